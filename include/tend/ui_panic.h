/* ui_panic: the panic key, which hides the dashboard behind a plain screen
 * until the return word is typed, and the terminal title, which never holds
 * names or data (neutral when discreet or hidden, else "tend"). */
#ifndef TEND_UI_PANIC_H
#define TEND_UI_PANIC_H

#include <stdbool.h>

#include "tend/ui_ctx.h"

/* What to type (no Enter, either case) to come back from the plain screen.
 * Its letters do nothing on any screen of the dashboard (and n answers no
 * wherever it picks), so typing it once too often changes nothing: the old
 * "tend" and Enter opened the touch form, typed into it and saved. */
#define UI_PANIC_WORD "moon"

/* Is k the panic key here? F12 and Ctrl-] always are; `!` is, except while
 * typing into a text field. */
bool ui_panic_is_key(const struct ui *ui, struct ui_key k);
/* Hide everything now: plain screen, neutral title. */
void ui_panic_start(struct ui *ui);
/* Keys while hidden: only the return word brings the dashboard back. */
enum ui_action ui_panic_key(struct ui *ui, struct ui_key k);
/* The plain screen: empty, with the cursor at the top left. */
void ui_panic_draw(struct ui *ui);

/* Set the title for the mode once the screen is open; at the end, leave a
 * neutral one (or the terminal's own, where it keeps a stack of titles). */
void ui_panic_title_open(struct ui *ui);
void ui_panic_title_close(struct ui *ui);

#endif
