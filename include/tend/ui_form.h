/* ui_form: inline forms over the dashboard (fields with their validation
 * messages beside them; Enter saves, Esc cancels without writing), and
 * yes/no questions. */
#ifndef TEND_UI_FORM_H
#define TEND_UI_FORM_H

#include <stdbool.h>
#include <time.h>

#include "tend/text.h"
#include "tend/ui_ctx.h"

enum ui_field_type { UI_FIELD_HEADING, UI_FIELD_TEXT, UI_FIELD_NUMBER, UI_FIELD_CHOICE };

#define UI_FORM_FIELDS 12
/* Bytes a text field of TEXT_MAX_CHARS characters needs (4 per character). */
#define UI_FIELD_BYTES (TEXT_MAX_CHARS * 4 + 1)
#define UI_FIELD_CHOICES 6

struct ui_field {
	int type;
	char label[256];          /* a heading may be a whole sentence */
	char *text;                /* text and number fields, UTF-8; owned */
	size_t cap;                /* bytes text can hold, with its '\0' */
	int max_chars;             /* text: characters that can be typed */
	int min, max;              /* number: bounds */
	const char *choice[UI_FIELD_CHOICES]; /* choice: not owned */
	int n_choices, sel;        /* sel -1: nothing picked yet */
	bool required;             /* a choice: must be picked before saving */
	bool stray;                /* a choice: a letter that picks nothing was
	                              typed; letters pick nothing until another key */
	char error[96];            /* shown beside the field */
};

struct ui_form;
/* Validate and save; true closes the form. On false the form stays open
 * with the errors set on its fields or in f->error. */
typedef bool (*ui_form_save_fn)(struct ui *ui, struct ui_form *f);

struct ui_form {
	char title[256];
	char hint[160];           /* a line under the fields */
	char error[1200];         /* why saving failed, under the fields */
	struct ui_field field[UI_FORM_FIELDS];
	int n, cur;
	ui_form_save_fn save;
	struct entry entry;       /* the entry being edited (id 0: a new one) */
	const char *path;         /* free for the form's owner */
	bool waiting;             /* another tend holds the write lock: retrying */
	struct entry seen[2];     /* check-in form: the partners' check-ins shown
	                             when it opened (id 0: none), to spot a race */
	bool gone;                /* its entry was deleted elsewhere: Enter saves
	                             what is typed as a new one */
	bool advanced;            /* a digit just moved the cursor on: a Tab now stays */
	bool picked;              /* so did a pick in a choice: a Tab now stays */
	bool touched;             /* something was typed or picked since it opened */
	bool quit_asked;          /* Ctrl-C asked once whether to drop the form */
	/* Called after the form closed on a save (saved) or on Esc (not saved):
	 * the guided evening goes on from there. NULL: nothing follows. */
	void (*done)(struct ui *ui, bool saved);
	const char *esc_word;     /* what Esc does, for the key line; NULL: "cancel" */
	/* Called when a choice field's pick changed (by key or click), so that
	 * a form can change its other fields to match. NULL: nothing to do. */
	void (*picked_fn)(struct ui *ui, struct ui_form *f, int field);
};

/* Open a new form over the current view (replacing any open form). */
struct ui_form *ui_form_open(struct ui *ui, const char *title, ui_form_save_fn save);
void ui_form_close(struct ui *ui);

struct ui_field *ui_form_heading(struct ui_form *f, const char *label);
/* A text field of up to max_chars typed characters (0: TEXT_MAX_CHARS). The
 * value is kept whole, even when it is longer. */
struct ui_field *ui_form_text(struct ui_form *f, const char *label, int max_chars,
                              bool required, const char *value);
/* value 0 leaves a number field empty. */
struct ui_field *ui_form_number(struct ui_form *f, const char *label, int min, int max,
                                bool required, int value);
/* sel -1 leaves the choice unpicked (then required makes the form ask for
 * it); a picked choice is highlighted. */
struct ui_field *ui_form_choice(struct ui_form *f, const char *label,
                                const char *const *choices, int n, int sel);

/* The number in a field; false when it is empty or not a number. */
bool ui_field_int(const struct ui_field *fl, int *out);
bool ui_field_empty(const struct ui_field *fl);
/* Replace a text or number field's contents with all of s. */
void ui_field_set(struct ui_field *fl, const char *s);
/* Remove every field, to build the form again. */
void ui_form_clear(struct ui_form *f);
void ui_field_error(struct ui_field *fl, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Check every field's own rules (required, bounds); false when one fails. */
bool ui_form_check(struct ui_form *f);

void ui_form_draw(struct ui *ui);
enum ui_action ui_form_key(struct ui *ui, struct ui_key k);
/* A click on choice `choice` of field `field` (see ui_ctx_clickable). */
enum ui_action ui_form_click(struct ui *ui, int field, int choice);

/* Say why saving failed under the fields. When another tend holds the write
 * lock, the form keeps everything typed and says it is waiting; ui_form_tick
 * then saves again until the lock is free (or Esc). */
void ui_form_fail(struct ui *ui, struct ui_form *f, const struct tend_err *err);
/* Called between keys: retry a waiting form about once a second. */
void ui_form_tick(struct ui *ui, time_t now);

/* Ctrl-C over a form with typed content: the first asks (true: stay), the
 * second quits. False when the dashboard may quit now. */
bool ui_form_quit_ask(struct ui *ui);

/* A yes/no question; on_yes runs after y or Y only: every other key
 * (Enter, Esc, n, ...) answers no. */
void ui_confirm_open(struct ui *ui, const char *question, void (*on_yes)(struct ui *ui));
void ui_confirm_draw(struct ui *ui);
enum ui_action ui_confirm_key(struct ui *ui, struct ui_key k);

/* Make a popup window of h x w centred on the screen (kept in ui->pop). */
WINDOW *ui_form_popup(struct ui *ui, int h, int w);

#endif
