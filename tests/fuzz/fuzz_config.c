/* libFuzzer target: the config parser must refuse or accept any bytes
 * without crashing, leaking or printing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz_file.h"
#include "tend/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	if (!fuzz_file_write(path, sizeof path, data, size))
		return 0;
	struct config cfg = { 0 };
	struct tend_err err;
	bool missing = false;
	if (config_load(path, &cfg, &missing, &err) == TEND_OK)
		config_partner_lookup(&cfg, "1");
	config_free(&cfg);
	unlink(path);
	return 0;
}
