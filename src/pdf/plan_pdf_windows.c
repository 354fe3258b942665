/* plan_pdf_windows: the couple's open windows and their invitations on a
 * page of their own after the cover, printed only when they asked for
 * them (print-windows, print-invitations). The headings are window.h's,
 * neutral in discreet mode. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "pdf_priv.h"
#include "tend/text.h"
#include "tend/window.h"

/* A heading as a kicker (capitals). */
static double kicker(struct pdf *d, double x, double y, const char *s)
{
	char up[96];
	size_t i = 0;
	for (; s[i] && i < sizeof up - 1; i++)
		up[i] = (char)toupper((unsigned char)s[i]);
	up[i] = '\0';
	return pdf_kicker(d, x, y, up, PDF_SOFT);
}

void pdf_draw_windows(struct pdf *d)
{
	const struct plan_sentences *s = d->sentences;
	const struct config *cfg = d->cfg;
	bool windows = s && s->n_windows;
	bool invites = cfg->print_invitations && cfg->n_invitations;
	if (!windows && !invites)
		return;
	double x = MARGIN, width = d->w - 2 * MARGIN, y = MARGIN + 18;
	if (windows) {
		y += kicker(d, x, y, window_print_heading(cfg->discreet)) + 10;
		for (size_t i = 0; i < s->n_windows && i < 2; i++)
			y += pdf_text_at(d, x + 12, y, width - 12, SERIF " 14", PANGO_ALIGN_LEFT,
			                 PDF_INK, s->windows[i], true) + 8;
		y += 22;
	}
	if (invites) {
		y += kicker(d, x, y, window_invite_heading(cfg->discreet)) + 10;
		for (size_t i = 0; i < cfg->n_invitations; i++) {
			char *cut = text_fit(cfg->invitations[i], 200, false);
			y += pdf_text_at(d, x + 12, y, width - 12, SERIF " 14", PANGO_ALIGN_LEFT,
			                 PDF_INK, cut ? cut : "", true) + 8;
			free(cut);
		}
	}
	pdf_end_page(d);
}
