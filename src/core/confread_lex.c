/* confread_lex: one scan of a libconfuse file's structure, the same for
 * every kind of file. It follows libconfuse 3.3's own lexer closely enough
 * to agree with it on what is a comment, a quoted string, a key, a value
 * and a section, and meanwhile: blanks the comments, refuses what
 * libconfuse would let slip (a comment, quote or brace left open, a } too
 * many, ${VARIABLE} outside quotes, an escape that makes a control
 * character in a plain kind), and notes each $ inside double quotes so the
 * text libconfuse reads keeps it literal. */
#include "confread_priv.h"
#include "tend/text.h"

#include <stdlib.h>
#include <string.h>

#define LEX_DEPTH 16  /* braces whose lines are remembered */

enum lex_prev { PREV_NONE, PREV_KEY, PREV_TITLE, PREV_EQ };

/* Where the scan is: the token before (to tell a key from its value or
 * title), the list it is in, the key read last, the section open, the
 * braces open and the $ signs seen in double quotes. */
struct lexer {
	struct confread *r;
	struct tend_err *err;
	char *p;
	int line;
	enum lex_prev prev;
	int in_list;        /* braces open inside the current list, 0: none */
	size_t cur, sec;
	int depth;
	int open_line[LEX_DEPTH];
	size_t open_key[LEX_DEPTH];
	size_t *dollar;     /* offsets into r->src */
	size_t n_dollar, cap_dollar;
};

static int lex_oom(struct lexer *lx)
{
	return err_set(lx->err, TEND_E_RUNTIME, "out of memory");
}

/* Grow *v (of *cap items of size) to hold one more. */
static bool lex_grow(void **v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return true;
	size_t want = *cap ? *cap * 2 : 32;
	void *grown = realloc(*v, want * size);
	if (!grown)
		return false;
	*v = grown;
	*cap = want;
	return true;
}

static int lex_add_key(struct lexer *lx, const char *name, size_t len, int line)
{
	struct confread *r = lx->r;

	if (!lex_grow((void **)&r->keys, &r->cap, r->n, sizeof *r->keys))
		return lex_oom(lx);
	size_t at = (size_t)(name - r->src);
	/* A quoted key starts at its quote. */
	bool quoted = at > 0 && len > 0 && (name[-1] == '"' || name[-1] == '\'') &&
	              name[len] == name[-1];
	r->keys[r->n++] = (struct confread_key){ .name = name, .len = len,
	                                         .line = line, .end = line,
	                                         .parent = lx->sec,
	                                         .at = at - quoted,
	                                         .stop = at + len + quoted };
	lx->cur = r->n - 1;
	return TEND_OK;
}

/* The name of key k for a message (made printable), or the kind's word
 * for no key in particular. */
static const char *lex_key_name(const struct lexer *lx, size_t k, char *buf,
                                size_t size)
{
	if (k == CONFREAD_TOP || lx->r->keys[k].len == 0)
		return confread_no_key(lx->r);
	text_escape(buf, size, lx->r->keys[k].name, lx->r->keys[k].len,
	            CONFREAD_SHOW_MAX);
	return buf;
}

/* The same, only when the key is written on line: a key on another line is
 * more likely a guess thrown off by the mistake itself. */
static const char *lex_key_on(const struct lexer *lx, size_t k, int line, char *buf,
                              size_t size)
{
	if (k == CONFREAD_TOP || lx->r->keys[k].line != line)
		return confread_no_key(lx->r);
	return lex_key_name(lx, k, buf, size);
}

/* Blank a comment at lx->p (#, // or / *), line breaks kept. */
static int lex_comment(struct lexer *lx)
{
	int opened = lx->line;

	if (lx->p[0] == '#' || lx->p[1] == '/') {
		for (; *lx->p && *lx->p != '\n'; lx->p++)
			*lx->p = ' ';
		return TEND_OK;
	}
	/* blank the opening first: its star must not also close it */
	lx->p[0] = lx->p[1] = ' ';
	for (lx->p += 2; *lx->p; lx->p++) {
		if (lx->p[0] == '*' && lx->p[1] == '/') {
			lx->p[0] = lx->p[1] = ' ';
			lx->p += 2;
			return TEND_OK;
		}
		if (*lx->p == '\n')
			lx->line++;
		else
			*lx->p = ' ';
	}
	return confread_fail(lx->err, lx->r->path, opened, confread_no_key(lx->r),
	                     "a /* comment is never closed (end it with */)");
}

/* The byte an escape in double quotes makes (p is just after the
 * backslash; *used is set to its length), or -1 when it makes none or
 * libconfuse refuses it anyway. */
static int lex_escape_byte(const char *p, size_t *used)
{
	static const char named[] = "nrbfaetv";
	static const unsigned char made[] = { '\n', '\r', '\b', '\f', 7, 27, '\t', '\v' };
	const char *at = *p ? strchr(named, *p) : NULL;
	size_t digits = strspn(p, "0123456789"), octal = strspn(p, "01234567");
	unsigned v = 0;

	*used = 1;
	if (*p == '\n')
		return -1;
	if (at)
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
	if (*p == 'x' && p[1] && strchr("0123456789abcdefABCDEF", p[1])) {
		size_t hex = p[2] && strchr("0123456789abcdefABCDEF", p[2]) ? 2 : 1;
		char buf[3] = { p[1], hex > 1 ? p[2] : '\0', '\0' };
		*used = 1 + hex;
		return (int)strtoul(buf, NULL, 16);
	}
	return (unsigned char)*p;
}

/* Refuse the string starting at start (its quote) for an escape that makes
 * a control character. own: the string is a key itself, not a value. */
static int lex_control_escape(struct lexer *lx, const char *start, bool own)
{
	char key[CONFREAD_QUOTE_SIZE], quoted[CONFREAD_QUOTE_SIZE];
	const char *end = strchr(start + 1, *start);
	size_t n = end ? (size_t)(end - start - 1) : strlen(start + 1);
	size_t k = own ? CONFREAD_TOP : lx->cur;
	int line = k == CONFREAD_TOP ? lx->line : lx->r->keys[k].line;

	quoted[0] = '"';
	text_escape(quoted + 1, sizeof quoted - 2, start + 1, n, 60);
	strcat(quoted, "\"");
	return confread_fail(lx->err, lx->r->path, line,
	                     lex_key_name(lx, k, key, sizeof key), "%s contains a "
	                     "control character, written as an escape (plain text "
	                     "only)", quoted);
}

/* Note a $ inside double quotes, which libconfuse would expand. */
static int lex_dollar(struct lexer *lx)
{
	if (!lex_grow((void **)&lx->dollar, &lx->cap_dollar, lx->n_dollar,
	              sizeof *lx->dollar))
		return lex_oom(lx);
	lx->dollar[lx->n_dollar++] = (size_t)(lx->p - lx->r->src);
	return TEND_OK;
}

/* One escape inside double quotes, at the backslash. */
static int lex_escape(struct lexer *lx, const char *start, bool own)
{
	size_t used = 1;

	if (lx->r->kind->plain) {
		int v = lex_escape_byte(lx->p + 1, &used);
		if (v >= 0 && (v < 0x20 || v == 0x7F))
			return lex_control_escape(lx, start, own);
	}
	lx->line += lx->p[1] == '\n';
	lx->p += used;
	return TEND_OK;
}

/* Skip a quoted string at lx->p. own: the string is a key, not a value. */
static int lex_quoted(struct lexer *lx, bool own)
{
	const char *start = lx->p;
	char q = *lx->p++, key[CONFREAD_QUOTE_SIZE];
	int line = lx->line, rc = TEND_OK;

	for (; rc == TEND_OK && *lx->p && *lx->p != q; lx->p++) {
		if (*lx->p == '\n')
			lx->line++;
		else if (*lx->p == '$' && q == '"')
			rc = lex_dollar(lx);
		else if (*lx->p == '\\' && lx->p[1] && q == '"')
			rc = lex_escape(lx, start, own);
		else if (*lx->p == '\\' && (lx->p[1] == '\\' || lx->p[1] == '\''))
			lx->p++;   /* in single quotes, only \\ and \' are escapes */
	}
	if (rc != TEND_OK)
		return rc;
	if (!*lx->p)
		return confread_fail(lx->err, lx->r->path, line,
		                     lex_key_on(lx, own ? CONFREAD_TOP : lx->cur, line, key,
		                                sizeof key),
		                     "the quote opened here is never closed (add the "
		                     "closing %c)", q);
	lx->p++;
	return TEND_OK;
}

/* Skip an unquoted word: up to a space, a comment or a character libconfuse
 * reads as punctuation. ${ starting a word is refused: libconfuse would
 * put an environment variable in its place. */
static int lex_word(struct lexer *lx, bool value)
{
	char key[CONFREAD_QUOTE_SIZE];

	if (lx->p[0] == '$' && lx->p[1] == '{')
		return confread_fail(lx->err, lx->r->path, lx->line,
		                     value ? lex_key_name(lx, lx->cur, key, sizeof key)
		                           : confread_no_key(lx->r),
		                     "${ outside quotes is not allowed (write the value in "
		                     "double quotes; it is taken as written)");
	for (; *lx->p; lx->p++) {
		if (strchr(" \t\r\n#\"'={}()+,*", *lx->p))
			break;
		if (lx->p[0] == '/' && (lx->p[1] == '/' || lx->p[1] == '*'))
			break;
	}
	return TEND_OK;
}

/* A word or a string: a key, a section's title, a value or a list item. */
static int lex_token(struct lexer *lx)
{
	struct confread *r = lx->r;
	const char *name = lx->p;
	int line = lx->line, rc;
	bool value = lx->in_list || lx->prev == PREV_EQ || lx->prev == PREV_KEY;
	bool quoted = *lx->p == '"' || *lx->p == '\'';

	rc = quoted ? lex_quoted(lx, !value) : lex_word(lx, value);
	if (rc != TEND_OK)
		return rc;
	if (value && lx->cur != CONFREAD_TOP) {
		r->keys[lx->cur].end = lx->line;
		r->keys[lx->cur].stop = (size_t)(lx->p - r->src);
		if (!lx->in_list)
			lx->prev = lx->prev == PREV_KEY ? PREV_TITLE : PREV_NONE;
		return TEND_OK;
	}
	size_t len = (size_t)(lx->p - name);
	if (quoted) {            /* a quoted key: its name is inside the quotes */
		name++;
		len = len >= 2 ? len - 2 : 0;
	}
	rc = lex_add_key(lx, name, len, line);
	lx->prev = PREV_KEY;
	return rc;
}

/* { opens a list after =, else a section (named by the key before it). */
static int lex_open(struct lexer *lx)
{
	struct confread *r = lx->r;
	int rc = TEND_OK;

	if (lx->depth < LEX_DEPTH) {
		lx->open_line[lx->depth] = lx->line;
		lx->open_key[lx->depth] = lx->cur;
	}
	lx->depth++;
	if (lx->in_list) {
		lx->in_list++;
		return TEND_OK;
	}
	if (lx->prev == PREV_EQ && lx->cur != CONFREAD_TOP) {
		lx->in_list = 1;
		return TEND_OK;
	}
	if ((lx->prev != PREV_KEY && lx->prev != PREV_TITLE) || lx->cur == CONFREAD_TOP)
		rc = lex_add_key(lx, lx->p, 0, lx->line);
	if (rc != TEND_OK)
		return rc;
	if (lx->depth <= LEX_DEPTH)
		lx->open_key[lx->depth - 1] = lx->cur;
	r->keys[lx->cur].section = true;
	lx->sec = lx->cur;
	lx->prev = PREV_NONE;
	return TEND_OK;
}

/* } closes the list or section open; one too many is refused. */
static int lex_close(struct lexer *lx)
{
	struct confread *r = lx->r;

	if (lx->depth == 0)
		return confread_fail(lx->err, r->path, lx->line, confread_no_key(r),
		                     "a } that closes nothing (remove it)");
	lx->depth--;
	lx->prev = PREV_NONE;
	if (lx->in_list) {
		if (--lx->in_list == 0) {
			r->keys[lx->cur].end = lx->line;
			r->keys[lx->cur].stop = (size_t)(lx->p - r->src) + 1;
		}
		return TEND_OK;
	}
	if (lx->sec == CONFREAD_TOP)
		return TEND_OK;
	r->keys[lx->sec].end = lx->line;
	r->keys[lx->sec].stop = (size_t)(lx->p - r->src) + 1;
	if (!lex_grow((void **)&r->closed, &r->cap_closed, r->n_closed,
	              sizeof *r->closed))
		return lex_oom(lx);
	r->closed[r->n_closed++] = lx->sec;
	lx->cur = lx->sec;
	lx->sec = r->keys[lx->sec].parent;
	return TEND_OK;
}

/* One step of the scan at lx->p. */
static int lex_step(struct lexer *lx)
{
	char c = *lx->p;

	if (c == '\n') {
		lx->line++;
		lx->p++;
	} else if (strchr(" \t\r,()*", c) || (c == '+' && lx->p[1] != '=')) {
		lx->p++;
	} else if (c == '#' || (c == '/' && (lx->p[1] == '/' || lx->p[1] == '*'))) {
		return lex_comment(lx);
	} else if (c == '=' || c == '+') {
		if (c == '+' && lx->prev == PREV_KEY && lx->cur != CONFREAD_TOP)
			lx->r->keys[lx->cur].append = true;
		lx->prev = PREV_EQ;
		lx->p += c == '+' ? 2 : 1;
	} else if (c == '{' || c == '}') {
		int rc = c == '{' ? lex_open(lx) : lex_close(lx);
		lx->p++;
		return rc;
	} else {
		return lex_token(lx);
	}
	return TEND_OK;
}

/* The text libconfuse reads: the blanked source without the blanks at its
 * end (libconfuse counts the last line break as a line of its own, so a
 * file ending in the middle of a setting would be blamed on a line past
 * its end), each noted $ written as \x24. */
static int lex_text(struct lexer *lx, size_t len)
{
	struct confread *r = lx->r;
	size_t d = 0, o = 0;

	while (len > 0 && strchr(" \t\r\n", r->src[len - 1]))
		len--;
	r->text = malloc(len + 3 * lx->n_dollar + 1);
	if (!r->text)
		return lex_oom(lx);
	for (size_t i = 0; i < len; i++) {
		if (d < lx->n_dollar && lx->dollar[d] == i) {
			memcpy(r->text + o, "\\x24", 4);
			o += 4, d++;
		} else {
			r->text[o++] = r->src[i];
		}
	}
	r->text[o] = '\0';
	r->len = o;
	return TEND_OK;
}

int confread_scan(struct confread *r, size_t len, struct tend_err *err)
{
	struct lexer lx = { .r = r, .err = err, .p = r->src, .line = 1,
	                    .cur = CONFREAD_TOP, .sec = CONFREAD_TOP };
	char key[CONFREAD_QUOTE_SIZE];
	int rc = TEND_OK;

	while (rc == TEND_OK && *lx.p)
		rc = lex_step(&lx);
	if (rc == TEND_OK && lx.depth > 0) {
		int at = lx.depth > LEX_DEPTH ? LEX_DEPTH - 1 : lx.depth - 1;
		rc = confread_fail(err, r->path, lx.open_line[at],
		                   lex_key_on(&lx, lx.open_key[at], lx.open_line[at], key,
		                              sizeof key),
		                   "the { here is never closed (add the missing })");
	}
	if (rc == TEND_OK)
		rc = lex_text(&lx, len);
	free(lx.dollar);
	return rc;
}
