/* export_window: the two open windows as the export table "windows": window
 * (1 or 2), weekday (monday...), time (HH:MM) and minutes (empty or null
 * when no length was given). Only the times: nothing else is kept. */
#include <stdio.h>

#include "tend/export.h"
#include "tend/store.h"
#include "tend/window.h"

static int windows_load(struct store *st, struct store_window v[WINDOW_SLOTS], size_t *n,
                        struct tend_err *err)
{
	*n = 0;
	return st ? window_list(st, v, n, err) : TEND_OK;
}

static int windows_csv(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	size_t n;
	char at[8];

	(void)cfg;
	if (windows_load(st, v, &n, err) != TEND_OK)
		return err->code;
	fputs("window,weekday,time,minutes\n", f);
	for (size_t i = 0; i < n; i++) {
		day_format_hhmm(v[i].at, at);
		fprintf(f, "%d,%s,%s,", v[i].slot, day_weekday_name(v[i].weekday), at);
		if (v[i].minutes)
			fprintf(f, "%d", v[i].minutes);
		fputc('\n', f);
	}
	return TEND_OK;
}

static int windows_json(FILE *f, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	size_t n;
	char at[8];

	(void)cfg;
	if (windows_load(st, v, &n, err) != TEND_OK)
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < n; i++) {
		day_format_hhmm(v[i].at, at);
		fprintf(f, "%s{\"window\": %d, \"weekday\": \"%s\", \"time\": \"%s\", "
		        "\"minutes\": ", i ? ", " : "", v[i].slot,
		        day_weekday_name(v[i].weekday), at);
		if (v[i].minutes)
			fprintf(f, "%d}", v[i].minutes);
		else
			fputs("null}", f);
	}
	fputc(']', f);
	return TEND_OK;
}

const struct export_table export_windows = {
	.name = "windows",
	.csv = windows_csv,
	.json = windows_json,
};
