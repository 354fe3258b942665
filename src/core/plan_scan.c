/* plan_scan: a plan file before libconfuse reads it: the raw bytes, the
 * comments, and a small scan that notes where each key and section is
 * written (libconfuse only knows how far it has read, which for a section
 * is its closing brace) and refuses escapes that make control characters.
 * Also the text rules every string value must keep. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_priv.h"
#include "tend/text.h"

int plan_check_raw(const char *name, const char *buf, size_t len,
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

/* Comments go before libconfuse sees the text: see plan_priv.h. */
int plan_strip_comments(char *s, int *open_quote, int *open_comment)
{
	char quote = 0;
	int line = 1, depth = 0, open_at[8] = { 0 };

	*open_quote = 0;
	*open_comment = 0;
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
			int opened = line;
			/* blank the opening first: its star must not also close it */
			s[0] = s[1] = ' ';
			s += 2;
			while (*s && !(*s == '*' && s[1] == '/')) {
				if (*s == '\n')
					line++;
				else
					*s = ' ';
				s++;
			}
			if (!*s) {
				*open_comment = opened;
				break;
			}
			s[0] = s[1] = ' ';
			s++;
		}
	}
	if (!quote)
		*open_quote = 0;
	return depth > 0 ? open_at[depth > 8 ? 7 : depth - 1] : 0;
}

void plan_quote(char *out, size_t size, const char *s, size_t n)
{
	out[0] = '"';
	text_escape(out + 1, size - 2, s, n, 60);
	strcat(out, "\"");
}

enum scan_prev { PREV_NONE, PREV_KEY, PREV_TITLE, PREV_EQ };

/* Where the scan is: the token before (to tell a key from its value or
 * title), whether it is inside a list, the key read last, the section open. */
struct scan_lexer {
	const char *p;
	int line;
	enum scan_prev prev;
	bool in_list;
	size_t cur, sec;
};

static int scan_add_key(struct plan_scan *s, const char *name, size_t len,
                        int line, size_t parent)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 64;
		struct plan_key_at *k = realloc(s->keys, cap * sizeof *k);
		if (!k)
			return -1;
		s->keys = k;
		s->cap = cap;
	}
	s->keys[s->n++] = (struct plan_key_at){ .name = name, .len = len,
	                                        .line = line, .end = line,
	                                        .parent = parent };
	return 0;
}

static int scan_add_closed(struct plan_scan *s, size_t k)
{
	if (s->n_closed == s->cap_closed) {
		size_t cap = s->cap_closed ? s->cap_closed * 2 : 32;
		size_t *v = realloc(s->closed, cap * sizeof *v);
		if (!v)
			return -1;
		s->closed = v;
		s->cap_closed = cap;
	}
	s->closed[s->n_closed++] = k;
	return 0;
}

void plan_scan_free(struct plan_scan *s)
{
	free(s->keys);
	free(s->closed);
	memset(s, 0, sizeof *s);
}

/* The byte an escape makes (p is just after the backslash; *used is set to
 * its length), or -1 when it makes none or libconfuse refuses it anyway. */
static int escape_byte(const char *p, size_t *used)
{
	static const char named[] = "nrbfaetv";
	static const unsigned char made[] = { '\n', '\r', '\b', '\f', 7, 27, '\t', '\v' };
	const char *at = strchr(named, *p);
	size_t digits = strspn(p, "0123456789"), octal = strspn(p, "01234567");
	unsigned v = 0;

	*used = 1;
	if (*p == '\n')
		return -1;
	if (at && *p)
		return made[at - named];
	if (digits > 0) {
		if (octal > 3)
			octal = 3;
		if (digits > octal)
			return -1;   /* "bad escape sequence" */
		for (size_t i = 0; i < octal; i++)
			v = v * 8 + (unsigned)(p[i] - '0');
		*used = octal;
		return v > 0xFF ? -1 : (int)v;
	}
	if (*p == 'x' && strchr("0123456789abcdefABCDEF", p[1]) && p[1]) {
		size_t hex = strspn(p + 1, "0123456789abcdefABCDEF") > 1 ? 2 : 1;
		char buf[3] = { p[1], hex > 1 ? p[2] : '\0', '\0' };
		*used = 1 + hex;
		return (int)strtoul(buf, NULL, 16);
	}
	return (unsigned char)*p;
}

/* The key a string at the lexer belongs to, for a message. */
static void scan_key_name(const struct scan_lexer *lx, const struct plan_scan *s,
                          bool own, char *buf, size_t size)
{
	const struct plan_key_at *k = own || lx->cur == PLAN_NO_KEY ? NULL
	                              : &s->keys[lx->cur];

	if (!k || k->len == 0 || k->len >= size)
		snprintf(buf, size, "plan");
	else
		snprintf(buf, size, "%.*s", (int)k->len, k->name);
}

/* Skip a quoted string; -1 (and the error in c) when an escape in it makes
 * a control character. own: the string is a key itself, not a value. */
static int scan_quoted(struct scan_lexer *lx, struct plan_ctx *c, bool own)
{
	const char *start = lx->p;
	char q = *lx->p++, key[48], quoted[PLAN_QUOTE_SIZE];
	int line = own || lx->cur == PLAN_NO_KEY ? lx->line : c->scan.keys[lx->cur].line;

	for (; *lx->p && *lx->p != q; lx->p++) {
		size_t used;
		int v;
		lx->line += *lx->p == '\n';
		if (*lx->p != '\\' || !lx->p[1])
			continue;
		if (q == '\'') {    /* only \\ and \' are escapes here */
			lx->p += lx->p[1] == '\\' || lx->p[1] == '\'';
			continue;
		}
		v = escape_byte(lx->p + 1, &used);
		if (v >= 0 && (v < 0x20 || v == 0x7F)) {
			const char *end = strchr(lx->p, q);
			size_t n = end ? (size_t)(end - start - 1) : strlen(start + 1);
			scan_key_name(lx, &c->scan, own, key, sizeof key);
			plan_quote(quoted, sizeof quoted, start + 1, n);
			plan_ctx_fail(c, line, key, "%s contains a control character, written "
			              "as an escape (plain text only)", quoted);
			return -1;
		}
		lx->line += lx->p[1] == '\n';
		lx->p += used;
	}
	if (*lx->p)
		lx->p++;
	return 0;
}

/* Skip an unquoted word, or a ${VARIABLE}, which libconfuse reads as one
 * (unless it holds a quote: plan_strip_comments, which knows nothing of
 * them, must agree with this scan on what is quoted). A character that
 * starts no token is skipped, as libconfuse does. */
static void scan_word(struct scan_lexer *lx)
{
	size_t n;

	if (lx->p[0] == '$' && lx->p[1] == '{') {
		n = strcspn(lx->p, "}\n\"'");
		if (lx->p[n] == '}') {
			lx->p += n + 1;
			return;
		}
	}
	n = strcspn(lx->p, " \t\r\n#\"'={}()+,*");
	lx->p += n ? n : 1;
}

/* A word or a string: a key, a section's title, a value or a list item. */
static int scan_token(struct scan_lexer *lx, struct plan_ctx *c)
{
	struct plan_scan *s = &c->scan;
	const char *name = lx->p;
	int line = lx->line;
	bool value = lx->in_list || lx->prev == PREV_EQ || lx->prev == PREV_KEY;
	bool quoted = *lx->p == '"' || *lx->p == '\'';
	size_t len;

	if (!quoted)
		scan_word(lx);
	else if (scan_quoted(lx, c, !value))
		return -1;
	if (value && lx->cur != PLAN_NO_KEY) {
		s->keys[lx->cur].end = lx->line;
		if (!lx->in_list)
			lx->prev = lx->prev == PREV_KEY ? PREV_TITLE : PREV_NONE;
		return 0;
	}
	len = (size_t)(lx->p - name);
	if (quoted) {            /* a quoted key: its name is inside the quotes */
		name++;
		len = len >= 2 ? len - 2 : 0;
	}
	if (scan_add_key(s, name, len, line, lx->sec))
		return -2;
	lx->cur = s->n - 1;
	lx->prev = PREV_KEY;
	return 0;
}

/* { opens a list after =, else a section (named by the key before it). */
static int scan_open(struct scan_lexer *lx, struct plan_scan *s)
{
	if (lx->in_list)
		return 0;
	if (lx->prev == PREV_EQ && lx->cur != PLAN_NO_KEY) {
		lx->in_list = true;
		return 0;
	}
	if ((lx->prev != PREV_KEY && lx->prev != PREV_TITLE) || lx->cur == PLAN_NO_KEY) {
		if (scan_add_key(s, lx->p, 0, lx->line, lx->sec))
			return -2;
		lx->cur = s->n - 1;
	}
	s->keys[lx->cur].section = true;
	lx->sec = lx->cur;
	lx->prev = PREV_NONE;
	return 0;
}

static int scan_close(struct scan_lexer *lx, struct plan_scan *s)
{
	lx->prev = PREV_NONE;
	if (lx->in_list) {
		lx->in_list = false;
		s->keys[lx->cur].end = lx->line;
		return 0;
	}
	if (lx->sec == PLAN_NO_KEY)
		return 0;
	s->keys[lx->sec].end = lx->line;
	if (scan_add_closed(s, lx->sec))
		return -2;
	lx->cur = lx->sec;
	lx->sec = s->keys[lx->sec].parent;
	return 0;
}

int plan_scan_keys(const char *text, struct plan_ctx *c)
{
	struct scan_lexer lx = { .p = text, .line = 1, .cur = PLAN_NO_KEY,
	                         .sec = PLAN_NO_KEY };
	int rc = 0;

	while (*lx.p && rc == 0) {
		char ch = *lx.p;
		if (ch == '\n') {
			lx.line++;
			lx.p++;
		} else if (strchr(" \t\r,()*", ch)) {
			lx.p++;
		} else if (ch == '=' || (ch == '+' && lx.p[1] == '=')) {
			if (ch == '+' && lx.prev == PREV_KEY && lx.cur != PLAN_NO_KEY)
				c->scan.keys[lx.cur].append = true;
			lx.prev = PREV_EQ;
			lx.p += ch == '+' ? 2 : 1;
		} else if (ch == '+') {
			lx.p++;
		} else if (ch == '{' || ch == '}') {
			rc = ch == '{' ? scan_open(&lx, &c->scan) : scan_close(&lx, &c->scan);
			lx.p++;
		} else {
			rc = scan_token(&lx, c);
		}
	}
	return rc;
}

static bool key_is(const struct plan_key_at *k, const char *key)
{
	size_t n = strlen(key);
	return k->len == n && memcmp(k->name, key, n) == 0;
}

/* The earlier key k repeats in the same section (or at the top), or NULL. */
static const struct plan_key_at *scan_earlier(const struct plan_scan *s,
                                              const struct plan_key_at *k)
{
	for (const struct plan_key_at *e = s->keys; e < k; e++)
		if (e->parent == k->parent && e->len == k->len &&
		    memcmp(e->name, k->name, k->len) == 0)
			return e;
	return NULL;
}

int plan_scan_after(struct plan_ctx *c)
{
	const struct plan_scan *s = &c->scan;

	for (size_t i = 0; i < s->n; i++) {
		const struct plan_key_at *k = &s->keys[i], *e;
		if (!k->section || k->parent != PLAN_NO_KEY || !key_is(k, "after"))
			continue;
		if ((e = scan_earlier(s, k)) == NULL)
			continue;
		plan_ctx_fail(c, k->line, "after", "only one after-plan section is "
		              "allowed (the first is on line %d; merge them into one)",
		              e->line);
		return -1;
	}
	return 0;
}

int plan_scan_twice(struct plan_ctx *c)
{
	const struct plan_scan *s = &c->scan;
	char key[48];

	for (size_t i = 0; i < s->n; i++) {
		const struct plan_key_at *k = &s->keys[i], *e;
		if (k->append || k->len == 0)
			continue;
		if (k->section && (key_is(k, "phase") || key_is(k, "task")))
			continue;
		if ((e = scan_earlier(s, k)) == NULL)
			continue;
		/* libconfuse has read the file: k is a key it knows, short and plain */
		snprintf(key, sizeof key, "%.*s", (int)k->len, k->name);
		plan_ctx_fail(c, k->line, key, "given twice (the first is on line %d; "
		              "keep one of them)", e->line);
		return -1;
	}
	return 0;
}

int plan_value_line(struct plan_ctx *c, const char *key, int line)
{
	struct plan_scan *s = &c->scan;

	/* libconfuse reads values in order, and a list item by item, so the
	 * cursor only moves forward and may stay on a list for its items. */
	for (size_t i = s->next_key; i < s->n && s->keys[i].line <= line; i++) {
		const struct plan_key_at *k = &s->keys[i];
		if (!k->section && key_is(k, key) && k->end >= line) {
			s->next_key = i;
			return k->line;
		}
	}
	return line;
}

int plan_section_line(struct plan_ctx *c, const char *key, int line)
{
	struct plan_scan *s = &c->scan;

	for (size_t i = s->next_closed; i < s->n_closed; i++) {
		const struct plan_key_at *k = &s->keys[s->closed[i]];
		if (k->end > line)
			break;
		if (k->end == line && key_is(k, key)) {
			s->next_closed = i + 1;
			return k->line;
		}
	}
	return line;
}
