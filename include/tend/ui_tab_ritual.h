/* ui_tab_ritual: the rituals on the dashboard's screens: their tab on the
 * practices screen (ui_tab_ritual, declared in ui_practices.h), their rows
 * in the full-screen week, and what the dashboard does with them at the
 * end. */
#ifndef TEND_UI_TAB_RITUAL_H
#define TEND_UI_TAB_RITUAL_H

#include "tend/ui_ctx.h"
#include "tend/ui_week.h"

/* How many rituals the couple keeps (for the week view's layout). */
int ui_tab_ritual_count(struct ui *ui);
/* A row per ritual for the week the week view shows, from line y, in the
 * week table's columns: a mark for each day. At most max_rows lines (the
 * last says how many more when they do not all fit); returns lines used. */
int ui_tab_ritual_week_rows(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                            int max_rows);
/* Erase for good the rituals removed in this session (when it quits). */
void ui_tab_ritual_purge(struct ui *ui);
/* Free the tab's state (ui->ritual). */
void ui_tab_ritual_free(struct ui *ui);

#endif
