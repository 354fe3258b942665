/* The status line: its default words, discreet words, the fields of a
 * template, and templates it refuses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "tend/status.h"

struct fixture {
	struct glance day;
	struct config cfg;
	struct status_facts f;
	char line[256];
	struct tend_err err;
};

static void setup(struct fixture *x)
{
	memset(x, 0, sizeof *x);
	x->cfg.numbers = true;
	x->cfg.checkin_time = 21 * 60 + 30;
	x->cfg.gestures_min = 2;
	x->cfg.gestures_max = 5;
	x->cfg.repairs_per_day = 1;
	x->day.gestures = 3;
	x->day.repairs = 1;
	x->day.checked_in[0] = true;
	x->f = (struct status_facts){ .today = &x->day, .cfg = &x->cfg, .plan_day = 12 };
}

static const char *line(struct fixture *x, const char *template)
{
	assert_int_equal(status_format(template, &x->f, x->line, sizeof x->line, &x->err),
	                 TEND_OK);
	return x->line;
}

static void test_default_line(void **state)
{
	(void)state;
	struct fixture x;
	setup(&x);
	/* One check-in of two: the time it is planned for; both: done. */
	assert_string_equal(line(&x, STATUS_TEMPLATE),
	                    "check-in 21:30 \u00b7 gestures 3/2-5 \u00b7 repairs 1/1");
	x.day.checked_in[1] = true;
	x.f.timeout_running = true;
	assert_string_equal(line(&x, STATUS_TEMPLATE),
	                    "check-in done \u00b7 gestures 3/2-5 \u00b7 repairs 1/1 \u00b7 time-out");
	x.f.ascii = true;
	assert_string_equal(line(&x, STATUS_TEMPLATE),
	                    "check-in done - gestures 3/2-5 - repairs 1/1 - time-out");
}

/* Discreet: nothing in the words says what is counted. */
static void test_discreet(void **state)
{
	(void)state;
	struct fixture x;
	setup(&x);
	x.cfg.discreet = true;
	x.f.timeout_running = true;
	const char *s = line(&x, STATUS_TEMPLATE);
	assert_string_equal(s, "evening 21:30 \u00b7 3/2-5 \u00b7 1/1 \u00b7 a pause");
	assert_null(strstr(s, "check"));
	assert_null(strstr(s, "time-out"));
	assert_null(strstr(s, "repair"));
}

/* Without numbers: marks for the counts, and a line without the aims. */
static void test_marks(void **state)
{
	(void)state;
	struct fixture x;
	setup(&x);
	x.cfg.numbers = false;
	assert_string_equal(status_template(&x.cfg), STATUS_TEMPLATE_MARKS);
	assert_string_equal(line(&x, status_template(&x.cfg)),
	                    "check-in 21:30 \u00b7 gestures \u25cf\u25cf\u25cf \u00b7 repairs \u25cf");
	x.f.ascii = true;
	x.day.repairs = 0;
	assert_string_equal(line(&x, status_template(&x.cfg)),
	                    "check-in 21:30 - gestures *** - repairs -");
	x.cfg.numbers = true;
	assert_string_equal(status_template(&x.cfg), STATUS_TEMPLATE);
}

static void test_template(void **state)
{
	(void)state;
	struct fixture x;
	setup(&x);
	assert_string_equal(line(&x, "{day} {{{gestures}}} {timeout}."), "day 12 {gestures 3} .");
	x.f.plan_day = 0;
	assert_string_equal(line(&x, "[{day}]"), "[]");
	assert_string_equal(line(&x, "plain"), "plain");
}

static void test_refused(void **state)
{
	(void)state;
	struct fixture x;
	setup(&x);
	static const char *const bad[] = { "{nope}", "{gestures", "a } b", "{}" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(status_format(bad[i], &x.f, x.line, sizeof x.line, &x.err),
		                 TEND_E_USAGE);
		assert_true(x.err.msg[0] != '\0');
	}
	assert_non_null(strstr(x.err.msg, "no field {}"));
	/* Longer than the line's room: refused, not cut. */
	char longer[400];
	memset(longer, 'x', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	assert_int_equal(status_format(longer, &x.f, x.line, sizeof x.line, &x.err), TEND_E_USAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_line),
		cmocka_unit_test(test_discreet),
		cmocka_unit_test(test_template),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
