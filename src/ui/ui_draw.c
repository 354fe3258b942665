/* ui_draw: text through text_fit, boxes, sparklines and marks, with ASCII
 * fallbacks when the locale is not UTF-8. */
#include "tend/ui_draw.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/text.h"

static const char *const glyph_utf8[UI_GLYPH_COUNT] = {
	"✓", "·", "·", "●", "◀", "▶",
};
static const char *const glyph_ascii[UI_GLYPH_COUNT] = {
	"*", ".", "-", "o", "<", ">",
};

attr_t ui_attr(const struct ui *ui, enum ui_role role)
{
	return ui->colors.attr[role];
}

struct figure_style ui_figures(const struct ui *ui)
{
	struct figure_style fs = { .numbers = ui->numbers, .ascii = ui->ascii };
	return fs;
}

const char *ui_glyph(const struct ui *ui, enum ui_glyph g)
{
	return ui->ascii ? glyph_ascii[g] : glyph_utf8[g];
}

int ui_draw_text(struct ui *ui, WINDOW *w, int y, int x, int cols,
                 enum ui_role role, const char *s)
{
	if (w == NULL || s == NULL || y < 0 || x < 0 || y >= getmaxy(w) || x >= getmaxx(w))
		return 0;
	if (cols > getmaxx(w) - x)
		cols = getmaxx(w) - x;
	if (cols < 1)
		return 0;
	char *fit = text_fit(s, cols, ui->ascii);
	if (fit == NULL)
		ui_oom();
	attr_t a = ui_attr(ui, role);
	wattr_on(w, a, NULL);
	mvwaddstr(w, y, x, fit);
	wattr_off(w, a, NULL);
	int used = text_width(fit);
	free(fit);
	return used;
}

int ui_draw_textf(struct ui *ui, WINDOW *w, int y, int x, int cols,
                  enum ui_role role, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return ui_draw_text(ui, w, y, x, cols, role, buf);
}

void ui_draw_center(struct ui *ui, WINDOW *w, int y, enum ui_role role, const char *s)
{
	int cols = getmaxx(w);
	char *safe = text_safe(s, ui->ascii);
	if (safe == NULL)
		ui_oom();
	int width = text_width(safe);
	free(safe);
	int x = width >= cols ? 0 : (cols - width) / 2;
	ui_draw_text(ui, w, y, x, cols - x, role, s);
}

void ui_draw_box(struct ui *ui, WINDOW *w, const char *title, bool focused)
{
	werase(w);
	attr_t a = ui_attr(ui, focused ? UI_ROLE_FOCUS : UI_ROLE_BORDER);
	wattr_on(w, a, NULL);
	box(w, 0, 0);
	wattr_off(w, a, NULL);
	if (title == NULL || getmaxx(w) < 6)
		return;
	char buf[300];
	snprintf(buf, sizeof(buf), " %s ", title);
	ui_draw_text(ui, w, 0, 2, getmaxx(w) - 4, focused ? UI_ROLE_FOCUS : UI_ROLE_TITLE, buf);
}

const char *ui_draw_spark(const struct ui *ui, int value, int max)
{
	static const char *const utf8[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	static const char *const ascii[] = { "_", ".", ",", "-", "~", "=", "*", "#" };
	if (value <= 0 || max <= 0)
		return " ";
	if (value > max)
		value = max;
	int level = max == 1 ? 7 : (value - 1) * 7 / (max - 1);
	return ui->ascii ? ascii[level] : utf8[level];
}

const char *ui_stage_name(const struct ui *ui, int stage)
{
	static const char *const plain[] = {
		"", "Stage 1: gentle touch", "Stage 2: closeness", "Stage 3: exploring",
	};
	static const char *const discreet[] = {
		"", "Step 1", "Step 2", "Step 3",
	};
	if (stage < 1 || stage > 3)
		stage = 1;
	return ui->app->cfg.discreet ? discreet[stage] : plain[stage];
}

const char *ui_stage_name_short(const struct ui *ui, int stage)
{
	static const char *const plain[] = { "stage 1", "stage 1", "stage 2", "stage 3" };
	static const char *const discreet[] = { "step 1", "step 1", "step 2", "step 3" };
	if (stage < 1 || stage > 3)
		stage = 1;
	return ui->app->cfg.discreet ? discreet[stage] : plain[stage];
}

enum ui_role ui_light_role(int light)
{
	switch (light) {
	case LIGHT_GREEN: return UI_ROLE_GOOD;
	case LIGHT_YELLOW: return UI_ROLE_WARN;
	case LIGHT_RED: return UI_ROLE_BAD;
	default: return UI_ROLE_TEXT;
	}
}

const char *ui_light_mark(int light)
{
	switch (light) {
	case LIGHT_GREEN: return "G";
	case LIGHT_YELLOW: return "Y";
	case LIGHT_RED: return "R";
	default: return "+";
	}
}

/* Today's entries of a kind, latest first, one a line, while there is room. */
void ui_draw_today_list(struct ui *ui, WINDOW *w, int y, int last, enum entry_kind kind)
{
	for (size_t i = ui->entries.n; i-- > 0 && y <= last;) {
		const struct entry *e = &ui->entries.v[i];
		if (e->kind != kind || e->day != ui->app->today)
			continue;
		int x = 2 + ui_draw_text(ui, w, y, 2, 10, ui_color_partner(e->partner),
		                         ui_ctx_name(ui, e->partner));
		ui_draw_text(ui, w, y, x + 1, getmaxx(w) - x - 3, UI_ROLE_TEXT,
		             e->text && e->text[0] ? e->text : "(no words)");
		y++;
	}
}

/* "Alex 3  Sam 1" with each count marked when it is in the band. */
int ui_draw_name_width(const struct ui *ui, int room, int per_partner)
{
	int nw = (room - 2 * per_partner) / 2;
	int longest = 0;
	for (int p = 1; p <= 2; p++) {
		int n = text_width(ui_ctx_name(ui, p));
		longest = n > longest ? n : longest;
	}
	nw = nw < longest ? nw : longest;
	nw = nw > 10 ? 10 : nw;
	return nw < 2 ? 2 : nw;
}

int ui_draw_counts(struct ui *ui, WINDOW *w, int y, int x, const int counts[2], int low)
{
	/* Both names fit inside the border, shortened when they must be. */
	int nw = ui_draw_name_width(ui, getmaxx(w) - 2 - x, 4);
	struct figure_style fs = ui_figures(ui);
	for (int p = 1; p <= 2; p++) {
		char fig[32];
		figure_count(&fs, counts[p - 1], 4, fig, sizeof fig);
		x += ui_draw_text(ui, w, y, x, nw, ui_color_partner(p), ui_ctx_name(ui, p)) + 1;
		x += ui_draw_text(ui, w, y, x, 4, counts[p - 1] >= low && low > 0 ? UI_ROLE_GOOD
		                  : UI_ROLE_TEXT, fig) + 2;
	}
	return x;
}
