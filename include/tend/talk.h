/* talk: the weekly talk (describe, impact, ask), the same rules for the
 * practices screen and `tend talk`: what a talk must hold, how its ask
 * moves from open to agreed to done, whether this plan week's talk was
 * held, when the dashboard may suggest one (never late in the evening),
 * the plan tasks it ticks, and the temporary transparency a plan phase may
 * carry until the couple ends it on purpose. */
#ifndef TEND_TALK_H
#define TEND_TALK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tend/day.h"
#include "tend/err.h"
#include "tend/plan.h"

struct store;

/* Where an ask stands: said, agreed by both, done. */
enum talk_state { TALK_OPEN, TALK_AGREED, TALK_DONE, TALK_STATE_COUNT };

/* The texts of a talk: the one who raised it describes (what happened),
 * says the impact (I felt Y, because Z) and asks (can we W?); the one who
 * listened reflects (what I hear, it makes sense because, I can commit to,
 * I'll need support with). */
enum talk_field {
	TALK_WHAT, TALK_IMPACT, TALK_ASK,
	TALK_HEAR, TALK_SENSE, TALK_COMMIT, TALK_SUPPORT,
	TALK_FIELD_COUNT
};

struct talk {
	int64_t id, uid, rev, created_at;
	int partner;                   /* who raised it: 1 or 2 */
	tend_day day;                  /* the tend day it was held */
	char *text[TALK_FIELD_COUNT];  /* NULL when not said; owned when read */
	int state;                     /* enum talk_state */
	tend_day state_day;            /* when it was agreed or done; DAY_INVALID */
};

struct talk_list {
	struct talk *v;
	size_t n, cap;
};

/* Free the texts a store read gave t, and zero it. Accepts NULL. */
void talk_clear(struct talk *t);
void talk_list_free(struct talk_list *l);
/* A copy of src whose texts are t's own; false when out of memory. */
bool talk_copy(struct talk *dst, const struct talk *src);

/* "open", "agreed", "done"; and back. */
const char *talk_state_name(int state);
bool talk_state_parse(const char *s, int *state);
/* The option word of a field ("what", "impact", ... "support") and how the
 * screen and `tend talk show` introduce it ("When", "I felt", ...). */
const char *talk_field_name(int field);
const char *talk_field_label(int field);

/* TEND_OK, or TEND_E_USAGE saying what is wrong: a partner, a day, what
 * happened and the ask (not blank), texts of at most TEXT_MAX_CHARS. */
int talk_check(const struct talk *t, struct tend_err *err);
/* Check and save a new talk (t->id 0) or an edit of a saved one. */
int talk_save(struct store *st, struct talk *t, struct tend_err *err);

/* Whether an ask may go from one state to another: open to agreed, agreed
 * to done, and back one step (agreed to open, done to agreed). */
bool talk_can_move(int from, int to);
/* Move the saved talk t to state on day: refused with a plain reason when
 * the step is not one talk_can_move allows; TEND_E_CONFLICT when it was
 * changed elsewhere. t is updated (state, state_day, rev). */
int talk_move(struct store *st, struct talk *t, int state, tend_day day,
              struct tend_err *err);

/* Whether the plan's phase on date asks for a talk (a task measured as
 * "talk"), the after phase too. */
bool talk_phase_asks(const struct plan *p, tend_day start, tend_day date);

/* This plan week (plan_week_start) and its talks. */
struct talk_week {
	tend_day from, to;
	bool asked;  /* the phase asks for a talk */
	int held;    /* talks logged this week */
};
int talk_week_get(struct store *st, const struct plan *p, tend_day start,
                  tend_day date, struct talk_week *out, struct tend_err *err);
/* "held" or "not yet": how the week speaks of its talk. */
const char *talk_week_word(const struct talk_week *w);

/* The "no big talks late" rule: whether the dashboard suggests the talk now
 * (minute: minutes after midnight by the clock). Only in a week whose phase
 * asks for one, until one is held, and not from no_talks_after until the
 * day starts again. Logging a talk is allowed at any hour. */
bool talk_suggest_now(const struct talk_week *w, int minute, int day_starts_at,
                      int no_talks_after);

/* Count the talks logged in the days of every task of ps measured as
 * "talk", so that the plan ticks them itself. */
int talk_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err);

/* Temporary transparency: the phase on date carries a task marked
 * transparency (tend-plan(5)) and the couple has not ended it. */
struct talk_transparency {
	const struct plan_task *task; /* NULL: the phase carries none */
	tend_day ended_on;            /* DAY_INVALID while it runs */
	bool active;                  /* task set and not ended */
};
int talk_transparency_get(struct store *st, const struct plan *p, tend_day start,
                          tend_day date, struct talk_transparency *out,
                          struct tend_err *err);
/* End it on day, on purpose: refused when the phase carries none or it is
 * already ended. */
int talk_transparency_end(struct store *st, const struct plan *p, tend_day start,
                          tend_day day, struct tend_err *err);

/* The demo couple's talks over the plan from start (tend --demo). */
int talk_demo_fill(struct store *st, tend_day start, tend_day today, struct tend_err *err);

#endif
