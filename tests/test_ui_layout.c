/* Unit tests for the dashboard's layout: every panel visible and inside the
 * screen down to 80x22, nothing overlapping, a compact layout without the
 * week down to 60x18, and a clear "too small" below it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tend/ui_layout.h"

static int area_cells(const struct ui_rect *r)
{
	return r->w * r->h;
}

/* Each area has room for its border and content, lies inside the screen and
 * touches no other area; together they cover the whole screen. */
static void check_layout(int cols, int lines)
{
	struct ui_layout l;
	ui_layout_compute(cols, lines, &l);
	assert_false(l.too_small);
	assert_false(l.compact);
	int total = 0;
	for (int a = 0; a < UI_AREA_COUNT; a++) {
		const struct ui_rect *r = &l.area[a];
		assert_true(r->y >= 0 && r->x >= 0);
		assert_true(r->y + r->h <= lines);
		assert_true(r->x + r->w <= cols);
		assert_true(r->h >= 1 && r->w >= 1);
		if (a != UI_AREA_HEADER && a != UI_AREA_FOOTER) {
			assert_true(r->h >= 5);
			assert_true(r->w >= 36);
		}
		for (int b = a + 1; b < UI_AREA_COUNT; b++)
			assert_false(ui_rect_overlaps(r, &l.area[b]));
		total += area_cells(r);
	}
	assert_int_equal(total, cols * lines);
	/* The week is the biggest panel. */
	for (int a = UI_AREA_CHECKIN; a < UI_AREA_FOOTER; a++)
		assert_true(area_cells(&l.area[UI_AREA_WEEK]) >= area_cells(&l.area[a]));
	assert_true(l.touch_weeks >= 1);
	assert_true(l.checkin_days >= 1);
}

/* A tmux pane of an 80x24 terminal is 80x23: every panel shows there, and
 * at 80x22 too, the touch calendar down to one week. */
static void test_80x23_80x22(void **state)
{
	(void)state;
	check_layout(80, 23);
	check_layout(80, 22);
	struct ui_layout l;
	ui_layout_compute(80, 23, &l);
	assert_int_equal(l.area[UI_AREA_WEEK].h, 12);
	assert_int_equal(l.touch_weeks, 2);
	ui_layout_compute(80, 22, &l);
	assert_int_equal(l.area[UI_AREA_WEEK].h, 12);
	assert_int_equal(l.area[UI_AREA_TOUCH].h, 7);
	assert_int_equal(l.touch_weeks, 1);
	assert_true(ui_layout_shown(&l, UI_AREA_WEEK));
}

/* Compact: check-in, gestures, repairs and touch inside the screen, apart
 * and covering the body; no week panel, and nothing hits it. */
static void check_compact(int cols, int lines)
{
	static const int shown[] = { UI_AREA_HEADER, UI_AREA_CHECKIN, UI_AREA_GESTURES,
	                             UI_AREA_REPAIRS, UI_AREA_TOUCH, UI_AREA_FOOTER };
	struct ui_layout l;
	ui_layout_compute(cols, lines, &l);
	assert_false(l.too_small);
	assert_true(l.compact);
	assert_false(ui_layout_shown(&l, UI_AREA_WEEK));
	int total = 0;
	for (size_t i = 0; i < sizeof(shown) / sizeof(shown[0]); i++) {
		const struct ui_rect *r = &l.area[shown[i]];
		assert_true(ui_layout_shown(&l, shown[i]));
		assert_true(r->y >= 0 && r->x >= 0);
		assert_true(r->y + r->h <= lines && r->x + r->w <= cols);
		if (shown[i] != UI_AREA_HEADER && shown[i] != UI_AREA_FOOTER)
			assert_true(r->h >= 5 && r->w >= 28);
		for (size_t k = i + 1; k < sizeof(shown) / sizeof(shown[0]); k++)
			assert_false(ui_rect_overlaps(r, &l.area[shown[k]]));
		total += area_cells(r);
	}
	assert_int_equal(total, cols * lines);
	/* Today's check-in keeps its two partners' lines and the week count. */
	assert_true(l.area[UI_AREA_CHECKIN].h >= 7);
	for (int y = 0; y < lines; y++)
		for (int x = 0; x < cols; x++)
			assert_int_not_equal(ui_layout_hit(&l, y, x), UI_AREA_WEEK);
}

static void test_compact(void **state)
{
	(void)state;
	static const int sizes[][2] = {
		{ 79, 24 }, { 79, 21 }, { 70, 20 }, { 60, 18 }, { 80, 21 }, { 120, 18 }, { 60, 40 },
	};
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		check_compact(sizes[i][0], sizes[i][1]);
	struct ui_layout l;
	/* The touch calendar only where it fits across. */
	ui_layout_compute(60, 18, &l);
	assert_int_equal(l.touch_weeks, 0);
	ui_layout_compute(79, 21, &l);
	assert_true(l.touch_weeks >= 1);
}

static void test_80x24(void **state)
{
	(void)state;
	check_layout(80, 24);
	struct ui_layout l;
	ui_layout_compute(80, 24, &l);
	assert_int_equal(l.area[UI_AREA_HEADER].h, 2);
	assert_int_equal(l.area[UI_AREA_FOOTER].y, 23);
	assert_int_equal(l.area[UI_AREA_WEEK].h, 13);
	assert_int_equal(l.area[UI_AREA_TOUCH].h, 8);
	assert_int_equal(l.touch_weeks, 2);
	assert_int_equal(l.trend_days, 0);
	assert_int_equal(l.area[UI_AREA_CHECKIN].y, 2);
	assert_int_equal(l.area[UI_AREA_WEEK].x, l.area[UI_AREA_CHECKIN].w);
}

static void test_100x30(void **state)
{
	(void)state;
	check_layout(100, 30);
}

static void test_120x40(void **state)
{
	(void)state;
	check_layout(120, 40);
	struct ui_layout l;
	ui_layout_compute(120, 40, &l);
	assert_true(l.trend_days >= 28);
	assert_true(l.touch_weeks > 2);
	assert_true(l.checkin_days > 1);
	assert_true(l.area[UI_AREA_WEEK].w > l.area[UI_AREA_CHECKIN].w);
}

static void test_200x60(void **state)
{
	(void)state;
	check_layout(200, 60);
	struct ui_layout l;
	ui_layout_compute(200, 60, &l);
	assert_int_equal(l.trend_days, 56);
	assert_int_equal(l.touch_weeks, 6);
	/* The week stops growing where it would only add blank lines; touch
	 * takes the rest for its latest sessions. */
	assert_int_equal(l.area[UI_AREA_WEEK].h, 30);
	assert_true(l.area[UI_AREA_TOUCH].h >= 6 + 7 + 10);
}

static void test_too_small(void **state)
{
	(void)state;
	static const int sizes[][2] = {
		{ 59, 18 }, { 60, 17 }, { 59, 24 }, { 60, 15 }, { 20, 5 }, { 1, 1 }, { 0, 0 },
		{ -3, 10 },
	};
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		struct ui_layout l;
		ui_layout_compute(sizes[i][0], sizes[i][1], &l);
		assert_true(l.too_small);
		assert_int_equal(ui_layout_hit(&l, 0, 0), -1);
	}
}

static void test_hit(void **state)
{
	(void)state;
	struct ui_layout l;
	ui_layout_compute(80, 24, &l);
	assert_int_equal(ui_layout_hit(&l, 0, 0), UI_AREA_HEADER);
	assert_int_equal(ui_layout_hit(&l, 23, 79), UI_AREA_FOOTER);
	assert_int_equal(ui_layout_hit(&l, 3, 1), UI_AREA_CHECKIN);
	assert_int_equal(ui_layout_hit(&l, 3, 70), UI_AREA_WEEK);
	assert_int_equal(ui_layout_hit(&l, 20, 70), UI_AREA_TOUCH);
	assert_int_equal(ui_layout_hit(&l, 24, 0), -1);
	assert_int_equal(ui_layout_hit(&l, 5, 80), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_80x24),
		cmocka_unit_test(test_100x30),
		cmocka_unit_test(test_120x40),
		cmocka_unit_test(test_200x60),
		cmocka_unit_test(test_80x23_80x22),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_too_small),
		cmocka_unit_test(test_hit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
