/* ui_history: a scrolling list of past entries. Enter changes the selected
 * one through its form; d deletes it after a question; u undoes. */
#include "tend/ui_history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tend/menu.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_forms.h"

/* Entries are read a page at a time, newest first, as the list is
 * scrolled: opening it costs the same in year 30 as in year 1. */
enum { KEY_ESC = 27, HISTORY_PAGE = 200 };

/* Read the next page after what is loaded; false when it failed. */
static bool history_read_page(struct ui *ui)
{
	struct ui_history *h = &ui->hist;
	struct tend_err err = { 0 };
	size_t had = h->list.n;
	const struct entry *last = had ? &h->list.v[had - 1] : NULL;
	struct entry after = { 0 };
	if (last && !entry_copy(&after, last))
		ui_oom();
	int rc = store_page(ui->app->st, h->kinds, last ? &after : NULL, HISTORY_PAGE,
	                    &h->list, &err);
	entry_clear(&after);
	if (rc != TEND_OK) {
		ui_ctx_message(ui, true, "Could not read the history: %s", err.msg);
		h->more = false;
		return false;
	}
	h->more = h->list.n - had == HISTORY_PAGE;
	return true;
}

/* Have entries up to line i loaded (all of them for i < 0). */
static void history_need(struct ui *ui, int i)
{
	struct ui_history *h = &ui->hist;
	while (h->more && (i < 0 || (size_t)i >= h->list.n))
		if (!history_read_page(ui))
			return;
}

void ui_history_reload(struct ui *ui)
{
	struct ui_history *h = &ui->hist;
	/* As many lines as were there, read again from the newest. */
	int keep = (int)h->list.n;
	entry_list_free(&h->list);
	h->more = true;
	history_need(ui, keep > 0 ? keep - 1 : 0);
	if (h->sel >= (int)h->list.n)
		h->sel = h->list.n > 0 ? (int)h->list.n - 1 : 0;
	ui->dirty = true;
}

void ui_history_open(struct ui *ui, unsigned kinds, const char *title)
{
	struct ui_history *h = &ui->hist;
	entry_list_free(&h->list);
	memset(h, 0, sizeof(*h));
	h->kinds = kinds;
	snprintf(h->title, sizeof(h->title), "%s", title);
	ui->view = UI_VIEW_HISTORY;
	ui_history_reload(ui);
}

/* The entry on line i of the list (newest first), read when needed. */
static struct entry *history_at(struct ui *ui, int i)
{
	struct entry_list *l = &ui->hist.list;
	if (i >= 0)
		history_need(ui, i);
	if (i < 0 || (size_t)i >= l->n)
		return NULL;
	return &l->v[i];
}

static void clock_of(int64_t t, char *buf, size_t size)
{
	time_t tt = (time_t)t;
	struct tm tm;
	localtime_r(&tt, &tm);
	snprintf(buf, size, "%02d:%02d", tm.tm_hour, tm.tm_min);
}

static void describe_timeout(const struct entry *e, char *buf, size_t size)
{
	char at[8], back[8];
	clock_of(e->called_at, at, sizeof(at));
	if (e->returned_at) {
		clock_of(e->returned_at, back, sizeof(back));
		snprintf(buf, size, "\"%s\" at %s, back at %s", e->text ? e->text : "", at, back);
	} else if (e->scheduled_at) {
		clock_of(e->scheduled_at, back, sizeof(back));
		snprintf(buf, size, "\"%s\" at %s, return planned %s", e->text ? e->text : "", at, back);
	} else {
		snprintf(buf, size, "\"%s\" at %s", e->text ? e->text : "", at);
	}
}

void ui_history_describe(const struct ui *ui, const struct entry *e, char *buf, size_t size)
{
	const char *text = e->text ? e->text : "";
	const char *sep = text[0] ? ": " : "";
	switch (e->kind) {
	case ENTRY_CHECKIN:
		snprintf(buf, size, "mood %d, stress %d%s%s", e->mood, e->stress, sep, text);
		break;
	case ENTRY_GESTURE:
		snprintf(buf, size, "%s%s%s", text[0] ? text : "(no words)",
		         e->bid ? ", bid turned " : "", e->bid ? entry_bid_name(e->bid) : "");
		break;
	case ENTRY_REPAIR:
		snprintf(buf, size, "%s (%s)", text[0] ? text : "(no words)",
		         e->accepted ? "accepted" : "not accepted yet");
		break;
	case ENTRY_TOUCH:
	{
		/* No minutes is a time nobody noted, never a session of "0 min". */
		char mins[24] = "time not noted";
		if (e->minutes > 0)
			snprintf(mins, sizeof(mins), "%d min", e->minutes);
		/* The list that fitted the evening; its item only when not discreet. */
		bool d = ui->app->cfg.discreet;
		char tier[80] = "";
		if (e->tier)
			snprintf(tier, sizeof(tier), ", %s%s%s", menu_tier_name(e->tier, d),
			         e->item && !d ? ": " : "", e->item && !d ? e->item : "");
		snprintf(buf, size, "%s, %s, %s%s%s%s", ui_stage_name_short(ui, e->stage), mins,
		         e->light ? entry_light_name(e->light) : "no light", tier, sep, text);
		break;
	}
	case ENTRY_TIMEOUT: describe_timeout(e, buf, size); break;
	default: buf[0] = '\0'; break;
	}
}

static void history_line(struct ui *ui, WINDOW *w, int y, const struct entry *e, bool sel)
{
	int cols = getmaxx(w) - 4;
	char date[16], what[700];
	day_format_column(e->day, date);
	if (sel) {
		wattr_on(w, ui_attr(ui, UI_ROLE_FOCUS), NULL);
		mvwhline(w, y, 1, ' ', getmaxx(w) - 2);
		wattr_off(w, ui_attr(ui, UI_ROLE_FOCUS), NULL);
	}
	int x = 2;
	x += ui_draw_text(ui, w, y, x, 11, sel ? UI_ROLE_FOCUS : UI_ROLE_DIM, date) + 1;
	/* Names in one column, as wide as the wider name on screen. */
	int nw = ui_draw_name_width(ui, 20, 0);
	ui_draw_text(ui, w, y, x, nw, ui_color_partner(e->partner), ui_ctx_name(ui, e->partner));
	x += nw + 1;
	if (ui->hist.kinds != ENTRY_MASK(e->kind))
		x += ui_draw_text(ui, w, y, x, 14, UI_ROLE_TITLE, ui_ctx_kind_label(ui, e->kind)) + 1;
	ui_history_describe(ui, e, what, sizeof(what));
	ui_draw_text(ui, w, y, x, cols + 2 - x, sel ? UI_ROLE_FOCUS : UI_ROLE_TEXT, what);
}

static void history_draw(struct ui *ui)
{
	struct ui_history *h = &ui->hist;
	WINDOW *w = ui->full;
	char title[96];
	/* The number is known once every page is read (counting a long
	 * history would cost what paging saves). */
	if (h->more)
		snprintf(title, sizeof(title), "%s, newest first", h->title);
	else
		snprintf(title, sizeof(title), "%s: %zu entr%s", h->title, h->list.n,
		         h->list.n == 1 ? "y" : "ies");
	ui_draw_box(ui, w, title, true);
	int rows = getmaxy(w) - 4;
	if (rows < 1)
		return;
	if (h->sel < h->top)
		h->top = h->sel;
	if (h->sel >= h->top + rows)
		h->top = h->sel - rows + 1;
	if (h->list.n == 0)
		ui_draw_text(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_DIM, "Nothing here yet.");
	for (int i = 0; i < rows; i++) {
		const struct entry *e = history_at(ui, h->top + i);
		if (e != NULL)
			history_line(ui, w, 1 + i, e, h->top + i == h->sel);
	}
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, getmaxx(w) - 4, UI_ROLE_DIM,
	             "Enter change   d delete   u undo   arrows move   Esc back");
}

static void history_delete_yes(struct ui *ui)
{
	struct tend_err err = { 0 };
	enum entry_kind kind = ui->confirm.kind;
	int64_t id = ui->confirm.id;
	struct entry *e = NULL;
	for (size_t i = 0; i < ui->hist.list.n; i++)
		if (ui->hist.list.v[i].kind == kind && ui->hist.list.v[i].id == id)
			e = &ui->hist.list.v[i];
	if (e == NULL || ui_ctx_delete(ui, e, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "Not deleted: %s", e ? err.msg : "it is gone already");
		return;
	}
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push(ui, UI_UNDO_DELETED, e, NULL);
	/* Erased for good when this dashboard quits, also from the automatic
	 * backups; a damaged database's copy keeps what it held, and says so. */
	char *dir = store_backup_dir(ui->app->st);
	int damaged = dir ? store_backup_count_damaged(dir) : 0;
	free(dir);
	if (damaged > 0)
		ui_ctx_message(ui, false, "Deleted the %s (u undoes); a damaged copy in backups/ "
		               "still has it.", ui_ctx_kind_label(ui, kind));
	else
		ui_ctx_message(ui, false, "Deleted the %s. Press u to bring it back.",
		               ui_ctx_kind_label(ui, kind));
	ui_ctx_refresh(ui);
}

/* ' "the words"', cut to a few characters so the question fits its box;
 * empty when there are none. */
static void quote_cut(const struct ui *ui, const char *text, char *buf, size_t size)
{
	enum { MOST = 20 };
	buf[0] = '\0';
	if (text == NULL || text[0] == '\0')
		return;
	char *safe = text_safe(text, ui->ascii);
	if (safe == NULL)
		ui_oom();
	size_t cut = 0;
	int chars = 0;
	while (safe[cut] != '\0' && chars < MOST) {
		cut++;
		while (((unsigned char)safe[cut] & 0xC0) == 0x80)
			cut++;
		chars++;
	}
	bool more = safe[cut] != '\0';
	snprintf(buf, size, " \"%.*s%s\"", (int)cut, safe, more ? (ui->ascii ? "..." : "…") : "");
	free(safe);
}

static void history_delete(struct ui *ui)
{
	const struct entry *e = history_at(ui, ui->hist.sel);
	if (e == NULL)
		return;
	char q[200], date[16], words[64];
	day_format_short(e->day, date);
	quote_cut(ui, e->text, words, sizeof(words));
	snprintf(q, sizeof(q), "Delete %s's %s%s on %s?", ui_ctx_name(ui, e->partner),
	         ui_ctx_kind_label(ui, e->kind), words, date);
	ui->confirm.kind = e->kind;
	ui->confirm.id = e->id;
	ui_confirm_open(ui, q, history_delete_yes);
}

static bool key_is_enter(struct ui_key k)
{
	return (k.fn && k.ch == KEY_ENTER) || (!k.fn && (k.ch == L'\n' || k.ch == L'\r'));
}

/* Arrow and page keys; false when k is not one of them. */
static bool history_move(struct ui *ui, struct ui_key k)
{
	struct ui_history *h = &ui->hist;
	int page = getmaxy(ui->full) - 4;
	if (!k.fn)
		return false;
	switch (k.ch) {
	case KEY_UP: h->sel--; break;
	case KEY_DOWN: h->sel++; break;
	case KEY_PPAGE: h->sel -= page; break;
	case KEY_NPAGE: h->sel += page; break;
	case KEY_HOME: h->sel = 0; break;
	case KEY_END: history_need(ui, -1); h->sel = (int)h->list.n - 1; break;
	default: return false;
	}
	return true;
}

static enum ui_action history_key(struct ui *ui, struct ui_key k)
{
	struct ui_history *h = &ui->hist;
	if (history_move(ui, k)) {
		history_need(ui, h->sel); /* the line moved to, when it is not read yet */
	} else if (key_is_enter(k) || (!k.fn && k.ch == L'e')) {
		if (history_at(ui, h->sel) != NULL)
			ui_forms_edit(ui, history_at(ui, h->sel));
	} else if ((!k.fn && k.ch == L'd') || (k.fn && k.ch == KEY_DC)) {
		history_delete(ui);
	} else if (!k.fn && k.ch == L'u') {
		ui_ctx_undo(ui);
	} else if (!k.fn && (k.ch == KEY_ESC || k.ch == L'q' || k.ch == L'h')) {
		ui->view = UI_VIEW_DASH;
	} else {
		return UI_NONE;
	}
	if (h->sel >= (int)h->list.n)
		h->sel = (int)h->list.n - 1;
	if (h->sel < 0)
		h->sel = 0;
	return UI_REDRAW;
}

const struct ui_view ui_history_view = {
	.name = "history",
	.draw = history_draw,
	.key = history_key,
};
