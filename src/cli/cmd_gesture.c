#include <getopt.h>

#include "tend/cli.h"
#include "tend/gesture.h"

const char cmd_gesture_usage[] =
	"usage: tend gesture PARTNER [TEXT] [--bid toward|away]\n"
	"\n"
	"Log a small caring gesture made by PARTNER today: a long hug at the door,\n"
	"a good-morning text, a refilled glass. --bid records a bid for connection\n"
	"and whether the other partner turned toward it or away.\n"
	"\n"
	"  PARTNER          a name (any case) or 1 or 2\n"
	"  TEXT             what it was (optional)\n"
	"  -b, --bid WHICH  toward or away\n"
	"      --date D     log for day D (YYYY-MM-DD) instead of today\n";

int cmd_gesture(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "bid", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	struct entry e = { .kind = ENTRY_GESTURE, .day = app->today };
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":b:", opts, NULL)) != -1) {
		if (cli_once("gesture", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'b' && !entry_parse_bid(optarg, &e.bid))
			return cli_usage_error("gesture", "--bid is toward or away");
		else if (c == '?' || c == ':')
			return cli_bad_option("gesture", c, argv);
	}
	if (optind >= argc || argc - optind > 2)
		return cli_usage_error("gesture", "name one partner, then optionally the gesture");
	if (!(e.partner = cli_partner(app, "gesture", argv[optind])))
		return 2;
	if (optind + 1 < argc && argv[optind + 1][0])
		e.text = argv[optind + 1];
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
