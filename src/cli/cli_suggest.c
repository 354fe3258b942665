/* cli_suggest: "did you mean", for a mistyped command or option: the known
 * name closest to what was typed, counting the letters to add, drop or
 * change and two neighbours swapped (the usual slips of a hand). */
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"

enum { SUGGEST_MAX_LEN = 64 };

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

/* The number of slips between a and b (both at most SUGGEST_MAX_LEN). */
static size_t slips(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	/* Three rows of the table: two back, one back, this one. */
	size_t rows[3][SUGGEST_MAX_LEN + 1];
	size_t *two = rows[0], *one = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		one[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t change = one[j - 1] + (a[i - 1] != b[j - 1]);
			cur[j] = min3(one[j] + 1, cur[j - 1] + 1, change);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    two[j - 2] + 1 < cur[j])
				cur[j] = two[j - 2] + 1;
		}
		size_t *t = two;
		two = one;
		one = cur;
		cur = t;
	}
	return one[m];
}

const char *cli_suggest(const char *typed, const char *const *names, size_t n)
{
	size_t len = strlen(typed);
	if (len == 0 || len > SUGGEST_MAX_LEN)
		return NULL;
	const char *best = NULL;
	size_t best_slips = 0;
	for (size_t i = 0; i < n; i++) {
		if (strlen(names[i]) > SUGGEST_MAX_LEN)
			continue;
		size_t s = slips(typed, names[i]);
		if (!best || s < best_slips) {
			best = names[i];
			best_slips = s;
		}
	}
	/* Close enough to be the same word: one slip in a short one, two in
	 * a longer one; never more than half of what was typed. */
	size_t most = len <= 4 ? 1 : 2;
	return best && best_slips <= most && best_slips * 2 < len ? best : NULL;
}
