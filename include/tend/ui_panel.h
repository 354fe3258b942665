/* ui_panel: what every dashboard panel offers: a draw function and an
 * optional key handler. One file per panel defines its table. */
#ifndef TEND_UI_PANEL_H
#define TEND_UI_PANEL_H

#include "tend/ui_ctx.h"

struct ui_panel {
	enum ui_area area;
	unsigned history_kinds;   /* what Enter lists; 0: no history */
	void (*draw)(struct ui *ui, WINDOW *w, bool focused);
	/* Keys the panel handles itself while focused; NULL: none. */
	enum ui_action (*key)(struct ui *ui, struct ui_key k);
};

extern const struct ui_panel ui_header_panel;
extern const struct ui_panel ui_footer_panel;
extern const struct ui_panel ui_checkin_panel;
extern const struct ui_panel ui_gestures_panel;
extern const struct ui_panel ui_repairs_panel;
extern const struct ui_panel ui_touch_panel;
extern const struct ui_panel ui_week_panel;

#endif
