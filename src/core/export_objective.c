/* export_objective: the two sentences' history as the "objectives" table:
 * every version written, every look that kept them, and every note of
 * where the rough patch began, oldest first. */
#include <stdlib.h>

#include "tend/export.h"
#include "tend/objective.h"

/* What a row is: a version written, a kept mark, or an origin note. */
static const char *row_what(const struct objective_version *v)
{
	return v->kept ? "kept" : "written";
}

static int read_all(struct store *st, struct objective_list *l,
                    struct objective_origin_note **o, size_t *n, struct tend_err *err)
{
	*o = NULL;
	*n = 0;
	if (store_objective_list(st, l, err) != TEND_OK ||
	    store_objective_origins(st, o, n, err) != TEND_OK) {
		objective_list_free(l);
		free(*o);
		return err->code;
	}
	return TEND_OK;
}

/* A row: a version written or kept (v), or an origin note (o). */
static void objective_row(struct export_out *o, const struct objective_version *v,
                          const struct objective_origin_note *n, const struct config *cfg)
{
	export_row_begin(o);
	export_int(o, "id", v ? v->id : n->id);
	export_word(o, "what", v ? row_what(v) : "origin");
	export_day(o, "day", v ? v->day : n->day);
	export_int_if(o, "partner", v != NULL, v ? v->partner : 0);
	export_text(o, "name", v ? export_partner_name(cfg, v->partner) : NULL);
	export_text(o, "problem", v && !v->kept ? v->problem : NULL);
	export_text(o, "outcome", v && !v->kept ? v->outcome : NULL);
	export_word(o, "origin", n ? objective_origin_name(n->origin) : NULL);
	export_stamp(o, "created", v ? v->created_at : n->created_at);
	export_row_end(o);
}

static int objectives_write(struct export_out *o, struct store *st, const struct config *cfg,
                           struct tend_err *err)
{
	struct objective_list l = { 0 };
	struct objective_origin_note *n = NULL;
	size_t count = 0;
	if (st && read_all(st, &l, &n, &count, err))
		return err->code;
	if (export_header(o))
		objective_row(o, &(struct objective_version){ .day = DAY_INVALID }, NULL, cfg);
	for (size_t i = 0; i < l.n; i++)
		objective_row(o, &l.v[i], NULL, cfg);
	for (size_t i = 0; i < count; i++)
		objective_row(o, NULL, &n[i], cfg);
	objective_list_free(&l);
	free(n);
	return export_done(o, err);
}

const struct export_table export_objective_table = {
	.name = "objectives",
	.write = objectives_write,
};
