/* ui_wishes: the wish list on the dashboard. The Wishes tab of the
 * practices screen (ui_tab_wishes.c) says who has answered; its keys open
 * a full-screen flow (ui_wishes.c) where one partner at a time, alone,
 * types their passphrase (never shown) and answers, or where both unlock
 * in turn to see the overlap. Nothing of one partner's answers stays on
 * the screen or in memory when the other's turn comes, and the panic key
 * ends the flow and wipes it. The rules are the core's (tend/wishes.h). */
#ifndef TEND_UI_WISHES_H
#define TEND_UI_WISHES_H

#include <stdbool.h>

#include "tend/ui_ctx.h"

extern const struct ui_view ui_wishes_view;

/* What the flow does. */
enum ui_wishes_mode {
	UI_WISHES_ANSWER,   /* one partner answers (or changes their answers) */
	UI_WISHES_SHOW,     /* both unlock in turn: the overlap */
	UI_WISHES_REPASS,   /* one partner changes their passphrase */
	UI_WISHES_ERASE     /* one partner's answers erased for good */
};

/* Open the flow (the tab's keys). */
void ui_wishes_start(struct ui *ui, enum ui_wishes_mode mode);
/* End it now, wiping every passphrase and answer it held, back on the
 * practices screen (the panic key, quitting). */
void ui_wishes_abandon(struct ui *ui);
/* Whether a passphrase is being typed (then `!` is a character, not the
 * panic key; F12 and Ctrl-] still are). */
bool ui_wishes_typing(const struct ui *ui);

#endif
