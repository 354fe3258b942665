/* config_take: from libconfuse's values to struct config, with the checks
 * that need the whole file (two partners, list lengths, paths). */
#include "config_priv.h"
#include "tend/name.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Exactly two partners with usable, different names; a partner without a
 * color gets cyan (first) or magenta (second). */
static int config_take_partners(cfg_t *cfg, const char *path,
                                const struct confread *scan, struct config *out,
                                struct tend_err *err)
{
	unsigned n = cfg_size(cfg, "partner");
	char q[CONFIG_QUOTE_SIZE], q2[CONFIG_QUOTE_SIZE];

	if (n == 0)
		return confread_fail(err, path, 0, "partner", "missing (add two lines like "
		                     "partner \"Alex\" { color = \"cyan\" })");
	if (n == 1)
		return confread_fail(err, path, confread_line(scan, "partner", 0), "partner",
		                     "only one partner (add a second line like "
		                     "partner \"Sam\" { color = \"magenta\" })");
	if (n > 2) {
		const char *third = cfg_title(cfg_getnsec(cfg, "partner", 2));
		config_quote(q, sizeof q, third ? third : "");
		return confread_fail(err, path, confread_line(scan, "partner", 2), "partner",
		                     "a third partner %s (exactly two partner sections)", q);
	}
	for (int i = 0; i < 2; i++) {
		cfg_t *sec = cfg_getnsec(cfg, "partner", (unsigned)i);
		const char *name = cfg_title(sec) ? cfg_title(sec) : "";
		const char *color = cfg_getstr(sec, "color");
		const char *why = name_problem(name);
		if (why) {
			config_quote(q, sizeof q, name);
			return confread_fail(err, path, confread_line(scan, "partner", i),
			                     "partner", "the name %s %s (a name such as \"Alex\")",
			                     q, why);
		}
		int c = color ? config_color_index(color) : (i == 0 ? 6 : 5);
		out->partner[i] = strdup(name);
		out->color[i] = strdup(config_color_names[c]);
		if (!out->partner[i] || !out->color[i])
			return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	if (name_same(out->partner[0], out->partner[1])) {
		config_quote(q, sizeof q, out->partner[1]);
		config_quote(q2, sizeof q2, out->partner[0]);
		return confread_fail(err, path, confread_line(scan, "partner", 1), "partner",
		                     "%s is the same name as %s (the two "
		                     "names must differ)", q, q2);
	}
	return TEND_OK;
}

/* gestures-per-day: two numbers, the fewest first. */
static int config_take_gestures(cfg_t *cfg, const char *path,
                                const struct confread *scan, struct config *out,
                                struct tend_err *err)
{
	const char *key = "gestures-per-day";
	unsigned n = cfg_size(cfg, key);
	int line = confread_line(scan, key, -1);

	if (n != 2)
		return confread_fail(err, path, line, key, "%u number%s (two numbers, "
		                     "{fewest, most}, each 0 to 20, e.g. {2, 5})",
		                     n, n == 1 ? "" : "s");
	out->gestures_min = (int)cfg_getnint(cfg, key, 0);
	out->gestures_max = (int)cfg_getnint(cfg, key, 1);
	if (out->gestures_min > out->gestures_max)
		return confread_fail(err, path, line, key, "{%d, %d} has the larger number "
		                     "first ({fewest, most}, e.g. {2, 5})",
		                     out->gestures_min, out->gestures_max);
	return TEND_OK;
}

/* A string list into a new NULL-terminated-free array of copies. */
static int config_copy_list(cfg_t *cfg, const char *key, char ***out, size_t *n)
{
	*n = cfg_size(cfg, key);
	if (*n == 0)
		return TEND_OK;
	*out = calloc(*n, sizeof **out);
	if (!*out) {
		*n = 0;
		return TEND_E_RUNTIME;
	}
	for (size_t i = 0; i < *n; i++)
		if (!((*out)[i] = strdup(cfg_getnstr(cfg, key, (unsigned)i))))
			return TEND_E_RUNTIME;
	return TEND_OK;
}

/* Two different stop-phrases, and at most CONFIG_MAX_RED_LINES red lines. */
static int config_take_phrases(cfg_t *cfg, const char *path,
                               const struct confread *scan, struct config *out,
                               struct tend_err *err)
{
	const char *key = "stop-phrases";
	unsigned n = cfg_size(cfg, key);
	char q[CONFIG_QUOTE_SIZE];

	if (n != 2)
		return confread_fail(err, path, confread_line(scan, key, -1), key,
		                     "%u phrase%s (exactly two, e.g. {\"Time-out\", "
		                     "\"This matters\"})", n, n == 1 ? "" : "s");
	for (unsigned i = 0; i < 2; i++)
		out->stop_phrase[i] = strdup(cfg_getnstr(cfg, key, i));
	if (!out->stop_phrase[0] || !out->stop_phrase[1])
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (config_same_name(out->stop_phrase[0], out->stop_phrase[1])) {
		config_quote(q, sizeof q, out->stop_phrase[1]);
		return confread_fail(err, path, confread_line(scan, key, -1), key,
		                     "both phrases are %s (two different phrases)", q);
	}
	key = "red-lines";
	n = cfg_size(cfg, key);
	if (n > CONFIG_MAX_RED_LINES)
		return confread_fail(err, path, confread_line(scan, key, -1), key,
		                     "%u red lines (at most %d)", n, CONFIG_MAX_RED_LINES);
	if (config_copy_list(cfg, key, &out->red_lines, &out->n_red_lines) != TEND_OK)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	key = "invitations";
	n = cfg_size(cfg, key);
	if (n > CONFIG_MAX_INVITATIONS)
		return confread_fail(err, path, confread_line(scan, key, -1), key,
		                     "%u phrases (at most %d)", n, CONFIG_MAX_INVITATIONS);
	if (config_copy_list(cfg, key, &out->invitations, &out->n_invitations) != TEND_OK)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

/* The scalar keys, already checked by their callbacks; false when out of
 * memory. */
static bool config_take_values(cfg_t *cfg, struct config *out)
{
	const char *therapist = cfg_getstr(cfg, "therapist");
	const char *emergency = cfg_getstr(cfg, "emergency");

	day_parse(cfg_getstr(cfg, "start-date"), &out->start_date);
	day_parse_hhmm(cfg_getstr(cfg, "checkin-time"), &out->checkin_time);
	day_parse_hhmm(cfg_getstr(cfg, "day-starts-at"), &out->day_starts_at);
	day_parse_hhmm(cfg_getstr(cfg, "no-talks-after"), &out->no_talks_after);
	out->checkin_minutes = (int)cfg_getint(cfg, "checkin-minutes");
	out->repairs_per_day = (int)cfg_getint(cfg, "repairs-per-day");
	out->pause_minutes = (int)cfg_getint(cfg, "pause-minutes");
	out->return_within_hours = (int)cfg_getint(cfg, "return-within-hours");
	out->stabilization_days = (int)cfg_getint(cfg, "stabilization-days");
	out->stabilization_given =
		(cfg_getopt(cfg, "stabilization-days")->flags & CFGF_MODIFIED) != 0;
	out->discreet = cfg_getbool(cfg, "discreet") == cfg_true;
	out->print_objectives = cfg_getbool(cfg, "print-objectives") == cfg_true;
	out->print_windows = cfg_getbool(cfg, "print-windows") == cfg_true;
	out->print_invitations = cfg_getbool(cfg, "print-invitations") == cfg_true;
	out->calendar_plain = cfg_getbool(cfg, "calendar-plain") == cfg_true;
	out->numbers = cfg_getbool(cfg, "numbers") == cfg_true;
	out->invite_rotation = cfg_getbool(cfg, "invite-rotation") == cfg_true;
	if (!config_blank(therapist))
		out->therapist = strdup(therapist);
	if (!config_blank(emergency))
		out->emergency = strdup(emergency);
	return (config_blank(therapist) || out->therapist) &&
	       (config_blank(emergency) || out->emergency);
}

/* The database the file names; a directory there is a mistake better
 * caught here, with the line, than when the store cannot open it. */
static int config_take_database(cfg_t *cfg, const char *path,
                                const struct confread *scan, struct config *out,
                                struct tend_err *err)
{
	struct stat st;
	char q[CONFIG_QUOTE_SIZE];
	int rc = config_path_resolve(path, cfg, "database", scan, &out->database, err);

	if (rc != TEND_OK || stat(out->database, &st) != 0 || !S_ISDIR(st.st_mode))
		return rc;
	config_quote(q, sizeof q, cfg_getstr(cfg, "database"));
	return confread_fail(err, path, confread_line(scan, "database", -1), "database",
	                     "%s is a directory (the path of a file, e.g. "
	                     "\"~/tend.db\")", q);
}

static int config_take_paths(cfg_t *cfg, const char *path,
                             const struct confread *scan, struct config *out,
                             struct tend_err *err)
{
	int rc = TEND_OK;

	if (!config_blank(cfg_getstr(cfg, "plan-file")))
		rc = config_path_resolve(path, cfg, "plan-file", scan, &out->plan_file, err);
	if (rc == TEND_OK && !config_blank(cfg_getstr(cfg, "menu-file")))
		rc = config_path_resolve(path, cfg, "menu-file", scan, &out->menu_file, err);
	if (rc == TEND_OK && !config_blank(cfg_getstr(cfg, "wishes-file")))
		rc = config_path_resolve(path, cfg, "wishes-file", scan, &out->wishes_file, err);
	if (rc != TEND_OK)
		return rc;
	if (!config_blank(cfg_getstr(cfg, "database")))
		return config_take_database(cfg, path, scan, out, err);
	out->database = config_default_database();
	if (!out->database)
		return confread_fail_io(err, path, "cannot find your home directory for "
		                        "the database (set HOME, or set database here)");
	return TEND_OK;
}

/* Keys that once set what the plan now sets: a file that has them still
 * loads, with a note saying they can go. */
static const struct {
	const char *key, *why;
} retired[] = {
	{ "touch-per-week", "no longer used: your plan sets the touch sessions of each "
	  "week (you can delete this line)" },
	{ "week-starts-on", "no longer used: a week starts on the weekday of your "
	  "start-date, as the plan's weeks do (you can delete this line)" },
};

bool config_key_retired(const char *key)
{
	for (size_t i = 0; i < sizeof retired / sizeof retired[0]; i++)
		if (!strcmp(key, retired[i].key))
			return true;
	return false;
}

/* The note for the first retired key the file sets. */
static void config_take_note(cfg_t *cfg, const char *path, const struct confread *scan,
                             struct config *out)
{
	for (size_t i = 0; i < sizeof retired / sizeof retired[0]; i++) {
		if (!(cfg_getopt(cfg, retired[i].key)->flags & CFGF_MODIFIED))
			continue;
		struct tend_err note;
		confread_fail(&note, path, confread_line(scan, retired[i].key, -1),
		              retired[i].key, "%s", retired[i].why);
		snprintf(out->note, sizeof out->note, "%s", note.msg);
		return;
	}
}

/* Everything libconfuse read, plus the checks that need the whole file. */
int config_take(cfg_t *cfg, const char *path, const struct confread *scan,
                struct config *out, struct tend_err *err)
{
	int rc = config_take_partners(cfg, path, scan, out, err);

	if (rc == TEND_OK && cfg_size(cfg, "start-date") == 0)
		rc = confread_fail(err, path, 0, "start-date",
		                   "missing (add start-date = \"YYYY-MM-DD\")");
	if (rc == TEND_OK)
		rc = config_take_gestures(cfg, path, scan, out, err);
	if (rc == TEND_OK)
		rc = config_take_phrases(cfg, path, scan, out, err);
	if (rc == TEND_OK)
		rc = config_take_paths(cfg, path, scan, out, err);
	if (rc != TEND_OK)
		return rc;
	out->path = strdup(path);
	if (!config_take_values(cfg, out) || !out->path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	config_take_note(cfg, path, scan, out);
	return TEND_OK;
}
