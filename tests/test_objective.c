/* Unit tests for objective.c: the two sentences, their history, when they
 * are shown, the origin's suggested first phase, and when a look is due. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/objective.h"
#include "tend/text.h"

#include "practice_fixture.h"

#define D(y, m, d) day_from_ymd(y, m, d)

static struct objective_state load(struct practice *p)
{
	struct objective_state s;
	struct tend_err err = { 0 };
	assert_int_equal(objective_load(p->app.st, &s, &err), TEND_OK);
	return s;
}

static void write_ok(struct practice *p, int partner, tend_day day, const char *problem,
                     const char *outcome)
{
	struct tend_err err = { 0 };
	assert_int_equal(objective_write(p->app.st, partner, day, problem, outcome, NULL, &err),
	                 TEND_OK);
}

/* Who has written is said without a word of what, and nothing is "both"
 * until both have written. */
static void test_progress(void **state)
{
	struct practice *p = *state;
	char line[160];
	struct objective_state s = load(p);
	objective_progress(&s, "Alex", "Sam", line, sizeof line);
	assert_string_equal(line, "Neither of you has written yours yet.");
	objective_state_free(&s);

	write_ok(p, 2, D(2026, 11, 2), "We drift.", "A weekly walk.");
	s = load(p);
	assert_false(objective_both(&s));
	assert_null(objective_current(&s, 1));
	objective_progress(&s, "Alex", "Sam", line, sizeof line);
	assert_string_equal(line, "Sam has written theirs; Alex's are still to come.");
	objective_state_free(&s);

	write_ok(p, 1, D(2026, 11, 3), "We stopped talking.", "Easy evenings.");
	s = load(p);
	assert_true(objective_both(&s));
	assert_string_equal(objective_current(&s, 1)->problem, "We stopped talking.");
	assert_string_equal(objective_current(&s, 2)->outcome, "A weekly walk.");
	objective_progress(&s, "Alex", "Sam", line, sizeof line);
	assert_string_equal(line, "You have both written yours.");
	objective_state_free(&s);
}

/* A rewrite is a new version; the earlier one stays readable. Giving one
 * sentence carries the other over; the same words again are a look that
 * keeps them, not a copy. */
static void test_history(void **state)
{
	struct practice *p = *state;
	write_ok(p, 1, D(2026, 11, 2), "We stopped talking.", "Easy evenings.");
	write_ok(p, 1, D(2026, 11, 16), NULL, "Easy evenings, and a laugh a day.");
	write_ok(p, 1, D(2026, 12, 1), "We stopped talking.", "Easy evenings, and a laugh a day.");
	struct objective_state s = load(p);
	assert_int_equal(s.all.n, 3);
	assert_string_equal(s.all.v[0].outcome, "Easy evenings.");
	assert_false(s.all.v[0].kept);
	assert_string_equal(s.all.v[1].problem, "We stopped talking.");
	assert_string_equal(s.all.v[1].outcome, "Easy evenings, and a laugh a day.");
	assert_true(s.all.v[2].kept);
	assert_null(s.all.v[2].problem);
	assert_int_equal(s.all.v[2].day, D(2026, 12, 1));
	/* The kept mark does not hide the version it keeps. */
	assert_ptr_equal(objective_current(&s, 1), &s.all.v[1]);
	objective_state_free(&s);
}

static void test_refused(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day day = D(2026, 11, 2);
	assert_int_equal(objective_write(p->app.st, 1, day, "Only the problem.", NULL, NULL, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "the first time, write both: the problem and the outcome "
	                    "you want");
	assert_int_equal(objective_write(p->app.st, 1, day, " \n\t", "x", NULL, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "the problem is empty: write it in a sentence");
	assert_int_equal(objective_write(p->app.st, 3, day, "a", "b", NULL, &err), TEND_E_USAGE);
	assert_int_equal(objective_keep(p->app.st, 2, day, NULL, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "there is nothing to keep yet: write your two sentences "
	                    "first");
	char *big = malloc(TEXT_MAX_CHARS + 2);
	assert_non_null(big);
	memset(big, 'a', TEXT_MAX_CHARS + 1);
	big[TEXT_MAX_CHARS + 1] = '\0';
	assert_int_equal(objective_write(p->app.st, 1, day, "a", big, NULL, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "the outcome is 10001 characters long; 10000 at most, please");
	big[TEXT_MAX_CHARS] = '\0';
	assert_int_equal(objective_write(p->app.st, 1, day, "a", big, NULL, &err), TEND_OK);
	free(big);
	/* Nothing of the refused ones was saved. */
	struct objective_state s = load(p);
	assert_int_equal(s.all.n, 1);
	objective_state_free(&s);
}

/* Keeping adds a dated mark; undoing a save makes the one before current. */
static void test_keep_and_undo(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct objective_version v;
	write_ok(p, 2, D(2026, 11, 2), "We drift.", "A weekly walk.");
	assert_int_equal(objective_write(p->app.st, 2, D(2026, 11, 9), "We drift apart.", NULL,
	                                 &v, &err), TEND_OK);
	struct objective_state s = load(p);
	assert_string_equal(objective_current(&s, 2)->problem, "We drift apart.");
	objective_state_free(&s);
	assert_int_equal(objective_unsave(p->app.st, v.id, v.uid, &err), TEND_OK);
	s = load(p);
	assert_string_equal(objective_current(&s, 2)->problem, "We drift.");
	objective_state_free(&s);
	/* Twice is a conflict: it is gone. */
	assert_int_equal(objective_unsave(p->app.st, v.id, v.uid, &err), TEND_E_CONFLICT);
	assert_int_equal(objective_keep(p->app.st, 2, D(2026, 12, 3), &v, &err), TEND_OK);
	assert_true(v.kept);
	s = load(p);
	assert_int_equal(s.all.n, 2);
	assert_true(s.all.v[1].kept);
	objective_state_free(&s);
}

/* The rule: acute asks for a longer first phase; the plan is never touched,
 * only told. */
static void test_origin(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	char buf[256];
	assert_int_equal(objective_suggested_days(OBJECTIVE_ACUTE), 21);
	assert_int_equal(objective_suggested_days(OBJECTIVE_CUMULATIVE), 14);
	assert_int_equal(objective_suggested_days(OBJECTIVE_ORIGIN_NONE), 0);
	assert_int_equal(objective_origin_parse("Acute"), OBJECTIVE_ACUTE);
	assert_int_equal(objective_origin_parse("cumulative"), OBJECTIVE_CUMULATIVE);
	assert_int_equal(objective_origin_parse("sudden"), OBJECTIVE_ORIGIN_NONE);

	objective_suggestion(OBJECTIVE_ACUTE, 14, buf, sizeof buf);
	assert_string_equal(buf, "After a sudden blow, a longer steadying first phase helps: "
	                    "21 days (your plan has 14).");
	char path[] = "/home/a/.config/tend/tend.conf";
	p->app.cfg.path = path;
	objective_suggestion_how(OBJECTIVE_ACUTE, &p->app.cfg, 14, buf, sizeof buf);
	assert_string_equal(buf, "To follow it, set stabilization-days = 21 in "
	                    "/home/a/.config/tend/tend.conf.");
	objective_suggestion_how(OBJECTIVE_ACUTE, &p->app.cfg, 21, buf, sizeof buf);
	assert_string_equal(buf, "");
	objective_suggestion(OBJECTIVE_CUMULATIVE, 14, buf, sizeof buf);
	assert_string_equal(buf, "When things built up slowly, the usual steadying phase "
	                    "fits: 14 days, as your plan has.");
	p->app.cfg.path = NULL;

	int64_t id, uid;
	assert_int_equal(objective_set_origin(p->app.st, OBJECTIVE_CUMULATIVE, D(2026, 11, 1),
	                                      NULL, NULL, &err), TEND_OK);
	assert_int_equal(objective_set_origin(p->app.st, OBJECTIVE_ACUTE, D(2026, 11, 2), &id,
	                                      &uid, &err), TEND_OK);
	struct objective_state s = load(p);
	assert_int_equal(s.origin, OBJECTIVE_ACUTE);
	objective_state_free(&s);
	assert_int_equal(objective_unset_origin(p->app.st, id, uid, &err), TEND_OK);
	s = load(p);
	assert_int_equal(s.origin, OBJECTIVE_CUMULATIVE);
	objective_state_free(&s);
	assert_int_equal(objective_set_origin(p->app.st, 7, D(2026, 11, 2), NULL, NULL, &err),
	                 TEND_E_USAGE);
	/* Discreet words name no betrayal. */
	assert_null(strstr(objective_origin_words(OBJECTIVE_ACUTE, true), "betrayal"));
	assert_non_null(strstr(objective_origin_words(OBJECTIVE_ACUTE, false), "betrayal"));
}

/* Weeks 5-6 (days 29 to 42) and the first week of each quarter after the
 * 60 days (days 92-98, 183-189, ...). */
static void test_due_review(void **state)
{
	(void)state;
	tend_day start = D(2026, 11, 1), from, to;
	assert_false(objective_due_review(start, start + 27, NULL, NULL));  /* day 28 */
	assert_true(objective_due_review(start, start + 28, &from, &to));   /* day 29 */
	assert_int_equal(from, start + 28);
	assert_int_equal(to, start + 41);
	assert_true(objective_due_review(start, start + 41, NULL, NULL));   /* day 42 */
	assert_false(objective_due_review(start, start + 42, NULL, NULL));  /* day 43 */
	assert_false(objective_due_review(start, start + 90, NULL, NULL));  /* day 91 */
	assert_true(objective_due_review(start, start + 91, &from, &to));   /* day 92 */
	assert_int_equal(from, start + 91);
	assert_int_equal(to, start + 97);
	assert_false(objective_due_review(start, start + 98, NULL, NULL));  /* day 99 */
	assert_true(objective_due_review(start, start + 182, &from, NULL)); /* day 183 */
	assert_int_equal(from, start + 182);
	assert_false(objective_due_review(start, start - 1, NULL, NULL));
}

/* A look is pending until each partner has kept or rewritten theirs in the
 * window; who has not is never part of the answer. */
static void test_look_pending(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day start = D(2026, 11, 1), day35 = start + 34;
	write_ok(p, 1, start, "We stopped talking.", "Easy evenings.");
	struct objective_state s = load(p);
	assert_false(objective_look_pending(&s, start, day35)); /* not both written */
	objective_state_free(&s);
	write_ok(p, 2, start + 1, "We drift.", "A weekly walk.");
	s = load(p);
	assert_true(objective_look_pending(&s, start, day35));
	assert_false(objective_look_pending(&s, start, start + 20));
	objective_state_free(&s);
	assert_int_equal(objective_keep(p->app.st, 1, start + 30, NULL, &err), TEND_OK);
	s = load(p);
	assert_true(objective_looked(&s, 1, start, day35));
	assert_false(objective_looked(&s, 2, start, day35));
	assert_true(objective_look_pending(&s, start, day35));
	objective_state_free(&s);
	write_ok(p, 2, start + 33, NULL, "A weekly walk, and more laughs.");
	s = load(p);
	assert_false(objective_look_pending(&s, start, day35));
	/* The next quarter asks again. */
	assert_true(objective_look_pending(&s, start, start + 91));
	objective_state_free(&s);
}

/* On paper only when asked for and both wrote. */
static void test_printable(void **state)
{
	struct practice *p = *state;
	struct plan_sentences ps;
	write_ok(p, 1, D(2026, 11, 2), "We stopped talking.", "Easy evenings.");
	struct objective_state s = load(p);
	p->app.cfg.print_objectives = true;
	assert_false(objective_printable(&s, &p->app.cfg, &ps));
	objective_state_free(&s);
	write_ok(p, 2, D(2026, 11, 2), "We drift.", "A weekly walk.");
	s = load(p);
	assert_true(objective_printable(&s, &p->app.cfg, &ps));
	assert_string_equal(ps.problem[0], "We stopped talking.");
	assert_string_equal(ps.outcome[1], "A weekly walk.");
	p->app.cfg.print_objectives = false;
	assert_false(objective_printable(&s, &p->app.cfg, &ps));
	objective_state_free(&s);
}

/* forget erases every version; the purge erases the ones taken back. */
static void test_forget_and_purge(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct objective_version v;
	write_ok(p, 1, D(2026, 11, 2), "We stopped talking.", "Easy evenings.");
	assert_int_equal(objective_write(p->app.st, 1, D(2026, 11, 3), "Gone soon.", NULL, &v,
	                                 &err), TEND_OK);
	assert_int_equal(objective_unsave(p->app.st, v.id, v.uid, &err), TEND_OK);
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	/* Taken back and purged: not even an undo can bring it back. */
	assert_int_equal(objective_unsave(p->app.st, v.id, v.uid, &err), TEND_E_CONFLICT);
	struct objective_state s = load(p);
	assert_int_equal(s.all.n, 1);
	objective_state_free(&s);
	assert_int_equal(objective_set_origin(p->app.st, OBJECTIVE_ACUTE, D(2026, 11, 2), NULL,
	                                      NULL, &err), TEND_OK);
	struct entry e = { .kind = ENTRY_REPAIR, .partner = 1, .day = D(2026, 11, 2) };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(practice_count(p, ENTRY_REPAIR), 0);
	s = load(p);
	assert_int_equal(s.all.n, 0);
	assert_int_equal(s.origin, OBJECTIVE_ORIGIN_NONE);
	objective_state_free(&s);
}

/* A database from before the two sentences (as v0.1 wrote it) keeps
 * every entry when it gains their tables. */
static void test_migrate_keeps_entries(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_CHECKIN, .partner = 2, .day = D(2026, 11, 2),
	                   .mood = 4, .stress = 2, .text = "tea in bed" };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	/* Back to schema 2 (without the uids schema 3 gives every entry), as
	 * test_store takes databases back: each migration since then runs. */
	/* Every practice's own table goes, whichever there are now. */
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = "
	                                    "'table' AND name NOT IN ('partner', 'checkin', "
	                                    "'gesture', 'repair', 'touch', 'timeout', "
	                                    "'touch_stage', 'plan_tick', 'sqlite_sequence')",
	                                    -1, &q, NULL), SQLITE_OK);
	char drops[2048] = "";
	while (sqlite3_step(q) == SQLITE_ROW) {
		strcat(drops, "DROP TABLE ");
		strcat(drops, (const char *)sqlite3_column_text(q, 0));
		strcat(drops, "; ");
	}
	sqlite3_finalize(q);
	assert_non_null(strstr(drops, "DROP TABLE objective; "));
	assert_int_equal(sqlite3_exec(db, drops, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "ALTER TABLE checkin DROP COLUMN uid; "
	                              "ALTER TABLE gesture DROP COLUMN uid; "
	                              "ALTER TABLE repair DROP COLUMN uid; "
	                              "ALTER TABLE touch DROP COLUMN uid; "
	                              "ALTER TABLE timeout DROP COLUMN uid; "
	                              "PRAGMA user_version = 2;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	if (!p->app.st)
		fail_msg("store_open: %s", err.msg);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_CHECKIN, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "tea in bed");
	assert_int_equal(got.mood, 4);
	entry_clear(&got);
	write_ok(p, 1, D(2026, 11, 3), "We stopped talking.", "Easy evenings.");
	struct objective_state s = load(p);
	assert_int_equal(s.all.n, 1);
	objective_state_free(&s);
}

/* The status of the installed plan's task key on day n of a plan started
 * on 9 Nov 2026, filled in from the two sentences' log. */
static struct plan_task_status sentences_status(struct practice *p, const struct plan *plan,
                                                const char *key, int n)
{
	struct tend_err err = { 0 };
	struct entry_list none = { 0 };
	struct plan_status ps;
	tend_day start = D(2026, 11, 9);
	plan_status(plan, start, start + n - 1, &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(objective_plan_fill(p->app.st, &ps, &err), TEND_OK);
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (strcmp(ps.tasks[i].task->key, key) == 0)
			return ps.tasks[i];
	fail_msg("no task %s on day %d", key, n);
	return ps.tasks[0];
}

/* The plan's "read your two sentences again" tasks tick themselves once
 * both kept or rewrote theirs in the task's phase, and not on one look
 * alone nor on a look before the phase. */
static void test_plan_ticks(void **state)
{
	struct practice *p = *state;
	struct plan plan;
	struct tend_err err = { 0 };
	assert_int_equal(plan_load(TEST_SRCDIR "/../data/plan.conf", 0, &plan, &err), TEND_OK);
	/* Written in week 1: the week 5-6 task (days 29-42) is still to do. */
	write_ok(p, 1, D(2026, 11, 10), "We drifted", "Evenings together");
	write_ok(p, 2, D(2026, 11, 11), "Too busy", "More laughter");
	struct plan_task_status s = sentences_status(p, &plan, "outcomes", 30);
	assert_false(s.by_hand);
	assert_false(s.met);
	assert_int_equal(s.done, 0);
	assert_int_equal(s.target, 1);
	/* Day 32 (10 Dec): one keeps theirs; one look alone is not both. */
	assert_int_equal(objective_keep(p->app.st, 1, D(2026, 12, 10), NULL, &err), TEND_OK);
	s = sentences_status(p, &plan, "outcomes", 35);
	assert_false(s.met);
	assert_int_equal(s.done, 0);
	/* Day 36: the other rewrites the outcome: met, for the whole phase. */
	write_ok(p, 2, D(2026, 12, 14), NULL, "Laughter, and a holiday");
	s = sentences_status(p, &plan, "outcomes", 36);
	assert_true(s.met);
	assert_int_equal(s.done, 1);
	s = sentences_status(p, &plan, "outcomes", 42);
	assert_true(s.met);
	/* The closing days' task (57-60) asks for a look of its own. */
	s = sentences_status(p, &plan, "new-sentences", 58);
	assert_false(s.by_hand);
	assert_false(s.met);
	assert_int_equal(objective_keep(p->app.st, 1, D(2027, 1, 4), NULL, &err), TEND_OK);
	assert_int_equal(objective_keep(p->app.st, 2, D(2027, 1, 5), NULL, &err), TEND_OK);
	s = sentences_status(p, &plan, "new-sentences", 58);
	assert_true(s.met);
	/* A look taken back (undo) no longer counts. */
	struct objective_state st = load(p);
	const struct objective_version *last = &st.all.v[st.all.n - 1];
	assert_int_equal(objective_unsave(p->app.st, last->id, last->uid, &err), TEND_OK);
	objective_state_free(&st);
	s = sentences_status(p, &plan, "new-sentences", 58);
	assert_false(s.met);
	plan_free(&plan);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_progress, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_plan_ticks, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_history, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_refused, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_keep_and_undo, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_origin, practice_setup, practice_teardown),
		cmocka_unit_test(test_due_review),
		cmocka_unit_test_setup_teardown(test_look_pending, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_printable, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_forget_and_purge, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_keeps_entries, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
