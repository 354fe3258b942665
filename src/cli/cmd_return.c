#include <time.h>

#include "tend/cli.h"
#include "tend/timeout.h"

static const char cmd_return_usage[] =
	"usage: tend return [--schedule HH:MM]\n"
	"\n"
	"End the running time-out: you are back together. If you cannot come back\n"
	"yet, --schedule sets when you will (the next HH:MM, within\n"
	"return-within-hours of the time-out).\n"
	"\n"
	"  -s, --schedule HH:MM  schedule the return instead of marking it\n";

/* Plan the return for the next time the clock shows minutes (typed as
 * hhmm, checked by the caller). */
static int schedule(struct app *app, const struct entry *open, int minutes, int64_t now)
{
	struct tend_err err;
	err_clear(&err);
	int64_t when;
	bool skipped = false;
	if (timeout_schedule(app->st, &app->cfg, open, minutes, now, &when, &skipped, &err) != TEND_OK)
		return err.code == TEND_E_USAGE ? cli_usage_error("return", "%s", err.msg)
		                                : cli_fail(&err);
	char at[48], asked[8];
	cli_when(when, at, sizeof at);
	day_format_hhmm(minutes, asked);
	if (skipped)
		printf("Return scheduled for %s: the clocks go forward that night, so there is "
		       "no %s.\n", at, asked);
	else
		printf("Return scheduled for %s.\n", at);
	return 0;
}

static const struct cli_option return_options[] = {
	{ "schedule", 's', CLI_VALUE },
	{ NULL, 0, 0 },
};

static int cmd_return(struct app *app, struct cli_args *args)
{
	const char *sched = cli_arg_value(args, "schedule");
	int minutes = 0;
	if (sched && !day_parse_hhmm(sched, &minutes))
		return cli_usage_error("return", "--schedule needs a time as HH:MM");
	bool none;
	int opened = cli_store_read(app, &none, false);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	struct entry open = { 0 };
	bool found = false;
	int64_t now = (int64_t)time(NULL);
	if (!none && timeout_running(app->st, &app->cfg, now, &open, &found, &err) != TEND_OK)
		return cli_fail(&err);
	if (!found) {
		cli_errorf("no time-out is running");
		return 1;
	}
	int rc = 0, mins = 0;
	if (sched) {
		rc = schedule(app, &open, minutes, now);
	} else if (timeout_return(app->st, &open, now, &mins, &err) != TEND_OK) {
		rc = cli_fail(&err);
	} else if (mins < 0) {
		/* The clock was set back since the call: no length to tell. */
		printf("Welcome back. (The clock was set back during the pause, so its "
		       "length is not known.)\n");
	} else {
		printf("Welcome back. The pause lasted %d minute%s.\n", mins, mins == 1 ? "" : "s");
	}
	entry_clear(&open);
	return rc;
}

const struct cli_command cmd_return_entry = {
	.name = "return",
	.summary = "end (or schedule the end of) a time-out",
	.usage = cmd_return_usage,
	.options = return_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_return,
};
