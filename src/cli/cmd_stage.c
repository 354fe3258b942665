#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "tend/cli.h"
#include "tend/invite.h"
#include "tend/text.h"
#include "tend/touch.h"

static const char cmd_stage_usage[] =
	"usage: tend stage [PARTNER --ready | PARTNER --not-yet | --back]\n"
	"\n"
	"With no arguments, show the touch stage you are at, whether the plan has\n"
	"opened the next one, and this week's sessions. Each of you answers for\n"
	"yourself; the next stage begins the moment you both feel ready. Who is\n"
	"ready stays private until you both are.\n"
	"\n"
	"  PARTNER --ready     a name (any case) or 1 or 2: ready for the next stage\n"
	"  PARTNER --not-yet   not, or no longer, ready\n"
	"  -b, --back          go back one stage now; either of you can, alone\n"
	"      --date D        answer on day D (YYYY-MM-DD) instead of today\n";

enum { ANSWER_NONE, ANSWER_READY, ANSWER_NOT_YET, ANSWER_BACK };

static const char *word(const struct app *app)
{
	return app->cfg.discreet ? "step" : "stage";
}

/* With the rotation on, whose turn it is to invite, as the panel says it
 * (the core's rule: the other one from whoever invited last). */
static int stage_invite(struct app *app, bool none)
{
	if (!app->cfg.invite_rotation)
		return 0;
	int turn = 1;
	struct tend_err err;
	err_clear(&err);
	if (!none && invite_turn_on(app->st, app->today, &turn, &err) != TEND_OK)
		return cli_fail(&err);
	char *name = text_safe(cli_name(app, turn), cli_ascii());
	char line[300];
	invite_line(name ? name : "", app->cfg.discreet, line, sizeof line);
	free(name);
	printf("%s.\n", line);
	return 0;
}

/* The stage, the question and the week, as the Touch panel shows them. */
static int stage_show(struct app *app)
{
	bool none;
	int rc = cli_store_read(app, &none, true);
	if (rc)
		return rc;
	struct store_stage st = { .stage = 1, .since = DAY_INVALID };
	struct entry_list l = { 0 };
	struct tend_err err;
	err_clear(&err);
	tend_day from = plan_week_start(app_plan_start(app, app->today), app->today);
	if (!none && (store_stage_get(app->st, &st, &err) != TEND_OK ||
	              store_list(app->st, from, from + 6, ENTRY_MASK(ENTRY_TOUCH), &l, &err) != TEND_OK)) {
		entry_list_free(&l);
		return cli_fail(&err);
	}
	char day[40], count[32];
	printf("You are at %s %d", word(app), st.stage);
	if (st.since != DAY_INVALID) {
		cli_day_label(app, st.since, day, sizeof day);
		printf(", since %s", day);
	}
	printf(".\n");
	switch (touch_ask(&app->plan, app_plan_start(app, app->today), app->today, &st)) {
	case TOUCH_ASK_OPEN:
		printf("%c%s %d? not yet.\n", word(app)[0] - 'a' + 'A', word(app) + 1, st.stage + 1);
		break;
	case TOUCH_ASK_LATER: {
		int n = touch_opens_on(&app->plan, st.stage + 1);
		if (n > 0)
			printf("%c%s %d comes in week %d of the plan. No hurry.\n",
			       word(app)[0] - 'a' + 'A', word(app) + 1, st.stage + 1, plan_week_of(n));
		break;
	}
	case TOUCH_ASK_LAST:
		printf("This is the last %s. Take all the time you need.\n", word(app));
		break;
	}
	struct touch_week tw;
	touch_week(&app->plan, app_plan_start(app, app->today), app->today, &l, &st, &tw);
	entry_list_free(&l);
	touch_week_count(&tw, count, sizeof count);
	printf("This week: %s.\n", count);
	return stage_invite(app, none);
}

/* An answer or a step back, saved by the core with the move it causes. */
static int stage_change(struct app *app, int answer, int partner)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	struct touch_change c;
	if (answer == ANSWER_BACK)
		rc = touch_step_back(app->st, app->today, app->cfg.discreet, &c, &err);
	else
		rc = touch_answer(app->st, &app->plan, app_plan_start(app, app->today), app->today, partner,
		                  answer == ANSWER_READY, app->cfg.discreet, &c, &err);
	if (rc == TEND_E_USAGE)
		return cli_usage_error("stage", "%s", err.msg);
	if (rc != TEND_OK)
		return cli_fail(&err);
	char day[40], when[48] = " today";
	if (app->today != cli_real_today(app)) {
		cli_day_label(app, app->today, day, sizeof day);
		snprintf(when, sizeof when, " on %s", day);
	}
	if (answer == ANSWER_BACK)
		printf("Back to %s %d%s. Your pace is the right pace.\n", word(app), c.after.stage,
		       when);
	else if (c.moved)
		printf("You both feel ready: %s %d begins%s.\n", word(app), c.after.stage, when);
	else
		/* The same words for ready and not yet: nothing tells who is. */
		printf("Noted. You start %s %d when you both feel ready.\n", word(app),
		       c.after.stage + 1);
	return 0;
}

static const struct cli_option stage_options[] = {
	{ "ready", 0, 0 },
	{ "not-yet", 0, 0 },
	{ "back", 'b', 0 },
	{ NULL, 0, 0 },
};

static int cmd_stage(struct app *app, struct cli_args *args)
{
	bool ready = cli_arg_has(args, "ready"), not_yet = cli_arg_has(args, "not-yet");
	bool back = cli_arg_has(args, "back");
	if (ready + not_yet + back > 1)
		return cli_usage_error("stage", "give one of --ready, --not-yet and --back");
	int answer = ready ? ANSWER_READY : not_yet ? ANSWER_NOT_YET
	             : back ? ANSWER_BACK : ANSWER_NONE;
	int rest = args->argc;
	if (answer == ANSWER_NONE && rest == 0)
		return stage_show(app);
	if (answer == ANSWER_NONE)
		return cli_usage_error("stage", "say --ready or --not-yet after the name");
	if (answer == ANSWER_BACK && rest > 0)
		return cli_usage_error("stage", "--back takes no name: either of you can go "
		                       "back alone");
	if (answer != ANSWER_BACK && rest != 1)
		return cli_usage_error("stage", "%s", rest ? "one partner answers at a time"
		                       : "who is answering? give a name or 1 or 2");
	int partner = 0;
	if (answer != ANSWER_BACK && !(partner = cli_partner(app, "stage", args->argv[0])))
		return 2;
	return stage_change(app, answer, partner);
}

static const struct cli_values cmd_stage_values[] = {
	{ NULL, "@partner" },
	{ NULL, NULL },
};

const struct cli_command cmd_stage_entry = {
	.values = cmd_stage_values,
	.name = "stage",
	.summary = "say you are ready for the next touch stage, or go back",
	.usage = cmd_stage_usage,
	.options = stage_options,
	/* How many partners answer is the command's own question. */
	.min_args = 0, .max_args = INT_MAX,
	.run = cmd_stage,
};
