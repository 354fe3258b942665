/* moved: the three signs against the first two weeks (see the header). */
#include "tend/moved.h"

#include <stdio.h>
#include <string.h>

#include "tend/store.h"

/* The signs over a run of days. */
struct moved_window {
	tend_day from, to;
	int days;
	int timeouts, repairs;
	int mood_sum, moods;     /* every check-in's mood */
	int checkin_days;        /* days with at least one check-in */
};

static void window_count(const struct entry_list *l, tend_day from, tend_day to,
                         struct moved_window *w)
{
	memset(w, 0, sizeof *w);
	w->from = from;
	w->to = to;
	w->days = to >= from ? (int)(to - from) + 1 : 0;
	/* Days with a check-in, counted once whatever the order of the list. */
	unsigned char checked[MOVED_SPAN_DAYS + MOVED_BASE_DAYS] = { 0 };
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->day < from || e->day > to)
			continue;
		switch (e->kind) {
		case ENTRY_TIMEOUT: w->timeouts++; break;
		case ENTRY_REPAIR: w->repairs++; break;
		case ENTRY_CHECKIN:
			w->mood_sum += e->mood;
			w->moods++;
			if ((size_t)(e->day - from) < sizeof checked)
				checked[e->day - from] = 1;
			break;
		default: break; /* gestures, touch: not among the signs */
		}
	}
	for (size_t d = 0; d < sizeof checked; d++)
		w->checkin_days += checked[d];
}

/* Fewer time-outs a week than in the first two weeks (rates per day,
 * compared without division). */
static bool fewer_timeouts(const struct moved_window *base, const struct moved_window *now)
{
	return base->timeouts > 0 &&
	       (long)now->timeouts * base->days < (long)base->timeouts * now->days;
}

static bool more_repairs(const struct moved_window *base, const struct moved_window *now)
{
	return now->repairs > 0 &&
	       (long)now->repairs * base->days > (long)base->repairs * now->days;
}

/* The mean mood higher by at least MOVED_MOOD_TENTHS tenths, with at least
 * two check-ins on each side. */
static bool moods_higher(const struct moved_window *base, const struct moved_window *now)
{
	if (base->moods < 2 || now->moods < 2)
		return false;
	long lhs = 10L * now->mood_sum * base->moods - 10L * base->mood_sum * now->moods;
	return lhs >= (long)MOVED_MOOD_TENTHS * base->moods * now->moods;
}

void moved_judge(const struct entry_list *entries, tend_day start, tend_day today,
                 tend_day dismissed, struct moved *out)
{
	memset(out, 0, sizeof *out);
	out->span_start = DAY_INVALID;
	if (start == DAY_INVALID || today == DAY_INVALID)
		return;
	tend_day after = start + MOVED_BASE_DAYS; /* day 15, week 3 */
	if (today < after + MOVED_MIN_DAYS - 1)
		return;
	struct moved_window base, now;
	window_count(entries, start, after - 1, &base);
	tend_day from = today - MOVED_RECENT_DAYS + 1;
	window_count(entries, from > after ? from : after, today, &now);
	out->shown = true;
	out->fewer_timeouts = fewer_timeouts(&base, &now);
	out->moods_higher = moods_higher(&base, &now);
	out->more_repairs = more_repairs(&base, &now);
	/* The signal for help looks at three whole weeks after the first two. */
	tend_day span = today - MOVED_SPAN_DAYS + 1;
	if (span < after)
		return;
	struct moved_window last;
	window_count(entries, span, today, &last);
	bool any = fewer_timeouts(&base, &last) || moods_higher(&base, &last) ||
	           more_repairs(&base, &last);
	bool put_aside = dismissed != DAY_INVALID && dismissed > today - MOVED_SPAN_DAYS &&
	                 dismissed <= today;
	out->span_start = span;
	out->suggest_help = !any && last.checkin_days >= MOVED_CHECKIN_DAYS && !put_aside;
}

/* "fewer time-outs, moods up, more repairs", the signs that moved. */
static void moved_list(const struct moved *m, bool brief, char *buf, size_t size)
{
	const char *parts[3];
	int n = 0;
	if (m->fewer_timeouts)
		parts[n++] = brief ? "fewer time-outs" : "fewer time-outs a week";
	if (m->moods_higher)
		parts[n++] = brief ? "moods up" : "higher moods";
	if (m->more_repairs)
		parts[n++] = "more repairs";
	buf[0] = '\0';
	size_t used = 0;
	for (int i = 0; i < n; i++) {
		int w = snprintf(buf + used, size - used, "%s%s",
		                 i == 0 ? "" : i == n - 1 ? (brief ? ", " : " and ") : ", ", parts[i]);
		if (w < 0 || (size_t)w >= size - used)
			return;
		used += (size_t)w;
	}
}

void moved_note(const struct moved *m, bool discreet, char *buf, size_t size)
{
	char list[96];
	if (size == 0)
		return;
	buf[0] = '\0';
	if (m->suggest_help) {
		snprintf(buf, size, "%s", discreet ? "a note for you: h" : "little has shifted: see h");
		return;
	}
	/* All three in a short line: the dashboard gives notes half a line. */
	if (m->fewer_timeouts && m->moods_higher && m->more_repairs) {
		snprintf(buf, size, "fewer time-outs, moods and repairs up");
		return;
	}
	moved_list(m, true, list, sizeof list);
	if (m->shown && list[0])
		snprintf(buf, size, "better: %s", list);
}

void moved_line(const struct moved *m, bool discreet, char *buf, size_t size)
{
	char list[128];
	if (size == 0)
		return;
	buf[0] = '\0';
	if (m->suggest_help) {
		snprintf(buf, size, "%s", discreet
		         ? "These three weeks look much like the first two."
		         : "Little has shifted for three weeks; an outside view may help now.");
		return;
	}
	moved_list(m, false, list, sizeof list);
	if (m->shown && list[0])
		snprintf(buf, size, "Since weeks 1-2: %s.", list);
}

/* Only the two stretches the rule reads are loaded (the first two weeks,
 * and the last three weeks after them), so the work stays the same in
 * the plan's first month and in its tenth year. */
int moved_load(struct store *st, tend_day start, tend_day today, struct moved *out,
               struct tend_err *err)
{
	memset(out, 0, sizeof *out);
	out->span_start = DAY_INVALID;
	tend_day after = start + MOVED_BASE_DAYS;
	if (start == DAY_INVALID || today < after + MOVED_MIN_DAYS - 1)
		return TEND_OK;
	const unsigned kinds = ENTRY_MASK(ENTRY_CHECKIN) | ENTRY_MASK(ENTRY_REPAIR) |
	                       ENTRY_MASK(ENTRY_TIMEOUT);
	tend_day from = today - MOVED_SPAN_DAYS + 1;
	struct entry_list base = { 0 }, last = { 0 };
	tend_day dismissed = DAY_INVALID;
	int rc = store_list(st, start, after - 1, kinds, &base, err);
	if (rc == TEND_OK)
		rc = store_list(st, from > after ? from : after, today, kinds, &last, err);
	for (size_t i = 0; rc == TEND_OK && i < last.n; i++)
		if (!entry_list_push(&base, &last.v[i]))
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK)
		rc = store_support_dismissed(st, &dismissed, err);
	if (rc == TEND_OK)
		moved_judge(&base, start, today, dismissed, out);
	entry_list_free(&base);
	entry_list_free(&last);
	return rc;
}
