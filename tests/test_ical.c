/* Unit tests for the calendar's pure parts (escaping, folding, UIDs, the
 * zone's VTIMEZONE, an event's lines) and for the builders that read the
 * store: a planned return, rituals kept and paused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <time.h>
#include <unistd.h>

#include "tend/ical.h"
#include "tend/ritual.h"
#include "tend/timeout.h"

#include "practice_fixture.h"

static void unused_counter(void) { (void)practice_count; }

static void set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

static void test_escape(void **state)
{
	(void)state;
	unused_counter();
	char buf[64];
	assert_int_equal(ical_escape("a,b;c\\d\nE", buf, sizeof buf), 13);
	assert_string_equal(buf, "a\\,b\\;c\\\\d\\nE");
	/* Control characters are left out; UTF-8 stays as it is. */
	ical_escape("x\ty\rz\x7f Zoë", buf, sizeof buf);
	assert_string_equal(buf, "xyz Zoë");
	/* Too small: cut, and the length it needed is told. */
	assert_int_equal(ical_escape("one,two", buf, 4), 8);
	assert_string_equal(buf, "one");
}

/* Each physical line of s: at most 75 octets before its CRLF, the next
 * ones begun by a space; unfolded, they give back want. */
static void check_folded(const char *s, const char *want)
{
	char joined[4096] = "";
	const char *p = s;
	bool first = true;
	while (*p) {
		const char *crlf = strstr(p, "\r\n");
		assert_non_null(crlf);
		size_t len = (size_t)(crlf - p);
		assert_true(len <= ICAL_LINE_OCTETS);
		if (!first) {
			assert_int_equal(p[0], ' ');
			p++;
			len--;
		}
		/* Never the middle of a UTF-8 character at a fold. */
		assert_true(len == 0 || ((unsigned char)p[0] & 0xc0) != 0x80);
		strncat(joined, p, len);
		p = crlf + 2;
		first = false;
	}
	assert_string_equal(joined, want);
}

static void test_fold(void **state)
{
	(void)state;
	char line[400], *out = NULL;
	size_t size = 0;
	/* Short: one line, CRLF. */
	FILE *f = open_memstream(&out, &size);
	assert_int_equal(ical_put_line(f, "SUMMARY:Evening"), 0);
	fclose(f);
	assert_string_equal(out, "SUMMARY:Evening\r\n");
	free(out);
	/* Exactly 75 octets stays one line; 76 folds. */
	memset(line, 'a', 75);
	line[75] = '\0';
	f = open_memstream(&out, &size);
	ical_put_line(f, line);
	fclose(f);
	assert_int_equal(strlen(out), 77);
	free(out);
	line[75] = 'b';
	line[76] = '\0';
	f = open_memstream(&out, &size);
	ical_put_line(f, line);
	fclose(f);
	assert_non_null(strstr(out, "\r\n b\r\n"));
	check_folded(out, line);
	free(out);
	/* Two-octet characters across several folds. */
	strcpy(line, "SUMMARY:");
	for (int i = 0; i < 90; i++)
		strcat(line, "é");
	f = open_memstream(&out, &size);
	ical_put_line(f, line);
	fclose(f);
	check_folded(out, line);
	free(out);
}

static void test_uid(void **state)
{
	(void)state;
	char a[128], b[128], c[128], d[128];
	ical_uid("0123456789abcdef", "ritual", "123456789", a, sizeof a);
	ical_uid("0123456789abcdef", "ritual", "123456789", b, sizeof b);
	ical_uid("0123456789abcdef", "ritual", "123456788", c, sizeof c);
	ical_uid("fedcba9876543210", "ritual", "123456789", d, sizeof d);
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	assert_string_not_equal(a, d);
	/* "ritual-" 16 hex digits "@tend", and nothing of the key. */
	assert_int_equal(strlen(a), strlen("ritual-") + 16 + strlen("@tend"));
	assert_memory_equal(a, "ritual-", 7);
	assert_string_equal(a + 23, "@tend");
	assert_null(strstr(a, "123456789"));
	for (int i = 7; i < 23; i++)
		assert_non_null(strchr("0123456789abcdef", a[i]));
}

static void test_db_id(void **state)
{
	struct practice *p = *state;
	char abs[17], rel[17], other[17];
	ical_db_id(p->path, abs);
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(p->dir), 0);
	ical_db_id("tend.db", rel);
	ical_db_id("./none-yet.db", other);
	assert_int_equal(chdir(cwd), 0);
	/* The same file however it is named; another file, another id. */
	assert_string_equal(abs, rel);
	assert_string_not_equal(abs, other);
	assert_int_equal(strlen(abs), 16);
}

/* The database's own name: 16 hex digits, made once, kept when the file
 * is opened again or copied elsewhere. */
static void test_store_name(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	char a[17], b[17];
	assert_int_equal(store_calendar_id(p->app.st, a, &err), TEND_OK);
	assert_int_equal(strlen(a), 16);
	for (int i = 0; i < 16; i++)
		assert_non_null(strchr("0123456789abcdef", a[i]));
	store_close(p->app.st);
	char copy[160];
	snprintf(copy, sizeof copy, "%s/copy.db", p->dir);
	assert_int_equal(rename(p->path, copy), 0);
	p->app.st = store_open(copy, &err);
	assert_non_null(p->app.st);
	assert_int_equal(store_calendar_id(p->app.st, b, &err), TEND_OK);
	assert_string_equal(a, b);
	/* Another database, another name. */
	struct store *other = store_open(p->path, &err);
	assert_non_null(other);
	assert_int_equal(store_calendar_id(other, b, &err), TEND_OK);
	assert_string_not_equal(a, b);
	store_close(other);
}

/* The calendar of c as text (malloc'd). */
static char *written(const struct ical_cal *c)
{
	char *out = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&out, &size);
	struct tend_err err = { 0 };
	assert_int_equal(ical_write(f, c, 1796083200, &err), TEND_OK);
	fclose(f);
	return out;
}

static void test_zone_berlin(void **state)
{
	(void)state;
	set_tz("Europe/Berlin");
	struct ical_cal c = { .from = day_from_ymd(2026, 3, 1), .to = day_from_ymd(2026, 12, 31) };
	snprintf(c.db_id, sizeof c.db_id, "0123456789abcdef");
	char *s = written(&c);
	assert_non_null(strstr(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tend//tend "));
	assert_non_null(strstr(s, "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
	/* The change that set March's offset, then the two of 2026. */
	assert_non_null(strstr(s, "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\n"
	                       "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"));
	assert_non_null(strstr(s, "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\n"
	                       "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"));
	assert_non_null(strstr(s, "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\n"
	                       "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"));
	assert_null(strstr(s, "20270328"));
	assert_non_null(strstr(s, "END:VCALENDAR\r\n"));
	free(s);
	set_tz("UTC");
}

static void test_zone_utc(void **state)
{
	(void)state;
	set_tz("UTC");
	struct ical_cal c = { .from = day_from_ymd(2026, 3, 1), .to = day_from_ymd(2026, 12, 31) };
	char *s = written(&c);
	assert_non_null(strstr(s, "TZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
	                       "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\n"));
	assert_null(strstr(s, "DAYLIGHT"));
	free(s);
}

/* A daily evening across the change to summer time: the wall clock stays,
 * UNTIL is the last one in UTC, a day left out is an EXDATE. */
static void test_event_lines(void **state)
{
	(void)state;
	set_tz("Europe/Berlin");
	struct ical_cal c = { .from = day_from_ymd(2026, 3, 20), .to = day_from_ymd(2026, 4, 30) };
	snprintf(c.db_id, sizeof c.db_id, "0123456789abcdef");
	struct ical_event *e = ical_cal_add(&c, "checkin", "plan");
	snprintf(e->title, sizeof e->title, "%s", ical_title(&c, "Evening", "Check-in"));
	e->day = c.from;
	e->at = 21 * 60 + 30;
	e->minutes = 45;
	e->repeat = ICAL_DAILY;
	e->until = day_from_ymd(2026, 4, 5);
	assert_true(ical_event_exclude(e, day_from_ymd(2026, 3, 25)));
	e = ical_cal_add(&c, "phase", "%s", "ground-rules");
	snprintf(e->title, sizeof e->title, "Closer, at your own pace");
	e->day = c.from;
	e->days = 14;
	char *s = written(&c);
	assert_non_null(strstr(s, "DTSTAMP:20261201T000000Z\r\n"));
	assert_non_null(strstr(s, "DTSTART;TZID=Europe/Berlin:20260320T213000\r\n"
	                       "DTEND;TZID=Europe/Berlin:20260320T221500\r\n"
	                       "RRULE:FREQ=DAILY;UNTIL=20260405T193000Z\r\n"
	                       "EXDATE;TZID=Europe/Berlin:20260325T213000\r\n"
	                       "SUMMARY:Evening\r\n"));
	assert_non_null(strstr(s, "DTSTART;VALUE=DATE:20260320\r\nDTEND;VALUE=DATE:20260403\r\n"
	                       "SUMMARY:Closer\\, at your own pace\r\n"));
	char uid[128];
	ical_uid(c.db_id, "checkin", "plan", uid, sizeof uid);
	assert_non_null(strstr(s, uid));
	free(s);
	ical_cal_free(&c);
	set_tz("UTC");
}

/* A return planned for the running time-out is on the calendar, at its
 * time; once back, it is not. */
static void test_timeout_return(void **state)
{
	struct practice *p = *state;
	set_tz("UTC");
	struct tend_err err = { 0 };
	int64_t now = (int64_t)time(NULL);
	p->app.today = day_of_time((time_t)now, p->app.cfg.day_starts_at);
	struct ical_cal c = { .from = p->app.today - 1, .to = p->app.today + 365 };
	assert_int_equal(ical_add_timeout(&p->app, &c, &err), TEND_OK);
	assert_int_equal(c.n, 0);
	struct entry t = { .partner = 1, .phrase = 1 };
	enum timeout_bar bar;
	assert_int_equal(timeout_call(&p->app, now, &t, &bar, NULL, &err), TEND_OK);
	/* Two hours on, on the minute. */
	time_t at = (time_t)(now + 2 * 3600);
	struct tm tm;
	gmtime_r(&at, &tm);
	int64_t when;
	bool skipped;
	assert_int_equal(timeout_schedule(p->app.st, &p->app.cfg, &t, tm.tm_hour * 60 + tm.tm_min,
	                                  now, &when, &skipped, &err), TEND_OK);
	assert_int_equal(ical_add_timeout(&p->app, &c, &err), TEND_OK);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].kind, "return");
	assert_int_equal(c.v[0].at, tm.tm_hour * 60 + tm.tm_min);
	assert_int_equal(c.v[0].day, day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday));
	assert_string_equal(c.v[0].title, "Catch up");
	ical_cal_free(&c);
	int minutes;
	assert_int_equal(timeout_return(p->app.st, &t, now + 60, &minutes, &err), TEND_OK);
	assert_int_equal(ical_add_timeout(&p->app, &c, &err), TEND_OK);
	assert_int_equal(c.n, 0);
	entry_clear(&t);
}

/* Rituals: weekly on their weekdays, the name only with plain titles; one
 * paused until further notice is left out. */
static void test_rituals(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct ritual_change rc;
	tend_day mon = day_from_ymd(2026, 11, 23);
	unsigned days;
	assert_true(ritual_days_parse("mon,thu", &days));
	assert_int_equal(ritual_add(p->app.st, "Thursday walk", days, 19 * 60, mon, &rc, &err),
	                 TEND_OK);
	assert_int_equal(ritual_add(p->app.st, "Sunday coffee", 1u << DAY_SUN, -1, mon, &rc, &err),
	                 TEND_OK);
	struct ical_cal c = { .from = day_from_ymd(2026, 11, 25), .to = day_from_ymd(2027, 11, 25) };
	assert_int_equal(ical_add_rituals(&p->app, &c, &err), TEND_OK);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[0].title, "Together time");
	assert_int_equal(c.v[0].repeat, ICAL_WEEKLY);
	assert_int_equal(c.v[0].weekdays, days);
	assert_int_equal(c.v[0].day, day_from_ymd(2026, 11, 26)); /* the first Thursday */
	assert_int_equal(c.v[0].at, 19 * 60);
	assert_int_equal(c.v[1].at, -1);
	assert_int_equal(c.v[1].day, day_from_ymd(2026, 11, 29));
	ical_cal_free(&c);
	c.plain = true;
	assert_int_equal(ritual_pause(p->app.st, "Sunday coffee", mon + 1, "travel", &rc, &err),
	                 TEND_OK);
	assert_int_equal(ical_add_rituals(&p->app, &c, &err), TEND_OK);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].title, "Thursday walk");
	ical_cal_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_uid),
		cmocka_unit_test_setup_teardown(test_db_id, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_store_name, practice_setup, practice_teardown),
		cmocka_unit_test(test_zone_berlin),
		cmocka_unit_test(test_zone_utc),
		cmocka_unit_test(test_event_lines),
		cmocka_unit_test_setup_teardown(test_timeout_return, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_rituals, practice_setup, practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
