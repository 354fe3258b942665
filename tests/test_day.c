/* Unit tests for day.c: civil dates, parsing, weeks, day boundaries, DST. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "tend/day.h"

static tend_day parse(const char *s)
{
	tend_day d = DAY_INVALID;
	assert_true(day_parse(s, &d));
	return d;
}

static void test_round_trip(void **state)
{
	(void)state;
	assert_int_equal(day_from_ymd(1970, 1, 1), 0);
	assert_int_equal(parse("2026-11-23") - parse("2026-11-22"), 1);
	char buf[11];
	for (tend_day d = parse("1999-12-01"); d < parse("2032-03-01"); d++) {
		int y, m, md;
		day_to_ymd(d, &y, &m, &md);
		assert_int_equal(day_from_ymd(y, m, md), d);
		day_format(d, buf);
		assert_int_equal(parse(buf), d);
	}
}

static void test_leap_years(void **state)
{
	(void)state;
	tend_day d;
	assert_true(day_parse("2028-02-29", &d));
	assert_true(day_parse("2000-02-29", &d));
	assert_false(day_parse("2100-02-29", &d));
	assert_false(day_parse("2026-02-29", &d));
	/* The 60-day plan from 2027-12-31 crosses a leap day. */
	assert_int_equal(parse("2028-03-01") - parse("2028-02-28"), 2);
	assert_int_equal(parse("2027-03-01") - parse("2027-02-28"), 1);
}

static void test_parse_rejects(void **state)
{
	(void)state;
	const char *bad[] = { "", "2026-13-01", "2026-00-10", "2026-11-31", "2026-1-01",
	                      "2026/11/01", "26-11-01", "2026-11-01x", " 2026-11-01",
	                      "2026-11-0a", "1899-12-31", "9999-01-01", NULL };
	for (int i = 0; bad[i]; i++) {
		tend_day d;
		assert_false(day_parse(bad[i], &d));
	}
	int m;
	assert_true(day_parse_hhmm("00:00", &m));
	assert_int_equal(m, 0);
	assert_true(day_parse_hhmm("23:59", &m));
	assert_int_equal(m, 23 * 60 + 59);
	assert_false(day_parse_hhmm("24:00", &m));
	assert_false(day_parse_hhmm("9:00", &m));
	assert_false(day_parse_hhmm("09:60", &m));
	assert_false(day_parse_hhmm("09-00", &m));
}

static void test_weekdays(void **state)
{
	(void)state;
	assert_int_equal(day_weekday(parse("2026-11-23")), DAY_MON);
	assert_int_equal(day_weekday(parse("2027-01-21")), DAY_THU);
	assert_int_equal(day_weekday(parse("1969-12-31")), DAY_WED);
	tend_day wed = parse("2026-11-25");
	assert_int_equal(day_week_start(wed, DAY_MON), parse("2026-11-23"));
	assert_int_equal(day_week_start(wed, DAY_SUN), parse("2026-11-22"));
	assert_int_equal(day_week_start(wed, DAY_WED), wed);
	assert_int_equal(day_week_start(wed, DAY_THU), parse("2026-11-19"));
	int wd;
	assert_true(day_parse_weekday("Sunday", &wd));
	assert_int_equal(wd, DAY_SUN);
	assert_false(day_parse_weekday("sun", &wd));
	char buf[16];
	day_format_short(parse("2026-11-23"), buf);
	assert_string_equal(buf, "Mon 23 Nov");
	/* One space in text; the column form pads the day to line up. */
	day_format_short(parse("2026-12-01"), buf);
	assert_string_equal(buf, "Tue 1 Dec");
	day_format_column(parse("2026-12-01"), buf);
	assert_string_equal(buf, "Tue  1 Dec");
}

static void test_day_boundary(void **state)
{
	(void)state;
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	tend_day d = parse("2026-11-23");
	/* 00:30 belongs to the evening before when the day starts at 04:00. */
	assert_int_equal(day_of_time(day_time_at(d, 30), 4 * 60), d - 1);
	assert_int_equal(day_of_time(day_time_at(d, 3 * 60 + 59), 4 * 60), d - 1);
	assert_int_equal(day_of_time(day_time_at(d, 4 * 60), 4 * 60), d);
	assert_int_equal(day_of_time(day_time_at(d, 23 * 60 + 59), 4 * 60), d);
	assert_int_equal(day_of_time(day_time_at(d, 30), 0), d);
	assert_int_equal(day_plan_number(d, d), 1);
	assert_int_equal(day_plan_number(d, parse("2027-01-21")), 60);
}

static void test_dst(void **state)
{
	(void)state;
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	/* Clocks change at 02:00/03:00 on 2026-03-29 and 2026-10-25 in Berlin, so
	 * the tend days before them (04:00 to 04:00) last 23 and 25 hours; every
	 * moment of those days still belongs to that one day. */
	const char *days[] = { "2026-03-28", "2026-10-24" };
	for (int k = 0; k < 2; k++) {
		tend_day d = parse(days[k]);
		time_t from = day_time_at(d, 4 * 60), to = day_time_at(d + 1, 4 * 60);
		assert_int_equal((long)(to - from), k == 0 ? 23 * 3600 : 25 * 3600);
		for (time_t t = from; t < to; t += 600)
			assert_int_equal(day_of_time(t, 4 * 60), d);
		assert_int_equal(day_of_time(to, 4 * 60), d + 1);
	}
	setenv("TZ", "America/New_York", 1);
	tzset();
	tend_day d = parse("2026-11-01");
	assert_int_equal(day_of_time(day_time_at(d, 21 * 60), 4 * 60), d);
	assert_int_equal(day_of_time(day_time_at(d, 60 + 30), 4 * 60), d - 1);
}

/* A day that starts at 02:30 in Berlin on the night the clocks go back
 * (2026-10-25, 03:00 CEST -> 02:00 CET): 02:00-02:59 comes twice, but the
 * day moves on once, at the first 02:30, and never back while time goes
 * on. On the night they go forward (2027-03-28, 02:00 CET -> 03:00 CEST)
 * there is no 02:30: the day starts at 03:00. */
static void test_day_never_goes_back(void **state)
{
	(void)state;
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	const int start = 2 * 60 + 30;
	tend_day sat = parse("2026-10-24");
	time_t from = day_time_at(sat, 22 * 60), first = (time_t)1792888200; /* 02:30 CEST */
	tend_day prev = sat;
	for (time_t t = from; t < from + 8 * 3600; t += 60) {
		tend_day d = day_of_time(t, start);
		assert_true(d >= prev);
		assert_int_equal(d, t < first ? sat : sat + 1);
		prev = d;
	}
	tend_day spring = parse("2027-03-27");
	from = day_time_at(spring, 22 * 60);
	time_t jump = (time_t)1806195600; /* 2027-03-28 03:00 CEST = 01:00 UTC */
	prev = spring;
	for (time_t t = from; t < from + 8 * 3600; t += 60) {
		tend_day d = day_of_time(t, start);
		assert_true(d >= prev);
		assert_int_equal(d, t < jump ? spring : spring + 1);
		prev = d;
	}
	/* An ordinary day and a day starting at midnight are as before. */
	assert_int_equal(day_of_time(day_time_at(parse("2026-11-23"), 2 * 60), start),
	                 parse("2026-11-22"));
	assert_int_equal(day_of_time(day_time_at(parse("2026-10-25"), 2 * 60 + 10), 0),
	                 parse("2026-10-25"));
}

/* A real date tend cannot hold is "out of range", not "not a date". */
static void test_parse_range(void **state)
{
	(void)state;
	tend_day d = 0;
	assert_int_equal(day_parse_check("9999-12-31", &d), DAY_PARSE_RANGE);
	assert_int_equal(day_parse_check("1899-12-31", &d), DAY_PARSE_RANGE);
	assert_int_equal(day_parse_check("0000-01-01", &d), DAY_PARSE_RANGE);
	assert_int_equal(day_parse_check("9999-02-30", &d), DAY_PARSE_BAD);
	assert_int_equal(day_parse_check("2026-13-01", &d), DAY_PARSE_BAD);
	assert_int_equal(day_parse_check("9998-12-31", &d), DAY_PARSE_OK);
	assert_int_equal(d, DAY_LAST);
	assert_int_equal(day_parse_check("1900-01-01", &d), DAY_PARSE_OK);
	assert_int_equal(d, DAY_FIRST);
	assert_int_equal(DAY_SHOW_LAST, day_from_ymd(9999, 12, 31));
	assert_true(day_in_range(DAY_LAST));
	assert_false(day_in_range(DAY_LAST + 1));
	assert_false(day_in_range(DAY_FIRST - 1));
	assert_string_equal(day_parse_problem(DAY_PARSE_RANGE),
	                    "is out of range (tend takes days from 1900-01-01 to 9998-12-31)");
	assert_string_equal(day_parse_problem(DAY_PARSE_BAD), "is not a date (YYYY-MM-DD)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_leap_years),
		cmocka_unit_test(test_parse_rejects),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_day_boundary),
		cmocka_unit_test(test_dst),
		cmocka_unit_test(test_day_never_goes_back),
		cmocka_unit_test(test_parse_range),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
