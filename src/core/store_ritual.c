/* store_ritual: the rituals of connection in their own tables (ritual,
 * ritual_pause, ritual_day). Only what is stored; the rules (which days a
 * ritual falls on, what may be marked) are in ritual.c. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"

void store_rituals_free(struct store_rituals *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].name);
	for (size_t i = 0; i < r->n_pauses; i++)
		free(r->pauses[i].reason);
	free(r->v);
	free(r->pauses);
	free(r->marks);
	memset(r, 0, sizeof *r);
}

/* Room for one more element of size in *v, which holds n: the capacity
 * is 8, then doubles, so it grows when n is 0 or a power of two from 8. */
static bool grow(void **v, size_t n, size_t size)
{
	if (n != 0 && (n < 8 || (n & (n - 1))))
		return true;
	void *nv = realloc(*v, (n ? n * 2 : 8) * size);
	if (!nv)
		return false;
	*v = nv;
	return true;
}

static int load_rituals(struct store *st, struct store_rituals *out, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, uid, rev, name, days, at, since, "
	                             "created_at FROM ritual WHERE deleted_at IS NULL "
	                             "ORDER BY id", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc;
	bool oom = false;
	while (!oom && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (!grow((void **)&out->v, out->n, sizeof *out->v)) {
			oom = true;
			break;
		}
		struct store_ritual *r = &out->v[out->n];
		r->id = sqlite3_column_int64(s, 0);
		r->uid = sqlite3_column_int64(s, 1);
		r->rev = sqlite3_column_int64(s, 2);
		r->name = store_column_dup(s, 3, &oom);
		r->days = (unsigned)sqlite3_column_int(s, 4) & 127u;
		r->at = sqlite3_column_type(s, 5) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 5);
		r->since = store_column_day(s, 6);
		r->created_at = sqlite3_column_int64(s, 7);
		if (!r->name && !oom)
			r->name = strdup("");
		if (!r->name)
			oom = true;
		else
			out->n++;
	}
	sqlite3_reset(s);
	if (oom)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	return rc == SQLITE_DONE ? TEND_OK : store_fail(st, err, "could not read the rituals");
}

/* The pauses that reach into from..to, and every one still running. */
static int load_pauses(struct store *st, tend_day from, tend_day to,
                       struct store_rituals *out, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT p.id, p.ritual, p.from_day, p.to_day, "
	                             "p.reason, p.created_at FROM ritual r JOIN ritual_pause p "
	                             "ON p.ritual = r.id WHERE r.deleted_at IS NULL AND "
	                             "(p.to_day IS NULL OR (p.to_day > :from AND "
	                             "p.from_day <= :to)) ORDER BY p.ritual, p.from_day, p.id",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":from", from) || !store_bind_day(s, ":to", to))
		return store_fail(st, err, "could not read the rituals");
	int rc;
	bool oom = false;
	while (!oom && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (!grow((void **)&out->pauses, out->n_pauses, sizeof *out->pauses)) {
			oom = true;
			break;
		}
		struct store_ritual_pause *p = &out->pauses[out->n_pauses++];
		p->id = sqlite3_column_int64(s, 0);
		p->ritual = sqlite3_column_int64(s, 1);
		p->from = store_column_day(s, 2);
		p->to = store_column_day(s, 3);
		p->reason = store_column_dup(s, 4, &oom);
		p->created_at = sqlite3_column_int64(s, 5);
	}
	sqlite3_reset(s);
	if (oom)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	return rc == SQLITE_DONE ? TEND_OK : store_fail(st, err, "could not read the rituals");
}

static int load_marks(struct store *st, tend_day from, tend_day to,
                      struct store_rituals *out, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT d.ritual, d.day, d.created_at FROM "
	                             "ritual_day d JOIN ritual r ON r.id = d.ritual "
	                             "WHERE r.deleted_at IS NULL AND d.day BETWEEN :from "
	                             "AND :to ORDER BY d.ritual, d.day", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":from", from) || !store_bind_day(s, ":to", to))
		return store_fail(st, err, "could not read the rituals");
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (!grow((void **)&out->marks, out->n_marks, sizeof *out->marks)) {
			sqlite3_reset(s);
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		}
		struct store_ritual_mark *m = &out->marks[out->n_marks++];
		m->ritual = sqlite3_column_int64(s, 0);
		m->day = store_column_day(s, 1);
		m->created_at = sqlite3_column_int64(s, 2);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? TEND_OK : store_fail(st, err, "could not read the rituals");
}

int store_ritual_load(struct store *st, tend_day from, tend_day to,
                      struct store_rituals *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	int rc = load_rituals(st, out, err);
	if (!rc)
		rc = load_pauses(st, from, to, out, err);
	if (!rc)
		rc = load_marks(st, from, to, out, err);
	if (rc)
		store_rituals_free(out);
	return rc;
}

int store_ritual_add(struct store *st, struct store_ritual *r, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO ritual (name, days, at, since, "
	                             "created_at, uid) VALUES (:name, :days, :at, :since, "
	                             ":now, :uid)", err);
	if (!s)
		return TEND_E_RUNTIME;
	r->uid = store_uid_new();
	if (!r->created_at)
		r->created_at = (int64_t)time(NULL);
	if (!store_bind_text(s, ":name", r->name) ||
	    !store_bind_int64(s, ":days", (int64_t)r->days) ||
	    !(r->at >= 0 ? store_bind_int64(s, ":at", r->at) : store_bind_null(s, ":at")) ||
	    !store_bind_day(s, ":since", r->since) ||
	    !store_bind_int64(s, ":now", r->created_at) || !store_bind_int64(s, ":uid", r->uid))
		return store_fail(st, err, "could not save the ritual");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the ritual");
	if (!rc) {
		r->id = sqlite3_last_insert_rowid(st->db);
		r->rev = 1;
	}
	return store_finish(st, rc, err);
}

/* Run s (already bound) in a transaction of its own; TEND_E_CONFLICT, with
 * what, when it changed no row. */
static int change_one(struct store *st, sqlite3_stmt *s, const char *what,
                      struct tend_err *err)
{
	if (store_begin(st, err)) {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return err->code;
	}
	int rc = store_run(st, s, err, "could not save the ritual");
	if (!rc && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "%s", what);
	return store_finish(st, rc, err);
}

static int set_deleted(struct store *st, int64_t id, int64_t uid, bool deleted,
                       struct tend_err *err)
{
	sqlite3_stmt *s;
	int rc = store_deleted_stmt(st, "ritual", id, uid, deleted, &s, err,
	                            "could not save the ritual");
	if (rc)
		return rc;
	return change_one(st, s, "that ritual was changed elsewhere", err);
}

int store_ritual_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	return set_deleted(st, id, uid, true, err);
}

int store_ritual_undelete(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	return set_deleted(st, id, uid, false, err);
}

int store_ritual_mark(struct store *st, int64_t id, tend_day day, bool done,
                      bool *changed, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, done
	                             ? "INSERT OR IGNORE INTO ritual_day (ritual, day, created_at) "
	                               "SELECT id, :day, :now FROM ritual WHERE id = :id AND "
	                               "deleted_at IS NULL"
	                             : "DELETE FROM ritual_day WHERE ritual = :id AND day = :day",
	                             err);
	*changed = false;
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !store_bind_day(s, ":day", day) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the ritual");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the ritual");
	if (!rc)
		*changed = sqlite3_changes(st->db) > 0;
	return store_finish(st, rc, err);
}

int store_ritual_pause(struct store *st, int64_t id, tend_day day, const char *reason,
                       int64_t *pause_id, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO ritual_pause (ritual, from_day, "
	                             "reason, created_at) SELECT id, :day, :reason, :now "
	                             "FROM ritual WHERE id = :id AND deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !store_bind_day(s, ":day", day) ||
	    !(reason ? store_bind_text(s, ":reason", reason) : store_bind_null(s, ":reason")) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the ritual");
	int rc = change_one(st, s, "that ritual was removed elsewhere", err);
	if (!rc && pause_id)
		*pause_id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_ritual_resume(struct store *st, int64_t pause_id, tend_day to,
                        struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE ritual_pause SET to_day = :to "
	                             "WHERE id = :id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", pause_id) || !store_bind_day(s, ":to", to))
		return store_fail(st, err, "could not save the ritual");
	return change_one(st, s, "that pause was changed elsewhere", err);
}

int store_ritual_pause_drop(struct store *st, int64_t pause_id, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM ritual_pause WHERE id = :id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", pause_id))
		return store_fail(st, err, "could not save the ritual");
	return change_one(st, s, "that pause was changed elsewhere", err);
}

int store_ritual_erase(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	return store_purge_record(st, "ritual", id, uid, err);
}
