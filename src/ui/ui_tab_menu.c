/* ui_tab_menu: the "Menu" tab of the practices screen: the couple's two
 * lists for touch (quick and longer), whose turn it is to invite when the
 * rotation is on, and the stage-3 guidelines, which g edits (written by
 * whoever wants to go slower; nothing records who). Neutral words when
 * discreet. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/guide.h"
#include "tend/invite.h"
#include "tend/menu.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

/* One list: its name, then its items, from line y; returns the next line. */
static int menu_list(struct ui *ui, WINDOW *w, int y, int last, int tier, const char *what)
{
	const struct menu *m = &ui->app->menu;
	int cols = getmaxx(w) - 4;
	char head[80];
	snprintf(head, sizeof head, "%s (%s)", menu_tier_name(tier, ui->app->cfg.discreet), what);
	head[0] = (char)(head[0] - 'a' + 'A');
	if (y <= last)
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TITLE, head);
	if (m->n[tier] == 0 && y <= last)
		ui_draw_text(ui, w, y++, 4, cols - 2, UI_ROLE_DIM, "nothing on it yet");
	for (size_t i = 0; i < m->n[tier] && y <= last; i++)
		ui_draw_text(ui, w, y++, 4, cols - 2, UI_ROLE_TEXT, m->item[tier][i]);
	return y;
}

/* The guidelines, line by line, wrapped at the tab's width, from y. */
static int guide_lines(struct ui *ui, WINDOW *w, int y, int last)
{
	int cols = getmaxx(w) - 6;
	const char *s = ui->guidelines;
	while (s && *s && y <= last) {
		size_t n = strcspn(s, "\n");
		char *line = strndup(s, n);
		if (!line)
			ui_oom();
		char *safe = text_safe(line, false);
		free(line);
		if (!safe)
			ui_oom();
		const char *p = safe;
		do {
			size_t k = text_prefix_for_width(p, cols);
			if (k == 0 && *p)
				k = text_cluster_len(p);
			/* Break at the last space that fits, when there is one. */
			size_t sp = k;
			while (p[k] && sp > 0 && p[sp] != ' ')
				sp--;
			if (p[k] && sp > 0)
				k = sp + 1;
			char *piece = strndup(p, k);
			if (!piece)
				ui_oom();
			ui_draw_text(ui, w, y++, 4, cols, UI_ROLE_TEXT, piece);
			free(piece);
			p += k;
		} while (*p && y <= last);
		free(safe);
		s += n + (s[n] == '\n');
	}
	return y;
}

static void menu_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	int last = y + rows - 1, cols = getmaxx(w) - 4;
	if (rows < 1)
		return;
	if (ui->app->cfg.invite_rotation) {
		char line[300];
		invite_line(ui_ctx_name(ui, ui->invite_turn), ui->app->cfg.discreet, line, sizeof line);
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TEXT, line);
		y++;
	}
	y = menu_list(ui, w, y, last, MENU_CONNECTION, "quick, for a tired evening");
	y = menu_list(ui, w, y + 1, last, MENU_EXPERIENCE, "longer, with time to spare");
	if (++y > last)
		return;
	ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_TITLE, "Guidelines for %s %d",
	              ui->app->cfg.discreet ? "step" : "stage", GUIDE_STAGE);
	if (!ui->guidelines) {
		if (y <= last)
			ui_draw_text(ui, w, y, 4, cols - 2, UI_ROLE_DIM, "None yet: whoever wants to "
			             "go slower can write them (warm-up, off-ramps) with g.");
		return;
	}
	guide_lines(ui, w, y, last);
}

static bool guide_save(struct ui *ui, struct ui_form *f)
{
	struct tend_err err = { 0 };
	bool cleared;
	if (guide_set(ui->app->st, f->field[0].text, &cleared, &err) != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, cleared ? "The guidelines are cleared."
	               : "Kept: they show whenever a stage-3 session is logged.");
	return true;
}

/* The guidelines' form: one text, line breaks shown as spaces. */
static void guide_form(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "Guidelines for going slower", guide_save);
	char *text = ui->guidelines ? strdup(ui->guidelines) : NULL;
	if (ui->guidelines && !text)
		ui_oom();
	for (char *p = text; p && *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	ui_form_text(f, "Guidelines", TEXT_MAX_CHARS, false, text);
	free(text);
	snprintf(f->hint, sizeof(f->hint), "Warm-up, pace, off-ramps. Empty clears them. "
	         "The earlier ones are kept.");
}

static enum ui_action menu_key(struct ui *ui, struct ui_key k)
{
	if (k.fn || k.ch != L'g')
		return UI_NONE;
	guide_form(ui);
	return UI_REDRAW;
}

const struct ui_tab ui_tab_menu = {
	.title = "Menu",
	.draw = menu_draw,
	.key = menu_key,
	.keys = "g guidelines",
};
