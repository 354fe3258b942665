/* ical_priv: what the calendar's writer shares with its zone part. */
#ifndef TEND_ICAL_PRIV_H
#define TEND_ICAL_PRIV_H

#include <stdio.h>

#include "tend/ical.h"

/* The local zone as a VTIMEZONE named tzid: the offset of day from and
 * every change up to the end of day to. Non-zero when writing failed. */
int ical_zone_write(FILE *f, const char *tzid, tend_day from, tend_day to);

#endif
