/* evening: which steps of the guided evening are due, where the couple got
 * to, and the day's summary. The front end keeps the table of steps; the
 * rules are here. */
#include "tend/evening.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/review.h"
#include "tend/ritual.h"
#include "tend/talk.h"
#include "tend/task.h"
#include "tend/touch.h"

/* Write a word for a step passed over (size 0: the caller wants none). */
static bool passed(char *word, size_t size, const char *what)
{
	if (size > 0)
		snprintf(word, size, "%s", what);
	return false;
}

/* A step with something to do: no word. */
static bool due(char *word, size_t size)
{
	if (size > 0)
		word[0] = '\0';
	return true;
}

void evening_day_count(const struct entry_list *l, tend_day day, struct evening_day *out)
{
	memset(out, 0, sizeof *out);
	bool checked[2] = { false, false };
	for (size_t i = 0; l != NULL && i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->day != day)
			continue;
		switch (e->kind) {
		case ENTRY_CHECKIN:
			if (e->partner >= 1 && e->partner <= 2 && !checked[e->partner - 1]) {
				checked[e->partner - 1] = true;
				out->checkins++;
				out->thanks += e->text != NULL && e->text[0] != '\0';
			}
			break;
		case ENTRY_GESTURE:
			out->gestures++;
			out->bids_toward += e->bid == BID_TOWARD;
			break;
		case ENTRY_REPAIR:
			out->repairs++;
			out->accepted += e->accepted;
			break;
		case ENTRY_TOUCH: out->touch++; break;
		case ENTRY_TIMEOUT: out->timeouts++; break;
		default: break;
		}
	}
}

int evening_day_read(const struct evening_ctx *c, struct evening_day *out,
                     struct tend_err *err)
{
	evening_day_count(c->entries, c->today, out);
	if (!c->st)
		return TEND_OK;
	struct store_rituals r = { 0 };
	struct store_task_state ts;
	int rc = store_talk_count(c->st, c->today, c->today, &out->talks, err);
	if (rc == TEND_OK)
		rc = store_ritual_load(c->st, c->today, c->today, &r, err);
	if (rc == TEND_OK) {
		out->rituals = ritual_count_done(&r, c->today, c->today);
		rc = store_task_state(c->st, &ts, err);
	}
	store_rituals_free(&r);
	if (rc == TEND_OK)
		out->jobs_looked = ts.made != DAY_INVALID && ts.reviewed == c->today;
	return rc;
}

bool evening_checkin_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct evening_day d;
	evening_day_count(c->entries, c->today, &d);
	return d.checkins < 2 ? due(word, size) : passed(word, size, "both check-ins are in");
}

bool evening_gestures_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct evening_day d;
	evening_day_count(c->entries, c->today, &d);
	if (d.gestures < EVENING_GESTURES_MOST)
		return due(word, size);
	char what[64];
	snprintf(what, sizeof what, "%d gestures today already", d.gestures);
	return passed(word, size, what);
}

bool evening_repairs_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct evening_day d;
	evening_day_count(c->entries, c->today, &d);
	return d.repairs == 0 ? due(word, size)
	       : passed(word, size, d.repairs == 1 ? "a repair is noted today"
	                                           : "repairs are noted today");
}

bool evening_touch_due(const struct evening_ctx *c, char *word, size_t size)
{
	const char *what = c->cfg->discreet ? "time together" : "touch";
	struct touch_week w;
	struct entry_list none = { 0 };
	touch_week(c->plan, c->start, c->today, c->entries ? c->entries : &none,
	           c->stage, &w);
	char buf[96];
	if (w.target <= 0)
		snprintf(buf, sizeof buf, "no %s in the plan this week", what);
	else if (touch_week_met(&w))
		snprintf(buf, sizeof buf, "this week's %s is all there", what);
	else {
		struct evening_day d;
		evening_day_count(c->entries, c->today, &d);
		if (d.touch == 0)
			return due(word, size);
		snprintf(buf, sizeof buf, "%s is noted today", c->cfg->discreet ? "time together"
		         : "a touch session");
	}
	return passed(word, size, buf);
}

bool evening_talk_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct talk_week w;
	struct tend_err err = { 0 };
	struct tm tm;
	if (!c->st || talk_week_get(c->st, c->plan, c->start, c->today, &w, &err) != TEND_OK)
		return passed(word, size, "the week's talk could not be read");
	/* A week without one asked, or with it held, needs no word. */
	if (!w.asked || w.held)
		return passed(word, size, "");
	if (!localtime_r(&c->now, &tm) ||
	    !talk_suggest_now(&w, tm.tm_hour * 60 + tm.tm_min, c->cfg->day_starts_at,
	                      c->cfg->no_talks_after))
		return passed(word, size, "too late for a big talk tonight");
	return due(word, size);
}

bool evening_rituals_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct store_rituals s = { 0 };
	struct tend_err err = { 0 };
	if (!c->st || store_ritual_load(c->st, c->today, c->today, &s, &err) != TEND_OK) {
		store_rituals_free(&s);
		return passed(word, size, "the rituals could not be read");
	}
	size_t blank = ritual_blank_on(&s, c->today, NULL, 0);
	int done = ritual_count_done(&s, c->today, c->today);
	store_rituals_free(&s);
	if (blank > 0)
		return due(word, size);
	/* A day without rituals needs no word; a day with them all marked, a
	 * kind one. */
	return passed(word, size, done == 0 ? "" : done == 1 ? "today's ritual is marked"
	              : "today's rituals are marked");
}

bool evening_task_review_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct store_task_state s;
	struct tend_err err = { 0 };
	if (!c->st || store_task_state(c->st, &s, &err) != TEND_OK)
		return passed(word, size, "the shared load could not be read");
	if (task_review_due(&s, c->today))
		return due(word, size);
	return passed(word, size, s.reviewed == c->today && s.made != DAY_INVALID
	              ? "the shared load was looked over today" : "");
}

bool evening_review_due(const struct evening_ctx *c, char *word, size_t size)
{
	struct review_due d;
	struct tend_err err = { 0 };
	if (!c->app || review_due_on(c->app, c->today, &d, &err) != TEND_OK)
		return passed(word, size, "the reviews could not be read");
	if (!d.due)
		return passed(word, size, ""); /* most evenings: nothing to say */
	return due(word, size);
}

int evening_resume(const char *const *keys, int n, const char *stored)
{
	if (stored == NULL || stored[0] == '\0' || strcmp(stored, EVENING_DONE) == 0)
		return 0;
	for (int i = 0; i < n; i++)
		if (strcmp(keys[i], stored) == 0)
			return i;
	return 0;
}

/* Add a word to the words passed over so far, "; " between them. */
static void words_add(char *words, size_t size, const char *word)
{
	size_t used = strlen(words);
	if (word[0] == '\0' || used >= size)
		return;
	snprintf(words + used, size - used, "%s%s", used > 0 ? "; " : "", word);
}

int evening_next(const struct evening_ctx *c, const evening_due_fn *due_fn, int n, int from,
                 char *words, size_t size)
{
	if (size > 0)
		words[0] = '\0';
	for (int i = from < 0 ? 0 : from; i < n; i++) {
		char word[128] = "";
		if (due_fn[i](c, word, sizeof word))
			return i;
		if (size > 0)
			words_add(words, size, word);
	}
	return n;
}

/* A key is stored in the file: plain, short words only. */
static bool key_ok(const char *key)
{
	size_t n = key ? strlen(key) : 0;
	if (n == 0 || n > EVENING_KEY_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((key[i] >= 'a' && key[i] <= 'z') || key[i] == '-'))
			return false;
	return true;
}

int evening_place_get(struct store *st, tend_day day, char *key, size_t size,
                      struct tend_err *err)
{
	int rc = store_evening_get(st, day, key, size, err);
	/* A place this build does not know is no place: start from the top. */
	if (rc == TEND_OK && size > 0 && !key_ok(key))
		key[0] = '\0';
	return rc;
}

int evening_place_set(struct store *st, tend_day day, const char *key,
                      struct tend_err *err)
{
	if (!key_ok(key))
		return err_set(err, TEND_E_USAGE, "an evening step is a short word, not \"%.40s\"",
		               key ? key : "");
	return store_evening_set(st, day, key, err);
}

/* The singular or plural word for n. */
static const char *plural(int n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/* Write line n when there is room; returns the lines written so far. */
static int line(char lines[][EVENING_LINE], int n, int max, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int line(char lines[][EVENING_LINE], int n, int max, const char *fmt, ...)
{
	if (n >= max)
		return n;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(lines[n], EVENING_LINE, fmt, ap);
	va_end(ap);
	return n + 1;
}

/* The check-ins, said for the couple: who has not is never named. */
static int summary_checkins(const struct evening_day *d, char lines[][EVENING_LINE], int n,
                            int max)
{
	if (d->checkins == 2)
		return line(lines, n, max, "You both checked in%s.", d->thanks == 2
		            ? ", each with a thank-you" : d->thanks == 1 ? ", with a thank-you" : "");
	if (d->checkins == 1)
		return line(lines, n, max, "One check-in is in; the other is welcome any time tonight.");
	return line(lines, n, max, "No check-in yet today; there is still time for one.");
}

/* Touch today, and this week against the plan, in the words of the config. */
static int summary_touch(const struct evening_ctx *c, const struct evening_day *d,
                         char lines[][EVENING_LINE], int n, int max)
{
	struct touch_week w;
	struct entry_list none = { 0 };
	touch_week(c->plan, c->start, c->today, c->entries ? c->entries : &none,
	           c->stage, &w);
	bool discreet = c->cfg->discreet;
	char count[32];
	touch_week_count(&w, count, sizeof count);
	if (d->touch > 0)
		return line(lines, n, max, "%s today (this week: %s).",
		            discreet ? "Time together" : plural(d->touch, "A touch session",
		                                                  "Touch sessions"), count);
	if (w.target > 0 && w.done > 0)
		return line(lines, n, max, "%s this week so far: %s.",
		            discreet ? "Time together" : "Touch", count);
	return n;
}

/* How the day's gestures met bids, for after their count. */
static const char *bid_words(const struct evening_day *d)
{
	if (d->bids_toward == 0)
		return "";
	if (d->bids_toward == d->gestures)
		return d->gestures == 1 ? ", turning toward a bid" : ", each turning toward a bid";
	return d->bids_toward == 1 ? ", one turning toward a bid" : ", some turning toward a bid";
}

/* What the practices kept in their own tables add: the talk, the rituals,
 * the shared load's review; said for both, without a count to meet. */
static int summary_practices(const struct evening_day *d, char lines[][EVENING_LINE], int n,
                             int max)
{
	if (d->talks > 0)
		n = line(lines, n, max, "%s: thank you for saying it and for hearing it.",
		         d->talks == 1 ? "A talk today" : "Talks today");
	if (d->rituals == 1)
		n = line(lines, n, max, "A ritual kept today.");
	else if (d->rituals > 1)
		n = line(lines, n, max, "%d rituals kept today.", d->rituals);
	if (d->jobs_looked)
		n = line(lines, n, max, "You looked over the shared load together.");
	return n;
}

int evening_summary(const struct evening_ctx *c, char lines[][EVENING_LINE], int max)
{
	struct evening_day d;
	struct tend_err err = { 0 };
	/* What could not be read is left out: the summary still describes the
	 * rest of the day. */
	if (evening_day_read(c, &d, &err) != TEND_OK)
		evening_day_count(c->entries, c->today, &d);
	int n = summary_checkins(&d, lines, 0, max);
	if (d.gestures > 0)
		n = line(lines, n, max, "%d kind %s%s.", d.gestures,
		         plural(d.gestures, "gesture", "gestures"), bid_words(&d));
	if (d.repairs > 0)
		n = line(lines, n, max, "%d %s noticed%s.", d.repairs,
		         plural(d.repairs, "repair", "repairs"),
		         d.accepted == 0 ? "" : d.accepted == d.repairs ? " and accepted"
		         : ", some accepted");
	n = summary_touch(c, &d, lines, n, max);
	n = summary_practices(&d, lines, n, max);
	if (d.timeouts > 0)
		n = line(lines, n, max, "%s: pausing is part of the practice.",
		         plural(d.timeouts, "A time-out today", "Time-outs today"));
	bool any = d.checkins + d.gestures + d.repairs + d.touch + d.talks + d.rituals > 0 ||
	           d.jobs_looked;
	return line(lines, n, max, "%s", any ? "Thank you both for tonight. Sleep well."
	            : "A quiet day, and that is all right. Rest well, both of you.");
}
