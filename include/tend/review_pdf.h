/* review_pdf: the weekly review's agenda as a printable PDF, drawn like
 * the plan (cairo + pango). Only built when meson finds pangocairo
 * (TEND_HAVE_PDF in tend-build.h). */
#ifndef TEND_REVIEW_PDF_H
#define TEND_REVIEW_PDF_H

#include <stdio.h>

#include "tend/config.h"
#include "tend/err.h"
#include "tend/plan.h"
#include "tend/plan_pdf.h"
#include "tend/review.h"

/* Write the agenda a to f: the week and the names, the kind moments, then
 * what is on the table, on as many pages as it takes. */
int review_pdf_write(FILE *f, const struct review_agenda *a, const struct plan *p,
                     const struct config *cfg, enum plan_paper paper,
                     struct tend_err *err);

#endif
