#include <stdlib.h>

#include "tend/checkin.h"
#include "tend/cli.h"

static const char cmd_checkin_usage[] =
	"usage: tend checkin PARTNER --mood N --stress N [--gratitude TEXT]\n"
	"\n"
	"Log today's check-in for one partner: mood and stress from 1 (low) to 5\n"
	"(high), and one thing they are grateful for. Logging again the same day\n"
	"replaces that partner's earlier check-in.\n"
	"\n"
	"  PARTNER            a name (any case) or 1 or 2\n"
	"  -m, --mood N       1-5\n"
	"  -s, --stress N     1-5\n"
	"  -g, --gratitude T  one line of gratitude (- reads it from standard input)\n"
	"      --date D       log for day D (YYYY-MM-DD) instead of today\n";

static const struct cli_option checkin_options[] = {
	{ "mood", 'm', CLI_VALUE },
	{ "stress", 's', CLI_VALUE },
	{ "gratitude", 'g', CLI_VALUE | CLI_TEXT },
	{ NULL, 0, 0 },
};

static int cmd_checkin(struct app *app, struct cli_args *args)
{
	struct entry e = { .kind = ENTRY_CHECKIN, .day = app->today };
	const char *mood = cli_arg_value(args, "mood"), *stress = cli_arg_value(args, "stress");
	char *gratitude = cli_arg_value(args, "gratitude");
	if (mood && !cli_int(mood, 1, 5, &e.mood))
		return cli_usage_error("checkin", "--mood must be a whole number from 1 to 5");
	if (stress && !cli_int(stress, 1, 5, &e.stress))
		return cli_usage_error("checkin", "--stress must be a whole number from 1 to 5");
	e.text = gratitude && gratitude[0] ? gratitude : NULL;
	if (!(e.partner = cli_partner(app, "checkin", args->argv[0])))
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

static const struct cli_values cmd_checkin_values[] = {
	{ NULL, "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_checkin_entry = {
	.values = cmd_checkin_values,
	.name = "checkin",
	.summary = "log a partner's daily check-in",
	.usage = cmd_checkin_usage,
	.options = checkin_options,
	.min_args = 1, .max_args = 1, .args_error = "name one partner",
	.run = cmd_checkin,
};
