/* Unit tests for the dashboard's layout: every panel visible and inside the
 * screen, nothing overlapping, and a clear "too small" below 80x24. */
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
	assert_true(l.touch_weeks >= 2);
	assert_true(l.checkin_days >= 1);
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
}

static void test_too_small(void **state)
{
	(void)state;
	static const int sizes[][2] = {
		{ 79, 24 }, { 80, 23 }, { 60, 15 }, { 20, 5 }, { 1, 1 }, { 0, 0 }, { -3, 10 },
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
		cmocka_unit_test(test_too_small),
		cmocka_unit_test(test_hit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
