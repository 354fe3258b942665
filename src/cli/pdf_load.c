/* pdf_load: tend-pdf.so, opened when a PDF is made. */
#include "tend-build.h"
#include "tend/module.h"
#include "tend/pdf_module.h"

const struct pdf_module *pdf_module_load(struct tend_err *err)
{
#ifdef TEND_HAVE_PDF
	static const struct module_spec pdf = {
		.file = TEND_PDF_MODULE_NAME,
		.symbol = PDF_MODULE_SYMBOL,
		.abi = PDF_MODULE_ABI,
		.what = "PDF",
		.hint = "use --format text",
	};
	return module_load(&pdf, err);
#else
	err_set(err, TEND_E_RUNTIME, "this tend was built without PDF support (it needs "
	        "pangocairo); use --format text");
	return NULL;
#endif
}
