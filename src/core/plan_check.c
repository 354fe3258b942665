/* plan_check: validating a plan file: the libconfuse validation callbacks
 * while parsing, and the day and key checks on the parsed tree. The checks
 * before parsing are the reader's (confread.c), loading is in plan.c. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "plan_priv.h"
#include "tend/text.h"

#define KEY_MAX 40
#define TITLE_MAX 200
#define TEXT_MAX 400
#define WHY_MAX 1000

static struct plan_ctx *ctx_of(cfg_t *cfg)
{
	cfg_opt_t *o = cfg ? cfg_getopt(cfg, PLAN_CTX_OPT_NAME) : NULL;
	return o ? (struct plan_ctx *)(void *)o->simple_value.ptr : NULL;
}

void plan_quote(char *out, size_t size, const char *s, size_t n)
{
	out[0] = '"';
	text_escape(out + 1, size - 2, s, n, 60);
	strcat(out, "\"");
}

void plan_ctx_fail(struct plan_ctx *c, int line, const char *key,
                   const char *fmt, ...)
{
	char what[600];
	va_list ap;

	if (c->failed)
		return;
	c->failed = true;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	confread_fail(c->err, c->name, line, key, "%s", what);
}

/* libconfuse's own complaints (syntax, unknown keys, bad numbers). */
static void on_confuse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	struct plan_ctx *c = ctx_of(cfg);
	char what[600];
	const char *key;

	if (!c || c->failed)
		return;
	vsnprintf(what, sizeof what, fmt, ap);
	key = cfg->title ? cfg->title : (strcmp(cfg->name, "root") ? cfg->name : "plan");
	c->failed = true;
	confread_fail(c->err, c->name, cfg->line, key, "%s (see tend-plan(5))", what);
}

static bool key_valid(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > KEY_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'))
			return false;
	}
	return true;
}

bool plan_cadence_parse(const char *s, int *cadence, int *count)
{
	int n = 0, used = 0;
	char unit[8];

	*count = 1;
	if (!strcmp(s, "daily")) {
		*cadence = PLAN_DAILY;
		return true;
	}
	if (!strcmp(s, "weekly")) {
		*cadence = PLAN_WEEKLY;
		return true;
	}
	if (!strcmp(s, "once")) {
		*cadence = PLAN_ONCE;
		return true;
	}
	if (!strcmp(s, "quarterly")) {
		*cadence = PLAN_QUARTERLY;
		return true;
	}
	if (sscanf(s, "%d per %7[a-z]%n", &n, unit, &used) != 2 || s[used] != '\0')
		return false;
	if (s[0] < '1' || s[0] > '9')
		return false;
	if (!strcmp(unit, "day") && n >= 1 && n <= 10) {
		*cadence = PLAN_DAILY;
		*count = n;
		return true;
	}
	if (!strcmp(unit, "week") && n >= 1 && n <= 7) {
		*cadence = n == 1 ? PLAN_WEEKLY : PLAN_PER_WEEK;
		*count = n;
		return true;
	}
	return false;
}

static const char *const measure_names[] = {
	[PLAN_BY_HAND] = "none", [PLAN_CHECKIN] = "checkin",
	[PLAN_GESTURE] = "gesture", [PLAN_REPAIR] = "repair", [PLAN_TOUCH] = "touch",
	[PLAN_REVIEW] = "review",
	[PLAN_TASKS] = "tasks",
	[PLAN_RITUAL] = "ritual",
	[PLAN_TALK] = "talk",
	[PLAN_SENTENCES] = "sentences",
	[PLAN_TASK_REVIEW] = "task-review",
};

bool plan_measure_parse(const char *s, int *measure)
{
	for (int i = 0; i < (int)(sizeof measure_names / sizeof *measure_names); i++) {
		if (!strcmp(s, measure_names[i])) {
			*measure = i;
			return true;
		}
	}
	return false;
}

/* The line of the key whose value libconfuse has just read. */
static int value_line(cfg_t *cfg, cfg_opt_t *opt)
{
	return confread_value_line(ctx_of(cfg)->rd, opt->name, cfg->line);
}

/* A string value must be plain text once libconfuse has unescaped it: an
 * escape such as \xc2\x9b, a tab typed inside the quotes or an expanded
 * ${VARIABLE} can still bring in what the raw checks never saw. */
static int check_plain(cfg_t *cfg, cfg_opt_t *opt, const char *s)
{
	const char *why = text_problem(s);
	char q[PLAN_QUOTE_SIZE];

	if (!why)
		return 0;
	plan_quote(q, sizeof q, s, strlen(s));
	plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), opt->name,
	              "%s %s (plain text only)", q, why);
	return -1;
}

static int check_cadence(cfg_t *cfg, cfg_opt_t *opt)
{
	int cadence, count;
	const char *s = cfg_opt_getnstr(opt, 0);
	char q[PLAN_QUOTE_SIZE];

	if (!s)
		s = "";
	if (check_plain(cfg, opt, s))
		return -1;
	if (!plan_cadence_parse(s, &cadence, &count)) {
		plan_quote(q, sizeof q, s, strlen(s));
		plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), "cadence", "%s is not a "
		              "cadence (daily, N per day, weekly, N per week, once or "
		              "quarterly)", q);
		return -1;
	}
	return 0;
}

static int check_measure(cfg_t *cfg, cfg_opt_t *opt)
{
	int m;
	const char *s = cfg_opt_getnstr(opt, 0);
	char q[PLAN_QUOTE_SIZE];

	if (!s)
		s = "";
	if (check_plain(cfg, opt, s))
		return -1;
	if (!plan_measure_parse(s, &m)) {
		plan_quote(q, sizeof q, s, strlen(s));
		plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), "measure", "%s is not "
		              "something tend counts (checkin, gesture, repair, touch, "
		              "review, tasks, ritual, talk or none)", q);
		return -1;
	}
	return 0;
}

/* A touch task may name its stage: 1, 2 or 3. */
static int check_stage(cfg_t *cfg, cfg_opt_t *opt)
{
	long v = cfg_opt_getnint(opt, 0);

	if (v < 1 || v > 3) {
		plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), "stage", "%ld is not a "
		              "touch stage (1, 2 or 3)", v);
		return -1;
	}
	return 0;
}

/* A text value must say something, on one line, in plain text, and stay a
 * sensible length. */
static int check_text_limit(cfg_t *cfg, cfg_opt_t *opt, size_t max)
{
	for (unsigned i = 0; i < cfg_opt_size(opt); i++) {
		const char *s = cfg_opt_getnstr(opt, i);
		size_t n = s ? strlen(s) : 0;
		bool blank = true;
		for (size_t k = 0; k < n; k++)
			if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n')
				blank = false;
		if (blank) {
			plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), opt->name,
			              "is empty (a quoted sentence)");
			return -1;
		}
		if (strchr(s, '\n')) {
			plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), opt->name,
			              "holds a line break (keep it on one line; tend "
			              "wraps it)");
			return -1;
		}
		if (check_plain(cfg, opt, s))
			return -1;
		if (n > max) {
			plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), opt->name,
			              "is too long (at most %zu bytes)", max);
			return -1;
		}
	}
	return 0;
}

static int check_title(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_text_limit(cfg, opt, TITLE_MAX);
}

static int check_text(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_text_limit(cfg, opt, TEXT_MAX);
}

static int check_why(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_text_limit(cfg, opt, WHY_MAX);
}

static int check_day(cfg_t *cfg, cfg_opt_t *opt, const char *line_key)
{
	long v = cfg_opt_getnint(opt, 0);
	int line = value_line(cfg, opt);

	if (v < 1 || v > PLAN_MAX_DAYS) {
		plan_ctx_fail(ctx_of(cfg), line, opt->name, "%ld is not a plan day "
		              "(1 to %d)", v, PLAN_MAX_DAYS);
		return -1;
	}
	cfg_setint(cfg, line_key, line);
	return 0;
}

static int check_first(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_day(cfg, opt, PLAN_LINE_FIRST);
}

static int check_last(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_day(cfg, opt, PLAN_LINE_LAST);
}

/* A section's title is its key; each list of sections is checked as each
 * section closes. line: where the section starts. */
static int check_sections(cfg_t *cfg, cfg_opt_t *opt, const char *what, int line)
{
	unsigned n = cfg_opt_size(opt);
	cfg_t *sec = cfg_opt_getnsec(opt, n - 1);
	const char *title = cfg_title(sec);
	char q[PLAN_QUOTE_SIZE];

	if (!key_valid(title)) {
		plan_quote(q, sizeof q, title, strlen(title));
		plan_ctx_fail(ctx_of(cfg), line, what, "%s is not a valid name "
		              "(1 to %d of a-z, 0-9 and -)", q, KEY_MAX);
		return -1;
	}
	if (strcmp(what, "task") && cfg_size(sec, "title") == 0) {
		plan_ctx_fail(ctx_of(cfg), line, title, "title is missing "
		              "(title = \"...\")");
		return -1;
	}
	if (!strcmp(what, "task") && cfg_size(sec, "text") == 0) {
		plan_ctx_fail(ctx_of(cfg), line, title, "text is missing "
		              "(text = \"...\")");
		return -1;
	}
	if (!strcmp(what, "task") && cfg_size(sec, "cadence") == 0) {
		plan_ctx_fail(ctx_of(cfg), line, title, "cadence is missing "
		              "(cadence = \"daily\")");
		return -1;
	}
	if (!strcmp(what, "task"))
		cfg_setint(sec, PLAN_LINE_TASK, line);
	return 0;
}

/* Where the section libconfuse has just closed starts. */
static int section_line(cfg_t *cfg, const char *what)
{
	return confread_section_line(ctx_of(cfg)->rd, what, cfg->line);
}

static int check_task(cfg_t *cfg, cfg_opt_t *opt)
{
	int line = section_line(cfg, "task");

	if (cfg_opt_size(opt) > PLAN_MAX_TASKS) {
		plan_ctx_fail(ctx_of(cfg), line, "task", "too many tasks in one phase "
		              "(at most %d)", PLAN_MAX_TASKS);
		return -1;
	}
	return check_sections(cfg, opt, "task", line);
}

static int check_phase(cfg_t *cfg, cfg_opt_t *opt)
{
	cfg_t *sec = cfg_opt_getnsec(opt, cfg_opt_size(opt) - 1);
	int line = section_line(cfg, "phase");

	if (cfg_opt_size(opt) > PLAN_MAX_PHASES) {
		plan_ctx_fail(ctx_of(cfg), line, "phase", "too many phases (at most %d)",
		              PLAN_MAX_PHASES);
		return -1;
	}
	if (check_sections(cfg, opt, "phase", line))
		return -1;
	if (cfg_size(sec, "first") == 0 || cfg_size(sec, "last") == 0) {
		plan_ctx_fail(ctx_of(cfg), line, cfg_title(sec), "first and last day "
		              "are both needed (first = 1, last = 14)");
		return -1;
	}
	return 0;
}

static int check_after(cfg_t *cfg, cfg_opt_t *opt)
{
	int line = section_line(cfg, "after");

	if (cfg_opt_size(opt) > 1) {
		plan_ctx_fail(ctx_of(cfg), line, "after", "only one after-plan section "
		              "is allowed");
		return -1;
	}
	return check_sections(cfg, opt, "after", line);
}

static int check_tips(cfg_t *cfg, cfg_opt_t *opt)
{
	if (cfg_opt_size(opt) > PLAN_MAX_TIPS) {
		plan_ctx_fail(ctx_of(cfg), value_line(cfg, opt), opt->name,
		              "too many tips (at most %d)", PLAN_MAX_TIPS);
		return -1;
	}
	return check_text_limit(cfg, opt, WHY_MAX);
}

static int line_of(cfg_t *sec, const char *key)
{
	return (int)cfg_getint(sec, key);
}

/* Phases must run from day 1 without gaps or overlaps. */
static int check_days(cfg_t *root, struct plan_ctx *c)
{
	unsigned n = cfg_size(root, "phase");
	long expect = 1;

	if (n == 0) {
		plan_ctx_fail(c, 1, "phase", "the plan has no phases "
		              "(phase \"name\" { ... })");
		return -1;
	}
	for (unsigned i = 0; i < n; i++) {
		cfg_t *sec = cfg_getnsec(root, "phase", i);
		long first = cfg_getint(sec, "first"), last = cfg_getint(sec, "last");
		if (first != expect) {
			if (i == 0)
				plan_ctx_fail(c, line_of(sec, PLAN_LINE_FIRST), "first",
				              "the first phase must start on day 1, not %ld",
				              first);
			else
				plan_ctx_fail(c, line_of(sec, PLAN_LINE_FIRST), "first",
				              "phase \"%s\" must start on day %ld, right "
				              "after the one before, not %ld",
				              cfg_title(sec), expect, first);
			return -1;
		}
		if (last < first) {
			plan_ctx_fail(c, line_of(sec, PLAN_LINE_LAST), "last", "day %ld "
			              "comes before the first day, %ld", last, first);
			return -1;
		}
		expect = last + 1;
	}
	return 0;
}

/* Task keys name stored ticks, so they must be unique across the plan. */
static int check_task_keys(cfg_t *root, struct plan_ctx *c)
{
	unsigned np = cfg_size(root, "phase"), na = cfg_size(root, "after");
	const char *seen[(PLAN_MAX_PHASES + 1) * PLAN_MAX_TASKS];
	size_t n_seen = 0;

	for (unsigned i = 0; i < np + na; i++) {
		cfg_t *ph = i < np ? cfg_getnsec(root, "phase", i)
		                   : cfg_getnsec(root, "after", i - np);
		for (unsigned k = 0; k < cfg_size(ph, "task"); k++) {
			cfg_t *t = cfg_getnsec(ph, "task", k);
			for (size_t s = 0; s < n_seen; s++) {
				if (!strcmp(seen[s], cfg_title(t))) {
					plan_ctx_fail(c, line_of(t, PLAN_LINE_TASK),
					              cfg_title(t), "this task name is "
					              "already used (each task needs its "
					              "own name)");
					return -1;
				}
			}
			seen[n_seen++] = cfg_title(t);
		}
	}
	return 0;
}

static const struct {
	const char *name;
	cfg_validate_callback_t fn;
} checks[] = {
	{ "phase", check_phase }, { "after", check_after },
	{ "phase|first", check_first }, { "phase|last", check_last },
	{ "phase|title", check_title }, { "after|title", check_title },
	{ "phase|why", check_why }, { "after|why", check_why },
	{ "phase|discreet-why", check_why }, { "after|discreet-why", check_why },
	{ "phase|tips", check_tips }, { "after|tips", check_tips },
	{ "phase|discreet-tips", check_tips }, { "after|discreet-tips", check_tips },
	{ "phase|task", check_task }, { "after|task", check_task },
	{ "phase|task|text", check_text }, { "after|task|text", check_text },
	{ "phase|task|discreet-text", check_text },
	{ "after|task|discreet-text", check_text },
	{ "phase|task|cadence", check_cadence }, { "after|task|cadence", check_cadence },
	{ "phase|task|measure", check_measure }, { "after|task|measure", check_measure },
	{ "phase|task|stage", check_stage }, { "after|task|stage", check_stage },
};

void plan_check_install(cfg_t *root)
{
	cfg_set_error_function(root, on_confuse_error);
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++)
		cfg_set_validate_func(root, checks[i].name, checks[i].fn);
}

int plan_check_tree(cfg_t *root, struct plan_ctx *c)
{
	if (check_days(root, c))
		return -1;
	return check_task_keys(root, c);
}
