/* Unit tests for window.c: what a window may be, which days and minutes
 * have one, the next one, the words, and set, clear and undo through the
 * store (one live window a slot; a change elsewhere is a conflict). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/plan.h"
#include "tend/window.h"

#include "practice_fixture.h"

/* The fixture's entry counter is for the entry kinds; windows have none. */
static void unused_counter(void) { (void)practice_count; }

static void test_parse(void **state)
{
	(void)state;
	unused_counter();
	int v;
	assert_true(window_parse_weekday("thu", &v));
	assert_int_equal(v, DAY_THU);
	assert_true(window_parse_weekday("Sunday", &v));
	assert_int_equal(v, DAY_SUN);
	assert_true(window_parse_weekday("MON", &v));
	assert_int_equal(v, DAY_MON);
	assert_false(window_parse_weekday("th", &v));
	assert_false(window_parse_weekday("", &v));
	assert_false(window_parse_weekday(NULL, &v));

	assert_true(window_parse_length("90", &v));
	assert_int_equal(v, 90);
	assert_true(window_parse_length("45m", &v));
	assert_int_equal(v, 45);
	assert_true(window_parse_length("2h", &v));
	assert_int_equal(v, 120);
	assert_true(window_parse_length("1h30", &v));
	assert_int_equal(v, 90);
	assert_false(window_parse_length("1h75", &v));
	assert_false(window_parse_length("h", &v));
	assert_false(window_parse_length("-5", &v));
	assert_false(window_parse_length("99999", &v));
	assert_false(window_parse_length("90 min extra", &v));

	assert_true(window_parse_slot("2", &v));
	assert_int_equal(v, 2);
	assert_false(window_parse_slot("3", &v));
	assert_false(window_parse_slot("12", &v));
}

static void test_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	assert_int_equal(window_check(1, DAY_THU, 20 * 60 + 30, 90, &err), TEND_OK);
	assert_int_equal(window_check(2, DAY_SUN, 0, 0, &err), TEND_OK);
	assert_int_equal(window_check(3, DAY_SUN, 0, 0, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "there are two windows: 1 or 2");
	assert_int_equal(window_check(1, 7, 0, 0, &err), TEND_E_USAGE);
	assert_int_equal(window_check(1, DAY_MON, 24 * 60, 0, &err), TEND_E_USAGE);
	assert_int_equal(window_check(1, DAY_MON, 60, 5, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "10 minutes to 12 hours"));
	assert_int_equal(window_check(1, DAY_MON, 60, 721, &err), TEND_E_USAGE);
}

/* Window 1: Thursday 20:30 for 90 minutes; window 2: Sunday 23:30, no
 * length (so an hour, into Monday). */
static void two_windows(struct store_window v[2])
{
	memset(v, 0, 2 * sizeof *v);
	v[0] = (struct store_window){ .id = 1, .slot = 1, .weekday = DAY_THU,
	                              .at = 20 * 60 + 30, .minutes = 90 };
	v[1] = (struct store_window){ .id = 2, .slot = 2, .weekday = DAY_SUN, .at = 23 * 60 + 30 };
}

static void test_days_and_minutes(void **state)
{
	(void)state;
	struct store_window v[2];
	two_windows(v);
	assert_int_equal(window_on(v, DAY_THU, true), 1u);
	assert_int_equal(window_on(v, DAY_SUN, true), 2u);
	assert_int_equal(window_on(v, DAY_MON, true), 0u);
	/* Before the phase that asks for them, no day has one. */
	assert_int_equal(window_on(v, DAY_THU, false), 0u);

	assert_int_equal(window_open_at(v, DAY_THU, 20 * 60 + 29), 0);
	assert_int_equal(window_open_at(v, DAY_THU, 20 * 60 + 30), 1);
	assert_int_equal(window_open_at(v, DAY_THU, 21 * 60 + 59), 1);
	assert_int_equal(window_open_at(v, DAY_THU, 22 * 60), 0);
	/* Past midnight, into the next week's Monday. */
	assert_int_equal(window_open_at(v, DAY_MON, 10), 2);
	assert_int_equal(window_open_at(v, DAY_MON, 30), 0);

	int ahead = -1;
	assert_int_equal(window_next(v, DAY_THU, 12 * 60, &ahead), 1);
	assert_int_equal(ahead, 0);
	assert_int_equal(window_next(v, DAY_THU, 21 * 60, &ahead), 2);
	assert_int_equal(ahead, 3);
	assert_int_equal(window_next(v, DAY_MON, 0, &ahead), 1);
	assert_int_equal(ahead, 3);
	v[0].id = v[1].id = 0;
	assert_int_equal(window_next(v, DAY_MON, 0, &ahead), 0);
}

static void test_words(void **state)
{
	(void)state;
	struct store_window v[2];
	char buf[64];
	two_windows(v);
	window_describe(&v[0], false, buf, sizeof buf);
	assert_string_equal(buf, "Thursday at 20:30, for 90 minutes");
	window_describe(&v[0], true, buf, sizeof buf);
	assert_string_equal(buf, "Thu 20:30, 90 min");
	window_describe(&v[1], false, buf, sizeof buf);
	assert_string_equal(buf, "Sunday at 23:30");
	window_times_on(v, DAY_THU, buf, sizeof buf);
	assert_string_equal(buf, "20:30");
	window_times_on(v, DAY_MON, buf, sizeof buf);
	assert_string_equal(buf, "");
	v[1].weekday = DAY_THU;
	v[1].at = 7 * 60;
	window_times_on(v, DAY_THU, buf, sizeof buf);
	assert_string_equal(buf, "07:00 and 20:30");

	/* Discreet mode: neutral words everywhere. */
	assert_string_equal(window_noun(true, false), "open time");
	assert_string_equal(window_noun(true, true), "open time");
	assert_string_equal(window_noun(false, true), "open windows");
	assert_null(strstr(window_meaning(true), "close"));
	assert_null(strstr(window_print_heading(true), "welcome"));
	assert_string_equal(window_invite_heading(true), "Our phrases");
	assert_string_equal(window_invite_heading(false), "Our invitations");
}

static void test_first_day(void **state)
{
	(void)state;
	struct plan_task early[1] = { { .key = "a" } }, later[2] = { { .key = "b" },
	                                                              { .key = "c", .windows = true } };
	struct plan_phase phases[2] = {
		{ .first = 1, .last = 28, .tasks = early, .n_tasks = 1 },
		{ .first = 29, .last = 42, .tasks = later, .n_tasks = 2 },
	};
	struct plan p = { .phases = phases, .n_phases = 2 };
	assert_int_equal(window_first_day(&p), 29);
	later[1].windows = false;
	assert_int_equal(window_first_day(&p), 1);
	assert_int_equal(window_first_day(NULL), 1);
}

/* The installed plan asks for the windows from its third phase. */
static void test_installed_plan(void **state)
{
	(void)state;
	struct plan p;
	struct tend_err err = { 0 };
	assert_int_equal(plan_load(TEST_SRCDIR "/../data/plan.conf", 14, &p, &err), TEND_OK);
	assert_int_equal(window_first_day(&p), 29);
	plan_free(&p);
}

static void test_set_clear_undo(void **state)
{
	struct practice *p = *state;
	struct store *st = p->app.st;
	struct tend_err err = { 0 };
	struct window_change a, b, c;
	struct store_window v[2];
	size_t n;

	assert_int_equal(window_list(st, v, &n, &err), TEND_OK);
	assert_int_equal(n, 0);
	assert_int_equal(window_set(st, 1, DAY_THU, 20 * 60 + 30, 90, &a, &err), TEND_OK);
	assert_int_equal(a.old_id, 0);
	assert_int_equal(window_set(st, 1, DAY_FRI, 19 * 60, 0, &b, &err), TEND_OK);
	assert_int_equal(b.old_id, a.new_id);
	assert_int_equal(window_list(st, v, &n, &err), TEND_OK);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].weekday, DAY_FRI);
	assert_int_equal(v[0].minutes, 0);

	/* Undo brings the Thursday back. */
	assert_int_equal(window_undo(st, &b, &err), TEND_OK);
	assert_int_equal(store_window_load(st, v, &err), TEND_OK);
	assert_int_equal(v[0].weekday, DAY_THU);
	assert_int_equal(v[0].minutes, 90);
	assert_int_equal(v[1].id, 0);

	assert_int_equal(window_clear(st, 2, &c, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "window 2 is not set");
	assert_int_equal(window_clear(st, 1, &c, &err), TEND_OK);
	assert_int_equal(window_list(st, v, &n, &err), TEND_OK);
	assert_int_equal(n, 0);
	assert_int_equal(window_undo(st, &c, &err), TEND_OK);
	assert_int_equal(window_list(st, v, &n, &err), TEND_OK);
	assert_int_equal(n, 1);

	/* The slot changed elsewhere since: the old row is not there to replace. */
	assert_int_equal(store_window_load(st, v, &err), TEND_OK);
	struct store_window w = { .slot = 1, .weekday = DAY_MON, .at = 60 };
	assert_int_equal(store_window_set(st, &w, v[0].id + 100, v[0].uid, &err),
	                 TEND_E_CONFLICT);
	/* Bringing back a window whose slot is taken is refused too. */
	assert_int_equal(store_window_delete(st, b.new_id, b.new_uid, false, &err),
	                 TEND_E_CONFLICT);
	assert_int_equal(window_set(st, 2, DAY_SUN, 9 * 60, 0, &c, &err), TEND_OK);
	assert_int_equal(window_list(st, v, &n, &err), TEND_OK);
	assert_int_equal(n, 2);
	assert_int_equal(v[1].slot, 2);
	assert_int_equal(window_set(st, 3, DAY_SUN, 9 * 60, 0, &c, &err), TEND_E_USAGE);
}

/* A number a query gives on the file at path (-1 when it fails). */
static int file_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int v = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			v = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	return v;
}

/* A cleared window, once purged, is gone from the database and from the
 * daily backup made while it was set; the other window stays in both. */
static void test_purge_reaches_backups(void **state)
{
	struct practice *p = *state;
	struct store *st = p->app.st;
	struct tend_err err = { 0 };
	struct window_change c;
	assert_int_equal(window_set(st, 1, DAY_THU, 20 * 60 + 30, 90, &c, &err), TEND_OK);
	assert_int_equal(window_set(st, 2, DAY_SUN, 9 * 60, 0, &c, &err), TEND_OK);
	char *dir = store_backup_dir(st);
	assert_non_null(dir);
	tend_day today = day_from_ymd(2026, 11, 23);
	assert_int_equal(store_backup_daily(st, dir, today, 7, &err), TEND_OK);
	char backup[512];
	snprintf(backup, sizeof backup, "%s/tend-2026-11-23.db", dir);
	assert_int_equal(file_int(backup, "SELECT count(*) FROM open_window"), 2);

	assert_int_equal(window_clear(st, 1, &c, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(st, (int64_t)time(NULL) + 10, &err), TEND_OK);
	assert_int_equal(file_int(p->path, "SELECT count(*) FROM open_window"), 1);
	assert_int_equal(file_int(backup, "SELECT count(*) FROM open_window"), 1);
	assert_int_equal(file_int(backup, "SELECT slot FROM open_window"), 2);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_days_and_minutes),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_first_day),
		cmocka_unit_test(test_installed_plan),
		cmocka_unit_test_setup_teardown(test_set_clear_undo, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_purge_reaches_backups, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
