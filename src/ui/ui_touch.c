/* ui_touch: the staged-touch panel: the current stage and who is ready for
 * the next, a calendar of the last weeks' sessions with their traffic
 * lights, and this week's count. Neutral words when the config is discreet. */
#include <stdio.h>
#include <string.h>

#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

enum { LABEL_W = 7, CELL_W = 4 };

/* The sessions of one day as light marks in one cell. */
static void touch_cell(struct ui *ui, WINDOW *w, int y, int x, tend_day day)
{
	if (day > ui->app->today)
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

/* "Ready for stage 2: Alex ✓  Sam ·   (s)". */
static void touch_ready(struct ui *ui, WINDOW *w, int y)
{
	int cols = getmaxx(w) - 4;
	if (ui->stage.stage >= 3) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_DIM, "The last step: no hurry");
		return;
	}
	int x = 2 + ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_TEXT, "Ready for %d:",
	                          ui->stage.stage + 1);
	for (int p = 1; p <= 2; p++) {
		x += 1 + ui_draw_text(ui, w, y, x + 1, 10, ui_color_partner(p), ui_ctx_name(ui, p));
		bool ready = ui->stage.ready[p - 1];
		x += 1 + ui_draw_text(ui, w, y, x + 1, 2, ready ? UI_ROLE_GOOD : UI_ROLE_DIM,
		                      ui_glyph(ui, ready ? UI_GLYPH_CHECK : UI_GLYPH_NONE));
	}
	x += 2;
	x += ui_draw_text(ui, w, y, x, cols + 2 - x, UI_ROLE_KEY, "s");
	ui_draw_text(ui, w, y, x + 1, cols + 2 - x - 1, UI_ROLE_DIM, "ready");
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
	int weeks = last - 1 - 3;
	if (weeks > ui->lay.touch_weeks)
		weeks = ui->lay.touch_weeks;
	if (weeks > 0)
		touch_calendar(ui, w, 3, weeks);
	const struct week_stats *ws = &ui->week;
	ui_draw_textf(ui, w, last, 2, cols, ws->touch >= ws->target_touch ? UI_ROLE_GOOD : UI_ROLE_TEXT,
	              "This week: %d of %d", ws->touch, ws->target_touch);
	x = 2 + 20;
	if (cols > 36)
		ui_draw_textf(ui, w, last, x, cols + 2 - x, UI_ROLE_DIM, "G/Y/R: lights");
}

const struct ui_panel ui_touch_panel = {
	.area = UI_AREA_TOUCH,
	.history_kinds = ENTRY_MASK(ENTRY_TOUCH),
	.draw = touch_draw,
};
