/* store_ical: what the calendar reads of the store besides the practices:
 * the database's own random name. */
#include <string.h>

#include "store_priv.h"

int store_calendar_id(struct store *st, char out[17], struct tend_err *err)
{
	out[0] = '\0';
	/* An older file opened read-only has no such table: no name then. */
	sqlite3_stmt *s = store_stmt(st, "SELECT uid FROM calendar WHERE id = 1", NULL);
	if (!s)
		return TEND_OK;
	int rc = sqlite3_step(s), status = TEND_OK;
	if (rc == SQLITE_ROW) {
		const char *uid = (const char *)sqlite3_column_text(s, 0);
		if (uid && strlen(uid) == 16)
			memcpy(out, uid, 17);
	} else if (rc != SQLITE_DONE) {
		status = store_fail(st, err, "could not read the calendar's name");
	}
	sqlite3_reset(s);
	return status;
}
