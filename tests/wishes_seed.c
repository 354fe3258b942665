/* wishes_seed: a test tool that seals one partner's answers straight into
 * a database, as the dashboard's flow would, so that the command-line tests
 * need no terminal. Usage:
 *     wishes_seed DB LIST PARTNER ANSWERS PAIRS < passphrase-line
 * ANSWERS has one letter per item of LIST, in order: y, m, n or - (none);
 * PAIRS is 1 or 0. Not installed: tend itself takes answers only on the
 * dashboard. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/store.h"
#include "tend/wishes.h"

extern const struct seal_module tend_seal_module;

int main(int argc, char **argv)
{
	struct tend_err err = { 0 };
	struct wish_list l;
	struct wish_answers a = { 0 };
	char pass[WISHES_PASS_MAX + 2];
	if (argc != 6 || !fgets(pass, sizeof pass, stdin)) {
		fprintf(stderr, "usage: wishes_seed DB LIST PARTNER ANSWERS PAIRS < pass\n");
		return 2;
	}
	pass[strcspn(pass, "\n")] = '\0';
	struct store *st = store_open(argv[1], &err);
	if (!st || wishes_load(argv[2], &l, &err) != TEND_OK) {
		fprintf(stderr, "wishes_seed: %s\n", err.msg);
		return 1;
	}
	a.n = l.n;
	a.pairs = strcmp(argv[5], "1") == 0;
	for (size_t i = 0; i < l.n && argv[4][i]; i++)
		a.a[i] = argv[4][i] == 'y' ? WISH_YES : argv[4][i] == 'm' ? WISH_MAYBE
		         : argv[4][i] == 'n' ? WISH_NO : WISH_UNSET;
	int rc = wishes_seal(st, &tend_seal_module, &l, atoi(argv[3]), pass, strlen(pass), &a, &err);
	if (rc != TEND_OK)
		fprintf(stderr, "wishes_seed: %s\n", err.msg);
	wishes_free(&l);
	store_close(st);
	return rc == TEND_OK ? 0 : 1;
}
