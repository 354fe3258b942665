/* plan_pdf_phases: the last pages of the PDF plan: each phase in words,
 * why it matters, its tasks with a box and how often, and its tips. */
#include <stdlib.h>
#include <string.h>

#include "pdf_priv.h"
#include "tend/text.h"

#define INDENT 18.0
#define CADENCE_W 92.0

/* Starts a new page when h more points would not fit. */
static void need(struct pdf *d, double h)
{
	if (d->y + h > d->h - MARGIN - 8)
		pdf_end_page(d);
}

static double phase_task(struct pdf *d, const struct plan_task *t, struct rgb c,
                         double x, double width, bool draw)
{
	char how[48];
	char *text = text_safe(plan_task_text(t, d->discreet), false);
	double h;

	plan_cadence_describe(t, how, sizeof how);
	h = pdf_text_at(d, x + 20, d->y, width - 20 - CADENCE_W, SANS " 10",
	                PANGO_ALIGN_LEFT, PDF_INK, text ? text : "", draw);
	if (draw) {
		pdf_box(d->cr, x + 1, d->y + 2.5, 10, c);
		pdf_text_at(d, x + width - CADENCE_W, d->y + 1, CADENCE_W, SANS " Oblique 8.5",
		            PANGO_ALIGN_RIGHT, PDF_SOFT, how, true);
	}
	free(text);
	return h + 6;
}

static double phase_tip(struct pdf *d, const char *tip, struct rgb c, double x,
                        double width, bool draw)
{
	char *text = text_safe(tip, false);
	double h = pdf_text_at(d, x + 30, d->y, width - 30, SERIF " Italic 9.5",
	                       PANGO_ALIGN_LEFT, PDF_SOFT, text ? text : "", draw);

	if (draw)
		pdf_text_at(d, x, d->y + 0.5, 30, SANS " Bold 7.5", PANGO_ALIGN_LEFT, c,
		            "TIP", true);
	free(text);
	return h + 5;
}

/* The heading: when, then the title, then why; kept together on a page. */
static void phase_head(struct pdf *d, const struct plan_phase *ph, struct rgb c,
                       double x, double width)
{
	char kick[200], a[24], b[24];
	char *title = text_safe(ph->title, false);
	const char *why_raw = plan_phase_why(ph, d->discreet);
	char *why = why_raw ? text_safe(why_raw, false) : NULL;
	double th, wh;

	if (ph->first) {
		pdf_date_mid(pdf_day(d, ph->first), a, sizeof a);
		pdf_date_mid(pdf_day(d, ph->last), b, sizeof b);
		snprintf(kick, sizeof kick, "PHASE %d  \xC2\xB7  DAYS %d\xE2\x80\x93%d  "
		         "\xC2\xB7  %s \xE2\x80\x93 %s", plan_phase_number(d->p, ph),
		         ph->first, ph->last, a, b);
	} else {
		pdf_date_mid(pdf_day(d, d->p->length + 1), a, sizeof a);
		snprintf(kick, sizeof kick, "AFTER DAY %d  \xC2\xB7  FROM %s",
		         d->p->length, a);
	}
	th = pdf_text_at(d, x, 0, width, SERIF " Bold 16", PANGO_ALIGN_LEFT, PDF_INK,
	                 title ? title : "", false);
	wh = why ? pdf_text_at(d, x, 0, width, SANS " 10", PANGO_ALIGN_LEFT, PDF_SOFT,
	                       why, false) : 0;
	need(d, 14 + th + wh + 40);
	d->y += pdf_kicker(d, x, d->y, kick, c) + 3;
	d->y += pdf_text_at(d, x, d->y, width, SERIF " Bold 16", PANGO_ALIGN_LEFT,
	                    PDF_INK, title ? title : "", true) + 4;
	if (why)
		d->y += pdf_text_at(d, x, d->y, width, SANS " 10", PANGO_ALIGN_LEFT,
		                    pdf_mix(PDF_INK, PDF_SOFT, 0.5), why, true) + 10;
	free(title);
	free(why);
}

static void draw_phase(struct pdf *d, const struct plan_phase *ph)
{
	struct rgb c = pdf_phase_color(d, ph);
	double x = MARGIN + INDENT, width = d->w - 2 * MARGIN - INDENT, top;
	char *const *tips;
	size_t n_tips = plan_phase_tips(ph, d->discreet, &tips);

	phase_head(d, ph, c, x, width);
	top = d->y - 2;
	for (size_t i = 0; i < ph->n_tasks; i++) {
		double h = phase_task(d, &ph->tasks[i], c, x, width, false);
		if (d->y + h > d->h - MARGIN - 8) {
			pdf_end_page(d);
			top = d->y;
		}
		d->y += phase_task(d, &ph->tasks[i], c, x, width, true);
	}
	d->y += 4;
	for (size_t i = 0; i < n_tips; i++) {
		double h = phase_tip(d, tips[i], c, x, width, false);
		if (d->y + h > d->h - MARGIN - 8) {
			pdf_end_page(d);
			top = d->y;
		}
		d->y += phase_tip(d, tips[i], c, x, width, true);
	}
	pdf_rounded_rect(d->cr, MARGIN, top, 4, d->y - top, 2);
	pdf_set_color(d->cr, c);
	cairo_fill(d->cr);
	d->y += 20;
}

void pdf_draw_phases(struct pdf *d)
{
	double width = d->w - 2 * MARGIN;

	d->y = MARGIN;
	d->y += pdf_kicker(d, MARGIN, d->y, "STEP BY STEP", PDF_SOFT) + 4;
	d->y += pdf_text_at(d, MARGIN, d->y, width, SERIF " Bold 18", PANGO_ALIGN_LEFT,
	                    PDF_INK, "The phases", true) + 18;
	for (size_t i = 0; i < d->p->n_phases; i++)
		draw_phase(d, &d->p->phases[i]);
	if (d->p->after)
		draw_phase(d, d->p->after);
	if (d->cfg->therapist) {
		char *t = text_safe(d->cfg->therapist, false);
		need(d, 40);
		d->y += pdf_kicker(d, MARGIN, d->y, "WHEN WE WANT HELP", PDF_SOFT) + 4;
		d->y += pdf_text_at(d, MARGIN, d->y, width, SANS " 10", PANGO_ALIGN_LEFT,
		                    PDF_INK, t ? t : "", true);
		free(t);
	}
}
