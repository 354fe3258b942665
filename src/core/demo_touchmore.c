/* demo_touchmore: the demo's touch sessions say who invited, in turns
 * with now and then none said, and which list of the installed menu fitted
 * the evening; the slower partner's stage-3 guidelines are written. */
#include <stdlib.h>
#include <string.h>

#include "tend/demo.h"
#include "tend/menu.h"
#include "tend/store.h"

static const char demo_guidelines[] =
	"Start with ten minutes of just holding each other.\n"
	"Either of us can say yellow to slow down or red to stop, and that is the end of it, "
	"no questions.\n"
	"If I go quiet, check in with a word before going on.";

/* Give the i-th session (oldest first) its details. */
static void session_more(struct entry *e, size_t i, const struct menu *m)
{
	e->initiator = i % 4 == 3 ? 0 : (int)(i % 2) + 1;
	e->tier = i % 3 == 2 ? MENU_EXPERIENCE : MENU_CONNECTION;
	free(e->item);
	e->item = NULL;
	if (m->n[e->tier] > 0 && i % 5 != 4)
		e->item = strdup(m->item[e->tier][i % m->n[e->tier]]);
}

int demo_fill_touchmore(struct store *st, tend_day start, tend_day today,
                        struct tend_err *err)
{
	struct menu m;
	char *path = menu_default_path();
	struct tend_err ignored;
	/* Without the installed menu the sessions keep only who invited. */
	if (!path || menu_load(path, &m, &ignored) != TEND_OK)
		memset(&m, 0, sizeof m);
	free(path);
	struct entry_list l = { 0 };
	int rc = store_list(st, start, today, ENTRY_MASK(ENTRY_TOUCH), &l, err);
	for (size_t i = 0; rc == TEND_OK && i < l.n; i++) {
		session_more(&l.v[i], i, &m);
		rc = store_update(st, &l.v[i], err);
	}
	entry_list_free(&l);
	menu_free(&m);
	if (rc == TEND_OK)
		rc = store_guideline_set(st, demo_guidelines, err);
	return rc;
}
