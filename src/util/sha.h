/* sha.h - SHA-256 hex digests for document content hashes (the store's
 * change detection) and name-based UUIDs (RFC 4122 version 5, SHA-1) for
 * STIX identifiers. The hashing is GNU Nettle's (libnettle); these are the
 * two forms the library needs of it.
 */
#ifndef UTIL_SHA_H
#define UTIL_SHA_H

#include <stddef.h>
#include <stdint.h>

/* The lower-case hex SHA-256 digest of data[0..n) into hex[65]
 * (NUL-terminated). */
void sha256_hex(char hex[65], const void *data, size_t n);

/* RFC 4122 section 4.3 name-based UUID, version 5 (SHA-1), of name[0..n)
 * in the namespace ns (16 bytes, network order), written as the 36-character
 * lower-case form into out[37]. */
void uuid5(char out[37], const uint8_t ns[16], const void *name, size_t n);

#endif
