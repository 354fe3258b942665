/* cli: what the subcommands of the command line share. */
#ifndef TEND_CLI_H
#define TEND_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "tend/app.h"
#include "tend/err.h"
#include "tend/figure.h"

/* An option of a command, as tmux's args templates describe them: the long
 * name, an optional one-letter form, and what it accepts. */
enum {
	CLI_VALUE = 1 << 0,      /* takes a value: --mood 4, --mood=4, -m4 */
	CLI_MANY = 1 << 1,       /* may be given more than once (init's --partner) */
	CLI_TEXT = 1 << 2,       /* a text: "-" reads it from standard input */
};
struct cli_option {
	const char *name;        /* "mood" for --mood; NULL ends a table */
	char letter;             /* 'm' for -m; 0 for none */
	int flags;               /* CLI_VALUE, CLI_MANY, CLI_TEXT */
};

/* What shell completion offers for an option's value (option NULL: for
 * the operands, in order, separated by spaces): choices separated by
 * spaces ("csv json"), or "@partner" (the partners' names), "@file" (a
 * file name), "@table" (export's tables). */
struct cli_values {
	const char *option;
	const char *values;
};

/* What the one option loop found on a command's line. */
struct cli_args {
	const struct cli_command *cmd;
	const struct app_opts *globals; /* --config, --db, --date, --demo */
	int argc;                /* the operands, in order */
	char **argv;
	int n_given;             /* the options, in the order given */
	struct cli_given {
		int option;      /* index in cmd->options */
		char *value;     /* NULL for an option without a value */
	} *given;
	char *from_stdin;        /* a text read because it was given as "-" */
};

/* A command: its name, help, options and operands, and what runs it. The
 * option loop (cli_args_parse) refuses an unknown option, a missing value,
 * a value on an option that takes none, an option given twice and a wrong
 * number of operands before run is called. */
struct cli_command {
	const char *name;
	const char *summary;     /* one line for `tend --help` */
	const char *usage;       /* the whole text for `tend NAME --help` */
	const struct cli_option *options; /* ended by { NULL } */
	int min_args, max_args;  /* how many operands */
	const char *args_error;  /* said when there are too few or too many;
	                          * NULL: the first one too many is named */
	int text_arg;            /* 1-based operand that is a text (CLI_TEXT), or 0 */
	bool no_app;             /* runs before any config is read (init) */
	bool glance;             /* reads no plan (app_opts.glance): status */
	bool menu;               /* reads the touch menu (menu-file): touch */
	/* For shell completion; ended by { NULL, NULL }; NULL: none. */
	const struct cli_values *values;
	/* The words the first operand may be (talk add, ritual done...): the
	 * ith of them, NULL past the last. Each command answers from the table
	 * it runs by, so completion offers what the command accepts. */
	const char *(*word)(size_t i);
	int (*run)(struct app *app, struct cli_args *args);
};

/* Parse argv (argv[0] is the command's name) against cmd's table into a,
 * reading the text given as "-" from standard input. Returns 0, or the exit
 * status after saying why (2 for a usage error). Global options and --help
 * were already taken out by main. Free a with cli_args_free. */
int cli_args_parse(const struct cli_command *cmd, int argc, char **argv,
                   struct cli_args *a);
void cli_args_free(struct cli_args *a);
/* The value of option name (its first), or NULL when it was not given. */
char *cli_arg_value(const struct cli_args *a, const char *name);
/* True when option name was given. */
bool cli_arg_has(const struct cli_args *a, const char *name);
/* The values of option name in order into out (at most max); returns how
 * many times it was given. */
int cli_arg_values(const struct cli_args *a, const char *name, char **out,
                   int max);

/* The one of the n names that typed is most likely a slip of (a letter
 * added, dropped, changed, or two swapped; one such slip in a short word,
 * two in a longer one), or NULL when none is that close. */
const char *cli_suggest(const char *typed, const char *const *names, size_t n);

/* Shell completion: print, one per line, what may come in the last of
 * words (the command line after "tend", the last one partly typed), or
 * "@file" when it is a file name; cmds are tend's commands. */
int cli_complete(const struct cli_command *const *cmds, size_t n, int argc, char **words);

/* Messages on stderr start "tend: " until the command is known; the
 * dispatcher then calls this with its name, and they start "tend CMD: "
 * (NULL: back to "tend: "). */
void cli_error_scope(const char *cmd);
/* Print "tend CMD: MESSAGE" (or "tend: MESSAGE") on stderr. */
void cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print err as cli_errorf does and return its exit status. */
int cli_fail(const struct tend_err *err);
/* After the caller's question on stdout: read a line from stdin; true only
 * for the exact word (the safeguard before erasing for good). */
bool cli_confirm(const char *word);
/* Usage error about a subcommand: prints "tend CMD: MESSAGE" and the hint
 * "(see tend help CMD)" on the same line; returns 2. */
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
/* How counts are printed: digits, or marks when the config says
 * numbers = false (figure.h decides what each looks like). */
struct figure_style cli_figures(const struct app *app);

/* Print user-typed text safely (control characters neutralised). */
void cli_put_text(FILE *f, const char *s);


/* Parse a partner given by name or 1/2; on failure prints a usage error for
 * cmd and returns 0. */
int cli_partner(const struct app *app, const char *cmd, const char *name);
/* Parse a whole decimal integer in [lo, hi]. */
bool cli_int(const char *s, int lo, int hi, int *out);
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

/* support (cmd_support.c): what moved since the first two weeks, as a
 * blank line and one sentence on f, when there is something to say and a
 * database (none: there is not). Returns 0 or the exit status of a failure. */
int cli_print_moved(struct app *app, FILE *f, bool none);

/* The commands, one file each in src/cli/, in the order `tend --help`
 * lists them. */
extern const struct cli_command cmd_init_entry, cmd_checkin_entry, cmd_gesture_entry,
	cmd_repair_entry, cmd_touch_entry, cmd_stage_entry, cmd_timeout_entry, cmd_return_entry,
	cmd_today_entry, cmd_week_entry, cmd_plan_entry, cmd_review_entry, cmd_export_entry,
	cmd_backup_entry, cmd_restore_entry, cmd_forget_entry, cmd_talk_entry,
	cmd_transparency_entry;
/* The shared load (cmd_task.c). */
extern const struct cli_command cmd_task_entry;
/* issue 9's practices, one line each */
extern const struct cli_command cmd_objective_entry;
extern const struct cli_command cmd_pause_entry, cmd_resume_entry, cmd_rules_entry;
extern const struct cli_command cmd_status_entry;
extern const struct cli_command cmd_support_entry;
extern const struct cli_command cmd_ritual_entry;
/* issue 12: the calendar of what is ahead (cmd_ical.c). */
extern const struct cli_command cmd_ical_entry;

/* The open windows (cmd_window.c). cli_window_day prints "Open window
 * 20:30" on f when day d has a window that counts (the plan asks for them
 * by then); cli_window_week one line for the week from start. Nothing when
 * none (or no database: none). Return 0 or the exit status of a failure. */
extern const struct cli_command cmd_window_entry;
int cli_window_day(struct app *app, FILE *f, bool none, tend_day d);
int cli_window_week(struct app *app, FILE *f, bool none, tend_day start);

/* cmd_ritual.c: the rituals' grid for the week from start, with its
 * header and legend (`tend ritual`, `tend week`). */
struct store_rituals;
void cli_ritual_grid(FILE *f, const struct store_rituals *s, tend_day start);

/* wishes (cmd_wishes.c, cli_pass.c): a passphrase into buf (size bytes;
 * its length in *len), never from the command line: one line from fd
 * (--passphrase-fd), or with fd < 0 from the terminal with echo off after
 * prompt. TEND_OK, or err set (no terminal, end of input, too long). */
extern const struct cli_command cmd_wishes_entry;
int cli_pass_read(int fd, const char *prompt, char *buf, size_t size, size_t *len,
                  struct tend_err *err);

#endif
