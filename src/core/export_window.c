/* export_window: the two open windows as the export table "windows": window
 * (1 or 2), weekday (monday...), time (HH:MM) and minutes (empty or null
 * when no length was given). Only the times: nothing else is kept. */
#include "tend/export.h"
#include "tend/store.h"
#include "tend/window.h"

static void window_row(struct export_out *o, const struct store_window *w)
{
	char at[8] = "";
	if (w->id)
		day_format_hhmm(w->at, at);
	export_row_begin(o);
	export_int(o, "window", w->slot);
	export_word(o, "weekday", w->id ? day_weekday_name(w->weekday) : "");
	export_word(o, "time", at);
	export_int_if(o, "minutes", w->minutes != 0, w->minutes);
	export_row_end(o);
}

static int windows_write(struct export_out *o, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	struct store_window v[WINDOW_SLOTS];
	size_t n = 0;
	(void)cfg;
	if (st && window_list(st, v, &n, err) != TEND_OK)
		return err->code;
	if (export_header(o))
		window_row(o, &(struct store_window){ 0 });
	for (size_t i = 0; i < n; i++)
		window_row(o, &v[i]);
	return export_done(o, err);
}

const struct export_table export_windows = {
	.name = "windows",
	.write = windows_write,
};
