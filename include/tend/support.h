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

struct support_line {
	enum support_kind kind;
	const char *label;  /* SUPPORT_CONTACT: "Your therapist:"; else NULL */
	const char *text;   /* the words; for a contact the config's text,
	                     * to be shown through a safe printer */
};

/* The longest the help can be, in lines. */
#define SUPPORT_LINES_MAX 48

/* Fill out (at most max lines) with the help for cfg (its contacts, its
 * discreet words); returns how many lines. Each line fits 76 columns, a
 * contact's label and text aside. The strings live as long as cfg. */
size_t support_lines(const struct config *cfg, struct support_line *out, size_t max);

#endif
