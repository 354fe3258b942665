/* ui_checkin: today's check-in of each partner (mood, stress, gratitude) or
 * "not yet", earlier days when there is room, and the week's count. */
#include <stdio.h>
#include <string.h>

#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

/* Today's check-in entry of a partner, NULL when there is none. */
static const struct entry *checkin_find(const struct ui *ui, int partner, tend_day day)
{
	for (size_t i = 0; i < ui->entries.n; i++) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind == ENTRY_CHECKIN && e->day == day && e->partner == partner)
			return e;
	}
	return NULL;
}

static int name_width(const struct ui *ui)
{
	int w = 0;
	for (int p = 1; p <= 2; p++) {
		int n = text_width(ui_ctx_name(ui, p));
		w = n > w ? n : w;
	}
	return w > 10 ? 10 : w;
}

/* Two lines for a partner: the numbers, then the gratitude. */
static int checkin_partner(struct ui *ui, WINDOW *w, int y, int partner, int nw)
{
	int cols = getmaxx(w) - 4;
	ui_draw_text(ui, w, y, 2, nw, ui_color_partner(partner), ui_ctx_name(ui, partner));
	int x = 2 + nw + 2;
	const struct entry *e = checkin_find(ui, partner, ui->app->today);
	if (e == NULL) {
		/* A paused day asks nothing; logging stays open all the same. */
		bool paused = pace_paused_on(&ui->app->pace, ui->app->today);
		ui_draw_text(ui, w, y, x, cols - x + 2, UI_ROLE_DIM, paused ? "paused" : "not yet");
		return 1;
	}
	ui_draw_textf(ui, w, y, x, cols - x + 2, UI_ROLE_TEXT, "mood %d  stress %d", e->mood, e->stress);
	if (e->text == NULL || e->text[0] == '\0')
		return 1;
	char buf[512];
	/* Straight quotes, as everywhere on screen. */
	snprintf(buf, sizeof(buf), "\"%s\"", e->text);
	ui_draw_text(ui, w, y + 1, x, cols - x + 2, UI_ROLE_TEXT, buf);
	return 2;
}

/* One line per earlier day: "Sun 22 Nov  4/2  3/3". */
static void checkin_earlier(struct ui *ui, WINDOW *w, int y, int last, int nw)
{
	if (y + 1 > last)
		return;
	int room = getmaxx(w) - 2 - (2 + 11);
	nw = ui_draw_name_width(ui, room, 1 + 3 + 2) < nw ? ui_draw_name_width(ui, room, 1 + 3 + 2) : nw;
	/* Days before day 1 had nothing to log: the list stops there. */
	tend_day first = app_plan_date(ui->app, 1);
	if (first == DAY_INVALID || first < ui->load_from)
		first = ui->load_from;
	if (ui->app->today - 1 < first)
		return;
	ui_draw_text(ui, w, y++, 2, getmaxx(w) - 4, UI_ROLE_TITLE, "Earlier (mood/stress)");
	for (tend_day d = ui->app->today - 1; y <= last && d >= first; d--, y++) {
		char date[16];
		day_format_column(d, date);
		int x = 2 + ui_draw_text(ui, w, y, 2, 11, UI_ROLE_DIM, date) + 1;
		for (int p = 1; p <= 2; p++) {
			const struct entry *e = checkin_find(ui, p, d);
			x += ui_draw_text(ui, w, y, x, nw, ui_color_partner(p), ui_ctx_name(ui, p)) + 1;
			if (e != NULL)
				x += ui_draw_textf(ui, w, y, x, 5, UI_ROLE_TEXT, "%d/%d", e->mood, e->stress);
			else
				x += ui_draw_text(ui, w, y, x, 5, UI_ROLE_DIM, "-");
			x += 2;
		}
	}
}

static void checkin_draw(struct ui *ui, WINDOW *w, bool focused)
{
	ui_draw_box(ui, w, "Check-in", focused);
	int last = getmaxy(w) - 2;
	int nw = name_width(ui);
	int y = 1;
	y += checkin_partner(ui, w, y, 1, nw);
	y += checkin_partner(ui, w, y, 2, nw);
	int streak = stats_checkin_streak(&ui->entries, ui->app->today);
	char buf[96], fig[48], run[32];
	struct figure_style fs = ui_figures(ui);
	figure_of(&fs, ui->week.checkin_days_both, ui->week.days_counted, 7, fig, sizeof fig);
	figure_streak(&fs, streak, run, sizeof run);
	snprintf(buf, sizeof(buf), "This week %s%s", fig, run);
	ui_draw_text(ui, w, last, 2, getmaxx(w) - 4,
	             ui->week.checkin_days_both > 0 ? UI_ROLE_GOOD : UI_ROLE_TEXT, buf);
	if (ui->lay.checkin_days > 1)
		checkin_earlier(ui, w, y + 1, last - 1, nw);
}

const struct ui_panel ui_checkin_panel = {
	.area = UI_AREA_CHECKIN,
	.history_kinds = ENTRY_MASK(ENTRY_CHECKIN),
	.draw = checkin_draw,
};
