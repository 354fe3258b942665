/* store_purge: erasing deleted entries and records for good. Deleting only
 * marks one (so that undo can bring it back); purging removes the row and
 * the rows that hang on it with secure_delete on, empties the WAL of them,
 * and deletes them from the automatic backups too (store_scrub.c), the
 * same way for every kind of entry and every practice's table. */
#include <stdlib.h>
#include <string.h>

#include "store_priv.h"

/* The tables whose records are deleted with an undo (deleted_at) and
 * erased later, with the tables whose rows name one of their records
 * (those go with it). Each practice adds its line; an entry kind's table
 * (store.c) has one only when something hangs on its entries. */
static const struct store_purged purged_tables[] = {
	{ "touch", { { "touch_detail", "touch_uid", "uid" },
	             { "touch_invite", "touch_uid", "uid" } } }, /* touchmore */
	{ "objective", { { NULL, NULL, NULL } } },
	{ "objective_origin", { { NULL, NULL, NULL } } },
	{ "talk", { { NULL, NULL, NULL } } },
	{ "task", { { "task_owner", "task", "id" } } },
	{ "task_review", { { NULL, NULL, NULL } } },
	{ "ritual", { { "ritual_day", "ritual", "id" }, { "ritual_pause", "ritual", "id" } } },
	{ "review_answer", { { NULL, NULL, NULL } } },
	{ "pause", { { NULL, NULL, NULL } } },
	{ "touch_guideline", { { NULL, NULL, NULL } } },
	{ "open_window", { { NULL, NULL, NULL } } }, /* windows */
};
enum { PURGED_COUNT = sizeof purged_tables / sizeof *purged_tables };

const struct store_purged *store_purged_find(const char *table)
{
	for (size_t i = 0; i < PURGED_COUNT; i++)
		if (strcmp(purged_tables[i].table, table) == 0)
			return &purged_tables[i];
	return NULL;
}

/* Whether table is an entry kind's: its entries are purged by kind (they
 * have a partner, and copies older than uids), its line above only says
 * what hangs on them. */
static bool entry_table(const char *table)
{
	for (int k = 0; k < ENTRY_KIND_COUNT; k++)
		if (strcmp(store_kind_of((enum entry_kind)k)->table, table) == 0)
			return true;
	return false;
}

/* The line saying what hangs on the records purged: p itself, or the entry
 * kind's (NULL when nothing hangs on its entries). */
static const struct store_purged *hanging_on(const struct store_purged *p,
                                             enum entry_kind kind)
{
	return p ? p : store_purged_find(store_kind_of(kind)->table);
}

/* A list of the records a purge erases, to erase them from the backups. */
struct gone_list {
	struct store_gone *v;
	size_t n, cap;
};

/* Inside the purge's transaction: add what the statement s (bound,
 * selecting id, uid, created_at, partner) finds, of an entry's kind or of
 * a practice's table. */
static int gone_collect(struct store *st, sqlite3_stmt *s, enum entry_kind kind,
                        const struct store_purged *table, struct gone_list *l,
                        struct tend_err *err)
{
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (l->n == l->cap) {
			size_t cap = l->cap ? l->cap * 2 : 16;
			struct store_gone *v = realloc(l->v, cap * sizeof *v);
			if (!v) {
				sqlite3_reset(s);
				return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
			}
			l->v = v;
			l->cap = cap;
		}
		l->v[l->n++] = (struct store_gone){ .kind = kind,
		                                    .id = sqlite3_column_int64(s, 0),
		                                    .uid = sqlite3_column_int64(s, 1),
		                                    .created_at = sqlite3_column_int64(s, 2),
		                                    .partner = sqlite3_column_int(s, 3),
		                                    .table = table };
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? TEND_OK
	       : store_fail(st, err, "could not erase deleted entries");
}

/* Run s (NULL: it could not be prepared) with :before bound. */
static int run_before(struct store *st, sqlite3_stmt *s, int64_t before,
                      struct tend_err *err)
{
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":before", before))
		return store_fail(st, err, "could not erase deleted entries");
	return store_run(st, s, err, "could not erase deleted entries") ? TEND_E_RUNTIME
	                                                                 : TEND_OK;
}

/* Run s (NULL: it could not be prepared) with :id and :uid bound. */
static int run_record(struct store *st, sqlite3_stmt *s, int64_t id, int64_t uid,
                      struct tend_err *err)
{
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !store_bind_int64(s, ":uid", uid))
		return store_fail(st, err, "could not erase the entry");
	return store_run(st, s, err, "could not erase the entry") ? TEND_E_RUNTIME : TEND_OK;
}

#define DELETED "deleted_at IS NOT NULL AND deleted_at < :before"

/* Erase the records of one table deleted before the time, the rows that
 * hang on them first (while the records still say they were deleted). */
static int purge_table(struct store *st, int64_t before, enum entry_kind kind,
                       const struct store_purged *p, struct gone_list *gone,
                       struct tend_err *err)
{
	const char *table = p ? p->table : store_kind_of(kind)->table;
	sqlite3_stmt *q = store_kind_stmt(st, err, "SELECT id, uid, created_at, %s FROM %s "
	                                  "WHERE " DELETED, p ? "0" : "partner", table);
	if (!q)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(q, ":before", before))
		return store_fail(st, err, "could not erase deleted entries");
	if (gone_collect(st, q, kind, p, gone, err))
		return TEND_E_RUNTIME;
	const struct store_purged *hp = hanging_on(p, kind);
	for (size_t h = 0; hp && h < STORE_HANGING_MAX && hp->hang[h].table; h++)
		if (run_before(st, store_kind_stmt(st, err, "DELETE FROM %s WHERE %s IN (SELECT "
		                                   "%s FROM %s WHERE " DELETED ")",
		                                   hp->hang[h].table, hp->hang[h].key,
		                                   hp->hang[h].parent, table),
		               before, err))
			return TEND_E_RUNTIME;
	return run_before(st, store_kind_stmt(st, err, "DELETE FROM %s WHERE " DELETED, table),
	                  before, err);
}

/* The body of store_purge_deleted, run inside its transaction. */
static int purge_locked(struct store *st, int64_t before, struct gone_list *gone,
                        struct tend_err *err)
{
	for (int k = 0; k < ENTRY_KIND_COUNT; k++)
		if (purge_table(st, before, (enum entry_kind)k, NULL, gone, err))
			return TEND_E_RUNTIME;
	for (size_t i = 0; i < PURGED_COUNT; i++)
		if (!entry_table(purged_tables[i].table) &&
		    purge_table(st, before, ENTRY_CHECKIN, &purged_tables[i], gone, err))
			return TEND_E_RUNTIME;
	return TEND_OK;
}

/* Whether table has a record deleted before the time. */
static int deleted_in(struct store *st, const char *table, int64_t before, bool *found,
                      struct tend_err *err)
{
	sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT 1 FROM %s WHERE " DELETED
	                                  " LIMIT 1", table);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":before", before))
		return store_fail(st, err, "could not erase deleted entries");
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not erase deleted entries");
	*found = rc == SQLITE_ROW;
	return TEND_OK;
}

/* Whether anything was deleted before the time: when nothing was, purging
 * needs no write lock (it runs as every command closes the store). */
static int purge_needed(struct store *st, int64_t before, bool *needed,
                        struct tend_err *err)
{
	*needed = false;
	for (int k = 0; k < ENTRY_KIND_COUNT && !*needed; k++)
		if (deleted_in(st, store_kind_of(k)->table, before, needed, err))
			return TEND_E_RUNTIME;
	for (size_t i = 0; i < PURGED_COUNT && !*needed; i++)
		if (!entry_table(purged_tables[i].table) &&
		    deleted_in(st, purged_tables[i].table, before, needed, err))
			return TEND_E_RUNTIME;
	return TEND_OK;
}

/* After a purge's transaction: the erased text must leave the WAL (copy
 * the overwritten pages home and empty it; another reader may keep it from
 * finishing, which the next checkpoint repairs), and the backups too. */
static int purge_after(struct store *st, struct gone_list *gone, struct tend_err *err)
{
	sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	int rc = store_scrub_backups(st, gone->v, gone->n, err);
	free(gone->v);
	return rc;
}

int store_purge_deleted(struct store *st, int64_t before, struct tend_err *err)
{
	bool needed;
	if (purge_needed(st, before, &needed, err))
		return TEND_E_RUNTIME;
	if (!needed)
		return TEND_OK;
	if (store_begin(st, err))
		return err->code;
	struct gone_list gone = { 0 };
	if (store_finish(st, purge_locked(st, before, &gone, err), err)) {
		free(gone.v);
		return TEND_E_RUNTIME;
	}
	return purge_after(st, &gone, err);
}

/* The body of store_purge_record: one deleted record of table (an entry
 * kind's when p is NULL) with what hangs on it. */
static int purge_one_locked(struct store *st, enum entry_kind kind,
                            const struct store_purged *p, int64_t id, int64_t uid,
                            struct gone_list *gone, struct tend_err *err)
{
	const char *table = p ? p->table : store_kind_of(kind)->table;
	sqlite3_stmt *q = store_kind_stmt(st, err, "SELECT id, uid, created_at, %s FROM %s "
	                                  "WHERE id = :id AND uid = :uid AND "
	                                  "deleted_at IS NOT NULL", p ? "0" : "partner", table);
	if (!q)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(q, ":id", id) || !store_bind_int64(q, ":uid", uid))
		return store_fail(st, err, "could not erase the entry");
	if (gone_collect(st, q, kind, p, gone, err))
		return TEND_E_RUNTIME;
	/* A record brought back by undo in between is live: nothing to erase. */
	if (gone->n == 0)
		return TEND_OK;
	/* The hanging rows name the record by its id or its uid: :id or :uid. */
	const struct store_purged *hp = hanging_on(p, kind);
	for (size_t h = 0; hp && h < STORE_HANGING_MAX && hp->hang[h].table; h++)
		if (run_record(st, store_kind_stmt(st, err, "DELETE FROM %s WHERE %s = :%s",
		                                   hp->hang[h].table, hp->hang[h].key,
		                                   hp->hang[h].parent),
		               id, uid, err))
			return TEND_E_RUNTIME;
	return run_record(st, store_kind_stmt(st, err, "DELETE FROM %s WHERE id = :id AND "
	                                      "uid = :uid", table), id, uid, err);
}

static int purge_one(struct store *st, enum entry_kind kind, const struct store_purged *p,
                     int64_t id, int64_t uid, struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	struct gone_list gone = { 0 };
	if (store_finish(st, purge_one_locked(st, kind, p, id, uid, &gone, err), err)) {
		free(gone.v);
		return TEND_E_RUNTIME;
	}
	if (gone.n == 0)
		return TEND_OK;
	return purge_after(st, &gone, err);
}

int store_purge_entry(struct store *st, const struct entry *e, struct tend_err *err)
{
	if ((unsigned)e->kind >= ENTRY_KIND_COUNT)
		return err_set(err, TEND_E_USAGE, "%s: no such kind of entry", st->path);
	return purge_one(st, e->kind, NULL, e->id, e->uid, err);
}

int store_purge_record(struct store *st, const char *table, int64_t id, int64_t uid,
                       struct tend_err *err)
{
	const struct store_purged *p = store_purged_find(table);
	if (!p || entry_table(table))
		return err_set(err, TEND_E_USAGE, "%s: no such table of records: %s", st->path,
		               table);
	return purge_one(st, ENTRY_CHECKIN, p, id, uid, err);
}
