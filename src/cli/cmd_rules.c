/* cmd_rules: `tend rules`, the ground rules (stop-phrases, red lines) and
 * whether the program is paused; with an option, one rule is written into
 * the config file (rules.c keeps the file's comments). */
#include <stdio.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/pace.h"
#include "tend/rules.h"

static const char cmd_rules_usage[] =
	"usage: tend rules [--stop-phrase N TEXT | --red-line N TEXT |\n"
	"                   --remove-red-line N]\n"
	"\n"
	"Show your ground rules: the two stop-phrases that pause a heated talk,\n"
	"the red lines you both agreed never to cross, and whether the program is\n"
	"paused. With an option, change one rule: it is written into your config\n"
	"file, every comment and other setting kept as it is.\n"
	"\n"
	"  --stop-phrase N TEXT   stop-phrase 1 or 2 becomes TEXT\n"
	"  --red-line N TEXT      red line N becomes TEXT; one past the last adds one\n"
	"  --remove-red-line N    remove red line N\n"
	"\n"
	"TEXT \"-\" reads it from standard input.\n";

static const struct cli_option rules_options[] = {
	{ "stop-phrase", 0, CLI_VALUE },
	{ "red-line", 0, CLI_VALUE },
	{ "remove-red-line", 0, CLI_VALUE },
	{ NULL, 0, 0 },
};

/* "  1  TEXT" for each item. */
static void print_list(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		printf("  %zu  ", i + 1);
		cli_put_text(stdout, v[i]);
		printf("\n");
	}
}

/* The pauses, each on a line, and whether one runs now. */
static void print_pace(const struct app *app)
{
	const struct pace *p = &app->pace;
	char a[16], b[16];

	printf("\nThe program\n");
	if (pace_paused_on(p, app->today)) {
		day_format_short(pace_running(p) ? pace_running(p)->from : app->today, a);
		printf("  paused since %s (`tend resume` goes on)\n", a);
	} else {
		printf("  going on (`tend pause` pauses it)\n");
	}
	for (size_t i = 0; i < p->n; i++) {
		day_format_short(p->v[i].from, a);
		if (p->v[i].to == DAY_INVALID) {
			printf("  paused from %s", a);
		} else {
			day_format_short(p->v[i].to - 1, b);
			int days = (int)(p->v[i].to - p->v[i].from);
			printf("  paused %s to %s (%d day%s)", a, b, days, days == 1 ? "" : "s");
		}
		if (p->v[i].reason) {
			printf(": ");
			cli_put_text(stdout, p->v[i].reason);
		}
		printf("\n");
	}
}

static int rules_show(struct app *app)
{
	bool none;
	int opened = cli_store_reading(app, &none, false);
	if (opened)
		return opened;
	printf("Stop-phrases (a pause of %d minutes; back within %d hours)\n",
	       app->cfg.pause_minutes, app->cfg.return_within_hours);
	print_list(app->cfg.stop_phrase, 2);
	printf("\nRed lines\n");
	if (app->cfg.n_red_lines == 0)
		printf("  none yet (`tend rules --red-line 1 TEXT` adds one)\n");
	print_list(app->cfg.red_lines, app->cfg.n_red_lines);
	print_pace(app);
	return 0;
}

/* N of an option, 1 to max. */
static int rules_number(const char *opt, const char *s, int max, int *n)
{
	if (!cli_int(s, 1, max, n))
		return cli_usage_error("rules", "--%s: \"%s\" is not a number from 1 to %d",
		                       opt, s, max);
	return 0;
}

static int cmd_rules(struct app *app, struct cli_args *args)
{
	const char *phrase = cli_arg_value(args, "stop-phrase");
	const char *line = cli_arg_value(args, "red-line");
	const char *remove = cli_arg_value(args, "remove-red-line");
	const char *text = args->argc > 0 ? args->argv[0] : NULL;
	struct tend_err err;
	int n = 0, rc;

	err_clear(&err);
	if (!!phrase + !!line + !!remove > 1)
		return cli_usage_error("rules", "change one rule at a time");
	if (!phrase && !line && !remove)
		return text ? cli_usage_error("rules", "say which rule TEXT is for "
		                              "(--stop-phrase N or --red-line N)")
		            : rules_show(app);
	if (remove && text)
		return cli_usage_error("rules", "--remove-red-line takes no TEXT");
	if (!remove && !text)
		return cli_usage_error("rules", "the rule's TEXT is missing");
	if (phrase)
		rc = rules_number("stop-phrase", phrase, 2, &n) ? 2
		     : rules_set_stop_phrase(&app->cfg, n, text, &err);
	else
		rc = rules_number(line ? "red-line" : "remove-red-line", line ? line : remove,
		                  RULES_RED_LINES_MAX + 1, &n) ? 2
		     : rules_set_red_line(&app->cfg, (size_t)n, remove ? NULL : text, &err);
	if (rc == 2 && err.code == TEND_OK)
		return 2;
	if (rc != TEND_OK)
		return cli_fail(&err);
	printf("Saved in ");
	cli_put_text(stdout, app->cfg.path);
	printf(" (its comments and other settings are as they were).\n");
	return 0;
}

const struct cli_command cmd_rules_entry = {
	.name = "rules",
	.summary = "show or change your stop-phrases and red lines; is the program paused",
	.usage = cmd_rules_usage,
	.options = rules_options,
	.min_args = 0, .max_args = 1,
	.text_arg = 1,
	.run = cmd_rules,
};
