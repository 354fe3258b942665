/* app: what every command and the dashboard share: the config, the open
 * store, the plan, and which day "today" is. */
#ifndef TEND_APP_H
#define TEND_APP_H

#include <stdbool.h>

#include "tend/config.h"
#include "tend/menu.h"
#include "tend/pace.h"
#include "tend/plan.h"
#include "tend/store.h"

struct app_opts {
	const char *config_path; /* NULL: the default path */
	const char *db_path;     /* NULL: the config's database */
	const char *date;        /* NULL: the real today */
	bool demo;               /* temporary config and database with demo data */
	bool store_later;        /* leave the database to app_store() */
	/* A glance (the status line, run by a status bar every few seconds):
	 * neither the plan nor the menu is read. */
	bool glance;
	/* Leave the two-tier touch menu unread (app->menu stays empty): for a
	 * command that never offers or checks its items. */
	bool skip_menu;
};

struct app {
	struct config cfg;
	struct store *st;        /* NULL until app_store() with store_later */
	char *db_path;           /* the database file to open */
	struct plan plan;
	struct menu menu;        /* the two-tier touch menu (menu-file) */
	tend_day today;
	bool date_given;
	bool glance;             /* app_opts.glance */
	/* The store was opened to write (app_store): closing then erases old
	 * deletes a crashed dashboard left. A command that only reads leaves
	 * that to the next one that writes (or the dashboard), and costs less. */
	bool store_writes;
	struct pace pace;        /* the program's pauses, read when the store opens */
	char *demo_dir;          /* removed by app_close */
	/* Set by app_open when something that does not stop tend went wrong
	 * (today's automatic backup); the caller shows it. "" when none. */
	char warning[1100];
};

/* Load the config and the plan, open the store, record the partners' names.
 * A missing config file is TEND_E_USAGE telling the user to run `tend init`. */
int app_open(struct app *app, const struct app_opts *o, struct tend_err *err);
void app_close(struct app *app);
/* Open the store when app_open left it for later (store_later), so that a
 * command can refuse its arguments before any file is created; a no-op once
 * open. Sets app->warning when today's automatic backup failed. */
int app_store(struct app *app, struct tend_err *err);
/* The same for a command that only reads: a database nothing can be written
 * to is opened read-only (store_open_read), without the automatic backup. */
int app_store_read(struct app *app, struct tend_err *err);
/* Read the program's pauses again (after a pause or resume). */
int app_pace_reload(struct app *app, struct tend_err *err);
/* The start date as it stands on d: cfg.start_date moved on by the paused
 * days before d (pace_start). Every plan day, week and phase is computed
 * from it. */
tend_day app_plan_start(const struct app *app, tend_day d);
/* The date of plan day n, the pauses taken out (pace_date_of_day). */
tend_day app_plan_date(const struct app *app, int n);
/* Where the printed plan puts each day (the pauses taken out). */
struct pace_dates app_plan_dates(const struct app *app);
/* The plan's day number of d, paused days not counted. */
int app_plan_day(const struct app *app, tend_day d);

/* Recompute today from the clock (a no-op when --date was given); true when
 * it changed. */
bool app_refresh_today(struct app *app);

#endif
