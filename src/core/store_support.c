/* store_support: the days the "nothing has moved" note was put aside. */
#include <time.h>

#include "store_priv.h"

/* A database opened read-only may come from before schema 10. */
static bool support_table(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM sqlite_master "
	                             "WHERE type = 'table' AND name = 'support_seen'", NULL);
	if (!s)
		return false;
	bool found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}

int store_support_dismissed(struct store *st, tend_day *last, struct tend_err *err)
{
	*last = DAY_INVALID;
	if (!support_table(st))
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT MAX(day) FROM support_seen", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) == SQLITE_TEXT) {
		if (!day_parse((const char *)sqlite3_column_text(s, 0), last))
			*last = DAY_INVALID;
	} else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the notes put aside");
	}
	sqlite3_reset(s);
	return status;
}

int store_support_dismiss(struct store *st, tend_day day, int64_t *id,
                          struct tend_err *err)
{
	if (day == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "%s: a note is put aside on a day", st->path);
	if (store_begin(st, err))
		return err->code;
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO support_seen (day, created_at) "
	                             "VALUES (:day, :now)", err);
	int rc = TEND_E_RUNTIME;
	if (s && (!store_bind_day(s, ":day", day) ||
	          !store_bind_int64(s, ":now", (int64_t)time(NULL))))
		rc = store_fail(st, err, "could not put the note aside");
	else if (s)
		rc = store_run(st, s, err, "could not put the note aside");
	if (rc == TEND_OK && id)
		*id = sqlite3_last_insert_rowid(st->db);
	return store_finish(st, rc, err);
}

int store_support_undismiss(struct store *st, int64_t id, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM support_seen WHERE id = :id", err);
	int rc = TEND_E_RUNTIME;
	if (s && !store_bind_int64(s, ":id", id))
		rc = store_fail(st, err, "could not bring the note back");
	else if (s)
		rc = store_run(st, s, err, "could not bring the note back");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "the note is back already");
	return store_finish(st, rc, err);
}

int store_support_each(struct store *st,
                       int (*fn)(void *ctx, tend_day day, int64_t at), void *ctx,
                       struct tend_err *err)
{
	if (!support_table(st))
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT day, created_at FROM support_seen "
	                             "ORDER BY day, id", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		tend_day day;
		if (!day_parse((const char *)sqlite3_column_text(s, 0), &day))
			continue;
		status = fn(ctx, day, sqlite3_column_int64(s, 1));
	}
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the notes put aside");
	sqlite3_reset(s);
	return status;
}
