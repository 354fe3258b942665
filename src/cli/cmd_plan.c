#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/cli.h"
#include "tend/objective.h"
#include "tend/window.h"
#include "tend/plan.h"
#include "tend/pdf_module.h"

static const char cmd_plan_usage[] =
	"usage: tend plan [--start YYYY-MM-DD] [-o FILE] [--format text|pdf]\n"
	"                 [--paper a4|letter]\n"
	"\n"
	"Print the plan with real dates, from the start date in your config (or\n"
	"--start), a box beside every task, ready to go on the fridge.\n"
	"\n"
	"  --start DATE      day 1 of the plan (default: start-date in the config)\n"
	"  -o, --output FILE write to FILE (created private to you) instead of stdout\n"
	"  --format FORMAT   text (the default: 80 columns, pages for `| lp`) or pdf\n"
	"  --paper SIZE      a4 (the default) or letter, for the PDF\n";

struct plan_opts {
	tend_day start;
	const char *output;
	bool pdf;
	bool letter;
	bool start_given;
};

static const struct cli_option plan_options[] = {
	{ "start", 0, CLI_VALUE },
	{ "output", 'o', CLI_VALUE },
	{ "format", 0, CLI_VALUE },
	{ "paper", 0, CLI_VALUE },
	{ NULL, 0, 0 },
};

static int parse_opts(struct app *app, const struct cli_args *args, struct plan_opts *o)
{
	const char *start = cli_arg_value(args, "start"), *format = cli_arg_value(args, "format");
	const char *paper = cli_arg_value(args, "paper");
	o->start = app_plan_start(app, app->today);
	o->output = cli_arg_value(args, "output");
	o->start_given = start != NULL;
	if (start && !day_parse(start, &o->start))
		return cli_usage_error("plan", "--start: \"%s\" is not a date "
		                       "(YYYY-MM-DD)", start);
	if (format && strcasecmp(format, "text") && strcasecmp(format, "pdf"))
		return cli_usage_error("plan", "--format: \"%s\" is not a format "
		                       "(text or pdf)", format);
	o->pdf = format && !strcasecmp(format, "pdf");
	if (paper && strcasecmp(paper, "a4") && strcasecmp(paper, "letter"))
		return cli_usage_error("plan", "--paper: \"%s\" is not a paper size "
		                       "(a4 or letter)", paper);
	o->letter = paper && !strcasecmp(paper, "letter");
	return 0;
}

/* The two sentences from the store, only when the config asks for them on
 * paper (and there is a database: cmd_plan opened it to read); *loaded
 * says whether s holds them. */
static int plan_sentences_read(struct app *app, struct objective_state *s, bool *loaded)
{
	memset(s, 0, sizeof *s);
	*loaded = false;
	if (!app->cfg.print_objectives || !app->st)
		return 0;
	struct tend_err err = { 0 };
	if (objective_load(app->st, s, &err) != TEND_OK)
		return cli_fail(&err);
	*loaded = true;
	return 0;
}

/* The open windows, described, when the config asks for them on paper. */
static int plan_windows_read(struct app *app, struct plan_sentences *ps)
{
	struct store_window v[WINDOW_SLOTS];
	size_t n = 0;
	struct tend_err err = { 0 };
	if (!app->cfg.print_windows || !app->st)
		return 0;
	if (window_list(app->st, v, &n, &err) != TEND_OK)
		return cli_fail(&err);
	for (size_t i = 0; i < n; i++)
		window_describe(&v[i], false, ps->windows[i], sizeof ps->windows[i]);
	ps->n_windows = n;
	return 0;
}

/* Above a text plan whose days moved on for pauses: each pause, and the
 * start the dates below count from. */
static void plan_pause_note(const struct app *app, FILE *f, tend_day start)
{
	char a[16], b[16];

	for (size_t i = 0; i < app->pace.n; i++) {
		const struct pace_pause *pp = &app->pace.v[i];
		day_format_short(pp->from, a);
		if (pp->to == DAY_INVALID)
			fprintf(f, "The program is paused since %s.\n", a);
		else {
			day_format_short(pp->to - 1, b);
			fprintf(f, "The program was paused from %s to %s (%d day%s).\n", a, b,
			        (int)(pp->to - pp->from), pp->to - pp->from == 1 ? "" : "s");
		}
	}
	if (app->pace.n > 0 && start != app->cfg.start_date)
		fprintf(f, "Paused days do not count: the days lived before a pause keep "
		        "their dates,\nthe days after it move on by the paused days.\n\n");
}

/* Write the chosen format to f; pdf is the loaded module for a PDF; s the
 * two sentences to print (NULL: none). */
static int plan_write(struct app *app, FILE *f, const struct plan_opts *o,
                      const struct pdf_module *pdf, const struct plan_sentences *s,
                      struct tend_err *err)
{
	/* A start given by hand counts every day from it; else each day falls
	 * on its date, the pauses taken out. */
	struct pace_dates dates = app_plan_dates(app);
	if (o->start_given)
		dates = (struct pace_dates){ .start = o->start, .pace = NULL };
	if (!o->pdf) {
		if (!o->start_given)
			plan_pause_note(app, f, o->start);
		return plan_text_write_dated(f, &app->plan, &app->cfg, &dates, s, err);
	}
	return pdf->plan_dated(f, &app->plan, &app->cfg, &dates,
	                       o->letter ? PLAN_PAPER_LETTER : PLAN_PAPER_A4, s, err);
}

static int cmd_plan(struct app *app, struct cli_args *args)
{
	struct plan_opts o = { 0 };
	struct tend_err err = { 0 }, close_err = { 0 };
	struct cli_output *out;
	bool none;
	/* The pauses, which move the plan's days on (read only; none without a
	 * database). */
	int rc = cli_store_reading(app, &none, false);
	if (rc == 0)
		rc = parse_opts(app, args, &o);
	if (rc)
		return rc;
	/* Before any file is made: a PDF needs its module. */
	const struct pdf_module *pdf = o.pdf ? pdf_module_load(&err) : NULL;
	if (o.pdf && !pdf) {
		cli_errorf("%s", err.msg);
		return 1;
	}
	if (o.pdf && (!o.output || !strcmp(o.output, "-")) && isatty(STDOUT_FILENO)) {
		cli_errorf("will not write a PDF to the terminal; use -o FILE or a pipe");
		return 2;
	}
	if (cli_not_ours(app, "plan", o.output))
		return 2;
	/* The two sentences, when the couple asked for them on paper. */
	struct objective_state sentences;
	struct plan_sentences ps;
	bool with = false;
	if ((rc = plan_sentences_read(app, &sentences, &with)))
		return rc;
	memset(&ps, 0, sizeof ps);
	if (with && !objective_printable(&sentences, &app->cfg, &ps))
		memset(&ps, 0, sizeof ps);
	if ((rc = plan_windows_read(app, &ps)) != 0) {
		objective_state_free(&sentences);
		return rc;
	}
	with = ps.problem[0] || ps.n_windows || (app->cfg.print_invitations &&
	                                         app->cfg.n_invitations);
	out = cli_output_open(o.output, &err);
	if (!out) {
		objective_state_free(&sentences);
		return cli_fail(&err);
	}
	if (o.pdf && isatty(fileno(cli_output_file(out)))) {
		objective_state_free(&sentences);
		cli_output_close(out, false, &close_err);
		cli_errorf("will not write a PDF to the terminal; use -o FILE or a pipe");
		return 2;
	}
	rc = plan_write(app, cli_output_file(out), &o, pdf, with ? &ps : NULL, &err);
	objective_state_free(&sentences);
	if (cli_output_close(out, rc == TEND_OK, &close_err) != TEND_OK &&
	    rc == TEND_OK) {
		err = close_err;
		rc = err.code;
	}
	return rc == TEND_OK ? 0 : cli_fail(&err);
}

static const struct cli_values cmd_plan_values[] = {
	{ "output", "@file" },
	{ "format", "text pdf" },
	{ "paper", "a4 letter" },
	{ NULL, NULL },
};

const struct cli_command cmd_plan_entry = {
	.values = cmd_plan_values,
	.name = "plan",
	.summary = "print the 60-day plan (text or PDF)",
	.usage = cmd_plan_usage,
	.options = plan_options,
	.min_args = 0, .max_args = 0, /* an operand is named: unexpected argument "X" */
	.run = cmd_plan,
};
