/* ui_tab_objective: the two sentences on the practices screen. Each
 * partner writes theirs in a form; nobody's words are shown until both
 * have written (only who has); then both appear together. The origin of
 * the rough patch and the first phase it suggests are shown below. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/objective.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

enum { UNDO_ORIGIN = 3 };  /* u->what: 1 or 2 a partner's version, 3 an origin note */

/* What the tab keeps: the state it shows (loaded on every reload) and
 * whether it shows the history, from which version. */
struct ui_objective {
	struct objective_state s;
	bool history;
	int top;
};

static struct ui_objective *tab(struct ui *ui)
{
	if (!ui->objective) {
		ui->objective = calloc(1, sizeof *ui->objective);
		if (!ui->objective)
			ui_oom();
		ui->objective->s.current[0] = ui->objective->s.current[1] = -1;
	}
	return ui->objective;
}

static struct objective_state *state(struct ui *ui)
{
	return &tab(ui)->s;
}

void ui_tab_objective_free(struct ui *ui)
{
	if (!ui->objective)
		return;
	objective_state_free(&ui->objective->s);
	free(ui->objective);
	ui->objective = NULL;
}

static void objective_reload(struct ui *ui)
{
	struct objective_state *s = state(ui), fresh;
	struct tend_err err = { 0 };
	if (!ui->app->st || objective_load(ui->app->st, &fresh, &err) != TEND_OK)
		return; /* keep what was shown; the next reload tries again */
	objective_state_free(s);
	*s = fresh;
	if (!objective_both(s))
		tab(ui)->history = false;
}

/* Draw s wrapped over at most lines lines of cols columns; the last one is
 * cut with an ellipsis. Returns the lines used. */
static int draw_wrapped(struct ui *ui, WINDOW *w, int y, int x, int cols, int lines,
                        enum ui_role role, const char *s)
{
	char *safe = text_safe(s, ui->ascii);
	if (!safe)
		ui_oom();
	const char *p = safe;
	int used = 0;
	while (*p && used < lines) {
		size_t n = strlen(p);
		if (used < lines - 1 && text_width(p) > cols) {
			n = text_prefix_for_width(p, cols);
			/* Break after the last space that fits, when there is one. */
			size_t b = n;
			while (b > 0 && p[b - 1] != ' ')
				b--;
			if (b > 0)
				n = b;
		}
		char *line = strndup(p, n);
		if (!line)
			ui_oom();
		ui_draw_text(ui, w, y + used, x, cols, role, line);
		free(line);
		p += n;
		used++;
	}
	free(safe);
	return used ? used : 1;
}

/* One partner's two sentences, from line y; returns the next free line. */
static int draw_partner(struct ui *ui, WINDOW *w, int y, int last, int p)
{
	const struct objective_version *v = objective_current(state(ui), p);
	int cols = getmaxx(w) - 4;
	char day[16];
	day_format_short(v->day, day);
	int x = 2 + ui_draw_text(ui, w, y, 2, cols, ui_color_partner(p), ui_ctx_name(ui, p));
	ui_draw_textf(ui, w, y, x, cols - x + 2, UI_ROLE_DIM, "  %s", day);
	y++;
	const char *label[2] = { "The problem", "The outcome" };
	const char *text[2] = { v->problem, v->outcome };
	for (int i = 0; i < 2 && y <= last; i++) {
		ui_draw_text(ui, w, y, 4, 12, UI_ROLE_DIM, label[i]);
		y += draw_wrapped(ui, w, y, 17, cols - 15, last - y + 1 < 2 ? 1 : 2, UI_ROLE_TEXT,
		                  text[i]);
	}
	return y;
}

/* Where the rough patch began and the first phase it suggests. */
static int draw_origin(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct objective_state *s = state(ui);
	int cols = getmaxx(w) - 4;
	if (y > last)
		return y;
	if (s->origin == OBJECTIVE_ORIGIN_NONE) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_DIM,
		             "Where did the rough patch begin? b notes it.");
		return y + 1;
	}
	ui_draw_textf(ui, w, y++, 2, cols, UI_ROLE_TEXT, "Where it began: %s.",
	              objective_origin_words(s->origin, ui->app->cfg.discreet));
	const struct plan *pl = &ui->app->plan;
	int days = pl->n_phases ? pl->phases[0].last - pl->phases[0].first + 1 : 0;
	char hint[256], how[1024];
	objective_suggestion(s->origin, days, hint, sizeof hint);
	objective_suggestion_how(s->origin, &ui->app->cfg, days, how, sizeof how);
	if (y <= last)
		y += draw_wrapped(ui, w, y, 2, cols, 2, UI_ROLE_DIM, hint);
	if (how[0] && y <= last)
		y += draw_wrapped(ui, w, y, 2, cols, 2, UI_ROLE_DIM, how);
	return y;
}

/* The history, newest first from tab->top: each version or mark on a line,
 * its sentences under it. */
static void draw_history(struct ui *ui, WINDOW *w, int y, int last)
{
	const struct objective_state *s = state(ui);
	int cols = getmaxx(w) - 4;
	ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_DIM,
	             "Every version, newest first (Up/Down scroll, h back):");
	for (int i = (int)s->all.n - 1 - tab(ui)->top; i >= 0 && y <= last; i--) {
		const struct objective_version *v = &s->all.v[i];
		char day[16];
		day_format_short(v->day, day);
		int x = 2 + ui_draw_text(ui, w, y, 2, 12, ui_color_partner(v->partner),
		                         ui_ctx_name(ui, v->partner));
		ui_draw_textf(ui, w, y++, x, cols - x + 2, UI_ROLE_DIM, "  %s  %s", day,
		              v->kept ? "kept as they were" : "wrote");
		if (v->kept)
			continue;
		const char *label[2] = { "The problem", "The outcome" };
		const char *text[2] = { v->problem, v->outcome };
		for (int k = 0; k < 2 && y <= last; k++) {
			ui_draw_text(ui, w, y, 4, 12, UI_ROLE_DIM, label[k]);
			ui_draw_text(ui, w, y++, 17, cols - 15, UI_ROLE_TEXT, text[k]);
		}
	}
}

static void objective_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	if (tab(ui)->history) {
		draw_history(ui, w, y, y + rows - 1);
		return;
	}
	const struct objective_state *s = state(ui);
	int last = y + rows - 1, cols = getmaxx(w) - 4;
	y += draw_wrapped(ui, w, y, 2, cols, 2, UI_ROLE_DIM,
	                  "Each of you: the problem in your own words, and the outcome you "
	                  "want in 3 to 6 months.");
	y++;
	if (!objective_both(s)) {
		char line[256];
		objective_progress(s, ui_ctx_name(ui, 1), ui_ctx_name(ui, 2), line, sizeof line);
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_TEXT, line);
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_DIM,
		             "Both appear here together once you have both saved yours.");
	} else {
		if (objective_look_pending(s, app_plan_start(ui->app, ui->app->today), ui->app->today))
			y += draw_wrapped(ui, w, y, 2, cols, 2, UI_ROLE_WARN,
			                  "Time for a look: k keeps yours as they are, w rewrites them.");
		for (int p = 1; p <= 2 && y <= last; p++)
			y = draw_partner(ui, w, y, last, p) + (p == 1);
	}
	y++;
	draw_origin(ui, w, y, last);
}

int ui_tab_objective_plan_block(struct ui *ui, WINDOW *w, int y)
{
	const struct objective_state *s = state(ui);
	if (!objective_both(s))
		return 0;
	int cols = getmaxx(w) - 4;
	int width = text_width(ui_ctx_name(ui, 1));
	if (text_width(ui_ctx_name(ui, 2)) > width)
		width = text_width(ui_ctx_name(ui, 2));
	if (width > 12)
		width = 12;
	for (int p = 1; p <= 2; p++) {
		const struct objective_version *v = objective_current(s, p);
		ui_draw_text(ui, w, y + p - 1, 2, width, ui_color_partner(p), ui_ctx_name(ui, p));
		ui_draw_text(ui, w, y + p - 1, 3 + width, cols - width - 1, UI_ROLE_TEXT, v->outcome);
	}
	ui_draw_text(ui, w, y + 2, 2, cols, UI_ROLE_DIM, "Your outcomes in 3 to 6 months; "
	             "the whole two sentences: o on the dashboard.");
	return 3;
}

/* After a save: reload, say so, and remember it for undo. */
static const struct ui_undo_practice objective_undo;
static void saved(struct ui *ui, int what, int64_t id, int64_t uid)
{
	ui_ctx_undo_group(ui);
	struct ui_undo u = { .practice = &objective_undo, .id = id, .uid = uid, .what = what };
	ui_ctx_undo_push_practice(ui, &u);
	ui_ctx_refresh(ui);
}

static bool write_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	int p = f->field[0].sel + 1;
	const char *problem = ui_field_empty(&f->field[1]) ? NULL : f->field[1].text;
	const char *outcome = ui_field_empty(&f->field[2]) ? NULL : f->field[2].text;
	struct objective_version v;
	struct tend_err err = { 0 };
	if (objective_write(ui->app->st, p, ui->app->today, problem, outcome, &v, &err)) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	saved(ui, p, v.id, v.uid);
	if (v.kept)
		ui_ctx_message(ui, false, "%s's two sentences are as they were: kept.",
		               ui_ctx_name(ui, p));
	else if (!objective_both(state(ui)))
		ui_ctx_message(ui, false, "Saved. %s's stay hidden until %s has written theirs.",
		               ui_ctx_name(ui, p), ui_ctx_name(ui, 3 - p));
	else
		ui_ctx_message(ui, false, "Saved %s's two sentences.", ui_ctx_name(ui, p));
	return true;
}

static bool keep_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	int p = f->field[0].sel + 1;
	struct objective_version v;
	struct tend_err err = { 0 };
	if (objective_keep(ui->app->st, p, ui->app->today, &v, &err)) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	saved(ui, p, v.id, v.uid);
	ui_ctx_message(ui, false, "Noted: %s keeps their two sentences as they are.",
	               ui_ctx_name(ui, p));
	return true;
}

static const char *const origin_choices[] = { "acute", "cumulative" };

static bool origin_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	int origin = f->field[0].sel == 0 ? OBJECTIVE_ACUTE : OBJECTIVE_CUMULATIVE;
	int64_t id, uid;
	struct tend_err err = { 0 };
	if (objective_set_origin(ui->app->st, origin, ui->app->today, &id, &uid, &err)) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	saved(ui, UNDO_ORIGIN, id, uid);
	ui_ctx_message(ui, false, "Noted. Your plan stays as it is; the tab says what "
	               "would suit it.");
	return true;
}

/* Who is writing or keeping: never guessed, so nobody types into the
 * other's sentences by mistake. */
static void who_field(struct ui *ui, struct ui_form *f)
{
	const char *names[2] = { ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	ui_form_choice(f, "Who", names, 2, -1)->required = true;
}

static void open_write(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "Your two sentences", write_save);
	who_field(ui, f);
	ui_form_text(f, "The problem", TEXT_MAX_CHARS, false, NULL);
	ui_form_text(f, "The outcome", TEXT_MAX_CHARS, false, NULL);
	snprintf(f->hint, sizeof f->hint, "The outcome: in 3 to 6 months. A rewrite: blank "
	         "keeps one.");
}

static void open_keep(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "Keep your two sentences as they are", keep_save);
	who_field(ui, f);
	snprintf(f->hint, sizeof f->hint, "A dated mark in the history; nothing is rewritten.");
}

static void open_origin(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "Where the rough patch began", origin_save);
	int origin = state(ui)->origin;
	int sel = origin == OBJECTIVE_CUMULATIVE ? 1 : origin == OBJECTIVE_ACUTE ? 0 : -1;
	ui_form_choice(f, "Origin", origin_choices, 2, sel)->required = true;
	snprintf(f->hint, sizeof f->hint, "%s",
	         ui->app->cfg.discreet ? "Acute: something sudden. Cumulative: built up over time."
	         : "Acute: betrayal, job loss, illness. Cumulative: years of small things.");
}

/* Up and Down move the history by one version. */
static enum ui_action history_scroll(struct ui *ui, struct ui_key k)
{
	struct ui_objective *t = tab(ui);
	if (!t->history || (k.ch != KEY_UP && k.ch != KEY_DOWN))
		return UI_NONE;
	if (k.ch == KEY_UP && t->top > 0)
		t->top--;
	else if (k.ch == KEY_DOWN && t->top + 1 < (int)t->s.all.n)
		t->top++;
	return UI_REDRAW;
}

static enum ui_action objective_key(struct ui *ui, struct ui_key k)
{
	if (k.fn)
		return history_scroll(ui, k);
	switch (k.ch) {
	case L'w': open_write(ui); return UI_REDRAW;
	case L'k': open_keep(ui); return UI_REDRAW;
	case L'b': open_origin(ui); return UI_REDRAW;
	case L'u': ui_ctx_undo(ui); return UI_REDRAW;
	case L'h':
		if (!objective_both(state(ui))) {
			ui_ctx_message(ui, false, "The history shows once you have both written yours.");
			return UI_REDRAW;
		}
		tab(ui)->history = !tab(ui)->history;
		tab(ui)->top = 0;
		return UI_REDRAW;
	default: return UI_NONE;
	}
}

/* Plan weeks 5-6 and each quarterly review: a look is due (who has yet to
 * take it is not said); in the first two weeks, the sentences to write. */
static void objective_note(struct ui *ui, char *buf, size_t size)
{
	const struct objective_state *s = state(ui);
	tend_day today = ui->app->today, start = app_plan_start(ui->app, today);
	buf[0] = '\0';
	if (objective_look_pending(s, start, today))
		snprintf(buf, size, "your two sentences: a look");
	else if (!objective_both(s) && today >= start && today - start < 14)
		snprintf(buf, size, "your two sentences");
}

static int objective_undo_one(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	if (u->what == UNDO_ORIGIN)
		return objective_unset_origin(ui->app->st, u->id, u->uid, err);
	return objective_unsave(ui->app->st, u->id, u->uid, err);
}

static void objective_undone(const struct ui *ui, const struct ui_undo *u, char *buf,
                             size_t size)
{
	if (u->what == UNDO_ORIGIN)
		snprintf(buf, size, "Undone: the note of where it began.");
	else
		snprintf(buf, size, "Undone: %s's last save of the two sentences.",
		         ui_ctx_name(ui, (int)u->what));
}

static const struct ui_undo_practice objective_undo = {
	.undo = objective_undo_one,
	.done = objective_undone,
};

const struct ui_tab ui_tab_objective = {
	.title = "Two sentences",
	.short_title = "Sentences",
	.draw = objective_draw,
	.key = objective_key,
	.keys = "w write  k keep  h history  b origin  u undo",
	.reload = objective_reload,
	.note = objective_note,
};
