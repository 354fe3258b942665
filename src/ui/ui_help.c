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
	{ "e", "the evening, step by step: check-ins, gestures, a repair, what the plan has" },
	{ "c", "both check-ins: mood, stress and one thing you are grateful for" },
	{ "g", "a caring gesture (and whether a bid was turned toward or away)" },
	{ "r", "a repair: a quick \"that was unfair of me\", a do-over" },
	{ "t", "a touch session, with its traffic light" },
	{ "s", "ready (or not yet) for the next touch stage; or go back one" },
	{ "x", "a time-out: who called it and which stop-phrase; then a pause" },
	{ "b", "during a time-out: we are back" },
	{ "w", "the week on the whole screen (arrows move by week)" },
	{ "p", "the plan day by day; Space ticks the tasks in [ ] boxes" },
	{ "o", "our practices: a tab each (arrows or 1-9 move between them)" },
	{ "h  n", "when to get help, and who to call;  n: marks instead of numbers" },
	{ "u", "undo the last thing you logged, changed, deleted or answered" },
	{ "Tab", "move between panels (arrows too; a mouse click works)" },
	{ "Enter", "the focused panel's history: change or delete an entry" },
	{ "!", "hide everything; F12/Ctrl-] even while typing; back: type " UI_PANIC_WORD },
	{ "?", "this help" },
	{ "q", "quit (Ctrl-C too; over a form with typed text it asks first)" },
	{ "", "" },
	{ "", "In forms: Enter saves, Esc cancels and writes nothing, Tab moves on;" },
	{ "", "who it is from starts on whose turn it is; 1/2 or an initial picks." },
	{ "", "Check-ins show each of you by your initial, in your color; lights:" },
	{ "", "G go, Y slow down, R stop; sparklines: mood and stress, 1 to 5." },
};

enum { HELP_LINES = sizeof(help_lines) / sizeof(help_lines[0]) };

/* Lines of help that fit above the key line (a blank line at the top when
 * there is room for it). */
static int help_room(const struct ui *ui, int *top_y)
{
	int h = getmaxy(ui->full);
	*top_y = h - 4 >= HELP_LINES + 1 ? 2 : 1;
	int room = h - 2 - *top_y;
	return room < 1 ? 1 : room;
}

static void help_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	ui_draw_box(ui, w, "Help", true);
	int cols = getmaxx(w) - 4;
	int y;
	int room = help_room(ui, &y);
	int most = HELP_LINES > room ? HELP_LINES - room : 0;
	if (ui->help_top > most)
		ui->help_top = most;
	if (ui->help_top < 0)
		ui->help_top = 0;
	for (int i = ui->help_top; i < HELP_LINES && i < ui->help_top + room; i++, y++) {
		const struct help_line *l = &help_lines[i];
		const char *text = l->text;
		if (l->key[0] == 't' && ui->app->cfg.discreet)
			text = "time together, with its traffic light";
		else if (l->key[0] == 's' && ui->app->cfg.discreet)
			text = "ready (or not yet) for the next step; or go back one";
		ui_draw_text(ui, w, y, 2, 7, UI_ROLE_KEY, l->key);
		ui_draw_text(ui, w, y, 10, cols - 8, UI_ROLE_TEXT, text);
	}
	/* A short screen scrolls the help: say so, and how far it goes. */
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, cols, UI_ROLE_DIM, most == 0 ? "Esc or ? goes back"
	             : ui->help_top < most ? "Esc or ? goes back   Down: more"
	             : "Esc or ? goes back   Up: back to the top");
}

static enum ui_action help_key(struct ui *ui, struct ui_key k)
{
	if (!k.fn && (k.ch == KEY_ESC || k.ch == L'?' || k.ch == L'q' || k.ch == L'\n')) {
		ui->view = UI_VIEW_DASH;
		ui->help_top = 0;
		return UI_REDRAW;
	}
	int y, page = help_room(ui, &y);
	switch (k.fn ? k.ch : 0) {
	case KEY_DOWN: ui->help_top++; break;
	case KEY_UP: ui->help_top--; break;
	case KEY_NPAGE: ui->help_top += page; break;
	case KEY_PPAGE: ui->help_top -= page; break;
	case KEY_HOME: ui->help_top = 0; break;
	case KEY_END: ui->help_top = HELP_LINES; break;
	default: return UI_NONE;
	}
	return UI_REDRAW; /* the draw keeps help_top in range */
}

const struct ui_view ui_help_view = {
	.name = "help",
	.draw = help_draw,
	.key = help_key,
};
