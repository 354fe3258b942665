/* touch: the staged-touch rules shared by the dashboard and the command
 * line. The plan says when each stage opens and how many sessions a week
 * it suggests; the couple says when they both feel ready. */
#include "tend/touch.h"

#include <stdio.h>
#include <string.h>

static const char *stage_word(bool discreet)
{
	return discreet ? "step" : "stage";
}

const struct plan_task *touch_task(const struct plan_phase *ph)
{
	if (!ph)
		return NULL;
	for (size_t i = 0; i < ph->n_tasks; i++)
		if (ph->tasks[i].measure == PLAN_TOUCH)
			return &ph->tasks[i];
	return NULL;
}

int touch_stage_open(const struct plan *p, tend_day start, tend_day day)
{
	int n = (int)(day - start) + 1, open = 1;

	for (size_t i = 0; i < p->n_phases; i++) {
		const struct plan_task *t = touch_task(&p->phases[i]);
		if (t && p->phases[i].first <= n && t->stage > open)
			open = t->stage;
	}
	return open;
}

int touch_opens_on(const struct plan *p, int stage)
{
	for (size_t i = 0; i < p->n_phases; i++) {
		const struct plan_task *t = touch_task(&p->phases[i]);
		if (t && t->stage >= stage)
			return p->phases[i].first;
	}
	return 0;
}

bool touch_counts(const struct entry *e, const struct store_stage *st)
{
	if (e->kind != ENTRY_TOUCH)
		return false;
	if (!st || st->since == DAY_INVALID || e->day < st->since)
		return true;
	return e->stage == st->stage;
}

/* Sessions a plan week asks for under a task's cadence; 0 for cadences
 * that are not about the week. */
static int week_target(const struct plan_task *t)
{
	switch (t->cadence) {
	case PLAN_DAILY: return t->count * 7;
	case PLAN_PER_WEEK: return t->count;
	case PLAN_WEEKLY: return 1;
	default: return 0;
	}
}

void touch_week(const struct plan *p, tend_day start, tend_day day,
                const struct entry_list *l, const struct store_stage *st,
                struct touch_week *out)
{
	memset(out, 0, sizeof *out);
	out->from = plan_week_start(start, day);
	out->to = out->from + 6;
	const struct plan_task *t = touch_task(plan_phase_at(p, (int)(day - start) + 1));
	if (t) {
		out->target = week_target(t);
		out->plan_stage = t->stage;
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->kind != ENTRY_TOUCH || e->day < out->from || e->day > out->to)
			continue;
		out->sessions++;
		out->done += touch_counts(e, st);
	}
}

void touch_week_count(const struct touch_week *w, char *buf, size_t size)
{
	if (w->target > 0)
		snprintf(buf, size, "%d of %d", w->done, w->target);
	else
		snprintf(buf, size, "%d", w->done);
}

bool touch_week_met(const struct touch_week *w)
{
	return w->target > 0 && w->done >= w->target;
}

enum touch_ask touch_ask(const struct plan *p, tend_day start, tend_day day,
                         const struct store_stage *st)
{
	if (st->stage >= TOUCH_LAST_STAGE)
		return TOUCH_ASK_LAST;
	return touch_stage_open(p, start, day) > st->stage ? TOUCH_ASK_OPEN : TOUCH_ASK_LATER;
}

int touch_session_check(const struct store_stage *st, const struct entry *e,
                        const struct entry *old, bool discreet, struct tend_err *err)
{
	const char *w = stage_word(discreet);

	if (e->stage < 1 || e->stage > TOUCH_LAST_STAGE)
		return err_set(err, TEND_E_USAGE, "the %s is 1, 2 or 3", w);
	/* An old session keeps the stage it was logged at. */
	if (old && old->kind == ENTRY_TOUCH && old->stage == e->stage && old->day == e->day)
		return TEND_OK;
	if (e->stage > st->stage)
		return err_set(err, TEND_E_USAGE, "you are at %s %d; %s %d starts when you "
		               "both say you are ready", w, st->stage, w, e->stage);
	if (e->stage == st->stage && st->stage > 1 && st->since != DAY_INVALID &&
	    e->day < st->since) {
		char day[16];
		day_format_short(st->since, day);
		return err_set(err, TEND_E_USAGE, "%s %d began on %s, after that day",
		               w, st->stage, day);
	}
	return TEND_OK;
}

/* What touch_answer's change() needs. */
struct answer {
	const struct plan *p;
	tend_day start, day;
	int partner;
	bool ready, discreet;
};

/* Inside the store's transaction: record the answer; both ready moves on. */
static int answer_apply(struct store_stage *s, void *ctx, struct tend_err *err)
{
	const struct answer *a = ctx;
	const char *w = stage_word(a->discreet);

	switch (touch_ask(a->p, a->start, a->day, s)) {
	case TOUCH_ASK_LAST:
		return err_set(err, TEND_E_USAGE, "you are at the last %s; there is no "
		               "next one to be ready for", w);
	case TOUCH_ASK_LATER: {
		int n = touch_opens_on(a->p, s->stage + 1);
		if (n > 0)
			return err_set(err, TEND_E_USAGE, "%s %d is not in your plan yet: it "
			               "opens in week %d (day %d)", w, s->stage + 1,
			               plan_week_of(n), n);
		return err_set(err, TEND_E_USAGE, "your plan does not open %s %d", w,
		               s->stage + 1);
	}
	case TOUCH_ASK_OPEN:
		break;
	}
	s->ready[a->partner - 1] = a->ready;
	if (s->ready[0] && s->ready[1]) {
		s->stage++;
		s->since = a->day;
		s->ready[0] = s->ready[1] = false;
	}
	return TEND_OK;
}

int touch_answer(struct store *s, const struct plan *p, tend_day start, tend_day day,
                 int partner, bool ready, bool discreet, struct touch_change *out,
                 struct tend_err *err)
{
	struct answer a = { p, start, day, partner, ready, discreet };
	struct touch_change c;

	if (partner != 1 && partner != 2)
		return err_set(err, TEND_E_USAGE, "the partner is 1 or 2, not %d", partner);
	if (day == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "a stage answer needs a day");
	int rc = store_stage_change(s, answer_apply, &a, &c.before, &c.after, err);
	if (rc != TEND_OK)
		return rc;
	c.moved = c.before.stage != c.after.stage;
	if (out)
		*out = c;
	return TEND_OK;
}

/* Inside the store's transaction: one stage back from the day given. */
static int back_apply(struct store_stage *s, void *ctx, struct tend_err *err)
{
	const struct answer *a = ctx;

	if (s->stage <= 1)
		return err_set(err, TEND_E_USAGE, "you are at the first %s already",
		               stage_word(a->discreet));
	s->stage--;
	s->since = a->day;
	s->ready[0] = s->ready[1] = false;
	return TEND_OK;
}

int touch_step_back(struct store *s, tend_day day, bool discreet,
                    struct touch_change *out, struct tend_err *err)
{
	struct answer a = { .day = day, .discreet = discreet };
	struct touch_change c;

	if (day == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "a step back needs a day");
	int rc = store_stage_change(s, back_apply, &a, &c.before, &c.after, err);
	if (rc != TEND_OK)
		return rc;
	c.moved = true;
	if (out)
		*out = c;
	return TEND_OK;
}

/* Inside the store's transaction: put back what the change did. */
static int undo_apply(struct store_stage *s, void *ctx, struct tend_err *err)
{
	const struct touch_change *c = ctx;
	const struct store_stage *b = &c->before, *a = &c->after;
	bool moved = b->stage != a->stage;

	if (s->stage != a->stage || (moved && s->since != a->since))
		return err_set(err, TEND_E_CONFLICT, "the stage was changed elsewhere");
	if (moved) {
		*s = *b;
		return TEND_OK;
	}
	for (int p = 0; p < 2; p++)
		if (b->ready[p] != a->ready[p])
			s->ready[p] = b->ready[p];
	return TEND_OK;
}

int touch_undo(struct store *s, const struct touch_change *c, struct tend_err *err)
{
	return store_stage_change(s, undo_apply, (void *)c, NULL, NULL, err);
}
