/* demo_talk: the demo couple's weekly talks (tend --demo). */
#include "tend/talk.h"

/* One talk of the demo: its plan day, who raised it, its texts, its state. */
struct demo_talk {
	int day, partner, state, state_after;
	const char *text[TALK_FIELD_COUNT];
};

static const struct demo_talk demo_talks[] = {
	{ 10, 1, TALK_DONE, 2, {
		"When the dishes waited until morning again",
		"I felt alone with the kitchen, because I had cooked too",
		"Can we clear up together right after dinner?",
		"You felt left with the work after cooking",
		"you'd put in the first half already",
		"clearing up with you after dinner on weekdays",
		"a nudge on the nights I'm tired" } },
	{ 16, 2, TALK_AGREED, 1, {
		"When plans for Saturday changed on Friday night",
		"I felt unsettled, because I had planned around them",
		"Can we fix the weekend on Thursday evenings?",
		"A late change leaves you scrambling",
		"you look forward to the weekend all week",
		"a weekend chat on Thursdays", NULL } },
	{ 19, 1, TALK_OPEN, 0, {
		"When my phone came out during our walk",
		"I felt you were somewhere else, because you went quiet",
		"Can we leave phones home on the Thursday walk?",
		NULL, NULL, NULL, NULL } },
};

int talk_demo_fill(struct store *st, tend_day start, tend_day today, struct tend_err *err)
{
	for (size_t i = 0; i < sizeof demo_talks / sizeof *demo_talks; i++) {
		const struct demo_talk *d = &demo_talks[i];
		struct talk t = { .partner = d->partner, .day = start + d->day - 1,
		                  .state = d->state, .state_day = DAY_INVALID };
		if (t.day > today)
			continue;
		if (d->state != TALK_OPEN)
			t.state_day = t.day + d->state_after <= today ? t.day + d->state_after : today;
		for (int f = 0; f < TALK_FIELD_COUNT; f++)
			t.text[f] = (char *)d->text[f];
		if (talk_save(st, &t, err) != TEND_OK)
			return err->code;
	}
	return TEND_OK;
}
