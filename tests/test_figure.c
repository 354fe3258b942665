/* Unit tests for figure.c: one count as numbers or as marks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/figure.h"

static const struct figure_style numbers = { .numbers = true };
static const struct figure_style marks = { .numbers = false };
static const struct figure_style marks_ascii = { .numbers = false, .ascii = true };

static void test_count(void **state)
{
	(void)state;
	char buf[64];
	figure_count(&numbers, 3, 4, buf, sizeof buf);
	assert_string_equal(buf, "3");
	figure_count(&numbers, 12, 4, buf, sizeof buf);
	assert_string_equal(buf, "12");
	figure_count(&marks, 3, 4, buf, sizeof buf);
	assert_string_equal(buf, "\u25cf\u25cf\u25cf");
	figure_count(&marks_ascii, 3, 4, buf, sizeof buf);
	assert_string_equal(buf, "***");
	/* More than fit: the room's last column says there are more. */
	figure_count(&marks_ascii, 12, 4, buf, sizeof buf);
	assert_string_equal(buf, "***+");
	figure_count(&marks_ascii, 4, 4, buf, sizeof buf);
	assert_string_equal(buf, "****");
	figure_count(&marks_ascii, 0, 4, buf, sizeof buf);
	assert_string_equal(buf, "-");
	/* A buffer too small for the marks is cut, never overrun. */
	char tiny[5];
	figure_count(&marks, 5, 9, tiny, sizeof tiny);
	assert_string_equal(tiny, "\u25cf");
}

static void test_of(void **state)
{
	(void)state;
	char buf[64];
	figure_of(&numbers, 3, 7, 7, buf, sizeof buf);
	assert_string_equal(buf, "3 of 7");
	figure_of(&marks, 3, 7, 7, buf, sizeof buf);
	assert_string_equal(buf, "\u25cf\u25cf\u25cf\u25cb\u25cb\u25cb\u25cb");
	figure_of(&marks_ascii, 0, 3, 7, buf, sizeof buf);
	assert_string_equal(buf, "...");
	figure_of(&marks_ascii, 9, 7, 7, buf, sizeof buf);
	assert_string_equal(buf, "******+");
	/* No whole to count against: the count alone. */
	figure_of(&numbers, 2, 0, 7, buf, sizeof buf);
	assert_string_equal(buf, "2");
	figure_of(&marks_ascii, 2, 0, 7, buf, sizeof buf);
	assert_string_equal(buf, "**");
}

/* The short form, and a streak that only numbers show. */
static void test_ratio_and_streak(void **state)
{
	(void)state;
	char buf[64];
	figure_ratio(&numbers, 6, 7, 7, buf, sizeof buf);
	assert_string_equal(buf, "6/7");
	figure_ratio(&marks_ascii, 6, 7, 7, buf, sizeof buf);
	assert_string_equal(buf, "******.");
	figure_streak(&numbers, 5, buf, sizeof buf);
	assert_string_equal(buf, ", streak 5");
	figure_streak(&numbers, 1, buf, sizeof buf);
	assert_string_equal(buf, "");
	figure_streak(&marks, 5, buf, sizeof buf);
	assert_string_equal(buf, "");
}

/* Percentages and averages disappear without numbers. */
static void test_share_and_tenths(void **state)
{
	(void)state;
	char buf[64];
	figure_share(&numbers, 5, 7, buf, sizeof buf);
	assert_string_equal(buf, "71%");
	figure_share(&numbers, 1, 2, buf, sizeof buf);
	assert_string_equal(buf, "50%");
	figure_share(&numbers, 1, 0, buf, sizeof buf);
	assert_string_equal(buf, "");
	figure_share(&marks, 5, 7, buf, sizeof buf);
	assert_string_equal(buf, "");
	figure_tenths(&numbers, 37, buf, sizeof buf);
	assert_string_equal(buf, "3.7");
	figure_tenths(&marks, 37, buf, sizeof buf);
	assert_string_equal(buf, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_of),
		cmocka_unit_test(test_ratio_and_streak),
		cmocka_unit_test(test_share_and_tenths),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
