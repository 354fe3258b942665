/* What the practice modules' unit tests share: an app with a fresh store in
 * a temporary folder and the config's defaults for the rules under test. */
#ifndef TEND_TEST_PRACTICE_FIXTURE_H
#define TEND_TEST_PRACTICE_FIXTURE_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/app.h"
#include "tend/store.h"

struct practice {
	char dir[64];
	char path[128];
	struct app app;
};

static int practice_remove_one(const char *path, const struct stat *sb, int flag,
                               struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* An app as tend would hold it: pause 20 minutes, 24 hours to come back,
 * days starting at 04:00, two stop-phrases, an empty store. */
static int practice_setup(void **state)
{
	struct practice *p = calloc(1, sizeof *p);
	if (!p)
		return -1;
	strcpy(p->dir, "/tmp/tend-practice-XXXXXX");
	if (!mkdtemp(p->dir)) {
		free(p);
		return -1;
	}
	snprintf(p->path, sizeof p->path, "%s/tend.db", p->dir);
	struct tend_err err = { 0 };
	p->app.st = store_open(p->path, &err);
	if (!p->app.st) {
		fprintf(stderr, "store_open: %s\n", err.msg);
		return -1;
	}
	p->app.cfg.pause_minutes = 20;
	p->app.cfg.return_within_hours = 24;
	p->app.cfg.day_starts_at = 4 * 60;
	p->app.cfg.stop_phrase[0] = strdup("Time-out");
	p->app.cfg.stop_phrase[1] = strdup("This matters");
	*state = p;
	return 0;
}

static int practice_teardown(void **state)
{
	struct practice *p = *state;
	store_close(p->app.st);
	free(p->app.cfg.stop_phrase[0]);
	free(p->app.cfg.stop_phrase[1]);
	nftw(p->dir, practice_remove_one, 16, FTW_DEPTH | FTW_PHYS);
	free(p);
	return 0;
}

/* How many live entries of kind the store holds. */
static size_t practice_count(struct practice *p, enum entry_kind kind)
{
	struct entry_list l = { 0 };
	struct tend_err err = { 0 };
	if (store_list_all(p->app.st, &l, &err) != TEND_OK)
		return (size_t)-1;
	size_t n = 0;
	for (size_t i = 0; i < l.n; i++)
		n += l.v[i].kind == kind;
	entry_list_free(&l);
	return n;
}

#endif
