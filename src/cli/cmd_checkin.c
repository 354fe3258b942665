#include <getopt.h>
#include <stdlib.h>

#include "tend/checkin.h"
#include "tend/cli.h"

const char cmd_checkin_usage[] =
	"usage: tend checkin PARTNER --mood N --stress N [--gratitude TEXT]\n"
	"\n"
	"Log today's check-in for one partner: mood and stress from 1 (low) to 5\n"
	"(high), and one thing they are grateful for. Logging again the same day\n"
	"replaces that partner's earlier check-in.\n"
	"\n"
	"  PARTNER            a name (any case) or 1 or 2\n"
	"  -m, --mood N       1-5\n"
	"  -s, --stress N     1-5\n"
	"  -g, --gratitude T  one line of gratitude\n"
	"      --date D       log for day D (YYYY-MM-DD) instead of today\n";

int cmd_checkin(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "mood", required_argument, NULL, 'm' },
		{ "stress", required_argument, NULL, 's' },
		{ "gratitude", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 },
	};
	struct entry e = { .kind = ENTRY_CHECKIN, .day = app->today };
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":m:s:g:", opts, NULL)) != -1) {
		if (cli_once("checkin", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'm' && !cli_int(optarg, 1, 5, &e.mood))
			return cli_usage_error("checkin", "--mood must be a whole number from 1 to 5");
		else if (c == 's' && !cli_int(optarg, 1, 5, &e.stress))
			return cli_usage_error("checkin", "--stress must be a whole number from 1 to 5");
		else if (c == 'g')
			e.text = optarg[0] ? optarg : NULL;
		else if (c == '?' || c == ':')
			return cli_bad_option("checkin", c, argv);
	}
	if (optind != argc - 1)
		return cli_usage_error("checkin", "name one partner");
	if (!(e.partner = cli_partner(app, "checkin", argv[optind])))
		return 2;
	if (!e.mood || !e.stress)
		return cli_usage_error("checkin", "--mood and --stress are both needed");
	struct tend_err err;
	err_clear(&err);
	switch (checkin_check(&e, &err)) {
	case CHECKIN_FINE:
		break;
	case CHECKIN_BAD_MOOD:
		return cli_usage_error("checkin", "--mood must be a whole number from %d to %d",
		                       CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
	case CHECKIN_BAD_STRESS:
		return cli_usage_error("checkin", "--stress must be a whole number from %d to %d",
		                       CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
	default:
		return cli_fail(&err);
	}
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct entry old = { 0 };
	if (checkin_save(app->st, &e, &old, &err) != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, e.day);
	char day[24];
	cli_day_label(app, e.day, day, sizeof day);
	printf("%s ", old.id ? "Replaced" : "Saved");
	cli_put_text(stdout, cli_name(app, e.partner));
	printf("'s check-in for %s: mood %d, stress %d.\n", day, e.mood, e.stress);
	entry_clear(&old);
	return 0;
}
