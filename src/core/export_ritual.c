/* export_ritual: the rituals of connection as three export tables:
 * "rituals" (one row each), "ritual_days" (the occurrences marked done)
 * and "ritual_pauses" (the stretches they were paused, with the reason). */
#include <inttypes.h>
#include <stdint.h>
#include <string.h>

#include "tend/export.h"
#include "tend/ritual.h"
#include "tend/store.h"

/* Every live ritual with all its marks and pauses; an empty set without a
 * database. */
static int load_all(struct store *st, struct store_rituals *s, struct tend_err *err)
{
	memset(s, 0, sizeof *s);
	return st ? store_ritual_load(st, DAY_FIRST, DAY_SHOW_LAST, s, err) : TEND_OK;
}

static const char *name_of(const struct store_rituals *s, int64_t id)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].id == id)
			return s->v[i].name;
	return "";
}

/* A weekday as "mon", "thu"... */
static void abbr_lower(int wd, char out[4])
{
	const char *a = day_weekday_abbr(wd);
	out[0] = (char)(a[0] - 'A' + 'a');
	out[1] = a[1];
	out[2] = a[2];
	out[3] = '\0';
}

/* The days for CSV: "daily", or abbreviations joined by spaces. */
static void days_text(unsigned days, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	if (days == RITUAL_EVERY_DAY) {
		snprintf(buf, size, "daily");
		return;
	}
	for (int wd = DAY_MON; wd <= DAY_SUN && used < size; wd++) {
		char a[4];
		abbr_lower(wd, a);
		if (days & (1u << wd))
			used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? " " : "", a);
	}
}

/* The days for JSON: an array of every weekday it falls on (buf holds
 * "[" on entry). */
static void days_json_array(unsigned days, char *buf, size_t size)
{
	size_t used = 1;
	for (int wd = DAY_MON; wd <= DAY_SUN && used < size; wd++) {
		char a[4];
		abbr_lower(wd, a);
		if (days & (1u << wd))
			used += (size_t)snprintf(buf + used, size - used, "%s\"%s\"",
			                         used > 1 ? ", " : "", a);
	}
	if (used < size)
		snprintf(buf + used, size - used, "]");
}

/* The row index that stands for a blank record: its fields name the CSV
 * header. */
#define BLANK SIZE_MAX

/* A row of one of the three tables: record i of its part of s, or BLANK. */
typedef void row_fn(struct export_out *o, const struct store_rituals *s, size_t i);

/* What the three tables share once s is loaded: the CSV header, rows 0..n-1
 * of the table's part, then s freed. */
static int write_rows(struct export_out *o, struct store_rituals *s, size_t n, row_fn *row,
                      struct tend_err *err)
{
	if (export_header(o))
		row(o, s, BLANK);
	for (size_t i = 0; i < n; i++)
		row(o, s, i);
	store_rituals_free(s);
	return export_done(o, err);
}

static void ritual_row(struct export_out *o, const struct store_rituals *s, size_t i)
{
	static const struct store_ritual blank = { .at = -1, .since = DAY_INVALID };
	const struct store_ritual *r = i == BLANK ? &blank : &s->v[i];
	char days[40], json[64] = "[", at[8] = "";
	days_text(r->days, days, sizeof days);
	days_json_array(r->days, json, sizeof json);
	if (r->at >= 0)
		day_format_hhmm(r->at, at);
	export_row_begin(o);
	export_int(o, "id", r->id);
	export_text(o, "name", r->name);
	export_raw(o, "days", days, json);
	export_word(o, "at", r->at >= 0 ? at : NULL);
	export_day(o, "since", r->since);
	export_stamp(o, "created", r->created_at);
	export_row_end(o);
}

static int rituals_write(struct export_out *o, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	return load_all(st, &s, err) ? err->code : write_rows(o, &s, s.n, ritual_row, err);
}

static void mark_row(struct export_out *o, const struct store_rituals *s, size_t i)
{
	static const struct store_ritual_mark blank = { .day = DAY_INVALID };
	const struct store_ritual_mark *m = i == BLANK ? &blank : &s->marks[i];
	export_row_begin(o);
	export_int(o, "ritual", m->ritual);
	export_text(o, "name", name_of(s, m->ritual));
	export_day(o, "day", m->day);
	export_stamp(o, "created", m->created_at);
	export_row_end(o);
}

static int days_write(struct export_out *o, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	return load_all(st, &s, err) ? err->code : write_rows(o, &s, s.n_marks, mark_row, err);
}

static void pause_row(struct export_out *o, const struct store_rituals *s, size_t i)
{
	static const struct store_ritual_pause blank = { .from = DAY_INVALID, .to = DAY_INVALID };
	const struct store_ritual_pause *p = i == BLANK ? &blank : &s->pauses[i];
	export_row_begin(o);
	export_int(o, "ritual", p->ritual);
	export_text(o, "name", name_of(s, p->ritual));
	export_day(o, "from", p->from);
	export_day(o, "to", p->to);
	export_text(o, "reason", p->reason);
	export_stamp(o, "created", p->created_at);
	export_row_end(o);
}

static int pauses_write(struct export_out *o, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	return load_all(st, &s, err) ? err->code : write_rows(o, &s, s.n_pauses, pause_row, err);
}

const struct export_table export_rituals = { .name = "rituals", .write = rituals_write };
const struct export_table export_ritual_days = { .name = "ritual_days", .write = days_write };
const struct export_table export_ritual_pauses = {
	.name = "ritual_pauses",
	.write = pauses_write,
};
