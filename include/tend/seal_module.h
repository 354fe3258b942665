/* seal_module: sealing a partner's wish-list answers with their own
 * passphrase. The code that uses libsodium lives in a module of its own,
 * tend-seal.so, loaded only by what seals or opens (the wish list): every
 * other command starts without libsodium.
 *
 * A key is derived from the passphrase with Argon2id (a new random salt at
 * every seal, the interactive limits, both stored), the plaintext is padded
 * to SEAL_BLOCK bytes (so the sealed size never changes, whatever was
 * answered or however the list was edited) and sealed with secretbox
 * (XSalsa20-Poly1305, a new random nonce). A keyed hash of the derived key
 * is kept beside it, so that a wrong passphrase can be told from a damaged
 * record. */
#ifndef TEND_SEAL_MODULE_H
#define TEND_SEAL_MODULE_H

#include <stddef.h>
#include <stdint.h>

#include "tend/err.h"

#define SEAL_MODULE_ABI 2
#define SEAL_MODULE_SYMBOL "tend_seal_module"

#define SEAL_SALT_BYTES 16   /* crypto_pwhash_SALTBYTES */
#define SEAL_NONCE_BYTES 24  /* crypto_secretbox_NONCEBYTES */
#define SEAL_CHECK_BYTES 32
#define SEAL_MAC_BYTES 16    /* crypto_secretbox_MACBYTES */
/* Every sealed plaintext is padded to this size (it must stay below it). */
#define SEAL_BLOCK 16384
#define SEAL_BOX_BYTES (SEAL_BLOCK + SEAL_MAC_BYTES)

/* What opening a record found. */
enum seal_result {
	SEAL_OPENED = 0,
	SEAL_WRONG,     /* the passphrase is not the one it was sealed with */
	SEAL_DAMAGED,   /* the record is not whole: the passphrase cannot tell */
	SEAL_FAILED     /* out of memory, or libsodium could not start (err set) */
};

/* One sealed record, as stored. */
struct seal_box {
	int alg;                 /* crypto_pwhash_ALG_ARGON2ID13 */
	int64_t ops, mem;        /* the Argon2id limits it was sealed with */
	unsigned char salt[SEAL_SALT_BYTES];
	unsigned char nonce[SEAL_NONCE_BYTES];
	unsigned char check[SEAL_CHECK_BYTES];
	unsigned char box[SEAL_BOX_BYTES];
};

struct seal_module {
	int abi;
	/* Seal the n bytes of plain (n < SEAL_BLOCK) with a key derived from
	 * the len bytes of pass into out. TEND_OK, or err set. */
	int (*seal)(const char *pass, size_t len, const unsigned char *plain, size_t n,
	            struct seal_box *out, struct tend_err *err);
	/* Open in with pass: the plaintext (without its padding) into plain
	 * (SEAL_BLOCK bytes of room), its length in *n. */
	enum seal_result (*open)(const char *pass, size_t len, const struct seal_box *in,
	                         unsigned char *plain, size_t *n, struct tend_err *err);
	/* Overwrite n bytes at p, in a way the compiler keeps. */
	void (*wipe)(void *p, size_t n);
	/* Memory for passphrases and answers: zeroed, kept out of swap where
	 * the system allows, between guard pages; release wipes it (NULL is
	 * harmless). alloc returns NULL when out of memory. */
	void *(*alloc)(size_t n);
	void (*release)(void *p);
};

/* The module, loaded on first use (src/cli/seal_load.c): the one beside the
 * program (a build tree), else the one installed with it. NULL with err set
 * when it cannot be loaded. */
const struct seal_module *seal_module_load(struct tend_err *err);

#endif
