#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/stats.h"
#include "tend/talk.h"
#include "tend/touch.h"

static const char cmd_week_usage[] =
	"usage: tend week [--date D]\n"
	"\n"
	"Show the week that holds today (or D) as plain text, a row per day:\n"
	"each partner's check-in as mood/stress, gestures, repairs, touch sessions\n"
	"with their stage and traffic light, and time-outs; then the week's totals\n"
	"against your targets. A week is a week of your plan: it starts on the\n"
	"weekday of your start date. The touch aim is the plan's for that week and\n"
	"counts sessions at the stage you are at.\n";

/* Widths of the table's columns. */
enum { W_DAY = 11, W_CHECK = 9, W_NUM = 6, W_TOUCH = 18 };

static void cell_int(FILE *f, int v, int width)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", v);
	cli_put_cell(f, buf, width);
}

/* A count in a cell: digits, or marks without numbers (a column of space
 * kept after them). */
static void cell_count(FILE *f, const struct figure_style *fs, int v, int width)
{
	char buf[64];
	figure_count(fs, v, width - 1, buf, sizeof buf);
	cli_put_cell(f, buf, width);
}

static void print_header(FILE *f, const struct app *app)
{
	const char *touch = app->cfg.discreet ? "together" : "touch";
	fprintf(f, "%-*s%-*s%-*s%-*s\n", W_DAY, "", W_CHECK * 2, "check-in",
	       W_NUM * 2, "gestures", W_NUM * 2, "repairs");
	cli_put_cell(f, "", W_DAY);
	for (int group = 0; group < 3; group++) {
		int w = group == 0 ? W_CHECK : W_NUM;
		cli_put_cell(f, app->cfg.partner[0], w - 1);
		fputc(' ', f);
		cli_put_cell(f, app->cfg.partner[1], w - 1);
		fputc(' ', f);
	}
	cli_put_cell(f, touch, W_TOUCH);
	fprintf(f, "time-outs\n");
}

/* "2 s1 green" when every session had the same light; else the lights
 * counted by initial, sessions without one as "-": "4 s3 G2 Y1 -1", so a
 * red is never cut off and "green" never stands for a session without. */
static void touch_cell(const struct figure_style *fs, const struct day_stats *d, char *buf,
                       size_t n)
{
	if (!d->touch) {
		snprintf(buf, n, "-");
		return;
	}
	char sessions[32];
	figure_count(fs, d->touch, 4, sessions, sizeof sessions);
	int o = snprintf(buf, n, "%s s%d", sessions, d->max_stage);
	static const char *const names[] = { "", "green", "yellow", "red" };
	static const char initials[] = "-GYR";
	int count[4] = { d->touch, 0, 0, 0 }, kinds = 0;
	for (int l = LIGHT_GREEN; l <= LIGHT_RED; l++) {
		count[l] = d->touch_light[l];
		count[0] -= count[l];
	}
	for (int l = 0; l <= LIGHT_RED; l++)
		kinds += count[l] > 0;
	for (int l = LIGHT_GREEN; l <= LIGHT_RED + 1 && o < (int)n; l++) {
		int k = l % 4; /* the lights first, sessions without one last */
		if (!count[k] || (kinds == 1 && k == 0))
			continue;
		if (kinds == 1)
			o += snprintf(buf + o, n - (size_t)o, " %s", names[k]);
		else if (fs->numbers)
			o += snprintf(buf + o, n - (size_t)o, " %c%d", initials[k], count[k]);
		else
			o += snprintf(buf + o, n - (size_t)o, " %c", initials[k]);
	}
}

static void print_day(FILE *f, const struct figure_style *fs, const struct day_stats *d)
{
	char buf[64];
	day_format_column(d->day, buf);
	cli_put_cell(f, buf, W_DAY);
	for (int p = 0; p < 2; p++) {
		/* A paused day asks no check-in. */
		if (d->paused && !d->checked_in[p])
			snprintf(buf, sizeof buf, "paused");
		else if (d->checked_in[p])
			snprintf(buf, sizeof buf, "%d/%d", d->mood[p], d->stress[p]);
		else
			snprintf(buf, sizeof buf, "-");
		cli_put_cell(f, buf, W_CHECK);
	}
	for (int p = 0; p < 2; p++)
		cell_count(f, fs, d->gestures[p], W_NUM);
	for (int p = 0; p < 2; p++)
		cell_count(f, fs, d->repairs[p], W_NUM);
	touch_cell(fs, d, buf, sizeof buf);
	/* A column of space always stands before the time-outs. */
	cli_put_cell(f, buf, W_TOUCH - 1);
	figure_count(fs, d->timeouts, 8, buf, sizeof buf);
	fprintf(f, " %s\n", buf);
}

static void print_totals(FILE *f, const struct figure_style *fs, const struct week_stats *w,
                         const struct touch_week *tw)
{
	char buf[64];
	cli_put_cell(f, "Week", W_DAY);
	/* Out of the days that count (paused days do not). */
	for (int p = 0; p < 2; p++) {
		figure_of(fs, w->checkins[p], w->days_counted, W_CHECK - 1, buf, sizeof buf);
		cli_put_cell(f, buf, W_CHECK);
	}
	for (int p = 0; p < 2; p++)
		cell_count(f, fs, w->gestures[p], W_NUM);
	for (int p = 0; p < 2; p++)
		cell_count(f, fs, w->repairs[p], W_NUM);
	figure_of(fs, tw->done, tw->target, W_TOUCH - 1, buf, sizeof buf);
	cli_put_cell(f, buf, W_TOUCH);
	figure_count(fs, w->timeouts, 8, buf, sizeof buf);
	fprintf(f, "%s\n", buf);
	cli_put_cell(f, "Aim", W_DAY);
	snprintf(buf, sizeof buf, "%d", w->days_counted);
	cli_put_cell(f, buf, W_CHECK);
	cli_put_cell(f, buf, W_CHECK);
	snprintf(buf, sizeof buf, "%d-%d", w->target_gestures_min, w->target_gestures_max);
	cli_put_cell(f, buf, W_NUM);
	cli_put_cell(f, buf, W_NUM);
	cell_int(f, w->target_repairs, W_NUM);
	cell_int(f, w->target_repairs, W_NUM);
	/* No aim where the plan asks none (before its touch weeks, after day 60). */
	if (tw->target > 0)
		snprintf(buf, sizeof buf, "%d", tw->target);
	else
		snprintf(buf, sizeof buf, "-");
	cli_put_cell(f, buf, W_TOUCH);
	fprintf(f, "\n");
}

/* The sentences under the table: days both checked in, bids, repairs. */
static void print_sums(FILE *f, const struct figure_style *fs, const struct week_stats *w)
{
	char a[64], b[64];
	int repairs = w->repairs[0] + w->repairs[1];
	figure_of(fs, w->checkin_days_both, w->days_counted, 7, a, sizeof a);
	if (fs->numbers)
		fprintf(f, "\nBoth checked in on %s days.\n", a);
	else
		fprintf(f, "\nDays both checked in: %s\n", a);
	if (w->days_counted < 7)
		fprintf(f, "Paused days do not count: %d of the week's days %s paused.\n",
		        7 - w->days_counted, 7 - w->days_counted == 1 ? "is" : "are");
	figure_count(fs, w->bids_toward, 14, a, sizeof a);
	figure_count(fs, w->bids_away, 14, b, sizeof b);
	fprintf(f, "Bids for connection: %s turned toward, %s turned away.\n", a, b);
	figure_of(fs, w->repairs_accepted, repairs, 14, a, sizeof a);
	if (repairs)
		fprintf(f, "Repairs accepted: %s.\n", a);
	else
		fprintf(f, "No repairs logged this week.\n");
}

static void print_week(FILE *f, const struct app *app, const struct week_stats *w,
                       const struct touch_week *tw, const struct store_rituals *rituals)
{
	struct figure_style fs = cli_figures(app);
	char from[16], to[16], line[256];
	day_format_short(w->start, from);
	day_format_short(w->start + 6, to);
	int y, m, d;
	day_to_ymd(w->start + 6, &y, &m, &d);
	cli_plan_line(app, app->today, line, sizeof line);
	char title[512];
	snprintf(title, sizeof title, "Week of %s - %s %d %s %s", from, to, y, cli_dot(), line);
	/* A long phase title is cut so the table stays within 80 columns. */
	cli_put_cell(f, title, 80);
	fprintf(f, "\n\n");
	print_header(f, app);
	for (int i = 0; i < 7; i++)
		print_day(f, &fs, &w->days[i]);
	fprintf(f, "\n");
	print_totals(f, &fs, w, tw);
	print_sums(f, &fs, w);
	if (rituals->n) {
		fprintf(f, "\n");
		cli_ritual_grid(f, rituals, w->start);
	}
}

/* The table is padded cell by cell; print it without trailing blanks. */
static int print_trimmed(const struct app *app, const struct week_stats *w,
                         const struct touch_week *tw, const struct store_rituals *rituals)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f) {
		cli_errorf("out of memory");
		return 1;
	}
	print_week(f, app, w, tw, rituals);
	fclose(f);
	for (char *line = buf, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		size_t n = strlen(line);
		while (n > 0 && line[n - 1] == ' ')
			n--;
		fwrite(line, 1, n, stdout);
		putchar('\n');
	}
	free(buf);
	return 0;
}

static int cmd_week(struct app *app, struct cli_args *args)
{
	(void)args;
	bool none;
	int opened = cli_store_reading(app, &none, true);
	if (opened)
		return opened;
	tend_day start = plan_week_start(app_plan_start(app, app->today), app->today);
	struct entry_list l = { 0 };
	struct tend_err err;
	if (!none && store_list(app->st, start, start + 6, ENTRY_MASK_ALL, &l, &err) != TEND_OK)
		return cli_fail(&err);
	struct store_stage st = { .stage = 1, .since = DAY_INVALID };
	if (!none && store_stage_get(app->st, &st, &err) != TEND_OK) {
		entry_list_free(&l);
		return cli_fail(&err);
	}
	struct store_rituals rituals = { 0 };
	if (!none && store_ritual_load(app->st, start, start + 6, &rituals, &err) != TEND_OK) {
		entry_list_free(&l);
		return cli_fail(&err);
	}
	struct week_stats w;
	struct touch_week tw;
	stats_week_paced(&l, start, &app->cfg, &app->pace, &w);
	touch_week(&app->plan, app_plan_start(app, app->today), app->today, &l, &st, &tw);
	entry_list_free(&l);
	struct talk_week talk;
	if (talk_week_get(none ? NULL : app->st, &app->plan, app_plan_start(app, app->today),
	                  app->today, &talk, &err) != TEND_OK) {
		store_rituals_free(&rituals);
		return cli_fail(&err);
	}
	int rc = print_trimmed(app, &w, &tw, &rituals);
	store_rituals_free(&rituals);
	/* The weekly talk, in the weeks whose phase asks for one (or held). */
	if (rc == 0 && (talk.asked || talk.held))
		printf("Talk this week: %s.\n", talk_week_word(&talk));
	if (rc == 0)
		rc = cli_window_week(app, stdout, none, start);
	return rc ? rc : cli_print_moved(app, stdout, none);
}

const struct cli_command cmd_week_entry = {
	.name = "week",
	.summary = "show the week as text",
	.usage = cmd_week_usage,
	.min_args = 0, .max_args = 0,
	.args_error = "takes no arguments (use --date D for another week)",
	.run = cmd_week,
};
