#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/text.h"

int64_t cli_timeout_since(const struct app *app)
{
	return (int64_t)time(NULL) - (int64_t)app->cfg.return_within_hours * 3600;
}

bool cli_ascii(void)
{
	const char *cs = nl_langinfo(CODESET);
	return !cs || (strcasecmp(cs, "UTF-8") != 0 && strcasecmp(cs, "utf8") != 0);
}

const char *cli_dot(void)
{
	return cli_ascii() ? "-" : "\xC2\xB7";
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

/* Print "PREFIX: message" on stderr with anything a user typed (paths,
 * arguments, file contents quoted in messages) neutralised. */
static void print_error(const char *prefix, const char *fmt, va_list ap)
{
	char msg[2048];
	vsnprintf(msg, sizeof msg, fmt, ap);
	char *safe = text_safe(msg, cli_ascii());
	fprintf(stderr, "%s: %s\n", prefix, safe ? safe : "?");
	free(safe);
}

static void cli_errorf_prefixed(const char *prefix, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void cli_errorf_prefixed(const char *prefix, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	print_error(prefix, fmt, ap);
	va_end(ap);
}

void cli_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	print_error("tend", fmt, ap);
	va_end(ap);
}

int cli_fail(const struct tend_err *err)
{
	cli_errorf("%s", err->msg[0] ? err->msg : "unknown error");
	return err_exit_status(err) ? err_exit_status(err) : 1;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	char prefix[64], msg[1024];
	snprintf(prefix, sizeof prefix, "tend %s", cmd);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	/* One line: the problem, then where to read more. */
	cli_errorf_prefixed(prefix, "%s (see `tend %s --help`)", msg, cmd);
	return 2;
}

void cli_put_text(FILE *f, const char *s)
{
	char *safe = text_safe(s ? s : "", cli_ascii());
	if (safe)
		fputs(safe, f);
	free(safe);
}

/* path with its folder made absolute and free of links (the file itself
 * need not exist); NULL when the folder does not exist. Malloc'd. */
static char *canonical(const char *path)
{
	char *copy = strdup(path), *copy2 = strdup(path);
	char *dir = copy ? realpath(dirname(copy), NULL) : NULL;
	char *out = NULL;
	if (dir && copy2) {
		const char *base = basename(copy2);
		size_t n = strlen(dir) + strlen(base) + 2;
		if ((out = malloc(n)))
			snprintf(out, n, "%s/%s", dir, base);
	}
	free(dir);
	free(copy);
	free(copy2);
	return out;
}

/* Whether path is (or, not existing yet, would be) the file named by own
 * followed by suffix. */
static bool names_own_file(const char *path, const char *own, const char *suffix)
{
	if (!own)
		return false;
	size_t n = strlen(own) + strlen(suffix) + 1;
	char *name = malloc(n);
	if (!name)
		return false;
	snprintf(name, n, "%s%s", own, suffix);
	struct stat a, b;
	bool same = stat(path, &a) == 0 && stat(name, &b) == 0 &&
	            a.st_dev == b.st_dev && a.st_ino == b.st_ino;
	if (!same) {
		char *p = canonical(path), *q = canonical(name);
		same = p && q && strcmp(p, q) == 0;
		free(p);
		free(q);
	}
	free(name);
	return same;
}

/* Whether path is (or would be) a file in the backups folder of the
 * database in use or of the config's database. */
static bool in_backups(const struct app *app, const char *path)
{
	char *where = canonical(path), *dir = NULL;
	bool in = false;
	if (where)
		dir = strdup(dirname(where));
	const char *dbs[] = { app->db_path, app->cfg.database };
	for (size_t i = 0; i < 2 && dir && !in; i++) {
		if (!dbs[i])
			continue;
		char *bdir = store_backup_dir_of(dbs[i]);
		char *canon = bdir ? canonical(bdir) : NULL;
		in = canon && strcmp(canon, dir) == 0;
		free(canon);
		free(bdir);
	}
	free(dir);
	free(where);
	return in;
}

int cli_not_ours(const struct app *app, const char *cmd, const char *path)
{
	if (!path || strcmp(path, "-") == 0)
		return 0;
	static const char *const side[] = { "", "-wal", "-shm", "-journal" };
	const char *what = NULL;
	/* The config's database counts too when --db points elsewhere. */
	for (size_t i = 0; i < sizeof side / sizeof side[0] && !what; i++)
		if (names_own_file(path, app->db_path, side[i]) ||
		    names_own_file(path, app->cfg.database, side[i]))
			what = "tend's database";
	if (!what && in_backups(app, path))
		what = "in tend's backups folder";
	if (!what && names_own_file(path, app->cfg.path, ""))
		what = "tend's config file";
	if (!what && names_own_file(path, app->cfg.plan_file, ""))
		what = "your plan file";
	if (!what)
		return 0;
	if (strncmp(what, "in ", 3) == 0)
		return cli_usage_error(cmd, "%s is %s; choose a file elsewhere", path, what);
	return cli_usage_error(cmd, "%s is %s; writing there would destroy it, so choose "
	                       "another file", path, what);
}

struct cli_output {
	FILE *f;
	char *path; /* NULL for stdout */
	char *tmp;  /* NULL when written in place (a device or a pipe) */
};

static struct cli_output *output_new(FILE *f, struct tend_err *err)
{
	struct cli_output *o = calloc(1, sizeof *o);
	if (!o) {
		err_set(err, TEND_E_RUNTIME, "out of memory");
		return NULL;
	}
	o->f = f;
	return o;
}

static void output_free(struct cli_output *o)
{
	free(o->path);
	free(o->tmp);
	free(o);
}

/* A device or named pipe (/dev/stdout, a FIFO) is written straight into:
 * there is no file to replace. */
static struct cli_output *output_in_place(const char *path, struct tend_err *err)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	struct cli_output *o = output_new(f, err);
	if (o && !(o->path = strdup(path))) {
		free(o);
		o = NULL;
	}
	if (!o) {
		fclose(f);
		err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	return o;
}

/* The descriptor a path like /dev/stderr, /dev/fd/N or /proc/self/fd/N
 * names, or -1. Such a path is what the shell opened (perhaps a file opened
 * for appending), so it is written through, never replaced. */
static int named_fd(const char *path)
{
	static const char *const dirs[] = { "/dev/fd/", "/proc/self/fd/" };
	if (strcmp(path, "/dev/stderr") == 0)
		return 2;
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		size_t n = strlen(dirs[i]);
		int fd;
		if (strncmp(path, dirs[i], n) == 0 && cli_int(path + n, 0, 1 << 20, &fd))
			return fd;
	}
	return -1;
}

static struct cli_output *output_dup(int fd, const char *path, struct tend_err *err)
{
	int copy = dup(fd);
	FILE *f = copy >= 0 ? fdopen(copy, "w") : NULL;
	if (!f) {
		err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", path, strerror(errno));
		if (copy >= 0)
			close(copy);
		return NULL;
	}
	struct cli_output *o = output_new(f, err);
	if (o && !(o->path = strdup(path))) {
		free(o);
		o = NULL;
		err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	if (!o)
		fclose(f);
	return o;
}

/* Written beside the target and renamed, so a failure leaves no half file. */
static struct cli_output *output_replace(const char *path, struct tend_err *err)
{
	struct cli_output *o = output_new(NULL, err);
	if (!o)
		return NULL;
	size_t n = strlen(path) + 16;
	o->path = strdup(path);
	o->tmp = malloc(n);
	if (!o->path || !o->tmp) {
		output_free(o);
		err_set(err, TEND_E_RUNTIME, "out of memory");
		return NULL;
	}
	snprintf(o->tmp, n, "%s.tmp-XXXXXX", path);
	int fd = mkstemp(o->tmp);
	if (fd < 0 || fchmod(fd, 0600) < 0 || !(o->f = fdopen(fd, "w"))) {
		err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(o->tmp);
		}
		output_free(o);
		return NULL;
	}
	return o;
}

/* Where a symbolic link to a file that does not exist yet points (relative
 * targets are read from the link's folder); NULL when path is no link. */
static char *link_target(const char *path)
{
	struct stat sb;
	char to[4096];
	ssize_t n;
	if (lstat(path, &sb) != 0 || !S_ISLNK(sb.st_mode) ||
	    (n = readlink(path, to, sizeof to - 1)) <= 0)
		return NULL;
	to[n] = '\0';
	if (to[0] == '/')
		return strdup(to);
	char *copy = strdup(path);
	char *out = NULL;
	if (copy) {
		const char *dir = dirname(copy);
		size_t len = strlen(dir) + strlen(to) + 2;
		if ((out = malloc(len)))
			snprintf(out, len, "%s/%s", dir, to);
	}
	free(copy);
	return out;
}

struct cli_output *cli_output_open(const char *path, struct tend_err *err)
{
	if (!path || strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0)
		return output_new(stdout, err);
	int fd = named_fd(path);
	if (fd >= 0)
		return output_dup(fd, path, err);
	struct stat sb;
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		err_set(err, TEND_E_RUNTIME, "%s: is a directory", path);
		return NULL;
	}
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return output_in_place(path, err);
	/* Through a symbolic link, the file it points at is replaced, not the link. */
	char *real = realpath(path, NULL);
	if (!real)
		real = link_target(path);
	struct cli_output *o = output_replace(real ? real : path, err);
	free(real);
	return o;
}

FILE *cli_output_file(struct cli_output *o)
{
	return o->f;
}

/* A device or pipe has nothing to sync or rename. */
static int output_close_in_place(struct cli_output *o, bool ok, struct tend_err *err)
{
	bool bad = fflush(o->f) != 0 || ferror(o->f);
	int e = errno;
	bad = fclose(o->f) != 0 || bad;
	int rc = TEND_OK;
	if (ok && bad)
		rc = err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", o->path, strerror(e));
	output_free(o);
	return rc;
}

int cli_output_close(struct cli_output *o, bool ok, struct tend_err *err)
{
	if (!o)
		return TEND_OK;
	if (!o->path) {
		bool bad = fflush(stdout) != 0 || ferror(stdout);
		free(o);
		if (ok && bad)
			return err_set(err, TEND_E_RUNTIME, "cannot write to standard output: %s",
			               strerror(errno));
		return TEND_OK;
	}
	if (!o->tmp)
		return output_close_in_place(o, ok, err);
	bool bad = fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0;
	int e = errno;
	bad = (fclose(o->f) != 0) || bad;
	if (ok && !bad && rename(o->tmp, o->path) == 0) {
		output_free(o);
		return TEND_OK;
	}
	if (ok && !bad)
		e = errno;
	unlink(o->tmp);
	int rc = TEND_OK;
	if (ok)
		rc = err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", o->path, strerror(e));
	output_free(o);
	return rc;
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
	int num = day_plan_number(app->cfg.start_date, d);
	const struct plan_phase *ph = plan_phase_at(&app->plan, num);
	if (num < 1) {
		char start[16];
		day_format_short(app->cfg.start_date, start);
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
}

int cli_bad_option(const char *cmd, int c, char **argv)
{
	/* A long option is named as typed; for a short one getopt names the letter. */
	const char *prev = optind > 0 ? argv[optind - 1] : "?";
	bool is_long = strncmp(prev, "--", 2) == 0;
	char letter[3] = { '-', (char)optopt, '\0' };
	const char *arg = !is_long && c == '?' && optopt ? letter : prev;
	char *safe = text_safe(arg, false);
	const char *shown = safe ? safe : "?";
	int rc;
	if (c == ':')
		rc = cli_usage_error(cmd, "%s needs a value", shown);
	else if (is_long && optopt && strchr(prev, '='))
		rc = cli_usage_error(cmd, "%s: this option takes no value", shown);
	else
		rc = cli_usage_error(cmd, "unknown option %s", shown);
	free(safe);
	return rc;
}

int cli_once(const char *cmd, int c, char **argv, char *seen, size_t size)
{
	if (c == '?' || c == ':' || c <= 0 || c > 127)
		return 0;
	if (strchr(seen, c)) {
		/* The option as typed, without its value: "--mood 4", "--mood=4"
		 * and "-m4" are all "--mood" or "-m". */
		int at = optarg && optind >= 2 && optarg == argv[optind - 1] ? optind - 2 : optind - 1;
		const char *prev = at >= 0 ? argv[at] : "?";
		char name[64];
		int len = strncmp(prev, "--", 2) == 0 ? (int)strcspn(prev, "=") : 2;
		snprintf(name, sizeof name, "%.*s", len, prev);
		return cli_usage_error(cmd, "%s is given twice; give it once", name);
	}
	size_t n = strlen(seen);
	if (n + 1 < size) {
		seen[n] = (char)c;
		seen[n + 1] = '\0';
	}
	return 0;
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

int cli_store_read(struct app *app, bool *none, bool say)
{
	struct stat sb;
	*none = false;
	if (!app->st && !app->demo_dir && app->db_path &&
	    stat(app->db_path, &sb) != 0 && errno == ENOENT) {
		/* Said on stderr so that a mistyped --db is noticed, and the file
		 * is not created by a command that only reads. */
		if (say)
			cli_errorf("note: %s does not exist yet, so nothing has been logged "
			           "there (check --db or the config's database)", app->db_path);
		*none = true;
		return 0;
	}
	return cli_store(app);
}

tend_day cli_real_today(const struct app *app)
{
	return day_of_time(time(NULL), app->cfg.day_starts_at);
}

void cli_day_label(const struct app *app, tend_day d, char *buf, size_t n)
{
	char day[16];
	int y, ny, m, md;
	day_format_short(d, day);
	day_to_ymd(d, &y, &m, &md);
	day_to_ymd(cli_real_today(app), &ny, &m, &md);
	if (y == ny)
		snprintf(buf, n, "%s", day);
	else
		snprintf(buf, n, "%s %d", day, y);
}

const char *cli_for_day(const struct app *app, tend_day d, char *buf, size_t n)
{
	char day[24];
	if (d == cli_real_today(app))
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
	if (e->day > cli_real_today(app)) {
		char day[24];
		cli_day_label(app, e->day, day, sizeof day);
		cli_errorf("note: %s is a day still to come (to take the entry back, open "
		           "the dashboard: Enter on its panel lists it, d deletes)", day);
	}
	return 0;
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
