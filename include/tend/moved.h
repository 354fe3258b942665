/* moved: what got better since the first two weeks of the plan, and when
 * nothing has, the gentle signal that help from outside may be the next
 * step. Three signs are compared with days 1-14: fewer time-outs a week,
 * higher moods at the check-in, more repairs a week. A touch session's red
 * light is never one of them: stopping is the safety tool working. The
 * rule never diagnoses; it only says what moved. moved_judge is pure;
 * moved_load reads what it needs from the store. */
#ifndef TEND_MOVED_H
#define TEND_MOVED_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/entry.h"

/* The days a comparison needs: the first two weeks, then at least a week
 * after them to say what moved; three full weeks after them, with check-ins
 * on at least MOVED_CHECKIN_DAYS of those days, to say that nothing did. */
enum {
	MOVED_BASE_DAYS = 14, MOVED_RECENT_DAYS = 14, MOVED_MIN_DAYS = 7,
	MOVED_SPAN_DAYS = 21, MOVED_CHECKIN_DAYS = 10,
	MOVED_MOOD_TENTHS = 3,  /* moods count as higher from 0.3 up */
};

struct moved {
	bool shown;          /* from week 3, with a week to compare: the note */
	bool fewer_timeouts, moods_higher, more_repairs;
	bool suggest_help;   /* none of the three moved in the last three weeks */
	tend_day span_start; /* the first of those three weeks' days */
};

/* Judge entries (every kind, from day 1 to today) for the plan that began
 * on start. dismissed is the last day the couple put the suggestion aside
 * (DAY_INVALID: never): it stays away for the three weeks after it. */
void moved_judge(const struct entry_list *entries, tend_day start, tend_day today,
                 tend_day dismissed, struct moved *out);

struct store;
struct tend_err;
/* moved_judge on the store's entries from start to today and the last day
 * the note was put aside. */
int moved_load(struct store *st, tend_day start, tend_day today, struct moved *out,
               struct tend_err *err);

/* A few words for the dashboard's second line: "better: fewer time-outs,
 * more repairs", or the pointer to the help screen; "" when there is
 * nothing to say. Neutral when discreet. */
void moved_note(const struct moved *m, bool discreet, char *buf, size_t size);
/* One sentence for `tend today`, `tend week` and the help screen; "" when
 * there is nothing to say. Neutral when discreet. */
void moved_line(const struct moved *m, bool discreet, char *buf, size_t size);

#endif
