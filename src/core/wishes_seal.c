/* wishes_seal: a partner's answers sealed in the store and opened again,
 * with the sealing module (tend/seal_module.h) the caller loaded. Every
 * plaintext and key lives in memory only as long as it is used, and is
 * wiped before it is let go. A record that does not open is never changed
 * here: a wrong passphrase or a damaged record leaves everything as it was. */
#include <stdlib.h>
#include <string.h>

#include "tend/store.h"
#include "tend/wishes.h"

int wishes_sealed(struct store *st, bool sealed[2], struct tend_err *err)
{
	return store_wish_sealed(st, sealed, err);
}

/* Open partner's record into plain (SEAL_BLOCK bytes), its length in *n. */
static int open_raw(struct store *st, const struct seal_module *m, int partner,
                    const char *name, const char *pass, size_t len,
                    unsigned char *plain, size_t *n, struct tend_err *err)
{
	struct seal_box *box = malloc(sizeof *box);
	bool found = false;
	int rc = wishes_pass_check(pass, len, err);
	if (rc != TEND_OK) {
		free(box);
		return rc;
	}
	if (!box)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	if (store_wish_get(st, partner, box, &found, err) != TEND_OK) {
		free(box);
		return TEND_E_RUNTIME;
	}
	if (!found)
		rc = err_set(err, TEND_E_RUNTIME, "%s has not answered the wish list yet", name);
	switch (found ? m->open(pass, len, box, plain, n, err) : SEAL_FAILED) {
	case SEAL_OPENED:
		break;
	case SEAL_WRONG:
		rc = err_set(err, TEND_E_RUNTIME, "that passphrase does not open %s's "
		             "answers; nothing was shown", name);
		break;
	case SEAL_DAMAGED:
		rc = err_set(err, TEND_E_RUNTIME, "%s's sealed answers are damaged and "
		             "cannot be opened; they were left as they are (erase them "
		             "with `tend wishes --erase` to answer again)", name);
		break;
	case SEAL_FAILED:
		if (rc == TEND_OK)
			rc = err->code ? err->code : TEND_E_RUNTIME;
		break;
	}
	free(box);
	return rc;
}

int wishes_unlock(struct store *st, const struct seal_module *m, const struct wish_list *l,
                  int partner, const char *name, const char *pass, size_t len,
                  struct wish_answers *out, struct tend_err *err)
{
	unsigned char *plain = malloc(SEAL_BLOCK);
	size_t n = 0;
	memset(out, 0, sizeof *out);
	if (!plain)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	int rc = open_raw(st, m, partner, name, pass, len, plain, &n, err);
	if (rc == TEND_OK)
		rc = wishes_record_decode(l, (const char *)plain, n, out, err);
	wishes_wipe(plain, SEAL_BLOCK);
	free(plain);
	return rc;
}

/* Seal the n bytes of plain as partner's record. */
static int seal_raw(struct store *st, const struct seal_module *m, int partner,
                    const char *pass, size_t len, const unsigned char *plain, size_t n,
                    struct tend_err *err)
{
	struct seal_box *box = malloc(sizeof *box);
	if (!box)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	int rc = m->seal(pass, len, plain, n, box, err);
	if (rc == TEND_OK)
		rc = store_wish_put(st, partner, box, err);
	free(box);
	return rc;
}

int wishes_seal(struct store *st, const struct seal_module *m, const struct wish_list *l,
                int partner, const char *pass, size_t len, const struct wish_answers *a,
                struct tend_err *err)
{
	int rc = wishes_pass_check(pass, len, err);
	if (rc != TEND_OK)
		return rc;
	char *plain = malloc(SEAL_BLOCK);
	if (!plain)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	long n = wishes_record_encode(l, a, plain, SEAL_BLOCK, err);
	rc = n < 0 ? err->code : seal_raw(st, m, partner, pass, len, (unsigned char *)plain,
	                                   (size_t)n, err);
	wishes_wipe(plain, SEAL_BLOCK);
	free(plain);
	return rc;
}

int wishes_repass(struct store *st, const struct seal_module *m, int partner,
                  const char *name, const char *old, size_t old_len,
                  const char *pass, size_t len, struct tend_err *err)
{
	int rc = wishes_pass_check(pass, len, err);
	if (rc != TEND_OK)
		return rc;
	unsigned char *plain = malloc(SEAL_BLOCK);
	size_t n = 0;
	if (!plain)
		return err_set(err, TEND_E_RUNTIME, "out of memory");
	/* The same answers, sealed anew: the list is not needed to move them. */
	rc = open_raw(st, m, partner, name, old, old_len, plain, &n, err);
	if (rc == TEND_OK)
		rc = seal_raw(st, m, partner, pass, len, plain, n, err);
	wishes_wipe(plain, SEAL_BLOCK);
	free(plain);
	return rc;
}

int wishes_erase(struct store *st, int partner, bool *erased, struct tend_err *err)
{
	return store_wish_erase(st, partner, erased, err);
}
