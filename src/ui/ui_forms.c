/* ui_forms: building the entry forms and saving them through the store,
 * remembering each change for undo. */
#include "tend/ui_forms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/checkin.h"
#include "tend/gesture.h"
#include "tend/guide.h"
#include "tend/menu.h"
#include "tend/repair.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/touch.h"

static const char *const bid_choices[] = { "none", "toward", "away" };
static const char *const accepted_choices[] = { "yes", "not yet" };
static const char *const light_choices[] = { "green", "yellow", "red", "none" };
static const int light_values[] = { LIGHT_GREEN, LIGHT_YELLOW, LIGHT_RED, LIGHT_NONE };
#define STAGE_BACK "back a stage"
enum { ACCEPTED_NOT_YET = 1, LIGHT_INDEX_NONE = 3 };

/* The partner whose turn it is for kind today (the core's rule). */
static int turn_of(const struct ui *ui, enum entry_kind kind)
{
	return entry_turn(&ui->entries, kind, ui->app->today);
}

/* Save e through its practice's core module, which checks its rules: a
 * new entry when e->id is 0, else an edit. */
static int practice_save(struct ui *ui, struct entry *e, struct entry *replaced,
                         struct tend_err *err)
{
	struct store *st = ui->app->st;
	switch (e->kind) {
	case ENTRY_CHECKIN: return checkin_save(st, e, replaced, err);
	case ENTRY_GESTURE: return gesture_save(st, e, err);
	case ENTRY_REPAIR: return repair_save(st, e, err);
	default: return entry_put(st, e, replaced, err);
	}
}

/* Who logs it: picked with 1, 2 or an initial (partner 0: nobody yet, and
 * the form will not save until someone is picked). */
static void partner_field(struct ui *ui, struct ui_form *f, const char *label, int partner)
{
	const char *names[2] = { ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	ui_form_choice(f, label, names, 2, partner - 1)->required = true;
}

/* The touch form's fields after its first five: who invited (never
 * needed), the list of the menu that fitted the evening, and an item of it. */
enum { TOUCH_INVITED = 5, TOUCH_TIER, TOUCH_ITEM };

/* The item field offers "none" and the items of the tier picked; keep (an
 * item the session recorded, since taken off the list) stays on offer. */
static void item_choices(struct ui *ui, struct ui_form *f, const char *keep)
{
	struct ui_field *fl = &f->field[TOUCH_ITEM];
	const struct menu *m = &ui->app->menu;
	int tier = f->field[TOUCH_TIER].sel;
	fl->choice[0] = "none";
	fl->n_choices = 1;
	fl->sel = 0;
	for (size_t i = 0; tier > MENU_NONE && i < m->n[tier] && fl->n_choices < UI_FIELD_CHOICES; i++)
		fl->choice[fl->n_choices++] = m->item[tier][i];
	if (!keep)
		return;
	for (int i = 1; i < fl->n_choices; i++)
		if (strcmp(fl->choice[i], keep) == 0)
			fl->sel = i;
	if (fl->sel == 0 && fl->n_choices < UI_FIELD_CHOICES) {
		fl->choice[fl->n_choices] = keep;
		fl->sel = fl->n_choices++;
	}
}

/* A new tier picked: its items are the ones on offer. */
static void touch_picked(struct ui *ui, struct ui_form *f, int field)
{
	if (field == TOUCH_TIER)
		item_choices(ui, f, NULL);
}

/* Who invited, the tier and the item (e: the session, NULL for a new one);
 * the guidelines under them when the session is at stage 3. */
static void touch_more_fields(struct ui *ui, struct ui_form *f, const struct entry *e)
{
	bool d = ui->app->cfg.discreet;
	const char *by[3] = { "not said", ui_ctx_name(ui, 1), ui_ctx_name(ui, 2) };
	ui_form_choice(f, d ? "Suggested by" : "Invited by", by, 3, e ? e->initiator : 0);
	const char *tiers[3] = { "none", menu_tier_name(MENU_CONNECTION, d),
	                         menu_tier_name(MENU_EXPERIENCE, d) };
	ui_form_choice(f, "Tonight", tiers, 3, e ? e->tier : 0);
	ui_form_choice(f, "Item", tiers, 1, 0);
	item_choices(ui, f, e ? f->entry.item : NULL);
	f->picked_fn = touch_picked;
	int stage = e ? e->stage : ui->stage.stage;
	if (!guide_shown(stage))
		return;
	if (!ui->guidelines) {
		ui_form_heading(f, "No guidelines yet: whoever wants to go slower can write them (o, Menu).");
		return;
	}
	char line[256];
	snprintf(line, sizeof line, "Your guidelines: %s", ui->guidelines);
	for (char *p = line; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	ui_form_heading(f, line);
}

/* A text field's contents for an entry: NULL when empty. */
static char *field_text(const struct ui_field *fl)
{
	if (ui_field_empty(fl))
		return NULL;
	char *s = strdup(fl->text);
	if (s == NULL)
		ui_oom();
	return s;
}

static void entry_fields(struct ui *ui, struct ui_form *f, enum entry_kind kind,
                         const struct entry *e);
static void checkin_edit_fields(struct ui_form *f, const struct entry *e);

/* How an entry reads now, in a few words for a note: "mood 3, stress 2,
 * “tea”" or "Sam: “hug at the door”". */
static void entry_summary(const struct ui *ui, const struct entry *e, char *buf, size_t size)
{
	char words[160] = "no words";
	if (e->text != NULL && e->text[0] != '\0') {
		char *cut = text_fit(e->text, 30, ui->ascii);
		if (cut == NULL)
			ui_oom();
		snprintf(words, sizeof(words), ui->ascii ? "\"%s\"" : "\u201c%s\u201d", cut);
		free(cut);
	}
	if (e->kind == ENTRY_CHECKIN)
		snprintf(buf, size, "mood %d, stress %d, %s", e->mood, e->stress, words);
	else
		snprintf(buf, size, "%s: %s", ui_ctx_name(ui, e->partner), words);
}

/* The entry of an edit form is gone (deleted elsewhere, or its id names
 * another entry now): what is typed stays, and Enter saves it as new. */
static void form_gone(struct ui *ui, struct ui_form *f)
{
	f->gone = true;
	f->entry.id = 0;
	f->entry.uid = 0;
	f->entry.rev = 0;
	snprintf(f->error, sizeof(f->error), "This was deleted in the other dashboard "
	         "meanwhile. What you typed is still here: Enter saves it as a new %s, "
	         "Esc lets it go.", ui_ctx_kind_label(ui, f->entry.kind));
	ui->dirty = true;
}

/* Whether the entry of an edit form is still there; *fresh gets it. */
static bool form_entry_live(struct ui *ui, const struct ui_form *f, struct entry *fresh)
{
	struct tend_err err = { 0 };
	if (store_get(ui->app->st, f->entry.kind, f->entry.id, fresh, &err) == TEND_OK &&
	    fresh->uid == f->entry.uid)
		return true;
	entry_clear(fresh);
	return false;
}

/* The entry of an edit form was changed or deleted elsewhere since the form
 * opened: nothing is overwritten, and what was typed stays in the form. The
 * note says how it reads now; a second Enter saves over it knowingly. */
static void save_conflict(struct ui *ui, struct ui_form *f)
{
	struct entry fresh = { 0 };
	if (!form_entry_live(ui, f, &fresh)) {
		form_gone(ui, f);
		return;
	}
	char now[256];
	entry_summary(ui, &fresh, now, sizeof(now));
	entry_clear(&f->entry);
	f->entry = fresh;
	snprintf(f->error, sizeof(f->error), "Someone changed this in the other dashboard "
	         "first; there it reads %s. What you typed is still here: Enter saves it "
	         "over that, Esc keeps theirs.", now);
}

void ui_forms_recheck(struct ui *ui)
{
	struct ui_form *f = ui->form;
	if (f == NULL || f->gone || f->entry.id == 0 || f->entry.uid == 0)
		return;
	struct entry fresh = { 0 };
	if (form_entry_live(ui, f, &fresh))
		entry_clear(&fresh);
	else
		form_gone(ui, f);
}

/* Save e as a new entry or as the edit of f->entry; false with f->error set
 * when the store refuses. */
static bool save_entry(struct ui *ui, struct ui_form *f, struct entry *e)
{
	struct tend_err err = { 0 };
	int rc;
	ui_ctx_undo_group(ui);
	if (f->entry.id == 0) {
		struct entry replaced = { 0 };
		rc = practice_save(ui, e, &replaced, &err);
		if (rc == TEND_OK)
			ui_ctx_undo_push(ui, replaced.id != 0 ? UI_UNDO_REPLACED : UI_UNDO_ADDED, e,
			                 replaced.id != 0 ? &replaced : NULL);
		entry_clear(&replaced);
	} else {
		e->id = f->entry.id;
		e->rev = f->entry.rev;
		e->uid = f->entry.uid;
		e->created_at = f->entry.created_at;
		e->called_at = f->entry.called_at;
		e->returned_at = f->entry.returned_at;
		e->scheduled_at = f->entry.scheduled_at;
		rc = practice_save(ui, e, NULL, &err);
		if (rc == TEND_OK)
			ui_ctx_undo_push(ui, UI_UNDO_EDITED, e, &f->entry);
	}
	if (rc == TEND_E_CONFLICT || err.code == TEND_E_CONFLICT)
		save_conflict(ui, f);
	else if (rc != TEND_OK)
		ui_form_fail(ui, f, &err);
	ui_ctx_refresh(ui);
	if (ui->view == UI_VIEW_HISTORY)
		ui->dirty = true;
	return rc == TEND_OK;
}

/* Mood, stress and gratitude of one partner from three fields; 0: empty,
 * 1: an entry was filled, -1: invalid. */
static int checkin_fields(struct ui_form *f, int at, int partner, struct entry *e)
{
	struct ui_field *mood = &f->field[at], *stress = &f->field[at + 1], *grat = &f->field[at + 2];
	if (ui_field_empty(mood) && ui_field_empty(stress) && ui_field_empty(grat))
		return 0;
	bool ok = true;
	if (!ui_field_int(mood, &e->mood) || !checkin_scale_ok(e->mood)) {
		ui_field_error(mood, "mood from %d to %d", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
		ok = false;
	}
	if (!ui_field_int(stress, &e->stress) || !checkin_scale_ok(e->stress)) {
		ui_field_error(stress, "stress from %d to %d", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
		ok = false;
	}
	e->kind = ENTRY_CHECKIN;
	e->partner = partner;
	e->text = field_text(grat);
	return ok ? 1 : -1;
}

static const struct entry *today_checkin(const struct ui *ui, int partner)
{
	for (size_t i = 0; i < ui->entries.n; i++) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind == ENTRY_CHECKIN && e->day == ui->app->today && e->partner == partner)
			return e;
	}
	return NULL;
}

/* Remember a partner's check-in as the form shows it (none: id 0). */
static void checkin_seen(struct ui_form *f, int p, const struct entry *e)
{
	entry_clear(&f->seen[p]);
	if (e != NULL && !entry_copy(&f->seen[p], e))
		ui_oom();
}

/* Was a partner's check-in saved elsewhere since the form showed it? Then
 * nothing is saved this time. Fields left as they were shown take the new
 * one; what was typed stays, and the note says how theirs reads, so that
 * a second Enter saves over it knowingly. True when that happened. */
static bool checkin_conflict(struct ui *ui, struct ui_form *f, const struct entry e[2],
                             const int got[2])
{
	bool clash = false;
	for (int p = 0; p < 2; p++) {
		const struct entry *cur = today_checkin(ui, p + 1), *seen = &f->seen[p];
		if (got[p] <= 0 || cur == NULL || checkin_same(cur, &e[p]) ||
		    (cur->id == seen->id && cur->uid == seen->uid && cur->rev == seen->rev))
			continue;
		char now[256];
		entry_summary(ui, cur, now, sizeof(now));
		if (seen->id != 0 && checkin_same(seen, &e[p])) {
			int at = p == 0 ? 1 : 5;
			snprintf(f->field[at].text, f->field[at].cap, "%d", cur->mood);
			snprintf(f->field[at + 1].text, f->field[at + 1].cap, "%d", cur->stress);
			ui_field_set(&f->field[at + 2], cur->text ? cur->text : "");
			snprintf(f->error, sizeof(f->error), "%s's check-in was just changed in the "
			         "other dashboard (%s): it is shown here now. Nothing was saved yet: "
			         "Enter saves, Esc closes.", ui_ctx_name(ui, p + 1), now);
		} else {
			snprintf(f->error, sizeof(f->error), "%s's check-in was just saved in the other "
			         "dashboard (%s). What you typed is still here: Enter saves it over "
			         "that, Esc keeps theirs.", ui_ctx_name(ui, p + 1), now);
		}
		checkin_seen(f, p, cur);
		clash = true;
	}
	return clash;
}

/* Say whose check-in was saved: one partner's alone is not "both". */
static void checkin_message(struct ui *ui, unsigned saved)
{
	if (saved == 0) {
		ui_ctx_message(ui, false, "Nothing changed.");
	} else if (saved == 3) {
		ui_ctx_message(ui, false, "Check-in saved. Thank you both.");
	} else {
		int p = saved == 1 ? 1 : 2, other = 3 - p;
		if (today_checkin(ui, other) != NULL)
			ui_ctx_message(ui, false, "Saved %s's check-in. Thank you both.", ui_ctx_name(ui, p));
		else
			ui_ctx_message(ui, false, "Saved %s's check-in; %s's can come later.",
			               ui_ctx_name(ui, p), ui_ctx_name(ui, other));
	}
}

/* Save the one or two check-ins of the form as one undoable change. */
static bool checkin_form_save(struct ui *ui, struct ui_form *f)
{
	struct entry e[2] = { { 0 }, { 0 } };
	int got[2];
	got[0] = checkin_fields(f, 1, 1, &e[0]);
	got[1] = checkin_fields(f, 5, 2, &e[1]);
	bool ok = got[0] >= 0 && got[1] >= 0;
	if (ok && got[0] == 0 && got[1] == 0) {
		snprintf(f->error, sizeof(f->error), "Fill in a mood and a stress for at least one of you.");
		ok = false;
	}
	struct tend_err err = { 0 };
	unsigned saved = 0; /* bit p: partner p + 1's check-in was saved */
	ui_ctx_refresh(ui);
	if (ok && checkin_conflict(ui, f, e, got))
		ok = false;
	ui_ctx_undo_group(ui);
	for (int p = 0; ok && p < 2; p++) {
		const struct entry *old = today_checkin(ui, p + 1);
		if (got[p] == 0 || (old != NULL && checkin_same(old, &e[p])))
			continue;
		struct entry replaced = { 0 };
		e[p].day = ui->app->today;
		if (checkin_save(ui->app->st, &e[p], &replaced, &err) != TEND_OK) {
			ui_form_fail(ui, f, &err);
			ok = false;
		} else {
			checkin_seen(f, p, &e[p]);
			ui_ctx_undo_push(ui, replaced.id ? UI_UNDO_REPLACED : UI_UNDO_ADDED, &e[p],
			                 replaced.id ? &replaced : NULL);
			saved |= 1u << p;
		}
		entry_clear(&replaced);
	}
	entry_clear(&e[0]);
	entry_clear(&e[1]);
	ui_ctx_refresh(ui);
	if (ok)
		checkin_message(ui, saved);
	return ok;
}

void ui_forms_checkin(struct ui *ui)
{
	struct ui_form *f = ui_form_open(ui, "Today's check-in", checkin_form_save);
	for (int p = 1; p <= 2; p++) {
		const struct entry *e = today_checkin(ui, p);
		checkin_seen(f, p - 1, e);
		ui_form_heading(f, ui_ctx_name(ui, p));
		ui_form_number(f, "Mood (1-5)", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, false,
		               e ? e->mood : 0);
		ui_form_number(f, "Stress (1-5)", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, false,
		               e ? e->stress : 0);
		ui_form_text(f, "Grateful for", TEXT_MAX_CHARS, false, e ? e->text : NULL);
	}
	/* Start on whoever has not checked in yet today, so typing at once
	 * never overwrites the one who has. */
	f->cur = today_checkin(ui, 1) != NULL && today_checkin(ui, 2) == NULL ? 5 : 1;
	snprintf(f->hint, sizeof(f->hint), "Mood 1 low, 5 great. Stress 1 calm, 5 high. Blank: later.");
}

/* Fill e from a gesture, repair or touch form. */
static bool entry_from_form(struct ui_form *f, enum entry_kind kind, struct entry *e)
{
	if (!ui_form_check(f))
		return false;
	e->kind = kind;
	e->partner = f->field[0].sel + 1;
	e->text = field_text(&f->field[1]);
	switch (kind) {
	case ENTRY_GESTURE: e->bid = f->field[2].sel; break;
	case ENTRY_REPAIR: e->accepted = f->field[2].sel == 0; break;
	case ENTRY_TOUCH:
		ui_field_int(&f->field[2], &e->stage);
		if (!ui_field_int(&f->field[3], &e->minutes))
			e->minutes = 0;
		e->light = light_values[f->field[4].sel];
		e->initiator = f->field[TOUCH_INVITED].sel > 0 ? f->field[TOUCH_INVITED].sel : 0;
		e->tier = f->field[TOUCH_TIER].sel > 0 ? f->field[TOUCH_TIER].sel : 0;
		if (f->field[TOUCH_ITEM].sel > 0 &&
		    !(e->item = strdup(f->field[TOUCH_ITEM].choice[f->field[TOUCH_ITEM].sel])))
			ui_oom();
		break;
	default: break;
	}
	return true;
}

/* A session at a stage the couple has not reached, or dated before it
 * began, is refused: the rule of `tend touch`, from the core. The stage is
 * read again, as another dashboard may have moved it. */
static bool stage_reached(struct ui *ui, struct ui_form *f, const struct entry *e)
{
	if (e->kind != ENTRY_TOUCH)
		return true;
	struct tend_err err = { 0 };
	struct store_stage now = ui->stage;
	if (store_stage_get(ui->app->st, &now, &err) != TEND_OK)
		now = ui->stage;
	const struct entry *old = f->entry.id ? &f->entry : NULL;
	if (menu_session_check(&ui->app->menu, e, old, ui->app->cfg.discreet, &err) != TEND_OK) {
		ui_field_error(&f->field[TOUCH_ITEM], "not on the list");
		snprintf(f->error, sizeof(f->error), "%s.", err.msg);
		return false;
	}
	if (touch_session_check(&now, e, old, ui->app->cfg.discreet, &err) == TEND_OK)
		return true;
	ui_field_error(&f->field[2], "you are at %s %d", ui->app->cfg.discreet ? "step" : "stage",
	               now.stage);
	snprintf(f->error, sizeof(f->error), "%s.", err.msg);
	if (f->error[0] >= 'a' && f->error[0] <= 'z')
		f->error[0] = (char)(f->error[0] - 'a' + 'A');
	return false;
}

static bool entry_save(struct ui *ui, struct ui_form *f)
{
	enum entry_kind kind = f->entry.kind;
	struct entry e = { 0 };
	if (!entry_from_form(f, kind, &e)) {
		entry_clear(&e);
		return false;
	}
	e.day = f->entry.id || f->gone ? f->entry.day : ui->app->today;
	if (!stage_reached(ui, f, &e)) {
		entry_clear(&e);
		return false;
	}
	bool ok = save_entry(ui, f, &e);
	if (ok)
		ui_ctx_message(ui, false, "%s %s by %s.%s", f->entry.id ? "Changed the" : "Saved a",
		               ui_ctx_kind_label(ui, kind), ui_ctx_name(ui, e.partner),
		               kind == ENTRY_TOUCH && e.light == LIGHT_RED
		               ? " Red ended it gently: nothing more is asked." : "");
	entry_clear(&e);
	return ok;
}

static int light_index(int light)
{
	for (int i = 0; i < 4; i++)
		if (light_values[i] == light)
			return i;
	return 0;
}

/* The fields of a gesture, repair or touch form, from e (new when NULL). */
static void entry_fields(struct ui *ui, struct ui_form *f, enum entry_kind kind,
                         const struct entry *e)
{
	/* A new entry starts on the partner whose turn it is (1, 2 or an
	 * initial changes it); a time-out, which has its own form, never
	 * guesses who called it. */
	int partner = e ? e->partner : turn_of(ui, kind);
	const char *text = e ? e->text : NULL;
	switch (kind) {
	case ENTRY_GESTURE:
		partner_field(ui, f, "From", partner);
		ui_form_text(f, "What", TEXT_MAX_CHARS, false, text);
		ui_form_choice(f, "Bid", bid_choices, 3, e ? e->bid : 0);
		snprintf(f->hint, sizeof(f->hint), "A bid: a reach for attention; did the other turn toward it?");
		break;
	case ENTRY_REPAIR:
		partner_field(ui, f, "From", partner);
		ui_form_text(f, "What", TEXT_MAX_CHARS, false, text);
		/* Accepted only when someone says so: a new repair starts as "not yet". */
		ui_form_choice(f, "Accepted", accepted_choices, 2,
		               e == NULL || !e->accepted ? ACCEPTED_NOT_YET : 0);
		snprintf(f->hint, sizeof(f->hint), "Small and quick counts: \"That was unfair of me.\"");
		break;
	default:
		partner_field(ui, f, "Giving", partner);
		ui_form_text(f, "Note", TEXT_MAX_CHARS, false, text);
		ui_form_number(f, ui->app->cfg.discreet ? "Step" : "Stage", 1, 3, true,
		               e ? e->stage : ui->stage.stage);
		ui_form_number(f, "Minutes", 0, 600, false, e ? e->minutes : 0);
		/* Green means yes: never assumed, a new session starts with no light. */
		ui_form_choice(f, "Light", light_choices, 4, e ? light_index(e->light) : LIGHT_INDEX_NONE);
		touch_more_fields(ui, f, e);
		snprintf(f->hint, sizeof(f->hint), "Green: yes. Yellow: slow down. Red: stop, gently; "
		         "nothing more is asked.");
		break;
	}
	/* New or changed, a form starts at who logs it: the same keys always
	 * land on the same fields. */
	f->cur = 0;
}

/* The form of a gesture, repair or touch session, from e (or new when e is
 * NULL). */
static void entry_form(struct ui *ui, enum entry_kind kind, const struct entry *e)
{
	char title[64];
	const char *what = ui_ctx_kind_label(ui, kind);
	snprintf(title, sizeof(title), "%s %s", e ? "Change the" : "A new", what);
	struct ui_form *f = ui_form_open(ui, title, entry_save);
	if (e != NULL && !entry_copy(&f->entry, e))
		ui_oom();
	f->entry.kind = kind;
	entry_fields(ui, f, kind, e);
}

void ui_forms_new(struct ui *ui, enum entry_kind kind)
{
	entry_form(ui, kind, NULL);
}

static void checkin_edit_fields(struct ui_form *f, const struct entry *e)
{
	ui_form_number(f, "Mood (1-5)", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, true, e->mood);
	ui_form_number(f, "Stress (1-5)", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, true, e->stress);
	ui_form_text(f, "Grateful for", TEXT_MAX_CHARS, false, e->text);
}

static bool checkin_edit_save(struct ui *ui, struct ui_form *f)
{
	struct entry e = { 0 };
	if (!ui_form_check(f) || checkin_fields(f, 0, f->entry.partner, &e) < 0) {
		entry_clear(&e);
		return false;
	}
	e.day = f->entry.day;
	bool ok = save_entry(ui, f, &e);
	if (ok)
		ui_ctx_message(ui, false, f->gone ? "Saved the check-in of %s again."
		               : "Changed the check-in of %s.", ui_ctx_name(ui, e.partner));
	entry_clear(&e);
	return ok;
}

void ui_forms_edit(struct ui *ui, const struct entry *e)
{
	if (e->kind == ENTRY_CHECKIN) {
		char title[256];
		snprintf(title, sizeof(title), "Change the check-in of %s", ui_ctx_name(ui, e->partner));
		struct ui_form *f = ui_form_open(ui, title, checkin_edit_save);
		if (!entry_copy(&f->entry, e))
			ui_oom();
		checkin_edit_fields(f, e);
	} else if (e->kind == ENTRY_TIMEOUT) {
		ui_ctx_message(ui, false, "A time-out can be deleted, not changed.");
	} else {
		entry_form(ui, e->kind, e);
	}
}

/* Say what an answer did. The words are the same for yes and not yet, so
 * nobody reading the screen learns who is ready before both are. */
static void stage_message(struct ui *ui, const struct touch_change *c, bool back)
{
	if (back)
		ui_ctx_message(ui, false, "Back to %s from today. Your pace is the right pace (u undoes).",
		               ui_stage_name_short(ui, c->after.stage));
	else if (c->moved)
		ui_ctx_message(ui, false, "You both feel ready: %s starts today (u undoes).",
		               ui_stage_name_short(ui, c->after.stage));
	else
		ui_ctx_message(ui, false, "Noted. You start %s when you both feel ready.",
		               ui_stage_name_short(ui, c->after.stage + 1));
}

/* An answer about the next stage, or a step back: the core saves it with
 * the move it causes in one transaction; it is one undoable change. */
static bool stage_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	struct app *app = ui->app;
	struct ui_field *answer = &f->field[f->n - 1];
	bool back = !strcmp(answer->choice[answer->sel], STAGE_BACK);
	int partner = f->n > 1 ? f->field[0].sel + 1 : 0;
	if (!back && partner < 1) {
		ui_field_error(&f->field[0], "who is answering?");
		return false;
	}
	struct tend_err err = { 0 };
	struct touch_change c;
	int rc = back ? touch_step_back(app->st, app->today, app->cfg.discreet, &c, &err)
	              : touch_answer(app->st, &app->plan, app_plan_start(app, app->today), app->today, partner,
	                             answer->sel == 0, app->cfg.discreet, &c, &err);
	if (rc != TEND_OK) {
		ui_ctx_refresh(ui);
		ui_form_fail(ui, f, &err);
		return false;
	}
	ui_ctx_undo_group(ui);
	ui_ctx_undo_push_stage(ui, back ? 0 : partner, &c.before, &c.after);
	ui->stage = c.after;
	stage_message(ui, &c, back);
	ui_ctx_refresh(ui);
	return true;
}

void ui_forms_stage(struct ui *ui)
{
	const struct app *app = ui->app;
	enum touch_ask ask = touch_ask(&app->plan, app_plan_start(app, app->today), app->today, &ui->stage);
	if (ask != TOUCH_ASK_OPEN && ui->stage.stage <= 1) {
		int n = touch_opens_on(&app->plan, 2);
		if (n > 0)
			ui_ctx_message(ui, false, "The plan comes to %s in week %d. No hurry.",
			               ui_stage_name_short(ui, 2), plan_week_of(n));
		else
			ui_ctx_message(ui, false, "Your plan has no next %s.",
			               app->cfg.discreet ? "step" : "stage");
		return;
	}
	static const char *const answers[] = { "yes, ready", "not yet", STAGE_BACK };
	char title[80];
	if (ask == TOUCH_ASK_OPEN)
		snprintf(title, sizeof(title), "Ready for %s?", ui_stage_name_short(ui, ui->stage.stage + 1));
	else
		snprintf(title, sizeof(title), "Back to %s?", ui_stage_name_short(ui, ui->stage.stage - 1));
	struct ui_form *f = ui_form_open(ui, title, stage_save);
	bool can_back = ui->stage.stage > 1;
	if (ask == TOUCH_ASK_OPEN) {
		/* Nothing is picked: each partner picks themselves and answers. */
		partner_field(ui, f, "Who", 0);
		f->field[0].required = false;
		ui_form_choice(f, "Ready?", answers, can_back ? 3 : 2, -1)->required = true;
		snprintf(f->hint, sizeof(f->hint), "Each of you answers for yourself. Staying "
		         "longer is normal.%s", can_back ? " b goes back a stage, alone." : "");
	} else {
		ui_form_choice(f, "Go", answers + 2, 1, 0)->required = true;
		snprintf(f->hint, sizeof(f->hint), "Either of you can go back at any time, alone. "
		         "Enter goes back, Esc stays.");
	}
}
