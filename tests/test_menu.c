/* Unit tests for menu.c, invite.c and guide.c: the two-tier menu file and
 * its mistakes, what a session may record of it, whose turn it is to
 * invite, and the stage-3 guidelines kept with their history. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "tend/guide.h"
#include "tend/invite.h"
#include "tend/menu.h"
#include "tend/text.h"

#include "practice_fixture.h"

#include <sqlite3.h>

/* One number from a database file, read by a connection of its own. */
static int file_sql_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int n = -1;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static int practice_sql_int(struct practice *p, const char *sql)
{
	return file_sql_int(p->path, sql);
}

static int load(const char *text, struct menu *m, struct tend_err *err)
{
	return menu_load_buf("menu.conf", text, strlen(text), m, err);
}

/* The message of a menu that is refused. */
static const char *refused(const char *text)
{
	static struct tend_err err;
	struct menu m;
	memset(&err, 0, sizeof err);
	assert_int_equal(load(text, &m, &err), TEND_E_USAGE);
	return err.msg;
}

static void test_load(void **state)
{
	(void)state;
	struct menu m;
	struct tend_err err = { 0 };
	assert_int_equal(load("# ours\nconnection = { \"A long hug\", \"Tea in bed\" }\n"
	                      "experience = {\n  \"A slow evening\"\n}\n", &m, &err), TEND_OK);
	assert_int_equal(m.n[MENU_CONNECTION], 2);
	assert_int_equal(m.n[MENU_EXPERIENCE], 1);
	assert_string_equal(m.item[MENU_CONNECTION][1], "Tea in bed");
	assert_string_equal(menu_item_find(&m, MENU_CONNECTION, "tea IN bed"), "Tea in bed");
	assert_null(menu_item_find(&m, MENU_EXPERIENCE, "Tea in bed"));
	menu_free(&m);
	/* An empty file is two empty lists. */
	assert_int_equal(load("", &m, &err), TEND_OK);
	assert_int_equal(m.n[MENU_CONNECTION] + m.n[MENU_EXPERIENCE], 0);
	menu_free(&m);
}

/* The shipped menu loads, with both lists. */
static void test_default(void **state)
{
	(void)state;
	struct menu m;
	struct tend_err err = { 0 };
	assert_int_equal(menu_load(TEST_SRCDIR "/../data/menu.conf", &m, &err), TEND_OK);
	assert_true(m.n[MENU_CONNECTION] > 0 && m.n[MENU_EXPERIENCE] > 0);
	menu_free(&m);
}

static void test_mistakes(void **state)
{
	(void)state;
	assert_string_equal(refused("connection = { \"a\" }\nextra = { \"b\" }\n"),
	                    "menu.conf:2: no such option 'extra' (the menu has two lists, "
	                    "connection = {...} and experience = {...})");
	assert_string_equal(refused("connection = {\n \"Hug\",\n \"\"\n}\n"),
	                    "menu.conf:3: connection: an item is empty (write a few words, "
	                    "or leave it out)");
	assert_string_equal(refused("experience = {\n \"Bath\",\n \"bath\"\n}\n"),
	                    "menu.conf:3: experience: \"bath\" is on the list twice");
	assert_string_equal(refused("connection = { \"a\", \"b\", \"c\", \"d\", \"e\", \"f\" }\n"),
	                    "menu.conf:1: connection: 6 items; at most 5, please (a short "
	                    "list to pick from on a tired evening)");
	assert_string_equal(refused("connection = {\n \"12345678901234567890123456789012345678901\"\n}\n"),
	                    "menu.conf:2: connection: an item is 41 characters long; 40 at "
	                    "most, please");
	const char *msg = refused("connection = { \"a\" }\nconnection = { \"b\" }\n");
	assert_non_null(strstr(msg, "menu.conf:2: connection: given twice"));
}

static void test_session_check(void **state)
{
	(void)state;
	struct menu m;
	struct tend_err err = { 0 };
	assert_int_equal(load("connection = { \"Hug\" }\nexperience = { \"Bath\" }\n", &m, &err),
	                 TEND_OK);
	struct entry e = { .kind = ENTRY_TOUCH, .initiator = 2, .tier = MENU_CONNECTION,
	                   .item = "Hug" };
	assert_int_equal(menu_session_check(&m, &e, NULL, false, &err), TEND_OK);
	e.item = "Bath";
	assert_int_equal(menu_session_check(&m, &e, NULL, false, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "that is not on your connection list (menu.conf)");
	assert_int_equal(menu_session_check(&m, &e, NULL, true, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "that is not on your quick list (menu.conf)");
	/* An old session keeps an item since taken off the list. */
	struct entry old = e;
	assert_int_equal(menu_session_check(&m, &e, &old, false, &err), TEND_OK);
	e.tier = MENU_NONE;
	assert_int_equal(menu_session_check(&m, &e, NULL, false, &err), TEND_E_USAGE);
	e.item = NULL;
	e.initiator = 3;
	assert_int_equal(menu_session_check(&m, &e, NULL, false, &err), TEND_E_USAGE);
	e.initiator = 0;
	assert_int_equal(menu_session_check(&m, &e, NULL, false, &err), TEND_OK);
	assert_int_equal(menu_tier_parse("Quick"), MENU_CONNECTION);
	assert_int_equal(menu_tier_parse("experience"), MENU_EXPERIENCE);
	assert_int_equal(menu_tier_parse("later"), MENU_NONE);
	menu_free(&m);
}

static void test_turn_rule(void **state)
{
	(void)state;
	assert_int_equal(invite_turn(0), 1);
	assert_int_equal(invite_turn(1), 2);
	assert_int_equal(invite_turn(2), 1);
	char line[100];
	invite_line("Sam", false, line, sizeof line);
	assert_string_equal(line, "Sam's turn to invite, if it feels right");
	invite_line("Sam", true, line, sizeof line);
	assert_string_equal(line, "Sam's turn to suggest time together, if it feels right");
}

static void add_session(struct practice *p, tend_day d, int initiator, int64_t at)
{
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 1, .day = d, .stage = 1,
	                   .initiator = initiator, .created_at = at };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
}

/* The turn follows the latest session that says who invited, never a
 * count: sessions that say nothing, and deleted ones, change nothing. */
static void test_turn_from_log(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day d = day_from_ymd(2026, 11, 20);
	int turn = 0;
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	add_session(p, d - 3, 1, 100);
	add_session(p, d - 2, 1, 200);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	add_session(p, d - 1, 0, 300);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	add_session(p, d, 2, 400);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	/* As on the day before, the later session is not counted yet. */
	assert_int_equal(invite_turn_on(p->app.st, d - 1, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	struct entry_list l = { 0 };
	assert_int_equal(store_list(p->app.st, d, d, ENTRY_MASK(ENTRY_TOUCH), &l, &err), TEND_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].initiator, 2);
	assert_int_equal(store_delete(p->app.st, &l.v[0], &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	entry_list_free(&l);
}

/* The session found by the session's own day and saving time, however its
 * day, who invited and whether it is deleted change afterwards. */
static void test_turn_follows_edits(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day d = day_from_ymd(2026, 11, 20);
	int turn = 0;
	add_session(p, d - 1, 1, 500);
	/* Saved later, but for an earlier day. */
	add_session(p, d - 5, 2, 600);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	/* The same day as the first, saved before it. */
	add_session(p, d - 1, 2, 400);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	struct entry_list l = { 0 };
	assert_int_equal(store_list(p->app.st, d - 5, d - 5, ENTRY_MASK(ENTRY_TOUCH), &l, &err),
	                 TEND_OK);
	assert_int_equal(l.n, 1);
	/* Moved to the day itself: now the latest. */
	l.v[0].day = d;
	assert_int_equal(store_update(p->app.st, &l.v[0], &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	assert_int_equal(invite_turn_on(p->app.st, d - 1, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	/* No longer says who invited: the first one decides again. */
	l.v[0].initiator = 0;
	assert_int_equal(store_update(p->app.st, &l.v[0], &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	entry_list_free(&l);
	/* Deleted, the one saved before it on that day decides; undone, not. */
	assert_int_equal(store_list(p->app.st, d - 1, d - 1, ENTRY_MASK(ENTRY_TOUCH), &l, &err),
	                 TEND_OK);
	assert_int_equal(l.n, 2);
	struct entry *first = l.v[0].created_at == 500 ? &l.v[0] : &l.v[1];
	assert_int_equal(first->initiator, 1);
	assert_int_equal(store_delete(p->app.st, first, &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	assert_int_equal(store_undelete(p->app.st, first, &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
	/* Purged, nothing of its place is left. */
	assert_int_equal(store_delete(p->app.st, first, &err), TEND_OK);
	assert_int_equal(store_purge_entry(p->app.st, first, &err), TEND_OK);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	entry_list_free(&l);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_invite"), 1);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_invite"), 0);
}

/* A file from before schema 17 finds the sessions it already holds. */
static void test_turn_after_upgrade(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day d = day_from_ymd(2026, 11, 20);
	int turn = 0;
	add_session(p, d - 2, 2, 100);
	add_session(p, d - 3, 1, 200);
	add_session(p, d - 1, 0, 300);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE touch_invite; PRAGMA user_version = 16",
	                              NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	assert_non_null(p->app.st);
	assert_int_equal(practice_sql_int(p, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_invite"), 2);
	assert_int_equal(invite_turn_on(p->app.st, d, &turn, &err), TEND_OK);
	assert_int_equal(turn, 1);
	assert_int_equal(invite_turn_on(p->app.st, d - 3, &turn, &err), TEND_OK);
	assert_int_equal(turn, 2);
}

static void test_guidelines(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	char *text = NULL;
	bool cleared = false;
	assert_true(guide_shown(3));
	assert_false(guide_shown(2));
	assert_int_equal(guide_set(p->app.st, "Slow start.", &cleared, &err), TEND_OK);
	assert_false(cleared);
	assert_int_equal(guide_set(p->app.st, "Warm up first.\nRed ends it.", NULL, &err), TEND_OK);
	assert_int_equal(store_guideline_get(p->app.st, &text, NULL, &err), TEND_OK);
	assert_string_equal(text, "Warm up first.\nRed ends it.");
	free(text);
	char *big = malloc(TEXT_MAX_CHARS + 2);
	memset(big, 'a', TEXT_MAX_CHARS + 1);
	big[TEXT_MAX_CHARS + 1] = '\0';
	assert_int_equal(guide_set(p->app.st, big, NULL, &err), TEND_E_USAGE);
	free(big);
	assert_int_equal(guide_set(p->app.st, "bad \xff", NULL, &err), TEND_E_USAGE);
	assert_int_equal(guide_set(p->app.st, " \n", &cleared, &err), TEND_OK);
	assert_true(cleared);
	assert_int_equal(store_guideline_get(p->app.st, &text, NULL, &err), TEND_OK);
	assert_null(text);
}

/* A session's details go with it: saved, edited, undone, forgotten. */
static void test_details_follow(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 2, .day = day_from_ymd(2026, 11, 20),
	                   .stage = 1, .initiator = 1, .tier = MENU_EXPERIENCE };
	e.item = strdup("Bath");
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_TOUCH, e.id, &got, &err), TEND_OK);
	assert_int_equal(got.initiator, 1);
	assert_int_equal(got.tier, MENU_EXPERIENCE);
	assert_string_equal(got.item, "Bath");
	/* An edit that drops them, then the old version put back (undo). */
	struct entry edit;
	assert_true(entry_copy(&edit, &got));
	free(edit.item);
	edit.item = NULL;
	edit.tier = 0;
	edit.initiator = 0;
	assert_int_equal(store_update(p->app.st, &edit, &err), TEND_OK);
	struct entry back;
	assert_int_equal(store_get(p->app.st, ENTRY_TOUCH, e.id, &back, &err), TEND_OK);
	assert_null(back.item);
	assert_int_equal(back.tier, 0);
	got.rev = back.rev;
	assert_int_equal(store_update(p->app.st, &got, &err), TEND_OK);
	entry_clear(&back);
	assert_int_equal(store_get(p->app.st, ENTRY_TOUCH, e.id, &back, &err), TEND_OK);
	assert_string_equal(back.item, "Bath");
	entry_clear(&back);
	/* Deleted, then purged: the details leave with the session. */
	assert_int_equal(store_delete(p->app.st, &got, &err), TEND_OK);
	assert_int_equal(store_undelete(p->app.st, &got, &err), TEND_OK);
	assert_int_equal(store_get(p->app.st, ENTRY_TOUCH, e.id, &back, &err), TEND_OK);
	assert_string_equal(back.item, "Bath");
	entry_clear(&back);
	assert_int_equal(store_delete(p->app.st, &got, &err), TEND_OK);
	assert_int_equal(store_purge_entry(p->app.st, &got, &err), TEND_OK);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_detail"), 0);
	entry_clear(&got);
	entry_clear(&edit);
	entry_clear(&e);
	/* forget erases the guidelines and every detail. */
	struct entry f = { .kind = ENTRY_TOUCH, .partner = 1, .day = day_from_ymd(2026, 11, 20),
	                   .stage = 1, .initiator = 2 };
	assert_int_equal(store_add(p->app.st, &f, NULL, &err), TEND_OK);
	assert_int_equal(guide_set(p->app.st, "Slow.", NULL, &err), TEND_OK);
	assert_int_equal(practice_count(p, ENTRY_TOUCH), 1);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_detail"), 0);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_guideline"), 0);
}

/* A purged session's details leave the automatic backups too. */
static void test_backup_scrubbed(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 1, .day = day_from_ymd(2026, 11, 20),
	                   .stage = 1, .initiator = 2, .tier = MENU_CONNECTION };
	e.item = strdup("Hug-marker-71");
	struct entry keep = { .kind = ENTRY_TOUCH, .partner = 2, .day = e.day, .stage = 1,
	                      .tier = MENU_EXPERIENCE };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	assert_int_equal(store_add(p->app.st, &keep, NULL, &err), TEND_OK);
	char *dir = store_backup_dir(p->app.st);
	assert_non_null(dir);
	assert_int_equal(store_backup_daily(p->app.st, dir, e.day, STORE_BACKUP_KEEP, &err), TEND_OK);
	char copy[300];
	snprintf(copy, sizeof copy, "%s/tend-2026-11-20.db", dir);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_detail"), 2);
	assert_int_equal(store_delete(p->app.st, &e, &err), TEND_OK);
	assert_int_equal(store_purge_entry(p->app.st, &e, &err), TEND_OK);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_detail"), 1);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_detail WHERE "
	                                    "item = 'Hug-marker-71'"), 0);
	assert_int_equal(practice_sql_int(p, "SELECT tier FROM touch_detail"), MENU_EXPERIENCE);
	free(dir);
	entry_clear(&e);
}

/* Run sql on a database file by a connection of its own. */
static void file_sql_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void file_copy(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	assert_non_null(in);
	assert_non_null(out);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
}

/* A session deleted long enough ago leaves with its details, from the
 * database and from every backup; a backup from before the details were
 * kept (schema 12) loses the session all the same. */
static void test_old_deletes_scrubbed(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 2, .day = day_from_ymd(2026, 11, 18),
	                   .stage = 2, .initiator = 1, .tier = MENU_EXPERIENCE };
	e.item = strdup("Bath-marker-93");
	struct entry keep = { .kind = ENTRY_TOUCH, .partner = 1, .day = e.day, .stage = 2,
	                      .initiator = 2, .tier = MENU_CONNECTION };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	assert_int_equal(store_add(p->app.st, &keep, NULL, &err), TEND_OK);
	char *dir = store_backup_dir(p->app.st);
	assert_non_null(dir);
	assert_int_equal(store_backup_daily(p->app.st, dir, e.day, STORE_BACKUP_KEEP, &err),
	                 TEND_OK);
	char copy[300], older[300];
	snprintf(copy, sizeof copy, "%s/tend-2026-11-18.db", dir);
	snprintf(older, sizeof older, "%s/tend-2026-11-17.db", dir);
	file_copy(copy, older);
	file_sql_exec(older, "DROP TABLE touch_detail; DROP TABLE touch_invite; "
	                     "PRAGMA user_version = 12");
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_detail"), 2);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_invite"), 2);
	assert_int_equal(store_delete(p->app.st, &e, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	/* The database keeps only the other session's details. */
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch"), 1);
	assert_int_equal(practice_sql_int(p, "SELECT count(*) FROM touch_detail"), 1);
	assert_int_equal(practice_sql_int(p, "SELECT tier FROM touch_detail"), MENU_CONNECTION);
	/* So does the backup. */
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch"), 1);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_detail WHERE "
	                                    "item = 'Bath-marker-93'"), 0);
	assert_int_equal(file_sql_int(copy, "SELECT initiator FROM touch_detail"), 2);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_invite WHERE "
	                                    "touch_id = (SELECT id FROM touch)"), 1);
	assert_int_equal(file_sql_int(copy, "SELECT count(*) FROM touch_invite"), 1);
	/* The older one had no details to lose, but the session left it. */
	assert_int_equal(file_sql_int(older, "SELECT count(*) FROM touch"), 1);
	assert_int_equal(file_sql_int(older, "SELECT partner FROM touch"), 1);
	free(dir);
	entry_clear(&e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load),
		cmocka_unit_test(test_default),
		cmocka_unit_test(test_mistakes),
		cmocka_unit_test(test_session_check),
		cmocka_unit_test(test_turn_rule),
		cmocka_unit_test_setup_teardown(test_turn_from_log, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_turn_follows_edits, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_turn_after_upgrade, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_guidelines, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_details_follow, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_backup_scrubbed, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_old_deletes_scrubbed, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
