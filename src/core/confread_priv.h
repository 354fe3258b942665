/* confread_priv: what confread.c (the bytes, the lookups, the messages)
 * and confread_lex.c (the scan of the structure) share. */
#ifndef TEND_CONFREAD_PRIV_H
#define TEND_CONFREAD_PRIV_H

#include "tend/confread.h"

/* Bytes of a user's text quoted in a message. */
#define CONFREAD_SHOW_MAX 48
#define CONFREAD_QUOTE_SIZE 320

/* Scan r->src (NUL-terminated, already checked as text): note every key,
 * blank the comments, refuse what libconfuse would let slip, then build
 * r->text for libconfuse. */
int confread_scan(struct confread *r, size_t len, struct tend_err *err);

/* The KEY of a message about the file rather than one key. */
const char *confread_no_key(const struct confread *r);

#endif
