/* Tests for the plan: reading and checking plan files, the day and phase
 * arithmetic with stabilization-days, the week's task status, and the
 * printable text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/plan.h"
#include "tend/text.h"

#define PLAN_FILE TEST_SRCDIR "/../data/plan.conf"
#define EXPECTED TEST_SRCDIR "/cli/plan_2026-11-23.expected"

static struct config test_config(void)
{
	static char n1[] = "Zo\xC3\xAB", n2[] = "\xC4\x90\xE1\xBB\xA9" "c";
	struct config cfg = { .partner = { n1, n2 }, .gestures_max = 5 };
	return cfg;
}

static char *read_all(const char *path);

/* Load a plan from text; returns the status and leaves the message in err. */
static int load_text(const char *text, int stab, struct plan *p, struct tend_err *err)
{
	err_clear(err);
	return plan_load_buf("my.plan", text, strlen(text), stab, p, err);
}

static void expect_error(const char *text, const char *msg)
{
	struct plan p;
	struct tend_err err;

	if (load_text(text, 14, &p, &err) != TEND_E_USAGE)
		fail_msg("not refused with \"%s\": %s", msg, err.msg);
	if (!strstr(err.msg, msg))
		fail_msg("expected \"%s\" in \"%s\"", msg, err.msg);
	assert_null(p.phases);
}

/* A small valid plan: two phases of 3 and 4 days. */
#define TWO_PHASES \
	"phase \"a\" {\n" \
	"  first = 1\n" \
	"  last = 3\n" \
	"  title = \"Start\"\n" \
	"  task \"t1\" { text = \"Do it\" cadence = \"daily\" measure = \"checkin\" }\n" \
	"}\n" \
	"phase \"b\" {\n" \
	"  first = 4\n" \
	"  last = 7\n" \
	"  title = \"Then\"\n" \
	"}\n"

static void test_installed_plan(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 14, &p, &err), TEND_OK);
	assert_int_equal(p.n_phases, 5);
	assert_int_equal(p.length, 60);
	assert_int_equal(p.phases[0].first, 1);
	assert_int_equal(p.phases[0].last, 14);
	assert_int_equal(p.phases[3].last, 56);
	assert_int_equal(p.phases[4].first, 57);
	assert_string_equal(p.phases[0].title, "Ground rules");
	assert_non_null(p.after);
	assert_int_equal(p.after->tasks[2].cadence, PLAN_QUARTERLY);
	/* Every phase has tasks and a tip, and the touch tasks have discreet words. */
	for (size_t i = 0; i < p.n_phases; i++) {
		assert_true(p.phases[i].n_tasks > 0);
		assert_true(p.phases[i].n_tips > 0);
		for (size_t k = 0; k < p.phases[i].n_tasks; k++)
			if (p.phases[i].tasks[k].measure == PLAN_TOUCH)
				assert_non_null(p.phases[i].tasks[k].discreet_text);
	}
	assert_int_equal(p.phases[1].tasks[2].cadence, PLAN_PER_WEEK);
	assert_int_equal(p.phases[1].tasks[2].count, 3);
	assert_int_equal(p.phases[0].tasks[1].cadence, PLAN_DAILY);
	assert_int_equal(p.phases[0].tasks[1].count, 2);
	plan_free(&p);
	plan_free(&p); /* a freed plan is zeroed and can be freed again */
}

static void test_stabilization(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 21, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].last, 21);
	assert_int_equal(p.phases[1].first, 22);
	assert_int_equal(p.phases[4].last, 67);
	assert_int_equal(p.length, 67);
	assert_ptr_equal(plan_phase_at(&p, 21), &p.phases[0]);
	assert_ptr_equal(plan_phase_at(&p, 22), &p.phases[1]);
	assert_ptr_equal(plan_phase_at(&p, 67), &p.phases[4]);
	assert_null(plan_phase_at(&p, 68));
	assert_null(plan_phase_at(&p, 0));
	plan_free(&p);

	assert_int_equal(plan_load(PLAN_FILE, 10, &p, &err), TEND_OK);
	assert_int_equal(p.length, 56);
	assert_int_equal(p.phases[1].first, 11);
	plan_free(&p);

	assert_int_equal(plan_load(PLAN_FILE, -1, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "stabilization-days"));
	assert_int_equal(plan_load(PLAN_FILE, PLAN_MAX_DAYS + 1, &p, &err), TEND_E_USAGE);
}

/* 0 keeps the first phase as long as the file makes it: a couple who never
 * set stabilization-days gets their own plan's length, not 14 days. */
static void test_own_length(void **state)
{
	static const char one_phase[] =
		"phase \"all\" {\n first = 1\n last = 60\n title = \"All of it\"\n}\n";
	struct plan p;
	struct tend_err err = { 0 };
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 0, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].last, 14);
	assert_int_equal(p.phases[1].first, 15);
	assert_int_equal(p.length, 60);
	plan_free(&p);

	assert_int_equal(load_text(TWO_PHASES, 0, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].last, 3);
	assert_int_equal(p.phases[1].first, 4);
	assert_int_equal(p.length, 7);
	plan_free(&p);

	assert_int_equal(load_text(one_phase, 0, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].last, 60);
	assert_int_equal(p.length, 60);
	plan_free(&p);
	/* A value still sets the length, as before. */
	assert_int_equal(load_text(one_phase, 14, &p, &err), TEND_OK);
	assert_int_equal(p.length, 14);
	plan_free(&p);
}

static void test_week_arithmetic(void **state)
{
	(void)state;
	assert_int_equal(plan_week_of(1), 1);
	assert_int_equal(plan_week_of(7), 1);
	assert_int_equal(plan_week_of(8), 2);
	assert_int_equal(plan_week_of(60), 9);
	assert_int_equal(plan_week_of(0), 0);
}

static void test_small_plan(void **state)
{
	struct plan p;
	struct tend_err err;
	(void)state;

	assert_int_equal(load_text("# a comment\n" TWO_PHASES, 14, &p, &err), TEND_OK);
	assert_int_equal(p.length, 18);   /* 3-day first phase stretched to 14 */
	assert_int_equal(p.phases[1].first, 15);
	assert_null(p.after);
	plan_free(&p);
}

static void test_errors(void **state)
{
	(void)state;
	/* Lines are right even after comments (libconfuse alone miscounts). */
	expect_error("# one\n// two\n/* three\n four */\nphase \"a\" {\n bogus = 1\n}\n",
	             "my.plan:6: a: no such option 'bogus'");
	/* A slash, a star and a slash open a comment without closing it. */
	expect_error("/*/ phase \"a\" {\n */ phase \"b\" {\n first = 1\n last = 2\n}\n",
	             "my.plan:2: b: title is missing");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" {\n  text = \"y\"\n  cadence = \"sometimes\"\n }\n}\n",
	             "my.plan:7: cadence: \"sometimes\" is not a cadence");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" {\n  text = \"y\"\n  cadence = \"daily\"\n"
	             "  measure = \"hugs\"\n }\n}\n",
	             "my.plan:8: measure: \"hugs\" is not something tend counts");
	expect_error("phase \"a\" {\n first = 2\n last = 3\n title = \"x\"\n}\n",
	             "my.plan:2: first: the first phase must start on day 1");
	/* A gap, then an overlap. */
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n}\n"
	             "phase \"b\" {\n first = 5\n last = 9\n title = \"y\"\n}\n",
	             "my.plan:7: first: phase \"b\" must start on day 4");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n}\n"
	             "phase \"b\" {\n first = 3\n last = 9\n title = \"y\"\n}\n",
	             "my.plan:7: first: phase \"b\" must start on day 4");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n}\n"
	             "phase \"b\" {\n first = 4\n\n last = 2\n title = \"y\"\n}\n",
	             "my.plan:9: last: day 2 comes before the first day");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n}\n",
	             "my.plan:1: a: title is missing");
	expect_error("phase \"Big Phase\" {\n first = 1\n last = 3\n title = \"x\"\n}\n",
	             "my.plan:1: phase: \"Big Phase\" is not a valid name");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"\"\n}\n",
	             "my.plan:4: title: is empty");
	expect_error("phase \"a\" {\n first = 1\n title = \"x\"\n}\n",
	             "my.plan:1: a: first and last day are both needed");
	expect_error("phase \"a\" {\n first = 1\n last = 400\n title = \"x\"\n}\n",
	             "my.plan:3: last: 400 is not a plan day");
	expect_error("", "my.plan:1: phase: the plan has no phases");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" { text = \"y\" cadence = \"once\" }\n}\n"
	             "phase \"b\" {\n first = 4\n last = 5\n title = \"y\"\n"
	             " task \"t\" {\n text = \"again\"\n cadence = \"once\" }\n}\n",
	             "my.plan:11: t: this task name is already used");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" { cadence = \"once\" }\n}\n",
	             "my.plan:5: t: text is missing");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n",
	             "my.plan:1: phase: the { here is never closed (add the missing })");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x # }\"\n}\n}\n",
	             "my.plan:6: plan: a } that closes nothing (remove it)");
	expect_error("phase \"a\" {\n first = \"one\"\n}\n", "my.plan:2: a:");
	expect_error("phase \"a\" {\n first = 1\n last = 14\n title = \"Ground rules\n",
	             "my.plan:4: title: the quote opened here is never closed");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\x01y\"\n}\n",
	             "my.plan:4: plan: a control character is not allowed");
}

/* The start of a phase, up to its title on line 4. */
#define PHASE_A "phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"

/* libconfuse unescapes \t, \033, \x1b, octal and the like, and expands
 * ${VARIABLE}: no string value may come out holding a control character or
 * invalid UTF-8, whichever key it belongs to. */
static void test_control_characters(void **state)
{
	struct plan p;
	struct tend_err err;
	(void)state;

	expect_error(PHASE_A " why = \"a\\tb\"\n}\n",
	             "my.plan:5: why: \"a\\tb\" contains a control character");
	expect_error(PHASE_A " why = \"a\\033[31mRED\"\n}\n",
	             "my.plan:5: why: \"a\\033[31mRED\" contains a control character");
	expect_error(PHASE_A " why = \"\\x1b[2J\"\n}\n", "my.plan:5: why:");
	expect_error(PHASE_A " why = \"a\\eb\"\n}\n", "my.plan:5: why:");
	expect_error(PHASE_A " why = \"two\\nlines\"\n}\n", "my.plan:5: why:");
	expect_error(PHASE_A " why = \"bell\\7\"\n}\n", "my.plan:5: why:");
	expect_error(PHASE_A " why = \"del\\177\"\n}\n", "my.plan:5: why:");
	/* A NUL would silently cut the text short. */
	expect_error(PHASE_A " why = \"cut\\000here\"\n}\n",
	             "my.plan:5: why: \"cut\\000here\" contains a control character");
	expect_error(PHASE_A " why = \"cut\\x0here\"\n}\n", "my.plan:5: why:");
	/* C1 controls and bytes that are no UTF-8 can be written as escapes too. */
	expect_error(PHASE_A " why = \"a\\xc2\\x9bb\"\n}\n",
	             "my.plan:5: why: \"a\\xC2\\x9Bb\" contains a control character");
	expect_error(PHASE_A " why = \"caf\\xe9\"\n}\n",
	             "my.plan:5: why: \"caf\\xE9\" is not valid UTF-8");
	expect_error(PHASE_A " why = \"caf\\351\"\n}\n", "is not valid UTF-8");
	/* A C1 control typed as itself, and a tab typed inside the quotes. */
	expect_error(PHASE_A " why = \"a\xc2\x9b" "b\"\n}\n",
	             "my.plan:5: why: \"a\\xC2\\x9Bb\" contains a control character");
	expect_error(PHASE_A " why = \"a\tb\"\n}\n",
	             "my.plan:5: why: \"a\\x09b\" contains a control character");
	/* Every kind of string value, and section names. */
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\\ty\"\n}\n",
	             "my.plan:4: title:");
	expect_error(PHASE_A " discreet-why = \"\\x1b\"\n}\n", "my.plan:5: discreet-why:");
	expect_error(PHASE_A " tips = { \"fine\", \"\\x9b\" }\n}\n", "my.plan:5: tips:");
	expect_error(PHASE_A " discreet-tips = { \"a\\tb\" }\n}\n",
	             "my.plan:5: discreet-tips:");
	expect_error(PHASE_A " task \"t\" {\n  text = \"do\\033]0;x\\007\"\n"
	             "  cadence = \"daily\"\n }\n}\n", "my.plan:6: text:");
	expect_error(PHASE_A " task \"t\" {\n  text = \"do\"\n  discreet-text = \"\\b\"\n"
	             "  cadence = \"daily\"\n }\n}\n", "my.plan:7: discreet-text:");
	expect_error(PHASE_A " task \"t\" {\n  text = \"do\"\n  cadence = \"dai\\x7fly\"\n"
	             " }\n}\n", "my.plan:7: cadence:");
	expect_error(PHASE_A " task \"t\" {\n  text = \"do\"\n  cadence = \"daily\"\n"
	             "  measure = \"check\xc2\x85in\"\n }\n}\n",
	             "my.plan:8: measure: \"check\\xC2\\x85in\" contains a control character");
	expect_error("phase \"a\\tb\" {\n first = 1\n last = 3\n title = \"x\"\n}\n",
	             "my.plan:1: phase: \"a\\tb\" contains a control character");
	expect_error(PHASE_A " task \"t\\001\" {\n  text = \"do\"\n  cadence = \"daily\"\n"
	             " }\n}\n", "my.plan:5: task:");
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"\\f\"\n}\n", "my.plan:7: title:");
	/* Not even a quoted key can smuggle one in. */
	expect_error(PHASE_A " \"\\001first\" = 5\n}\n", "my.plan:5: plan:");
	/* libconfuse would put an environment variable in place of ${NAME}:
	 * the reader keeps it as written, so nothing can come in that way. */
	setenv("TEND_TEST_PLAN_TEXT", "a\033[2Jb", 1);
	assert_int_equal(load_text(PHASE_A " why = \"${TEND_TEST_PLAN_TEXT}\"\n}\n",
	                           14, &p, &err), TEND_OK);
	assert_string_equal(p.phases[0].why, "${TEND_TEST_PLAN_TEXT}");
	plan_free(&p);
	unsetenv("TEND_TEST_PLAN_TEXT");

	/* Every $ stays as written; ${ outside quotes is refused. */
	assert_int_equal(load_text(PHASE_A " why = \"$ab $5 ${HOME}\"\n"
	                           " tips = { \"${HOME:-x}\", '${HOME}' }\n}\n",
	                           14, &p, &err), TEND_OK);
	assert_string_equal(p.phases[0].why, "$ab $5 ${HOME}");
	assert_string_equal(p.phases[0].tips[0], "${HOME:-x}");
	assert_string_equal(p.phases[0].tips[1], "${HOME}");
	plan_free(&p);
	expect_error(PHASE_A " why = ${HOME}\n}\n", "my.plan:5: why: ${ outside quotes "
	             "is not allowed");

	/* Escapes that make printable text still work. */
	assert_int_equal(load_text(PHASE_A " why = \"say \\\"hi\\\" \\\\ caf\\303\\251\"\n"
	                           "}\n", 14, &p, &err), TEND_OK);
	assert_string_equal(p.phases[0].why, "say \"hi\" \\ caf\xC3\xA9");
	plan_free(&p);
}

/* A task in PHASE_A, on lines 5 to 9 with its text on 6 and cadence on 7. */
#define TASK_T " task \"t\" {\n  text = \"Do it\"\n  cadence = \"daily\"\n"

/* libconfuse keeps the last of a key given twice without a word: the second
 * is refused on its own line, naming the first. */
static void test_given_twice(void **state)
{
	struct plan p;
	struct tend_err err;
	(void)state;

	expect_error(PHASE_A " title = \"Second title\"\n}\n",
	             "my.plan:5: title: given twice (the first is on line 4; "
	             "keep one of them)");
	expect_error(PHASE_A " why = \"a\"\n\n why = \"b\"\n}\n",
	             "my.plan:7: why: given twice (the first is on line 5;");
	expect_error(PHASE_A " discreet-why = \"a\" discreet-why = \"b\"\n}\n",
	             "my.plan:5: discreet-why: given twice (the first is on line 5;");
	expect_error(PHASE_A " first = 1\n}\n",
	             "my.plan:5: first: given twice (the first is on line 2;");
	expect_error(PHASE_A " last = 3\n}\n",
	             "my.plan:5: last: given twice (the first is on line 3;");
	/* A quoted key is the same key. */
	expect_error(PHASE_A " \"title\" = \"y\"\n}\n",
	             "my.plan:5: title: given twice (the first is on line 4;");
	expect_error(PHASE_A TASK_T "  text = \"Do it again\"\n }\n}\n",
	             "my.plan:8: text: given twice (the first is on line 6;");
	expect_error(PHASE_A TASK_T "  cadence = \"once\"\n }\n}\n",
	             "my.plan:8: cadence: given twice (the first is on line 7;");
	expect_error(PHASE_A TASK_T "  measure = \"checkin\"\n  measure = \"none\"\n }\n}\n",
	             "my.plan:9: measure: given twice (the first is on line 8;");
	expect_error(PHASE_A TASK_T "  discreet-text = \"a\"\n  discreet-text = \"b\"\n"
	             " }\n}\n", "my.plan:9: discreet-text: given twice");
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"x\"\n title = \"y\"\n}\n",
	             "my.plan:8: title: given twice (the first is on line 7;");
	/* A list set twice; += after it adds instead (below). */
	expect_error(PHASE_A " tips = { \"a\" }\n tips = { \"b\" }\n}\n",
	             "my.plan:6: tips: given twice (the first is on line 5;");
	expect_error(PHASE_A " tips += { \"a\" }\n tips = { \"b\" }\n}\n",
	             "my.plan:6: tips: given twice (the first is on line 5;");
	expect_error(PHASE_A " discreet-tips = { \"a\" }\n discreet-tips = { \"b\" }\n}\n",
	             "my.plan:6: discreet-tips: given twice");

	/* The same key in different sections is fine, and so are many tasks
	 * and phases. */
	assert_int_equal(load_text(TWO_PHASES "after \"k\" {\n title = \"x\"\n"
	                           " task \"u\" { text = \"Do it\" cadence = \"once\" }\n"
	                           " task \"v\" { text = \"Do it\" cadence = \"once\" }\n}\n",
	                           14, &p, &err), TEND_OK);
	assert_int_equal(p.n_phases, 2);
	assert_int_equal(p.after->n_tasks, 2);
	plan_free(&p);
	/* += adds to a list, as in the config. */
	assert_int_equal(load_text(PHASE_A " tips = { \"a\" }\n tips += { \"b\" }\n"
	                           " tips += { \"c\", \"d\" }\n}\n", 14, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].n_tips, 4);
	assert_string_equal(p.phases[0].tips[0], "a");
	assert_string_equal(p.phases[0].tips[3], "d");
	plan_free(&p);
	assert_int_equal(load_text(PHASE_A " discreet-tips += { \"a\" }\n"
	                           " discreet-tips += { \"b\" }\n}\n", 14, &p, &err), TEND_OK);
	assert_int_equal(p.phases[0].n_discreet_tips, 2);
	plan_free(&p);
}

/* A second after section, also of the same title (which libconfuse would
 * merge into one without a word), and repeated phase and task names. */
static void test_second_after(void **state)
{
	(void)state;
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"x\"\n}\nafter \"k\" {\n"
	             " title = \"y\"\n}\n", "my.plan:9: after: only one after-plan "
	             "section is allowed (the first is on line 6; merge them into one)");
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"x\"\n}\nafter \"k\" {\n"
	             " task \"u\" { text = \"z\" cadence = \"once\" }\n}\n",
	             "my.plan:9: after: only one after-plan section is allowed "
	             "(the first is on line 6;");
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"x\"\n}\nafter \"k2\" {\n"
	             " title = \"y\"\n}\n", "my.plan:9: after: only one after-plan "
	             "section is allowed (the first is on line 6;");
	expect_error(PHASE_A "}\nphase \"a\" {\n first = 4\n last = 5\n title = \"y\"\n}\n",
	             "my.plan:6: plan: found duplicate title 'a'");
	expect_error(PHASE_A TASK_T " }\n task \"t\" {\n  text = \"b\"\n  cadence = \"once\"\n"
	             " }\n}\n", "my.plan:9: a: found duplicate title 't'");
}

/* A comment never closed would blank the rest of the file without a word. */
static void test_open_comment(void **state)
{
	struct plan p;
	struct tend_err err;
	(void)state;

	expect_error(PHASE_A "}\n/* the next phase\nphase \"b\" {\n first = 4\n last = 5\n"
	             " title = \"y\"\n}\n",
	             "my.plan:6: plan: a /* comment is never closed (end it with */)");
	/* Named before the brace it leaves open. */
	expect_error(PHASE_A " /* why = \"later\"\n}\n",
	             "my.plan:5: plan: a /* comment is never closed");
	expect_error(PHASE_A "}\n/*", "my.plan:6: plan: a /* comment is never closed");
	expect_error(PHASE_A "}\n/* one */ /* two\n*", "my.plan:6: plan: a /* comment");
	/* In a quoted text it is no comment; closed, or // and #, it is fine. */
	assert_int_equal(load_text(PHASE_A " why = \"a /* b\"\n}\n/* c\n */ # d /*\n"
	                           "// e /*", 14, &p, &err), TEND_OK);
	assert_string_equal(p.phases[0].why, "a /* b");
	plan_free(&p);
}

/* Replace the first from in s (a copy of the installed plan) with to. */
static char *plan_with(const char *from, const char *to)
{
	char *orig = read_all(PLAN_FILE), *at = strstr(orig, from), *out;
	size_t n = strlen(orig) + strlen(to) + 1;

	assert_non_null(at);
	out = malloc(n);
	assert_non_null(out);
	snprintf(out, n, "%.*s%s%s", (int)(at - orig), orig, to, at + strlen(from));
	free(orig);
	return out;
}

static void expect_plan_error(const char *from, const char *to, const char *msg)
{
	char *text = plan_with(from, to);

	expect_error(text, msg);
	free(text);
}

/* An error inside a section names the line it starts on, not its closing
 * brace; a bad value names its key's line. */
static void test_error_lines(void **state)
{
	char text[8192];
	int n = 0;
	(void)state;

	/* The installed plan: phase "ground-rules" starts on line 14 and
	 * closes on line 43. */
	expect_plan_error("phase \"ground-rules\"", "phase \"Ground_Rules\"",
	                  "my.plan:14: phase: \"Ground_Rules\" is not a valid name");
	expect_plan_error("\ttitle = \"Ground rules\"\n", "",
	                  "my.plan:14: ground-rules: title is missing");
	expect_plan_error("\tfirst = 1\n", "",
	                  "my.plan:14: ground-rules: first and last day are both needed");
	expect_plan_error("\t\tcadence = \"once\"\n", "",
	                  "my.plan:34: stop-phrases: cadence is missing");
	expect_plan_error("task \"no-late-talks\"", "task \"No late talks\"",
	                  "my.plan:30: task: \"No late talks\" is not a valid name");
	/* A list item names the list's key, a text on several lines its key. */
	expect_plan_error("\"When a stop-phrase is said", "\"\\x1b When",
	                  "my.plan:39: tips:");
	expect_plan_error("why = \"Calm comes first.", "why =\n\t\t\"Calm\ncomes first.",
	                  "my.plan:18: why: holds a line break");
	/* Two sections on one line, the first begun on the line before. */
	expect_error(PHASE_A " task \"t\" {\n  text = \"y\" cadence = \"once\" } task \"T\" {"
	             " text = \"z\" cadence = \"once\" }\n}\n",
	             "my.plan:6: task: \"T\" is not a valid name");
	expect_error(PHASE_A " task \"t\" {\n  text = \"y\" cadence = \"once\" } task \"u\" {"
	             "\n text = \"z\"\n\n}\n}\n", "my.plan:6: u: cadence is missing");
	expect_error(PHASE_A "}\nafter \"k\" {\n title = \"x\"\n}\nafter \"k2\" {\n"
	             " title = \"y\"\n}\n", "my.plan:9: after: only one after-plan");
	/* The 13th task, and the 17th phase. */
	n = snprintf(text, sizeof text, "%s", PHASE_A);
	for (int i = 1; i <= 13; i++)
		n += snprintf(text + n, sizeof text - (size_t)n, " task \"t%d\" {\n"
		              "  text = \"y\"\n  cadence = \"once\"\n }\n", i);
	snprintf(text + n, sizeof text - (size_t)n, "}\n");
	expect_error(text, "my.plan:53: task: too many tasks in one phase");
	n = 0;
	for (int i = 1; i <= 17; i++)
		n += snprintf(text + n, sizeof text - (size_t)n, "phase \"p%d\" {\n"
		              " first = %d\n last = %d\n title = \"x\"\n}\n", i, i, i);
	expect_error(text, "my.plan:81: phase: too many phases");
}

static void test_refused_files(void **state)
{
	struct plan p;
	struct tend_err err;
	char bin[] = "phase \"a\" {\0}";
	size_t big = PLAN_MAX_FILE + 10;
	char *huge = malloc(big);
	(void)state;

	assert_int_equal(plan_load_buf("b.plan", bin, sizeof bin, 14, &p, &err),
	                 TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "b.plan:1: plan: the file holds a NUL byte, so it is not a text file"));
	assert_int_equal(load_text("title = \"\xC3\x28\"\n", 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "not valid UTF-8"));
	assert_non_null(huge);
	memset(huge, '#', big);
	assert_int_equal(plan_load_buf("h.plan", huge, big, 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "h.plan: the file is larger than 256 KiB"));
	free(huge);
	assert_int_equal(plan_load("/nonexistent/plan.conf", 14, &p, &err),
	                 TEND_E_RUNTIME);
	assert_non_null(strstr(err.msg, "/nonexistent/plan.conf: no such file"));
	assert_int_equal(plan_load("/", 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "/: is a directory (give the path of the plan file)"));
}

/* A tick lookup over a fixed set of (key, period) pairs. */
struct ticks {
	const char *key[4];
	tend_day period[4];
	int n;
};

static bool tick_lookup(void *ctx, const char *key, tend_day period)
{
	const struct ticks *t = ctx;
	for (int i = 0; i < t->n; i++)
		if (!strcmp(t->key[i], key) && t->period[i] == period)
			return true;
	return false;
}

static void add_entry(struct entry_list *l, enum entry_kind kind, int partner,
                      tend_day day)
{
	struct entry e = { .kind = kind, .partner = partner, .day = day };
	assert_true(entry_list_push(l, &e));
}

static const struct plan_task_status *find(const struct plan_status *s, const char *key)
{
	for (size_t i = 0; i < s->n_tasks; i++)
		if (!strcmp(s->tasks[i].task->key, key))
			return &s->tasks[i];
	fail_msg("no task %s", key);
	return NULL;
}

static void test_status(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	struct entry_list l = { 0 };
	struct plan_status s;
	tend_day start = day_from_ymd(2026, 11, 23);
	struct ticks ticks = { .key = { "stop-phrases", "describe-ask", "no-late-talks" },
	                       .period = { start, start + 14, start + 2 }, .n = 3 };
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 14, &p, &err), TEND_OK);
	/* Week 1: both check in on 6 days, one only on the 7th. */
	for (int d = 0; d < 7; d++) {
		add_entry(&l, ENTRY_CHECKIN, 1, start + d);
		if (d != 3)
			add_entry(&l, ENTRY_CHECKIN, 2, start + d);
	}
	/* Gestures: two each on day 1, two and one on day 2. */
	for (int k = 0; k < 2; k++) {
		add_entry(&l, ENTRY_GESTURE, 1, start);
		add_entry(&l, ENTRY_GESTURE, 2, start);
		add_entry(&l, ENTRY_GESTURE, 1, start + 1);
	}
	add_entry(&l, ENTRY_GESTURE, 2, start + 1);
	/* Week 3: two touch sessions, and one on the week before (not counted). */
	add_entry(&l, ENTRY_TOUCH, 1, start + 15);
	add_entry(&l, ENTRY_TOUCH, 2, start + 17);
	add_entry(&l, ENTRY_TOUCH, 1, start + 13);

	plan_status(&p, start, start + 4, &l, NULL, tick_lookup, NULL, &ticks, &s);
	assert_int_equal(s.day, 5);
	assert_int_equal(s.week, 1);
	assert_ptr_equal(s.phase, &p.phases[0]);
	assert_false(s.after);
	assert_int_equal(s.from, start);
	assert_int_equal(s.to, start + 6);
	assert_int_equal(find(&s, "checkin")->done, 6);
	assert_int_equal(find(&s, "checkin")->target, 7);
	assert_false(find(&s, "checkin")->met);
	assert_int_equal(find(&s, "gestures")->done, 1);
	assert_int_equal(find(&s, "no-late-talks")->done, 1);
	assert_true(find(&s, "no-late-talks")->by_hand);
	assert_int_equal(find(&s, "no-late-talks")->period, start + 4);
	assert_true(find(&s, "stop-phrases")->met);
	assert_int_equal(find(&s, "stop-phrases")->period, start);

	plan_status(&p, start, start + 16, &l, NULL, tick_lookup, NULL, &ticks, &s);
	assert_int_equal(s.week, 3);
	assert_ptr_equal(s.phase, &p.phases[1]);
	assert_int_equal(find(&s, "touch-stage-1")->done, 2);
	assert_int_equal(find(&s, "touch-stage-1")->target, 3);
	assert_false(find(&s, "touch-stage-1")->met);
	/* The weekly talk is counted from the talks (talk_plan_fill), never
	 * from a hand tick, over the week's days. */
	assert_false(find(&s, "describe-ask")->by_hand);
	assert_false(find(&s, "describe-ask")->met);
	assert_int_equal(find(&s, "describe-ask")->from, start + 14);
	assert_int_equal(find(&s, "describe-ask")->to, start + 20);
	assert_false(find(&s, "top-12")->met);
	assert_int_equal(find(&s, "top-12")->period, start + 14);

	/* Day 58: the closing review's part of week 9 is 4 days. */
	plan_status(&p, start, start + 57, &l, NULL, NULL, NULL, NULL, &s);
	assert_int_equal(s.day, 58);
	assert_int_equal(s.to - s.from, 3);
	assert_int_equal(find(&s, "checkin-5")->target, 4);

	/* After the end: the after phase, quarterly from day 61. */
	plan_status(&p, start, start + 60 + 100, &l, NULL, NULL, NULL, NULL, &s);
	assert_true(s.after);
	assert_ptr_equal(s.phase, p.after);
	assert_int_equal(find(&s, "quarterly")->period, start + 60 + PLAN_QUARTER_DAYS);

	plan_status(&p, start, start - 1, &l, NULL, NULL, NULL, NULL, &s);
	assert_null(s.phase);
	assert_int_equal(s.week, 0);
	entry_list_free(&l);
	plan_free(&p);
}

/* A stand-in for the rituals' tables: the days a ritual was marked done. */
struct ritual_days {
	tend_day day[4];
	int n;
	int asked;
};

static int ritual_count(void *ctx, int measure, tend_day from, tend_day to)
{
	struct ritual_days *r = ctx;
	int n = 0;
	assert_int_equal(measure, PLAN_RITUAL);
	r->asked++;
	for (int i = 0; i < r->n; i++)
		n += r->day[i] >= from && r->day[i] <= to;
	return n;
}

/* The installed plan's ritual tasks tick themselves from the rituals kept:
 * "start one shared ritual" in weeks 5-6 once one was marked done in the
 * phase (not before it is), "keep your shared ritual" each week after. */
static void test_status_ritual(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	struct entry_list l = { 0 };
	struct plan_status s;
	tend_day start = day_from_ymd(2026, 11, 23);
	struct ritual_days r = { .day = { start + 30, start + 70 }, .n = 2 };
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 14, &p, &err), TEND_OK);
	plan_status(&p, start, start + 29, &l, NULL, NULL, ritual_count, &r, &s);
	assert_int_equal(find(&s, "ritual")->task->measure, PLAN_RITUAL);
	assert_false(find(&s, "ritual")->by_hand);
	assert_int_equal(find(&s, "ritual")->done, 0);
	assert_false(find(&s, "ritual")->met);
	plan_status(&p, start, start + 33, &l, NULL, NULL, ritual_count, &r, &s);
	assert_int_equal(find(&s, "ritual")->done, 1);
	assert_true(find(&s, "ritual")->met);
	/* Without the rituals' counter nothing is proven. */
	plan_status(&p, start, start + 33, &l, NULL, NULL, NULL, &r, &s);
	assert_false(find(&s, "ritual")->met);
	plan_status(&p, start, start + 72, &l, NULL, NULL, ritual_count, &r, &s);
	assert_true(s.after);
	assert_true(find(&s, "keep-ritual")->met);
	plan_status(&p, start, start + 78, &l, NULL, NULL, ritual_count, &r, &s);
	assert_false(find(&s, "keep-ritual")->met);
	assert_true(r.asked > 0);
	plan_free(&p);
}

/* Write the text plan into a string. */
static char *plan_text(const struct plan *p, tend_day start, bool discreet)
{
	struct config cfg = test_config();
	struct tend_err err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	cfg.discreet = discreet;
	assert_non_null(f);
	assert_int_equal(plan_text_write(f, p, &cfg, start, &err), TEND_OK);
	fclose(f);
	return buf;
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf;
	long n;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* At most 80 columns, at most 60 lines a page, and every page after the
 * first starts (after its header) with a phase or week rule and heading: a
 * week is only split when it is too long for a page, and then the next page
 * says "(continued)", repeats the labels (and the grid's dates) and goes on
 * with a whole task or tip, never the middle of one. */
static void check_layout(char *text)
{
	int lines = 0, pages = 1, state = 0;
	char *save = NULL;

	for (char *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '\f') {
			pages++;
			lines = 1;
			assert_non_null(strstr(line + 1, "page"));
			state = 1;
			continue;
		}
		lines++;
		if (lines > PLAN_TEXT_PAGE_LINES)
			fail_msg("page %d is longer than %d lines", pages, PLAN_TEXT_PAGE_LINES);
		if (text_width(line) > PLAN_TEXT_COLS)
			fail_msg("too wide (%d): %s", text_width(line), line);
		if (state == 1 && line[0]) {        /* the rule */
			if (strncmp(line, "-----", 5) && strncmp(line, "=====", 5))
				fail_msg("page %d starts with: %s", pages, line);
			state = 2;
		} else if (state == 2) {            /* the heading */
			if (strncmp(line, "Week ", 5) && strncmp(line, "PHASE ", 6) &&
			    strncmp(line, "AFTER DAY ", 10))
				fail_msg("page %d has no heading: %s", pages, line);
			state = strstr(line, "(continued)") ? 3 : 0;
		} else if (state == 3) {            /* repeated labels, then a whole item */
			if (!strncmp(line, "Every day", 9))
				state = 4;
			else if (strcmp(line, "This week") && strcmp(line, "Once in this phase") &&
			         strncmp(line, "Tip: ", 5) && !strstr(line, "[ ]"))
				fail_msg("page %d goes on inside an item: %s", pages, line);
			else
				state = !strcmp(line, "This week") ||
				        !strcmp(line, "Once in this phase") ? 3 : 0;
		} else if (state == 4) {            /* the dates under the weekdays */
			state = 3;
		}
	}
	assert_true(pages >= 2);
}

/* Lines before the first form feed. */
static int first_page_lines(const char *text)
{
	const char *ff = strchr(text, '\f');
	int n = 0;

	for (const char *s = text; *s && (!ff || s < ff); s++)
		n += *s == '\n';
	return n;
}

/* Words to fill a text of about n bytes. */
static const char *words(size_t n)
{
	static const char filler[] = "walk together after dinner and talk about "
		"the day you had and what you hope for tomorrow ";
	static char buf[8][512];
	static int next;
	char *out = buf[next++ % 8];
	size_t k;

	for (k = 0; k < n && k + 1 < sizeof buf[0]; k++)
		out[k] = filler[k % (sizeof filler - 1)];
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return out;
}

static void append(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void append(char *buf, size_t size, const char *fmt, ...)
{
	size_t n = strlen(buf);
	va_list ap;

	va_start(ap, fmt);
	assert_true(vsnprintf(buf + n, size - n, fmt, ap) < (int)(size - n));
	va_end(ap);
}

static char *plan_text_of(const char *conf, int stab)
{
	struct plan p;
	struct tend_err err;
	char *out;

	if (load_text(conf, stab, &p, &err) != TEND_OK)
		fail_msg("%s", err.msg);
	out = plan_text(&p, day_from_ymd(2026, 11, 23), false);
	plan_free(&p);
	return out;
}

/* A week too long for a page starts where the page has room, and goes on
 * under its heading marked "(continued)"; so does a long after-plan part. */
static void test_text_long_week(void **state)
{
	static char conf[32768];
	char *got, *cont;
	(void)state;

	conf[0] = '\0';
	append(conf, sizeof conf, "phase \"big\" {\n first = 1\n last = 14\n"
	       " title = \"Big\"\n why = \"%s\"\n tips = { \"%s\", \"%s\" }\n",
	       words(200), words(120), words(90));
	for (int i = 0; i < 10; i++)
		append(conf, sizeof conf, " task \"d%d\" { text = \"%s %d\" cadence = "
		       "\"daily\" }\n", i, words(250), i);
	append(conf, sizeof conf, " task \"w1\" { text = \"%s\" cadence = \"3 per week\" }\n"
	       " task \"w2\" { text = \"%s\" cadence = \"weekly\" }\n}\n", words(200),
	       words(150));
	append(conf, sizeof conf, "after \"on\" {\n title = \"%s\"\n tips = { \"%s\" }\n",
	       words(150), words(100));
	for (int i = 0; i < 12; i++)
		append(conf, sizeof conf, " task \"a%d\" { text = \"%s\" cadence = "
		       "\"quarterly\" }\n", i, words(300));
	append(conf, sizeof conf, "}\n");

	got = plan_text_of(conf, 0);
	/* The first page is full, not the title alone. */
	assert_non_null(strstr(got, "PHASE 1: Big"));
	assert_true(strstr(got, "PHASE 1: Big") < strchr(got, '\f'));
	assert_true(first_page_lines(got) >= PLAN_TEXT_PAGE_LINES - 10);
	cont = strstr(got, "Week 1: Mon 23 Nov to Sun 29 Nov 2026 (continued) ");
	assert_non_null(cont);
	assert_non_null(strstr(got, "Week 2: Mon 30 Nov to Sun 6 Dec 2026 (continued) "));
	/* The grid goes on under its weekdays and dates. */
	assert_int_equal(strncmp(strchr(cont, '\n') + 1, "Every day ", 10), 0);
	assert_non_null(strstr(got, "AFTER DAY 14: walk"));
	assert_non_null(strstr(got, "\xE2\x80\xA6 (continued) "));
	check_layout(got);
	free(got);
}

/* A week that fits on a page of its own is never split, but the phase's
 * heading, why and tips start on the first page rather than leave the title
 * alone there. */
static void test_text_title_not_alone(void **state)
{
	static char conf[16384];
	char *got, *week;
	(void)state;

	conf[0] = '\0';
	append(conf, sizeof conf, "phase \"one\" {\n first = 1\n last = 7\n"
	       " title = \"One\"\n why = \"%s\"\n tips = {", words(200));
	for (int i = 0; i < 6; i++)
		append(conf, sizeof conf, "%s \"%s\"", i ? "," : "", words(120));
	append(conf, sizeof conf, " }\n");
	for (int i = 0; i < 11; i++)
		append(conf, sizeof conf, " task \"d%d\" { text = \"%s\" cadence = "
		       "\"daily\" }\n", i, words(110));
	append(conf, sizeof conf, " task \"o\" { text = \"Once\" cadence = \"once\" }\n}\n");

	got = plan_text_of(conf, 0);
	week = strstr(got, "Week 1:");
	assert_non_null(week);
	assert_true(strstr(got, "PHASE 1: One") < strchr(got, '\f'));
	assert_true(strchr(got, '\f') < week);
	assert_null(strstr(got, "(continued)"));
	assert_null(strstr(week + 1, "Week 1:"));
	check_layout(got);
	free(got);
}

static void test_text(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	char *got, *want;
	(void)state;

	assert_int_equal(plan_load(PLAN_FILE, 14, &p, &err), TEND_OK);
	got = plan_text(&p, day_from_ymd(2026, 11, 23), false);
	want = read_all(EXPECTED);
	assert_string_equal(got, want);
	assert_non_null(strstr(got, "From Mon 23 Nov 2026 to Thu 21 Jan 2027"));
	assert_non_null(strstr(got, "Week 9: Mon 18 Jan to Thu 21 Jan 2027"));
	assert_non_null(strstr(got, "Our 60 days: Zo\xC3\xAB and \xC4\x90\xE1\xBB\xA9" "c"));
	check_layout(got);
	free(want);
	free(got);

	/* Discreet: the touch tasks speak of time together instead. */
	got = plan_text(&p, day_from_ymd(2026, 11, 23), true);
	assert_null(strstr(got, "Stage 1 touch"));
	assert_non_null(strstr(got, "Quiet time close together"));
	free(got);
	plan_free(&p);

	/* A longer first phase: 21 days, still no week split and 80 columns. */
	assert_int_equal(plan_load(PLAN_FILE, 17, &p, &err), TEND_OK);
	got = plan_text(&p, day_from_ymd(2026, 11, 23), false);
	assert_non_null(strstr(got, "Our 63 days"));
	assert_non_null(strstr(got, "days 15 to 17"));
	assert_non_null(strstr(got, "PHASE 2: Share the load                                            days 18 to 31"));
	check_layout(got);
	free(got);
	plan_free(&p);
}

/* Swap the text between marks a..b and b..c; returns a new string. */
static char *swap_blocks(const char *s, const char *ma, const char *mb, const char *mc)
{
	const char *a = strstr(s, ma), *b = strstr(s, mb), *c = strstr(s, mc);
	size_t n = strlen(s);
	char *out = malloc(n + 1);

	assert_true(a && b && c && a < b && b < c);
	assert_non_null(out);
	snprintf(out, n + 1, "%.*s%.*s%.*s%s", (int)(a - s), s, (int)(c - b), b,
	         (int)(b - a), a, c);
	return out;
}

/* Replace the first "from" after mark with "to" (same length). */
static void replace_after(char *s, const char *mark, const char *from, const char *to)
{
	char *at = strstr(strstr(s, mark), from);

	assert_non_null(at);
	assert_int_equal(strlen(from), strlen(to));
	memcpy(at, to, strlen(to));
}

/* A couple's own copy with two steps swapped shows up that way on paper. */
static void test_swapped_steps(void **state)
{
	struct plan p;
	struct tend_err err = { 0 };
	char *orig = read_all(PLAN_FILE), *text, *out;
	(void)state;

	text = swap_blocks(orig, "phase \"rebalance\"", "phase \"closer\"",
	                   "phase \"together\"");
	replace_after(text, "phase \"closer\"", "first = 29\n\tlast = 42",
	              "first = 15\n\tlast = 28");
	replace_after(text, "phase \"rebalance\"", "first = 15\n\tlast = 28",
	              "first = 29\n\tlast = 42");
	assert_int_equal(plan_load_buf("mine.conf", text, strlen(text), 14, &p, &err),
	                 TEND_OK);
	assert_string_equal(p.phases[1].key, "closer");
	out = plan_text(&p, day_from_ymd(2026, 11, 23), false);
	assert_non_null(strstr(out, "PHASE 2: Closer, at your own pace                                  days 15 to 28"));
	assert_non_null(strstr(out, "PHASE 3: Share the load                                            days 29 to 42"));
	assert_true(strstr(out, "Stage 2 touch") < strstr(out, "Stage 1 touch"));
	free(out);
	free(text);
	free(orig);
	plan_free(&p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_installed_plan),
		cmocka_unit_test(test_stabilization),
		cmocka_unit_test(test_own_length),
		cmocka_unit_test(test_week_arithmetic),
		cmocka_unit_test(test_small_plan),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_control_characters),
		cmocka_unit_test(test_given_twice),
		cmocka_unit_test(test_second_after),
		cmocka_unit_test(test_open_comment),
		cmocka_unit_test(test_error_lines),
		cmocka_unit_test(test_refused_files),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_status_ritual),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_text_long_week),
		cmocka_unit_test(test_text_title_not_alone),
		cmocka_unit_test(test_swapped_steps),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
