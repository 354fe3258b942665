/* Unit tests for the staged-touch rules (touch.c), without curses: the plan
 * opens each stage and sets each week's target; sessions count at the
 * stage the couple is at; the stage answer and the move it causes are one
 * transaction; a step back needs no one else; plan weeks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/touch.h"

#define PLAN_FILE TEST_SRCDIR "/../data/plan.conf"

struct fixture {
	struct plan plan;
	tend_day start;
	char dir[64];
	char path[128];
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	struct tend_err err = { 0 };
	if (!fx || plan_load(PLAN_FILE, 0, &fx->plan, &err) != TEND_OK)
		return -1;
	day_parse("2026-11-23", &fx->start);
	strcpy(fx->dir, "/tmp/tend-touch-XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	snprintf(fx->path, sizeof fx->path, "%s/tend.db", fx->dir);
	fx->st = store_open(fx->path, &err);
	if (!fx->st)
		return -1;
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char side[160];
	store_close(fx->st);
	unlink(fx->path);
	snprintf(side, sizeof side, "%s-wal", fx->path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", fx->path);
	unlink(side);
	rmdir(fx->dir);
	plan_free(&fx->plan);
	free(fx);
	return 0;
}

/* Plan day n (1-based) as a date. */
static tend_day on(const struct fixture *fx, int n)
{
	return fx->start + n - 1;
}

static void add_session(struct entry_list *l, tend_day day, int stage, int light)
{
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 1, .day = day, .stage = stage,
	                   .light = light };
	assert_true(entry_list_push(l, &e));
}

static struct store_stage get_stage(struct fixture *fx)
{
	struct store_stage s;
	struct tend_err err = { 0 };
	assert_int_equal(store_stage_get(fx->st, &s, &err), TEND_OK);
	return s;
}

/* How many times the stage row was written, straight from the file. */
static int stage_rev(struct fixture *fx)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int rev = -1;
	assert_int_equal(sqlite3_open_v2(fx->path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rev FROM touch_stage", -1, &s, NULL),
	                 SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		rev = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return rev;
}

/* The installed plan: stage 1 in weeks 3-4, stage 2 in weeks 5-6, stage 3
 * from week 7; each stage opens with its phase and stays open after. */
static void test_plan_opens_stages(void **state)
{
	struct fixture *fx = *state;
	const struct plan *p = &fx->plan;

	assert_int_equal(touch_task(&p->phases[0]), NULL);
	assert_int_equal(touch_task(&p->phases[1])->stage, 1);
	assert_int_equal(touch_task(&p->phases[2])->stage, 2);
	assert_int_equal(touch_task(&p->phases[3])->stage, 3);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, -3)), 1);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 5)), 1);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 28)), 1);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 29)), 2);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 43)), 3);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 58)), 3);
	assert_int_equal(touch_stage_open(p, fx->start, on(fx, 200)), 3);
	assert_int_equal(touch_opens_on(p, 2), 29);
	assert_int_equal(touch_opens_on(p, 3), 43);
	assert_int_equal(touch_opens_on(p, 4), 0);
}

/* The question: not before the plan opens the stage, then open; none at 3. */
static void test_question_follows_plan(void **state)
{
	struct fixture *fx = *state;
	const struct plan *p = &fx->plan;
	struct store_stage s1 = { .stage = 1, .since = DAY_INVALID };
	struct store_stage s2 = { .stage = 2, .since = on(fx, 30) };
	struct store_stage s3 = { .stage = 3, .since = on(fx, 44) };

	assert_int_equal(touch_ask(p, fx->start, on(fx, 1), &s1), TOUCH_ASK_LATER);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 5), &s1), TOUCH_ASK_LATER);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 20), &s1), TOUCH_ASK_LATER);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 29), &s1), TOUCH_ASK_OPEN);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 35), &s2), TOUCH_ASK_LATER);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 43), &s2), TOUCH_ASK_OPEN);
	/* Staying longer is fine: after day 60 the question is still there. */
	assert_int_equal(touch_ask(p, fx->start, on(fx, 90), &s1), TOUCH_ASK_OPEN);
	assert_int_equal(touch_ask(p, fx->start, on(fx, 50), &s3), TOUCH_ASK_LAST);
}

/* The week's target comes from the phase: none in weeks 1-2, 3 in weeks
 * 3-4, 2 in weeks 5-8, none in the closing days and after day 60. */
static void test_week_target_from_plan(void **state)
{
	struct fixture *fx = *state;
	struct entry_list none = { 0 };
	struct touch_week w;
	static const struct { int day, target, stage; } want[] = {
		{ 1, 0, 0 }, { 14, 0, 0 }, { 15, 3, 1 }, { 28, 3, 1 }, { 29, 2, 2 },
		{ 42, 2, 2 }, { 43, 2, 3 }, { 56, 2, 3 }, { 57, 0, 0 }, { 60, 0, 0 },
		{ 61, 0, 0 }, { 400, 0, 0 }, { -6, 0, 0 },
	};

	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		touch_week(&fx->plan, fx->start, on(fx, want[i].day), &none, NULL, &w);
		assert_int_equal(w.target, want[i].target);
		assert_int_equal(w.plan_stage, want[i].stage);
		assert_int_equal(w.done, 0);
	}
	touch_week(&fx->plan, fx->start, on(fx, 17), &none, NULL, &w);
	assert_int_equal(w.from, on(fx, 15));
	assert_int_equal(w.to, on(fx, 21));
}

/* Sessions count at the stage the couple is at (all of them before it
 * began); a red light counts like any other; other weeks do not count. */
static void test_week_counts_current_stage(void **state)
{
	struct fixture *fx = *state;
	struct entry_list l = { 0 };
	struct touch_week w;
	struct store_stage st = { .stage = 2, .since = on(fx, 31) };
	char buf[32];

	add_session(&l, on(fx, 29), 1, LIGHT_GREEN);  /* before stage 2: counts */
	add_session(&l, on(fx, 31), 1, LIGHT_GREEN);  /* stage 1 after the move */
	add_session(&l, on(fx, 32), 2, LIGHT_RED);    /* a red light counts */
	add_session(&l, on(fx, 33), 2, LIGHT_NONE);
	add_session(&l, on(fx, 36), 2, LIGHT_GREEN);  /* next week */
	touch_week(&fx->plan, fx->start, on(fx, 33), &l, &st, &w);
	assert_int_equal(w.sessions, 4);
	assert_int_equal(w.done, 3);
	assert_int_equal(w.target, 2);
	assert_true(touch_week_met(&w));
	touch_week_count(&w, buf, sizeof buf);
	assert_string_equal(buf, "3 of 2");
	/* The plan view's status of the touch task says the same. */
	struct plan_status ps;
	plan_status(&fx->plan, fx->start, on(fx, 33), &l, &st, NULL, NULL, NULL, &ps);
	bool seen = false;
	for (size_t i = 0; i < ps.n_tasks; i++) {
		if (ps.tasks[i].task->measure != PLAN_TOUCH)
			continue;
		assert_int_equal(ps.tasks[i].done, 3);
		assert_int_equal(ps.tasks[i].target, 2);
		assert_true(ps.tasks[i].met);
		seen = true;
	}
	assert_true(seen);
	/* Stage 1 for a month is fine: in week 5 its sessions still count. */
	struct store_stage one = { .stage = 1, .since = DAY_INVALID };
	touch_week(&fx->plan, fx->start, on(fx, 33), &l, &one, &w);
	assert_int_equal(w.done, 4);
	/* Week 1 has no target: "4", never "4 of 3". */
	struct entry_list early = { 0 };
	for (int i = 0; i < 4; i++)
		add_session(&early, on(fx, 2 + i), 1, LIGHT_GREEN);
	touch_week(&fx->plan, fx->start, on(fx, 6), &early, &one, &w);
	touch_week_count(&w, buf, sizeof buf);
	assert_string_equal(buf, "4");
	assert_false(touch_week_met(&w));
	entry_list_free(&l);
	entry_list_free(&early);
}

/* Logging a session: not above the stage, not before it began; an old
 * session keeps its stage; the words follow discreet. */
static void test_session_check(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	struct store_stage s1 = { .stage = 1, .since = DAY_INVALID };
	struct store_stage s2 = { .stage = 2, .since = on(fx, 30) };
	struct entry e = { .kind = ENTRY_TOUCH, .partner = 1, .day = on(fx, 31), .stage = 2 };

	assert_int_equal(touch_session_check(&s1, &e, NULL, false, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "you are at stage 1"));
	assert_int_equal(touch_session_check(&s1, &e, NULL, true, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "you are at step 1"));
	assert_int_equal(touch_session_check(&s2, &e, NULL, false, &err), TEND_OK);
	e.day = on(fx, 29);
	assert_int_equal(touch_session_check(&s2, &e, NULL, false, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "stage 2 began on Tue 22 Dec"));
	e.stage = 1;
	assert_int_equal(touch_session_check(&s2, &e, NULL, false, &err), TEND_OK);
	/* Back at stage 1: an old stage-2 session can still be changed. */
	struct entry old = e;
	old.stage = 2;
	e.stage = 2;
	assert_int_equal(touch_session_check(&s1, &e, &old, false, &err), TEND_OK);
	e.stage = 4;
	assert_int_equal(touch_session_check(&s2, &e, NULL, false, &err), TEND_E_USAGE);
}

/* One answer, then the other: the move comes with the second answer, in
 * the same write (the row's rev moves by one), both answers cleared. */
static void test_answer_and_move_together(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	struct touch_change c;

	/* Before week 5 the plan has not opened stage 2: nothing is saved. */
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 5), 1, true, false,
	                              &c, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "opens in week 5"));
	assert_false(get_stage(fx).ready[0]);

	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 29), 1, true, false,
	                              &c, &err), TEND_OK);
	assert_false(c.moved);
	assert_true(c.after.ready[0]);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 29), 2, false, false,
	                              &c, &err), TEND_OK);
	assert_false(c.moved);
	int rev = stage_rev(fx);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 30), 2, true, false,
	                              &c, &err), TEND_OK);
	assert_true(c.moved);
	assert_int_equal(stage_rev(fx), rev + 1);
	struct store_stage s = get_stage(fx);
	assert_int_equal(s.stage, 2);
	assert_int_equal(s.since, on(fx, 30));
	assert_false(s.ready[0]);
	assert_false(s.ready[1]);
	/* Stage 3 waits for week 7. */
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 31), 1, true, false,
	                              &c, &err), TEND_E_USAGE);
	/* Undo takes the move and the answer back together. */
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 44), 1, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 44), 2, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(get_stage(fx).stage, 3);
	assert_int_equal(touch_undo(fx->st, &c, &err), TEND_OK);
	s = get_stage(fx);
	assert_int_equal(s.stage, 2);
	assert_int_equal(s.since, on(fx, 30));
	assert_true(s.ready[0]);
	assert_false(s.ready[1]);
	/* At the last stage there is nothing to answer. */
	struct store_stage three = { .stage = 3, .since = on(fx, 45) };
	assert_int_equal(touch_ask(&fx->plan, fx->start, on(fx, 45), &three), TOUCH_ASK_LAST);
}

/* Either partner steps back alone, at once, at any week; answers clear;
 * stage 1 is the floor; an undo is refused once the stage moved elsewhere. */
static void test_step_back(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	struct touch_change c, back;

	assert_int_equal(touch_step_back(fx->st, on(fx, 3), false, &c, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "first stage"));
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 29), 1, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 29), 2, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 43), 1, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(touch_step_back(fx->st, on(fx, 44), false, &back, &err), TEND_OK);
	struct store_stage s = get_stage(fx);
	assert_int_equal(s.stage, 1);
	assert_int_equal(s.since, on(fx, 44));
	assert_false(s.ready[0]);
	assert_true(back.moved);
	assert_int_equal(back.before.stage, 2);
	/* Someone answers elsewhere after the step back: its undo is refused. */
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 44), 2, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(touch_answer(fx->st, &fx->plan, fx->start, on(fx, 44), 1, true, false,
	                              &c, &err), TEND_OK);
	assert_int_equal(get_stage(fx).stage, 2);
	assert_int_equal(touch_undo(fx->st, &back, &err), TEND_E_CONFLICT);
	assert_int_equal(get_stage(fx).stage, 2);
}

/* Plan weeks start on the start date's weekday, before day 1 too. */
static void test_plan_weeks(void **state)
{
	tend_day wed;
	(void)state;
	day_parse("2026-11-25", &wed);
	assert_int_equal(plan_week_start(wed, wed), wed);
	assert_int_equal(plan_week_start(wed, wed + 6), wed);
	assert_int_equal(plan_week_start(wed, wed + 7), wed + 7);
	assert_int_equal(plan_week_start(wed, wed - 1), wed - 7);
	assert_int_equal(plan_week_start(wed, wed - 7), wed - 7);
	assert_int_equal(plan_week_start(wed, wed - 8), wed - 14);
}

/* A plan may name a touch task's stage; out of range is refused with the
 * line; without one, the order of the touch phases gives it. */
static void test_plan_stage_key(void **state)
{
	static const char bad[] =
		"phase \"a\" {\n first = 1\n last = 7\n title = \"A\"\n"
		" task \"t\" {\n  text = \"Touch\"\n  cadence = \"2 per week\"\n"
		"  measure = \"touch\"\n  stage = 4\n }\n}\n";
	static const char order[] =
		"phase \"a\" {\n first = 1\n last = 7\n title = \"A\"\n"
		" task \"t\" {\n  text = \"Touch\"\n  cadence = \"2 per week\"\n"
		"  measure = \"touch\"\n }\n}\n"
		"phase \"b\" {\n first = 8\n last = 14\n title = \"B\"\n"
		" task \"u\" {\n  text = \"More\"\n  cadence = \"1 per week\"\n"
		"  measure = \"touch\"\n }\n}\n";
	struct plan p;
	struct tend_err err = { 0 };
	(void)state;

	assert_int_equal(plan_load_buf("s.plan", bad, strlen(bad), 0, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "s.plan:9: stage"));
	assert_int_equal(plan_load_buf("o.plan", order, strlen(order), 0, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].tasks[0].stage, 1);
	assert_int_equal(p.phases[1].tasks[0].stage, 2);
	plan_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_plan_opens_stages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_question_follows_plan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_week_target_from_plan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_week_counts_current_stage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_session_check, setup, teardown),
		cmocka_unit_test_setup_teardown(test_answer_and_move_together, setup, teardown),
		cmocka_unit_test_setup_teardown(test_step_back, setup, teardown),
		cmocka_unit_test(test_plan_weeks),
		cmocka_unit_test(test_plan_stage_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
