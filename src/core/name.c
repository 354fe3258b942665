/* name: what a partner may be called, and when two names are the same. The
 * rule is measured in the C.UTF-8 locale's tables, so a config written
 * under LANG=C loads the same in a UTF-8 terminal and in every other one. */
#include <locale.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "tend/name.h"
#include "tend/text.h"

#define NAME_STR_(x) #x
#define NAME_STR(x) NAME_STR_(x)

/* The letter each accented Latin letter is built on ("." where there is
 * none), from Unicode's decompositions, plus the letters with a stroke or
 * a bar that do not decompose (Đ, Ø, Ł, Ħ, ı, Ŧ...). */
static const char latin_base[] =
	"AAAAAA.CEEEEIIII.NOOOOO.OUUUUY..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y" /* U+00C0 */
	"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLl." /* U+0100 */
	".LlNnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz." /* U+0140 */
	"b........D.............I........Oo.............Uu....Zz........." /* U+0180 */
	".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." /* U+01C0 */
	"AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............" /* U+0200 */
	"................"; /* U+0240 */
/* The same for Latin Extended Additional (Vietnamese and others). */
static const char latin_more_base[] =
	"AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm" /* U+1E00 */
	"MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv" /* U+1E40 */
	"WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe" /* U+1E80 */
	"EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......"; /* U+1EC0 */

/* C.UTF-8, opened once per call by the caller; NULL falls back to the
 * user's locale (a system without C.UTF-8). */
static locale_t name_locale(void)
{
	return newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

static void name_locale_free(locale_t loc)
{
	if (loc)
		freelocale(loc);
}

/* The code point at *s, moving past it; an invalid byte reads as a value
 * above every code point, so it only ever equals the same byte. */
static uint32_t name_next(const unsigned char **s)
{
	size_t n = text_utf8_len((const char *)*s, 4);
	uint32_t cp;
	if (n == 0) {
		cp = 0x110000u + **s;
		n = 1;
	} else if (n == 1) {
		cp = **s;
	} else {
		static const unsigned char lead_mask[] = { 0, 0, 0x1F, 0x0F, 0x07 };
		cp = (*s)[0] & lead_mask[n];
		for (size_t i = 1; i < n; i++)
			cp = (cp << 6) | ((*s)[i] & 0x3F);
	}
	*s += n;
	return cp;
}

/* Marks that only put an accent on the letter before them. */
static bool is_combining_mark(uint32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* Code points that are invisible and reorder or break the text around them
 * (direction marks and overrides, line separators, a byte-order mark). */
static bool is_invisible_format(uint32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0xFEFF;
}

/* cp without its accent and in lower case; 0 for a mark to skip. */
static uint32_t name_fold(uint32_t cp, locale_t loc)
{
	if (is_combining_mark(cp))
		return 0;
	if (cp >= 0xC0 && cp < 0xC0 + sizeof latin_base - 1 && latin_base[cp - 0xC0] != '.')
		cp = (uint32_t)latin_base[cp - 0xC0];
	else if (cp >= 0x1E00 && cp < 0x1E00 + sizeof latin_more_base - 1 &&
	         latin_more_base[cp - 0x1E00] != '.')
		cp = (uint32_t)latin_more_base[cp - 0x1E00];
	if (cp > 0x10FFFF)
		return cp;
	return (uint32_t)(loc ? towlower_l((wint_t)cp, loc) : towlower((wint_t)cp));
}

/* The next folded code point of *s that is not a mark; 0 at the end. */
static uint32_t name_next_folded(const unsigned char **s, locale_t loc)
{
	while (**s) {
		uint32_t cp = name_fold(name_next(s), loc);
		if (cp)
			return cp;
	}
	return 0;
}

bool name_same(const char *a, const char *b)
{
	if (!a || !b)
		return false;
	locale_t loc = name_locale();
	const unsigned char *pa = (const unsigned char *)a, *pb = (const unsigned char *)b;
	uint32_t ca, cb;
	do {
		ca = name_next_folded(&pa, loc);
		cb = name_next_folded(&pb, loc);
	} while (ca == cb && ca != 0);
	name_locale_free(loc);
	return ca == cb;
}

/* Columns of one code point in loc; one for what the tables do not know. */
static int name_cp_width(uint32_t cp, locale_t loc)
{
	if (cp < 0x80 || cp > 0x10FFFF)
		return 1;
	locale_t old = loc ? uselocale(loc) : (locale_t)0;
	int w = wcwidth((wchar_t)cp);
	if (loc)
		uselocale(old);
	return w < 0 ? 1 : w;
}

int name_width(const char *name)
{
	locale_t loc = name_locale();
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p;)
		w += name_cp_width(name_next(&p), loc);
	name_locale_free(loc);
	return w;
}

/* What is wrong with the letters of a name, read one by one. */
static const char *name_letters_problem(const char *name)
{
	locale_t loc = name_locale();
	bool letter = false, invisible = false;
	for (const unsigned char *p = (const unsigned char *)name; *p;) {
		uint32_t cp = name_next(&p);
		invisible = invisible || is_invisible_format(cp);
		letter = letter || (loc ? iswalpha_l((wint_t)cp, loc) : iswalpha((wint_t)cp));
	}
	name_locale_free(loc);
	if (!letter)
		return "has no letter in it";
	if (invisible)
		return "contains an invisible character that reorders text";
	return NULL;
}

const char *name_problem(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	if (n == 0)
		return "is empty";
	const char *why = text_problem(name);
	if (why)
		return why;
	if (name[0] == ' ' || name[n - 1] == ' ')
		return "starts or ends with a space";
	/* "1" and "2" are how commands name the partners by place, so a
	 * partner called "2" could be taken for the other one. */
	if (strcmp(name, "1") == 0 || strcmp(name, "2") == 0)
		return "stands for a partner's place in commands";
	if (name_width(name) > NAME_MAX_COLS)
		return "is wider than " NAME_STR(NAME_MAX_COLS) " columns";
	return name_letters_problem(name);
}
