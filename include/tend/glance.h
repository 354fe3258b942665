/* glance: today's figures for the status line. A status bar asks for them
 * every few seconds, so they are answered from a note beside the database
 * (store_glance) while the database has not changed since the note was
 * made, and read from the store otherwise. */
#ifndef TEND_GLANCE_H
#define TEND_GLANCE_H

#include <stdbool.h>
#include <stdint.h>

#include "tend/app.h"
#include "tend/config.h"
#include "tend/err.h"

struct glance {
	bool checked_in[2];
	int gestures, repairs;   /* both partners' together */
	int plan_day;            /* app_plan_day of today */
	int64_t timeout_called;  /* the latest open time-out's call; 0: none */
};

/* Today's figures for app. Unless the note answers, the store is opened
 * (app_store_read: app->warning may be set) and the note made again. A
 * database that does not exist yet has no figures (all zero) and is not
 * created. */
int glance_today(struct app *app, struct glance *g, struct tend_err *err);

/* Whether the time-out g noted still runs at now (timeout.h decides). */
bool glance_timeout_running(const struct glance *g, const struct config *cfg, int64_t now);

#endif
