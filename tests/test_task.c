/* Unit tests for task.c: the shared load's rules (twelve jobs, one owner
 * each kept with its day, the monthly review from the list's start) and
 * its tables in the store. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/plan.h"
#include "tend/task.h"
#include "tend/text.h"

#include "practice_fixture.h"

static tend_day ymd(int y, int m, int d)
{
	return day_from_ymd(y, m, d);
}

/* A job as the CLI or the tab would make it (the fields are copied). */
static struct store_task job(const char *name, int owner, const char *every, tend_day day)
{
	struct store_task t = { .owner = owner, .day = day };
	t.name = strdup(name);
	t.done = strdup("done when it is done");
	t.cadence = strdup(every);
	return t;
}

static void assert_day(tend_day got, int y, int m, int d)
{
	char a[16], b[16];
	day_format(got, a);
	day_format(ymd(y, m, d), b);
	assert_string_equal(a, b);
}

static void test_month_add(void **state)
{
	(void)state;
	tend_day jan31 = ymd(2026, 1, 31);
	assert_day(task_month_add(jan31, 1), 2026, 2, 28);
	assert_day(task_month_add(jan31, 2), 2026, 3, 31);
	assert_day(task_month_add(jan31, 3), 2026, 4, 30);
	assert_day(task_month_add(jan31, 11), 2026, 12, 31);
	assert_day(task_month_add(jan31, 12), 2027, 1, 31);
	/* Leap years: 29 Feb in 2028, 2000; 28 Feb in 2100. */
	assert_day(task_month_add(ymd(2028, 1, 31), 1), 2028, 2, 29);
	assert_day(task_month_add(ymd(2028, 1, 30), 1), 2028, 2, 29);
	assert_day(task_month_add(ymd(2000, 1, 29), 1), 2000, 2, 29);
	assert_day(task_month_add(ymd(2100, 1, 29), 1), 2100, 2, 28);
	/* Made on 29 Feb: the 29th after, and 28 Feb in the next common year. */
	tend_day feb29 = ymd(2028, 2, 29);
	assert_day(task_month_add(feb29, 1), 2028, 3, 29);
	assert_day(task_month_add(feb29, 12), 2029, 2, 28);
	assert_day(task_month_add(feb29, 48), 2032, 2, 29);
	assert_day(task_month_add(ymd(2026, 11, 30), 3), 2027, 2, 28);
	assert_day(task_month_add(ymd(2026, 12, 15), 1), 2027, 1, 15);
	assert_int_equal(task_month_add(ymd(9998, 12, 1), 1), DAY_INVALID);
	assert_int_equal(task_month_add(DAY_INVALID, 1), DAY_INVALID);
}

static void test_review_next(void **state)
{
	(void)state;
	tend_day made = ymd(2026, 1, 31);
	/* No review yet: a month after the list was made. */
	assert_day(task_review_next(made, DAY_INVALID), 2026, 2, 28);
	/* Reviewed on its day: the next month's, from the start's day (31). */
	assert_day(task_review_next(made, ymd(2026, 2, 28)), 2026, 3, 31);
	/* A few days early still counts for that month. */
	assert_day(task_review_next(made, ymd(2026, 3, 26)), 2026, 4, 30);
	/* Too early: the coming one is still ahead. */
	assert_day(task_review_next(made, ymd(2026, 3, 10)), 2026, 3, 31);
	/* Late, long after: the next day not covered. */
	assert_day(task_review_next(made, ymd(2026, 8, 2)), 2026, 8, 31);
	assert_day(task_review_next(made, ymd(2026, 8, 27)), 2026, 9, 30);
	/* Across the year, and 29 Feb in a leap year. */
	assert_day(task_review_next(ymd(2027, 12, 31), ymd(2028, 1, 31)), 2028, 2, 29);
	assert_day(task_review_next(ymd(2027, 12, 31), ymd(2028, 2, 29)), 2028, 3, 31);
	/* A review from before the list (a list made again) does not count. */
	assert_day(task_review_next(made, ymd(2025, 12, 1)), 2026, 2, 28);
	assert_int_equal(task_review_next(DAY_INVALID, DAY_INVALID), DAY_INVALID);
}

static void test_review_due(void **state)
{
	(void)state;
	struct store_task_state s = { .made = DAY_INVALID, .reviewed = DAY_INVALID };
	assert_false(task_review_due(&s, ymd(2026, 6, 1)));
	s.made = ymd(2026, 11, 16);
	assert_false(task_review_due(&s, ymd(2026, 12, 15)));
	assert_true(task_review_due(&s, ymd(2026, 12, 16)));
	assert_true(task_review_due(&s, ymd(2027, 1, 3)));
	s.reviewed = ymd(2026, 12, 17);
	assert_false(task_review_due(&s, ymd(2026, 12, 18)));
	assert_true(task_review_due(&s, ymd(2027, 1, 16)));
}

static void test_cadence(void **state)
{
	(void)state;
	char c[TASK_CADENCE_MAX + 1], says[64];
	static const char *const in[][2] = {
		{ "daily", "daily" }, { " Weekly ", "weekly" }, { "2 per week", "2 per week" },
		{ "2  PER   week", "2 per week" }, { "1 per week", "weekly" },
		{ "monthly", "monthly" }, { "3 per month", "3 per month" },
		{ "quarterly", "quarterly" }, { "fortnightly", "fortnightly" },
		{ "yearly", "yearly" }, { "4 per day", "4 per day" },
	};
	for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
		assert_true(task_cadence_parse(in[i][0], c, sizeof c));
		assert_string_equal(c, in[i][1]);
	}
	static const char *const bad[] = {
		"", "  ", "once", "8 per week", "0 per week", "-1 per day", "2 per fortnight",
		"2per week", "2 per week please", "weekly\n", "w\xc3\xa9\x65kly", "often",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(task_cadence_parse(bad[i], c, sizeof c));
	task_cadence_describe("2 per week", says, sizeof says);
	assert_string_equal(says, "twice a week");
	task_cadence_describe("3 per month", says, sizeof says);
	assert_string_equal(says, "3 times a month");
	task_cadence_describe("daily", says, sizeof says);
	assert_string_equal(says, "every day");
	task_cadence_describe("quarterly", says, sizeof says);
	assert_string_equal(says, "every three months");
}

static void test_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct store_task t = job("Laundry", 1, "weekly", ymd(2026, 11, 16));
	assert_int_equal(task_check(&t, &err), TEND_OK);
	t.owner = 3;
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "a job has one owner: partner 1 or 2");
	t.owner = 2;
	free(t.cadence);
	t.cadence = strdup("now and then");
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "how often does it come round?"));
	free(t.cadence);
	t.cadence = strdup("monthly");
	free(t.name);
	t.name = strdup("Bins\n\x1b[31m");
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "the job's name contains a control character");
	free(t.name);
	t.name = strdup("");
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	free(t.name);
	t.name = malloc(TASK_NAME_MAX_CHARS + 2);
	memset(t.name, 'a', TASK_NAME_MAX_CHARS + 1);
	t.name[TASK_NAME_MAX_CHARS + 1] = '\0';
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "61 characters long; 60 at most"));
	t.name[TASK_NAME_MAX_CHARS] = '\0';
	assert_int_equal(task_check(&t, &err), TEND_OK);
	free(t.done);
	t.done = malloc(TEXT_MAX_CHARS + 2);
	memset(t.done, 'x', TEXT_MAX_CHARS + 1);
	t.done[TEXT_MAX_CHARS + 1] = '\0';
	assert_int_equal(task_check(&t, &err), TEND_E_USAGE);
	t.done[TEXT_MAX_CHARS] = '\0';
	assert_int_equal(task_check(&t, &err), TEND_OK);
	store_task_clear(&t);
}

static const char *const names[] = {
	"Laundry", "Groceries", "Bills", "Dinners", "Birthdays", "School forms",
	"Car", "Bins", "Dentist visits", "Plants", "Cleaning", "Holidays", "Taxes",
};

/* Twelve go in; the thirteenth is refused and nothing is saved. */
static void test_twelve(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	for (int i = 0; i < TASK_MAX; i++) {
		struct store_task t = job(names[i], 1 + i % 2, "weekly", ymd(2026, 11, 16));
		assert_int_equal(task_add(p->app.st, &t, &err), TEND_OK);
		assert_true(t.id > 0 && t.uid != 0);
		store_task_clear(&t);
	}
	struct store_task t = job(names[12], 1, "yearly", ymd(2026, 11, 17));
	assert_int_equal(task_add(p->app.st, &t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "the list already holds 12 jobs, the most it keeps; "
	                    "remove one or fold two together first");
	store_task_clear(&t);
	struct store_task_list l;
	assert_int_equal(store_task_list(p->app.st, &l, &err), TEND_OK);
	assert_int_equal(l.n, 12);
	/* The first partner's jobs first. */
	assert_int_equal(l.v[0].owner, 1);
	assert_int_equal(l.v[11].owner, 2);
	/* Removing one makes room again. */
	assert_int_equal(task_remove(p->app.st, &l.v[0], &err), TEND_OK);
	store_task_list_free(&l);
	t = job(names[12], 1, "yearly", ymd(2026, 11, 17));
	assert_int_equal(task_add(p->app.st, &t, &err), TEND_OK);
	store_task_clear(&t);
}

static void test_same_name(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct store_task a = job("Laundry", 1, "2 per week", ymd(2026, 11, 16));
	struct store_task b = job("LAUNDRY", 2, "weekly", ymd(2026, 11, 16));
	assert_int_equal(task_add(p->app.st, &a, &err), TEND_OK);
	assert_string_equal(a.cadence, "2 per week");
	assert_int_equal(task_add(p->app.st, &b, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "there is already a job called that; give this one "
	                    "another name");
	free(b.name);
	b.name = strdup("Bins");
	assert_int_equal(task_add(p->app.st, &b, &err), TEND_OK);
	/* Renaming into another job's name is refused too. */
	free(b.name);
	b.name = strdup("laundry");
	assert_int_equal(task_edit(p->app.st, &b, &err), TEND_E_USAGE);
	free(b.name);
	b.name = strdup("Bins and recycling");
	int64_t rev = b.rev;
	assert_int_equal(task_edit(p->app.st, &b, &err), TEND_OK);
	assert_int_equal(b.rev, rev + 1);
	/* A stale edit loses. */
	b.rev = rev;
	assert_int_equal(task_edit(p->app.st, &b, &err), TEND_E_CONFLICT);
	struct store_task_list l;
	assert_int_equal(store_task_list(p->app.st, &l, &err), TEND_OK);
	assert_int_equal(task_find(&l, "bins AND recycling", &err), 1);
	assert_int_equal(task_find(&l, "1", &err), 0);
	assert_int_equal(task_find(&l, "3", &err), -1);
	assert_int_equal(task_find(&l, "Bins", &err), -1);
	store_task_list_free(&l);
	store_task_clear(&a);
	store_task_clear(&b);
}

/* A change of owner is kept with its day, and can be taken back. */
static void test_owner_history(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct store_task t = job("Dinners", 1, "daily", ymd(2026, 11, 16));
	assert_int_equal(task_add(p->app.st, &t, &err), TEND_OK);
	int64_t change = 0;
	assert_int_equal(task_give(p->app.st, &t, 1, ymd(2026, 11, 20), &change, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "that job is already theirs");
	assert_int_equal(task_give(p->app.st, &t, 2, ymd(2026, 11, 20), &change, &err), TEND_OK);
	assert_int_equal(t.owner, 2);
	struct store_task_events h;
	assert_int_equal(store_task_history(p->app.st, &h, &err), TEND_OK);
	assert_int_equal(h.n, 2);
	assert_true(h.v[0].first);
	assert_int_equal(h.v[0].owner, 1);
	assert_int_equal(h.v[0].day, ymd(2026, 11, 16));
	assert_false(h.v[1].first);
	assert_int_equal(h.v[1].owner, 2);
	assert_int_equal(h.v[1].day, ymd(2026, 11, 20));
	assert_string_equal(h.v[1].name, "Dinners");
	store_task_events_free(&h);
	assert_int_equal(store_task_owner_undo(p->app.st, &t, 1, change, &err), TEND_OK);
	assert_int_equal(t.owner, 1);
	assert_int_equal(store_task_history(p->app.st, &h, &err), TEND_OK);
	assert_int_equal(h.n, 1);
	store_task_events_free(&h);
	store_task_clear(&t);
}

/* The list starts with its first job, and the review is recorded dated. */
static void test_list_and_review(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct store_task_state s;
	int64_t id, uid;
	assert_int_equal(task_review_mark(p->app.st, ymd(2026, 12, 16), &id, &uid, &err),
	                 TEND_E_USAGE);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.made, DAY_INVALID);
	struct store_task a = job("Bills", 2, "monthly", ymd(2026, 11, 16));
	struct store_task b = job("Plants", 1, "weekly", ymd(2026, 11, 18));
	assert_int_equal(task_add(p->app.st, &a, &err), TEND_OK);
	assert_int_equal(task_add(p->app.st, &b, &err), TEND_OK);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.made, ymd(2026, 11, 16));
	assert_true(task_review_due(&s, ymd(2026, 12, 16)));
	assert_int_equal(task_review_mark(p->app.st, ymd(2026, 12, 17), &id, &uid, &err), TEND_OK);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.reviewed, ymd(2026, 12, 17));
	assert_false(task_review_due(&s, ymd(2026, 12, 20)));
	assert_day(task_review_next(s.made, s.reviewed), 2027, 1, 16);
	/* Undo of the review. */
	assert_int_equal(store_task_review_delete(p->app.st, id, uid, &err), TEND_OK);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.reviewed, DAY_INVALID);
	/* An emptied list has no start; undoing the removal brings one back. */
	assert_int_equal(task_remove(p->app.st, &a, &err), TEND_OK);
	assert_int_equal(task_remove(p->app.st, &b, &err), TEND_OK);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.made, DAY_INVALID);
	assert_int_equal(store_task_undelete(p->app.st, b.id, b.uid, &err), TEND_OK);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.made, ymd(2026, 11, 18));
	/* Purged for good: the removed job and its history go. */
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_int_equal(store_task_undelete(p->app.st, a.id, a.uid, &err), TEND_E_CONFLICT);
	struct store_task_events h;
	assert_int_equal(store_task_history(p->app.st, &h, &err), TEND_OK);
	assert_int_equal(h.n, 1);
	store_task_events_free(&h);
	/* Forget erases it all. */
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	struct store_task_list l;
	assert_int_equal(store_task_list(p->app.st, &l, &err), TEND_OK);
	assert_int_equal(l.n, 0);
	assert_int_equal(store_task_state(p->app.st, &s, &err), TEND_OK);
	assert_int_equal(s.made, DAY_INVALID);
	store_task_clear(&a);
	store_task_clear(&b);
}

/* Whether the file at path holds the bytes s. */
static bool file_has(const char *path, const char *s)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	size_t n = strlen(s), got, have = 0;
	char buf[8192 + 64];
	bool found = false;
	while (!found && (got = fread(buf + have, 1, sizeof buf - have, f)) > 0) {
		have += got;
		for (size_t i = 0; i + n <= have && !found; i++)
			found = memcmp(buf + i, s, n) == 0;
		/* Keep the tail, in case s straddles two reads. */
		size_t keep = have < n ? have : n - 1;
		memmove(buf, buf + have - keep, keep);
		have = keep;
	}
	fclose(f);
	return found;
}

/* A removed job, and a review taken back, leave the daily backup too. */
static void test_erase_reaches_backups(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct store_task a = job("KIWI-JOB", 1, "weekly", ymd(2026, 11, 16));
	struct store_task b = job("KEEP-JOB", 2, "weekly", ymd(2026, 11, 16));
	assert_int_equal(task_add(p->app.st, &a, &err), TEND_OK);
	assert_int_equal(task_add(p->app.st, &b, &err), TEND_OK);
	char *dir = store_backup_dir(p->app.st);
	assert_int_equal(store_backup_daily(p->app.st, dir, ymd(2026, 11, 16), 7, &err), TEND_OK);
	char daily[512];
	snprintf(daily, sizeof daily, "%s/tend-2026-11-16.db", dir);
	assert_true(file_has(daily, "KIWI-JOB"));
	assert_int_equal(task_remove(p->app.st, &a, &err), TEND_OK);
	assert_int_equal(task_erase(p->app.st, &a, &err), TEND_OK);
	assert_false(file_has(daily, "KIWI-JOB"));
	assert_true(file_has(daily, "KEEP-JOB"));
	assert_false(file_has(p->path, "KIWI-JOB"));
	/* The purge at close reaches them too. */
	assert_int_equal(task_remove(p->app.st, &b, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_false(file_has(daily, "KEEP-JOB"));
	free(dir);
	store_task_clear(&a);
	store_task_clear(&b);
}

/* The plan's list-of-twelve task ticks itself once the list is made. */
static void test_plan_proof(void **state)
{
	(void)state;
	struct plan_task t = { .key = "top-12", .cadence = PLAN_ONCE, .measure = PLAN_TASKS };
	struct plan_task other = { .key = "ritual", .cadence = PLAN_ONCE };
	struct plan_status s = { .n_tasks = 2 };
	s.tasks[0].task = &t;
	s.tasks[1].task = &other;
	plan_status_proof(&s, PLAN_TASKS, DAY_INVALID, ymd(2026, 11, 20));
	assert_false(s.tasks[0].met);
	plan_status_proof(&s, PLAN_TASKS, ymd(2026, 11, 21), ymd(2026, 11, 20));
	assert_false(s.tasks[0].met);
	plan_status_proof(&s, PLAN_TASKS, ymd(2026, 11, 20), ymd(2026, 11, 20));
	assert_true(s.tasks[0].met);
	assert_int_equal(s.tasks[0].done, 1);
	assert_false(s.tasks[1].met);
}

/* The status of the installed plan's "owners" task (days 43-56) on day
 * n of a plan started on 9 Nov 2026, filled in from the shared load's log. */
static struct plan_task_status owners_status(struct practice *p, const struct plan *plan,
                                             int n)
{
	struct tend_err err = { 0 };
	struct entry_list none = { 0 };
	struct plan_status ps;
	tend_day start = ymd(2026, 11, 9);
	plan_status(plan, start, start + n - 1, &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(task_plan_fill(p->app.st, &ps, &err), TEND_OK);
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (strcmp(ps.tasks[i].task->key, "owners") == 0)
			return ps.tasks[i];
	fail_msg("no owners task on day %d", n);
	return ps.tasks[0];
}

/* "Look over who owns which job" ticks itself with a review of the list,
 * or a job given to the other, in its phase; the list's making and a
 * review before the phase do not count. */
static void test_plan_owners(void **state)
{
	struct practice *p = *state;
	struct plan plan;
	struct tend_err err = { 0 };
	assert_int_equal(plan_load(TEST_SRCDIR "/../data/plan.conf", 0, &plan, &err), TEND_OK);
	struct store_task t = job("Bins", 1, "weekly", ymd(2026, 11, 23));
	assert_int_equal(task_add(p->app.st, &t, &err), TEND_OK);
	int64_t id, uid;
	assert_int_equal(task_review_mark(p->app.st, ymd(2026, 12, 20), &id, &uid, &err),
	                 TEND_OK); /* day 42: the phase before */
	struct plan_task_status s = owners_status(p, &plan, 45);
	assert_false(s.by_hand);
	assert_false(s.met);
	assert_int_equal(s.done, 0);
	/* Day 47 (25 Dec): the bins go to the other: a look at the list. */
	int64_t change;
	assert_int_equal(task_give(p->app.st, &t, 2, ymd(2026, 12, 25), &change, &err), TEND_OK);
	s = owners_status(p, &plan, 47);
	assert_true(s.met);
	assert_int_equal(s.done, 1);
	/* Undone, it no longer counts; a review noted in the phase does. */
	assert_int_equal(store_task_owner_undo(p->app.st, &t, 1, change, &err), TEND_OK);
	s = owners_status(p, &plan, 47);
	assert_false(s.met);
	assert_int_equal(task_review_mark(p->app.st, ymd(2026, 12, 28), &id, &uid, &err),
	                 TEND_OK);
	s = owners_status(p, &plan, 56);
	assert_true(s.met);
	store_task_clear(&t);
	plan_free(&plan);
}

int main(void)
{
	(void)practice_count;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_month_add),
		cmocka_unit_test(test_review_next),
		cmocka_unit_test(test_review_due),
		cmocka_unit_test(test_cadence),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_plan_proof),
		cmocka_unit_test_setup_teardown(test_twelve, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_plan_owners, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_same_name, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_owner_history, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_list_and_review, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_erase_reaches_backups, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
