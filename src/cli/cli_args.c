/* cli_args: the one option loop of the command line. Every command describes
 * its options and operands in a table (struct cli_command); this file reads
 * a command line against that table, the way tmux's args_parse reads a
 * command's template, so no command carries a loop of its own. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tend/cli.h"
#include "tend/text.h"

/* A usage error naming what the user typed, made safe to print. */
static int args_error(const struct cli_command *cmd, const char *before,
                      const char *typed, int len, const char *after)
{
	char shown[96];
	snprintf(shown, sizeof shown, "%.*s", len < 0 ? (int)strlen(typed) : len, typed);
	char *safe = text_safe(shown, false);
	int rc = cli_usage_error(cmd->name, "%s%s%s", before, safe ? safe : "?", after);
	free(safe);
	return rc;
}

/* The option whose long name is name (n bytes): an exact match, else the
 * one option it is the start of, as getopt_long allows; -1 for none, -2
 * when it starts more than one. */
static int find_long(const struct cli_option *opts, const char *name, size_t n)
{
	int found = -1;
	for (int i = 0; opts && opts[i].name; i++) {
		if (strncmp(opts[i].name, name, n) != 0)
			continue;
		if (opts[i].name[n] == '\0')
			return i;
		found = found == -1 ? i : -2;
	}
	return found;
}

static int find_letter(const struct cli_option *opts, char c)
{
	for (int i = 0; opts && opts[i].name; i++)
		if (opts[i].letter && opts[i].letter == c)
			return i;
	return -1;
}

/* Record option i with value; refuses a second one unless CLI_MANY. typed
 * is the option as written (len bytes), for the message. */
static int args_add(struct cli_args *a, int i, char *value, const char *typed,
                    int len)
{
	const struct cli_command *cmd = a->cmd;
	if (!(cmd->options[i].flags & CLI_MANY))
		for (int k = 0; k < a->n_given; k++)
			if (a->given[k].option == i)
				return args_error(cmd, "", typed, len, " is given twice; give it once");
	a->given[a->n_given].option = i;
	a->given[a->n_given].value = value;
	a->n_given++;
	return 0;
}

/* An unknown "--name": said as an option, with the command's option (or
 * the global one) it is most likely a slip of. */
static int unknown_long(const struct cli_command *cmd, const char *arg, size_t n)
{
	static const char *const globals[] = { "--config", "--db", "--date", "--demo", "--help" };
	enum { MOST = 32 };
	char names[MOST][40], typed[64];
	const char *list[MOST + sizeof globals / sizeof *globals];
	size_t k = 0;
	for (const struct cli_option *o = cmd->options; o && o->name && k < MOST; o++, k++) {
		snprintf(names[k], sizeof names[k], "--%s", o->name);
		list[k] = names[k];
	}
	for (size_t g = 0; g < sizeof globals / sizeof *globals; g++)
		list[k++] = globals[g];
	snprintf(typed, sizeof typed, "%.*s", (int)n, arg);
	const char *near = cli_suggest(typed, list, k);
	char after[64] = "";
	if (near)
		snprintf(after, sizeof after, "; did you mean %s?", near);
	return args_error(cmd, "unknown option ", arg, (int)n, after);
}

/* "--name", "--name=value" or "--name value"; *at moves past what it used. */
static int args_long(struct cli_args *a, int argc, char **argv, int *at)
{
	const struct cli_command *cmd = a->cmd;
	const char *arg = argv[*at], *name = arg + 2;
	char *eq = strchr(argv[*at] + 2, '=');
	size_t n = eq ? (size_t)(eq - name) : strlen(name);
	int i = find_long(cmd->options, name, n);
	if (i == -2)
		return args_error(cmd, "", arg, (int)(n + 2), " is short for more than one "
		                  "option; type more of its name");
	if (i < 0)
		return unknown_long(cmd, arg, n + 2);
	const struct cli_option *o = &cmd->options[i];
	char *value = NULL;
	if (!(o->flags & CLI_VALUE) && eq)
		return args_error(cmd, "", arg, -1, ": this option takes no value");
	if ((o->flags & CLI_VALUE) && eq) {
		value = eq + 1;
	} else if (o->flags & CLI_VALUE) {
		if (*at + 1 >= argc)
			return args_error(cmd, "", arg, -1, " needs a value");
		value = argv[++*at];
	}
	return args_add(a, i, value, arg, (int)(n + 2));
}

/* "-m4", "-m 4" or a cluster of letters like "-a"; *at moves past what it
 * used. */
static int args_short(struct cli_args *a, int argc, char **argv, int *at)
{
	const struct cli_command *cmd = a->cmd;
	for (char *p = argv[*at] + 1; *p; p++) {
		char typed[3] = { '-', *p, '\0' };
		int i = find_letter(cmd->options, *p);
		if (i < 0)
			return args_error(cmd, "unknown option ", typed, 2, "");
		if (!(cmd->options[i].flags & CLI_VALUE)) {
			if (args_add(a, i, NULL, typed, 2))
				return 2;
			continue;
		}
		char *value = p[1] ? p + 1 : NULL;
		if (!value && *at + 1 >= argc)
			return args_error(cmd, "", typed, 2, " needs a value");
		if (!value)
			value = argv[++*at];
		return args_add(a, i, value, typed, 2);
	}
	return 0;
}

/* Read all of standard input as one text (a trailing line break dropped),
 * so that it never shows in the process list as an argument would. */
static int args_read_stdin(const struct cli_command *cmd, char **out)
{
	/* Room for the longest text tend keeps, in 4-byte characters, and a
	 * final "\r\n"; filling it all means there was more. */
	size_t cap = (size_t)TEXT_MAX_CHARS * 4 + 3, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf) {
		cli_errorf("out of memory");
		return 1;
	}
	if (isatty(STDIN_FILENO))
		fputs("Type the text, then Ctrl-D on a line of its own:\n", stderr);
	while (n < cap) {
		ssize_t got = read(STDIN_FILENO, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			cli_errorf("cannot read the text from standard input: %s", strerror(errno));
			free(buf);
			return 1;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	if (n == cap) {
		free(buf);
		return cli_usage_error(cmd->name, "the text on standard input is longer "
		                       "than %d characters", TEXT_MAX_CHARS);
	}
	if (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '\r')
		buf[--n] = '\0';
	if (strlen(buf) != n) {
		free(buf);
		return cli_usage_error(cmd->name, "the text on standard input holds a NUL byte");
	}
	*out = buf;
	return 0;
}

/* Replace the one text given as "-" (an option marked CLI_TEXT or the
 * command's text operand) by what standard input holds. */
static int args_texts(struct cli_args *a)
{
	char **dash = NULL;
	int found = 0;
	for (int k = 0; k < a->n_given; k++)
		if ((a->cmd->options[a->given[k].option].flags & CLI_TEXT) &&
		    a->given[k].value && strcmp(a->given[k].value, "-") == 0) {
			dash = &a->given[k].value;
			found++;
		}
	int t = a->cmd->text_arg - 1;
	if (t >= 0 && t < a->argc && strcmp(a->argv[t], "-") == 0) {
		dash = &a->argv[t];
		found++;
	}
	if (found > 1)
		return cli_usage_error(a->cmd->name, "only one text can be read from "
		                       "standard input (\"-\")");
	if (!dash)
		return 0;
	int rc = args_read_stdin(a->cmd, &a->from_stdin);
	if (rc == 0)
		*dash = a->from_stdin;
	return rc;
}

int cli_args_parse(const struct cli_command *cmd, int argc, char **argv,
                   struct cli_args *a)
{
	memset(a, 0, sizeof *a);
	a->cmd = cmd;
	a->given = calloc((size_t)argc + 1, sizeof *a->given);
	a->argv = calloc((size_t)argc + 1, sizeof *a->argv);
	if (!a->given || !a->argv) {
		cli_errorf("out of memory");
		return 1;
	}
	bool operands_only = false;
	int rc = 0;
	for (int at = 1; at < argc && rc == 0; at++) {
		const char *arg = argv[at];
		if (operands_only || arg[0] != '-' || arg[1] == '\0')
			a->argv[a->argc++] = argv[at];
		else if (strcmp(arg, "--") == 0)
			operands_only = true;
		else if (arg[1] == '-')
			rc = args_long(a, argc, argv, &at);
		else
			rc = args_short(a, argc, argv, &at);
	}
	if (rc == 0 && a->argc > cmd->max_args && !cmd->args_error)
		rc = args_error(cmd, "unexpected argument \"", a->argv[cmd->max_args], -1, "\"");
	else if (rc == 0 && (a->argc < cmd->min_args || a->argc > cmd->max_args))
		rc = cli_usage_error(cmd->name, "%s", cmd->args_error);
	if (rc == 0)
		rc = args_texts(a);
	return rc;
}

void cli_args_free(struct cli_args *a)
{
	free(a->given);
	free(a->argv);
	free(a->from_stdin);
	memset(a, 0, sizeof *a);
}

int cli_arg_values(const struct cli_args *a, const char *name, char **out,
                   int max)
{
	int n = 0;
	for (int k = 0; k < a->n_given; k++) {
		if (strcmp(a->cmd->options[a->given[k].option].name, name) != 0)
			continue;
		if (n < max)
			out[n] = a->given[k].value;
		n++;
	}
	return n;
}

char *cli_arg_value(const struct cli_args *a, const char *name)
{
	char *v = NULL;
	cli_arg_values(a, name, &v, 1);
	return v;
}

bool cli_arg_has(const struct cli_args *a, const char *name)
{
	return cli_arg_values(a, name, NULL, 0) > 0;
}
