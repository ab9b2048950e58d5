/* strmap.c - see strmap.h. FNV-1a hashing, linear probing, load <= 1/2. */
#include "util/strmap.h"

#include <stdlib.h>
#include <string.h>

uint64_t strmap_hash(const char *key, size_t len)
{
    return strmap_hash_done(strmap_hash_more(STRMAP_HASH_SEED, key, len));
}

static bool strmap_grow(strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    strmap_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].hash) continue;
        size_t j = m->slots[i].hash & (cap - 1);
        while (slots[j].hash) j = (j + 1) & (cap - 1);
        slots[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

bool strmap_put(strmap *m, const char *key, size_t len, uint32_t value)
{
    return strmap_put_hashed(m, strmap_hash(key, len), key, len, value);
}

bool strmap_get(const strmap *m, const char *key, size_t len, uint32_t *value)
{
    return m->cap && strmap_get_hashed(m, strmap_hash(key, len), key, len, value);
}

void strmap_free(strmap *m)
{
    free(m->slots);
    free(m->keys);
    *m = (strmap)STRMAP_INIT;
}

bool strmap_put_hashed(strmap *m, uint64_t hash, const char *key, size_t len, uint32_t value)
{
    if ((m->count + 1) * 2 > m->cap && !strmap_grow(m)) return false;
    size_t j = hash & (m->cap - 1);
    while (m->slots[j].hash) {
        strmap_slot *s = &m->slots[j];
        if (s->hash == hash && s->keylen == len && memcmp(m->keys + s->keyoff, key, len) == 0) {
            s->value = value;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    if (m->keys_len + len + 1 > m->keys_cap) {
        size_t cap = m->keys_cap ? m->keys_cap : 1024;
        while (cap < m->keys_len + len + 1) cap *= 2;
        if (cap > UINT32_MAX) return false;
        char *k = realloc(m->keys, cap);
        if (!k) return false;
        m->keys = k;
        m->keys_cap = cap;
    }
    memcpy(m->keys + m->keys_len, key, len);
    m->keys[m->keys_len + len] = '\0';
    m->slots[j] = (strmap_slot){hash, (uint32_t)m->keys_len, (uint32_t)len, value};
    m->keys_len += len + 1;
    m->count++;
    return true;
}
