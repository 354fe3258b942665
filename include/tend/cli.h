/* cli: what the subcommands of the command line share. */
#ifndef TEND_CLI_H
#define TEND_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "tend/app.h"
#include "tend/err.h"

/* A subcommand: argv[0] is its name; options are parsed with getopt_long.
 * Returns the exit status (0, 1 runtime, 2 usage). Global options (--config,
 * --db, --date, --demo) were already taken out of argv by main. -h/--help is
 * handled by main, which prints the usage text without opening anything. */
typedef int (*cli_cmd_fn)(struct app *app, int argc, char **argv);

/* Print "tend: MESSAGE" on stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print err as "tend: MESSAGE" and return its exit status. */
int cli_fail(const struct tend_err *err);
/* Usage error about a subcommand: prints "tend CMD: MESSAGE" and a hint to
 * run `tend CMD --help`; returns 2. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Open path for writing a new private file (0600) through a temporary name in
 * the same directory; finish with cli_output_close, which fsyncs and renames
 * it into place only when ok is true (otherwise the temporary is removed).
 * path "-" or NULL means stdout; a device or a pipe is written straight
 * into; through a symbolic link, the file it points at is replaced. */
struct cli_output;
/* Refuse (usage error for cmd, returns 2) a path that is one of tend's own
 * files: the database or its side files, the config, the plan file;
 * 0 when path is safe to write. */
int cli_not_ours(const struct app *app, const char *cmd, const char *path);
struct cli_output *cli_output_open(const char *path, struct tend_err *err);
/* The one rule for every file a command writes: where path leads once links
 * are followed (*real, malloc'd), and how it is written. A regular file, or
 * none yet, is replaced whole (CLI_OUT_REPLACE); standard output, a pipe or
 * a character device such as /dev/null is written through (CLI_OUT_THROUGH);
 * a directory, a socket or a disk is refused (the error's code). */
enum { CLI_OUT_REPLACE = 100, CLI_OUT_THROUGH = 101 };
int cli_output_target(const char *path, char **real, struct tend_err *err);
FILE *cli_output_file(struct cli_output *o);
int cli_output_close(struct cli_output *o, bool ok, struct tend_err *err);

/* A moment as the user would say it: "today at 07:00", "tomorrow at
 * 07:00" or "Tue 1 Dec at 07:00". */
void cli_when(int64_t t, char *buf, size_t n);
/* True when the locale cannot show UTF-8: output is then plain ASCII. */
bool cli_ascii(void);
/* The separator dot, or "-" in an ASCII locale. */
const char *cli_dot(void);

/* Print user-typed text safely (control characters neutralised). */
void cli_put_text(FILE *f, const char *s);


/* Parse a partner given by name or 1/2; on failure prints a usage error for
 * cmd and returns 0. */
int cli_partner(const struct app *app, const char *cmd, const char *name);
/* Parse a whole decimal integer in [lo, hi]. */
bool cli_int(const char *s, int lo, int hi, int *out);
/* Report a getopt failure (c is '?' or ':', optstring starting with ':')
 * for cmd; returns 2. */
int cli_bad_option(const char *cmd, int c, char **argv);
/* "tend: warning: ..." for app->warning, when there is one. */
void cli_warn(const struct app *app);
/* Open the database now that the command's arguments were found good (main
 * leaves it closed so that a mistyped command creates no file); prints any
 * error or warning and returns the exit status, 0 when it is open. */
int cli_store(struct app *app);
/* For commands that only read: like cli_store, but when the database file
 * does not exist it is not created; *none is set, for the caller to show
 * an empty result, and when say is true a note on stderr says so. */
int cli_store_read(struct app *app, bool *none, bool say);
/* The same for commands that never write (today, week, export, backup): a
 * database nothing can be written to is read read-only. */
int cli_store_reading(struct app *app, bool *none, bool say);
/* The tend day it is now by the clock, whatever --date says. */
tend_day cli_real_today(const struct app *app);
/* "Mon 23 Nov", with the year when it is not today's year or when the day
 * was chosen with --date. */
void cli_day_label(const struct app *app, tend_day d, char *buf, size_t n);
/* " for Mon 23 Nov 2026" into buf when the day was chosen with --date or is
 * not today, else "". */
const char *cli_for_day(const struct app *app, tend_day d, char *buf, size_t n);
/* Call with each option getopt returns: a usage error (2) for cmd when
 * option c was already given (seen collects them, size bytes), else 0. */
int cli_once(const char *cmd, int c, char **argv, char *seen, size_t size);
/* Save e through the store (opening it first); a day still to come gets a
 * note on stderr; on failure print the error and return its exit
 * status, else 0. */
int cli_save(struct app *app, struct entry *e, struct entry *replaced);
/* After saving an entry for day: a note on stderr when that day is still
 * to come. */
void cli_note_future(const struct app *app, tend_day day);
/* A partner's configured name (raw: print it with cli_put_text). */
const char *cli_name(const struct app *app, int partner);
/* Print s made safe, cut or padded to exactly width display columns. */
void cli_put_cell(FILE *f, const char *s, int width);
/* "Day 5 of 60 · Ground rules" (or before/after the plan) into buf. */
void cli_plan_line(const struct app *app, tend_day d, char *buf, size_t n);

/* The subcommands, one file each in src/cli/. */
int cmd_init(struct app *app, int argc, char **argv);
int cmd_checkin(struct app *app, int argc, char **argv);
int cmd_gesture(struct app *app, int argc, char **argv);
int cmd_repair(struct app *app, int argc, char **argv);
int cmd_touch(struct app *app, int argc, char **argv);
int cmd_stage(struct app *app, int argc, char **argv);
int cmd_timeout(struct app *app, int argc, char **argv);
int cmd_return(struct app *app, int argc, char **argv);
int cmd_today(struct app *app, int argc, char **argv);
int cmd_week(struct app *app, int argc, char **argv);
int cmd_export(struct app *app, int argc, char **argv);
int cmd_backup(struct app *app, int argc, char **argv);
int cmd_plan(struct app *app, int argc, char **argv);
int cmd_restore(struct app *app, int argc, char **argv);
int cmd_forget(struct app *app, int argc, char **argv);
extern const char cmd_init_usage[], cmd_checkin_usage[], cmd_gesture_usage[],
	cmd_repair_usage[], cmd_touch_usage[], cmd_stage_usage[], cmd_timeout_usage[],
	cmd_return_usage[], cmd_today_usage[], cmd_week_usage[],
	cmd_export_usage[], cmd_backup_usage[], cmd_plan_usage[],
	cmd_restore_usage[], cmd_forget_usage[];

#endif
