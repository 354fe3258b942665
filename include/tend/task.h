/* task: the shared load. Up to twelve recurring jobs that keep the couple's
 * life running, the thinking included; each has one owner "from noticing
 * to completing", what done looks like and how often it comes round. The
 * split shows as the jobs listed under each owner, never as a score; a
 * change of owner is kept with its day; the list is looked at again each
 * month from the day it was made. Both front ends call these rules. */
#ifndef TEND_TASK_H
#define TEND_TASK_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/day.h"
#include "tend/err.h"
#include "tend/store.h"

/* The most live jobs a list holds: the program's twelve. */
#define TASK_MAX 12
/* Characters in a job's name (one line) and in its cadence as typed. */
#define TASK_NAME_MAX_CHARS 60
#define TASK_CADENCE_MAX 32

/* A job's own fields: a name of one line (1 to TASK_NAME_MAX_CHARS
 * characters, valid UTF-8), an owner 1 or 2, what done looks like (up to
 * TEXT_MAX_CHARS characters), a cadence task_cadence_parse understands and
 * a day tend can hold. TEND_E_USAGE with a clear message otherwise. */
int task_check(const struct store_task *t, struct tend_err *err);

/* How often a job comes round, in the plan's words and a few more:
 * "daily", "N per day", "weekly", "N per week", "fortnightly", "monthly",
 * "N per month", "quarterly", "yearly" (any case, spaces trimmed). Writes
 * the canonical form into out; false when not understood. */
bool task_cadence_parse(const char *s, char *out, size_t size);
/* The canonical cadence in words: "every day", "twice a week", ... */
void task_cadence_describe(const char *cadence, char *buf, size_t size);

/* Save a new job: checked, its cadence made canonical, refused with
 * TEND_E_USAGE when the list already holds TASK_MAX jobs or one of the
 * same name (any case). The first job starts the list on t->day. */
int task_add(struct store *st, struct store_task *t, struct tend_err *err);
/* Save new words for a job (name, done, cadence; t->rev as read): the same
 * checks; TEND_E_CONFLICT when it was changed elsewhere. */
int task_edit(struct store *st, struct store_task *t, struct tend_err *err);
/* Give the job to owner from day on (kept in the history; *change names
 * the history row for undo); refused when owner already has it. */
int task_give(struct store *st, struct store_task *t, int owner, tend_day day,
              int64_t *change, struct tend_err *err);
/* Remove a job from the list (undoably, until the store purges it). */
int task_remove(struct store *st, const struct store_task *t, struct tend_err *err);

/* Erase for good a removed job and its history (when no undo is offered:
 * the command line). */
int task_erase(struct store *st, const struct store_task *t, struct tend_err *err);

/* The job ref names in l: its number as listed (1-based, in l's order) or
 * its name (any case). -1 with a usage error when there is none. */
int task_find(const struct store_task_list *l, const char *ref, struct tend_err *err);

/* The day k months after made: the same day of the month, or the month's
 * last day when the month is shorter (31 Jan + 1 = 28 or 29 Feb, + 2 =
 * 31 Mar). DAY_INVALID past the last day tend can hold. */
tend_day task_month_add(tend_day made, int k);
/* A review held up to this many days before a review day counts for it. */
#define TASK_REVIEW_EARLY_DAYS 7
/* The next review day of a list made on made: the first monthly day after
 * made that the last review (DAY_INVALID: none) has not covered. */
tend_day task_review_next(tend_day made, tend_day reviewed);
/* Whether the list's review is due on today (the list exists, and its next
 * review day has come). */
bool task_review_due(const struct store_task_state *s, tend_day today);
/* Fill in the plan tasks of ps measured by "task-review"
 * (PLAN_TASK_REVIEW): the times the list was looked over in the task's
 * period, a review noted or a job given to the other partner (a daily
 * task: the days with one). */
struct plan_status;
int task_plan_fill(struct store *st, struct plan_status *ps, struct tend_err *err);
/* Record today's review of the list; refused when there is no list yet. */
int task_review_mark(struct store *st, tend_day today, int64_t *id, int64_t *uid,
                     struct tend_err *err);

#endif
