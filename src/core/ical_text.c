/* ical_text: the text rules of RFC 5545 that need no calendar: escaping,
 * folding long lines, and the stable names (UIDs, the zone's TZID). */
#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/ical.h"

size_t ical_escape(const char *s, char *buf, size_t size)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		char esc[3] = { 0 };
		if (*p == '\\' || *p == ';' || *p == ',') {
			esc[0] = '\\';
			esc[1] = (char)*p;
		} else if (*p == '\n') {
			esc[0] = '\\';
			esc[1] = 'n';
		} else if (*p < 0x20 || *p == 0x7f) {
			continue; /* no control character is allowed in a value */
		} else {
			esc[0] = (char)*p;
		}
		for (const char *e = esc; *e; e++, n++)
			if (size && n < size - 1)
				buf[n] = *e;
	}
	if (size)
		buf[n < size ? n : size - 1] = '\0';
	return n;
}

/* How many octets of s (at most max) fit on a line without cutting a
 * UTF-8 character in two. */
static size_t fold_at(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	size_t n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return n > 0 ? n : max;
}

int ical_put_line(FILE *f, const char *line)
{
	size_t len = strlen(line);
	/* The first line holds 75 octets; each further one a space and 74. */
	size_t n = fold_at(line, len, ICAL_LINE_OCTETS);
	if (fwrite(line, 1, n, f) != n || fputs("\r\n", f) == EOF)
		return -1;
	for (size_t at = n; at < len; at += n) {
		n = fold_at(line + at, len - at, ICAL_LINE_OCTETS - 1);
		if (fputc(' ', f) == EOF || fwrite(line + at, 1, n, f) != n ||
		    fputs("\r\n", f) == EOF)
			return -1;
	}
	return 0;
}

/* FNV-1a, 64 bits: enough to tell a couple's events apart, and it shows
 * nothing of what it mixed. */
static uint64_t mix(uint64_t h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		h ^= *p;
		h *= 0x100000001b3ULL;
	}
	/* A separator, so that ("ab", "c") and ("a", "bc") differ. */
	h ^= 0xff;
	h *= 0x100000001b3ULL;
	return h;
}

#define MIX_START 0xcbf29ce484222325ULL

/* Spread every bit over the whole value (splitmix64's finish), so that
 * keys alike ("1", "2") give UIDs unlike. */
static uint64_t mix_end(uint64_t h)
{
	h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
	h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
	return h ^ (h >> 31);
}

void ical_uid(const char *db_id, const char *kind, const char *key, char *buf, size_t size)
{
	uint64_t h = mix_end(mix(mix(mix(MIX_START, db_id), kind), key));
	snprintf(buf, size, "%s-%016llx@tend", kind, (unsigned long long)h);
}

/* Where path leads, absolute: the file's real path, or its folder's real
 * path and its name when it does not exist yet; path itself when neither
 * can be told. */
static void resolve(const char *path, char *out, size_t size)
{
	char real[PATH_MAX], dir[PATH_MAX];
	if (realpath(path, real)) {
		snprintf(out, size, "%s", real);
		return;
	}
	const char *slash = strrchr(path, '/');
	/* The folder: "." without a slash, "/" for a file at the root. */
	int len = slash ? (slash == path ? 1 : (int)(slash - path)) : 1;
	snprintf(dir, sizeof dir, "%.*s", len, slash ? path : ".");
	if (realpath(dir, real))
		snprintf(out, size, "%s/%s", strcmp(real, "/") ? real : "",
		         slash ? slash + 1 : path);
	else
		snprintf(out, size, "%s", path);
}

void ical_db_id(const char *db_path, char out[17])
{
	char p[2 * PATH_MAX + 2];
	resolve(db_path ? db_path : "", p, sizeof p);
	snprintf(out, 17, "%016llx", (unsigned long long)mix_end(mix(MIX_START, p)));
}

/* Keep only what a TZID may hold unquoted. */
static void zone_clean(const char *s, char *buf, size_t size)
{
	size_t n = 0;
	for (; *s && n + 1 < size; s++)
		if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		    (*s >= '0' && *s <= '9') || strchr("/_+-.", *s))
			buf[n++] = *s;
	buf[n] = '\0';
}

/* The zone's name after ".../zoneinfo/" in path, or path itself. */
static const char *zone_tail(const char *path)
{
	const char *z = strstr(path, "zoneinfo/");
	return z ? z + strlen("zoneinfo/") : path;
}

void ical_zone_name(char *buf, size_t size)
{
	const char *tz = getenv("TZ");
	char link[PATH_MAX];
	buf[0] = '\0';
	if (tz && *tz) {
		zone_clean(zone_tail(tz[0] == ':' ? tz + 1 : tz), buf, size);
	} else {
		ssize_t n = readlink("/etc/localtime", link, sizeof link - 1);
		if (n > 0) {
			link[n] = '\0';
			zone_clean(zone_tail(link), buf, size);
		}
	}
	if (!buf[0])
		snprintf(buf, size, "%s", tz && *tz ? "Local" : "UTC");
}
