/* Unit tests for review.c: which review is open on a day (pinned dates),
 * when one is due, the answers kept, and the weekly agenda. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/review.h"
#include "tend/talk.h"
#include "tend/text.h"

#include "practice_fixture.h"

#define PLAN_FILE TEST_SRCDIR "/../data/plan.conf"

static tend_day ymd(int y, int m, int d)
{
	return day_from_ymd(y, m, d);
}

/* The fixture's app with the default 60-day plan from 2026-09-01. */
static int review_setup(void **state)
{
	if (practice_setup(state))
		return -1;
	struct practice *p = *state;
	struct tend_err err = { 0 };
	p->app.cfg.start_date = ymd(2026, 9, 1);
	p->app.cfg.partner[0] = strdup("Alex");
	p->app.cfg.partner[1] = strdup("Sam");
	return plan_load(PLAN_FILE, 0, &p->app.plan, &err) == TEND_OK ? 0 : -1;
}

static int review_teardown(void **state)
{
	struct practice *p = *state;
	plan_free(&p->app.plan);
	free(p->app.cfg.partner[0]);
	free(p->app.cfg.partner[1]);
	return practice_teardown(state);
}

/* Day 1 is 2026-09-01: day 57 is 2026-10-27, day 60 2026-10-30. The plan
 * counts the after phase's quarters from day 61: day 152 (2027-01-30)
 * opens quarterly review 1, day 243 (2027-05-01) quarterly review 2. */
static void test_open_on_pinned(void **state)
{
	(void)state;
	struct plan p = { .length = 60 };
	tend_day start = ymd(2026, 9, 1);
	struct review_slot s;

	review_open_on(&p, start, ymd(2026, 10, 26), &s);   /* day 56 */
	assert_int_equal(s.which, REVIEW_NONE);
	review_open_on(&p, start, ymd(2026, 10, 27), &s);   /* day 57 */
	assert_int_equal(s.which, REVIEW_CLOSING);
	assert_int_equal(s.opens, ymd(2026, 10, 27));
	assert_int_equal(s.next, ymd(2027, 1, 30));
	review_open_on(&p, start, ymd(2026, 10, 30), &s);   /* day 60 */
	assert_int_equal(s.which, REVIEW_CLOSING);
	review_open_on(&p, start, ymd(2027, 1, 29), &s);    /* day 151 */
	assert_int_equal(s.which, REVIEW_CLOSING);
	review_open_on(&p, start, ymd(2027, 1, 30), &s);    /* day 152 */
	assert_int_equal(s.which, 1);
	assert_int_equal(s.opens, ymd(2027, 1, 30));
	assert_int_equal(s.next, ymd(2027, 5, 1));
	review_open_on(&p, start, ymd(2027, 4, 30), &s);    /* day 242 */
	assert_int_equal(s.which, 1);
	review_open_on(&p, start, ymd(2027, 5, 1), &s);     /* day 243 */
	assert_int_equal(s.which, 2);
	assert_int_equal(s.opens, ymd(2027, 5, 1));
	review_open_on(&p, start, ymd(2026, 8, 1), &s);     /* before the start */
	assert_int_equal(s.which, REVIEW_NONE);
}

/* The reviews open where the plan's quarterly task counts its periods:
 * the same first day as plan_status gives the after phase's task. */
static void test_quarters_match_plan(void **state)
{
	struct practice *p = *state;
	tend_day start = p->app.cfg.start_date;
	struct entry_list none = { 0 };
	for (int n = 1; n <= 3; n++) {
		tend_day opens = review_opens(&p->app.plan, start, n);
		struct plan_status st;
		plan_status(&p->app.plan, start, opens, &none, NULL, NULL, NULL, NULL, &st);
		const struct plan_task_status *q = NULL;
		for (size_t i = 0; i < st.n_tasks; i++)
			if (st.tasks[i].task->cadence == PLAN_QUARTERLY)
				q = &st.tasks[i];
		assert_non_null(q);
		assert_int_equal(q->period, opens);
	}
}

static int answer(struct practice *p, int partner, tend_day day, const char *good,
                  int64_t *replaced, struct tend_err *err)
{
	struct review_answer a = { .partner = partner, .day = day };
	a.text[REVIEW_GOOD] = (char *)good;
	a.text[REVIEW_HEAVY] = (char *)"the mornings";
	a.text[REVIEW_NEXT] = (char *)"a walk on Sundays";
	int rc = review_answer_save(&p->app, &a, replaced, err);
	return rc;
}

/* The plan's look-back task (days 57-60) and its quarterly task tick
 * themselves once both have answered the review open in their period. */
static void test_plan_ticks(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry_list none = { 0 };
	tend_day start = p->app.cfg.start_date;
	struct plan_status ps;
	const struct plan_task_status *look = NULL, *quarter = NULL;

	plan_status(&p->app.plan, start, ymd(2026, 10, 28), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(review_plan_prove(p->app.st, &p->app.plan, start, &ps, &err), TEND_OK);
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (!strcmp(ps.tasks[i].task->key, "look-back"))
			look = &ps.tasks[i];
	assert_non_null(look);
	assert_false(look->by_hand);
	assert_false(look->met);
	assert_int_equal(answer(p, 1, ymd(2026, 10, 28), "a", NULL, &err), TEND_OK);
	plan_status(&p->app.plan, start, ymd(2026, 10, 28), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(review_plan_prove(p->app.st, &p->app.plan, start, &ps, &err), TEND_OK);
	assert_false(look->met);
	assert_int_equal(answer(p, 2, ymd(2026, 10, 30), "b", NULL, &err), TEND_OK);
	plan_status(&p->app.plan, start, ymd(2026, 10, 30), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(review_plan_prove(p->app.st, &p->app.plan, start, &ps, &err), TEND_OK);
	assert_true(look->met);

	/* The first quarter after the plan is the closing review's; the next
	 * one waits for quarterly review 1. */
	plan_status(&p->app.plan, start, ymd(2026, 12, 1), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(review_plan_prove(p->app.st, &p->app.plan, start, &ps, &err), TEND_OK);
	for (size_t i = 0; i < ps.n_tasks; i++)
		if (ps.tasks[i].task->cadence == PLAN_QUARTERLY)
			quarter = &ps.tasks[i];
	assert_non_null(quarter);
	assert_true(quarter->met);
	plan_status(&p->app.plan, start, ymd(2027, 2, 1), &none, NULL, NULL, NULL, NULL, &ps);
	assert_int_equal(review_plan_prove(p->app.st, &p->app.plan, start, &ps, &err), TEND_OK);
	assert_false(quarter->met);
	assert_int_equal(quarter->done, 0);
}

/* A longer first phase makes the plan longer: the closing days move with
 * its end, and so do the quarterly reviews. */
static void test_open_on_stretched(void **state)
{
	(void)state;
	struct plan p = { .length = 100 };
	tend_day start = ymd(2026, 1, 1);
	struct review_slot s;

	review_open_on(&p, start, start + 95, &s);          /* day 96 */
	assert_int_equal(s.which, REVIEW_NONE);
	review_open_on(&p, start, start + 96, &s);          /* day 97 */
	assert_int_equal(s.which, REVIEW_CLOSING);
	assert_int_equal(s.opens, start + 96);
	assert_int_equal(review_opens(&p, start, 1), start + 191); /* day 192 */
	review_open_on(&p, start, start + 191, &s);
	assert_int_equal(s.which, 1);
}

static void test_names(void **state)
{
	(void)state;
	char buf[48];
	review_name(REVIEW_CLOSING, buf, sizeof buf);
	assert_string_equal(buf, "the closing review");
	review_name(3, buf, sizeof buf);
	assert_string_equal(buf, "quarterly review 3");
}

/* Due until both have answered; then the note goes. */
static void test_due_until_both(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct review_due d;
	char note[64];

	assert_int_equal(review_due_on(&p->app, ymd(2026, 10, 26), &d, &err), TEND_OK);
	assert_false(d.due);
	review_note(&d, note, sizeof note);
	assert_string_equal(note, "");

	assert_int_equal(review_due_on(&p->app, ymd(2026, 10, 28), &d, &err), TEND_OK);
	assert_true(d.due);
	review_note(&d, note, sizeof note);
	assert_string_equal(note, "closing review due");

	assert_int_equal(answer(p, 1, ymd(2026, 10, 28), "the check-ins", NULL, &err), TEND_OK);
	assert_int_equal(review_due_on(&p->app, ymd(2026, 10, 29), &d, &err), TEND_OK);
	assert_true(d.due);
	assert_true(d.answered[0]);
	assert_false(d.answered[1]);
	assert_int_equal(answer(p, 2, ymd(2026, 11, 2), "the hugs", NULL, &err), TEND_OK);
	assert_int_equal(review_due_on(&p->app, ymd(2026, 11, 2), &d, &err), TEND_OK);
	assert_false(d.due);

	/* Quarterly review 1 opens on day 152, due again. */
	assert_int_equal(review_due_on(&p->app, ymd(2027, 1, 29), &d, &err), TEND_OK);
	assert_false(d.due);
	assert_int_equal(review_due_on(&p->app, ymd(2027, 1, 30), &d, &err), TEND_OK);
	assert_true(d.due);
	assert_int_equal(d.slot.which, 1);
	review_note(&d, note, sizeof note);
	assert_string_equal(note, "quarterly review due");
}

/* Answers are kept with their review and day; a second answer replaces
 * the first, and undo brings the first back. */
static void test_answers_kept_and_undone(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	int64_t replaced = -1;
	assert_int_equal(answer(p, 1, ymd(2027, 2, 3), "first", &replaced, &err), TEND_OK);
	assert_int_equal(replaced, 0);
	struct review_answer_list l = { 0 };
	assert_int_equal(store_review_list(p->app.st, -1, &l, &err), TEND_OK);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].which, 1);
	assert_int_equal(l.v[0].opens, ymd(2027, 1, 30));
	assert_int_equal(l.v[0].day, ymd(2027, 2, 3));
	assert_string_equal(l.v[0].text[REVIEW_GOOD], "first");
	assert_string_equal(l.v[0].text[REVIEW_NEXT], "a walk on Sundays");
	int64_t first = l.v[0].id;
	review_answer_list_free(&l);

	assert_int_equal(answer(p, 1, ymd(2027, 2, 4), "second", &replaced, &err), TEND_OK);
	assert_int_equal(replaced, first);
	assert_int_equal(store_review_list(p->app.st, 1, &l, &err), TEND_OK);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].text[REVIEW_GOOD], "second");
	struct review_answer second = l.v[0];
	assert_int_equal(store_review_undo(p->app.st, second.id, second.uid, second.rev + 1,
	                                   &err), TEND_E_CONFLICT);
	assert_int_equal(store_review_undo(p->app.st, second.id, second.uid, second.rev, &err),
	                 TEND_OK);
	review_answer_list_free(&l);
	assert_int_equal(store_review_list(p->app.st, 1, &l, &err), TEND_OK);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].text[REVIEW_GOOD], "first");
	review_answer_list_free(&l);

	/* Purged for good: the undone one leaves the file. */
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_int_equal(store_review_list(p->app.st, -1, &l, &err), TEND_OK);
	assert_int_equal(l.n, 0);
	review_answer_list_free(&l);
}

static void test_answer_refused(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	assert_int_equal(answer(p, 1, ymd(2026, 10, 1), "early", NULL, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "no review is open yet: the closing review opens on "
	                    "Tue 27 Oct (day 57 of the plan)");
	assert_int_equal(answer(p, 1, ymd(2026, 10, 28), "  \n", NULL, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "what felt good: a few words, please (\"nothing\" is "
	                    "an answer too)");
	assert_int_equal(answer(p, 1, ymd(2026, 10, 28), "\xff\xfe", NULL, &err), TEND_E_USAGE);
	char *big = malloc(TEXT_MAX_CHARS + 2);
	memset(big, 'a', TEXT_MAX_CHARS + 1);
	big[TEXT_MAX_CHARS + 1] = '\0';
	assert_int_equal(answer(p, 1, ymd(2026, 10, 28), big, NULL, &err), TEND_E_USAGE);
	free(big);
	assert_int_equal(answer(p, 3, ymd(2026, 10, 28), "x", NULL, &err), TEND_E_USAGE);
	struct review_answer_list l = { 0 };
	assert_int_equal(store_review_list(p->app.st, -1, &l, &err), TEND_OK);
	assert_int_equal(l.n, 0);
	review_answer_list_free(&l);
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 0);
}

/* A database from before the reviews (schema 7) keeps its entries and
 * takes answers once opened. */
static void test_migrate_from_7(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_GESTURE, .partner = 2, .day = ymd(2026, 10, 1),
	                   .text = (char *)"a hug" };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	/* Back to schema 7: the tables and indexes of the later schemas go
	 * (those of schemas 1-3 stay, and the practices before the reviews
	 * made none). */
	sqlite3_stmt *q;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT type, name FROM sqlite_master WHERE "
	                                    "sql IS NOT NULL AND name NOT IN ('partner', "
	                                    "'checkin', 'gesture', 'repair', 'touch', "
	                                    "'timeout', 'touch_stage', 'plan_tick', "
	                                    "'sqlite_sequence', 'checkin_partner_day', "
	                                    "'gesture_day', 'repair_day', 'touch_day', "
	                                    "'timeout_day') ORDER BY type DESC", -1, &q, NULL),
	                 SQLITE_OK);
	char drops[4096] = "PRAGMA user_version = 7;";
	while (sqlite3_step(q) == SQLITE_ROW) {
		size_t n = strlen(drops);
		snprintf(drops + n, sizeof drops - n, "DROP %s IF EXISTS \"%s\";",
		         (const char *)sqlite3_column_text(q, 0),
		         (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_finalize(q);
	assert_int_equal(sqlite3_exec(db, drops, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	assert_non_null(p->app.st);
	struct entry got = { 0 };
	assert_int_equal(store_get(p->app.st, ENTRY_GESTURE, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "a hug");
	entry_clear(&got);
	assert_int_equal(answer(p, 2, ymd(2026, 10, 28), "the hugs", NULL, &err), TEND_OK);
	struct review_answer_list l = { 0 };
	assert_int_equal(store_review_list(p->app.st, REVIEW_CLOSING, &l, &err), TEND_OK);
	assert_int_equal(l.n, 1);
	review_answer_list_free(&l);
}

static void add(struct practice *p, enum entry_kind kind, int partner, tend_day day,
                const char *text, int bid, bool accepted)
{
	struct entry e = { .kind = kind, .partner = partner, .day = day, .text = (char *)text,
	                   .mood = 3, .stress = 2, .bid = bid, .accepted = accepted,
	                   .phrase = 1, .called_at = day_time_at(day, 20 * 60) };
	struct tend_err err = { 0 };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
}

/* The kind moments first, in the order of the program; time-outs and a
 * bid turned away never appear, nor whether a repair was accepted. */
static void test_week_agenda(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	tend_day w = ymd(2026, 9, 15); /* week 3: Tue 15 to Mon 21 Sep */
	add(p, ENTRY_REPAIR, 2, w + 1, "I was short with you", 0, false);
	add(p, ENTRY_GESTURE, 1, w, "a hug at the door", BID_TOWARD, false);
	add(p, ENTRY_GESTURE, 2, w + 2, "looked away", BID_AWAY, false);
	add(p, ENTRY_CHECKIN, 1, w + 3, "the soup", 0, false);
	add(p, ENTRY_CHECKIN, 2, w + 3, NULL, 0, false);
	add(p, ENTRY_TIMEOUT, 2, w + 3, NULL, 0, false);
	add(p, ENTRY_GESTURE, 1, w + 7, "next week", BID_NONE, false);

	struct review_agenda a;
	assert_int_equal(review_week(&p->app, w + 4, &a, &err), TEND_OK);
	assert_int_equal(a.from, w);
	assert_int_equal(a.to, w + 6);
	assert_int_equal(a.week, 3);
	assert_int_equal(a.n, 5);
	assert_int_equal(a.v[0].source, REVIEW_SRC_GRATITUDE);
	assert_string_equal(a.v[0].text, "the soup");
	assert_int_equal(a.v[1].source, REVIEW_SRC_GESTURE);
	assert_string_equal(a.v[1].text, "a hug at the door");
	assert_int_equal(a.v[2].source, REVIEW_SRC_REPAIR);
	assert_int_equal(a.v[2].partner, 2);
	/* Week 3 asks for a talk: where it stands is on the table. */
	assert_int_equal(a.v[3].source, REVIEW_SRC_TALK);
	assert_non_null(strstr(a.v[3].words, "Not yet this week"));
	assert_int_equal(a.v[4].source, REVIEW_SRC_TOUCH);
	assert_non_null(strstr(a.v[4].words, "Stage 1"));

	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(review_text_write(f, &a, &p->app.cfg, false, &err), TEND_OK);
	fclose(f);
	assert_non_null(strstr(buf, "Weekly review, week 3: Tue 15 Sep to Mon 21 Sep 2026\n"));
	assert_true(strstr(buf, "KIND MOMENTS") < strstr(buf, "ON THE TABLE"));
	assert_null(strstr(buf, "accepted"));
	assert_null(strstr(buf, "looked away"));
	free(buf);
	review_agenda_free(&a);

	/* Discreet: neutral words for the stage. */
	p->app.cfg.discreet = true;
	assert_int_equal(review_week(&p->app, w, &a, &err), TEND_OK);
	assert_string_equal(review_source_title(a.v[a.n - 1].source, true), "Together");
	assert_null(strstr(a.v[a.n - 1].words, "Stage"));
	assert_null(strstr(a.v[a.n - 1].words, "touch"));
	review_agenda_free(&a);
}

/* An empty week says so gently, and a due review is on the table. */
static void test_week_empty_and_due(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct review_agenda a;
	assert_int_equal(review_week(&p->app, ymd(2026, 10, 28), &a, &err), TEND_OK);
	assert_false(review_agenda_has_kind(&a));
	assert_int_equal(a.v[a.n - 1].source, REVIEW_SRC_REVIEW);
	assert_string_equal(a.v[a.n - 1].words, "The closing review is due: each of you "
	                    "answers what felt good, what felt heavy, and what experiment "
	                    "to try next.");
	review_agenda_free(&a);
}

/* Text wraps at 80 columns, with later lines under the first. */
static void test_text_wraps(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct review_agenda a = { .from = ymd(2026, 9, 15), .to = ymd(2026, 9, 21), .week = 3 };
	const char *long_text = "a very long thank-you that goes on and on about the "
	                        "soup and the walk and the way you listened to me when "
	                        "I came home late and tired \x1b[31m";
	assert_true(review_agenda_push(&a, REVIEW_SRC_GRATITUDE, a.from, 1, long_text, NULL));
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_int_equal(review_text_write(f, &a, &p->app.cfg, true, &err), TEND_OK);
	fclose(f);
	for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
		assert_true(strlen(line) <= REVIEW_TEXT_COLS);
		assert_null(strchr(line, '\x1b'));
	}
	free(buf);
	review_agenda_free(&a);
}

/* The week's talks on their days, in the week's order, with where each
 * ask stands and never who raised it; a talk of another week is not
 * this week's. The shared load's look: due, or held in the week. */
static void test_talk_and_tasks_items(void **state)
{
	(void)state;
	struct review_agenda a = { .from = ymd(2026, 9, 15), .to = ymd(2026, 9, 21), .week = 3 };
	struct talk v[3] = {
		{ .partner = 2, .day = ymd(2026, 9, 22), .state = TALK_OPEN },
		{ .partner = 1, .day = ymd(2026, 9, 19), .state = TALK_DONE },
		{ .partner = 2, .day = ymd(2026, 9, 16), .state = TALK_AGREED },
	};
	struct talk_list l = { .v = v, .n = 3, .cap = 3 };
	struct talk_week w = { .from = a.from, .to = a.to, .asked = true, .held = 2 };
	assert_true(review_add_talk(&a, &w, &l));
	assert_int_equal(a.n, 2);
	assert_int_equal(a.v[0].day, ymd(2026, 9, 16));
	assert_string_equal(a.v[0].words, "Held; you agreed on its ask, and it waits to be done.");
	assert_int_equal(a.v[1].day, ymd(2026, 9, 19));
	assert_string_equal(a.v[1].words, "Held; its ask is done.");
	for (size_t i = 0; i < a.n; i++)
		assert_int_equal(a.v[i].partner, 0);
	review_agenda_free(&a);

	/* None held in a week that asks: still to come, gently. */
	struct talk_week none = { .from = a.from, .to = a.to, .asked = true };
	assert_true(review_add_talk(&a, &none, NULL));
	assert_int_equal(a.n, 1);
	assert_non_null(strstr(a.v[0].words, "Not yet this week"));
	review_agenda_free(&a);

	assert_true(review_add_tasks(&a, false, ymd(2026, 9, 14)));
	assert_int_equal(a.n, 0);
	assert_true(review_add_tasks(&a, false, ymd(2026, 9, 20)));
	assert_int_equal(a.n, 1);
	assert_int_equal(a.v[0].source, REVIEW_SRC_TASKS);
	assert_string_equal(a.v[0].words, "You looked over who owns which job together.");
	review_agenda_free(&a);
	assert_true(review_add_tasks(&a, true, DAY_INVALID));
	assert_string_equal(a.v[0].words, "The monthly look at who owns which job is due.");
	review_agenda_free(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_on_pinned),
		cmocka_unit_test(test_open_on_stretched),
		cmocka_unit_test_setup_teardown(test_plan_ticks, review_setup, review_teardown),
		cmocka_unit_test_setup_teardown(test_quarters_match_plan, review_setup,
		                                review_teardown),
		cmocka_unit_test(test_names),
		cmocka_unit_test_setup_teardown(test_due_until_both, review_setup, review_teardown),
		cmocka_unit_test_setup_teardown(test_answers_kept_and_undone, review_setup,
		                                review_teardown),
		cmocka_unit_test_setup_teardown(test_answer_refused, review_setup, review_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_from_7, review_setup, review_teardown),
		cmocka_unit_test_setup_teardown(test_week_agenda, review_setup, review_teardown),
		cmocka_unit_test_setup_teardown(test_week_empty_and_due, review_setup,
		                                review_teardown),
		cmocka_unit_test_setup_teardown(test_text_wraps, review_setup, review_teardown),
		cmocka_unit_test(test_talk_and_tasks_items),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
