
#include "tend/cli.h"
#include "tend/gesture.h"

static const char cmd_gesture_usage[] =
	"usage: tend gesture PARTNER [TEXT] [--bid toward|away]\n"
	"\n"
	"Log a small caring gesture made by PARTNER today: a long hug at the door,\n"
	"a good-morning text, a refilled glass. --bid records a bid for connection\n"
	"and whether the other partner turned toward it or away.\n"
	"\n"
	"  PARTNER          a name (any case) or 1 or 2\n"
	"  TEXT             what it was (optional; - reads it from standard input)\n"
	"  -b, --bid WHICH  toward or away\n"
	"      --date D     log for day D (YYYY-MM-DD) instead of today\n";

static const struct cli_option gesture_options[] = {
	{ "bid", 'b', CLI_VALUE },
	{ NULL, 0, 0 },
};

static int cmd_gesture(struct app *app, struct cli_args *args)
{
	struct entry e = { .kind = ENTRY_GESTURE, .day = app->today };
	const char *bid = cli_arg_value(args, "bid");
	if (bid && !entry_parse_bid(bid, &e.bid))
		return cli_usage_error("gesture", "--bid is toward or away");
	if (!(e.partner = cli_partner(app, "gesture", args->argv[0])))
		return 2;
	if (args->argc > 1 && args->argv[1][0])
		e.text = args->argv[1];
	struct tend_err err;
	err_clear(&err);
	if (gesture_check(&e, &err) != GESTURE_FINE)
		return cli_fail(&err);
	int rc = cli_store(app);
	if (rc)
		return rc;
	if (gesture_save(app->st, &e, &err) != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, e.day);
	printf("Saved a gesture from ");
	cli_put_text(stdout, cli_name(app, e.partner));
	if (e.bid)
		printf(" (bid turned %s)", entry_bid_name(e.bid));
	char day[40];
	printf("%s.\n", cli_for_day(app, e.day, day, sizeof day));
	return 0;
}

static const struct cli_values cmd_gesture_values[] = {
	{ NULL, "@partner" },
	{ "bid", "toward away" },
	{ NULL, NULL },
};

const struct cli_command cmd_gesture_entry = {
	.values = cmd_gesture_values,
	.name = "gesture",
	.summary = "log a small caring gesture",
	.usage = cmd_gesture_usage,
	.options = gesture_options,
	.min_args = 1, .max_args = 2,
	.args_error = "name one partner, then optionally the gesture",
	.text_arg = 2,
	.run = cmd_gesture,
};
