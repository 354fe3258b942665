/* store_wishes: the sealed wish-list records (table wish_seal, schema 15).
 * The store only moves sealed bytes; opening them is wishes_seal.c's. */
#include <string.h>
#include <time.h>

#include "store_priv.h"
#include "tend/seal_module.h"

static int64_t wish_uid(void)
{
	int64_t uid = 0;
	while (uid == 0)
		sqlite3_randomness(sizeof uid, &uid);
	return uid;
}

/* Whether the file has the table: an older file opened read-only was not
 * brought up to date, and simply holds no answers. */
static int wish_table(struct store *st, bool *has, struct tend_err *err)
{
	*has = true;
	if (!st->read_only)
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM sqlite_master WHERE type = 'table' "
	                             "AND name = 'wish_seal'", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the wish list");
	*has = rc == SQLITE_ROW;
	return TEND_OK;
}

/* Copy column c of s into out, which must be exactly n bytes long. */
static bool blob_take(sqlite3_stmt *s, int c, unsigned char *out, size_t n)
{
	const void *p = sqlite3_column_blob(s, c);
	if (!p || (size_t)sqlite3_column_bytes(s, c) != n)
		return false;
	memcpy(out, p, n);
	return true;
}

int store_wish_get(struct store *st, int partner, struct seal_box *out, bool *found,
                   struct tend_err *err)
{
	bool has;
	*found = false;
	if (wish_table(st, &has, err) != TEND_OK)
		return TEND_E_RUNTIME;
	if (!has)
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT alg, ops, mem, salt, nonce, keycheck, box "
	                             "FROM wish_seal WHERE partner = :partner", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":partner", partner))
		return store_fail(st, err, "could not read the wish list");
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		memset(out, 0, sizeof *out);
		out->alg = sqlite3_column_int(s, 0);
		out->ops = sqlite3_column_int64(s, 1);
		out->mem = sqlite3_column_int64(s, 2);
		/* A blob of the wrong size is a damaged record: marked by alg -1,
		 * which no sealing uses, so that opening says so. */
		if (!blob_take(s, 3, out->salt, sizeof out->salt) ||
		    !blob_take(s, 4, out->nonce, sizeof out->nonce) ||
		    !blob_take(s, 5, out->check, sizeof out->check) ||
		    !blob_take(s, 6, out->box, sizeof out->box))
			out->alg = -1;
		*found = true;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the wish list");
	return TEND_OK;
}

static bool bind_blob(sqlite3_stmt *s, const char *name, const void *p, size_t n)
{
	int i = sqlite3_bind_parameter_index(s, name);
	return i > 0 && sqlite3_bind_blob(s, i, p, (int)n, SQLITE_TRANSIENT) == SQLITE_OK;
}

static int put_locked(struct store *st, int partner, const struct seal_box *b,
                      struct tend_err *err)
{
	/* The row stays the same (its id and uid too), so that a backup's copy
	 * of it is found and erased with it later. */
	sqlite3_stmt *s = store_stmt(st, "INSERT OR IGNORE INTO wish_seal (uid, partner, alg, "
	                             "ops, mem, salt, nonce, keycheck, box, created_at) VALUES "
	                             "(:uid, :partner, 0, 0, 0, x'', x'', x'', x'', :now)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":uid", wish_uid()) || !store_bind_int64(s, ":partner", partner) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not seal the answers");
	if (store_run(st, s, err, "could not seal the answers"))
		return TEND_E_RUNTIME;
	s = store_stmt(st, "UPDATE wish_seal SET alg = :alg, ops = :ops, mem = :mem, "
	               "salt = :salt, nonce = :nonce, keycheck = :check, box = :box "
	               "WHERE partner = :partner", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":alg", b->alg) || !store_bind_int64(s, ":ops", b->ops) ||
	    !store_bind_int64(s, ":mem", b->mem) || !store_bind_int64(s, ":partner", partner) ||
	    !bind_blob(s, ":salt", b->salt, sizeof b->salt) ||
	    !bind_blob(s, ":nonce", b->nonce, sizeof b->nonce) ||
	    !bind_blob(s, ":check", b->check, sizeof b->check) ||
	    !bind_blob(s, ":box", b->box, sizeof b->box))
		return store_fail(st, err, "could not seal the answers");
	return store_run(st, s, err, "could not seal the answers");
}

int store_wish_put(struct store *st, int partner, const struct seal_box *b,
                   struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, put_locked(st, partner, b, err), err);
}

/* Read the row's id and uid, then delete it. */
static int erase_locked(struct store *st, int partner, int64_t *id, int64_t *uid,
                        struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, uid FROM wish_seal WHERE partner = :partner",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":partner", partner))
		return store_fail(st, err, "could not erase the answers");
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		*uid = sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not erase the answers");
	if (rc == SQLITE_DONE)
		return TEND_OK;
	s = store_stmt(st, "DELETE FROM wish_seal WHERE id = :id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", *id))
		return store_fail(st, err, "could not erase the answers");
	return store_run(st, s, err, "could not erase the answers");
}

int store_wish_erase(struct store *st, int partner, bool *erased, struct tend_err *err)
{
	/* Not among the purge's tables (an erase is at once, never undone),
	 * but found in the backups the same way: by id and uid. */
	static const struct store_purged wish_table_gone = { "wish_seal",
	                                                     { { NULL, NULL, NULL } } };
	int64_t id = 0, uid = 0;
	*erased = false;
	if (store_begin(st, err))
		return err->code;
	if (store_finish(st, erase_locked(st, partner, &id, &uid, err), err))
		return TEND_E_RUNTIME;
	if (id == 0)
		return TEND_OK;
	*erased = true;
	/* secure_delete zeroed the row in the file; it must leave the WAL and
	 * the automatic backups too. */
	sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	struct store_gone g = { .table = &wish_table_gone, .id = id, .uid = uid };
	return store_scrub_backups(st, &g, 1, err);
}

int store_wish_sealed(struct store *st, bool sealed[2], struct tend_err *err)
{
	bool has;
	sealed[0] = sealed[1] = false;
	if (wish_table(st, &has, err) != TEND_OK)
		return TEND_E_RUNTIME;
	if (!has)
		return TEND_OK;
	sqlite3_stmt *s = store_stmt(st, "SELECT partner FROM wish_seal", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int p = sqlite3_column_int(s, 0);
		if (p == 1 || p == 2)
			sealed[p - 1] = true;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_fail(st, err, "could not read the wish list");
	return TEND_OK;
}
