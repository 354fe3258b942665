#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "tend/cli.h"
#include "tend/name.h"
#include "tend/text.h"

static const char cmd_init_usage[] =
	"usage: tend init --partner NAME --partner NAME [--start DATE] [--checkin HH:MM]\n"
	"\n"
	"Write a new config file with your two names, the day your 60 days start\n"
	"(default: today) and your daily check-in time (default 21:00). It goes\n"
	"to --config FILE, or to $XDG_CONFIG_HOME/tend/tend.conf. Every other\n"
	"setting is listed in it, commented out, with its default.\n"
	"\n"
	"A name is at most 40 columns wide and holds a letter; the two names must\n"
	"differ also when case and accents are ignored (Zoe and Zoë are one name).\n";

static const struct cli_option init_options[] = {
	{ "partner", 'p', CLI_VALUE | CLI_MANY },
	{ "start", 's', CLI_VALUE },
	{ "checkin", 'c', CLI_VALUE },
	{ NULL, 0, 0 },
};

/* Run before any config is read: app is NULL, and --config is where the
 * new file goes. */
static int cmd_init(struct app *app, struct cli_args *args)
{
	(void)app;
	char *names[2] = { NULL, NULL };
	const char *path = args->globals ? args->globals->config_path : NULL;
	const char *start_arg = cli_arg_value(args, "start");
	const char *checkin_arg = cli_arg_value(args, "checkin");
	int n = cli_arg_values(args, "partner", names, 2), checkin = 21 * 60;
	tend_day start = day_of_time(time(NULL), 4 * 60);
	if (start_arg && !day_parse(start_arg, &start))
		return cli_usage_error("init", "--start needs a date as YYYY-MM-DD");
	if (checkin_arg && !day_parse_hhmm(checkin_arg, &checkin))
		return cli_usage_error("init", "--checkin needs a time as HH:MM");
	if (n != 2)
		return cli_usage_error("init", "give exactly two --partner names");
	for (int i = 0; i < 2; i++) {
		const char *why = name_problem(names[i]);
		if (why) {
			/* A name far too long is shown cut, on one line. */
			char *shown = text_fit(names[i], NAME_MAX_COLS + 10, cli_ascii());
			cli_usage_error("init", "the name \"%s\" %s", shown ? shown : "?", why);
			free(shown);
			return 2;
		}
	}
	if (name_same(names[0], names[1]))
		return cli_usage_error("init", "\"%s\" and \"%s\" read as the same name; "
		                       "the two names must differ", names[0], names[1]);
	char *def = path ? NULL : config_default_path();
	struct tend_err err;
	err_clear(&err);
	int rc = config_write_initial(path ? path : def, names[0], names[1], start,
	                              checkin, &err);
	if (rc == TEND_OK) {
		printf("Wrote ");
		cli_put_text(stdout, path ? path : def);
		printf(". Welcome, both of you. Run `tend` to open the dashboard.\n");
	}
	free(def);
	return rc == TEND_OK ? 0 : cli_fail(&err);
}

const struct cli_command cmd_init_entry = {
	.name = "init",
	.summary = "write a new config with your two names",
	.usage = cmd_init_usage,
	.options = init_options,
	.min_args = 0, .max_args = 0, .args_error = "give exactly two --partner names",
	.no_app = true,
	.run = cmd_init,
};
