/* ui_week: the week panel, the one the couple looks at most: seven days in
 * columns, one practice per row, mood and stress as sparklines. At larger
 * sizes it adds a total column and a trend of the last weeks. */
#include "tend/ui_week.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tend/talk.h"
#include "tend/text.h"
#include "tend/ui_draw.h"
#include "tend/ui_panel.h"

enum { CELL_MAX = 32, TREND_ROWS = 6 };

struct cell {
	char text[CELL_MAX];
	enum ui_role role;
};

void ui_week_grid_fit(struct ui_week_grid *g, int x, int width, int label_max, int col_max)
{
	/* Day columns of at least four, taken from the label when needed. */
	int label = label_max;
	int col = (width - label) / 7;
	if (col < 4) {
		label = width - 28 < 10 ? 10 : width - 28;
		col = (width - label) / 7;
	}
	if (col > col_max)
		col = col_max;
	if (col < 3)
		col = 3;
	if (label > width - 7 * col)
		label = width - 7 * col;
	if (label < 0)
		label = 0;
	/* A week total column is worth a narrower day. */
	if (width - label - 7 * col < 7 && col > 5 && width - label - 7 * (col - 1) >= 7)
		col--;
	int rest = width - label - 7 * col;
	g->x = x;
	g->label_w = label;
	g->col_w = col;
	g->total_w = rest >= 7 ? (rest > 9 ? 9 : rest) : 0;
}

static int col_x(const struct ui_week_grid *g, int d)
{
	return g->x + g->label_w + d * g->col_w;
}

/* Draw cell text centred in a column of width cw. */
static void draw_cell(struct ui *ui, WINDOW *w, int y, int x, int cw, const struct cell *c)
{
	int width = text_width(c->text);
	int off = width >= cw ? 0 : (cw - width + 1) / 2;
	ui_draw_text(ui, w, y, x + off, cw - off, c->role, c->text);
}

static void cell_set(struct cell *c, enum ui_role role, const char *fmt, int v)
{
	snprintf(c->text, sizeof(c->text), fmt, v);
	c->role = role;
}

/* A day's count in a column of room: a number, or marks (ui_figures). */
static void cell_count(struct ui *ui, struct cell *c, int n, enum ui_role role, int room)
{
	struct figure_style fs = ui_figures(ui);
	if (n == 0)
		snprintf(c->text, sizeof(c->text), "%s", ui_glyph(ui, UI_GLYPH_NONE));
	else
		figure_count(&fs, n, room, c->text, sizeof(c->text));
	c->role = n == 0 ? UI_ROLE_DIM : role;
}

/* "2/1": two counts side by side (bids toward and away), as numbers or
 * marks. */
static void cell_pair(struct ui *ui, struct cell *c, int a, int b, int room)
{
	struct figure_style fs = ui_figures(ui);
	char fa[CELL_MAX / 2 - 1], fb[CELL_MAX / 2 - 1];
	int half = (room - 1) / 2 > 0 ? (room - 1) / 2 : 1;
	figure_count(&fs, a, half, fa, sizeof fa);
	figure_count(&fs, b, half, fb, sizeof fb);
	snprintf(c->text, sizeof(c->text), "%s/%s", fa, fb);
}

/* The lights of a day's sessions, worst colour first for the role. */
static void cell_touch(struct ui *ui, struct cell *c, const struct day_stats *d, int max)
{
	static const int order[] = { LIGHT_GREEN, LIGHT_YELLOW, LIGHT_RED, LIGHT_NONE };
	c->text[0] = '\0';
	c->role = UI_ROLE_TEXT;
	int shown = 0;
	for (size_t i = 0; i < 4; i++)
		for (int k = 0; k < d->touch_light[order[i]] && shown < max; k++, shown++)
			strcat(c->text, ui_light_mark(order[i]));
	if (d->touch_light[LIGHT_GREEN] > 0)
		c->role = UI_ROLE_GOOD;
	if (d->touch_light[LIGHT_YELLOW] > 0)
		c->role = UI_ROLE_WARN;
	/* A red light is the safety tool working: the day is not marked bad. */
	if (shown == 0 && d->touch > 0)
		cell_set(c, UI_ROLE_TEXT, "%d", d->touch);
	if (d->touch == 0)
		cell_count(ui, c, 0, UI_ROLE_TEXT, 1);
}

/* One day's cell of a row. */
static void week_cell(struct ui *ui, const struct day_stats *d, enum ui_week_row row,
                      int partner, int col_w, struct cell *c)
{
	const struct config *cfg = &ui->app->cfg;
	int p = partner == 2 ? 1 : 0;
	enum ui_role prole = ui_color_partner(partner);
	int room = col_w - 1 > 1 ? col_w - 1 : 1;
	memset(c, 0, sizeof(*c));
	switch (row) {
	case UI_WEEK_CHECKINS: break; /* two colours: draw_checkins */
	case UI_WEEK_GESTURES:
		cell_count(ui, c, d->gestures[0] + d->gestures[1],
		           d->gestures[0] >= cfg->gestures_min && d->gestures[1] >= cfg->gestures_min
		           ? UI_ROLE_GOOD : UI_ROLE_TEXT, room);
		break;
	case UI_WEEK_REPAIRS:
		cell_count(ui, c, d->repairs[0] + d->repairs[1], UI_ROLE_TEXT, room);
		break;
	case UI_WEEK_TOUCH: cell_touch(ui, c, d, col_w - 1); break;
	case UI_WEEK_TIMEOUTS: cell_count(ui, c, d->timeouts, UI_ROLE_WARN, room); break;
	case UI_WEEK_MOOD:
	case UI_WEEK_STRESS:
		if (d->checked_in[p])
			snprintf(c->text, sizeof(c->text), "%s",
			         ui_draw_spark(ui, row == UI_WEEK_MOOD ? d->mood[p] : d->stress[p], 5));
		c->role = prole;
		break;
	case UI_WEEK_CHECKIN_OF:
		if (d->checked_in[p])
			snprintf(c->text, sizeof(c->text), "%d/%d", d->mood[p], d->stress[p]);
		else
			snprintf(c->text, sizeof(c->text), "%s", ui_glyph(ui, UI_GLYPH_NONE));
		c->role = d->checked_in[p] ? prole : UI_ROLE_DIM;
		break;
	case UI_WEEK_GESTURES_OF:
		cell_count(ui, c, d->gestures[p],
		           d->gestures[p] >= cfg->gestures_min ? UI_ROLE_GOOD : UI_ROLE_TEXT, room);
		break;
	case UI_WEEK_REPAIRS_OF: cell_count(ui, c, d->repairs[p], UI_ROLE_TEXT, room); break;
	case UI_WEEK_BIDS:
		if (d->bids_toward + d->bids_away == 0)
			cell_count(ui, c, 0, UI_ROLE_TEXT, room);
		else
			cell_pair(ui, c, d->bids_toward, d->bids_away, room);
		c->role = d->bids_away > d->bids_toward ? UI_ROLE_WARN : c->role;
		break;
	default: break;
	}
}

/* The mean of a partner's mood or stress over the week, "3.4", or "". */
static void mean_cell(struct ui *ui, const struct week_stats *ws, bool mood, int p,
                      struct cell *c)
{
	struct figure_style fs = ui_figures(ui);
	int sum = 0, n = 0;
	for (int i = 0; i < 7; i++)
		if (ws->days[i].checked_in[p]) {
			sum += mood ? ws->days[i].mood[p] : ws->days[i].stress[p];
			n++;
		}
	if (n > 0) {
		/* Tenths, rounded half up: 3.66 shows as 3.7. */
		int t = (sum * 10 + n / 2) / n;
		figure_tenths(&fs, t, c->text, sizeof(c->text));
	}
}

/* The week's total for a row, against its target where there is one. */
static void week_total(struct ui *ui, const struct week_stats *ws, enum ui_week_row row,
                       int partner, int width, struct cell *c)
{
	int p = partner == 2 ? 1 : 0;
	/* The touch figures that go with this week: the full-screen one or ours. */
	const struct touch_week *tw = ws == &ui->wv_week ? &ui->wv_touch : &ui->touch;
	memset(c, 0, sizeof(*c));
	c->role = UI_ROLE_TITLE;
	struct figure_style fs = ui_figures(ui);
	int room = width - 1 > 1 ? width - 1 : 1;
	switch (row) {
	case UI_WEEK_CHECKINS:
		/* Days on which both checked in; "both" says so when it fits. */
		figure_ratio(&fs, ws->checkin_days_both, ws->days_counted, room, c->text, sizeof(c->text));
		if (text_width(c->text) + 5 <= width)
			strcat(c->text, " both");
		break;
	case UI_WEEK_GESTURES:
		figure_count(&fs, ws->gestures[0] + ws->gestures[1], room, c->text, sizeof(c->text));
		break;
	case UI_WEEK_REPAIRS:
		figure_count(&fs, ws->repairs[0] + ws->repairs[1], room, c->text, sizeof(c->text));
		break;
	case UI_WEEK_TOUCH:
		figure_of(&fs, tw->done, tw->target, room, c->text, sizeof(c->text));
		c->role = touch_week_met(tw) ? UI_ROLE_GOOD : UI_ROLE_TITLE;
		break;
	case UI_WEEK_TIMEOUTS: figure_count(&fs, ws->timeouts, room, c->text, sizeof(c->text)); break;
	case UI_WEEK_MOOD: mean_cell(ui, ws, true, p, c); break;
	case UI_WEEK_STRESS: mean_cell(ui, ws, false, p, c); break;
	case UI_WEEK_CHECKIN_OF:
		figure_ratio(&fs, ws->checkins[p], ws->days_counted, room, c->text, sizeof(c->text));
		break;
	case UI_WEEK_GESTURES_OF: figure_count(&fs, ws->gestures[p], room, c->text, sizeof(c->text)); break;
	case UI_WEEK_REPAIRS_OF: figure_count(&fs, ws->repairs[p], room, c->text, sizeof(c->text)); break;
	case UI_WEEK_BIDS: cell_pair(ui, c, ws->bids_toward, ws->bids_away, room); break;
	default: break;
	}
}

static const char *row_label(const struct ui *ui, enum ui_week_row row)
{
	switch (row) {
	case UI_WEEK_CHECKINS: return "Check-ins";
	case UI_WEEK_GESTURES: return "Gestures";
	case UI_WEEK_REPAIRS: return "Repairs";
	case UI_WEEK_TOUCH: return ui->label_touch;
	case UI_WEEK_TIMEOUTS: return "Time-outs";
	case UI_WEEK_MOOD: return "mood";
	case UI_WEEK_STRESS: return "stress";
	case UI_WEEK_CHECKIN_OF: return "mood/stress";
	case UI_WEEK_GESTURES_OF: return "gestures";
	case UI_WEEK_REPAIRS_OF: return "repairs";
	case UI_WEEK_BIDS: return "Bids to/away";
	default: return "";
	}
}

/* The row's label after one blank; per-partner rows start with the name
 * in its colour. */
static void draw_label(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                       enum ui_week_row row, int partner)
{
	const char *what = row_label(ui, row);
	int lx = g->x + 1, lw = g->label_w - 1;
	if (partner == 0) {
		ui_draw_text(ui, w, y, lx, lw, UI_ROLE_TEXT, what);
		return;
	}
	int room = lw - 1 - (int)strlen(what);
	if (room < 3)
		room = 3;
	int used = ui_draw_text(ui, w, y, lx, room, ui_color_partner(partner),
	                        ui_ctx_name(ui, partner));
	ui_draw_text(ui, w, y, lx + used + 1, lw - used - 1, UI_ROLE_TEXT, what);
}

/* The first letter of a name, as a reader sees it (an accent stays on its
 * letter, 美 stays whole), in capitals where the script has them; false
 * when the name does not start with a letter. */
static bool name_initial(const char *name, char *out, size_t size)
{
	size_t n = text_cluster_len(name);
	wchar_t wc;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t first = mbrtowc(&wc, name, n, &st);
	char up[MB_LEN_MAX];
	size_t un = (size_t)-1;
	if (first > 0 && first <= n) {
		memset(&st, 0, sizeof(st));
		un = wcrtomb(up, (wchar_t)towupper((wint_t)wc), &st);
	}
	if (un == (size_t)-1 || un + n - first + 1 > size)
		snprintf(out, size, "%.*s", (int)n, name);
	else
		snprintf(out, size, "%.*s%.*s", (int)un, up, (int)(n - first), name + first);
	return un != (size_t)-1 && iswalpha((wint_t)wc);
}

/* Both partners' check-in marks: their initials, or 1 and 2 when the
 * initials are alike or too wide for a column of cw. */
static void checkin_marks(const struct ui *ui, int cw, char mark[2][32])
{
	bool letters = true;
	for (int p = 0; p < 2; p++)
		letters &= name_initial(ui_ctx_name(ui, p + 1), mark[p], sizeof(mark[p]));
	if (!letters || text_casecmp(mark[0], mark[1]) == 0 ||
	    text_width(mark[0]) + text_width(mark[1]) > (cw > 2 ? cw : 2)) {
		snprintf(mark[0], sizeof(mark[0]), "1");
		snprintf(mark[1], sizeof(mark[1]), "2");
	}
}

/* Check-ins: one mark per partner in their colour, a dot while not yet. */
static void draw_checkins(struct ui *ui, WINDOW *w, int y, int x, int cw,
                          const struct day_stats *d)
{
	char mark[2][32];
	checkin_marks(ui, cw, mark);
	int width = text_width(mark[0]) + text_width(mark[1]);
	int off = width >= cw ? 0 : (cw - width + 1) / 2;
	for (int p = 1; p <= 2; p++) {
		int mw = text_width(mark[p - 1]);
		bool done = d->checked_in[p - 1];
		ui_draw_text(ui, w, y, x + off, mw, done ? ui_color_partner(p) : UI_ROLE_DIM,
		             done ? mark[p - 1] : ui_glyph(ui, UI_GLYPH_NONE));
		off += mw;
	}
}

void ui_week_row(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                 const struct week_stats *ws, enum ui_week_row row, int partner)
{
	draw_label(ui, w, y, g, row, partner);
	for (int d = 0; d < 7; d++) {
		const struct day_stats *ds = &ws->days[d];
		if (ds->day > ui->app->today)
			continue;
		if (ds->paused && (row == UI_WEEK_CHECKINS || row == UI_WEEK_CHECKIN_OF)) {
			/* A paused day asks no check-in: it shows as paused. */
			struct cell c = { .role = UI_ROLE_DIM };
			snprintf(c.text, sizeof(c.text), "%s", ui->ascii ? "||" : "\u2016");
			draw_cell(ui, w, y, col_x(g, d), g->col_w, &c);
			continue;
		}
		if (row == UI_WEEK_CHECKINS) {
			draw_checkins(ui, w, y, col_x(g, d), g->col_w, ds);
			continue;
		}
		struct cell c;
		week_cell(ui, ds, row, partner, g->col_w, &c);
		draw_cell(ui, w, y, col_x(g, d), g->col_w, &c);
	}
	if (g->total_w > 0) {
		struct cell c;
		week_total(ui, ws, row, partner, g->total_w, &c);
		draw_cell(ui, w, y, col_x(g, 7), g->total_w, &c);
	}
}

void ui_week_days(struct ui *ui, WINDOW *w, int y, const struct ui_week_grid *g,
                  const struct week_stats *ws)
{
	for (int d = 0; d < 7; d++) {
		tend_day day = ws->days[d].day;
		int yy, mm, dd;
		day_to_ymd(day, &yy, &mm, &dd);
		struct cell c = { .role = day == ui->app->today ? UI_ROLE_TODAY : UI_ROLE_TITLE };
		if (g->col_w >= 7)
			snprintf(c.text, sizeof(c.text), "%s %d", day_weekday_abbr(day_weekday(day)), dd);
		else
			snprintf(c.text, sizeof(c.text), "%s", day_weekday_abbr(day_weekday(day)));
		draw_cell(ui, w, y, col_x(g, d), g->col_w, &c);
	}
	if (g->total_w > 0) {
		struct cell c = { .text = "Week", .role = UI_ROLE_TITLE };
		draw_cell(ui, w, y, col_x(g, 7), g->total_w, &c);
	}
}

/* "This week, 23-29 Nov" (or across months "30 Nov-6 Dec"). */
static void week_title(const struct week_stats *ws, const char *lead, char *buf, size_t size)
{
	int y1, m1, d1, y2, m2, d2;
	day_to_ymd(ws->start, &y1, &m1, &d1);
	day_to_ymd(ws->start + 6, &y2, &m2, &d2);
	if (m1 == m2)
		snprintf(buf, size, "%s, %d-%d %s", lead, d1, d2, day_month_abbr(m2));
	else
		snprintf(buf, size, "%s, %d %s-%d %s", lead, d1, day_month_abbr(m1), d2,
		         day_month_abbr(m2));
}

/* The last n days of one partner's mood or stress, one glyph a day. */
static void draw_trend(struct ui *ui, WINDOW *w, int y, int x, int label_w, int n,
                       bool mood, int partner)
{
	int p = partner - 1;
	int used = ui_draw_text(ui, w, y, x, label_w - 8, ui_color_partner(partner),
	                        ui_ctx_name(ui, partner));
	ui_draw_text(ui, w, y, x + used + 1, label_w - used - 1, UI_ROLE_TEXT,
	             mood ? "mood" : "stress");
	for (int i = 0; i < n; i++) {
		struct day_stats ds;
		stats_day(&ui->entries, ui->app->today - (n - 1) + i, &ds);
		int v = !ds.checked_in[p] ? 0 : mood ? ds.mood[p] : ds.stress[p];
		const char *g = v == 0 ? ui_glyph(ui, UI_GLYPH_NONE) : ui_draw_spark(ui, v, 5);
		ui_draw_text(ui, w, y, x + label_w + i, 1, v == 0 ? UI_ROLE_DIM : ui_color_partner(partner), g);
	}
}

static void week_draw_trend(struct ui *ui, WINDOW *w, int y, int x, int label_w)
{
	int n = ui->lay.trend_days;
	/* Days before the plan began would only be dots. */
	int64_t since = (int64_t)(ui->app->today - app_plan_date(ui->app, 1)) + 1;
	if (n > since)
		n = since < 7 ? 7 : (int)since;
	ui_draw_textf(ui, w, y, x, getmaxx(w) - x - 2, UI_ROLE_TITLE,
	              "Mood and stress, the last %d days", n);
	draw_trend(ui, w, y + 1, x, label_w, n, true, 1);
	draw_trend(ui, w, y + 2, x, label_w, n, true, 2);
	draw_trend(ui, w, y + 3, x, label_w, n, false, 1);
	draw_trend(ui, w, y + 4, x, label_w, n, false, 2);
}

struct week_line {
	enum ui_week_row row;
	int partner;
};

/* The rows of the panel: both partners together, or, in a tall panel,
 * each partner's own line as in the full-screen week. */
static const struct week_line week_rows_short[] = {
	{ UI_WEEK_CHECKINS, 0 }, { UI_WEEK_GESTURES, 0 }, { UI_WEEK_REPAIRS, 0 },
	{ UI_WEEK_TOUCH, 0 }, { UI_WEEK_TIMEOUTS, 0 },
	{ UI_WEEK_MOOD, 1 }, { UI_WEEK_MOOD, 2 }, { UI_WEEK_STRESS, 1 }, { UI_WEEK_STRESS, 2 },
};
static const struct week_line week_rows_tall[] = {
	{ UI_WEEK_CHECKINS, 0 }, { UI_WEEK_GESTURES_OF, 1 }, { UI_WEEK_GESTURES_OF, 2 },
	{ UI_WEEK_BIDS, 0 }, { UI_WEEK_REPAIRS_OF, 1 }, { UI_WEEK_REPAIRS_OF, 2 },
	{ UI_WEEK_TOUCH, 0 }, { UI_WEEK_TIMEOUTS, 0 },
	{ UI_WEEK_MOOD, 1 }, { UI_WEEK_MOOD, 2 }, { UI_WEEK_STRESS, 1 }, { UI_WEEK_STRESS, 2 },
};
enum {
	SHORT_ROWS = sizeof(week_rows_short) / sizeof(week_rows_short[0]),
	TALL_ROWS = sizeof(week_rows_tall) / sizeof(week_rows_tall[0]),
	SHORT_COUNTS = 5, TALL_COUNTS = 8, /* rows before the sparklines */
};

void ui_week_talk_mark(struct ui *ui, tend_day date, char *title, size_t size)
{
	struct talk_week tw;
	struct tend_err err = { 0 };
	const struct app *app = ui->app;
	if (talk_week_get(app->st, &app->plan, app_plan_start(app, date), date, &tw, &err) !=
	            TEND_OK || (!tw.asked && !tw.held))
		return;
	size_t n = strlen(title);
	snprintf(title + n, size - n, " %s talk %s", ui->ascii ? "-" : "\u00b7",
	         talk_week_word(&tw));
}

static void week_draw(struct ui *ui, WINDOW *w, bool focused)
{
	char title[96];
	week_title(&ui->week, "This week", title, sizeof(title));
	ui_week_talk_mark(ui, ui->app->today, title, sizeof(title));
	ui_draw_box(ui, w, title, focused);
	int inner_h = getmaxy(w) - 2;
	int trend = ui->lay.trend_days > 0 ? TREND_ROWS : 0;
	bool tall = inner_h - 1 - TALL_ROWS - trend >= 2;
	const struct week_line *rows = tall ? week_rows_tall : week_rows_short;
	int n_rows = tall ? TALL_ROWS : SHORT_ROWS;
	int counts = tall ? TALL_COUNTS : SHORT_COUNTS;
	int spare = inner_h - 1 - n_rows - trend;
	struct ui_week_grid g;
	ui_week_grid_fit(&g, 1, getmaxx(w) - 3, 15, 8);
	/* Spare lines go first between the counts and the sparklines, then
	 * under the day names, then between the count rows. */
	bool gap_spark = spare >= 1, gap_days = spare >= 2, gap_rows = spare >= 2 + counts - 1;
	int y = 1;
	ui_week_days(ui, w, y, &g, &ui->week);
	y += gap_days ? 2 : 1;
	for (int i = 0; i < n_rows; i++) {
		if (i == counts && gap_spark)
			y++;
		ui_week_row(ui, w, y, &g, &ui->week, rows[i].row, rows[i].partner);
		y += (gap_rows && i < counts - 1) ? 2 : 1;
	}
	if (trend > 0 && inner_h - trend >= 0)
		week_draw_trend(ui, w, inner_h - trend + 2, 2, g.label_w - 1);
}

const struct ui_panel ui_week_panel = {
	.area = UI_AREA_WEEK,
	.history_kinds = ENTRY_MASK_ALL,
	.draw = week_draw,
	.key = NULL,
};
