/* support: the words of the help screen and of `tend support` (see the
 * header). The words are tend's own; they describe and invite, and never
 * diagnose. */
#include "tend/support.h"

#include <stdbool.h>

/* One line of the fixed text; disc is the discreet form (NULL: the same). */
struct support_src {
	enum support_kind kind;
	const char *text;
	const char *disc;
};

static const struct support_src support_intro[] = {
	{ SUPPORT_HEADING, "When to get help", NULL },
	{ SUPPORT_TEXT, "tend is for the everyday work between the two of you. Some things", NULL },
	{ SUPPORT_TEXT, "are bigger than a daily log, and asking for help with them is", NULL },
	{ SUPPORT_TEXT, "part of the work, not a sign it failed.", NULL },
	{ SUPPORT_BLANK, "", NULL },
	{ SUPPORT_SAFETY, "Safety comes first. If one of you is afraid of the other, or there", NULL },
	{ SUPPORT_SAFETY, "has been hitting, shoving, threats or forced sex, put the practices",
	  "has been hitting, shoving, threats or anything forced, put the practices" },
	{ SUPPORT_SAFETY, "aside. Get to a safe place and call for help now. Couples exercises", NULL },
	{ SUPPORT_SAFETY, "are not the answer to violence; your safety is.", NULL },
};

static const struct support_src support_when[] = {
	{ SUPPORT_BLANK, "", NULL },
	{ SUPPORT_HEADING, "Bring in a professional when", NULL },
	{ SUPPORT_TEXT, "- there has been an affair, and the hurt keeps coming back", NULL },
	{ SUPPORT_TEXT, "- drinking, drugs, gambling or another habit has a hold on one of you", NULL },
	{ SUPPORT_TEXT, "- one of you is low for weeks, anxious, not sleeping, or has", NULL },
	{ SUPPORT_TEXT, "  thoughts of self-harm", NULL },
	{ SUPPORT_TEXT, "- touch or a hard talk brings on panic, or you go numb: slow down,",
	  "- closeness or a hard talk brings on panic, or you go numb: slow down," },
	{ SUPPORT_TEXT, "  stop the exercise, and see someone who knows trauma", NULL },
	{ SUPPORT_TEXT, "- a few weeks have passed and nothing has budged", NULL },
	{ SUPPORT_TEXT, "Couples therapy (Emotionally Focused Therapy, the Gottman Method,", NULL },
	{ SUPPORT_TEXT, "Integrative Behavioral Couple Therapy) or therapy of your own can", NULL },
	{ SUPPORT_TEXT, "go hand in hand with what you do here.", NULL },
};

static const struct support_src support_obstacles[] = {
	{ SUPPORT_BLANK, "", NULL },
	{ SUPPORT_HEADING, "When something gets in the way", NULL },
	{ SUPPORT_TEXT, "Shame: not \"I'm broken\" but \"my body is bracing\"; not \"you're",
	  "Shame: not \"I'm broken\" but \"I'm bracing\"; not \"you want too" },
	{ SUPPORT_TEXT, "  insatiable\" but \"your desire rises quicker than mine\".",
	  "  much\" but \"you are ready sooner than I am\"." },
	{ SUPPORT_TEXT, "No time: put the small, unexciting slots in the diary, and be", NULL },
	{ SUPPORT_TEXT, "  spontaneous inside them.", NULL },
	{ SUPPORT_TEXT, "Keeping score: look at the log now and then to see patterns, then", NULL },
	{ SUPPORT_TEXT, "  go back to kindness (n hides the numbers on the dashboard).", NULL },
	{ SUPPORT_TEXT, "Different speeds: one of you may be ready to forgive while the", NULL },
	{ SUPPORT_TEXT, "  other is still testing whether it is safe. Both are normal.", NULL },
	{ SUPPORT_BLANK, "", NULL },
	{ SUPPORT_TEXT, "Nothing on this screen is saved.", NULL },
};

/* Append the fixed lines src[0..n-1], in their discreet form when asked. */
static size_t support_copy(const struct support_src *src, size_t n, bool discreet,
                           struct support_line *out, size_t at, size_t max)
{
	for (size_t i = 0; i < n && at < max; i++, at++) {
		out[at].kind = src[i].kind;
		out[at].label = NULL;
		out[at].text = discreet && src[i].disc ? src[i].disc : src[i].text;
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
