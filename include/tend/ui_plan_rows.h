/* ui_plan_rows: the lines of the plan view, built once from the plan, the
 * log and the hand ticks: phase and week headings, one line per plan day
 * with what was logged, and each week's tasks with how far they got. No
 * curses here; the view draws the rows. */
#ifndef TEND_UI_PLAN_ROWS_H
#define TEND_UI_PLAN_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/err.h"
#include "tend/pace.h"
#include "tend/plan.h"
#include "tend/store.h"

/* Columns of the view, counted from the window's left edge. */
enum {
	PLAN_X_DAY = 2,      /* a day's date */
	PLAN_X_MARK = 4,     /* a task's mark or box */
	PLAN_X_STATUS = 8,   /* "check-ins 6 of 7 days" */
	PLAN_STATUS_W = 25,
	PLAN_X_TEXT = 34,    /* a task's words */
	PLAN_X_WHY = 4,      /* the phase's reason, current phase only */
};

enum ui_plan_row_type {
	PLAN_ROW_NOTE,     /* a line of words in text */
	PLAN_ROW_PHASE,    /* a phase starts: number, title, days */
	PLAN_ROW_WHY,      /* one wrapped line of the current phase's reason */
	PLAN_ROW_WEEK,     /* a plan week (or its part in a new phase) starts */
	PLAN_ROW_DAY,      /* one plan day and what was logged on it */
	PLAN_ROW_DAYTICK,  /* a daily task ticked by hand, under its day */
	PLAN_ROW_TASK,     /* a task and its status over its part of a week */
	PLAN_ROW_MORE,     /* a further wrapped line of the task above */
};

/* Where a row's day or week part stands against today. */
enum ui_plan_when { PLAN_WHEN_PAST, PLAN_WHEN_NOW, PLAN_WHEN_LATER };

struct ui_plan_row {
	int type;
	int when;                 /* enum ui_plan_when */
	int day;                  /* plan day: the day, or the part's first day */
	int last;                 /* the part's last day (phase: the phase's) */
	const struct plan_phase *phase;
	const struct plan_task *task;  /* task, more and daytick rows */
	struct plan_task_status st;    /* task rows */
	bool ticked;                   /* daytick rows */
	int checkins[2], gestures[2];  /* day rows: per partner */
	int repairs, touch;            /* day rows: for the couple */
	char *text;  /* note, why, more; task rows of this week (first line) */
};

struct ui_plan_rows {
	struct ui_plan_row *v;
	size_t n, cap;
	int today_row;   /* the row of today's day; -1 when not in the list */
	int today_n;     /* today's plan day number (< 1 before the start) */
};

struct ui_plan_rows_in {
	const struct plan *plan;
	struct store *st;
	const struct store_stage *stage; /* the couple's touch stage */
	tend_day start, today;     /* start: the config's start date */
	const struct pace *pace;   /* the pauses, which move the days on */
	bool discreet;
	bool ascii;      /* for text_safe of the wrapped words */
	int cols;        /* the window's width, for wrapping */
};

/* Build the rows into out (freed first); on failure out is left empty. */
int ui_plan_rows_build(const struct ui_plan_rows_in *in, struct ui_plan_rows *out,
                       struct tend_err *err);
/* Accepts a zeroed struct. */
void ui_plan_rows_free(struct ui_plan_rows *r);

#endif
