/* plan: reading and checking a plan file (libconfuse syntax), and the
 * day/phase arithmetic on the result. */
#include "tend/plan.h"

#include <confuse.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/text.h"

#define KEY_MAX 40
#define TITLE_MAX 200
#define TEXT_MAX 400
#define WHY_MAX 1000

/* Everything the libconfuse callbacks need. libconfuse gives callbacks no
 * user pointer, so each section carries a hidden pointer option whose
 * simple_value points here; libconfuse may write a NULL through it at
 * initialisation, which lands harmlessly in scratch. */
struct parse_ctx {
	void *scratch;
	const char *name;
	struct tend_err *err;
	bool failed;
};

#define CTX_OPT_NAME "\x01" "ctx"
#define CTX_OPT(c) { .name = CTX_OPT_NAME, .type = CFGT_PTR, \
	.flags = CFGF_NODEFAULT, .simple_value.ptr = (void **)(c) }
/* Hidden line records, set by the validation callbacks (no file can type a
 * name holding a control character: those are refused before parsing). */
#define LINE_FIRST "\x01" "first"
#define LINE_LAST "\x01" "last"
#define LINE_TASK "\x01" "task"

static struct parse_ctx *ctx_of(cfg_t *cfg)
{
	cfg_opt_t *o = cfg ? cfg_getopt(cfg, CTX_OPT_NAME) : NULL;
	return o ? (struct parse_ctx *)(void *)o->simple_value.ptr : NULL;
}

/* Record the first error only: later ones are usually its echoes. */
static void ctx_fail(struct parse_ctx *c, int line, const char *key,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void ctx_fail(struct parse_ctx *c, int line, const char *key,
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
	err_set(c->err, TEND_E_USAGE, "%s:%d: %s: %s", c->name, line, key, what);
}

/* libconfuse's own complaints (syntax, unknown keys, bad numbers). */
static void on_confuse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	struct parse_ctx *c = ctx_of(cfg);
	char what[600];
	const char *key;

	if (!c || c->failed)
		return;
	vsnprintf(what, sizeof what, fmt, ap);
	key = cfg->title ? cfg->title : (strcmp(cfg->name, "root") ? cfg->name : "plan");
	c->failed = true;
	err_set(c->err, TEND_E_USAGE, "%s:%d: %s: %s (see tend-plan(5))", c->name,
	        cfg->line, key, what);
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

/* "daily", "N per day", "weekly", "N per week", "once", "quarterly". */
static bool cadence_parse(const char *s, int *cadence, int *count)
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
};

static bool measure_parse(const char *s, int *measure)
{
	for (int i = 0; i <= PLAN_TOUCH; i++) {
		if (!strcmp(s, measure_names[i])) {
			*measure = i;
			return true;
		}
	}
	return false;
}

static int check_cadence(cfg_t *cfg, cfg_opt_t *opt)
{
	int cadence, count;
	const char *s = cfg_opt_getnstr(opt, 0);

	if (!s || !cadence_parse(s, &cadence, &count)) {
		ctx_fail(ctx_of(cfg), cfg->line, "cadence", "\"%s\" is not a cadence "
		         "(daily, N per day, weekly, N per week, once or quarterly)",
		         s ? s : "");
		return -1;
	}
	return 0;
}

static int check_measure(cfg_t *cfg, cfg_opt_t *opt)
{
	int m;
	const char *s = cfg_opt_getnstr(opt, 0);

	if (!s || !measure_parse(s, &m)) {
		ctx_fail(ctx_of(cfg), cfg->line, "measure", "\"%s\" is not something "
		         "tend counts (checkin, gesture, repair, touch or none)",
		         s ? s : "");
		return -1;
	}
	return 0;
}

/* A text value must say something and stay a sensible length. */
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
			ctx_fail(ctx_of(cfg), cfg->line, opt->name, "is empty (a quoted "
			         "sentence)");
			return -1;
		}
		if (n > max) {
			ctx_fail(ctx_of(cfg), cfg->line, opt->name, "is too long (at most "
			         "%zu bytes)", max);
			return -1;
		}
		if (strchr(s, '\n')) {
			ctx_fail(ctx_of(cfg), cfg->line, opt->name, "holds a line break "
			         "(keep it on one line; tend wraps it)");
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
	if (check_text_limit(cfg, opt, TEXT_MAX))
		return -1;
	cfg_setint(cfg, LINE_TASK, cfg->line);
	return 0;
}

static int check_plain_text(cfg_t *cfg, cfg_opt_t *opt)
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

	if (v < 1 || v > PLAN_MAX_DAYS) {
		ctx_fail(ctx_of(cfg), cfg->line, opt->name, "%ld is not a plan day "
		         "(1 to %d)", v, PLAN_MAX_DAYS);
		return -1;
	}
	cfg_setint(cfg, line_key, cfg->line);
	return 0;
}

static int check_first(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_day(cfg, opt, LINE_FIRST);
}

static int check_last(cfg_t *cfg, cfg_opt_t *opt)
{
	return check_day(cfg, opt, LINE_LAST);
}

/* A section's title is its key; each list of sections is checked as it closes. */
static int check_sections(cfg_t *cfg, cfg_opt_t *opt, const char *what)
{
	unsigned n = cfg_opt_size(opt);
	cfg_t *sec = cfg_opt_getnsec(opt, n - 1);
	const char *title = cfg_title(sec);

	if (!key_valid(title)) {
		ctx_fail(ctx_of(cfg), cfg->line, what, "\"%s\" is not a valid name "
		         "(1 to %d of a-z, 0-9 and -)", title, KEY_MAX);
		return -1;
	}
	if (strcmp(what, "task") && cfg_size(sec, "title") == 0) {
		ctx_fail(ctx_of(cfg), cfg->line, title, "title is missing "
		         "(title = \"...\")");
		return -1;
	}
	if (!strcmp(what, "task") && cfg_size(sec, "text") == 0) {
		ctx_fail(ctx_of(cfg), cfg->line, title, "text is missing "
		         "(text = \"...\")");
		return -1;
	}
	if (!strcmp(what, "task") && cfg_size(sec, "cadence") == 0) {
		ctx_fail(ctx_of(cfg), cfg->line, title, "cadence is missing "
		         "(cadence = \"daily\")");
		return -1;
	}
	return 0;
}

static int check_task(cfg_t *cfg, cfg_opt_t *opt)
{
	if (cfg_opt_size(opt) > PLAN_MAX_TASKS) {
		ctx_fail(ctx_of(cfg), cfg->line, "task", "too many tasks in one phase "
		         "(at most %d)", PLAN_MAX_TASKS);
		return -1;
	}
	return check_sections(cfg, opt, "task");
}

static int check_phase(cfg_t *cfg, cfg_opt_t *opt)
{
	cfg_t *sec = cfg_opt_getnsec(opt, cfg_opt_size(opt) - 1);

	if (cfg_opt_size(opt) > PLAN_MAX_PHASES) {
		ctx_fail(ctx_of(cfg), cfg->line, "phase", "too many phases (at most %d)",
		         PLAN_MAX_PHASES);
		return -1;
	}
	if (check_sections(cfg, opt, "phase"))
		return -1;
	if (cfg_size(sec, "first") == 0 || cfg_size(sec, "last") == 0) {
		ctx_fail(ctx_of(cfg), cfg->line, cfg_title(sec), "first and last day "
		         "are both needed (first = 1, last = 14)");
		return -1;
	}
	return 0;
}

static int check_after(cfg_t *cfg, cfg_opt_t *opt)
{
	if (cfg_opt_size(opt) > 1) {
		ctx_fail(ctx_of(cfg), cfg->line, "after", "only one after-plan section "
		         "is allowed");
		return -1;
	}
	return check_sections(cfg, opt, "after");
}

static int check_tips(cfg_t *cfg, cfg_opt_t *opt)
{
	if (cfg_opt_size(opt) > PLAN_MAX_TIPS) {
		ctx_fail(ctx_of(cfg), cfg->line, opt->name, "too many tips (at most %d)",
		         PLAN_MAX_TIPS);
		return -1;
	}
	return check_text_limit(cfg, opt, WHY_MAX);
}

/* Pre-checks on the raw bytes (NUL-terminated at len): text, UTF-8, no
 * control characters. */
static int raw_check(const char *name, const char *buf, size_t len,
                     struct tend_err *err)
{
	int line = 1;

	if (memchr(buf, '\0', len))
		return err_set(err, TEND_E_USAGE, "%s: this is not a text file "
		               "(a plan file is plain UTF-8 text)", name);
	if (!text_valid_utf8(buf))
		return err_set(err, TEND_E_USAGE, "%s: this is not valid UTF-8 text "
		               "(save the plan file as UTF-8)", name);
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)buf[i];
		if (ch == '\n')
			line++;
		else if ((ch < 0x20 && ch != '\t' && ch != '\r') || ch == 0x7f)
			return err_set(err, TEND_E_USAGE, "%s:%d: plan: a control "
			               "character is not allowed (plain text only)", name,
			               line);
	}
	return TEND_OK;
}

/* Blank out comments (keeping line breaks): libconfuse 3.3 miscounts lines
 * after a comment, and we want error lines to be right. Also finds a brace
 * left open at the end, which libconfuse would let pass: returns the line
 * of that brace, 0 when all are closed, -LINE when one closes too many;
 * *open_quote is the line of a quote never closed, else 0. */
static int strip_comments(char *s, int *open_quote)
{
	char quote = 0;
	int line = 1, depth = 0, open_at[8] = { 0 };

	*open_quote = 0;
	for (; *s; s++) {
		if (*s == '\n')
			line++;
		if (quote) {
			if (*s == '\\' && s[1] && s[1] != '\n')
				s++;
			else if (*s == quote)
				quote = 0;
		} else if (*s == '"' || *s == '\'') {
			quote = *s;
			*open_quote = line;
		} else if (*s == '{') {
			if (depth < 8)
				open_at[depth] = line;
			depth++;
		} else if (*s == '}') {
			if (--depth < 0) {
				*open_quote = 0;
				return -line;
			}
		} else if (*s == '#' || (*s == '/' && s[1] == '/')) {
			while (s[1] && s[1] != '\n')
				*s++ = ' ';
			*s = ' ';
		} else if (*s == '/' && s[1] == '*') {
			while (*s && !(*s == '*' && s[1] == '/')) {
				if (*s == '\n')
					line++;
				else
					*s = ' ';
				s++;
			}
			if (!*s)
				break;
			s[0] = s[1] = ' ';
			s++;
		}
	}
	if (!quote)
		*open_quote = 0;
	return depth > 0 ? open_at[depth > 8 ? 7 : depth - 1] : 0;
}

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static int copy_list(cfg_t *sec, const char *name, char ***out, size_t *n)
{
	unsigned k = cfg_size(sec, name);

	*out = NULL;
	*n = 0;
	if (k == 0)
		return 0;
	*out = calloc(k, sizeof **out);
	if (!*out)
		return -1;
	for (unsigned i = 0; i < k; i++) {
		(*out)[i] = strdup(cfg_getnstr(sec, name, i));
		if (!(*out)[i])
			return -1;
		(*n)++;
	}
	return 0;
}

static int copy_task(cfg_t *sec, struct plan_task *t)
{
	const char *measure = cfg_getstr(sec, "measure");

	if (!cadence_parse(cfg_getstr(sec, "cadence"), &t->cadence, &t->count))
		return -1;
	if (!measure_parse(measure ? measure : "none", &t->measure))
		return -1;
	t->key = strdup(cfg_title(sec));
	t->text = strdup(cfg_getstr(sec, "text"));
	t->discreet_text = xstrdup(cfg_getstr(sec, "discreet-text"));
	if (!t->key || !t->text || (cfg_getstr(sec, "discreet-text") && !t->discreet_text))
		return -1;
	return 0;
}

static int copy_phase(cfg_t *sec, struct plan_phase *ph, bool dated)
{
	unsigned n = cfg_size(sec, "task");

	ph->key = strdup(cfg_title(sec));
	ph->title = strdup(cfg_getstr(sec, "title"));
	ph->why = xstrdup(cfg_getstr(sec, "why"));
	ph->discreet_why = xstrdup(cfg_getstr(sec, "discreet-why"));
	if (!ph->key || !ph->title)
		return -1;
	if (dated) {
		ph->first = (int)cfg_getint(sec, "first");
		ph->last = (int)cfg_getint(sec, "last");
	}
	if (n) {
		ph->tasks = calloc(n, sizeof *ph->tasks);
		if (!ph->tasks)
			return -1;
	}
	for (unsigned i = 0; i < n; i++) {
		if (copy_task(cfg_getnsec(sec, "task", i), &ph->tasks[i]))
			return -1;
		ph->n_tasks++;
	}
	if (copy_list(sec, "tips", &ph->tips, &ph->n_tips))
		return -1;
	return copy_list(sec, "discreet-tips", &ph->discreet_tips, &ph->n_discreet_tips);
}

static int line_of(cfg_t *sec, const char *key)
{
	return (int)cfg_getint(sec, key);
}

/* Phases must run from day 1 without gaps or overlaps. */
static int check_days(cfg_t *root, struct parse_ctx *c)
{
	unsigned n = cfg_size(root, "phase");
	long expect = 1;

	if (n == 0) {
		ctx_fail(c, 1, "phase", "the plan has no phases (phase \"name\" { ... })");
		return -1;
	}
	for (unsigned i = 0; i < n; i++) {
		cfg_t *sec = cfg_getnsec(root, "phase", i);
		long first = cfg_getint(sec, "first"), last = cfg_getint(sec, "last");
		if (first != expect) {
			if (i == 0)
				ctx_fail(c, line_of(sec, LINE_FIRST), "first", "the first phase "
				         "must start on day 1, not %ld", first);
			else
				ctx_fail(c, line_of(sec, LINE_FIRST), "first", "phase \"%s\" "
				         "must start on day %ld, right after the one before, "
				         "not %ld", cfg_title(sec), expect, first);
			return -1;
		}
		if (last < first) {
			ctx_fail(c, line_of(sec, LINE_LAST), "last", "day %ld comes before "
			         "the first day, %ld", last, first);
			return -1;
		}
		expect = last + 1;
	}
	return 0;
}

/* Task keys name stored ticks, so they must be unique across the plan. */
static int check_task_keys(cfg_t *root, struct parse_ctx *c)
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
					ctx_fail(c, line_of(t, LINE_TASK), cfg_title(t), "this task "
					         "name is already used (each task needs its own "
					         "name)");
					return -1;
				}
			}
			seen[n_seen++] = cfg_title(t);
		}
	}
	return 0;
}

/* Apply stabilization_days: the first phase gets that length, the rest move. */
static void plan_stretch(struct plan *p, int stabilization_days)
{
	int shift = stabilization_days - (p->phases[0].last - p->phases[0].first + 1);

	p->phases[0].last = stabilization_days;
	for (size_t i = 1; i < p->n_phases; i++) {
		p->phases[i].first += shift;
		p->phases[i].last += shift;
	}
	p->length = p->phases[p->n_phases - 1].last;
}

static int plan_copy(cfg_t *root, struct plan *p)
{
	unsigned n = cfg_size(root, "phase");

	p->phases = calloc(n, sizeof *p->phases);
	if (!p->phases)
		return -1;
	for (unsigned i = 0; i < n; i++) {
		if (copy_phase(cfg_getnsec(root, "phase", i), &p->phases[i], true))
			return -1;
		p->n_phases++;
	}
	if (cfg_size(root, "after")) {
		p->after = calloc(1, sizeof *p->after);
		if (!p->after || copy_phase(cfg_getnsec(root, "after", 0), p->after, false))
			return -1;
	}
	return 0;
}

/* Parse the comment-free text with the plan's option tables. */
static int plan_parse(char *text, struct parse_ctx *c, int stab, struct plan *out)
{
	cfg_opt_t task_opts[] = {
		CFG_STR("text", NULL, CFGF_NODEFAULT),
		CFG_STR("discreet-text", NULL, CFGF_NODEFAULT),
		CFG_STR("cadence", NULL, CFGF_NODEFAULT),
		CFG_STR("measure", "none", CFGF_NONE),
		CFG_INT(LINE_TASK, 0, CFGF_NONE),
		CTX_OPT(c),
		CFG_END()
	};
#define PHASE_COMMON \
		CFG_STR("title", NULL, CFGF_NODEFAULT), \
		CFG_STR("why", NULL, CFGF_NODEFAULT), \
		CFG_STR("discreet-why", NULL, CFGF_NODEFAULT), \
		CFG_STR_LIST("tips", NULL, CFGF_NODEFAULT), \
		CFG_STR_LIST("discreet-tips", NULL, CFGF_NODEFAULT), \
		CFG_SEC("task", task_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES), \
		CTX_OPT(c)
	cfg_opt_t phase_opts[] = {
		CFG_INT("first", 0, CFGF_NODEFAULT),
		CFG_INT("last", 0, CFGF_NODEFAULT),
		CFG_INT(LINE_FIRST, 0, CFGF_NONE),
		CFG_INT(LINE_LAST, 0, CFGF_NONE),
		PHASE_COMMON,
		CFG_END()
	};
	cfg_opt_t after_opts[] = { PHASE_COMMON, CFG_END() };
#undef PHASE_COMMON
	cfg_opt_t root_opts[] = {
		CFG_SEC("phase", phase_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
		CFG_SEC("after", after_opts, CFGF_MULTI | CFGF_TITLE),
		CTX_OPT(c),
		CFG_END()
	};
	static const struct { const char *name; cfg_validate_callback_t fn; } checks[] = {
		{ "phase", check_phase }, { "after", check_after },
		{ "phase|first", check_first }, { "phase|last", check_last },
		{ "phase|title", check_title }, { "after|title", check_title },
		{ "phase|why", check_why }, { "after|why", check_why },
		{ "phase|discreet-why", check_why }, { "after|discreet-why", check_why },
		{ "phase|tips", check_tips }, { "after|tips", check_tips },
		{ "phase|discreet-tips", check_tips }, { "after|discreet-tips", check_tips },
		{ "phase|task", check_task }, { "after|task", check_task },
		{ "phase|task|text", check_text }, { "after|task|text", check_text },
		{ "phase|task|discreet-text", check_plain_text },
		{ "after|task|discreet-text", check_plain_text },
		{ "phase|task|cadence", check_cadence }, { "after|task|cadence", check_cadence },
		{ "phase|task|measure", check_measure }, { "after|task|measure", check_measure },
	};
	cfg_t *root = cfg_init(root_opts, CFGF_NONE);
	int rc = -1;

	if (!root)
		return -1;
	cfg_set_error_function(root, on_confuse_error);
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++)
		cfg_set_validate_func(root, checks[i].name, checks[i].fn);
	if (cfg_parse_buf(root, text) != CFG_SUCCESS) {
		if (!c->failed)
			ctx_fail(c, root->line, "plan", "this is not a valid plan file "
			         "(see tend-plan(5))");
	} else if (!check_days(root, c) && !check_task_keys(root, c)) {
		rc = plan_copy(root, out) ? -2 : 0;
		if (rc == 0)
			plan_stretch(out, stab);
	}
	cfg_free(root);
	return rc;
}

int plan_load_buf(const char *name, const char *buf, size_t len,
                  int stabilization_days, struct plan *out, struct tend_err *err)
{
	struct parse_ctx c = { .name = name, .err = err };
	char *text;
	int rc, open_quote;

	memset(out, 0, sizeof *out);
	if (stabilization_days < 1 || stabilization_days > PLAN_MAX_DAYS)
		return err_set(err, TEND_E_USAGE, "stabilization-days: %d is out of "
		               "range (1 to %d)", stabilization_days, PLAN_MAX_DAYS);
	if (len > PLAN_MAX_FILE)
		return err_set(err, TEND_E_USAGE, "%s: the plan file is too large "
		               "(at most %d KiB)", name, PLAN_MAX_FILE / 1024);
	text = malloc(len + 1);
	if (!text)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", name);
	memcpy(text, buf, len);
	text[len] = '\0';
	if (raw_check(name, text, len, err)) {
		free(text);
		return err->code;
	}
	rc = strip_comments(text, &open_quote);
	if (open_quote)
		ctx_fail(&c, open_quote, "plan", "this quoted text is never closed "
		         "(end it with \")");
	else if (rc > 0)
		ctx_fail(&c, rc, "plan", "this { is never closed (add a } to end "
		         "the section)");
	else if (rc < 0)
		ctx_fail(&c, -rc, "plan", "this } closes nothing");
	else
		rc = plan_parse(text, &c, stabilization_days, out);
	if (c.failed)
		rc = -1;
	free(text);
	if (rc == 0 && out->length > PLAN_MAX_DAYS)
		rc = -3;
	if (rc == 0) {
		out->path = strdup(name);
		if (out->path)
			return TEND_OK;
		rc = -2;
	}
	plan_free(out);
	if (rc == -3)
		return err_set(err, TEND_E_USAGE, "%s: the plan is longer than %d days",
		               name, PLAN_MAX_DAYS);
	if (rc == -2 || !c.failed)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", name);
	return err->code;
}

/* Read the whole file, refusing what is not a plain, modest-sized file. */
static int plan_read(const char *path, char **buf, size_t *len, struct tend_err *err)
{
	struct stat sb;
	ssize_t got;
	size_t have = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);

	if (fd < 0)
		return err_set(err, TEND_E_RUNTIME, "%s: cannot open the plan file: %s",
		               path, strerror(errno));
	if (fstat(fd, &sb) || !S_ISREG(sb.st_mode) || sb.st_size > PLAN_MAX_FILE) {
		close(fd);
		return err_set(err, TEND_E_USAGE, "%s: not a plan file (a plain text "
		               "file of at most %d KiB)", path, PLAN_MAX_FILE / 1024);
	}
	*buf = malloc(PLAN_MAX_FILE + 1);
	if (!*buf) {
		close(fd);
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	}
	while ((got = read(fd, *buf + have, PLAN_MAX_FILE + 1 - have)) > 0)
		have += (size_t)got;
	close(fd);
	if (got < 0) {
		free(*buf);
		return err_set(err, TEND_E_RUNTIME, "%s: cannot read the plan file: %s",
		               path, strerror(errno));
	}
	*len = have;
	return TEND_OK;
}

int plan_load(const char *path, int stabilization_days, struct plan *out,
              struct tend_err *err)
{
	char *buf = NULL;
	size_t len = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if (plan_read(path, &buf, &len, err))
		return err->code;
	rc = plan_load_buf(path, buf, len, stabilization_days, out, err);
	free(buf);
	return rc;
}

static void strv_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void phase_free(struct plan_phase *ph)
{
	for (size_t i = 0; i < ph->n_tasks; i++) {
		free(ph->tasks[i].key);
		free(ph->tasks[i].text);
		free(ph->tasks[i].discreet_text);
	}
	free(ph->tasks);
	strv_free(ph->tips, ph->n_tips);
	strv_free(ph->discreet_tips, ph->n_discreet_tips);
	free(ph->key);
	free(ph->title);
	free(ph->why);
	free(ph->discreet_why);
}

void plan_free(struct plan *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_phases; i++)
		phase_free(&p->phases[i]);
	free(p->phases);
	if (p->after) {
		phase_free(p->after);
		free(p->after);
	}
	free(p->path);
	memset(p, 0, sizeof *p);
}

char *plan_default_path(void)
{
	const char *installed = TEND_DATADIR "/plan.conf";

	if (access(installed, R_OK) == 0)
		return strdup(installed);
	return strdup(TEND_SOURCE_DATADIR "/plan.conf");
}

const struct plan_phase *plan_phase_at(const struct plan *p, int n)
{
	for (size_t i = 0; i < p->n_phases; i++)
		if (n >= p->phases[i].first && n <= p->phases[i].last)
			return &p->phases[i];
	return NULL;
}

int plan_phase_number(const struct plan *p, const struct plan_phase *ph)
{
	for (size_t i = 0; i < p->n_phases; i++)
		if (&p->phases[i] == ph)
			return (int)i + 1;
	return 0;
}

int plan_week_of(int n)
{
	return n < 1 ? 0 : (n - 1) / 7 + 1;
}

const char *plan_task_text(const struct plan_task *t, bool discreet)
{
	return discreet && t->discreet_text ? t->discreet_text : t->text;
}

const char *plan_phase_why(const struct plan_phase *ph, bool discreet)
{
	return discreet && ph->discreet_why ? ph->discreet_why : ph->why;
}

size_t plan_phase_tips(const struct plan_phase *ph, bool discreet,
                       char *const **tips)
{
	if (discreet && ph->discreet_tips) {
		*tips = ph->discreet_tips;
		return ph->n_discreet_tips;
	}
	*tips = ph->tips;
	return ph->n_tips;
}

void plan_cadence_describe(const struct plan_task *t, char *buf, size_t size)
{
	switch (t->cadence) {
	case PLAN_DAILY:
		if (t->count == 1)
			snprintf(buf, size, "every day");
		else
			snprintf(buf, size, "%d a day", t->count);
		break;
	case PLAN_PER_WEEK:
		snprintf(buf, size, "%d times a week", t->count);
		break;
	case PLAN_WEEKLY:
		snprintf(buf, size, "once a week");
		break;
	case PLAN_ONCE:
		snprintf(buf, size, "once");
		break;
	default:
		snprintf(buf, size, "every three months");
		break;
	}
}
