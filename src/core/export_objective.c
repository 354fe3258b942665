/* export_objective: the two sentences' history as the "objectives" table:
 * every version written, every look that kept them, and every note of
 * where the rough patch began, oldest first. */
#include <inttypes.h>
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

static int csv_version(FILE *f, const struct objective_version *v, const struct config *cfg)
{
	char day[11], created[32];
	day_format(v->day, day);
	export_time(v->created_at, created, sizeof created);
	fprintf(f, "%" PRId64 ",%s,%s,%d,", v->id, row_what(v), day, v->partner);
	if (export_csv_text(f, export_partner_name(cfg, v->partner)) < 0)
		return -1;
	fputc(',', f);
	if (!v->kept && (export_csv_text(f, v->problem) < 0 || fputc(',', f) == EOF ||
	                 export_csv_text(f, v->outcome) < 0))
		return -1;
	fprintf(f, "%s,,%s\n", v->kept ? "," : "", created);
	return 0;
}

static int objective_csv(FILE *f, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	fputs("id,what,day,partner,name,problem,outcome,origin,created\n", f);
	if (!st)
		return TEND_OK;
	struct objective_list l = { 0 };
	struct objective_origin_note *o;
	size_t n;
	if (read_all(st, &l, &o, &n, err))
		return err->code;
	int rc = TEND_OK;
	for (size_t i = 0; i < l.n && rc == TEND_OK; i++)
		if (csv_version(f, &l.v[i], cfg) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	for (size_t i = 0; i < n && rc == TEND_OK; i++) {
		char day[11], created[32];
		day_format(o[i].day, day);
		export_time(o[i].created_at, created, sizeof created);
		fprintf(f, "%" PRId64 ",origin,%s,,,,,%s,%s\n", o[i].id, day,
		        objective_origin_name(o[i].origin), created);
	}
	objective_list_free(&l);
	free(o);
	return rc;
}

static int json_version(FILE *f, const struct objective_version *v, bool first)
{
	char day[11], created[32];
	day_format(v->day, day);
	export_time(v->created_at, created, sizeof created);
	fprintf(f, "%s    {\"id\": %" PRId64 ", \"what\": \"%s\", \"day\": \"%s\", "
	        "\"partner\": %d, \"problem\": ", first ? "\n" : ",\n", v->id, row_what(v), day,
	        v->partner);
	if (export_json_text(f, v->problem) < 0)
		return -1;
	fputs(", \"outcome\": ", f);
	if (export_json_text(f, v->outcome) < 0)
		return -1;
	fprintf(f, ", \"created\": \"%s\"}", created);
	return 0;
}

static int objective_json(FILE *f, struct store *st, const struct config *cfg,
                          struct tend_err *err)
{
	(void)cfg;
	struct objective_list l = { 0 };
	struct objective_origin_note *o;
	size_t n;
	if (read_all(st, &l, &o, &n, err))
		return err->code;
	int rc = TEND_OK;
	fputc('[', f);
	for (size_t i = 0; i < l.n && rc == TEND_OK; i++)
		if (json_version(f, &l.v[i], i == 0) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	for (size_t i = 0; i < n && rc == TEND_OK; i++) {
		char day[11], created[32];
		day_format(o[i].day, day);
		export_time(o[i].created_at, created, sizeof created);
		fprintf(f, "%s    {\"id\": %" PRId64 ", \"what\": \"origin\", \"day\": \"%s\", "
		        "\"origin\": \"%s\", \"created\": \"%s\"}", l.n + i ? ",\n" : "\n",
		        o[i].id, day, objective_origin_name(o[i].origin), created);
	}
	fputs(l.n + n ? "\n  ]" : "]", f);
	objective_list_free(&l);
	free(o);
	return rc;
}

const struct export_table export_objective_table = {
	.name = "objectives",
	.csv = objective_csv,
	.json = objective_json,
};
