/* ui_weekview: one week full screen, every figure per partner; the arrows
 * move by week. */
#ifndef TEND_UI_WEEKVIEW_H
#define TEND_UI_WEEKVIEW_H

#include "tend/ui_ctx.h"

extern const struct ui_view ui_weekview_view;

/* Open on the current week. */
void ui_weekview_open(struct ui *ui);

#endif
