/* ui_screen: starting and restoring the terminal, and the signal flag that
 * the loops check (the handlers only set it). */
#ifndef TEND_UI_SCREEN_H
#define TEND_UI_SCREEN_H

#include "tend/ui_ctx.h"

/* Catch SIGINT, SIGTERM and SIGHUP into the flag, then start curses with
 * newterm (no exit on failure) on the alternate screen. */
int ui_screen_open(struct ui *ui, struct tend_err *err);
/* Leave curses and put the terminal and the signal handlers back. */
void ui_screen_close(struct ui *ui);
/* The signal caught since the screen was opened, or 0. */
int ui_screen_signal(void);
/* A key from the keyboard, or false after the input timeout. */
bool ui_screen_key(struct ui_key *k);
/* Call after an Esc key: true when more input came with it (Alt+key or a
 * pasted escape sequence), which is then read and dropped; false for a lone
 * Esc. */
bool ui_screen_escape_more(struct ui *ui);

#endif
