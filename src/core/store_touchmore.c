/* store_touchmore: what a touch session may say beyond the session itself
 * (who invited, the menu's tier and item), kept in touch_detail under the
 * session's uid, and the stage-3 guidelines, kept as a history in
 * touch_guideline (the newest live one is the one shown). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"

/* A database opened read-only may come from before schema 13. */
static bool detail_tables(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM sqlite_master "
	                             "WHERE type = 'table' AND name = 'touch_detail'", NULL);
	if (!s)
		return false;
	bool found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}

int store_touch_detail_read(struct store *st, struct entry *e, struct tend_err *err)
{
	if (e->kind != ENTRY_TOUCH || !e->uid || !detail_tables(st))
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT initiator, tier, item FROM touch_detail "
	                             "WHERE touch_uid = :uid", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", e->uid))
		return store_fail(st, err, "could not read a touch session");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		e->initiator = sqlite3_column_int(s, 0);
		e->tier = sqlite3_column_int(s, 1);
		const char *item = (const char *)sqlite3_column_text(s, 2);
		if (item && !(e->item = strdup(item)))
			status = err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read a touch session");
	}
	sqlite3_reset(s);
	return status;
}

/* Inside the caller's transaction, after the session's row is written: its
 * place among the sessions that say who invited (touch_invite), taken from
 * the row itself, or none when it does not say. */
static int invite_order_write(struct store *st, const struct entry *e, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM touch_invite WHERE touch_uid = :uid", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", e->uid))
		return store_fail(st, err, "could not save the touch session");
	if (store_run(st, s, err, "could not save the touch session"))
		return TEND_E_RUNTIME;
	if (e->initiator != 1 && e->initiator != 2)
		return TEND_OK;
	s = store_stmt(st, "INSERT INTO touch_invite (touch_uid, touch_id, day, created_at) "
	               "SELECT uid, id, day, created_at FROM touch WHERE id = :id AND uid = :uid",
	               err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", e->id) || !store_bind_int64(s, ":uid", e->uid))
		return store_fail(st, err, "could not save the touch session");
	return store_run(st, s, err, "could not save the touch session");
}

int store_touch_detail_write(struct store *st, const struct entry *e, struct tend_err *err)
{
	if (e->kind != ENTRY_TOUCH)
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM touch_detail WHERE touch_uid = :uid", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", e->uid))
		return store_fail(st, err, "could not save the touch session");
	if (store_run(st, s, err, "could not save the touch session"))
		return TEND_E_RUNTIME;
	/* A session that says none of it keeps no row. */
	if (e->initiator || e->tier || e->item) {
		s = store_stmt(st, "INSERT INTO touch_detail (touch_uid, initiator, tier, item) "
		               "VALUES (:uid, :initiator, :tier, :item)", err);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":uid", e->uid) ||
		    !store_bind_int64(s, ":initiator", e->initiator) ||
		    !store_bind_int64(s, ":tier", e->tier) || !store_bind_text(s, ":item", e->item))
			return store_fail(st, err, "could not save the touch session");
		if (store_run(st, s, err, "could not save the touch session"))
			return TEND_E_RUNTIME;
	}
	return invite_order_write(st, e, err);
}

int store_touchmore_forget(struct store *st, struct tend_err *err)
{
	static const char *const sql[] = {
		"DELETE FROM touch_detail", "DELETE FROM touch_invite",
		"DELETE FROM touch_guideline",
	};
	for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], err);
		if (!s || store_run(st, s, err, "could not erase the entries"))
			return TEND_E_RUNTIME;
	}
	return TEND_OK;
}

int store_guideline_get(struct store *st, char **text, int64_t *created_at,
                        struct tend_err *err)
{
	*text = NULL;
	if (created_at)
		*created_at = 0;
	if (!detail_tables(st))
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT text, created_at FROM touch_guideline "
	                             "WHERE id = (SELECT MAX(id) FROM touch_guideline "
	                             "WHERE deleted_at IS NULL)", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);
		if (created_at)
			*created_at = sqlite3_column_int64(s, 1);
		if (t && !(*text = strdup(t)))
			status = err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the guidelines");
	}
	sqlite3_reset(s);
	return status;
}

/* Inside a transaction: the new text after the others (they stay, as the
 * history), or, for NULL, every live one deleted (the purge erases them). */
static int guideline_set_locked(struct store *st, const char *text, struct tend_err *err)
{
	int64_t now = (int64_t)time(NULL);
	sqlite3_stmt *s;
	if (!text) {
		s = store_stmt(st, "UPDATE touch_guideline SET deleted_at = :now, rev = rev + 1 "
		               "WHERE deleted_at IS NULL", err);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":now", now))
			return store_fail(st, err, "could not clear the guidelines");
		return store_run(st, s, err, "could not clear the guidelines");
	}
	int64_t uid = 0;
	while (uid == 0)
		sqlite3_randomness(sizeof uid, &uid);
	s = store_stmt(st, "INSERT INTO touch_guideline (text, created_at, rev, uid) "
	               "VALUES (:text, :now, 1, :uid)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_text(s, ":text", text) || !store_bind_int64(s, ":now", now) ||
	    !store_bind_int64(s, ":uid", uid))
		return store_fail(st, err, "could not save the guidelines");
	return store_run(st, s, err, "could not save the guidelines");
}

int store_guideline_set(struct store *st, const char *text, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, guideline_set_locked(st, text, err), err);
}

int store_touch_last_initiator(struct store *st, tend_day day, int *who,
                               struct tend_err *err)
{
	*who = 0;
	if (!detail_tables(st))
		return TEND_OK;
	/* The latest live session up to day that says who invited: one row
	 * found by touch_invite's index (those sessions in the sessions' own
	 * order), not a walk back through all of them; a deleted one on the
	 * way is one waiting for its purge. */
	sqlite3_stmt *s = store_stmt(st, "SELECT d.initiator FROM touch_invite i "
	                             "CROSS JOIN touch t CROSS JOIN touch_detail d "
	                             "WHERE i.day <= :day AND t.id = i.touch_id AND "
	                             "t.uid = i.touch_uid AND t.deleted_at IS NULL AND "
	                             "d.touch_uid = i.touch_uid AND d.initiator IN (1, 2) "
	                             "ORDER BY i.day DESC, i.created_at DESC, i.touch_id DESC "
	                             "LIMIT 1", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":day", day))
		return store_fail(st, err, "could not read the touch sessions");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW)
		*who = sqlite3_column_int(s, 0);
	else if (rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the touch sessions");
	sqlite3_reset(s);
	return status;
}

int store_guideline_each(struct store *st, int (*fn)(void *ctx, int64_t written_at,
                                                     const char *text),
                         void *ctx, struct tend_err *err)
{
	if (!detail_tables(st))
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT created_at, text FROM touch_guideline "
	                             "WHERE deleted_at IS NULL ORDER BY id", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
		status = fn(ctx, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1));
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the guidelines");
	sqlite3_reset(s);
	if (status != TEND_OK && err->code == TEND_OK)
		err_set(err, TEND_E_RUNTIME, "out of memory");
	return status;
}
