/* gazbin.h - layout of gazetteer.bin, written by tools/gazc.c and
 * memory-mapped by gazetteer.c. Native byte order (it is built on the machine
 * that uses it). All offsets are bytes from the start of the file; strings are
 * NUL-terminated in the pool, offset 0 is the empty string.
 *
 *   header | entries[nentries] | slots[nslots] | cands[ncands] | countries[ncountries]
 *          | filter[nfilter] | stops[nstops] | by_hash[ncands] | by_iso[ncands]
 *          | by_class[ncands] | pool
 *
 * The key table is open addressing (linear probing, nslots a power of two)
 * over ds_geo_key() skeletons; a slot lists the entries (importance first)
 * that have a name with that skeleton: its list is sorted by importance,
 * highest first, on which resolve (gazetteer.c) relies to stop weighing a
 * list where no later candidate can pass its leader. Keys "#" + a loose
 * form, with no candidates, are the stop words (data/geo_stopwords.txt).
 *
 * The filter is a bit set of 64 * nfilter bits (nfilter a power of two) with
 * the bit ds_gaz_filter_bit(hash) set for every key: a key whose bit is clear
 * is absent, decided from 128 KiB that stay in cache instead of a probe of
 * the 4 MiB slot table. stops repeats the stop words in a small table of
 * their own (open addressing, nstops a power of two, hash = low 32 bits of
 * strmap_hash of the loose form, 0 = empty) tested for most capitalised
 * words. by_hash lists each slot's candidates again, as positions within
 * the slot (0 .. ncand-1) with their loose hash, ordered by (loose_hash,
 * position): the exact spellings of a name are found by binary search in a
 * long list, reading by_hash alone. by_iso lists them a third time in the
 * same records, with the candidate's iso3 read as a native word in place
 * of the loose hash, ordered by (that word, position): the candidates of
 * one country in a long list, found the same way. by_class, a fourth time,
 * keyed by ds_gaz_class: the strong names, and the districts, of a list.
 */
#ifndef DS_GAZBIN_H
#define DS_GAZBIN_H

#include <stddef.h>
#include <stdint.h>

#include "util/strmap.h"

#define DS_GAZ_MAGIC   "DSGAZ09"
#define DS_GAZ_VERSION 9u

enum ds_gaz_flags {
    DS_GAZF_COORDS = 1u << 0,        /* lat/lon known */
    DS_GAZF_SEAT1 = 1u << 1,         /* a city that bears its admin1's name (provincial seat) */
    DS_GAZF_SEAT2 = 1u << 2,         /* a city that bears its admin2's name (district centre) */
    DS_GAZF_OWN = 1u << 3,           /* listed or curated in data/places.tsv */
    DS_GAZF_CAPITAL = 1u << 4,       /* a national capital */
    DS_GAZF_NEEDS_SUPPORT = 1u << 5, /* also a common word or personal name: needs context */
    DS_GAZF_LARGE = 1u << 6          /* a town of 100,000 people or more (GeoNames) */
};

/* The loose hash of a name's loose form (ds_geo_loose: words parted by
 * spaces), ds_gaz_cand.loose_hash: its words' word hashes (strmap_word_hash,
 * which is the tokenizer's ds_token.hash of a plain word) folded in order,
 * h = (h ^ w) * DS_GAZ_LOOSE_MUL from DS_GAZ_LOOSE_SEED, and the low 32 bits
 * of h ^ h >> 32: the annotator hashes an n-gram of plain tokens from their
 * ds_token.hash, never reading their bytes. (Format 8; 7 took the low 32
 * bits of strmap_hash, FNV-1a a byte at a time.) */
#define DS_GAZ_LOOSE_SEED 1469598103934665603ull
#define DS_GAZ_LOOSE_MUL  0xD6E8FEB86659FD93ull
static inline uint64_t ds_gaz_loose_more(uint64_t h, uint32_t word_hash)
{
    return (h ^ word_hash) * DS_GAZ_LOOSE_MUL;
}
static inline uint32_t ds_gaz_loose_done(uint64_t h)
{
    return (uint32_t)(h ^ h >> 32);
}
static inline uint32_t ds_gaz_loose_hash(const char *s, size_t n)
{
    uint64_t h = DS_GAZ_LOOSE_SEED;
    for (size_t a = 0, i = 0; i <= n; i++) {
        if (i < n && s[i] != ' ') continue;
        if (i > a) h = ds_gaz_loose_more(h, strmap_word_hash(s + a, i - a));
        a = i + 1;
    }
    return ds_gaz_loose_done(h);
}

/* The slot hash of a skeleton key (ds_gaz_slot.hash): the key's bytes as a
 * polynomial, h = (h + byte) * DS_GAZ_KEY_MUL from 0 (mod 2^64), of which
 * the top 32 bits (each byte multiplied at least once: every bit of every
 * byte reaches them). An n-gram's key is its tokens' keys joined with
 * nothing between, and a polynomial joins: the state of a followed by b is
 * state(a) * DS_GAZ_KEY_MUL^len(b) + state(b), so the annotator hashes each
 * token's key once and joins them with one multiply and one add. (Format 9;
 * 8 took the low 32 bits of strmap_hash, FNV-1a a byte at a time, which had
 * to be run over every n-gram's bytes.) */
#define DS_GAZ_KEY_MUL 0x9E3779B97F4A7C15ull
static inline uint64_t ds_gaz_key_byte(uint64_t h, unsigned char c)
{
    return (h + c) * DS_GAZ_KEY_MUL;
}
static inline uint64_t ds_gaz_key_more(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) h = ds_gaz_key_byte(h, (unsigned char)s[i]);
    return h;
}
static inline uint32_t ds_gaz_key_done(uint64_t h)
{
    return (uint32_t)(h >> 32);
}
static inline uint32_t ds_gaz_key_hash(const char *s, size_t n)
{
    return ds_gaz_key_done(ds_gaz_key_more(0, s, n));
}

typedef struct ds_gaz_header {
    char magic[8];
    uint32_t version;
    uint32_t nentries, nslots, ncands, ncountries;
    uint32_t off_entries, off_slots, off_cands, off_countries, off_pool, pool_size;
    uint32_t total_size;
    uint32_t off_filter, nfilter; /* the key filter: nfilter uint64_t words */
    uint32_t off_stops, nstops;   /* the stop words: nstops ds_gaz_stop slots */
    uint32_t off_by_hash;         /* ncands ds_gaz_by_hash */
    uint32_t off_by_iso;          /* ncands ds_gaz_by_hash, keyed by iso3 */
    uint32_t off_by_class;        /* ncands ds_gaz_by_hash, keyed by ds_gaz_class */
} ds_gaz_header;

typedef struct ds_gaz_stop {
    uint32_t hash;
    char word[28]; /* loose form, NUL-terminated */
} ds_gaz_stop;

/* The filter bit of a key's hash (ds_gaz_key_hash), given the
 * filter's mask (64 * nfilter - 1). Uses other bits than the slot index. */
static inline uint32_t ds_gaz_filter_bit(uint32_t hash, uint32_t mask)
{
    return (hash >> 7 ^ hash << 13 ^ hash >> 23) & mask;
}

typedef struct ds_gaz_entry {
    uint32_t name;      /* pool offset: canonical name */
    uint32_t admin1;    /* pool offset: admin1 name (0 = none) */
    uint32_t admin2;    /* pool offset: admin2 name (0 = none) */
    uint32_t admin1_id; /* entry index of the admin1, or UINT32_MAX */
    float lat, lon;
    char iso3[4];
    uint8_t feature; /* ds_feature */
    uint8_t flags;   /* ds_gaz_flags */
    uint16_t importance;
} ds_gaz_entry;

typedef struct ds_gaz_slot {
    uint32_t key;  /* pool offset of the skeleton; 0 = empty slot */
    uint32_t hash; /* ds_gaz_key_hash(key) */
    uint32_t cand; /* index of the first candidate in cands */
    uint32_t ncand;
    uint32_t features; /* bit 1 << feature for each feature among the candidates;
                        * DS_GAZ_ONE_COUNTRY when the iso3 changes exactly once
                        * along the list, starting from "" (one country) */
    uint32_t key_len;  /* strlen of the key */
    char key8[8];      /* its first 8 bytes, zero-padded: short keys (most) are
                        * compared here, without reading the pool (32-byte slots) */
} ds_gaz_slot;

#define DS_GAZ_ONE_COUNTRY (1u << 31)

/* One candidate of a key: an entry, and the hash of the loose form
 * (ds_geo_loose) of the name variant that gave the key, so that a spelling
 * exactly as in the data can be preferred. An entry appears once per
 * distinct variant. The entry's country, feature, flags and importance are
 * repeated here so that the annotator can reject most candidates of a key
 * from one contiguous array, without touching the entries (cache misses). */
typedef struct ds_gaz_cand {
    uint32_t entry;
    uint32_t loose_hash; /* ds_gaz_loose_hash(loose form) */
    char iso3[4];        /* = entries[entry].iso3 */
    uint8_t feature;     /* = entries[entry].feature */
    uint8_t flags;       /* = entries[entry].flags */
    uint16_t importance; /* = entries[entry].importance */
} ds_gaz_cand;

/* The class of a candidate in by_class, from its feature (a ds_feature,
 * doc.h: country 0, admin1 1, admin2 2, city 3, region 4, demonym 5) and
 * flags: a strong name (a country, demonym, region or province, a large
 * town, or one of data/places.tsv, that needs no support), else a district,
 * else other. */
enum { DS_GAZ_CLASS_STRONG = 0, DS_GAZ_CLASS_DISTRICT = 1, DS_GAZ_CLASS_OTHER = 2 };
static inline uint32_t ds_gaz_class(uint8_t feature, uint8_t flags)
{
    enum { STRONG_FEATURES = 1u << 0 | 1u << 1 | 1u << 4 | 1u << 5, ADMIN2 = 2 };
    if (((STRONG_FEATURES >> (feature & 31) & 1) || (flags & (DS_GAZF_OWN | DS_GAZF_LARGE))) &&
        !(flags & DS_GAZF_NEEDS_SUPPORT))
        return DS_GAZ_CLASS_STRONG;
    return feature == ADMIN2 ? DS_GAZ_CLASS_DISTRICT : DS_GAZ_CLASS_OTHER;
}

typedef struct ds_gaz_by_hash {
    uint32_t pos;        /* position of the candidate within its slot's list */
    uint32_t loose_hash; /* = that candidate's loose_hash (by_iso: its iso3 as a word;
                          * by_class: its ds_gaz_class) */
} ds_gaz_by_hash;

typedef struct ds_gaz_country {
    char iso3[4];
    uint32_t entry;
} ds_gaz_country;

#endif
