/* rules: the stop-phrases and red lines, checked here and saved into the
 * config file by config_set_list (see include/tend/rules.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/rules.h"
#include "tend/text.h"

const char *rules_text_problem(const char *s, char *buf, size_t size)
{
	const char *why = s ? text_problem(s) : "is missing";
	if (why)
		return why;
	if (!s[strspn(s, " \t")])
		return "is empty (a few words, please)";
	size_t n = text_count_chars(s);
	if (n > RULES_TEXT_MAX) {
		snprintf(buf, size, "is %zu characters long; %d at most, please", n,
		         RULES_TEXT_MAX);
		return buf;
	}
	return NULL;
}

/* The same, as an error naming what it is about. */
static int rules_check(const char *what, const char *s, struct tend_err *err)
{
	char buf[96];
	const char *why = rules_text_problem(s, buf, sizeof buf);
	return why ? err_set(err, TEND_E_USAGE, "%s %s", what, why) : TEND_OK;
}

static int rules_no_file(const struct config *cfg, struct tend_err *err)
{
	if (cfg->path)
		return TEND_OK;
	return err_set(err, TEND_E_USAGE, "there is no config file to write the "
	               "ground rules into");
}

int rules_set_stop_phrases(const struct config *cfg, const char *const v[2],
                           struct tend_err *err)
{
	char what[32];

	for (int i = 0; i < 2; i++) {
		snprintf(what, sizeof what, "stop-phrase %d", i + 1);
		if (rules_check(what, v[i], err))
			return err->code;
	}
	if (rules_no_file(cfg, err))
		return err->code;
	if (text_casecmp(v[0], v[1]) == 0)
		return err_set(err, TEND_E_USAGE, "the two stop-phrases are the same (the "
		               "two must differ)");
	return config_set_list(cfg->path, "stop-phrases", v, 2, err);
}

int rules_set_stop_phrase(const struct config *cfg, int n, const char *text,
                          struct tend_err *err)
{
	if (n != 1 && n != 2)
		return err_set(err, TEND_E_USAGE, "there are two stop-phrases: 1 or 2");
	const char *v[2] = { cfg->stop_phrase[0], cfg->stop_phrase[1] };
	v[n - 1] = text;
	return rules_set_stop_phrases(cfg, v, err);
}

int rules_set_red_lines(const struct config *cfg, const char *const *v, size_t n,
                        struct tend_err *err)
{
	char what[32];

	if (n > RULES_RED_LINES_MAX)
		return err_set(err, TEND_E_USAGE, "%d red lines at most: change or remove "
		               "one first", RULES_RED_LINES_MAX);
	for (size_t i = 0; i < n; i++) {
		snprintf(what, sizeof what, "red line %zu", i + 1);
		if (rules_check(what, v[i], err))
			return err->code;
	}
	if (rules_no_file(cfg, err))
		return err->code;
	return config_set_list(cfg->path, "red-lines", v, n, err);
}

int rules_set_invitations(const struct config *cfg, const char *const *v, size_t n,
                          struct tend_err *err)
{
	char what[32];

	if (n > CONFIG_MAX_INVITATIONS)
		return err_set(err, TEND_E_USAGE, "%d invitations at most: change or remove "
		               "one first", CONFIG_MAX_INVITATIONS);
	for (size_t i = 0; i < n; i++) {
		snprintf(what, sizeof what, "invitation %zu", i + 1);
		if (rules_check(what, v[i], err))
			return err->code;
		for (size_t k = 0; k < i; k++)
			if (text_casecmp(v[k], v[i]) == 0)
				return err_set(err, TEND_E_USAGE, "invitations %zu and %zu are the "
				               "same", k + 1, i + 1);
	}
	if (rules_no_file(cfg, err))
		return err->code;
	return config_set_list(cfg->path, "invitations", v, n, err);
}

int rules_set_red_line(const struct config *cfg, size_t n, const char *text,
                       struct tend_err *err)
{
	size_t have = cfg->n_red_lines;
	bool remove = !text || !*text;

	if (n < 1 || n > have + (remove ? 0 : 1))
		return err_set(err, TEND_E_USAGE, "red line %zu: there %s %zu (give 1 to "
		               "%zu)", n, have == 1 ? "is" : "are", have,
		               have + (remove ? 0 : 1));
	const char **v = calloc(have + 1, sizeof *v);
	if (!v)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	size_t m = 0;
	for (size_t i = 0; i < have; i++)
		if (i + 1 != n || !remove)
			v[m++] = i + 1 == n ? text : cfg->red_lines[i];
	if (n == have + 1)
		v[m++] = text;
	int rc = rules_set_red_lines(cfg, v, m, err);
	free(v);
	return rc;
}

int rules_reload(struct config *cfg, struct tend_err *err)
{
	struct config fresh;
	char *path = cfg->path ? strdup(cfg->path) : NULL;

	if (!path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	int rc = config_load(path, &fresh, NULL, err);
	free(path);
	if (rc != TEND_OK)
		return rc;
	config_free(cfg);
	*cfg = fresh;
	return TEND_OK;
}

int rules_change_begin(const struct config *cfg, struct rules_change *c,
                       struct tend_err *err)
{
	memset(c, 0, sizeof *c);
	if (rules_no_file(cfg, err))
		return err->code;
	return config_copy_read(cfg->path, &c->before, err);
}

int rules_change_end(const struct config *cfg, struct rules_change *c,
                     struct tend_err *err)
{
	config_copy_free(&c->after);
	if (rules_no_file(cfg, err))
		return err->code;
	return config_copy_read(cfg->path, &c->after, err);
}

void rules_change_free(struct rules_change *c)
{
	if (!c)
		return;
	config_copy_free(&c->before);
	config_copy_free(&c->after);
}

int rules_change_undo(struct config *cfg, const struct rules_change *c,
                      struct tend_err *err)
{
	if (rules_no_file(cfg, err))
		return err->code;
	int rc = config_copy_restore(cfg->path, &c->before, &c->after, err);
	return rc == TEND_OK ? rules_reload(cfg, err) : rc;
}
