/* ical: the calendar's events, one builder per kind, in the order the
 * calendar lists them. A new kind of event is one more builder here. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tend/ical.h"

static const ical_builder builders[] = {
	ical_add_checkin,
	ical_add_phases,
	ical_add_rituals,
	ical_add_timeout,
	ical_add_reviews,
	ical_add_task_reviews,
	ical_add_windows,
};

void ical_cal_free(struct ical_cal *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].exdates);
	free(c->v);
	c->v = NULL;
	c->n = c->cap = 0;
}

struct ical_event *ical_cal_add(struct ical_cal *c, const char *kind, const char *keyfmt,
                                ...)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		struct ical_event *v = realloc(c->v, cap * sizeof *v);
		if (!v)
			return NULL;
		c->v = v;
		c->cap = cap;
	}
	struct ical_event *e = &c->v[c->n++];
	memset(e, 0, sizeof *e);
	snprintf(e->kind, sizeof e->kind, "%s", kind);
	va_list ap;
	va_start(ap, keyfmt);
	vsnprintf(e->key, sizeof e->key, keyfmt, ap);
	va_end(ap);
	e->at = -1;
	e->days = 1;
	e->repeat = ICAL_ONCE;
	e->until = DAY_INVALID;
	return e;
}

bool ical_event_exclude(struct ical_event *e, tend_day d)
{
	if (e->n_exdates >= ICAL_MAX_EXDATES)
		return false;
	tend_day *v = realloc(e->exdates, (e->n_exdates + 1) * sizeof *v);
	if (!v)
		return false;
	e->exdates = v;
	e->exdates[e->n_exdates++] = d;
	return true;
}

const char *ical_title(const struct ical_cal *c, const char *neutral, const char *plain)
{
	return c->plain ? plain : neutral;
}

int ical_build(struct app *app, bool plain, struct ical_cal *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->plain = plain;
	out->from = app->today;
	out->to = app->today + ICAL_AHEAD_DAYS;
	tend_day end = app_plan_date(app, app->plan.length > 0 ? app->plan.length : 60);
	if (end > out->to)
		out->to = end;
	/* The database's own name; without one (no database yet, or an older
	 * file read-only) where the file is stands for it. */
	if (app->st && store_calendar_id(app->st, out->db_id, err) != TEND_OK)
		return err->code;
	if (!out->db_id[0])
		ical_db_id(app->db_path ? app->db_path : app->st ? store_path(app->st) : NULL,
		           out->db_id);
	for (size_t i = 0; i < sizeof builders / sizeof *builders; i++)
		if (builders[i](app, out, err) != TEND_OK) {
			ical_cal_free(out);
			return err->code;
		}
	return TEND_OK;
}
