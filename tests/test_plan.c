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

	assert_int_equal(plan_load(PLAN_FILE, 0, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "stabilization-days"));
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
	             "my.plan:4: a: title is missing");
	expect_error("phase \"Big Phase\" {\n first = 1\n last = 3\n title = \"x\"\n}\n",
	             "my.plan:5: phase: \"Big Phase\" is not a valid name");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"\"\n}\n",
	             "my.plan:4: title: is empty");
	expect_error("phase \"a\" {\n first = 1\n title = \"x\"\n}\n",
	             "my.plan:4: a: first and last day are both needed");
	expect_error("phase \"a\" {\n first = 1\n last = 400\n title = \"x\"\n}\n",
	             "my.plan:3: last: 400 is not a plan day");
	expect_error("", "my.plan:1: phase: the plan has no phases");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" { text = \"y\" cadence = \"once\" }\n}\n"
	             "phase \"b\" {\n first = 4\n last = 5\n title = \"y\"\n"
	             " task \"t\" {\n text = \"again\"\n cadence = \"once\" }\n}\n",
	             "my.plan:12: t: this task name is already used");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n"
	             " task \"t\" { cadence = \"once\" }\n}\n",
	             "my.plan:5: t: text is missing");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\"\n",
	             "my.plan:1: plan: this { is never closed");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x # }\"\n}\n}\n",
	             "my.plan:6: plan: this } closes nothing");
	expect_error("phase \"a\" {\n first = \"one\"\n}\n", "my.plan:2: a:");
	expect_error("phase \"a\" {\n first = 1\n last = 14\n title = \"Ground rules\n",
	             "my.plan:4: plan: this quoted text is never closed");
	expect_error("phase \"a\" {\n first = 1\n last = 3\n title = \"x\x01y\"\n}\n",
	             "my.plan:4: plan: a control character is not allowed");
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
	assert_non_null(strstr(err.msg, "b.plan: this is not a text file"));
	assert_int_equal(load_text("title = \"\xC3\x28\"\n", 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "not valid UTF-8"));
	assert_non_null(huge);
	memset(huge, '#', big);
	assert_int_equal(plan_load_buf("h.plan", huge, big, 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "too large"));
	free(huge);
	assert_int_equal(plan_load("/nonexistent/plan.conf", 14, &p, &err),
	                 TEND_E_RUNTIME);
	assert_non_null(strstr(err.msg, "/nonexistent/plan.conf: cannot open"));
	assert_int_equal(plan_load("/", 14, &p, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "not a plan file"));
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

	plan_status(&p, start, start + 4, &l, tick_lookup, &ticks, &s);
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

	plan_status(&p, start, start + 16, &l, tick_lookup, &ticks, &s);
	assert_int_equal(s.week, 3);
	assert_ptr_equal(s.phase, &p.phases[1]);
	assert_int_equal(find(&s, "touch-stage-1")->done, 2);
	assert_int_equal(find(&s, "touch-stage-1")->target, 3);
	assert_false(find(&s, "touch-stage-1")->met);
	assert_true(find(&s, "describe-ask")->met);
	assert_int_equal(find(&s, "describe-ask")->period, start + 14);
	assert_false(find(&s, "top-12")->met);
	assert_int_equal(find(&s, "top-12")->period, start + 14);

	/* Day 58: the closing review's part of week 9 is 4 days. */
	plan_status(&p, start, start + 57, &l, NULL, NULL, &s);
	assert_int_equal(s.day, 58);
	assert_int_equal(s.to - s.from, 3);
	assert_int_equal(find(&s, "checkin-5")->target, 4);

	/* After the end: the after phase, quarterly from day 61. */
	plan_status(&p, start, start + 60 + 100, &l, NULL, NULL, &s);
	assert_true(s.after);
	assert_ptr_equal(s.phase, p.after);
	assert_int_equal(find(&s, "quarterly")->period, start + 60 + PLAN_QUARTER_DAYS);

	plan_status(&p, start, start - 1, &l, NULL, NULL, &s);
	assert_null(s.phase);
	assert_int_equal(s.week, 0);
	entry_list_free(&l);
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
 * first starts (after its header) with a phase or week rule: no week is
 * split across pages. */
static void check_layout(char *text)
{
	int lines = 0, pages = 1;
	char *save = NULL;
	bool page_start = false;

	for (char *line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '\f') {
			pages++;
			lines = 0;
			line++;
			assert_non_null(strstr(line, "page"));
			page_start = true;
			lines++;
			continue;
		}
		lines++;
		assert_true(lines <= PLAN_TEXT_PAGE_LINES);
		if (text_width(line) > PLAN_TEXT_COLS)
			fail_msg("too wide (%d): %s", text_width(line), line);
		if (page_start && line[0]) {
			assert_true(!strncmp(line, "-----", 5) || !strncmp(line, "=====", 5));
			page_start = false;
		}
	}
	assert_true(pages >= 2);
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
		cmocka_unit_test(test_week_arithmetic),
		cmocka_unit_test(test_small_plan),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_refused_files),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_swapped_steps),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
