/* store_talk: the weekly talks and the end of transparency (schema 5). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"
#include "tend/talk.h"

/* The select list every reader shares, in the order talk_read takes it. */
#define TALK_COLS "id, uid, rev, created_at, partner, day, what, impact, ask, " \
	"hear, sense, can_commit, support, state, state_day"

static int damaged(struct store *st, struct tend_err *err)
{
	return err_set(err, TEND_E_RUNTIME, "%s: the database is damaged (a talk "
	               "has a day that is not one)", st->path);
}

/* The current row of a TALK_COLS select into out (which owns its texts). */
static int talk_read(struct store *st, sqlite3_stmt *s, struct talk *out,
                     struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	out->uid = sqlite3_column_int64(s, 1);
	out->rev = sqlite3_column_int64(s, 2);
	out->created_at = sqlite3_column_int64(s, 3);
	out->partner = sqlite3_column_int(s, 4);
	const char *day = (const char *)sqlite3_column_text(s, 5);
	if (!day || !day_parse(day, &out->day))
		return damaged(st, err);
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		const char *t = (const char *)sqlite3_column_text(s, 6 + f);
		if (t && !(out->text[f] = strdup(t))) {
			talk_clear(out);
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		}
	}
	out->state = sqlite3_column_int(s, 13);
	const char *sd = (const char *)sqlite3_column_text(s, 14);
	out->state_day = DAY_INVALID;
	if (sd && !day_parse(sd, &out->state_day)) {
		talk_clear(out);
		return damaged(st, err);
	}
	return TEND_OK;
}

static bool bind_talk(sqlite3_stmt *s, const struct talk *t)
{
	bool ok = store_bind_int64(s, ":id", t->id) && store_bind_int64(s, ":uid", t->uid) &&
	          store_bind_int64(s, ":rev", t->rev) &&
	          store_bind_int64(s, ":created_at", t->created_at) &&
	          store_bind_int64(s, ":partner", t->partner) &&
	          store_bind_day(s, ":day", t->day) &&
	          store_bind_int64(s, ":state", t->state) &&
	          store_bind_day(s, ":state_day", t->state_day);
	static const char *const names[TALK_FIELD_COUNT] = {
		":what", ":impact", ":ask", ":hear", ":sense", ":can_commit", ":support",
	};
	for (int f = 0; ok && f < TALK_FIELD_COUNT; f++)
		ok = store_bind_text(s, names[f], t->text[f]);
	return ok;
}

int store_talk_add(struct store *st, struct talk *t, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO talk (partner, day, what, impact, "
	                             "ask, hear, sense, can_commit, support, state, "
	                             "state_day, created_at, rev, uid) VALUES (:partner, "
	                             ":day, :what, :impact, :ask, :hear, :sense, "
	                             ":can_commit, :support, :state, :state_day, "
	                             ":created_at, 1, :uid)", err);
	if (!s)
		return TEND_E_RUNTIME;
	struct talk tmp = *t;
	if (tmp.created_at == 0)
		tmp.created_at = (int64_t)time(NULL);
	tmp.uid = store_uid_new();
	if (!bind_talk(s, &tmp))
		return store_fail(st, err, "could not save the talk");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the talk");
	if (rc == TEND_OK) {
		tmp.id = sqlite3_last_insert_rowid(st->db);
		tmp.rev = 1;
	}
	rc = store_finish(st, rc, err);
	if (rc == TEND_OK)
		*t = tmp;
	return rc;
}

int store_talk_update(struct store *st, struct talk *t, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "UPDATE talk SET partner = :partner, day = :day, "
	                             "what = :what, impact = :impact, ask = :ask, "
	                             "hear = :hear, sense = :sense, can_commit = "
	                             ":can_commit, support = :support, state = :state, "
	                             "state_day = :state_day, rev = rev + 1 WHERE id = "
	                             ":id AND uid = :uid AND rev = :rev AND deleted_at "
	                             "IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!bind_talk(s, t))
		return store_fail(st, err, "could not save the talk");
	if (store_begin(st, err))
		return err->code;
	int rc = store_run(st, s, err, "could not save the talk");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "this talk was changed or deleted "
		             "elsewhere; reload it");
	rc = store_finish(st, rc, err);
	if (rc == TEND_OK)
		t->rev++;
	return rc;
}

int store_talk_delete(struct store *st, int64_t id, int64_t uid, bool del,
                      struct tend_err *err)
{
	sqlite3_stmt *s;
	int rc = store_deleted_stmt(st, "talk", id, uid, del, &s, err,
	                            "could not change the talk");
	if (rc)
		return rc;
	if (store_begin(st, err))
		return err->code;
	rc = store_run(st, s, err, "could not change the talk");
	if (rc == TEND_OK && sqlite3_changes(st->db) == 0)
		rc = err_set(err, TEND_E_CONFLICT, "this talk was changed elsewhere");
	return store_finish(st, rc, err);
}

int store_talk_get(struct store *st, int64_t id, struct talk *out, struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	sqlite3_stmt *s = store_stmt(st, "SELECT " TALK_COLS " FROM talk WHERE id = :id "
	                             "AND deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id))
		return store_fail(st, err, "could not read the talk");
	int rc = sqlite3_step(s), status;
	if (rc == SQLITE_ROW)
		status = talk_read(st, s, out, err);
	else if (rc == SQLITE_DONE)
		status = err_set(err, TEND_E_USAGE, "no such talk (%lld); `tend talk` "
		                 "lists them with their numbers", (long long)id);
	else
		status = store_fail(st, err, "could not read the talk");
	sqlite3_reset(s);
	return status;
}

static bool list_push(struct talk_list *l, struct talk *t)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct talk *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return false;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = *t;
	return true;
}

int store_talk_list(struct store *st, tend_day from, tend_day to, struct talk_list *out,
                    struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT " TALK_COLS " FROM talk WHERE "
	                             "deleted_at IS NULL AND day BETWEEN :from AND :to "
	                             "ORDER BY day DESC, created_at DESC, id DESC", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":from", from) || !store_bind_day(s, ":to", to))
		return store_fail(st, err, "could not read the talks");
	int rc, status = TEND_OK;
	while (status == TEND_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct talk t;
		status = talk_read(st, s, &t, err);
		if (status == TEND_OK && !list_push(out, &t)) {
			talk_clear(&t);
			status = err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		}
	}
	if (status == TEND_OK && rc != SQLITE_DONE)
		status = store_fail(st, err, "could not read the talks");
	sqlite3_reset(s);
	return status;
}

int store_talk_count(struct store *st, tend_day from, tend_day to, int *n,
                     struct tend_err *err)
{
	*n = 0;
	sqlite3_stmt *s = store_stmt(st, "SELECT COUNT(*) FROM talk WHERE deleted_at IS "
	                             "NULL AND day BETWEEN :from AND :to", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":from", from) || !store_bind_day(s, ":to", to))
		return store_fail(st, err, "could not count the talks");
	int status = TEND_OK;
	if (sqlite3_step(s) == SQLITE_ROW)
		*n = sqlite3_column_int(s, 0);
	else
		status = store_fail(st, err, "could not count the talks");
	sqlite3_reset(s);
	return status;
}

int store_transparency_get(struct store *st, tend_day *ended_on, struct tend_err *err)
{
	*ended_on = DAY_INVALID;
	sqlite3_stmt *s = store_stmt(st, "SELECT ended_on FROM transparency WHERE id = 1",
	                             err);
	if (!s)
		return TEND_E_RUNTIME;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		const char *d = (const char *)sqlite3_column_text(s, 0);
		if (!d || !day_parse(d, ended_on))
			status = damaged(st, err);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the transparency");
	}
	sqlite3_reset(s);
	return status;
}

int store_transparency_set(struct store *st, tend_day ended_on, struct tend_err *err)
{
	sqlite3_stmt *s = ended_on == DAY_INVALID
		? store_stmt(st, "DELETE FROM transparency", err)
		: store_stmt(st, "INSERT OR REPLACE INTO transparency (id, ended_on, "
		             "changed_at) VALUES (1, :day, :now)", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_day(s, ":day", ended_on) ||
	    !store_bind_int64(s, ":now", (int64_t)time(NULL)))
		return store_fail(st, err, "could not save the transparency");
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, store_run(st, s, err, "could not save the transparency"), err);
}

int store_talk_forget_locked(struct store *st, struct tend_err *err)
{
	static const char *const sql[] = { "DELETE FROM talk", "DELETE FROM transparency" };
	for (size_t i = 0; i < sizeof sql / sizeof *sql; i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], err);
		if (!s || store_run(st, s, err, "could not erase the talks"))
			return TEND_E_RUNTIME;
	}
	return TEND_OK;
}
