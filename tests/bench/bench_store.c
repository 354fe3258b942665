/* bench_store: how long the work behind one evening takes on a database
 * that holds a long history. A year of believable entries is saved (each in
 * its own transaction, as tend saves them); then the reads the dashboard
 * makes on every refresh (a week's entries and its statistics) and the
 * export's full list are timed. Run with `meson test --benchmark -C build`;
 * it reports times and never fails on them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tend/config.h"
#include "tend/stats.h"
#include "tend/store.h"

enum { DAYS = 365, WEEK_READS = 500, FULL_READS = 20 };

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int fail(const struct tend_err *err)
{
	fprintf(stderr, "bench_store: %s\n", err->msg);
	return 1;
}

/* One day of a steady couple: two check-ins, six gestures, a repair, and a
 * touch session every other day. */
static int save_day(struct store *st, tend_day d, int *saved, struct tend_err *err)
{
	struct entry v[10];
	int n = 0;
	for (int p = 1; p <= 2; p++)
		v[n++] = (struct entry){ .kind = ENTRY_CHECKIN, .partner = p, .day = d,
		                         .mood = 1 + (int)(d % 5), .stress = 1 + (int)((d + p) % 5),
		                         .text = "the walk after dinner" };
	for (int g = 0; g < 6; g++)
		v[n++] = (struct entry){ .kind = ENTRY_GESTURE, .partner = 1 + g % 2, .day = d,
		                         .text = "a long hug at the door", .bid = 1 + g % 2 };
	v[n++] = (struct entry){ .kind = ENTRY_REPAIR, .partner = 1 + (int)(d % 2), .day = d,
	                         .text = "sorry, I snapped", .accepted = true };
	if (d % 2 == 0)
		v[n++] = (struct entry){ .kind = ENTRY_TOUCH, .partner = 1, .day = d, .stage = 1,
		                         .minutes = 10, .light = LIGHT_GREEN };
	for (int i = 0; i < n; i++) {
		if (store_add(st, &v[i], NULL, err) != TEND_OK)
			return err->code;
		++*saved;
	}
	return TEND_OK;
}

static int time_week_reads(struct store *st, tend_day first, struct tend_err *err)
{
	struct config cfg = { .gestures_min = 2, .gestures_max = 5, .repairs_per_day = 1 };
	double t0 = now_ms();
	for (int i = 0; i < WEEK_READS; i++) {
		tend_day start = first + (i * 7) % (DAYS - 7);
		struct entry_list l = { 0 };
		if (store_list(st, start, start + 6, ENTRY_MASK_ALL, &l, err) != TEND_OK)
			return err->code;
		struct week_stats w;
		stats_week(&l, start, &cfg, &w);
		entry_list_free(&l);
	}
	printf("week read + statistics: %.3f ms each (%d reads)\n",
	       (now_ms() - t0) / WEEK_READS, WEEK_READS);
	return TEND_OK;
}

static int time_full_reads(struct store *st, struct tend_err *err)
{
	double t0 = now_ms();
	size_t n = 0;
	for (int i = 0; i < FULL_READS; i++) {
		struct entry_list l = { 0 };
		if (store_list_all(st, &l, err) != TEND_OK)
			return err->code;
		n = l.n;
		entry_list_free(&l);
	}
	printf("every entry (%zu, as export reads them): %.2f ms each\n", n,
	       (now_ms() - t0) / FULL_READS);
	return TEND_OK;
}

int main(void)
{
	char dir[] = "/tmp/tend-bench-XXXXXX";
	if (!mkdtemp(dir)) {
		perror("bench_store: mkdtemp");
		return 1;
	}
	char path[64];
	snprintf(path, sizeof path, "%s/tend.db", dir);
	struct tend_err err;
	err_clear(&err);
	struct store *st = store_open(path, &err);
	int rc = st ? TEND_OK : err.code;
	tend_day first = day_from_ymd(2026, 1, 1);
	int saved = 0;
	double t0 = now_ms();
	for (int d = 0; rc == TEND_OK && d < DAYS; d++)
		rc = save_day(st, first + d, &saved, &err);
	if (rc == TEND_OK)
		printf("save: %.3f ms per entry (%d entries, one transaction each)\n",
		       (now_ms() - t0) / saved, saved);
	if (rc == TEND_OK)
		rc = time_week_reads(st, first, &err);
	if (rc == TEND_OK)
		rc = time_full_reads(st, &err);
	store_close(st);
	static const char *const sides[] = { "", "-wal", "-shm" };
	for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
		char side[80];
		snprintf(side, sizeof side, "%s%s", path, sides[i]);
		unlink(side);
	}
	rmdir(dir);
	return rc == TEND_OK ? 0 : fail(&err);
}
