#include <stdint.h>
#include <string.h>

#include "tend/demo.h"
#include "tend/talk.h"
#include "tend/objective.h"

/* A small deterministic generator, so a demo looks the same all day. */
struct rng {
	uint32_t s;
};

static uint32_t rng_next(struct rng *r)
{
	uint32_t x = r->s;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	r->s = x ? x : 0x9e3779b9u;
	return r->s;
}

static int rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)(rng_next(r) % (uint32_t)(hi - lo + 1));
}

static const char *const gratitudes[] = {
	"You made coffee before I woke up",
	"Thanks for listening when I came home grumpy",
	"The walk by the river after dinner",
	"You texted to ask how the dentist went",
	"Laughing at the same silly video",
	"You took the bins out without a word",
	"The way you held my hand at the shop",
	"You let me sleep in on Saturday",
	"You noticed I was tired and cooked",
	"Sitting together without phones",
};
static const char *const gesture_texts[] = {
	"Five-second hug at the door",
	"Good-morning text",
	"Refilled the water glass",
	"Warmed the towel",
	"Left a note in the lunch box",
	"Made tea without being asked",
	"Asked about the meeting",
	"Put on the favourite song",
};
static const char *const repair_texts[] = {
	"I rolled my eyes. That was unfair.",
	"Let me start that again, more gently.",
	"I snapped because I'm tired, not because of you.",
	"Sorry for interrupting. Go on.",
	"I raised my voice; can we slow down?",
};
static const char *const touch_notes[] = {
	"Shoulders, slow and easy",
	"Hands and face, lots of laughing",
	"Back rub, asked for lighter",
	"",
};

#define PICK(r, a) ((a)[rng_next(r) % (sizeof(a) / sizeof((a)[0]))])

/* Save one entry made at a given minute of the evening of its day. */
static int add(struct store *st, struct entry *e, int minute, struct tend_err *err)
{
	e->created_at = (int64_t)day_time_at(e->day, minute);
	int rc = store_add(st, e, NULL, err);
	e->text = NULL; /* demo texts are static */
	return rc;
}

static int fill_checkins(struct store *st, struct rng *r, tend_day d, int age,
                         bool today, struct tend_err *err)
{
	for (int p = 1; p <= 2; p++) {
		/* Today only one of them has checked in yet; now and then a night is missed. */
		if ((today && p == 2) || (!today && rng_range(r, 0, 9) == 0))
			continue;
		/* Moods lift and stress eases a little as the weeks go by. */
		int lift = age < 7 ? 0 : age < 14 ? 1 : 2;
		struct entry e = { .kind = ENTRY_CHECKIN, .partner = p, .day = d };
		e.mood = rng_range(r, 2, 3) + (lift > 0 ? rng_range(r, 0, lift) : 0);
		e.stress = rng_range(r, 3, 4) - (lift > 0 ? rng_range(r, 0, lift) : 0);
		e.text = (char *)PICK(r, gratitudes);
		if (add(st, &e, 21 * 60 + p * 4, err) != TEND_OK)
			return err->code;
	}
	return TEND_OK;
}

static int fill_gestures(struct store *st, struct rng *r, tend_day d, bool today,
                         struct tend_err *err)
{
	int n = today ? 2 : rng_range(r, 2, 6);
	for (int i = 0; i < n; i++) {
		struct entry e = { .kind = ENTRY_GESTURE, .day = d };
		e.partner = (i + (int)(d & 1)) % 2 + 1;
		e.text = (char *)PICK(r, gesture_texts);
		int b = rng_range(r, 0, 5);
		e.bid = b == 0 ? BID_AWAY : b <= 2 ? BID_TOWARD : BID_NONE;
		if (add(st, &e, 8 * 60 + i * 150, err) != TEND_OK)
			return err->code;
	}
	return TEND_OK;
}

static int fill_repairs(struct store *st, struct rng *r, tend_day d, int age,
                        struct tend_err *err)
{
	/* Repairs start being tracked in the third week of the plan. */
	if (age < 14 || rng_range(r, 0, 3) == 0)
		return TEND_OK;
	struct entry e = { .kind = ENTRY_REPAIR, .day = d };
	e.partner = rng_range(r, 1, 2);
	e.text = (char *)PICK(r, repair_texts);
	e.accepted = rng_range(r, 0, 4) != 0;
	return add(st, &e, 19 * 60 + 30, err);
}

static int fill_touch(struct store *st, struct rng *r, tend_day d, int age,
                      struct tend_err *err)
{
	int wd = day_weekday(d);
	if (age < 14 || !(wd == DAY_MON || wd == DAY_WED || wd == DAY_SAT))
		return TEND_OK;
	struct entry e = { .kind = ENTRY_TOUCH, .day = d, .stage = 1 };
	e.partner = wd == DAY_WED ? 2 : 1;
	e.minutes = 10;
	int l = rng_range(r, 0, 6);
	e.light = l == 0 ? LIGHT_YELLOW : LIGHT_GREEN;
	e.text = (char *)PICK(r, touch_notes);
	if (e.text[0] == '\0')
		e.text = NULL;
	return add(st, &e, 21 * 60 + 40, err);
}

/* One time-out early in the plan, with its return twenty minutes later. */
static int fill_timeout(struct store *st, const struct config *cfg, tend_day d,
                        struct tend_err *err)
{
	struct entry e = { .kind = ENTRY_TIMEOUT, .day = d, .partner = 2, .phrase = 1 };
	e.text = cfg->stop_phrase[0];
	e.called_at = (int64_t)day_time_at(d, 20 * 60 + 10);
	e.returned_at = e.called_at + (int64_t)cfg->pause_minutes * 60;
	return add(st, &e, 20 * 60 + 10, err);
}

int demo_fill(struct store *st, const struct config *cfg, tend_day today,
              struct tend_err *err)
{
	struct rng r = { .s = (uint32_t)today * 2654435761u + 1u };
	tend_day start = today - DEMO_DAYS_AGO;
	for (tend_day d = start; d <= today; d++) {
		int age = (int)(d - start);
		bool is_today = d == today;
		if (fill_checkins(st, &r, d, age, is_today, err) != TEND_OK ||
		    fill_gestures(st, &r, d, is_today, err) != TEND_OK ||
		    fill_repairs(st, &r, d, age, err) != TEND_OK ||
		    fill_touch(st, &r, d, age, err) != TEND_OK)
			return err->code;
		if (age == 4 && fill_timeout(st, cfg, d, err) != TEND_OK)
			return err->code;
	}
	if (demo_fill_tasks(st, start, err) != TEND_OK ||
	    demo_fill_rituals(st, today, err) != TEND_OK ||
	    demo_fill_windows(st, err) != TEND_OK ||
	    talk_demo_fill(st, start, today, err) != TEND_OK ||
	    objective_demo(st, start, err) != TEND_OK ||
	    demo_fill_touchmore(st, start, today, err) != TEND_OK)
		return err->code;
	return store_stage_set(st, 1, start + 14, err);
}
