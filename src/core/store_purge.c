/* store_purge: erasing deleted entries for good. Deleting only marks an
 * entry (so that undo can bring it back); purging removes the row with
 * secure_delete on, empties the WAL of it, and deletes it from the
 * automatic backups too (store_scrub.c). */
#include <stdlib.h>
#include <string.h>

#include "store_priv.h"

/* A list of the entries a purge erases, to erase them from the backups. */
struct gone_list {
	struct store_gone *v;
	size_t n, cap;
};

/* Inside the purge's transaction: add the deleted entries of kind that the
 * statement s (bound, selecting id, uid, created_at, partner) finds. */
static int gone_collect(struct store *st, sqlite3_stmt *s, enum entry_kind kind,
                        const char *table, struct gone_list *l, struct tend_err *err)
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

/* The practices' own tables with undoable deletes (deleted_at): erased
 * with the entries. Each practice adds its table. */
static const char *const practice_tables[] = {
	"pause",
	"review_answer",
	"talk",
	"objective",
	"objective_origin",
	"open_window",
	NULL,
};

/* The body of store_purge_deleted, run inside its transaction. */
static int purge_locked(struct store *st, int64_t before, struct gone_list *gone,
                        struct tend_err *err)
{
	for (int k = 0; k < ENTRY_KIND_COUNT; k++) {
		sqlite3_stmt *q = store_kind_stmt(st, err, "SELECT id, uid, created_at, "
		                                  "partner FROM %s WHERE deleted_at IS NOT "
		                                  "NULL AND deleted_at < :before",
		                                  store_kind_of(k)->table);
		if (!q)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(q, ":before", before))
			return store_fail(st, err, "could not erase deleted entries");
		if (gone_collect(st, q, (enum entry_kind)k, NULL, gone, err))
			return TEND_E_RUNTIME;
		sqlite3_stmt *s = store_kind_stmt(st, err, "DELETE FROM %s WHERE "
		                                  "deleted_at IS NOT NULL AND "
		                                  "deleted_at < :before",
		                                  store_kind_of(k)->table);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":before", before))
			return store_fail(st, err, "could not erase deleted entries");
		if (store_run(st, s, err, "could not erase deleted entries"))
			return TEND_E_RUNTIME;
	}
	for (const char *const *t = practice_tables; *t; t++) {
		/* Found again in the automatic backups by id and uid. */
		sqlite3_stmt *q = store_kind_stmt(st, err, "SELECT id, uid, created_at, 0 "
		                                  "FROM %s WHERE deleted_at IS NOT NULL AND "
		                                  "deleted_at < :before", *t);
		if (!q)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(q, ":before", before))
			return store_fail(st, err, "could not erase deleted records");
		if (gone_collect(st, q, ENTRY_CHECKIN, *t, gone, err))
			return TEND_E_RUNTIME;
		sqlite3_stmt *s = store_kind_stmt(st, err, "DELETE FROM %s WHERE "
		                                  "deleted_at IS NOT NULL AND "
		                                  "deleted_at < :before", *t);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":before", before))
			return store_fail(st, err, "could not erase deleted records");
		if (store_run(st, s, err, "could not erase deleted records"))
			return TEND_E_RUNTIME;
	}
	return store_ritual_purge(st, before, err);
}

/* Whether any entry was deleted before the time: when none was, purging
 * needs no write lock (it runs as every command closes the store). */
static int purge_needed(struct store *st, int64_t before, bool *needed,
                        struct tend_err *err)
{
	*needed = false;
	for (int k = 0; k < ENTRY_KIND_COUNT && !*needed; k++) {
		sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT 1 FROM %s WHERE "
		                                  "deleted_at IS NOT NULL AND "
		                                  "deleted_at < :before LIMIT 1",
		                                  store_kind_of(k)->table);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":before", before))
			return store_fail(st, err, "could not erase deleted entries");
		int rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc == SQLITE_ROW)
			*needed = true;
		else if (rc != SQLITE_DONE)
			return store_fail(st, err, "could not erase deleted entries");
	}
	for (const char *const *t = practice_tables; *t && !*needed; t++) {
		sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT 1 FROM %s WHERE "
		                                  "deleted_at IS NOT NULL AND "
		                                  "deleted_at < :before LIMIT 1", *t);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_int64(s, ":before", before))
			return store_fail(st, err, "could not erase deleted records");
		int rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc == SQLITE_ROW)
			*needed = true;
		else if (rc != SQLITE_DONE)
			return store_fail(st, err, "could not erase deleted records");
	}
	int rc = TEND_OK;
	if (!*needed)
		*needed = store_ritual_purge_needed(st, before, err, &rc);
	return rc;
}

int store_purge_deleted(struct store *st, int64_t before, struct tend_err *err)
{
	bool needed;
	if (store_task_purge(st, before, err))
		return err->code;
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
	/* Copy the overwritten pages home and empty the WAL, so the erased text
	 * is not left in it; another reader may keep it from finishing, which
	 * the next checkpoint repairs. */
	sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	int rc = store_scrub_backups(st, gone.v, gone.n, err);
	free(gone.v);
	return rc;
}

/* The body of store_purge_entry, run inside its transaction. */
static int purge_one_locked(struct store *st, const struct entry *e,
                            struct gone_list *gone, struct tend_err *err)
{
	sqlite3_stmt *q = store_kind_stmt(st, err, "SELECT id, uid, created_at, partner "
	                                  "FROM %s WHERE id = :id AND uid = :uid AND "
	                                  "deleted_at IS NOT NULL",
	                                  store_kind_of(e->kind)->table);
	if (!q)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(q, ":id", e->id) || !store_bind_int64(q, ":uid", e->uid))
		return store_fail(st, err, "could not erase the entry");
	if (gone_collect(st, q, e->kind, NULL, gone, err))
		return TEND_E_RUNTIME;
	sqlite3_stmt *s = store_kind_stmt(st, err, "DELETE FROM %s WHERE id = :id "
	                                  "AND uid = :uid AND deleted_at IS NOT NULL",
	                                  store_kind_of(e->kind)->table);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", e->id) || !store_bind_int64(s, ":uid", e->uid))
		return store_fail(st, err, "could not erase the entry");
	return store_run(st, s, err, "could not erase the entry") ? TEND_E_RUNTIME : TEND_OK;
}

int store_purge_entry(struct store *st, const struct entry *e, struct tend_err *err)
{
	if ((unsigned)e->kind >= ENTRY_KIND_COUNT)
		return err_set(err, TEND_E_USAGE, "%s: no such kind of entry", st->path);
	if (store_begin(st, err))
		return err->code;
	struct gone_list gone = { 0 };
	if (store_finish(st, purge_one_locked(st, e, &gone, err), err)) {
		free(gone.v);
		return TEND_E_RUNTIME;
	}
	/* As for store_purge_deleted: the erased text must leave the WAL, and
	 * the automatic backups, too. */
	sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	int rc = store_scrub_backups(st, gone.v, gone.n, err);
	free(gone.v);
	return rc;
}
