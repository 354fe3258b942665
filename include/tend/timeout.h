/* timeout: the rules of a time-out called with a stop-phrase, the same for
 * the dashboard (`x`, `b`, `s`) and `tend timeout` / `tend return`: it
 * starts now, one at a time; the pause lasts pause-minutes; the couple comes
 * back, or plans the return, within return-within-hours of the call. A
 * time-out nobody came back from stops counting when that window is over. */
#ifndef TEND_TIMEOUT_H
#define TEND_TIMEOUT_H

#include <stdbool.h>
#include <stdint.h>

#include "tend/app.h"
#include "tend/config.h"
#include "tend/entry.h"
#include "tend/err.h"
#include "tend/store.h"

enum timeout_state {
	TIMEOUT_NONE,      /* none running */
	TIMEOUT_PAUSE,     /* the pause is running (a return may be planned) */
	TIMEOUT_DUE,       /* the pause is over: time to come back */
	TIMEOUT_SCHEDULED, /* the pause is over; a planned return is ahead */
};

/* Why a time-out cannot be called (TIMEOUT_FREE when it can). */
enum timeout_bar {
	TIMEOUT_FREE,
	TIMEOUT_OTHER_DAY, /* --date names another day: a time-out starts now */
	TIMEOUT_RUNNING,   /* one is running already */
};

/* When the pause of t ends, and when the window to come back closes
 * (called_at + return-within-hours). */
int64_t timeout_pause_end(const struct config *cfg, const struct entry *t);
int64_t timeout_window_end(const struct config *cfg, const struct entry *t);
/* Seconds of the pause left at now, never below 0 nor above the pause
 * (a clock set back does not lengthen it). */
int64_t timeout_pause_left(const struct config *cfg, const struct entry *t, int64_t now);
/* Where t stands at now; t may be NULL (none found). */
enum timeout_state timeout_state(const struct config *cfg, const struct entry *t,
                                 int64_t now);

/* Whether a time-out called at called_at, not returned, still runs at now
 * (its window is still open). */
bool timeout_call_runs(const struct config *cfg, int64_t called_at, int64_t now);

/* The time-out running at now (not returned, its window still open). */
int timeout_running(struct store *st, const struct config *cfg, int64_t now,
                    struct entry *out, bool *found, struct tend_err *err);

/* Whether a time-out may be called at now: not when --date names a day
 * other than now's (app->date_given, app->today), nor while running (the
 * one loaded; NULL when none) still runs. */
enum timeout_bar timeout_may_call(const struct app *app, int64_t now,
                                  const struct entry *running);
/* Why, in words: "a time-out starts now, so it cannot be given another
 * day with --date", "a time-out is already running". */
const char *timeout_bar_reason(enum timeout_bar bar);
/* Call a time-out: e holds partner and phrase (1 or 2); it is filled in
 * (called now, on now's day, with the stop-phrase's text) and saved. Checks
 * and saving are one transaction, so two dashboards never start two. When
 * refused, *bar says why (err filled; *running holds the running one for
 * TIMEOUT_RUNNING when running is not NULL). e owns its text afterwards:
 * entry_clear it. */
int timeout_call(struct app *app, int64_t now, struct entry *e, enum timeout_bar *bar,
                 struct entry *running, struct tend_err *err);

/* Mark t as over at now. *minutes is how long the pause lasted, or -1 when
 * the clock was set back since t was called (the length cannot be told;
 * the return is then noted at the call's own time). */
int timeout_return(struct store *st, const struct entry *t, int64_t now, int *minutes,
                   struct tend_err *err);

/* The next moment after now when the clock shows minute_of_day, for a
 * planned return. *skipped is true when that reading does not exist that
 * night (the clocks go forward): the moment is then the same time after
 * midnight by the new clock (02:30 becomes 03:30). */
int64_t timeout_next_clock(int64_t now, int minute_of_day, bool *skipped);
/* Plan t's return for the next minute_of_day after now (see
 * timeout_next_clock, *when and *skipped are filled); refused with
 * TEND_E_USAGE when that is past the window to come back. */
int timeout_schedule(struct store *st, const struct config *cfg, const struct entry *t,
                     int minute_of_day, int64_t now, int64_t *when, bool *skipped,
                     struct tend_err *err);

#endif
