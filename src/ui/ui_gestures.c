/* ui_gestures: today's caring gestures of each partner against the daily
 * band, who made the first one, and the week's bids toward and away. */
#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

static void gestures_draw(struct ui *ui, WINDOW *w, bool focused)
{
	const struct config *cfg = &ui->app->cfg;
	ui_draw_box(ui, w, "Gestures", focused);
	int cols = getmaxx(w) - 4;
	int x = 2 + ui_draw_text(ui, w, 1, 2, 7, UI_ROLE_TITLE, "Today ");
	x = ui_draw_counts(ui, w, 1, x, ui->today.gestures, cfg->gestures_min);
	ui_draw_textf(ui, w, 1, x, cols + 2 - x, UI_ROLE_DIM, "aim %d-%d",
	              cfg->gestures_min, cfg->gestures_max);
	int first = ui->today.first_gesture;
	x = 2 + ui_draw_text(ui, w, 2, 2, cols, UI_ROLE_TEXT, "First today: ");
	if (first != 0)
		ui_draw_text(ui, w, 2, x, cols + 2 - x, ui_color_partner(first), ui_ctx_name(ui, first));
	else
		ui_draw_text(ui, w, 2, x, cols + 2 - x, UI_ROLE_DIM, "no one yet");
	struct figure_style fs = ui_figures(ui);
	char toward[32], away[32];
	figure_count(&fs, ui->week.bids_toward, 4, toward, sizeof toward);
	figure_count(&fs, ui->week.bids_away, 4, away, sizeof away);
	ui_draw_textf(ui, w, 3, 2, cols,
	              ui->week.bids_away > ui->week.bids_toward ? UI_ROLE_WARN : UI_ROLE_TEXT,
	              "Bids this week: %s toward, %s away", toward, away);
	ui_draw_today_list(ui, w, 4, getmaxy(w) - 2, ENTRY_GESTURE);
}

const struct ui_panel ui_gestures_panel = {
	.area = UI_AREA_GESTURES,
	.history_kinds = ENTRY_MASK(ENTRY_GESTURE),
	.draw = gestures_draw,
};

