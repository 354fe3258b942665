/* ui_repairs: today's repairs of each partner, the week's count against the
 * daily aim, and how many were accepted. */
#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

static void repairs_draw(struct ui *ui, WINDOW *w, bool focused)
{
	const struct config *cfg = &ui->app->cfg;
	const struct week_stats *ws = &ui->week;
	ui_draw_box(ui, w, "Repairs", focused);
	int cols = getmaxx(w) - 4;
	int x = 2 + ui_draw_text(ui, w, 1, 2, 7, UI_ROLE_TITLE, "Today ");
	x = ui_draw_counts(ui, w, 1, x, ui->today.repairs, cfg->repairs_per_day);
	ui_draw_textf(ui, w, 1, x, cols + 2 - x, UI_ROLE_DIM, "aim %d a day", cfg->repairs_per_day);
	x = 2 + ui_draw_text(ui, w, 2, 2, 7, UI_ROLE_TITLE, "Week  ");
	int nw = ui_draw_name_width(ui, cols + 2 - x, 9);
	struct figure_style fs = ui_figures(ui);
	char fig[64], share[16];
	for (int p = 1; p <= 2; p++) {
		x += ui_draw_text(ui, w, 2, x, nw, ui_color_partner(p), ui_ctx_name(ui, p)) + 1;
		figure_of(&fs, ws->repairs[p - 1], ws->target_repairs, 8, fig, sizeof fig);
		x += ui_draw_text(ui, w, 2, x, 8, ws->repairs[p - 1] >= ws->target_repairs
		                  ? UI_ROLE_GOOD : UI_ROLE_TEXT, fig) + 2;
	}
	int all = ws->repairs[0] + ws->repairs[1];
	if (all > 0) {
		figure_of(&fs, ws->repairs_accepted, all, cols - 12, fig, sizeof fig);
		figure_share(&fs, ws->repairs_accepted, all, share, sizeof share);
		ui_draw_textf(ui, w, 3, 2, cols, UI_ROLE_TEXT, "Accepted: %s%s%s%s", fig,
		              share[0] ? " (" : "", share, share[0] ? ")" : "");
	} else {
		ui_draw_text(ui, w, 3, 2, cols, UI_ROLE_DIM, "No repairs this week yet");
	}
	ui_draw_today_list(ui, w, 4, getmaxy(w) - 2, ENTRY_REPAIR);
}

const struct ui_panel ui_repairs_panel = {
	.area = UI_AREA_REPAIRS,
	.history_kinds = ENTRY_MASK(ENTRY_REPAIR),
	.draw = repairs_draw,
};
