/* day: calendar arithmetic on whole days, independent of time zones. */
#ifndef TEND_DAY_H
#define TEND_DAY_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

/* A calendar day, counted from 1970-01-01 (= 0) in the proleptic Gregorian calendar. */
typedef int32_t tend_day;
#define DAY_INVALID INT32_MIN

/* Weekdays: 0 = Monday ... 6 = Sunday. */
enum { DAY_MON, DAY_TUE, DAY_WED, DAY_THU, DAY_FRI, DAY_SAT, DAY_SUN };

tend_day day_from_ymd(int year, int month, int mday);
void day_to_ymd(tend_day d, int *year, int *month, int *mday);

/* The days tend can hold: 1900-01-01 to 9998-12-31, so that every week and
 * plan around a day it takes still has four-digit years. */
#define DAY_FIRST ((tend_day)-25567)   /* 1900-01-01 */
#define DAY_LAST ((tend_day)2932531)   /* 9998-12-31 */
/* The last day any view may show: 9999-12-31. */
#define DAY_SHOW_LAST ((tend_day)2932896)

enum day_parse_result { DAY_PARSE_OK, DAY_PARSE_BAD, DAY_PARSE_RANGE };
/* Strict "YYYY-MM-DD" with real month lengths: DAY_PARSE_BAD when it is not
 * a date, DAY_PARSE_RANGE when it is one outside DAY_FIRST..DAY_LAST. */
enum day_parse_result day_parse_check(const char *s, tend_day *out);
/* The same, true only for DAY_PARSE_OK. */
bool day_parse(const char *s, tend_day *out);
/* What is wrong, to follow the text given: "is not a date (YYYY-MM-DD)" or
 * "is out of range (...)". */
const char *day_parse_problem(enum day_parse_result r);
/* DAY_FIRST <= d <= DAY_LAST. */
bool day_in_range(tend_day d);
/* "YYYY-MM-DD" into buf (at least 11 bytes). */
void day_format(tend_day d, char *buf);
/* "Mon 23 Nov", "Tue 1 Dec" into buf (at least 16 bytes), for text. */
void day_format_short(tend_day d, char *buf);
/* "Tue  1 Dec": the day of the month padded to two columns, so dates line
 * up in a column (at least 16 bytes). */
void day_format_column(tend_day d, char *buf);

int day_weekday(tend_day d);
const char *day_weekday_name(int wd);  /* "monday" */
const char *day_weekday_abbr(int wd);  /* "Mon" */
const char *day_month_abbr(int month); /* 1..12 -> "Jan" */
/* Accepts a full weekday name, case-insensitive. */
bool day_parse_weekday(const char *s, int *wd);

/* The first day of the week that holds d, weeks starting on week_start (0=Mon). */
tend_day day_week_start(tend_day d, int week_start);

/* Strict "HH:MM", 00:00-23:59, into minutes after midnight. */
bool day_parse_hhmm(const char *s, int *minutes);
/* "HH:MM" into buf (at least 6 bytes). */
void day_format_hhmm(int minutes, char *buf);

/* The tend day a local time belongs to: before day_starts_at (minutes) it is
 * still the previous day, so a check-in at 00:30 counts for the evening before.
 * It never goes back as t goes on: when the clocks are turned back after the
 * day started, the repeated readings before the start stay in the new day. */
tend_day day_of_time(time_t t, int day_starts_at);
/* The local time at minute_of_day on calendar day d (DST-aware, via mktime). */
time_t day_time_at(tend_day d, int minute_of_day);

/* Day number in the plan: the start day is day 1. */
int day_plan_number(tend_day start, tend_day d);

#endif
