/* ui_practices: the program's other practices (the two sentences, the
 * weekly talk, the shared load, rituals, reviews...), one tab each, on a
 * screen of their own a key away from the dashboard ('o'). The 80x24
 * dashboard is full; it only shows each practice's short note for today
 * (e.g. "talk this week") on its second line. */
#ifndef TEND_UI_PRACTICES_H
#define TEND_UI_PRACTICES_H

#include <stddef.h>

#include "tend/ui_ctx.h"

/* One practice's tab. Each is defined in its own ui_tab_NAME.c and listed
 * once in ui_practices.c. */
struct ui_tab {
	const char *title;    /* the tab's name, in full */
	/* Its name in the tab line when the full names do not all fit (80
	 * columns); NULL: the title is short already. */
	const char *short_title;
	/* Instead of both in discreet mode, short enough for the tab line;
	 * NULL: the titles. */
	const char *discreet_title;
	/* Draw the tab's body in w, lines y to y + rows - 1, columns 2 to
	 * getmaxx(w) - 3. */
	void (*draw)(struct ui *ui, WINDOW *w, int y, int rows);
	/* Keys for the tab; UI_NONE passes the key on (Esc, the arrows between
	 * tabs). NULL: the tab takes no keys. */
	enum ui_action (*key)(struct ui *ui, struct ui_key k);
	/* The tab's own keys for the key line (e.g. "n new  Enter open"). */
	const char *keys;
	/* Called when the screen opens and after every change saved anywhere,
	 * so the tab reloads what it shows; NULL: nothing to load. */
	void (*reload)(struct ui *ui);
	/* A few words for the dashboard's second line when this practice has
	 * something for today ("talk this week"); write nothing (buf[0] = 0)
	 * otherwise. NULL: never. */
	void (*note)(struct ui *ui, char *buf, size_t size);
};

extern const struct ui_view ui_practices_view;
/* The tabs (ui_tab_NAME.c). */
extern const struct ui_tab ui_tab_pace;
/* The ground rules' saves kept for undo, freed with the context. */
void ui_tab_pace_free(struct ui *ui);
extern const struct ui_tab ui_tab_moved; /* support: what moved */

/* The tabs, each in its ui_tab_NAME.c. */
extern const struct ui_tab ui_tab_review;
/* Free what the Review tab keeps in ui->review (ui_ctx_free calls it). */
void ui_tab_review_free(struct ui *ui);

/* The shared load (ui_tab_task.c); its state is freed with the context. */
extern const struct ui_tab ui_tab_task;
void ui_tab_task_free(struct ui *ui);
extern const struct ui_tab ui_tab_ritual;
extern const struct ui_tab ui_tab_window; /* the open windows */

/* The tabs, one per practice. */
extern const struct ui_tab ui_tab_talk;
/* The Talk tab's state, freed with the context. */
void ui_tab_talk_free(struct ui *ui);
/* The tabs, one file each. */
extern const struct ui_tab ui_tab_objective;
extern const struct ui_tab ui_tab_wishes; /* the wish list (ui_tab_wishes.c) */
/* Free what the two sentences' tab keeps in ui (ui_ctx_free). */
void ui_tab_objective_free(struct ui *ui);
/* The plan view's block of the two sentences (each partner's outcome, one
 * line each) from line y of w, once both are written; returns the lines
 * used (0 when nothing is shown). */
int ui_tab_objective_plan_block(struct ui *ui, WINDOW *w, int y);

/* touchmore: the two-tier menu, the invite turn and the stage-3 guidelines. */
extern const struct ui_tab ui_tab_menu;

/* Open the practices screen on its first tab, or on the tab titled title. */
void ui_practices_open(struct ui *ui, const char *title);
/* Reload every tab (after a change saved elsewhere). */
void ui_practices_reload(struct ui *ui);
/* What the dashboard's second line says of the other practices today. */
struct ui_notes {
	char text[320]; /* the notes shown, each whole, joined with " · " */
	/* After them, when some did not fit: " · +2 more: o" (or "3 notes: o"
	 * when none did); else "". */
	char more[32];
	int width;      /* the columns of both */
};
/* As many of today's notes (in the tabs' order) as fit whole in cols
 * columns, with a word on how many more the practices screen holds. */
void ui_practices_notes(struct ui *ui, int cols, struct ui_notes *out);

/* Open the new talk's form, or the open review's answers (the evening's
 * steps use them as the tabs' keys do). */
void ui_tab_talk_form(struct ui *ui);
void ui_tab_review_form(struct ui *ui);
/* The evening's steps of the rituals (today's, each marked kept or left
 * blank) and of the shared load's monthly review (the jobs under each
 * owner; Enter notes the review). */
void ui_tab_ritual_form(struct ui *ui);
void ui_tab_task_review_form(struct ui *ui);

#endif
