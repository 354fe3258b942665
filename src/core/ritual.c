/* ritual: which days a ritual falls on, when it is paused, what may be
 * marked, and the changes the couple makes, checked then saved. */
#include "tend/ritual.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tend/name.h"
#include "tend/text.h"

enum { WEEKDAYS = 0x1f, WEEKENDS = 0x60 };

/* One weekday, by its full name or its first three letters, any case. */
static bool weekday_parse(const char *s, size_t n, int *wd)
{
	char word[16];
	if (n == 0 || n >= sizeof word)
		return false;
	memcpy(word, s, n);
	word[n] = '\0';
	if (day_parse_weekday(word, wd))
		return true;
	for (int d = DAY_MON; d <= DAY_SUN; d++) {
		if (n == 3 && strncasecmp(word, day_weekday_abbr(d), 3) == 0) {
			*wd = d;
			return true;
		}
	}
	return false;
}

bool ritual_days_parse(const char *s, unsigned *days)
{
	static const struct { const char *word; unsigned days; } words[] = {
		{ "daily", RITUAL_EVERY_DAY }, { "every day", RITUAL_EVERY_DAY },
		{ "weekdays", WEEKDAYS }, { "weekends", WEEKENDS },
	};
	*days = 0;
	if (!s)
		return false;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		if (strcasecmp(s, words[i].word) == 0) {
			*days = words[i].days;
			return true;
		}
	}
	for (;;) {
		size_t n = strcspn(s, ",");
		int wd;
		if (!weekday_parse(s, n, &wd))
			return false;
		*days |= 1u << wd;
		if (!s[n])
			return true;
		s += n + 1;
	}
}

void ritual_rhythm(unsigned days, int at, char *buf, size_t size)
{
	size_t used = 0;
	days &= RITUAL_EVERY_DAY;
	buf[0] = '\0';
	if (days == RITUAL_EVERY_DAY)
		used = (size_t)snprintf(buf, size, "every day");
	else if (days == WEEKDAYS)
		used = (size_t)snprintf(buf, size, "weekdays");
	else if (days == WEEKENDS)
		used = (size_t)snprintf(buf, size, "weekends");
	else if ((days & (days - 1)) == 0 && days) {
		int wd = __builtin_ctz(days);
		const char *name = day_weekday_name(wd);
		used = (size_t)snprintf(buf, size, "%c%ss", name[0] - 'a' + 'A', name + 1);
	} else {
		for (int wd = DAY_MON; wd <= DAY_SUN && used < size; wd++)
			if (days & (1u << wd))
				used += (size_t)snprintf(buf + used, size - used, "%s%s",
				                         used ? ", " : "", day_weekday_abbr(wd));
	}
	if (at >= 0 && used < size) {
		char hhmm[8];
		day_format_hhmm(at, hhmm);
		snprintf(buf + used, size - used, " at %s", hhmm);
	}
}

const char *ritual_name_problem(const char *name)
{
	/* A partner's "1" and "2" rule means nothing here; both have no letter. */
	if (name && (strcmp(name, "1") == 0 || strcmp(name, "2") == 0))
		return "has no letter in it";
	return name_problem(name);
}

const struct store_ritual *ritual_find(const struct store_rituals *s, const char *name)
{
	for (size_t i = 0; name && i < s->n; i++)
		if (name_same(s->v[i].name, name))
			return &s->v[i];
	return NULL;
}

bool ritual_falls_on(const struct store_ritual *r, tend_day d)
{
	return d != DAY_INVALID && d >= r->since && (r->days & (1u << day_weekday(d)));
}

const struct store_ritual_pause *ritual_pause_on(const struct store_rituals *s,
                                                 int64_t id, tend_day d)
{
	for (size_t i = 0; i < s->n_pauses; i++) {
		const struct store_ritual_pause *p = &s->pauses[i];
		if (p->ritual == id && d >= p->from && (p->to == DAY_INVALID || d < p->to))
			return p;
	}
	return NULL;
}

const struct store_ritual_pause *ritual_pause_open(const struct store_rituals *s,
                                                   int64_t id)
{
	for (size_t i = 0; i < s->n_pauses; i++)
		if (s->pauses[i].ritual == id && s->pauses[i].to == DAY_INVALID)
			return &s->pauses[i];
	return NULL;
}

bool ritual_done_on(const struct store_rituals *s, int64_t id, tend_day d)
{
	for (size_t i = 0; i < s->n_marks; i++)
		if (s->marks[i].ritual == id && s->marks[i].day == d)
			return true;
	return false;
}

enum ritual_state ritual_state_on(const struct store_rituals *s,
                                  const struct store_ritual *r, tend_day d)
{
	if (ritual_done_on(s, r->id, d))
		return RITUAL_DONE;
	if (!ritual_falls_on(r, d))
		return RITUAL_OFF;
	return ritual_pause_on(s, r->id, d) ? RITUAL_PAUSED : RITUAL_BLANK;
}

const char *ritual_state_mark(enum ritual_state state, bool ascii)
{
	static const char *const marks[2][4] = {
		{ "\u00b7", "\u2013", " ", "\u2713" },
		{ ".", "-", " ", "x" },
	};
	return (unsigned)state < 4 ? marks[ascii][state] : " ";
}

int ritual_count_done(const struct store_rituals *s, tend_day from, tend_day to)
{
	int n = 0;
	for (size_t i = 0; i < s->n; i++)
		for (tend_day d = from; d <= to; d++)
			n += ritual_state_on(s, &s->v[i], d) == RITUAL_DONE;
	return n;
}

size_t ritual_blank_on(const struct store_rituals *s, tend_day d,
                       const struct store_ritual **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (ritual_state_on(s, &s->v[i], d) != RITUAL_BLANK)
			continue;
		if (n < max)
			out[n] = &s->v[i];
		n++;
	}
	return n;
}

/* The name typed, made printable for a message. */
static const char *shown(const char *name, char *buf, size_t size)
{
	text_escape(buf, size, name ? name : "", name ? strlen(name) : 0, 60);
	return buf;
}

/* The change is about r: its id, uid and name. */
static void change_of(struct ritual_change *c, const struct store_ritual *r)
{
	c->id = r->id;
	c->uid = r->uid;
	snprintf(c->name, sizeof c->name, "%s", r->name);
}

/* Load every ritual with the marks and pauses of day to to (a change
 * needs its day; a pause, every later day too), find the one called name,
 * and start c, the change every caller reports, afresh about it. */
static int load_one(struct store *st, const char *name, tend_day day, tend_day to,
                    struct store_rituals *s, const struct store_ritual **r,
                    struct ritual_change *c, struct tend_err *err)
{
	char b[256];
	memset(c, 0, sizeof *c);
	if (store_ritual_load(st, day, to, s, err))
		return err->code;
	*r = ritual_find(s, name);
	if (*r) {
		change_of(c, *r);
		return TEND_OK;
	}
	store_rituals_free(s);
	return err_set(err, TEND_E_USAGE, "no ritual is called \"%s\"", shown(name, b, sizeof b));
}

int ritual_add(struct store *st, const char *name, unsigned days, int at, tend_day today,
               struct ritual_change *c, struct tend_err *err)
{
	char b[256];
	memset(c, 0, sizeof *c);
	const char *why = ritual_name_problem(name);
	if (why)
		return err_set(err, TEND_E_USAGE, "the ritual's name \"%s\" %s",
		               shown(name, b, sizeof b), why);
	if ((days & RITUAL_EVERY_DAY) == 0 || days > RITUAL_EVERY_DAY)
		return err_set(err, TEND_E_USAGE, "a ritual needs its days: daily, or weekdays "
		               "such as mon,thu");
	if (at < -1 || at >= 24 * 60)
		return err_set(err, TEND_E_USAGE, "a ritual's time is HH:MM, 00:00 to 23:59");
	if (!day_in_range(today))
		return err_set(err, TEND_E_USAGE, "a ritual needs a day from 1900-01-01 to "
		               "9998-12-31");
	struct store_rituals s;
	if (store_ritual_load(st, today, today, &s, err))
		return err->code;
	int rc = TEND_OK;
	if (ritual_find(&s, name))
		rc = err_set(err, TEND_E_USAGE, "there is already a ritual called \"%s\"",
		             shown(name, b, sizeof b));
	else if (s.n >= RITUAL_MAX)
		rc = err_set(err, TEND_E_USAGE, "you keep %d rituals already, the most tend "
		             "shows; remove one first", RITUAL_MAX);
	store_rituals_free(&s);
	if (rc)
		return rc;
	struct store_ritual r = { .name = (char *)name, .days = days, .at = at, .since = today };
	if (store_ritual_add(st, &r, err))
		return err->code;
	change_of(c, &r);
	c->changed = true;
	return TEND_OK;
}

/* Why day's occurrence of r cannot be marked done, or NULL. */
static int mark_refused(const struct store_rituals *s, const struct store_ritual *r,
                        tend_day day, struct tend_err *err)
{
	char when[16], b[256];
	shown(r->name, b, sizeof b);
	if (day < r->since) {
		day_format_short(r->since, when);
		return err_set(err, TEND_E_USAGE, "\"%s\" began on %s", b, when);
	}
	if (!ritual_falls_on(r, day)) {
		char rhythm[64];
		ritual_rhythm(r->days, -1, rhythm, sizeof rhythm);
		day_format_short(day, when);
		return err_set(err, TEND_E_USAGE, "\"%s\" is kept %s; %s is not one of its days",
		               b, rhythm, when);
	}
	if (ritual_pause_on(s, r->id, day))
		return err_set(err, TEND_E_USAGE, "\"%s\" is paused then; resume it first", b);
	return TEND_OK;
}

int ritual_mark(struct store *st, const char *name, tend_day day, bool done,
                struct ritual_change *c, struct tend_err *err)
{
	struct store_rituals s;
	const struct store_ritual *r;
	if (load_one(st, name, day, day, &s, &r, c, err))
		return err->code;
	int rc = TEND_OK;
	bool was = ritual_done_on(&s, r->id, day);
	if (done && !was)
		rc = mark_refused(&s, r, day, err);
	if (!rc && was != done)
		rc = store_ritual_mark(st, r->id, day, done, &c->changed, err);
	store_rituals_free(&s);
	return rc;
}

/* The reason's problem: one line of plain text, not too long. */
static int reason_check(const char *reason, struct tend_err *err)
{
	if (!reason || !*reason)
		return err_set(err, TEND_E_USAGE, "say why you pause it (travel, illness...)");
	const char *why = text_problem(reason);
	if (why)
		return err_set(err, TEND_E_USAGE, "the reason %s", why);
	size_t n = text_count_chars(reason);
	if (n > RITUAL_REASON_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "the reason is %zu characters long; %d at most, "
		               "please", n, RITUAL_REASON_MAX_CHARS);
	return TEND_OK;
}

/* A new pause from day may not begin before r did or inside an earlier one. */
static int pause_refused(const struct store_rituals *s, const struct store_ritual *r,
                         tend_day day, struct tend_err *err)
{
	char b[256], when[16];
	shown(r->name, b, sizeof b);
	if (ritual_pause_open(s, r->id))
		return err_set(err, TEND_E_USAGE, "\"%s\" is paused already", b);
	if (day < r->since) {
		day_format_short(r->since, when);
		return err_set(err, TEND_E_USAGE, "\"%s\" began on %s", b, when);
	}
	for (size_t i = 0; i < s->n_pauses; i++) {
		const struct store_ritual_pause *p = &s->pauses[i];
		if (p->ritual == r->id && day < p->to) {
			day_format_short(p->to, when);
			return err_set(err, TEND_E_USAGE, "\"%s\" was paused until %s; a new pause "
			               "begins after that", b, when);
		}
	}
	return TEND_OK;
}

int ritual_pause(struct store *st, const char *name, tend_day day, const char *reason,
                 struct ritual_change *c, struct tend_err *err)
{
	memset(c, 0, sizeof *c);
	if (reason_check(reason, err))
		return err->code;
	struct store_rituals s;
	const struct store_ritual *r;
	if (load_one(st, name, day, DAY_SHOW_LAST, &s, &r, c, err))
		return err->code;
	c->pause_from = day;
	int rc = pause_refused(&s, r, day, err);
	if (!rc)
		rc = store_ritual_pause(st, r->id, day, reason, &c->pause_id, err);
	c->changed = rc == TEND_OK;
	store_rituals_free(&s);
	return rc;
}

int ritual_resume(struct store *st, const char *name, tend_day day,
                  struct ritual_change *c, struct tend_err *err)
{
	struct store_rituals s;
	const struct store_ritual *r;
	if (load_one(st, name, day, day, &s, &r, c, err))
		return err->code;
	char b[256], when[16];
	const struct store_ritual_pause *p = ritual_pause_open(&s, r->id);
	int rc = TEND_OK;
	if (!p) {
		rc = err_set(err, TEND_E_USAGE, "\"%s\" is not paused", shown(r->name, b, sizeof b));
	} else if (day < p->from) {
		day_format_short(p->from, when);
		rc = err_set(err, TEND_E_USAGE, "\"%s\" was paused on %s; it resumes on that day "
		             "or later", shown(r->name, b, sizeof b), when);
	} else {
		c->pause_id = p->id;
		c->pause_from = p->from;
		/* Resumed the day it was paused: it never was, so nothing is kept. */
		c->dropped = day == p->from;
		rc = c->dropped ? store_ritual_pause_drop(st, p->id, err)
		     : store_ritual_resume(st, p->id, day, err);
		c->changed = rc == TEND_OK;
	}
	store_rituals_free(&s);
	return rc;
}

int ritual_remove(struct store *st, const char *name, bool undoable,
                  struct ritual_change *c, struct tend_err *err)
{
	struct store_rituals s;
	const struct store_ritual *r;
	if (load_one(st, name, DAY_FIRST, DAY_FIRST, &s, &r, c, err))
		return err->code;
	int rc = store_ritual_delete(st, r->id, r->uid, err);
	c->changed = rc == TEND_OK;
	if (!rc && !undoable)
		rc = store_ritual_erase(st, r->id, r->uid, err);
	store_rituals_free(&s);
	return rc;
}
