/* pdf_load: finding and opening tend-pdf.so when a PDF is made (once in
 * a run: a second dlopen of the same file only returns the same handle). */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/pdf_module.h"

#ifdef TEND_HAVE_PDF
/* The folder the running program is in, into dir; false when unknown. */
static bool program_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	if (n <= 0 || (size_t)n >= size - 1)
		return false;
	dir[n] = '\0';
	char *slash = strrchr(dir, '/');
	if (!slash)
		return false;
	*slash = '\0';
	return true;
}

/* Open the module at path and take its table; NULL when it is not there
 * (why in *why, for the message). */
static const struct pdf_module *try_load(const char *path, char *why, size_t size)
{
	if (access(path, F_OK) != 0)
		return NULL;
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
	const struct pdf_module *loaded = NULL;
	char dir[PATH_MAX], path[PATH_MAX + 64], why[PATH_MAX + 128] = "";
	if (!program_dir(dir, sizeof dir)) {
		err_set(err, TEND_E_RUNTIME, "cannot find the folder tend runs from, "
		        "where its PDF module is");
		return NULL;
	}
	/* Beside the program in a build tree; where it was installed to. */
	const char *places[] = { "/" TEND_PDF_MODULE_NAME, "/" TEND_PDF_MODULE_REL };
	for (size_t i = 0; i < sizeof places / sizeof *places && !loaded; i++) {
		snprintf(path, sizeof path, "%s%s", dir, places[i]);
		loaded = try_load(path, why, sizeof why);
	}
	if (!loaded)
		err_set(err, TEND_E_RUNTIME, "the PDF module could not be loaded (%s); "
		        "use --format text", why[0] ? why : "it is not installed beside tend");
	return loaded;
#else
	err_set(err, TEND_E_RUNTIME, "this tend was built without PDF support (it needs "
	        "pangocairo); use --format text");
	return NULL;
#endif
}
