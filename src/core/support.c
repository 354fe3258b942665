/* support: the words of the help screen and of `tend support` (see the
 * header). The words are tend's own; they describe and invite, and never
 * diagnose. */
#include "tend/support.h"

#include <stdbool.h>
#include <string.h>

/* One paragraph of the fixed text; disc is the discreet form (NULL: the
 * same); indent is for the rows a front end wraps it into. */
struct support_src {
	enum support_kind kind;
	const char *text;
	const char *disc;
	int indent;
};

static const struct support_src support_intro[] = {
	{ SUPPORT_HEADING, "When to get help", NULL, 0 },
	{ SUPPORT_TEXT, "tend is for the everyday work between the two of you. Some things are "
	  "bigger than a daily log, and asking for help with them is part of the work, not a "
	  "sign it failed.", NULL, 0 },
	{ SUPPORT_BLANK, "", NULL, 0 },
	{ SUPPORT_SAFETY, "Safety comes first. If one of you is afraid of the other, or there "
	  "has been hitting, shoving, threats or forced sex, put the practices aside. Get to a "
	  "safe place and call for help now. Couples exercises are not the answer to "
	  "violence; your safety is.",
	  "Safety comes first. If one of you is afraid of the other, or there "
	  "has been hitting, shoving, threats or anything forced, put the practices aside. "
	  "Get to a safe place and call for help now. Couples exercises are not the answer to "
	  "violence; your safety is.", 0 },
};

static const struct support_src support_when[] = {
	{ SUPPORT_BLANK, "", NULL, 0 },
	{ SUPPORT_HEADING, "Bring in a professional when", NULL, 0 },
	{ SUPPORT_TEXT, "- there has been an affair, and the hurt keeps coming back", NULL, 2 },
	{ SUPPORT_TEXT, "- drinking, drugs, gambling or another habit has a hold on one of you",
	  NULL, 2 },
	{ SUPPORT_TEXT, "- one of you is low for weeks, anxious, not sleeping, or has thoughts "
	  "of self-harm", NULL, 2 },
	{ SUPPORT_TEXT, "- touch or a hard talk brings on panic, or you go numb: slow down, stop "
	  "the exercise, and see someone who knows trauma",
	  "- closeness or a hard talk brings on panic, or you go numb: slow down, stop "
	  "the exercise, and see someone who knows trauma", 2 },
	{ SUPPORT_TEXT, "- a few weeks have passed and nothing has budged", NULL, 2 },
	{ SUPPORT_TEXT, "Couples therapy (Emotionally Focused Therapy, the Gottman Method, "
	  "Integrative Behavioral Couple Therapy) or therapy of your own can go hand in hand "
	  "with what you do here.", NULL, 0 },
};

static const struct support_src support_obstacles[] = {
	{ SUPPORT_BLANK, "", NULL, 0 },
	{ SUPPORT_HEADING, "When something gets in the way", NULL, 0 },
	{ SUPPORT_TEXT, "Shame: not \"I'm broken\" but \"my body is bracing\"; not \"you're "
	  "insatiable\" but \"your desire rises quicker than mine\".",
	  "Shame: not \"I'm broken\" but \"I'm bracing\"; not \"you want too much\" but "
	  "\"you are ready sooner than I am\".", 2 },
	{ SUPPORT_TEXT, "No time: put the small, unexciting slots in the diary, and be "
	  "spontaneous inside them.", NULL, 2 },
	{ SUPPORT_TEXT, "Keeping score: look at the log now and then to see patterns, then go "
	  "back to kindness (n hides the numbers on the dashboard).", NULL, 2 },
	{ SUPPORT_TEXT, "Different speeds: one of you may be ready to forgive while the other "
	  "is still testing whether it is safe. Both are normal.", NULL, 2 },
	{ SUPPORT_BLANK, "", NULL, 0 },
	{ SUPPORT_TEXT, "Reading this screen saves nothing.", NULL, 0 },
};

/* Append the fixed lines src[0..n-1], in their discreet form when asked. */
static size_t support_copy(const struct support_src *src, size_t n, bool discreet,
                           struct support_line *out, size_t at, size_t max)
{
	for (size_t i = 0; i < n && at < max; i++, at++) {
		out[at].kind = src[i].kind;
		out[at].label = NULL;
		out[at].text = discreet && src[i].disc ? src[i].disc : src[i].text;
		out[at].indent = src[i].indent;
	}
	return at;
}

static size_t support_contact(const char *label, const char *value, const char *unset,
                              struct support_line *out, size_t at, size_t max)
{
	if (at >= max)
		return at;
	out[at].kind = value ? SUPPORT_CONTACT : SUPPORT_TEXT;
	out[at].label = value ? label : NULL;
	out[at].text = value ? value : unset;
	out[at].indent = 0;
	return at + 1;
}

size_t support_lines(const struct config *cfg, struct support_line *out, size_t max)
{
	bool discreet = cfg && cfg->discreet;
	size_t n = support_copy(support_intro, sizeof support_intro / sizeof *support_intro,
	                        discreet, out, 0, max);
	n = support_contact("Emergency:", cfg ? cfg->emergency : NULL,
	                    "Emergency: your local emergency number (112, 911, 999...).",
	                    out, n, max);
	n = support_contact("Your therapist:", cfg ? cfg->therapist : NULL,
	                    "Your therapist: none noted yet (therapist in tend.conf).",
	                    out, n, max);
	n = support_copy(support_when, sizeof support_when / sizeof *support_when,
	                 discreet, out, n, max);
	return support_copy(support_obstacles,
	                    sizeof support_obstacles / sizeof *support_obstacles,
	                    discreet, out, n, max);
}

int support_wrap(const char *text, int width, int indent, struct support_row *out, int max)
{
	int len = (int)strlen(text), from = 0, n = 0;
	if (width < 1)
		width = 1;
	if (indent >= width)
		indent = 0;
	do {
		int room = n == 0 ? width : width - indent;
		int take = len - from;
		if (take > room) {
			take = room;
			while (take > 0 && text[from + take] != ' ')
				take--;
			if (take == 0)
				take = room; /* one word longer than a row: cut */
		}
		/* No row ends in the space it broke at. */
		int shown = take;
		while (shown > 0 && text[from + shown - 1] == ' ')
			shown--;
		out[n] = (struct support_row){ from, shown, n == 0 ? 0 : indent };
		n++;
		from += take;
		while (from < len && text[from] == ' ')
			from++;
	} while (from < len && n < max);
	return n;
}
