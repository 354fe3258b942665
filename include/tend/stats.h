/* stats: the day and week figures shown by `tend today`, `tend week` and the
 * dashboard, computed from a list of entries. Pure: no I/O. */
#ifndef TEND_STATS_H
#define TEND_STATS_H

#include <stdbool.h>

#include "tend/config.h"
#include "tend/entry.h"
#include "tend/pace.h"

struct day_stats {
	tend_day day;
	bool checked_in[2];    /* [0] partner 1, [1] partner 2 */
	int mood[2], stress[2];
	int gestures[2];
	int repairs[2];
	int repairs_accepted[2];
	int bids_toward, bids_away;
	int first_gesture;     /* partner who made the day's first gesture, 0 none */
	int touch;             /* sessions */
	int touch_light[4];    /* sessions by enum light */
	int max_stage;         /* highest stage logged that day, 0 none */
	int timeouts;
	bool paused;           /* a day of a program pause: it does not count */
};

struct week_stats {
	tend_day start;            /* first day of the week */
	struct day_stats days[7];
	int days_counted;          /* the week's days that count: 7 less the paused ones */
	int checkins[2];           /* days each partner checked in */
	int checkin_days_both;     /* days both checked in */
	int gestures[2];
	int gesture_days_in_band;  /* days where each partner's count met the band's low end */
	int repairs[2];
	int repairs_accepted;      /* of all repairs */
	int bids_toward, bids_away;
	int touch;
	int timeouts;
	/* Targets from the config for the whole week. */
	/* Per partner, for the days that count. */
	int target_gestures_min, target_gestures_max;
	int target_repairs;
	/* Touch has no target here: the plan sets it (touch_week). */
};

/* Fill one day's figures from entries (other days' entries are ignored). */
void stats_day(const struct entry_list *entries, tend_day day, struct day_stats *out);
/* Fill the week that starts on start from entries and the config's targets. */
void stats_week(const struct entry_list *entries, tend_day start,
                const struct config *cfg, struct week_stats *out);
/* The same with the program's pauses (NULL: none): a paused day is marked
 * so and does not count, neither in the days the week's figures are out
 * of ("3 of 5") nor in its aims; what was logged on it stays in the
 * totals. */
void stats_week_paced(const struct entry_list *entries, tend_day start,
                      const struct config *cfg, const struct pace *pace,
                      struct week_stats *out);
/* Days in a row, ending at day (or the day before when day has none yet),
 * on which both partners checked in. */
int stats_checkin_streak(const struct entry_list *entries, tend_day day);

#endif
