/* cli_output: where the command line writes files: never over tend's own
 * files, through links and into devices as the user meant, and never a
 * half-written file in place of a good one. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/store.h"

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

/* Where a symbolic link points (a relative target is read from the link's
 * folder), or NULL when path is no link. Malloc'd. */
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

/* The file path leads to once every link is followed, even a link to a
 * file that does not exist yet (a dangling link names where a write would
 * land): absolute, its folder free of links. NULL when its folder does not
 * exist or the links go round in a circle. Malloc'd. */
static char *resolve(const char *path)
{
	char *at = strdup(path);
	for (int hops = 0; at && hops < 40; hops++) {
		char *next = link_target(at);
		if (!next) {
			char *out = canonical(at);
			free(at);
			return out;
		}
		free(at);
		at = next;
	}
	free(at);
	return NULL;
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
		char *p = resolve(path), *q = resolve(name);
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
	char *where = resolve(path), *dir = NULL;
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

/* Standard output, by name. */
static bool is_stdout(const char *path)
{
	return !path || strcmp(path, "-") == 0 || strcmp(path, "/dev/stdout") == 0;
}

int cli_output_target(const char *path, char **real, struct tend_err *err)
{
	struct stat sb;
	*real = NULL;
	if (is_stdout(path) || named_fd(path) >= 0) {
		*real = strdup(path ? path : "-");
		return *real ? CLI_OUT_THROUGH : err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	/* Through a symbolic link, the file it points at is written. */
	*real = resolve(path);
	if (!*real)
		*real = strdup(path);
	if (!*real)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (stat(*real, &sb) != 0 || S_ISREG(sb.st_mode))
		return CLI_OUT_REPLACE;
	/* A pipe, a terminal or another character device (/dev/null) has no
	 * file to replace; a folder, a socket or a disk is no place for it. */
	if (S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode))
		return CLI_OUT_THROUGH;
	free(*real);
	*real = NULL;
	return err_set(err, TEND_E_RUNTIME, "%s: %s", path,
	               S_ISDIR(sb.st_mode) ? "is a directory" :
	               "is not a file, a pipe or a terminal, so nothing is written there");
}

struct cli_output *cli_output_open(const char *path, struct tend_err *err)
{
	if (is_stdout(path))
		return output_new(stdout, err);
	int fd = named_fd(path);
	if (fd >= 0)
		return output_dup(fd, path, err);
	char *real;
	int how = cli_output_target(path, &real, err);
	if (how != CLI_OUT_REPLACE && how != CLI_OUT_THROUGH)
		return NULL;
	struct cli_output *o = how == CLI_OUT_THROUGH ? output_in_place(real, err)
	                                              : output_replace(real, err);
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
