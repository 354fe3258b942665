/* ui_color: one table of roles; colour pairs when available, otherwise
 * attributes that keep the screen readable in monochrome. */
#include "tend/ui_color.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct role_style {
	short fg;
	attr_t color_attr;  /* added to the pair */
	attr_t mono_attr;   /* used alone without colours */
};

/* Roles other than the partners', whose colour comes from the config. */
static const struct role_style role_styles[UI_ROLE_COUNT] = {
	[UI_ROLE_TEXT] = { -1, A_NORMAL, A_NORMAL },
	[UI_ROLE_PARTNER1] = { COLOR_CYAN, A_BOLD, A_BOLD },
	[UI_ROLE_PARTNER2] = { COLOR_MAGENTA, A_BOLD, A_UNDERLINE },
	[UI_ROLE_TITLE] = { -1, A_BOLD, A_BOLD },
	[UI_ROLE_FOCUS] = { COLOR_YELLOW, A_BOLD, A_REVERSE },
	[UI_ROLE_BORDER] = { -1, A_DIM, A_NORMAL },
	[UI_ROLE_DIM] = { -1, A_DIM, A_DIM },
	[UI_ROLE_GOOD] = { COLOR_GREEN, A_BOLD, A_BOLD },
	[UI_ROLE_WARN] = { COLOR_YELLOW, A_BOLD, A_UNDERLINE },
	[UI_ROLE_BAD] = { COLOR_RED, A_BOLD, A_REVERSE },
	[UI_ROLE_KEY] = { COLOR_YELLOW, A_BOLD, A_BOLD },
	[UI_ROLE_BANNER] = { COLOR_YELLOW, A_BOLD | A_REVERSE, A_REVERSE },
	[UI_ROLE_ERROR] = { COLOR_RED, A_BOLD, A_BOLD },
	[UI_ROLE_TODAY] = { -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
};

static const struct {
	const char *name;
	short color;
} color_table[] = {
	{ "black", COLOR_BLACK }, { "red", COLOR_RED },
	{ "green", COLOR_GREEN }, { "yellow", COLOR_YELLOW },
	{ "blue", COLOR_BLUE }, { "magenta", COLOR_MAGENTA },
	{ "cyan", COLOR_CYAN }, { "white", COLOR_WHITE },
};

/* A config colour name ("cyan", "bright-red", ...) as a curses colour. */
static short color_lookup(const char *name, short fallback)
{
	if (name == NULL)
		return fallback;
	const char *base = name;
	const char *dash = strrchr(name, '-');
	if (dash != NULL)
		base = dash + 1;
	for (size_t i = 0; i < sizeof(color_table) / sizeof(color_table[0]); i++)
		if (strcasecmp(base, color_table[i].name) == 0)
			return color_table[i].color;
	return fallback;
}

static bool color_wanted(void)
{
	const char *no = getenv("NO_COLOR");
	if (no != NULL && no[0] != '\0')
		return false;
	return has_colors();
}

void ui_color_init(struct ui_colors *c, const char *color1, const char *color2)
{
	memset(c, 0, sizeof(*c));
	c->enabled = color_wanted() && start_color() == OK;
	if (c->enabled)
		use_default_colors();
	for (int r = 0; r < UI_ROLE_COUNT; r++) {
		const struct role_style *s = &role_styles[r];
		short fg = s->fg;
		if (r == UI_ROLE_PARTNER1)
			fg = color_lookup(color1, fg);
		else if (r == UI_ROLE_PARTNER2)
			fg = color_lookup(color2, fg);
		if (!c->enabled) {
			c->attr[r] = s->mono_attr;
		} else if (fg < 0 || r + 1 >= COLOR_PAIRS) {
			c->attr[r] = s->color_attr;
		} else {
			init_pair((short)(r + 1), fg, -1);
			c->attr[r] = COLOR_PAIR(r + 1) | s->color_attr;
		}
	}
}

enum ui_role ui_color_partner(int partner)
{
	return partner == 2 ? UI_ROLE_PARTNER2 : UI_ROLE_PARTNER1;
}
