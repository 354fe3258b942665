/* ui_footer: the keys of the dashboard, or a short note after an action. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

struct footer_key {
	const char *key;
	const char *what;
};

/* Where the word starts with its key ("c" "check-in"), a narrow footer shows
 * only the word with its first letter as the key, so every key still fits
 * in 80 columns. */
static bool in_word(const struct footer_key *k, bool compact)
{
	return compact && k->key[0] == k->what[0] && k->key[1] == '\0';
}

static int pair_width(const struct footer_key *k, bool compact)
{
	int word = (int)strlen(k->what);
	return in_word(k, compact) ? word : (int)strlen(k->key) + 1 + word;
}

static int keys_width(const struct footer_key *keys, size_t n, bool compact, int gap)
{
	int w = 0;
	for (size_t i = 0; i < n; i++)
		w += pair_width(&keys[i], compact) + (i + 1 < n ? gap : 0);
	return w;
}

/* Draw the pairs from x, gap columns apart; stops before one that does not
 * fit before limit. */
static void footer_keys(struct ui *ui, WINDOW *w, int x, int limit,
                        const struct footer_key *keys, size_t n, bool compact, int gap)
{
	for (size_t i = 0; i < n; i++) {
		if (x + pair_width(&keys[i], compact) > limit)
			break;
		/* A click on the pair presses its key. */
		ui_ctx_clickable(ui, w, 0, x, pair_width(&keys[i], compact), (wint_t)keys[i].key[0],
		                 -1, -1);
		if (in_word(&keys[i], compact)) {
			x += ui_draw_text(ui, w, 0, x, 1, UI_ROLE_KEY, keys[i].key);
			x += ui_draw_text(ui, w, 0, x, limit - x, UI_ROLE_TEXT, keys[i].what + 1);
		} else {
			x += ui_draw_text(ui, w, 0, x, limit - x, UI_ROLE_KEY, keys[i].key);
			x += 1;
			x += ui_draw_text(ui, w, 0, x, limit - x, UI_ROLE_TEXT, keys[i].what);
		}
		x += gap;
	}
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
		/* Last: where 80 columns are too few (the discreet words), the
		 * guided evening's key is the one left out (it is in the help). */
		{ "e", "evening" },
	};
	const struct footer_key end[] = { { "?", "help" }, { "q", "quit" } };
	size_t n = sizeof(keys) / sizeof(keys[0]);
	/* A margin of one column at each side, at least two between groups. */
	bool compact = 1 + keys_width(keys, n, false, 1) + 2 + keys_width(end, 2, false, 1) + 1 > cols;
	int gap = compact ? 2 : 1;
	/* Narrower still (the compact layout): one column between pairs keeps
	 * every key on the line a little longer. */
	if (compact && 1 + keys_width(keys, n, true, 2) + 2 + keys_width(end, 2, true, 2) + 1 > cols)
		gap = 1;
	int end_w = keys_width(end, 2, compact, gap);
	footer_keys(ui, w, 1, cols - end_w - 2, keys, n, compact, gap);
	footer_keys(ui, w, cols - end_w - 1, cols - 1, end, 2, compact, gap);
}

const struct ui_panel ui_footer_panel = {
	.area = UI_AREA_FOOTER,
	.draw = footer_draw,
};
