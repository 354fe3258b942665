/* cmd_ritual: `tend ritual`, the couple's rituals of connection: the list
 * with this week's marks, and add, done, undone, pause, resume, remove.
 * The rules are ritual.c's; this file reads the line and prints. */
#include <stdio.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/plan.h"
#include "tend/ritual.h"

static const char cmd_ritual_usage[] =
	"usage: tend ritual [list]\n"
	"       tend ritual add NAME --days DAYS [--at HH:MM]\n"
	"       tend ritual done|undone NAME\n"
	"       tend ritual pause NAME --reason TEXT\n"
	"       tend ritual resume|remove NAME\n"
	"\n"
	"Your rituals of connection: a Thursday walk, Sunday coffee, ten minutes of\n"
	"reading aloud every night. With no arguments, list them with this week's\n"
	"marks. A day you did not mark is simply blank. When travel or illness\n"
	"breaks a ritual, pause it on purpose, and resume it on purpose.\n"
	"\n"
	"  add NAME         a new ritual, kept from today on\n"
	"  done NAME        mark today's occurrence done (undone takes it back)\n"
	"  pause NAME       pause from today on; resume NAME starts it again\n"
	"  remove NAME      remove it, with its marks\n"
	"  -d, --days DAYS  daily, weekdays, weekends, or days like mon,thu\n"
	"  -t, --at HH:MM   the time it usually happens (optional)\n"
	"  -r, --reason TEXT  why it pauses: travel, illness... (- reads it from\n"
	"                   standard input)\n"
	"      --date D     act on day D (YYYY-MM-DD) instead of today\n"
	"\n"
	"NAME is matched without regard to case or accents.\n";

static const struct cli_option ritual_options[] = {
	{ "days", 'd', CLI_VALUE },
	{ "at", 't', CLI_VALUE },
	{ "reason", 'r', CLI_VALUE | CLI_TEXT },
	{ NULL, 0, 0 },
};

/* One line of the grid: the name, a mark under each day of the week from
 * start, the rhythm. */
static void grid_line(FILE *f, const struct store_rituals *s, const struct store_ritual *r,
                      tend_day start)
{
	char rhythm[64];
	cli_put_cell(f, r->name, 20);
	for (int i = 0; i < 7; i++)
		fprintf(f, " %s  ", ritual_state_mark(ritual_state_on(s, r, start + i), cli_ascii()));
	ritual_rhythm(r->days, r->at, rhythm, sizeof rhythm);
	/* Within 80 columns: a long list of days is in the marks already. */
	if (strlen(rhythm) > 80 - 20 - 7 * 4 && r->at >= 0) {
		char at[8];
		day_format_hhmm(r->at, at);
		snprintf(rhythm, sizeof rhythm, "at %s", at);
	} else if (strlen(rhythm) > 80 - 20 - 7 * 4) {
		rhythm[0] = '\0';
	}
	fprintf(f, "%s\n", rhythm);
}

void cli_ritual_grid(FILE *f, const struct store_rituals *s, tend_day start)
{
	cli_put_cell(f, "Rituals", 20);
	for (int i = 0; i < 7; i++)
		fprintf(f, "%s%s", day_weekday_abbr(day_weekday(start + i)), i < 6 ? " " : "\n");
	for (size_t i = 0; i < s->n; i++)
		grid_line(f, s, &s->v[i], start);
	bool ascii = cli_ascii();
	fprintf(f, "%s done  %s not its day  %s paused\n", ritual_state_mark(RITUAL_DONE, ascii),
	        ritual_state_mark(RITUAL_OFF, ascii), ritual_state_mark(RITUAL_PAUSED, ascii));
}

/* Under the grid: which rituals are paused now, since when and why. */
static void print_paused(const struct app *app, const struct store_rituals *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct store_ritual_pause *p = ritual_pause_open(s, s->v[i].id);
		if (!p || p->from > app->today)
			continue;
		char since[40];
		cli_day_label(app, p->from, since, sizeof since);
		cli_put_text(stdout, s->v[i].name);
		printf(" is paused since %s", since);
		if (p->reason) {
			printf(": ");
			cli_put_text(stdout, p->reason);
		}
		printf(".\n");
	}
}

static int ritual_list(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, true);
	if (rc)
		return rc;
	tend_day start = plan_week_start(app_plan_start(app, app->today), app->today);
	struct store_rituals s = { 0 };
	struct tend_err err;
	err_clear(&err);
	if (!none && store_ritual_load(app->st, start, start + 6, &s, &err))
		return cli_fail(&err);
	if (s.n == 0) {
		printf("No rituals yet. Add one: tend ritual add \"Thursday walk\" --days thu\n");
		return 0;
	}
	char from[16], to[16];
	day_format_short(start, from);
	day_format_short(start + 6, to);
	printf("Week of %s - %s\n\n", from, to);
	cli_ritual_grid(stdout, &s, start);
	print_paused(app, &s);
	store_rituals_free(&s);
	return 0;
}

static int ritual_add_cmd(struct app *app, struct cli_args *args, const char *name)
{
	const char *days_s = cli_arg_value(args, "days"), *at_s = cli_arg_value(args, "at");
	unsigned days;
	int at = -1;
	if (!days_s)
		return cli_usage_error("ritual", "add needs --days: daily, or days like mon,thu");
	if (!ritual_days_parse(days_s, &days))
		return cli_usage_error("ritual", "--days is daily, weekdays, weekends, or days "
		                       "like mon,thu");
	if (at_s && !day_parse_hhmm(at_s, &at))
		return cli_usage_error("ritual", "--at is a time as HH:MM, 00:00 to 23:59");
	const char *why = ritual_name_problem(name);
	if (why) {
		cli_errorf("the ritual's name %s", why);
		return 2;
	}
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct ritual_change c;
	if (ritual_add(app->st, name, days, at, app->today, &c, &err))
		return cli_fail(&err);
	char rhythm[64], day[40];
	ritual_rhythm(days, at, rhythm, sizeof rhythm);
	printf("Added ");
	cli_put_text(stdout, c.name);
	printf(", %s, from %s.\n", rhythm, (cli_day_label(app, app->today, day, sizeof day), day));
	return 0;
}

/* done, undone, pause, resume, remove: one ritual by name, on app->today. */
static int ritual_change_cmd(struct app *app, const char *verb, const char *name,
                             const char *reason)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct ritual_change c;
	if (!strcmp(verb, "done") || !strcmp(verb, "undone"))
		rc = ritual_mark(app->st, name, app->today, verb[0] == 'd', &c, &err);
	else if (!strcmp(verb, "pause"))
		rc = ritual_pause(app->st, name, app->today, reason, &c, &err);
	else if (!strcmp(verb, "resume"))
		rc = ritual_resume(app->st, name, app->today, &c, &err);
	else
		rc = ritual_remove(app->st, name, false, &c, &err);
	if (rc)
		return cli_fail(&err);
	char day[40], from[48] = "from today";
	const char *on = cli_for_day(app, app->today, day, sizeof day);
	if (on[0])
		snprintf(from, sizeof from, "from %s", day + strlen(" for "));
	cli_put_text(stdout, c.name);
	if (!strcmp(verb, "done"))
		printf(c.changed ? ": done%s. Well kept.\n" : ": already marked done%s.\n", on);
	else if (!strcmp(verb, "undone"))
		printf(c.changed ? ": the mark%s is taken back.\n" : ": nothing was marked%s.\n", on);
	else if (!strcmp(verb, "pause"))
		printf(": paused %s. Resume it on purpose when you are ready.\n", from);
	else if (!strcmp(verb, "resume"))
		printf(": resumed %s.\n", from);
	else
		printf(": removed, with its marks.\n");
	return 0;
}

/* What ritual does, by its first word. */
static const char *const verbs[] = {
	"list", "add", "done", "undone", "pause", "resume", "remove",
};

static const char *ritual_word(size_t i)
{
	return i < sizeof verbs / sizeof *verbs ? verbs[i] : NULL;
}

static int cmd_ritual(struct app *app, struct cli_args *args)
{
	const char *verb = args->argc ? args->argv[0] : "list";
	size_t v = 0;
	while (v < sizeof verbs / sizeof *verbs && strcmp(verbs[v], verb) != 0)
		v++;
	if (v == sizeof verbs / sizeof *verbs)
		return cli_usage_error("ritual", "say list, add, done, undone, pause, resume or "
		                       "remove");
	bool add = v == 1, pause = v == 4;
	if (cli_arg_has(args, "days") && !add)
		return cli_usage_error("ritual", "--days goes with add");
	if (cli_arg_has(args, "at") && !add)
		return cli_usage_error("ritual", "--at goes with add");
	if (cli_arg_has(args, "reason") && !pause)
		return cli_usage_error("ritual", "--reason goes with pause");
	if (v == 0) {
		if (args->argc > 1)
			return cli_usage_error("ritual", "list takes no name");
		return ritual_list(app);
	}
	if (args->argc != 2)
		return cli_usage_error("ritual", "%s takes one ritual's name (quote a name with "
		                       "spaces)", verb);
	if (add)
		return ritual_add_cmd(app, args, args->argv[1]);
	const char *reason = cli_arg_value(args, "reason");
	if (pause && !reason)
		return cli_usage_error("ritual", "pause needs --reason: travel, illness...");
	return ritual_change_cmd(app, verb, args->argv[1], reason);
}

const struct cli_command cmd_ritual_entry = {
	.name = "ritual",
	.summary = "keep your rituals of connection: list, add, done, pause, resume",
	.usage = cmd_ritual_usage,
	.options = ritual_options,
	.word = ritual_word,
	.min_args = 0, .max_args = 2,
	.args_error = "give what to do and one ritual's name (quote a name with spaces)",
	.run = cmd_ritual,
};
