/* cmd_support: `tend support`, the help screen's words on the terminal:
 * when to get help, safety first, the couple's contacts from the config and
 * the reframes for the usual obstacles; and what moved, when there is
 * something to say. Nothing is written anywhere. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/moved.h"
#include "tend/support.h"

static const char cmd_support_usage[] =
	"usage: tend support [--date D]\n"
	"\n"
	"When to get help: the situations where a counsellor or a specialist\n"
	"should be involved, what to do first when someone is not safe, your\n"
	"emergency and therapist contacts from tend.conf, and ways through the\n"
	"usual obstacles. The same words as the dashboard's help screen (h).\n"
	"From week 3 it also says what has moved since your first two weeks.\n"
	"Nothing is saved.\n";

/* The sentence about what moved into line ("" when none); 0 or the exit
 * status of a failure, said on stderr. */
static int moved_text(struct app *app, char *line, size_t size)
{
	struct moved m;
	struct tend_err err = { 0 };
	line[0] = '\0';
	/* The first two weeks as they were lived: a later pause does not
	 * move them. */
	if (moved_load(app->st, app_plan_date(app, 1), app->today, &m, &err) != TEND_OK)
		return cli_fail(&err);
	moved_line(&m, app->cfg.discreet, line, size);
	return 0;
}

int cli_print_moved(struct app *app, FILE *f, bool none)
{
	char line[256];
	int rc = none ? 0 : moved_text(app, line, sizeof line);
	if (!none && !rc && line[0])
		fprintf(f, "\n%s\n", line);
	return rc;
}

/* The same line the help screen shows first, when the log has one. */
static int support_moved(struct app *app)
{
	bool none;
	char line[256];
	int rc = cli_store_reading(app, &none, false);
	if (!rc && !none)
		rc = moved_text(app, line, sizeof line);
	if (!rc && !none && line[0])
		printf("%s\n\n", line);
	return rc;
}

enum { SUPPORT_COLS = 76 };

/* The help, each paragraph wrapped by the core's rule to SUPPORT_COLS. */
static void support_print(const struct config *cfg)
{
	struct support_line lines[SUPPORT_LINES_MAX];
	size_t n = support_lines(cfg, lines, SUPPORT_LINES_MAX);
	for (size_t i = 0; i < n; i++) {
		const struct support_line *l = &lines[i];
		if (l->kind == SUPPORT_CONTACT) {
			/* The couple's own words: printed through the safe printer. */
			printf("%s ", l->label);
			cli_put_text(stdout, l->text);
			printf("\n");
			continue;
		}
		struct support_row rows[16];
		int k = support_wrap(l->text, SUPPORT_COLS, l->indent, rows, 16);
		for (int j = 0; j < k; j++)
			printf("%*s%.*s\n", rows[j].indent, "", rows[j].len, l->text + rows[j].from);
	}
}

/* Whether the config file is missing (not merely unreadable or wrong). */
static bool support_no_config(const struct app_opts *o)
{
	char *def = o->config_path || o->demo ? NULL : config_default_path();
	const char *path = o->config_path ? o->config_path : def;
	bool missing = !o->demo && path && access(path, F_OK) != 0 && errno == ENOENT;
	free(def);
	return missing;
}

/* Help is never held back for want of a config: without one, the words
 * come without contacts of your own. A config that is there must be good. */
static int cmd_support(struct app *unused, struct cli_args *args)
{
	(void)unused;
	if (support_no_config(args->globals)) {
		struct config none = { .numbers = true };
		cli_errorf("note: no config yet, so none of your own contacts below");
		support_print(&none);
		return 0;
	}
	struct app app;
	struct tend_err err = { 0 };
	struct app_opts o = *args->globals;
	o.store_later = true;
	if (app_open(&app, &o, &err) != TEND_OK)
		return cli_fail(&err);
	int rc = support_moved(&app);
	if (rc == 0)
		support_print(&app.cfg);
	app_close(&app);
	return rc;
}

const struct cli_command cmd_support_entry = {
	.name = "support",
	.summary = "when to get help, and who to call",
	.usage = cmd_support_usage,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.no_app = true, /* it opens the config itself: see cmd_support */
	.run = cmd_support,
};
