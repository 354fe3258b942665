/* store_scrub: an entry erased for good leaves the automatic copies too.
 * The daily backups and the safety copies made before a restore are
 * tend's own copies of the couple's data; when a deleted entry is purged
 * from the database, it is deleted from each of them as well (with
 * secure_delete, so its words are overwritten there too). It is found by
 * its id and uid, which no other entry has in any database; a copy from
 * before uids were kept is matched by id, partner and the second it was
 * saved. Copies set aside as damaged are left exactly as they are. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_priv.h"

/* Whether name is one of the copies scrubbed: a daily backup
 * (tend-YYYY-MM-DD.db) or a safety copy (tend-before-restore-*.db). */
static bool scrubbed_copy(const char *name)
{
	size_t n = strlen(name);
	if (n < 8 || strncmp(name, "tend-", 5) != 0 || strcmp(name + n - 3, ".db") != 0)
		return false;
	if (strncmp(name, "tend-before-restore-", 20) == 0)
		return true;
	return n == 18 && name[9] == '-' && name[12] == '-';
}

static bool damaged_copy(const char *name)
{
	size_t n = strlen(name);
	return strncmp(name, "tend-damaged-", 13) == 0 && n > 16 &&
	       strcmp(name + n - 3, ".db") == 0;
}

/* Run a practice's DELETEs for one record in the open copy db. */
static int scrub_practice(sqlite3 *db, const struct store_gone *g)
{
	int rc = SQLITE_OK;
	for (const char *const *q = g->sql; rc == SQLITE_OK && *q; q++) {
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db, *q, -1, &s, NULL);
		if (rc != SQLITE_OK)
			break;
		sqlite3_bind_int64(s, 1, g->id);
		sqlite3_bind_int64(s, 2, g->uid);
		rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
		sqlite3_finalize(s);
	}
	return rc;
}

static bool table_exists(sqlite3 *db, const char *name)
{
	sqlite3_stmt *s;
	bool found = false;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
	                       "name = ?1", -1, &s, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
	found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return found;
}

/* A purged touch session's details (schema 13 on), in a copy. */
static int scrub_touch_detail(sqlite3 *db, int64_t uid)
{
	if (!table_exists(db, "touch_detail"))
		return SQLITE_OK;
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, "DELETE FROM touch_detail WHERE touch_uid = ?1",
	                            -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(s, 1, uid);
	rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
	sqlite3_finalize(s);
	return rc;
}

/* Delete the entries gone[] from the open copy db; schema is its version. */
static int scrub_rows(sqlite3 *db, int schema, const struct store_gone *gone, size_t n)
{
	int rc = SQLITE_OK;
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++) {
		if (gone[i].sql) {
			if (schema >= gone[i].min_schema)
				rc = scrub_practice(db, &gone[i]);
			continue;
		}
		char sql[160];
		/* A copy older than a practice's table cannot hold its rows. */
		if (gone[i].table && !table_exists(db, gone[i].table))
			continue;
		const char *table = gone[i].table ? gone[i].table : store_kind_of(gone[i].kind)->table;
		snprintf(sql, sizeof sql, schema >= 3 || gone[i].table
		         ? "DELETE FROM %s WHERE id = ?1 AND uid = ?2"
		         : "DELETE FROM %s WHERE id = ?1 AND partner = ?3 AND created_at = ?4",
		         table);
		sqlite3_stmt *s;
		rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
		/* A copy from before a practice's table existed cannot hold its rows. */
		if (rc != SQLITE_OK && gone[i].table) {
			rc = SQLITE_OK;
			continue;
		}
		if (rc != SQLITE_OK)
			break;
		sqlite3_bind_int64(s, 1, gone[i].id);
		sqlite3_bind_int64(s, 2, gone[i].uid);
		sqlite3_bind_int64(s, 3, gone[i].partner);
		sqlite3_bind_int64(s, 4, gone[i].created_at);
		rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
		sqlite3_finalize(s);
		if (rc == SQLITE_OK && !gone[i].table && gone[i].kind == ENTRY_TOUCH)
			rc = scrub_touch_detail(db, gone[i].uid);
	}
	return rc;
}

/* What to delete from each copy: rows(db, schema, ctx) runs in the copy's
 * transaction and returns an SQLite code. */
typedef int (*scrub_rows_fn)(sqlite3 *db, int schema, const void *ctx);

struct gone_entries {
	const struct store_gone *gone;
	size_t n;
};

static int scrub_entries(sqlite3 *db, int schema, const void *ctx)
{
	const struct gone_entries *g = ctx;
	return scrub_rows(db, schema, g->gone, g->n);
}

/* Scrub one copy; a file that is not a tend database is left alone. */
static int scrub_file(const char *path, scrub_rows_fn rows, const void *ctx,
                      struct tend_err *err)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
	int schema = -1, app = -1;
	sqlite3_stmt *s;
	if (rc == SQLITE_OK)
		sqlite3_busy_timeout(db, STORE_BUSY_MS);
	if (rc == SQLITE_OK && sqlite3_prepare_v2(db, "SELECT * FROM pragma_user_version, "
	                                          "pragma_application_id", -1, &s, NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW) {
			schema = sqlite3_column_int(s, 0);
			app = sqlite3_column_int(s, 1);
		}
		sqlite3_finalize(s);
	}
	if (rc == SQLITE_OK && app == STORE_APPLICATION_ID && schema >= 1) {
		rc = sqlite3_exec(db, "PRAGMA secure_delete = ON; BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = rows(db, schema, ctx);
		rc = sqlite3_exec(db, rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) ==
		     SQLITE_OK ? rc : sqlite3_errcode(db);
	}
	int status = TEND_OK;
	if (rc != SQLITE_OK)
		status = err_set(err, TEND_E_RUNTIME, "%s: could not erase the deleted entry from "
		                 "this backup too: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
	sqlite3_close(db);
	return status;
}

/* Run rows on every scrubbed copy in the backups folder. */
static int scrub_copies(struct store *st, scrub_rows_fn rows, const void *ctx,
                        struct tend_err *err)
{
	char *dir = store_backup_dir(st);
	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	DIR *d = opendir(dir);
	int rc = TEND_OK;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!scrubbed_copy(de->d_name))
			continue;
		char *path = NULL;
		struct tend_err one = { 0 };
		if (asprintf(&path, "%s/%s", dir, de->d_name) < 0)
			path = NULL;
		if (!path || scrub_file(path, rows, ctx, &one) != TEND_OK) {
			if (rc == TEND_OK)
				*err = one;
			rc = TEND_E_RUNTIME;
		}
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
	return rc;
}

int store_scrub_backups(struct store *st, const struct store_gone *gone, size_t n,
                        struct tend_err *err)
{
	if (n == 0)
		return TEND_OK;
	const struct gone_entries g = { gone, n };
	return scrub_copies(st, scrub_entries, &g, err);
}

/* The rituals gone[] (id, uid pairs) with their marks and pauses, from a
 * copy that has the rituals' tables (schema 7 on). */
struct gone_rituals {
	const int64_t (*gone)[2];
	size_t n;
};

static int scrub_ritual_rows(sqlite3 *db, int schema, const void *ctx)
{
	static const char *const sql[] = {
		"DELETE FROM ritual_day WHERE ritual = (SELECT id FROM ritual WHERE id = ?1 "
		"AND uid = ?2)",
		"DELETE FROM ritual_pause WHERE ritual = (SELECT id FROM ritual WHERE id = ?1 "
		"AND uid = ?2)",
		"DELETE FROM ritual WHERE id = ?1 AND uid = ?2",
	};
	const struct gone_rituals *g = ctx;
	int rc = SQLITE_OK;
	if (schema < 7)
		return SQLITE_OK;
	for (size_t i = 0; rc == SQLITE_OK && i < g->n; i++) {
		for (size_t k = 0; rc == SQLITE_OK && k < sizeof sql / sizeof *sql; k++) {
			sqlite3_stmt *s;
			rc = sqlite3_prepare_v2(db, sql[k], -1, &s, NULL);
			if (rc != SQLITE_OK)
				break;
			sqlite3_bind_int64(s, 1, g->gone[i][0]);
			sqlite3_bind_int64(s, 2, g->gone[i][1]);
			rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
			sqlite3_finalize(s);
		}
	}
	return rc;
}

int store_scrub_rituals(struct store *st, const int64_t (*gone)[2], size_t n,
                        struct tend_err *err)
{
	if (n == 0)
		return TEND_OK;
	const struct gone_rituals g = { gone, n };
	return scrub_copies(st, scrub_ritual_rows, &g, err);
}

int store_backup_count_damaged(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *de;
	while (d && (de = readdir(d)))
		n += damaged_copy(de->d_name);
	if (d)
		closedir(d);
	return n;
}
