/* store_open: finding, creating and checking the database file. Nothing is
 * written to an existing file until it has been read and found to be a
 * healthy tend database this build understands. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store_priv.h"

#define HEADER_SIZE 100
static const char sqlite_magic[16] = "SQLite format 3";

static bool is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

int store_chmod_dir(const char *dir, mode_t mode)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fchmod(fd, mode);
	int e = errno;
	close(fd);
	errno = e;
	return rc;
}

/* Create every missing directory above path, 0700 whatever the umask. */
static int make_parents(const char *path, struct tend_err *err)
{
	char *dir = strdup(path);
	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	int rc = TEND_OK;
	for (char *p = dir + 1; *p && rc == TEND_OK; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) == 0) {
			if (store_chmod_dir(dir, 0700) != 0)
				rc = err_set(err, TEND_E_RUNTIME, "%s: %s", dir, strerror(errno));
		} else if (errno != EEXIST && !is_dir(dir)) {
			/* mkdir says EACCES even for a folder that exists when its
			 * parent is not writable: only a missing folder is an error. */
			rc = err_set(err, TEND_E_RUNTIME, "%s: could not create the "
			             "folder: %s", dir, strerror(errno));
		}
		*p = '/';
	}
	free(dir);
	return rc;
}

static uint32_t be16(const unsigned char *b)
{
	return (uint32_t)b[0] << 8 | b[1];
}

static uint32_t be32(const unsigned char *b)
{
	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

/* Whether a WAL file with content sits beside path (then the main file's
 * header may be older than the data, and SQLite's own check decides). */
static bool has_wal(const char *path)
{
	char wal[4096];
	struct stat sb;
	if (snprintf(wal, sizeof wal, "%s-wal", path) >= (int)sizeof wal)
		return false;
	return stat(wal, &sb) == 0 && sb.st_size > 0;
}

/* The file's first 100 bytes must be a plausible SQLite header that agrees
 * with the file's size. */
static int check_header(const char *path, const struct stat *sb,
                        struct tend_err *err)
{
	unsigned char h[HEADER_SIZE];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return err_set(err, TEND_E_RUNTIME, "%s: %s", path, strerror(errno));
	ssize_t n = read(fd, h, sizeof h);
	int saved = errno;
	close(fd);
	if (n < 0)
		return err_set(err, TEND_E_RUNTIME, "%s: %s", path, strerror(saved));
	if (n < 16 || memcmp(h, sqlite_magic, 16) != 0)
		return err_set(err, TEND_E_RUNTIME, "%s: not a SQLite database", path);
	if (n < HEADER_SIZE)
		return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged "
		               "(it is cut short)", path);
	uint32_t page = be16(h + 16) == 1 ? 65536 : be16(h + 16);
	if (page < 512 || (page & (page - 1)) != 0)
		return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged "
		               "(bad page size %u)", path, page);
	if (has_wal(path))
		return TEND_OK;
	uint32_t pages = be32(h + 28);
	bool pages_valid = pages != 0 && be32(h + 24) == be32(h + 92);
	if (sb->st_size % page != 0 ||
	    (pages_valid && (uint64_t)sb->st_size < (uint64_t)pages * page))
		return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged "
		               "(it is shorter than its header says)", path);
	return TEND_OK;
}

/* The first row's integer of a one-value query, on a check connection. */
static int query_int(sqlite3 *db, const char *sql, int *out)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int(s, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return rc;
}

/* quick_check's report on one short line: its lines joined with "; ",
 * without the heading that names the schema. */
static void one_line(const char *in, char *out, size_t size)
{
	static const char heading[] = "*** in database main ***\n";
	if (strncmp(in, heading, sizeof heading - 1) == 0)
		in += sizeof heading - 1;
	size_t n = 0;
	for (; *in && n + 3 < size; in++) {
		if (*in == '\n') {
			out[n++] = ';';
			out[n++] = ' ';
		} else {
			out[n++] = (unsigned char)*in < 0x20 ? ' ' : *in;
		}
	}
	out[n] = '\0';
}

/* PRAGMA quick_check on a check connection: "ok" or the first problem. */
static int quick_check(sqlite3 *db, const char *path, struct tend_err *err)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(s, 0);
		char what[300];
		one_line(r ? r : "quick_check failed", what, sizeof what);
		if (!r || strcmp(r, "ok") != 0)
			err_set(err, TEND_E_RUNTIME, "%s: the database is damaged (%s)",
			        path, what);
		rc = r && strcmp(r, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
	}
	sqlite3_finalize(s);
	return rc;
}

/* Decide, from its identity and version, whether tend may use the file. */
static int check_identity(sqlite3 *db, const char *path, struct tend_err *err)
{
	int app = 0, version = 0, tables = 0, rc;
	if ((rc = query_int(db, "PRAGMA application_id", &app)) != SQLITE_OK ||
	    (rc = query_int(db, "PRAGMA user_version", &version)) != SQLITE_OK)
		return rc;
	/* Only a file without tend's mark needs its tables counted (an empty
	 * one becomes tend's): counting reads the whole schema. */
	if (app != STORE_APPLICATION_ID &&
	    (rc = query_int(db, "SELECT count(*) FROM sqlite_master", &tables)) != SQLITE_OK)
		return rc;
	if (app != STORE_APPLICATION_ID && (app != 0 || tables > 0 || version != 0)) {
		err_set(err, TEND_E_RUNTIME, "%s: not a tend database", path);
		return SQLITE_MISMATCH;
	}
	if (version > STORE_SCHEMA_VERSION) {
		err_set(err, TEND_E_RUNTIME, "%s: made by a newer tend (schema %d); "
		        "this tend knows up to %d", path, version, STORE_SCHEMA_VERSION);
		return SQLITE_MISMATCH;
	}
	return SQLITE_OK;
}

/* A URI for path ("file:" and the path with every special byte as %XX),
 * asking SQLite to treat the file as immutable when it is. Malloc'd. */
static char *uri_for(const char *path, bool immutable)
{
	static const char hex[] = "0123456789ABCDEF";
	char *uri = malloc(strlen(path) * 3 + 32);
	if (!uri)
		return NULL;
	char *p = uri + sprintf(uri, path[0] == '/' ? "file://" : "file:");
	for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || strchr("/._-~", *c)) {
			*p++ = (char)*c;
		} else {
			*p++ = '%';
			*p++ = hex[*c >> 4];
			*p++ = hex[*c & 15];
		}
	}
	strcpy(p, immutable ? "?mode=ro&immutable=1" : "?mode=ro");
	return uri;
}

/* Whether a side file (-wal, -journal) of path exists. */
static bool has_side(const char *path, const char *suffix)
{
	char side[4096];
	struct stat sb;
	if (snprintf(side, sizeof side, "%s%s", path, suffix) >= (int)sizeof side)
		return true;
	return stat(side, &sb) == 0;
}

/* Which tend status a failed SQLite call during the checks deserves. */
static int check_failure(sqlite3 *db, int rc, const char *path,
                         struct tend_err *err)
{
	const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return err_set(err, TEND_E_BUSY, "%s: the database is busy "
		               "(another tend, or another program, is saving); nothing was written", path);
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
	case SQLITE_IOERR:
	case SQLITE_NOMEM:
	case SQLITE_READONLY:
	case SQLITE_AUTH:
		return err_set(err, TEND_E_RUNTIME, "%s: could not read the "
		               "database: %s", path, msg);
	default:
		return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged (%s)",
		               path, msg);
	}
}

int store_open_readonly(const char *path, sqlite3 **db)
{
	*db = NULL;
	bool quiet = !has_side(path, "-wal") && !has_side(path, "-journal");
	char *uri = uri_for(path, quiet);
	if (!uri)
		return SQLITE_NOMEM;
	int rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
	                         NULL);
	free(uri);
	if (rc == SQLITE_OK)
		sqlite3_busy_timeout(*db, STORE_BUSY_MS);
	return rc;
}

/* Open the existing file read-only and let SQLite judge it. With no WAL or
 * journal beside it, the file is opened as immutable: nothing, not even a
 * -shm file, is created next to a file that is then refused. */
static int check_sqlite(const char *path, bool full, struct tend_err *err)
{
	sqlite3 *db = NULL;
	err_clear(err);
	int rc = store_open_readonly(path, &db);
	if (rc == SQLITE_OK) {
		rc = check_identity(db, path, err);
		if (rc == SQLITE_OK && full)
			rc = quick_check(db, path, err);
	}
	int status = TEND_OK;
	if (rc == SQLITE_MISMATCH || (err && err->code != TEND_OK))
		status = TEND_E_RUNTIME;
	else if (rc != SQLITE_OK)
		status = check_failure(db, rc, path, err);
	sqlite3_close(db);
	return status;
}

bool store_file_damaged(const char *path)
{
	struct stat sb;
	struct tend_err e;
	err_clear(&e);
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return false;
	if (sb.st_size == 0 || check_header(path, &sb, &e) != TEND_OK)
		return true;
	sqlite3 *db = NULL;
	int rc = store_open_readonly(path, &db);
	if (rc == SQLITE_OK)
		rc = quick_check(db, path, &e);
	sqlite3_close(db);
	return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/* Take group and other access away from one of our files, when it exists
 * and belongs to us; a file we cannot change is left as it is. A symbolic
 * link is never followed: the file it points at is not ours to change. */
static void tighten_one(const char *path)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    sb.st_uid == geteuid() && (sb.st_mode & 077) != 0)
		fchmod(fd, 0600);
	close(fd);
}

/* A database made readable to others (by a copy, an old tend, a umask) is
 * made private again, with its side files. */
static void tighten(const char *path)
{
	static const char *const sides[] = { "", "-wal", "-shm", "-journal" };
	char side[4096];
	for (size_t i = 0; i < sizeof sides / sizeof *sides; i++)
		if (snprintf(side, sizeof side, "%s%s", path, sides[i]) <
		    (int)sizeof side)
			tighten_one(side);
}

/* Everything store_check_file asks of a file, the full check only when
 * full is true. */
static int check_file(const char *path, bool full, struct tend_err *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return err_set(err, TEND_E_RUNTIME, "%s: %s", path, strerror(errno));
	if (S_ISDIR(sb.st_mode))
		return err_set(err, TEND_E_RUNTIME, "%s: is a directory", path);
	if (!S_ISREG(sb.st_mode))
		return err_set(err, TEND_E_RUNTIME, "%s: not a regular file", path);
	if (sb.st_size == 0)
		return err_set(err, TEND_E_RUNTIME, "%s: the file is empty, "
		               "not a tend database", path);
	if (check_header(path, &sb, err))
		return TEND_E_RUNTIME;
	bool quiet = !has_side(path, "-wal") && !has_side(path, "-journal");
	int rc = check_sqlite(path, full, err);
	/* Read as unchanging (no WAL beside it), the file may still have been
	 * written meanwhile by another tend that started saving: damage seen
	 * then is looked at again, the normal way. */
	struct stat after;
	if (rc != TEND_OK && quiet && (has_side(path, "-wal") || stat(path, &after) != 0 ||
	                               after.st_mtim.tv_sec != sb.st_mtim.tv_sec ||
	                               after.st_mtim.tv_nsec != sb.st_mtim.tv_nsec ||
	                               after.st_size != sb.st_size))
		rc = check_sqlite(path, full, err);
	return rc;
}

int store_check_file(const char *path, struct tend_err *err)
{
	return check_file(path, true, err);
}

/* The couple's own database, before each use: the full check, which reads
 * every page, runs when the file is not the one that last passed it. */
static int check_live(const char *path, struct tend_err *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return check_file(path, true, err);
	if (store_mark_valid(path, &sb))
		return check_file(path, false, err);
	int rc = check_file(path, true, err);
	if (rc == TEND_OK)
		store_mark_write(path, &sb);
	return rc;
}

/* Which rows changed: an UPDATE or DELETE leaves the row's earlier
 * version in a WAL frame. */
static void note_change(void *ctx, int op, const char *db, const char *table,
                        sqlite3_int64 rowid)
{
	(void)db;
	(void)table;
	(void)rowid;
	if (op != SQLITE_INSERT && ctx)
		((struct store *)ctx)->settle = true;
}

/* After each commit: a WAL grown to WAL_PAGES pages is copied home as the
 * connection closes. (SQLite's own automatic checkpoint would run after
 * every commit from then on: each command starts without knowing what the
 * last one copied.) */
#define WAL_PAGES 100
static int note_commit(void *ctx, sqlite3 *db, const char *name, int pages)
{
	(void)db;
	(void)name;
	if (pages >= WAL_PAGES)
		((struct store *)ctx)->settle = true;
	return SQLITE_OK;
}

/* The connection settings, once the file is known to be good. An added
 * entry costs one sync: its commit's. The WAL is kept between commands,
 * not copied home as each one closes (that alone cost four more syncs),
 * but when it has grown (note_commit) or when a row was changed or removed
 * (note_change), so that no earlier version of a text outlives the
 * command that replaced it. */
static int configure(struct store *st, struct tend_err *err)
{
	sqlite3_busy_timeout(st->db, STORE_BUSY_MS);
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	sqlite3_update_hook(st->db, note_change, st);
	sqlite3_wal_hook(st->db, note_commit, st);
	if (sqlite3_exec(st->db, "PRAGMA foreign_keys = ON; "
	                 "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON",
	                 NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, err, "could not set up the database");
	sqlite3_stmt *s = store_stmt(st, "PRAGMA journal_mode = WAL", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s);
	bool wal = rc == SQLITE_ROW &&
	           strcasecmp((const char *)sqlite3_column_text(s, 0), "wal") == 0;
	if (!wal)
		store_fail(st, err, "could not switch the database to WAL mode");
	sqlite3_reset(s);
	return wal ? TEND_OK : TEND_E_RUNTIME;
}

/* A connection to the file at path, configured and brought up to date. */
static struct store *connect_file(const char *path, struct tend_err *err)
{
	struct store *st = calloc(1, sizeof *st);
	if (!st || !(st->path = strdup(path))) {
		free(st);
		err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
		return NULL;
	}
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE, store_vfs()) != SQLITE_OK) {
		store_fail(st, err, "could not open the database");
		store_close(st);
		return NULL;
	}
	if (configure(st, err) || store_migrate(st, err)) {
		store_close(st);
		return NULL;
	}
	return st;
}

static void fsync_parent(const char *path)
{
	char *copy = strdup(path);
	int fd = copy ? open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

/* The WAL and its index left beside a database that is no longer there
 * (deleted by hand) belong to no database now: SQLite would replay that
 * WAL onto a new file of the same name and damage it. */
static void drop_orphans(const char *path)
{
	struct stat sb;
	if (stat(path, &sb) == 0 || errno != ENOENT)
		return;
	static const char *const side[] = { "-wal", "-shm" };
	for (size_t i = 0; i < sizeof side / sizeof *side; i++) {
		char *name = NULL;
		if (asprintf(&name, "%s%s", path, side[i]) >= 0) {
			unlink(name);
			free(name);
		}
	}
}

/* Put the finished new database tmp in place at path. link() never
 * replaces: when another tend made path first, theirs is kept. */
static int publish(const char *tmp, const char *path, struct tend_err *err)
{
	int rc = TEND_OK;
	if (link(tmp, path) != 0 && errno != EEXIST) {
		/* A file system without hard links: rename, which would only
		 * replace a database another tend created in the same instant. */
		struct stat sb;
		if (stat(path, &sb) != 0 && rename(tmp, path) != 0)
			rc = err_set(err, TEND_E_RUNTIME, "%s: could not create the database: %s",
			             path, strerror(errno));
	}
	unlink(tmp);
	fsync_parent(path);
	return rc;
}

/* Make a new database at path: built and fsynced under a temporary name
 * beside it and then put in place whole, so that another tend starting at
 * the same moment never finds an empty or half-made file. */
static int create_database(const char *path, struct tend_err *err)
{
	if (make_parents(path, err))
		return TEND_E_RUNTIME;
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	if (!tmp)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
	snprintf(tmp, n, "%s.new-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0 || fchmod(fd, 0600) != 0) {
		err_set(err, TEND_E_RUNTIME, "%s: could not create the database: %s", path,
		        strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		return TEND_E_RUNTIME;
	}
	close(fd);
	struct store *st = connect_file(tmp, err);
	int rc = st ? TEND_OK : TEND_E_RUNTIME;
	if (st)
		st->settle = true; /* the rename takes the file, not its WAL */
	store_close(st);
	if (rc == TEND_OK) {
		drop_orphans(path);
		rc = publish(tmp, path, err);
	}
	else
		unlink(tmp);
	free(tmp);
	return rc;
}

/* Whether nothing can be written at path: the file, or the folder where
 * SQLite keeps the -wal and -shm files beside it, is on a read-only disk or
 * not writable by us. */
static bool cannot_write(const char *path)
{
	char *copy = strdup(path);
	bool ro = access(path, W_OK) != 0 && errno != ENOENT;
	if (!ro && copy)
		ro = access(dirname(copy), W_OK) != 0;
	free(copy);
	return ro;
}

static struct store *read_only_refused(const char *path, struct tend_err *err)
{
	err_set(err, TEND_E_RUNTIME, "%s: the database is read-only (on a read-only "
	        "disk, or without permission to write it or its folder), so nothing "
	        "can be saved; today, week and export can still read it", path);
	return NULL;
}

/* A read-only connection to the checked file at path: nothing is created
 * beside it, and a schema older than this build's cannot be brought up to
 * date, so it is refused. */
static struct store *connect_read_only(const char *path, struct tend_err *err)
{
	struct store *st = calloc(1, sizeof *st);
	if (!st || !(st->path = strdup(path))) {
		free(st);
		err_set(err, TEND_E_RUNTIME, "%s: out of memory", path);
		return NULL;
	}
	st->read_only = true;
	if (store_open_readonly(path, &st->db) != SQLITE_OK) {
		store_fail(st, err, "could not open the read-only database");
		store_close(st);
		return NULL;
	}
	sqlite3_extended_result_codes(st->db, 1);
	int v = store_schema_version(st, err);
	if (v >= 0 && v < STORE_SCHEMA_VERSION)
		err_set(err, TEND_E_RUNTIME, "%s: the database is read-only and was made "
		        "by an older tend; open it once where it can be written, so that "
		        "it is brought up to date", path);
	if (v < 0 || v < STORE_SCHEMA_VERSION) {
		store_close(st);
		return NULL;
	}
	return st;
}

struct store *store_open_read(const char *path, struct tend_err *err)
{
	struct stat sb;
	if (!path || !*path || stat(path, &sb) != 0 || !cannot_write(path))
		return store_open(path, err);
	/* SQLite reads a write-ahead log only through its -shm file, which
	 * cannot be made here. */
	if (has_side(path, "-wal") && !has_side(path, "-shm")) {
		err_set(err, TEND_E_RUNTIME, "%s: the database is read-only, and the "
		        "changes in %s-wal cannot be read without a -shm file beside it; "
		        "open it once where it can be written", path, path);
		return NULL;
	}
	if (check_live(path, err))
		return NULL;
	return connect_read_only(path, err);
}

bool store_read_only(const struct store *st)
{
	return st && st->read_only;
}

struct store *store_open(const char *path, struct tend_err *err)
{
	if (!path || !*path) {
		err_set(err, TEND_E_USAGE, "no database file given");
		return NULL;
	}
	size_t len = strlen(path);
	if (path[len - 1] == '/') {
		err_set(err, TEND_E_USAGE, "%s: names a folder; give the database's file name", path);
		return NULL;
	}
	struct stat sb;
	if (stat(path, &sb) != 0 && errno == ENOENT && create_database(path, err))
		return NULL;
	/* Before anything reads the file: SQLite would replay a damaged WAL
	 * only up to the damage and then drop the rest. */
	if (store_wal_guard(path, err) || check_live(path, err))
		return NULL;
	if (cannot_write(path))
		return read_only_refused(path, err);
	tighten(path);
	return connect_file(path, err);
}

/* A WAL with nothing in it: removed as the connection closes (with its
 * index) rather than left beside the database for nothing. */
static bool wal_empty_on_disk(const char *path)
{
	char *wal = NULL;
	struct stat sb;
	if (!path || asprintf(&wal, "%s-wal", path) < 0)
		return false;
	bool empty = stat(wal, &sb) == 0 && sb.st_size == 0;
	free(wal);
	return empty;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	store_stmt_free_all(st);
	/* As the last connection closes, SQLite copies the WAL home and
	 * removes it; the frames holding a changed row's old text go too. */
	if (st->db && (st->settle || wal_empty_on_disk(st->path)))
		sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

const char *store_path(const struct store *st)
{
	return st->path;
}
