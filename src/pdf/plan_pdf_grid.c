/* plan_pdf_grid: the day-by-day pages: a row per day with the date, the
 * day number and boxes for each partner, the phases marked in colour. */
#include <stdlib.h>
#include <string.h>

#include "pdf_priv.h"
#include "tend/text.h"
#include "tend/touch.h"

#define BOX 9.0
#define PITCH 12.0
#define WEEK_GAP 5.0
#define LABEL_H 17.0

/* Where the columns go, worked out once from the page width. */
struct grid {
	double x0, x1;          /* the row's left and right edges */
	double date_x, num_x;   /* date text, right edge of the day number */
	double block_x[2];      /* each partner's first box */
	int gestures;           /* gesture boxes per partner */
	double touch_x;         /* the touch box's centre */
	double notes_x;
	double row_h;
};

static int gesture_boxes(const struct pdf *d)
{
	int n = d->cfg->gestures_max > 0 ? d->cfg->gestures_max : 5;
	return n > MAX_BOXES ? MAX_BOXES : n;
}

static double block_width(const struct grid *g)
{
	return (g->gestures + 2) * PITCH + 2 * 5.0;
}

static void grid_layout(struct pdf *d, struct grid *g, double avail)
{
	g->x0 = MARGIN;
	g->x1 = d->w - MARGIN;
	g->date_x = g->x0 + 12;
	g->num_x = g->date_x + 90;
	g->gestures = gesture_boxes(d);
	g->block_x[0] = g->num_x + 16;
	g->block_x[1] = g->block_x[0] + block_width(g) + 16;
	g->touch_x = g->block_x[1] + block_width(g) + 16 + 14;
	g->notes_x = g->touch_x + 28;
	/* Aim for five weeks a page, with room for phase labels. */
	g->row_h = (avail - 5 * WEEK_GAP - 3 * LABEL_H) / 35.0 - 0.05;
	if (g->row_h > 16.5)
		g->row_h = 16.5;
	if (g->row_h < 13.0)
		g->row_h = 13.0;
}

/* Partner names over their boxes, and a symbol over each kind of box. */
static double grid_header(struct pdf *d, const struct grid *g, double y)
{
	char title[160];

	y += pdf_kicker(d, g->x0, y, "DAY BY DAY", PDF_SOFT) + 4;
	snprintf(title, sizeof title, "Tick as you go");
	y += pdf_text_at(d, g->x0, y, 0, SERIF " Bold 18", PANGO_ALIGN_LEFT, PDF_INK,
	                 title, true) + 4;
	snprintf(title, sizeof title, "\xE2\x9C\x93 check-in    \xE2\x99\xA5 caring "
	         "gestures    \xE2\x86\xBA repair    \xE2\x97\x8B %s",
	         d->discreet ? "time together" : "touch session");
	y += pdf_text_at(d, g->x0, y, 0, SANS " 8.5", PANGO_ALIGN_LEFT, PDF_SOFT,
	                 title, true) + 12;
	for (int p = 0; p < 2; p++) {
		double bx = g->block_x[p], bw = block_width(g);
		char *name = text_fit(d->name[p], g->gestures + 8, false);
		pdf_text_at(d, bx - 6, y, bw + 12, SANS " Bold 9", PANGO_ALIGN_CENTER,
		            d->partner_color[p], name ? name : "", true);
		free(name);
		pdf_text_at(d, bx, y + 14, PITCH, SANS " 8", PANGO_ALIGN_CENTER, PDF_SOFT,
		            "\xE2\x9C\x93", true);
		pdf_text_at(d, bx + PITCH + 5, y + 14, g->gestures * PITCH, SANS " 8",
		            PANGO_ALIGN_CENTER, PDF_SOFT, "\xE2\x99\xA5", true);
		pdf_text_at(d, bx + (g->gestures + 1) * PITCH + 10, y + 14, PITCH, SANS " 8",
		            PANGO_ALIGN_CENTER, PDF_SOFT, "\xE2\x86\xBA", true);
		pdf_hline(d->cr, bx, bx + bw - 10, y + 13, 1.2, d->partner_color[p]);
	}
	pdf_text_at(d, g->touch_x - 24, y + 14, 48, SANS " 8", PANGO_ALIGN_CENTER,
	            PDF_SOFT, "\xE2\x97\x8B", true);
	pdf_text_at(d, g->touch_x - 24, y, 48, SANS " Bold 9", PANGO_ALIGN_CENTER,
	            PDF_INK, pdf_touch_word(d), true);
	pdf_text_at(d, g->notes_x, y + 14, 0, SANS " 8", PANGO_ALIGN_LEFT, PDF_SOFT,
	            "notes", true);
	return y + 30;
}

/* A band announcing a phase where it begins. */
static double grid_phase_label(struct pdf *d, const struct grid *g,
                               const struct plan_phase *ph, double y)
{
	char label[400];
	struct rgb c = pdf_phase_color(d, ph);
	char *title = text_safe(ph->title, false);

	snprintf(label, sizeof label, "Phase %d  \xC2\xB7  %s  \xC2\xB7  days %d\xE2\x80\x93%d",
	         plan_phase_number(d->p, ph), title ? title : "", ph->first, ph->last);
	free(title);
	pdf_rounded_rect(d->cr, g->x0, y + 2, g->x1 - g->x0, LABEL_H - 4, 4);
	pdf_set_color(d->cr, c);
	cairo_fill(d->cr);
	pdf_text_at(d, g->x0 + 10, y + 3.5, g->x1 - g->x0 - 20, SANS " Bold 8.5",
	            PANGO_ALIGN_LEFT, PDF_PAPER, label, true);
	return y + LABEL_H;
}

/* The touch circle of a day whose phase asks for touch (touch_week's
 * target): drawn as a glyph, so it reads back from the PDF's text. */
static void grid_touch(struct pdf *d, const struct grid *g, double y, struct rgb c)
{
	pdf_text_at(d, g->touch_x - PITCH, y + (g->row_h - 13) / 2, 2 * PITCH, SANS " 10",
	            PANGO_ALIGN_CENTER, c, "\xE2\x97\x8B", true);
}

static void grid_boxes(struct pdf *d, const struct grid *g, double y, struct rgb c, bool touch)
{
	double by = y + (g->row_h - BOX) / 2;

	for (int p = 0; p < 2; p++) {
		double bx = g->block_x[p];
		pdf_box(d->cr, bx + (PITCH - BOX) / 2, by, BOX, c);
		for (int k = 0; k < g->gestures; k++)
			pdf_box(d->cr, bx + PITCH + 5 + k * PITCH + (PITCH - BOX) / 2, by, BOX, c);
		pdf_box(d->cr, bx + (g->gestures + 1) * PITCH + 10 + (PITCH - BOX) / 2, by,
		        BOX, c);
	}
	if (touch)
		grid_touch(d, g, y, c);
}

static void grid_row(struct pdf *d, const struct grid *g, int n, double y)
{
	const struct plan_phase *ph = plan_phase_at(d->p, n);
	struct rgb c = pdf_phase_color(d, ph);
	tend_day day = pdf_day(d, n);
	int wd = day_weekday(day);
	char date[24], num[16];

	cairo_rectangle(d->cr, g->x0, y, g->x1 - g->x0, g->row_h);
	pdf_set_color(d->cr, pdf_mix(c, PDF_PAPER, wd >= DAY_SAT ? 0.80 : 0.91));
	cairo_fill(d->cr);
	cairo_rectangle(d->cr, g->x0, y, 5, g->row_h);
	pdf_set_color(d->cr, c);
	cairo_fill(d->cr);
	pdf_text_at(d, g->date_x, y + (g->row_h - 11) / 2, 0, SANS " 8.5",
	            PANGO_ALIGN_LEFT, PDF_SOFT, day_weekday_abbr(wd), true);
	pdf_date_mid(day, date, sizeof date);
	pdf_text_at(d, g->date_x + 30, y + (g->row_h - 11) / 2, 0, SANS " 8.5",
	            PANGO_ALIGN_LEFT, PDF_INK, date, true);
	snprintf(num, sizeof num, "%d", n);
	pdf_text_at(d, g->num_x - 16, y + (g->row_h - 11) / 2, 16, SANS " Bold 8.5",
	            PANGO_ALIGN_RIGHT, pdf_mix(c, PDF_INK, 0.55), num, true);
	struct touch_week tw;
	struct entry_list none = { 0 };
	/* The plan's start as it stood on that day (later for a day after a
	 * pause), so the touch weeks move on with the days. */
	touch_week(d->p, day - (n - 1), day, &none, NULL, &tw);
	grid_boxes(d, g, y, pdf_mix(c, PDF_INK, 0.45), tw.target > 0);
	pdf_hline(d->cr, g->notes_x, g->x1 - 8, y + g->row_h - 3.5, 0.4,
	          pdf_mix(c, PDF_PAPER, 0.35));
	pdf_hline(d->cr, g->x0, g->x1, y + g->row_h, 0.5, PDF_PAPER);
}

/* The height a plan week needs: its days, and a label where a phase starts. */
static double week_height(const struct pdf *d, const struct grid *g, int first, int last)
{
	double h = WEEK_GAP;

	for (int n = first; n <= last; n++) {
		const struct plan_phase *ph = plan_phase_at(d->p, n);
		if (ph && ph->first == n)
			h += LABEL_H;
		h += g->row_h;
	}
	return h;
}

void pdf_draw_grid(struct pdf *d)
{
	struct grid g;
	double bottom = d->h - MARGIN - 8, y;

	grid_layout(d, &g, 0);
	y = grid_header(d, &g, MARGIN);
	grid_layout(d, &g, bottom - y);
	for (int first = 1; first <= d->p->length; first += 7) {
		int last = first + 6 > d->p->length ? d->p->length : first + 6;
		if (y + week_height(d, &g, first, last) > bottom && first > 1) {
			pdf_end_page(d);
			y = grid_header(d, &g, MARGIN);
		}
		if (first > 1)
			y += WEEK_GAP;
		for (int n = first; n <= last; n++) {
			const struct plan_phase *ph = plan_phase_at(d->p, n);
			if (ph && ph->first == n)
				y = grid_phase_label(d, &g, ph, y);
			grid_row(d, &g, n, y);
			y += g.row_h;
		}
	}
	pdf_end_page(d);
}
