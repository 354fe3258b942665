/* guide: the stage-3 guidelines, written by whichever of the two wants to
 * go slower (warm-up, off-ramps). Nothing records who wrote them. They are
 * kept (earlier versions stay as a history) and shown whenever a stage-3
 * session is logged. */
#ifndef TEND_GUIDE_H
#define TEND_GUIDE_H

#include <stdbool.h>

#include "tend/err.h"

struct store;

/* The stage whose sessions show the guidelines. */
#define GUIDE_STAGE 3

/* Whether a session at stage shows them. */
bool guide_shown(int stage);

/* Keep text as the guidelines: checked as every typed text is (valid
 * UTF-8, at most TEXT_MAX_CHARS characters); blank text clears them.
 * *cleared (may be NULL) says which it was. */
int guide_set(struct store *st, const char *text, bool *cleared, struct tend_err *err);

#endif
