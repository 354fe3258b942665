/* seal_load: finding and opening tend-seal.so, the only part of tend that
 * uses libsodium, when the wish list is sealed or opened (once in a run). */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/seal_module.h"

/* Open the module at path and take its table; NULL when it is not there
 * or not this tend's (why in why, for the message). */
static const struct seal_module *seal_try(const char *path, char *why, size_t size)
{
	if (access(path, F_OK) != 0)
		return NULL;
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
	char dir[PATH_MAX], path[PATH_MAX + 64], why[PATH_MAX + 128] = "";
	ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
	char *slash = NULL;
	if (n > 0 && (size_t)n < sizeof dir - 1) {
		dir[n] = '\0';
		slash = strrchr(dir, '/');
	}
	if (!slash) {
		err_set(err, TEND_E_RUNTIME, "cannot find the folder tend runs from, "
		        "where its sealing module is");
		return NULL;
	}
	*slash = '\0';
	/* Beside the program in a build tree; where it was installed to. */
	const char *places[] = { "/" TEND_SEAL_MODULE_NAME, "/" TEND_SEAL_MODULE_REL };
	const struct seal_module *m = NULL;
	for (size_t i = 0; i < sizeof places / sizeof *places && !m; i++) {
		snprintf(path, sizeof path, "%s%s", dir, places[i]);
		m = seal_try(path, why, sizeof why);
	}
	if (!m)
		err_set(err, TEND_E_RUNTIME, "the sealing module could not be loaded (%s); "
		        "the wish list needs it", why[0] ? why : "tend-seal.so is not "
		        "installed beside tend");
	return m;
}
