/* ical: what is ahead as an RFC 5545 calendar, for a phone or a calendar
 * server: the evening check-in, the plan's phases, the rituals, a planned
 * return from a time-out and the reviews due. A calendar leaves the
 * computer, so it holds none of the couple's entries: neutral titles
 * ("Evening", "Together time") unless the couple asks for plain ones, and
 * never a talk, a reason or a note. Each kind of event has a builder; the
 * builders run in order (ical_build) and the writer turns the events into
 * the file's text (ical_write). */
#ifndef TEND_ICAL_H
#define TEND_ICAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tend/app.h"
#include "tend/day.h"
#include "tend/err.h"

/* How far ahead the calendar reaches: a year from the first day, or the
 * plan's last day when that is later. Recurring events end there; a new
 * export reaches further (the UIDs stay, so clients update). */
#define ICAL_AHEAD_DAYS 365
/* The longest line of the file, in octets, before its CRLF. */
#define ICAL_LINE_OCTETS 75
/* A planned return from a time-out is a moment; calendars show it as a
 * slot of this many minutes. */
#define ICAL_RETURN_MINUTES 15
/* Days left out of one recurring event (paused days). */
#define ICAL_MAX_EXDATES 400

enum ical_repeat {
	ICAL_ONCE,
	ICAL_DAILY,   /* every day up to until */
	ICAL_WEEKLY,  /* on the weekdays of the mask up to until */
};

/* One event of the calendar. Timed when at >= 0 (local time, the zone's
 * TZID), else all-day. */
struct ical_event {
	char kind[16];          /* "checkin", "phase", ... (part of the UID) */
	char key[64];           /* what tells events of one kind apart */
	char title[128];        /* tend's words, or with plain titles the name
	                           the couple gave a ritual */
	tend_day day;           /* the first day */
	int at;                 /* minutes after midnight; -1: all day */
	int minutes;            /* timed: how long */
	int days;               /* all day: how many days (at least 1) */
	int repeat;             /* enum ical_repeat */
	unsigned weekdays;      /* ICAL_WEEKLY: bit 0 = Monday */
	tend_day until;         /* repeating: the last day it may fall on */
	tend_day *exdates;      /* repeating: days left out, ascending */
	size_t n_exdates;
};

/* The events, in the order the builders made them, and the days the
 * calendar covers. */
struct ical_cal {
	tend_day from, to;
	bool plain;             /* plain titles (--plain, calendar-plain) */
	char db_id[17];         /* 16 hex digits standing for the database: its
	                           own random name (store_calendar_id), else
	                           ical_db_id of its path */
	struct ical_event *v;
	size_t n, cap;
};

void ical_cal_free(struct ical_cal *c);
/* A new event of kind with key (printf-style), zeroed otherwise (at -1,
 * days 1, repeat ICAL_ONCE), appended to c; NULL when out of memory. */
struct ical_event *ical_cal_add(struct ical_cal *c, const char *kind, const char *keyfmt,
                                ...) __attribute__((format(printf, 3, 4)));
/* Leave day d out of a repeating event; false when out of memory or too
 * many. */
bool ical_event_exclude(struct ical_event *e, tend_day d);
/* The neutral title, or the plain one when the calendar asks for it. */
const char *ical_title(const struct ical_cal *c, const char *neutral, const char *plain);

/* A builder adds its kind of events for the days c->from to c->to. The
 * store may be NULL (no database yet). */
typedef int (*ical_builder)(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_checkin(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_phases(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_rituals(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_timeout(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_reviews(struct app *app, struct ical_cal *c, struct tend_err *err);
int ical_add_task_reviews(struct app *app, struct ical_cal *c, struct tend_err *err);
/* The open windows (window.h), weekly; an hour when no length was set. */
enum { ICAL_WINDOW_MINUTES = 60 };
int ical_add_windows(struct app *app, struct ical_cal *c, struct tend_err *err);

/* Every builder's events from app->today on (plain: plain titles). */
int ical_build(struct app *app, bool plain, struct ical_cal *out, struct tend_err *err);

/* The local zone's name for TZID: $TZ (without a leading ':' or the
 * zoneinfo folder), else where /etc/localtime points, else "UTC"; only
 * letters, digits and "/_+-." are kept. */
void ical_zone_name(char *buf, size_t size);

/* The whole calendar: VCALENDAR with PRODID and VERSION, the VTIMEZONE of
 * the local zone (its real changes between c->from and c->to, from the C
 * library) and each event with a stable UID and DTSTAMP stamp (unix
 * seconds). Lines end in CRLF, folded at ICAL_LINE_OCTETS. */
int ical_write(FILE *f, const struct ical_cal *c, int64_t stamp, struct tend_err *err);

/* The pure parts, for the writer and its tests. */
/* Escape text for a TEXT value (backslash, semicolon, comma, newline);
 * control characters are left out. Returns the length it needed (as
 * snprintf). */
size_t ical_escape(const char *s, char *buf, size_t size);
/* Write one content line folded at ICAL_LINE_OCTETS octets (never inside
 * a UTF-8 character), each part ended by CRLF, the next begun by a space. */
int ical_put_line(FILE *f, const char *line);
/* The UID of an event: the kind in words, then 16 hex digits mixed from
 * the database's id, the kind and the key (so that no key's text shows),
 * "@tend". */
void ical_uid(const char *db_id, const char *kind, const char *key, char *buf, size_t size);
/* 16 hex digits standing for a database: mixed from the path of its file
 * as the system resolves it. */
void ical_db_id(const char *db_path, char out[17]);

#endif
