/* ui_ctx: the dashboard's state: what it loaded from the store, the undo
 * list of this session, and the footer note. */
#include "tend/ui_ctx.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/text.h"
#include "tend/invite.h"
#include "tend/timeout.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"
#include "tend/ui_tab_ritual.h"
#include "tend/ui_history.h"
#include "tend/ui_plan.h"
#include "tend/ui_wishes.h"

enum { MESSAGE_SECONDS = 5, LOAD_DAYS_BACK = 70 };

static bool locale_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

struct ui *ui_ctx_new(struct app *app)
{
	struct ui *ui = calloc(1, sizeof(*ui));
	if (ui == NULL)
		return NULL;
	ui->app = app;
	ui->ascii = !locale_is_utf8();
	for (int i = 0; i < 2; i++) {
		ui->name[i] = text_safe(app->cfg.partner[i] ? app->cfg.partner[i] : "?", ui->ascii);
		if (ui->name[i] == NULL) {
			ui_ctx_free(ui);
			return NULL;
		}
	}
	ui->label_touch = app->cfg.discreet ? "Together" : "Touch";
	ui->numbers = app->cfg.numbers;
	ui->view = UI_VIEW_DASH;
	ui->focus = UI_AREA_WEEK;
	ui->week_start = plan_week_start(app_plan_start(app, app->today), app->today);
	ui->wv_start = ui->week_start;
	ui->dirty = ui->relayout = true;
	return ui;
}

void ui_ctx_free(struct ui *ui)
{
	if (ui == NULL)
		return;
	free(ui->name[0]);
	free(ui->name[1]);
	ui_tab_ritual_free(ui);
	entry_list_free(&ui->entries);
	free(ui->guidelines);
	ui->guidelines = NULL;
	entry_list_free(&ui->hist.list);
	entry_clear(&ui->timeout);
	ui_tab_task_free(ui);
	for (int i = 0; i < ui->n_undo; i++) {
		entry_clear(&ui->undo[i].now);
		entry_clear(&ui->undo[i].before);
	}
	if (ui->form != NULL) {
		ui_form_clear(ui->form);
		entry_clear(&ui->form->entry);
		free(ui->form);
	}
	free(ui->gone);
	ui_plan_free(ui->plan);
	ui_tab_review_free(ui);
	ui_tab_talk_free(ui);
	ui_wishes_abandon(ui); /* wipes what the wish list held */
	ui_tab_objective_free(ui);
	ui_tab_pace_free(ui);
	free(ui);
}

static tend_day day_min(tend_day a, tend_day b)
{
	return a < b ? a : b;
}

static tend_day day_max(tend_day a, tend_day b)
{
	return a > b ? a : b;
}

/* The open time-out, the touch stage and the figures of the shown weeks. */
static int reload_state(struct ui *ui, struct tend_err *err)
{
	struct store *st = ui->app->st;
	if (store_stage_get(st, &ui->stage, err) != TEND_OK)
		return err->code;
	free(ui->guidelines);
	ui->guidelines = NULL;
	/* Whose turn it is reads the touch history back to the last session
	 * that says who invited: only worth it when the panel shows it. */
	if (store_guideline_get(st, &ui->guidelines, NULL, err) != TEND_OK ||
	    (ui->app->cfg.invite_rotation &&
	     invite_turn_on(st, ui->app->today, &ui->invite_turn, err) != TEND_OK))
		return err->code;
	entry_clear(&ui->timeout);
	ui->timeout_found = false;
	bool found = false;
	if (timeout_running(st, &ui->app->cfg, (int64_t)time(NULL), &ui->timeout, &found, err) !=
	    TEND_OK)
		return err->code;
	if (!found)
		entry_clear(&ui->timeout);
	ui->timeout_found = found;
	return TEND_OK;
}

int ui_ctx_reload(struct ui *ui, struct tend_err *err)
{
	struct app *app = ui->app;
	tend_day today = app->today;
	ui->data_version = store_data_version(app->st);
	/* The pauses first: this week and the plan's day depend on them. */
	if (app_pace_reload(app, err) != TEND_OK)
		return err->code;
	ui->week_start = plan_week_start(app_plan_start(app, today), today);
	tend_day from = day_min(today - LOAD_DAYS_BACK, ui->wv_start);
	tend_day to = day_max(today, ui->wv_start + 6);
	struct entry_list list = { 0 };
	if (store_list(app->st, from, to, ENTRY_MASK_ALL, &list, err) != TEND_OK) {
		entry_list_free(&list);
		return err->code;
	}
	entry_list_free(&ui->entries);
	ui->entries = list;
	ui->load_from = from;
	ui->load_to = to;
	stats_week_paced(&ui->entries, ui->week_start, &app->cfg, &app->pace, &ui->week);
	stats_week_paced(&ui->entries, ui->wv_start, &app->cfg, &app->pace, &ui->wv_week);
	stats_day(&ui->entries, today, &ui->today);
	ui->dirty = true;
	int rc = reload_state(ui, err);
	ui_practices_reload(ui);
	/* The plan's phase of today for this week; of its first day for another. */
	touch_week(&app->plan, app_plan_start(app, today), today, &ui->entries, &ui->stage, &ui->touch);
	touch_week(&app->plan, app_plan_start(app, today),
	           ui->wv_start == ui->week_start ? today : ui->wv_start, &ui->entries,
	           &ui->stage, &ui->wv_touch);
	return rc;
}

void ui_ctx_refresh(struct ui *ui)
{
	struct tend_err err = { 0 };
	if (ui_ctx_reload(ui, &err) != TEND_OK)
		ui_ctx_message(ui, true, "Could not read the log: %s", err.msg);
	if (ui->view == UI_VIEW_HISTORY)
		ui_history_reload(ui);
}

bool ui_ctx_changed(struct ui *ui)
{
	int64_t v = store_data_version(ui->app->st);
	return v >= 0 && v != ui->data_version;
}

void ui_ctx_clickable(struct ui *ui, WINDOW *w, int y, int x, int cols, wint_t key,
                      int field, int choice)
{
	if (ui->n_clicks >= UI_CLICKS_MAX || w == NULL || cols < 1)
		return;
	struct ui_click *c = &ui->clicks[ui->n_clicks++];
	c->y = getbegy(w) + y;
	c->x = getbegx(w) + x;
	c->w = cols;
	c->key = key;
	c->field = field;
	c->choice = choice;
}

void ui_ctx_message(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->msg, sizeof(ui->msg), fmt, ap);
	va_end(ap);
	ui->msg_error = error;
	ui->msg_pause = false;
	ui->msg_until = time(NULL) + MESSAGE_SECONDS + (error ? MESSAGE_SECONDS : 0);
	ui->dirty = true;
}

const char *ui_ctx_name(const struct ui *ui, int partner)
{
	return ui->name[partner == 2 ? 1 : 0];
}

const char *ui_ctx_kind_label(const struct ui *ui, enum entry_kind kind)
{
	switch (kind) {
	case ENTRY_CHECKIN: return "check-in";
	case ENTRY_GESTURE: return "gesture";
	case ENTRY_REPAIR: return "repair";
	case ENTRY_TOUCH: return ui->app->cfg.discreet ? "moment together" : "touch session";
	case ENTRY_TIMEOUT: return "time-out";
	default: return "entry";
	}
}

void ui_ctx_undo_group(struct ui *ui)
{
	ui->undo_group++;
}

/* Forget the oldest change to make room. */
static void undo_drop_oldest(struct ui *ui)
{
	entry_clear(&ui->undo[0].now);
	entry_clear(&ui->undo[0].before);
	memmove(&ui->undo[0], &ui->undo[1], sizeof(ui->undo[0]) * (UI_UNDO_MAX - 1));
	ui->n_undo--;
	memset(&ui->undo[ui->n_undo], 0, sizeof(ui->undo[0]));
}

void ui_ctx_undo_push(struct ui *ui, int type, const struct entry *now,
                      const struct entry *before)
{
	if (ui->n_undo == UI_UNDO_MAX)
		undo_drop_oldest(ui);
	struct ui_undo *u = &ui->undo[ui->n_undo];
	memset(u, 0, sizeof(*u));
	u->type = type;
	u->group = ui->undo_group;
	if (!entry_copy(&u->now, now) || (before != NULL && !entry_copy(&u->before, before)))
		ui_oom();
	ui->n_undo++;
}

void ui_ctx_undo_push_stage(struct ui *ui, int partner, const struct store_stage *before,
                            const struct store_stage *after)
{
	struct entry none = { 0 };
	ui_ctx_undo_push(ui, UI_UNDO_STAGE, &none, NULL);
	struct ui_undo *u = &ui->undo[ui->n_undo - 1];
	u->partner = partner == 2 ? 2 : 1;
	u->stage_before = *before;
	u->stage_after = *after;
}

void ui_ctx_undo_push_practice(struct ui *ui, const struct ui_undo *change)
{
	struct entry none = { 0 };
	ui_ctx_undo_push(ui, UI_UNDO_PRACTICE, &none, NULL);
	struct ui_undo *u = &ui->undo[ui->n_undo - 1];
	u->practice = change->practice;
	u->id = change->id;
	u->uid = change->uid;
	u->rev = change->rev;
	u->what = change->what;
}

int ui_ctx_delete(struct ui *ui, const struct entry *e, struct tend_err *err)
{
	if (ui->n_gone == ui->cap_gone) {
		size_t cap = ui->cap_gone ? ui->cap_gone * 2 : 16;
		struct ui_gone *g = realloc(ui->gone, cap * sizeof(*g));
		if (g == NULL)
			ui_oom();
		ui->gone = g;
		ui->cap_gone = cap;
	}
	int rc = store_delete(ui->app->st, e, err);
	if (rc == TEND_OK)
		ui->gone[ui->n_gone++] = (struct ui_gone){ e->kind, e->id, e->uid };
	return rc;
}

int ui_ctx_purge(struct ui *ui, struct tend_err *err)
{
	int rc = TEND_OK;
	ui_tab_ritual_purge(ui);
	for (size_t i = 0; i < ui->n_gone; i++) {
		struct tend_err one = { 0 };
		struct entry e = { .kind = ui->gone[i].kind, .id = ui->gone[i].id,
		                   .uid = ui->gone[i].uid };
		if (store_purge_entry(ui->app->st, &e, &one) != TEND_OK &&
		    rc == TEND_OK) {
			*err = one;
			rc = one.code;
		}
	}
	return rc;
}

/* Later changes to one entry in the undo list expect the rev it had then.
 * When this session's own undo gives it a new rev (and id), those records
 * follow, so that undoing them next is no false conflict. */
static void undo_follow(struct ui *ui, enum entry_kind kind, int64_t id, int64_t rev,
                        const struct entry *fresh)
{
	for (int i = 0; i < ui->n_undo; i++) {
		struct ui_undo *u = &ui->undo[i];
		if (u->type != UI_UNDO_STAGE && u->now.kind == kind && u->now.id == id &&
		    u->now.rev == rev) {
			u->now.id = fresh->id;
			u->now.uid = fresh->uid;
			u->now.rev = fresh->rev;
		}
	}
}

/* Bring back an entry deleted here. Delete and undelete each count one
 * rev: when the entry has exactly those two more, nobody else touched it
 * and the earlier records follow it. */
static int undo_deleted(struct ui *ui, struct ui_undo *u, struct tend_err *err)
{
	int rc = store_undelete(ui->app->st, &u->now, err);
	if (rc != TEND_OK)
		return rc;
	struct entry live = { 0 };
	struct tend_err gerr = { 0 };
	if (store_get(ui->app->st, u->now.kind, u->now.id, &live, &gerr) == TEND_OK &&
	    live.uid == u->now.uid && live.rev == u->now.rev + 2)
		undo_follow(ui, u->now.kind, u->now.id, u->now.rev, &live);
	entry_clear(&live);
	return TEND_OK;
}

/* Put the earlier version of a replaced or edited entry back. */
static int undo_restore(struct ui *ui, struct ui_undo *u, struct tend_err *err)
{
	struct store *st = ui->app->st;
	struct entry copy = { 0 };
	int rc;
	if (!entry_copy(&copy, &u->before))
		ui_oom();
	if (u->type == UI_UNDO_REPLACED) {
		rc = ui_ctx_delete(ui, &u->now, err);
		copy.id = 0;
		if (rc == TEND_OK)
			rc = store_add(st, &copy, NULL, err);
	} else {
		copy.rev = u->now.rev;
		copy.uid = u->now.uid;
		rc = store_update(st, &copy, err);
	}
	if (rc == TEND_OK)
		undo_follow(ui, u->before.kind, u->before.id, u->before.rev, &copy);
	entry_clear(&copy);
	return rc;
}

/* Put the touch stage back as it was before an answer or a step back,
 * unless it was changed elsewhere since: the core's rule, one transaction. */
static int undo_stage(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct touch_change c = { .before = u->stage_before, .after = u->stage_after };
	return touch_undo(ui->app->st, &c, err);
}

/* Delete an entry added here, unless it was changed elsewhere since (its
 * rev moved on): then it stays, as an edit's undo would. */
static int undo_added(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct entry live = { 0 };
	int rc = store_get(ui->app->st, u->now.kind, u->now.id, &live, err);
	bool other = rc == TEND_OK && live.uid != u->now.uid;
	bool changed = rc == TEND_OK && live.rev != u->now.rev;
	entry_clear(&live);
	if (other)
		return err_set(err, TEND_E_RUNTIME, "no such entry");
	if (rc != TEND_OK)
		return rc;
	if (changed)
		return err_set(err, TEND_E_CONFLICT, "changed elsewhere");
	return ui_ctx_delete(ui, &u->now, err);
}

/* Reverse one change in the store. */
static int undo_one(struct ui *ui, struct ui_undo *u, struct tend_err *err)
{
	switch (u->type) {
	case UI_UNDO_ADDED:
		return undo_added(ui, u, err);
	case UI_UNDO_DELETED:
		return undo_deleted(ui, u, err);
	case UI_UNDO_REPLACED:
	case UI_UNDO_EDITED:
		return undo_restore(ui, u, err);
	case UI_UNDO_STAGE:
		return undo_stage(ui, u, err);
	case UI_UNDO_PRACTICE:
		return u->practice->undo(ui, u, err);
	default:
		return TEND_OK;
	}
}

/* Why an undo failed, in words that make sense without the store's, and
 * that fit the footer at 80 columns. Another tend (a dashboard or a
 * command) is "elsewhere": there may be no second dashboard at all. */
static void undo_failed(struct ui *ui, const struct ui_undo *u, const struct tend_err *err)
{
	const char *label = ui_ctx_kind_label(ui, u->now.kind);
	struct entry live = { 0 };
	struct tend_err gerr = { 0 };
	bool is_live = false;
	if (u->type != UI_UNDO_STAGE && !ui_ctx_busy(err) && err->code != TEND_E_CONFLICT)
		is_live = store_get(ui->app->st, u->now.kind, u->now.id, &live, &gerr) == TEND_OK &&
		          live.uid == u->now.uid;
	entry_clear(&live);
	if (ui_ctx_busy(err))
		ui_ctx_message(ui, true, "Not undone: another tend is saving. Press u again in a moment.");
	else if (u->type == UI_UNDO_PRACTICE && err->code == TEND_E_CONFLICT)
		ui_ctx_message(ui, true, "Not undone: it was changed or deleted elsewhere.");
	else if (u->type == UI_UNDO_PRACTICE)
		ui_ctx_message(ui, true, "Could not undo: %s", err->msg);
	else if (u->type == UI_UNDO_STAGE)
		ui_ctx_message(ui, true, "Not undone: the %s was changed elsewhere since.",
		               ui->app->cfg.discreet ? "step" : "stage");
	else if (u->type == UI_UNDO_DELETED && is_live)
		ui_ctx_message(ui, false, "The %s is back already.", label);
	else if (u->type == UI_UNDO_DELETED)
		ui_ctx_message(ui, true, "That %s cannot come back: another tend erased it.", label);
	else if ((u->type == UI_UNDO_ADDED || u->type == UI_UNDO_REPLACED) && !is_live &&
	         err->code != TEND_E_CONFLICT)
		ui_ctx_message(ui, false, "The %s was deleted elsewhere already.", label);
	else if (u->type == UI_UNDO_EDITED || err->code == TEND_E_CONFLICT)
		ui_ctx_message(ui, true, "Not undone: the %s was changed or deleted elsewhere.", label);
	else
		ui_ctx_message(ui, true, "Could not undo: %s", err->msg);
}

static const char *kind_plural(const struct ui *ui, enum entry_kind kind)
{
	switch (kind) {
	case ENTRY_CHECKIN: return "check-ins";
	case ENTRY_GESTURE: return "gestures";
	case ENTRY_REPAIR: return "repairs";
	case ENTRY_TOUCH: return ui->app->cfg.discreet ? "moments together" : "touch sessions";
	case ENTRY_TIMEOUT: return "time-outs";
	default: return "entries";
	}
}

/* What the group of changes from the top of the list down to `last`
 * undid, in words: "Removed the gesture by Alex", "Brought back the
 * check-ins by Alex and Sam", ... */
static void undo_describe(const struct ui *ui, int last, char *buf, size_t size)
{
	const struct ui_undo *top = &ui->undo[ui->n_undo - 1];
	if (top->type == UI_UNDO_PRACTICE) {
		top->practice->done(ui, top, buf, size);
		return;
	}
	if (top->type == UI_UNDO_STAGE) {
		const struct store_stage *b = &top->stage_before;
		if (b->stage != top->stage_after.stage)
			snprintf(buf, size, "Undone: back to %s.", ui_stage_name_short(ui, b->stage));
		else
			snprintf(buf, size, "Undone: %s's answer about %s.", ui_ctx_name(ui, top->partner),
			         ui_stage_name_short(ui, b->stage + 1));
		return;
	}
	if (top->type == UI_UNDO_EDITED && top->now.kind == ENTRY_TIMEOUT) {
		snprintf(buf, size, top->before.returned_at == 0 && top->now.returned_at != 0
		         ? "Undone: the time-out is running again." : "Undone: no return is planned now.");
		return;
	}
	bool same_type = true, same_kind = true;
	unsigned partners = 0;
	for (int i = last; i < ui->n_undo; i++) {
		same_type = same_type && ui->undo[i].type == top->type;
		same_kind = same_kind && ui->undo[i].now.kind == top->now.kind;
		partners |= 1u << (ui->undo[i].now.partner == 2 ? 1 : 0);
	}
	static const char *const verbs[] = {
		[UI_UNDO_ADDED] = "Removed the", [UI_UNDO_REPLACED] = "Put back the earlier",
		[UI_UNDO_DELETED] = "Brought back the", [UI_UNDO_EDITED] = "Undid the change to the",
	};
	const char *verb = same_type ? verbs[top->type] : "Undone: the";
	int n = ui->n_undo - last;
	if (n == 1 || !same_kind)
		snprintf(buf, size, "%s %s by %s.", verb, ui_ctx_kind_label(ui, top->now.kind),
		         ui_ctx_name(ui, top->now.partner));
	else if (partners == 3)
		snprintf(buf, size, "%s %s by %s and %s.", verb, kind_plural(ui, top->now.kind),
		         ui_ctx_name(ui, 1), ui_ctx_name(ui, 2));
	else
		snprintf(buf, size, "%s %d %s by %s.", verb, n, kind_plural(ui, top->now.kind),
		         ui_ctx_name(ui, top->now.partner));
}

void ui_ctx_undo(struct ui *ui)
{
	if (ui->n_undo == 0) {
		ui_ctx_message(ui, false, "Nothing to undo.");
		return;
	}
	struct tend_err err = { 0 };
	int group = ui->undo[ui->n_undo - 1].group;
	int last = ui->n_undo - 1;
	while (last > 0 && ui->undo[last - 1].group == group)
		last--;
	char what[256];
	undo_describe(ui, last, what, sizeof(what));
	int rc = TEND_OK;
	struct ui_undo failed = { 0 };
	while (ui->n_undo > last) {
		struct ui_undo *u = &ui->undo[--ui->n_undo];
		if (rc == TEND_OK && (rc = undo_one(ui, u, &err)) != TEND_OK) {
			failed = *u;
			u->now = (struct entry){ 0 };
			u->before = (struct entry){ 0 };
		}
		entry_clear(&u->now);
		entry_clear(&u->before);
	}
	ui_ctx_refresh(ui);
	if (rc != TEND_OK)
		undo_failed(ui, &failed, &err);
	else
		ui_ctx_message(ui, false, "%s", what);
	entry_clear(&failed.now);
	entry_clear(&failed.before);
}

int ui_ctx_count(const struct ui *ui, enum entry_kind kind, int partner, tend_day day)
{
	int n = 0;
	for (size_t i = 0; i < ui->entries.n; i++) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind == kind && e->day == day && (partner == 0 || e->partner == partner))
			n++;
	}
	return n;
}

/* The store reports every lock it waited for in vain as TEND_E_BUSY. */
bool ui_ctx_busy(const struct tend_err *err)
{
	return err->code == TEND_E_BUSY;
}

_Noreturn void ui_oom(void)
{
	if (!isendwin())
		endwin();
	fputs("tend: out of memory\n", stderr);
	exit(1);
}
