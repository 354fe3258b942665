/* guide: keeping the stage-3 guidelines, with the same checks as every
 * text the couple types. */
#include "tend/guide.h"

#include <string.h>

#include "tend/store.h"
#include "tend/text.h"

bool guide_shown(int stage)
{
	return stage == GUIDE_STAGE;
}

/* Only spaces, tabs and line breaks. */
static bool blank(const char *s)
{
	return !s || s[strspn(s, " \t\r\n")] == '\0';
}

int guide_set(struct store *st, const char *text, bool *cleared, struct tend_err *err)
{
	if (cleared)
		*cleared = blank(text);
	if (blank(text))
		return store_guideline_set(st, NULL, err);
	if (!text_valid_utf8(text))
		return err_set(err, TEND_E_USAGE, "the guidelines are not valid UTF-8 text");
	size_t n = text_count_chars(text);
	if (n > TEXT_MAX_CHARS)
		return err_set(err, TEND_E_USAGE, "the guidelines are %zu characters long; "
		               "%d at most, please", n, TEXT_MAX_CHARS);
	return store_guideline_set(st, text, err);
}
