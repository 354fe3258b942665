/* ui_timeout: a time-out called with a stop-phrase: the pause countdown,
 * the call to come back, and the scheduled return. */
#ifndef TEND_UI_TIMEOUT_H
#define TEND_UI_TIMEOUT_H

#include <stddef.h>
#include <time.h>

#include "tend/timeout.h"
#include "tend/ui_ctx.h"

/* The core's states (see timeout_state), by the names the screens use. */
enum ui_timeout_state {
	UI_TIMEOUT_NONE = TIMEOUT_NONE,
	UI_TIMEOUT_PAUSE = TIMEOUT_PAUSE,         /* the pause is running */
	UI_TIMEOUT_DUE = TIMEOUT_DUE,             /* the pause is over: time to come back */
	UI_TIMEOUT_SCHEDULED = TIMEOUT_SCHEDULED, /* a return is planned and still ahead */
};

/* Where the loaded time-out stands at now, as timeout_state says. */
int ui_timeout_state(const struct ui *ui, time_t now);
/* A one-line status for the header; "" when there is no time-out. */
void ui_timeout_status(const struct ui *ui, time_t now, char *buf, size_t size);
/* The box over the dashboard during the pause and when it is over. */
void ui_timeout_draw(struct ui *ui, time_t now);
/* The keys of a running time-out (b: we are back, s: schedule); *handled
 * tells whether the key was one of them. */
enum ui_action ui_timeout_key(struct ui *ui, struct ui_key k, bool *handled);
/* Called about twice a second: asks for a scheduled return when the pause
 * has been over for a while without the couple coming back. */
void ui_timeout_tick(struct ui *ui, time_t now);
/* `x`: ask who called it and which stop-phrase, then start the pause. */
void ui_timeout_start(struct ui *ui);

#endif
