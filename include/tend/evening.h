/* evening: the rules of the guided evening, one copy for every front end
 * and no curses: which of the evening's steps have something to do today
 * (and, for those that have not, a word saying why they are passed over),
 * where the couple got to (kept per day, so that the evening resumes after
 * quitting), and the short summary of the day at its end.
 *
 * The steps themselves are a table in the front end (ui_evening.c): a key,
 * a title, a due function below (or a practice's own, of the same type) and
 * how to open its form. Adding a step is one line there. */
#ifndef TEND_EVENING_H
#define TEND_EVENING_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "tend/config.h"
#include "tend/entry.h"
#include "tend/err.h"
#include "tend/plan.h"
#include "tend/store.h"

/* What a step looks at to say whether it is due: the day, its log, the
 * plan. A practice whose step reads its own tables uses st. */
struct app;
struct evening_ctx {
	struct store *st;                 /* may be NULL for steps that need no store */
	const struct plan *plan;
	const struct config *cfg;         /* discreet wording, ... */
	tend_day today;
	tend_day start;                   /* the plan's day 1 as it stands today
	                                     (pauses move it on: app_plan_start) */
	time_t now;                       /* the clock, for steps that mind the hour */
	const struct entry_list *entries; /* at least this plan week's entries */
	const struct store_stage *stage;  /* the touch stage; NULL: every session counts */
	struct app *app;                  /* for steps whose rules need it (the
	                                     reviews); NULL: those steps pass */
};

/* Whether a step has something to do today. When it has not, word gets a
 * few words saying so ("both check-ins are in"), shown as it is passed over;
 * word may be left empty when it is due. */
typedef bool (*evening_due_fn)(const struct evening_ctx *c, char *word, size_t size);

/* The guide's "2 to 5 gestures a day": the evening stops asking at 5. */
#define EVENING_GESTURES_MOST 5
/* The stored place once the summary was reached. */
#define EVENING_DONE "done"
/* A step's key is stored: at most this many bytes. */
#define EVENING_KEY_MAX 32

/* Until both partners checked in today. */
bool evening_checkin_due(const struct evening_ctx *c, char *word, size_t size);
/* Until today holds EVENING_GESTURES_MOST gestures: the form comes again
 * after each one, for the next. */
bool evening_gestures_due(const struct evening_ctx *c, char *word, size_t size);
/* Until today holds a repair (the plan's one a day; more go through `r`). */
bool evening_repairs_due(const struct evening_ctx *c, char *word, size_t size);
/* When this plan week asks for touch sessions, has fewer than it asks (as
 * touch_week counts them), and today has none yet. */
bool evening_touch_due(const struct evening_ctx *c, char *word, size_t size);
/* When this plan week asks for a talk, none is held yet, and it is not
 * late (talk_suggest_now: the plan's "no big talks late"); passed over
 * without a word when the week asks for none or it was held. */
bool evening_talk_due(const struct evening_ctx *c, char *word, size_t size);
/* While a ritual falls on today (not paused) and is not marked yet;
 * passed over without a word on a day without rituals, with one when
 * today's are all marked. */
bool evening_rituals_due(const struct evening_ctx *c, char *word, size_t size);
/* While the shared load's monthly review is due (task_review_due); passed
 * over without a word when it is not, with one when it was held today. */
bool evening_task_review_due(const struct evening_ctx *c, char *word, size_t size);
/* While the closing or a quarterly review waits for an answer (passed
 * over without a word otherwise). */
bool evening_review_due(const struct evening_ctx *c, char *word, size_t size);

/* Where the evening starts, for steps with keys[0..n-1] and the stored
 * place: the stored step's index; 0 when nothing is stored, the key is
 * unknown (a step since removed) or the evening was finished (it starts
 * over: something may have been added since). */
int evening_resume(const char *const *keys, int n, const char *stored);

/* The first step from `from` on whose due says yes; n when none is left.
 * The words of the steps passed over are joined with "; " into words. */
int evening_next(const struct evening_ctx *c, const evening_due_fn *due, int n, int from,
                 char *words, size_t size);

/* Where the couple got to on day ("" when the evening has not begun). */
int evening_place_get(struct store *st, tend_day day, char *key, size_t size,
                      struct tend_err *err);
/* Keep the place: a step's key (plain lower-case letters and '-') or
 * EVENING_DONE. */
int evening_place_set(struct store *st, tend_day day, const char *key,
                      struct tend_err *err);

/* What the day holds, for the summary. */
struct evening_day {
	int checkins;      /* partners who checked in (0-2) */
	int thanks;        /* check-ins with a gratitude written */
	int gestures;
	int bids_toward;   /* gestures that turned toward a bid */
	int repairs;
	int accepted;      /* repairs accepted */
	int touch;         /* sessions today */
	int timeouts;      /* time-outs today (ended or not) */
	/* From the practices' own tables (0 without a store): */
	int talks;         /* talks logged today */
	int rituals;       /* ritual occurrences marked done today */
	bool jobs_looked;  /* the shared load's review was held today */
};
void evening_day_count(const struct entry_list *l, tend_day day, struct evening_day *out);
/* The same, with what the practices' own tables hold for the day. */
int evening_day_read(const struct evening_ctx *c, struct evening_day *out,
                     struct tend_err *err);

/* The summary of the day as lines of at most 76 columns: what was logged
 * (the entries, then the talk, rituals and the shared load's review when
 * c->st can tell), for the couple together (no partner against the other, nothing called
 * missed), and a closing word. Returns the number of lines written. */
#define EVENING_LINE 96
#define EVENING_LINES_MAX 10
int evening_summary(const struct evening_ctx *c, char lines[][EVENING_LINE], int max);

#endif
