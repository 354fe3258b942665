/* Unit tests for the guided evening's rules (evening.c), without curses:
 * which steps are due given the day's entries and the plan day, where the
 * evening resumes from the stored place, the place kept per day in the
 * store, and the summary's words. Every date is pinned. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tend/evening.h"
#include "tend/ritual.h"
#include "tend/talk.h"
#include "tend/task.h"
#include "tend/touch.h"

#define PLAN_FILE TEST_SRCDIR "/../data/plan.conf"

struct fixture {
	struct plan plan;
	struct config cfg;
	struct store_stage stage;
	struct entry_list l;
	char dir[64];
	char path[128];
	struct store *st;
	struct evening_ctx c;
};

static int setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	struct tend_err err = { 0 };
	if (!fx || plan_load(PLAN_FILE, 0, &fx->plan, &err) != TEND_OK)
		return -1;
	day_parse("2026-11-09", &fx->cfg.start_date);
	strcpy(fx->dir, "/tmp/tend-evening-XXXXXX");
	if (!mkdtemp(fx->dir))
		return -1;
	snprintf(fx->path, sizeof fx->path, "%s/tend.db", fx->dir);
	fx->st = store_open(fx->path, &err);
	if (!fx->st)
		return -1;
	fx->stage = (struct store_stage){ .stage = 1, .since = DAY_INVALID };
	fx->c = (struct evening_ctx){ .st = fx->st, .plan = &fx->plan, .cfg = &fx->cfg,
	                              .start = fx->cfg.start_date, .entries = &fx->l,
	                              .stage = &fx->stage };
	/* Day 15 of the plan, Mon 23 Nov 2026: week 3, touch 3 times a week. */
	day_parse("2026-11-23", &fx->c.today);
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
	entry_list_free(&fx->l);
	plan_free(&fx->plan);
	free(fx);
	return 0;
}

static tend_day day_of(const char *s)
{
	tend_day d = DAY_INVALID;
	assert_true(day_parse(s, &d));
	return d;
}

static void add(struct fixture *fx, enum entry_kind kind, int partner, const char *day,
                const char *text)
{
	struct entry e = { .kind = kind, .partner = partner, .day = day_of(day), .mood = 3,
	                   .stress = 2, .stage = 1, .text = (char *)text };
	assert_true(entry_list_push(&fx->l, &e));
}

static void test_checkin_due_until_both(void **state)
{
	struct fixture *fx = *state;
	char word[96] = "x";
	assert_true(evening_checkin_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	/* Yesterday's check-ins are not tonight's. */
	add(fx, ENTRY_CHECKIN, 1, "2026-11-22", NULL);
	add(fx, ENTRY_CHECKIN, 2, "2026-11-22", NULL);
	add(fx, ENTRY_CHECKIN, 1, "2026-11-23", "tea");
	assert_true(evening_checkin_due(&fx->c, word, sizeof word));
	add(fx, ENTRY_CHECKIN, 2, "2026-11-23", NULL);
	assert_false(evening_checkin_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "both check-ins are in");
}

static void test_gestures_due_up_to_five(void **state)
{
	struct fixture *fx = *state;
	char word[96];
	for (int i = 0; i < EVENING_GESTURES_MOST - 1; i++) {
		add(fx, ENTRY_GESTURE, 1 + i % 2, "2026-11-23", "tea");
		assert_true(evening_gestures_due(&fx->c, word, sizeof word));
	}
	add(fx, ENTRY_GESTURE, 2, "2026-11-24", "tomorrow's");
	assert_true(evening_gestures_due(&fx->c, word, sizeof word));
	add(fx, ENTRY_GESTURE, 2, "2026-11-23", "hug");
	assert_false(evening_gestures_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "5 gestures today already");
}

static void test_repairs_due_until_one(void **state)
{
	struct fixture *fx = *state;
	char word[96];
	add(fx, ENTRY_REPAIR, 1, "2026-11-22", "yesterday");
	assert_true(evening_repairs_due(&fx->c, word, sizeof word));
	add(fx, ENTRY_REPAIR, 2, "2026-11-23", "sorry");
	assert_false(evening_repairs_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "a repair is noted today");
}

/* Touch follows the plan week: none asked in weeks 1-2; in week 3 until
 * the week's three count, and not twice a day. */
static void test_touch_due_by_plan_week(void **state)
{
	struct fixture *fx = *state;
	char word[96];
	fx->c.today = day_of("2026-11-13"); /* day 5: ground rules, no touch */
	assert_false(evening_touch_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "no touch in the plan this week");
	fx->cfg.discreet = true;
	assert_false(evening_touch_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "no time together in the plan this week");
	fx->cfg.discreet = false;

	fx->c.today = day_of("2026-11-23"); /* day 15: stage 1, 3 a week */
	assert_true(evening_touch_due(&fx->c, word, sizeof word));
	add(fx, ENTRY_TOUCH, 1, "2026-11-23", NULL);
	assert_false(evening_touch_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "a touch session is noted today");
	fx->c.today = day_of("2026-11-24");
	assert_true(evening_touch_due(&fx->c, word, sizeof word));
	add(fx, ENTRY_TOUCH, 2, "2026-11-24", NULL);
	add(fx, ENTRY_TOUCH, 1, "2026-11-25", NULL);
	fx->c.today = day_of("2026-11-26");
	assert_false(evening_touch_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "this week's touch is all there");
	/* A new plan week asks again. */
	fx->c.today = day_of("2026-11-30");
	assert_true(evening_touch_due(&fx->c, word, sizeof word));
	/* Ten paused days moved the plan on: 30 Nov is day 12, no touch yet. */
	fx->c.start = fx->cfg.start_date + 10;
	assert_false(evening_touch_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "no touch in the plan this week");
}

static const char *const keys[] = { "checkin", "gestures", "repairs", "touch" };

static void test_resume_from_stored_place(void **state)
{
	(void)state;
	assert_int_equal(evening_resume(keys, 4, ""), 0);
	assert_int_equal(evening_resume(keys, 4, NULL), 0);
	assert_int_equal(evening_resume(keys, 4, "gestures"), 1);
	assert_int_equal(evening_resume(keys, 4, "touch"), 3);
	/* A finished evening starts over; a step this build lacks too. */
	assert_int_equal(evening_resume(keys, 4, EVENING_DONE), 0);
	assert_int_equal(evening_resume(keys, 4, "talk"), 0);
}

/* The next due step, with the words of those passed over. */
static void test_next_passes_over_with_words(void **state)
{
	struct fixture *fx = *state;
	const evening_due_fn due[] = { evening_checkin_due, evening_gestures_due,
	                               evening_repairs_due, evening_touch_due };
	char words[200];
	assert_int_equal(evening_next(&fx->c, due, 4, 0, words, sizeof words), 0);
	assert_string_equal(words, "");
	add(fx, ENTRY_CHECKIN, 1, "2026-11-23", NULL);
	add(fx, ENTRY_CHECKIN, 2, "2026-11-23", NULL);
	assert_int_equal(evening_next(&fx->c, due, 4, 0, words, sizeof words), 1);
	assert_string_equal(words, "both check-ins are in");
	add(fx, ENTRY_REPAIR, 2, "2026-11-23", "sorry");
	add(fx, ENTRY_TOUCH, 2, "2026-11-23", NULL);
	assert_int_equal(evening_next(&fx->c, due, 4, 2, words, sizeof words), 4);
	assert_string_equal(words, "a repair is noted today; a touch session is noted today");
	/* Day 5: no touch in the plan; from the touch step the evening ends. */
	fx->c.today = day_of("2026-11-13");
	assert_int_equal(evening_next(&fx->c, due, 4, 3, words, sizeof words), 4);
	assert_string_equal(words, "no touch in the plan this week");
}

/* The place is kept per day, checked, and only for the last week. */
static void test_place_kept_per_day(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	char key[EVENING_KEY_MAX + 1] = "x";
	tend_day d = day_of("2026-11-23");
	assert_int_equal(evening_place_get(fx->st, d, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "");
	assert_int_equal(evening_place_set(fx->st, d, "gestures", &err), TEND_OK);
	assert_int_equal(evening_place_set(fx->st, d, "repairs", &err), TEND_OK);
	assert_int_equal(evening_place_get(fx->st, d, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "repairs");
	assert_int_equal(evening_place_get(fx->st, d + 1, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "");
	assert_int_equal(evening_place_set(fx->st, d, "Robert'); DROP TABLE evening;--", &err),
	                 TEND_E_USAGE);
	assert_int_equal(evening_place_set(fx->st, d, "", &err), TEND_E_USAGE);
	assert_int_equal(evening_place_get(fx->st, d, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "repairs");
	/* A week later the old place is gone; the new one is kept. */
	assert_int_equal(evening_place_set(fx->st, d + 8, EVENING_DONE, &err), TEND_OK);
	assert_int_equal(evening_place_get(fx->st, d, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "");
	assert_int_equal(evening_place_get(fx->st, d + 8, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, EVENING_DONE);
	/* forget erases it too. */
	assert_int_equal(store_forget_all(fx->st, &err), TEND_OK);
	assert_int_equal(evening_place_get(fx->st, d + 8, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "");
}

/* Drop every table schema 1 did not have (the evening's, the touch
 * stage, the ticks, every practice's), whatever later schemas add. */
static void drop_later_tables(sqlite3 *db)
{
	static const char *const v1[] = { "partner", "checkin", "gesture", "repair", "touch",
	                                   "timeout", "sqlite_sequence" };
	sqlite3_stmt *s;
	char names[32][64];
	int n = 0;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = "
	                                    "'table'", -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW && n < 32) {
		const char *name = (const char *)sqlite3_column_text(s, 0);
		bool old = false;
		for (size_t i = 0; i < sizeof v1 / sizeof *v1; i++)
			old |= strcmp(name, v1[i]) == 0;
		if (!old)
			snprintf(names[n++], sizeof names[0], "%s", name);
	}
	sqlite3_finalize(s);
	for (int i = 0; i < n; i++) {
		char *sql = sqlite3_mprintf("DROP TABLE \"%w\"", names[i]);
		assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
		sqlite3_free(sql);
	}
}

/* A database from before the evening gets its table and keeps its
 * entries: a version-1 file, made by this build and taken back to version 1
 * as tests/test_store.c does (its later tables dropped, ids without uids). */
static void test_migrate_from_v1(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_GESTURE, .partner = 1, .day = day_of("2026-11-20"),
	                   .text = "tea" };
	assert_int_equal(store_add(fx->st, &e, NULL, &err), TEND_OK);
	store_close(fx->st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(fx->path, &db), SQLITE_OK);
	drop_later_tables(db);
	assert_int_equal(sqlite3_exec(db, "ALTER TABLE checkin DROP COLUMN uid; "
	                              "ALTER TABLE gesture DROP COLUMN uid; "
	                              "ALTER TABLE repair DROP COLUMN uid; "
	                              "ALTER TABLE touch DROP COLUMN uid; "
	                              "ALTER TABLE timeout DROP COLUMN uid; "
	                              "PRAGMA user_version = 1;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	fx->st = store_open(fx->path, &err);
	assert_non_null(fx->st);
	struct entry got = { 0 };
	assert_int_equal(store_get(fx->st, ENTRY_GESTURE, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "tea");
	assert_int_equal(got.day, e.day);
	entry_clear(&got);
	char key[EVENING_KEY_MAX + 1] = "x";
	assert_int_equal(evening_place_get(fx->st, e.day, key, sizeof key, &err), TEND_OK);
	assert_string_equal(key, "");
	assert_int_equal(evening_place_set(fx->st, e.day, "touch", &err), TEND_OK);
}

/* Does any line hold s? */
static bool lines_have(char lines[][EVENING_LINE], int n, const char *s)
{
	for (int i = 0; i < n; i++)
		if (strstr(lines[i], s))
			return true;
	return false;
}

static void assert_kind_words(char lines[][EVENING_LINE], int n)
{
	for (int i = 0; i < n; i++) {
		assert_null(strstr(lines[i], "missed"));
		assert_null(strstr(lines[i], "Alex"));
		assert_null(strstr(lines[i], "Sam"));
		assert_true(strlen(lines[i]) <= 76);
	}
}

static void test_summary_describes_the_day(void **state)
{
	struct fixture *fx = *state;
	char lines[EVENING_LINES_MAX][EVENING_LINE];
	int n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_int_equal(n, 2);
	assert_string_equal(lines[0], "No check-in yet today; there is still time for one.");
	assert_string_equal(lines[1], "A quiet day, and that is all right. Rest well, both of you.");

	add(fx, ENTRY_CHECKIN, 2, "2026-11-23", "the soup");
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	/* Who has not checked in is never named. */
	assert_string_equal(lines[0], "One check-in is in; the other is welcome any time tonight.");
	assert_kind_words(lines, n);

	add(fx, ENTRY_CHECKIN, 1, "2026-11-23", "a walk");
	add(fx, ENTRY_GESTURE, 1, "2026-11-23", "tea");
	add(fx, ENTRY_GESTURE, 2, "2026-11-23", "hug");
	fx->l.v[fx->l.n - 1].bid = BID_TOWARD;
	add(fx, ENTRY_REPAIR, 1, "2026-11-23", "sorry");
	add(fx, ENTRY_TOUCH, 1, "2026-11-23", NULL);
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_kind_words(lines, n);
	assert_string_equal(lines[0], "You both checked in, each with a thank-you.");
	assert_string_equal(lines[1], "2 kind gestures, one turning toward a bid.");
	assert_string_equal(lines[2], "1 repair noticed.");
	assert_string_equal(lines[3], "A touch session today (this week: 1 of 3).");
	assert_string_equal(lines[n - 1], "Thank you both for tonight. Sleep well.");
	fx->cfg.discreet = true;
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_false(lines_have(lines, n, "ouch"));
	assert_true(lines_have(lines, n, "Time together today (this week: 1 of 3)."));
}

/* The week's talk: asked in week 3, not late in the evening, and no more
 * once one is held; week 1 asks for none and says nothing. */
static void test_talk_due(void **state)
{
	struct fixture *fx = *state;
	char word[96] = "x";
	struct tm tm = { .tm_year = 2026 - 1900, .tm_mon = 10, .tm_mday = 23, .tm_hour = 20,
	                 .tm_isdst = -1 };
	fx->cfg.no_talks_after = 21 * 60 + 30;
	fx->cfg.day_starts_at = 4 * 60;
	fx->c.now = mktime(&tm);
	assert_true(evening_talk_due(&fx->c, word, sizeof word));
	tm.tm_hour = 23;
	fx->c.now = mktime(&tm);
	assert_false(evening_talk_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "too late for a big talk tonight");
	/* Week 1: nothing asked, nothing said. */
	tm.tm_hour = 20;
	fx->c.now = mktime(&tm);
	fx->c.today = day_of("2026-11-10");
	assert_false(evening_talk_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	/* Held on Monday of week 3: passed over, without a word. */
	fx->c.today = day_of("2026-11-24");
	struct talk t = { .partner = 1, .day = day_of("2026-11-23"), .state = TALK_OPEN,
	                  .state_day = DAY_INVALID };
	t.text[TALK_WHAT] = "the dishes";
	t.text[TALK_ASK] = "can we share them?";
	struct tend_err err = { 0 };
	assert_int_equal(talk_save(fx->st, &t, &err), TEND_OK);
	assert_false(evening_talk_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
}

/* Without the app (no review can be read), the review step passes, saying
 * why; the review's own rule is tested with the reviews. */
static void test_review_step_without_app(void **state)
{
	struct fixture *fx = *state;
	char word[96] = "";
	assert_false(evening_review_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "the reviews could not be read");
}

/* A job on the shared load's list, the list made on 23 Oct 2026. */
static void add_job(struct fixture *fx, const char *name, const char *cadence)
{
	struct tend_err err = { 0 };
	struct store_task t = { .name = strdup(name), .owner = 1, .done = strdup("as agreed"),
	                        .cadence = strdup(cadence), .day = day_of("2026-10-23") };
	assert_int_equal(task_add(fx->st, &t, &err), TEND_OK);
	store_task_clear(&t);
}

/* Today's rituals: a step while one falling today is blank; a day with
 * none says nothing, a day with them all marked says so; a paused one is
 * not asked for. */
static void test_rituals_due(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	struct ritual_change c;
	char word[96] = "x";
	assert_false(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	unsigned mon, thu;
	assert_true(ritual_days_parse("mon", &mon));
	assert_true(ritual_days_parse("thu", &thu));
	assert_int_equal(ritual_add(fx->st, "Thursday walk", thu, -1, day_of("2026-11-09"), &c,
	                            &err), TEND_OK);
	/* Monday: the Thursday walk is not tonight's. */
	assert_false(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	assert_int_equal(ritual_add(fx->st, "Monday tea", mon, -1, day_of("2026-11-09"), &c,
	                            &err), TEND_OK);
	assert_true(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	assert_int_equal(ritual_mark(fx->st, "Monday tea", fx->c.today, true, &c, &err), TEND_OK);
	assert_false(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "today's ritual is marked");
	/* Next Monday, paused on purpose: nothing is asked. */
	fx->c.today = day_of("2026-11-30");
	assert_true(evening_rituals_due(&fx->c, word, sizeof word));
	assert_int_equal(ritual_pause(fx->st, "Monday tea", day_of("2026-11-29"), "travel", &c,
	                              &err), TEND_OK);
	assert_false(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	/* Without a store the step passes, saying why. */
	fx->c.st = NULL;
	assert_false(evening_rituals_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "the rituals could not be read");
}

/* The shared load's monthly look: a step from the day it comes round
 * until it is noted; not before the list is made. */
static void test_task_review_due(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	char word[96] = "x";
	assert_false(evening_task_review_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	add_job(fx, "The bins", "weekly");
	fx->c.today = day_of("2026-11-22");
	assert_false(evening_task_review_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
	fx->c.today = day_of("2026-11-23");
	assert_true(evening_task_review_due(&fx->c, word, sizeof word));
	int64_t id, uid;
	assert_int_equal(task_review_mark(fx->st, fx->c.today, &id, &uid, &err), TEND_OK);
	assert_false(evening_task_review_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "the shared load was looked over today");
	fx->c.today = day_of("2026-11-24");
	assert_false(evening_task_review_due(&fx->c, word, sizeof word));
	assert_string_equal(word, "");
}

/* The summary says the talk, the rituals kept and the look at the list,
 * for both, without a count to meet; without them, none of it. */
static void test_summary_practices(void **state)
{
	struct fixture *fx = *state;
	struct tend_err err = { 0 };
	char lines[EVENING_LINES_MAX][EVENING_LINE];
	add(fx, ENTRY_CHECKIN, 1, "2026-11-23", NULL);
	int n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_false(lines_have(lines, n, "talk"));
	assert_false(lines_have(lines, n, "ritual"));
	assert_false(lines_have(lines, n, "shared load"));

	struct talk tk = { .partner = 2, .day = fx->c.today, .state = TALK_OPEN,
	                   .state_day = DAY_INVALID };
	tk.text[TALK_WHAT] = "the dishes";
	tk.text[TALK_ASK] = "can we share them?";
	assert_int_equal(talk_save(fx->st, &tk, &err), TEND_OK);
	unsigned every;
	struct ritual_change c;
	assert_true(ritual_days_parse("daily", &every));
	assert_int_equal(ritual_add(fx->st, "Reading aloud", every, -1, day_of("2026-11-09"), &c,
	                            &err), TEND_OK);
	assert_int_equal(ritual_add(fx->st, "Tea", every, -1, day_of("2026-11-09"), &c, &err),
	                 TEND_OK);
	assert_int_equal(ritual_mark(fx->st, "Tea", fx->c.today, true, &c, &err), TEND_OK);
	/* Yesterday's mark is not tonight's. */
	assert_int_equal(ritual_mark(fx->st, "Reading aloud", fx->c.today - 1, true, &c, &err),
	                 TEND_OK);
	add_job(fx, "Dinners", "daily");
	int64_t id, uid;
	assert_int_equal(task_review_mark(fx->st, fx->c.today, &id, &uid, &err), TEND_OK);
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_kind_words(lines, n);
	assert_true(lines_have(lines, n, "A talk today: thank you for saying it and for "
	                       "hearing it."));
	assert_true(lines_have(lines, n, "A ritual kept today."));
	assert_true(lines_have(lines, n, "You looked over the shared load together."));
	assert_string_equal(lines[n - 1], "Thank you both for tonight. Sleep well.");
	assert_int_equal(ritual_mark(fx->st, "Reading aloud", fx->c.today, true, &c, &err),
	                 TEND_OK);
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_true(lines_have(lines, n, "2 rituals kept today."));
	/* Only the practices' own log, no entry: still not a quiet day. */
	entry_list_free(&fx->l);
	n = evening_summary(&fx->c, lines, EVENING_LINES_MAX);
	assert_string_equal(lines[n - 1], "Thank you both for tonight. Sleep well.");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_checkin_due_until_both, setup, teardown),
		cmocka_unit_test_setup_teardown(test_talk_due, setup, teardown),
		cmocka_unit_test_setup_teardown(test_review_step_without_app, setup, teardown),
		cmocka_unit_test_setup_teardown(test_gestures_due_up_to_five, setup, teardown),
		cmocka_unit_test_setup_teardown(test_repairs_due_until_one, setup, teardown),
		cmocka_unit_test_setup_teardown(test_touch_due_by_plan_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resume_from_stored_place, setup, teardown),
		cmocka_unit_test_setup_teardown(test_next_passes_over_with_words, setup, teardown),
		cmocka_unit_test_setup_teardown(test_place_kept_per_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_from_v1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_summary_describes_the_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rituals_due, setup, teardown),
		cmocka_unit_test_setup_teardown(test_task_review_due, setup, teardown),
		cmocka_unit_test_setup_teardown(test_summary_practices, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
