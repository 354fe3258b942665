#include <getopt.h>
#include <time.h>

#include "tend/cli.h"
#include "tend/timeout.h"

const char cmd_timeout_usage[] =
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

int cmd_timeout(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "phrase", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	struct entry e = { .kind = ENTRY_TIMEOUT, .phrase = 1 };
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":p:", opts, NULL)) != -1) {
		if (cli_once("timeout", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'p' && !cli_int(optarg, 1, 2, &e.phrase))
			return cli_usage_error("timeout", "--phrase is 1 or 2");
		else if (c == '?' || c == ':')
			return cli_bad_option("timeout", c, argv);
	}
	if (optind != argc - 1)
		return cli_usage_error("timeout", "name the partner who called it");
	if (!(e.partner = cli_partner(app, "timeout", argv[optind])))
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
