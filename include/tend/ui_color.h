/* ui_color: colours named by role, with attributes only when the terminal
 * has no colours or NO_COLOR is set. */
#ifndef TEND_UI_COLOR_H
#define TEND_UI_COLOR_H

#include <stdbool.h>

#include "tend/ui_curses.h"

enum ui_role {
	UI_ROLE_TEXT,
	UI_ROLE_PARTNER1,
	UI_ROLE_PARTNER2,
	UI_ROLE_TITLE,    /* panel titles */
	UI_ROLE_FOCUS,    /* the focused panel's border and title */
	UI_ROLE_BORDER,
	UI_ROLE_DIM,      /* zeros, hints, days still to come */
	UI_ROLE_GOOD,     /* targets met, green light */
	UI_ROLE_WARN,     /* yellow light, things to look at */
	UI_ROLE_BAD,      /* red light */
	UI_ROLE_KEY,      /* key names in the footer and help */
	UI_ROLE_BANNER,   /* time-out and messages */
	UI_ROLE_ERROR,    /* validation messages */
	UI_ROLE_TODAY,    /* today's column in the week */
	UI_ROLE_COUNT
};

struct ui_colors {
	bool enabled;
	attr_t attr[UI_ROLE_COUNT];
};

/* Set up the pairs (when colours are usable and NO_COLOR is unset) and the
 * attribute of every role; the partners' colours are config colour names. */
void ui_color_init(struct ui_colors *c, const char *color1, const char *color2);

/* The role of partner 1 or 2. */
enum ui_role ui_color_partner(int partner);

#endif
