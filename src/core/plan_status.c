/* plan_status: where a date stands in the plan, and which of this week's
 * tasks are met, from the log and the hand ticks. Pure: no I/O. */
#include "tend/plan.h"
#include "tend/touch.h"

#include <string.h>

struct range {
	tend_day from, to;
};

/* What plan_status was given to count with, besides the entries. */
struct counters {
	plan_tick_fn tick;
	plan_count_fn count;
	void *ctx;
};

/* Is the measure kept by a practice in its own tables (counted by count)? */
static bool counted_elsewhere(int measure)
{
	return measure == PLAN_RITUAL;
}

/* Times such a measure was done from from to to; 0 without a counter. */
static int elsewhere(const struct counters *c, int measure, tend_day from, tend_day to)
{
	return c->count ? c->count(c->ctx, measure, from, to) : 0;
}

static bool in_range(const struct range *r, tend_day d)
{
	return d >= r->from && d <= r->to;
}

/* Does one day meet a daily counted task? */
static bool day_met(const struct entry_list *l, tend_day d, int measure, int count)
{
	int by[3] = { 0, 0, 0 }, total = 0;
	enum entry_kind kind;

	switch (measure) {
	case PLAN_CHECKIN: kind = ENTRY_CHECKIN; break;
	case PLAN_GESTURE: kind = ENTRY_GESTURE; break;
	case PLAN_REPAIR: kind = ENTRY_REPAIR; break;
	case PLAN_TOUCH: kind = ENTRY_TOUCH; break;
	default: return false; /* talks are not entries: talk_plan_fill */
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->day != d || e->kind != kind)
			continue;
		total++;
		if (e->partner == 1 || e->partner == 2)
			by[e->partner]++;
	}
	if (measure == PLAN_CHECKIN)
		return by[1] >= 1 && by[2] >= 1;
	if (measure == PLAN_GESTURE)
		return by[1] >= count && by[2] >= count;
	return total >= count;
}

/* Times a counted task was done over a range: days for check-ins (both
 * partners), entries for the rest. */
static int range_count(const struct entry_list *l, const struct range *r, int measure,
                       const struct store_stage *st)
{
	int n = 0;

	if (measure == PLAN_CHECKIN) {
		for (tend_day d = r->from; d <= r->to; d++)
			n += day_met(l, d, PLAN_CHECKIN, 1);
		return n;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (!in_range(r, e->day))
			continue;
		if ((measure == PLAN_GESTURE && e->kind == ENTRY_GESTURE) ||
		    (measure == PLAN_REPAIR && e->kind == ENTRY_REPAIR) ||
		    (measure == PLAN_TOUCH && touch_counts(e, st)))
			n++;
	}
	return n;
}

static void status_daily(const struct plan_task *t, const struct entry_list *l,
                         const struct range *week, tend_day date,
                         const struct counters *c, struct plan_task_status *s)
{
	s->period = date;
	s->from = week->from;
	s->to = week->to;
	s->target = (int)(week->to - week->from + 1);
	for (tend_day d = week->from; d <= week->to; d++) {
		if (s->by_hand)
			s->done += c->tick && c->tick(c->ctx, t->key, d);
		else if (counted_elsewhere(t->measure))
			s->done += elsewhere(c, t->measure, d, d) >= t->count;
		else
			s->done += day_met(l, d, t->measure, t->count);
	}
}

/* The range a non-daily task is counted over, and the day its tick lives on. */
static struct range task_range(const struct plan_task *t, const struct plan_phase *ph,
                               tend_day start, const struct range *week, tend_day date)
{
	struct range r = *week;

	if (t->cadence == PLAN_ONCE) {
		r.from = start + ph->first - 1;
		r.to = ph->last ? start + ph->last - 1 : date;
	} else if (t->cadence == PLAN_QUARTERLY) {
		tend_day first = start + (ph->first ? ph->first : 1) - 1;
		r.from = first + (date - first) / PLAN_QUARTER_DAYS * PLAN_QUARTER_DAYS;
		r.to = r.from + PLAN_QUARTER_DAYS - 1;
	}
	return r;
}

static void status_task(const struct plan_task *t, const struct plan_phase *ph,
                        tend_day start, const struct range *week, tend_day date,
                        const struct entry_list *l, const struct store_stage *st,
                        const struct counters *c, struct plan_task_status *s)
{
	struct range r;

	memset(s, 0, sizeof *s);
	s->task = t;
	s->by_hand = t->measure == PLAN_BY_HAND;
	if (t->cadence == PLAN_DAILY) {
		status_daily(t, l, week, date, c, s);
	} else {
		r = task_range(t, ph, start, week, date);
		s->period = r.from;
		s->from = r.from;
		s->to = r.to;
		/* A hand tick says "done for this period", however many times the
		 * task asked for; only counted tasks compare against their count. */
		s->target = t->cadence == PLAN_PER_WEEK && !s->by_hand ? t->count : 1;
		if (s->by_hand)
			s->done = c->tick && c->tick(c->ctx, t->key, r.from);
		else if (counted_elsewhere(t->measure))
			s->done = elsewhere(c, t->measure, r.from, r.to < date ? r.to : date);
		else
			s->done = range_count(l, &r, t->measure, st);
	}
	s->met = s->done >= s->target;
}

/* The phase's weekly touch task is counted by touch_week, the one function
 * behind the Touch panel, `tend week` and the printed grid. */
static void status_touch(const struct plan *p, tend_day start, tend_day date,
                         const struct plan_phase *ph, const struct entry_list *l,
                         const struct store_stage *st, struct plan_task_status *s)
{
	struct touch_week tw;

	if (s->task != touch_task(ph) ||
	    (s->task->cadence != PLAN_PER_WEEK && s->task->cadence != PLAN_WEEKLY))
		return;
	touch_week(p, start, date, l, st, &tw);
	if (tw.target == 0)
		return;
	s->done = tw.done;
	s->target = tw.target;
	s->met = touch_week_met(&tw);
}

void plan_status(const struct plan *p, tend_day start, tend_day date,
                 const struct entry_list *entries, const struct store_stage *stage,
                 plan_tick_fn tick, plan_count_fn count, void *ctx,
                 struct plan_status *out)
{
	const struct counters c = { tick, count, ctx };
	struct plan_phase after;
	struct range week;
	int wk_first;

	memset(out, 0, sizeof *out);
	out->day = (int)(date - start) + 1;
	if (out->day < 1)
		return;
	out->week = plan_week_of(out->day);
	out->phase = plan_phase_at(p, out->day);
	wk_first = (out->week - 1) * 7 + 1;
	week.from = start + wk_first - 1;
	week.to = week.from + 6;
	if (!out->phase) {
		out->after = true;
		if (!p->after)
			return;
		out->phase = p->after;
		/* The after phase starts the day after the plan's last day. */
		after = *p->after;
		after.first = p->length + 1;
		after.last = 0;
		if (week.from < start + p->length)
			week.from = start + p->length;
	} else {
		after = *out->phase;
		if (week.from < start + after.first - 1)
			week.from = start + after.first - 1;
		if (week.to > start + after.last - 1)
			week.to = start + after.last - 1;
	}
	out->from = week.from;
	out->to = week.to;
	out->n_tasks = out->phase->n_tasks;
	for (size_t i = 0; i < out->n_tasks; i++) {
		status_task(&out->phase->tasks[i], &after, start, &week, date, entries,
		            stage, &c, &out->tasks[i]);
		status_touch(p, start, date, out->phase, entries, stage, &out->tasks[i]);
	}
}

void plan_status_proof(struct plan_status *status, int measure, tend_day on,
                       tend_day date)
{
	for (size_t i = 0; i < status->n_tasks; i++) {
		struct plan_task_status *s = &status->tasks[i];
		if (s->task->measure != measure || s->task->cadence != PLAN_ONCE)
			continue;
		s->target = 1;
		s->done = on != DAY_INVALID && on <= date;
		s->met = s->done >= s->target;
	}
}
