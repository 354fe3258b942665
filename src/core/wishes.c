/* wishes: reading the wish list (data/wishes.conf or the couple's own
 * copy) through the reader every libconfuse file goes through. The file:
 *
 *     item cuddle {
 *         text = "Holding each other for a long while"
 *         discreet-text = "A long hold"      # optional
 *     }
 *
 * The item's id (cuddle) is what the sealed answers are keyed by. */
#include "tend/datadir.h"
#include "tend/wishes.h"

#include <confuse.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/confread.h"
#include "tend/text.h"

static const char *const wishes_many[] = { "item", NULL };

static const struct confread_kind wishes_kind = {
	.what = "a wish-list file",
	.noun = "the wish-list file",
	.max_bytes = WISHES_MAX_FILE,
	.many = wishes_many,
	.no_key = "item",
	.plain = true,
};

char *wishes_default_path(struct tend_err *err)
{
	return datadir_file("wishes.conf", err);
}

/* libconfuse's own complaint, kept in the section's comment (the first). */
static void wishes_on_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	char what[400], safe[512], msg[sizeof ((struct tend_err *)0)->msg];
	if (cfg->comment)
		return;
	vsnprintf(what, sizeof what, fmt, ap);
	text_escape(safe, sizeof safe, what, strlen(what), sizeof safe);
	snprintf(msg, sizeof msg, "%d: %s (see the comment at the top of "
	         "data/wishes.conf)", cfg->line, safe);
	cfg->comment = strdup(msg);
}

/* The line of the nth item section as written. */
static int item_line(const struct confread *rd, size_t nth)
{
	for (size_t i = 0; i < rd->n; i++) {
		const struct confread_key *k = &rd->keys[i];
		if (k->section && k->parent == CONFREAD_TOP && confread_is(k, "item") && nth-- == 0)
			return k->line;
	}
	return 0;
}

static bool key_valid(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > WISHES_KEY_MAX)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
			return false;
	return true;
}

/* What is wrong with an item's words, or NULL. */
static const char *words_problem(const char *s)
{
	const char *p = text_problem(s);
	if (p)
		return p;
	size_t n = text_count_chars(s);
	if (n == 0 || strspn(s, " ") == strlen(s))
		return "is empty (write a few words)";
	if (n > WISHES_TEXT_MAX)
		return "is too long (at most 120 characters)";
	_Static_assert(WISHES_TEXT_MAX == 120, "the message above says 120");
	return NULL;
}

/* Check item i of the parsed file and copy it into l. */
static int item_take(cfg_t *sec, const struct confread *rd, size_t i,
                     struct wish_list *l, struct tend_err *err)
{
	const char *key = cfg_title(sec), *text = cfg_getstr(sec, "text");
	const char *disc = cfg_getstr(sec, "discreet-text"), *p;
	int line = item_line(rd, i);
	if (!key || !key_valid(key))
		return confread_fail(err, rd->path, line, "item", "an item's id is letters, "
		                     "digits, '-' and '_', at most %d of them", WISHES_KEY_MAX);
	if (!text)
		return confread_fail(err, rd->path, line, key, "the item has no text "
		                     "(text = \"...\")");
	if ((p = words_problem(text)) || (disc && (p = words_problem(disc))))
		return confread_fail(err, rd->path, line, key, "the item's words %s", p);
	for (size_t k = 0; k < l->n; k++)
		if (strcmp(l->v[k].key, key) == 0)
			return confread_fail(err, rd->path, line, key, "this id is used twice "
			                     "(each item needs its own)");
	struct wish_item *it = &l->v[l->n];
	it->key = strdup(key);
	it->text = strdup(text);
	it->discreet_text = disc ? strdup(disc) : NULL;
	l->n++;
	if (!it->key || !it->text || (disc && !it->discreet_text))
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

/* libconfuse's message, with the file's name, from the first section
 * that kept one. */
static int wishes_parse_failure(cfg_t *root, const char *path, struct tend_err *err)
{
	const char *msg = root->comment;
	for (unsigned i = 0; !msg && i < cfg_size(root, "item"); i++)
		msg = cfg_getnsec(root, "item", i)->comment;
	if (msg)
		return err_set(err, TEND_E_USAGE, "%s:%s", path, msg);
	return confread_fail(err, path, 0, NULL, "this is not a wish-list file");
}

static int wishes_parse(const struct confread *rd, struct wish_list *out,
                        struct tend_err *err)
{
	cfg_opt_t item_opts[] = {
		CFG_STR("text", NULL, CFGF_NODEFAULT),
		CFG_STR("discreet-text", NULL, CFGF_NODEFAULT),
		CFG_END()
	};
	cfg_opt_t root_opts[] = {
		CFG_SEC("item", item_opts, CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES),
		CFG_END()
	};
	cfg_t *root = cfg_init(root_opts, CFGF_NONE);
	int rc = TEND_OK;
	if (!root)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	cfg_set_error_function(root, wishes_on_error);
	if (cfg_parse_buf(root, rd->text) != CFG_SUCCESS)
		rc = wishes_parse_failure(root, rd->path, err);
	if (rc == TEND_OK)
		rc = confread_twice(rd, err);
	unsigned n = rc == TEND_OK ? cfg_size(root, "item") : 0;
	if (rc == TEND_OK && n == 0)
		rc = confread_fail(err, rd->path, 0, NULL, "the list has no items "
		                   "(item ID { text = \"...\" })");
	if (rc == TEND_OK && n > WISHES_MAX_ITEMS)
		rc = confread_fail(err, rd->path, item_line(rd, WISHES_MAX_ITEMS), "item",
		                   "the list is too long: %u items, at most %d (the sealed "
		                   "answers have a fixed size)", n, WISHES_MAX_ITEMS);
	if (rc == TEND_OK && !(out->v = calloc(n, sizeof *out->v)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	for (unsigned i = 0; rc == TEND_OK && i < n; i++)
		rc = item_take(cfg_getnsec(root, "item", i), rd, i, out, err);
	cfg_free(root);
	return rc;
}

static int wishes_from(struct confread *rd, struct wish_list *out, struct tend_err *err)
{
	int rc = wishes_parse(rd, out, err);
	if (rc == TEND_OK && !(out->path = strdup(rd->path)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc != TEND_OK)
		wishes_free(out);
	confread_free(rd);
	return rc;
}

int wishes_load(const char *path, struct wish_list *out, struct tend_err *err)
{
	struct confread rd;
	memset(out, 0, sizeof *out);
	int rc = confread_file(&rd, &wishes_kind, path, NULL, err);
	return rc != TEND_OK ? rc : wishes_from(&rd, out, err);
}

int wishes_load_buf(const char *name, const char *buf, size_t len, struct wish_list *out,
                    struct tend_err *err)
{
	struct confread rd;
	memset(out, 0, sizeof *out);
	int rc = confread_buf(&rd, &wishes_kind, name, buf, len, err);
	return rc != TEND_OK ? rc : wishes_from(&rd, out, err);
}

void wishes_free(struct wish_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].key);
		free(l->v[i].text);
		free(l->v[i].discreet_text);
	}
	free(l->v);
	free(l->path);
	memset(l, 0, sizeof *l);
}

const char *wishes_text(const struct wish_list *l, size_t i, bool discreet)
{
	if (discreet && l->v[i].discreet_text)
		return l->v[i].discreet_text;
	return l->v[i].text;
}

int wishes_load_config(const struct config *cfg, struct wish_list *out,
                       struct tend_err *err)
{
	if (cfg->wishes_file)
		return wishes_load(cfg->wishes_file, out, err);
	char *def = wishes_default_path(err);
	if (!def) {
		memset(out, 0, sizeof *out);
		return err->code;
	}
	int rc = wishes_load(def, out, err);
	free(def);
	return rc;
}
