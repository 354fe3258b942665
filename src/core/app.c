#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tend/app.h"
#include "tend/datadir.h"
#include "tend/demo.h"

/* Seconds a delete stays undoable for other processes. */
enum { APP_UNDO_GRACE = 6 * 3600 };

/* A private temporary directory for the demo's config and database. */
static int demo_prepare(struct app *app, char **config_path, char **db_path,
                        struct tend_err *err)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	size_t n = strlen(tmp) + 32;
	app->demo_dir = malloc(n);
	*config_path = malloc(n + 16);
	*db_path = malloc(n + 16);
	if (!app->demo_dir || !*config_path || !*db_path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	snprintf(app->demo_dir, n, "%s/tend-demo-XXXXXX", tmp);
	if (!mkdtemp(app->demo_dir)) {
		int e = errno;
		free(app->demo_dir);
		app->demo_dir = NULL;
		return err_set(err, TEND_E_RUNTIME, "%s: cannot make a demo directory: %s",
		               tmp, strerror(e));
	}
	snprintf(*config_path, n + 16, "%s/tend.conf", app->demo_dir);
	snprintf(*db_path, n + 16, "%s/tend.db", app->demo_dir);
	return config_write_initial(*config_path, DEMO_PARTNER1, DEMO_PARTNER2,
	                            app->today - DEMO_DAYS_AGO, 21 * 60, err);
}

static int remove_one(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (type == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0;
}

/* Remove the demo directory and everything in it (the database, its side
 * files, backups a demo restore made). It is tend's own mkdtemp directory;
 * links in it are removed, never followed. */
static void demo_remove(const char *dir)
{
	nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static int load_config(struct app *app, const char *path, struct tend_err *err)
{
	bool missing = false;
	int rc = config_load(path, &app->cfg, &missing, err);
	if (rc != TEND_OK && missing)
		return err_set(err, TEND_E_USAGE,
		               "%s: no config yet; run `tend init --partner NAME "
		               "--partner NAME` (or `tend` in a terminal) first", path);
	return rc;
}

static int load_plan(struct app *app, struct tend_err *err)
{
	char *def = NULL;
	const char *path = app->cfg.plan_file;
	if (!path) {
		/* The plan installed with tend (datadir.h). */
		def = datadir_file("plan.conf", err);
		if (!def)
			return err->code;
		path = def;
	}
	/* Unless the couple set stabilization-days, a plan keeps its own
	 * first phase (the shipped plan's is 14 days). */
	int stab = app->cfg.stabilization_given ? app->cfg.stabilization_days : 0;
	int rc = plan_load(path, stab, &app->plan, err);
	free(def);
	return rc;
}

/* The two-tier menu the config names, else the one installed with tend. */
static int load_menu(struct app *app, struct tend_err *err)
{
	char *def = NULL;
	const char *path = app->cfg.menu_file;
	if (!path && !(path = def = menu_default_path(err)))
		return err->code;
	int rc = menu_load(path, &app->menu, err);
	free(def);
	return rc;
}

/* Today's automatic backup beside the database. It is a convenience: when
 * it fails, tend goes on and the caller shows the warning. */
static void backup_daily(struct app *app)
{
	struct tend_err err;
	err_clear(&err);
	char *dir = store_backup_dir(app->st);
	tend_day real = day_of_time(time(NULL), app->cfg.day_starts_at);
	if (!dir)
		err_set(&err, TEND_E_RUNTIME, "out of memory");
	else
		store_backup_daily(app->st, dir, real, STORE_BACKUP_KEEP, &err);
	size_t n = sizeof app->warning;
	/* A long message is cut, and ends with "..." to say so. */
	if (err.code != TEND_OK &&
	    snprintf(app->warning, n, "today's automatic backup was not made: %s",
	             err.msg) >= (int)n)
		memcpy(app->warning + n - 4, "...", 4);
	free(dir);
}

/* The store is open: record the partners' names and make today's backup,
 * unless nothing can be written there. */
static int store_opened(struct app *app, struct tend_err *err)
{
	if (!app->st)
		return err->code;
	if (app_pace_reload(app, err) != TEND_OK)
		return err->code;
	if (store_read_only(app->st))
		return TEND_OK;
	if (store_set_partners(app->st, app->cfg.partner[0], app->cfg.partner[1],
	                       err) != TEND_OK)
		return err->code;
	if (!app->demo_dir)
		backup_daily(app);
	else
		return demo_fill(app->st, &app->cfg, app->today, err);
	return TEND_OK;
}

int app_store(struct app *app, struct tend_err *err)
{
	app->store_writes = true;
	if (app->st)
		return TEND_OK;
	app->st = store_open(app->db_path, err);
	return store_opened(app, err);
}

int app_store_read(struct app *app, struct tend_err *err)
{
	if (app->st)
		return TEND_OK;
	app->st = store_open_read(app->db_path, err);
	return store_opened(app, err);
}

static int open_parts(struct app *app, const struct app_opts *o,
                      const char *config_path, const char *db_path,
                      struct tend_err *err)
{
	if (load_config(app, config_path, err) != TEND_OK)
		return err->code;
	/* A key that no longer matters: said, never refused. */
	snprintf(app->warning, sizeof app->warning, "%s", app->cfg.note);
	if (!app->date_given)
		app->today = day_of_time(time(NULL), app->cfg.day_starts_at);
	/* Everything that can be refused is read before the database is touched. */
	app->glance = o->glance;
	if (!o->glance && load_plan(app, err) != TEND_OK)
		return err->code;
	if (!o->glance && !o->skip_menu && load_menu(app, err) != TEND_OK)
		return err->code;
	app->db_path = strdup(db_path ? db_path : app->cfg.database ? app->cfg.database : "");
	if (!app->db_path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return o->store_later ? TEND_OK : app_store(app, err);
}

int app_open(struct app *app, const struct app_opts *o, struct tend_err *err)
{
	memset(app, 0, sizeof *app);
	err_clear(err);
	if (o->date) {
		enum day_parse_result r = day_parse_check(o->date, &app->today);
		if (r != DAY_PARSE_OK)
			return err_set(err, TEND_E_USAGE, "--date: \"%s\" %s", o->date,
			               day_parse_problem(r));
		app->date_given = true;
	} else {
		/* Until the config says when a day starts, assume 04:00. */
		app->today = day_of_time(time(NULL), 4 * 60);
	}
	char *demo_config = NULL, *demo_db = NULL, *def_config = NULL;
	const char *config_path = o->config_path, *db_path = o->db_path;
	int rc = TEND_OK;
	if (o->demo) {
		rc = demo_prepare(app, &demo_config, &demo_db, err);
		config_path = demo_config;
		db_path = demo_db;
	} else if (!config_path) {
		def_config = config_default_path();
		config_path = def_config;
		if (!def_config)
			rc = err_set(err, TEND_E_USAGE, "cannot find your home directory "
			             "(set HOME, or use --config FILE)");
	}
	if (rc == TEND_OK)
		rc = open_parts(app, o, config_path, db_path, err);
	free(demo_config);
	free(demo_db);
	free(def_config);
	if (rc != TEND_OK)
		app_close(app);
	return rc;
}

void app_close(struct app *app)
{
	if (!app)
		return;
	if (app->st && !store_read_only(app->st) && app->store_writes) {
		/* The dashboard erases its own deletes when it quits. Anything else
		 * deleted long ago (a dashboard that crashed) is erased here; recent
		 * deletes are left alone so an open dashboard can still undo them. */
		struct tend_err err;
		err_clear(&err);
		store_purge_deleted(app->st, (int64_t)time(NULL) - APP_UNDO_GRACE, &err);
	}
	store_close(app->st);
	app->st = NULL;
	free(app->db_path);
	app->db_path = NULL;
	plan_free(&app->plan);
	menu_free(&app->menu);
	pace_free(&app->pace);
	config_free(&app->cfg);
	if (app->demo_dir) {
		demo_remove(app->demo_dir);
		free(app->demo_dir);
		app->demo_dir = NULL;
	}
}

int app_pace_reload(struct app *app, struct tend_err *err)
{
	if (!app->st)
		return TEND_OK;
	return pace_load(&app->pace, app->st, err);
}

tend_day app_plan_start(const struct app *app, tend_day d)
{
	return pace_start(&app->pace, app->cfg.start_date, d);
}

tend_day app_plan_date(const struct app *app, int n)
{
	return pace_date_of_day(&app->pace, app->cfg.start_date, n, app->today);
}

struct pace_dates app_plan_dates(const struct app *app)
{
	struct pace_dates d = { .start = app->cfg.start_date, .pace = &app->pace,
	                        .today = app->today };
	return d;
}

int app_plan_day(const struct app *app, tend_day d)
{
	return day_plan_number(app_plan_start(app, d), d);
}

bool app_refresh_today(struct app *app)
{
	if (app->date_given)
		return false;
	tend_day now = day_of_time(time(NULL), app->cfg.day_starts_at);
	if (now == app->today)
		return false;
	app->today = now;
	return true;
}
