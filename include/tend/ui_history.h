/* ui_history: the full list of a panel's entries, newest first, where one
 * can be changed or deleted (undoably). */
#ifndef TEND_UI_HISTORY_H
#define TEND_UI_HISTORY_H

#include <stddef.h>

#include "tend/ui_ctx.h"

extern const struct ui_view ui_history_view;

/* Show the entries of the kinds in the mask. */
void ui_history_open(struct ui *ui, unsigned kinds, const char *title);
/* Read the list again (after a change, here or elsewhere). */
void ui_history_reload(struct ui *ui);
/* One line about an entry: "mood 4, stress 2: “the tea”", ... */
void ui_history_describe(const struct ui *ui, const struct entry *e, char *buf, size_t size);

#endif
