/* ui_footer: the keys of the dashboard, or a short note after an action. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

struct footer_key {
	const char *key;
	const char *what;
};

/* Draw "k what" pairs from x; stops before a pair that does not fit. */
static int footer_keys(struct ui *ui, WINDOW *w, int x, int limit,
                       const struct footer_key *keys, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int need = (int)strlen(keys[i].key) + 1 + (int)strlen(keys[i].what);
		if (x + need > limit)
			break;
		x += ui_draw_text(ui, w, 0, x, limit - x, UI_ROLE_KEY, keys[i].key);
		x += 1;
		x += ui_draw_text(ui, w, 0, x, limit - x, UI_ROLE_TEXT, keys[i].what);
		x += 1;
	}
	return x;
}

static void footer_draw(struct ui *ui, WINDOW *w, bool focused)
{
	(void)focused;
	werase(w);
	int cols = getmaxx(w);
	if (ui->msg[0] != '\0' && time(NULL) < ui->msg_until) {
		ui_draw_text(ui, w, 0, 1, cols - 2, ui->msg_error ? UI_ROLE_ERROR : UI_ROLE_BANNER,
		             ui->msg);
		return;
	}
	const struct footer_key keys[] = {
		{ "c", "check-in" }, { "g", "gesture" }, { "r", "repair" },
		{ "t", ui->app->cfg.discreet ? "together" : "touch" }, { "x", "time-out" },
		{ "w", "week" }, { "u", "undo" }, { "p", "plan" },
	};
	const struct footer_key end[] = { { "?", "help" }, { "q", "quit" } };
	int end_w = 13;
	footer_keys(ui, w, 1, cols - end_w, keys, sizeof(keys) / sizeof(keys[0]));
	footer_keys(ui, w, cols - end_w, cols, end, 2);
}

const struct ui_panel ui_footer_panel = {
	.area = UI_AREA_FOOTER,
	.draw = footer_draw,
};
