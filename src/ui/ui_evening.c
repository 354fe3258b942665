/* ui_evening: the guided evening as a table of steps. Each step opens the
 * same form as its own key (so every rule stays where it is); when the form
 * closes the evening goes on: a save keeps a repeating step (gestures) open
 * while it is still due, Esc goes to the next step. A step with nothing to
 * do is passed over with a word. The place reached is kept per day in the
 * store, so `e` resumes there after quitting. */
#include "tend/ui_evening.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/evening.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_forms.h"
#include "tend/ui_practices.h"

struct ui_evening_step {
	const char *key;           /* kept as the place reached: never change it */
	const char *title;         /* "gestures", for the notes */
	const char *discreet_title; /* NULL: title */
	evening_due_fn due;        /* the core's rule: has it something to do today? */
	void (*open)(struct ui *ui); /* open its form */
	bool again;                /* after a save, the form comes again while due */
};

static void open_gesture(struct ui *ui) { ui_forms_new(ui, ENTRY_GESTURE); }
static void open_repair(struct ui *ui) { ui_forms_new(ui, ENTRY_REPAIR); }
static void open_touch(struct ui *ui) { ui_forms_new(ui, ENTRY_TOUCH); }

/* The evening in the order the program suggests. A practice adds its step
 * with one line here: its key (stored: never renamed), its title (and a
 * discreet one), its core due function (an evening_due_fn) and the function
 * that opens its form, e.g.
 *	{ "talk", "the week's talk", NULL, talk_evening_due, ui_talk_new, false },
 * The step's form must be a ui_form (ui->form) for the evening to follow
 * it; a step that opens none is passed over. */
static const struct ui_evening_step steps[] = {
	{ "checkin", "check-ins", NULL, evening_checkin_due, ui_forms_checkin, false },
	{ "gestures", "gestures", NULL, evening_gestures_due, open_gesture, true },
	{ "repairs", "a repair", NULL, evening_repairs_due, open_repair, false },
	{ "touch", "touch", "time together", evening_touch_due, open_touch, false },
	{ "talk", "the week's talk", NULL, evening_talk_due, ui_tab_talk_form, false },
	{ "rituals", "today's rituals", NULL, evening_rituals_due, ui_tab_ritual_form, false },
	{ "task-review", "the shared load's monthly look", NULL, evening_task_review_due,
	  ui_tab_task_review_form, false },
	{ "review", "the review", NULL, evening_review_due, ui_tab_review_form, false },
};
#define N_STEPS ((int)(sizeof steps / sizeof *steps))

static void step_done(struct ui *ui, bool saved);

/* Columns of a note that fit in the footer of an 80-column dashboard. */
enum { FOOTER_FITS = 76 };

static void evening_ctx_of(const struct ui *ui, struct evening_ctx *c)
{
	*c = (struct evening_ctx){
		.st = ui->app->st, .plan = &ui->app->plan, .cfg = &ui->app->cfg,
		.today = ui->app->today, .start = app_plan_start(ui->app, ui->app->today),
		.now = time(NULL), .entries = &ui->entries,
		.stage = &ui->stage, .app = ui->app,
	};
}

static const char *step_title(const struct ui *ui, int i)
{
	const struct ui_evening_step *s = &steps[i];
	return ui->app->cfg.discreet && s->discreet_title ? s->discreet_title : s->title;
}

/* Keep the place reached; a failure to keep it is said, the evening goes on. */
static void place_keep(struct ui *ui, const char *key)
{
	struct tend_err err = { 0 };
	if (evening_place_set(ui->app->st, ui->app->today, key, &err) != TEND_OK)
		ui_ctx_message(ui, true, "The evening goes on, but where you got to was not kept: %s",
		               err.msg);
}

/* The footer note: what came before (lead, may be "") and then the words
 * of the steps passed over, as one sentence. */
static void note(struct ui *ui, const char *lead, const char *words)
{
	if (words[0] == '\0') {
		if (lead[0] != '\0')
			ui_ctx_message(ui, false, "%s", lead);
		return;
	}
	char w[256];
	snprintf(w, sizeof w, "%s", words);
	if (w[0] >= 'a' && w[0] <= 'z')
		w[0] = (char)(w[0] - 'a' + 'A');
	/* The footer holds one line: when both do not fit, the words win. */
	if (text_width(lead) + text_width(w) + 2 > FOOTER_FITS)
		lead = "";
	ui_ctx_message(ui, false, "%s%s%s.", lead, lead[0] ? " " : "", w);
}

static void summary_open(struct ui *ui)
{
	place_keep(ui, EVENING_DONE);
	ui->evening_summary = true;
	ui->dirty = true;
}

/* Show the first step from `from` on that has something to do, passing
 * over the others with a word; after the last, the summary. */
static void show_from(struct ui *ui, int from, const char *lead)
{
	ui_ctx_refresh(ui);
	for (;;) {
		struct evening_ctx c;
		evening_ctx_of(ui, &c);
		evening_due_fn due[N_STEPS];
		for (int i = 0; i < N_STEPS; i++)
			due[i] = steps[i].due;
		char words[200];
		int at = evening_next(&c, due, N_STEPS, from, words, sizeof words);
		note(ui, lead, words);
		lead = "";
		if (at >= N_STEPS) {
			summary_open(ui);
			return;
		}
		place_keep(ui, steps[at].key);
		ui->evening_step = at;
		steps[at].open(ui);
		if (ui->form != NULL) {
			char title[sizeof ui->form->title + 32];
			snprintf(title, sizeof title, "Evening %d/%d: %s", at + 1, N_STEPS,
			         ui->form->title);
			snprintf(ui->form->title, sizeof ui->form->title, "%.*s",
			         (int)sizeof ui->form->title - 1, title);
			ui->form->done = step_done;
			ui->form->esc_word = "next step";
			return;
		}
		/* The step opened no form (it said why in the footer): go on. */
		from = at + 1;
	}
}

/* A step's form closed: saved, a repeating step comes again while it is
 * due, others go on; Esc goes on to the next step. */
static void step_done(struct ui *ui, bool saved)
{
	int at = ui->evening_step;
	if (at < 0 || at >= N_STEPS)
		return;
	/* What the form said as it closed ("Saved a gesture by Sam.") leads
	 * the words of the steps passed over. */
	char lead[256] = "";
	if (ui->msg[0] != '\0' && time(NULL) < ui->msg_until)
		snprintf(lead, sizeof lead, "%s", ui->msg);
	show_from(ui, saved && steps[at].again ? at : at + 1, lead);
}

void ui_evening_start(struct ui *ui)
{
	char place[EVENING_KEY_MAX + 1] = "";
	struct tend_err err = { 0 };
	ui->msg[0] = '\0';
	if (evening_place_get(ui->app->st, ui->app->today, place, sizeof place, &err) != TEND_OK)
		ui_ctx_message(ui, true, "Starting from the top: %s", err.msg);
	const char *keys[N_STEPS];
	for (int i = 0; i < N_STEPS; i++)
		keys[i] = steps[i].key;
	int at = evening_resume(keys, N_STEPS, place);
	char lead[160];
	if (at > 0)
		snprintf(lead, sizeof lead, "Back where you left off: %s.", step_title(ui, at));
	else
		snprintf(lead, sizeof lead, "The evening, about ten minutes; Esc moves on.");
	show_from(ui, at, lead);
}

void ui_evening_draw(struct ui *ui)
{
	struct evening_ctx c;
	evening_ctx_of(ui, &c);
	char lines[EVENING_LINES_MAX][EVENING_LINE];
	int n = evening_summary(&c, lines, EVENING_LINES_MAX);
	WINDOW *w = ui_form_popup(ui, n + 6, 76);
	if (w == NULL)
		return;
	char day[16], title[48];
	day_format_short(ui->app->today, day);
	snprintf(title, sizeof title, "Tonight, %s", day);
	ui_draw_box(ui, w, title, true);
	for (int i = 0; i < n; i++)
		ui_draw_text(ui, w, 2 + i, 2, getmaxx(w) - 4, i == n - 1 ? UI_ROLE_TITLE : UI_ROLE_TEXT,
		             lines[i]);
	ui_draw_text(ui, w, n + 3, 2, getmaxx(w) - 4, UI_ROLE_DIM,
	             "Any key closes. e goes through the evening again.");
	curs_set(0);
	wnoutrefresh(w);
}

enum ui_action ui_evening_key(struct ui *ui, struct ui_key k)
{
	(void)k;
	ui->evening_summary = false;
	ui->msg[0] = '\0';
	return UI_REDRAW;
}
