/* Unit tests for stats.c: the figures of a day and a week. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tend/stats.h"

static tend_day monday;

static void push(struct entry_list *l, struct entry e)
{
	assert_true(entry_list_push(l, &e));
}

static void checkin(struct entry_list *l, int partner, int offset, int mood, int stress)
{
	push(l, (struct entry){ .kind = ENTRY_CHECKIN, .partner = partner,
	                        .day = monday + offset, .mood = mood, .stress = stress });
}

static int setup(void **state)
{
	(void)state;
	monday = day_from_ymd(2026, 11, 23);
	return 0;
}

static void test_day(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	checkin(&l, 1, 0, 4, 2);
	push(&l, (struct entry){ .kind = ENTRY_GESTURE, .partner = 2, .day = monday, .bid = BID_TOWARD });
	push(&l, (struct entry){ .kind = ENTRY_GESTURE, .partner = 1, .day = monday, .bid = BID_AWAY });
	push(&l, (struct entry){ .kind = ENTRY_GESTURE, .partner = 1, .day = monday });
	push(&l, (struct entry){ .kind = ENTRY_REPAIR, .partner = 1, .day = monday, .accepted = true });
	push(&l, (struct entry){ .kind = ENTRY_TOUCH, .partner = 2, .day = monday, .stage = 2, .light = LIGHT_YELLOW });
	push(&l, (struct entry){ .kind = ENTRY_TIMEOUT, .partner = 1, .day = monday });
	push(&l, (struct entry){ .kind = ENTRY_GESTURE, .partner = 2, .day = monday + 1 });
	struct day_stats d;
	stats_day(&l, monday, &d);
	assert_true(d.checked_in[0]);
	assert_false(d.checked_in[1]);
	assert_int_equal(d.mood[0], 4);
	assert_int_equal(d.stress[0], 2);
	assert_int_equal(d.gestures[0], 2);
	assert_int_equal(d.gestures[1], 1);
	assert_int_equal(d.first_gesture, 2);
	assert_int_equal(d.bids_toward, 1);
	assert_int_equal(d.bids_away, 1);
	assert_int_equal(d.repairs[0], 1);
	assert_int_equal(d.repairs_accepted[0], 1);
	assert_int_equal(d.touch, 1);
	assert_int_equal(d.touch_light[LIGHT_YELLOW], 1);
	assert_int_equal(d.max_stage, 2);
	assert_int_equal(d.timeouts, 1);
	entry_list_free(&l);
}

static void test_week(void **state)
{
	(void)state;
	struct config cfg = { .gestures_min = 2, .gestures_max = 5, .repairs_per_day = 1 };
	struct entry_list l = { 0 };
	for (int i = 0; i < 7; i++)
		checkin(&l, 1, i, 3, 3);
	for (int i = 0; i < 5; i++)
		checkin(&l, 2, i, 4, 1);
	checkin(&l, 2, 7, 4, 1);   /* next week: not counted */
	checkin(&l, 2, -1, 4, 1);  /* last week: not counted */
	for (int i = 0; i < 3; i++)
		push(&l, (struct entry){ .kind = ENTRY_TOUCH, .partner = 1, .day = monday + 2 * i, .stage = 1 });
	push(&l, (struct entry){ .kind = ENTRY_REPAIR, .partner = 2, .day = monday + 3 });
	struct week_stats w;
	stats_week(&l, monday, &cfg, &w);
	assert_int_equal(w.checkins[0], 7);
	assert_int_equal(w.checkins[1], 5);
	assert_int_equal(w.checkin_days_both, 5);
	assert_int_equal(w.touch, 3);
	assert_int_equal(w.repairs[1], 1);
	assert_int_equal(w.repairs_accepted, 0);
	assert_int_equal(w.target_gestures_min, 14);
	assert_int_equal(w.target_gestures_max, 35);
	assert_int_equal(w.target_repairs, 7);
	assert_int_equal(w.days[6].day, monday + 6);
	entry_list_free(&l);
}

/* Paused days do not count: the week's check-in days are out of the days
 * left, its aims shrink with it, and what was logged stays in the totals. */
static void test_week_paced(void **state)
{
	(void)state;
	struct config cfg = { .gestures_min = 2, .gestures_max = 5, .repairs_per_day = 1 };
	struct entry_list l = { 0 };
	for (int i = 0; i < 7; i++) {
		checkin(&l, 1, i, 3, 3);
		if (i != 4)
			checkin(&l, 2, i, 4, 1);
	}
	push(&l, (struct entry){ .kind = ENTRY_GESTURE, .partner = 1, .day = monday + 5 });
	/* Paused from Thursday (3) to Saturday (5), going on on Sunday. */
	struct pace_pause pp = { .from = monday + 3, .to = monday + 6 };
	struct pace p = { .v = &pp, .n = 1 };
	struct week_stats w;
	stats_week_paced(&l, monday, &cfg, &p, &w);
	assert_int_equal(w.days_counted, 4);
	assert_true(w.days[3].paused && w.days[5].paused);
	assert_false(w.days[2].paused || w.days[6].paused);
	assert_int_equal(w.checkins[0], 4);
	assert_int_equal(w.checkins[1], 4);
	assert_int_equal(w.checkin_days_both, 4);
	assert_int_equal(w.gestures[0], 1);
	assert_int_equal(w.target_gestures_min, 8);
	assert_int_equal(w.target_repairs, 4);
	/* Without pauses, all seven count. */
	stats_week_paced(&l, monday, &cfg, NULL, &w);
	assert_int_equal(w.days_counted, 7);
	assert_int_equal(w.checkin_days_both, 6);
	entry_list_free(&l);
}

static void test_streak(void **state)
{
	(void)state;
	struct entry_list l = { 0 };
	for (int i = 0; i < 4; i++) {
		checkin(&l, 1, i, 3, 3);
		checkin(&l, 2, i, 3, 3);
	}
	checkin(&l, 1, 4, 3, 3); /* day 4: only one so far */
	assert_int_equal(stats_checkin_streak(&l, monday + 3), 4);
	/* An evening still open does not break the streak. */
	assert_int_equal(stats_checkin_streak(&l, monday + 4), 4);
	/* A missed day does. */
	assert_int_equal(stats_checkin_streak(&l, monday + 5), 0);
	entry_list_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_day, setup),
		cmocka_unit_test_setup(test_week, setup),
		cmocka_unit_test_setup(test_week_paced, setup),
		cmocka_unit_test_setup(test_streak, setup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
