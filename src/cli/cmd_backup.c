#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"

static const char cmd_backup_usage[] =
	"usage: tend backup FILE\n"
	"\n"
	"Copy the database to FILE (readable by you only), consistently, even\n"
	"while another tend is saving. An existing FILE is replaced; through a\n"
	"link, the file it points at. A pipe or a device such as /dev/null, and\n"
	"- for standard output, are written into, as export does.\n";

/* Copy the file at from into the output o. */
static int copy_out(const char *from, struct cli_output *o, const char *dest,
                    struct tend_err *err)
{
	FILE *in = fopen(from, "rb");
	char buf[65536];
	size_t n;
	if (!in)
		return err_set(err, TEND_E_RUNTIME, "%s: cannot read it back: %s", from,
		               strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, cli_output_file(o)) != n)
			break;
	bool bad = ferror(in) || ferror(cli_output_file(o));
	int e = errno;
	fclose(in);
	if (bad)
		return err_set(err, TEND_E_RUNTIME, "%s: cannot write: %s", dest, strerror(e));
	return TEND_OK;
}

/* A pipe or a device has no file to replace: the backup is made in a
 * private folder first (SQLite writes files, not streams), then written
 * through, and the copy removed. */
static int backup_through(struct app *app, const char *dest, struct tend_err *err)
{
	const char *tmpdir = getenv("TMPDIR");
	char dir[4096], file[4200];
	if (!tmpdir || !*tmpdir)
		tmpdir = "/tmp";
	if (snprintf(dir, sizeof dir, "%s/tend-backup-XXXXXX", tmpdir) >= (int)sizeof dir ||
	    !mkdtemp(dir))
		return err_set(err, TEND_E_RUNTIME, "%s: cannot make a private folder for "
		               "the copy: %s", tmpdir, strerror(errno));
	snprintf(file, sizeof file, "%s/tend.db", dir);
	int rc = store_backup(app->st, file, err);
	struct cli_output *o = rc == TEND_OK ? cli_output_open(dest, err) : NULL;
	if (rc == TEND_OK && !o)
		rc = err->code;
	if (o) {
		rc = copy_out(file, o, dest, err);
		int closed = cli_output_close(o, rc == TEND_OK, err);
		if (rc == TEND_OK)
			rc = closed;
	}
	unlink(file);
	rmdir(dir);
	return rc;
}

static int cmd_backup(struct app *app, struct cli_args *args)
{
	const char *dest = args->argv[0];
	if (!dest[0])
		return cli_usage_error("backup", "name the file to write");
	if (cli_not_ours(app, "backup", dest))
		return 2;
	struct tend_err err;
	err_clear(&err);
	char *real;
	int how = cli_output_target(dest, &real, &err);
	if (how != CLI_OUT_REPLACE && how != CLI_OUT_THROUGH)
		return cli_fail(&err);
	bool to_stdout = how == CLI_OUT_THROUGH && (strcmp(dest, "-") == 0 ||
	                 strcmp(dest, "/dev/stdout") == 0 || strcmp(dest, "/dev/fd/1") == 0 ||
	                 strcmp(dest, "/proc/self/fd/1") == 0);
	if (to_stdout && isatty(STDOUT_FILENO)) {
		free(real);
		return cli_usage_error("backup", "standard output is a terminal; name a "
		                       "file, or send the copy into a pipe");
	}
	bool none;
	int opened = cli_store_reading(app, &none, false);
	if (opened || none) {
		free(real);
		if (none)
			cli_errorf("%s does not exist, so there is nothing to back up",
			           app->db_path);
		return opened ? opened : 1;
	}
	int rc = how == CLI_OUT_REPLACE ? store_backup(app->st, real, &err)
	                                : backup_through(app, dest, &err);
	free(real);
	if (rc != TEND_OK)
		return cli_fail(&err);
	if (!to_stdout) {
		printf("Backed up to ");
		cli_put_text(stdout, dest);
		printf("\n");
	}
	return 0;
}

static const struct cli_values cmd_backup_values[] = {
	{ NULL, "@file" },
	{ NULL, NULL },
};

const struct cli_command cmd_backup_entry = {
	.values = cmd_backup_values,
	.name = "backup",
	.summary = "copy the database safely",
	.usage = cmd_backup_usage,
	.min_args = 1, .max_args = 1, .args_error = "name the file to write",
	.run = cmd_backup,
};
