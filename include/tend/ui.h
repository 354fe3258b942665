/* ui: the full-screen dashboard (ncursesw). Only the UI includes curses. */
#ifndef TEND_UI_H
#define TEND_UI_H

#include "tend/app.h"
#include "tend/err.h"

/* Fail with TEND_E_USAGE and a one-line message, printing nothing else, when
 * stdin or stdout is not a terminal or TERM is unset or unknown. */
int ui_check_terminal(struct tend_err *err);

/* First-run setup when there is no config: asks for the two names, the start
 * date (today, the --date one when given) and the check-in time, and writes
 * config_path. */
int ui_setup(const char *config_path, tend_day today, struct tend_err *err);

/* Run the dashboard until the couple quits; the terminal is always restored. */
int ui_run(struct app *app, struct tend_err *err);

#endif
