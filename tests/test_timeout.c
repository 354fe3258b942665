/* Unit tests for timeout.c: calling a time-out (now, on now's day, one at a
 * time), the pause and the window to come back, returning (also after the
 * clock was set back) and planning the return (also across a DST gap);
 * busy reported as TEND_E_BUSY. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sqlite3.h>
#include <time.h>

#include "tend/timeout.h"

#include "practice_fixture.h"

static void berlin(void)
{
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
}

/* A moment by the Berlin clock. */
static int64_t at(int y, int mo, int d, int h, int mi)
{
	return (int64_t)day_time_at(day_from_ymd(y, mo, d), h * 60 + mi);
}

static struct entry called(int64_t when)
{
	return (struct entry){ .id = 1, .kind = ENTRY_TIMEOUT, .partner = 1, .phrase = 1,
	                       .called_at = when };
}

/* The pause, then the call to come back until the window (24 hours from
 * the call) closes; a planned return shows until it comes. */
static void test_state(void **state)
{
	struct practice *p = *state;
	const struct config *cfg = &p->app.cfg;
	int64_t c = 1700000000;
	struct entry t = called(c);
	assert_int_equal(timeout_pause_end(cfg, &t), c + 20 * 60);
	assert_int_equal(timeout_window_end(cfg, &t), c + 24 * 3600);
	assert_int_equal(timeout_state(cfg, NULL, c), TIMEOUT_NONE);
	assert_int_equal(timeout_state(cfg, &t, c), TIMEOUT_PAUSE);
	assert_int_equal(timeout_state(cfg, &t, c + 20 * 60 - 1), TIMEOUT_PAUSE);
	assert_int_equal(timeout_state(cfg, &t, c + 20 * 60), TIMEOUT_DUE);
	t.scheduled_at = c + 3 * 3600;
	/* Planned during the pause: the pause still runs first. */
	assert_int_equal(timeout_state(cfg, &t, c + 60), TIMEOUT_PAUSE);
	assert_int_equal(timeout_state(cfg, &t, c + 3600), TIMEOUT_SCHEDULED);
	assert_int_equal(timeout_state(cfg, &t, c + 3 * 3600), TIMEOUT_DUE);
	assert_int_equal(timeout_state(cfg, &t, c + 24 * 3600), TIMEOUT_NONE);
	t.returned_at = c + 600;
	assert_int_equal(timeout_state(cfg, &t, c + 700), TIMEOUT_NONE);
	/* The time left never grows past the pause, even with the clock back. */
	t.returned_at = 0;
	assert_int_equal(timeout_pause_left(cfg, &t, c + 60), 19 * 60);
	assert_int_equal(timeout_pause_left(cfg, &t, c - 2 * 86400), 20 * 60);
	assert_int_equal(timeout_pause_left(cfg, &t, c + 3600), 0);
}

/* The rule both front ends ask: not under a --date of another day, and
 * not while one runs, in its pause or after it (the dashboard used to
 * refuse only during the pause). */
static void test_may_call(void **state)
{
	struct practice *p = *state;
	berlin();
	struct app *app = &p->app;
	int64_t now = at(2026, 11, 23, 21, 0);
	app->today = day_from_ymd(2026, 11, 20);
	app->date_given = true;
	assert_int_equal(timeout_may_call(app, now, NULL), TIMEOUT_OTHER_DAY);
	app->today = day_from_ymd(2026, 11, 23);
	assert_int_equal(timeout_may_call(app, now, NULL), TIMEOUT_FREE);
	/* After midnight, before the day starts at 04:00: still the 23rd. */
	assert_int_equal(timeout_may_call(app, at(2026, 11, 24, 1, 0), NULL), TIMEOUT_FREE);
	app->date_given = false;
	app->today = day_from_ymd(2026, 11, 1);
	assert_int_equal(timeout_may_call(app, now, NULL), TIMEOUT_FREE);
	struct entry t = called(now - 60);
	assert_int_equal(timeout_may_call(app, now, &t), TIMEOUT_RUNNING);
	assert_int_equal(timeout_may_call(app, now + 3600, &t), TIMEOUT_RUNNING);
	t.scheduled_at = now + 7200;
	assert_int_equal(timeout_may_call(app, now + 3600, &t), TIMEOUT_RUNNING);
	assert_int_equal(timeout_may_call(app, now + 25 * 3600, &t), TIMEOUT_FREE);
	t.returned_at = now;
	assert_int_equal(timeout_may_call(app, now + 60, &t), TIMEOUT_FREE);
	assert_string_equal(timeout_bar_reason(TIMEOUT_OTHER_DAY),
	                    "a time-out starts now, so it cannot be given another day with --date");
}

/* Calling saves one on now's day with the phrase's text; a second call
 * while it runs is refused by the store's own look, even from a caller
 * that did not know (a second dashboard); --date of another day saves
 * nothing. */
static void test_call(void **state)
{
	struct practice *p = *state;
	berlin();
	struct app *app = &p->app;
	struct tend_err err = { 0 };
	enum timeout_bar bar;
	int64_t now = at(2026, 11, 24, 0, 30);
	app->date_given = true;
	app->today = day_from_ymd(2026, 11, 22);
	struct entry e = { .partner = 2, .phrase = 2 };
	assert_int_equal(timeout_call(app, now, &e, &bar, NULL, &err), TEND_E_USAGE);
	assert_int_equal(bar, TIMEOUT_OTHER_DAY);
	assert_int_equal(practice_count(p, ENTRY_TIMEOUT), 0);
	entry_clear(&e);

	app->date_given = false;
	e = (struct entry){ .partner = 2, .phrase = 2 };
	assert_int_equal(timeout_call(app, now, &e, &bar, NULL, &err), TEND_OK);
	assert_int_equal(bar, TIMEOUT_FREE);
	assert_int_equal(e.day, day_from_ymd(2026, 11, 23));
	assert_int_equal(e.called_at, now);
	assert_string_equal(e.text, "This matters");
	entry_clear(&e);

	struct entry again = { .partner = 1, .phrase = 1 }, running = { 0 };
	assert_int_equal(timeout_call(app, now + 3600, &again, &bar, &running, &err),
	                 TEND_E_RUNTIME);
	assert_int_equal(bar, TIMEOUT_RUNNING);
	assert_int_equal(running.partner, 2);
	assert_string_equal(err.msg, "a time-out is already running since 00:30");
	assert_int_equal(practice_count(p, ENTRY_TIMEOUT), 1);
	entry_clear(&again);
	entry_clear(&running);

	/* Once its window is over, a new one may start. */
	again = (struct entry){ .partner = 1, .phrase = 1 };
	assert_int_equal(timeout_call(app, now + 25 * 3600, &again, &bar, NULL, &err), TEND_OK);
	assert_int_equal(practice_count(p, ENTRY_TIMEOUT), 2);
	entry_clear(&again);
	again = (struct entry){ .partner = 1, .phrase = 3 };
	assert_int_equal(timeout_call(app, now + 50 * 3600, &again, &bar, NULL, &err), TEND_E_USAGE);
	entry_clear(&again);
}

/* Coming back: the length of the pause, and none (never a negative one)
 * when the clock was set back since the call. */
static void test_return(void **state)
{
	struct practice *p = *state;
	struct app *app = &p->app;
	struct tend_err err = { 0 };
	enum timeout_bar bar;
	int64_t now = (int64_t)time(NULL);
	struct entry e = { .partner = 1, .phrase = 1 };
	assert_int_equal(timeout_call(app, now, &e, &bar, NULL, &err), TEND_OK);
	int minutes = 99;
	assert_int_equal(timeout_return(app->st, &e, now - 2966 * 60, &minutes, &err), TEND_OK);
	assert_int_equal(minutes, -1);
	struct entry got = { 0 };
	bool found = true;
	assert_int_equal(timeout_running(app->st, &app->cfg, now, &got, &found, &err), TEND_OK);
	assert_false(found);
	assert_int_equal(store_get(app->st, ENTRY_TIMEOUT, e.id, &got, &err), TEND_OK);
	assert_int_equal(got.returned_at, e.called_at);
	entry_clear(&got);
	entry_clear(&e);

	e = (struct entry){ .partner = 2, .phrase = 1 };
	assert_int_equal(timeout_call(app, now + 60, &e, &bar, NULL, &err), TEND_OK);
	assert_int_equal(timeout_return(app->st, &e, now + 60 + 25 * 60 + 59, &minutes, &err),
	                 TEND_OK);
	assert_int_equal(minutes, 25);
	entry_clear(&e);
}

/* 02:30 on the night the clocks go forward in Berlin does not exist: the
 * return is put at 03:30 and the caller is told. */
static void test_next_clock_dst(void **state)
{
	(void)state;
	berlin();
	bool skipped = true;
	int64_t now = at(2027, 3, 27, 23, 0);
	int64_t t = timeout_next_clock(now, 21 * 60, &skipped);
	assert_false(skipped);
	assert_int_equal(t, at(2027, 3, 28, 21, 0));
	t = timeout_next_clock(now, 2 * 60 + 30, &skipped);
	assert_true(skipped);
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	assert_int_equal(tm.tm_mday, 28);
	assert_int_equal(tm.tm_hour * 60 + tm.tm_min, 3 * 60 + 30);
	/* On the night they go back, 02:30 comes twice: the first one. */
	t = timeout_next_clock(at(2026, 10, 25, 0, 10), 2 * 60 + 30, &skipped);
	assert_false(skipped);
	assert_int_equal(t, (int64_t)1792888200); /* 2026-10-25 02:30 CEST = 00:30 UTC */
	/* A time already past today is tomorrow's. */
	t = timeout_next_clock(at(2026, 11, 23, 22, 0), 21 * 60, &skipped);
	assert_int_equal(t, at(2026, 11, 24, 21, 0));
}

static void test_schedule(void **state)
{
	struct practice *p = *state;
	berlin();
	struct app *app = &p->app;
	struct tend_err err = { 0 };
	enum timeout_bar bar;
	int64_t now = at(2027, 3, 27, 23, 0);
	struct entry e = { .partner = 1, .phrase = 1 };
	assert_int_equal(timeout_call(app, now, &e, &bar, NULL, &err), TEND_OK);
	int64_t when;
	bool skipped;
	int rc = timeout_schedule(app->st, &app->cfg, &e, 2 * 60 + 30, now + 60, &when, &skipped,
	                          &err);
	if (rc != TEND_OK)
		fail_msg("timeout_schedule: %s", err.msg);
	assert_true(skipped);
	struct entry got = { 0 };
	bool found = false;
	assert_int_equal(timeout_running(app->st, &app->cfg, now + 120, &got, &found, &err), TEND_OK);
	assert_true(found);
	assert_int_equal(got.scheduled_at, when);
	entry_clear(&got);
	/* 00:30 the night after is past the 24 hours (which end at 00:00 by
	 * the summer clock): refused, nothing changed. */
	assert_int_equal(timeout_schedule(app->st, &app->cfg, &e, 30, now + 2 * 3600, &when,
	                                  &skipped, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "00:30 is more than 24 hours after the time-out; "
	                    "pick a time by 00:00");
	assert_int_equal(timeout_running(app->st, &app->cfg, now + 120, &got, &found, &err), TEND_OK);
	assert_int_not_equal(got.scheduled_at, 0);
	assert_int_equal(got.scheduled_at, at(2027, 3, 28, 3, 30));
	entry_clear(&got);
	entry_clear(&e);
}

/* Another program holding the database with an exclusive lock (so that
 * even reading must wait) makes opening it TEND_E_BUSY, never a runtime
 * error whose words a front end would have to read. */
static void test_busy(void **state)
{
	struct practice *p = *state;
	store_close(p->app.st);
	p->app.st = NULL;
	sqlite3 *other;
	assert_int_equal(sqlite3_open(p->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; "
	                              "BEGIN EXCLUSIVE; COMMIT;", NULL, NULL, NULL), SQLITE_OK);
	struct tend_err err = { 0 };
	struct store *second = store_open(p->path, &err);
	assert_null(second);
	assert_int_equal(err.code, TEND_E_BUSY);
	sqlite3_close(other);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_state, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_may_call, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_call, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_return, practice_setup, practice_teardown),
		cmocka_unit_test(test_next_clock_dst),
		cmocka_unit_test_setup_teardown(test_schedule, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_busy, practice_setup, practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
