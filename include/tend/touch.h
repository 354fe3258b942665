/* touch: the rules of staged touch, one copy for the dashboard and the
 * command line: what the plan asks of touch in a week, when the question
 * about the next stage is open, which sessions can be logged, and the
 * stage answer and the step back, each saved in one transaction. */
#ifndef TEND_TOUCH_H
#define TEND_TOUCH_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/entry.h"
#include "tend/err.h"
#include "tend/plan.h"
#include "tend/store.h"

#define TOUCH_LAST_STAGE 3

/* The phase's touch task (measure touch); NULL when it has none. */
const struct plan_task *touch_task(const struct plan_phase *ph);

/* The highest stage the plan has opened by day: 1 until a phase whose touch
 * task opens a higher stage has begun. Phases already passed count, so
 * after the 60 days every stage of the plan is open. */
int touch_stage_open(const struct plan *p, tend_day start, tend_day day);

/* The plan day on which the phase that opens stage begins; 0 when the plan
 * never opens it. */
int touch_opens_on(const struct plan *p, int stage);

/* Whether a session counts toward a week's target: one at the stage the
 * couple is at. Before that stage began every session counts (what the
 * stage was then is not kept). A session that ended on red counts like any
 * other: the light did its job. st NULL: every session counts. */
bool touch_counts(const struct entry *e, const struct store_stage *st);

/* What the plan asks of touch in the plan week holding day, and how many
 * sessions count toward it. */
struct touch_week {
	tend_day from, to;  /* the plan week */
	int target;         /* sessions the phase holding day asks for; 0 when
	                       it asks none (no touch task yet, or after the
	                       plan's last day): then nothing is owed */
	int plan_stage;     /* the stage that phase's touch task opens; 0 none */
	int done;           /* sessions of the week that count (touch_counts) */
	int sessions;       /* every session of the week */
};
void touch_week(const struct plan *p, tend_day start, tend_day day,
                const struct entry_list *l, const struct store_stage *st,
                struct touch_week *out);

/* The week's count as every front end shows it: "2 of 3" against the
 * plan's target, or "2" when the plan asks none. */
void touch_week_count(const struct touch_week *w, char *buf, size_t size);
/* Whether the week reached a target the plan set. A week below it is never
 * shown as behind: staying longer, resting, a red light are all fine. */
bool touch_week_met(const struct touch_week *w);

/* The question about the next stage, on day. */
enum touch_ask {
	TOUCH_ASK_OPEN,   /* "Stage N+1?": each partner can answer */
	TOUCH_ASK_LATER,  /* the plan has not reached the phase that opens it */
	TOUCH_ASK_LAST    /* at the last stage: nothing further to ask */
};
enum touch_ask touch_ask(const struct plan *p, tend_day start, tend_day day,
                         const struct store_stage *st);

/* Whether a session can be logged at e->stage on e->day: not above the
 * stage the couple is at, and not before that stage began. old: the entry
 * being changed (an old session may keep its stage), NULL for a new one.
 * TEND_E_USAGE with the reason ("step" for "stage" when discreet). */
int touch_session_check(const struct store_stage *st, const struct entry *e,
                        const struct entry *old, bool discreet, struct tend_err *err);

/* What an answer or a step back did. */
struct touch_change {
	struct store_stage before, after;
	bool moved;        /* the stage changed */
};

/* A partner's answer to the question: ready, or not yet. When it makes
 * both ready the next stage starts on day, in the same transaction as the
 * answer. Refused (TEND_E_USAGE) when the question is not open on day. */
int touch_answer(struct store *s, const struct plan *p, tend_day start, tend_day day,
                 int partner, bool ready, bool discreet, struct touch_change *out,
                 struct tend_err *err);

/* One stage back from day on: either partner alone, at once, no question
 * asked; both answers are cleared. Refused at stage 1. */
int touch_step_back(struct store *s, tend_day day, bool discreet,
                    struct touch_change *out, struct tend_err *err);

/* Take back what an answer or a step back did, in one transaction, unless
 * the stage was changed elsewhere since (TEND_E_CONFLICT). An answer alone
 * takes back only that answer; a move puts the stage and both answers back. */
int touch_undo(struct store *s, const struct touch_change *c, struct tend_err *err);

#endif
