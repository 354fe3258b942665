/* ui_panic: a plain screen in one keypress. While it is up nothing of the
 * dashboard is drawn (no forms, no time-out box, no notes) and the terminal
 * title is neutral; typing the return word brings it all back. */
#include "tend/ui_panic.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
#undef lines
#undef columns

#include "tend/ui_form.h"
#include "tend/ui_wishes.h"

enum { KEY_CTRL_RBRACKET = 0x1d, TITLE_MAX = 32 };

bool ui_panic_is_key(const struct ui *ui, struct ui_key k)
{
	/* F12 and Ctrl-] work everywhere, even while typing. */
	if ((k.fn && k.ch == KEY_F(12)) || (!k.fn && k.ch == KEY_CTRL_RBRACKET))
		return true;
	if (k.fn || k.ch != L'!')
		return false;
	const struct ui_form *f = ui->form;
	if (ui_wishes_typing(ui))
		return false; /* a passphrase may hold a `!` */
	return f == NULL || f->field[f->cur].type != UI_FIELD_TEXT;
}

/* Write all of s to the terminal, after curses flushed its own output. */
static void title_write(const char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, s, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* A title nobody would look at twice: the name of the user's shell. Only
 * letters, digits, '.', '_' and '-' are kept, so nothing can escape. */
static void title_neutral(char *buf, size_t size)
{
	const char *sh = getenv("SHELL");
	const char *base = sh != NULL && strrchr(sh, '/') ? strrchr(sh, '/') + 1 : sh;
	size_t n = 0;
	for (const char *p = base ? base : ""; *p && n + 1 < size && n < TITLE_MAX; p++) {
		char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '.' || c == '_' || c == '-')
			buf[n++] = c;
	}
	buf[n] = '\0';
	if (n == 0)
		snprintf(buf, size, "sh");
}

/* Terminals known to take a title through OSC 2 (terminfo rarely says). */
static bool term_takes_osc_title(const char *term)
{
	static const char *const prefixes[] = {
		"xterm", "rxvt", "screen", "tmux", "alacritty", "kitty", "foot", "st-", "st",
		"vte", "gnome", "konsole", "putty", "wezterm", "iterm", "contour",
	};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (strncmp(term, prefixes[i], strlen(prefixes[i])) == 0)
			return true;
	return false;
}

/* Show a title: terminfo's status line when the entry has one, else OSC 2. */
static void title_set(const struct ui *ui, const char *title)
{
	if (!ui->title_ok)
		return;
	char buf[128];
	const char *tsl = tigetstr("tsl"), *fsl = tigetstr("fsl");
	bool ti = tsl != NULL && tsl != (char *)-1 && fsl != NULL && fsl != (char *)-1;
	if (ti && strchr(tsl, '%') == NULL) {
		snprintf(buf, sizeof(buf), "%s%s%s", tsl, title, fsl);
	} else {
		snprintf(buf, sizeof(buf), "\033]2;%s\007", title);
	}
	title_write(buf);
}

static void title_for_mode(const struct ui *ui)
{
	char neutral[TITLE_MAX + 1];
	if (ui->panic || (ui->app != NULL && ui->app->cfg.discreet)) {
		title_neutral(neutral, sizeof(neutral));
		title_set(ui, neutral);
	} else {
		title_set(ui, "tend");
	}
}

void ui_panic_title_open(struct ui *ui)
{
	const char *term = getenv("TERM");
	ui->title_ok = term != NULL && term_takes_osc_title(term);
	/* xterm and its kin keep a stack of titles: push now, pop at the end. */
	ui->title_pushed = ui->title_ok && strncmp(term, "xterm", 5) == 0;
	if (ui->title_pushed)
		title_write("\033[22;0t");
	title_for_mode(ui);
}

void ui_panic_title_close(struct ui *ui)
{
	char neutral[TITLE_MAX + 1];
	title_neutral(neutral, sizeof(neutral));
	title_set(ui, neutral);
	if (ui->title_pushed)
		title_write("\033[23;0t");
	ui->title_ok = ui->title_pushed = false;
}

void ui_panic_start(struct ui *ui)
{
	ui->panic = true;
	ui->panic_typed[0] = '\0';
	ui_wishes_abandon(ui); /* no passphrase or answer waits behind it */
	ui->dirty = true;
	ui_panic_draw(ui);
	doupdate();
	title_for_mode(ui);
}

static void panic_end(struct ui *ui)
{
	ui->panic = false;
	ui->panic_typed[0] = '\0';
	title_for_mode(ui);
	clearok(curscr, TRUE);
	ui->dirty = true;
}

enum ui_action ui_panic_key(struct ui *ui, struct ui_key k)
{
	char *t = ui->panic_typed;
	size_t n = strlen(t);
	if (k.fn)
		return UI_NONE;
	if ((k.ch == 127 || k.ch == 8) && n > 0) {
		t[n - 1] = '\0';
	} else if (k.ch >= L' ' && k.ch < 127) {
		/* Keep the last characters typed, so a mistake needs nothing to
		 * clear it: the word counts as soon as its last letter comes. */
		if (n + 1 >= sizeof(ui->panic_typed)) {
			memmove(t, t + 1, n);
			n--;
		}
		t[n] = (char)(k.ch >= L'A' && k.ch <= L'Z' ? k.ch - L'A' + L'a' : k.ch);
		t[++n] = '\0';
		size_t wl = strlen(UI_PANIC_WORD);
		if (n >= wl && strcmp(t + n - wl, UI_PANIC_WORD) == 0) {
			panic_end(ui);
			return UI_REDRAW;
		}
	} else {
		/* Enter, Esc and the like start the word again. */
		t[0] = '\0';
	}
	return UI_NONE;
}

void ui_panic_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	if (w == NULL)
		return;
	wbkgdset(w, ' ');
	wattrset(w, A_NORMAL);
	werase(w);
	wmove(w, 0, 0);
	leaveok(w, FALSE);
	wnoutrefresh(w);
	curs_set(1);
}
