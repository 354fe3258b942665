/* store_write: saving, editing and deleting entries, forgetting them all,
 * and closing time-outs. Reading them back is in store.c, erasing deleted
 * ones for good in store_purge.c. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"

/* Zero stands for "not set" in struct entry and for NULL in the table. */
static bool bind_time_or_null(sqlite3_stmt *s, const char *name, int64_t t)
{
	return t ? store_bind_int64(s, name, t) : store_bind_null(s, name);
}

/* Bind every field of e whose parameter the statement names. */
static bool bind_entry(sqlite3_stmt *s, const struct entry *e)
{
	return store_bind_int64(s, ":id", e->id) &&
	       store_bind_int64(s, ":rev", e->rev) &&
	       store_bind_int64(s, ":uid", e->uid) &&
	       store_bind_int64(s, ":partner", e->partner) &&
	       store_bind_day(s, ":day", e->day) &&
	       store_bind_int64(s, ":created_at", e->created_at) &&
	       store_bind_text(s, ":text", e->text) &&
	       store_bind_int64(s, ":mood", e->mood) &&
	       store_bind_int64(s, ":stress", e->stress) &&
	       store_bind_int64(s, ":bid", e->bid) &&
	       store_bind_int64(s, ":accepted", e->accepted ? 1 : 0) &&
	       store_bind_int64(s, ":stage", e->stage) &&
	       store_bind_int64(s, ":minutes", e->minutes) &&
	       store_bind_int64(s, ":light", e->light) &&
	       store_bind_int64(s, ":phrase", e->phrase) &&
	       store_bind_int64(s, ":called_at", e->called_at) &&
	       bind_time_or_null(s, ":returned_at", e->returned_at) &&
	       bind_time_or_null(s, ":scheduled_at", e->scheduled_at);
}

/* The fields the schema cannot check well enough to give a clear message. */
static int check_entry(struct store *st, const struct entry *e, struct tend_err *err)
{
	if (store_check_kind(st, e->kind, err))
		return TEND_E_USAGE;
	if (e->partner != 1 && e->partner != 2)
		return err_set(err, TEND_E_USAGE, "%s: a %s needs partner 1 or 2, not %d",
		               st->path, store_kind_of(e->kind)->noun, e->partner);
	if (e->day == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "%s: a %s needs a day", st->path,
		               store_kind_of(e->kind)->noun);
	return TEND_OK;
}

/* Inside a transaction: find the same partner's check-in for that day, live
 * or deleted; *id = 0 when there is none. */
static int checkin_find(struct store *st, const struct entry *e, int64_t *id,
                        struct entry *replaced, struct tend_err *err)
{
	sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT %s, deleted_at FROM "
	                                  "checkin WHERE partner = :partner "
	                                  "AND day = :day",
	                                  store_kind_of(ENTRY_CHECKIN)->cols);
	if (!s)
		return TEND_E_RUNTIME;
	*id = 0;
	if (!bind_entry(s, e))
		return store_fail(st, err, "could not save the check-in");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		bool live = sqlite3_column_type(s, 18) == SQLITE_NULL;
		if (live && replaced)
			status = store_row_read(st, s, ENTRY_CHECKIN, replaced, err);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not save the check-in");
	}
	sqlite3_reset(s);
	return status;
}

/* A new entry's uid: random, never 0. */
static int64_t uid_new(void)
{
	int64_t uid = 0;
	while (uid == 0)
		sqlite3_randomness(sizeof uid, &uid);
	return uid;
}

/* Inside a transaction: overwrite the check-in row id with e, live again.
 * It is another entry now, so it gets a new uid: an edit or undo of the one
 * it replaced can no longer reach it. */
static int checkin_replace(struct store *st, struct entry *e, int64_t id,
                           struct tend_err *err)
{
	sqlite3_stmt *s = store_kind_stmt(st, err, "UPDATE checkin SET %s, "
	                                  "created_at = :created_at, rev = rev + 1, "
	                                  "uid = :uid, deleted_at = NULL "
	                                  "WHERE id = :id",
	                                  store_kind_of(ENTRY_CHECKIN)->sets);
	if (!s)
		return TEND_E_RUNTIME;
	struct entry tmp = *e;
	tmp.id = id;
	tmp.uid = uid_new();
	if (!bind_entry(s, &tmp))
		return store_fail(st, err, "could not save the check-in");
	if (store_run(st, s, err, "could not save the check-in"))
		return TEND_E_RUNTIME;
	s = store_stmt(st, "SELECT rev FROM checkin WHERE id = :id", err);
	if (!s || !store_bind_int64(s, ":id", id))
		return s ? store_fail(st, err, "could not save the check-in")
		         : TEND_E_RUNTIME;
	int status = TEND_OK;
	if (sqlite3_step(s) == SQLITE_ROW) {
		e->id = id;
		e->uid = tmp.uid;
		e->rev = sqlite3_column_int64(s, 0);
	} else {
		status = store_fail(st, err, "could not save the check-in");
	}
	sqlite3_reset(s);
	return status;
}

/* Inside a transaction: a new row for e. */
static int entry_insert(struct store *st, struct entry *e, struct tend_err *err)
{
	const struct store_kind_sql *k = store_kind_of(e->kind);
	sqlite3_stmt *s = store_kind_stmt(st, err, "INSERT INTO %s (%s, "
	                                  "created_at, rev, uid) VALUES (%s, "
	                                  ":created_at, 1, :uid)",
	                                  k->table, k->fields, k->values);
	if (!s)
		return TEND_E_RUNTIME;
	e->uid = uid_new();
	if (!bind_entry(s, e))
		return store_fail(st, err, "could not save the %s", k->noun);
	char what[64];
	snprintf(what, sizeof what, "could not save the %s", k->noun);
	if (store_run(st, s, err, what))
		return TEND_E_RUNTIME;
	e->id = sqlite3_last_insert_rowid(st->db);
	e->rev = 1;
	return TEND_OK;
}

/* The body of store_add, run inside its transaction. */
static int add_locked(struct store *st, struct entry *e, struct entry *replaced,
                      struct tend_err *err)
{
	if (e->kind == ENTRY_CHECKIN) {
		int64_t id;
		if (checkin_find(st, e, &id, replaced, err))
			return TEND_E_RUNTIME;
		if (id)
			return checkin_replace(st, e, id, err);
	}
	if (entry_insert(st, e, err))
		return TEND_E_RUNTIME;
	return store_touch_detail_write(st, e, err);
}

int store_add(struct store *st, struct entry *e, struct entry *replaced,
              struct tend_err *err)
{
	if (replaced)
		memset(replaced, 0, sizeof *replaced);
	if (check_entry(st, e, err))
		return TEND_E_USAGE;
	if (e->created_at == 0)
		e->created_at = (int64_t)time(NULL);
	if (store_begin(st, err))
		return err->code;
	int64_t old_id = e->id, old_rev = e->rev, old_uid = e->uid;
	int rc = store_finish(st, add_locked(st, e, replaced, err), err);
	if (rc != TEND_OK) {
		e->id = old_id;
		e->rev = old_rev;
		e->uid = old_uid;
		entry_clear(replaced);
	}
	return rc;
}

/* The body of store_update, run inside its transaction. */
static int update_locked(struct store *st, struct entry *e, struct tend_err *err)
{
	const struct store_kind_sql *k = store_kind_of(e->kind);
	sqlite3_stmt *s = store_kind_stmt(st, err, "UPDATE %s SET %s, rev = rev + 1 "
	                                  "WHERE id = :id AND uid = :uid AND "
	                                  "rev = :rev AND deleted_at IS NULL",
	                                  k->table, k->sets);
	if (!s)
		return TEND_E_RUNTIME;
	if (!bind_entry(s, e))
		return store_fail(st, err, "could not save the %s", k->noun);
	char what[64];
	snprintf(what, sizeof what, "could not save the %s", k->noun);
	if (store_run(st, s, err, what))
		return TEND_E_RUNTIME;
	if (sqlite3_changes(st->db) == 0)
		return err_set(err, TEND_E_CONFLICT, "this entry was changed or "
		               "deleted elsewhere; reload it");
	return store_touch_detail_write(st, e, err);
}

int store_update(struct store *st, struct entry *e, struct tend_err *err)
{
	if (check_entry(st, e, err))
		return TEND_E_USAGE;
	if (store_begin(st, err))
		return err->code;
	int rc = store_finish(st, update_locked(st, e, err), err);
	if (rc == TEND_OK)
		e->rev++;
	return rc;
}

/* Set (del) or clear deleted_at of one entry that is live (or deleted). */
static int set_deleted(struct store *st, const struct entry *e, bool del,
                       struct tend_err *err)
{
	if (store_check_kind(st, e->kind, err))
		return TEND_E_USAGE;
	const struct store_kind_sql *k = store_kind_of(e->kind);
	sqlite3_stmt *s = del
		? store_kind_stmt(st, err, "UPDATE %s SET deleted_at = :now, "
		                  "rev = rev + 1 WHERE id = :id AND uid = :uid "
		                  "AND deleted_at IS NULL", k->table)
		: store_kind_stmt(st, err, "UPDATE %s SET deleted_at = NULL, "
		                  "rev = rev + 1 WHERE id = :id AND uid = :uid "
		                  "AND deleted_at IS NOT NULL", k->table);
	if (!s)
		return TEND_E_RUNTIME;
	int64_t id = e->id;
	if (!store_bind_int64(s, ":id", id) || !store_bind_int64(s, ":uid", e->uid) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not change the %s", k->noun);
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, del ? "could not delete the entry"
	                                   : "could not bring the entry back");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_RUNTIME, "no such %sentry (%s %lld)",
		             del ? "" : "deleted ", k->noun, (long long)id);
	return store_finish(st, rc, err);
}

int store_delete(struct store *st, const struct entry *e, struct tend_err *err)
{
	return set_deleted(st, e, true, err);
}

int store_undelete(struct store *st, const struct entry *e, struct tend_err *err)
{
	return set_deleted(st, e, false, err);
}

/* Set one time column of a live time-out (column is a fixed name). */
static int timeout_set(struct store *st, const char *column, int64_t id,
                       int64_t when, struct tend_err *err)
{
	sqlite3_stmt *s = store_kind_stmt(st, err, "UPDATE timeout SET %s = :when, "
	                                  "rev = rev + 1 WHERE id = :id AND "
	                                  "deleted_at IS NULL", column);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !bind_time_or_null(s, ":when", when))
		return store_fail(st, err, "could not save the time-out");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the time-out");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_RUNTIME, "no such entry (time-out %lld)",
		             (long long)id);
	return store_finish(st, rc, err);
}

int store_timeout_call(struct store *st, int64_t since, struct entry *e,
                       struct entry *open, bool *found, struct tend_err *err)
{
	*found = false;
	if (check_entry(st, e, err))
		return TEND_E_USAGE;
	if (e->kind != ENTRY_TIMEOUT)
		return err_set(err, TEND_E_USAGE, "%s: not a time-out", st->path);
	if (e->created_at == 0)
		e->created_at = (int64_t)time(NULL);
	if (store_begin(st, err))
		return err->code;
	int rc = store_timeout_open(st, since, open, found, err);
	if (rc == TEND_OK && !*found)
		rc = add_locked(st, e, NULL, err);
	rc = store_finish(st, rc, err);
	if (rc != TEND_OK) {
		e->id = 0;
		e->rev = 0;
	}
	return rc;
}

int store_timeout_return(struct store *st, int64_t id, int64_t when,
                         struct tend_err *err)
{
	return timeout_set(st, "returned_at", id, when, err);
}

int store_timeout_schedule(struct store *st, int64_t id, int64_t when,
                           struct tend_err *err)
{
	return timeout_set(st, "scheduled_at", id, when, err);
}

/* The body of store_forget_all, run inside its transaction: every entry,
 * tick and the touch stage; the partners' names stay. */
static int forget_locked(struct store *st, struct tend_err *err)
{
	for (int k = 0; k < ENTRY_KIND_COUNT; k++) {
		sqlite3_stmt *s = store_kind_stmt(st, err, "DELETE FROM %s",
		                                  store_kind_of(k)->table);
		if (!s || store_run(st, s, err, "could not erase the entries"))
			return TEND_E_RUNTIME;
	}
	static const char *const state[] = {
		"DELETE FROM plan_tick", "DELETE FROM touch_stage",
		"DELETE FROM ritual_day", "DELETE FROM ritual_pause", "DELETE FROM ritual",
		"DELETE FROM pause",
		"DELETE FROM objective", "DELETE FROM objective_origin",
		"DELETE FROM evening",
		"DELETE FROM support_seen", /* support */
		"DELETE FROM open_window", /* windows */
		"DELETE FROM review_answer",
		"DELETE FROM wish_seal", /* wishes */
	};
	for (size_t i = 0; i < sizeof state / sizeof *state; i++) {
		sqlite3_stmt *s = store_stmt(st, state[i], err);
		if (!s || store_run(st, s, err, "could not erase the entries"))
			return TEND_E_RUNTIME;
	}
	if (store_task_forget(st, err) || store_touchmore_forget(st, err))
		return TEND_E_RUNTIME;
	return store_talk_forget_locked(st, err);
}

/* Copy every page home and cut the WAL to nothing; fails when another
 * connection's read keeps it from finishing. */
static int wal_empty(struct store *st, struct tend_err *err)
{
	int rc = sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
	                                   NULL, NULL);
	if (rc == SQLITE_OK)
		return TEND_OK;
	return err_set(err, TEND_E_RUNTIME, "%s: everything was erased, but "
	               "another tend is still reading the database, so traces "
	               "may remain in %s-wal; close it and run this again",
	               st->path, st->path);
}

int store_forget_all(struct store *st, struct tend_err *err)
{
	store_mark_remove(st->path); /* it describes the file before forgetting */
	store_glance_remove(st->path); /* and so do the day's figures */
	if (store_begin(st, err))
		return err->code;
	if (store_finish(st, forget_locked(st, err), err))
		return TEND_E_RUNTIME;
	/* secure_delete zeroed the rows; VACUUM rebuilds the file without the
	 * freed pages (in memory, not in a temporary file), and the last
	 * checkpoint leaves a WAL of zero bytes. */
	if (wal_empty(st, err))
		return TEND_E_RUNTIME;
	if (sqlite3_exec(st->db, "PRAGMA temp_store = MEMORY; VACUUM", NULL, NULL,
	                 NULL) != SQLITE_OK)
		return store_fail(st, err, "everything was erased, but the file could "
		                  "not be compacted");
	return wal_empty(st, err);
}
