/* ui_layout: split the terminal into the header, five panels and the footer.
 * Left column: check-in, gestures, repairs. Right column, wider as the
 * terminal grows: the week (the panel looked at most) above touch. Below
 * 80x22 a compact layout keeps today's four panels in two columns. */
#include "tend/ui_layout.h"

#include <string.h>

enum {
	HEADER_H = 2,
	FOOTER_H = 1,
	LEFT_MIN_W = 36,
	CHECKIN_MIN_H = 7,
	GESTURES_MIN_H = 5,
	REPAIRS_MIN_H = 5,
	TOUCH_MIN_H = 8,   /* two calendar weeks */
	TOUCH_LEAST_H = 7, /* one calendar week, in a short terminal */
	WEEK_MIN_H = 13,
	WEEK_LEAST_H = 12, /* without the blank line above the sparklines */
	WEEK_MAX_H = 30,   /* all it shows, spaced out: more goes to touch */
	COMPACT_CHECKIN_H = 7,
	COMPACT_TOUCH_H = 5, /* stage, next stage, this week: no calendar */
	TOUCH_CALENDAR_W = 2 + 7 + 7 * 4 + 2,
	TOUCH_MAX_WEEKS = 6,
	TREND_ROWS = 6,    /* blank line, heading, four sparklines */
	TREND_MAX_DAYS = 56,
	WEEK_LABEL_W = 14,
};

static struct ui_rect rect_make(int y, int x, int h, int w)
{
	struct ui_rect r = { y, x, h, w };
	return r;
}

static int min_int(int a, int b)
{
	return a < b ? a : b;
}

/* Stack the three left panels, sharing the lines beyond their minimum. */
static void layout_left(struct ui_layout *l, int y, int h, int w)
{
	int extra = h - (CHECKIN_MIN_H + GESTURES_MIN_H + REPAIRS_MIN_H);
	int ch = CHECKIN_MIN_H + extra / 2;
	int gh = GESTURES_MIN_H + extra / 4;
	int rh = h - ch - gh;

	l->area[UI_AREA_CHECKIN] = rect_make(y, 0, ch, w);
	l->area[UI_AREA_GESTURES] = rect_make(y + ch, 0, gh, w);
	l->area[UI_AREA_REPAIRS] = rect_make(y + ch + gh, 0, rh, w);
	l->checkin_days = 1 + (ch - CHECKIN_MIN_H) / 2;
}

/* The week on top of the right column, touch below it. A short terminal
 * (a tmux pane of an 80x24 one) gets a line less in each. */
static void layout_right(struct ui_layout *l, int y, int h, int x, int w)
{
	int extra = h - (WEEK_MIN_H + TOUCH_MIN_H);
	int more_weeks = extra < 0 ? 0 : min_int(extra / 3, TOUCH_MAX_WEEKS - 2);
	int th = TOUCH_MIN_H + more_weeks;
	if (h < WEEK_LEAST_H + TOUCH_MIN_H)
		th = TOUCH_LEAST_H;
	int wh = h - th;
	/* A tall week panel would only grow blank lines: the touch panel
	 * lists the latest sessions in the rest. */
	if (wh > WEEK_MAX_H) {
		th += wh - WEEK_MAX_H;
		wh = WEEK_MAX_H;
	}

	l->area[UI_AREA_WEEK] = rect_make(y, x, wh, w);
	l->area[UI_AREA_TOUCH] = rect_make(y + wh, x, th, w);
	l->touch_weeks = min_int(th - TOUCH_LEAST_H + 1, TOUCH_MAX_WEEKS);
	l->trend_days = 0;
	if (wh >= WEEK_MIN_H + TREND_ROWS) {
		int days = (w - 2 - WEEK_LABEL_W) / 7 * 7;
		l->trend_days = min_int(days, TREND_MAX_DAYS);
	}
}

/* Compact: check-in over gestures on the left, repairs over touch on the
 * right; the touch calendar only when it fits across. */
static void layout_compact(struct ui_layout *l, int y, int h, int cols)
{
	int left_w = cols / 2, right_w = cols - left_w;
	int ch = COMPACT_CHECKIN_H + (h - COMPACT_CHECKIN_H - GESTURES_MIN_H) / 2;
	int th = COMPACT_TOUCH_H;
	if (right_w >= TOUCH_CALENDAR_W && h - REPAIRS_MIN_H >= TOUCH_LEAST_H)
		th = h - REPAIRS_MIN_H >= TOUCH_MIN_H ? TOUCH_MIN_H : TOUCH_LEAST_H;
	l->compact = true;
	l->area[UI_AREA_CHECKIN] = rect_make(y, 0, ch, left_w);
	l->area[UI_AREA_GESTURES] = rect_make(y + ch, 0, h - ch, left_w);
	l->area[UI_AREA_REPAIRS] = rect_make(y, left_w, h - th, right_w);
	l->area[UI_AREA_TOUCH] = rect_make(y + h - th, left_w, th, right_w);
	l->touch_weeks = th > COMPACT_TOUCH_H ? th - TOUCH_LEAST_H + 1 : 0;
	l->checkin_days = 1;
}

void ui_layout_compute(int cols, int lines, struct ui_layout *out)
{
	memset(out, 0, sizeof(*out));
	out->cols = cols;
	out->lines = lines;
	if (cols < UI_MIN_COLS || lines < UI_MIN_LINES) {
		out->too_small = true;
		return;
	}
	int body_y = HEADER_H;
	int body_h = lines - HEADER_H - FOOTER_H;

	out->area[UI_AREA_HEADER] = rect_make(0, 0, HEADER_H, cols);
	out->area[UI_AREA_FOOTER] = rect_make(lines - FOOTER_H, 0, FOOTER_H, cols);
	if (cols < UI_FULL_COLS || lines < UI_FULL_LINES) {
		layout_compact(out, body_y, body_h, cols);
		return;
	}
	int left_w = LEFT_MIN_W + (cols - UI_FULL_COLS) / 3;
	layout_left(out, body_y, body_h, left_w);
	layout_right(out, body_y, body_h, left_w, cols - left_w);
}

bool ui_layout_shown(const struct ui_layout *l, int a)
{
	return !l->too_small && a >= 0 && a < UI_AREA_COUNT && l->area[a].h > 0 &&
	       l->area[a].w > 0;
}

static bool rect_contains(const struct ui_rect *r, int y, int x)
{
	return y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

int ui_layout_hit(const struct ui_layout *l, int y, int x)
{
	if (l->too_small)
		return -1;
	for (int a = 0; a < UI_AREA_COUNT; a++)
		if (rect_contains(&l->area[a], y, x))
			return a;
	return -1;
}

bool ui_rect_overlaps(const struct ui_rect *a, const struct ui_rect *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w &&
	       a->y < b->y + b->h && b->y < a->y + a->h;
}
