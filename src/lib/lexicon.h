/* lexicon.h - the actor lexicon (data/actors.tsv): armed groups, state
 * forces, governments, parties, international bodies, media outlets, each
 * with a canonical name, type, parent, country and aliases (incl. the names
 * GTD and ACLED use). Loaded once per context, immutable, shared by threads.
 * Also the per-country state actors (data/actor_countries.tsv), person titles
 * (data/person_titles.tsv) and given names (data/given_names.tsv).
 * Owner: lexicon.c (the matching of mentions is entities.c).
 */
#ifndef DS_LEXICON_H
#define DS_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "util/strmap.h"

typedef struct ds_lexicon ds_lexicon;

/* ---- word hashes ---------------------------------------------------------
 * ds_token.hash: a 32-bit hash of a plain word (ASCII lower-case letters and
 * digits), never 0 (bit 0 is always set), so that a table of words is probed
 * without rehashing the norm at every use. The bytes are read 8 at a time as
 * little-endian numbers, the last chunk zero-padded: h = (n ^ chunk0) * M,
 * then h = (h ^ chunk) * M per further chunk; the hash is h's high half.
 * Its high bits depend on every byte: index a table by them (hash >> (32 -
 * bits)), not by the low bits. */
#define DS_WORD_HASH_MUL 0x9E3779B97F4A7C15ull

/* The little-endian number of the r (1-8) bytes at s. */
static inline uint64_t ds_word_chunk(const char *s, size_t r)
{
    uint64_t c = 0;
    for (size_t i = 0; i < r; i++) c |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return c;
}

/* The hash of the plain word s[0..n), n > 0: strmap_word_hash (the same
 * definition, with a short chunk read in two loads, not byte by byte). */
_Static_assert(DS_WORD_HASH_MUL == STRMAP_WORD_MUL, "one word hash");
static inline uint32_t ds_word_hash(const char *s, size_t n)
{
    return strmap_word_hash(s, n);
}

/* One actor of the lexicon. Strings live as long as the lexicon. */
typedef struct ds_lex_actor {
    const char *name;       /* canonical: "Islamic State – Khorasan Province" */
    const char *acled_name; /* the ACLED/GTD actor name if different, else NULL */
    ds_actor_type type;
    uint32_t parent;            /* lexicon index of the parent, or DS_NONE */
    char iso3[4];               /* state actors and national groups: their country; "" */
    const char *const *aliases; /* all other names, as written in the data file */
    uint32_t naliases;
    /* keys[0]: the name's ds_name_keys (facts.h), keys[1 + i]: aliases[i]'s;
     * computed at load for resolve_actors.c */
    const struct ds_name_keys *keys;
    /* bit i (i < 64): aliases[i] has the keys (name key and dash-keeping
     * key) of an earlier alias j, and is an acronym if j is: indexing or
     * looking it up after j does nothing more (resolve_actors.c skips it) */
    uint64_t dup_aliases;
    /* bit i (i < 64): aliases[i] has the name's keys: looking it up after
     * the name, or indexing it for an entry just made under the name, does
     * nothing more (resolve_actors.c skips it) */
    uint64_t name_dup_aliases;
    /* bit (hk & 63) of each non-empty name key (keys[j].kn > 0) of the
     * name and every alias: resolve_actors.c's quick test that two entries
     * share no name key */
    uint64_t key_bits;
    /* bit i: aliases[i] is one a new entry of this one keeps when the
     * tables hold none of its keys (ds_lex_actor_first_aliases, made at load
     * when naliases <= 64) */
    uint64_t first_aliases;
    /* strlen of the name and of each alias (alias_lens[i]: aliases[i]'s),
     * computed at load with the keys */
    uint32_t name_len;
    const uint32_t *alias_lens;
    /* the strings a new entry copies (resolve_actors.c), in one block of
     * image_len bytes made at load: the name, keys[0].k, keys[0].kd, then
     * for each alias i: aliases[i], keys[1 + i].k, keys[1 + i].kd, each
     * with its NUL */
    const char *image;
    uint32_t image_len;
} ds_lex_actor;

/* Loads data_dir/lexicon.bin when it was made by this build from the data
 * files data_dir holds (the same bytes), else the data files themselves:
 * the same lexicon either way (lexicon.c, "the compiled lexicon"). */
ds_status ds_lexicon_load(ds_lexicon **out, const char *data_dir, char *err, size_t errlen);
/* Writes to out_path the compiled lexicon of the data files in data_dir
 * (tools/lexc.c, at build time). */
ds_status ds_lexicon_compile(const char *data_dir, const char *out_path, char *err, size_t errlen);
void ds_lexicon_free(ds_lexicon *lex);

/* Number of entries, and entry i (NULL when out of range). */
uint32_t ds_lexicon_count(const ds_lexicon *lex);
const ds_lex_actor *ds_lexicon_get(const ds_lexicon *lex, uint32_t i);
/* Finds an entry by any of its names (folded with ds_fold); DS_NONE if none. */
uint32_t ds_lexicon_find(const ds_lexicon *lex, const char *name, size_t len);

/* ---- matching keys ---------------------------------------------------
 * A key is the folded text reduced to its "units" (runs of letters and
 * digits; an apostrophe inside a word is dropped) joined by one space, so
 * "IS–KP" / "IS-KP" / "IS KP" -> "is kp", "Islamic State – Khorasan
 * Province" = "Islamic State-Khorasan Province", "U.S." -> "u s",
 * "Jama'ath" -> "jamaath". Data and text are keyed by the same function. */

/* Writes the key of folded[0..n) to out (NUL-terminated); returns its
 * length, or (size_t)-1 when it does not fit in cap-1 bytes. */
size_t ds_lex_key(char *out, size_t cap, const char *folded, size_t n);

/* Case constraints of a name key (from how the data file writes it). */
#define DS_LEX_ACRONYM                                                                             \
    1u                /* written in capitals ("TTP", or short mixed case "LeT"): text must         \
                       * be upper case, or have a capital after a lower-case letter too */
#define DS_LEX_CAP 2u /* written capitalised: text's first word must be too */

/* The entry a key names, or DS_NONE; *flags gets its DS_LEX_* constraints. */
uint32_t ds_lexicon_lookup(const ds_lexicon *lex, const char *key, size_t len, unsigned *flags);
/* The matcher's step, for a key grown a token at a time: false when no name
 * key equals or starts with this key (stop growing it); else *entry is the
 * entry it names (DS_NONE when it is only the start of longer names) and
 * *flags its DS_LEX_* constraints, plus DS_LEX_LONGER when a longer name key
 * starts with it. hash is strmap_words_hash(key, len) (util/strmap.h: the
 * names map is hashed a word at a time). */
#define DS_LEX_LONGER 4u
bool ds_lexicon_step(const ds_lexicon *lex, const char *key, size_t len, uint64_t hash,
                     uint32_t *entry, unsigned *flags);
/* The first-token filter: the most units of a name key starting with this
 * unit, 0 when none does. */
uint32_t ds_lexicon_starts(const ds_lexicon *lex, const char *unit, size_t len);

/* ---- countries and their state actors -------------------------------- */

typedef enum ds_state_role {
    DS_ROLE_MILITARY = 0, /* "Military Forces of X (period)" */
    DS_ROLE_POLICE,       /* "Police Forces of X (period)" */
    DS_ROLE_GOVERNMENT,   /* "Government of X (period)" */
    DS_ROLE_PROTESTERS,   /* "Protesters (X)" */
    DS_ROLE_RIOTERS,      /* "Rioters (X)" */
    DS_ROLE_CIVILIANS,    /* "Civilians (X)" */
    DS_ROLE_COUNT
} ds_state_role;

/* A country by a key of its name or demonym ("uzbek", "pakistan", "u s");
 * DS_NONE when unknown. */
uint32_t ds_lexicon_nation(const ds_lexicon *lex, const char *key, size_t len);
/* True when some country name or demonym key starts with this unit. */
/* A filter of the country keys of two units or more whose first unit is
 * unit[0, len) (a key of one unit): bit ds_lex_unit_sig(v) is set for the
 * second unit v of each (a clear bit: no such key goes on with v). */
uint32_t ds_lexicon_nation_next(const ds_lexicon *lex, const char *unit, size_t len);
bool ds_lexicon_nation_starts(const ds_lexicon *lex, const char *unit, size_t len);
/* A country by ISO alpha-3; DS_NONE when not in the list. */
uint32_t ds_lexicon_country(const ds_lexicon *lex, const char *iso3);
/* ISO alpha-3 of a country index ("" when out of range). */
const char *ds_lexicon_country_iso3(const ds_lexicon *lex, uint32_t country);
/* A country's name as the actor names write it (ACLED's: "Democratic
 * Republic of Congo"); owned by the lexicon; NULL when out of range. */
const char *ds_lexicon_country_name(const ds_lexicon *lex, uint32_t country);
/* The lexicon entry of a country's state actor; DS_NONE when out of range. */
uint32_t ds_lexicon_state_actor(const ds_lexicon *lex, uint32_t country, ds_state_role role);
/* The "Unidentified Armed Group" entry (DS_NONE if the data lacks it). */
uint32_t ds_lexicon_unidentified(const ds_lexicon *lex);

/* ---- people ------------------------------------------------------------ */

typedef enum ds_title_kind {
    DS_TITLE_NONE = 0,
    DS_TITLE_HONORIFIC, /* Mawlawi, Sheikh, Mufti */
    DS_TITLE_RANK,      /* Gen., Col., Commander */
    DS_TITLE_OFFICE,    /* President, Minister, Emir */
    DS_TITLE_ROLE       /* leader, spokesman, director (role nouns) */
} ds_title_kind;

/* The kind of a title key ("mawlawi", "lt gen", "prime minister"); *keep is
 * set when the title is commonly written as part of the name. *canon gets
 * the title as the data file writes it (may be NULL). */
ds_title_kind ds_lexicon_title(const ds_lexicon *lex, const char *key, size_t len, bool *keep,
                               const char **canon);
/* True when some title key starts with this unit (first-token filter). */
bool ds_lexicon_title_starts(const ds_lexicon *lex, const char *unit, size_t len);
/* True when the key is a known given name ("mohammad", "abdul"). */
bool ds_lexicon_given_name(const ds_lexicon *lex, const char *key, size_t len);
/* The DS_LEXT_* flags (below) of the stored facts of token t, a plain word
 * (t->hash set: its norm is its own key, one unit), 0 when it has none: one
 * probe by the tokenizer's hash, the norm not hashed again. DS_LEXT_GIVEN
 * is set iff ds_lexicon_given_name(norm) holds; a title of one unit has
 * DS_LEXT_TITLE (its own first unit), so a clear bit answers
 * ds_lexicon_title without a look-up. */
unsigned ds_lexicon_word_flags(const ds_lexicon *lex, const ds_token *t);

/* ---- per-token facts ----------------------------------------------------
 * Everything the lexicon says about one token, from one hash probe of its
 * key's first unit (plus one probe of its folded form when that is not a
 * plain unit, and one of the whole key when it has several units). The
 * entity annotator calls this once per token and then tests bits, instead
 * of probing several maps per token per rule. */

#define DS_LEXT_NATION        1u  /* a country name/demonym key starts with the unit */
#define DS_LEXT_TITLE         2u  /* a title key starts with the unit */
#define DS_LEXT_GIVEN         4u  /* the whole key is a given name */
#define DS_LEXT_NAME          8u  /* the unit alone is a name key (ds_lexicon_lookup) */
#define DS_LEXT_NATION_LONGER 16u /* a country key of two or more units starts with the unit */
#define DS_LEXT_TITLE_LONGER  32u /* a title key of two or more units starts with the unit */
/* most is not 0, or words meets ds_entity_cue_words: the test of a
 * candidate of ds_lexicon_key_sentences given those cue words, made when
 * the facts are */
#define DS_LEXT_CUE 64u

/* ds_lex_token.nation: the unit alone is no country key; else the country
 * is nation - 1, unless nation is DS_LEXT_NATION_ASK (ask ds_lexicon_nation) */
#define DS_LEXT_NATION_ASK 255u

typedef struct ds_lex_token {
    uint64_t words; /* bit i: the folded token is in ds_entity_word_lists[i] */
    /* bit ds_lex_unit_sig(v) is set for the second unit v of every name key
     * of two or more units that starts with the unit: a clear bit says no
     * name key starts with "unit v" (a one-word Bloom filter) */
    uint32_t next;
    uint8_t most;   /* the most units of a name key starting with the unit; 0 none */
    uint8_t flags;  /* DS_LEXT_* */
    uint8_t units;  /* units of the token's key (ds_lexicon_key_tokens; capped at 255) */
    uint8_t nation; /* the unit alone as a country key, see DS_LEXT_NATION_ASK */
} ds_lex_token;
/* most, next, nation and the flags but GIVEN tell of the key's first unit:
 * they are the whole key's when units is 1. */

/* The Bloom bit of the key unit that k starts with (k[0..len) a key, len >
 * 0): from its first two bytes, so the matcher reads it off a token's key. */
static inline unsigned ds_lex_unit_sig(const char *k, size_t len)
{
    unsigned c1 = len > 1 && k[1] != ' ' ? (unsigned char)k[1] : 0;
    return ((unsigned char)k[0] * 31u + c1) & 31u;
}

/* norm: the token's folded form; key/key_len: its ds_lex_key; unit_len: the
 * length of the key's first unit. */
ds_lex_token ds_lexicon_token(const ds_lexicon *lex, const char *norm, size_t norm_len,
                              const char *key, size_t key_len, size_t unit_len);

/* Keys every token of a document and reads its facts, in one pass: key[t]
 * gets token t's key (as ds_lex_key): its norm itself when it is a plain
 * lower-case word of letters and digits (the usual token: one probe with
 * its ds_token.hash, or hashed while it is checked when that is 0; nothing
 * copied), else a copy written to keys (cap bytes;
 * sum(norm_len + 1) is enough); key_len[t] its length (0 when it has none
 * or it does not fit); facts[t] what ds_lexicon_token says. Returns the
 * union of the tokens' word-list bits. */
uint64_t ds_lexicon_key_tokens(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                               const char **key, uint16_t *key_len, ds_lex_token *facts, char *keys,
                               size_t cap);
/* The same, each key that is a copy allocated in arena (n + 1 bytes for a
 * norm of n), so the caller need not size a buffer for them all first
 * (only the few tokens that are no plain word take one). */
uint64_t ds_lexicon_key_tokens_in(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                                  const char **key, uint16_t *key_len, ds_lex_token *facts,
                                  ds_arena *arena);

/* What the entity pass reads of one sentence: the unions of its tokens'
 * word-list bits (ds_lex_token.words), lexicon flags (.flags) and token
 * flags (ds_token.flags), the end of its candidates in the list, and
 * whether some token of it may be none of: a plain word with a hash, one
 * byte of punctuation, the possessive "'s" (false: every token is one of
 * them; a symbol of several bytes, "†", is none). */
typedef struct ds_lex_sentence_sum {
    uint64_t words;
    unsigned lexflags, tokflags;
    uint32_t cand_end; /* its candidates are cand[previous sentence's cand_end, cand_end) */
    bool other;
} ds_lex_sentence_sum;

/* ds_lexicon_key_tokens_in, and in the same pass over each sentence's
 * tokens: sums[s] for each of the nsentences sentences, and cand, the
 * tokens of the sentences (in order, a token once per sentence that holds
 * it) whose facts' most is not 0, or whose word-list bits meet cue_words, or
 * whose ds_token.flags meet cue_flags (cand holds up to the sum of the
 * sentences' ntokens). The tokens no sentence holds are keyed too. */
uint64_t ds_lexicon_key_sentences(const ds_lexicon *lex, const ds_token *tokens, uint32_t ntokens,
                                  const ds_sentence *sentences, uint32_t nsentences,
                                  uint64_t cue_words, unsigned cue_flags, const char **key,
                                  uint16_t *key_len, ds_lex_token *facts, ds_arena *arena,
                                  uint32_t *cand, ds_lex_sentence_sum *sums);

/* The closed word lists of the entity rules (member nouns, stop words,
 * particles ...), defined by entities.c: NULL-terminated lists of folded
 * words, at most 64 lists; list i sets bit i of ds_lex_token.words. */
extern const char *const *const ds_entity_word_lists[];
extern const unsigned ds_entity_nword_lists;
/* the word lists whose words are the entity pass's cues (bits of
 * ds_lex_token.words): DS_LEXT_CUE is made with them */
extern const uint64_t ds_entity_cue_words;
/* resolve_actors.c: the aliases of lexicon entry le (its keys made) that
 * its first entry in an extraction keeps while no other entry shares a
 * name key with it: bit i for aliases[i] (le->naliases <= 64) */
uint64_t ds_lex_actor_first_aliases(const ds_lex_actor *le);

#endif
