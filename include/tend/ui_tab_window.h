/* ui_tab_window: the open windows on the dashboard's screens: their tab
 * on the practices screen (ui_tab_window, declared in ui_practices.h), a
 * row in the full-screen week, and the invitations and today's window in
 * the touch panel's spare room. The windows are read into ui->windows as
 * every tab reloads. */
#ifndef TEND_UI_TAB_WINDOW_H
#define TEND_UI_TAB_WINDOW_H

#include "tend/ui_ctx.h"
#include "tend/ui_week.h"

/* Whether the week from start has a window that counts (the week view
 * gives it a row then). */
bool ui_tab_window_in_week(struct ui *ui, tend_day start);
/* The windows' row for the week the week view shows, at line y in the
 * week table's columns: each day's time, or a mark when the columns are
 * narrow. Returns the lines used (0 or 1). */
int ui_tab_window_week_row(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g);
/* The lines the touch panel keeps for the windows at the least: 1 on a
 * day with a window, so it is seen at 80x24 (the calendar gives up its
 * oldest week), else 0. */
int ui_tab_window_touch_rows(struct ui *ui);
/* In the touch panel, lines y to last: today's window and the couple's
 * invitations, as many lines as fit. Returns the lines used. */
int ui_tab_window_touch(struct ui *ui, WINDOW *w, int y, int last);

#endif
