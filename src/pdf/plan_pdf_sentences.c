/* plan_pdf_sentences: the couple's two sentences on a page of their own
 * after the cover, printed only when they asked for it (print-objectives)
 * and both wrote theirs. */
#include <stdlib.h>

#include "pdf_priv.h"
#include "tend/text.h"

/* How much of one sentence goes on paper: enough for two long sentences,
 * never so much that the page overflows. */
#define SENTENCE_PRINT_COLS 600

/* A label and a sentence under it; returns the height used. */
static double sentence(struct pdf *d, double x, double y, double width, const char *label,
                       const char *text)
{
	char *cut = text_fit(text ? text : "", SENTENCE_PRINT_COLS, false);
	double h = pdf_text_at(d, x, y, width, SANS " Bold 9", PANGO_ALIGN_LEFT, PDF_SOFT,
	                       label, true) + 4;
	h += pdf_text_at(d, x, y + h, width, SERIF " 13", PANGO_ALIGN_LEFT, PDF_INK,
	                 cut ? cut : "", true);
	free(cut);
	return h + 14;
}

void pdf_draw_sentences(struct pdf *d)
{
	const struct plan_sentences *s = d->sentences;
	if (!s || !s->problem[0])
		return;
	double x = MARGIN, width = d->w - 2 * MARGIN, y = MARGIN + 18;
	y += pdf_kicker(d, x, y, "OUR TWO SENTENCES", PDF_SOFT) + 8;
	y += pdf_text_at(d, x, y, width, SANS " 10", PANGO_ALIGN_LEFT, PDF_SOFT,
	                 "The problem in our own words, and the outcome each of us "
	                 "wants in 3 to 6 months.", true) + 22;
	for (int p = 0; p < 2; p++) {
		y += pdf_text_at(d, x, y, width, SERIF " Bold 16", PANGO_ALIGN_LEFT,
		                 d->partner_color[p], d->name[p], true) + 8;
		y += sentence(d, x + 12, y, width - 12, "THE PROBLEM", s->problem[p]);
		y += sentence(d, x + 12, y, width - 12, "THE OUTCOME", s->outcome[p]);
		y += 14;
	}
	pdf_end_page(d);
}
