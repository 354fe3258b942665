/* store_window: the couple's two weekly open windows (table open_window).
 * Only what is stored; the rules (what a window may be, which days have
 * one) are in window.c. */
#include <string.h>
#include <time.h>

#include "store_priv.h"

int store_window_load(struct store *st, struct store_window v[2], struct tend_err *err)
{
	memset(v, 0, 2 * sizeof *v);
	sqlite3_stmt *s = store_stmt(st, "SELECT id, uid, rev, slot, weekday, at, minutes, "
	                             "created_at FROM open_window WHERE slot IN (1, 2) AND "
	                             "deleted_at IS NULL ORDER BY slot", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int slot = sqlite3_column_int(s, 3);
		if (slot != 1 && slot != 2)
			continue;
		struct store_window *w = &v[slot - 1];
		w->id = sqlite3_column_int64(s, 0);
		w->uid = sqlite3_column_int64(s, 1);
		w->rev = sqlite3_column_int64(s, 2);
		w->slot = slot;
		w->weekday = sqlite3_column_int(s, 4);
		w->at = sqlite3_column_int(s, 5);
		w->minutes = sqlite3_column_int(s, 6);
		w->created_at = sqlite3_column_int64(s, 7);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? TEND_OK : store_fail(st, err, "could not read the windows");
}

/* Inside the transaction: the slot's live row is old_id (or there is none
 * when old_id is 0); it is deleted. */
static int window_replace_locked(struct store *st, int slot, int64_t old_id,
                                 int64_t old_uid, int64_t now, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE open_window SET deleted_at = :now, "
	                             "rev = rev + 1 WHERE slot = :slot AND "
	                             "deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	sqlite3_stmt *q = store_stmt(st, "SELECT id, uid FROM open_window WHERE slot = :slot "
	                             "AND deleted_at IS NULL", err);
	if (!q)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(q, ":slot", slot))
		return store_fail(st, err, "could not save the window");
	int rc = sqlite3_step(q);
	bool same = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) == old_id &&
	                               sqlite3_column_int64(q, 1) == old_uid
	                             : rc == SQLITE_DONE && old_id == 0;
	sqlite3_reset(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not save the window");
	if (!same)
		return err_set(err, TEND_E_CONFLICT, "window %d was changed elsewhere "
		               "meanwhile; look again", slot);
	if (!store_bind_int64(s, ":now", now) || !store_bind_int64(s, ":slot", slot))
		return store_fail(st, err, "could not save the window");
	return store_run(st, s, err, "could not save the window") ? TEND_E_RUNTIME : TEND_OK;
}

static int window_insert_locked(struct store *st, struct store_window *w,
                                struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO open_window (uid, slot, weekday, at, "
	                             "minutes, created_at, rev) VALUES (:uid, :slot, :wd, "
	                             ":at, :min, :now, 1)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", w->uid) || !store_bind_int64(s, ":slot", w->slot) ||
	    !store_bind_int64(s, ":wd", w->weekday) || !store_bind_int64(s, ":at", w->at) ||
	    !store_bind_int64(s, ":min", w->minutes) ||
	    !store_bind_int64(s, ":now", w->created_at))
		return store_fail(st, err, "could not save the window");
	if (store_run(st, s, err, "could not save the window"))
		return TEND_E_RUNTIME;
	w->id = sqlite3_last_insert_rowid(st->db);
	w->rev = 1;
	return TEND_OK;
}

int store_window_set(struct store *st, struct store_window *w, int64_t old_id,
                     int64_t old_uid, struct tend_err *err)
{
	w->uid = store_uid_new();
	w->created_at = (int64_t)time(NULL);
	if (store_begin(st, err))
		return err->code;
	int rc = window_replace_locked(st, w->slot, old_id, old_uid, w->created_at, err);
	if (rc == TEND_OK)
		rc = window_insert_locked(st, w, err);
	return store_finish(st, rc, err);
}

int store_window_delete(struct store *st, int64_t id, int64_t uid, bool del,
                        struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, del
		? "UPDATE open_window SET deleted_at = :now, rev = rev + 1 WHERE id = :id "
		  "AND uid = :uid AND deleted_at IS NULL"
		: "UPDATE open_window SET deleted_at = NULL, rev = rev + 1 WHERE id = :id "
		  "AND uid = :uid AND deleted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
		  "open_window o WHERE o.slot = open_window.slot AND o.deleted_at IS NULL)",
		err);
	if (!s)
		return TEND_E_RUNTIME;
	if (store_begin(st, err)) {
		sqlite3_reset(s);
		return err->code;
	}
	int rc = TEND_OK;
	if ((del && !store_bind_int64(s, ":now", (int64_t)time(NULL))) ||
	    !store_bind_int64(s, ":id", id) || !store_bind_int64(s, ":uid", uid))
		rc = store_fail(st, err, "could not save the window");
	if (rc == TEND_OK && store_run(st, s, err, "could not save the window"))
		rc = TEND_E_RUNTIME;
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "the window was changed elsewhere "
		             "meanwhile; look again");
	return store_finish(st, rc, err);
}
