#include <time.h>

#include "tend/cli.h"

static const char cmd_timeout_usage[] =
	"usage: tend timeout PARTNER [--phrase N]\n"
	"\n"
	"Note that PARTNER called a time-out with one of your two stop-phrases.\n"
	"Pause for the agreed minutes (pause-minutes), then come back and run\n"
	"`tend return`; if you can't come back yet, `tend return --schedule`\n"
	"sets a time within return-within-hours. A time-out starts now, so\n"
	"--date cannot move it to another day.\n"
	"\n"
	"  PARTNER         a name (any case) or 1 or 2\n"
	"  -p, --phrase N  which stop-phrase, 1 or 2 (default 1)\n";

/* "21:05" for a unix time, in local time. */
static void clock_text(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	if (!localtime_r(&tt, &tm) || !strftime(buf, n, "%H:%M", &tm))
		snprintf(buf, n, "?");
}

static const struct cli_option timeout_options[] = {
	{ "phrase", 'p', CLI_VALUE },
	{ NULL, 0, 0 },
};

static int cmd_timeout(struct app *app, struct cli_args *args)
{
	struct entry e = { .kind = ENTRY_TIMEOUT, .phrase = 1 };
	const char *phrase = cli_arg_value(args, "phrase");
	if (phrase && !cli_int(phrase, 1, 2, &e.phrase))
		return cli_usage_error("timeout", "--phrase is 1 or 2");
	if (!(e.partner = cli_partner(app, "timeout", args->argv[0])))
		return 2;
	/* A time-out is a pause that starts now; one filed under another day
	 * would still be running today. */
	if (app->today != cli_real_today(app))
		return cli_usage_error("timeout", "a time-out starts now, so it cannot be "
		                       "given another day with --date");
	int opened = cli_store(app);
	if (opened)
		return opened;
	struct tend_err err;
	struct entry open = { 0 };
	bool found = false;
	if (store_timeout_open(app->st, cli_timeout_since(app), &open, &found, &err) != TEND_OK)
		return cli_fail(&err);
	if (found) {
		char at[8];
		clock_text(open.called_at, at, sizeof at);
		entry_clear(&open);
		cli_errorf("a time-out is already running since %s; end it with `tend return`", at);
		return 1;
	}
	e.called_at = (int64_t)time(NULL);
	e.day = app->date_given ? app->today : day_of_time((time_t)e.called_at,
	                                                   app->cfg.day_starts_at);
	e.text = app->cfg.stop_phrase[e.phrase - 1];
	int rc = cli_save(app, &e, NULL);
	e.text = NULL;
	if (rc)
		return rc;
	char back[8];
	clock_text(e.called_at + (int64_t)app->cfg.pause_minutes * 60, back, sizeof back);
	printf("\"");
	cli_put_text(stdout, app->cfg.stop_phrase[e.phrase - 1]);
	printf("\", called by ");
	cli_put_text(stdout, cli_name(app, e.partner));
	printf(". Pause for %d minutes and come back at %s.\n", app->cfg.pause_minutes, back);
	return 0;
}

const struct cli_command cmd_timeout_entry = {
	.name = "timeout",
	.summary = "note a time-out called with a stop-phrase",
	.usage = cmd_timeout_usage,
	.options = timeout_options,
	.min_args = 1, .max_args = 1, .args_error = "name the partner who called it",
	.run = cmd_timeout,
};
