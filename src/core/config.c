/* config: the couple's preferences, read from a libconfuse file.
 *
 * The schema is the one table config_opts below: every key with its default,
 * the callback that checks its value as it is read, and a one-line help text
 * (kept in the option's comment field) that config_write_initial prints above
 * the key. man/tend.conf.5 and data/tend.conf.example follow its order.
 *
 * Reading goes in four steps: the bytes (size, NUL, UTF-8), a small scan for
 * the structure libconfuse 3.3 lets slip (an unclosed section or comment) that
 * also notes the line of every top-level key, libconfuse itself (values are
 * checked by the parse callbacks, so libconfuse's line is the key's line), and
 * the checks that need the whole file (two partners, list lengths).
 *
 * libconfuse gives its callbacks no user pointer. The one message a failed
 * read needs is kept in the comment field of the cfg_t that saw the error
 * (unused by libconfuse unless CFGF_COMMENTS is set, and freed by cfg_free),
 * so no global state is needed. libconfuse's lexer is itself global, so
 * config_load must not run in two threads at once. */
#include "tend/config.h"

#include <confuse.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CONFIG_MAX_BYTES (64 * 1024)
#define CONFIG_MAX_KEYS 256
#define CONFIG_MAX_RED_LINES 12
#define CONFIG_SHOW_MAX 48   /* bytes of a user's value quoted in a message */
#define CONFIG_PATH_MAX 512  /* bytes of a file name shown in a message */

const char *const config_color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", NULL,
};

/* ---- text ---------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 when invalid. */
static size_t config_utf8_len(const unsigned char *s, size_t n)
{
	size_t len;
	unsigned long cp, min;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2, cp = s[0] & 0x1F, min = 0x80;
	} else if ((s[0] & 0xF0) == 0xE0) {
		len = 3, cp = s[0] & 0x0F, min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4, cp = s[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* C0 controls, DEL, and the C1 controls (U+0080..U+009F) in UTF-8. */
static bool config_is_control(const unsigned char *s, size_t len)
{
	if (len == 1)
		return s[0] < 0x20 || s[0] == 0x7F;
	return len == 2 && s[0] == 0xC2 && s[1] < 0xA0;
}

/* What is wrong with s as plain one-line text, or NULL when nothing is. */
static const char *config_text_problem(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);

	while (n > 0) {
		size_t len = config_utf8_len(p, n);
		if (len == 0)
			return "is not valid UTF-8";
		if (config_is_control(p, len))
			return "contains a control character";
		p += len;
		n -= len;
	}
	return NULL;
}

/* A printable copy of untrusted text for a one-line message: bad bytes and
 * control characters become \xNN, and the text is cut after limit bytes. */
static void config_safe(char *out, size_t size, const char *s, size_t n,
                        size_t limit)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;

	while (n > 0 && o + 8 < size) {
		if (o >= limit) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		size_t len = config_utf8_len(p, n);
		if (len == 0 || config_is_control(p, len)) {
			o += (size_t)snprintf(out + o, size - o, "\\x%02X", p[0]);
			p++, n--;
			continue;
		}
		memcpy(out + o, p, len);
		o += len, p += len, n -= len;
	}
	out[o] = '\0';
}

/* s in double quotes, made printable, for an error message. */
static void config_quote(char *out, size_t size, const char *s)
{
	out[0] = '"';
	config_safe(out + 1, size - 2, s, strlen(s), CONFIG_SHOW_MAX);
	strcat(out, "\"");
}

/* Case-insensitive for ASCII letters only, exact for every other byte, so
 * the answer never depends on the locale. */
static int config_casecmp(const char *a, const char *b)
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

static bool config_blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* ---- messages -------------------------------------------------------------- */

/* "FILE:LINE: KEY: " and the message; no line when 0, no key when NULL. */
static void config_vformat(char *out, size_t size, const char *file, int line,
                           const char *key, const char *fmt, va_list ap)
{
	char name[CONFIG_PATH_MAX + 64];
	int n;

	file = file ? file : "?";
	config_safe(name, sizeof name, file, strlen(file), CONFIG_PATH_MAX);
	if (line > 0)
		n = snprintf(out, size, "%s:%d: ", name, line);
	else
		n = snprintf(out, size, "%s: ", name);
	if (key && n >= 0 && (size_t)n < size)
		n += snprintf(out + n, size - (size_t)n, "%s: ", key);
	if (n >= 0 && (size_t)n < size)
		vsnprintf(out + n, size - (size_t)n, fmt, ap);
}

__attribute__((format(printf, 5, 6)))
static int config_fail(struct tend_err *err, const char *file, int line,
                       const char *key, const char *fmt, ...)
{
	char msg[sizeof err->msg];
	va_list ap;

	va_start(ap, fmt);
	config_vformat(msg, sizeof msg, file, line, key, fmt, ap);
	va_end(ap);
	return err_set(err, TEND_E_USAGE, "%s", msg);
}

/* Keep the first error seen while libconfuse reads (see the top comment). */
__attribute__((format(printf, 3, 4)))
static void config_note(cfg_t *cfg, const char *key, const char *fmt, ...)
{
	char msg[sizeof ((struct tend_err *)0)->msg];
	va_list ap;

	if (cfg->comment)
		return;
	va_start(ap, fmt);
	config_vformat(msg, sizeof msg, cfg->filename, cfg->line, key, fmt, ap);
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

static void config_on_error(cfg_t *cfg, const char *fmt, va_list ap)
{
	const size_t n = sizeof config_rewords / sizeof config_rewords[0];
	char arg[CONFIG_SHOW_MAX + 16] = "";
	const struct config_reword *r = NULL;

	for (size_t i = 0; i < n && !r; i++)
		if (strcmp(fmt, config_rewords[i].from) == 0)
			r = &config_rewords[i];
	if (!r) {
		char what[400], safe[512];
		vsnprintf(what, sizeof what, fmt, ap);
		config_safe(safe, sizeof safe, what, strlen(what), sizeof safe);
		config_note(cfg, NULL, "%s", safe);
		return;
	}
	if (strstr(r->from, "%s")) {
		const char *a = va_arg(ap, const char *);
		if (r->key_arg)
			config_safe(arg, sizeof arg, a, strlen(a), CONFIG_SHOW_MAX);
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

/* ---- the parse callbacks: each checks a value as libconfuse reads it ---- */

/* Let libconfuse store the checked string itself. */
static int config_keep(const char *value, void *result)
{
	*(const char **)result = value;
	return 0;
}

static int config_bad(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                      const char *what)
{
	char q[CONFIG_SHOW_MAX + 16];

	config_quote(q, sizeof q, value);
	config_note(cfg, opt->name, "%s %s", q, what);
	return -1;
}

/* Plain one-line text; may be empty (database, plan-file, therapist). */
static int config_check_text(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                             void *result)
{
	const char *why = config_text_problem(value);
	char what[128];

	if (!why)
		return config_keep(value, result);
	snprintf(what, sizeof what, "%s (plain text on one line)", why);
	return config_bad(cfg, opt, value, what);
}

/* A stop-phrase or a red line: a few words, not empty. */
static int config_check_phrase(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                               void *result)
{
	if (config_blank(value)) {
		config_note(cfg, opt->name, "an empty phrase (a few words between the quotes)");
		return -1;
	}
	return config_check_text(cfg, opt, value, result);
}

static int config_check_date(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                             void *result)
{
	tend_day d;

	if (!day_parse(value, &d))
		return config_bad(cfg, opt, value, "is not a date (YYYY-MM-DD)");
	return config_keep(value, result);
}

static int config_check_hhmm(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                             void *result)
{
	int minutes;

	if (!day_parse_hhmm(value, &minutes))
		return config_bad(cfg, opt, value,
		                  "is not a time (HH:MM on a 24-hour clock, e.g. \"21:00\")");
	return config_keep(value, result);
}

static int config_check_weekday(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                                void *result)
{
	int wd;

	if (!day_parse_weekday(value, &wd))
		return config_bad(cfg, opt, value,
		                  "is not a day of the week (monday, tuesday, ... sunday)");
	return config_keep(value, result);
}

/* Index of a colour name (any case) in config_color_names, or -1. */
static int config_color_index(const char *s)
{
	for (int i = 0; config_color_names[i]; i++)
		if (config_casecmp(s, config_color_names[i]) == 0)
			return i;
	return -1;
}

static int config_check_color(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                              void *result)
{
	if (config_color_index(value) < 0)
		return config_bad(cfg, opt, value, "is not a color tend knows (black, red, "
		                  "green, yellow, blue, magenta, cyan or white)");
	return config_keep(value, result);
}

static int config_parse_bool(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                             void *result)
{
	int b = cfg_parse_boolean(value);

	if (b < 0)
		return config_bad(cfg, opt, value, "is not true or false (true or false)");
	*(int *)result = b;
	return 0;
}

/* A whole number in decimal, within lo..hi. */
static int config_parse_int(cfg_t *cfg, cfg_opt_t *opt, const char *value,
                            void *result, long lo, long hi)
{
	const char *digits = value + (value[0] == '-');
	size_t n = strspn(digits, "0123456789");
	char what[96];

	if (n == 0 || digits[n] != '\0') {
		snprintf(what, sizeof what, "is not a number (a whole number from %ld to %ld)",
		         lo, hi);
		return config_bad(cfg, opt, value, what);
	}
	errno = 0;
	long v = strtol(value, NULL, 10);
	if (errno == ERANGE || v < lo || v > hi) {
		snprintf(what, sizeof what, "is out of range (a whole number from %ld to %ld)",
		         lo, hi);
		return config_bad(cfg, opt, value, what);
	}
	*(long *)result = v;
	return 0;
}

/* One callback per range, so each bound sits next to its key in the table. */
#define CONFIG_RANGE(fn, lo, hi) \
	static int fn(cfg_t *cfg, cfg_opt_t *opt, const char *value, void *result) \
	{ \
		return config_parse_int(cfg, opt, value, result, lo, hi); \
	}

CONFIG_RANGE(config_range_checkin, 1, 120)
CONFIG_RANGE(config_range_gestures, 0, 20)
CONFIG_RANGE(config_range_repairs, 0, 20)
CONFIG_RANGE(config_range_touch, 0, 14)
CONFIG_RANGE(config_range_pause, 1, 240)
CONFIG_RANGE(config_range_return, 1, 72)
CONFIG_RANGE(config_range_stabilization, 1, 60)

/* ---- the schema ------------------------------------------------------------ */

#define KEY_STR(k, d, fl, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_STR, .flags = (fl), .def = { .string = (d) }, .parsecb = (cb) }
#define KEY_INT(k, d, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_INT, .def = { .number = (d) }, .parsecb = (cb) }
#define KEY_BOOL(k, d, cb, h) { .name = (k), .comment = (h), \
	.type = CFGT_BOOL, .def = { .boolean = (d) }, .parsecb = (cb) }
#define KEY_LIST(k, t, d, cb, h) { .name = (k), .comment = (h), \
	.type = (t), .flags = CFGF_LIST, .def = { .parsed = (d) }, .parsecb = (cb) }

static const cfg_opt_t config_partner_opts[] = {
	KEY_STR("color", NULL, CFGF_NODEFAULT, config_check_color,
	        "black, red, green, yellow, blue, magenta, cyan or white"),
	CFG_END()
};

/* libconfuse copies this table in cfg_init and never writes to it. */
static const cfg_opt_t config_opts[] = {
	{ .name = "partner", .type = CFGT_SEC,
	  .flags = CFGF_MULTI | CFGF_TITLE | CFGF_NO_TITLE_DUPES,
	  .subopts = (cfg_opt_t *)config_partner_opts,
	  .comment = "The two of you, each with a color on the dashboard." },
	KEY_STR("start-date", NULL, CFGF_NODEFAULT, config_check_date,
	        "Day 1 of your 60 days (YYYY-MM-DD)."),
	KEY_STR("checkin-time", "21:00", CFGF_NONE, config_check_hhmm,
	        "When you sit down together for the daily check-in (HH:MM)."),
	KEY_INT("checkin-minutes", 15, config_range_checkin,
	        "How long the check-in lasts, in minutes (1 to 120)."),
	KEY_STR("day-starts-at", "04:00", CFGF_NONE, config_check_hhmm,
	        "When a new day begins; until then, entries count for the day before."),
	KEY_STR("week-starts-on", "monday", CFGF_NONE, config_check_weekday,
	        "The first day of your week (monday ... sunday)."),
	KEY_LIST("gestures-per-day", CFGT_INT, "{2, 5}", config_range_gestures,
	         "Small caring gestures to aim for each day: {fewest, most}, 0 to 20."),
	KEY_INT("repairs-per-day", 1, config_range_repairs,
	        "Repairs to aim for each day (0 to 20)."),
	KEY_INT("touch-per-week", 3, config_range_touch,
	        "Touch sessions to aim for each week (0 to 14)."),
	KEY_LIST("stop-phrases", CFGT_STR, "{\"Time-out\", \"This matters\"}",
	         config_check_phrase,
	         "Your two agreed phrases that pause a heated talk."),
	KEY_LIST("red-lines", CFGT_STR, "{\"No name-calling\", "
	         "\"No threats of leaving during a fight\", "
	         "\"No reopening settled issues unless both agree\"}",
	         config_check_phrase,
	         "What you both agreed never to do in a fight (up to 12)."),
	KEY_INT("pause-minutes", 20, config_range_pause,
	        "How long a pause lasts after a stop-phrase, in minutes (1 to 240)."),
	KEY_INT("return-within-hours", 24, config_range_return,
	        "Come back to a paused talk within this many hours (1 to 72)."),
	KEY_STR("database", "", CFGF_NONE, config_check_text,
	        "Where your entries are kept (\"\": ~/.local/share/tend/tend.db)."),
	KEY_BOOL("discreet", cfg_false, config_parse_bool,
	         "true: neutral words for touch and desire, for a screen others see."),
	KEY_STR("plan-file", "", CFGF_NONE, config_check_text,
	        "Your own plan file (\"\": the plan that comes with tend)."),
	KEY_INT("stabilization-days", 14, config_range_stabilization,
	        "Days in the first, steadying phase (1 to 60); more stretch the plan."),
	KEY_STR("therapist", "", CFGF_NONE, config_check_text,
	        "Your counsellor's contact, shown when it may help (\"\": none)."),
	CFG_END()
};

/* ---- reading the file -------------------------------------------------------- */

/* The whole file into a NUL-terminated buffer, refusing what is no config. */
static int config_read(const char *path, char **buf, size_t *len, bool *missing,
                       struct tend_err *err)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;

	if (fd < 0 && errno == ENOENT) {
		if (missing)
			*missing = true;
		config_fail(err, path, 0, NULL, "no such file");
		return err ? (err->code = TEND_E_RUNTIME) : TEND_E_RUNTIME;
	}
	if (fd < 0)
		return err_set(err, TEND_E_RUNTIME, "%s: cannot open it (%s)", path,
		               strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		bool dir = fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
		close(fd);
		return config_fail(err, path, 0, NULL, "%s (give the path of the config file)",
		                   dir ? "is a directory" : "is not a regular file");
	}
	*buf = malloc(CONFIG_MAX_BYTES + 2);
	if (!*buf) {
		close(fd);
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	*len = 0;
	for (;;) {
		ssize_t r = read(fd, *buf + *len, CONFIG_MAX_BYTES + 1 - *len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			close(fd);
			return err_set(err, TEND_E_RUNTIME, "%s: cannot read it (%s)", path,
			               strerror(e));
		}
		*len += (size_t)r;
		if (r == 0 || *len > CONFIG_MAX_BYTES)
			break;
	}
	close(fd);
	(*buf)[*len] = '\0';
	if (*len > CONFIG_MAX_BYTES)
		return config_fail(err, path, 0, NULL, "the file is larger than 64 KiB "
		                   "(a tend config is a short text file; is this the right file?)");
	return TEND_OK;
}

/* Text only: no NUL byte, valid UTF-8 throughout. */
static int config_check_bytes(const char *path, const char *buf, size_t len,
                              struct tend_err *err)
{
	const unsigned char *p = (const unsigned char *)buf;
	int line = 1;

	for (size_t i = 0; i < len;) {
		if (p[i] == '\0')
			return config_fail(err, path, line, NULL, "the file holds a NUL byte, so it "
			                   "is not a text file (a tend config is plain UTF-8 text)");
		size_t n = config_utf8_len(p + i, len - i);
		if (n == 0)
			return config_fail(err, path, line, NULL, "the text is not valid UTF-8 "
			                   "(save the file as UTF-8)");
		line += p[i] == '\n';
		i += n;
	}
	return TEND_OK;
}

/* ---- the structure scan -------------------------------------------------------- */

struct config_key_at {
	const char *name; /* into the file's text */
	size_t len;
	int line;
};

/* The lines of the top-level keys, for the checks made after parsing. */
struct config_scan {
	struct config_key_at keys[CONFIG_MAX_KEYS];
	size_t n;
};

enum config_prev { PREV_NONE, PREV_KEY, PREV_EQ, PREV_VALUE };

struct config_lexer {
	const char *p, *end;
	int line, depth;
	enum config_prev prev;
	const struct config_key_at *key;  /* the top-level key being read */
	const struct config_key_at *open; /* the key whose { is open */
	int open_line;
};

/* The line of the nth top-level occurrence of key (nth < 0: the last), 0 when
 * it does not occur. */
static int config_scan_line(const struct config_scan *scan, const char *key, int nth)
{
	size_t klen = strlen(key);
	int found = 0, seen = 0;

	for (size_t i = 0; i < scan->n; i++) {
		const struct config_key_at *k = &scan->keys[i];
		if (k->len != klen || memcmp(k->name, key, klen) != 0)
			continue;
		if (seen++ == nth)
			return k->line;
		found = k->line;
	}
	return nth < 0 ? found : 0;
}

/* Skip a comment at lx->p (#, // or / *); false when a / * is never closed. */
static bool config_lex_comment(struct config_lexer *lx)
{
	if (lx->p[0] == '#' || lx->p[1] == '/') {
		while (lx->p < lx->end && *lx->p != '\n')
			lx->p++;
		return true;
	}
	for (lx->p += 2; lx->p + 1 < lx->end; lx->p++) {
		if (lx->p[0] == '*' && lx->p[1] == '/') {
			lx->p += 2;
			return true;
		}
		lx->line += *lx->p == '\n';
	}
	return false;
}

/* Skip a quoted string at lx->p; false when it is never closed. */
static bool config_lex_quoted(struct config_lexer *lx)
{
	char q = *lx->p++;

	for (; lx->p < lx->end; lx->p++) {
		if (*lx->p == '\\' && lx->p + 1 < lx->end) {
			lx->p++;
		} else if (*lx->p == q) {
			lx->p++;
			return true;
		}
		lx->line += *lx->p == '\n';
	}
	return false;
}

/* A word or a quoted string: a key at the top level unless it follows = or a
 * key (then it is a value or a section's name). */
static void config_lex_token(struct config_lexer *lx, struct config_scan *scan,
                             const char *start)
{
	if (lx->depth > 0)
		return;
	if (lx->prev == PREV_EQ || lx->prev == PREV_KEY) {
		lx->prev = PREV_VALUE;
		return;
	}
	lx->prev = PREV_KEY;
	lx->key = NULL;
	if (scan->n == CONFIG_MAX_KEYS || *start == '"' || *start == '\'')
		return; /* a quoted key is rare enough to go without its line */
	struct config_key_at *k = &scan->keys[scan->n++];
	k->name = start;
	k->len = (size_t)(lx->p - start);
	k->line = lx->line;
	lx->key = k;
}

static void config_lex_word(struct config_lexer *lx)
{
	for (; lx->p < lx->end; lx->p++) {
		if (strchr(" \t\r\n#\"'={}()+,*", *lx->p))
			return;
		if (lx->p[0] == '/' && lx->p + 1 < lx->end &&
		    (lx->p[1] == '/' || lx->p[1] == '*'))
			return;
	}
}

static void config_lex_brace(struct config_lexer *lx, char c)
{
	if (c == '{') {
		if (lx->depth++ == 0) {
			lx->open = lx->key;
			lx->open_line = lx->line;
		}
	} else if (lx->depth > 0 && --lx->depth == 0) {
		lx->prev = PREV_NONE;
	}
}

/* The name of the key on line for a message, or NULL: a key on another line
 * is more likely a guess thrown off by the mistake itself. */
static const char *config_lex_key(const struct config_key_at *k, int line, char *buf,
                                  size_t size)
{
	if (!k || k->line != line)
		return NULL;
	config_safe(buf, size, k->name, k->len, CONFIG_SHOW_MAX);
	return buf;
}

/* Find what libconfuse 3.3 would let pass (a section or comment left open)
 * or report badly (a quote left open), and note where each key is. */
static int config_scan_text(const char *path, const char *buf, size_t len,
                            struct config_scan *scan, struct tend_err *err)
{
	struct config_lexer lx = { .p = buf, .end = buf + len, .line = 1 };
	char key[CONFIG_SHOW_MAX + 16];

	scan->n = 0;
	while (lx.p < lx.end) {
		const char *start = lx.p;
		int line = lx.line;
		char c = *lx.p;
		if (c == '\n') {
			lx.line++, lx.p++;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '*' || c == '(' ||
		           c == ')' || c == ',' || (c == '+' && lx.p[1] != '=')) {
			lx.p++;
		} else if (c == '#' || (c == '/' && (lx.p[1] == '/' || lx.p[1] == '*'))) {
			if (!config_lex_comment(&lx))
				return config_fail(err, path, line, NULL, "a /* comment is never "
				                   "closed (end it with */)");
		} else if (c == '"' || c == '\'') {
			if (!config_lex_quoted(&lx))
				return config_fail(err, path, line,
				                   config_lex_key(lx.key, line, key, sizeof key),
				                   "the quote opened here is never closed (add the "
				                   "closing %c)", c);
			config_lex_token(&lx, scan, start);
		} else if (c == '=' || c == '+') {
			lx.p += c == '+' ? 2 : 1;
			lx.prev = lx.depth == 0 ? PREV_EQ : lx.prev;
		} else if (c == '{' || c == '}') {
			lx.p++;
			config_lex_brace(&lx, c);
		} else {
			config_lex_word(&lx);
			config_lex_token(&lx, scan, start);
		}
	}
	if (lx.depth > 0)
		return config_fail(err, path, lx.open_line,
		                   config_lex_key(lx.open, lx.open_line, key, sizeof key),
		                   "the { here is never closed (add the missing })");
	return TEND_OK;
}

/* ---- paths --------------------------------------------------------------------- */

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
static int config_resolve(const char *path, cfg_t *cfg, const char *key,
                          const struct config_scan *scan, char **out,
                          struct tend_err *err)
{
	const char *value = cfg_getstr(cfg, key);
	char q[CONFIG_SHOW_MAX + 16];

	if (value[0] == '~' && value[1] != '/' && value[1] != '\0') {
		config_quote(q, sizeof q, value);
		return config_fail(err, path, config_scan_line(scan, key, -1), key,
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

/* ---- from libconfuse's values to struct config ------------------------------ */

/* Why a partner's name cannot be used, or NULL. */
static const char *config_name_problem(const char *name)
{
	size_t n = strlen(name);

	if (n == 0)
		return "is empty";
	if (name[0] == ' ' || name[n - 1] == ' ')
		return "starts or ends with a space";
	return config_text_problem(name);
}

static int config_take_partners(cfg_t *cfg, const char *path,
                                const struct config_scan *scan, struct config *out,
                                struct tend_err *err)
{
	unsigned n = cfg_size(cfg, "partner");
	char q[CONFIG_SHOW_MAX + 16], q2[CONFIG_SHOW_MAX + 16];

	if (n == 0)
		return config_fail(err, path, 0, "partner", "missing (add two lines like "
		                   "partner \"Alex\" { color = \"cyan\" })");
	if (n == 1)
		return config_fail(err, path, config_scan_line(scan, "partner", 0), "partner",
		                   "only one partner (add a second line like "
		                   "partner \"Sam\" { color = \"magenta\" })");
	if (n > 2) {
		const char *third = cfg_title(cfg_getnsec(cfg, "partner", 2));
		config_quote(q, sizeof q, third ? third : "");
		return config_fail(err, path, config_scan_line(scan, "partner", 2), "partner",
		                   "a third partner %s (exactly two partner sections)", q);
	}
	for (int i = 0; i < 2; i++) {
		cfg_t *sec = cfg_getnsec(cfg, "partner", (unsigned)i);
		const char *name = cfg_title(sec) ? cfg_title(sec) : "";
		const char *color = cfg_getstr(sec, "color");
		const char *why = config_name_problem(name);
		if (why) {
			config_quote(q, sizeof q, name);
			return config_fail(err, path, config_scan_line(scan, "partner", i),
			                   "partner", "the name %s %s (a name such as \"Alex\")",
			                   q, why);
		}
		int c = color ? config_color_index(color) : (i == 0 ? 6 : 5);
		out->partner[i] = strdup(name);
		out->color[i] = strdup(config_color_names[c]);
		if (!out->partner[i] || !out->color[i])
			return err_set(err, TEND_E_RUNTIME, "out of memory");
	}
	if (config_casecmp(out->partner[0], out->partner[1]) == 0) {
		config_quote(q, sizeof q, out->partner[1]);
		config_quote(q2, sizeof q2, out->partner[0]);
		return config_fail(err, path, config_scan_line(scan, "partner", 1), "partner",
		                   "%s is the same name as %s (the two "
		                   "names must differ)", q, q2);
	}
	return TEND_OK;
}

static int config_take_gestures(cfg_t *cfg, const char *path,
                                const struct config_scan *scan, struct config *out,
                                struct tend_err *err)
{
	const char *key = "gestures-per-day";
	unsigned n = cfg_size(cfg, key);
	int line = config_scan_line(scan, key, -1);

	if (n != 2)
		return config_fail(err, path, line, key, "%u number%s (two numbers, "
		                   "{fewest, most}, each 0 to 20, e.g. {2, 5})",
		                   n, n == 1 ? "" : "s");
	out->gestures_min = (int)cfg_getnint(cfg, key, 0);
	out->gestures_max = (int)cfg_getnint(cfg, key, 1);
	if (out->gestures_min > out->gestures_max)
		return config_fail(err, path, line, key, "{%d, %d} has the larger number "
		                   "first ({fewest, most}, e.g. {2, 5})",
		                   out->gestures_min, out->gestures_max);
	return TEND_OK;
}

/* A string list into a new NULL-terminated-free array of copies. */
static int config_copy_list(cfg_t *cfg, const char *key, char ***out, size_t *n)
{
	*n = cfg_size(cfg, key);
	if (*n == 0)
		return TEND_OK;
	*out = calloc(*n, sizeof **out);
	if (!*out) {
		*n = 0;
		return TEND_E_RUNTIME;
	}
	for (size_t i = 0; i < *n; i++)
		if (!((*out)[i] = strdup(cfg_getnstr(cfg, key, (unsigned)i))))
			return TEND_E_RUNTIME;
	return TEND_OK;
}

static int config_take_phrases(cfg_t *cfg, const char *path,
                               const struct config_scan *scan, struct config *out,
                               struct tend_err *err)
{
	const char *key = "stop-phrases";
	unsigned n = cfg_size(cfg, key);
	char q[CONFIG_SHOW_MAX + 16];

	if (n != 2)
		return config_fail(err, path, config_scan_line(scan, key, -1), key,
		                   "%u phrase%s (exactly two, e.g. {\"Time-out\", "
		                   "\"This matters\"})", n, n == 1 ? "" : "s");
	for (unsigned i = 0; i < 2; i++)
		out->stop_phrase[i] = strdup(cfg_getnstr(cfg, key, i));
	if (!out->stop_phrase[0] || !out->stop_phrase[1])
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (config_casecmp(out->stop_phrase[0], out->stop_phrase[1]) == 0) {
		config_quote(q, sizeof q, out->stop_phrase[1]);
		return config_fail(err, path, config_scan_line(scan, key, -1), key,
		                   "both phrases are %s (two different phrases)", q);
	}
	key = "red-lines";
	n = cfg_size(cfg, key);
	if (n > CONFIG_MAX_RED_LINES)
		return config_fail(err, path, config_scan_line(scan, key, -1), key,
		                   "%u red lines (at most %d)", n, CONFIG_MAX_RED_LINES);
	if (config_copy_list(cfg, key, &out->red_lines, &out->n_red_lines) != TEND_OK)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

/* The scalar keys, already checked by their callbacks; false when out of
 * memory. */
static bool config_take_values(cfg_t *cfg, struct config *out)
{
	const char *therapist = cfg_getstr(cfg, "therapist");

	day_parse(cfg_getstr(cfg, "start-date"), &out->start_date);
	day_parse_hhmm(cfg_getstr(cfg, "checkin-time"), &out->checkin_time);
	day_parse_hhmm(cfg_getstr(cfg, "day-starts-at"), &out->day_starts_at);
	day_parse_weekday(cfg_getstr(cfg, "week-starts-on"), &out->week_starts_on);
	out->checkin_minutes = (int)cfg_getint(cfg, "checkin-minutes");
	out->repairs_per_day = (int)cfg_getint(cfg, "repairs-per-day");
	out->touch_per_week = (int)cfg_getint(cfg, "touch-per-week");
	out->pause_minutes = (int)cfg_getint(cfg, "pause-minutes");
	out->return_within_hours = (int)cfg_getint(cfg, "return-within-hours");
	out->stabilization_days = (int)cfg_getint(cfg, "stabilization-days");
	out->discreet = cfg_getbool(cfg, "discreet") == cfg_true;
	if (!config_blank(therapist))
		out->therapist = strdup(therapist);
	return config_blank(therapist) || out->therapist;
}

static int config_take_paths(cfg_t *cfg, const char *path,
                             const struct config_scan *scan, struct config *out,
                             struct tend_err *err)
{
	int rc = TEND_OK;

	if (!config_blank(cfg_getstr(cfg, "plan-file")))
		rc = config_resolve(path, cfg, "plan-file", scan, &out->plan_file, err);
	if (rc != TEND_OK)
		return rc;
	if (!config_blank(cfg_getstr(cfg, "database")))
		return config_resolve(path, cfg, "database", scan, &out->database, err);
	out->database = config_default_database();
	if (!out->database)
		return err_set(err, TEND_E_RUNTIME, "cannot find your home directory for "
		               "the database (set HOME, or database in %s)", path);
	return TEND_OK;
}

/* Everything libconfuse read, plus the checks that need the whole file. */
static int config_take(cfg_t *cfg, const char *path, const struct config_scan *scan,
                       struct config *out, struct tend_err *err)
{
	int rc = config_take_partners(cfg, path, scan, out, err);

	if (rc == TEND_OK && cfg_size(cfg, "start-date") == 0)
		rc = config_fail(err, path, 0, "start-date",
		                 "missing (add start-date = \"YYYY-MM-DD\")");
	if (rc == TEND_OK)
		rc = config_take_gestures(cfg, path, scan, out, err);
	if (rc == TEND_OK)
		rc = config_take_phrases(cfg, path, scan, out, err);
	if (rc == TEND_OK)
		rc = config_take_paths(cfg, path, scan, out, err);
	if (rc != TEND_OK)
		return rc;
	out->path = strdup(path);
	if (!config_take_values(cfg, out) || !out->path)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	return TEND_OK;
}

/* The message libconfuse's failure left in a cfg_t comment (see the top). */
static int config_parse_failure(cfg_t *cfg, const char *path, struct tend_err *err)
{
	const char *msg = cfg->comment;

	for (unsigned i = 0; !msg && i < cfg_size(cfg, "partner"); i++)
		msg = cfg_getnsec(cfg, "partner", i)->comment;
	if (msg)
		return err_set(err, TEND_E_USAGE, "%s", msg);
	return config_fail(err, path, 0, NULL, "cannot be read as a tend config "
	                   "(tend.conf(5) shows the form)");
}

static int config_parse(const char *path, const char *text, size_t len,
                        const struct config_scan *scan, struct config *out,
                        struct tend_err *err)
{
	cfg_t *cfg = cfg_init((cfg_opt_t *)config_opts, CFGF_NONE);
	int rc = TEND_OK;

	if (!cfg)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	cfg_set_error_function(cfg, config_on_error);
	cfg->filename = strdup(path);
	if (!cfg->filename)
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK && len > 0) {
		FILE *fp = fmemopen((void *)text, len, "r");
		if (!fp)
			rc = err_set(err, TEND_E_RUNTIME, "out of memory");
		else if (cfg_parse_fp(cfg, fp) != CFG_SUCCESS)
			rc = config_parse_failure(cfg, path, err);
		if (fp)
			fclose(fp);
	}
	if (rc == TEND_OK)
		rc = config_take(cfg, path, scan, out, err);
	cfg_free(cfg);
	return rc;
}

int config_load(const char *path, struct config *cfg, bool *missing,
                struct tend_err *err)
{
	struct config_scan *scan = NULL;
	char *buf = NULL;
	size_t len = 0;

	memset(cfg, 0, sizeof *cfg);
	if (missing)
		*missing = false;
	int rc = config_read(path, &buf, &len, missing, err);
	if (rc == TEND_OK)
		rc = config_check_bytes(path, buf, len, err);
	/* A byte-order mark some editors add is not part of the first key. */
	const char *text = buf;
	if (rc == TEND_OK && len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		text += 3, len -= 3;
	if (rc == TEND_OK && !(scan = malloc(sizeof *scan)))
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
	if (rc == TEND_OK)
		rc = config_scan_text(path, text, len, scan, err);
	if (rc == TEND_OK)
		rc = config_parse(path, text, len, scan, cfg, err);
	free(scan);
	free(buf);
	if (rc != TEND_OK)
		config_free(cfg);
	return rc;
}

void config_free(struct config *cfg)
{
	if (!cfg)
		return;
	for (int i = 0; i < 2; i++) {
		free(cfg->partner[i]);
		free(cfg->color[i]);
		free(cfg->stop_phrase[i]);
	}
	for (size_t i = 0; i < cfg->n_red_lines; i++)
		free(cfg->red_lines[i]);
	free(cfg->red_lines);
	free(cfg->path);
	free(cfg->database);
	free(cfg->plan_file);
	free(cfg->therapist);
	memset(cfg, 0, sizeof *cfg);
}

/* ---- writing a first config ----------------------------------------------------- */

/* s as a libconfuse double-quoted string that reads back byte for byte: "$"
 * is written as \x24 so that "${...}" is never taken for a variable. */
static void config_put_quoted(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(fp, "\\%c", *s);
		else if (*s == '$')
			fputs("\\x24", fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

/* A default list, one item a line when it is long, every line commented. */
static void config_put_list(FILE *fp, const char *list)
{
	bool quoted = false;

	if (strlen(list) < 60) {
		fprintf(fp, "%s\n", list);
		return;
	}
	for (const char *p = list; *p; p++) {
		quoted ^= *p == '"';
		if (!quoted && *p == '{')
			fputs("{\n#    ", fp);
		else if (!quoted && *p == ',')
			fputs(",\n#   ", fp);
		else if (!quoted && *p == '}')
			fputs("\n#}", fp);
		else
			fputc(*p, fp);
	}
	fputc('\n', fp);
}

/* "#key = default", so the file shows every key and how to change it. */
static void config_put_default(FILE *fp, const cfg_opt_t *o)
{
	fprintf(fp, "#%s = ", o->name);
	if (o->flags & CFGF_LIST)
		config_put_list(fp, o->def.parsed);
	else if (o->type == CFGT_INT)
		fprintf(fp, "%ld\n", o->def.number);
	else if (o->type == CFGT_BOOL)
		fputs(o->def.boolean ? "true\n" : "false\n", fp);
	else {
		config_put_quoted(fp, o->def.string ? o->def.string : "");
		fputc('\n', fp);
	}
}

static void config_put_body(FILE *fp, const char *name1, const char *name2,
                            tend_day start, int checkin_time)
{
	char date[16], hhmm[8];

	day_format(start, date);
	day_format_hhmm(checkin_time, hhmm);
	fputs("# tend's settings. A line starting with # is a comment: to change a\n"
	      "# setting, remove the # in front of it. tend.conf(5) explains each key.\n",
	      fp);
	for (const cfg_opt_t *o = config_opts; o->name; o++) {
		fprintf(fp, "\n# %s\n", o->comment);
		if (o->type == CFGT_SEC) {
			fprintf(fp, "# Colors: %s.\npartner ", config_partner_opts[0].comment);
			config_put_quoted(fp, name1);
			fputs(" { color = \"cyan\" }\npartner ", fp);
			config_put_quoted(fp, name2);
			fputs(" { color = \"magenta\" }\n", fp);
		} else if (strcmp(o->name, "start-date") == 0) {
			fprintf(fp, "start-date = \"%s\"\n", date);
		} else if (strcmp(o->name, "checkin-time") == 0) {
			fprintf(fp, "checkin-time = \"%s\"\n", hhmm);
		} else {
			config_put_default(fp, o);
		}
	}
}

/* The same checks config_load makes on the names, the day and the time. */
static int config_check_initial(const char *name1, const char *name2, tend_day start,
                                int checkin_time, struct tend_err *err)
{
	const char *names[2] = { name1, name2 };
	char q[CONFIG_SHOW_MAX + 16], q2[CONFIG_SHOW_MAX + 16], date[16];
	tend_day back;

	for (int i = 0; i < 2; i++) {
		const char *why = names[i] ? config_name_problem(names[i]) : "is missing";
		if (why) {
			config_quote(q, sizeof q, names[i] ? names[i] : "");
			return err_set(err, TEND_E_USAGE, "partner %d: the name %s %s (a name "
			               "such as \"Alex\")", i + 1, q, why);
		}
	}
	if (config_casecmp(name1, name2) == 0) {
		config_quote(q, sizeof q, name2);
		config_quote(q2, sizeof q2, name1);
		return err_set(err, TEND_E_USAGE, "partner 2: %s is the same name as %s "
		               "(the two names must differ)", q, q2);
	}
	if (start != DAY_INVALID)
		day_format(start, date);
	if (start == DAY_INVALID || !day_parse(date, &back) || back != start)
		return err_set(err, TEND_E_USAGE, "start-date: not a date tend can use "
		               "(YYYY-MM-DD, years 1900 to 9999)");
	if (checkin_time < 0 || checkin_time >= 24 * 60)
		return err_set(err, TEND_E_USAGE, "checkin-time: not a time of day (HH:MM)");
	return TEND_OK;
}

/* Create the missing directories above path, each 0700. */
static int config_make_parents(const char *path, struct tend_err *err)
{
	char *dir = strdup(path);

	if (!dir)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	for (char *p = strchr(dir + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			int e = errno;
			int rc = err_set(err, TEND_E_RUNTIME, "%s: cannot create the directory "
			                 "(%s)", dir, strerror(e));
			free(dir);
			return rc;
		}
		*p = '/';
	}
	free(dir);
	return TEND_OK;
}

int config_write_initial(const char *path, const char *name1, const char *name2,
                         tend_day start, int checkin_time, struct tend_err *err)
{
	int rc = config_check_initial(name1, name2, start, checkin_time, err);

	if (rc == TEND_OK)
		rc = config_make_parents(path, err);
	if (rc != TEND_OK)
		return rc;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST)
		return err_set(err, TEND_E_RUNTIME, "%s: already exists (tend never "
		               "overwrites a config; edit it, or move it away first)", path);
	if (fd < 0)
		return err_set(err, TEND_E_RUNTIME, "%s: cannot create it (%s)", path,
		               strerror(errno));
	FILE *fp = fdopen(fd, "w");
	if (!fp) {
		int e = errno;
		close(fd);
		unlink(path);
		return err_set(err, TEND_E_RUNTIME, "%s: cannot write it (%s)", path,
		               strerror(e));
	}
	config_put_body(fp, name1, name2, start, checkin_time);
	bool bad = fflush(fp) != 0 || ferror(fp) || fsync(fd) != 0;
	int e = errno;
	if (fclose(fp) != 0 && !bad)
		bad = true, e = errno;
	if (!bad)
		return TEND_OK;
	unlink(path);
	return err_set(err, TEND_E_RUNTIME, "%s: cannot write it (%s)", path, strerror(e));
}

/* ---- partners ---------------------------------------------------------------------- */

int config_partner_lookup(const struct config *cfg, const char *name)
{
	if (!cfg || !name)
		return 0;
	if (strcmp(name, "1") == 0 || strcmp(name, "2") == 0)
		return name[0] - '0';
	for (int i = 0; i < 2; i++)
		if (cfg->partner[i] && config_casecmp(cfg->partner[i], name) == 0)
			return i + 1;
	return 0;
}
