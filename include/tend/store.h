/* store: the SQLite file that holds everything the couple logs.
 * The store never prints: each call returns TEND_OK or fills in err. */
#ifndef TEND_STORE_H
#define TEND_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "tend/day.h"
#include "tend/entry.h"
#include "tend/err.h"

/* PRAGMA application_id of every tend database ("tend" in ASCII). */
#define STORE_APPLICATION_ID 0x74656e64
/* The schema version this build writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION 17

struct store;

/* Open or create the database at path. A missing file (and its missing
 * directories, 0700) is created 0600. An existing file is checked before
 * anything is written to it: a directory, a non-SQLite file, a truncated or
 * corrupt one, another application's database or a newer schema are refused
 * with TEND_E_RUNTIME and left byte-for-byte unchanged. Then migrations run. */
struct store *store_open(const char *path, struct tend_err *err);
/* For commands that only read an existing database: when nothing can be
 * written there (a read-only disk, no permission on the file or its
 * folder), it is opened read-only and nothing is made beside it; else the
 * same as store_open. store_open itself refuses such a file plainly. */
struct store *store_open_read(const char *path, struct tend_err *err);
/* Whether st was opened read-only by store_open_read. */
bool store_read_only(const struct store *st);
/* Accepts NULL. */
void store_close(struct store *st);
const char *store_path(const struct store *st);

/* Record the partners' current names by slot (1, 2); history follows the slot. */
int store_set_partners(struct store *st, const char *name1, const char *name2,
                       struct tend_err *err);

/* Save a new entry of any kind; fills e->id, e->created_at (now when 0) and
 * e->rev. A check-in replaces the same partner's check-in for that day: the
 * replaced one is copied into *replaced (when not NULL; replaced->id == 0 when
 * nothing was replaced) so that the caller can offer undo. */
int store_add(struct store *st, struct entry *e, struct entry *replaced,
              struct tend_err *err);

/* Many changes as one transaction (one fsync), for programs that fill a
 * database (the benchmarks' history generator): between the two, every
 * store call joins the batch instead of saving on its own. When any of
 * them failed, store_batch_end saves nothing of the batch. */
int store_batch_begin(struct store *st, struct tend_err *err);
int store_batch_end(struct store *st, struct tend_err *err);

/* Overwrite a saved entry's fields. Fails with TEND_E_CONFLICT, changing
 * nothing, when e->rev is not the stored rev (someone else saved first), the
 * entry was deleted, or e->uid is not the stored one (the id is another
 * entry's now: a replaced check-in, a restored older database). On success
 * e->rev is the new rev. */
int store_update(struct store *st, struct entry *e, struct tend_err *err);

/* Delete the entry e names (kind, id and uid must all match), undoably:
 * it disappears from every list until store_undelete brings it back or
 * store_purge_deleted erases it. */
int store_delete(struct store *st, const struct entry *e, struct tend_err *err);
int store_undelete(struct store *st, const struct entry *e, struct tend_err *err);
/* Erase for good every entry deleted before the given unix time (secure_delete
 * overwrites the freed bytes, and the WAL is emptied). A deleted entry stays
 * in the file until this runs: app_close calls it for everything deleted so
 * far, since undo lives only as long as one dashboard session. Needs no
 * write lock when nothing was deleted. */
int store_purge_deleted(struct store *st, int64_t before, struct tend_err *err);

/* Erase every entry of every kind, deleted or not, the ticks and the touch
 * stage (the partners' names stay), then compact the file and empty the WAL
 * so that none of the erased text is left in either. Fails after erasing
 * when another connection's read keeps the WAL from being emptied (running
 * it again then finishes the job). Backups are files of their own: see
 * store_backup_remove_all. */
int store_forget_all(struct store *st, struct tend_err *err);

/* Erase for good the entry e names (kind, id, uid) when it is deleted (a
 * live entry is left alone), so that a dashboard erases what it deleted
 * without touching another dashboard's undoable deletes. */
int store_purge_entry(struct store *st, const struct entry *e, struct tend_err *err);

/* Fetch one live entry; TEND_E_RUNTIME with "no such entry" when absent. */
int store_get(struct store *st, enum entry_kind kind, int64_t id,
              struct entry *out, struct tend_err *err);

/* Append to out every live entry whose kind is in kinds (ENTRY_MASK bits) and
 * whose day is in [from, to], ordered by day, then created_at, then id. */
int store_list(struct store *st, tend_day from, tend_day to, unsigned kinds,
               struct entry_list *out, struct tend_err *err);
/* Every live entry of every kind, for export. */
int store_list_all(struct store *st, struct entry_list *out, struct tend_err *err);
/* One page of a history, newest first: append to out up to n live entries
 * of the kinds in mask that come before *after in store_list's order (day,
 * created_at, id, kind), the newest of them first; after NULL starts from
 * the newest of all. The next page starts after the last one appended.
 * Each page costs the same however long the history is. */
int store_page(struct store *st, unsigned kinds, const struct entry *after, size_t n,
               struct entry_list *out, struct tend_err *err);

/* The most recent time-out called at or after since (unix seconds) that has
 * no return yet; found=false when none. Callers pass now minus the return
 * window, so a time-out nobody came back from stops counting as running. */
int store_timeout_open(struct store *st, int64_t since, struct entry *out,
                       bool *found, struct tend_err *err);
/* Save the new time-out e unless one called at or after since is still
 * open: then *found is set, that one goes to *open and nothing is saved.
 * The look and the save are one transaction. */
int store_timeout_call(struct store *st, int64_t since, struct entry *e,
                       struct entry *open, bool *found, struct tend_err *err);
int store_timeout_return(struct store *st, int64_t id, int64_t when,
                         struct tend_err *err);
int store_timeout_schedule(struct store *st, int64_t id, int64_t when,
                           struct tend_err *err);

/* Staged touch: the current stage (1 when never set), since which day, and
 * whether each partner has said they are ready for the next one. */
struct store_stage {
	int stage;
	tend_day since;  /* DAY_INVALID when never changed */
	bool ready[2];   /* [0] partner 1, [1] partner 2 */
};
int store_stage_get(struct store *st, struct store_stage *out, struct tend_err *err);
int store_stage_set_ready(struct store *st, int partner, bool ready,
                          struct tend_err *err);
/* Move to stage (1..3) from day on, clearing both ready flags. */
int store_stage_set(struct store *st, int stage, tend_day day, struct tend_err *err);
/* Read the stage, let change() edit it (TEND_OK, or an error code with err
 * set to refuse), and write what it made: one transaction, so an answer and
 * the move it causes are saved together or not at all, also with a second
 * tend saving at the same moment. before and after may be NULL. */
typedef int (*store_stage_fn)(struct store_stage *stage, void *ctx, struct tend_err *err);
int store_stage_change(struct store *st, store_stage_fn change, void *ctx,
                       struct store_stage *before, struct store_stage *after,
                       struct tend_err *err);

/* Hand-ticked plan tasks, keyed by the task's key and the first day of the
 * period it counts for (its week, or the day for daily tasks). */
int store_tick_get(struct store *st, const char *task, tend_day period,
                   bool *done, struct tend_err *err);
int store_tick_set(struct store *st, const char *task, tend_day period,
                   bool done, struct tend_err *err);

/* A consistent copy through SQLite's online backup API, written 0600 to a
 * temporary name ("DEST.tmp-XXXXXX") and renamed into place, also while
 * others write. A tend killed mid-copy can leave the temporary file behind,
 * never a partial DEST. */
int store_backup(struct store *st, const char *dest, struct tend_err *err);

/* How many daily backups store_backup_daily keeps. */
#define STORE_BACKUP_KEEP 7
/* "<folder of the database>/backups" for a database named tend.db, else
 * "<folder>/backups-<file name>": where the daily backups and the safety
 * copies made before a restore go. Malloc'd; NULL when out of memory. */
char *store_backup_dir(const struct store *st);
/* The same for the database file db_path, open or not. */
char *store_backup_dir_of(const char *db_path);
/* When dir (created 0700) holds no "tend-YYYY-MM-DD.db" for today, make one
 * with store_backup; then delete all but the newest keep of them (and
 * temporary files that killed backups left there over an hour ago). */
int store_backup_daily(struct store *st, const char *dir, tend_day today,
                       int keep, struct tend_err *err);
/* How many copies of a damaged database dir holds: they keep what was in
 * it, deleted entries too, until they are deleted or forget removes them. */
int store_backup_count_damaged(const char *dir);
/* Delete every backup tend made in dir (daily, before-restore, leftover
 * temporary files); *removed counts them. A missing dir is no error. */
int store_backup_remove_all(const char *dir, int *removed, struct tend_err *err);

/* Replace everything in the database with the backup src. src is checked
 * like store_open checks a file (a tend database, not newer, not damaged)
 * and is only read, never written; an older schema is brought up to date in
 * a temporary copy. The current data is first saved as
 * "tend-before-restore-YYYYMMDD-HHMMSS.db" in store_backup_dir, whose path
 * goes to *safety (malloc'd; may be NULL). The copy goes through the live
 * connection, so every open tend sees the change. */
/* Whether the file at path is a damaged database: empty, not SQLite, cut
 * short, or failing quick_check (not: another program's database, one from
 * a newer tend, or one that is busy). */
bool store_file_damaged(const char *path);
/* When the database file at path is damaged, or its WAL is (see
 * store_drop_damaged), move it (and its WAL) into its backups folder as tend-damaged-YYYYMMDD-HHMMSS.db, so that a restore can
 * start afresh; *moved_to (malloc'd) says where, NULL when it was fine. */
int store_set_aside_damaged(const char *path, char **moved_to, struct tend_err *err);
/* Go on without the damaged part of the WAL beside path (which store_open
 * refuses): copies of the database and the WAL are kept in its backups
 * folder first (*kept, malloc'd), then the WAL is cut at the damage, so
 * that the changes saved before it are kept and the *lost saved after it
 * are left out. Nothing to do (kept NULL) when the WAL is not damaged;
 * TEND_E_BUSY when another tend has the database open. */
int store_drop_damaged(const char *path, char **kept, long *lost, struct tend_err *err);
int store_restore(struct store *st, const char *src, char **safety,
                  struct tend_err *err);

/* Changes when another connection commits (PRAGMA data_version); -1 on error. */
int64_t store_data_version(struct store *st);

/* The shared load (task.h has the rules): the couple's recurring jobs,
 * each with one owner, the changes of owner with their day, the list's
 * start day and the monthly reviews. */
struct store_task {
	int64_t id, uid, rev, created_at;
	char *name;      /* owned */
	char *done;      /* what done looks like; owned */
	char *cadence;   /* how often it comes round, in task_cadence_parse's words */
	int owner;       /* 1 or 2 */
	tend_day day;    /* the day it was added */
};
struct store_task_list {
	struct store_task *v;
	size_t n, cap;
};
/* Accepts NULL and zeroed values. */
void store_task_clear(struct store_task *t);
void store_task_list_free(struct store_task_list *l);
/* The live jobs, the first partner's first, then by the day added and id. */
int store_task_list(struct store *st, struct store_task_list *out, struct tend_err *err);
/* The core's check of a new or edited job against the live ones (t->id 0:
 * a new one), called inside the saving transaction. */
typedef int (*store_task_check_fn)(const struct store_task_list *live,
                                   const struct store_task *t, struct tend_err *err);
/* Save a new job when check passes: fills id, uid, rev, created_at (now
 * when 0); its owner goes into the history from t->day on, and t->day
 * starts the list when it had no start. */
int store_task_add(struct store *st, struct store_task *t, store_task_check_fn check,
                   struct tend_err *err);
/* Overwrite name, done and cadence when check passes; TEND_E_CONFLICT when
 * rev or uid is not the stored one or the job was removed. Fills t->rev. */
int store_task_update(struct store *st, struct store_task *t, store_task_check_fn check,
                      struct tend_err *err);
/* Give the job t (id, uid, rev) to owner from day on, kept in the history
 * (*change: its row, for undo). Fills t->rev and t->owner. */
int store_task_set_owner(struct store *st, struct store_task *t, int owner, tend_day day,
                         int64_t *change, struct tend_err *err);
/* Take back the change of owner made by store_task_set_owner: the job
 * (at rev t->rev) goes back to owner and the history row is erased. */
int store_task_owner_undo(struct store *st, struct store_task *t, int owner,
                          int64_t change, struct tend_err *err);
/* Remove the job (id and uid must match), undoably; the list loses its
 * start day when no job is left. Undelete brings it back (and a start). */
int store_task_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
int store_task_undelete(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
/* The list's start (DAY_INVALID: no list) and its last review (DAY_INVALID:
 * none yet; review_id and review_uid name it). */
struct store_task_state {
	tend_day made, reviewed;
	int64_t review_id, review_uid;
};
int store_task_state(struct store *st, struct store_task_state *out, struct tend_err *err);
/* Record a review of the list held on day; *id and *uid name it (undo). */
int store_task_review_add(struct store *st, tend_day day, int64_t *id, int64_t *uid,
                          struct tend_err *err);
int store_task_review_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
/* The history: each job's owners with their days, and the reviews. */
enum { STORE_TASK_OWNER, STORE_TASK_REVIEW };
struct store_task_event {
	int type;          /* STORE_TASK_OWNER or STORE_TASK_REVIEW */
	tend_day day;
	int64_t task;      /* the job's id (owner) */
	char *name;        /* the job's name (owner), owned */
	int owner;         /* the owner from that day (owner) */
	bool first;        /* its first owner: the day the job was added */
	int64_t created_at;
};
struct store_task_events {
	struct store_task_event *v;
	size_t n, cap;
};
void store_task_events_free(struct store_task_events *l);
/* Oldest first; changes of owner of live jobs only. */
int store_task_history(struct store *st, struct store_task_events *out,
                       struct tend_err *err);
/* Erase for good one removed job (with its history) or one review taken
 * back (review true), named by id and uid; a live one is left alone. */
int store_task_erase(struct store *st, bool review, int64_t id, int64_t uid,
                     struct tend_err *err);
/* Inside store_forget_all's transaction: erase every job, change, review
 * and the list's start. */
int store_task_forget(struct store *st, struct tend_err *err);
/* objective: the two sentences and the origin (see tend/objective.h).
 * Versions are only ever added; delete marks one deleted (undo), and it
 * is erased for good by store_purge_deleted. */
struct objective_version;
struct objective_list;
/* Save v as a new version (fills id, uid, rev and created_at when 0). */
int store_objective_add(struct store *st, struct objective_version *v,
                        struct tend_err *err);
/* Append every live version and mark, oldest first. */
int store_objective_list(struct store *st, struct objective_list *out,
                         struct tend_err *err);
/* Mark the version id (with uid) deleted; TEND_E_CONFLICT when gone. */
int store_objective_delete(struct store *st, int64_t id, int64_t uid,
                           struct tend_err *err);
/* A new origin note; the newest live one counts. */
int store_objective_origin_add(struct store *st, int origin, tend_day day, int64_t *id,
                               int64_t *uid, struct tend_err *err);
/* The newest live origin note (*origin 0 when none). */
int store_objective_origin_get(struct store *st, int *origin, tend_day *day,
                               int64_t *id, int64_t *uid, struct tend_err *err);
/* Every live origin note, oldest first, into *out (malloc'd; *n of them). */
struct objective_origin_note;
int store_objective_origins(struct store *st, struct objective_origin_note **out,
                            size_t *n, struct tend_err *err);
int store_objective_origin_delete(struct store *st, int64_t id, int64_t uid,
                                  struct tend_err *err);
/* ---- pace: the program's pauses (store_pace.c) ---- */
struct pace;
struct pace_pause;
/* The live pauses, oldest first, into *out (replacing what it held). */
int store_pause_list(struct store *st, struct pace *out, struct tend_err *err);
/* A new running pause from pp->from (sets id, uid, rev); TEND_E_CONFLICT
 * when a live pause runs on or after that day. */
int store_pause_add(struct store *st, struct pace_pause *pp, struct tend_err *err);
/* Set the end of the pause pp (id, uid, rev must match; DAY_INVALID: it
 * runs again, refused when a later pause exists). */
int store_pause_set_end(struct store *st, const struct pace_pause *pp, tend_day to,
                        struct tend_err *err);
/* Mark the pause pp deleted (undoable until purged). */
int store_pause_delete(struct store *st, const struct pace_pause *pp,
                       struct tend_err *err);
/* Erase the pauses deleted before the time. */
int store_pause_purge(struct store *st, int64_t before, struct tend_err *err);
/* support: the note that nothing has moved, put aside (store_support.c).
 * The last day it was put aside into *last (DAY_INVALID: never; also for a
 * database opened read-only from before the table existed). */
int store_support_dismissed(struct store *st, tend_day *last, struct tend_err *err);
/* Put the note aside on day; *id (may be NULL) names it for undo. */
int store_support_dismiss(struct store *st, tend_day day, int64_t *id,
                          struct tend_err *err);
/* Take back the putting aside id (undo); TEND_E_CONFLICT when it is gone
 * already (forget ran elsewhere). */
int store_support_undismiss(struct store *st, int64_t id, struct tend_err *err);
/* Every time it was put aside, oldest first, to fn (which returns non-zero
 * to stop, the status then returned), for export. */
int store_support_each(struct store *st,
                       int (*fn)(void *ctx, tend_day day, int64_t at), void *ctx,
                       struct tend_err *err);

/* evening: the guided evening. Where the couple got to on day: a step's
 * key ("" when the evening of that day has not begun). Setting it forgets
 * the evenings of more than a week before day: only the place is kept. */
int store_evening_get(struct store *st, tend_day day, char *step, size_t size,
                      struct tend_err *err);
int store_evening_set(struct store *st, tend_day day, const char *step,
                      struct tend_err *err);

/* review: the answers to the closing and quarterly reviews (tend/review.h).
 * A partner's second answer to one review replaces the first, which is
 * deleted (undoably, until the purge) and named in the new one's replaces. */
struct review_answer;
struct review_answer_list;
/* Save a new answer (id, uid, rev, created_at filled in), deleting the same
 * partner's live answer to the same review in the same transaction;
 * *replaced gets its id (0: none). */
int store_review_add(struct store *st, struct review_answer *a, int64_t *replaced,
                     struct tend_err *err);
/* Take back the answer id (uid and rev must match: TEND_E_CONFLICT when it
 * changed or went since) and bring back the one it replaced, if still kept. */
int store_review_undo(struct store *st, int64_t id, int64_t uid, int64_t rev,
                      struct tend_err *err);
/* The live answers, by review then partner; which < 0: every review (a
 * read of the whole table: for the history and the export only). */
int store_review_list(struct store *st, int which, struct review_answer_list *out,
                      struct tend_err *err);
/* ritual: rituals of connection (store_ritual.c). A ritual, the stretches
 * it was paused on purpose, and the occurrences marked done. */
struct store_ritual {
	int64_t id, uid, rev;
	char *name;
	unsigned days;      /* bit d for weekday d (DAY_MON = bit 0) */
	int at;             /* minutes after midnight, -1 for no time */
	tend_day since;     /* its first day */
	int64_t created_at;
};
struct store_ritual_pause {
	int64_t id, ritual;
	tend_day from, to;  /* paused on [from, to); to DAY_INVALID: still paused */
	char *reason;       /* NULL when none was given */
	int64_t created_at;
};
struct store_ritual_mark {
	int64_t ritual;
	tend_day day;
	int64_t created_at;
};
struct store_rituals {
	struct store_ritual *v;
	size_t n;
	struct store_ritual_pause *pauses;  /* by ritual, then from */
	size_t n_pauses;
	struct store_ritual_mark *marks;    /* by ritual, then day */
	size_t n_marks;
};
/* Every live ritual (in the order they were added) with the pauses that
 * reach into days from..to (and every one still running), and the marks
 * of those days. */
int store_ritual_load(struct store *st, tend_day from, tend_day to,
                      struct store_rituals *out, struct tend_err *err);
/* Accepts a zeroed or loaded set. */
void store_rituals_free(struct store_rituals *r);
/* Save a new ritual; fills r->id, uid, rev and created_at. */
int store_ritual_add(struct store *st, struct store_ritual *r, struct tend_err *err);
/* Delete (undoably) or bring back the ritual id with uid; TEND_E_CONFLICT
 * when there is none such to change. */
int store_ritual_delete(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
int store_ritual_undelete(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
/* Erase for good the deleted ritual id with uid, its marks and pauses (a
 * live one is left alone). */
int store_ritual_erase(struct store *st, int64_t id, int64_t uid, struct tend_err *err);
/* Mark the occurrence of day done, or take the mark away; *changed says
 * whether anything changed. */
int store_ritual_mark(struct store *st, int64_t id, tend_day day, bool done,
                      bool *changed, struct tend_err *err);
/* Start a pause from day on (fills *pause_id), end pause_id on day (to
 * DAY_INVALID opens it again), or remove it (undoing a pause). */
int store_ritual_pause(struct store *st, int64_t id, tend_day day, const char *reason,
                       int64_t *pause_id, struct tend_err *err);
int store_ritual_resume(struct store *st, int64_t pause_id, tend_day to,
                        struct tend_err *err);
int store_ritual_pause_drop(struct store *st, int64_t pause_id, struct tend_err *err);

/* talk: the weekly talks (struct talk, tend/talk.h) and the couple's
 * decision to end the plan's temporary transparency. An update or a delete
 * must match id and uid (and rev for an update): TEND_E_CONFLICT otherwise. */
struct talk;
struct talk_list;
int store_talk_add(struct store *st, struct talk *t, struct tend_err *err);
int store_talk_update(struct store *st, struct talk *t, struct tend_err *err);
/* Delete (undoably, del true) or bring back (del false) one talk. */
int store_talk_delete(struct store *st, int64_t id, int64_t uid, bool del,
                      struct tend_err *err);
int store_talk_get(struct store *st, int64_t id, struct talk *out, struct tend_err *err);
/* Append the live talks held from..to, newest first. */
int store_talk_list(struct store *st, tend_day from, tend_day to, struct talk_list *out,
                    struct tend_err *err);
int store_talk_count(struct store *st, tend_day from, tend_day to, int *n,
                     struct tend_err *err);
/* The day transparency was ended (DAY_INVALID: never); set DAY_INVALID to
 * take the decision back. */
int store_transparency_get(struct store *st, tend_day *ended_on, struct tend_err *err);
int store_transparency_set(struct store *st, tend_day ended_on, struct tend_err *err);

/* windows: the couple's two weekly open windows (store_window.c), one live
 * row per slot. Deleting marks the row (undo brings it back); a window is
 * kept, never scored, so nothing else is stored about it. */
struct store_window {
	int64_t id, uid, rev; /* id 0: the slot is not set */
	int slot;             /* 1 or 2 */
	int weekday;          /* DAY_MON .. DAY_SUN */
	int at;               /* minutes after midnight */
	int minutes;          /* how long; 0: not said */
	int64_t created_at;
};
/* The live window of each slot into v[0] and v[1] (id 0 where unset). */
int store_window_load(struct store *st, struct store_window v[2], struct tend_err *err);
/* Set w->slot: the live row of the slot, if any, must be old_id/old_uid
 * (0: none) and is deleted in the same transaction; w gets id, uid, rev.
 * TEND_E_CONFLICT when the slot changed elsewhere meanwhile. */
int store_window_set(struct store *st, struct store_window *w, int64_t old_id,
                     int64_t old_uid, struct tend_err *err);
/* Delete (del true) or bring back (del false) the window id with uid;
 * bringing back needs its slot free. TEND_E_CONFLICT otherwise. */
int store_window_delete(struct store *st, int64_t id, int64_t uid, bool del,
                        struct tend_err *err);
/* ical (issue 12): the database's own random name, 16 hex digits, for the
 * calendar's UIDs; "" when the file has none (an older one opened
 * read-only). */
int store_calendar_id(struct store *st, char out[17], struct tend_err *err);
/* touchmore (issue 10): what a touch session says beyond itself (who
 * invited, the menu's tier and item: struct entry's initiator, tier and
 * item, saved and read with the session), and the stage-3 guidelines,
 * kept as a history; no column says who wrote them. */
/* The newest guidelines (*text NULL: none; malloc'd) and when they were
 * written. */
int store_guideline_get(struct store *st, char **text, int64_t *created_at,
                        struct tend_err *err);
/* Who invited the latest live session up to day that says so (by day,
 * then by when it was logged); *who 0 when none does. */
int store_touch_last_initiator(struct store *st, tend_day day, int *who,
                               struct tend_err *err);
/* Call fn for each guidelines text kept (the live ones, oldest first). */
int store_guideline_each(struct store *st, int (*fn)(void *ctx, int64_t written_at,
                                                     const char *text),
                         void *ctx, struct tend_err *err);
/* Keep text as the guidelines from now on (the earlier ones stay as the
 * history); NULL clears them (deleted, so the purge erases them). */
int store_guideline_set(struct store *st, const char *text, struct tend_err *err);
/* wishes: each partner's sealed wish-list answers (one record each, see
 * tend/seal_module.h); the store never sees them unsealed. */
struct seal_box;
/* Partner's record into *out; *found false when they have none. */
int store_wish_get(struct store *st, int partner, struct seal_box *out, bool *found,
                   struct tend_err *err);
/* Keep b as partner's record, in place of the one before (same row). */
int store_wish_put(struct store *st, int partner, const struct seal_box *b,
                   struct tend_err *err);
/* Erase partner's record for good, from the WAL and the automatic backups
 * too; *erased false when there was none. */
int store_wish_erase(struct store *st, int partner, bool *erased, struct tend_err *err);
/* Whether each partner has a record (sealed[0]: partner 1). */
int store_wish_sealed(struct store *st, bool sealed[2], struct tend_err *err);


/* store_glance: a note beside the database ("FILE-glance") that keeps a
 * few numbers read from it (at most STORE_GLANCE_MAX) with the state the
 * database and its WAL were in (the key: device, inode, size and
 * modification time of each), so that a status bar can be answered without SQLite while
 * nothing has changed. Take the key before reading the database; a note is
 * read back only when the files still match it and it was made at least
 * two seconds (by the file system's clock) after their last change. It
 * holds no text. store_forget_all removes it. */
enum { STORE_GLANCE_KEY = 9, STORE_GLANCE_MAX = 8 };
struct store_glance_key {
	int64_t v[STORE_GLANCE_KEY];
};
/* false when the database is not a readable regular file. */
bool store_glance_key(const char *path, struct store_glance_key *k);
bool store_glance_read(const char *path, const struct store_glance_key *k,
                       int64_t *v, size_t n);
void store_glance_write(const char *path, const struct store_glance_key *k,
                        const int64_t *v, size_t n);
void store_glance_remove(const char *path);

#endif
