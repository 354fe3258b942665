/* export_touchmore: what touch sessions said beyond themselves, as the
 * table "touch_detail" (CSV: touch_id,day,invited_by,invited_by_name,tier,
 * item; one row per live session that says any of it), and the stage-3
 * guidelines as the table "guidelines" (CSV: written_at,text; the ones
 * kept, oldest first, with no word of who wrote them). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "tend/export.h"
#include "tend/menu.h"
#include "tend/store.h"

/* One session's row; first: no comma before it (JSON). */
static int detail_row(FILE *f, const struct entry *e, const struct config *cfg, bool json,
                      bool first)
{
	char day[11];
	day_format(e->day, day);
	const char *name = e->initiator ? export_partner_name(cfg, e->initiator) : NULL;
	if (!json) {
		fprintf(f, "%" PRId64 ",%s,", e->id, day);
		if (e->initiator)
			fprintf(f, "%d", e->initiator);
		fputc(',', f);
		if (export_csv_text(f, name) < 0)
			return -1;
		fprintf(f, ",%s,", menu_tier_name(e->tier, false));
		if (export_csv_text(f, e->item) < 0)
			return -1;
		fputc('\n', f);
		return 0;
	}
	fprintf(f, "%s{\"touch_id\": %" PRId64 ", \"day\": \"%s\", \"invited_by\": ",
	        first ? "" : ", ", e->id, day);
	if (e->initiator)
		fprintf(f, "%d", e->initiator);
	else
		fputs("null", f);
	fputs(", \"invited_by_name\": ", f);
	if (export_json_text(f, name) < 0)
		return -1;
	fputs(", \"tier\": ", f);
	if (export_json_text(f, e->tier ? menu_tier_name(e->tier, false) : NULL) < 0)
		return -1;
	fputs(", \"item\": ", f);
	if (export_json_text(f, e->item) < 0)
		return -1;
	fputc('}', f);
	return 0;
}

static int details(FILE *f, struct store *st, const struct config *cfg, bool json,
                   struct tend_err *err)
{
	struct entry_list l = { 0 };
	int rc = st ? store_list_all(st, &l, err) : TEND_OK;
	bool first = true;
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++) {
		const struct entry *e = &l.v[i];
		if (e->kind != ENTRY_TOUCH || (!e->initiator && !e->tier && !e->item))
			continue;
		if (detail_row(f, e, cfg, json, first) < 0)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
		first = false;
	}
	entry_list_free(&l);
	return rc;
}

static int detail_csv(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	fputs("touch_id,day,invited_by,invited_by_name,tier,item\n", f);
	return details(f, st, cfg, false, err);
}

static int detail_json(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	fputc('[', f);
	int rc = details(f, st, cfg, true, err);
	fputc(']', f);
	return rc;
}

const struct export_table export_touch_details = {
	.name = "touch_detail",
	.csv = detail_csv,
	.json = detail_json,
};

struct guide_out {
	FILE *f;
	bool json, first;
};

static int guide_row(void *ctx, int64_t written_at, const char *text)
{
	struct guide_out *o = ctx;
	char t[32];
	export_time(written_at, t, sizeof t);
	if (o->json) {
		fprintf(o->f, "%s{\"written_at\": \"%s\", \"text\": ", o->first ? "" : ", ", t);
		if (export_json_text(o->f, text) < 0)
			return TEND_E_RUNTIME;
		fputc('}', o->f);
	} else {
		fprintf(o->f, "%s,", t);
		if (export_csv_text(o->f, text) < 0)
			return TEND_E_RUNTIME;
		fputc('\n', o->f);
	}
	o->first = false;
	return TEND_OK;
}

static int guide_csv(FILE *f, struct store *st, const struct config *cfg,
                     struct tend_err *err)
{
	(void)cfg;
	struct guide_out o = { f, false, true };
	fputs("written_at,text\n", f);
	return st ? store_guideline_each(st, guide_row, &o, err) : TEND_OK;
}

static int guide_json(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	(void)cfg;
	struct guide_out o = { f, true, true };
	fputc('[', f);
	int rc = st ? store_guideline_each(st, guide_row, &o, err) : TEND_OK;
	fputc(']', f);
	return rc;
}

const struct export_table export_guidelines = {
	.name = "guidelines",
	.csv = guide_csv,
	.json = guide_json,
};
