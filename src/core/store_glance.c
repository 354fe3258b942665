/* store_glance: a note beside the database ("FILE-glance") keeping a few
 * numbers read from it, with the state the database and its WAL were in
 * when they were read. A status bar asks for the same few figures every
 * few seconds; while the files are as they were, the note answers without
 * SQLite (whose reading of tend's schema alone costs more than the rest of
 * the status line). Every commit writes the WAL or the database, so it
 * changes a size or a modification time and the note no longer matches. A note
 * that is missing, odd, or made too soon after the last change only means
 * the figures are read again. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_priv.h"

/* File times are kept in coarse ticks: a commit in the same tick as the
 * note was made would leave them as they were. A note made this soon after
 * the last change (by the file system's own clock) is not trusted. */
enum { GLANCE_RACY_SECONDS = 2 };

static bool glance_path(const char *path, const char *suffix, char *out, size_t size)
{
	return snprintf(out, size, "%s%s", path, suffix) < (int)size;
}

/* One file's state; all zero when it does not exist. */
static bool file_state(const char *path, const char *suffix, int64_t v[4])
{
	char name[4096];
	struct stat sb;
	memset(v, 0, 4 * sizeof *v);
	if (!glance_path(path, suffix, name, sizeof name))
		return false;
	if (stat(name, &sb) != 0)
		return errno == ENOENT;
	v[0] = (int64_t)sb.st_ino;
	v[1] = (int64_t)sb.st_size;
	v[2] = (int64_t)sb.st_mtim.tv_sec;
	v[3] = (int64_t)sb.st_mtim.tv_nsec;
	return true;
}

bool store_glance_key(const char *path, struct store_glance_key *k)
{
	memset(k, 0, sizeof *k);
	struct stat sb;
	if (!path || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return false;
	k->v[0] = (int64_t)sb.st_dev;
	return file_state(path, "", k->v + 1) && file_state(path, "-wal", k->v + 5);
}

/* The later modification time of the database and its WAL, in seconds.
 * (Not the change time: SQLite gives its files back to their owner when
 * run as root, which changes that time on every open.) */
static int64_t newest_change(const struct store_glance_key *k)
{
	return k->v[3] > k->v[7] ? k->v[3] : k->v[7];
}

bool store_glance_read(const char *path, const struct store_glance_key *k,
                       int64_t *v, size_t n)
{
	char name[4096], buf[512];
	if (n > STORE_GLANCE_MAX || !glance_path(path, "-glance", name, sizeof name))
		return false;
	struct stat sb;
	if (!store_note_read(name, buf, sizeof buf, &sb) ||
	    sb.st_mtim.tv_sec < newest_change(k) + GLANCE_RACY_SECONDS)
		return false;
	/* "tend-glance 1", the key, the count of values, the values, "end". */
	char *p = buf;
	int used = 0;
	if (sscanf(p, "tend-glance 1%n", &used) != 0 || used == 0)
		return false;
	p += used;
	for (size_t i = 0; i < STORE_GLANCE_KEY; i++) {
		int64_t x;
		if (sscanf(p, " %" SCNd64 "%n", &x, &used) != 1 || x != k->v[i])
			return false;
		p += used;
	}
	size_t count;
	if (sscanf(p, " %zu%n", &count, &used) != 1 || count != n)
		return false;
	p += used;
	for (size_t i = 0; i < n; i++) {
		if (sscanf(p, " %" SCNd64 "%n", &v[i], &used) != 1)
			return false;
		p += used;
	}
	return strcmp(p, " end\n") == 0;
}

void store_glance_write(const char *path, const struct store_glance_key *k,
                        const int64_t *v, size_t n)
{
	char name[4096], buf[512];
	if (n > STORE_GLANCE_MAX || !glance_path(path, "-glance", name, sizeof name))
		return;
	int len = snprintf(buf, sizeof buf, "tend-glance 1");
	for (size_t i = 0; i < STORE_GLANCE_KEY; i++)
		len += snprintf(buf + len, sizeof buf - (size_t)len, " %" PRId64, k->v[i]);
	len += snprintf(buf + len, sizeof buf - (size_t)len, " %zu", n);
	for (size_t i = 0; i < n; i++)
		len += snprintf(buf + len, sizeof buf - (size_t)len, " %" PRId64, v[i]);
	len += snprintf(buf + len, sizeof buf - (size_t)len, " end\n");
	store_note_write(name, buf, (size_t)len);
}

void store_glance_remove(const char *path)
{
	char name[4096];
	if (path && glance_path(path, "-glance", name, sizeof name))
		unlink(name);
}
