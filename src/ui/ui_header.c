/* ui_header: the names in their colours, the date, the day of the plan and
 * its phase, the check-in window, and a running time-out. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tend/plan.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_practices.h"
#include "tend/ui_panel.h"
#include "tend/ui_timeout.h"

enum { MINUTES_PER_DAY = 24 * 60 };

/* Where today's check-in window stands: upcoming, open now, done or past. */
static const char *checkin_window(const struct ui *ui)
{
	const struct config *c = &ui->app->cfg;
	if (ui->today.checked_in[0] && ui->today.checked_in[1])
		return "done";
	time_t now = time(NULL);
	tend_day real = day_of_time(now, c->day_starts_at);
	if (ui->app->today != real)
		return ui->app->today > real ? "upcoming" : "past";
	struct tm tm;
	localtime_r(&now, &tm);
	int minute = tm.tm_hour * 60 + tm.tm_min;
	int since = (minute - c->day_starts_at + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	int start = (c->checkin_time - c->day_starts_at + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	if (since < start)
		return "upcoming";
	if (since < start + c->checkin_minutes)
		return "open now";
	return "past";
}

/* "Day 15 of 60", "Day 64, keeping it up" or "Starts in 3 days". */
static void plan_day_text(const struct ui *ui, int n, char *buf, size_t size)
{
	int length = ui->app->plan.length > 0 ? ui->app->plan.length : 60;
	if (n < 1)
		snprintf(buf, size, "Starts in %d day%s", 1 - n, 1 - n == 1 ? "" : "s");
	else if (n > length)
		snprintf(buf, size, "Day %d, keeping it up", n);
	else
		snprintf(buf, size, "Day %d of %d", n, length);
	/* A paused program says so where its day is (the day stands still). */
	if (n >= 1 && pace_paused_on(&ui->app->pace, ui->app->today)) {
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, ", paused");
	}
}

static const char *phase_title(const struct ui *ui, int n)
{
	const struct plan_phase *ph = plan_phase_at(&ui->app->plan, n);
	if (ph == NULL && n > ui->app->plan.length)
		ph = ui->app->plan.after;
	if (ph != NULL && ph->title != NULL)
		return ph->title;
	if (n < 1)
		return "Getting ready";
	return "Keeping the practices going";
}

/* How wide each name may be drawn in room columns: both whole when they
 * fit, else a short name keeps its width and the longer one is cut. */
static void header_name_widths(const struct ui *ui, int room, int out[2])
{
	int want[2] = { text_width(ui_ctx_name(ui, 1)), text_width(ui_ctx_name(ui, 2)) };
	int half = room / 2;
	if (want[0] + want[1] <= room) {
		out[0] = want[0];
		out[1] = want[1];
	} else if (want[0] <= half) {
		out[0] = want[0];
		out[1] = room - want[0];
	} else if (want[1] <= half) {
		out[1] = want[1];
		out[0] = room - want[1];
	} else {
		out[0] = half;
		out[1] = room - half;
	}
	for (int p = 0; p < 2; p++)
		out[p] = out[p] < 1 ? 1 : out[p];
}

/* "Alex & Sam   26 Nov 2026   Day 18 of 60 ... Check-in 21:00: open now".
 * Long names are cut (by display width) before anything else gives way. */
static void header_line1(struct ui *ui, WINDOW *w, int n)
{
	int cols = getmaxx(w);
	char buf[96], date[16], hhmm[8];
	day_format_hhmm(ui->app->cfg.checkin_time, hhmm);
	snprintf(buf, sizeof(buf), "Check-in %s: %s", hhmm, checkin_window(ui));
	int right = (int)strlen(buf) + 1;
	day_format_short(ui->app->today, date);
	int yy, mm, dd;
	day_to_ymd(ui->app->today, &yy, &mm, &dd);
	char line[96], day[48];
	plan_day_text(ui, n, day, sizeof(day));
	snprintf(line, sizeof(line), "   %s %d   %s", date, yy, day);
	int names = text_width(ui_ctx_name(ui, 1)) + text_width(ui_ctx_name(ui, 2));
	/* A narrow screen drops the year when that keeps both names whole. */
	char shorter[96];
	snprintf(shorter, sizeof(shorter), "  %s  %s", date, day);
	if (cols - right - 5 - text_width(line) < names &&
	    cols - right - 5 - text_width(shorter) >= names)
		snprintf(line, sizeof(line), "%s", shorter);
	int names_w[2];
	header_name_widths(ui, cols - right - 1 - 1 - 3 - text_width(line), names_w);
	int x = 1;
	x += ui_draw_text(ui, w, 0, x, names_w[0], UI_ROLE_PARTNER1, ui_ctx_name(ui, 1));
	x += ui_draw_text(ui, w, 0, x, 3, UI_ROLE_TITLE, " & ");
	x += ui_draw_text(ui, w, 0, x, names_w[1], UI_ROLE_PARTNER2, ui_ctx_name(ui, 2));
	ui_draw_text(ui, w, 0, x, cols - right - x - 1, UI_ROLE_TITLE, line);
	ui_draw_text(ui, w, 0, cols - right, right, UI_ROLE_TEXT, buf);
}

/* The right of the second line: as many of today's notes as fit whole
 * beside the phase (which keeps up to half the line), then how many more
 * the practices screen holds; a click there opens it. */
static void header_notes(struct ui *ui, WINDOW *w, int n)
{
	int cols = getmaxx(w);
	char now[128];
	snprintf(now, sizeof now, "Now: %s", phase_title(ui, n));
	int keep = text_width(now) < cols / 2 ? text_width(now) : cols / 2;
	struct ui_notes notes;
	ui_practices_notes(ui, cols - keep - 5, &notes);
	int right = notes.width ? notes.width + 2 : 0;
	ui_draw_text(ui, w, 1, 1, cols - right - 2, UI_ROLE_DIM, now);
	if (notes.width == 0)
		return;
	int x = cols - right;
	x += ui_draw_text(ui, w, 1, x, right - 1, UI_ROLE_TEXT, notes.text);
	ui_draw_text(ui, w, 1, x, cols - 1 - x, UI_ROLE_DIM, notes.more);
	ui_ctx_clickable(ui, w, 1, cols - right, right - 1, L'o', 0, 0);
}

static void header_draw(struct ui *ui, WINDOW *w, bool focused)
{
	(void)focused;
	werase(w);
	int n = app_plan_day(ui->app, ui->app->today);
	header_line1(ui, w, n);
	int cols = getmaxx(w);
	char status[160];
	ui_timeout_status(ui, time(NULL), status, sizeof(status));
	/* A running time-out takes the right side; without one, it says
	 * what the other practices have for today. */
	if (!status[0]) {
		header_notes(ui, w, n);
		return;
	}
	int right = text_width(status) + 2;
	if (right > cols / 2)
		right = cols / 2;
	ui_draw_textf(ui, w, 1, 1, cols - right - 2, UI_ROLE_DIM, "Now: %s", phase_title(ui, n));
	ui_draw_text(ui, w, 1, cols - right, right - 1, UI_ROLE_BANNER, status);
}

const struct ui_panel ui_header_panel = {
	.area = UI_AREA_HEADER,
	.draw = header_draw,
};
