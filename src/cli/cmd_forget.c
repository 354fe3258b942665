#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"

static const char cmd_forget_usage[] =
	"usage: tend forget --all [--yes-really]\n"
	"\n"
	"Erase everything you have logged, for good: every check-in, gesture,\n"
	"repair, touch session, time-out and talk (deleted ones too), your two\n"
	"sentences, the ticked plan tasks, the touch stage, the sealed wish-list\n"
	"answers, and the automatic backups beside the database.\n"
	"Nothing of it can be found in the files afterwards. Your two names and\n"
	"the config stay. tend first shows what will go and asks you to type\n"
	"FORGET; anything else leaves everything as it was.\n"
	"\n"
	"      --all         erase everything (there is no partial forget)\n"
	"      --yes-really  do not ask; for scripts\n"
	"\n"
	"Copies you made yourself with `tend backup` or `tend export` are not\n"
	"touched: delete them yourself.\n";

/* What will go, before asking: the entries by kind and the backups. */
static int forget_show(struct app *app, const char *dir)
{
	static const char *const nouns[ENTRY_KIND_COUNT][2] = {
		[ENTRY_CHECKIN] = { "check-in", "check-ins" },
		[ENTRY_GESTURE] = { "gesture", "gestures" },
		[ENTRY_REPAIR] = { "repair", "repairs" },
		[ENTRY_TOUCH] = { "touch session", "touch sessions" },
		[ENTRY_TIMEOUT] = { "time-out", "time-outs" },
	};
	struct tend_err err;
	err_clear(&err);
	struct entry_list l = { 0 };
	if (store_list_all(app->st, &l, &err) != TEND_OK)
		return cli_fail(&err);
	size_t count[ENTRY_KIND_COUNT] = { 0 };
	for (size_t i = 0; i < l.n; i++)
		if ((unsigned)l.v[i].kind < ENTRY_KIND_COUNT)
			count[l.v[i].kind]++;
	entry_list_free(&l);
	printf("This erases, for good:\n  ");
	for (int k = 0; k < ENTRY_KIND_COUNT; k++)
		printf("%s%zu %s", k ? ", " : "", count[k], nouns[k][count[k] != 1]);
	int talks = 0;
	if (store_talk_count(app->st, day_from_ymd(1900, 1, 1), day_from_ymd(9999, 12, 31),
	                     &talks, &err) != TEND_OK)
		return cli_fail(&err);
	printf(", %d %s", talks, talks == 1 ? "talk" : "talks");
	printf("\n  the ticked plan tasks and the touch stage\n");
	printf("  who invited, the menu's lists and items picked, the stage-3 guidelines\n");
	printf("  the shared load's jobs, with their owners and reviews\n");
	printf("  your two sentences with their history\n");
	printf("  both partners' sealed wish-list answers\n");
	printf("  the automatic backups in ");
	cli_put_text(stdout, dir);
	printf("\nYour names and the config stay.\n");
	return 0;
}

/* Ask on the terminal; true only for the exact word FORGET. */
static bool forget_confirmed(void)
{
	printf("Type FORGET to erase everything: ");
	return cli_confirm("FORGET");
}

static const struct cli_option forget_options[] = {
	{ "all", 0, 0 },
	{ "yes-really", 0, 0 },
	{ NULL, 0, 0 },
};

static int cmd_forget(struct app *app, struct cli_args *args)
{
	bool all = cli_arg_has(args, "all"), ask = !cli_arg_has(args, "yes-really");
	if (!all)
		return cli_usage_error("forget", "say --all to erase everything");
	bool none;
	int opened = cli_store_read(app, &none, false);
	if (opened)
		return opened;
	if (none) {
		printf("Nothing has been logged there, so there is nothing to erase.\n");
		return 0;
	}
	struct tend_err err;
	err_clear(&err);
	char *dir = store_backup_dir(app->st);
	if (!dir) {
		cli_errorf("out of memory");
		return 1;
	}
	int rc = forget_show(app, dir);
	if (rc == 0 && ask && !forget_confirmed()) {
		cli_errorf("nothing was erased");
		rc = 1;
	}
	int removed = 0;
	if (rc == 0 && (store_forget_all(app->st, &err) != TEND_OK ||
	                store_backup_remove_all(dir, &removed, &err) != TEND_OK))
		rc = cli_fail(&err);
	if (rc == 0)
		printf("Everything was erased (and %d backup%s). You can start afresh.\n",
		       removed, removed == 1 ? "" : "s");
	free(dir);
	return rc;
}

const struct cli_command cmd_forget_entry = {
	.name = "forget",
	.summary = "erase everything logged, for good",
	.usage = cmd_forget_usage,
	.options = forget_options,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_forget,
};
