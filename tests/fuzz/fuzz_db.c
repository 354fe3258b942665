/* libFuzzer target: opening a mutated database file. tend must refuse a
 * damaged file cleanly, or open it and read it without crashing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz_file.h"
#include "tend/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64], side[80];
	if (!fuzz_file_write(path, sizeof path, data, size))
		return 0;
	struct tend_err err;
	struct store *st = store_open(path, &err);
	if (st) {
		struct entry_list l = { 0 };
		store_list_all(st, &l, &err);
		entry_list_free(&l);
		struct store_stage stage;
		store_stage_get(st, &stage, &err);
		store_close(st);
	}
	unlink(path);
	snprintf(side, sizeof side, "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", path);
	unlink(side);
	return 0;
}
