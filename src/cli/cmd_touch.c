
#include "tend/cli.h"
#include "tend/touch.h"

static const char cmd_touch_usage[] =
	"usage: tend touch --stage N --giver PARTNER [--minutes M]\n"
	"                  [--light green|yellow|red] [--note TEXT]\n"
	"\n"
	"Log a staged-touch session: its stage (1-3), who gave, how long, and the\n"
	"traffic light it ended on (green yes, yellow slow down, red stop).\n"
	"\n"
	"  -s, --stage N        1, 2 or 3, not above the stage you are at, and\n"
	"                       not before it began (the next begins when you\n"
	"                       both say you are ready: tend stage)\n"
	"  -g, --giver PARTNER  a name (any case) or 1 or 2\n"
	"  -m, --minutes M      1-600\n"
	"  -l, --light L        green, yellow or red\n"
	"  -n, --note TEXT      a short note (- reads it from standard input)\n"
	"      --date D         log for day D (YYYY-MM-DD) instead of today\n";

/* The stage rules are the core's (touch_session_check), as in the
 * dashboard's form; with no database yet the couple is at stage 1. */
static int check_stage(struct app *app, const struct entry *e)
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
	if (touch_session_check(&st, e, NULL, app->cfg.discreet, &err) != TEND_OK)
		return cli_usage_error("touch", "%s", err.msg);
	return 0;
}

static const struct cli_option touch_options[] = {
	{ "stage", 's', CLI_VALUE },
	{ "giver", 'g', CLI_VALUE },
	{ "minutes", 'm', CLI_VALUE },
	{ "light", 'l', CLI_VALUE },
	{ "note", 'n', CLI_VALUE | CLI_TEXT },
	{ NULL, 0, 0 },
};

static int cmd_touch(struct app *app, struct cli_args *args)
{
	struct entry e = { .kind = ENTRY_TOUCH, .day = app->today };
	const char *stage = cli_arg_value(args, "stage"), *giver = cli_arg_value(args, "giver");
	const char *minutes = cli_arg_value(args, "minutes"), *light = cli_arg_value(args, "light");
	char *note = cli_arg_value(args, "note");
	if (stage && !cli_int(stage, 1, 3, &e.stage))
		return cli_usage_error("touch", "--stage is 1, 2 or 3");
	if (minutes && !cli_int(minutes, 1, 600, &e.minutes))
		return cli_usage_error("touch", "--minutes is a whole number from 1 to 600");
	if (light && !entry_parse_light(light, &e.light))
		return cli_usage_error("touch", "--light is green, yellow or red");
	e.text = note && note[0] ? note : NULL;
	if (!e.stage || !giver)
		return cli_usage_error("touch", "--stage and --giver are both needed");
	if (!(e.partner = cli_partner(app, "touch", giver)))
		return 2;
	int rc = check_stage(app, &e);
	if (rc)
		return rc;
	rc = cli_save(app, &e, NULL);
	if (rc)
		return rc;
	char day[40];
	printf("Saved a stage %d session%s, ", e.stage, cli_for_day(app, e.day, day, sizeof day));
	cli_put_text(stdout, cli_name(app, e.partner));
	printf(" giving%s%s.\n", e.light ? ", " : "", entry_light_name(e.light));
	return 0;
}

static const struct cli_values cmd_touch_values[] = {
	{ "giver", "@partner" },
	{ "light", "green yellow red" },
	{ "stage", "1 2 3" },
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
	.run = cmd_touch,
};
