/* ritual: the rules of the couple's rituals of connection (a Thursday walk,
 * Sunday coffee, reading aloud every night), the same for `tend ritual`,
 * the practices screen, the week views and the plan: which days a ritual
 * falls on, when it is paused, and which occurrences may be marked done.
 * An occurrence not marked is simply blank; nothing counts against anyone. */
#ifndef TEND_RITUAL_H
#define TEND_RITUAL_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/day.h"
#include "tend/err.h"
#include "tend/store.h"

/* How many rituals a couple keeps at once: each gets a row in the week. */
#define RITUAL_MAX 8
/* The widest a pause's reason may be, in characters. */
#define RITUAL_REASON_MAX_CHARS 120
#define RITUAL_EVERY_DAY 127u

/* What one day of a ritual is. */
enum ritual_state {
	RITUAL_OFF,     /* not one of its days (or before its first day) */
	RITUAL_PAUSED,  /* one of its days, but it was paused then */
	RITUAL_BLANK,   /* one of its days, not marked */
	RITUAL_DONE,    /* marked done */
};

/* "daily", "every day", "weekdays", "weekends", or weekdays separated by
 * commas ("mon,thu", "Thursday"): into a mask (bit 0 = Monday). */
bool ritual_days_parse(const char *s, unsigned *days);
/* The rhythm in words: "every day", "Thursdays", "Mon, Thu", "weekdays",
 * with " at 09:00" when it has a time. */
void ritual_rhythm(unsigned days, int at, char *buf, size_t size);

/* Why name cannot name a ritual, or NULL when it can (the rules of a
 * partner's name: one line, a letter at least, 40 columns at most). */
const char *ritual_name_problem(const char *name);
/* The ritual called name, case and accents ignored; NULL when none. */
const struct store_ritual *ritual_find(const struct store_rituals *s, const char *name);

/* Does d fall on the ritual's rhythm, from its first day on? */
bool ritual_falls_on(const struct store_ritual *r, tend_day d);
/* The pause that covers day d, or NULL. */
const struct store_ritual_pause *ritual_pause_on(const struct store_rituals *s,
                                                 int64_t id, tend_day d);
/* The pause still running (not resumed yet), or NULL. */
const struct store_ritual_pause *ritual_pause_open(const struct store_rituals *s,
                                                   int64_t id);
/* Is day d marked done (among the loaded marks)? */
bool ritual_done_on(const struct store_rituals *s, int64_t id, tend_day d);
/* What day d is for the ritual. A mark made stays shown, paused or not. */
enum ritual_state ritual_state_on(const struct store_rituals *s,
                                  const struct store_ritual *r, tend_day d);
/* The one-column mark of a day in every grid of rituals: done "✓", blank
 * " ", not its day "·", paused "–" (ASCII: "x", " ", ".", "-"). */
const char *ritual_state_mark(enum ritual_state state, bool ascii);
/* Occurrences marked done from from to to, all rituals together (what the
 * plan's measure "ritual" counts). */
int ritual_count_done(const struct store_rituals *s, tend_day from, tend_day to);
/* The rituals whose occurrence of day d is still blank, in order, into out
 * (at most max); returns how many there are. */
size_t ritual_blank_on(const struct store_rituals *s, tend_day d,
                       const struct store_ritual **out, size_t max);

/* What a change did, for the message and for undo. */
struct ritual_change {
	int64_t id, uid;      /* the ritual */
	int64_t pause_id;     /* pause, resume: the pause */
	tend_day pause_from;  /* resume: when the pause began */
	bool changed;         /* mark: false when it already was so */
	bool dropped;         /* resume on the day it was paused: no pause kept */
	char name[512];       /* the ritual's name as saved (cut when longer) */
};

/* Each loads the rituals, checks the rule (TEND_E_USAGE with a message
 * when it refuses) and saves. name is matched as ritual_find does. */
int ritual_add(struct store *st, const char *name, unsigned days, int at, tend_day today,
               struct ritual_change *c, struct tend_err *err);
/* Mark day's occurrence done (done true) or blank again. */
int ritual_mark(struct store *st, const char *name, tend_day day, bool done,
                struct ritual_change *c, struct tend_err *err);
/* Pause from day on, with the reason (travel, illness...). */
int ritual_pause(struct store *st, const char *name, tend_day day, const char *reason,
                 struct ritual_change *c, struct tend_err *err);
/* Resume from day on: the pause ends the day before. */
int ritual_resume(struct store *st, const char *name, tend_day day,
                  struct ritual_change *c, struct tend_err *err);
/* Remove it with its marks and pauses: for good, or undoably
 * (store_ritual_undelete brings it back; store_ritual_erase or the purge
 * of deleted records erases it). */
int ritual_remove(struct store *st, const char *name, bool undoable,
                  struct ritual_change *c, struct tend_err *err);

#endif
