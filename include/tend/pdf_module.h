/* pdf_module: the PDF writers (cairo + pango) live in a module of their
 * own, tend-pdf.so, that is loaded only when a PDF is made: every other
 * command starts without cairo, pango and the forty libraries they bring. */
#ifndef TEND_PDF_MODULE_H
#define TEND_PDF_MODULE_H

#include "tend/err.h"
#include "tend/plan_pdf.h"
#include "tend/review_pdf.h"

/* Bumped whenever struct pdf_module changes, so that a module from
 * another build of tend is refused instead of called wrongly. */
#define PDF_MODULE_ABI 4

/* What the module offers: its one exported symbol, tend_pdf_module. */
struct pdf_module {
	int abi;
	int (*plan)(FILE *f, const struct plan *p, const struct config *cfg, tend_day start,
	            enum plan_paper paper, struct tend_err *err);
	/* The weekly review's agenda (review_pdf.h). */
	int (*review)(FILE *f, const struct review_agenda *a, const struct plan *p,
	              const struct config *cfg, enum plan_paper paper, struct tend_err *err);
	/* The plan with the couple's two sentences (NULL: as plan). */
	int (*plan_with)(FILE *f, const struct plan *p, const struct config *cfg,
	                 tend_day start, enum plan_paper paper,
	                 const struct plan_sentences *s, struct tend_err *err);
	/* The plan with each day on its date, the pauses taken out (ABI 4). */
	int (*plan_dated)(FILE *f, const struct plan *p, const struct config *cfg,
	                  const struct pace_dates *dates, enum plan_paper paper,
	                  const struct plan_sentences *s, struct tend_err *err);
};

#define PDF_MODULE_SYMBOL "tend_pdf_module"

/* The module, loaded on first use: the one beside the program (the build
 * tree), else the one installed with it (found from the program's own
 * folder, so any prefix works). NULL with err set when this tend was built
 * without PDF support or the module cannot be loaded. */
const struct pdf_module *pdf_module_load(struct tend_err *err);

#endif
