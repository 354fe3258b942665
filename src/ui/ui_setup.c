/* ui_setup: the first-run form (two names, start date, check-in time) that
 * writes the config file. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "tend/config.h"
#include "tend/text.h"
#include "tend/ui.h"
#include "tend/ui_draw.h"
#include "tend/ui_form.h"
#include "tend/ui_screen.h"

enum { NAME_MAX_CHARS = 40, DEFAULT_CHECKIN = 21 * 60, KEY_ESC = 27 };

/* Trim spaces at both ends, in place. */
static char *trim(char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

static bool setup_save(struct ui *ui, struct ui_form *f)
{
	if (!ui_form_check(f))
		return false;
	char *n1 = trim(f->field[1].text), *n2 = trim(f->field[2].text);
	bool ok = true;
	if (strcasecmp(n1, n2) == 0) {
		ui_field_error(&f->field[2], "two different names, please");
		ok = false;
	}
	tend_day start;
	if (!day_parse(trim(f->field[3].text), &start)) {
		ui_field_error(&f->field[3], "a date like 2026-11-09");
		ok = false;
	}
	int checkin;
	if (!day_parse_hhmm(trim(f->field[4].text), &checkin)) {
		ui_field_error(&f->field[4], "a time like 21:00");
		ok = false;
	}
	if (!ok)
		return false;
	struct tend_err err = { 0 };
	if (config_write_initial(f->path, n1, n2, start, checkin, &err) != TEND_OK) {
		snprintf(f->error, sizeof(f->error), "Not saved: %s", err.msg);
		return false;
	}
	ui->quit = true;
	return true;
}

static void setup_form(struct ui *ui, const char *path, tend_day today)
{
	struct ui_form *f = ui_form_open(ui, "Welcome to tend", setup_save);
	f->path = path;
	char start[11], hhmm[6];
	day_format(today, start);
	day_format_hhmm(DEFAULT_CHECKIN, hhmm);
	ui_form_heading(f, "Let's set up your dashboard. Everything can be changed later.");
	ui_form_text(f, "Your name", NAME_MAX_CHARS, true, NULL);
	ui_form_text(f, "Your partner", NAME_MAX_CHARS, true, NULL);
	ui_form_text(f, "Start date", 10, true, start);
	ui_form_text(f, "Check-in time", 5, true, hhmm);
	f->cur = 1;
	char *safe = text_fit(path, 60, ui->ascii);
	snprintf(f->hint, sizeof(f->hint), "Saved in %s", safe ? safe : "");
	free(safe);
}

int ui_setup(const char *config_path, tend_day today, struct tend_err *err)
{
	if (ui_check_terminal(err) != TEND_OK)
		return err->code;
	struct app none;
	memset(&none, 0, sizeof(none));
	struct ui *ui = ui_ctx_new(&none);
	if (ui == NULL)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (ui_screen_open(ui, err) != TEND_OK) {
		ui_ctx_free(ui);
		return err->code;
	}
	setup_form(ui, config_path, today);
	while (ui->form != NULL && ui_screen_signal() == 0) {
		erase();
		wnoutrefresh(stdscr);
		ui_form_draw(ui);
		doupdate();
		struct ui_key k;
		if (!ui_screen_key(&k) || (k.fn && k.ch == KEY_RESIZE))
			continue;
		/* Alt+key and pasted escape sequences are dropped, as on the dashboard. */
		if (!k.fn && k.ch == KEY_ESC && ui_screen_escape_more(ui))
			continue;
		ui_form_key(ui, k);
	}
	bool saved = ui->quit;
	ui_form_close(ui);
	ui_screen_close(ui);
	ui_ctx_free(ui);
	if (!saved)
		return err_set(err, TEND_E_RUNTIME, "setup was cancelled; nothing was written");
	return TEND_OK;
}
