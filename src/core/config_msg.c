/* config_msg: the text rules for config values, and the messages a bad file
 * gets: "FILE:LINE: KEY: what is wrong (valid form)", with the user's text
 * made printable, and libconfuse's own messages put in tend's words.
 *
 * libconfuse gives its callbacks no user pointer. The one message a failed
 * read needs is kept in the comment field of the cfg_t that saw the error
 * (unused by libconfuse unless CFGF_COMMENTS is set, and freed by cfg_free),
 * so no global state is needed. */
#include "config_priv.h"
#include "tend/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s in double quotes, made printable, for an error message. */
void config_quote(char *out, size_t size, const char *s)
{
	out[0] = '"';
	text_escape(out + 1, size - 2, s, strlen(s), CONFIG_SHOW_MAX);
	strcat(out, "\"");
}

/* Case-insensitive for ASCII letters only, exact for every other byte, so
 * the answer never depends on the locale. */
int config_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = (unsigned char)*a, cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb || ca == 0)
			return ca - cb;
	}
}

/* Empty, or only spaces and tabs. */
bool config_blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* ---- messages -------------------------------------------------------------- */

/* Keep the first error seen while libconfuse reads (see the top comment). */
void config_note(cfg_t *cfg, const char *key, const char *fmt, ...)
{
	char msg[sizeof ((struct tend_err *)0)->msg];
	va_list ap;

	if (cfg->comment)
		return;
	va_start(ap, fmt);
	confread_vformat(msg, sizeof msg, cfg->filename, cfg->line, key, fmt, ap);
	va_end(ap);
	cfg->comment = strdup(msg);
}

/* libconfuse's own messages, matched by their format string, in tend's
 * words. A format not listed (another version, a translation) is kept. */
struct config_reword {
	const char *from;
	const char *to;  /* after "KEY: " when key_arg, else with the quoted arg */
	bool key_arg;
};

static const struct config_reword config_rewords[] = {
	{ "no such option '%s'", "unknown key (tend.conf(5) lists the keys)", true },
	{ "missing equal sign after option '%s'",
	  "missing = after the key (key = value)", true },
	{ "attempt to append to non-list option '%s'",
	  "+= works only for lists (use key = value)", true },
	{ "missing opening brace for section '%s'",
	  "missing { after the name (partner \"NAME\" { color = \"cyan\" })", true },
	{ "missing title for section '%s'",
	  "the name is missing (partner \"NAME\" { color = \"cyan\" })", true },
	{ "found duplicate title '%s'",
	  "partner: %s is there twice (the two names must differ)", false },
	{ "unexpected token '%s'", "unexpected %s (each setting is key = value)", false },
	{ "bad escape sequence '%s'",
	  "unknown escape %s in quoted text (write \\\\ for a backslash)", false },
	{ "invalid octal number '%s'",
	  "unknown escape %s in quoted text (write \\\\ for a backslash)", false },
	{ "premature end of file",
	  "the file ends in the middle of a setting (key = value)", false },
	{ "unexpected closing brace", "a } that closes nothing (remove it)", false },
	{ "unterminated string constant",
	  "a quote is never closed (add the closing quote)", false },
};

/* libconfuse's error function: its message, reworded, kept in the cfg_t. */
void config_on_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	const size_t n = sizeof config_rewords / sizeof config_rewords[0];
	char arg[CONFIG_QUOTE_SIZE] = "";
	const struct config_reword *r = NULL;

	for (size_t i = 0; i < n && !r; i++)
		if (strcmp(fmt, config_rewords[i].from) == 0)
			r = &config_rewords[i];
	if (!r) {
		char what[400], safe[512];
		vsnprintf(what, sizeof what, fmt, ap);
		text_escape(safe, sizeof safe, what, strlen(what), sizeof safe);
		config_note(cfg, NULL, "%s", safe);
		return;
	}
	if (strstr(r->from, "%s")) {
		const char *a = va_arg(ap, const char *);
		if (r->key_arg)
			text_escape(arg, sizeof arg, a, strlen(a), CONFIG_SHOW_MAX);
		else
			config_quote(arg, sizeof arg, a);
	}
	bool in_partner = cfg->name && strcmp(cfg->name, "partner") == 0;
	if (in_partner && strcmp(fmt, "no such option '%s'") == 0)
		config_note(cfg, arg, "unknown key in a partner section "
		            "(only color = \"NAME\" belongs there)");
	else if (r->key_arg)
		config_note(cfg, arg, "%s", r->to);
	else
		config_note(cfg, NULL, r->to, arg);
}

