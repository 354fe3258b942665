#include <getopt.h>

#include "tend/cli.h"
#include "tend/repair.h"

const char cmd_repair_usage[] =
	"usage: tend repair PARTNER [TEXT] [--accepted]\n"
	"\n"
	"Log a quick repair made by PARTNER: a three-second acknowledgment, a\n"
	"course correction mid-argument, a do-over. --accepted says the other\n"
	"partner took it.\n"
	"\n"
	"  PARTNER         a name (any case) or 1 or 2\n"
	"  TEXT            what was said (optional)\n"
	"  -a, --accepted  the repair was accepted\n"
	"      --date D    log for day D (YYYY-MM-DD) instead of today\n";

int cmd_repair(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "accepted", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	struct entry e = { .kind = ENTRY_REPAIR, .day = app->today };
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":a", opts, NULL)) != -1) {
		if (cli_once("repair", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'a')
			e.accepted = true;
		else
			return cli_bad_option("repair", c, argv);
	}
	if (optind >= argc || argc - optind > 2)
		return cli_usage_error("repair", "name one partner, then optionally the repair");
	if (!(e.partner = cli_partner(app, "repair", argv[optind])))
		return 2;
	if (optind + 1 < argc && argv[optind + 1][0])
		e.text = argv[optind + 1];
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
