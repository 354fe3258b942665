/* plan_pdf_cover: page 1 of the PDF plan: the two names and dates, the
 * stop-phrases, the red lines and the road ahead at a glance. */
#include <stdlib.h>
#include <string.h>

#include "pdf_priv.h"
#include "tend/text.h"

/* The title's font: 30 points, smaller for long names (up to 40 columns
 * each), so that the names take two lines at most and the cover stays one
 * page. */
static void cover_title_font(struct pdf *d, const char *names, double width,
                             char *font, size_t n)
{
	static const int sizes[] = { 30, 24, 20, 16, 13 };
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		snprintf(font, n, SERIF " Bold %d", sizes[i]);
		double one = pdf_text_at(d, 0, 0, width, font, PANGO_ALIGN_LEFT, PDF_INK,
		                         "&", false);
		if (pdf_text_at(d, 0, 0, width, font, PANGO_ALIGN_LEFT, PDF_INK, names,
		                false) < 2.5 * one)
			return;
	}
}

static double cover_title(struct pdf *d, double x, double width)
{
	char names[512], from[48], to[48], dates[128], kick[48], font[48];
	double y = MARGIN + 18;

	snprintf(kick, sizeof kick, "OUR %d-DAY PLAN", d->p->length);
	y += pdf_kicker(d, x, y, kick, pdf_phase_color(d, &d->p->phases[0])) + 6;
	snprintf(names, sizeof names, "%s & %s", d->name[0], d->name[1]);
	cover_title_font(d, names, width, font, sizeof font);
	y += pdf_text_at(d, x, y, width, font, PANGO_ALIGN_LEFT, PDF_INK,
	                 names, true) + 4;
	pdf_date_long(pdf_day(d, 1), from, sizeof from);
	pdf_date_long(pdf_day(d, d->p->length), to, sizeof to);
	snprintf(dates, sizeof dates, "%s  \xE2\x80\x93  %s", from, to);
	y += pdf_text_at(d, x, y, width, SANS " 12", PANGO_ALIGN_LEFT, PDF_SOFT,
	                 dates, true) + 18;
	pdf_hline(d->cr, x, x + width, y, 0.8, PDF_RULE);
	return y + 22;
}

/* The two stop-phrases side by side in a soft panel, with what they mean. */
static double cover_phrases(struct pdf *d, double x, double y, double width)
{
	static const char *const fallback[2] = { "Time-out", "This matters" };
	struct rgb tint = pdf_mix(pdf_phase_color(d, &d->p->phases[0]), PDF_PAPER, 0.86);
	double col = (width - 24) / 2, h = 0, note;
	char how[400], quoted[300];

	y += pdf_kicker(d, x, y, "WHEN IT GETS HEATED", PDF_SOFT) + 8;
	snprintf(how, sizeof how, "Either of us can say one of these at any time. "
	         "Then we pause for %d minutes and come back to each other. If we "
	         "can't, we agree on a time to return within %d hours.",
	         d->cfg->pause_minutes > 0 ? d->cfg->pause_minutes : 20,
	         d->cfg->return_within_hours > 0 ? d->cfg->return_within_hours : 24);
	for (int i = 0; i < 2; i++) {
		const char *s = d->cfg->stop_phrase[i] ? d->cfg->stop_phrase[i] : fallback[i];
		char *safe = text_safe(s, false);
		snprintf(quoted, sizeof quoted, "\xE2\x80\x9C%s\xE2\x80\x9D", safe ? safe : "");
		free(safe);
		double th = pdf_text_at(d, 0, 0, col, SERIF " Italic 19", PANGO_ALIGN_CENTER,
		                        PDF_INK, quoted, false);
		if (th > h)
			h = th;
	}
	note = pdf_text_at(d, 0, 0, width - 40, SANS " 9.5", PANGO_ALIGN_CENTER,
	                   PDF_SOFT, how, false);
	pdf_rounded_rect(d->cr, x, y, width, h + note + 44, 10);
	pdf_set_color(d->cr, tint);
	cairo_fill(d->cr);
	for (int i = 0; i < 2; i++) {
		const char *s = d->cfg->stop_phrase[i] ? d->cfg->stop_phrase[i] : fallback[i];
		char *safe = text_safe(s, false);
		snprintf(quoted, sizeof quoted, "\xE2\x80\x9C%s\xE2\x80\x9D", safe ? safe : "");
		free(safe);
		pdf_text_at(d, x + 12 + i * col, y + 16, col, SERIF " Italic 19",
		            PANGO_ALIGN_CENTER, PDF_INK, quoted, true);
	}
	pdf_text_at(d, x + 20, y + h + 28, width - 40, SANS " 9.5", PANGO_ALIGN_CENTER,
	            PDF_SOFT, how, true);
	return y + h + note + 44 + 26;
}

/* The red lines as a list, or lines to write them on by hand. */
static double cover_red_lines(struct pdf *d, double x, double y, double width)
{
	struct rgb dot = pdf_phase_color(d, &d->p->phases[d->p->n_phases > 2 ? 2 : 0]);

	y += pdf_kicker(d, x, y, "OUR RED LINES", PDF_SOFT) + 8;
	if (d->cfg->n_red_lines == 0) {
		for (int i = 0; i < 3; i++) {
			y += 22;
			pdf_hline(d->cr, x + 16, x + width, y, 0.6, PDF_RULE);
		}
		return y + 26;
	}
	for (size_t i = 0; i < d->cfg->n_red_lines && i < 8; i++) {
		char *safe = text_safe(d->cfg->red_lines[i], false);
		cairo_arc(d->cr, x + 5, y + 7.5, 2.6, 0, 2 * G_PI);
		pdf_set_color(d->cr, dot);
		cairo_fill(d->cr);
		y += pdf_text_at(d, x + 16, y, width - 16, SANS " 11", PANGO_ALIGN_LEFT,
		                 PDF_INK, safe ? safe : "", true) + 5;
		free(safe);
	}
	return y + 22;
}

/* A bar with a band per phase, then one line per phase with its dates. */
static double cover_road(struct pdf *d, double x, double y, double width)
{
	double bx = x;
	char line[400], a[24], b[24];

	y += pdf_kicker(d, x, y, "THE ROAD AHEAD", PDF_SOFT) + 10;
	pdf_rounded_rect(d->cr, x, y, width, 12, 6);
	cairo_save(d->cr);
	cairo_clip(d->cr);
	for (size_t i = 0; i < d->p->n_phases; i++) {
		const struct plan_phase *ph = &d->p->phases[i];
		double w = width * (ph->last - ph->first + 1) / d->p->length;
		cairo_rectangle(d->cr, bx, y, w + 0.5, 12);
		pdf_set_color(d->cr, pdf_phase_color(d, ph));
		cairo_fill(d->cr);
		bx += w;
	}
	cairo_restore(d->cr);
	y += 24;
	for (size_t i = 0; i < d->p->n_phases; i++) {
		const struct plan_phase *ph = &d->p->phases[i];
		char *title = text_safe(ph->title, false);
		pdf_date_mid(pdf_day(d, ph->first), a, sizeof a);
		pdf_date_mid(pdf_day(d, ph->last), b, sizeof b);
		cairo_arc(d->cr, x + 6, y + 7, 5, 0, 2 * G_PI);
		pdf_set_color(d->cr, pdf_phase_color(d, ph));
		cairo_fill(d->cr);
		snprintf(line, sizeof line, "Days %d\xE2\x80\x93%d", ph->first, ph->last);
		pdf_text_at(d, x + 20, y, 100, SANS " Bold 10", PANGO_ALIGN_LEFT, PDF_INK,
		            line, true);
		snprintf(line, sizeof line, "%s \xE2\x80\x93 %s", a, b);
		pdf_text_at(d, x + 110, y, 130, SANS " 10", PANGO_ALIGN_LEFT, PDF_SOFT,
		            line, true);
		y += pdf_text_at(d, x + 240, y, width - 240, SERIF " 11", PANGO_ALIGN_LEFT,
		                 PDF_INK, title ? title : "", true) + 7;
		free(title);
	}
	if (d->p->after) {
		char *title = text_safe(d->p->after->title, false);
		pdf_date_mid(pdf_day(d, d->p->length + 1), a, sizeof a);
		cairo_arc(d->cr, x + 6, y + 7, 5, 0, 2 * G_PI);
		pdf_set_color(d->cr, pdf_phase_color(d, d->p->after));
		cairo_fill(d->cr);
		pdf_text_at(d, x + 20, y, 100, SANS " Bold 10", PANGO_ALIGN_LEFT, PDF_INK,
		            "After", true);
		snprintf(line, sizeof line, "from %s", a);
		pdf_text_at(d, x + 110, y, 130, SANS " 10", PANGO_ALIGN_LEFT, PDF_SOFT,
		            line, true);
		y += pdf_text_at(d, x + 240, y, width - 240, SERIF " 11", PANGO_ALIGN_LEFT,
		                 PDF_INK, title ? title : "", true) + 7;
		free(title);
	}
	return y;
}

void pdf_draw_cover(struct pdf *d)
{
	double x = MARGIN, width = d->w - 2 * MARGIN, y;

	y = cover_title(d, x, width);
	y = cover_phrases(d, x, y, width);
	y = cover_red_lines(d, x, y, width);
	cover_road(d, x, y, width);
	pdf_text_at(d, x, d->h - MARGIN - 30, width, SERIF " Italic 11",
	            PANGO_ALIGN_CENTER, PDF_SOFT, "Each evening: check in, tick the "
	            "day\xE2\x80\x99s boxes, and be kind about the ones you missed.", true);
	pdf_end_page(d);
}
