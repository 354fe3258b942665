/* ui_draw: small drawing helpers every screen uses. All user text goes
 * through text_fit here, measured by display width. */
#ifndef TEND_UI_DRAW_H
#define TEND_UI_DRAW_H

#include <stdbool.h>

#include "tend/figure.h"
#include "tend/ui_ctx.h"

enum ui_glyph {
	UI_GLYPH_CHECK,   /* done */
	UI_GLYPH_NONE,    /* nothing yet */
	UI_GLYPH_DOT,     /* separator */
	UI_GLYPH_LIGHT,   /* a touch session's traffic light */
	UI_GLYPH_ARROW_L,
	UI_GLYPH_ARROW_R,
	UI_GLYPH_COUNT
};

/* How counts are shown this session: numbers or marks (figure.h). */
struct figure_style ui_figures(const struct ui *ui);

attr_t ui_attr(const struct ui *ui, enum ui_role role);
const char *ui_glyph(const struct ui *ui, enum ui_glyph g);

/* Draw untrusted text at (y, x) in at most cols columns; returns the columns
 * used. Nothing is drawn when cols < 1 or the place is outside w. */
int ui_draw_text(struct ui *ui, WINDOW *w, int y, int x, int cols,
                 enum ui_role role, const char *s);
int ui_draw_textf(struct ui *ui, WINDOW *w, int y, int x, int cols,
                  enum ui_role role, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));
/* Text centred on line y of w. */
void ui_draw_center(struct ui *ui, WINDOW *w, int y, enum ui_role role, const char *s);

/* Clear w and draw its border with the title; focused panels stand out. */
void ui_draw_box(struct ui *ui, WINDOW *w, const char *title, bool focused);

/* The sparkline glyph for value 1..max; a blank for 0. */
const char *ui_draw_spark(const struct ui *ui, int value, int max);

/* "Stage 1: gentle touch" words, neutral when the config is discreet. */
const char *ui_stage_name(const struct ui *ui, int stage);

/* "stage 2", or "step 2" when discreet. */
const char *ui_stage_name_short(const struct ui *ui, int stage);

/* The colour role of a touch session light (enum light). */
enum ui_role ui_light_role(int light);
/* One letter for a light: G, Y, R; "+" for none. */
const char *ui_light_mark(int light);

/* Today's entries of kind, latest first, "Name text" a line, lines y..last. */
void ui_draw_today_list(struct ui *ui, WINDOW *w, int y, int last, enum entry_kind kind);
/* "Alex 3  Sam 1", a count in the good colour when it reached low; returns
 * the column after it. */
int ui_draw_counts(struct ui *ui, WINDOW *w, int y, int x, const int counts[2], int low);
/* How wide names may be drawn (2 to 10) so that both partners' names, each
 * followed by per_partner columns, fit in room. */
int ui_draw_name_width(const struct ui *ui, int room, int per_partner);

#endif
