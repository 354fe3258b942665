/* Unit tests for checkin.c: the rules of the daily check-in that both the
 * `c` form and `tend checkin` go through. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/checkin.h"
#include "tend/text.h"

#include "practice_fixture.h"

static struct entry checkin(int partner, int mood, int stress, const char *text)
{
	return (struct entry){ .kind = ENTRY_CHECKIN, .partner = partner,
	                       .day = day_from_ymd(2026, 11, 23), .mood = mood,
	                       .stress = stress, .text = (char *)text };
}

static void test_scale(void **state)
{
	(void)state;
	assert_false(checkin_scale_ok(0));
	for (int v = 1; v <= 5; v++)
		assert_true(checkin_scale_ok(v));
	assert_false(checkin_scale_ok(6));
	assert_false(checkin_scale_ok(-1));
}

/* Each wrong field is named, so that a form marks that field. */
static void test_check_names_the_field(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct entry e = checkin(1, 3, 2, "tea");
	assert_int_equal(checkin_check(&e, &err), CHECKIN_FINE);
	e.mood = 6;
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_MOOD);
	assert_int_equal(err.code, TEND_E_USAGE);
	e.mood = 3;
	e.stress = 0;
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_STRESS);
	e.stress = 2;
	e.partner = 3;
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_ENTRY);
	assert_string_equal(err.msg, "a check-in is logged by partner 1 or 2");
	e.partner = 1;
	e.day = day_from_ymd(9999, 6, 1);
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_ENTRY);
	e.day = DAY_INVALID;
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_ENTRY);
	e.day = day_from_ymd(2026, 11, 23);
	e.kind = ENTRY_GESTURE;
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_ENTRY);
}

/* The gratitude line has the length limit of every text. */
static void test_text_limit(void **state)
{
	(void)state;
	char *long_text = malloc(TEXT_MAX_CHARS + 2);
	assert_non_null(long_text);
	memset(long_text, 'a', TEXT_MAX_CHARS + 1);
	long_text[TEXT_MAX_CHARS + 1] = '\0';
	struct entry e = checkin(2, 3, 3, long_text);
	struct tend_err err = { 0 };
	assert_int_equal(checkin_check(&e, &err), CHECKIN_BAD_ENTRY);
	assert_string_equal(err.msg, "the text is 10001 characters long; 10000 at most, please");
	long_text[TEXT_MAX_CHARS] = '\0';
	assert_int_equal(checkin_check(&e, &err), CHECKIN_FINE);
	free(long_text);
}

static void test_same(void **state)
{
	(void)state;
	struct entry a = checkin(1, 3, 2, "tea"), b = checkin(1, 3, 2, "tea");
	assert_true(checkin_same(&a, &b));
	b.text = NULL;
	a.text = (char *)"";
	assert_true(checkin_same(&a, &b));
	b.stress = 4;
	assert_false(checkin_same(&a, &b));
}

/* A second check-in of the same partner and day replaces the first; a
 * wrong one saves nothing; an edit changes the saved one. */
static void test_save_replaces(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry first = checkin(1, 2, 4, "rain"), replaced = { 0 };
	assert_int_equal(checkin_save(p->app.st, &first, &replaced, &err), TEND_OK);
	assert_int_equal(replaced.id, 0);
	struct entry second = checkin(1, 4, 2, "sun");
	assert_int_equal(checkin_save(p->app.st, &second, &replaced, &err), TEND_OK);
	assert_int_equal(replaced.id, first.id);
	assert_string_equal(replaced.text, "rain");
	entry_clear(&replaced);
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 1);
	struct entry bad = checkin(2, 9, 1, NULL);
	assert_int_equal(checkin_save(p->app.st, &bad, NULL, &err), TEND_E_USAGE);
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 1);
	second.mood = 5;
	assert_int_equal(checkin_save(p->app.st, &second, NULL, &err), TEND_OK);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_CHECKIN, second.id, &got, &err), TEND_OK);
	assert_int_equal(got.mood, 5);
	entry_clear(&got);
	second.mood = 0;
	assert_int_equal(checkin_save(p->app.st, &second, NULL, &err), TEND_E_USAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scale),
		cmocka_unit_test(test_check_names_the_field),
		cmocka_unit_test(test_text_limit),
		cmocka_unit_test(test_same),
		cmocka_unit_test_setup_teardown(test_save_replaces, practice_setup, practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
