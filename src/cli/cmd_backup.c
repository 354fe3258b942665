
#include "tend/cli.h"

static const char cmd_backup_usage[] =
	"usage: tend backup FILE\n"
	"\n"
	"Copy the database to FILE (readable by you only), consistently, even\n"
	"while another tend is saving. An existing FILE is replaced.\n";

static int cmd_backup(struct app *app, struct cli_args *args)
{
	const char *file = args->argv[0];
	if (!file[0])
		return cli_usage_error("backup", "name the file to write");
	if (cli_not_ours(app, "backup", file))
		return 2;
	bool none;
	int opened = cli_store_read(app, &none, false);
	if (opened)
		return opened;
	if (none) {
		cli_errorf("%s does not exist, so there is nothing to back up", app->db_path);
		return 1;
	}
	struct tend_err err;
	err_clear(&err);
	if (store_backup(app->st, file, &err) != TEND_OK)
		return cli_fail(&err);
	printf("Backed up to ");
	cli_put_text(stdout, file);
	printf("\n");
	return 0;
}

const struct cli_command cmd_backup_entry = {
	.name = "backup",
	.summary = "copy the database safely",
	.usage = cmd_backup_usage,
	.min_args = 1, .max_args = 1, .args_error = "name the file to write",
	.run = cmd_backup,
};
