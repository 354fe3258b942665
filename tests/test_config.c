/* Unit tests for the config module (src/core/config*.c): what a valid file
 * gives, the exact message each mistake gets, writing a first config, and
 * finding a partner by name. */
#include <errno.h>
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "tend/config.h"

#define REQ "partner \"Alex\" { color = \"cyan\" }\n" \
            "partner \"Sam\"  { color = \"magenta\" }\n" \
            "start-date = \"2026-11-23\"\n"

/* A temporary directory per test, with the config path inside it. */
struct tmp {
	char dir[64];
	char path[128];
};

static int tmp_setup(void **state)
{
	struct tmp *t = calloc(1, sizeof *t);
	assert_non_null(t);
	strcpy(t->dir, "/tmp/tend-config-XXXXXX");
	assert_non_null(mkdtemp(t->dir));
	snprintf(t->path, sizeof t->path, "%s/tend.conf", t->dir);
	*state = t;
	return 0;
}

static int tmp_teardown(void **state)
{
	struct tmp *t = *state;
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
	assert_int_equal(system(cmd), 0);
	free(t);
	return 0;
}

static void write_bytes(const char *path, const char *text, size_t len)
{
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(text, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

static void write_text(const char *path, const char *text)
{
	write_bytes(path, text, strlen(text));
}

static char *read_text(const char *path)
{
	FILE *fp = fopen(path, "rb");
	assert_non_null(fp);
	char *buf = calloc(1, 65536);
	assert_non_null(buf);
	size_t n = fread(buf, 1, 65535, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* Load text and expect TEND_E_USAGE with the message path + suffix. */
static void expect_error(struct tmp *t, const char *text, const char *suffix)
{
	struct config cfg;
	struct tend_err err = { 0 };
	bool missing = true;
	char want[1024];

	write_text(t->path, text);
	snprintf(want, sizeof want, "%s%s", t->path, suffix);
	assert_int_equal(config_load(t->path, &cfg, &missing, &err), TEND_E_USAGE);
	assert_int_equal(err.code, TEND_E_USAGE);
	assert_false(missing);
	assert_string_equal(err.msg, want);
	assert_null(cfg.partner[0]);
	config_free(&cfg);
}

static void load_ok(const char *path, struct config *cfg)
{
	struct tend_err err = { 0 };
	int rc = config_load(path, cfg, NULL, &err);
	if (rc != TEND_OK)
		fail_msg("config_load: %s", err.msg);
}

static tend_day day(const char *s)
{
	tend_day d = DAY_INVALID;
	assert_true(day_parse(s, &d));
	return d;
}

/* ---- files that load ---- */

static void test_full_file(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	char want[256];

	write_text(t->path,
		"# every key, none at its default\n"
		"partner \"Zoë\" {\n  color = \"green\"\n}\n"
		"partner 'Đức' { color = \"YELLOW\" }\n"
		"start-date = \"2027-02-28\"\n"
		"checkin-time = \"20:30\"\n"
		"checkin-minutes = 10\n"
		"day-starts-at = \"03:15\"\n"
		"week-starts-on = \"Sunday\"\n"
		"gestures-per-day = {1, 3}\n"
		"repairs-per-day = 2\n"
		"touch-per-week = 4\n"
		"stop-phrases = {\"Pause\", \"Breathe\"}\n"
		"red-lines = {\n  \"No yelling\",\n  \"No sulking\"\n}\n"
		"pause-minutes = 30\n"
		"return-within-hours = 12\n"
		"database = \"/var/tmp/us.db\"\n"
		"discreet = true\n"
		"numbers = false\n"
		"plan-file = \"plans/our.conf\"\n"
		"stabilization-days = 21\n"
		"therapist = \"Dr. Rivera, 555-0100\"\n"
		"emergency = \"112, or Jo next door\"\n");
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.path, t->path);
	assert_string_equal(cfg.partner[0], "Zoë");
	assert_string_equal(cfg.partner[1], "Đức");
	assert_string_equal(cfg.color[0], "green");
	assert_string_equal(cfg.color[1], "yellow");
	assert_int_equal(cfg.start_date, day("2027-02-28"));
	assert_int_equal(cfg.checkin_time, 20 * 60 + 30);
	assert_int_equal(cfg.checkin_minutes, 10);
	assert_int_equal(cfg.day_starts_at, 3 * 60 + 15);
	assert_int_equal(cfg.gestures_min, 1);
	assert_int_equal(cfg.gestures_max, 3);
	assert_int_equal(cfg.repairs_per_day, 2);
	assert_string_equal(cfg.stop_phrase[0], "Pause");
	assert_string_equal(cfg.stop_phrase[1], "Breathe");
	assert_int_equal(cfg.n_red_lines, 2);
	assert_string_equal(cfg.red_lines[0], "No yelling");
	assert_string_equal(cfg.red_lines[1], "No sulking");
	assert_int_equal(cfg.pause_minutes, 30);
	assert_int_equal(cfg.return_within_hours, 12);
	assert_string_equal(cfg.database, "/var/tmp/us.db");
	assert_true(cfg.discreet);
	snprintf(want, sizeof want, "%s/plans/our.conf", t->dir);
	assert_string_equal(cfg.plan_file, want);
	assert_int_equal(cfg.stabilization_days, 21);
	assert_true(cfg.stabilization_given);
	assert_string_equal(cfg.therapist, "Dr. Rivera, 555-0100");
	assert_false(cfg.numbers);
	assert_string_equal(cfg.emergency, "112, or Jo next door");
	config_free(&cfg);
	assert_null(cfg.partner[0]);
	config_free(&cfg); /* a freed config can be freed again */
}

static void test_defaults(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	char want[256];

	setenv("XDG_DATA_HOME", t->dir, 1);
	write_text(t->path, "partner \"Alex\" {}\npartner \"Sam\" {}\n"
	           "start-date = 2026-11-23\n");
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.color[0], "cyan");
	assert_string_equal(cfg.color[1], "magenta");
	assert_int_equal(cfg.start_date, day("2026-11-23"));
	assert_int_equal(cfg.checkin_time, 21 * 60);
	assert_int_equal(cfg.checkin_minutes, 15);
	assert_int_equal(cfg.day_starts_at, 4 * 60);
	assert_int_equal(cfg.gestures_min, 2);
	assert_int_equal(cfg.gestures_max, 5);
	assert_int_equal(cfg.repairs_per_day, 1);
	assert_string_equal(cfg.stop_phrase[0], "Time-out");
	assert_string_equal(cfg.stop_phrase[1], "This matters");
	assert_int_equal(cfg.n_red_lines, 3);
	assert_string_equal(cfg.red_lines[0], "No name-calling");
	assert_string_equal(cfg.red_lines[1], "No threats of leaving during a fight");
	assert_string_equal(cfg.red_lines[2], "No reopening settled issues unless both agree");
	assert_int_equal(cfg.pause_minutes, 20);
	assert_int_equal(cfg.return_within_hours, 24);
	snprintf(want, sizeof want, "%s/tend/tend.db", t->dir);
	assert_string_equal(cfg.database, want);
	assert_false(cfg.discreet);
	assert_null(cfg.plan_file);
	assert_int_equal(cfg.stabilization_days, 14);
	assert_false(cfg.stabilization_given);
	assert_null(cfg.therapist);
	assert_true(cfg.numbers);
	assert_null(cfg.emergency);
	config_free(&cfg);
	unsetenv("XDG_DATA_HOME");
}

static void test_default_paths(void **state)
{
	(void)state;
	setenv("HOME", "/home/alex", 1);
	unsetenv("XDG_DATA_HOME");
	unsetenv("XDG_CONFIG_HOME");
	char *p = config_default_path(), *d = config_default_database();
	assert_string_equal(p, "/home/alex/.config/tend/tend.conf");
	assert_string_equal(d, "/home/alex/.local/share/tend/tend.db");
	free(p);
	free(d);
	setenv("XDG_CONFIG_HOME", "/x/conf/", 1);
	setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
	p = config_default_path();
	d = config_default_database();
	assert_string_equal(p, "/x/conf/tend/tend.conf");
	assert_string_equal(d, "/home/alex/.local/share/tend/tend.db");
	free(p);
	free(d);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
}

static void test_database_paths(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	char text[512], want[256], cwd[256];

	setenv("HOME", "/home/sam", 1);
	snprintf(text, sizeof text, REQ "database = \"~/us/tend.db\"\n");
	write_text(t->path, text);
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.database, "/home/sam/us/tend.db");
	config_free(&cfg);

	write_text(t->path, REQ "database = \"data/tend.db\"\n");
	load_ok(t->path, &cfg);
	snprintf(want, sizeof want, "%s/data/tend.db", t->dir);
	assert_string_equal(cfg.database, want);
	config_free(&cfg);

	/* A config named without a directory: relative to the working one. */
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(t->dir), 0);
	load_ok("tend.conf", &cfg);
	assert_string_equal(cfg.path, "tend.conf");
	assert_string_equal(cfg.database, want);
	config_free(&cfg);
	assert_int_equal(chdir(cwd), 0);
}

static void test_empty_red_lines_and_extras(void **state)
{
	struct tmp *t = *state;
	struct config cfg;

	/* A byte-order mark, CRLF line ends, comments of every kind. */
	write_text(t->path, "\xEF\xBB\xBF// our settings\r\n"
	           "partner \"Alex\" { color = \"cyan\" }\r\n"
	           "/* the second\r\n   partner */ partner \"Sam\" {}\r\n"
	           "start-date = \"2026-11-23\" # day one\r\n"
	           "red-lines = {}\r\ntherapist = \"  \"\r\n");
	load_ok(t->path, &cfg);
	assert_int_equal(cfg.n_red_lines, 0);
	assert_null(cfg.red_lines);
	assert_null(cfg.therapist);
	/* No invitations unless written, and none printed unless asked. */
	assert_int_equal(cfg.n_invitations, 0);
	assert_false(cfg.print_windows);
	assert_false(cfg.print_invitations);
	assert_string_equal(cfg.partner[1], "Sam");
	config_free(&cfg);
}

static void test_example_file_loads(void **state)
{
	(void)state;
	struct config cfg;
	load_ok(TEST_SRCDIR "/../data/tend.conf.example", &cfg);
	assert_string_equal(cfg.partner[0], "Alex");
	assert_string_equal(cfg.partner[1], "Sam");
	assert_int_equal(cfg.start_date, day("2026-11-23"));
	assert_int_equal(cfg.checkin_time, 21 * 60);
	assert_int_equal(cfg.stabilization_days, 14);
	assert_int_equal(cfg.n_red_lines, 3);
	assert_int_equal(cfg.n_invitations, 0);
	config_free(&cfg);
}

/* The couple's invitations and the two print keys, as written. */
static void test_invitations(void **state)
{
	struct tmp *t = *state;
	struct config cfg;

	write_text(t->path, REQ "invitations = {\"Tea on the porch?\", \"Early night?\"}\n"
	           "print-windows = true\nprint-invitations = yes\n");
	load_ok(t->path, &cfg);
	assert_int_equal(cfg.n_invitations, 2);
	assert_string_equal(cfg.invitations[0], "Tea on the porch?");
	assert_string_equal(cfg.invitations[1], "Early night?");
	assert_true(cfg.print_windows);
	assert_true(cfg.print_invitations);
	config_free(&cfg);
}

/* Each partner section has its own color; += adds to a list given before. */
static void test_keys_given_once(void **state)
{
	struct tmp *t = *state;
	struct config cfg;

	write_text(t->path, "partner \"Alex\" { color = \"red\" }\n"
	           "partner \"Sam\" { color = \"blue\" }\nstart-date = 2026-11-23\n"
	           "red-lines = {\"a\"}\nred-lines += {\"b\"}\nred-lines += {\"c\"}\n"
	           "stabilization-days = 14\n");
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.color[0], "red");
	assert_string_equal(cfg.color[1], "blue");
	assert_int_equal(cfg.n_red_lines, 3);
	assert_string_equal(cfg.red_lines[2], "c");
	/* Set, though to the default: the couple chose it. */
	assert_int_equal(cfg.stabilization_days, 14);
	assert_true(cfg.stabilization_given);
	config_free(&cfg);
}

/* libconfuse's other words for true and false, as tend.conf(5) lists them. */
static void test_discreet_words(void **state)
{
	struct tmp *t = *state;
	const char *yes[] = { "yes", "on", "TRUE" }, *no[] = { "no", "off", "False" };
	struct config cfg;
	char text[256];

	for (int i = 0; i < 3; i++) {
		snprintf(text, sizeof text, REQ "discreet = %s\n", yes[i]);
		write_text(t->path, text);
		load_ok(t->path, &cfg);
		assert_true(cfg.discreet);
		config_free(&cfg);
		snprintf(text, sizeof text, REQ "discreet = %s\n", no[i]);
		write_text(t->path, text);
		load_ok(t->path, &cfg);
		assert_false(cfg.discreet);
		config_free(&cfg);
	}
}

/* database = "~" is the home directory itself. */
static void test_database_home(void **state)
{
	struct tmp *t = *state;

	setenv("HOME", t->dir, 1);
	expect_error(t, REQ "database = \"~\"\n", ":4: database: \"~\" is a directory (the "
	             "path of a file, e.g. \"~/tend.db\")");
	expect_error(t, REQ "database = \"~/\"\n", ":4: database: \"~/\" is a directory (the "
	             "path of a file, e.g. \"~/tend.db\")");
}

/* ---- files that do not load: the exact message for each mistake ---- */

struct bad {
	const char *name;
	const char *text;
	const char *msg; /* after the file's path */
};

#define P1 "partner \"Alex\" { color = \"cyan\" }\n"
#define P2 "partner \"Sam\" { color = \"magenta\" }\n"
#define SD "start-date = \"2026-11-23\"\n"
#define INT_RANGE(lo, hi) "(a whole number from " #lo " to " #hi ")"

static const struct bad bad_files[] = {
	{ "start-date month 13", P1 P2 "start-date = \"2026-13-01\"\n",
	  ":3: start-date: \"2026-13-01\" is not a date (YYYY-MM-DD)" },
	{ "start-date 30 February", P1 P2 "start-date = \"2026-02-30\"\n",
	  ":3: start-date: \"2026-02-30\" is not a date (YYYY-MM-DD)" },
	{ "start-date short year", P1 P2 "start-date = 26-11-23\n",
	  ":3: start-date: \"26-11-23\" is not a date (YYYY-MM-DD)" },
	{ "start-date words", P1 P2 "start-date = \"tomorrow\"\n",
	  ":3: start-date: \"tomorrow\" is not a date (YYYY-MM-DD)" },
	{ "checkin-time 25:00", REQ "checkin-time = \"25:00\"\n",
	  ":4: checkin-time: \"25:00\" is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")" },
	{ "checkin-time 9pm", REQ "checkin-time = \"9pm\"\n",
	  ":4: checkin-time: \"9pm\" is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")" },
	{ "checkin-time 9:00", REQ "checkin-time = \"9:00\"\n",
	  ":4: checkin-time: \"9:00\" is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")" },
	{ "day-starts-at 24:00", REQ "\nday-starts-at = \"24:00\"\n",
	  ":5: day-starts-at: \"24:00\" is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")" },
	{ "checkin-minutes 0", REQ "checkin-minutes = 0\n",
	  ":4: checkin-minutes: \"0\" is out of range " INT_RANGE(1, 120) },
	{ "checkin-minutes 121", REQ "checkin-minutes = 121\n",
	  ":4: checkin-minutes: \"121\" is out of range " INT_RANGE(1, 120) },
	{ "checkin-minutes words", REQ "checkin-minutes = \"a while\"\n",
	  ":4: checkin-minutes: \"a while\" is not a number " INT_RANGE(1, 120) },
	{ "checkin-minutes fraction", REQ "checkin-minutes = 15.5\n",
	  ":4: checkin-minutes: \"15.5\" is not a number " INT_RANGE(1, 120) },
	{ "checkin-minutes huge", REQ "checkin-minutes = 99999999999999999999\n",
	  ":4: checkin-minutes: \"99999999999999999999\" is out of range " INT_RANGE(1, 120) },
	{ "week-starts-on mon", REQ "week-starts-on = mon\n",
	  ":4: week-starts-on: \"mon\" is not a day of the week (monday, tuesday, ... sunday)" },
	{ "gestures-per-day one number", REQ "gestures-per-day = {2}\n",
	  ":4: gestures-per-day: 1 number (two numbers, {fewest, most}, each 0 to 20, e.g. {2, 5})" },
	{ "gestures-per-day three numbers", REQ "gestures-per-day = {1, 2, 3}\n",
	  ":4: gestures-per-day: 3 numbers (two numbers, {fewest, most}, each 0 to 20, e.g. {2, 5})" },
	{ "gestures-per-day empty", REQ "gestures-per-day = {}\n",
	  ":4: gestures-per-day: 0 numbers (two numbers, {fewest, most}, each 0 to 20, e.g. {2, 5})" },
	{ "gestures-per-day reversed", REQ "gestures-per-day = {5, 2}\n",
	  ":4: gestures-per-day: {5, 2} has the larger number first ({fewest, most}, e.g. {2, 5})" },
	{ "gestures-per-day 21", REQ "gestures-per-day = {2,\n 21}\n",
	  ":5: gestures-per-day: \"21\" is out of range " INT_RANGE(0, 20) },
	{ "gestures-per-day negative", REQ "gestures-per-day = {-1, 2}\n",
	  ":4: gestures-per-day: \"-1\" is out of range " INT_RANGE(0, 20) },
	{ "repairs-per-day 21", REQ "repairs-per-day = 21\n",
	  ":4: repairs-per-day: \"21\" is out of range " INT_RANGE(0, 20) },
	{ "touch-per-week 15", REQ "touch-per-week = 15\n",
	  ":4: touch-per-week: \"15\" is out of range " INT_RANGE(0, 14) },
	{ "pause-minutes 0", REQ "pause-minutes = 0\n",
	  ":4: pause-minutes: \"0\" is out of range " INT_RANGE(1, 240) },
	{ "pause-minutes 241", REQ "pause-minutes = 241\n",
	  ":4: pause-minutes: \"241\" is out of range " INT_RANGE(1, 240) },
	{ "return-within-hours 73", REQ "return-within-hours = 73\n",
	  ":4: return-within-hours: \"73\" is out of range " INT_RANGE(1, 72) },
	{ "return-within-hours 0", REQ "return-within-hours = 0\n",
	  ":4: return-within-hours: \"0\" is out of range " INT_RANGE(1, 72) },
	{ "stabilization-days 0", REQ "stabilization-days = 0\n",
	  ":4: stabilization-days: \"0\" is out of range " INT_RANGE(1, 60) },
	{ "stabilization-days 61", REQ "stabilization-days = 61\n",
	  ":4: stabilization-days: \"61\" is out of range " INT_RANGE(1, 60) },
	{ "stop-phrases one", REQ "stop-phrases = {\"Time-out\"}\n",
	  ":4: stop-phrases: 1 phrase (exactly two, e.g. {\"Time-out\", \"This matters\"})" },
	{ "stop-phrases three", REQ "stop-phrases = {\"a\", \"b\", \"c\"}\n",
	  ":4: stop-phrases: 3 phrases (exactly two, e.g. {\"Time-out\", \"This matters\"})" },
	{ "stop-phrases none", REQ "stop-phrases = {}\n",
	  ":4: stop-phrases: 0 phrases (exactly two, e.g. {\"Time-out\", \"This matters\"})" },
	{ "stop-phrases same", REQ "stop-phrases = {\"Stop\", \"stop\"}\n",
	  ":4: stop-phrases: both phrases are \"stop\" (two different phrases)" },
	{ "stop-phrases same beyond ASCII", REQ "stop-phrases = {\"Đứng lại\", \"ĐỨNG LẠI\"}\n",
	  ":4: stop-phrases: both phrases are \"ĐỨNG LẠI\" (two different phrases)" },
	{ "stop-phrases empty", REQ "stop-phrases = {\"Stop\", \" \"}\n",
	  ":4: stop-phrases: an empty phrase (a few words between the quotes)" },
	{ "red-lines empty", REQ "red-lines = {\n \"No yelling\",\n \"\"\n}\n",
	  ":6: red-lines: an empty phrase (a few words between the quotes)" },
	{ "red-lines thirteen", REQ "red-lines = {a, b, c, d, e, f, g, h, i, j, k, l, m}\n",
	  ":4: red-lines: 13 red lines (at most 12)" },
	{ "red-lines control", REQ "red-lines = {\"one\\ntwo\"}\n",
	  ":4: red-lines: \"one\\x0Atwo\" contains a control character (plain text on one line)" },
	{ "invitations seven", REQ "invitations = {a, b, c, d, e, f, g}\n",
	  ":4: invitations: 7 phrases (at most 6)" },
	{ "invitations empty", REQ "invitations = {\"Tea?\", \"\"}\n",
	  ":4: invitations: an empty phrase (a few words between the quotes)" },
	{ "invitations control", REQ "invitations = {\"tea\\e[31m\"}\n",
	  ":4: invitations: \"tea\\x1B[31m\" contains a control character (plain text on one line)" },
	{ "print-windows maybe", REQ "print-windows = maybe\n",
	  ":4: print-windows: \"maybe\" is not true or false (true or false)" },
	{ "discreet maybe", REQ "discreet = maybe\n",
	  ":4: discreet: \"maybe\" is not true or false (true or false)" },
	{ "therapist escape", REQ "therapist = \"call \\e[31m\"\n",
	  ":4: therapist: \"call \\x1B[31m\" contains a control character (plain text on one line)" },
	{ "emergency escape", REQ "emergency = \"call \\e[31m\"\n",
	  ":4: emergency: \"call \\x1B[31m\" contains a control character (plain text on one line)" },
	{ "numbers not a boolean", REQ "numbers = maybe\n",
	  ":4: numbers: \"maybe\" is not true or false (true or false)" },
	{ "therapist bad UTF-8 escape", REQ "therapist = \"\\xff\"\n",
	  ":4: therapist: \"\\xFF\" is not valid UTF-8 (plain text on one line)" },
	{ "checkin-minutes twice", REQ "checkin-minutes = 15\n# longer\ncheckin-minutes = 20\n",
	  ":6: checkin-minutes: given twice (the first is on line 4; keep one of them)" },
	{ "start-date twice", P1 P2 SD "start-date = \"2026-11-30\"\n",
	  ":4: start-date: given twice (the first is on line 3; keep one of them)" },
	{ "start-date twice, once quoted", P1 P2 SD "\"start-date\" = \"2026-11-30\"\n",
	  ":4: start-date: given twice (the first is on line 3; keep one of them)" },
	{ "discreet twice", REQ "discreet = true discreet = false\n",
	  ":4: discreet: given twice (the first is on line 4; keep one of them)" },
	{ "red-lines twice", REQ "red-lines = {\"a\"}\nred-lines += {\"b\"}\n"
	  "red-lines = {\"c\"}\n",
	  ":6: red-lines: given twice (the first is on line 4; keep one of them)" },
	{ "color twice", P1 "partner \"Sam\" {\n  color = \"red\"\n  color = \"blue\"\n}\n" SD,
	  ":4: color: given twice (the first is on line 3; keep one of them)" },
	{ "database a directory", REQ "database = \"/tmp\"\n",
	  ":4: database: \"/tmp\" is a directory (the path of a file, e.g. \"~/tend.db\")" },
	{ "database the config's directory", REQ "\ndatabase = \".\"\n",
	  ":5: database: \".\" is a directory (the path of a file, e.g. \"~/tend.db\")" },
	{ "database ~user", REQ "database = \"~bob/tend.db\"\n",
	  ":4: database: \"~bob/tend.db\": only ~/ is understood (~/path or a full path)" },
	{ "color pink", P1 "partner \"Sam\" { color = \"pink\" }\n" SD,
	  ":2: color: \"pink\" is not a color tend knows (black, red, green, yellow, blue, "
	  "magenta, cyan or white)" },
	{ "unknown key", REQ "\ncolour = 3\n",
	  ":5: colour: unknown key (tend.conf(5) lists the keys)" },
	{ "unknown key in partner", P1 "partner \"Sam\" {\n  colr = \"red\"\n}\n" SD,
	  ":3: colr: unknown key in a partner section (only color = \"NAME\" belongs there)" },
	{ "missing equals", REQ "checkin-minutes 15\n",
	  ":4: checkin-minutes: missing = after the key (key = value)" },
	{ "partner missing", SD,
	  ": partner: missing (add two lines like partner \"Alex\" { color = \"cyan\" })" },
	{ "one partner", "# us\n" P1 SD,
	  ":2: partner: only one partner (add a second line like partner \"Sam\" "
	  "{ color = \"magenta\" })" },
	{ "three partners", P1 P2 "partner \"Kim\" {}\n" SD,
	  ":3: partner: a third partner \"Kim\" (exactly two partner sections)" },
	{ "same names", P1 "partner \"Alex\" {}\n" SD,
	  ":2: partner: \"Alex\" is there twice (the two names must differ)" },
	{ "same names but case", P1 "\npartner \"ALEX\" {}\n" SD,
	  ":3: partner: \"ALEX\" is the same name as \"Alex\" (the two "
	  "names must differ)" },
	{ "partner named 2", "partner \"2\" {}\npartner \"1\" {}\n" SD,
	  ":1: partner: the name \"2\" stands for a partner's place in commands (a name "
	  "such as \"Alex\")" },
	{ "partner named 1", P1 "partner '1' {}\n" SD,
	  ":2: partner: the name \"1\" stands for a partner's place in commands (a name "
	  "such as \"Alex\")" },
	{ "empty name", P1 "partner \"\" { color = \"red\" }\n" SD,
	  ":2: partner: the name \"\" is empty (a name such as \"Alex\")" },
	{ "name with a tab", "partner \"Al\\tex\" {}\n" P2 SD,
	  ":1: partner: the name \"Al\\x09ex\" contains a control character (a name such as "
	  "\"Alex\")" },
	{ "name with spaces", P1 "partner \" Sam\" {}\n" SD,
	  ":2: partner: the name \" Sam\" starts or ends with a space (a name such as \"Alex\")" },
	{ "same names but accents", "partner \"Zoe\" {}\npartner \"ZOË\" {}\n" SD,
	  ":2: partner: \"ZOË\" is the same name as \"Zoe\" (the two names must differ)" },
	{ "name only a direction override", P1 "partner \"\u202E\" {}\n" SD,
	  ":2: partner: the name \"\u202E\" has no letter in it (a name such as \"Alex\")" },
	{ "name with an override", P1 "partner \"Sam\u202Eevil\" {}\n" SD,
	  ":2: partner: the name \"Sam\u202Eevil\" contains an invisible character that "
	  "reorders text (a name such as \"Alex\")" },
	{ "name 41 columns", P1 "partner \"Maximiliana Johanna Theresia von Wolkenst\" {}\n" SD,
	  ":2: partner: the name \"Maximiliana Johanna Theresia von Wolkenst\" is wider than 40 "
	  "columns (a name such as \"Alex\")" },
	{ "name 21 wide letters", P1 "partner \"美美美美美美美美美美美美美美美美美美美美美\" {}\n" SD,
	  ":2: partner: the name \"美美美美美美美美美美美美美美美美...\" is wider than 40 "
	  "columns (a name such as \"Alex\")" },
	{ "name without a letter", P1 "partner \"<3\" {}\n" SD,
	  ":2: partner: the name \"<3\" has no letter in it (a name such as \"Alex\")" },
	{ "partner without a name", P1 "partner { color = \"red\" }\n" SD,
	  ":2: partner: the name is missing (partner \"NAME\" { color = \"cyan\" })" },
	{ "start-date missing", P1 P2 "checkin-time = \"21:00\"\n",
	  ": start-date: missing (add start-date = \"YYYY-MM-DD\")" },
	{ "unterminated string", P1 P2 "start-date = \"2026-11-23\n\n",
	  ":3: start-date: the quote opened here is never closed (add the closing \")" },
	{ "unterminated brace", P1 "partner \"Sam\" {\n  color = \"red\"\n" SD,
	  ":2: partner: the { here is never closed (add the missing })" },
	{ "unterminated list", REQ "red-lines = {\"a\",\n \"b\"\n",
	  ":4: red-lines: the { here is never closed (add the missing })" },
	{ "unterminated comment", REQ "/* later:\ncheckin-time = \"20:00\"\n",
	  ":4: a /* comment is never closed (end it with */)" },
	{ "stray brace", REQ "}\n",
	  ":4: a } that closes nothing (remove it)" },
	{ "value missing at the end", REQ "checkin-time =\n",
	  ":4: the file ends in the middle of a setting (key = value)" },
	{ "bare key at the end", REQ "therapist\n",
	  ":4: the file ends in the middle of a setting (key = value)" },
	{ "bare key before blank lines and comments", REQ "therapist\r\n\n  # later\n/* x */\n",
	  ":4: the file ends in the middle of a setting (key = value)" },
	{ "bare key without a line break", REQ "\ntherapist",
	  ":5: the file ends in the middle of a setting (key = value)" },
	{ "${ outside quotes", REQ "therapist = ${HOME}\n",
	  ":4: therapist: ${ outside quotes is not allowed (write the value in double "
	  "quotes; it is taken as written)" },
	{ "${ outside quotes in a list", REQ "red-lines = {\"a\",\n ${HOME}}\n",
	  ":5: red-lines: ${ outside quotes is not allowed (write the value in double "
	  "quotes; it is taken as written)" },
	{ "bad escape", REQ "therapist = \"C:\\9\"\n",
	  ":4: unknown escape \"\\9\" in quoted text (write \\\\ for a backslash)" },
	{ "invalid UTF-8", REQ "therapist = \"caf\xe9\"\n",
	  ":4: the text is not valid UTF-8 (save the file as UTF-8)" },
	{ "overlong UTF-8", "\n\xc0\xaf" REQ,
	  ":2: the text is not valid UTF-8 (save the file as UTF-8)" },
};

static void test_bad_file(void **state)
{
	const struct bad *b = ((void **)*state)[0];
	expect_error(((void **)*state)[1], b->text, b->msg);
}

static void test_binary_file(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	struct tend_err err = { 0 };
	char want[256];

	write_bytes(t->path, REQ "x\0y\n", sizeof REQ + 3);
	assert_int_equal(config_load(t->path, &cfg, NULL, &err), TEND_E_USAGE);
	snprintf(want, sizeof want, "%s:4: the file holds a NUL byte, so it is not a text "
	         "file (a tend config is plain UTF-8 text)", t->path);
	assert_string_equal(err.msg, want);
}

static void test_huge_file(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	struct tend_err err = { 0 };
	char want[256];
	size_t n = 64 * 1024 + 1;
	char *big = malloc(n + 1);

	assert_non_null(big);
	memset(big, '#', n);
	big[n] = '\0';
	write_text(t->path, big);
	assert_int_equal(config_load(t->path, &cfg, NULL, &err), TEND_E_USAGE);
	snprintf(want, sizeof want, "%s: the file is larger than 64 KiB (a tend config is "
	         "a short text file; is this the right file?)", t->path);
	assert_string_equal(err.msg, want);
	/* Exactly 64 KiB of comments is still read (and then lacks the keys). */
	big[n - 1] = '\0';
	write_text(t->path, big);
	assert_int_equal(config_load(t->path, &cfg, NULL, &err), TEND_E_USAGE);
	snprintf(want, sizeof want, "%s: partner: missing", t->path);
	assert_memory_equal(err.msg, want, strlen(want));
	free(big);
}

static void test_directory(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	struct tend_err err = { 0 };
	bool missing = true;
	char want[256];

	assert_int_equal(config_load(t->dir, &cfg, &missing, &err), TEND_E_USAGE);
	assert_false(missing);
	snprintf(want, sizeof want, "%s: is a directory (give the path of the config file)",
	         t->dir);
	assert_string_equal(err.msg, want);
}

static void test_missing_file(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	struct tend_err err = { 0 };
	bool missing = false;
	char want[256];

	assert_int_equal(config_load(t->path, &cfg, &missing, &err), TEND_E_RUNTIME);
	assert_int_equal(err.code, TEND_E_RUNTIME);
	assert_true(missing);
	snprintf(want, sizeof want, "%s: no such file", t->path);
	assert_string_equal(err.msg, want);
	assert_int_equal(config_load(t->path, &cfg, NULL, &err), TEND_E_RUNTIME);
}

static void test_unreadable_file(void **state)
{
	struct tmp *t = *state;
	struct config cfg;
	struct tend_err err = { 0 };
	char want[256];

	if (geteuid() == 0)
		skip(); /* root reads any file */
	write_text(t->path, REQ);
	assert_int_equal(chmod(t->path, 0), 0);
	assert_int_equal(config_load(t->path, &cfg, NULL, &err), TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s: cannot open it (Permission denied)", t->path);
	assert_string_equal(err.msg, want);
}

static void test_empty_file(void **state)
{
	expect_error(*state, "", ": partner: missing (add two lines like partner \"Alex\" "
	             "{ color = \"cyan\" })");
}

/* libconfuse 3.3 puts an environment variable in place of ${NAME} inside
 * double quotes, with no way to turn it off: the reader keeps every $ as
 * written, in names, phrases, lists and paths alike. */
static void test_dollar_as_written(void **state)
{
	struct tmp *t = *state;
	struct config cfg;

	setenv("TEND_TEST_USER", "Mallory", 1);
	write_text(t->path,
		"partner \"${TEND_TEST_USER}x\" { color = \"cyan\" }\n"
		"partner \"$ab ${TEND_TEST_USER:-me}\" { color = \"red\" }\n"
		"start-date = \"2026-11-23\"\n"
		"stop-phrases = {\"Cost: $5\", \"\\${TEND_TEST_USER}\"}\n"
		"red-lines = {'${TEND_TEST_USER}', \"a $ \\\\${x}\"}\n"
		"therapist = \"${TEND_TEST_USER}\"\n");
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.partner[0], "${TEND_TEST_USER}x");
	assert_string_equal(cfg.partner[1], "$ab ${TEND_TEST_USER:-me}");
	assert_string_equal(cfg.stop_phrase[0], "Cost: $5");
	assert_string_equal(cfg.stop_phrase[1], "${TEND_TEST_USER}");
	assert_int_equal(cfg.n_red_lines, 2);
	assert_string_equal(cfg.red_lines[0], "${TEND_TEST_USER}");
	assert_string_equal(cfg.red_lines[1], "a $ \\${x}");
	assert_string_equal(cfg.therapist, "${TEND_TEST_USER}");
	config_free(&cfg);
	unsetenv("TEND_TEST_USER");
}

/* ---- writing a first config ---- */

static void round_trip(struct tmp *t, const char *name1, const char *name2)
{
	struct config cfg;
	struct tend_err err = { 0 };

	unlink(t->path);
	int rc = config_write_initial(t->path, name1, name2, day("2026-11-23"), 21 * 60 + 5,
	                              &err);
	if (rc != TEND_OK)
		fail_msg("config_write_initial: %s", err.msg);
	load_ok(t->path, &cfg);
	assert_string_equal(cfg.partner[0], name1);
	assert_string_equal(cfg.partner[1], name2);
	assert_string_equal(cfg.color[0], "cyan");
	assert_string_equal(cfg.color[1], "magenta");
	assert_int_equal(cfg.start_date, day("2026-11-23"));
	assert_int_equal(cfg.checkin_time, 21 * 60 + 5);
	assert_int_equal(cfg.checkin_minutes, 15);
	assert_int_equal(cfg.n_red_lines, 3);
	config_free(&cfg);
}

static void test_write_initial_round_trip(void **state)
{
	struct tmp *t = *state;
	round_trip(t, "Zoë", "Đức");
	round_trip(t, "Jo \"JJ\" O'Neil", "back\\slash\\");
	round_trip(t, "$HOME", "${HOME}x\\x24");
	round_trip(t, "# not a comment", "日本");
}

static void test_write_initial_file(void **state)
{
	struct tmp *t = *state;
	struct tend_err err = { 0 };
	struct stat st;
	char path[320], dir[256];

	snprintf(dir, sizeof dir, "%s/new", t->dir);
	snprintf(path, sizeof path, "%s/deeper/tend.conf", dir);
	assert_int_equal(config_write_initial(path, "Alex", "Sam", day("2026-11-23"),
	                                      21 * 60, &err), TEND_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	strcat(dir, "/deeper");
	assert_int_equal(stat(dir, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);

	char *text = read_text(path);
	assert_non_null(strstr(text, "\npartner \"Alex\" { color = \"cyan\" }\n"
	                       "partner \"Sam\" { color = \"magenta\" }\n"));
	assert_non_null(strstr(text, "\nstart-date = \"2026-11-23\"\n"));
	assert_non_null(strstr(text, "\ncheckin-time = \"21:00\"\n"));
	assert_non_null(strstr(text, "\n# How long the check-in lasts, in minutes (1 to 120)."
	                       "\n#checkin-minutes = 15\n"));
	assert_non_null(strstr(text, "\n#gestures-per-day = {2, 5}\n"));
	assert_non_null(strstr(text, "\n#discreet = false\n"));
	assert_non_null(strstr(text, "\n#therapist = \"\"\n"));
	assert_non_null(strstr(text, "\n#numbers = true\n"));
	assert_non_null(strstr(text, "\n#emergency = \"\"\n"));
	free(text);


	/* It never overwrites. */
	text = read_text(path);
	assert_int_equal(config_write_initial(path, "Kim", "Lee", day("2026-11-23"), 0, &err),
	                 TEND_E_RUNTIME);
	char *after = read_text(path);
	assert_string_equal(after, text);
	free(after);
	free(text);
	char want[512];
	snprintf(want, sizeof want, "%s: already exists (tend never overwrites a config; "
	         "edit it, or move it away first)", path);
	assert_string_equal(err.msg, want);
}

static void test_write_initial_rejects(void **state)
{
	struct tmp *t = *state;
	struct tend_err err = { 0 };
	struct stat st;
	tend_day d = day("2026-11-23");

	assert_int_equal(config_write_initial(t->path, "", "Sam", d, 0, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 1: the name \"\" is empty (a name such as \"Alex\")");
	assert_int_equal(config_write_initial(t->path, "Alex", "al\nex", d, 0, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 2: the name \"al\\x0Aex\" contains a control "
	                    "character (a name such as \"Alex\")");
	assert_int_equal(config_write_initial(t->path, "Alex", "aLEX", d, 0, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 2: \"aLEX\" is the same name as \"Alex\" (the "
	                    "two names must differ)");
	assert_int_equal(config_write_initial(t->path, "1", "Sam", d, 0, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 1: the name \"1\" stands for a partner's place "
	                    "in commands (a name such as \"Alex\")");
	/* The same rule as the loader: 40 columns, a letter, accents ignored. */
	assert_int_equal(config_write_initial(t->path, "Alex", "Alexandra-Maximiliane von "
	                                      "Hohenzollern-Si", d, 0, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 2: the name \"Alexandra-Maximiliane von "
	                    "Hohenzollern-Si\" is wider than 40 columns (a name such as \"Alex\")");
	assert_int_equal(config_write_initial(t->path, "\xE2\x80\xAE", "Sam", d, 0, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 1: the name \"\xE2\x80\xAE\" has no letter in "
	                    "it (a name such as \"Alex\")");
	assert_int_equal(config_write_initial(t->path, "Zoë", "zoe", d, 0, &err), TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 2: \"zoe\" is the same name as \"Zoë\" (the "
	                    "two names must differ)");
	assert_int_equal(config_write_initial(t->path, "Alex", "Sam", DAY_INVALID, 0, &err),
	                 TEND_E_USAGE);
	assert_int_equal(config_write_initial(t->path, "Alex", "Sam", d, 24 * 60, &err),
	                 TEND_E_USAGE);
	assert_int_equal(stat(t->path, &st), -1); /* nothing written */
}

/* No path (config_default_path found no home) and a path that cannot be
 * made: a plain message, the file's name made printable, nothing written. */
static void test_write_initial_bad_path(void **state)
{
	struct tmp *t = *state;
	struct tend_err err = { 0 };
	tend_day d = day("2026-11-23");
	char path[256], want[512];

	assert_int_equal(config_write_initial(NULL, "Alex", "Sam", d, 0, &err),
	                 TEND_E_RUNTIME);
	assert_string_equal(err.msg, "cannot find your home directory to put the config "
	                    "in (set HOME, or name the config file)");
	assert_int_equal(config_write_initial("", "Alex", "Sam", d, 0, &err),
	                 TEND_E_RUNTIME);
	assert_string_equal(err.msg, "cannot find your home directory to put the config "
	                    "in (set HOME, or name the config file)");
	/* A file where a directory should be, with an escape in its name. */
	snprintf(path, sizeof path, "%s/f\033[2J", t->dir);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fclose(fp);
	char conf[300];
	snprintf(conf, sizeof conf, "%s/tend.conf", path);
	assert_int_equal(config_write_initial(conf, "Alex", "Sam", d, 0, &err),
	                 TEND_E_RUNTIME);
	snprintf(want, sizeof want, "%s/f\\x1B[2J/tend.conf: cannot create it (%s)",
	         t->dir, strerror(ENOTDIR));
	assert_string_equal(err.msg, want);
	unlink(path);
}

/* The written file names the keys in the order the man page explains them. */
static void test_man_page_order(void **state)
{
	struct tmp *t = *state;
	struct tend_err err = { 0 };
	char *man = read_text(TEST_SRCDIR "/../man/tend.conf.5");

	assert_int_equal(config_write_initial(t->path, "Alex", "Sam", day("2026-11-23"),
	                                      21 * 60, &err), TEND_OK);
	char *conf = read_text(t->path);
	const char *m = man;
	char last[64] = "";
	int keys = 0;
	for (char *line = strtok(conf, "\n"); line; line = strtok(NULL, "\n")) {
		char key[64];
		if (sscanf(line, "#%63[a-z-] =", key) != 1 && sscanf(line, "%63[a-z-] ", key) != 1)
			continue;
		if (strcmp(key, last) == 0)
			continue; /* the second partner */
		strcpy(last, key);
		char want[160] = "\n.B ";
		for (const char *k = key; *k; k++)
			strcat(want, *k == '-' ? "\\-" : (char[]){ *k, '\0' });
		strcat(want, "\n");
		const char *at = strstr(m, want);
		if (!at)
			fail_msg("man/tend.conf.5 lacks \".B %s\" after the keys before it", key);
		m = at + 1;
		keys++;
	}
	assert_int_equal(keys, 27); /* issue 10 and the calendar brought seven */
	free(conf);
	free(man);
}

/* ---- partners ---- */

static void test_partner_lookup(void **state)
{
	struct tmp *t = *state;
	struct config cfg;

	write_text(t->path, "partner \"Zoë\" {}\npartner \"Sam\" {}\n" SD);
	load_ok(t->path, &cfg);
	/* Letters beyond ASCII fold as the user's (UTF-8) locale says. */
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	assert_int_equal(config_partner_lookup(&cfg, "1"), 1);
	assert_int_equal(config_partner_lookup(&cfg, "2"), 2);
	assert_int_equal(config_partner_lookup(&cfg, "3"), 0);
	assert_int_equal(config_partner_lookup(&cfg, "sam"), 2);
	assert_int_equal(config_partner_lookup(&cfg, "SAM"), 2);
	assert_int_equal(config_partner_lookup(&cfg, "Zoë"), 1);
	assert_int_equal(config_partner_lookup(&cfg, "zoë"), 1);
	assert_int_equal(config_partner_lookup(&cfg, "ZOË"), 1);
	/* Without its accent too, in any locale (Zoe and Zoë cannot both be
	 * partners, so this is never ambiguous). */
	assert_int_equal(config_partner_lookup(&cfg, "Zoe"), 1);
	assert_int_equal(config_partner_lookup(&cfg, "ZOE"), 1);
	assert_int_equal(config_partner_lookup(&cfg, "Zoe\xCC\x88"), 1); /* e + combining diaeresis */
	assert_int_equal(config_partner_lookup(&cfg, "Zo"), 0);
	assert_int_equal(config_partner_lookup(&cfg, "Sa"), 0);
	assert_int_equal(config_partner_lookup(&cfg, ""), 0);
	assert_int_equal(config_partner_lookup(&cfg, NULL), 0);
	setlocale(LC_CTYPE, "C");
	config_free(&cfg);
}

/* Names that differ only in the case of a letter beyond ASCII are the same
 * name to config_partner_lookup, so they are refused too. */
static void test_same_names_folded(void **state)
{
	struct tmp *t = *state;
	struct tend_err err = { 0 };
	tend_day d = day("2026-11-23");

	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	expect_error(t, "partner \"Élise\" {}\npartner \"élise\" {}\n" SD,
	             ":2: partner: \"élise\" is the same name as \"Élise\" (the two names "
	             "must differ)");
	expect_error(t, "partner 'Đức' {}\n\npartner 'ĐỨC' {}\n" SD,
	             ":3: partner: \"ĐỨC\" is the same name as \"Đức\" (the two names "
	             "must differ)");
	assert_int_equal(config_write_initial(t->path, "Zoë", "ZOË", d, 0, &err),
	                 TEND_E_USAGE);
	assert_string_equal(err.msg, "partner 2: \"ZOË\" is the same name as \"Zoë\" (the "
	                    "two names must differ)");
	/* Without accents too: Élise and Elise read as one name. */
	expect_error(t, "partner \"Élise\" {}\npartner \"Elise\" {}\n" SD,
	             ":2: partner: \"Elise\" is the same name as \"Élise\" (the two names "
	             "must differ)");
	/* In every locale, and different letters are still different names. */
	setlocale(LC_CTYPE, "C");
	expect_error(t, "partner 'Đức' {}\n\npartner 'DUC' {}\n" SD,
	             ":3: partner: \"DUC\" is the same name as \"Đức\" (the two names "
	             "must differ)");
	write_text(t->path, "partner \"Élise\" {}\npartner \"Eliza\" {}\n" SD);
	struct config cfg;
	load_ok(t->path, &cfg);
	config_free(&cfg);
}

static void test_color_names(void **state)
{
	(void)state;
	size_t n = 0;
	while (config_color_names[n])
		n++;
	assert_int_equal(n, 8);
	assert_string_equal(config_color_names[0], "black");
	assert_string_equal(config_color_names[7], "white");
}

/* Each bad file is its own test, named after the mistake. */
static int bad_setup(void **state)
{
	void **pair = calloc(2, sizeof *pair);
	assert_non_null(pair);
	pair[0] = *state;
	tmp_setup(&pair[1]);
	*state = pair;
	return 0;
}

static int bad_teardown(void **state)
{
	void **pair = *state;
	tmp_teardown(&pair[1]);
	free(pair);
	return 0;
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, tmp_setup, tmp_teardown)

int main(void)
{
	const struct CMUnitTest fixed[] = {
		T(test_full_file),
		T(test_defaults),
		T(test_default_paths),
		T(test_database_paths),
		T(test_empty_red_lines_and_extras),
		T(test_invitations),
		T(test_example_file_loads),
		T(test_keys_given_once),
		T(test_discreet_words),
		T(test_database_home),
		T(test_binary_file),
		T(test_huge_file),
		T(test_directory),
		T(test_missing_file),
		T(test_unreadable_file),
		T(test_empty_file),
		T(test_dollar_as_written),
		T(test_write_initial_round_trip),
		T(test_write_initial_file),
		T(test_write_initial_rejects),
		T(test_write_initial_bad_path),
		T(test_man_page_order),
		T(test_partner_lookup),
		T(test_same_names_folded),
		T(test_color_names),
	};
	enum { NFIXED = sizeof fixed / sizeof fixed[0],
	       NBAD = sizeof bad_files / sizeof bad_files[0] };
	struct CMUnitTest tests[NFIXED + NBAD];

	memcpy(tests, fixed, sizeof fixed);
	for (size_t i = 0; i < NBAD; i++)
		tests[NFIXED + i] = (struct CMUnitTest){
			.name = bad_files[i].name, .test_func = test_bad_file,
			.setup_func = bad_setup, .teardown_func = bad_teardown,
			.initial_state = (void *)&bad_files[i],
		};
	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
