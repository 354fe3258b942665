/* export_review: the answers to the closing and quarterly reviews as the
 * export table "reviews" (tend export --table reviews, and the JSON
 * member "reviews"). The weekly agenda is computed, not kept: nothing of
 * it is exported. */

#include "tend/export.h"
#include "tend/review.h"

/* "closing" or "quarterly". */
static const char *review_kind(int which)
{
	return which == REVIEW_CLOSING ? "closing" : "quarterly";
}

static int reviews_load(struct store *st, struct review_answer_list *l, struct tend_err *err)
{
	return st ? store_review_list(st, -1, l, err) : TEND_OK;
}

static void answer_row(struct export_out *o, const struct review_answer *a,
                       const struct config *cfg)
{
	static const char *const keys[REVIEW_QUESTIONS] = { "good", "heavy", "next" };
	export_row_begin(o);
	export_int(o, "id", a->id);
	export_word(o, "review", review_kind(a->which));
	export_int_if(o, "quarter", a->which != REVIEW_CLOSING, a->which);
	export_day(o, "opens", a->opens);
	export_partner(o, "partner", "name", cfg, a->partner);
	export_day(o, "day", a->day);
	export_stamp(o, "created", a->created_at);
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		export_text(o, keys[q], a->text[q]);
	export_row_end(o);
}

static int reviews_write(struct export_out *o, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	struct review_answer_list l = { 0 };
	int rc = reviews_load(st, &l, err);
	if (export_header(o))
		answer_row(o, &(struct review_answer){ .opens = DAY_INVALID, .day = DAY_INVALID },
		           cfg);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++)
		answer_row(o, &l.v[i], cfg);
	review_answer_list_free(&l);
	return rc == TEND_OK ? export_done(o, err) : rc;
}

const struct export_table export_reviews = {
	.name = "reviews",
	.write = reviews_write,
};
