#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tend/text.h"

#define REPLACEMENT 0xFFFDu

/* Decode one UTF-8 sequence at s (n bytes left; a NUL ends it sooner);
 * returns its length, or 0 when it is invalid (overlong, surrogate, out of
 * range, truncated). */
static size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c = s[0];
	size_t len;
	uint32_t min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		len = 2, min = 0x80, c &= 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3, min = 0x800, c &= 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4, min = 0x10000, c &= 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

static size_t utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Code points that could move the cursor, change the terminal's state or
 * reorder what surrounds them on screen. */
static bool is_unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F ||
	       cp == 0x061C || cp == 0xFEFF;
}

bool text_valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	while (*p) {
		size_t n = utf8_decode(p, SIZE_MAX, &cp);
		if (n == 0)
			return false;
		p += n;
	}
	return true;
}

/* Copy s, decoding as UTF-8: with safe set, unsafe code points become
 * U+FFFD too; invalid bytes always do. */
static char *copy_utf8(const char *s, bool safe, bool ascii)
{
	if (!s)
		s = "";
	size_t len = strlen(s);
	/* A replaced byte grows to at most 3 bytes. */
	char *out = malloc(len * 3 + 1);
	if (!out)
		return NULL;
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	while (*p) {
		uint32_t cp;
		size_t n = utf8_decode(p, SIZE_MAX, &cp);
		if (n == 0) {
			n = 1;
			cp = REPLACEMENT;
		} else if (safe && cp == '\t') {
			cp = ' ';
		} else if (safe && is_unsafe(cp)) {
			cp = REPLACEMENT;
		}
		if (ascii && cp >= 0x80)
			cp = '?';
		o += utf8_encode(cp, out + o);
		p += n;
	}
	out[o] = '\0';
	return out;
}

char *text_valid_copy(const char *s)
{
	return copy_utf8(s, false, false);
}

char *text_safe(const char *s, bool ascii)
{
	return copy_utf8(s, true, ascii);
}

/* Columns a safe code point takes; unknown printable ones count as one. */
static int cp_width(uint32_t cp)
{
	if (cp < 0x80)
		return 1;
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

/* The code point at p and its length; an invalid byte reads as '?'. */
static size_t next_cp(const unsigned char *p, uint32_t *cp)
{
	size_t n = utf8_decode(p, SIZE_MAX, cp);
	if (n == 0) {
		*cp = '?';
		n = 1;
	}
	return n;
}

/* Walk s while it fits in cols (no limit when cols < 0); returns the width
 * walked and, through bytes, how many bytes that was. */
static size_t walk_width(const char *s, int cols, size_t *bytes)
{
	const unsigned char *p = (const unsigned char *)s;
	int w = 0;
	while (*p) {
		uint32_t cp;
		size_t n = next_cp(p, &cp);
		int cw = cp_width(cp);
		if (cols >= 0 && w + cw > cols)
			break;
		w += cw;
		p += n;
	}
	if (bytes)
		*bytes = (size_t)(p - (const unsigned char *)s);
	return (size_t)w;
}

size_t text_prefix_for_width(const char *s, int cols)
{
	size_t bytes;
	walk_width(s, cols, &bytes);
	return bytes;
}

size_t text_cluster_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	if (*p == '\0')
		return 0;
	p += next_cp(p, &cp);
	/* Accents, variation selectors and skin tones ride on the first. */
	while (*p) {
		size_t n = next_cp(p, &cp);
		if (cp >= 0x80 && wcwidth((wchar_t)cp) != 0 && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
			break;
		if (cp < 0x80)
			break;
		p += n;
	}
	return (size_t)(p - (const unsigned char *)s);
}

int text_width(const char *s)
{
	return (int)walk_width(s, -1, NULL);
}

/* Remove the zero width joiners of s, in place. Terminals join ZWJ
 * sequences each their own way (tmux draws a family emoji in 2 columns,
 * wcwidth says 6): without the joiner every terminal agrees on the width. */
static void drop_zwj(char *s)
{
	char *o = s;
	for (const char *p = s; *p;) {
		if (memcmp(p, "\xE2\x80\x8D", 3) == 0) {
			p += 3;
			continue;
		}
		*o++ = *p++;
	}
	*o = '\0';
}

char *text_fit(const char *s, int cols, bool ascii)
{
	char *safe = text_safe(s, ascii);
	if (!safe)
		return NULL;
	drop_zwj(safe);
	if (cols < 0)
		cols = 0;
	if (text_width(safe) <= cols)
		return safe;
	const char *mark = ascii ? "~" : "\xE2\x80\xA6";
	size_t keep = cols > 0 ? text_prefix_for_width(safe, cols - 1) : 0;
	char *out = malloc(keep + 4);
	if (!out) {
		free(safe);
		return NULL;
	}
	memcpy(out, safe, keep);
	out[keep] = '\0';
	if (cols > 0)
		strcat(out, mark);
	free(safe);
	return out;
}

/* Was the byte before a quote a space or an opening bracket, so that the
 * quote opens? */
static bool quote_opens(const char *s, size_t i)
{
	return i == 0 || strchr(" \t\n([{/-", s[i - 1]) != NULL ||
	       (i >= 3 && memcmp(s + i - 3, "\xE2\x80\x9C", 3) == 0);
}

char *text_curly_quotes(const char *s)
{
	if (!s)
		s = "";
	size_t len = strlen(s);
	char *out = malloc(len * 3 + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		const char *q = NULL;
		if (s[i] == '"')
			q = quote_opens(s, i) ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
		else if (s[i] == '\'')
			q = quote_opens(s, i) ? "\xE2\x80\x98" : "\xE2\x80\x99";
		if (q) {
			memcpy(out + o, q, 3);
			o += 3;
		} else {
			out[o++] = s[i];
		}
	}
	out[o] = '\0';
	return out;
}

size_t text_count_chars(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++)
		n += (*p & 0xC0) != 0x80;
	return n;
}

/* The next code point of s folded to lower case in loc (the user's locale
 * when loc is 0); an invalid byte stands for itself, above every code
 * point, so it only ever equals the same byte. */
static uint32_t next_folded(const unsigned char **s, locale_t loc)
{
	uint32_t cp;
	size_t n = utf8_decode(*s, SIZE_MAX, &cp);
	if (n == 0) {
		cp = 0x110000u + **s;
		n = 1;
	} else {
		cp = (uint32_t)(loc ? towlower_l((wint_t)cp, loc) : towlower((wint_t)cp));
	}
	*s += n;
	return cp;
}

int text_casecmp(const char *a, const char *b)
{
	/* Folded by C.UTF-8's tables, so that the answer is the same in every
	 * locale: a config written under LANG=C works in a UTF-8 terminal. */
	locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	const unsigned char *pa = (const unsigned char *)a;
	const unsigned char *pb = (const unsigned char *)b;
	int rc = 0;
	while (*pa && *pb && rc == 0) {
		uint32_t ca = next_folded(&pa, loc), cb = next_folded(&pb, loc);
		if (ca != cb)
			rc = ca < cb ? -1 : 1;
	}
	if (rc == 0)
		rc = (*pa != 0) - (*pb != 0);
	if (loc)
		freelocale(loc);
	return rc;
}

size_t text_utf8_len(const char *s, size_t n)
{
	uint32_t cp;
	return n == 0 ? 0 : utf8_decode((const unsigned char *)s, n, &cp);
}

/* C0 controls, DEL and the C1 controls (U+0080 to U+009F). */
static bool is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

const char *text_problem(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		uint32_t cp;
		size_t len = utf8_decode(p, SIZE_MAX, &cp);
		if (len == 0)
			return "is not valid UTF-8";
		if (is_control(cp))
			return "contains a control character";
		p += len;
	}
	return NULL;
}

void text_escape(char *out, size_t size, const char *s, size_t n, size_t limit)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	while (n > 0 && o + 8 < size) {
		if (o >= limit) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		uint32_t cp;
		size_t len = utf8_decode(p, n, &cp);
		if (len == 0 || is_control(cp)) {
			o += (size_t)snprintf(out + o, size - o, "\\x%02X", p[0]);
			p++, n--;
			continue;
		}
		memcpy(out + o, p, len);
		o += len, p += len, n -= len;
	}
	out[o] = '\0';
}
