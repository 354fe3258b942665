/* store_state: the couple's names, the staged-touch state, ticked plan
 * tasks and change detection. */
#include <string.h>
#include <time.h>

#include "store_priv.h"

/* Inside a transaction: the name of one slot, updated or inserted. */
static int partner_put(struct store *st, int slot, const char *name,
                       struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE partner SET name = :name "
	                             "WHERE slot = :slot", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_text(s, ":name", name) || !store_bind_int64(s, ":slot", slot))
		return store_fail(st, err, "could not save the names");
	if (store_run(st, s, err, "could not save the names"))
		return TEND_E_RUNTIME;
	if (sqlite3_changes(st->db) > 0)
		return TEND_OK;
	s = store_stmt(st, "INSERT INTO partner (slot, name) VALUES (:slot, :name)",
	               err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_text(s, ":name", name) || !store_bind_int64(s, ":slot", slot))
		return store_fail(st, err, "could not save the names");
	return store_run(st, s, err, "could not save the names");
}

/* Whether slot already holds name (NULL: nothing to change), so that
 * opening tend writes nothing, and waits for no lock, when names stay. */
static bool partner_same(struct store *st, int slot, const char *name)
{
	if (!name)
		return true;
	sqlite3_stmt *s = store_stmt(st, "SELECT name FROM partner WHERE slot = :slot",
	                             NULL);
	if (!s || !store_bind_int64(s, ":slot", slot))
		return false;
	bool same = sqlite3_step(s) == SQLITE_ROW &&
	            strcmp((const char *)sqlite3_column_text(s, 0), name) == 0;
	sqlite3_reset(s);
	return same;
}

int store_set_partners(struct store *st, const char *name1, const char *name2,
                       struct tend_err *err)
{
	if (partner_same(st, 1, name1) && partner_same(st, 2, name2))
		return TEND_OK;
	if (store_begin(st, err))
		return err->code;
	int rc = TEND_OK;
	if (name1)
		rc = partner_put(st, 1, name1, err);
	if (rc == TEND_OK && name2)
		rc = partner_put(st, 2, name2, err);
	return store_finish(st, rc, err);
}

int store_stage_get(struct store *st, struct store_stage *out, struct tend_err *err)
{
	*out = (struct store_stage){ .stage = 1, .since = DAY_INVALID };
	sqlite3_stmt *s = store_stmt(st, "SELECT stage, since, ready1, ready2 "
	                             "FROM touch_stage WHERE id = 1", err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		out->stage = sqlite3_column_int(s, 0);
		const char *since = (const char *)sqlite3_column_text(s, 1);
		if (since && !day_parse(since, &out->since))
			status = err_set(err, TEND_E_RUNTIME, "%s: the database is damaged "
			                 "(the touch stage has the day '%s')", st->path, since);
		out->ready[0] = sqlite3_column_int(s, 2) != 0;
		out->ready[1] = sqlite3_column_int(s, 3) != 0;
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the touch stage");
	}
	sqlite3_reset(s);
	return status;
}

/* Inside a transaction: make sure the one stage row exists. */
static int stage_row(struct store *st, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT OR IGNORE INTO touch_stage "
	                             "(id, stage, since, ready1, ready2, changed_at) "
	                             "VALUES (1, 1, NULL, 0, 0, :now)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the touch stage");
	return store_run(st, s, err, "could not save the touch stage");
}

/* Run an UPDATE of the stage row (already bound) inside its own transaction. */
static int stage_write(struct store *st, sqlite3_stmt *s, struct tend_err *err)
{
	if (!store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the touch stage");
	if (store_begin(st, err))
		return err->code;
	int rc = stage_row(st, err);
	if (rc == TEND_OK)
		rc = store_run(st, s, err, "could not save the touch stage");
	return store_finish(st, rc, err);
}

int store_stage_set_ready(struct store *st, int partner, bool ready,
                          struct tend_err *err)
{
	if (partner != 1 && partner != 2)
		return err_set(err, TEND_E_USAGE, "%s: partner must be 1 or 2, not %d",
		               st->path, partner);
	sqlite3_stmt *s = store_stmt(st, "UPDATE touch_stage SET "
	                             "ready1 = CASE WHEN :partner = 1 THEN :ready "
	                             "ELSE ready1 END, "
	                             "ready2 = CASE WHEN :partner = 2 THEN :ready "
	                             "ELSE ready2 END, "
	                             "changed_at = :now, rev = rev + 1 WHERE id = 1",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":partner", partner) ||
	    !store_bind_int64(s, ":ready", ready ? 1 : 0))
		return store_fail(st, err, "could not save the touch stage");
	return stage_write(st, s, err);
}

int store_stage_set(struct store *st, int stage, tend_day day, struct tend_err *err)
{
	if (stage < 1 || stage > 3)
		return err_set(err, TEND_E_USAGE, "%s: the touch stage must be 1, 2 or "
		               "3, not %d", st->path, stage);
	if (day == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "%s: a new touch stage needs a day",
		               st->path);
	sqlite3_stmt *s = store_stmt(st, "UPDATE touch_stage SET stage = :stage, "
	                             "since = :day, ready1 = 0, ready2 = 0, "
	                             "changed_at = :now, rev = rev + 1 WHERE id = 1",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":stage", stage) || !store_bind_day(s, ":day", day))
		return store_fail(st, err, "could not save the touch stage");
	return stage_write(st, s, err);
}

/* Inside a transaction: write every field of the stage row. */
static int stage_put(struct store *st, const struct store_stage *v, struct tend_err *err)
{
	if (v->stage < 1 || v->stage > 3 || (v->stage > 1 && v->since == DAY_INVALID))
		return err_set(err, TEND_E_USAGE, "%s: the touch stage must be 1, 2 or 3 "
		               "with a day, not %d", st->path, v->stage);
	sqlite3_stmt *s = store_stmt(st, "UPDATE touch_stage SET stage = :stage, "
	                             "since = :day, ready1 = :r1, ready2 = :r2, "
	                             "changed_at = :now, rev = rev + 1 WHERE id = 1",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":stage", v->stage) || !store_bind_day(s, ":day", v->since) ||
	    !store_bind_int64(s, ":r1", v->ready[0]) || !store_bind_int64(s, ":r2", v->ready[1]) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the touch stage");
	return store_run(st, s, err, "could not save the touch stage");
}

int store_stage_change(struct store *st, store_stage_fn change, void *ctx,
                       struct store_stage *before, struct store_stage *after,
                       struct tend_err *err)
{
	struct store_stage was, now;
	if (store_begin(st, err))
		return err->code;
	int rc = stage_row(st, err);
	if (rc == TEND_OK)
		rc = store_stage_get(st, &was, err);
	if (rc == TEND_OK) {
		now = was;
		rc = change(&now, ctx, err);
	}
	if (rc == TEND_OK && (now.stage != was.stage || now.since != was.since ||
	                      now.ready[0] != was.ready[0] || now.ready[1] != was.ready[1]))
		rc = stage_put(st, &now, err);
	rc = store_finish(st, rc, err);
	if (rc == TEND_OK) {
		if (before)
			*before = was;
		if (after)
			*after = now;
	}
	return rc;
}

static int check_tick(struct store *st, const char *task, tend_day period,
                      struct tend_err *err)
{
	if (!task || !*task || period == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "%s: a plan task needs a name and a day",
		               st->path);
	return TEND_OK;
}

int store_tick_get(struct store *st, const char *task, tend_day period,
                   bool *done, struct tend_err *err)
{
	*done = false;
	if (check_tick(st, task, period, err))
		return TEND_E_USAGE;
	sqlite3_stmt *s = store_stmt(st, "SELECT done FROM plan_tick "
	                             "WHERE task = :task AND period = :period", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_text(s, ":task", task) || !store_bind_day(s, ":period", period))
		return store_fail(st, err, "could not read the plan ticks");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW)
		*done = sqlite3_column_int(s, 0) != 0;
	else if (rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the plan ticks");
	sqlite3_reset(s);
	return status;
}

/* Inside a transaction: update the tick, or insert it when there is none. */
static int tick_put(struct store *st, const char *task, tend_day period,
                    bool done, struct tend_err *err)
{
	static const char *const sql[2] = {
		"UPDATE plan_tick SET done = :done, changed_at = :now, rev = rev + 1 "
		"WHERE task = :task AND period = :period",
		"INSERT INTO plan_tick (task, period, done, changed_at) "
		"VALUES (:task, :period, :done, :now)",
	};
	for (int i = 0; i < 2; i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], err);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_text(s, ":task", task) ||
		    !store_bind_day(s, ":period", period) ||
		    !store_bind_int64(s, ":done", done ? 1 : 0) ||
		    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
			return store_fail(st, err, "could not save the plan tick");
		if (store_run(st, s, err, "could not save the plan tick"))
			return TEND_E_RUNTIME;
		if (sqlite3_changes(st->db) > 0)
			break;
	}
	return TEND_OK;
}

int store_tick_set(struct store *st, const char *task, tend_day period,
                   bool done, struct tend_err *err)
{
	if (check_tick(st, task, period, err))
		return TEND_E_USAGE;
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, tick_put(st, task, period, done, err), err);
}

int64_t store_data_version(struct store *st)
{
	sqlite3_stmt *s = store_stmt(st, "PRAGMA data_version", NULL);
	if (!s)
		return -1;
	int64_t v = -1;
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return v;
}
