/* lexicon.c - loads the actor lexicon (data/actors.tsv), generates the state
 * actors of each country (data/actor_countries.tsv, ACLED naming: "Military
 * Forces of X (period)", "Protesters (X)"), and the person titles and given
 * names used by entities.c; builds the folded-key hash maps that matching
 * uses. Runtime data stage, loaded once per context (see lexicon.h).
 */
#include "lexicon.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ctx.h"
#include "facts.h"
#include "fold.h"
#include "geokey.h"
#include "read_util.h"
#include "util/strmap.h"

#define KEY_MAX       256
#define STEP_NO_ENTRY 0xFFFFFFu /* a steps value that is only a prefix of longer names */

typedef struct lex_country {
    char iso3[4];
    const char *name;
    uint32_t actors[DS_ROLE_COUNT];
} lex_country;

/* A parent named in actors.tsv, resolved once the whole file is read. */
typedef struct pending_parent {
    uint32_t child;
    const char *parent;
} pending_parent;

typedef struct lex_title {
    const char *canon;
    ds_title_kind kind;
    bool keep;
} lex_title;

/* While loading: a name key as add_name put it in the names map (its bytes
 * at off in name_list.bytes), with its first unit (length u, strmap_hash
 * hu) and its proper prefixes at unit boundaries (npre of them from pre in
 * name_list.pre, shortest first), for build_steps. */
typedef struct listed_name {
    uint32_t off, len, u, pre, npre;
    uint64_t hu;
} listed_name;

typedef struct name_prefix {
    uint32_t len;
    uint64_t hash; /* strmap_hash of the prefix */
} name_prefix;

typedef struct name_list {
    listed_name *v;
    size_t n, cap;
    name_prefix *pre;
    size_t npre, pre_cap;
    char *bytes;
    size_t nbytes, bytes_cap;
} name_list;

/* A plain key of the tokens map (ASCII a-z 0-9), by its ds_word_hash. */
typedef struct word_slot {
    uint32_t hash; /* 0: empty */
    uint16_t len;
    uint16_t fact;      /* index in token_facts */
    uint64_t key;       /* len <= 8: word_bytes() of the key; longer: its offset in tokens' keys */
    ds_lex_token facts; /* token_facts[fact] (complete when build_words runs) */
} word_slot;

struct ds_lexicon {
    ds_arena *arena; /* every string and array of the lexicon */
    DS_VEC(ds_lex_actor) actors;
    DS_VEC(lex_country) countries;
    DS_VEC(lex_title) titles;
    strmap names;     /* key -> entry | flags << 24 */
    strmap starts;    /* first unit of every name key */
    strmap nations;   /* country name/demonym key -> country index */
    strmap iso;       /* ISO alpha-3 -> country index */
    uint16_t *iso_az; /* the same for A-Z codes: [26^2 a + 26 b + c] = index + 1 */
    strmap nation_starts, title_starts; /* first units of nation and title keys */
    strmap title_map;
    strmap given;
    uint64_t punct_words[256];        /* word-list bits of one-byte punctuation tokens */
    ds_lex_token punct_facts[256];    /* the same as the facts of such a token */
    strmap tokens;                    /* unit or folded word -> index in token_facts */
    DS_VEC(ds_lex_token) token_facts; /* see ds_lexicon_token */
    /* the plain keys of tokens again, by ds_word_hash: ds_lexicon_key_tokens
     * probes it with the hash the tokenizer left in ds_token.hash */
    word_slot *words;
    /* the first slot of hash h: h >> words_shift, of 2^(32 - words_shift)
     * (words_mask + 1); a probe runs on from there without wrapping round,
     * into the words_n - words_mask - 1 slots past them if it must (build_words
     * puts the keys so) */
    uint32_t words_mask, words_shift, words_n;
    uint32_t unidentified;
    DS_VEC(pending_parent) pending; /* while loading */
    name_list listed;               /* while loading: see listed_name */
    /* for ds_lexicon_token: the keys of tokens holding a byte that is no
     * unit byte (the word lists' "so-called", "'s"), as bits of
     * norm_bit(first byte, length); and by facts index, whether the unit
     * starts a given name of two units or more (given_longer) */
    uint64_t norm_filter[4];
    uint8_t *given_longer;
    /* loaded from lexicon.bin (lexbin_load): the one block every array,
     * map and string above lives in (no arena, no map storage of its own) */
    void *blob;
    /* the facts key_token gives the possessive "'s" (key "s"), the token
     * key_fast meets most among those that are no plain word */
    ds_lex_token poss_facts;
    /* [ds_lex_unit_sig(u)]: the bits ds_lex_unit_sig(v) of the second unit
     * v of every country key "u v ..." of two units or more (the first
     * units' bits of one sig together): ds_lexicon_nation_next */
    uint32_t nation_next[32];
};

/* The bit of lex->norm_filter for a tokens key of n bytes starting with c */
static inline unsigned norm_bit(unsigned char c, size_t n)
{
    return (c * 7u + (unsigned)n) & 255u;
}

/* A byte of a key unit: an ASCII letter or digit, or any UTF-8 byte. */
static inline bool unit_byte(unsigned c)
{
    return ((c | 0x20u) - 'a') < 26u || (c - '0') < 10u || c >= 0x80;
}

/* ds_lex_key's loop; checked false only when n < cap: every byte written
 * comes from a distinct input byte (a unit byte, or the separator that ends
 * the bytes it replaces), so the key is at most n bytes and always fits. */
/* With raw, folded is an original-case ASCII string, keyed as its
 * lower-case fold would be: ASCII folds to itself lower-cased, and the loop
 * lower-cases what it reads (the bytes it copies and the apostrophe's
 * look-ahead); a byte from 0x80 returns (size_t)-2 (the caller folds). */
static inline size_t lex_key_loop(char *out, size_t cap, const char *folded, size_t n,
                                  const bool checked, const bool raw)
{
    size_t o = 0;
    bool pending_space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)folded[i];
        if (raw && c >= 0x80) return (size_t)-2;
        if (unit_byte(c)) {
            if (pending_space && o > 0) {
                if (checked && o + 1 >= cap) return (size_t)-1;
                out[o++] = ' ';
            }
            pending_space = false;
            if (checked && o + 1 >= cap) return (size_t)-1;
            /* ASCII lower-cased (digits have the 0x20 bit already) */
            out[o++] = (char)(c < 0x80 ? c | 0x20u : c);
            continue;
        }
        /* an apostrophe inside a word joins it ("jama'ath" = "jamaath"), but
         * a possessive 's is a word of its own, as the tokeniser has it
         * ("New People's Army" = new people 's army) */
        if (c == '\'' && o > 0 && !pending_space && i + 1 < n) {
            unsigned char d = (unsigned char)folded[i + 1], e = i + 2 < n ? folded[i + 2] : ' ';
            if (raw && (unsigned)d - 'A' < 26u) d |= 0x20;
            bool possessive = d == 's' && !unit_byte(e);
            if (!possessive && ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9') || d >= 0x80))
                continue;
        }
        pending_space = true;
    }
    out[o] = '\0';
    return o;
}

/* Bytes a plain key is made of: a-z, 0-9 and UTF-8 (the key of such a word
 * is the word itself). */
static const uint8_t plain_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* ds_lex_key without its plain-word test, for a word known to fail it. */
static size_t lex_key(char *out, size_t cap, const char *folded, size_t n)
{
    if (cap == 0) return (size_t)-1;
    return n < cap ? lex_key_loop(out, cap, folded, n, false, false)
                   : lex_key_loop(out, cap, folded, n, true, false);
}

size_t ds_lex_key(char *out, size_t cap, const char *folded, size_t n)
{
    if (cap == 0) return (size_t)-1;
    if (n < cap) {
        /* a word of plain bytes (the usual token) is its own key: every byte
         * a unit byte the loop would copy unchanged */
        size_t i = 0;
        while (i < n && plain_byte[(unsigned char)folded[i]]) i++;
        if (i == n) {
            memcpy(out, folded, n);
            out[n] = '\0';
            return n;
        }
        return lex_key_loop(out, cap, folded, n, false, false);
    }
    return lex_key_loop(out, cap, folded, n, true, false);
}

/* Key of an original-case string: folded, then keyed. ASCII (the data
 * files' usual name) folds to itself lower-cased, which is done here without
 * ds_fold's buffer, with the same limit (the fold must fit in folded). */
static size_t key_of(char *out, size_t cap, const char *s, size_t n)
{
    char folded[KEY_MAX * 2];
    if (n < sizeof folded && cap > 0) {
        /* ASCII keyed straight from s (lex_key_loop's raw mode); a key that
         * does not fit may be of a non-ASCII name whose fold is shorter */
        size_t k = n < cap ? lex_key_loop(out, cap, s, n, false, true)
                           : lex_key_loop(out, cap, s, n, true, true);
        if (k != (size_t)-2 && k != (size_t)-1) return k;
    }
    size_t f = ds_fold(folded, sizeof folded, s, n);
    if (f == (size_t)-1) return (size_t)-1;
    return ds_lex_key(out, cap, folded, f);
}

/* The bytes of m (a ds_bytes_in answer: bit 7 of a byte, nothing else)
 * that are set: the bits moved to bit 0 and summed by one multiply into the
 * top byte (at most 8, no carry). */
static inline unsigned bytes_set(uint64_t m)
{
    return (unsigned)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

/* DS_LEX_* case constraints of an original-case name. */
static unsigned case_flags(const char *s, size_t n)
{
    unsigned upper = 0, lower = 0;
    bool inner_cap = false; /* a capital right after a lower-case letter: "LeT" */
    size_t i = 0;
    while (i < n && ((unsigned char)s[i] | 0x20u) - 'a' >= 26u) i++;
    bool first_upper = i < n && (unsigned)(unsigned char)s[i] - 'A' < 26u;
    /* the counts over the whole name are those from its first letter (no
     * letter before it), eight bytes a step. A name of more than 6 bytes is
     * an acronym only without a lower-case letter: its count stops at the
     * first one (most names have one in their first eight bytes) */
    size_t j = 0;
    bool acronym;
    if (n > 6) {
        bool low = false;
        for (; j + 8 <= n && !low; j += 8) {
            uint64_t x;
            memcpy(&x, s + j, 8);
            low = ds_bytes_in(x, 'a', 'z') != 0;
            upper += bytes_set(ds_bytes_in(x, 'A', 'Z'));
        }
        for (; j < n && !low; j++) {
            unsigned c = (unsigned char)s[j];
            low = c - 'a' < 26u;
            upper += c - 'A' < 26u;
        }
        acronym = !low && upper >= 2;
    } else {
        for (; j < n; j++) {
            unsigned c = (unsigned char)s[j];
            upper += c - 'A' < 26u, lower += c - 'a' < 26u;
        }
        /* inner_cap only matters to a short name */
        for (j = i + 1; j < n; j++)
            inner_cap |= (unsigned)(unsigned char)s[j] - 'A' < 26u &&
                         (unsigned)(unsigned char)s[j - 1] - 'a' < 26u;
        acronym = upper >= 2 && (lower == 0 || inner_cap);
    }
    unsigned f = 0;
    /* "TTP"; and "LeT", "JeM", "HuJI": short mixed-case acronyms, which
     * must not match the words "Let", "Jem" */
    if (acronym) f |= DS_LEX_ACRONYM;
    /* the Arabic article is written either way ("al-Qaeda in the Islamic
     * Maghreb", "Al-Shabaab"): a name it opens asks no capital */
    bool article = n > 3 && (s[0] == 'A' || s[0] == 'a' || s[0] == 'E' || s[0] == 'e') &&
                   s[1] == 'l' && (s[2] == '-' || s[2] == ' ');
    if (first_upper && !article) f |= DS_LEX_CAP;
    return f;
}

/* The names map's hash (strmap_words_hash) of key[0, k), and the
 * strmap_hash of its first unit key[0, *u) (the starts and tokens maps'),
 * and its units, in one pass: strmap_words_hash folds a key's words in
 * order, so its state at each space is that of the prefix before it
 * (pre[0, *units - 1): its length and hash). */
static uint64_t key_hashes(const char *key, size_t k, size_t *u, uint64_t *hu, uint32_t *units,
                           name_prefix *pre)
{
    uint64_t h = STRMAP_WORDS_SEED;
    size_t sp = k, a = 0; /* a: where the word being read starts */
    uint32_t nu = 1;
    for (size_t i = 0; i <= k; i++) {
        if (i < k && key[i] != ' ') continue;
        if (i > a) h = strmap_words_fold(h, strmap_word_hash(key + a, i - a));
        a = i + 1;
        if (i == k) break;
        if (sp == k) sp = i;
        pre[nu - 1] = (name_prefix){(uint32_t)i, strmap_words_done(h)};
        nu++;
    }
    *u = sp;
    *hu = strmap_hash(key, sp);
    *units = nu;
    return strmap_words_done(h);
}

/* Bytes of an ASCII name as keying reads them: a letter or digit is its
 * lower-case self (a byte from '0'), a separator 0, the apostrophe 1, a
 * byte from 0x80 2. */
static const uint8_t key_class[256] = {
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   1,   0,   0,   0,   0,   0,   0,   0,   0,   48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  0,   0,   0,   0,   0,   0,   0,   97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107,
    108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0,   0,   0,   0,
    0,   0,   97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 0,   0,   0,   0,   0,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,   2,
    2,   2,   2,   2,   2,   2,   2,   2,   2,
};

/* key_of (raw mode: an ASCII name of fewer than KEY_MAX bytes, keyed from
 * its original case) and key_hashes in one pass: out gets the key (the
 * same bytes lex_key_loop writes: a separator run before a unit becomes
 * one space, an apostrophe inside a word is dropped unless it opens a
 * possessive 's), *h its strmap_hash, *u its first unit's length, *hu that
 * unit's hash, *units its units and pre[0, *units - 1) its prefixes before
 * each space (key_hashes' list). Returns the key's length, or
 * (size_t)-2 when a byte is from 0x80 (the caller folds). pending is set
 * only after a unit (lex_key_loop sets it before one too, where it tests
 * it only with o > 0: the same keys). */
static size_t key_ascii_hashed(char out[KEY_MAX], const char *s, size_t n, uint64_t *h_out,
                               size_t *u, uint64_t *hu, uint32_t *units, name_prefix *pre)
{
    size_t o = 0;
    bool pending = false;
    for (size_t i = 0; i < n;) {
        unsigned k = key_class[(unsigned char)s[i]];
        if (k > 2) {
            if (pending) {
                out[o++] = ' ';
                pending = false;
            }
            /* the unit's letters and digits in one run (no separator is
             * pending inside it) */
            do {
                out[o++] = (char)k;
            } while (++i < n && (k = key_class[(unsigned char)s[i]]) > 2);
            continue;
        }
        if (k == 2) return (size_t)-2;
        if (k == 1 && o > 0 && !pending && i + 1 < n) {
            unsigned d = (unsigned char)s[i + 1], e = i + 2 < n ? (unsigned char)s[i + 2] : ' ';
            if (d - 'A' < 26u) d |= 0x20;
            bool possessive = d == 's' && !unit_byte(e);
            if (!possessive && (d - 'a' < 26u || d - '0' < 10u || d >= 0x80)) {
                i++;
                continue;
            }
        }
        pending = o > 0;
        i++;
    }
    out[o] = '\0';
    *h_out = key_hashes(out, o, u, hu, units, pre);
    return o;
}

/* Vector v of the name list (*cap items of size elem) with room for need
 * items: v, or its storage grown (an empty one to first items at least);
 * NULL when out of memory (v unchanged). */
static void *list_room(void *v, size_t *cap, size_t need, size_t elem, size_t first)
{
    if (need <= *cap) return v;
    size_t nc = *cap ? *cap : first;
    while (nc < need) nc *= 2;
    void *g = realloc(v, nc * elem);
    if (g) *cap = nc;
    return g;
}

/* Room in l for one more name of k bytes and npre prefixes (sized ahead
 * for the shipped data's some 4,000 names). */
static __attribute__((noinline)) bool list_grow(name_list *l, size_t k, uint32_t npre)
{
    listed_name *v = list_room(l->v, &l->cap, l->n + 1, sizeof *l->v, 4096);
    if (!v) return false;
    l->v = v;
    name_prefix *p = list_room(l->pre, &l->pre_cap, l->npre + npre, sizeof *l->pre, 8192);
    if (!p) return false;
    l->pre = p;
    char *b = list_room(l->bytes, &l->bytes_cap, l->nbytes + k, 1, 131072);
    if (!b) return false;
    l->bytes = b;
    return true;
}

/* Lists a name key just put in the names map for build_steps: its bytes,
 * its first unit and its npre prefixes (as key_hashes gives them). */
static bool list_name(name_list *l, const char *key, size_t k, size_t u, uint64_t hu,
                      const name_prefix *pre, uint32_t npre)
{
    if ((l->n == l->cap || l->npre + npre > l->pre_cap || l->nbytes + k > l->bytes_cap) &&
        !list_grow(l, k, npre))
        return false;
    l->v[l->n++] =
        (listed_name){(uint32_t)l->nbytes, (uint32_t)k, (uint32_t)u, (uint32_t)l->npre, npre, hu};
    memcpy(l->bytes + l->nbytes, key, k);
    l->nbytes += k;
    if (npre) memcpy(l->pre + l->npre, pre, npre * sizeof *pre);
    l->npre += npre;
    return true;
}

static void name_list_free(name_list *l)
{
    free(l->v);
    free(l->pre);
    free(l->bytes);
    *l = (name_list){0};
}

/* Registers a name of entry idx. The first entry to claim a key keeps it;
 * the same entry registering it again keeps the looser constraint. */
static bool add_name(ds_lexicon *lex, uint32_t idx, const char *s, size_t n)
{
    char key[KEY_MAX];
    name_prefix pre[KEY_MAX / 2]; /* one a space, each after a unit of a byte or more */
    size_t u, k = (size_t)-2;
    uint64_t h, hu;
    uint32_t units, old, most = 0;
    if (n < KEY_MAX) k = key_ascii_hashed(key, s, n, &h, &u, &hu, &units, pre);
    if (k == (size_t)-2) {
        k = key_of(key, sizeof key, s, n);
        if (k == (size_t)-1 || k == 0) return true;
        h = key_hashes(key, k, &u, &hu, &units, pre);
    }
    if (k == 0) return true;
    if (strmap_get_hashed(&lex->names, h, key, k, &old)) {
        if ((old & 0xFFFFFFu) != idx) return true; /* another entry's: flags unread */
        /* the entry's own key again ("military forces of X" after "Military
         * Forces of X"): its starts entry is in since the first time, and
         * only a looser constraint changes its value */
        unsigned flags = case_flags(s, n);
        if ((flags & (old >> 24)) == old >> 24) return true;
        return strmap_put_hashed(&lex->names, h, key, k, idx | ((flags & (old >> 24)) << 24));
    }
    if (!strmap_put_hashed(&lex->names, h, key, k, idx | (case_flags(s, n) << 24)) ||
        !list_name(&lex->listed, key, k, u, hu, pre, units - 1))
        return false;
    if (strmap_get_hashed(&lex->starts, hu, key, u, &most) && most >= units) return true;
    return strmap_put_hashed(&lex->starts, hu, key, u, units);
}

static char *read_file(const char *dir, const char *name, size_t *len, char *err, size_t errlen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open the lexicon file", path);
        return NULL;
    }
    char *data = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 + 1 > cap) {
            size_t nc = cap ? cap * 2 : 65536;
            char *d = realloc(data, nc);
            if (!d) {
                free(data);
                fclose(f);
                snprintf(err, errlen, "out of memory");
                return NULL;
            }
            data = d, cap = nc;
        }
        size_t r = fread(data + n, 1, cap - n - 1, f);
        n += r;
        if (r == 0) break;
    }
    bool bad = ferror(f) != 0;
    fclose(f);
    if (bad) {
        free(data);
        snprintf(err, errlen, "%s: read error", path);
        return NULL;
    }
    data[n] = '\0';
    *len = n;
    return data;
}

/* Splits line into up to max TAB-separated fields (in place). */
static int split_tabs(char *line, char **fields, int max)
{
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') *p = '\0', fields[n++] = p + 1;
    return n;
}

/* Calls fn for each non-comment line (CR stripped). */
typedef bool (*line_fn)(ds_lexicon *lex, char *line, size_t lineno, char *err, size_t errlen);
static ds_status each_line(ds_lexicon *lex, const char *dir, const char *name, line_fn fn,
                           char *err, size_t errlen)
{
    size_t len = 0;
    char *data = read_file(dir, name, &len, err, errlen);
    if (!data) return DS_EDATA;
    ds_status st = DS_OK;
    size_t lineno = 0;
    for (char *p = data; p < data + len;) {
        char *nl = memchr(p, '\n', (size_t)(data + len - p));
        char *end = nl ? nl : data + len;
        lineno++;
        *end = '\0';
        if (end > p && end[-1] == '\r') end[-1] = '\0';
        if (*p && *p != '#' && !fn(lex, p, lineno, err, errlen)) {
            st = *err ? DS_EDATA : DS_ENOMEM;
            if (!*err) snprintf(err, errlen, "%s:%zu: out of memory", name, lineno);
            break;
        }
        p = end + 1;
    }
    free(data);
    return st;
}

static const char *field(const char *s)
{
    return (s && *s && strcmp(s, "-") != 0) ? s : NULL;
}

static bool parse_type(const char *s, ds_actor_type *out)
{
    static const char *names[] = {"armed_group", "state_force",   "government",
                                  "party",       "international", "media",
                                  "civilians",   "protesters",    "other"};
    for (unsigned i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(s, names[i]) == 0) return *out = (ds_actor_type)i, true;
    return false;
}

/* Adds an entry with its names; aliases is a '|' list (may be NULL). */
static bool add_actor(ds_lexicon *lex, const char *name, ds_actor_type type, const char *iso3,
                      const char *acled, const char *aliases, uint32_t *out_idx)
{
    uint32_t idx = lex->actors.n;
    ds_lex_actor *a = ds_vec_push(lex->arena, &lex->actors);
    if (!a) return false;
    a->name = ds_arena_strdup(lex->arena, name);
    a->acled_name = acled && strcmp(acled, name) != 0 ? ds_arena_strdup(lex->arena, acled) : NULL;
    a->type = type;
    a->parent = DS_NONE;
    if (iso3 && strlen(iso3) == 3) memcpy(a->iso3, iso3, 4);
    uint32_t na = 0;
    if (aliases)
        for (const char *p = aliases; p; p = strchr(p, '|'), p = p ? p + 1 : NULL) na++;
    const char **list = na ? ds_arena_alloc(lex->arena, na * sizeof *list) : NULL;
    if (!a->name || (na && !list)) return false;
    uint32_t i = 0;
    for (const char *p = aliases; p && i < na; i++) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (!(list[i] = ds_arena_strndup(lex->arena, p, n))) return false;
        p = bar ? bar + 1 : NULL;
    }
    a->aliases = list;
    a->naliases = na;
    if (!add_name(lex, idx, name, strlen(name))) return false;
    if (a->acled_name && !add_name(lex, idx, a->acled_name, strlen(a->acled_name))) return false;
    for (i = 0; i < na; i++)
        if (!add_name(lex, idx, list[i], strlen(list[i]))) return false;
    if (out_idx) *out_idx = idx;
    return true;
}

static bool actor_line(ds_lexicon *lex, char *line, size_t lineno, char *err, size_t errlen)
{
    char *f[6] = {0};
    int n = split_tabs(line, f, 6);
    ds_actor_type type;
    if (n < 2 || !field(f[0]) || !parse_type(f[1], &type)) {
        snprintf(err, errlen, "actors.tsv:%zu: expected name TAB type (armed_group, ...)", lineno);
        return false;
    }
    uint32_t idx;
    if (!add_actor(lex, f[0], type, n > 3 ? field(f[3]) : NULL, n > 4 ? field(f[4]) : NULL,
                   n > 5 ? field(f[5]) : NULL, &idx))
        return false;
    if (n > 2 && field(f[2])) {
        pending_parent *pp = ds_vec_push(lex->arena, &lex->pending);
        if (!pp || !(pp->parent = ds_arena_strdup(lex->arena, f[2]))) return false;
        pp->child = idx;
    }
    return true;
}

static bool add_nation(ds_lexicon *lex, uint32_t country, const char *s, size_t n)
{
    char key[KEY_MAX];
    size_t k = key_of(key, sizeof key, s, n);
    if (k == (size_t)-1 || k == 0) return true;
    uint32_t old;
    if (strmap_get(&lex->nations, key, k, &old)) return true;
    size_t u = 0;
    while (u < k && key[u] != ' ') u++;
    if (!strmap_put(&lex->nation_starts, key, u, 1)) return false;
    return strmap_put(&lex->nations, key, k, country);
}

static bool add_nations(ds_lexicon *lex, uint32_t country, const char *list)
{
    for (const char *p = list; p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (!add_nation(lex, country, p, n)) return false;
        p = bar ? bar + 1 : NULL;
    }
    return true;
}

/* A string built in a fixed array, cut as snprintf() cuts (at cap - 1
 * bytes, always NUL-terminated). */
typedef struct strb {
    char *s;
    size_t cap, n;
} strb;

static void sb_cat(strb *b, const char *t)
{
    size_t m = strlen(t);
    if (m > b->cap - 1 - b->n) m = b->cap - 1 - b->n;
    memcpy(b->s + b->n, t, m);
    b->n += m;
    b->s[b->n] = '\0';
}

/* The iso_az slot of a code of three capitals, -1 for any other string
 * (read no further than its NUL). */
static int iso_az_slot(const char *s)
{
    unsigned a = (unsigned char)s[0] - 'A', b, c;
    if (a >= 26u || (b = (unsigned char)s[1] - 'A') >= 26u ||
        (c = (unsigned char)s[2] - 'A') >= 26u || s[3])
        return -1;
    return (int)((a * 26u + b) * 26u + c);
}

static bool country_line(ds_lexicon *lex, char *line, size_t lineno, char *err, size_t errlen)
{
    char *f[6] = {0};
    int n = split_tabs(line, f, 6);
    if (n < 2 || strlen(f[0]) != 3 || !field(f[1])) {
        snprintf(err, errlen, "actor_countries.tsv:%zu: expected iso3 TAB name", lineno);
        return false;
    }
    uint32_t ci = lex->countries.n;
    lex_country *c = ds_vec_push(lex->arena, &lex->countries);
    if (!c) return false;
    memcpy(c->iso3, f[0], 4);
    if (!(c->name = ds_arena_strdup(lex->arena, f[1]))) return false;
    if (!strmap_put(&lex->iso, c->iso3, 3, ci)) return false;
    int az = iso_az_slot(c->iso3);
    if (az >= 0 && ci < UINT16_MAX) {
        if (!lex->iso_az &&
            !(lex->iso_az = ds_arena_alloc(lex->arena, 26 * 26 * 26 * sizeof(uint16_t))))
            return false;
        lex->iso_az[az] = (uint16_t)(ci + 1);
    }
    const char *x = c->name, *period = n > 4 ? field(f[4]) : NULL;
    const char *military = n > 5 ? field(f[5]) : NULL; /* "FAMa|Malian Armed Forces" */
    char name[320], plain[256], alias[2048];
    /* the names, built as snprintf() would ("%s ..."), with its truncation */
    static const char *forms[] = {"Military Forces of ", "Police Forces of ", "Government of "};
    static const ds_actor_type types[] = {DS_ACTOR_STATE_FORCE, DS_ACTOR_STATE_FORCE,
                                          DS_ACTOR_GOVERNMENT};
    /* ACLED: "Military Forces of the United States", "Government of the
     * Philippines"; but "Protesters (United States)" */
    static const char *const with_the[] = {"United ",     "Democratic Republic", "Central African",
                                           "Philippines", "Netherlands",         "Gambia",
                                           NULL};
    char the_x[200];
    strb b = {the_x, sizeof the_x, 0};
    for (const char *const *w = with_the; *w; w++)
        if (!strncmp(x, *w, strlen(*w))) {
            sb_cat(&b, "the ");
            break;
        }
    sb_cat(&b, x);
    for (int r = 0; r < 3; r++) {
        b = (strb){plain, sizeof plain, 0};
        sb_cat(&b, forms[r]), sb_cat(&b, the_x);
        b = (strb){name, sizeof name, 0};
        sb_cat(&b, plain);
        if (period) sb_cat(&b, " ("), sb_cat(&b, period), sb_cat(&b, ")");
        b = (strb){alias, sizeof alias, 0};
        sb_cat(&b, plain);
        if (r == DS_ROLE_MILITARY) {
            const char *parts[] = {"|",
                                   x,
                                   " Army|",
                                   x,
                                   " military|",
                                   x,
                                   " Armed Forces|Armed Forces of ",
                                   x,
                                   "|",
                                   c->iso3,
                                   " Armed Forces|military forces of ",
                                   x,
                                   "|armed forces of ",
                                   x,
                                   military ? "|" : "",
                                   military ? military : ""};
            for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) sb_cat(&b, parts[p]);
        } else if (r == DS_ROLE_POLICE) {
            const char *parts[] = {"|", x, " Police|Police of ", x, "|police forces of ", x};
            for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) sb_cat(&b, parts[p]);
        } else {
            const char *parts[] = {"|", x, " government|Government of ", x, "|government of ", x};
            for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) sb_cat(&b, parts[p]);
        }
        if (!add_actor(lex, name, types[r], c->iso3, NULL, alias, &c->actors[r])) return false;
    }
    static const char *groups[] = {"Protesters (", "Rioters (", "Civilians ("};
    static const ds_actor_type gtypes[] = {DS_ACTOR_PROTESTERS, DS_ACTOR_PROTESTERS,
                                           DS_ACTOR_CIVILIANS};
    for (int r = 0; r < 3; r++) {
        b = (strb){name, sizeof name, 0};
        sb_cat(&b, groups[r]), sb_cat(&b, x), sb_cat(&b, ")");
        if (!add_actor(lex, name, gtypes[r], c->iso3, NULL, NULL,
                       &c->actors[DS_ROLE_PROTESTERS + r]))
            return false;
    }
    if (!add_nation(lex, ci, x, strlen(x))) return false;
    if (n > 2 && field(f[2]) && !add_nations(lex, ci, f[2])) return false;
    if (n > 3 && field(f[3]) && !add_nations(lex, ci, f[3])) return false;
    return true;
}

static bool title_line(ds_lexicon *lex, char *line, size_t lineno, char *err, size_t errlen)
{
    char *f[3] = {0};
    int n = split_tabs(line, f, 3);
    static const char *kinds[] = {"", "honorific", "rank", "office", "role"};
    ds_title_kind kind = DS_TITLE_NONE;
    for (int i = 1; n >= 2 && i < 5; i++)
        if (strcmp(f[1], kinds[i]) == 0) kind = (ds_title_kind)i;
    if (kind == DS_TITLE_NONE) {
        snprintf(err, errlen, "person_titles.tsv:%zu: expected title TAB kind TAB keep", lineno);
        return false;
    }
    char key[KEY_MAX];
    size_t k = key_of(key, sizeof key, f[0], strlen(f[0]));
    if (k == (size_t)-1 || k == 0) return true;
    uint32_t old;
    if (strmap_get(&lex->title_map, key, k, &old)) return true;
    lex_title *t = ds_vec_push(lex->arena, &lex->titles);
    if (!t || !(t->canon = ds_arena_strdup(lex->arena, f[0]))) return false;
    t->kind = kind;
    t->keep = n > 2 && f[2][0] == '1';
    size_t u = 0;
    while (u < k && key[u] != ' ') u++;
    if (!strmap_put(&lex->title_starts, key, u, 1)) return false;
    return strmap_put(&lex->title_map, key, k, lex->titles.n - 1);
}

static bool given_line(ds_lexicon *lex, char *line, size_t lineno, char *err, size_t errlen)
{
    (void)lineno, (void)err, (void)errlen;
    char key[KEY_MAX];
    size_t k = key_of(key, sizeof key, line, strlen(line));
    if (k == (size_t)-1 || k == 0) return true;
    return strmap_put(&lex->given, key, k, 1);
}

/* The facts entry of string s with strmap_hash h (created empty when new);
 * NULL when out of memory. Every strmap keeps strmap_hash of its keys in
 * its slots, so a key read from another map comes with its hash. */
static ds_lex_token *token_entry(ds_lexicon *lex, uint64_t h, const char *s, size_t n)
{
    uint32_t v;
    if (strmap_get_hashed(&lex->tokens, h, s, n, &v)) return &lex->token_facts.v[v];
    ds_lex_token *f = ds_vec_push(lex->arena, &lex->token_facts);
    if (!f) return NULL;
    memset(f, 0, sizeof *f);
    if (!strmap_put_hashed(&lex->tokens, h, s, n, lex->token_facts.n - 1)) return NULL;
    return f;
}

/* The length of key[0, n)'s first unit in *u, and its strmap_hash. */
static uint64_t first_unit(const char *key, size_t n, size_t *u)
{
    uint64_t h = STRMAP_HASH_SEED;
    size_t i = 0;
    for (; i < n && key[i] != ' '; i++) h = (h ^ (unsigned char)key[i]) * 1099511628211ull;
    *u = i;
    return strmap_hash_done(h);
}

/* Folds the first-unit maps, the one-unit given names and the entity word
 * lists into one map (see ds_lexicon_token). Unit keys are letters and
 * digits only, so they never collide with a word that is not its own key
 * ("so-called", "'s"), which is stored under its folded form. */
static bool build_token_facts(ds_lexicon *lex)
{
    const strmap *maps[3] = {&lex->starts, &lex->nation_starts, &lex->title_starts};
    for (int m = 0; m < 3; m++)
        for (size_t i = 0; i < maps[m]->cap; i++) {
            const strmap_slot *sl = &maps[m]->slots[i];
            if (!sl->hash) continue;
            ds_lex_token *f = token_entry(lex, sl->hash, maps[m]->keys + sl->keyoff, sl->keylen);
            if (!f) return false;
            if (m == 0)
                f->most = (uint8_t)(sl->value > 255 ? 255 : sl->value);
            else
                f->flags |= m == 1 ? DS_LEXT_NATION : DS_LEXT_TITLE;
        }
    /* the first units of the title keys of two units or more */
    for (size_t i = 0; i < lex->title_map.cap; i++) {
        const strmap_slot *sl = &lex->title_map.slots[i];
        const char *key = lex->title_map.keys + sl->keyoff;
        if (!sl->hash || !memchr(key, ' ', sl->keylen)) continue;
        size_t u;
        uint64_t hu = first_unit(key, sl->keylen, &u);
        ds_lex_token *f = token_entry(lex, hu, key, u);
        if (!f) return false;
        f->flags |= DS_LEXT_TITLE_LONGER;
    }
    /* what a unit alone is among the names, and what second units follow it
     * in longer names (ds_lex_token.next): build_steps, which reads every
     * name key, sets them (name_unit_facts) */
    for (size_t i = 0; i < lex->nations.cap; i++) {
        const strmap_slot *sl = &lex->nations.slots[i];
        if (!sl->hash) continue;
        const char *key = lex->nations.keys + sl->keyoff;
        size_t u;
        uint64_t hu = first_unit(key, sl->keylen, &u);
        ds_lex_token *f = token_entry(lex, hu, key, u);
        if (!f) return false;
        if (u < sl->keylen) {
            f->flags |= DS_LEXT_NATION_LONGER;
            size_t v = u + 1;
            while (v < sl->keylen && key[v] != ' ') v++;
            unsigned second = ds_lex_unit_sig(key + u + 1, v - u - 1);
            lex->nation_next[ds_lex_unit_sig(key, u)] |= 1u << second;
        } else
            f->nation = sl->value + 1 < DS_LEXT_NATION_ASK ? (uint8_t)(sl->value + 1)
                                                           : (uint8_t)DS_LEXT_NATION_ASK;
    }
    for (size_t i = 0; i < lex->given.cap; i++) {
        const strmap_slot *sl = &lex->given.slots[i];
        if (!sl->hash) continue;
        const char *key = lex->given.keys + sl->keyoff;
        if (memchr(key, ' ', sl->keylen)) {
            /* a given name of two units or more: its first unit gets an
             * entry (empty facts if it had none, which every reader takes
             * as it takes no entry) for mark_given_longer */
            size_t u;
            uint64_t hu = first_unit(key, sl->keylen, &u);
            if (!token_entry(lex, hu, key, u)) return false;
            continue;
        }
        ds_lex_token *f = token_entry(lex, sl->hash, key, sl->keylen);
        if (!f) return false;
        f->flags |= DS_LEXT_GIVEN;
    }
    for (unsigned l = 0; l < ds_entity_nword_lists && l < 64; l++)
        for (const char *const *w = ds_entity_word_lists[l]; *w; w++) {
            size_t wn = strlen(*w);
            ds_lex_token *f = token_entry(lex, strmap_hash(*w, wn), *w, wn);
            if (!f) return false;
            f->words |= 1ull << l;
            unsigned char c = (unsigned char)**w;
            bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                         (c >= 'A' && c <= 'Z');
            if ((*w)[0] && !(*w)[1] && !alnum) {
                lex->punct_words[c] |= 1ull << l;
                lex->punct_facts[c].words |= 1ull << l;
            }
        }
    return true;
}

/* The n bytes at s (1 <= n <= 8) as one number: the little-endian number
 * of them, zero-padded (byte i at bits 8i), read in two overlapping
 * windows that cover them all (a byte in both is ORed with itself): equal
 * numbers of two strings of the same length mean equal bytes. */
static inline uint64_t word_bytes(const char *s, size_t n)
{
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        return (uint64_t)hi << (8 * (n - 4)) | lo;
    }
    if (n >= 2) {
        uint16_t lo, hi;
        memcpy(&lo, s, 2);
        memcpy(&hi, s + n - 2, 2);
        return (uint64_t)hi << (8 * (n - 2)) | lo;
    }
    return (unsigned char)s[0];
}

/* word_bytes of a token's norm that has a hash (1 <= n <= 8): 8 bytes are
 * readable from it (the tokenizer's pool slack, or its static one-byte
 * norms of letters and digits, which lie within their table): one load,
 * the bytes past the norm masked off. */
static const uint64_t word_mask[9] = {0,
                                      0xffull,
                                      0xffffull,
                                      0xffffffull,
                                      0xffffffffull,
                                      0xffffffffffull,
                                      0xffffffffffffull,
                                      0xffffffffffffffull,
                                      ~0ull};
static inline uint64_t norm_bytes(const char *s, size_t n)
{
#ifdef DS_SWAR
    return ds_load8(s) & word_mask[n];
#else
    return word_bytes(s, n);
#endif
}

/* Indexes the plain keys of the tokens map by ds_word_hash (lex->words).
 * Exact: a plain norm is a key of tokens iff it is one of these, and a probe
 * compares the bytes. Runs once tokens is complete (its key storage no
 * longer moves). */
static bool build_words(ds_lexicon *lex)
{
    const strmap *m = &lex->tokens;
    size_t n = 0, cap = 16;
    /* the plain keys' slots, listed by the pass that counts them */
    uint32_t *plain_slots = m->count ? malloc(m->count * sizeof *plain_slots) : NULL;
    if (m->count && !plain_slots) return false;
    for (size_t i = 0; i < m->cap; i++) {
        const strmap_slot *sl = &m->slots[i];
        if (!sl->hash) continue;
        const char *key = m->keys + sl->keyoff;
        bool plain = sl->keylen > 0;
        for (uint32_t k = 0; k < sl->keylen && plain; k++) {
            unsigned c = (unsigned char)key[k];
            plain = c - 'a' < 26u || c - '0' < 10u;
        }
        if (plain && n < m->count) plain_slots[n++] = (uint32_t)i;
        /* a key with a byte that is no unit byte: its norm_filter bit */
        bool units_only = true;
        for (uint32_t k = 0; k < sl->keylen && units_only && !plain; k++)
            units_only = unit_byte((unsigned char)key[k]);
        if (!plain && !units_only) {
            unsigned b = norm_bit((unsigned char)key[0], sl->keylen);
            lex->norm_filter[b >> 6] |= 1ull << (b & 63);
        }
    }
    unsigned bits = 4;
    while (cap < 4 * n) cap *= 2, bits++; /* a quarter full: most misses stop at once */
    /* the slots hold a facts index in 16 bits (some 1,600 facts now) */
    /* room for every key past the last first slot: a probe that starts
     * at a slot in use ends at an empty one before the end */
    size_t nslots = cap + n + 1;
    if (bits > 31 || nslots > UINT32_MAX || lex->token_facts.n > UINT16_MAX ||
        !(lex->words = ds_arena_alloc(lex->arena, nslots * sizeof *lex->words))) {
        free(plain_slots);
        return false;
    }
    lex->words_mask = (uint32_t)(cap - 1);
    lex->words_shift = 32 - bits;
    lex->words_n = (uint32_t)nslots;
    /* every key of tokens is a word of one unit: its facts say so, as
     * ds_lexicon_key_tokens has them (ds_lexicon_token says 0) */
    for (size_t i = 0; i < lex->token_facts.n; i++) lex->token_facts.v[i].units = 1;
    for (size_t p = 0; p < n; p++) {
        const strmap_slot *sl = &m->slots[plain_slots[p]];
        const char *key = m->keys + sl->keyoff;
        /* a key longer than a token's norm can be (norm_len is 16 bits)
         * matches no token: left out */
        if (sl->keylen > UINT16_MAX) continue;
        uint32_t h = ds_word_hash(key, sl->keylen), j = h >> lex->words_shift;
        while (lex->words[j].hash) j++;
        uint64_t k = sl->keylen <= 8 ? word_bytes(key, sl->keylen) : sl->keyoff;
        lex->words[j] = (word_slot){h, (uint16_t)sl->keylen, (uint16_t)sl->value, k,
                                    lex->token_facts.v[sl->value]};
    }
    free(plain_slots);
    return true;
}

/* The facts index of plain word s[0..n) with ds_word_hash h (a token's norm
 * with a hash: norm_bytes reads 8 bytes of it); false when it
 * is no key of the tokens map. */
static inline bool word_find(const ds_lexicon *lex, uint32_t h, const char *s, size_t n,
                             uint32_t *fact)
{
    for (const word_slot *w = &lex->words[h >> lex->words_shift];; w++) {
        if (!w->hash) return false;
        if (w->hash == h && w->len == n &&
            (n <= 8 ? w->key == norm_bytes(s, n) : memcmp(lex->tokens.keys + w->key, s, n) == 0)) {
            *fact = w->fact;
            return true;
        }
    }
}

/* What name key key[0, n) (first unit key[0, u), its strmap_hash hu)
 * tells its first unit's token facts: DS_LEXT_NAME when it is the unit
 * alone, else the Bloom bit of its second unit in next. This is what lets
 * match_name answer ds_lexicon_step for "U" and "U V" without a probe. Only
 * for the keys of names, not of their prefixes. */
static bool name_unit_facts(ds_lexicon *lex, const char *key, size_t n, size_t u, uint64_t hu)
{
    ds_lex_token *f = token_entry(lex, hu, key, u);
    if (!f) return false;
    if (u == n) {
        f->flags |= DS_LEXT_NAME;
        return true;
    }
    size_t v = u + 1;
    while (v < n && key[v] != ' ') v++;
    f->next |= 1u << ds_lex_unit_sig(key + u + 1, v - u - 1);
    return true;
}

/* Adds to the names map every proper prefix of a name key at a unit
 * boundary ("islamic state" of "islamic state khorasan province") marked
 * DS_LEX_LONGER (a name's own value keeps its entry): lets the matcher stop
 * growing a key as soon as no name can follow (ds_lexicon_step). A prefix
 * that names nothing has entry STEP_NO_ENTRY, which ds_lexicon_lookup
 * treats as absent. Runs once every name is in, over the names add_name
 * listed as it put them (lex->listed: each name key once, its first unit
 * and its prefixes hashed as the key was made), which it frees; it also
 * gives each name's first unit its token facts (name_unit_facts). The
 * order of the names does not matter: the token facts are ORed, and a
 * prefix is marked whichever name marks it first. */
static bool build_steps(ds_lexicon *lex)
{
    strmap *names = &lex->names;
    const name_list *l = &lex->listed;
    bool ok = true;
    for (size_t r = 0; r < l->n && ok; r++) {
        const listed_name *nm = &l->v[r];
        const char *key = l->bytes + nm->off;
        ok = name_unit_facts(lex, key, nm->len, nm->u, nm->hu);
        /* its prefixes longest first */
        for (size_t i = nm->pre + nm->npre; i-- > nm->pre && ok;) {
            const name_prefix *p = &l->pre[i];
            uint32_t v = STEP_NO_ENTRY;
            bool had = strmap_get_hashed(names, p->hash, key, p->len, &v);
            /* a prefix shared with a name seen before is marked already,
             * and so are its own prefixes (that name's, marked with it):
             * the rest of this key's are they */
            if (had && (v >> 24) & DS_LEX_LONGER) break;
            ok = strmap_put_hashed(names, p->hash, key, p->len, v | (DS_LEX_LONGER << 24));
        }
    }
    name_list_free(&lex->listed);
    return ok;
}

/* Whether two names have the same keys (name key and dash-keeping key):
 * hashes first, then the bytes. */
static inline bool same_keys(const ds_name_keys *a, const ds_name_keys *b)
{
    if (a->hd != b->hd) return false; /* the usual answer */
    return a->hk == b->hk && a->kn == b->kn && a->kdn == b->kdn && memcmp(a->k, b->k, a->kn) == 0 &&
           memcmp(a->kd, b->kd, a->kdn) == 0;
}

/* Appends s[0, n) and a NUL at *p. */
static inline void image_put(char **p, const char *s, size_t n)
{
    memcpy(*p, s, n);
    (*p)[n] = '\0';
    *p += n + 1;
}

/* a->image (lexicon.h), once its keys and lengths are in. */
static bool actor_image(ds_lexicon *lex, ds_lex_actor *a)
{
    const ds_name_keys *ks = a->keys;
    size_t n = a->name_len + ks[0].kn + ks[0].kdn + 3;
    for (uint32_t j = 0; j < a->naliases; j++)
        n += a->alias_lens[j] + ks[1 + j].kn + ks[1 + j].kdn + 3;
    if (n > UINT32_MAX) return false;
    char *img = ds_arena_alloc_raw(lex->arena, n), *p = img;
    if (!img) return false;
    image_put(&p, a->name, a->name_len);
    image_put(&p, ks[0].k, ks[0].kn);
    image_put(&p, ks[0].kd, ks[0].kdn);
    for (uint32_t j = 0; j < a->naliases; j++) {
        image_put(&p, a->aliases[j], a->alias_lens[j]);
        image_put(&p, ks[1 + j].k, ks[1 + j].kn);
        image_put(&p, ks[1 + j].kd, ks[1 + j].kdn);
    }
    a->image = img;
    a->image_len = (uint32_t)n;
    return true;
}

/* DS_LEXT_CUE of facts f (its other fields made) */
static inline uint8_t cue_flag(const ds_lex_token *f)
{
    return f->most || (f->words & ds_entity_cue_words) ? DS_LEXT_CUE : 0;
}

/* DS_LEXT_CUE of every token's facts and of each punctuation byte's, once
 * build_steps has completed them (build_words copies them into its slots;
 * ds_lexicon_token makes it anew of what it returns) */
static void mark_cues(ds_lexicon *lex)
{
    for (uint32_t i = 0; i < lex->token_facts.n; i++) {
        ds_lex_token *f = &lex->token_facts.v[i];
        f->flags = (uint8_t)((f->flags & ~DS_LEXT_CUE) | cue_flag(f));
    }
    for (unsigned c = 0; c < 256; c++) {
        ds_lex_token *f = &lex->punct_facts[c];
        f->flags = (uint8_t)((f->flags & ~DS_LEXT_CUE) | cue_flag(f));
    }
}

/* Keys every entry's name and aliases as resolve_actors.c indexes them
 * (ds_lex_actor.keys): done once here instead of at every mention. */
static bool key_actors(ds_lexicon *lex)
{
    for (uint32_t i = 0; i < lex->actors.n; i++) {
        ds_lex_actor *a = &lex->actors.v[i];
        /* the keys, then the aliases' lengths, in one block */
        size_t kb = (1 + (size_t)a->naliases) * sizeof(ds_name_keys);
        /* (room for one length at least: the compiled form writes one
         * even for an actor without aliases, lexbin's bw_put) */
        ds_name_keys *ks =
            ds_arena_alloc(lex->arena, kb + (a->naliases ? a->naliases : 1) * sizeof(uint32_t));
        if (!ks) return false;
        uint32_t *lens = (uint32_t *)(void *)((char *)ks + kb);
        lens[0] = 0; /* (the one written for an actor without aliases) */
        a->name_len = (uint32_t)strlen(a->name);
        if (!ds_name_keys_of(&ks[0], lex->arena, a->name, a->name_len)) return false;
        for (uint32_t j = 0; j < a->naliases; j++) {
            lens[j] = (uint32_t)strlen(a->aliases[j]);
            if (!ds_name_keys_of(&ks[1 + j], lex->arena, a->aliases[j], lens[j])) return false;
        }
        a->keys = ks;
        a->alias_lens = lens;
        for (uint32_t j = 0; j <= a->naliases; j++)
            if (ks[j].kn) a->key_bits |= 1ull << (ks[j].hk & 63);
        if (!actor_image(lex, a)) return false;
        /* aliases keyed as an earlier one ("military forces of X" after
         * "Military Forces of X"): hashes first, then the bytes */
        for (uint32_t j = 0; j < a->naliases && j < 64; j++) {
            const ds_name_keys *kj = &ks[1 + j];
            if (same_keys(&ks[0], kj)) a->name_dup_aliases |= 1ull << j;
            for (uint32_t q = 0; q < j; q++) {
                const ds_name_keys *ki = &ks[1 + q];
                if ((ki->acronym && !kj->acronym) || !same_keys(ki, kj)) continue;
                a->dup_aliases |= 1ull << j;
                break;
            }
        }
        if (a->naliases <= 64) a->first_aliases = ds_lex_actor_first_aliases(a);
    }
    return true;
}

/* lex->given_longer: by facts index, 1 for the first unit of a given name
 * of two units or more (its entry made by build_token_facts). */
static bool mark_given_longer(ds_lexicon *lex)
{
    if (!(lex->given_longer = ds_arena_alloc(lex->arena, lex->token_facts.n + 1))) return false;
    for (size_t i = 0; i < lex->given.cap; i++) {
        const strmap_slot *sl = &lex->given.slots[i];
        const char *key = lex->given.keys + sl->keyoff;
        if (!sl->hash || !memchr(key, ' ', sl->keylen)) continue;
        size_t u;
        uint64_t hu = first_unit(key, sl->keylen, &u);
        uint32_t v;
        if (!strmap_get_hashed(&lex->tokens, hu, key, u, &v)) return false; /* cannot be */
        lex->given_longer[v] = 1;
    }
    return true;
}

/* Gives the empty map m the slots it would grow to for n keys (strmap
 * doubles them from 64 while fewer than twice its keys), and room for kb
 * bytes of keys: the maps of the lexicon are sized ahead for the data it
 * ships, so that loading them does not clear, rehash and copy each size on
 * the way. A map sized so holds the same keys and values as one grown (a
 * look-up's answer does not depend on the size; only the order of a walk
 * over the slots does, and no walk over a lexicon map depends on it); more
 * keys grow it as before. */
static bool map_reserve(strmap *m, size_t n, size_t kb)
{
    size_t cap = 64;
    while (n * 2 > cap) cap *= 2;
    if (!(m->slots = calloc(cap, sizeof *m->slots)) || !(m->keys = malloc(kb))) return false;
    m->cap = cap;
    m->keys_cap = kb;
    return true;
}

/* The lexicon as the four data files make it (never lexicon.bin). */
static ds_status lexicon_load_text(ds_lexicon **out, const char *data_dir, char *err, size_t errlen)
{
    ds_status st = DS_ENOMEM;
    char dummy[8];
    if (!err || !errlen) err = dummy, errlen = sizeof dummy;
    err[0] = '\0';
    *out = NULL;
    ds_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex || !(lex->arena = ds_arena_new())) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    lex->unidentified = DS_NONE;
    /* the sizes the shipped data fills (some 4,900 name keys and prefixes,
     * 1,700 token words, 800 first units, 370 given names, 340 nations) */
    if (!map_reserve(&lex->names, 6144, 131072) || !map_reserve(&lex->tokens, 2048, 16384) ||
        !map_reserve(&lex->starts, 1024, 8192) || !map_reserve(&lex->given, 512, 4096) ||
        !map_reserve(&lex->nations, 512, 4096) || !map_reserve(&lex->nation_starts, 512, 4096)) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    /* the same for the vectors of entries and token facts (some 980 and
     * 1,700): their storage is not copied at each doubling */
    if (!(lex->actors.v = ds_arena_alloc_raw(lex->arena, 1024 * sizeof *lex->actors.v)) ||
        !(lex->token_facts.v = ds_arena_alloc_raw(lex->arena, 2048 * sizeof *lex->token_facts.v))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    lex->actors.cap = 1024, lex->token_facts.cap = 2048;
    if ((st = each_line(lex, data_dir, "actors.tsv", actor_line, err, errlen)) != DS_OK) goto fail;
    for (uint32_t i = 0; i < lex->pending.n; i++) {
        const pending_parent *pp = &lex->pending.v[i];
        uint32_t p = ds_lexicon_find(lex, pp->parent, strlen(pp->parent));
        if (p == DS_NONE || p == pp->child) {
            snprintf(err, errlen, "actors.tsv: parent '%s' of '%s' is not an entry", pp->parent,
                     lex->actors.v[pp->child].name);
            st = DS_EDATA;
            goto fail;
        }
        lex->actors.v[pp->child].parent = p;
    }
    if ((st = each_line(lex, data_dir, "actor_countries.tsv", country_line, err, errlen)) != DS_OK)
        goto fail;
    if ((st = each_line(lex, data_dir, "person_titles.tsv", title_line, err, errlen)) != DS_OK)
        goto fail;
    if ((st = each_line(lex, data_dir, "given_names.tsv", given_line, err, errlen)) != DS_OK)
        goto fail;
    /* build_steps completes the token facts (the names' first units, read
     * before it adds their prefixes) that build_words indexes */
    if (!build_token_facts(lex) || !build_steps(lex) || (mark_cues(lex), !build_words(lex)) ||
        !key_actors(lex) || !mark_given_longer(lex)) {
        snprintf(err, errlen, "out of memory");
        st = DS_ENOMEM;
        goto fail;
    }
    st = DS_OK;
    lex->unidentified = ds_lexicon_find(lex, "Unidentified Armed Group", 24);
    lex->poss_facts = ds_lexicon_token(lex, "'s", 2, "s", 1, 1);
    lex->poss_facts.units = 1;
    *out = lex;
    return DS_OK;
fail:
    ds_lexicon_free(lex);
    return st;
}

/* ---- the compiled lexicon (lexicon.bin) ----------------------------------
 * tools/lexc.c writes, at build time, the lexicon lexicon_load_text makes of
 * the four data files as one block: the ds_lexicon struct and every array,
 * map (slots and key bytes) and string it points to, each pointer stored as
 * its target's offset in the block and listed in a table of fix-ups; the
 * block also holds a copy of each data file it was made from. Loading is
 * reading the block, checking it, and adding its address to each listed
 * pointer: no parsing, keying, hashing or map insertion at start-up.
 *
 * Exact: a block is used only when its format, its version, the sizes of
 * the structs it holds and the fingerprint of the entity word lists (code
 * that build_token_facts folds in) are this build's, and each data file in
 * data_dir is byte for byte the copy it was made from; anything else (no
 * block, a stale or damaged one) loads the files as before. The maps keep
 * their slots and key offsets as loaded, so every look-up probes the same
 * slots and answers the same; pointers that were one string are one string
 * again. Bump LEXBIN_VERSION when lexicon_load_text builds anything
 * otherwise from the same files and word lists. */

#define LEXBIN_VERSION  12u
#define LEXBIN_NSOURCES 4
static const char lexbin_magic[8] = {'d', 's', 'l', 'e', 'x', 'b', 'i', 'n'};
static const char *const lexbin_sources[LEXBIN_NSOURCES] = {"actors.tsv", "actor_countries.tsv",
                                                            "person_titles.tsv", "given_names.tsv"};

typedef struct lexbin_header {
    char magic[8];
    uint32_t version, nsources;
    uint32_t sizes[10]; /* lexbin_sizes() */
    uint64_t words_fp;  /* lexbin_words_fp() */
    uint64_t sum;       /* lexbin_sum() of the bytes after the header */
    uint64_t size;      /* of the whole block */
    uint64_t lex_off;   /* the ds_lexicon */
    uint64_t fix_off, nfix;
    uint64_t src_off[LEXBIN_NSOURCES], src_len[LEXBIN_NSOURCES];
    /* to a multiple of 16 bytes: in a block read to malloc's memory the
     * bytes after the header, which lexbin_sum reads, start 16-aligned */
    uint64_t pad;
} lexbin_header;
_Static_assert(sizeof(lexbin_header) % 16 == 0, "lexbin_sum's aligned loop");

static void lexbin_sizes(uint32_t out[10])
{
    const uint32_t v[10] = {sizeof(ds_lexicon), sizeof(ds_lex_actor), sizeof(ds_name_keys),
                            sizeof(strmap),     sizeof(strmap_slot),  sizeof(ds_lex_token),
                            sizeof(word_slot),  sizeof(lex_country),  sizeof(lex_title),
                            sizeof(void *)};
    memcpy(out, v, sizeof v);
}

/* A fingerprint of ds_entity_word_lists (FNV-1a over each word and its end). */
static uint64_t lexbin_words_fp(void)
{
    uint64_t h = STRMAP_HASH_SEED;
    for (unsigned l = 0; l < ds_entity_nword_lists; l++) {
        for (const char *const *w = ds_entity_word_lists[l]; *w; w++)
            h = strmap_hash_more(h, *w, strlen(*w) + 1);
        h = strmap_hash_more(h, "\n", 1);
    }
    /* and the cue lists DS_LEXT_CUE was made with */
    char cues[sizeof ds_entity_cue_words];
    memcpy(cues, &ds_entity_cue_words, sizeof cues);
    return strmap_hash_more(h, cues, sizeof cues);
}

/* A checksum of b[0, n): a damaged block (truncated, overwritten) is
 * refused, never read as maps (a key offset out of its map would be read).
 * The sum of its 64-bit words, eight lanes (in vector registers where the
 * machine has them), and the tail's bytes: cheap next to the maps it saves
 * building, and no overwrite of a run of bytes leaves it as it was but by
 * chance. */
typedef uint64_t lexbin_v2 __attribute__((vector_size(16)));
/* the same, read in place from a char block (16-aligned) */
typedef uint64_t lexbin_va __attribute__((vector_size(16), may_alias));
static uint64_t lexbin_sum(const char *b, size_t n)
{
    lexbin_v2 s0 = {0, 0}, s1 = s0, s2 = s0, s3 = s0, w0, w1, w2, w3;
    size_t i = 0;
    if (((uintptr_t)b & 15) == 0) {
        /* aligned (the block's bytes after its header, read to malloc's
         * memory): two 64-byte steps a turn, each 16 bytes read by the
         * add itself (no load of its own); the same lanes, the same sums */
        for (; i + 128 <= n; i += 128) {
            const lexbin_va *v = (const lexbin_va *)(const void *)(b + i);
            s0 += v[0], s1 += v[1], s2 += v[2], s3 += v[3];
            s0 += v[4], s1 += v[5], s2 += v[6], s3 += v[7];
        }
    }
    for (; i + 64 <= n; i += 64) {
        memcpy(&w0, b + i, sizeof w0);
        memcpy(&w1, b + i + 16, sizeof w1);
        memcpy(&w2, b + i + 32, sizeof w2);
        memcpy(&w3, b + i + 48, sizeof w3);
        s0 += w0, s1 += w1, s2 += w2, s3 += w3;
    }
    s0 += s1 * 3 + s2 * 5 + s3 * 7;
    uint64_t h = (s0[0] ^ (s0[1] * 0x9E3779B97F4A7C15ull) ^ n) | 1u;
    for (; i < n; i++) h = (h ^ (unsigned char)b[i]) * 1099511628211ull;
    return h;
}

/* The block being written: bytes, fix-ups, and the offsets of the strings
 * already written by their address (open addressing; 0: none). */
typedef struct lexbin_w {
    char *b;
    size_t n, cap;
    uint64_t *fix;
    size_t nfix, fixcap;
    const char **sk;
    uint64_t *sv;
    size_t scap, sn;
    bool oom;
} lexbin_w;

/* Appends n bytes (p's, or zeros for NULL) at an offset aligned to 16;
 * returns the offset. */
static size_t bw_put(lexbin_w *w, const void *p, size_t n)
{
    size_t at = (w->n + 15) & ~(size_t)15;
    if (at + n + 1 > w->cap) {
        size_t nc = w->cap ? w->cap : 65536;
        while (at + n + 1 > nc) nc *= 2;
        char *nb = realloc(w->b, nc);
        if (!nb) {
            w->oom = true;
            return 0;
        }
        memset(nb + w->cap, 0, nc - w->cap);
        w->b = nb, w->cap = nc;
    }
    if (p && n) memcpy(w->b + at, p, n);
    w->n = at + n;
    return at;
}

/* The pointer field at offset at points to offset target. */
static void bw_ptr(lexbin_w *w, size_t at, size_t target)
{
    if (w->oom) return;
    if (w->nfix == w->fixcap) {
        size_t nc = w->fixcap ? w->fixcap * 2 : 4096;
        uint64_t *nf = realloc(w->fix, nc * sizeof *nf);
        if (!nf) {
            w->oom = true;
            return;
        }
        w->fix = nf, w->fixcap = nc;
    }
    uint64_t t = target;
    memcpy(w->b + at, &t, sizeof t);
    w->fix[w->nfix++] = at;
}

/* The offset of string s in the block, written once per address. */
static size_t bw_str(lexbin_w *w, const char *s)
{
    if (w->sn * 2 >= w->scap) {
        size_t nc = w->scap ? w->scap * 2 : 8192;
        const char **nk = calloc(nc, sizeof *nk);
        uint64_t *nv = calloc(nc, sizeof *nv);
        if (!nk || !nv) {
            free(nk), free(nv);
            w->oom = true;
            return 0;
        }
        for (size_t i = 0; i < w->scap; i++) {
            if (!w->sk[i]) continue;
            size_t j = ((uintptr_t)w->sk[i] >> 3) * 0x9E3779B97F4A7C15ull >> 20 & (nc - 1);
            while (nk[j]) j = (j + 1) & (nc - 1);
            nk[j] = w->sk[i], nv[j] = w->sv[i];
        }
        free(w->sk), free(w->sv);
        w->sk = nk, w->sv = nv, w->scap = nc;
    }
    size_t j = ((uintptr_t)s >> 3) * 0x9E3779B97F4A7C15ull >> 20 & (w->scap - 1);
    for (; w->sk[j]; j = (j + 1) & (w->scap - 1))
        if (w->sk[j] == s) return w->sv[j];
    size_t at = bw_put(w, s, strlen(s) + 1);
    w->sk[j] = s, w->sv[j] = at;
    w->sn++;
    return at;
}

/* A field's offset in the block: the struct at base, the field f of type T. */
#define AT(base, T, f) ((base) + offsetof(T, f))

static void bw_map(lexbin_w *w, size_t at, const strmap *m)
{
    if (m->slots) bw_ptr(w, AT(at, strmap, slots), bw_put(w, m->slots, m->cap * sizeof *m->slots));
    if (m->keys) {
        bw_ptr(w, AT(at, strmap, keys), bw_put(w, m->keys, m->keys_len ? m->keys_len : 1));
        size_t kc = m->keys_len ? m->keys_len : 1;
        if (!w->oom) memcpy(w->b + AT(at, strmap, keys_cap), &kc, sizeof kc);
    }
}

static bool lexbin_write(const ds_lexicon *lex, const char *data_dir, lexbin_w *w, char *err,
                         size_t errlen)
{
    lexbin_header h = {0};
    memcpy(h.magic, lexbin_magic, sizeof h.magic);
    h.version = LEXBIN_VERSION;
    h.nsources = LEXBIN_NSOURCES;
    lexbin_sizes(h.sizes);
    h.words_fp = lexbin_words_fp();
    bw_put(w, &h, sizeof h);
    for (int i = 0; i < LEXBIN_NSOURCES; i++) {
        size_t len = 0;
        char *data = read_file(data_dir, lexbin_sources[i], &len, err, errlen);
        if (!data) return false;
        h.src_off[i] = bw_put(w, data, len);
        h.src_len[i] = len;
        free(data);
    }
    /* the struct, less what only loading uses (arena, pending, listed) */
    ds_lexicon img = *lex;
    img.arena = NULL;
    memset(&img.pending, 0, sizeof img.pending);
    memset(&img.listed, 0, sizeof img.listed);
    img.blob = NULL;
    img.actors.cap = img.actors.n, img.token_facts.cap = img.token_facts.n;
    img.countries.cap = img.countries.n, img.titles.cap = img.titles.n;
    const size_t L = bw_put(w, &img, sizeof img);
    h.lex_off = L;

    const size_t A = bw_put(w, lex->actors.v, lex->actors.n * sizeof *lex->actors.v);
    if (lex->actors.v) bw_ptr(w, AT(L, ds_lexicon, actors.v), A);
    for (uint32_t i = 0; i < lex->actors.n && !w->oom; i++) {
        const ds_lex_actor *a = &lex->actors.v[i];
        size_t at = A + i * sizeof *a;
        if (a->name) bw_ptr(w, AT(at, ds_lex_actor, name), bw_str(w, a->name));
        if (a->acled_name) bw_ptr(w, AT(at, ds_lex_actor, acled_name), bw_str(w, a->acled_name));
        if (a->aliases) {
            size_t arr = bw_put(w, NULL, (a->naliases ? a->naliases : 1) * sizeof(char *));
            for (uint32_t j = 0; j < a->naliases; j++)
                bw_ptr(w, arr + j * sizeof(char *), bw_str(w, a->aliases[j]));
            bw_ptr(w, AT(at, ds_lex_actor, aliases), arr);
        }
        if (a->keys) {
            size_t nk = 1 + (size_t)a->naliases, ks = bw_put(w, a->keys, nk * sizeof *a->keys);
            for (size_t j = 0; j < nk; j++) {
                size_t kat = ks + j * sizeof *a->keys;
                if (a->keys[j].k) bw_ptr(w, AT(kat, ds_name_keys, k), bw_str(w, a->keys[j].k));
                if (a->keys[j].kd) bw_ptr(w, AT(kat, ds_name_keys, kd), bw_str(w, a->keys[j].kd));
            }
            bw_ptr(w, AT(at, ds_lex_actor, keys), ks);
        }
        if (a->image) bw_ptr(w, AT(at, ds_lex_actor, image), bw_put(w, a->image, a->image_len));
        if (a->alias_lens)
            bw_ptr(
                w, AT(at, ds_lex_actor, alias_lens),
                bw_put(w, a->alias_lens, (a->naliases ? a->naliases : 1) * sizeof *a->alias_lens));
    }
    if (lex->countries.v) {
        const size_t C = bw_put(w, lex->countries.v, lex->countries.n * sizeof *lex->countries.v);
        bw_ptr(w, AT(L, ds_lexicon, countries.v), C);
        for (uint32_t i = 0; i < lex->countries.n; i++)
            if (lex->countries.v[i].name)
                bw_ptr(w, AT(C + i * sizeof(lex_country), lex_country, name),
                       bw_str(w, lex->countries.v[i].name));
    }
    if (lex->titles.v) {
        const size_t T = bw_put(w, lex->titles.v, lex->titles.n * sizeof *lex->titles.v);
        bw_ptr(w, AT(L, ds_lexicon, titles.v), T);
        for (uint32_t i = 0; i < lex->titles.n; i++)
            if (lex->titles.v[i].canon)
                bw_ptr(w, AT(T + i * sizeof(lex_title), lex_title, canon),
                       bw_str(w, lex->titles.v[i].canon));
    }
    bw_map(w, AT(L, ds_lexicon, names), &lex->names);
    bw_map(w, AT(L, ds_lexicon, starts), &lex->starts);
    bw_map(w, AT(L, ds_lexicon, nations), &lex->nations);
    bw_map(w, AT(L, ds_lexicon, iso), &lex->iso);
    bw_map(w, AT(L, ds_lexicon, nation_starts), &lex->nation_starts);
    bw_map(w, AT(L, ds_lexicon, title_starts), &lex->title_starts);
    bw_map(w, AT(L, ds_lexicon, title_map), &lex->title_map);
    bw_map(w, AT(L, ds_lexicon, given), &lex->given);
    bw_map(w, AT(L, ds_lexicon, tokens), &lex->tokens);
    if (lex->iso_az)
        bw_ptr(w, AT(L, ds_lexicon, iso_az),
               bw_put(w, lex->iso_az, 26 * 26 * 26 * sizeof *lex->iso_az));
    if (lex->token_facts.v)
        bw_ptr(w, AT(L, ds_lexicon, token_facts.v),
               bw_put(w, lex->token_facts.v, lex->token_facts.n * sizeof *lex->token_facts.v));
    if (lex->words)
        bw_ptr(w, AT(L, ds_lexicon, words),
               bw_put(w, lex->words, (size_t)lex->words_n * sizeof *lex->words));
    if (lex->given_longer)
        bw_ptr(w, AT(L, ds_lexicon, given_longer),
               bw_put(w, lex->given_longer, lex->token_facts.n + 1));
    if (w->oom) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    h.nfix = w->nfix;
    h.fix_off = bw_put(w, w->fix, w->nfix * sizeof *w->fix);
    h.size = w->n;
    h.sum = lexbin_sum(w->b + sizeof h, w->n - sizeof h);
    if (w->oom) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    memcpy(w->b, &h, sizeof h);
    return true;
}

#undef AT

ds_status ds_lexicon_compile(const char *data_dir, const char *out_path, char *err, size_t errlen)
{
    char dummy[8];
    if (!err || !errlen) err = dummy, errlen = sizeof dummy;
    err[0] = '\0';
    ds_lexicon *lex = NULL;
    ds_status st = lexicon_load_text(&lex, data_dir, err, errlen);
    if (st != DS_OK) return st;
    lexbin_w w = {0};
    st = DS_ENOMEM;
    if (lexbin_write(lex, data_dir, &w, err, errlen)) {
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s.tmp", out_path);
        FILE *f = fopen(tmp, "wb");
        bool ok = f && fwrite(w.b, 1, w.n, f) == w.n;
        if (f && fclose(f) != 0) ok = false;
        if (ok && rename(tmp, out_path) == 0) {
            st = DS_OK;
        } else {
            remove(tmp);
            snprintf(err, errlen, "%s: cannot write the compiled lexicon", out_path);
            st = DS_EIO;
        }
    } else if (err[0] && strcmp(err, "out of memory") != 0) {
        st = DS_EDATA;
    }
    free(w.b), free(w.fix), free(w.sk), free(w.sv);
    ds_lexicon_free(lex);
    return st;
}

/* The whole of dir/name in one allocation (malloc: aligned for any struct);
 * NULL when it cannot be read. */
static char *read_whole(const char *dir, const char *name, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (b = malloc(n ? (size_t)n : 1)) && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) *len = (size_t)n;
    return b;
}

/* The lexicon from data_dir/lexicon.bin, or NULL when there is none that
 * holds for this build and these data files (see above). */
static ds_lexicon *lexbin_load(const char *data_dir)
{
    size_t len = 0;
    char *b = read_whole(data_dir, "lexicon.bin", &len);
    if (!b) return NULL;
    lexbin_header h;
    uint32_t sizes[10];
    lexbin_sizes(sizes);
    bool ok = len >= sizeof h;
    if (ok) memcpy(&h, b, sizeof h);
    ok = ok && memcmp(h.magic, lexbin_magic, sizeof h.magic) == 0 && h.version == LEXBIN_VERSION &&
         h.nsources == LEXBIN_NSOURCES && memcmp(h.sizes, sizes, sizeof sizes) == 0 &&
         h.size == len && h.lex_off <= len - sizeof(ds_lexicon) && h.lex_off % 16 == 0 &&
         h.fix_off <= len && h.nfix <= (len - h.fix_off) / sizeof(uint64_t) &&
         h.words_fp == lexbin_words_fp() && h.sum == lexbin_sum(b + sizeof h, len - sizeof h);
    /* the data files as the block was made from them */
    for (int i = 0; i < LEXBIN_NSOURCES && ok; i++) {
        size_t sl = 0;
        char *src = read_whole(data_dir, lexbin_sources[i], &sl);
        ok = src && h.src_off[i] <= len && h.src_len[i] <= len - h.src_off[i] &&
             sl == h.src_len[i] && memcmp(src, b + h.src_off[i], sl) == 0;
        free(src);
    }
    ds_lexicon *lex = ok ? malloc(sizeof *lex) : NULL;
    if (!lex) {
        free(b);
        return NULL;
    }
    /* each listed pointer field holds its target's offset: the address */
    bool fixed = true;
    for (uint64_t i = 0; i < h.nfix && fixed; i++) {
        uint64_t at, off = 0;
        memcpy(&at, b + h.fix_off + i * sizeof at, sizeof at);
        fixed = at <= len - sizeof off;
        if (fixed) memcpy(&off, b + at, sizeof off);
        fixed = fixed && off < len;
        if (fixed) {
            char *p = b + off;
            memcpy(b + at, &p, sizeof p);
        }
    }
    if (!fixed) { /* a pointer out of the block: damaged */
        free(lex);
        free(b);
        return NULL;
    }
    memcpy(lex, b + h.lex_off, sizeof *lex);
    lex->blob = b;
    return lex;
}

ds_status ds_lexicon_load(ds_lexicon **out, const char *data_dir, char *err, size_t errlen)
{
    ds_lexicon *lex = lexbin_load(data_dir);
    if (lex) {
        if (err && errlen) err[0] = '\0';
        *out = lex;
        return DS_OK;
    }
    return lexicon_load_text(out, data_dir, err, errlen);
}

void ds_lexicon_free(ds_lexicon *lex)
{
    if (!lex) return;
    if (lex->blob) {
        free(lex->blob);
        free(lex);
        return;
    }
    strmap_free(&lex->names);
    strmap_free(&lex->starts);
    strmap_free(&lex->nations);
    strmap_free(&lex->iso);
    strmap_free(&lex->nation_starts);
    strmap_free(&lex->title_starts);
    strmap_free(&lex->title_map);
    strmap_free(&lex->given);
    strmap_free(&lex->tokens);
    name_list_free(&lex->listed);
    ds_arena_free(lex->arena);
    free(lex);
}

uint32_t ds_lexicon_count(const ds_lexicon *lex)
{
    return lex ? lex->actors.n : 0;
}

const ds_lex_actor *ds_lexicon_get(const ds_lexicon *lex, uint32_t i)
{
    return lex && i < lex->actors.n ? &lex->actors.v[i] : NULL;
}

uint32_t ds_lexicon_find(const ds_lexicon *lex, const char *name, size_t len)
{
    char key[KEY_MAX];
    unsigned flags;
    if (!lex || !name) return DS_NONE;
    size_t k = key_of(key, sizeof key, name, len);
    if (k == (size_t)-1 || k == 0) return DS_NONE;
    return ds_lexicon_lookup(lex, key, k, &flags);
}

uint32_t ds_lexicon_lookup(const ds_lexicon *lex, const char *key, size_t len, unsigned *flags)
{
    uint32_t v;
    if (!lex || !strmap_get_hashed(&lex->names, strmap_words_hash(key, len), key, len, &v) ||
        (v & 0xFFFFFFu) == STEP_NO_ENTRY)
        return DS_NONE; /* absent, or only the start of longer names */
    if (flags) *flags = (v >> 24) & ~DS_LEX_LONGER;
    return v & 0xFFFFFFu;
}

bool ds_lexicon_step(const ds_lexicon *lex, const char *key, size_t len, uint64_t hash,
                     uint32_t *entry, unsigned *flags)
{
    uint32_t v;
    if (!lex || !strmap_get_hashed(&lex->names, hash, key, len, &v)) return false;
    *entry = (v & 0xFFFFFFu) == STEP_NO_ENTRY ? DS_NONE : v & 0xFFFFFFu;
    *flags = v >> 24;
    return true;
}

uint32_t ds_lexicon_starts(const ds_lexicon *lex, const char *unit, size_t len)
{
    uint32_t v;
    return lex && strmap_get(&lex->starts, unit, len, &v) ? v : 0;
}

uint32_t ds_lexicon_nation(const ds_lexicon *lex, const char *key, size_t len)
{
    uint32_t v;
    return lex && strmap_get(&lex->nations, key, len, &v) ? v : DS_NONE;
}

uint32_t ds_lexicon_nation_next(const ds_lexicon *lex, const char *unit, size_t len)
{
    return lex && len ? lex->nation_next[ds_lex_unit_sig(unit, len)] : ~0u;
}

bool ds_lexicon_nation_starts(const ds_lexicon *lex, const char *unit, size_t len)
{
    uint32_t v;
    return lex && strmap_get(&lex->nation_starts, unit, len, &v);
}

bool ds_lexicon_title_starts(const ds_lexicon *lex, const char *unit, size_t len)
{
    uint32_t v;
    return lex && strmap_get(&lex->title_starts, unit, len, &v);
}

uint32_t ds_lexicon_country(const ds_lexicon *lex, const char *iso3)
{
    uint32_t v;
    if (!lex || !iso3) return DS_NONE;
    /* the usual code: a table read (iso_az holds what the map holds for it) */
    int az = iso_az_slot(iso3);
    if (az >= 0 && lex->iso_az && lex->countries.n < UINT16_MAX)
        return lex->iso_az[az] ? lex->iso_az[az] - 1u : DS_NONE;
    if (strlen(iso3) != 3) return DS_NONE;
    return strmap_get(&lex->iso, iso3, 3, &v) ? v : DS_NONE;
}

const char *ds_lexicon_country_iso3(const ds_lexicon *lex, uint32_t country)
{
    return lex && country < lex->countries.n ? lex->countries.v[country].iso3 : "";
}

const char *ds_lexicon_country_name(const ds_lexicon *lex, uint32_t country)
{
    return lex && country < lex->countries.n ? lex->countries.v[country].name : NULL;
}

uint32_t ds_lexicon_state_actor(const ds_lexicon *lex, uint32_t country, ds_state_role role)
{
    if (!lex || country >= lex->countries.n || (unsigned)role >= DS_ROLE_COUNT) return DS_NONE;
    return lex->countries.v[country].actors[role];
}

uint32_t ds_lexicon_unidentified(const ds_lexicon *lex)
{
    return lex ? lex->unidentified : DS_NONE;
}

ds_title_kind ds_lexicon_title(const ds_lexicon *lex, const char *key, size_t len, bool *keep,
                               const char **canon)
{
    uint32_t v;
    if (!lex || !strmap_get(&lex->title_map, key, len, &v)) return DS_TITLE_NONE;
    if (keep) *keep = lex->titles.v[v].keep;
    if (canon) *canon = lex->titles.v[v].canon;
    return lex->titles.v[v].kind;
}

bool ds_lexicon_given_name(const ds_lexicon *lex, const char *key, size_t len)
{
    uint32_t v;
    return lex && strmap_get(&lex->given, key, len, &v);
}

unsigned ds_lexicon_word_flags(const ds_lexicon *lex, const ds_token *t)
{
    uint32_t v;
    return lex && t->hash && word_find(lex, t->hash, t->norm, t->norm_len, &v)
               ? lex->token_facts.v[v].flags
               : 0u;
}

const char *ds_actor_name(const ds_doc *doc, uint32_t actor)
{
    if (!doc) return NULL;
    if (actor & DS_DOC_ACTOR) {
        uint32_t i = actor & ~DS_DOC_ACTOR;
        return i < doc->doc_actors.n ? doc->doc_actors.v[i].name : NULL;
    }
    if (!doc->ctx || !doc->ctx->shared) return NULL;
    const ds_lex_actor *a = ds_lexicon_get(doc->ctx->shared->lexicon, actor);
    return a ? a->name : NULL;
}

/* Whether norm[0, n) may be a key of the tokens map, for a norm that is not
 * its own key. Exact pre-filter: a norm of unit bytes only is asked as
 * before; one with another byte can only be a key that has it too, and
 * build_words set the bit of each such key in norm_filter. */
static inline bool norm_may_be_token(const ds_lexicon *lex, const char *norm, size_t n)
{
    size_t i = 0;
    while (i < n && unit_byte((unsigned char)norm[i])) i++;
    if (i == n) return true;
    unsigned b = norm_bit((unsigned char)norm[0], n);
    return (lex->norm_filter[b >> 6] >> (b & 63)) & 1u;
}

/* The given-name look-up of a key of two units or more is skipped when its
 * first unit (found in tokens as index v, or not found) starts no given name
 * of two units or more: every such unit has a tokens entry (build_token_facts)
 * and its given_longer mark (mark_given_longer). */
ds_lex_token ds_lexicon_token(const ds_lexicon *lex, const char *norm, size_t norm_len,
                              const char *key, size_t key_len, size_t unit_len)
{
    ds_lex_token r = {0};
    uint32_t v;
    if (!lex) return r;
    if (key_len == 0 && norm_len == 1) {
        r.words = lex->punct_words[(unsigned char)norm[0]];
        r.flags = cue_flag(&r);
        return r;
    }
    bool plain = norm_len == key_len && unit_len == key_len &&
                 (norm == key || memcmp(norm, key, key_len) == 0);
    bool given_longer = !lex->given_longer; /* no marks: ask (cannot be once loaded) */
    if (unit_len && strmap_get(&lex->tokens, key, unit_len, &v)) {
        r = lex->token_facts.v[v];
        r.units = 0; /* the stored facts say 1 (see build_words) */
        if (!plain) r.words = 0;
        if (key_len != unit_len) r.flags &= (uint8_t)~DS_LEXT_GIVEN;
        if (lex->given_longer) given_longer = lex->given_longer[v];
    }
    /* "so-called", "'s", "(": the word lists hold the folded form */
    if (!plain && norm_len && norm_may_be_token(lex, norm, norm_len) &&
        strmap_get(&lex->tokens, norm, norm_len, &v))
        r.words = lex->token_facts.v[v].words;
    if (key_len > unit_len && given_longer && strmap_get(&lex->given, key, key_len, &v))
        r.flags |= DS_LEXT_GIVEN;
    r.flags = (uint8_t)((r.flags & ~DS_LEXT_CUE) | cue_flag(&r));
    return r;
}

/* lex_key of norm[0, n) into out (room for n + 1 bytes) when it holds no
 * apostrophe (whose rule is lex_key's), in one pass that also gives the
 * first unit's length (*u) and the units (*units, at most 255): the runs of
 * unit bytes, joined by one space. (size_t)-2 at an apostrophe. */
static inline size_t key_runs(char *out, const char *norm, size_t n, size_t *u, unsigned *units)
{
    size_t o = 0, first = 0;
    unsigned runs = 0;
    bool sep = true;
    for (size_t j = 0; j < n; j++) {
        unsigned k = ds_geo_word_byte[(unsigned char)norm[j]];
        if (k > 1) {
            if (sep) {
                if (o) {
                    if (runs == 1) first = o;
                    out[o++] = ' ';
                }
                runs++;
                sep = false;
            }
            out[o++] = (char)k;
        } else {
            if (k == 1) return (size_t)-2; /* an apostrophe */
            sep = true;
        }
    }
    out[o] = '\0';
    *u = runs > 1 ? first : o;
    *units = runs > 255 ? 255 : runs;
    return o;
}

/* ds_lexicon_key_tokens and ds_lexicon_key_tokens_in, one token t: the keys
 * that are copies go to keys[*off, cap) or, with an arena, each to an
 * allocation of its own (a one-byte punctuation token's empty key is a
 * static ""). */
static inline __attribute__((always_inline)) void
key_token(const ds_lexicon *lex, const ds_token *tokens, uint32_t t, const char **key,
          uint16_t *key_len, ds_lex_token *facts, char *keys, size_t cap, size_t *off,
          ds_arena *arena)
{
    const ds_lex_token none = {0};
    const char *norm = tokens[t].norm;
    size_t n = tokens[t].norm_len, i = 0;
    if (tokens[t].hash) {
        /* a plain ASCII word, hashed by the tokenizer: the key is the
         * word itself, one unit, its facts one probe of lex->words */
        uint32_t v;
        key[t] = norm;
        key_len[t] = (uint16_t)n;
        facts[t] =
            lex && word_find(lex, tokens[t].hash, norm, n, &v) ? lex->token_facts.v[v] : none;
        facts[t].units = 1;
        return;
    }
    uint64_t h = STRMAP_HASH_SEED;
    for (; i < n && plain_byte[(unsigned char)norm[i]]; i++)
        h = (h ^ (unsigned char)norm[i]) * 1099511628211ull;
    if (n > 0 && i == n && n <= UINT16_MAX) {
        /* letters and digits only: the key is the word itself, one unit */
        uint32_t v;
        key[t] = norm;
        key_len[t] = (uint16_t)n;
        facts[t] = lex && strmap_get_hashed(&lex->tokens, strmap_hash_done(h), norm, n, &v)
                       ? lex->token_facts.v[v]
                       : none;
        facts[t].units = 1;
    } else if (n == 1 && (arena || *off < cap)) {
        /* one byte of punctuation: no key, the word lists' bits of it
         * (what ds_lex_key and ds_lexicon_token make of it) */
        if (arena) {
            key[t] = "";
        } else {
            keys[*off] = '\0';
            key[t] = keys + *off;
            *off += 1;
        }
        key_len[t] = 0;
        facts[t] = none;
        if (lex) facts[t].words = lex->punct_words[(unsigned char)norm[0]];
        facts[t].flags = cue_flag(&facts[t]);
    } else {
        static char no_key[1];
        char *out = arena ? ds_arena_alloc_raw(arena, n + 1) : keys + *off;
        size_t room = arena ? (out ? n + 1 : 0) : (*off < cap ? cap - *off : 0);
        size_t k, u = 0;
        unsigned units = 0;
        /* the usual such token ("drive-by", "saudi-led", "1,000"), with room
         * and no apostrophe: key_runs; else ds_lex_key without its plain
         * test (not plain: the test above), then its units counted */
        if (room <= n || (k = key_runs(out, norm, n, &u, &units)) == (size_t)-2) {
            k = room ? lex_key(out, room, norm, n) : (size_t)-1;
            if (!out) out = no_key; /* out of memory: no key, as one that does not fit */
            if (k == (size_t)-1 || k > UINT16_MAX) k = 0;
            u = 0;
            while (u < k && out[u] != ' ') u++;
            units = k > 0;
            for (size_t j = u; j < k && units < 255; j++) units += out[j] == ' ';
        }
        key[t] = out;
        key_len[t] = (uint16_t)k;
        facts[t] = ds_lexicon_token(lex, norm, n, out, k, u);
        facts[t].units = (uint8_t)units;
        if (!arena) *off += k + 1;
    }
}

static inline __attribute__((always_inline)) uint64_t
key_tokens(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens, const char **key,
           uint16_t *key_len, ds_lex_token *facts, char *keys, size_t cap, ds_arena *arena)
{
    uint64_t words = 0;
    size_t off = 0;
    for (uint32_t t = 0; t < ntokens; t++) {
        key_token(lex, tokens, t, key, key_len, facts, keys, cap, &off, arena);
        words |= facts[t].words;
    }
    return words;
}

uint64_t ds_lexicon_key_tokens(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                               const char **key, uint16_t *key_len, ds_lex_token *facts, char *keys,
                               size_t cap)
{
    return key_tokens(lex, tokens, ntokens, key, key_len, facts, keys, cap, NULL);
}

uint64_t ds_lexicon_key_tokens_in(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                                  const char **key, uint16_t *key_len, ds_lex_token *facts,
                                  ds_arena *arena)
{
    return key_tokens(lex, tokens, ntokens, key, key_len, facts, NULL, 0, arena);
}

/* A token key_sentences leaves to key_token: neither a plain word with a
 * hash nor one byte of punctuation (out of line: the loop keeps its
 * registers). */
static __attribute__((noinline)) void key_other(const ds_lexicon *lex, const ds_token *tokens,
                                                uint32_t t, const char **key, uint16_t *key_len,
                                                ds_lex_token *facts, ds_arena *arena)
{
    size_t off = 0;
    key_token(lex, tokens, t, key, key_len, facts, NULL, 0, &off, arena);
}

/* key_token for the loop of ds_lexicon_key_sentences: token t's key, and
 * its facts returned (key_token's own, units included). A plain ASCII word
 * hashed by the tokenizer has itself for key, one unit, and its facts from
 * one probe of lex->words (word_find, made here with the lexicon's fields
 * in the caller's registers: ws, shift), which holds them in the
 * slot; one byte of punctuation has no key and its word lists' bits; the
 * possessive "'s" is keyed "s"; key_other does the rest. */
static inline __attribute__((always_inline)) const ds_lex_token *
key_fast(const ds_lexicon *lex, const word_slot *ws, uint32_t shift, const ds_token *tk, uint32_t t,
         const char **key, uint16_t *key_len, ds_lex_token *facts, ds_arena *arena, bool *other)
{
    static const ds_lex_token none = {.units = 1};
    const char *norm = tk->norm;
    uint32_t h = tk->hash, n = tk->norm_len;
    if (__builtin_expect(h != 0, 1)) {
        key[t] = norm;
        key_len[t] = (uint16_t)n;
        for (const word_slot *w = &ws[h >> shift];; w++) {
            if (!w->hash) break;
            if (w->hash == h && w->len == n &&
                (n <= 8 ? w->key == norm_bytes(norm, n)
                        : memcmp(lex->tokens.keys + w->key, norm, n) == 0))
                return &w->facts; /* units is 1 there (build_words) */
        }
        return &none;
    }
    if (n == 1 && !plain_byte[(unsigned char)norm[0]]) {
        key[t] = "";
        key_len[t] = 0;
        return &lex->punct_facts[(unsigned char)norm[0]];
    }
    if (n == 2 && norm[0] == '\'' && norm[1] == 's') {
        /* the possessive: key_token keys it "s" (a copy) and finds the
         * facts made at load by the same call */
        key[t] = "s";
        key_len[t] = 1;
        return &lex->poss_facts;
    }
    key_other(lex, tk - t, t, key, key_len, facts, arena);
    *other = true;
    return &facts[t];
}

/* The loop of ds_lexicon_key_sentences, lex->words_shift passed as shift
 * (inlined: a constant there, when the caller passes one). */
static inline __attribute__((always_inline)) uint64_t
key_sentences(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
              const ds_sentence *sentences, uint32_t nsentences, uint64_t cue_words,
              unsigned cue_flags, const char **key, uint16_t *key_len, ds_lex_token *facts,
              ds_arena *arena, uint32_t *cand, ds_lex_sentence_sum *sums, uint32_t shift,
              bool cue_bit)
{
    uint64_t words = 0;
    uint32_t t = 0, ncand = 0;
    /* what the loop reads of the lexicon, in locals */
    const word_slot *ws = lex->words;
    for (uint32_t s = 0; s <= nsentences; s++) {
        /* the sentence [a, b), after the tokens [t, a) no sentence holds
         * (keyed, listed nowhere); past the last sentence, the rest */
        uint32_t a = ntokens, b = ntokens;
        if (s < nsentences) {
            a = sentences[s].first_token, b = a + sentences[s].ntokens;
            if (b > ntokens || b < a) b = ntokens;
            if (a > b) a = b;
            if (a < t) a = t; /* not apart from the last one: against the contract */
            if (b < a) b = a;
        }
        bool other = false; /* (of tokens no sentence holds: told nowhere) */
        for (; t < a; t++) {
            const ds_lex_token *ft =
                key_fast(lex, ws, shift, &tokens[t], t, key, key_len, facts, arena, &other);
            facts[t] = *ft;
            words |= ft->words;
        }
        if (s == nsentences) break;
        uint64_t sw = 0;
        unsigned sl = 0, st = 0;
        /* set in the sum itself on the rare path (no register for it) */
        bool *other_s = &sums[s].other;
        *other_s = false;
        for (; t < b; t++) {
            const ds_token *tk = &tokens[t];
            const ds_lex_token *ft =
                key_fast(lex, ws, shift, tk, t, key, key_len, facts, arena, other_s);
            uint64_t fw = ft->words;
            unsigned most = ft->most, ff = ft->flags;
            facts[t] = *ft;
            unsigned fl = tk->flags;
            cand[ncand] = t;
            /* cue_bit (a constant): DS_LEXT_CUE is that test of most and
             * fw, made when the facts were */
            if (cue_bit)
                ncand += ((ff & DS_LEXT_CUE) | (fl & cue_flags)) != 0;
            else
                ncand += (most | (fw & cue_words) | (fl & cue_flags)) != 0;
            sw |= fw, sl |= ff, st |= fl;
        }
        words |= sw;
        sums[s].words = sw, sums[s].lexflags = sl, sums[s].tokflags = st;
        sums[s].cand_end = ncand;
    }
    return words;
}

/* The shift of lex->words the data files give now (14 bits of first slots
 * for over 2,048 plain keys since session 18's given names; build_words).
 * Exact whatever the lexicon: only a lexicon whose shift is this one takes
 * the loop made with it as a constant (an immediate shift, one register
 * more for the loop); any other takes the same loop with the shift read
 * from lex. */
#define WORDS_SHIFT_USUAL 18u

uint64_t ds_lexicon_key_sentences(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                                  const ds_sentence *sentences, uint32_t nsentences,
                                  uint64_t cue_words, unsigned cue_flags, const char **key,
                                  uint16_t *key_len, ds_lex_token *facts, ds_arena *arena,
                                  uint32_t *cand, ds_lex_sentence_sum *sums)
{
    if (!lex) {
        for (uint32_t s = 0; s < nsentences; s++) sums[s] = (ds_lex_sentence_sum){0, 0, 0, 0, true};
        return key_tokens(lex, tokens, ntokens, key, key_len, facts, NULL, 0, arena);
    }
    /* the entity pass's cues, with the usual shift: the loop made for them */
    if (lex->words_shift == WORDS_SHIFT_USUAL && cue_words == ds_entity_cue_words)
        return key_sentences(lex, tokens, ntokens, sentences, nsentences, cue_words, cue_flags, key,
                             key_len, facts, arena, cand, sums, WORDS_SHIFT_USUAL, true);
    return key_sentences(lex, tokens, ntokens, sentences, nsentences, cue_words, cue_flags, key,
                         key_len, facts, arena, cand, sums, lex->words_shift, false);
}
