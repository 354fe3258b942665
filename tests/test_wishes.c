/* Unit tests for the wish list: the list file, the overlap's rules (the
 * maybe pairs only when both agreed, a no never shown), the record's form
 * and padding, sealing and opening (wrong passphrase, damaged record), and
 * that no answer can be read from the database, its WAL or its backups.
 * The sealing module's source is linked in (it is dlopen'd in tend).
 * Argon2id costs a fraction of a second a derivation: few are made. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <unistd.h>

#include "practice_fixture.h"
#include "tend/seal_module.h"
#include "tend/wishes.h"

extern const struct seal_module tend_seal_module;
static const struct seal_module *const M = &tend_seal_module;

/* A marker no other text of tend holds: it must never be found in a file. */
#define MARK "zqxmarker"

static const char list3[] =
	"item hug { text = \"A long hug\" }\n"
	"item " MARK " { text = \"The " MARK " item\" discreet-text = \"Quiet\" }\n"
	"item walk { text = \"A walk\" }\n";

static void load(struct wish_list *l, const char *text)
{
	struct tend_err err = { 0 };
	int rc = wishes_load_buf("test.conf", text, strlen(text), l, &err);
	if (rc != TEND_OK)
		fail_msg("load: %s", err.msg);
}

static void answers(struct wish_answers *a, const char *letters, bool pairs)
{
	memset(a, 0, sizeof *a);
	a->n = strlen(letters);
	a->pairs = pairs;
	for (size_t i = 0; i < a->n; i++)
		a->a[i] = letters[i] == 'y' ? WISH_YES : letters[i] == 'm' ? WISH_MAYBE
		          : letters[i] == 'n' ? WISH_NO : WISH_UNSET;
}

/* ---- the list ---- */

static void test_default_list(void **state)
{
	(void)state;
	struct wish_list l;
	struct tend_err err = { 0 };
	assert_int_equal(wishes_load(TEST_SRCDIR "/../data/wishes.conf", &l, &err), TEND_OK);
	assert_true(l.n >= 10 && l.n <= WISHES_MAX_ITEMS);
	for (size_t i = 0; i < l.n; i++)
		assert_non_null(l.v[i].discreet_text);
	wishes_free(&l);
}

static void expect_refused(const char *text, const char *want)
{
	struct wish_list l;
	struct tend_err err = { 0 };
	assert_int_equal(wishes_load_buf("w.conf", text, strlen(text), &l, &err), TEND_E_USAGE);
	if (!strstr(err.msg, want))
		fail_msg("wanted \"%s\" in: %s", want, err.msg);
	assert_int_equal(strncmp(err.msg, "w.conf:", 7), 0);
}

static void test_list_refused(void **state)
{
	(void)state;
	expect_refused("item a { text = \"A\" }\nitem a { text = \"B\" }\n", "duplicate");
	expect_refused("item \"a b\" { text = \"A\" }\n", "an item's id");
	expect_refused("item a { }\n", "has no text");
	expect_refused("item a { text = \"  \" }\n", "is empty");
	expect_refused("", "the list has no items");
	expect_refused("item a { colour = \"x\" }\n", "colour");
	char big[20000] = "";
	for (int i = 0; i <= WISHES_MAX_ITEMS; i++)
		snprintf(big + strlen(big), sizeof big - strlen(big), "item i%d { text = \"x\" }\n", i);
	expect_refused(big, "the list is too long: 151 items, at most 150");
	char longer[300];
	snprintf(longer, sizeof longer, "item a { text = \"%0130d\" }\n", 0);
	expect_refused(longer, "is too long (at most 120 characters)");
}

/* ---- the overlap ---- */

static void test_overlap_yes_only(void **state)
{
	(void)state;
	struct wish_list l;
	struct wish_answers a, b;
	struct wish_overlap ov;
	load(&l, list3);
	answers(&a, "yym", false);
	answers(&b, "yny", true);
	wishes_overlap(&l, &a, &b, &ov);
	assert_int_equal(ov.n_yes, 1);
	assert_int_equal(ov.yes[0], 0);
	/* Only one of them agreed: no maybe pairs, and nothing about the no. */
	assert_false(ov.pairs_shown);
	assert_int_equal(ov.n_pairs, 0);
	wishes_free(&l);
}

static void test_overlap_pairs_when_both_agree(void **state)
{
	(void)state;
	struct wish_list l;
	struct wish_answers a, b;
	struct wish_overlap ov;
	load(&l, list3);
	answers(&a, "ymm", true);
	answers(&b, "yym", true);
	wishes_overlap(&l, &a, &b, &ov);
	assert_true(ov.pairs_shown);
	assert_int_equal(ov.n_yes, 1);
	/* yes+maybe either way round shows; maybe+maybe does not. */
	assert_int_equal(ov.n_pairs, 1);
	assert_int_equal(ov.pairs[0], 1);
	answers(&a, "nyy", true);
	answers(&b, "ymn", true);
	wishes_overlap(&l, &a, &b, &ov);
	assert_int_equal(ov.n_yes, 0);
	assert_int_equal(ov.n_pairs, 1); /* yes and maybe; a no never pairs */
	assert_int_equal(ov.pairs[0], 1);
	answers(&a, "y--", true);
	answers(&b, "y--", true);
	wishes_overlap(&l, &a, &b, &ov);
	assert_int_equal(ov.n_yes, 1); /* unanswered items are nobody's yes */
	wishes_free(&l);
}

/* ---- the record ---- */

static void test_record_round_trip_and_edits(void **state)
{
	(void)state;
	struct wish_list l, edited;
	struct wish_answers a, got;
	struct tend_err err = { 0 };
	char buf[SEAL_BLOCK];
	load(&l, list3);
	answers(&a, "ymn", true);
	long n = wishes_record_encode(&l, &a, buf, sizeof buf, &err);
	assert_true(n > 0);
	assert_int_equal(wishes_record_decode(&l, buf, (size_t)n, &got, &err), TEND_OK);
	assert_memory_equal(got.a, a.a, 3);
	assert_true(got.pairs);
	/* The list edited: walk gone, hug reworded, a new item first. The
	 * answers follow the ids. */
	load(&edited, "item new { text = \"New\" }\n"
	              "item " MARK " { text = \"Reworded\" }\n"
	              "item hug { text = \"A longer hug\" }\n");
	assert_int_equal(wishes_record_decode(&edited, buf, (size_t)n, &got, &err), TEND_OK);
	assert_int_equal(got.n, 3);
	assert_int_equal(got.a[0], WISH_UNSET);
	assert_int_equal(got.a[1], WISH_MAYBE);
	assert_int_equal(got.a[2], WISH_YES);
	/* Not a record tend wrote. */
	assert_int_not_equal(wishes_record_decode(&l, "hello\n", 6, &got, &err), TEND_OK);
	assert_non_null(strstr(err.msg, "not in tend's form"));
	wishes_free(&l);
	wishes_free(&edited);
}

static void test_pass_check(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	char longer[WISHES_PASS_MAX + 1];
	memset(longer, 'a', sizeof longer);
	assert_int_equal(wishes_pass_check("", 0, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "empty passphrase"));
	assert_int_equal(wishes_pass_check(longer, sizeof longer, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "too long"));
	assert_int_equal(wishes_pass_check(longer, WISHES_PASS_MAX, &err), TEND_OK);
}

/* The padding: whatever was answered, the sealed plaintext is SEAL_BLOCK
 * bytes, and what opens is exactly what was sealed. */
static void test_seal_padding(void **state)
{
	(void)state;
	struct tend_err err = { 0 };
	struct seal_box *box = malloc(sizeof *box);
	unsigned char *plain = malloc(SEAL_BLOCK);
	size_t n = 0;
	assert_int_equal(M->seal("pw", 2, (const unsigned char *)"abc", 3, box, &err), TEND_OK);
	assert_int_equal(M->open("pw", 2, box, plain, &n, &err), SEAL_OPENED);
	assert_int_equal(n, 3);
	assert_memory_equal(plain, "abc", 3);
	assert_int_equal(M->open("px", 2, box, plain, &n, &err), SEAL_WRONG);
	box->box[100] ^= 1;
	assert_int_equal(M->open("pw", 2, box, plain, &n, &err), SEAL_DAMAGED);
	box->mem = (int64_t)1 << 40; /* a record asking for a terabyte is damaged */
	assert_int_equal(M->open("pw", 2, box, plain, &n, &err), SEAL_DAMAGED);
	memset(plain, 'x', SEAL_BLOCK);
	assert_int_equal(M->seal("pw", 2, plain, SEAL_BLOCK, box, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "too long to seal"));
	free(box);
	free(plain);
}

/* ---- in the store ---- */

/* Whether the file at path holds the n bytes of s anywhere. */
static bool file_holds(const char *path, const char *s)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return false;
	size_t n = strlen(s), cap = 1 << 20, got;
	char *buf = malloc(cap);
	bool found = false;
	while (!found && (got = fread(buf, 1, cap, f)) > 0) {
		for (size_t i = 0; i + n <= got && !found; i++)
			found = memcmp(buf + i, s, n) == 0;
		if (got == cap)
			fseek(f, -(long)n, SEEK_CUR);
	}
	free(buf);
	fclose(f);
	return found;
}

/* Neither the answers' ids nor the record's words in the database, its
 * WAL or the backups; returns how many of those files were looked at. */
static int assert_nothing_readable(struct practice *p)
{
	char wal[160], backups[400];
	snprintf(wal, sizeof wal, "%s-wal", p->path);
	const char *files[3] = { p->path, wal, backups };
	char *dir = store_backup_dir(p->app.st);
	snprintf(backups, sizeof backups, "%s/tend-2026-11-20.db", dir);
	free(dir);
	int seen = 0;
	for (int i = 0; i < 3; i++) {
		if (access(files[i], F_OK) != 0)
			continue;
		seen++;
		if (file_holds(files[i], MARK) || file_holds(files[i], "tend-wishes") ||
		    file_holds(files[i], "pairs "))
			fail_msg("%s holds an answer in readable form", files[i]);
	}
	return seen;
}

static int64_t rows(struct practice *p)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t n = -1;
	sqlite3_open(p->path, &db);
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM wish_seal", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static void test_sealed_in_store(void **state)
{
	struct practice *p = *state;
	struct store *st = p->app.st;
	struct tend_err err = { 0 };
	struct wish_list l;
	struct wish_answers a, b, got;
	bool sealed[2];
	load(&l, list3);
	answers(&a, "yym", true);
	answers(&b, "yyn", true);
	assert_int_equal(wishes_seal(st, M, &l, 1, "sam pass", 8, &a, &err), TEND_OK);
	assert_int_equal(wishes_seal(st, M, &l, 2, "alex pass", 9, &b, &err), TEND_OK);
	assert_int_equal(wishes_sealed(st, sealed, &err), TEND_OK);
	assert_true(sealed[0] && sealed[1]);
	char *bdir = store_backup_dir(st);
	assert_int_equal(store_backup_daily(st, bdir, day_from_ymd(2026, 11, 20),
	                                    STORE_BACKUP_KEEP, &err), TEND_OK);
	free(bdir);
	assert_int_equal(assert_nothing_readable(p), 3);

	/* A wrong passphrase: a clear message, nothing opened. */
	assert_int_equal(wishes_unlock(st, M, &l, 2, "Alex", "sam pass", 8, &got, &err),
	                 TEND_E_RUNTIME);
	assert_non_null(strstr(err.msg, "does not open Alex's answers"));
	assert_int_equal(got.a[0], WISH_UNSET);
	/* A new passphrase opens the same answers; the old one no longer does. */
	assert_int_equal(wishes_repass(st, M, 1, "Sam", "sam pass", 8, "new one", 7, &err), TEND_OK);
	assert_int_equal(wishes_unlock(st, M, &l, 1, "Sam", "new one", 7, &got, &err), TEND_OK);
	assert_memory_equal(got.a, a.a, 3);

	/* Sam's record damaged in the file: said so, left as it is, and
	 * Alex's still opens. */
	sqlite3 *db;
	sqlite3_open(p->path, &db);
	assert_int_equal(sqlite3_exec(db, "UPDATE wish_seal SET box = CAST(substr(box, 1, 100) || "
	                              "x'00' || substr(box, 102) AS BLOB) WHERE partner = 1", NULL, NULL,
	                              NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(wishes_unlock(st, M, &l, 1, "Sam", "new one", 7, &got, &err),
	                 TEND_E_RUNTIME);
	assert_non_null(strstr(err.msg, "damaged"));
	assert_int_equal(rows(p), 2);
	assert_int_equal(wishes_unlock(st, M, &l, 2, "Alex", "alex pass", 9, &got, &err), TEND_OK);
	assert_memory_equal(got.a, b.a, 3);

	/* Erased: gone from the file and from the backup. */
	bool erased = false;
	assert_int_equal(wishes_erase(st, 1, &erased, &err), TEND_OK);
	assert_true(erased);
	assert_int_equal(rows(p), 1);
	char *dir = store_backup_dir(st), backup[400];
	snprintf(backup, sizeof backup, "%s/tend-2026-11-20.db", dir);
	free(dir);
	sqlite3_open(backup, &db);
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT group_concat(partner) FROM wish_seal",
	                                    -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "2");
	sqlite3_finalize(s);
	sqlite3_close(db);
	assert_int_equal(wishes_unlock(st, M, &l, 1, "Sam", "new one", 7, &got, &err),
	                 TEND_E_RUNTIME);
	assert_non_null(strstr(err.msg, "Sam has not answered"));
	/* forget takes the rest. */
	assert_int_equal(store_forget_all(st, &err), TEND_OK);
	assert_int_equal(rows(p), 0);
	wishes_free(&l);
}

int main(void)
{
	(void)practice_count;
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_list),
		cmocka_unit_test(test_list_refused),
		cmocka_unit_test(test_overlap_yes_only),
		cmocka_unit_test(test_overlap_pairs_when_both_agree),
		cmocka_unit_test(test_record_round_trip_and_edits),
		cmocka_unit_test(test_pass_check),
		cmocka_unit_test(test_seal_padding),
		cmocka_unit_test_setup_teardown(test_sealed_in_store, practice_setup,
		                                practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
