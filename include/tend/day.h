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

/* Strict "YYYY-MM-DD" (years 1900-9999, real month lengths); false if not a date. */
bool day_parse(const char *s, tend_day *out);
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
 * still the previous day, so a check-in at 00:30 counts for the evening before. */
tend_day day_of_time(time_t t, int day_starts_at);
/* The local time at minute_of_day on calendar day d (DST-aware, via mktime). */
time_t day_time_at(tend_day d, int minute_of_day);

/* Day number in the plan: the start day is day 1. */
int day_plan_number(tend_day start, tend_day d);

#endif
