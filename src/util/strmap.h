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

/* ---- a word hash, 8 bytes a step ------------------------------------------
 * For tables of words (no map of its own): the bytes of s[0, n), n > 0, read
 * 8 at a time as little-endian numbers, the last chunk zero-padded:
 * h = (n ^ chunk0) * STRMAP_WORD_MUL, then h = (h ^ chunk) * STRMAP_WORD_MUL
 * per further chunk; the hash is h's high half with bit 0 set (never 0).
 * (lexicon.h's ds_word_hash, the tokenizer's ds_token.hash, is this.) */
#define STRMAP_WORD_MUL 0x9E3779B97F4A7C15ull

/* The little-endian number of the r (1-8) bytes at s, zero-padded (byte i
 * at bits 8i): on a little-endian machine read in two overlapping windows
 * that cover them all (a byte in both is ORed with itself at its place),
 * never past s + r. */
static inline uint64_t strmap_chunk(const char *s, size_t r)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (r >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        return w;
    }
    if (r >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + r - 4, 4);
        return (uint64_t)hi << (8 * (r - 4)) | lo;
    }
    if (r >= 2) {
        uint16_t lo, hi;
        memcpy(&lo, s, 2);
        memcpy(&hi, s + r - 2, 2);
        return (uint64_t)hi << (8 * (r - 2)) | lo;
    }
    return (unsigned char)s[0];
#else
    uint64_t c = 0;
    for (size_t i = 0; i < r && i < 8; i++) c |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return c;
#endif
}

static inline uint32_t strmap_word_hash(const char *s, size_t n)
{
    uint64_t h = (n ^ strmap_chunk(s, n < 8 ? n : 8)) * STRMAP_WORD_MUL;
    for (size_t i = 8; i < n; i += 8)
        h = (h ^ strmap_chunk(s + i, n - i < 8 ? n - i : 8)) * STRMAP_WORD_MUL;
    return (uint32_t)(h >> 32) | 1u;
}

/* ---- a key hash a word at a time ----------------------------------------
 * For a map whose keys are words parted by spaces ("islamic state"), put
 * and probed with the _hashed calls: the key's words (runs of bytes other
 * than a space) each by its strmap_word_hash w, folded in order,
 * h = (h ^ w) * STRMAP_WORDS_MUL from STRMAP_WORDS_SEED; strmap_words_done
 * mixes the high half into the low one (the slot index) and makes it
 * non-zero. A key grown a word at a time folds each word's hash, and a
 * word whose hash is known (the tokenizer's ds_token.hash) is folded in
 * without reading its bytes. */
#define STRMAP_WORDS_SEED 1469598103934665603ull
#define STRMAP_WORDS_MUL  0xD6E8FEB86659FD93ull
static inline uint64_t strmap_words_fold(uint64_t h, uint32_t word_hash)
{
    return (h ^ word_hash) * STRMAP_WORDS_MUL;
}
/* h with the words of s[0, n) folded in: pieces of a key meet at a space
 * (or one is empty), never inside a word. */
static inline uint64_t strmap_words_more(uint64_t h, const char *s, size_t n)
{
    for (size_t a = 0, i = 0; i <= n; i++) {
        if (i < n && s[i] != ' ') continue;
        if (i > a) h = strmap_words_fold(h, strmap_word_hash(s + a, i - a));
        a = i + 1;
    }
    return h;
}
static inline uint64_t strmap_words_done(uint64_t h)
{
    h ^= h >> 32;
    return h ? h : 1;
}
static inline uint64_t strmap_words_hash(const char *s, size_t n)
{
    return strmap_words_done(strmap_words_more(STRMAP_WORDS_SEED, s, n));
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
