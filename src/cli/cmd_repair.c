
#include "tend/cli.h"
#include "tend/repair.h"

static const char cmd_repair_usage[] =
	"usage: tend repair PARTNER [TEXT] [--accepted]\n"
	"\n"
	"Log a quick repair made by PARTNER: a three-second acknowledgment, a\n"
	"course correction mid-argument, a do-over. --accepted says the other\n"
	"partner took it.\n"
	"\n"
	"  PARTNER         a name (any case) or 1 or 2\n"
	"  TEXT            what was said (optional; - reads it from standard input)\n"
	"  -a, --accepted  the repair was accepted\n"
	"      --date D    log for day D (YYYY-MM-DD) instead of today\n";

static const struct cli_option repair_options[] = {
	{ "accepted", 'a', 0 },
	{ NULL, 0, 0 },
};

static int cmd_repair(struct app *app, struct cli_args *args)
{
	struct entry e = { .kind = ENTRY_REPAIR, .day = app->today };
	e.accepted = cli_arg_has(args, "accepted");
	if (!(e.partner = cli_partner(app, "repair", args->argv[0])))
		return 2;
	if (args->argc > 1 && args->argv[1][0])
		e.text = args->argv[1];
	struct tend_err err;
	err_clear(&err);
	if (repair_check(&e, &err) != TEND_OK)
		return cli_fail(&err);
	int rc = cli_store(app);
	if (rc)
		return rc;
	if (repair_save(app->st, &e, &err) != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, e.day);
	printf("Saved a repair from ");
	cli_put_text(stdout, cli_name(app, e.partner));
	char day[40];
	printf("%s%s.\n", e.accepted ? " (accepted)" : "", cli_for_day(app, e.day, day, sizeof day));
	return 0;
}

static const struct cli_values cmd_repair_values[] = {
	{ NULL, "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_repair_entry = {
	.values = cmd_repair_values,
	.name = "repair",
	.summary = "log a quick repair",
	.usage = cmd_repair_usage,
	.options = repair_options,
	.min_args = 1, .max_args = 2,
	.args_error = "name one partner, then optionally the repair",
	.text_arg = 2,
	.run = cmd_repair,
};
