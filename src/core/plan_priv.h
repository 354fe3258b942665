/* plan_priv: what the plan's own files share: plan.c (loading),
 * plan_scan.c and plan_check.c (validation), plan_text.c and
 * plan_text_page.c (the printable text); not for other modules. */
#ifndef TEND_PLAN_PRIV_H
#define TEND_PLAN_PRIV_H

#include <confuse.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "tend/plan.h"

/* One key of the file as plan_scan_keys saw it: libconfuse only knows the
 * line it has read up to (a section's closing brace), so the lines that
 * errors name come from here. */
struct plan_key_at {
	const char *name;  /* into the scanned text, not NUL-terminated */
	size_t len;
	int line;          /* where the key is written */
	int end;           /* where its value, list or section ends */
	size_t parent;     /* the section it is in, PLAN_NO_KEY at the top */
	bool section;
	bool append;       /* given with +=, which adds to a list */
};

#define PLAN_NO_KEY ((size_t)-1)

struct plan_scan {
	struct plan_key_at *keys;  /* in the order they are written */
	size_t n, cap;
	size_t *closed;            /* sections, in the order they close */
	size_t n_closed, cap_closed;
	size_t next_key, next_closed; /* lookup cursors: libconfuse reads in order */
};

/* Everything the libconfuse callbacks need. libconfuse gives callbacks no
 * user pointer, so each section carries a hidden pointer option whose
 * simple_value points here; libconfuse may write a NULL through it at
 * initialisation, which lands harmlessly in scratch. */
struct plan_ctx {
	void *scratch;
	const char *name;
	struct tend_err *err;
	bool failed;
	struct plan_scan scan;
};

#define PLAN_CTX_OPT_NAME "\x01" "ctx"
#define PLAN_CTX_OPT(c) { .name = PLAN_CTX_OPT_NAME, .type = CFGT_PTR, \
	.flags = CFGF_NODEFAULT, .simple_value.ptr = (void **)(c) }
/* Hidden line records, set by the validation callbacks (no file can type a
 * name holding a control character, not even through an escape such as
 * \001: plan_scan_keys refuses those before parsing). */
#define PLAN_LINE_FIRST "\x01" "first"
#define PLAN_LINE_LAST "\x01" "last"
#define PLAN_LINE_TASK "\x01" "task"

/* Record the first error only: later ones are usually its echoes. */
void plan_ctx_fail(struct plan_ctx *c, int line, const char *key,
                   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* "daily", "N per day", "weekly", "N per week", "once", "quarterly". */
bool plan_cadence_parse(const char *s, int *cadence, int *count);
/* "none", "checkin", "gesture", "repair" or "touch". */
bool plan_measure_parse(const char *s, int *measure);

/* Pre-checks on the raw bytes (NUL-terminated at len): text, UTF-8, no
 * control characters. */
int plan_check_raw(const char *name, const char *buf, size_t len,
                   struct tend_err *err);

/* s (n bytes) in double quotes for a message: control characters and bad
 * bytes as \xNN, cut with "..." after about 60 bytes. */
void plan_quote(char *out, size_t size, const char *s, size_t n);
#define PLAN_QUOTE_SIZE 320

/* Blank out comments (keeping line breaks): libconfuse 3.3 miscounts lines
 * after a comment, and we want error lines to be right. Also finds a brace
 * left open at the end, which libconfuse would let pass: returns the line
 * of that brace, 0 when all are closed, -LINE when one closes too many;
 * *open_quote is the line of a quote never closed, else 0, and
 * *open_comment the line of a / * never closed (libconfuse would silently
 * drop the rest of the file), else 0. */
int plan_strip_comments(char *s, int *open_quote, int *open_comment);

/* Note where every key, value and section of the comment-free text is
 * (into c->scan), and refuse an escape in a quoted string that makes a
 * control character (\t, \033, \x00...), which libconfuse would let in
 * and, for a NUL, silently cut the text at. Returns 0, -1 with the error
 * in c, or -2 when out of memory. */
int plan_scan_keys(const char *text, struct plan_ctx *c);
void plan_scan_free(struct plan_scan *s);
/* Before parsing: refuse a second after section, with the first's line
 * (libconfuse would merge two of the same title without a word). Returns 0,
 * or -1 with the error in c. */
int plan_scan_after(struct plan_ctx *c);
/* After parsing: refuse a key given twice in one section, where libconfuse
 * keeps the last without a word. Phases and tasks come many times by
 * design, and += adds to a list. Returns 0, or -1 with the error in c. */
int plan_scan_twice(struct plan_ctx *c);
/* The line where the key of the value libconfuse has just read (named key,
 * read up to line) is written; line itself when the scan does not know. */
int plan_value_line(struct plan_ctx *c, const char *key, int line);
/* The same for the section named key that libconfuse has just closed on
 * line: the line of its keyword. */
int plan_section_line(struct plan_ctx *c, const char *key, int line);

/* Hook the error reporter and every validation callback onto root. */
void plan_check_install(cfg_t *root);

/* After parsing: phases from day 1 without gaps, task keys unique. */
int plan_check_tree(cfg_t *root, struct plan_ctx *c);

/* What a line says about page breaks: a break may come before it (and the
 * next page then repeats the header of its part, see enum part), or it
 * must not end a page (a heading, a label). */
#define LINE_BREAK 0x80
#define LINE_KEEP 0x40
#define LINE_PART 0x0F

/* The parts of a block a page may break inside, each with the lines the
 * next page repeats so the reader knows where they are. */
enum part {
	PART_NONE,      /* a new week starts: it has its own heading */
	PART_PHASE,     /* the phase (or after-plan) heading, "(continued)" */
	PART_ONCE,      /* that, and "Once in this phase" */
	PART_WEEK,      /* the week's heading, "(continued)" */
	PART_GRID,      /* that, and the daily grid's weekdays and dates */
	PART_THIS_WEEK, /* that, and "This week" */
	PART_COUNT
};

/* A growing list of output lines, each with its LINE_ marks (next_mark goes
 * on the next line added); oom latches so callers check once. */
struct lines {
	char **v;
	unsigned char *mark;
	size_t n, cap;
	unsigned char next_mark;
	bool oom;
};

/* What stays on one page if it can: the title, a week (with its phase's
 * heading when it is the phase's first), the after-plan part. */
struct block {
	struct lines l;
	struct lines head[PART_COUNT]; /* repeated after a break in that part */
	size_t week_at;    /* the line the week starts at; SIZE_MAX: no week */
	enum part first;   /* the part the block opens with */
	bool keep_next;    /* never alone on a page (the title) */
};

/* The printable plan being built: the blocks in order, the title first. */
struct text_ctx {
	const struct plan *p;
	const struct config *cfg;
	tend_day start;
	bool discreet;
	struct block *blocks;
	size_t n_blocks, cap_blocks;
};

/* Lay the blocks out on pages and write them to f: a block stays on one
 * page if it fits there, else it goes on the next; one too long for a page
 * of its own, or that would leave the title alone, breaks where it may,
 * the next page repeating the headings of the part it is in. */
void plan_text_pages(struct text_ctx *c, FILE *f);

#endif
