/* objective: the rules of the two sentences and the origin of the rough
 * patch, shared by the command line, the dashboard and the printed plan. */
#include "tend/objective.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/plan.h"
#include "tend/text.h"

void objective_list_free(struct objective_list *l)
{
	for (size_t i = 0; l && i < l->n; i++) {
		free(l->v[i].problem);
		free(l->v[i].outcome);
	}
	if (l) {
		free(l->v);
		memset(l, 0, sizeof *l);
	}
}

void objective_state_free(struct objective_state *s)
{
	if (s)
		objective_list_free(&s->all);
}

int objective_load(struct store *st, struct objective_state *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->current[0] = out->current[1] = -1;
	out->origin_day = DAY_INVALID;
	if (store_objective_list(st, &out->all, err) != TEND_OK ||
	    store_objective_origin_get(st, &out->origin, &out->origin_day, &out->origin_id,
	                               &out->origin_uid, err) != TEND_OK) {
		objective_state_free(out);
		return err->code;
	}
	/* Oldest first: the last written version of each partner is theirs now. */
	for (size_t i = 0; i < out->all.n; i++) {
		const struct objective_version *v = &out->all.v[i];
		if (!v->kept && (v->partner == 1 || v->partner == 2))
			out->current[v->partner - 1] = (int)i;
	}
	return TEND_OK;
}

const struct objective_version *objective_current(const struct objective_state *s,
                                                  int partner)
{
	if ((partner != 1 && partner != 2) || s->current[partner - 1] < 0)
		return NULL;
	return &s->all.v[s->current[partner - 1]];
}

bool objective_both(const struct objective_state *s)
{
	return objective_current(s, 1) && objective_current(s, 2);
}

void objective_progress(const struct objective_state *s, const char *name1,
                        const char *name2, char *buf, size_t size)
{
	bool one = objective_current(s, 1) != NULL, two = objective_current(s, 2) != NULL;
	if (one && two)
		snprintf(buf, size, "You have both written yours.");
	else if (one || two)
		snprintf(buf, size, "%s has written theirs; %s's are still to come.",
		         one ? name1 : name2, one ? name2 : name1);
	else
		snprintf(buf, size, "Neither of you has written yours yet.");
}

/* Whether s holds nothing but spaces, tabs and line breaks. */
static bool blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

int objective_check_text(const char *what, const char *text, struct tend_err *err)
{
	if (!text || blank(text))
		return err_set(err, TEND_E_USAGE, "the %s is empty: write it in a sentence", what);
	size_t n = text_count_chars(text);
	if (n > TEXT_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "the %s is %zu characters long; %d at most, please",
		               what, n, TEXT_MAX_CHARS);
	return TEND_OK;
}

static int check_partner(int partner, tend_day day, struct tend_err *err)
{
	if (partner != 1 && partner != 2)
		return err_set(err, TEND_E_USAGE, "the two sentences are written by partner 1 or 2");
	if (day == DAY_INVALID || !day_in_range(day))
		return err_set(err, TEND_E_USAGE, "the two sentences need a day from 1900-01-01 "
		               "to 9998-12-31");
	return TEND_OK;
}

/* Save a kept mark for partner on day. */
static int save_mark(struct store *st, int partner, tend_day day,
                     struct objective_version *out, struct tend_err *err)
{
	struct objective_version v = { .partner = partner, .day = day, .kept = true };
	int rc = store_objective_add(st, &v, err);
	if (rc == TEND_OK && out)
		*out = v;
	return rc;
}

int objective_write(struct store *st, int partner, tend_day day, const char *problem,
                    const char *outcome, struct objective_version *out,
                    struct tend_err *err)
{
	if (check_partner(partner, day, err))
		return err->code;
	if ((problem && objective_check_text("problem", problem, err)) ||
	    (outcome && objective_check_text("outcome", outcome, err)))
		return err->code;
	struct objective_state s;
	if (objective_load(st, &s, err))
		return err->code;
	const struct objective_version *now = objective_current(&s, partner);
	int rc = TEND_OK;
	if (!now && (!problem || !outcome)) {
		rc = err_set(err, TEND_E_USAGE, "the first time, write both: the problem and "
		             "the outcome you want");
	} else if (now && (!problem || !strcmp(problem, now->problem)) &&
	           (!outcome || !strcmp(outcome, now->outcome))) {
		rc = save_mark(st, partner, day, out, err);
	} else {
		struct objective_version v = {
			.partner = partner, .day = day,
			.problem = (char *)(problem ? problem : now->problem),
			.outcome = (char *)(outcome ? outcome : now->outcome),
		};
		rc = store_objective_add(st, &v, err);
		if (rc == TEND_OK && out) {
			*out = v;
			/* What was carried over belongs to s, freed below. */
			out->problem = (char *)problem;
			out->outcome = (char *)outcome;
		}
	}
	objective_state_free(&s);
	return rc;
}

int objective_keep(struct store *st, int partner, tend_day day,
                   struct objective_version *out, struct tend_err *err)
{
	if (check_partner(partner, day, err))
		return err->code;
	struct objective_state s;
	if (objective_load(st, &s, err))
		return err->code;
	bool written = objective_current(&s, partner) != NULL;
	objective_state_free(&s);
	if (!written)
		return err_set(err, TEND_E_USAGE, "there is nothing to keep yet: write your two "
		               "sentences first");
	return save_mark(st, partner, day, out, err);
}

int objective_unsave(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	return store_objective_delete(st, id, uid, err);
}

const char *objective_origin_name(int origin)
{
	switch (origin) {
	case OBJECTIVE_ACUTE: return "acute";
	case OBJECTIVE_CUMULATIVE: return "cumulative";
	default: return "";
	}
}

int objective_origin_parse(const char *s)
{
	if (s && text_casecmp(s, "acute") == 0)
		return OBJECTIVE_ACUTE;
	if (s && text_casecmp(s, "cumulative") == 0)
		return OBJECTIVE_CUMULATIVE;
	return OBJECTIVE_ORIGIN_NONE;
}

const char *objective_origin_words(int origin, bool discreet)
{
	switch (origin) {
	case OBJECTIVE_ACUTE:
		return discreet ? "something sudden" : "a sudden blow (a betrayal, a lost job, an illness)";
	case OBJECTIVE_CUMULATIVE:
		return discreet ? "built up over time" : "years of small things that built up";
	default:
		return "";
	}
}

int objective_set_origin(struct store *st, int origin, tend_day day, int64_t *id,
                         int64_t *uid, struct tend_err *err)
{
	if (origin != OBJECTIVE_ACUTE && origin != OBJECTIVE_CUMULATIVE)
		return err_set(err, TEND_E_USAGE, "the origin is acute or cumulative");
	if (day == DAY_INVALID || !day_in_range(day))
		return err_set(err, TEND_E_USAGE, "the origin needs a day from 1900-01-01 to "
		               "9998-12-31");
	return store_objective_origin_add(st, origin, day, id, uid, err);
}

int objective_unset_origin(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	return store_objective_origin_delete(st, id, uid, err);
}

int objective_suggested_days(int origin)
{
	switch (origin) {
	case OBJECTIVE_ACUTE: return OBJECTIVE_ACUTE_DAYS;
	case OBJECTIVE_CUMULATIVE: return OBJECTIVE_CUMULATIVE_DAYS;
	default: return 0;
	}
}

/* plan_first_days: how long the loaded plan's first phase is now. The plan
 * is the couple's: these only say what to set, never set it. */
void objective_suggestion(int origin, int plan_first_days, char *buf, size_t size)
{
	int want = objective_suggested_days(origin);
	buf[0] = '\0';
	if (want == 0)
		return;
	const char *why = origin == OBJECTIVE_ACUTE
	                  ? "After a sudden blow, a longer steadying first phase helps"
	                  : "When things built up slowly, the usual steadying phase fits";
	if (plan_first_days == want)
		snprintf(buf, size, "%s: %d days, as your plan has.", why, want);
	else
		snprintf(buf, size, "%s: %d days (your plan has %d).", why, want, plan_first_days);
}

void objective_suggestion_how(int origin, const struct config *cfg, int plan_first_days,
                              char *buf, size_t size)
{
	int want = objective_suggested_days(origin);
	buf[0] = '\0';
	if (want == 0 || plan_first_days == want)
		return;
	snprintf(buf, size, "To follow it, set stabilization-days = %d in %s.", want,
	         cfg && cfg->path ? cfg->path : "your tend.conf");
}

/* Weeks 5 and 6 of the plan, and the first week of each quarter after the
 * 60 days: quarters start every PLAN_QUARTER_DAYS from day 1, as the plan's
 * quarterly tasks count them. */
bool objective_due_review(tend_day start, tend_day day, tend_day *from, tend_day *to)
{
	if (start == DAY_INVALID || day == DAY_INVALID || day < start)
		return false;
	int n = (int)(day - start) + 1;
	int first, last;
	if (n >= 29 && n <= 42) {
		first = 29;
		last = 42;
	} else if (n > 60 && (n - 1) % PLAN_QUARTER_DAYS < 7) {
		first = n - (n - 1) % PLAN_QUARTER_DAYS;
		last = first + 6;
	} else {
		return false;
	}
	if (from)
		*from = start + first - 1;
	if (to)
		*to = start + last - 1;
	return true;
}

bool objective_looked(const struct objective_state *s, int partner, tend_day start,
                      tend_day day)
{
	tend_day from, to;
	if (!objective_due_review(start, day, &from, &to))
		return false;
	for (size_t i = 0; i < s->all.n; i++) {
		const struct objective_version *v = &s->all.v[i];
		if (v->partner == partner && v->day >= from && v->day <= to)
			return true;
	}
	return false;
}

/* Whether partner wrote or kept theirs on a day from from to to. */
static bool looked_between(const struct objective_state *s, int partner, tend_day from,
                           tend_day to)
{
	for (size_t i = 0; i < s->all.n; i++) {
		const struct objective_version *v = &s->all.v[i];
		if (v->partner == partner && v->day >= from && v->day <= to)
			return true;
	}
	return false;
}

/* Both of them looked from from to to. */
static bool both_looked(const struct objective_state *s, tend_day from, tend_day to)
{
	return looked_between(s, 1, from, to) && looked_between(s, 2, from, to);
}

int objective_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err)
{
	bool any = false;
	for (size_t i = 0; i < ps->n_tasks; i++)
		any |= ps->tasks[i].task && ps->tasks[i].task->measure == PLAN_SENTENCES;
	if (!any)
		return TEND_OK;
	struct objective_state s = { .current = { -1, -1 } };
	if (st && objective_load(st, &s, err) != TEND_OK)
		return err->code;
	for (size_t i = 0; i < ps->n_tasks; i++) {
		struct plan_task_status *t = &ps->tasks[i];
		if (!t->task || t->task->measure != PLAN_SENTENCES)
			continue;
		t->by_hand = false;
		t->done = 0;
		if (t->task->cadence == PLAN_DAILY) {
			for (tend_day d = t->from; d <= t->to; d++)
				t->done += both_looked(&s, d, d);
		} else {
			t->target = 1;
			t->done = both_looked(&s, t->from, t->to);
		}
		t->met = t->done >= t->target;
	}
	objective_state_free(&s);
	return TEND_OK;
}

bool objective_look_pending(const struct objective_state *s, tend_day start, tend_day day)
{
	if (!objective_both(s) || !objective_due_review(start, day, NULL, NULL))
		return false;
	return !objective_looked(s, 1, start, day) || !objective_looked(s, 2, start, day);
}

bool objective_printable(const struct objective_state *s, const struct config *cfg,
                         struct plan_sentences *out)
{
	if (!cfg->print_objectives || !objective_both(s))
		return false;
	for (int p = 1; p <= 2; p++) {
		const struct objective_version *v = objective_current(s, p);
		out->problem[p - 1] = v->problem;
		out->outcome[p - 1] = v->outcome;
	}
	return true;
}

/* One demo version saved at a given minute of its day's evening. */
static int demo_version(struct store *st, int partner, tend_day day, int minute,
                        const char *problem, const char *outcome, struct tend_err *err)
{
	struct objective_version v = {
		.partner = partner, .day = day, .problem = (char *)problem,
		.outcome = (char *)outcome, .created_at = (int64_t)day_time_at(day, minute),
	};
	return store_objective_add(st, &v, err);
}

int objective_demo(struct store *st, tend_day start, struct tend_err *err)
{
	if (demo_version(st, 1, start + 1, 21 * 60, "We stopped really talking; evenings go "
	                 "by side by side on our phones.", "By spring, evenings that feel easy "
	                 "again, and one talk a week that doesn't turn into a fight.", err) ||
	    demo_version(st, 2, start + 2, 21 * 60 + 5, "I carry most of the planning and I "
	                 "feel alone with it.", "In three months, the house jobs shared so "
	                 "that I can rest on Sundays.", err) ||
	    demo_version(st, 2, start + 16, 21 * 60 + 30, "I carry most of the planning and I "
	                 "feel alone with it.", "In three months, the house jobs shared, and a "
	                 "Sunday that is ours.", err))
		return err->code;
	return objective_set_origin(st, OBJECTIVE_CUMULATIVE, start + 1, NULL, NULL, err);
}
