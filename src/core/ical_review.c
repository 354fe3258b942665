/* ical_review: the builders of the reviews ahead: the weekly review at the
 * end of each plan week, the closing and quarterly reviews not answered
 * yet (review.c's rules), and the monthly look at the shared jobs
 * (task.c's rules). */
#include <string.h>

#include "tend/ical.h"
#include "tend/review.h"
#include "tend/task.h"

static int no_memory(struct tend_err *err)
{
	return err_set(err, TEND_E_RUNTIME, "out of memory");
}

static int plan_length(const struct app *app)
{
	return app->plan.length > 0 ? app->plan.length : 60;
}

/* The start date as it stands for the days ahead: the date of a plan day
 * after today less its number, so that the reviews move with a pause as
 * the check-in does. */
static tend_day start_ahead(const struct app *app)
{
	int n = app_plan_day(app, app->today);
	n = (n > plan_length(app) ? n : plan_length(app)) + 1;
	return app_plan_date(app, n) - (n - 1);
}

/* An all-day event of days days from day; one that is over already but
 * still due is shown on c->from. */
static int review_event(struct ical_cal *c, const char *kind, const char *key,
                        tend_day day, int days, const char *title, struct tend_err *err)
{
	if (day + days - 1 < c->from) {
		day = c->from;
		days = 1;
	}
	struct ical_event *e = ical_cal_add(c, kind, "%s", key);
	if (!e)
		return no_memory(err);
	e->day = day;
	e->days = days;
	snprintf(e->title, sizeof e->title, "%s", title);
	return TEND_OK;
}

/* The last day of each plan week within the plan. */
static int add_weekly(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	for (int week = 1; week * 7 <= plan_length(app); week++) {
		tend_day d = app_plan_date(app, week * 7);
		if (d < c->from || d > c->to)
			continue;
		char key[16], plain[64];
		snprintf(key, sizeof key, "%d", week);
		snprintf(plain, sizeof plain, "Weekly review, week %d", week);
		if (review_event(c, "weekly", key, d, 1, ical_title(c, "Week's look back", plain),
		                 err) != TEND_OK)
			return err->code;
	}
	return TEND_OK;
}

/* The closing review over its days, then each quarterly review on the
 * day it opens, unless both of you have answered it. */
int ical_add_reviews(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	if (add_weekly(app, c, err) != TEND_OK)
		return err->code;
	tend_day start = start_ahead(app);
	for (int which = REVIEW_CLOSING;; which++) {
		tend_day opens = review_opens(&app->plan, start, which);
		if (opens > c->to)
			break;
		if (review_opens(&app->plan, start, which + 1) <= c->from)
			continue; /* the next one has opened since */
		struct review_due due;
		tend_day on = opens > c->from ? opens : c->from;
		if (review_due_on(app, on, &due, err) != TEND_OK)
			return err->code;
		/* Answered by both: nothing ahead. (A review not open yet on
		 * that day by the pauses' count cannot have been answered.) */
		if (due.slot.which == which && !due.due)
			continue;
		char key[16], plain[64];
		snprintf(key, sizeof key, "%d", which);
		if (which == REVIEW_CLOSING)
			snprintf(plain, sizeof plain, "Closing review");
		else
			snprintf(plain, sizeof plain, "Quarterly review %d", which);
		if (review_event(c, which == REVIEW_CLOSING ? "closing" : "quarterly", key, opens,
		                 which == REVIEW_CLOSING ? REVIEW_CLOSING_DAYS : 1,
		                 ical_title(c, "Looking back", plain), err) != TEND_OK)
			return err->code;
	}
	return TEND_OK;
}

/* The monthly look at who owns which job, from the list's next review day
 * on; a look that is due already is shown today. */
int ical_add_task_reviews(struct app *app, struct ical_cal *c, struct tend_err *err)
{
	struct store_task_state ts;
	if (!app->st)
		return TEND_OK;
	if (store_task_state(app->st, &ts, err) != TEND_OK)
		return err->code;
	if (ts.made == DAY_INVALID)
		return TEND_OK;
	tend_day next = task_review_next(ts.made, ts.reviewed);
	const char *title = ical_title(c, "Household planning", "Monthly look at the shared jobs");
	char key[16];
	tend_day due = DAY_INVALID; /* the latest review day passed unheld */
	for (int k = 1;; k++) {
		tend_day d = task_month_add(ts.made, k);
		if (d == DAY_INVALID || d > c->to)
			break;
		if (d < next)
			continue;
		if (d < c->from) {
			due = d;
			continue;
		}
		if (due != DAY_INVALID) {
			snprintf(key, sizeof key, "%ld", (long)due);
			if (review_event(c, "jobs", key, due, 1, title, err) != TEND_OK)
				return err->code;
			due = DAY_INVALID;
		}
		snprintf(key, sizeof key, "%ld", (long)d);
		if (review_event(c, "jobs", key, d, 1, title, err) != TEND_OK)
			return err->code;
	}
	if (due != DAY_INVALID) {
		snprintf(key, sizeof key, "%ld", (long)due);
		return review_event(c, "jobs", key, due, 1, title, err);
	}
	return TEND_OK;
}
