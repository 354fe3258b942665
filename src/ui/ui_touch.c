/* ui_touch: the staged-touch panel: the current stage and whether the next
 * one is open, a calendar of the last weeks' sessions with their traffic
 * lights, and this week's count against the plan. Neutral words when the
 * config is discreet. */
#include <stdio.h>
#include <string.h>

#include "tend/invite.h"
#include "tend/ui_draw.h"
#include "tend/ui_tab_window.h"
#include "tend/ui_history.h"
#include "tend/ui_panel.h"

enum { LABEL_W = 7, CELL_W = 4 };

/* The sessions of one day as light marks in one cell. */
static void touch_cell(struct ui *ui, WINDOW *w, int y, int x, tend_day day)
{
	/* Nothing to show ahead of today or before day 1. */
	if (day > ui->app->today || day < app_plan_date(ui->app, 1))
		return;
	if (day < ui->load_from) {
		ui_draw_text(ui, w, y, x + 1, 1, UI_ROLE_DIM, " ");
		return;
	}
	int shown = 0, n = 0;
	for (size_t i = 0; i < ui->entries.n; i++) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind != ENTRY_TOUCH || e->day != day)
			continue;
		n++;
		if (shown < CELL_W - 1) {
			ui_draw_text(ui, w, y, x + 1 + shown, 1, ui_light_role(e->light),
			             ui_light_mark(e->light));
			shown++;
		}
	}
	if (n == 0)
		ui_draw_text(ui, w, y, x + 1, 1, day == ui->app->today ? UI_ROLE_TODAY : UI_ROLE_DIM,
		             ui_glyph(ui, UI_GLYPH_NONE));
}

static void touch_calendar(struct ui *ui, WINDOW *w, int y, int weeks)
{
	tend_day first = ui->week_start - 7 * (weeks - 1);
	for (int d = 0; d < 7; d++)
		ui_draw_text(ui, w, y, 2 + LABEL_W + d * CELL_W, 3, UI_ROLE_TITLE,
		             day_weekday_abbr(day_weekday(first + d)));
	for (int k = 0; k < weeks; k++) {
		tend_day start = first + 7 * k;
		int yy, mm, dd;
		day_to_ymd(start, &yy, &mm, &dd);
		ui_draw_textf(ui, w, y + 1 + k, 2, LABEL_W, UI_ROLE_DIM, "%2d %s", dd, day_month_abbr(mm));
		for (int d = 0; d < 7; d++)
			touch_cell(ui, w, y + 1 + k, 2 + LABEL_W + d * CELL_W, start + d);
	}
}

/* The next stage, capitalised: "Stage 2", "Step 2". */
static void next_name(struct ui *ui, int stage, char *buf, size_t size)
{
	snprintf(buf, size, "%s", ui_stage_name_short(ui, stage));
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* "Stage 2? not yet (s)" once the plan has reached the phase that opens it;
 * before that, when it opens. Who is ready stays private: both ready moves
 * on at once, so the panel never names anyone. */
static void touch_ready(struct ui *ui, WINDOW *w, int y)
{
	const struct app *app = ui->app;
	int end = getmaxx(w) - 2;
	char next[32];
	next_name(ui, ui->stage.stage + 1, next, sizeof next);
	switch (touch_ask(&app->plan, app_plan_start(app, app->today), app->today, &ui->stage)) {
	case TOUCH_ASK_LAST:
		ui_draw_text(ui, w, y, 2, end - 2, UI_ROLE_DIM, "The last step: no hurry");
		return;
	case TOUCH_ASK_LATER: {
		int n = touch_opens_on(&app->plan, ui->stage.stage + 1);
		if (n > 0)
			ui_draw_textf(ui, w, y, 2, end - 2, UI_ROLE_DIM, "%s comes in week %d of the plan",
			              next, plan_week_of(n));
		return;
	}
	case TOUCH_ASK_OPEN:
		break;
	}
	int x = 2 + ui_draw_textf(ui, w, y, 2, end - 2, UI_ROLE_TEXT, "%s?", next);
	x += 1 + ui_draw_text(ui, w, y, x + 1, end - x - 1, UI_ROLE_DIM, "not yet");
	if (end - x >= 4) {
		ui_draw_text(ui, w, y, x + 1, 1, UI_ROLE_DIM, "(");
		ui_draw_text(ui, w, y, x + 2, 1, UI_ROLE_KEY, "s");
		ui_draw_text(ui, w, y, x + 3, 1, UI_ROLE_DIM, ")");
	}
}

/* "G go Y slow R stop", each letter in its light's colour, from x. */
static void touch_legend(struct ui *ui, WINDOW *w, int y, int x)
{
	static const struct { int light; const char *word; } keys[] = {
		{ LIGHT_GREEN, "go" }, { LIGHT_YELLOW, "slow" }, { LIGHT_RED, "stop" },
	};
	int end = getmaxx(w) - 2;
	if (end - x < 18)
		return;
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		x += ui_draw_text(ui, w, y, x, 1, ui_light_role(keys[i].light),
		                  ui_light_mark(keys[i].light));
		x += 1 + ui_draw_text(ui, w, y, x + 1, end - x - 1, UI_ROLE_DIM, keys[i].word);
		x++;
	}
}

/* The latest sessions, one a line, in the room under the calendar of a
 * tall panel: "Sun 22 Nov Alex stage 1, 20 min, green". */
static void touch_recent(struct ui *ui, WINDOW *w, int y, int last)
{
	if (y + 1 > last)
		return;
	int nw = ui_draw_name_width(ui, 20, 0);
	bool any = false;
	for (size_t i = ui->entries.n; i-- > 0 && y <= last;) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind != ENTRY_TOUCH || e->day > ui->app->today)
			continue;
		if (!any)
			ui_draw_text(ui, w, y++, 2, getmaxx(w) - 4, UI_ROLE_TITLE, "Latest");
		any = true;
		if (y > last)
			break;
		char date[16], what[700];
		day_format_column(e->day, date);
		int x = 2 + ui_draw_text(ui, w, y, 2, 10, UI_ROLE_DIM, date) + 1;
		ui_draw_text(ui, w, y, x, nw, ui_color_partner(e->partner), ui_ctx_name(ui, e->partner));
		x += nw + 1;
		ui_history_describe(ui, e, what, sizeof(what));
		ui_draw_text(ui, w, y++, x, getmaxx(w) - 2 - x, UI_ROLE_TEXT, what);
	}
}

static void touch_draw(struct ui *ui, WINDOW *w, bool focused)
{
	ui_draw_box(ui, w, ui->label_touch, focused);
	int cols = getmaxx(w) - 4;
	int x = 2 + ui_draw_text(ui, w, 1, 2, cols, UI_ROLE_TITLE, ui_stage_name(ui, ui->stage.stage));
	if (ui->stage.since != DAY_INVALID) {
		int yy, mm, dd;
		day_to_ymd(ui->stage.since, &yy, &mm, &dd);
		ui_draw_textf(ui, w, 1, x, cols + 2 - x, UI_ROLE_DIM, ", since %d %s", dd,
		              day_month_abbr(mm));
	}
	touch_ready(ui, w, 2);
	int last = getmaxy(w) - 2;
	/* With the rotation on, whose turn it is to invite, as an invitation;
	 * the calendar moves down a row. */
	int top = 3;
	if (ui->app->cfg.invite_rotation && last > 5) {
		char line[300];
		invite_line(ui_ctx_name(ui, ui->invite_turn), ui->app->cfg.discreet, line, sizeof line);
		ui_draw_text(ui, w, top++, 2, cols, UI_ROLE_DIM, line);
	}
	int weeks = last - 1 - top - ui_tab_window_touch_rows(ui);
	if (weeks > ui->lay.touch_weeks)
		weeks = ui->lay.touch_weeks;
	/* Weeks are plan weeks, so the first row starts on day 1: weeks before
	 * it would be empty by definition; more rows come as the plan goes on. */
	tend_day first = app_plan_start(ui->app, ui->app->today);
	int since = (int)((ui->week_start - first) / 7) + 1;
	int want = since < 1 ? 1 : since;
	if (weeks > want)
		weeks = want;
	if (weeks > 0)
		touch_calendar(ui, w, top, weeks);
	int below = top + (weeks > 0 ? weeks + 1 : 0); /* the open windows right under the calendar */
	touch_recent(ui, w, below + (weeks > 0) + ui_tab_window_touch(ui, w, below, last - 1),
	             last - 1);
	char count[64];
	struct figure_style fs = ui_figures(ui);
	figure_of(&fs, ui->touch.done, ui->touch.target, 8, count, sizeof count);
	x = 2 + ui_draw_textf(ui, w, last, 2, cols,
	                      touch_week_met(&ui->touch) ? UI_ROLE_GOOD : UI_ROLE_TEXT,
	                      "This week: %s", count);
	touch_legend(ui, w, last, x + 3);
}

const struct ui_panel ui_touch_panel = {
	.area = UI_AREA_TOUCH,
	.history_kinds = ENTRY_MASK(ENTRY_TOUCH),
	.draw = touch_draw,
};
