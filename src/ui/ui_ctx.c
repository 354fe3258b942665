/* ui_ctx: the dashboard's state: what it loaded from the store, the undo
 * list of this session, and the footer note. */
#include "tend/ui_ctx.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/text.h"
#include "tend/ui_form.h"
#include "tend/ui_history.h"
#include "tend/ui_plan.h"

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
	ui->view = UI_VIEW_DASH;
	ui->focus = UI_AREA_WEEK;
	ui->week_start = day_week_start(app->today, app->cfg.week_starts_on);
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
	entry_list_free(&ui->entries);
	entry_list_free(&ui->hist.list);
	entry_clear(&ui->timeout);
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
	entry_clear(&ui->timeout);
	ui->timeout_found = false;
	bool found = false;
	if (store_timeout_open(st, (int64_t)time(NULL) - (int64_t)ui->app->cfg.return_within_hours * 3600,
	                       &ui->timeout, &found, err) != TEND_OK)
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
	ui->week_start = day_week_start(today, app->cfg.week_starts_on);
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
	stats_week(&ui->entries, ui->week_start, &app->cfg, &ui->week);
	stats_week(&ui->entries, ui->wv_start, &app->cfg, &ui->wv_week);
	stats_day(&ui->entries, today, &ui->today);
	ui->dirty = true;
	return reload_state(ui, err);
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

void ui_ctx_message(struct ui *ui, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ui->msg, sizeof(ui->msg), fmt, ap);
	va_end(ap);
	ui->msg_error = error;
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

int ui_ctx_delete(struct ui *ui, enum entry_kind kind, int64_t id, struct tend_err *err)
{
	if (ui->n_gone == ui->cap_gone) {
		size_t cap = ui->cap_gone ? ui->cap_gone * 2 : 16;
		struct ui_gone *g = realloc(ui->gone, cap * sizeof(*g));
		if (g == NULL)
			ui_oom();
		ui->gone = g;
		ui->cap_gone = cap;
	}
	int rc = store_delete(ui->app->st, kind, id, err);
	if (rc == TEND_OK)
		ui->gone[ui->n_gone++] = (struct ui_gone){ kind, id };
	return rc;
}

int ui_ctx_purge(struct ui *ui, struct tend_err *err)
{
	int rc = TEND_OK;
	for (size_t i = 0; i < ui->n_gone; i++) {
		struct tend_err one = { 0 };
		if (store_purge_entry(ui->app->st, ui->gone[i].kind, ui->gone[i].id, &one) != TEND_OK &&
		    rc == TEND_OK) {
			*err = one;
			rc = one.code;
		}
	}
	return rc;
}

/* Reverse one change in the store. */
static int undo_one(struct ui *ui, struct ui_undo *u, struct tend_err *err)
{
	struct store *st = ui->app->st;
	struct entry copy = { 0 };
	int rc;
	switch (u->type) {
	case UI_UNDO_ADDED:
		return ui_ctx_delete(ui, u->now.kind, u->now.id, err);
	case UI_UNDO_DELETED:
		return store_undelete(st, u->now.kind, u->now.id, err);
	case UI_UNDO_REPLACED:
		rc = ui_ctx_delete(ui, u->now.kind, u->now.id, err);
		if (rc != TEND_OK)
			return rc;
		if (!entry_copy(&copy, &u->before))
			ui_oom();
		copy.id = 0;
		rc = store_add(st, &copy, NULL, err);
		entry_clear(&copy);
		return rc;
	case UI_UNDO_EDITED:
		if (!entry_copy(&copy, &u->before))
			ui_oom();
		copy.rev = u->now.rev;
		rc = store_update(st, &copy, err);
		entry_clear(&copy);
		return rc;
	default:
		return TEND_OK;
	}
}

/* Why an undo failed, in words that make sense without the store's. */
static void undo_failed(struct ui *ui, int type, const struct entry *what,
                        const struct tend_err *err)
{
	const char *label = ui_ctx_kind_label(ui, what->kind);
	struct entry live = { 0 };
	struct tend_err gerr = { 0 };
	bool is_live = false;
	if (!ui_ctx_busy(err) && err->code != TEND_E_CONFLICT)
		is_live = store_get(ui->app->st, what->kind, what->id, &live, &gerr) == TEND_OK;
	entry_clear(&live);
	if (ui_ctx_busy(err))
		ui_ctx_message(ui, true, "Not undone: the other tend is saving just now. "
		               "Please press u again in a moment.");
	else if (type == UI_UNDO_DELETED && is_live)
		ui_ctx_message(ui, false, "The %s is back already.", label);
	else if (type == UI_UNDO_DELETED)
		ui_ctx_message(ui, true, "That %s can no longer be brought back "
		               "(it was erased when another tend closed).", label);
	else if ((type == UI_UNDO_ADDED || type == UI_UNDO_REPLACED) && !is_live)
		ui_ctx_message(ui, false, "The %s was deleted in the other dashboard already.", label);
	else if (type == UI_UNDO_EDITED)
		ui_ctx_message(ui, true, "Not undone: the %s was changed (or deleted) in the other "
		               "dashboard since.", label);
	else
		ui_ctx_message(ui, true, "Could not undo: %s", err->msg);
}

void ui_ctx_undo(struct ui *ui)
{
	if (ui->n_undo == 0) {
		ui_ctx_message(ui, false, "Nothing to undo.");
		return;
	}
	struct tend_err err = { 0 };
	int group = ui->undo[ui->n_undo - 1].group;
	char what[128];
	snprintf(what, sizeof(what), "%s by %s",
	         ui_ctx_kind_label(ui, ui->undo[ui->n_undo - 1].now.kind),
	         ui_ctx_name(ui, ui->undo[ui->n_undo - 1].now.partner));
	int rc = TEND_OK, failed = -1;
	struct entry gone = { 0 };
	while (ui->n_undo > 0 && ui->undo[ui->n_undo - 1].group == group) {
		struct ui_undo *u = &ui->undo[--ui->n_undo];
		if (rc == TEND_OK && (rc = undo_one(ui, u, &err)) != TEND_OK) {
			failed = u->type;
			gone.kind = u->now.kind;
			gone.id = u->now.id;
		}
		entry_clear(&u->now);
		entry_clear(&u->before);
	}
	ui_ctx_refresh(ui);
	if (rc != TEND_OK)
		undo_failed(ui, failed, &gone, &err);
	else
		ui_ctx_message(ui, false, "Undone: the %s.", what);
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

/* The store reports a lock it waited for in vain as TEND_E_BUSY, or (as
 * store_begin words it) a runtime error saying the database is busy. */
bool ui_ctx_busy(const struct tend_err *err)
{
	return err->code == TEND_E_BUSY ||
	       (err->code == TEND_E_RUNTIME && strstr(err->msg, "the database is busy") != NULL);
}

_Noreturn void ui_oom(void)
{
	if (!isendwin())
		endwin();
	fputs("tend: out of memory\n", stderr);
	exit(1);
}
