/* ui_curses: the one place that includes curses, with the wide-character
 * API (get_wch, add_wch) switched on. */
#ifndef TEND_UI_CURSES_H
#define TEND_UI_CURSES_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>
#include <wchar.h>

#endif
