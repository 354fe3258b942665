/* export_task: the shared load as export tables: "tasks" (the jobs),
 * "task_owners" (each job's owners with their day) and "task_reviews". */
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

static void free_all(struct store_task_list *l, struct store_task_events *h)
{
	store_task_list_free(l);
	store_task_events_free(h);
}

static void task_row(struct export_out *o, const struct store_task *t,
                     const struct config *cfg)
{
	export_row_begin(o);
	export_int(o, "id", t->id);
	export_text(o, "name", t->name);
	export_partner(o, "owner", "owner_name", cfg, t->owner);
	export_text(o, "done", t->done);
	export_word(o, "every", t->cadence);
	export_day(o, "added", t->day);
	export_stamp(o, "created", t->created_at);
	export_row_end(o);
}

static int tasks_write(struct export_out *o, struct store *st, const struct config *cfg,
                       struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	if (export_header(o))
		task_row(o, &(struct store_task){ .day = DAY_INVALID }, cfg);
	for (size_t i = 0; i < l.n; i++)
		task_row(o, &l.v[i], cfg);
	free_all(&l, &h);
	return export_done(o, err);
}

/* A change of owner (the task_owners table) or a monthly review done
 * (task_reviews). */
static void event_row(struct export_out *o, const struct store_task_event *e,
                      const struct config *cfg)
{
	export_row_begin(o);
	if (e->type == STORE_TASK_OWNER) {
		export_int(o, "task", e->task);
		export_text(o, "name", e->name);
		export_day(o, "day", e->day);
		export_partner(o, "owner", "owner_name", cfg, e->owner);
		export_bool(o, "first", e->first);
	} else {
		export_day(o, "day", e->day);
		export_stamp(o, "created", e->created_at);
	}
	export_row_end(o);
}

static int events_write(struct export_out *o, struct store *st, const struct config *cfg,
                        int type, struct tend_err *err)
{
	struct store_task_list l;
	struct store_task_events h;
	if (load(st, &l, &h, err))
		return err->code;
	if (export_header(o))
		event_row(o, &(struct store_task_event){ .type = type, .day = DAY_INVALID }, cfg);
	for (size_t i = 0; i < h.n; i++)
		if (h.v[i].type == type)
			event_row(o, &h.v[i], cfg);
	free_all(&l, &h);
	return export_done(o, err);
}

static int owners_write(struct export_out *o, struct store *st, const struct config *cfg,
                        struct tend_err *err)
{
	return events_write(o, st, cfg, STORE_TASK_OWNER, err);
}

static int reviews_write(struct export_out *o, struct store *st, const struct config *cfg,
                         struct tend_err *err)
{
	return events_write(o, st, cfg, STORE_TASK_REVIEW, err);
}

const struct export_table export_tasks = { .name = "tasks", .write = tasks_write };
const struct export_table export_task_owners = { .name = "task_owners", .write = owners_write };
const struct export_table export_task_reviews = {
	.name = "task_reviews",
	.write = reviews_write,
};
