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

/* Run one DELETE (of table and column names, never user data) with the
 * record's id, uid, partner and time as ?1-?4. */
static int delete_one(sqlite3 *db, const char *sql, const struct store_gone *g)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(s, 1, g->id);
	sqlite3_bind_int64(s, 2, g->uid);
	sqlite3_bind_int64(s, 3, g->partner);
	sqlite3_bind_int64(s, 4, g->created_at);
	rc = sqlite3_step(s) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
	sqlite3_finalize(s);
	return rc;
}

/* How a copy of schema finds g: by id and uid; an entry in a copy from
 * before uids (schema 3) by id, partner and the second it was saved. */
static const char *gone_match(const struct store_gone *g, int schema)
{
	return g->table || schema >= 3 ? "id = ?1 AND uid = ?2"
	                               : "id = ?1 AND partner = ?3 AND created_at = ?4";
}

/* One entry or practice's record and the rows hanging on it (by its id or
 * its uid), from the tables the copy has: a copy older than a table cannot
 * hold its rows. */
static int scrub_one(sqlite3 *db, int schema, const struct store_gone *g)
{
	const char *table = g->table ? g->table->table : store_kind_of(g->kind)->table;
	const struct store_purged *p = g->table ? g->table : store_purged_find(table);
	const char *match = gone_match(g, schema);
	char sql[320];
	if (g->table && !table_exists(db, table))
		return SQLITE_OK;
	int rc = SQLITE_OK;
	for (size_t h = 0; rc == SQLITE_OK && p && h < STORE_HANGING_MAX && p->hang[h].table;
	     h++) {
		if (!table_exists(db, p->hang[h].table))
			continue;
		snprintf(sql, sizeof sql, "DELETE FROM %s WHERE %s = (SELECT %s FROM %s WHERE %s)",
		         p->hang[h].table, p->hang[h].key, p->hang[h].parent, table, match);
		rc = delete_one(db, sql, g);
	}
	snprintf(sql, sizeof sql, "DELETE FROM %s WHERE %s", table, match);
	return rc == SQLITE_OK ? delete_one(db, sql, g) : rc;
}

/* Delete the entries and records gone[] from the open copy db; schema is
 * its version. */
static int scrub_rows(sqlite3 *db, int schema, const struct store_gone *gone, size_t n)
{
	int rc = SQLITE_OK;
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++)
		rc = scrub_one(db, schema, &gone[i]);
	return rc;
}

/* Scrub one copy; a file that is not a tend database is left alone. */
static int scrub_file(const char *path, const struct store_gone *gone, size_t n,
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
			rc = scrub_rows(db, schema, gone, n);
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

/* Erase gone[] from every scrubbed copy in the backups folder. */
static int scrub_copies(struct store *st, const struct store_gone *gone, size_t n,
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
		if (!path || scrub_file(path, gone, n, &one) != TEND_OK) {
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
	return scrub_copies(st, gone, n, err);
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
