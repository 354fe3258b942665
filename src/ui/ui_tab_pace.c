/* ui_tab_pace: the "Ground rules" tab: the two stop-phrases and the red
 * lines (a form each, saved into the config file by rules.c), and the
 * program's pace: paused or going on, the pauses so far, p to pause or
 * resume (undoable with u). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/pace.h"
#include "tend/rules.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

enum { PACE_PAUSED = 1, PACE_RESUMED = 2, RULES_SAVED = 3 };

/* ---- undo ---------------------------------------------------------------- */

static int pace_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct pace_pause pp = { .id = u->id, .uid = u->uid, .rev = u->rev };
	int rc = u->what == PACE_PAUSED ? pace_undo_pause(ui->app->st, &pp, err)
	                                : pace_undo_resume(ui->app->st, &pp, err);
	if (rc == TEND_OK)
		app_pace_reload(ui->app, err);
	return rc;
}

static void pace_undo_done(const struct ui *ui, const struct ui_undo *u, char *buf,
                           size_t size)
{
	(void)ui;
	snprintf(buf, size, "%s", u->what == PACE_PAUSED
	         ? "Undone: the pause. The program goes on as before."
	         : "Undone: the resume. The program is paused again.");
}

static const struct ui_undo_practice pace_undo_ops = {
	.undo = pace_undo,
	.done = pace_undo_done,
};

static void pace_remember(struct ui *ui, const struct pace_pause *pp, int what)
{
	struct ui_undo u = { .practice = &pace_undo_ops, .id = pp->id, .uid = pp->uid,
	                     .rev = pp->rev, .what = what };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
}

/* ---- pause and resume ------------------------------------------------------- */

static bool pause_save(struct ui *ui, struct ui_form *f)
{
	struct tend_err err = { 0 };
	struct pace_pause pp;
	const char *reason = f->field[1].text;

	if (pace_pause(ui->app->st, &ui->app->pace, ui->app->today,
	               reason && *reason ? reason : NULL, &pp, &err) != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	pace_remember(ui, &pp, PACE_PAUSED);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "The program is paused: the days do not count until "
	               "you resume (p).");
	return true;
}

static void pace_resume_yes(struct ui *ui)
{
	struct tend_err err = { 0 };
	struct pace_pause pp;

	if (pace_resume(ui->app->st, &ui->app->pace, ui->app->today, &pp, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "%s", err.msg);
		return;
	}
	pace_remember(ui, &pp, PACE_RESUMED);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "The program goes on today, at day %d.",
	               app_plan_day(ui->app, ui->app->today));
}

static void pace_toggle(struct ui *ui)
{
	if (pace_paused_on(&ui->app->pace, ui->app->today) && pace_running(&ui->app->pace)) {
		ui_confirm_open(ui, "Go on with the program today? (y/n)", pace_resume_yes);
		return;
	}
	struct ui_form *f = ui_form_open(ui, "Pause the program", pause_save);
	ui_form_heading(f, "From today the days do not count; logging stays open.");
	ui_form_text(f, "Why (optional)", PACE_REASON_MAX, false, NULL);
	f->cur = 1;
}

/* ---- the rules' undo --------------------------------------------------------- */

/* Drop the kept saves from the nth on (0: all). */
static void rules_undo_drop(struct ui *ui, size_t n)
{
	while (ui->n_rules_undo > n)
		rules_change_free(&ui->rules_undo[--ui->n_rules_undo]);
	if (ui->n_rules_undo == 0) {
		free(ui->rules_undo);
		ui->rules_undo = NULL;
	}
}

void ui_tab_pace_free(struct ui *ui)
{
	rules_undo_drop(ui, 0);
}

/* The file as it was before save id (1-based) is put back; that save and
 * any later one kept are dropped, taken back or not. */
static int rules_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	size_t i = (size_t)u->id - 1;
	int rc = i < ui->n_rules_undo
	         ? rules_change_undo(&ui->app->cfg, &ui->rules_undo[i], err)
	         : err_set(err, TEND_E_CONFLICT, "that save is no longer kept");
	if (i < ui->n_rules_undo)
		rules_undo_drop(ui, i);
	ui->dirty = true;
	return rc;
}

static void rules_undo_done(const struct ui *ui, const struct ui_undo *u, char *buf,
                            size_t size)
{
	(void)ui;
	(void)u;
	snprintf(buf, size, "Undone: your ground rules are as they were in the config file.");
}

static const struct ui_undo_practice rules_undo_ops = {
	.undo = rules_undo,
	.done = rules_undo_done,
};

/* Keep change (taken over) so that u can take it back. */
static void rules_remember(struct ui *ui, struct rules_change *change)
{
	struct rules_change *v = realloc(ui->rules_undo,
	                                 (ui->n_rules_undo + 1) * sizeof *v);
	if (!v)
		ui_oom();
	ui->rules_undo = v;
	v[ui->n_rules_undo++] = *change;
	struct ui_undo u = { .practice = &rules_undo_ops, .id = (int64_t)ui->n_rules_undo,
	                     .what = RULES_SAVED };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
}

/* ---- the rules' forms --------------------------------------------------------- */

/* After a rule was written (the file's bytes before it in change): the
 * config read again, so every screen shows it, and the save kept for u. */
static bool rules_saved(struct ui *ui, struct ui_form *f, struct rules_change *change,
                        int rc, struct tend_err *err)
{
	if (rc == TEND_OK)
		rc = rules_reload(&ui->app->cfg, err);
	if (rc != TEND_OK) {
		rules_change_free(change);
		ui_form_fail(ui, f, err);
		return false;
	}
	/* Without the bytes after it, the save stands but cannot be undone. */
	struct tend_err after_err = { 0 };
	bool kept = rules_change_end(&ui->app->cfg, change, &after_err) == TEND_OK;
	if (kept)
		rules_remember(ui, change);
	else
		rules_change_free(change);
	ui_ctx_message(ui, false, "Saved in your config file; its comments are kept.");
	ui->dirty = true;
	return true;
}

/* The file's bytes before a save; false (and the form says why) when they
 * cannot be read, so nothing is written that could not be taken back. */
static bool rules_before(struct ui *ui, struct ui_form *f, struct rules_change *change)
{
	struct tend_err err = { 0 };
	if (rules_change_begin(&ui->app->cfg, change, &err) == TEND_OK)
		return true;
	rules_change_free(change);
	ui_form_fail(ui, f, &err);
	return false;
}

static bool phrases_save(struct ui *ui, struct ui_form *f)
{
	struct tend_err err = { 0 };
	const char *v[2] = { f->field[1].text, f->field[2].text };

	struct rules_change change;

	if (!ui_form_check(f) || !rules_before(ui, f, &change))
		return false;
	return rules_saved(ui, f, &change, rules_set_stop_phrases(&ui->app->cfg, v, &err),
	                   &err);
}

static void phrases_form(struct ui *ui)
{
	const struct config *c = &ui->app->cfg;
	struct ui_form *f = ui_form_open(ui, "Our stop-phrases", phrases_save);
	ui_form_heading(f, "Either of you says one, and you both pause.");
	ui_form_text(f, "Stop-phrase 1", RULES_TEXT_MAX, true, c->stop_phrase[0]);
	ui_form_text(f, "Stop-phrase 2", RULES_TEXT_MAX, true, c->stop_phrase[1]);
	f->cur = 1;
}

static bool lines_save(struct ui *ui, struct ui_form *f)
{
	struct tend_err err = { 0 };
	const char *v[UI_FORM_FIELDS];
	size_t n = 0;

	struct rules_change change;

	/* An emptied line is removed. */
	for (int i = 1; i < f->n; i++)
		if (!ui_field_empty(&f->field[i]))
			v[n++] = f->field[i].text;
	if (!rules_before(ui, f, &change))
		return false;
	return rules_saved(ui, f, &change, rules_set_red_lines(&ui->app->cfg, v, n, &err),
	                   &err);
}

static void lines_form(struct ui *ui)
{
	const struct config *c = &ui->app->cfg;
	struct ui_form *f = ui_form_open(ui, "Our red lines", lines_save);
	char label[32];
	size_t n = c->n_red_lines;

	ui_form_heading(f, "What you both agree never to do in a fight. Empty: removed.");
	/* Every line, and one more to add while there is room. */
	for (size_t i = 0; i <= n && i < UI_FORM_FIELDS - 1 && i < RULES_RED_LINES_MAX; i++) {
		snprintf(label, sizeof label, "Red line %zu", i + 1);
		ui_form_text(f, label, RULES_TEXT_MAX, false, i < n ? c->red_lines[i] : NULL);
	}
	f->cur = 1;
}

/* ---- the tab ----------------------------------------------------------------- */

/* One rule a line, "1  TEXT"; returns the next line. */
static int draw_list(struct ui *ui, WINDOW *w, int y, int last, char *const *v, size_t n)
{
	int cols = getmaxx(w) - 4;
	for (size_t i = 0; i < n && y <= last; i++, y++) {
		ui_draw_textf(ui, w, y, 2, 4, UI_ROLE_DIM, "%3zu", i + 1);
		ui_draw_text(ui, w, y, 7, cols - 5, UI_ROLE_TEXT, v[i]);
	}
	return y;
}

/* Paused or going on, then the pauses, newest first. */
static int draw_pace(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct app *app = ui->app;
	const struct pace *p = &app->pace;
	int cols = getmaxx(w) - 4;
	char a[16], b[16];

	if (y > last)
		return y;
	if (pace_paused_on(p, app->today)) {
		const struct pace_pause *run = pace_running(p);
		day_format_short(run ? run->from : app->today, a);
		ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_WARN, "Paused since %s: the days do not "
		              "count. Logging stays open.", a);
	} else {
		int n = app_plan_day(app, app->today);
		ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_TEXT, n >= 1
		              ? "The program goes on: day %d. Paused days never count."
		              : "The program goes on.", n);
	}
	for (size_t i = p->n; i > 0 && y <= last; i--, y++) {
		const struct pace_pause *pp = &p->v[i - 1];
		day_format_short(pp->from, a);
		char line[96];
		if (pp->to == DAY_INVALID)
			snprintf(line, sizeof line, "Paused from %s", a);
		else {
			day_format_short(pp->to - 1, b);
			snprintf(line, sizeof line, "Paused %s to %s (%d day%s)", a, b,
			         (int)(pp->to - pp->from), pp->to - pp->from == 1 ? "" : "s");
		}
		int x = 4 + ui_draw_text(ui, w, y, 4, cols - 2, UI_ROLE_DIM, line);
		if (pp->reason) {
			x += ui_draw_text(ui, w, y, x, cols + 2 - x, UI_ROLE_DIM, ": ");
			ui_draw_text(ui, w, y, x, cols + 2 - x, UI_ROLE_TEXT, pp->reason);
		}
	}
	return y;
}

static void pace_tab_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	const struct config *c = &ui->app->cfg;
	int last = y + rows - 1, cols = getmaxx(w) - 4;

	ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_TITLE, "Stop-phrases: a pause of %d "
	              "minutes, back within %d hours", c->pause_minutes,
	              c->return_within_hours);
	y = draw_list(ui, w, y, last, c->stop_phrase, 2) + 1;
	/* The pace keeps its three lines; the red lines take what is left. */
	int room = last - y - 4 - (int)ui->app->pace.n;
	room = room < 2 ? 2 : room;
	if (y <= last)
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TITLE, "Red lines");
	size_t n = c->n_red_lines;
	if (n == 0 && y <= last)
		ui_draw_text(ui, w, y++, 4, cols - 2, UI_ROLE_DIM, "None yet: r writes them.");
	if ((int)n > room - 1) {
		y = draw_list(ui, w, y, y + room - 2, c->red_lines, (size_t)room - 1);
		if (y <= last)
			ui_draw_textf(ui, w, y++, 7, cols - 5, UI_ROLE_DIM, "and %zu more (r shows "
			              "them all)", n - (size_t)(room - 1));
	} else {
		y = draw_list(ui, w, y, last, c->red_lines, n);
	}
	draw_pace(ui, w, y + 1, last);
}

static enum ui_action pace_tab_key(struct ui *ui, struct ui_key k)
{
	if (k.fn)
		return UI_NONE;
	switch (k.ch) {
	case L's': phrases_form(ui); break;
	case L'r': lines_form(ui); break;
	case L'p': pace_toggle(ui); break;
	case L'u': ui_ctx_undo(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

static void pace_tab_note(struct ui *ui, char *buf, size_t size)
{
	buf[0] = '\0';
	if (pace_paused_on(&ui->app->pace, ui->app->today))
		snprintf(buf, size, "program paused");
}

const struct ui_tab ui_tab_pace = {
	.title = "Ground rules",
	.short_title = "Rules",
	.draw = pace_tab_draw,
	.key = pace_tab_key,
	.keys = "s stop-phrases  r red lines  p pause/resume  u undo",
	.note = pace_tab_note,
};
