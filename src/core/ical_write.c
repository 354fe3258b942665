/* ical_write: the events as the text of an RFC 5545 file: a VCALENDAR
 * with the local zone and one VEVENT each, lines ended by CRLF and folded
 * at 75 octets. */
#include <string.h>
#include <time.h>

#include "ical_priv.h"
#include "tend-build.h"

/* "20261201" */
static void fmt_date(tend_day d, char *buf, size_t size)
{
	int y, m, md;
	day_to_ymd(d, &y, &m, &md);
	snprintf(buf, size, "%04d%02d%02d", y, m, md);
}

/* "20261201T210000": the wall clock at minute of day d (minute may run
 * past midnight into the next days). */
static void fmt_local(tend_day d, int minute, char *buf, size_t size)
{
	char date[16];
	fmt_date(d + minute / 1440, date, sizeof date);
	snprintf(buf, size, "%sT%02d%02d00", date, minute % 1440 / 60, minute % 60);
}

/* "20261201T200000Z" */
static void fmt_utc(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	strftime(buf, size, "%Y%m%dT%H%M%SZ", &tm);
}

/* DTSTART;... or DTEND;... for a timed (TZID) or all-day event. */
static int put_when(FILE *f, const char *name, const struct ical_event *e, tend_day d,
                    int minute, const char *tzid)
{
	char v[32], line[192];
	if (e->at >= 0) {
		fmt_local(d, minute, v, sizeof v);
		snprintf(line, sizeof line, "%s;TZID=%s:%s", name, tzid, v);
	} else {
		fmt_date(d, v, sizeof v);
		snprintf(line, sizeof line, "%s;VALUE=DATE:%s", name, v);
	}
	return ical_put_line(f, line);
}

/* The RRULE of a repeating event, and its EXDATEs. */
static int put_repeat(FILE *f, const struct ical_event *e, const char *tzid)
{
	static const char *const byday[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
	char until[32], days[32] = "", line[192];
	/* UNTIL is UTC for a timed event (RFC 5545 3.3.10), a date otherwise. */
	if (e->at >= 0)
		fmt_utc((int64_t)day_time_at(e->until, e->at), until, sizeof until);
	else
		fmt_date(e->until, until, sizeof until);
	for (int wd = 0; e->repeat == ICAL_WEEKLY && wd < 7; wd++)
		if (e->weekdays & (1u << wd))
			snprintf(days + strlen(days), sizeof days - strlen(days), "%s%s",
			         days[0] ? "," : ";BYDAY=", byday[wd]);
	snprintf(line, sizeof line, "RRULE:FREQ=%s%s;UNTIL=%s",
	         e->repeat == ICAL_DAILY ? "DAILY" : "WEEKLY", days, until);
	int bad = ical_put_line(f, line);
	for (size_t i = 0; i < e->n_exdates; i++)
		bad |= put_when(f, "EXDATE", e, e->exdates[i], e->at, tzid);
	return bad;
}

static int put_event(FILE *f, const struct ical_cal *c, const struct ical_event *e,
                     const char *stamp, const char *tzid)
{
	char uid[128], title[512], line[640];
	ical_uid(c->db_id, e->kind, e->key, uid, sizeof uid);
	ical_escape(e->title, title, sizeof title);
	int bad = ical_put_line(f, "BEGIN:VEVENT");
	snprintf(line, sizeof line, "UID:%s", uid);
	bad |= ical_put_line(f, line);
	snprintf(line, sizeof line, "DTSTAMP:%s", stamp);
	bad |= ical_put_line(f, line);
	bad |= put_when(f, "DTSTART", e, e->day, e->at, tzid);
	if (e->at >= 0)
		bad |= put_when(f, "DTEND", e, e->day, e->at + e->minutes, tzid);
	else
		bad |= put_when(f, "DTEND", e, e->day + e->days, 0, tzid);
	if (e->repeat != ICAL_ONCE)
		bad |= put_repeat(f, e, tzid);
	snprintf(line, sizeof line, "SUMMARY:%s", title);
	bad |= ical_put_line(f, line);
	/* Private on a shared server; the all-day ones leave the time free. */
	bad |= ical_put_line(f, "CLASS:PRIVATE");
	bad |= ical_put_line(f, e->at >= 0 ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
	return bad | ical_put_line(f, "END:VEVENT");
}

int ical_write(FILE *f, const struct ical_cal *c, int64_t stamp, struct tend_err *err)
{
	char tzid[128], when[32];
	ical_zone_name(tzid, sizeof tzid);
	fmt_utc(stamp, when, sizeof when);
	int bad = ical_put_line(f, "BEGIN:VCALENDAR") | ical_put_line(f, "VERSION:2.0") |
	          ical_put_line(f, "PRODID:-//tend//tend " TEND_VERSION "//EN") |
	          ical_put_line(f, "CALSCALE:GREGORIAN");
	bad |= ical_zone_write(f, tzid, c->from, c->to);
	for (size_t i = 0; i < c->n; i++)
		bad |= put_event(f, c, &c->v[i], when, tzid);
	bad |= ical_put_line(f, "END:VCALENDAR");
	if (bad || ferror(f))
		return err_set(err, TEND_E_RUNTIME, "could not write the calendar");
	return TEND_OK;
}
