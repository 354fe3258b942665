/* pace: the program's pauses and the plan's day once they are taken out
 * (see include/tend/pace.h). */
#include <stdlib.h>
#include <string.h>

#include "tend/pace.h"
#include "tend/store.h"
#include "tend/text.h"

void pace_free(struct pace *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].reason);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

int pace_load(struct pace *p, struct store *st, struct tend_err *err)
{
	return store_pause_list(st, p, err);
}

bool pace_paused_on(const struct pace *p, tend_day d)
{
	for (size_t i = 0; p && i < p->n; i++)
		if (d >= p->v[i].from && (p->v[i].to == DAY_INVALID || d < p->v[i].to))
			return true;
	return false;
}

const struct pace_pause *pace_running(const struct pace *p)
{
	for (size_t i = 0; p && i < p->n; i++)
		if (p->v[i].to == DAY_INVALID)
			return &p->v[i];
	return NULL;
}

int pace_paused_before(const struct pace *p, tend_day start, tend_day d)
{
	int64_t n = 0;

	for (size_t i = 0; p && i < p->n; i++) {
		/* The part of [from, to) that lies in [start, d); a running pause
		 * runs up to d. */
		int64_t from = p->v[i].from > start ? p->v[i].from : start;
		int64_t to = p->v[i].to == DAY_INVALID || p->v[i].to > d ? d : p->v[i].to;
		if (to > from)
			n += to - from;
	}
	return (int)n;
}

tend_day pace_start(const struct pace *p, tend_day start, tend_day d)
{
	if (start == DAY_INVALID || d == DAY_INVALID)
		return start;
	return start + pace_paused_before(p, start, d);
}

int pace_plan_day(const struct pace *p, tend_day start, tend_day d)
{
	return day_plan_number(pace_start(p, start, d), d);
}

tend_day pace_date_of_day(const struct pace *p, tend_day start, int n, tend_day today)
{
	int today_n = pace_plan_day(p, start, today);

	if (n < 1)
		return start + n - 1;
	if (n >= today_n)
		return today + (n - today_n);
	/* Before today: walk the days, skipping the paused ones. */
	tend_day d = start;
	for (int seen = 0;; d++) {
		if (!pace_paused_on(p, d) && ++seen == n)
			return d;
	}
}

tend_day pace_dates_day(const struct pace_dates *d, int n)
{
	if (!d->pace || d->pace->n == 0 || d->start == DAY_INVALID)
		return d->start + n - 1;
	return pace_date_of_day(d->pace, d->start, n, d->today);
}

/* The reason: optional, plain text, at most PACE_REASON_MAX characters. */
static int pace_check_reason(const char *reason, struct tend_err *err)
{
	if (!reason)
		return TEND_OK;
	const char *why = text_problem(reason);
	if (why)
		return err_set(err, TEND_E_USAGE, "the reason %s", why);
	size_t n = text_count_chars(reason);
	if (n > PACE_REASON_MAX)
		return err_set(err, TEND_E_USAGE, "the reason is %zu characters long; "
		               "%d at most, please", n, PACE_REASON_MAX);
	return TEND_OK;
}

int pace_pause(struct store *st, const struct pace *p, tend_day d,
               const char *reason, struct pace_pause *out, struct tend_err *err)
{
	char day[16];
	const struct pace_pause *run = pace_running(p);

	if (d == DAY_INVALID || !day_in_range(d))
		return err_set(err, TEND_E_USAGE, "a pause needs a day from 1900-01-01 "
		               "to 9998-12-31");
	if (run) {
		day_format_short(run->from, day);
		return err_set(err, TEND_E_USAGE, "the program is already paused since %s "
		               "(`tend resume` goes on with it)", day);
	}
	for (size_t i = 0; p && i < p->n; i++)
		if (p->v[i].to > d) {
			day_format_short(p->v[i].to, day);
			return err_set(err, TEND_E_USAGE, "an earlier pause went on until %s; "
			               "a new pause starts on that day or later", day);
		}
	if (pace_check_reason(reason, err))
		return TEND_E_USAGE;
	struct pace_pause pp = { .from = d, .to = DAY_INVALID, .reason = (char *)reason };
	if (reason && !*reason)
		pp.reason = NULL;
	int rc = store_pause_add(st, &pp, err);
	if (rc == TEND_OK && out)
		*out = pp;
	return rc;
}

int pace_resume(struct store *st, const struct pace *p, tend_day d,
                struct pace_pause *out, struct tend_err *err)
{
	char day[16];
	const struct pace_pause *run = pace_running(p);

	if (!run)
		return err_set(err, TEND_E_USAGE, "the program is not paused (`tend pause` "
		               "pauses it)");
	if (d == DAY_INVALID || d <= run->from) {
		day_format_short(run->from, day);
		return err_set(err, TEND_E_USAGE, "the pause began on %s; the program goes "
		               "on on a later day", day);
	}
	int rc = store_pause_set_end(st, run, d, err);
	if (rc == TEND_OK && out) {
		*out = *run;
		out->to = d;
		out->rev++;
		out->reason = NULL;
	}
	return rc;
}

int pace_undo_pause(struct store *st, const struct pace_pause *pp, struct tend_err *err)
{
	return store_pause_delete(st, pp, err);
}

int pace_undo_resume(struct store *st, const struct pace_pause *pp, struct tend_err *err)
{
	return store_pause_set_end(st, pp, DAY_INVALID, err);
}
