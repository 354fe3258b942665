/* export_task: the shared load as export tables: "tasks" (the jobs),
 * "task_owners" (each job's owners with their day) and "task_reviews". */
#include <inttypes.h>
#include <stdio.h>

#include "tend/export.h"
#include "tend/store.h"

/* The jobs and the history, empty when there is no database yet. */
static int load(struct store *st, struct store_task_list *l, struct store_task_events *h,
                struct tend_err *err)
{
	*l = (struct store_task_list){ 0 };
	*h = (struct store_task_events){ 0 };
	if (!st)
		return TEND_OK;
	if (store_task_list(st, l, err))
		return err->code;
	if (store_task_history(st, h, err)) {
		store_task_list_free(l);
		return err->code;
	}
	return TEND_OK;
}

static int oom(struct store_task_list *l, struct store_task_events *h, struct tend_err *err)
{
	store_task_list_free(l);
	store_task_events_free(h);
	return err_set(err, TEND_E_RUNTIME, "out of memory");
}

static int tasks_csv(FILE *f, struct store *st, const struct config *cfg,
                     struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	fputs("id,name,owner,owner_name,done,every,added,created\n", f);
	for (size_t i = 0; i < l.n; i++) {
		const struct store_task *t = &l.v[i];
		char day[11], created[32];
		day_format(t->day, day);
		export_time(t->created_at, created, sizeof created);
		fprintf(f, "%" PRId64 ",", t->id);
		if (export_csv_text(f, t->name) < 0)
			return oom(&l, &h, err);
		fprintf(f, ",%d,", t->owner);
		if (export_csv_text(f, export_partner_name(cfg, t->owner)) < 0 ||
		    fputc(',', f) == EOF || export_csv_text(f, t->done) < 0)
			return oom(&l, &h, err);
		fprintf(f, ",%s,%s,%s\n", t->cadence, day, created);
	}
	store_task_list_free(&l);
	store_task_events_free(&h);
	return TEND_OK;
}

static int tasks_json(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	fputc('[', f);
	for (size_t i = 0; i < l.n; i++) {
		const struct store_task *t = &l.v[i];
		char day[11], created[32];
		day_format(t->day, day);
		export_time(t->created_at, created, sizeof created);
		fprintf(f, "%s{\"id\": %" PRId64 ", \"name\": ", i ? ", " : "", t->id);
		if (export_json_text(f, t->name) < 0)
			return oom(&l, &h, err);
		fprintf(f, ", \"owner\": %d, \"owner_name\": ", t->owner);
		if (export_json_text(f, export_partner_name(cfg, t->owner)) < 0 ||
		    fputs(", \"done\": ", f) == EOF || export_json_text(f, t->done) < 0)
			return oom(&l, &h, err);
		fprintf(f, ", \"every\": \"%s\", \"added\": \"%s\", \"created\": \"%s\"}",
		        t->cadence, day, created);
	}
	fputc(']', f);
	store_task_list_free(&l);
	store_task_events_free(&h);
	return TEND_OK;
}

static int owners_csv(FILE *f, struct store *st, const struct config *cfg,
                      struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	fputs("task,name,day,owner,owner_name,first\n", f);
	for (size_t i = 0; i < h.n; i++) {
		const struct store_task_event *e = &h.v[i];
		if (e->type != STORE_TASK_OWNER)
			continue;
		char day[11];
		day_format(e->day, day);
		fprintf(f, "%" PRId64 ",", e->task);
		if (export_csv_text(f, e->name) < 0)
			return oom(&l, &h, err);
		fprintf(f, ",%s,%d,", day, e->owner);
		if (export_csv_text(f, export_partner_name(cfg, e->owner)) < 0)
			return oom(&l, &h, err);
		fprintf(f, ",%s\n", e->first ? "yes" : "no");
	}
	store_task_list_free(&l);
	store_task_events_free(&h);
	return TEND_OK;
}

static int owners_json(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	fputc('[', f);
	bool more = false;
	for (size_t i = 0; i < h.n; i++) {
		const struct store_task_event *e = &h.v[i];
		if (e->type != STORE_TASK_OWNER)
			continue;
		char day[11];
		day_format(e->day, day);
		fprintf(f, "%s{\"task\": %" PRId64 ", \"name\": ", more ? ", " : "", e->task);
		more = true;
		if (export_json_text(f, e->name) < 0)
			return oom(&l, &h, err);
		fprintf(f, ", \"day\": \"%s\", \"owner\": %d, \"owner_name\": ", day, e->owner);
		if (export_json_text(f, export_partner_name(cfg, e->owner)) < 0)
			return oom(&l, &h, err);
		fprintf(f, ", \"first\": %s}", e->first ? "true" : "false");
	}
	fputc(']', f);
	store_task_list_free(&l);
	store_task_events_free(&h);
	return TEND_OK;
}

/* The reviews, as CSV (json false) or JSON. */
static int reviews(FILE *f, struct store *st, bool json, struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	fputs(json ? "[" : "day,created\n", f);
	bool more = false;
	for (size_t i = 0; i < h.n; i++) {
		const struct store_task_event *e = &h.v[i];
		if (e->type != STORE_TASK_REVIEW)
			continue;
		char day[11], created[32];
		day_format(e->day, day);
		export_time(e->created_at, created, sizeof created);
		if (json)
			fprintf(f, "%s{\"day\": \"%s\", \"created\": \"%s\"}", more ? ", " : "",
			        day, created);
		else
			fprintf(f, "%s,%s\n", day, created);
		more = true;
	}
	if (json)
		fputc(']', f);
	store_task_list_free(&l);
	store_task_events_free(&h);
	return TEND_OK;
}

static int reviews_csv(FILE *f, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	(void)cfg;
	return reviews(f, st, false, err);
}

static int reviews_json(FILE *f, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	(void)cfg;
	return reviews(f, st, true, err);
}

const struct export_table export_tasks = { "tasks", tasks_csv, tasks_json };
const struct export_table export_task_owners = { "task_owners", owners_csv, owners_json };
const struct export_table export_task_reviews = { "task_reviews", reviews_csv, reviews_json };
