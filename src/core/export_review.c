/* export_review: the answers to the closing and quarterly reviews as the
 * export table "reviews" (tend export --table reviews, and the JSON
 * member "reviews"). The weekly agenda is computed, not kept: nothing of
 * it is exported. */
#include <inttypes.h>

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

static int csv_answer(FILE *f, const struct review_answer *a, const struct config *cfg)
{
	char opens[11], day[11], created[32];
	day_format(a->opens, opens);
	day_format(a->day, day);
	export_time(a->created_at, created, sizeof created);
	fprintf(f, "%" PRId64 ",%s,", a->id, review_kind(a->which));
	if (a->which != REVIEW_CLOSING)
		fprintf(f, "%d", a->which);
	fprintf(f, ",%s,%d,", opens, a->partner);
	if (export_csv_text(f, export_partner_name(cfg, a->partner)) < 0)
		return -1;
	fprintf(f, ",%s,%s", day, created);
	for (int q = 0; q < REVIEW_QUESTIONS; q++) {
		fputc(',', f);
		if (export_csv_text(f, a->text[q]) < 0)
			return -1;
	}
	fputc('\n', f);
	return 0;
}

static int reviews_csv(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct review_answer_list l = { 0 };
	fputs("id,review,quarter,opens,partner,name,day,created,good,heavy,next\n", f);
	int rc = reviews_load(st, &l, err);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++)
		if (csv_answer(f, &l.v[i], cfg) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	review_answer_list_free(&l);
	return rc;
}

static int json_answer(FILE *f, const struct review_answer *a)
{
	static const char *const keys[REVIEW_QUESTIONS] = { "good", "heavy", "next" };
	char opens[11], day[11], created[32];
	day_format(a->opens, opens);
	day_format(a->day, day);
	export_time(a->created_at, created, sizeof created);
	fprintf(f, "    {\"id\": %" PRId64 ", \"review\": \"%s\", \"quarter\": ", a->id,
	        review_kind(a->which));
	if (a->which == REVIEW_CLOSING)
		fputs("null", f);
	else
		fprintf(f, "%d", a->which);
	fprintf(f, ", \"opens\": \"%s\", \"partner\": %d, \"day\": \"%s\", \"created\": \"%s\"",
	        opens, a->partner, day, created);
	for (int q = 0; q < REVIEW_QUESTIONS; q++) {
		fprintf(f, ", \"%s\": ", keys[q]);
		if (export_json_text(f, a->text[q]) < 0)
			return -1;
	}
	fputc('}', f);
	return 0;
}

static int reviews_json(FILE *f, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	(void)cfg;
	struct review_answer_list l = { 0 };
	int rc = reviews_load(st, &l, err);
	fputc('[', f);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++) {
		fputs(i ? ",\n" : "\n", f);
		if (json_answer(f, &l.v[i]) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	fputs(l.n ? "\n  ]" : "]", f);
	review_answer_list_free(&l);
	return rc;
}

const struct export_table export_reviews = {
	.name = "reviews",
	.csv = reviews_csv,
	.json = reviews_json,
};
