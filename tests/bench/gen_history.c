/* gen_history: fill a new tend database with a believable history of N
 * years ending on a given day, for the benchmarks. Two partners; a check-in
 * from each on most days; two to five gestures a day; a repair most days;
 * three touch sessions a week; a time-out now and then. Everything goes
 * through the store (so the file is what tend itself would have made) in
 * one transaction, so that ten years take a second, not an hour.
 *
 * usage: gen_history DB YEARS LAST_DAY (YYYY-MM-DD) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "tend/store.h"

/* A small fixed generator, so that every run makes the same history. */
static uint32_t next_random(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return *state >> 8;
}

static int pick(uint32_t *state, int below)
{
	return (int)(next_random(state) % (uint32_t)below);
}

static const char *const gratitudes[] = {
	"the walk after dinner", "you made coffee before I woke up",
	"you listened without fixing it", "the message at lunch",
};
static const char *const gestures[] = {
	"a long hug at the door", "refilled my glass", "a good-morning text",
	"warmed the car", "put on our song", "brought flowers from the market",
};
static const char *const repairs[] = {
	"sorry, I snapped", "can I try that again?", "that came out wrong",
	"you are right, that was unfair",
};

/* When in the evening of day d something was saved (unix seconds). */
static int64_t evening_of(tend_day d, int minute)
{
	return ((int64_t)d - day_from_ymd(1970, 1, 1)) * 86400 + 20 * 3600 + minute * 60;
}

static int save(struct store *st, struct entry e, long *count, struct tend_err *err)
{
	if (store_add(st, &e, NULL, err) != TEND_OK)
		return err->code;
	++*count;
	return TEND_OK;
}

/* One day of the couple's log. */
static int gen_day(struct store *st, tend_day d, uint32_t *rnd, long *count,
                   struct tend_err *err)
{
	int rc = TEND_OK;
	for (int p = 1; p <= 2 && rc == TEND_OK; p++)
		if (pick(rnd, 10) < 9)
			rc = save(st, (struct entry){ .kind = ENTRY_CHECKIN, .partner = p, .day = d,
			          .mood = 1 + pick(rnd, 5), .stress = 1 + pick(rnd, 5),
			          .text = (char *)gratitudes[pick(rnd, 4)],
			          .created_at = evening_of(d, p) }, count, err);
	for (int g = 2 + pick(rnd, 4); g > 0 && rc == TEND_OK; g--)
		rc = save(st, (struct entry){ .kind = ENTRY_GESTURE, .partner = 1 + pick(rnd, 2), .day = d,
		          .text = (char *)gestures[pick(rnd, 6)], .bid = pick(rnd, 3),
		          .created_at = evening_of(d, 10 + g) }, count, err);
	if (rc == TEND_OK && pick(rnd, 10) < 7)
		rc = save(st, (struct entry){ .kind = ENTRY_REPAIR, .partner = 1 + pick(rnd, 2),
		          .day = d, .text = (char *)repairs[pick(rnd, 4)], .accepted = pick(rnd, 5) > 0,
		          .created_at = evening_of(d, 30) }, count, err);
	if (rc == TEND_OK && d % 7 < 3)
		rc = save(st, (struct entry){ .kind = ENTRY_TOUCH, .partner = 1 + pick(rnd, 2), .day = d,
		          .stage = 1 + pick(rnd, 3), .minutes = 10 + pick(rnd, 20),
		          .light = 1 + pick(rnd, 3), .created_at = evening_of(d, 40) }, count, err);
	if (rc == TEND_OK && pick(rnd, 14) == 0) {
		int64_t called = evening_of(d, 50);
		rc = save(st, (struct entry){ .kind = ENTRY_TIMEOUT, .partner = 1 + pick(rnd, 2), .day = d,
		          .phrase = 1 + pick(rnd, 2), .text = "Let's pause", .called_at = called,
		          .returned_at = called + 25 * 60, .created_at = called }, count, err);
	}
	return rc;
}

int main(int argc, char **argv)
{
	tend_day last;
	int years = argc == 4 ? atoi(argv[2]) : 0;
	if (argc != 4 || years < 1 || years > 100 || !day_parse(argv[3], &last)) {
		fprintf(stderr, "usage: gen_history DB YEARS LAST_DAY\n");
		return 2;
	}
	struct stat sb;
	if (stat(argv[1], &sb) == 0) {
		fprintf(stderr, "gen_history: %s exists; it makes new files only\n", argv[1]);
		return 2;
	}
	struct tend_err err = { 0 };
	struct store *st = store_open(argv[1], &err);
	if (!st || store_set_partners(st, "Alex", "Sam", &err) != TEND_OK) {
		fprintf(stderr, "gen_history: %s\n", err.msg);
		store_close(st);
		return 1;
	}
	uint32_t rnd = 20261201u;
	long count = 0;
	int rc = store_batch_begin(st, &err);
	if (rc == TEND_OK) {
		for (tend_day d = last - 365 * years + 1; rc == TEND_OK && d <= last; d++)
			rc = gen_day(st, d, &rnd, &count, &err);
		struct tend_err end = { 0 };
		if (store_batch_end(st, &end) != TEND_OK && rc == TEND_OK)
			err = end, rc = end.code;
	}
	if (rc != TEND_OK) {
		fprintf(stderr, "gen_history: %s\n", err.msg);
		store_close(st);
		return 1;
	}
	store_close(st);
	printf("%ld entries over %d years\n", count, years);
	return 0;
}
