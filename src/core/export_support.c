/* export_support: the days the "nothing has moved" note was put aside, as
 * the table "support" (CSV: day,put_aside_at; JSON: [{"day", "put_aside_at"}]). */
#include <stdbool.h>
#include <stdio.h>

#include "tend/export.h"
#include "tend/store.h"

struct support_out {
	FILE *f;
	bool json, first;
};

static int support_row(void *ctx, tend_day day, int64_t at)
{
	struct support_out *o = ctx;
	char d[11], t[32];
	day_format(day, d);
	export_time(at, t, sizeof t);
	if (o->json)
		fprintf(o->f, "%s{\"day\": \"%s\", \"put_aside_at\": \"%s\"}", o->first ? "" : ", ",
		        d, t);
	else
		fprintf(o->f, "%s,%s\n", d, t);
	o->first = false;
	return TEND_OK;
}

static int support_csv(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	(void)cfg;
	struct support_out o = { f, false, true };
	fprintf(f, "day,put_aside_at\n");
	return st ? store_support_each(st, support_row, &o, err) : TEND_OK;
}

static int support_json(FILE *f, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	(void)cfg;
	struct support_out o = { f, true, true };
	fputc('[', f);
	int rc = st ? store_support_each(st, support_row, &o, err) : TEND_OK;
	fputc(']', f);
	return rc;
}

const struct export_table export_support = {
	.name = "support",
	.csv = support_csv,
	.json = support_json,
};
