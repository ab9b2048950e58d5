/* sha.h - SHA-256 (FIPS 180-4) for document content hashes and SHA-1 for
 * name-based UUIDs (RFC 4122 version 5, used for STIX identifiers). Streaming
 * and one-shot forms. libc only.
 */
#ifndef UTIL_SHA_H
#define UTIL_SHA_H

#include <stddef.h>
#include <stdint.h>

typedef struct sha256_ctx {
    uint32_t h[8];
    uint64_t len; /* bytes so far */
    uint8_t block[64];
    size_t fill;
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t n);
void sha256_final(sha256_ctx *c, uint8_t digest[32]);
/* One shot: the lower-case hex digest of data into hex[65] (NUL-terminated). */
void sha256_hex(char hex[65], const void *data, size_t n);

typedef struct sha1_ctx {
    uint32_t h[5];
    uint64_t len;
    uint8_t block[64];
    size_t fill;
} sha1_ctx;

void sha1_init(sha1_ctx *c);
void sha1_update(sha1_ctx *c, const void *data, size_t n);
void sha1_final(sha1_ctx *c, uint8_t digest[20]);

/* RFC 4122 section 4.3 name-based UUID, version 5 (SHA-1), of name[0..n)
 * in the namespace ns (16 bytes, network order), written as the 36-character
 * lower-case form into out[37]. */
void uuid5(char out[37], const uint8_t ns[16], const void *name, size_t n);

#endif
