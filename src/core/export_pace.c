/* export_pace: the program's pauses as the export table "pauses":
 * from (the first paused day), resumed (the first day back; empty or null
 * while the pause runs), days (paused days so far counted to the resume;
 * empty or null while it runs) and reason. */

#include "tend/export.h"
#include "tend/pace.h"
#include "tend/store.h"

static int pauses_load(struct store *st, struct pace *p, struct tend_err *err)
{
	return st ? pace_load(p, st, err) : TEND_OK;
}

static void pause_row(struct export_out *o, const struct pace_pause *pp)
{
	bool over = pp->to != DAY_INVALID;
	export_row_begin(o);
	export_day(o, "from", pp->from);
	export_day(o, "resumed", pp->to);
	export_int_if(o, "days", over, over ? pp->to - pp->from : 0);
	export_text(o, "reason", pp->reason);
	export_row_end(o);
}

static int pauses_write(struct export_out *o, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	struct pace p = { 0 };
	(void)cfg;
	if (pauses_load(st, &p, err) != TEND_OK)
		return err->code;
	if (export_header(o))
		pause_row(o, &(struct pace_pause){ .from = DAY_INVALID, .to = DAY_INVALID });
	for (size_t i = 0; i < p.n; i++)
		pause_row(o, &p.v[i]);
	pace_free(&p);
	return export_done(o, err);
}

const struct export_table export_pauses = {
	.name = "pauses",
	.write = pauses_write,
};
