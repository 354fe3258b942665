/* ui_plan: the plan view. Its rows are built by ui_plan_rows when the view
 * opens and again when the log, the day or the width changes; here they are
 * drawn, scrolled, and the boxes of hand-ticked tasks toggled. */
#include "tend/ui_plan.h"
#include "tend/ui_practices.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/ui_draw.h"
#include "tend/ui_plan_rows.h"

enum { KEY_ESC = 27, CONTENT_TOP = 1 };

struct ui_plan {
	struct ui_plan_rows rows;
	int sel, top;
	bool built, stale, center;
	int64_t version;      /* ui->data_version the rows were built from */
	tend_day today;
	int cols;
};

void ui_plan_free(struct ui_plan *pv)
{
	if (pv == NULL)
		return;
	ui_plan_rows_free(&pv->rows);
	free(pv);
}

/* Where a row is found again after a rebuild. */
static bool row_same(const struct ui_plan_row *a, const struct ui_plan_row *b)
{
	return a->type == b->type && a->day == b->day && a->task == b->task &&
	       a->phase == b->phase;
}

/* Rebuild the rows when they are out of date, keeping the cursor's row. */
static void plan_sync(struct ui *ui)
{
	struct ui_plan *pv = ui->plan;
	struct app *app = ui->app;
	int cols = getmaxx(ui->full);
	if (pv->built && !pv->stale && pv->version == ui->data_version &&
	    pv->today == app->today && pv->cols == cols)
		return;
	struct ui_plan_row keep = { .type = -1 };
	if (pv->built && pv->sel >= 0 && (size_t)pv->sel < pv->rows.n)
		keep = pv->rows.v[pv->sel];
	const struct ui_plan_rows_in in = {
		.plan = &app->plan, .st = app->st, .stage = &ui->stage,
		.start = app->cfg.start_date, .pace = &app->pace,
		.today = app->today, .discreet = app->cfg.discreet, .ascii = ui->ascii,
		.cols = cols,
	};
	struct tend_err err = { 0 };
	pv->built = pv->stale = false;
	pv->version = ui->data_version;
	pv->today = app->today;
	pv->cols = cols;
	if (ui_plan_rows_build(&in, &pv->rows, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "Could not read the plan's days: %s", err.msg);
		return;
	}
	pv->built = true;
	int found = -1;
	for (size_t i = 0; keep.type >= 0 && i < pv->rows.n && found < 0; i++)
		if (row_same(&pv->rows.v[i], &keep))
			found = (int)i;
	if (found >= 0) {
		pv->sel = found;
	} else {
		pv->sel = pv->rows.today_row >= 0 ? pv->rows.today_row : 0;
		pv->center = true;
	}
}

void ui_plan_open(struct ui *ui)
{
	if (ui->plan == NULL) {
		ui->plan = calloc(1, sizeof(*ui->plan));
		if (ui->plan == NULL)
			ui_oom();
		ui->plan->rows.today_row = -1;
	}
	struct ui_plan *pv = ui->plan;
	pv->built = false;
	pv->sel = -1;
	pv->center = true;
	ui->view = UI_VIEW_PLAN;
	ui->dirty = true;
}

static enum ui_role role_sel(bool sel, enum ui_role role)
{
	return sel ? UI_ROLE_FOCUS : role;
}

static const char *measure_word(const struct ui *ui, int measure)
{
	switch (measure) {
	case PLAN_CHECKIN: return "check-ins";
	case PLAN_GESTURE: return "gestures";
	case PLAN_REPAIR: return "repairs";
	case PLAN_TOUCH: return ui->app->cfg.discreet ? "together" : "touch";
	case PLAN_REVIEW: return "answered";
	case PLAN_TALK: return "talks";
	case PLAN_SENTENCES: return "both looked";
	case PLAN_TASK_REVIEW: return "looks";
	default: return "";
	}
}

/* "this week", "that week", "this phase", ... for a task's period. */
static const char *period_words(const struct ui_plan_row *r)
{
	bool now = r->when == PLAN_WHEN_NOW;
	switch (r->task->cadence) {
	case PLAN_ONCE: return now ? "this phase" : "in the phase";
	case PLAN_QUARTERLY: return now ? "this quarter" : "that quarter";
	default: return now ? "this week" : "that week";
	}
}

/* How far a task got, in words: "check-ins 6 of 7 days", "touch 2 of 3 this week". */
static void status_words(const struct ui *ui, const struct ui_plan_row *r, char *buf,
                         size_t size)
{
	const struct plan_task_status *s = &r->st;
	const struct plan_task *t = r->task;
	if (t->cadence == PLAN_DAILY) {
		snprintf(buf, size, "%s %d of %d days", s->by_hand ? "ticked" : measure_word(ui, t->measure),
		         s->done, s->target);
	} else if (s->by_hand || t->cadence == PLAN_ONCE) {
		/* Once is done or not, ticked by hand or proved by the log. */
		snprintf(buf, size, "%s %s", s->done ? "done" : "to do", period_words(r));
	} else {
		snprintf(buf, size, "%s %d of %d %s", measure_word(ui, t->measure), s->done,
		         s->target, period_words(r));
	}
}

/* A hand task is done once ticked, whatever its count: one box a period. */
static bool task_done(const struct plan_task_status *s)
{
	return s->met || (s->by_hand && s->task->cadence != PLAN_DAILY && s->done > 0);
}

/* The mark before a task: a box for hand ticks, else met, partly, or not. */
static int draw_task_mark(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r,
                          bool sel)
{
	const struct plan_task_status *s = &r->st;
	bool box = s->by_hand && r->task->cadence != PLAN_DAILY;
	bool done = task_done(s);
	const char *mark = box ? (done ? "[x]" : "[ ]")
	                   : done ? ui_glyph(ui, UI_GLYPH_CHECK)
	                   : s->done > 0 ? "~" : ui_glyph(ui, UI_GLYPH_NONE);
	enum ui_role role = done ? UI_ROLE_GOOD : s->done > 0 ? UI_ROLE_WARN : UI_ROLE_DIM;
	if (box && !done)
		role = r->when == PLAN_WHEN_LATER ? UI_ROLE_DIM : UI_ROLE_TEXT;
	if (r->when == PLAN_WHEN_LATER && !done)
		mark = box ? mark : " ";
	return ui_draw_text(ui, w, y, PLAN_X_MARK, 3, role_sel(sel, role), mark);
}

static void draw_task(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	int cols = getmaxx(w) - 1;
	char words[96];
	draw_task_mark(ui, w, y, r, sel);
	bool later = r->when == PLAN_WHEN_LATER;
	if (later)
		plan_cadence_describe(r->task, words, sizeof(words));
	else
		status_words(ui, r, words, sizeof(words));
	enum ui_role role = later ? UI_ROLE_DIM : task_done(&r->st) ? UI_ROLE_GOOD : UI_ROLE_TEXT;
	ui_draw_text(ui, w, y, PLAN_X_STATUS, PLAN_STATUS_W, role_sel(sel, role), words);
	const char *text = r->text ? r->text : plan_task_text(r->task, ui->app->cfg.discreet);
	ui_draw_text(ui, w, y, PLAN_X_TEXT, cols - PLAN_X_TEXT - 1,
	             role_sel(sel, later ? UI_ROLE_DIM : UI_ROLE_TEXT), text);
}

/* One logged thing on a day's line: "✓ check-in", "· repair". */
static int draw_fact(struct ui *ui, WINDOW *w, int y, int x, bool sel, bool met,
                     const char *what)
{
	int cols = getmaxx(w) - 1 - x;
	if (cols < 4)
		return x;
	x += ui_draw_text(ui, w, y, x, 1, role_sel(sel, met ? UI_ROLE_GOOD : UI_ROLE_DIM),
	                  ui_glyph(ui, met ? UI_GLYPH_CHECK : UI_GLYPH_NONE)) + 1;
	x += ui_draw_text(ui, w, y, x, cols - 2, role_sel(sel, UI_ROLE_TEXT), what);
	return x + 2;
}

/* The most a daily task of this measure asks for a day in the phase (1 when none). */
static int daily_count(const struct plan_phase *ph, int measure, bool *any)
{
	int count = 0;
	*any = false;
	for (size_t i = 0; i < ph->n_tasks; i++) {
		const struct plan_task *t = &ph->tasks[i];
		if (t->measure != measure)
			continue;
		*any = true;
		if (t->cadence == PLAN_DAILY && t->count > count)
			count = t->count;
	}
	return count > 0 ? count : 1;
}

/* What was logged on a day, for the kinds the phase's tasks count. */
static void draw_day_facts(struct ui *ui, WINDOW *w, int y, int x,
                           const struct ui_plan_row *r, bool sel)
{
	char buf[48];
	bool any;
	daily_count(r->phase, PLAN_CHECKIN, &any);
	if (any)
		x = draw_fact(ui, w, y, x, sel, r->checkins[0] && r->checkins[1],
		              r->checkins[0] && r->checkins[1] ? "check-in"
		              : r->checkins[0] || r->checkins[1] ? "check-in, one of you" : "check-in");
	int c = daily_count(r->phase, PLAN_GESTURE, &any);
	if (any) {
		snprintf(buf, sizeof(buf), "gestures %d+%d", r->gestures[0], r->gestures[1]);
		x = draw_fact(ui, w, y, x, sel, r->gestures[0] >= c && r->gestures[1] >= c, buf);
	}
	c = daily_count(r->phase, PLAN_REPAIR, &any);
	if (any) {
		snprintf(buf, sizeof(buf), r->repairs > 1 ? "repairs %d" : "repair", r->repairs);
		x = draw_fact(ui, w, y, x, sel, r->repairs >= c, buf);
	}
	daily_count(r->phase, PLAN_TOUCH, &any);
	if (any) {
		snprintf(buf, sizeof(buf), r->touch > 1 ? "%s %d" : "%s",
		         measure_word(ui, PLAN_TOUCH), r->touch);
		draw_fact(ui, w, y, x, sel, r->touch > 0, buf);
	}
}

static void draw_day(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	char date[16];
	tend_day d = app_plan_date(ui->app, r->day);
	day_format_column(d, date);
	bool now = r->when == PLAN_WHEN_NOW, later = r->when == PLAN_WHEN_LATER;
	enum ui_role role = now ? UI_ROLE_TODAY : later ? UI_ROLE_DIM : UI_ROLE_TEXT;
	int x = PLAN_X_DAY;
	x += ui_draw_text(ui, w, y, x, 10, role_sel(sel, role), date) + 2;
	x += ui_draw_textf(ui, w, y, x, 7, role_sel(sel, later ? UI_ROLE_DIM : UI_ROLE_TEXT),
	                   "day %d", r->day);
	x = PLAN_X_DAY + 21;
	if (now)
		ui_draw_text(ui, w, y, x, 5, role_sel(sel, UI_ROLE_KEY), "today");
	if (!later)
		draw_day_facts(ui, w, y, x + 7, r, sel);
}

static void draw_daytick(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	ui_draw_text(ui, w, y, PLAN_X_MARK + 2, 3,
	             role_sel(sel, r->ticked ? UI_ROLE_GOOD : UI_ROLE_TEXT),
	             r->ticked ? "[x]" : "[ ]");
	ui_draw_text(ui, w, y, PLAN_X_MARK + 6, getmaxx(w) - PLAN_X_MARK - 8,
	             role_sel(sel, UI_ROLE_TEXT), plan_task_text(r->task, ui->app->cfg.discreet));
}

static void draw_phase(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	int n = plan_phase_number(&ui->app->plan, r->phase);
	char head[32], days[48];
	if (n > 0) {
		snprintf(head, sizeof(head), "Phase %d: ", n);
		snprintf(days, sizeof(days), "  days %d-%d", r->phase->first, r->phase->last);
	} else {
		snprintf(head, sizeof(head), "After the plan: ");
		snprintf(days, sizeof(days), "  from day %d", ui->app->plan.length + 1);
	}
	int cols = getmaxx(w) - 2;
	int x = PLAN_X_DAY;
	x += ui_draw_text(ui, w, y, x, cols - x, role_sel(sel, UI_ROLE_TITLE), head);
	x += ui_draw_text(ui, w, y, x, cols - x, role_sel(sel, UI_ROLE_TITLE),
	                  r->phase->title ? r->phase->title : "");
	ui_draw_text(ui, w, y, x, cols - x, role_sel(sel, UI_ROLE_DIM), days);
}

static void draw_week(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	int wk = plan_week_of(r->day);
	tend_day from = app_plan_date(ui->app, (wk - 1) * 7 + 1);
	char a[16], b[16];
	day_format_short(from, a);
	day_format_short(app_plan_date(ui->app, wk * 7), b);
	int x = PLAN_X_DAY;
	x += ui_draw_textf(ui, w, y, x, getmaxx(w) - x - 1, role_sel(sel, UI_ROLE_TITLE),
	                   "Week %d, %s - %s", wk, a, b);
	if (r->when == PLAN_WHEN_NOW)
		ui_draw_text(ui, w, y, x + 2, getmaxx(w) - x - 3, role_sel(sel, UI_ROLE_KEY),
		             "this week");
}

static void draw_row(struct ui *ui, WINDOW *w, int y, const struct ui_plan_row *r, bool sel)
{
	int cols = getmaxx(w);
	if (sel) {
		wattr_on(w, ui_attr(ui, UI_ROLE_FOCUS), NULL);
		mvwhline(w, y, 1, ' ', cols - 2);
		wattr_off(w, ui_attr(ui, UI_ROLE_FOCUS), NULL);
		ui_draw_text(ui, w, y, 1, 1, UI_ROLE_FOCUS, ui_glyph(ui, UI_GLYPH_ARROW_R));
	}
	switch (r->type) {
	case PLAN_ROW_NOTE:
		ui_draw_text(ui, w, y, PLAN_X_DAY, cols - 4, role_sel(sel, UI_ROLE_TEXT), r->text);
		break;
	case PLAN_ROW_PHASE: draw_phase(ui, w, y, r, sel); break;
	case PLAN_ROW_WHY:
		ui_draw_text(ui, w, y, PLAN_X_WHY, cols - PLAN_X_WHY - 2, role_sel(sel, UI_ROLE_DIM),
		             r->text);
		break;
	case PLAN_ROW_WEEK: draw_week(ui, w, y, r, sel); break;
	case PLAN_ROW_DAY: draw_day(ui, w, y, r, sel); break;
	case PLAN_ROW_DAYTICK: draw_daytick(ui, w, y, r, sel); break;
	case PLAN_ROW_TASK: draw_task(ui, w, y, r, sel); break;
	case PLAN_ROW_MORE:
		ui_draw_text(ui, w, y, PLAN_X_TEXT, cols - PLAN_X_TEXT - 2, role_sel(sel, UI_ROLE_TEXT),
		             r->text);
		break;
	default: break;
	}
}

/* The first line to show so that the cursor's week is seen from its
 * heading (and its phase's, when the phase starts there). */
static int plan_top_for(const struct ui_plan *pv, int vis)
{
	const struct ui_plan_row *v = pv->rows.v;
	int i = pv->sel;
	while (i > 0 && v[i].type != PLAN_ROW_WEEK && v[i].type != PLAN_ROW_PHASE)
		i--;
	while (i > 0 && (v[i - 1].type == PLAN_ROW_WHY || v[i - 1].type == PLAN_ROW_PHASE))
		i--;
	return pv->sel - i < vis ? i : pv->sel - vis / 3;
}

/* Keep the cursor on screen; after opening or `t`, today's week is at the top. */
static void plan_scroll(struct ui_plan *pv, int vis)
{
	int n = (int)pv->rows.n;
	if (pv->sel >= n)
		pv->sel = n - 1;
	if (pv->sel < 0)
		pv->sel = 0;
	if (pv->center && n > 0)
		pv->top = plan_top_for(pv, vis);
	pv->center = false;
	if (pv->sel < pv->top)
		pv->top = pv->sel;
	if (pv->sel >= pv->top + vis)
		pv->top = pv->sel - vis + 1;
	if (pv->top > n - vis)
		pv->top = n - vis;
	if (pv->top < 0)
		pv->top = 0;
}

static void plan_title(struct ui *ui, char *buf, size_t size)
{
	const struct app *app = ui->app;
	int n = app_plan_day(app, app->today);
	int length = app->plan.length;
	if (n >= 1 && n <= length)
		snprintf(buf, size, "The plan: day %d of %d", n, length);
	else
		snprintf(buf, size, "The plan");
	/* The pauses, which moved the dates of the days on. */
	int paused = pace_paused_before(&app->pace, app->cfg.start_date, app->today);
	size_t len = strlen(buf);
	if (pace_paused_on(&app->pace, app->today))
		snprintf(buf + len, size - len, ", paused");
	else if (paused > 0)
		snprintf(buf + len, size - len, " (%d paused day%s not counted)", paused,
		         paused == 1 ? "" : "s");
}

static void plan_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	struct ui_plan *pv = ui->plan;
	char title[64];
	plan_sync(ui);
	plan_title(ui, title, sizeof(title));
	ui_draw_box(ui, w, title, true);
	/* The two sentences' outcomes head the plan, once both are written. */
	int block = getmaxy(w) > 12 ? ui_tab_objective_plan_block(ui, w, CONTENT_TOP) : 0;
	int vis = getmaxy(w) - 3 - block;
	if (vis < 1 || !pv->built)
		return;
	plan_scroll(pv, vis);
	for (int i = 0; i < vis && (size_t)(pv->top + i) < pv->rows.n; i++)
		draw_row(ui, w, CONTENT_TOP + block + i, &pv->rows.v[pv->top + i],
		         pv->top + i == pv->sel);
	char keys[128];
	snprintf(keys, sizeof(keys), "arrows/PgUp/PgDn move   Space tick a box [ ]   "
	         "t today   Esc back");
	ui_draw_text(ui, w, getmaxy(w) - 2, 2, getmaxx(w) - 4, UI_ROLE_DIM, keys);
}

/* Tick or untick the cursor's box in the store. */
static void plan_toggle(struct ui *ui)
{
	struct ui_plan *pv = ui->plan;
	if (!pv->built || pv->sel < 0 || (size_t)pv->sel >= pv->rows.n)
		return;
	const struct ui_plan_row *r = &pv->rows.v[pv->sel];
	/* A task's further lines tick the task. */
	for (int i = pv->sel; r->type == PLAN_ROW_MORE && i > 0; i--)
		r = &pv->rows.v[i - 1];
	tend_day period;
	bool done;
	if (r->type == PLAN_ROW_DAYTICK) {
		period = app_plan_date(ui->app, r->day);
		done = r->ticked;
	} else if (r->type == PLAN_ROW_TASK && r->st.by_hand) {
		if (r->task->cadence == PLAN_DAILY) {
			ui_ctx_message(ui, false, "This one is ticked day by day, on the lines under "
			               "each day.");
			return;
		}
		period = r->st.period;
		done = r->st.done > 0;
	} else {
		ui_ctx_message(ui, false, "Only tasks with a box [ ] are ticked by hand; tend "
		               "counts the rest itself.");
		return;
	}
	if (period > ui->app->today) {
		ui_ctx_message(ui, false, "That week has not started yet.");
		return;
	}
	struct tend_err err = { 0 };
	const char *text = plan_task_text(r->task, ui->app->cfg.discreet);
	if (store_tick_set(ui->app->st, r->task->key, period, !done, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "Could not save the tick: %s", err.msg);
		return;
	}
	pv->stale = true;
	ui_ctx_message(ui, false, "%s: %s", done ? "Unticked" : "Ticked", text);
}

/* Is row i a box that can be ticked? */
static bool row_tickable(const struct ui_plan *pv, int i)
{
	const struct ui_plan_row *r = &pv->rows.v[i];
	return r->type == PLAN_ROW_DAYTICK ||
	       (r->type == PLAN_ROW_TASK && r->st.by_hand && r->task->cadence != PLAN_DAILY &&
	        r->when != PLAN_WHEN_LATER);
}

/* Tab: the next box after the cursor, round to the top. */
static void plan_next_box(struct ui_plan *pv)
{
	int n = (int)pv->rows.n;
	for (int k = 1; k <= n; k++) {
		int i = (pv->sel + k) % n;
		if (row_tickable(pv, i)) {
			pv->sel = i;
			return;
		}
	}
}

static enum ui_action plan_key_fn(struct ui *ui, wint_t ch)
{
	struct ui_plan *pv = ui->plan;
	int page = getmaxy(ui->full) - 4;
	if (page < 1)
		page = 1;
	switch (ch) {
	case KEY_UP: pv->sel--; break;
	case KEY_DOWN: pv->sel++; break;
	case KEY_PPAGE: pv->sel -= page; break;
	case KEY_NPAGE: pv->sel += page; break;
	case KEY_HOME: pv->sel = 0; break;
	case KEY_END: pv->sel = (int)pv->rows.n - 1; break;
	case KEY_ENTER: plan_toggle(ui); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

static enum ui_action plan_key(struct ui *ui, struct ui_key k)
{
	struct ui_plan *pv = ui->plan;
	if (k.fn)
		return plan_key_fn(ui, k.ch);
	switch (k.ch) {
	case KEY_ESC: case L'q': case L'p':
		ui->view = UI_VIEW_DASH;
		break;
	case L' ': case L'\n': case L'\r': plan_toggle(ui); break;
	case L't':
		pv->sel = pv->rows.today_row >= 0 ? pv->rows.today_row : 0;
		pv->center = true;
		break;
	case L'\t': if (pv->rows.n > 0) plan_next_box(pv); break;
	default: return UI_NONE;
	}
	return UI_REDRAW;
}

const struct ui_view ui_plan_view = {
	.name = "plan",
	.draw = plan_draw,
	.key = plan_key,
};
