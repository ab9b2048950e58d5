/* doc.h - the document model every stage reads and writes (private to
 * src/lib and unit tests). Pipeline: read_*.c fill text/map/blocks;
 * citations.c removes markers and resolves footnotes; segment.c makes
 * sentences; tokenize.c tokens; the annotators (timex, quantity, gazetteer,
 * entities, hedges) add their arrays; events.c/profile.c read them all.
 *
 * All offsets (ds_span) are byte offsets into doc->text, the normalized
 * UTF-8 text; doc->map turns them back into offsets in the original bytes.
 * All memory comes from doc->arena. Gazetteer and lexicon strings point into
 * the context's shared data: a context must outlive its documents.
 */
#ifndef DS_DOC_H
#define DS_DOC_H

#include <stdbool.h>
#include <stdint.h>

#include "dossier/dossier.h"
#include "arena.h"

#define DS_NONE UINT32_MAX

typedef struct ds_span {
    uint32_t start, end; /* [start, end) in doc->text */
} ds_span;

/* ---- reading -------------------------------------------------------- */

typedef enum ds_block_kind {
    DS_BLOCK_PROSE = 0, /* paragraph of running text */
    DS_BLOCK_TITLE,     /* the document's title line */
    DS_BLOCK_HEADING,   /* section heading ("Media[edit]" -> "Media") */
    DS_BLOCK_BYLINE,    /* "By Peter Mills" */
    DS_BLOCK_LIST_ITEM, /* "- Hafiz Saeed Khan † (2015 – Jul 2016)" (marker not in span) */
    DS_BLOCK_LABEL,     /* infobox/table label: "Wali:", "Subgroups" */
    DS_BLOCK_FIELD,     /* infobox value line or table cell: "26 January 2015" */
    DS_BLOCK_FURNITURE, /* page furniture: never yields facts */
    DS_BLOCK_FOOTNOTE   /* a footnote/reference list entry */
} ds_block_kind;

typedef struct ds_block {
    ds_span span;
    ds_block_kind kind;
    uint32_t label; /* for LIST_ITEM/FIELD under a LABEL: that block's index, else DS_NONE */
    uint32_t first_sentence, nsentences;
    bool infobox; /* inside an infobox or table (flattened or HTML) */
} ds_block;

/* A footnote of the document's note list: "- ¹ <https://…>" or an HTML
 * reference list item. urls point into the arena. */
typedef struct ds_footnote {
    uint32_t number;
    const char **urls;
    uint32_t nurls;
    ds_span span; /* the entry in doc->text (a FOOTNOTE block) */
} ds_footnote;

/* A citation marker (¹, ¹⁸, [17]) removed from the text. */
typedef struct ds_cite {
    uint32_t number;
    uint32_t at;                 /* offset in doc->text where it stood */
    uint32_t sentence;           /* the sentence it closes */
    uint32_t footnote;           /* index into doc->footnotes, or DS_NONE (unresolved) */
    uint32_t src_start, src_end; /* the marker in the original bytes */
    bool bracketed;
} ds_cite;

typedef struct ds_sentence {
    ds_span span;
    uint32_t block;
    uint32_t first_token, ntokens;
    uint32_t first_cite, ncites; /* range in doc->cites (sorted by sentence) */
} ds_sentence;

enum ds_token_flags {
    DS_TOK_WORD = 1u << 0,   /* letters (may hold internal - ' .: "IS-KP", "U.S.") */
    DS_TOK_NUMBER = 1u << 1, /* starts with a digit: "107mm", "3-4,000"; "98%" = "98" "%" */
    DS_TOK_PUNCT = 1u << 2,
    DS_TOK_CAP = 1u << 3,   /* first letter upper case */
    DS_TOK_UPPER = 1u << 4, /* all letters upper case, two or more */
    DS_TOK_SYMBOL = 1u << 5 /* †, %, $ ... */
};

/* norm: the folded form used for matching (lower case, diacritics and
 * ayn/hamza marks removed, dashes to '-', curly quotes to '\''), in the
 * arena, NUL-terminated. "Takhār" -> "takhar", "ISIS–K" -> "isis-k". */
typedef struct ds_token {
    ds_span span;
    const char *norm;
    uint16_t norm_len;
    uint16_t flags;
    /* ds_word_hash (lexicon.h) of norm when norm is a plain word: ASCII
     * lower-case letters and digits only ("gunmen", "107mm"); 0 for any
     * other token, and when whoever made the token did not compute it (so a
     * consumer reads 0 as "ask the norm"). ds_tokenize sets it while it has
     * the word's bytes at hand. */
    uint32_t hash;
} ds_token;

typedef struct ds_diag_rec {
    ds_diag pub;
} ds_diag_rec;

/* ---- annotations ---------------------------------------------------- */

/* A calendar date at some precision: month 0 = year precision, day 0 =
 * month precision, year 0 = unknown. */
typedef struct ds_date {
    int16_t year;
    uint8_t month, day;
} ds_date;

typedef enum ds_timex_kind {
    DS_TIMEX_DATE = 0, /* a point at some precision */
    DS_TIMEX_SPAN,     /* value .. end */
    DS_TIMEX_RELATIVE, /* "yesterday", "two days later": value resolved if anchored */
    DS_TIMEX_DURATION  /* "three years": no value */
} ds_timex_kind;

typedef enum ds_timex_mod {
    DS_MOD_NONE = 0,
    DS_MOD_EARLY,
    DS_MOD_MID,
    DS_MOD_LATE,
    DS_MOD_APPROX,
    DS_MOD_SINCE, /* "since at least February 2022": open end */
    DS_MOD_BEFORE,
    DS_MOD_AFTER,
    DS_MOD_DECADE /* "the 1990s": value.year = 1990 */
} ds_timex_mod;

typedef enum ds_anchor {
    DS_ANCHOR_ABSOLUTE = 0, /* fully given by the text */
    DS_ANCHOR_DOCUMENT,     /* completed from the document date */
    DS_ANCHOR_NARRATIVE,    /* completed from the nearest preceding explicit mention */
    DS_ANCHOR_NONE          /* could not be completed */
} ds_anchor;

typedef struct ds_timex {
    ds_span span;
    uint32_t sentence;
    ds_timex_kind kind;
    ds_timex_mod mod;
    ds_anchor anchor;
    ds_date value;
    ds_date end;   /* spans: the end; year 0 when open */
    bool open_end; /* "– present", "since ..." */
} ds_timex;

typedef enum ds_qualifier {
    DS_QUAL_EXACT = 0,
    DS_QUAL_AT_LEAST, /* at least, more than, over */
    DS_QUAL_APPROX,   /* approximately, about, around, some */
    DS_QUAL_UP_TO,    /* up to, as many as, nearly */
    DS_QUAL_VAGUE     /* dozens, scores, several, hundreds */
} ds_qualifier;

typedef struct ds_quantity {
    ds_span span;
    uint32_t sentence;
    double lo, hi; /* equal unless a range */
    ds_qualifier qual;
    bool percent;
    ds_span noun; /* the counted noun phrase head ("rockets", "soldiers"); empty if none */
} ds_quantity;

typedef enum ds_feature {
    DS_FEAT_COUNTRY = 0,
    DS_FEAT_ADMIN1, /* province, region, oblast */
    DS_FEAT_ADMIN2, /* district */
    DS_FEAT_CITY,   /* populated place */
    DS_FEAT_REGION, /* informal area: "northern Afghanistan", "Central Asia", a valley */
    DS_FEAT_DEMONYM /* "Uzbek", "Pakistani": the country by its adjective */
} ds_feature;

typedef enum ds_geo_how {
    DS_GEO_UNIQUE = 0, /* the only candidate */
    DS_GEO_HIERARCHY,  /* "X District, Y Province" */
    DS_GEO_CONTEXT,    /* a country named in this or the previous sentence */
    DS_GEO_FOCUS,      /* the document's focus country */
    DS_GEO_POPULATION  /* the most populous/important candidate */
} ds_geo_how;

typedef struct ds_place {
    ds_span span;
    uint32_t sentence;
    uint32_t gaz_id; /* gazetteer entry */
    ds_feature feature;
    ds_geo_how how;
    char iso3[4];
    const char *name;   /* canonical (gazetteer) */
    const char *admin1; /* NULL for countries/regions */
    const char *admin2;
    double lat, lon;
    bool has_coords;
} ds_place;

typedef enum ds_actor_type {
    DS_ACTOR_ARMED_GROUP = 0,
    DS_ACTOR_STATE_FORCE,
    DS_ACTOR_GOVERNMENT,
    DS_ACTOR_PARTY,
    DS_ACTOR_INTERNATIONAL,
    DS_ACTOR_MEDIA,
    DS_ACTOR_CIVILIANS,
    DS_ACTOR_PROTESTERS,
    DS_ACTOR_OTHER
} ds_actor_type;

/* A mention of an actor. actor: an index into the context's lexicon, or
 * DS_DOC_ACTOR | i for the i-th actor learnt from this document. */
#define DS_DOC_ACTOR 0x80000000u
typedef struct ds_actor_ref {
    ds_span span;
    uint32_t sentence;
    uint32_t actor;
    ds_actor_type type;
    bool generic; /* "the group", "IS-KP militants", "Uzbek military" */
    char iso3[4]; /* state actors: their country */
} ds_actor_ref;

/* An actor learnt from the document itself (an alias definition such as
 * "Islamic State – Khorasan Province (ISIS–K, IS–K, IS–KP)" or an unknown
 * organisation name). */
typedef struct ds_doc_actor {
    const char *name;
    const char **aliases;
    uint32_t naliases;
    uint32_t lexicon; /* the lexicon entry it is another name of, or DS_NONE */
    ds_actor_type type;
} ds_doc_actor;

typedef struct ds_person {
    ds_span span; /* whole mention incl. title and role */
    ds_span name; /* the name: ranks and offices dropped ("Gen.", "President"), honorifics
                   * written as part of it kept ("Mawlawi X", "Sheikh Y": keep=1 in
                   * data/person_titles.tsv; leaders are reported so) */
    uint32_t sentence;
    const char *title; /* "Mawlawi", "Sheikh" ...; NULL */
    bool dead;         /* marked † */
    ds_span role;      /* "director of mines for Badakhshan"; empty if none */
    uint32_t actor;    /* organisation named with the role, or DS_NONE */
} ds_person;

typedef enum ds_hedge_kind {
    DS_HEDGE_ESTIMATIVE = 0, /* likely, may, could, possible ... */
    DS_HEDGE_ATTRIBUTION,    /* reportedly, allegedly, according to */
    DS_HEDGE_CLAIM,          /* claimed responsibility */
    DS_HEDGE_DENIAL          /* denied */
} ds_hedge_kind;

typedef enum ds_icd {
    DS_ICD_NONE = 0,
    DS_ICD_ALMOST_NO_CHANCE,
    DS_ICD_VERY_UNLIKELY,
    DS_ICD_UNLIKELY,
    DS_ICD_ROUGHLY_EVEN,
    DS_ICD_LIKELY,
    DS_ICD_VERY_LIKELY,
    DS_ICD_ALMOST_CERTAIN,
    DS_ICD_POSSIBLE /* a bare may / might / could / possibly */
} ds_icd;

typedef struct ds_hedge {
    ds_span span;
    uint32_t sentence;
    ds_hedge_kind kind;
    ds_icd icd;
    bool negated; /* the phrase says the opposite: "no group claimed", "has not claimed" */
    /* "we assess", "ISW assesses that": a judgement whose level (likely)
     * holds only when no word of likelihood gives one (assess.c) */
    bool judgement;
} ds_hedge;

/* ---- the document --------------------------------------------------- */

struct ds_doc {
    ds_arena *arena;
    ds_ctx *ctx; /* the context it was read with (borrowed) */
    const char *path;
    const char *id;
    const char *title; /* "" when none */
    char date[11];     /* ISO date of the document ("" when none) */
    ds_date doc_date;  /* the same, parsed */
    ds_format format;

    /* the original bytes (arena copy), src_len long; a one-line prose
     * note's text may be src itself, and citations then drop their
     * markers in it (only new lines are counted in src afterwards) */
    const char *src;
    size_t src_len;

    char *text; /* normalized UTF-8, NUL-terminated; before the reader runs: NULL,
                 * or src when ds_read_opts.plain_line vouched that the source is
                 * printable ASCII on one line (ds_read_text then skips its check) */
    uint32_t text_len;
    /* map[i] = source offset of text byte i; map[text_len] = src_len. May
     * be the shared, read-only ds_identity_map (read_util.h): a writer
     * calls ds_doc_map_own first. */
    uint32_t *map;

    DS_VEC(ds_block) blocks;
    DS_VEC(ds_footnote) footnotes;
    DS_VEC(ds_cite) cites;
    DS_VEC(ds_sentence) sentences;
    DS_VEC(ds_token) tokens;
    DS_VEC(ds_diag_rec) diags;

    bool annotated;
    DS_VEC(ds_timex) timexes;
    DS_VEC(ds_quantity) quantities;
    DS_VEC(ds_place) places;
    DS_VEC(ds_actor_ref) actor_refs;
    DS_VEC(ds_doc_actor) doc_actors;
    DS_VEC(ds_person) people;
    DS_VEC(ds_hedge) hedges;
    char focus_iso3[4]; /* the country the document is mostly about ("" when unknown) */

    /* timex.c's per-sentence cache (ds_sentence_lexemes, ds_sentence_kw): the
     * timex and quantity annotators lex the same sentences, so each is lexed
     * once; NULL until first use, then sentences.n entries in the arena. */
    struct ds_sent_lex *sent_lex;
    uint32_t sent_lex_n;

    /* entities.c's list, for hedges.c, of the tokens of the sentences whose
     * folded form is a first word of a hedge phrase (ds_hedge_first_words,
     * hedges.h), in token order, in the arena; hedge_listed is false when
     * entities did not make it (then hedges.c tests every token). */
    const uint32_t *hedge_toks;
    uint32_t nhedge_toks;
    bool hedge_listed;

    /* tokenize.c's list, for gazetteer.c, of the tokens that may start a
     * place name (pass its cap_name), as pointers into tokens.v in token
     * order, in the arena: every word that is capitalised (DS_TOK_CAP or
     * DS_TOK_UPPER) or has no hash (ds_token.hash: "al-Qamishli"), and
     * perhaps other words, never a token that is no word. cap_toks[ncap_toks]
     * is an end mark, tokens.v + tokens.cap, past every token. cap_listed is
     * false when ds_tokenize did not make every token (then gazetteer.c
     * tests them all). */
    const ds_token *const *cap_toks;
    uint32_t ncap_toks;
    bool cap_listed;
};

/* Adds a diagnostic at a source offset (line computed from it). Messages
 * are copied. Past 1000 diagnostics only a count is kept. */
void ds_doc_diag_add(ds_doc *doc, ds_severity sev, const char *code, size_t src_offset,
                     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Source offset of a text offset. */
static inline uint32_t ds_doc_src_offset(const ds_doc *doc, uint32_t text_off)
{
    return doc->map[text_off <= doc->text_len ? text_off : doc->text_len];
}

/* The date as ISO text at its precision into out[11] ("" when year is 0). */
void ds_date_format(char out[11], ds_date d);

/* ---- stage entry points (one file each) -------------------------------- */

/* read_text.c / read_html.c / read_pdf.c: doc->src -> text, map, blocks,
 * footnotes (and title/date when found). */
ds_status ds_read_text(ds_doc *doc, ds_ctx *ctx, bool markdown);
ds_status ds_read_html(ds_doc *doc, ds_ctx *ctx);
ds_status ds_read_pdf(ds_doc *doc, ds_ctx *ctx);
/* citations.c: removes markers from text (compacting text and map), records cites. */
ds_status ds_citations_extract(ds_doc *doc, ds_ctx *ctx);
/* citations.c: after segmentation, attaches cites to sentences and resolves footnotes. */
ds_status ds_citations_attach(ds_doc *doc, ds_ctx *ctx);
ds_status ds_segment(ds_doc *doc, ds_ctx *ctx);
ds_status ds_tokenize(ds_doc *doc, ds_ctx *ctx);
/* tokenize.c: ds_segment and ds_tokenize in one pass: a prose or list block
 * no longer than limits.max_sentence_bytes is tokenized whole and split at
 * the terminators its tokens hold (ds_segment_block_terms), the others as
 * the two would. Same sentences and tokens. */
ds_status ds_segment_tokenize(ds_doc *doc, ds_ctx *ctx);

/* A sentence terminator a token holds (ds_segment_tokenize): its text
 * offset, its length (1 for . ! ?, 3 for an ellipsis), the token's index;
 * word: for a '.' token after an ASCII word of letters and digits that the
 * tokenizer looked up as an abbreviation (ds_abbrev_kind_undotted), that
 * word's kind plus one (DS_ABBR_NONE for one it did not look up: longer
 * than seven bytes), else 0. */
typedef struct ds_term {
    uint32_t at;
    uint16_t len;
    uint8_t word;
    uint32_t tok;
} ds_term;
/* segment.c, for ds_segment_tokenize: the sentences room (ds_segment's
 * first); the sentences of block b (ds_segment's for one block); those of
 * prose or list block b, at most limits.max_sentence_bytes long, whose
 * tokens are tokens[first, end) with the terminators terms[0, nterms) in
 * text order, each sentence with its tokens; or *redo set (its sentences
 * made so far left to the caller to drop) when the block's sentences need
 * tokens of their own (the tokenizer looked past a sentence's end). */
ds_status ds_segment_room(ds_doc *doc);
ds_status ds_segment_block(ds_doc *doc, ds_ctx *ctx, uint32_t b);
ds_status ds_segment_block_terms(ds_doc *doc, ds_ctx *ctx, uint32_t b, const ds_token *tokens,
                                 uint32_t first, uint32_t end, const ds_term *terms,
                                 uint32_t nterms, bool *redo);

/* Annotates docs[0 .. n-1] stage by stage (every document's time
 * expressions, then every document's quantities, ...): the same annotations
 * as ds_doc_annotate on each, which it is with n = 1. A document already
 * annotated is skipped; each document may be given once. Stops at the first
 * failure (DS_ENOMEM, DS_ELIMIT): the documents not yet marked annotated are
 * then partly annotated and can only be freed. */
ds_status ds_docs_annotate(ds_ctx *ctx, ds_doc *const *docs, size_t n);
/* Annotators: each adds its array; run in this order by ds_doc_annotate. */
ds_status ds_annotate_timex(ds_doc *doc, ds_ctx *ctx);
ds_status ds_annotate_quantities(ds_doc *doc, ds_ctx *ctx);
ds_status ds_annotate_places(ds_doc *doc, ds_ctx *ctx);
ds_status ds_annotate_entities(ds_doc *doc, ds_ctx *ctx); /* actors and people */
ds_status ds_annotate_hedges(ds_doc *doc, ds_ctx *ctx);

/* hedges.c: the ICD 203 term ("likely", "possible"...) of a level; NULL for NONE. */
const char *ds_icd_name(ds_icd icd);
/* lexicon.c: canonical name of a lexicon entry or (DS_DOC_ACTOR | i) a
 * document-learnt actor; NULL when out of range. */
const char *ds_actor_name(const ds_doc *doc, uint32_t actor);

#endif
