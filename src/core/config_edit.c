/* config_edit: one list key of an existing config changed in place. The
 * couple's file is theirs: its comments, blank lines and other keys stay
 * byte for byte; only the bytes of the key's own value are rewritten. */
#include "config_priv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file's bytes (a regular file of at most CONFIG_MAX_BYTES). */
static int edit_read(const char *path, char **buf, size_t *len, struct tend_err *err)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;

	*buf = NULL;
	*len = 0;
	if (fd < 0)
		return confread_fail_io(err, path, "cannot open it (%s)", strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return confread_fail_io(err, path, "is not a regular file");
	}
	*buf = malloc(CONFIG_MAX_BYTES + 2);
	if (!*buf) {
		close(fd);
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	for (;;) {
		ssize_t got = read(fd, *buf + *len, CONFIG_MAX_BYTES + 1 - *len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			int e = errno;
			close(fd);
			return confread_fail_io(err, path, "cannot read it (%s)", strerror(e));
		}
		*len += (size_t)got;
		if (got == 0 || *len > CONFIG_MAX_BYTES)
			break;
	}
	close(fd);
	(*buf)[*len] = '\0';
	return TEND_OK;
}

/* Where a key the file does not set goes: after its commented default
 * ("#key = ..." at the start of a line, a long list going on over the
 * commented lines up to its "#}"), else at the end. */
static size_t edit_insert_at(const char *text, size_t len, const char *key)
{
	size_t klen = strlen(key);

	for (size_t at = 0; at < len; at++) {
		if ((at > 0 && text[at - 1] != '\n') || text[at] != '#' ||
		    strncmp(text + at + 1, key, klen) != 0 ||
		    !strchr(" \t=", text[at + 1 + klen]))
			continue;
		int depth = 0;
		size_t p = at;
		do {
			const char *nl = memchr(text + p, '\n', len - p);
			size_t end = nl ? (size_t)(nl - text) : len;
			for (size_t i = p; i < end; i++)
				depth += (text[i] == '{') - (text[i] == '}');
			p = nl ? end + 1 : len;
		} while (depth > 0 && p < len && text[p] == '#');
		return p;
	}
	return len;
}

/* `key = {"a", "b"}` into a malloc'd string. */
static char *edit_value(const char *key, const char *const *values, size_t n)
{
	char *out = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&out, &size);

	if (!fp)
		return NULL;
	fprintf(fp, "%s = {", key);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ", " : "", fp);
		config_put_quoted(fp, values[i]);
	}
	fputc('}', fp);
	if (fclose(fp) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* The new text: text with key's value replaced (or inserted), into *out. */
static int edit_text(const struct confread *rd, const char *text, size_t len,
                     const char *key, const char *set, char **out, size_t *out_len)
{
	size_t cap = len + strlen(set) + 2, o = 0, from = 0;
	bool done = false;

	*out = malloc(cap + 1);
	if (!*out)
		return TEND_E_RUNTIME;
	for (size_t i = 0; i < rd->n; i++) {
		const struct confread_key *k = &rd->keys[i];
		if (k->parent != CONFREAD_TOP || k->section || !confread_is(k, key))
			continue;
		memcpy(*out + o, text + from, k->at - from);
		o += k->at - from;
		/* The first is rewritten; a further `key += {...}` goes. */
		if (!done) {
			memcpy(*out + o, set, strlen(set));
			o += strlen(set);
			done = true;
		}
		from = k->stop;
	}
	if (!done) {
		size_t at = edit_insert_at(text, len, key);
		memcpy(*out + o, text, at);
		o += at;
		if (at > 0 && text[at - 1] != '\n')
			(*out)[o++] = '\n';
		memcpy(*out + o, set, strlen(set));
		o += strlen(set);
		(*out)[o++] = '\n';
		from = at;
	}
	memcpy(*out + o, text + from, len - from);
	o += len - from;
	(*out)[o] = '\0';
	*out_len = o;
	return TEND_OK;
}

/* Write len bytes to a new 0600 file beside real, then rename it over real. */
static int edit_replace(const char *real, const char *text, size_t len,
                        struct tend_err *err)
{
	size_t n = strlen(real) + 16;
	char *tmp = malloc(n);

	if (!tmp)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	snprintf(tmp, n, "%s.XXXXXX", real);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int e = errno;
		free(tmp);
		return confread_fail_io(err, real, "cannot write beside it (%s)", strerror(e));
	}
	errno = 0;
	bool bad = fchmod(fd, 0600) != 0;
	for (size_t done = 0; !bad && done < len;) {
		ssize_t w = write(fd, text + done, len - done);
		if (w < 0 && errno == EINTR)
			continue;
		bad = w <= 0;
		done += w > 0 ? (size_t)w : 0;
	}
	int e = errno ? errno : EIO;
	bad = bad || fsync(fd) != 0;
	if (close(fd) != 0)
		bad = true;
	if (!bad && rename(tmp, real) != 0)
		bad = true, e = errno;
	if (bad) {
		unlink(tmp);
		free(tmp);
		return confread_fail_io(err, real, "cannot write it (%s); it is unchanged",
		                        strerror(e));
	}
	free(tmp);
	/* The rename itself reaches the disk with the directory. */
	char *dir = strdup(real), *slash = dir ? strrchr(dir, '/') : NULL;
	if (slash) {
		*slash = '\0';
		int dfd = open(*dir ? dir : "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd >= 0) {
			fsync(dfd);
			close(dfd);
		}
	}
	free(dir);
	return TEND_OK;
}

/* Whether the config read back has the values for key. */
static bool edit_took(const struct config *c, const char *key,
                      const char *const *values, size_t n)
{
	if (strcmp(key, "stop-phrases") == 0)
		return n == 2 && !strcmp(c->stop_phrase[0], values[0]) &&
		       !strcmp(c->stop_phrase[1], values[1]);
	char *const *have = c->red_lines;
	size_t n_have = c->n_red_lines;
	if (strcmp(key, "invitations") == 0) {
		have = c->invitations;
		n_have = c->n_invitations;
	}
	if (n_have != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strcmp(have[i], values[i]) != 0)
			return false;
	return true;
}

int config_set_list(const char *path, const char *key, const char *const *values,
                    size_t n, struct tend_err *err)
{
	char *text = NULL, *out = NULL, *set = NULL, *real = NULL;
	size_t len = 0, out_len = 0;
	struct confread rd = { 0 };
	struct config back = { 0 };
	int rc;

	if (strcmp(key, "stop-phrases") != 0 && strcmp(key, "red-lines") != 0 &&
	    strcmp(key, "invitations") != 0)
		return err_set(err, TEND_E_USAGE, "%s: not a key tend sets itself", key);
	rc = edit_read(path, &text, &len, err);
	/* The file as it is must be a good config: its errors come first. */
	if (rc == TEND_OK)
		rc = config_load_buf(path, text, len, &back, err);
	config_free(&back);
	if (rc == TEND_OK) {
		static const struct confread_kind kind = { .what = "a tend config",
		                                           .noun = "the config file",
		                                           .max_bytes = CONFIG_MAX_BYTES };
		rc = confread_buf(&rd, &kind, path, text, len, err);
	}
	if (rc == TEND_OK && (!(set = edit_value(key, values, n)) ||
	                      edit_text(&rd, text, len, key, set, &out, &out_len)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK)
		rc = config_load_buf(path, out, out_len, &back, err);
	if (rc == TEND_OK && !edit_took(&back, key, values, n))
		rc = confread_fail(err, path, 0, key, "the new value could not be written "
		                   "in place (edit the file itself)");
	config_free(&back);
	if (rc == TEND_OK && !(real = realpath(path, NULL)))
		rc = confread_fail_io(err, path, "cannot find it (%s)", strerror(errno));
	if (rc == TEND_OK)
		rc = edit_replace(real, out, out_len, err);
	confread_free(&rd);
	free(real);
	free(set);
	free(out);
	free(text);
	return rc;
}

int config_copy_read(const char *path, struct config_copy *out, struct tend_err *err)
{
	int rc = edit_read(path, &out->text, &out->len, err);
	if (rc != TEND_OK)
		config_copy_free(out);
	return rc;
}

void config_copy_free(struct config_copy *c)
{
	if (!c)
		return;
	free(c->text);
	c->text = NULL;
	c->len = 0;
}

int config_copy_restore(const char *path, const struct config_copy *was,
                        const struct config_copy *now, struct tend_err *err)
{
	struct config_copy cur = { 0 };
	struct config back = { 0 };
	char *real = NULL;
	int rc = config_copy_read(path, &cur, err);

	/* Changed since (by hand, or by another tend): not ours to undo. */
	if (rc == TEND_OK && (cur.len != now->len || memcmp(cur.text, now->text, cur.len) != 0))
		rc = err_set(err, TEND_E_CONFLICT, "%s was changed since", path);
	if (rc == TEND_OK)
		rc = config_load_buf(path, was->text, was->len, &back, err);
	config_free(&back);
	if (rc == TEND_OK && !(real = realpath(path, NULL)))
		rc = confread_fail_io(err, path, "cannot find it (%s)", strerror(errno));
	if (rc == TEND_OK)
		rc = edit_replace(real, was->text, was->len, err);
	free(real);
	config_copy_free(&cur);
	return rc;
}
