/* store_migrate: the schema, as numbered forward migrations. Migration N
 * takes a database from user_version N-1 to N in one transaction. Keep to
 * SQLite 3.15: CHECK with typeof() instead of STRICT, no UPSERT, no
 * RETURNING, no window functions. */
#include <stdio.h>

#include "store_priv.h"

#define IS_DAY(c) \
	"typeof(" c ") = 'text' AND " c " GLOB " \
	"'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
#define CHECK_DAY(c) "CHECK (" IS_DAY(c) ")"
#define CHECK_INT(c) "CHECK (typeof(" c ") = 'integer')"

/* The columns every logged record starts and ends with. */
#define COLS_FIRST COLS_FIRST_ID("id INTEGER PRIMARY KEY")
#define COLS_FIRST_ID(id) \
	id ", " \
	"partner INTEGER NOT NULL REFERENCES partner (slot) " CHECK_INT("partner") ", " \
	"day TEXT NOT NULL " CHECK_DAY("day") ", " \
	"text TEXT CHECK (text IS NULL OR typeof(text) = 'text'), "
#define COLS_LAST \
	"created_at INTEGER NOT NULL " CHECK_INT("created_at") ", " \
	"rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ", " \
	"deleted_at INTEGER CHECK (deleted_at IS NULL OR typeof(deleted_at) = 'integer')"

/* Version 1: the partners and the five kinds of entries. */
static const char migration_1[] =
	"CREATE TABLE partner ("
	" slot INTEGER PRIMARY KEY CHECK (slot IN (1, 2)),"
	" name TEXT NOT NULL CHECK (typeof(name) = 'text'));"
	"INSERT INTO partner (slot, name) VALUES (1, ''), (2, '');"

	"CREATE TABLE checkin (" COLS_FIRST
	" mood INTEGER NOT NULL CHECK (typeof(mood) = 'integer' AND mood BETWEEN 1 AND 5),"
	" stress INTEGER NOT NULL CHECK (typeof(stress) = 'integer' AND stress BETWEEN 1 AND 5),"
	COLS_LAST ");"
	/* One per partner and day, deleted or not: re-logging reuses the row. */
	"CREATE UNIQUE INDEX checkin_partner_day ON checkin (partner, day);"

	"CREATE TABLE gesture (" COLS_FIRST
	" bid INTEGER NOT NULL CHECK (typeof(bid) = 'integer' AND bid BETWEEN 0 AND 2),"
	COLS_LAST ");"
	"CREATE INDEX gesture_day ON gesture (day);"

	"CREATE TABLE repair (" COLS_FIRST
	" accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),"
	COLS_LAST ");"
	"CREATE INDEX repair_day ON repair (day);"

	"CREATE TABLE touch (" COLS_FIRST
	" stage INTEGER NOT NULL CHECK (typeof(stage) = 'integer' AND stage BETWEEN 1 AND 3),"
	" minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes >= 0),"
	" light INTEGER NOT NULL CHECK (typeof(light) = 'integer' AND light BETWEEN 0 AND 3),"
	COLS_LAST ");"
	"CREATE INDEX touch_day ON touch (day);"

	"CREATE TABLE timeout (" COLS_FIRST
	" phrase INTEGER NOT NULL CHECK (phrase IN (1, 2)),"
	" called_at INTEGER NOT NULL " CHECK_INT("called_at") ","
	" returned_at INTEGER CHECK (returned_at IS NULL OR typeof(returned_at) = 'integer'),"
	" scheduled_at INTEGER CHECK (scheduled_at IS NULL OR typeof(scheduled_at) = 'integer'),"
	COLS_LAST ");"
	"CREATE INDEX timeout_day ON timeout (day);";

/* Version 2: the staged-touch state and hand-ticked plan tasks. The stage
 * starts where the couple's own touch sessions already are. */
static const char migration_2[] =
	"CREATE TABLE touch_stage ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" stage INTEGER NOT NULL CHECK (typeof(stage) = 'integer' AND stage BETWEEN 1 AND 3),"
	" since TEXT CHECK (since IS NULL OR (" IS_DAY("since") ")),"
	" ready1 INTEGER NOT NULL CHECK (ready1 IN (0, 1)),"
	" ready2 INTEGER NOT NULL CHECK (ready2 IN (0, 1)),"
	" changed_at INTEGER NOT NULL " CHECK_INT("changed_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ");"
	"INSERT INTO touch_stage (id, stage, since, ready1, ready2, changed_at)"
	" SELECT 1, COALESCE(MAX(stage), 1),"
	"  CASE WHEN MAX(stage) IS NULL THEN NULL ELSE"
	"  (SELECT MIN(day) FROM touch t WHERE t.deleted_at IS NULL AND t.stage ="
	"   (SELECT MAX(stage) FROM touch WHERE deleted_at IS NULL)) END,"
	"  0, 0, CAST(strftime('%s', 'now') AS INTEGER)"
	" FROM touch WHERE deleted_at IS NULL AND stage > 1;"

	"CREATE TABLE plan_tick ("
	" task TEXT NOT NULL CHECK (typeof(task) = 'text' AND length(task) > 0),"
	" period TEXT NOT NULL " CHECK_DAY("period") ","
	" done INTEGER NOT NULL CHECK (done IN (0, 1)),"
	" changed_at INTEGER NOT NULL " CHECK_INT("changed_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ","
	" PRIMARY KEY (task, period));";

/* Version 3: an entry's id is never given to another entry (AUTOINCREMENT
 * remembers the highest ever used, also once those rows are erased), and
 * each entry gets a random uid that an edit, a delete or an undo must
 * match besides the id, so that a stale one can never touch another
 * entry (not even in a database restored from an older backup). Each
 * table is rebuilt with every row it has, deleted ones too. The columns
 * keep their order, with uid last. */
#define REBUILD(table, own, index) \
	"CREATE TABLE " table "_v3 (" \
	COLS_FIRST_ID("id INTEGER PRIMARY KEY AUTOINCREMENT") own COLS_LAST "," \
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0));" \
	"INSERT INTO " table "_v3 SELECT *, random() | 1 FROM " table ";" \
	"DROP TABLE " table ";" \
	"ALTER TABLE " table "_v3 RENAME TO " table ";" \
	index ";"
static const char migration_3[] =
	REBUILD("checkin",
	        " mood INTEGER NOT NULL CHECK (typeof(mood) = 'integer' AND mood BETWEEN 1 AND 5),"
	        " stress INTEGER NOT NULL CHECK (typeof(stress) = 'integer' AND stress BETWEEN 1 AND 5),",
	        "CREATE UNIQUE INDEX checkin_partner_day ON checkin (partner, day)")
	REBUILD("gesture",
	        " bid INTEGER NOT NULL CHECK (typeof(bid) = 'integer' AND bid BETWEEN 0 AND 2),",
	        "CREATE INDEX gesture_day ON gesture (day)")
	REBUILD("repair",
	        " accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),",
	        "CREATE INDEX repair_day ON repair (day)")
	REBUILD("touch",
	        " stage INTEGER NOT NULL CHECK (typeof(stage) = 'integer' AND stage BETWEEN 1 AND 3),"
	        " minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes >= 0),"
	        " light INTEGER NOT NULL CHECK (typeof(light) = 'integer' AND light BETWEEN 0 AND 3),",
	        "CREATE INDEX touch_day ON touch (day)")
	REBUILD("timeout",
	        " phrase INTEGER NOT NULL CHECK (phrase IN (1, 2)),"
	        " called_at INTEGER NOT NULL " CHECK_INT("called_at") ","
	        " returned_at INTEGER CHECK (returned_at IS NULL OR typeof(returned_at) = 'integer'),"
	        " scheduled_at INTEGER CHECK (scheduled_at IS NULL OR typeof(scheduled_at) = 'integer'),",
	        "CREATE INDEX timeout_day ON timeout (day)");

/* Versions 4 to 11: the program's other practices, one slot each so that
 * they are built side by side. Each slot holds its practice's tables. */
/* objective: the two sentences. Every save is a new row (a history, never
 * an overwrite); a row with kept = 1 holds no text: it marks the day a
 * partner looked at theirs and kept them as they were. The origin of the
 * rough patch is a row per note too, the newest live one counting. */
static const char migration_4[] =
	"CREATE TABLE IF NOT EXISTS objective ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" partner INTEGER NOT NULL REFERENCES partner (slot) " CHECK_INT("partner") ","
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" kept INTEGER NOT NULL CHECK (kept IN (0, 1)),"
	" problem TEXT CHECK (problem IS NULL OR typeof(problem) = 'text'),"
	" outcome TEXT CHECK (outcome IS NULL OR typeof(outcome) = 'text'),"
	COLS_LAST ","
	" CHECK ((kept = 1) = (problem IS NULL AND outcome IS NULL)));"
	/* The live versions in order, and the deleted ones to purge, are found
	 * through the index, however long the history grows. */
	"CREATE INDEX IF NOT EXISTS objective_live ON objective (deleted_at, day, created_at);"
	"CREATE TABLE IF NOT EXISTS objective_origin ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" origin INTEGER NOT NULL CHECK (origin IN (1, 2)),"
	COLS_LAST ");"
	"CREATE INDEX IF NOT EXISTS objective_origin_live ON objective_origin (deleted_at, created_at);";
/* talk: the weekly talk (describe, impact, ask, the listener's reflection,
 * where the ask stands) and the couple's decision to end the plan's
 * temporary transparency (one row once they have). */
#define TALK_TEXT(c) " " c " TEXT CHECK (" c " IS NULL OR typeof(" c ") = 'text'),"
static const char migration_5[] =
	"CREATE TABLE IF NOT EXISTS talk ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" partner INTEGER NOT NULL REFERENCES partner (slot) " CHECK_INT("partner") ","
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" what TEXT NOT NULL CHECK (typeof(what) = 'text'),"
	TALK_TEXT("impact") TALK_TEXT("ask") TALK_TEXT("hear") TALK_TEXT("sense")
	TALK_TEXT("can_commit") TALK_TEXT("support")
	" state INTEGER NOT NULL CHECK (state IN (0, 1, 2)),"
	" state_day TEXT CHECK (state_day IS NULL OR (" IS_DAY("state_day") ")),"
	COLS_LAST ","
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0));"
	"CREATE INDEX IF NOT EXISTS talk_day ON talk (day);"
	/* The purge looks for deleted talks without reading them all. */
	"CREATE INDEX IF NOT EXISTS talk_deleted ON talk (deleted_at) WHERE deleted_at IS NOT NULL;"
	"CREATE TABLE IF NOT EXISTS transparency ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" ended_on TEXT NOT NULL " CHECK_DAY("ended_on") ","
	" changed_at INTEGER NOT NULL " CHECK_INT("changed_at") ");";
/* task: the shared load. The jobs (one owner each), every change of owner
 * with its day (the first owner too), the list's start day (one row, kept
 * while the list has jobs) and the monthly reviews. */
static const char migration_6[] =
	"CREATE TABLE IF NOT EXISTS task ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) > 0),"
	" owner INTEGER NOT NULL CHECK (owner IN (1, 2)),"
	" done TEXT NOT NULL CHECK (typeof(done) = 'text'),"
	" cadence TEXT NOT NULL CHECK (typeof(cadence) = 'text' AND length(cadence) > 0),"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	COLS_LAST ");"
	"CREATE TABLE IF NOT EXISTS task_owner ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" task INTEGER NOT NULL " CHECK_INT("task") ","
	" owner INTEGER NOT NULL CHECK (owner IN (1, 2)),"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ");"
	"CREATE INDEX IF NOT EXISTS task_owner_task ON task_owner (task);"
	"CREATE TABLE IF NOT EXISTS task_list ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" made TEXT NOT NULL " CHECK_DAY("made") ");"
	"CREATE TABLE IF NOT EXISTS task_review ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	COLS_LAST ");"
	/* The last review is read at every refresh, and the purge looks for
	 * reviews taken back: reviews pile up month after month. */
	"CREATE INDEX IF NOT EXISTS task_review_day ON task_review (day) WHERE deleted_at IS NULL;"
	"CREATE INDEX IF NOT EXISTS task_review_deleted ON task_review (deleted_at) "
	"WHERE deleted_at IS NOT NULL;";
/* review: each partner's answers to the closing and quarterly reviews
 * (review 0 is the closing one, N >= 1 quarterly review N; opens is its
 * first day). A second answer replaces the first, which is deleted and
 * named in replaces, so that undo can bring it back. */
static const char migration_8[] =
	"CREATE TABLE IF NOT EXISTS review_answer ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" review INTEGER NOT NULL CHECK (typeof(review) = 'integer' AND review >= 0),"
	" opens TEXT NOT NULL " CHECK_DAY("opens") ","
	" partner INTEGER NOT NULL REFERENCES partner (slot) CHECK (partner IN (1, 2)),"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" good TEXT NOT NULL CHECK (typeof(good) = 'text'),"
	" heavy TEXT NOT NULL CHECK (typeof(heavy) = 'text'),"
	" next TEXT NOT NULL CHECK (typeof(next) = 'text'),"
	" replaces INTEGER CHECK (replaces IS NULL OR typeof(replaces) = 'integer'),"
	" " COLS_LAST ","
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0));"
	"CREATE INDEX IF NOT EXISTS review_answer_review ON review_answer (review, partner);"
	/* What the purge looks for as each command ends: few rows. */
	"CREATE INDEX IF NOT EXISTS review_answer_deleted ON review_answer (deleted_at)"
	" WHERE deleted_at IS NOT NULL;";
/* Version 7: rituals of connection. A ritual falls on the weekdays of its
 * mask (bit 0 Monday ... bit 6 Sunday) from its first day on; ritual_day
 * holds the occurrences marked done (one row each, none for a blank one);
 * ritual_pause the stretches it was paused on purpose, [from_day, to_day),
 * to_day NULL while it still is. */
static const char migration_7[] =
	"CREATE TABLE IF NOT EXISTS ritual ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" name TEXT NOT NULL CHECK (typeof(name) = 'text' AND length(name) > 0),"
	" days INTEGER NOT NULL CHECK (typeof(days) = 'integer' AND days BETWEEN 1 AND 127),"
	" at INTEGER CHECK (at IS NULL OR (typeof(at) = 'integer' AND at BETWEEN 0 AND 1439)),"
	" since TEXT NOT NULL " CHECK_DAY("since") ","
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ","
	" deleted_at INTEGER CHECK (deleted_at IS NULL OR typeof(deleted_at) = 'integer'),"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0));"
	"CREATE TABLE IF NOT EXISTS ritual_day ("
	" ritual INTEGER NOT NULL REFERENCES ritual (id) " CHECK_INT("ritual") ","
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ","
	" PRIMARY KEY (ritual, day));"
	"CREATE INDEX IF NOT EXISTS ritual_day_day ON ritual_day (day);"
	"CREATE TABLE IF NOT EXISTS ritual_pause ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" ritual INTEGER NOT NULL REFERENCES ritual (id) " CHECK_INT("ritual") ","
	" from_day TEXT NOT NULL " CHECK_DAY("from_day") ","
	" to_day TEXT CHECK (to_day IS NULL OR (" IS_DAY("to_day") ")),"
	" reason TEXT CHECK (reason IS NULL OR typeof(reason) = 'text'),"
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ");"
	"CREATE INDEX IF NOT EXISTS ritual_pause_ritual ON ritual_pause (ritual);";
/* pace: the program's pauses. to_day is the day the program went on
 * again (not paused itself), NULL while the pause runs. */
static const char migration_9[] =
	"CREATE TABLE IF NOT EXISTS pause ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" from_day TEXT NOT NULL " CHECK_DAY("from_day") ","
	" to_day TEXT CHECK (to_day IS NULL OR (" IS_DAY("to_day") " AND to_day > from_day)),"
	" reason TEXT CHECK (reason IS NULL OR typeof(reason) = 'text'),"
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ","
	" deleted_at INTEGER CHECK (deleted_at IS NULL OR typeof(deleted_at) = 'integer'));"
	"CREATE INDEX IF NOT EXISTS pause_from ON pause (from_day);";
/* Version 10 (support): the days the couple put aside the note that
 * nothing has moved for three weeks, so it stays away for three weeks. */
static const char migration_10[] =
	"CREATE TABLE IF NOT EXISTS support_seen ("
	" id INTEGER PRIMARY KEY,"
	" day TEXT NOT NULL " CHECK_DAY("day") ","
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ");";

/* evening: where the guided evening of a day got to (a step's key, or
 * "done"), so that it resumes there after quitting. IF NOT EXISTS, as
 * schema 12 does: tests take a file back to an older version. */
static const char migration_11[] =
	"CREATE TABLE IF NOT EXISTS evening ("
	" day TEXT PRIMARY KEY " CHECK_DAY("day") ","
	" step TEXT NOT NULL CHECK (typeof(step) = 'text' AND length(step) BETWEEN 1 AND 32),"
	" changed_at INTEGER NOT NULL " CHECK_INT("changed_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ");";

/* Version 12: what every command asks of a long history, answered from an
 * index instead of a read of a whole table: the deleted entries (purged as
 * each command ends), check-ins by day (the week's), and the running
 * time-out. Partial indexes stay small: few rows are deleted or open. */
#define DELETED_INDEX(t) \
	"CREATE INDEX IF NOT EXISTS " t "_deleted ON " t " (deleted_at) WHERE deleted_at IS NOT NULL;"
static const char migration_12[] =
	DELETED_INDEX("checkin") DELETED_INDEX("gesture") DELETED_INDEX("repair")
	DELETED_INDEX("touch") DELETED_INDEX("timeout")
	"CREATE INDEX IF NOT EXISTS checkin_day ON checkin (day);"
	"CREATE INDEX IF NOT EXISTS timeout_open ON timeout (called_at)"
	" WHERE returned_at IS NULL AND deleted_at IS NULL;";

/* Version 13 (touchmore, issue 10): who invited a touch session, the tier
 * and item of the two-tier menu, and the stage-3 guidelines. New tables
 * only (IF NOT EXISTS), never ALTER: tests take a file back to an older
 * version by dropping tables. */
static const char migration_13[] =
	/* One row per touch session that has any of them, keyed by the
	 * session's uid; it follows the session (deleted, undone, purged). */
	"CREATE TABLE IF NOT EXISTS touch_detail ("
	" touch_uid INTEGER PRIMARY KEY CHECK (typeof(touch_uid) = 'integer' AND touch_uid <> 0),"
	" initiator INTEGER NOT NULL DEFAULT 0 CHECK (initiator IN (0, 1, 2)),"
	" tier INTEGER NOT NULL DEFAULT 0 CHECK (tier IN (0, 1, 2)),"
	" item TEXT CHECK (item IS NULL OR typeof(item) = 'text'));"
	/* The stage-3 guidelines, newest last; no column says who wrote them. */
	"CREATE TABLE IF NOT EXISTS touch_guideline ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" text TEXT NOT NULL CHECK (typeof(text) = 'text'),"
	COLS_LAST ","
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0));"
	"CREATE INDEX IF NOT EXISTS touch_guideline_deleted ON touch_guideline (deleted_at)"
	" WHERE deleted_at IS NOT NULL;"
	/* The newest live one is found without reading the history. */
	"CREATE INDEX IF NOT EXISTS touch_guideline_live ON touch_guideline (id)"
	" WHERE deleted_at IS NULL;";

/* Version 14 (windows, issue 10): the couple's two weekly open windows.
 * One live row per slot (1, 2); setting a slot again deletes its row and
 * adds a new one, so undo can bring the earlier one back. Nothing records
 * what happened in a window: a window is kept, never scored. */
static const char migration_14[] =
	"CREATE TABLE IF NOT EXISTS open_window ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" slot INTEGER NOT NULL CHECK (slot IN (1, 2)),"
	" weekday INTEGER NOT NULL CHECK (typeof(weekday) = 'integer' AND weekday BETWEEN 0 AND 6),"
	" at INTEGER NOT NULL CHECK (typeof(at) = 'integer' AND at BETWEEN 0 AND 1439),"
	" minutes INTEGER NOT NULL CHECK (typeof(minutes) = 'integer' AND minutes BETWEEN 0 AND 720),"
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ","
	" rev INTEGER NOT NULL DEFAULT 1 " CHECK_INT("rev") ","
	" deleted_at INTEGER CHECK (deleted_at IS NULL OR typeof(deleted_at) = 'integer'));"
	"CREATE UNIQUE INDEX IF NOT EXISTS open_window_live ON open_window (slot)"
	" WHERE deleted_at IS NULL;"
	"CREATE INDEX IF NOT EXISTS open_window_deleted ON open_window (deleted_at)"
	" WHERE deleted_at IS NOT NULL;";

/* Version 15 (wishes, issue 10): each partner's sealed wish-list answers.
 * One row per partner at most, holding only what opening it needs: the
 * Argon2id salt and limits, the nonce, a check of the derived key (to tell
 * a wrong passphrase from a damaged record) and the sealed, padded answers.
 * Nothing in it says how many items were answered or how. An erase deletes
 * the row for good (no undo: nobody else may read it back). */
static const char migration_15[] =
	"CREATE TABLE IF NOT EXISTS wish_seal ("
	" id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" uid INTEGER NOT NULL CHECK (typeof(uid) = 'integer' AND uid <> 0),"
	" partner INTEGER NOT NULL UNIQUE REFERENCES partner (slot) CHECK (partner IN (1, 2)),"
	" alg INTEGER NOT NULL " CHECK_INT("alg") ","
	" ops INTEGER NOT NULL " CHECK_INT("ops") ","
	" mem INTEGER NOT NULL " CHECK_INT("mem") ","
	" salt BLOB NOT NULL CHECK (typeof(salt) = 'blob'),"
	" nonce BLOB NOT NULL CHECK (typeof(nonce) = 'blob'),"
	" keycheck BLOB NOT NULL CHECK (typeof(keycheck) = 'blob'),"
	" box BLOB NOT NULL CHECK (typeof(box) = 'blob'),"
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ");";

/* Version 16 (ical, issue 12): a random name for this database, made once,
 * from which the calendar's UIDs are made: they stay when the file moves
 * or is restored, and differ between two couples' files. Not the couple's
 * data: forgetting everything leaves it. */
static const char migration_16[] =
	"CREATE TABLE IF NOT EXISTS calendar ("
	" id INTEGER PRIMARY KEY CHECK (id = 1),"
	" uid TEXT NOT NULL CHECK (typeof(uid) = 'text' AND length(uid) = 16));"
	"INSERT OR IGNORE INTO calendar (id, uid) VALUES (1, lower(hex(randomblob(8))));";

/* Version 17 (whose turn to invite): the sessions that say who invited,
 * in the order of the sessions (their day, then when they were saved), so
 * that the latest of them is one row found by an index rather than a walk
 * back through every session (an index cannot reach across touch and
 * touch_detail). The order is the session's own, kept with it by the store
 * on every write and erased with it; who invited stays in touch_detail.
 * Filled from the sessions already saved. */
static const char migration_17[] =
	"CREATE TABLE IF NOT EXISTS touch_invite ("
	" touch_uid INTEGER PRIMARY KEY CHECK (typeof(touch_uid) = 'integer' AND touch_uid <> 0),"
	" touch_id INTEGER NOT NULL " CHECK_INT("touch_id") ","
	" day TEXT NOT NULL CHECK (typeof(day) = 'text'),"
	" created_at INTEGER NOT NULL " CHECK_INT("created_at") ");"
	"CREATE INDEX IF NOT EXISTS touch_invite_order ON touch_invite (day, created_at, touch_id);"
	"INSERT OR IGNORE INTO touch_invite (touch_uid, touch_id, day, created_at)"
	" SELECT t.uid, t.id, t.day, t.created_at FROM touch_detail d"
	" JOIN touch t ON t.uid = d.touch_uid WHERE d.initiator IN (1, 2);";

static const char *const migrations[] = {
	NULL, migration_1, migration_2, migration_3, migration_4, migration_5,
	migration_6, migration_7, migration_8, migration_9, migration_10, migration_11,
	migration_12, migration_13, migration_14, migration_15, migration_16, migration_17,
};

_Static_assert(sizeof migrations / sizeof *migrations == STORE_SCHEMA_VERSION + 1,
               "one migration per schema version");

int store_schema_version(struct store *st, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "PRAGMA user_version", err);
	if (!s)
		return -1;
	int v = -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int(s, 0);
	else
		store_fail(st, err, "could not read the schema version");
	sqlite3_reset(s);
	return v;
}

/* Inside the transaction: apply migration n unless another tend already did. */
static int migrate_locked(struct store *st, int n, struct tend_err *err)
{
	int v = store_schema_version(st, err);
	if (v < 0)
		return TEND_E_RUNTIME;
	if (v >= n)
		return TEND_OK;
	char pragma[96];
	snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d; "
	         "PRAGMA user_version = %d", STORE_APPLICATION_ID, n);
	if (sqlite3_exec(st->db, migrations[n], NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(st->db, pragma, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, err, "could not update the database to schema %d", n);
	return TEND_OK;
}

int store_migrate(struct store *st, struct tend_err *err)
{
	int v = store_schema_version(st, err);
	if (v < 0)
		return TEND_E_RUNTIME;
	for (int n = v + 1; n <= STORE_SCHEMA_VERSION; n++) {
		if (store_begin(st, err))
			return err->code;
		if (store_finish(st, migrate_locked(st, n, err), err))
			return TEND_E_RUNTIME;
	}
	return TEND_OK;
}
