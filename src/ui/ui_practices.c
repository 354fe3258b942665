/* ui_practices: the screen of the program's other practices, one tab
 * each. The tabs draw and take keys; this file draws the frame, the tab
 * line and the key line, and moves between tabs. */
#include "tend/ui_practices.h"

#include <string.h>

#include "tend/text.h"
#include "tend/ui_draw.h"

enum { KEY_ESC = 27 };

/* The tabs in the order the program meets them. Each practice adds its
 * line here and defines its tab in ui_tab_NAME.c. */
static const struct ui_tab *const tabs[] = {
	&ui_tab_pace,
	&ui_tab_objective,
	&ui_tab_task,
	&ui_tab_talk,
	&ui_tab_ritual,
	&ui_tab_window,
	&ui_tab_menu,
	&ui_tab_review,
	&ui_tab_moved,
	&ui_tab_wishes,
	NULL,
};
#define N_TABS ((int)(sizeof tabs / sizeof *tabs) - 1)

void ui_practices_open(struct ui *ui, const char *title)
{
	ui->practices_tab = 0;
	for (int i = 0; title && i < N_TABS; i++)
		if (strcmp(tabs[i]->title, title) == 0)
			ui->practices_tab = i;
	ui->msg[0] = '\0';
	ui->view = UI_VIEW_PRACTICES;
	ui_practices_reload(ui);
}

void ui_practices_reload(struct ui *ui)
{
	for (int i = 0; i < N_TABS; i++)
		if (tabs[i]->reload)
			tabs[i]->reload(ui);
}

void ui_practices_notes(struct ui *ui, char *buf, size_t size)
{
	const char *sep = ui->ascii ? " - " : " \u00b7 ";
	size_t used = 0;
	buf[0] = '\0';
	for (int i = 0; i < N_TABS && size > 0; i++) {
		char note[96] = "";
		if (tabs[i]->note)
			tabs[i]->note(ui, note, sizeof note);
		if (note[0] == '\0')
			continue;
		size_t need = strlen(note) + (used ? strlen(sep) : 0);
		if (used + need >= size)
			break; /* a note is shown whole or not at all */
		if (used)
			strcat(buf, sep);
		strcat(buf, note);
		used += need;
	}
}

/* A tab's name in the tab line: its neutral one in discreet mode. */
static const char *tab_title(const struct ui *ui, const struct ui_tab *t)
{
	return ui->app->cfg.discreet && t->discreet_title ? t->discreet_title : t->title;
}

/* The tab line: the titles, the current one marked; clicks pick a tab.
 * Two spaces apart when they all fit, else one; when even that is too
 * wide, the line starts late enough for the current tab to show, with a
 * mark saying there are more before it. */
static void draw_tab_line(struct ui *ui, WINDOW *w, int y)
{
	int room = getmaxx(w) - 4, gap = 2, total = 0;
	for (int i = 0; i < N_TABS; i++)
		total += text_width(tab_title(ui, tabs[i])) + (i ? gap : 0);
	if (total > room)
		gap = 1;
	int first = 0;
	for (;;) {
		int width = first > 0 ? 2 : 0;
		for (int i = first; i <= ui->practices_tab; i++)
			width += text_width(tab_title(ui, tabs[i])) + (i > first ? gap : 0);
		if (width <= room || first == ui->practices_tab)
			break;
		first++;
	}
	int x = 2;
	if (first > 0)
		x += ui_draw_text(ui, w, y, x, 2, UI_ROLE_DIM, ui->ascii ? "< " : "\u2039 ");
	for (int i = first; i < N_TABS && x < room + 2; i++) {
		bool on = i == ui->practices_tab;
		int used = ui_draw_text(ui, w, y, x, room + 2 - x, on ? UI_ROLE_KEY : UI_ROLE_DIM,
		                        tab_title(ui, tabs[i]));
		if (i < 9)
			ui_ctx_clickable(ui, w, y, x, used, L'1' + i, 0, 0);
		x += used + gap;
	}
}

static void practices_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	ui_draw_box(ui, w, "Our practices", true);
	int rows = getmaxy(w) - 2;
	if (N_TABS == 0) {
		ui_draw_text(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_TEXT, "Nothing here yet.");
		return;
	}
	const struct ui_tab *t = tabs[ui->practices_tab];
	draw_tab_line(ui, w, 1);
	/* The body: between the tab line (and a blank) and the key line. */
	if (rows > 4)
		t->draw(ui, w, 3, rows - 4);
	char keys[160];
	snprintf(keys, sizeof keys, "%s%s%s %s tabs   Esc back", t->keys ? t->keys : "",
	         t->keys ? "   " : "", ui_glyph(ui, UI_GLYPH_ARROW_L), ui_glyph(ui, UI_GLYPH_ARROW_R));
	ui_draw_text(ui, w, rows, 2, getmaxx(w) - 4, UI_ROLE_DIM, keys);
}

/* Keys every tab shares: Esc back, the arrows and digits between tabs. */
static enum ui_action practices_move(struct ui *ui, struct ui_key k)
{
	int to = ui->practices_tab;
	if (!k.fn && (k.ch == KEY_ESC || k.ch == L'q' || k.ch == L'o')) {
		ui->view = UI_VIEW_DASH;
		return UI_REDRAW;
	} else if (k.fn && k.ch == KEY_LEFT) {
		to--;
	} else if (k.fn && k.ch == KEY_RIGHT) {
		to++;
	} else if (!k.fn && k.ch >= L'1' && k.ch <= L'9') {
		to = (int)(k.ch - L'1');
	} else {
		return UI_NONE;
	}
	if (to >= 0 && to < N_TABS)
		ui->practices_tab = to;
	ui->msg[0] = '\0';
	return UI_REDRAW;
}

static enum ui_action practices_key(struct ui *ui, struct ui_key k)
{
	if (N_TABS > 0 && tabs[ui->practices_tab]->key) {
		enum ui_action act = tabs[ui->practices_tab]->key(ui, k);
		if (act != UI_NONE)
			return act;
	}
	return practices_move(ui, k);
}

const struct ui_view ui_practices_view = {
	.name = "practices",
	.draw = practices_draw,
	.key = practices_key,
};
