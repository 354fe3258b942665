/* app: what every command and the dashboard share: the config, the open
 * store, the plan, and which day "today" is. */
#ifndef TEND_APP_H
#define TEND_APP_H

#include <stdbool.h>

#include "tend/config.h"
#include "tend/plan.h"
#include "tend/store.h"

struct app_opts {
	const char *config_path; /* NULL: the default path */
	const char *db_path;     /* NULL: the config's database */
	const char *date;        /* NULL: the real today */
	bool demo;               /* temporary config and database with demo data */
};

struct app {
	struct config cfg;
	struct store *st;
	struct plan plan;
	tend_day today;
	bool date_given;
	char *demo_dir;          /* removed by app_close */
	/* Set by app_open when something that does not stop tend went wrong
	 * (today's automatic backup); the caller shows it. "" when none. */
	char warning[256];
};

/* Load the config, open the store, record the partners' names, load the plan.
 * A missing config file is TEND_E_USAGE telling the user to run `tend init`. */
int app_open(struct app *app, const struct app_opts *o, struct tend_err *err);
void app_close(struct app *app);
/* Recompute today from the clock (a no-op when --date was given); true when
 * it changed. */
bool app_refresh_today(struct app *app);

#endif
