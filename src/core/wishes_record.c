/* wishes_record: the wish list's rules. What the overlap holds, what a
 * partner's sealed record says (its plaintext), and which passphrases are
 * taken. The plaintext never leaves memory unsealed:
 *
 *     tend-wishes 1
 *     pairs 1            (1: show items one said yes and the other maybe)
 *     cuddle y           (one line per answered item: y, m or n)
 */
#include <stdio.h>
#include <string.h>

#include "tend/wishes.h"

#define RECORD_HEAD "tend-wishes 1\n"

void wishes_overlap(const struct wish_list *l, const struct wish_answers *a,
                    const struct wish_answers *b, struct wish_overlap *out)
{
	memset(out, 0, sizeof *out);
	/* Both must have chosen it: one partner's consent never opens the
	 * other's maybes. */
	out->pairs_shown = a->pairs && b->pairs;
	for (size_t i = 0; i < l->n && i < a->n && i < b->n; i++) {
		int x = a->a[i], y = b->a[i];
		if (x == WISH_YES && y == WISH_YES)
			out->yes[out->n_yes++] = i;
		else if (out->pairs_shown && ((x == WISH_YES && y == WISH_MAYBE) ||
		                              (x == WISH_MAYBE && y == WISH_YES)))
			out->pairs[out->n_pairs++] = i;
	}
}

static const char answer_letter[] = { [WISH_NO] = 'n', [WISH_MAYBE] = 'm', [WISH_YES] = 'y' };

long wishes_record_encode(const struct wish_list *l, const struct wish_answers *a,
                          char *buf, size_t size, struct tend_err *err)
{
	size_t used = 0;
	int n = snprintf(buf, size, RECORD_HEAD "pairs %d\n", a->pairs ? 1 : 0);
	if (n < 0 || (size_t)n >= size)
		goto too_long;
	used = (size_t)n;
	for (size_t i = 0; i < l->n && i < a->n; i++) {
		if (a->a[i] < WISH_NO || a->a[i] > WISH_YES)
			continue;
		n = snprintf(buf + used, size - used, "%s %c\n", l->v[i].key,
		             answer_letter[a->a[i]]);
		if (n < 0 || (size_t)n >= size - used)
			goto too_long;
		used += (size_t)n;
	}
	return (long)used;
too_long:
	wishes_wipe(buf, size);
	err_set(err, TEND_E_USAGE, "the answers do not fit in a sealed record; the list "
	        "has too many items");
	return -1;
}

/* The item of l whose id is the n bytes at key, or l->n. */
static size_t item_of(const struct wish_list *l, const char *key, size_t n)
{
	for (size_t i = 0; i < l->n; i++)
		if (strlen(l->v[i].key) == n && memcmp(l->v[i].key, key, n) == 0)
			return i;
	return l->n;
}

/* One "ID L" line (without its newline) into out; false when malformed. */
static bool record_line(const struct wish_list *l, const char *s, size_t n,
                        struct wish_answers *out)
{
	if (n < 3 || s[n - 2] != ' ')
		return false;
	const char *letter = strchr("nmy", s[n - 1]);
	if (!letter || s[n - 1] == '\0')
		return false;
	size_t i = item_of(l, s, n - 2);
	if (i < l->n) /* an item no longer in the list is left out */
		out->a[i] = (unsigned char)(WISH_NO + (letter - "nmy"));
	return true;
}

int wishes_record_decode(const struct wish_list *l, const char *buf, size_t len,
                         struct wish_answers *out, struct tend_err *err)
{
	size_t head = strlen(RECORD_HEAD);
	memset(out, 0, sizeof *out);
	out->n = l->n;
	if (len < head + 8 || memcmp(buf, RECORD_HEAD, head) != 0 ||
	    memcmp(buf + head, "pairs ", 6) != 0 || (buf[head + 6] != '0' && buf[head + 6] != '1') ||
	    buf[head + 7] != '\n')
		goto bad;
	out->pairs = buf[head + 6] == '1';
	for (size_t at = head + 8; at < len;) {
		const char *nl = memchr(buf + at, '\n', len - at);
		if (!nl || !record_line(l, buf + at, (size_t)(nl - buf) - at, out))
			goto bad;
		at = (size_t)(nl - buf) + 1;
	}
	return TEND_OK;
bad:
	wishes_wipe(out, sizeof *out);
	return err_set(err, TEND_E_RUNTIME, "the sealed answers opened but are not in "
	               "tend's form (erase them and answer again)");
}

int wishes_pass_check(const char *pass, size_t len, struct tend_err *err)
{
	if (len == 0)
		return err_set(err, TEND_E_USAGE, "an empty passphrase is not taken (a few "
		               "words only you know)");
	if (len > WISHES_PASS_MAX)
		return err_set(err, TEND_E_USAGE, "the passphrase is too long (%zu bytes; "
		               "at most %d)", len, WISHES_PASS_MAX);
	if (memchr(pass, '\0', len))
		return err_set(err, TEND_E_USAGE, "the passphrase holds a NUL byte");
	return TEND_OK;
}

void wishes_wipe(void *p, size_t n)
{
	explicit_bzero(p, n);
}
