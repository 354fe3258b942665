/* ui_timeout: the stop-phrase pause. Calling it logs a time-out; the screen
 * counts down the pause, then says it is time to come back; without a
 * return it asks when the couple will come back and shows that time. */
#include "tend/ui_timeout.h"

#include <stdio.h>
#include <string.h>

#include "tend/ui_draw.h"
#include "tend/ui_form.h"

enum { ASK_AFTER_SECONDS = 5 * 60, HOUR = 3600 };

static time_t pause_end(const struct ui *ui)
{
	return (time_t)timeout_pause_end(&ui->app->cfg, &ui->timeout);
}

int ui_timeout_state(const struct ui *ui, time_t now)
{
	return (int)timeout_state(&ui->app->cfg, ui->timeout_found ? &ui->timeout : NULL,
	                          (int64_t)now);
}

static void format_clock(time_t t, char *buf, size_t size)
{
	struct tm tm;
	localtime_r(&t, &tm);
	snprintf(buf, size, "%02d:%02d", tm.tm_hour, tm.tm_min);
}

/* "today at 19:30" or "tomorrow at 08:00", seen from now (as the CLI
 * says it): a bare clock time for tomorrow reads as today. */
static void format_when(time_t t, time_t now, char *buf, size_t size)
{
	struct tm a, b;
	char clock[16];
	localtime_r(&t, &a);
	localtime_r(&now, &b);
	format_clock(t, clock, sizeof(clock));
	bool same = a.tm_year == b.tm_year && a.tm_yday == b.tm_yday;
	snprintf(buf, size, "%s at %s", same ? "today" : "tomorrow", clock);
}

static void format_left(time_t secs, char *buf, size_t size)
{
	if (secs < 0)
		secs = 0;
	snprintf(buf, size, "%d:%02d", (int)(secs / 60), (int)(secs % 60));
}

void ui_timeout_status(const struct ui *ui, time_t now, char *buf, size_t size)
{
	char t[32];
	buf[0] = '\0';
	switch (ui_timeout_state(ui, now)) {
	case UI_TIMEOUT_PAUSE:
		if (ui->timeout.scheduled_at > 0) {
			format_when((time_t)ui->timeout.scheduled_at, now, t, sizeof(t));
			snprintf(buf, size, "Time-out: coming back %s", t);
			break;
		}
		format_left((time_t)timeout_pause_left(&ui->app->cfg, &ui->timeout, now), t, sizeof(t));
		snprintf(buf, size, "Time-out: %s left", t);
		break;
	case UI_TIMEOUT_DUE:
		snprintf(buf, size, "Time to come back together (b)");
		break;
	case UI_TIMEOUT_SCHEDULED:
		format_when((time_t)ui->timeout.scheduled_at, now, t, sizeof(t));
		snprintf(buf, size, "Coming back %s (b when you are)", t);
		break;
	default: break;
	}
}

enum { BOX_H = 9, BOX_W = 58, RED_TOP = 8 };

/* How many of the couple's red lines fit under the pause box's own lines
 * on this screen (a line and a blank go with them). */
static int red_lines_shown(const struct ui *ui)
{
	int n = (int)ui->app->cfg.n_red_lines;
	int room = LINES - 2 - BOX_H - 2;
	if (n <= 0 || room < 1)
		return 0;
	return n < room ? n : room;
}

/* The couple's red lines, as agreed in the config: a reminder while
 * things cool down. The last line says how many more there are when the
 * screen is too short for all of them. */
static void timeout_red_lines(struct ui *ui, WINDOW *w, int shown)
{
	const struct config *cfg = &ui->app->cfg;
	int cols = getmaxx(w) - 6;
	ui_draw_center(ui, w, RED_TOP, UI_ROLE_TITLE, "Your red lines, even now:");
	for (int i = 0; i < shown; i++) {
		int y = RED_TOP + 1 + i;
		size_t left = cfg->n_red_lines - (size_t)i;
		if (i == shown - 1 && left > 1) {
			ui_draw_textf(ui, w, y, 4, cols, UI_ROLE_DIM, "... and %zu more", left);
			break;
		}
		ui_draw_text(ui, w, y, 4, 2, UI_ROLE_DIM, "-");
		ui_draw_text(ui, w, y, 6, cols - 2, UI_ROLE_TEXT, cfg->red_lines[i]);
	}
}

/* The pause box: who called it, the time left, what to do, and the
 * couple's red lines. */
void ui_timeout_draw(struct ui *ui, time_t now)
{
	int state = ui_timeout_state(ui, now);
	if (state != UI_TIMEOUT_PAUSE && state != UI_TIMEOUT_DUE)
		return;
	int red = red_lines_shown(ui);
	WINDOW *w = ui_form_popup(ui, BOX_H + (red > 0 ? red + 2 : 0), BOX_W);
	if (w == NULL)
		return;
	ui_draw_box(ui, w, "Time-out", true);
	const struct entry *t = &ui->timeout;
	char at[16], left[16], line[200];
	format_clock((time_t)t->called_at, at, sizeof(at));
	snprintf(line, sizeof(line), "%s called \"%s\" at %s.", ui_ctx_name(ui, t->partner),
	         t->text ? t->text : "time-out", at);
	ui_draw_center(ui, w, 1, UI_ROLE_TEXT, line);
	int cols = getmaxx(w) - 4;
	if (state == UI_TIMEOUT_PAUSE) {
		/* Once the return is planned, its time matters, not the pause's. */
		char when[32];
		format_left((time_t)timeout_pause_left(&ui->app->cfg, &ui->timeout, now), left,
		            sizeof(left));
		format_when((time_t)t->scheduled_at, now, when, sizeof(when));
		if (t->scheduled_at > 0)
			snprintf(line, sizeof(line), "Coming back %s", when);
		else
			snprintf(line, sizeof(line), "%s left", left);
		ui_draw_center(ui, w, 3, UI_ROLE_BANNER, line);
		ui_draw_center(ui, w, 5, UI_ROLE_TEXT, "Breathe, stretch, drink some water.");
		ui_draw_center(ui, w, 6, UI_ROLE_DIM, "b: we are back early   s: plan the return");
	} else {
		ui_draw_center(ui, w, 3, UI_ROLE_BANNER, "Time to come back together.");
		ui_draw_center(ui, w, 5, UI_ROLE_TEXT, "Sit down again when you are both ready.");
		snprintf(line, sizeof(line), "b: we are back   s: plan the return (within %d h)",
		         ui->app->cfg.return_within_hours);
		ui_draw_text(ui, w, 6, 2, cols, UI_ROLE_DIM, line);
	}
	if (red > 0)
		timeout_red_lines(ui, w, red);
	curs_set(0);
	wnoutrefresh(w);
}

/* Remember a return or a planned return for u as an edit of the time-out:
 * undo puts the time-out back as `before` was (the pause runs again, or
 * no return is planned), and only while nobody changed it since. */
static void timeout_undo_push(struct ui *ui, const struct entry *before)
{
	struct entry after = { 0 };
	struct tend_err err = { 0 };
	if (store_get(ui->app->st, ENTRY_TIMEOUT, before->id, &after, &err) == TEND_OK) {
		ui_ctx_undo_group(ui);
		ui_ctx_undo_push(ui, UI_UNDO_EDITED, &after, before);
	}
	entry_clear(&after);
}

static void timeout_back(struct ui *ui)
{
	struct tend_err err = { 0 };
	struct entry before = { 0 };
	if (!entry_copy(&before, &ui->timeout))
		ui_oom();
	int minutes;
	if (timeout_return(ui->app->st, &ui->timeout, (int64_t)time(NULL), &minutes, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "Could not save the return: %s", err.msg);
		entry_clear(&before);
		return;
	}
	timeout_undo_push(ui, &before);
	entry_clear(&before);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "Welcome back. Thank you for coming back to it.");
}

static bool schedule_save(struct ui *ui, struct ui_form *f)
{
	struct ui_field *fl = &f->field[0];
	int minutes;
	if (!day_parse_hhmm(fl->text, &minutes)) {
		ui_field_error(fl, "a time like 19:30");
		return false;
	}
	time_t now = time(NULL);
	struct tend_err err = { 0 };
	struct entry before = { 0 };
	if (!entry_copy(&before, &ui->timeout))
		ui_oom();
	int64_t when;
	bool skipped = false;
	if (timeout_schedule(ui->app->st, &ui->app->cfg, &ui->timeout, minutes, (int64_t)now,
	                     &when, &skipped, &err) != TEND_OK) {
		if (err.code == TEND_E_USAGE) {
			ui_field_error(fl, "too late");
			snprintf(f->error, sizeof(f->error), "%s", err.msg);
		} else {
			ui_form_fail(ui, f, &err);
		}
		entry_clear(&before);
		return false;
	}
	timeout_undo_push(ui, &before);
	entry_clear(&before);
	ui_ctx_refresh(ui);
	char at[32], asked[8];
	format_when((time_t)when, now, at, sizeof(at));
	day_format_hhmm(minutes, asked);
	if (skipped)
		ui_ctx_message(ui, false, "Planned: you come back %s (the clocks go forward, "
		               "so there is no %s).", at, asked);
	else
		ui_ctx_message(ui, false, "Planned: you come back %s.", at);
	return true;
}

static void timeout_ask_schedule(struct ui *ui, const char *hint)
{
	struct ui_form *f = ui_form_open(ui, "When will you come back to it?", schedule_save);
	char def[8];
	time_t in_an_hour = time(NULL) + HOUR;
	format_clock(in_an_hour - in_an_hour % 300, def, sizeof(def));
	ui_form_text(f, "Return at", 5, true, def);
	snprintf(f->hint, sizeof(f->hint), "%s", hint);
	ui->asked_id = ui->timeout.id;
}

enum ui_action ui_timeout_key(struct ui *ui, struct ui_key k, bool *handled)
{
	*handled = false;
	int state = ui_timeout_state(ui, time(NULL));
	if (k.fn || state == UI_TIMEOUT_NONE)
		return UI_NONE;
	if (k.ch == L'b') {
		*handled = true;
		timeout_back(ui);
		return UI_REDRAW;
	}
	if (k.ch == L's' && state != UI_TIMEOUT_SCHEDULED) {
		*handled = true;
		timeout_ask_schedule(ui, "Pick a time you can both keep.");
		return UI_REDRAW;
	}
	return UI_NONE;
}

void ui_timeout_tick(struct ui *ui, time_t now)
{
	/* A planned return that has come needs no second question. */
	if (ui_timeout_state(ui, now) != UI_TIMEOUT_DUE || ui->form != NULL ||
	    ui->confirm.active || ui->asked_id == ui->timeout.id || ui->timeout.scheduled_at > 0)
		return;
	if (now - pause_end(ui) >= ASK_AFTER_SECONDS)
		timeout_ask_schedule(ui, "Not back yet? That's all right: choose a time to talk again.");
}

/* Why a time-out cannot be called now, said in the footer; false when it
 * can. The rule is the core's, the same as `tend timeout`'s. */
static bool timeout_barred(struct ui *ui, enum timeout_bar bar)
{
	char day[16];
	switch (bar) {
	case TIMEOUT_OTHER_DAY:
		day_format_short(ui->app->today, day);
		ui_ctx_message(ui, true, "A time-out starts now, so it cannot be filed under %s "
		               "(--date).", day);
		return true;
	case TIMEOUT_RUNNING:
		ui_ctx_message(ui, false, "A time-out is already running%s.",
		               ui_timeout_state(ui, time(NULL)) == UI_TIMEOUT_PAUSE ? ""
		               : " (b when you are back)");
		return true;
	default:
		return false;
	}
}

static bool timeout_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	struct entry e = { 0 };
	e.partner = f->field[0].sel + 1;
	e.phrase = f->field[1].sel + 1;
	struct tend_err err = { 0 };
	enum timeout_bar bar;
	ui_ctx_undo_group(ui);
	bool ok = timeout_call(ui->app, (int64_t)time(NULL), &e, &bar, NULL, &err) == TEND_OK;
	if (ok)
		ui_ctx_undo_push(ui, UI_UNDO_ADDED, &e, NULL);
	else if (bar != TIMEOUT_FREE)
		snprintf(f->error, sizeof(f->error), "Not started: %s.", err.msg);
	else
		ui_form_fail(ui, f, &err);
	char back[16];
	format_clock((time_t)timeout_pause_end(&ui->app->cfg, &e), back, sizeof(back));
	entry_clear(&e);
	ui_ctx_refresh(ui);
	/* The pause's own note, never one left from before it. */
	if (ok) {
		ui_ctx_message(ui, false, "Pause started: back at %s.", back);
		ui->msg_pause = true;
	}
	return ok;
}

void ui_timeout_start(struct ui *ui)
{
	enum timeout_bar bar = timeout_may_call(ui->app, (int64_t)time(NULL),
	                                        ui->timeout_found ? &ui->timeout : NULL);
	if (timeout_barred(ui, bar))
		return;
	struct ui_form *f = ui_form_open(ui, "Time-out", timeout_save);
	const char *names[2] = { ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	ui_form_choice(f, "Called by", names, 2, -1)->required = true;
	const char *phrases[2] = {
		ui->app->cfg.stop_phrase[0] ? ui->app->cfg.stop_phrase[0] : "Time-out",
		ui->app->cfg.stop_phrase[1] ? ui->app->cfg.stop_phrase[1] : "This matters",
	};
	ui_form_choice(f, "Stop-phrase", phrases, 2, 0);
	snprintf(f->hint, sizeof(f->hint), "A pause of %d minute%s starts when you press Enter.",
	         ui->app->cfg.pause_minutes, ui->app->cfg.pause_minutes == 1 ? "" : "s");
}
