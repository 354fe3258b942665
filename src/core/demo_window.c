/* demo_window: the demo couple's two open windows, set ahead of the phase
 * that asks for them: a Wednesday evening and a slow Sunday morning. */
#include "tend/demo.h"
#include "tend/window.h"

int demo_fill_windows(struct store *st, struct tend_err *err)
{
	struct window_change c;
	if (window_set(st, 1, DAY_WED, 20 * 60 + 30, 90, &c, err) ||
	    window_set(st, 2, DAY_SUN, 9 * 60 + 30, 0, &c, err))
		return err->code;
	return TEND_OK;
}
