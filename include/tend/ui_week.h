/* ui_week: the week panel, and the day-by-day table it shares with the
 * full-screen week view. */
#ifndef TEND_UI_WEEK_H
#define TEND_UI_WEEK_H

#include "tend/ui_ctx.h"

/* The rows a week table can show. */
enum ui_week_row {
	UI_WEEK_CHECKINS,
	UI_WEEK_GESTURES,
	UI_WEEK_REPAIRS,
	UI_WEEK_TOUCH,
	UI_WEEK_TIMEOUTS,
	UI_WEEK_MOOD,          /* sparkline, per partner */
	UI_WEEK_STRESS,        /* sparkline, per partner */
	UI_WEEK_CHECKIN_OF,    /* "4/2" mood/stress, per partner */
	UI_WEEK_GESTURES_OF,   /* per partner */
	UI_WEEK_REPAIRS_OF,    /* per partner */
	UI_WEEK_BIDS,          /* toward/away */
	UI_WEEK_ROW_COUNT
};

/* Columns of a week table: a label, then seven days, then a total. */
struct ui_week_grid {
	int x;        /* left edge in the window */
	int label_w;
	int col_w;
	int total_w;  /* 0: no total column */
};

/* Fit a table into width columns starting at x. */
void ui_week_grid_fit(struct ui_week_grid *g, int x, int width, int label_max, int col_max);
/* The weekday names (and dates when wide enough) over the columns. */
void ui_week_days(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                  const struct week_stats *ws);
/* One row of the table; partner only for the per-partner rows. */
void ui_week_row(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                 const struct week_stats *ws, enum ui_week_row row, int partner);

/* The weekly talk of the plan week holding date, appended to title when
 * the phase asks for one or one was held: " · talk held" or " · talk not
 * yet" (as `tend week` says it). */
void ui_week_talk_mark(struct ui *ui, tend_day date, char *title, size_t size);

#endif
