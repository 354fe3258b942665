/* config_path: where the config and the database are by default, and the
 * paths written in the file ("~/..." or relative to the file). */
#include "config_priv.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* $HOME, or the password database's home when HOME is unset or relative. */
static const char *config_home(void)
{
	const char *home = getenv("HOME");

	if (home && home[0] == '/')
		return home;
	struct passwd *pw = getpwuid(geteuid());
	return pw && pw->pw_dir && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
}

/* dir + "/" + rest, without doubling the slash (malloc'd). */
static char *config_join(const char *dir, const char *rest)
{
	size_t n = strlen(dir);
	char *out;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	while (*rest == '/')
		rest++;
	out = malloc(n + strlen(rest) + 2);
	if (out)
		sprintf(out, "%.*s/%s", (int)n, dir, rest);
	return out;
}

/* $VAR/tail when VAR holds an absolute path, else ~/fallback/tail. */
static char *config_xdg(const char *var, const char *fallback, const char *tail)
{
	const char *base = getenv(var);
	char *dir, *out;

	if (base && base[0] == '/')
		return config_join(base, tail);
	if (!config_home())
		return NULL;
	dir = config_join(config_home(), fallback);
	out = dir ? config_join(dir, tail) : NULL;
	free(dir);
	return out;
}

char *config_default_path(void)
{
	return config_xdg("XDG_CONFIG_HOME", ".config", "tend/tend.conf");
}

char *config_default_database(void)
{
	return config_xdg("XDG_DATA_HOME", ".local/share", "tend/tend.db");
}

/* The absolute directory that holds the config file (malloc'd). */
static char *config_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir, *cwd, *out;

	if (slash == path)
		return strdup("/");
	dir = slash ? strndup(path, (size_t)(slash - path)) : strdup(".");
	if (!dir || dir[0] == '/')
		return dir;
	cwd = getcwd(NULL, 0);
	out = cwd ? config_join(cwd, strcmp(dir, ".") == 0 ? "" : dir) : NULL;
	free(cwd);
	free(dir);
	return out;
}

/* A path from the file: "~/" is the home directory, and a relative path is
 * taken from the config file's directory. */
int config_path_resolve(const char *path, cfg_t *cfg, const char *key,
                        const struct confread *scan, char **out,
                        struct tend_err *err)
{
	const char *value = cfg_getstr(cfg, key);
	char q[CONFIG_QUOTE_SIZE];

	if (value[0] == '~' && value[1] != '/' && value[1] != '\0') {
		config_quote(q, sizeof q, value);
		return confread_fail(err, path, confread_line(scan, key, -1), key,
		                     "%s: only ~/ is understood (~/path or a full path)", q);
	}
	if (value[0] == '~') {
		if (!config_home())
			return err_set(err, TEND_E_RUNTIME, "cannot find your home directory "
			               "for %s (set HOME)", key);
		*out = config_join(config_home(), value + 1);
	} else if (value[0] == '/') {
		*out = strdup(value);
	} else {
		char *dir = config_dir_of(path);
		*out = dir ? config_join(dir, value) : NULL;
		free(dir);
	}
	return *out ? TEND_OK : err_set(err, TEND_E_RUNTIME, "out of memory");
}

