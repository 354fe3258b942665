/* libFuzzer target: the plan parser, with every stretch of the first phase. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tend/plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	/* The first byte picks stabilization-days (0: the plan's own), the rest
	 * is the file. */
	int stretch = data[0] % 61;
	struct plan p = { 0 };
	struct tend_err err;
	if (plan_load_buf("fuzz.conf", (const char *)data + 1, size - 1, stretch, &p,
	                  &err) == TEND_OK) {
		for (int n = 0; n <= p.length + 1; n++)
			plan_phase_at(&p, n);
	}
	plan_free(&p);
	return 0;
}
