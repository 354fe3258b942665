/* store_restore: putting a backup back. The backup is checked like any
 * database tend opens, then copied and brought up to date in a temporary
 * file (the backup itself is only ever read), then copied into the live
 * database through the online backup API, so that every open tend sees the
 * change at once. What it replaces is kept first in a safety copy. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store_priv.h"

/* A new private temporary file in dir (malloc'd name; *fd open). */
static char *temp_in(const char *dir, int *fd, struct tend_err *err)
{
	size_t n = strlen(dir) + sizeof "/.restore-XXXXXX";
	char *tmp = malloc(n);
	if (!tmp) {
		err_set(err, TEND_E_RUNTIME, "%s: out of memory", dir);
		return NULL;
	}
	snprintf(tmp, n, "%s/.restore-XXXXXX", dir);
	*fd = store_temp_make(tmp);
	if (*fd < 0) {
		err_set(err, TEND_E_RUNTIME, "%s: could not create a temporary file: "
		        "%s", dir, strerror(errno));
		free(tmp);
		return NULL;
	}
	return tmp;
}

/* Remove the temporary database and whatever SQLite (or the note that
 * it passed the full check, store_mark) left beside it. */
static void temp_remove(const char *tmp)
{
	static const char *const sides[] = { "", "-wal", "-shm", "-journal", "-checked" };
	char path[4096];
	for (size_t i = 0; i < sizeof sides / sizeof *sides; i++)
		if (snprintf(path, sizeof path, "%s%s", tmp, sides[i]) < (int)sizeof path)
			unlink(path);
}

/* One integer a pragma returns; -1 when it cannot be read. */
static int pragma_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *s;
	int v = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* An empty SQLite file passes store_check_file (tend would adopt it as a
 * new database), but restoring it would erase everything: only a file tend
 * wrote is taken. */
static int check_tend(const char *src, struct tend_err *err)
{
	sqlite3 *db;
	int app = -1;
	if (store_open_readonly(src, &db) == SQLITE_OK)
		app = pragma_int(db, "PRAGMA application_id");
	sqlite3_close(db);
	if (app != STORE_APPLICATION_ID)
		return err_set(err, TEND_E_RUNTIME, "%s: not a tend database (an "
		               "empty one, or another program's)", src);
	return TEND_OK;
}

/* A WAL database cannot change its page size: give the copy the live one's. */
static int match_page_size(struct store *st, const char *tmp, struct tend_err *err)
{
	int want = pragma_int(st->db, "PRAGMA page_size");
	sqlite3 *db = NULL;
	int rc = TEND_OK;
	if (sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = err_set(err, TEND_E_RUNTIME, "%s: %s", tmp,
		             db ? sqlite3_errmsg(db) : "out of memory");
	} else if (want > 0 && pragma_int(db, "PRAGMA page_size") != want) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA page_size = %d; VACUUM", want);
		if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
			rc = err_set(err, TEND_E_RUNTIME, "%s: could not convert the "
			             "backup: %s", tmp, sqlite3_errmsg(db));
	}
	sqlite3_close(db);
	return rc;
}

/* Raise the staged copy's highest-id-ever of each table to the live one's,
 * so that an entry logged after the restore never takes the id that an
 * entry of the replaced data had (a dashboard may still hold that one). */
static int keep_ids_unused(struct store *st, struct store *from, struct tend_err *err)
{
	sqlite3_stmt *r = store_stmt(st, "SELECT name, seq FROM sqlite_sequence", err);
	if (!r)
		return TEND_E_RUNTIME;
	static const char *const raise[] = {
		"INSERT INTO sqlite_sequence (name, seq) SELECT :name, 0 WHERE "
		"EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name) "
		"AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :name)",
		"UPDATE sqlite_sequence SET seq = :seq WHERE name = :name AND seq < :seq",
	};
	int rc = TEND_OK, step;
	while (rc == TEND_OK && (step = sqlite3_step(r)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(r, 0);
		for (size_t i = 0; rc == TEND_OK && i < sizeof raise / sizeof *raise; i++) {
			sqlite3_stmt *w = store_stmt(from, raise[i], err);
			if (!w)
				rc = TEND_E_RUNTIME;
			else if (!store_bind_text(w, ":name", name ? name : "") ||
			         !store_bind_int64(w, ":seq", sqlite3_column_int64(r, 1)))
				rc = store_fail(from, err, "could not prepare the backup");
			else
				rc = store_run(from, w, err, "could not prepare the backup");
		}
	}
	if (rc == TEND_OK && step != SQLITE_DONE)
		rc = store_fail(st, err, "could not read the database");
	sqlite3_reset(r);
	return rc;
}

/* Copy src, read-only, into tmp (open as fd) and open the copy as a store,
 * which brings an older schema up to date. */
static struct store *stage_copy(struct store *st, const char *src,
                                const char *tmp, int fd, struct tend_err *err)
{
	sqlite3 *from;
	int rc = store_open_readonly(src, &from);
	if (rc != SQLITE_OK)
		err_set(err, TEND_E_RUNTIME, "%s: could not read the backup: %s", src,
		        from ? sqlite3_errmsg(from) : sqlite3_errstr(rc));
	else
		rc = store_copy_into(from, tmp, fd, src, err);
	sqlite3_close(from);
	if (rc != TEND_OK || match_page_size(st, tmp, err))
		return NULL;
	struct store *staged = store_open(tmp, err);
	if (staged && keep_ids_unused(st, staged, err) != TEND_OK) {
		store_close(staged);
		return NULL;
	}
	return staged;
}

/* The "-N" goes after a name the same second already took. */
char *store_stamped_name(const char *dir, const char *what)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	size_t n = strlen(dir) + strlen(what) + 64;
	char *path = malloc(n);
	for (int i = 1; path && i < 1000; i++) {
		if (i == 1)
			snprintf(path, n, "%s/tend-%s-%s.db", dir, what, stamp);
		else
			snprintf(path, n, "%s/tend-%s-%s-%d.db", dir, what, stamp, i);
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		              0600);
		if (fd >= 0) {
			close(fd);
			return path;
		}
		if (errno != EEXIST)
			break;
	}
	free(path);
	return NULL;
}

static char *safety_name(const char *dir)
{
	return store_stamped_name(dir, "before-restore");
}

/* Move a side file of a damaged database along with it (or drop the -shm
 * index, which SQLite rebuilds). */
static void move_side(const char *from, const char *to, const char *suffix, bool keep)
{
	char a[4096], b[4096];
	if (snprintf(a, sizeof a, "%s%s", from, suffix) >= (int)sizeof a ||
	    snprintf(b, sizeof b, "%s%s", to, suffix) >= (int)sizeof b)
		return;
	if (keep)
		rename(a, b);
	else
		unlink(a);
}

int store_set_aside_damaged(const char *path, char **moved_to, struct tend_err *err)
{
	*moved_to = NULL;
	/* The WAL first: the check of the file itself reads it through SQLite. */
	struct store_wal_state w;
	int fd;
	struct tend_err ignored = { 0 };
	store_wal_inspect(path, &fd, &w, &ignored);
	if (fd >= 0)
		close(fd);
	if (!w.damaged && !store_file_damaged(path))
		return TEND_OK;
	char *dir = store_backup_dir_of(path);
	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	char *to = NULL;
	int rc = store_dir_make(dir, err);
	if (rc == TEND_OK && !(to = store_stamped_name(dir, "damaged")))
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not name a file in %s: %s",
		             path, dir, strerror(errno));
	if (rc == TEND_OK && rename(path, to) != 0) {
		rc = err_set(err, TEND_E_RUNTIME, "%s: could not move the damaged database "
		             "aside: %s", path, strerror(errno));
		unlink(to);
	}
	if (rc == TEND_OK) {
		move_side(path, to, "-wal", true);
		move_side(path, to, "-journal", true);
		move_side(path, to, "-shm", false);
		*moved_to = to;
		to = NULL;
	}
	free(to);
	free(dir);
	return rc;
}

/* Keep the live data in a safety copy, then copy from over it. */
static int replace_live(struct store *st, struct store *from, const char *dir,
                        char **safety, struct tend_err *err)
{
	char *name = safety_name(dir);
	if (!name)
		return err_set(err, TEND_E_RUNTIME, "%s: could not name the safety copy: %s",
		               dir, strerror(errno));
	int rc = store_backup(st, name, err);
	if (rc != TEND_OK)
		unlink(name);
	if (rc == TEND_OK)
		rc = store_copy_pages(st->db, from->db, st->path, err);
	if (rc == TEND_OK && safety)
		*safety = name;
	else
		free(name);
	return rc;
}

int store_restore(struct store *st, const char *src, char **safety,
                  struct tend_err *err)
{
	if (safety)
		*safety = NULL;
	struct stat a, b;
	if (stat(src, &a) == 0 && stat(st->path, &b) == 0 && a.st_dev == b.st_dev &&
	    a.st_ino == b.st_ino)
		return err_set(err, TEND_E_USAGE, "%s is the database itself, not a backup of it",
		               src);
	if (store_check_file(src, err) || check_tend(src, err))
		return TEND_E_RUNTIME;
	char *dir = store_backup_dir(st);
	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	int fd = -1, rc = TEND_E_RUNTIME;
	char *tmp = NULL;
	if (store_dir_make(dir, err) == TEND_OK)
		tmp = temp_in(dir, &fd, err);
	if (tmp) {
		struct store *from = stage_copy(st, src, tmp, fd, err);
		close(fd);
		if (from)
			rc = replace_live(st, from, dir, safety, err);
		store_close(from);
		temp_remove(tmp);
	}
	free(tmp);
	free(dir);
	return rc;
}
