#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/cli.h"
#include "tend/plan.h"
#ifdef TEND_HAVE_PDF
#include "tend/plan_pdf.h"
#endif

const char cmd_plan_usage[] =
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
};

static int parse_opts(struct app *app, int argc, char **argv, struct plan_opts *o)
{
	static const struct option longopts[] = {
		{ "start", required_argument, NULL, 's' },
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "paper", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	o->start = app->cfg.start_date;
	optind = 1;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":o:", longopts, NULL)) != -1) {
		if (cli_once("plan", c, argv, seen, sizeof seen))
			return 2;
		if (c == 's' && !day_parse(optarg, &o->start))
			return cli_usage_error("plan", "--start: \"%s\" is not a date "
			                       "(YYYY-MM-DD)", optarg);
		else if (c == 'o')
			o->output = optarg;
		else if (c == 'f' && (!strcasecmp(optarg, "text") || !strcasecmp(optarg, "pdf")))
			o->pdf = !strcasecmp(optarg, "pdf");
		else if (c == 'f')
			return cli_usage_error("plan", "--format: \"%s\" is not a format "
			                       "(text or pdf)", optarg);
		else if (c == 'p' && (!strcasecmp(optarg, "a4") || !strcasecmp(optarg, "letter")))
			o->letter = !strcasecmp(optarg, "letter");
		else if (c == 'p')
			return cli_usage_error("plan", "--paper: \"%s\" is not a paper size "
			                       "(a4 or letter)", optarg);
		else if (c == '?' || c == ':')
			return cli_bad_option("plan", c, argv);
	}
	if (optind < argc)
		return cli_usage_error("plan", "unexpected argument \"%s\"", argv[optind]);
	return 0;
}

/* Write the chosen format to f. */
static int plan_write(struct app *app, FILE *f, const struct plan_opts *o,
                      struct tend_err *err)
{
	if (!o->pdf)
		return plan_text_write(f, &app->plan, &app->cfg, o->start, err);
#ifdef TEND_HAVE_PDF
	return plan_pdf_write(f, &app->plan, &app->cfg, o->start,
	                      o->letter ? PLAN_PAPER_LETTER : PLAN_PAPER_A4, err);
#else
	(void)app;
	return err_set(err, TEND_E_RUNTIME, "this tend was built without PDF "
	               "support; use --format text");
#endif
}

int cmd_plan(struct app *app, int argc, char **argv)
{
	struct plan_opts o = { 0 };
	struct tend_err err = { 0 }, close_err = { 0 };
	struct cli_output *out;
	int rc = parse_opts(app, argc, argv, &o);

	if (rc)
		return rc;
#ifndef TEND_HAVE_PDF
	if (o.pdf) {
		fprintf(stderr, "tend plan: this tend was built without PDF "
		        "support (it needs pangocairo); use --format text\n");
		return 1;
	}
#endif
	if (o.pdf && (!o.output || !strcmp(o.output, "-")) && isatty(STDOUT_FILENO)) {
		fprintf(stderr, "tend plan: will not write a PDF to the terminal; "
		        "use -o FILE or a pipe\n");
		return 2;
	}
	if (cli_not_ours(app, "plan", o.output))
		return 2;
	out = cli_output_open(o.output, &err);
	if (!out)
		return cli_fail(&err);
	if (o.pdf && isatty(fileno(cli_output_file(out)))) {
		cli_output_close(out, false, &close_err);
		fprintf(stderr, "tend plan: will not write a PDF to the terminal; "
		        "use -o FILE or a pipe\n");
		return 2;
	}
	rc = plan_write(app, cli_output_file(out), &o, &err);
	if (cli_output_close(out, rc == TEND_OK, &close_err) != TEND_OK &&
	    rc == TEND_OK) {
		err = close_err;
		rc = err.code;
	}
	return rc == TEND_OK ? 0 : cli_fail(&err);
}
