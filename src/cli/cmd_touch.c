#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/guide.h"
#include "tend/invite.h"
#include "tend/menu.h"
#include "tend/text.h"
#include "tend/touch.h"

static const char cmd_touch_usage[] =
	"usage: tend touch --stage N --giver PARTNER [--minutes M]\n"
	"                  [--light green|yellow|red] [--note TEXT]\n"
	"                  [--invited-by PARTNER] [--tier TIER] [--item ITEM]\n"
	"       tend touch --guidelines\n"
	"       tend touch --set-guidelines FILE\n"
	"\n"
	"Log a staged-touch session: its stage (1-3), who gave, how long, and the\n"
	"traffic light it ended on (green yes, yellow slow down, red stop). A red\n"
	"light ends a session, gently: nothing more is asked.\n"
	"\n"
	"  -s, --stage N          1, 2 or 3, not above the stage you are at, and\n"
	"                         not before it began (the next begins when you\n"
	"                         both say you are ready: tend stage)\n"
	"  -g, --giver PARTNER    a name (any case) or 1 or 2\n"
	"  -m, --minutes M        1-600\n"
	"  -l, --light L          green, yellow or red\n"
	"  -n, --note TEXT        a short note (- reads it from standard input)\n"
	"  -i, --invited-by P     who invited, if you like (never needed)\n"
	"  -t, --tier TIER        the list of your menu that fitted the evening:\n"
	"                         connection (quick) or experience (longer)\n"
	"      --item ITEM        an item of that list, as written in the menu\n"
	"                         file (any case); with no --tier, the list\n"
	"                         that holds it\n"
	"      --guidelines       show the stage-3 guidelines\n"
	"      --set-guidelines FILE\n"
	"                         keep the text of FILE (- for standard input) as\n"
	"                         the stage-3 guidelines; an empty one clears them\n"
	"      --date D           log for day D (YYYY-MM-DD) instead of today\n";

/* The stage and menu rules are the core's (touch_session_check,
 * menu_session_check), as in the dashboard's form; with no database yet
 * the couple is at stage 1. */
static int check_session(struct app *app, const struct entry *e)
{
	bool none;
	int rc = cli_store_read(app, &none, false);
	if (rc)
		return rc;
	struct store_stage st = { .stage = 1, .since = DAY_INVALID };
	struct tend_err err;
	err_clear(&err);
	if (!none && store_stage_get(app->st, &st, &err) != TEND_OK)
		return cli_fail(&err);
	if (touch_session_check(&st, e, NULL, app->cfg.discreet, &err) != TEND_OK ||
	    menu_session_check(&app->menu, e, NULL, app->cfg.discreet, &err) != TEND_OK)
		return cli_usage_error("touch", "%s", err.msg);
	return 0;
}

/* Print a text of several lines, each made safe for the terminal. */
static void put_lines(const char *s, const char *indent)
{
	while (*s) {
		size_t n = strcspn(s, "\n");
		char *line = strndup(s, n);
		if (line) {
			fputs(indent, stdout);
			cli_put_text(stdout, line);
			fputc('\n', stdout);
		}
		free(line);
		s += n + (s[n] == '\n');
	}
}

/* The guidelines, after a stage-3 session is logged and for --guidelines. */
static int show_guidelines(struct app *app, bool after_session)
{
	char *text = NULL;
	struct tend_err err;
	err_clear(&err);
	if (store_guideline_get(app->st, &text, NULL, &err) != TEND_OK)
		return cli_fail(&err);
	if (text) {
		printf("%s\n", after_session ? "Your guidelines for this stage:"
		                             : "Your guidelines for stage 3:");
		put_lines(text, "  ");
	} else if (!after_session) {
		printf("No guidelines yet. Whoever wants to go slower can write them "
		       "(warm-up, off-ramps): tend touch --set-guidelines FILE\n");
	}
	free(text);
	return 0;
}

/* The whole of a file (or standard input for "-"), at most what a text of
 * TEXT_MAX_CHARS characters can take; NULL with a message said. */
static char *slurp(const char *path)
{
	size_t cap = (size_t)TEXT_MAX_CHARS * 4 + 2, n = 0;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f) {
		cli_usage_error("touch", "cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	char *buf = malloc(cap);
	if (buf) {
		n = fread(buf, 1, cap - 1, f);
		buf[n] = '\0';
	}
	bool bad = ferror(f) != 0, too_long = n == cap - 1, nul = buf && strlen(buf) != n;
	if (f != stdin)
		fclose(f);
	if (!buf)
		cli_usage_error("touch", "out of memory");
	else if (bad)
		cli_usage_error("touch", "could not read the guidelines from %s", path);
	else if (too_long)
		cli_usage_error("touch", "the guidelines are too long; %d characters at most",
		                TEXT_MAX_CHARS);
	else if (nul)
		cli_usage_error("touch", "the guidelines hold a NUL byte; plain text, please");
	else
		return buf;
	free(buf);
	return NULL;
}

static int set_guidelines(struct app *app, const char *path)
{
	char *text = slurp(path);
	if (!text)
		return 2;
	int rc = cli_store(app);
	if (rc) {
		free(text);
		return rc;
	}
	struct tend_err err;
	err_clear(&err);
	bool cleared;
	rc = guide_set(app->st, text, &cleared, &err);
	free(text);
	if (rc == TEND_E_USAGE)
		return cli_usage_error("touch", "%s", err.msg);
	if (rc != TEND_OK)
		return cli_fail(&err);
	printf(cleared ? "Cleared the stage-3 guidelines.\n"
	               : "Kept the new stage-3 guidelines; they show with every stage-3 session.\n");
	return 0;
}

static int guidelines(struct app *app, struct cli_args *args)
{
	static const char *const others[] = {
		"stage", "giver", "minutes", "light", "note", "invited-by", "tier", "item", NULL,
	};
	for (const char *const *o = others; *o; o++)
		if (cli_arg_has(args, *o))
			return cli_usage_error("touch", "--%s logs a session; give the guidelines "
			                       "options alone", *o);
	const char *path = cli_arg_value(args, "set-guidelines");
	if (path)
		return set_guidelines(app, path);
	bool none;
	int rc = cli_store_read(app, &none, false);
	if (rc)
		return rc;
	if (none) {
		printf("No guidelines yet.\n");
		return 0;
	}
	return show_guidelines(app, false);
}

/* --invited-by, --tier and --item into e (item: the menu's own spelling). */
static int session_details(struct app *app, struct cli_args *args, struct entry *e)
{
	const char *by = cli_arg_value(args, "invited-by"), *tier = cli_arg_value(args, "tier");
	const char *item = cli_arg_value(args, "item");
	bool d = app->cfg.discreet;
	if (by && !(e->initiator = cli_partner(app, "touch", by)))
		return 2;
	if (tier && !(e->tier = menu_tier_parse(tier)))
		return cli_usage_error("touch", "--tier is %s or %s", menu_tier_name(MENU_CONNECTION, d),
		                       menu_tier_name(MENU_EXPERIENCE, d));
	if (!item)
		return 0;
	for (int t = MENU_CONNECTION; !e->tier && t < MENU_TIERS; t++)
		if (menu_item_find(&app->menu, t, item))
			e->tier = t;
	const char *found = menu_item_find(&app->menu, e->tier, item);
	if (!found && !tier)
		return cli_usage_error("touch", "that is not on your menu (%s); the lists are "
		                       "there, or leave --item out", app->menu.path);
	e->item = strdup(found ? found : item);
	return e->item ? 0 : cli_usage_error("touch", "out of memory");
}

/* What the saved session said beyond its stage and light. */
static void say_details(struct app *app, const struct entry *e)
{
	if (e->initiator) {
		printf("Invited by ");
		cli_put_text(stdout, cli_name(app, e->initiator));
		printf(".\n");
	}
	if (e->tier) {
		printf("From the %s list", menu_tier_name(e->tier, app->cfg.discreet));
		if (e->item && !app->cfg.discreet) {
			printf(": ");
			cli_put_text(stdout, e->item);
		}
		printf(".\n");
	}
	if (e->light == LIGHT_RED)
		printf("Red ended it, gently, as it should: nothing more is asked tonight.\n");
}

static const struct cli_option touch_options[] = {
	{ "stage", 's', CLI_VALUE },
	{ "giver", 'g', CLI_VALUE },
	{ "minutes", 'm', CLI_VALUE },
	{ "light", 'l', CLI_VALUE },
	{ "note", 'n', CLI_VALUE | CLI_TEXT },
	{ "invited-by", 'i', CLI_VALUE },
	{ "tier", 't', CLI_VALUE },
	{ "item", 0, CLI_VALUE },
	{ "guidelines", 0, 0 },
	{ "set-guidelines", 0, CLI_VALUE },
	{ NULL, 0, 0 },
};

static int log_session(struct app *app, struct cli_args *args, struct entry *e)
{
	const char *stage = cli_arg_value(args, "stage"), *giver = cli_arg_value(args, "giver");
	const char *minutes = cli_arg_value(args, "minutes"), *light = cli_arg_value(args, "light");
	char *note = cli_arg_value(args, "note");
	if (stage && !cli_int(stage, 1, 3, &e->stage))
		return cli_usage_error("touch", "--stage is 1, 2 or 3");
	if (minutes && !cli_int(minutes, 1, 600, &e->minutes))
		return cli_usage_error("touch", "--minutes is a whole number from 1 to 600");
	if (light && !entry_parse_light(light, &e->light))
		return cli_usage_error("touch", "--light is green, yellow or red");
	e->text = note && note[0] ? note : NULL;
	if (!e->stage || !giver)
		return cli_usage_error("touch", "--stage and --giver are both needed");
	if (!(e->partner = cli_partner(app, "touch", giver)))
		return 2;
	int rc = session_details(app, args, e);
	if (rc || (rc = check_session(app, e)) || (rc = cli_save(app, e, NULL)))
		return rc;
	char day[40];
	printf("Saved a stage %d session%s, ", e->stage, cli_for_day(app, e->day, day, sizeof day));
	cli_put_text(stdout, cli_name(app, e->partner));
	printf(" giving%s%s.\n", e->light ? ", " : "", entry_light_name(e->light));
	say_details(app, e);
	return guide_shown(e->stage) ? show_guidelines(app, true) : 0;
}

static int cmd_touch(struct app *app, struct cli_args *args)
{
	if (cli_arg_has(args, "guidelines") || cli_arg_has(args, "set-guidelines")) {
		if (cli_arg_has(args, "guidelines") && cli_arg_has(args, "set-guidelines"))
			return cli_usage_error("touch", "--guidelines shows them, --set-guidelines "
			                       "keeps new ones: one at a time");
		return guidelines(app, args);
	}
	struct entry e = { .kind = ENTRY_TOUCH, .day = app->today };
	int rc = log_session(app, args, &e);
	free(e.item);
	return rc;
}

static const struct cli_values cmd_touch_values[] = {
	{ "giver", "@partner" },
	{ "invited-by", "@partner" },
	{ "light", "green yellow red" },
	{ "stage", "1 2 3" },
	{ "tier", "connection experience" },
	{ "set-guidelines", "@file" },
	{ NULL, NULL },
};

const struct cli_command cmd_touch_entry = {
	.values = cmd_touch_values,
	.name = "touch",
	.summary = "log a staged-touch session",
	.usage = cmd_touch_usage,
	.options = touch_options,
	.min_args = 0, .max_args = 0,
	.args_error = "unexpected argument; give the note with --note",
	.menu = true,
	.run = cmd_touch,
};
