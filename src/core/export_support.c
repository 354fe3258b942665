/* export_support: the days the "nothing has moved" note was put aside, as
 * the table "support" (CSV: day,put_aside_at; JSON: [{"day", "put_aside_at"}]). */

#include "tend/export.h"
#include "tend/store.h"

static int support_row(void *ctx, tend_day day, int64_t at)
{
	struct export_out *o = ctx;
	export_row_begin(o);
	export_day(o, "day", day);
	export_stamp(o, "put_aside_at", at);
	export_row_end(o);
	return TEND_OK;
}

static int support_write(struct export_out *o, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	(void)cfg;
	if (export_header(o))
		support_row(o, DAY_INVALID, 0);
	int rc = st ? store_support_each(st, support_row, o, err) : TEND_OK;
	return rc == TEND_OK ? export_done(o, err) : rc;
}

const struct export_table export_support = {
	.name = "support",
	.write = support_write,
};
