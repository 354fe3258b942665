/* store_pace: the program's pauses (table pause, schema 9). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"
#include "tend/pace.h"

/* One row (id, uid, rev, from_day, to_day, reason) into *pp. */
static bool pause_row(sqlite3_stmt *s, struct pace_pause *pp)
{
	const char *from = (const char *)sqlite3_column_text(s, 3);
	const char *to = (const char *)sqlite3_column_text(s, 4);
	const char *reason = (const char *)sqlite3_column_text(s, 5);

	memset(pp, 0, sizeof *pp);
	pp->id = sqlite3_column_int64(s, 0);
	pp->uid = sqlite3_column_int64(s, 1);
	pp->rev = sqlite3_column_int64(s, 2);
	pp->to = DAY_INVALID;
	if (!from || !day_parse(from, &pp->from) || (to && !day_parse(to, &pp->to)))
		return false;
	if (reason && !(pp->reason = strdup(reason)))
		return false;
	return true;
}

/* Whether the file has the table: one opened read-only from an older tend
 * was not brought up to date, and simply has no pauses. */
static int pause_table(struct store *st, bool *has, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM sqlite_master WHERE type = "
	                             "'table' AND name = 'pause'", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the pauses");
	*has = rc == SQLITE_ROW;
	return TEND_OK;
}

int store_pause_list(struct store *st, struct pace *out, struct tend_err *err)
{
	bool has = true;
	if (st->read_only && pause_table(st, &has, err) != TEND_OK)
		return TEND_E_RUNTIME;
	if (!has) {
		pace_free(out);
		return TEND_OK;
	}
	sqlite3_stmt *s = store_stmt(st, "SELECT id, uid, rev, from_day, to_day, reason "
	                             "FROM pause WHERE deleted_at IS NULL "
	                             "ORDER BY from_day, id", err);
	struct pace got = { 0 };
	int rc;

	if (!s)
		return TEND_E_RUNTIME;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct pace_pause *v = realloc(got.v, (got.n + 1) * sizeof *v);
		if (!v || !pause_row(s, &v[got.n])) {
			if (v)
				got.v = v;
			sqlite3_reset(s);
			pace_free(&got);
			return err_set(err, TEND_E_RUNTIME, "%s: could not read the pauses "
			               "(out of memory or a damaged row)", st->path);
		}
		got.v = v;
		got.n++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		pace_free(&got);
		return store_fail(st, err, "could not read the pauses");
	}
	pace_free(out);
	*out = got;
	return TEND_OK;
}

/* Inside the transaction: insert unless a live pause runs on or after from
 * (another tend paused meanwhile). */
static int pause_add_locked(struct store *st, struct pace_pause *pp, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO pause (uid, from_day, to_day, "
	                             "reason, created_at, rev) SELECT :uid, :from, "
	                             "NULL, :reason, :now, 1 WHERE NOT EXISTS (SELECT 1 "
	                             "FROM pause WHERE deleted_at IS NULL AND "
	                             "(to_day IS NULL OR to_day > :from))", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", pp->uid) || !store_bind_day(s, ":from", pp->from) ||
	    !store_bind_text(s, ":reason", pp->reason) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the pause");
	if (store_run(st, s, err, "could not save the pause"))
		return TEND_E_RUNTIME;
	if (sqlite3_changes(st->db) == 0)
		return err_set(err, TEND_E_CONFLICT, "the program was paused elsewhere "
		               "meanwhile; look again");
	pp->id = sqlite3_last_insert_rowid(st->db);
	return TEND_OK;
}

int store_pause_add(struct store *st, struct pace_pause *pp, struct tend_err *err)
{
	pp->uid = store_uid_new();
	pp->rev = 1;
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, pause_add_locked(st, pp, err), err);
}

/* One UPDATE of the pause pp (matched by id, uid and rev) that bumps rev. */
static int pause_change(struct store *st, const struct pace_pause *pp,
                        const char *sql, tend_day to, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	sqlite3_stmt *s = store_stmt(st, sql, err);
	int rc = s ? TEND_OK : TEND_E_RUNTIME;
	if (rc == TEND_OK &&
	    (!store_bind_int64(s, ":id", pp->id) || !store_bind_int64(s, ":uid", pp->uid) ||
	     !store_bind_int64(s, ":rev", pp->rev) ||
	     !store_bind_int64(s, ":now", (int64_t)time(NULL)) ||
	     !store_bind_day(s, ":to", to)))
		rc = store_fail(st, err, "could not save the pause");
	if (rc == TEND_OK && store_run(st, s, err, "could not save the pause"))
		rc = TEND_E_RUNTIME;
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "this pause was changed elsewhere; "
		             "look again");
	return store_finish(st, rc, err);
}

int store_pause_set_end(struct store *st, const struct pace_pause *pp, tend_day to,
                        struct tend_err *err)
{
	return pause_change(st, pp, "UPDATE pause SET to_day = :to, rev = rev + 1 "
	                    "WHERE id = :id AND uid = :uid AND rev = :rev AND "
	                    "deleted_at IS NULL AND (:to IS NOT NULL OR NOT EXISTS (SELECT 1 FROM pause o WHERE "
	                    "o.deleted_at IS NULL AND o.id <> pause.id AND "
	                    "o.from_day > pause.from_day))", to, err);
}

int store_pause_delete(struct store *st, const struct pace_pause *pp,
                       struct tend_err *err)
{
	return pause_change(st, pp, "UPDATE pause SET deleted_at = :now, rev = rev + 1 "
	                    "WHERE id = :id AND uid = :uid AND rev = :rev AND "
	                    "deleted_at IS NULL", DAY_INVALID, err);
}

int store_pause_purge(struct store *st, int64_t before, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM pause WHERE deleted_at IS NOT "
	                             "NULL AND deleted_at < :before", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":before", before))
		return store_fail(st, err, "could not erase deleted pauses");
	return store_run(st, s, err, "could not erase deleted pauses") ? TEND_E_RUNTIME
	                                                               : TEND_OK;
}
