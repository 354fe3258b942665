/* plan: the 60-day roadmap, read from data (data/plan.conf or the couple's
 * own copy), and the day/phase arithmetic on it. */
#ifndef TEND_PLAN_H
#define TEND_PLAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "tend/config.h"
#include "tend/day.h"
#include "tend/entry.h"
#include "tend/err.h"
#include "tend/pace.h"

/* Limits a plan file must keep, so a plan always fits on paper. */
#define PLAN_MAX_PHASES 16
#define PLAN_MAX_TASKS 12      /* per phase */
#define PLAN_MAX_TIPS 6        /* per phase */
#define PLAN_MAX_DAYS 366      /* the last day of the last phase, after stretching */
#define PLAN_MAX_FILE (256 * 1024)
#define PLAN_QUARTER_DAYS 91   /* a quarterly task's period: 13 weeks */

enum plan_cadence {
	PLAN_DAILY,     /* count times a day, every day */
	PLAN_PER_WEEK,  /* count times a plan week */
	PLAN_WEEKLY,    /* once a plan week (count 1) */
	PLAN_ONCE,      /* once in the phase */
	PLAN_QUARTERLY  /* once every 13 weeks (the after-plan phase) */
};

/* What tend can count from the log for a task; PLAN_BY_HAND is ticked by hand. */
enum plan_measure {
	PLAN_BY_HAND,
	PLAN_CHECKIN,
	PLAN_GESTURE,
	PLAN_REPAIR,
	PLAN_TOUCH,
	PLAN_REVIEW,    /* both partners answered the closing or quarterly review
	                   open on the period's first day: plan_status leaves it
	                   at 0, review_plan_prove (review.h) fills it in */
	PLAN_TASKS,     /* the list of the shared load's jobs is made (tend task) */
	PLAN_RITUAL,    /* ritual occurrences marked done (ritual.c) */
	PLAN_TALK,      /* a weekly talk logged with tend talk */
	PLAN_SENTENCES, /* both partners read their two sentences again, and kept
	                   or rewrote them, in the period (objective_plan_fill) */
	PLAN_TASK_REVIEW /* the shared load looked over (its monthly review, or a
	                   job given to the other) in the period (task_plan_fill) */
};

struct plan_task {
	char *key;      /* stable id, for stored ticks */
	char *text;
	char *discreet_text; /* shown instead when the config says discreet; NULL: text */
	int cadence;    /* enum plan_cadence */
	int count;      /* how many per day (daily) or per week (per-week) */
	int measure;    /* enum plan_measure */
	int stage;      /* a touch task's stage (1-3): the file's stage, else the
	                   count of phases with a touch task so far; 0 otherwise */
	bool transparency; /* a temporary transparency scaffold (after a betrayal),
	                      shown until the couple ends it (talk_transparency) */
	bool windows;      /* the phase asks for the two weekly open windows
	                      (window.h): they count from its first day */
};

struct plan_phase {
	char *key;
	int first, last;    /* plan day numbers, after stretching; 0 for the after phase */
	char *title;
	char *why;
	char *discreet_why; /* NULL: why */
	struct plan_task *tasks;
	size_t n_tasks;
	char **tips;
	size_t n_tips;
	char **discreet_tips; /* NULL: tips */
	size_t n_discreet_tips;
};

struct plan {
	char *path;
	struct plan_phase *phases;
	size_t n_phases;
	int length;         /* last day of the last phase: 60 + stretch */
	struct plan_phase *after; /* what to keep doing after the end; NULL if none */
};

/* Read and validate a plan file; stabilization_days (1..PLAN_MAX_DAYS) sets
 * the length of the first phase and shifts the rest by the difference, so a
 * longer first phase makes the whole plan longer and a shorter one makes it
 * shorter. 0 keeps the first phase as long as the file makes it (pass 0 when
 * the couple did not set stabilization-days). Every string value must be
 * plain text once unescaped: valid UTF-8, no control character. Errors are
 * TEND_E_USAGE, "FILE:LINE: KEY: what is wrong", LINE being where the key
 * or the section is written; an unreadable file is TEND_E_RUNTIME. */
int plan_load(const char *path, int stabilization_days, struct plan *out,
              struct tend_err *err);
/* The same on a buffer already in memory; name is used in error messages. */
int plan_load_buf(const char *name, const char *buf, size_t len,
                  int stabilization_days, struct plan *out, struct tend_err *err);
/* Accepts a zeroed or loaded plan. */
void plan_free(struct plan *p);

/* The phase holding plan day n (1-based); NULL before day 1 or after the end. */
const struct plan_phase *plan_phase_at(const struct plan *p, int n);
/* 1-based index of a phase of p (for "Phase 2"), 0 for the after phase. */
int plan_phase_number(const struct plan *p, const struct plan_phase *ph);

/* The words to show, honouring the config's discreet setting. */
const char *plan_task_text(const struct plan_task *t, bool discreet);
const char *plan_phase_why(const struct plan_phase *ph, bool discreet);
size_t plan_phase_tips(const struct plan_phase *ph, bool discreet,
                       char *const **tips);

/* How often a task is due, in words: "every day", "3 times a week", ... */
void plan_cadence_describe(const struct plan_task *t, char *buf, size_t size);

/* Plan week (1-based) of plan day n: days 1-7 are week 1. */
int plan_week_of(int n);
/* The first day of the plan week holding date d: weeks start on the start
 * date's weekday, before and after the 60 days too. This is "this week"
 * everywhere: the panels, `tend week`, the plan view and the reviews. */
tend_day plan_week_start(tend_day start, tend_day d);

/* Where a date stands against the plan, and this week's tasks with how many
 * of them are met. Pure: the log comes in as entries (any kinds, any days;
 * only the ones in range count) and hand ticks through tick(). */
struct plan_task_status {
	const struct plan_task *task;
	tend_day period;   /* the day a hand tick is stored under: the date itself
	                      for daily tasks, the first day of this week's part of
	                      the phase for weekly ones, the phase's first day for
	                      once, the quarter's first day for quarterly */
	int done;          /* days met (daily), else times done in the period */
	int target;        /* days of this week in the phase (daily), else count */
	bool met;
	bool by_hand;      /* ticked by hand rather than counted from the log */
	tend_day from, to; /* the days a counted task is counted over */
};

struct plan_status {
	int day;                        /* plan day number; < 1 before the start */
	int week;                       /* plan week, 0 before the start */
	const struct plan_phase *phase; /* NULL before the start, or after the end
	                                   of a plan without an after phase */
	bool after;                     /* the date is past the plan's last day */
	tend_day from, to;              /* this week's days that belong to phase */
	size_t n_tasks;
	struct plan_task_status tasks[PLAN_MAX_TASKS];
};

/* Whether a task was ticked by hand for the period starting on period. */
typedef bool (*plan_tick_fn)(void *ctx, const char *task_key, tend_day period);
/* For a measure the practices keep in tables of their own (PLAN_RITUAL):
 * how many times the log proves it done from from to to. */
typedef int (*plan_count_fn)(void *ctx, int measure, tend_day from, tend_day to);

struct store_stage;

/* How checks are counted: a check-in day needs both partners; a gesture day
 * needs count gestures from each partner; repairs count for the couple;
 * touch sessions count for the couple as touch_counts says, at the stage
 * the couple is at (stage NULL: every session); rituals through count
 * (NULL: none counted). */
void plan_status(const struct plan *p, tend_day start, tend_day date,
                 const struct entry_list *entries, const struct store_stage *stage,
                 plan_tick_fn tick, plan_count_fn count, void *ctx,
                 struct plan_status *out);

/* What the log of a practice kept in tables of its own proves: measure
 * was first done on day on (DAY_INVALID: not yet). Every task of status
 * done once with that measure is met when on is not after date (the day
 * the status is for). */
void plan_status_proof(struct plan_status *status, int measure, tend_day on,
                       tend_day date);

/* The printable plan: every day from start with real dates, grouped by plan
 * week, a checkbox per task, at most 80 columns, pages of at most 60 lines
 * separated by form feeds, no week split across pages. */
#define PLAN_TEXT_COLS 80
#define PLAN_TEXT_PAGE_LINES 60
int plan_text_write(FILE *f, const struct plan *p, const struct config *cfg,
                    tend_day start, struct tend_err *err);
/* The couple's two sentences, printed under the plan's title when they
 * asked for it and both wrote theirs (objective_printable decides); [0]
 * is partner 1. Each sentence is printed on at most a few lines. */
struct plan_sentences {
	const char *problem[2];  /* NULL: the sentences are not printed */
	const char *outcome[2];
	/* The open windows as described by window_describe, when the couple
	 * asked for them on paper (print-windows); n_windows 0: none. The
	 * invitations come from the config (print-invitations). */
	char windows[2][64];
	size_t n_windows;
};
/* plan_text_write with the sentences (NULL: none). */
int plan_text_write_with(FILE *f, const struct plan *p, const struct config *cfg,
                         tend_day start, const struct plan_sentences *s,
                         struct tend_err *err);
/* The same with each day on the date dates gives it (pace_dates_day):
 * after a pause, the days lived before it keep their dates. */
int plan_text_write_dated(FILE *f, const struct plan *p, const struct config *cfg,
                          const struct pace_dates *dates, const struct plan_sentences *s,
                          struct tend_err *err);

#endif
