/* menu: the couple's two-tier menu for touch, read from a data file in
 * libconfuse's grammar (through confread, like the plan): a "connection"
 * list (quick, for a low-energy evening) and an "experience" list (longer).
 * A session may record the tier that fitted the evening and an item of it;
 * the item must be on that tier's list (or kept from when it was logged). */
#ifndef TEND_MENU_H
#define TEND_MENU_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/entry.h"
#include "tend/err.h"

enum menu_tier { MENU_NONE, MENU_CONNECTION, MENU_EXPERIENCE, MENU_TIERS };

/* At most this many items a tier: two short lists, each fits one form line. */
#define MENU_MAX_ITEMS 5
/* Characters an item may hold. */
#define MENU_ITEM_CHARS 40
#define MENU_MAX_FILE (64 * 1024)

struct menu {
	char *path;                                /* the file read */
	char *item[MENU_TIERS][MENU_MAX_ITEMS];    /* [MENU_NONE] stays empty */
	size_t n[MENU_TIERS];
};

/* The installed data/menu.conf (or the source tree's, before install). */
char *menu_default_path(void);
/* Read path into m; every mistake is TEND_E_USAGE "FILE:LINE: KEY: what".
 * m holds nothing to free on an error. */
int menu_load(const char *path, struct menu *m, struct tend_err *err);
int menu_load_buf(const char *name, const char *buf, size_t len, struct menu *m,
                  struct tend_err *err);
void menu_free(struct menu *m);

/* "connection", "experience"; discreet: "quick", "longer"; "" for none. */
const char *menu_tier_name(int tier, bool discreet);
/* Either word of a tier, any case: MENU_NONE when it names none. */
int menu_tier_parse(const char *s);
/* The item of tier matching s (case ignored), or NULL. */
const char *menu_item_find(const struct menu *m, int tier, const char *s);

/* Whether e's initiator, tier and item can be saved: initiator 0, 1 or 2;
 * an item only with a tier, and on that tier's list unless old (the
 * session being changed) had the same tier and item. TEND_E_USAGE with the
 * reason, in discreet words when discreet. */
int menu_session_check(const struct menu *m, const struct entry *e,
                       const struct entry *old, bool discreet, struct tend_err *err);

#endif
