/* plan_text: the plan as plain text for a printer: weeks with real dates,
 * a box per task, 80 columns, pages of 60 lines split by form feeds. */
#include "tend/plan.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tend/text.h"

#define COLS PLAN_TEXT_COLS
#define CELL 4                   /* " [ ]" per day in the daily grid */
#define GRID_LEFT (COLS - 7 * CELL) /* the task column beside the grid */

/* A growing list of output lines; oom latches so callers check once. */
struct lines {
	char **v;
	size_t n, cap;
	bool oom;
};

struct block {
	struct lines l;
	int page;
};

struct text_ctx {
	const struct plan *p;
	const struct config *cfg;
	tend_day start;
	bool discreet;
	struct block *blocks;
	size_t n_blocks, cap_blocks;
};

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
		if (!v) {
			l->oom = true;
			return;
		}
		l->v = v;
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
	l->v[l->n++] = s;
}

static void lines_free(struct lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
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
	return &c->blocks[c->n_blocks++];
}

static void add_title(struct text_ctx *c, struct lines *l)
{
	char from[24], to[24], *n1 = text_fit(c->cfg->partner[0], 30, false);
	char *n2 = text_fit(c->cfg->partner[1], 30, false);

	if (!n1 || !n2) {
		l->oom = true;
	} else {
		date_long(c->start, from, sizeof from);
		date_long(c->start + c->p->length - 1, to, sizeof to);
		lines_add(l, "Our %d days: %s and %s", c->p->length, n1, n2);
		lines_add(l, "From %s to %s", from, to);
		lines_add(l, "Tick a box when it is done. A missed day is fine: "
		          "pick it up again tomorrow.");
		lines_add(l, "%s", "");
	}
	free(n1);
	free(n2);
}

static void add_tips(struct text_ctx *c, struct lines *l, const struct plan_phase *ph)
{
	char *const *tips;
	size_t n = plan_phase_tips(ph, c->discreet, &tips);

	for (size_t i = 0; i < n; i++)
		lines_wrap(l, "Tip: ", "     ", tips[i], COLS - 5);
}

/* The phase's heading, why and tips; tasks with the given cadence listed
 * with a box each (once-tasks in a phase, everything after the plan). */
static void add_phase_intro(struct text_ctx *c, struct lines *l,
                            const struct plan_phase *ph, int number)
{
	char left[COLS * 4 + 1], right[48];
	char *title = text_fit(ph->title, COLS - 32, false);
	const char *why = plan_phase_why(ph, c->discreet);

	if (!title) {
		l->oom = true;
		return;
	}
	lines_add(l, "%s", "================================================================================");
	if (number > 0) {
		snprintf(left, sizeof left, "PHASE %d: %s", number, title);
		snprintf(right, sizeof right, "days %d to %d", ph->first, ph->last);
	} else {
		char from[24];
		date_long(c->start + c->p->length, from, sizeof from);
		snprintf(left, sizeof left, "AFTER DAY %d: %s", c->p->length, title);
		snprintf(right, sizeof right, "from %s", from);
	}
	lines_split(l, left, text_width(left), right);
	free(title);
	if (why)
		lines_wrap(l, "", "", why, COLS);
	add_tips(c, l, ph);
}

/* A list of tasks with boxes in front: "[ ] [ ]  text". */
static void add_boxed(struct text_ctx *c, struct lines *l, const struct plan_phase *ph,
                      bool (*want)(const struct plan_task *), bool with_cadence)
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

/* The daily tasks as rows of boxes under the segment's dates. */
static void add_daily_grid(struct text_ctx *c, struct lines *l, const struct plan_phase *ph,
                           int from, int to)
{
	char wd[7 * CELL + 1] = "", md[7 * CELL + 1] = "", boxes[7 * CELL + 1] = "";
	int w = 0, m = 0, b = 0;

	for (int n = from; n <= to; n++) {
		tend_day d = c->start + n - 1;
		int y, mo, mday;
		day_to_ymd(d, &y, &mo, &mday);
		w += snprintf(wd + w, sizeof wd - (size_t)w, " %s", day_weekday_abbr(day_weekday(d)));
		m += snprintf(md + m, sizeof md - (size_t)m, " %3d", mday);
		b += snprintf(boxes + b, sizeof boxes - (size_t)b, " [ ]");
	}
	lines_add(l, "%-*s%s", GRID_LEFT, "Every day", wd);
	lines_add(l, "%-*s%s", GRID_LEFT, "", md);
	for (size_t i = 0; i < ph->n_tasks; i++) {
		const struct plan_task *t = &ph->tasks[i];
		struct lines tmp = { 0 };
		if (t->cadence != PLAN_DAILY)
			continue;
		lines_wrap(&tmp, "  ", "    ", plan_task_text(t, c->discreet), GRID_LEFT - 5);
		for (size_t k = 0; k < tmp.n; k++) {
			if (k == 0)
				lines_add(l, "%s%*s%s", tmp.v[0],
				          GRID_LEFT - text_width(tmp.v[0]), "", boxes);
			else
				lines_add(l, "%s", tmp.v[k]);
		}
		l->oom |= tmp.oom;
		lines_free(&tmp);
	}
}

/* One plan week's days inside one phase. */
static void add_week(struct text_ctx *c, struct lines *l, const struct plan_phase *ph,
                     int from, int to)
{
	char left[80], a[16], b[24];
	int week = plan_week_of(from);

	date_short(c->start + from - 1, a, sizeof a);
	date_long(c->start + to - 1, b, sizeof b);
	snprintf(left, sizeof left, "Week %d: %s to %s", week, a, b);
	lines_add(l, "%s", "--------------------------------------------------------------------------------");
	if (from == to)
		snprintf(a, sizeof a, "day %d", from);
	else
		snprintf(a, sizeof a, "days %d to %d", from, to);
	lines_split(l, left, text_width(left), a);
	if (has_task(ph, want_daily))
		add_daily_grid(c, l, ph, from, to);
	if (has_task(ph, want_weekly)) {
		lines_add(l, "This week");
		add_boxed(c, l, ph, want_weekly, false);
	}
	lines_add(l, "%s", "");
}

/* A block per week segment; a phase's heading goes with its first week. */
static int build_blocks(struct text_ctx *c)
{
	struct block *b = block_new(c);

	if (!b)
		return -1;
	add_title(c, &b->l);
	for (size_t i = 0; i < c->p->n_phases; i++) {
		const struct plan_phase *ph = &c->p->phases[i];
		for (int from = ph->first; from <= ph->last;) {
			int to = (plan_week_of(from)) * 7;
			if (to > ph->last)
				to = ph->last;
			if (!(b = block_new(c)))
				return -1;
			if (from == ph->first) {
				add_phase_intro(c, &b->l, ph, (int)i + 1);
				if (has_task(ph, want_once)) {
					lines_add(&b->l, "Once in this phase");
					add_boxed(c, &b->l, ph, want_once, false);
				}
			}
			add_week(c, &b->l, ph, from, to);
			from = to + 1;
		}
	}
	if (c->p->after) {
		if (!(b = block_new(c)))
			return -1;
		add_phase_intro(c, &b->l, c->p->after, 0);
		if (has_task(c->p->after, want_any))
			add_boxed(c, &b->l, c->p->after, want_any, true);
	}
	for (size_t i = 0; i < c->n_blocks; i++)
		if (c->blocks[i].l.oom)
			return -1;
	return 0;
}

/* Put blocks on pages: a block never splits unless it alone is too tall. */
static int paginate(struct text_ctx *c)
{
	int page = 1, used = 0;

	for (size_t i = 0; i < c->n_blocks; i++) {
		int need = (int)c->blocks[i].l.n;
		int room = PLAN_TEXT_PAGE_LINES - (page > 1 ? 2 : 0);
		if (used > 0 && used + need > room) {
			page++;
			used = 0;
			room = PLAN_TEXT_PAGE_LINES - 2;
		}
		c->blocks[i].page = page;
		used += need;
		while (used > room) {   /* only a giant block: let it run over */
			used -= room;
			page++;
			room = PLAN_TEXT_PAGE_LINES - 2;
		}
	}
	return page;
}

static void write_header(FILE *f, struct text_ctx *c, int page, int pages)
{
	char *n1 = text_fit(c->cfg->partner[0], 24, false);
	char *n2 = text_fit(c->cfg->partner[1], 24, false);
	char left[160], right[32];

	snprintf(left, sizeof left, "%s and %s: our %d days", n1 ? n1 : "",
	         n2 ? n2 : "", c->p->length);
	snprintf(right, sizeof right, "page %d of %d", page, pages);
	fprintf(f, "\f%s%*s%s\n\n", left,
	        COLS - text_width(left) - (int)strlen(right), "", right);
	free(n1);
	free(n2);
}

static void write_pages(FILE *f, struct text_ctx *c, int pages)
{
	int page = 1, used = 0;

	for (size_t i = 0; i < c->n_blocks; i++) {
		struct block *b = &c->blocks[i];
		for (size_t k = 0; k < b->l.n; k++) {
			if (b->page > page || used == PLAN_TEXT_PAGE_LINES) {
				page++;
				write_header(f, c, page, pages);
				used = 2;
			}
			fprintf(f, "%s\n", b->l.v[k]);
			used++;
		}
	}
}

int plan_text_write(FILE *f, const struct plan *p, const struct config *cfg,
                    tend_day start, struct tend_err *err)
{
	struct text_ctx c = { .p = p, .cfg = cfg, .start = start,
	                      .discreet = cfg->discreet };
	int rc = TEND_OK, pages;

	if (build_blocks(&c)) {
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	} else {
		pages = paginate(&c);
		write_pages(f, &c, pages);
		if (ferror(f))
			rc = err_set(err, TEND_E_RUNTIME, "cannot write the plan");
	}
	for (size_t i = 0; i < c.n_blocks; i++)
		lines_free(&c.blocks[i].l);
	free(c.blocks);
	return rc;
}
