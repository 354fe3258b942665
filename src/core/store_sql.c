/* store_sql: the plumbing every store file uses: cached statements, error
 * messages, write transactions, named parameters, and what all tables do
 * alike (new uids, text and day columns, the undoable delete). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "store_priv.h"

sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct tend_err *err)
{
	for (struct store_stmt *c = st->stmts; c; c = c->next) {
		if (strcmp(c->sql, sql) == 0) {
			sqlite3_reset(c->stmt);
			sqlite3_clear_bindings(c->stmt);
			return c->stmt;
		}
	}
	struct store_stmt *c = calloc(1, sizeof *c);
	if (!c || !(c->sql = strdup(sql))) {
		free(c);
		err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		return NULL;
	}
	if (sqlite3_prepare_v2(st->db, sql, -1, &c->stmt, NULL) != SQLITE_OK) {
		store_fail(st, err, "could not prepare a query");
		sqlite3_finalize(c->stmt);
		free(c->sql);
		free(c);
		return NULL;
	}
	c->next = st->stmts;
	st->stmts = c;
	return c->stmt;
}

void store_stmt_free_all(struct store *st)
{
	struct store_stmt *c = st->stmts;
	while (c) {
		struct store_stmt *next = c->next;
		sqlite3_finalize(c->stmt);
		free(c->sql);
		free(c);
		c = next;
	}
	st->stmts = NULL;
}

/* Why a write failed, in words, when the disk (or the file size limit
 * that ulimit -f sets) is the likely cause; NULL otherwise. SQLite keeps
 * no errno for a failed write, so the limit is looked up. */
static const char *write_trouble(sqlite3 *db)
{
	int rc = sqlite3_extended_errcode(db), sys = sqlite3_system_errno(db);
	struct rlimit lim;
	if ((rc & 0xff) == SQLITE_FULL || sys == ENOSPC || sys == EDQUOT)
		return "the disk is full";
	if (rc != SQLITE_IOERR_WRITE && rc != SQLITE_IOERR_TRUNCATE && sys != EFBIG)
		return NULL;
	if (sys == EFBIG ||
	    (getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY))
		return "the file size limit (ulimit -f) was reached";
	return "could not write to the disk (is it full?)";
}

int store_fail(struct store *st, struct tend_err *err, const char *fmt, ...)
{
	char what[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	int code = sqlite3_extended_errcode(st->db) & 0xff;
	/* Busy is told by its code, so that no caller reads the words. */
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return err_set(err, TEND_E_BUSY, "%s: %s: the database is busy (another tend, "
		               "or another program, is using it)", st->path, what);
	const char *why = write_trouble(st->db);
	return err_set(err, TEND_E_RUNTIME, "%s: %s: %s", st->path, what,
	               why ? why : sqlite3_errmsg(st->db));
}

int store_begin(struct store *st, struct tend_err *err)
{
	if (st->batch)
		return TEND_OK; /* the batch's own transaction holds the lock */
	int rc = SQLITE_BUSY;
	for (int i = 0; i < STORE_BEGIN_TRIES && (rc & 0xff) == SQLITE_BUSY; i++)
		rc = sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if ((rc & 0xff) == SQLITE_BUSY)
		return err_set(err, TEND_E_BUSY,
		               "%s: the database is busy (another tend, or another program, is saving); "
		               "nothing was written", st->path);
	if (rc != SQLITE_OK)
		return store_fail(st, err, "could not start saving");
	return TEND_OK;
}

int store_finish(struct store *st, int rc, struct tend_err *err)
{
	if (st->batch) {
		st->batch_failed = st->batch_failed || rc != TEND_OK;
		return rc;
	}
	if (rc == TEND_OK &&
	    sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = store_fail(st, err, "could not save; nothing was written");
	if (rc != TEND_OK && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int64_t store_uid_new(void)
{
	int64_t uid = 0;
	while (uid == 0)
		sqlite3_randomness(sizeof uid, &uid);
	return uid;
}

char *store_column_dup(sqlite3_stmt *s, int col, bool *oom)
{
	const char *t = (const char *)sqlite3_column_text(s, col);
	if (!t)
		return NULL;
	char *c = strdup(t);
	if (!c)
		*oom = true;
	return c;
}

tend_day store_column_day(sqlite3_stmt *s, int col)
{
	const char *t = (const char *)sqlite3_column_text(s, col);
	tend_day d;
	return t && day_parse(t, &d) ? d : DAY_INVALID;
}

int store_deleted_stmt(struct store *st, const char *table, int64_t id, int64_t uid,
                       bool del, sqlite3_stmt **out, struct tend_err *err,
                       const char *fmt, ...)
{
	*out = del
		? store_kind_stmt(st, err, "UPDATE %s SET deleted_at = :now, rev = rev + 1 "
		                  "WHERE id = :id AND uid = :uid AND deleted_at IS NULL", table)
		: store_kind_stmt(st, err, "UPDATE %s SET deleted_at = NULL, rev = rev + 1 "
		                  "WHERE id = :id AND uid = :uid AND deleted_at IS NOT NULL",
		                  table);
	if (!*out)
		return TEND_E_RUNTIME;
	if (store_bind_int64(*out, ":id", id) && store_bind_int64(*out, ":uid", uid) &&
	    store_bind_int64(*out, ":now", (int64_t)time(NULL)))
		return TEND_OK;
	char what[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	return store_fail(st, err, "%s", what);
}

bool store_bind_int64(sqlite3_stmt *s, const char *name, int64_t v)
{
	int i = sqlite3_bind_parameter_index(s, name);
	return i == 0 || sqlite3_bind_int64(s, i, v) == SQLITE_OK;
}

bool store_bind_text(sqlite3_stmt *s, const char *name, const char *v)
{
	int i = sqlite3_bind_parameter_index(s, name);
	if (i == 0)
		return true;
	if (!v)
		return sqlite3_bind_null(s, i) == SQLITE_OK;
	return sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

bool store_bind_day(sqlite3_stmt *s, const char *name, tend_day d)
{
	char buf[16];
	if (d == DAY_INVALID)
		return store_bind_null(s, name);
	day_format(d, buf);
	return store_bind_text(s, name, buf);
}

bool store_bind_null(sqlite3_stmt *s, const char *name)
{
	int i = sqlite3_bind_parameter_index(s, name);
	return i == 0 || sqlite3_bind_null(s, i) == SQLITE_OK;
}

int store_run(struct store *st, sqlite3_stmt *s, struct tend_err *err,
              const char *what)
{
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		;
	if (rc != SQLITE_DONE) {
		int status = store_fail(st, err, "%s", what);
		sqlite3_reset(s);
		return status;
	}
	sqlite3_reset(s);
	return TEND_OK;
}

int store_batch_begin(struct store *st, struct tend_err *err)
{
	if (st->batch)
		return err_set(err, TEND_E_RUNTIME, "%s: a batch is already open", st->path);
	int rc = store_begin(st, err);
	st->batch = rc == TEND_OK;
	st->batch_failed = false;
	return rc;
}

int store_batch_end(struct store *st, struct tend_err *err)
{
	if (!st->batch)
		return err_set(err, TEND_E_RUNTIME, "%s: no batch is open", st->path);
	st->batch = false;
	if (st->batch_failed) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return err_set(err, TEND_E_RUNTIME, "%s: a change in the batch failed; "
		               "nothing of it was saved", st->path);
	}
	return store_finish(st, TEND_OK, err);
}
