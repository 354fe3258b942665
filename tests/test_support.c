/* Unit tests for support.c: the help's words, the couple's contacts,
 * safety first, discreet words, and lines that fit the screen. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "tend/support.h"
#include <stdio.h>

/* The whole help as one text, contacts as "label text". */
static void joined(const struct config *cfg, char *buf, size_t size)
{
	struct support_line v[SUPPORT_LINES_MAX];
	size_t n = support_lines(cfg, v, SUPPORT_LINES_MAX);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (v[i].label) {
			strncat(buf, v[i].label, size - strlen(buf) - 1);
			strncat(buf, " ", size - strlen(buf) - 1);
		}
		strncat(buf, v[i].text, size - strlen(buf) - 1);
		strncat(buf, "\n", size - strlen(buf) - 1);
	}
}

static void test_situations_and_safety(void **state)
{
	(void)state;
	struct config cfg = { 0 };
	struct support_line v[SUPPORT_LINES_MAX];
	size_t n = support_lines(&cfg, v, SUPPORT_LINES_MAX);
	assert_true(n > 20);
	/* Safety comes before the rest, and stands out. */
	size_t first_safety = n, first_when = n;
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == SUPPORT_SAFETY && first_safety == n)
			first_safety = i;
		if (strcmp(v[i].text, "Bring in a professional when") == 0)
			first_when = i;
		/* tend's own words are plain ASCII, so a byte is a column. */
		for (const char *c = v[i].text; v[i].kind != SUPPORT_CONTACT && *c; c++)
			assert_true(*c >= ' ' && *c < 127);
	}
	assert_true(first_safety < first_when);
	assert_non_null(strstr(v[first_safety].text, "Safety comes first"));
	char all[8192];
	joined(&cfg, all, sizeof all);
	for (const char *const *w = (const char *const[]){ "affair", "drinking", "self-harm",
	     "panic", "numb", "hitting", "Shame", "No time", "Keeping score",
	     "Different speeds", "Reading this screen saves nothing.", NULL }; *w; w++)
		assert_non_null(strstr(all, *w));
	/* No contacts set: where they would go, and what to do meanwhile. */
	assert_non_null(strstr(all, "Emergency: your local emergency number"));
	assert_non_null(strstr(all, "Your therapist: none noted yet (therapist in tend.conf)."));
}

static void test_contacts(void **state)
{
	(void)state;
	struct config cfg = { .therapist = "Dr. Rivera, 555-0100", .emergency = "112" };
	struct support_line v[SUPPORT_LINES_MAX];
	size_t n = support_lines(&cfg, v, SUPPORT_LINES_MAX);
	int found = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind != SUPPORT_CONTACT)
			continue;
		found++;
		/* The couple's own text, untouched here: the front ends print it safely. */
		if (strcmp(v[i].label, "Your therapist:") == 0)
			assert_ptr_equal(v[i].text, cfg.therapist);
		else
			assert_ptr_equal(v[i].text, cfg.emergency);
	}
	assert_int_equal(found, 2);
	/* A short buffer is never overrun. */
	assert_int_equal(support_lines(&cfg, v, 3), 3);
}

static void test_discreet(void **state)
{
	(void)state;
	struct config plain = { 0 }, discreet = { .discreet = true };
	char a[8192], b[8192];
	joined(&plain, a, sizeof a);
	joined(&discreet, b, sizeof b);
	assert_non_null(strstr(a, "forced sex"));
	assert_non_null(strstr(a, "- touch or a hard talk"));
	assert_null(strstr(b, "sex"));
	assert_null(strstr(b, "touch"));
	assert_null(strstr(b, "desire"));
	assert_non_null(strstr(b, "Safety comes first"));
}

/* Wrapped rows fit the width, break at spaces, indent the rows after the
 * first, and together hold every word in order. */
static void test_wrap(void **state)
{
	(void)state;
	const char *text = "- one of you is low for weeks, anxious, not sleeping, or has "
	                   "thoughts of self-harm";
	struct support_row r[16];
	int n = support_wrap(text, 30, 2, r, 16);
	assert_int_equal(n, 3);
	assert_int_equal(r[0].indent, 0);
	assert_int_equal(r[1].indent, 2);
	char row[64], back[256] = "";
	snprintf(row, sizeof row, "%.*s", r[0].len, text + r[0].from);
	assert_string_equal(row, "- one of you is low for weeks,");
	snprintf(row, sizeof row, "%.*s", r[1].len, text + r[1].from);
	assert_string_equal(row, "anxious, not sleeping, or");
	for (int i = 0; i < n; i++) {
		assert_true(r[i].len + r[i].indent <= 30);
		snprintf(back + strlen(back), sizeof back - strlen(back), "%s%.*s", i ? " " : "",
		         r[i].len, text + r[i].from);
	}
	assert_string_equal(back, text);
	/* A word longer than a row is cut; an empty text is one empty row;
	 * no more rows than asked for. */
	n = support_wrap("abcdefghij klm", 4, 0, r, 16);
	assert_int_equal(n, 4);
	assert_int_equal(r[0].len, 4);
	assert_int_equal(support_wrap("", 10, 0, r, 16), 1);
	assert_int_equal(r[0].len, 0);
	assert_int_equal(support_wrap(text, 10, 2, r, 3), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_situations_and_safety),
		cmocka_unit_test(test_contacts),
		cmocka_unit_test(test_discreet),
		cmocka_unit_test(test_wrap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
