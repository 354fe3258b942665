/* talk: the rules of the weekly talk (see talk.h). */
#include "tend/talk.h"

#include <stdlib.h>
#include <string.h>

#include "tend/store.h"
#include "tend/text.h"

static const char *const state_names[TALK_STATE_COUNT] = { "open", "agreed", "done" };
static const char *const field_names[TALK_FIELD_COUNT] = {
	"what", "impact", "ask", "hear", "sense", "commit", "support",
};
static const char *const field_labels[TALK_FIELD_COUNT] = {
	"What happened", "The impact", "The ask", "What I hear", "It makes sense because",
	"I can commit to", "I'll need support with",
};

void talk_clear(struct talk *t)
{
	if (!t)
		return;
	for (int f = 0; f < TALK_FIELD_COUNT; f++)
		free(t->text[f]);
	memset(t, 0, sizeof *t);
}

void talk_list_free(struct talk_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		talk_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

bool talk_copy(struct talk *dst, const struct talk *src)
{
	*dst = *src;
	for (int f = 0; f < TALK_FIELD_COUNT; f++)
		dst->text[f] = NULL;
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		if (src->text[f] && !(dst->text[f] = strdup(src->text[f]))) {
			talk_clear(dst);
			return false;
		}
	}
	return true;
}

const char *talk_state_name(int state)
{
	return state >= 0 && state < TALK_STATE_COUNT ? state_names[state] : "?";
}

bool talk_state_parse(const char *s, int *state)
{
	for (int i = 0; i < TALK_STATE_COUNT; i++)
		if (strcmp(s, state_names[i]) == 0) {
			*state = i;
			return true;
		}
	return false;
}

const char *talk_field_name(int field)
{
	return field >= 0 && field < TALK_FIELD_COUNT ? field_names[field] : "?";
}

const char *talk_field_label(int field)
{
	return field >= 0 && field < TALK_FIELD_COUNT ? field_labels[field] : "?";
}

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

int talk_check(const struct talk *t, struct tend_err *err)
{
	if (t->partner != 1 && t->partner != 2)
		return err_set(err, TEND_E_USAGE, "a talk is raised by partner 1 or 2");
	if (t->day == DAY_INVALID || !day_in_range(t->day))
		return err_set(err, TEND_E_USAGE, "a talk needs a day from 1900-01-01 to 9998-12-31");
	if (t->state < 0 || t->state >= TALK_STATE_COUNT)
		return err_set(err, TEND_E_USAGE, "a talk is open, agreed or done");
	if (blank(t->text[TALK_WHAT]))
		return err_set(err, TEND_E_USAGE, "say what happened (when X...)");
	if (blank(t->text[TALK_ASK]))
		return err_set(err, TEND_E_USAGE, "say the ask (can we...?)");
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		size_t n = t->text[f] ? text_count_chars(t->text[f]) : 0;
		if (n > TEXT_MAX_CHARS)
			return err_set(err, TEND_E_USAGE, "the %s text is %zu characters long; "
			               "%d at most, please", field_names[f], n, TEXT_MAX_CHARS);
	}
	return TEND_OK;
}

int talk_save(struct store *st, struct talk *t, struct tend_err *err)
{
	if (talk_check(t, err) != TEND_OK)
		return err->code;
	/* A text that says nothing is not kept: it reads as "not said". */
	for (int f = 0; f < TALK_FIELD_COUNT; f++)
		if (t->text[f] && blank(t->text[f]))
			t->text[f] = NULL;
	return t->id ? store_talk_update(st, t, err) : store_talk_add(st, t, err);
}

bool talk_can_move(int from, int to)
{
	return (from == TALK_OPEN && to == TALK_AGREED) ||
	       (from == TALK_AGREED && (to == TALK_DONE || to == TALK_OPEN)) ||
	       (from == TALK_DONE && to == TALK_AGREED);
}

int talk_move(struct store *st, struct talk *t, int state, tend_day day,
              struct tend_err *err)
{
	if (state == t->state)
		return err_set(err, TEND_E_USAGE, "talk %lld is already %s",
		               (long long)t->id, talk_state_name(state));
	if (state == TALK_DONE && t->state == TALK_OPEN)
		return err_set(err, TEND_E_USAGE, "talk %lld is still open: agree on "
		               "the ask first, then mark it done", (long long)t->id);
	if (!talk_can_move(t->state, state))
		return err_set(err, TEND_E_USAGE, "talk %lld is %s; it can go back one "
		               "step at a time", (long long)t->id, talk_state_name(t->state));
	int was = t->state;
	tend_day was_day = t->state_day;
	t->state = state;
	t->state_day = state == TALK_OPEN ? DAY_INVALID : day;
	if (store_talk_update(st, t, err) != TEND_OK) {
		t->state = was;
		t->state_day = was_day;
		return err->code;
	}
	return TEND_OK;
}

/* The phase on date, the after phase once the plan is over; NULL before. */
static const struct plan_phase *phase_on(const struct plan *p, tend_day start, tend_day date)
{
	int n = (int)(date - start) + 1;
	if (n < 1)
		return NULL;
	const struct plan_phase *ph = plan_phase_at(p, n);
	return ph ? ph : p->after;
}

bool talk_phase_asks(const struct plan *p, tend_day start, tend_day date)
{
	const struct plan_phase *ph = phase_on(p, start, date);
	for (size_t i = 0; ph && i < ph->n_tasks; i++)
		if (ph->tasks[i].measure == PLAN_TALK)
			return true;
	return false;
}

int talk_week_get(struct store *st, const struct plan *p, tend_day start,
                  tend_day date, struct talk_week *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->from = plan_week_start(start, date);
	out->to = out->from + 6;
	out->asked = talk_phase_asks(p, start, date);
	if (!st)
		return TEND_OK;
	return store_talk_count(st, out->from, out->to, &out->held, err);
}

const char *talk_week_word(const struct talk_week *w)
{
	return w->held > 0 ? "held" : "not yet";
}

bool talk_suggest_now(const struct talk_week *w, int minute, int day_starts_at,
                      int no_talks_after)
{
	if (!w->asked || w->held > 0)
		return false;
	/* Minutes since the tend day began, so that "late" runs past midnight
	 * until the next day starts. */
	int now = (minute - day_starts_at + 1440) % 1440;
	int late = (no_talks_after - day_starts_at + 1440) % 1440;
	return now < late;
}

int talk_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err)
{
	for (size_t i = 0; i < ps->n_tasks; i++) {
		struct plan_task_status *s = &ps->tasks[i];
		if (!s->task || s->task->measure != PLAN_TALK)
			continue;
		s->done = 0;
		if (s->task->cadence == PLAN_DAILY) {
			for (tend_day d = s->from; d <= s->to; d++) {
				int n = 0;
				if (store_talk_count(st, d, d, &n, err) != TEND_OK)
					return err->code;
				s->done += n > 0;
			}
		} else if (store_talk_count(st, s->from, s->to, &s->done, err) != TEND_OK) {
			return err->code;
		}
		s->met = s->done >= s->target;
	}
	return TEND_OK;
}

int talk_transparency_get(struct store *st, const struct plan *p, tend_day start,
                          tend_day date, struct talk_transparency *out,
                          struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->ended_on = DAY_INVALID;
	const struct plan_phase *ph = phase_on(p, start, date);
	for (size_t i = 0; ph && i < ph->n_tasks && !out->task; i++)
		if (ph->tasks[i].transparency)
			out->task = &ph->tasks[i];
	if (st && store_transparency_get(st, &out->ended_on, err) != TEND_OK)
		return err->code;
	/* Ended is ended: a decision from before date holds in later phases. */
	if (out->ended_on != DAY_INVALID && out->ended_on > date)
		out->ended_on = DAY_INVALID;
	out->active = out->task && out->ended_on == DAY_INVALID;
	return TEND_OK;
}

int talk_transparency_end(struct store *st, const struct plan *p, tend_day start,
                          tend_day day, struct tend_err *err)
{
	struct talk_transparency tr;
	if (talk_transparency_get(st, p, start, day, &tr, err) != TEND_OK)
		return err->code;
	if (!tr.task)
		return err_set(err, TEND_E_USAGE, "the plan asks for no transparency now; "
		               "there is nothing to end");
	if (!tr.active) {
		char d[11];
		day_format(tr.ended_on, d);
		return err_set(err, TEND_E_USAGE, "transparency already ended on %s", d);
	}
	return store_transparency_set(st, day, err);
}
