/* checkin: the rules of the daily check-in, the same for the dashboard and
 * the command line: mood and stress from 1 to 5, one gratitude line, and
 * one check-in per partner and day (saving again replaces it). */
#ifndef TEND_CHECKIN_H
#define TEND_CHECKIN_H

#include <stdbool.h>

#include "tend/entry.h"
#include "tend/err.h"
#include "tend/store.h"

/* Mood and stress are each said on this scale. */
#define CHECKIN_SCALE_MIN 1
#define CHECKIN_SCALE_MAX 5

/* What is wrong with a check-in, for the front end to point at a field. */
enum checkin_fault {
	CHECKIN_FINE,
	CHECKIN_BAD_ENTRY,  /* partner, day or text: err says which */
	CHECKIN_BAD_MOOD,
	CHECKIN_BAD_STRESS,
};

/* Whether v is a mood or stress on the scale. */
bool checkin_scale_ok(int v);
/* The first thing wrong with e (err filled, TEND_E_USAGE), or CHECKIN_FINE. */
enum checkin_fault checkin_check(const struct entry *e, struct tend_err *err);
/* Whether b says the same as a (mood, stress, gratitude): nothing to save. */
bool checkin_same(const struct entry *a, const struct entry *b);
/* Check and save: a new check-in (replacing that partner's for the day,
 * copied into *replaced when not NULL) or, when e->id is set, an edit. */
int checkin_save(struct store *st, struct entry *e, struct entry *replaced,
                 struct tend_err *err);

#endif
