/* test_confread: the one reader for every libconfuse file, on a kind of
 * file of its own (a wish list), so the rules hold for any file that comes
 * later, not only the config and the plan. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "tend/confread.h"

static const char *const wish_many[] = { "wish", NULL };
static const struct confread_kind wish_kind = {
	.what = "a wish list", .noun = "the wish list", .max_bytes = 4096,
	.many = wish_many, .no_key = "wishes",
};

static int read_text(struct confread *r, const char *text, struct tend_err *err)
{
	err_clear(err);
	return confread_buf(r, &wish_kind, "w.list", text, strlen(text), err);
}

static void expect_error(const char *text, const char *want)
{
	struct confread r;
	struct tend_err err;

	assert_int_equal(read_text(&r, text, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, want);
	assert_null(r.text);
	confread_free(&r);
}

/* Keys, sections and lists: where each is written, what it is in. */
static void test_keys(void **state)
{
	struct confread r;
	struct tend_err err;
	(void)state;

	assert_int_equal(read_text(&r, "# wishes\nowner = \"Sam\"\n"
	                           "wish \"walk\" {\n  text = \"A walk\" /* soon */\n"
	                           "  tags = {\"out\",\n \"slow\"}\n}\n"
	                           "wish \"tea\" { text = 'Tea' }\nsize += {1}\n",
	                           &err), TEND_OK);
	assert_int_equal(confread_line(&r, "owner", 0), 2);
	assert_int_equal(confread_line(&r, "wish", 0), 3);
	assert_int_equal(confread_line(&r, "wish", 1), 8);
	assert_int_equal(confread_line(&r, "wish", -1), 8);
	assert_int_equal(confread_line(&r, "wish", 2), 0);
	assert_int_equal(confread_line(&r, "text", 0), 0);   /* not at the top */
	assert_int_equal(r.n, 7);
	assert_true(r.keys[1].section);
	assert_int_equal(r.keys[1].end, 7);
	assert_int_equal(r.keys[2].parent, 1);
	assert_int_equal(r.keys[3].line, 5);
	assert_int_equal(r.keys[3].end, 6);                 /* the list's end */
	assert_true(r.keys[6].append);
	/* libconfuse reads in order: a value's line, a section's keyword. */
	assert_int_equal(confread_value_line(&r, "tags", 6), 5);
	assert_int_equal(confread_section_line(&r, "wish", 7), 3);
	assert_int_equal(confread_section_line(&r, "wish", 8), 8);
	/* Comments are blanked, lines kept, and the text ends at the last key. */
	assert_null(strchr(r.text, '#'));
	assert_null(strstr(r.text, "soon"));
	assert_string_equal(r.text + r.len - 11, "size += {1}");
	assert_int_equal(confread_twice(&r, &err), TEND_OK);
	confread_free(&r);
}

/* Every $ inside double quotes reaches libconfuse as \x24, which it reads
 * back as $: nothing is taken from the environment. */
static void test_dollar(void **state)
{
	struct confread r;
	struct tend_err err;
	(void)state;

	assert_int_equal(read_text(&r, "a = \"${HOME}x $ab\" b = '${HOME}' c = \"\\$\"",
	                           &err), TEND_OK);
	assert_string_equal(r.text, "a = \"\\x24{HOME}x \\x24ab\" b = '${HOME}' c = \"\\$\"");
	confread_free(&r);
	expect_error("a = ${HOME}", "w.list:1: a: ${ outside quotes is not allowed "
	             "(write the value in double quotes; it is taken as written)");
	expect_error("${HOME} = 1", "w.list:1: wishes: ${ outside quotes is not allowed "
	             "(write the value in double quotes; it is taken as written)");
}

/* What libconfuse would let slip, in the same words for every kind. */
static void test_structure(void **state)
{
	(void)state;
	expect_error("a = 1\nwish \"x\" {\n b = 2\n", "w.list:2: wish: the { here is "
	             "never closed (add the missing })");
	expect_error("a = {1,\n 2\n", "w.list:1: a: the { here is never closed (add "
	             "the missing })");
	expect_error("a = 1\n}\n", "w.list:2: wishes: a } that closes nothing (remove it)");
	expect_error("a = 1 /* later\nb = 2\n", "w.list:1: wishes: a /* comment is never "
	             "closed (end it with */)");
	expect_error("a = 1\nb = \"open\n\n", "w.list:2: b: the quote opened here is "
	             "never closed (add the closing \")");
	expect_error("a = 'it\\'s", "w.list:1: a: the quote opened here is never "
	             "closed (add the closing ')");
	/* A quote or brace inside a comment, and a comment sign inside quotes. */
	struct confread r;
	struct tend_err err;
	assert_int_equal(read_text(&r, "# it's {\na = \"#1 // x /* y\" // }\n", &err),
	                 TEND_OK);
	assert_string_equal(r.text + 9, "a = \"#1 // x /* y\"");
	confread_free(&r);
}

/* The bytes, and a key given twice (a section the kind allows many of,
 * and a list extended with +=, are not). */
static void test_bytes_and_twice(void **state)
{
	struct confread r;
	struct tend_err err;
	char nul[] = "a = 1\nb\0";
	(void)state;

	assert_int_equal(confread_buf(&r, &wish_kind, "w.list", nul, sizeof nul - 1, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "w.list:2: wishes: the file holds a NUL byte, so it "
	                    "is not a text file (a wish list is plain UTF-8 text)");
	expect_error("a = \"caf\xe9\"", "w.list:1: wishes: the text is not valid UTF-8 "
	             "(save the file as UTF-8)");
	char *big = malloc(5000);
	assert_non_null(big);
	memset(big, ' ', 5000);
	assert_int_equal(confread_buf(&r, &wish_kind, "w.list", big, 5000, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "w.list: the file is larger than 4 KiB (a wish "
	                    "list is a short text file; is this the right file?)");
	free(big);

	assert_int_equal(read_text(&r, "\xEF\xBB\xBFowner = 1\nwish a {}\nwish b {}\n"
	                           "l = {1}\nl += {2}\nwish c { t = 1\n t = 2 }\n", &err),
	                 TEND_OK);
	assert_int_equal(confread_line(&r, "owner", 0), 1);
	assert_int_equal(confread_twice(&r, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "w.list:7: t: given twice (the first is on line 6; "
	                    "keep one of them)");
	confread_free(&r);
	assert_int_equal(confread_file(&r, &wish_kind, "/nonexistent/w.list", NULL, &err),
	                 TEND_E_RUNTIME);
	assert_string_equal(err.msg, "/nonexistent/w.list: no such file");
	assert_int_equal(confread_file(&r, &wish_kind, "/", NULL, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "/: is a directory (give the path of the wish list)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_dollar),
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_bytes_and_twice),
	};
	return cmocka_run_group_tests_name("confread", tests, NULL, NULL);
}
