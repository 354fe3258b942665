/* tend status: one short line for a tmux status bar or a shell prompt. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tend/cli.h"
#include "tend/glance.h"
#include "tend/status.h"
#include "tend/text.h"

static const char cmd_status_usage[] =
	"usage: tend status [--format TEMPLATE] [--date D]\n"
	"\n"
	"Print one short line about today, for a tmux status bar or a shell\n"
	"prompt: the check-in, the gestures and repairs of you both against\n"
	"their aims, and a time-out while one runs. In discreet mode the words\n"
	"say nothing about what is counted.\n"
	"\n"
	"  -f, --format T  the line, with the fields {checkin}, {gestures},\n"
	"                  {gestures-aim}, {repairs}, {repairs-aim}, {timeout}\n"
	"                  and {day}; {{ and }} for braces. The default:\n"
	"                  \"" STATUS_TEMPLATE "\"\n"
	"                  (with numbers = false in the config:\n"
	"                  \"" STATUS_TEMPLATE_MARKS "\")\n"
	"\n"
	"In tmux: set -g status-right '#(tend status)'\n";

static const struct cli_option status_options[] = {
	{ "format", 'f', CLI_VALUE },
	{ NULL, 0, 0 },
};

static int cmd_status(struct app *app, struct cli_args *args)
{
	const char *template = cli_arg_value(args, "format");
	if (!template)
		template = status_template(&app->cfg);
	struct tend_err err;
	err_clear(&err);
	struct glance g = { 0 };
	char line[512];
	/* A template that cannot be filled is refused before anything is read. */
	struct status_facts empty = { .today = &g, .cfg = &app->cfg, .ascii = cli_ascii() };
	if (status_format(template, &empty, line, sizeof line, &err))
		return cli_usage_error("status", "--format: %s", err.msg);
	int rc = glance_today(app, &g, &err);
	cli_warn(app);
	if (rc != TEND_OK)
		return cli_fail(&err);
	struct status_facts f = {
		.today = &g, .cfg = &app->cfg,
		.timeout_running = glance_timeout_running(&g, &app->cfg, (int64_t)time(NULL)),
		.plan_day = g.plan_day, .ascii = cli_ascii(),
	};
	if (status_format(template, &f, line, sizeof line, &err))
		return cli_usage_error("status", "--format: %s", err.msg);
	cli_put_text(stdout, line);
	putchar('\n');
	return 0;
}

const struct cli_command cmd_status_entry = {
	.name = "status",
	.summary = "one short line about today, for a status bar",
	.usage = cmd_status_usage,
	.options = status_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.glance = true,
	.run = cmd_status,
};
