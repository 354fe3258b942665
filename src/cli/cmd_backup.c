#include <getopt.h>

#include "tend/cli.h"

const char cmd_backup_usage[] =
	"usage: tend backup FILE\n"
	"\n"
	"Copy the database to FILE (readable by you only), consistently, even\n"
	"while another tend is saving. An existing FILE is replaced.\n";

int cmd_backup(struct app *app, int argc, char **argv)
{
	opterr = 0;
	int c = getopt_long(argc, argv, ":", (const struct option[]){ { 0 } }, NULL);
	if (c != -1)
		return cli_bad_option("backup", c, argv);
	if (optind != argc - 1 || !argv[optind][0])
		return cli_usage_error("backup", "name the file to write");
	if (cli_not_ours(app, "backup", argv[optind]))
		return 2;
	bool none;
	int opened = cli_store_reading(app, &none, false);
	if (opened)
		return opened;
	if (none) {
		cli_errorf("%s does not exist, so there is nothing to back up", app->db_path);
		return 1;
	}
	struct tend_err err;
	err_clear(&err);
	if (store_backup(app->st, argv[optind], &err) != TEND_OK)
		return cli_fail(&err);
	printf("Backed up to ");
	cli_put_text(stdout, argv[optind]);
	printf("\n");
	return 0;
}
