/* store: the kinds of entry as tables, and reading entries back: one by id,
 * lists by day, the time-out still open. Saving, editing and deleting them
 * is in store_write.c, opening and checking the file in store_open.c, the
 * schema in store_migrate.c, the couple's shared state (names, stage,
 * ticks) in store_state.c, backups in store_backup.c, the SQLite plumbing
 * in store_sql.c. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_priv.h"

#define COLS_HEAD "id, partner, day, created_at, rev, text, "
#define COLS_TAIL ", uid"

static const struct store_kind_sql kinds[ENTRY_KIND_COUNT] = {
	[ENTRY_CHECKIN] = {
		"checkin", "check-in",
		COLS_HEAD "mood, stress, 0, 0, 0, 0, 0, 0, 0, 0, 0" COLS_TAIL,
		"partner, day, text, mood, stress",
		":partner, :day, :text, :mood, :stress",
		"partner = :partner, day = :day, text = :text, mood = :mood, "
		"stress = :stress",
	},
	[ENTRY_GESTURE] = {
		"gesture", "gesture",
		COLS_HEAD "0, 0, bid, 0, 0, 0, 0, 0, 0, 0, 0" COLS_TAIL,
		"partner, day, text, bid",
		":partner, :day, :text, :bid",
		"partner = :partner, day = :day, text = :text, bid = :bid",
	},
	[ENTRY_REPAIR] = {
		"repair", "repair",
		COLS_HEAD "0, 0, 0, accepted, 0, 0, 0, 0, 0, 0, 0" COLS_TAIL,
		"partner, day, text, accepted",
		":partner, :day, :text, :accepted",
		"partner = :partner, day = :day, text = :text, accepted = :accepted",
	},
	[ENTRY_TOUCH] = {
		"touch", "touch session",
		COLS_HEAD "0, 0, 0, 0, stage, minutes, light, 0, 0, 0, 0" COLS_TAIL,
		"partner, day, text, stage, minutes, light",
		":partner, :day, :text, :stage, :minutes, :light",
		"partner = :partner, day = :day, text = :text, stage = :stage, "
		"minutes = :minutes, light = :light",
	},
	[ENTRY_TIMEOUT] = {
		"timeout", "time-out",
		COLS_HEAD "0, 0, 0, 0, 0, 0, 0, phrase, called_at, returned_at, "
		"scheduled_at" COLS_TAIL,
		"partner, day, text, phrase, called_at, returned_at, scheduled_at",
		":partner, :day, :text, :phrase, :called_at, :returned_at, "
		":scheduled_at",
		"partner = :partner, day = :day, text = :text, phrase = :phrase, "
		"called_at = :called_at, returned_at = :returned_at, "
		"scheduled_at = :scheduled_at",
	},
};

const struct store_kind_sql *store_kind_of(enum entry_kind kind)
{
	return &kinds[kind];
}

int store_row_read(struct store *st, sqlite3_stmt *s, enum entry_kind kind,
                   struct entry *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->kind = kind;
	out->id = sqlite3_column_int64(s, 0);
	out->partner = sqlite3_column_int(s, 1);
	const char *day = (const char *)sqlite3_column_text(s, 2);
	if (!day || !day_parse(day, &out->day))
		return err_set(err, TEND_E_RUNTIME,
		               "%s: the database is damaged (a %s has the day '%s')",
		               st->path, kinds[kind].noun, day ? day : "");
	out->created_at = sqlite3_column_int64(s, 3);
	out->rev = sqlite3_column_int64(s, 4);
	const char *text = (const char *)sqlite3_column_text(s, 5);
	if (text && !(out->text = strdup(text)))
		return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	out->mood = sqlite3_column_int(s, 6);
	out->stress = sqlite3_column_int(s, 7);
	out->bid = sqlite3_column_int(s, 8);
	out->accepted = sqlite3_column_int(s, 9) != 0;
	out->stage = sqlite3_column_int(s, 10);
	out->minutes = sqlite3_column_int(s, 11);
	out->light = sqlite3_column_int(s, 12);
	out->phrase = sqlite3_column_int(s, 13);
	out->called_at = sqlite3_column_int64(s, 14);
	out->returned_at = sqlite3_column_int64(s, 15);
	out->scheduled_at = sqlite3_column_int64(s, 16);
	out->uid = sqlite3_column_int64(s, 17);
	return store_touch_detail_read(st, out, err);
}

/* Step s and append every row to out; resets s. */
static int rows_append(struct store *st, sqlite3_stmt *s, enum entry_kind kind,
                       struct entry_list *out, struct tend_err *err)
{
	int rc = SQLITE_DONE, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct entry e;
		status = store_row_read(st, s, kind, &e, err);
		if (status == TEND_OK && !entry_list_push(out, &e))
			status = err_set(err, TEND_E_RUNTIME, "%s: out of memory",
			                 st->path);
		entry_clear(&e);
	}
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the %ss", kinds[kind].noun);
	sqlite3_reset(s);
	return status;
}

/* The %s in fmt are only names from the kinds table: see store_priv.h. */
sqlite3_stmt *store_kind_stmt(struct store *st, struct tend_err *err,
                              const char *fmt, ...)
{
	char sql[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	return store_stmt(st, sql, err);
}

int store_check_kind(struct store *st, enum entry_kind kind,
                     struct tend_err *err)
{
	if ((unsigned)kind >= ENTRY_KIND_COUNT)
		return err_set(err, TEND_E_USAGE, "%s: unknown kind of entry %d",
		               st->path, (int)kind);
	return TEND_OK;
}

int store_get(struct store *st, enum entry_kind kind, int64_t id,
              struct entry *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	if (store_check_kind(st, kind, err))
		return TEND_E_USAGE;
	sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT %s FROM %s WHERE id = :id "
	                                  "AND deleted_at IS NULL",
	                                  kinds[kind].cols, kinds[kind].table);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id))
		return store_fail(st, err, "could not read the %s", kinds[kind].noun);
	int rc = sqlite3_step(s), status;
	if (rc == SQLITE_ROW)
		status = store_row_read(st, s, kind, out, err);
	else if (rc == SQLITE_DONE)
		status = err_set(err, TEND_E_RUNTIME, "no such entry (%s %lld)",
		                 kinds[kind].noun, (long long)id);
	else
		status = store_fail(st, err, "could not read the %s", kinds[kind].noun);
	sqlite3_reset(s);
	if (status != TEND_OK)
		entry_clear(out);
	return status;
}

/* Order of store_list: day, then created_at, then id (then kind, to be total). */
static int entry_order(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->created_at != b->created_at)
		return a->created_at < b->created_at ? -1 : 1;
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

/* Append the live entries of the kinds in mask, between from and to when
 * ranged; all reads see one snapshot. */
static int list_kinds(struct store *st, bool ranged, tend_day from, tend_day to,
                      unsigned mask, struct entry_list *out, struct tend_err *err)
{
	size_t start = out->n;
	if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, err, "could not read the entries");
	int status = TEND_OK;
	for (int k = 0; k < ENTRY_KIND_COUNT && status == TEND_OK; k++) {
		if (!(mask & ENTRY_MASK(k)))
			continue;
		sqlite3_stmt *s = ranged
			? store_kind_stmt(st, err, "SELECT %s FROM %s WHERE deleted_at IS NULL "
			                  "AND day BETWEEN :from AND :to", kinds[k].cols,
			                  kinds[k].table)
			: store_kind_stmt(st, err, "SELECT %s FROM %s WHERE deleted_at IS NULL",
			                  kinds[k].cols, kinds[k].table);
		if (!s)
			status = TEND_E_RUNTIME;
		else if (!store_bind_day(s, ":from", from) ||
		         !store_bind_day(s, ":to", to))
			status = store_fail(st, err, "could not read the entries");
		else
			status = rows_append(st, s, (enum entry_kind)k, out, err);
	}
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (status == TEND_OK && out->n > start)
		qsort(out->v + start, out->n - start, sizeof *out->v, entry_order);
	return status;
}

int store_list(struct store *st, tend_day from, tend_day to, unsigned kinds_mask,
               struct entry_list *out, struct tend_err *err)
{
	if (from == DAY_INVALID || to == DAY_INVALID)
		return err_set(err, TEND_E_USAGE, "%s: listing needs two days", st->path);
	return list_kinds(st, true, from, to, kinds_mask, out, err);
}

int store_list_all(struct store *st, struct entry_list *out, struct tend_err *err)
{
	return list_kinds(st, false, DAY_INVALID, DAY_INVALID, ENTRY_MASK_ALL, out,
	                  err);
}

/* Whether a comes before b in store_list's order. */
static bool entry_before(const struct entry *a, const struct entry *b)
{
	return entry_order(a, b) < 0;
}

/* Up to n entries of one kind before *after (all when NULL), newest first.
 * The day index finds where to start; equal days are few. */
static int page_kind(struct store *st, enum entry_kind k, const struct entry *after,
                     size_t n, struct entry_list *out, struct tend_err *err)
{
	sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT %s FROM %s WHERE deleted_at IS NULL "
	                                  "AND (day, created_at, id) <= (:day, :created_at, :id) "
	                                  "ORDER BY day DESC, created_at DESC, id DESC LIMIT :n",
	                                  kinds[k].cols, kinds[k].table);
	if (!s)
		return TEND_E_RUNTIME;
	/* The entry itself and those of its key with a lower kind are left
	 * out below, so that the order stays total across kinds. */
	bool bound = after ? store_bind_day(s, ":day", after->day) &&
	                     store_bind_int64(s, ":created_at", after->created_at) &&
	                     store_bind_int64(s, ":id", after->id)
	                   : store_bind_text(s, ":day", "9999-99-99") &&
	                     store_bind_int64(s, ":created_at", INT64_MAX) &&
	                     store_bind_int64(s, ":id", INT64_MAX);
	if (!bound || !store_bind_int64(s, ":n", (int64_t)n + 1))
		return store_fail(st, err, "could not read the %ss", kinds[k].noun);
	size_t start = out->n;
	int status = rows_append(st, s, k, out, err);
	for (size_t i = start; status == TEND_OK && i < out->n; i++) {
		if (after && !entry_before(&out->v[i], after)) {
			entry_clear(&out->v[i]);
			memmove(&out->v[i], &out->v[i + 1], (out->n - i - 1) * sizeof *out->v);
			out->n--;
			i--;
		}
	}
	return status;
}

/* Newest first: the reverse of store_list's order. */
static int entry_order_desc(const void *pa, const void *pb)
{
	return entry_order(pb, pa);
}

int store_page(struct store *st, unsigned mask, const struct entry *after, size_t n,
               struct entry_list *out, struct tend_err *err)
{
	struct entry_list all = { 0 };
	if (sqlite3_exec(st->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, err, "could not read the entries");
	int status = TEND_OK;
	for (int k = 0; k < ENTRY_KIND_COUNT && status == TEND_OK; k++)
		if (mask & ENTRY_MASK(k))
			status = page_kind(st, (enum entry_kind)k, after, n, &all, err);
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (status == TEND_OK && all.n > 0)
		qsort(all.v, all.n, sizeof *all.v, entry_order_desc);
	for (size_t i = 0; status == TEND_OK && i < all.n && i < n; i++)
		if (!entry_list_push(out, &all.v[i]))
			status = err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
	entry_list_free(&all);
	return status;
}

int store_timeout_open(struct store *st, int64_t since, struct entry *out,
                       bool *found, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	*found = false;
	sqlite3_stmt *s = store_kind_stmt(st, err, "SELECT %s FROM timeout WHERE "
	                                  "returned_at IS NULL AND deleted_at IS NULL "
	                                  "AND called_at >= :since "
	                                  "ORDER BY called_at DESC, id DESC LIMIT 1",
	                                  kinds[ENTRY_TIMEOUT].cols);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":since", since))
		return store_fail(st, err, "could not read the time-outs");
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		status = store_row_read(st, s, ENTRY_TIMEOUT, out, err);
		*found = status == TEND_OK;
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the time-outs");
	}
	sqlite3_reset(s);
	if (status != TEND_OK)
		entry_clear(out);
	return status;
}
