/* pace: the program's own pauses (illness, travel, a crisis). A paused day
 * does not count: the plan's days, weeks and phases move on by as many days
 * as the pauses took. Every front end asks pace for the plan's day of a
 * date, so the rule lives here once. */
#ifndef TEND_PACE_H
#define TEND_PACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tend/day.h"
#include "tend/err.h"

struct store;

/* Characters a pause's reason may have. */
#define PACE_REASON_MAX 200

/* One pause: from its first paused day up to (not including) the day the
 * program went on again; to is DAY_INVALID while it still runs. */
struct pace_pause {
	int64_t id, uid, rev;
	tend_day from, to;
	char *reason;      /* NULL: none given */
};

/* The couple's pauses, oldest first, never overlapping. */
struct pace {
	struct pace_pause *v;
	size_t n;
};

/* Accepts a zeroed or loaded list. */
void pace_free(struct pace *p);
/* Read the live pauses from the store into p (replacing what it held). */
int pace_load(struct pace *p, struct store *st, struct tend_err *err);

/* Whether date d is a paused day. */
bool pace_paused_on(const struct pace *p, tend_day d);
/* The pause still running, or NULL. */
const struct pace_pause *pace_running(const struct pace *p);
/* The paused days from start up to (not including) d. */
int pace_paused_before(const struct pace *p, tend_day start, tend_day d);
/* The start date as it stands on date d: start moved on by the paused days
 * before d. Every plan computation for d (day number, week, phase) takes
 * this in place of the configured start date. */
tend_day pace_start(const struct pace *p, tend_day start, tend_day d);
/* Plan day number of date d (1 = the start date, paused days not counted);
 * a paused day has the number the program goes on with. */
int pace_plan_day(const struct pace *p, tend_day start, tend_day d);

/* The date of plan day n as the pauses place it: the nth day from start
 * that was not paused, up to today; the days after today's follow it one
 * a day (a pause to come is not known yet). */
tend_day pace_date_of_day(const struct pace *p, tend_day start, int n, tend_day today);

/* Where a printed plan puts its days: day n on start + n - 1 when pace
 * is NULL (a start given by hand); else as pace_date_of_day places it, so
 * days lived before a pause keep the dates they were lived on and the
 * days after it move on. */
struct pace_dates {
	tend_day start;            /* day 1 as configured */
	const struct pace *pace;   /* NULL: no pauses to take out */
	tend_day today;
};
tend_day pace_dates_day(const struct pace_dates *d, int n);

/* Pause the program from day d (the reason may be NULL). Refused while a
 * pause runs, on a day before the end of an earlier pause, and for a
 * reason that is not plain text or too long. *out (may be NULL) gets the
 * new pause (its reason is not copied). */
int pace_pause(struct store *st, const struct pace *p, tend_day d,
               const char *reason, struct pace_pause *out, struct tend_err *err);
/* End the running pause: the program goes on on day d (after the pause's
 * first day). *out (may be NULL) gets the pause as it now stands. */
int pace_resume(struct store *st, const struct pace *p, tend_day d,
                struct pace_pause *out, struct tend_err *err);
/* Take back a pause just started (it is deleted) or just ended (it runs
 * again); TEND_E_CONFLICT when it was changed since (rev). */
int pace_undo_pause(struct store *st, const struct pace_pause *pp, struct tend_err *err);
int pace_undo_resume(struct store *st, const struct pace_pause *pp, struct tend_err *err);

#endif
