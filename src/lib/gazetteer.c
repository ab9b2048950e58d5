/* gazetteer.c - loads the compiled gazetteer (gazbin.h, memory-mapped) and
 * annotates place mentions: the annotation stage after timex/quantities.
 * Token n-grams (n <= 5) are looked up by their skeleton key (geokey.h);
 * candidates are resolved with the admin hierarchy written in the text
 * (GTD "Area, District, Province, Country", ACLED "Town (District,
 * Province)"), the countries of this and the previous sentence, the
 * document's focus country, and importance. Codes: ISO 3166-1 alpha-3.
 */
#include "gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctx.h"
#include "doc.h"
#include "gazbin.h"
#include "fold.h"
#include "geokey.h"
#include "lexicon.h"
#include "read_util.h"
#include "util/strmap.h"

/* about 470 cue and stop words: under a quarter full, so that the probe for
 * a word that is none of them (most tokens) ends after a slot or two */
enum { WORD_SLOTS = 2048 };
/* bits of the words' ds_word_hash (word_bit): a plain token whose bit is
 * clear is none of them (word_class_of) */
enum { WORD_BITS = 8192, WORD_BITS_LOG2 = 13 };
/* DS_GAZ_KEY_MUL^n for the lengths of a key part (< NAME_CAP, below) */
enum { KEY_POWS = 256 };

struct ds_gazetteer {
    const unsigned char *map;   /* the mapped file, NULL for the empty gazetteer */
    uint64_t gen;               /* this load's number (gaz_loads): names it in key_memo */
    uint64_t key_pow[KEY_POWS]; /* DS_GAZ_KEY_MUL^n: joins key hash states (gazbin.h) */
    size_t map_len;
    const ds_gaz_header *h;
    const ds_gaz_entry *entries;
    const ds_gaz_slot *slots;
    const ds_gaz_cand *cands;
    const ds_gaz_country *countries;
    const uint64_t *filter;
    uint32_t filter_mask;
    const ds_gaz_stop *stops;
    const ds_gaz_by_hash *by_hash;
    const ds_gaz_by_hash *by_iso;   /* keyed by iso3 (gazbin.h) */
    const ds_gaz_by_hash *by_class; /* keyed by ds_gaz_class */
    const char *pool;
    uint32_t nentries; /* = h->nentries, the bound of every entry id read */
    /* The records a slot leads to are checked when read, not at load (most
     * are never read in a run): a slot's ranges on each hit (slot_ok), a
     * candidate's entry id on each use (entry_of) and an entry on its first
     * read (entry_of). Shared by the threads: the bits only go from 0 to 1,
     * and a record checked twice by two threads gives the same answer. */
    struct gaz_checks {
        atomic_uint corrupt;           /* set when a record read failed its check */
        _Atomic uint64_t entry_bits[]; /* bit i: entry i passed entry_ok */
    } * chk;
    struct word_slot { /* word classes (WC_*) of the annotator's cue words */
        char word[16];
        uint16_t cls;
    } words[WORD_SLOTS];
    uint64_t word_bits[WORD_BITS / 64]; /* word_bit of each word of words */
    /* the bytes [a-z0-9] and the first byte of each word of words: a word
     * opened by another byte ("," "(" "-") is neither plain nor a cue word */
    uint64_t word_lead[4];
};

/* ---- cue words -------------------------------------------------------------- */

/* Classes of the words around a name that the annotator tests; one token
 * is classified once, by one probe of a small table built at load time
 * (the lists were scanned with strcmp for every token before). */
enum word_class {
    WC_PREP = 1u << 0,         /* in, at, near, from ...: a place may follow */
    WC_TITLE = 1u << 1,        /* Mr, Mawlawi, Sheikh ...: a person follows */
    WC_DIRECTION = 1u << 2,    /* northern, south ...: "northern Afghanistan" */
    WC_CONNECTOR = 1u << 3,    /* e, i, al, de ...: inside a name ("Qala-ye Naw", "Villas de") */
    WC_CHAIN = 1u << 4,        /* in, of: "X village in Y district" */
    WC_ADMIN1 = 1u << 5,       /* province, region ... after a name */
    WC_ADMIN2 = 1u << 6,       /* district, county ... */
    WC_CITY = 1u << 7,         /* city, town, village ... */
    WC_AREA = 1u << 8,         /* area, valley, market ...: a place of unknown name */
    WC_STOP = 1u << 9,         /* a stop word of the gazetteer (data/geo_stopwords.txt) */
    WC_PARTICLE = 1u << 11,    /* bin, ibn, ag, ould ...: inside a personal name */
    WC_SPEECH = 1u << 12,      /* said, told ...: what a person (a name before it) does */
    WC_LOCATIVE = 1u << 13,    /* in, at, near ...: what comes after is where */
    WC_INSTITUTION = 1u << 14, /* ministry, university ...: "Ministry of X" is a name */
    WC_SLOW = 1u << 10,        /* (tok_geo) not plain [a-z0-9]{1,15}: WC_STOP not known */
    WC_KNOWN = 1u << 15        /* (tok_geo) the class was computed */
};

static const char *const PREPOSITIONS[] = {
    "in",     "at",     "near",   "from",    "to",     "into", "outside",
    "around", "across", "toward", "towards", "inside", "of",   "between",
    "and",    "on",     "via",    "through", "within", "over", NULL};

static const char *const TITLES[] = {
    "mr",      "mrs",    "ms",        "dr",       "gen",    "general",   "president", "mullah",
    "mawlawi", "maulvi", "mawlavi",   "sheikh",   "shaikh", "commander", "minister",  "governor",
    "colonel", "col",    "maj",       "major",    "capt",   "captain",   "haji",      "hajji",
    "qari",    "mufti",  "hafiz",     "engineer", "eng",    "prof",      "professor", "sir",
    "lord",    "king",   "queen",     "prince",   "judge",  "senator",   "mp",        "mawli",
    "lt",      "sgt",    "ayatollah", "imam",     "emir",   "amir",      "saint",     "st",
    "brother", "sister", "father",    "son",      "wife",   "daughter",  "named",     NULL};

static const char *const DIRECTIONS[] = {"northern",     "southern",
                                         "eastern",      "western",
                                         "central",      "north-eastern",
                                         "northeastern", "north-western",
                                         "northwestern", "south-eastern",
                                         "southeastern", "south-western",
                                         "southwestern", "northeast",
                                         "northwest",    "southeast",
                                         "southwest",    "north",
                                         "south",        "east",
                                         "west",         NULL};

/* (Spanish and Portuguese ones too: "Vizcatan del Ene", a district the
 * gazetteer lacks, is no town "Ene") */
static const char *const CONNECTORS[] = {"e",   "i",   "ye",  "al",  "el",  "ul", "de",  "du",
                                         "la",  "of",  "ez",  "az",  "as",  "ad", "an",  "ar",
                                         "ash", "at",  "ed",  "es",  "da",  "di", "des", "le",
                                         "del", "los", "las", "dos", "das", NULL};
static const char *const CHAIN_WORDS[] = {"in", "of", NULL};
/* ("division": Bangladesh's and Myanmar's first level, "Chittagong
 * division"; a district or a Cameroonian department of that name passes
 * as its hint allows; in lower case only, see tok_type) */
/* ("department": the first level of Colombia, Bolivia, Central America,
 * Haiti and Benin, the second of France and Niger, "Cordoba department";
 * in lower case only, as "division": "the Police Department" is none) */
static const char *const ADMIN1_WORDS[] = {
    "province",  "region",  "oblast", "state",    "governorate", "prefecture", "wilayat",
    "provinces", "regions", "states", "division", "department",  NULL};
/* ("zone": Ethiopia's second level, "North Gondar zone"; an Indian
 * district's development "block" is among AREA_WORDS: "Sira village, Latti
 * block (Udhampur, J&K)", whose village took Karnataka's Sira) */
static const char *const ADMIN2_WORDS[] = {"district", "county",    "tehsil",    "rayon",
                                           "agency",   "cercle",    "districts", "lga",
                                           "lgas",     "territory", "zone",      NULL};
/* Heads of institutions' and buildings' names: "Ministry of Defence,
 * Republic of X" names no town "Defence", "the University Hospital
 * (Cheongju)" no town "Hospital". */
static const char *const INSTITUTION_WORDS[] = {
    "ministry",  "minister", "department", "office",    "bureau",      "embassy", "university",
    "institute", "council",  "commission", "secretary", "directorate", "agency",  "academy",
    "college",   "school",   "bank",       "chamber",   "court",       "museum",  "hospital",
    "center",    "centre",   "station",    "hall",      "church",      "mosque",  "market",
    "company",   "factory",  "building",   "prison",    "stadium",     "airport", NULL};
static const char *const CITY_WORDS[] = {
    "city", "town", "village", "capital", "township", "hamlet", "settlement", "municipality", NULL};
/* Patronymic particles of Arabic, Tuareg and Moorish names: "Osama bin
 * Laden", "Iyad Ag Ghali", "Mohamed Ould Abdel Aziz". */
static const char *const PARTICLES[] = {"bin",  "ibn",  "ben", "bint", "ag",
                                        "ould", "wuld", "wad", NULL};
static const char *const SPEECH_WORDS[] = {"said",      "says",     "told",  "added", "stated",
                                           "explained", "insisted", "wrote", NULL};
static const char *const LOCATIVES[] = {"in",     "at",      "near",   "outside", "inside",
                                        "around", "across",  "toward", "towards", "into",
                                        "within", "through", "via",    NULL};
/* (and the lower levels' type words that ACLED's chains write after a
 * name the gazetteer seldom has: "Minakulu sub-county (Oyam, Northern)",
 * "Shari hill (Bubanza, Burundi)", "Kalia upazila (Narail, Khulna)"; with
 * none of them the name and its bracket were lost) */
static const char *const AREA_WORDS[] = {
    "area",         "locality",   "neighborhood",  "neighbourhood", "valley", "bazaar",
    "market",       "upazila",    "corregimiento", "subdivision",   "woreda", "kebele",
    "groupement",   "groupment",  "payam",         "boma",          "hill",   "block",
    "ward",         "sub-county", "subcounty",     "commune",       "canton", "parish",
    "chiefdom",     "mouza",      "taluk",         "taluka",        "mandal", "subdistrict",
    "sub-district", "barangay",   "tambon",        "kecamatan",     "jamoat", "vereda",
    "aldea",        "quarter",    "suburb",        "tract",         "sector", NULL};
/* The first AREA_PLACE_WORDS of AREA_WORDS ("area" ... "market") may be
 * capitalised in a name; the lower levels' words after them only count in
 * lower case (place_area_word). */
enum { AREA_PLACE_WORDS = 7 };

/* A word of 1 to 15 bytes as two zero-padded words (the table's form):
 * loaded with fixed-size copies, which compile to a few moves where a loop
 * or a memcpy of n bytes is a per-byte cost for every token classified. */
static void word16(const char *w, size_t n, uint64_t *a0, uint64_t *a1)
{
    char b[16] = {0};
    if (n >= 8) {
        memcpy(b, w, 8);
        memcpy(b + n - 8, w + n - 8, 8);
    } else if (n >= 4) {
        memcpy(b, w, 4);
        memcpy(b + n - 4, w + n - 4, 4);
    } else {
        b[0] = w[0];
        b[n / 2] = w[n / 2];
        b[n - 1] = w[n - 1];
    }
    memcpy(a0, b, 8);
    memcpy(a1, b + 8, 8);
}

/* word16 of a token's norm of 1 to 15 bytes that is a plain word (its
 * hash set, doc.h): the tokenizer leaves 8 readable bytes after such a norm
 * (its pool's slack, or a static one-byte norm; hedges.c reads them too),
 * so the norm is read as one or two words and the bytes past it masked off
 * (the same words word16 builds byte by byte). */
static inline void word16_plain(const char *w, size_t n, uint64_t *a0, uint64_t *a1)
{
#ifdef DS_SWAR
    uint64_t x = ds_load8(w);
    if (n < 8) {
        *a0 = x & ((1ull << (8 * n)) - 1);
        *a1 = 0;
    } else {
        *a0 = x;
        *a1 = n > 8 ? ds_load8(w + 8) & ((1ull << (8 * (n - 8))) - 1) : 0;
    }
#else
    word16(w, n, a0, a1);
#endif
}

static uint32_t word_hash(uint64_t a0, uint64_t a1)
{
    uint64_t x = a0 * 0x9e3779b97f4a7c15ull ^ (a1 + 0x2545f4914f6cdd1dull) * 0xc2b2ae3d27d4eb4full;
    return (uint32_t)(x >> 40);
}

/* The high bit of each byte of x that is [a-z] or [0-9]. */
static uint64_t plain_bytes(uint64_t x)
{
    return ds_bytes_in(x, 'a', 'z') | ds_bytes_in(x, '0', '9');
}

/* A word's bit in word_bits, from its ds_word_hash (the hash doc.h's
 * tokens carry; its top bits: the lowest is always set). */
static inline uint32_t word_bit(uint32_t word_hash)
{
    return word_hash >> (32 - WORD_BITS_LOG2);
}

static void words_add(ds_gazetteer *g, const char *const *list, uint16_t cls)
{
    for (; *list; list++) {
        size_t n = strlen(*list);
        uint32_t b = word_bit(ds_word_hash(*list, n));
        g->word_bits[b / 64] |= (uint64_t)1 << (b % 64);
        unsigned char c0 = (unsigned char)(*list)[0];
        g->word_lead[c0 / 64] |= (uint64_t)1 << (c0 % 64);
        uint64_t a0, a1;
        word16(*list, n, &a0, &a1);
        uint32_t j = word_hash(a0, a1) & (WORD_SLOTS - 1);
        while (g->words[j].word[0] && strcmp(g->words[j].word, *list) != 0)
            j = (j + 1) & (WORD_SLOTS - 1);
        memcpy(g->words[j].word, *list, n + 1);
        g->words[j].cls |= cls;
    }
}

/* The cue words, and the stop words of the compiled gazetteer (after it is
 * mapped and validated). */
static void words_init(ds_gazetteer *g)
{
    for (unsigned c = 0; c < 256; c++)
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            g->word_lead[c / 64] |= (uint64_t)1 << (c % 64);
    for (uint32_t i = 0; i < g->h->nstops; i++) {
        const char *w = g->stops[i].word;
        size_t n = strlen(w);
        if (!g->stops[i].hash || n > 15) continue; /* longer ones: is_stopword_slow */
        const char *const one[] = {w, NULL};
        words_add(g, one, WC_STOP);
    }
    words_add(g, PREPOSITIONS, WC_PREP);
    words_add(g, TITLES, WC_TITLE);
    words_add(g, DIRECTIONS, WC_DIRECTION);
    words_add(g, CONNECTORS, WC_CONNECTOR);
    words_add(g, CHAIN_WORDS, WC_CHAIN);
    words_add(g, ADMIN1_WORDS, WC_ADMIN1);
    words_add(g, ADMIN2_WORDS, WC_ADMIN2);
    words_add(g, CITY_WORDS, WC_CITY);
    words_add(g, AREA_WORDS, WC_AREA);
    words_add(g, PARTICLES, WC_PARTICLE);
    words_add(g, SPEECH_WORDS, WC_SPEECH);
    words_add(g, LOCATIVES, WC_LOCATIVE);
    words_add(g, INSTITUTION_WORDS, WC_INSTITUTION);
}

/* The WC_* classes of a folded word (0 for most words); WC_SLOW when the
 * word is not 1 to 15 bytes of [a-z0-9] (then WC_STOP is not decided).
 * hash: the word's ds_word_hash when it is known to be [a-z0-9]+ (a token
 * whose hash is set, doc.h), which need not be tested again; 0 unknown.
 * A plain word whose bit (word_bit) is clear is none of the table's. */
static uint16_t word_class_of(const ds_gazetteer *g, const char *w, size_t n, uint32_t hash)
{
    if (n == 0 || n > 15) return WC_SLOW;
    bool plain = hash != 0;
    uint32_t bit = word_bit(hash);
    if (plain && !(g->word_bits[bit / 64] >> (bit % 64) & 1)) return 0;
    /* punctuation, a tenth of the tokens classified: told by its first byte */
    unsigned char c0 = (unsigned char)w[0];
    if (!plain && !(g->word_lead[c0 / 64] >> (c0 % 64) & 1)) return WC_SLOW;
    uint64_t a0, a1, b0, b1;
    if (plain)
        word16_plain(w, n, &a0, &a1);
    else
        word16(w, n, &a0, &a1);
    if (!plain) {
        /* the high bits of the bytes [0, n) must all be set */
        uint64_t need0 = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
        uint64_t need1 = n > 8 ? (1ull << (8 * (n - 8))) - 1 : 0;
        uint64_t high = ~0ull / 255 * 128;
        plain = (plain_bytes(a0) & need0) == (need0 & high) &&
                (n <= 8 || (plain_bytes(a1) & need1) == (need1 & high));
    }
    for (uint32_t j = word_hash(a0, a1) & (WORD_SLOTS - 1); g->words[j].word[0];
         j = (j + 1) & (WORD_SLOTS - 1)) {
        memcpy(&b0, g->words[j].word, 8);
        memcpy(&b1, g->words[j].word + 8, 8);
        if (a0 == b0 && a1 == b1) return (uint16_t)(g->words[j].cls | (plain ? 0 : WC_SLOW));
    }
    return plain ? 0 : WC_SLOW;
}

/* ---- loading ------------------------------------------------------------ */

/* Whether an entry's pool offsets lie in the pool (pool_size > 0), its
 * admin1_id is UINT32_MAX or an entry, its feature a ds_feature and its
 * iso3 NUL-terminated. */
static bool entry_ok(const ds_gazetteer *g, uint32_t id)
{
    const ds_gaz_header *h = g->h;
    if (id >= h->nentries) return false;
    const ds_gaz_entry *e = &g->entries[id];
    return e->name < h->pool_size && e->admin1 < h->pool_size && e->admin2 < h->pool_size &&
           (e->admin1_id == UINT32_MAX || e->admin1_id < h->nentries) &&
           e->feature <= DS_FEAT_DEMONYM && e->iso3[3] == '\0';
}

/* Whether slot s (with a key) leads only to records in the file: its key
 * lies in the pool, its candidates (and so its by_hash, by_iso and by_class
 * runs) in [0, ncands). Every reader of a slot's records gets the slot from
 * gaz_lookup_hashed, which makes this check on every hit and passes over a
 * slot that fails it (the annotator then answers DS_EDATA). The records
 * themselves are checked when read, for what could lead a read astray: a
 * candidate's entry id is tested against the entry count wherever the
 * entry is read (entry_of; an entry on its first read), the by_hash
 * positions where they are followed (by_hash_pos, pos_run_at). A
 * candidate's other fields are only compared, never used as an index or a
 * string; a chosen candidate's are compared with its entry's (resolve).
 * (The first hit of a slot tested all its candidates before: most of them
 * are never read, and a long list's cost 15k of a run's 92k last-level
 * cache misses.) */
static inline bool slot_ok(const ds_gazetteer *g, const ds_gaz_slot *s)
{
    const ds_gaz_header *h = g->h;
    uint32_t cand = s->cand, nc = s->ncand;
    return s->key < h->pool_size && cand <= h->ncands && nc <= h->ncands - cand;
}

/* The position in slot s's list of its by_hash record it (0 <= it <
 * ncand), checked when read: past the list, the file is corrupt (the stage
 * answers DS_EDATA) and the position reads as 0. */
static inline uint32_t by_hash_pos(const ds_gazetteer *g, const ds_gaz_slot *s, uint32_t it)
{
    uint32_t pos = g->by_hash[s->cand + it].pos;
    if (pos < s->ncand) return pos;
    atomic_store_explicit(&g->chk->corrupt, 1, memory_order_relaxed);
    return 0;
}

/* What a failed entry reads as: no names, no country, no parent. */
static const ds_gaz_entry BLANK_ENTRY = {.admin1_id = UINT32_MAX, .feature = DS_FEAT_REGION};

static const ds_gaz_entry *entry_first(const ds_gazetteer *g, uint32_t id)
{
    if (!entry_ok(g, id)) {
        atomic_store_explicit(&g->chk->corrupt, 1, memory_order_relaxed);
        return &BLANK_ENTRY;
    }
    atomic_fetch_or_explicit(&g->chk->entry_bits[id / 64], (uint64_t)1 << (id % 64),
                             memory_order_relaxed);
    return &g->entries[id];
}

/* Entry id, a candidate's (any value: a corrupt file's may be past the
 * table), tested against the entry count before any use and checked
 * (entry_ok) on its first read: every read of an entry by the annotator
 * goes through here, but for a match's chosen entry (chosen_entry). An id
 * out of range or a failing entry sets corrupt (the stage answers
 * DS_EDATA) and reads as BLANK_ENTRY meanwhile. */
static inline const ds_gaz_entry *entry_of(const ds_gazetteer *g, uint32_t id)
{
    if (id < g->nentries &&
        atomic_load_explicit(&g->chk->entry_bits[id / 64], memory_order_relaxed) >> (id % 64) & 1)
        return &g->entries[id];
    return entry_first(g, id);
}

/* A match's chosen entry: resolve chooses only a candidate whose entry
 * passed entry_of, so it is in range and checked; read without the test
 * in resolve's loops. */
static inline const ds_gaz_entry *chosen_entry(const ds_gazetteer *g, uint32_t id)
{
    return &g->entries[id];
}

/* The header's layout, the countries and the stop words; the slots and the
 * records they lead to are checked when read (slot_ok, entry_of). */
static bool gaz_validate(const ds_gazetteer *g, size_t len)
{
    const ds_gaz_header *h = g->h;
    if (len < sizeof *h || memcmp(h->magic, DS_GAZ_MAGIC, 8) != 0 || h->version != DS_GAZ_VERSION ||
        h->total_size != len)
        return false;
    uint64_t e = (uint64_t)h->off_entries + (uint64_t)h->nentries * sizeof(ds_gaz_entry);
    uint64_t s = (uint64_t)h->off_slots + (uint64_t)h->nslots * sizeof(ds_gaz_slot);
    uint64_t c = (uint64_t)h->off_cands + (uint64_t)h->ncands * sizeof(ds_gaz_cand);
    uint64_t k = (uint64_t)h->off_countries + (uint64_t)h->ncountries * sizeof(ds_gaz_country);
    if (h->off_entries % 4 || h->off_slots % 4 || h->off_cands % 4 || h->off_countries % 4 ||
        h->off_filter % 8 || k > h->off_filter || h->nfilter == 0 ||
        (h->nfilter & (h->nfilter - 1)) != 0 || h->nfilter > (1u << 24) ||
        (uint64_t)h->off_filter + (uint64_t)h->nfilter * 8 > h->off_stops || h->off_stops % 4 ||
        h->nstops == 0 || (h->nstops & (h->nstops - 1)) != 0 ||
        (uint64_t)h->off_stops + (uint64_t)h->nstops * sizeof(ds_gaz_stop) > h->off_by_hash ||
        h->off_by_hash % 4 ||
        (uint64_t)h->off_by_hash + (uint64_t)h->ncands * sizeof(ds_gaz_by_hash) > h->off_by_iso ||
        h->off_by_iso % 4 ||
        (uint64_t)h->off_by_iso + (uint64_t)h->ncands * sizeof(ds_gaz_by_hash) > h->off_by_class ||
        h->off_by_class % 4 ||
        (uint64_t)h->off_by_class + (uint64_t)h->ncands * sizeof(ds_gaz_by_hash) > h->off_pool ||
        e > h->off_slots || s > h->off_cands || c > h->off_countries || k > h->off_pool ||
        (uint64_t)h->off_pool + h->pool_size != len || h->pool_size == 0 ||
        g->pool[h->pool_size - 1] != '\0' || h->nslots == 0 || (h->nslots & (h->nslots - 1)) != 0)
        return false;
    for (uint32_t i = 0; i < h->ncountries; i++)
        if (!entry_ok(g, g->countries[i].entry)) return false;
    uint32_t nempty = 0;
    for (uint32_t i = 0; i < h->nstops; i++) {
        if (g->stops[i].word[sizeof g->stops[i].word - 1] != '\0') return false;
        nempty += g->stops[i].hash == 0;
    }
    if (!nempty) return false; /* a probe must end */
    return true;
}

/* The gazetteers loaded so far in the process: each load takes the next
 * number as its gen, which no other load has (a memo entry made with one
 * gazetteer is never read as another's, even at the same address). */
static _Atomic uint64_t gaz_loads;

ds_status ds_gazetteer_load(ds_gazetteer **out, const char *data_dir, char *err, size_t errlen)
{
    char path[4096];
    struct stat st;
    ds_gazetteer *g = calloc(1, sizeof *g);
    *out = NULL;
    if (!g) return DS_ENOMEM;
    g->key_pow[0] = 1;
    for (size_t i = 1; i < KEY_POWS; i++) g->key_pow[i] = g->key_pow[i - 1] * DS_GAZ_KEY_MUL;
    snprintf(path, sizeof path, "%s/gazetteer.bin", data_dir ? data_dir : ".");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) { /* no gazetteer built: places are simply not annotated */
            *out = g;
            return DS_OK;
        }
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        free(g);
        return DS_EIO;
    }
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(ds_gaz_header)) {
        snprintf(err, errlen, "%s: not a gazetteer (too short)", path);
        goto corrupt;
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        snprintf(err, errlen, "%s: mmap: %s", path, strerror(errno));
        goto corrupt;
    }
    g->map = m;
    g->map_len = (size_t)st.st_size;
    g->gen = atomic_fetch_add_explicit(&gaz_loads, 1, memory_order_relaxed) + 1;
    g->h = m;
    g->entries = (const void *)(g->map + g->h->off_entries);
    g->slots = (const void *)(g->map + g->h->off_slots);
    g->cands = (const void *)(g->map + g->h->off_cands);
    g->countries = (const void *)(g->map + g->h->off_countries);
    g->filter = (const void *)(g->map + g->h->off_filter);
    g->filter_mask = g->h->nfilter * 64 - 1;
    g->stops = (const void *)(g->map + g->h->off_stops);
    g->by_hash = (const void *)(g->map + g->h->off_by_hash);
    g->by_iso = (const void *)(g->map + g->h->off_by_iso);
    g->by_class = (const void *)(g->map + g->h->off_by_class);
    g->pool = (const char *)(g->map + g->h->off_pool);
    if (g->h->off_pool > g->map_len || !gaz_validate(g, g->map_len)) {
        snprintf(err, errlen, "%s: corrupt or from another version (rebuild it)", path);
        goto corrupt;
    }
    g->nentries = g->h->nentries;
    size_t entry_words = g->h->nentries / 64 + 1;
    g->chk = calloc(1, sizeof *g->chk + entry_words * sizeof g->chk->entry_bits[0]);
    if (!g->chk) {
        close(fd);
        ds_gazetteer_free(g);
        return DS_ENOMEM;
    }
    close(fd);
    words_init(g);
    *out = g;
    return DS_OK;
corrupt:
    close(fd);
    ds_gazetteer_free(g);
    return DS_EDATA;
}

void ds_gazetteer_free(ds_gazetteer *gaz)
{
    if (!gaz) return;
    if (gaz->map) munmap((void *)gaz->map, gaz->map_len);
    free(gaz->chk);
    free(gaz);
}

uint32_t ds_gazetteer_size(const ds_gazetteer *gaz)
{
    return gaz && gaz->h ? gaz->h->nentries : 0;
}

static const char *pool_str(const ds_gazetteer *g, uint32_t off)
{
    return off ? g->pool + off : NULL;
}

/* Entry gaz_id (in range and checked: entry_ok) as a ds_gaz_place. */
static void place_of(const ds_gazetteer *gaz, uint32_t gaz_id, ds_gaz_place *out)
{
    const ds_gaz_entry *e = &gaz->entries[gaz_id];
    out->name = gaz->pool + e->name;
    out->feature = (ds_feature)e->feature;
    memcpy(out->iso3, e->iso3, 4);
    out->admin1 = pool_str(gaz, e->admin1);
    out->admin2 = pool_str(gaz, e->admin2);
    out->has_coords = (e->flags & DS_GAZF_COORDS) != 0;
    out->lat = out->has_coords ? (double)e->lat : 0;
    out->lon = out->has_coords ? (double)e->lon : 0;
}

bool ds_gazetteer_get(const ds_gazetteer *gaz, uint32_t gaz_id, ds_gaz_place *out)
{
    if (!gaz || !gaz->h || !entry_ok(gaz, gaz_id)) return false;
    place_of(gaz, gaz_id, out);
    return true;
}

static uint32_t country_entry(const ds_gazetteer *gaz, const char *iso3)
{
    if (!gaz || !gaz->h || !iso3) return UINT32_MAX;
    uint32_t lo = 0, hi = gaz->h->ncountries;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strncmp(gaz->countries[mid].iso3, iso3, 3);
        if (c == 0) return gaz->countries[mid].entry;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return UINT32_MAX;
}

bool ds_gazetteer_country(const ds_gazetteer *gaz, const char *iso3, ds_gaz_place *out)
{
    uint32_t id = country_entry(gaz, iso3);
    return id != UINT32_MAX && ds_gazetteer_get(gaz, id, out);
}

/* The hash of the slot table (ds_gaz_key_hash); inline, keys are a few
 * bytes and the call costs as much. */
static inline uint32_t key_hash(const char *key, size_t len)
{
    return ds_gaz_key_hash(key, len);
}

/* False when no key of key_hash h is in the table (the filter's bit is clear). */
static inline bool gaz_filter_has(const ds_gazetteer *g, uint32_t h)
{
    uint32_t bit = ds_gaz_filter_bit(h, g->filter_mask);
    return g->filter[bit / 64] >> (bit % 64) & 1;
}

/* Whether a slot's zero-padded key8 holds the short key[0, len), 1 <= len
 * <= 8, compared as one word: every key looked up lies in a buffer with at
 * least 8 bytes from its start (match_at's key[NAME_CAP], the room
 * tok_key_compute keeps for a token's key, ds_gazetteer_find's key[512]);
 * the bytes past len are masked off. */
static inline bool key8_eq(const char key8[8], const char *key, size_t len)
{
    uint64_t a, b, mask = len >= 8 ? ~0ull : (1ull << (8 * len)) - 1;
    memcpy(&a, key8, 8);
    memcpy(&b, key, 8);
    return ((a ^ b) & mask) == 0;
}

/* The slot of a skeleton key whose key_hash is h, or NULL. Always inline
 * into its three callers (7,400 calls per 2,000 notes, -86k instructions). */
static inline __attribute__((always_inline)) const ds_gaz_slot *
gaz_lookup_hashed(const ds_gazetteer *g, const char *key, size_t len, uint32_t h)
{
    if (!g->h || !len) return NULL;
    uint32_t mask = g->h->nslots - 1;
    if (!gaz_filter_has(g, h)) return NULL;
    for (uint32_t j = h & mask;; j = (j + 1) & mask) {
        const ds_gaz_slot *s = &g->slots[j];
        if (!s->key) return NULL;
        if (s->hash != h || s->key_len != len) continue;
        if (len <= 8 ? key8_eq(s->key8, key, len)
                     : s->key < g->h->pool_size && strncmp(g->pool + s->key, key, len) == 0 &&
                           !g->pool[s->key + len]) {
            if (slot_ok(g, s)) return s;
            atomic_store_explicit(&g->chk->corrupt, 1, memory_order_relaxed);
            return NULL;
        }
    }
}

/* The slot of a skeleton key, or NULL. */
static const ds_gaz_slot *gaz_lookup(const ds_gazetteer *g, const char *key, size_t len)
{
    return gaz_lookup_hashed(g, key, len, key_hash(key, len));
}

/* The slot of a skeleton key whose hash state (ds_gaz_key_more) is kh, or
 * NULL. A call, as gaz_lookup: inlined into tok_slot_compute, it made
 * tok_slot too large to be inlined itself (+0.2M instructions). */
static __attribute__((noinline)) const ds_gaz_slot *
gaz_lookup_state(const ds_gazetteer *g, const char *key, size_t len, uint64_t kh)
{
    return gaz_lookup_hashed(g, key, len, ds_gaz_key_done(kh));
}

uint32_t ds_gazetteer_find(const ds_gazetteer *gaz, const char *name, size_t len, uint32_t *ids,
                           uint32_t cap)
{
    char folded[512], key[512];
    size_t n = ds_fold(folded, sizeof folded, name, len);
    if (!gaz || n == (size_t)-1) return 0;
    size_t kl = ds_geo_key(key, sizeof key, folded, n);
    const ds_gaz_slot *s = gaz_lookup(gaz, key, kl);
    uint32_t k = 0;
    /* bit e % 512 of each stored id: a candidate whose bit is clear is none
     * of them, without the scan (long lists fill ids and then compare every
     * further candidate with all of them; with 64 bits, a half of them did
     * the scan once 32 ids were stored) */
    uint64_t stored[8] = {0};
    for (uint32_t i = 0; s && i < s->ncand; i++) {
        uint32_t e = gaz->cands[s->cand + i].entry;
        /* an id past the table (a corrupt file: see slot_ok) is left out,
         * and the place annotator answers DS_EDATA from then on */
        if (e >= gaz->nentries) {
            atomic_store_explicit(&gaz->chk->corrupt, 1, memory_order_relaxed);
            continue;
        }
        bool dup = false;
        if (stored[e / 64 % 8] >> (e % 64) & 1)
            for (uint32_t j = 0; j < k && j < cap; j++) dup |= ids[j] == e;
        if (dup) continue;
        if (k < cap) {
            ids[k] = e;
            stored[e / 64 % 8] |= (uint64_t)1 << (e % 64);
        }
        k++;
    }
    return k;
}

/* ---- annotation ----------------------------------------------------------- */

enum { MAX_NGRAM = 5, NAME_CAP = 256 };
_Static_assert((int)NAME_CAP <= (int)KEY_POWS,
               "a key part is shorter than NAME_CAP: key_pow covers it");

/* A span of tokens that names (or, with slot NULL, may name) a place. */
typedef struct raw_match {
    uint32_t sentence;
    uint32_t tok, ntok;  /* the name's tokens */
    uint32_t end_tok;    /* one past the name and its type word */
    uint32_t loose_hash; /* of the text as written */
    const ds_gaz_slot *slot;
    int8_t hint;      /* ds_feature from a type word ("Province"), -1 none */
    bool lower_inner; /* an inner token was lower case: needs an exact spelling */
    bool preposition; /* preceded by in/at/near/from/... */
    bool comma_last;  /* ", Jordan." closing a sentence: the country of what precedes */
    bool common_head; /* a common word heading a chain ("in Nice, France"): needs it */
    bool sentence_initial;
    bool after_initial_the; /* "The Bannu and Mir militias": maybe a name's start */
    bool title_before;      /* preceded by a personal title or a capitalised non-place word */
    bool cap_after;         /* followed by a capitalised word that is not a place */
    bool person;            /* reads as (part of) a personal name: see person_context */
    bool person_named;      /* after a given name, particle or title: the name marks
                             * the same word elsewhere in the document (mark_people) */
    bool name_before;       /* preceded by a capitalised word (not sentence-initial, not a place) */
    bool common_words;      /* every word is a stop word or a direction ("South East") */
    bool paren;             /* linked to its parent by "(" (ACLED "Town (District, Province)") */
    bool said_in;           /* linked by "in the Y region" (in_typed_division): the parent
                             * supports a candidate but never places a name the gazetteer
                             * rejects ("the Taliban in Herat province") */
    bool has_child;         /* qualifies the match before it ("X, Kunduz") */
    bool child_unknown;     /* that match is a name the gazetteer lacks */
    bool upper;             /* every token of the name in capitals (match_at) */
    bool numbered;          /* after "No"/"Number": "Precinct No Eleven" is no place (dropped) */
    bool quoted;            /* alone between quotation marks (quoted_name) */
    bool acronym_word;      /* a short word between acronyms (acronym_between) */
    bool compass;           /* "Tonj North County": end_tok is past a compass point and a
                             * district's type word, the place's span ends at the name */
    bool subunit;           /* end_tok is past a lower level's type word ("Dabat woreda",
                             * AREA_WORDS past AREA_PLACE_WORDS): the place's span ends at the name */
    uint32_t parent;        /* the next match in an "X, Y" / "X (Y, Z)" chain, or DS_NONE */
    uint32_t chosen;        /* resolved entry, DS_NONE when rejected */
    ds_geo_how how;
    uint32_t region_tok;       /* "northern" before a country, or DS_NONE */
    uint32_t dem_before;       /* the country (ISO code as a word) of the nearest demonym
                                * match before it in its sentence, 0 none (note_demonyms) */
    bool run_known;            /* run_from, run_to made (match_run) */
    bool r0_full;              /* resolve's first round weighed its candidates: */
    uint8_t r0_niso;           /* with this many countries of its sentence, */
    uint8_t r0_niso_prev;      /* this many of the one before, */
    uint32_t r0_nparents;      /* this many matches above it resolved (round0_note) */
    uint32_t run_from, run_to; /* exact_run of slot and loose_hash */
} raw_match;

/* ISO alpha-3 codes (char[4], NUL-padded) compared as one word. */
static bool iso_eq(const char *a, const char *b)
{
    uint32_t x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return x == y;
}

static uint32_t loose_hash_of(const char *folded, size_t n)
{
    char loose[NAME_CAP];
    size_t l = ds_geo_loose(loose, sizeof loose, folded, n);
    return ds_gaz_loose_hash(loose, l);
}

/* Joins the norms of tokens [a, b) with spaces into out; returns the length or 0. */
static size_t join_norms(char *out, size_t cap, const ds_token *tok, uint32_t a, uint32_t b)
{
    size_t o = 0;
    for (uint32_t i = a; i < b; i++) {
        size_t l = tok[i].norm_len;
        if (o + l + 2 > cap) return 0;
        if (i > a) out[o++] = ' ';
        memcpy(out + o, tok[i].norm, l);
        o += l;
    }
    out[o] = '\0';
    return o;
}

/* What the matcher keeps of a token, computed once: its key, whether it
 * is a stop word, its cue-word classes. The first four fields after key
 * say what is known (0: not yet); token_keys clears them, as one word of
 * TG_KNOWN_BYTES, and nothing else: the others are written when those say
 * so, before they are read. */
typedef struct tok_geo {
    const char *key; /* with keyed: its skeleton (arena) */
    uint32_t slot;   /* its key looked up alone (tok_slot): 0 not yet, 1 no slot, j + 2 slot j */
    uint16_t cls;    /* WC_* | WC_KNOWN; 0 not yet known */
    uint8_t stop;    /* 0 not yet known, 1 no, 2 yes */
    uint8_t keyed;   /* key, key_len and connector computed */
    uint32_t lh;     /* with slot >= 2 and a norm of at most 15 bytes: the loose hash
                      * of the token alone (ngram_loose_hash), made by tok_slot */
    uint16_t key_len;
    uint8_t connector;
} tok_geo;
enum { TG_KNOWN_BYTES = 8 };
_Static_assert(offsetof(tok_geo, keyed) + 1 - offsetof(tok_geo, slot) == TG_KNOWN_BYTES,
               "token_keys clears slot, cls, stop and keyed as one word");

/* A token's tok_geo, padded to the size of a token: the tok_geo of a token
 * pointer is then at the same byte offset in st->tg as the token in the
 * token array, without the division of a pointer difference by 24 bytes
 * (asked some 170k times per 2,000 notes). */
typedef union tok_geo_slot {
    tok_geo g;
    ds_token same_size;
} tok_geo_slot;
_Static_assert(sizeof(tok_geo_slot) == sizeof(ds_token), "tok_geo must fit in a token's size");

/* Per-document working state. */
typedef struct geo_state {
    ds_doc *doc;
    const ds_gazetteer *g;
    DS_VEC(raw_match) m;
    char (*sent_iso)[4][4];   /* per sentence: up to 4 countries named in it */
    tok_geo_slot *tg;         /* per token */
    uint64_t *kh;             /* per token, with tok_geo.keyed: its key's hash state
                               * (ds_gaz_key_more from 0; 0 for no key) */
    const ds_token *tok;      /* = doc->tokens.v */
    int round;                /* resolution round (0, 1) */
    const ds_lexicon *lex;    /* given names and titles (NULL: no person context) */
    char *keys;               /* room for further keys ... */
    size_t keys_left;         /* ... of this many bytes */
    bool oom;                 /* a key could not be stored */
    bool m_heap;              /* m.v is on the heap (match_push) */
    uint32_t named_admin1[8]; /* provinces the document names unambiguously */
    uint32_t nnamed_admin1;
    bool focus_moved;  /* the focus was set after the first round (focus_from_resolved) */
    bool large_abroad; /* a large town was taken by its size or context (home_namesakes) */
    char dl_iso3[4];   /* the dateline town's country, when not the focus ("" none) */
    uint32_t dl_block; /* the dateline's block */
    uint32_t iso_ver;  /* bumped by sent_add_iso whenever it adds a code */
    /* resolve's set of the countries of a sentence and the one before it
     * (at most 8 codes), kept while resolve stays in that sentence and no
     * code is added (sgeo_ver == iso_ver) */
    uint32_t sgeo_sent; /* the sentence, UINT32_MAX none yet */
    uint32_t sgeo_ver;
    uint32_t sgeo[16], nsgeo;
    uint64_t sgeo_mask;
    /* "the Kenya-Somalia border": the two countries of such compounds
     * (find_border_pairs), placed after the matches (emit_border_pairs) */
    struct border_part {
        ds_span span;
        uint32_t sentence, entry, tok; /* tok: the hyphenated word */
    } border[8];
    uint32_t nborder;
} geo_state;

/* A new element at the end of st->m. A document's few matches grow in its
 * arena; past MATCH_ARENA_MAX they move to the heap (freed when the stage
 * ends): in the arena a vector grows by doubling into fresh storage and
 * keeps the old, and a text of a million names (tests/cli/test_hostile.sh,
 * "IS-KP " x 1M) held 151 MB of arena for a 72 MB list, where realloc grows
 * a big block in place or by remapping it. */
enum { MATCH_ARENA_MAX = 4096 };

static raw_match *match_push(geo_state *st)
{
    if (st->m.n < MATCH_ARENA_MAX) return ds_vec_push(st->doc->arena, &st->m);
    if (st->m.n == st->m.cap) {
        if (st->m.cap > UINT32_MAX / 2) return NULL;
        uint32_t ncap = st->m.cap * 2;
        raw_match *v = realloc(st->m_heap ? st->m.v : NULL, (size_t)ncap * sizeof *v);
        if (!v) return NULL;
        if (!st->m_heap) memcpy(v, st->m.v, (size_t)st->m.n * sizeof *v);
        st->m.v = v;
        st->m.cap = ncap;
        st->m_heap = true;
    }
    return &st->m.v[st->m.n++];
}

/* Whether the token is one of data/geo_stopwords.txt (the gazetteer's stop
 * table, which stays in cache, rather than the "#word" keys). */
static bool is_stopword_slow(const ds_gazetteer *g, const ds_token *t)
{
    char loose[NAME_CAP];
    size_t l = ds_geo_loose(loose, sizeof loose, t->norm, t->norm_len);
    if (!l || l >= sizeof g->stops->word) return false;
    uint32_t h = (uint32_t)strmap_hash(loose, l) | 1u, mask = g->h->nstops - 1;
    for (uint32_t j = h & mask; g->stops[j].hash; j = (j + 1) & mask)
        if (g->stops[j].hash == h && memcmp(g->stops[j].word, loose, l + 1) == 0) return true;
    return false;
}

static inline tok_geo *tg_of(geo_state *st, const ds_token *t)
{
    return &((tok_geo_slot *)((char *)st->tg + ((const char *)t - (const char *)st->tok)))->g;
}

static unsigned tok_cls_compute(geo_state *st, tok_geo *tg, const ds_token *t)
{
    tg->cls = (uint16_t)(word_class_of(st->g, t->norm, t->norm_len, t->hash) | WC_KNOWN);
    return tg->cls;
}

/* The WC_* classes of a token, cached; asked some 50 times per note, so
 * the cached case is inline. */
static inline unsigned tok_cls(geo_state *st, const ds_token *t)
{
    tok_geo *tg = tg_of(st, t);
    return tg->cls ? tg->cls : tok_cls_compute(st, tg, t);
}

static bool is_stopword_cached(geo_state *st, const ds_token *t)
{
    tok_geo *tg = tg_of(st, t);
    if (!tg->stop) tg->stop = is_stopword_slow(st->g, t) ? 2 : 1;
    return tg->stop == 2;
}

static inline bool is_stopword(geo_state *st, const ds_token *t)
{
    unsigned c = tok_cls(st, t);
    return !(c & WC_SLOW) ? (c & WC_STOP) != 0 : is_stopword_cached(st, t);
}

/* "Avat village in X district of Y region": containment after a type word. */
static bool is_chain_word(geo_state *st, const ds_token *t)
{
    return (tok_cls(st, t) & WC_CHAIN) != 0;
}

static bool is_connector_token(geo_state *st, const ds_token *t)
{
    return (tok_cls(st, t) & WC_CONNECTOR) != 0;
}

/* Marks a token's tok_geo as nothing known yet. */
static inline void tg_forget(tok_geo_slot *p)
{
    memset(&p->g.slot, 0, TG_KNOWN_BYTES);
}

/* The tokens' tok_geo, each with nothing known yet. */
static ds_status token_keys(geo_state *st)
{
    ds_doc *doc = st->doc;
    st->tok = doc->tokens.v;
    uint32_t n = doc->tokens.n;
    tok_geo_slot *tg = ds_arena_alloc_raw(doc->arena, n * sizeof *tg);
    if (!tg) return DS_ENOMEM;
    /* not cleared: a token's is written when it is keyed, before any read */
    if (!(st->kh = ds_arena_alloc_raw(doc->arena, (size_t)n * sizeof *st->kh))) return DS_ENOMEM;
    /* only the words that say what is known (tok_geo): a third of the
     * bytes a cleared allocation writes, four tokens a step (a store each,
     * where a loop of one a step took as many instructions again) */
    tok_geo_slot *p = tg, *end = tg + n;
    for (; end - p >= 4; p += 4) {
        tg_forget(&p[0]);
        tg_forget(&p[1]);
        tg_forget(&p[2]);
        tg_forget(&p[3]);
    }
    for (; p < end; p++) tg_forget(p);
    st->tg = tg;
    return DS_OK;
}

/* A per-thread memo of the skeleton keys of words of 1 to 15 bytes (the
 * form word16 reads). ds_geo_key, ds_geo_is_connector and the word's loose
 * hash are pure functions of the word, and its key's slot a pure function
 * of the word and the gazetteer; the capitalised words of notes repeat from
 * one document to the next (places, parties, months): most tokens find them
 * here instead of encoding the word again and probing the filter and the
 * 8 MB slot table (a cache miss) for its key. Direct-mapped, overwritten on
 * a miss; exact, since an entry serves only the word it was computed for
 * (word16 is the whole word, zero-padded, and a norm holds no NUL byte), and
 * its slot only the gazetteer whose load number is gen. Thread-local (no
 * locking; the gazetteer stays immutable) and static (nothing to free).
 * 16384 entries of 64 bytes (1 MiB): the 2,000 notes measured have some
 * 6,400 distinct words keyed, and a table of 8192 lost a sixth of them to
 * collisions. */
enum { KEY_MEMO_SLOTS = 16384, KEY_MEMO_KEY = 16 };
typedef struct key_memo {
    uint64_t w0, w1;        /* the word as word16 gives it; w0 == 0: an empty entry */
    char key[KEY_MEMO_KEY]; /* its skeleton, NUL-terminated */
    uint64_t gen;           /* the gazetteer (ds_gazetteer.gen) slot is of; 0 none yet */
    uint64_t kh;            /* its key's hash state (geo_state.kh) */
    uint32_t slot;          /* with gen: tok_geo.slot of the word in that gazetteer */
    uint32_t lh;            /* with gen and slot >= 2: the word's loose hash (tok_geo.lh) */
    uint8_t key_len;
    uint8_t connector; /* ds_geo_is_connector of the word */
} key_memo;
_Static_assert(sizeof(key_memo) == 64, "key_memo: the size its comment gives");
static _Thread_local key_memo key_memos[KEY_MEMO_SLOTS];

/* The memo entry of token t's word (1 to 15 bytes), and the word as word16
 * gives it: a plain word's (hash set, doc.h) at the top bits of its
 * ds_word_hash, another's by word_hash (an entry serves only the word it
 * holds, wherever it lies). */
static inline key_memo *memo_of(const ds_token *t, uint64_t *a0, uint64_t *a1)
{
    if (t->hash) {
        word16_plain(t->norm, t->norm_len, a0, a1);
        return &key_memos[(t->hash >> 18) & (KEY_MEMO_SLOTS - 1)];
    }
    word16(t->norm, t->norm_len, a0, a1);
    uint32_t h = word_hash(*a0, *a1);
    return &key_memos[h & (KEY_MEMO_SLOTS - 1)];
}

/* Room for room bytes more in st->keys: a new arena chunk when the one in
 * use has less left; false (st->oom set) when none can be had. */
static bool keys_grow(geo_state *st, size_t room)
{
    /* a note of 300 bytes needs a few hundred. Not cleared: a key's bytes
     * are written (ds_geo_key, or a memo's key copied whole, NUL included)
     * before any is read, and the only read past a key's NUL is key8_eq's
     * word, whose bytes past the key are masked off (room: 16 bytes from a
     * key's start lie in the chunk) */
    size_t chunk = 2u * (size_t)st->doc->text_len + 64;
    if (chunk > 4096) chunk = 4096;
    if (chunk < room) chunk = room;
    if (!(st->keys = ds_arena_alloc_raw(st->doc->arena, chunk))) {
        st->keys_left = 0;
        st->oom = true;
        return false;
    }
    st->keys_left = chunk;
    return true;
}

/* tok_key_compute's end: the key (of kl bytes, at st->keys, with hash
 * state kh) is token t's. */
static inline const tok_geo *key_kept(geo_state *st, tok_geo *tg, uint32_t t, size_t kl,
                                      uint64_t kh)
{
    st->kh[t] = kh;
    tg->key = st->keys;
    tg->key_len = (uint16_t)(kl < UINT16_MAX ? kl : 0);
    st->keys += kl + 1;
    st->keys_left -= kl + 1;
    return tg;
}

/* tok_key_compute for a word the memo lacks: ds_geo_key, then a memo
 * entry (km, the word's, NULL for a word of more than 15 bytes) for it. */
static inline __attribute__((always_inline)) const tok_geo *tok_key_miss(geo_state *st, uint32_t t,
                                                                         const ds_token *tk,
                                                                         size_t need, key_memo *km,
                                                                         uint64_t a0, uint64_t a1)
{
    tok_geo *tg = &st->tg[t].g;
    size_t n = tk->norm_len;
    uint64_t kh;
    size_t kl = ds_geo_key_state(st->keys, need, tk->norm, n, &kh);
    tg->connector = ds_geo_is_connector(tk->norm, n);
    if (km && kl < KEY_MEMO_KEY) {
        km->w0 = a0;
        km->w1 = a1;
        memcpy(km->key, st->keys, KEY_MEMO_KEY); /* room was kept for it */
        km->key_len = (uint8_t)kl;
        km->connector = tg->connector;
        km->kh = kh;
        km->gen = 0;
    }
    return key_kept(st, tg, t, kl, kh);
}

/* The token's key, computed when first needed into arena chunks; a word
 * the memo has is copied from it (the usual case, kept short here).
 * Always inline into its two callers (match_at's n-gram keys,
 * tok_slot_alone_compute): as a call, each of its 16k per 2,000 notes
 * saved and restored six registers, and match_at reloaded its own state
 * after it (-0.44M instructions). */
static inline __attribute__((always_inline)) const tok_geo *tok_key_compute(geo_state *st,
                                                                            uint32_t t)
{
    tok_geo *tg = &st->tg[t].g;
    const ds_token *tk = &st->doc->tokens.v[t];
    tg->keyed = 1;
    size_t n = tk->norm_len;
    size_t need = 2u * n + 2;
    /* room for a memo's key copied whole */
    size_t room = need < KEY_MEMO_KEY ? KEY_MEMO_KEY : need;
    if (!(tk->flags & DS_TOK_WORD) || (st->keys_left < room && !keys_grow(st, room))) {
        tg->key = NULL; /* no key */
        tg->key_len = 0;
        tg->connector = 0;
        st->kh[t] = 0;
        return tg;
    }
    if (n < 1 || n > 15) return tok_key_miss(st, t, tk, need, NULL, 0, 0);
    uint64_t a0, a1;
    key_memo *km = memo_of(tk, &a0, &a1);
    if (km->w0 != a0 || km->w1 != a1) return tok_key_miss(st, t, tk, need, km, a0, a1);
    memcpy(st->keys, km->key, KEY_MEMO_KEY);
    tg->connector = km->connector;
    if (km->gen == st->g->gen) {
        tg->slot = km->slot;
        tg->lh = km->lh;
    }
    return key_kept(st, tg, t, km->key_len, km->kh);
}

/* inline: the n-grams at a token ask for the keys of the same tokens again */
static inline __attribute__((always_inline)) const tok_geo *tok_key(geo_state *st, uint32_t t)
{
    return st->tg[t].g.keyed ? &st->tg[t].g : tok_key_compute(st, t);
}

/* The slot of token t's key alone (t keyed, key_len > 0), or NULL: looked
 * up once per token, and kept in the token's memo entry for the next
 * document that has the word. With a slot, a word of at most 15 bytes gets
 * its loose hash (tok_geo.lh) too: ngram_loose_hash of it alone, for which
 * a plain word (hash set, doc.h) is its own loose form and another one is
 * made by ds_geo_loose (a word so short is neither joined nor cut).
 * Always inline, as tok_key_compute (5,400 calls per 2,000 notes). */
static inline __attribute__((always_inline)) const ds_gaz_slot *tok_slot_compute(geo_state *st,
                                                                                 uint32_t t)
{
    tok_geo *tg = &st->tg[t].g;
    const ds_gazetteer *g = st->g;
    const ds_gaz_slot *s = gaz_lookup_state(g, tg->key, tg->key_len, st->kh[t]);
    tg->slot = s ? (uint32_t)(s - g->slots) + 2 : 1;
    const ds_token *tk = &st->doc->tokens.v[t];
    size_t n = tk->norm_len;
    if (n >= 1 && n <= 15) {
        tg->lh = !s         ? 0
                 : tk->hash ? ds_gaz_loose_done(ds_gaz_loose_more(DS_GAZ_LOOSE_SEED, tk->hash))
                            : loose_hash_of(tk->norm, n);
        uint64_t a0, a1;
        key_memo *km = memo_of(tk, &a0, &a1);
        if (km->w0 == a0 && km->w1 == a1) {
            km->gen = g->gen;
            km->slot = tg->slot;
            km->lh = tg->lh;
        }
    }
    return s;
}

/* inline: most tokens find their slot known (the key memo gives it) */
static inline const ds_gaz_slot *tok_slot(geo_state *st, uint32_t t)
{
    uint32_t slot = st->tg[t].g.slot;
    if (!slot) return tok_slot_compute(st, t);
    return slot == 1 ? NULL : &st->g->slots[slot - 2];
}

/* tok_slot_alone for a token whose slot is not known yet: a word the key
 * memo has with its slot in this gazetteer takes it from there without
 * its key being copied (a key is read only to look it up, here through
 * the memo, and to make the key of an n-gram at a token, which keys each
 * of its tokens itself: tok_key, as the token is not marked keyed); any
 * other is keyed and looked up as before. */
static const ds_gaz_slot *tok_slot_alone_compute(geo_state *st, uint32_t t)
{
    tok_geo *tg = &st->tg[t].g;
    const ds_token *tk = &st->doc->tokens.v[t];
    if (!tg->keyed && (tk->flags & DS_TOK_WORD) && tk->norm_len >= 1 && tk->norm_len <= 15) {
        uint64_t a0, a1;
        const key_memo *km = memo_of(tk, &a0, &a1);
        if (km->w0 == a0 && km->w1 == a1 && km->gen == st->g->gen) {
            tg->slot = km->slot;
            tg->lh = km->lh;
            return km->slot == 1 ? NULL : &st->g->slots[km->slot - 2];
        }
    }
    const tok_geo *k = tok_key(st, t);
    if (!k->key_len || (size_t)k->key_len + 1 > NAME_CAP) return NULL;
    return tok_slot(st, t);
}

/* The slot of token t's key alone (match_at's n-gram of one token), or
 * NULL when it has none or no key (empty, or too long for NAME_CAP). A
 * known slot (tok_geo.slot > 0) was found for the token's key, which then
 * had a length from 1 to NAME_CAP - 1 (tok_slot_compute is asked only for
 * such keys, and the memo keeps a slot only from it). */
static inline const ds_gaz_slot *tok_slot_alone(geo_state *st, uint32_t t)
{
    uint32_t slot = st->tg[t].g.slot;
    if (!slot) return tok_slot_alone_compute(st, t);
    return slot == 1 ? NULL : &st->g->slots[slot - 2];
}

/* Is token a the Arabic article before token b ("Al Qamishli", "As Sweida",
 * "An Nasiriyah")? An assimilated article (ad, ar, as, ash, at, az, an)
 * doubles the consonant the next word opens with; before any other letter
 * "An", "As", "At" are English words: "An Israeli strike", "At Idlib". */
static bool leading_article(const ds_token *a, const ds_token *b)
{
    if (!ds_geo_is_article(a->norm, a->norm_len)) return false;
    return a->norm[1] == 'l' || (b->norm_len && b->norm[0] == a->norm[1]);
}

/* The loose hash of tokens [i, i+n), as loose_hash_of their
 * joined norms; false where join_norms fails. Most names are plain words:
 * their loose form is their norms joined by spaces, less a leading article
 * (ds_geo_loose), so it is hashed from the norms without building it. */
static bool ngram_loose_hash(geo_state *st, const ds_token *tok, uint32_t i, uint32_t n,
                             char text[NAME_CAP], uint32_t *lh)
{
    size_t total = 0;
    bool plain = true;
    for (uint32_t k = i; k < i + n; k++) {
        total += tok[k].norm_len + (k > i);
        plain &= !(tok_cls(st, &tok[k]) & WC_SLOW); /* [a-z0-9]{1,15}: its own loose form */
    }
    /* well inside join_norms' and ds_geo_loose's room: neither truncates */
    if (plain && total < NAME_CAP / 2) {
        uint32_t k = i;
        if (n > 1 && leading_article(&tok[i], &tok[i + 1])) k++;
        /* word after word (gazbin.h), by the tokenizer's hash of each
         * where it has one (the same word hash) */
        uint64_t h = DS_GAZ_LOOSE_SEED;
        for (; k < i + n; k++)
            h = ds_gaz_loose_more(h, tok[k].hash ? tok[k].hash
                                                 : strmap_word_hash(tok[k].norm, tok[k].norm_len));
        *lh = ds_gaz_loose_done(h);
        return true;
    }
    size_t tl = join_norms(text, NAME_CAP, tok, i, i + n);
    if (!tl) return false;
    *lh = loose_hash_of(text, tl);
    return true;
}

/* An area word that may be capitalised in a name ("Swat Valley", "Kabul
 * Bazaar"): the first of AREA_WORDS. The lower levels' type words after
 * them are so only in lower case ("Commune III" is Bamako's, "Camp David"
 * no camp). */
static bool place_area_word(const ds_token *t)
{
    for (size_t k = 0; k < AREA_PLACE_WORDS; k++)
        if (t->norm_len == strlen(AREA_WORDS[k]) && !memcmp(t->norm, AREA_WORDS[k], t->norm_len))
            return true;
    return false;
}

/* The feature a type word after a name asks for ("Province"), or -1; sets
 * *area for the words that make a place of unknown name ("Sayad area"). */
static inline __attribute__((always_inline)) int tok_type(geo_state *st, const ds_token *t,
                                                          bool *area)
{
    unsigned c = tok_cls(st, t);
    if (area) *area = (c & WC_AREA) != 0 && (!(t->flags & DS_TOK_CAP) || place_area_word(t));
    /* "Sultan Murad Division", "Hamza Division": a capitalised "Division"
     * ends an armed faction's name (Syria's), not a province's */
    if ((c & WC_ADMIN1) && (t->flags & DS_TOK_CAP) &&
        ((t->norm_len == 8 && !memcmp(t->norm, "division", 8)) ||
         (t->norm_len == 10 && !memcmp(t->norm, "department", 10))))
        return -1;
    return c & WC_ADMIN1   ? DS_FEAT_ADMIN1
           : c & WC_ADMIN2 ? DS_FEAT_ADMIN2
           : c & WC_CITY   ? DS_FEAT_CITY
                           : -1;
}

/* A second type word in lower case after a name's first ("Latti block
 * area", "Kawa village tract"): 1 if token k is one, else 0. */
static inline uint32_t area_word_at(geo_state *st, const ds_token *tok, uint32_t k, uint32_t end)
{
    if (k >= end || !(tok[k].flags & DS_TOK_WORD) || (tok[k].flags & (DS_TOK_CAP | DS_TOK_UPPER)))
        return 0;
    bool area = false;
    return tok_type(st, &tok[k], &area) >= 0 || area ? 1 : 0;
}

/* A plural type word of provinces types every name of its list: "the
 * Diffa and Tillaberi regions", "the Kaduna, Katsina and Zamfara states"
 * name provinces, not the towns of their names. m: the last name, its hint
 * just set; the matches before it joined by "and", "or" or a comma take the
 * hint when they have none. (Not districts: "in Bayhan and Ain districts
 * (Shabwah)" is coded at the first district's town.) */
__attribute__((noinline)) static void hint_listed(geo_state *st, const ds_token *tok,
                                                  const raw_match *m)
{
    uint32_t at = m->tok;
    for (size_t k = st->m.n; k-- > 0;) {
        raw_match *pm = &st->m.v[k];
        if (pm->sentence != m->sentence || at < 1 || pm->end_tok != at - 1) return;
        const ds_token *j = &tok[at - 1];
        bool joined = (j->norm_len == 1 && j->norm[0] == ',') ||
                      (j->norm_len == 3 && !memcmp(j->norm, "and", 3)) ||
                      (j->norm_len == 2 && !memcmp(j->norm, "or", 2));
        if (!joined || pm->hint >= 0) return;
        pm->hint = m->hint;
        at = pm->tok;
    }
}

/* An article glued to a capitalised name: "al-Qamishli", "ad-Dawr", "ash-Shaddadi". */
static bool glued_article_name(const geo_state *st, const ds_token *t)
{
    size_t al = t->norm[2] == '-' ? 2 : t->norm[3] == '-' ? 3 : 0;
    if (!al || (al == 3 && memcmp(t->norm, "ash", 3) != 0) || !ds_geo_is_connector(t->norm, al))
        return false;
    if (t->span.start + al + 1 >= t->span.end) return false;
    char c = st->doc->text[t->span.start + al + 1];
    return c >= 'A' && c <= 'Z';
}

/* Capitalised for a place name: "Kabul", "KABUL", "al-Qamishli". Inline:
 * asked for every token of every sentence. */
static inline bool cap_name(const geo_state *st, const ds_token *t)
{
    if (t->flags & (DS_TOK_CAP | DS_TOK_UPPER)) return true;
    /* a plain word (hash set, doc.h: [a-z0-9] only) has no hyphen: most
     * lower-case words are told without reading their norm */
    if (t->hash || !(t->flags & DS_TOK_WORD) || t->norm_len < 3) return false;
    /* "Côte d'Ivoire", "Département de l'Ouest": an elided article before a capital */
    if (t->norm[1] == '\'' && (t->norm[0] == 'd' || t->norm[0] == 'l')) {
        const unsigned char *w = (const unsigned char *)st->doc->text + t->span.start + 1;
        size_t ap = w[0] == '\'' ? 1 : (w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0x99) ? 3 : 0;
        return ap && t->span.end - t->span.start > ap + 1 && w[ap] >= 'A' && w[ap] <= 'Z';
    }
    if (t->norm_len < 4) return false;
    /* the article's hyphen is its 3rd or 4th byte */
    return (t->norm[2] == '-' || t->norm[3] == '-') && glued_article_name(st, t);
}

/* Whether "Islamic State" (a dash after it or not) ends right before
 * token i (sentence's tokens from first): the name of one of its
 * provinces follows. */
static bool group_province(const ds_token *tok, uint32_t first, uint32_t i)
{
    uint32_t k = i;
    if (k > first && (tok[k - 1].flags & DS_TOK_PUNCT) && tok[k - 1].norm_len <= 3 &&
        tok[k - 1].span.end - tok[k - 1].span.start <= 3 &&
        (tok[k - 1].norm[0] == '-' || (unsigned char)tok[k - 1].norm[0] == 0xE2))
        k--; /* a hyphen or a dash (–, —) */
    return k >= first + 2 && tok[k - 1].norm_len == 5 && !memcmp(tok[k - 1].norm, "state", 5) &&
           tok[k - 2].norm_len == 7 && !memcmp(tok[k - 2].norm, "islamic", 7);
}

/* "County" or "District" (any case): the type words a compass point may
 * come before. Tested on a few bytes: asked after every match. */
static inline bool county_word(const ds_token *t)
{
    return (t->norm_len == 6 && !memcmp(t->norm, "county", 6)) ||
           (t->norm_len == 8 && !memcmp(t->norm, "district", 8));
}

/* A compass point that may end a district's name: "North", "Centre"
 * ("Tonj North", "Rumbek Centre"). */
static bool compass_point(geo_state *st, const ds_token *t)
{
    if (t->norm_len == 6 && (!memcmp(t->norm, "centre", 6) || !memcmp(t->norm, "center", 6)))
        return true;
    return (tok_cls(st, t) & WC_DIRECTION) != 0;
}

/* Nigeria's "Local Government Area" after a name: a district (3 tokens).
 * Inline: tested after every capitalised run, nearly always false at once. */
static inline bool lga_at(const ds_token *tok, uint32_t j, uint32_t end)
{
    return j + 2 < end && tok[j].norm_len == 5 && !memcmp(tok[j].norm, "local", 5) &&
           tok[j + 1].norm_len == 10 && !memcmp(tok[j + 1].norm, "government", 10) &&
           tok[j + 2].norm_len == 4 && !memcmp(tok[j + 2].norm, "area", 4);
}

/* Does "Local Government Area" start at one of tokens (i, i + n)? */
static bool lga_inside(const ds_token *tok, uint32_t i, uint32_t n, uint32_t end)
{
    for (uint32_t q = 1; q < n; q++)
        if (lga_at(tok, i + q, end)) return true;
    return false;
}

/* Does the type word of a match ending at token e name a Nigerian
 * district: "Local Government Area" or "LGA" before e? */
static bool lga_word(const ds_token *tok, uint32_t e)
{
    const ds_token *t = &tok[e - 1];
    return (t->norm_len == 3 && !memcmp(t->norm, "lga", 3)) ||
           (e >= 3 && t->norm_len == 4 && !memcmp(t->norm, "area", 4) &&
            tok[e - 2].norm_len == 10 && !memcmp(tok[e - 2].norm, "government", 10));
}

/* The countries whose provinces English reporting calls by a type word
 * that few others use: "Punjab state" is India's (Pakistan's is a
 * province), "Amazonas department" Colombia's (Brazil's is a state),
 * "Bolivar state" Venezuela's, "Cordoba department" Colombia's (not
 * Argentina's province). Space-separated ISO codes, or NULL for a match
 * without such a word; read only for a match with a type word. */
static const char *type_word_countries(const ds_token *tok, const raw_match *m)
{
    static const struct {
        uint8_t len;
        const char *word, *isos;
    } T[] = {
        {5, "state", "IND NGA MEX USA SDN SSD MMR BRA VEN MYS AUS DEU ETH SOM ERI"},
        {6, "states", "IND NGA MEX USA SDN SSD MMR BRA VEN MYS AUS DEU ETH SOM ERI"},
        {10, "department", "COL BOL PRY URY GTM HND SLV NIC HTI BEN FRA NER SEN TCD CMR CIV PER"},
        {11, "governorate", "SYR IRQ YEM EGY JOR LBN TUN OMN KWT BHR PSE LBY"},
        {6, "oblast", "UKR RUS KAZ KGZ BLR BGR"},
        {10, "prefecture", "CAF GIN TGO JPN"},
    };
    if (m->hint < 0 || m->end_tok <= m->tok + m->ntok) return NULL;
    const ds_token *t = &tok[m->end_tok - 1];
    for (size_t k = 0; k < sizeof T / sizeof *T; k++)
        if (t->norm_len == T[k].len && !memcmp(t->norm, T[k].word, T[k].len)) return T[k].isos;
    return NULL;
}

/* Is the ISO code iso3 among the space-separated codes of list? */
static bool iso_listed(const char *list, const char *iso3)
{
    for (const char *q = list; *q; q += q[3] ? 4 : 3)
        if (!memcmp(q, iso3, 3)) return true;
    return false;
}

/* Whether the common word at token i heads a chain after "in": "in Nice,
 * France" (see match_at), or ends one in brackets: "(Oyam, Northern)",
 * "(Mfantsiman, Central)", ACLED's chains whose province is Uganda's,
 * Ghana's or Sri Lanka's Northern, Central or Western region. */
static inline int common_head_at(const ds_token *tok, uint32_t i, uint32_t end)
{
    if (i >= 2 && i + 1 < end && tok[i + 1].norm_len == 1 && tok[i + 1].norm[0] == ')' &&
        tok[i - 1].norm_len == 1 && tok[i - 1].norm[0] == ',' && (tok[i - 2].flags & DS_TOK_CAP))
        return 2; /* the tail: placed by the names before it (acceptable) */
    return i > 0 && i + 2 < end && tok[i - 1].norm_len == 2 && !memcmp(tok[i - 1].norm, "in", 2) &&
           tok[i + 1].norm[0] == ',' && (tok[i + 1].flags & DS_TOK_PUNCT) &&
           (tok[i + 2].flags & DS_TOK_CAP);
}

/* "Frankfurt (Oder)", "Halle (Saale)", "Frankfurt/Oder": a town that
 * GeoNames names with a qualifier in brackets, written so (or after a
 * slash), is that town and not its namesake ("Frankfurt" alone is the one
 * on the Main). Only when the qualifier is one capitalised word and the
 * whole is a name spelt as the data has it, with its bracket; m then spans the qualifier
 * (and its bracket). Asked only when "(" or "/" follows a match. */
static void paren_qualified(geo_state *st, const ds_token *tok, uint32_t end, raw_match *m)
{
    uint32_t o = m->tok + m->ntok;
    bool paren = tok[o].norm[0] == '(';
    if (!m->slot || o + 1 + paren >= end || tok[o + 1].norm_len < 3 ||
        (paren && (tok[o + 2].norm_len != 1 || tok[o + 2].norm[0] != ')')) ||
        !(tok[o + 1].flags & DS_TOK_CAP) || !(tok[o + 1].flags & DS_TOK_WORD))
        return;
    const tok_geo *q = tok_key(st, o + 1);
    size_t kl = m->slot->key_len;
    char key[NAME_CAP], text[NAME_CAP];
    if (!q->key_len || kl + q->key_len + 1 > sizeof key) return;
    memcpy(key, st->g->pool + m->slot->key, kl);
    memcpy(key + kl, q->key, q->key_len);
    const ds_gaz_slot *s = gaz_lookup(st->g, key, kl + q->key_len);
    size_t tl = s ? join_norms(text, sizeof text, tok, m->tok, o + 2 + paren) : 0;
    if (!tl) return;
    uint32_t lh = loose_hash_of(text, tl);
    /* (the data's name has the bracket: "New Orleans (Louisiana)" is the
     * town and its state, an ACLED chain) */
    for (uint32_t c = 0; c < s->ncand; c++)
        if (st->g->cands[s->cand + c].loose_hash == lh &&
            strchr(st->g->pool + entry_of(st->g, st->g->cands[s->cand + c].entry)->name, '(')) {
            m->slot = s;
            m->loose_hash = lh;
            m->ntok += 2 + paren;
            m->end_tok = m->tok + m->ntok;
            return;
        }
}

/* Finds the longest n-gram at token i (of a sentence ending before end)
 * that the gazetteer knows; fills m and returns true. Token i is a word
 * and cap_name (collect, the caller, tests it before). */
static bool match_at(geo_state *st, const ds_token *tok, uint32_t i, uint32_t end, raw_match *m)
{
    const ds_gazetteer *g = st->g;
    char text[NAME_CAP], key[NAME_CAP];
    uint32_t maxn = end - i < MAX_NGRAM ? end - i : MAX_NGRAM;
    bool lower = false;
    /* The run of word tokens usable in a name after token i (a word), and
     * which of them can end an n-gram of more than one token (capitalised,
     * not a connector): bit n - 1 of ends for the n-gram of n tokens. One
     * pass; the loop below tried every n of the run and tested each last
     * token there (the same tests, so the same n-grams are tried). */
    uint32_t ends = 0;
    const ds_token *t = &tok[i + 1];
    for (uint32_t q = 1; q < maxn && (t->flags & DS_TOK_WORD); q++, t++)
        if (cap_name(st, t) && !is_connector_token(st, t)) ends |= 1u << q;
    /* The key of an n-gram of n > 1 tokens is its tokens' keys, connectors
     * after the first and a leading article dropped ("El Fasher": the
     * names' keys drop it), so that of a shorter one at i is a prefix of a
     * longer one's: its parts, their length and the hash of the key so far
     * (its state, ds_gaz_key_more, joined part after part) are made token by token, once, as
     * far as the longest n-gram tried (the last of ends), before any is
     * looked up: pre_*[q] for the n-gram of q + 1 tokens, the first nfit of
     * which fit (a part with no key, or a key with no room, ends them). */
    const tok_geo *part[MAX_NGRAM]; /* the tokens whose keys make it ... */
    uint32_t part_tok[MAX_NGRAM];   /* ... and their indexes */
    uint64_t pre_h[MAX_NGRAM];      /* the hash state of the key so far */
    uint32_t pre_kl[MAX_NGRAM];     /* its length */
    uint32_t pre_nparts[MAX_NGRAM]; /* part[0, nparts) */
    bool pre_lower[MAX_NGRAM];      /* a token after the first is lower case (not a
                                     * connector of other than 3 bytes: "Salah al Din") */
    uint32_t nmax = ends ? 32 - (uint32_t)__builtin_clz(ends) : 1, nfit = 0;
    if (nmax > 1) {
        uint64_t h = 0;
        uint32_t kl = 0, nparts = 0;
        bool low = false;
        for (; nfit < nmax; nfit++) {
            uint32_t q = nfit, k = i + q;
            const tok_geo *tg = tok_key(st, k);
            if (q > 0)
                low |= !(tok[k].flags & (DS_TOK_CAP | DS_TOK_UPPER)) &&
                       !(tg->connector && tok[k].norm_len != 3);
            if (!(q > 0 ? tg->connector : tg->connector && leading_article(&tok[k], &tok[k + 1]))) {
                if (!tg->key_len || kl + tg->key_len + 1 > sizeof key) break;
                part_tok[nparts] = k;
                part[nparts++] = tg;
                kl += tg->key_len;
                /* joined to the key's hash state (gazbin.h) */
                h = h * g->key_pow[tg->key_len] + st->kh[k];
            }
            pre_h[q] = h;
            pre_kl[q] = kl;
            pre_nparts[q] = nparts;
            pre_lower[q] = low;
        }
    }
    /* bit n - 1 for each n to try, longest first: the n-grams of more than
     * one token that ends allows and whose keys fit, and the token alone */
    uint32_t tries = (ends & ((1u << nfit) - 1)) | 1u;
    while (tries) {
        uint32_t n = 32 - (uint32_t)__builtin_clz(tries);
        tries ^= 1u << (n - 1);
        const ds_token *last = &tok[i + n - 1];
        /* the inner tokens: after the first, before the last */
        lower = n > 2 && pre_lower[n - 2];
        /* a common word is no place, unless written as the head of a chain
         * after "in": "in Nice, France", "in Mobile, Alabama" (then only the
         * chain can support it: see acceptable) */
        bool common_head = false;
        int common = 0;
        if (n == 1 && is_stopword(st, &tok[i])) {
            common = common_head_at(tok, i, end);
            if (!common) return false;
            common_head = common == 1;
        }
        const ds_gaz_slot *s;
        if (n == 1) { /* a single token's key: looked up once (tok_slot) */
            s = tok_slot_alone(st, i);
        } else if (!pre_kl[n - 1]) {
            continue;
        } else if (pre_nparts[n - 1] == 1) {
            s = tok_slot(st, part_tok[0]);
        } else {
            /* the hash of the joined keys (= key_hash of the whole); most
             * such n-grams are no key, which the filter tells before the key
             * is assembled */
            uint32_t kh = ds_gaz_key_done(pre_h[n - 1]);
            if (!gaz_filter_has(g, kh)) continue;
            size_t o = 0;
            for (uint32_t q = 0; q < pre_nparts[n - 1]; q++) {
                memcpy(key + o, part[q]->key, part[q]->key_len);
                o += part[q]->key_len;
            }
            s = gaz_lookup_hashed(g, key, o, kh);
        }
        if (!s || !s->ncand) continue;
        /* a name ends before Nigeria's "Local Government Area", whatever
         * its case: "in Guma Local Government Area" was "Guma Local", some
         * village's skeleton, then nothing (tested once a key is found:
         * most n-grams have none) */
        if (n > 1 && lga_inside(tok, i, n, end)) continue;
        uint32_t lh;
        if (n == 1 && tok[i].norm_len <= 15) /* s = tok_slot(st, i), which made it */
            lh = st->tg[i].g.lh;
        else if (!ngram_loose_hash(st, tok, i, n, text, &lh))
            continue;
        /* "Bannu and Mir": lower-case inner words only in an exact name; a
         * name opened by a function word ("In Salah") too, else "In Iraq, ..."
         * at a sentence start matches some village's skeleton and hides Iraq */
        /* ... and a name ending in a type word ("Quezon City") only as
         * spelt, else "Kabul City" takes some village's skeleton and hides
         * Kabul */
        if (lower || (n > 1 && is_stopword(st, &tok[i])) ||
            (n > 1 && tok_type(st, last, NULL) >= 0)) {
            bool exact = false;
            for (uint32_t c = 0; c < s->ncand && !exact; c++)
                exact = g->cands[s->cand + c].loose_hash == lh;
            if (!exact) continue;
        }
        memset(m, 0, sizeof *m);
        if (n == 1) {
            /* (most names): the token is a stop word exactly when it heads
             * a chain here (tested above) */
            m->common_words = common || (tok_cls(st, &tok[i]) & (WC_DIRECTION | WC_CONNECTOR));
            m->upper = (tok[i].flags & DS_TOK_UPPER) != 0;
        } else {
            m->common_words = true;
            m->upper = true;
            for (uint32_t k = i; k < i + n; k++) {
                m->common_words &= is_stopword(st, &tok[k]) ||
                                   (tok_cls(st, &tok[k]) & (WC_DIRECTION | WC_CONNECTOR)) != 0;
                m->upper &= (tok[k].flags & DS_TOK_UPPER) != 0;
            }
        }
        m->tok = i;
        m->ntok = n;
        m->end_tok = i + n;
        m->slot = s;
        m->lower_inner = lower;
        m->common_head = common_head;
        m->loose_hash = lh;
        m->hint = -1;
        return true;
    }
    return false;
}

static void sent_add_iso(geo_state *st, uint32_t s, const char *iso3)
{
    if (!st->sent_iso || !iso3[0]) return;
    for (int k = 0; k < 4; k++) {
        if (iso_eq(st->sent_iso[s][k], iso3)) return;
        if (!st->sent_iso[s][k][0]) {
            memcpy(st->sent_iso[s][k], iso3, 4);
            st->iso_ver++;
            return;
        }
    }
}

/* The run of records of v[0, n) (sorted by their key, loose_hash) whose
 * key is key: [*from, *to). */
static void key_run(const ds_gaz_by_hash *v, uint32_t n, uint32_t key, uint32_t *from, uint32_t *to)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (v[mid].loose_hash < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* in a local: stores through to might change v for all the compiler knows */
    uint32_t end = lo;
    while (end < n && v[end].loose_hash == key) end++;
    *from = lo;
    *to = end;
}

/* The run of candidates of slot s spelt with loose hash lh, as positions
 * in by_hash order: [*from, *to). */
static void exact_run(const ds_gazetteer *g, const ds_gaz_slot *s, uint32_t lh, uint32_t *from,
                      uint32_t *to)
{
    key_run(&g->by_hash[s->cand], s->ncand, lh, from, to);
}

/* m's exact run (exact_run of its slot and its loose hash, which stay as
 * collect found them), searched for once: note_matches, both rounds of
 * resolve and lone_seat_country ask for it again. */
static void match_run(const ds_gazetteer *g, raw_match *m, uint32_t *from, uint32_t *to)
{
    if (!m->run_known) {
        exact_run(g, m->slot, m->loose_hash, &m->run_from, &m->run_to);
        m->run_known = true;
    }
    *from = m->run_from;
    *to = m->run_to;
}

/* The candidate of m that is a country named exactly, or UINT32_MAX. */
static uint32_t country_cand(const geo_state *st, raw_match *m, bool demonym_too)
{
    if (!m->slot) return UINT32_MAX;
    uint32_t want = 1u << DS_FEAT_COUNTRY | (demonym_too ? 1u << DS_FEAT_DEMONYM : 0);
    if (!(m->slot->features & want)) return UINT32_MAX;
    uint32_t found = UINT32_MAX;
    /* only candidates spelt exactly can qualify: in a long list ("Afghan"
     * also names villages) their by_hash run, which keeps list order */
    uint32_t from = 0, to = m->slot->ncand;
    bool run = to > 8;
    if (run) match_run(st->g, m, &from, &to);
    for (uint32_t it = from; it < to; it++) {
        uint32_t i = run ? by_hash_pos(st->g, m->slot, it) : it;
        const ds_gaz_cand *c = &st->g->cands[m->slot->cand + i];
        if ((c->feature == DS_FEAT_COUNTRY || (demonym_too && c->feature == DS_FEAT_DEMONYM)) &&
            c->loose_hash == m->loose_hash) {
            /* "Congo" names two countries: the context decides, not the name */
            if (found != UINT32_MAX && !iso_eq(entry_of(st->g, found)->iso3, c->iso3))
                return UINT32_MAX;
            if (found == UINT32_MAX) found = c->entry;
        }
    }
    return found;
}

/* True when the folded token is a given name of the lexicon ("Ahmed", "Abu").
 * A plain word (hash set, doc.h: [a-z0-9]+) is its own ds_lex_key (each
 * byte a unit byte, copied as it is), so it is looked up as it stands.
 * Always inline into person_context, its caller (-15k instructions). */
static inline __attribute__((always_inline)) bool given_name(const geo_state *st, const ds_token *t)
{
    char key[64];
    if (!st->lex || !(t->flags & DS_TOK_WORD) || t->norm_len >= sizeof key) return false;
    if (t->hash) return (ds_lexicon_word_flags(st->lex, t) & DS_LEXT_GIVEN) != 0;
    size_t kl = ds_lex_key(key, sizeof key, t->norm, t->norm_len);
    return kl != (size_t)-1 && kl > 0 && ds_lexicon_given_name(st->lex, key, kl);
}

/* True when the folded token is a title or role noun of the lexicon
 * ("commander", "spokesman", "emir"). */
static bool title_word(const geo_state *st, const ds_token *t)
{
    char key[64];
    bool keep;
    if (!st->lex || !(t->flags & DS_TOK_WORD) || t->norm_len >= sizeof key) return false;
    if (t->hash) /* its own key, as in given_name; no title when its unit starts none */
        return (ds_lexicon_word_flags(st->lex, t) & DS_LEXT_TITLE) &&
               ds_lexicon_title(st->lex, t->norm, t->norm_len, &keep, NULL) != DS_TITLE_NONE;
    size_t kl = ds_lex_key(key, sizeof key, t->norm, t->norm_len);
    return kl != (size_t)-1 && kl > 0 &&
           ds_lexicon_title(st->lex, key, kl, &keep, NULL) != DS_TITLE_NONE;
}

/* Whether the name of m (no type word after it) reads as a person's:
 * after a capitalised given name or a particle ("Ahmed Farah", "Abu Farah",
 * "Iyad Ag Ghali": also sentence-initially, where name_before does not
 * look), before a verb of speech ("Farah said"), or before an apposition
 * with a role or an age ("Farah, a commander, ...", "Farah, 35, ...").
 * Sets m->person, and m->person_named when a name or title precedes. Called
 * for matches only: a few probes each. */
static inline __attribute__((always_inline)) void
person_context(geo_state *st, const ds_token *tok, uint32_t first, uint32_t end, raw_match *m)
{
    uint32_t i = m->tok, a = m->end_tok;
    /* after a comma, dash or preposition the name is rather in a list or a
     * chain ("in Tlaxco, Tlaxcala, the director of ...", "PDF - Nattalin") */
    bool listed = m->preposition;
    if (i > first) {
        const ds_token *p = &tok[i - 1];
        unsigned pc = tok_cls(st, p);
        if (pc & WC_PARTICLE) {
            m->person = m->person_named = i - 1 > first && (tok[i - 2].flags & DS_TOK_CAP);
        } else if ((p->flags & DS_TOK_WORD) && (p->flags & DS_TOK_CAP) &&
                   !(p->flags & DS_TOK_UPPER) && given_name(st, p)) {
            m->person = m->person_named = true;
        }
        if (m->title_before) m->person_named = true;
        /* "Commander Jalil Farah", "Hafiz Saeed Khan": a title or given name
         * a word or two before, over capitalised words */
        for (uint32_t b = i - 1; !m->person_named && b > first && b + 3 > i; b--) {
            const ds_token *w = &tok[b];
            if (!(w->flags & DS_TOK_WORD) || !(w->flags & DS_TOK_CAP) || is_stopword(st, w)) break;
            const ds_token *q = &tok[b - 1];
            m->person_named =
                (q->flags & DS_TOK_CAP) && ((tok_cls(st, q) & WC_TITLE) || given_name(st, q));
        }
        listed |= (p->flags & DS_TOK_PUNCT) != 0;
    }
    if (m->person || listed || a >= end) return;
    const ds_token *n = &tok[a];
    if ((n->flags & DS_TOK_WORD) && !(n->flags & DS_TOK_CAP)) {
        m->person = (tok_cls(st, n) & WC_SPEECH) != 0;
        return;
    }
    if (!(n->flags & DS_TOK_PUNCT) || n->norm[0] != ',' || a + 1 >= end) return;
    const ds_token *x = &tok[a + 1];
    if ((x->flags & DS_TOK_NUMBER) && a + 2 < end && (tok[a + 2].flags & DS_TOK_PUNCT) &&
        tok[a + 2].norm[0] == ',') {
        m->person = true; /* "Farah, 35, was ..." */
        return;
    }
    /* ", a senior commander", ", the group's spokesman": a role within a few words */
    for (uint32_t k = a + 1; k < end && k < a + 6 && !m->person; k++) {
        x = &tok[k];
        if (x->flags & DS_TOK_PUNCT) {
            if (x->norm[0] == '\'') continue;
            break;
        }
        if (!(x->flags & DS_TOK_WORD) || (x->flags & DS_TOK_CAP)) break;
        m->person = title_word(st, x);
    }
}

/* A word named as a person's somewhere in the document ("Ahmed Farah",
 * "Commander Farah") is that person's wherever it stands alone ("Farah
 * surrendered"): marks every single-word match spelt the same, unless a
 * locative preposition says it is a place there ("clashes in Farah"). */
static void mark_people(geo_state *st)
{
    uint32_t named[64], nnamed = 0;
    for (uint32_t k = 0; k < st->m.n && nnamed < 64; k++) {
        const raw_match *m = &st->m.v[k];
        if (m->person_named && m->ntok == 1 && m->slot) named[nnamed++] = m->loose_hash;
    }
    if (!nnamed) return;
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        if (m->ntok != 1 || m->hint >= 0 || m->end_tok != m->tok + 1 || m->common_words) continue;
        if (m->tok > 0 && (tok_cls(st, &st->doc->tokens.v[m->tok - 1]) & WC_LOCATIVE)) continue;
        for (uint32_t q = 0; q < nnamed && !m->person; q++) m->person = named[q] == m->loose_hash;
    }
}

/* Marks the matches that name an actor, not a place (m->person), in one
 * walk over them:
 * - one word the actor lexicon names, with no locative before it ("when
 *   FAMa and Wagner killed": not Fama or Wagner in Brazil);
 * - "Zaire militiamen killed five people at a camp in Djugu territory": a
 *   name opening its sentence before a word for armed men names their
 *   group (the Zaire militia of Ituri, not Angola's Zaire province) when
 *   the sentence places its action elsewhere, after a locative ("in
 *   Djugu"); alone ("Tigray fighters advanced") it stays the place they
 *   come from. */
static void mark_group_names(geo_state *st)
{
    static const char *const men[] = {"militiamen", "militia",    "militias",   "fighters",
                                      "rebels",     "gunmen",     "insurgents", "combatants",
                                      "youths",     "vigilantes", NULL};
    const ds_token *tok = st->doc->tokens.v;
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        /* one word that names an actor, with no locative before it and
         * no chain: the actor ("when FAMa and Wagner killed": not Fama or
         * Wagner, Brazil; "in Wagner" stays a place); never a country's
         * name ("Mali's junta", and never_resolves keeps those anyway) */
        /* (the cached tests first: most matches follow a locative) */
        if (m->ntok == 1 && m->slot && m->parent == DS_NONE && !m->has_child && !m->person &&
            !(m->slot->features & (1u << DS_FEAT_COUNTRY | 1u << DS_FEAT_DEMONYM)) &&
            !(m->tok > 0 && (tok_cls(st, &tok[m->tok - 1]) & WC_LOCATIVE)) && st->lex &&
            tok[m->tok].hash &&
            (ds_lexicon_word_flags(st->lex, &tok[m->tok]) & (DS_LEXT_NAME | DS_LEXT_NATION)) ==
                DS_LEXT_NAME)
            m->person = true;
        if (!m->sentence_initial || !m->slot || m->hint >= 0 || m->end_tok != m->tok + m->ntok ||
            m->end_tok >= st->doc->tokens.n || m->parent != DS_NONE)
            continue;
        const ds_token *w = &tok[m->end_tok];
        if (w->flags & DS_TOK_CAP) continue;
        bool group = false;
        for (size_t q = 0; men[q] && !group; q++)
            group = w->norm_len == strlen(men[q]) && !memcmp(w->norm, men[q], w->norm_len);
        if (!group) continue;
        for (uint32_t j = k + 1; j < st->m.n && st->m.v[j].sentence == m->sentence; j++)
            if (st->m.v[j].preposition && st->m.v[j].slot) {
                m->person = true; /* an actor's name: see never_resolves */
                break;
            }
    }
}

/* Is p a past attack verb whose object is where the attack was, as "in"
 * would say: "Rockets hit Nahariya", "Gunmen attacked Kiryat Shmona",
 * "rebels stormed Bunia" (GeoNames' Qiryat Shemona, a spelling that needs a
 * preposition)? Lower case, 3 to 9 letters; persons and groups after such
 * verbs are marked apart (m->person, mark_group_names). */
static bool attack_object(const ds_token *p)
{
    /* (by length, from 3 to 9 letters: no strlen per call) */
    static const char *const verbs[7][3] = {{"hit"},
                                            {NULL},
                                            {NULL},
                                            {"raided", "bombed", "struck"},
                                            {"stormed", "shelled", "overran"},
                                            {"attacked", "targeted", "besieged"},
                                            {"bombarded"}};
    uint32_t n = p->norm_len;
    if (n < 3 || n > 9 || (p->flags & DS_TOK_CAP) || !(p->flags & DS_TOK_WORD)) return false;
    char last = p->norm[n - 1];
    if (last != 'd' && last != 't' && last != 'n' && last != 'k') return false;
    for (size_t k = 0; k < 3 && verbs[n - 3][k]; k++)
        if (!memcmp(verbs[n - 3][k], p->norm, n)) return true;
    return false;
}

/* Is token p a word for a ship, or a ship's prefix, that names the ship
 * after it ("the cargo ship Sofia", "the tanker Tripoli", "MV Rubymar")?
 * Its name is no place (Bulgaria's capital had been the event's place). */
static bool vessel_before(const ds_token *p)
{
    static const char *const words[] = {"ship",     "vessel",    "tanker",  "freighter", "ferry",
                                        "frigate",  "carrier",   "trawler", "dhow",      "yacht",
                                        "corvette", "destroyer", "mv",      "mt",        NULL};
    uint32_t n = p->norm_len;
    if (n < 2 || n > 9 || !(p->flags & DS_TOK_WORD)) return false;
    /* ("MV", "MT" only in capitals; the nouns in lower case) */
    if ((n == 2) != ((p->flags & DS_TOK_UPPER) != 0)) return false;
    if (n > 2 && (p->flags & DS_TOK_CAP)) return false;
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == n && !memcmp(words[k], p->norm, n)) return true;
    return false;
}

/* Is token t a month's three-letter abbreviation ("Mar", "Jun", "Sept")? */
static bool month_abbrev(const ds_token *t)
{
    static const char months[] = "jan feb mar apr may jun jul aug sep sept oct nov dec ";
    if (t->norm_len < 3 || t->norm_len > 5) return false;
    size_t n = t->norm_len;
    if (t->norm[n - 1] == '.') n--; /* "Mar." */
    for (const char *m = months; *m;) {
        const char *sp = strchr(m, ' ');
        if ((size_t)(sp - m) == n && !memcmp(m, t->norm, n)) return true;
        m = sp + 1;
    }
    return false;
}

/* Is t an Arabic article joined to a capitalised name ("al-Tabbaneh",
 * "el-Balah")? After a name, it continues it: "Bab al-Tabbaneh" is a
 * quarter of Tripoli, not Syria's Al Bab. */
static bool article_name(const char *text, const ds_token *t)
{
    const char *h = memchr(t->norm, '-', t->norm_len);
    if (!h || h == t->norm || (size_t)(h - t->norm) > 3 ||
        !ds_geo_is_article(t->norm, (size_t)(h - t->norm)))
        return false;
    char c = text[t->span.start + (uint32_t)(h - t->norm) + 1];
    return c >= 'A' && c <= 'Z';
}

/* Do the tokens from e on name a camp for people who fled, after the name
 * of the town it stands by: "Kakuma Refugee Camp", "Dadaab Refugee
 * Complex", "Bidi Bidi Refugee Settlement", "Zamzam Camp"? Such a name is
 * placed at its town (ACLED's location is the camp), not a longer name the
 * gazetteer lacks. Asked only when a capitalised word follows a name. */
static bool camp_after(const ds_token *tok, uint32_t e, uint32_t end)
{
    const ds_token *t = &tok[e];
    if (t->norm_len == 4 && !memcmp(t->norm, "camp", 4)) return true;
    if (!((t->norm_len == 7 && !memcmp(t->norm, "refugee", 7)) ||
          (t->norm_len == 8 && !memcmp(t->norm, "refugees", 8)) ||
          (t->norm_len == 9 && !memcmp(t->norm, "displaced", 9))) ||
        e + 1 >= end)
        return false;
    const ds_token *h = &tok[e + 1];
    return (h->norm_len == 4 && !memcmp(h->norm, "camp", 4)) ||
           (h->norm_len == 5 && !memcmp(h->norm, "camps", 5)) ||
           (h->norm_len == 7 && !memcmp(h->norm, "complex", 7)) ||
           (h->norm_len == 10 && !memcmp(h->norm, "settlement", 10));
}

/* Is token t, a short word, between two all-capitals words of a list
 * ("CGT, FO, Sud, FSU": a union written as a word)? */
static bool acronym_between(const geo_state *st, uint32_t t)
{
    const ds_token *tok = st->doc->tokens.v;
    uint32_t n = st->doc->tokens.n;
    if (t < 2 || t + 2 >= n || tok[t - 1].norm[0] != ',' || tok[t - 1].norm_len != 1) return false;
    uint32_t q = t + 1;
    if (tok[q].norm_len == 1 && tok[q].norm[0] == ',') q++;
    return (tok[t - 2].flags & DS_TOK_UPPER) && tok[t - 2].norm_len >= 2 &&
           (tok[q].flags & DS_TOK_UPPER) && tok[q].norm_len >= 2;
}

/* Is the token a quotation mark: ' " or a curly or angled one? */
static bool quote_mark(const ds_doc *doc, const ds_token *t)
{
    if (!(t->flags & DS_TOK_PUNCT)) return false;
    const unsigned char *c = (const unsigned char *)doc->text + t->span.start;
    uint32_t n = t->span.end - t->span.start;
    if (n == 1) return c[0] == '\'' || c[0] == '"';
    /* U+2018/2019 and U+201C/201D (E2 80 98..9D), U+00AB/BB (C2 AB/BB) */
    return (n == 3 && c[0] == 0xE2 && c[1] == 0x80 && c[2] >= 0x98 && c[2] <= 0x9D) ||
           (n == 2 && c[0] == 0xC2 && (c[1] == 0xAB || c[1] == 0xBB));
}

/* Is m alone between quotation marks: "the factory 'Jura'", a name of a
 * thing (a firm, an operation, a ship), not the Swiss canton? */
static bool quoted_name(const geo_state *st, const raw_match *m)
{
    const ds_doc *doc = st->doc;
    return m->tok > 0 && m->end_tok < doc->tokens.n &&
           quote_mark(doc, &doc->tokens.v[m->tok - 1]) &&
           quote_mark(doc, &doc->tokens.v[m->end_tok]);
}

/* The words at token t that name a division by its type before its name,
 * "City of" ("Pretoria (City of Tshwane, Gauteng)", as ACLED names South
 * Africa's metropolitan municipalities), "Municipality of", "District of",
 * "Province of": the feature they give the name, or -1 (n: the document's
 * tokens). Two tokens. */
static int type_of_prefix(const ds_token *tok, uint32_t t, uint32_t n)
{
    static const struct {
        const char *w;
        int feature;
    } types[] = {{"city", DS_FEAT_ADMIN2},
                 {"municipality", DS_FEAT_ADMIN2},
                 {"district", DS_FEAT_ADMIN2},
                 {"county", DS_FEAT_ADMIN2},
                 {"province", DS_FEAT_ADMIN1}};
    if (t + 1 >= n || !(tok[t].flags & DS_TOK_CAP) || tok[t + 1].norm_len != 2 ||
        memcmp(tok[t + 1].norm, "of", 2) != 0)
        return -1;
    for (size_t k = 0; k < sizeof types / sizeof *types; k++)
        if (tok[t].norm_len == strlen(types[k].w) &&
            !memcmp(tok[t].norm, types[k].w, tok[t].norm_len))
            return types[k].feature;
    return -1;
}

/* In "the Dagestan town of Buynaksk" (tokens: i the name's first, ty the
 * type word), is the name an attribute of the town after "of": "the" before
 * it (or "the" and a direction: "the northern Sinai town of Arish"), a
 * capitalised word after "of"? */
static bool the_town_of(const ds_token *tok, uint32_t first, uint32_t i, uint32_t ty, uint32_t end)
{
    if (ty + 2 >= end || tok[ty + 1].norm_len != 2 || memcmp(tok[ty + 1].norm, "of", 2) ||
        !(tok[ty + 2].flags & DS_TOK_CAP) || (tok[ty].flags & DS_TOK_CAP))
        return false;
    uint32_t b = i;
    if (b > first && !(tok[b - 1].flags & DS_TOK_CAP) && tok[b - 1].norm_len >= 5 &&
        tok[b - 1].norm_len <= 12 && !memcmp(tok[b - 1].norm + tok[b - 1].norm_len - 3, "ern", 3))
        b--; /* "northern", "south-eastern" */
    return b > first && tok[b - 1].norm_len == 3 && !memcmp(tok[b - 1].norm, "the", 3);
}

/* "near Kotulo in Mandera County", "at Kpinkankandi in the Savanes
 * region": is the one word at i, after "at" or "near", followed by "in",
 * maybe "the", up to three capitalised words and a division's type word?
 * Then it names a village of that division that the gazetteer lacks (not
 * after "in": "in Ramadan in Kano State"). */
static bool at_or_near(const ds_token *p)
{
    return (p->norm_len == 2 && !memcmp(p->norm, "at", 2)) ||
           (p->norm_len == 4 && !memcmp(p->norm, "near", 4));
}

static bool near_in_division(geo_state *st, const ds_token *tok, uint32_t i, uint32_t end)
{
    if (!at_or_near(&tok[i - 1]) || i + 3 >= end || tok[i + 1].norm_len != 2 ||
        memcmp(tok[i + 1].norm, "in", 2) != 0)
        return false;
    uint32_t k = i + 2;
    if (tok[k].norm_len == 3 && !memcmp(tok[k].norm, "the", 3)) k++;
    uint32_t caps = 0;
    while (k < end && caps < 3 && (tok[k].flags & DS_TOK_WORD) && (tok[k].flags & DS_TOK_CAP) &&
           tok_type(st, &tok[k], NULL) < 0)
        k++, caps++;
    return caps > 0 && k < end && (tok[k].flags & DS_TOK_WORD) && tok_type(st, &tok[k], NULL) >= 0;
}

/* Pass 1: raw matches of every sentence outside furniture and footnotes. */
static ds_status collect(geo_state *st)
{
    ds_doc *doc = st->doc;
    const ds_token *tok = doc->tokens.v;
    /* the tokenizer's list of the tokens that may pass cap_name (doc.h):
     * the scan below jumps from one to the next, never reading the lower-case
     * words and punctuation between them; with no list, every token is tested */
    const bool listed = doc->cap_listed;
    const ds_token *const *cand = doc->cap_toks; /* the next listed token */
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        ds_block_kind bk =
            se->block < doc->blocks.n ? doc->blocks.v[se->block].kind : DS_BLOCK_PROSE;
        if (bk == DS_BLOCK_FURNITURE || bk == DS_BLOCK_FOOTNOTE) continue;
        uint32_t first = se->first_token, end = se->first_token + se->ntokens;
        if (end > doc->tokens.n) end = doc->tokens.n;
        uint32_t sent_first = DS_NONE;
        for (uint32_t i = first; i < end; i++) {
            if (tok[i].flags & (DS_TOK_WORD | DS_TOK_NUMBER)) {
                sent_first = i;
                break;
            }
        }
        for (uint32_t i = first; i < end;) {
            raw_match m;
            if (listed) {
                /* the first listed token at or after i (a token not listed
                 * fails the test below, which skips it) */
                const ds_token *at = tok + i;
                while (*cand < at) cand++; /* (the list's end mark stops it) */
                if (*cand >= tok + end) break;
                i = (uint32_t)(*cand++ - tok);
            }
            /* (a listed token is a word) */
            if ((!listed && !(tok[i].flags & DS_TOK_WORD)) || !cap_name(st, &tok[i])) {
                i++;
                continue;
            }
            /* a common word followed by no word ("On 5 May", "In 2020,") is
             * no name, unless it heads a chain: match_at's answer, without
             * the call (it has no n-gram of more than one token to try) */
            bool known = (i + 1 < end && (tok[i + 1].flags & DS_TOK_WORD)) ||
                                 !is_stopword(st, &tok[i]) || common_head_at(tok, i, end)
                             ? match_at(st, tok, i, end, &m)
                             : false;
            /* the capitalised run at i; followed (after a type or area word) by
             * "," or "(" it may be a place the gazetteer lacks, kept if the
             * names after it resolve ("Deh-e Naw, Baghlan, Afghanistan");
             * never at the sentence's first word, where it is not read */
            uint32_t j = i, n = 0;
            bool area = false, run_ok = false;
            /* with a match, the run counts only when longer than its name
             * (below): not when it stops at the next token, which goes on
             * with no run unless it is a capital, or a connector before one
             * (the loop's own tests; it has no other effect) */
            bool may_run = !known || (i + 1 < end && (tok[i + 1].flags & DS_TOK_WORD) &&
                                      ((tok[i + 1].flags & DS_TOK_CAP) ||
                                       (i + 2 < end && (tok[i + 2].flags & DS_TOK_CAP) &&
                                        is_connector_token(st, &tok[i + 1]))));
            if (i != sent_first && may_run) {
                while (j < end && n < 5 && (tok[j].flags & DS_TOK_WORD) &&
                       ((tok[j].flags & DS_TOK_CAP) ||
                        (n > 0 && is_connector_token(st, &tok[j]) && j + 1 < end &&
                         (tok[j + 1].flags & DS_TOK_CAP))) &&
                       !is_stopword(st, &tok[j]) && tok_type(st, &tok[j], &area) < 0 && !area &&
                       !lga_at(tok, j, end))
                    j++, n++;
                uint32_t after = j;
                if (lga_at(tok, after, end))
                    after += 3;
                else if (after < end && (tok[after].flags & DS_TOK_WORD) &&
                         (tok_type(st, &tok[after], &area) >= 0 || area))
                    after += 1 + area_word_at(st, tok, after + 1, end);
                run_ok = n > 0 && n < 5 && after < end &&
                         (((tok[after].flags & DS_TOK_PUNCT) &&
                           (tok[after].norm[0] == ',' || tok[after].norm[0] == '(')) ||
                          (after > j && is_chain_word(st, &tok[after])) ||
                          (n == 1 && after == j && !known && near_in_division(st, tok, i, end)));
            }
            if (known && run_ok && n > m.ntok) known = false;
            if (known && m.end_tok < end && tok[m.end_tok].norm_len == 1 &&
                (tok[m.end_tok].norm[0] == '(' || tok[m.end_tok].norm[0] == '/'))
                paren_qualified(st, tok, end, &m);
            if (!known) {
                if (!run_ok) {
                    i++;
                    continue;
                }
                memset(&m, 0, sizeof m);
                m.tok = i;
                m.ntok = n;
                m.end_tok = j;
                m.hint = -1;
                m.slot = NULL;
            }
            m.sentence = s;
            m.parent = m.chosen = m.region_tok = DS_NONE;
            m.sentence_initial = i == sent_first;
            m.after_initial_the = i == sent_first + 1 && sent_first != DS_NONE &&
                                  tok[sent_first].norm_len == 3 &&
                                  !memcmp(tok[sent_first].norm, "the", 3);
            /* "Tonj North County", "Rumbek Centre County": a district named
             * after its town and a compass point (South Sudan's counties,
             * "Tana North" in Kenya) is at the town, the whole its span
             * (else "County", or Pennsylvania's "Centre County", was a
             * place the gazetteer lacks, placed by the state after it) */
            if (m.end_tok + 1 < end && county_word(&tok[m.end_tok + 1]) &&
                (tok[m.end_tok].flags & DS_TOK_CAP) && compass_point(st, &tok[m.end_tok])) {
                m.end_tok++;
                m.compass = true;
            }
            if (lga_at(tok, m.end_tok, end)) {
                m.hint = DS_FEAT_ADMIN2;
                m.end_tok += 3;
            } else if (m.end_tok < end && (tok[m.end_tok].flags & DS_TOK_WORD)) {
                int f = tok_type(st, &tok[m.end_tok], &area);
                /* "the Dagestan town of Buynaksk", "the Balochistan town of
                 * Mastung": after "the", the name before a town's type word
                 * and "of" qualifies the town named after them; the type
                 * word is not its own (it was "Dagestan town", a place of
                 * its own; "near Kucukkale village of Tire" keeps it) */
                if (f == DS_FEAT_CITY && the_town_of(tok, first, i, m.end_tok, end)) f = -1;
                if (f >= 0) {
                    m.hint = (int8_t)f;
                    const ds_token *tw = &tok[m.end_tok];
                    bool plural = tw->norm[tw->norm_len - 1] == 's';
                    if (plural && f == DS_FEAT_ADMIN1) hint_listed(st, tok, &m);
                    /* the new "regions", "states" type the list, not the
                     * last name alone: its span stays the name ("Middle
                     * Shabelle", as its partner "Hiraan"; "provinces" was
                     * in spans before) */
                    if (!plural || f != DS_FEAT_ADMIN1 || tw->norm_len == 9)
                        m.end_tok += 1 + area_word_at(st, tok, m.end_tok + 1, end);
                } else if (area) {
                    m.subunit = !place_area_word(&tok[m.end_tok]);
                    m.end_tok += 1 + area_word_at(st, tok, m.end_tok + 1, end);
                }
            }
            if (i > first) {
                const ds_token *p = &tok[i - 1];
                unsigned pc = tok_cls(st, p);
                m.preposition = (pc & WC_PREP) != 0 || attack_object(p);
                m.title_before = (pc & WC_TITLE) != 0 || vessel_before(p);
                m.numbered = ((p->flags & DS_TOK_CAP) &&
                              ((p->norm_len == 2 && !memcmp(p->norm, "no", 2)) ||
                               (p->norm_len == 3 && !memcmp(p->norm, "no.", 3)) ||
                               (p->norm_len == 6 && !memcmp(p->norm, "number", 6)))) ||
                             /* "14 Mar, Menaka": a month after a day is a date */
                             (m.ntok == 1 && (p->flags & DS_TOK_NUMBER) && p->norm_len <= 2 &&
                              month_abbrev(&tok[i]));
                m.name_before = (p->flags & DS_TOK_WORD) && (p->flags & DS_TOK_CAP) &&
                                !(p->flags & DS_TOK_UPPER) && i - 1 != sent_first &&
                                !is_stopword(st, p);
                if (pc & WC_DIRECTION) m.region_tok = i - 1;
                /* "Villas de San Juan": a name continued through a connector */
                if ((pc & WC_CONNECTOR) && i >= first + 2) {
                    const ds_token *pp = &tok[i - 2];
                    bool area_before = false; /* "X Local Government Area of Y State" */
                    bool typed = tok_type(st, pp, &area_before) >= 0 || area_before;
                    /* (not a sentence's first word: "Residents of Kano
                     * protested" is no name like "University of Kano") */
                    m.name_before |= (pp->flags & DS_TOK_WORD) && (pp->flags & DS_TOK_CAP) &&
                                     !is_stopword(st, pp) && !typed && i - 2 != sent_first;
                    /* "in the cercle de Bankass", "the commune de Djibo": a
                     * division's type word and "de" stand where "in" does */
                    m.preposition |= typed && !(pp->flags & DS_TOK_CAP);
                    /* "the southern Lebanese town of Nabatieh": a town,
                     * not the province of its name (but in "Kucukkale
                     * village of Tire" the village is the name before) */
                    const raw_match *pm = st->m.n ? &st->m.v[st->m.n - 1] : NULL;
                    bool named = pm && pm->end_tok == i - 1 && pm->slot &&
                                 !(pm->slot->features & (1u << DS_FEAT_DEMONYM));
                    if (m.hint < 0 && !named && !(pp->flags & DS_TOK_CAP) && p->norm_len == 2 &&
                        !memcmp(p->norm, "of", 2) && (tok_cls(st, pp) & WC_CITY))
                        m.hint = DS_FEAT_CITY;
                }
            }
            /* GTD "... near the Rukban refugee camp, Jordan." */
            m.comma_last = i > first && tok[i - 1].norm[0] == ',' &&
                           (tok[i - 1].flags & DS_TOK_PUNCT) &&
                           (m.end_tok >= end ||
                            ((tok[m.end_tok].flags & DS_TOK_PUNCT) &&
                             (tok[m.end_tok].norm[0] == '.' || tok[m.end_tok].norm[0] == ';')));
            m.cap_after =
                m.end_tok < end && (tok[m.end_tok].flags & DS_TOK_WORD) &&
                (((tok[m.end_tok].flags & DS_TOK_CAP) && !(tok[m.end_tok].flags & DS_TOK_UPPER) &&
                  !is_stopword(st, &tok[m.end_tok])) ||
                 article_name(doc->text, &tok[m.end_tok]));
            if (m.cap_after && camp_after(tok, m.end_tok, end)) m.cap_after = false;
            /* "City of Tshwane": a division, the type before its name */
            if (m.hint < 0 && i >= first + 2 && (tok[i - 1].flags & DS_TOK_WORD) &&
                tok[i - 1].norm_len == 2) {
                int f = type_of_prefix(tok, i - 2, end);
                if (f >= 0) m.hint = (int8_t)f;
            }
            if (m.hint < 0 && m.end_tok == m.tok + m.ntok && !m.common_words)
                person_context(st, tok, first, end, &m);
            /* (the first byte before the calls: most names follow a word) */
            m.quoted = m.acronym_word = false;
            if (i > 0 && (tok[i - 1].flags & DS_TOK_PUNCT)) {
                unsigned char q = (unsigned char)tok[i - 1].norm[0];
                m.quoted = (q == '\'' || q == '"' || q >= 0xC2) && quoted_name(st, &m);
                m.acronym_word = q == ',' && m.ntok == 1 && !m.upper && tok[i].norm_len <= 4 &&
                                 acronym_between(st, i);
            }
            /* "Islamic State Sahel Province", "Islamic State – West Africa
             * Province": a province of the group, part of its name (Burkina
             * Faso's Sahel region was a place of every sentence naming it;
             * a country's name, "Mozambique Province", stays the context it
             * gives) */
            if (m.hint == DS_FEAT_ADMIN1 && group_province(tok, first, i) &&
                !(m.slot && (m.slot->features & (1u << DS_FEAT_COUNTRY)))) {
                i = m.end_tok;
                continue;
            }
            if (m.numbered) { /* "Precinct No Eleven, Herat": no place, nor in a chain */
                i = m.end_tok;
                continue;
            }
            /* "crossed the Juba River near Bardhere": a river, not the town
             * or country of its name (South Sudan's Juba); at most the
             * province named after it ("along the Benue River": Benue
             * state); a river the gazetteer names whole ("Tana River"
             * county) was the longer match */
            if (m.hint < 0 && m.end_tok < end && tok[m.end_tok].norm_len == 5 &&
                !memcmp(tok[m.end_tok].norm, "river", 5)) {
                if (!(m.slot->features & (1u << DS_FEAT_ADMIN1))) {
                    i = m.end_tok + 1;
                    continue;
                }
                m.hint = DS_FEAT_ADMIN1;
            }
            /* m is copied whole: match_push (a call) only when the vector must grow */
            raw_match *slot = st->m.n < st->m.cap ? &st->m.v[st->m.n++] : match_push(st);
            if (!slot) return DS_ENOMEM;
            *slot = m;
            i = m.end_tok;
        }
    }
    return DS_OK;
}

/* "near Afgoye, in the Lower Shabelle region": a name of the gazetteer after
 * a locative preposition, then only ",", "in" and "the", and b carries its
 * type word, so the text says that a lies in the division b. */
static bool in_typed_division(geo_state *st, const raw_match *a, const raw_match *b)
{
    const ds_token *tok = st->doc->tokens.v;
    uint32_t t = a->end_tok;
    /* (a name the gazetteer lacks only as near_in_division kept it:
     * "near Kotulo in Mandera County") */
    /* (b's type word may be its name's, a division's: Kenya's "Mandera
     * County"; not "the Kurdistan Region", a region) */
    if (!a->preposition || b->tok > t + 3 ||
        (b->end_tok == b->tok + b->ntok &&
         (!b->slot || !(b->slot->features & (1u << DS_FEAT_ADMIN1 | 1u << DS_FEAT_ADMIN2)) ||
          tok_type(st, &tok[b->end_tok - 1], NULL) < 0)))
        return false; /* not "shot by ISKP in Nangarhar province" */
    if (t < b->tok && tok[t].norm_len == 1 && tok[t].norm[0] == ',') t++;
    if (t >= b->tok || tok[t].norm_len != 2 || memcmp(tok[t].norm, "in", 2) != 0) return false;
    t++;
    if (t < b->tok && tok[t].norm_len == 3 && !memcmp(tok[t].norm, "the", 3)) t++;
    return t == b->tok;
}

/* Links "X, Y" and "X (Y, Z)" chains: m.parent is the next match when only a
 * comma or an opening parenthesis stands between them, or when the text says
 * X is "in the Y region". */
static void link_chains(geo_state *st)
{
    const ds_token *tok = st->doc->tokens.v;
    for (uint32_t k = 0; k + 1 < st->m.n; k++) {
        raw_match *a = &st->m.v[k], *b = &st->m.v[k + 1];
        if (a->sentence != b->sentence) continue;
        bool typed = a->end_tok > a->tok + a->ntok; /* "X district", "Y village" */
        /* ACLED's "in Santa Ana department, Santa Ana": a province, then
         * the town of its name, which is in it (not the province in the
         * town) */
        if (a->hint == DS_FEAT_ADMIN1 && a->loose_hash == b->loose_hash && a->slot &&
            !(a->slot->features & (1u << DS_FEAT_COUNTRY))) {
            if (b->hint < 0 && b->tok == a->end_tok + 1) b->hint = DS_FEAT_CITY;
            continue;
        }
        uint32_t skip = b->tok > a->end_tok + 1 && (tok[a->end_tok].flags & DS_TOK_PUNCT) &&
                                type_of_prefix(tok, a->end_tok + 1, st->doc->tokens.n) >= 0
                            ? 2
                            : 0;
        if ((b->tok == a->end_tok + 1 + skip &&
             (((tok[a->end_tok].flags & DS_TOK_PUNCT) &&
               (tok[a->end_tok].norm[0] == ',' || tok[a->end_tok].norm[0] == '(')) ||
              (typed && is_chain_word(st, &tok[a->end_tok])))) ||
            in_typed_division(st, a, b)) {
            a->parent = k + 1;
            a->paren = tok[a->end_tok].norm[0] == '(';
            a->said_in = b->tok != a->end_tok + 1;
            b->has_child = true;
            b->child_unknown = !a->slot;
        }
    }
    /* "in Misrata, Zawiya, Sirte, Derna and Sabha": names that only commas
     * join, three or more, then "and"/"or" and one more name, are a list of
     * peers, not a chain (each was put in the last one's province); a list
     * with a country in it is left as it was ("migrants from Guatemala,
     * Honduras, Colombia and Cuba" names no place of the event) */
    for (uint32_t k = 0; k < st->m.n; k++) {
        uint32_t j = k;
        bool country = false;
        while (st->m.v[j].parent == j + 1 && !st->m.v[j].paren && !st->m.v[j].said_in &&
               st->m.v[j].end_tok == st->m.v[j + 1].tok - 1 &&
               tok[st->m.v[j].end_tok].norm[0] == ',') {
            const ds_gaz_slot *sl = st->m.v[j].slot;
            country |= sl && (sl->features >> DS_FEAT_COUNTRY & 1);
            j++;
        }
        if (j - k >= 2 && !country && j + 1 < st->m.n &&
            st->m.v[j + 1].sentence == st->m.v[j].sentence && st->m.v[j].parent == DS_NONE) {
            uint32_t t = st->m.v[j].end_tok, nx = st->m.v[j + 1].tok;
            if (t < nx && tok[t].norm_len == 1 && tok[t].norm[0] == ',') t++;
            if (t + 1 == nx && ((tok[t].norm_len == 3 && !memcmp(tok[t].norm, "and", 3)) ||
                                (tok[t].norm_len == 2 && !memcmp(tok[t].norm, "or", 2))))
                for (uint32_t q = k; q < j; q++) {
                    st->m.v[q].parent = DS_NONE;
                    st->m.v[q + 1].has_child = false;
                }
        }
        k = j;
    }
}

/* Is the match at token t named as the other side of a border ("close to
 * the border with Burkina Faso", "along the frontier with Chad")? Such a
 * country says where a place is not: no context for the sentence's towns
 * (Niger's Tamou, not a Burkinabe namesake) nor the focus. */
static bool border_with(const geo_state *st, const raw_match *m)
{
    const ds_token *tok = st->tok;
    uint32_t t = m->tok;
    if (t < st->doc->sentences.v[m->sentence].first_token + 2) return false;
    const ds_token *w = &tok[t - 1], *b = &tok[t - 2];
    if (w->norm_len != 4 || memcmp(w->norm, "with", 4) != 0) return false;
    return (b->norm_len == 6 && !memcmp(b->norm, "border", 6)) ||
           (b->norm_len == 7 && !memcmp(b->norm, "borders", 7)) ||
           (b->norm_len == 8 && !memcmp(b->norm, "frontier", 8));
}

/* Is the token's norm one of the words? */
static bool word_in(const ds_token *t, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (t->norm_len == strlen(words[k]) && !memcmp(t->norm, words[k], t->norm_len)) return true;
    return false;
}

/* Is the demonym match m followed by a strike from afar ("An Israeli
 * strike hit a house in Gaza", "Turkish drones struck ...", "Russian
 * shelling")? Such a nation strikes abroad as often as at home: it does not
 * tip a name between countries (Israel's district "Gaza" was taken), where
 * "Somali forces recaptured Mahas" does. */
static bool strike_after(const geo_state *st, const raw_match *m)
{
    static const char *const remote[] = {
        "strike",  "strikes",  "airstrike",   "airstrikes", "air",     "drone",     "drones",
        "missile", "missiles", "shelling",    "rocket",     "rockets", "artillery", "warplanes",
        "jets",    "aircraft", "bombardment", "bombing",    NULL};
    /* ... or by its forces and a strike's verb: "Russian forces shelled
     * Pokrovske, Donetsk" (Russia's Pokrovskoye was taken, in Rostov's
     * Donetsk) */
    static const char *const forces[] = {"forces", "troops", "army", "military", NULL};
    static const char *const struck[] = {"shelled", "struck",    "bombed",   "fired", "launched",
                                         "hit",     "bombarded", "targeted", NULL};
    const ds_token *tok = st->doc->tokens.v;
    uint32_t n = st->doc->tokens.n, e = m->end_tok;
    if (e >= n) return false;
    if (word_in(&tok[e], remote)) return true;
    return e + 1 < n && word_in(&tok[e], forces) && word_in(&tok[e + 1], struck);
}

/* One pass over the matches for what depends on their slots and spellings
 * alone (three passes before):
 * - each match's dem_before: the nearest match before it in its sentence
 *   that names a demonym exactly (found once here rather than by resolve
 *   scanning back along the sentence for every match in both rounds);
 * - the provinces the document names by a name that has no other place
 *   ("Chhattisgarh"): between two towns or districts of one name in one
 *   country ("Bijapur district": Karnataka's or Chhattisgarh's), the one in
 *   such a province;
 * - the document's focus: the country named most (only countries named:
 *   "Russian forces" names an actor, not where), and the countries of each
 *   sentence. */
static void note_matches(geo_state *st)
{
    uint32_t counts[64]; /* counts[0, niso): set as each code is listed */
    char isos[64][4];
    uint32_t niso = 0, best = 0, dem = 0;
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        if (k > 0 && st->m.v[k - 1].sentence != m->sentence) dem = 0;
        m->dem_before = dem;
        if (!m->slot) continue;
        if (m->slot->features & 1u << DS_FEAT_DEMONYM) {
            uint32_t dc = country_cand(st, m, true);
            uint32_t iso = 0; /* a demonym without a country is passed over */
            const ds_gaz_entry *de = dc != UINT32_MAX ? entry_of(st->g, dc) : NULL;
            if (de && de->feature == DS_FEAT_DEMONYM) memcpy(&iso, de->iso3, 4);
            if (iso && !strike_after(st, m)) dem = iso;
        }
        if (st->nnamed_admin1 < 8 && m->slot->ncand == 1) {
            const ds_gaz_cand *c = &st->g->cands[m->slot->cand];
            if (c->feature == DS_FEAT_ADMIN1 && c->loose_hash == m->loose_hash) {
                bool have = false;
                for (uint32_t j = 0; j < st->nnamed_admin1; j++)
                    have |= st->named_admin1[j] == c->entry;
                if (!have) st->named_admin1[st->nnamed_admin1++] = c->entry;
            }
        }
        uint32_t c = country_cand(st, m, false);
        if (c == UINT32_MAX) continue;
        const ds_gaz_entry *e = entry_of(st->g, c);
        if ((e->flags & DS_GAZF_NEEDS_SUPPORT) && !m->preposition) continue;
        if (e->feature == DS_FEAT_COUNTRY && border_with(st, m)) continue;
        sent_add_iso(st, m->sentence, e->iso3);
        uint32_t j;
        for (j = 0; j < niso && !iso_eq(isos[j], e->iso3); j++) {
        }
        if (j == niso) {
            if (niso == 64) continue;
            counts[niso] = 0;
            memcpy(isos[niso++], e->iso3, 4);
        }
        counts[j]++;
        if (counts[j] > counts[best]) best = j;
    }
    if (niso) memcpy(st->doc->focus_iso3, isos[best], 4);
}

/* "farmers blocked a motorway near Toledo ... the government delegation in
 * Castilla-La Mancha": a large town taken by its size alone (Ohio's
 * Toledo), in a country no other place of the document is in, while the
 * document names no country and its other places are mostly in one that
 * has a town spelt the same: that country's town (Spain's; Quebec's Laval
 * for France's in a report on Mayenne). Not a capital ("talks in Doha"),
 * nor a town placed by a chain. */
static void home_namesakes(geo_state *st)
{
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        /* (or by the context of its own name: "TOLEDO, 14 mar (EFE) - ...
         * en Toledo", the dateline's Toledo) */
        if (m->chosen == DS_NONE || (m->how != DS_GEO_POPULATION && m->how != DS_GEO_CONTEXT) ||
            m->has_child || m->parent != DS_NONE || !m->slot)
            continue;
        const ds_gaz_entry *e = chosen_entry(st->g, m->chosen);
        if (e->feature != DS_FEAT_CITY || !(e->flags & DS_GAZF_LARGE) ||
            (e->flags & DS_GAZF_CAPITAL) || !e->iso3[0])
            continue;
        /* the other places' countries: none in e's, most in one */
        char isos[8][4];
        uint32_t counts[8], niso = 0, own = 0;
        for (uint32_t j = 0; j < st->m.n; j++) {
            /* (the town named again is no other place: "TOLEDO, 14 mar
             * (EFE) - ... en Toledo") */
            if (st->m.v[j].chosen == DS_NONE || st->m.v[j].chosen == m->chosen) continue;
            const ds_gaz_entry *o = chosen_entry(st->g, st->m.v[j].chosen);
            if (!o->iso3[0]) continue;
            if (iso_eq(o->iso3, e->iso3)) { /* ("American farmers in Toledo" too) */
                own++;
                break;
            }
            if (o->feature == DS_FEAT_DEMONYM) continue;
            uint32_t q = 0;
            while (q < niso && !iso_eq(isos[q], o->iso3)) q++;
            if (q == niso) {
                if (niso == 8) continue;
                memcpy(isos[niso], o->iso3, 4);
                counts[niso++] = 0;
            }
            counts[q]++;
        }
        if (own || !niso) continue;
        uint32_t best = 0;
        bool tie = false;
        for (uint32_t q = 1; q < niso; q++) {
            if (counts[q] > counts[best])
                best = q, tie = false;
            else if (counts[q] == counts[best])
                tie = true;
        }
        if (tie) continue;
        /* that country's town of the name, spelt as written (the slot lists
         * the most important first) */
        for (uint32_t j = 0; j < m->slot->ncand; j++) {
            const ds_gaz_cand *c = &st->g->cands[m->slot->cand + j];
            if (c->feature != DS_FEAT_CITY || c->loose_hash != m->loose_hash ||
                !iso_eq(c->iso3, isos[best]) || (c->flags & DS_GAZF_NEEDS_SUPPORT))
                continue;
            m->chosen = c->entry;
            m->how = DS_GEO_FOCUS;
            break;
        }
    }
}

/* "near Kiunga" in a report whose places are Kenya's (it names no
 * country): a town resolved by nothing but its spelling (the only one of
 * its name, or the most important), in a country no other place of the
 * document is in, far from the places of the focus, while three or more
 * places are in the focus, is rather a village of the focus the gazetteer
 * lacks (Papua New Guinea's Kiunga, Nigeria's Baure, Mali's Boni were
 * taken): left unresolved. Not a capital or a large town ("talks in
 * Doha"). */
static void drop_foreign_towns(geo_state *st)
{
    if (!st->doc->focus_iso3[0]) return;
    uint32_t focus, in_focus = 0, placed = 0;
    double lat = 0, lon = 0; /* the focus's places' mean position */
    memcpy(&focus, st->doc->focus_iso3, 4);
    for (uint32_t k = 0; k < st->m.n; k++) {
        if (st->m.v[k].chosen == DS_NONE) continue;
        const ds_gaz_entry *e = chosen_entry(st->g, st->m.v[k].chosen);
        if (e->feature == DS_FEAT_DEMONYM || memcmp(e->iso3, &focus, 4) != 0) continue;
        in_focus++;
        if (e->feature != DS_FEAT_COUNTRY && (e->flags & DS_GAZF_COORDS))
            lat += e->lat, lon += e->lon, placed++;
    }
    if (in_focus < 3) return;
    if (placed) lat /= placed, lon /= placed;
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        if (m->chosen == DS_NONE || (m->how != DS_GEO_UNIQUE && m->how != DS_GEO_POPULATION) ||
            m->has_child || m->parent != DS_NONE)
            continue;
        const ds_gaz_entry *e = chosen_entry(st->g, m->chosen);
        if (e->feature != DS_FEAT_CITY || (e->flags & (DS_GAZF_CAPITAL | DS_GAZF_LARGE)) ||
            !e->iso3[0] || !memcmp(e->iso3, &focus, 4))
            continue;
        /* (a neighbour's town near the focus's places stays: Niger's
         * Ouallam in a report on Mopti; about 10 degrees, 1,000 km) */
        if (placed && (e->flags & DS_GAZF_COORDS)) {
            double dy = e->lat - lat, dx = e->lon - lon;
            if (dy * dy + dx * dx < 100.0) continue;
        }
        bool other = false; /* another place of the document in its country */
        for (uint32_t j = 0; j < st->m.n && !other; j++) {
            if (j == k || st->m.v[j].chosen == DS_NONE || st->m.v[j].chosen == m->chosen) continue;
            other = iso_eq(chosen_entry(st->g, st->m.v[j].chosen)->iso3, e->iso3);
        }
        if (!other) m->chosen = DS_NONE;
    }
}

/* Without a country named, the focus is the country most resolved places are in. */
static void focus_from_resolved(geo_state *st)
{
    char isos[16][4];
    uint32_t counts[16], niso = 0, best = 0; /* counts[0, niso): set as each code is listed */
    for (uint32_t k = 0; k < st->m.n; k++) {
        if (st->m.v[k].chosen == DS_NONE) continue;
        const ds_gaz_entry *e = chosen_entry(st->g, st->m.v[k].chosen);
        if (e->feature == DS_FEAT_DEMONYM) continue;
        const char *iso = e->iso3;
        uint32_t j;
        if (!iso[0]) continue;
        for (j = 0; j < niso && !iso_eq(isos[j], iso); j++) {
        }
        if (j == niso) {
            if (niso == 16) continue;
            counts[niso] = 0;
            memcpy(isos[niso++], iso, 4);
        }
        if (++counts[j] > counts[best]) best = j;
    }
    if (niso) memcpy(st->doc->focus_iso3, isos[best], 4);
}

/* True when entry e (index eid) fits the resolved ancestor a (index aid:
 * admin1, country, district). Always inline: 9,600 calls per 2,000 notes
 * from resolve's loops, a few tests each. */
static inline __attribute__((always_inline)) bool fits_parent(const ds_gaz_entry *e, uint32_t eid,
                                                              const ds_gaz_entry *a, uint32_t aid)
{
    if (!iso_eq(e->iso3, a->iso3) || eid == aid) return false;
    /* a province or a country is never inside a town or a district */
    if ((e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_COUNTRY) &&
        a->feature != DS_FEAT_COUNTRY)
        return false;
    switch ((ds_feature)a->feature) {
    case DS_FEAT_COUNTRY:
        return true;
    case DS_FEAT_DEMONYM: /* "Pashto, Dari, Russian" is a list of languages */
        return false;
    case DS_FEAT_ADMIN1:
        return e->admin1_id == aid;
    case DS_FEAT_ADMIN2:
        /* (a town of the project's own rows has no district: "Djibasso, in
         * the Kossi province" fits when the province is the district's) */
        return e->feature == DS_FEAT_CITY &&
               (e->admin2 ? e->admin2 == a->name
                          : (e->flags & DS_GAZF_OWN) && a->admin1_id != UINT32_MAX &&
                                e->admin1_id == a->admin1_id);
    case DS_FEAT_CITY:
        /* ACLED "(Quetta, Balochistan)": the district named after its town */
        return (e->admin2 && e->admin2 == a->admin2) ||
               (e->feature == DS_FEAT_ADMIN2 && e->name == a->admin2) ||
               (a->admin1_id != UINT32_MAX && e->admin1_id == a->admin1_id);
    case DS_FEAT_REGION:
        return a->admin1_id != UINT32_MAX && e->admin1_id == a->admin1_id;
    }
    return false;
}

/* Is match j resolved to a place below country level outside country iso
 * ("Buta migrant camp in Jammu district")? */
static bool other_country_below(const geo_state *st, uint32_t j, uint32_t iso)
{
    uint32_t c = st->m.v[j].chosen;
    if (c == DS_NONE) return false;
    const ds_gaz_entry *e = chosen_entry(st->g, c);
    uint32_t ci;
    memcpy(&ci, e->iso3, 4);
    return ci != iso && e->feature != DS_FEAT_COUNTRY && e->feature != DS_FEAT_DEMONYM &&
           e->feature != DS_FEAT_REGION;
}

/* What supports one candidate of a match. */
typedef struct cand_eval {
    bool exact, hier, ctx, focus, hinted, child;
    bool child_exact; /* a child that places it is spelt as written */
    bool close;       /* not exact, but one edit from the text ("Baramulla", "Baramula") */
    bool marbuta;     /* spelt as written but for a final "h" after "a" ("Zuwara", "Zuwarah") */
    bool kin;         /* in the country of a resolved parent */
    bool lone_seat;   /* see acceptable */
} cand_eval;

enum { SEAT_FLAGS = DS_GAZF_SEAT1 | DS_GAZF_SEAT2 | DS_GAZF_CAPITAL };

/* Second round: the country of the only exactly spelt town of m that bears
 * its division's name, when the sentence places nothing below country level
 * in another country; 0 otherwise. */
static uint32_t lone_seat_country(const geo_state *st, uint32_t k)
{
    raw_match *m = &st->m.v[k];
    const ds_gazetteer *g = st->g;
    if (st->round == 0 || !m->preposition || m->sentence_initial) return 0;
    /* the country of the exactly spelt towns that bear their division's
     * name, when they are all in one; else of all exactly spelt towns, when
     * those are ("demonstrated in Ulm ... against the war in Ukraine") */
    uint32_t seat_iso = 0, town_iso = 0, large_iso = 0;
    bool seats_one = true, towns_one = true, large_one = true;
    /* only exact spellings qualify, and the result does not depend on their
     * order: in a long list, their by_hash run alone */
    uint32_t from = 0, to = m->slot->ncand;
    bool run = to > 8;
    if (run) match_run(g, m, &from, &to);
    for (uint32_t it = from; it < to; it++) {
        const ds_gaz_cand *c = &g->cands[m->slot->cand + (run ? by_hash_pos(g, m->slot, it) : it)];
        if (c->loose_hash != m->loose_hash || c->feature != DS_FEAT_CITY) continue;
        uint32_t ci;
        memcpy(&ci, c->iso3, 4);
        if (town_iso && ci != town_iso) towns_one = false; /* "Sevilla": Spain's or Colombia's */
        town_iso = ci;
        if (c->flags & DS_GAZF_LARGE) {
            if (large_iso && ci != large_iso) large_one = false;
            large_iso = ci;
        }
        if (!(c->flags & SEAT_FLAGS)) continue;
        if (seat_iso && ci != seat_iso) seats_one = false;
        seat_iso = ci;
    }
    uint32_t iso = seat_iso && seats_one ? seat_iso : 0;
    /* (a town that is no seat only right after "in", "at" or "near": not
     * "The Bannu and Mir militias"; or as the object of an attack's verb,
     * which says where as "in" would: "A drone hit Eilat.", a short
     * skeleton that no other rule takes alone; or, of towns in several
     * countries, the one large town: "in Duisburg", Germany's city, not a
     * Belgian village of that name) */
    if (!iso && (towns_one || large_one) && (town_iso || large_iso)) {
        const ds_token *prev = &st->doc->tokens.v[m->tok - 1]; /* m->preposition: one before */
        bool after_in = (prev->norm_len == 2 &&
                         (!memcmp(prev->norm, "in", 2) || !memcmp(prev->norm, "at", 2))) ||
                        (prev->norm_len == 4 && !memcmp(prev->norm, "near", 4)) ||
                        attack_object(prev);
        if (after_in) iso = towns_one && town_iso ? town_iso : large_one ? large_iso : 0;
    }
    for (uint32_t j = k; iso && j-- > 0 && st->m.v[j].sentence == m->sentence;)
        iso = other_country_below(st, j, iso) ? 0 : iso;
    for (uint32_t j = k + 1; iso && j < st->m.n && st->m.v[j].sentence == m->sentence; j++)
        iso = other_country_below(st, j, iso) ? 0 : iso;
    return iso;
}

/* Is token t a word of at most four capitals next to another all-capitals
 * word, across a comma or an "and" at most ("FO, CGT, SNES-FSU, SUD")? */
static bool acronym_list(const geo_state *st, uint32_t t)
{
    const ds_token *tok = st->doc->tokens.v;
    uint32_t n = st->doc->tokens.n;
    if (tok[t].norm_len > 4) return false;
    uint32_t p = t, q = t + 1;
    if (p > 0 && tok[p - 1].norm_len == 1 && tok[p - 1].norm[0] == ',') p--;
    if (q < n && tok[q].norm_len == 1 && tok[q].norm[0] == ',') q++;
    /* "the SUD and CGT unions" */
    if (q < n && ((tok[q].norm_len == 3 && !memcmp(tok[q].norm, "and", 3)) ||
                  (tok[q].norm_len == 2 && !memcmp(tok[q].norm, "or", 2))))
        q++;
    /* "CGT, FSU, FO and SUD" */
    if (p > 0 && ((tok[p - 1].norm_len == 3 && !memcmp(tok[p - 1].norm, "and", 3)) ||
                  (tok[p - 1].norm_len == 2 && !memcmp(tok[p - 1].norm, "or", 2))))
        p--;
    bool before = p > 0 && (tok[p - 1].flags & DS_TOK_UPPER) && tok[p - 1].norm_len >= 2;
    bool after = q < n && (tok[q].flags & DS_TOK_UPPER) && tok[q].norm_len >= 2;
    return before || after;
}

/* Does the name at token t stand where a place is named: "(Suwon)", "in
 * central Liverpool"? */
static bool placed_after(const geo_state *st, uint32_t t)
{
    if (t == 0) return false;
    const ds_token *p = &st->doc->tokens.v[t - 1];
    /* "(Suwon)" after a name ("Convention Center (Suwon)"), not after a
     * type word ("El Centro corregimiento (Santander)": a division) */
    if (p->norm_len == 1 && p->norm[0] == '(')
        return t >= 2 && (st->doc->tokens.v[t - 2].flags & DS_TOK_CAP);
    return p->norm_len == 7 && !memcmp(p->norm, "central", 7);
}

/* Does m open the report as its dateline: "Beni, 13 July 2024 - ...",
 * "BENI (AFP) - ..."? The first words of one of the first blocks, then a
 * comma or a parenthesis, and a date within a few words or a wire's
 * credit in parentheses: where the report was filed, named as after "in". */
static bool dateline_place(const geo_state *st, const raw_match *m)
{
    const ds_doc *doc = st->doc;
    const ds_token *tok = doc->tokens.v;
    const ds_sentence *se = &doc->sentences.v[m->sentence];
    if (!m->sentence_initial || se->block >= 3 ||
        tok[m->tok].span.start != doc->blocks.v[se->block].span.start ||
        m->end_tok >= doc->tokens.n || !(tok[m->end_tok].flags & DS_TOK_PUNCT))
        return false;
    char p = tok[m->end_tok].norm[0];
    if (p != ',' && p != '(') return false;
    uint32_t after = tok[m->end_tok].span.end;
    if (p == '(' && m->end_tok + 2 < doc->tokens.n && (tok[m->end_tok + 1].flags & DS_TOK_CAP) &&
        tok[m->end_tok + 2].norm_len == 1 && tok[m->end_tok + 2].norm[0] == ')')
        return true; /* "(AFP)" */
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        if (t->span.start >= after + 30 || t->span.start >= se->span.end) break;
        if (t->span.start >= after && t->kind == DS_TIMEX_DATE) return true;
    }
    return false;
}

/* Is t the word that makes a name a water: "(Red) Sea", "(Indian) Ocean",
 * "(Persian) Gulf"? */
static bool water_word(const ds_token *t)
{
    return (t->norm_len == 3 && !memcmp(t->norm, "sea", 3)) ||
           (t->norm_len == 5 && !memcmp(t->norm, "ocean", 5)) ||
           (t->norm_len == 4 && !memcmp(t->norm, "gulf", 4));
}

static uint32_t loose_distance(const char *a, size_t na, const char *b, size_t nb, uint32_t cap);

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is the town's own name (its article dropped) far from the mention's
 * words after the article: "As Salif" matched to Algeria's Chlef through
 * its alternate name "as-Salif", where "Al Maymanah" is Maymana's own
 * name but for a letter? Lower-case ASCII letters compared, up to 32. */
static bool own_name_far(const geo_state *st, const raw_match *m, const char *name)
{
    const ds_token *tok = st->doc->tokens.v;
    char a[32], b[32];
    size_t na = 0, nb = 0;
    for (uint32_t t = m->tok + 1; t < m->tok + m->ntok; t++)
        for (uint32_t k = tok[t].span.start; k < tok[t].span.end && na < sizeof a; k++)
            if (ascii_alpha(st->doc->text[k])) a[na++] = (char)(st->doc->text[k] | 0x20);
    size_t w = strcspn(name, " -");
    char low[4];
    for (size_t k = 0; k < w && k < 3; k++) low[k] = (char)(name[k] | 0x20);
    if (w <= 3 && name[w] && ds_geo_is_article(low, w)) name += w + 1;
    for (; *name && nb < sizeof b; name++)
        if (ascii_alpha(*name)) b[nb++] = (char)(*name | 0x20);
    if (na < 3 || nb < 3) return false;
    uint32_t cap = (uint32_t)(na > nb ? na : nb) / 2 + 1;
    return loose_distance(a, na, b, nb, cap) >= cap;
}

/* "In Yemen, clashes erupted near Al Maymanah": a name written with an
 * Arabic article, matched to a town whose own name has none (Afghanistan's
 * Maymana, through its spelling "Maymanah"), in a sentence that names other
 * countries and not the town's, or in a document about another country:
 * another place of that name, which the gazetteer lacks, not this one.
 * Also, with no country said, a town reached only through an alternate
 * spelling far from its own name (own_name_far). */
static bool article_abroad(const geo_state *st, const raw_match *m, const ds_gaz_cand *c, bool geo)
{
    if (geo || c->feature != DS_FEAT_CITY || m->ntok < 2) return false;
    const ds_token *tok = st->doc->tokens.v;
    if (!leading_article(&tok[m->tok], &tok[m->tok + 1])) return false;
    const ds_gaz_entry *e = entry_of(st->g, c->entry);
    if (e->name >= st->g->h->pool_size) return false;
    const char *name = st->g->pool + e->name;
    /* "in As Salif Port" (Yemen's), with no country said: not a town
     * whose own name is another, reached through an alternate spelling */
    if (own_name_far(st, m, name)) return true;
    if (!st->nsgeo && !st->doc->focus_iso3[0]) return false;
    size_t w = strcspn(name, " -");
    char low[4];
    if (w > 3) return true;
    for (size_t k = 0; k < w; k++) low[k] = (char)(name[k] | 0x20);
    return !ds_geo_is_article(low, w);
}

/* Whether m stands between "the" and a lower-case word that is no type
 * word: "the Litoral penitentiary", "the Sahel camp". */
static bool facility_attribute(const geo_state *st, const raw_match *m)
{
    const ds_doc *doc = st->doc;
    const ds_token *tok = doc->tokens.v;
    if (m->tok == 0 || m->end_tok != m->tok + m->ntok || m->end_tok >= doc->tokens.n) return false;
    const ds_token *b = &tok[m->tok - 1], *a = &tok[m->end_tok];
    if (b->norm_len != 3 || memcmp(b->norm, "the", 3) != 0 || !(a->flags & DS_TOK_WORD) ||
        (a->flags & (DS_TOK_CAP | DS_TOK_UPPER)) || a->norm_len < 3)
        return false;
    /* (asked for few candidates: the classes are computed, not cached) */
    unsigned c = word_class_of(st->g, a->norm, a->norm_len, a->hash);
    return !(c & (WC_ADMIN1 | WC_ADMIN2 | WC_CITY | WC_AREA | WC_DIRECTION | WC_PREP)) &&
           !is_stopword_slow(st->g, a);
}

/* Whether m opens with an article ("El Perú") that the name of entry c
 * does not (Peru). */
static bool article_not_own(const geo_state *st, const raw_match *m, const ds_gaz_cand *c)
{
    const ds_token *tok = st->doc->tokens.v;
    if (!leading_article(&tok[m->tok], &tok[m->tok + 1])) return false;
    const ds_gaz_entry *en = entry_of(st->g, c->entry);
    if (en->name >= st->g->h->pool_size) return false;
    const char *name = st->g->pool + en->name;
    size_t w = strcspn(name, " -");
    char low[4];
    if (w > 3) return true;
    for (size_t k = 0; k < w; k++) low[k] = (char)(name[k] | 0x20);
    return !ds_geo_is_article(low, w);
}

/* Whether m is placed by a typed division in brackets that the gazetteer
 * knows, none of whose candidates is in c's country: "Beni (Myagdi
 * district)" is Nepal's Beni, which the gazetteer lacks, not Congo's
 * large town nor Bolivia's department. */
static bool foreign_division(const geo_state *st, const raw_match *m, const ds_gaz_cand *c)
{
    if (!m->paren || m->parent == DS_NONE) return false;
    const raw_match *p = &st->m.v[m->parent];
    if (!p->slot || p->hint < 0) return false;
    for (uint32_t j = 0; j < p->slot->ncand; j++)
        if (iso_eq(st->g->cands[p->slot->cand + j].iso3, c->iso3)) return false;
    return true;
}

/* Whether candidate e of m may be taken at all, given what supports it. */
static inline __attribute__((always_inline)) bool
acceptable(const geo_state *st, const raw_match *m, const ds_gaz_cand *e, const cand_eval *v,
           bool parent_resolved, size_t keylen, bool upper)
{
    bool geo = v->hier || v->ctx || v->focus;
    bool country = e->feature == DS_FEAT_COUNTRY || e->feature == DS_FEAT_DEMONYM;
    /* a large town after "in", "at" or "near" needs no support where the
     * text names no country ("in Bari": Italy's city, not Somalia's
     * region), but not abroad ("a Delhi dam bridge in ..., Kandahar,
     * Afghanistan"), nor for a name with another type word ("in Santa Ana
     * department, Santa Ana": El Salvador's, not California's city), nor for
     * a division a town before it lies in ("El Centro (Santander)") */
    bool large = (e->flags & DS_GAZF_LARGE) && v->exact && !st->nsgeo && /* not "Ho Nar" */
                 (m->hint < 0 || m->hint == DS_FEAT_CITY) && /* not "Santa Ana department" */
                 (!m->has_child || m->child_unknown) && /* "the Office of Education (Chuncheon)" */
                 (m->preposition || m->paren || placed_after(st, m->tok) ||
                  (m->sentence_initial && dateline_place(st, m)));
    bool strong = (country || e->feature == DS_FEAT_REGION || (e->flags & DS_GAZF_OWN) || large ||
                   e->feature == DS_FEAT_ADMIN1) &&
                  !(e->flags & DS_GAZF_NEEDS_SUPPORT);
    if ((keylen < 3 || m->lower_inner || upper || country) && !v->exact && !v->marbuta)
        return false; /* short skeletons, acronyms, countries: the spelling must be exact */
    if (m->paren && !country && foreign_division(st, m, e)) return false;
    if (m->quoted && !v->hier && !country) return false;
    /* "an armed gang known as El Perú": a country named after an article
     * its name does not take is another name (a gang's), not the country
     * ("El Salvador" takes it) */
    if (country && m->ntok >= 2 && e->feature == DS_FEAT_COUNTRY && article_not_own(st, m, e))
        return false;
    /* "3 unions (CFDT, UNSA, SUD)": a short all-capitals word in a
     * list of such words is an acronym (not Haiti's Sud); "(Abuja
     * Municipal, FCT)" stays a place */
    if (upper && m->ntok == 1 && !country && !v->hier && acronym_list(st, m->tok)) return false;
    /* (and "Sud" between "FO," and ", FSU": not Haiti's department) */
    if (m->acronym_word && !country) return false;
    if (parent_resolved && !v->hier && !country &&
        (!(e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_REGION) || m->paren || !v->kin))
        return false; /* "Fatehabad, Nangarhar": not this one; a place of the chain instead
                       * (a province of the parent's country is rather a list: "Balkh,
                       * Kunduz, and Kabul"; not in "Quissanga (Quissanga, Cabo Delgado)") */
    if (m->title_before && !v->hier && !country) return false; /* "Mawlawi Khar" */
    if (m->after_initial_the && !geo && !country) return false;
    if (m->person && !v->hier && !country) return false; /* "Ahmed Farah", "Farah said" */
    if (m->common_head) return v->hier;
    /* "in the southern Red Sea", "the Black Sea": a water of the project's
     * list (no country's), spelt exactly, is taken though its words are
     * common (the provinces of its name need their country; "Red Sea
     * state" is Sudan's) */
    if (m->common_words && m->ntok > 1 && m->hint < 0 && v->exact && e->feature == DS_FEAT_REGION &&
        (e->flags & DS_GAZF_OWN) && !e->iso3[0] && !(e->flags & DS_GAZF_NEEDS_SUPPORT) &&
        water_word(&st->doc->tokens.v[m->tok + m->ntok - 1]))
        return true;
    if ((e->flags & DS_GAZF_NEEDS_SUPPORT) || m->common_words)
        return v->hier ||
               /* "Mzuzu (Mzuzu City, Northern)": the division a town before it lies in */
               (v->child && v->exact && m->has_child &&
                (e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_ADMIN2)) ||
               ((m->preposition || (m->comma_last && country)) && (geo || (v->exact && country)) &&
                !m->name_before && !m->cap_after);
    /* a type word ("Hiraan region") supports a candidate of the focus; with
     * no focus yet, wait for the second round, when the places resolved in
     * the first may give one (Somalia's Hiiraan, not India's Haryana) */
    bool hinted = v->hinted && (st->doc->focus_iso3[0] ? v->focus : st->round > 0);
    if ((m->cap_after || m->name_before) && !v->hier && !country)
        return false; /* part of a longer proper name: "Jordan Peterson", "Villas de San Juan" */
    /* "at Chak area (Pulwama district, J&K)" in a note that then names
     * Pakistan: a division with its type word, spelt as written, whose name
     * no other country has, after "in" or placing the name before it */
    if (v->exact && m->hint == e->feature && (m->preposition || m->has_child) &&
        (m->slot->features & DS_GAZ_ONE_COUNTRY) &&
        (e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_ADMIN2))
        return true;
    /* "the Litoral penitentiary in Guayaquil": a province abroad named as
     * the attribute of a facility (after "the", before a lower-case noun)
     * where the text places things in some country (a dateline's too:
     * "Guayaquil, 25 February 2025"); not Equatorial Guinea's Litoral */
    if (strong && v->exact && !geo && e->feature == DS_FEAT_ADMIN1 &&
        (st->nsgeo || st->doc->focus_iso3[0] || st->dl_iso3[0]) && facility_attribute(st, m))
        return false;
    if (strong && v->exact) return !article_abroad(st, m, e, geo);
    /* (a child that is itself a loose spelling is no support for one:
     * "Ciyares (Ciyaye Res)" is not Kars, Turkey) */
    if (strong)
        return v->hier || (v->child && v->child_exact) || hinted ||
               (m->preposition && keylen >= 4 && geo) || (v->marbuta && geo) || (v->close && geo);
    /* names of one chain that place each other need no other support
     * (spelt as in the data, or one edit from it: "Baramulla" district) */
    if (v->child && (v->exact || v->close) && m->has_child) return true;
    if (geo) /* "Termiz" for "Termez" needs a long enough skeleton, shorter with
              * its type word ("Musakhel district" for Musa Khel) */
        return v->exact || v->hier || (keylen >= 5 && m->preposition) || (keylen >= 4 && hinted) ||
               (keylen >= 4 && m->preposition && v->close) || v->marbuta ||
               (keylen >= 4 && m->ntok > 1 && v->close) ||
               /* "in Ras al-Ain" for Ras al-Ayn: two words that share a
                * skeleton seldom do so by chance */
               (keylen >= 4 && m->preposition && m->ntok > 1);
    /* a town that bears its division's name, spelt exactly after "in":
     * abroad too, once the first round is done ("students marched in
     * Tubingen to demand a truce in Gaza"), when no
     * other country has such a town of that name and the sentence places
     * nothing in another country (lone_seat) */
    if (v->lone_seat && v->exact && e->feature == DS_FEAT_CITY) return true;
    /* "a convoy of the Nigerien army near Banibangou": spelt exactly after a
     * preposition, in the country a demonym before it in the sentence names
     * (alone a demonym names an actor, not where: no context otherwise) */
    uint32_t ci;
    memcpy(&ci, e->iso3, 4);
    if (m->dem_before && ci == m->dem_before && v->exact && m->preposition && !m->sentence_initial)
        return true;
    /* a village abroad with nothing to support it: only in a document with
     * no known country, and only once the first round has found none */
    /* (or a typed division that places a town before it: "Haripora town
     * (Shopian district, J&K)", where the state is an abbreviation) */
    return st->round > 0 && !st->doc->focus_iso3[0] && v->exact &&
           (m->preposition || v->hinted || (m->has_child && m->hint >= 0)) &&
           !m->sentence_initial &&
           (m->ntok > 1 || keylen >= 4 || v->hinted ||
            /* "Hannover" has a short skeleton (hnr) but a long spelling;
             * "fighting spread to Bozoum", six letters, too */
            (keylen >= 3 && st->doc->tokens.v[m->tok].norm_len >= 6));
}

/* Bit j set for each j < 16 with v[j] == iso. */
static inline uint32_t same_iso16(const uint32_t v[16], uint32_t iso)
{
#if defined(__SSE2__)
    /* four compares of four words, packed to one byte each (-1 or 0) */
    __m128i k = _mm_set1_epi32((int)iso);
    __m128i a = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)v), k),
                                _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(v + 4)), k));
    __m128i b = _mm_packs_epi32(_mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(v + 8)), k),
                                _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(v + 12)), k));
    return (uint32_t)_mm_movemask_epi8(_mm_packs_epi16(a, b));
#else
    uint32_t same = 0;
    for (uint32_t j = 0; j < 16; j++) same |= (uint32_t)(v[j] == iso) << j;
    return same;
#endif
}

/* A bit (0..63) of an ISO alpha-3 code read as a word, for a set mask. */
static unsigned iso_bit(uint32_t iso)
{
    return (iso * 2654435761u) >> 26;
}

/* Adds an ISO code to a set of at most 16 (list and mask); false when full. */
static bool geo_add(uint32_t list[16], uint32_t *n, uint64_t *mask, const char *iso3)
{
    uint32_t v;
    memcpy(&v, iso3, 4);
    uint64_t bit = 1ull << iso_bit(v);
    if (*mask & bit) /* maybe listed (every listed code has its bit set) */
        for (uint32_t q = 0; q < *n; q++)
            if (list[q] == v) return true;
    if (*n == 16) return false;
    list[(*n)++] = v;
    *mask |= bit;
    return true;
}

/* A strong name (a country, region or province, or one of data/places.tsv,
 * that needs no support): the only candidate not spelt exactly that a type
 * word or a child can support outside the countries of the context. */
static inline bool cand_strong(const ds_gaz_cand *c)
{
    return ds_gaz_class(c->feature, c->flags) == DS_GAZ_CLASS_STRONG;
}
_Static_assert(DS_FEAT_COUNTRY == 0 && DS_FEAT_ADMIN1 == 1 && DS_FEAT_ADMIN2 == 2 &&
                   DS_FEAT_REGION == 4 && DS_FEAT_DEMONYM == 5,
               "ds_gaz_class (gazbin.h) numbers the features as ds_feature does");

/* resolve's support from the name a match places ("Town, Province"): the
 * child's importance up to CHILD_BONUS_MAX, and COUNTRY_CHILD_BONUS more for
 * a country ("Brazzaville, Congo") */
enum { CHILD_BONUS_MAX = 2500, COUNTRY_CHILD_BONUS = 3500, CHILD_EXACT_BONUS = 4000 };
/* resolve's lift of a provincial seat named in a dateline over its province
 * (a seat's importance is at most 590, a province's 600) */
enum { DATELINE_SEAT_BONUS = 50 };
/* A province in a country whose provinces bear the text's type word
 * (type_word_countries): above the focus, below a country the sentence
 * names ("Amazonas state, Venezuela" against Brazil's). */
enum { TYPE_COUNTRY_BONUS = 2500 };

/* Whether no candidate of m can be acceptable, in either round: a name
 * read as a person's, after a title, or inside a longer proper name (and
 * placing no name before it) takes only a candidate the hierarchy supports
 * or a country (acceptable), a common word heading a chain only the former;
 * with no parent nothing is in the hierarchy (v.hier), and the slot's
 * features tell that it holds no country or demonym. About a fifth of
 * resolve's calls. */
static bool never_resolves(const raw_match *m)
{
    if (m->parent != DS_NONE) return false;
    if (m->common_head) return true;
    bool only_country =
        m->person || m->title_before || ((m->cap_after || m->name_before) && !m->has_child);
    return only_country && !(m->slot->features & (1u << DS_FEAT_COUNTRY | 1u << DS_FEAT_DEMONYM));
}

/* A sorted run of candidate positions (by_hash, by_iso or by_class
 * records), which resolve reads instead of a list of more than
 * POS_RUNS_MIN candidates (a shorter one is skimmed in fewer instructions
 * than its runs are found). */
enum { POS_RUNS_MIN = 16 };
typedef struct pos_run {
    const ds_gaz_by_hash *next; /* its next record ... */
    uint32_t left;              /* ... and how many it has left */
} pos_run;

/* The run of slot s's records of key key in v (by_iso or by_class). */
static pos_run key_pos_run(const ds_gaz_by_hash *v, const ds_gaz_slot *s, uint32_t key)
{
    uint32_t from, to;
    key_run(&v[s->cand], s->ncand, key, &from, &to);
    return (pos_run){&v[s->cand + from], to - from};
}

/* resolve's four pos_runs are made only when it reads them (with runs):
 * GCC cannot tell that pos_run_at reads none of them otherwise */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

/* The first position at or after it of run r (records before it passed
 * over), or ncand when none is left. A position past the slot's list is a
 * corrupt file: the stage answers DS_EDATA, and the run ends. */
static inline uint32_t pos_run_at(const ds_gazetteer *g, pos_run *r, uint32_t it, uint32_t ncand)
{
    while (r->left && r->next->pos < it) r->next++, r->left--;
    if (!r->left) return ncand;
    if (r->next->pos < ncand) return r->next->pos;
    atomic_store_explicit(&g->chk->corrupt, 1, memory_order_relaxed);
    r->left = 0;
    return ncand;
}

/* Picks the entry of m (parents are resolved first): the best-scoring
 * acceptable candidate; m->chosen stays DS_NONE when there is none. */
/* Does a candidate of the chain's child (the town before the division:
 * "Sopore" in "Sopore (Baramulla district, ...)") lie in candidate c, a
 * district? The child's most important candidates suffice (sorted lists). */
static bool child_fits_district(const ds_gazetteer *g, const raw_match *child, const ds_gaz_cand *c)
{
    uint32_t nchild = child->slot->ncand;
    if (nchild > 16) nchild = 16;
    const ds_gaz_entry *ce = NULL; /* c's entry, read (entry_of) when first asked */
    for (uint32_t j = 0; j < nchild; j++) {
        const ds_gaz_cand *cc = &g->cands[child->slot->cand + j];
        if (!iso_eq(cc->iso3, c->iso3)) continue;
        if (cc->entry == c->entry) return true;
        if (!ce) ce = entry_of(g, c->entry);
        if (fits_parent(entry_of(g, cc->entry), cc->entry, ce, c->entry)) return true;
    }
    return false;
}

/* Inline: asked of every candidate a long list's skim passes over, and
 * only a district can fit. */
static inline bool child_fits(const ds_gazetteer *g, const raw_match *child, const ds_gaz_cand *c)
{
    return c->feature == DS_FEAT_ADMIN2 && child && child->slot && child_fits_district(g, child, c);
}

/* The edit distance between two loose forms, at most cap (a greater one
 * is cap): "hasakeh" is 1 from "hasakah", 4 from "haskovo". For a of 1 to
 * 64 bytes, by Myers' bit-parallel algorithm (in Hyyro's form for the
 * distance of whole strings): a column of the table below in one word,
 * some 15 instructions a byte of b where the table took 10 a cell; the
 * same distance (checked against the table on every pair of strings of up
 * to 6 bytes over "ab " and on 3M random pairs, caps 1 to 100). */
static uint32_t loose_distance(const char *a, size_t na, const char *b, size_t nb, uint32_t cap)
{
    uint32_t row[NAME_CAP + 1];
    if (nb > NAME_CAP) nb = NAME_CAP;
    if ((na > nb ? na - nb : nb - na) >= cap) return cap;
    if (na == 0) return (uint32_t)nb; /* below cap: tested above */
    if (na <= 64) {
        uint64_t peq[256]; /* bit i of peq[c]: a[i] == c; read for the bytes of b only */
        for (size_t j = 0; j < nb; j++) peq[(unsigned char)b[j]] = 0;
        for (size_t i = 0; i < na; i++) peq[(unsigned char)a[i]] = 0;
        for (size_t i = 0; i < na; i++) peq[(unsigned char)a[i]] |= 1ull << i;
        /* pv, mv: the column's vertical deltas +1, -1; d: its last cell */
        uint64_t pv = ~0ull, mv = 0, last = 1ull << (na - 1);
        uint32_t d = (uint32_t)na;
        for (size_t j = 0; j < nb; j++) {
            uint64_t eq = peq[(unsigned char)b[j]];
            uint64_t xv = eq | mv;
            uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
            uint64_t ph = mv | ~(xh | pv), mh = pv & xh; /* horizontal deltas */
            if (ph & last)
                d++;
            else if (mh & last)
                d--;
            ph = ph << 1 | 1; /* row 0 grows by one a column */
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
        }
        return d < cap ? d : cap;
    }
    for (size_t j = 0; j <= nb; j++) row[j] = (uint32_t)j;
    for (size_t i = 1; i <= na; i++) {
        uint32_t diag = row[0], lo = (uint32_t)i;
        row[0] = (uint32_t)i;
        for (size_t j = 1; j <= nb; j++) {
            uint32_t up = row[j];
            uint32_t v = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < v) v = up + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < lo) lo = v;
        }
        if (lo >= cap) return cap;
    }
    return row[nb] < cap ? row[nb] : cap;
}

/* How far the spelling of entry e's canonical name is from the mention's
 * loose form ml: a candidate reached only through the skeleton that is
 * spelt much like the text is likelier the place meant ("Al Hasakeh" is
 * Syria's Al-Hasakah, not Bulgaria's Haskovo, whose skeleton it shares). */
/* Entry e's name, folded, in its loose form (loose has NAME_CAP bytes);
 * its length, or (size_t)-1 when the name cannot be read. */
static size_t entry_loose(const ds_gazetteer *g, const ds_gaz_entry *e, char *loose)
{
    if (e->name >= g->h->pool_size) return (size_t)-1;
    const char *name = g->pool + e->name;
    char folded[NAME_CAP];
    size_t n = ds_fold(folded, sizeof folded, name, strnlen(name, NAME_CAP - 1));
    if (n == (size_t)-1) return (size_t)-1;
    return ds_geo_loose(loose, NAME_CAP, folded, n);
}

static uint32_t spelling_distance(const ds_gazetteer *g, const ds_gaz_entry *e, const char *ml,
                                  size_t mn)
{
    enum { CAP = 6 };
    char loose[NAME_CAP];
    size_t l = mn ? entry_loose(g, e, loose) : (size_t)-1;
    if (l == (size_t)-1) return CAP;
    return loose_distance(ml, mn, loose, l, CAP);
}

/* A mention's loose form, made when a candidate first needs it. */
typedef struct mention_loose {
    char s[NAME_CAP];
    size_t n; /* (size_t)-1: not made yet */
} mention_loose;

/* Makes the mention's loose form once. */
static void mention_loose_make(const geo_state *st, const raw_match *m, mention_loose *ml)
{
    if (ml->n != (size_t)-1) return;
    char text[NAME_CAP];
    size_t tl = join_norms(text, NAME_CAP, st->doc->tokens.v, m->tok, m->tok + m->ntok);
    ml->n = tl ? ds_geo_loose(ml->s, sizeof ml->s, text, tl) : 0;
}

/* Are loose forms a and b the same but for doubled letters ("baramulla",
 * "baramula"; "abbottabad", "abbotabad")? */
static bool same_but_doubles(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        if (a[i] != b[j]) return false;
        char c = a[i];
        while (i < an && a[i] == c) i++;
        while (j < bn && b[j] == c) j++;
    }
    return i == an && j == bn;
}

/* Whether token t's norm doubles a consonant ("Wassit", "Mosul" not). */
static bool doubled_consonant(const ds_token *t)
{
    for (size_t k = 1; k < t->norm_len; k++) {
        char c = t->norm[k];
        if (c == t->norm[k - 1] && c >= 'b' && c <= 'z' && !strchr("eiouy", c)) return true;
    }
    return false;
}

/* Whether entry e's name is the mention's loose form but for doubled
 * letters (a transliteration's, not a different name's difference). */
static bool doubles_only(const geo_state *st, const raw_match *m, const ds_gaz_entry *e,
                         mention_loose *ml)
{
    mention_loose_make(st, m, ml);
    char loose[NAME_CAP];
    size_t l = ml->n ? entry_loose(st->g, e, loose) : (size_t)-1;
    return l != (size_t)-1 && same_but_doubles(ml->s, ml->n, loose, l);
}

/* Whether entry e's name is the mention's loose form but for the final "h"
 * of an Arabic feminine ending (ta marbuta) on one side, and doubled
 * letters: "Zuwara" for GeoNames' Zuwarah, "Hajja" for Hajjah; or, for a
 * name of 7 letters or more, but for doubled letters alone: "Nahariya"
 * for GeoNames' Nahariyya (a Hebrew or Arabic name's transliterations
 * differ so). Their skeletons are too short for a looser match. */
__attribute__((noinline)) static bool marbuta_only(const geo_state *st, const raw_match *m,
                                                   const ds_gaz_entry *e, mention_loose *ml)
{
    mention_loose_make(st, m, ml);
    char loose[NAME_CAP];
    size_t l = ml->n ? entry_loose(st->g, e, loose) : (size_t)-1;
    if (l == (size_t)-1 || l < 3 || ml->n < 3) return false;
    size_t n = ml->n;
    bool mh = ml->s[n - 1] == 'h' && ml->s[n - 2] == 'a';
    bool eh = loose[l - 1] == 'h' && loose[l - 2] == 'a';
    if (mh == eh) return n >= 7 && same_but_doubles(ml->s, n, loose, l);
    if (ml->s[n - 1 - mh] != 'a' || loose[l - 1 - eh] != 'a') return false;
    return same_but_doubles(ml->s, n - mh, loose, l - eh);
}

/* A per-thread memo of spelling_distance, a pure function of an entry (of
 * the gazetteer whose load number is gen) and a mention's loose form of
 * fewer than DIST_MEMO_TEXT bytes: resolve asks it again for the same
 * candidate of the same name in its second round and in the documents
 * that name the place again (half of its 470 calls per 2,000 notes, some
 * 3,000 instructions each: the entry's name folded and an edit distance).
 * Direct-mapped, overwritten on a miss; an entry serves only the entry id,
 * loose form and gazetteer it holds. Thread-local and static, as key_memos. */
enum { DIST_MEMO_SLOTS = 256, DIST_MEMO_TEXT = 40 };
typedef struct dist_memo {
    uint64_t gen; /* 0: empty */
    uint32_t entry;
    uint8_t n, dist;
    char s[DIST_MEMO_TEXT];
} dist_memo;
static _Thread_local dist_memo dist_memos[DIST_MEMO_SLOTS];

/* spelling_distance of entry id from mention m (its loose form in *ml,
 * made on the first call). */
static uint32_t mention_distance(const geo_state *st, const raw_match *m, uint32_t id,
                                 mention_loose *ml)
{
    mention_loose_make(st, m, ml);
    const ds_gaz_entry *e = entry_of(st->g, id);
    if (ml->n >= DIST_MEMO_TEXT) return spelling_distance(st->g, e, ml->s, ml->n);
    dist_memo *dm = &dist_memos[(id * 2654435761u ^ m->loose_hash) % DIST_MEMO_SLOTS];
    if (dm->gen == st->g->gen && dm->entry == id && dm->n == ml->n &&
        memcmp(dm->s, ml->s, ml->n) == 0)
        return dm->dist;
    uint32_t d = spelling_distance(st->g, e, ml->s, ml->n);
    dm->gen = st->g->gen;
    dm->entry = id;
    dm->n = (uint8_t)ml->n;
    dm->dist = (uint8_t)d;
    memcpy(dm->s, ml->s, ml->n);
    return d;
}

/* The number of countries listed for sentence s (sent_iso fills in order). */
static uint32_t sent_niso(const geo_state *st, uint32_t s)
{
    uint32_t n = 0;
    while (n < 4 && st->sent_iso[s][n][0]) n++;
    return n;
}

/* Whether some candidate of slot s lies in the country iso (as a word). */
static bool slot_has_country(const ds_gazetteer *g, const ds_gaz_slot *s, uint32_t iso)
{
    if (s->ncand <= POS_RUNS_MIN) {
        for (uint32_t i = 0; i < s->ncand; i++) {
            uint32_t ci;
            memcpy(&ci, g->cands[s->cand + i].iso3, 4);
            if (ci == iso) return true;
        }
        return false;
    }
    return key_pos_run(g->by_iso, s, iso).left > 0;
}

/* resolve's first round, past its fixed early answers, records for a
 * match it leaves unresolved what of m's inputs the second round may find
 * changed: the countries listed for its sentence and the one before, and
 * how many matches above it were resolved (both only grow; neither changes
 * during a call of resolve, so the note is made as it returns). */
static void round0_note(geo_state *st, raw_match *m, uint32_t nparents)
{
    m->r0_full = true;
    m->r0_niso = (uint8_t)sent_niso(st, m->sentence);
    m->r0_niso_prev = (uint8_t)(m->sentence > 0 ? sent_niso(st, m->sentence - 1) : 0);
    m->r0_nparents = nparents;
}

/* Whether the second round of resolve must find for m what the first did
 * (nothing: m is still unresolved), every input it reads being the same or
 * changed only where no candidate of m is concerned:
 * - the resolved matches above it (parent_resolved, v.hier, v.kin, the
 *   supporting countries) the same;
 * - each country added since to its sentence or the one before, or the
 *   focus set since (focus_from_resolved), one in which m has no candidate
 *   (v.ctx, v.focus and the supporting set are read only of a candidate's
 *   own country);
 * - nothing of acceptable or lone_seat_country that asks for the round:
 *   with a focus (now; it decides a type word's support, and the last rule
 *   needs none) only a lone seat; without one, a type word's support
 *   (v.hinted: a hint or a child) and the last rule (a preposition or
 *   v.hinted, not sentence-initial).
 * About three in five of the second round's calls that weigh candidates
 * end here (2,000 notes: 1,719 of 2,801). */
static bool round1_same(const geo_state *st, const raw_match *m, uint32_t nparents,
                        uint32_t lone_iso)
{
    if (!m->r0_full || m->r0_nparents != nparents) return false;
    if (st->doc->focus_iso3[0]
            ? lone_iso != 0
            : m->hint >= 0 || m->has_child || (m->preposition && !m->sentence_initial))
        return false;
    uint32_t iso;
    if (st->focus_moved) {
        memcpy(&iso, st->doc->focus_iso3, 4);
        if (slot_has_country(st->g, m->slot, iso)) return false;
    }
    for (uint32_t d = 0; d < 2 && d <= m->sentence; d++) {
        uint32_t s = m->sentence - d;
        for (uint32_t q = d ? m->r0_niso_prev : m->r0_niso; q < 4 && st->sent_iso[s][q][0]; q++) {
            memcpy(&iso, st->sent_iso[s][q], 4);
            if (slot_has_country(st->g, m->slot, iso)) return false;
        }
    }
    return true;
}

/* Whether candidate c, about to be a match's choice, leads to an entry in
 * range that passes entry_ok and repeats its country, feature, flags and
 * importance (gazbin.h: the same 8 bytes in both records); else the file
 * is corrupt (set here or by entry_of: the stage answers DS_EDATA) and the
 * match stays unresolved. Every chosen entry passes here, so chosen_entry
 * reads it without a test. */
static bool chosen_ok(const ds_gazetteer *g, const ds_gaz_cand *c)
{
    const ds_gaz_entry *e = entry_of(g, c->entry);
    if (e != &BLANK_ENTRY && memcmp(e->iso3, c->iso3, 8) == 0) return true;
    atomic_store_explicit(&g->chk->corrupt, 1, memory_order_relaxed);
    return false;
}
_Static_assert(offsetof(ds_gaz_entry, feature) == offsetof(ds_gaz_entry, iso3) + 4 &&
                   offsetof(ds_gaz_entry, importance) == offsetof(ds_gaz_entry, iso3) + 6 &&
                   offsetof(ds_gaz_cand, feature) == offsetof(ds_gaz_cand, iso3) + 4 &&
                   offsetof(ds_gaz_cand, importance) == offsetof(ds_gaz_cand, iso3) + 6,
               "chosen_ok compares iso3, feature, flags and importance as 8 bytes");

/* In "Town, Province, Country" the middle names a division: the bonus of a
 * province candidate of m (which places the match child before it), 4500
 * when m's parent is resolved to a country (GTD "Place, Kabul,
 * Afghanistan"), else 1500; none when the child is itself spelt as a
 * division ("Balkh, Kunduz, and Kabul" is a list). */
static long middle_division_bonus(const geo_state *st, const raw_match *m, raw_match *child)
{
    const ds_gazetteer *g = st->g;
    uint32_t div_features = 1u << DS_FEAT_ADMIN1 | 1u << DS_FEAT_COUNTRY, cfrom = 0, cto = 0;
    if (child && child->slot && (child->slot->features & div_features))
        match_run(g, child, &cfrom, &cto);
    for (uint32_t j = cfrom; j < cto; j++) {
        const ds_gaz_cand *cc = &g->cands[child->slot->cand + by_hash_pos(g, child->slot, j)];
        uint8_t f = cc->feature;
        if (cc->loose_hash == child->loose_hash && (f == DS_FEAT_ADMIN1 || f == DS_FEAT_COUNTRY))
            return 0;
    }
    bool parent_is_country = m->parent != DS_NONE && st->m.v[m->parent].chosen != DS_NONE &&
                             chosen_entry(g, st->m.v[m->parent].chosen)->feature == DS_FEAT_COUNTRY;
    return parent_is_country ? 4500 : 1500;
}

/* Always inline: its one caller, places, calls it 17k times per 2,000
 * notes, and the checks above made the compiler stop inlining it. */
static inline __attribute__((always_inline)) void resolve(geo_state *st, uint32_t k)
{
    raw_match *m = &st->m.v[k];
    const ds_gazetteer *g = st->g;
    if (!m->slot || never_resolves(m)) return;
    /* short skeletons, acronyms, lower-case inner words: only exact spellings
     * (the loop below passes over the others); with none, nothing to pick */
    bool exact_only = m->slot->key_len < 3 || m->lower_inner || m->upper;
    bool marbuta_end = false; /* see marbuta_only */
    bool relaxed = false;     /* exact_only, lifted for marbuta_end: needs a country */
    if (exact_only) {
        uint32_t from, to;
        match_run(g, m, &from, &to);
        if (from == to) {
            /* (but a short skeleton with no exact spelling after "in", in
             * a text with a country, may end in an Arabic feminine
             * ending: "in Zuwara", GeoNames' Zuwarah, whose skeleton is two
             * letters) */
            /* (or, after any word, a single word of 7 letters or more
             * that may differ only by a doubled letter: "Rockets hit
             * Nahariya", GeoNames' Nahariyya, whose skeleton is "nr") */
            const ds_token *lt = &st->doc->tokens.v[m->tok + m->ntok - 1];
            marbuta_end =
                !m->upper && !m->lower_inner && lt->norm_len >= 4 &&
                ((m->preposition &&
                  (lt->norm[lt->norm_len - 1] == 'a' ||
                   (lt->norm[lt->norm_len - 1] == 'h' && lt->norm[lt->norm_len - 2] == 'a'))) ||
                 (m->ntok == 1 && lt->norm_len >= 7));
            if (!marbuta_end) return;
            exact_only = false;
            relaxed = true;
        }
    }
    uint32_t best = DS_NONE;
    const ds_gaz_cand *best_c = NULL; /* the candidate that gave best */
    long best_score = -1;
    cand_eval bv = {0};
    uint32_t nparents = 0; /* of the chain above m, those resolved */
    for (uint32_t p = m->parent; p != DS_NONE; p = st->m.v[p].parent)
        nparents += st->m.v[p].chosen != DS_NONE;
    bool parent_resolved = nparents > 0;
    uint32_t lone_iso = lone_seat_country(st, k);
    if (st->round > 0 && round1_same(st, m, nparents, lone_iso)) return;
    size_t keylen = m->slot->key_len; /* not strlen of the pool: a cache miss */
    /* (a skeleton of three letters after a preposition may end in the
     * feminine ending too: "in Shabwa", GeoNames' Shabwah) */
    if (!marbuta_end && keylen == 3 && m->preposition && !m->upper && !m->lower_inner) {
        const ds_token *lt = &st->doc->tokens.v[m->tok + m->ntok - 1];
        marbuta_end = lt->norm_len >= 5 &&
                      (lt->norm[lt->norm_len - 1] == 'a' ||
                       (lt->norm[lt->norm_len - 1] == 'h' && lt->norm[lt->norm_len - 2] == 'a'));
    }
    bool upper = m->upper;
    raw_match *child = k > 0 && st->m.v[k - 1].parent == k ? &st->m.v[k - 1] : NULL;
    /* "Bamenda (Mezam, Nord-Ouest)": a name the gazetteer lacks passes the
     * support on from the town before it */
    for (uint32_t j = k - 1; child && !child->slot && j > 0 && st->m.v[j - 1].parent == j; j--)
        child = &st->m.v[j - 1];
    long middle_bonus = -1; /* middle_division_bonus, asked for once a province scores */
    /* "RIO DE JANEIRO, Nov 12 (AP) -", "SAO PAULO, 3 May 2024 -": a
     * dateline names the town a report was filed from, so the provincial
     * seat outweighs its province of the same name (elsewhere "in Kaduna"
     * after "Kaduna state" is the state: the seat ranks just below it) */
    long seat_bonus = m->sentence_initial && m->hint < 0 && !m->has_child && dateline_place(st, m)
                          ? DATELINE_SEAT_BONUS
                          : 0;
    /* The countries that can support a candidate (parents' chosen entries,
     * this and the previous sentence, the focus): a candidate elsewhere that
     * is not spelt exactly is acceptable only as a strong name with a type
     * word or a child (see acceptable), so most are rejected here from the
     * candidate array alone. */
    /* (the set's membership, its size and geo_all do not depend on the
     * order the codes are added in: the sentences' codes, which fit, first) */
    if (st->sgeo_sent != m->sentence || st->sgeo_ver != st->iso_ver) {
        st->nsgeo = 0;
        st->sgeo_mask = 0;
        for (uint32_t d = 0; st->sent_iso && d < 2 && d <= m->sentence; d++)
            for (int q = 0; q < 4 && st->sent_iso[m->sentence - d][q][0]; q++)
                geo_add(st->sgeo, &st->nsgeo, &st->sgeo_mask, st->sent_iso[m->sentence - d][q]);
        st->sgeo_sent = m->sentence;
        st->sgeo_ver = st->iso_ver;
    }
    /* (the short skeleton's looser spellings need a country: the focus or
     * one this sentence or the one before names) */
    if (relaxed && !st->doc->focus_iso3[0] && !st->nsgeo) return;
    uint32_t geo_iso[16];
    uint32_t ngeo = st->nsgeo;
    uint64_t geo_mask = st->sgeo_mask; /* iso_bit of each */
    memcpy(geo_iso, st->sgeo, sizeof geo_iso);
    bool geo_all = false; /* too many to list: no early rejection */
    for (uint32_t p = m->parent; p != DS_NONE && !geo_all; p = st->m.v[p].parent)
        if (st->m.v[p].chosen != DS_NONE)
            geo_all |=
                !geo_add(geo_iso, &ngeo, &geo_mask, chosen_entry(g, st->m.v[p].chosen)->iso3);
    if (st->doc->focus_iso3[0]) geo_all |= !geo_add(geo_iso, &ngeo, &geo_mask, st->doc->focus_iso3);
    /* "BEIRUT, 14 October 2024 - Gunmen fought in Tripoli" in a report
     * whose later paragraphs are on Libya: in the dateline's paragraph its
     * country weighs as the focus does (Lebanon's Tripoli) */
    /* "Guma Local Government Area", "Guma LGA": Nigeria's districts (not
     * Liberia's Guma), as if the sentence named Nigeria */
    uint32_t lga_iso = 0;
    if (m->hint == DS_FEAT_ADMIN2 && lga_word(st->doc->tokens.v, m->end_tok)) {
        memcpy(&lga_iso, "NGA", 4);
        geo_all |= !geo_add(geo_iso, &ngeo, &geo_mask, "NGA");
    }
    const char *type_isos = type_word_countries(st->doc->tokens.v, m);
    uint32_t dl_iso = 0;
    if (st->dl_iso3[0] && st->doc->sentences.v[m->sentence].block == st->dl_block) {
        memcpy(&dl_iso, st->dl_iso3, 4);
        geo_all |= !geo_add(geo_iso, &ngeo, &geo_mask, st->dl_iso3);
    }
    /* "Somali forces recaptured Mahas, Hiraan region": a demonym of the
     * sentence names an actor, not where, so it is no context; but between
     * candidates it tips the balance (Hiiraan, not India's Haryana) */
    uint32_t dem_iso = m->slot->ncand > 1 ? m->dem_before : 0;
    uint32_t focus_iso = 0; /* the focus as a word, 0 none */
    if (st->doc->focus_iso3[0]) memcpy(&focus_iso, st->doc->focus_iso3, 4);
    bool weak_ok = m->hint >= 0 || child; /* the only support a strong name elsewhere can have */
    /* the child's candidates that can support one of m's (its most
     * important: sorted lists), and the iso_bit of their countries: a
     * candidate of another country is placed by none of them (fits_parent's
     * first test), and skips their loop */
    uint32_t child_n = child && child->slot ? child->slot->ncand : 0;
    if (child_n > 16) child_n = 16;
    uint64_t child_isos = 0;
    /* their countries as words, for the loop below to pick those of a
     * candidate's country at once (same_iso16); entries past child_n are
     * cleared, and masked off there */
    uint32_t child_iso[16] = {0};
    for (uint32_t j = 0; j < child_n; j++) {
        memcpy(&child_iso[j], g->cands[child->slot->cand + j].iso3, 4);
        child_isos |= 1ull << iso_bit(child_iso[j]);
    }
    /* the mention's loose form, made on first need; not initialised whole
     * (an initialiser would clear its NAME_CAP bytes on every call) */
    mention_loose ml;
    ml.n = (size_t)-1;
    const ds_gaz_cand *cands = &g->cands[m->slot->cand];
    uint32_t from = 0, to = m->slot->ncand;
    /* with no country to support them and no type word or child, the
     * candidates not spelt exactly cannot be taken either */
    bool indexed = (exact_only || (!geo_all && ngeo == 0 && !weak_ok)) && to > 1;
    if (indexed) /* only the exact spellings: their run in by_hash, in list order */
        match_run(g, m, &from, &to);
    /* a long list: the candidates neither spelt exactly nor (by the mask)
     * in a supporting country, nor strong names when a type word or child
     * may support one abroad, are rejected below; skip them in a tight loop
     * (most of such a list) */
    bool skim = !indexed && !geo_all;
    /* A long list and one supporting country or none (most long lists;
     * round 2 skimmed each again once a focus was set): the candidates the
     * skim stops at are those spelt exactly (the exact run), of the country
     * (its by_iso run; the skim also stops at the mask's other countries,
     * which the test below rejects), and with a type word or a child the
     * strong names and, with both, the districts the child fits (by_class
     * runs, the districts tested as the skim did). The skim goes from one
     * of them to the next (merged, in list order) instead of along the
     * list, unless they are so many that the list is as short. */
    /* (made only with runs, the only case that reads them: most calls have
     * a short list, and clearing the four cost as much as the rest) */
    pos_run exact, near1, strong, district;
    bool runs = to > POS_RUNS_MIN && ngeo <= 1 && skim, fit = false;
    if (runs) {
        uint32_t rf, rt;
        match_run(g, m, &rf, &rt);
        exact = (pos_run){&g->by_hash[m->slot->cand + rf], rt - rf};
        near1 = strong = district = (pos_run){NULL, 0};
        if (ngeo == 1) near1 = key_pos_run(g->by_iso, m->slot, geo_iso[0]);
        if (weak_ok) {
            strong = key_pos_run(g->by_class, m->slot, DS_GAZ_CLASS_STRONG);
            fit = m->hint >= 0 && child && child->slot;
            if (fit) district = key_pos_run(g->by_class, m->slot, DS_GAZ_CLASS_DISTRICT);
        }
        runs = (exact.left + near1.left + strong.left + district.left) * 2 < to;
    }
    /* the bonuses a candidate's score may have that do not depend on its
     * own fields: the hierarchy (a resolved parent), a type word, a
     * division named before a child, the child's support */
    long bonus_bound = -1; /* made when a candidate leads: most calls weigh one */
    /* bonus_bound and every bonus of a candidate's own fields at their
     * greatest (any country, spelling, feature), made with it: a bound of
     * any later candidate's score but for its importance */
    long rest_bound = 0;
    for (uint32_t it = from; it < to; it++) {
        if (skim) {
            uint32_t ci, mlh = m->loose_hash;
            if (runs) {
                for (;;) {
                    uint32_t a = pos_run_at(g, &exact, it, to), b = pos_run_at(g, &near1, it, to);
                    uint32_t p = a < b ? a : b;
                    if (weak_ok) {
                        uint32_t c = pos_run_at(g, &strong, it, to);
                        p = c < p ? c : p;
                    }
                    uint32_t d = fit ? pos_run_at(g, &district, it, to) : to;
                    /* a district before the others' next: a stop if the child fits it */
                    if (d < p && !child_fits_district(g, child, &cands[d])) {
                        it = d + 1;
                        continue;
                    }
                    it = d < p ? d : p;
                    break;
                }
            } else if (!weak_ok) /* the test below without its last term, in the tightest loop */
                while (it < to && cands[it].loose_hash != mlh &&
                       (memcpy(&ci, cands[it].iso3, 4), !(geo_mask >> iso_bit(ci) & 1)))
                    it++;
            else
                while (it < to && cands[it].loose_hash != mlh &&
                       (memcpy(&ci, cands[it].iso3, 4), !(geo_mask >> iso_bit(ci) & 1)) &&
                       !cand_strong(&cands[it]) &&
                       !(m->hint >= 0 && child_fits(g, child, &cands[it])))
                    it++;
            if (it == to) break;
        }
        const ds_gaz_cand *c = &cands[indexed ? by_hash_pos(g, m->slot, it) : it];
        cand_eval v = {0};
        v.exact = c->loose_hash == m->loose_hash;
        uint32_t ci; /* its country code as a word */
        memcpy(&ci, c->iso3, 4);
        /* once a candidate leads, one whose score cannot pass it (a bound
         * of each bonus below, from its own fields: the spelling only
         * lowers a score) is not weighed */
        if (best_score >= 0) {
            if (bonus_bound < 0) {
                bonus_bound = (parent_resolved ? 8000 : 0) + (m->hint >= 0 ? 4000 : 0) +
                              (m->has_child && m->hint < 0 ? 1000 + 4500 : 0) +
                              (child ? CHILD_BONUS_MAX + (st->nsgeo ? CHILD_EXACT_BONUS : 0) : 0);
                rest_bound = bonus_bound + 4000 + seat_bonus +
                             (st->sgeo_mask || lga_iso ? 3000 : 0) +
                             (focus_iso || dl_iso ? 2000 : 0) + (dem_iso ? 3000 : 0) +
                             (st->nnamed_admin1 ? 1500 : 0) + (child ? COUNTRY_CHILD_BONUS : 0) +
                             (type_isos ? TYPE_COUNTRY_BONUS : 0);
            }
            long bound =
                c->importance + bonus_bound + (v.exact ? 4000 : 0) +
                (c->flags & DS_GAZF_SEAT1 ? seat_bonus : 0) +
                ((st->sgeo_mask >> iso_bit(ci) & 1) || ci == lga_iso ? 3000 : 0) +
                ((focus_iso && ci == focus_iso) || (dl_iso && ci == dl_iso) ? 2000 : 0) +
                (dem_iso && ci == dem_iso ? 3000 : 0) +
                (st->nnamed_admin1 && (c->feature == DS_FEAT_CITY || c->feature == DS_FEAT_ADMIN2)
                     ? 1500
                     : 0) +
                (child && c->feature == DS_FEAT_COUNTRY ? COUNTRY_CHILD_BONUS : 0) +
                (type_isos && iso_listed(type_isos, c->iso3) ? TYPE_COUNTRY_BONUS : 0);
            if (bound <= best_score) {
                /* the candidates come in list order (every mode of the loop
                 * keeps it), by importance, highest first (gazbin.h): when
                 * none of them after this one can pass the leader with every
                 * bonus, none is weighed */
                if (c->importance + rest_bound <= best_score) break;
                continue;
            }
        }
        v.lone_seat = lone_iso && ci == lone_iso;
        if (!v.exact && exact_only) continue;
        if (!geo_all && (!v.exact || (!weak_ok && st->round == 0))) {
            bool near = false;
            if (geo_mask >> iso_bit(ci) & 1)
                for (uint32_t q = 0; q < ngeo && !near; q++) near = geo_iso[q] == ci;
            if (!near && !v.exact) {
                if (!weak_ok) continue; /* decided without the candidate's feature */
                /* "Handwara town (Kupwara district, J&K)": a division abroad
                 * that a town of the chain lies in may be taken too */
                if (!cand_strong(c) && !(m->hint >= 0 && child_fits(g, child, c))) continue;
            } else if (!near) {
                /* spelt exactly, but in no supporting country, with no type
                 * word or child (so no v.hier, v.ctx, v.focus, v.hinted,
                 * v.child) and no lone seat (the first round): acceptable
                 * takes it only as a strong name, a country or demonym
                 * (the NEEDS_SUPPORT rule), or in the country of the
                 * demonym before it; its last rule waits for the second
                 * round */
                if (!cand_strong(c) && c->feature != DS_FEAT_COUNTRY &&
                    c->feature != DS_FEAT_DEMONYM && ci != m->dem_before)
                    continue;
            }
        }
        /* the candidate's own fields are in c; its entry is read only to
         * test the hierarchy, when a parent is resolved in its country */
        const ds_gaz_cand *e = c;
        /* the nearest division above decides; the country only when none is named
         * ("Sayad area, Mahmud Raqi, Kapisa, Afghanistan": not a Sayad elsewhere) */
        bool divided = false;
        for (uint32_t p = m->parent; p != DS_NONE && !v.hier; p = st->m.v[p].parent) {
            uint32_t pc = st->m.v[p].chosen;
            if (pc == DS_NONE) continue;
            const ds_gaz_entry *pe = chosen_entry(g, pc);
            uint8_t pf = pe->feature;
            if (pf == DS_FEAT_COUNTRY && divided) break;
            bool kin = iso_eq(c->iso3, pe->iso3);
            v.kin |= kin;
            v.hier = kin && fits_parent(entry_of(g, c->entry), c->entry, pe, pc);
            if (pf != DS_FEAT_COUNTRY) divided = true;
            if (pf == DS_FEAT_ADMIN1) break;
        }
        /* whether this sentence or the one before names the candidate's
         * country: their codes are st->sgeo, made above for this call
         * (sent_iso does not change during it), with their bits in sgeo_mask */
        v.ctx = false;
        if (st->sgeo_mask >> iso_bit(ci) & 1)
            for (uint32_t q = 0; q < st->nsgeo && !v.ctx; q++) v.ctx = st->sgeo[q] == ci;
        v.ctx |= lga_iso && ci == lga_iso;
        v.focus = (focus_iso && ci == focus_iso) || (dl_iso && ci == dl_iso);
        v.hinted = m->hint >= 0 && (m->hint == e->feature ||
                                    (m->hint == DS_FEAT_CITY && e->feature == DS_FEAT_ADMIN2) ||
                                    /* "Mandera county": Kenya's counties are its
                                     * provinces; "Sulu province" is a district of
                                     * the Philippines' */
                                    (m->hint == DS_FEAT_ADMIN2 && e->feature == DS_FEAT_ADMIN1) ||
                                    (m->hint == DS_FEAT_ADMIN1 && e->feature == DS_FEAT_ADMIN2));
        /* "Town (Town, Yatenga)": a name that places another is a division */
        if (m->has_child && m->hint < 0 && v.exact &&
            (e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_ADMIN2))
            v.hinted = true;
        /* With no child, v.child and v.close stay false (only the child's
         * loop and a close spelling with a child set them), so what
         * acceptable reads is all known here: a candidate it rejects (most
         * of a match left unresolved) is passed over before it is scored,
         * and one it takes is not asked again below. */
        /* "in Baramulla" for GeoNames' Baramula, in the country of the
         * context: a short skeleton spelt as written but for a doubled
         * letter, after a preposition (acceptable reads v.close); for a
         * province, the shortest skeletons too, when the text doubles a
         * consonant ("in Wassit" for Iraq's Wasit under a Baghdad dateline;
         * "in Hiraan" keeps the Hiiraan of the town it names) */
        if (!v.exact && m->preposition && (v.ctx || v.focus) && !v.hier &&
            !(e->flags & DS_GAZF_NEEDS_SUPPORT) &&
            (keylen == 4 || (keylen == 3 && e->feature == DS_FEAT_ADMIN1 && m->ntok == 1 &&
                             doubled_consonant(&st->doc->tokens.v[m->tok]))))
            v.close = doubles_only(st, m, entry_of(g, c->entry), &ml);
        /* "Troops recaptured Ceel Dheere in Galgaduud" under a Mogadishu
         * dateline (GeoNames' Ceel Dheer): a name of two words or more, one
         * edit from the text, in the country of the context, needs no
         * preposition before it (Somali names have many spellings) */
        if (!v.exact && !v.close && !m->preposition && m->ntok > 1 && keylen >= 4 &&
            (v.ctx || v.focus) && !(e->flags & DS_GAZF_NEEDS_SUPPORT))
            v.close = mention_distance(st, m, c->entry, &ml) <= 1;
        /* "in Zuwara, Libya" for GeoNames' Zuwarah: the same, for the
         * shortest skeletons, but for a feminine ending's "h" */
        if (marbuta_end && !v.exact && keylen < 4 && (v.ctx || v.focus || v.hier) &&
            !(e->flags & DS_GAZF_NEEDS_SUPPORT))
            v.marbuta = marbuta_only(st, m, entry_of(g, c->entry), &ml);
        if (!child && !acceptable(st, m, e, &v, parent_resolved, keylen, upper)) continue;
        long score = e->importance;
        if (v.exact) score += 4000;
        if (v.hier) score += 8000;
        if (v.hinted) score += m->hint == e->feature ? 4000 : 1000;
        /* in "Town, Province, Country" the middle names a division */
        if (m->has_child && m->hint < 0 && e->feature == DS_FEAT_ADMIN1) {
            if (middle_bonus < 0) middle_bonus = middle_division_bonus(st, m, child);
            score += middle_bonus;
        }
        if (c->flags & DS_GAZF_SEAT1) score += seat_bonus;
        if (v.ctx) score += 3000;
        if (v.focus) score += 2000;
        if (type_isos && iso_listed(type_isos, c->iso3)) score += TYPE_COUNTRY_BONUS;
        if (dem_iso && !v.ctx && ci == dem_iso) score += 3000;
        if (st->nnamed_admin1 && (c->feature == DS_FEAT_CITY || c->feature == DS_FEAT_ADMIN2)) {
            uint32_t a1 = entry_of(g, c->entry)->admin1_id;
            for (uint32_t j = 0; j < st->nnamed_admin1; j++)
                if (st->named_admin1[j] == a1) {
                    score += 1500; /* in a province the document names */
                    break;
                }
        }
        /* the child bonus is at most CHILD_BONUS_MAX (and COUNTRY_CHILD_BONUS
         * more for a country): skip what cannot win */
        long bonus_max = child ? CHILD_BONUS_MAX + (st->nsgeo && !v.ctx ? CHILD_EXACT_BONUS : 0) +
                                     (c->feature == DS_FEAT_COUNTRY ? COUNTRY_CHILD_BONUS : 0)
                               : 0;
        if (score + bonus_max <= best_score) continue;

        /* "Islamabad, Federal Capital Territory": the name before supports the
         * division; the child's most important candidates suffice (sorted lists) */
        long child_bonus = 0;
        bool child_exact = false;
        /* the child's candidates in c's country (fits_parent's first test):
         * bit j for its candidate j */
        uint32_t same = child_isos >> iso_bit(ci) & 1
                            ? same_iso16(child_iso, ci) & (uint32_t)((1ull << child_n) - 1)
                            : 0;
        const ds_gaz_entry *ce = NULL; /* c's entry, read (entry_of) when first asked */
        for (; same; same &= same - 1) {
            uint32_t j = (uint32_t)__builtin_ctz(same);
            const ds_gaz_cand *cc = &g->cands[child->slot->cand + j];
            if (cc->entry == c->entry) { /* ACLED "Mzuzu (Mzuzu City, Northern)" */
                v.child = true;
                continue;
            }
            if (!ce) ce = entry_of(g, c->entry);
            if (fits_parent(entry_of(g, cc->entry), cc->entry, ce, c->entry)) {
                long imp = cc->importance;
                if (imp > child_bonus) child_bonus = imp;
                v.child = true;
                child_exact |= cc->loose_hash == child->loose_hash;
            }
        }
        /* "Ampang (Mangu, Plateau)": a child spelt as written but past the
         * 16 most important of a long list of look-alikes (Mango, Manga...)
         * still places its parent */
        if (child && child->slot && child->slot->ncand > 16) {
            uint32_t rf, rt;
            match_run(g, child, &rf, &rt);
            for (uint32_t r = rf; r < rt; r++) {
                uint32_t j = by_hash_pos(g, child->slot, r);
                const ds_gaz_cand *cc = &g->cands[child->slot->cand + j];
                if (j < 16 || !iso_eq(cc->iso3, c->iso3) || cc->entry == c->entry) continue;
                if (!ce) ce = entry_of(g, c->entry);
                if (fits_parent(entry_of(g, cc->entry), cc->entry, ce, c->entry)) {
                    if (cc->importance > child_bonus) child_bonus = cc->importance;
                    v.child = true;
                    child_exact = true;
                }
            }
        }
        if (child_bonus > CHILD_BONUS_MAX) child_bonus = CHILD_BONUS_MAX;
        /* "Lahore (Punjab)" in a sentence that names India: the division,
         * spelt as written, in which the town is spelt as written
         * (Pakistan's) outweighs the context country's, which has only a
         * town spelt like it */
        score += child_bonus;
        if (child_exact && v.exact && !v.ctx && st->nsgeo) score += CHILD_EXACT_BONUS;
        /* "Brazzaville, Congo": a country placed by the town before it
         * outweighs another country of that name in the context */
        if (v.child && c->feature == DS_FEAT_COUNTRY) score += COUNTRY_CHILD_BONUS;
        if (!v.exact && v.child && m->has_child)
            v.close = mention_distance(st, m, c->entry, &ml) <= 1;
        v.child_exact = child_exact;
        if (child && !acceptable(st, m, e, &v, parent_resolved, keylen, upper)) continue;
        /* a spelling unlike the text costs (spelling_distance); it only
         * lowers a score, so it is reckoned only for a candidate that
         * would otherwise take the lead */
        if (!v.exact && score > best_score)
            score -= 300 * (long)mention_distance(st, m, c->entry, &ml);
        if (score > best_score) {
            best_score = score;
            best = c->entry;
            best_c = c;
            bv = v;
        }
    }
    if (best == DS_NONE || !chosen_ok(g, best_c)) {
        /* left for the second round: what it reads that may change (a
         * match resolved now is not asked again) */
        if (st->round == 0) round0_note(st, m, nparents);
        return;
    }
    m->chosen = best;
    if (bv.hier)
        m->how = DS_GEO_HIERARCHY;
    else if (m->slot->ncand == 1 || (m->slot->features & DS_GAZ_ONE_COUNTRY))
        m->how = DS_GEO_UNIQUE;
    else if (bv.ctx)
        m->how = DS_GEO_CONTEXT;
    else if (bv.focus)
        m->how = DS_GEO_FOCUS;
    else
        m->how = DS_GEO_POPULATION;
    if (m->how >= DS_GEO_CONTEXT && m->how != DS_GEO_FOCUS && (best_c->flags & DS_GAZF_LARGE))
        st->large_abroad = true;
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* True when some candidate of m is in country iso3 (then a rejected m is
 * another place of that country, not one the gazetteer lacks). */
static bool known_in_country(const ds_gazetteer *g, const raw_match *m, const char *iso3)
{
    for (uint32_t i = 0; i < m->slot->ncand; i++)
        if (iso_eq(g->cands[m->slot->cand + i].iso3, iso3)) return true;
    return false;
}

/* The district a town with none in the gazetteer lies in, by the match
 * that places it (m's parent) in country iso3: a district ("Djibasso, in
 * the Kossi province"; "Tongomayel, Soum") or a town that bears its
 * district's name ("Khuzaa (Khan Yunis, Gaza Strip)"); NULL when none. */
__attribute__((noinline)) static const char *parent_district(const geo_state *st,
                                                             const raw_match *m, const char *iso3)
{
    if (m->parent == DS_NONE || st->m.v[m->parent].chosen == DS_NONE) return NULL;
    ds_gaz_place pp;
    place_of(st->g, st->m.v[m->parent].chosen, &pp);
    if (!iso_eq(pp.iso3, iso3)) return NULL;
    if (pp.feature == DS_FEAT_ADMIN2) return pp.name;
    if (pp.feature == DS_FEAT_CITY && pp.admin2 && pp.name && !strcmp(pp.admin2, pp.name))
        return pp.admin2;
    return NULL;
}

/* Match k as a place of the document (none for most unresolved names).
 * Always inline: its one caller, places, calls it for some 5,900 matches
 * per 2,000 notes, each call some 30 instructions of saved registers and
 * reloaded state. */
static inline __attribute__((always_inline)) ds_status emit(geo_state *st, uint32_t k)
{
    ds_doc *doc = st->doc;
    const ds_gazetteer *g = st->g;
    raw_match *m = &st->m.v[k];
    const ds_token *tok = doc->tokens.v;
    ds_gaz_place gp;
    ds_place *p;
    if (m->chosen == DS_NONE) {
        /* a place the gazetteer lacks, placed by the chain that follows it */
        uint32_t pk = m->parent;
        while (pk != DS_NONE && st->m.v[pk].chosen == DS_NONE) pk = st->m.v[pk].parent;
        /* (linked by "in the Y region", only a name the gazetteer lacks
         * after "at" or "near" is placed, "at Kpinkankandi, in the Savanes
         * region" (near_in_division): "the Taliban in Herat province" is
         * none, and "the village of X, in Y" is the events' to locate) */
        if (pk == DS_NONE || (m->said_in && (m->slot || !at_or_near(&tok[m->tok - 1]))))
            return DS_OK;
        const raw_match *par = &st->m.v[pk];
        place_of(g, par->chosen, &gp); /* chosen: checked (see chosen_entry) */
        if (gp.feature == DS_FEAT_DEMONYM || gp.feature == DS_FEAT_REGION) return DS_OK;
        /* "Los Angeles, New York": a list of towns, unless written "Town (Town, ...)"
         * or the town is itself placed ("X, Kabul, Afghanistan") */
        if (gp.feature == DS_FEAT_CITY && !m->paren && par->parent == DS_NONE) return DS_OK;
        if (gp.feature == DS_FEAT_COUNTRY && m->slot && known_in_country(g, m, gp.iso3))
            return DS_OK;
        if (gp.feature == DS_FEAT_COUNTRY && !m->preposition) return DS_OK;
        if (m->title_before || m->person) return DS_OK;
        /* "Chungbuk National University Hospital (Cheongju)": a building */
        if (tok_cls(st, &tok[m->tok + m->ntok - 1]) & WC_INSTITUTION) return DS_OK;
        /* "Ministry of Defence, Republic of Mozambique": the end of an
         * institution's name, not a place (but "the Head of Zmiivka village") */
        if (m->tok >= 2 && tok[m->tok - 1].norm_len == 2 &&
            !memcmp(tok[m->tok - 1].norm, "of", 2) && (tok[m->tok - 2].flags & DS_TOK_CAP) &&
            (tok_cls(st, &tok[m->tok - 2]) & WC_INSTITUTION))
            return DS_OK;
        if (!(p = ds_vec_push(doc->arena, &doc->places))) return DS_ENOMEM;
        uint32_t a = tok[m->tok].span.start, b = tok[m->tok + m->ntok - 1].span.end;
        p->span = (ds_span){a, m->compass || m->subunit ? b : tok[m->end_tok - 1].span.end};
        p->sentence = m->sentence;
        p->gaz_id = DS_NONE;
        p->feature = m->hint == DS_FEAT_ADMIN2 ? DS_FEAT_ADMIN2 : DS_FEAT_CITY;
        p->how = DS_GEO_HIERARCHY;
        memcpy(p->iso3, gp.iso3, 4);
        p->name = ds_arena_strndup(doc->arena, doc->text + a, b - a);
        p->admin1 = gp.feature == DS_FEAT_COUNTRY ? NULL : gp.admin1;
        p->admin2 = gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2 ? gp.admin2 : NULL;
        if (!p->admin2 && gp.feature == DS_FEAT_CITY) p->admin2 = parent_district(st, par, gp.iso3);
        /* "Bwiremi groupement (Masisi, Nord-Kivu)": ACLED's chain names the
         * district by its seat's name */
        if (!p->admin2 && gp.feature == DS_FEAT_CITY && m->paren && par->parent != DS_NONE)
            p->admin2 = gp.name;
        if (p->feature == DS_FEAT_ADMIN2) p->admin2 = p->name;
        p->has_coords =
            gp.has_coords && (gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2);
        p->lat = p->has_coords ? gp.lat : 0;
        p->lon = p->has_coords ? gp.lon : 0;
        return p->name ? DS_OK : DS_ENOMEM;
    }
    place_of(g, m->chosen, &gp); /* chosen: checked (see chosen_entry) */
    if (!(p = ds_vec_push(doc->arena, &doc->places))) return DS_ENOMEM;
    uint32_t start = tok[m->tok].span.start;
    p->sentence = m->sentence;
    p->gaz_id = m->chosen;
    /* "in Osh city": the town that bears its province's name, which the
     * gazetteer keeps as the province */
    p->feature =
        gp.feature == DS_FEAT_ADMIN1 && m->hint == DS_FEAT_CITY ? DS_FEAT_CITY : gp.feature;
    p->how = m->how;
    memcpy(p->iso3, gp.iso3, 4);
    p->name = gp.name;
    p->admin1 = gp.feature == DS_FEAT_COUNTRY || gp.feature == DS_FEAT_DEMONYM ? NULL : gp.admin1;
    p->admin2 = gp.admin2;
    if (!p->admin2 && gp.feature == DS_FEAT_CITY) p->admin2 = parent_district(st, m, gp.iso3);
    p->lat = gp.lat;
    p->lon = gp.lon;
    p->has_coords = gp.has_coords;
    if (gp.feature == DS_FEAT_COUNTRY && m->region_tok != DS_NONE) {
        /* "northern Afghanistan": an informal region of the country */
        const ds_token *d = &tok[m->region_tok];
        start = d->span.start;
        p->feature = DS_FEAT_REGION;
        p->name = ds_arena_printf(doc->arena, "%c%s %s", d->norm[0] - 32, d->norm + 1, gp.name);
        if (!p->name) return DS_ENOMEM;
    }
    p->span = (ds_span){
        start, tok[(m->compass || m->subunit ? m->tok + m->ntok : m->end_tok) - 1].span.end};
    return DS_OK;
}

/* The country entry named by text[0, n) spelt exactly (its name or a
 * demonym: "Kenya", "Afghan"), or UINT32_MAX. */
static uint32_t country_named(const geo_state *st, const char *text, size_t n)
{
    char folded[NAME_CAP], key[NAME_CAP];
    size_t fl = ds_fold(folded, sizeof folded, text, n);
    if (fl == (size_t)-1 || fl == 0) return UINT32_MAX;
    size_t kl = ds_geo_key(key, sizeof key, folded, fl);
    const ds_gaz_slot *sl = kl ? gaz_lookup(st->g, key, kl) : NULL;
    if (!sl || !(sl->features & (1u << DS_FEAT_COUNTRY | 1u << DS_FEAT_DEMONYM))) return UINT32_MAX;
    uint32_t lh = loose_hash_of(folded, fl), found = UINT32_MAX;
    for (uint32_t c = 0; c < sl->ncand; c++) {
        const ds_gaz_cand *cd = &st->g->cands[sl->cand + c];
        if (cd->loose_hash != lh ||
            (cd->feature != DS_FEAT_COUNTRY && cd->feature != DS_FEAT_DEMONYM))
            continue;
        /* a demonym stands for its country ("the Afghan-Pakistan border") */
        uint32_t id = cd->feature == DS_FEAT_COUNTRY ? cd->entry : country_entry(st->g, cd->iso3);
        if (id == UINT32_MAX || (found != UINT32_MAX && found != id))
            return UINT32_MAX; /* "Congo" names two */
        found = id;
    }
    return found;
}

/* Is token t a word after which a pair of countries is a border: "the
 * Kenya-Somalia border", "the Mali-Niger frontier"? */
static bool border_word(const ds_token *t)
{
    return (t->norm_len == 6 && !memcmp(t->norm, "border", 6)) ||
           (t->norm_len == 7 && !memcmp(t->norm, "borders", 7)) ||
           (t->norm_len == 8 &&
            (!memcmp(t->norm, "frontier", 8) || !memcmp(t->norm, "boundary", 8)));
}

/* "near Liboi, on the Kenya-Somalia border", "along the Mali-Burkina Faso
 * border", "the Afghan-Pakistan border": a hyphenated pair of countries (or
 * demonyms) before a border word, one word to the tokenizer and so no
 * place before, names both: each is the context of its sentence's towns,
 * and a place (emit_border_pairs). Before the rounds of resolve. */
static void find_border_pairs(geo_state *st)
{
    const ds_doc *doc = st->doc;
    const ds_token *tok = doc->tokens.v;
    for (uint32_t s = 0; s < doc->sentences.n && st->nborder + 2 <= 8; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        ds_block_kind bk =
            se->block < doc->blocks.n ? doc->blocks.v[se->block].kind : DS_BLOCK_PROSE;
        if (bk == DS_BLOCK_FURNITURE || bk == DS_BLOCK_FOOTNOTE) continue;
        uint32_t end = se->first_token + se->ntokens;
        if (end > doc->tokens.n) end = doc->tokens.n;
        for (uint32_t i = se->first_token + 1; i < end; i++) {
            /* every token of every sentence: its length and first byte
             * reject nearly all of them before border_word's compares */
            if ((unsigned)tok[i].norm_len - 6u > 2u ||
                (tok[i].norm[0] != 'b' && tok[i].norm[0] != 'f') || !border_word(&tok[i]))
                continue;
            if (st->nborder + 2 > 8) return;
            /* the hyphenated word one or two words before ("Mali-Burkina
             * Faso"), both capitalised */
            uint32_t c = i - 1;
            const char *h = NULL;
            for (uint32_t back = 0; back < 2 && c >= se->first_token; back++, c--) {
                const ds_token *w = &tok[c];
                if ((w->flags & (DS_TOK_WORD | DS_TOK_CAP)) != (DS_TOK_WORD | DS_TOK_CAP)) break;
                h = memchr(doc->text + w->span.start, '-', w->span.end - w->span.start);
                if (h || c == se->first_token) break;
            }
            if (!h) continue;
            const char *a = doc->text + tok[c].span.start, *b = doc->text + tok[i - 1].span.end;
            if (memchr(h + 1, '-', (size_t)(doc->text + tok[c].span.end - (h + 1))))
                continue; /* "Guinea-Bissau-Senegal": not two names */
            uint32_t ea = country_named(st, a, (size_t)(h - a));
            uint32_t eb =
                ea == UINT32_MAX ? UINT32_MAX : country_named(st, h + 1, (size_t)(b - h - 1));
            if (eb == UINT32_MAX || eb == ea) continue;
            uint32_t off = tok[c].span.start;
            st->border[st->nborder++] =
                (struct border_part){{off, off + (uint32_t)(h - a)}, s, ea, c};
            st->border[st->nborder++] =
                (struct border_part){{off + (uint32_t)(h - a) + 1, tok[i - 1].span.end}, s, eb, c};
            sent_add_iso(st, s, entry_of(st->g, ea)->iso3);
            sent_add_iso(st, s, entry_of(st->g, eb)->iso3);
        }
    }
}

/* The places of find_border_pairs, each where its span puts it among the
 * places emitted. */
static ds_status emit_border_pairs(geo_state *st)
{
    ds_doc *doc = st->doc;
    for (uint32_t k = 0; k < st->nborder; k++) {
        const struct border_part *bp = &st->border[k];
        /* (not a compound the matcher placed itself: "Guinea-Bissau") */
        bool placed = false;
        for (uint32_t j = 0; j < st->m.n && !placed; j++)
            placed = st->m.v[j].chosen != DS_NONE && st->m.v[j].tok <= bp->tok &&
                     bp->tok < st->m.v[j].tok + st->m.v[j].ntok;
        if (placed) continue;
        ds_gaz_place gp;
        place_of(st->g, bp->entry, &gp);
        ds_place *p = ds_vec_push(doc->arena, &doc->places);
        if (!p) return DS_ENOMEM;
        uint32_t at = (uint32_t)(doc->places.n - 1);
        while (at > 0 && doc->places.v[at - 1].span.start > bp->span.start) at--;
        memmove(&doc->places.v[at + 1], &doc->places.v[at],
                (doc->places.n - 1 - at) * sizeof *doc->places.v);
        p = &doc->places.v[at];
        memset(p, 0, sizeof *p);
        p->span = bp->span;
        p->sentence = bp->sentence;
        p->gaz_id = bp->entry;
        p->feature = DS_FEAT_COUNTRY;
        p->how = DS_GEO_UNIQUE;
        memcpy(p->iso3, gp.iso3, 4);
        p->name = gp.name;
        p->lat = gp.lat;
        p->lon = gp.lon;
        p->has_coords = gp.has_coords;
    }
    return DS_OK;
}

/* The match of a dateline's town, or DS_NONE: one of the document's first
 * three matches opening its sentence, with no parent, then a comma or '('
 * and in capitals ("BEIRUT, Oct 14 (Reuters) -", "PEMBA (Lusa) -") or with
 * a number after the comma ("Beirut, 14 October 2024 -"). */
__attribute__((noinline)) static uint32_t dateline_match(const geo_state *st)
{
    const ds_token *tok = st->doc->tokens.v;
    uint32_t ntok = (uint32_t)st->doc->tokens.n;
    for (uint32_t k = 0; k < st->m.n && k < 3; k++) {
        const raw_match *m = &st->m.v[k];
        if (!m->sentence_initial || !m->slot || m->parent != DS_NONE || m->end_tok + 1 >= ntok)
            continue;
        const ds_token *p = &tok[m->end_tok];
        if (!(p->flags & DS_TOK_PUNCT) || (p->norm[0] != ',' && p->norm[0] != '(')) continue;
        if (m->upper || (p->norm[0] == ',' && (tok[m->end_tok + 1].flags & DS_TOK_NUMBER)))
            return k;
    }
    return DS_NONE;
}

/* The matches of st's document, resolved and emitted as its places. */
static ds_status places(geo_state *st, ds_ctx *ctx)
{
    ds_status rc;
    const ds_gazetteer *g = st->g;
    ds_doc *doc = st->doc;
    if ((rc = collect(st)) != DS_OK || st->oom)
        return ds_ctx_fail(ctx, DS_ENOMEM, "places: out of memory");
    if (atomic_load_explicit(&g->chk->corrupt, memory_order_relaxed))
        return ds_ctx_fail(ctx, DS_EDATA, "places: gazetteer.bin is corrupt (rebuild it)");
    link_chains(st);
    mark_people(st);
    mark_group_names(st);
    note_matches(st);
    find_border_pairs(st);
    /* a dateline's town first: its country is the context of the story's
     * first sentence ("BEIRUT, 14 October 2024 - Gunmen fought in
     * Tripoli": Lebanon's; right to left, Libya's capital won before the
     * dateline was read) */
    uint32_t dl = dateline_match(st);
    if (dl != DS_NONE) {
        resolve(st, dl);
        raw_match *m = &st->m.v[dl];
        if (m->chosen != DS_NONE) {
            const ds_gaz_entry *e = chosen_entry(g, m->chosen);
            if (e->feature != DS_FEAT_DEMONYM) sent_add_iso(st, m->sentence, e->iso3);
            if (e->feature != DS_FEAT_DEMONYM && e->iso3[0] && !iso_eq(e->iso3, doc->focus_iso3)) {
                memcpy(st->dl_iso3, e->iso3, 4);
                st->dl_block = doc->sentences.v[m->sentence].block;
            }
            /* its province is one the document names, as if written
             * ("RAIPUR, 3 April 2024 - ... in Bijapur district":
             * Chhattisgarh's district, not Karnataka's of that name) */
            if ((e->feature == DS_FEAT_CITY || e->feature == DS_FEAT_ADMIN2) &&
                e->admin1_id != UINT32_MAX && st->nnamed_admin1 < 8) {
                bool have = false;
                for (uint32_t j = 0; j < st->nnamed_admin1; j++)
                    have |= st->named_admin1[j] == e->admin1_id;
                if (!have) st->named_admin1[st->nnamed_admin1++] = e->admin1_id;
            }
        }
    }
    /* right to left, so that a parent is resolved before the names it
     * qualifies; a second round lets earlier names support later ones */
    for (int round = 0; round < 2; round++) {
        st->round = round;
        for (uint32_t k = st->m.n; k-- > 0;) {
            raw_match *m = &st->m.v[k];
            if (m->chosen != DS_NONE) continue;
            resolve(st, k);
            if (m->chosen == DS_NONE) continue;
            const ds_gaz_entry *e = chosen_entry(g, m->chosen);
            if (e->feature != DS_FEAT_DEMONYM) sent_add_iso(st, m->sentence, e->iso3);
        }
        if (round == 0 && !doc->focus_iso3[0]) {
            focus_from_resolved(st);
            st->focus_moved = doc->focus_iso3[0] != '\0';
        }
    }
    /* (only where no country is named: the focus came from the places) */
    if (st->large_abroad && (!doc->focus_iso3[0] || st->focus_moved)) home_namesakes(st);
    drop_foreign_towns(st);
    /* an entry read since (entry_of) may have failed its check */
    if (atomic_load_explicit(&g->chk->corrupt, memory_order_relaxed))
        return ds_ctx_fail(ctx, DS_EDATA, "places: gazetteer.bin is corrupt (rebuild it)");
    for (uint32_t k = 0; k < st->m.n; k++) {
        /* an unresolved name with no chain above it places nothing (emit's
         * first answer, without the call: half of the matches) */
        if (st->m.v[k].chosen == DS_NONE && st->m.v[k].parent == DS_NONE) continue;
        if ((rc = emit(st, k)) != DS_OK) return ds_ctx_fail(ctx, rc, "places: out of memory");
    }
    if (st->nborder && (rc = emit_border_pairs(st)) != DS_OK)
        return ds_ctx_fail(ctx, rc, "places: out of memory");
    return DS_OK;
}

ds_status ds_annotate_places(ds_doc *doc, ds_ctx *ctx)
{
    const ds_gazetteer *g = ctx && ctx->shared ? ctx->shared->gazetteer : NULL;
    geo_state st;
    ds_status rc;
    memset(&st, 0, sizeof st);
    st.doc = doc;
    st.g = g;
    st.lex = ctx && ctx->shared ? ctx->shared->lexicon : NULL;
    st.sgeo_sent = UINT32_MAX;
    doc->focus_iso3[0] = '\0';
    if (!g || !g->h || !doc->tokens.n || !doc->sentences.n) return DS_OK;
    st.sent_iso = ds_arena_alloc(doc->arena, (size_t)doc->sentences.n * sizeof *st.sent_iso);
    if (!st.sent_iso) return ds_ctx_fail(ctx, DS_ENOMEM, "places: out of memory");
    if ((rc = token_keys(&st)) != DS_OK) return ds_ctx_fail(ctx, rc, "places: out of memory");
    rc = places(&st, ctx);
    if (st.m_heap) free(st.m.v);
    return rc;
}
