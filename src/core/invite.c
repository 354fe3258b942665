/* invite: the one rule of the initiation rotation, for the dashboard and
 * the command line alike. Turns alternate from whoever invited last, so a
 * skipped turn is never carried as a debt. */
#include "tend/invite.h"

#include <stdio.h>

#include "tend/store.h"

int invite_turn(int last)
{
	return last == 1 ? 2 : 1;
}

int invite_turn_on(struct store *st, tend_day day, int *turn, struct tend_err *err)
{
	int last = 0;
	int rc = store_touch_last_initiator(st, day, &last, err);
	*turn = invite_turn(rc == TEND_OK ? last : 0);
	return rc;
}

void invite_line(const char *name, bool discreet, char *buf, size_t size)
{
	snprintf(buf, size, discreet ? "%s's turn to suggest time together, if it feels right"
	                             : "%s's turn to invite, if it feels right", name);
}
