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

/* The windows as stored, none when there is no database yet. */
static int load(struct app *app, bool none, struct store_window v[WINDOW_SLOTS])
{
	struct tend_err err;
	err_clear(&err);
	memset(v, 0, WINDOW_SLOTS * sizeof *v);
	if (!none && store_window_load(app->st, v, &err))
		return cli_fail(&err);
	return 0;
}

/* "Open window", "Open windows" or "Open time", capitalised. */
static void label(const struct app *app, bool plural, char *buf, size_t size)
{
	snprintf(buf, size, "%s", window_noun(app->cfg.discreet, plural));
	buf[0] = (char)(buf[0] - 'a' + 'A');
}

int cli_window_day(struct app *app, FILE *f, bool none, tend_day d)
{
	struct store_window v[WINDOW_SLOTS];
	int rc = load(app, none, v);
	if (rc)
		return rc;
	char times[32], name[32];
	window_day_times(app, v, d, times, sizeof times);
	if (!times[0])
		return 0;
	label(app, strstr(times, " and ") != NULL, name, sizeof name);
	fprintf(f, "%-12s %s\n", name, times);
	return 0;
}

int cli_window_week(struct app *app, FILE *f, bool none, tend_day start)
{
	struct store_window v[WINDOW_SLOTS];
	int rc = load(app, none, v);
	if (rc)
		return rc;
	int n = 0;
	for (int i = 0; i < 7; i++) {
		char times[32], name[32], day[16];
		window_day_times(app, v, start + i, times, sizeof times);
		if (!times[0])
			continue;
		if (n++ == 0) {
			label(app, true, name, sizeof name);
			fprintf(f, "%s this week: ", name);
		}
		day_format_short(start + i, day);
		fprintf(f, "%s%s %s", n > 1 ? ", " : "", day, times);
	}
	if (n)
		fprintf(f, ".\n");
	return 0;
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
	struct store_window v[WINDOW_SLOTS];
	if ((rc = load(app, none, v)) != 0)
		return rc;
	char noun[32];
	label(app, true, noun, sizeof noun);
	printf("%s. %s\n", noun, window_meaning(app->cfg.discreet));
	for (int i = 0; i < WINDOW_SLOTS; i++) {
		char what[64];
		if (v[i].id)
			window_describe(&v[i], false, what, sizeof what);
		else
			snprintf(what, sizeof what, "not set (`tend window set %d DAY HH:MM`)", i + 1);
		printf("  %d  %s\n", i + 1, what);
	}
	tend_day from = window_from(app);
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

/* Completion: the verb, then the window, then the weekday. */
static const struct cli_values cmd_window_values[] = {
	{ NULL, "list set clear invitations" },
	{ NULL, "1 2" },
	{ NULL, "mon tue wed thu fri sat sun" },
	{ NULL, NULL },
};

const struct cli_command cmd_window_entry = {
	.values = cmd_window_values,
	.name = "window",
	.summary = "your two weekly open windows, and your invitations",
	.usage = cmd_window_usage,
	.options = window_options,
	.min_args = 0, .max_args = 1 + CONFIG_MAX_INVITATIONS,
	.args_error = "give what to do: list, set N DAY HH:MM, clear N, or invitations",
	.run = cmd_window,
};
