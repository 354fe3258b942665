/* tend ical: what is ahead as a calendar file for a phone or a calendar
 * server (ical.h builds it). */
#include <time.h>

#include "tend/cli.h"
#include "tend/ical.h"

static const char cmd_ical_usage[] =
	"usage: tend ical [--plain] [-o FILE]\n"
	"\n"
	"Write what is ahead as an iCalendar (RFC 5545) file, to standard\n"
	"output or to FILE (created readable by you only): the evening check-in\n"
	"for the plan's days, the plan's phases, your rituals, a planned return\n"
	"from a time-out and the reviews due, from today (or --date) for a year.\n"
	"It holds none of your entries, and its titles are neutral (\"Evening\",\n"
	"\"Together time\") unless you ask for plain ones. Exported again, the\n"
	"same events keep their UIDs, so a calendar updates them.\n"
	"\n"
	"  -o, --output F  write to file F instead of standard output\n"
	"  -p, --plain     plain titles (\"Check-in\", your rituals' names);\n"
	"                  calendar-plain = true in the config does the same\n";

static const struct cli_option ical_options[] = {
	{ "output", 'o', CLI_VALUE },
	{ "plain", 'p', 0 },
	{ NULL, 0, 0 },
};

static int cmd_ical(struct app *app, struct cli_args *args)
{
	const char *out = cli_arg_value(args, "output");
	if (cli_not_ours(app, "ical", out))
		return 2;
	bool none;
	int opened = cli_store_reading(app, &none, false);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	struct ical_cal cal;
	bool plain = cli_arg_has(args, "plain") || app->cfg.calendar_plain;
	if (ical_build(app, plain, &cal, &err) != TEND_OK)
		return cli_fail(&err);
	struct cli_output *o = cli_output_open(out, &err);
	if (!o) {
		ical_cal_free(&cal);
		return cli_fail(&err);
	}
	int rc = ical_write(cli_output_file(o), &cal, (int64_t)time(NULL), &err);
	ical_cal_free(&cal);
	if (cli_output_close(o, rc == TEND_OK, &err) != TEND_OK || rc != TEND_OK)
		return cli_fail(&err);
	return 0;
}

static const struct cli_values cmd_ical_values[] = {
	{ "output", "@file" },
	{ NULL, NULL },
};

const struct cli_command cmd_ical_entry = {
	.values = cmd_ical_values,
	.name = "ical",
	.summary = "write what is ahead as a calendar file (iCalendar)",
	.usage = cmd_ical_usage,
	.options = ical_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_ical,
};
