/* plan_text: the plan as plain text for a printer: weeks with real dates,
 * a box per task, 80 columns, in blocks that plan_text_page.c lays out on
 * pages of 60 lines split by form feeds. */
#include "tend/plan.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan_priv.h"
#include "tend/text.h"
#include "tend/window.h"

#define COLS PLAN_TEXT_COLS
#define CELL 4                   /* " [ ]" per day in the daily grid */
#define GRID_LEFT (COLS - 7 * CELL) /* the task column beside the grid */

/* The date plan day n falls on (the pauses taken out). */
static tend_day day_date(const struct text_ctx *c, int n)
{
	return pace_dates_day(&c->dates, n);
}

static void lines_add(struct lines *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void lines_add(struct lines *l, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int len;

	if (l->oom)
		return;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 32;
		char **v = realloc(l->v, cap * sizeof *v);
		unsigned char *mark = v ? realloc(l->mark, cap) : NULL;
		if (v)
			l->v = v;
		if (!mark) {
			l->oom = true;
			return;
		}
		l->mark = mark;
		l->cap = cap;
	}
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	s = len < 0 ? NULL : malloc((size_t)len + 1);
	if (s) {
		va_start(ap, fmt);
		vsnprintf(s, (size_t)len + 1, fmt, ap);
		va_end(ap);
	}
	if (!s) {
		l->oom = true;
		return;
	}
	l->mark[l->n] = l->next_mark;
	l->next_mark = 0;
	l->v[l->n++] = s;
}

/* Marks for the next line added (the first, when it is wrapped). */
static void lines_mark(struct lines *l, unsigned char mark)
{
	l->next_mark = mark;
}

static void lines_free(struct lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	free(l->mark);
}

/* Word-wrap user text to width columns: the first line after first, the
 * others after rest (both prefixes already safe and of equal width). */
static void lines_wrap(struct lines *l, const char *first, const char *rest,
                       const char *text, int width)
{
	char *safe = text_safe(text, false);
	const char *s = safe;
	const char *prefix = first;

	if (!safe) {
		l->oom = true;
		return;
	}
	while (*s == ' ')
		s++;
	do {
		size_t cut = text_prefix_for_width(s, width);
		size_t next = cut;
		if (s[cut] != '\0') {
			size_t sp = cut;
			while (sp > 0 && s[sp] != ' ')
				sp--;
			if (sp > 0)
				cut = next = sp;
		}
		while (cut > 0 && s[cut - 1] == ' ')
			cut--;
		lines_add(l, "%s%.*s", prefix, (int)cut, s);
		s += next;
		while (*s == ' ')
			s++;
		prefix = rest;
	} while (*s);
	free(safe);
}

/* "left ... right" on one line of COLS columns. */
static void lines_split(struct lines *l, const char *left, int left_width,
                        const char *right)
{
	int gap = COLS - left_width - text_width(right);

	lines_add(l, "%s%*s%s", left, gap > 1 ? gap : 1, "", right);
}

/* "Mon 7 Dec", without the padding day_format_short keeps for columns. */
static void date_short(tend_day d, char *buf, size_t size)
{
	int y, m, md;

	day_to_ymd(d, &y, &m, &md);
	snprintf(buf, size, "%s %d %s", day_weekday_abbr(day_weekday(d)), md,
	         day_month_abbr(m));
}

static void date_long(tend_day d, char *buf, size_t size)
{
	char shortd[16];
	int y, m, md;

	day_to_ymd(d, &y, &m, &md);
	date_short(d, shortd, sizeof shortd);
	snprintf(buf, size, "%s %d", shortd, y);
}

static struct block *block_new(struct text_ctx *c)
{
	if (c->n_blocks == c->cap_blocks) {
		size_t cap = c->cap_blocks ? c->cap_blocks * 2 : 16;
		struct block *b = realloc(c->blocks, cap * sizeof *b);
		if (!b)
			return NULL;
		c->blocks = b;
		c->cap_blocks = cap;
	}
	memset(&c->blocks[c->n_blocks], 0, sizeof c->blocks[0]);
	c->blocks[c->n_blocks].week_at = SIZE_MAX;
	return &c->blocks[c->n_blocks++];
}

static bool block_oom(const struct block *b)
{
	bool oom = b->l.oom;

	for (int k = 0; k < PART_COUNT; k++)
		oom |= b->head[k].oom;
	return oom;
}

static void block_free(struct block *b)
{
	lines_free(&b->l);
	for (int k = 0; k < PART_COUNT; k++)
		lines_free(&b->head[k]);
}

/* How much of one sentence goes on paper: a few lines' worth. */
#define SENTENCE_PRINT_COLS (4 * (COLS - 15))

/* "Our two sentences": each partner's problem and outcome, wrapped. */
static void add_sentences(struct text_ctx *c, struct lines *l)
{
	const struct plan_sentences *s = c->sentences;
	if (!s || !s->problem[0])
		return;
	lines_add(l, "Our two sentences");
	for (int p = 0; p < 2; p++) {
		char *name = text_fit(c->cfg->partner[p] ? c->cfg->partner[p] : "", 30, false);
		char *problem = text_fit(s->problem[p], SENTENCE_PRINT_COLS, false);
		char *outcome = text_fit(s->outcome[p], SENTENCE_PRINT_COLS, false);
		if (name && problem && outcome) {
			lines_add(l, "  %s", name);
			lines_wrap(l, "    The problem  ", "                 ", problem, COLS - 17);
			lines_wrap(l, "    The outcome  ", "                 ", outcome, COLS - 17);
		} else {
			l->oom = true;
		}
		free(name);
		free(problem);
		free(outcome);
	}
	lines_add(l, "%s", "");
}

/* The open windows and the invitations, when the couple asked for them on
 * paper; the words are window.h's (neutral in discreet mode). */
static void add_windows(struct text_ctx *c, struct lines *l)
{
	const struct plan_sentences *s = c->sentences;
	const struct config *cfg = c->cfg;
	bool any = false;
	if (s && s->n_windows) {
		lines_add(l, "%s", window_print_heading(c->discreet));
		for (size_t i = 0; i < s->n_windows && i < 2; i++)
			lines_add(l, "  %s", s->windows[i]);
		any = true;
	}
	if (cfg->print_invitations && cfg->n_invitations) {
		lines_add(l, "%s", window_invite_heading(c->discreet));
		for (size_t i = 0; i < cfg->n_invitations; i++) {
			char *text = text_fit(cfg->invitations[i], COLS - 4, false);
			if (text)
				lines_add(l, "  %s", text);
			else
				l->oom = true;
			free(text);
		}
		any = true;
	}
	if (any)
		lines_add(l, "%s", "");
}

static void add_title(struct text_ctx *c, struct lines *l)
{
	char from[24], to[24], *n1 = text_fit(c->cfg->partner[0], 30, false);
	char *n2 = text_fit(c->cfg->partner[1], 30, false);

	if (!n1 || !n2) {
		l->oom = true;
	} else {
		date_long(day_date(c, 1), from, sizeof from);
		date_long(day_date(c, c->p->length), to, sizeof to);
		lines_add(l, "Our %d days: %s and %s", c->p->length, n1, n2);
		lines_add(l, "From %s to %s", from, to);
		lines_add(l, "Tick a box when it is done. A missed day is fine: "
		          "pick it up again tomorrow.");
		lines_add(l, "%s", "");
		add_sentences(c, l);
		add_windows(c, l);
	}
	free(n1);
	free(n2);
}

static void add_tips(struct text_ctx *c, struct lines *l, const struct plan_phase *ph)
{
	char *const *tips;
	size_t n = plan_phase_tips(ph, c->discreet, &tips);

	for (size_t i = 0; i < n; i++) {
		lines_mark(l, LINE_BREAK | PART_PHASE);
		lines_wrap(l, "Tip: ", "     ", tips[i], COLS - 5);
	}
}

/* The rule and the "PHASE 2: title ... days 15 to 28" line (number 0: the
 * after-plan part); continued says the page before began it. The title is
 * cut to leave room for the rest, whatever the numbers and dates. */
static void add_phase_heading(struct text_ctx *c, struct lines *l,
                              const struct plan_phase *ph, int number, bool continued)
{
	const char *more = continued ? " (continued)" : "";
	char prefix[32], left[COLS * 4 + 1], right[48], *title;
	int room;

	if (number > 0) {
		snprintf(prefix, sizeof prefix, "PHASE %d: ", number);
		snprintf(right, sizeof right, "days %d to %d", ph->first, ph->last);
	} else {
		char from[24];
		date_long(day_date(c, c->p->length + 1), from, sizeof from);
		snprintf(prefix, sizeof prefix, "AFTER DAY %d: ", c->p->length);
		snprintf(right, sizeof right, "from %s", from);
	}
	room = COLS - 1 - (int)strlen(prefix) - (int)strlen(right);
	if (room > COLS - 32)
		room = COLS - 32;
	title = text_fit(ph->title, room - (int)strlen(more), false);
	if (!title) {
		l->oom = true;
		return;
	}
	snprintf(left, sizeof left, "%s%s%s", prefix, title, more);
	lines_mark(l, LINE_KEEP);
	lines_add(l, "%s", "================================================================================");
	lines_mark(l, LINE_KEEP);
	lines_split(l, left, text_width(left), right);
	free(title);
}

/* The phase's heading, why and tips, and the headings a page repeats when
 * it breaks inside them. */
static void add_phase_intro(struct text_ctx *c, struct block *b,
                            const struct plan_phase *ph, int number)
{
	const char *why = plan_phase_why(ph, c->discreet);

	add_phase_heading(c, &b->l, ph, number, false);
	if (why)
		lines_wrap(&b->l, "", "", why, COLS);
	add_tips(c, &b->l, ph);
	add_phase_heading(c, &b->head[PART_PHASE], ph, number, true);
	add_phase_heading(c, &b->head[PART_ONCE], ph, number, true);
	lines_add(&b->head[PART_ONCE], "Once in this phase");
	b->first = PART_PHASE;
}

/* A list of tasks with boxes in front: "[ ] [ ]  text"; each may begin a
 * page, which then repeats the headings of part. */
static void add_boxed(struct text_ctx *c, struct lines *l, const struct plan_phase *ph,
                      bool (*want)(const struct plan_task *), bool with_cadence,
                      enum part part)
{
	int boxes = 1;
	char first[COLS + 1], rest[COLS + 1], text[1200], how[48];

	for (size_t i = 0; i < ph->n_tasks; i++)
		if (want(&ph->tasks[i]) && ph->tasks[i].cadence == PLAN_PER_WEEK &&
		    ph->tasks[i].count > boxes)
			boxes = ph->tasks[i].count;
	for (size_t i = 0; i < ph->n_tasks; i++) {
		const struct plan_task *t = &ph->tasks[i];
		int n = t->cadence == PLAN_PER_WEEK ? t->count : 1, w = 0;
		if (!want(t))
			continue;
		for (int k = 0; k < n; k++)
			w += snprintf(first + w, sizeof first - (size_t)w, "%s", k ? " [ ]" : "  [ ]");
		snprintf(first + w, sizeof first - (size_t)w, "%*s", (boxes - n) * CELL + 2, "");
		memset(rest, ' ', (size_t)boxes * CELL + 3);
		rest[boxes * CELL + 3] = '\0';
		plan_cadence_describe(t, how, sizeof how);
		if (with_cadence)
			snprintf(text, sizeof text, "%s (%s)", plan_task_text(t, c->discreet), how);
		else
			snprintf(text, sizeof text, "%s", plan_task_text(t, c->discreet));
		lines_mark(l, LINE_BREAK | part);
		lines_wrap(l, first, rest, text, COLS - boxes * CELL - 3);
	}
}

static bool want_once(const struct plan_task *t)
{
	return t->cadence == PLAN_ONCE;
}

static bool want_weekly(const struct plan_task *t)
{
	return t->cadence == PLAN_WEEKLY || t->cadence == PLAN_PER_WEEK;
}

static bool want_daily(const struct plan_task *t)
{
	return t->cadence == PLAN_DAILY;
}

static bool want_any(const struct plan_task *t)
{
	(void)t;
	return true;
}

static bool has_task(const struct plan_phase *ph, bool (*want)(const struct plan_task *))
{
	for (size_t i = 0; i < ph->n_tasks; i++)
		if (want(&ph->tasks[i]))
			return true;
	return false;
}

/* "Every day" with the weekdays, and the dates under them. */
static void add_grid_heading(struct text_ctx *c, struct lines *l, int from, int to)
{
	char wd[7 * CELL + 1] = "", md[7 * CELL + 1] = "";
	int w = 0, m = 0;

	for (int n = from; n <= to; n++) {
		tend_day d = day_date(c, n);
		int y, mo, mday;
		day_to_ymd(d, &y, &mo, &mday);
		w += snprintf(wd + w, sizeof wd - (size_t)w, " %s", day_weekday_abbr(day_weekday(d)));
		m += snprintf(md + m, sizeof md - (size_t)m, " %3d", mday);
	}
	lines_mark(l, LINE_KEEP);
	lines_add(l, "%-*s%s", GRID_LEFT, "Every day", wd);
	lines_mark(l, LINE_KEEP);
	lines_add(l, "%-*s%s", GRID_LEFT, "", md);
}

/* The daily tasks as rows of boxes under the segment's dates. */
static void add_daily_grid(struct text_ctx *c, struct lines *l, const struct plan_phase *ph,
                           int from, int to)
{
	char boxes[7 * CELL + 1] = "";
	int b = 0;

	for (int n = from; n <= to; n++)
		b += snprintf(boxes + b, sizeof boxes - (size_t)b, " [ ]");
	add_grid_heading(c, l, from, to);
	for (size_t i = 0; i < ph->n_tasks; i++) {
		const struct plan_task *t = &ph->tasks[i];
		struct lines tmp = { 0 };
		if (t->cadence != PLAN_DAILY)
			continue;
		lines_wrap(&tmp, "  ", "    ", plan_task_text(t, c->discreet), GRID_LEFT - 5);
		for (size_t k = 0; k < tmp.n; k++) {
			if (k == 0) {
				lines_mark(l, LINE_BREAK | PART_GRID);
				lines_add(l, "%s%*s%s", tmp.v[0],
				          GRID_LEFT - text_width(tmp.v[0]), "", boxes);
			} else {
				lines_add(l, "%s", tmp.v[k]);
			}
		}
		l->oom |= tmp.oom;
		lines_free(&tmp);
	}
}

/* The rule and "Week 3: Mon 7 Dec to Sun 13 Dec 2026 ... days 15 to 21". */
static void add_week_heading(struct text_ctx *c, struct lines *l, int from, int to,
                             unsigned char mark, bool continued)
{
	char left[96], a[16], b[24];
	int week = plan_week_of(from);

	date_short(day_date(c, from), a, sizeof a);
	date_long(day_date(c, to), b, sizeof b);
	snprintf(left, sizeof left, "Week %d: %s to %s%s", week, a, b,
	         continued ? " (continued)" : "");
	lines_mark(l, mark | LINE_KEEP);
	lines_add(l, "%s", "--------------------------------------------------------------------------------");
	if (from == to)
		snprintf(a, sizeof a, "day %d", from);
	else
		snprintf(a, sizeof a, "days %d to %d", from, to);
	lines_mark(l, LINE_KEEP);
	lines_split(l, left, text_width(left), a);
}

/* One plan week's days inside one phase, and the headings a page repeats
 * when it breaks inside the week. */
static void add_week(struct text_ctx *c, struct block *b, const struct plan_phase *ph,
                     int from, int to)
{
	struct lines *l = &b->l;

	b->week_at = l->n;
	if (l->n == 0)
		b->first = PART_WEEK;
	add_week_heading(c, l, from, to, LINE_BREAK | PART_NONE, false);
	if (has_task(ph, want_daily))
		add_daily_grid(c, l, ph, from, to);
	if (has_task(ph, want_weekly)) {
		lines_mark(l, LINE_BREAK | LINE_KEEP | PART_WEEK);
		lines_add(l, "This week");
		add_boxed(c, l, ph, want_weekly, false, PART_THIS_WEEK);
	}
	lines_add(l, "%s", "");
	for (int k = PART_WEEK; k <= PART_THIS_WEEK; k++)
		add_week_heading(c, &b->head[k], from, to, 0, true);
	add_grid_heading(c, &b->head[PART_GRID], from, to);
	lines_add(&b->head[PART_THIS_WEEK], "This week");
}

/* A block per week segment; a phase's heading goes with its first week. */
static int build_blocks(struct text_ctx *c)
{
	struct block *b = block_new(c);

	if (!b)
		return -1;
	add_title(c, &b->l);
	b->keep_next = true;
	for (size_t i = 0; i < c->p->n_phases; i++) {
		const struct plan_phase *ph = &c->p->phases[i];
		for (int from = ph->first; from <= ph->last;) {
			int to = (plan_week_of(from)) * 7;
			if (to > ph->last)
				to = ph->last;
			if (!(b = block_new(c)))
				return -1;
			if (from == ph->first) {
				add_phase_intro(c, b, ph, (int)i + 1);
				if (has_task(ph, want_once)) {
					lines_mark(&b->l, LINE_BREAK | LINE_KEEP | PART_PHASE);
					lines_add(&b->l, "Once in this phase");
					add_boxed(c, &b->l, ph, want_once, false, PART_ONCE);
				}
			}
			add_week(c, b, ph, from, to);
			from = to + 1;
		}
	}
	if (c->p->after) {
		if (!(b = block_new(c)))
			return -1;
		add_phase_intro(c, b, c->p->after, 0);
		if (has_task(c->p->after, want_any))
			add_boxed(c, &b->l, c->p->after, want_any, true, PART_PHASE);
	}
	for (size_t i = 0; i < c->n_blocks; i++)
		if (block_oom(&c->blocks[i]))
			return -1;
	return 0;
}

int plan_text_write(FILE *f, const struct plan *p, const struct config *cfg,
                    tend_day start, struct tend_err *err)
{
	return plan_text_write_with(f, p, cfg, start, NULL, err);
}

int plan_text_write_with(FILE *f, const struct plan *p, const struct config *cfg,
                         tend_day start, const struct plan_sentences *s,
                         struct tend_err *err)
{
	struct pace_dates dates = { .start = start, .pace = NULL };
	return plan_text_write_dated(f, p, cfg, &dates, s, err);
}

int plan_text_write_dated(FILE *f, const struct plan *p, const struct config *cfg,
                          const struct pace_dates *dates, const struct plan_sentences *s,
                          struct tend_err *err)
{
	struct text_ctx c = { .p = p, .cfg = cfg, .dates = *dates,
	                      .discreet = cfg->discreet, .sentences = s };
	int rc = TEND_OK;

	if (build_blocks(&c)) {
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	} else {
		plan_text_pages(&c, f);
		if (ferror(f))
			rc = err_set(err, TEND_E_RUNTIME, "cannot write the plan");
	}
	for (size_t i = 0; i < c.n_blocks; i++)
		block_free(&c.blocks[i]);
	free(c.blocks);
	return rc;
}
