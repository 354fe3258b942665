/* datadir: finding tend's data files and its PDF module from where the
 * running program is. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/datadir.h"

/* The folder the running program is in, into dir; false when unknown.
 * /proc/self/exe has every link resolved, so a link to tend in ~/bin
 * still leads to the real prefix. */
static bool program_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	if (n <= 0 || (size_t)n >= size - 1)
		return false;
	dir[n] = '\0';
	char *slash = strrchr(dir, '/');
	if (!slash)
		return false;
	slash[slash == dir] = '\0'; /* "/tend" is in "/" */
	return true;
}

/* Whether dir is the build tree this tend was built in: the same folder
 * (device and inode, so another spelling of the path still counts). */
static bool is_build_tree(const char *dir)
{
	struct stat a, b;
	return stat(dir, &a) == 0 && stat(TEND_BUILD_ROOT, &b) == 0 &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* How many folders deep rel is ("bin": 1, "usr/bin": 2). */
static int depth(const char *rel)
{
	int n = 0;
	for (const char *p = rel; *p;) {
		size_t len = strcspn(p, "/");
		n += len > 0 && !(len == 1 && p[0] == '.');
		p += len;
		p += *p == '/';
	}
	return n;
}

/* The prefix tend runs from, into out: the program's folder less as many
 * levels as the bindir has. A bindir outside the prefix says nothing of
 * it: then the configured prefix. */
static bool program_prefix(const char *dir, char *out, size_t size)
{
	const char *bindir = TEND_BINDIR;
	if (bindir[0] == '/')
		return snprintf(out, size, "%s", TEND_PREFIX) < (int)size;
	if (snprintf(out, size, "%s", dir) >= (int)size)
		return false;
	for (int up = depth(bindir); up > 0; up--) {
		char *slash = strrchr(out, '/');
		if (!slash)
			return false;
		slash[slash == out] = '\0';
	}
	return true;
}

/* Where an installed tend keeps the files of sub (a folder of the
 * install, relative to the prefix unless absolute), into out. */
static bool installed_dir(const char *dir, const char *sub, char *out, size_t size)
{
	if (sub[0] == '/')
		return snprintf(out, size, "%s", sub) < (int)size;
	char prefix[PATH_MAX];
	if (!program_prefix(dir, prefix, sizeof prefix))
		return false;
	const char *sep = strcmp(prefix, "/") == 0 ? "" : "/";
	return snprintf(out, size, "%s%s%s", prefix, sep, sub) < (int)size;
}

/* The folder that holds the files of sub for this run, into out. */
static bool files_dir(const char *build_sub, const char *installed_sub, char *out,
                      size_t size, struct tend_err *err)
{
	char dir[PATH_MAX];
	if (!program_dir(dir, sizeof dir)) {
		err_set(err, TEND_E_RUNTIME, "cannot find the folder tend runs from "
		        "(is /proc mounted?), where its own files are");
		return false;
	}
	bool ok = is_build_tree(dir)
	          ? snprintf(out, size, "%s", build_sub) < (int)size
	          : installed_dir(dir, installed_sub, out, size);
	if (!ok)
		err_set(err, TEND_E_RUNTIME, "the folder of tend's own files is too long a path");
	return ok;
}

/* path = dir/name, malloc'd. */
static char *join(const char *dir, const char *name, struct tend_err *err)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);
	if (!path) {
		err_set(err, TEND_E_RUNTIME, "out of memory");
		return NULL;
	}
	snprintf(path, n, "%s/%s", dir, name);
	return path;
}

char *datadir_file(const char *name, struct tend_err *err)
{
	char dir[PATH_MAX];
	if (!files_dir(TEND_SOURCE_ROOT "/data", TEND_INSTALL_DATADIR, dir, sizeof dir, err))
		return NULL;
	char *path = join(dir, name, err);
	if (path && access(path, R_OK) != 0) {
		err_set(err, TEND_E_RUNTIME, "cannot read %s (%s): tend's data files "
		        "are not installed where this tend is", path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
}

char *datadir_module(const char *name, struct tend_err *err)
{
	char dir[PATH_MAX];
	if (!files_dir(TEND_BUILD_ROOT, TEND_INSTALL_MODULEDIR, dir, sizeof dir, err))
		return NULL;
	return join(dir, name, err);
}
