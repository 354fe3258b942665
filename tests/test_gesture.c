/* Unit tests for gesture.c and repair.c's neighbour rules in entry.c: what
 * a gesture must hold, and whose turn it is to start. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/gesture.h"

#include "practice_fixture.h"

static struct entry gesture(int partner, int bid, const char *text)
{
	return (struct entry){ .kind = ENTRY_GESTURE, .partner = partner,
	                       .day = day_from_ymd(2026, 11, 23), .bid = bid,
	                       .text = (char *)text };
}

static void test_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct entry e = gesture(2, BID_TOWARD, "a long hug");
	assert_int_equal(gesture_check(&e, &err), GESTURE_FINE);
	e.text = NULL;
	assert_int_equal(gesture_check(&e, &err), GESTURE_FINE);
	e.bid = 7;
	assert_int_equal(gesture_check(&e, &err), GESTURE_BAD_BID);
	assert_int_equal(err.code, TEND_E_USAGE);
	e.bid = BID_AWAY;
	e.partner = 0;
	assert_int_equal(gesture_check(&e, &err), GESTURE_BAD_ENTRY);
	e.partner = 1;
	e.day = day_from_ymd(1899, 12, 31);
	assert_int_equal(gesture_check(&e, &err), GESTURE_BAD_ENTRY);
	assert_string_equal(err.msg, "a gesture needs a day from 1900-01-01 to 9998-12-31");
}

static void test_save_and_edit(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = gesture(1, BID_NONE, "refilled the water");
	assert_int_equal(gesture_save(p->app.st, &e, &err), TEND_OK);
	assert_true(e.id > 0);
	struct entry again = gesture(1, BID_NONE, "refilled the water");
	assert_int_equal(gesture_save(p->app.st, &again, &err), TEND_OK);
	assert_int_equal(practice_count(p, ENTRY_GESTURE), 2);
	e.bid = 5;
	assert_int_equal(gesture_save(p->app.st, &e, &err), TEND_E_USAGE);
	e.bid = BID_TOWARD;
	assert_int_equal(gesture_save(p->app.st, &e, &err), TEND_OK);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_GESTURE, e.id, &got, &err), TEND_OK);
	assert_int_equal(got.bid, BID_TOWARD);
	entry_clear(&got);
	assert_int_equal(practice_count(p, ENTRY_GESTURE), 2);
}

/* Rotating who starts: fewer entries first, else not the last one. */
static void test_turn(void **state)
{
	(void)state;
	tend_day day = day_from_ymd(2026, 11, 23);
	struct entry_list l = { 0 };
	assert_int_equal(entry_turn(&l, ENTRY_GESTURE, day), 1);
	struct entry e = gesture(1, 0, NULL);
	assert_true(entry_list_push(&l, &e));
	assert_int_equal(entry_turn(&l, ENTRY_GESTURE, day), 2);
	e.partner = 2;
	assert_true(entry_list_push(&l, &e));
	assert_int_equal(entry_turn(&l, ENTRY_GESTURE, day), 1);
	e.partner = 1;
	assert_true(entry_list_push(&l, &e));
	e.partner = 2;
	assert_true(entry_list_push(&l, &e));
	assert_int_equal(entry_turn(&l, ENTRY_GESTURE, day), 1);
	/* Other days and other kinds do not count. */
	e.day = day - 1;
	assert_true(entry_list_push(&l, &e));
	e.day = day;
	e.kind = ENTRY_REPAIR;
	assert_true(entry_list_push(&l, &e));
	assert_int_equal(entry_turn(&l, ENTRY_GESTURE, day), 1);
	assert_int_equal(entry_turn(&l, ENTRY_REPAIR, day), 1);
	entry_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check),
		cmocka_unit_test_setup_teardown(test_save_and_edit, practice_setup, practice_teardown),
		cmocka_unit_test(test_turn),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
