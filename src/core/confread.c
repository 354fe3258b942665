/* confread: reading a libconfuse file's bytes, the lookups on its scanned
 * keys, and the one message form (see include/tend/confread.h). The scan of
 * the structure is in confread_lex.c. */
#include "confread_priv.h"
#include "tend/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CONFREAD_PATH_MAX 512  /* bytes of a file name shown in a message */

/* ---- messages ---------------------------------------------------------------- */

void confread_vformat(char *out, size_t size, const char *file, int line,
                      const char *key, const char *fmt, va_list ap)
{
	char name[CONFREAD_PATH_MAX + 64];
	int n;

	file = file ? file : "?";
	text_escape(name, sizeof name, file, strlen(file), CONFREAD_PATH_MAX);
	if (line > 0)
		n = snprintf(out, size, "%s:%d: ", name, line);
	else
		n = snprintf(out, size, "%s: ", name);
	if (key && n >= 0 && (size_t)n < size)
		n += snprintf(out + n, size - (size_t)n, "%s: ", key);
	if (n >= 0 && (size_t)n < size)
		vsnprintf(out + n, size - (size_t)n, fmt, ap);
}

int confread_fail(struct tend_err *err, const char *file, int line,
                  const char *key, const char *fmt, ...)
{
	char msg[sizeof err->msg];
	va_list ap;

	va_start(ap, fmt);
	confread_vformat(msg, sizeof msg, file, line, key, fmt, ap);
	va_end(ap);
	return err_set(err, TEND_E_USAGE, "%s", msg);
}

int confread_fail_io(struct tend_err *err, const char *file, const char *fmt, ...)
{
	char msg[sizeof err->msg];
	va_list ap;

	va_start(ap, fmt);
	confread_vformat(msg, sizeof msg, file, 0, NULL, fmt, ap);
	va_end(ap);
	return err_set(err, TEND_E_RUNTIME, "%s", msg);
}

const char *confread_no_key(const struct confread *r)
{
	return r->kind->no_key;
}

/* ---- the bytes --------------------------------------------------------------- */

/* Text only: no NUL byte, valid UTF-8 throughout, and for a plain kind no
 * control character but tab and line ends. */
static int confread_bytes(const struct confread *r, const char *buf, size_t len,
                          struct tend_err *err)
{
	const unsigned char *p = (const unsigned char *)buf;
	const char *key = confread_no_key(r);
	int line = 1;

	for (size_t i = 0; i < len;) {
		if (p[i] == '\0')
			return confread_fail(err, r->path, line, key, "the file holds a NUL "
			                     "byte, so it is not a text file (%s is plain "
			                     "UTF-8 text)", r->kind->what);
		size_t n = text_utf8_len((const char *)(p + i), len - i);
		if (n == 0)
			return confread_fail(err, r->path, line, key, "the text is not valid "
			                     "UTF-8 (save the file as UTF-8)");
		if (r->kind->plain && ((p[i] < 0x20 && !strchr("\t\r\n", p[i])) ||
		                       p[i] == 0x7f))
			return confread_fail(err, r->path, line, key, "a control character "
			                     "is not allowed (plain text only)");
		line += p[i] == '\n';
		i += n;
	}
	return TEND_OK;
}

/* The size limit, in the words of every kind. */
static int confread_too_large(const struct confread *r, struct tend_err *err)
{
	return confread_fail(err, r->path, 0, NULL, "the file is larger than %zu KiB "
	                     "(%s is a short text file; is this the right file?)", r->kind->max_bytes / 1024, r->kind->what);
}

int confread_buf(struct confread *r, const struct confread_kind *kind,
                 const char *name, const char *buf, size_t len,
                 struct tend_err *err)
{
	int rc;

	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->path = strdup(name ? name : "?");
	if (!r->path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (len > kind->max_bytes)
		rc = confread_too_large(r, err);
	else
		rc = confread_bytes(r, buf, len, err);
	if (rc == TEND_OK && !(r->src = malloc(len + 1)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK) {
		memcpy(r->src, buf, len);
		r->src[len] = '\0';
		/* A byte-order mark some editors add is not part of the first key. */
		if (len >= 3 && memcmp(r->src, "\xEF\xBB\xBF", 3) == 0)
			memset(r->src, ' ', 3);
		rc = confread_scan(r, len, err);
	}
	if (rc != TEND_OK)
		confread_free(r);
	return rc;
}

/* The whole file, up to one byte past the limit, into *buf. */
static int confread_slurp(int fd, const struct confread *r, char **buf, size_t *len,
                          struct tend_err *err)
{
	size_t max = r->kind->max_bytes;

	*buf = malloc(max + 2);
	if (!*buf)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	*len = 0;
	for (;;) {
		ssize_t got = read(fd, *buf + *len, max + 1 - *len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return confread_fail_io(err, r->path, "cannot read it (%s)",
			                        strerror(errno));
		*len += (size_t)got;
		if (got == 0 || *len > max)
			return TEND_OK;
	}
}

int confread_file(struct confread *r, const struct confread_kind *kind,
                  const char *path, bool *missing, struct tend_err *err)
{
	struct confread named = { .kind = kind, .path = (char *)path };
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	int rc;

	memset(r, 0, sizeof *r);
	if (missing)
		*missing = fd < 0 && errno == ENOENT;
	if (fd < 0 && errno == ENOENT)
		return confread_fail_io(err, path, "no such file");
	if (fd < 0)
		return confread_fail_io(err, path, "cannot open it (%s)", strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		bool dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
		close(fd);
		return confread_fail(err, path, 0, NULL, "%s (give the path of %s)",
		                     dir ? "is a directory" : "is not a regular file",
		                     kind->noun);
	}
	rc = confread_slurp(fd, &named, &buf, &len, err);
	close(fd);
	if (rc == TEND_OK && len > kind->max_bytes)
		rc = confread_too_large(&named, err);
	if (rc == TEND_OK)
		rc = confread_buf(r, kind, path, buf, len, err);
	free(buf);
	return rc;
}

void confread_free(struct confread *r)
{
	if (!r)
		return;
	free(r->path);
	free(r->src);
	free(r->text);
	free(r->keys);
	free(r->closed);
	memset(r, 0, sizeof *r);
}

/* ---- lookups on the keys ----------------------------------------------------- */

bool confread_is(const struct confread_key *k, const char *key)
{
	size_t n = strlen(key);
	return k->len == n && memcmp(k->name, key, n) == 0;
}

const struct confread_key *confread_earlier(const struct confread *r,
                                            const struct confread_key *k)
{
	for (const struct confread_key *e = r->keys; e < k; e++)
		if (e->parent == k->parent && e->len == k->len &&
		    memcmp(e->name, k->name, k->len) == 0)
			return e;
	return NULL;
}

/* Whether k is a section its kind allows many of. */
static bool confread_many(const struct confread *r, const struct confread_key *k)
{
	const char *const *m = r->kind->many;

	for (; k->section && m && *m; m++)
		if (confread_is(k, *m))
			return true;
	return false;
}

int confread_twice(const struct confread *r, struct tend_err *err)
{
	char key[CONFREAD_QUOTE_SIZE];

	for (size_t i = 0; i < r->n; i++) {
		const struct confread_key *k = &r->keys[i], *e;
		if (k->append || k->len == 0 || confread_many(r, k))
			continue;
		if ((e = confread_earlier(r, k)) == NULL)
			continue;
		text_escape(key, sizeof key, k->name, k->len, CONFREAD_SHOW_MAX);
		return confread_fail(err, r->path, k->line, key, "given twice (the first "
		                     "is on line %d; keep one of them)", e->line);
	}
	return TEND_OK;
}

int confread_line(const struct confread *r, const char *key, int nth)
{
	int found = 0, seen = 0;

	for (size_t i = 0; i < r->n; i++) {
		const struct confread_key *k = &r->keys[i];
		if (k->parent != CONFREAD_TOP || !confread_is(k, key))
			continue;
		if (seen++ == nth)
			return k->line;
		found = k->line;
	}
	return nth < 0 ? found : 0;
}

int confread_value_line(struct confread *r, const char *key, int line)
{
	/* libconfuse reads values in order, and a list item by item, so the
	 * cursor only moves forward and may stay on a list for its items. */
	for (size_t i = r->next_key; i < r->n && r->keys[i].line <= line; i++) {
		const struct confread_key *k = &r->keys[i];
		if (!k->section && confread_is(k, key) && k->end >= line) {
			r->next_key = i;
			return k->line;
		}
	}
	return line;
}

int confread_section_line(struct confread *r, const char *key, int line)
{
	for (size_t i = r->next_closed; i < r->n_closed; i++) {
		const struct confread_key *k = &r->keys[r->closed[i]];
		if (k->end > line)
			break;
		if (k->end == line && confread_is(k, key)) {
			r->next_closed = i + 1;
			return k->line;
		}
	}
	return line;
}
