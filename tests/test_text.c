/* Unit tests for text.c: neutralising and measuring what users typed. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tend/text.h"

static void check_safe(const char *in, const char *want)
{
	char *s = text_safe(in, false);
	assert_non_null(s);
	assert_string_equal(s, want);
	free(s);
}

static void test_controls(void **state)
{
	(void)state;
	check_safe("plain words", "plain words");
	check_safe("a\x1b[2Jb", "a\xEF\xBF\xBD[2Jb");
	check_safe("bell\a", "bell\xEF\xBF\xBD");
	check_safe("tab\there", "tab here");
	check_safe("line\nnext", "line\xEF\xBF\xBDnext");
	check_safe("c1 \xC2\x9B" "31m", "c1 \xEF\xBF\xBD" "31m");
	check_safe("rlo \xE2\x80\xAE" "abc", "rlo \xEF\xBF\xBD" "abc");
	check_safe("del\x7f", "del\xEF\xBF\xBD");
	check_safe("Zo\xC3\xAB", "Zo\xC3\xAB");
	/* A family emoji (man ZWJ woman ZWJ girl) is kept whole (exports). */
	check_safe("a\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9z",
	           "a\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9z");
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	assert_false(text_valid_utf8("\xff"));
	assert_false(text_valid_utf8("\xC0\xAF"));        /* overlong */
	assert_false(text_valid_utf8("\xED\xA0\x80"));    /* surrogate */
	assert_false(text_valid_utf8("\xE2\x82"));        /* truncated */
	assert_true(text_valid_utf8("\xC4\x90\xE1\xBB\xA9" "c"));
	check_safe("a\xffz", "a\xEF\xBF\xBDz");
	check_safe("\xE2\x82", "\xEF\xBF\xBD\xEF\xBF\xBD");
	char *a = text_safe("Zo\xC3\xAB\x1b", true);
	assert_string_equal(a, "Zo??");
	free(a);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(text_width("abc"), 3);
	assert_int_equal(text_width("Zo\xC3\xAB"), 3);
	assert_int_equal(text_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4); /* two wide CJK */
	assert_int_equal(text_width("e\xCC\x81"), 1);                /* combining accent */
}

/* The PDF's quotes: opening after a space or at the start, closing
 * (and apostrophes) after a letter. */
static void test_curly_quotes(void **state)
{
	(void)state;
	char *s = text_curly_quotes("say \"lighter\" or 'slower'; can't (\"now\")");
	assert_string_equal(s, "say \xE2\x80\x9Clighter\xE2\x80\x9D or \xE2\x80\x98slower\xE2\x80\x99; "
	                       "can\xE2\x80\x99t (\xE2\x80\x9Cnow\xE2\x80\x9D)");
	free(s);
	s = text_curly_quotes("\"Time-out\"");
	assert_string_equal(s, "\xE2\x80\x9CTime-out\xE2\x80\x9D");
	free(s);
	s = text_curly_quotes("");
	assert_string_equal(s, "");
	free(s);
}

/* The first character of a name, for the week's check-in initials. */
static void test_cluster(void **state)
{
	(void)state;
	assert_int_equal(text_cluster_len(""), 0);
	assert_int_equal(text_cluster_len("Zo\xC3\xAB"), 1);
	assert_int_equal(text_cluster_len("\xC4\x90\xE1\xBB\xA9" "c"), 2);      /* Đức */
	assert_int_equal(text_cluster_len("\xE7\xBE\x8E\xE5\x92\xB2"), 3);      /* 美咲 */
	assert_int_equal(text_cluster_len("e\xCC\x81mile"), 3);                 /* é decomposed */
	assert_int_equal(text_cluster_len("\xE2\x9D\xA4\xEF\xB8\x8F!"), 6);     /* heart + VS16 */
	assert_int_equal(text_cluster_len("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBDx"), 8); /* thumb, tone */
}

static void test_fit(void **state)
{
	(void)state;
	/* On screen a family emoji shows as its three parts, 6 columns as
	 * measured, on every terminal. */
	char *f = text_fit("a\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
	                   "\xF0\x9F\x91\xA7z", 20, false);
	assert_string_equal(f, "a\xF0\x9F\x91\xA8\xF0\x9F\x91\xA9\xF0\x9F\x91\xA7z");
	assert_int_equal(text_width(f), 8);
	free(f);
	char *s = text_fit("hello world", 8, false);
	assert_string_equal(s, "hello w\xE2\x80\xA6");
	assert_int_equal(text_width(s), 8);
	free(s);
	s = text_fit("hello", 5, false);
	assert_string_equal(s, "hello");
	free(s);
	/* A wide character that would straddle the edge is dropped, not split. */
	s = text_fit("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 4, false);
	assert_string_equal(s, "\xE6\x97\xA5\xE2\x80\xA6");
	assert_true(text_width(s) <= 4);
	free(s);
	s = text_fit("abc", 0, true);
	assert_string_equal(s, "");
	free(s);
	char big[10001];
	memset(big, 'x', 10000);
	big[10000] = '\0';
	s = text_fit(big, 30, true);
	assert_int_equal(strlen(s), 30);
	assert_int_equal(s[29], '~');
	free(s);
}

static void test_casecmp(void **state)
{
	(void)state;
	assert_int_equal(text_casecmp("Sam", "sAM"), 0);
	assert_int_equal(text_casecmp("\xC4\x90\xE1\xBB\xA8" "C", "\xC4\x91\xE1\xBB\xA9" "c"), 0);
	assert_int_equal(text_casecmp("Zo\xC3\xAB", "ZO\xC3\x8B"), 0);
	assert_true(text_casecmp("Sam", "Sa") > 0);
	assert_true(text_casecmp("Sa", "Sam") < 0);
	assert_int_equal(text_casecmp("", ""), 0);
	/* An invalid byte equals only itself, never a letter or "?". */
	assert_int_equal(text_casecmp("a\xFF", "A\xFF"), 0);
	assert_true(text_casecmp("a\xFF", "a?") != 0);
	assert_true(text_casecmp("a\xFF", "a\xFE") != 0);
	/* The same answer in the plain C locale. */
	setlocale(LC_ALL, "C");
	assert_int_equal(text_casecmp("Zo\xC3\xAB", "ZO\xC3\x8B"), 0);
	setlocale(LC_ALL, "C.UTF-8");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_cluster),
		cmocka_unit_test(test_curly_quotes),
		cmocka_unit_test(test_casecmp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
