/* libFuzzer target: date, time and weekday parsing and text neutralising. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tend/day.h"
#include "tend/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	tend_day d;
	int m;
	char buf[16];
	if (day_parse(s, &d)) {
		/* A date that parses must format back to the same text. */
		day_format(d, buf);
		if (strcmp(buf, s) != 0)
			abort();
		day_format_short(d, buf);
	}
	if (day_parse_hhmm(s, &m)) {
		day_format_hhmm(m, buf);
		if (strcmp(buf, s) != 0)
			abort();
	}
	day_parse_weekday(s, &m);
	char *safe = text_safe(s, false);
	/* What comes out must be valid UTF-8 without control characters. */
	if (!safe || !text_valid_utf8(safe))
		abort();
	for (const unsigned char *p = (const unsigned char *)safe; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			abort();
	char *fit = text_fit(s, (int)(size % 40), false);
	if (!fit || text_width(fit) > (int)(size % 40))
		abort();
	free(fit);
	free(safe);
	free(s);
	return 0;
}
