/* ui_tab_talk: the weekly talk's tab on the practices screen: this week's
 * talk, the plan's transparency while it runs, and the past talks, newest
 * first with where each ask stands. Enter opens one; n logs a new one, e
 * changes its words (the listener's reflection, added later), a and d move
 * its ask to agreed and done, T ends the transparency. The rules are
 * talk.c's, the same as `tend talk` and `tend transparency`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tend/talk.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

enum { KEY_ESC = 27, KEY_ENTER_LF = 10, KEY_ENTER_CR = 13 };

/* The tab's own state (struct ui's talk). */
struct ui_talk {
	struct talk_list list;
	struct talk_week week;
	struct talk_transparency tr;
	int sel, top;
	bool open;          /* the selected talk is shown whole */
	int scroll;         /* first line of the open talk shown */
	bool loaded;
	struct talk editing;            /* the talk the form changes, as it was read */
	struct talk before[UI_UNDO_MAX]; /* each change's talk as it was, for undo */
	int next_before;
};

/* What an undo record's `what` says: a talk added, transparency ended, its
 * words changed (UNDO_EDITED - n: the talk as it was is before[n]), or an
 * ask moved (the earlier state and its day packed in, since the record
 * holds one int: state + 4 * days since 1900, 0 for no day). */
enum { UNDO_ADDED = -1, UNDO_ENDED = -2, UNDO_EDITED = -3 };
static const struct ui_undo_practice ui_talk_undo;

static struct ui_talk *state_of(struct ui *ui)
{
	if (!ui->talk && !(ui->talk = calloc(1, sizeof *ui->talk)))
		ui_oom();
	return ui->talk;
}

void ui_tab_talk_free(struct ui *ui)
{
	if (!ui->talk)
		return;
	talk_list_free(&ui->talk->list);
	talk_clear(&ui->talk->editing);
	for (int i = 0; i < UI_UNDO_MAX; i++)
		talk_clear(&ui->talk->before[i]);
	free(ui->talk);
	ui->talk = NULL;
}

static void talk_reload(struct ui *ui)
{
	struct ui_talk *t = state_of(ui);
	struct app *app = ui->app;
	struct tend_err err = { 0 };
	talk_list_free(&t->list);
	tend_day start = app_plan_start(app, app->today);
	int rc = talk_week_get(app->st, &app->plan, start, app->today, &t->week, &err);
	if (rc == TEND_OK)
		rc = talk_transparency_get(app->st, &app->plan, start, app->today,
		                           &t->tr, &err);
	if (rc == TEND_OK && app->st)
		rc = store_talk_list(app->st, day_from_ymd(1900, 1, 1), day_from_ymd(9999, 12, 31),
		                     &t->list, &err);
	if (rc != TEND_OK)
		ui_ctx_message(ui, true, "Could not read the talks: %s", err.msg);
	if (t->sel >= (int)t->list.n)
		t->sel = t->list.n ? (int)t->list.n - 1 : 0;
	if (t->list.n == 0)
		t->open = false;
	t->loaded = true;
}

/* The clock's minute of the day, for the "no big talks late" rule. */
static int minute_now(void)
{
	time_t now = time(NULL);
	struct tm tm;
	if (!localtime_r(&now, &tm))
		return 0;
	return tm.tm_hour * 60 + tm.tm_min;
}

static void talk_note(struct ui *ui, char *buf, size_t size)
{
	struct ui_talk *t = state_of(ui);
	const struct config *cfg = &ui->app->cfg;
	buf[0] = '\0';
	if (!t->loaded)
		talk_reload(ui);
	if (talk_suggest_now(&t->week, minute_now(), cfg->day_starts_at, cfg->no_talks_after))
		snprintf(buf, size, "talk this week");
}

/* "Mon 23 Nov  Alex   agreed  Can we ..." */
static void draw_row(struct ui *ui, WINDOW *w, int y, int x, int cols, const struct talk *tk,
                     bool sel)
{
	char day[16];
	day_format_short(tk->day, day);
	enum ui_role role = sel ? UI_ROLE_FOCUS : UI_ROLE_TEXT;
	if (sel)
		ui_draw_text(ui, w, y, x - 2, 2, UI_ROLE_FOCUS, ">");
	ui_draw_text(ui, w, y, x, 11, role, day);
	int at = x + 12;
	ui_draw_text(ui, w, y, at, 10, ui_color_partner(tk->partner), ui_ctx_name(ui, tk->partner));
	at += 11;
	ui_draw_text(ui, w, y, at, 7, tk->state == TALK_DONE ? UI_ROLE_GOOD : UI_ROLE_TEXT,
	             talk_state_name(tk->state));
	at += 8;
	/* Discreet: what was asked stays behind Enter on a screen others see. */
	const char *ask = ui->app->cfg.discreet ? "(Enter to read)" : tk->text[TALK_ASK];
	ui_draw_text(ui, w, y, at, cols - (at - x), ui->app->cfg.discreet ? UI_ROLE_DIM : role,
	             ask ? ask : "");
}

/* Lines of s wrapped at cols (safe text); drawn from line `skip` into rows
 * y..last when draw is true. Returns how many lines s takes. */
static int wrap_text(struct ui *ui, WINDOW *w, int y, int last, int x, int cols,
                     const char *s, int skip, bool draw)
{
	int n = 0;
	while (s && *s) {
		size_t len = strcspn(s, "\n");
		char *line = strndup(s, len);
		char *safe = line ? text_safe(line, ui->ascii) : NULL;
		if (!safe)
			ui_oom();
		const char *p = safe;
		do {
			size_t k = text_prefix_for_width(p, cols);
			if (p[k]) {
				size_t sp = k;
				while (sp > 0 && p[sp] != ' ')
					sp--;
				if (sp > 0)
					k = sp;
			}
			int row = y + n - skip;
			if (draw && n >= skip && row <= last) {
				char *piece = strndup(p, k);
				if (!piece)
					ui_oom();
				ui_draw_text(ui, w, row, x, cols, UI_ROLE_TEXT, piece);
				free(piece);
			}
			n++;
			p += k;
			while (*p == ' ')
				p++;
		} while (*p);
		free(safe);
		free(line);
		s += len;
		if (*s == '\n')
			s++;
	}
	return n;
}

/* The selected talk whole: who raised it, where it stands, every text. */
static void draw_open(struct ui *ui, WINDOW *w, int y, int rows, const struct talk *tk)
{
	struct ui_talk *t = ui->talk;
	int cols = getmaxx(w) - 4, last = y + rows - 1, line = 0;
	char day[16], since[40] = "";
	day_format_short(tk->day, day);
	if (tk->state_day != DAY_INVALID) {
		char sd[16];
		day_format_short(tk->state_day, sd);
		snprintf(since, sizeof since, " since %s", sd);
	}
	char head[200];
	snprintf(head, sizeof head, "Talk %lld, %s, raised by %s: %s%s", (long long)tk->id, day,
	         ui_ctx_name(ui, tk->partner), talk_state_name(tk->state), since);
	ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, head);
	y += 2;
	for (int f = 0; f < TALK_FIELD_COUNT; f++) {
		if (!tk->text[f])
			continue;
		if (line >= t->scroll && y + line - t->scroll <= last)
			ui_draw_text(ui, w, y + line - t->scroll, 2, cols, UI_ROLE_KEY, talk_field_label(f));
		line++;
		int skip = t->scroll > line ? t->scroll - line : 0;
		int from = y + line - t->scroll + skip;
		line += wrap_text(ui, w, from, last, 4, cols - 2, tk->text[f], skip, true);
	}
	if (t->scroll > line - 1)
		t->scroll = line > 0 ? line - 1 : 0;
}

static void talk_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	struct ui_talk *t = state_of(ui);
	if (!t->loaded)
		talk_reload(ui);
	int cols = getmaxx(w) - 4, last = y + rows - 1;
	if (t->open && t->sel < (int)t->list.n) {
		draw_open(ui, w, y, rows, &t->list.v[t->sel]);
		return;
	}
	char line[160];
	/* The plan week as pauses moved it (as the week panel counts it). */
	int week = plan_week_of(app_plan_day(ui->app, t->week.from));
	if (week >= 1)
		snprintf(line, sizeof line, "Talk this week: %s (plan week %d).",
		         talk_week_word(&t->week), week);
	else
		snprintf(line, sizeof line, "Talk this week: %s.", talk_week_word(&t->week));
	ui_draw_text(ui, w, y++, 2, cols, t->week.held ? UI_ROLE_GOOD : UI_ROLE_TEXT, line);
	if (t->tr.active) {
		int used = ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, "For now: ");
		ui_draw_text(ui, w, y++, 2 + used, cols - used, UI_ROLE_TEXT,
		             plan_task_text(t->tr.task, ui->app->cfg.discreet));
		ui_draw_text(ui, w, y++, 2, cols, UI_ROLE_DIM,
		             "A scaffold, not a rule forever: T ends it when you both are ready.");
	}
	y++;
	if (t->list.n == 0) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_DIM,
		             "No talks yet. n starts one: when X, I felt Y, because Z; can we W?");
		return;
	}
	ui_draw_text(ui, w, y++, 4, cols - 2, UI_ROLE_DIM, "Past talks, newest first");
	int room = last - y + 1;
	if (room < 1)
		return;
	if (t->sel < t->top)
		t->top = t->sel;
	if (t->sel >= t->top + room)
		t->top = t->sel - room + 1;
	for (int i = t->top; i < (int)t->list.n && y <= last; i++, y++)
		draw_row(ui, w, y, 4, cols - 2, &t->list.v[i], i == t->sel);
}

/* ---- the form -------------------------------------------------------------- */

static const char *const field_prompts[TALK_FIELD_COUNT] = {
	"What happened", "I felt, because", "The ask: can we", "What I hear",
	"Makes sense since", "I can commit to", "Support I'll need",
};

static bool form_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	struct talk tk = { .partner = f->field[0].sel + 1, .day = ui->app->today,
	                   .state = TALK_OPEN, .state_day = DAY_INVALID };
	for (int k = 0; k < TALK_FIELD_COUNT; k++)
		tk.text[k] = ui_field_empty(&f->field[1 + k]) ? NULL : f->field[1 + k].text;
	struct tend_err err = { 0 };
	if (talk_save(ui->app->st, &tk, &err) != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	struct ui_undo u = { .practice = &ui_talk_undo, .id = tk.id, .uid = tk.uid,
	                     .rev = tk.rev, .what = UNDO_ADDED };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
	ui->talk->sel = 0;
	ui->talk->top = 0;
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "Saved the talk. Thank you both for saying it and hearing it.");
	return true;
}

/* The talk's form: who raised it, then its texts; from (NULL: a new talk)
 * fills them in. */
static struct ui_form *form_open(struct ui *ui, const char *title, ui_form_save_fn save,
                                 const struct talk *from)
{
	struct ui_form *f = ui_form_open(ui, title, save);
	const char *names[2] = { ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	ui_form_choice(f, "Raised by", names, 2, from ? from->partner - 1 : -1)->required = true;
	for (int k = 0; k < TALK_FIELD_COUNT; k++)
		ui_form_text(f, field_prompts[k], 0, k == TALK_WHAT || k == TALK_ASK,
		             from ? from->text[k] : NULL);
	return f;
}

void ui_tab_talk_form(struct ui *ui)
{
	struct ui_form *f = form_open(ui, "This week's talk", form_save, NULL);
	snprintf(f->hint, sizeof f->hint, "One issue. The listener reflects before answering.");
}

/* Keep a copy of the talk as it was before a change; its undo record's
 * `what`. */
static int keep_before(struct ui *ui, const struct talk *tk)
{
	struct ui_talk *t = ui->talk;
	int slot = t->next_before;
	t->next_before = (slot + 1) % UI_UNDO_MAX;
	talk_clear(&t->before[slot]);
	if (!talk_copy(&t->before[slot], tk))
		ui_oom();
	return UNDO_EDITED - slot;
}

/* The changed words saved over the talk as it was read when the form
 * opened: a change made elsewhere since is refused, not overwritten. */
static bool edit_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	struct ui_talk *t = state_of(ui);
	struct talk tk = t->editing;
	tk.partner = f->field[0].sel + 1;
	for (int k = 0; k < TALK_FIELD_COUNT; k++)
		tk.text[k] = ui_field_empty(&f->field[1 + k]) ? NULL : f->field[1 + k].text;
	struct tend_err err = { 0 };
	if (talk_save(ui->app->st, &tk, &err) != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	struct ui_undo u = { .practice = &ui_talk_undo, .id = tk.id, .uid = tk.uid,
	                     .rev = tk.rev, .what = keep_before(ui, &t->editing) };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "Saved the changes to the talk (u undoes).");
	return true;
}

/* e: the selected talk's form, filled in with what it says now. */
static void edit_open(struct ui *ui)
{
	struct ui_talk *t = state_of(ui);
	if (t->sel >= (int)t->list.n)
		return;
	talk_clear(&t->editing);
	if (!talk_copy(&t->editing, &t->list.v[t->sel]))
		ui_oom();
	char day[16], title[64];
	day_format_short(t->editing.day, day);
	snprintf(title, sizeof title, "Change the talk of %s", day);
	struct ui_form *f = form_open(ui, title, edit_save, &t->editing);
	snprintf(f->hint, sizeof f->hint, "Add the listener's reflection, or say it better.");
}

/* ---- keys and undo ------------------------------------------------------------ */

static int pack_state(int state, tend_day day)
{
	return state + 4 * (day == DAY_INVALID ? 0 : day - day_from_ymd(1900, 1, 1) + 1);
}

static void unpack_state(int what, int *state, tend_day *day)
{
	*state = what % 4;
	*day = what / 4 ? day_from_ymd(1900, 1, 1) + what / 4 - 1 : DAY_INVALID;
}

static void move_selected(struct ui *ui, int to)
{
	struct ui_talk *t = ui->talk;
	if (t->sel >= (int)t->list.n)
		return;
	struct talk *tk = &t->list.v[t->sel];
	int was = tk->state;
	tend_day was_day = tk->state_day;
	struct tend_err err = { 0 };
	if (talk_move(ui->app->st, tk, to, ui->app->today, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "%s", err.msg);
		return;
	}
	struct ui_undo u = { .practice = &ui_talk_undo, .id = tk->id, .uid = tk->uid,
	                     .rev = tk->rev, .what = pack_state(was, was_day) };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, to == TALK_DONE ? "Marked done. Notice what changed."
	               : "Agreed. Mark it done with d once it happened.");
}

static void end_transparency(struct ui *ui)
{
	struct tend_err err = { 0 };
	struct app *app = ui->app;
	if (talk_transparency_end(app->st, &app->plan, app_plan_start(app, app->today),
	                          app->today, &err) != TEND_OK) {
		ui_ctx_message(ui, true, "%s", err.msg);
		return;
	}
	struct ui_undo u = { .practice = &ui_talk_undo, .what = UNDO_ENDED };
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_practice(ui, &u);
	ui_ctx_refresh(ui);
	ui_ctx_message(ui, false, "Ended the time of transparency, on purpose. u takes it back.");
}

static enum ui_action talk_key(struct ui *ui, struct ui_key k)
{
	struct ui_talk *t = state_of(ui);
	int n = (int)t->list.n;
	if (k.fn && (k.ch == KEY_UP || k.ch == KEY_DOWN)) {
		if (t->open)
			t->scroll += k.ch == KEY_DOWN ? 1 : (t->scroll > 0 ? -1 : 0);
		else if (k.ch == KEY_DOWN && t->sel < n - 1)
			t->sel++;
		else if (k.ch == KEY_UP && t->sel > 0)
			t->sel--;
		return UI_REDRAW;
	}
	if (k.fn && k.ch == KEY_ENTER)
		k = (struct ui_key){ false, KEY_ENTER_LF };
	if (k.fn)
		return UI_NONE;
	switch (k.ch) {
	case KEY_ENTER_LF:
	case KEY_ENTER_CR:
		t->open = !t->open && n > 0;
		t->scroll = 0;
		return UI_REDRAW;
	case KEY_ESC:
		if (!t->open)
			return UI_NONE;
		t->open = false;
		return UI_REDRAW;
	case L'n': ui_tab_talk_form(ui); return UI_REDRAW;
	case L'e': edit_open(ui); return UI_REDRAW;
	case L'a': move_selected(ui, TALK_AGREED); return UI_REDRAW;
	case L'd': move_selected(ui, TALK_DONE); return UI_REDRAW;
	case L'T': end_transparency(ui); return UI_REDRAW;
	case L'u': ui_ctx_undo(ui); return UI_REDRAW;
	default: return UI_NONE;
	}
}

static int talk_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	struct store *st = ui->app->st;
	if (u->what == UNDO_ENDED)
		return store_transparency_set(st, DAY_INVALID, err);
	struct talk tk;
	if (store_talk_get(st, u->id, &tk, err) != TEND_OK)
		return err_set(err, TEND_E_CONFLICT, "the talk is gone");
	int rc;
	if (tk.uid != u->uid || tk.rev != u->rev)
		rc = err_set(err, TEND_E_CONFLICT, "the talk was changed elsewhere");
	else if (u->what == UNDO_ADDED)
		rc = store_talk_delete(st, tk.id, tk.uid, true, err);
	else if (u->what <= UNDO_EDITED) {
		/* Its words and who raised it as they were; where the ask stands
		 * is left as it is now. */
		const struct talk *was = &ui->talk->before[UNDO_EDITED - u->what];
		struct talk back = tk;
		back.partner = was->partner;
		for (int k = 0; k < TALK_FIELD_COUNT; k++)
			back.text[k] = was->text[k];
		rc = store_talk_update(st, &back, err);
	} else {
		unpack_state(u->what, &tk.state, &tk.state_day);
		rc = store_talk_update(st, &tk, err);
	}
	talk_clear(&tk);
	return rc;
}

static void talk_undone(const struct ui *ui, const struct ui_undo *u, char *buf, size_t size)
{
	(void)ui;
	int state;
	tend_day day;
	if (u->what == UNDO_ENDED)
		snprintf(buf, size, "Undone: the transparency runs again.");
	else if (u->what == UNDO_ADDED)
		snprintf(buf, size, "Undone: removed the new talk.");
	else if (u->what <= UNDO_EDITED)
		snprintf(buf, size, "Undone: the talk says what it said before.");
	else {
		unpack_state(u->what, &state, &day);
		snprintf(buf, size, "Undone: the ask is %s again.", talk_state_name(state));
	}
}

static const struct ui_undo_practice ui_talk_undo = {
	.undo = talk_undo,
	.done = talk_undone,
};

const struct ui_tab ui_tab_talk = {
	.title = "Talk",
	.draw = talk_draw,
	.key = talk_key,
	.keys = "n new  e edit  Enter open  a agree  d done  u undo",
	.reload = talk_reload,
	.note = talk_note,
};
