#include <errno.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/text.h"

bool cli_ascii(void)
{
	const char *cs = nl_langinfo(CODESET);
	return !cs || (strcasecmp(cs, "UTF-8") != 0 && strcasecmp(cs, "utf8") != 0);
}

const char *cli_dot(void)
{
	return cli_ascii() ? "-" : "\xC2\xB7";
}

struct figure_style cli_figures(const struct app *app)
{
	struct figure_style fs = { .numbers = app->cfg.numbers, .ascii = cli_ascii() };
	return fs;
}

void cli_when(int64_t t, char *buf, size_t n)
{
	time_t when = (time_t)t, now = time(NULL);
	struct tm tw, tn;
	if (!localtime_r(&when, &tw) || !localtime_r(&now, &tn)) {
		snprintf(buf, n, "?");
		return;
	}
	/* Calendar days, not 24-hour spans: 07:00 after 22:00 is "tomorrow". */
	tend_day dw = day_from_ymd(tw.tm_year + 1900, tw.tm_mon + 1, tw.tm_mday);
	tend_day dn = day_from_ymd(tn.tm_year + 1900, tn.tm_mon + 1, tn.tm_mday);
	char clock[8], date[16];
	strftime(clock, sizeof clock, "%H:%M", &tw);
	if (dw == dn)
		snprintf(buf, n, "today at %s", clock);
	else if (dw == dn + 1)
		snprintf(buf, n, "tomorrow at %s", clock);
	else {
		day_format_short(dw, date);
		snprintf(buf, n, "%s at %s", date, clock);
	}
}

/* The name tend's messages on stderr start with: "tend" until the
 * dispatcher knows the command, then "tend week". The one piece of state
 * the command line keeps outside struct app, as err(3) keeps the
 * program's name: every message of the process shares it, and the helpers
 * that say them are called from a hundred places with no app at hand. */
static char error_scope[48] = "tend";

void cli_error_scope(const char *cmd)
{
	if (cmd)
		snprintf(error_scope, sizeof error_scope, "tend %s", cmd);
	else
		snprintf(error_scope, sizeof error_scope, "tend");
}

/* Print "tend CMD: message" on stderr with anything a user typed (paths,
 * arguments, file contents quoted in messages) neutralised. */
static void print_error(const char *fmt, va_list ap)
{
	char msg[2048];
	vsnprintf(msg, sizeof msg, fmt, ap);
	char *safe = text_safe(msg, cli_ascii());
	fprintf(stderr, "%s: %s\n", error_scope, safe ? safe : "?");
	free(safe);
}

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	print_error(fmt, ap);
	va_end(ap);
}

int cli_fail(const struct tend_err *err)
{
	cli_errorf("%s", err->msg[0] ? err->msg : "unknown error");
	return err_exit_status(err) ? err_exit_status(err) : 1;
}

bool cli_confirm(const char *word)
{
	fflush(stdout);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);
	/* A terminal echoed the answer and its newline; a pipe did not. */
	if (n < 0 || !isatty(STDIN_FILENO))
		printf("\n");
	if (n > 0 && line[n - 1] == '\n')
		line[n - 1] = '\0';
	bool yes = n > 0 && strcmp(line, word) == 0;
	free(line);
	return yes;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* One line: the problem, then where to read more. */
	cli_errorf("%s (see tend help %s)", msg, cmd);
	return 2;
}

void cli_put_text(FILE *f, const char *s)
{
	char *safe = text_safe(s ? s : "", cli_ascii());
	if (safe)
		fputs(safe, f);
	free(safe);
}

int cli_partner(const struct app *app, const char *cmd, const char *name)
{
	int p = config_partner_lookup(&app->cfg, name);
	if (p == 0) {
		char *safe = text_safe(name, false);
		cli_usage_error(cmd, "\"%s\" is neither partner (use a name or 1/2)",
		                safe ? safe : "?");
		free(safe);
	}
	return p;
}

bool cli_int(const char *s, int lo, int hi, int *out)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

void cli_plan_line(const struct app *app, tend_day d, char *buf, size_t n)
{
	int num = app_plan_day(app, d);
	const struct plan_phase *ph = plan_phase_at(&app->plan, num);
	if (num < 1) {
		char start[16];
		day_format_short(app_plan_date(app, 1), start);
		snprintf(buf, n, "The plan starts on %s, in %d day%s", start, 1 - num,
		         1 - num == 1 ? "" : "s");
	} else if (num > app->plan.length || !ph) {
		snprintf(buf, n, "Day %d, keeping it up", num);
	} else {
		char *title = text_safe(ph->title, cli_ascii());
		snprintf(buf, n, "Day %d of %d %s %s", num, app->plan.length, cli_dot(),
		         title ? title : "");
		free(title);
	}
	const struct pace_pause *run = pace_running(&app->pace);
	if (num >= 1 && run && pace_paused_on(&app->pace, d)) {
		char since[16];
		size_t len = strlen(buf);
		day_format_short(run->from, since);
		snprintf(buf + len, n - len, " %s paused since %s", cli_dot(), since);
	}
}

void cli_warn(const struct app *app)
{
	if (app->warning[0])
		cli_errorf("warning: %s", app->warning);
}

int cli_store(struct app *app)
{
	if (app->st)
		return 0;
	struct tend_err err;
	err_clear(&err);
	if (app_store(app, &err) != TEND_OK)
		return cli_fail(&err);
	cli_warn(app);
	return 0;
}

/* Whether the database file does not exist: then nothing is created, and
 * when say is true a note on stderr says so. */
static bool store_missing(struct app *app, bool say)
{
	struct stat sb;
	if (!app->st && !app->demo_dir && app->db_path &&
	    stat(app->db_path, &sb) != 0 && errno == ENOENT) {
		/* Said on stderr so that a mistyped --db is noticed, and the file
		 * is not created by a command that only reads. */
		if (say)
			cli_errorf("note: %s does not exist yet, so nothing has been logged "
			           "there (check --db or the config's database)", app->db_path);
		return true;
	}
	return false;
}

int cli_store_read(struct app *app, bool *none, bool say)
{
	*none = store_missing(app, say);
	return *none ? 0 : cli_store(app);
}

int cli_store_reading(struct app *app, bool *none, bool say)
{
	*none = store_missing(app, say);
	if (*none || app->st)
		return 0;
	struct tend_err err;
	err_clear(&err);
	if (app_store_read(app, &err) != TEND_OK)
		return cli_fail(&err);
	cli_warn(app);
	return 0;
}

tend_day cli_real_today(const struct app *app)
{
	return day_of_time(time(NULL), app->cfg.day_starts_at);
}

void cli_day_label(const struct app *app, tend_day d, char *buf, size_t n)
{
	char day[16];
	int y, ty, m, md;
	day_format_short(d, day);
	day_to_ymd(d, &y, &m, &md);
	day_to_ymd(app->today, &ty, &m, &md);
	/* A day given with --date was chosen on purpose: say it in full, so a
	 * mistyped year shows, and so the words never depend on the clock. */
	if (y == ty && !app->date_given)
		snprintf(buf, n, "%s", day);
	else
		snprintf(buf, n, "%s %d", day, y);
}

const char *cli_for_day(const struct app *app, tend_day d, char *buf, size_t n)
{
	char day[24];
	if (d == app->today && !app->date_given)
		return "";
	cli_day_label(app, d, day, sizeof day);
	snprintf(buf, n, " for %s", day);
	return buf;
}

int cli_save(struct app *app, struct entry *e, struct entry *replaced)
{
	if (e->text && text_count_chars(e->text) > TEXT_MAX_CHARS) {
		cli_errorf("the text is %zu characters long; %d at most, please",
		           text_count_chars(e->text), TEXT_MAX_CHARS);
		return 2;
	}
	int opened = cli_store(app);
	if (opened)
		return opened;
	struct tend_err err;
	err_clear(&err);
	if (store_add(app->st, e, replaced, &err) != TEND_OK)
		return cli_fail(&err);
	cli_note_future(app, e->day);
	return 0;
}

void cli_note_future(const struct app *app, tend_day day)
{
	if (day > cli_real_today(app)) {
		char label[24];
		cli_day_label(app, day, label, sizeof label);
		cli_errorf("note: %s is a day still to come (to take the entry back, open "
		           "the dashboard: Enter on its panel lists it, d deletes)", label);
	}
}

const char *cli_name(const struct app *app, int partner)
{
	return partner == 1 || partner == 2 ? app->cfg.partner[partner - 1] : "?";
}

void cli_put_cell(FILE *f, const char *s, int width)
{
	char *fit = text_fit(s ? s : "", width, cli_ascii());
	if (!fit)
		return;
	fputs(fit, f);
	for (int w = text_width(fit); w < width; w++)
		fputc(' ', f);
	free(fit);
}
