/* plan_priv: what plan.c (loading) and plan_check.c (validation) share;
 * not for other modules. */
#ifndef TEND_PLAN_PRIV_H
#define TEND_PLAN_PRIV_H

#include <confuse.h>
#include <stdbool.h>
#include <stddef.h>

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
};

#define PLAN_CTX_OPT_NAME "\x01" "ctx"
#define PLAN_CTX_OPT(c) { .name = PLAN_CTX_OPT_NAME, .type = CFGT_PTR, \
	.flags = CFGF_NODEFAULT, .simple_value.ptr = (void **)(c) }
/* Hidden line records, set by the validation callbacks (no file can type a
 * name holding a control character: those are refused before parsing). */
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

/* Blank out comments (keeping line breaks): libconfuse 3.3 miscounts lines
 * after a comment, and we want error lines to be right. Also finds a brace
 * left open at the end, which libconfuse would let pass: returns the line
 * of that brace, 0 when all are closed, -LINE when one closes too many;
 * *open_quote is the line of a quote never closed, else 0. */
int plan_strip_comments(char *s, int *open_quote);

/* Hook the error reporter and every validation callback onto root. */
void plan_check_install(cfg_t *root);

/* After parsing: phases from day 1 without gaps, task keys unique. */
int plan_check_tree(cfg_t *root, struct plan_ctx *c);

#endif
