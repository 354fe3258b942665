/* ui_plan_rows: the plan view's lines. The plan is walked in parts that sit
 * in one plan week and one phase; each part gets its heading, its days and
 * its tasks with the status plan_status gives on the part's last day (today
 * for the current week), each task wrapped to the width. */
#include "tend/review.h"
#include "tend/ui_plan_rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/objective.h"
#include "tend/ritual.h"
#include "tend/talk.h"
#include "tend/task.h"
#include "tend/text.h"

enum {
	AFTER_WEEKS_SHOWN = 26,  /* after the plan: at most this many weeks back */
	WRAP_MAX_LINES = 8,
};

/* What the walk needs besides the output. */
struct build {
	const struct ui_plan_rows_in *in;
	struct ui_plan_rows *out;
	struct entry_list entries;
	struct tend_err *err;
	int tick_rc;             /* the first store error inside tick() */
	int after_first;         /* the first after-plan day shown */
	tend_day tasks_made;     /* the day the list of jobs was made (tend task) */
};

void ui_plan_rows_free(struct ui_plan_rows *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].text);
	free(r->v);
	memset(r, 0, sizeof(*r));
	r->today_row = -1;
}

/* A new zeroed row at the end; NULL when out of memory. */
static struct ui_plan_row *row_add(struct build *b, int type, int day)
{
	struct ui_plan_rows *r = b->out;
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 128;
		struct ui_plan_row *v = realloc(r->v, cap * sizeof(*v));
		if (v == NULL)
			return NULL;
		r->v = v;
		r->cap = cap;
	}
	struct ui_plan_row *row = &r->v[r->n++];
	memset(row, 0, sizeof(*row));
	row->type = type;
	row->day = row->last = day;
	return row;
}

static int oom(struct build *b)
{
	return err_set(b->err, TEND_E_RUNTIME, "out of memory");
}

/* plan_tick_fn over the store; a failure is kept for after the walk. */
static bool tick(void *ctx, const char *task_key, tend_day period)
{
	struct build *b = ctx;
	bool done = false;
	struct tend_err err = { 0 };
	if (b->tick_rc != TEND_OK)
		return false;
	if (store_tick_get(b->in->st, task_key, period, &done, &err) != TEND_OK) {
		b->tick_rc = err.code;
		*b->err = err;
		return false;
	}
	return done;
}

/* plan_count_fn over the rituals' own tables: the occurrences marked done
 * from from to to, as ritual.c counts them. */
static int count(void *ctx, int measure, tend_day from, tend_day to)
{
	struct build *b = ctx;
	struct store_rituals s;
	struct tend_err err = { 0 };
	if (measure != PLAN_RITUAL || b->tick_rc != TEND_OK || from > to)
		return 0;
	if (store_ritual_load(b->in->st, from, to, &s, &err) != TEND_OK) {
		b->tick_rc = err.code;
		*b->err = err;
		return 0;
	}
	int n = ritual_count_done(&s, from, to);
	store_rituals_free(&s);
	return n;
}

/* Bytes of the next wrapped line of safe text s in cols columns, and where
 * the line after it starts. */
static size_t wrap_next(const char *s, int cols, const char **rest)
{
	size_t n = text_prefix_for_width(s, cols);
	if (s[n] == '\0') {
		*rest = s + n;
		return n;
	}
	size_t cut = n;
	while (cut > 0 && s[cut] != ' ')
		cut--;
	if (cut == 0) {
		/* One word longer than the line: cut it, at least one character. */
		cut = n;
		if (cut == 0)
			for (cut = 1; ((unsigned char)s[cut] & 0xc0) == 0x80; cut++)
				;
	}
	*rest = s + cut;
	while (**rest == ' ')
		(*rest)++;
	return cut;
}

/* Rows of type for text wrapped to cols; the first line goes into first
 * when it is given. */
static int rows_wrapped(struct build *b, struct ui_plan_row *first, int type,
                        const struct ui_plan_row *proto, const char *text, int cols)
{
	size_t first_idx = first ? (size_t)(first - b->out->v) : 0;
	char *safe = text_safe(text ? text : "", b->in->ascii);
	if (safe == NULL)
		return oom(b);
	const char *s = safe;
	for (int line = 0; *s && line < WRAP_MAX_LINES; line++) {
		const char *rest;
		size_t len = wrap_next(s, cols < 8 ? 8 : cols, &rest);
		char *piece = strndup(s, len);
		struct ui_plan_row *row = piece ? (line == 0 && first ? &b->out->v[first_idx]
		                                   : row_add(b, type, proto->day)) : NULL;
		if (row == NULL) {
			free(piece);
			free(safe);
			return oom(b);
		}
		if (row->type == type) {
			row->when = proto->when;
			row->phase = proto->phase;
			row->task = proto->task;
		}
		row->text = piece;
		s = rest;
	}
	free(safe);
	return TEND_OK;
}

static tend_day date_of(const struct build *b, int n)
{
	return pace_date_of_day(b->in->pace, b->in->start, n, b->in->today);
}

static int when_of(const struct build *b, int first, int last)
{
	int today = b->out->today_n;
	if (last < today)
		return PLAN_WHEN_PAST;
	return first > today ? PLAN_WHEN_LATER : PLAN_WHEN_NOW;
}

/* The phase of plan day n, the after phase past the end. */
static const struct plan_phase *phase_of(const struct build *b, int n)
{
	const struct plan *p = b->in->plan;
	return n > p->length ? p->after : plan_phase_at(p, n);
}

/* What was logged on plan day n, counted into its row. */
static void day_count(struct build *b, struct ui_plan_row *row)
{
	tend_day d = date_of(b, row->day);
	for (size_t i = 0; i < b->entries.n; i++) {
		const struct entry *e = &b->entries.v[i];
		int who = e->partner == 2 ? 1 : 0;
		if (e->day != d)
			continue;
		switch (e->kind) {
		case ENTRY_CHECKIN: row->checkins[who]++; break;
		case ENTRY_GESTURE: row->gestures[who]++; break;
		case ENTRY_REPAIR: row->repairs++; break;
		case ENTRY_TOUCH: row->touch++; break;
		default: break;
		}
	}
}

/* A day's line, and a box under it for each daily task ticked by hand
 * (up to today: later days cannot be ticked yet). */
static int rows_day(struct build *b, const struct plan_phase *ph, int n)
{
	struct ui_plan_row *row = row_add(b, PLAN_ROW_DAY, n);
	if (row == NULL)
		return oom(b);
	row->phase = ph;
	row->when = when_of(b, n, n);
	day_count(b, row);
	if (row->when == PLAN_WHEN_NOW)
		b->out->today_row = (int)(b->out->n - 1);
	if (row->when == PLAN_WHEN_LATER)
		return TEND_OK;
	int when = row->when;
	for (size_t i = 0; i < ph->n_tasks; i++) {
		const struct plan_task *t = &ph->tasks[i];
		if (t->cadence != PLAN_DAILY || t->measure != PLAN_BY_HAND)
			continue;
		struct ui_plan_row *tr = row_add(b, PLAN_ROW_DAYTICK, n);
		if (tr == NULL)
			return oom(b);
		tr->phase = ph;
		tr->task = t;
		tr->when = when;
		tr->ticked = tick(b, t->key, date_of(b, n));
	}
	return b->tick_rc;
}

/* The phase's heading, and its reason when it is the phase of today. */
static int rows_phase(struct build *b, const struct plan_phase *ph, int first)
{
	struct ui_plan_row *row = row_add(b, PLAN_ROW_PHASE, first);
	if (row == NULL)
		return oom(b);
	row->phase = ph;
	row->last = ph->last;
	int today = b->out->today_n;
	bool now = ph == phase_of(b, today) && today >= 1;
	row->when = now ? PLAN_WHEN_NOW : when_of(b, first, ph->last ? ph->last : first);
	if (!now)
		return TEND_OK;
	struct ui_plan_row proto = *row;
	return rows_wrapped(b, NULL, PLAN_ROW_WHY, &proto,
	                    plan_phase_why(ph, b->in->discreet), b->in->cols - PLAN_X_WHY - 2);
}

/* The part's tasks, with their status on the part's last day, or today. */
static int rows_tasks(struct build *b, const struct plan_phase *ph, int first, int last)
{
	int when = when_of(b, first, last);
	int on = when == PLAN_WHEN_NOW ? b->out->today_n : when == PLAN_WHEN_PAST ? last : first;
	struct plan_status ps;
	tend_day date = date_of(b, on);
	/* The start as it stood on that day (moved on by the pauses before
	 * it), for the weeks and phases then. */
	tend_day start = date - on + 1;
	plan_status(b->in->plan, start, date, &b->entries, b->in->stage,
	            tick, count, b, &ps);
	plan_status_proof(&ps, PLAN_TASKS, b->tasks_made, date_of(b, on));
	if (b->tick_rc != TEND_OK)
		return b->tick_rc;
	if (review_plan_prove(b->in->st, b->in->plan, b->in->start, &ps, b->err) != TEND_OK ||
	    (b->in->st && talk_plan_fill(b->in->st, &ps, b->err) != TEND_OK) ||
	    objective_plan_fill(b->in->st, &ps, b->err) != TEND_OK ||
	    task_plan_fill(b->in->st, &ps, b->err) != TEND_OK)
		return b->err->code;
	for (size_t i = 0; i < ps.n_tasks && i < ph->n_tasks; i++) {
		struct ui_plan_row *row = row_add(b, PLAN_ROW_TASK, first);
		if (row == NULL)
			return oom(b);
		row->last = last;
		row->when = when;
		row->phase = ph;
		row->task = ps.tasks[i].task;
		row->st = ps.tasks[i];
		/* Every week's tasks wrap: a cut task could lose its condition
		 * ("stage 3 only when...") or its questions. */
		struct ui_plan_row proto = *row;
		int rc = rows_wrapped(b, row, PLAN_ROW_MORE, &proto,
		                      plan_task_text(row->task, b->in->discreet),
		                      b->in->cols - PLAN_X_TEXT - 2);
		if (rc != TEND_OK)
			return rc;
	}
	return TEND_OK;
}

/* One part: days first..last in one plan week and one phase. */
static int rows_part(struct build *b, const struct plan_phase *ph, int first, int last)
{
	int phase_first = ph->first ? ph->first : b->after_first;
	bool new_phase = first == phase_first;
	if (new_phase && rows_phase(b, ph, first) != TEND_OK)
		return b->err->code;
	if (new_phase || (first - 1) % 7 == 0) {
		struct ui_plan_row *row = row_add(b, PLAN_ROW_WEEK, first);
		if (row == NULL)
			return oom(b);
		row->phase = ph;
		row->last = last;
		row->when = when_of(b, first, last);
	}
	for (int n = first; n <= last; n++)
		if (rows_day(b, ph, n) != TEND_OK)
			return b->err->code;
	return rows_tasks(b, ph, first, last);
}

/* Days first..last in parts of one week and one phase. */
static int rows_range(struct build *b, int first, int last)
{
	int n = first;
	while (n <= last) {
		const struct plan_phase *ph = phase_of(b, n);
		if (ph == NULL)
			return TEND_OK;
		int end = plan_week_of(n) * 7;
		if (end > last)
			end = last;
		if (ph->last && end > ph->last)
			end = ph->last;
		if (rows_part(b, ph, n, end) != TEND_OK)
			return b->err->code;
		n = end + 1;
	}
	return TEND_OK;
}

static int row_note(struct build *b, const char *text)
{
	struct ui_plan_row *row = row_add(b, PLAN_ROW_NOTE, 0);
	if (row == NULL || (row->text = strdup(text)) == NULL)
		return oom(b);
	return TEND_OK;
}

/* A line above the plan when today is not inside it. */
static int rows_intro(struct build *b)
{
	const struct plan *p = b->in->plan;
	int today = b->out->today_n;
	char buf[160], date[16];
	if (today < 1) {
		day_format_short(b->in->start, date);
		snprintf(buf, sizeof(buf), "The plan starts on %s, in %d day%s.", date,
		         1 - today, today == 0 ? "" : "s");
		return row_note(b, buf);
	}
	if (today > p->length && p->after == NULL) {
		snprintf(buf, sizeof(buf), "All %d days are behind you. Keep what helped.", p->length);
		return row_note(b, buf);
	}
	return TEND_OK;
}

/* The plan's days, then the after-plan weeks up to a week past today. */
static int rows_walk(struct build *b)
{
	const struct plan *p = b->in->plan;
	int today = b->out->today_n;
	if (rows_intro(b) != TEND_OK || rows_range(b, 1, p->length) != TEND_OK)
		return b->err->code;
	if (p->after == NULL)
		return TEND_OK;
	int last = (today > p->length + 7 ? today : p->length + 7);
	last = plan_week_of(last) * 7;
	b->after_first = p->length + 1;
	int earliest = today - AFTER_WEEKS_SHOWN * 7;
	if (earliest > b->after_first) {
		b->after_first = (plan_week_of(earliest) - 1) * 7 + 1;
		if (row_note(b, "Earlier weeks after the plan are in the log (tend week).") != TEND_OK)
			return b->err->code;
	}
	return rows_range(b, b->after_first, last);
}

int ui_plan_rows_build(const struct ui_plan_rows_in *in, struct ui_plan_rows *out,
                       struct tend_err *err)
{
	ui_plan_rows_free(out);
	struct build b = { .in = in, .out = out, .err = err };
	out->today_n = pace_plan_day(in->pace, in->start, in->today);
	int last = in->plan->length + (AFTER_WEEKS_SHOWN + 2) * 7;
	if (out->today_n + 14 > last)
		last = out->today_n + 14;
	int rc = store_list(in->st, in->start, date_of(&b, last), ENTRY_MASK_ALL, &b.entries, err);
	struct store_task_state ts = { .made = DAY_INVALID };
	if (rc == TEND_OK)
		rc = store_task_state(in->st, &ts, err);
	b.tasks_made = ts.made;
	if (rc == TEND_OK)
		rc = rows_walk(&b);
	entry_list_free(&b.entries);
	if (rc != TEND_OK)
		ui_plan_rows_free(out);
	return rc;
}
