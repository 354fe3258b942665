#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "tend-build.h"
#include "tend/cli.h"
#include "tend/day.h"
#include "tend/text.h"
#include "tend/ui.h"

/* Every command, in the order `tend --help` lists them; each file's entry
 * holds its options, and cli_args_parse reads them all the same way. */
static const struct cli_command *const commands[] = {
	&cmd_init_entry, &cmd_objective_entry, &cmd_checkin_entry, &cmd_gesture_entry, &cmd_repair_entry,
	&cmd_touch_entry, &cmd_stage_entry, &cmd_timeout_entry, &cmd_return_entry, &cmd_task_entry,
	&cmd_ritual_entry, &cmd_talk_entry, &cmd_transparency_entry, &cmd_today_entry,
	&cmd_week_entry, &cmd_status_entry, &cmd_plan_entry, &cmd_review_entry,
	&cmd_export_entry, &cmd_ical_entry, &cmd_backup_entry,
	&cmd_restore_entry, &cmd_forget_entry,
	&cmd_rules_entry, &cmd_pause_entry, &cmd_resume_entry,
	&cmd_support_entry,
	&cmd_wishes_entry,
	&cmd_window_entry,
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f)
{
	fprintf(f,
	        "usage: tend [--config FILE] [--db FILE] [--date YYYY-MM-DD] [COMMAND [ARGS]]\n"
	        "       tend --demo [COMMAND]\n"
	        "\n"
	        "tend keeps the daily log of your 60-day plan for two: check-ins, caring\n"
	        "gestures, repairs, staged touch and time-outs. With no command it opens\n"
	        "the dashboard.\n"
	        "\n"
	        "Commands:\n");
	/* The summaries line up after the longest name. */
	int width = 9;
	for (size_t i = 0; i < N_COMMANDS; i++)
		if ((int)strlen(commands[i]->name) > width)
			width = (int)strlen(commands[i]->name);
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %-*s %s\n", width, commands[i]->name, commands[i]->summary);
	fprintf(f,
	        "\n"
	        "Options (long ones anywhere on the line; -c and -V before the command):\n"
	        "  -c, --config FILE  the config file (default $XDG_CONFIG_HOME/tend/tend.conf)\n"
	        "      --db FILE      the database (default: the config's database)\n"
	        "      --date D       act as if today were D (to fill in a missed evening)\n"
	        "      --demo         use a temporary demo couple; your data is not touched\n"
	        "  -h, --help         this help; `tend help COMMAND` (or `tend COMMAND --help`)\n"
	        "                     for a command\n"
	        "  -V, --version      the version\n"
	        "\n"
	        "Partners are named by name (any case, accents optional) or by 1 and 2.\n"
	        "See tend(1).\n");
}

static const struct cli_command *find_command(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i]->name, name) == 0)
			return commands[i];
	return NULL;
}

/* What tend says when argv[1] is not a command: an option it does not
 * know, or a command, perhaps mistyped. */
static int no_such(const char *typed)
{
	static const char *const globals[] = {
		"--config", "--db", "--date", "--demo", "--help", "--version",
	};
	const char *names[N_COMMANDS];
	for (size_t i = 0; i < N_COMMANDS; i++)
		names[i] = commands[i]->name;
	bool option = typed[0] == '-' && typed[1] != '\0';
	char *safe = text_safe(typed, false);
	const char *near = option ? cli_suggest(typed, globals, sizeof globals / sizeof *globals)
	                          : cli_suggest(typed, names, N_COMMANDS);
	if (option)
		cli_errorf("unknown option %s%s%s%s (see tend --help)", safe ? safe : "?",
		           near ? "; did you mean " : "", near ? near : "", near ? "?" : "");
	else
		cli_errorf("no command \"%s\"%s%s%s (see tend --help)", safe ? safe : "?",
		           near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" : "");
	free(safe);
	return 2;
}

/* `tend help` is `tend --help`; `tend help COMMAND` is `tend COMMAND --help`. */
static int help_command(int argc, char **argv)
{
	/* `tend help help` is the help itself. */
	if (argc < 2 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (argc > 2) {
		cli_errorf("help takes one command at most (see tend --help)");
		return 2;
	}
	const struct cli_command *cmd = find_command(argv[1]);
	if (!cmd)
		return no_such(argv[1]);
	fputs(cmd->usage, stdout);
	return 0;
}

struct global {
	struct app_opts o;
	bool help, version;
};

/* Take a global option's value from "--opt=V" or the next argument. */
static int take_value(int argc, char **argv, int *i, const char *name,
                      const char **out)
{
	size_t n = strlen(name);
	if (*out) {
		cli_errorf("%s is given twice; give it once", name);
		return 2;
	}
	if (argv[*i][n] == '=') {
		*out = argv[*i] + n + 1;
		return 0;
	}
	if (*i + 1 >= argc) {
		cli_errorf("%s needs a value", name);
		return 2;
	}
	*out = argv[++*i];
	return 0;
}

static bool is_opt(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

/* Pull the global options out of argv wherever they stand (up to "--"),
 * leaving the command and its own arguments in order. */
static int take_globals(int *argc, char **argv, struct global *g)
{
	int out = 1, rc = 0;
	bool done = false;
	for (int i = 1; i < *argc && rc == 0; i++) {
		const char *a = argv[i];
		if (done || a[0] != '-') {
			argv[out++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			done = true;
			argv[out++] = argv[i];
		} else if (is_opt(a, "--config")) {
			rc = take_value(*argc, argv, &i, "--config", &g->o.config_path);
		} else if (strcmp(a, "-c") == 0 && out == 1) {
			rc = take_value(*argc, argv, &i, "-c", &g->o.config_path);
		} else if (is_opt(a, "--db")) {
			rc = take_value(*argc, argv, &i, "--db", &g->o.db_path);
		} else if (is_opt(a, "--date")) {
			rc = take_value(*argc, argv, &i, "--date", &g->o.date);
		} else if (strcmp(a, "--demo") == 0) {
			g->o.demo = true;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			g->help = true;
		} else if ((strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) && out == 1) {
			g->version = true;
		} else {
			argv[out++] = argv[i];
		}
	}
	*argc = out;
	argv[out] = NULL;
	return rc;
}

/* Read the command's line against its table, then open what it needs
 * (nothing for init, which writes the config) and run it. */
static int run_command(const struct cli_command *cmd, const struct global *g,
                       int argc, char **argv)
{
	struct cli_args args;
	int rc = cli_args_parse(cmd, argc, argv, &args);
	args.globals = &g->o;
	if (rc == 0 && cmd->no_app) {
		rc = cmd->run(NULL, &args);
	} else if (rc == 0) {
		struct app app;
		struct tend_err err;
		struct app_opts o = g->o;
		o.store_later = true;
		o.glance = cmd->glance;
		o.skip_menu = !cmd->menu;
		if (app_open(&app, &o, &err) != TEND_OK) {
			rc = cli_fail(&err);
		} else {
			rc = cmd->run(&app, &args);
			app_close(&app);
		}
	}
	cli_args_free(&args);
	return rc;
}

/* The start date the first-run form proposes: --date when given (checked
 * already), otherwise the calendar day on the clock. */
static tend_day setup_today(const struct app_opts *o)
{
	tend_day d;
	if (o->date && day_parse(o->date, &d))
		return d;
	return day_of_time(time(NULL), 0);
}

/* No command: the dashboard, after the first-run setup when there is no config. */
static int run_dashboard(const struct global *g)
{
	struct tend_err err;
	err_clear(&err);
	if (ui_check_terminal(&err) != TEND_OK)
		return cli_fail(&err);
	struct app_opts o = g->o;
	char *def = NULL;
	if (!o.demo) {
		if (!o.config_path)
			o.config_path = def = config_default_path();
		struct stat sb;
		if (o.config_path && stat(o.config_path, &sb) != 0 &&
		    ui_setup(o.config_path, setup_today(&o), &err) != TEND_OK) {
			free(def);
			return cli_fail(&err);
		}
	}
	struct app app;
	int rc = app_open(&app, &o, &err);
	if (rc == TEND_OK) {
		rc = ui_run(&app, &err);
		/* After the dashboard, where the screen no longer hides it. */
		cli_warn(&app);
		app_close(&app);
	}
	free(def);
	return rc == TEND_OK ? 0 : cli_fail(&err);
}

/* Options that make no sense together, refused before anything is read. */
static int check_globals(const struct global *g, const struct cli_command *cmd)
{
	tend_day d;
	enum day_parse_result r = g->o.date ? day_parse_check(g->o.date, &d) : DAY_PARSE_OK;
	if (r != DAY_PARSE_OK) {
		cli_errorf("--date: \"%s\" %s", g->o.date, day_parse_problem(r));
		return 2;
	}
	if (g->o.demo && (g->o.db_path || g->o.config_path)) {
		cli_errorf("--demo uses its own temporary files; leave out --db and --config");
		return 2;
	}
	if (g->o.db_path && cmd == &cmd_init_entry) {
		cli_errorf("init does not take --db: write `database = \"FILE\"` in the "
		           "config it makes, or give --db to each command");
		return 2;
	}
	if (g->o.demo && cmd == &cmd_init_entry) {
		cli_errorf("init writes your own config, so it cannot be run with --demo");
		return 2;
	}
	return 0;
}

static int dispatch(struct global *g, int argc, char **argv)
{
	if (g->version) {
		printf("tend %s\n", TEND_VERSION);
		return 0;
	}
	if (argc < 2 && g->help) {
		usage(stdout);
		return 0;
	}
	if (argc >= 2 && strcmp(argv[1], "help") == 0)
		return help_command(argc - 1, argv + 1);
	const struct cli_command *cmd = argc < 2 ? NULL : find_command(argv[1]);
	if (argc >= 2 && !cmd)
		return no_such(argv[1]);
	if (g->help) {
		fputs(cmd->usage, stdout);
		return 0;
	}
	int rc = check_globals(g, cmd);
	if (rc)
		return rc;
	if (!cmd)
		return run_dashboard(g);
	/* From here on, what goes wrong is said under the command's name. */
	cli_error_scope(cmd->name);
	return run_command(cmd, g, argc - 1, argv + 1);
}

/* A closed standard stream would lend its number to the next file tend
 * opens (the config, an export), and what is printed would land in that
 * file: each closed one gets /dev/null. True when stdout was closed. */
static bool std_fds_fill(void)
{
	bool out_closed = false;
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1)
			continue;
		if (fd == 1)
			out_closed = true;
		int nul = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (nul >= 0 && nul != fd) {
			dup2(nul, fd);
			close(nul);
		}
	}
	return out_closed;
}

/* Commands whose work is a change (an entry saved, a file written, a
 * backup put back) rather than what they print. */
static bool command_changes(int argc, char **argv)
{
	static const char *const names[] = {
		"init", "checkin", "gesture", "repair", "touch", "timeout", "return",
		"backup", "restore", "forget",
	};
	for (size_t i = 0; argc >= 2 && i < sizeof names / sizeof *names; i++)
		if (strcmp(argv[1], names[i]) == 0)
			return true;
	return false;
}

/* The exit status once the command ran: when its report cannot reach
 * standard output, a command that only prints failed (1); one whose
 * change is made says so on stderr and exits 0, so that a script does
 * not run it again and log the same thing twice. */
static int report_status(int rc, bool out_closed, const struct global *g,
                         int argc, char **argv)
{
	bool lost = fflush(stdout) != 0 || ferror(stdout) || out_closed;
	if (!lost || rc != 0)
		return rc;
	if (!g->help && !g->version && command_changes(argc, argv)) {
		cli_errorf("the change is made; only its confirmation could not be "
		           "written to standard output");
		return 0;
	}
	cli_errorf("cannot write to standard output");
	return 1;
}

/* A core file would hold the couple's entries in plain text, wherever the
 * system puts it: none is ever written, and the memory is not readable
 * through /proc by others either. */
static void never_dump_core(void)
{
	struct rlimit none = { 0, 0 };
	setrlimit(RLIMIT_CORE, &none);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

int main(int argc, char **argv)
{
	bool out_closed = std_fds_fill();
	/* Only the character set comes from the locale: tend writes its own
	 * words, dates and numbers, so the other categories (some 25 files
	 * read at each start) would change nothing. */
	setlocale(LC_CTYPE, "");
	/* Everything tend creates is for the couple's eyes only. */
	umask(077);
	/* Past a file size limit, a write should fail (EFBIG) and be reported
	 * like a full disk, not kill tend halfway. */
	signal(SIGXFSZ, SIG_IGN);
	never_dump_core();
	/* For the shell's completion scripts: the words as typed, globals too. */
	if (argc >= 2 && strcmp(argv[1], "__complete") == 0)
		return cli_complete(commands, N_COMMANDS, argc - 2, argv + 2);
	struct global g = { 0 };
	if (take_globals(&argc, argv, &g) != 0)
		return 2;
	int rc = dispatch(&g, argc, argv);
	return report_status(rc, out_closed, &g, argc, argv);
}
