#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"

static const char cmd_restore_usage[] =
	"usage: tend restore FILE\n"
	"       tend restore --drop-damaged\n"
	"\n"
	"Put the backup FILE back in place of everything in the database: one\n"
	"made with `tend backup`, or an automatic one from the backups folder\n"
	"beside the database (one a day, the last seven days kept). FILE is\n"
	"checked first and only read; a backup from an older tend is brought up\n"
	"to date on the way. What the database held until now is kept in the\n"
	"backups folder as tend-before-restore-DATE-TIME.db, so a restore can\n"
	"itself be undone. An open dashboard shows the restored data at once.\n"
	"A damaged database (not SQLite, cut short, failing its check) is first\n"
	"moved to the backups folder as tend-damaged-DATE-TIME.db.\n"
	"\n"
	"When the last changes saved (the database's -wal file) are damaged, tend\n"
	"stops and keeps copies aside. --drop-damaged goes on without the damaged\n"
	"part instead of a backup: what was saved before the damage is kept, the\n"
	"changes after it are left out (the copies keep them).\n";

/* tend restore --drop-damaged: go on without the damaged part of the WAL,
 * as the couple chose knowingly. */
static int drop_damaged(struct app *app)
{
	struct tend_err err;
	err_clear(&err);
	char *kept = NULL;
	long lost = 0;
	if (store_drop_damaged(app->db_path, &kept, &lost, &err) != TEND_OK)
		return cli_fail(&err);
	if (!kept) {
		cli_errorf("%s: nothing in it is damaged; nothing was dropped", app->db_path);
		return 1;
	}
	int opened = cli_store(app);
	if (opened) {
		free(kept);
		return opened;
	}
	printf("Went on without the damaged part: %ld saved change%s after it %s left out.\n"
	       "Copies from before are kept as ", lost,
	       lost == 1 ? "" : "s", lost == 1 ? "is" : "are");
	cli_put_text(stdout, kept);
	printf(" and its -wal.\n");
	free(kept);
	return 0;
}

static const struct cli_option restore_options[] = {
	{ "drop-damaged", 0, 0 },
	{ NULL, 0, 0 },
};

static int cmd_restore(struct app *app, struct cli_args *args)
{
	bool drop = cli_arg_has(args, "drop-damaged");
	if (drop && args->argc != 0)
		return cli_usage_error("restore", "--drop-damaged takes no backup file");
	if (drop)
		return drop_damaged(app);
	const char *file = args->argc ? args->argv[0] : "";
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

static const struct cli_values cmd_restore_values[] = {
	{ NULL, "@file" },
	{ NULL, NULL },
};

const struct cli_command cmd_restore_entry = {
	.values = cmd_restore_values,
	.name = "restore",
	.summary = "put a backup back in place",
	.usage = cmd_restore_usage,
	.options = restore_options,
	.min_args = 0, .max_args = 1, .args_error = "name the backup file to restore",
	.run = cmd_restore,
};
