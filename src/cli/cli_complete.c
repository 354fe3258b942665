/* cli_complete: what shell completion offers, from the same command table
 * the option loop reads, so that a new command or option completes without
 * touching the shell scripts (data/completion/). The scripts run
 * `tend __complete WORD...` and show what it prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tend/cli.h"
#include "tend/config.h"
#include "tend/export.h"

/* Global options, and whether each takes a value. */
static const struct {
	const char *name;
	bool value;
	const char *values;
} globals[] = {
	{ "--config", true, "@file" }, { "--db", true, "@file" }, { "--date", true, NULL },
	{ "--demo", false, NULL }, { "--help", false, NULL }, { "--version", false, NULL },
};
#define N_GLOBALS (sizeof globals / sizeof *globals)

/* What the command line typed so far says. */
struct line {
	const struct cli_command *cmd;  /* NULL until a command is named */
	bool help;                      /* `tend help ...` */
	const char *config;             /* --config FILE, for the names */
	int operands;                   /* operands of the command before the last word */
	const char *value_of;           /* the last word is this option's value */
	const struct cli_command *value_cmd;
};

static const struct cli_command *find(const struct cli_command *const *cmds, size_t n,
                                      const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(cmds[i]->name, name) == 0)
			return cmds[i];
	return NULL;
}

/* The option of cmd that "--name" (or "-x") names, or NULL. */
static const struct cli_option *cmd_option(const struct cli_command *cmd, const char *w)
{
	for (const struct cli_option *o = cmd ? cmd->options : NULL; o && o->name; o++)
		if ((w[1] == '-' && strcmp(w + 2, o->name) == 0) ||
		    (w[1] == o->letter && w[1] != '\0' && w[2] == '\0'))
			return o;
	return NULL;
}

static int global_index(const char *w)
{
	for (size_t i = 0; i < N_GLOBALS; i++)
		if (strcmp(w, globals[i].name) == 0 || (strcmp(w, "-c") == 0 && i == 0))
			return (int)i;
	return -1;
}

/* Read the words before the last one. */
static void line_read(struct line *l, const struct cli_command *const *cmds, size_t n,
                      int argc, char **w)
{
	memset(l, 0, sizeof *l);
	for (int i = 0; i < argc - 1; i++) {
		int g = global_index(w[i]);
		const struct cli_option *o = w[i][0] == '-' ? cmd_option(l->cmd, w[i]) : NULL;
		bool takes = g >= 0 ? globals[g].value : o && (o->flags & CLI_VALUE);
		if (takes && i + 1 < argc - 1) {
			if (g == 0)
				l->config = w[i + 1];
			i++;
		} else if (takes) {
			l->value_of = g >= 0 ? globals[g].name : o->name;
			l->value_cmd = g >= 0 ? NULL : l->cmd;
		} else if (w[i][0] == '-') {
			continue;
		} else if (!l->cmd && !l->help && strcmp(w[i], "help") == 0) {
			l->help = true;
		} else if (!l->cmd && !l->help) {
			l->cmd = find(cmds, n, w[i]);
		} else {
			l->operands++;
		}
	}
}

static void offer(const char *word, const char *typed)
{
	if (strncmp(word, typed, strlen(typed)) == 0)
		printf("%s\n", word);
}

/* The partners' names from the config the line names (or the default). */
static void offer_partners(const struct line *l, const char *typed)
{
	struct config cfg;
	struct tend_err err = { 0 };
	bool missing = false;
	char *path = l->config ? NULL : config_default_path();
	const char *use = l->config ? l->config : path;
	if (use && config_load(use, &cfg, &missing, &err) == TEND_OK) {
		for (int p = 0; p < 2; p++)
			if (cfg.partner[p])
				offer(cfg.partner[p], typed);
		config_free(&cfg);
	}
	free(path);
}

/* Offer what a value description ("csv json", "@partner"...) stands for. */
static void offer_values(const struct line *l, const char *values, const char *typed)
{
	if (!values)
		return;
	if (strcmp(values, "@file") == 0) {
		printf("@file\n");
	} else if (strcmp(values, "@partner") == 0) {
		offer_partners(l, typed);
	} else if (strcmp(values, "@table") == 0) {
		offer("entries", typed);
		for (const struct export_table *const *t = export_tables; *t; t++)
			offer((*t)->name, typed);
	} else {
		char *copy = strdup(values), *save = NULL;
		for (char *v = copy ? strtok_r(copy, " ", &save) : NULL; v; v = strtok_r(NULL, " ", &save))
			offer(v, typed);
		free(copy);
	}
}

/* The values description for cmd's option (NULL) or its operand number i. */
static const char *values_for(const struct cli_command *cmd, const char *option, int i)
{
	for (const struct cli_values *v = cmd ? cmd->values : NULL; v && v->values; v++) {
		if (option && v->option && strcmp(v->option, option) == 0)
			return v->values;
		if (!option && !v->option && i-- == 0)
			return v->values;
	}
	return NULL;
}

static void offer_options(const struct line *l, const char *typed)
{
	char name[64];
	for (const struct cli_option *o = l->cmd ? l->cmd->options : NULL; o && o->name; o++) {
		snprintf(name, sizeof name, "--%s", o->name);
		offer(name, typed);
	}
	for (size_t i = 0; i < N_GLOBALS; i++)
		offer(globals[i].name, typed);
}

int cli_complete(const struct cli_command *const *cmds, size_t n, int argc, char **words)
{
	if (argc < 1)
		return 0;
	struct line l;
	line_read(&l, cmds, n, argc, words);
	const char *typed = words[argc - 1];
	if (l.value_of) {
		int g = global_index(l.value_of[0] == '-' ? l.value_of : "");
		offer_values(&l, g >= 0 ? globals[g].values : values_for(l.value_cmd, l.value_of, 0),
		             typed);
	} else if (typed[0] == '-') {
		offer_options(&l, typed);
	} else if (!l.cmd) {
		for (size_t i = 0; i < n; i++)
			offer(cmds[i]->name, typed);
		if (!l.help)
			offer("help", typed);
	} else {
		/* The command's own words first (talk add, ritual done...). */
		for (size_t i = 0; l.operands == 0 && l.cmd->word && l.cmd->word(i); i++)
			offer(l.cmd->word(i), typed);
		offer_values(&l, values_for(l.cmd, NULL, l.operands), typed);
	}
	return 0;
}
