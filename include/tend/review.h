/* review: the weekly review's agenda, built from the week's own log, and
 * the closing review (the plan's last four days) and quarterly reviews
 * after it, with the three questions each partner answers. One copy of
 * these rules for the dashboard's Review tab and `tend review`. */
#ifndef TEND_REVIEW_H
#define TEND_REVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tend/app.h"
#include "tend/day.h"
#include "tend/entry.h"
#include "tend/err.h"
#include "tend/plan.h"
#include "tend/store.h"

/* Where each agenda item comes from, in the order the agenda shows them:
 * the kind moments first, then what is on the table. Time-outs are never
 * a source, and a repair never says whether it was accepted. */
enum review_source {
	/* Kind moments */
	REVIEW_SRC_GRATITUDE,   /* a check-in's thank-you */
	REVIEW_SRC_GESTURE,     /* a kind gesture (bids turned away are left out) */
	REVIEW_SRC_REPAIR,      /* a repair, whoever made it, accepted or not */
	REVIEW_SRC_RITUAL,      /* a ritual kept: filled by the rituals practice */
	/* On the table */
	REVIEW_SRC_TALK,        /* the week's talk and where it stands (talks) */
	REVIEW_SRC_TASKS,       /* the monthly job review when due (the shared load) */
	REVIEW_SRC_TOUCH,       /* the touch stage in plain words */
	REVIEW_SRC_REVIEW,      /* the closing or quarterly review, when due */
	REVIEW_SRC_COUNT
};
/* The first source of "on the table". */
#define REVIEW_SRC_TABLE REVIEW_SRC_TALK

/* One line of the agenda. */
struct review_item {
	int source;             /* enum review_source */
	tend_day day;           /* the day it happened; DAY_INVALID: none */
	int partner;            /* 1 or 2 who wrote or did it; 0: the couple */
	char *text;             /* the couple's own words (raw); NULL: none */
	char words[200];        /* tend's words (e.g. the stage); "" when none */
};

struct review_agenda {
	tend_day from, to;      /* the plan week */
	int week;               /* its plan week number; 0 before the start */
	struct review_item *v;
	size_t n, cap;
};

void review_agenda_free(struct review_agenda *a);
/* Append an item (text copied; NULL allowed); false when out of memory. */
bool review_agenda_push(struct review_agenda *a, int source, tend_day day, int partner,
                        const char *text, const char *words);
/* The heading of a source ("Thank-yous", "Touch" or, discreet, "Together"). */
const char *review_source_title(int source, bool discreet);
/* "Kind moments" or "On the table". */
const char *review_section_title(bool table);
/* The same in capitals ("KIND MOMENTS"), as the text and the PDF print it. */
void review_section_caps(bool table, char *buf, size_t size);
/* Whether any item of the agenda comes from a source below REVIEW_SRC_TABLE. */
bool review_agenda_has_kind(const struct review_agenda *a);
/* What the agenda says when the week holds no kind moment yet. */
extern const char review_no_kind_words[];

/* The sources, one function each, so that a practice adds its own: each
 * appends its items for the days from a->from to a->to. The talks, the
 * rituals and the shared load add review_add_talk, review_add_rituals and
 * review_add_tasks beside these (see review_week in review.c). */
bool review_add_gratitudes(struct review_agenda *a, const struct entry_list *l);
bool review_add_gestures(struct review_agenda *a, const struct entry_list *l);
bool review_add_repairs(struct review_agenda *a, const struct entry_list *l);
/* The stage in plain words, "since" the day it began (DAY_INVALID: never
 * changed); whether either partner is ready is never said. */
bool review_add_touch(struct review_agenda *a, const struct store_stage *st, bool discreet);
struct store_rituals;
struct talk_week;
struct talk_list;
/* Each ritual kept in the week: its name and how often it was kept. */
bool review_add_rituals(struct review_agenda *a, const struct store_rituals *r);
/* The week's talk, when the phase asks for one or one was held: each talk
 * held (l: the week's, NULL: none) on its day with where its ask stands,
 * else that it is still to come. Who raised it is not said. */
bool review_add_talk(struct review_agenda *a, const struct talk_week *w,
                     const struct talk_list *l);
/* The monthly look at the shared load: due, or held on a day of the week
 * (reviewed: the last review, DAY_INVALID: none). */
bool review_add_tasks(struct review_agenda *a, bool due, tend_day reviewed);

/* The three questions, in order. */
enum { REVIEW_GOOD, REVIEW_HEAVY, REVIEW_NEXT, REVIEW_QUESTIONS };
extern const char *const review_questions[REVIEW_QUESTIONS];

/* Which review: the closing review of the plan's last four days (days
 * 57-60 of a 60-day plan), then quarterly review 1, 2, ...: the plan
 * counts its quarterly task in 13-week periods (PLAN_QUARTER_DAYS) from
 * the day after its last day, and quarterly review N opens on the first
 * day of period N (days 152, 243, ... of a 60-day plan): 13 weeks of
 * keeping it going after the closing review, and 13 weeks after each
 * one. A review stays open until the next one opens. */
#define REVIEW_NONE (-1)
#define REVIEW_CLOSING 0
#define REVIEW_CLOSING_DAYS 4
struct review_slot {
	int which;              /* REVIEW_NONE, REVIEW_CLOSING or N >= 1 */
	tend_day opens;         /* its first day */
	tend_day next;          /* the day the next one opens */
};
/* The review open on day (which REVIEW_NONE before the closing days). */
void review_open_on(const struct plan *p, tend_day start, tend_day day,
                    struct review_slot *out);
/* The day review which opens (REVIEW_CLOSING or N >= 1). */
tend_day review_opens(const struct plan *p, tend_day start, int which);
/* "the closing review" / "quarterly review 2". */
void review_name(int which, char *buf, size_t size);

/* One partner's answers to one review. */
struct review_answer {
	int64_t id, uid, rev, created_at;
	int which;              /* REVIEW_CLOSING or N >= 1 */
	tend_day opens;         /* the review's first day */
	int partner;
	tend_day day;           /* the day it was answered */
	char *text[REVIEW_QUESTIONS];
	int64_t replaces;       /* the earlier answer this one replaced; 0: none */
};
struct review_answer_list {
	struct review_answer *v;
	size_t n, cap;
};
void review_answer_clear(struct review_answer *a);
void review_answer_list_free(struct review_answer_list *l);
bool review_answer_list_push(struct review_answer_list *l, const struct review_answer *a);

/* Whether a review is due on day: open and not answered by both. */
struct review_due {
	struct review_slot slot;
	bool answered[2];
	bool due;
};
int review_due_on(struct app *app, tend_day day, struct review_due *out,
                  struct tend_err *err);
/* The dashboard's note: "closing review due", "quarterly review due", or
 * "" when none is. */
void review_note(const struct review_due *d, char *buf, size_t size);

/* Check and save a partner's answers to the review open on a->day (which
 * and opens are filled in); a second answer by the same partner replaces
 * the first (*replaced gets its id, 0 when none). TEND_E_USAGE when no
 * review is open that day, or a text is empty, too long or not UTF-8. */
int review_answer_save(struct app *app, struct review_answer *a, int64_t *replaced,
                       struct tend_err *err);

/* Fill in the plan tasks of ps measured by "review" (PLAN_REVIEW): done
 * (1 of 1) when both partners answered the review open on the task's
 * period's first day: the closing review for the closing days' task and
 * for the plan's first quarter after them, then quarterly review N. st
 * NULL: nothing answered yet. */
int review_plan_prove(struct store *st, const struct plan *p, tend_day start,
                      struct plan_status *ps, struct tend_err *err);

/* The week's agenda for the plan week holding date. */
int review_week(struct app *app, tend_day date, struct review_agenda *out,
                struct tend_err *err);

/* The agenda as text of at most 80 columns (ASCII only when ascii): a
 * title line with the week and the names, the kind moments, then what is
 * on the table. The couple's words are made safe for a terminal. */
#define REVIEW_TEXT_COLS 80
int review_text_write(FILE *f, const struct review_agenda *a, const struct config *cfg,
                      bool ascii, struct tend_err *err);
/* Every answer of l (as store_review_list gives them), review by review:
 * who answered on which day, and the three questions with their answers. */
int review_history_write(FILE *f, const struct review_answer_list *l,
                         const struct config *cfg, bool ascii, struct tend_err *err);

#endif
