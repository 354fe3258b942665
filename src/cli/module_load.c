/* module_load: finding and opening one of tend's modules (module.h). */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tend/datadir.h"
#include "tend/module.h"

/* Open the module at path and take its table; NULL when it cannot be
 * (why in why, for the message). */
static const void *try_open(const struct module_spec *spec, const char *path, char *why,
                            size_t size)
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
	/* The table's first member is its version (module.h). */
	const int *m = dlsym(h, spec->symbol);
	if (!m || *m != spec->abi) {
		snprintf(why, size, "%s: not the %s module of this tend", path, spec->what);
		dlclose(h);
		return NULL;
	}
	return m; /* kept open until the program ends */
}

const void *module_load(const struct module_spec *spec, struct tend_err *err)
{
	char why[PATH_MAX + 128] = "";
	char *path = datadir_module(spec->file, err);
	if (!path)
		return NULL;
	const void *m = try_open(spec, path, why, sizeof why);
	if (!m)
		err_set(err, TEND_E_RUNTIME, "the %s module could not be loaded (%s); %s",
		        spec->what, why, spec->hint);
	free(path);
	return m;
}
