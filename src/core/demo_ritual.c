/* demo_ritual: the demo couple's two rituals over their three weeks: a
 * Thursday walk, and reading aloud every night, paused for a few days of
 * travel and resumed. Today's occurrences are left for them to mark. */
#include "tend/demo.h"
#include "tend/ritual.h"

int demo_fill_rituals(struct store *st, tend_day today, struct tend_err *err)
{
	tend_day start = today - DEMO_DAYS_AGO;
	tend_day away = start + 9, back = start + 13;
	struct ritual_change c;
	if (ritual_add(st, "Thursday walk", 1u << DAY_THU, 18 * 60 + 30, start, &c, err) ||
	    ritual_add(st, "Reading aloud", RITUAL_EVERY_DAY, 22 * 60, start + 2, &c, err))
		return err->code;
	for (tend_day d = start; d < today; d++) {
		if (d == away && ritual_pause(st, "Reading aloud", d, "Sam travels for work",
		                              &c, err))
			return err->code;
		if (d == back && ritual_resume(st, "Reading aloud", d, &c, err))
			return err->code;
		/* Most days are kept; now and then one stays blank, as in life. */
		if (day_weekday(d) == DAY_THU && d != start + 7 &&
		    ritual_mark(st, "Thursday walk", d, true, &c, err))
			return err->code;
		if (d >= start + 2 && (d < away || d >= back) && (d - start) % 4 != 1 &&
		    ritual_mark(st, "Reading aloud", d, true, &c, err))
			return err->code;
	}
	return TEND_OK;
}
