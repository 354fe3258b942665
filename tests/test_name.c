/* Unit tests for name.c: the one rule for a partner's name (40 columns, a
 * letter, nothing that reorders text) and when two names are the same (case
 * and accents ignored), the same in every locale. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tend/name.h"

/* A string of n copies of s (malloc'd). */
static char *repeat(const char *s, size_t n)
{
	size_t len = strlen(s);
	char *out = malloc(len * n + 1);
	assert_non_null(out);
	for (size_t i = 0; i < n; i++)
		memcpy(out + i * len, s, len);
	out[len * n] = '\0';
	return out;
}

static void expect_problem(const char *name, const char *want)
{
	const char *got = name_problem(name);
	if (!want) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
}

static void test_width_limit(void **state)
{
	(void)state;
	const char *wide = "is wider than 40 columns";
	char *s = repeat("a", 40);
	expect_problem(s, NULL);
	free(s);
	s = repeat("a", 41);
	expect_problem(s, wide);
	free(s);
	/* Columns, not bytes: 20 wide letters fit, 21 do not; 40 "ë" are 80
	 * bytes and fit. */
	s = repeat("\xE7\xBE\x8E", 20);
	assert_int_equal(name_width(s), 40);
	expect_problem(s, NULL);
	free(s);
	s = repeat("\xE7\xBE\x8E", 21);
	expect_problem(s, wide);
	free(s);
	s = repeat("\xC3\xAB", 40);
	expect_problem(s, NULL);
	free(s);
	/* A combining accent takes no column of its own. */
	assert_int_equal(name_width("Zoe\xCC\x88"), 3);
	/* The name that ran over the PDF cover. */
	s = repeat("x", 10000);
	expect_problem(s, wide);
	free(s);
}

static void test_letters(void **state)
{
	(void)state;
	expect_problem("", "is empty");
	expect_problem("\xE2\x80\xAE", "has no letter in it"); /* U+202E alone */
	expect_problem("\xE2\x80\xAE\xE2\x80\xAE", "has no letter in it");
	expect_problem("<3", "has no letter in it");
	expect_problem("\xF0\x9F\x92\x96", "has no letter in it"); /* an emoji heart */
	expect_problem("Sam\xE2\x80\xAE" "evil", "contains an invisible character that "
	               "reorders text");
	expect_problem("\xE2\x80\x8FZo\xC3\xAB", "contains an invisible character that "
	               "reorders text");
	expect_problem("1", "stands for a partner's place in commands");
	expect_problem(" Sam", "starts or ends with a space");
	expect_problem("Al\tex", "contains a control character");
	expect_problem("Al\xFF", "is not valid UTF-8");
	/* Letters of every script, and a name with a digit or a heart in it. */
	expect_problem("\xE7\xBE\x8E\xE5\x92\xB2", NULL);    /* 美咲 */
	expect_problem("\xC4\x90\xE1\xBB\xA9" "c", NULL);    /* Đức */
	expect_problem("\xD0\x90\xD0\xBD\xD1\x8F", NULL);    /* Аня */
	expect_problem("\xD7\x93\xD7\x9F", NULL);            /* דן */
	expect_problem("R2", NULL);
	expect_problem("Sam \xF0\x9F\x92\x96", NULL);
	expect_problem("Mary-Jane O'Neil", NULL);
}

static void test_same(void **state)
{
	(void)state;
	assert_true(name_same("Zoe", "Zo\xC3\xAB"));          /* Zoë */
	assert_true(name_same("zoe", "ZO\xC3\x8B"));          /* ZOË */
	assert_true(name_same("Zo\xC3\xAB", "Zoe\xCC\x88"));  /* composed, decomposed */
	assert_true(name_same("duc", "\xC4\x90\xE1\xBB\xA9" "c")); /* Đức */
	assert_true(name_same("Elise", "\xC3\x89lise"));      /* Élise */
	assert_true(name_same("Bjorn", "Bj\xC3\xB8rn"));      /* Bjørn */
	assert_true(name_same("Lukasz", "\xC5\x81ukasz"));    /* Łukasz */
	assert_true(name_same("alex", "ALEX"));
	assert_true(name_same("\xD0\x90\xD0\xBD\xD1\x8F", "\xD0\xB0\xD0\xBD\xD1\x8F")); /* Аня аня */
	assert_false(name_same("Elise", "Eliza"));
	assert_false(name_same("Zoe", "Zoey"));
	assert_false(name_same("Zo", "Zoe"));
	assert_false(name_same("\xE7\xBE\x8E\xE5\x92\xB2", "\xE8\x8A\xB1\xE5\xAD\x90")); /* 美咲 花子 */
	assert_false(name_same("a\xFF", "a\xFE"));
	assert_true(name_same("a\xFF", "a\xFF"));
	assert_false(name_same(NULL, "Sam"));
}

/* The answers never depend on the user's locale. */
static void test_every_locale(void **state)
{
	(void)state;
	const char *locales[] = { "C", "C.UTF-8", "POSIX" };
	for (size_t i = 0; i < sizeof locales / sizeof locales[0]; i++) {
		if (!setlocale(LC_ALL, locales[i]))
			continue;
		assert_true(name_same("zoe", "ZO\xC3\x8B"));
		assert_true(name_same("DUC", "\xC4\x90\xE1\xBB\xA9" "c"));
		assert_int_equal(name_width("\xE7\xBE\x8E\xE5\x92\xB2"), 4);
		expect_problem("\xE7\xBE\x8E\xE5\x92\xB2", NULL);
		expect_problem("\xE2\x80\xAE", "has no letter in it");
	}
	setlocale(LC_ALL, "C.UTF-8");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_limit),
		cmocka_unit_test(test_letters),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_every_locale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
