/* libFuzzer target: the wish-list reader, and the reader of a sealed
 * record's plaintext against the list read (the input's part after the
 * first NUL byte, when there is one). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tend/wishes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	size_t list_len = nul ? (size_t)(nul - data) : size;
	struct wish_list l = { 0 };
	struct tend_err err;
	if (wishes_load_buf("fuzz.conf", (const char *)data, list_len, &l, &err) == TEND_OK) {
		struct wish_answers a;
		struct wish_overlap ov;
		if (nul && wishes_record_decode(&l, (const char *)nul + 1, size - list_len - 1, &a,
		                                &err) == TEND_OK)
			wishes_overlap(&l, &a, &a, &ov);
		for (size_t i = 0; i < l.n; i++)
			wishes_text(&l, i, i % 2);
	}
	wishes_free(&l);
	return 0;
}
