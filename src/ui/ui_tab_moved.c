/* ui_tab_moved: the "What moved" tab of the practices screen: the three
 * signs against the first two weeks, in words, and the note on the
 * dashboard's second line. The rule is the core's (moved.c). */
#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_practices.h"
#include "tend/ui_support.h"

static void moved_reload(struct ui *ui)
{
	struct tend_err err = { 0 };
	/* The first two weeks as they were lived: a later pause does not
	 * move them. */
	if (moved_load(ui->app->st, app_plan_date(ui->app, 1), ui->app->today, &ui->moved,
	               &err) != TEND_OK)
		ui_ctx_message(ui, true, "Could not read what moved: %s", err.msg);
}

static void moved_row(struct ui *ui, WINDOW *w, int y, const char *what, bool moved,
                      const char *word)
{
	ui_draw_text(ui, w, y, 4, 28, UI_ROLE_TEXT, what);
	ui_draw_text(ui, w, y, 32, getmaxx(w) - 34, moved ? UI_ROLE_GOOD : UI_ROLE_DIM,
	             moved ? word : "about the same");
}

static void moved_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	const struct moved *m = &ui->moved;
	int cols = getmaxx(w) - 4;
	if (rows < 1)
		return;
	if (!m->shown) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TEXT,
		             "From week 3, this shows what has moved since your first two weeks.");
		return;
	}
	ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, "Compared with your first two weeks");
	if (rows >= 4) {
		moved_row(ui, w, y + 1, "Time-outs a week", m->fewer_timeouts, "fewer");
		moved_row(ui, w, y + 2, "Moods at the check-in", m->moods_higher, "higher");
		moved_row(ui, w, y + 3, "Repairs a week", m->more_repairs, "more");
	}
	char line[160];
	moved_line(m, ui->app->cfg.discreet, line, sizeof line);
	if (rows >= 6 && line[0])
		ui_draw_text(ui, w, y + 5, 2, cols, m->suggest_help ? UI_ROLE_BANNER : UI_ROLE_TEXT,
		             line);
	if (rows >= 8)
		ui_draw_text(ui, w, y + 7, 2, cols, UI_ROLE_DIM,
		             "A red light never counts here: stopping is the safety tool working.");
}

static enum ui_action moved_key(struct ui *ui, struct ui_key k)
{
	if (k.fn)
		return UI_NONE;
	if (k.ch == L'd' && ui->moved.suggest_help) {
		ui_support_dismiss(ui);
		return UI_REDRAW;
	}
	if (k.ch == L'h') {
		ui_support_open(ui);
		return UI_REDRAW;
	}
	return UI_NONE;
}

static void moved_note_cb(struct ui *ui, char *buf, size_t size)
{
	moved_note(&ui->moved, ui->app->cfg.discreet, buf, size);
}

const struct ui_tab ui_tab_moved = {
	.title = "What moved",
	.short_title = "Moved",
	.draw = moved_draw,
	.key = moved_key,
	.keys = "h help   d put a note aside",
	.reload = moved_reload,
	.note = moved_note_cb,
};
