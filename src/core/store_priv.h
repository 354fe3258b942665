/* store_priv: what the store's source files share; not for other modules. */
#ifndef TEND_STORE_PRIV_H
#define TEND_STORE_PRIV_H

#include <sqlite3.h>
#include <sys/types.h>

#include "tend/store.h"

/* How long one attempt waits for another writer, and how many attempts:
 * about six seconds in all before a command gives up with "busy". */
#define STORE_BUSY_MS 3000
#define STORE_BEGIN_TRIES 2

/* A prepared statement kept for reuse, found again by its SQL text. */
struct store_stmt {
	char *sql;
	sqlite3_stmt *stmt;
	struct store_stmt *next;
};

struct store {
	sqlite3 *db;
	char *path;
	struct store_stmt *stmts;
	bool read_only;   /* opened by store_open_read on a file it cannot write */
	bool batch;       /* inside store_batch_begin/end: one transaction */
	bool batch_failed;
	/* Copy the WAL home and remove it as the connection closes: a row
	 * was changed or removed (its earlier version is in the WAL), or the
	 * file is about to be renamed (its WAL would be left behind). */
	bool settle;
};

/* The cached statement for sql, reset and with no bindings; NULL on error. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct tend_err *err);
/* Finalize every cached statement. */
void store_stmt_free_all(struct store *st);

/* Fill err with "PATH: <what>: <sqlite message>"; returns TEND_E_RUNTIME,
 * or TEND_E_BUSY when the database was busy or locked. */
int store_fail(struct store *st, struct tend_err *err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* BEGIN IMMEDIATE, retried when another writer holds the lock. */
int store_begin(struct store *st, struct tend_err *err);
/* COMMIT when rc is TEND_OK, else ROLLBACK; returns the final status. */
int store_finish(struct store *st, int rc, struct tend_err *err);

/* Bind a named parameter when the statement has it; false on a bind error. */
bool store_bind_int64(sqlite3_stmt *s, const char *name, int64_t v);
bool store_bind_text(sqlite3_stmt *s, const char *name, const char *v);
bool store_bind_day(sqlite3_stmt *s, const char *name, tend_day d);
bool store_bind_null(sqlite3_stmt *s, const char *name);

/* Run one statement that returns no rows (or ignores them); TEND_OK or error. */
int store_run(struct store *st, sqlite3_stmt *s, struct tend_err *err,
              const char *what);

/* store_mark.c: whether the file at path is still the one that passed the
 * full check (sb: its stat now); note that it passed (checked: its stat
 * taken before the check); forget the note. */
struct stat;
bool store_mark_valid(const char *path, const struct stat *sb);
void store_mark_write(const char *path, const struct stat *checked);
void store_mark_remove(const char *path);
/* A small note file (name: the database's path and a suffix), read whole
 * into buf (NUL-ended; sb: its stat) and written whole, never through a
 * link, 0600; a short write leaves it empty. */
bool store_note_read(const char *name, char *buf, size_t size, struct stat *sb);
void store_note_write(const char *name, const char *buf, size_t n);

/* store_open.c: everything that must hold before tend writes to (or reads
 * from) an existing file: a healthy tend database, not newer than this
 * build. The file is opened read-only and never changed. */
int store_check_file(const char *path, struct tend_err *err);

/* Open an existing file read-only; with no WAL or journal beside it, as
 * immutable, so that nothing at all is created or changed beside it. */
int store_open_readonly(const char *path, sqlite3 **db);

/* store_backup.c: copy every page of from into to, retrying while from is
 * locked for a moment; name is the file being written, for messages. */
/* mkstemp(tmpl), then hold the new file locked (flock) for as long as fd is
 * open, so that the clean-up of abandoned temporary files never takes a live
 * one, whatever the clock or the file system's times say. -1 on failure. */
int store_temp_make(char *tmpl);
int store_copy_pages(sqlite3 *to, sqlite3 *from, const char *name,
                     struct tend_err *err);
/* Copy from into the new empty file tmp (open as fd), to become dest: one
 * self-contained file, not a WAL database, flushed to the disk. */
int store_copy_into(sqlite3 *from, const char *tmp, int fd, const char *dest,
                    struct tend_err *err);

/* Make dir (0700) when it is missing. */
int store_dir_make(const char *dir, struct tend_err *err);

/* store_restore.c: "DIR/tend-WHAT-YYYYMMDD-HHMMSS[-N].db", taken by
 * creating it empty (0600, O_EXCL) so that no other tend picks the same
 * name; the caller puts its copy over it. Malloc'd; NULL on failure. */
char *store_stamped_name(const char *dir, const char *what);

/* store_wal.c: what the WAL beside a database holds, judged while no
 * connection has the database open. */
struct store_wal_state {
	bool damaged;      /* committed changes sit after a bad frame */
	long frames;       /* complete frames in the WAL */
	long bad;          /* the first bad frame (1-based); 0 when none */
	long lost_commits; /* committed changes after it */
};
/* Judge the WAL of path when nobody has the database open; *lock_fd then
 * holds the lock that keeps others from opening it (close it to let go),
 * else it is -1 and *out says nothing is wrong. */
int store_wal_inspect(const char *path, int *lock_fd, struct store_wal_state *out,
                      struct tend_err *err);
/* Cut the WAL of path at its first bad frame (all of it when its header is
 * bad), so that SQLite replays what comes before. */
int store_wal_cut(const char *path, const struct store_wal_state *w, struct tend_err *err);
/* Before a connection opens path: refuse (TEND_E_RUNTIME) a damaged WAL,
 * keeping copies of it and the database aside first. */
int store_wal_guard(const char *path, struct tend_err *err);

/* store_purge.c: a table whose records are deleted with an undo
 * (deleted_at) and erased later, and the tables whose rows name one of its
 * records, erased with it: key is the hanging table's column naming the
 * record, parent the record's column it holds ("id" or "uid"). An entry
 * kind's table is listed only when something hangs on it. */
enum { STORE_HANGING_MAX = 2 };
struct store_hanging {
	const char *table, *key, *parent;
};
struct store_purged {
	const char *table;
	struct store_hanging hang[STORE_HANGING_MAX];
};
/* The table named table (a practice's, or an entry kind's), or NULL. */
const struct store_purged *store_purged_find(const char *table);
/* Erase one deleted record of table with what hangs on it (nothing when it
 * was brought back), from the WAL and the automatic backups too. */
int store_purge_record(struct store *st, const char *table, int64_t id, int64_t uid,
                       struct tend_err *err);

/* store_scrub.c: an entry or record purged from the database, as found in
 * copies: by id and uid (and, in copies older than uids, an entry by id,
 * partner and the second it was saved). */
struct store_gone {
	enum entry_kind kind;           /* an entry's (table NULL) */
	const struct store_purged *table; /* or a practice's record */
	int64_t id, uid, created_at;
	int partner;
};
/* Delete the entries gone[] from the daily backups and the safety copies
 * in the database's backups folder (copies of a damaged one are kept). */
int store_scrub_backups(struct store *st, const struct store_gone *gone, size_t n,
                        struct tend_err *err);

/* store_vfs.c: the name of the file layer every connection of tend's
 * opens with (SQLite's own, but a WAL that exists is not created anew, so
 * its first sync does not sync the folder too). */
const char *store_vfs(void);

/* store_open.c: set the mode of the folder tend has just made, never
 * through a symbolic link put in its place; 0 or -1 with errno. */
int store_chmod_dir(const char *dir, mode_t mode);

/* store_migrate.c: apply the migrations the file has not had yet. */
int store_migrate(struct store *st, struct tend_err *err);
/* PRAGMA user_version of the connection, or -1 (err filled). */
int store_schema_version(struct store *st, struct tend_err *err);

/* store.c: what each kind's table looks like to the generic entry code
 * (reading there, writing in store_write.c). Every select list has the same
 * 18 columns so that one reader fills any struct entry. */
struct store_kind_sql {
	const char *table;
	const char *noun;   /* for messages */
	const char *cols;   /* select list */
	const char *fields; /* insert column list */
	const char *values; /* insert parameter list */
	const char *sets;   /* update assignments */
};

/* The table of a kind already checked with store_check_kind. */
const struct store_kind_sql *store_kind_of(enum entry_kind kind);
/* TEND_OK for a known kind, else a usage error. */
int store_check_kind(struct store *st, enum entry_kind kind, struct tend_err *err);
/* A prepared statement from a printf pattern whose %s are table or column
 * names from the kinds table, never user data. */
sqlite3_stmt *store_kind_stmt(struct store *st, struct tend_err *err,
                              const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Read the current row of a kind's cols select into out (which owns text). */
int store_row_read(struct store *st, sqlite3_stmt *s, enum entry_kind kind,
                   struct entry *out, struct tend_err *err);

/* store_talk.c: the talk tables' part of forget, run inside its transaction. */
int store_talk_forget_locked(struct store *st, struct tend_err *err);

/* store_touchmore.c: a touch session's details (initiator, tier, item)
 * under its uid: read into e, written inside the caller's transaction
 * (no row when it says none), and all of them (with the guidelines)
 * forgotten; the purge erases one with its session (store_purge.c). */
int store_touch_detail_read(struct store *st, struct entry *e, struct tend_err *err);
int store_touch_detail_write(struct store *st, const struct entry *e, struct tend_err *err);
int store_touchmore_forget(struct store *st, struct tend_err *err);

#endif
