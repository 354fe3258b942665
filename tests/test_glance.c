/* Unit tests for glance.c and store_glance.c: today's figures for the
 * status line, and the note beside the database that keeps them, believed
 * only while the files are as they were and made well after their last
 * change; a time-out's window agrees with timeout_running. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/glance.h"
#include "tend/timeout.h"

#include "practice_fixture.h"

/* Date a file back by a minute, as one written earlier that evening. */
static void date_back(const char *path)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return;
	struct timespec t[2] = { sb.st_mtim, sb.st_mtim };
	t[0].tv_sec -= 60;
	t[1].tv_sec -= 60;
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

static void date_all_back(struct practice *p)
{
	char wal[160];
	snprintf(wal, sizeof wal, "%s-wal", p->path);
	date_back(p->path);
	date_back(wal);
}

static void put_note(struct practice *p, const char *text)
{
	char name[160];
	snprintf(name, sizeof name, "%s-glance", p->path);
	FILE *f = fopen(name, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_note(void **state)
{
	struct practice *p = *state;
	date_all_back(p);
	struct store_glance_key k;
	assert_true(store_glance_key(p->path, &k));
	int64_t v[3] = { 20400, -7, 1700000000 }, got[3] = { 0 };
	store_glance_write(p->path, &k, v, 3);
	char name[160];
	snprintf(name, sizeof name, "%s-glance", p->path);
	struct stat sb;
	assert_int_equal(stat(name, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_true(store_glance_read(p->path, &k, got, 3));
	assert_memory_equal(got, v, sizeof v);
	/* Another count of numbers, or files no longer as they were: not read. */
	assert_false(store_glance_read(p->path, &k, got, 2));
	struct store_glance_key other = k;
	other.v[2]++;
	assert_false(store_glance_read(p->path, &other, got, 3));
	/* Cut short (no "end"): not read. */
	FILE *f = fopen(name, "r");
	char line[512] = "";
	assert_non_null(fgets(line, sizeof line, f));
	fclose(f);
	line[strlen(line) - 5] = '\0';
	put_note(p, line);
	assert_false(store_glance_read(p->path, &k, got, 3));
	/* A link in its place is neither read nor written through. */
	unlink(name);
	char target[160];
	snprintf(target, sizeof target, "%s/elsewhere", p->dir);
	assert_int_equal(symlink(target, name), 0);
	store_glance_write(p->path, &k, v, 3);
	assert_int_not_equal(access(target, F_OK), 0);
	assert_false(store_glance_read(p->path, &k, got, 3));
	unlink(name);
}

/* Set path's modification time (explicit times: nothing here reads the
 * clock, which a test may have moved). */
static void set_mtime(const char *path, struct timespec at)
{
	struct timespec t[2] = { at, at };
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

/* Made within two seconds of the database's last change: not believed. */
static void test_note_too_soon(void **state)
{
	struct practice *p = *state;
	char name[160], wal[160];
	snprintf(name, sizeof name, "%s-glance", p->path);
	snprintf(wal, sizeof wal, "%s-wal", p->path);
	struct store_glance_key k;
	int64_t v[1] = { 5 }, got[1];
	struct stat sb;
	assert_true(store_glance_key(p->path, &k));
	store_glance_write(p->path, &k, v, 1);
	assert_int_equal(stat(name, &sb), 0);
	/* The files last changed at t; the note is made again, for them. */
	struct timespec t = sb.st_mtim;
	set_mtime(p->path, t);
	if (access(wal, F_OK) == 0)
		set_mtime(wal, t);
	assert_true(store_glance_key(p->path, &k));
	store_glance_write(p->path, &k, v, 1);
	/* Dated a second after them: not believed; two seconds after: believed. */
	t.tv_sec += 1;
	set_mtime(name, t);
	assert_false(store_glance_read(p->path, &k, got, 1));
	t.tv_sec += 1;
	set_mtime(name, t);
	assert_true(store_glance_read(p->path, &k, got, 1));
	assert_int_equal(got[0], 5);
	/* Forgetting everything takes the note. */
	struct tend_err err = { 0 };
	assert_int_equal(store_forget_all(p->app.st, &err), TEND_OK);
	assert_false(store_glance_read(p->path, &k, got, 1));
}

static void add(struct practice *p, enum entry_kind kind, int partner, tend_day day)
{
	struct entry e = { .kind = kind, .partner = partner, .day = day, .mood = 3,
	                   .stress = 3, .created_at = 1700000000 };
	e.text = kind == ENTRY_CHECKIN ? NULL : "kind words";
	struct tend_err err = { 0 };
	assert_int_equal(store_add(p->app.st, &e, NULL, &err), TEND_OK);
}

/* The figures of today only, both partners' together; the latest open
 * time-out runs exactly while timeout_running finds it. */
static void test_today(void **state)
{
	struct practice *p = *state;
	tend_day today = day_from_ymd(2026, 11, 20);
	p->app.today = today;
	p->app.cfg.start_date = today - 9;
	p->app.db_path = p->path;
	add(p, ENTRY_CHECKIN, 2, today);
	add(p, ENTRY_GESTURE, 1, today);
	add(p, ENTRY_GESTURE, 2, today);
	add(p, ENTRY_GESTURE, 2, today - 1);
	add(p, ENTRY_REPAIR, 1, today);
	int64_t c = 1790000000;
	struct entry t = { .kind = ENTRY_TIMEOUT, .partner = 1, .phrase = 1, .day = today,
	                   .called_at = c };
	struct tend_err err = { 0 };
	struct entry open = { 0 };
	bool busy = true;
	assert_int_equal(store_timeout_call(p->app.st, c - 3600, &t, &open, &busy, &err), TEND_OK);
	assert_false(busy);
	entry_clear(&open);
	assert_int_equal(practice_count(p, ENTRY_GESTURE), 3);
	struct glance g;
	assert_int_equal(glance_today(&p->app, &g, &err), TEND_OK);
	assert_false(g.checked_in[0]);
	assert_true(g.checked_in[1]);
	assert_int_equal(g.gestures, 2);
	assert_int_equal(g.repairs, 1);
	assert_int_equal(g.plan_day, 10);
	assert_int_equal(g.timeout_called, c);
	int64_t moments[] = { c, c + 3600, c + 24 * 3600 - 1, c + 24 * 3600, c + 30 * 3600 };
	for (size_t i = 0; i < sizeof moments / sizeof *moments; i++) {
		struct entry running = { 0 };
		bool found;
		assert_int_equal(timeout_running(p->app.st, &p->app.cfg, moments[i], &running,
		                                 &found, &err), TEND_OK);
		entry_clear(&running);
		assert_int_equal(glance_timeout_running(&g, &p->app.cfg, moments[i]), found);
	}
	assert_true(glance_timeout_running(&g, &p->app.cfg, c + 3600));
	assert_false(glance_timeout_running(&g, &p->app.cfg, c + 30 * 3600));
	p->app.db_path = NULL;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_note, practice_setup, practice_teardown),
		cmocka_unit_test_setup_teardown(test_note_too_soon, practice_setup,
		                                practice_teardown),
		cmocka_unit_test_setup_teardown(test_today, practice_setup, practice_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
