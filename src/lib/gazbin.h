/* gazbin.h - layout of gazetteer.bin, written by tools/gazc.c and
 * memory-mapped by gazetteer.c. Native byte order (it is built on the machine
 * that uses it). All offsets are bytes from the start of the file; strings are
 * NUL-terminated in the pool, offset 0 is the empty string.
 *
 *   header | entries[nentries] | slots[nslots] | cands[ncands] | countries[ncountries] | pool
 *
 * The key table is open addressing (linear probing, nslots a power of two)
 * over ds_geo_key() skeletons; a slot lists the entries (importance first)
 * that have a name with that skeleton. Keys "#" + a loose form, with no
 * candidates, are the stop words (data/geo_stopwords.txt).
 */
#ifndef DS_GAZBIN_H
#define DS_GAZBIN_H

#include <stdint.h>

#define DS_GAZ_MAGIC   "DSGAZ03"
#define DS_GAZ_VERSION 3u

enum ds_gaz_flags {
    DS_GAZF_COORDS = 1u << 0,       /* lat/lon known */
    DS_GAZF_SEAT1 = 1u << 1,        /* a city that bears its admin1's name (provincial seat) */
    DS_GAZF_SEAT2 = 1u << 2,        /* a city that bears its admin2's name (district centre) */
    DS_GAZF_OWN = 1u << 3,          /* listed or curated in data/places.tsv */
    DS_GAZF_CAPITAL = 1u << 4,      /* a national capital */
    DS_GAZF_NEEDS_SUPPORT = 1u << 5 /* also a common word or personal name: needs context */
};

typedef struct ds_gaz_header {
    char magic[8];
    uint32_t version;
    uint32_t nentries, nslots, ncands, ncountries;
    uint32_t off_entries, off_slots, off_cands, off_countries, off_pool, pool_size;
    uint32_t total_size;
} ds_gaz_header;

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
    uint32_t hash; /* low 32 bits of strmap_hash(key) */
    uint32_t cand; /* index of the first candidate in cands */
    uint32_t ncand;
} ds_gaz_slot;

/* One candidate of a key: an entry, and the hash of the loose form
 * (ds_geo_loose) of the name variant that gave the key, so that a spelling
 * exactly as in the data can be preferred. An entry appears once per
 * distinct variant. */
typedef struct ds_gaz_cand {
    uint32_t entry;
    uint32_t loose_hash; /* low 32 bits of strmap_hash(loose form) */
} ds_gaz_cand;

typedef struct ds_gaz_country {
    char iso3[4];
    uint32_t entry;
} ds_gaz_country;

#endif
