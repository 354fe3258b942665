/* menu: the two-tier menu file and the rules for what a touch session
 * records of it. The file goes through the reader every libconfuse file
 * of tend goes through (confread.c): bytes, structure and keys given
 * twice are checked there, the lists here. */
#include "tend/menu.h"

#include <confuse.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/confread.h"
#include "tend-build.h"
#include "tend/text.h"

static const char *const tier_words[MENU_TIERS][2] = {
	[MENU_NONE] = { "", "" },
	[MENU_CONNECTION] = { "connection", "quick" },
	[MENU_EXPERIENCE] = { "experience", "longer" },
};

const char *menu_tier_name(int tier, bool discreet)
{
	if (tier <= MENU_NONE || tier >= MENU_TIERS)
		return "";
	return tier_words[tier][discreet ? 1 : 0];
}

int menu_tier_parse(const char *s)
{
	for (int t = MENU_CONNECTION; t < MENU_TIERS; t++)
		if (text_casecmp(s, tier_words[t][0]) == 0 || text_casecmp(s, tier_words[t][1]) == 0)
			return t;
	return MENU_NONE;
}

const char *menu_item_find(const struct menu *m, int tier, const char *s)
{
	if (!m || tier <= MENU_NONE || tier >= MENU_TIERS || !s)
		return NULL;
	for (size_t i = 0; i < m->n[tier]; i++)
		if (text_casecmp(m->item[tier][i], s) == 0)
			return m->item[tier][i];
	return NULL;
}

int menu_session_check(const struct menu *m, const struct entry *e,
                       const struct entry *old, bool discreet, struct tend_err *err)
{
	if (e->initiator < 0 || e->initiator > 2)
		return err_set(err, TEND_E_USAGE, "who invited is partner 1 or 2, or not said");
	if (e->tier < MENU_NONE || e->tier >= MENU_TIERS)
		return err_set(err, TEND_E_USAGE, "the kind of evening is %s or %s",
		               menu_tier_name(MENU_CONNECTION, discreet),
		               menu_tier_name(MENU_EXPERIENCE, discreet));
	if (!e->item)
		return TEND_OK;
	if (e->tier == MENU_NONE)
		return err_set(err, TEND_E_USAGE, "an item comes with its list: %s or %s",
		               menu_tier_name(MENU_CONNECTION, discreet),
		               menu_tier_name(MENU_EXPERIENCE, discreet));
	/* An old session keeps what it recorded, even off an edited list. */
	if (old && old->kind == ENTRY_TOUCH && old->tier == e->tier && old->item &&
	    strcmp(old->item, e->item) == 0)
		return TEND_OK;
	if (!menu_item_find(m, e->tier, e->item))
		return err_set(err, TEND_E_USAGE, "that is not on your %s list (%s)",
		               menu_tier_name(e->tier, discreet),
		               m && m->path ? m->path : "the menu file");
	return TEND_OK;
}

char *menu_default_path(void)
{
	const char *installed = TEND_DATADIR "/menu.conf";

	if (access(installed, R_OK) == 0)
		return strdup(installed);
	return strdup(TEND_SOURCE_DATADIR "/menu.conf");
}

void menu_free(struct menu *m)
{
	if (!m)
		return;
	for (int t = 0; t < MENU_TIERS; t++)
		for (size_t i = 0; i < m->n[t]; i++)
			free(m->item[t][i]);
	free(m->path);
	memset(m, 0, sizeof *m);
}

/* libconfuse gives callbacks no user pointer: the root carries a hidden
 * pointer option (a name no file can type) to this. */
struct menu_ctx {
	void *scratch;
	struct confread *rd;
	struct tend_err *err;
	bool failed;
};
#define MENU_CTX_NAME "\x01" "ctx"

static struct menu_ctx *ctx_of(cfg_t *cfg)
{
	cfg_opt_t *o = cfg ? cfg_getopt(cfg, MENU_CTX_NAME) : NULL;
	return o ? (struct menu_ctx *)(void *)o->simple_value.ptr : NULL;
}

/* libconfuse's own complaints (syntax, unknown keys); the first only. */
static void on_confuse_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	struct menu_ctx *c = ctx_of(cfg);
	char what[600];

	if (!c || c->failed)
		return;
	vsnprintf(what, sizeof what, fmt, ap);
	c->failed = true;
	confread_fail(c->err, c->rd->path, cfg->line, NULL, "%s (the menu has two lists, "
	              "connection = {...} and experience = {...})", what);
}

/* The line where item (as written, unescaped) stands in key's list; the
 * key's own line when it is written with escapes. */
static int item_line(const struct confread *r, const char *key, const char *item)
{
	for (size_t i = r->n; i-- > 0;) {
		const struct confread_key *k = &r->keys[i];
		if (k->parent != CONFREAD_TOP || !confread_is(k, key))
			continue;
		size_t n = strlen(item);
		int line = k->line;
		for (size_t at = k->at; at + n <= k->stop && at < r->len; at++) {
			if (r->src[at] == '\n')
				line++;
			if (r->src[at] == '"' && strncmp(r->src + at + 1, item, n) == 0 &&
			    r->src[at + 1 + n] == '"')
				return line;
		}
		return k->line;
	}
	return 0;
}

/* One list of the parsed file into m, each item checked. */
static int take_tier(cfg_t *root, struct confread *rd, int tier, struct menu *m,
                     struct tend_err *err)
{
	const char *key = tier_words[tier][0];
	unsigned n = cfg_size(root, key);
	if (n > MENU_MAX_ITEMS)
		return confread_fail(err, rd->path, confread_line(rd, key, -1), key,
		                     "%u items; at most %d, please (a short list to pick "
		                     "from on a tired evening)", n, MENU_MAX_ITEMS);
	for (unsigned i = 0; i < n; i++) {
		const char *s = cfg_getnstr(root, key, i);
		int line = item_line(rd, key, s ? s : "");
		const char *why = s ? text_problem(s) : "is missing";
		if (why)
			return confread_fail(err, rd->path, line, key, "an item %s", why);
		size_t chars = text_count_chars(s);
		if (chars == 0 || strspn(s, " ") == strlen(s))
			return confread_fail(err, rd->path, line, key, "an item is empty "
			                     "(write a few words, or leave it out)");
		if (chars > MENU_ITEM_CHARS)
			return confread_fail(err, rd->path, line, key, "an item is %zu characters "
			                     "long; %d at most, please", chars, MENU_ITEM_CHARS);
		if (menu_item_find(m, tier, s))
			return confread_fail(err, rd->path, line, key, "\"%s\" is on the list "
			                     "twice", s);
		if (!(m->item[tier][i] = strdup(s)))
			return err_set(err, TEND_E_RUNTIME, "out of memory");
		m->n[tier]++;
	}
	return TEND_OK;
}

static const struct confread_kind menu_kind = {
	.what = "a menu file",
	.noun = "the menu file",
	.max_bytes = MENU_MAX_FILE,
	.no_key = "menu",
	.plain = true,
};

/* The menu in a file the reader has read. */
static int menu_from(struct confread *rd, struct menu *m, struct tend_err *err)
{
	struct menu_ctx c = { .rd = rd, .err = err };
	cfg_opt_t opts[] = {
		CFG_STR_LIST("connection", "{}", CFGF_NONE),
		CFG_STR_LIST("experience", "{}", CFGF_NONE),
		{ .name = MENU_CTX_NAME, .type = CFGT_PTR, .flags = CFGF_NODEFAULT,
		  .simple_value.ptr = (void **)&c },
		CFG_END()
	};
	cfg_t *root = cfg_init(opts, CFGF_NONE);
	if (!root)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	cfg_set_error_function(root, on_confuse_error);
	int rc = TEND_OK;
	if (cfg_parse_buf(root, rd->text) != CFG_SUCCESS) {
		if (!c.failed)
			confread_fail(err, rd->path, root->line, NULL, "this is not a menu file "
			              "(see tend(1), TOUCH)");
		rc = TEND_E_USAGE;
	} else if ((rc = confread_twice(rd, err)) == TEND_OK) {
		for (int t = MENU_CONNECTION; rc == TEND_OK && t < MENU_TIERS; t++)
			rc = take_tier(root, rd, t, m, err);
	}
	cfg_free(root);
	if (rc == TEND_OK && !(m->path = strdup(rd->path)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc != TEND_OK)
		menu_free(m);
	return rc;
}

int menu_load_buf(const char *name, const char *buf, size_t len, struct menu *m,
                  struct tend_err *err)
{
	struct confread rd;
	memset(m, 0, sizeof *m);
	int rc = confread_buf(&rd, &menu_kind, name, buf, len, err);
	if (rc != TEND_OK)
		return rc;
	rc = menu_from(&rd, m, err);
	confread_free(&rd);
	return rc;
}

int menu_load(const char *path, struct menu *m, struct tend_err *err)
{
	struct confread rd;
	memset(m, 0, sizeof *m);
	int rc = confread_file(&rd, &menu_kind, path, NULL, err);
	if (rc != TEND_OK)
		return rc;
	rc = menu_from(&rd, m, err);
	confread_free(&rd);
	return rc;
}
