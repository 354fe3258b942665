/* Unit tests for repair.c: what a repair must hold before it is saved. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/repair.h"

#include "practice_fixture.h"

static struct entry repair(int partner, bool accepted, const char *text)
{
	return (struct entry){ .kind = ENTRY_REPAIR, .partner = partner,
	                       .day = day_from_ymd(2026, 11, 23), .accepted = accepted,
	                       .text = (char *)text };
}

static void test_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct entry e = repair(1, false, "I rolled my eyes. That was unfair.");
	assert_int_equal(repair_check(&e, &err), TEND_OK);
	e.partner = 2;
	e.accepted = true;
	assert_int_equal(repair_check(&e, &err), TEND_OK);
	e.partner = -1;
	assert_int_equal(repair_check(&e, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "a repair is logged by partner 1 or 2");
	e.partner = 2;
	e.kind = ENTRY_CHECKIN;
	assert_int_equal(repair_check(&e, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "not a repair");
}

/* Accepting later is an edit of the same repair. */
static void test_save_then_accept(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = repair(2, false, "do-over");
	assert_int_equal(repair_save(p->app.st, &e, &err), TEND_OK);
	e.accepted = true;
	assert_int_equal(repair_save(p->app.st, &e, &err), TEND_OK);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_REPAIR, e.id, &got, &err), TEND_OK);
	assert_true(got.accepted);
	entry_clear(&got);
	assert_int_equal(practice_count(p, ENTRY_REPAIR), 1);
	struct entry bad = repair(0, false, NULL);
	assert_int_equal(repair_save(p->app.st, &bad, &err), TEND_E_USAGE);
	assert_int_equal(practice_count(p, ENTRY_REPAIR), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check),
		cmocka_unit_test_setup_teardown(test_save_then_accept, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
