/* window: the couple's two weekly open windows, times when closeness is
 * welcome and never expected. The rules both front ends follow: what a
 * window may be, from which plan day they count, which days and times
 * have one, and the words for them (neutral in discreet mode). A window
 * is kept, never scored: nothing here records or counts what happened. */
#ifndef TEND_WINDOW_H
#define TEND_WINDOW_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/day.h"
#include "tend/err.h"
#include "tend/store.h"

struct plan;

#define WINDOW_SLOTS 2
#define WINDOW_MINUTES_MIN 10   /* a length, when one is given */
#define WINDOW_MINUTES_MAX 720
#define WINDOW_MINUTES_SHOWN 60 /* how long "now" lasts when no length was given */

/* What one set or clear changed, for undo: the row it added (new_id, 0
 * for a clear) and the one it removed (old_id, 0 when the slot was free). */
struct window_change {
	int slot;
	int64_t new_id, new_uid;
	int64_t old_id, old_uid;
};

/* A weekday by its full name or first three letters, any case. */
bool window_parse_weekday(const char *s, int *wd);
/* A length in minutes: "90", "90m", "2h" or "1h30". */
bool window_parse_length(const char *s, int *minutes);
/* "1" or "2": the slot. */
bool window_parse_slot(const char *s, int *slot);

/* Check a window (slot 1-2, weekday, HH:MM as minutes, length 0 or
 * WINDOW_MINUTES_MIN..MAX); TEND_E_USAGE with one clear sentence. */
int window_check(int slot, int weekday, int at, int minutes, struct tend_err *err);
/* Set slot to weekday at at for minutes (0: no length), in place of the
 * window it had; fills c. */
int window_set(struct store *st, int slot, int weekday, int at, int minutes,
               struct window_change *c, struct tend_err *err);
/* Clear slot (TEND_E_USAGE when it is not set); fills c. */
int window_clear(struct store *st, int slot, struct window_change *c, struct tend_err *err);
/* Take back a set or a clear. */
int window_undo(struct store *st, const struct window_change *c, struct tend_err *err);

/* The windows set, in slot order, for other views (a calendar): n of
 * them in out (weekday, at, minutes filled; minutes 0 when not said). */
int window_list(struct store *st, struct store_window out[WINDOW_SLOTS], size_t *n,
                struct tend_err *err);

/* The plan day from which windows count: the first day of the first phase
 * with a task marked `windows = true`; 1 when no task asks for them (the
 * couple set them anyway). */
int window_first_day(const struct plan *p);
/* The first day windows count, the program's pauses taken into account. */
struct app;
tend_day window_from(const struct app *app);
/* The times of day d's windows ("20:30", "07:00 and 21:00"), or "" when
 * it has none or comes before window_from: what every view shows. */
void window_day_times(const struct app *app, const struct store_window v[WINDOW_SLOTS],
                      tend_day d, char *buf, size_t size);
/* The slots (bit 0: slot 1, bit 1: slot 2) with a window on a day of
 * weekday wd; 0 when none or when the day comes before the windows count
 * (counted false). */
unsigned window_on(const struct store_window v[WINDOW_SLOTS], int wd, bool counted);
/* The slot whose window is open at minute m (after midnight) of a day of
 * weekday wd, a window that runs past midnight included; 0: none. */
int window_open_at(const struct store_window v[WINDOW_SLOTS], int wd, int m);
/* The slot of the next window to start at or after minute m of weekday wd,
 * within a week (*days_ahead: 0 today, 1 tomorrow...); 0: none set. */
int window_next(const struct store_window v[WINDOW_SLOTS], int wd, int m, int *days_ahead);

/* "Thu 20:30, 90 min" (short) or "Thursday at 20:30, for 90 minutes". */
void window_describe(const struct store_window *w, bool brief, char *buf, size_t size);
/* The times of the windows on a weekday, "20:30" or "07:00 and 21:00";
 * "" when none. */
void window_times_on(const struct store_window v[WINDOW_SLOTS], int wd, char *buf,
                     size_t size);
/* The name of a window: "open window"/"open windows", or in discreet mode
 * "open time" (the same in both numbers). */
const char *window_noun(bool discreet, bool plural);
/* The printed plan's headings: the windows' ("Our open windows: welcome,
 * never expected"), and the invitations' ("Our invitations"; in discreet
 * mode "Our phrases", which does not say what they are for). */
const char *window_print_heading(bool discreet);
const char *window_invite_heading(bool discreet);
/* One sentence saying what a window is, for the list's heading. */
const char *window_meaning(bool discreet);

#endif
