/* store_review: the review_answer table (schema 8): each partner's answers
 * to the closing and quarterly reviews. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store_priv.h"
#include "tend/review.h"

#define ANSWER_COLS "id, uid, rev, created_at, review, opens, partner, day, " \
	"good, heavy, next, replaces"

/* The current row of an ANSWER_COLS select into a (which owns its texts). */
static bool answer_read(sqlite3_stmt *s, struct review_answer *a)
{
	memset(a, 0, sizeof *a);
	a->id = sqlite3_column_int64(s, 0);
	a->uid = sqlite3_column_int64(s, 1);
	a->rev = sqlite3_column_int64(s, 2);
	a->created_at = sqlite3_column_int64(s, 3);
	a->which = sqlite3_column_int(s, 4);
	a->opens = store_column_day(s, 5);
	a->partner = sqlite3_column_int(s, 6);
	a->day = store_column_day(s, 7);
	for (int q = 0; q < REVIEW_QUESTIONS; q++) {
		const unsigned char *t = sqlite3_column_text(s, 8 + q);
		if (t && !(a->text[q] = strdup((const char *)t))) {
			review_answer_clear(a);
			return false;
		}
	}
	a->replaces = sqlite3_column_int64(s, 11);
	return true;
}

/* Inside the transaction: delete the partner's live answer to the review
 * (its id into *replaced, 0 when there was none). */
static int answer_retire(struct store *st, const struct review_answer *a, int64_t now,
                         int64_t *replaced, struct tend_err *err)
{
	*replaced = 0;
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM review_answer WHERE review = :review "
	                             "AND partner = :partner AND deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":review", a->which) ||
	    !store_bind_int64(s, ":partner", a->partner))
		return store_fail(st, err, "could not save the answers");
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*replaced = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, err, "could not save the answers");
	if (*replaced == 0)
		return TEND_OK;
	s = store_stmt(st, "UPDATE review_answer SET deleted_at = :now, rev = rev + 1 "
	               "WHERE id = :id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":now", now) || !store_bind_int64(s, ":id", *replaced))
		return store_fail(st, err, "could not save the answers");
	return store_run(st, s, err, "could not save the answers");
}

static int answer_insert(struct store *st, struct review_answer *a, struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO review_answer (review, opens, partner, "
	                             "day, good, heavy, next, replaces, created_at, rev, uid) "
	                             "VALUES (:review, :opens, :partner, :day, :good, :heavy, "
	                             ":next, :replaces, :created_at, 1, :uid)", err);
	if (!s)
		return TEND_E_RUNTIME;
	a->uid = store_uid_new();
	bool ok = store_bind_int64(s, ":review", a->which) &&
	          store_bind_day(s, ":opens", a->opens) &&
	          store_bind_int64(s, ":partner", a->partner) &&
	          store_bind_day(s, ":day", a->day) &&
	          store_bind_text(s, ":good", a->text[REVIEW_GOOD]) &&
	          store_bind_text(s, ":heavy", a->text[REVIEW_HEAVY]) &&
	          store_bind_text(s, ":next", a->text[REVIEW_NEXT]) &&
	          (a->replaces ? store_bind_int64(s, ":replaces", a->replaces)
	                       : store_bind_null(s, ":replaces")) &&
	          store_bind_int64(s, ":created_at", a->created_at) &&
	          store_bind_int64(s, ":uid", a->uid);
	if (!ok)
		return store_fail(st, err, "could not save the answers");
	if (store_run(st, s, err, "could not save the answers"))
		return TEND_E_RUNTIME;
	a->id = sqlite3_last_insert_rowid(st->db);
	a->rev = 1;
	return TEND_OK;
}

int store_review_add(struct store *st, struct review_answer *a, int64_t *replaced,
                     struct tend_err *err)
{
	int64_t old = 0;
	if (a->created_at == 0)
		a->created_at = (int64_t)time(NULL);
	if (store_begin(st, err))
		return err->code;
	int rc = answer_retire(st, a, a->created_at, &old, err);
	a->replaces = old;
	if (rc == TEND_OK)
		rc = answer_insert(st, a, err);
	if (store_finish(st, rc, err))
		return err->code;
	if (replaced)
		*replaced = old;
	return TEND_OK;
}

/* Inside the transaction: the body of store_review_undo. */
static int undo_locked(struct store *st, int64_t id, int64_t uid, int64_t rev,
                       struct tend_err *err)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT COALESCE(replaces, 0) FROM review_answer "
	                             "WHERE id = :id AND uid = :uid AND rev = :rev AND "
	                             "deleted_at IS NULL", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":id", id) || !store_bind_int64(s, ":uid", uid) ||
	    !store_bind_int64(s, ":rev", rev))
		return store_fail(st, err, "could not take the answers back");
	int rc = sqlite3_step(s);
	int64_t replaces = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return err_set(err, TEND_E_CONFLICT, "%s: these answers were changed "
		               "elsewhere since", st->path);
	if (rc != SQLITE_ROW)
		return store_fail(st, err, "could not take the answers back");
	s = store_stmt(st, "UPDATE review_answer SET deleted_at = :now, rev = rev + 1 "
	               "WHERE id = :id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":now", (int64_t)time(NULL)) || !store_bind_int64(s, ":id", id))
		return store_fail(st, err, "could not take the answers back");
	if (store_run(st, s, err, "could not take the answers back"))
		return TEND_E_RUNTIME;
	if (replaces == 0)
		return TEND_OK;
	/* The earlier answer comes back unless another was given since. */
	s = store_stmt(st, "UPDATE review_answer SET deleted_at = NULL, rev = rev + 1 "
	               "WHERE id = :old AND deleted_at IS NOT NULL AND NOT EXISTS "
	               "(SELECT 1 FROM review_answer n WHERE n.deleted_at IS NULL AND "
	               "n.review = review_answer.review AND n.partner = review_answer.partner)",
	               err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":old", replaces))
		return store_fail(st, err, "could not take the answers back");
	return store_run(st, s, err, "could not bring the earlier answers back");
}

int store_review_undo(struct store *st, int64_t id, int64_t uid, int64_t rev,
                      struct tend_err *err)
{
	if (store_begin(st, err))
		return err->code;
	return store_finish(st, undo_locked(st, id, uid, rev, err), err);
}

int store_review_list(struct store *st, int which, struct review_answer_list *out,
                      struct tend_err *err)
{
	/* One review's answers come through its index (the dashboard asks on
	 * each refresh); all of them only for the history and the export. */
	sqlite3_stmt *s = which >= 0
		? store_stmt(st, "SELECT " ANSWER_COLS " FROM review_answer WHERE review = "
		             ":which AND deleted_at IS NULL ORDER BY partner, id", err)
		: store_stmt(st, "SELECT " ANSWER_COLS " FROM review_answer WHERE deleted_at "
		             "IS NULL ORDER BY review, partner, id", err);
	if (!s)
		return TEND_E_RUNTIME;
	if (!store_bind_int64(s, ":which", which))
		return store_fail(st, err, "could not read the reviews");
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct review_answer a;
		bool ok = answer_read(s, &a) && review_answer_list_push(out, &a);
		review_answer_clear(&a);
		if (!ok) {
			sqlite3_reset(s);
			return err_set(err, TEND_E_RUNTIME, "%s: out of memory", st->path);
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? TEND_OK : store_fail(st, err, "could not read the reviews");
}
