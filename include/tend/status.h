/* status: the one short line `tend status` prints for a tmux status bar or
 * a shell prompt: today's check-in, gestures and repairs against their
 * aims, and a time-out while one runs, from a template. */
#ifndef TEND_STATUS_H
#define TEND_STATUS_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/config.h"
#include "tend/err.h"
#include "tend/glance.h"

/* The line when no template is given. In discreet mode the words are
 * neutral ones that say nothing about what is counted. */
#define STATUS_TEMPLATE "{checkin} · {gestures}/{gestures-aim} · {repairs}/{repairs-aim}{timeout}"
/* The same without numbers (config numbers = false): the counts are marks
 * and the aims, which would only read as a score to reach, are left out. */
#define STATUS_TEMPLATE_MARKS "{checkin} · {gestures} · {repairs}{timeout}"

/* What the template's fields are filled from. */
struct status_facts {
	const struct glance *today; /* today's figures */
	const struct config *cfg;
	bool timeout_running;      /* a time-out is running now */
	int plan_day;              /* day N of the plan; < 1 or > length: none */
	bool ascii;                /* no UTF-8: "-" for the dot */
};

/* The line when no template is given, for cfg's numbers setting. */
const char *status_template(const struct config *cfg);

/* Fill buf (size bytes) from template, whose fields are {checkin},
 * {gestures}, {gestures-aim}, {repairs}, {repairs-aim}, {timeout} (empty
 * unless one runs), {day} and {{ / }} for braces. Without numbers
 * (cfg->numbers false) {gestures} and {repairs} are marks. An unknown field or an
 * unclosed brace is TEND_E_USAGE with err naming it. */
int status_format(const char *template, const struct status_facts *f, char *buf,
                  size_t size, struct tend_err *err);

#endif
