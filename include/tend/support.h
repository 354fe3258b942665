/* support: when to get help. The words of the help screen (`h` on the
 * dashboard) and of `tend support`, kept here once: the situations where a
 * professional should be involved, safety first with violence, the couple's
 * own contacts from the config, and the program's reframes for the usual
 * obstacles. Pure: no I/O, nothing stored. */
#ifndef TEND_SUPPORT_H
#define TEND_SUPPORT_H

#include <stddef.h>

#include "tend/config.h"

enum support_kind {
	SUPPORT_BLANK,
	SUPPORT_HEADING,   /* a section's title */
	SUPPORT_TEXT,      /* plain words */
	SUPPORT_SAFETY,    /* safety first: drawn to stand out */
	SUPPORT_CONTACT,   /* label, then the couple's own text (untrusted) */
};

/* A paragraph of the help. Front ends wrap it to their width with
 * support_wrap; a contact stays on one line. */
struct support_line {
	enum support_kind kind;
	const char *label;  /* SUPPORT_CONTACT: "Your therapist:"; else NULL */
	const char *text;   /* the words; for a contact the config's text,
	                     * to be shown through a safe printer */
	int indent;         /* columns the wrapped rows after the first start at */
};

/* The most paragraphs the help has. */
#define SUPPORT_LINES_MAX 32

/* Fill out (at most max paragraphs) with the help for cfg (its contacts,
 * its discreet words); returns how many. The strings live as long as cfg. */
size_t support_lines(const struct config *cfg, struct support_line *out, size_t max);

/* One row of a wrapped paragraph: len bytes of its text from from, drawn
 * indent columns in. */
struct support_row {
	int from, len, indent;
};
/* Break text at spaces into rows of at most width columns, the rows after
 * the first indented by indent; a word longer than a row is cut. For tend's
 * own words (plain ASCII, where a byte is a column). Fills at most max rows
 * and returns how many; an empty text is one empty row. */
int support_wrap(const char *text, int width, int indent, struct support_row *out, int max);

#endif
