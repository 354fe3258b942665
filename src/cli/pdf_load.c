/* pdf_load: finding and opening tend-pdf.so when a PDF is made (once in
 * a run: a second dlopen of the same file only returns the same handle). */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/datadir.h"
#include "tend/pdf_module.h"

#ifdef TEND_HAVE_PDF
/* Open the module at path and take its table; NULL when it cannot be
 * (why in *why, for the message). */
static const struct pdf_module *try_load(const char *path, char *why, size_t size)
{
	if (access(path, F_OK) != 0) {
		snprintf(why, size, "%s is not there", path);
		return NULL;
	}
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(why, size, "%s", dlerror());
		return NULL;
	}
	const struct pdf_module *m = dlsym(h, PDF_MODULE_SYMBOL);
	if (!m || m->abi != PDF_MODULE_ABI) {
		snprintf(why, size, "%s: not the PDF module of this tend", path);
		dlclose(h);
		return NULL;
	}
	return m; /* kept open until the program ends */
}
#endif

const struct pdf_module *pdf_module_load(struct tend_err *err)
{
#ifdef TEND_HAVE_PDF
	char why[PATH_MAX + 128] = "";
	char *path = datadir_module(TEND_PDF_MODULE_NAME, err);
	if (!path)
		return NULL;
	const struct pdf_module *loaded = try_load(path, why, sizeof why);
	if (!loaded)
		err_set(err, TEND_E_RUNTIME, "the PDF module could not be loaded (%s); "
		        "use --format text", why);
	free(path);
	return loaded;
#else
	err_set(err, TEND_E_RUNTIME, "this tend was built without PDF support (it needs "
	        "pangocairo); use --format text");
	return NULL;
#endif
}
