/* pdf_priv: what the files drawing the PDF plan share. */
#ifndef TEND_PDF_PRIV_H
#define TEND_PDF_PRIV_H

#include <cairo.h>
#include <pango/pangocairo.h>
#include <stdbool.h>

#include "tend/plan_pdf.h"

#define MARGIN 46.0
#define SANS "DejaVu Sans"
#define SERIF "DejaVu Serif"
#define MAX_BOXES 10           /* gesture boxes per partner, at most */

struct rgb {
	double r, g, b;
};

extern const struct rgb PDF_INK, PDF_SOFT, PDF_RULE, PDF_PAPER;

struct pdf {
	cairo_surface_t *surface;
	cairo_t *cr;
	double w, h;
	double y;               /* where the next flowing item goes */
	int page;               /* the page being drawn, from 1 */
	const struct plan *p;
	const struct config *cfg;
	struct pace_dates dates; /* the date of each plan day (pdf_day) */
	bool discreet;
	char *name[2];          /* made safe */
	const struct plan_sentences *sentences; /* NULL: not printed */
	struct rgb partner_color[2];
};

/* Start a document on f (d's plan and config set): the names made safe,
 * the inks, the surface with its title, page 1. On error nothing is left
 * to free. */
int pdf_open(struct pdf *d, FILE *f, enum plan_paper paper, const char *title,
             struct tend_err *err);
/* Finish and free the document pdf_open started; the error if f could not
 * take it all. */
int pdf_close(struct pdf *d, FILE *f, struct tend_err *err);

/* The date plan day n falls on, the pauses taken out. */
tend_day pdf_day(const struct pdf *d, int n);

/* a + (b - a) * t, channel by channel: t = 0.85 towards white is a tint. */
struct rgb pdf_mix(struct rgb a, struct rgb b, double t);
struct rgb pdf_phase_color(const struct pdf *d, const struct plan_phase *ph);
void pdf_set_color(cairo_t *cr, struct rgb c);
/* Lay out text (never markup) width wide (0: unlimited) and draw it at
 * (x, y) unless only measuring; returns its height in points. */
double pdf_text_at(struct pdf *d, double x, double y, double width, const char *font,
               PangoAlignment align, struct rgb color, const char *text, bool draw);
double pdf_text_width_pt(struct pdf *d, const char *font, const char *text);
void pdf_rounded_rect(cairo_t *cr, double x, double y, double w, double h, double r);
/* An empty checkbox of side s. */
void pdf_box(cairo_t *cr, double x, double y, double s, struct rgb c);
void pdf_hline(cairo_t *cr, double x0, double x1, double y, double width, struct rgb c);
/* "Monday 23 November 2026" and "23 Nov". */
void pdf_date_long(tend_day d, char *buf, size_t size);
void pdf_date_mid(tend_day d, char *buf, size_t size);
/* Finish the page (with its footer) and start the next one. */
void pdf_end_page(struct pdf *d);
double pdf_kicker(struct pdf *d, double x, double y, const char *s, struct rgb c);
/* Text with the couple's discretion applied to the word "touch". */
const char *pdf_touch_word(const struct pdf *d);

/* A partner's configured colour name as an ink that prints well. */
struct rgb pdf_partner_color(const char *name, int slot);
/* Hand back pango's and fontconfig's caches once the PDF is written. */
void pdf_release_fonts(void);

void pdf_draw_cover(struct pdf *d);
/* The two sentences' page, when d->sentences is set. */
void pdf_draw_sentences(struct pdf *d);
/* The open windows and the invitations on a page of their own, when the
 * couple asked for them on paper (plan_pdf_windows.c). */
void pdf_draw_windows(struct pdf *d);
void pdf_draw_grid(struct pdf *d);
void pdf_draw_phases(struct pdf *d);

#endif
