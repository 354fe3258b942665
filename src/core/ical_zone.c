/* ical_zone: the local time zone as a VTIMEZONE, made from what the C
 * library says of the zone (localtime_r's offset and daylight flag) in
 * the calendar's days: the changes found there, and the one before them
 * that sets the offset of the first day. */
#include <string.h>
#include <time.h>

#include "ical_priv.h"

/* How far apart two looks at the zone are: closer than any two changes. */
#define ZONE_STEP (6 * 3600)
/* How far back to look for the change that set the first day's offset. */
#define ZONE_BACK (400L * 86400)
/* At most this many changes are listed (two a year, and room to spare). */
#define ZONE_MAX 16

struct zone_state {
	long off;        /* seconds east of UTC */
	int dst;
	char name[16];
};

struct zone_change {
	time_t at;
	struct zone_state before, after;
};

static void zone_at(time_t t, struct zone_state *z)
{
	struct tm tm;
	memset(z, 0, sizeof *z);
	if (!localtime_r(&t, &tm))
		return;
	z->off = tm.tm_gmtoff;
	z->dst = tm.tm_isdst > 0;
	snprintf(z->name, sizeof z->name, "%s", tm.tm_zone ? tm.tm_zone : "");
}

static bool zone_same(const struct zone_state *a, const struct zone_state *b)
{
	return a->off == b->off && a->dst == b->dst;
}

/* The first second after a at which the zone is no longer as at a (it is
 * different at b). */
static time_t zone_edge(time_t a, time_t b)
{
	struct zone_state za, zm;
	zone_at(a, &za);
	while (b - a > 1) {
		time_t mid = a + (b - a) / 2;
		zone_at(mid, &zm);
		if (zone_same(&za, &zm))
			a = mid;
		else
			b = mid;
	}
	return b;
}

/* Every change from `from` to `to`, at most max, into v; how many. */
static size_t zone_changes(time_t from, time_t to, struct zone_change *v, size_t max)
{
	size_t n = 0;
	struct zone_state prev, cur;
	zone_at(from, &prev);
	for (time_t t = from; t < to && n < max; t += ZONE_STEP) {
		time_t next = t + ZONE_STEP;
		zone_at(next, &cur);
		if (zone_same(&prev, &cur))
			continue;
		v[n].at = zone_edge(t, next);
		zone_at(v[n].at - 1, &v[n].before);
		zone_at(v[n].at, &v[n].after);
		n++;
		prev = cur;
	}
	return n;
}

/* "+0100", or "+053000" when the offset has seconds. */
static void zone_offset(long off, char *buf, size_t size)
{
	char sign = off < 0 ? '-' : '+';
	/* No zone is a day or more off UTC. */
	int a = (int)((off < 0 ? -off : off) % 86400);
	if (a % 60)
		snprintf(buf, size, "%c%02d%02d%02d", sign, a / 3600, a / 60 % 60, a % 60);
	else
		snprintf(buf, size, "%c%02d%02d", sign, a / 3600, a / 60 % 60);
}

/* One STANDARD or DAYLIGHT part: from `at` (the wall clock as it read
 * just before, "19700101T000000" when at is 0), before -> after. */
static int zone_part(FILE *f, time_t at, const struct zone_state *before,
                     const struct zone_state *after)
{
	char start[20] = "19700101T000000", from[12], to[12], name[64], line[128];
	if (at) {
		time_t wall = at + before->off;
		struct tm tm;
		gmtime_r(&wall, &tm);
		strftime(start, sizeof start, "%Y%m%dT%H%M%S", &tm);
	}
	zone_offset(before->off, from, sizeof from);
	zone_offset(after->off, to, sizeof to);
	ical_escape(after->name, name, sizeof name);
	const char *kind = after->dst ? "DAYLIGHT" : "STANDARD";
	int bad = 0;
	snprintf(line, sizeof line, "BEGIN:%s", kind);
	bad |= ical_put_line(f, line);
	snprintf(line, sizeof line, "DTSTART:%s", start);
	bad |= ical_put_line(f, line);
	snprintf(line, sizeof line, "TZOFFSETFROM:%s", from);
	bad |= ical_put_line(f, line);
	snprintf(line, sizeof line, "TZOFFSETTO:%s", to);
	bad |= ical_put_line(f, line);
	if (name[0]) {
		snprintf(line, sizeof line, "TZNAME:%s", name);
		bad |= ical_put_line(f, line);
	}
	snprintf(line, sizeof line, "END:%s", kind);
	bad |= ical_put_line(f, line);
	return bad;
}

int ical_zone_write(FILE *f, const char *tzid, tend_day from, tend_day to)
{
	time_t first = day_time_at(from, 0), last = day_time_at(to + 1, 0);
	struct zone_change v[ZONE_MAX];
	size_t n = zone_changes(first - ZONE_BACK, last, v, ZONE_MAX);
	/* The last change before the first day sets its offset; without one
	 * (UTC, or a zone without changes) the offset holds since 1970. */
	size_t i = 0;
	while (i + 1 < n && v[i + 1].at <= first)
		i++;
	char line[128];
	snprintf(line, sizeof line, "TZID:%s", tzid);
	int bad = ical_put_line(f, "BEGIN:VTIMEZONE") | ical_put_line(f, line);
	if (n == 0 || v[0].at > first) {
		struct zone_state z;
		zone_at(first, &z);
		bad |= zone_part(f, 0, &z, &z);
	}
	for (; i < n; i++)
		bad |= zone_part(f, v[i].at, &v[i].before, &v[i].after);
	return bad | ical_put_line(f, "END:VTIMEZONE");
}
