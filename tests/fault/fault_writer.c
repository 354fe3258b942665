/* fault_writer: a tiny writer for the fault tests. It logs COUNT gestures
 * "TAG-1" .. "TAG-COUNT" through the store, one transaction each, and
 * prints "saved TAG-I" on standard output (flushed) once each is saved, so
 * that a test that kills it knows what must be in the database afterwards.
 * Exit status 0 when every entry was saved; the error on stderr otherwise. */
#include <stdio.h>
#include <stdlib.h>

#include "tend/store.h"

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: fault_writer DB TAG COUNT\n");
		return 2;
	}
	int count = atoi(argv[3]);
	struct tend_err err;
	err_clear(&err);
	struct store *st = store_open(argv[1], &err);
	if (!st) {
		fprintf(stderr, "fault_writer: %s\n", err.msg);
		return 1;
	}
	int rc = 0;
	for (int i = 1; i <= count && rc == 0; i++) {
		char text[128];
		snprintf(text, sizeof text, "%s-%d", argv[2], i);
		struct entry e = { .kind = ENTRY_GESTURE, .partner = 1 + i % 2,
		                   .day = day_from_ymd(2026, 11, 23), .text = text };
		if (store_add(st, &e, NULL, &err) != TEND_OK) {
			fprintf(stderr, "fault_writer: %s\n", err.msg);
			rc = 1;
		} else {
			printf("saved %s\n", text);
			fflush(stdout);
		}
	}
	store_close(st);
	return rc;
}
