#include <string.h>

#include "tend/stats.h"

static bool valid_partner(int p)
{
	return p == 1 || p == 2;
}

/* Add one entry to the figures of its day. */
static void day_add(struct day_stats *d, const struct entry *e)
{
	int i = e->partner - 1;
	switch (e->kind) {
	case ENTRY_CHECKIN:
		if (!valid_partner(e->partner))
			return;
		d->checked_in[i] = true;
		d->mood[i] = e->mood;
		d->stress[i] = e->stress;
		break;
	case ENTRY_GESTURE:
		if (!valid_partner(e->partner))
			return;
		/* Entries come ordered by creation, so the first seen is the first made. */
		if (d->first_gesture == 0)
			d->first_gesture = e->partner;
		d->gestures[i]++;
		d->bids_toward += e->bid == BID_TOWARD;
		d->bids_away += e->bid == BID_AWAY;
		break;
	case ENTRY_REPAIR:
		if (!valid_partner(e->partner))
			return;
		d->repairs[i]++;
		d->repairs_accepted[i] += e->accepted;
		break;
	case ENTRY_TOUCH:
		d->touch++;
		if (e->light >= LIGHT_NONE && e->light <= LIGHT_RED)
			d->touch_light[e->light]++;
		if (e->stage > d->max_stage)
			d->max_stage = e->stage;
		break;
	case ENTRY_TIMEOUT:
		d->timeouts++;
		break;
	default:
		break;
	}
}

void stats_day(const struct entry_list *entries, tend_day day, struct day_stats *out)
{
	memset(out, 0, sizeof *out);
	out->day = day;
	for (size_t i = 0; i < entries->n; i++)
		if (entries->v[i].day == day)
			day_add(out, &entries->v[i]);
}

/* Sum the per-day figures into the week's totals. */
static void week_sum(struct week_stats *w, int gestures_min)
{
	for (int i = 0; i < 7; i++) {
		const struct day_stats *d = &w->days[i];
		/* A paused day is out of the "days of the week" figures. */
		bool counts = !d->paused;
		w->days_counted += counts;
		for (int p = 0; p < 2; p++) {
			w->checkins[p] += counts && d->checked_in[p];
			w->gestures[p] += d->gestures[p];
			w->repairs[p] += d->repairs[p];
			w->repairs_accepted += d->repairs_accepted[p];
		}
		w->checkin_days_both += counts && d->checked_in[0] && d->checked_in[1];
		w->gesture_days_in_band += counts && d->gestures[0] >= gestures_min &&
		                           d->gestures[1] >= gestures_min;
		w->bids_toward += d->bids_toward;
		w->bids_away += d->bids_away;
		w->touch += d->touch;
		w->timeouts += d->timeouts;
	}
}

void stats_week(const struct entry_list *entries, tend_day start,
                const struct config *cfg, struct week_stats *out)
{
	stats_week_paced(entries, start, cfg, NULL, out);
}

void stats_week_paced(const struct entry_list *entries, tend_day start,
                      const struct config *cfg, const struct pace *pace,
                      struct week_stats *out)
{
	memset(out, 0, sizeof *out);
	out->start = start;
	for (int i = 0; i < 7; i++)
		out->days[i].day = start + i;
	for (size_t i = 0; i < entries->n; i++) {
		const struct entry *e = &entries->v[i];
		if (e->day >= start && e->day < start + 7)
			day_add(&out->days[e->day - start], e);
	}
	for (int i = 0; i < 7; i++)
		out->days[i].paused = pace_paused_on(pace, start + i);
	week_sum(out, cfg ? cfg->gestures_min : 0);
	if (cfg) {
		out->target_gestures_min = cfg->gestures_min * out->days_counted;
		out->target_gestures_max = cfg->gestures_max * out->days_counted;
		out->target_repairs = cfg->repairs_per_day * out->days_counted;
	}
}

/* Whether both partners checked in on day. */
static bool both_checked_in(const struct entry_list *entries, tend_day day)
{
	bool seen[2] = { false, false };
	for (size_t i = 0; i < entries->n; i++) {
		const struct entry *e = &entries->v[i];
		if (e->kind == ENTRY_CHECKIN && e->day == day && valid_partner(e->partner))
			seen[e->partner - 1] = true;
	}
	return seen[0] && seen[1];
}

int stats_checkin_streak(const struct entry_list *entries, tend_day day)
{
	/* Today still counts as open: an evening not yet logged breaks nothing. */
	if (!both_checked_in(entries, day))
		day--;
	int n = 0;
	while (both_checked_in(entries, day - n))
		n++;
	return n;
}
