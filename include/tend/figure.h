/* figure: how a count is shown. With numbers (the default) a count reads
 * "3", "3 of 7" and "(75%)"; without (config numbers = false, or n on the
 * dashboard), for couples who find the numbers turn into keeping score, the
 * same count is a row of marks and a share is not shown at all. Every
 * screen asks here, so the choice is made in one place. Pure. */
#ifndef TEND_FIGURE_H
#define TEND_FIGURE_H

#include <stdbool.h>
#include <stddef.h>

struct figure_style {
	bool numbers;   /* true: digits; false: marks */
	bool ascii;     /* marks as '*' and '.' instead of filled and open dots */
};

/* A count alone into buf: "3", or three filled marks; 0 is "-" as marks.
 * Marks take at most room columns: more than fit end in "+". */
void figure_count(const struct figure_style *fs, int n, int room, char *buf, size_t size);
/* A count against a whole: "3 of 7", or 3 filled and 4 open marks (at most
 * room columns, as figure_count); a whole of 0 or less: figure_count. */
void figure_of(const struct figure_style *fs, int n, int total, int room, char *buf,
               size_t size);
/* The same, short: "3/7", or the marks of figure_of. */
void figure_ratio(const struct figure_style *fs, int n, int total, int room, char *buf,
                  size_t size);
/* A run of days to keep up: ", streak 5" with numbers (from 2 days on);
 * "" without, where a streak would only be one more score. */
void figure_streak(const struct figure_style *fs, int days, char *buf, size_t size);
/* A share of a whole: "75%" with numbers; "" without, or when total is 0. */
void figure_share(const struct figure_style *fs, int n, int total, char *buf, size_t size);
/* An average in tenths (34 for 3.4): "3.4" with numbers; "" without. */
void figure_tenths(const struct figure_style *fs, int tenths, char *buf, size_t size);

#endif
