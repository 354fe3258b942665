/* plan_pdf: the plan as a sheet for the fridge: a cover page, the days as a
 * grid of boxes with the phases in colour, then each phase in words. */
#include "tend/plan_pdf.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <stdlib.h>
#include <string.h>

#include "tend/text.h"
#include "pdf_priv.h"

const struct rgb PDF_INK = { 0.17, 0.18, 0.22 };
const struct rgb PDF_SOFT = { 0.43, 0.44, 0.48 };
const struct rgb PDF_RULE = { 0.78, 0.78, 0.80 };
const struct rgb PDF_PAPER = { 1, 1, 1 };
/* One calm colour per phase, in order, repeating if a plan has more. */
static const struct rgb PDF_PHASE_COLORS[] = {
	{ 0.47, 0.66, 0.53 }, { 0.45, 0.62, 0.80 }, { 0.91, 0.58, 0.45 },
	{ 0.64, 0.55, 0.80 }, { 0.83, 0.68, 0.35 }, { 0.40, 0.66, 0.68 },
};
static const struct rgb PDF_AFTER_COLOR = { 0.55, 0.58, 0.60 };

static const char *const MONTHS[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

struct rgb pdf_mix(struct rgb a, struct rgb b, double t)
{
	struct rgb c = { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t,
	                 a.b + (b.b - a.b) * t };
	return c;
}

struct rgb pdf_phase_color(const struct pdf *d, const struct plan_phase *ph)
{
	int n = plan_phase_number(d->p, ph);
	size_t k = sizeof PDF_PHASE_COLORS / sizeof PDF_PHASE_COLORS[0];

	return n > 0 ? PDF_PHASE_COLORS[(size_t)(n - 1) % k] : PDF_AFTER_COLOR;
}

/* Terminal colour names turned into inks that print well. */
struct rgb pdf_partner_color(const char *name, int slot)
{
	static const struct { const char *name; struct rgb c; } map[] = {
		{ "red", { 0.80, 0.32, 0.32 } }, { "green", { 0.30, 0.58, 0.38 } },
		{ "yellow", { 0.78, 0.60, 0.12 } }, { "blue", { 0.28, 0.44, 0.76 } },
		{ "magenta", { 0.70, 0.32, 0.62 } }, { "cyan", { 0.16, 0.57, 0.63 } },
	};
	for (size_t i = 0; name && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(name, map[i].name))
			return map[i].c;
	return slot == 0 ? map[5].c : map[4].c;
}

void pdf_set_color(cairo_t *cr, struct rgb c)
{
	cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

/* Lay out text in a box width wide; draw it at (x, y) unless measuring.
 * Returns its height. Text is never parsed as markup. */
/* Text into a layout with typographic quotes, so the plan's own words and
 * the couple's read alike on paper. */
static void pdf_layout_text(PangoLayout *lay, const char *text)
{
	char *curly = text_curly_quotes(text);
	pango_layout_set_text(lay, curly ? curly : text, -1);
	free(curly);
}

double pdf_text_at(struct pdf *d, double x, double y, double width,
                      const char *font, PangoAlignment align, struct rgb color,
                      const char *text, bool draw)
{
	PangoLayout *lay = pango_cairo_create_layout(d->cr);
	PangoFontDescription *fd = pango_font_description_from_string(font);
	int pw, ph;

	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	if (width > 0) {
		pango_layout_set_width(lay, (int)(width * PANGO_SCALE));
		pango_layout_set_wrap(lay, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(lay, align);
	pdf_layout_text(lay, text);
	pango_layout_get_size(lay, &pw, &ph);
	if (draw) {
		cairo_move_to(d->cr, x, y);
		pdf_set_color(d->cr, color);
		pango_cairo_show_layout(d->cr, lay);
		cairo_new_path(d->cr);
	}
	g_object_unref(lay);
	return (double)ph / PANGO_SCALE;
}

double pdf_text_width_pt(struct pdf *d, const char *font, const char *text)
{
	PangoLayout *lay = pango_cairo_create_layout(d->cr);
	PangoFontDescription *fd = pango_font_description_from_string(font);
	int pw, ph;

	pango_layout_set_font_description(lay, fd);
	pango_font_description_free(fd);
	pdf_layout_text(lay, text);
	pango_layout_get_size(lay, &pw, &ph);
	g_object_unref(lay);
	return (double)pw / PANGO_SCALE;
}

void pdf_rounded_rect(cairo_t *cr, double x, double y, double w, double h, double r)
{
	cairo_new_sub_path(cr);
	cairo_arc(cr, x + w - r, y + r, r, -G_PI / 2, 0);
	cairo_arc(cr, x + w - r, y + h - r, r, 0, G_PI / 2);
	cairo_arc(cr, x + r, y + h - r, r, G_PI / 2, G_PI);
	cairo_arc(cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
	cairo_close_path(cr);
}

void pdf_box(cairo_t *cr, double x, double y, double s, struct rgb c)
{
	pdf_rounded_rect(cr, x, y, s, s, s * 0.18);
	pdf_set_color(cr, PDF_PAPER);
	cairo_fill_preserve(cr);
	pdf_set_color(cr, c);
	cairo_set_line_width(cr, 0.7);
	cairo_stroke(cr);
}

void pdf_hline(cairo_t *cr, double x0, double x1, double y, double width, struct rgb c)
{
	cairo_move_to(cr, x0, y);
	cairo_line_to(cr, x1, y);
	cairo_set_line_width(cr, width);
	pdf_set_color(cr, c);
	cairo_stroke(cr);
}

void pdf_date_long(tend_day d, char *buf, size_t size)
{
	int y, m, md;
	char wd[16];

	day_to_ymd(d, &y, &m, &md);
	snprintf(wd, sizeof wd, "%s", day_weekday_name(day_weekday(d)));
	if (wd[0] >= 'a' && wd[0] <= 'z')
		wd[0] = (char)(wd[0] - 'a' + 'A');
	snprintf(buf, size, "%s %d %s %d", wd, md, MONTHS[m - 1], y);
}

void pdf_date_mid(tend_day d, char *buf, size_t size)
{
	int y, m, md;

	day_to_ymd(d, &y, &m, &md);
	snprintf(buf, size, "%d %s", md, day_month_abbr(m));
}

void pdf_end_page(struct pdf *d)
{
	char label[512]; /* two names of 40 columns, in bytes */

	snprintf(label, sizeof label, "%s & %s  \xC2\xB7  our %d days  \xC2\xB7  page %d",
	         d->name[0], d->name[1], d->p->length, d->page);
	pdf_text_at(d, MARGIN, d->h - MARGIN + 16, d->w - 2 * MARGIN, SANS " 7",
	            PANGO_ALIGN_CENTER, PDF_SOFT, label, true);
	cairo_show_page(d->cr);
	d->page++;
	d->y = MARGIN;
}

const char *pdf_touch_word(const struct pdf *d)
{
	return d->discreet ? "together" : "touch";
}

/* A small spaced-out heading in capitals, in the given colour. */
double pdf_kicker(struct pdf *d, double x, double y, const char *s, struct rgb c)
{
	return pdf_text_at(d, x, y, 0, SANS " Bold 8.5", PANGO_ALIGN_LEFT, c, s, true);
}


/* Give back the font caches pango and fontconfig keep for the whole
 * process: tend draws one PDF and exits, and leak checkers should see
 * nothing left. */
void pdf_release_fonts(void)
{
	pango_cairo_font_map_set_default(NULL);
	cairo_debug_reset_static_data();
	FcFini();
}

static cairo_status_t write_cb(void *closure, const unsigned char *data,
                               unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS
	                                            : CAIRO_STATUS_WRITE_ERROR;
}

/* What the plan and the review both start with: the paper's size, the
 * partners' names made safe and their inks, the surface writing to f. */
int pdf_open(struct pdf *d, FILE *f, enum plan_paper paper, const char *title,
             struct tend_err *err)
{
	d->w = paper == PLAN_PAPER_LETTER ? 612.0 : 595.276;
	d->h = paper == PLAN_PAPER_LETTER ? 792.0 : 841.89;
	for (int i = 0; i < 2; i++) {
		d->name[i] = text_safe(d->cfg->partner[i] ? d->cfg->partner[i] : "", false);
		d->partner_color[i] = pdf_partner_color(d->cfg->color[i], i);
	}
	if (!d->name[0] || !d->name[1]) {
		free(d->name[0]);
		free(d->name[1]);
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	d->surface = cairo_pdf_surface_create_for_stream(write_cb, f, d->w, d->h);
	d->cr = cairo_create(d->surface);
	cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATOR, "tend");
	d->page = 1;
	return TEND_OK;
}

/* And what they both end with: the document finished and freed, and the
 * error when it could not be written whole. */
int pdf_close(struct pdf *d, FILE *f, struct tend_err *err)
{
	cairo_destroy(d->cr);
	cairo_surface_finish(d->surface);
	cairo_status_t st = cairo_surface_status(d->surface);
	cairo_surface_destroy(d->surface);
	pdf_release_fonts();
	free(d->name[0]);
	free(d->name[1]);
	if (st != CAIRO_STATUS_SUCCESS || ferror(f))
		return err_set(err, TEND_E_RUNTIME, "cannot write the PDF: %s",
		               cairo_status_to_string(st));
	return TEND_OK;
}

int plan_pdf_write(FILE *f, const struct plan *p, const struct config *cfg,
                   tend_day start, enum plan_paper paper, struct tend_err *err)
{
	return plan_pdf_write_with(f, p, cfg, start, paper, NULL, err);
}

int plan_pdf_write_with(FILE *f, const struct plan *p, const struct config *cfg,
                        tend_day start, enum plan_paper paper,
                        const struct plan_sentences *s, struct tend_err *err)
{
	struct pace_dates dates = { .start = start, .pace = NULL };
	return plan_pdf_write_dated(f, p, cfg, &dates, paper, s, err);
}

tend_day pdf_day(const struct pdf *d, int n)
{
	return pace_dates_day(&d->dates, n);
}

int plan_pdf_write_dated(FILE *f, const struct plan *p, const struct config *cfg,
                         const struct pace_dates *dates, enum plan_paper paper,
                         const struct plan_sentences *s, struct tend_err *err)
{
	struct pdf d = { .p = p, .cfg = cfg, .dates = *dates, .discreet = cfg->discreet,
	                 .sentences = s };

	if (pdf_open(&d, f, paper, "Our plan", err))
		return err->code;
	pdf_draw_cover(&d);
	pdf_draw_sentences(&d);
	pdf_draw_windows(&d);
	pdf_draw_grid(&d);
	pdf_draw_phases(&d);
	pdf_end_page(&d);
	return pdf_close(&d, f, err);
}
