/* ui_tab_review: the Review tab of the practices screen: this week's
 * agenda (kind moments first, then what is on the table), the form for
 * each partner's three answers when the closing or a quarterly review is
 * open, and the past answers (h). The rules and the words are review.c's. */
#include <stdlib.h>
#include <string.h>

#include "tend/review.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_practices.h"

struct ui_review {
	struct review_agenda week;
	struct review_due due;
	struct review_answer_list answers; /* the open review's; every one in the history */
	bool history;        /* showing the past answers instead of the week */
	int top;             /* the first row shown */
};

static struct ui_review *state(struct ui *ui)
{
	if (!ui->review && !(ui->review = calloc(1, sizeof *ui->review)))
		ui_oom();
	return ui->review;
}

void ui_tab_review_free(struct ui *ui)
{
	if (!ui->review)
		return;
	review_agenda_free(&ui->review->week);
	review_answer_list_free(&ui->review->answers);
	free(ui->review);
	ui->review = NULL;
}

static void review_reload(struct ui *ui)
{
	struct ui_review *r = state(ui);
	struct tend_err err = { 0 };
	struct app *app = ui->app;
	review_agenda_free(&r->week);
	review_answer_list_free(&r->answers);
	/* Every answer is read only while the history shows, so that a
	 * refresh never reads the whole table. */
	if (review_week(app, app->today, &r->week, &err) != TEND_OK ||
	    review_due_on(app, app->today, &r->due, &err) != TEND_OK ||
	    ((r->history || r->due.slot.which != REVIEW_NONE) &&
	     store_review_list(app->st, r->history ? -1 : r->due.slot.which, &r->answers,
	                       &err) != TEND_OK))
		ui_ctx_message(ui, true, "%s", err.msg);
}

static void review_note_cb(struct ui *ui, char *buf, size_t size)
{
	buf[0] = '\0';
	if (ui->review)
		review_note(&ui->review->due, buf, size);
}

/* One row of what the tab shows, built afresh for each draw. */
struct row {
	enum ui_role role;
	int indent;
	tend_day day;
	int partner;
	const char *text;
	char *own;           /* a wrapped piece of text (text points here) */
	char label[64];
};

#define WRAP_MAX 8       /* rows one item may take */

/* Cut raw text, made safe, into pieces of at most width columns, broken
 * at spaces where it can; returns how many (at most max). */
static int wrap(const struct ui *ui, const char *raw, int width, char **out, int max)
{
	char *safe = text_safe(raw ? raw : "", ui->ascii);
	if (!safe)
		ui_oom();
	int n = 0;
	const char *s = safe;
	while (*s && n < max && width > 0) {
		while (*s == ' ')
			s++;
		size_t len = strlen(s);
		if (text_width(s) > width && n < max - 1) {
			size_t fit = text_prefix_for_width(s, width), cut = fit;
			while (cut > 0 && s[cut] != ' ')
				cut--;
			len = cut > 0 ? cut : (fit > 0 ? fit : text_cluster_len(s));
		}
		if (!(out[n++] = strndup(s, len)))
			ui_oom();
		s += len;
	}
	free(safe);
	return n;
}

/* Append an item's rows: the first with its day and who, then the rest of
 * its words under the first. */
static int item_rows(struct ui *ui, const struct review_item *it, int cols, struct row *rows,
                     int n, int max)
{
	int lead = 3 + (it->day != DAY_INVALID ? 12 : 0);
	if (it->partner == 1 || it->partner == 2)
		lead += ui_draw_name_width(ui, cols - lead, 0) + 2;
	char *piece[WRAP_MAX];
	int k = wrap(ui, it->text ? it->text : it->words, cols - lead, piece, WRAP_MAX);
	for (int i = 0; i < k; i++) {
		if (n >= max) {
			free(piece[i]);
			continue;
		}
		struct row r = { .role = UI_ROLE_TEXT, .indent = i ? lead : 3,
		                 .day = i ? DAY_INVALID : it->day, .partner = i ? 0 : it->partner,
		                 .own = piece[i], .text = piece[i] };
		rows[n++] = r;
	}
	return n;
}

/* The week's agenda as rows: section headings, source titles, items. */
static int week_rows(struct ui *ui, const struct ui_review *r, int cols, struct row *rows,
                     int max)
{
	int n = 0;
	bool discreet = ui->app->cfg.discreet;
	for (int table = 0; table < 2 && n < max; table++) {
		rows[n++] = (struct row){ .role = UI_ROLE_KEY, .text = review_section_title(table),
		                          .day = DAY_INVALID };
		if (!table && !review_agenda_has_kind(&r->week) && n < max)
			rows[n++] = (struct row){ .role = UI_ROLE_DIM, .indent = 2, .day = DAY_INVALID,
			                          .text = review_no_kind_words };
		int from = table ? REVIEW_SRC_TABLE : 0, to = table ? REVIEW_SRC_COUNT : REVIEW_SRC_TABLE;
		for (int src = from; src < to; src++) {
			bool titled = false;
			for (size_t i = 0; i < r->week.n && n < max; i++) {
				const struct review_item *it = &r->week.v[i];
				if (it->source != src)
					continue;
				if (!titled)
					rows[n++] = (struct row){ .role = UI_ROLE_TITLE, .indent = 1,
					                          .day = DAY_INVALID,
					                          .text = review_source_title(src, discreet) };
				titled = true;
				n = item_rows(ui, it, cols, rows, n, max);
			}
		}
	}
	return n;
}

/* The past answers as rows: each review, who answered when, then each
 * answer after a short label, wrapped under itself. */
static int history_rows(struct ui *ui, const struct ui_review *r, int cols, struct row *rows,
                        int max)
{
	static const char *const short_q[REVIEW_QUESTIONS] = { "Good:", "Heavy:", "Next:" };
	enum { LABEL = 7 };
	int n = 0;
	if (r->answers.n == 0 && n < max)
		rows[n++] = (struct row){ .role = UI_ROLE_DIM, .day = DAY_INVALID,
		                          .text = "No review answered yet." };
	for (size_t i = 0; i < r->answers.n && n + 2 < max; i++) {
		const struct review_answer *a = &r->answers.v[i];
		if (i == 0 || a->which != r->answers.v[i - 1].which) {
			struct row h = { .role = UI_ROLE_KEY, .day = DAY_INVALID };
			review_name(a->which, h.label, sizeof h.label);
			h.label[0] = (char)(h.label[0] - 'a' + 'A');
			rows[n++] = h;
		}
		rows[n++] = (struct row){ .role = UI_ROLE_TITLE, .indent = 1, .day = a->day,
		                          .partner = a->partner, .text = "" };
		for (int q = 0; q < REVIEW_QUESTIONS; q++) {
			char *piece[WRAP_MAX];
			int k = wrap(ui, a->text[q], cols - 3 - LABEL, piece, WRAP_MAX);
			for (int j = 0; j < k; j++) {
				if (n >= max) {
					free(piece[j]);
					continue;
				}
				struct row t = { .role = UI_ROLE_TEXT, .indent = j ? 3 + LABEL : 3,
				                 .day = DAY_INVALID, .own = piece[j], .text = piece[j] };
				if (j == 0)
					snprintf(t.label, sizeof t.label, "%-*s", LABEL, short_q[q]);
				rows[n++] = t;
			}
		}
	}
	return n;
}

static void draw_row(struct ui *ui, WINDOW *w, int y, int x, int cols, const struct row *r)
{
	x += r->indent;
	cols -= r->indent;
	if (r->day != DAY_INVALID) {
		char day[16];
		day_format_column(r->day, day);
		int used = ui_draw_text(ui, w, y, x, cols, UI_ROLE_DIM, day) + 2;
		x += used;
		cols -= used;
	}
	if (r->partner == 1 || r->partner == 2) {
		int nw = ui_draw_name_width(ui, cols, 0);
		ui_draw_text(ui, w, y, x, nw, UI_ROLE_TITLE, ui_ctx_name(ui, r->partner));
		x += nw + 2;
		cols -= nw + 2;
	}
	if (r->label[0]) {
		int used = ui_draw_text(ui, w, y, x, cols, r->text ? UI_ROLE_DIM : r->role, r->label);
		x += used;
		cols -= used;
	}
	if (r->text && cols > 0)
		ui_draw_text(ui, w, y, x, cols, r->role, r->text);
}

#define MAX_ROWS 512

static void review_draw(struct ui *ui, WINDOW *w, int y, int rows)
{
	struct ui_review *r = state(ui);
	int cols = getmaxx(w) - 4;
	char from[16], to[16], name[48];
	day_format_short(r->week.from, from);
	day_format_short(r->week.to, to);
	if (r->history)
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, "Our past reviews");
	else if (r->week.week > 0)
		ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_TITLE, "This week, week %d: %s to %s",
		              r->week.week, from, to);
	else
		ui_draw_textf(ui, w, y, 2, cols, UI_ROLE_TITLE, "This week: %s to %s", from, to);
	if (r->due.due) {
		review_name(r->due.slot.which, name, sizeof name);
		ui_draw_textf(ui, w, y + 1, 2, cols, UI_ROLE_BANNER, "%c%s is due: press a, and "
		              "each of you answers three questions.", name[0] - 'a' + 'A', name + 1);
	}
	struct row *list = calloc(MAX_ROWS, sizeof *list);
	if (!list)
		ui_oom();
	int n = r->history ? history_rows(ui, r, cols, list, MAX_ROWS)
	        : week_rows(ui, r, cols, list, MAX_ROWS);
	int first = y + 2, room = rows - 2;
	if (r->top > n - room)
		r->top = n - room;
	if (r->top < 0)
		r->top = 0;
	for (int i = 0; i < room && r->top + i < n; i++)
		draw_row(ui, w, first + i, 2, cols, &list[r->top + i]);
	if (r->top + room < n)
		ui_draw_text(ui, w, first + room - 1, cols - 1, 3, UI_ROLE_DIM, "...");
	for (int i = 0; i < n; i++)
		free(list[i].own);
	free(list);
}

/* Undo of a saved answer: it goes, and the one it replaced comes back. */
static int review_undo(struct ui *ui, const struct ui_undo *u, struct tend_err *err)
{
	return store_review_undo(ui->app->st, u->id, u->uid, u->rev, err);
}

static void review_undone(const struct ui *ui, const struct ui_undo *u, char *buf,
                          size_t size)
{
	char name[48];
	review_name(u->what / 2, name, sizeof name);
	snprintf(buf, size, "Undone: %s's answers to %s.", ui_ctx_name(ui, u->what % 2 + 1), name);
}

static const struct ui_undo_practice review_undo_ops = {
	.undo = review_undo,
	.done = review_undone,
};

/* The partner's live answer to the open review, or NULL. */
static const struct review_answer *answer_of(const struct ui_review *r, int partner)
{
	for (size_t i = 0; i < r->answers.n; i++)
		if (r->answers.v[i].which == r->due.slot.which && r->answers.v[i].partner == partner)
			return &r->answers.v[i];
	return NULL;
}

/* The field index of partner p's first answer (after their heading). */
static int first_field(int p)
{
	return p == 1 ? 1 : 1 + 1 + REVIEW_QUESTIONS;
}

/* Save one partner's answers when all three are written and changed;
 * false with the form's error set when something is wrong. */
static bool save_partner(struct ui *ui, struct ui_form *f, int p, int *saved)
{
	struct ui_review *r = state(ui);
	struct ui_field *fl = &f->field[first_field(p)];
	int filled = 0;
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		filled += !ui_field_empty(&fl[q]);
	if (filled == 0)
		return true;
	const struct review_answer *old = answer_of(r, p);
	bool same = old != NULL;
	for (int q = 0; q < REVIEW_QUESTIONS; q++) {
		if (ui_field_empty(&fl[q])) {
			ui_field_error(&fl[q], "a few words, please");
			return false;
		}
		same = same && old->text[q] && strcmp(old->text[q], fl[q].text) == 0;
	}
	if (same)
		return true;
	struct review_answer a = { .partner = p, .day = ui->app->today };
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		a.text[q] = fl[q].text;
	struct tend_err err = { 0 };
	if (review_answer_save(ui->app, &a, NULL, &err) != TEND_OK) {
		ui_form_fail(ui, f, &err);
		return false;
	}
	struct ui_undo u = { .practice = &review_undo_ops, .id = a.id, .uid = a.uid,
	                     .rev = a.rev, .what = a.which * 2 + (p - 1) };
	ui_ctx_undo_push_practice(ui, &u);
	(*saved)++;
	return true;
}

static bool review_form_save(struct ui *ui, struct ui_form *f)
{
	int saved = 0;
	ui_ctx_undo_group(ui);
	bool ok = save_partner(ui, f, 1, &saved) && save_partner(ui, f, 2, &saved);
	ui_ctx_refresh(ui);
	if (!ok)
		return false;
	struct ui_review *r = state(ui);
	if (saved == 0)
		ui_ctx_message(ui, false, "Nothing changed.");
	else if (!r->due.due)
		ui_ctx_message(ui, false, "You have both answered. Thank you for looking back "
		               "together.");
	else
		ui_ctx_message(ui, false, "Saved. The other answers can come when ready.");
	return true;
}

void ui_tab_review_form(struct ui *ui)
{
	struct ui_review *r = state(ui);
	char name[48], title[96];
	if (r->due.slot.which == REVIEW_NONE) {
		char day[16];
		day_format_short(review_opens(&ui->app->plan, app_plan_start(ui->app, ui->app->today),
		                              REVIEW_CLOSING), day);
		ui_ctx_message(ui, false, "No review is open yet: the closing review opens on %s.",
		               day);
		return;
	}
	review_name(r->due.slot.which, name, sizeof name);
	snprintf(title, sizeof title, "%c%s", name[0] - 'a' + 'A', name + 1);
	/* The questions as form labels, short enough for the label column. */
	static const char *const labels[REVIEW_QUESTIONS] = {
		"What felt good?", "What felt heavy?", "What to try next?",
	};
	struct ui_form *f = ui_form_open(ui, title, review_form_save);
	for (int p = 1; p <= 2; p++) {
		const struct review_answer *a = answer_of(r, p);
		ui_form_heading(f, ui_ctx_name(ui, p));
		for (int q = 0; q < REVIEW_QUESTIONS; q++)
			ui_form_text(f, labels[q], TEXT_MAX_CHARS, false,
			             a ? a->text[q] : NULL);
	}
	f->cur = answer_of(r, 1) && !answer_of(r, 2) ? first_field(2) : first_field(1);
	snprintf(f->hint, sizeof f->hint, "Each of you, all three. Blank: later.");
}

static enum ui_action review_key(struct ui *ui, struct ui_key k)
{
	struct ui_review *r = state(ui);
	if (k.fn) {
		switch (k.ch) {
		case KEY_UP: r->top--; return UI_REDRAW;
		case KEY_DOWN: r->top++; return UI_REDRAW;
		case KEY_PPAGE: r->top -= 10; return UI_REDRAW;
		case KEY_NPAGE: r->top += 10; return UI_REDRAW;
		default: return UI_NONE;
		}
	}
	switch (k.ch) {
	case L'a':
		ui_tab_review_form(ui);
		return UI_REDRAW;
	case L'h':
		r->history = !r->history;
		r->top = 0;
		review_reload(ui);
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
}

const struct ui_tab ui_tab_review = {
	.title = "Review",
	.draw = review_draw,
	.key = review_key,
	.keys = "a answer  h past answers",
	.reload = review_reload,
	.note = review_note_cb,
};
