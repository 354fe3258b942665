/* export_row: the practices' tables written field by field, so that one
 * list of fields per table gives its CSV header, its CSV rows and its
 * JSON objects. */
#include <inttypes.h>

#include "tend/export.h"

bool export_header(struct export_out *o)
{
	o->header = o->format == EXPORT_CSV;
	o->fields = 0;
	return o->header;
}

void export_row_begin(struct export_out *o)
{
	o->fields = 0;
	if (o->format == EXPORT_JSON)
		fputs(o->rows ? ",\n    {" : "\n    {", o->f);
}

void export_row_end(struct export_out *o)
{
	fputs(o->format == EXPORT_JSON ? "}" : "\n", o->f);
	if (o->header)
		o->header = false;
	else
		o->rows++;
}

/* The separator and, for JSON, the key; false in the CSV header (the name
 * is all that is written there). */
static bool field(struct export_out *o, const char *name)
{
	if (o->fields++)
		fputs(o->format == EXPORT_JSON ? ", " : ",", o->f);
	if (o->header) {
		fputs(name, o->f);
		return false;
	}
	if (o->format == EXPORT_JSON)
		fprintf(o->f, "\"%s\": ", name);
	return true;
}

static void absent(struct export_out *o)
{
	if (o->format == EXPORT_JSON)
		fputs("null", o->f);
}

void export_int(struct export_out *o, const char *name, int64_t v)
{
	export_int_if(o, name, true, v);
}

void export_int_if(struct export_out *o, const char *name, bool has, int64_t v)
{
	if (!field(o, name))
		return;
	if (has)
		fprintf(o->f, "%" PRId64, v);
	else
		absent(o);
}

void export_text(struct export_out *o, const char *name, const char *s)
{
	if (!field(o, name) || (!s && o->format == EXPORT_CSV))
		return;
	int rc = o->format == EXPORT_JSON ? export_json_text(o->f, s)
	                                  : export_csv_text(o->f, s);
	if (rc < 0)
		o->oom = true;
}

void export_raw(struct export_out *o, const char *name, const char *csv, const char *json)
{
	if (field(o, name))
		fputs(o->format == EXPORT_JSON ? json : csv, o->f);
}

void export_word(struct export_out *o, const char *name, const char *w)
{
	if (!field(o, name))
		return;
	if (!w)
		absent(o);
	else if (o->format == EXPORT_JSON)
		fprintf(o->f, "\"%s\"", w);
	else
		fputs(w, o->f);
}

void export_bool(struct export_out *o, const char *name, bool b)
{
	if (o->format == EXPORT_JSON)
		export_raw(o, name, "", b ? "true" : "false");
	else
		export_raw(o, name, b ? "yes" : "no", "");
}

void export_day(struct export_out *o, const char *name, tend_day d)
{
	char buf[11];
	if (d != DAY_INVALID)
		day_format(d, buf);
	export_word(o, name, d != DAY_INVALID ? buf : NULL);
}

void export_stamp(struct export_out *o, const char *name, int64_t t)
{
	char buf[32];
	export_time(t, buf, sizeof buf);
	export_word(o, name, t ? buf : NULL);
}

void export_partner(struct export_out *o, const char *slot, const char *name,
                    const struct config *cfg, int partner)
{
	export_int(o, slot, partner);
	export_text(o, name, export_partner_name(cfg, partner));
}

int export_done(struct export_out *o, struct tend_err *err)
{
	return o->oom ? err_set(err, TEND_E_RUNTIME, "out of memory") : TEND_OK;
}

/* With no database there are no rows: the CSV header alone, or []. */
static int write_table(struct export_out *o, const struct export_table *t,
                       struct store *st, const struct config *cfg, struct tend_err *err)
{
	if (o->format == EXPORT_JSON)
		fputc('[', o->f);
	int rc = t->write(o, st, cfg, err);
	if (o->format == EXPORT_JSON)
		fputs(o->rows ? "\n  ]" : "]", o->f);
	return rc;
}

int export_table_csv(FILE *f, const struct export_table *t, struct store *st,
                     const struct config *cfg, struct tend_err *err)
{
	if (!t->write)
		return t->csv(f, st, cfg, err);
	struct export_out o = { .f = f, .format = EXPORT_CSV };
	return write_table(&o, t, st, cfg, err);
}

int export_table_json(FILE *f, const struct export_table *t, struct store *st,
                      const struct config *cfg, struct tend_err *err)
{
	if (!t->write)
		return st ? t->json(f, st, cfg, err) : (fputs("[]", f), TEND_OK);
	struct export_out o = { .f = f, .format = EXPORT_JSON };
	return write_table(&o, t, st, cfg, err);
}
