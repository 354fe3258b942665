#include <time.h>

#include "tend/menu.h"
#include "tend/cli.h"
#include "tend/task.h"
#include "tend/ritual.h"
#include "tend/talk.h"
#include "tend/objective.h"
#include "tend/timeout.h"
#include "tend/stats.h"

static const char cmd_today_usage[] =
	"usage: tend today [--date D]\n"
	"\n"
	"Show today as plain text: each partner's check-in, gestures and repairs,\n"
	"the touch sessions and time-outs, today's rituals, and where you are in\n"
	"the plan.\n";

static void print_partner(const struct app *app, const struct day_stats *d,
                          const struct entry_list *l, int p)
{
	int i = p - 1;
	printf("\n");
	cli_put_text(stdout, cli_name(app, p));
	printf("\n  check-in   ");
	if (d->checked_in[i]) {
		printf("mood %d, stress %d", d->mood[i], d->stress[i]);
		for (size_t k = 0; k < l->n; k++) {
			const struct entry *e = &l->v[k];
			if (e->kind == ENTRY_CHECKIN && e->partner == p && e->day == d->day &&
			    e->text) {
				printf(" %s grateful for: ", cli_dot());
				cli_put_text(stdout, e->text);
			}
		}
		printf("\n");
	} else {
		printf("-\n");
	}
	struct figure_style fs = cli_figures(app);
	char n[64];
	figure_count(&fs, d->gestures[i], 12, n, sizeof n);
	printf("  gestures   %s (aim %d-%d a day)%s\n", n,
	       app->cfg.gestures_min, app->cfg.gestures_max,
	       d->first_gesture == p ? ", made the first one" : "");
	figure_count(&fs, d->repairs[i], 12, n, sizeof n);
	printf("  repairs    %s", n);
	/* Without numbers, how many were accepted is said in words. */
	int acc = d->repairs_accepted[i];
	if (d->repairs[i] && fs.numbers)
		printf(" (%d accepted)", acc);
	else if (d->repairs[i])
		printf(" (%s accepted)", acc == 0 ? "none" : acc == d->repairs[i] ? "all"
		       : "some");
	printf("\n");
}

static void print_touch(const struct app *app, const struct entry_list *l, tend_day day)
{
	const char *label = app->cfg.discreet ? "Together" : "Touch";
	int n = 0;
	printf("\n");
	for (size_t k = 0; k < l->n; k++) {
		const struct entry *e = &l->v[k];
		if (e->kind != ENTRY_TOUCH || e->day != day)
			continue;
		printf("%-12s ", n++ == 0 ? label : "");
		printf("stage %d, ", e->stage);
		cli_put_text(stdout, cli_name(app, e->partner));
		printf(" giving");
		if (e->minutes)
			printf(", %d min", e->minutes);
		if (e->light)
			printf(", %s", entry_light_name(e->light));
		if (e->tier)
			printf(", %s", menu_tier_name(e->tier, app->cfg.discreet));
		if (e->tier && e->item && !app->cfg.discreet) {
			printf(": ");
			cli_put_text(stdout, e->item);
		}
		printf("\n");
	}
	if (!n)
		printf("%-12s -\n", label);
}

static void print_timeouts(const struct app *app, const struct entry_list *l, tend_day day)
{
	int n = 0;
	for (size_t k = 0; k < l->n; k++) {
		const struct entry *e = &l->v[k];
		if (e->kind != ENTRY_TIMEOUT || e->day != day)
			continue;
		char at[8] = "?";
		time_t t = (time_t)e->called_at;
		struct tm tm;
		if (localtime_r(&t, &tm))
			strftime(at, sizeof at, "%H:%M", &tm);
		printf("%-12s ", n++ == 0 ? "Time-outs" : "");
		printf("%s \"", at);
		cli_put_text(stdout, e->text);
		printf("\", called by ");
		cli_put_text(stdout, cli_name(app, e->partner));
		char back[48];
		/* Where it stands now, by the core's rule: a time-out nobody
		 * came back from stops running when its window is over. */
		enum timeout_state st = e->returned_at ? TIMEOUT_NONE
		                        : timeout_state(&app->cfg, e, (int64_t)time(NULL));
		/* A return planned during the pause is what to say then. */
		if (st == TIMEOUT_PAUSE && e->scheduled_at)
			st = TIMEOUT_SCHEDULED;
		switch (st) {
		case TIMEOUT_PAUSE:
			printf(", still paused\n");
			break;
		case TIMEOUT_SCHEDULED:
			cli_when(e->scheduled_at, back, sizeof back);
			printf(", return scheduled for %s\n", back);
			break;
		case TIMEOUT_DUE:
			printf(", the pause is over: time to come back\n");
			break;
		default:
			printf(e->returned_at ? ", came back\n" : ", no return noted\n");
			break;
		}
	}
	if (!n)
		printf("%-12s -\n", "Time-outs");
}

/* The shared load's monthly review, on the day it is due and after. */
static int print_task_review(const struct app *app)
{
	struct store_task_state s;
	struct tend_err err;
	err_clear(&err);
	if (store_task_state(app->st, &s, &err) != TEND_OK)
		return cli_fail(&err);
	if (task_review_due(&s, app->today))
		printf("\n%-12s the monthly review is due (tend task)\n", "Jobs");
	return 0;
}

/* The rituals that fall on day and are not paused, a mark after the ones
 * done; no line at all when none falls on it. */
static void print_rituals(const struct app *app, tend_day day)
{
	struct store_rituals s = { 0 };
	struct tend_err err;
	if (!app->st || store_ritual_load(app->st, day, day, &s, &err) != TEND_OK)
		return;
	int n = 0;
	for (size_t i = 0; i < s.n; i++) {
		const struct store_ritual *r = &s.v[i];
		enum ritual_state state = ritual_state_on(&s, r, day);
		if (state != RITUAL_BLANK && state != RITUAL_DONE)
			continue;
		if (n++ == 0)
			printf("%-12s ", "Rituals");
		else
			printf(", ");
		cli_put_text(stdout, r->name);
		if (state == RITUAL_DONE)
			printf(" %s", ritual_state_mark(state, cli_ascii()));
		else if (r->at >= 0) {
			char at[8];
			day_format_hhmm(r->at, at);
			printf(" (%s)", at);
		}
	}
	if (n)
		printf("\n");
	store_rituals_free(&s);
}

/* The two sentences, when a look at them is due today. */
static int print_objective(struct app *app)
{
	struct objective_state s;
	struct tend_err err;
	err_clear(&err);
	if (objective_load(app->st, &s, &err) != TEND_OK)
		return cli_fail(&err);
	if (objective_look_pending(&s, app_plan_start(app, app->today), app->today))
		printf("\nYour two sentences: time for a look (tend objective).\n");
	objective_state_free(&s);
	return 0;
}

static int cmd_today(struct app *app, struct cli_args *args)
{
	(void)args;
	bool none;
	int opened = cli_store_reading(app, &none, true);
	if (opened)
		return opened;
	struct entry_list l = { 0 };
	struct tend_err err;
	if (!none && store_list(app->st, app->today, app->today, ENTRY_MASK_ALL, &l, &err) != TEND_OK)
		return cli_fail(&err);
	struct day_stats d;
	stats_day(&l, app->today, &d);
	char date[16], line[256];
	day_format_short(app->today, date);
	int y, m, md;
	day_to_ymd(app->today, &y, &m, &md);
	cli_plan_line(app, app->today, line, sizeof line);
	printf("%s %d %s %s\n", date, y, cli_dot(), line);
	print_partner(app, &d, &l, 1);
	print_partner(app, &d, &l, 2);
	print_touch(app, &l, app->today);
	print_timeouts(app, &l, app->today);
	if (!none)
		print_rituals(app, app->today);
	entry_list_free(&l);
	int rc = cli_window_day(app, stdout, none, app->today);
	if (rc)
		return rc;
	rc = none ? 0 : print_task_review(app);
	if (rc)
		return rc;
	/* The week's talk, where the plan asks for one (or one was held). */
	struct talk_week talk;
	if (talk_week_get(none ? NULL : app->st, &app->plan, app_plan_start(app, app->today),
	                  app->today, &talk, &err) != TEND_OK)
		return cli_fail(&err);
	if (talk.asked || talk.held)
		printf("%-12s %s this week\n", "Talk", talk_week_word(&talk));
	rc = none ? 0 : print_objective(app);
	return rc ? rc : cli_print_moved(app, stdout, none);
}

const struct cli_command cmd_today_entry = {
	.name = "today",
	.summary = "show today as text",
	.usage = cmd_today_usage,
	.min_args = 0, .max_args = 0, .args_error = "takes no arguments",
	.run = cmd_today,
};
