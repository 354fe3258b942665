/* ui_wishes: the wish list's full-screen flow (see tend/ui_wishes.h). One
 * partner at a time: a passphrase typed and never shown, their answers
 * only while they are at the keyboard, and a cleared screen before the
 * other's turn. Everything secret sits in struct ui_wishes and is wiped
 * when the flow ends, however it ends. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tend/seal_module.h"
#include "tend/ui_draw.h"
#include "tend/ui_practices.h"
#include "tend/ui_wishes.h"
#include "tend/wishes.h"

enum step {
	S_PICK,      /* who is at the keyboard */
	S_PASS,      /* their passphrase as it is */
	S_NEW,       /* a new passphrase */
	S_AGAIN,     /* the new one again */
	S_ANSWER,    /* the items, yes, maybe or no */
	S_PAIRS,     /* show yes-and-maybe items, if the other agrees too? */
	S_HANDOVER,  /* the overlap: the first has unlocked, the screen is clear */
	S_OVERLAP,   /* the overlap */
	S_ERASE,     /* erase for good? */
	S_DONE       /* a cleared screen with what was done */
};

enum { KEY_ESC = 27 };
#define PASS_ROOM (WISHES_PASS_MAX + 2)

struct ui_wishes {
	enum ui_wishes_mode mode;
	enum step step;
	int partner;                /* who is at the keyboard (1 or 2) */
	char pass[PASS_ROOM];       /* being typed */
	size_t len;
	char keep[PASS_ROOM];       /* the passphrase to seal with */
	size_t keep_len;
	char old[PASS_ROOM];        /* the passphrase before (a change) */
	size_t old_len;
	struct wish_list list;
	struct wish_answers ans[2];
	struct wish_overlap ov;
	int cur, top;
	char note[1100];            /* what went wrong, or what was done */
	const struct seal_module *m;
};

static const char *flow_title(const struct ui *ui)
{
	return ui->app->cfg.discreet ? "Our list" : "Wish list";
}

void ui_wishes_abandon(struct ui *ui)
{
	struct ui_wishes *f = ui->wishes;
	if (!f)
		return;
	const struct seal_module *m = f->m;
	wishes_free(&f->list);
	wishes_wipe(f, sizeof *f);
	m->release(f); /* the module's memory, wiped again as it goes */
	ui->wishes = NULL;
	if (ui->view == UI_VIEW_WISHES)
		ui->view = UI_VIEW_PRACTICES;
	/* The terminal repaints from nothing: no trace of the flow is left. */
	if (ui->screen)
		clearok(curscr, TRUE);
	ui->dirty = true;
}

bool ui_wishes_typing(const struct ui *ui)
{
	const struct ui_wishes *f = ui->wishes;
	return ui->view == UI_VIEW_WISHES && f &&
	       (f->step == S_PASS || f->step == S_NEW || f->step == S_AGAIN);
}

static void note(struct ui_wishes *f, const char *s)
{
	snprintf(f->note, sizeof f->note, "%s", s);
}

void ui_wishes_start(struct ui *ui, enum ui_wishes_mode mode)
{
	struct tend_err err = { 0 };
	ui_wishes_abandon(ui);
	if (mode == UI_WISHES_SHOW && !(ui->wishes_sealed[0] && ui->wishes_sealed[1])) {
		ui_ctx_message(ui, false, "You both answer first; then you can see what you share.");
		return;
	}
	/* Passphrases and answers live in the module's guarded memory. */
	const struct seal_module *m = seal_module_load(&err);
	struct ui_wishes *f = m ? m->alloc(sizeof *f) : NULL;
	if (m && !f)
		ui_oom();
	if (f)
		f->m = m;
	if (f && mode != UI_WISHES_ERASE &&
	    wishes_load_config(&ui->app->cfg, &f->list, &err) != TEND_OK) {
		wishes_free(&f->list);
		m->release(f);
		f = NULL;
	}
	if (!f) {
		ui_ctx_message(ui, true, "%s", err.msg);
		return;
	}
	f->mode = mode;
	f->step = mode == UI_WISHES_SHOW ? S_PASS : S_PICK;
	f->partner = 1;
	ui->wishes = f;
	ui->view = UI_VIEW_WISHES;
	ui->msg[0] = '\0';
	clearok(curscr, TRUE);
}

/* The flow is over: say what was done on a cleared screen. */
static void finish(struct ui *ui, const char *what)
{
	struct ui_wishes *f = ui->wishes;
	wishes_wipe(f->pass, sizeof f->pass);
	wishes_wipe(f->keep, sizeof f->keep);
	wishes_wipe(f->old, sizeof f->old);
	wishes_wipe(f->ans, sizeof f->ans);
	note(f, what);
	f->step = S_DONE;
	clearok(curscr, TRUE);
	ui_practices_reload(ui);
}

/* ---- drawing ---- */

static void draw_lines(struct ui *ui, WINDOW *w, int y, const char *const *lines)
{
	for (int i = 0; lines[i]; i++)
		ui_draw_text(ui, w, y + i, 2, getmaxx(w) - 4, UI_ROLE_TEXT, lines[i]);
}

static void draw_pick(struct ui *ui, WINDOW *w)
{
	const struct ui_wishes *f = ui->wishes;
	static const char *const what[] = {
		[UI_WISHES_ANSWER] = "Who answers now? The other looks away until the screen is clear.",
		[UI_WISHES_REPASS] = "Whose passphrase changes?",
		[UI_WISHES_ERASE] = "Whose answers are erased?",
	};
	ui_draw_text(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_TEXT, what[f->mode]);
	for (int p = 1; p <= 2; p++)
		ui_draw_textf(ui, w, 3 + p, 4, getmaxx(w) - 6, p == 1 ? UI_ROLE_PARTNER1 :
		              UI_ROLE_PARTNER2, "%d  %s", p, ui_ctx_name(ui, p));
}

static void draw_pass(struct ui *ui, WINDOW *w)
{
	const struct ui_wishes *f = ui->wishes;
	const char *name = ui_ctx_name(ui, f->partner);
	const char *ask = f->step == S_NEW ? "choose a passphrase for your answers"
	                  : f->step == S_AGAIN ? "the same passphrase again"
	                  : f->mode == UI_WISHES_REPASS ? "your passphrase as it is now"
	                  : "your passphrase";
	ui_draw_textf(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_TITLE, "%s, %s.", name, ask);
	ui_draw_text(ui, w, 4, 2, getmaxx(w) - 4, UI_ROLE_DIM,
	             "What you type is not shown. Enter when done.");
	if (f->step == S_NEW)
		ui_draw_text(ui, w, 5, 2, getmaxx(w) - 4, UI_ROLE_DIM, "Only you should know "
		             "it: forgotten, it loses your answers (you can answer again).");
}

static const char *answer_word(int a)
{
	switch (a) {
	case WISH_YES: return "yes";
	case WISH_MAYBE: return "maybe";
	case WISH_NO: return "no";
	default: return "-";
	}
}

static void draw_answer(struct ui *ui, WINDOW *w)
{
	struct ui_wishes *f = ui->wishes;
	int rows = getmaxy(w) - 6, cols = getmaxx(w) - 4;
	ui_draw_textf(ui, w, 1, 2, cols, UI_ROLE_TITLE, "%s's answers, for %s's eyes only",
	              ui_ctx_name(ui, f->partner), ui_ctx_name(ui, f->partner));
	if (f->cur < f->top)
		f->top = f->cur;
	if (f->cur >= f->top + rows)
		f->top = f->cur - rows + 1;
	for (int i = 0; i < rows && f->top + i < (int)f->list.n; i++) {
		int k = f->top + i;
		int a = f->ans[0].a[k];
		enum ui_role role = k == f->cur ? UI_ROLE_KEY : UI_ROLE_TEXT;
		ui_draw_text(ui, w, 3 + i, 2, 2, UI_ROLE_KEY, k == f->cur ? ">" : " ");
		ui_draw_text(ui, w, 3 + i, 4, 6, a == WISH_UNSET ? UI_ROLE_DIM : role,
		             answer_word(a));
		ui_draw_text(ui, w, 3 + i, 11, cols - 9, role,
		             wishes_text(&f->list, (size_t)k, ui->app->cfg.discreet));
	}
}

static void draw_pairs(struct ui *ui, WINDOW *w)
{
	const char *const lines[] = {
		"When you both say yes to this, the list you see together also shows the",
		"items where one of you said yes and the other maybe, without saying who",
		"said which. If either of you says no here, only the shared yeses show.",
		"",
		"Show the yes-and-maybe items too?   y yes   n no",
		NULL,
	};
	draw_lines(ui, w, 2, lines);
}

static int draw_items(struct ui *ui, WINDOW *w, int y, const size_t *v, size_t n)
{
	const struct ui_wishes *f = ui->wishes;
	for (size_t i = 0; i < n && y < getmaxy(w) - 3; i++, y++)
		ui_draw_text(ui, w, y, 4, getmaxx(w) - 6, UI_ROLE_TEXT,
		             wishes_text(&f->list, v[i], ui->app->cfg.discreet));
	return y;
}

static void draw_overlap(struct ui *ui, WINDOW *w)
{
	const struct wish_overlap *ov = &ui->wishes->ov;
	int y = 2, cols = getmaxx(w) - 4;
	if (ov->n_yes == 0 && ov->n_pairs == 0) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TEXT, "Nothing on the list is shared "
		             "yet. That is fine: you can answer again any time.");
		return;
	}
	if (ov->n_yes) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE, "You both said yes to");
		y = draw_items(ui, w, y + 1, ov->yes, ov->n_yes) + 1;
	}
	if (ov->n_pairs && y < getmaxy(w) - 4) {
		ui_draw_text(ui, w, y, 2, cols, UI_ROLE_TITLE,
		             "A yes from one of you and a maybe from the other");
		draw_items(ui, w, y + 1, ov->pairs, ov->n_pairs);
	}
}

static const char *step_keys(const struct ui_wishes *f)
{
	switch (f->step) {
	case S_PICK: return "1 or 2   Esc back";
	case S_PASS: case S_NEW: case S_AGAIN: return "Enter done   Esc back (nothing is kept)";
	case S_ANSWER: return "y yes   ? maybe   n no   \u2191\u2193 move   Enter done   Esc leave unsaved";
	case S_PAIRS: return "y yes   n no   Esc leave unsaved";
	case S_HANDOVER: return "Enter ready   Esc back";
	case S_ERASE: return "y erase   n keep them";
	default: return "Enter or Esc back";
	}
}

static void wishes_draw(struct ui *ui)
{
	WINDOW *w = ui->full;
	struct ui_wishes *f = ui->wishes;
	ui_draw_box(ui, w, flow_title(ui), true);
	if (!f)
		return;
	int cols = getmaxx(w) - 4, last = getmaxy(w) - 2;
	switch (f->step) {
	case S_PICK: draw_pick(ui, w); break;
	case S_PASS: case S_NEW: case S_AGAIN: draw_pass(ui, w); break;
	case S_ANSWER: draw_answer(ui, w); break;
	case S_PAIRS: draw_pairs(ui, w); break;
	case S_HANDOVER:
		ui_draw_textf(ui, w, 2, 2, cols, UI_ROLE_TEXT, "Thank you. Now %s, alone at the "
		              "keyboard: press Enter when ready.", ui_ctx_name(ui, f->partner));
		break;
	case S_OVERLAP: draw_overlap(ui, w); break;
	case S_ERASE:
		ui_draw_textf(ui, w, 2, 2, cols, UI_ROLE_TEXT, "Erase %s's answers for good? "
		              "They can answer again afterwards.", ui_ctx_name(ui, f->partner));
		break;
	case S_DONE: break;
	}
	if (f->note[0])
		ui_draw_text(ui, w, last - 1, 2, cols, f->step == S_DONE ? UI_ROLE_GOOD
		             : UI_ROLE_ERROR, f->note);
	const char *keys = step_keys(f);
	ui_draw_text(ui, w, last, 2, cols, UI_ROLE_DIM,
	             ui->ascii && f->step == S_ANSWER ? "y yes   ? maybe   n no   up/down move   "
	             "Enter done   Esc leave unsaved" : keys);
}

/* ---- keys ---- */

/* Add the typed character to the passphrase, as UTF-8. */
static void pass_add(struct ui_wishes *f, wint_t ch)
{
	char mb[MB_LEN_MAX];
	mbstate_t ps;
	memset(&ps, 0, sizeof ps);
	size_t n = wcrtomb(mb, (wchar_t)ch, &ps);
	if (n == (size_t)-1 || ch < 0x20 || ch == 0x7f)
		return;
	/* Past the limit, bytes are counted but not kept: the check says so. */
	for (size_t i = 0; i < n; i++, f->len++)
		if (f->len < PASS_ROOM - 1)
			f->pass[f->len] = mb[i];
	wishes_wipe(mb, sizeof mb);
}

static void pass_back(struct ui_wishes *f)
{
	while (f->len > 0) {
		f->len--;
		unsigned char c = f->len < PASS_ROOM ? (unsigned char)f->pass[f->len] : 0;
		if (f->len < PASS_ROOM)
			f->pass[f->len] = '\0';
		if ((c & 0xC0) != 0x80)
			break;
	}
}

/* Move the typed passphrase to dst, and clear it. */
static void pass_take(struct ui_wishes *f, char *dst, size_t *len)
{
	memcpy(dst, f->pass, PASS_ROOM);
	*len = f->len;
	wishes_wipe(f->pass, sizeof f->pass);
	f->len = 0;
}

static void fail(struct ui_wishes *f, const struct tend_err *err)
{
	note(f, err->msg);
}

static void pass_unlocked(struct ui *ui)
{
	struct ui_wishes *f = ui->wishes;
	struct tend_err err = { 0 };
	int k = f->mode == UI_WISHES_SHOW ? f->partner - 1 : 0;
	if (wishes_unlock(ui->app->st, f->m, &f->list, f->partner, ui_ctx_name(ui, f->partner),
	                  f->pass, f->len, &f->ans[k], &err) != TEND_OK) {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		fail(f, &err);
		return;
	}
	f->note[0] = '\0';
	if (f->mode == UI_WISHES_ANSWER) {
		pass_take(f, f->keep, &f->keep_len);
		f->step = S_ANSWER;
	} else if (f->partner == 1) {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		f->partner = 2;
		f->step = S_HANDOVER;
		clearok(curscr, TRUE);
	} else {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		wishes_overlap(&f->list, &f->ans[0], &f->ans[1], &f->ov);
		wishes_wipe(f->ans, sizeof f->ans);
		f->step = S_OVERLAP;
	}
}

static void pass_done(struct ui *ui)
{
	struct ui_wishes *f = ui->wishes;
	struct tend_err err = { 0 };
	if (wishes_pass_check(f->pass, f->len, &err) != TEND_OK) {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		fail(f, &err);
		return;
	}
	if (f->step == S_PASS && f->mode == UI_WISHES_REPASS) {
		pass_take(f, f->old, &f->old_len);
		f->step = S_NEW;
		f->note[0] = '\0';
	} else if (f->step == S_PASS) {
		pass_unlocked(ui);
	} else if (f->step == S_NEW) {
		pass_take(f, f->keep, &f->keep_len);
		f->step = S_AGAIN;
		f->note[0] = '\0';
	} else if (f->len != f->keep_len || memcmp(f->pass, f->keep, f->len) != 0) {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		note(f, "The two passphrases differ; choose one again.");
		f->step = S_NEW;
	} else if (f->mode == UI_WISHES_REPASS) {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		if (wishes_repass(ui->app->st, f->m, f->partner, ui_ctx_name(ui, f->partner), f->old,
		                  f->old_len, f->keep, f->keep_len, &err) != TEND_OK) {
			wishes_wipe(f->old, sizeof f->old);
			f->step = S_PASS;
			fail(f, &err);
		} else {
			finish(ui, "Your answers are sealed with the new passphrase.");
		}
	} else {
		wishes_wipe(f->pass, sizeof f->pass);
		f->len = 0;
		memset(&f->ans[0], 0, sizeof f->ans[0]);
		f->ans[0].n = f->list.n;
		f->step = S_ANSWER;
		f->note[0] = '\0';
	}
}

static enum ui_action pass_key(struct ui *ui, struct ui_key k)
{
	struct ui_wishes *f = ui->wishes;
	if (!k.fn && (k.ch == L'\n' || k.ch == L'\r'))
		pass_done(ui);
	else if ((k.fn && k.ch == KEY_BACKSPACE) || (!k.fn && (k.ch == 0x7f || k.ch == 0x08)))
		pass_back(f);
	else if (!k.fn)
		pass_add(f, k.ch);
	return UI_REDRAW;
}

static void pick(struct ui *ui, int partner)
{
	struct ui_wishes *f = ui->wishes;
	f->partner = partner;
	f->note[0] = '\0';
	if (f->mode == UI_WISHES_ERASE)
		f->step = S_ERASE;
	else if (f->mode == UI_WISHES_REPASS && !ui->wishes_sealed[partner - 1])
		note(f, "There are no answers to seal anew yet.");
	else
		f->step = f->mode == UI_WISHES_ANSWER && !ui->wishes_sealed[partner - 1] ? S_NEW
		          : S_PASS;
}

static enum ui_action answer_key(struct ui *ui, struct ui_key k)
{
	struct ui_wishes *f = ui->wishes;
	int n = (int)f->list.n, page = getmaxy(ui->full) - 6;
	if (k.fn) {
		switch (k.ch) {
		case KEY_UP: f->cur--; break;
		case KEY_DOWN: f->cur++; break;
		case KEY_PPAGE: f->cur -= page; break;
		case KEY_NPAGE: f->cur += page; break;
		case KEY_HOME: f->cur = 0; break;
		case KEY_END: f->cur = n - 1; break;
		default: return UI_NONE;
		}
	} else if (k.ch == L'\n' || k.ch == L'\r') {
		f->step = S_PAIRS;
		return UI_REDRAW;
	} else {
		int a = k.ch == L'y' || k.ch == L'1' ? WISH_YES
		        : k.ch == L'?' || k.ch == L'2' ? WISH_MAYBE
		        : k.ch == L'n' || k.ch == L'3' ? WISH_NO : WISH_UNSET;
		if (a == WISH_UNSET)
			return UI_NONE;
		f->ans[0].a[f->cur] = (unsigned char)a;
		f->cur++;
	}
	f->cur = f->cur < 0 ? 0 : f->cur >= n ? n - 1 : f->cur;
	return UI_REDRAW;
}

static void seal_now(struct ui *ui, bool pairs)
{
	struct ui_wishes *f = ui->wishes;
	struct tend_err err = { 0 };
	f->ans[0].pairs = pairs;
	int rc = wishes_seal(ui->app->st, f->m, &f->list, f->partner, f->keep, f->keep_len,
	                     &f->ans[0], &err);
	if (rc != TEND_OK) {
		f->step = S_ANSWER;
		fail(f, &err);
		return;
	}
	finish(ui, "Sealed. Nothing of your answers is on the screen; hand over when you like.");
}

static void erase_now(struct ui *ui)
{
	struct ui_wishes *f = ui->wishes;
	struct tend_err err = { 0 };
	bool erased = false;
	if (wishes_erase(ui->app->st, f->partner, &erased, &err) != TEND_OK) {
		fail(f, &err);
		return;
	}
	finish(ui, erased ? "Erased for good. You can answer again any time."
	       : "There were no answers to erase.");
}

static enum ui_action wishes_key(struct ui *ui, struct ui_key k)
{
	struct ui_wishes *f = ui->wishes;
	bool enter = !k.fn && (k.ch == L'\n' || k.ch == L'\r');
	if (!f || (!k.fn && k.ch == KEY_ESC) || (f->step == S_DONE && enter) ||
	    (f->step == S_OVERLAP && enter)) {
		ui_wishes_abandon(ui);
		return UI_REDRAW;
	}
	switch (f->step) {
	case S_PICK:
		if (!k.fn && (k.ch == L'1' || k.ch == L'2'))
			pick(ui, (int)(k.ch - L'0'));
		return UI_REDRAW;
	case S_PASS: case S_NEW: case S_AGAIN:
		return pass_key(ui, k);
	case S_ANSWER:
		return answer_key(ui, k);
	case S_PAIRS:
		if (!k.fn && (k.ch == L'y' || k.ch == L'n'))
			seal_now(ui, k.ch == L'y');
		return UI_REDRAW;
	case S_HANDOVER:
		if (enter)
			f->step = S_PASS;
		return UI_REDRAW;
	case S_ERASE:
		if (!k.fn && k.ch == L'y')
			erase_now(ui);
		else if (!k.fn && k.ch == L'n')
			ui_wishes_abandon(ui);
		return UI_REDRAW;
	default:
		return UI_NONE;
	}
}

const struct ui_view ui_wishes_view = {
	.name = "wishes",
	.draw = wishes_draw,
	.key = wishes_key,
};
