#include <time.h>

#include "tend/cli.h"

static const char cmd_return_usage[] =
	"usage: tend return [--schedule HH:MM]\n"
	"\n"
	"End the running time-out: you are back together. If you cannot come back\n"
	"yet, --schedule sets when you will (the next HH:MM, within\n"
	"return-within-hours of the time-out).\n"
	"\n"
	"  -s, --schedule HH:MM  schedule the return instead of marking it\n";

/* The next time the local clock shows minutes, after now. */
static int64_t next_clock(int64_t now, int minutes)
{
	tend_day d = day_of_time((time_t)now, 0);
	int64_t t = (int64_t)day_time_at(d, minutes);
	if (t <= now)
		t = (int64_t)day_time_at(d + 1, minutes);
	return t;
}

/* Schedule the return for the next time the clock shows minutes (typed as
 * hhmm, checked by the caller). */
static int schedule(struct app *app, const struct entry *open, const char *hhmm, int minutes)
{
	int64_t now = (int64_t)time(NULL);
	int64_t when = next_clock(now, minutes);
	int64_t limit = open->called_at + (int64_t)app->cfg.return_within_hours * 3600;
	if (when > limit) {
		return cli_usage_error("return", "%s is more than %d hours after the time-out; "
		                       "pick an earlier time", hhmm, app->cfg.return_within_hours);
	}
	struct tend_err err;
	if (store_timeout_schedule(app->st, open->id, when, &err) != TEND_OK)
		return cli_fail(&err);
	char at[48];
	cli_when(when, at, sizeof at);
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
	struct entry open = { 0 };
	bool found = false;
	if (!none && store_timeout_open(app->st, cli_timeout_since(app), &open, &found, &err) != TEND_OK)
		return cli_fail(&err);
	if (!found) {
		cli_errorf("no time-out is running");
		return 1;
	}
	int rc;
	if (sched) {
		rc = schedule(app, &open, sched, minutes);
	} else if (store_timeout_return(app->st, open.id, (int64_t)time(NULL), &err) != TEND_OK) {
		rc = cli_fail(&err);
	} else {
		int mins = (int)(((int64_t)time(NULL) - open.called_at) / 60);
		printf("Welcome back. The pause lasted %d minute%s.\n", mins, mins == 1 ? "" : "s");
		rc = 0;
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
