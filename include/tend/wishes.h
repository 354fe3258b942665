/* wishes: the private wish list. A list of activities (a data file in the
 * plan's grammar; its items are not secret), each partner's answers (yes,
 * maybe or no per item) sealed with their own passphrase, and the one thing
 * ever shown: the overlap, computed in memory while both are unlocked.
 *
 * A "no" is never shown, counted or kept anywhere but inside the sealed
 * record. Answers are keyed by the item's id in the file, so editing the
 * list keeps the answers to the items that stay. */
#ifndef TEND_WISHES_H
#define TEND_WISHES_H

#include <stdbool.h>
#include <stddef.h>

#include "tend/config.h"
#include "tend/err.h"
#include "tend/seal_module.h"

struct store;

#define WISHES_MAX_ITEMS 150
#define WISHES_KEY_MAX 32          /* bytes of an item's id */
#define WISHES_TEXT_MAX 120        /* characters of an item's words */
#define WISHES_MAX_FILE (64 * 1024)
#define WISHES_PASS_MAX 1024       /* bytes of a passphrase */

enum wish_answer { WISH_UNSET = 0, WISH_NO, WISH_MAYBE, WISH_YES };

struct wish_item {
	char *key;            /* the item's id: letters, digits, '-' and '_' */
	char *text;
	char *discreet_text;  /* shown instead in discreet mode; NULL: text */
};

struct wish_list {
	char *path;
	struct wish_item *v;
	size_t n;
};

/* One partner's answers, in memory only while they are unlocked: one per
 * item of the list they were read against, in its order. */
struct wish_answers {
	unsigned char a[WISHES_MAX_ITEMS]; /* enum wish_answer */
	size_t n;
	bool pairs;   /* they agree to show items one said yes and the other maybe */
};

/* The overlap: item indexes, in the list's order. */
struct wish_overlap {
	size_t yes[WISHES_MAX_ITEMS];   /* both said yes */
	size_t n_yes;
	size_t pairs[WISHES_MAX_ITEMS]; /* one yes, one maybe (only when both agreed) */
	size_t n_pairs;
	bool pairs_shown;               /* both agreed to see them */
};

/* ---- the list (wishes.c) ---- */
/* The installed data/wishes.conf, else the source tree's (malloc'd). */
char *wishes_default_path(struct tend_err *err);
/* Read the list at path; messages "FILE:LINE: KEY: ...". */
int wishes_load(const char *path, struct wish_list *out, struct tend_err *err);
int wishes_load_buf(const char *name, const char *buf, size_t len, struct wish_list *out,
                    struct tend_err *err);
void wishes_free(struct wish_list *l);
/* The list the config names (wishes-file), else the installed one. */
int wishes_load_config(const struct config *cfg, struct wish_list *out,
                       struct tend_err *err);
/* The words of item i for the screen (the discreet ones when asked). */
const char *wishes_text(const struct wish_list *l, size_t i, bool discreet);

/* ---- the rules (wishes_record.c) ---- */
/* Only the overlap of a and b (answers to l). */
void wishes_overlap(const struct wish_list *l, const struct wish_answers *a,
                    const struct wish_answers *b, struct wish_overlap *out);
/* Write a's answers to l as the record's plaintext into buf (size bytes);
 * the length, or -1 with err set when it does not fit. */
long wishes_record_encode(const struct wish_list *l, const struct wish_answers *a,
                          char *buf, size_t size, struct tend_err *err);
/* Read a record's plaintext against l: answers to items no longer in the
 * list are left out, new items are unanswered. TEND_OK, or err set when it
 * is not a record tend wrote. */
int wishes_record_decode(const struct wish_list *l, const char *buf, size_t len,
                         struct wish_answers *out, struct tend_err *err);
/* An empty, too long or otherwise unusable passphrase: the reason in err. */
int wishes_pass_check(const char *pass, size_t len, struct tend_err *err);
/* Overwrite n bytes at p (passphrases, answers) in a way that stays. */
void wishes_wipe(void *p, size_t n);

/* ---- sealed in the store (wishes_seal.c) ---- */
/* Whether each partner has sealed answers (sealed[0] for partner 1). */
int wishes_sealed(struct store *st, bool sealed[2], struct tend_err *err);
/* Unlock partner's answers with pass: TEND_OK, or err set (TEND_E_RUNTIME):
 * "the passphrase does not open NAME's answers", "NAME has not answered
 * yet", or a damaged record (left as it is). name is for messages. */
int wishes_unlock(struct store *st, const struct seal_module *m, const struct wish_list *l,
                  int partner, const char *name, const char *pass, size_t len,
                  struct wish_answers *out, struct tend_err *err);
/* Seal a as partner's answers with pass, in place of the ones before. */
int wishes_seal(struct store *st, const struct seal_module *m, const struct wish_list *l,
                int partner, const char *pass, size_t len, const struct wish_answers *a,
                struct tend_err *err);
/* Seal partner's answers again under a new passphrase (the old one opens
 * them first). */
int wishes_repass(struct store *st, const struct seal_module *m, int partner,
                  const char *name, const char *old, size_t old_len,
                  const char *pass, size_t len, struct tend_err *err);
/* Erase partner's answers for good, from the file and its backups;
 * *erased says whether there were any. */
int wishes_erase(struct store *st, int partner, bool *erased, struct tend_err *err);

#endif
