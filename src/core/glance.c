/* glance: today's figures for the status line, from the note beside the
 * database when it still answers, else from the store. */
#include "tend/glance.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include "tend/stats.h"
#include "tend/store.h"
#include "tend/timeout.h"

/* The note's numbers: the day and start date they hold for, then the
 * figures. */
enum { V_DAY, V_START, V_IN1, V_IN2, V_GESTURES, V_REPAIRS, V_PLAN_DAY, V_TIMEOUT,
       V_COUNT };

static void pack(const struct app *app, const struct glance *g, int64_t *v)
{
	v[V_DAY] = app->today;
	v[V_START] = app->cfg.start_date;
	v[V_IN1] = g->checked_in[0];
	v[V_IN2] = g->checked_in[1];
	v[V_GESTURES] = g->gestures;
	v[V_REPAIRS] = g->repairs;
	v[V_PLAN_DAY] = g->plan_day;
	v[V_TIMEOUT] = g->timeout_called;
}

/* The note's figures, when they are for app's today and start date. */
static bool unpack(const struct app *app, const int64_t *v, struct glance *g)
{
	if (v[V_DAY] != app->today || v[V_START] != app->cfg.start_date)
		return false;
	g->checked_in[0] = v[V_IN1] != 0;
	g->checked_in[1] = v[V_IN2] != 0;
	g->gestures = (int)v[V_GESTURES];
	g->repairs = (int)v[V_REPAIRS];
	g->plan_day = (int)v[V_PLAN_DAY];
	g->timeout_called = v[V_TIMEOUT];
	return true;
}

/* Read the figures from the open store. */
static int take(struct app *app, struct glance *g, struct tend_err *err)
{
	struct entry_list l = { 0 };
	struct entry open = { 0 };
	bool found = false;
	/* Only the kinds the line counts: each kind read costs a statement. */
	unsigned kinds = ENTRY_MASK(ENTRY_CHECKIN) | ENTRY_MASK(ENTRY_GESTURE) |
	                 ENTRY_MASK(ENTRY_REPAIR);
	if (store_list(app->st, app->today, app->today, kinds, &l, err) ||
	    store_timeout_open(app->st, INT64_MIN, &open, &found, err)) {
		entry_list_free(&l);
		return err->code;
	}
	struct day_stats d;
	stats_day(&l, app->today, &d);
	entry_list_free(&l);
	for (int p = 0; p < 2; p++) {
		g->checked_in[p] = d.checked_in[p];
		g->gestures += d.gestures[p];
		g->repairs += d.repairs[p];
	}
	g->timeout_called = found ? open.called_at : 0;
	entry_clear(&open);
	return TEND_OK;
}

int glance_today(struct app *app, struct glance *g, struct tend_err *err)
{
	memset(g, 0, sizeof *g);
	struct stat sb;
	/* Nothing logged yet: not a reason to make the file. */
	if (!app->st && !app->demo_dir && stat(app->db_path, &sb) != 0 && errno == ENOENT) {
		g->plan_day = app_plan_day(app, app->today);
		return TEND_OK;
	}
	/* The key is taken before the store is read: a commit in between
	 * leaves a note that no longer matches. */
	struct store_glance_key key;
	int64_t v[V_COUNT];
	bool keyed = !app->st && !app->demo_dir && store_glance_key(app->db_path, &key);
	if (keyed && store_glance_read(app->db_path, &key, v, V_COUNT) && unpack(app, v, g))
		return TEND_OK;
	if (app_store_read(app, err) != TEND_OK || take(app, g, err) != TEND_OK)
		return err->code;
	g->plan_day = app_plan_day(app, app->today);
	if (keyed) {
		pack(app, g, v);
		store_glance_write(app->db_path, &key, v, V_COUNT);
	}
	return TEND_OK;
}

bool glance_timeout_running(const struct glance *g, const struct config *cfg, int64_t now)
{
	return g->timeout_called != 0 && timeout_call_runs(cfg, g->timeout_called, now);
}
