/* ui_tab_task: the shared load on the practices screen. The jobs listed
 * under each owner, side by side (never a count set against the other's),
 * what done looks like for the chosen one, and when the monthly review
 * comes round. Every rule is task.c's; this file collects and shows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/task.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

enum { TAB_ADDED, TAB_EDITED, TAB_OWNER, TAB_REMOVED, TAB_REVIEWED };

/* What an undo needs beyond ui_undo's id, uid and rev. */
struct tab_undo {
	int kind;
	struct store_task before; /* the job as it was (its name, for the words) */
	int64_t change;           /* TAB_OWNER: the history row */
};

struct ui_task_tab {
	struct store_task_list list;
	struct store_task_state state;
	bool failed;              /* the last reload could not read the store */
	int sel;                  /* the chosen job, in the list's order */
	struct store_task editing; /* the job the form edits (id 0: a new one) */
	struct tab_undo undo[UI_UNDO_MAX];
	int next_undo;
	/* What this session removed (or took back), erased from the file when
	 * the dashboard closes: undo ends with the session. */
	struct tab_gone { bool review; int64_t id, uid; } *gone;
	size_t n_gone, cap_gone;
};

static struct ui_task_tab *tab_of(struct ui *ui)
{
	if (!ui->task_tab && !(ui->task_tab = calloc(1, sizeof *ui->task_tab)))
		ui_oom();
	return ui->task_tab;
}

/* Note something this session deleted, to erase it at the end. */
static void gone_add(struct ui *ui, bool review, int64_t id, int64_t uid)
{
	struct ui_task_tab *t = ui->task_tab;
	if (t->n_gone == t->cap_gone) {
		size_t cap = t->cap_gone ? t->cap_gone * 2 : 8;
		struct tab_gone *g = realloc(t->gone, cap * sizeof *g);
		if (!g)
			ui_oom();
		t->gone = g;
		t->cap_gone = cap;
	}
	t->gone[t->n_gone++] = (struct tab_gone){ review, id, uid };
}

void ui_tab_task_free(struct ui *ui)
{
	struct ui_task_tab *t = ui->task_tab;
	if (!t)
		return;
	for (size_t i = 0; i < t->n_gone && ui->app && ui->app->st; i++) {
		struct tend_err err = { 0 };
		store_task_erase(ui->app->st, t->gone[i].review, t->gone[i].id, t->gone[i].uid, &err);
	}
	free(t->gone);
	store_task_list_free(&t->list);
	store_task_clear(&t->editing);
	for (int i = 0; i < UI_UNDO_MAX; i++)
		store_task_clear(&t->undo[i].before);
	free(t);
	ui->task_tab = NULL;
}

static void tab_reload(struct ui *ui)
{
	struct ui_task_tab *t = tab_of(ui);
	struct tend_err err = { 0 };
	/* The chosen job stays chosen when it moves to the other list. */
	int64_t was = t->sel < (int)t->list.n ? t->list.v[t->sel].id : 0;
	store_task_list_free(&t->list);
	t->failed = store_task_list(ui->app->st, &t->list, &err) != TEND_OK ||
	            store_task_state(ui->app->st, &t->state, &err) != TEND_OK;
	if (t->failed)
		t->state = (struct store_task_state){ .made = DAY_INVALID, .reviewed = DAY_INVALID };
	for (size_t i = 0; was && i < t->list.n; i++)
		if (t->list.v[i].id == was)
			t->sel = (int)i;
	if (t->sel >= (int)t->list.n)
		t->sel = t->list.n ? (int)t->list.n - 1 : 0;
}

static void tab_note(struct ui *ui, char *buf, size_t size)
{
	struct ui_task_tab *t = tab_of(ui);
	buf[0] = '\0';
	if (task_review_due(&t->state, ui->app->today))
		snprintf(buf, size, "jobs review due");
}

static struct store_task copy_of(const struct store_task *j)
{
	struct store_task c = *j;
	c.name = strdup(j->name ? j->name : "");
	c.done = strdup(j->done ? j->done : "");
	c.cadence = strdup(j->cadence ? j->cadence : "");
	if (!c.name || !c.done || !c.cadence)
		ui_oom();
	return c;
}

/* ---- drawing ---- */

/* One owner's column: the heading, then the jobs (the chosen one marked). */
static void draw_column(struct ui *ui, WINDOW *w, int y, int x, int cols, int rows, int owner)
{
	struct ui_task_tab *t = ui->task_tab;
	char head[160];
	snprintf(head, sizeof head, "%s looks after", ui_ctx_name(ui, owner));
	ui_draw_text(ui, w, y, x, cols, owner == 1 ? UI_ROLE_PARTNER1 : UI_ROLE_PARTNER2, head);
	int line = 1;
	for (size_t i = 0; i < t->list.n && line < rows; i++) {
		const struct store_task *j = &t->list.v[i];
		if (j->owner != owner)
			continue;
		bool sel = (int)i == t->sel;
		char how[48];
		task_cadence_describe(j->cadence, how, sizeof how);
		int hw = text_width(how);
		enum ui_role role = sel ? UI_ROLE_FOCUS : UI_ROLE_TEXT;
		ui_draw_text(ui, w, y + line, x, 2, role, sel ? ui_glyph(ui, UI_GLYPH_ARROW_R) : " ");
		ui_draw_text(ui, w, y + line, x + 2, cols - hw - 4, role, j->name);
		ui_draw_text(ui, w, y + line, x + cols - hw, hw, UI_ROLE_DIM, how);
		line++;
	}
	if (line == 1)
		ui_draw_text(ui, w, y + 1, x + 2, cols - 2, UI_ROLE_DIM, "nothing listed yet");
}

/* When the review comes round, or that it is due. */
static void draw_review(struct ui *ui, WINDOW *w, int y, int cols)
{
	struct ui_task_tab *t = ui->task_tab;
	tend_day next = task_review_next(t->state.made, t->state.reviewed);
	if (next == DAY_INVALID)
		return;
	char day[16];
	day_format_short(next, day);
	if (task_review_due(&t->state, ui->app->today))
		ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_WARN, "The monthly review is due (since "
		              "%s): look at the list together, then press r.", day);
	else
		ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_DIM, "Next review: %s.", day);
}

static void tab_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	struct ui_task_tab *t = tab_of(ui);
	int cols = getmaxx(w) - 4;
	if (t->failed) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_ERROR, "Could not read the jobs.");
		return;
	}
	if (t->list.n == 0) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TEXT, "The jobs that keep life running, "
		             "the thinking about them included:");
		ui_draw_text(ui, w, y + 1, 2, cols, UI_ROLE_TEXT, "up to twelve, each with one "
		             "owner from noticing to completing.");
		ui_draw_text(ui, w, y + 3, 2, cols, UI_ROLE_DIM, "Press a to list the first.");
		return;
	}
	int half = cols / 2, list_rows = rows - 4;
	draw_column(ui, w, y, 2, half - 2, list_rows, 1);
	draw_column(ui, w, y, 2 + half, cols - half, list_rows, 2);
	const struct store_task *j = &t->list.v[t->sel];
	int at = y + rows - 3;
	if (j->done[0])
		ui_draw_textf(ui, w, at, 2, cols, UI_ROLE_TEXT, "Done looks like: %s", j->done);
	ui_draw_textf(ui, w, at + 1, 2, cols, UI_ROLE_DIM, "%zu of %d jobs", t->list.n, TASK_MAX);
	draw_review(ui, w, at + 2, cols);
}

/* ---- undo ---- */

static int tab_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct ui_task_tab *t = tab_of(ui);
	struct tab_undo *d = &t->undo[u->what];
	struct store *st = ui->app->st;
	struct store_task j = d->before;
	j.id = u->id;
	j.uid = u->uid;
	j.rev = u->rev;
	int rc;
	switch (d->kind) {
	case TAB_ADDED:
		if ((rc = store_task_delete(st, u->id, u->uid, err)) == TEND_OK)
			gone_add(ui, false, u->id, u->uid);
		return rc;
	case TAB_REMOVED: return store_task_undelete(st, u->id, u->uid, err);
	case TAB_REVIEWED:
		if ((rc = store_task_review_delete(st, u->id, u->uid, err)) == TEND_OK)
			gone_add(ui, true, u->id, u->uid);
		return rc;
	case TAB_OWNER: return store_task_owner_undo(st, &j, d->before.owner, d->change, err);
	default: {
		struct store_task back = copy_of(&j);
		int rc = task_edit(st, &back, err);
		store_task_clear(&back);
		return rc;
	}
	}
}

static void tab_undone(const struct ui *ui, const struct ui_undo *u, char *buf, size_t size)
{
	const struct tab_undo *d = &ui->task_tab->undo[u->what];
	char *name = text_fit(d->before.name ? d->before.name : "", 30, ui->ascii);
	if (!name)
		ui_oom();
	switch (d->kind) {
	case TAB_ADDED: snprintf(buf, size, "Undone: %s is off the list again.", name); break;
	case TAB_REMOVED: snprintf(buf, size, "Undone: %s is back on the list.", name); break;
	case TAB_REVIEWED: snprintf(buf, size, "Undone: the review is not noted."); break;
	case TAB_OWNER:
		snprintf(buf, size, "Undone: %s is with %s again.", name,
		         ui_ctx_name(ui, d->before.owner));
		break;
	default: snprintf(buf, size, "Undone: the change to %s.", name); break;
	}
	free(name);
}

static const struct ui_undo_practice tab_undo_practice = { tab_undo, tab_undone };

/* Remember a change for u: before is the job as it was (copied). */
static void remember(struct ui *ui, int kind, const struct store_task *before,
                     int64_t id, int64_t uid, int64_t rev, int64_t change)
{
	struct ui_task_tab *t = tab_of(ui);
	int slot = t->next_undo;
	t->next_undo = (slot + 1) % UI_UNDO_MAX;
	struct tab_undo *d = &t->undo[slot];
	store_task_clear(&d->before);
	d->kind = kind;
	d->change = change;
	if (before)
		d->before = copy_of(before);
	ui_ctx_undo_group(ui);
	struct ui_undo u = { .practice = &tab_undo_practice, .id = id, .uid = uid,
	                     .rev = rev, .what = slot };
	ui_ctx_undo_push_practice(ui, &u);
}

/* ---- the form ---- */

enum { F_NAME, F_OWNER, F_DONE, F_EVERY };

static bool form_save(struct ui *ui, struct ui_form *f)
{
	struct ui_task_tab *t = tab_of(ui);
	if (!ui_form_check(f))
		return false;
	bool is_new = t->editing.id == 0;
	struct store_task j = copy_of(&t->editing);
	struct store_task before = copy_of(&t->editing);
	free(j.name);
	free(j.done);
	free(j.cadence);
	j.name = strdup(f->field[F_NAME].text);
	j.done = strdup(f->field[F_DONE].text);
	j.cadence = strdup(f->field[F_EVERY].text);
	if (!j.name || !j.done || !j.cadence)
		ui_oom();
	if (is_new) {
		j.owner = f->field[F_OWNER].sel + 1;
		j.day = ui->app->today;
	}
	struct tend_err err = { 0 };
	int rc = is_new ? task_add(ui->app->st, &j, &err) : task_edit(ui->app->st, &j, &err);
	if (rc == TEND_OK) {
		remember(ui, is_new ? TAB_ADDED : TAB_EDITED, is_new ? &j : &before, j.id, j.uid,
		         j.rev, 0);
		ui_ctx_message(ui, false, is_new ? "Listed. u undoes." : "Saved. u undoes.");
	} else {
		ui_form_fail(ui, f, &err);
	}
	store_task_clear(&j);
	store_task_clear(&before);
	ui_ctx_refresh(ui);
	return rc == TEND_OK;
}

/* The form for a new job (j NULL) or for editing j. */
static void form_open(struct ui *ui, const struct store_task *j)
{
	struct ui_task_tab *t = tab_of(ui);
	store_task_clear(&t->editing);
	if (j)
		t->editing = copy_of(j);
	else
		t->editing = (struct store_task){ .day = ui->app->today };
	struct ui_form *f = ui_form_open(ui, j ? "Edit the job" : "A job that keeps life running",
	                                 form_save);
	ui_form_text(f, "Job", TASK_NAME_MAX_CHARS, true, j ? j->name : NULL);
	const char *names[2] = { ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	if (j) {
		/* The owner changes with m, so that the change is kept with its day. */
		ui_form_heading(f, "");
		snprintf(f->field[F_OWNER].label, sizeof f->field[F_OWNER].label,
		         "Owner: %s (m gives it to the other)", names[j->owner - 1]);
	} else {
		ui_form_choice(f, "Owner", names, 2, -1)->required = true;
	}
	ui_form_text(f, "Done looks like", TEXT_MAX_CHARS, false, j ? j->done : NULL);
	ui_form_text(f, "How often", TASK_CADENCE_MAX, true, j ? j->cadence : NULL);
	snprintf(f->hint, sizeof f->hint, "How often: daily, weekly, monthly, yearly, "
	         "\"2 per week\", \"3 per month\"");
}

/* ---- keys ---- */

static const struct store_task *chosen(struct ui *ui)
{
	struct ui_task_tab *t = tab_of(ui);
	return t->list.n ? &t->list.v[t->sel] : NULL;
}

static void say_failed(struct ui *ui, const struct tend_err *err)
{
	if (ui_ctx_busy(err))
		ui_ctx_message(ui, true, "Another tend is saving; try again in a moment.");
	else
		ui_ctx_message(ui, true, "%s", err->msg);
}

/* m: the chosen job goes to the other partner from today. */
static void give_other(struct ui *ui)
{
	const struct store_task *j = chosen(ui);
	if (!j)
		return;
	struct store_task before = copy_of(j), now = copy_of(j);
	struct tend_err err = { 0 };
	int64_t change = 0;
	if (task_give(ui->app->st, &now, 3 - j->owner, ui->app->today, &change, &err) == TEND_OK) {
		remember(ui, TAB_OWNER, &before, now.id, now.uid, now.rev, change);
		char *name = text_fit(now.name, 30, ui->ascii);
		if (!name)
			ui_oom();
		ui_ctx_message(ui, false, "%s is with %s from today. u undoes.", name,
		               ui_ctx_name(ui, now.owner));
		free(name);
	} else {
		say_failed(ui, &err);
	}
	store_task_clear(&before);
	store_task_clear(&now);
	ui_ctx_refresh(ui);
}

/* d, then y: the chosen job comes off the list. */
static void remove_yes(struct ui *ui)
{
	const struct store_task *j = chosen(ui);
	if (!j)
		return;
	struct store_task before = copy_of(j);
	struct tend_err err = { 0 };
	if (task_remove(ui->app->st, &before, &err) == TEND_OK) {
		gone_add(ui, false, before.id, before.uid);
		remember(ui, TAB_REMOVED, &before, before.id, before.uid, before.rev, 0);
		ui_ctx_message(ui, false, "Off the list. u undoes.");
	} else {
		say_failed(ui, &err);
	}
	store_task_clear(&before);
	ui_ctx_refresh(ui);
}

static void reviewed(struct ui *ui)
{
	struct tend_err err = { 0 };
	int64_t id, uid;
	if (task_review_mark(ui->app->st, ui->app->today, &id, &uid, &err) == TEND_OK) {
		remember(ui, TAB_REVIEWED, NULL, id, uid, 1, 0);
		ui_ctx_message(ui, false, "Noted: you looked at the list together today. "
		               "u undoes.");
	} else {
		say_failed(ui, &err);
	}
	ui_ctx_refresh(ui);
}

/* The evening's look at the list: "we looked" notes the review (as r on
 * the tab does), "not tonight" leaves it for another evening. */
static bool review_form_save(struct ui *ui, struct ui_form *f)
{
	struct ui_field *look = &f->field[f->n - 1];
	if (look->sel != 0) {
		ui_ctx_message(ui, false, "The look at the list can wait for another evening.");
		return true;
	}
	struct tend_err err = { 0 };
	int64_t id, uid;
	if (task_review_mark(ui->app->st, ui->app->today, &id, &uid, &err) != TEND_OK) {
		ui_ctx_refresh(ui);
		ui_form_fail(ui, f, &err);
		return false;
	}
	remember(ui, TAB_REVIEWED, NULL, id, uid, 1, 0);
	ui_ctx_message(ui, false, "Noted: you looked at the list together today. u undoes.");
	ui_ctx_refresh(ui);
	return true;
}

/* "Alex looks after: the bins, dinners" for owner. */
static void owner_line(struct ui *ui, int owner, char *buf, size_t size)
{
	const struct store_task_list *l = &ui->task_tab->list;
	size_t used = (size_t)snprintf(buf, size, "%s looks after:", ui_ctx_name(ui, owner));
	int n = 0;
	for (size_t i = 0; i < l->n && used < size; i++) {
		if (l->v[i].owner != owner)
			continue;
		used += (size_t)snprintf(buf + used, size - used, "%s %s", n ? "," : "",
		                         l->v[i].name ? l->v[i].name : "");
		n++;
	}
	if (n == 0 && used < size)
		snprintf(buf + used, size - used, " no job on the list for now");
}

void ui_tab_task_review_form(struct ui *ui)
{
	tab_reload(ui);
	static const char *const choices[] = { "we looked it over", "not tonight" };
	struct ui_form *f = ui_form_open(ui, "The shared load: the monthly look",
	                                 review_form_save);
	for (int owner = 1; owner <= 2; owner++) {
		char line[TASK_MAX * (TASK_NAME_MAX_CHARS * 4 + 2) + 64];
		owner_line(ui, owner, line, sizeof line);
		/* Cut to the form's width whole characters at a time. */
		char *fit = text_fit(line, 70, ui->ascii);
		if (!fit)
			ui_oom();
		ui_form_heading(f, fit);
		free(fit);
	}
	ui_form_choice(f, "The list", choices, 2, 0);
	snprintf(f->hint, sizeof f->hint, "Each job with the right owner? Moves: the Shared "
	         "load tab (o).");
}

static enum ui_action tab_key(struct ui *ui, struct ui_key k)
{
	struct ui_task_tab *t = tab_of(ui);
	int n = (int)t->list.n;
	if (k.fn && k.ch == KEY_UP && t->sel > 0) {
		t->sel--;
		return UI_REDRAW;
	}
	if (k.fn && k.ch == KEY_DOWN && t->sel + 1 < n) {
		t->sel++;
		return UI_REDRAW;
	}
	if (k.fn)
		return UI_NONE;
	char q[200];
	switch (k.ch) {
	case L'a': form_open(ui, NULL); break;
	case L'e': if (n) form_open(ui, chosen(ui)); break;
	case L'm': give_other(ui); break;
	case L'd':
		if (!n)
			break;
		{
			char *name = text_fit(chosen(ui)->name, 30, ui->ascii);
			if (!name)
				ui_oom();
			snprintf(q, sizeof q, "Take %s off the list? (y/n)", name);
			free(name);
			ui_confirm_open(ui, q, remove_yes);
		}
		break;
	case L'r': reviewed(ui); break;
	case L'u': ui_ctx_undo(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

const struct ui_tab ui_tab_task = {
	.title = "Shared load",
	.short_title = "Load",
	.draw = tab_draw,
	.key = tab_key,
	.keys = "a add  e edit  m move  d remove  r reviewed  u undo",
	.reload = tab_reload,
	.note = tab_note,
};
