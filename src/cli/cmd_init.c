#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "tend/cli.h"
#include "tend/text.h"

const char cmd_init_usage[] =
	"usage: tend init --partner NAME --partner NAME [--start DATE] [--checkin HH:MM]\n"
	"\n"
	"Write a new config file with your two names, the day your 60 days start\n"
	"(default: today) and your daily check-in time (default 21:00). It goes\n"
	"to --config FILE, or to $XDG_CONFIG_HOME/tend/tend.conf. Every other\n"
	"setting is listed in it, commented out, with its default.\n";

/* Sanity of a name before it goes into the file; the config checks it again. */
static bool name_ok(const char *s)
{
	if (!s[0] || !text_valid_utf8(s))
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return false;
	return true;
}

int cmd_init(struct app *app, int argc, char **argv)
{
	(void)app;
	static const struct option opts[] = {
		{ "partner", required_argument, NULL, 'p' },
		{ "start", required_argument, NULL, 's' },
		{ "checkin", required_argument, NULL, 'c' },
		{ "config", required_argument, NULL, 'C' },
		{ NULL, 0, NULL, 0 },
	};
	const char *names[3] = { NULL, NULL, NULL }, *path = NULL;
	int n = 0, checkin = 21 * 60, c;
	tend_day start = day_of_time(time(NULL), 4 * 60);
	opterr = 0;
	char seen[16] = "";
	while ((c = getopt_long(argc, argv, ":p:s:c:", opts, NULL)) != -1) {
		if (c != 'p' && cli_once("init", c, argv, seen, sizeof seen))
			return 2;
		if (c == 'p' && n < 3)
			names[n++] = optarg;
		else if (c == 's' && !day_parse(optarg, &start))
			return cli_usage_error("init", "--start needs a date as YYYY-MM-DD");
		else if (c == 'c' && !day_parse_hhmm(optarg, &checkin))
			return cli_usage_error("init", "--checkin needs a time as HH:MM");
		else if (c == 'C')
			path = optarg;
		else if (c == '?' || c == ':')
			return cli_bad_option("init", c, argv);
	}
	if (optind != argc || n != 2)
		return cli_usage_error("init", "give exactly two --partner names");
	if (!name_ok(names[0]) || !name_ok(names[1]))
		return cli_usage_error("init", "a name must be non-empty text without control characters");
	if (!strcmp(names[0], "1") || !strcmp(names[0], "2") ||
	    !strcmp(names[1], "1") || !strcmp(names[1], "2"))
		return cli_usage_error("init", "\"1\" and \"2\" stand for the partners; pick real names");
	if (text_casecmp(names[0], names[1]) == 0)
		return cli_usage_error("init", "the two names must differ");
	char *def = path ? NULL : config_default_path();
	struct tend_err err;
	err_clear(&err);
	int rc = config_write_initial(path ? path : def, names[0], names[1], start,
	                              checkin, &err);
	if (rc == TEND_OK) {
		printf("Wrote ");
		cli_put_text(stdout, path ? path : def);
		printf(". Welcome, both of you. Run `tend` to open the dashboard.\n");
	}
	free(def);
	return rc == TEND_OK ? 0 : cli_fail(&err);
}
