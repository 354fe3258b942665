/* timeout: calling a time-out, its pause, and coming back. Every rule
 * about time-outs lives here; the front ends only ask and show. */
#include "tend/timeout.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/day.h"

enum { MINUTE = 60, HOUR = 3600 };

int64_t timeout_pause_end(const struct config *cfg, const struct entry *t)
{
	return t->called_at + (int64_t)cfg->pause_minutes * MINUTE;
}

int64_t timeout_window_end(const struct config *cfg, const struct entry *t)
{
	return t->called_at + (int64_t)cfg->return_within_hours * HOUR;
}

int64_t timeout_pause_left(const struct config *cfg, const struct entry *t, int64_t now)
{
	int64_t left = timeout_pause_end(cfg, t) - now, whole = (int64_t)cfg->pause_minutes * MINUTE;
	return left < 0 ? 0 : left > whole ? whole : left;
}

enum timeout_state timeout_state(const struct config *cfg, const struct entry *t,
                                 int64_t now)
{
	if (t == NULL || t->id == 0 || t->returned_at != 0)
		return TIMEOUT_NONE;
	if (now < timeout_pause_end(cfg, t))
		return TIMEOUT_PAUSE;
	if (now >= timeout_window_end(cfg, t))
		return TIMEOUT_NONE;
	if (t->scheduled_at > 0 && now < t->scheduled_at)
		return TIMEOUT_SCHEDULED;
	return TIMEOUT_DUE;
}

/* The earliest call that can still be running at now. */
static int64_t running_since(const struct config *cfg, int64_t now)
{
	return now - (int64_t)cfg->return_within_hours * HOUR;
}

bool timeout_call_runs(const struct config *cfg, int64_t called_at, int64_t now)
{
	return called_at >= running_since(cfg, now);
}

int timeout_running(struct store *st, const struct config *cfg, int64_t now,
                    struct entry *out, bool *found, struct tend_err *err)
{
	return store_timeout_open(st, running_since(cfg, now), out, found, err);
}

enum timeout_bar timeout_may_call(const struct app *app, int64_t now,
                                  const struct entry *running)
{
	/* A pause starts now; filed under another day it would still be
	 * running on this one. */
	if (app->date_given && app->today != day_of_time((time_t)now, app->cfg.day_starts_at))
		return TIMEOUT_OTHER_DAY;
	if (timeout_state(&app->cfg, running, now) != TIMEOUT_NONE)
		return TIMEOUT_RUNNING;
	return TIMEOUT_FREE;
}

/* "21:05" for a moment, in local time. */
static void clock_of(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm) || !strftime(buf, n, "%H:%M", &tm))
		snprintf(buf, n, "?");
}

const char *timeout_bar_reason(enum timeout_bar bar)
{
	switch (bar) {
	case TIMEOUT_OTHER_DAY:
		return "a time-out starts now, so it cannot be given another day with --date";
	case TIMEOUT_RUNNING:
		return "a time-out is already running";
	default:
		return "a time-out can be called";
	}
}

/* Say why a time-out cannot be called (running: the one running, if known). */
static int refuse(enum timeout_bar bar, const struct entry *running, struct tend_err *err)
{
	char at[16];
	if (bar != TIMEOUT_RUNNING || running == NULL)
		return err_set(err, bar == TIMEOUT_OTHER_DAY ? TEND_E_USAGE : TEND_E_RUNTIME,
		               "%s", timeout_bar_reason(bar));
	clock_of(running->called_at, at, sizeof at);
	return err_set(err, TEND_E_RUNTIME, "%s since %s", timeout_bar_reason(bar), at);
}

int timeout_call(struct app *app, int64_t now, struct entry *e, enum timeout_bar *bar,
                 struct entry *running, struct tend_err *err)
{
	const struct config *cfg = &app->cfg;
	*bar = TIMEOUT_FREE;
	if (running)
		memset(running, 0, sizeof *running);
	if (e->phrase != 1 && e->phrase != 2)
		return err_set(err, TEND_E_USAGE, "a time-out is called with stop-phrase 1 or 2");
	e->kind = ENTRY_TIMEOUT;
	e->called_at = e->created_at = now;
	e->returned_at = e->scheduled_at = 0;
	e->day = day_of_time((time_t)now, cfg->day_starts_at);
	if ((*bar = timeout_may_call(app, now, NULL)) != TIMEOUT_FREE)
		return refuse(*bar, NULL, err);
	const char *phrase = cfg->stop_phrase[e->phrase - 1];
	if (e->text == NULL && phrase != NULL && !(e->text = strdup(phrase)))
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (entry_check(e, err) != TEND_OK)
		return err->code;
	struct entry open = { 0 };
	bool found = false;
	int rc = store_timeout_call(app->st, running_since(cfg, now), e, &open, &found, err);
	if (rc == TEND_OK && found) {
		*bar = TIMEOUT_RUNNING;
		rc = refuse(*bar, &open, err);
		if (running)
			*running = open;
		else
			entry_clear(&open);
	}
	return rc;
}

int timeout_return(struct store *st, const struct entry *t, int64_t now, int *minutes,
                   struct tend_err *err)
{
	bool clock_back = now < t->called_at;
	int rc = store_timeout_return(st, t->id, clock_back ? t->called_at : now, err);
	if (rc == TEND_OK)
		*minutes = clock_back ? -1 : (int)((now - t->called_at) / MINUTE);
	return rc;
}

int64_t timeout_next_clock(int64_t now, int minute_of_day, bool *skipped)
{
	tend_day d = day_of_time((time_t)now, 0);
	int64_t t = (int64_t)day_time_at(d, minute_of_day);
	for (int k = 1; k < 3 && t <= now; k++)
		t = (int64_t)day_time_at(d + k, minute_of_day);
	time_t tt = (time_t)t;
	struct tm tm;
	*skipped = localtime_r(&tt, &tm) && tm.tm_hour * 60 + tm.tm_min != minute_of_day;
	return t;
}

int timeout_schedule(struct store *st, const struct config *cfg, const struct entry *t,
                     int minute_of_day, int64_t now, int64_t *when, bool *skipped,
                     struct tend_err *err)
{
	if (minute_of_day < 0 || minute_of_day >= 24 * 60)
		return err_set(err, TEND_E_USAGE, "a return is planned for a time of day (HH:MM)");
	*when = timeout_next_clock(now, minute_of_day, skipped);
	if (*when > timeout_window_end(cfg, t)) {
		char asked[8], by[16];
		day_format_hhmm(minute_of_day, asked);
		clock_of(timeout_window_end(cfg, t), by, sizeof by);
		return err_set(err, TEND_E_USAGE, "%s is more than %d hours after the time-out; "
		               "pick a time by %s", asked, cfg->return_within_hours, by);
	}
	return store_timeout_schedule(st, t->id, *when, err);
}
