/* seal_load: finding and opening tend-seal.so, the only part of tend that
 * uses libsodium, when the wish list is sealed or opened (once in a run). */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/datadir.h"
#include "tend/seal_module.h"

/* Open the module at path and take its table; NULL when it is not there
 * or not this tend's (why in why, for the message). */
static const struct seal_module *seal_try(const char *path, char *why, size_t size)
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
	const struct seal_module *m = dlsym(h, SEAL_MODULE_SYMBOL);
	if (!m || m->abi != SEAL_MODULE_ABI) {
		snprintf(why, size, "%s: not the sealing module of this tend", path);
		dlclose(h);
		return NULL;
	}
	return m; /* kept open until the program ends */
}

const struct seal_module *seal_module_load(struct tend_err *err)
{
	char why[PATH_MAX + 128] = "";
	char *path = datadir_module(TEND_SEAL_MODULE_NAME, err);
	if (!path)
		return NULL;
	const struct seal_module *m = seal_try(path, why, sizeof why);
	if (!m)
		err_set(err, TEND_E_RUNTIME, "the sealing module could not be loaded (%s); "
		        "the wish list needs it", why[0] ? why : "it is not there");
	free(path);
	return m;
}
