/* invite: the initiation rotation of touch. A session may say who invited
 * (never required, never totalled or compared); when the couple turns
 * invite-rotation on, the touch panel words whose turn it is as an
 * invitation, never as a duty. */
#ifndef TEND_INVITE_H
#define TEND_INVITE_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/day.h"
#include "tend/err.h"

struct store;

/* Whose turn it is to invite after a session last invited by last (1 or
 * 2; 0: none recorded yet): the other one, the first partner when none. */
int invite_turn(int last);

/* The same from the log: the live sessions up to day that say who
 * invited, the latest of them deciding. */
int invite_turn_on(struct store *st, tend_day day, int *turn, struct tend_err *err);

/* The line the touch panel and `tend touch` show: "Sam's turn to invite,
 * if it feels right" (neutral words when discreet). name is safe text. */
void invite_line(const char *name, bool discreet, char *buf, size_t size);

#endif
