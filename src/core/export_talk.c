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

static void talk_row(struct export_out *o, const struct talk *t, const struct config *cfg)
{
	export_row_begin(o);
	export_int(o, "id", t->id);
	export_day(o, "day", t->day);
	export_partner(o, "partner", "name", cfg, t->partner);
	for (int k = 0; k < TALK_FIELD_COUNT; k++)
		export_text(o, talk_field_name(k), t->text[k]);
	export_word(o, "state", talk_state_name(t->state));
	export_day(o, "state_day", t->state_day);
	export_stamp(o, "created", t->created_at);
	export_row_end(o);
}

static int talks_write(struct export_out *o, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct talk_list l = { 0 };
	int rc = talks_all(st, &l, err);
	if (export_header(o))
		talk_row(o, &(struct talk){ .state_day = DAY_INVALID }, cfg);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++)
		talk_row(o, &l.v[i], cfg);
	talk_list_free(&l);
	return rc == TEND_OK ? export_done(o, err) : rc;
}

const struct export_table export_talks = {
	.name = "talks",
	.write = talks_write,
};
