/* ui_ctx: the dashboard's state, passed to every UI module (no globals), and
 * the data it shows, reloaded from the store when anything changes. */
#ifndef TEND_UI_CTX_H
#define TEND_UI_CTX_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "tend/app.h"
#include "tend/moved.h"
#include "tend/stats.h"
#include "tend/touch.h"
#include "tend/ui_color.h"
#include "tend/ui_curses.h"
#include "tend/ui_layout.h"

/* What must happen after a key was handled. */
enum ui_action { UI_NONE, UI_REDRAW, UI_RELAYOUT, UI_QUIT };

/* A key as wget_wch returns it: fn is true for KEY_* codes. */
struct ui_key {
	bool fn;
	wint_t ch;
};

enum ui_view_id {
	UI_VIEW_DASH,
	UI_VIEW_WEEK,
	UI_VIEW_HISTORY,
	UI_VIEW_HELP,
	UI_VIEW_PLAN,
	UI_VIEW_PRACTICES,
	UI_VIEW_SUPPORT,     /* when to get help (ui_support) */
	UI_VIEW_WISHES,      /* the wish list's flow (ui_wishes) */
	UI_VIEW_COUNT
};

struct ui;

/* A full-screen view (the dashboard is one too). */
struct ui_view {
	const char *name;
	void (*draw)(struct ui *ui);
	enum ui_action (*key)(struct ui *ui, struct ui_key k);
};

/* One undoable change made in this session. Changes saved together (the two
 * check-ins of one form) share a group and are undone together. */
enum ui_undo_type {
	UI_UNDO_ADDED, UI_UNDO_REPLACED, UI_UNDO_DELETED, UI_UNDO_EDITED,
	UI_UNDO_STAGE, /* an answer about the next touch stage (and the move) */
	UI_UNDO_PRACTICE, /* a change in a practice's own tables (ui_practices) */
};
struct ui;
struct tend_err;
struct ui_undo;
/* How a practice takes back one change of its own: undo reverses it in
 * the store (TEND_OK, or an error with err set; TEND_E_CONFLICT when it
 * was changed elsewhere since), done says what was undone ("Undone: the
 * talk of Mon 23 Nov."). The practice keeps what it needs in id, uid, rev
 * and what. */
struct ui_undo_practice {
	int (*undo)(struct ui *ui, const struct ui_undo *u, struct tend_err *err);
	void (*done)(const struct ui *ui, const struct ui_undo *u, char *buf, size_t size);
};
struct ui_undo {
	int type;
	int group;
	struct entry now;    /* the entry as saved (kind and id at least) */
	struct entry before; /* replaced or edited: the earlier version */
	int partner;         /* stage: who answered */
	struct store_stage stage_before, stage_after;
	/* UI_UNDO_PRACTICE */
	const struct ui_undo_practice *practice;
	int64_t id, uid, rev;
	int what;            /* the practice's own code: added, edited... */
};
#define UI_UNDO_MAX 64

/* An entry this session deleted. */
struct ui_gone {
	enum entry_kind kind;
	int64_t id, uid;
};

/* A yes/no question over the current view. */
struct ui_confirm {
	bool active;
	char question[200];
	void (*on_yes)(struct ui *ui);
	enum entry_kind kind;
	int64_t id;
};

/* The list of past entries opened from a panel. */
struct ui_history {
	unsigned kinds;
	char title[64];
	struct entry_list list;     /* newest first, as far as pages were read */
	bool more;                  /* older entries are still to be read */
	int sel, top;
};

struct ui_form;
struct ui_plan;
struct ui_review;
struct ui_ritual;
struct ui_objective;
struct rules_change;

/* A place on screen a click acts on: a footer key (the key it presses),
 * or a form's choice (field and choice, key 0). */
struct ui_click {
	int y, x, w;                /* screen line, first column, columns */
	wint_t key;
	int field, choice;
};
#define UI_CLICKS_MAX 32

struct ui {
	struct app *app;
	SCREEN *screen;
	struct sigaction saved_signals[4]; /* SIGINT, SIGTERM, SIGHUP, SIGQUIT before us */
	bool ascii;                 /* no UTF-8: ASCII sparklines and marks */
	struct ui_colors colors;
	char *name[2];              /* the partners' names, safe to draw */
	const char *label_touch;    /* "Touch" or, discreet, "Together" */

	struct ui_layout lay;
	WINDOW *win[UI_AREA_COUNT];
	WINDOW *full;               /* full-screen views and "too small" */
	WINDOW *pop;                /* forms and questions */
	int view;
	int focus;                  /* enum ui_area of the focused panel */

	/* Data, reloaded by ui_ctx_reload. */
	struct entry_list entries;  /* the days from load_from to load_to */
	tend_day load_from, load_to;
	tend_day week_start;        /* this week's first day */
	struct week_stats week;
	struct touch_week touch;    /* this week against the plan's touch target */
	struct day_stats today;
	struct store_stage stage;
	char *guidelines;           /* the stage-3 guidelines, NULL when none */
	int invite_turn;            /* whose turn to invite (invite_turn_on) */
	struct entry timeout;       /* the open time-out, when timeout_found */
	bool timeout_found;
	int64_t data_version;

	tend_day wv_start;          /* the week shown full screen */
	struct week_stats wv_week;
	struct touch_week wv_touch;
	struct ui_history hist;
	struct ui_form *form;
	struct ui_plan *plan;         /* the plan view's rows; NULL until it opens */
	struct ui_confirm confirm;
	int64_t asked_id;           /* the time-out whose return was asked about */

	struct ui_undo undo[UI_UNDO_MAX];
	int n_undo;
	int undo_group;

	/* The panic key: a plain screen until the return word and Enter. */
	bool panic;
	char panic_typed[16];
	bool title_ok;              /* the terminal takes a title (see ui_panic) */
	bool title_pushed;          /* and keeps a stack of them: pop at exit */
	time_t form_retry_at;       /* a form waiting for the write lock tries again */
	struct ui_gone *gone;       /* what this session deleted (or undid), */
	size_t n_gone, cap_gone;    /* to erase from the file when it quits */

	int help_top;               /* first help line shown (a short screen scrolls) */
	int practices_tab;          /* the practices screen's tab (ui_practices) */
	struct ui_task_tab *task_tab; /* the shared load's tab (ui_tab_task.c) */
	struct ui_objective *objective; /* the two sentences' tab (ui_tab_objective) */
	int evening_step;           /* the guided evening's step on screen (ui_evening) */
	bool evening_summary;       /* and its summary of the day is open */
	/* support: numbers or marks this session (config numbers, n toggles);
	 * the help screen's first line; what moved (ui_tab_moved). */
	bool numbers;
	int support_top;
	struct moved moved;
	struct ui_review *review;   /* the Review tab's week and answers */
	struct ui_ritual *ritual;   /* the rituals' tab (ui_tab_ritual) */
	struct ui_talk *talk;       /* the Talk tab's list (ui_tab_talk); NULL until drawn */
	struct store_window windows[2]; /* the open windows (ui_tab_window) */
	/* The ground rules' saves u can take back, oldest first (ui_tab_pace). */
	struct rules_change *rules_undo;
	size_t n_rules_undo;
	struct ui_wishes *wishes;   /* the wish list's flow (ui_wishes); NULL when closed */
	bool wishes_sealed[2];      /* who has answered (the Wishes tab) */
	struct ui_click clicks[UI_CLICKS_MAX]; /* what is clickable, as last drawn */
	int n_clicks;

	char msg[256];              /* a note in the footer until msg_until */
	time_t msg_until;
	bool msg_error;
	bool msg_pause;             /* the note is about the running pause */
	bool dirty, relayout, quit;
	time_t last_tick;
};

/* A new context for app; NULL when out of memory. */
struct ui *ui_ctx_new(struct app *app);
void ui_ctx_free(struct ui *ui);

/* Read everything the screens show from the store. */
int ui_ctx_reload(struct ui *ui, struct tend_err *err);
/* Reload, showing a failure in the footer instead of returning it. */
void ui_ctx_refresh(struct ui *ui);
/* Has another program written to the database since the last reload? */
bool ui_ctx_changed(struct ui *ui);

/* Show a note in the footer for a few seconds. */
/* Note that columns x..x+cols-1 of line y of w act like key (a footer
 * key) or pick a form's choice (key 0). */
void ui_ctx_clickable(struct ui *ui, WINDOW *w, int y, int x, int cols, wint_t key,
                      int field, int choice);

void ui_ctx_message(struct ui *ui, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A partner's name (1 or 2), safe to draw. */
const char *ui_ctx_name(const struct ui *ui, int partner);

/* Remember a change for `u`; start a group with ui_ctx_undo_group first. */
void ui_ctx_undo_group(struct ui *ui);
void ui_ctx_undo_push(struct ui *ui, int type, const struct entry *now,
                      const struct entry *before);
/* Remember an answer about the touch stage: the stage and both answers
 * before it and after it (after a move to the next stage too). */
void ui_ctx_undo_push_stage(struct ui *ui, int partner, const struct store_stage *before,
                            const struct store_stage *after);
/* Remember a change a practice made in its own tables (u->type is set to
 * UI_UNDO_PRACTICE; u->practice, id, uid, rev and what filled in). */
void ui_ctx_undo_push_practice(struct ui *ui, const struct ui_undo *u);
/* Undo the last group of changes. */
void ui_ctx_undo(struct ui *ui);
/* Delete an entry (undoably) and remember it to be erased at the end. */
int ui_ctx_delete(struct ui *ui, const struct entry *e, struct tend_err *err);
/* Erase for good what this session deleted and is still deleted (another
 * dashboard's deletes stay undoable there). */
int ui_ctx_purge(struct ui *ui, struct tend_err *err);

/* How many entries of kind partner logged on day (from the loaded days). */
int ui_ctx_count(const struct ui *ui, enum entry_kind kind, int partner, tend_day day);

/* What a kind of entry is called on screen ("check-in", "time-out", ...),
 * neutral for touch when the config is discreet. */
const char *ui_ctx_kind_label(const struct ui *ui, enum entry_kind kind);

/* Did a store call fail only because another tend holds the write lock? */
bool ui_ctx_busy(const struct tend_err *err);

/* Restore the terminal, say so and exit: out of memory is fatal. */
_Noreturn void ui_oom(void);

#endif
