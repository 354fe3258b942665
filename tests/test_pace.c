/* Unit tests for pace.c (the program's pauses and the plan's day without
 * them), store_pace.c, and rules.c with config_edit.c (the ground rules
 * written into the config, every other byte kept). Dates are pinned. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "tend/pace.h"
#include "tend/plan.h"
#include "tend/rules.h"

#include "practice_fixture.h"

#define D(y, m, d) day_from_ymd(y, m, d)

static struct pace_pause pause_of(tend_day from, tend_day to)
{
	return (struct pace_pause){ .from = from, .to = to };
}

/* ---- the plan's day ---------------------------------------------------------- */

static void test_no_pause(void **state)
{
	(void)state;
	struct pace none = { 0 };
	tend_day start = D(2026, 11, 1);
	for (tend_day d = start - 10; d < start + 100; d++) {
		assert_int_equal(pace_plan_day(&none, start, d), day_plan_number(start, d));
		assert_int_equal(pace_start(&none, start, d), start);
		assert_false(pace_paused_on(&none, d));
	}
	assert_null(pace_running(&none));
}

/* Paused on the 10th, back on the 13th: three days do not count. */
static void test_pause_in_the_middle(void **state)
{
	(void)state;
	struct pace_pause v[] = { pause_of(D(2026, 11, 10), D(2026, 11, 13)) };
	struct pace p = { v, 1 };
	tend_day start = D(2026, 11, 1);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 9)), 9);
	/* The paused days stand on the day the program goes on with. */
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 10)), 10);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 12)), 10);
	assert_true(pace_paused_on(&p, D(2026, 11, 12)));
	assert_false(pace_paused_on(&p, D(2026, 11, 13)));
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 13)), 10);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 20)), 17);
	assert_int_equal(pace_start(&p, start, D(2026, 11, 20)), D(2026, 11, 4));
	assert_int_equal(pace_paused_before(&p, start, D(2026, 11, 20)), 3);
	/* Weeks shift too: week 3 (days 15-21) starts on the 18th, not the 15th. */
	tend_day s = pace_start(&p, start, D(2026, 11, 20));
	assert_int_equal(plan_week_start(s, D(2026, 11, 20)), D(2026, 11, 18));
	assert_int_equal(plan_week_of(pace_plan_day(&p, start, D(2026, 11, 20))), 3);
	/* Day 60 comes three days later. */
	assert_int_equal(pace_plan_day(&p, start, D(2027, 1, 2)), 60);
	assert_null(pace_running(&p));
}

/* A pause still running: the day stands still however long it lasts. */
static void test_pause_running(void **state)
{
	(void)state;
	struct pace_pause v[] = { pause_of(D(2026, 11, 10), DAY_INVALID) };
	struct pace p = { v, 1 };
	tend_day start = D(2026, 11, 1);
	assert_ptr_equal(pace_running(&p), &v[0]);
	for (tend_day d = D(2026, 11, 10); d < D(2026, 12, 31); d++) {
		assert_true(pace_paused_on(&p, d));
		assert_int_equal(pace_plan_day(&p, start, d), 10);
	}
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 9)), 9);
}

static void test_two_pauses(void **state)
{
	(void)state;
	struct pace_pause v[] = {
		pause_of(D(2026, 11, 5), D(2026, 11, 8)),    /* 3 days */
		pause_of(D(2026, 11, 20), D(2026, 11, 22)),  /* 2 days */
	};
	struct pace p = { v, 2 };
	tend_day start = D(2026, 11, 1);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 8)), 5);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 19)), 16);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 21)), 17);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 22)), 17);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 12, 1)), 26);
	assert_int_equal(pace_paused_before(&p, start, D(2026, 12, 1)), 5);
}

/* Days paused before the plan began were never plan days. */
static void test_pause_before_start(void **state)
{
	(void)state;
	struct pace_pause v[] = { pause_of(D(2026, 10, 25), D(2026, 11, 3)) };
	struct pace p = { v, 1 };
	tend_day start = D(2026, 11, 1);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 10, 28)), day_plan_number(start, D(2026, 10, 28)));
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 3)), 1);
	assert_int_equal(pace_plan_day(&p, start, D(2026, 11, 10)), 8);
}

/* Where each plan day falls: paused days are skipped, the days after
 * today follow it one a day. */
static void test_date_of_day(void **state)
{
	(void)state;
	struct pace_pause v[] = { pause_of(D(2026, 11, 10), D(2026, 11, 13)) };
	struct pace p = { v, 1 };
	tend_day start = D(2026, 11, 1), today = D(2026, 11, 20);
	assert_int_equal(pace_date_of_day(&p, start, 1, today), D(2026, 11, 1));
	assert_int_equal(pace_date_of_day(&p, start, 9, today), D(2026, 11, 9));
	assert_int_equal(pace_date_of_day(&p, start, 10, today), D(2026, 11, 13));
	assert_int_equal(pace_date_of_day(&p, start, 17, today), today);
	assert_int_equal(pace_date_of_day(&p, start, 60, today), D(2027, 1, 2));
	assert_int_equal(pace_date_of_day(&p, start, 0, today), D(2026, 10, 31));
	/* Every day back maps to its number again. */
	for (int n = 1; n <= 60; n++)
		assert_int_equal(pace_plan_day(&p, start, pace_date_of_day(&p, start, n, today)), n);
	/* Without pauses, start + n - 1. */
	struct pace none = { 0 };
	for (int n = -5; n <= 70; n++)
		assert_int_equal(pace_date_of_day(&none, start, n, today), start + n - 1);
	/* Paused today: today is the day the program stands on. */
	struct pace_pause r[] = { pause_of(D(2026, 11, 18), DAY_INVALID) };
	struct pace run = { r, 1 };
	assert_int_equal(pace_date_of_day(&run, start, 18, today), today);
	assert_int_equal(pace_date_of_day(&run, start, 17, today), D(2026, 11, 17));
	assert_int_equal(pace_date_of_day(&run, start, 19, today), today + 1);
	/* The printed plan's dates: through the pauses, or every day from a
	 * start given by hand. */
	struct pace_dates paced = { .start = start, .pace = &p, .today = today };
	struct pace_dates by_hand = { .start = start, .pace = NULL, .today = today };
	assert_int_equal(pace_dates_day(&paced, 9), D(2026, 11, 9));
	assert_int_equal(pace_dates_day(&paced, 10), D(2026, 11, 13));
	assert_int_equal(pace_dates_day(&by_hand, 10), D(2026, 11, 10));
}

/* ---- pausing and resuming in the store ---------------------------------------- */

/* A database from before the pauses (schema 8) keeps its entries and gets
 * the table. */
static void test_migrate_keeps_entries(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct entry e = { .kind = ENTRY_CHECKIN, .partner = 1, .day = D(2026, 11, 5),
	                   .mood = 4, .stress = 2, .text = "Tea in bed" }, rep;
	assert_int_equal(store_add(p->app.st, &e, &rep, &err), TEND_OK);
	entry_clear(&rep);
	store_close(p->app.st);
	sqlite3 *db;
	assert_int_equal(sqlite3_open(p->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE pause; PRAGMA user_version = 8",
	                              NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	p->app.st = store_open(p->path, &err);
	assert_non_null(p->app.st);
	assert_int_equal(practice_count(p, ENTRY_CHECKIN), 1);
	struct entry got;
	assert_int_equal(store_get(p->app.st, ENTRY_CHECKIN, e.id, &got, &err), TEND_OK);
	assert_string_equal(got.text, "Tea in bed");
	entry_clear(&got);
	assert_int_equal(pace_load(&p->app.pace, p->app.st, &err), TEND_OK);
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 10), NULL, NULL,
	                            &err), TEND_OK);
	assert_int_equal(pace_load(&p->app.pace, p->app.st, &err), TEND_OK);
	assert_int_equal(p->app.pace.n, 1);
	pace_free(&p->app.pace);
}


static void reload(struct practice *p)
{
	struct tend_err err = { 0 };
	assert_int_equal(pace_load(&p->app.pace, p->app.st, &err), TEND_OK);
}

static void test_pause_resume_store(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	struct pace_pause made, back;
	reload(p);
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 10), "Flu",
	                            &made, &err), TEND_OK);
	reload(p);
	assert_int_equal(p->app.pace.n, 1);
	assert_string_equal(p->app.pace.v[0].reason, "Flu");
	assert_int_equal(p->app.pace.v[0].to, DAY_INVALID);
	/* Paused already. */
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 11), NULL, NULL,
	                            &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "already paused since Tue 10 Nov"));
	/* The program goes on on a later day only. */
	assert_int_equal(pace_resume(p->app.st, &p->app.pace, D(2026, 11, 10), NULL, &err),
	                 TEND_E_USAGE);
	assert_int_equal(pace_resume(p->app.st, &p->app.pace, D(2026, 11, 13), &back, &err),
	                 TEND_OK);
	reload(p);
	assert_int_equal(p->app.pace.v[0].to, D(2026, 11, 13));
	assert_int_equal(pace_plan_day(&p->app.pace, D(2026, 11, 1), D(2026, 11, 20)), 17);
	/* Not paused now; a new pause cannot reach back into the last one. */
	assert_int_equal(pace_resume(p->app.st, &p->app.pace, D(2026, 11, 14), NULL, &err),
	                 TEND_E_USAGE);
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 12), NULL, NULL,
	                            &err), TEND_E_USAGE);
	/* Undo the resume (running again), then the pause (gone). */
	assert_int_equal(pace_undo_resume(p->app.st, &back, &err), TEND_OK);
	reload(p);
	assert_non_null(pace_running(&p->app.pace));
	/* A stale undo (the pause changed since) is a conflict. */
	assert_int_equal(pace_undo_pause(p->app.st, &made, &err), TEND_E_CONFLICT);
	made.rev = p->app.pace.v[0].rev;
	assert_int_equal(pace_undo_pause(p->app.st, &made, &err), TEND_OK);
	reload(p);
	assert_int_equal(p->app.pace.n, 0);
	/* Purged with the other deleted records. */
	assert_int_equal(store_purge_deleted(p->app.st, INT64_MAX, &err), TEND_OK);
	assert_int_equal(store_pause_purge(p->app.st, INT64_MAX, &err), TEND_OK);
	pace_free(&p->app.pace);
}

static void test_pause_reason_checked(void **state)
{
	struct practice *p = *state;
	struct tend_err err = { 0 };
	char long_reason[PACE_REASON_MAX + 2];
	memset(long_reason, 'a', sizeof long_reason - 1);
	long_reason[sizeof long_reason - 1] = '\0';
	reload(p);
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 10), "a\033[2Jb",
	                            NULL, &err), TEND_E_USAGE);
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 10), long_reason,
	                            NULL, &err), TEND_E_USAGE);
	assert_non_null(strstr(err.msg, "201 characters"));
	reload(p);
	assert_int_equal(p->app.pace.n, 0);
	/* forget erases the pauses too. */
	assert_int_equal(pace_pause(p->app.st, &p->app.pace, D(2026, 11, 10), NULL, NULL,
	                            &err), TEND_OK);
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	reload(p);
	assert_int_equal(p->app.pace.n, 0);
	pace_free(&p->app.pace);
}

/* ---- the ground rules in the config file --------------------------------------- */

static const char conf_text[] =
	"# Our settings. Hand-written, please keep my notes.\n"
	"partner \"Alex\" { color = \"cyan\" }   # me\n"
	"partner \"Sam\" { color = \"magenta\" }\n"
	"\n"
	"start-date = \"2026-11-01\"\n"
	"// the phrases we agreed on in week 1\n"
	"stop-phrases = {\"Time-out\", \"This matters\"}   # said calmly\n"
	"/* a block\n   comment */\n"
	"# What you both agreed never to do in a fight (up to 12).\n"
	"#red-lines = {\n"
	"#    \"No name-calling\",\n"
	"#   \"No threats\"\n"
	"#}\n"
	"checkin-time = \"21:30\" # after the dishes\n";

struct conf_fixture {
	char dir[64], path[128];
	struct config cfg;
};

static void conf_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static char *conf_read(const char *path)
{
	static char buf[8192];
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static int conf_setup(void **state)
{
	struct conf_fixture *c = calloc(1, sizeof *c);
	strcpy(c->dir, "/tmp/tend-rules-XXXXXX");
	if (!c || !mkdtemp(c->dir))
		return -1;
	snprintf(c->path, sizeof c->path, "%s/tend.conf", c->dir);
	conf_write(c->path, conf_text);
	struct tend_err err = { 0 };
	if (config_load(c->path, &c->cfg, NULL, &err) != TEND_OK) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	*state = c;
	return 0;
}

static int conf_teardown(void **state)
{
	struct conf_fixture *c = *state;
	config_free(&c->cfg);
	nftw(c->dir, practice_remove_one, 16, FTW_DEPTH | FTW_PHYS);
	free(c);
	return 0;
}

static void test_rules_keep_comments(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 2, "Pause, $HOME \"please\"", &err),
	                 TEND_OK);
	/* Only the value changed; the comment after it stays. */
	char want[4096];
	snprintf(want, sizeof want, "%s", conf_text);
	char *at = strstr(want, "stop-phrases = {");
	const char *after = strstr(conf_text, "   # said calmly");
	snprintf(at, sizeof want - (size_t)(at - want),
	         "stop-phrases = {\"Time-out\", \"Pause, \\x24HOME \\\"please\\\"\"}%s", after);
	assert_string_equal(conf_read(c->path), want);
	assert_int_equal(rules_reload(&c->cfg, &err), TEND_OK);
	assert_string_equal(c->cfg.stop_phrase[1], "Pause, $HOME \"please\"");
	struct stat sb;
	assert_int_equal(stat(c->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
}

/* A key the file does not set goes under its commented default. */
/* A save taken back: the file's bytes exactly as before (0600); not when
 * the file was changed since. */
static void test_rules_undo(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	struct rules_change ch;
	chmod(c->path, 0644);
	assert_int_equal(rules_change_begin(&c->cfg, &ch, &err), TEND_OK);
	assert_int_equal(rules_set_red_line(&c->cfg, 1, "No shouting", &err), TEND_OK);
	assert_int_equal(rules_change_end(&c->cfg, &ch, &err), TEND_OK);
	assert_int_equal(rules_reload(&c->cfg, &err), TEND_OK);
	assert_string_equal(c->cfg.red_lines[0], "No shouting");
	assert_int_equal(rules_change_undo(&c->cfg, &ch, &err), TEND_OK);
	assert_string_equal(conf_read(c->path), conf_text);
	assert_string_not_equal(c->cfg.red_lines[0], "No shouting");
	struct stat sb;
	assert_int_equal(stat(c->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	rules_change_free(&ch);
	/* Changed by hand after the save: left as it is. */
	assert_int_equal(rules_change_begin(&c->cfg, &ch, &err), TEND_OK);
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "Stop", &err), TEND_OK);
	assert_int_equal(rules_change_end(&c->cfg, &ch, &err), TEND_OK);
	FILE *f = fopen(c->path, "a");
	assert_non_null(f);
	fputs("# by hand\n", f);
	fclose(f);
	char was[8192];
	snprintf(was, sizeof was, "%s", conf_read(c->path));
	assert_int_equal(rules_change_undo(&c->cfg, &ch, &err), TEND_E_CONFLICT);
	assert_string_equal(conf_read(c->path), was);
	rules_change_free(&ch);
	rules_change_free(NULL);
}

static void test_rules_add_red_line(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	size_t had = c->cfg.n_red_lines;
	assert_int_equal(rules_set_red_line(&c->cfg, had + 1, "No phones in a fight", &err),
	                 TEND_OK);
	char *text = conf_read(c->path);
	assert_non_null(strstr(text, "#}\nred-lines = {"));
	assert_non_null(strstr(text, "\"No phones in a fight\"}\ncheckin-time = \"21:30\" # after the dishes\n"));
	assert_non_null(strstr(text, "# Our settings. Hand-written, please keep my notes.\n"));
	assert_non_null(strstr(text, "/* a block\n   comment */\n"));
	assert_int_equal(rules_reload(&c->cfg, &err), TEND_OK);
	assert_int_equal(c->cfg.n_red_lines, had + 1);
	assert_string_equal(c->cfg.red_lines[had], "No phones in a fight");
	/* Removing the first keeps the others in order. */
	assert_int_equal(rules_set_red_line(&c->cfg, 1, NULL, &err), TEND_OK);
	assert_int_equal(rules_reload(&c->cfg, &err), TEND_OK);
	assert_int_equal(c->cfg.n_red_lines, had);
	assert_string_equal(c->cfg.red_lines[had - 1], "No phones in a fight");
}

/* Refused: the file is left byte for byte as it was. */
static void test_rules_refused(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	char big[RULES_TEXT_MAX + 2];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "this MATTERS", &err), TEND_E_USAGE);
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "   ", &err), TEND_E_USAGE);
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "a\nb", &err), TEND_E_USAGE);
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 3, "Stop", &err), TEND_E_USAGE);
	assert_int_equal(rules_set_red_line(&c->cfg, 1, big, &err), TEND_E_USAGE);
	assert_int_equal(rules_set_red_line(&c->cfg, 9, "Too far", &err), TEND_E_USAGE);
	const char *v[RULES_RED_LINES_MAX + 1];
	for (size_t i = 0; i <= RULES_RED_LINES_MAX; i++)
		v[i] = "A line";
	assert_int_equal(rules_set_red_lines(&c->cfg, v, RULES_RED_LINES_MAX + 1, &err),
	                 TEND_E_USAGE);
	assert_string_equal(conf_read(c->path), conf_text);
	/* A file that is no longer a good config is not touched either. */
	conf_write(c->path, "start-date = \"2026-11-01\"\nbogus = 1\n");
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "Stop", &err), TEND_E_USAGE);
	assert_string_equal(conf_read(c->path), "start-date = \"2026-11-01\"\nbogus = 1\n");
}

/* Through a symbolic link: the file it points at changes, the link stays. */
static void test_rules_symlink(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	char link[160], real[160];
	snprintf(real, sizeof real, "%s/dotfiles.conf", c->dir);
	snprintf(link, sizeof link, "%s/link.conf", c->dir);
	assert_int_equal(rename(c->path, real), 0);
	assert_int_equal(symlink(real, link), 0);
	free(c->cfg.path);
	c->cfg.path = strdup(link);
	assert_int_equal(rules_set_stop_phrase(&c->cfg, 1, "Hold on", &err), TEND_OK);
	struct stat sb;
	assert_int_equal(lstat(link, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	assert_non_null(strstr(conf_read(real), "stop-phrases = {\"Hold on\", \"This matters\"}"));
}

/* A list given again with += is folded into the one value. */
static void test_rules_append_folded(void **state)
{
	struct conf_fixture *c = *state;
	struct tend_err err = { 0 };
	conf_write(c->path, "partner \"Alex\" {}\npartner \"Sam\" {}\n"
	           "start-date = \"2026-11-01\"\nred-lines = {\"One\"} # a\n"
	           "red-lines += {\"Two\"} # b\n");
	config_free(&c->cfg);
	assert_int_equal(config_load(c->path, &c->cfg, NULL, &err), TEND_OK);
	assert_int_equal(c->cfg.n_red_lines, 2);
	assert_int_equal(rules_set_red_line(&c->cfg, 2, "Deux", &err), TEND_OK);
	assert_string_equal(conf_read(c->path), "partner \"Alex\" {}\npartner \"Sam\" {}\n"
	                    "start-date = \"2026-11-01\"\nred-lines = {\"One\", \"Deux\"} # a\n"
	                    " # b\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_pause),
		cmocka_unit_test(test_pause_in_the_middle),
		cmocka_unit_test(test_pause_running),
		cmocka_unit_test(test_two_pauses),
		cmocka_unit_test(test_pause_before_start),
		cmocka_unit_test(test_date_of_day),
		cmocka_unit_test_setup_teardown(test_migrate_keeps_entries, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_pause_resume_store, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_pause_reason_checked, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_rules_keep_comments, conf_setup, conf_teardown),
		cmocka_unit_test_setup_teardown(test_rules_undo, conf_setup, conf_teardown),
		cmocka_unit_test_setup_teardown(test_rules_add_red_line, conf_setup, conf_teardown),
		cmocka_unit_test_setup_teardown(test_rules_refused, conf_setup, conf_teardown),
		cmocka_unit_test_setup_teardown(test_rules_symlink, conf_setup, conf_teardown),
		cmocka_unit_test_setup_teardown(test_rules_append_folded, conf_setup, conf_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
