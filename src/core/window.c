/* window: the rules of the couple's two weekly open windows (see
 * window.h). The store keeps them (store_window.c); nothing here counts
 * or records what happened in one. */
#include "tend/window.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tend/app.h"
#include "tend/plan.h"

bool window_parse_weekday(const char *s, int *wd)
{
	if (!s || !*s)
		return false;
	if (day_parse_weekday(s, wd))
		return true;
	for (int d = DAY_MON; d <= DAY_SUN; d++) {
		if (strlen(s) == 3 && strncasecmp(s, day_weekday_abbr(d), 3) == 0) {
			*wd = d;
			return true;
		}
	}
	return false;
}

/* Digits at *s (at most four) as a number; false when there are none. */
static bool take_number(const char **s, int *n)
{
	int k = 0;
	*n = 0;
	while (isdigit((unsigned char)**s) && k < 4) {
		*n = *n * 10 + (**s - '0');
		(*s)++;
		k++;
	}
	return k > 0 && !isdigit((unsigned char)**s);
}

bool window_parse_length(const char *s, int *minutes)
{
	int a, b = 0;
	if (!s || !take_number(&s, &a))
		return false;
	if (*s == '\0' || (s[0] == 'm' && s[1] == '\0') || strcmp(s, "min") == 0) {
		*minutes = a;
		return true;
	}
	if (*s != 'h')
		return false;
	s++;
	if (*s && (!take_number(&s, &b) || b > 59 || (*s && strcmp(s, "m") != 0)))
		return false;
	*minutes = a * 60 + b;
	return true;
}

bool window_parse_slot(const char *s, int *slot)
{
	if (s && (strcmp(s, "1") == 0 || strcmp(s, "2") == 0)) {
		*slot = s[0] - '0';
		return true;
	}
	return false;
}

int window_check(int slot, int weekday, int at, int minutes, struct tend_err *err)
{
	if (slot != 1 && slot != 2)
		return err_set(err, TEND_E_USAGE, "there are two windows: 1 or 2");
	if (weekday < DAY_MON || weekday > DAY_SUN)
		return err_set(err, TEND_E_USAGE, "the day is a weekday, like thu or sunday");
	if (at < 0 || at >= 24 * 60)
		return err_set(err, TEND_E_USAGE, "the time is HH:MM, 00:00 to 23:59");
	if (minutes != 0 && (minutes < WINDOW_MINUTES_MIN || minutes > WINDOW_MINUTES_MAX))
		return err_set(err, TEND_E_USAGE, "the length is %d minutes to %d hours "
		               "(like 90 or 1h30), or left out", WINDOW_MINUTES_MIN,
		               WINDOW_MINUTES_MAX / 60);
	return TEND_OK;
}

int window_set(struct store *st, int slot, int weekday, int at, int minutes,
               struct window_change *c, struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	memset(c, 0, sizeof *c);
	if (window_check(slot, weekday, at, minutes, err))
		return err->code;
	if (store_window_load(st, v, err))
		return err->code;
	struct store_window w = { .slot = slot, .weekday = weekday, .at = at,
	                          .minutes = minutes };
	if (store_window_set(st, &w, v[slot - 1].id, v[slot - 1].uid, err))
		return err->code;
	*c = (struct window_change){ .slot = slot, .new_id = w.id, .new_uid = w.uid,
	                             .old_id = v[slot - 1].id, .old_uid = v[slot - 1].uid };
	return TEND_OK;
}

int window_clear(struct store *st, int slot, struct window_change *c, struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	memset(c, 0, sizeof *c);
	if (slot != 1 && slot != 2)
		return err_set(err, TEND_E_USAGE, "there are two windows: 1 or 2");
	if (store_window_load(st, v, err))
		return err->code;
	if (!v[slot - 1].id)
		return err_set(err, TEND_E_USAGE, "window %d is not set", slot);
	if (store_window_delete(st, v[slot - 1].id, v[slot - 1].uid, true, err))
		return err->code;
	*c = (struct window_change){ .slot = slot, .old_id = v[slot - 1].id,
	                             .old_uid = v[slot - 1].uid };
	return TEND_OK;
}

int window_undo(struct store *st, const struct window_change *c, struct tend_err *err)
{
	if (c->new_id && store_window_delete(st, c->new_id, c->new_uid, true, err))
		return err->code;
	if (c->old_id && store_window_delete(st, c->old_id, c->old_uid, false, err))
		return err->code;
	return TEND_OK;
}

int window_list(struct store *st, struct store_window out[WINDOW_SLOTS], size_t *n,
                struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	*n = 0;
	if (store_window_load(st, v, err))
		return err->code;
	for (int i = 0; i < WINDOW_SLOTS; i++)
		if (v[i].id)
			out[(*n)++] = v[i];
	return TEND_OK;
}

int window_first_day(const struct plan *p)
{
	for (size_t i = 0; p && i < p->n_phases; i++)
		for (size_t k = 0; k < p->phases[i].n_tasks; k++)
			if (p->phases[i].tasks[k].windows)
				return p->phases[i].first;
	return 1;
}

tend_day window_from(const struct app *app)
{
	return app_plan_date(app, window_first_day(&app->plan));
}

void window_day_times(const struct app *app, const struct store_window v[WINDOW_SLOTS],
                      tend_day d, char *buf, size_t size)
{
	buf[0] = '\0';
	if (d != DAY_INVALID && d >= window_from(app))
		window_times_on(v, day_weekday(d), buf, size);
}

unsigned window_on(const struct store_window v[WINDOW_SLOTS], int wd, bool counted)
{
	unsigned slots = 0;
	for (int i = 0; counted && i < WINDOW_SLOTS; i++)
		if (v[i].id && v[i].weekday == wd)
			slots |= 1u << i;
	return slots;
}

enum { WEEK_MINUTES = 7 * 24 * 60 };

/* Minutes from the start of the week (Monday 00:00). */
static int week_minute(int wd, int m)
{
	return wd * 24 * 60 + m;
}

int window_open_at(const struct store_window v[WINDOW_SLOTS], int wd, int m)
{
	int now = week_minute(wd, m);
	for (int i = 0; i < WINDOW_SLOTS; i++) {
		if (!v[i].id)
			continue;
		int len = v[i].minutes ? v[i].minutes : WINDOW_MINUTES_SHOWN;
		int since = (now - week_minute(v[i].weekday, v[i].at) + WEEK_MINUTES) % WEEK_MINUTES;
		if (since < len)
			return i + 1;
	}
	return 0;
}

int window_next(const struct store_window v[WINDOW_SLOTS], int wd, int m, int *days_ahead)
{
	int now = week_minute(wd, m), best = 0, best_wait = WEEK_MINUTES;
	for (int i = 0; i < WINDOW_SLOTS; i++) {
		if (!v[i].id)
			continue;
		int wait = (week_minute(v[i].weekday, v[i].at) - now + WEEK_MINUTES) % WEEK_MINUTES;
		if (wait < best_wait) {
			best_wait = wait;
			best = i + 1;
		}
	}
	if (best && days_ahead)
		*days_ahead = (m + best_wait) / (24 * 60);
	return best;
}

void window_describe(const struct store_window *w, bool brief, char *buf, size_t size)
{
	char at[8];
	day_format_hhmm(w->at, at);
	const char *name = day_weekday_name(w->weekday);
	size_t used;
	if (brief)
		used = (size_t)snprintf(buf, size, "%s %s", day_weekday_abbr(w->weekday), at);
	else
		used = (size_t)snprintf(buf, size, "%c%s at %s", toupper((unsigned char)name[0]),
		                        name + 1, at);
	if (!w->minutes || used >= size)
		return;
	snprintf(buf + used, size - used, brief ? ", %d min" : ", for %d minutes", w->minutes);
}

void window_times_on(const struct store_window v[WINDOW_SLOTS], int wd, char *buf,
                     size_t size)
{
	int first = -1, second = -1;
	buf[0] = '\0';
	for (int i = 0; i < WINDOW_SLOTS; i++) {
		if (!v[i].id || v[i].weekday != wd)
			continue;
		if (first < 0)
			first = v[i].at;
		else
			second = v[i].at;
	}
	if (first < 0)
		return;
	if (second >= 0 && second < first) {
		int t = first;
		first = second;
		second = t;
	}
	char a[8], b[8];
	day_format_hhmm(first, a);
	if (second < 0 || second == first) {
		snprintf(buf, size, "%s", a);
		return;
	}
	day_format_hhmm(second, b);
	snprintf(buf, size, "%s and %s", a, b);
}

const char *window_noun(bool discreet, bool plural)
{
	if (discreet)
		return "open time";
	return plural ? "open windows" : "open window";
}

const char *window_print_heading(bool discreet)
{
	return discreet ? "Our open time" : "Our open windows: welcome, never expected";
}

const char *window_invite_heading(bool discreet)
{
	return discreet ? "Our phrases" : "Our invitations";
}

const char *window_meaning(bool discreet)
{
	return discreet ? "Time kept free for the two of you, with nothing planned for it."
	                : "Times when closeness is welcome and never expected.";
}
