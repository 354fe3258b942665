/* name: the one rule for a partner's name, used by `tend init`, the config
 * loader, the setup form and every lookup of a partner by name. */
#ifndef TEND_NAME_H
#define TEND_NAME_H

#include <stdbool.h>

/* The widest a name may be, in terminal columns (not bytes or characters):
 * the setup form, the panels and the PDF cover are sized for it. */
#define NAME_MAX_COLS 40

/* Why name cannot be a partner's name ("is empty", "has no letter in it",
 * "is 41 columns wide (40 at most)", ...), or NULL when it can. The answer
 * is the same in every locale. */
const char *name_problem(const char *name);

/* True when a and b are the same name to a reader: equal when case and
 * accents are ignored ("zoe" and "Zoë", "duc" and "Đức"), in every locale.
 * Two partners may not have the same name, and a partner typed either way
 * is found. */
bool name_same(const char *a, const char *b);

/* Display columns name takes, measured the same in every locale. */
int name_width(const char *name);

#endif
