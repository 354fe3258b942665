/* confread: the one reader for every file tend writes in libconfuse's
 * grammar (the config, the plan, and any data file added later).
 *
 * libconfuse 3.3 reads the structure but lets some mistakes slip (a
 * section or comment left open, a key given twice), counts lines wrongly
 * after a comment, only knows how far it has read (for a section, its
 * closing brace), and expands ${VARIABLE} inside double quotes with no way
 * to turn it off. So a file is read here first: its bytes are checked,
 * its structure scanned once (where each key, value and section is
 * written), and the text handed to libconfuse is the same text with the
 * comments blanked (line breaks kept) and every $ in a double-quoted
 * string written as the escape \x24, so values come out as written.
 *
 * Every message has the form "FILE:LINE: KEY: what is wrong (the fix)",
 * FILE made printable, without LINE when 0 and without KEY when NULL. */
#ifndef TEND_CONFREAD_H
#define TEND_CONFREAD_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "tend/err.h"

/* What differs from one kind of file to another. */
struct confread_kind {
	const char *what;   /* in messages: "a tend config", "a plan file" */
	const char *noun;   /* "the config file", "the plan file" */
	size_t max_bytes;
	const char *const *many; /* sections that come many times by design (NULL-ended) */
	const char *no_key; /* the KEY of a message about no key in particular (NULL: none) */
	bool plain;         /* refuse control characters, typed or as an escape */
};

#define CONFREAD_TOP ((size_t)-1)

/* One key as written: at the top level (parent CONFREAD_TOP) or in a
 * section. */
struct confread_key {
	const char *name;  /* into the file's text, without quotes; not NUL-ended */
	size_t len;
	int line;          /* where the key is written */
	int end;           /* where its value, list or section ends */
	size_t parent;     /* the section it is in, CONFREAD_TOP at the top */
	size_t at, stop;   /* bytes [at, stop) of the text: the key (its quotes
	                      too) up to the end of its value, list or section */
	bool section;
	bool append;       /* given with +=, which adds to a list */
};

struct confread {
	const struct confread_kind *kind;
	char *path;        /* the file's name, as given */
	char *src;         /* the file's bytes, comments blanked */
	char *text;        /* what libconfuse reads (NUL-terminated) */
	size_t len;        /* of text, without the blanks at its end */
	struct confread_key *keys; /* in the order they are written */
	size_t n, cap;
	size_t *closed;    /* sections, in the order they close */
	size_t n_closed, cap_closed;
	size_t next_key, next_closed; /* lookup cursors: libconfuse reads in order */
};

/* Read the file at path (a regular file of at most kind->max_bytes) and
 * scan it. *missing (may be NULL) is set when it does not exist. On an
 * error, r holds nothing to free (confread_free is harmless). */
int confread_file(struct confread *r, const struct confread_kind *kind,
                  const char *path, bool *missing, struct tend_err *err);
/* The same for len bytes already in memory, named name in messages. */
int confread_buf(struct confread *r, const struct confread_kind *kind,
                 const char *name, const char *buf, size_t len,
                 struct tend_err *err);
void confread_free(struct confread *r);

/* After libconfuse has read the text: refuse a key given twice in one
 * section (libconfuse keeps the last without a word), except the sections
 * in kind->many and a list extended with +=. */
int confread_twice(const struct confread *r, struct tend_err *err);
/* The earlier key that k repeats in the same section, or NULL. */
const struct confread_key *confread_earlier(const struct confread *r,
                                            const struct confread_key *k);
/* Whether k is named key. */
bool confread_is(const struct confread_key *k, const char *key);
/* The line of the nth top-level occurrence of key (nth < 0: the last), 0
 * when it does not occur. */
int confread_line(const struct confread *r, const char *key, int nth);
/* The line where the key of the value libconfuse has just read (named key,
 * read up to line) is written; line itself when the scan does not know. */
int confread_value_line(struct confread *r, const char *key, int line);
/* The same for the section named key that libconfuse has just closed on
 * line: the line of its keyword. */
int confread_section_line(struct confread *r, const char *key, int line);

/* The one message form: "FILE:LINE: KEY: ..." (see the top). */
void confread_vformat(char *out, size_t size, const char *file, int line,
                      const char *key, const char *fmt, va_list ap);
/* A TEND_E_USAGE error in that form; returns TEND_E_USAGE. */
int confread_fail(struct tend_err *err, const char *file, int line,
                  const char *key, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* A TEND_E_RUNTIME error "FILE: ...": the file could not be read or
 * written (the name made printable like in every other message). */
int confread_fail_io(struct tend_err *err, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
