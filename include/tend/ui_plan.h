/* ui_plan: the plan full screen, day by day from the start, scrolled to
 * today, with what was met each week; the tasks tend cannot count from the
 * log are ticked here by hand. */
#ifndef TEND_UI_PLAN_H
#define TEND_UI_PLAN_H

#include "tend/ui_ctx.h"

extern const struct ui_view ui_plan_view;

/* Open the plan view on today. */
void ui_plan_open(struct ui *ui);
/* The view's rows, kept in struct ui while the dashboard runs; accepts NULL. */
void ui_plan_free(struct ui_plan *pv);

#endif
