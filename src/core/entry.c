#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tend/entry.h"
#include "tend/store.h"
#include "tend/text.h"

void entry_clear(struct entry *e)
{
	if (!e)
		return;
	free(e->text);
	free(e->item);
	memset(e, 0, sizeof *e);
}

bool entry_copy(struct entry *dst, const struct entry *src)
{
	*dst = *src;
	dst->item = NULL;
	if (src->text) {
		dst->text = strdup(src->text);
		if (!dst->text)
			return false;
	}
	if (src->item) {
		dst->item = strdup(src->item);
		if (!dst->item) {
			free(dst->text);
			dst->text = NULL;
			return false;
		}
	}
	return true;
}

bool entry_list_push(struct entry_list *l, const struct entry *e)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		struct entry *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return false;
		l->v = v;
		l->cap = cap;
	}
	if (!entry_copy(&l->v[l->n], e))
		return false;
	l->n++;
	return true;
}

void entry_list_free(struct entry_list *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].text);
		free(l->v[i].item);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static const char *const kind_names[ENTRY_KIND_COUNT] = {
	"checkin", "gesture", "repair", "touch", "timeout",
};
static const char *const bid_names[] = { "", "toward", "away" };
static const char *const light_names[] = { "", "green", "yellow", "red" };

const char *entry_kind_name(enum entry_kind k)
{
	return (unsigned)k < ENTRY_KIND_COUNT ? kind_names[k] : "?";
}

const char *entry_bid_name(int bid)
{
	return bid >= BID_NONE && bid <= BID_AWAY ? bid_names[bid] : "";
}

const char *entry_light_name(int light)
{
	return light >= LIGHT_NONE && light <= LIGHT_RED ? light_names[light] : "";
}

/* Find s among names[1..n-1], case-insensitively. */
static bool parse_name(const char *s, const char *const *names, int n, int *out)
{
	for (int i = 1; i < n; i++) {
		if (strcasecmp(s, names[i]) == 0) {
			*out = i;
			return true;
		}
	}
	return false;
}

bool entry_parse_bid(const char *s, int *bid)
{
	return parse_name(s, bid_names, 3, bid);
}

bool entry_parse_light(const char *s, int *light)
{
	return parse_name(s, light_names, 4, light);
}

int entry_check(const struct entry *e, struct tend_err *err)
{
	static const char *const nouns[ENTRY_KIND_COUNT] = {
		"check-in", "gesture", "repair", "touch session", "time-out",
	};
	const char *what = (unsigned)e->kind < ENTRY_KIND_COUNT ? nouns[e->kind] : "entry";
	if (e->partner != 1 && e->partner != 2)
		return err_set(err, TEND_E_USAGE, "a %s is logged by partner 1 or 2", what);
	if (e->day == DAY_INVALID || !day_in_range(e->day))
		return err_set(err, TEND_E_USAGE, "a %s needs a day from 1900-01-01 to 9998-12-31",
		               what);
	size_t n = e->text ? text_count_chars(e->text) : 0;
	if (n > TEXT_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "the text is %zu characters long; %d at most, please",
		               n, TEXT_MAX_CHARS);
	return TEND_OK;
}

int entry_put(struct store *st, struct entry *e, struct entry *replaced,
             struct tend_err *err)
{
	if (e->id == 0)
		return store_add(st, e, replaced, err);
	if (replaced)
		memset(replaced, 0, sizeof *replaced);
	return store_update(st, e, err);
}

int entry_turn(const struct entry_list *l, enum entry_kind kind, tend_day day)
{
	int n[2] = { 0, 0 }, last = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];
		if (e->kind != kind || e->day != day || (e->partner != 1 && e->partner != 2))
			continue;
		n[e->partner - 1]++;
		last = e->partner;
	}
	if (n[0] != n[1])
		return n[0] < n[1] ? 1 : 2;
	return last == 1 ? 2 : 1;
}
