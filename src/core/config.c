/* config: the couple's preferences, read from a libconfuse file.
 *
 * The schema is the one table config_opts below: every key with its default,
 * the callback that checks its value as it is read (config_check.c), and a
 * one-line help text (kept in the option's comment field) that
 * config_write_initial prints above the key. man/tend.conf.5 and
 * data/tend.conf.example follow its order.
 *
 * Reading goes in four steps: the bytes and the structure, through the
 * reader every libconfuse file of tend goes through (confread.c, which also
 * notes the line of every key and keeps $ literal); libconfuse itself (values are checked
 * by the parse callbacks, so libconfuse's line is the key's line); and the
 * checks that need the whole file (config_take.c). config_priv.h lists the
 * other files. libconfuse's lexer is itself global, so config_load must not
 * run in two threads at once. */
#include "config_priv.h"
#include "tend/name.h"
#include "tend/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const config_color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", NULL,
};

/* ---- the schema ------------------------------------------------------------ */

#define KEY_STR(k, d, fl, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_STR, .flags = (fl), .def = { .string = (d) }, .parsecb = (cb) }
#define KEY_INT(k, d, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_INT, .def = { .number = (d) }, .parsecb = (cb) }
#define KEY_BOOL(k, d, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_BOOL, .def = { .boolean = (d) }, .parsecb = (cb) }
#define KEY_LIST(k, t, d, cb, h) { .name = (k), .comment = (h), \
	.type = (t), .flags = CFGF_LIST, .def = { .parsed = (d) }, .parsecb = (cb) }

static const cfg_opt_t config_partner_opts[] = {
	KEY_STR("color", NULL, CFGF_NODEFAULT, config_check_color,
	        "black, red, green, yellow, blue, magenta, cyan or white"),
	CFG_END()
};

/* libconfuse copies this table in cfg_init and never writes to it. */
static const cfg_opt_t config_opts[] = {
	{ .name = "partner", .type = CFGT_SEC,
	  .flags = CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES,
	  .subopts = (cfg_opt_t *)config_partner_opts,
	  .comment = "The two of you, each with a color on the dashboard." },
	KEY_STR("start-date", NULL, CFGF_NODEFAULT, config_check_date,
	        "Day 1 of your 60 days (YYYY-MM-DD)."),
	KEY_STR("checkin-time", "21:00", CFGF_NONE, config_check_hhmm,
	        "When you sit down together for the daily check-in (HH:MM)."),
	KEY_INT("checkin-minutes", 15, config_check_checkin,
	        "How long the check-in lasts, in minutes (1 to 120)."),
	KEY_STR("day-starts-at", "04:00", CFGF_NONE, config_check_hhmm,
	        "When a new day begins; until then, entries count for the day before."),
	KEY_STR("week-starts-on", "monday", CFGF_NONE, config_check_weekday,
	        "No longer used: a week starts on the weekday of start-date."),
	KEY_LIST("gestures-per-day", CFGT_INT, "{2, 5}", config_check_gestures,
	         "Small caring gestures to aim for each day: {fewest, most}, 0 to 20."),
	KEY_INT("repairs-per-day", 1, config_check_repairs,
	        "Repairs to aim for each day (0 to 20)."),
	KEY_INT("touch-per-week", 3, config_check_touch,
	        "No longer used: the plan sets the touch sessions of each week."),
	KEY_LIST("stop-phrases", CFGT_STR, "{\"Time-out\", \"This matters\"}",
	         config_check_phrase,
	         "Your two agreed phrases that pause a heated talk."),
	KEY_LIST("red-lines", CFGT_STR, "{\"No name-calling\", "
	         "\"No threats of leaving during a fight\", "
	         "\"No reopening settled issues unless both agree\"}",
	         config_check_phrase,
	         "What you both agreed never to do in a fight (up to 12)."),
	KEY_LIST("invitations", CFGT_STR, "{}", config_check_phrase,
	         "Your own agreed phrases for inviting closeness (up to 6)."),
	KEY_INT("pause-minutes", 20, config_check_pause,
	        "How long a pause lasts after a stop-phrase, in minutes (1 to 240)."),
	KEY_INT("return-within-hours", 24, config_check_return,
	        "Come back to a paused talk within this many hours (1 to 72)."),
	KEY_STR("no-talks-after", "21:30", CFGF_NONE, config_check_hhmm,
	        "No big talks late: the weekly talk is not suggested after this (HH:MM)."),
	KEY_STR("database", "", CFGF_NONE, config_check_text,
	        "Where your entries are kept (\"\": ~/.local/share/tend/tend.db)."),
	KEY_BOOL("discreet", cfg_false, config_check_bool,
	         "true: neutral words for touch and desire, for a screen others see."),
	KEY_BOOL("numbers", cfg_true, config_check_bool,
	         "false: marks instead of counts and percentages on the dashboard."),
	KEY_STR("plan-file", "", CFGF_NONE, config_check_text,
	        "Your own plan file (\"\": the plan that comes with tend)."),
	KEY_STR("menu-file", "", CFGF_NONE, config_check_text,
	        "Your own two-tier touch menu (\"\": the menu that comes with tend)."),
	KEY_BOOL("invite-rotation", cfg_false, config_check_bool,
	         "true: the touch panel says whose turn it is to invite, if it feels right."),
	KEY_STR("wishes-file", "", CFGF_NONE, config_check_text,
	        "Your own wish list (\"\": the list that comes with tend)."),
	KEY_INT("stabilization-days", 14, config_check_stabilization,
	        "Days in the first, steadying phase (1 to 60); more stretch the plan."),
	KEY_BOOL("print-objectives", cfg_false, config_check_bool,
	         "true: your two sentences on the printed plan, once you both wrote them."),
	KEY_BOOL("print-windows", cfg_false, config_check_bool,
	         "true: your two weekly open windows on the printed plan."),
	KEY_BOOL("print-invitations", cfg_false, config_check_bool,
	         "true: your invitation phrases on the printed plan."),
	KEY_BOOL("calendar-plain", cfg_false, config_check_bool,
	         "true: plain titles in tend ical (\"Check-in\"), not neutral ones."),
	KEY_STR("therapist", "", CFGF_NONE, config_check_text,
	        "Your counsellor's contact, shown when it may help (\"\": none)."),
	KEY_STR("emergency", "", CFGF_NONE, config_check_text,
	        "Who to call when someone is not safe (\"\": your local number)."),
	CFG_END()
};

/* The table, for config_write.c, which prints every key from it. */
const cfg_opt_t *config_schema(void)
{
	return config_opts;
}

const cfg_opt_t *config_partner_schema(void)
{
	return config_partner_opts;
}

/* ---- reading ----------------------------------------------------------------- */

/* The message libconfuse's failure left in a cfg_t comment (see the top). */
static int config_parse_failure(cfg_t *cfg, const char *path, struct tend_err *err)
{
	const char *msg = cfg->comment;

	for (unsigned i = 0; !msg && i < cfg_size(cfg, "partner"); i++)
		msg = cfg_getnsec(cfg, "partner", i)->comment;
	if (msg)
		return err_set(err, TEND_E_USAGE, "%s", msg);
	return confread_fail(err, path, 0, NULL, "cannot be read as a tend config "
	                     "(tend.conf(5) shows the form)");
}

/* libconfuse reads the checked text from memory, then config_take. */
static int config_parse(const char *path, const struct confread *rd,
                        struct config *out, struct tend_err *err)
{
	cfg_t *cfg = cfg_init((cfg_opt_t *)config_opts, CFGF_NONE);
	int rc = TEND_OK;

	if (!cfg)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	cfg_set_error_function(cfg, config_on_error);
	cfg->filename = strdup(path);
	if (!cfg->filename)
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK && rd->len > 0) {
		FILE *fp = fmemopen(rd->text, rd->len, "r");
		if (!fp)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
		else if (cfg_parse_fp(cfg, fp) != CFG_SUCCESS)
			rc = config_parse_failure(cfg, path, err);
		if (fp)
			fclose(fp);
	}
	/* After libconfuse, so an unknown key is named as such first. */
	if (rc == TEND_OK)
		rc = confread_twice(rd, err);
	if (rc == TEND_OK)
		rc = config_take(cfg, path, rd, out, err);
	cfg_free(cfg);
	return rc;
}

/* The partners' sections come twice by design. */
static const char *const config_many[] = { "partner", NULL };

static const struct confread_kind config_kind = {
	.what = "a tend config",
	.noun = "the config file",
	.max_bytes = CONFIG_MAX_BYTES,
	.many = config_many,
};

int config_load(const char *path, struct config *cfg, bool *missing,
                struct tend_err *err)
{
	struct confread rd;

	memset(cfg, 0, sizeof *cfg);
	int rc = confread_file(&rd, &config_kind, path, missing, err);
	if (rc == TEND_OK)
		rc = config_parse(path, &rd, cfg, err);
	confread_free(&rd);
	if (rc != TEND_OK)
		config_free(cfg);
	return rc;
}

int config_load_buf(const char *path, const char *buf, size_t len,
                    struct config *cfg, struct tend_err *err)
{
	struct confread rd;

	memset(cfg, 0, sizeof *cfg);
	int rc = confread_buf(&rd, &config_kind, path, buf, len, err);
	if (rc == TEND_OK)
		rc = config_parse(path, &rd, cfg, err);
	confread_free(&rd);
	if (rc != TEND_OK)
		config_free(cfg);
	return rc;
}

void config_free(struct config *cfg)
{
	if (!cfg)
		return;
	for (int i = 0; i < 2; i++) {
		free(cfg->partner[i]);
		free(cfg->color[i]);
		free(cfg->stop_phrase[i]);
	}
	for (size_t i = 0; i < cfg->n_red_lines; i++)
		free(cfg->red_lines[i]);
	free(cfg->red_lines);
	for (size_t i = 0; i < cfg->n_invitations; i++)
		free(cfg->invitations[i]);
	free(cfg->invitations);
	free(cfg->path);
	free(cfg->database);
	free(cfg->plan_file);
	free(cfg->menu_file);
	free(cfg->wishes_file);
	free(cfg->therapist);
	free(cfg->emergency);
	memset(cfg, 0, sizeof *cfg);
}

/* ---- partners ---------------------------------------------------------------------- */

int config_partner_lookup(const struct config *cfg, const char *name)
{
	if (!cfg || !name)
		return 0;
	if (strcmp(name, "1") == 0 || strcmp(name, "2") == 0)
		return name[0] - '0';
	for (int i = 0; i < 2; i++)
		if (cfg->partner[i] && name_same(cfg->partner[i], name))
			return i + 1;
	return 0;
}
