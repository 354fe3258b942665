/* export_talk: the weekly talks as the "talks" table of tend export. */
#include <inttypes.h>

#include "tend/export.h"
#include "tend/store.h"
#include "tend/talk.h"

/* Every live talk, oldest first for the file. */
static int talks_all(struct store *st, struct talk_list *l, struct tend_err *err)
{
	if (!st)
		return TEND_OK;
	if (store_talk_list(st, day_from_ymd(1900, 1, 1), day_from_ymd(9999, 12, 31), l,
	                    err) != TEND_OK)
		return err->code;
	for (size_t i = 0; i < l->n / 2; i++) {
		struct talk t = l->v[i];
		l->v[i] = l->v[l->n - 1 - i];
		l->v[l->n - 1 - i] = t;
	}
	return TEND_OK;
}

static int csv_row(FILE *f, const struct talk *t, const struct config *cfg)
{
	char day[11], state_day[11] = "", created[32];
	day_format(t->day, day);
	if (t->state_day != DAY_INVALID)
		day_format(t->state_day, state_day);
	export_time(t->created_at, created, sizeof created);
	fprintf(f, "%" PRId64 ",%s,%d,", t->id, day, t->partner);
	if (export_csv_text(f, export_partner_name(cfg, t->partner)) < 0)
		return -1;
	for (int k = 0; k < TALK_FIELD_COUNT; k++) {
		fputc(',', f);
		if (export_csv_text(f, t->text[k]) < 0)
			return -1;
	}
	fprintf(f, ",%s,%s,%s\n", talk_state_name(t->state), state_day, created);
	return 0;
}

static int talks_csv(FILE *f, struct store *st, const struct config *cfg,
                     struct tend_err *err)
{
	struct talk_list l = { 0 };
	fputs("id,day,partner,name,what,impact,ask,hear,sense,commit,support,"
	      "state,state_day,created\n", f);
	int rc = talks_all(st, &l, err);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++)
		if (csv_row(f, &l.v[i], cfg) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	talk_list_free(&l);
	return rc;
}

static int json_row(FILE *f, const struct talk *t, const struct config *cfg)
{
	char day[11], state_day[11], created[32];
	day_format(t->day, day);
	export_time(t->created_at, created, sizeof created);
	fprintf(f, "{\"id\": %" PRId64 ", \"day\": \"%s\", \"partner\": %d, \"name\": ",
	        t->id, day, t->partner);
	if (export_json_text(f, export_partner_name(cfg, t->partner)) < 0)
		return -1;
	for (int k = 0; k < TALK_FIELD_COUNT; k++) {
		fprintf(f, ", \"%s\": ", talk_field_name(k));
		if (export_json_text(f, t->text[k]) < 0)
			return -1;
	}
	fprintf(f, ", \"state\": \"%s\", \"state_day\": ", talk_state_name(t->state));
	if (t->state_day != DAY_INVALID) {
		day_format(t->state_day, state_day);
		fprintf(f, "\"%s\"", state_day);
	} else {
		fputs("null", f);
	}
	fprintf(f, ", \"created\": \"%s\"}", created);
	return 0;
}

static int talks_json(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	struct talk_list l = { 0 };
	int rc = talks_all(st, &l, err);
	fputc('[', f);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++) {
		fputs(i ? ",\n    " : "\n    ", f);
		if (json_row(f, &l.v[i], cfg) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	fputs(l.n ? "\n  ]" : "]", f);
	talk_list_free(&l);
	return rc;
}

const struct export_table export_talks = {
	.name = "talks",
	.csv = talks_csv,
	.json = talks_json,
};
