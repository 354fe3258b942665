/* Unit tests for moved.c: what moved since the first two weeks, and when
 * nothing did, the signal for help, on built lists of entries with pinned
 * dates (the plan starts on Mon 2 Nov 2026). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/moved.h"

#include "practice_fixture.h"

#define START day_from_ymd(2026, 11, 2)
/* Day n of the plan (1-based). */
#define DAY(n) (START + (n) - 1)

static void add(struct entry_list *l, enum entry_kind kind, tend_day day, int mood)
{
	struct entry e = { .kind = kind, .partner = 1, .day = day, .mood = mood,
	                   .stress = 3 };
	if (kind == ENTRY_TOUCH) {
		e.stage = 1;
		e.light = LIGHT_RED;
	}
	assert_true(entry_list_push(l, &e));
}

/* Both partners check in with mood on every day from..to. */
static void checkins(struct entry_list *l, int from, int to, int mood)
{
	for (int d = from; d <= to; d++) {
		add(l, ENTRY_CHECKIN, DAY(d), mood);
		struct entry e = { .kind = ENTRY_CHECKIN, .partner = 2, .day = DAY(d),
		                   .mood = mood, .stress = 3 };
		assert_true(entry_list_push(l, &e));
	}
}

/* n entries of kind spread over the days from..to (one a day at most). */
static void spread(struct entry_list *l, enum entry_kind kind, int from, int to, int n)
{
	int days = to - from + 1;
	for (int i = 0; i < n; i++)
		add(l, kind, DAY(from + (i * days) / n), 0);
}

static void judge(const struct entry_list *l, int today, tend_day dismissed, struct moved *m)
{
	moved_judge(l, START, DAY(today), dismissed, m);
}

/* Nothing is said before week 3 has a week of its own to compare. */
static void test_too_early(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 20, 2);
	spread(&l, ENTRY_TIMEOUT, 1, 14, 4);
	struct moved m;
	judge(&l, 14, DAY_INVALID, &m);
	assert_false(m.shown);
	judge(&l, 20, DAY_INVALID, &m);
	assert_false(m.shown);
	char buf[128];
	moved_note(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "");
	moved_line(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "");
	entry_list_free(&l);
}

/* Week 3: fewer time-outs, higher moods and more repairs, each alone and
 * all together, in the note and the sentence. */
static void test_what_moved(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 14, 2);
	checkins(&l, 15, 21, 3);
	spread(&l, ENTRY_TIMEOUT, 1, 14, 4);
	spread(&l, ENTRY_REPAIR, 1, 14, 2);
	spread(&l, ENTRY_REPAIR, 15, 21, 3);
	struct moved m;
	judge(&l, 21, DAY_INVALID, &m);
	assert_true(m.shown);
	assert_true(m.fewer_timeouts);
	assert_true(m.moods_higher);
	assert_true(m.more_repairs);
	assert_false(m.suggest_help);
	char buf[160];
	moved_note(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "fewer time-outs, moods and repairs up");
	moved_line(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "Since weeks 1-2: fewer time-outs a week, higher moods and more "
	                         "repairs.");
	/* A time-out a week in week 3 against two a week before: still fewer.
	 * Two in week 3: the same rate, so not fewer. */
	add(&l, ENTRY_TIMEOUT, DAY(16), 0);
	judge(&l, 21, DAY_INVALID, &m);
	assert_true(m.fewer_timeouts);
	add(&l, ENTRY_TIMEOUT, DAY(18), 0);
	judge(&l, 21, DAY_INVALID, &m);
	assert_false(m.fewer_timeouts);
	moved_note(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "better: moods up, more repairs");
	moved_line(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "Since weeks 1-2: higher moods and more repairs.");
	entry_list_free(&l);
}

/* Moods count as higher from 0.3 up; the comparison is of the last two
 * weeks after day 14, not of week 3 alone. */
static void test_moods_threshold(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 14, 3);
	/* 3.2 on average in days 15-24: not enough. */
	for (int d = 15; d <= 24; d++)
		add(&l, ENTRY_CHECKIN, DAY(d), d <= 16 ? 4 : 3);
	struct moved m;
	judge(&l, 24, DAY_INVALID, &m);
	assert_true(m.shown);
	assert_false(m.moods_higher);
	add(&l, ENTRY_CHECKIN, DAY(23), 4);
	judge(&l, 24, DAY_INVALID, &m);
	assert_false(m.moods_higher); /* 36 / 11: 3.27 */
	add(&l, ENTRY_CHECKIN, DAY(24), 5);
	judge(&l, 24, DAY_INVALID, &m);
	assert_true(m.moods_higher); /* 41 / 12: 3.42 */
	entry_list_free(&l);
}

/* Three weeks after the first two with nothing moved and check-ins on at
 * least ten days: the signal, until it is put aside, for three weeks. */
static void test_suggest_help(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 14, 3);
	spread(&l, ENTRY_TIMEOUT, 1, 14, 2);
	spread(&l, ENTRY_REPAIR, 1, 14, 2);
	checkins(&l, 15, 24, 3);  /* ten days of check-ins in days 15-35 */
	spread(&l, ENTRY_TIMEOUT, 15, 35, 3);
	spread(&l, ENTRY_REPAIR, 15, 35, 3);
	struct moved m;
	judge(&l, 34, DAY_INVALID, &m); /* not yet three whole weeks after day 14 */
	assert_false(m.suggest_help);
	judge(&l, 35, DAY_INVALID, &m);
	assert_true(m.shown);
	assert_true(m.suggest_help);
	assert_int_equal(m.span_start, DAY(15));
	char buf[160];
	moved_note(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "little has shifted: see h");
	moved_line(&m, false, buf, sizeof buf);
	assert_string_equal(buf, "Little has shifted for three weeks; an outside view may help now.");
	/* Discreet: neutral words, nothing about help. */
	moved_note(&m, true, buf, sizeof buf);
	assert_string_equal(buf, "a note for you: h");
	moved_line(&m, true, buf, sizeof buf);
	assert_string_equal(buf, "These three weeks look much like the first two.");
	/* Put aside on day 35: away until day 55, back on day 56. */
	judge(&l, 35, DAY(35), &m);
	assert_false(m.suggest_help);
	judge(&l, 55, DAY(35), &m);
	assert_false(m.suggest_help);
	judge(&l, 56, DAY(35), &m);
	assert_false(m.suggest_help); /* days 36-56 have no check-ins */
	checkins(&l, 40, 49, 3);
	spread(&l, ENTRY_TIMEOUT, 36, 56, 3);
	judge(&l, 56, DAY(35), &m);
	assert_true(m.suggest_help);
	entry_list_free(&l);
}

/* Fewer than ten days with check-ins: too little to say nothing moved. */
static void test_suggest_needs_checkins(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 14, 3);
	checkins(&l, 15, 23, 3);  /* nine days */
	struct moved m;
	judge(&l, 35, DAY_INVALID, &m);
	assert_false(m.suggest_help);
	checkins(&l, 30, 30, 3);  /* the tenth */
	judge(&l, 35, DAY_INVALID, &m);
	assert_true(m.suggest_help);
	/* One sign moving is enough: more repairs. */
	spread(&l, ENTRY_REPAIR, 20, 30, 2);
	judge(&l, 35, DAY_INVALID, &m);
	assert_false(m.suggest_help);
	assert_true(m.more_repairs);
	entry_list_free(&l);
}

/* A touch session's red light never counts against the couple: red
 * sessions change none of the signs. */
static void test_red_lights(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkins(&l, 1, 14, 2);
	checkins(&l, 15, 35, 3);
	spread(&l, ENTRY_TIMEOUT, 1, 14, 2);
	struct moved before, after;
	judge(&l, 35, DAY_INVALID, &before);
	spread(&l, ENTRY_TOUCH, 15, 35, 15);
	judge(&l, 35, DAY_INVALID, &after);
	assert_memory_equal(&before, &after, sizeof before);
	assert_true(after.fewer_timeouts && after.moods_higher);
	entry_list_free(&l);
}

/* The same judgement from the store, and the note put aside there. */
static void test_load_and_dismiss(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	for (int d = 1; d <= 35; d++)
		for (int who = 1; who <= 2; who++) {
			struct entry e = { .kind = ENTRY_CHECKIN, .partner = who, .day = DAY(d),
			                   .mood = 3, .stress = 3 };
			assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
		}
	struct moved m;
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 70);
	assert_int_equal(moved_load(p->app.st, START, DAY(35), &m, &err), TEND_OK);
	assert_true(m.suggest_help);
	tend_day last = 0;
	assert_int_equal(store_support_dismissed(p->app.st, &last, &err), TEND_OK);
	assert_int_equal(last, DAY_INVALID);
	int64_t id = 0;
	assert_int_equal(store_support_dismiss(p->app.st, DAY(35), &id, &err), TEND_OK);
	assert_true(id > 0);
	assert_int_equal(store_support_dismissed(p->app.st, &last, &err), TEND_OK);
	assert_int_equal(last, DAY(35));
	assert_int_equal(moved_load(p->app.st, START, DAY(35), &m, &err), TEND_OK);
	assert_false(m.suggest_help);
	/* Undo brings the note back; a second undo finds it gone already. */
	assert_int_equal(store_support_undismiss(p->app.st, id, &err), TEND_OK);
	assert_int_equal(moved_load(p->app.st, START, DAY(35), &m, &err), TEND_OK);
	assert_true(m.suggest_help);
	assert_int_equal(store_support_undismiss(p->app.st, id, &err), TEND_E_CONFLICT);
	assert_int_equal(store_support_dismiss(p->app.st, DAY(35), NULL, &err), TEND_OK);
	/* forget erases it with everything else. */
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(store_support_dismissed(p->app.st, &last, &err), TEND_OK);
	assert_int_equal(last, DAY_INVALID);
}

/* A database from just before schema 10 (support's table not made yet)
 * keeps its entries and gains the table when it is opened. */
static void test_migrate_keeps_entries(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_CHECKIN, .partner = 1, .day = DAY(3), .mood = 4,
	                   .stress = 2, .text = "the walk" };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE support_seen; PRAGMA user_version = 9;",
	                              NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	assert_non_null(p->app.st);
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 1);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_CHECKIN, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "the walk");
	entry_clear(&got);
	assert_int_equal(store_support_dismiss(p->app.st, DAY(40), NULL, &err), TEND_OK);
	tend_day last;
	assert_int_equal(store_support_dismissed(p->app.st, &last, &err), TEND_OK);
	assert_int_equal(last, DAY(40));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_too_early),
		cmocka_unit_test(test_what_moved),
		cmocka_unit_test(test_moods_threshold),
		cmocka_unit_test(test_suggest_help),
		cmocka_unit_test(test_suggest_needs_checkins),
		cmocka_unit_test(test_red_lights),
		cmocka_unit_test_setup_teardown(test_load_and_dismiss, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_keeps_entries, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
