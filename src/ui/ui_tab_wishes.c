/* ui_tab_wishes: the Wishes tab of the practices screen. It says only who
 * has answered (never how), and opens the full-screen flow (ui_wishes.c)
 * for answering, seeing the overlap, a new passphrase or an erase. */
#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_practices.h"
#include "tend/ui_wishes.h"
#include "tend/wishes.h"

static void wishes_tab_reload(struct ui *ui)
{
	struct tend_err err = { 0 };
	if (wishes_sealed(ui->app->st, ui->wishes_sealed, &err) != TEND_OK)
		ui_ctx_message(ui, true, "Could not read the wish list: %s", err.msg);
}

static void wishes_tab_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	bool discreet = ui->app->cfg.discreet;
	int cols = getmaxx(w) - 4;
	const char *const intro[] = {
		discreet ? "A shared list: each of you answers alone, yes, maybe or no, sealed"
		         : "A list of things to share: each of you answers alone, yes, maybe or no,",
		discreet ? "with your own passphrase. Only what you both chose is ever shown."
		         : "sealed with your own passphrase. Only what you both wish for is ever",
		discreet ? "" : "shown; a no is never shown or counted.",
	};
	int line = 0;
	for (size_t i = 0; i < sizeof intro / sizeof *intro && line < rows; i++)
		if (intro[i][0])
			ui_draw_text(ui, w, y + line++, 2, cols, UI_ROLE_TEXT, intro[i]);
	line++;
	for (int p = 1; p <= 2 && line < rows; p++, line++) {
		int used = ui_draw_text(ui, w, y + line, 4, 24, p == 1 ? UI_ROLE_PARTNER1
		                        : UI_ROLE_PARTNER2, ui_ctx_name(ui, p));
		ui_draw_text(ui, w, y + line, 4 + (used < 16 ? 16 : used + 2), cols - 20,
		             ui->wishes_sealed[p - 1] ? UI_ROLE_GOOD : UI_ROLE_DIM,
		             ui->wishes_sealed[p - 1] ? "answered, sealed" : "not yet");
	}
	if (++line < rows)
		ui_draw_text(ui, w, y + line, 2, cols, UI_ROLE_DIM, "The one answering is alone "
		             "at the keyboard; the screen is cleared after.");
}

static enum ui_action wishes_tab_key(struct ui *ui, struct ui_key k)
{
	if (k.fn)
		return UI_NONE;
	switch (k.ch) {
	case L'a': ui_wishes_start(ui, UI_WISHES_ANSWER); return UI_REDRAW;
	case L's': ui_wishes_start(ui, UI_WISHES_SHOW); return UI_REDRAW;
	case L'p': ui_wishes_start(ui, UI_WISHES_REPASS); return UI_REDRAW;
	case L'x': ui_wishes_start(ui, UI_WISHES_ERASE); return UI_REDRAW;
	default: return UI_NONE;
	}
}

const struct ui_tab ui_tab_wishes = {
	.title = "Wishes",
	.discreet_title = "Lists",
	.draw = wishes_tab_draw,
	.key = wishes_tab_key,
	.keys = "a answer  s see together  p passphrase  x erase",
	.reload = wishes_tab_reload,
};
