/* gesture: the rules of a small caring gesture, the same for the `g` key
 * and `tend gesture`: who made it, what it was, and whether it answered a
 * bid for connection (turned toward or away). */
#ifndef TEND_GESTURE_H
#define TEND_GESTURE_H

#include "tend/entry.h"
#include "tend/err.h"
#include "tend/store.h"

enum gesture_fault {
	GESTURE_FINE,
	GESTURE_BAD_ENTRY, /* partner, day or text: err says which */
	GESTURE_BAD_BID,
};

/* The first thing wrong with e (err filled, TEND_E_USAGE), or GESTURE_FINE. */
enum gesture_fault gesture_check(const struct entry *e, struct tend_err *err);
/* Check and save a new gesture, or an edit when e->id is set. */
int gesture_save(struct store *st, struct entry *e, struct tend_err *err);

#endif
