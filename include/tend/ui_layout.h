/* ui_layout: where each dashboard panel goes for a terminal size. Pure: no
 * curses, so it can be unit-tested. */
#ifndef TEND_UI_LAYOUT_H
#define TEND_UI_LAYOUT_H

#include <stdbool.h>

/* The smallest terminal the dashboard draws every panel in: 80x24 less
 * the status line of a tmux or screen pane, and one more line to spare. */
#define UI_FULL_COLS 80
#define UI_FULL_LINES 22
/* The smallest terminal the dashboard draws itself in at all: below the
 * full size, a compact layout shows today's panels without the week. */
#define UI_MIN_COLS 60
#define UI_MIN_LINES 18

enum ui_area {
	UI_AREA_HEADER,
	UI_AREA_CHECKIN,
	UI_AREA_GESTURES,
	UI_AREA_REPAIRS,
	UI_AREA_TOUCH,
	UI_AREA_WEEK,
	UI_AREA_FOOTER,
	UI_AREA_COUNT
};

struct ui_rect {
	int y, x, h, w;
};

struct ui_layout {
	int cols, lines;
	bool too_small;      /* below UI_MIN_COLS x UI_MIN_LINES: no areas */
	bool compact;        /* below UI_FULL_COLS x UI_FULL_LINES: no week panel
	                      * (its area is empty: 0 x 0) */
	struct ui_rect area[UI_AREA_COUNT];
	int touch_weeks;     /* weeks in the touch calendar (0 when compact) */
	int trend_days;      /* days of mood/stress trend in the week panel, 0: none */
	int checkin_days;    /* days of check-ins listed (1 at the minimum) */
};

/* Fill out for a cols x lines terminal (any size, also 0 or negative). */
void ui_layout_compute(int cols, int lines, struct ui_layout *out);

/* True when area a is on screen at this size (the week is not, when
 * compact). */
bool ui_layout_shown(const struct ui_layout *l, int a);

/* The area under a screen cell, or -1 (header and footer included). */
int ui_layout_hit(const struct ui_layout *l, int y, int x);

/* True when the two rectangles share at least one cell. */
bool ui_rect_overlaps(const struct ui_rect *a, const struct ui_rect *b);

#endif
