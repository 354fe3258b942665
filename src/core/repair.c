/* repair: what a repair must hold before it is saved. */
#include "tend/repair.h"

int repair_check(const struct entry *e, struct tend_err *err)
{
	if (e->kind != ENTRY_REPAIR)
		return err_set(err, TEND_E_USAGE, "not a repair");
	return entry_check(e, err);
}

int repair_save(struct store *st, struct entry *e, struct tend_err *err)
{
	if (repair_check(e, err) != TEND_OK)
		return err->code;
	return entry_put(st, e, NULL, err);
}
