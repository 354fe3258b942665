#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/task.h"

static const char cmd_task_usage[] =
	"usage: tend task [--history]\n"
	"       tend task add NAME --owner PARTNER --done TEXT --every CADENCE\n"
	"       tend task owner JOB PARTNER\n"
	"       tend task edit JOB [--name NAME] [--done TEXT] [--every CADENCE]\n"
	"       tend task remove JOB\n"
	"       tend task reviewed\n"
	"\n"
	"The shared load: up to twelve recurring jobs that keep your life running,\n"
	"the thinking about them included. Each has one owner, from noticing it to\n"
	"finishing it, and you agree on what done looks like; then the owner does it\n"
	"their way. With no arguments, list the jobs under each owner and say when\n"
	"the monthly review comes round (the same day each month as the list was\n"
	"made, or the month's last day when the month is shorter).\n"
	"\n"
	"  add NAME            list a new job (a name of one line)\n"
	"  owner JOB PARTNER   give a job to PARTNER from today on (kept with the day)\n"
	"  edit JOB            change a job's name, what done looks like, or how often\n"
	"  remove JOB          take a job off the list\n"
	"  reviewed            you looked at the list together today\n"
	"  JOB                 the job's name (any case) or its number in the list\n"
	"  -o, --owner PARTNER a name (any case) or 1 or 2\n"
	"  -d, --done TEXT     what done looks like (- reads it from standard input)\n"
	"  -e, --every CADENCE daily, weekly, fortnightly, monthly, quarterly, yearly,\n"
	"                      or N per day, week, month or year (\"2 per week\")\n"
	"  -n, --name NAME     a new name for the job\n"
	"  -H, --history       who took on each job and when, and the reviews held\n"
	"      --date D        as if today were D (YYYY-MM-DD)\n";

static const struct cli_option task_options[] = {
	{ "owner", 'o', CLI_VALUE },
	{ "done", 'd', CLI_VALUE | CLI_TEXT },
	{ "every", 'e', CLI_VALUE },
	{ "name", 'n', CLI_VALUE },
	{ "history", 'H', 0 },
	{ NULL, 0, 0 },
};

/* The actions, how many operands each takes after its name, and the
 * options it accepts. */
static const struct {
	const char *name;
	int args;
	const char *options[4];
} actions[] = {
	{ "add", 1, { "owner", "done", "every", NULL } },
	{ "owner", 2, { NULL } },
	{ "edit", 1, { "name", "done", "every", NULL } },
	{ "remove", 1, { NULL } },
	{ "reviewed", 0, { NULL } },
};

static const char *task_word(size_t i)
{
	return i < sizeof actions / sizeof *actions ? actions[i].name : NULL;
}

static void put_day(const struct app *app, tend_day d)
{
	char day[40];
	cli_day_label(app, d, day, sizeof day);
	fputs(day, stdout);
}

/* The next review, or that it is due, in one line. */
static void review_line(const struct app *app, const struct store_task_state *s)
{
	tend_day next = task_review_next(s->made, s->reviewed);
	if (next == DAY_INVALID)
		return;
	if (task_review_due(s, app->today)) {
		printf("The monthly review is due (since ");
		put_day(app, next);
		printf(").\nLook at the list together, then say so: tend task reviewed\n");
	} else {
		printf("Next review: ");
		put_day(app, next);
		printf(".\n");
	}
}

/* One owner's jobs, numbered as task_find counts them. */
static void owner_jobs(const struct app *app, const struct store_task_list *l, int owner)
{
	printf("\n");
	cli_put_text(stdout, cli_name(app, owner));
	printf(" looks after:\n");
	int shown = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct store_task *t = &l->v[i];
		if (t->owner != owner)
			continue;
		char how[48];
		task_cadence_describe(t->cadence, how, sizeof how);
		printf("  %2zu. ", i + 1);
		cli_put_cell(stdout, t->name, 40);
		printf("  %s\n", how);
		if (t->done[0]) {
			printf("      done: ");
			cli_put_text(stdout, t->done);
			printf("\n");
		}
		shown++;
	}
	if (!shown)
		printf("      (nothing listed)\n");
}

static int task_show(struct app *app)
{
	bool none;
	int rc = cli_store_read(app, &none, true);
	if (rc)
		return rc;
	struct store_task_list l = { 0 };
	struct store_task_state s = { .made = DAY_INVALID, .reviewed = DAY_INVALID };
	struct tend_err err;
	err_clear(&err);
	if (!none && (store_task_list(app->st, &l, &err) || store_task_state(app->st, &s, &err))) {
		store_task_list_free(&l);
		return cli_fail(&err);
	}
	if (l.n == 0) {
		printf("No jobs listed yet. List the first with\n"
		       "  tend task add NAME --owner PARTNER --done TEXT --every CADENCE\n");
		return 0;
	}
	printf("The shared load: %zu of %d jobs, listed since ", l.n, TASK_MAX);
	put_day(app, s.made);
	printf(".\n");
	owner_jobs(app, &l, 1);
	owner_jobs(app, &l, 2);
	printf("\n");
	review_line(app, &s);
	store_task_list_free(&l);
	return 0;
}

static int task_history(struct app *app)
{
	bool none;
	int rc = cli_store_read(app, &none, true);
	if (rc)
		return rc;
	struct store_task_events h = { 0 };
	struct tend_err err;
	err_clear(&err);
	if (!none && store_task_history(app->st, &h, &err))
		return cli_fail(&err);
	if (h.n == 0)
		printf("No jobs listed yet.\n");
	for (size_t i = 0; i < h.n; i++) {
		const struct store_task_event *e = &h.v[i];
		char day[40];
		cli_day_label(app, e->day, day, sizeof day);
		printf("%-16s ", day);
		if (e->type == STORE_TASK_REVIEW) {
			printf("The list was reviewed together.\n");
			continue;
		}
		cli_put_text(stdout, e->name);
		printf(e->first ? ": listed, with " : ": now with ");
		cli_put_text(stdout, cli_name(app, e->owner));
		printf(".\n");
	}
	store_task_events_free(&h);
	return 0;
}

/* The job ref names, read from the store into *t (the caller clears it). */
static int task_pick(struct app *app, const char *ref, struct store_task *t)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct store_task_list l;
	struct tend_err err;
	err_clear(&err);
	if (store_task_list(app->st, &l, &err))
		return cli_fail(&err);
	int i = task_find(&l, ref, &err);
	if (i < 0) {
		store_task_list_free(&l);
		return cli_usage_error("task", "%s", err.msg);
	}
	*t = l.v[i];
	memset(&l.v[i], 0, sizeof l.v[i]);
	store_task_list_free(&l);
	return 0;
}

/* Save through the core: a usage error is the couple's to fix. */
static int saved(int rc, const struct tend_err *err)
{
	if (rc == TEND_E_USAGE)
		return cli_usage_error("task", "%s", err->msg);
	return rc == TEND_OK ? 0 : cli_fail(err);
}

static char *dup_or_oom(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d) {
		cli_errorf("out of memory");
		exit(1);
	}
	return d;
}

static int task_add_run(struct app *app, struct cli_args *args)
{
	const char *owner = cli_arg_value(args, "owner");
	if (!owner)
		return cli_usage_error("task", "who owns it, from noticing to completing? "
		                       "give --owner PARTNER");
	if (!cli_arg_has(args, "every"))
		return cli_usage_error("task", "how often does it come round? give --every "
		                       "CADENCE (e.g. weekly, \"2 per week\", monthly)");
	struct store_task t = { .day = app->today };
	if (!(t.owner = cli_partner(app, "task", owner)))
		return 2;
	t.name = dup_or_oom(args->argv[1]);
	t.done = dup_or_oom(cli_arg_value(args, "done"));
	t.cadence = dup_or_oom(cli_arg_value(args, "every"));
	struct tend_err err;
	err_clear(&err);
	int rc = task_check(&t, &err) ? saved(TEND_E_USAGE, &err) : cli_store(app);
	if (rc == 0 && (rc = saved(task_add(app->st, &t, &err), &err)) == 0) {
		printf("Listed ");
		cli_put_text(stdout, t.name);
		printf(", with ");
		cli_put_text(stdout, cli_name(app, t.owner));
		printf(" from noticing to completing.\n");
	}
	store_task_clear(&t);
	return rc;
}

static int task_owner_run(struct app *app, struct cli_args *args)
{
	int owner = cli_partner(app, "task", args->argv[2]);
	if (!owner)
		return 2;
	struct store_task t;
	int rc = task_pick(app, args->argv[1], &t);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	int64_t change;
	rc = saved(task_give(app->st, &t, owner, app->today, &change, &err), &err);
	if (rc == 0) {
		cli_put_text(stdout, t.name);
		printf(" is with ");
		cli_put_text(stdout, cli_name(app, owner));
		printf(" from ");
		put_day(app, app->today);
		printf(" on.\n");
	}
	store_task_clear(&t);
	return rc;
}

static int task_edit_run(struct app *app, struct cli_args *args)
{
	const char *name = cli_arg_value(args, "name"), *done = cli_arg_value(args, "done");
	const char *every = cli_arg_value(args, "every");
	if (!name && !done && !every)
		return cli_usage_error("task", "say what changes: --name, --done or --every");
	struct store_task t;
	int rc = task_pick(app, args->argv[1], &t);
	if (rc)
		return rc;
	if (name) {
		free(t.name);
		t.name = dup_or_oom(name);
	}
	if (done) {
		free(t.done);
		t.done = dup_or_oom(done);
	}
	if (every) {
		free(t.cadence);
		t.cadence = dup_or_oom(every);
	}
	struct tend_err err;
	err_clear(&err);
	rc = saved(task_edit(app->st, &t, &err), &err);
	if (rc == 0) {
		printf("Saved ");
		cli_put_text(stdout, t.name);
		printf(".\n");
	}
	store_task_clear(&t);
	return rc;
}

static int task_remove_run(struct app *app, struct cli_args *args)
{
	struct store_task t;
	int rc = task_pick(app, args->argv[1], &t);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	rc = saved(task_remove(app->st, &t, &err), &err);
	/* No undo here: what is removed leaves the file at once. */
	if (rc == 0 && task_erase(app->st, &t, &err) != TEND_OK)
		rc = cli_fail(&err);
	if (rc == 0) {
		printf("Took ");
		cli_put_text(stdout, t.name);
		printf(" off the list.\n");
	}
	store_task_clear(&t);
	return rc;
}

static int task_reviewed_run(struct app *app)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	int64_t id, uid;
	if ((rc = saved(task_review_mark(app->st, app->today, &id, &uid, &err), &err)))
		return rc;
	struct store_task_state s;
	if (store_task_state(app->st, &s, &err))
		return cli_fail(&err);
	printf("Noted: you looked at the list together on ");
	put_day(app, app->today);
	printf(".\n");
	review_line(app, &s);
	return 0;
}

/* Options given that the action does not take: a usage error. */
static int check_options(const struct cli_args *args, int action)
{
	for (int k = 0; k < args->n_given; k++) {
		const char *opt = args->cmd->options[args->given[k].option].name;
		bool ok = false;
		for (int i = 0; action >= 0 && actions[action].options[i]; i++)
			ok = ok || !strcmp(actions[action].options[i], opt);
		if (!ok && !(action < 0 && !strcmp(opt, "history")))
			return cli_usage_error("task", "--%s does not go with %s", opt,
			                       action < 0 ? "the list" : actions[action].name);
	}
	return 0;
}

static int cmd_task(struct app *app, struct cli_args *args)
{
	if (args->argc == 0)
		return check_options(args, -1) ? 2
		       : cli_arg_has(args, "history") ? task_history(app) : task_show(app);
	int action = -1;
	for (size_t i = 0; i < sizeof actions / sizeof *actions; i++)
		if (!strcmp(args->argv[0], actions[i].name))
			action = (int)i;
	if (action < 0)
		return cli_usage_error("task", "say add, owner, edit, remove or reviewed "
		                       "(or nothing, to see the list)");
	if (check_options(args, action))
		return 2;
	if (args->argc - 1 != actions[action].args)
		return cli_usage_error("task", "%s takes %s", actions[action].name,
		                       action == 0 ? "the job's name (quote it when it has spaces)"
		                       : action == 1 ? "a job and a partner"
		                       : action == 4 ? "nothing more" : "one job, by name or number");
	switch (action) {
	case 0: return task_add_run(app, args);
	case 1: return task_owner_run(app, args);
	case 2: return task_edit_run(app, args);
	case 3: return task_remove_run(app, args);
	default: return task_reviewed_run(app);
	}
}

/* For shell completion: the owner is one of you. */
static const struct cli_values cmd_task_values[] = {
	{ "owner", "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_task_entry = {
	.name = "task",
	.summary = "the shared load: twelve jobs, one owner each, reviewed monthly",
	.usage = cmd_task_usage,
	.options = task_options,
	/* Each action's operands are checked by the command itself. */
	.min_args = 0, .max_args = INT_MAX,
	.values = cmd_task_values,
	.word = task_word,
	.run = cmd_task,
};
