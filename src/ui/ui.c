/* ui: the dashboard's main loop. Keys go to the open form or question, else
 * to the current view; every loop it polls the store so that a second
 * dashboard's entries show up, and redraws what changed with one doupdate. */
#include "tend/ui.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
/* term.h names terminfo capabilities as macros; two clash with ours. */
#undef lines
#undef columns

#include "tend/text.h"
#include "tend/ui_ctx.h"
#include "tend/ui_draw.h"
#include "tend/ui_evening.h"
#include "tend/ui_form.h"
#include "tend/ui_forms.h"
#include "tend/ui_help.h"
#include "tend/ui_history.h"
#include "tend/ui_panel.h"
#include "tend/ui_panic.h"
#include "tend/ui_wishes.h"
#include "tend/ui_plan.h"
#include "tend/ui_practices.h"
#include "tend/ui_screen.h"
#include "tend/ui_support.h"
#include "tend/ui_timeout.h"
#include "tend/ui_weekview.h"

enum {
	INPUT_TIMEOUT_MS = 500, ESC_DELAY_MS = 25, ESC_SWALLOW_MAX = 1 << 16,
	KEY_CTRL_C = 3, KEY_ESC = 27,
};

/* The one global: the last signal caught, for the loop to act on. */
static volatile sig_atomic_t ui_caught_signal;

/* Ctrl-\\ (SIGQUIT) sits next to the Ctrl-] panic key: it ends tend like
 * SIGTERM, the terminal given back, never with a core file. */
static const int caught_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
#define N_CAUGHT (sizeof(caught_signals) / sizeof(caught_signals[0]))
_Static_assert(N_CAUGHT == sizeof(((struct ui *)0)->saved_signals) /
               sizeof(((struct ui *)0)->saved_signals[0]), "one saved action per signal");

static void ui_on_signal(int sig)
{
	ui_caught_signal = sig;
}

int ui_check_terminal(struct tend_err *err)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return err_set(err, TEND_E_USAGE, "the dashboard needs a terminal; "
		               "`tend today` and `tend week` print a plain summary");
	const char *term = getenv("TERM");
	if (term == NULL || term[0] == '\0')
		return err_set(err, TEND_E_USAGE, "TERM is not set, so the dashboard cannot draw "
		               "(try TERM=xterm-256color)");
	int status = 0;
	if (setupterm(term, STDOUT_FILENO, &status) != OK) {
		char *safe = text_fit(term, 40, true);
		err_set(err, TEND_E_USAGE, "the terminal type \"%s\" is unknown here "
		        "(try TERM=xterm-256color)", safe ? safe : "?");
		free(safe);
		return err->code;
	}
	/* A terminal that cannot move its cursor (TERM=dumb, a printing one)
	 * would get the whole dashboard as one garbled line. */
	const char *cup = tigetstr("cup");
	bool can_draw = cup != NULL && cup != (const char *)-1;
	del_curterm(cur_term);
	cur_term = NULL;
	if (!can_draw) {
		char *safe = text_fit(term, 40, true);
		err_set(err, TEND_E_USAGE, "the terminal type \"%s\" cannot move the cursor, "
		        "so the dashboard cannot draw (try TERM=xterm-256color)", safe ? safe : "?");
		free(safe);
		return err->code;
	}
	return TEND_OK;
}

static void signals_catch(struct ui *ui)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = ui_on_signal;
	sigemptyset(&sa.sa_mask);
	ui_caught_signal = 0;
	for (size_t i = 0; i < N_CAUGHT; i++)
		sigaction(caught_signals[i], &sa, &ui->saved_signals[i]);
}

static void signals_restore(struct ui *ui)
{
	for (size_t i = 0; i < N_CAUGHT; i++)
		sigaction(caught_signals[i], &ui->saved_signals[i], NULL);
}

int ui_screen_signal(void)
{
	return (int)ui_caught_signal;
}

int ui_screen_open(struct ui *ui, struct tend_err *err)
{
	signals_catch(ui);
	ui->screen = newterm(NULL, stdout, stdin);
	if (ui->screen == NULL) {
		signals_restore(ui);
		return err_set(err, TEND_E_USAGE, "this terminal cannot show the dashboard");
	}
	set_term(ui->screen);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(ESC_DELAY_MS);
	wtimeout(stdscr, INPUT_TIMEOUT_MS);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED, NULL);
	mouseinterval(0);
	const char *c1 = ui->app ? ui->app->cfg.color[0] : NULL;
	const char *c2 = ui->app ? ui->app->cfg.color[1] : NULL;
	ui_color_init(&ui->colors, c1, c2);
	/* stdscr is never drawn on: refresh it once so wget_wch leaves it be. */
	wnoutrefresh(stdscr);
	ui->relayout = ui->dirty = true;
	ui_panic_title_open(ui);
	return TEND_OK;
}

static void windows_free(struct ui *ui)
{
	for (int a = 0; a < UI_AREA_COUNT; a++) {
		if (ui->win[a] != NULL)
			delwin(ui->win[a]);
		ui->win[a] = NULL;
	}
	if (ui->full != NULL)
		delwin(ui->full);
	if (ui->pop != NULL)
		delwin(ui->pop);
	ui->full = ui->pop = NULL;
}

/* Whether terminfo gives the string capability name. */
static const char *term_cap(const char *name)
{
	const char *s = tigetstr(name);
	return s != NULL && s != (const char *)-1 && *s != '\0' ? s : NULL;
}

/* Without an alternate screen (TERM=linux, vt100) the dashboard would stay
 * where the shell was: erase it line by line and put the cursor home. A
 * clear-screen would push it into the scrollback of some terminals (tmux
 * among them); what scrolled there before cannot be erased without E3. */
static void screen_erase_lines(int rows)
{
	const char *cup = term_cap("cup"), *el = term_cap("el"), *clear = term_cap("clear");
	if (cup == NULL || el == NULL) {
		if (clear != NULL)
			putp(clear);
		return;
	}
	for (int y = rows - 1; y >= 0; y--) {
		putp(tiparm(cup, y, 0));
		putp(el);
	}
}

void ui_screen_close(struct ui *ui)
{
	if (ui->screen == NULL)
		return;
	windows_free(ui);
	curs_set(1);
	bool alternate = term_cap("smcup") != NULL;
	int rows = LINES;
	endwin();
	if (!alternate)
		screen_erase_lines(rows);
	delscreen(ui->screen);
	ui->screen = NULL;
	fflush(stdout);
	ui_panic_title_close(ui);
	signals_restore(ui);
}

/* The next key within the escape delay; false when the input is quiet. */
static bool escape_next(struct ui *ui, struct ui_key *k)
{
	if (!ui_screen_key(k))
		return false;
	if (k->fn && k->ch == KEY_RESIZE)
		ui->relayout = true;
	return true;
}

/* The rest of a control string (OSC, DCS, ...): up to BEL or ESC \. */
static void escape_skip_string(struct ui *ui)
{
	struct ui_key k;
	for (int i = 0; i < ESC_SWALLOW_MAX && escape_next(ui, &k); i++) {
		if (k.fn)
			continue;
		if (k.ch == 7)
			return;
		if (k.ch == KEY_ESC) {
			escape_next(ui, &k);
			return;
		}
	}
}

/* The rest of a CSI sequence: parameters up to its final byte. */
static void escape_skip_csi(struct ui *ui)
{
	struct ui_key k;
	for (int i = 0; i < ESC_SWALLOW_MAX && escape_next(ui, &k); i++)
		if (k.fn || k.ch < 0x20 || (k.ch >= 0x40 && k.ch <= 0x7e))
			return;
}

/* After an Esc: did more input come with it? Alt+key (one more key), a key
 * ncurses does not know or a pasted escape sequence is read to its end and
 * dropped, so none of it runs as a command or cancels a form, while the keys
 * after it count as usual. Esc Esc (two at once) is an Esc too. */
bool ui_screen_escape_more(struct ui *ui)
{
	struct ui_key k;
	wtimeout(stdscr, ESC_DELAY_MS);
	bool more = escape_next(ui, &k);
	if (more && !k.fn) {
		switch (k.ch) {
		case KEY_ESC: more = false; break;
		case L'[': escape_skip_csi(ui); break;
		case L']': case L'P': case L'X': case L'^': case L'_': escape_skip_string(ui); break;
		case L'O': escape_next(ui, &k); break;
		default: break;
		}
	}
	wtimeout(stdscr, INPUT_TIMEOUT_MS);
	return more;
}

bool ui_screen_key(struct ui_key *k)
{
	wint_t ch = 0;
	int r = wget_wch(stdscr, &ch);
	if (r == ERR)
		return false;
	k->fn = r == KEY_CODE_YES;
	k->ch = ch;
	return true;
}

static WINDOW *window_new(int h, int w, int y, int x)
{
	WINDOW *win = newwin(h < 1 ? 1 : h, w < 1 ? 1 : w, y, x);
	if (win == NULL)
		ui_oom();
	return win;
}

/* New windows for the current size. */
static void ui_relayout(struct ui *ui)
{
	windows_free(ui);
	ui_layout_compute(COLS, LINES, &ui->lay);
	ui->full = window_new(LINES, COLS, 0, 0);
	for (int a = 0; a < UI_AREA_COUNT; a++) {
		const struct ui_rect *r = &ui->lay.area[a];
		if (ui_layout_shown(&ui->lay, a))
			ui->win[a] = window_new(r->h, r->w, r->y, r->x);
	}
	/* The compact layout has no week panel: the focus moves off it. */
	if (!ui->lay.too_small && !ui_layout_shown(&ui->lay, ui->focus))
		ui->focus = UI_AREA_CHECKIN;
	/* resizeterm touched stdscr: mark it drawn, or the next wget_wch
	 * would paint the blank stdscr over the panels. */
	werase(stdscr);
	wnoutrefresh(stdscr);
	clearok(curscr, TRUE);
	ui->relayout = false;
	ui->dirty = true;
}

static const struct ui_panel *const panels[UI_AREA_COUNT] = {
	[UI_AREA_HEADER] = &ui_header_panel,
	[UI_AREA_CHECKIN] = &ui_checkin_panel,
	[UI_AREA_GESTURES] = &ui_gestures_panel,
	[UI_AREA_REPAIRS] = &ui_repairs_panel,
	[UI_AREA_TOUCH] = &ui_touch_panel,
	[UI_AREA_WEEK] = &ui_week_panel,
	[UI_AREA_FOOTER] = &ui_footer_panel,
};

/* Tab order of the panels that take the focus. */
static const int focus_order[] = {
	UI_AREA_CHECKIN, UI_AREA_GESTURES, UI_AREA_REPAIRS, UI_AREA_WEEK, UI_AREA_TOUCH,
};
#define N_FOCUS (sizeof(focus_order) / sizeof(focus_order[0]))

static bool area_takes_focus(const struct ui *ui, int a)
{
	return a != UI_AREA_HEADER && a != UI_AREA_FOOTER && ui_layout_shown(&ui->lay, a);
}

/* Words wrapped into lines of at most cols, centred on the screen. */
static void draw_too_small(struct ui *ui)
{
	WINDOW *w = ui->full;
	char msg[160];
	snprintf(msg, sizeof(msg), "Please make the window at least %dx%d (now %dx%d).",
	         UI_MIN_COLS, UI_MIN_LINES, COLS, LINES);
	werase(w);
	int cols = COLS > 2 ? COLS - 2 : COLS;
	char lines[8][160];
	int n = 0;
	const char *p = msg;
	while (*p && n < 8) {
		int len = (int)strlen(p);
		int take = len <= cols ? len : cols;
		if (take < len) {
			int sp = take;
			while (sp > 0 && p[sp] != ' ')
				sp--;
			if (sp > 0)
				take = sp;
		}
		snprintf(lines[n++], sizeof(lines[0]), "%.*s", take, p);
		p += take;
		while (*p == ' ')
			p++;
	}
	int top = LINES > n ? (LINES - n) / 2 : 0;
	for (int i = 0; i < n && top + i < LINES; i++)
		ui_draw_center(ui, w, top + i, i == 0 ? UI_ROLE_TITLE : UI_ROLE_TEXT, lines[i]);
	wnoutrefresh(w);
}

static void dash_draw(struct ui *ui)
{
	for (int a = 0; a < UI_AREA_COUNT; a++) {
		if (ui->win[a] == NULL)
			continue;
		panels[a]->draw(ui, ui->win[a], a == ui->focus);
		wnoutrefresh(ui->win[a]);
	}
	if (ui->form == NULL && !ui->confirm.active && !ui->evening_summary)
		ui_timeout_draw(ui, time(NULL));
}

static void dash_open_history(struct ui *ui)
{
	static const char *const titles[UI_AREA_COUNT] = {
		[UI_AREA_CHECKIN] = "Check-ins", [UI_AREA_GESTURES] = "Gestures",
		[UI_AREA_REPAIRS] = "Repairs", [UI_AREA_WEEK] = "Everything",
	};
	const struct ui_panel *p = panels[ui->focus];
	if (p->history_kinds == 0)
		return;
	const char *title = ui->focus == UI_AREA_TOUCH ? ui->label_touch : titles[ui->focus];
	ui->msg[0] = '\0'; /* the history's own keys, not a note from before */
	ui_history_open(ui, p->history_kinds, title);
}

static void focus_step(struct ui *ui, int step)
{
	size_t i = 0;
	while (i < N_FOCUS && focus_order[i] != ui->focus)
		i++;
	/* Past the panels the layout leaves out. */
	for (size_t k = 0; k < N_FOCUS; k++) {
		i = (i + N_FOCUS + (size_t)(step + (int)N_FOCUS)) % N_FOCUS;
		if (area_takes_focus(ui, focus_order[i]))
			break;
	}
	ui->focus = focus_order[i];
}

/* Move the focus to the panel next to the focused one in a direction. */
static void focus_move(struct ui *ui, int dy, int dx)
{
	const struct ui_rect *r = &ui->lay.area[ui->focus];
	int y = dy < 0 ? r->y - 1 : dy > 0 ? r->y + r->h : r->y;
	int x = dx < 0 ? r->x - 1 : dx > 0 ? r->x + r->w : r->x;
	int a = ui_layout_hit(&ui->lay, y, x);
	if (area_takes_focus(ui, a))
		ui->focus = a;
}

static enum ui_action dash_key_fn(struct ui *ui, wint_t ch)
{
	switch (ch) {
	case KEY_BTAB: focus_step(ui, -1); break;
	case KEY_UP: focus_move(ui, -1, 0); break;
	case KEY_DOWN: focus_move(ui, 1, 0); break;
	case KEY_LEFT: focus_move(ui, 0, -1); break;
	case KEY_RIGHT: focus_move(ui, 0, 1); break;
	case KEY_ENTER: dash_open_history(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

static enum ui_action dash_key(struct ui *ui, struct ui_key k)
{
	bool handled = false;
	enum ui_action act = ui_timeout_key(ui, k, &handled);
	if (handled)
		return act;
	const struct ui_panel *p = panels[ui->focus];
	if (p->key != NULL && (act = p->key(ui, k)) != UI_NONE)
		return act;
	if (k.fn)
		return dash_key_fn(ui, k.ch);
	switch (k.ch) {
	case L'q': return UI_QUIT;
	case L'c': ui_forms_checkin(ui); break;
	case L'e': ui_evening_start(ui); break;
	case L'g': ui_forms_new(ui, ENTRY_GESTURE); break;
	case L'r': ui_forms_new(ui, ENTRY_REPAIR); break;
	case L't': ui_forms_new(ui, ENTRY_TOUCH); break;
	case L's': ui_forms_stage(ui); break;
	case L'x': ui_timeout_start(ui); break;
	/* A running time-out took b before this. */
	case L'b': ui_ctx_message(ui, false, "No time-out is running."); break;
	/* An overlay shows its own keys: a note left from before would hide them. */
	case L'w': ui->msg[0] = '\0'; ui_weekview_open(ui); break;
	case L'?': ui->msg[0] = '\0'; ui->view = UI_VIEW_HELP; break;
	case L'u': ui_ctx_undo(ui); break;
	case L'p': ui->msg[0] = '\0'; ui_plan_open(ui); break;
	case L'o': ui_practices_open(ui, NULL); break;
	case L'h': ui_support_open(ui); break;
	case L'n': ui_support_numbers(ui); break;
	case L'\t': focus_step(ui, 1); break;
	case L'\n': case L'\r': dash_open_history(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

static void dash_draw_view(struct ui *ui);

static const struct ui_view dash_view = {
	.name = "dashboard",
	.draw = dash_draw_view,
	.key = dash_key,
};

/* Full-screen views by id. */
static const struct ui_view *const views[UI_VIEW_COUNT] = {
	[UI_VIEW_DASH] = &dash_view,
	[UI_VIEW_WEEK] = &ui_weekview_view,
	[UI_VIEW_HISTORY] = &ui_history_view,
	[UI_VIEW_HELP] = &ui_help_view,
	[UI_VIEW_PLAN] = &ui_plan_view,
	[UI_VIEW_PRACTICES] = &ui_practices_view,
	[UI_VIEW_SUPPORT] = &ui_support_view,
	[UI_VIEW_WISHES] = &ui_wishes_view,
};

static void dash_draw_view(struct ui *ui)
{
	dash_draw(ui);
}

/* Full-screen views show the footer note just above their key line, so
 * the keys stay readable while it shows. */
static void draw_view_message(struct ui *ui)
{
	if (ui->msg[0] == '\0' || time(NULL) >= ui->msg_until || getmaxy(ui->full) < 4)
		return;
	WINDOW *w = ui->full;
	int y = getmaxy(w) - 3;
	mvwhline(w, y, 1, ' ', getmaxx(w) - 2);
	ui_draw_text(ui, w, y, 2, getmaxx(w) - 4, ui->msg_error ? UI_ROLE_ERROR : UI_ROLE_BANNER,
	             ui->msg);
}

static void ui_draw(struct ui *ui)
{
	const struct ui_view *v = views[ui->view] ? views[ui->view] : &dash_view;
	ui->n_clicks = 0; /* what is clickable is what gets drawn now */
	if (ui->panic) {
		/* Hidden: nothing else is drawn, not even a form or the time-out. */
		ui_panic_draw(ui);
		doupdate();
		ui->dirty = false;
		return;
	}
	if (ui->lay.too_small) {
		draw_too_small(ui);
	} else if (v == &dash_view) {
		dash_draw(ui);
	} else {
		werase(ui->full);
		v->draw(ui);
		draw_view_message(ui);
		wnoutrefresh(ui->full);
	}
	if (!ui->lay.too_small && ui->form != NULL)
		ui_form_draw(ui);
	else if (!ui->lay.too_small && ui->confirm.active)
		ui_confirm_draw(ui);
	else if (!ui->lay.too_small && ui->evening_summary)
		ui_evening_draw(ui);
	else if (ui->form == NULL)
		curs_set(0);
	doupdate();
	ui->dirty = false;
}

static enum ui_action ui_key(struct ui *ui, struct ui_key k);

/* What was drawn clickable at (y, x), or NULL. */
static const struct ui_click *click_at(const struct ui *ui, int y, int x)
{
	for (int i = ui->n_clicks; i-- > 0;) {
		const struct ui_click *c = &ui->clicks[i];
		if (c->y == y && x >= c->x && x < c->x + c->w)
			return c;
	}
	return NULL;
}

/* A click on a form's choice picks it; on a footer key, does what the key
 * does; elsewhere on the dashboard it focuses the panel under it. */
static enum ui_action ui_mouse(struct ui *ui)
{
	MEVENT ev;
	if (getmouse(&ev) != OK || !(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)))
		return UI_NONE;
	const struct ui_click *c = click_at(ui, ev.y, ev.x);
	if (ui->form != NULL)
		return c != NULL && c->key == 0 ? ui_form_click(ui, c->field, c->choice) : UI_NONE;
	if (ui->confirm.active || ui->evening_summary || ui->view != UI_VIEW_DASH)
		return UI_NONE;
	if (c != NULL && c->key != 0) {
		struct ui_key k = { .fn = false, .ch = c->key };
		return ui_key(ui, k);
	}
	int a = ui_layout_hit(&ui->lay, ev.y, ev.x);
	if (!area_takes_focus(ui, a))
		return UI_NONE;
	ui->focus = a;
	return UI_REDRAW;
}

static enum ui_action ui_key(struct ui *ui, struct ui_key k)
{
	if (k.fn && k.ch == KEY_RESIZE)
		return UI_RELAYOUT;
	if (!k.fn && k.ch == KEY_CTRL_C)
		return ui->panic || !ui_form_quit_ask(ui) ? UI_QUIT : UI_REDRAW;
	if (!k.fn && k.ch == KEY_ESC && ui_screen_escape_more(ui))
		return ui->relayout ? UI_RELAYOUT : UI_REDRAW;
	if (ui->panic)
		return ui_panic_key(ui, k);
	if (ui_panic_is_key(ui, k)) {
		ui_panic_start(ui);
		return UI_NONE;
	}
	if (ui->lay.too_small)
		return !k.fn && k.ch == L'q' && ui->form == NULL ? UI_QUIT : UI_NONE;
	if (k.fn && k.ch == KEY_MOUSE)
		return ui_mouse(ui);
	if (ui->form != NULL)
		return ui_form_key(ui, k);
	if (ui->confirm.active)
		return ui_confirm_key(ui, k);
	if (ui->evening_summary)
		return ui_evening_key(ui, k);
	const struct ui_view *v = views[ui->view] ? views[ui->view] : &dash_view;
	return v->key(ui, k);
}

/* Between keys: a new day, another dashboard's entries, the countdown. */
static void ui_tick(struct ui *ui)
{
	time_t now = time(NULL);
	if (app_refresh_today(ui->app)) {
		ui->wv_start = plan_week_start(app_plan_start(ui->app, ui->app->today), ui->app->today);
		ui_ctx_refresh(ui);
	} else if (ui_ctx_changed(ui)) {
		ui_ctx_refresh(ui);
		ui_forms_recheck(ui);
	}
	if (now != ui->last_tick) {
		if (ui_timeout_state(ui, now) != UI_TIMEOUT_NONE || now / 60 != ui->last_tick / 60)
			ui->dirty = true;
		ui->last_tick = now;
	}
	/* A note about the pause goes when the pause ends, also when the
	 * other dashboard ended it. */
	if (ui->msg[0] != '\0' && ui->msg_pause && ui_timeout_state(ui, now) != UI_TIMEOUT_PAUSE)
		ui->msg_until = now;
	if (ui->msg[0] != '\0' && now >= ui->msg_until) {
		ui->msg[0] = '\0';
		ui->dirty = true;
	}
	if (!ui->panic)
		ui_timeout_tick(ui, now);
	ui_form_tick(ui, now);
}

/* Ctrl-C (SIGINT) over a form with typed content asks first: the signal
 * is taken back and the form says how to quit. True when the loop goes on. */
static bool ui_interrupt_asked(struct ui *ui)
{
	if (ui_caught_signal != SIGINT || ui->panic || !ui_form_quit_ask(ui))
		return false;
	ui_caught_signal = 0;
	return true;
}

static void ui_loop(struct ui *ui)
{
	while (!ui->quit && (ui_screen_signal() == 0 || ui_interrupt_asked(ui))) {
		if (ui->relayout)
			ui_relayout(ui);
		if (ui->dirty)
			ui_draw(ui);
		struct ui_key k;
		if (ui_screen_key(&k)) {
			switch (ui_key(ui, k)) {
			case UI_QUIT: ui->quit = true; break;
			case UI_RELAYOUT: ui->relayout = true; break;
			case UI_REDRAW: ui->dirty = true; break;
			default: break;
			}
		}
		ui_tick(ui);
	}
}

int ui_run(struct app *app, struct tend_err *err)
{
	struct ui *ui = ui_ctx_new(app);
	if (ui == NULL)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	int rc = ui_ctx_reload(ui, err);
	if (rc == TEND_OK)
		rc = ui_screen_open(ui, err);
	if (rc != TEND_OK) {
		ui_ctx_free(ui);
		return rc;
	}
	/* A config key that no longer matters, or a backup not made: said at
	 * once, and again on the terminal after the dashboard. */
	if (app->warning[0])
		ui_ctx_message(ui, false, "Note: %s", app->warning);
	ui_loop(ui);
	ui_form_close(ui);
	ui_screen_close(ui);
	int sig = ui_screen_signal();
	/* What was deleted (or undone) here is erased from the file for good:
	 * undo ends with the session. Only this session's deletes: another
	 * dashboard's stay undoable there. */
	struct tend_err perr = { 0 };
	int prc = ui_ctx_purge(ui, &perr);
	ui_ctx_free(ui);
	if (prc != TEND_OK)
		return err_set(err, TEND_E_RUNTIME, "%s (what you deleted is hidden everywhere, "
		               "and erased from the file later)", perr.msg);
	if (sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT)
		return err_set(err, TEND_E_RUNTIME, "stopped by a signal (%s); everything logged is saved",
		               sig == SIGTERM ? "TERM" : sig == SIGHUP ? "HUP" : "QUIT");
	return TEND_OK;
}
