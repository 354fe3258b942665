/* demo: believable example entries for `tend --demo`. */
#ifndef TEND_DEMO_H
#define TEND_DEMO_H

#include "tend/config.h"
#include "tend/store.h"

/* Names of the two example partners. */
#define DEMO_PARTNER1 "Alex"
#define DEMO_PARTNER2 "Sam"
/* How many days before today the demo plan started. */
#define DEMO_DAYS_AGO 20

/* Fill the three weeks up to today with entries. Deterministic for a day. */
int demo_fill(struct store *st, const struct config *cfg, tend_day today,
              struct tend_err *err);

/* The shared load: ten jobs listed on day 15 (start + 14), one moved since. */
int demo_fill_tasks(struct store *st, tend_day start, struct tend_err *err);
/* demo_ritual.c: the couple's two rituals, one paused a few days. */
int demo_fill_rituals(struct store *st, tend_day today, struct tend_err *err);
/* demo_window.c: the couple's two open windows. */
int demo_fill_windows(struct store *st, struct tend_err *err);

/* demo_touchmore.c: who invited, tier and item on the touch sessions
 * from start to today, and the stage-3 guidelines. */
int demo_fill_touchmore(struct store *st, tend_day start, tend_day today,
                        struct tend_err *err);

#endif
