#include <time.h>

#include "tend/cli.h"
#include "tend/timeout.h"

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
	int64_t now = (int64_t)time(NULL);
	/* Refused before any file is made when --date names another day. */
	if (timeout_may_call(app, now, NULL) == TIMEOUT_OTHER_DAY)
		return cli_usage_error("timeout", "%s", timeout_bar_reason(TIMEOUT_OTHER_DAY));
	int opened = cli_store(app);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	enum timeout_bar bar;
	if (timeout_call(app, now, &e, &bar, NULL, &err) != TEND_OK) {
		entry_clear(&e);
		if (bar == TIMEOUT_RUNNING) {
			cli_errorf("%s; end it with `tend return`", err.msg);
			return 1;
		}
		return cli_fail(&err);
	}
	char back[8];
	clock_text(timeout_pause_end(&app->cfg, &e), back, sizeof back);
	printf("\"");
	cli_put_text(stdout, app->cfg.stop_phrase[e.phrase - 1]);
	printf("\", called by ");
	cli_put_text(stdout, cli_name(app, e.partner));
	printf(". Pause for %d minutes and come back at %s.\n", app->cfg.pause_minutes, back);
	entry_clear(&e);
	return 0;
}

static const struct cli_values cmd_timeout_values[] = {
	{ NULL, "@partner" },
	{ "phrase", "1 2" },
	{ NULL, NULL },
};

const struct cli_command cmd_timeout_entry = {
	.values = cmd_timeout_values,
	.name = "timeout",
	.summary = "note a time-out called with a stop-phrase",
	.usage = cmd_timeout_usage,
	.options = timeout_options,
	.min_args = 1, .max_args = 1, .args_error = "name the partner who called it",
	.run = cmd_timeout,
};
