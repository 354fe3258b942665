/* figure: a count as digits or as marks (see the header). */
#include "tend/figure.h"

#include <stdio.h>
#include <string.h>

static const char *figure_mark(const struct figure_style *fs, bool filled)
{
	if (fs->ascii)
		return filled ? "*" : ".";
	return filled ? "\u25cf" : "\u25cb";
}

/* filled marks, then open ones, in at most room columns; "+" ends a row
 * that does not fit. */
static void figure_marks(const struct figure_style *fs, int filled, int open, int room,
                         char *buf, size_t size)
{
	size_t used = 0;
	int all = filled + open;
	int shown = all > room ? room - 1 : all;
	buf[0] = '\0';
	for (int i = 0; i < shown; i++) {
		const char *m = figure_mark(fs, i < filled);
		size_t len = strlen(m);
		if (used + len + 2 > size)
			break;
		memcpy(buf + used, m, len + 1);
		used += len;
	}
	if (all > shown && used + 2 <= size)
		memcpy(buf + used, "+", 2);
}

void figure_count(const struct figure_style *fs, int n, int room, char *buf, size_t size)
{
	if (size == 0)
		return;
	if (fs->numbers)
		snprintf(buf, size, "%d", n);
	else if (n <= 0)
		snprintf(buf, size, "-");
	else
		figure_marks(fs, n, 0, room < 1 ? 1 : room, buf, size);
}

void figure_of(const struct figure_style *fs, int n, int total, int room, char *buf,
               size_t size)
{
	if (size == 0)
		return;
	if (total <= 0) {
		figure_count(fs, n, room, buf, size);
		return;
	}
	if (fs->numbers) {
		snprintf(buf, size, "%d of %d", n, total);
		return;
	}
	int open = total > n ? total - n : 0;
	figure_marks(fs, n < 0 ? 0 : n, open, room < 1 ? 1 : room, buf, size);
}

void figure_ratio(const struct figure_style *fs, int n, int total, int room, char *buf,
                  size_t size)
{
	if (size == 0)
		return;
	if (fs->numbers && total > 0)
		snprintf(buf, size, "%d/%d", n, total);
	else
		figure_of(fs, n, total, room, buf, size);
}

void figure_streak(const struct figure_style *fs, int days, char *buf, size_t size)
{
	if (size == 0)
		return;
	if (fs->numbers && days > 1)
		snprintf(buf, size, ", streak %d", days);
	else
		buf[0] = '\0';
}

void figure_share(const struct figure_style *fs, int n, int total, char *buf, size_t size)
{
	if (size == 0)
		return;
	if (!fs->numbers || total <= 0)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%d%%", (n * 200 + total) / (2 * total));
}

void figure_tenths(const struct figure_style *fs, int tenths, char *buf, size_t size)
{
	if (size == 0)
		return;
	if (!fs->numbers)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%d.%d", tenths / 10, tenths % 10);
}
