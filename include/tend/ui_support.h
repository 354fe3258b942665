/* ui_support: the help screen (`h` on the dashboard): when to get help,
 * from the core's words (support.h), what moved (moved.h), and the view
 * without numbers (`n`). Nothing it shows is stored; the panic key covers
 * it like every screen. */
#ifndef TEND_UI_SUPPORT_H
#define TEND_UI_SUPPORT_H

#include "tend/ui_ctx.h"

extern const struct ui_view ui_support_view;

/* Open the help screen at its top. */
void ui_support_open(struct ui *ui);
/* Numbers or marks for the rest of the session, said in the footer. */
void ui_support_numbers(struct ui *ui);
/* Put aside the note that nothing has moved (for three weeks); said in
 * the footer. Nothing happens when there is no such note. */
void ui_support_dismiss(struct ui *ui);

#endif
