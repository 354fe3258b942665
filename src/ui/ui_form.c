/* ui_form: a small form engine: text fields (UTF-8, backspace by
 * character), numbers, and choices picked with a digit or an initial. */
#include "tend/ui_form.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "tend/text.h"
#include "tend/ui_draw.h"

enum { FORM_MAX_W = 76, LABEL_MAX = 18, KEY_ESC = 27, KEY_CTRL_U = 21 };

struct ui_form *ui_form_open(struct ui *ui, const char *title, ui_form_save_fn save)
{
	ui_form_close(ui);
	struct ui_form *f = calloc(1, sizeof(*f));
	if (f == NULL)
		ui_oom();
	snprintf(f->title, sizeof(f->title), "%s", title);
	f->save = save;
	ui->form = f;
	ui->dirty = true;
	return f;
}

void ui_form_clear(struct ui_form *f)
{
	for (int i = 0; i < f->n; i++)
		free(f->field[i].text);
	memset(f->field, 0, sizeof(f->field));
	f->n = f->cur = 0;
}

void ui_form_close(struct ui *ui)
{
	if (ui->form == NULL)
		return;
	ui_form_clear(ui->form);
	entry_clear(&ui->form->entry);
	entry_clear(&ui->form->seen[0]);
	entry_clear(&ui->form->seen[1]);
	free(ui->form);
	ui->form = NULL;
	ui->dirty = true;
	curs_set(0);
}

/* A new field; text and number fields get room for cap bytes. */
static struct ui_field *form_add(struct ui_form *f, int type, const char *label, size_t cap)
{
	if (f->n >= UI_FORM_FIELDS)
		return NULL;
	struct ui_field *fl = &f->field[f->n++];
	memset(fl, 0, sizeof(*fl));
	fl->type = type;
	snprintf(fl->label, sizeof(fl->label), "%s", label);
	if (cap > 0) {
		fl->text = calloc(1, cap);
		if (fl->text == NULL)
			ui_oom();
		fl->cap = cap;
	}
	return fl;
}

void ui_field_set(struct ui_field *fl, const char *s)
{
	size_t n = strlen(s);
	if (n + 1 > fl->cap) {
		char *t = realloc(fl->text, n + 1);
		if (t == NULL)
			ui_oom();
		fl->text = t;
		fl->cap = n + 1;
	}
	memcpy(fl->text, s, n + 1);
}

/* The first field that takes input, from i on. */
static int form_next_input(const struct ui_form *f, int i, int step)
{
	for (int k = 0; k < f->n; k++, i += step) {
		i = (i + f->n) % f->n;
		if (f->field[i].type != UI_FIELD_HEADING)
			return i;
	}
	return 0;
}

struct ui_field *ui_form_heading(struct ui_form *f, const char *label)
{
	return form_add(f, UI_FIELD_HEADING, label, 0);
}

struct ui_field *ui_form_text(struct ui_form *f, const char *label, int max_chars,
                              bool required, const char *value)
{
	int most = max_chars > 0 && max_chars < TEXT_MAX_CHARS ? max_chars : TEXT_MAX_CHARS;
	struct ui_field *fl = form_add(f, UI_FIELD_TEXT, label, (size_t)most * 4 + 1);
	fl->max_chars = most;
	fl->required = required;
	if (value != NULL)
		ui_field_set(fl, value);
	if (f->n == 1 || f->field[f->cur].type == UI_FIELD_HEADING)
		f->cur = form_next_input(f, 0, 1);
	return fl;
}

struct ui_field *ui_form_number(struct ui_form *f, const char *label, int min, int max,
                                bool required, int value)
{
	struct ui_field *fl = form_add(f, UI_FIELD_NUMBER, label, 16);
	fl->min = min;
	fl->max = max;
	fl->max_chars = 6;
	fl->required = required;
	if (value != 0)
		snprintf(fl->text, fl->cap, "%d", value);
	f->cur = form_next_input(f, 0, 1);
	return fl;
}

struct ui_field *ui_form_choice(struct ui_form *f, const char *label,
                                const char *const *choices, int n, int sel)
{
	struct ui_field *fl = form_add(f, UI_FIELD_CHOICE, label, 0);
	fl->n_choices = n > UI_FIELD_CHOICES ? UI_FIELD_CHOICES : n;
	for (int i = 0; i < fl->n_choices; i++)
		fl->choice[i] = choices[i];
	fl->sel = sel >= 0 && sel < fl->n_choices ? sel : -1;
	f->cur = form_next_input(f, 0, 1);
	return fl;
}

bool ui_field_empty(const struct ui_field *fl)
{
	for (const char *s = fl->text; *s; s++)
		if (*s != ' ')
			return false;
	return true;
}

bool ui_field_int(const struct ui_field *fl, int *out)
{
	char *end;
	if (ui_field_empty(fl))
		return false;
	long v = strtol(fl->text, &end, 10);
	while (*end == ' ')
		end++;
	if (*end != '\0' || v < -100000 || v > 100000)
		return false;
	*out = (int)v;
	return true;
}

void ui_field_error(struct ui_field *fl, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(fl->error, sizeof(fl->error), fmt, ap);
	va_end(ap);
}

bool ui_form_check(struct ui_form *f)
{
	bool ok = true;
	for (int i = 0; i < f->n; i++) {
		struct ui_field *fl = &f->field[i];
		int v;
		fl->error[0] = '\0';
		if (fl->type == UI_FIELD_TEXT && fl->required && ui_field_empty(fl))
			ui_field_error(fl, "please fill this in");
		else if (fl->type == UI_FIELD_CHOICE && fl->required && fl->sel < 0)
			ui_field_error(fl, "please pick one");
		else if (fl->type == UI_FIELD_NUMBER && ui_field_empty(fl) && fl->required)
			ui_field_error(fl, "a number from %d to %d", fl->min, fl->max);
		else if (fl->type == UI_FIELD_NUMBER && !ui_field_empty(fl) &&
		         (!ui_field_int(fl, &v) || v < fl->min || v > fl->max))
			ui_field_error(fl, "a number from %d to %d", fl->min, fl->max);
		if (fl->error[0] != '\0')
			ok = false;
	}
	return ok;
}

/* Remove the last UTF-8 character. */
static void text_backspace(char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		n--;
		if (((unsigned char)s[n] & 0xC0) != 0x80)
			break;
	}
	s[n] = '\0';
}

static int text_chars(const char *s)
{
	int n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static void text_append(struct ui_field *fl, wchar_t wc)
{
	char mb[MB_LEN_MAX];
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t len = wcrtomb(mb, wc, &st);
	size_t have = strlen(fl->text);
	if (len == (size_t)-1 || have + len + 1 > fl->cap ||
	    text_chars(fl->text) >= fl->max_chars)
		return;
	memcpy(fl->text + have, mb, len);
	fl->text[have + len] = '\0';
}

/* A choice whose first letter is wc, searching after the current one. */
static bool choice_by_initial(struct ui_field *fl, wint_t wc)
{
	for (int k = 1; k <= fl->n_choices; k++) {
		int i = (fl->sel + k) % fl->n_choices;
		wchar_t first = 0;
		mbstate_t st;
		memset(&st, 0, sizeof(st));
		if (mbrtowc(&first, fl->choice[i], strlen(fl->choice[i]), &st) > (size_t)-3)
			continue;
		if (towlower((wint_t)first) == towlower(wc)) {
			fl->sel = i;
			return true;
		}
	}
	return false;
}

/* A key in a choice field; true when it picked one by its digit or its
 * initial (the form then moves on, as after a check-in's digit). Arrows
 * and Space step through the choices and stay. */
static bool field_key_choice(struct ui_field *fl, struct ui_key k)
{
	bool picked = false;
	bool letter = !k.fn && iswprint(k.ch) && !iswdigit(k.ch);
	if (letter && fl->stray) {
		/* Words typed into a choice by mistake: none of their letters
		 * (or spaces) picks anything, and each is refused out loud. */
	} else if (k.fn && (k.ch == KEY_LEFT)) {
		fl->sel = fl->sel < 0 ? fl->n_choices - 1 : (fl->sel + fl->n_choices - 1) % fl->n_choices;
	} else if ((k.fn && k.ch == KEY_RIGHT) || (!k.fn && k.ch == L' ')) {
		fl->sel = (fl->sel + 1) % fl->n_choices;
	} else if (!k.fn && k.ch >= L'1' && k.ch < (wint_t)(L'1' + fl->n_choices)) {
		fl->sel = (int)(k.ch - L'1');
		picked = true;
	} else if (letter && choice_by_initial(fl, k.ch)) {
		picked = true;
	} else if (!k.fn && iswprint(k.ch)) {
		fl->stray = letter;
	} else {
		return false;
	}
	if (!k.fn && iswprint(k.ch) && !picked && (fl->stray || iswdigit(k.ch))) {
		ui_field_error(fl, fl->n_choices == 2 ? "pick with 1/2 or an initial"
		               : "pick with 1-%d or an initial", fl->n_choices);
		return false;
	}
	fl->stray = false;
	if (fl->sel >= 0)
		fl->error[0] = '\0';
	return picked;
}

/* The input field after the current one, or -1 when it is the last. */
static int form_later_input(const struct ui_form *f)
{
	for (int i = f->cur + 1; i < f->n; i++)
		if (f->field[i].type != UI_FIELD_HEADING)
			return i;
	return -1;
}

/* Typing into a text or number field; returns true when a one-digit number
 * was typed (the form then moves on). Anything but a digit in a number
 * field is refused out loud, with the field's rule beside it. */
static bool field_key_text(struct ui_field *fl, struct ui_key k)
{
	if (fl->type == UI_FIELD_NUMBER && !k.fn && iswprint(k.ch) && !iswdigit(k.ch)) {
		ui_field_error(fl, "a number from %d to %d", fl->min, fl->max);
		return false;
	}
	if ((k.fn && k.ch == KEY_BACKSPACE) || (!k.fn && (k.ch == 127 || k.ch == 8))) {
		text_backspace(fl->text);
	} else if (!k.fn && k.ch == KEY_CTRL_U) {
		fl->text[0] = '\0';
	} else if (fl->type == UI_FIELD_NUMBER && k.fn && (k.ch == KEY_LEFT || k.ch == KEY_RIGHT)) {
		int v = fl->min;
		if (ui_field_int(fl, &v))
			v += k.ch == KEY_RIGHT ? 1 : -1;
		v = v < fl->min ? fl->min : v > fl->max ? fl->max : v;
		snprintf(fl->text, fl->cap, "%d", v);
	} else if (fl->type == UI_FIELD_NUMBER && !k.fn && iswdigit(k.ch)) {
		if (fl->max < 10) {
			snprintf(fl->text, fl->cap, "%lc", (wint_t)k.ch);
			fl->error[0] = '\0';
			return true;
		}
		if (strlen(fl->text) >= 6) {
			ui_field_error(fl, "a number from %d to %d", fl->min, fl->max);
			return false;
		}
		text_append(fl, (wchar_t)k.ch);
	} else if (fl->type == UI_FIELD_TEXT && !k.fn && iswprint(k.ch)) {
		text_append(fl, (wchar_t)k.ch);
	}
	fl->error[0] = '\0';
	return false;
}


void ui_form_fail(struct ui *ui, struct ui_form *f, const struct tend_err *err)
{
	if (ui_ctx_busy(err)) {
		f->waiting = true;
		snprintf(f->error, sizeof(f->error), "Waiting for the other tend to finish saving%s "
		         "(Esc gives up)", ui->ascii ? "..." : "…");
		ui->form_retry_at = time(NULL) + 1;
	} else {
		snprintf(f->error, sizeof(f->error), "Not saved: %s", err->msg);
	}
	ui->dirty = true;
}

/* Show the form as it is before a save that may wait for the write lock
 * (up to the store's busy timeout), so the screen never looks frozen. */
static void form_show_saving(struct ui *ui, struct ui_form *f)
{
	if (!f->waiting)
		snprintf(f->error, sizeof(f->error), "Saving%s", ui->ascii ? "..." : "…");
	if (!ui->panic && !ui->lay.too_small) {
		ui_form_draw(ui);
		doupdate();
	}
}

static void form_save(struct ui *ui)
{
	struct ui_form *f = ui->form;
	form_show_saving(ui, f);
	bool was_waiting = f->waiting;
	f->waiting = false;
	f->error[0] = '\0';
	if (f->save(ui, f)) {
		if (ui->form == f) {
			void (*done)(struct ui *, bool) = f->done;
			ui_form_close(ui);
			if (done != NULL)
				done(ui, true);
		}
		return;
	}
	if (was_waiting && !f->waiting && f->error[0] == '\0')
		snprintf(f->error, sizeof(f->error), "The other tend has finished; please check and save again.");
	for (int i = 0; i < f->n; i++)
		if (f->field[i].error[0] != '\0') {
			f->cur = i;
			break;
		}
}

void ui_form_tick(struct ui *ui, time_t now)
{
	if (ui->form == NULL || !ui->form->waiting || now < ui->form_retry_at)
		return;
	form_save(ui);
	ui->dirty = true;
}

static bool key_is_next(struct ui_key k)
{
	return (!k.fn && k.ch == L'\t') || (k.fn && k.ch == KEY_DOWN);
}

static bool key_is_prev(struct ui_key k)
{
	return k.fn && (k.ch == KEY_BTAB || k.ch == KEY_UP);
}

enum ui_action ui_form_key(struct ui *ui, struct ui_key k)
{
	struct ui_form *f = ui->form;
	struct ui_field *fl = &f->field[f->cur];
	/* A digit moved the cursor on by itself: a Tab (or Down) right after it
	 * means the same move, not one more. */
	bool advanced = f->advanced, picked = f->picked;
	f->advanced = false;
	f->picked = false;
	if (k.fn || !iswprint(k.ch))
		fl->stray = false;
	if (f->quit_asked) {
		f->quit_asked = false;
		f->error[0] = '\0';
	}
	if (!k.fn && k.ch == KEY_ESC) {
		/* Alt+key and pasted sequences were dropped before this: a lone
		 * Esc (or two at once) cancels. */
		void (*done)(struct ui *, bool) = f->done;
		bool touched = f->touched;
		ui_form_close(ui);
		/* A form that goes on to another (the evening) says it only when
		 * something typed was let go. */
		if (done == NULL || touched)
			ui_ctx_message(ui, false, "Cancelled: nothing was saved.");
		if (done != NULL)
			done(ui, false);
	} else if ((k.fn && k.ch == KEY_ENTER) || (!k.fn && (k.ch == L'\n' || k.ch == L'\r'))) {
		form_save(ui);
	} else if (key_is_next(k)) {
		/* Swallowed only when a digit just moved on to another number:
		 * a Tab out of a text or choice field always moves. */
		if (!picked && (!advanced || fl->type != UI_FIELD_NUMBER))
			f->cur = form_next_input(f, f->cur + 1, 1);
	} else if (key_is_prev(k)) {
		f->cur = form_next_input(f, f->cur - 1, -1);
	} else if (fl->type == UI_FIELD_CHOICE) {
		f->touched = true;
		int next = form_later_input(f), was = fl->sel, at = f->cur;
		if (field_key_choice(fl, k) && next >= 0) {
			f->cur = next;
			f->picked = true;
		}
		if (fl->sel != was && f->picked_fn)
			f->picked_fn(ui, f, at);
	} else {
		f->touched = true;
		if (field_key_text(fl, k)) {
			f->cur = form_next_input(f, f->cur + 1, 1);
			f->advanced = true;
		}
	}
	return UI_REDRAW;
}

bool ui_form_quit_ask(struct ui *ui)
{
	struct ui_form *f = ui->form;
	if (f == NULL || !f->touched || f->quit_asked || ui->lay.too_small)
		return false;
	f->quit_asked = true;
	snprintf(f->error, sizeof(f->error), "Quit without saving this? Ctrl-C again quits; "
	         "Enter saves, Esc cancels, any other key goes on.");
	ui->dirty = true;
	return true;
}

WINDOW *ui_form_popup(struct ui *ui, int h, int w)
{
	if (ui->pop != NULL)
		delwin(ui->pop);
	ui->pop = NULL;
	h = h > LINES ? LINES : h;
	w = w > COLS ? COLS : w;
	if (h < 1 || w < 1)
		return NULL;
	ui->pop = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);
	if (ui->pop == NULL)
		ui_oom();
	return ui->pop;
}

static int form_label_width(const struct ui_form *f)
{
	int lw = 0;
	for (int i = 0; i < f->n; i++) {
		int n = text_width(f->field[i].label);
		if (f->field[i].type != UI_FIELD_HEADING && n > lw)
			lw = n;
	}
	return lw > LABEL_MAX ? LABEL_MAX : lw;
}

/* The end of a text that fits in cols: "…" and the last characters. */
static int draw_text_tail(struct ui *ui, WINDOW *w, int y, int x, int cols, const char *s)
{
	char *safe = text_safe(s, ui->ascii);
	if (safe == NULL)
		ui_oom();
	const char *p = safe;
	int used = 0;
	/* Only the last characters can show: skip a long text's start at once
	 * (a character takes at most two columns, or none). */
	int keep = 4 * (cols > 0 ? cols : 1) + 4, chars = 0;
	const char *q = safe + strlen(safe);
	while (q > safe && chars < keep)
		if (((unsigned char)*--q & 0xC0) != 0x80)
			chars++;
	if (q > safe || text_width(p) > cols - 1) {
		p = q;
		while (*p && text_width(p) > cols - 2) {
			p++;
			while (((unsigned char)*p & 0xC0) == 0x80)
				p++;
		}
		used = ui_draw_text(ui, w, y, x, 1, UI_ROLE_DIM, ui->ascii ? "~" : "…");
	}
	used += ui_draw_text(ui, w, y, x + used, cols - used, UI_ROLE_TEXT, p);
	free(safe);
	return used;
}

/* Choices side by side, "1 Alex  2 Sam", the selected one highlighted;
 * each is clickable (field is the field's index). */
static int draw_choices(struct ui *ui, WINDOW *w, int y, int x, int cols,
                        const struct ui_field *fl, int field, bool current)
{
	int used = 0, first = 0, all = 0;
	for (int i = 0; i < fl->n_choices; i++)
		all += text_width(fl->choice[i]) + 6;
	/* Too long for the line (a menu's items): start at the one picked, so
	 * it is always in sight, with a mark for those before it. */
	if (all > cols && fl->sel > 0) {
		first = fl->sel;
		used += 1 + ui_draw_text(ui, w, y, x, cols, UI_ROLE_DIM, "<");
	}
	for (int i = first; i < fl->n_choices && used < cols; i++) {
		char buf[300];
		snprintf(buf, sizeof(buf), "%d %s", i + 1, fl->choice[i]);
		bool sel = i == fl->sel;
		enum ui_role role = sel ? (current ? UI_ROLE_FOCUS : UI_ROLE_TITLE) : UI_ROLE_DIM;
		int start = used;
		if (sel)
			used += ui_draw_text(ui, w, y, x + used, cols - used, role, "[");
		used += ui_draw_text(ui, w, y, x + used, cols - used, role, buf);
		if (sel)
			used += ui_draw_text(ui, w, y, x + used, cols - used, role, "]");
		ui_ctx_clickable(ui, w, y, x + start, used - start + 1, 0, field, i);
		used += 2;
	}
	return used;
}

/* A click on a choice picks it, as its digit does, and moves there. */
enum ui_action ui_form_click(struct ui *ui, int field, int choice)
{
	struct ui_form *f = ui->form;
	if (f == NULL || field < 0 || field >= f->n || f->field[field].type != UI_FIELD_CHOICE ||
	    choice < 0 || choice >= f->field[field].n_choices)
		return UI_NONE;
	f->cur = field;
	int was = f->field[field].sel;
	f->field[field].sel = choice;
	f->field[field].error[0] = '\0';
	f->touched = true;
	if (was != choice && f->picked_fn)
		f->picked_fn(ui, f, field);
	return UI_REDRAW;
}

/* A number field is as wide as its largest number (or what was typed),
 * with a column for the cursor: "4_" for 1 to 5. */
static int number_width(const struct ui_field *fl)
{
	int digits = 1;
	for (int v = fl->max; v >= 10; v /= 10)
		digits++;
	int typed = text_chars(fl->text);
	return (typed > digits ? typed : digits) + 1;
}

/* One field's line; returns the cursor column for text fields, else -1. */
static int draw_field(struct ui *ui, WINDOW *w, int y, int lw, const struct ui_field *fl,
                      int field, bool current)
{
	int cols = getmaxx(w);
	if (fl->type == UI_FIELD_HEADING) {
		ui_draw_text(ui, w, y, 2, cols - 4, UI_ROLE_TITLE, fl->label);
		return -1;
	}
	int lx = 2 + lw - text_width(fl->label);
	ui_draw_text(ui, w, y, lx < 2 ? 2 : lx, lw, current ? UI_ROLE_FOCUS : UI_ROLE_TEXT, fl->label);
	int x = 2 + lw + 2;
	int err_w = fl->error[0] ? (int)strlen(fl->error) + 2 : 0;
	int room = cols - x - 2 - err_w;
	if (room < 8)
		room = cols - x - 2;
	int used, cursor = -1;
	if (fl->type == UI_FIELD_CHOICE) {
		used = draw_choices(ui, w, y, x, room, fl, field, current);
	} else {
		int fw = fl->type == UI_FIELD_NUMBER ? number_width(fl)
		         : fl->max_chars < room ? fl->max_chars + 1 : room;
		mvwhline(w, y, x, '_' | ui_attr(ui, UI_ROLE_DIM), fw < room ? fw : room);
		used = draw_text_tail(ui, w, y, x, fw, fl->text);
		cursor = x + used;
		used = fw;
	}
	if (fl->error[0])
		ui_draw_text(ui, w, y, x + used + 1, cols - x - used - 3, UI_ROLE_ERROR, fl->error);
	return cursor;
}

/* The bytes of s that fit on one line of cols columns, broken at a space
 * when there is one; at least one character. */
static size_t wrap_take(const char *s, int cols)
{
	char buf[sizeof(((struct ui_form *)0)->error)];
	size_t best = 0, n = strlen(s);
	for (size_t i = 1; i <= n; i++) {
		if (i < n && s[i] != ' ')
			continue;
		memcpy(buf, s, i);
		buf[i] = '\0';
		if (text_width(buf) > cols)
			break;
		best = i;
	}
	if (best == 0) {
		best = 1;
		while (((unsigned char)s[best] & 0xC0) == 0x80)
			best++;
	}
	return best;
}

/* The note under the fields over up to `max` lines; returns the lines used
 * (only counted when w is NULL). */
static int draw_note(struct ui *ui, WINDOW *w, int y, int cols, enum ui_role role,
                     const char *s, int max)
{
	char line[sizeof(((struct ui_form *)0)->error)];
	int used = 0;
	while (*s && used < max) {
		size_t take = used == max - 1 ? strlen(s) : wrap_take(s, cols);
		snprintf(line, sizeof(line), "%.*s", (int)take, s);
		if (w != NULL)
			ui_draw_text(ui, w, y + used, 2, cols, role, line);
		used++;
		s += take;
		while (*s == ' ')
			s++;
	}
	return used > 0 ? used : 1;
}

enum { NOTE_LINES = 3 };

/* The keys of the form; how to pick only while a choice has the cursor. */
static void form_keys_line(const struct ui_form *f, char *buf, size_t size)
{
	const struct ui_field *fl = &f->field[f->cur];
	const char *esc = f->esc_word ? f->esc_word : "cancel";
	int n = snprintf(buf, size, f->gone ? "Enter save as new   Esc %s   Tab next field"
	                 : "Enter save   Esc %s   Tab next field", esc);
	if (fl->type != UI_FIELD_CHOICE || n < 0 || (size_t)n >= size)
		return;
	if (fl->n_choices == 2)
		snprintf(buf + n, size - (size_t)n, "   1/2 or initial picks");
	else
		snprintf(buf + n, size - (size_t)n, "   1-%d or initial picks", fl->n_choices);
}

void ui_form_draw(struct ui *ui)
{
	struct ui_form *f = ui->form;
	int note_w = (COLS < FORM_MAX_W ? COLS : FORM_MAX_W) - 4;
	int note = f->error[0] ? draw_note(ui, NULL, 0, note_w, UI_ROLE_ERROR, f->error, NOTE_LINES)
	           : 1;
	int h = f->n + 6 + note;
	WINDOW *w = ui_form_popup(ui, h, FORM_MAX_W);
	if (w == NULL)
		return;
	ui_draw_box(ui, w, f->title, true);
	int lw = form_label_width(f);
	int cy = -1, cx = -1;
	for (int i = 0; i < f->n; i++) {
		int c = draw_field(ui, w, 2 + i, lw, &f->field[i], i, i == f->cur);
		if (i == f->cur && c >= 0) {
			cy = 2 + i;
			cx = c;
		}
	}
	int y = 3 + f->n;
	if (f->error[0])
		draw_note(ui, w, y, getmaxx(w) - 4, UI_ROLE_ERROR, f->error, NOTE_LINES);
	else if (f->hint[0])
		ui_draw_text(ui, w, y, 2, getmaxx(w) - 4, UI_ROLE_DIM, f->hint);
	char keys[96];
	form_keys_line(f, keys, sizeof(keys));
	ui_draw_text(ui, w, y + note, 2, getmaxx(w) - 4, UI_ROLE_DIM, keys);
	if (cy >= 0 && cy < getmaxy(w) && cx < getmaxx(w)) {
		wmove(w, cy, cx);
		curs_set(1);
		leaveok(w, FALSE);
	} else {
		curs_set(0);
	}
	wnoutrefresh(w);
}

void ui_confirm_open(struct ui *ui, const char *question, void (*on_yes)(struct ui *ui))
{
	snprintf(ui->confirm.question, sizeof(ui->confirm.question), "%s", question);
	ui->confirm.on_yes = on_yes;
	ui->confirm.active = true;
	ui->dirty = true;
}

void ui_confirm_draw(struct ui *ui)
{
	WINDOW *w = ui_form_popup(ui, 6, 60);
	if (w == NULL)
		return;
	ui_draw_box(ui, w, "Are you sure?", true);
	ui_draw_text(ui, w, 2, 2, getmaxx(w) - 4, UI_ROLE_TEXT, ui->confirm.question);
	int x = 2 + ui_draw_text(ui, w, 3, 2, 2, UI_ROLE_KEY, "y");
	x += ui_draw_text(ui, w, 3, x, 12, UI_ROLE_TEXT, " yes   ");
	ui_draw_text(ui, w, 3, x, getmaxx(w) - x - 2, UI_ROLE_TEXT, "any other key: no");
	curs_set(0);
	wnoutrefresh(w);
}

enum ui_action ui_confirm_key(struct ui *ui, struct ui_key k)
{
	/* Only a deliberate y says yes: Enter, Esc, n and any other key say no,
	 * so a key pressed out of habit never deletes anything. */
	ui->confirm.active = false;
	if (!k.fn && (k.ch == L'y' || k.ch == L'Y')) {
		if (ui->confirm.on_yes != NULL)
			ui->confirm.on_yes(ui);
	} else {
		ui_ctx_message(ui, false, "Nothing was changed.");
	}
	return UI_REDRAW;
}
