/* Unit tests for the store: file modes, migrations, refusing files that are
 * not ours (leaving them untouched), every kind of entry, conflicts,
 * deletion, state, backups and two processes writing at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tend/store.h"
/* Only to shorten the busy timeout in one test. */
#include "src/core/store_priv.h"

struct fixture {
	char dir[64];
	char path[128];  /* dir/tend.db */
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	if (!fx)
		return -1;
	strcpy(fx->dir, "/tmp/tend-store-XXXXXX");
	if (!mkdtemp(fx->dir)) {
		free(fx);
		return -1;
	}
	snprintf(fx->path, sizeof fx->path, "%s/tend.db", fx->dir);
	*state = fx;
	return 0;
}

static int remove_one(const char *path, const struct stat *sb, int flag,
                      struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	nftw(fx->dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
	free(fx);
	return 0;
}

/* fx->dir/name into buf (256 bytes); returns buf. */
static const char *in_dir(const struct fixture *fx, const char *name, char *buf)
{
	snprintf(buf, 256, "%s/%s", fx->dir, name);
	return buf;
}

static unsigned mode_of(const char *path)
{
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	return sb.st_mode & 07777;
}

static bool exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0;
}

/* The whole file in memory; *len is its size. */
static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = NULL;
	size_t cap = 0, n = 0, got;
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	fclose(f);
	*len = n;
	return buf;
}

static void spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static bool contains(const char *hay, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= n; i++)
		if (memcmp(hay + i, needle, m) == 0)
			return true;
	return false;
}

/* Run SQL on the file with a plain connection, as another program would. */
static void raw_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char *msg = NULL;
	int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
	sqlite3_close(db);
}

static int raw_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	int v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static tend_day d(int y, int m, int md)
{
	return day_from_ymd(y, m, md);
}

/* An entry with the common fields set; text is not owned. */
static struct entry mk(enum entry_kind kind, int partner, tend_day day,
                       int64_t created, const char *text)
{
	return (struct entry){ .kind = kind, .partner = partner, .day = day,
	                       .created_at = created, .text = (char *)text };
}

static void add_ok(struct store *st, struct entry *e)
{
	struct tend_err err = { 0 };
	struct entry rep;
	if (store_add(st, e, &rep, &err) != TEND_OK)
		fail_msg("store_add: %s", err.msg);
	entry_clear(&rep);
}

static struct store *open_ok(const char *path)
{
	struct tend_err err = { 0 };
	struct store *st = store_open(path, &err);
	if (!st)
		fail_msg("store_open: %s", err.msg);
	return st;
}

/* Takes a database of this build back to the entry tables of schema 2
 * (the practices' own tables, schema 4 on, go first). */
#define DROP_UIDS \
	"DROP TABLE review_answer; " \
	"DROP TABLE pause; DROP TABLE evening; DROP TABLE IF EXISTS wish_seal; " \
	"DROP TABLE task; DROP TABLE task_owner; DROP TABLE task_list; DROP TABLE task_review; " \
	"DROP TABLE IF EXISTS talk; DROP TABLE IF EXISTS transparency; " \
	"DROP TABLE objective; DROP TABLE objective_origin; " \
	"DROP TABLE IF EXISTS open_window; " \
	"DROP TABLE touch_detail; DROP TABLE touch_guideline; DROP TABLE touch_invite; " \
	"ALTER TABLE checkin DROP COLUMN uid; ALTER TABLE gesture DROP COLUMN uid; " \
	"ALTER TABLE repair DROP COLUMN uid; ALTER TABLE touch DROP COLUMN uid; " \
	"ALTER TABLE timeout DROP COLUMN uid; " \
	DROP_PRACTICES
/* The practices' own tables, which older schemas had none of. */
#define DROP_PRACTICES \
	"DROP TABLE ritual_day; DROP TABLE ritual_pause; DROP TABLE ritual; " \
	"DROP TABLE IF EXISTS calendar; "

static void assert_same_entry(const struct entry *a, const struct entry *b)
{
	assert_int_equal(a->id, b->id);
	assert_int_equal(a->kind, b->kind);
	assert_int_equal(a->partner, b->partner);
	assert_int_equal(a->day, b->day);
	assert_int_equal(a->created_at, b->created_at);
	assert_int_equal(a->rev, b->rev);
	if (a->text || b->text) {
		assert_non_null(a->text);
		assert_non_null(b->text);
		assert_string_equal(a->text, b->text);
	}
	assert_int_equal(a->mood, b->mood);
	assert_int_equal(a->stress, b->stress);
	assert_int_equal(a->bid, b->bid);
	assert_int_equal(a->accepted, b->accepted);
	assert_int_equal(a->stage, b->stage);
	assert_int_equal(a->minutes, b->minutes);
	assert_int_equal(a->light, b->light);
	assert_int_equal(a->phrase, b->phrase);
	assert_int_equal(a->called_at, b->called_at);
	assert_int_equal(a->returned_at, b->returned_at);
	assert_int_equal(a->scheduled_at, b->scheduled_at);
}

static size_t count_all(struct store *st)
{
	struct entry_list l = { 0 };
	struct tend_err err = { 0 };
	assert_int_equal(store_list_all(st, &l, &err), TEND_OK);
	size_t n = l.n;
	entry_list_free(&l);
	return n;
}

/* A real tend database holding a few entries, closed. */
static void make_tend_db(const char *path)
{
	struct store *st = open_ok(path);
	for (int i = 0; i < 40; i++) {
		struct entry e = mk(ENTRY_GESTURE, 1 + i % 2, d(2024, 3, 1 + i % 28),
		                    1700000000 + i, "a warm note that takes some room");
		e.bid = BID_TOWARD;
		add_ok(st, &e);
	}
	store_close(st);
}

static void test_fresh_file_modes(void **state)
{
	struct fixture *fx = *state;
	char path[256], dir1[256], dir2[256], side[300];
	in_dir(fx, "a", dir1);
	in_dir(fx, "a/b", dir2);
	in_dir(fx, "a/b/tend.db", path);
	mode_t old = umask(022);
	struct store *st = open_ok(path);
	struct entry e = mk(ENTRY_REPAIR, 1, d(2024, 5, 1), 0, "sorry");
	add_ok(st, &e);
	assert_true(e.created_at > 0);
	assert_int_equal(mode_of(dir1), 0700);
	assert_int_equal(mode_of(dir2), 0700);
	assert_int_equal(mode_of(path), 0600);
	snprintf(side, sizeof side, "%s-wal", path);
	assert_int_equal(mode_of(side), 0600);
	snprintf(side, sizeof side, "%s-shm", path);
	assert_int_equal(mode_of(side), 0600);
	assert_string_equal(store_path(st), path);
	store_close(st);
	umask(old);
	assert_int_equal(raw_int(path, "PRAGMA application_id"), STORE_APPLICATION_ID);
	assert_int_equal(raw_int(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM sqlite_master WHERE "
	                         "name = 'plan_tick'"), 1);
	/* Opening it again is fine and changes nothing. */
	st = open_ok(path);
	assert_int_equal(count_all(st), 1);
	store_close(st);
}

/* Open must fail with msg, leaving the file's bytes as they were. */
static void assert_refused(const char *path, const char *msg_tail)
{
	size_t n1, n2;
	char *before = slurp(path, &n1);
	struct tend_err err = { 0 };
	char want[512];
	assert_null(store_open(path, &err));
	assert_int_equal(err.code, TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s: %s", path, msg_tail);
	if (msg_tail[strlen(msg_tail) - 1] == '(')
		assert_memory_equal(err.msg, want, strlen(want));
	else
		assert_string_equal(err.msg, want);
	char *after = slurp(path, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	free(before);
	free(after);
	/* Nothing was created beside it either. */
	char side[600];
	snprintf(side, sizeof side, "%s-wal", path);
	assert_false(exists(side));
	snprintf(side, sizeof side, "%s-shm", path);
	assert_false(exists(side));
}

static void test_refuse_directory(void **state)
{
	struct fixture *fx = *state;
	char path[256];
	in_dir(fx, "adir", path);
	assert_int_equal(mkdir(path, 0700), 0);
	struct tend_err err = { 0 };
	assert_null(store_open(path, &err));
	assert_int_equal(err.code, TEND_E_RUNTIME);
	char want[300];
	snprintf(want, sizeof want, "%s: is a directory", path);
	assert_string_equal(err.msg, want);
	DIR *dir = opendir(path);
	assert_non_null(dir);
	int entries = 0;
	while (readdir(dir))
		entries++;
	closedir(dir);
	assert_int_equal(entries, 2);
}

static void test_refuse_empty_file(void **state)
{
	struct fixture *fx = *state;
	spit(fx->path, "", 0);
	assert_refused(fx->path, "the file is empty, not a tend database");
}

static void test_refuse_garbage(void **state)
{
	struct fixture *fx = *state;
	char text[4096];
	for (size_t i = 0; i < sizeof text; i++)
		text[i] = "our shopping list\n"[i % 18];
	spit(fx->path, text, sizeof text);
	assert_refused(fx->path, "not a SQLite database");
	spit(fx->path, "SQLite", 6);
	assert_refused(fx->path, "not a SQLite database");
}

static void test_refuse_truncated(void **state)
{
	struct fixture *fx = *state;
	char cut[256];
	make_tend_db(fx->path);
	size_t n;
	char *bytes = slurp(fx->path, &n);
	assert_true(n >= 8192);
	spit(in_dir(fx, "cut.db", cut), bytes, n / 2 + 100);
	assert_refused(cut, "the database is damaged (");
	/* Cut at a page boundary: the header still says more pages. */
	spit(cut, bytes, 4096);
	assert_refused(cut, "the database is damaged (");
	free(bytes);
	assert_false(exists(in_dir(fx, "cut.db-wal", cut)));
}

static void test_refuse_corrupt_page(void **state)
{
	struct fixture *fx = *state;
	make_tend_db(fx->path);
	size_t n;
	char *bytes = slurp(fx->path, &n);
	assert_true(n >= 3 * 4096);
	char copy[256];
	in_dir(fx, "copy.db", copy);
	/* The header's schema fields scrambled. */
	memset(bytes + 40, 0xff, 20);
	spit(copy, bytes, n);
	assert_refused(copy, "the database is damaged (");
	memset(bytes + 40, 0, 20);
	/* Page 2 (a table's b-tree) overwritten. */
	memset(bytes + 4096 + 8, 0x5a, 4096 - 8);
	spit(fx->path, bytes, n);
	free(bytes);
	assert_refused(fx->path, "the database is damaged (");
}

static void test_refuse_other_app(void **state)
{
	struct fixture *fx = *state;
	raw_exec(fx->path, "CREATE TABLE notes (body TEXT); "
	         "INSERT INTO notes VALUES ('milk');");
	assert_refused(fx->path, "not a tend database");
	/* Another application's id, even with no tables. */
	char other[256];
	raw_exec(in_dir(fx, "other.db", other), "PRAGMA application_id = 42; "
	         "CREATE TABLE t (x); DROP TABLE t;");
	assert_refused(other, "not a tend database");
}

static void test_refuse_newer_schema(void **state)
{
	struct fixture *fx = *state;
	make_tend_db(fx->path);
	raw_exec(fx->path, "PRAGMA user_version = 99");
	char msg[96];
	snprintf(msg, sizeof msg, "made by a newer tend (schema 99); "
	         "this tend knows up to %d", STORE_SCHEMA_VERSION);
	assert_refused(fx->path, msg);
}

static void test_adopt_empty_sqlite(void **state)
{
	struct fixture *fx = *state;
	raw_exec(fx->path, "CREATE TABLE t (x); DROP TABLE t;");
	assert_int_equal(raw_int(fx->path, "PRAGMA user_version"), 0);
	struct store *st = open_ok(fx->path);
	struct entry e = mk(ENTRY_GESTURE, 2, d(2024, 1, 2), 5, NULL);
	add_ok(st, &e);
	store_close(st);
	assert_int_equal(raw_int(fx->path, "PRAGMA application_id"),
	                 STORE_APPLICATION_ID);
	assert_int_equal(raw_int(fx->path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
}

/* A version-1 database (made by this build, then taken back to version 1)
 * keeps its entries and gets its touch stage from its touch sessions. */
static void test_migrate_v1_to_v2(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry t1 = mk(ENTRY_TOUCH, 1, d(2024, 2, 1), 10, "shoulders");
	t1.stage = 1;
	t1.minutes = 5;
	struct entry t2 = mk(ENTRY_TOUCH, 2, d(2024, 2, 20), 20, NULL);
	t2.stage = 2;
	t2.light = LIGHT_GREEN;
	struct entry t3 = t2;
	t3.day = d(2024, 2, 25);
	struct entry c = mk(ENTRY_CHECKIN, 1, d(2024, 2, 1), 30, "tea");
	c.mood = 4;
	c.stress = 2;
	add_ok(st, &t1);
	add_ok(st, &t2);
	add_ok(st, &t3);
	add_ok(st, &c);
	store_close(st);
	raw_exec(fx->path, "DROP TABLE touch_stage; DROP TABLE plan_tick; "
	         DROP_UIDS "PRAGMA user_version = 1;");

	st = open_ok(fx->path);
	assert_int_equal(raw_int(fx->path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	struct tend_err err = { 0 };
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_CHECKIN, c.id, &got, &err), TEND_OK);
	assert_same_entry(&got, &c);
	entry_clear(&got);
	assert_int_equal(count_all(st), 4);
	struct store_stage sg;
	assert_int_equal(store_stage_get(st, &sg, &err), TEND_OK);
	assert_int_equal(sg.stage, 2);
	assert_int_equal(sg.since, d(2024, 2, 20));
	bool done = true;
	assert_int_equal(store_tick_get(st, "walk", d(2024, 2, 19), &done, &err),
	                 TEND_OK);
	assert_false(done);
	store_close(st);
}

static void test_round_trip_every_kind(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry v[ENTRY_KIND_COUNT];
	v[ENTRY_CHECKIN] = mk(ENTRY_CHECKIN, 2, d(2024, 4, 3), 300, "the soup");
	v[ENTRY_CHECKIN].mood = 5;
	v[ENTRY_CHECKIN].stress = 1;
	v[ENTRY_GESTURE] = mk(ENTRY_GESTURE, 1, d(2024, 4, 2), 200, "filled \"her\" water");
	v[ENTRY_GESTURE].bid = BID_AWAY;
	v[ENTRY_REPAIR] = mk(ENTRY_REPAIR, 2, d(2024, 4, 3), 100, "I rolled my eyes");
	v[ENTRY_REPAIR].accepted = true;
	v[ENTRY_TOUCH] = mk(ENTRY_TOUCH, 1, d(2024, 4, 1), 400, "slower; lighter");
	v[ENTRY_TOUCH].stage = 3;
	v[ENTRY_TOUCH].minutes = 25;
	v[ENTRY_TOUCH].light = LIGHT_YELLOW;
	v[ENTRY_TIMEOUT] = mk(ENTRY_TIMEOUT, 2, d(2024, 4, 3), 100, "This matters");
	v[ENTRY_TIMEOUT].phrase = 2;
	v[ENTRY_TIMEOUT].called_at = 1712170000;
	v[ENTRY_TIMEOUT].returned_at = 1712171200;
	v[ENTRY_TIMEOUT].scheduled_at = 1712180000;
	struct tend_err err = { 0 };
	for (int k = 0; k < ENTRY_KIND_COUNT; k++) {
		add_ok(st, &v[k]);
		assert_true(v[k].id > 0);
		assert_int_equal(v[k].rev, 1);
		struct entry got;
		assert_int_equal(store_get(st, k, v[k].id, &got, &err), TEND_OK);
		assert_same_entry(&got, &v[k]);
		entry_clear(&got);
	}
	/* Outside the range, and in another list: */
	struct entry far = mk(ENTRY_GESTURE, 1, d(2024, 4, 9), 1, NULL);
	add_ok(st, &far);

	struct entry_list l = { 0 };
	assert_int_equal(store_list(st, d(2024, 4, 1), d(2024, 4, 3),
	                            ENTRY_MASK_ALL, &l, &err), TEND_OK);
	assert_int_equal(l.n, 5);
	/* day, then created_at, then id */
	assert_same_entry(&l.v[0], &v[ENTRY_TOUCH]);
	assert_same_entry(&l.v[1], &v[ENTRY_GESTURE]);
	assert_same_entry(&l.v[2], &v[ENTRY_REPAIR]);
	assert_same_entry(&l.v[3], &v[ENTRY_TIMEOUT]);
	assert_same_entry(&l.v[4], &v[ENTRY_CHECKIN]);
	/* Appends, and honours the kinds. */
	assert_int_equal(store_list(st, d(2024, 4, 1), d(2024, 4, 30),
	                            ENTRY_MASK(ENTRY_GESTURE), &l, &err), TEND_OK);
	assert_int_equal(l.n, 7);
	assert_same_entry(&l.v[5], &v[ENTRY_GESTURE]);
	assert_same_entry(&l.v[6], &far);
	entry_list_free(&l);
	assert_int_equal(count_all(st), 6);

	struct entry got;
	assert_int_equal(store_get(st, ENTRY_REPAIR, 999, &got, &err), TEND_E_RUNTIME);
	assert_string_equal(err.msg, "no such entry (repair 999)");
	assert_null(got.text);
	store_close(st);
}

static void test_bad_entry_writes_nothing(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry c = mk(ENTRY_CHECKIN, 1, d(2024, 4, 3), 1, NULL);
	c.mood = 9;
	c.stress = 2;
	struct tend_err err = { 0 };
	assert_int_equal(store_add(st, &c, NULL, &err), TEND_E_RUNTIME);
	char want[300];
	snprintf(want, sizeof want, "%s: could not save the check-in: ", fx->path);
	assert_memory_equal(err.msg, want, strlen(want));
	assert_int_equal(c.id, 0);
	c.partner = 3;
	assert_int_equal(store_add(st, &c, NULL, &err), TEND_E_USAGE);
	assert_int_equal(count_all(st), 0);
	store_close(st);
}

static void test_checkin_replaces(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry a = mk(ENTRY_CHECKIN, 1, d(2024, 6, 1), 100, "the walk");
	a.mood = 2;
	a.stress = 4;
	struct entry other = mk(ENTRY_CHECKIN, 2, d(2024, 6, 1), 100, NULL);
	other.mood = 3;
	other.stress = 3;
	struct entry rep;
	assert_int_equal(store_add(st, &a, &rep, &err), TEND_OK);
	assert_int_equal(rep.id, 0);
	assert_int_equal(store_add(st, &other, &rep, &err), TEND_OK);
	assert_int_equal(rep.id, 0);

	struct entry b = mk(ENTRY_CHECKIN, 1, d(2024, 6, 1), 200, "dinner");
	b.mood = 4;
	b.stress = 1;
	assert_int_equal(store_add(st, &b, &rep, &err), TEND_OK);
	assert_same_entry(&rep, &a);
	entry_clear(&rep);
	assert_int_equal(b.id, a.id);
	assert_int_equal(b.rev, 2);
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_CHECKIN, a.id, &got, &err), TEND_OK);
	assert_same_entry(&got, &b);
	entry_clear(&got);
	assert_int_equal(count_all(st), 2);

	/* A deleted check-in's row is reused, but nothing live was replaced. */
	assert_int_equal(store_delete(st, &b, &err), TEND_OK);
	struct entry c = mk(ENTRY_CHECKIN, 1, d(2024, 6, 1), 300, NULL);
	c.mood = 3;
	c.stress = 3;
	assert_int_equal(store_add(st, &c, &rep, &err), TEND_OK);
	assert_int_equal(rep.id, 0);
	assert_null(rep.text);
	assert_int_equal(c.id, a.id);
	assert_int_equal(c.rev, 4);
	assert_int_equal(count_all(st), 2);
	store_close(st);
}

static void test_update_conflict(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 6, 2), 100, "coffee");
	add_ok(st, &g);
	struct entry mine = g, theirs = g;
	mine.text = "coffee in bed";
	mine.bid = BID_TOWARD;
	assert_int_equal(store_update(st, &mine, &err), TEND_OK);
	assert_int_equal(mine.rev, 2);
	theirs.text = "tea";
	assert_int_equal(store_update(st, &theirs, &err), TEND_E_CONFLICT);
	assert_string_equal(err.msg, "this entry was changed or deleted elsewhere; "
	                    "reload it");
	assert_int_equal(theirs.rev, 1);
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_GESTURE, g.id, &got, &err), TEND_OK);
	assert_same_entry(&got, &mine);
	entry_clear(&got);
	/* A deleted entry cannot be edited either. */
	assert_int_equal(store_delete(st, &g, &err), TEND_OK);
	mine.rev = 3;
	assert_int_equal(store_update(st, &mine, &err), TEND_E_CONFLICT);
	store_close(st);
}

static void test_delete_undelete_purge(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry keep = mk(ENTRY_REPAIR, 1, d(2024, 6, 3), 100, "kept");
	struct entry gone = mk(ENTRY_REPAIR, 2, d(2024, 6, 3), 100,
	                       "PINEAPPLE-SECRET-WORDS");
	add_ok(st, &keep);
	add_ok(st, &gone);
	assert_int_equal(store_delete(st, &gone, &err), TEND_OK);
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_REPAIR, gone.id, &got, &err),
	                 TEND_E_RUNTIME);
	assert_int_equal(count_all(st), 1);
	assert_int_equal(store_delete(st, &gone, &err), TEND_E_RUNTIME);
	assert_int_equal(store_undelete(st, &gone, &err), TEND_OK);
	assert_int_equal(count_all(st), 2);
	assert_int_equal(store_undelete(st, &gone, &err),
	                 TEND_E_RUNTIME);
	assert_int_equal(store_delete(st, &gone, &err), TEND_OK);

	/* Erasing one entry leaves live ones and other deletes alone. */
	struct entry other = mk(ENTRY_REPAIR, 1, d(2024, 6, 3), 100, "other");
	add_ok(st, &other);
	assert_int_equal(store_delete(st, &other, &err), TEND_OK);
	assert_int_equal(store_purge_entry(st, &keep, &err), TEND_OK);
	assert_int_equal(store_purge_entry(st, &other, &err), TEND_OK);
	assert_int_equal(store_undelete(st, &other, &err), TEND_E_RUNTIME);
	assert_int_equal(count_all(st), 1);

	/* Deleted after the cut-off: kept for undo. */
	int64_t now = (int64_t)time(NULL);
	assert_int_equal(store_purge_deleted(st, now - 3600, &err), TEND_OK);
	assert_int_equal(store_undelete(st, &gone, &err), TEND_OK);
	assert_int_equal(store_delete(st, &gone, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(st, now + 3600, &err), TEND_OK);
	assert_int_equal(store_undelete(st, &gone, &err),
	                 TEND_E_RUNTIME);
	assert_int_equal(count_all(st), 1);

	/* The words are gone from the file and from the WAL. */
	char wal[300];
	snprintf(wal, sizeof wal, "%s-wal", fx->path);
	size_t n;
	char *bytes = slurp(fx->path, &n);
	assert_false(contains(bytes, n, "PINEAPPLE-SECRET"));
	assert_true(contains(bytes, n, "kept"));
	free(bytes);
	bytes = slurp(wal, &n);
	assert_false(contains(bytes, n, "PINEAPPLE-SECRET"));
	free(bytes);
	store_close(st);
}

static void test_timeouts(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry out;
	bool found = true;
	assert_int_equal(store_timeout_open(st, 0, &out, &found, &err), TEND_OK);
	assert_false(found);
	struct entry a = mk(ENTRY_TIMEOUT, 1, d(2024, 6, 4), 1000, "Time-out");
	a.phrase = 1;
	a.called_at = 1000;
	struct entry b = a;
	b.called_at = 2000;
	b.partner = 2;
	add_ok(st, &a);
	add_ok(st, &b);
	assert_int_equal(store_timeout_open(st, 0, &out, &found, &err), TEND_OK);
	assert_true(found);
	assert_int_equal(out.id, b.id);
	assert_string_equal(out.text, "Time-out");
	entry_clear(&out);

	assert_int_equal(store_timeout_schedule(st, b.id, 90000, &err), TEND_OK);
	assert_int_equal(store_get(st, ENTRY_TIMEOUT, b.id, &out, &err), TEND_OK);
	assert_int_equal(out.scheduled_at, 90000);
	assert_int_equal(out.returned_at, 0);
	assert_int_equal(out.rev, 2);
	entry_clear(&out);
	/* One called before the cut-off no longer counts as running. */
	assert_int_equal(store_timeout_open(st, 2001, &out, &found, &err), TEND_OK);
	assert_false(found);
	assert_int_equal(store_timeout_return(st, b.id, 3200, &err), TEND_OK);
	assert_int_equal(store_timeout_open(st, 0, &out, &found, &err), TEND_OK);
	assert_true(found);
	assert_int_equal(out.id, a.id);
	entry_clear(&out);
	assert_int_equal(store_timeout_return(st, a.id, 2200, &err), TEND_OK);
	assert_int_equal(store_timeout_open(st, 0, &out, &found, &err), TEND_OK);
	assert_false(found);
	assert_int_equal(store_timeout_return(st, 77, 1, &err), TEND_E_RUNTIME);
	assert_string_equal(err.msg, "no such entry (time-out 77)");
	store_close(st);
}

static void test_stage_and_ticks(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct store_stage sg;
	assert_int_equal(store_stage_get(st, &sg, &err), TEND_OK);
	assert_int_equal(sg.stage, 1);
	assert_int_equal(sg.since, DAY_INVALID);
	assert_false(sg.ready[0] || sg.ready[1]);
	assert_int_equal(store_stage_set_ready(st, 2, true, &err), TEND_OK);
	assert_int_equal(store_stage_get(st, &sg, &err), TEND_OK);
	assert_false(sg.ready[0]);
	assert_true(sg.ready[1]);
	assert_int_equal(store_stage_set_ready(st, 1, true, &err), TEND_OK);
	assert_int_equal(store_stage_set_ready(st, 3, true, &err), TEND_E_USAGE);
	assert_int_equal(store_stage_set(st, 2, d(2024, 7, 1), &err), TEND_OK);
	assert_int_equal(store_stage_get(st, &sg, &err), TEND_OK);
	assert_int_equal(sg.stage, 2);
	assert_int_equal(sg.since, d(2024, 7, 1));
	assert_false(sg.ready[0] || sg.ready[1]);
	assert_int_equal(store_stage_set(st, 4, d(2024, 7, 1), &err), TEND_E_USAGE);

	bool done = true;
	assert_int_equal(store_tick_get(st, "tasks", d(2024, 7, 1), &done, &err),
	                 TEND_OK);
	assert_false(done);
	assert_int_equal(store_tick_set(st, "tasks", d(2024, 7, 1), true, &err),
	                 TEND_OK);
	assert_int_equal(store_tick_get(st, "tasks", d(2024, 7, 1), &done, &err),
	                 TEND_OK);
	assert_true(done);
	assert_int_equal(store_tick_get(st, "tasks", d(2024, 7, 8), &done, &err),
	                 TEND_OK);
	assert_false(done);
	assert_int_equal(store_tick_set(st, "tasks", d(2024, 7, 1), false, &err),
	                 TEND_OK);
	assert_int_equal(store_tick_get(st, "tasks", d(2024, 7, 1), &done, &err),
	                 TEND_OK);
	assert_false(done);
	assert_int_equal(store_tick_set(st, "", d(2024, 7, 1), true, &err),
	                 TEND_E_USAGE);
	store_close(st);
}

static void test_partners(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	assert_int_equal(store_set_partners(st, "Ana", "Ben", &err), TEND_OK);
	assert_int_equal(store_set_partners(st, "Ana", "Benjamin", &err), TEND_OK);
	store_close(st);
	assert_int_equal(raw_int(fx->path, "SELECT count(*) FROM partner"), 2);
	assert_int_equal(raw_int(fx->path, "SELECT count(*) FROM partner WHERE "
	                         "slot = 2 AND name = 'Benjamin'"), 1);
}

static void test_backup(void **state)
{
	struct fixture *fx = *state;
	char dest[256];
	make_tend_db(fx->path);
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	in_dir(fx, "backup.db", dest);
	mode_t old = umask(0);
	assert_int_equal(store_backup(st, dest, &err), TEND_OK);
	umask(old);
	assert_int_equal(mode_of(dest), 0600);
	/* Only the database, its backup and the live WAL files remain. */
	DIR *dir = opendir(fx->dir);
	assert_non_null(dir);
	struct dirent *de;
	while ((de = readdir(dir)))
		assert_null(strstr(de->d_name, "backup.db.tmp"));
	closedir(dir);
	assert_int_equal(raw_int(dest, "PRAGMA application_id"), STORE_APPLICATION_ID);

	struct store *copy = open_ok(dest);
	struct entry_list a = { 0 }, b = { 0 };
	assert_int_equal(store_list_all(st, &a, &err), TEND_OK);
	assert_int_equal(store_list_all(copy, &b, &err), TEND_OK);
	assert_int_equal(a.n, 40);
	assert_int_equal(a.n, b.n);
	for (size_t i = 0; i < a.n; i++)
		assert_same_entry(&a.v[i], &b.v[i]);
	entry_list_free(&a);
	entry_list_free(&b);
	store_close(copy);

	char bad[300];
	snprintf(bad, sizeof bad, "%s/no/such/dir/x.db", fx->dir);
	assert_int_equal(store_backup(st, bad, &err), TEND_E_RUNTIME);
	store_close(st);
}

static void test_data_version(void **state)
{
	struct fixture *fx = *state;
	struct store *a = open_ok(fx->path);
	struct store *b = open_ok(fx->path);
	int64_t v = store_data_version(a);
	assert_true(v >= 0);
	assert_int_equal(store_data_version(a), v);
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 8, 1), 1, NULL);
	add_ok(b, &g);
	assert_true(store_data_version(a) != v);
	store_close(a);
	store_close(b);
}

static void test_busy(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	sqlite3_busy_timeout(st->db, 1);
	sqlite3 *other;
	assert_int_equal(sqlite3_open(fx->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	                 SQLITE_OK);
	struct tend_err err = { 0 };
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 8, 1), 1, "hug");
	assert_int_equal(store_add(st, &g, NULL, &err), TEND_E_BUSY);
	char want[300];
	snprintf(want, sizeof want, "%s: the database is busy (another tend, or "
	         "another program, is saving); nothing was written", fx->path);
	assert_string_equal(err.msg, want);
	assert_int_equal(g.id, 0);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	add_ok(st, &g);
	assert_int_equal(count_all(st), 1);
	store_close(st);
}

/* In a child: add n gestures through its own connection; exit status 0 if
 * every one was saved. */
static void child_writes(const char *path, int partner, int n)
{
	struct tend_err err = { 0 };
	struct store *st = store_open(path, &err);
	if (!st)
		_exit(2);
	for (int i = 0; i < n; i++) {
		struct entry e = mk(ENTRY_GESTURE, partner, d(2024, 9, 1 + i % 30),
		                    1000 + i, "from a child");
		if (store_add(st, &e, NULL, &err) != TEND_OK)
			_exit(3);
	}
	store_close(st);
	_exit(0);
}

static void test_two_processes(void **state)
{
	struct fixture *fx = *state;
	store_close(open_ok(fx->path));
	pid_t pid[2];
	for (int i = 0; i < 2; i++) {
		pid[i] = fork();
		assert_true(pid[i] >= 0);
		if (pid[i] == 0)
			child_writes(fx->path, i + 1, 200);
	}
	/* Back up while they write: each copy is a whole, readable database. */
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	char dest[256];
	in_dir(fx, "during.db", dest);
	for (int i = 0; i < 5; i++) {
		assert_int_equal(store_backup(st, dest, &err), TEND_OK);
		struct store *copy = open_ok(dest);
		assert_true(count_all(copy) <= 400);
		store_close(copy);
	}
	for (int i = 0; i < 2; i++) {
		int status;
		assert_int_equal(waitpid(pid[i], &status, 0), pid[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	assert_int_equal(count_all(st), 400);
	store_close(st);
}

/* A database that others could read is made private again when opened. */
static void test_tighten_modes(void **state)
{
	struct fixture *fx = *state;
	char wal[300];
	make_tend_db(fx->path);
	assert_int_equal(chmod(fx->path, 0644), 0);
	snprintf(wal, sizeof wal, "%s-wal", fx->path);
	spit(wal, "", 0);
	assert_int_equal(chmod(wal, 0666), 0);
	struct store *st = open_ok(fx->path);
	assert_int_equal(mode_of(fx->path), 0600);
	assert_int_equal(mode_of(wal), 0600);
	store_close(st);
}

/* Every text, tick and the stage go; names stay; no text is left in the
 * file or its WAL, while another connection keeps it open. */
static void test_forget_all(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct store *other = open_ok(fx->path);
	struct tend_err err = { 0 };
	assert_int_equal(store_set_partners(st, "Ann", "Bo", &err), TEND_OK);
	for (int i = 0; i < 300; i++) {
		char text[64];
		snprintf(text, sizeof text, "WALNUT-SECRET-%d", i);
		struct entry e = mk(i % 2 ? ENTRY_GESTURE : ENTRY_REPAIR, 1 + i % 2,
		                    d(2024, 1, 1) + i, 1000 + i, text);
		add_ok(i % 3 ? st : other, &e);
		if (i % 10 == 0)
			assert_int_equal(store_delete(st, &e, &err), TEND_OK);
	}
	assert_int_equal(store_tick_set(st, "WALNUT-TASK", d(2024, 1, 1), true, &err),
	                 TEND_OK);
	assert_int_equal(store_stage_set(st, 2, d(2024, 1, 5), &err), TEND_OK);
	assert_int_equal(store_forget_all(st, &err), TEND_OK);

	assert_int_equal(count_all(st), 0);
	assert_int_equal(count_all(other), 0);
	struct store_stage sg;
	assert_int_equal(store_stage_get(other, &sg, &err), TEND_OK);
	assert_int_equal(sg.stage, 1);
	bool done = true;
	assert_int_equal(store_tick_get(st, "WALNUT-TASK", d(2024, 1, 1), &done, &err),
	                 TEND_OK);
	assert_false(done);
	assert_int_equal(raw_int(fx->path, "SELECT count(*) FROM partner WHERE "
	                         "name IN ('Ann', 'Bo')"), 2);
	char wal[300];
	snprintf(wal, sizeof wal, "%s-wal", fx->path);
	size_t n;
	char *bytes = slurp(fx->path, &n);
	assert_false(contains(bytes, n, "WALNUT"));
	assert_true(contains(bytes, n, "Ann"));
	free(bytes);
	bytes = slurp(wal, &n);
	assert_int_equal(n, 0);
	free(bytes);
	/* Still a working database. */
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 8, 1), 1, "afresh");
	add_ok(other, &g);
	assert_int_equal(count_all(st), 1);
	store_close(other);
	store_close(st);
}

/* A file in dir exists (name relative to dir). */
static bool has_file(const char *dir, const char *name)
{
	char path[512];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return exists(path);
}

static void test_backup_daily(void **state)
{
	struct fixture *fx = *state;
	make_tend_db(fx->path);
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	char *dir = store_backup_dir(st);
	char want[512];
	assert_string_equal(dir, in_dir(fx, "backups", want));
	mode_t old = umask(0);
	assert_int_equal(store_backup_daily(st, dir, d(2024, 3, 10), 3, &err), TEND_OK);
	umask(old);
	assert_int_equal(mode_of(dir), 0700);
	assert_true(has_file(dir, "tend-2024-03-10.db"));
	char path[512];
	snprintf(path, sizeof path, "%s/tend-2024-03-10.db", dir);
	assert_int_equal(mode_of(path), 0600);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM gesture"), 40);

	/* The same day again: today's copy is not made twice. */
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 8, 1), 1, "later");
	add_ok(st, &g);
	assert_int_equal(store_backup_daily(st, dir, d(2024, 3, 10), 3, &err), TEND_OK);
	assert_int_equal(raw_int(path, "SELECT count(*) FROM gesture"), 40);

	/* Older ones beyond the newest three go; other files stay; an old
	 * leftover temporary file goes, a fresh one stays. */
	for (int day = 11; day <= 14; day++)
		assert_int_equal(store_backup_daily(st, dir, d(2024, 3, day), 3, &err),
		                 TEND_OK);
	snprintf(path, sizeof path, "%s/mine.db", dir);
	spit(path, "x", 1);
	snprintf(path, sizeof path, "%s/tend-2024-03-01.db.tmp-abcdef", dir);
	spit(path, "x", 1);
	struct timespec times[2] = { { .tv_sec = 1000 }, { .tv_sec = 1000 } };
	assert_int_equal(utimensat(AT_FDCWD, path, times, 0), 0);
	snprintf(path, sizeof path, "%s/tend-2024-03-02.db.tmp-fresh1", dir);
	spit(path, "x", 1);
	/* Fresh by tend's clock, which a test run may have moved. */
	struct timespec fresh[2] = { { .tv_sec = time(NULL) }, { .tv_sec = time(NULL) } };
	assert_int_equal(utimensat(AT_FDCWD, path, fresh, 0), 0);
	/* An old temporary file that a live tend holds locked stays, whatever
	 * the clocks say, and so does the journal SQLite keeps beside it. */
	char live[512], journal[600];
	snprintf(live, sizeof live, "%s/tend-2024-03-03.db.tmp-live01", dir);
	spit(live, "x", 1);
	snprintf(journal, sizeof journal, "%s-journal", live);
	spit(journal, "x", 1);
	assert_int_equal(utimensat(AT_FDCWD, live, times, 0), 0);
	assert_int_equal(utimensat(AT_FDCWD, journal, times, 0), 0);
	int held = open(live, O_RDONLY);
	assert_true(held >= 0);
	assert_int_equal(flock(held, LOCK_EX), 0);
	assert_int_equal(store_backup_daily(st, dir, d(2024, 3, 15), 3, &err), TEND_OK);
	assert_true(has_file(dir, "tend-2024-03-03.db.tmp-live01"));
	assert_true(has_file(dir, "tend-2024-03-03.db.tmp-live01-journal"));
	close(held);
	assert_false(has_file(dir, "tend-2024-03-12.db"));
	assert_true(has_file(dir, "tend-2024-03-13.db"));
	assert_true(has_file(dir, "tend-2024-03-15.db"));
	assert_true(has_file(dir, "mine.db"));
	assert_false(has_file(dir, "tend-2024-03-01.db.tmp-abcdef"));
	assert_true(has_file(dir, "tend-2024-03-02.db.tmp-fresh1"));

	/* Forgetting removes every backup tend made, and only those. */
	int removed = 0;
	assert_int_equal(store_backup_remove_all(dir, &removed, &err), TEND_OK);
	/* Three backups, the fresh temporary file, the live one and its journal. */
	assert_int_equal(removed, 6);
	assert_false(has_file(dir, "tend-2024-03-03.db.tmp-live01-journal"));
	assert_true(has_file(dir, "mine.db"));
	assert_false(has_file(dir, "tend-2024-03-15.db"));

	/* A file where the folder should be: a clear error. */
	char bad[300];
	snprintf(bad, sizeof bad, "%s/mine.db", dir);
	assert_int_equal(store_backup_daily(st, bad, d(2024, 3, 15), 3, &err),
	                 TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s: could not create the backup folder: ", bad);
	assert_memory_equal(err.msg, want, strlen(want));
	free(dir);
	store_close(st);
}

/* Restore replaces everything, keeps a safety copy, never writes to the
 * backup, and another open connection sees the change. */
static void test_restore(void **state)
{
	struct fixture *fx = *state;
	char src[256];
	in_dir(fx, "saved.db", src);
	make_tend_db(fx->path);
	struct store *st = open_ok(fx->path);
	struct store *other = open_ok(fx->path);
	struct tend_err err = { 0 };
	assert_int_equal(store_backup(st, src, &err), TEND_OK);
	struct entry g = mk(ENTRY_GESTURE, 1, d(2024, 8, 1), 1, "after the backup");
	add_ok(st, &g);
	assert_int_equal(count_all(st), 41);
	size_t n1, n2;
	char *before = slurp(src, &n1);
	int64_t v = store_data_version(other);
	char *safety = NULL;
	assert_int_equal(store_restore(st, src, &safety, &err), TEND_OK);
	assert_non_null(safety);
	assert_int_equal(count_all(st), 40);
	assert_int_equal(count_all(other), 40);
	assert_true(store_data_version(other) != v);
	char *after = slurp(src, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	free(before);
	free(after);
	assert_non_null(strstr(safety, "/backups/tend-before-restore-"));
	assert_int_equal(mode_of(safety), 0600);
	assert_int_equal(raw_int(safety, "SELECT count(*) FROM gesture"), 41);
	/* Nothing temporary is left in the backups folder. */
	char *dir = store_backup_dir(st);
	DIR *dd = opendir(dir);
	assert_non_null(dd);
	struct dirent *de;
	int files = 0;
	while ((de = readdir(dd)))
		if (de->d_name[0] != '.' || strncmp(de->d_name, ".restore", 8) == 0)
			files++;
	closedir(dd);
	assert_int_equal(files, 1);
	free(dir);
	free(safety);
	add_ok(other, &g);
	assert_int_equal(count_all(st), 41);
	store_close(other);
	store_close(st);
}

/* An older backup is brought up to date in a copy; the file is untouched. */
static void test_restore_old_schema(void **state)
{
	struct fixture *fx = *state;
	char src[256];
	in_dir(fx, "v1.db", src);
	make_tend_db(src);
	raw_exec(src, "DROP TABLE touch_stage; DROP TABLE plan_tick; "
	         DROP_UIDS "PRAGMA user_version = 1;");
	size_t n1, n2;
	char *before = slurp(src, &n1);
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	char *safety = NULL;
	assert_int_equal(store_restore(st, src, &safety, &err), TEND_OK);
	assert_int_equal(count_all(st), 40);
	assert_int_equal(raw_int(fx->path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	bool done = true;
	assert_int_equal(store_tick_get(st, "walk", d(2024, 2, 19), &done, &err),
	                 TEND_OK);
	char *after = slurp(src, &n2);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	free(before);
	free(after);
	free(safety);
	store_close(st);
}

/* What restore refuses, leaving the live data and the file as they were. */
static void test_restore_refuses(void **state)
{
	struct fixture *fx = *state;
	char path[256], want[400];
	make_tend_db(fx->path);
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	char *safety = (char *)"unset";

	in_dir(fx, "empty.db", path);
	raw_exec(path, "PRAGMA user_version = 0");
	assert_int_equal(store_restore(st, path, &safety, &err), TEND_E_RUNTIME);
	assert_null(safety);
	snprintf(want, sizeof want, "%s: not a tend database (an empty one, or "
	         "another program's)", path);
	assert_string_equal(err.msg, want);

	in_dir(fx, "newer.db", path);
	make_tend_db(path);
	raw_exec(path, "PRAGMA user_version = 99");
	assert_int_equal(store_restore(st, path, &safety, &err), TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s: made by a newer tend (schema 99); this "
	         "tend knows up to %d", path, STORE_SCHEMA_VERSION);
	assert_string_equal(err.msg, want);

	in_dir(fx, "garbage.db", path);
	spit(path, "hello, not a database at all", 28);
	assert_int_equal(store_restore(st, path, &safety, &err), TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s: not a SQLite database", path);
	assert_string_equal(err.msg, want);

	in_dir(fx, "missing.db", path);
	assert_int_equal(store_restore(st, path, &safety, &err), TEND_E_RUNTIME);
	assert_int_equal(count_all(st), 40);
	store_close(st);
}

/* Opening and closing write nothing when nothing changes: a command that
 * only reads does not wait for another writer's lock. */
static void test_no_lock_when_nothing_changes(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	assert_int_equal(store_set_partners(st, "Ann", "Bo", &err), TEND_OK);
	sqlite3 *other;
	assert_int_equal(sqlite3_open(fx->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	                 SQLITE_OK);
	sqlite3_busy_timeout(st->db, 1);
	assert_int_equal(store_set_partners(st, "Ann", "Bo", &err), TEND_OK);
	assert_int_equal(store_purge_deleted(st, time(NULL) + 1, &err), TEND_OK);
	assert_int_equal(store_set_partners(st, "Ann", "Cy", &err), TEND_E_BUSY);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	store_close(st);
}

/* An id is never given to another entry: not after the entry is erased,
 * not after forget, not after a restore of an older backup. */
static void test_ids_never_reused(void **state)
{
	struct fixture *fx = *state;
	char src[256];
	in_dir(fx, "older.db", src);
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry a = mk(ENTRY_GESTURE, 1, d(2024, 6, 1), 10, "first");
	add_ok(st, &a);
	assert_int_equal(store_backup(st, src, &err), TEND_OK);
	struct entry b = mk(ENTRY_GESTURE, 2, d(2024, 6, 1), 20, "second");
	add_ok(st, &b);
	assert_int_equal(store_delete(st, &b, &err), TEND_OK);
	assert_int_equal(store_purge_entry(st, &b, &err), TEND_OK);
	struct entry c = mk(ENTRY_GESTURE, 1, d(2024, 6, 1), 30, "third");
	add_ok(st, &c);
	assert_true(c.id > b.id);
	assert_true(c.uid != b.uid);

	assert_int_equal(store_forget_all(st, &err), TEND_OK);
	struct entry e = mk(ENTRY_GESTURE, 1, d(2024, 6, 2), 40, "after forget");
	add_ok(st, &e);
	assert_true(e.id > c.id);

	/* The backup knows only a; its entries come back as they were (a keeps
	 * its id and uid), and the next entry still takes a new id. */
	char *safety = NULL;
	assert_int_equal(store_restore(st, src, &safety, &err), TEND_OK);
	free(safety);
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_GESTURE, a.id, &got, &err), TEND_OK);
	assert_int_equal(got.uid, a.uid);
	entry_clear(&got);
	struct entry f = mk(ENTRY_GESTURE, 2, d(2024, 6, 3), 50, "after restore");
	add_ok(st, &f);
	assert_true(f.id > e.id);
	store_close(st);
}

/* An edit, delete, undelete or purge that names an id whose entry is now
 * another one (its uid differs) touches nothing. */
static void test_stale_uid_touches_nothing(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry mine = mk(ENTRY_REPAIR, 1, d(2024, 6, 1), 10, "mine");
	add_ok(st, &mine);
	/* Another database's entry under the same id, same rev. */
	char sql[160];
	snprintf(sql, sizeof sql, "UPDATE repair SET uid = uid + 2, text = 'theirs' "
	         "WHERE id = %lld", (long long)mine.id);
	raw_exec(fx->path, sql);
	struct entry edit = mine;
	edit.text = "edited";
	assert_int_equal(store_update(st, &edit, &err), TEND_E_CONFLICT);
	assert_int_equal(store_delete(st, &mine, &err), TEND_E_RUNTIME);
	struct entry got;
	assert_int_equal(store_get(st, ENTRY_REPAIR, mine.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "theirs");
	assert_int_equal(got.rev, 1);
	/* Deleted there: my undelete and my purge do not reach it either. */
	assert_int_equal(store_delete(st, &got, &err), TEND_OK);
	assert_int_equal(store_undelete(st, &mine, &err), TEND_E_RUNTIME);
	assert_int_equal(store_purge_entry(st, &mine, &err), TEND_OK);
	assert_int_equal(store_undelete(st, &got, &err), TEND_OK);
	entry_clear(&got);
	assert_int_equal(count_all(st), 1);

	/* A check-in logged again over a deleted one is a new entry. */
	struct entry c = mk(ENTRY_CHECKIN, 1, d(2024, 6, 1), 10, NULL);
	c.mood = c.stress = 3;
	add_ok(st, &c);
	struct entry old = c;
	assert_int_equal(store_delete(st, &c, &err), TEND_OK);
	struct entry again = mk(ENTRY_CHECKIN, 1, d(2024, 6, 1), 20, "again");
	again.mood = again.stress = 4;
	add_ok(st, &again);
	assert_int_equal(again.id, old.id);
	assert_true(again.uid != old.uid);
	assert_int_equal(store_delete(st, &old, &err), TEND_E_RUNTIME);
	assert_int_equal(count_all(st), 2);
	store_close(st);
}

/* A schema-2 database keeps every entry (deleted ones too) through the
 * migration to ids that are never reused, each with its own uid. */
static void test_migrate_v2_keeps_entries(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry g[3];
	for (int i = 0; i < 3; i++) {
		g[i] = mk(ENTRY_GESTURE, 1 + i % 2, d(2024, 6, 1 + i), 10 + i, "g");
		add_ok(st, &g[i]);
	}
	assert_int_equal(store_delete(st, &g[1], &err), TEND_OK);
	store_close(st);
	raw_exec(fx->path, DROP_UIDS "PRAGMA user_version = 2;");
	st = open_ok(fx->path);
	assert_int_equal(raw_int(fx->path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(raw_int(fx->path, "SELECT count(*) FROM gesture"), 3);
	assert_int_equal(raw_int(fx->path, "SELECT count(DISTINCT uid) FROM gesture "
	                         "WHERE uid <> 0"), 3);
	assert_int_equal(raw_int(fx->path, "SELECT count(*) FROM gesture WHERE "
	                         "deleted_at IS NOT NULL"), 1);
	/* The erased last one's id is not taken again. */
	struct entry last = g[2];
	assert_int_equal(store_get(st, ENTRY_GESTURE, last.id, &last, &err), TEND_OK);
	assert_int_equal(store_delete(st, &last, &err), TEND_OK);
	assert_int_equal(store_purge_entry(st, &last, &err), TEND_OK);
	entry_clear(&last);
	struct entry n = mk(ENTRY_GESTURE, 1, d(2024, 6, 9), 90, "new");
	add_ok(st, &n);
	assert_true(n.id > g[2].id);
	store_close(st);
}

/* Purging a deleted entry erases it from the daily backups and the safety
 * copies too (also from one made before uids); a damaged database's copy
 * keeps it, and forget removes that copy with its WAL. */
static void test_purge_reaches_backups(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	struct entry keep = mk(ENTRY_GESTURE, 1, d(2024, 6, 1), 10, "KEEP-ME");
	struct entry g = mk(ENTRY_GESTURE, 2, d(2024, 6, 1), 20, "KIWI-SECRET");
	struct entry r = mk(ENTRY_REPAIR, 1, d(2024, 6, 1), 30, "KIWI-REPAIR");
	add_ok(st, &keep);
	add_ok(st, &g);
	add_ok(st, &r);
	char *dir = store_backup_dir(st);
	assert_int_equal(store_backup_daily(st, dir, d(2024, 6, 1), 7, &err), TEND_OK);
	char daily[512], old[512], damaged[512], wal[520], safety[512];
	snprintf(daily, sizeof daily, "%s/tend-2024-06-01.db", dir);
	snprintf(old, sizeof old, "%s/tend-2024-05-31.db", dir);
	snprintf(damaged, sizeof damaged, "%s/tend-damaged-20240601-101010.db", dir);
	snprintf(wal, sizeof wal, "%s-wal", damaged);
	snprintf(safety, sizeof safety, "%s/tend-before-restore-20240601-101010.db", dir);
	assert_int_equal(store_backup(st, old, &err), TEND_OK);
	raw_exec(old, DROP_UIDS "PRAGMA user_version = 2;");
	assert_int_equal(store_backup(st, damaged, &err), TEND_OK);
	spit(wal, "KIWI-SECRET", 11);
	assert_int_equal(store_backup(st, safety, &err), TEND_OK);

	assert_int_equal(store_delete(st, &g, &err), TEND_OK);
	assert_int_equal(store_purge_entry(st, &g, &err), TEND_OK);
	assert_int_equal(store_delete(st, &r, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(st, (int64_t)time(NULL) + 10, &err), TEND_OK);
	const char *scrubbed[] = { daily, old, safety };
	for (size_t i = 0; i < 3; i++) {
		size_t n;
		char *bytes = slurp(scrubbed[i], &n);
		assert_false(contains(bytes, n, "KIWI-SECRET"));
		assert_false(contains(bytes, n, "KIWI-REPAIR"));
		assert_true(contains(bytes, n, "KEEP-ME"));
		free(bytes);
		assert_int_equal(raw_int(scrubbed[i], "SELECT count(*) FROM gesture"), 1);
	}
	assert_int_equal(raw_int(damaged, "SELECT count(*) FROM gesture"), 2);
	assert_int_equal(store_backup_count_damaged(dir), 1);

	int removed = 0;
	assert_int_equal(store_backup_remove_all(dir, &removed, &err), TEND_OK);
	assert_int_equal(removed, 4);
	assert_false(exists(wal));
	assert_int_equal(store_backup_count_damaged(dir), 0);
	free(dir);
	store_close(st);
}

/* Leave a WAL behind as a killed tend would: "before" checkpointed into
 * the file, then n gestures only in the WAL. Returns the page size. */
static int leave_wal(const char *path, int n)
{
	struct store *st = open_ok(path);
	struct entry e = mk(ENTRY_GESTURE, 1, d(2024, 6, 1), 1, "before");
	add_ok(st, &e);
	store_close(st);
	st = open_ok(path);
	assert_int_equal(sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_exec(st->db, "PRAGMA wal_autocheckpoint = 0", NULL, NULL,
	                              NULL), SQLITE_OK);
	for (int i = 0; i < n; i++) {
		struct entry g = mk(ENTRY_GESTURE, 2, d(2024, 6, 2), 10 + i, "in the wal");
		add_ok(st, &g);
	}
	int page = 0;
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(st->db, "PRAGMA page_size", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	page = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	store_close(st);
	return page;
}

/* A flipped byte in a frame with saved changes after it: the store refuses
 * to open (SQLite would replay up to the damage and drop the rest), keeps
 * copies once, and store_drop_damaged goes on without the damaged part. A
 * frame cut short at the very end is what a kill leaves: no damage. */
/* Set the file's times to secs seconds ago, as if it had been left alone.
 * The times are read back and set again by what stat() then says: with
 * the clock moved (libfaketime), file times come back moved too. */
static void age(const char *path, int secs)
{
	struct timespec t[2];
	struct stat sb;
	clock_gettime(CLOCK_REALTIME, &t[0]);
	t[0].tv_sec -= secs;
	t[1] = t[0];
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
	assert_int_equal(stat(path, &sb), 0);
	time_t moved = sb.st_mtim.tv_sec - t[0].tv_sec;
	t[0].tv_sec -= moved;
	t[1] = t[0];
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

/* The full check is noted beside the file once it passed, and the note
 * no longer counts once the file changed: damage written after the note
 * is still refused. forget takes the note away; a link is never written
 * through. */
static void test_check_mark(void **state)
{
	struct fixture *fx = *state;
	char note[256], target[256];
	make_tend_db(fx->path);
	/* Just written: too fresh for a note to be trusted, so none is made
	 * (when the clock and the file's time agree: a moved clock, as under
	 * libfaketime, makes every file look old or new). */
	struct stat sb;
	assert_int_equal(stat(fx->path, &sb), 0);
	bool clock_agrees = llabs((long long)time(NULL) - (long long)sb.st_mtim.tv_sec) < 5;
	store_close(open_ok(fx->path));
	in_dir(fx, "tend.db-checked", note);
	if (clock_agrees)
		assert_false(exists(note));
	age(fx->path, 60);
	store_close(open_ok(fx->path));
	assert_true(exists(note));
	assert_int_equal(mode_of(note), 0600);
	/* Page 2 overwritten in place, the size unchanged. */
	size_t n;
	char *bytes = slurp(fx->path, &n);
	memset(bytes + 4096 + 8, 0x5a, 4096 - 8);
	int fd = open(fx->path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, bytes + 4096, 4096, 4096), 4096);
	close(fd);
	free(bytes);
	assert_refused(fx->path, "the database is damaged (");

	/* A healthy file again: forget removes its note. */
	unlink(fx->path);
	make_tend_db(fx->path);
	age(fx->path, 60);
	struct store *st = open_ok(fx->path);
	assert_true(exists(note));
	struct tend_err err = { 0 };
	assert_int_equal(store_forget_all(st, &err), TEND_OK);
	store_close(st);
	assert_false(exists(note));

	/* A link where the note goes: the file it names is left alone. */
	spit(in_dir(fx, "elsewhere", target), "keep", 4);
	assert_int_equal(symlink(target, note), 0);
	age(fx->path, 60);
	store_close(open_ok(fx->path));
	size_t kept;
	char *body = slurp(target, &kept);
	assert_int_equal(kept, 4);
	assert_memory_equal(body, "keep", 4);
	free(body);
}

/* Paging a history gives every live entry once, newest first, in
 * store_list's order reversed, whatever the page size, also across kinds
 * that share a day, a time and an id. */
static void test_page(void **state)
{
	struct fixture *fx = *state;
	struct store *st = open_ok(fx->path);
	struct tend_err err = { 0 };
	for (int i = 0; i < 40; i++) {
		/* Same day and time for pairs of kinds; some deleted. */
		struct entry e = mk(i % 2 ? ENTRY_GESTURE : ENTRY_REPAIR, 1 + i % 2,
		                    d(2025, 3, 1) + i / 4, 5000 + i / 2, "page");
		add_ok(st, &e);
		if (i % 7 == 3)
			assert_int_equal(store_delete(st, &e, &err), TEND_OK);
	}
	struct entry_list all = { 0 };
	assert_int_equal(store_list_all(st, &all, &err), TEND_OK);
	for (size_t n = 1; n <= 7; n += 3) {
		struct entry_list paged = { 0 };
		for (;;) {
			size_t had = paged.n;
			struct entry after = { 0 };
			if (had)
				assert_true(entry_copy(&after, &paged.v[had - 1]));
			assert_int_equal(store_page(st, ENTRY_MASK_ALL, had ? &after : NULL, n,
			                            &paged, &err), TEND_OK);
			entry_clear(&after);
			assert_true(paged.n - had <= n);
			if (paged.n - had < n)
				break;
		}
		assert_int_equal(paged.n, all.n);
		for (size_t i = 0; i < all.n; i++) {
			assert_int_equal(paged.v[i].kind, all.v[all.n - 1 - i].kind);
			assert_int_equal(paged.v[i].id, all.v[all.n - 1 - i].id);
		}
		entry_list_free(&paged);
	}
	/* One kind alone. */
	struct entry_list g = { 0 };
	assert_int_equal(store_page(st, ENTRY_MASK(ENTRY_GESTURE), NULL, 100, &g, &err), TEND_OK);
	for (size_t i = 0; i < g.n; i++)
		assert_int_equal(g.v[i].kind, ENTRY_GESTURE);
	assert_true(g.n > 0 && g.n < all.n);
	entry_list_free(&g);
	entry_list_free(&all);
	store_close(st);
}

static void test_damaged_wal(void **state)
{
	struct fixture *fx = *state;
	int page = leave_wal(fx->path, 9);
	char wal[160];
	snprintf(wal, sizeof wal, "%s-wal", fx->path);
	size_t n;
	char *bytes = slurp(wal, &n);
	size_t frames = (n - 32) / (24 + (size_t)page);
	assert_true(frames >= 9);
	bytes[32 + (frames / 2) * (24 + (size_t)page) + 24 + 100] ^= 0x5a;
	spit(wal, bytes, n);
	struct tend_err err = { 0 };
	for (int round = 0; round < 2; round++) {
		assert_null(store_open(fx->path, &err));
		assert_int_equal(err.code, TEND_E_RUNTIME);
		assert_non_null(strstr(err.msg, "are damaged"));
		assert_non_null(strstr(err.msg, "tend restore --drop-damaged"));
		size_t m;
		char *now = slurp(wal, &m);
		assert_int_equal(m, n);
		assert_memory_equal(now, bytes, n);
		free(now);
	}
	char *dir = store_backup_dir_of(fx->path);
	assert_int_equal(store_backup_count_damaged(dir), 1);
	char *kept = NULL;
	long lost = 0;
	assert_int_equal(store_drop_damaged(fx->path, &kept, &lost, &err), TEND_OK);
	assert_non_null(kept);
	assert_true(lost > 0 && lost < 9);
	assert_int_equal(store_backup_count_damaged(dir), 1);
	struct store *st = open_ok(fx->path);
	size_t left = count_all(st);
	assert_true(left >= 1 && left < 10);
	store_close(st);
	free(kept);
	assert_int_equal(store_drop_damaged(fx->path, &kept, &lost, &err), TEND_OK);
	assert_null(kept);
	free(bytes);

	/* A WAL cut short at its end opens, with every whole change in it. */
	int removed;
	assert_int_equal(store_backup_remove_all(dir, &removed, &err), TEND_OK);
	free(dir);
	unlink(fx->path);
	page = leave_wal(fx->path, 3);
	bytes = slurp(wal, &n);
	spit(wal, bytes, n - 100);
	free(bytes);
	st = open_ok(fx->path);
	assert_int_equal(count_all(st), 3);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fresh_file_modes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_directory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_empty_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_garbage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_truncated, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_corrupt_page, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_other_app, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuse_newer_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_adopt_empty_sqlite, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v1_to_v2, setup, teardown),
		cmocka_unit_test_setup_teardown(test_round_trip_every_kind, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_entry_writes_nothing, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_checkin_replaces, setup, teardown),
		cmocka_unit_test_setup_teardown(test_update_conflict, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete_undelete_purge, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_timeouts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stage_and_ticks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_partners, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup, setup, teardown),
		cmocka_unit_test_setup_teardown(test_data_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_busy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_processes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tighten_modes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forget_all, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup_daily, setup, teardown),
		cmocka_unit_test_setup_teardown(test_restore, setup, teardown),
		cmocka_unit_test_setup_teardown(test_restore_old_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_restore_refuses, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ids_never_reused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_uid_touches_nothing, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v2_keeps_entries, setup,
		                                teardown),
		cmocka_unit_test_setup_teardown(test_purge_reaches_backups, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_wal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_mark, setup, teardown),
		cmocka_unit_test_setup_teardown(test_page, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_lock_when_nothing_changes, setup,
		                                teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
