/* strmap.h - open-addressing hash map from byte strings to uint32 values,
 * for lexicon and gazetteer look-ups. Keys are copied into the map's own
 * storage. libc only. Not thread-safe for writes; concurrent reads are fine.
 */
#ifndef UTIL_STRMAP_H
#define UTIL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

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
/* Inserts or replaces. Returns false on allocation failure (map unchanged). */
bool strmap_put(strmap *m, const char *key, size_t len, uint32_t value);
/* Finds key; true and *value set when present. */
bool strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value);
void strmap_free(strmap *m);

#endif
