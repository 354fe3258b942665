/* store_wal: the WAL a killed tend left behind, checked before SQLite
 * replays it. SQLite replays frames up to the first one whose checksum
 * fails and then, once the last connection closes, empties the WAL: every
 * change saved after a damaged frame would vanish without a word. So the
 * frames are read here, following the WAL format SQLite documents (a
 * 32-byte header, then frames of a 24-byte header and one page, each with
 * a checksum that runs on from the one before). A bad frame with no saved
 * change after it is a write cut short by the kill, which is normal; a bad
 * frame with a committed change after it is damage. This only runs while
 * no connection has the database open (a live one trusts its own index and
 * replays nothing); the lock taken to find that out also keeps others
 * from starting to replay meanwhile. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_priv.h"

#define WAL_HEADER 32
#define FRAME_HEADER 24
#define WAL_MAGIC 0x377f0682u
/* The byte range a connection holds a read lock on for as long as it is
 * open (SQLite's shared lock bytes: PENDING_BYTE + 2, 510 bytes). */
#define SHARED_FIRST (0x40000000 + 2)
#define SHARED_SIZE 510

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Run the WAL checksum over n bytes (a multiple of 8) on from s[2]; big
 * tells the byte order the header's magic chose. */
static void wal_sum(const unsigned char *p, size_t n, bool big, uint32_t s[2])
{
	for (size_t i = 0; i + 8 <= n; i += 8) {
		uint32_t a = big ? get32(p + i) : (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 |
		             (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 3] << 24;
		uint32_t b = big ? get32(p + i + 4) : (uint32_t)p[i + 4] | (uint32_t)p[i + 5] << 8 |
		             (uint32_t)p[i + 6] << 16 | (uint32_t)p[i + 7] << 24;
		s[0] += a + s[1];
		s[1] += b + s[0];
	}
}

/* Whether a page size from the header is one SQLite can have. */
static bool page_size_ok(uint32_t ps)
{
	return ps >= 512 && ps <= 65536 && (ps & (ps - 1)) == 0;
}

/* Judge the WAL held in buf (n bytes). */
static void wal_judge(const unsigned char *buf, size_t n, struct store_wal_state *out)
{
	memset(out, 0, sizeof *out);
	if (n < WAL_HEADER)
		return;
	uint32_t magic = get32(buf), ps = get32(buf + 8);
	bool big = (magic & 1) != 0;
	uint32_t s[2] = { 0, 0 };
	wal_sum(buf, 24, big, s);
	if ((magic & ~1u) != WAL_MAGIC || !page_size_ok(ps) || s[0] != get32(buf + 24) ||
	    s[1] != get32(buf + 28)) {
		/* A header is written whole with the first frame: a bad one
		 * with frames after it hides every one of them. */
		out->damaged = n > WAL_HEADER;
		return;
	}
	size_t frame = FRAME_HEADER + ps;
	out->frames = (long)((n - WAL_HEADER) / frame);
	const unsigned char *salt = buf + 16;
	for (long i = 0; i < out->frames; i++) {
		const unsigned char *f = buf + WAL_HEADER + (size_t)i * frame;
		bool ours = memcmp(f + 8, salt, 8) == 0;
		if (out->bad == 0) {
			wal_sum(f, 8, big, s);
			wal_sum(f + FRAME_HEADER, ps, big, s);
			if (!ours || get32(f) == 0 || s[0] != get32(f + 16) || s[1] != get32(f + 20))
				out->bad = i + 1;
			continue;
		}
		/* After the bad frame: a change committed in this WAL's lifetime
		 * (same salt) would be lost. */
		if (ours && get32(f + 4) != 0)
			out->lost_commits++;
	}
	out->damaged = out->bad != 0 && out->lost_commits > 0;
}

/* Read the whole file at path into a new buffer; *n its size. A missing
 * file is an empty one. */
static int slurp(const char *path, unsigned char **buf, size_t *n, struct tend_err *err)
{
	*buf = NULL;
	*n = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return errno == ENOENT ? TEND_OK
		       : err_set(err, TEND_E_RUNTIME, "%s: %s", path, strerror(errno));
	struct stat sb;
	int rc = TEND_OK;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return TEND_OK;
	}
	size_t want = (size_t)sb.st_size;
	*buf = malloc(want ? want : 1);
	if (!*buf)
		rc = err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	while (rc == TEND_OK && *n < want) {
		ssize_t got = read(fd, *buf + *n, want - *n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			rc = err_set(err, TEND_E_RUNTIME, "%s: %s", path, strerror(errno));
		if (got <= 0)
			break;
		*n += (size_t)got;
	}
	close(fd);
	return rc;
}

/* Take the lock that tells nobody has path open; the fd (to close, which
 * lets go) or -1 when someone has it open or it cannot be opened. An open
 * file description lock conflicts with SQLite's record locks, also ones
 * of this process, so a success means no connection at all is attached:
 * closing the fd then drops no lock SQLite holds here. */
static int lock_alone(const char *path)
{
	int fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return -1;
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET,
	                    .l_start = SHARED_FIRST, .l_len = SHARED_SIZE };
	if (fcntl(fd, F_OFD_SETLK, &fl) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* "PATH-wal"; malloc'd. */
static char *wal_path(const char *path)
{
	size_t n = strlen(path) + sizeof "-wal";
	char *w = malloc(n);
	if (w)
		snprintf(w, n, "%s-wal", path);
	return w;
}

int store_wal_inspect(const char *path, int *lock_fd, struct store_wal_state *out,
                      struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	*lock_fd = -1;
	char *wal = wal_path(path);
	if (!wal)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	struct stat sb;
	if (stat(wal, &sb) != 0 || sb.st_size <= WAL_HEADER) {
		free(wal);
		return TEND_OK;
	}
	*lock_fd = lock_alone(path);
	int rc = TEND_OK;
	if (*lock_fd >= 0) {
		unsigned char *buf;
		size_t n;
		rc = slurp(wal, &buf, &n, err);
		if (rc == TEND_OK)
			wal_judge(buf, n, out);
		free(buf);
	}
	free(wal);
	return rc;
}

int store_wal_cut(const char *path, const struct store_wal_state *w, struct tend_err *err)
{
	char *wal = wal_path(path);
	if (!wal)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	int rc = TEND_OK;
	struct stat sb;
	/* The frame size comes from the header: everything from the bad frame
	 * on goes (a bad header: the whole WAL). */
	off_t at = 0;
	int fd = open(wal, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0 || fstat(fd, &sb) != 0) {
		rc = err_set(err, TEND_E_RUNTIME, "%s: %s", wal, strerror(errno));
	} else if (w->bad > 0 && sb.st_size > WAL_HEADER) {
		unsigned char h[WAL_HEADER];
		if (pread(fd, h, sizeof h, 0) == (ssize_t)sizeof h)
			at = WAL_HEADER + (off_t)(w->bad - 1) * (FRAME_HEADER + (off_t)get32(h + 8));
	}
	if (rc == TEND_OK && (ftruncate(fd, at) != 0 || fsync(fd) != 0))
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not cut the damaged part: %s", wal,
		             strerror(errno));
	if (fd >= 0)
		close(fd);
	free(wal);
	return rc;
}

/* Copy the file from into the new file to (created here, 0600, O_EXCL
 * unless reserve made it already), flushed to the disk. */
static int copy_file(const char *from, const char *to, bool reserved, struct tend_err *err)
{
	unsigned char *buf;
	size_t n;
	if (slurp(from, &buf, &n, err))
		return TEND_E_RUNTIME;
	int flags = O_WRONLY | O_CLOEXEC | O_NOFOLLOW | (reserved ? O_TRUNC : O_CREAT | O_EXCL);
	int fd = open(to, flags, 0600);
	int rc = TEND_OK;
	size_t done = 0;
	if (fd < 0)
		rc = err_set(err, TEND_E_RUNTIME, "%s: %s", to, strerror(errno));
	while (rc == TEND_OK && done < n) {
		ssize_t put = write(fd, buf + done, n - done);
		if (put < 0 && errno == EINTR)
			continue;
		if (put <= 0)
			rc = err_set(err, TEND_E_RUNTIME, "%s: %s", to, strerror(errno));
		else
			done += (size_t)put;
	}
	if (rc == TEND_OK && fsync(fd) != 0)
		rc = err_set(err, TEND_E_RUNTIME, "%s: %s", to, strerror(errno));
	if (fd >= 0)
		close(fd);
	free(buf);
	return rc;
}

/* Whether files a and b hold the same bytes. */
static bool same_bytes(const char *a, const char *b)
{
	unsigned char *x = NULL, *y = NULL;
	size_t nx = 0, ny = 0;
	struct tend_err err = { 0 };
	bool same = slurp(a, &x, &nx, &err) == TEND_OK && slurp(b, &y, &ny, &err) == TEND_OK &&
	            x && y && nx == ny && memcmp(x, y, nx) == 0;
	free(x);
	free(y);
	return same;
}

/* A copy of path and its WAL kept earlier in dir (the same damage met
 * again): its name, malloc'd, or NULL. */
static char *copies_found(const char *dir, const char *path, const char *wal)
{
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char *found = NULL;
	struct dirent *de;
	while (!found && (de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (strncmp(de->d_name, "tend-damaged-", 13) != 0 || len < 3 ||
		    strcmp(de->d_name + len - 3, ".db") != 0)
			continue;
		char *db = NULL, *dbwal = NULL;
		if (asprintf(&db, "%s/%s", dir, de->d_name) >= 0 && (dbwal = wal_path(db)) &&
		    same_bytes(wal, dbwal) && same_bytes(path, db)) {
			found = db;
			db = NULL;
		}
		free(db);
		free(dbwal);
	}
	closedir(d);
	return found;
}

/* Keep copies of the database and its damaged WAL in its backups folder,
 * as tend-damaged-DATE-TIME.db and .db-wal (once per damage: the copies
 * made the first time it was met are reused); *kept names them. */
static int keep_copies(const char *path, char **kept, struct tend_err *err)
{
	*kept = NULL;
	char *dir = store_backup_dir_of(path), *wal = wal_path(path), *to = NULL, *towal = NULL;
	int rc = dir && wal ? store_dir_make(dir, err)
	         : err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	if (rc == TEND_OK && (*kept = copies_found(dir, path, wal)))
		goto out;
	if (rc == TEND_OK && !(to = store_stamped_name(dir, "damaged")))
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not name a file in %s: %s", path,
		             dir, strerror(errno));
	if (rc == TEND_OK && !(towal = wal_path(to)))
		rc = err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	if (rc == TEND_OK)
		rc = copy_file(path, to, true, err);
	if (rc == TEND_OK)
		rc = copy_file(wal, towal, false, err);
	if (rc != TEND_OK && to) {
		unlink(to);
		if (towal)
			unlink(towal);
	}
	if (rc == TEND_OK) {
		*kept = to;
		to = NULL;
	}
out:
	free(to);
	free(towal);
	free(wal);
	free(dir);
	return rc;
}

int store_wal_guard(const char *path, struct tend_err *err)
{
	struct store_wal_state w;
	int fd;
	if (store_wal_inspect(path, &fd, &w, err))
		return TEND_E_RUNTIME;
	char *kept = NULL;
	int rc = w.damaged ? keep_copies(path, &kept, err) : TEND_OK;
	if (fd >= 0)
		close(fd);
	if (rc != TEND_OK || !w.damaged)
		return rc;
	char *dir = store_backup_dir_of(path);
	const char *s = w.lost_commits == 1 ? "" : "s";
	err_set(err, TEND_E_RUNTIME, "%s: the last changes saved (its -wal file) are damaged, "
	        "and opening it would drop the %ld change%s saved after the damage, so "
	        "nothing was opened or changed. Copies are kept as %s and its -wal. Either "
	        "put a backup back with `tend restore FILE` (the automatic ones are in %s), "
	        "or go on without the damaged part, losing those %ld change%s, with `tend "
	        "restore --drop-damaged`", path, w.lost_commits, s, kept,
	        dir ? dir : "the backups folder", w.lost_commits, s);
	free(dir);
	free(kept);
	return TEND_E_RUNTIME;
}

int store_drop_damaged(const char *path, char **kept, long *lost, struct tend_err *err)
{
	*kept = NULL;
	*lost = 0;
	struct store_wal_state w;
	int fd;
	if (store_wal_inspect(path, &fd, &w, err))
		return TEND_E_RUNTIME;
	int rc = TEND_OK;
	if (w.damaged) {
		rc = keep_copies(path, kept, err);
		if (rc == TEND_OK)
			rc = store_wal_cut(path, &w, err);
		*lost = w.lost_commits;
	} else if (fd < 0 && access(path, F_OK) == 0) {
		struct stat sb;
		char *wal = wal_path(path);
		if (wal && stat(wal, &sb) == 0 && sb.st_size > WAL_HEADER)
			rc = err_set(err, TEND_E_BUSY, "%s is open in another tend; close it first",
			             path);
		free(wal);
	}
	if (fd >= 0)
		close(fd);
	return rc;
}
