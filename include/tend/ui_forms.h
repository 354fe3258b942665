/* ui_forms: the forms that log and edit entries (check-in for both
 * partners, gesture, repair, touch session) and the touch stage question. */
#ifndef TEND_UI_FORMS_H
#define TEND_UI_FORMS_H

#include "tend/ui_ctx.h"

/* `c`: one form for both partners, filled with what today already has. */
void ui_forms_checkin(struct ui *ui);
/* `g`, `r`, `t`: a new entry of kind for today. */
void ui_forms_new(struct ui *ui, enum entry_kind kind);
/* Edit a saved entry (from the history). */
void ui_forms_edit(struct ui *ui, const struct entry *e);
/* `s`: one partner says whether they are ready for the next touch stage. */
void ui_forms_stage(struct ui *ui);
/* The partner whose turn it is for kind today: fewer entries, else the one
 * who did not log the last. */
int ui_forms_turn(const struct ui *ui, enum entry_kind kind);

#endif
