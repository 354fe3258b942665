/* plan_pdf: the plan as a printable PDF sheet (cairo + pango). Only built
 * when meson finds pangocairo (TEND_HAVE_PDF in tend-build.h). */
#ifndef TEND_PLAN_PDF_H
#define TEND_PLAN_PDF_H

#include <stdio.h>

#include "tend/config.h"
#include "tend/day.h"
#include "tend/err.h"
#include "tend/plan.h"

enum plan_paper { PLAN_PAPER_A4, PLAN_PAPER_LETTER };

/* Write the whole plan as a PDF to f: a cover page (names, dates,
 * stop-phrases, red lines), the day-by-day grid with the phases marked, then
 * the phases with their tasks and tips. */
int plan_pdf_write(FILE *f, const struct plan *p, const struct config *cfg,
                   tend_day start, enum plan_paper paper, struct tend_err *err);
/* The same with the couple's two sentences on a page after the cover
 * (NULL: none). */
int plan_pdf_write_with(FILE *f, const struct plan *p, const struct config *cfg,
                        tend_day start, enum plan_paper paper,
                        const struct plan_sentences *s, struct tend_err *err);
/* The same with each day on the date dates gives it (pace_dates_day). */
int plan_pdf_write_dated(FILE *f, const struct plan *p, const struct config *cfg,
                         const struct pace_dates *dates, enum plan_paper paper,
                         const struct plan_sentences *s, struct tend_err *err);

#endif
