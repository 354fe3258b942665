/* review_pdf: the weekly review as a sheet to read from together: a
 * heading with the week and the names, the kind moments first (each with
 * its day and who), then what is on the table. */
#include "tend/review_pdf.h"

#include <stdlib.h>
#include <string.h>

#include "tend/text.h"
#include "pdf_priv.h"

#define WHEN_W 74.0     /* the day column */
#define WHO_W 78.0      /* the name column */

/* Starts a new page when h more points would not fit. */
static void need(struct pdf *d, double h)
{
	if (d->y + h > d->h - MARGIN - 8)
		pdf_end_page(d);
}

static void heading(struct pdf *d, const struct review_agenda *a)
{
	char from[48], to[48], title[160], names[512];
	double width = d->w - 2 * MARGIN;
	int y, m, md;
	pdf_date_mid(a->from, from, sizeof from);
	pdf_date_mid(a->to, to, sizeof to);
	day_to_ymd(a->to, &y, &m, &md);
	pdf_kicker(d, MARGIN, d->y, "OUR WEEKLY REVIEW", PDF_SOFT);
	d->y += 16;
	if (a->week > 0)
		snprintf(title, sizeof title, "Week %d", a->week);
	else
		snprintf(title, sizeof title, "Our week");
	d->y += pdf_text_at(d, MARGIN, d->y, width, SERIF " Bold 22", PANGO_ALIGN_LEFT,
	                    PDF_INK, title, true) + 2;
	snprintf(names, sizeof names, "%s & %s  \xC2\xB7  %s to %s %d", d->name[0], d->name[1],
	         from, to, y);
	d->y += pdf_text_at(d, MARGIN, d->y, width, SANS " 10", PANGO_ALIGN_LEFT, PDF_SOFT,
	                    names, true) + 10;
	pdf_hline(d->cr, MARGIN, d->w - MARGIN, d->y, 0.6, PDF_RULE);
	d->y += 14;
}

/* One item: the day and who in narrow columns, the words beside them. */
static void item(struct pdf *d, const struct review_item *it)
{
	double x = MARGIN + 8, width = d->w - MARGIN - x;
	bool dated = it->day != DAY_INVALID, named = it->partner == 1 || it->partner == 2;
	double tx = x + (dated ? WHEN_W : 0) + (named ? WHO_W : 0);
	char *text = text_safe(it->text ? it->text : it->words, false);
	const char *font = it->text ? SERIF " 10.5" : SANS " 10";
	double h = pdf_text_at(d, tx, d->y, width - (tx - x), font, PANGO_ALIGN_LEFT,
	                       PDF_INK, text ? text : "", false);
	need(d, h);
	if (dated) {
		char when[48], wd[8];
		pdf_date_mid(it->day, when, sizeof when);
		snprintf(wd, sizeof wd, "%s", day_weekday_abbr(day_weekday(it->day)));
		char both[64];
		snprintf(both, sizeof both, "%s %s", wd, when);
		pdf_text_at(d, x, d->y + 1.5, 0, SANS " 8.5", PANGO_ALIGN_LEFT,
		            PDF_SOFT, both, true);
	}
	if (named)
		pdf_text_at(d, x + (dated ? WHEN_W : 0), d->y + 1, WHO_W - 6, SANS " Bold 9",
		            PANGO_ALIGN_LEFT, d->partner_color[it->partner - 1],
		            d->name[it->partner - 1], true);
	pdf_text_at(d, tx, d->y, width - (tx - x), font, PANGO_ALIGN_LEFT, PDF_INK,
	            text ? text : "", true);
	free(text);
	d->y += h + 5;
}

/* A section: its kicker, then each source's title and items. */
static void section(struct pdf *d, const struct review_agenda *a, bool table)
{
	char kick[64];
	review_section_caps(table, kick, sizeof kick);
	need(d, 60);
	pdf_kicker(d, MARGIN, d->y, kick, PDF_SOFT);
	d->y += 16;
	if (!table && !review_agenda_has_kind(a)) {
		d->y += pdf_text_at(d, MARGIN + 8, d->y, d->w - 2 * MARGIN - 8, SERIF " Italic 10.5",
		                    PANGO_ALIGN_LEFT, PDF_SOFT, review_no_kind_words, true) + 8;
	}
	int from = table ? REVIEW_SRC_TABLE : 0, to = table ? REVIEW_SRC_COUNT : REVIEW_SRC_TABLE;
	for (int src = from; src < to; src++) {
		bool titled = false;
		for (size_t i = 0; i < a->n; i++) {
			if (a->v[i].source != src)
				continue;
			if (!titled) {
				/* A title is never left alone at the foot of a page. */
				need(d, 40);
				d->y += pdf_text_at(d, MARGIN, d->y, 0, SANS " Bold 11", PANGO_ALIGN_LEFT,
				                    PDF_INK, review_source_title(src, d->discreet),
				                    true) + 5;
				titled = true;
			}
			item(d, &a->v[i]);
		}
		if (titled)
			d->y += 8;
	}
	d->y += 10;
}

int review_pdf_write(FILE *f, const struct review_agenda *a, const struct plan *p,
                     const struct config *cfg, enum plan_paper paper,
                     struct tend_err *err)
{
	struct pdf d = { .p = p, .cfg = cfg, .dates = { .start = cfg->start_date },
	                 .discreet = cfg->discreet };
	if (pdf_open(&d, f, paper, "Our weekly review", err))
		return err->code;
	d.y = MARGIN;
	heading(&d, a);
	section(&d, a, false);
	section(&d, a, true);
	pdf_end_page(&d);
	return pdf_close(&d, f, err);
}
