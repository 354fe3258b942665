/* cmd_review: `tend review`: what review is due and the past ones, the
 * weekly agenda (text or PDF), and each partner's answers to the closing
 * and quarterly reviews. The rules are review.c's. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/pdf_module.h"
#include "tend/review.h"

static const char cmd_review_usage[] =
	"usage: tend review\n"
	"       tend review --week [--pdf] [-o FILE] [--paper a4|letter]\n"
	"       tend review answer --partner NAME --good TEXT --heavy TEXT --next TEXT\n"
	"       tend review --history\n"
	"\n"
	"With no arguments, say which review is due and list the past ones.\n"
	"--week prints this week's agenda to read from together: the kind moments\n"
	"first (thank-yous, gestures, repairs), then what is on the table. The\n"
	"closing review (the plan's last four days) and a quarterly review every\n"
	"13 weeks after it ask each of you three questions; `answer` keeps one\n"
	"partner's answers (a second answer replaces the first).\n"
	"\n"
	"  -w, --week          this week's agenda (the plan week holding --date)\n"
	"      --pdf           the agenda as a PDF, like the printed plan\n"
	"  -o, --output FILE   write to FILE (created private to you) instead of stdout\n"
	"      --paper SIZE    a4 (the default) or letter, for the PDF\n"
	"  -p, --partner NAME  who answers: a name (any case) or 1 or 2\n"
	"      --good TEXT     what felt good (- reads it from standard input)\n"
	"      --heavy TEXT    what felt heavy\n"
	"      --next TEXT     what experiment to try next\n"
	"      --history       every answer kept, review by review\n"
	"      --date D        the day (YYYY-MM-DD) instead of today\n";

static const struct cli_option review_options[] = {
	{ "week", 'w', 0 },
	{ "pdf", 0, 0 },
	{ "output", 'o', CLI_VALUE },
	{ "paper", 0, CLI_VALUE },
	{ "partner", 'p', CLI_VALUE },
	{ "good", 0, CLI_VALUE | CLI_TEXT },
	{ "heavy", 0, CLI_VALUE | CLI_TEXT },
	{ "next", 0, CLI_VALUE | CLI_TEXT },
	{ "history", 0, 0 },
	{ NULL, 0, 0 },
};

/* "The closing review" with a capital. */
static void review_title(int which, char *buf, size_t n)
{
	review_name(which, buf, n);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Which review is due today, or when the next one opens. */
static void show_due(struct app *app, const struct review_due *d)
{
	char name[48], day[40];
	if (d->slot.which == REVIEW_NONE) {
		tend_day start = app_plan_start(app, app->today);
		tend_day opens = review_opens(&app->plan, start, REVIEW_CLOSING);
		cli_day_label(app, opens, day, sizeof day);
		printf("No review is open yet. The closing review opens on %s (day %d).\n", day,
		       day_plan_number(start, opens));
		return;
	}
	review_title(d->slot.which, name, sizeof name);
	if (!d->due) {
		cli_day_label(app, d->slot.next, day, sizeof day);
		review_name(d->slot.which + 1, name, sizeof name);
		printf("You have both answered. %c%s opens on %s.\n", name[0] - 'a' + 'A',
		       name + 1, day);
		return;
	}
	cli_day_label(app, d->slot.opens, day, sizeof day);
	printf("%s is due (open since %s): each of you answers\n"
	       "what felt good, what felt heavy, and what experiment to try next.\n", name, day);
	/* Never who has not: only that someone has. */
	if (d->answered[0] || d->answered[1])
		printf("One of you has answered; the other's answers can come when ready.\n");
	printf("  tend review answer --partner NAME --good TEXT --heavy TEXT --next TEXT\n");
}

/* The reviews answered so far, one line each. */
static void show_past(struct app *app, const struct review_answer_list *l)
{
	if (l->n == 0)
		return;
	printf("\nPast reviews (tend review --history shows the answers):\n");
	for (size_t i = 0; i < l->n; i++) {
		if (i > 0 && l->v[i].which == l->v[i - 1].which)
			continue;
		int n = 0;
		for (size_t k = i; k < l->n && l->v[k].which == l->v[i].which; k++)
			n++;
		char name[48], day[40];
		review_title(l->v[i].which, name, sizeof name);
		cli_day_label(app, l->v[i].opens, day, sizeof day);
		printf("  %s, opened %s: %s\n", name, day,
		       n >= 2 ? "answered by both of you" : "answered by one of you so far");
	}
}

static int review_status(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, false);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct review_due d;
	struct review_answer_list l = { 0 };
	if (review_due_on(app, app->today, &d, &err) != TEND_OK ||
	    (!none && store_review_list(app->st, -1, &l, &err) != TEND_OK)) {
		review_answer_list_free(&l);
		return cli_fail(&err);
	}
	show_due(app, &d);
	show_past(app, &l);
	review_answer_list_free(&l);
	return 0;
}

static int review_history(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, false);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct review_answer_list l = { 0 };
	if ((!none && store_review_list(app->st, -1, &l, &err) != TEND_OK) ||
	    review_history_write(stdout, &l, &app->cfg, cli_ascii(), &err) != TEND_OK) {
		review_answer_list_free(&l);
		return cli_fail(&err);
	}
	review_answer_list_free(&l);
	return 0;
}

/* The agenda in the chosen format to f; pdf is the loaded module for a PDF. */
static int week_write(struct app *app, FILE *f, const struct review_agenda *a,
                      const struct pdf_module *pdf, bool letter, struct tend_err *err)
{
	if (!pdf)
		return review_text_write(f, a, &app->cfg, cli_ascii(), err);
	return pdf->review(f, a, &app->plan, &app->cfg,
	                   letter ? PLAN_PAPER_LETTER : PLAN_PAPER_A4, err);
}

static int review_week_cmd(struct app *app, const char *output, bool want_pdf, bool letter)
{
	struct tend_err err, close_err;
	err_clear(&err);
	err_clear(&close_err);
	/* Before any file is made: a PDF needs its module. */
	const struct pdf_module *pdf = want_pdf ? pdf_module_load(&err) : NULL;
	if (want_pdf && !pdf) {
		cli_errorf("%s", err.msg);
		return 1;
	}
	if (pdf && (!output || !strcmp(output, "-")) && isatty(STDOUT_FILENO)) {
		cli_errorf("will not write a PDF to the terminal; use -o FILE or a pipe");
		return 2;
	}
	if (cli_not_ours(app, "review", output))
		return 2;
	bool none;
	int rc = cli_store_reading(app, &none, false);
	if (rc)
		return rc;
	struct review_agenda a;
	if (review_week(app, app->today, &a, &err) != TEND_OK)
		return cli_fail(&err);
	struct cli_output *out = cli_output_open(output, &err);
	if (!out) {
		review_agenda_free(&a);
		return cli_fail(&err);
	}
	if (pdf && isatty(fileno(cli_output_file(out)))) {
		cli_output_close(out, false, &close_err);
		review_agenda_free(&a);
		cli_errorf("will not write a PDF to the terminal; use -o FILE or a pipe");
		return 2;
	}
	rc = week_write(app, cli_output_file(out), &a, pdf, letter, &err);
	review_agenda_free(&a);
	if (cli_output_close(out, rc == TEND_OK, &close_err) != TEND_OK && rc == TEND_OK) {
		err = close_err;
		rc = err.code;
	}
	return rc == TEND_OK ? 0 : cli_fail(&err);
}

static int review_answer_cmd(struct app *app, struct cli_args *args)
{
	const char *who = cli_arg_value(args, "partner");
	static const char *const opt[REVIEW_QUESTIONS] = { "good", "heavy", "next" };
	if (!who)
		return cli_usage_error("review", "who is answering? give --partner NAME");
	struct review_answer a = { .day = app->today };
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		if (!(a.text[q] = cli_arg_value(args, opt[q])))
			return cli_usage_error("review", "answer all three: --good, --heavy and "
			                       "--next (--%s is missing)", opt[q]);
	if (!(a.partner = cli_partner(app, "review", who)))
		return 2;
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	int64_t replaced = 0;
	if ((rc = review_answer_save(app, &a, &replaced, &err)) == TEND_E_USAGE)
		return cli_usage_error("review", "%s", err.msg);
	if (rc != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, a.day);
	char name[48];
	review_name(a.which, name, sizeof name);
	printf("Saved ");
	cli_put_text(stdout, cli_name(app, a.partner));
	printf("'s answers to %s%s.\n", name, replaced ? " (in place of the earlier ones)" : "");
	struct review_due d;
	if (review_due_on(app, a.day, &d, &err) == TEND_OK && !d.due)
		printf("You have both answered. Thank you for looking back together.\n");
	return 0;
}

/* Options that belong to one form of the command only. */
static int review_mixed(struct cli_args *args, bool answer, bool week, bool history)
{
	static const char *const answer_only[] = { "partner", "good", "heavy", "next" };
	static const char *const week_only[] = { "pdf", "output", "paper" };
	if (week + history + answer > 1)
		return cli_usage_error("review", "give one of --week, --history and answer");
	for (size_t i = 0; !answer && i < sizeof answer_only / sizeof *answer_only; i++)
		if (cli_arg_has(args, answer_only[i]))
			return cli_usage_error("review", "--%s goes with `tend review answer`",
			                       answer_only[i]);
	for (size_t i = 0; !week && i < sizeof week_only / sizeof *week_only; i++)
		if (cli_arg_has(args, week_only[i]))
			return cli_usage_error("review", "--%s goes with --week", week_only[i]);
	return 0;
}

/* The one word it takes. */
static const char *const review_words[] = { "answer" };

static const char *review_word(size_t i)
{
	return i < sizeof review_words / sizeof *review_words ? review_words[i] : NULL;
}

static int cmd_review(struct app *app, struct cli_args *args)
{
	bool answer = args->argc == 1, week = cli_arg_has(args, "week");
	bool history = cli_arg_has(args, "history");
	if (answer && strcmp(args->argv[0], review_words[0]) != 0)
		return cli_usage_error("review", "the only word it takes is \"answer\"");
	int rc = review_mixed(args, answer, week, history);
	if (rc)
		return rc;
	if (answer)
		return review_answer_cmd(app, args);
	if (history)
		return review_history(app);
	if (!week)
		return review_status(app);
	const char *paper = cli_arg_value(args, "paper");
	if (paper && strcasecmp(paper, "a4") && strcasecmp(paper, "letter"))
		return cli_usage_error("review", "--paper: \"%s\" is not a paper size "
		                       "(a4 or letter)", paper);
	return review_week_cmd(app, cli_arg_value(args, "output"), cli_arg_has(args, "pdf"),
	                       paper && !strcasecmp(paper, "letter"));
}

/* For shell completion: whose answers, paper, the file (the word is
 * review_word's). */
static const struct cli_values cmd_review_values[] = {
	{ "partner", "@partner" },
	{ "paper", "a4 letter" },
	{ "output", "@file" },
	{ NULL, NULL },
};

const struct cli_command cmd_review_entry = {
	.name = "review",
	.summary = "the weekly review's agenda, and the closing and quarterly reviews",
	.usage = cmd_review_usage,
	.options = review_options,
	.min_args = 0, .max_args = 1,
	.args_error = "the only word it takes is \"answer\"",
	.values = cmd_review_values,
	.word = review_word,
	.run = cmd_review,
};
