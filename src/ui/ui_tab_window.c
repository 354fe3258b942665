/* ui_tab_window: the "Windows" tab: the couple's two weekly open windows
 * (1 or 2 opens a window's form; an empty day leaves it unset; undoable
 * with u) and their coded invitations (i). The rules are window.c's and
 * rules.c's; nothing here records what happened in a window. */
#include "tend/ui_tab_window.h"

#include <stdio.h>
#include <string.h>

#include "tend/rules.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"
#include "tend/window.h"

/* The undo codes: take a window away, or bring one back; what holds the
 * code times ten plus the slot. */
enum { WIN_REMOVE = 1, WIN_RESTORE = 2 };

static void windows_reload(struct ui *ui)
{
	struct tend_err err = { 0 };
	if (!ui->app->st || store_window_load(ui->app->st, ui->windows, &err) != TEND_OK)
		memset(ui->windows, 0, sizeof ui->windows);
}

/* "Open window", "Open windows" or "Open time". */
static void label(const struct ui *ui, bool plural, char *buf, size_t size)
{
	snprintf(buf, size, "%s", window_noun(ui->app->cfg.discreet, plural));
	buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* ---- undo ---------------------------------------------------------------- */

static int window_undo_one(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	int rc = store_window_delete(ui->app->st, u->id, u->uid, u->what / 10 == WIN_REMOVE,
	                             err);
	if (rc == TEND_OK)
		windows_reload(ui);
	return rc;
}

static void window_undo_done(const struct ui *ui, const struct ui_undo *u, char *buf,
                             size_t size)
{
	(void)ui;
	snprintf(buf, size, "Undone: window %d is as it was.", u->what % 10);
}

static const struct ui_undo_practice window_undo_ops = {
	.undo = window_undo_one,
	.done = window_undo_done,
};

/* One change (a set or a clear) as one undo step: the window it removed
 * comes back after the one it added goes. */
static void window_remember(struct ui *ui, const struct window_change *c)
{
	ui_ctx_undo_group(ui);
	if (c->old_id) {
		struct ui_undo u = { .practice = &window_undo_ops, .id = c->old_id,
		                     .uid = c->old_uid, .what = WIN_RESTORE * 10 + c->slot };
		ui_ctx_undo_push_practice(ui, &u);
	}
	if (c->new_id) {
		struct ui_undo u = { .practice = &window_undo_ops, .id = c->new_id,
		                     .uid = c->new_uid, .what = WIN_REMOVE * 10 + c->slot };
		ui_ctx_undo_push_practice(ui, &u);
	}
}

/* ---- the window's form ------------------------------------------------------ */

static bool window_save(struct ui *ui, struct ui_form *f, int slot)
{
	struct tend_err err = { 0 };
	struct window_change c;
	int wd, at = 0, minutes = 0;
	bool clear = ui_field_empty(&f->field[1]);

	/* The form's own checks first: they clear the errors set below. */
	if (!ui_form_check(f))
		return false;
	if (!clear && !window_parse_weekday(f->field[1].text, &wd)) {
		ui_field_error(&f->field[1], "a weekday: mon to sun");
		f->cur = 1;
		return false;
	}
	if (!clear && !day_parse_hhmm(f->field[2].text, &at)) {
		ui_field_error(&f->field[2], "HH:MM, like 20:30");
		f->cur = 2;
		return false;
	}
	if (!clear && !ui_field_empty(&f->field[3]) &&
	    !window_parse_length(f->field[3].text, &minutes)) {
		ui_field_error(&f->field[3], "like 90, 45m or 1h30");
		f->cur = 3;
		return false;
	}
	if (clear && !ui->windows[slot - 1].id)
		return true;
	int rc = clear ? window_clear(ui->app->st, slot, &c, &err)
	               : window_set(ui->app->st, slot, wd, at, minutes, &c, &err);
	if (rc != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	window_remember(ui, &c);
	ui_ctx_refresh(ui);
	if (clear)
		ui_ctx_message(ui, false, "Window %d is not set now (u undoes it).", slot);
	else
		ui_ctx_message(ui, false, "Window %d saved: welcome, never expected.", slot);
	return true;
}

static bool window_save_1(struct ui *ui, struct ui_form *f)
{
	return window_save(ui, f, 1);
}

static bool window_save_2(struct ui *ui, struct ui_form *f)
{
	return window_save(ui, f, 2);
}

static void window_form(struct ui *ui, int slot)
{
	const struct store_window *w = &ui->windows[slot - 1];
	char title[48], day[8] = "", at[8] = "", len[8] = "";
	snprintf(title, sizeof title, "Window %d", slot);
	if (w->id) {
		snprintf(day, sizeof day, "%s", day_weekday_abbr(w->weekday));
		day_format_hhmm(w->at, at);
		if (w->minutes)
			snprintf(len, sizeof len, "%d", w->minutes);
	}
	struct ui_form *f = ui_form_open(ui, title, slot == 1 ? window_save_1 : window_save_2);
	ui_form_heading(f, "A weekday and a time. Leave the day empty: not set.");
	ui_form_text(f, "Day (mon-sun)", 9, false, day[0] ? day : NULL);
	ui_form_text(f, "Time (HH:MM)", 5, false, at[0] ? at : NULL);
	ui_form_text(f, "Minutes (optional)", 5, false, len[0] ? len : NULL);
	f->cur = 1;
}

/* ---- the invitations' form ----------------------------------------------------- */

static bool invitations_save(struct ui *ui, struct ui_form *f)
{
	struct tend_err err = { 0 };
	const char *v[UI_FORM_FIELDS];
	size_t n = 0;

	for (int i = 1; i < f->n; i++)
		if (!ui_field_empty(&f->field[i]))
			v[n++] = f->field[i].text;
	int rc = rules_set_invitations(&ui->app->cfg, v, n, &err);
	if (rc == TEND_OK)
		rc = rules_reload(&ui->app->cfg, &err);
	if (rc != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	ui_ctx_message(ui, false, "Saved in your config file; its comments are kept.");
	ui->dirty = true;
	return true;
}

static void invitations_form(struct ui *ui)
{
	const struct config *c = &ui->app->cfg;
	struct ui_form *f = ui_form_open(ui, c->discreet ? "Our phrases" : "Our invitations",
	                                 invitations_save);
	char name[32];
	size_t n = c->n_invitations;

	ui_form_heading(f, "Your own agreed words for asking. Empty: removed.");
	for (size_t i = 0; i <= n && i < CONFIG_MAX_INVITATIONS; i++) {
		snprintf(name, sizeof name, "Phrase %zu", i + 1);
		ui_form_text(f, name, RULES_TEXT_MAX, false, i < n ? c->invitations[i] : NULL);
	}
	f->cur = 1;
}

/* ---- the tab --------------------------------------------------------------------- */

static int draw_windows(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct app *app = ui->app;
	int cols = getmaxx(w) - 4;
	char name[32], what[64];

	label(ui, true, name, sizeof name);
	ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TITLE, name);
	if (y <= last)
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_DIM, window_meaning(app->cfg.discreet));
	for (int i = 0; i < WINDOW_SLOTS && y <= last; i++, y++) {
		ui_draw_textf(ui, w, y, 2, 4, UI_ROLE_KEY, "%3d", i + 1);
		if (ui->windows[i].id) {
			window_describe(&ui->windows[i], false, what, sizeof what);
			ui_draw_text(ui, w, y, 7, cols - 5, UI_ROLE_TEXT, what);
		} else {
			ui_draw_text(ui, w, y, 7, cols - 5, UI_ROLE_DIM, "not set");
		}
	}
	tend_day from = window_from(app);
	char times[32], day[16];
	window_day_times(app, ui->windows, app->today, times, sizeof times);
	if (y <= last && from > app->today) {
		day_format_short(from, day);
		ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_DIM, "The plan asks for them from "
		              "day %d (%s); they show on their days from then.",
		              window_first_day(&app->plan), day);
	} else if (y <= last && times[0]) {
		ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_GOOD, "Today at %s.", times);
	}
	if (y <= last)
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_DIM, "Kept, never scored: tend "
		             "never asks what happened.");
	return y;
}

static void draw_invitations(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct config *c = &ui->app->cfg;
	int cols = getmaxx(w) - 4;
	if (y > last)
		return;
	ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TITLE, c->discreet ? "Our phrases"
	             : "Our invitations");
	if (c->n_invitations == 0 && y <= last)
		ui_draw_text(ui, w, y++, 4, cols - 2, UI_ROLE_DIM, "None yet: i writes them.");
	for (size_t i = 0; i < c->n_invitations && y <= last; i++, y++) {
		ui_draw_textf(ui, w, y, 2, 4, UI_ROLE_DIM, "%3zu", i + 1);
		ui_draw_text(ui, w, y, 7, cols - 5, UI_ROLE_TEXT, c->invitations[i]);
	}
}

static void window_tab_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	int last = y + rows - 1;
	y = draw_windows(ui, w, y, last);
	draw_invitations(ui, w, y + 1, last);
}

static enum ui_action window_tab_key(struct ui *ui, struct ui_key k)
{
	if (k.fn)
		return UI_NONE;
	switch (k.ch) {
	case L'1': window_form(ui, 1); break;
	case L'2': window_form(ui, 2); break;
	case L'i': invitations_form(ui); break;
	case L'u': ui_ctx_undo(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

static void window_tab_note(struct ui *ui, char *buf, size_t size)
{
	char times[32];
	buf[0] = '\0';
	window_day_times(ui->app, ui->windows, ui->app->today, times, sizeof times);
	if (times[0])
		snprintf(buf, size, "%s %s", window_noun(ui->app->cfg.discreet,
		         strstr(times, " and ") != NULL), times);
}

const struct ui_tab ui_tab_window = {
	.title = "Window", /* "Windows" would push the tab line past 80 columns */
	.draw = window_tab_draw,
	.key = window_tab_key,
	.keys = "1 2 set or clear  i invitations  u undo",
	.reload = windows_reload,
	.note = window_tab_note,
};

/* ---- the other screens ------------------------------------------------------------- */

bool ui_tab_window_in_week(struct ui *ui, tend_day start)
{
	char times[32];
	for (int i = 0; i < 7; i++) {
		window_day_times(ui->app, ui->windows, start + i, times, sizeof times);
		if (times[0])
			return true;
	}
	return false;
}

int ui_tab_window_week_row(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g)
{
	char name[32], times[32];
	if (!ui_tab_window_in_week(ui, ui->wv_start))
		return 0;
	label(ui, true, name, sizeof name);
	ui_draw_text(ui, w, y, g->x + 1, g->label_w - 1, UI_ROLE_TEXT, name);
	for (int d = 0; d < 7; d++) {
		window_day_times(ui->app, ui->windows, ui->wv_start + d, times, sizeof times);
		if (!times[0])
			continue;
		/* The first time when it fits the column, else a mark. */
		bool fits = g->col_w >= 6;
		int x = g->x + g->label_w + d * g->col_w + (fits ? 0 : (g->col_w - 1) / 2);
		times[5] = '\0';
		ui_draw_text(ui, w, y, x, fits ? 5 : 1, UI_ROLE_GOOD,
		             fits ? times : ui->ascii ? "o" : "\u25cb");
	}
	return 1;
}

int ui_tab_window_touch_rows(struct ui *ui)
{
	char times[32];
	window_day_times(ui->app, ui->windows, ui->app->today, times, sizeof times);
	return times[0] ? 1 : 0;
}

/* The invitations after x on line y, "Invite: A / B" (in discreet mode,
 * or beside the window, the phrases stand alone, with no heading);
 * returns the next column. */
static int draw_invites(struct ui *ui, WINDOW *w, int y, int x, bool heading)
{
	const struct config *c = &ui->app->cfg;
	int end = getmaxx(w) - 2;
	if (heading && !c->discreet && x < end)
		x += ui_draw_text(ui, w, y, x, end - x, UI_ROLE_DIM, "Invite: ");
	for (size_t i = 0; i < c->n_invitations && x < end; i++) {
		if (i)
			x += ui_draw_text(ui, w, y, x, end - x, UI_ROLE_DIM, " / ");
		if (x < end)
			x += ui_draw_text(ui, w, y, x, end - x, UI_ROLE_TEXT, c->invitations[i]);
	}
	return x;
}

int ui_tab_window_touch(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct config *c = &ui->app->cfg;
	int cols = getmaxx(w) - 4, used = 0;
	char times[32], name[32];
	bool invites = c->n_invitations > 0;
	if (y > last)
		return 0;
	window_day_times(ui->app, ui->windows, ui->app->today, times, sizeof times);
	if (times[0]) {
		label(ui, strstr(times, " and ") != NULL, name, sizeof name);
		int x = 2 + ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_GOOD, "%s %s", name, times);
		/* One line only: the invitations follow on it. */
		if (invites && y + 1 > last) {
			x += ui_draw_text(ui, w, y, x, cols + 2 - x, UI_ROLE_DIM, ui->ascii ? " - "
			                  : " \u00b7 ");
			draw_invites(ui, w, y, x, false);
			return 1;
		}
		used++;
	}
	if (!invites || y + used > last)
		return used;
	draw_invites(ui, w, y + used, 2, true);
	return used + 1;
}
