#include <string.h>
#include <strings.h>

#include "tend/cli.h"
#include "tend/export.h"

static const char cmd_export_usage[] =
	"usage: tend export --format csv|json [--table NAME] [-o FILE]\n"
	"\n"
	"Write every record (check-ins, gestures, repairs, touch sessions,\n"
	"time-outs) as CSV or JSON, to standard output or to FILE (created\n"
	"readable by you only).\n"
	"\n"
	"  -f, --format F  csv or json\n"
	"  -o, --output F  write to file F instead of standard output\n"
	"  -t, --table T   CSV: which table (entries, the default; the other\n"
	"                  practices each have their own, see tend(1))\n";

static const struct cli_option export_options[] = {
	{ "format", 'f', CLI_VALUE },
	{ "output", 'o', CLI_VALUE },
	{ "table", 't', CLI_VALUE },
	{ NULL, 0, 0 },
};

static int cmd_export(struct app *app, struct cli_args *args)
{
	const char *format = cli_arg_value(args, "format"), *out = cli_arg_value(args, "output");
	if (!format)
		return cli_usage_error("export", "--format is needed: csv or json");
	if (strcasecmp(format, "csv") && strcasecmp(format, "json"))
		return cli_usage_error("export", "--format is csv or json, not \"%s\"", format);
	const char *name = cli_arg_value(args, "table");
	const struct export_table *table = NULL;
	if (name && strcasecmp(format, "csv"))
		return cli_usage_error("export", "--table is for CSV: the JSON holds every table");
	if (name && strcmp(name, "entries") && !(table = export_table_find(name)))
		return cli_usage_error("export", "there is no table \"%s\"", name);
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
	int rc;
	if (table)
		rc = export_table_csv(f, table, none ? NULL : app->st, &app->cfg, &err);
	else if (strcasecmp(format, "csv") == 0)
		rc = export_csv(f, &l, &app->cfg, &err);
	else
		rc = export_json(f, &l, none ? NULL : app->st, &app->cfg, &err);
	entry_list_free(&l);
	if (cli_output_close(o, rc == TEND_OK, &err) != TEND_OK || rc != TEND_OK)
		return cli_fail(&err);
	return 0;
}

static const struct cli_values cmd_export_values[] = {
	{ "format", "csv json" },
	{ "output", "@file" },
	{ "table", "@table" },
	{ NULL, NULL },
};

const struct cli_command cmd_export_entry = {
	.values = cmd_export_values,
	.name = "export",
	.summary = "write every record as CSV or JSON",
	.usage = cmd_export_usage,
	.options = export_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_export,
};
