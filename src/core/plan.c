/* plan: reading a plan file (libconfuse syntax) into struct plan, freeing
 * it, and the day/phase lookups on the result. The checks on the file are
 * in plan_check.c. */
#include "tend/plan.h"

#include <confuse.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan_priv.h"

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

	if (!plan_cadence_parse(cfg_getstr(sec, "cadence"), &t->cadence, &t->count))
		return -1;
	if (!plan_measure_parse(measure ? measure : "none", &t->measure))
		return -1;
	t->stage = t->measure == PLAN_TOUCH ? (int)cfg_getint(sec, "stage") : 0;
	t->transparency = cfg_getbool(sec, "transparency") == cfg_true;
	t->windows = cfg_getbool(sec, "windows") == cfg_true;
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

/* Apply stabilization_days: the first phase gets that length, the rest
 * move. 0 keeps the lengths the file gives. */
static void plan_stretch(struct plan *p, int stabilization_days)
{
	int shift = stabilization_days - (p->phases[0].last - p->phases[0].first + 1);

	if (stabilization_days == 0)
		shift = 0;
	p->phases[0].last += shift;
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

/* A touch task written without a stage takes the count of phases with a
 * touch task so far (at most 3), so the default plan's order is the rule. */
static void plan_touch_stages(struct plan *p)
{
	int n = 0;

	for (size_t i = 0; i < p->n_phases; i++) {
		bool counted = false;
		for (size_t k = 0; k < p->phases[i].n_tasks; k++) {
			struct plan_task *t = &p->phases[i].tasks[k];
			if (t->measure != PLAN_TOUCH)
				continue;
			if (!counted && n < 3)
				n++;
			counted = true;
			if (t->stage == 0)
				t->stage = n;
		}
	}
}

/* After parsing: a key given twice (the reader's rule for every file). */
static int plan_twice(struct plan_ctx *c)
{
	if (confread_twice(c->rd, c->err) == TEND_OK)
		return 0;
	c->failed = true;
	return -1;
}

/* Parse the reader's text with the plan's option tables. */
static int plan_parse(const char *text, struct plan_ctx *c, int stab, struct plan *out)
{
	cfg_opt_t task_opts[] = {
		CFG_STR("text", NULL, CFGF_NODEFAULT),
		CFG_STR("discreet-text", NULL, CFGF_NODEFAULT),
		CFG_STR("cadence", NULL, CFGF_NODEFAULT),
		CFG_STR("measure", "none", CFGF_NONE),
		CFG_INT("stage", 0, CFGF_NONE),
		CFG_BOOL("transparency", cfg_false, CFGF_NONE),
		CFG_BOOL("windows", cfg_false, CFGF_NONE),
		CFG_INT(PLAN_LINE_TASK, 0, CFGF_NONE),
		PLAN_CTX_OPT(c),
		CFG_END()
	};
#define PHASE_COMMON \
		CFG_STR("title", NULL, CFGF_NODEFAULT), \
		CFG_STR("why", NULL, CFGF_NODEFAULT), \
		CFG_STR("discreet-why", NULL, CFGF_NODEFAULT), \
		CFG_STR_LIST("tips", NULL, CFGF_NODEFAULT), \
		CFG_STR_LIST("discreet-tips", NULL, CFGF_NODEFAULT), \
		CFG_SEC("task", task_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES), \
		PLAN_CTX_OPT(c)
	cfg_opt_t phase_opts[] = {
		CFG_INT("first", 0, CFGF_NODEFAULT),
		CFG_INT("last", 0, CFGF_NODEFAULT),
		CFG_INT(PLAN_LINE_FIRST, 0, CFGF_NONE),
		CFG_INT(PLAN_LINE_LAST, 0, CFGF_NONE),
		PHASE_COMMON,
		CFG_END()
	};
	cfg_opt_t after_opts[] = { PHASE_COMMON, CFG_END() };
#undef PHASE_COMMON
	cfg_opt_t root_opts[] = {
		CFG_SEC("phase", phase_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
		CFG_SEC("after", after_opts, CFGF_MULTI | CFGF_TITLE),
		PLAN_CTX_OPT(c),
		CFG_END()
	};
	cfg_t *root = cfg_init(root_opts, CFGF_NONE);
	int rc = -1;

	if (!root)
		return -1;
	plan_check_install(root);
	if (cfg_parse_buf(root, text) != CFG_SUCCESS) {
		if (!c->failed)
			plan_ctx_fail(c, root->line, "plan", "this is not a valid plan file "
			              "(see tend-plan(5))");
	} else if (!plan_twice(c) && !plan_check_tree(root, c)) {
		rc = plan_copy(root, out) ? -2 : 0;
		if (rc == 0) {
			plan_stretch(out, stab);
			plan_touch_stages(out);
		}
	}
	cfg_free(root);
	return rc;
}

/* Before parsing: a second after section, which libconfuse would merge
 * with the first without a word, is refused with the first's line. */
static int plan_after_once(struct plan_ctx *c)
{
	const struct confread *rd = c->rd;

	for (size_t i = 0; i < rd->n; i++) {
		const struct confread_key *k = &rd->keys[i], *e;
		if (!k->section || k->parent != CONFREAD_TOP || !confread_is(k, "after"))
			continue;
		if ((e = confread_earlier(rd, k)) == NULL)
			continue;
		plan_ctx_fail(c, k->line, "after", "only one after-plan section is "
		              "allowed (the first is on line %d; merge them into one)",
		              e->line);
		return -1;
	}
	return 0;
}

/* Phases and tasks come many times by design. */
static const char *const plan_many[] = { "phase", "task", NULL };

static const struct confread_kind plan_kind = {
	.what = "a plan file",
	.noun = "the plan file",
	.max_bytes = PLAN_MAX_FILE,
	.many = plan_many,
	.no_key = "plan",
	.plain = true,
};

/* The plan in a file the reader has read. */
static int plan_from(struct confread *rd, int stabilization_days, struct plan *out,
                     struct tend_err *err)
{
	struct plan_ctx c = { .name = rd->path, .err = err, .rd = rd };
	int rc = plan_after_once(&c);

	if (rc == 0)
		rc = plan_parse(rd->text, &c, stabilization_days, out);
	if (c.failed)
		rc = -1;
	if (rc == 0 && out->length > PLAN_MAX_DAYS)
		rc = -3;
	if (rc == 0) {
		out->path = strdup(rd->path);
		if (out->path)
			return TEND_OK;
		rc = -2;
	}
	plan_free(out);
	if (rc == -3)
		return confread_fail(err, rd->path, 0, NULL, "the plan is longer than "
		                     "%d days", PLAN_MAX_DAYS);
	if (rc == -2 || !c.failed)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return err->code;
}

/* stabilization-days out of range, before anything is read. */
static int plan_bad_stretch(int stabilization_days, struct tend_err *err)
{
	if (stabilization_days >= 0 && stabilization_days <= PLAN_MAX_DAYS)
		return TEND_OK;
	return err_set(err, TEND_E_USAGE, "stabilization-days: %d is out of range "
	               "(1 to %d, or 0 for the plan's own length)",
	               stabilization_days, PLAN_MAX_DAYS);
}

int plan_load_buf(const char *name, const char *buf, size_t len,
                  int stabilization_days, struct plan *out, struct tend_err *err)
{
	struct confread rd;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = plan_bad_stretch(stabilization_days, err)) != TEND_OK)
		return rc;
	if ((rc = confread_buf(&rd, &plan_kind, name, buf, len, err)) != TEND_OK)
		return rc;
	rc = plan_from(&rd, stabilization_days, out, err);
	confread_free(&rd);
	return rc;
}

int plan_load(const char *path, int stabilization_days, struct plan *out,
              struct tend_err *err)
{
	struct confread rd;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = plan_bad_stretch(stabilization_days, err)) != TEND_OK)
		return rc;
	if ((rc = confread_file(&rd, &plan_kind, path, NULL, err)) != TEND_OK)
		return rc;
	rc = plan_from(&rd, stabilization_days, out, err);
	confread_free(&rd);
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

tend_day plan_week_start(tend_day start, tend_day d)
{
	tend_day off = d - start;
	/* Floor division, so the weeks before the start line up too. */
	tend_day k = off >= 0 ? off / 7 : -((-off + 6) / 7);
	return start + 7 * k;
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
