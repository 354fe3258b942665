/* ui_tab_ritual: the rituals' tab on the practices screen (this week's
 * marks; n add, Space done today, p pause or resume, d remove, all
 * undoable), their rows in the full-screen week, and their note for the
 * dashboard ("Thursday walk today"). The rules are ritual.c's. */
#include "tend/ui_tab_ritual.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/ritual.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

enum { KEY_SPACE = ' ', NAME_W = 24, MARK_W = 4, DROPPED_KEEP = 8 };

/* What an undo record of this tab is (struct ui_undo.what). rev holds the
 * day for a mark, the pause's id for a pause or a resume. */
enum { UNDO_ADDED, UNDO_MARKED, UNDO_UNMARKED, UNDO_PAUSED, UNDO_RESUMED, UNDO_DROPPED,
       UNDO_REMOVED };

/* A pause that a resume on its first day took away, kept so that undo can
 * put it back as it was. */
struct dropped {
	int64_t ritual;
	tend_day from;
	char *reason;
};

struct ui_ritual {
	struct store_rituals s;  /* every ritual, the marks of both weeks below */
	tend_day week, wv;       /* this week's first day, the week view's */
	int sel;
	bool failed;             /* the last load failed: show nothing stale */
	struct dropped dropped[DROPPED_KEEP];
	int n_dropped;
	struct { int64_t id, uid; } *removed; /* removed here: erased at the end */
	size_t n_removed, cap_removed;
	int64_t tonight[RITUAL_MAX]; /* the evening's form: the ritual of each field */
	int n_tonight;
};

static struct ui_ritual *state(struct ui *ui)
{
	if (!ui->ritual) {
		ui->ritual = calloc(1, sizeof *ui->ritual);
		if (!ui->ritual)
			ui_oom();
	}
	return ui->ritual;
}

void ui_tab_ritual_free(struct ui *ui)
{
	struct ui_ritual *r = ui->ritual;
	if (!r)
		return;
	store_rituals_free(&r->s);
	for (int i = 0; i < r->n_dropped; i++)
		free(r->dropped[i].reason);
	free(r->removed);
	free(r);
	ui->ritual = NULL;
}

void ui_tab_ritual_purge(struct ui *ui)
{
	struct ui_ritual *r = ui->ritual;
	for (size_t i = 0; r && i < r->n_removed; i++) {
		struct tend_err err = { 0 };
		store_ritual_erase(ui->app->st, r->removed[i].id, r->removed[i].uid, &err);
	}
}

static void ritual_reload(struct ui *ui)
{
	struct ui_ritual *r = state(ui);
	r->week = ui->week_start;
	r->wv = ui->wv_start;
	tend_day from = r->week < r->wv ? r->week : r->wv;
	tend_day to = (r->week > r->wv ? r->week : r->wv) + 6;
	struct tend_err err = { 0 };
	store_rituals_free(&r->s);
	r->failed = store_ritual_load(ui->app->st, from, to, &r->s, &err) != TEND_OK;
	if (r->sel >= (int)r->s.n)
		r->sel = r->s.n ? (int)r->s.n - 1 : 0;
}

/* The loaded rituals, reloaded when the week view moved since. */
static const struct store_rituals *rituals(struct ui *ui)
{
	struct ui_ritual *r = state(ui);
	if (r->wv != ui->wv_start || r->week != ui->week_start)
		ritual_reload(ui);
	return &r->s;
}

static enum ui_role mark_role(enum ritual_state st)
{
	return st == RITUAL_DONE ? UI_ROLE_GOOD : UI_ROLE_DIM;
}

int ui_tab_ritual_week_rows(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                            int max_rows)
{
	const struct store_rituals *s = rituals(ui);
	int n = (int)s->n, shown = n <= max_rows ? n : max_rows - 1;
	for (int i = 0; i < shown; i++) {
		const struct store_ritual *r = &s->v[i];
		ui_draw_text(ui, w, y + i, g->x + 1, g->label_w - 1, UI_ROLE_TEXT, r->name);
		for (int d = 0; d < 7; d++) {
			enum ritual_state st = ritual_state_on(s, r, ui->wv_start + d);
			int x = g->x + g->label_w + d * g->col_w + (g->col_w - 1) / 2;
			ui_draw_text(ui, w, y + i, x, 1, mark_role(st), ritual_state_mark(st, ui->ascii));
		}
	}
	if (shown < n && max_rows > 0)
		ui_draw_textf(ui, w, y + shown, g->x + 1, getmaxx(w) - g->x - 2, UI_ROLE_DIM,
		              "and %d more rituals (o, then the Rituals tab)", n - shown);
	return shown < n && max_rows > 0 ? shown + 1 : shown;
}

int ui_tab_ritual_count(struct ui *ui)
{
	return (int)rituals(ui)->n;
}

/* The line for ritual r: its name, this week's marks, its rhythm or why it
 * is paused. */
static void draw_line(struct ui *ui, WINDOW *w, int y, const struct store_rituals *s,
                      const struct store_ritual *r, bool sel)
{
	int right = getmaxx(w) - 3;
	ui_draw_text(ui, w, y, 2, 2, UI_ROLE_KEY, sel ? ">" : " ");
	ui_draw_text(ui, w, y, 4, NAME_W - 1, sel ? UI_ROLE_FOCUS : UI_ROLE_TEXT, r->name);
	int x = 4 + NAME_W;
	for (int d = 0; d < 7; d++) {
		enum ritual_state st = ritual_state_on(s, r, ui->week_start + d);
		bool today = ui->week_start + d == ui->app->today;
		ui_draw_text(ui, w, y, x + d * MARK_W + 1, 1, today && st == RITUAL_BLANK
		             ? UI_ROLE_TODAY : mark_role(st), ritual_state_mark(st, ui->ascii));
	}
	x += 7 * MARK_W;
	const struct store_ritual_pause *p = ritual_pause_on(s, r->id, ui->app->today);
	char rhythm[64];
	ritual_rhythm(r->days, r->at, rhythm, sizeof rhythm);
	if (p)
		ui_draw_textf(ui, w, y, x, right - x, UI_ROLE_DIM, "paused: %s",
		              p->reason ? p->reason : "");
	else
		ui_draw_text(ui, w, y, x, right - x, UI_ROLE_TEXT, rhythm);
}

static void ritual_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	const struct store_rituals *s = rituals(ui);
	struct ui_ritual *r = state(ui);
	int cols = getmaxx(w) - 4;
	if (r->failed) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_ERROR, "The rituals could not be read.");
		return;
	}
	if (s->n == 0) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TEXT, "No rituals yet. Press n to add "
		             "one: a Thursday walk, Sunday coffee,");
		ui_draw_text(ui, w, y + 1, 2, cols, UI_ROLE_TEXT, "ten minutes of reading aloud "
		             "at night. A day you do not mark stays blank.");
		return;
	}
	ui_draw_text(ui, w, y, 4, NAME_W - 1, UI_ROLE_TITLE, "This week");
	for (int d = 0; d < 7; d++)
		ui_draw_text(ui, w, y, 4 + NAME_W + d * MARK_W, 3,
		             ui->week_start + d == ui->app->today ? UI_ROLE_TODAY : UI_ROLE_DIM,
		             day_weekday_abbr(day_weekday(ui->week_start + d)));
	for (size_t i = 0; i < s->n && (int)i + 1 < rows - 2; i++)
		draw_line(ui, w, y + 1 + (int)i, s, &s->v[i], (int)i == r->sel);
	if ((int)s->n + 2 < rows)
		ui_draw_textf(ui, w, y + rows - 1, 4, cols - 2, UI_ROLE_DIM,
		              "%s done   %s not its day   %s paused   a blank day is just blank",
		              ritual_state_mark(RITUAL_DONE, ui->ascii),
		              ritual_state_mark(RITUAL_OFF, ui->ascii),
		              ritual_state_mark(RITUAL_PAUSED, ui->ascii));
}

/* Remember a change for u, and say what it was. */
static const struct ui_undo_practice ritual_undo_ops;

static void push_undo(struct ui *ui, int what, const struct ritual_change *c, int64_t rev)
{
	struct ui_undo u = { .practice = &ritual_undo_ops, .id = c->id, .uid = c->uid,
	                     .rev = rev, .what = what };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
}

/* After a change: reload everything, and show a failure in the footer. */
static void after(struct ui *ui, int rc, const struct tend_err *err)
{
	if (rc)
		ui_ctx_message(ui, true, "%s", err->msg);
	ui_ctx_refresh(ui);
}

static const struct store_ritual *selected(struct ui *ui)
{
	const struct store_rituals *s = rituals(ui);
	int sel = state(ui)->sel;
	return sel >= 0 && (size_t)sel < s->n ? &s->v[sel] : NULL;
}

/* Space: today's occurrence done, or blank again. */
static void toggle_today(struct ui *ui)
{
	const struct store_ritual *r = selected(ui);
	if (!r)
		return;
	tend_day today = ui->app->today;
	bool done = !ritual_done_on(rituals(ui), r->id, today);
	char name[512];
	snprintf(name, sizeof name, "%s", r->name);
	struct tend_err err = { 0 };
	struct ritual_change c;
	int rc = ritual_mark(ui->app->st, name, today, done, &c, &err);
	if (!rc && c.changed) {
		push_undo(ui, done ? UNDO_MARKED : UNDO_UNMARKED, &c, today);
		ui_ctx_message(ui, false, done ? "Done today. Well kept (u undoes)."
		               : "Today's mark is taken back (u undoes).");
	}
	after(ui, rc, &err);
}

static bool add_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	unsigned days;
	int at = -1;
	if (!ritual_days_parse(f->field[1].text, &days)) {
		ui_field_error(&f->field[1], "daily, weekdays, or mon,thu");
		f->cur = 1;
		return false;
	}
	if (!ui_field_empty(&f->field[2]) && !day_parse_hhmm(f->field[2].text, &at)) {
		ui_field_error(&f->field[2], "HH:MM, or leave it empty");
		f->cur = 2;
		return false;
	}
	struct tend_err err = { 0 };
	struct ritual_change c;
	if (ritual_add(ui->app->st, f->field[0].text, days, at, ui->app->today, &c, &err)) {
		ui_ctx_refresh(ui);
		ui_form_fail(ui, f, &err);
		return false;
	}
	push_undo(ui, UNDO_ADDED, &c, 0);
	ui_ctx_message(ui, false, "Added. Space marks it done on its days (u undoes).");
	ui_ctx_refresh(ui);
	state(ui)->sel = (int)rituals(ui)->n - 1;
	return true;
}

static void add_open(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "A new ritual", add_save);
	ui_form_text(f, "Name", 40, true, "");
	ui_form_text(f, "Days", 40, true, "");
	ui_form_text(f, "Time", 5, false, "");
	snprintf(f->hint, sizeof f->hint, "Days: daily, weekdays, weekends or mon,thu. "
	         "Time (optional): HH:MM.");
}

static bool pause_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	const struct store_ritual *r = selected(ui);
	if (!r) {
		snprintf(f->error, sizeof f->error, "That ritual was removed elsewhere.");
		return false;
	}
	char name[512];
	snprintf(name, sizeof name, "%s", r->name);
	struct tend_err err = { 0 };
	struct ritual_change c;
	if (ritual_pause(ui->app->st, name, ui->app->today, f->field[0].text, &c, &err)) {
		ui_ctx_refresh(ui);
		ui_form_fail(ui, f, &err);
		return false;
	}
	push_undo(ui, UNDO_PAUSED, &c, c.pause_id);
	ui_ctx_message(ui, false, "Paused from today. Resume it on purpose with p (u undoes).");
	ui_ctx_refresh(ui);
	return true;
}

/* Keep what a resume on a pause's first day took away, for its undo. */
static void keep_dropped(struct ui *ui, const struct ritual_change *c, const char *reason)
{
	struct ui_ritual *r = state(ui);
	if (r->n_dropped == DROPPED_KEEP) {
		free(r->dropped[0].reason);
		memmove(r->dropped, r->dropped + 1, (DROPPED_KEEP - 1) * sizeof *r->dropped);
		r->n_dropped--;
	}
	char *copy = reason ? strdup(reason) : NULL;
	if (reason && !copy)
		ui_oom();
	r->dropped[r->n_dropped++] = (struct dropped){ c->id, c->pause_from, copy };
}

/* p: resume a paused ritual, or ask why it pauses. */
static void pause_or_resume(struct ui *ui)
{
	const struct store_ritual *r = selected(ui);
	if (!r)
		return;
	const struct store_ritual_pause *p = ritual_pause_open(rituals(ui), r->id);
	if (!p) {
		struct ui_form *f = ui_form_open(ui, "Pause this ritual, on purpose", pause_save);
		ui_form_text(f, "Why", RITUAL_REASON_MAX_CHARS, true, "");
		snprintf(f->hint, sizeof f->hint, "Travel, illness, a busy month: it stays "
		         "paused until you resume it.");
		return;
	}
	char name[512], *reason = p->reason ? strdup(p->reason) : NULL;
	if (p->reason && !reason)
		ui_oom();
	snprintf(name, sizeof name, "%s", r->name);
	struct tend_err err = { 0 };
	struct ritual_change c;
	int rc = ritual_resume(ui->app->st, name, ui->app->today, &c, &err);
	if (!rc) {
		if (c.dropped)
			keep_dropped(ui, &c, reason);
		push_undo(ui, c.dropped ? UNDO_DROPPED : UNDO_RESUMED, &c, c.pause_id);
		ui_ctx_message(ui, false, "Resumed from today. Welcome back to it (u undoes).");
	}
	free(reason);
	after(ui, rc, &err);
}

static void remove_yes(struct ui *ui)
{
	const struct store_ritual *r = selected(ui);
	if (!r)
		return;
	struct ui_ritual *st = state(ui);
	if (st->n_removed == st->cap_removed) {
		size_t cap = st->cap_removed ? st->cap_removed * 2 : 8;
		void *v = realloc(st->removed, cap * sizeof *st->removed);
		if (!v)
			ui_oom();
		st->removed = v;
		st->cap_removed = cap;
	}
	char name[512];
	snprintf(name, sizeof name, "%s", r->name);
	struct tend_err err = { 0 };
	struct ritual_change c;
	int rc = ritual_remove(ui->app->st, name, true, &c, &err);
	if (!rc) {
		st->removed[st->n_removed].id = c.id;
		st->removed[st->n_removed++].uid = c.uid;
		push_undo(ui, UNDO_REMOVED, &c, 0);
		ui_ctx_message(ui, false, "Removed, with its marks (u undoes).");
	}
	after(ui, rc, &err);
}

/* The evening's form saved: each ritual picked "kept" is marked done
 * today, all of them undone together by one u. */
static bool tonight_save(struct ui *ui, struct ui_form *f)
{
	struct ui_ritual *r = state(ui);
	const struct store_rituals *s = rituals(ui);
	int marked = 0;
	ui_ctx_undo_group(ui);
	for (int i = 0; i < r->n_tonight && i < f->n; i++) {
		if (f->field[i].sel != 0)
			continue;
		const struct store_ritual *it = NULL;
		for (size_t k = 0; k < s->n && !it; k++)
			if (s->v[k].id == r->tonight[i])
				it = &s->v[k];
		char name[512];
		snprintf(name, sizeof name, "%s", it ? it->name : "");
		struct tend_err err = { 0 };
		struct ritual_change c;
		if (!it) {
			err_set(&err, TEND_E_CONFLICT, "a ritual was removed elsewhere; "
			        "Esc, then e again shows today's");
		} else if (ritual_mark(ui->app->st, name, ui->app->today, true, &c, &err) ==
		           TEND_OK) {
			struct ui_undo u = { .practice = &ritual_undo_ops, .id = c.id, .uid = c.uid,
			                     .rev = ui->app->today, .what = UNDO_MARKED };
			if (c.changed) {
				ui_ctx_undo_push_practice(ui, &u);
				marked++;
			}
			continue;
		}
		ui_ctx_refresh(ui);
		ui_form_fail(ui, f, &err);
		return false;
	}
	if (marked == 0)
		ui_ctx_message(ui, false, "Nothing marked: a blank day is just blank.");
	else if (marked == 1)
		ui_ctx_message(ui, false, "Marked done today. Well kept (u undoes).");
	else
		ui_ctx_message(ui, false, "%d rituals marked done today. Well kept (u undoes).",
		               marked);
	ui_ctx_refresh(ui);
	return true;
}

void ui_tab_ritual_form(struct ui *ui)
{
	ritual_reload(ui);
	struct ui_ritual *r = state(ui);
	const struct store_ritual *due[RITUAL_MAX];
	size_t n = ritual_blank_on(&r->s, ui->app->today, due, RITUAL_MAX);
	if (n > RITUAL_MAX)
		n = RITUAL_MAX;
	static const char *const choices[] = { "kept", "not today" };
	struct ui_form *f = ui_form_open(ui, "Today's rituals", tonight_save);
	r->n_tonight = 0;
	for (size_t i = 0; i < n; i++) {
		ui_form_choice(f, due[i]->name, choices, 2, -1);
		r->tonight[r->n_tonight++] = due[i]->id;
	}
	snprintf(f->hint, sizeof f->hint, "Pick kept for each one you kept today; one left "
	         "as it is stays blank.");
}

static enum ui_action ritual_key(struct ui *ui, struct ui_key k)
{
	struct ui_ritual *r = state(ui);
	int n = (int)rituals(ui)->n;
	if (k.fn && (k.ch == KEY_UP || k.ch == KEY_DOWN)) {
		r->sel += k.ch == KEY_UP ? -1 : 1;
		r->sel = r->sel < 0 ? 0 : r->sel >= n ? (n ? n - 1 : 0) : r->sel;
		return UI_REDRAW;
	}
	if (k.fn)
		return UI_NONE;
	if (k.ch == L'n')
		add_open(ui);
	else if (k.ch == KEY_SPACE)
		toggle_today(ui);
	else if (k.ch == L'p')
		pause_or_resume(ui);
	else if (k.ch == L'u')
		ui_ctx_undo(ui); /* the dashboard's undo, also from here */
	else if (k.ch == L'd' && n > 0) {
		char q[200];
		snprintf(q, sizeof q, "Remove this ritual with all its marks?");
		ui_confirm_open(ui, q, remove_yes);
	} else
		return UI_NONE;
	return UI_REDRAW;
}

/* The dashboard's note: today's rituals not marked yet. In discreet mode
 * the names (the couple's own words, seen at a glance) stay off it. */
static void ritual_note(struct ui *ui, char *buf, size_t size)
{
	const struct store_rituals *s = rituals(ui);
	const struct store_ritual *due[RITUAL_MAX];
	size_t n = ritual_blank_on(s, ui->app->today, due, RITUAL_MAX);
	buf[0] = '\0';
	if (n == 1)
		snprintf(buf, size, "%s today", due[0]->name);
	else if (n == 2)
		snprintf(buf, size, "%s and %s today", due[0]->name, due[1]->name);
	if (n > 2 || (n && strlen(buf) > 40) || (n && ui->app->cfg.discreet))
		snprintf(buf, size, n == 1 ? "a ritual today" : "%zu rituals today", n);
}

/* Undo one change of this tab. */
static int ritual_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct store *st = ui->app->st;
	bool changed;
	switch (u->what) {
	case UNDO_ADDED: {
		int rc = store_ritual_delete(st, u->id, u->uid, err);
		return rc ? rc : store_ritual_erase(st, u->id, u->uid, err);
	}
	case UNDO_MARKED:
	case UNDO_UNMARKED:
		return store_ritual_mark(st, u->id, (tend_day)u->rev, u->what == UNDO_UNMARKED,
		                         &changed, err);
	case UNDO_PAUSED:
		return store_ritual_pause_drop(st, u->rev, err);
	case UNDO_RESUMED:
		return store_ritual_resume(st, u->rev, DAY_INVALID, err);
	case UNDO_DROPPED: {
		struct ui_ritual *r = state(ui);
		for (int i = r->n_dropped - 1; i >= 0; i--)
			if (r->dropped[i].ritual == u->id)
				return store_ritual_pause(st, u->id, r->dropped[i].from,
				                          r->dropped[i].reason, NULL, err);
		return err_set(err, TEND_E_CONFLICT, "the pause is no longer known");
	}
	case UNDO_REMOVED:
		return store_ritual_undelete(st, u->id, u->uid, err);
	}
	return TEND_OK;
}

static void ritual_undone(const struct ui *ui, const struct ui_undo *u, char *buf, size_t size)
{
	(void)ui;
	static const char *const what[] = {
		[UNDO_ADDED] = "the new ritual", [UNDO_MARKED] = "the mark",
		[UNDO_UNMARKED] = "taking the mark back", [UNDO_PAUSED] = "the pause",
		[UNDO_RESUMED] = "the resume", [UNDO_DROPPED] = "the resume",
		[UNDO_REMOVED] = "removing the ritual",
	};
	snprintf(buf, size, "Undone: %s.", (unsigned)u->what <= UNDO_REMOVED ? what[u->what] : "it");
}

static const struct ui_undo_practice ritual_undo_ops = {
	.undo = ritual_undo,
	.done = ritual_undone,
};

const struct ui_tab ui_tab_ritual = {
	.title = "Rituals",
	.draw = ritual_draw,
	.key = ritual_key,
	.keys = "n add  Space done  p pause/resume  d remove  u undo",
	.reload = ritual_reload,
	.note = ritual_note,
};
