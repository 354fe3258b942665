/* task: the rules of the shared load (see task.h). */
#include "tend/task.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/plan.h"
#include "tend/text.h"

/* The cadences counted "N per UNIT", with the most N a unit takes. */
static const struct {
	const char *unit, *one; /* "week", and its word for N = 1 */
	int max;
} units[] = {
	{ "day", "daily", 10 },
	{ "week", "weekly", 7 },
	{ "month", "monthly", 30 },
	{ "year", "yearly", 52 },
};
/* Single words understood besides the units' own. */
static const char *const words[] = { "fortnightly", "quarterly" };

/* s in lower case, trimmed, with runs of spaces made one; false when it
 * does not fit out or is not plain ASCII (no cadence word is anything else). */
static bool cadence_fold(const char *s, char *out, size_t size)
{
	size_t n = 0;
	bool space = false;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c >= 0x80 || (c < 0x20 && c != '\t'))
			return false;
		if (c == ' ' || c == '\t') {
			space = n > 0;
			continue;
		}
		if (n + 2 + space >= size)
			return false;
		if (space)
			out[n++] = ' ';
		space = false;
		out[n++] = (char)tolower(c);
	}
	out[n] = '\0';
	return n > 0;
}

bool task_cadence_parse(const char *s, char *out, size_t size)
{
	char w[TASK_CADENCE_MAX + 1], unit[8];
	if (!s || !cadence_fold(s, w, sizeof w) || size < TASK_CADENCE_MAX)
		return false;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(w, words[i]))
			return snprintf(out, size, "%s", w) > 0;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (!strcmp(w, units[i].one))
			return snprintf(out, size, "%s", w) > 0;
	/* "N per UNIT", spelled exactly so (the text was folded above). */
	char *rest = NULL;
	long n = w[0] >= '1' && w[0] <= '9' ? strtol(w, &rest, 10) : 0;
	if (!rest || strncmp(rest, " per ", 5) != 0 || strlen(rest + 5) >= sizeof unit)
		return false;
	strcpy(unit, rest + 5);
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		if (strcmp(unit, units[i].unit) || n < 1 || n > units[i].max)
			continue;
		if (n == 1)
			return snprintf(out, size, "%s", units[i].one) > 0;
		return snprintf(out, size, "%ld per %s", n, unit) > 0;
	}
	return false;
}

void task_cadence_describe(const char *c, char *buf, size_t size)
{
	static const struct { const char *word, *says; } plain[] = {
		{ "daily", "every day" }, { "weekly", "once a week" },
		{ "fortnightly", "every two weeks" }, { "monthly", "once a month" },
		{ "quarterly", "every three months" }, { "yearly", "once a year" },
	};
	for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
		if (!strcmp(c, plain[i].word)) {
			snprintf(buf, size, "%s", plain[i].says);
			return;
		}
	}
	int n = 0;
	char unit[8];
	if (sscanf(c, "%d per %7s", &n, unit) != 2)
		snprintf(buf, size, "%s", c);
	else if (n == 2)
		snprintf(buf, size, "twice a %s", unit);
	else
		snprintf(buf, size, "%d times a %s", n, unit);
}

/* A one-line text: valid UTF-8 without control characters, 1..max characters. */
static int check_line(const char *s, const char *what, int max, struct tend_err *err)
{
	if (!s || !*s)
		return err_set(err, TEND_E_USAGE, "a job needs %s", what);
	const char *problem = text_problem(s);
	if (problem)
		return err_set(err, TEND_E_USAGE, "the job's %s %s", what, problem);
	size_t n = text_count_chars(s);
	if (n > (size_t)max)
		return err_set(err, TEND_E_USAGE, "the job's %s is %zu characters long; %d at "
		               "most, please", what, n, max);
	return TEND_OK;
}

int task_check(const struct store_task *t, struct tend_err *err)
{
	if (check_line(t->name, "name", TASK_NAME_MAX_CHARS, err))
		return TEND_E_USAGE;
	/* Only surrounding spaces would make two names look alike. */
	if (isspace((unsigned char)t->name[0]) || isspace((unsigned char)t->name[strlen(t->name) - 1]))
		return err_set(err, TEND_E_USAGE, "the job's name starts or ends with a space");
	if (t->owner != 1 && t->owner != 2)
		return err_set(err, TEND_E_USAGE, "a job has one owner: partner 1 or 2");
	const char *done = t->done ? t->done : "";
	if (!text_valid_utf8(done))
		return err_set(err, TEND_E_USAGE, "what done looks like is not valid UTF-8");
	size_t n = text_count_chars(done);
	if (n > TEXT_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "the text is %zu characters long; %d at most, "
		               "please", n, TEXT_MAX_CHARS);
	char canon[TASK_CADENCE_MAX + 1];
	if (!t->cadence || !task_cadence_parse(t->cadence, canon, sizeof canon))
		return err_set(err, TEND_E_USAGE, "how often does it come round? say daily, "
		               "weekly, monthly, quarterly, yearly or N per day, week, month "
		               "or year (e.g. \"2 per week\")");
	if (t->day == DAY_INVALID || !day_in_range(t->day))
		return err_set(err, TEND_E_USAGE, "a job needs a day from 1900-01-01 to 9998-12-31");
	return TEND_OK;
}

/* The store's check inside its transaction: room on the list, and a name
 * no other live job has. */
static int check_live(const struct store_task_list *live, const struct store_task *t,
                      struct tend_err *err)
{
	size_t others = 0;
	for (size_t i = 0; i < live->n; i++) {
		if (live->v[i].id == t->id)
			continue;
		others++;
		if (text_casecmp(live->v[i].name, t->name) == 0)
			return err_set(err, TEND_E_USAGE, "there is already a job called that; "
			               "give this one another name");
	}
	if (t->id == 0 && others >= TASK_MAX)
		return err_set(err, TEND_E_USAGE, "the list already holds %d jobs, the most it "
		               "keeps; remove one or fold two together first", TASK_MAX);
	return TEND_OK;
}

/* Check t and make its cadence canonical. */
static int prepare(struct store_task *t, struct tend_err *err)
{
	if (task_check(t, err))
		return TEND_E_USAGE;
	char canon[TASK_CADENCE_MAX + 1];
	task_cadence_parse(t->cadence, canon, sizeof canon);
	char *c = strdup(canon);
	if (!c)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	free(t->cadence);
	t->cadence = c;
	if (!t->done && !(t->done = strdup("")))
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

int task_add(struct store *st, struct store_task *t, struct tend_err *err)
{
	t->id = 0;
	if (prepare(t, err))
		return err->code;
	return store_task_add(st, t, check_live, err);
}

int task_edit(struct store *st, struct store_task *t, struct tend_err *err)
{
	if (prepare(t, err))
		return err->code;
	return store_task_update(st, t, check_live, err);
}

int task_give(struct store *st, struct store_task *t, int owner, tend_day day,
              int64_t *change, struct tend_err *err)
{
	if (owner != 1 && owner != 2)
		return err_set(err, TEND_E_USAGE, "a job has one owner: partner 1 or 2");
	if (owner == t->owner)
		return err_set(err, TEND_E_USAGE, "that job is already theirs");
	if (day == DAY_INVALID || !day_in_range(day))
		return err_set(err, TEND_E_USAGE, "a change of owner needs a day from 1900-01-01 "
		               "to 9998-12-31");
	return store_task_set_owner(st, t, owner, day, change, err);
}

int task_remove(struct store *st, const struct store_task *t, struct tend_err *err)
{
	return store_task_delete(st, t->id, t->uid, err);
}

int task_erase(struct store *st, const struct store_task *t, struct tend_err *err)
{
	return store_task_erase(st, false, t->id, t->uid, err);
}

int task_find(const struct store_task_list *l, const char *ref, struct tend_err *err)
{
	char *end = NULL;
	long n = ref[0] >= '1' && ref[0] <= '9' ? strtol(ref, &end, 10) : 0;
	if (end && *end == '\0') {
		if (n >= 1 && (size_t)n <= l->n)
			return (int)n - 1;
	}
	for (size_t i = 0; i < l->n; i++)
		if (text_casecmp(l->v[i].name, ref) == 0)
			return (int)i;
	if (l->n == 0)
		err_set(err, TEND_E_USAGE, "the list has no jobs yet");
	else
		err_set(err, TEND_E_USAGE, "no job is called that; give its name or its number "
		        "(1 to %zu) as `tend task` lists them", l->n);
	return -1;
}

static int month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

tend_day task_month_add(tend_day made, int k)
{
	if (made == DAY_INVALID || !day_in_range(made) || k < 0 || k > 12 * 10000)
		return DAY_INVALID;
	int y, m, d;
	day_to_ymd(made, &y, &m, &d);
	int months = (m - 1) + k;
	y += months / 12;
	m = months % 12 + 1;
	if (y > 9998)
		return DAY_INVALID;
	int last = month_days(y, m);
	return day_from_ymd(y, m, d < last ? d : last);
}

tend_day task_review_next(tend_day made, tend_day reviewed)
{
	if (made == DAY_INVALID || !day_in_range(made))
		return DAY_INVALID;
	int k = 1;
	if (reviewed != DAY_INVALID && reviewed >= made) {
		/* Start near the review's month, then step to the first review day
		 * the review does not cover. */
		int my, mm, md, ry, rm, rd;
		day_to_ymd(made, &my, &mm, &md);
		day_to_ymd(reviewed, &ry, &rm, &rd);
		k = (ry - my) * 12 + (rm - mm) - 1;
		if (k < 1)
			k = 1;
		tend_day covered = reviewed + TASK_REVIEW_EARLY_DAYS;
		tend_day next;
		while ((next = task_month_add(made, k)) != DAY_INVALID && next <= covered)
			k++;
		return next;
	}
	return task_month_add(made, k);
}

bool task_review_due(const struct store_task_state *s, tend_day today)
{
	if (s->made == DAY_INVALID)
		return false;
	tend_day next = task_review_next(s->made, s->reviewed);
	return next != DAY_INVALID && today >= next;
}

int task_review_mark(struct store *st, tend_day today, int64_t *id, int64_t *uid,
                     struct tend_err *err)
{
	struct store_task_state s;
	if (store_task_state(st, &s, err))
		return err->code;
	if (s.made == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "there is no list of jobs to review yet; add "
		               "the first with `tend task add`");
	if (today < s.made)
		return err_set(err, TEND_E_USAGE, "the list was made after that day");
	return store_task_review_add(st, today, id, uid, err);
}

/* Looks at the list from from to to: reviews, and changes of owner after
 * a job's first. */
static int looks_between(const struct store_task_events *h, tend_day from, tend_day to)
{
	int n = 0;
	for (size_t i = 0; i < h->n; i++) {
		const struct store_task_event *e = &h->v[i];
		bool look = e->type == STORE_TASK_REVIEW || (e->type == STORE_TASK_OWNER && !e->first);
		n += look && e->day >= from && e->day <= to;
	}
	return n;
}

int task_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err)
{
	bool any = false;
	for (size_t i = 0; i < ps->n_tasks; i++)
		any |= ps->tasks[i].task && ps->tasks[i].task->measure == PLAN_TASK_REVIEW;
	if (!any)
		return TEND_OK;
	struct store_task_events h = { 0 };
	if (st && store_task_history(st, &h, err) != TEND_OK) {
		store_task_events_free(&h);
		return err->code;
	}
	for (size_t i = 0; i < ps->n_tasks; i++) {
		struct plan_task_status *t = &ps->tasks[i];
		if (!t->task || t->task->measure != PLAN_TASK_REVIEW)
			continue;
		t->by_hand = false;
		t->done = 0;
		if (t->task->cadence == PLAN_DAILY) {
			for (tend_day d = t->from; d <= t->to; d++)
				t->done += looks_between(&h, d, d) > 0;
		} else {
			t->done = looks_between(&h, t->from, t->to);
		}
		t->met = t->done >= t->target;
	}
	store_task_events_free(&h);
	return TEND_OK;
}
