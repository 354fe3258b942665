/* ui_support: the help screen. Its words come from the core (support.c,
 * moved.c), the same as `tend support` prints; this file only draws them,
 * the couple's contacts through ui_draw_text like all user text. */
#include "tend/ui_support.h"

#include <stdio.h>
#include <string.h>

#include "tend/support.h"
#include "tend/ui_draw.h"
#include "tend/ui_practices.h"

enum { KEY_ESC = 27 };

/* Lines of the help: what moved (a line and a blank) when there is
 * something to say, then the core's words. */
struct support_screen {
	struct support_line v[SUPPORT_LINES_MAX + 2];
	size_t n;
	char moved[256];
};

/* One row on screen: a piece of a paragraph, wrapped to the window. */
struct screen_row {
	const struct support_line *line;
	struct support_row at;
};
enum { ROWS_MAX = 8 * (SUPPORT_LINES_MAX + 2) };

static void screen_fill(const struct ui *ui, struct support_screen *s)
{
	s->n = 0;
	moved_line(&ui->moved, ui->app->cfg.discreet, s->moved, sizeof s->moved);
	if (s->moved[0]) {
		s->v[s->n++] = (struct support_line){ SUPPORT_HEADING, NULL, s->moved, 0 };
		s->v[s->n++] = (struct support_line){ SUPPORT_BLANK, NULL, "", 0 };
	}
	s->n += support_lines(&ui->app->cfg, s->v + s->n, SUPPORT_LINES_MAX);
}

/* The paragraphs wrapped to cols columns by the core's rule (a contact
 * stays on one row, cut there if it must be), so a narrow window loses no
 * word of the help. Returns the number of rows. */
static int screen_wrap(const struct support_screen *s, int cols, struct screen_row *rows)
{
	int n = 0;
	for (size_t i = 0; i < s->n && n < ROWS_MAX; i++) {
		const struct support_line *l = &s->v[i];
		struct support_row pieces[32];
		int k = 1;
		if (l->kind == SUPPORT_CONTACT)
			pieces[0] = (struct support_row){ 0, (int)strlen(l->text), 0 };
		else
			k = support_wrap(l->text, cols, l->indent, pieces, 32);
		for (int j = 0; j < k && n < ROWS_MAX; j++)
			rows[n++] = (struct screen_row){ l, pieces[j] };
	}
	return n;
}

static int support_room(const struct ui *ui)
{
	int room = getmaxy(ui->full) - 4;
	return room < 1 ? 1 : room;
}

static enum ui_role line_role(enum support_kind kind)
{
	switch (kind) {
	case SUPPORT_HEADING: return UI_ROLE_TITLE;
	case SUPPORT_SAFETY: return UI_ROLE_BANNER;
	default: return UI_ROLE_TEXT;
	}
}

static void support_keys(struct ui *ui, WINDOW *w, int most)
{
	char keys[128];
	snprintf(keys, sizeof keys, "%s%sEsc back",
	         most > 0 ? (ui->support_top < most ? "Down: more   " : "Up: back to the top   ") : "",
	         ui->moved.suggest_help ? "d put the note aside   " : "");
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, getmaxx(w) - 4, UI_ROLE_DIM, keys);
}

static void support_row_draw(struct ui *ui, WINDOW *w, int y, int cols,
                             const struct screen_row *r)
{
	const struct support_line *l = r->line;
	if (l->kind == SUPPORT_CONTACT) {
		int x = 2 + ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, l->label) + 1;
		ui_draw_text(ui, w, y, x, cols + 2 - x, UI_ROLE_TEXT, l->text);
		return;
	}
	char piece[512];
	snprintf(piece, sizeof piece, "%.*s", r->at.len, l->text + r->at.from);
	ui_draw_text(ui, w, y, 2 + r->at.indent, cols - r->at.indent, line_role(l->kind), piece);
}

static void support_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	struct support_screen s;
	struct screen_row rows[ROWS_MAX];
	screen_fill(ui, &s);
	ui_draw_box(ui, w, ui->app->cfg.discreet ? "Notes" : "Support", true);
	int cols = getmaxx(w) - 4, room = support_room(ui);
	int n = screen_wrap(&s, cols > 10 ? cols : 10, rows);
	int most = n > room ? n - room : 0;
	if (ui->support_top > most)
		ui->support_top = most;
	if (ui->support_top < 0)
		ui->support_top = 0;
	for (int i = ui->support_top, y = 1; i < n && y <= room; i++, y++)
		support_row_draw(ui, w, y, cols, &rows[i]);
	support_keys(ui, w, most);
}

void ui_support_open(struct ui *ui)
{
	ui->msg[0] = '\0';
	ui->support_top = 0;
	ui->view = UI_VIEW_SUPPORT;
}

void ui_support_numbers(struct ui *ui)
{
	ui->numbers = !ui->numbers;
	ui_ctx_message(ui, false, "%s", ui->numbers ? "Numbers shown." :
	               "Marks instead of numbers, for this session (n brings them back).");
}

static int support_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	return store_support_undismiss(ui->app->st, u->id, err);
}

static void support_undone(const struct ui *ui, const struct ui_undo *u, char *buf,
                           size_t size)
{
	(void)ui;
	(void)u;
	snprintf(buf, size, "Undone: the note is back.");
}

static const struct ui_undo_practice support_undo_kind = {
	.undo = support_undo,
	.done = support_undone,
};

void ui_support_dismiss(struct ui *ui)
{
	if (!ui->moved.suggest_help)
		return;
	struct tend_err err = { 0 };
	struct ui_undo u = { .practice = &support_undo_kind };
	if (store_support_dismiss(ui->app->st, ui->app->today, &u.id, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "Could not put the note aside: %s", err.msg);
		return;
	}
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "Put aside for three weeks; u brings it back.");
}

static enum ui_action support_key(struct ui *ui, struct ui_key k)
{
	if (!k.fn && (k.ch == KEY_ESC || k.ch == L'h' || k.ch == L'q' || k.ch == L'\n')) {
		ui->view = UI_VIEW_DASH;
		ui->support_top = 0;
		return UI_REDRAW;
	}
	if (!k.fn && k.ch == L'd') {
		ui_support_dismiss(ui);
		return UI_REDRAW;
	}
	int page = support_room(ui);
	switch (k.fn ? k.ch : 0) {
	case KEY_DOWN: ui->support_top++; break;
	case KEY_UP: ui->support_top--; break;
	case KEY_NPAGE: ui->support_top += page; break;
	case KEY_PPAGE: ui->support_top -= page; break;
	case KEY_HOME: ui->support_top = 0; break;
	case KEY_END: ui->support_top = ROWS_MAX; break;
	default: return UI_NONE;
	}
	return UI_REDRAW; /* the draw keeps support_top in range */
}

const struct ui_view ui_support_view = {
	.name = "support",
	.draw = support_draw,
	.key = support_key,
};
