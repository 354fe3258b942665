/* text: making user-typed text safe and measured for a terminal. */
#ifndef TEND_TEXT_H
#define TEND_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* True when s is valid UTF-8. */
bool text_valid_utf8(const char *s);

/* A new string safe to print: control characters (C0, DEL, C1), escape
 * sequences, bidirectional overrides and invalid UTF-8 are each replaced by
 * U+FFFD (or "?" when ascii is true). Never NULL except out of memory. */
char *text_safe(const char *s, bool ascii);

/* A new copy with only invalid UTF-8 replaced by U+FFFD; control
 * characters are kept (for formats that escape them, like JSON). */
char *text_valid_copy(const char *s);

/* A new copy for print, with straight quotes made typographic: "a" and 'a'
 * become “a” and ‘a’, an apostrophe ’ (the PDF is typeset; the screen
 * keeps straight ones). Never NULL except out of memory. */
char *text_curly_quotes(const char *s);

/* The most characters a typed text (gratitude, gesture, note...) may hold. */
#define TEXT_MAX_CHARS 10000

/* Characters (code points; an invalid byte counts as one) in s. */
size_t text_count_chars(const char *s);

/* Display width in terminal columns of an already safe string. */
int text_width(const char *s);

/* Byte length of the first character as a reader sees it: a code point
 * with the accents, variation selectors and skin tones that follow it
 * (0 for ""). "e\u0301x" gives 3. */
size_t text_cluster_len(const char *s);

/* A new safe string cut to at most cols display columns; a cut shows "…"
 * (or "~" when ascii). Wide characters are never split. Zero width joiners
 * are dropped, so an emoji sequence shows as its parts, as wide on every
 * terminal as text_width says (what is stored keeps them). */
char *text_fit(const char *s, int cols, bool ascii);

/* Byte length of the longest prefix of a safe string that fits in cols. */
size_t text_prefix_for_width(const char *s, int cols);

/* Compare two strings ignoring case, letter by letter as Unicode folds
 * them (so "đức" matches "Đức"), the same in every locale; invalid bytes
 * compare exactly. Returns <0, 0 or >0. */
int text_casecmp(const char *a, const char *b);

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 when invalid. */
size_t text_utf8_len(const char *s, size_t n);
/* What is wrong with s as plain one-line text from a file ("is not valid
 * UTF-8", "contains a control character"), or NULL when nothing is. */
const char *text_problem(const char *s);
/* A printable copy of n bytes of untrusted text for a one-line message:
 * invalid bytes and control characters become \xNN, and the text is cut
 * with "..." after limit bytes. out holds size bytes. */
void text_escape(char *out, size_t size, const char *s, size_t n, size_t limit);

#endif
