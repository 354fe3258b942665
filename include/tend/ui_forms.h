/* ui_forms: the forms that log and edit entries (check-in for both
 * partners, gesture, repair, touch session) and the touch stage question.
 * Who logs a new entry is always picked, never assumed. */
#ifndef TEND_UI_FORMS_H
#define TEND_UI_FORMS_H

#include "tend/ui_ctx.h"

/* `c`: one form for both partners, filled with what today already has. */
void ui_forms_checkin(struct ui *ui);
/* `g`, `r`, `t`: a new entry of kind for today. */
void ui_forms_new(struct ui *ui, enum entry_kind kind);
/* Edit a saved entry (from the history). */
void ui_forms_edit(struct ui *ui, const struct entry *e);
/* `s`: one partner says whether they are ready for the next touch stage:
 * nothing is picked for them, both pick themselves and say y. */
void ui_forms_stage(struct ui *ui);
/* After another tend's change: an open edit form whose entry was deleted
 * meanwhile says so, keeps what is typed and offers to save it as new. */
void ui_forms_recheck(struct ui *ui);

#endif
