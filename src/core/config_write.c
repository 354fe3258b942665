/* config_write: a first config for `tend init`, written from the schema so
 * that every key shows with its help text and default. */
#include "config_priv.h"
#include "tend/name.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


/* s as a libconfuse double-quoted string that reads back byte for byte: "$"
 * is written as \x24 so that "${...}" is never taken for a variable. */
void config_put_quoted(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else if (*s == '$')
			fputs("\\x24", fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

/* A default list, one item a line when it is long, every line commented. */
static void config_put_list(FILE *fp, const char *list)
{
	bool quoted = false;

	if (strlen(list) < 60) {
		fprintf(fp, "%s\n", list);
		return;
	}
	for (const char *p = list; *p; p++) {
		quoted ^= *p == '"';
		if (!quoted && *p == '{')
			fputs("{\n#    ", fp);
		else if (!quoted && *p == ',')
			fputs(",\n#   ", fp);
		else if (!quoted && *p == '}')
			fputs("\n#}", fp);
		else
			fputc(*p, fp);
	}
	fputc('\n', fp);
}

/* "#key = default", so the file shows every key and how to change it. */
static void config_put_default(FILE *fp, const cfg_opt_t *o)
{
	fprintf(fp, "#%s = ", o->name);
	if (o->flags & CFGF_LIST)
		config_put_list(fp, o->def.parsed);
	else if (o->type == CFGT_INT)
		fprintf(fp, "%ld\n", o->def.number);
	else if (o->type == CFGT_BOOL)
		fputs(o->def.boolean ? "true\n" : "false\n", fp);
	else {
		config_put_quoted(fp, o->def.string ? o->def.string : "");
		fputc('\n', fp);
	}
}

/* Every key of the schema in order, with its help text above it. */
static void config_put_body(FILE *fp, const char *name1, const char *name2,
                            tend_day start, int checkin_time)
{
	char date[16], hhmm[8];

	day_format(start, date);
	day_format_hhmm(checkin_time, hhmm);
	fputs("# tend's settings. A line starting with # is a comment: to change a\n"
	      "# setting, remove the # in front of it. tend.conf(5) explains each key.\n",
	      fp);
	for (const cfg_opt_t *o = config_schema(); o->name; o++) {
		if (config_key_retired(o->name))
			continue;
		fprintf(fp, "\n# %s\n", o->comment);
		if (o->type == CFGT_SEC) {
			fprintf(fp, "# Colors: %s.\npartner ", config_partner_schema()[0].comment);
			config_put_quoted(fp, name1);
			fputs(" { color = \"cyan\" }\npartner ", fp);
			config_put_quoted(fp, name2);
			fputs(" { color = \"magenta\" }\n", fp);
		} else if (strcmp(o->name, "start-date") == 0) {
			fprintf(fp, "start-date = \"%s\"\n", date);
		} else if (strcmp(o->name, "checkin-time") == 0) {
			fprintf(fp, "checkin-time = \"%s\"\n", hhmm);
		} else {
			config_put_default(fp, o);
		}
	}
}

/* The same checks config_load makes on the names, the day and the time. */
static int config_check_initial(const char *name1, const char *name2, tend_day start,
                                int checkin_time, struct tend_err *err)
{
	const char *names[2] = { name1, name2 };
	char q[CONFIG_QUOTE_SIZE], q2[CONFIG_QUOTE_SIZE], date[16];
	tend_day back;

	for (int i = 0; i < 2; i++) {
		const char *why = names[i] ? name_problem(names[i]) : "is missing";
		if (why) {
			config_quote(q, sizeof q, names[i] ? names[i] : "");
			return err_set(err, TEND_E_USAGE, "partner %d: the name %s %s (a name "
			               "such as \"Alex\")", i + 1, q, why);
		}
	}
	if (name_same(name1, name2)) {
		config_quote(q, sizeof q, name2);
		config_quote(q2, sizeof q2, name1);
		return err_set(err, TEND_E_USAGE, "partner 2: %s is the same name as %s "
		               "(the two names must differ)", q, q2);
	}
	if (start != DAY_INVALID)
		day_format(start, date);
	if (start == DAY_INVALID || !day_parse(date, &back) || back != start)
		return err_set(err, TEND_E_USAGE, "start-date: not a date tend can use "
		               "(YYYY-MM-DD, years 1900 to 9999)");
	if (checkin_time < 0 || checkin_time >= 24 * 60)
		return err_set(err, TEND_E_USAGE, "checkin-time: not a time of day (HH:MM)");
	return TEND_OK;
}

/* Create the missing directories above path, each 0700. */
static int config_make_parents(const char *path, struct tend_err *err)
{
	char *dir = strdup(path);

	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	for (char *p = strchr(dir + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			int e = errno;
			int rc = confread_fail_io(err, dir, "cannot create the directory (%s)",
			                          strerror(e));
			free(dir);
			return rc;
		}
		*p = '/';
	}
	free(dir);
	return TEND_OK;
}

int config_write_initial(const char *path, const char *name1, const char *name2,
                         tend_day start, int checkin_time, struct tend_err *err)
{
	int rc = config_check_initial(name1, name2, start, checkin_time, err);

	/* No path: config_default_path found no home directory. */
	if (rc == TEND_OK && (!path || !*path))
		rc = err_set(err, TEND_E_RUNTIME, "cannot find your home directory to put "
		             "the config in (set HOME, or name the config file)");
	if (rc == TEND_OK)
		rc = config_make_parents(path, err);
	if (rc != TEND_OK)
		return rc;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST)
		return confread_fail_io(err, path, "already exists (tend never overwrites a "
		                        "config; edit it, or move it away first)");
	if (fd < 0)
		return confread_fail_io(err, path, "cannot create it (%s)", strerror(errno));
	FILE *fp = fdopen(fd, "w");
	if (!fp) {
		int e = errno;
		close(fd);
		unlink(path);
		return confread_fail_io(err, path, "cannot write it (%s)", strerror(e));
	}
	config_put_body(fp, name1, name2, start, checkin_time);
	errno = 0;
	bool bad = fflush(fp) != 0 || ferror(fp) || fsync(fd) != 0;
	int e = errno ? errno : EIO;
	if (fclose(fp) != 0 && !bad)
		bad = true, e = errno;
	if (!bad)
		return TEND_OK;
	unlink(path);
	return confread_fail_io(err, path, "cannot write it (%s)", strerror(e));
}

