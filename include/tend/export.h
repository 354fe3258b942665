/* export: every record as CSV or JSON, for the couple's own keeping. */
#ifndef TEND_EXPORT_H
#define TEND_EXPORT_H

#include <stdio.h>

#include "tend/config.h"
#include "tend/entry.h"
#include "tend/err.h"

struct store;

/* A practice kept in tables of its own (talks, tasks...), exported beside
 * the entries: as one more CSV table (tend export --table NAME) and as one
 * more member of the JSON object. Each practice defines its table in its
 * own export_NAME.c and adds it to export_tables (export.c). */
struct export_table {
	const char *name;   /* --table NAME, and the JSON member's key */
	/* A header line, then one row per record (st NULL, when there is no
	 * database yet: the header line only). */
	int (*csv)(FILE *f, struct store *st, const struct config *cfg,
	           struct tend_err *err);
	/* A JSON array of objects, one per record, as "[...]" (the caller
	 * writes the key before it). */
	int (*json)(FILE *f, struct store *st, const struct config *cfg,
	            struct tend_err *err);
};
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
