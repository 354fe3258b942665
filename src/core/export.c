#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tend/export.h"
#include "tend/text.h"

/* The practices kept in tables of their own; each adds its line. */
extern const struct export_table export_talks;
extern const struct export_table export_windows;
const struct export_table *const export_tables[] = {
	&export_tasks, &export_task_owners, &export_task_reviews,
	&export_objective_table,
	&export_pauses,
	&export_support, /* support: the note put aside */
	&export_reviews,
	&export_rituals, &export_ritual_days, &export_ritual_pauses,
	&export_talks,
	&export_windows, /* the two open windows */
	&export_touch_details, &export_guidelines,
	NULL,
};

const struct export_table *export_table_find(const char *name)
{
	for (const struct export_table *const *t = export_tables; *t; t++)
		if (strcmp((*t)->name, name) == 0)
			return *t;
	return NULL;
}

/* Unix seconds as "YYYY-MM-DDTHH:MM:SSZ"; empty when 0 (not set). */
void export_time(int64_t t, char *buf, size_t n)
{
	buf[0] = '\0';
	if (t == 0)
		return;
	time_t tt = (time_t)t;
	struct tm tm;
	if (gmtime_r(&tt, &tm))
		strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

const char *export_partner_name(const struct config *cfg, int p)
{
	return cfg && (p == 1 || p == 2) && cfg->partner[p - 1] ? cfg->partner[p - 1] : "";
}

/* One stretch of text without line breaks or tabs, made safe, quotes doubled. */
static int csv_piece(FILE *f, const char *s, size_t n)
{
	char *piece = strndup(s, n);
	char *safe = piece ? text_safe(piece, false) : NULL;
	free(piece);
	if (!safe)
		return -1;
	for (const char *p = safe; *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	free(safe);
	return 0;
}

/* A CSV field in double quotes. Line breaks (LF, CR) and tabs are kept as
 * typed, since a quoted field may hold them; every other control character
 * and direction override is neutralised, so the file is safe to view (the
 * JSON export keeps every character, escaped). */
int export_csv_text(FILE *f, const char *s)
{
	s = s ? s : "";
	fputc('"', f);
	for (;;) {
		size_t n = strcspn(s, "\n\r\t");
		if (csv_piece(f, s, n) < 0)
			return -1;
		if (!s[n])
			break;
		fputc(s[n], f);
		s += n + 1;
	}
	fputc('"', f);
	return 0;
}

static int csv_row(FILE *f, const struct entry *e, const struct config *cfg)
{
	char day[11], created[32], called[32], returned[32], scheduled[32];
	day_format(e->day, day);
	export_time(e->created_at, created, sizeof created);
	export_time(e->called_at, called, sizeof called);
	export_time(e->returned_at, returned, sizeof returned);
	export_time(e->scheduled_at, scheduled, sizeof scheduled);
	fprintf(f, "%s,%" PRId64 ",%s,%d,", entry_kind_name(e->kind), e->id, day, e->partner);
	if (export_csv_text(f, export_partner_name(cfg, e->partner)) < 0)
		return -1;
	fprintf(f, ",%s,", created);
	if (e->kind == ENTRY_CHECKIN)
		fprintf(f, "%d,%d", e->mood, e->stress);
	else
		fputc(',', f);
	fputc(',', f);
	if (export_csv_text(f, e->text) < 0)
		return -1;
	fprintf(f, ",%s,%s,", entry_bid_name(e->bid),
	        e->kind == ENTRY_REPAIR ? (e->accepted ? "yes" : "no") : "");
	if (e->kind == ENTRY_TOUCH)
		if (e->minutes > 0)
			fprintf(f, "%d,%d,%s", e->stage, e->minutes, entry_light_name(e->light));
		else
			fprintf(f, "%d,,%s", e->stage, entry_light_name(e->light));
	else
		fputs(",,", f);
	if (e->kind == ENTRY_TIMEOUT)
		fprintf(f, ",%d,%s,%s,%s\n", e->phrase, called, returned, scheduled);
	else
		fputs(",,,,\n", f);
	return 0;
}

int export_csv(FILE *f, const struct entry_list *l, const struct config *cfg,
               struct tend_err *err)
{
	fputs("kind,id,day,partner,name,created,mood,stress,text,bid,accepted,"
	      "stage,minutes,light,phrase,called,returned,scheduled\n", f);
	for (size_t i = 0; i < l->n; i++)
		if (csv_row(f, &l->v[i], cfg) < 0)
			return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

/* A JSON string: quotes, backslashes and control characters escaped. */
int export_json_text(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return 0;
	}
	char *valid = NULL;
	if (!text_valid_utf8(s)) {
		/* Only invalid bytes are replaced; controls are escaped below. */
		valid = text_valid_copy(s);
		if (!valid)
			return -1;
		s = valid;
	}
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
	free(valid);
	return 0;
}

static void json_time(FILE *f, const char *key, int64_t t)
{
	char buf[32];
	export_time(t, buf, sizeof buf);
	if (t)
		fprintf(f, ", \"%s\": \"%s\"", key, buf);
	else
		fprintf(f, ", \"%s\": null", key);
}

static int json_kind_fields(FILE *f, const struct entry *e)
{
	switch (e->kind) {
	case ENTRY_CHECKIN:
		fprintf(f, ", \"mood\": %d, \"stress\": %d, \"gratitude\": ", e->mood, e->stress);
		return export_json_text(f, e->text);
	case ENTRY_GESTURE:
		fputs(", \"text\": ", f);
		if (export_json_text(f, e->text) < 0)
			return -1;
		if (e->bid)
			fprintf(f, ", \"bid\": \"%s\"", entry_bid_name(e->bid));
		else
			fputs(", \"bid\": null", f);
		return 0;
	case ENTRY_REPAIR:
		fputs(", \"text\": ", f);
		if (export_json_text(f, e->text) < 0)
			return -1;
		fprintf(f, ", \"accepted\": %s", e->accepted ? "true" : "false");
		return 0;
	case ENTRY_TOUCH:
		fprintf(f, ", \"stage\": %d, \"minutes\": ", e->stage);
		/* No minutes given is no number, not zero. */
		if (e->minutes > 0)
			fprintf(f, "%d", e->minutes);
		else
			fputs("null", f);
		fputs(", \"light\": ", f);
		if (e->light)
			fprintf(f, "\"%s\"", entry_light_name(e->light));
		else
			fputs("null", f);
		fputs(", \"note\": ", f);
		return export_json_text(f, e->text);
	case ENTRY_TIMEOUT:
		fprintf(f, ", \"phrase\": %d, \"phrase_text\": ", e->phrase);
		if (export_json_text(f, e->text) < 0)
			return -1;
		json_time(f, "called", e->called_at);
		json_time(f, "returned", e->returned_at);
		json_time(f, "scheduled", e->scheduled_at);
		return 0;
	default:
		return 0;
	}
}

static int json_entry(FILE *f, const struct entry *e)
{
	char day[11];
	day_format(e->day, day);
	fprintf(f, "    {\"kind\": \"%s\", \"id\": %" PRId64 ", \"day\": \"%s\", \"partner\": %d",
	        entry_kind_name(e->kind), e->id, day, e->partner);
	json_time(f, "created", e->created_at);
	if (json_kind_fields(f, e) < 0)
		return -1;
	fputc('}', f);
	return 0;
}

int export_json(FILE *f, const struct entry_list *l, struct store *st,
                const struct config *cfg, struct tend_err *err)
{
	fputs("{\n  \"partners\": [", f);
	for (int p = 1; p <= 2; p++) {
		fprintf(f, "%s{\"slot\": %d, \"name\": ", p == 1 ? "" : ", ", p);
		if (export_json_text(f, export_partner_name(cfg, p)) < 0)
			return err_set(err, TEND_E_RUNTIME, "out of memory");
		fputc('}', f);
	}
	fputs("],\n  \"entries\": [", f);
	for (size_t i = 0; i < l->n; i++) {
		fputs(i ? ",\n" : "\n", f);
		if (json_entry(f, &l->v[i]) < 0)
			return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	fputs(l->n ? "\n  ]" : "]", f);
	for (const struct export_table *const *t = export_tables; *t; t++) {
		fprintf(f, ",\n  \"%s\": ", (*t)->name);
		if (export_table_json(f, *t, st, cfg, err) != TEND_OK)
			return err->code;
	}
	fputs("\n}\n", f);
	return TEND_OK;
}
