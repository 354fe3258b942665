/* seal_load: tend-seal.so, the only part of tend that uses libsodium,
 * opened when the wish list is sealed or opened. */
#include "tend-build.h"
#include "tend/module.h"
#include "tend/seal_module.h"

const struct seal_module *seal_module_load(struct tend_err *err)
{
	static const struct module_spec seal = {
		.file = TEND_SEAL_MODULE_NAME,
		.symbol = SEAL_MODULE_SYMBOL,
		.abi = SEAL_MODULE_ABI,
		.what = "sealing",
		.hint = "the wish list needs it",
	};
	return module_load(&seal, err);
}
