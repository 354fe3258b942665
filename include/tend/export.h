/* export: every record as CSV or JSON, for the couple's own keeping. */
#ifndef TEND_EXPORT_H
#define TEND_EXPORT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "tend/config.h"
#include "tend/entry.h"
#include "tend/err.h"

struct store;

/* A table being written, one row at a time, as CSV or as a JSON array of
 * objects. A table's writer names each field once (export_int,
 * export_text...): the same calls give the CSV header, the CSV rows and
 * the JSON objects, so the two formats cannot drift apart. */
enum export_format { EXPORT_CSV, EXPORT_JSON };
struct export_out {
	FILE *f;
	enum export_format format;
	bool header;   /* CSV: the row being written gives the field names */
	size_t rows;   /* rows written so far */
	int fields;    /* fields written in the current row */
	bool oom;      /* a text could not be copied on the way */
};

/* A practice kept in tables of its own (talks, tasks...), exported beside
 * the entries: as one more CSV table (tend export --table NAME) and as one
 * more member of the JSON object. Each practice defines its table in its
 * own export_NAME.c and adds it to export_tables (export.c). */
struct export_table {
	const char *name;   /* --table NAME, and the JSON member's key */
	/* Every record, as rows (st NULL when there is no database yet: no
	 * rows). Calls export_header first, then export_row_begin, the
	 * fields and export_row_end per record; returns export_done. */
	int (*write)(struct export_out *o, struct store *st, const struct config *cfg,
	             struct tend_err *err);
	/* Tables that write their formats by hand, when write is NULL: a
	 * header line then one row per record, and a JSON array "[...]". */
	int (*csv)(FILE *f, struct store *st, const struct config *cfg,
	           struct tend_err *err);
	int (*json)(FILE *f, struct store *st, const struct config *cfg,
	            struct tend_err *err);
};
/* A table as CSV (header line, then rows) or as a JSON array. */
int export_table_csv(FILE *f, const struct export_table *t, struct store *st,
                     const struct config *cfg, struct tend_err *err);
int export_table_json(FILE *f, const struct export_table *t, struct store *st,
                      const struct config *cfg, struct tend_err *err);

/* For CSV, true once: the caller then writes one row of any record (its
 * values are not written, only the field names). False for JSON. */
bool export_header(struct export_out *o);
void export_row_begin(struct export_out *o);
void export_row_end(struct export_out *o);
/* The fields. Absent values (NULL text, DAY_INVALID, time 0, has false)
 * are empty in CSV and null in JSON. */
void export_int(struct export_out *o, const char *name, int64_t v);
void export_int_if(struct export_out *o, const char *name, bool has, int64_t v);
void export_text(struct export_out *o, const char *name, const char *s);
/* A word of the program's own (a state, a kind): unquoted in CSV. */
void export_word(struct export_out *o, const char *name, const char *w);
void export_bool(struct export_out *o, const char *name, bool b); /* yes/no; true/false */
void export_day(struct export_out *o, const char *name, tend_day d);
void export_stamp(struct export_out *o, const char *name, int64_t t);
/* A partner as two fields: the slot (1, 2) and the name from the config. */
void export_partner(struct export_out *o, const char *slot, const char *name,
                    const struct config *cfg, int partner);
/* A value already written in each format's own syntax. */
void export_raw(struct export_out *o, const char *name, const char *csv, const char *json);
/* TEND_OK, or the error for a text that could not be written. */
int export_done(struct export_out *o, struct tend_err *err);

/* The practices' tables, each in its export_NAME.c. */
extern const struct export_table export_reviews;
/* Every such table, NULL-terminated. */
extern const struct export_table *const export_tables[];
/* The shared load (export_task.c). */
extern const struct export_table export_tasks, export_task_owners, export_task_reviews;
/* The practices' tables (export_NAME.c). */
extern const struct export_table export_pauses;
extern const struct export_table export_objective_table;
extern const struct export_table export_support; /* support: notes put aside */
/* export_ritual.c: the rituals, the days marked done, the pauses. */
extern const struct export_table export_rituals, export_ritual_days, export_ritual_pauses;
/* export_touchmore.c: who invited, tier and item of touch sessions; the
 * stage-3 guidelines kept. */
extern const struct export_table export_touch_details, export_guidelines;
/* The table named name (exact), or NULL. */
const struct export_table *export_table_find(const char *name);

/* What every table writer shares, so that all fields are written alike:
 * a quoted CSV field (controls neutralised, line breaks kept), a JSON
 * string (or null for NULL), a partner's name by slot, and a time as
 * "YYYY-MM-DDTHH:MM:SSZ" (empty when 0). Each returns -1 when out of
 * memory. */
int export_csv_text(FILE *f, const char *s);
int export_json_text(FILE *f, const char *s);
const char *export_partner_name(const struct config *cfg, int partner);
void export_time(int64_t t, char *buf, size_t n);

/* One row per entry with a header line. Text fields are quoted; control
 * characters in them are neutralised so the file is safe to print. */
int export_csv(FILE *f, const struct entry_list *l, const struct config *cfg,
               struct tend_err *err);
/* An object {"partners": [...], "entries": [...], and one member per
 * export table}; text kept exactly, with JSON escapes for control
 * characters (invalid UTF-8 becomes U+FFFD). st NULL (no database yet):
 * every table is an empty array. */
int export_json(FILE *f, const struct entry_list *l, struct store *st,
                const struct config *cfg, struct tend_err *err);

#endif
