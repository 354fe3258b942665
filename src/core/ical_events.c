/* ical_events: the builders of the everyday events: the evening check-in,
 * the plan's phases, the rituals and a planned return from a time-out.
 * Each asks the practice's own rules (app_plan_*, ritual_*, timeout_*)
 * and only turns their answers into events. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tend/ical.h"
#include "tend/ritual.h"
#include "tend/timeout.h"
#include "tend/window.h"

/* A ritual keeps no length: calendars show it as this many minutes. */
#define RITUAL_MINUTES 30

static int no_memory(struct tend_err *err)
{
	return err_set(err, TEND_E_RUNTIME, "out of memory");
}

static int plan_length(const struct app *app)
{
	return app->plan.length > 0 ? app->plan.length : 60;
}

/* The check-in at its time on each of the plan's days from c->from on:
 * one daily event, the paused days left out, so that a pause moves its
 * end. */
int ical_add_checkin(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	int n = app_plan_day(app, c->from);
	struct ical_event *e = NULL;
	tend_day prev = DAY_INVALID;
	for (n = n < 1 ? 1 : n; n <= plan_length(app); n++) {
		tend_day d = app_plan_date(app, n);
		if (d < c->from || d > c->to)
			continue;
		if (!e) {
			if (!(e = ical_cal_add(c, "checkin", "plan")))
				return no_memory(err);
			snprintf(e->title, sizeof e->title, "%s",
			         ical_title(c, "Evening", "Check-in"));
			e->day = d;
			e->at = app->cfg.checkin_time;
			e->minutes = app->cfg.checkin_minutes;
			e->repeat = ICAL_DAILY;
		}
		for (tend_day x = prev == DAY_INVALID ? d : prev + 1; x < d; x++)
			if (!ical_event_exclude(e, x))
				return no_memory(err);
		prev = d;
	}
	if (e)
		e->until = prev;
	return TEND_OK;
}

/* Each phase not over yet, as days from its first to its last. */
int ical_add_phases(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	for (size_t i = 0; i < app->plan.n_phases; i++) {
		const struct plan_phase *ph = &app->plan.phases[i];
		tend_day first = app_plan_date(app, ph->first), last = app_plan_date(app, ph->last);
		if (last < c->from || first > c->to)
			continue;
		struct ical_event *e = ical_cal_add(c, "phase", "%s", ph->key);
		if (!e)
			return no_memory(err);
		e->day = first;
		e->days = (int)(last - first) + 1;
		int num = plan_phase_number(&app->plan, ph);
		if (c->plain)
			snprintf(e->title, sizeof e->title, "Phase %d: %s", num, ph->title);
		else
			snprintf(e->title, sizeof e->title, "Part %d of %zu", num,
			         app->plan.n_phases);
	}
	return TEND_OK;
}

/* The first day from c->from on that r falls on, DAY_INVALID when none. */
static tend_day ritual_first(const struct store_ritual *r, const struct ical_cal *c)
{
	tend_day start = r->since > c->from ? r->since : c->from;
	for (tend_day d = start; d <= c->to && d < start + 7; d++)
		if (ritual_falls_on(r, d))
			return d;
	return DAY_INVALID;
}

/* One ritual as a weekly event on its weekdays, its days in a pause that
 * is over by then left out. */
static int ritual_event(const struct store_rituals *s, const struct store_ritual *r,
                        struct ical_cal *c, struct tend_err *err)
{
	tend_day first = ritual_first(r, c);
	if (first == DAY_INVALID)
		return TEND_OK;
	struct ical_event *e = ical_cal_add(c, "ritual", "%lld", (long long)r->uid);
	if (!e)
		return no_memory(err);
	/* The name is the couple's own word for it: only with plain titles. */
	snprintf(e->title, sizeof e->title, "%s", ical_title(c, "Together time", r->name));
	e->day = first;
	e->at = r->at;
	e->minutes = RITUAL_MINUTES;
	e->repeat = ICAL_WEEKLY;
	e->weekdays = r->days & RITUAL_EVERY_DAY;
	e->until = c->to;
	for (tend_day d = first; d <= c->to; d++)
		if (ritual_falls_on(r, d) && ritual_pause_on(s, r->id, d) &&
		    !ical_event_exclude(e, d))
			return no_memory(err);
	return TEND_OK;
}

/* Each ritual kept now; one paused until further notice is left out. */
int ical_add_rituals(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	if (!app->st)
		return TEND_OK;
	struct store_rituals s = { 0 };
	if (store_ritual_load(app->st, c->from, c->to, &s, err) != TEND_OK)
		return err->code;
	int rc = TEND_OK;
	for (size_t i = 0; i < s.n && rc == TEND_OK; i++)
		if (!ritual_pause_open(&s, s.v[i].id))
			rc = ritual_event(&s, &s.v[i], c, err);
	store_rituals_free(&s);
	return rc;
}

/* The return planned for the time-out running now, when it is ahead. */
int ical_add_timeout(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	if (!app->st)
		return TEND_OK;
	int64_t now = (int64_t)time(NULL);
	struct entry t;
	bool found = false;
	memset(&t, 0, sizeof t);
	if (timeout_running(app->st, &app->cfg, now, &t, &found, err) != TEND_OK)
		return err->code;
	int rc = TEND_OK;
	struct tm tm;
	time_t when = (time_t)t.scheduled_at;
	if (found && t.scheduled_at > now && localtime_r(&when, &tm)) {
		tend_day d = day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
		struct ical_event *e = NULL;
		if (d >= c->from && d <= c->to &&
		    !(e = ical_cal_add(c, "return", "%lld", (long long)t.uid)))
			rc = no_memory(err);
		if (e) {
			snprintf(e->title, sizeof e->title, "%s",
			         ical_title(c, "Catch up", "Back from the time-out"));
			e->day = d;
			e->at = tm.tm_hour * 60 + tm.tm_min;
			e->minutes = ICAL_RETURN_MINUTES;
		}
	}
	entry_clear(&t);
	return rc;
}

/* A window's first day from from on, on its weekday. */
static tend_day window_first(const struct store_window *w, tend_day from)
{
	tend_day d = from;
	while (day_weekday(d) != w->weekday)
		d++;
	return d;
}

/* The two open windows, weekly from the day the plan asks for them. The
 * title never says more than "Open time": a window is kept, not scored,
 * and it is the couple's own business. */
int ical_add_windows(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	if (!app->st)
		return TEND_OK;
	struct store_window w[WINDOW_SLOTS];
	size_t n = 0;
	if (window_list(app->st, w, &n, err) != TEND_OK)
		return err->code;
	tend_day from = app_plan_date(app, window_first_day(&app->plan));
	if (from == DAY_INVALID || from < c->from)
		from = c->from;
	for (size_t i = 0; i < n; i++) {
		tend_day first = window_first(&w[i], from);
		if (first > c->to)
			continue;
		struct ical_event *e = ical_cal_add(c, "window", "%d", w[i].slot);
		if (!e)
			return no_memory(err);
		snprintf(e->title, sizeof e->title, "%s", ical_title(c, "Open time", "Open window"));
		e->day = first;
		e->at = w[i].at;
		e->minutes = w[i].minutes > 0 ? w[i].minutes : ICAL_WINDOW_MINUTES;
		e->repeat = ICAL_WEEKLY;
		e->weekdays = 1u << w[i].weekday;
		e->until = c->to;
	}
	return TEND_OK;
}
