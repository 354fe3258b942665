/* config_check: the libconfuse parse callbacks. Each checks one value as it
 * is read, so libconfuse's line is the key's line, and leaves its message in
 * the cfg_t (see config_msg.c). */
#include "config_priv.h"
#include "tend/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Let libconfuse store the checked string itself. */
static int config_keep(const char *value, void *result)
{
	*(const char **)result = value;
	return 0;
}

static int config_bad(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      const char *what)
{
	char q[CONFIG_QUOTE_SIZE];

	config_quote(q, sizeof q, value);
	config_note(cfg, opt->name, "%s %s", q, what);
	return -1;
}

/* Two phrases that read the same: equal when case is ignored as the locale
 * folds letters, or as ASCII folds them (a Turkish locale lowers "I" to
 * dotless "ı"; the file should not pass only there). Partners' names have
 * their own rule: name_same. */
bool config_same_name(const char *a, const char *b)
{
	return config_casecmp(a, b) == 0 || text_casecmp(a, b) == 0;
}

/* Plain one-line text; may be empty (database, plan-file, therapist). */
int config_check_text(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      void *result)
{
	const char *why = text_problem(value);
	char what[128];

	if (!why)
		return config_keep(value, result);
	snprintf(what, sizeof what, "%s (plain text on one line)", why);
	return config_bad(cfg, opt, value, what);
}

/* A stop-phrase or a red line: a few words, not empty. */
int config_check_phrase(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                        void *result)
{
	if (config_blank(value)) {
		config_note(cfg, opt->name, "an empty phrase (a few words between the quotes)");
		return -1;
	}
	return config_check_text(cfg, opt, value, result);
}

int config_check_date(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      void *result)
{
	tend_day d;

	enum day_parse_result r = day_parse_check(value, &d);
	if (r != DAY_PARSE_OK)
		return config_bad(cfg, opt, value, day_parse_problem(r));
	return config_keep(value, result);
}

int config_check_hhmm(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      void *result)
{
	int minutes;

	if (!day_parse_hhmm(value, &minutes))
		return config_bad(cfg, opt, value,
		                  "is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")");
	return config_keep(value, result);
}

int config_check_weekday(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                         void *result)
{
	int wd;

	if (!day_parse_weekday(value, &wd))
		return config_bad(cfg, opt, value,
		                  "is not a day of the week (monday, tuesday, ... sunday)");
	return config_keep(value, result);
}

/* Index of a colour name (any case) in config_color_names, or -1. */
int config_color_index(const char *s)
{
	for (int i = 0; config_color_names[i]; i++)
		if (config_casecmp(s, config_color_names[i]) == 0)
			return i;
	return -1;
}

int config_check_color(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                       void *result)
{
	if (config_color_index(value) < 0)
		return config_bad(cfg, opt, value, "is not a color tend knows (black, red, "
		                  "green, yellow, blue, magenta, cyan or white)");
	return config_keep(value, result);
}

int config_check_bool(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      void *result)
{
	int b = cfg_parse_boolean(value);

	if (b < 0)
		return config_bad(cfg, opt, value, "is not true or false (true or false)");
	*(int *)result = b;
	return 0;
}

/* A whole number in decimal, within lo..hi. */
static int config_check_int(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                            void *result, long lo, long hi)
{
	const char *digits = value + (value[0] == '-');
	size_t n = strspn(digits, "0123456789");
	char what[96];

	if (n == 0 || digits[n] != '\0') {
		snprintf(what, sizeof what, "is not a number (a whole number from %ld to %ld)",
		         lo, hi);
		return config_bad(cfg, opt, value, what);
	}
	errno = 0;
	long v = strtol(value, NULL, 10);
	if (errno == ERANGE || v < lo || v > hi) {
		snprintf(what, sizeof what, "is out of range (a whole number from %ld to %ld)",
		         lo, hi);
		return config_bad(cfg, opt, value, what);
	}
	*(long *)result = v;
	return 0;
}

/* One callback per range (libconfuse passes no bounds); the help text of
 * each key in config.c states the same bounds. */
#define CONFIG_RANGE(fn, lo, hi) \
	int fn(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result) \
	{ \
		return config_check_int(cfg, opt, value, result, lo, hi); \
	}

CONFIG_RANGE(config_check_checkin, 1, 120)
CONFIG_RANGE(config_check_gestures, 0, 20)
CONFIG_RANGE(config_check_repairs, 0, 20)
CONFIG_RANGE(config_check_touch, 0, 14)
CONFIG_RANGE(config_check_pause, 1, 240)
CONFIG_RANGE(config_check_return, 1, 72)
CONFIG_RANGE(config_check_stabilization, 1, 60)
