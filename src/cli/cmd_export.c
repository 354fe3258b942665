#include <getopt.h>
#include <string.h>
#include <strings.h>

#include "tend/cli.h"
#include "tend/export.h"

const char cmd_export_usage[] =
	"usage: tend export --format csv|json [-o FILE]\n"
	"\n"
	"Write every record (check-ins, gestures, repairs, touch sessions,\n"
	"time-outs) as CSV or JSON, to standard output or to FILE (created\n"
	"readable by you only).\n"
	"\n"
	"  -f, --format F  csv or json\n"
	"  -o, --output F  write to file F instead of standard output\n";

int cmd_export(struct app *app, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = NULL, *out = NULL;
	int c;
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":f:o:", opts, NULL)) != -1) {
		if (cli_once("export", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'f')
			format = optarg;
		else if (c == 'o')
			out = optarg;
		else
			return cli_bad_option("export", c, argv);
	}
	if (optind != argc)
		return cli_usage_error("export", "takes no arguments");
	if (!format)
		return cli_usage_error("export", "--format is needed: csv or json");
	if (strcasecmp(format, "csv") && strcasecmp(format, "json"))
		return cli_usage_error("export", "--format is csv or json, not \"%s\"", format);
	if (cli_not_ours(app, "export", out))
		return 2;
	bool none;
	int opened = cli_store_reading(app, &none, true);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	struct entry_list l = { 0 };
	if (!none && store_list_all(app->st, &l, &err) != TEND_OK)
		return cli_fail(&err);
	struct cli_output *o = cli_output_open(out, &err);
	if (!o) {
		entry_list_free(&l);
		return cli_fail(&err);
	}
	FILE *f = cli_output_file(o);
	int rc = strcasecmp(format, "csv") == 0 ? export_csv(f, &l, &app->cfg, &err)
	                          : export_json(f, &l, &app->cfg, &err);
	entry_list_free(&l);
	if (cli_output_close(o, rc == TEND_OK, &err) != TEND_OK || rc != TEND_OK)
		return cli_fail(&err);
	return 0;
}
