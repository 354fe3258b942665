/* config_scan: the first two steps of reading a config. The bytes (size,
 * NUL, UTF-8), then a small scan for the structure libconfuse 3.3 lets slip
 * (an unclosed section or comment) or reports badly (an unclosed quote),
 * which also notes the line of every key for the later checks (libconfuse
 * keeps the last of a key given twice without a word). */
#include "config_priv.h"
#include "tend/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


/* The whole file into a NUL-terminated buffer, refusing what is no config. */
int config_scan_read(const char *path, char **buf, size_t *len, bool *missing,
                     struct tend_err *err)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;

	if (fd < 0 && errno == ENOENT) {
		if (missing)
			*missing = true;
		return config_fail_io(err, path, "no such file");
	}
	if (fd < 0)
		return config_fail_io(err, path, "cannot open it (%s)", strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		bool dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
		close(fd);
		return config_fail(err, path, 0, NULL, "%s (give the path of the config file)",
		                   dir ? "is a directory" : "is not a regular file");
	}
	*buf = malloc(CONFIG_MAX_BYTES + 2);
	if (!*buf) {
		close(fd);
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	*len = 0;
	for (;;) {
		ssize_t r = read(fd, *buf + *len, CONFIG_MAX_BYTES + 1 - *len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			close(fd);
			return config_fail_io(err, path, "cannot read it (%s)", strerror(e));
		}
		*len += (size_t)r;
		if (r == 0 || *len > CONFIG_MAX_BYTES)
			break;
	}
	close(fd);
	(*buf)[*len] = '\0';
	if (*len > CONFIG_MAX_BYTES)
		return config_fail(err, path, 0, NULL, "the file is larger than 64 KiB "
		                   "(a tend config is a short text file; is this the right file?)");
	return TEND_OK;
}

/* Text only: no NUL byte, valid UTF-8 throughout. */
int config_scan_bytes(const char *path, const char *buf, size_t len,
                      struct tend_err *err)
{
	const unsigned char *p = (const unsigned char *)buf;
	int line = 1;

	for (size_t i = 0; i < len;) {
		if (p[i] == '\0')
			return config_fail(err, path, line, NULL, "the file holds a NUL byte, so it "
			                   "is not a text file (a tend config is plain UTF-8 text)");
		size_t n = text_utf8_len((const char *)(p + i), len - i);
		if (n == 0)
			return config_fail(err, path, line, NULL, "the text is not valid UTF-8 "
			                   "(save the file as UTF-8)");
		line += p[i] == '\n';
		i += n;
	}
	return TEND_OK;
}

/* What the last token was, at one level of braces: a key, its section's
 * title, the = (or +=) after a key, or a value. */
enum config_prev { PREV_NONE, PREV_KEY, PREV_TITLE, PREV_EQ, PREV_VALUE };

struct config_lexer {
	const char *p, *end;
	int line, depth;
	enum config_prev prev[2];         /* at the top level and in a section */
	struct config_key_at *key;        /* the top-level key being read */
	struct config_key_at *last;       /* the key read last, at either level */
	const struct config_key_at *open; /* the key whose { is open */
	const struct config_key_at *section; /* the same, when the { is a section's */
	int open_line;
};

/* The line of the nth top-level occurrence of key (nth < 0: the last), 0 when
 * it does not occur. */
int config_scan_line(const struct config_scan *scan, const char *key, int nth)
{
	size_t klen = strlen(key);
	int found = 0, seen = 0;

	for (size_t i = 0; i < scan->n; i++) {
		const struct config_key_at *k = &scan->keys[i];
		if (k->section || k->len != klen || memcmp(k->name, key, klen) != 0)
			continue;
		if (seen++ == nth)
			return k->line;
		found = k->line;
	}
	return nth < 0 ? found : 0;
}

/* The earlier key that k repeats in the same section (or at the top), or
 * NULL. */
static const struct config_key_at *config_scan_earlier(const struct config_scan *scan,
                                                       const struct config_key_at *k)
{
	for (const struct config_key_at *e = scan->keys; e < k; e++)
		if (e->section == k->section && e->len == k->len &&
		    memcmp(e->name, k->name, k->len) == 0)
			return e;
	return NULL;
}

/* A key given twice, where libconfuse would keep the last without a word.
 * The partner sections come twice by design, and += adds to a list. */
int config_scan_twice(const char *path, const struct config_scan *scan,
                      struct tend_err *err)
{
	char key[CONFIG_QUOTE_SIZE];

	for (size_t i = 0; i < scan->n; i++) {
		const struct config_key_at *k = &scan->keys[i];
		if (k->append || (!k->section && k->len == 7 && !memcmp(k->name, "partner", 7)))
			continue;
		const struct config_key_at *e = config_scan_earlier(scan, k);
		if (!e)
			continue;
		text_escape(key, sizeof key, k->name, k->len, CONFIG_SHOW_MAX);
		return config_fail(err, path, k->line, key, "given twice (the first is on "
		                   "line %d; keep one of them)", e->line);
	}
	return TEND_OK;
}

/* Skip a comment at lx->p (#, // or / *); false when a / * is never closed. */
static bool config_lex_comment(struct config_lexer *lx)
{
	if (lx->p[0] == '#' || lx->p[1] == '/') {
		while (lx->p < lx->end && *lx->p != '\n')
			lx->p++;
		return true;
	}
	for (lx->p += 2; lx->p + 1 < lx->end; lx->p++) {
		if (lx->p[0] == '*' && lx->p[1] == '/') {
			lx->p += 2;
			return true;
		}
		lx->line += *lx->p == '\n';
	}
	return false;
}

/* Skip a quoted string at lx->p; false when it is never closed. */
static bool config_lex_quoted(struct config_lexer *lx)
{
	char q = *lx->p++;

	for (; lx->p < lx->end; lx->p++) {
		if (*lx->p == '\\' && lx->p + 1 < lx->end) {
			lx->p++;
		} else if (*lx->p == q) {
			lx->p++;
			return true;
		}
		lx->line += *lx->p == '\n';
	}
	return false;
}

/* A word or a quoted string: a key at the top level or in a section,
 * unless it follows = or a key (then it is a value or a section's name). */
static void config_lex_token(struct config_lexer *lx, struct config_scan *scan,
                             const char *start)
{
	if (lx->depth > 1 || (lx->depth == 1 && !lx->section))
		return; /* in a list */
	enum config_prev *prev = &lx->prev[lx->depth];
	if (*prev == PREV_EQ || *prev == PREV_KEY) {
		*prev = *prev == PREV_EQ ? PREV_VALUE : PREV_TITLE;
		return;
	}
	*prev = PREV_KEY;
	lx->last = NULL;
	if (lx->depth == 0)
		lx->key = NULL;
	if (scan->n == CONFIG_MAX_KEYS)
		return;
	bool quoted = *start == '"' || *start == '\'';
	struct config_key_at *k = &scan->keys[scan->n++];
	k->name = start + quoted;
	k->len = (size_t)(lx->p - start) - 2 * quoted;
	k->line = lx->line;
	k->section = lx->depth ? lx->section : NULL;
	k->append = false;
	lx->last = k;
	if (lx->depth == 0)
		lx->key = k;
}

/* = or += after a key; += adds to a list instead of setting it again. */
static void config_lex_equals(struct config_lexer *lx, bool append)
{
	if (lx->depth > 1 || (lx->depth == 1 && !lx->section))
		return;
	if (append && lx->last && lx->prev[lx->depth] == PREV_KEY)
		lx->last->append = true;
	lx->prev[lx->depth] = PREV_EQ;
}

/* Skip an unquoted word: up to a space, a comment or a character libconfuse
 * reads as punctuation. */
static void config_lex_word(struct config_lexer *lx)
{
	for (; lx->p < lx->end; lx->p++) {
		if (strchr(" \t\r\n#\"'={}()+,*", *lx->p))
			return;
		if (lx->p[0] == '/' && lx->p + 1 < lx->end &&
		    (lx->p[1] == '/' || lx->p[1] == '*'))
			return;
	}
}

/* A { after a key or its title opens a section, after = a list. */
static void config_lex_brace(struct config_lexer *lx, char c)
{
	if (c == '{') {
		if (lx->depth++ == 0) {
			bool section = lx->prev[0] == PREV_KEY || lx->prev[0] == PREV_TITLE;
			lx->open = lx->key;
			lx->section = section ? lx->key : NULL;
			lx->open_line = lx->line;
			lx->prev[1] = PREV_NONE;
		}
	} else if (lx->depth > 0 && --lx->depth < 2) {
		lx->prev[lx->depth] = PREV_NONE;
	}
}

/* The name of the key on line for a message, or NULL: a key on another line
 * is more likely a guess thrown off by the mistake itself. */
static const char *config_lex_key(const struct config_key_at *k, int line, char *buf,
                                  size_t size)
{
	if (!k || k->line != line)
		return NULL;
	text_escape(buf, size, k->name, k->len, CONFIG_SHOW_MAX);
	return buf;
}

/* Find what libconfuse 3.3 would let pass (a section or comment left open)
 * or report badly (a quote left open), and note where each key is. */
int config_scan_text(const char *path, const char *buf, size_t len,
                     struct config_scan *scan, struct tend_err *err)
{
	struct config_lexer lx = { .p = buf, .end = buf + len, .line = 1 };
	char key[CONFIG_QUOTE_SIZE];

	scan->n = 0;
	while (lx.p < lx.end) {
		const char *start = lx.p;
		int line = lx.line;
		char c = *lx.p;
		if (c == '\n') {
			lx.line++, lx.p++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '(' ||
		           c == ')' || c == ',' || (c == '+' && lx.p[1] != '=')) {
			lx.p++;
		} else if (c == '#' || (c == '/' && (lx.p[1] == '/' || lx.p[1] == '*'))) {
			if (!config_lex_comment(&lx))
				return config_fail(err, path, line, NULL, "a /* comment is never "
				                   "closed (end it with */)");
		} else if (c == '"' || c == '\'') {
			if (!config_lex_quoted(&lx))
				return config_fail(err, path, line,
				                   config_lex_key(lx.key, line, key, sizeof key),
				                   "the quote opened here is never closed (add the "
				                   "closing %c)", c);
			config_lex_token(&lx, scan, start);
		} else if (c == '=' || c == '+') {
			lx.p += c == '+' ? 2 : 1;
			config_lex_equals(&lx, c == '+');
		} else if (c == '{' || c == '}') {
			lx.p++;
			config_lex_brace(&lx, c);
		} else {
			config_lex_word(&lx);
			config_lex_token(&lx, scan, start);
		}
	}
	if (lx.depth > 0)
		return config_fail(err, path, lx.open_line,
		                   config_lex_key(lx.open, lx.open_line, key, sizeof key),
		                   "the { here is never closed (add the missing })");
	return TEND_OK;
}


/* Skip a quoted string starting at buf[i] (its opening quote); returns the
 * index after the closing quote, or len when it never closes. */
static size_t config_skip_quoted(const char *buf, size_t len, size_t i)
{
	char q = buf[i++];
	while (i < len && buf[i] != q) {
		if (buf[i] == '\\' && i + 1 < len)
			i++;
		i++;
	}
	return i < len ? i + 1 : len;
}

/* Blank a comment from buf[i] to its end, keeping line breaks; returns the
 * index after it. */
static size_t config_blank_one(char *buf, size_t len, size_t i)
{
	bool block = buf[i] == '/' && i + 1 < len && buf[i + 1] == '*';
	for (; i < len; i++) {
		if (block && buf[i] == '*' && i + 1 < len && buf[i + 1] == '/') {
			buf[i] = buf[i + 1] = ' ';
			return i + 2;
		}
		if (!block && buf[i] == '\n')
			return i;
		if (buf[i] != '\n')
			buf[i] = ' ';
	}
	return len;
}

void config_blank_comments(char *buf, size_t len)
{
	size_t i = 0;
	while (i < len) {
		char c = buf[i];
		if (c == '"' || c == '\'')
			i = config_skip_quoted(buf, len, i);
		else if (c == '#' || (c == '/' && i + 1 < len &&
		                      (buf[i + 1] == '/' || buf[i + 1] == '*')))
			i = config_blank_one(buf, len, i);
		else
			i++;
	}
}
