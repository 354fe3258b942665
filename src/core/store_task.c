/* store_task: the shared load's tables (task, task_owner, task_list,
 * task_review). The rules (how many jobs, names, the review's month) are
 * in task.c; this file only reads and writes, with bound parameters. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"

#define TASK_COLS "id, uid, rev, created_at, name, owner, done, cadence, day"

/* The schema that made these tables. */
enum { TASK_SCHEMA = 6 };

/* A database from before the shared load, opened read-only (so not brought
 * up to date), has no jobs: reading it finds none. -1 on error. */
static int tables_missing(struct store *st, struct tend_err *err)
{
	int v = store_schema_version(st, err);
	return v < 0 ? -1 : v < TASK_SCHEMA;
}

void store_task_clear(struct store_task *t)
{
	if (!t)
		return;
	free(t->name);
	free(t->done);
	free(t->cadence);
	memset(t, 0, sizeof *t);
}

void store_task_list_free(struct store_task_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		store_task_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void store_task_events_free(struct store_task_events *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	memset(l, 0, sizeof *l);
}

static char *col_dup(sqlite3_stmt *s, int i)
{
	const char *v = (const char *)sqlite3_column_text(s, i);
	return strdup(v ? v : "");
}

static int damaged_day(struct store *st, const char *what, struct tend_err *err)
{
	return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged (%s has a bad day)",
	               st->path, what);
}

/* A day column; false when it is not a day. */
static bool col_day(sqlite3_stmt *s, int i, tend_day *out)
{
	const char *v = (const char *)sqlite3_column_text(s, i);
	return v && day_parse(v, out);
}

/* Read a TASK_COLS row into t (which owns its text). */
static int task_read(struct store *st, sqlite3_stmt *s, struct store_task *t,
                     struct tend_err *err)
{
	memset(t, 0, sizeof *t);
	t->id = sqlite3_column_int64(s, 0);
	t->uid = sqlite3_column_int64(s, 1);
	t->rev = sqlite3_column_int64(s, 2);
	t->created_at = sqlite3_column_int64(s, 3);
	t->name = col_dup(s, 4);
	t->owner = sqlite3_column_int(s, 5);
	t->done = col_dup(s, 6);
	t->cadence = col_dup(s, 7);
	if (!t->name || !t->done || !t->cadence) {
		store_task_clear(t);
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	}
	if (!col_day(s, 8, &t->day)) {
		store_task_clear(t);
		return damaged_day(st, "a job", err);
	}
	return TEND_OK;
}

static int task_list_read(struct store *st, struct store_task_list *out,
                          struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT " TASK_COLS " FROM task WHERE "
	                             "deleted_at IS NULL ORDER BY owner, day, id", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (out->n == out->cap) {
			size_t cap = out->cap ? out->cap * 2 : 16;
			struct store_task *v = realloc(out->v, cap * sizeof *v);
			if (!v) {
				status = err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
				break;
			}
			out->v = v;
			out->cap = cap;
		}
		status = task_read(st, s, &out->v[out->n], err);
		if (status == TEND_OK)
			out->n++;
	}
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the jobs");
	sqlite3_reset(s);
	return status;
}

int store_task_list(struct store *st, struct store_task_list *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	int missing = tables_missing(st, err);
	if (missing)
		return missing < 0 ? TEND_E_RUNTIME : TEND_OK;
	int rc = task_list_read(st, out, err);
	if (rc)
		store_task_list_free(out);
	return rc;
}

/* Inside a transaction: the core's check against the live jobs. */
static int task_check_live(struct store *st, const struct store_task *t,
                           store_task_check_fn check, struct tend_err *err)
{
	if (!check)
		return TEND_OK;
	struct store_task_list live = { 0 };
	int rc = task_list_read(st, &live, err);
	if (rc == TEND_OK)
		rc = check(&live, t, err);
	store_task_list_free(&live);
	return rc;
}

static int owner_row(struct store *st, int64_t task, int owner, tend_day day,
                     int64_t *row, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO task_owner (task, owner, day, "
	                             "created_at) VALUES (:task, :owner, :day, :now)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":task", task) || !store_bind_int64(s, ":owner", owner) ||
	    !store_bind_day(s, ":day", day) || !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the owner");
	if (store_run(st, s, err, "could not save the owner"))
		return TEND_E_RUNTIME;
	if (row)
		*row = sqlite3_last_insert_rowid(st->db);
	return TEND_OK;
}

/* Inside a transaction: the list starts on day unless it has a start. */
static int list_start(struct store *st, tend_day day, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT OR IGNORE INTO task_list (id, made) "
	                             "VALUES (1, :day)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":day", day))
		return store_fail(st, err, "could not save the list");
	return store_run(st, s, err, "could not save the list");
}

static int add_locked(struct store *st, struct store_task *t, store_task_check_fn check,
                      struct tend_err *err)
{
	if (task_check_live(st, t, check, err))
		return err->code;
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO task (uid, name, owner, done, "
	                             "cadence, day, created_at) VALUES (:uid, :name, "
	                             ":owner, :done, :cadence, :day, :created_at)", err);
	if (!s)
		return TEND_E_RUNTIME;
	t->uid = store_uid_new();
	if (t->created_at == 0)
		t->created_at = (int64_t)time(NULL);
	if (!store_bind_int64(s, ":uid", t->uid) || !store_bind_text(s, ":name", t->name) ||
	    !store_bind_int64(s, ":owner", t->owner) || !store_bind_text(s, ":done", t->done) ||
	    !store_bind_text(s, ":cadence", t->cadence) || !store_bind_day(s, ":day", t->day) ||
	    !store_bind_int64(s, ":created_at", t->created_at))
		return store_fail(st, err, "could not save the job");
	if (store_run(st, s, err, "could not save the job"))
		return TEND_E_RUNTIME;
	t->id = sqlite3_last_insert_rowid(st->db);
	t->rev = 1;
	if (owner_row(st, t->id, t->owner, t->day, NULL, err))
		return TEND_E_RUNTIME;
	return list_start(st, t->day, err);
}

int store_task_add(struct store *st, struct store_task *t, store_task_check_fn check,
                   struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, add_locked(st, t, check, err), err);
}

/* After an UPDATE of a job by id, uid and rev: the new rev, or a conflict. */
static int changed_one(struct store *st, struct store_task *t, struct tend_err *err)
{
	if (sqlite3_changes(st->db) == 0)
		return err_set(err, TEND_E_CONFLICT, "this job was changed or removed in "
		               "the meantime; nothing was saved");
	t->rev++;
	return TEND_OK;
}

static int update_locked(struct store *st, struct store_task *t, store_task_check_fn check,
                         struct tend_err *err)
{
	if (task_check_live(st, t, check, err))
		return err->code;
	sqlite3_stmt *s = store_stmt(st, "UPDATE task SET name = :name, done = :done, "
	                             "cadence = :cadence, rev = rev + 1 WHERE id = :id "
	                             "AND uid = :uid AND rev = :rev AND deleted_at IS NULL",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_text(s, ":name", t->name) || !store_bind_text(s, ":done", t->done) ||
	    !store_bind_text(s, ":cadence", t->cadence) || !store_bind_int64(s, ":id", t->id) ||
	    !store_bind_int64(s, ":uid", t->uid) || !store_bind_int64(s, ":rev", t->rev))
		return store_fail(st, err, "could not save the job");
	if (store_run(st, s, err, "could not save the job"))
		return TEND_E_RUNTIME;
	return changed_one(st, t, err);
}

int store_task_update(struct store *st, struct store_task *t, store_task_check_fn check,
                      struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, update_locked(st, t, check, err), err);
}

static int owner_update(struct store *st, struct store_task *t, int owner,
                        struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE task SET owner = :owner, rev = rev + 1 "
	                             "WHERE id = :id AND uid = :uid AND rev = :rev AND "
	                             "deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":owner", owner) || !store_bind_int64(s, ":id", t->id) ||
	    !store_bind_int64(s, ":uid", t->uid) || !store_bind_int64(s, ":rev", t->rev))
		return store_fail(st, err, "could not save the owner");
	if (store_run(st, s, err, "could not save the owner"))
		return TEND_E_RUNTIME;
	if (changed_one(st, t, err))
		return TEND_E_CONFLICT;
	t->owner = owner;
	return TEND_OK;
}

int store_task_set_owner(struct store *st, struct store_task *t, int owner, tend_day day,
                         int64_t *change, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	int rc = owner_update(st, t, owner, err);
	if (rc == TEND_OK)
		rc = owner_row(st, t->id, owner, day, change, err);
	return store_finish(st, rc, err);
}

int store_task_owner_undo(struct store *st, struct store_task *t, int owner,
                          int64_t change, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	int rc = owner_update(st, t, owner, err);
	sqlite3_stmt *s = rc ? NULL : store_stmt(st, "DELETE FROM task_owner WHERE "
	                                         "id = :id AND task = :task", err);
	if (rc == TEND_OK && !s)
		rc = TEND_E_RUNTIME;
	if (rc == TEND_OK && (!store_bind_int64(s, ":id", change) ||
	                      !store_bind_int64(s, ":task", t->id)))
		rc = store_fail(st, err, "could not take back the owner");
	if (rc == TEND_OK)
		rc = store_run(st, s, err, "could not take back the owner");
	return store_finish(st, rc, err);
}

/* Inside a transaction: the list keeps its start only while it has jobs. */
static int list_settle(struct store *st, tend_day day, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM task_list WHERE NOT EXISTS "
	                             "(SELECT 1 FROM task WHERE deleted_at IS NULL)", err);
	if (!s || store_run(st, s, err, "could not save the list"))
		return TEND_E_RUNTIME;
	return day == DAY_INVALID ? TEND_OK : list_start(st, day, err);
}

static int deleted_locked(struct store *st, int64_t id, int64_t uid, bool deleted,
                          struct tend_err *err)
{
	sqlite3_stmt *s;
	int rc = store_deleted_stmt(st, "task", id, uid, deleted, &s, err,
	                            "could not remove the job");
	if (rc)
		return rc;
	if (store_run(st, s, err, "could not remove the job"))
		return TEND_E_RUNTIME;
	if (sqlite3_changes(st->db) == 0)
		return err_set(err, TEND_E_CONFLICT, "this job was changed or removed in "
		               "the meantime; nothing was saved");
	tend_day day = DAY_INVALID;
	if (!deleted) {
		sqlite3_stmt *q = store_stmt(st, "SELECT day FROM task WHERE id = :id", err);
		if (!q || !store_bind_int64(q, ":id", id))
			return q ? store_fail(st, err, "could not read the job") : TEND_E_RUNTIME;
		bool ok = sqlite3_step(q) == SQLITE_ROW && col_day(q, 0, &day);
		sqlite3_reset(q);
		if (!ok)
			return damaged_day(st, "a job", err);
	}
	return list_settle(st, day, err);
}

int store_task_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, deleted_locked(st, id, uid, true, err), err);
}

int store_task_undelete(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, deleted_locked(st, id, uid, false, err), err);
}

int store_task_state(struct store *st, struct store_task_state *out, struct tend_err *err)
{
	*out = (struct store_task_state){ .made = DAY_INVALID, .reviewed = DAY_INVALID };
	int missing = tables_missing(st, err);
	if (missing)
		return missing < 0 ? TEND_E_RUNTIME : TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT made FROM task_list WHERE id = 1", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW && !col_day(s, 0, &out->made))
		status = damaged_day(st, "the list of jobs", err);
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the list of jobs");
	sqlite3_reset(s);
	if (status)
		return status;
	/* Through the index: the latest day, then the latest review of it. */
	s = store_stmt(st, "SELECT day, id, uid FROM task_review WHERE deleted_at IS NULL "
	               "AND day = (SELECT MAX(day) FROM task_review WHERE deleted_at IS NULL) "
	               "ORDER BY id DESC LIMIT 1", err);
	if (!s)
		return TEND_E_RUNTIME;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		if (!col_day(s, 0, &out->reviewed))
			status = damaged_day(st, "a review", err);
		out->review_id = sqlite3_column_int64(s, 1);
		out->review_uid = sqlite3_column_int64(s, 2);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the reviews");
	}
	sqlite3_reset(s);
	return status;
}

int store_task_review_add(struct store *st, tend_day day, int64_t *id, int64_t *uid,
                          struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO task_review (uid, day, created_at) "
	                             "VALUES (:uid, :day, :now)", err);
	if (!s)
		return TEND_E_RUNTIME;
	*uid = store_uid_new();
	if (!store_bind_int64(s, ":uid", *uid) || !store_bind_day(s, ":day", day) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the review");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the review");
	*id = sqlite3_last_insert_rowid(st->db);
	return store_finish(st, rc, err);
}

int store_task_review_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE task_review SET deleted_at = :now, "
	                             "rev = rev + 1 WHERE id = :id AND uid = :uid AND "
	                             "deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !store_bind_int64(s, ":uid", uid) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not take back the review");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not take back the review");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "this review was taken back in the meantime");
	return store_finish(st, rc, err);
}

static int event_add(struct store *st, struct store_task_events *out, sqlite3_stmt *s,
                     int type, struct tend_err *err)
{
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 16;
		struct store_task_event *v = realloc(out->v, cap * sizeof *v);
		if (!v)
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		out->v = v;
		out->cap = cap;
	}
	struct store_task_event *e = &out->v[out->n];
	memset(e, 0, sizeof *e);
	e->type = type;
	if (!col_day(s, 0, &e->day))
		return damaged_day(st, type == STORE_TASK_OWNER ? "an owner" : "a review", err);
	e->created_at = sqlite3_column_int64(s, 1);
	if (type == STORE_TASK_OWNER) {
		e->task = sqlite3_column_int64(s, 2);
		e->owner = sqlite3_column_int(s, 3);
		e->first = sqlite3_column_int(s, 4) != 0;
		if (!(e->name = col_dup(s, 5)))
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	}
	out->n++;
	return TEND_OK;
}

static int events_read(struct store *st, struct store_task_events *out, int type,
                       const char *sql, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, sql, err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
		status = event_add(st, out, s, type, err);
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the history of the jobs");
	sqlite3_reset(s);
	return status;
}

static int event_cmp(const void *a, const void *b)
{
	const struct store_task_event *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->created_at != y->created_at)
		return x->created_at < y->created_at ? -1 : 1;
	return x->type - y->type;
}

int store_task_history(struct store *st, struct store_task_events *out,
                       struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	int missing = tables_missing(st, err);
	if (missing)
		return missing < 0 ? TEND_E_RUNTIME : TEND_OK;
	int rc = events_read(st, out, STORE_TASK_OWNER,
	                     "SELECT h.day, h.created_at, h.task, h.owner, h.id = "
	                     "(SELECT MIN(id) FROM task_owner WHERE task = h.task), t.name "
	                     "FROM task_owner h JOIN task t ON t.id = h.task "
	                     "WHERE t.deleted_at IS NULL ORDER BY h.id", err);
	if (rc == TEND_OK)
		rc = events_read(st, out, STORE_TASK_REVIEW,
		                 "SELECT day, created_at FROM task_review WHERE "
		                 "deleted_at IS NULL ORDER BY id", err);
	if (rc) {
		store_task_events_free(out);
		return rc;
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, event_cmp);
	return TEND_OK;
}

int store_task_erase(struct store *st, bool review, int64_t id, int64_t uid,
                     struct tend_err *err)
{
	return store_purge_record(st, review ? "task_review" : "task", id, uid, err);
}

int store_task_forget(struct store *st, struct tend_err *err)
{
	static const char *const sql[] = {
		"DELETE FROM task_owner", "DELETE FROM task", "DELETE FROM task_review",
		"DELETE FROM task_list",
	};
	for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], err);
		if (!s || store_run(st, s, err, "could not erase the jobs"))
			return TEND_E_RUNTIME;
	}
	return TEND_OK;
}
