/* objective: the two sentences each partner writes before the program
 * (the problem in their own words, the outcome they want in 3 to 6
 * months), the origin of the rough patch, and when to look at them again.
 * The same rules for `tend objective`, the dashboard's tab, the plan view
 * and the printed plan: who has written, when both are shown, what length
 * of the first phase fits the origin, when a look is due. */
#ifndef TEND_OBJECTIVE_H
#define TEND_OBJECTIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tend/config.h"
#include "tend/day.h"
#include "tend/err.h"
#include "tend/plan.h"
#include "tend/store.h"

/* Where the rough patch came from (stored as 1 and 2). */
enum objective_origin {
	OBJECTIVE_ORIGIN_NONE = 0,  /* not noted yet */
	OBJECTIVE_ACUTE = 1,        /* a sudden blow: betrayal, job loss, illness */
	OBJECTIVE_CUMULATIVE = 2,   /* years of small things */
};

/* The first phase's length the program suggests for each origin. */
#define OBJECTIVE_ACUTE_DAYS 21
#define OBJECTIVE_CUMULATIVE_DAYS 14

/* One saved version of a partner's two sentences, or (kept) the mark of a
 * look that kept them as they were (then problem and outcome are NULL). */
struct objective_version {
	int64_t id, uid, rev;
	int partner;           /* 1 or 2 */
	tend_day day;          /* the day it was written or kept */
	bool kept;
	char *problem;         /* owned; NULL when kept */
	char *outcome;
	int64_t created_at;    /* unix seconds */
};

/* Every live version and mark, oldest first (day, then save time). */
struct objective_list {
	struct objective_version *v;
	size_t n, cap;
};
void objective_list_free(struct objective_list *l);

/* One note of the origin, for the export's history. */
struct objective_origin_note {
	int64_t id;
	tend_day day;
	int origin;
	int64_t created_at;
};

/* What the store holds, read once: the history, each partner's current
 * sentences, and the origin. */
struct objective_state {
	struct objective_list all;
	int current[2];        /* index in all of each partner's newest written
	                          version ([0] partner 1), -1 when none */
	int origin;            /* enum objective_origin */
	tend_day origin_day;   /* DAY_INVALID when not noted */
	int64_t origin_id, origin_uid;
};
int objective_load(struct store *st, struct objective_state *out, struct tend_err *err);
void objective_state_free(struct objective_state *s);
/* A partner's current version, or NULL when they have not written. */
const struct objective_version *objective_current(const struct objective_state *s,
                                                  int partner);
/* Both partners have written theirs: only then is either shown. */
bool objective_both(const struct objective_state *s);

/* Who has written, without a word of what: "Alex has written theirs;
 * Sam's are still to come.", "Neither of you has written yours yet." or
 * "You have both written yours." name1 and name2 as they are to be shown. */
void objective_progress(const struct objective_state *s, const char *name1,
                        const char *name2, char *buf, size_t size);

/* TEND_OK, or TEND_E_USAGE saying what is wrong with one sentence (what
 * is "problem" or "outcome"): blank, or over TEXT_MAX_CHARS characters. */
int objective_check_text(const char *what, const char *text, struct tend_err *err);

/* Save a new version of partner's sentences on day. A NULL (not given)
 * sentence is carried over from their current version; the first time
 * both are needed. When both are the same as now, the save is a look that
 * keeps them (a kept mark), so nothing is written twice. out (may be NULL)
 * gets what was saved (its texts are not copied: they are problem and
 * outcome, or NULL for a kept mark). Earlier versions are never changed. */
int objective_write(struct store *st, int partner, tend_day day, const char *problem,
                    const char *outcome, struct objective_version *out,
                    struct tend_err *err);
/* Record that partner looked at their sentences on day and kept them as
 * they were (a dated mark in the history). TEND_E_USAGE when they have
 * not written any yet. */
int objective_keep(struct store *st, int partner, tend_day day,
                   struct objective_version *out, struct tend_err *err);
/* Take back one version or mark (undo): it leaves the history, and the
 * one before it is current again. TEND_E_CONFLICT when it is gone. */
int objective_unsave(struct store *st, int64_t id, int64_t uid, struct tend_err *err);

/* The origin: its name ("acute", "cumulative"), parsed back (any case);
 * OBJECTIVE_ORIGIN_NONE for a word that is neither. */
const char *objective_origin_name(int origin);
int objective_origin_parse(const char *s);
/* What the origin is, in the couple's words ("a sudden blow (a betrayal,
 * a lost job, an illness)"), neutral when discreet. */
const char *objective_origin_words(int origin, bool discreet);
/* Note the origin on day; *id and *uid (may be NULL) name the note. */
int objective_set_origin(struct store *st, int origin, tend_day day, int64_t *id,
                         int64_t *uid, struct tend_err *err);
/* Take back an origin note (undo). */
int objective_unset_origin(struct store *st, int64_t id, int64_t uid,
                           struct tend_err *err);

/* The rule: the first phase's length that suits the origin (acute: a
 * longer steadying phase), 0 when none is noted. */
int objective_suggested_days(int origin);
/* What it suggests, never done for the couple: the length and what the
 * plan has now ("After a sudden blow, ...: 21 days (your plan has 14).");
 * and how to follow it ("To follow it, set stabilization-days = 21 in
 * FILE."), "" when the plan matches already. Both "" when no origin. */
void objective_suggestion(int origin, int plan_first_days, char *buf, size_t size);
void objective_suggestion_how(int origin, const struct config *cfg, int plan_first_days,
                              char *buf, size_t size);

/* The demo couple (tend --demo): both wrote theirs in week 1, Sam rewrote
 * the outcome in week 3; the rough patch built up over time. */
int objective_demo(struct store *st, tend_day start, struct tend_err *err);

/* Whether the printed plan carries the two sentences: only when the
 * couple turned it on (print-objectives) and both have written theirs;
 * then out points at their current sentences (owned by s). */
bool objective_printable(const struct objective_state *s, const struct config *cfg,
                         struct plan_sentences *out);

/* Fill in the plan tasks of ps measured by "sentences" (PLAN_SENTENCES):
 * met (1 of 1; a daily task: the days met) when both partners wrote, or
 * looked at and kept, their two sentences on a day of the task's period.
 * Who has not is never told apart: one look alone leaves it at 0. */
int objective_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err);

/* A look at the sentences is due in plan weeks 5-6 (days 29 to 42) and in
 * the first week of each quarter after the 60 days (plan days 92, 183...,
 * every PLAN_QUARTER_DAYS, as the plan counts quarters). True when day is
 * in such a window; *from and *to (may be NULL) get its first and last
 * day. */
bool objective_due_review(tend_day start, tend_day day, tend_day *from, tend_day *to);
/* Whether partner has looked at (kept or rewritten) theirs in the window
 * holding day. */
bool objective_looked(const struct objective_state *s, int partner, tend_day start,
                      tend_day day);
/* A look is due on day and at least one of them has yet to take it (who
 * is never said). Only once both have written. */
bool objective_look_pending(const struct objective_state *s, tend_day start, tend_day day);

#endif
