/* sha.c - content hashes and name-based UUIDs over GNU Nettle's SHA-256 and
 * SHA-1 (see sha.h).
 */
#include "util/sha.h"

#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <stdio.h>

static void hex_of(char *out, const uint8_t *d, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    out[2 * n] = '\0';
}

void sha256_hex(char hex[65], const void *data, size_t n)
{
    struct sha256_ctx c;
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_init(&c);
    sha256_update(&c, n, data);
    sha256_digest(&c, sizeof d, d);
    hex_of(hex, d, sizeof d);
}

void uuid5(char out[37], const uint8_t ns[16], const void *name, size_t n)
{
    struct sha1_ctx c;
    uint8_t d[SHA1_DIGEST_SIZE];
    sha1_init(&c);
    sha1_update(&c, 16, ns);
    sha1_update(&c, n, name);
    sha1_digest(&c, sizeof d, d);
    d[6] = (uint8_t)((d[6] & 0x0f) | 0x50); /* version 5 */
    d[8] = (uint8_t)((d[8] & 0x3f) | 0x80); /* the RFC 4122 variant */
    char hex[33];
    hex_of(hex, d, 16);
    snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}
