/* ui_practices: the screen of the program's other practices, one tab
 * each. The tabs draw and take keys; this file draws the frame, the tab
 * line and the key line, and moves between tabs. */
#include "tend/ui_practices.h"

#include <stdio.h>
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

enum { NOTE_MAX = 96 };

/* Today's note of each tab that has one, in the tabs' order; returns how
 * many. */
static int collect_notes(struct ui *ui, char notes[][NOTE_MAX])
{
	int n = 0;
	for (int i = 0; i < N_TABS; i++) {
		notes[n][0] = '\0';
		if (tabs[i]->note)
			tabs[i]->note(ui, notes[n], NOTE_MAX);
		if (notes[n][0] != '\0')
			n++;
	}
	return n;
}

/* Between two notes on the line. */
static const char *note_sep(const struct ui *ui)
{
	return ui->ascii ? " - " : " \u00b7 ";
}

/* The word for the notes left out: " · +2 more: o" after others, "3 notes:
 * o" when none fit ('o' opens the practices screen, where each tab has its
 * own). */
static void more_text(const struct ui *ui, int left, bool after, char *buf, size_t size)
{
	buf[0] = '\0';
	if (left > 0 && after)
		snprintf(buf, size, "%s+%d more: o", note_sep(ui), left);
	else if (left > 0)
		snprintf(buf, size, "%d note%s: o", left, left == 1 ? "" : "s");
}

/* The columns the first k of n notes take, with the word for the rest;
 * -1 when they would not fit the buffer. */
static int notes_width(const struct ui *ui, const char notes[][NOTE_MAX], int k, int n)
{
	const char *sep = note_sep(ui);
	int width = 0;
	size_t len = 0;
	for (int i = 0; i < k; i++) {
		width += text_width(notes[i]) + (i ? text_width(sep) : 0);
		len += strlen(notes[i]) + (i ? strlen(sep) : 0);
	}
	if (len >= sizeof ((struct ui_notes *)0)->text)
		return -1;
	char more[sizeof ((struct ui_notes *)0)->more];
	more_text(ui, n - k, k > 0, more, sizeof more);
	return width + text_width(more);
}

void ui_practices_notes(struct ui *ui, int cols, struct ui_notes *out)
{
	char notes[N_TABS + 1][NOTE_MAX];
	int n = collect_notes(ui, notes);
	out->text[0] = out->more[0] = '\0';
	out->width = 0;
	/* The most notes that fit whole, the rest counted; nothing when even
	 * the count does not fit. */
	int k = n, width = -1;
	for (; k >= 0; k--) {
		width = notes_width(ui, notes, k, n);
		if (width >= 0 && width <= cols)
			break;
	}
	if (k < 0 || n == 0)
		return;
	for (int i = 0; i < k; i++) {
		if (i)
			strcat(out->text, note_sep(ui));
		strcat(out->text, notes[i]);
	}
	more_text(ui, n - k, k > 0, out->more, sizeof out->more);
	out->width = width;
}

/* A tab's name: its neutral one in discreet mode (short already), else
 * its short one when the tab line asks for it and it has one. */
static const char *tab_name(const struct ui *ui, const struct ui_tab *t, bool brief)
{
	if (ui->app->cfg.discreet && t->discreet_title)
		return t->discreet_title;
	return brief && t->short_title ? t->short_title : t->title;
}

/* The columns of the whole tab line with these names and gaps. */
static int tab_line_width(const struct ui *ui, bool brief, int gap)
{
	int total = 0;
	for (int i = 0; i < N_TABS; i++)
		total += text_width(tab_name(ui, tabs[i], brief)) + (i ? gap : 0);
	return total;
}

/* How the tab line fits room: the full names two spaces apart, else one
 * apart, else the short names two and then one apart (and when even these
 * are too wide, the line scrolls). */
static bool tab_line_fit(const struct ui *ui, int room, int *gap)
{
	for (int brief = 0; brief < 2; brief++)
		for (*gap = 2; *gap >= 1; (*gap)--)
			if (tab_line_width(ui, brief, *gap) <= room)
				return brief;
	*gap = 1;
	return true;
}

/* The tab line (names and gap from tab_line_fit): the names, the current
 * one marked; clicks pick a tab. When even the short names are too wide,
 * the line starts late enough for the current tab to show, with a mark
 * saying there are more before it. */
static void draw_tab_line(struct ui *ui, WINDOW *w, int y, bool brief, int gap)
{
	int room = getmaxx(w) - 4, first = 0;
	for (;;) {
		int width = first > 0 ? 2 : 0;
		for (int i = first; i <= ui->practices_tab; i++)
			width += text_width(tab_name(ui, tabs[i], brief)) + (i > first ? gap : 0);
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
		                        tab_name(ui, tabs[i], brief));
		if (i < 9)
			ui_ctx_clickable(ui, w, y, x, used, L'1' + i, 0, 0);
		x += used + gap;
	}
}

static void practices_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	int rows = getmaxy(w) - 2, gap = 1;
	bool brief = N_TABS > 0 && tab_line_fit(ui, getmaxx(w) - 4, &gap);
	/* With the short names on the tab line, the frame names the current
	 * tab in full. */
	char title[128] = "Our practices";
	if (brief)
		snprintf(title, sizeof title, "Our practices%s%s", note_sep(ui),
		         tab_name(ui, tabs[ui->practices_tab], false));
	ui_draw_box(ui, w, title, true);
	if (N_TABS == 0) {
		ui_draw_text(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_TEXT, "Nothing here yet.");
		return;
	}
	const struct ui_tab *t = tabs[ui->practices_tab];
	draw_tab_line(ui, w, 1, brief, gap);
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
