#include <stdio.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/objective.h"

static const char cmd_objective_usage[] =
	"usage: tend objective [--history]\n"
	"       tend objective --partner NAME [--problem TEXT] [--outcome TEXT]\n"
	"       tend objective --partner NAME --keep\n"
	"       tend objective --origin acute|cumulative\n"
	"\n"
	"Your two sentences: each of you writes the problem in your own words and\n"
	"the outcome you want in 3 to 6 months. With no option, show them: both\n"
	"appear once you have both written yours (until then, only who has).\n"
	"Every save is a new version; the earlier ones stay in the history.\n"
	"\n"
	"  -p, --partner NAME    who is writing: a name (any case) or 1 or 2\n"
	"      --problem TEXT    the problem, in a sentence (- reads standard input)\n"
	"      --outcome TEXT    the outcome you want (- reads standard input); a\n"
	"                        rewrite may give only one of the two\n"
	"  -k, --keep            you looked at yours and keep them as they are\n"
	"      --origin WORD     where the rough patch came from: acute (a sudden\n"
	"                        blow) or cumulative (years of small things); tend\n"
	"                        says what length of first phase suits it, and how\n"
	"                        to set it: it never changes your plan itself\n"
	"      --history         every version, oldest first\n"
	"      --date D          write or keep on day D (YYYY-MM-DD) instead of today\n";

static const struct cli_option objective_options[] = {
	{ "partner", 'p', CLI_VALUE },
	{ "problem", 0, CLI_VALUE | CLI_TEXT },
	{ "outcome", 0, CLI_VALUE | CLI_TEXT },
	{ "keep", 'k', 0 },
	{ "origin", 0, CLI_VALUE },
	{ "history", 0, 0 },
	{ NULL, 0, 0 },
};

/* A sentence under its label, indented, made safe. */
static void put_sentence(const char *indent, const char *label, const char *text)
{
	printf("%s%s ", indent, label);
	cli_put_text(stdout, text);
	putchar('\n');
}

static void put_version(struct app *app, const struct objective_version *v, bool name)
{
	const char *indent = name ? "  " : "    ";
	char day[40];
	cli_day_label(app, v->day, day, sizeof day);
	if (name) {
		cli_put_text(stdout, cli_name(app, v->partner));
		printf(", %s", day);
	} else {
		printf("%s", day);
	}
	if (v->kept) {
		printf(": kept as they were\n");
		return;
	}
	printf("\n");
	put_sentence(indent, "The problem:", v->problem);
	put_sentence(indent, "The outcome:", v->outcome);
}

static void put_progress(struct app *app, const struct objective_state *s)
{
	char line[512];
	objective_progress(s, cli_name(app, 1), cli_name(app, 2), line, sizeof line);
	cli_put_text(stdout, line);
	putchar('\n');
}

/* The length of the plan's first phase as loaded (0 without a plan). */
static int first_days(const struct app *app)
{
	const struct plan_phase *ph = app->plan.n_phases ? &app->plan.phases[0] : NULL;
	return ph ? ph->last - ph->first + 1 : 0;
}

/* The origin and what it suggests for the plan (only ever a suggestion). */
static void put_origin(struct app *app, const struct objective_state *s)
{
	if (s->origin == OBJECTIVE_ORIGIN_NONE)
		return;
	char hint[256], how[1024];
	objective_suggestion(s->origin, first_days(app), hint, sizeof hint);
	objective_suggestion_how(s->origin, &app->cfg, first_days(app), how, sizeof how);
	printf("\nWhere it began: %s, %s.\n%s\n", objective_origin_name(s->origin),
	       objective_origin_words(s->origin, app->cfg.discreet), hint);
	if (how[0]) {
		cli_put_text(stdout, how);
		putchar('\n');
	}
}

static int load(struct app *app, struct objective_state *s, bool *none)
{
	int rc = cli_store_read(app, none, false);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	if (*none) {
		memset(s, 0, sizeof *s);
		s->current[0] = s->current[1] = -1;
		return 0;
	}
	return objective_load(app->st, s, &err) == TEND_OK ? 0 : cli_fail(&err);
}

static int objective_show(struct app *app)
{
	struct objective_state s;
	bool none;
	int rc = load(app, &s, &none);
	if (rc)
		return rc;
	printf("Your two sentences\n\n");
	if (!objective_both(&s)) {
		put_progress(app, &s);
		printf("Both appear here once you have both written yours:\n"
		       "  tend objective --partner NAME --problem TEXT --outcome TEXT\n");
	} else {
		for (int p = 1; p <= 2; p++) {
			put_version(app, objective_current(&s, p), true);
			if (p == 1)
				putchar('\n');
		}
		if (objective_look_pending(&s, app_plan_start(app, app->today), app->today))
			printf("\nTime for a look at them: each of you can keep yours "
			       "(--keep) or rewrite them.\n");
	}
	put_origin(app, &s);
	objective_state_free(&s);
	return 0;
}

static int objective_history(struct app *app)
{
	struct objective_state s;
	bool none;
	int rc = load(app, &s, &none);
	if (rc)
		return rc;
	if (!objective_both(&s)) {
		put_progress(app, &s);
		printf("The history shows once you have both written yours.\n");
	} else {
		for (int p = 1; p <= 2; p++) {
			if (p == 2)
				putchar('\n');
			cli_put_text(stdout, cli_name(app, p));
			printf("\n");
			for (size_t i = 0; i < s.all.n; i++) {
				if (s.all.v[i].partner != p)
					continue;
				printf("  ");
				put_version(app, &s.all.v[i], false);
			}
		}
	}
	objective_state_free(&s);
	return 0;
}

/* After a save: whose are hidden still, in words that show no text. */
static void after_save(struct app *app, int partner, const struct objective_version *v)
{
	char day[48];
	cli_for_day(app, v->day, day, sizeof day);
	if (v->kept) {
		printf("Noted%s: ", day);
		cli_put_text(stdout, cli_name(app, partner));
		printf(" keeps their two sentences as they are.\n");
	} else {
		printf("Saved ");
		cli_put_text(stdout, cli_name(app, partner));
		printf("'s two sentences%s.\n", day);
	}
	struct objective_state s;
	struct tend_err err;
	err_clear(&err);
	if (objective_load(app->st, &s, &err) != TEND_OK)
		return;
	if (!objective_both(&s)) {
		printf("They stay hidden until ");
		cli_put_text(stdout, cli_name(app, 3 - partner));
		printf(" has written theirs.\n");
	}
	objective_state_free(&s);
}

static int objective_save(struct app *app, int partner, bool keep, const char *problem,
                          const char *outcome)
{
	struct tend_err err;
	err_clear(&err);
	/* Check the texts before a database is made for them. */
	if ((problem && objective_check_text("problem", problem, &err)) ||
	    (outcome && objective_check_text("outcome", outcome, &err)))
		return cli_fail(&err);
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct objective_version v;
	rc = keep ? objective_keep(app->st, partner, app->today, &v, &err)
	          : objective_write(app->st, partner, app->today, problem, outcome, &v, &err);
	if (rc == TEND_E_USAGE)
		return cli_usage_error("objective", "%s", err.msg);
	if (rc != TEND_OK)
		return cli_fail(&err);
	after_save(app, partner, &v);
	return 0;
}

static int objective_origin(struct app *app, int origin)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	if (objective_set_origin(app->st, origin, app->today, NULL, NULL, &err) != TEND_OK)
		return cli_fail(&err);
	struct objective_state s;
	if (objective_load(app->st, &s, &err) != TEND_OK)
		return cli_fail(&err);
	printf("Noted.");
	put_origin(app, &s);
	objective_state_free(&s);
	return 0;
}

static int cmd_objective(struct app *app, struct cli_args *args)
{
	const char *name = cli_arg_value(args, "partner");
	const char *problem = cli_arg_value(args, "problem");
	const char *outcome = cli_arg_value(args, "outcome");
	const char *origin = cli_arg_value(args, "origin");
	bool keep = cli_arg_has(args, "keep"), history = cli_arg_has(args, "history");
	bool writing = problem || outcome;
	if (history && (name || writing || keep || origin))
		return cli_usage_error("objective", "--history goes alone");
	if (keep && writing)
		return cli_usage_error("objective", "--keep keeps them as they are: leave out "
		                       "--problem and --outcome");
	if ((writing || keep) && !name)
		return cli_usage_error("objective", "who is writing? add --partner NAME");
	if (name && !writing && !keep)
		return cli_usage_error("objective", "add --problem and --outcome, or --keep");
	if (origin && (name || writing || keep))
		return cli_usage_error("objective", "note the origin on its own");
	if (origin) {
		int o = objective_origin_parse(origin);
		if (o == OBJECTIVE_ORIGIN_NONE)
			return cli_usage_error("objective", "--origin is acute or cumulative");
		return objective_origin(app, o);
	}
	if (history)
		return objective_history(app);
	if (!name)
		return objective_show(app);
	int partner = cli_partner(app, "objective", name);
	if (!partner)
		return 2;
	return objective_save(app, partner, keep, problem, outcome);
}

static const struct cli_values cmd_objective_values[] = {
	{ "partner", "@partner" },
	{ "origin", "acute cumulative" },
	{ NULL, NULL },
};

const struct cli_command cmd_objective_entry = {
	.values = cmd_objective_values,
	.name = "objective",
	.summary = "write or show your two sentences: the problem, the outcome",
	.usage = cmd_objective_usage,
	.options = objective_options,
	.min_args = 0, .max_args = 0,
	.run = cmd_objective,
};
