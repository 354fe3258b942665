/* status: the words of the status line. A status bar is seen by whoever
 * is in the room, so discreet mode keeps to words that could be about
 * anything; the numbers are the couple's together, never one partner's
 * against the other's. */
#include "tend/status.h"
#include "tend/figure.h"

#include <stdio.h>
#include <string.h>

/* What a field stands for, written into out. */
static bool field_value(const char *name, size_t n, const struct status_facts *f, char *out,
                        size_t size)
{
	const struct glance *d = f->today;
	const struct config *c = f->cfg;
	bool discreet = c->discreet;
	/* Counts as digits, or as marks without numbers (figure.h decides). */
	struct figure_style fs = { .numbers = c->numbers, .ascii = f->ascii };
	char fig[40];
#define IS(s) (n == sizeof(s) - 1 && strncmp(name, s, n) == 0)
	if (IS("checkin")) {
		bool both = d->checked_in[0] && d->checked_in[1];
		if (both)
			snprintf(out, size, "%s", discreet ? "evening done" : "check-in done");
		else
			snprintf(out, size, "%s %02d:%02d", discreet ? "evening" : "check-in",
			         c->checkin_time / 60, c->checkin_time % 60);
	} else if (IS("gestures")) {
		figure_count(&fs, d->gestures, 8, fig, sizeof fig);
		snprintf(out, size, "%s%s", discreet ? "" : "gestures ", fig);
	} else if (IS("gestures-aim")) {
		snprintf(out, size, "%d-%d", c->gestures_min, c->gestures_max);
	} else if (IS("repairs")) {
		figure_count(&fs, d->repairs, 8, fig, sizeof fig);
		snprintf(out, size, "%s%s", discreet ? "" : "repairs ", fig);
	} else if (IS("repairs-aim")) {
		snprintf(out, size, "%d", c->repairs_per_day);
	} else if (IS("timeout")) {
		snprintf(out, size, "%s", !f->timeout_running ? ""
		         : discreet ? (f->ascii ? " - a pause" : " \u00b7 a pause")
		         : (f->ascii ? " - time-out" : " \u00b7 time-out"));
	} else if (IS("day")) {
		if (f->plan_day >= 1)
			snprintf(out, size, "%s%d", discreet ? "" : "day ", f->plan_day);
		else
			out[0] = '\0';
	} else {
		return false;
	}
#undef IS
	return true;
}

/* Append s to buf (at *used); false when it does not fit. */
static bool put(char *buf, size_t size, size_t *used, const char *s, size_t n)
{
	if (*used + n >= size)
		return false;
	memcpy(buf + *used, s, n);
	*used += n;
	buf[*used] = '\0';
	return true;
}

const char *status_template(const struct config *cfg)
{
	return cfg->numbers ? STATUS_TEMPLATE : STATUS_TEMPLATE_MARKS;
}

int status_format(const char *template, const struct status_facts *f, char *buf,
                  size_t size, struct tend_err *err)
{
	size_t used = 0;
	buf[0] = '\0';
	for (const char *p = template; *p;) {
		char value[64];
		if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
			value[0] = p[0];
			value[1] = '\0';
			p += 2;
		} else if (p[0] == '{') {
			const char *end = strchr(p, '}');
			if (!end)
				return err_set(err, TEND_E_USAGE, "a { with no } in the template");
			if (!field_value(p + 1, (size_t)(end - p - 1), f, value, sizeof value))
				return err_set(err, TEND_E_USAGE, "no field {%.*s} (the fields: {checkin}, "
				               "{gestures}, {gestures-aim}, {repairs}, {repairs-aim}, "
				               "{timeout}, {day})", (int)(end - p - 1 > 40 ? 40 : end - p - 1),
				               p + 1);
			p = end + 1;
		} else if (p[0] == '}') {
			return err_set(err, TEND_E_USAGE, "a } with no { in the template (write }} "
			               "for one)");
		} else {
			/* The dot of the default line stays readable on a plain terminal. */
			if (f->ascii && strncmp(p, "\u00b7", 2) == 0) {
				p += 2;
				snprintf(value, sizeof value, "-");
			} else {
				size_t n = strcspn(p, "{}");
				if (f->ascii && strstr(p, "\u00b7") && (size_t)(strstr(p, "\u00b7") - p) < n)
					n = (size_t)(strstr(p, "\u00b7") - p);
				if (!put(buf, size, &used, p, n))
					return err_set(err, TEND_E_USAGE, "the line is too long");
				p += n;
				continue;
			}
		}
		if (!put(buf, size, &used, value, strlen(value)))
			return err_set(err, TEND_E_USAGE, "the line is too long");
	}
	return TEND_OK;
}
