/* store_backup: copies of the database. A backup on demand, the daily
 * automatic ones kept for a week, and restoring a copy into the live
 * database (in store_restore.c). Every copy goes through SQLite's online backup API, so it is
 * consistent while others write, and every file is written under a
 * temporary name and renamed into place. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_priv.h"

/* "tend-YYYY-MM-DD.db": the daily backups' names. */
#define DAILY_PREFIX "tend-"
#define DAILY_LEN (sizeof DAILY_PREFIX - 1 + 10 + 3)
/* A temporary file older than this was left by a tend that was killed. */
#define STALE_SECONDS 3600

int store_copy_pages(sqlite3 *to, sqlite3 *from, const char *name,
                     struct tend_err *err)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	if (!b)
		return err_set(err, TEND_E_RUNTIME, "%s: could not copy the "
		               "database: %s", name, sqlite3_errmsg(to));
	int rc;
	time_t give_up = time(NULL) + STORE_BUSY_MS * STORE_BEGIN_TRIES / 1000;
	for (;;) {
		rc = sqlite3_backup_step(b, -1);
		if (((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) ||
		    time(NULL) >= give_up)
			break;
		sqlite3_sleep(50);
	}
	if (sqlite3_backup_finish(b) != SQLITE_OK || rc != SQLITE_DONE) {
		if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
			return err_set(err, TEND_E_BUSY, "%s: the database is busy "
			               "(another tend, or another program, is saving); try again", name);
		return err_set(err, TEND_E_RUNTIME, "%s: could not copy the "
		               "database: %s", name, sqlite3_errmsg(to));
	}
	return TEND_OK;
}

int store_copy_into(sqlite3 *from, const char *tmp, int fd, const char *dest,
                    struct tend_err *err)
{
	if (fchmod(fd, 0600) != 0)
		return err_set(err, TEND_E_RUNTIME, "%s: %s", tmp, strerror(errno));
	sqlite3 *db = NULL;
	int rc;
	if (sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not back up: %s", dest,
		             db ? sqlite3_errmsg(db) : "out of memory");
	else
		rc = store_copy_pages(db, from, dest, err);
	if (rc == TEND_OK &&
	    sqlite3_exec(db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) !=
	            SQLITE_OK)
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not back up: %s", dest,
		             sqlite3_errmsg(db));
	if (sqlite3_close(db) != SQLITE_OK && rc == TEND_OK)
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not finish the backup",
		             dest);
	if (rc == TEND_OK && fsync(fd) != 0)
		rc = err_set(err, TEND_E_RUNTIME, "%s: %s", tmp, strerror(errno));
	return rc;
}

/* Flush the directory that holds path, so that a rename survives a crash. */
static void sync_dir(const char *path)
{
	char *copy = strdup(path);
	if (!copy)
		return;
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

int store_temp_make(char *tmpl)
{
	size_t n = strlen(tmpl);
	char *orig = strdup(tmpl);
	if (!orig)
		return -1;
	int fd = -1;
	/* A clean-up may take the file between mkstemp and the lock; then the
	 * file is gone (no links) and another name is tried. */
	for (int tries = 0; fd < 0 && tries < 5; tries++) {
		memcpy(tmpl, orig, n);
		if ((fd = mkstemp(tmpl)) < 0)
			break;
		struct stat sb;
		if (flock(fd, LOCK_EX) != 0 || fstat(fd, &sb) != 0 || sb.st_nlink == 0) {
			close(fd);
			fd = -1;
			errno = EAGAIN;
		}
	}
	free(orig);
	return fd;
}

/* Whether the temporary file at path was left by a tend that was killed:
 * old, and locked by no one (a live tend holds its temporary files locked). */
static bool temp_abandoned(const char *path, time_t now)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return false;
	struct stat sb;
	bool gone = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	            now - sb.st_mtime > STALE_SECONDS &&
	            flock(fd, LOCK_EX | LOCK_NB) == 0;
	if (gone) {
		/* What SQLite left beside it first, then the file itself. */
		static const char *const sides[] = { "-journal", "-wal", "-shm" };
		char side[4096];
		for (size_t i = 0; i < sizeof sides / sizeof *sides; i++)
			if (snprintf(side, sizeof side, "%s%s", path, sides[i]) < (int)sizeof side)
				unlink(side);
		unlink(path);
	}
	close(fd);
	return gone;
}

/* A new private temporary file beside dest ("DEST.tmp-XXXXXX"); *fd open. */
static char *temp_beside(const char *dest, int *fd, struct tend_err *err)
{
	size_t n = strlen(dest);
	char *tmp = malloc(n + sizeof ".tmp-XXXXXX");
	if (!tmp) {
		err_set(err, TEND_E_RUNTIME, "%s: out of memory", dest);
		return NULL;
	}
	memcpy(tmp, dest, n);
	memcpy(tmp + n, ".tmp-XXXXXX", sizeof ".tmp-XXXXXX");
	*fd = store_temp_make(tmp);
	if (*fd < 0) {
		err_set(err, TEND_E_RUNTIME, "%s: could not create the backup: %s",
		        dest, strerror(errno));
		free(tmp);
		return NULL;
	}
	return tmp;
}

/* The whole database of connection from, as the file dest. */
static int copy_to_file(sqlite3 *from, const char *dest, struct tend_err *err)
{
	int fd;
	char *tmp = temp_beside(dest, &fd, err);
	if (!tmp)
		return TEND_E_RUNTIME;
	int rc = store_copy_into(from, tmp, fd, dest, err);
	close(fd);
	if (rc == TEND_OK && rename(tmp, dest) != 0)
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not save the backup: %s",
		             dest, strerror(errno));
	if (rc == TEND_OK)
		sync_dir(dest);
	else
		unlink(tmp);
	free(tmp);
	return rc;
}

int store_backup(struct store *st, const char *dest, struct tend_err *err)
{
	return copy_to_file(st->db, dest, err);
}

char *store_backup_dir_of(const char *db_path)
{
	char *d = strdup(db_path), *b = strdup(db_path);
	char *out = NULL;
	if (d && b) {
		const char *dir = dirname(d), *base = basename(b);
		/* Each database its own folder, so that two databases side by side
		 * never prune or forget each other's backups. */
		bool plain = strcmp(base, "tend.db") == 0;
		size_t n = strlen(dir) + strlen(base) + sizeof "/backups-";
		if ((out = malloc(n)))
			snprintf(out, n, plain ? "%s/backups" : "%s/backups-%s", dir, base);
	}
	free(d);
	free(b);
	return out;
}

char *store_backup_dir(const struct store *st)
{
	return store_backup_dir_of(st->path);
}

int store_dir_make(const char *dir, struct tend_err *err)
{
	if (mkdir(dir, 0700) == 0) {
		if (store_chmod_dir(dir, 0700) != 0)
			return err_set(err, TEND_E_RUNTIME, "%s: %s", dir, strerror(errno));
		return TEND_OK;
	}
	struct stat sb;
	if (errno == EEXIST && stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
		return TEND_OK;
	return err_set(err, TEND_E_RUNTIME, "%s: could not create the backup "
	               "folder: %s", dir, strerror(errno == EEXIST ? ENOTDIR : errno));
}

/* Whether name is a daily backup's, "tend-YYYY-MM-DD.db". */
static bool is_daily(const char *name)
{
	char day[11];
	tend_day d;
	if (strlen(name) != DAILY_LEN || strncmp(name, DAILY_PREFIX, 5) != 0 ||
	    strcmp(name + DAILY_LEN - 3, ".db") != 0)
		return false;
	memcpy(day, name + 5, 10);
	day[10] = '\0';
	return day_parse(day, &d);
}

/* Whether name is a temporary file a backup or a restore left behind:
 * "tend-....db.tmp-XXXXXX" or ".restore-XXXXXX", without SQLite's
 * "-journal" and the like, which belong to a file that may be live. */
static bool is_temp(const char *name)
{
	const char *t = strstr(name, ".db.tmp-");
	if (strncmp(name, DAILY_PREFIX, 5) == 0 && t)
		return strlen(t) == sizeof ".db.tmp-XXXXXX" - 1;
	return strncmp(name, ".restore-", 9) == 0 &&
	       strlen(name) == sizeof ".restore-XXXXXX" - 1;
}

/* Whether name is such a file or one SQLite kept beside it: what forgetting
 * everything removes. */
static bool is_leftover(const char *name)
{
	return (strncmp(name, DAILY_PREFIX, 5) == 0 && strstr(name, ".db.tmp-")) ||
	       strncmp(name, ".restore-", 9) == 0;
}

/* dir/name into a malloc'd string. */
static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static int by_name_desc(const void *a, const void *b)
{
	return strcmp(*(char *const *)b, *(char *const *)a);
}

/* The daily backups in dir, newest first (malloc'd names); removes the
 * temporary files that killed tends left there long ago. */
static int daily_list(const char *dir, char ***out, size_t *n,
                      struct tend_err *err)
{
	*out = NULL;
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return err_set(err, TEND_E_RUNTIME, "%s: %s", dir, strerror(errno));
	size_t cap = 0;
	int rc = TEND_OK;
	struct dirent *de;
	time_t now = time(NULL);
	while (rc == TEND_OK && (de = readdir(d))) {
		char *path = join(dir, de->d_name);
		if (path && is_temp(de->d_name))
			temp_abandoned(path, now);
		free(path);
		if (!is_daily(de->d_name))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			char **v = realloc(*out, cap * sizeof *v);
			if (!v) {
				rc = err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
				break;
			}
			*out = v;
		}
		if (!((*out)[*n] = strdup(de->d_name)))
			rc = err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
		else
			++*n;
	}
	closedir(d);
	if (*n > 1)
		qsort(*out, *n, sizeof **out, by_name_desc);
	return rc;
}

static void names_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Delete the daily backups after the newest keep (names sorted newest
 * first); one that is already gone is no error. */
static int daily_prune(const char *dir, char **names, size_t n, size_t keep,
                       struct tend_err *err)
{
	int rc = TEND_OK;
	for (size_t i = keep; i < n; i++) {
		char *path = join(dir, names[i]);
		if (!path)
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
		if (unlink(path) != 0 && errno != ENOENT && rc == TEND_OK)
			rc = err_set(err, TEND_E_RUNTIME, "%s: could not delete an old "
			             "backup: %s", path, strerror(errno));
		free(path);
	}
	return rc;
}

int store_backup_daily(struct store *st, const char *dir, tend_day today,
                       int keep, struct tend_err *err)
{
	char name[DAILY_LEN + 8], day[16];
	day_format(today, day);
	snprintf(name, sizeof name, DAILY_PREFIX "%s.db", day);
	if (store_dir_make(dir, err))
		return TEND_E_RUNTIME;
	char **names;
	size_t n;
	int rc = daily_list(dir, &names, &n, err);
	bool have = false;
	for (size_t i = 0; rc == TEND_OK && i < n; i++)
		have = have || strcmp(names[i], name) == 0;
	if (rc == TEND_OK && !have) {
		char *path = join(dir, name);
		rc = path ? store_backup(st, path, err)
		          : err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
		free(path);
		if (rc == TEND_OK) {
			names_free(names, n);
			rc = daily_list(dir, &names, &n, err);
		}
	}
	if (rc == TEND_OK)
		rc = daily_prune(dir, names, n, keep < 1 ? 1 : (size_t)keep, err);
	names_free(names, n);
	return rc;
}

int store_backup_remove_all(const char *dir, int *removed, struct tend_err *err)
{
	*removed = 0;
	DIR *d = opendir(dir);
	if (!d) {
		if (errno == ENOENT)
			return TEND_OK;
		return err_set(err, TEND_E_RUNTIME, "%s: %s", dir, strerror(errno));
	}
	int rc = TEND_OK;
	struct dirent *de;
	while ((de = readdir(d))) {
		const char *nm = de->d_name;
		size_t len = strlen(nm);
		/* A copy of a damaged database may have its -wal beside it. */
		bool ours = strncmp(nm, DAILY_PREFIX, 5) == 0 && len > 8 &&
		            (strcmp(nm + len - 3, ".db") == 0 ||
		             (len > 12 && strcmp(nm + len - 7, ".db-wal") == 0));
		if (!ours && !is_leftover(nm))
			continue;
		char *path = join(dir, nm);
		if (!path) {
			rc = err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
			break;
		}
		if (unlink(path) == 0)
			*removed += len < 4 || strcmp(nm + len - 4, "-wal") != 0;
		else if (errno != ENOENT && rc == TEND_OK)
			rc = err_set(err, TEND_E_RUNTIME, "%s: could not delete: %s", path,
			             strerror(errno));
		free(path);
	}
	closedir(d);
	return rc;
}
