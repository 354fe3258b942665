/* repair: the rules of a quick repair, the same for the `r` key and
 * `tend repair`: who made it, what was said, and whether the other partner
 * accepted it (only when someone says so: a new repair is not accepted). */
#ifndef TEND_REPAIR_H
#define TEND_REPAIR_H

#include "tend/entry.h"
#include "tend/err.h"
#include "tend/store.h"

/* TEND_OK, or TEND_E_USAGE with err saying what is wrong with e. */
int repair_check(const struct entry *e, struct tend_err *err);
/* Check and save a new repair, or an edit when e->id is set. */
int repair_save(struct store *st, struct entry *e, struct tend_err *err);

#endif
