/* entry: one logged record of any kind, as the core passes it around. */
#ifndef TEND_ENTRY_H
#define TEND_ENTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tend/day.h"

enum entry_kind {
	ENTRY_CHECKIN,
	ENTRY_GESTURE,
	ENTRY_REPAIR,
	ENTRY_TOUCH,
	ENTRY_TIMEOUT,
	ENTRY_KIND_COUNT
};
#define ENTRY_MASK(k) (1u << (k))
#define ENTRY_MASK_ALL ((1u << ENTRY_KIND_COUNT) - 1u)

enum bid { BID_NONE, BID_TOWARD, BID_AWAY };
enum light { LIGHT_NONE, LIGHT_GREEN, LIGHT_YELLOW, LIGHT_RED };

/* Fields that a kind does not use stay zero / NULL. */
struct entry {
	int64_t id;            /* row id within its kind; 0 before it is saved */
	enum entry_kind kind;
	int partner;           /* 1 or 2; the giver for a touch session */
	tend_day day;          /* the tend day it belongs to */
	int64_t created_at;    /* unix seconds */
	int64_t rev;           /* bumped by each update; guards concurrent edits */
	int64_t uid;           /* random, set when saved: with id, names this one
	                          entry for good (never another's, not even in a
	                          restored database); 0 before it is saved */
	char *text;            /* gratitude, gesture, repair text, touch note,
	                          time-out phrase; NULL when none */
	int mood, stress;      /* check-in, 1..5 */
	int bid;               /* gesture: enum bid */
	bool accepted;         /* repair */
	int stage;             /* touch: 1..3 */
	int minutes;           /* touch: 0 when not given */
	int light;             /* touch: enum light */
	int initiator;         /* touch: who invited, 1 or 2; 0 when not said */
	int tier;              /* touch: enum menu_tier (tend/menu.h); 0 none */
	char *item;            /* touch: the menu item picked; NULL when none */
	int phrase;            /* time-out: 1 or 2 (stop-phrase index) */
	int64_t called_at;     /* time-out: unix seconds */
	int64_t returned_at;   /* time-out: 0 while not back */
	int64_t scheduled_at;  /* time-out: scheduled return, 0 when none */
};

struct entry_list {
	struct entry *v;
	size_t n;
	size_t cap;
};

/* Free the strings an entry owns and zero it. */
void entry_clear(struct entry *e);
/* Deep copy (text duplicated); false when out of memory. */
bool entry_copy(struct entry *dst, const struct entry *src);
/* Append a deep copy; false when out of memory. */
bool entry_list_push(struct entry_list *l, const struct entry *e);
void entry_list_free(struct entry_list *l);

const char *entry_kind_name(enum entry_kind k); /* "checkin", "gesture", ... */
const char *entry_bid_name(int bid);            /* "", "toward", "away" */
const char *entry_light_name(int light);        /* "", "green", ... */
bool entry_parse_bid(const char *s, int *bid);
bool entry_parse_light(const char *s, int *light);

struct store;
struct tend_err;
/* What every kind asks of an entry before it is saved: partner 1 or 2, a
 * day tend can hold, a text of at most TEXT_MAX_CHARS characters.
 * TEND_OK, or TEND_E_USAGE with err saying what is wrong. The practice
 * modules (checkin, gesture, repair, timeout) add their own rules. */
int entry_check(const struct entry *e, struct tend_err *err);
/* Save e through the store: a new entry when e->id is 0 (a check-in may
 * replace one, copied into *replaced), else an edit guarded by e->rev.
 * Callers check the entry first; this is what the practice modules share. */
int entry_put(struct store *st, struct entry *e, struct entry *replaced,
             struct tend_err *err);
/* Whose turn it is to log kind on day, so that the couple takes turns
 * starting: the partner with fewer entries, else the one who did not log
 * the last (partner 1 when there are none). */
int entry_turn(const struct entry_list *l, enum entry_kind kind, tend_day day);

#endif
