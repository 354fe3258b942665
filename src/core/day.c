#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tend/day.h"

/* Days from 1970-01-01 to a civil date (Howard Hinnant's well-known method,
 * rewritten here: shift the year to start in March so leap days come last). */
tend_day day_from_ymd(int year, int month, int mday)
{
	int y = year - (month <= 2);
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int mp = (month + 9) % 12;
	int doy = (153 * mp + 2) / 5 + mday - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (tend_day)(era * 146097 + doe - 719468);
}

void day_to_ymd(tend_day d, int *year, int *month, int *mday)
{
	int z = d + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int m = mp < 10 ? mp + 3 : mp - 9;
	*mday = doy - (153 * mp + 2) / 5 + 1;
	*month = m;
	*year = yoe + era * 400 + (m <= 2);
}

static bool is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_length(int y, int m)
{
	static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Read exactly n decimal digits. */
static bool read_digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

enum day_parse_result day_parse_check(const char *s, tend_day *out)
{
	int y, m, d;
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return DAY_PARSE_BAD;
	if (!read_digits(s, 4, &y) || !read_digits(s + 5, 2, &m) ||
	    !read_digits(s + 8, 2, &d))
		return DAY_PARSE_BAD;
	if (m < 1 || m > 12 || d < 1 || d > month_length(y, m))
		return DAY_PARSE_BAD;
	/* A real date, but one tend cannot hold (see DAY_FIRST, DAY_LAST). */
	tend_day v = day_from_ymd(y, m, d);
	if (v < DAY_FIRST || v > DAY_LAST)
		return DAY_PARSE_RANGE;
	*out = v;
	return DAY_PARSE_OK;
}

bool day_parse(const char *s, tend_day *out)
{
	return day_parse_check(s, out) == DAY_PARSE_OK;
}

const char *day_parse_problem(enum day_parse_result r)
{
	switch (r) {
	case DAY_PARSE_OK: return "is a date";
	case DAY_PARSE_RANGE: return "is out of range (tend takes days from 1900-01-01 to 9998-12-31)";
	default: return "is not a date (YYYY-MM-DD)";
	}
}

bool day_in_range(tend_day d)
{
	return d >= DAY_FIRST && d <= DAY_LAST;
}

void day_format(tend_day d, char *buf)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	/* Written digit by digit: years stay within 0..9999 by construction. */
	unsigned yy = (unsigned)y % 10000u;
	buf[0] = (char)('0' + yy / 1000);
	buf[1] = (char)('0' + yy / 100 % 10);
	buf[2] = (char)('0' + yy / 10 % 10);
	buf[3] = (char)('0' + yy % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + md / 10);
	buf[9] = (char)('0' + md % 10);
	buf[10] = '\0';
}

void day_format_short(tend_day d, char *buf)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	snprintf(buf, 16, "%s %d %s", day_weekday_abbr(day_weekday(d)), md,
	         day_month_abbr(m));
}

void day_format_column(tend_day d, char *buf)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	snprintf(buf, 16, "%s %2d %s", day_weekday_abbr(day_weekday(d)), md,
	         day_month_abbr(m));
}

int day_weekday(tend_day d)
{
	/* 1970-01-01 was a Thursday (3 with Monday = 0). */
	int w = (d + 3) % 7;
	return w < 0 ? w + 7 : w;
}

static const char *const weekday_names[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};
static const char *const weekday_abbrs[7] = {
	"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
};
static const char *const month_abbrs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

const char *day_weekday_name(int wd)
{
	return wd >= 0 && wd < 7 ? weekday_names[wd] : "?";
}

const char *day_weekday_abbr(int wd)
{
	return wd >= 0 && wd < 7 ? weekday_abbrs[wd] : "?";
}

const char *day_month_abbr(int month)
{
	return month >= 1 && month <= 12 ? month_abbrs[month - 1] : "?";
}

bool day_parse_weekday(const char *s, int *wd)
{
	for (int i = 0; s && i < 7; i++) {
		if (strcasecmp(s, weekday_names[i]) == 0) {
			*wd = i;
			return true;
		}
	}
	return false;
}

tend_day day_week_start(tend_day d, int week_start)
{
	int back = (day_weekday(d) - week_start + 7) % 7;
	return d - back;
}

bool day_parse_hhmm(const char *s, int *minutes)
{
	int h, m;
	if (!s || strlen(s) != 5 || s[2] != ':')
		return false;
	if (!read_digits(s, 2, &h) || !read_digits(s + 3, 2, &m))
		return false;
	if (h > 23 || m > 59)
		return false;
	*minutes = h * 60 + m;
	return true;
}

void day_format_hhmm(int minutes, char *buf)
{
	if (minutes < 0 || minutes >= 24 * 60)
		minutes = 0;
	snprintf(buf, 6, "%02d:%02d", minutes / 60, minutes % 60);
}

/* The earliest moment of calendar day d at which the wall clock reads
 * minute_of_day; (time_t)-1 when the clock skips that reading that day.
 * On the night the clocks go back a reading comes twice: this is the first. */
static time_t first_reading(tend_day d, int minute_of_day)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	time_t best = (time_t)-1;
	for (int dst = 0; dst <= 1; dst++) {
		struct tm tm = { 0 }, back;
		tm.tm_year = y - 1900;
		tm.tm_mon = m - 1;
		tm.tm_mday = md;
		tm.tm_hour = minute_of_day / 60;
		tm.tm_min = minute_of_day % 60;
		tm.tm_isdst = dst;
		time_t t = mktime(&tm);
		/* mktime moves a reading that does not exist with this DST flag;
		 * only one that reads back the same is a real moment. */
		if (t == (time_t)-1 || !localtime_r(&t, &back) || back.tm_mday != md ||
		    back.tm_hour * 60 + back.tm_min != minute_of_day)
			continue;
		if (best == (time_t)-1 || t < best)
			best = t;
	}
	return best;
}

tend_day day_of_time(time_t t, int day_starts_at)
{
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return DAY_INVALID;
	tend_day d = day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	/* The wall clock, not elapsed seconds, decides: DST days stay whole. */
	if (tm.tm_hour * 60 + tm.tm_min >= day_starts_at)
		return d;
	/* Before the start by the clock; but when the clocks went back after
	 * the day had started, the day stays: it never goes back while time
	 * goes on. */
	time_t start = first_reading(d, day_starts_at);
	return start != (time_t)-1 && start <= t ? d : d - 1;
}

time_t day_time_at(tend_day d, int minute_of_day)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	struct tm tm = { 0 };
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = md;
	tm.tm_hour = minute_of_day / 60;
	tm.tm_min = minute_of_day % 60;
	tm.tm_isdst = -1;
	return mktime(&tm);
}

int day_plan_number(tend_day start, tend_day d)
{
	return (int)(d - start) + 1;
}
