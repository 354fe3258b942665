#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"

static const char cmd_restore_usage[] =
	"usage: tend restore FILE\n"
	"\n"
	"Put the backup FILE back in place of everything in the database: one\n"
	"made with `tend backup`, or an automatic one from the backups folder\n"
	"beside the database (one a day, the last seven days kept). FILE is\n"
	"checked first and only read; a backup from an older tend is brought up\n"
	"to date on the way. What the database held until now is kept in the\n"
	"backups folder as tend-before-restore-DATE-TIME.db, so a restore can\n"
	"itself be undone. An open dashboard shows the restored data at once.\n"
	"A damaged database (not SQLite, cut short, failing its check) is first\n"
	"moved to the backups folder as tend-damaged-DATE-TIME.db.\n";

static int cmd_restore(struct app *app, struct cli_args *args)
{
	const char *file = args->argv[0];
	if (!file[0])
		return cli_usage_error("restore", "name the backup file to restore");
	/* A backup that is not there is said before the database is touched. */
	if (access(file, R_OK) != 0) {
		cli_errorf("%s: %s", file, strerror(errno));
		return 1;
	}
	/* Restoring is how a damaged database is mended: it is moved aside
	 * (kept, not deleted) and the backup goes into a fresh one. */
	struct tend_err aside;
	err_clear(&aside);
	char *moved = NULL;
	if (store_set_aside_damaged(app->db_path, &moved, &aside) != TEND_OK)
		return cli_fail(&aside);
	if (moved) {
		printf("The damaged database was moved to ");
		cli_put_text(stdout, moved);
		printf("\n");
		free(moved);
	}
	int opened = cli_store(app);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	char *safety = NULL;
	if (store_restore(app->st, file, &safety, &err) != TEND_OK)
		return cli_fail(&err);
	struct entry_list l = { 0 };
	int rc = store_list_all(app->st, &l, &err);
	printf("Restored ");
	cli_put_text(stdout, file);
	if (rc == TEND_OK)
		printf(": %zu entr%s now in ", l.n, l.n == 1 ? "y is" : "ies are");
	else
		printf(" into ");
	cli_put_text(stdout, store_path(app->st));
	printf(".\nWhat was there before is kept in ");
	cli_put_text(stdout, safety);
	printf("\n");
	entry_list_free(&l);
	free(safety);
	return 0;
}

const struct cli_command cmd_restore_entry = {
	.name = "restore",
	.summary = "put a backup back in place",
	.usage = cmd_restore_usage,
	.min_args = 1, .max_args = 1, .args_error = "name the backup file to restore",
	.run = cmd_restore,
};
