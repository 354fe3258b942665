/* gesture: what a gesture must hold before it is saved. */
#include "tend/gesture.h"

enum gesture_fault gesture_check(const struct entry *e, struct tend_err *err)
{
	if (e->kind != ENTRY_GESTURE) {
		err_set(err, TEND_E_USAGE, "not a gesture");
		return GESTURE_BAD_ENTRY;
	}
	if (e->bid != BID_NONE && e->bid != BID_TOWARD && e->bid != BID_AWAY) {
		err_set(err, TEND_E_USAGE, "a bid was turned toward or away");
		return GESTURE_BAD_BID;
	}
	return entry_check(e, err) == TEND_OK ? GESTURE_FINE : GESTURE_BAD_ENTRY;
}

int gesture_save(struct store *st, struct entry *e, struct tend_err *err)
{
	if (gesture_check(e, err) != GESTURE_FINE)
		return err->code;
	return entry_put(st, e, NULL, err);
}
