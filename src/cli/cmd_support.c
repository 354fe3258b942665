/* cmd_support: `tend support`, the help screen's words on the terminal:
 * when to get help, safety first, the couple's contacts from the config and
 * the reframes for the usual obstacles; and what moved, when there is
 * something to say. Nothing is written anywhere. */
#include <stdio.h>

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
	if (moved_load(app->st, app->cfg.start_date, app->today, &m, &err) != TEND_OK)
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

static int cmd_support(struct app *app, struct cli_args *args)
{
	(void)args;
	int rc = support_moved(app);
	if (rc)
		return rc;
	struct support_line lines[SUPPORT_LINES_MAX];
	size_t n = support_lines(&app->cfg, lines, SUPPORT_LINES_MAX);
	for (size_t i = 0; i < n; i++) {
		const struct support_line *l = &lines[i];
		if (l->kind == SUPPORT_CONTACT) {
			/* The couple's own words: printed through the safe printer. */
			printf("%s ", l->label);
			cli_put_text(stdout, l->text);
			printf("\n");
		} else {
			printf("%s\n", l->text);
		}
	}
	return 0;
}

const struct cli_command cmd_support_entry = {
	.name = "support",
	.summary = "when to get help, and who to call",
	.usage = cmd_support_usage,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_support,
};
