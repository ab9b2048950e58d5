/* strmap.h - open-addressing hash map from byte strings to uint32 values,
 * for lexicon and gazetteer look-ups. Keys are copied into the map's own
 * storage. libc only. Not thread-safe for writes; concurrent reads are fine.
 */
#ifndef UTIL_STRMAP_H
#define UTIL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct strmap_slot {
    uint64_t hash;   /* 0 = empty */
    uint32_t keyoff; /* offset of the key in keys */
    uint32_t keylen;
    uint32_t value;
} strmap_slot;

typedef struct strmap {
    strmap_slot *slots;
    size_t cap; /* power of two */
    size_t count;
    char *keys;
    size_t keys_len, keys_cap;
} strmap;

#define STRMAP_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0, NULL, 0, 0                                                                     \
    }

uint64_t strmap_hash(const char *key, size_t len);

/* The hash built in steps, for keys assembled piece by piece ("is" + " " +
 * "kp"): strmap_hash_done(strmap_hash_more(strmap_hash_more(STRMAP_HASH_SEED,
 * a, na), b, nb)) == strmap_hash(ab, na + nb). */
#define STRMAP_HASH_SEED 1469598103934665603ull
static inline uint64_t strmap_hash_more(uint64_t h, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}
static inline uint64_t strmap_hash_done(uint64_t h)
{
    return h ? h : 1;
}
/* Inserts or replaces. Returns false on allocation failure (map unchanged). */
bool strmap_put(strmap *m, const char *key, size_t len, uint32_t value);
/* Finds key; true and *value set when present. */
bool strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value);
/* Same, with the key's strmap_hash already computed (no rehash per probe);
 * inline: it is the inner step of the per-token look-ups. */
static inline bool strmap_get_hashed(const strmap *m, uint64_t hash, const char *key, size_t len,
                                     uint32_t *value)
{
    if (!m->cap) return false;
    size_t j = hash & (m->cap - 1);
    while (m->slots[j].hash) {
        const strmap_slot *s = &m->slots[j];
        if (s->hash == hash && s->keylen == len && memcmp(m->keys + s->keyoff, key, len) == 0) {
            *value = s->value;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return false;
}
void strmap_free(strmap *m);

/* strmap_put() with the key's strmap_hash already computed (a loader that
 * hashes a key once for a get and a put, or as it builds the key). */
bool strmap_put_hashed(strmap *m, uint64_t hash, const char *key, size_t len, uint32_t value);

#endif
