/* review: the weekly review's agenda and which closing or quarterly review
 * is open on a day. The agenda is computed from the log each time; only
 * the answers to the three questions are stored. */
#include "tend/review.h"

#include <stdlib.h>
#include <string.h>

#include "tend/ritual.h"
#include "tend/talk.h"
#include "tend/task.h"
#include "tend/text.h"

const char review_no_kind_words[] =
	"Nothing written down this week yet. Start with one kind thing you noticed.";

const char *const review_questions[REVIEW_QUESTIONS] = {
	"What felt good?",
	"What felt heavy?",
	"What experiment do we try next?",
};

void review_agenda_free(struct review_agenda *a)
{
	for (size_t i = 0; a && i < a->n; i++)
		free(a->v[i].text);
	if (a) {
		free(a->v);
		a->v = NULL;
		a->n = a->cap = 0;
	}
}

bool review_agenda_push(struct review_agenda *a, int source, tend_day day, int partner,
                        const char *text, const char *words)
{
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 16;
		struct review_item *v = realloc(a->v, cap * sizeof *v);
		if (!v)
			return false;
		a->v = v;
		a->cap = cap;
	}
	struct review_item *it = &a->v[a->n];
	memset(it, 0, sizeof *it);
	it->source = source;
	it->day = day;
	it->partner = partner;
	if (text && !(it->text = strdup(text)))
		return false;
	snprintf(it->words, sizeof it->words, "%s", words ? words : "");
	a->n++;
	return true;
}

const char *review_source_title(int source, bool discreet)
{
	switch (source) {
	case REVIEW_SRC_GRATITUDE: return "Thank-yous from the check-ins";
	case REVIEW_SRC_GESTURE: return "Kind gestures";
	case REVIEW_SRC_REPAIR: return "Repairs";
	case REVIEW_SRC_RITUAL: return "Rituals kept";
	case REVIEW_SRC_TALK: return "This week's talk";
	case REVIEW_SRC_TASKS: return "The shared load";
	case REVIEW_SRC_TOUCH: return discreet ? "Together" : "Touch";
	case REVIEW_SRC_REVIEW: return "Looking back";
	default: return "";
	}
}

const char *review_section_title(bool table)
{
	return table ? "On the table" : "Kind moments";
}

void review_section_caps(bool table, char *buf, size_t size)
{
	snprintf(buf, size, "%s", review_section_title(table));
	for (char *p = buf; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
}

bool review_agenda_has_kind(const struct review_agenda *a)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].source < REVIEW_SRC_TABLE)
			return true;
	return false;
}

/* Entries of kind in the agenda's week, in the order the log has them. */
static bool add_kind(struct review_agenda *a, const struct entry_list *l,
                     enum entry_kind kind, int source, bool with_words_only)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->kind != kind || e->day < a->from || e->day > a->to)
			continue;
		/* A bid turned away is no kind moment to read out. */
		if (kind == ENTRY_GESTURE && e->bid == BID_AWAY)
			continue;
		bool words = e->text && e->text[0];
		if (with_words_only && !words)
			continue;
		if (!review_agenda_push(a, source, e->day, e->partner, words ? e->text : NULL,
		                        words ? NULL : "(no words written)"))
			return false;
	}
	return true;
}

bool review_add_gratitudes(struct review_agenda *a, const struct entry_list *l)
{
	/* A check-in without a thank-you is only a mood: nothing to read out. */
	return add_kind(a, l, ENTRY_CHECKIN, REVIEW_SRC_GRATITUDE, true);
}

bool review_add_gestures(struct review_agenda *a, const struct entry_list *l)
{
	return add_kind(a, l, ENTRY_GESTURE, REVIEW_SRC_GESTURE, false);
}

bool review_add_repairs(struct review_agenda *a, const struct entry_list *l)
{
	/* Accepted or not is never said: each attempt is a kind moment. */
	return add_kind(a, l, ENTRY_REPAIR, REVIEW_SRC_REPAIR, false);
}

bool review_add_touch(struct review_agenda *a, const struct store_stage *st, bool discreet)
{
	static const char *const plain[] = {
		"",
		"Stage 1, gentle touch: five minutes each way, clothes on; the one "
		"receiving only guides.",
		"Stage 2, closeness: long hugs, kissing, cuddling, with nothing "
		"expected after; stop while it still feels good.",
		"Stage 3, exploring: the one who wants it slower sets the pace; green, "
		"yellow, red.",
	};
	static const char *const quiet[] = {
		"",
		"Step 1: quiet time close together, with no pressure.",
		"Step 2: longer, relaxed time close together.",
		"Step 3: time close together at the pace that suits you both.",
	};
	int n = st->stage >= 1 && st->stage <= 3 ? st->stage : 1;
	char words[200];
	if (st->since != DAY_INVALID) {
		char since[16];
		day_format_short(st->since, since);
		snprintf(words, sizeof words, "%s Since %s; stay as long as feels right.",
		         discreet ? quiet[n] : plain[n], since);
	} else {
		snprintf(words, sizeof words, "%s", discreet ? quiet[n] : plain[n]);
	}
	return review_agenda_push(a, REVIEW_SRC_TOUCH, DAY_INVALID, 0, NULL, words);
}

/* The closing or quarterly review when one is due on day. */
static bool add_review_due(struct review_agenda *a, const struct review_due *d)
{
	if (!d->due)
		return true;
	char name[48], words[200];
	review_name(d->slot.which, name, sizeof name);
	name[0] = (char)(name[0] - 'a' + 'A');
	snprintf(words, sizeof words, "%s is due: each of you answers what felt good, "
	         "what felt heavy, and what experiment to try next.", name);
	return review_agenda_push(a, REVIEW_SRC_REVIEW, DAY_INVALID, 0, NULL, words);
}

/* The plan's last day number; 60 when the plan says nothing. */
static int plan_last(const struct plan *p)
{
	return p && p->length > 0 ? p->length : 60;
}

tend_day review_opens(const struct plan *p, tend_day start, int which)
{
	int last = plan_last(p);
	int closing = last - REVIEW_CLOSING_DAYS + 1;
	if (which <= REVIEW_CLOSING)
		return start + (closing > 1 ? closing : 1) - 1;
	/* The plan counts its after phase's quarterly task in 13-week periods
	 * from the day after its last day (plan_status.c); quarterly review N
	 * opens on the first day of the period after N such periods. */
	return start + last + (tend_day)which * PLAN_QUARTER_DAYS;
}

void review_open_on(const struct plan *p, tend_day start, tend_day day,
                    struct review_slot *out)
{
	out->which = REVIEW_NONE;
	out->opens = out->next = DAY_INVALID;
	tend_day closing = review_opens(p, start, REVIEW_CLOSING);
	tend_day first_q = review_opens(p, start, 1);
	if (day < closing)
		return;
	if (day < first_q) {
		out->which = REVIEW_CLOSING;
		out->opens = closing;
		out->next = first_q;
		return;
	}
	int n = 1 + (int)((day - first_q) / PLAN_QUARTER_DAYS);
	out->which = n;
	out->opens = review_opens(p, start, n);
	out->next = out->opens + PLAN_QUARTER_DAYS;
}

void review_name(int which, char *buf, size_t size)
{
	if (which == REVIEW_CLOSING)
		snprintf(buf, size, "the closing review");
	else if (which > 0)
		snprintf(buf, size, "quarterly review %d", which);
	else
		snprintf(buf, size, "no review");
}

void review_answer_clear(struct review_answer *a)
{
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		free(a->text[q]);
	memset(a, 0, sizeof *a);
}

void review_answer_list_free(struct review_answer_list *l)
{
	for (size_t i = 0; l && i < l->n; i++)
		review_answer_clear(&l->v[i]);
	if (l) {
		free(l->v);
		memset(l, 0, sizeof *l);
	}
}

bool review_answer_list_push(struct review_answer_list *l, const struct review_answer *a)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		struct review_answer *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return false;
		l->v = v;
		l->cap = cap;
	}
	struct review_answer *c = &l->v[l->n];
	*c = *a;
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		c->text[q] = NULL;
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		if (a->text[q] && !(c->text[q] = strdup(a->text[q]))) {
			review_answer_clear(c);
			return false;
		}
	l->n++;
	return true;
}

/* Which partners have answered review which. */
static int review_answered(struct store *st, int which, bool answered[2],
                           struct tend_err *err)
{
	answered[0] = answered[1] = false;
	struct review_answer_list l = { 0 };
	if (st && store_review_list(st, which, &l, err) != TEND_OK) {
		review_answer_list_free(&l);
		return err->code;
	}
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].partner == 1 || l.v[i].partner == 2)
			answered[l.v[i].partner - 1] = true;
	review_answer_list_free(&l);
	return TEND_OK;
}

int review_plan_prove(struct store *st, const struct plan *p, tend_day start,
                      struct plan_status *ps, struct tend_err *err)
{
	for (size_t i = 0; i < ps->n_tasks; i++) {
		struct plan_task_status *s = &ps->tasks[i];
		if (!s->task || s->task->measure != PLAN_REVIEW || s->task->cadence == PLAN_DAILY)
			continue;
		struct review_slot slot;
		bool answered[2] = { false, false };
		review_open_on(p, start, s->period, &slot);
		if (slot.which != REVIEW_NONE &&
		    review_answered(st, slot.which, answered, err) != TEND_OK)
			return err->code;
		s->by_hand = false;
		s->target = 1;
		s->done = answered[0] && answered[1];
		s->met = s->done >= s->target;
	}
	return TEND_OK;
}

int review_due_on(struct app *app, tend_day day, struct review_due *out,
                  struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	/* Paused days do not count: the start moves on by them (pace.h). */
	review_open_on(&app->plan, app_plan_start(app, day), day, &out->slot);
	if (out->slot.which == REVIEW_NONE)
		return TEND_OK;
	/* No database yet: nobody has answered. */
	out->due = true;
	if (!app->st)
		return TEND_OK;
	if (review_answered(app->st, out->slot.which, out->answered, err) != TEND_OK)
		return err->code;
	out->due = !(out->answered[0] && out->answered[1]);
	return TEND_OK;
}

void review_note(const struct review_due *d, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!d->due)
		return;
	snprintf(buf, size, "%s", d->slot.which == REVIEW_CLOSING ? "closing review due"
	                          : "quarterly review due");
}

/* What is wrong with one answer's text, in err; TEND_OK when nothing. */
static int answer_text_check(const char *s, int q, struct tend_err *err)
{
	static const char *const what[] = { "what felt good", "what felt heavy",
	                                    "what to try next" };
	bool blank = true;
	for (const char *p = s ? s : ""; *p && blank; p++)
		blank = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
	if (blank)
		return err_set(err, TEND_E_USAGE, "%s: a few words, please (\"nothing\" is an "
		               "answer too)", what[q]);
	if (!text_valid_utf8(s))
		return err_set(err, TEND_E_USAGE, "%s: the text is not valid UTF-8", what[q]);
	size_t n = text_count_chars(s);
	if (n > TEXT_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "%s: the text is %zu characters long; %d at "
		               "most, please", what[q], n, TEXT_MAX_CHARS);
	return TEND_OK;
}

int review_answer_save(struct app *app, struct review_answer *a, int64_t *replaced,
                       struct tend_err *err)
{
	if (a->partner != 1 && a->partner != 2)
		return err_set(err, TEND_E_USAGE, "a review is answered by partner 1 or 2");
	if (a->day == DAY_INVALID || !day_in_range(a->day))
		return err_set(err, TEND_E_USAGE, "an answer needs a day from 1900-01-01 "
		               "to 9998-12-31");
	for (int q = 0; q < REVIEW_QUESTIONS; q++)
		if (answer_text_check(a->text[q], q, err) != TEND_OK)
			return err->code;
	struct review_slot slot;
	tend_day start = app_plan_start(app, a->day);
	review_open_on(&app->plan, start, a->day, &slot);
	if (slot.which == REVIEW_NONE) {
		char opens[16];
		tend_day day = review_opens(&app->plan, start, REVIEW_CLOSING);
		day_format_short(day, opens);
		return err_set(err, TEND_E_USAGE, "no review is open yet: the closing review "
		               "opens on %s (day %d of the plan)", opens,
		               day_plan_number(start, day));
	}
	a->which = slot.which;
	a->opens = slot.opens;
	a->replaces = 0;
	return store_review_add(app->st, a, replaced, err);
}

bool review_add_rituals(struct review_agenda *a, const struct store_rituals *r)
{
	for (size_t i = 0; i < r->n; i++) {
		int kept = 0;
		for (tend_day d = a->from; d <= a->to; d++)
			kept += ritual_done_on(r, r->v[i].id, d);
		if (kept == 0)
			continue; /* a blank occurrence is simply blank */
		/* The name is the couple's text: the line goes out as text, made
		 * safe wherever it is shown. */
		char line[256];
		if (kept == 1)
			snprintf(line, sizeof line, "%s, kept once", r->v[i].name);
		else
			snprintf(line, sizeof line, "%s, kept %d times", r->v[i].name, kept);
		if (!review_agenda_push(a, REVIEW_SRC_RITUAL, DAY_INVALID, 0, line, NULL))
			return false;
	}
	return true;
}

/* Where an ask stands, said for the two of them. */
static const char *ask_words(int state)
{
	switch (state) {
	case TALK_AGREED: return "Held; you agreed on its ask, and it waits to be done.";
	case TALK_DONE: return "Held; its ask is done.";
	default: return "Held; its ask is open, to agree on together.";
	}
}

bool review_add_talk(struct review_agenda *a, const struct talk_week *w,
                     const struct talk_list *l)
{
	bool any = false;
	/* The list is newest first; the agenda reads in the week's order. */
	for (size_t i = l ? l->n : 0; i-- > 0;) {
		const struct talk *t = &l->v[i];
		if (t->day < a->from || t->day > a->to)
			continue;
		if (!review_agenda_push(a, REVIEW_SRC_TALK, t->day, 0, NULL, ask_words(t->state)))
			return false;
		any = true;
	}
	if (any || (!w->asked && !w->held))
		return true;
	char words[120];
	if (w->held)
		snprintf(words, sizeof words, "Held this week; see where its ask stands "
		         "(tend talk).");
	else
		snprintf(words, sizeof words, "Not yet this week: describe, impact, ask, when you "
		         "both have the calm for it.");
	return review_agenda_push(a, REVIEW_SRC_TALK, DAY_INVALID, 0, NULL, words);
}

bool review_add_tasks(struct review_agenda *a, bool due, tend_day reviewed)
{
	if (due)
		return review_agenda_push(a, REVIEW_SRC_TASKS, DAY_INVALID, 0, NULL,
		                          "The monthly look at who owns which job is due.");
	if (reviewed == DAY_INVALID || reviewed < a->from || reviewed > a->to)
		return true;
	return review_agenda_push(a, REVIEW_SRC_TASKS, reviewed, 0, NULL,
	                          "You looked over who owns which job together.");
}

/* What the week's other practices add to its agenda. */
struct practices {
	struct store_rituals rituals;   /* the rituals kept */
	struct talk_week talk;          /* the talk asked, held */
	struct talk_list talks;         /* the week's talks */
	bool tasks_due;                 /* the jobs' monthly look is due on when */
	tend_day reviewed;              /* the jobs' last look */
};

static int load_practices(struct app *app, struct review_agenda *a, tend_day when,
                          struct practices *p, struct tend_err *err)
{
	struct store_task_state ts;
	p->reviewed = DAY_INVALID;
	if (!app->st)
		return TEND_OK;
	if (store_ritual_load(app->st, a->from, a->to, &p->rituals, err) != TEND_OK ||
	    talk_week_get(app->st, &app->plan, app_plan_start(app, when), when, &p->talk,
	                  err) != TEND_OK ||
	    store_talk_list(app->st, a->from, a->to, &p->talks, err) != TEND_OK ||
	    store_task_state(app->st, &ts, err) != TEND_OK)
		return err->code;
	p->tasks_due = task_review_due(&ts, when);
	p->reviewed = ts.made != DAY_INVALID && ts.reviewed <= when ? ts.reviewed : DAY_INVALID;
	return TEND_OK;
}

int review_week(struct app *app, tend_day date, struct review_agenda *out,
                struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	tend_day start = app_plan_start(app, date);
	out->from = plan_week_start(start, date);
	out->to = out->from + 6;
	out->week = plan_week_of(day_plan_number(start, out->from));
	struct entry_list l = { 0 };
	struct store_stage stage = { .stage = 1, .since = DAY_INVALID };
	struct review_due due = { 0 };
	int rc = TEND_OK;
	if (app->st)
		rc = store_list(app->st, out->from, out->to, ENTRY_MASK(ENTRY_CHECKIN) |
		                ENTRY_MASK(ENTRY_GESTURE) | ENTRY_MASK(ENTRY_REPAIR), &l, err);
	if (rc == TEND_OK && app->st)
		rc = store_stage_get(app->st, &stage, err);
	/* The review due on the week's last day, or today within the week. */
	tend_day when = date < out->to ? date : out->to;
	if (rc == TEND_OK)
		rc = review_due_on(app, when, &due, err);
	struct practices pr = { 0 };
	if (rc == TEND_OK)
		rc = load_practices(app, out, when, &pr, err);
	/* One function per source, in the agenda's order: kind moments first. */
	bool ok = rc != TEND_OK ||
	          (review_add_gratitudes(out, &l) && review_add_gestures(out, &l) &&
	           review_add_repairs(out, &l) && review_add_rituals(out, &pr.rituals) &&
	           review_add_talk(out, &pr.talk, &pr.talks) &&
	           review_add_tasks(out, pr.tasks_due, pr.reviewed) &&
	           review_add_touch(out, &stage, app->cfg.discreet) &&
	           add_review_due(out, &due));
	entry_list_free(&l);
	store_rituals_free(&pr.rituals);
	talk_list_free(&pr.talks);
	if (!ok)
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc != TEND_OK)
		review_agenda_free(out);
	return rc;
}
