/* export_ritual: the rituals of connection as three export tables:
 * "rituals" (one row each), "ritual_days" (the occurrences marked done)
 * and "ritual_pauses" (the stretches they were paused, with the reason). */
#include <inttypes.h>
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

/* The days for JSON: an array of every weekday it falls on. */
static void days_json_array(FILE *f, unsigned days)
{
	bool first = true;
	fputc('[', f);
	for (int wd = DAY_MON; wd <= DAY_SUN; wd++) {
		char a[4];
		abbr_lower(wd, a);
		if (days & (1u << wd)) {
			fprintf(f, "%s\"%s\"", first ? "" : ", ", a);
			first = false;
		}
	}
	fputc(']', f);
}

static void day_text(tend_day d, char *buf)
{
	buf[0] = '\0';
	if (d != DAY_INVALID)
		day_format(d, buf);
}

static int oom(struct tend_err *err, struct store_rituals *s)
{
	store_rituals_free(s);
	return err_set(err, TEND_E_RUNTIME, "out of memory");
}

static int rituals_csv(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputs("id,name,days,at,since,created\n", f);
	for (size_t i = 0; i < s.n; i++) {
		const struct store_ritual *r = &s.v[i];
		char days[40], at[8] = "", since[11], created[32];
		days_text(r->days, days, sizeof days);
		if (r->at >= 0)
			day_format_hhmm(r->at, at);
		day_text(r->since, since);
		export_time(r->created_at, created, sizeof created);
		fprintf(f, "%" PRId64 ",", r->id);
		if (export_csv_text(f, r->name) < 0)
			return oom(err, &s);
		fprintf(f, ",%s,%s,%s,%s\n", days, at, since, created);
	}
	store_rituals_free(&s);
	return TEND_OK;
}

static int rituals_json(FILE *f, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < s.n; i++) {
		const struct store_ritual *r = &s.v[i];
		char at[8], since[11], created[32];
		day_text(r->since, since);
		export_time(r->created_at, created, sizeof created);
		fprintf(f, "%s\n  {\"id\": %" PRId64 ", \"name\": ", i ? "," : "", r->id);
		if (export_json_text(f, r->name) < 0)
			return oom(err, &s);
		fputs(", \"days\": ", f);
		days_json_array(f, r->days);
		fputs(", \"at\": ", f);
		if (r->at >= 0) {
			day_format_hhmm(r->at, at);
			fprintf(f, "\"%s\"", at);
		} else {
			fputs("null", f);
		}
		fprintf(f, ", \"since\": \"%s\", \"created\": \"%s\"}", since, created);
	}
	fputs(s.n ? "\n]" : "]", f);
	store_rituals_free(&s);
	return TEND_OK;
}

static int days_csv(FILE *f, struct store *st, const struct config *cfg,
                    struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputs("ritual,name,day,created\n", f);
	for (size_t i = 0; i < s.n_marks; i++) {
		const struct store_ritual_mark *m = &s.marks[i];
		char day[11], created[32];
		day_text(m->day, day);
		export_time(m->created_at, created, sizeof created);
		fprintf(f, "%" PRId64 ",", m->ritual);
		if (export_csv_text(f, name_of(&s, m->ritual)) < 0)
			return oom(err, &s);
		fprintf(f, ",%s,%s\n", day, created);
	}
	store_rituals_free(&s);
	return TEND_OK;
}

static int days_json(FILE *f, struct store *st, const struct config *cfg,
                     struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < s.n_marks; i++) {
		const struct store_ritual_mark *m = &s.marks[i];
		char day[11], created[32];
		day_text(m->day, day);
		export_time(m->created_at, created, sizeof created);
		fprintf(f, "%s\n  {\"ritual\": %" PRId64 ", \"name\": ", i ? "," : "", m->ritual);
		if (export_json_text(f, name_of(&s, m->ritual)) < 0)
			return oom(err, &s);
		fprintf(f, ", \"day\": \"%s\", \"created\": \"%s\"}", day, created);
	}
	fputs(s.n_marks ? "\n]" : "]", f);
	store_rituals_free(&s);
	return TEND_OK;
}

static int pauses_csv(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputs("ritual,name,from,to,reason,created\n", f);
	for (size_t i = 0; i < s.n_pauses; i++) {
		const struct store_ritual_pause *p = &s.pauses[i];
		char from[11], to[11], created[32];
		day_text(p->from, from);
		day_text(p->to, to);
		export_time(p->created_at, created, sizeof created);
		fprintf(f, "%" PRId64 ",", p->ritual);
		if (export_csv_text(f, name_of(&s, p->ritual)) < 0)
			return oom(err, &s);
		fprintf(f, ",%s,%s,", from, to);
		if (export_csv_text(f, p->reason) < 0)
			return oom(err, &s);
		fprintf(f, ",%s\n", created);
	}
	store_rituals_free(&s);
	return TEND_OK;
}

static int pauses_json(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	(void)cfg;
	struct store_rituals s;
	if (load_all(st, &s, err))
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < s.n_pauses; i++) {
		const struct store_ritual_pause *p = &s.pauses[i];
		char from[11], to[11], created[32];
		day_text(p->from, from);
		day_text(p->to, to);
		export_time(p->created_at, created, sizeof created);
		fprintf(f, "%s\n  {\"ritual\": %" PRId64 ", \"name\": ", i ? "," : "", p->ritual);
		if (export_json_text(f, name_of(&s, p->ritual)) < 0)
			return oom(err, &s);
		fprintf(f, ", \"from\": \"%s\", \"to\": ", from);
		if (to[0])
			fprintf(f, "\"%s\"", to);
		else
			fputs("null", f);
		fputs(", \"reason\": ", f);
		if (export_json_text(f, p->reason) < 0)
			return oom(err, &s);
		fprintf(f, ", \"created\": \"%s\"}", created);
	}
	fputs(s.n_pauses ? "\n]" : "]", f);
	store_rituals_free(&s);
	return TEND_OK;
}

const struct export_table export_rituals = { "rituals", rituals_csv, rituals_json };
const struct export_table export_ritual_days = { "ritual_days", days_csv, days_json };
const struct export_table export_ritual_pauses = { "ritual_pauses", pauses_csv, pauses_json };
