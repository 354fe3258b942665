/* Unit tests for talk.c: what a talk must hold, how its ask moves, whether
 * this plan week's talk was held, the "no big talks late" rule, the plan's
 * own tick, the temporary transparency, and the talks in forget, purge,
 * export and an older database's migration. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/export.h"
#include "tend/talk.h"
#include "tend/text.h"

#include "practice_fixture.h"

#define PLAN_FILE TEST_SRCDIR "/../data/plan.conf"

static tend_day start(void)
{
	return day_from_ymd(2026, 11, 23);
}

/* Plan day n of the plan starting on start(). */
static tend_day on(int n)
{
	return start() + n - 1;
}

static struct talk talk_of(int partner, tend_day day, const char *what, const char *ask)
{
	return (struct talk){ .partner = partner, .day = day, .state = TALK_OPEN,
	                      .state_day = DAY_INVALID,
	                      .text = { [TALK_WHAT] = (char *)what, [TALK_ASK] = (char *)ask } };
}

static void save_ok(struct practice *p, struct talk *t)
{
	struct tend_err err = { 0 };
	if (talk_save(p->app.st, t, &err) != TEND_OK)
		fail_msg("talk_save: %s", err.msg);
}

static void test_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct talk t = talk_of(1, on(15), "When the dishes waited", "Can we clear up together?");
	assert_int_equal(talk_check(&t, &err), TEND_OK);
	t.partner = 3;
	assert_int_equal(talk_check(&t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "a talk is raised by partner 1 or 2");
	t.partner = 2;
	t.text[TALK_WHAT] = " \n ";
	assert_int_equal(talk_check(&t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "say what happened (when X...)");
	t.text[TALK_WHAT] = "When";
	t.text[TALK_ASK] = NULL;
	assert_int_equal(talk_check(&t, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "say the ask (can we...?)");
	t.text[TALK_ASK] = "Can we?";
	/* The same size limit as every typed text. */
	char *big = malloc(TEXT_MAX_CHARS + 2);
	assert_non_null(big);
	memset(big, 'x', TEXT_MAX_CHARS + 1);
	big[TEXT_MAX_CHARS + 1] = '\0';
	t.text[TALK_SUPPORT] = big;
	assert_int_equal(talk_check(&t, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "the support text is 10001 characters long"));
	big[TEXT_MAX_CHARS] = '\0';
	assert_int_equal(talk_check(&t, &err), TEND_OK);
	free(big);
	t.day = DAY_INVALID;
	assert_int_equal(talk_check(&t, &err), TEND_E_USAGE);
}

/* Hostile text is kept as typed (the front ends make it safe to show). */
static void test_save_and_read(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct talk t = talk_of(2, on(16), "When \x1b[31mX\x1b[0m happened\nand again",
	                        "Can we W?");
	t.text[TALK_IMPACT] = "   "; /* says nothing: not kept */
	t.text[TALK_HEAR] = "You felt left alone";
	save_ok(p, &t);
	assert_true(t.id > 0);
	assert_true(t.uid != 0);
	struct talk got;
	assert_int_equal(store_talk_get(p->app.st, t.id, &got, &err), TEND_OK);
	assert_string_equal(got.text[TALK_WHAT], "When \x1b[31mX\x1b[0m happened\nand again");
	assert_null(got.text[TALK_IMPACT]);
	assert_string_equal(got.text[TALK_HEAR], "You felt left alone");
	assert_int_equal(got.partner, 2);
	assert_int_equal(got.day, on(16));
	assert_int_equal(got.state, TALK_OPEN);
	talk_clear(&got);
	assert_int_equal(store_talk_get(p->app.st, 999, &got, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "no such talk (999)"));
}

static void test_moves(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	assert_true(talk_can_move(TALK_OPEN, TALK_AGREED));
	assert_true(talk_can_move(TALK_AGREED, TALK_DONE));
	assert_true(talk_can_move(TALK_AGREED, TALK_OPEN));
	assert_true(talk_can_move(TALK_DONE, TALK_AGREED));
	assert_false(talk_can_move(TALK_OPEN, TALK_DONE));
	assert_false(talk_can_move(TALK_DONE, TALK_OPEN));

	struct talk t = talk_of(1, on(15), "When", "Can we?");
	save_ok(p, &t);
	/* Only an agreed ask can be done. */
	assert_int_equal(talk_move(p->app.st, &t, TALK_DONE, on(16), &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "is still open: agree on the ask first"));
	assert_int_equal(t.state, TALK_OPEN);
	assert_int_equal(talk_move(p->app.st, &t, TALK_AGREED, on(16), &err), TEND_OK);
	assert_int_equal(talk_move(p->app.st, &t, TALK_AGREED, on(16), &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "is already agreed"));
	struct talk stale;
	assert_true(talk_copy(&stale, &t));
	assert_int_equal(talk_move(p->app.st, &t, TALK_DONE, on(20), &err), TEND_OK);
	struct talk got;
	assert_int_equal(store_talk_get(p->app.st, t.id, &got, &err), TEND_OK);
	assert_int_equal(got.state, TALK_DONE);
	assert_int_equal(got.state_day, on(20));
	talk_clear(&got);
	/* A copy from before the change cannot overwrite it. */
	assert_int_equal(talk_move(p->app.st, &stale, TALK_OPEN, on(21), &err), TEND_E_CONFLICT);
	assert_int_equal(stale.state, TALK_AGREED);
	talk_clear(&stale);
}

static void test_week_and_plan(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct plan plan;
	assert_int_equal(plan_load(PLAN_FILE, 14, &plan, &err), TEND_OK);
	struct talk_week w;
	/* Weeks 1-2 ask for no talk; from week 3 to the end every week does. */
	assert_int_equal(talk_week_get(p->app.st, &plan, start(), on(10), &w, &err), TEND_OK);
	assert_false(w.asked);
	for (int n = 15; n <= 60; n += 7) {
		assert_int_equal(talk_week_get(p->app.st, &plan, start(), on(n), &w, &err), TEND_OK);
		assert_true(w.asked);
		assert_int_equal(w.held, 0);
		assert_string_equal(talk_week_word(&w), "not yet");
	}
	assert_false(talk_phase_asks(&plan, start(), on(61)));
	assert_false(talk_phase_asks(&plan, start(), on(0)));

	/* A talk on day 16 holds week 3 (days 15-21), not week 4. */
	struct talk t = talk_of(1, on(16), "When", "Can we?");
	save_ok(p, &t);
	assert_int_equal(talk_week_get(p->app.st, &plan, start(), on(21), &w, &err), TEND_OK);
	assert_int_equal(w.from, on(15));
	assert_int_equal(w.held, 1);
	assert_string_equal(talk_week_word(&w), "held");
	assert_int_equal(talk_week_get(p->app.st, &plan, start(), on(22), &w, &err), TEND_OK);
	assert_int_equal(w.held, 0);

	/* The plan ticks its weekly talk itself, in that week only. */
	struct entry_list none = { 0 };
	struct plan_status ps;
	plan_status(&plan, start(), on(17), &none, NULL, NULL, NULL, NULL, &ps);
	const struct plan_task_status *s = NULL;
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (strcmp(ps.tasks[i].task->key, "describe-ask") == 0)
			s = &ps.tasks[i];
	assert_non_null(s);
	assert_false(s->met);
	assert_int_equal(talk_plan_fill(p->app.st, &ps, &err), TEND_OK);
	assert_true(s->met);
	assert_int_equal(s->done, 1);
	plan_status(&plan, start(), on(30), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(talk_plan_fill(p->app.st, &ps, &err), TEND_OK);
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (ps.tasks[i].task->measure == PLAN_TALK)
			assert_false(ps.tasks[i].met);
	plan_free(&plan);
}

/* The "no big talks late" rule, with the clock as an argument. */
static void test_suggest(void **state)
{
	(void)state;
	struct talk_week w = { .asked = true, .held = 0 };
	int day = 4 * 60, late = 21 * 60 + 30;
	assert_true(talk_suggest_now(&w, 18 * 60, day, late));
	assert_true(talk_suggest_now(&w, 21 * 60 + 29, day, late));
	assert_false(talk_suggest_now(&w, 21 * 60 + 30, day, late));
	assert_false(talk_suggest_now(&w, 23 * 60, day, late));
	assert_false(talk_suggest_now(&w, 2 * 60, day, late));   /* still last night */
	assert_true(talk_suggest_now(&w, 4 * 60, day, late));    /* a new day */
	/* A late hour after midnight. */
	assert_true(talk_suggest_now(&w, 23 * 60 + 59, day, 30));
	assert_true(talk_suggest_now(&w, 29, day, 30));
	assert_false(talk_suggest_now(&w, 30, day, 30));
	/* Once a week: not once held, and not where the phase asks none. */
	w.held = 1;
	assert_false(talk_suggest_now(&w, 18 * 60, day, late));
	w.held = 0;
	w.asked = false;
	assert_false(talk_suggest_now(&w, 18 * 60, day, late));
}

static const char transparency_plan[] =
	"phase \"steady\" {\n first = 1\n last = 14\n title = \"Steady\"\n"
	" task \"open-book\" {\n  text = \"Share schedules and say where you are\"\n"
	"  cadence = \"daily\"\n  transparency = true\n }\n}\n"
	"phase \"on\" {\n first = 15\n last = 60\n title = \"On\"\n"
	" task \"talk\" {\n  text = \"Talk\"\n  cadence = \"weekly\"\n  measure = \"talk\"\n }\n}\n";

static void test_transparency(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct plan plan;
	assert_int_equal(plan_load_buf("t.plan", transparency_plan, strlen(transparency_plan), 0,
	                               &plan, &err), TEND_OK);
	struct talk_transparency tr;
	assert_int_equal(talk_transparency_get(p->app.st, &plan, start(), on(3), &tr, &err), TEND_OK);
	assert_true(tr.active);
	assert_string_equal(tr.task->key, "open-book");
	/* Ended on purpose, with its day; not twice. */
	assert_int_equal(talk_transparency_end(p->app.st, &plan, start(), on(9), &err), TEND_OK);
	assert_int_equal(talk_transparency_get(p->app.st, &plan, start(), on(10), &tr, &err), TEND_OK);
	assert_false(tr.active);
	assert_int_equal(tr.ended_on, on(9));
	assert_int_equal(talk_transparency_end(p->app.st, &plan, start(), on(10), &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "transparency already ended on 2026-12-01");
	/* Before the day it was ended, it was running. */
	assert_int_equal(talk_transparency_get(p->app.st, &plan, start(), on(5), &tr, &err), TEND_OK);
	assert_true(tr.active);
	/* A phase without it has nothing to end. */
	assert_int_equal(talk_transparency_end(p->app.st, &plan, start(), on(20), &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "nothing to end"));
	/* Taking the decision back (undo) runs it again. */
	assert_int_equal(store_transparency_set(p->app.st, DAY_INVALID, &err), TEND_OK);
	assert_int_equal(talk_transparency_get(p->app.st, &plan, start(), on(10), &tr, &err), TEND_OK);
	assert_true(tr.active);
	plan_free(&plan);

	/* The plan key is a yes or no. */
	char bad[sizeof transparency_plan + 16];
	snprintf(bad, sizeof bad, "%s", transparency_plan);
	char *at = strstr(bad, "transparency = true");
	memcpy(at, "transparency = 7   ", strlen("transparency = 7   "));
	assert_int_equal(plan_load_buf("t.plan", bad, strlen(bad), 0, &plan, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "t.plan:"));
	plan_free(&plan);
}

/* Rows of table in the database file itself, deleted ones too. */
static int raw_count(struct practice *p, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int n = -1;
	if (sqlite3_open_v2(p->path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
		if (sqlite3_step(s) == SQLITE_ROW)
			n = sqlite3_column_int(s, 0);
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
	return n;
}

static void test_delete_purge_forget(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct talk a = talk_of(1, on(15), "When A", "Can we A?");
	struct talk b = talk_of(2, on(16), "When B", "Can we B?");
	save_ok(p, &a);
	save_ok(p, &b);
	assert_int_equal(store_talk_delete(p->app.st, a.id, a.uid + 1, true, &err), TEND_E_CONFLICT);
	assert_int_equal(store_talk_delete(p->app.st, a.id, a.uid, true, &err), TEND_OK);
	int n;
	assert_int_equal(store_talk_count(p->app.st, on(1), on(60), &n, &err), TEND_OK);
	assert_int_equal(n, 1);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM talk"), 2);
	/* Undo brings it back; a purge erases only what is still deleted. */
	assert_int_equal(store_talk_delete(p->app.st, a.id, a.uid, false, &err), TEND_OK);
	assert_int_equal(store_talk_delete(p->app.st, b.id, b.uid, true, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM talk"), 1);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM talk WHERE what = 'When B'"), 0);
	assert_int_equal(store_transparency_set(p->app.st, on(3), &err), TEND_OK);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM talk"), 0);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM transparency"), 0);
}

/* A talk erased for good leaves the automatic backups too. */
static void test_purge_scrubs_backups(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct talk t = talk_of(1, on(15), "When the secret came out", "Can we?");
	save_ok(p, &t);
	char *dir = store_backup_dir(p->app.st);
	assert_non_null(dir);
	assert_int_equal(store_backup_daily(p->app.st, dir, on(15), STORE_BACKUP_KEEP, &err),
	                 TEND_OK);
	assert_int_equal(store_talk_delete(p->app.st, t.id, t.uid, true, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	char path[256];
	snprintf(path, sizeof path, "%s/tend-2026-12-07.db", dir);
	sqlite3 *db;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM talk", -1, &s, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	free(dir);
}

static void test_export(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct talk t = talk_of(1, on(15), "When \"we\" met\x07", "Can we, please?");
	t.state = TALK_AGREED;
	t.state_day = on(16);
	save_ok(p, &t);
	struct config cfg = { .partner = { "Alex", "Sam" } };
	const struct export_table *tab = export_table_find("talks");
	assert_non_null(tab);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(export_table_csv(f, tab, p->app.st, &cfg, &err), TEND_OK);
	fclose(f);
	assert_non_null(strstr(buf, "id,day,partner,name,what,impact,ask,hear,sense,commit,"
	                        "support,state,state_day,created\n"));
	/* Quotes doubled, the control character neutralised; a text not
	 * given is an empty field, not an empty text. */
	assert_non_null(strstr(buf, ",2026-12-07,1,\"Alex\",\"When \"\"we\"\" met\xef\xbf\xbd\","
	                        ",\"Can we, please?\",,,,,agreed,2026-12-08,"));
	free(buf);
	f = open_memstream(&buf, &len);
	assert_int_equal(export_table_json(f, tab, p->app.st, &cfg, &err), TEND_OK);
	fclose(f);
	assert_non_null(strstr(buf, "\"what\": \"When \\\"we\\\" met\\u0007\""));
	assert_non_null(strstr(buf, "\"impact\": null"));
	assert_non_null(strstr(buf, "\"state\": \"agreed\", \"state_day\": \"2026-12-08\""));
	free(buf);
}

/* Take the file back to schema 3 (the v0.1 tables): every table and index
 * a later schema made goes, whichever practice made it. */
static void back_to_schema_3(const char *path)
{
	static const char keep[] =
		"('partner', 'checkin', 'gesture', 'repair', 'touch', 'timeout', 'touch_stage', "
		"'plan_tick', 'sqlite_sequence', 'checkin_partner_day', 'gesture_day', "
		"'repair_day', 'touch_day', 'timeout_day')";
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (int pass = 0; pass < 2; pass++) {
		char sql[512];
		snprintf(sql, sizeof sql, "SELECT type, name FROM sqlite_master WHERE type = '%s' "
		         "AND sql IS NOT NULL AND name NOT IN %s", pass ? "table" : "index", keep);
		sqlite3_stmt *s;
		assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
		char drops[4096] = "";
		while (sqlite3_step(s) == SQLITE_ROW) {
			size_t n = strlen(drops);
			snprintf(drops + n, sizeof drops - n, "DROP %s \"%s\";",
			         (const char *)sqlite3_column_text(s, 0),
			         (const char *)sqlite3_column_text(s, 1));
		}
		sqlite3_finalize(s);
		assert_int_equal(sqlite3_exec(db, drops, NULL, NULL, NULL), SQLITE_OK);
	}
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 3", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* A database from before the talks (v0.1, schema 3) gains them and keeps
 * its entries. */
static void test_migrate_keeps_entries(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_REPAIR, .partner = 1, .day = on(3), .text = "sorry" };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	store_close(p->app.st);
	back_to_schema_3(p->path);
	assert_int_equal(raw_count(p, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'talk'"), 0);
	p->app.st = store_open(p->path, &err);
	if (!p->app.st)
		fail_msg("store_open: %s", err.msg);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_REPAIR, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "sorry");
	assert_int_equal(got.uid, e.uid);
	entry_clear(&got);
	assert_int_equal(practice_count(p, ENTRY_REPAIR), 1);
	struct talk t = talk_of(1, on(15), "When", "Can we?");
	save_ok(p, &t);
	assert_int_equal(raw_count(p, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test_setup_teardown(test_save_and_read, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_moves, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_week_and_plan, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_transparency, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_delete_purge_forget, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_purge_scrubs_backups, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_export, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_keeps_entries, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
