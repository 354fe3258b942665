/* seal_module: what tend-seal.so offers the program that loads it: the
 * only code of tend that touches libsodium (see tend/seal_module.h). */
#include <sodium.h>
#include <stdbool.h>
#include <string.h>

#include "tend/seal_module.h"

_Static_assert(SEAL_SALT_BYTES == crypto_pwhash_SALTBYTES, "salt size");
_Static_assert(SEAL_NONCE_BYTES == crypto_secretbox_NONCEBYTES, "nonce size");
_Static_assert(SEAL_MAC_BYTES == crypto_secretbox_MACBYTES, "MAC size");

/* The highest limits a stored record may ask for: a record changed to ask
 * for gigabytes is damaged, not a reason to exhaust the machine. */
#define SEAL_OPS_MAX 16
#define SEAL_MEM_MAX (1024LL * 1024 * 1024)

static const unsigned char check_label[] = "tend wish-list key check";

static int seal_start(struct tend_err *err)
{
	if (sodium_init() < 0)
		return err_set(err, TEND_E_RUNTIME, "libsodium could not start");
	return TEND_OK;
}

/* The key for pass with the record's salt and limits; -1 when Argon2id
 * could not run (out of memory). */
static int seal_derive(unsigned char key[crypto_secretbox_KEYBYTES], const char *pass,
                       size_t len, const struct seal_box *b)
{
	return crypto_pwhash(key, crypto_secretbox_KEYBYTES, pass, len, b->salt,
	                     (unsigned long long)b->ops, (size_t)b->mem, b->alg);
}

static void seal_check(unsigned char out[SEAL_CHECK_BYTES],
                       const unsigned char key[crypto_secretbox_KEYBYTES])
{
	crypto_generichash(out, SEAL_CHECK_BYTES, check_label, sizeof check_label - 1,
	                   key, crypto_secretbox_KEYBYTES);
}

static int seal_seal(const char *pass, size_t len, const unsigned char *plain, size_t n,
                     struct seal_box *out, struct tend_err *err)
{
	if (seal_start(err) != TEND_OK)
		return err->code;
	if (n >= SEAL_BLOCK)
		return err_set(err, TEND_E_USAGE, "the answers are too long to seal (%zu bytes; "
		               "at most %d)", n, SEAL_BLOCK - 1);
	unsigned char *buf = sodium_malloc(SEAL_BLOCK);
	unsigned char *key = sodium_malloc(crypto_secretbox_KEYBYTES);
	size_t padded = 0;
	int rc = TEND_OK;
	if (!buf || !key) {
		rc = err_set(err, TEND_E_RUNTIME, "out of memory");
		goto out;
	}
	memcpy(buf, plain, n);
	if (sodium_pad(&padded, buf, n, SEAL_BLOCK, SEAL_BLOCK) != 0 || padded != SEAL_BLOCK) {
		rc = err_set(err, TEND_E_RUNTIME, "the answers could not be padded");
		goto out;
	}
	memset(out, 0, sizeof *out);
	out->alg = crypto_pwhash_ALG_ARGON2ID13;
	out->ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
	out->mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
	randombytes_buf(out->salt, sizeof out->salt);
	randombytes_buf(out->nonce, sizeof out->nonce);
	if (seal_derive(key, pass, len, out) != 0) {
		rc = err_set(err, TEND_E_RUNTIME, "not enough memory to derive the key "
		             "from the passphrase (Argon2id needs 64 MB)");
		goto out;
	}
	seal_check(out->check, key);
	crypto_secretbox_easy(out->box, buf, SEAL_BLOCK, out->nonce, key);
out:
	sodium_free(buf);  /* sodium_free wipes before it frees */
	sodium_free(key);
	return rc;
}

/* Whether the record's algorithm and limits are ones tend could have
 * written (else it is damaged, and nothing is derived from it). */
static bool seal_sane(const struct seal_box *in)
{
	return in->alg == crypto_pwhash_ALG_ARGON2ID13 &&
	       in->ops >= (int64_t)crypto_pwhash_OPSLIMIT_MIN && in->ops <= SEAL_OPS_MAX &&
	       in->mem >= (int64_t)crypto_pwhash_MEMLIMIT_MIN && in->mem <= SEAL_MEM_MAX;
}

static enum seal_result seal_open(const char *pass, size_t len, const struct seal_box *in,
                                  unsigned char *plain, size_t *n, struct tend_err *err)
{
	if (seal_start(err) != TEND_OK)
		return SEAL_FAILED;
	if (!seal_sane(in))
		return SEAL_DAMAGED;
	unsigned char *key = sodium_malloc(crypto_secretbox_KEYBYTES);
	unsigned char check[SEAL_CHECK_BYTES];
	enum seal_result r = SEAL_OPENED;
	if (!key || seal_derive(key, pass, len, in) != 0) {
		err_set(err, TEND_E_RUNTIME, "not enough memory to derive the key from the "
		        "passphrase (Argon2id needs 64 MB)");
		sodium_free(key);
		return SEAL_FAILED;
	}
	seal_check(check, key);
	if (sodium_memcmp(check, in->check, sizeof check) != 0)
		r = SEAL_WRONG;
	else if (crypto_secretbox_open_easy(plain, in->box, SEAL_BOX_BYTES, in->nonce, key) != 0)
		r = SEAL_DAMAGED;
	else if (sodium_unpad(n, plain, SEAL_BLOCK, SEAL_BLOCK) != 0)
		r = SEAL_DAMAGED;
	if (r != SEAL_OPENED)
		sodium_memzero(plain, SEAL_BLOCK);
	sodium_memzero(check, sizeof check);
	sodium_free(key);
	return r;
}

static void seal_wipe(void *p, size_t n)
{
	sodium_memzero(p, n);
}

static void *seal_alloc(size_t n)
{
	if (sodium_init() < 0)
		return NULL;
	void *p = sodium_malloc(n);
	if (p)
		memset(p, 0, n);
	return p;
}

static void seal_release(void *p)
{
	sodium_free(p);
}

__attribute__((visibility("default")))
const struct seal_module tend_seal_module = {
	.abi = SEAL_MODULE_ABI,
	.seal = seal_seal,
	.open = seal_open,
	.wipe = seal_wipe,
	.alloc = seal_alloc,
	.release = seal_release,
};
