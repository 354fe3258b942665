/* rules: the couple's ground rules (their two stop-phrases and their red
 * lines), written together in the app and saved into the config file, its
 * comments and other keys kept. Both the dashboard's form and `tend rules`
 * come here, so a rule text is checked one way. */
#ifndef TEND_RULES_H
#define TEND_RULES_H

#include <stddef.h>

#include "tend/config.h"
#include "tend/err.h"

/* Characters a stop-phrase or a red line may have. */
#define RULES_TEXT_MAX 120
/* Red lines a config may hold (as the config's own check). */
#define RULES_RED_LINES_MAX 12

/* What is wrong with s as a rule's text ("is empty", "is 130 characters
 * long; 120 at most"), or NULL. */
const char *rules_text_problem(const char *s, char *buf, size_t size);

/* Set both stop-phrases of cfg's file (they must differ). */
int rules_set_stop_phrases(const struct config *cfg, const char *const v[2],
                           struct tend_err *err);
/* Set the red lines of cfg's file to the n texts (up to RULES_RED_LINES_MAX). */
int rules_set_red_lines(const struct config *cfg, const char *const *v, size_t n,
                        struct tend_err *err);
/* Set stop-phrase n (1 or 2) of cfg's file to text; the two must differ. */
int rules_set_stop_phrase(const struct config *cfg, int n, const char *text,
                          struct tend_err *err);
/* Set red line n (1-based) to text; n one past the last adds one (up to
 * RULES_RED_LINES_MAX); text NULL or "" removes line n. */
int rules_set_red_line(const struct config *cfg, size_t n, const char *text,
                       struct tend_err *err);

/* Set the couple's coded invitations (the config's invitations) to the n
 * texts, up to CONFIG_MAX_INVITATIONS, each checked as a rule's text and
 * all different; n 0 leaves none. */
int rules_set_invitations(const struct config *cfg, const char *const *v, size_t n,
                          struct tend_err *err);
/* A change of the rules that can be taken back: the config file's bytes
 * before and after it. */
struct rules_change {
	struct config_copy before, after;
};
/* Keep the file's bytes before a change (rules_change_begin) and after it
 * (rules_change_end); free with rules_change_free (a zeroed one too). */
int rules_change_begin(const struct config *cfg, struct rules_change *c,
                       struct tend_err *err);
int rules_change_end(const struct config *cfg, struct rules_change *c,
                     struct tend_err *err);
void rules_change_free(struct rules_change *c);
/* Take the change back: the file gets its earlier bytes again, exactly,
 * unless it was changed since (TEND_E_CONFLICT); then cfg is read again. */
int rules_change_undo(struct config *cfg, const struct rules_change *c,
                      struct tend_err *err);

/* Read cfg's file again into cfg after a change (cfg is kept as it was
 * when the file cannot be read). */
int rules_reload(struct config *cfg, struct tend_err *err);

#endif
