/* cmd_window: `tend window`, the couple's two weekly open windows (list,
 * set, clear) and their coded invitations. The rules are window.c's and
 * rules.c's; this file reads the line and prints. */
#include <stdio.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/rules.h"
#include "tend/window.h"

static const char cmd_window_usage[] =
	"usage: tend window [list]\n"
	"       tend window set N DAY HH:MM [LENGTH]\n"
	"       tend window clear N\n"
	"       tend window invitations [TEXT...] [--none]\n"
	"\n"
	"Your two weekly open windows: times when closeness is welcome and never\n"
	"expected. From the phase of the plan that asks for them, the dashboard,\n"
	"`tend week` and `tend today` show them on their days. tend keeps the\n"
	"times only: it never asks or counts what happened in a window.\n"
	"\n"
	"  list             the two windows, and your invitations\n"
	"  set N DAY HH:MM  window 1 or 2 on a weekday (thu, sunday...) at a time;\n"
	"                   LENGTH, if you like: 90, 45m, 2h or 1h30\n"
	"  clear N          leave window 1 or 2 unset\n"
	"  invitations TEXT...  your own agreed phrases for an invitation (up to 6),\n"
	"                   written into your config file; --none removes them\n"
	"      --date D     act as on day D (YYYY-MM-DD) instead of today\n";

static const struct cli_option window_options[] = {
	{ "none", 0, 0 },
	{ NULL, 0, 0 },
};

/* The day windows count from (the plan's phase that asks for them). */
static tend_day windows_from(const struct app *app)
{
	return app_plan_date(app, window_first_day(&app->plan));
}

void cli_window_line(const struct app *app, FILE *f, const struct store_window v[2],
                     tend_day d)
{
	char times[32];
	if (d < windows_from(app))
		return;
	window_times_on(v, day_weekday(d), times, sizeof times);
	if (!times[0])
		return;
	bool discreet = app->cfg.discreet;
	bool two = strchr(times, 'a') != NULL;
	char noun[32];
	snprintf(noun, sizeof noun, "%s", window_noun(discreet, two));
	noun[0] = (char)(noun[0] - 'a' + 'A');
	fprintf(f, "%s: %s\n", noun, times);
}

static void print_invitations(const struct app *app)
{
	const struct config *c = &app->cfg;
	printf("\n%s\n", c->discreet ? "Your phrases" : "Your invitations");
	if (c->n_invitations == 0)
		printf("  none yet (`tend window invitations TEXT...` writes them)\n");
	for (size_t i = 0; i < c->n_invitations; i++) {
		printf("  %zu  ", i + 1);
		cli_put_text(stdout, c->invitations[i]);
		printf("\n");
	}
}

static int window_list_cmd(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, false);
	if (rc)
		return rc;
	struct store_window v[WINDOW_SLOTS] = { { 0 } };
	struct tend_err err;
	err_clear(&err);
	if (!none && store_window_load(app->st, v, &err))
		return cli_fail(&err);
	bool discreet = app->cfg.discreet;
	char noun[32];
	snprintf(noun, sizeof noun, "%s", window_noun(discreet, true));
	noun[0] = (char)(noun[0] - 'a' + 'A');
	printf("%s. %s\n", noun, window_meaning(discreet));
	for (int i = 0; i < WINDOW_SLOTS; i++) {
		char what[64];
		if (v[i].id)
			window_describe(&v[i], false, what, sizeof what);
		else
			snprintf(what, sizeof what, "not set (`tend window set %d DAY HH:MM`)", i + 1);
		printf("  %d  %s\n", i + 1, what);
	}
	tend_day from = windows_from(app);
	if (from > app->today) {
		char day[40];
		cli_day_label(app, from, day, sizeof day);
		printf("The plan asks for them from %s (day %d): from then on they show "
		       "on their days.\n", day, window_first_day(&app->plan));
	}
	print_invitations(app);
	return 0;
}

static int window_set_cmd(struct app *app, struct cli_args *args)
{
	int slot, wd, at, minutes = 0;
	if (args->argc < 4)
		return cli_usage_error("window", "set takes N, a weekday and a time: set 1 "
		                       "thu 20:30");
	if (!window_parse_slot(args->argv[1], &slot))
		return cli_usage_error("window", "there are two windows: 1 or 2");
	if (!window_parse_weekday(args->argv[2], &wd))
		return cli_usage_error("window", "\"%s\" is not a weekday (mon to sun, or "
		                       "monday to sunday)", args->argv[2]);
	if (!day_parse_hhmm(args->argv[3], &at))
		return cli_usage_error("window", "the time is HH:MM, 00:00 to 23:59");
	if (args->argc > 4 && !window_parse_length(args->argv[4], &minutes))
		return cli_usage_error("window", "the length is minutes or hours, like 90, "
		                       "45m, 2h or 1h30");
	if (args->argc > 5)
		return cli_usage_error("window", "set takes N DAY HH:MM and a length at most");
	struct tend_err err;
	err_clear(&err);
	if (window_check(slot, wd, at, minutes, &err))
		return cli_fail(&err);
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct window_change c;
	if (window_set(app->st, slot, wd, at, minutes, &c, &err))
		return cli_fail(&err);
	struct store_window w = { .slot = slot, .weekday = wd, .at = at, .minutes = minutes };
	char what[64];
	window_describe(&w, false, what, sizeof what);
	printf("Window %d: %s. Welcome, never expected.\n", slot, what);
	return 0;
}

static int window_clear_cmd(struct app *app, struct cli_args *args)
{
	int slot;
	if (args->argc != 2)
		return cli_usage_error("window", "clear takes one window: 1 or 2");
	if (!window_parse_slot(args->argv[1], &slot))
		return cli_usage_error("window", "there are two windows: 1 or 2");
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct window_change c;
	if (window_clear(app->st, slot, &c, &err))
		return cli_fail(&err);
	printf("Window %d is not set now.\n", slot);
	return 0;
}

static int window_invitations_cmd(struct app *app, struct cli_args *args)
{
	bool none = cli_arg_has(args, "none");
	size_t n = (size_t)args->argc - 1;
	if (none && n)
		return cli_usage_error("window", "--none takes no TEXT");
	if (!none && n == 0) {
		print_invitations(app);
		return 0;
	}
	struct tend_err err;
	err_clear(&err);
	if (rules_set_invitations(&app->cfg, (const char *const *)args->argv + 1, n, &err))
		return cli_fail(&err);
	printf("Saved in ");
	cli_put_text(stdout, app->cfg.path);
	printf(" (its comments and other settings are as they were).\n");
	return 0;
}

static int cmd_window(struct app *app, struct cli_args *args)
{
	const char *verb = args->argc ? args->argv[0] : "list";
	bool inv = strcmp(verb, "invitations") == 0;
	if (cli_arg_has(args, "none") && !inv)
		return cli_usage_error("window", "--none goes with invitations");
	if (strcmp(verb, "list") == 0) {
		if (args->argc > 1)
			return cli_usage_error("window", "list takes nothing more");
		return window_list_cmd(app);
	}
	if (strcmp(verb, "set") == 0)
		return window_set_cmd(app, args);
	if (strcmp(verb, "clear") == 0)
		return window_clear_cmd(app, args);
	if (inv)
		return window_invitations_cmd(app, args);
	return cli_usage_error("window", "say list, set, clear or invitations");
}

const struct cli_command cmd_window_entry = {
	.name = "window",
	.summary = "your two weekly open windows, and your invitations",
	.usage = cmd_window_usage,
	.options = window_options,
	.min_args = 0, .max_args = 1 + CONFIG_MAX_INVITATIONS,
	.args_error = "give what to do: list, set N DAY HH:MM, clear N, or invitations",
	.run = cmd_window,
};
