/* plan_priv: what the plan's own files share: plan.c (loading through
 * the reader every libconfuse file goes through, confread.c),
 * plan_check.c (validation), plan_text.c and
 * plan_text_page.c (the printable text); not for other modules. */
#ifndef TEND_PLAN_PRIV_H
#define TEND_PLAN_PRIV_H

#include <confuse.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "tend/confread.h"
#include "tend/plan.h"

/* Everything the libconfuse callbacks need. libconfuse gives callbacks no
 * user pointer, so each section carries a hidden pointer option whose
 * simple_value points here; libconfuse may write a NULL through it at
 * initialisation, which lands harmlessly in scratch. */
struct plan_ctx {
	void *scratch;
	const char *name;
	struct tend_err *err;
	bool failed;
	struct confread *rd; /* the file, as the reader scanned it */
};

#define PLAN_CTX_OPT_NAME "\x01" "ctx"
#define PLAN_CTX_OPT(c) { .name = PLAN_CTX_OPT_NAME, .type = CFGT_PTR, \
	.flags = CFGF_NODEFAULT, .simple_value.ptr = (void **)(c) }
/* Hidden line records, set by the validation callbacks (no file can type a
 * name holding a control character, not even through an escape such as
 * \001: the reader refuses those before parsing). */
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

/* s (n bytes) in double quotes for a message: control characters and bad
 * bytes as \xNN, cut with "..." after about 60 bytes. */
void plan_quote(char *out, size_t size, const char *s, size_t n);
#define PLAN_QUOTE_SIZE 320

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
	struct pace_dates dates;  /* the date of each plan day */
	bool discreet;
	const struct plan_sentences *sentences; /* NULL: not printed */
	struct block *blocks;
	size_t n_blocks, cap_blocks;
};

/* Lay the blocks out on pages and write them to f: a block stays on one
 * page if it fits there, else it goes on the next; one too long for a page
 * of its own, or that would leave the title alone, breaks where it may,
 * the next page repeating the headings of the part it is in. */
void plan_text_pages(struct text_ctx *c, FILE *f);

#endif
