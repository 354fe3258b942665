/* ui_help: what every key does and what the panels show, in plain words. */
#include "tend/ui_help.h"

#include <stdio.h>

#include "tend/ui_draw.h"
#include "tend/ui_panic.h"

enum { KEY_ESC = 27 };

struct help_line {
	const char *key;
	const char *text;
};

static const struct help_line help_lines[] = {
	{ "c", "both check-ins: mood, stress and one thing you are grateful for" },
	{ "g", "a caring gesture (and whether a bid was turned toward or away)" },
	{ "r", "a repair: a quick \"that was unfair of me\", a do-over" },
	{ "t", "a touch session, with its traffic light" },
	{ "s", "ready (or not yet) for the next touch stage; or go back one" },
	{ "x", "a time-out: who called it and which stop-phrase; then a pause" },
	{ "b", "during a time-out: we are back" },
	{ "w", "the week on the whole screen (arrows move by week)" },
	{ "p", "the plan day by day; Space ticks the tasks in [ ] boxes" },
	{ "u", "undo the last thing you logged, changed, deleted or answered" },
	{ "Tab", "move between panels (arrows too; a mouse click works)" },
	{ "Enter", "the focused panel's history: change or delete an entry" },
	{ "!", "hide everything; F12/Ctrl-] even while typing; back: type " UI_PANIC_WORD },
	{ "?", "this help" },
	{ "q", "quit (Ctrl-C too; over a form with typed text it asks first)" },
	{ "", "" },
	{ "", "In forms: Enter saves, Esc cancels and writes nothing, Tab moves on;" },
	{ "", "who it is from starts on whose turn it is; 1/2 or an initial picks." },
	{ "", "Check-ins show each of you by your initial, in your colour; lights:" },
	{ "", "G go, Y slow down, R stop; sparklines: mood and stress, 1 to 5." },
};

static void help_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	ui_draw_box(ui, w, "Help", true);
	int cols = getmaxx(w) - 4;
	int y = 2;
	for (size_t i = 0; i < sizeof(help_lines) / sizeof(help_lines[0]); i++, y++) {
		const struct help_line *l = &help_lines[i];
		const char *text = l->text;
		if (l->key[0] == 't' && ui->app->cfg.discreet)
			text = "time together, with its traffic light";
		else if (l->key[0] == 's' && ui->app->cfg.discreet)
			text = "ready (or not yet) for the next step; or go back one";
		ui_draw_text(ui, w, y, 2, 7, UI_ROLE_KEY, l->key);
		ui_draw_text(ui, w, y, 10, cols - 8, UI_ROLE_TEXT, text);
	}
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, cols, UI_ROLE_DIM, "Esc or ? goes back");
}

static enum ui_action help_key(struct ui *ui, struct ui_key k)
{
	if (!k.fn && (k.ch == KEY_ESC || k.ch == L'?' || k.ch == L'q' || k.ch == L'\n')) {
		ui->view = UI_VIEW_DASH;
		return UI_REDRAW;
	}
	return UI_NONE;
}

const struct ui_view ui_help_view = {
	.name = "help",
	.draw = help_draw,
	.key = help_key,
};
