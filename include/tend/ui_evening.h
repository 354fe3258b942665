/* ui_evening: the guided evening (`e`): the day's steps in the order the
 * program suggests, each through the same form as its own key, then a
 * short summary of the day. Which steps are due, and where the couple got
 * to, is the core's (evening.h). */
#ifndef TEND_UI_EVENING_H
#define TEND_UI_EVENING_H

#include "tend/ui_ctx.h"

/* `e`: start the evening, or go on from the step where it was left today. */
void ui_evening_start(struct ui *ui);
/* The summary over the dashboard, and its keys (any key closes it). */
void ui_evening_draw(struct ui *ui);
enum ui_action ui_evening_key(struct ui *ui, struct ui_key k);

#endif
