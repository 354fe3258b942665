/* Unit tests for ritual.c: which days a ritual falls on, pauses, marks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/ritual.h"

#include "practice_fixture.h"

/* The fixture's entry counter is for the entry kinds; rituals have their own. */
static void unused_counter(void) { (void)practice_count; }

/* Mon 23 Nov 2026 and the days after it. */
#define MON day_from_ymd(2026, 11, 23)

static void test_days_parse(void **state)
{
	(void)state;
	unused_counter();
	unsigned d;
	assert_true(ritual_days_parse("daily", &d));
	assert_int_equal(d, 127);
	assert_true(ritual_days_parse("Every Day", &d));
	assert_int_equal(d, 127);
	assert_true(ritual_days_parse("mon,thu", &d));
	assert_int_equal(d, (1u << DAY_MON) | (1u << DAY_THU));
	assert_true(ritual_days_parse("Sunday", &d));
	assert_int_equal(d, 1u << DAY_SUN);
	assert_true(ritual_days_parse("weekends", &d));
	assert_int_equal(d, (1u << DAY_SAT) | (1u << DAY_SUN));
	assert_false(ritual_days_parse("", &d));
	assert_false(ritual_days_parse("mon,", &d));
	assert_false(ritual_days_parse("mo", &d));
	assert_false(ritual_days_parse("mon;thu", &d));
	assert_false(ritual_days_parse("thursdays", &d));
}

static void test_rhythm(void **state)
{
	(void)state;
	char b[64];
	ritual_rhythm(127, -1, b, sizeof b);
	assert_string_equal(b, "every day");
	ritual_rhythm(1u << DAY_THU, -1, b, sizeof b);
	assert_string_equal(b, "Thursdays");
	ritual_rhythm(1u << DAY_SUN, 9 * 60, b, sizeof b);
	assert_string_equal(b, "Sundays at 09:00");
	ritual_rhythm((1u << DAY_MON) | (1u << DAY_THU), 21 * 60 + 30, b, sizeof b);
	assert_string_equal(b, "Mon, Thu at 21:30");
	ritual_rhythm(0x1f, -1, b, sizeof b);
	assert_string_equal(b, "weekdays");
}

static void test_add_and_find(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	assert_int_equal(ritual_add(p->app.st, "Thursday walk", 1u << DAY_THU, -1, MON, &c, &err),
	                 TEND_OK);
	assert_true(c.id > 0 && c.uid != 0);
	/* The same name in another case is the same ritual. */
	assert_int_equal(ritual_add(p->app.st, "THURSDAY WALK", 127, -1, MON, &c, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "there is already a ritual called \"THURSDAY WALK\"");
	assert_int_equal(ritual_add(p->app.st, "bad\033[2Jname", 127, -1, MON, &c, &err),
	                 TEND_E_USAGE);
	assert_int_equal(ritual_add(p->app.st, "", 127, -1, MON, &c, &err), TEND_E_USAGE);
	assert_int_equal(ritual_add(p->app.st, "Coffee", 0, -1, MON, &c, &err), TEND_E_USAGE);
	assert_int_equal(ritual_add(p->app.st, "Coffee", 127, 1440, MON, &c, &err), TEND_E_USAGE);
	struct store_rituals s;
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	assert_int_equal(s.n, 1);
	assert_non_null(ritual_find(&s, "thursday WALK"));
	assert_null(ritual_find(&s, "walk"));
	assert_int_equal(s.v[0].since, MON);
	store_rituals_free(&s);
}

/* A ritual falls on its weekdays only, from its first day on; a day not
 * marked is blank, and marking can be taken back. */
static void test_mark(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	assert_int_equal(ritual_add(p->app.st, "Walk", 1u << DAY_THU, -1, MON, &c, &err), TEND_OK);
	assert_int_equal(ritual_mark(p->app.st, "walk", MON + 3, true, &c, &err), TEND_OK);
	assert_true(c.changed);
	assert_int_equal(ritual_mark(p->app.st, "walk", MON + 3, true, &c, &err), TEND_OK);
	assert_false(c.changed);
	assert_int_equal(ritual_mark(p->app.st, "walk", MON + 1, true, &c, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "\"Walk\" is kept Thursdays; Tue 24 Nov is not one of its days");
	assert_int_equal(ritual_mark(p->app.st, "walk", MON - 4, true, &c, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "\"Walk\" began on Mon 23 Nov");
	assert_int_equal(ritual_mark(p->app.st, "run", MON + 3, true, &c, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "no ritual is called \"run\"");

	struct store_rituals s;
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 13, &s, &err), TEND_OK);
	const struct store_ritual *r = &s.v[0];
	assert_int_equal(ritual_state_on(&s, r, MON), RITUAL_OFF);
	assert_int_equal(ritual_state_on(&s, r, MON + 3), RITUAL_DONE);
	assert_int_equal(ritual_state_on(&s, r, MON + 10), RITUAL_BLANK);
	assert_int_equal(ritual_state_on(&s, r, MON - 4), RITUAL_OFF);
	assert_int_equal(ritual_count_done(&s, MON, MON + 6), 1);
	assert_int_equal(ritual_count_done(&s, MON + 7, MON + 13), 0);
	const struct store_ritual *due[4];
	assert_int_equal(ritual_blank_on(&s, MON + 10, due, 4), 1);
	assert_int_equal(ritual_blank_on(&s, MON + 3, due, 4), 0);
	store_rituals_free(&s);

	assert_int_equal(ritual_mark(p->app.st, "Walk", MON + 3, false, &c, &err), TEND_OK);
	assert_true(c.changed);
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	assert_int_equal(ritual_state_on(&s, &s.v[0], MON + 3), RITUAL_BLANK);
	store_rituals_free(&s);
}

/* A paused ritual has no occurrences while paused; the pause stays dated,
 * so an earlier week still shows it paused then. */
static void test_pause_resume(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	assert_int_equal(ritual_add(p->app.st, "Reading aloud", 127, 22 * 60, MON, &c, &err),
	                 TEND_OK);
	assert_int_equal(ritual_resume(p->app.st, "reading aloud", MON, &c, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "\"Reading aloud\" is not paused");
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 2, NULL, &c, &err),
	                 TEND_E_USAGE);
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 2, "a\nb", &c, &err),
	                 TEND_E_USAGE);
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 2, "travel", &c, &err),
	                 TEND_OK);
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 3, "again", &c, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "\"Reading aloud\" is paused already");
	assert_int_equal(ritual_mark(p->app.st, "reading aloud", MON + 3, true, &c, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "\"Reading aloud\" is paused then; resume it first");
	assert_int_equal(ritual_resume(p->app.st, "reading aloud", MON + 1, &c, &err),
	                 TEND_E_USAGE);
	assert_int_equal(ritual_resume(p->app.st, "reading aloud", MON + 5, &c, &err), TEND_OK);
	assert_false(c.dropped);
	assert_int_equal(ritual_mark(p->app.st, "reading aloud", MON + 5, true, &c, &err), TEND_OK);
	/* A new pause cannot begin inside the one that ended. */
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 4, "x", &c, &err),
	                 TEND_E_USAGE);

	struct store_rituals s;
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	const struct store_ritual *r = &s.v[0];
	assert_int_equal(ritual_state_on(&s, r, MON + 1), RITUAL_BLANK);
	assert_int_equal(ritual_state_on(&s, r, MON + 2), RITUAL_PAUSED);
	assert_int_equal(ritual_state_on(&s, r, MON + 4), RITUAL_PAUSED);
	assert_int_equal(ritual_state_on(&s, r, MON + 5), RITUAL_DONE);
	assert_int_equal(ritual_state_on(&s, r, MON + 6), RITUAL_BLANK);
	assert_null(ritual_pause_open(&s, r->id));
	assert_string_equal(ritual_pause_on(&s, r->id, MON + 3)->reason, "travel");
	store_rituals_free(&s);

	/* A pause from an earlier day would run into the one already kept. */
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 1, "x", &c, &err),
	                 TEND_E_USAGE);
	/* Paused and resumed on one day: it never was paused. */
	assert_int_equal(ritual_pause(p->app.st, "reading aloud", MON + 8, "ill", &c, &err), TEND_OK);
	assert_int_equal(ritual_resume(p->app.st, "reading aloud", MON + 8, &c, &err), TEND_OK);
	assert_true(c.dropped);
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 9, &s, &err), TEND_OK);
	assert_int_equal(s.n_pauses, 1);
	store_rituals_free(&s);
}

static void test_remove_undo(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	assert_int_equal(ritual_add(p->app.st, "Coffee", 1u << DAY_SUN, 9 * 60, MON, &c, &err),
	                 TEND_OK);
	assert_int_equal(ritual_mark(p->app.st, "coffee", MON + 6, true, &c, &err), TEND_OK);
	assert_int_equal(ritual_remove(p->app.st, "COFFEE", true, &c, &err), TEND_OK);
	struct store_rituals s;
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.n_marks, 0);
	store_rituals_free(&s);
	assert_int_equal(store_ritual_undelete(p->app.st, c.id, c.uid, &err), TEND_OK);
	assert_int_equal(store_ritual_undelete(p->app.st, c.id, c.uid, &err), TEND_E_CONFLICT);
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	assert_int_equal(s.n, 1);
	assert_int_equal(ritual_state_on(&s, &s.v[0], MON + 6), RITUAL_DONE);
	store_rituals_free(&s);
	/* Removed and purged: gone with its marks, nothing left behind. */
	assert_int_equal(ritual_remove(p->app.st, "coffee", true, &c, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_int_equal(store_ritual_undelete(p->app.st, c.id, c.uid, &err), TEND_E_CONFLICT);
	/* Removed for good at once. */
	assert_int_equal(ritual_add(p->app.st, "Tea", 127, -1, MON, &c, &err), TEND_OK);
	assert_int_equal(ritual_mark(p->app.st, "tea", MON, true, &c, &err), TEND_OK);
	assert_int_equal(ritual_remove(p->app.st, "tea", false, &c, &err), TEND_OK);
	assert_int_equal(store_ritual_undelete(p->app.st, c.id, c.uid, &err), TEND_E_CONFLICT);
	/* Forget erases every ritual. */
	assert_int_equal(ritual_add(p->app.st, "Walk", 127, -1, MON, &c, &err), TEND_OK);
	assert_int_equal(ritual_pause(p->app.st, "walk", MON, "travel", &c, &err), TEND_OK);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(store_ritual_load(p->app.st, MON, MON + 6, &s, &err), TEND_OK);
	assert_int_equal(s.n + s.n_pauses + s.n_marks, 0);
	store_rituals_free(&s);
}

static void test_limit(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	char name[16];
	for (int i = 0; i < RITUAL_MAX; i++) {
		snprintf(name, sizeof name, "Ritual %c", 'A' + i);
		assert_int_equal(ritual_add(p->app.st, name, 127, -1, MON, &c, &err), TEND_OK);
	}
	assert_int_equal(ritual_add(p->app.st, "One more", 127, -1, MON, &c, &err), TEND_E_USAGE);
}

/* A database from before the rituals (schema 6) gets their tables, and
 * every entry it had stays. */
static void test_migrate_keeps_entries(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_GESTURE, .partner = 1, .day = MON,
	                   .text = (char *)"Coffee in bed" };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	/* Schema 6 had neither the rituals, the program's pauses (9) nor the
	 * indexes of version 12. */
	assert_int_equal(sqlite3_exec(db, "DROP TABLE ritual_day; DROP TABLE ritual_pause; "
	                              "DROP TABLE ritual; DROP TABLE pause; DROP INDEX checkin_deleted; "
	                              "DROP INDEX gesture_deleted; DROP INDEX repair_deleted; "
	                              "DROP INDEX touch_deleted; DROP INDEX timeout_deleted; "
	                              "DROP INDEX checkin_day; DROP INDEX timeout_open; "
	                              "PRAGMA user_version = 6;",
	                              NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	if (!p->app.st)
		fail_msg("store_open: %s", err.msg);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_GESTURE, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "Coffee in bed");
	entry_clear(&got);
	struct ritual_change c;
	assert_int_equal(ritual_add(p->app.st, "Walk", 127, -1, MON, &c, &err), TEND_OK);
	assert_int_equal(ritual_mark(p->app.st, "Walk", MON, true, &c, &err), TEND_OK);
	assert_true(c.changed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_days_parse),
		cmocka_unit_test(test_rhythm),
		cmocka_unit_test_setup_teardown(test_add_and_find, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_mark, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_pause_resume, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_remove_undo, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_limit, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_keeps_entries, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
