/* cmd_transparency: `tend transparency [end]`: the temporary transparency a
 * plan phase may carry after a betrayal, and the couple's decision to end
 * it. The rules are talk.c's, the same as the `T` key of the Talk tab. */
#include <stdio.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/talk.h"

static const char cmd_transparency_usage[] =
	"usage: tend transparency [end]\n"
	"\n"
	"After a betrayal, a plan may add a time of transparency (shared\n"
	"schedules, updates before they are asked for): a scaffold that rebuilds\n"
	"trust, not a rule forever. With no arguments, say whether your plan has\n"
	"one now; `end` ends it, on purpose and together, from today (or --date).\n"
	"The decision is kept with its day.\n"
	"\n"
	"  end             end the time of transparency now\n"
	"      --date D    end it on day D (YYYY-MM-DD) instead of today\n";

static int show(struct app *app)
{
	bool none;
	int rc = cli_store_reading(app, &none, true);
	if (rc)
		return rc;
	struct talk_transparency tr;
	struct tend_err err;
	err_clear(&err);
	if (talk_transparency_get(none ? NULL : app->st, &app->plan, app_plan_start(app, app->today),
	                          app->today, &tr, &err) != TEND_OK)
		return cli_fail(&err);
	if (!tr.task) {
		printf("Your plan asks for no transparency now.\n");
	} else if (tr.active) {
		printf("Transparency, for now: ");
		cli_put_text(stdout, plan_task_text(tr.task, app->cfg.discreet));
		printf("\nEnd it together when you are ready: tend transparency end\n");
	} else {
		char day[24];
		cli_day_label(app, tr.ended_on, day, sizeof day);
		printf("You ended the time of transparency on %s.\n", day);
	}
	return 0;
}

static int end(struct app *app)
{
	int rc = cli_store(app);
	if (rc)
		return rc;
	struct tend_err err;
	err_clear(&err);
	if (talk_transparency_end(app->st, &app->plan, app_plan_start(app, app->today), app->today,
	                          &err) != TEND_OK)
		return cli_fail(&err);
	char day[40];
	printf("Ended the time of transparency%s. The scaffold did its work.\n",
	       cli_for_day(app, app->today, day, sizeof day));
	return 0;
}

/* The one word it takes. */
static const char *const transparency_words[] = { "end" };

static const char *transparency_word(size_t i)
{
	return i < sizeof transparency_words / sizeof *transparency_words
	       ? transparency_words[i] : NULL;
}

static int cmd_transparency(struct app *app, struct cli_args *args)
{
	if (args->argc == 0)
		return show(app);
	if (strcmp(args->argv[0], transparency_words[0]) == 0)
		return end(app);
	return cli_usage_error("transparency", "\"%s\" is not something it does "
	                       "(end, or nothing to see where you are)", args->argv[0]);
}

const struct cli_command cmd_transparency_entry = {
	.name = "transparency",
	.summary = "the plan's temporary transparency, and ending it",
	.usage = cmd_transparency_usage,
	.min_args = 0, .max_args = 1,
	.word = transparency_word,
	.run = cmd_transparency,
};
