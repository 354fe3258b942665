/* store_evening: where the guided evening of a day got to. One row a day,
 * only the place (a step's key), and only for the last week. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"

/* Evenings older than this many days before the one saved are forgotten. */
enum { EVENING_KEEP_DAYS = 7 };

int store_evening_get(struct store *st, tend_day day, char *step, size_t size,
                      struct tend_err *err)
{
	if (size > 0)
		step[0] = '\0';
	sqlite3_stmt *s = store_stmt(st, "SELECT step FROM evening WHERE day = :day", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":day", day))
		return store_fail(st, err, "could not read where the evening got to");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(s, 0);
		if (v != NULL && size > 0)
			snprintf(step, size, "%s", v);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read where the evening got to");
	}
	sqlite3_reset(s);
	return status;
}

/* Inside the transaction: the day's row, updated or inserted. */
static int evening_put(struct store *st, tend_day day, const char *step,
                       struct tend_err *err)
{
	static const char *const sql[] = {
		"UPDATE evening SET step = :step, changed_at = :now, rev = rev + 1 "
		"WHERE day = :day",
		"INSERT INTO evening (day, step, changed_at) VALUES (:day, :step, :now)",
	};
	for (int i = 0; i < 2; i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], err);
		if (!s)
			return TEND_E_RUNTIME;
		if (!store_bind_day(s, ":day", day) || !store_bind_text(s, ":step", step) ||
		    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
			return store_fail(st, err, "could not save where the evening got to");
		if (store_run(st, s, err, "could not save where the evening got to"))
			return TEND_E_RUNTIME;
		if (sqlite3_changes(st->db) > 0)
			return TEND_OK;
	}
	return TEND_OK;
}

/* Inside the transaction: forget the places of evenings long past. */
static int evening_trim(struct store *st, tend_day day, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "DELETE FROM evening WHERE day < :oldest", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":oldest", day - EVENING_KEEP_DAYS))
		return store_fail(st, err, "could not save where the evening got to");
	return store_run(st, s, err, "could not save where the evening got to");
}

int store_evening_set(struct store *st, tend_day day, const char *step,
                      struct tend_err *err)
{
	if (step == NULL || step[0] == '\0' || strlen(step) > 32)
		return err_set(err, TEND_E_USAGE, "%s: an evening step needs a short key",
		               st->path);
	if (store_begin(st, err))
		return err->code;
	int rc = evening_put(st, day, step, err);
	if (rc == TEND_OK)
		rc = evening_trim(st, day, err);
	return store_finish(st, rc, err);
}
