/* checkin: what a daily check-in must hold before it is saved. */
#include "tend/checkin.h"

#include <string.h>

bool checkin_scale_ok(int v)
{
	return v >= CHECKIN_SCALE_MIN && v <= CHECKIN_SCALE_MAX;
}

enum checkin_fault checkin_check(const struct entry *e, struct tend_err *err)
{
	if (e->kind != ENTRY_CHECKIN) {
		err_set(err, TEND_E_USAGE, "not a check-in");
		return CHECKIN_BAD_ENTRY;
	}
	if (!checkin_scale_ok(e->mood)) {
		err_set(err, TEND_E_USAGE, "mood is a whole number from %d to %d",
		        CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
		return CHECKIN_BAD_MOOD;
	}
	if (!checkin_scale_ok(e->stress)) {
		err_set(err, TEND_E_USAGE, "stress is a whole number from %d to %d",
		        CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
		return CHECKIN_BAD_STRESS;
	}
	return entry_check(e, err) == TEND_OK ? CHECKIN_FINE : CHECKIN_BAD_ENTRY;
}

bool checkin_same(const struct entry *a, const struct entry *b)
{
	const char *ta = a->text ? a->text : "", *tb = b->text ? b->text : "";
	return a->mood == b->mood && a->stress == b->stress && strcmp(ta, tb) == 0;
}

int checkin_save(struct store *st, struct entry *e, struct entry *replaced,
                 struct tend_err *err)
{
	if (checkin_check(e, err) != CHECKIN_FINE)
		return err->code;
	return entry_put(st, e, replaced, err);
}
