/* export_pace: the program's pauses as the export table "pauses":
 * from (the first paused day), resumed (the first day back; empty or null
 * while the pause runs), days (paused days so far counted to the resume;
 * empty or null while it runs) and reason. */
#include <stdio.h>

#include "tend/export.h"
#include "tend/pace.h"
#include "tend/store.h"

static int pauses_load(struct store *st, struct pace *p, struct tend_err *err)
{
	return st ? pace_load(p, st, err) : TEND_OK;
}

static int pauses_csv(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	struct pace p = { 0 };
	char from[16], to[16];

	(void)cfg;
	if (pauses_load(st, &p, err) != TEND_OK)
		return err->code;
	fputs("from,resumed,days,reason\n", f);
	for (size_t i = 0; i < p.n; i++) {
		const struct pace_pause *pp = &p.v[i];
		day_format(pp->from, from);
		to[0] = '\0';
		if (pp->to != DAY_INVALID)
			day_format(pp->to, to);
		fprintf(f, "%s,%s,", from, to);
		if (pp->to != DAY_INVALID)
			fprintf(f, "%d", (int)(pp->to - pp->from));
		fputc(',', f);
		if (export_csv_text(f, pp->reason) < 0) {
			pace_free(&p);
			return err_set(err, TEND_E_RUNTIME, "out of memory");
		}
		fputc('\n', f);
	}
	pace_free(&p);
	return TEND_OK;
}

static int pauses_json(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct pace p = { 0 };
	char from[16], to[16];

	(void)cfg;
	if (pauses_load(st, &p, err) != TEND_OK)
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < p.n; i++) {
		const struct pace_pause *pp = &p.v[i];
		day_format(pp->from, from);
		fprintf(f, "%s{\"from\": \"%s\", \"resumed\": ", i ? ", " : "", from);
		if (pp->to != DAY_INVALID) {
			day_format(pp->to, to);
			fprintf(f, "\"%s\", \"days\": %d", to, (int)(pp->to - pp->from));
		} else {
			fputs("null, \"days\": null", f);
		}
		fputs(", \"reason\": ", f);
		if (export_json_text(f, pp->reason) < 0) {
			pace_free(&p);
			return err_set(err, TEND_E_RUNTIME, "out of memory");
		}
		fputc('}', f);
	}
	fputc(']', f);
	pace_free(&p);
	return TEND_OK;
}

const struct export_table export_pauses = {
	.name = "pauses",
	.csv = pauses_csv,
	.json = pauses_json,
};
