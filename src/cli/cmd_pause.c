/* cmd_pause: `tend pause` and `tend resume`, the program's own pauses. The
 * rules are pace's (core); this only reads the line and says what changed. */
#include <stdio.h>

#include "tend/cli.h"
#include "tend/pace.h"

static const char cmd_pause_usage[] =
	"usage: tend pause [--reason TEXT] [--date D]\n"
	"\n"
	"Pause the whole program (illness, travel, a crisis) from today, or from\n"
	"day D. Paused days do not count: the plan's days, weeks and phases stand\n"
	"still and move on by as many days once you resume. Logging stays open\n"
	"all the while. `tend resume` goes on with the program.\n"
	"\n"
	"  -r, --reason TEXT   a few words for why (kept with the pause)\n"
	"      --date D        the first paused day (YYYY-MM-DD) instead of today\n";

static const char cmd_resume_usage[] =
	"usage: tend resume [--date D]\n"
	"\n"
	"Go on with the paused program today, or on day D: that day counts\n"
	"again, and the plan picks up on the day it stood at.\n"
	"\n"
	"      --date D        the first day back (YYYY-MM-DD) instead of today\n";

static const struct cli_option pause_options[] = {
	{ "reason", 'r', CLI_VALUE },
	{ NULL, 0, 0 },
};

static const struct cli_option resume_options[] = {
	{ NULL, 0, 0 },
};

static int cmd_pause(struct app *app, struct cli_args *args)
{
	const char *reason = cli_arg_value(args, "reason");
	struct tend_err err;
	char day[16];

	err_clear(&err);
	int opened = cli_store(app);
	if (opened)
		return opened;
	if (pace_pause(app->st, &app->pace, app->today, reason, NULL, &err) != TEND_OK)
		return cli_fail(&err);
	day_format_short(app->today, day);
	printf("The program is paused from %s: the days do not count until you\n"
	       "resume it (`tend resume`). Logging stays open all the same.\n", day);
	return 0;
}

static int cmd_resume(struct app *app, struct cli_args *args)
{
	struct tend_err err;
	struct pace_pause pp;
	char day[16], line[256];

	(void)args;
	err_clear(&err);
	int opened = cli_store(app);
	if (opened)
		return opened;
	if (pace_resume(app->st, &app->pace, app->today, &pp, &err) != TEND_OK ||
	    app_pace_reload(app, &err) != TEND_OK)
		return cli_fail(&err);
	int days = (int)(pp.to - pp.from);
	day_format_short(app->today, day);
	cli_plan_line(app, app->today, line, sizeof line);
	printf("The program goes on from %s after %d paused day%s.\n%s\n", day, days,
	       days == 1 ? "" : "s", line);
	return 0;
}

const struct cli_command cmd_pause_entry = {
	.name = "pause",
	.summary = "pause the whole program for a while (the days stop counting)",
	.usage = cmd_pause_usage,
	.options = pause_options,
	.run = cmd_pause,
};

const struct cli_command cmd_resume_entry = {
	.name = "resume",
	.summary = "go on with the paused program",
	.usage = cmd_resume_usage,
	.options = resume_options,
	.run = cmd_resume,
};
