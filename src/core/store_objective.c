/* store_objective: the SQL of the two sentences and the origin note. Rows
 * are only added; undo marks one deleted and the purge erases it. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"
#include "tend/objective.h"

int store_objective_add(struct store *st, struct objective_version *v,
                        struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO objective (uid, partner, day, kept, "
	                             "problem, outcome, created_at, rev) VALUES (:uid, "
	                             ":partner, :day, :kept, :problem, :outcome, "
	                             ":created_at, 1)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (v->created_at == 0)
		v->created_at = (int64_t)time(NULL);
	v->uid = store_uid_new();
	bool ok = store_bind_int64(s, ":uid", v->uid) &&
	          store_bind_int64(s, ":partner", v->partner) &&
	          store_bind_day(s, ":day", v->day) &&
	          store_bind_int64(s, ":kept", v->kept ? 1 : 0) &&
	          (v->kept ? store_bind_null(s, ":problem") && store_bind_null(s, ":outcome")
	                   : store_bind_text(s, ":problem", v->problem) &&
	                     store_bind_text(s, ":outcome", v->outcome)) &&
	          store_bind_int64(s, ":created_at", v->created_at);
	if (!ok)
		return store_fail(st, err, "could not save the two sentences");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the two sentences");
	if (rc == TEND_OK) {
		v->id = sqlite3_last_insert_rowid(st->db);
		v->rev = 1;
	}
	return store_finish(st, rc, err);
}

/* Append the current row of the list query to out. */
static int list_row(struct store *st, sqlite3_stmt *s, struct objective_list *out,
                    struct tend_err *err)
{
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 8;
		struct objective_version *v = realloc(out->v, cap * sizeof *v);
		if (!v)
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		out->v = v;
		out->cap = cap;
	}
	struct objective_version *v = &out->v[out->n];
	memset(v, 0, sizeof *v);
	bool oom = false;
	v->id = sqlite3_column_int64(s, 0);
	v->uid = sqlite3_column_int64(s, 1);
	v->partner = sqlite3_column_int(s, 2);
	const char *day = (const char *)sqlite3_column_text(s, 3);
	if (!day || !day_parse(day, &v->day))
		return store_fail(st, err, "a saved sentence has a bad day");
	v->kept = sqlite3_column_int(s, 4) != 0;
	v->problem = store_column_dup(s, 5, &oom);
	v->outcome = store_column_dup(s, 6, &oom);
	v->created_at = sqlite3_column_int64(s, 7);
	v->rev = sqlite3_column_int64(s, 8);
	out->n++;
	if (oom)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	return TEND_OK;
}

int store_objective_list(struct store *st, struct objective_list *out,
                         struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, uid, partner, day, kept, problem, "
	                             "outcome, created_at, rev FROM objective WHERE "
	                             "deleted_at IS NULL ORDER BY day, created_at, id", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
		status = list_row(st, s, out, err);
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the two sentences");
	sqlite3_reset(s);
	return status;
}

/* Mark one row of table (a fixed name) deleted, when id and uid match. */
static int mark_deleted(struct store *st, const char *table, int64_t id, int64_t uid,
                        struct tend_err *err)
{
	sqlite3_stmt *s;
	int rc = store_deleted_stmt(st, table, id, uid, true, &s, err, "could not take it back");
	if (rc)
		return rc;
	if (store_begin(st, err))
		return err->code;
	rc = store_run(st, s, err, "could not take it back");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "it was changed or deleted elsewhere");
	return store_finish(st, rc, err);
}

int store_objective_delete(struct store *st, int64_t id, int64_t uid,
                           struct tend_err *err)
{
	return mark_deleted(st, "objective", id, uid, err);
}

int store_objective_origin_delete(struct store *st, int64_t id, int64_t uid,
                                  struct tend_err *err)
{
	return mark_deleted(st, "objective_origin", id, uid, err);
}

int store_objective_origin_add(struct store *st, int origin, tend_day day, int64_t *id,
                               int64_t *uid, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO objective_origin (uid, day, origin, "
	                             "created_at, rev) VALUES (:uid, :day, :origin, "
	                             ":created_at, 1)", err);
	if (!s)
		return TEND_E_RUNTIME;
	int64_t u = store_uid_new();
	if (!store_bind_int64(s, ":uid", u) || !store_bind_day(s, ":day", day) ||
	    !store_bind_int64(s, ":origin", origin) ||
	    !store_bind_int64(s, ":created_at", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the origin");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the origin");
	if (rc == TEND_OK && id)
		*id = sqlite3_last_insert_rowid(st->db);
	if (rc == TEND_OK && uid)
		*uid = u;
	return store_finish(st, rc, err);
}

int store_objective_origin_get(struct store *st, int *origin, tend_day *day,
                               int64_t *id, int64_t *uid, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT origin, day, id, uid FROM objective_origin "
	                             "WHERE deleted_at IS NULL ORDER BY created_at DESC, "
	                             "id DESC LIMIT 1", err);
	if (!s)
		return TEND_E_RUNTIME;
	*origin = 0;
	*day = DAY_INVALID;
	*id = *uid = 0;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		const char *d = (const char *)sqlite3_column_text(s, 1);
		*origin = sqlite3_column_int(s, 0);
		if (!d || !day_parse(d, day))
			*day = DAY_INVALID;
		*id = sqlite3_column_int64(s, 2);
		*uid = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the origin");
	return TEND_OK;
}

int store_objective_origins(struct store *st, struct objective_origin_note **out,
                            size_t *n, struct tend_err *err)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *s = store_stmt(st, "SELECT id, day, origin, created_at FROM "
	                             "objective_origin WHERE deleted_at IS NULL "
	                             "ORDER BY created_at, id", err);
	if (!s)
		return TEND_E_RUNTIME;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 4;
			struct objective_origin_note *v = realloc(*out, cap * sizeof *v);
			if (!v) {
				sqlite3_reset(s);
				return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
			}
			*out = v;
		}
		struct objective_origin_note *o = &(*out)[(*n)++];
		const char *d = (const char *)sqlite3_column_text(s, 1);
		o->id = sqlite3_column_int64(s, 0);
		if (!d || !day_parse(d, &o->day))
			o->day = DAY_INVALID;
		o->origin = sqlite3_column_int(s, 2);
		o->created_at = sqlite3_column_int64(s, 3);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the origin");
	return TEND_OK;
}
