/* cmd_talk: `tend talk`, the weekly talk: the list of past talks, a new
 * one, one in full, its texts edited and its ask moved along. The rules
 * are talk.c's, the same as on the practices screen. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/talk.h"

static const char cmd_talk_usage[] =
	"usage: tend talk [list]\n"
	"       tend talk add --by PARTNER --what TEXT --ask TEXT [TEXTS] [--state S]\n"
	"       tend talk show ID\n"
	"       tend talk edit ID [--by PARTNER] [TEXTS] [--state S]\n"
	"       tend talk agree ID | done ID | reopen ID\n"
	"\n"
	"The weekly talk, one issue at a time: describe what happened, say its\n"
	"impact and ask for one thing; the one who listened reflects it back.\n"
	"With no arguments, list past talks, newest first, with where each ask\n"
	"stands: open, agreed (you both said yes) or done.\n"
	"\n"
	"  -b, --by PARTNER    who raised it: a name (any case) or 1 or 2\n"
	"  -w, --what TEXT     what happened: \"when X...\"\n"
	"  -i, --impact TEXT   the impact: \"I felt Y, because Z\"\n"
	"  -a, --ask TEXT      the ask: \"can we W?\"\n"
	"      --hear TEXT     the listener: what I hear is...\n"
	"      --sense TEXT    it makes sense you'd feel that, because...\n"
	"      --commit TEXT   I can commit to...\n"
	"      --support TEXT  I'll need support with...\n"
	"  -s, --state S       open, agreed or done (an ask is agreed before done)\n"
	"      --date D        the talk's day (YYYY-MM-DD) instead of today\n"
	"\n"
	"Any one TEXT may be - to read it from standard input. A talk needs what\n"
	"happened and the ask; edit changes only the texts given (\"\" clears one).\n";

static const struct cli_option talk_options[] = {
	{ "by", 'b', CLI_VALUE },
	{ "what", 'w', CLI_VALUE | CLI_TEXT },
	{ "impact", 'i', CLI_VALUE | CLI_TEXT },
	{ "ask", 'a', CLI_VALUE | CLI_TEXT },
	{ "hear", 0, CLI_VALUE | CLI_TEXT },
	{ "sense", 0, CLI_VALUE | CLI_TEXT },
	{ "commit", 0, CLI_VALUE | CLI_TEXT },
	{ "support", 0, CLI_VALUE | CLI_TEXT },
	{ "state", 's', CLI_VALUE },
	{ NULL, 0, 0 },
};

/* Whether any of the talk's texts was given. */
static bool has_text_option(const struct cli_args *args)
{
	for (int f = 0; f < TALK_FIELD_COUNT; f++)
		if (cli_arg_has(args, talk_field_name(f)))
			return true;
	return false;
}

/* Print s with each line indented by indent, made safe line by line. */
static void put_lines(const char *s, const char *indent)
{
	while (s && *s) {
		size_t n = strcspn(s, "\n");
		char *line = strndup(s, n);
		fputs(indent, stdout);
		cli_put_text(stdout, line ? line : "?");
		putchar('\n');
		free(line);
		s += n;
		if (*s == '\n')
			s++;
	}
}

static int talk_list(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, true);
	if (rc)
		return rc;
	struct talk_list l = { 0 };
	struct tend_err err;
	err_clear(&err);
	if (!none && store_talk_list(app->st, day_from_ymd(1900, 1, 1),
	                             day_from_ymd(9999, 12, 31), &l, &err) != TEND_OK)
		return cli_fail(&err);
	if (l.n == 0)
		printf("No talks yet. `tend talk add --by NAME --what ... --ask ...` "
		       "logs one.\n");
	for (size_t i = 0; i < l.n; i++) {
		const struct talk *t = &l.v[i];
		char day[24];
		cli_day_label(app, t->day, day, sizeof day);
		printf("%4lld  ", (long long)t->id);
		cli_put_cell(stdout, day, 15);
		fputs("  ", stdout);
		cli_put_cell(stdout, cli_name(app, t->partner), 10);
		printf("  %-6s  ", talk_state_name(t->state));
		/* The ask, on what is left of 80 columns. */
		char ask[256];
		snprintf(ask, sizeof ask, "%s", t->text[TALK_ASK] ? t->text[TALK_ASK] : "");
		for (char *p = ask; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		char *end = ask + strlen(ask);
		while (end > ask && end[-1] == ' ')
			*--end = '\0';
		cli_put_cell(stdout, ask, 37);
		putchar('\n');
	}
	talk_list_free(&l);
	return 0;
}

/* The talk number given as the second operand. */
static int talk_id(const struct cli_args *args, int64_t *id)
{
	int v;
	if (args->argc < 2)
		return cli_usage_error("talk", "%s needs the talk's number, as `tend talk` lists them",
		                       args->argv[0]);
	if (!cli_int(args->argv[1], 1, INT_MAX, &v))
		return cli_usage_error("talk", "\"%s\" is not a talk's number", args->argv[1]);
	*id = v;
	return 0;
}

/* Open the store and read talk id into t (show, edit and the moves start
 * so): 0, or the exit status once the error is said. */
static int talk_load(struct app *app, int64_t id, struct talk *t)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	return store_talk_get(app->st, id, t, &err) != TEND_OK ? cli_fail(&err) : 0;
}

static int talk_show(struct app *app, int64_t id)
{
	struct talk t;
	int rc = talk_load(app, id, &t);
	if (rc)
		return rc;
	char day[24];
	cli_day_label(app, t.day, day, sizeof day);
	printf("Talk %lld, %s, raised by ", (long long)t.id, day);
	cli_put_text(stdout, cli_name(app, t.partner));
	printf(": %s", talk_state_name(t.state));
	if (t.state_day != DAY_INVALID) {
		cli_day_label(app, t.state_day, day, sizeof day);
		printf(" since %s", day);
	}
	printf(".\n");
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		if (!t.text[f])
			continue;
		printf("%s:\n", talk_field_label(f));
		put_lines(t.text[f], "  ");
	}
	talk_clear(&t);
	return 0;
}

/* Take the options into t: the partner, the texts given, the state. */
static int talk_fill(struct app *app, const struct cli_args *args, struct talk *t)
{
	const char *by = cli_arg_value(args, "by");
	if (by && !(t->partner = cli_partner(app, "talk", by)))
		return 2;
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		char *v = cli_arg_value(args, talk_field_name(f));
		if (v)
			t->text[f] = v[0] ? v : NULL;
	}
	const char *state = cli_arg_value(args, "state");
	if (state) {
		int s;
		if (!talk_state_parse(state, &s))
			return cli_usage_error("talk", "--state is open, agreed or done");
		if (s == TALK_DONE && t->state == TALK_OPEN && t->id == 0)
			return cli_usage_error("talk", "an ask is agreed before it is done");
		t->state_day = s == TALK_OPEN ? DAY_INVALID : app->today;
		t->state = s;
	}
	return 0;
}

static int talk_add(struct app *app, const struct cli_args *args)
{
	struct talk t = { .day = app->today, .state = TALK_OPEN, .state_day = DAY_INVALID };
	if (!cli_arg_has(args, "by"))
		return cli_usage_error("talk", "say who raised it with --by PARTNER");
	int rc = talk_fill(app, args, &t);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	if (talk_check(&t, &err) != TEND_OK)
		return cli_fail(&err);
	if ((rc = cli_store(app)))
		return rc;
	if (talk_save(app->st, &t, &err) != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, t.day);
	char day[40];
	printf("Saved talk %lld, raised by ", (long long)t.id);
	cli_put_text(stdout, cli_name(app, t.partner));
	printf("%s (%s).\n", cli_for_day(app, t.day, day, sizeof day), talk_state_name(t.state));
	return 0;
}

/* edit: the saved talk with the options given laid over it. The day stays
 * the talk's own (--date is taken as the day of a state change). */
static int talk_edit(struct app *app, const struct cli_args *args, int64_t id)
{
	if (!has_text_option(args) && !cli_arg_has(args, "by") && !cli_arg_has(args, "state"))
		return cli_usage_error("talk", "edit needs something to change (--what, "
		                       "--ask, --hear, --state...)");
	struct talk saved, t;
	int rc = talk_load(app, id, &saved);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	t = saved;
	const char *state = cli_arg_value(args, "state");
	int to;
	if (state && talk_state_parse(state, &to) && to != saved.state &&
	    !talk_can_move(saved.state, to)) {
		talk_clear(&saved);
		return cli_usage_error("talk", "talk %lld is %s: an ask is agreed before "
		                       "it is done", (long long)id, talk_state_name(t.state));
	}
	rc = talk_fill(app, args, &t);
	if (rc == 0 && talk_save(app->st, &t, &err) != TEND_OK)
		rc = cli_fail(&err);
	if (rc == 0)
		printf("Saved talk %lld (%s).\n", (long long)id, talk_state_name(t.state));
	talk_clear(&saved);
	return rc;
}

static int talk_state(struct app *app, int64_t id, int state)
{
	struct talk t;
	int rc = talk_load(app, id, &t);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	if (talk_move(app->st, &t, state, app->today, &err) != TEND_OK) {
		talk_clear(&t);
		return cli_fail(&err);
	}
	static const char *const said[TALK_STATE_COUNT] = {
		"is open again", "is agreed", "is done. Well done, both of you",
	};
	printf("The ask of talk %lld %s.\n", (long long)id, said[state]);
	talk_clear(&t);
	return 0;
}

/* What talk does, by its first word; the last three move an ask to the
 * state of the same number (enum talk_state). */
enum talk_verb { TALK_LIST, TALK_ADD, TALK_SHOW, TALK_EDIT, TALK_MOVE };
static const char *const talk_verbs[] = {
	"list", "add", "show", "edit", "reopen", "agree", "done",
};
#define N_TALK_VERBS (sizeof talk_verbs / sizeof *talk_verbs)

static const char *talk_word(size_t i)
{
	return i < N_TALK_VERBS ? talk_verbs[i] : NULL;
}

static int cmd_talk(struct app *app, struct cli_args *args)
{
	const char *sub = args->argc > 0 ? args->argv[0] : "list";
	size_t v = 0;
	while (v < N_TALK_VERBS && strcmp(sub, talk_verbs[v]) != 0)
		v++;
	if (v == N_TALK_VERBS)
		return cli_usage_error("talk", "\"%s\" is not something talk does (list, add, "
		                       "show, edit, agree, done, reopen)", sub);
	bool takes_id = v != TALK_LIST && v != TALK_ADD;
	bool takes_opts = v == TALK_ADD || v == TALK_EDIT;
	int64_t id = 0;
	if (!takes_id && args->argc > 1)
		return cli_usage_error("talk", "unexpected argument \"%s\"", args->argv[1]);
	if (!takes_opts && args->n_given > 0)
		return cli_usage_error("talk", "%s takes no options but --date", sub);
	if (v == TALK_LIST)
		return talk_list(app);
	if (v == TALK_ADD)
		return talk_add(app, args);
	int rc = talk_id(args, &id);
	if (rc)
		return rc;
	if (v >= TALK_MOVE)
		return talk_state(app, id, (int)(v - TALK_MOVE));
	return v == TALK_SHOW ? talk_show(app, id) : talk_edit(app, args, id);
}

/* For shell completion: who raised it is one of you. */
static const struct cli_values cmd_talk_values[] = {
	{ "by", "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_talk_entry = {
	.name = "talk",
	.summary = "the weekly talk: describe, impact, ask",
	.usage = cmd_talk_usage,
	.options = talk_options,
	.min_args = 0, .max_args = 2,
	.values = cmd_talk_values,
	.word = talk_word,
	.run = cmd_talk,
};
