/* cmd_wishes: `tend wishes`, what of the wish list needs no answers typed:
 * the overlap (both passphrases), erasing a partner's answers, changing a
 * partner's passphrase. Answers are given on the dashboard only, never as
 * words on a command line. The rules are the core's (wishes.h). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/text.h"
#include "tend/wishes.h"

static const char cmd_wishes_usage[] =
	"usage: tend wishes [--passphrase-fd N]\n"
	"       tend wishes --change-passphrase PARTNER [--passphrase-fd N]\n"
	"       tend wishes --erase PARTNER [--yes-really]\n"
	"\n"
	"Show only what you both wish for on the wish list: the items you both\n"
	"said yes to and, when you both chose it, the ones where one said yes and\n"
	"the other maybe, without saying who said which. A no is never shown.\n"
	"Each of you types your own passphrase (the screen does not show it).\n"
	"Answer the list on the dashboard: o, then the Wishes tab.\n"
	"\n"
	"      --passphrase-fd N          read the passphrases from file descriptor\n"
	"                                 N, one line each: both partners' in\n"
	"                                 order, or the old then the new one\n"
	"      --change-passphrase PARTNER  seal PARTNER's answers with a new\n"
	"                                 passphrase (the old one opens them)\n"
	"      --erase PARTNER            erase PARTNER's answers for good (a\n"
	"                                 forgotten passphrase: erase, answer again)\n"
	"      --yes-really               erase without asking; for scripts\n";

/* Everything secret the command holds, wiped before it ends. */
struct wishes_run {
	char pass[2][WISHES_PASS_MAX + 2];
	size_t len[2];
	struct wish_answers ans[2];
	struct wish_overlap ov;
	char again[WISHES_PASS_MAX + 2];
};

static void run_wipe(const struct seal_module *m, struct wishes_run *r)
{
	if (r)
		wishes_wipe(r, sizeof *r);
	m->release(r);
}

/* What the two actions that take passphrases start with: the sealing
 * module and a run in its locked memory. 0, or the exit status once the
 * error is said. */
static int run_new(const struct seal_module **m, struct wishes_run **r)
{
	struct tend_err err;
	err_clear(&err);
	*m = seal_module_load(&err);
	if (!*m)
		return cli_fail(&err);
	*r = (*m)->alloc(sizeof **r);
	if (!*r) {
		cli_errorf("out of memory");
		return 1;
	}
	return 0;
}

/* Ask partner's passphrase ("Sam's passphrase: "), from fd or the tty. */
static int ask(struct app *app, int fd, int partner, const char *what, char *buf,
               size_t *len, struct tend_err *err)
{
	char prompt[200];
	char *name = text_safe(cli_name(app, partner), cli_ascii());
	snprintf(prompt, sizeof prompt, "%s, %s (not shown): ", name ? name : "partner", what);
	free(name);
	return cli_pass_read(fd, prompt, buf, WISHES_PASS_MAX + 2, len, err);
}

static void print_items(const struct app *app, const struct wish_list *l, const size_t *v,
                        size_t n)
{
	for (size_t i = 0; i < n; i++) {
		printf("  ");
		cli_put_text(stdout, wishes_text(l, v[i], app->cfg.discreet));
		printf("\n");
	}
}

static void print_overlap(const struct app *app, const struct wish_list *l,
                          const struct wish_overlap *ov)
{
	if (ov->n_yes == 0 && ov->n_pairs == 0) {
		printf("Nothing on the list is shared yet. That is fine: you can answer "
		       "again any time.\n");
		return;
	}
	if (ov->n_yes) {
		printf("You both said yes to:\n");
		print_items(app, l, ov->yes, ov->n_yes);
	}
	if (ov->n_pairs) {
		printf("%sA yes from one of you and a maybe from the other:\n", ov->n_yes ? "\n" : "");
		print_items(app, l, ov->pairs, ov->n_pairs);
	}
}

/* Both must have answered before anyone types a passphrase. */
static int both_answered(struct app *app, struct tend_err *err)
{
	bool sealed[2];
	if (wishes_sealed(app->st, sealed, err) != TEND_OK)
		return cli_fail(err);
	for (int p = 1; p <= 2; p++)
		if (!sealed[p - 1]) {
			err_set(err, TEND_E_RUNTIME, "%s has not answered the wish list yet "
			        "(on the dashboard: o, then the Wishes tab)", cli_name(app, p));
			return cli_fail(err);
		}
	return 0;
}

static int wishes_show(struct app *app, int fd, const struct wish_list *l)
{
	struct tend_err err;
	err_clear(&err);
	const struct seal_module *m;
	struct wishes_run *r;
	int rc = both_answered(app, &err);
	if (rc == 0)
		rc = run_new(&m, &r);
	if (rc)
		return rc;
	/* Each partner in turn; the overlap only once both have unlocked. */
	for (int p = 0; rc == 0 && p < 2; p++) {
		if (ask(app, fd, p + 1, "your wish-list passphrase", r->pass[p], &r->len[p], &err) ||
		    wishes_unlock(app->st, m, l, p + 1, cli_name(app, p + 1), r->pass[p], r->len[p],
		                  &r->ans[p], &err))
			rc = cli_fail(&err);
		wishes_wipe(r->pass[p], sizeof r->pass[p]);
	}
	if (rc == 0) {
		wishes_overlap(l, &r->ans[0], &r->ans[1], &r->ov);
		wishes_wipe(r->ans, sizeof r->ans);
		print_overlap(app, l, &r->ov);
	}
	run_wipe(m, r);
	return rc;
}

static int wishes_repass_run(struct app *app, int fd, int partner)
{
	const struct seal_module *m;
	struct wishes_run *r;
	int rc = run_new(&m, &r);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	rc = ask(app, fd, partner, "your passphrase now", r->pass[0], &r->len[0], &err);
	if (rc == TEND_OK)
		rc = ask(app, fd, partner, "the new passphrase", r->pass[1], &r->len[1], &err);
	/* Typed twice on a terminal, so that a slip does not lock the answers. */
	if (rc == TEND_OK && fd < 0) {
		size_t n = 0;
		rc = ask(app, fd, partner, "the new passphrase again", r->again, &n, &err);
		if (rc == TEND_OK && (n != r->len[1] || memcmp(r->again, r->pass[1], n) != 0))
			rc = err_set(&err, TEND_E_USAGE, "the two new passphrases differ; "
			             "nothing was changed");
	}
	if (rc == TEND_OK)
		rc = wishes_repass(app->st, m, partner, cli_name(app, partner), r->pass[0], r->len[0],
		                   r->pass[1], r->len[1], &err);
	run_wipe(m, r);
	if (rc != TEND_OK)
		return cli_fail(&err);
	printf("The answers are sealed with the new passphrase.\n");
	return 0;
}

/* Ask on the terminal; true only for the exact word ERASE. */
static bool erase_confirmed(const struct app *app, int partner)
{
	printf("This erases ");
	cli_put_text(stdout, cli_name(app, partner));
	printf("'s wish-list answers for good. Type ERASE to go on: ");
	return cli_confirm("ERASE");
}

static int wishes_erase_run(struct app *app, int partner, bool ask_first)
{
	struct tend_err err;
	err_clear(&err);
	bool erased = false;
	if (ask_first && !erase_confirmed(app, partner)) {
		cli_errorf("nothing was erased");
		return 1;
	}
	if (wishes_erase(app->st, partner, &erased, &err) != TEND_OK)
		return cli_fail(&err);
	cli_put_text(stdout, cli_name(app, partner));
	printf(erased ? "'s answers were erased; they can answer again on the dashboard.\n"
	       : " had no answers to erase.\n");
	return 0;
}

static const struct cli_option wishes_options[] = {
	{ "passphrase-fd", 0, CLI_VALUE },
	{ "change-passphrase", 0, CLI_VALUE },
	{ "erase", 0, CLI_VALUE },
	{ "yes-really", 0, 0 },
	{ NULL, 0, 0 },
};

static int cmd_wishes(struct app *app, struct cli_args *args)
{
	char *fd_s = cli_arg_value(args, "passphrase-fd");
	char *change = cli_arg_value(args, "change-passphrase");
	char *erase = cli_arg_value(args, "erase");
	int fd = -1, partner = 0;
	if (change && erase)
		return cli_usage_error("wishes", "give one of --change-passphrase and --erase");
	if (fd_s && (!cli_int(fd_s, 0, 1 << 20, &fd) || fcntl(fd, F_GETFD) < 0))
		return cli_usage_error("wishes", "--passphrase-fd wants an open file descriptor "
		                       "number, not \"%s\"", fd_s);
	if (erase && fd_s)
		return cli_usage_error("wishes", "--erase needs no passphrase");
	if (cli_arg_has(args, "yes-really") && !erase)
		return cli_usage_error("wishes", "--yes-really goes with --erase");
	if ((change || erase) && !(partner = cli_partner(app, "wishes", change ? change : erase)))
		return 2;
	struct tend_err err;
	err_clear(&err);
	struct wish_list l;
	if (!erase && wishes_load_config(&app->cfg, &l, &err) != TEND_OK)
		return cli_fail(&err);
	int rc = cli_store(app);
	if (rc == 0)
		rc = erase ? wishes_erase_run(app, partner, !cli_arg_has(args, "yes-really"))
		     : change ? wishes_repass_run(app, fd, partner) : wishes_show(app, fd, &l);
	if (!erase)
		wishes_free(&l);
	return rc;
}

static const struct cli_values cmd_wishes_values[] = {
	{ "erase", "@partner" },
	{ "change-passphrase", "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_wishes_entry = {
	.values = cmd_wishes_values,
	.name = "wishes",
	.summary = "see what you both wish for, sealed with your passphrases",
	.usage = cmd_wishes_usage,
	.options = wishes_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments (answer the list "
	                                             "on the dashboard: o, Wishes)",
	.run = cmd_wishes,
};
