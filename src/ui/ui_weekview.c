/* ui_weekview: the full-screen week: each partner's numbers day by day,
 * the sparklines, and the week against its aims. */
#include "tend/ui_weekview.h"

#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_support.h"
#include "tend/ui_tab_ritual.h"
#include "tend/ui_tab_window.h"
#include "tend/ui_week.h"

enum { KEY_ESC = 27 };

void ui_weekview_open(struct ui *ui)
{
	ui->wv_start = ui->week_start;
	ui->view = UI_VIEW_WEEK;
	ui_ctx_refresh(ui);
}

/* The week against the config's aims, in two lines; counts as numbers or
 * marks (ui_figures). */
static void weekview_summary(struct ui *ui, WINDOW *w, int y)
{
	const struct week_stats *ws = &ui->wv_week;
	struct figure_style fs = ui_figures(ui);
	int cols = getmaxx(w) - 4;
	char both[48], g1[32], g2[32], r1[32], r2[32], acc[32], touch[48];
	figure_of(&fs, ws->checkin_days_both, ws->days_counted, 7, both, sizeof both);
	figure_count(&fs, ws->gestures[0], 8, g1, sizeof g1);
	figure_count(&fs, ws->gestures[1], 8, g2, sizeof g2);
	figure_count(&fs, ws->repairs[0], 8, r1, sizeof r1);
	figure_count(&fs, ws->repairs[1], 8, r2, sizeof r2);
	figure_count(&fs, ws->repairs_accepted, 8, acc, sizeof acc);
	figure_of(&fs, ui->wv_touch.done, ui->wv_touch.target, 8, touch, sizeof touch);
	ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_TEXT,
	              "Days both checked in: %s. Gestures: %s and %s (aim %d-%d each).",
	              both, g1, g2, ws->target_gestures_min, ws->target_gestures_max);
	ui_draw_textf(ui, w, y + 1, 2, cols, UI_ROLE_TEXT,
	              "Repairs: %s and %s (aim %d each), %s accepted. %s: %s.",
	              r1, r2, ws->target_repairs, acc, ui->label_touch, touch);
}

static void weekview_draw(struct ui *ui)
{
	static const struct { enum ui_week_row row; int partner; int gap; } rows[] = {
		{ UI_WEEK_CHECKIN_OF, 1, 0 }, { UI_WEEK_CHECKIN_OF, 2, 0 },
		{ UI_WEEK_GESTURES_OF, 1, 0 }, { UI_WEEK_GESTURES_OF, 2, 0 }, { UI_WEEK_BIDS, 0, 0 },
		{ UI_WEEK_REPAIRS_OF, 1, 0 }, { UI_WEEK_REPAIRS_OF, 2, 0 },
		{ UI_WEEK_TOUCH, 0, 0 }, { UI_WEEK_TIMEOUTS, 0, 0 },
		{ UI_WEEK_MOOD, 1, 1 }, { UI_WEEK_MOOD, 2, 0 },
		{ UI_WEEK_STRESS, 1, 0 }, { UI_WEEK_STRESS, 2, 0 },
	};
	WINDOW *w = ui->full;
	int y1, m1, d1, y2, m2, d2;
	day_to_ymd(ui->wv_start, &y1, &m1, &d1);
	day_to_ymd(ui->wv_start + 6, &y2, &m2, &d2);
	char title[96];
	snprintf(title, sizeof(title), "Week of %d %s - %d %s %d%s", d1, day_month_abbr(m1), d2,
	         day_month_abbr(m2), y2, ui->wv_start == ui->week_start ? " (this week)" : "");
	ui_week_talk_mark(ui, ui->wv_start == ui->week_start ? ui->app->today : ui->wv_start,
	                  title, sizeof(title));
	ui_draw_box(ui, w, title, true);
	struct ui_week_grid g;
	ui_week_grid_fit(&g, 1, getmaxx(w) - 2, 19, 10);
	int y = 1;
	ui_week_days(ui, w, y++, &g, &ui->wv_week);
	/* The rituals take a row each from the spare lines (the gaps go first). */
	int spare = getmaxy(w) - 2 - 1 - 13 - 1 - 4;
	spare -= ui_tab_window_in_week(ui, ui->wv_start); /* the open windows' row */
	int rituals = ui_tab_ritual_count(ui);
	int ritual_rows = rituals < spare + 2 ? rituals : spare + 2;
	spare -= ritual_rows;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		if ((rows[i].gap || i == 0) && spare-- > 0)
			y++;
		ui_week_row(ui, w, y++, &g, &ui->wv_week, rows[i].row, rows[i].partner);
	}
	if (ritual_rows > 0)
		y += ui_tab_ritual_week_rows(ui, w, y, &g, ritual_rows);
	y += ui_tab_window_week_row(ui, w, y, &g);
	if (spare-- > 0)
		y++;
	/* The summary only where it stays clear of the key line. */
	if (y + 1 < getmaxy(w) - 2)
		weekview_summary(ui, w, y);
	char keys[96];
	snprintf(keys, sizeof(keys), "%s %s  move by week   t this week   Esc back",
	         ui_glyph(ui, UI_GLYPH_ARROW_L), ui_glyph(ui, UI_GLYPH_ARROW_R));
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, getmaxx(w) - 4, UI_ROLE_DIM, keys);
}

/* The week the plan starts in: there is nothing to see before it. */
static tend_day first_week(const struct ui *ui)
{
	/* Day 1 begins the plan's first week (a pause moves only later weeks). */
	tend_day first = ui->app->cfg.start_date == DAY_INVALID ? ui->app->today
	                 : app_plan_date(ui->app, 1);
	return first < ui->week_start ? first : ui->week_start;
}

/* The last week worth a look: the plan's last week (day 60), or this
 * week once the plan is over: nothing can be logged ahead of today. */
static tend_day last_week(const struct ui *ui)
{
	tend_day start = app_plan_start(ui->app, ui->app->today);
	if (start == DAY_INVALID)
		return ui->week_start;
	int length = ui->app->plan.length > 0 ? ui->app->plan.length : 60;
	tend_day last = plan_week_start(start, start + length - 1);
	return last > ui->week_start ? last : ui->week_start;
}

static enum ui_action weekview_key(struct ui *ui, struct ui_key k)
{
	if (k.fn && k.ch == KEY_LEFT && ui->wv_start - 7 < first_week(ui)) {
		ui_ctx_message(ui, false, "This is the first week of your plan.");
		return UI_REDRAW;
	} else if (k.fn && k.ch == KEY_RIGHT && ui->wv_start + 7 + 6 > DAY_SHOW_LAST) {
		/* Calendars here end with the year 9999. */
		ui_ctx_message(ui, false, "The calendar ends here, with the year 9999.");
		return UI_REDRAW;
	} else if (k.fn && k.ch == KEY_RIGHT && ui->wv_start + 7 > last_week(ui)) {
		ui_ctx_message(ui, false, last_week(ui) == ui->week_start
		               ? "This is the current week: nothing is logged ahead of today."
		               : "This is the last week of your plan.");
		return UI_REDRAW;
	} else if (k.fn && (k.ch == KEY_LEFT || k.ch == KEY_RIGHT)) {
		ui->wv_start += k.ch == KEY_LEFT ? -7 : 7;
	} else if (!k.fn && k.ch == L't') {
		ui->wv_start = ui->week_start;
	} else if (!k.fn && k.ch == L'n') {
		ui_support_numbers(ui);
		return UI_REDRAW;
	} else if (!k.fn && (k.ch == KEY_ESC || k.ch == L'q' || k.ch == L'w')) {
		ui->view = UI_VIEW_DASH;
		return UI_REDRAW;
	} else {
		return UI_NONE;
	}
	ui->msg[0] = '\0'; /* a note about the week left behind no longer applies */
	ui_ctx_refresh(ui);
	return UI_REDRAW;
}

const struct ui_view ui_weekview_view = {
	.name = "week",
	.draw = weekview_draw,
	.key = weekview_key,
};
