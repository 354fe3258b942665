#include <getopt.h>
#include <time.h>

#include "tend/cli.h"
#include "tend/timeout.h"

const char cmd_return_usage[] =
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

int cmd_return(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "schedule", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	const char *sched = NULL;
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":s:", opts, NULL)) != -1) {
		if (cli_once("return", c, argv, seen, sizeof seen))
			return 2;
		if (c == 's')
			sched = optarg;
		else
			return cli_bad_option("return", c, argv);
	}
	if (optind != argc)
		return cli_usage_error("return", "takes no arguments");
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
