/* pdf_module: what tend-pdf.so offers the program that loads it. */
#include "tend/pdf_module.h"

__attribute__((visibility("default")))
const struct pdf_module tend_pdf_module = {
	.abi = PDF_MODULE_ABI,
	.plan = plan_pdf_write,
	.review = review_pdf_write,
	.plan_with = plan_pdf_write_with,
	.plan_dated = plan_pdf_write_dated,
};
