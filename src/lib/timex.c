/* timex.c - time expressions: finds dates, spans, relative and duration
 * expressions per sentence and normalizes them to ISO 8601, no more precise
 * than the text is (TimeML/TIMEX3-style modifiers: early/mid/late, approx,
 * since, before/after, decades). Annotation stage, first annotator; also
 * detects the document date from a dateline and anchors what lacks a year.
 */
#include "timex.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ctx.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "read_util.h"

/* ---- keyword table --------------------------------------------------- */

static const char *const kw_timex[] = {
    "a", "an", "about", "after", "around", "approximately", "before", "between", "beginning",
    "circa", "ca", "early", "end", "earlier", "from", "in", "late", "last", "later", "mid",
    "middle", "next", "past", "previous", "recently", "since", "start", "shortly", "soon", "till",
    "the", "this", "today", "tonight", "tomorrow", "until", "yesterday", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "overnight",
    "first", "second", "third", "fourth", "final", "midweek",
    /* "That same night, ...", "That evening, ..." (find_relative) */
    "that",
    /* feasts told by name: "on Christmas Eve", "over the Easter weekend",
     * "on Good Friday" (find_relative) */
    "christmas", "easter", "good",
    /* Islamic feasts: "during Ramadan", "on the first day of Eid al-Fitr",
     * "at Tabaski" (islamic_feast) */
    "ramadan", "eid", "tabaski", "bakrid", NULL};
static const char *const kw_count[] = {
    "a",        "an",        "one",       "two",      "three",    "four",   "five",     "six",
    "seven",    "eight",     "nine",      "ten",      "eleven",   "twelve", "thirteen", "fourteen",
    "fifteen",  "sixteen",   "seventeen", "eighteen", "nineteen", "twenty", "thirty",   "forty",
    "fifty",    "sixty",     "seventy",   "eighty",   "ninety",   "dozen",  "dozens",   "scores",
    "hundreds", "thousands", "millions",  "tens",     "several",  NULL};
static const char *const kw_qualify[] = {
    "least",     "more",   "over",  "upwards", "excess",  "approximately",
    "about",     "around", "some",  "nearly",  "roughly", "almost",
    "estimated", "circa",  "close", "up",      "many",    "much",
    "less",      "fewer",  "under", NULL};
static const char *const kw_stop[] = {
    "of",      "in",         "on",        "at",           "to",       "from",      "by",
    "with",    "for",        "and",       "or",           "but",      "the",       "a",
    "an",      "were",       "was",       "are",          "is",       "be",        "been",
    "being",   "have",       "has",       "had",          "who",      "whom",      "whose",
    "which",   "that",       "including", "across",       "into",     "toward",    "towards",
    "near",    "during",     "after",     "before",       "while",    "as",        "per",
    "each",    "among",      "than",      "also",         "it",       "they",      "he",
    "she",     "its",        "their",     "his",          "her",      "them",      "will",
    "would",   "could",      "may",       "might",        "did",      "do",        "does",
    "not",     "no",         "when",      "where",        "there",    "this",      "these",
    "those",   "since",      "against",   "under",        "over",     "between",   "through",
    "within",  "without",    "about",     "around",       "up",       "out",       "off",
    "then",    "so",         "if",        "more",         "than",     "inside",    "outside",
    "along",   "behind",     "beyond",    "upon",         "via",      "such",      "other",
    "another", "all",        "both",      "either",       "neither",  "onto",      "we",
    "i",       "you",        "our",       "my",           "your",     "what",      "why",
    "how",     "reportedly", "allegedly", "respectively", "killed",   "wounded",   "injured",
    "dead",    "died",       "arrested",  "remain",       "remained", "say",       "said",
    "says",    "reported",   "according", "until",        "till",     "following", "amid",
    "despite", NULL};

/* Every word month_of or weekday_word accepts (capitalised): the names and
 * their three-letter forms. */
static const char *const kw_cal[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday",
    /* French names (french_month), which a date without a year rests on:
     * "le 11 mars", "dans la nuit du 10 au 11 mars" (the lexer keys no
     * accented word: "le 3 février" stays unread) */
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre",
    /* Spanish and Portuguese ones (iberian_month, after "de"), for the
     * same: "El sábado 18 de mayo, agentes detuvieron ..." ("marco" is
     * left out, a given name more often than an unaccented "março") */
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "maio", "junho",
    "julho", "setembro", "outubro", "novembro", "dezembro", NULL};

/* With digits and kw_cal, every expression scan_sentence finds holds one of
 * these (units, deictic words, parts of the day, "soon/shortly after"). */
static const char *const kw_anchor[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour",
    "hours", "yesterday", "today", "tonight", "tomorrow", "recently", "night", "morning",
    "afternoon", "evening", "shortly", "soon", "weekend", "overnight", "fortnight", "fortnights",
    /* "on the eve of the attack" */
    "eve",
    /* "Federal troops retook the post midweek" */
    "midweek",
    /* the last word of an Islamic feast's name (islamic_feast) */
    "ramadan", "fitr", "adha", "azha", "tabaski", "bakrid",
    /* the suffix of a day of the month alone ("on the 9th") */
    "th", "st", "nd", "rd", NULL};
/* A count without digits starts with one of these (quantity.c: number
 * words, vague amounts; "a dozen", "a hundred" hold the second word). */
static const char *const kw_qstart[] = {
    "one",       "two",      "three",    "four",    "five",     "six",      "seven",    "eight",
    "nine",      "ten",      "eleven",   "twelve",  "thirteen", "fourteen", "fifteen",  "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty",  "thirty",   "forty",    "fifty",    "sixty",
    "seventy",   "eighty",   "ninety",   "dozen",   "dozens",   "scores",   "hundreds", "thousands",
    "millions",  "tens",     "several",  "hundred", "thousand", "million",  "billion",  NULL};

/* Some 230 keywords in 2048 slots: a miss mostly ends on its home slot. */
enum { KW_SLOTS = 2048 };
/* The hashes apart from the words: a probe that misses (most words) reads
 * only the 8 KiB of hashes, which stay cached better than the words. */
static uint32_t kw_hashes[KW_SLOTS];
static struct {
    uint8_t flags;
    char word[16];
} kw_table[KW_SLOTS];
static uint32_t kw_maxlen; /* bytes of the longest keyword */
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;
static atomic_bool kw_ready; /* set (release) at the end of kw_init */

/* Hash of a word of at most 15 bytes, zero-padded to 16: two multiplies on
 * the two halves instead of one per byte (0 marks an empty slot). */
static inline uint32_t kw_hash(const char w[16])
{
    uint64_t a0, a1;
    memcpy(&a0, w, 8);
    memcpy(&a1, w + 8, 8);
    uint64_t h = (a0 ^ (a1 * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full;
    return (uint32_t)(h >> 32) | 1u;
}

/* The home slot of a hash: its bits above bit 0, which kw_hash always sets
 * (taking the low bits left every even slot unused and the probes long). */
static inline uint32_t kw_slot(uint32_t h)
{
    return (h >> 1) & (KW_SLOTS - 1);
}

static void kw_add(const char *const *words, uint8_t flag)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        char w[16] = {0};
        if (n > 15) continue; /* the lexer keeps no longer word */
        memcpy(w, *words, n);
        if (n > kw_maxlen) kw_maxlen = (uint32_t)n;
        uint32_t h = kw_hash(w), slot = kw_slot(h);
        while (kw_hashes[slot] && strcmp(kw_table[slot].word, *words) != 0)
            slot = (slot + 1) & (KW_SLOTS - 1);
        kw_hashes[slot] = h;
        kw_table[slot].flags |= flag;
        memcpy(kw_table[slot].word, w, 16);
    }
}

/* The same keywords keyed by ds_word_hash (lexicon.h), the hash ds_tokenize
 * leaves in ds_token.hash: sentence_kw looks a plain token up without
 * copying and hashing its norm again. Each entry names its kw_table slot. */
enum { KWT_SLOTS = 1024 };
static uint32_t kwt_hashes[KWT_SLOTS];
static uint16_t kwt_slot[KWT_SLOTS];

/* The key lexemes: a number, or a word with one of these flags. Every
 * expression the timex scan accepts holds a number or a DS_KW_CAL or
 * DS_KW_ANCHOR word (the contract at scan_sentence), every count the
 * quantity scan accepts a number or a DS_KW_QSTART word. */
enum { KW_KEY = DS_KW_CAL | DS_KW_ANCHOR | DS_KW_QSTART };

/* One byte per ds_word_hash value (bits 1-12 of it; bit 0 is always set):
 * KWT_KEY when some key word has it, KWT_ANY when some keyword has it. A
 * token whose byte lacks the flag is no key word, or has no DS_KW_* flag
 * at all, without a probe (some 100 and 230 words in 4096 values). A byte
 * rather than a bit a value: the test is one load, where a bit set took a
 * shift and a variable shift more (some 70,000 tests per 2,000 notes). */
enum { KW_KEY_BITS = 4096, KWT_KEY = 1, KWT_ANY = 2 };
static uint8_t kw_tok[KW_KEY_BITS];

/* Whether the byte of ds_word_hash value hash has one of flags (KWT_*). */
static inline bool kw_bit(unsigned flags, uint32_t hash)
{
    return kw_tok[(hash >> 1) & (KW_KEY_BITS - 1)] & flags;
}

static void kw_init(void)
{
    kw_add(kw_timex, DS_KW_TIMEX);
    kw_add(kw_count, DS_KW_COUNT);
    kw_add(kw_stop, DS_KW_STOP);
    kw_add(kw_qualify, DS_KW_QUALIFY);
    kw_add(kw_cal, DS_KW_CAL);
    kw_add(kw_anchor, DS_KW_ANCHOR);
    kw_add(kw_qstart, DS_KW_QSTART);
    for (uint32_t s = 0; s < KW_SLOTS; s++) {
        if (!kw_hashes[s]) continue;
        uint32_t h = ds_word_hash(kw_table[s].word, strlen(kw_table[s].word));
        uint32_t j = (h >> 1) & (KWT_SLOTS - 1);
        while (kwt_hashes[j]) j = (j + 1) & (KWT_SLOTS - 1);
        kwt_hashes[j] = h;
        kwt_slot[j] = (uint16_t)s;
        uint32_t b = (h >> 1) & (KW_KEY_BITS - 1);
        if (kw_table[s].flags & KW_KEY) kw_tok[b] |= KWT_KEY;
        kw_tok[b] |= KWT_ANY;
    }
    atomic_store_explicit(&kw_ready, true, memory_order_release);
}

/* The tables, built once: after the first call one acquire load instead of
 * a pthread_once call (kw_ready is set last, so a thread that sees it sees
 * the tables; one that does not goes through pthread_once, which waits). */
static inline void kw_tables(void)
{
    if (!atomic_load_explicit(&kw_ready, memory_order_acquire)) pthread_once(&kw_once, kw_init);
}

/* kw_flags of a token whose norm is a plain word (t->hash set) of 1 to 15
 * bytes, found by its hash and confirmed on its bytes. A norm with a hash
 * has 8 readable bytes after it (ds_tokenize's pool slack, or the static
 * one-byte norms of letters and digits), so it is read as two zero-padded
 * 64-bit words, compared as kw_flags compares. */
static uint8_t kw_flags_hashed(const ds_token *t)
{
    uint32_t n = t->norm_len;
#ifdef DS_SWAR
    uint64_t a0 = ds_load8(t->norm), a1 = 0, b0, b1;
    if (n < 8)
        a0 &= (1ull << (8 * n)) - 1;
    else if (n > 8)
        a1 = ds_load8(t->norm + 8) & ((1ull << (8 * (n - 8))) - 1);
#endif
    for (uint32_t j = (t->hash >> 1) & (KWT_SLOTS - 1); kwt_hashes[j];
         j = (j + 1) & (KWT_SLOTS - 1)) {
        if (kwt_hashes[j] != t->hash) continue;
        const char *w = kw_table[kwt_slot[j]].word;
#ifdef DS_SWAR
        memcpy(&b0, w, 8);
        memcpy(&b1, w + 8, 8);
        if (a0 == b0 && a1 == b1) return kw_table[kwt_slot[j]].flags;
#else
        if (w[n] == '\0' && memcmp(w, t->norm, n) == 0) return kw_table[kwt_slot[j]].flags;
#endif
    }
    return 0;
}

/* The DS_KW_* flags of w: 16 bytes, a lower-case word of len <= 15 bytes
 * and zeros after it (compared as two 64-bit words; the table's words are
 * zero-padded). */
static uint8_t kw_flags(const char *w, uint32_t len)
{
    if (len > kw_maxlen) return 0; /* longer than every keyword: no probe */
    uint64_t a0, a1, b0, b1;
    uint32_t h = kw_hash(w);
    memcpy(&a0, w, 8);
    memcpy(&a1, w + 8, 8);
    for (uint32_t slot = kw_slot(h); kw_hashes[slot]; slot = (slot + 1) & (KW_SLOTS - 1)) {
        if (kw_hashes[slot] != h) continue;
        memcpy(&b0, kw_table[slot].word, 8);
        memcpy(&b1, kw_table[slot].word + 8, 8);
        if (a0 == b0 && a1 == b1) return kw_table[slot].flags;
    }
    return 0;
}

/* Sets a word lexeme's kw (its table flags kw, DS_KW_START added as the
 * lexer adds it: a DS_KW_TIMEX word, or a capitalised DS_KW_COUNT,
 * DS_KW_CAL or DS_KW_ANCHOR one, "Days later"; t->cap set) and tag. */
static inline void word_kw_set(ds_lx *t, unsigned kw)
{
    if ((kw & DS_KW_TIMEX) || (t->cap && (kw & (DS_KW_COUNT | DS_KW_CAL | DS_KW_ANCHOR))))
        kw |= DS_KW_START;
    t->kw = (uint8_t)kw;
    t->tag = (uint8_t)(kw & (DS_KW_COUNT | KW_KEY | DS_KW_START));
}

/* every DS_KW_* bit; ds_sent_lex.kw is set; a digit or a word the table
 * cannot judge (sentence_kw) */
enum { KW_ALL = 0x7F, KW_KNOWN = DS_SENT_KW_KNOWN, KW_MAYBE = 0x100 };

/* The DS_KW_* flags sentence s may hold, stopping early once every flag in
 * kw_mask is possible (KW_ALL | KW_MAYBE for a digit or a word the table
 * cannot judge). Only the flags in kw_mask are exact: when it holds key
 * flags only, a word whose kw_tok byte lacks KWT_KEY (no key word, as
 * "the", "of", "a" are not) is passed over without a probe. */
static unsigned sentence_kw(const ds_doc *doc, uint32_t s, unsigned kw_mask)
{
    kw_tables();
    const ds_sentence *se = &doc->sentences.v[s];
    const unsigned char *text = (const unsigned char *)doc->text;
    uint32_t i = se->span.start;
    /* sixteen, then eight bytes a test for a digit; the bytes or'ed: any
     * non-ASCII one */
    uint64_t seen = 0;
#if defined(__SSE2__)
    __m128i any = _mm_setzero_si128();
    for (; i + 16 <= se->span.end; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        if (_mm_movemask_epi8(digit)) return KW_ALL | KW_MAYBE;
        any = _mm_or_si128(any, x);
    }
    if (_mm_movemask_epi8(any)) seen = 0x80;
#endif
    for (; i + 8 <= se->span.end; i += 8) {
        uint64_t x;
        memcpy(&x, text + i, 8);
        if (ds_bytes_in(x, '0', '9')) return KW_ALL | KW_MAYBE;
        seen |= x;
    }
    for (; i < se->span.end; i++) {
        if ((unsigned)(text[i] - '0') < 10u) return KW_ALL | KW_MAYBE;
        seen |= text[i];
    }
    /* In an ASCII sentence without digits a token with a hash has a norm of
     * a-z only (a plain norm is the token's bytes lower-cased: no fold made
     * it), so the byte tests below would pass: its hash finds it. */
    bool ascii = !(seen & 0x8080808080808080ull);
    uint32_t end = se->first_token + se->ntokens;
    if (end > doc->tokens.n) end = doc->tokens.n;
    unsigned kw = 0;
    unsigned bits = kw_mask & ~(unsigned)KW_KEY ? KWT_ANY : KWT_KEY;
    for (uint32_t k = se->first_token; k < end; k++) {
        const ds_token *t = &doc->tokens.v[k];
        if (ascii && t->hash) {
            /* a byte without the flag: no keyword (KWT_ANY) or no key word
             * (KWT_KEY), tested first (most words); over 15 letters: one
             * lexeme, no keyword */
            if (!kw_bit(bits, t->hash) || !(t->flags & DS_TOK_WORD) || t->norm_len > 15) continue;
            kw |= kw_flags_hashed(t);
            if ((kw & kw_mask) == kw_mask) return kw;
            continue;
        }
        if (!(t->flags & DS_TOK_WORD)) continue;
        char w[16] = {0};
        if (t->norm_len > 15) {
            for (uint32_t j = 0; j < t->norm_len; j++)
                if ((unsigned)((unsigned char)t->norm[j] - 'a') >= 26u)
                    return KW_ALL | KW_MAYBE; /* split finer by the lexer */
            continue;                         /* one lexeme of over 15 letters: no keyword */
        }
        for (uint32_t j = 0; j < t->norm_len; j++) {
            unsigned char c = (unsigned char)t->norm[j];
            if ((unsigned)(c - 'a') >= 26u) return KW_ALL | KW_MAYBE;
            w[j] = (char)c;
        }
        kw |= kw_flags(w, t->norm_len);
        if ((kw & kw_mask) == kw_mask) return kw;
    }
    return kw;
}

bool ds_sentence_may_hold(const ds_doc *doc, uint32_t s, unsigned kw_mask)
{
    unsigned stop = kw_mask & KW_ALL, kw = sentence_kw(doc, s, stop ? stop : KW_ALL);
    return (kw & KW_MAYBE) || (kw & kw_mask);
}

/* doc->sent_lex, allocated (zeroed) on first use; NULL when out of memory. */
static ds_sent_lex *sent_cache(ds_doc *doc)
{
    if (doc->sent_lex && doc->sent_lex_n == doc->sentences.n) return doc->sent_lex;
    size_t n = doc->sentences.n ? doc->sentences.n : 1;
    doc->sent_lex = ds_arena_alloc(doc->arena, n * sizeof *doc->sent_lex);
    doc->sent_lex_n = doc->sent_lex ? doc->sentences.n : 0;
    return doc->sent_lex;
}

unsigned ds_sentence_kw(ds_doc *doc, uint32_t s)
{
    ds_sent_lex *c = sent_cache(doc);
    if (!c) return sentence_kw(doc, s, KW_KEY) & KW_KEY;
    if (!(c[s].kw & KW_KNOWN))
        c[s].kw = (uint8_t)(KW_KNOWN | (sentence_kw(doc, s, KW_KEY) & KW_KEY));
    return c[s].kw & KW_KEY;
}

/* ---- partial lexing ---------------------------------------------------- */

static inline uint32_t utf8_width(unsigned char c)
{
    if (c < 0x80) return 1;
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

static inline bool blank_byte(unsigned c)
{
    return c == ' ' || c - '\t' < 5u; /* ds_lex's and ds_tokenize's ASCII whitespace */
}

static inline bool ascii_letter(unsigned c)
{
    return (c | 0x20) - 'a' < 26u;
}

/* Whether text[a, b) is ASCII whitespace only. */
static bool blank_run(const unsigned char *text, uint32_t a, uint32_t b)
{
    for (; a < b; a++)
        if (!blank_byte(text[a])) return false;
    return true;
}

/* Contract: a byte offset E in sentence s such that every key lexeme of the
 * sentence (of ds_lex over its span) ends at or before E, judged from the
 * sentence's tail backwards; *tail gets an upper bound of the lexemes that
 * start at or after E. How: past the last digit or non-ASCII byte of the
 * sentence (from), every byte is ASCII and no digit, so its lexemes are
 * runs of ASCII letters (words) and single punctuation bytes. ds_tokenize
 * covers every such byte with a token (it skips only whitespace, which is
 * tested here between the tokens) and never splits a run of ASCII letters
 * (tested too: no letter on both sides where two tokens touch), so each
 * letter run of a token is a whole lexeme: a token with a hash (its norm
 * plain, here its letters lower-cased) is the one lexeme of its norm, whose
 * DS_KW_* flags kw_flags_hashed gives (none past 15 letters, as the lexer
 * keeps none); a token of one punctuation byte is one lexeme, no key; any
 * other token is lexed alone (its lexemes are the ones the whole lexing has
 * there, by the same two facts). The walk stops at the first token from the
 * end that holds a key lexeme or cannot be judged so; *judged gets the index
 * of the first token it passed over (all of them: sentence's first), so
 * that every token from there on is one of the three kinds above, and the
 * bytes between two of them whitespace or nothing. */
static __attribute__((noinline)) uint32_t key_end(const ds_doc *doc, uint32_t s, uint32_t *tail,
                                                  uint32_t *judged)
{
    const ds_sentence *se = &doc->sentences.v[s];
    const unsigned char *text = (const unsigned char *)doc->text;
    uint32_t start = se->span.start, end = se->span.end;
    uint32_t first = se->first_token, k = first + se->ntokens;
    *tail = 0;
    *judged = k;
    kw_tables();
    if (!se->ntokens || k < first || k > doc->tokens.n) return end; /* no tokens to judge by */
    /* from: just past the last digit or non-ASCII byte (start when none) */
    uint32_t from = start, i = end;
#if defined(__SSE2__)
    /* 16 bytes a step (the bytes after a note's date are most of it);
     * signed compares: a byte from 0x80 is no digit, its top bit shows */
    for (; i >= start + 16; i -= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(doc->text + i - 16));
        __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, x));
        if (m) {
            from = i - 16 + (uint32_t)(31 - __builtin_clz(m)) + 1;
            goto found;
        }
    }
#endif
#ifdef DS_SWAR
    for (; i >= start + 8; i -= 8) {
        uint64_t x = ds_load8(doc->text + i - 8);
        uint64_t m = ds_bytes_in(x, '0', '9') | (x & DS_HIGH);
        if (m) {
            from = i - 8 + (uint32_t)(63 - __builtin_clzll(m)) / 8 + 1;
            goto found;
        }
    }
#endif
    for (; i > start; i--)
        if ((unsigned)(text[i - 1] - '0') < 10u || text[i - 1] >= 0x80) {
            from = i;
            break;
        }
#if defined(DS_SWAR) || defined(__SSE2__)
found:;
#endif
    const ds_token *t = doc->tokens.v + k;
    const ds_token *const head = doc->tokens.v + first;
    uint32_t next = end, count = 0, stop; /* next: the start of the token after t */
    bool lean = t[-1].span.start < t[-1].span.end && t[-1].span.end <= end &&
                blank_run(text, t[-1].span.end, end);
    while (t > head) {
        /* The usual token, in a tight loop: a plain word or one punctuation
         * byte, past from, no key word (its byte lacks KWT_KEY), with one
         * ' ' or nothing but no run of letters between it and the next.
         * Any other goes through the full tests below, which judge such a
         * token the same way. First leaner still, when the last token ends
         * in whitespace before the sentence's end (lean): the gap and
         * letter-run tests of the second loop always pass between two
         * tokens past from, as ds_tokenize
         * makes them - it skips nothing but whitespace between tokens (an
         * ASCII byte past from), and ends a token before an ASCII letter
         * only on a byte that is none (a word's letter-and-digit run ends
         * there; a dotted form or an abbreviation ends on '.'; a possessive
         * is followed by no letter) - so only the tokens' own tests are
         * made (2,000 notes: key_end 2.35M -> 1.86M). */
        if (lean) {
            const ds_token *u = t;
            while (u > head) {
                const ds_token *v = u - 1;
                if (v->span.start < from) break;
                if (v->hash) {
                    if (kw_bit(KWT_KEY, v->hash)) break;
                } else if (v->span.end - v->span.start != 1 ||
                           !(v->flags & (DS_TOK_PUNCT | DS_TOK_SYMBOL)))
                    break;
                u = v;
            }
            if (u < t) {
                count += (uint32_t)(t - u);
                next = u->span.start;
                t = u;
            }
        }
        for (; t > head; t--) {
            const ds_token *u = t - 1;
            uint32_t ts = u->span.start, te = u->span.end;
            if (ts < from || ts >= te) break;
            if (te + 1 == next) {
                if (text[te] != ' ') break;
            } else if (te != next ||
                       (next < end && ascii_letter(text[te]) && ascii_letter(text[te - 1])))
                break;
            if (u->hash) {
                if (kw_bit(KWT_KEY, u->hash)) break;
            } else if (te - ts != 1 || !(u->flags & (DS_TOK_PUNCT | DS_TOK_SYMBOL)))
                break;
            count++;
            next = ts;
        }
        if (t == head) break;
        t--;
        uint32_t ts = t->span.start, te = t->span.end;
        if (te == next) {
            /* touching: a run of letters across the edge would start in t */
            if (next < end && ascii_letter(text[te]) && ascii_letter(text[te - 1])) {
                stop = te;
                goto done;
            }
        } else if (!(te + 1 == next && text[te] == ' ') &&
                   (te > next || !blank_run(text, te, next))) {
            stop = te > next ? te : next; /* something else than whitespace between */
            goto done;
        }
        stop = te;
        if (ts < from || ts >= te) goto done; /* a digit or a non-ASCII byte */
        next = ts;
        if (t->hash) { /* a plain norm: here its letters, one lexeme */
            count++;
            if (kw_bit(KWT_KEY, t->hash) && t->norm_len <= 15 && (kw_flags_hashed(t) & KW_KEY))
                goto done;
            continue;
        }
        if (te - ts == 1 && (t->flags & (DS_TOK_PUNCT | DS_TOK_SYMBOL))) {
            count++;
            continue;
        }
        if (te - ts > 48) goto done; /* not worth lexing here */
        /* What ds_lex makes of these bytes (ASCII, no digit: runs of letters
         * are words, with DS_KW_* flags when of at most 15 letters, every
         * other byte but whitespace one punctuation lexeme), counted as it
         * would count them with room for 8 and judged on their flags. */
        uint32_t m = 0;
        for (uint32_t b = ts; b < te && m < 8;) {
            if (ascii_letter(text[b])) {
                char w[16] = {0};
                uint32_t len = 0;
                for (; b < te && ascii_letter(text[b]); b++, len++)
                    if (len < 16) w[len] = (char)(text[b] | 0x20);
                if (len <= 15 && (kw_flags(w, len) & KW_KEY)) goto done;
                m++;
            } else {
                m += !blank_byte(text[b]);
                b++;
            }
        }
        if (m >= 8) goto done;
        count += m;
    }
    /* every token walked: no key lexeme, if nothing comes before the first */
    stop = blank_run(text, start, next) ? start : next;
    *judged = first;
    *tail = count;
    return stop;
done:
    *judged = (uint32_t)(t - doc->tokens.v) + 1;
    *tail = count;
    return stop;
}

/* Sentence s lexed as far as ds_sentence_head_lexemes allows, into scratch
 * (cap lexemes): true when that is a head, *n lexemes, and *most an upper
 * bound of all the sentence's lexemes; false with *n set when it is every
 * lexeme, and with *n UINT32_MAX (nothing kept) when the lexing could not
 * stop short (a key lexeme in the last chunk, or cap lexemes or more).
 * Exact: key_end's offset moves on to E, the next whitespace byte, so every
 * key lexeme ends at or before E (a lexeme holds no whitespace). Lexing
 * [start, E) gives the lexemes of the whole lexing before E: ds_lex looks
 * ahead of a lexeme only over bytes that cannot be whitespace (digits after
 * ',' or '.', letters, a UTF-8 character's bytes: a malformed lead in the
 * 3 bytes before E, whose width would reach past it, is tested), and such
 * a test stopped at E fails as the whitespace there fails it. Lexing from E
 * gives the lexemes after it, the first with its space flag set, as E is
 * whitespace. Lexemes after E are kept as far as DS_LX_TAIL past the last
 * key lexeme (none when the head holds that many already: it is then
 * partial though the sentence may have no more lexemes, which costs a
 * caller that wants more only a lexing of nothing). */
/* The first want lexemes ds_lex gives from e (a whitespace byte) to the
 * sentence's end, made from the tokens key_end judged (from token j on):
 * past key_end's offset, a token with a hash is one word lexeme whose norm
 * is its letters lower-cased (ASCII, no digit), a token of one punctuation
 * byte one punctuation lexeme of that byte, and a token is preceded by
 * whitespace (the space flag) exactly when it does not touch the one before
 * (or is the first: ds_lex starts at whitespace). Fields are set as ds_lex
 * sets them (cap, upper, low, len, kw, tag; a word of over 15 letters keeps
 * neither low nor flags). Returns the lexemes written, or UINT32_MAX at a
 * token of the third kind (lexed alone by key_end): the caller lexes. */
static uint32_t tail_from_tokens(const ds_doc *doc, uint32_t j, uint32_t k, uint32_t e, ds_lx *out,
                                 uint32_t want)
{
    const unsigned char *text = (const unsigned char *)doc->text;
    const ds_token *tk = doc->tokens.v;
    for (; j < k && tk[j].span.start < e; j++) /* the key's chunk: in the head */
        if (tk[j].span.end > e) return UINT32_MAX;
    uint32_t m = 0, prev_end = e;
    for (; j < k && m < want; j++) {
        const ds_token *t = &tk[j];
        uint32_t ts = t->span.start, te = t->span.end;
        ds_lx *x = &out[m];
        *x = (ds_lx){.start = ts, .end = te, .kind = DS_LX_PUNCT, .space = m == 0 || ts > prev_end};
        if (t->hash) {
            x->kind = DS_LX_WORD;
            x->cap = (unsigned)(text[ts] - 'A') < 26u;
            x->upper = (t->flags & DS_TOK_UPPER) != 0; /* two or more letters, all upper case */
            if (t->norm_len <= 15) {
#ifdef DS_SWAR
                /* a norm with a hash has 8 readable bytes after it (as in
                 * kw_flags_hashed): two masked loads, no copy call */
                uint32_t nl = t->norm_len;
                uint64_t a0 = ds_load8(t->norm), a1 = 0;
                if (nl < 8)
                    a0 &= (1ull << (8 * nl)) - 1;
                else if (nl > 8)
                    a1 = ds_load8(t->norm + 8) & ((1ull << (8 * (nl - 8))) - 1);
                memcpy(x->low, &a0, 8);
                memcpy(x->low + 8, &a1, 8);
#else
                memcpy(x->low, t->norm, t->norm_len);
#endif
                x->len = (uint8_t)t->norm_len;
                if (kw_bit(KWT_ANY, t->hash)) word_kw_set(x, kw_flags_hashed(t));
            }
        } else if (te - ts == 1 && (t->flags & (DS_TOK_PUNCT | DS_TOK_SYMBOL)) &&
                   !blank_byte(text[ts]))
            x->ch = (char)text[ts];
        else
            return UINT32_MAX;
        prev_end = te;
        m++;
    }
    return m;
}

static bool head_lexing(const ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap, uint32_t *n,
                        uint32_t *most)
{
    *n = UINT32_MAX;
    const ds_sentence *se = &doc->sentences.v[s];
    const unsigned char *text = (const unsigned char *)doc->text;
    uint32_t start = se->span.start, end = se->span.end, tail, judged;
    uint32_t e = key_end(doc, s, &tail, &judged);
    while (e < end && !blank_byte(text[e])) e++;
    if (e >= end || tail >= cap) return false;
    for (uint32_t b = e > start + 3 ? e - 3 : start; b < e; b++)
        if (text[b] >= 0xC0 && b + utf8_width(text[b]) > e) return false;
    uint32_t k = ds_lex(scratch, cap, doc->text, start, e);
    if (k + tail >= cap) return false;
    /* The head needs DS_LX_TAIL lexemes past its last key lexeme p, some of
     * which (p's chunk: the ',' of "2022,") it may already hold: only the
     * missing ones are lexed (DS_LX_TAIL when it holds no key). */
    uint32_t p = k;
    while (p > 0 && !(scratch[p - 1].tag & (DS_TAG_NUM | KW_KEY))) p--;
    uint32_t want = p ? p + DS_LX_TAIL : k + DS_LX_TAIL;
    want = want > k ? want - k : 0;
    uint32_t more =
        want ? tail_from_tokens(doc, judged, se->first_token + se->ntokens, e, scratch + k, want)
             : 0;
    if (more == UINT32_MAX) more = ds_lex(scratch + k, want, doc->text, e, end);
    *n = k + more;
    *most = k + tail;
    return more == want; /* fewer: every lexeme (more, perhaps none) */
}

/* The cached lexing of sentence s, lexed on first use and kept (lexed into
 * the arena's free room when it holds the most lexemes the lexing may
 * write, else into scratch and copied); partial NULL: all of it, else the
 * head ds_sentence_head_lexemes allows. */
static const ds_lx *sentence_lexemes(ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap,
                                     uint32_t *n, bool *partial)
{
    ds_sent_lex *c = sent_cache(doc);
    *n = 0;
    if (partial) *partial = false;
    if (c && c[s].lexed && !(c[s].partial && (!partial || c[s].most >= cap))) {
        if (!c[s].v && c[s].n) return NULL; /* too long */
        if (c[s].n >= cap) return NULL;
        *n = c[s].n;
        if (partial) *partial = c[s].partial;
        return c[s].n ? c[s].v : scratch;
    }
    const ds_sentence *se = &doc->sentences.v[s];
    uint32_t k = UINT32_MAX, most = 0;
    /* Either lexing below writes at most a lexeme a byte of the sentence,
     * and at most cap + DS_LX_TAIL (head_lexing: fewer than cap, then up
     * to DS_LX_TAIL more). Lexed into the arena's free room when it has
     * room for that many, what is kept is claimed where it is, not copied
     * from scratch (2 MB per 2,000 notes); nothing below allocates from
     * the arena before the claim. */
    ds_lx *out = scratch;
    if (c && !c[s].lexed) {
        uint32_t len = se->span.end - se->span.start, most_lx = cap + DS_LX_TAIL;
        ds_lx *room = ds_arena_room_for(doc->arena, (len < most_lx ? len : most_lx) * sizeof *room);
        if (room) out = room;
    }
    bool part = partial && c && !c[s].lexed && head_lexing(doc, s, out, cap, &k, &most);
    if (c && c[s].lexed && c[s].partial) {
        /* the rest of a partial lexing, from its last lexeme after
         * whitespace (there the lexer starts as it went on: a lexeme's
         * lexing reads nothing before it but digits, absolutely) */
        uint32_t j = c[s].n - 1;
        while (j > 0 && !c[s].v[j].space) j--;
        memcpy(scratch, c[s].v, (size_t)j * sizeof *scratch);
        k = j + ds_lex(scratch + j, cap - j, doc->text, c[s].v[j].start, se->span.end);
        if (k >= cap) return NULL; /* the partial entry stays for the callers it serves */
    } else if (k == UINT32_MAX) {
        k = ds_lex(out, cap, doc->text, se->span.start, se->span.end);
        if (k >= cap) {
            if (c) c[s] = (ds_sent_lex){NULL, k, c[s].kw, true, false, 0};
            return NULL;
        }
    }
    *n = k;
    if (partial) *partial = part;
    if (!c || !k) {
        if (c) c[s] = (ds_sent_lex){NULL, 0, c[s].kw, true, false, 0};
        return out;
    }
    ds_lx *keep;
    if (out != scratch) {
        keep = ds_arena_claim(doc->arena, (size_t)k * sizeof *keep); /* == out */
    } else {
        keep = ds_arena_alloc_raw(doc->arena, (size_t)k * sizeof *keep);
        if (!keep) return out; /* not kept: the next annotator lexes again */
        memcpy(keep, out, (size_t)k * sizeof *keep);
    }
    c[s] = (ds_sent_lex){keep, k, c[s].kw, true, part, most};
    return keep;
}

const ds_lx *ds_sentence_head_extend(const ds_doc *doc, uint32_t s, const ds_lx *v, uint32_t n,
                                     ds_lx *scratch, uint32_t cap, uint32_t extra, uint32_t *out_n,
                                     bool *partial)
{
    if (!n) return NULL;
    /* from the head's last lexeme after whitespace, as sentence_lexemes
     * lexes the rest of a partial lexing: the lexer starts there as it went
     * on; ds_lex stops after whole lexemes, the first want of them */
    uint32_t j = n - 1;
    while (j > 0 && !v[j].space) j--;
    uint32_t want = n - j + extra;
    if (want >= cap - j) return NULL;
    if (v != scratch) memcpy(scratch, v, (size_t)j * sizeof *scratch);
    uint32_t got = ds_lex(scratch + j, want, doc->text, v[j].start, doc->sentences.v[s].span.end);
    *out_n = j + got;
    *partial = got == want; /* fewer: every lexeme */
    return scratch;
}

const ds_lx *ds_sentence_lexemes(ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap, uint32_t *n)
{
    return sentence_lexemes(doc, s, scratch, cap, n, NULL);
}

const ds_lx *ds_sentence_head_lexemes(ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap,
                                      uint32_t *n, bool *partial)
{
    return sentence_lexemes(doc, s, scratch, cap, n, partial);
}

/* ---- lexer ------------------------------------------------------------ */

/* Byte classes of the lexer: one table load per byte instead of a chain of
 * range tests. A lead byte is classed by what its character may be; the
 * lexer still checks that the character fits before the end. */
enum {
    BC_PUNCT = 0, /* other ASCII (controls too): one byte of punctuation */
    BC_SPACE,     /* ASCII whitespace */
    BC_DIGIT,
    BC_UPPER, /* A-Z */
    BC_LOWER, /* a-z (BC_UPPER + 1: one test for both) */
    BC_C2,    /* 0xC2: U+00A0 when 0xA0 follows, else Latin-1 punctuation */
    BC_E2,    /* 0xE2: the U+2000 block (spaces, dashes, quotes, ellipsis) */
    BC_LEAD,  /* 0xC3-0xFF but 0xE2: a letter when the character fits */
    BC_HIGH,  /* 0x80-0xC1: a stray byte, punctuation */
};

// clang-format off
#define P BC_PUNCT
#define S BC_SPACE
#define D BC_DIGIT
#define U BC_UPPER
#define L BC_LOWER
#define H BC_HIGH
#define M BC_LEAD
static const uint8_t byte_class[256] = {
    P, P, P, P, P, P, P, P, P, S, S, S, S, S, P, P, /* 0x00 */
    P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x10 */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P, /* 0x20 */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P, /* 0x30 */
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, /* 0x40 */
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P, /* 0x50 */
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60 */
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P, /* 0x70 */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0x80 */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0x90 */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0xA0 */
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, /* 0xB0 */
    H, H, BC_C2, M, M, M, M, M, M, M, M, M, M, M, M, M, /* 0xC0 */
    M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, /* 0xD0 */
    M, M, BC_E2, M, M, M, M, M, M, M, M, M, M, M, M, M, /* 0xE0 */
    M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, M, /* 0xF0 */
};
#undef P
#undef S
#undef D
#undef U
#undef L
#undef H
#undef M
// clang-format on

static char punct_class(const unsigned char *s, uint32_t i, uint32_t end, uint32_t *w)
{
    unsigned c = s[i];
    *w = utf8_width((unsigned char)c);
    if (i + *w > end) *w = 1;
    if (c < 0x80) return (char)c;
    if (c == 0xE2 && *w == 3) {
        unsigned b = s[i + 1], d = s[i + 2];
        if (b == 0x80 && d >= 0x90 && d <= 0x95) return '-';
        if (b == 0x88 && d == 0x92) return '-';
        if (b == 0x80 && (d == 0x98 || d == 0x99)) return '\'';
        if (b == 0x80 && (d == 0x9C || d == 0x9D)) return '"';
        if (b == 0x80 && d == 0xA6) return '.';
    }
    return '?';
}

/* Bytes of whitespace at s[i] (ASCII, U+00A0, U+2000-U+200A, U+202F), 0
 * when none. */
static inline uint32_t space_at(const unsigned char *s, uint32_t i, uint32_t end)
{
    switch (byte_class[s[i]]) {
    case BC_SPACE:
        return 1;
    case BC_C2:
        return i + 1 < end && s[i + 1] == 0xA0 ? 2 : 0;
    case BC_E2:
        return i + 2 < end && s[i + 1] == 0x80 &&
                       ((s[i + 2] >= 0x80 && s[i + 2] <= 0x8A) || s[i + 2] == 0xAF)
                   ? 3
                   : 0;
    default:
        return 0;
    }
}

/* Words are read eight bytes at a time where the compiler offers a
 * count-trailing-zeros and bytes load little-endian; elsewhere byte by
 * byte. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LX_SWAR 1
#else
#define LX_SWAR 0
#endif

#if LX_SWAR
/* Bit 7 of each byte of x set where that byte is an ASCII letter (its case
 * folded). */
static inline uint64_t letter_bits(uint64_t x)
{
    return ds_bytes_in(x | 0x2020202020202020ull, 'a', 'z');
}
#endif

/* At s[i] == '.' after the one or two digits s[from..i): part of a European
 * date "03.06.2023" (".MM.YYYY" follows, or "DD." comes before and ".YYYY"
 * follows), so the dot is no decimal point. */
static bool dotted_date_at(const unsigned char *s, size_t from, size_t i, size_t end)
{
    size_t k = i + 1, d = 0;
    while (k < end && d < 5 && s[k] >= '0' && s[k] <= '9') k++, d++;
    if (d == 4) /* "06.2023" after "03." */
        return from >= 2 && s[from - 1] == '.' && s[from - 2] >= '0' && s[from - 2] <= '9';
    if (d < 1 || d > 2 || k >= end || s[k] != '.') return false;
    size_t y = k + 1, dy = 0;
    while (y < end && dy < 5 && s[y] >= '0' && s[y] <= '9') y++, dy++;
    return dy == 4;
}

/* Sets t's keyword flags from its folded form (t->len set, low zero-padded). */
static inline void word_kw(ds_lx *t)
{
    word_kw_set(t, kw_flags(t->low, t->len));
}

#if defined(__SSE2__)
/* run bytes of 0xFF then zeros, read at prefix_mask + 16 - run */
static const unsigned char prefix_mask[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                              0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0};
#endif

/* Lexes the word starting at s[i] into t (kind, cap set by the caller):
 * ASCII letter runs and whole non-ASCII letters. Returns its end. */
static inline uint32_t lex_word(ds_lx *t, const unsigned char *s, uint32_t i, uint32_t end)
{
#if defined(__SSE2__)
    /* The usual word: fewer than 16 ASCII letters, ended by a byte below
     * 0xC3 (which starts no letter), in one 16-byte step; the loops below
     * reach the same fields for it (len = run, no wide letter). Signed
     * compares: bytes from 0x80 are negative, no letter. */
    if (i + 16 <= end) {
        const __m128i c20 = _mm_set1_epi8(0x20), a1 = _mm_set1_epi8('a' - 1),
                      z1 = _mm_set1_epi8('z' + 1);
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i l = _mm_or_si128(x, c20);
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, a1), _mm_cmplt_epi8(l, z1));
        unsigned stop = (unsigned)_mm_movemask_epi8(letter) ^ 0xFFFFu;
        if (stop) {
            uint32_t run = (uint32_t)__builtin_ctz(stop);
            if (s[i + run] < 0xC3) {
                __m128i keep =
                    _mm_loadu_si128((const __m128i *)(const void *)(prefix_mask + 16 - run));
                _mm_storeu_si128((__m128i *)(void *)t->low, _mm_and_si128(l, keep));
                unsigned lower =
                    (unsigned)_mm_movemask_epi8(_mm_and_si128(letter, _mm_cmpeq_epi8(x, l))) &
                    ((1u << run) - 1u);
                t->upper = !lower && run >= 2;
                t->len = (uint8_t)run;
                word_kw(t);
                return i + run;
            }
        }
    }
#endif
    uint32_t len = 0, wide = 0; /* ASCII letters, non-ASCII letters */
    uint64_t seen = 0;          /* the ASCII letters or'ed: 0x20 set by a lower-case one */
    for (;;) {
#if LX_SWAR
        while (i + 8 <= end) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            uint64_t stop = ~letter_bits(x) & 0x8080808080808080ull;
            uint32_t run = stop ? (uint32_t)__builtin_ctzll(stop) >> 3 : 8;
            uint64_t keep = ((stop & (0 - stop)) >> 7) - 1; /* the bytes before the first stop */
            seen |= x & keep;
            /* t->low came zeroed, and the store masks the bytes past the
             * run: at len <= 8 it stays inside low (past that the word is
             * too long to keep) */
            if (len <= 8) {
                uint64_t folded = (x | 0x2020202020202020ull) & keep;
                memcpy(t->low + len, &folded, 8);
            }
            len += run;
            i += run;
            if (run < 8) {
                /* the byte that stopped the run: below 0xC3 it starts no letter */
                if ((unsigned char)(x >> (run * 8)) < 0xC3) goto word_done;
                goto run_done;
            }
        }
#endif
        while (i < end) {
            unsigned ch = s[i];
            if ((unsigned)((ch | 0x20) - 'a') >= 26u) break;
            seen |= ch;
            if (len <= 15) t->low[len] = (char)(ch | 0x20);
            len++;
            i++;
        }
#if LX_SWAR
    run_done:
#endif
        if (i >= end || byte_class[s[i]] != BC_LEAD) break;
        uint32_t w = utf8_width(s[i]);
        if (i + w > end) break;
        wide++;
        i += w;
    }
#if LX_SWAR
word_done:
#endif
    t->upper = !(seen & 0x2020202020202020ull) && len + wide >= 2;
    if (!wide && len <= 15) {
        t->len = (uint8_t)len;
        word_kw(t);
    } else {
        memset(t->low, 0, sizeof t->low);
    }
    return i;
}

uint32_t ds_lex(ds_lx *out, uint32_t cap, const char *text, uint32_t start, uint32_t end)
{
    const unsigned char *s = (const unsigned char *)text;
    uint32_t i = start;
    ds_lx *t = out, *const last = out + cap;
    kw_tables();
    bool space = true;
    while (i < end && t < last) {
        unsigned c = s[i], k = byte_class[c];
        if (k == BC_SPACE) {
            space = true;
            i++;
            continue;
        }
        uint32_t w;
        *t = (ds_lx){.start = i, .kind = DS_LX_PUNCT, .space = space}; /* one wide store */
        space = false;
        if (k == BC_DIGIT) {
            /* The leading digits (most numbers hold nothing else), up to
             * 15, summed as an integer: below 2^53 each partial sum of the
             * loop below is exact, so it would reach the same double; it
             * goes on from there (',', '.', more digits). */
            uint64_t iv = 0;
            const uint32_t i0 = i;
            while (i < end && i - i0 < 15 && (unsigned)(s[i] - '0') < 10u)
                iv = iv * 10 + (s[i++] - '0');
            double v = (double)iv, scale = 0;
            bool plain = true;
            uint32_t nd = i - i0;
            /* (a byte that is no digit, ',' or '.' ends it at once) */
            while (i < end && (byte_class[s[i]] == BC_DIGIT || s[i] == ',' || s[i] == '.')) {
                c = s[i];
                if (c >= '0' && c <= '9') {
                    if (scale > 0) {
                        v += (c - '0') * scale;
                        scale /= 10;
                    } else {
                        v = v * 10 + (c - '0');
                        if (nd < 255) nd++;
                    }
                    i++;
                } else if (c == ',' && scale == 0 && i + 3 < end && s[i + 1] >= '0' &&
                           s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
                           s[i + 3] >= '0' && s[i + 3] <= '9' &&
                           (i + 4 >= end || s[i + 4] < '0' || s[i + 4] > '9')) {
                    plain = false;
                    i++;
                } else if (c == '.' && scale == 0 && i + 1 < end && s[i + 1] >= '0' &&
                           s[i + 1] <= '9' && !(nd <= 2 && dotted_date_at(s, i - nd, i, end))) {
                    plain = false;
                    scale = 0.1;
                    i++;
                } else
                    break;
            }
            t->kind = DS_LX_NUM;
            t->tag = DS_TAG_NUM;
            t->num = v;
            t->ndig = (uint8_t)nd;
            t->plain = plain;
        } else if (k - BC_UPPER <= 1u ||
                   (k == BC_LEAD && i + utf8_width((unsigned char)c) <= end)) {
            t->kind = DS_LX_WORD;
            t->cap = k == BC_UPPER;
            i = lex_word(t, s, i, end);
        } else {
            /* a Unicode space is no lexeme: *t is written over by the next */
            if ((k == BC_C2 || k == BC_E2) && (w = space_at(s, i, end)) != 0) {
                space = true;
                i += w;
                continue;
            }
            t->ch = punct_class(s, i, end, &w);
            i += w;
        }
        t->end = i;
        t++;
        /* the usual single space between words, without a trip round the loop */
        if (i < end && s[i] == ' ') {
            space = true;
            i++;
        }
    }
    return (uint32_t)(t - out);
}

/* ---- calendar --------------------------------------------------------- */

int32_t ds_date_days(ds_date d)
{
    int y = d.year, m = d.month ? d.month : 1, day = d.day ? d.day : 1;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ds_date ds_date_from_days(int32_t z)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    return (ds_date){(int16_t)y, (uint8_t)m, (uint8_t)d};
}

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return m >= 1 && m <= 12 ? dim[m - 1] : 31;
}

/* 0 = Monday .. 6 = Sunday. */
static int weekday_of(ds_date d)
{
    int32_t z = ds_date_days(d);
    int w = (int)((z % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
    return w;
}

static int precision(ds_date d)
{
    return !d.year ? 0 : !d.month ? 1 : !d.day ? 2 : 3;
}

/* Orders dates on their common precision: <0, 0, >0. */
static int date_cmp(ds_date a, ds_date b)
{
    if (a.year != b.year) return a.year - b.year;
    if (!a.month || !b.month) return 0;
    if (a.month != b.month) return a.month - b.month;
    if (!a.day || !b.day) return 0;
    return a.day - b.day;
}

/* ---- word tables ------------------------------------------------------ */

/* Month of a word ("Jan", "January", "Sept"), 0 when none. abbrev is set
 * for the short forms (which need a number or a range beside them). */
static int month_of(const ds_lx *t, bool any_case, bool *abbrev)
{
    *abbrev = false;
    /* every name and short form below is a kw_cal word: the lexer flagged it */
    if (!(t->kw & DS_KW_CAL) || t->kind != DS_LX_WORD || t->len < 3 || t->len > 9) return 0;
    if (!t->cap && !any_case) return 0;
    /* A kw_cal word that starts as a month's name does is that name, its
     * three-letter form or "sept" (no weekday starts so): its first three
     * letters tell the month and its length which form (name_len: the
     * bytes of "january" ... "december"), without a string compare. */
    static const unsigned char name_len[13] = {0, 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    const char *w = t->low;
    int m = 0;
    switch (w[0]) {
    case 'j':
        m = w[1] == 'a'   ? (w[2] == 'n' ? 1 : 0)
            : w[1] == 'u' ? (w[2] == 'n'   ? 6
                             : w[2] == 'l' ? 7
                                           : 0)
                          : 0;
        break;
    case 'f':
        m = w[1] == 'e' && w[2] == 'b' ? 2 : 0;
        break;
    case 'm':
        m = w[1] == 'a' ? (w[2] == 'r' ? 3 : w[2] == 'y' ? 5 : 0) : 0;
        break;
    case 'a':
        m = w[1] == 'p' && w[2] == 'r' ? 4 : w[1] == 'u' && w[2] == 'g' ? 8 : 0;
        break;
    case 's':
        m = w[1] == 'e' && w[2] == 'p' ? 9 : 0;
        break;
    case 'o':
        m = w[1] == 'c' && w[2] == 't' ? 10 : 0;
        break;
    case 'n':
        m = w[1] == 'o' && w[2] == 'v' ? 11 : 0;
        break;
    case 'd':
        m = w[1] == 'e' && w[2] == 'c' ? 12 : 0;
        break;
    default:
        break;
    }
    if (!m) return 0;
    /* (not Portuguese "janeiro", a kw_cal word for iberian_month: "Rio de
     * Janeiro until 2016" was a span from January) */
    if (m == 1 && t->len == 7 && w[3] == 'e') return 0;
    if (t->len == name_len[m]) return m;
    if (t->len == 3 || (m == 9 && t->len == 4)) {
        *abbrev = true;
        return m;
    }
    return 0;
}

static int weekday_word(const ds_lx *t)
{
    static const char *const names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
    if (!(t->kw & DS_KW_CAL) || t->kind != DS_LX_WORD || !t->cap || t->len < 6 || t->len > 9 ||
        !strchr("mtwfs", t->low[0]) || strcmp(t->low + t->len - 3, "day") != 0)
        return -1;
    for (int i = 0; i < 7; i++)
        if (strcmp(t->low, names[i]) == 0) return i;
    return -1;
}

static bool word_in(const ds_lx *t, const char *const *set)
{
    if (t->kind != DS_LX_WORD || !t->len) return false;
    for (; *set; set++)
        if ((*set)[0] == t->low[0] && strcmp(*set, t->low) == 0) return true;
    return false;
}

/* Small counts in relative expressions: digits or one..twenty, a/an. */
static int small_count(const ds_lx *t)
{
    static const char *const words[] = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    if (t->kind == DS_LX_NUM) return t->plain && t->num >= 1 && t->num <= 400 ? (int)t->num : -1;
    if (t->kind != DS_LX_WORD || !(t->kw & DS_KW_COUNT)) return -1;
    if (ds_lx_is(t, "a") || ds_lx_is(t, "an")) return 1;
    for (int i = 1; i <= 20; i++)
        if (strcmp(t->low, words[i]) == 0) return i;
    return -1;
}

/* 'd' day, 'w' week, 'f' fortnight, 'm' month, 'y' year, 'D' decade, 'h' hour; 0 when none. */
static char unit_of(const ds_lx *t)
{
    /* every unit is a DS_KW_ANCHOR word: most words are let go on one test */
    if (t->kind != DS_LX_WORD || !(t->kw & DS_KW_ANCHOR)) return 0;
    if (ds_lx_is(t, "day") || ds_lx_is(t, "days")) return 'd';
    if (ds_lx_is(t, "week") || ds_lx_is(t, "weeks")) return 'w';
    if (ds_lx_is(t, "fortnight") || ds_lx_is(t, "fortnights")) return 'f'; /* two weeks */
    if (ds_lx_is(t, "month") || ds_lx_is(t, "months")) return 'm';
    if (ds_lx_is(t, "year") || ds_lx_is(t, "years")) return 'y';
    if (ds_lx_is(t, "decade") || ds_lx_is(t, "decades")) return 'D';
    if (ds_lx_is(t, "hour") || ds_lx_is(t, "hours")) return 'h';
    return 0;
}

static bool is_punct(const ds_lx *t, char c)
{
    return t->kind == DS_LX_PUNCT && t->ch == c;
}

/* A lower-case word that reads as a plural count noun ("fighters"): a year
 * before it is a count, not a date. */
static bool plural_noun(const ds_lx *t)
{
    static const char *const not_plural[] = {"was", "has", "is",  "as",   "this",    "its",  "his",
                                             "us",  "was", "yes", "thus", "whereas", "plus", NULL};
    if (t->kind != DS_LX_WORD || t->cap || t->len < 3) return false;
    if (t->low[t->len - 1] != 's' || t->low[t->len - 2] == 's') return false;
    return !word_in(t, not_plural);
}

/* ---- points ----------------------------------------------------------- */

typedef struct tx_pt {
    ds_date d;
    uint32_t first, next; /* lexemes [first, next) */
    ds_timex_mod mod;
    bool bare_year;  /* a lone year: needs a date context */
    bool bare_month; /* a lone month name: needs a date context */
    bool abbrev;     /* the month was abbreviated */
} tx_pt;

typedef struct tx_scan {
    const ds_lx *L;
    uint32_t n;
    bool relaxed;     /* ds_timex_parse: any case, bare years */
    const char *text; /* what L's offsets index (french_month reads accents) */
} tx_scan;

static bool year_num(const ds_lx *t, int lo, int hi)
{
    return t->kind == DS_LX_NUM && t->plain && t->ndig == 4 && t->num >= lo && t->num <= hi;
}

static bool day_num(const ds_lx *t)
{
    return t->kind == DS_LX_NUM && t->plain && t->ndig <= 2 && t->num >= 1 && t->num <= 31;
}

/* After a day number: skips an attached ordinal suffix ("18th"); false when
 * other letters are attached ("18mm"). */
static bool day_suffix(const tx_scan *sc, uint32_t *j)
{
    if (*j < sc->n && sc->L[*j].kind == DS_LX_WORD && !sc->L[*j].space) {
        const ds_lx *t = &sc->L[*j];
        if (ds_lx_is(t, "st") || ds_lx_is(t, "nd") || ds_lx_is(t, "rd") || ds_lx_is(t, "th")) {
            (*j)++;
            return true;
        }
        return false;
    }
    return true;
}

/* A number glued to letters ("107mm", "5th") or to a word by a hyphen is
 * not a free-standing number. */
static bool attached_after(const tx_scan *sc, uint32_t j)
{
    return j < sc->n && !sc->L[j].space &&
           (sc->L[j].kind == DS_LX_WORD || (sc->L[j].kind == DS_LX_NUM));
}

/* Optional ", YEAR" / " YEAR" / " of YEAR" after a month (and day). */
static bool take_year(const tx_scan *sc, uint32_t *j, int16_t *year)
{
    uint32_t k = *j;
    if (k < sc->n && is_punct(&sc->L[k], ','))
        k++;
    else if (k < sc->n && ds_lx_is(&sc->L[k], "of"))
        k++;
    if (k < sc->n && year_num(&sc->L[k], 1000, 2199) && !attached_after(sc, k + 1)) {
        *year = (int16_t)sc->L[k].num;
        *j = k + 1;
        return true;
    }
    return false;
}

static bool valid_day(ds_date d)
{
    return d.day >= 1 && d.day <= days_in_month(d.year ? d.year : 2000, d.month);
}

/* months[k] for the word at t that is names[k] (case aside), or 0. */
static int month_of_word(const tx_scan *sc, const ds_lx *t, const char *const *names,
                         const int *months)
{
    if (t->kind != DS_LX_WORD || !sc->text) return 0;
    uint32_t n = t->end - t->start;
    const char *w = sc->text + t->start;
    for (int k = 0; names[k]; k++)
        if (strlen(names[k]) == n && strncasecmp(w, names[k], n) == 0) return months[k];
    return 0;
}

/* The month of a French name at t, as French datelines of Sahel and
 * Central African reporting write it ("Niamey, le 12 mars 2024 -",
 * "BAMAKO (Mali), 3 avril 2024"), with or without its accents ("fevrier",
 * "août"); 0 for any other word. Only read after a day number. */
static int french_month(const tx_scan *sc, const ds_lx *t)
{
    static const char *const names[] = {
        "janvier",   "février", "mars",     "avril",    "mai",     "juin", "juillet",  "août",
        "septembre", "octobre", "novembre", "décembre", "fevrier", "aout", "decembre", NULL};
    static const int months[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 8, 12};
    return month_of_word(sc, t, names, months);
}

/* The month of a French abbreviation at t, written with its full stop
 * ("Conakry, 12 sept. 2024 -", "le 3 oct. 2024"); the caller checks the
 * stop. 0 for any other word. */
static int french_month_abbrev(const tx_scan *sc, const ds_lx *t)
{
    static const char *const names[] = {"janv", "févr", "fevr", "avr", "juil", "sept",
                                        "oct",  "nov",  "déc",  "dec", NULL};
    static const int months[] = {1, 2, 2, 4, 7, 9, 10, 11, 12, 12};
    return month_of_word(sc, t, names, months);
}

/* The month of a German or Dutch name at t, as the datelines of German,
 * Austrian, Swiss, Dutch and Belgian reporting write it ("BERLIN, 6. Mai
 * 2024 (dpa) -", "Brussel, 6 mei 2024 -"), with or without the umlaut
 * ("März", "Maerz"); 0 for any other word. Only read after a day number and
 * before a year; the names English or French spell alike are theirs. */
static int germanic_month(const tx_scan *sc, const ds_lx *t)
{
    static const char *const names[] = {"januar",    "februar",  "märz",     "maerz",   "juni",
                                        "juli",      "oktober",  "dezember", "januari", "februari",
                                        "maart",     "mei",      "augustus", "april",   "august",
                                        "september", "november", "december", NULL};
    /* (+100: spelt as in English, read here only in the German form with
     * the day's full stop; "6 August 2024" is the English rule's) */
    static const int months[] = {1, 2, 3, 3, 6, 7, 10, 12, 1, 2, 3, 5, 8, 104, 108, 109, 111, 112};
    return month_of_word(sc, t, names, months);
}

/* The month of a Spanish or Portuguese name at t, as the datelines of EFE,
 * Lusa and Latin American ministries write it after "de" ("BOGOTÁ, 4 de
 * marzo de 2024 (EFE) -", "MAPUTO, 5 de abril de 2024 -"), with or without
 * accents ("março", "marco"); 0 for any other word. Only read after "de". */
static int iberian_month(const tx_scan *sc, const ds_lx *t)
{
    static const char *const names[] = {
        "enero",     "febrero",    "marzo",     "abril",   "mayo",      "junio",     "julio",
        "agosto",    "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro",
        "fevereiro", "março",      "marco",     "maio",    "junho",     "julho",     "setembro",
        "outubro",   "novembro",   "dezembro",  NULL};
    static const int months[] = {1,  2, 3, 4, 5, 6, 7, 8, 9, 9,  10, 11,
                                 12, 1, 2, 3, 3, 5, 6, 7, 9, 10, 11, 12};
    return month_of_word(sc, t, names, months);
}

/* The month of a Spanish or Portuguese abbreviation in lower case, as a
 * Spanish wire's dateline writes it before its credit: "Ciudad de México,
 * 12 mar (Reuters) -"; 0 for any other word. */
static int iberian_month_abbrev(const tx_scan *sc, const ds_lx *t)
{
    static const char *const names[] = {"ene", "feb", "fev", "mar", "abr", "may",
                                        "mai", "jun", "jul", "ago", "sep", "set",
                                        "oct", "out", "nov", "dic", "dez", NULL};
    static const int months[] = {1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 9, 9, 10, 10, 11, 12, 12};
    if (t->kind != DS_LX_WORD || t->end - t->start != 3 || !sc->text ||
        (unsigned)(sc->text[t->start] - 'a') >= 26u)
        return 0;
    return month_of_word(sc, t, names, months);
}

/* Parses one point at lexeme i: "26 January 2015", "April 18, 2022",
 * "Jan. 25, 2013", "Aug 2018", "April", "2015", "the 1990s" (from the
 * number), "01/13/2021", "2022-04-18", with an optional early/mid/late
 * prefix. Context checks for bare years/months are the caller's. */
static bool parse_point(const tx_scan *sc, uint32_t i, tx_pt *p)
{
    const ds_lx *L = sc->L;
    uint32_t n = sc->n, j = i;
    bool ab;
    memset(p, 0, sizeof *p);
    p->first = i;
    if (j >= n) return false;
    /* early / mid / late / mid- / end of / beginning of */
    if (L[j].kind == DS_LX_WORD) {
        ds_timex_mod m = DS_MOD_NONE;
        uint32_t skip = 1;
        if (ds_lx_is(&L[j], "early"))
            m = DS_MOD_EARLY;
        else if (ds_lx_is(&L[j], "mid") || ds_lx_is(&L[j], "middle"))
            m = DS_MOD_MID;
        else if (ds_lx_is(&L[j], "late"))
            m = DS_MOD_LATE;
        else if ((ds_lx_is(&L[j], "end") || ds_lx_is(&L[j], "beginning") ||
                  ds_lx_is(&L[j], "start")) &&
                 j + 1 < n && ds_lx_is(&L[j + 1], "of")) {
            m = ds_lx_is(&L[j], "end") ? DS_MOD_LATE : DS_MOD_EARLY;
            skip = 2;
        }
        if (m != DS_MOD_NONE) {
            if (m == DS_MOD_MID && j + 1 < n && is_punct(&L[j + 1], '-') && !L[j + 1].space)
                skip = 2;
            tx_pt inner;
            if (!parse_point(sc, j + skip, &inner) || inner.mod != DS_MOD_NONE) return false;
            if (inner.bare_month && inner.abbrev) return false;
            *p = inner;
            p->first = i;
            p->mod = m;
            p->bare_year = p->bare_month = false;
            return true;
        }
    }
    const ds_lx *t = &L[j];
    if (t->kind == DS_LX_NUM) {
        /* numeric m/d/y (US) or d/m/y when the first part cannot be a month */
        if (t->plain && t->ndig <= 2 && j + 4 < n && is_punct(&L[j + 1], '/') && !L[j + 1].space &&
            !L[j + 2].space && L[j + 2].kind == DS_LX_NUM && L[j + 2].plain && L[j + 2].ndig <= 2 &&
            is_punct(&L[j + 3], '/') && !L[j + 3].space && !L[j + 4].space &&
            L[j + 4].kind == DS_LX_NUM && L[j + 4].plain &&
            (L[j + 4].ndig == 4 || L[j + 4].ndig == 2)) {
            int a = (int)t->num, b = (int)L[j + 2].num, y = (int)L[j + 4].num;
            if (L[j + 4].ndig == 2) y += y < 50 ? 2000 : 1900;
            int m = a, d = b;
            if (a > 12 && b <= 12) m = b, d = a;
            ds_date dt = {(int16_t)y, (uint8_t)m, (uint8_t)d};
            /* GTD writes an unknown day as 00: month precision */
            if (m >= 1 && m <= 12 && (d == 0 || valid_day(dt)) && !attached_after(sc, j + 5)) {
                p->d = dt;
                p->next = j + 5;
                return true;
            }
            return false;
        }
        /* European d.m.yyyy: "03.06.2023"; or with dashes, "06-05-2024"
         * (day first, but for a second part past 12: "05-16-2024") */
        if (t->plain && t->ndig <= 2 && j + 4 < n &&
            (is_punct(&L[j + 1], '.') || is_punct(&L[j + 1], '-')) && !L[j + 1].space &&
            !L[j + 2].space && L[j + 2].kind == DS_LX_NUM && L[j + 2].plain && L[j + 2].ndig <= 2 &&
            L[j + 3].kind == DS_LX_PUNCT && L[j + 3].ch == L[j + 1].ch && !L[j + 3].space &&
            !L[j + 4].space && L[j + 4].kind == DS_LX_NUM && L[j + 4].plain && L[j + 4].ndig == 4) {
            ds_date dt = {(int16_t)L[j + 4].num, (uint8_t)L[j + 2].num, (uint8_t)t->num};
            if (L[j + 1].ch == '-' && dt.day <= 12 && dt.month > 12) {
                uint8_t d = dt.month;
                dt.month = dt.day;
                dt.day = d;
            }
            if (dt.month >= 1 && dt.month <= 12 && valid_day(dt) && !attached_after(sc, j + 5)) {
                p->d = dt;
                p->next = j + 5;
                return true;
            }
            return false;
        }
        if (year_num(t, 1000, 2199)) {
            /* ISO 2022-04-18, or with slashes, 2022/04/18 */
            if (j + 4 < n && (is_punct(&L[j + 1], '-') || is_punct(&L[j + 1], '/')) &&
                L[j + 3].kind == DS_LX_PUNCT && L[j + 3].ch == L[j + 1].ch && !L[j + 1].space &&
                L[j + 2].kind == DS_LX_NUM && L[j + 2].plain && L[j + 2].ndig == 2 &&
                !L[j + 2].space && !L[j + 3].space && L[j + 4].kind == DS_LX_NUM &&
                L[j + 4].plain && L[j + 4].ndig == 2 && !L[j + 4].space) {
                ds_date dt = {(int16_t)t->num, (uint8_t)L[j + 2].num, (uint8_t)L[j + 4].num};
                if (dt.month >= 1 && dt.month <= 12 && valid_day(dt)) {
                    p->d = dt;
                    p->next = j + 5;
                    return true;
                }
            }
            /* decade: 1990s, 1990's */
            int y = (int)t->num;
            if (y % 10 == 0 && y >= 1800 && y <= 2090) {
                uint32_t k = j + 1;
                if (k < n && is_punct(&L[k], '\'') && !L[k].space) k++;
                if (k < n && ds_lx_is(&L[k], "s") && !L[k].space) {
                    p->d = (ds_date){(int16_t)y, 0, 0};
                    p->mod = DS_MOD_DECADE;
                    p->next = k + 1;
                    return true;
                }
            }
            if (y < 1900 || y > 2099 || attached_after(sc, j + 1)) return false;
            if (j > 0 && !t->space &&
                (L[j - 1].kind != DS_LX_PUNCT || L[j - 1].ch == '.' || L[j - 1].ch == '/' ||
                 L[j - 1].ch == '$'))
                return false;
            p->d = (ds_date){(int16_t)y, 0, 0};
            p->bare_year = true;
            p->next = j + 1;
            return true;
        }
        /* 26 January 2015, 18th of April */
        if (day_num(t)) {
            uint32_t k = j + 1;
            /* French: "12 mars 2024", "1er avril 2024" (a year after it, or
             * "le" before it: "le 3 avril", or "au" of "du 10 au 11 mars";
             * "Mai-Mai" is a militia) */
            bool er = t->num == 1 && k < n && !L[k].space && ds_lx_is(&L[k], "er");
            int fm = k + er < n ? french_month(sc, &L[k + er]) : 0;
            uint32_t k2 = k + er + 1;
            if (!fm && k2 < n && is_punct(&L[k2], '.') && !L[k2].space &&
                (fm = french_month_abbrev(sc, &L[k + er])) != 0)
                k2++; /* "3 avr. 2024" */
            /* (without its stop before a year: "YAOUNDE, 5 févr 2024 -"; a
             * short word in lower case first, which "March" is not) */
            if (!fm && k2 < n && k + er < n && L[k + er].end - L[k + er].start <= 5 && sc->text &&
                (unsigned)(sc->text[L[k + er].start] - 'a') < 26u && L[k2].kind == DS_LX_NUM &&
                L[k2].ndig == 4)
                fm = french_month_abbrev(sc, &L[k + er]);
            if (fm) {
                ds_date dt = {0, (uint8_t)fm, (uint8_t)t->num};
                bool le = j > 0 && (ds_lx_is(&L[j - 1], "le") || ds_lx_is(&L[j - 1], "au"));
                if ((take_year(sc, &k2, &dt.year) || le) && valid_day(dt)) {
                    p->d = dt;
                    p->next = k2;
                    return true;
                }
            }
            /* German and Dutch: "6. Mai 2024" (the day's full stop glued
             * to it), "6 mei 2024", always with the year */
            {
                uint32_t g = k + (k < n && is_punct(&L[k], '.') && !L[k].space);
                /* (asked only after the day's full stop or before a word in
                 * lower case, as Dutch writes its months: few days) */
                int gm = g < n && sc->text && L[g].kind == DS_LX_WORD &&
                                 (g > k || (unsigned)(sc->text[L[g].start] - 'a') < 26u)
                             ? germanic_month(sc, &L[g])
                             : 0;
                if (gm > 100) gm = g > k ? gm - 100 : 0;
                if (!gm && g > k && g < n) gm = french_month(sc, &L[g]); /* "6. Mai" */
                ds_date dt = {0, (uint8_t)gm, (uint8_t)t->num};
                uint32_t g2 = g + 1;
                if (gm && take_year(sc, &g2, &dt.year) && valid_day(dt)) {
                    p->d = dt;
                    p->next = g2;
                    return true;
                }
            }
            /* Spanish and Portuguese: "4 de marzo de 2024", "5 de abril de
             * 2024", "el 3 de marzo" (the year, when given, after "de") */
            if (k + 1 < n && ds_lx_is(&L[k], "de")) {
                int im = iberian_month(sc, &L[k + 1]);
                ds_date dt = {0, (uint8_t)im, (uint8_t)t->num};
                uint32_t k3 = k + 2;
                if (im && k3 + 1 < n && ds_lx_is(&L[k3], "de") &&
                    year_num(&L[k3 + 1], 1000, 2199) && !attached_after(sc, k3 + 2)) {
                    dt.year = (int16_t)L[k3 + 1].num;
                    k3 += 2;
                }
                /* (without the year, only a month in lower case, as
                 * Spanish and Portuguese write them: "1 de Maio", "2 de
                 * Mayo" are the names of neighbourhoods, streets, squares) */
                if (im && valid_day(dt) && (dt.year || !L[k + 1].cap)) {
                    p->d = dt;
                    p->next = k3;
                    return true;
                }
            }
            /* a Spanish wire's day and short month before its credit:
             * "Ciudad de México, 12 mar (Reuters) -" */
            if (k + 1 < n && is_punct(&L[k + 1], '(')) {
                int im = iberian_month_abbrev(sc, &L[k]);
                ds_date dt = {0, (uint8_t)im, (uint8_t)t->num};
                if (im && valid_day(dt)) {
                    p->d = dt;
                    p->next = k + 1;
                    return true;
                }
            }
            /* "12-Mar-2024" (UN and NGO tables) */
            if (k + 3 < n && is_punct(&L[k], '-') && !L[k].space && !L[k + 1].space &&
                is_punct(&L[k + 2], '-') && !L[k + 2].space && !L[k + 3].space &&
                year_num(&L[k + 3], 1000, 2199)) {
                int hm = month_of(&L[k + 1], true, &ab);
                ds_date dt = {(int16_t)L[k + 3].num, (uint8_t)hm, (uint8_t)t->num};
                if (hm && valid_day(dt) && !attached_after(sc, k + 4)) {
                    p->d = dt;
                    p->next = k + 4;
                    return true;
                }
            }
            if (!day_suffix(sc, &k)) return false;
            if (k < n && ds_lx_is(&L[k], "of")) k++;
            int m = k < n ? month_of(&L[k], sc->relaxed, &ab) : 0;
            if (!m) return false;
            k++;
            if (ab && k < n && is_punct(&L[k], '.') && !L[k].space) k++;
            ds_date dt = {0, (uint8_t)m, (uint8_t)t->num};
            take_year(sc, &k, &dt.year);
            if (!valid_day(dt)) return false;
            p->d = dt;
            p->next = k;
            return true;
        }
        return false;
    }
    int m = month_of(t, sc->relaxed, &ab);
    if (!m) return false;
    uint32_t k = j + 1;
    if (ab && k < n && is_punct(&L[k], '.') && !L[k].space) k++;
    ds_date dt = {0, (uint8_t)m, 0};
    if (k < n && day_num(&L[k])) {
        uint32_t k2 = k + 1;
        if (day_suffix(sc, &k2) && !(k2 < n && L[k2].kind == DS_LX_NUM && !L[k2].space)) {
            dt.day = (uint8_t)L[k].num;
            take_year(sc, &k2, &dt.year);
            if (valid_day(dt)) {
                p->d = dt;
                p->abbrev = ab;
                p->next = k2;
                return true;
            }
        }
    }
    if (take_year(sc, &k, &dt.year)) {
        p->d = dt;
        p->abbrev = ab;
        p->next = k;
        return true;
    }
    p->d = dt;
    p->bare_month = true;
    p->abbrev = ab;
    p->next = k;
    return true;
}

static const char *const year_ctx[] = {
    "in",        "since",  "from",   "to",     "until",   "till",   "through", "throughout",
    "during",    "by",     "before", "after",  "between", "early",  "late",    "mid",
    "circa",     "c",      "around", "about",  "of",      "the",    "its",     "their",
    "his",       "her",    "this",   "that",   "our",     "and",    "or",      "year",
    "fiscal",    "spring", "summer", "autumn", "fall",    "winter", "end",     "start",
    "beginning", "than",   "as",     "least",  "for",     "ca",     NULL};
static const char *const more_less[] = {"more", "fewer", "less", "greater", NULL};
static const char *const month_ctx[] = {
    "in",     "since", "from",      "to",    "until",   "till",   "through", "throughout",
    "during", "by",    "before",    "after", "between", "early",  "late",    "mid",
    "of",     "last",  "next",      "this",  "that",    "around", "until",   "least",
    "late",   "end",   "beginning", "start", "on",      NULL};

/* Whether a bare year/month at p is a date: a preposition or determiner
 * before it ("in 2015", "the 2021 ... attack", "(2015)"), and for years no
 * plural noun after it ("2015 fighters"). */
static bool bare_ok(const tx_scan *sc, const tx_pt *p)
{
    const ds_lx *L = sc->L;
    const ds_lx *prev = p->first > 0 ? &L[p->first - 1] : NULL;
    const ds_lx *next = p->next < sc->n ? &L[p->next] : NULL;
    if (p->bare_month && p->abbrev) return false;
    if (p->bare_year && next && plural_noun(next)) return false;
    if (sc->relaxed && p->bare_year) return true;
    if (!prev) return p->bare_year && next && is_punct(next, ',');
    if (prev->kind == DS_LX_PUNCT) return prev->ch == '(' || prev->ch == '[';
    /* "[size=more than 2000]", "fewer than 1500 attended": a count ("later
     * than 2019" stays a year) */
    if (p->bare_year && ds_lx_is(prev, "than") && p->first >= 2 &&
        word_in(&L[p->first - 2], more_less))
        return false;
    if (p->bare_month) {
        /* "may" needs a clear preposition, not "and may" */
        if (p->d.month == 5 && (ds_lx_is(prev, "and") || ds_lx_is(prev, "or")) &&
            !(next && (next->kind == DS_LX_NUM || is_punct(next, ',') || is_punct(next, '.'))))
            return false;
        return word_in(prev, month_ctx);
    }
    return word_in(prev, year_ctx);
}

/* ---- annotation state ------------------------------------------------- */

enum { TX_EXPLICIT = 0, TX_NEED_YEAR, TX_REL_DOC, TX_REL_NARR, TX_NOVALUE };

typedef struct tx_aux {
    uint8_t need;
    char unit;     /* 'd' 'w' 'm' 'y', 'W' weekday, 'V' weekday of last week,
                    * '0' doc date at prec, 'M' day of the report's month (or
                    * the month before), 'U' day of the month before */
    int16_t delta; /* units to add; weekday: 0-6 */
    uint8_t prec;  /* wanted precision of a relative value (1 y, 2 m, 3 d) */
    uint8_t back;  /* weekday: whole weeks further back ("the weekend before last": 1) */
    bool strict;   /* weekday: strictly before the anchor ("last Tuesday"); a count
                    * left unsaid ("Days later"): dated only under a report's date */
    char stem[6];  /* "two days after the shelling": "shell", the event noun's
                    * stem, which the anchor's sentence tells ("shelled") */
    uint32_t block;
} tx_aux;

typedef struct tx_state {
    ds_doc *doc;
    DS_VEC(tx_aux) aux;
    uint32_t sentence, block;
} tx_state;

static ds_status emit(tx_state *st, const tx_scan *sc, uint32_t first, uint32_t next,
                      ds_timex_kind kind, ds_timex_mod mod, ds_date value, ds_date end,
                      bool open_end, tx_aux aux)
{
    ds_timex *t = ds_vec_push(st->doc->arena, &st->doc->timexes);
    tx_aux *a = ds_vec_push(st->doc->arena, &st->aux);
    if (!t || !a) return DS_ENOMEM;
    t->span = (ds_span){sc->L[first].start, sc->L[next - 1].end};
    t->sentence = st->sentence;
    t->kind = kind;
    t->mod = mod;
    t->value = value;
    t->end = end;
    t->open_end = open_end;
    t->anchor = aux.need == TX_EXPLICIT ? DS_ANCHOR_ABSOLUTE : DS_ANCHOR_NONE;
    aux.block = st->block;
    *a = aux;
    return DS_OK;
}

/* A point or span starting at i (with its leading since/from/between/
 * around/until). Fills r and returns the lexeme after it, or i when none. */
typedef struct tx_found {
    uint32_t first, next;
    ds_timex_kind kind;
    ds_timex_mod mod;
    ds_date value, end;
    bool open_end;
    bool coord; /* a second point coordinated with the first ("April and May 2022") */
    tx_pt second;
} tx_found;

static bool present_word(const ds_lx *t)
{
    return ds_lx_is(t, "present") || ds_lx_is(t, "now") || ds_lx_is(t, "today") ||
           ds_lx_is(t, "date");
}

/* Fills a's missing year from b's (a before b; "Apr–Jul 2017",
 * "Dec–Mar 2022" -> December 2021). */
static void borrow_year_back(ds_date *a, ds_date b)
{
    if (a->year || !b.year) return;
    a->year = b.year;
    if (b.month && a->month > b.month) a->year--;
}

static void borrow_year_fwd(ds_date *b, ds_date a)
{
    if (b->year || !a.year) return;
    b->year = a.year;
    if (a.month && b->month && b->month < a.month) b->year++;
}

/* Whether a lower-case word can start what find_expr accepts (without
 * relaxed context): its lead words and the part-of-period words, exactly the
 * words its first branch lets through. One switch on the length instead of
 * the chain of compares, for the many "the", "in", "a" that reach it. */
static bool expr_lead_word(const ds_lx *t)
{
    switch (t->len) {
    case 2:
        return ds_lx_is(t, "ca");
    case 3:
        return ds_lx_is(t, "mid") || ds_lx_is(t, "end");
    case 4:
        return ds_lx_is(t, "from") || ds_lx_is(t, "till") || ds_lx_is(t, "late");
    case 5:
        return ds_lx_is(t, "since") || ds_lx_is(t, "until") || ds_lx_is(t, "after") ||
               ds_lx_is(t, "circa") || ds_lx_is(t, "about") || ds_lx_is(t, "early") ||
               ds_lx_is(t, "start");
    case 6:
        return ds_lx_is(t, "before") || ds_lx_is(t, "around") || ds_lx_is(t, "middle");
    case 7:
        return ds_lx_is(t, "between");
    case 9:
        return ds_lx_is(t, "beginning");
    case 13:
        return ds_lx_is(t, "approximately");
    default:
        return false;
    }
}

/* "the first week of March", "the last week of February 2024": the seven
 * days of that week of the month, a span (the month alone needs no other
 * sign of being a date). */
static bool week_of_month(const tx_scan *sc, uint32_t i, tx_found *f)
{
    static const char *const nth[] = {"first", "second", "third", "fourth", "last", "final", NULL};
    const ds_lx *L = sc->L;
    if (L[i].kind != DS_LX_WORD || i + 3 >= sc->n || !ds_lx_is(&L[i + 1], "week") ||
        !ds_lx_is(&L[i + 2], "of") || !word_in(&L[i], nth))
        return false;
    tx_pt p;
    if (!parse_point(sc, i + 3, &p) || !p.d.month || p.d.day || p.mod != DS_MOD_NONE) return false;
    /* (a year told later, "the last week of February" in 2024, ends on the
     * 28th: the year is not known here) */
    int last = days_in_month(p.d.year ? p.d.year : 2001, p.d.month);
    int first = 1;
    for (int k = 0; k < 4; k++)
        if (!strcmp(L[i].low, nth[k])) first = 1 + 7 * k;
    if (ds_lx_is(&L[i], "last") || ds_lx_is(&L[i], "final")) first = last - 6;
    memset(f, 0, sizeof *f);
    f->first = i;
    f->next = p.next;
    f->kind = DS_TIMEX_SPAN;
    f->value = (ds_date){p.d.year, p.d.month, (uint8_t)first};
    f->end = (ds_date){p.d.year, p.d.month, (uint8_t)(first + 6)};
    return true;
}

static bool find_expr(const tx_scan *sc, uint32_t i, tx_found *f)
{
    const ds_lx *L = sc->L;
    uint32_t n = sc->n, k = i;
    bool since = false, between = false, from = false, lead = false;
    ds_timex_mod mod = DS_MOD_NONE;
    if (week_of_month(sc, i, f)) return true;
    /* the branch below returns false for every other lower-case word */
    if (L[i].kind == DS_LX_WORD && !L[i].cap && !sc->relaxed && !expr_lead_word(&L[i]))
        return false;
    memset(f, 0, sizeof *f);
    if (L[i].kind == DS_LX_WORD) {
        if (ds_lx_is(&L[i], "since")) {
            since = true;
            k++;
            if (k + 1 < n && ds_lx_is(&L[k], "at") && ds_lx_is(&L[k + 1], "least"))
                k += 2;
            else if (k + 2 < n && ds_lx_is(&L[k], "as") && ds_lx_is(&L[k + 1], "early") &&
                     ds_lx_is(&L[k + 2], "as"))
                k += 3;
        } else if (ds_lx_is(&L[i], "from")) {
            from = true;
            k++;
        } else if (ds_lx_is(&L[i], "between")) {
            between = true;
            k++;
        } else if (ds_lx_is(&L[i], "until") || ds_lx_is(&L[i], "till") ||
                   ds_lx_is(&L[i], "before")) {
            mod = DS_MOD_BEFORE;
            k++;
        } else if (ds_lx_is(&L[i], "after")) {
            mod = DS_MOD_AFTER;
            k++;
        } else if (ds_lx_is(&L[i], "around") || ds_lx_is(&L[i], "circa") ||
                   ds_lx_is(&L[i], "approximately") || ds_lx_is(&L[i], "about") ||
                   ds_lx_is(&L[i], "ca")) {
            mod = DS_MOD_APPROX;
            k++;
        } else if (L[i].cap || sc->relaxed) {
            /* month/prefix words start points themselves; a weekday before a
             * full date belongs to it ("Monday, January 8, 2024") */
            tx_pt wp;
            uint32_t k2 = i + 1;
            if (k2 < n && is_punct(&L[k2], ',')) k2++;
            if (weekday_word(&L[i]) >= 0 && k2 < n && parse_point(sc, k2, &wp) && wp.d.day) {
                k = k2;
                mod = DS_MOD_NONE;
                lead = true;
            }
        } else if (!ds_lx_is(&L[i], "early") && !ds_lx_is(&L[i], "mid") &&
                   !ds_lx_is(&L[i], "middle") && !ds_lx_is(&L[i], "late") &&
                   !ds_lx_is(&L[i], "end") && !ds_lx_is(&L[i], "beginning") &&
                   !ds_lx_is(&L[i], "start"))
            return false;
    } else if (L[i].kind != DS_LX_NUM)
        return false;
    if (k >= n) return false;

    tx_pt p1, p2;
    bool have1 = parse_point(sc, k, &p1);
    /* "17-19 April 2022", "between 15 and 19 April", "the night of 16/17
     * May" (a slash between two days that follow each other), French "dans
     * la nuit du 10 au 11 mars" (and "from 3 until 6 May", "from 3 through
     * 6 May": it was "until 6 May" alone) */
    bool slash = k + 1 < n && is_punct(&L[k + 1], '/');
    if (!have1 && day_num(&L[k]) && k + 2 < n &&
        (is_punct(&L[k + 1], '-') || ds_lx_is(&L[k + 1], "to") || ds_lx_is(&L[k + 1], "au") ||
         slash || (between && ds_lx_is(&L[k + 1], "and")) ||
         (from && (ds_lx_is(&L[k + 1], "until") || ds_lx_is(&L[k + 1], "till") ||
                   ds_lx_is(&L[k + 1], "through")))) &&
        parse_point(sc, k + 2, &p2) && p2.d.day && p2.mod == DS_MOD_NONE && !p2.bare_month) {
        ds_date d1 = p2.d;
        d1.day = (uint8_t)L[k].num;
        if (d1.day < p2.d.day && (!slash || d1.day + 1 == p2.d.day)) {
            f->first = mod || since || between ? i : k;
            f->next = p2.next;
            f->kind = DS_TIMEX_SPAN;
            f->mod = mod;
            f->value = d1;
            f->end = p2.d;
            return true;
        }
    }
    /* "on 3 and 5 May 2022": two dates sharing a month (the first may
     * have its suffix: "on 3rd and 4th May") */
    uint32_t ka = k + 1;
    if (!have1 && !between && day_num(&L[k]) && day_suffix(sc, &ka) && ka + 1 < n &&
        (ds_lx_is(&L[ka], "and") || ds_lx_is(&L[ka], "or")) && parse_point(sc, ka + 1, &p2) &&
        p2.d.day && p2.mod == DS_MOD_NONE) {
        ds_date d1 = p2.d;
        d1.day = (uint8_t)L[k].num;
        if (d1.day < p2.d.day) {
            f->first = mod ? i : k;
            f->next = ka;
            f->kind = DS_TIMEX_DATE;
            f->mod = mod;
            f->value = d1;
            f->coord = true;
            f->second = p2;
            return true;
        }
    }
    if (!have1) return false;

    uint32_t j = p1.next;
    if (between && j + 1 < n && is_punct(&L[j], ',') && ds_lx_is(&L[j + 1], "and")) j++;
    /* spans: "2015 – Jul 2016", "April 17 to May 3", "from April 1 to 16",
     * "between 2015 and 2019", "(Apr 2020 – present)" */
    if (j + 1 < n && (is_punct(&L[j], '-') || ds_lx_is(&L[j], "to") || ds_lx_is(&L[j], "until") ||
                      ds_lx_is(&L[j], "till") || ds_lx_is(&L[j], "through") ||
                      (between && ds_lx_is(&L[j], "and")))) {
        bool dash = is_punct(&L[j], '-');
        bool ok2 = false, open = false;
        ds_date e = {0, 0, 0};
        uint32_t after = j + 1;
        if (present_word(&L[j + 1]) && (dash || ds_lx_is(&L[j], "to") || since)) {
            open = ok2 = true;
            after = j + 2;
        } else if (parse_point(sc, j + 1, &p2) && p2.mod != DS_MOD_DECADE &&
                   !(p2.bare_month && p2.abbrev && !p1.abbrev && !dash)) {
            e = p2.d;
            ok2 = true;
            after = p2.next;
            /* a dash between a year and a small number is a count ("2015-2016" yes) */
        } else if (p1.d.day && day_num(&L[j + 1]) && !attached_after(sc, j + 2) &&
                   /* (not a clock: "Monday, March 11, 2024 - 15:30") */
                   !(j + 2 < n && is_punct(&L[j + 2], ':') && !L[j + 2].space)) {
            e = p1.d;
            e.day = (uint8_t)L[j + 1].num;
            ok2 = e.day > p1.d.day;
            after = j + 2;
            if (ok2 && after < n) take_year(sc, &after, &e.year);
        }
        if (ok2) {
            ds_date v = p1.d;
            if (!open) {
                borrow_year_back(&v, e);
                borrow_year_fwd(&e, v);
                /* a dash between two lone years must read as a range of years */
                if (p1.bare_year && !p2.bare_year && p2.bare_month) ok2 = false;
                if (v.year && e.year && date_cmp(v, e) > 0) ok2 = false;
                if (p1.bare_month && p1.abbrev && !(p2.d.month)) ok2 = false;
            }
            if (ok2) {
                f->first = (since || from || between || mod || lead) ? i : k;
                f->next = after;
                f->kind = DS_TIMEX_SPAN;
                f->mod = p1.mod != DS_MOD_NONE ? p1.mod : mod;
                f->value = v;
                f->end = open ? (ds_date){0, 0, 0} : e;
                f->open_end = open;
                if (f->mod == DS_MOD_DECADE) f->mod = DS_MOD_NONE;
                if (p1.mod == DS_MOD_DECADE) f->mod = DS_MOD_NONE;
                return true;
            }
        }
    }
    /* a lone point */
    if (p1.bare_year || p1.bare_month) {
        if (p1.bare_month && p1.abbrev) return false;
        if (!bare_ok(sc, &p1)) return false;
    }
    f->first = (since || mod || lead) ? i : k;
    f->next = p1.next;
    f->kind = since ? DS_TIMEX_SPAN : DS_TIMEX_DATE;
    f->mod = since ? DS_MOD_SINCE : p1.mod != DS_MOD_NONE ? p1.mod : mod;
    f->value = p1.d;
    f->open_end = since;
    /* coordination: "In April and May 2022" gives two DATE timexes sharing the
     * year, not one span (the text names two months, often two events: "in
     * April and May, respectively"); "on 3 and 5 May" is handled above */
    if (!p1.d.year && p1.next + 1 < n &&
        (ds_lx_is(&L[p1.next], "and") || ds_lx_is(&L[p1.next], "or") ||
         is_punct(&L[p1.next], ','))) {
        bool ok2 = parse_point(sc, p1.next + 1, &p2);
        if (ok2 && p1.bare_month && p2.bare_month && !p2.abbrev && !is_punct(&L[p1.next], ',')) {
            f->coord = true; /* "in April and May": both still need a year */
            f->second = p2;
        } else if (ok2 && p2.d.year && p2.d.month && !p2.bare_year) {
            borrow_year_back(&f->value, p2.d);
            f->coord = true;
            f->second = p2;
        }
    }
    return true;
}

/* ---- relative expressions --------------------------------------------- */

static const char *const after_words[] = {"later",      "after",      "afterward",
                                          "afterwards", "thereafter", NULL};
static const char *const before_words[] = {"earlier", "before", "prior", "previously", NULL};

/* Nouns that name an event the story has told: "three days after the
 * attack", "on the eve of the incident". */
static const char *const told_nouns[] = {
    "attack",   "attacks",   "ambush",     "raid",     "bombing",  "assault", "strike",
    "strikes",  "clashes",   "killing",    "killings", "massacre", "blast",   "explosion",
    "incident", "abduction", "kidnapping", "shelling", NULL};

/* The stem of an event noun, at most 5 letters, NUL-terminated in out[6]:
 * "shelling" -> "shell" (as in "shelled"), "abduction" -> "abduc",
 * "clashes" -> "clash", "attack" -> "attac". */
static void noun_stem(char out[6], const ds_lx *w)
{
    size_t n = w->len;
    static const char *const suffixes[] = {"ings", "ing", "ion", "es", "s"};
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
        size_t m = strlen(suffixes[k]);
        if (n > m + 3 && memcmp(w->low + n - m, suffixes[k], m) == 0) {
            n -= m;
            break;
        }
    }
    if (n > 5) n = 5;
    memcpy(out, w->low, n);
    out[n] = 0;
}

/* Islamic feasts by name, at L[i]: "Ramadan" (a span), "Eid al-Fitr",
 * "Eid ul-Adha", "Eid-ul-Azha", "Tabaski", "Bakrid" (a day), with "the
 * first (second, third) day of" or "the eve of" before them; unit 'I',
 * delta the feast (ISLAMIC_*) times 100 plus the days from its first day
 * (resolve, islamic_day). Returns the index after it, or i. A year after
 * the name ("Ramadan 2023") is left to the year: the feast is dated only
 * from the report's day. */
enum { ISLAMIC_RAMADAN = 0, ISLAMIC_FITR = 1, ISLAMIC_ADHA = 2 };
static uint32_t islamic_feast(const tx_scan *sc, uint32_t i, ds_timex_kind *kind, tx_aux *a,
                              uint32_t *first)
{
    const ds_lx *L = sc->L;
    uint32_t n = sc->n, e = i + 1;
    const ds_lx *t = &L[i];
    int feast = -1;
    if (!t->cap) return i;
    if (ds_lx_is(t, "ramadan")) {
        feast = ISLAMIC_RAMADAN;
    } else if (ds_lx_is(t, "tabaski") || ds_lx_is(t, "bakrid")) {
        feast = ISLAMIC_ADHA;
    } else if (ds_lx_is(t, "eid")) {
        /* "Eid al-Fitr", "Eid-ul-Fitr", "Eid el Adha": the article, dashes */
        uint32_t k = i + 1;
        if (k < n && is_punct(&L[k], '-')) k++;
        if (k < n && L[k].kind == DS_LX_WORD &&
            (ds_lx_is(&L[k], "al") || ds_lx_is(&L[k], "ul") || ds_lx_is(&L[k], "el")))
            k++;
        if (k < n && is_punct(&L[k], '-')) k++;
        if (k < n && L[k].kind == DS_LX_WORD)
            feast = ds_lx_is(&L[k], "fitr")                              ? ISLAMIC_FITR
                    : ds_lx_is(&L[k], "adha") || ds_lx_is(&L[k], "azha") ? ISLAMIC_ADHA
                                                                         : -1;
        e = k + 1;
    }
    if (feast < 0) return i;
    if (e < n && L[e].kind == DS_LX_NUM && L[e].ndig == 4) return i; /* "Ramadan 2023" */
    /* a name: "Tariq Ramadan", "Ramadan Abdullah", "the Ramadan War" */
    if (feast == ISLAMIC_RAMADAN || t->len != 3) {
        if (e < n && L[e].kind == DS_LX_WORD && L[e].cap && L[e].space) return i;
        if (i > 0 && L[i - 1].kind == DS_LX_WORD && L[i - 1].cap &&
            !(L[i - 1].kw & (DS_KW_STOP | DS_KW_TIMEX)))
            return i;
    }
    int off = 0;
    uint32_t f = i;
    /* "the first day of Eid", "the eve of Eid al-Adha" */
    if (feast != ISLAMIC_RAMADAN && i >= 2 && ds_lx_is(&L[i - 1], "of")) {
        if (ds_lx_is(&L[i - 2], "eve")) {
            off = -1, f = i - 2;
        } else if (i >= 3 && ds_lx_is(&L[i - 2], "day")) {
            const ds_lx *o = &L[i - 3];
            int k = ds_lx_is(o, "first")    ? 0
                    : ds_lx_is(o, "second") ? 1
                    : ds_lx_is(o, "third")  ? 2
                                            : -1;
            if (k >= 0) off = k, f = i - 3;
        }
        if (f < i && f > 0 && ds_lx_is(&L[f - 1], "the")) f--;
    }
    memset(a, 0, sizeof *a);
    a->need = TX_REL_DOC;
    a->unit = 'I';
    a->delta = (int16_t)(feast * 100 + off);
    a->prec = 3;
    *kind = feast == ISLAMIC_RAMADAN ? DS_TIMEX_SPAN : DS_TIMEX_RELATIVE;
    *first = f;
    return e;
}

/* Relative and duration expressions at i ("yesterday", "last week", "on
 * Tuesday", "two days later", "the following day", "in recent months",
 * "three years"). Returns the lexeme after it, or i when none. */
static uint32_t find_relative(const tx_scan *sc, uint32_t i, ds_timex_kind *kind, ds_timex_mod *mod,
                              tx_aux *a, uint32_t *first)
{
    const ds_lx *L = sc->L;
    uint32_t n = sc->n;
    const ds_lx *t = &L[i];
    const ds_lx *t1 = i + 1 < n ? &L[i + 1] : NULL;
    const ds_lx *t2 = i + 2 < n ? &L[i + 2] : NULL;
    *kind = DS_TIMEX_RELATIVE;
    *mod = DS_MOD_NONE;
    *first = i;
    /* "Days later, an air strike destroyed ...", "Hours later": a count
     * left unsaid, as "several days later" (a few days after the last date
     * told, approximately, not past the report's day, which it needs;
     * hours: the same day); the sentence's first words (the lexer lets a
     * capitalised unit start: DS_KW_START) */
    if (t->kind == DS_LX_WORD && t->cap && t1 &&
        (ds_lx_is(t1, "later") || ds_lx_is(t1, "afterwards")) &&
        (ds_lx_is(t, "days") || ds_lx_is(t, "hours") || ds_lx_is(t, "weeks")) &&
        (i == 0 || L[i - 1].kind == DS_LX_PUNCT)) {
        memset(a, 0, sizeof *a);
        a->need = TX_REL_NARR;
        a->unit = 'd';
        a->prec = 3;
        a->delta = ds_lx_is(t, "days") ? 3 : ds_lx_is(t, "weeks") ? 21 : 0;
        *mod = ds_lx_is(t, "hours") ? DS_MOD_AFTER : DS_MOD_APPROX;
        a->strict = !ds_lx_is(t, "hours");
        return i + 2;
    }
    if (t->kind == DS_LX_WORD && t->cap && (t->kw & DS_KW_TIMEX)) {
        uint32_t e = islamic_feast(sc, i, kind, a, first);
        if (e > i) return e;
    }
    /* "On May Day, police arrested 200 people": 1 May, the last on or
     * before the report's day (a feast, as "Christmas Day"; scan_text
     * leaves it to this, not to the month); not "the 2023 May Day
     * rallies", "May Day Parade" */
    if (t->len == 3 && t->cap && t1 && t1->cap && ds_lx_is(t1, "day") && ds_lx_is(t, "may") &&
        !(i > 0 && L[i - 1].kind == DS_LX_NUM && L[i - 1].ndig == 4) &&
        !(t2 && t2->kind == DS_LX_WORD && t2->cap)) {
        memset(a, 0, sizeof *a);
        a->need = TX_REL_DOC;
        a->unit = 'H';
        a->delta = 501;
        a->prec = 3;
        return i + 2;
    }
    if (t->kind == DS_LX_WORD && !(t->kw & (DS_KW_TIMEX | DS_KW_COUNT)) && weekday_word(t) < 0)
        return i;
    memset(a, 0, sizeof *a);
    a->need = TX_REL_DOC;
    a->unit = 'd';
    a->prec = 3;
    if (t->kind == DS_LX_WORD) {
        if (ds_lx_is(t, "yesterday")) return a->delta = -1, i + 1;
        if (ds_lx_is(t, "today") || ds_lx_is(t, "tonight")) return i + 1;
        if (ds_lx_is(t, "tomorrow")) return a->delta = 1, i + 1;
        /* "Overnight, militants shelled ...", "... shelled the camp
         * overnight.": the night that ended on the report's day, dated to
         * that day, approximately (it may have begun the evening before);
         * not "an overnight raid on Tuesday", nor "Overnight Saturday, ..."
         * (the weekday says which night) */
        /* (nor "Overnight into Sunday, drones struck ...": the Sunday) */
        if (ds_lx_is(t, "overnight") &&
            (i == 0 || L[i - 1].kind == DS_LX_PUNCT || !t1 || t1->kind == DS_LX_PUNCT) &&
            !(t1 && t1->kind == DS_LX_WORD && weekday_word(t1) >= 0) &&
            !(t1 && t2 && ds_lx_is(t1, "into") && weekday_word(t2) >= 0)) {
            *mod = DS_MOD_APPROX;
            return i + 1;
        }
        if (ds_lx_is(t, "recently")) {
            *mod = DS_MOD_BEFORE;
            a->unit = '0';
            a->prec = 2;
            return i + 1;
        }
        int wd = weekday_word(t);
        /* "the 1998 Good Friday Agreement", "the Bloody Sunday Inquiry": a
         * weekday between a capitalised word and a capitalised noun is
         * inside a name (the feast rule above left it), no day of the
         * report; not "On Monday President Ruto said" (a time word or a
         * function word before it), nor "Easter Sunday" alone */
        if (wd >= 0 && i > 0 && t1 && t1->kind == DS_LX_WORD && t1->cap && !t1->upper &&
            !(t1->kw & DS_KW_CAL) && L[i - 1].kind == DS_LX_WORD && L[i - 1].cap &&
            !(L[i - 1].kw & DS_KW_CAL) &&
            (!(L[i - 1].kw & (DS_KW_TIMEX | DS_KW_STOP)) || ds_lx_is(&L[i - 1], "good")))
            return i;
        if (wd >= 0) {
            a->unit = 'W';
            a->delta = (int16_t)wd;
            /* "on Monday last week", "Monday of last week": that weekday of
             * the calendar week before the report's */
            uint32_t k = i + 1;
            if (k < n && ds_lx_is(&L[k], "of")) k++;
            if (k + 1 < n && ds_lx_is(&L[k], "last") && ds_lx_is(&L[k + 1], "week")) {
                a->unit = 'V';
                return k + 2;
            }
            /* "on Tuesday last" (South Asian and West African English):
             * "last Tuesday", not "Tuesday last year" */
            if (i + 1 < n && ds_lx_is(&L[i + 1], "last") &&
                !(i + 2 < n && L[i + 2].kind == DS_LX_WORD && unit_of(&L[i + 2]))) {
                a->strict = true;
                return i + 2;
            }
            if (i > 0 && (ds_lx_is(&L[i - 1], "last") || ds_lx_is(&L[i - 1], "past"))) {
                *first = i - 1;
                a->strict = true;
            } else if (i > 0 && ds_lx_is(&L[i - 1], "next"))
                return i; /* future weekdays are rare in reporting; leave them */
            return i + 1;
        }
        /* "On the 9th, terrorists attacked": the 9th of the report's month
         * (of the month before when the report's day comes first); not "the
         * 9th of March", "the 5th battalion" */
        if (ds_lx_is(t, "the") && t1 && day_num(t1) && i > 0 && ds_lx_is(&L[i - 1], "on")) {
            uint32_t k = i + 2;
            if (k < n && !L[k].space && L[k].kind == DS_LX_WORD &&
                (ds_lx_is(&L[k], "th") || ds_lx_is(&L[k], "st") || ds_lx_is(&L[k], "nd") ||
                 ds_lx_is(&L[k], "rd")) &&
                (k + 1 >= n || L[k + 1].kind == DS_LX_PUNCT)) {
                a->unit = 'M';
                a->delta = (int16_t)t1->num;
                return k + 1;
            }
        }
    }
    /* Police English: "On the 9th instant" (of this month), "on 28th
     * ultimo" (of the month before) */
    {
        uint32_t d = t->kind == DS_LX_WORD && ds_lx_is(t, "the") ? i + 1 : i;
        uint32_t k = d + 1;
        if (d < n && day_num(&L[d]) && k < n && !L[k].space && L[k].kind == DS_LX_WORD &&
            (ds_lx_is(&L[k], "th") || ds_lx_is(&L[k], "st") || ds_lx_is(&L[k], "nd") ||
             ds_lx_is(&L[k], "rd")) &&
            k + 1 < n &&
            (ds_lx_is(&L[k + 1], "instant") || ds_lx_is(&L[k + 1], "inst") ||
             ds_lx_is(&L[k + 1], "ultimo") || ds_lx_is(&L[k + 1], "ult"))) {
            bool ult = L[k + 1].low[0] == 'u';
            a->unit = ult ? 'U' : 'M';
            a->delta = (int16_t)L[d].num;
            uint32_t e = k + 2;
            if (e < n && is_punct(&L[e], '.') && !L[e].space) e++; /* "inst." */
            return e;
        }
    }
    /* (a feast's name with its year or in a name is no day of the report:
     * "the 2009 Christmas Day plot", "the Good Friday Agreement") */
    if (t->kind == DS_LX_WORD && t1 && (t->len == 9 || t->len == 6 || t->len == 4) &&
        !(i > 0 && L[i - 1].kind == DS_LX_NUM && L[i - 1].ndig == 4) &&
        !(t2 && t2->kind == DS_LX_WORD && t2->cap)) {
        /* "on Christmas Day", "on Christmas Eve": the last 25 (24)
         * December on or before the report's day (unit 'H', delta the
         * month and day as MMDD) */
        if (t->len == 9 && t1 && ds_lx_is(t, "christmas") &&
            (ds_lx_is(t1, "day") || ds_lx_is(t1, "eve"))) {
            a->unit = 'H';
            a->delta = ds_lx_is(t1, "eve") ? 1224 : 1225;
            return i + 2;
        }
        /* "on Easter Sunday", "Easter Monday", "on Good Friday", "over the
         * Easter weekend" (its Saturday, approximately, as "the
         * weekend"): days from the last Easter on or before the report's
         * day (unit 'E', delta the days from Easter Sunday) */
        if (t1 &&
            ((t->len == 6 && ds_lx_is(t, "easter") &&
              (ds_lx_is(t1, "sunday") || ds_lx_is(t1, "monday") || ds_lx_is(t1, "weekend"))) ||
             (t->len == 4 && ds_lx_is(t, "good") && t->cap && ds_lx_is(t1, "friday")))) {
            a->unit = 'E';
            a->delta = ds_lx_is(t1, "sunday") ? 0 : ds_lx_is(t1, "monday") ? 1 : -2;
            if (ds_lx_is(t1, "weekend")) {
                a->delta = -1;
                *mod = DS_MOD_APPROX;
            }
            return i + 2;
        }
    }
    if (t->kind == DS_LX_WORD) {
        /* "mid-week", "midweek": the Wednesday of the report's week (of the
         * week before when the report's day comes first), approximately */
        if ((t->len == 3 && ds_lx_is(t, "mid") && t1 && t2 && is_punct(t1, '-') && !t1->space &&
             !t2->space && ds_lx_is(t2, "week")) ||
            (t->len == 7 && ds_lx_is(t, "midweek"))) {
            a->unit = 'W';
            a->delta = 2;
            *mod = DS_MOD_APPROX;
            return t->len == 3 ? i + 3 : i + 1;
        }
        /* "over the weekend", "last weekend": its Saturday, approximately */
        if (t1 && ds_lx_is(t1, "weekend") &&
            (ds_lx_is(t, "the") || ds_lx_is(t, "last") || ds_lx_is(t, "this") ||
             ds_lx_is(t, "past"))) {
            a->unit = 'W';
            a->delta = 5;
            *mod = DS_MOD_APPROX;
            /* "the weekend before last": the one a week before that */
            if (i + 3 < n && ds_lx_is(&L[i + 2], "before") && ds_lx_is(&L[i + 3], "last")) {
                a->back = 1;
                return i + 4;
            }
            return i + 2;
        }
        if (t1 && (ds_lx_is(t, "last") || ds_lx_is(t, "past") || ds_lx_is(t, "previous") ||
                   ds_lx_is(t, "next") || ds_lx_is(t, "this"))) {
            int dir = ds_lx_is(t, "next") ? 1 : ds_lx_is(t, "this") ? 0 : -1;
            char u = unit_of(t1);
            if (ds_lx_is(t1, "night") && dir < 0) return a->delta = -1, i + 2;
            if (dir == 0 &&
                (ds_lx_is(t1, "morning") || ds_lx_is(t1, "afternoon") || ds_lx_is(t1, "evening")))
                return i + 2;
            if (u == 'd' || u == 'D' || u == 'h' || u == 'f' || !u) return i;
            if (i > 0 && ds_lx_is(&L[i - 1], "the")) return i; /* "the last year" is a duration */
            if (t1->low[t1->len - 1] == 's') return i;
            if (u == 'w') {
                a->delta = (int16_t)(7 * dir);
                *mod = DS_MOD_APPROX;
            } else {
                a->unit = u;
                a->delta = (int16_t)dir;
                a->prec = u == 'm' ? 2 : 1;
            }
            if (i > 0 && (ds_lx_is(&L[i - 1], "earlier") || ds_lx_is(&L[i - 1], "later")) &&
                dir == 0)
                *first = i - 1;
            /* "late last month", "early this year": a part of the month or year */
            if (i > 0 && u != 'w') {
                ds_timex_mod part = ds_lx_is(&L[i - 1], "early")  ? DS_MOD_EARLY
                                    : ds_lx_is(&L[i - 1], "mid")  ? DS_MOD_MID
                                    : ds_lx_is(&L[i - 1], "late") ? DS_MOD_LATE
                                                                  : DS_MOD_NONE;
                if (part != DS_MOD_NONE) *mod = part, *first = i - 1;
            }
            return i + 2;
        }
        /* "At the start of the month, gunmen killed two traders", "by the
         * end of last month", "in the middle of this year": a part of the
         * report's month or year (of the one before after "last"), or of
         * the story's ("the month": the last date told's) */
        if (ds_lx_is(t, "the") && t1 && t2 && ds_lx_is(t2, "of") && i + 4 < n &&
            (ds_lx_is(t1, "start") || ds_lx_is(t1, "beginning") || ds_lx_is(t1, "end") ||
             ds_lx_is(t1, "middle")) &&
            (ds_lx_is(&L[i + 3], "the") || ds_lx_is(&L[i + 3], "this") ||
             ds_lx_is(&L[i + 3], "last")) &&
            (ds_lx_is(&L[i + 4], "month") || ds_lx_is(&L[i + 4], "year"))) {
            bool month = ds_lx_is(&L[i + 4], "month");
            a->unit = month ? 'm' : 'y';
            a->delta = ds_lx_is(&L[i + 3], "last") ? -1 : 0;
            a->prec = month ? 2 : 1;
            /* ("the end of the year" after "In January 2015, ...": that
             * year, the last date told's; "this"/"last": the report's) */
            if (ds_lx_is(&L[i + 3], "the")) a->need = TX_REL_NARR;
            *mod = ds_lx_is(t1, "end")      ? DS_MOD_LATE
                   : ds_lx_is(t1, "middle") ? DS_MOD_MID
                                            : DS_MOD_EARLY;
            /* "Since the beginning of the month, access has been cut": a
             * time looked back to, not the event's */
            if (i > 0 && ds_lx_is(&L[i - 1], "since")) *mod = DS_MOD_SINCE, *first = i - 1;
            return i + 5;
        }
        /* "at the start of the week", "in the middle of this week", "at
         * the end of last week": a day of the report's week (Monday,
         * Wednesday) or of the week before (Monday, Wednesday, Friday),
         * approximately (not the end of this week, which may be to come) */
        if (ds_lx_is(t, "the") && t1 && t2 && ds_lx_is(t2, "of") && i + 4 < n &&
            ds_lx_is(&L[i + 4], "week") &&
            (ds_lx_is(t1, "start") || ds_lx_is(t1, "beginning") || ds_lx_is(t1, "end") ||
             ds_lx_is(t1, "middle")) &&
            (ds_lx_is(&L[i + 3], "the") || ds_lx_is(&L[i + 3], "this") ||
             ds_lx_is(&L[i + 3], "last"))) {
            bool last = ds_lx_is(&L[i + 3], "last");
            if (ds_lx_is(t1, "end") && !last) return i;
            a->unit = last ? 'V' : 'W';
            a->delta = ds_lx_is(t1, "end") ? 4 : ds_lx_is(t1, "middle") ? 2 : 0;
            *mod = DS_MOD_APPROX;
            /* ("Since the start of the week, shelling has continued": a
             * time looked back to) */
            if (i > 0 && ds_lx_is(&L[i - 1], "since")) *mod = DS_MOD_SINCE, *first = i - 1;
            return i + 5;
        }
        /* the following / next / previous day, the day before/after, that day */
        if (ds_lx_is(t, "the") && t1 && t2) {
            int dir = 0;
            if (ds_lx_is(t1, "following") || ds_lx_is(t1, "next")) dir = 1;
            if (ds_lx_is(t1, "previous") || ds_lx_is(t1, "preceding")) dir = -1;
            char u = unit_of(t2);
            if (dir && (u == 'd' || u == 'w' || u == 'm' || u == 'y') &&
                t2->low[t2->len - 1] != 's') {
                a->need = TX_REL_NARR;
                a->unit = u == 'w' ? 'd' : u;
                a->delta = (int16_t)(u == 'w' ? 7 * dir : dir);
                a->prec = u == 'm' ? 2 : u == 'y' ? 1 : 3;
                return i + 3;
            }
            if (dir == 1 && (ds_lx_is(t2, "morning") || ds_lx_is(t2, "night"))) {
                a->need = TX_REL_NARR;
                a->delta = 1;
                return i + 3;
            }
            /* "On Saturday, police raided ... The previous night, gunmen
             * attacked ...": the night before the last date told, not the
             * night before the report ("last night") */
            if (dir == -1 && (ds_lx_is(t2, "night") || ds_lx_is(t2, "evening"))) {
                a->need = TX_REL_NARR;
                a->delta = -1;
                return i + 3;
            }
            /* "The week before, militias looted Mellit", "the month before":
             * a unit before the last date told (not "the week before the
             * vote", another time) */
            if ((ds_lx_is(t1, "week") || ds_lx_is(t1, "month") || ds_lx_is(t1, "year")) &&
                ds_lx_is(t2, "before") && (i + 3 >= n || L[i + 3].kind == DS_LX_PUNCT)) {
                char wu = unit_of(t1);
                a->need = TX_REL_NARR;
                a->unit = wu == 'w' ? 'd' : wu;
                a->delta = (int16_t)(wu == 'w' ? -7 : -1);
                a->prec = wu == 'm' ? 2 : wu == 'y' ? 1 : 3;
                if (wu == 'w') *mod = DS_MOD_APPROX;
                return i + 3;
            }
            /* "the night before": the same, the unit first */
            if ((ds_lx_is(t1, "night") || ds_lx_is(t1, "evening")) && ds_lx_is(t2, "before") &&
                (i + 3 >= n || L[i + 3].kind == DS_LX_PUNCT)) {
                a->need = TX_REL_NARR;
                a->delta = -1;
                return i + 3;
            }
            /* "The day before yesterday, a bomb exploded": two days before
             * the report, not the day before the last date told */
            if (ds_lx_is(t1, "day") && ds_lx_is(t2, "before") && i + 3 < n &&
                ds_lx_is(&L[i + 3], "yesterday")) {
                a->delta = -2;
                return i + 4;
            }
            /* "the night before last": the night that ended the day before
             * the report, dated by its evening, two days back */
            if (ds_lx_is(t1, "night") && ds_lx_is(t2, "before") && i + 3 < n &&
                ds_lx_is(&L[i + 3], "last")) {
                a->delta = -2;
                return i + 4;
            }
            if (ds_lx_is(t1, "day") && (ds_lx_is(t2, "before") || ds_lx_is(t2, "after"))) {
                a->need = TX_REL_NARR;
                a->delta = ds_lx_is(t2, "before") ? -1 : 1;
                return i + 3;
            }
            /* ("the same night", "the same evening": that day's) */
            if (ds_lx_is(t1, "same") &&
                (ds_lx_is(t2, "day") || ds_lx_is(t2, "night") || ds_lx_is(t2, "evening") ||
                 ds_lx_is(t2, "morning") || ds_lx_is(t2, "afternoon"))) {
                a->need = TX_REL_NARR;
                return i + 3;
            }
            /* "On the eve of the incident, a bomb damaged a house": the day
             * before the event told (not "the eve of the election", a time
             * of its own) */
            if (ds_lx_is(t1, "eve") && ds_lx_is(t2, "of") && i + 4 < n &&
                (ds_lx_is(&L[i + 3], "the") || ds_lx_is(&L[i + 3], "this")) &&
                word_in(&L[i + 4], told_nouns)) {
                a->need = TX_REL_NARR;
                a->delta = -1;
                noun_stem(a->stem, &L[i + 4]);
                return i + 5;
            }
        }
        /* "Police arrested five men on 2 May. That same night, a bomb
         * exploded", "That night, ...": the day of the last date told; a
         * bare "that night" only opening its sentence or after "on" ("that
         * day" inside one is often another's: "the army said that day
         * labourers ...") */
        if (t->len == 4 && ds_lx_is(t, "that") && t1) {
            bool same = ds_lx_is(t1, "same");
            const ds_lx *u = same ? t2 : t1;
            bool opens = t->cap || (i > 0 && ds_lx_is(&L[i - 1], "on"));
            if (u && (same || opens) &&
                (ds_lx_is(u, "day") || ds_lx_is(u, "night") || ds_lx_is(u, "evening") ||
                 ds_lx_is(u, "morning") || ds_lx_is(u, "afternoon"))) {
                a->need = TX_REL_NARR;
                return same ? i + 3 : i + 2;
            }
        }
        if (ds_lx_is(t, "later") && t1 && ds_lx_is(t1, "that") && t2 &&
            (ds_lx_is(t2, "day") || ds_lx_is(t2, "night") || ds_lx_is(t2, "evening"))) {
            a->need = TX_REL_NARR;
            *mod = DS_MOD_AFTER;
            return i + 3;
        }
        /* "Later that week, the army struck back": the week of the last
         * date told, approximately; "later that month": its month; "Later
         * that year", "Earlier that month" opening a sentence: its year, its
         * month (inside one, "a raid earlier that week" is background) */
        if ((ds_lx_is(t, "later") || (ds_lx_is(t, "earlier") && t->cap)) && t1 &&
            ds_lx_is(t1, "that") && t2 &&
            (ds_lx_is(t2, "week") || ds_lx_is(t2, "month") || (ds_lx_is(t2, "year") && t->cap))) {
            a->need = TX_REL_NARR;
            if (ds_lx_is(t2, "month") || ds_lx_is(t2, "year")) {
                bool month = ds_lx_is(t2, "month");
                a->unit = month ? 'm' : 'y';
                a->prec = month ? 2 : 1;
            } else {
                /* (approximate, as "earlier this week": the events stage
                 * gives it the span of that week; "after" would make it more
                 * of the last event, as "later that day" is) */
                a->unit = '0';
                *mod = DS_MOD_APPROX;
            }
            return i + 3;
        }
        /* "Earlier that day, gunmen had ambushed a patrol": the day of the
         * last date told, as "the same day" (opening a sentence, as above) */
        if (ds_lx_is(t, "earlier") && t->cap && t1 && ds_lx_is(t1, "that") && t2 &&
            (ds_lx_is(t2, "day") || ds_lx_is(t2, "morning"))) {
            a->need = TX_REL_NARR;
            return i + 3;
        }
        if ((ds_lx_is(t, "shortly") || ds_lx_is(t, "soon")) && t1 &&
            (ds_lx_is(t1, "afterward") || ds_lx_is(t1, "afterwards") ||
             ds_lx_is(t1, "thereafter") || ds_lx_is(t1, "after"))) {
            a->need = TX_REL_NARR;
            a->unit = '0';
            a->prec = 0; /* keep the anchor's precision */
            *mod = DS_MOD_AFTER;
            return i + 2;
        }
        /* "Earlier in the week, police arrested ...": as "earlier this
         * week" (the report's week, approximately) or "... this month" */
        if (ds_lx_is(t, "in") && t1 && t2 && ds_lx_is(t1, "the") && i > 0 &&
            (ds_lx_is(&L[i - 1], "earlier") || ds_lx_is(&L[i - 1], "later")) &&
            (ds_lx_is(t2, "week") || ds_lx_is(t2, "month"))) {
            if (ds_lx_is(t2, "week")) {
                *mod = DS_MOD_APPROX;
            } else {
                a->unit = 'm';
                a->prec = 2;
            }
            *first = i - 1;
            return i + 3;
        }
        /* in recent months / weeks / years, in the past few months */
        if (ds_lx_is(t, "in") && t1 && t2 && ds_lx_is(t1, "recent") && unit_of(t2) &&
            t2->low[t2->len - 1] == 's') {
            *mod = DS_MOD_BEFORE;
            a->unit = '0';
            a->prec = unit_of(t2) == 'y' || unit_of(t2) == 'D' ? 1 : 2;
            return i + 3;
        }
    }
    /* N units ago / later / earlier; otherwise a duration */
    int cnt = small_count(t);
    bool several = cnt < 0 && ds_lx_is(t, "several");
    if (several) cnt = 3;
    /* "Forty-eight hours later": the tens before a hyphen count too (it was
     * "eight hours later") */
    static const char *const tens[] = {"twenty",  "thirty", "forty",  "fifty", "sixty",
                                       "seventy", "eighty", "ninety", NULL};
    uint32_t tens_at = DS_NONE;
    if (cnt > 0 && cnt < 10 && t->kind == DS_LX_WORD && i >= 2 && !t->space &&
        is_punct(&L[i - 1], '-') && !L[i - 1].space && word_in(&L[i - 2], tens)) {
        for (int k = 0; tens[k]; k++)
            if (strcmp(L[i - 2].low, tens[k]) == 0) cnt += 20 + 10 * k;
        tens_at = i - 2;
    }
    if (cnt > 0 && t1 && t1->space) {
        uint32_t k = i + 1;
        char u = unit_of(&L[k]);
        if (!u && k + 1 < n &&
            (ds_lx_is(&L[k], "more") || ds_lx_is(&L[k], "full") || ds_lx_is(&L[k], "consecutive") ||
             ds_lx_is(&L[k], "straight") || ds_lx_is(&L[k], "successive") ||
             ds_lx_is(&L[k], "long"))) {
            k++;
            u = unit_of(&L[k]);
        }
        if (!u || u == 'D') return i;
        if (t->kind == DS_LX_NUM &&
            (attached_after(sc, i + 1) || (i > 0 && !t->space && L[i - 1].kind != DS_LX_PUNCT)))
            return i;
        /* "At 0300 hours on 5 May", "at 2230 hrs": a clock time as armies
         * and police write it (four digits, HHMM), no span of 300 hours */
        if (u == 'h' && t->kind == DS_LX_NUM && t->plain && t->ndig == 4 && cnt < 2400 &&
            cnt % 100 < 60)
            return i;
        /* a singular unit after a plural count is not this pattern ("two day") */
        const ds_lx *nx = k + 1 < n ? &L[k + 1] : NULL;
        if (several) *mod = DS_MOD_APPROX;
        /* hours count in whole days: "24 hours later" is the next day */
        int16_t d = (int16_t)(u == 'w' ? 7 * cnt : u == 'f' ? 14 * cnt : u == 'h' ? cnt / 24 : cnt);
        if (tens_at != DS_NONE) *first = tens_at;
        char uu = u == 'w' || u == 'f' || u == 'h' ? 'd' : u;
        uint8_t pr = (uint8_t)(u == 'm' ? 2 : u == 'y' ? 1 : 3);
        if (nx && ds_lx_is(nx, "ago")) {
            a->unit = uu;
            a->delta = (int16_t)-d;
            a->prec = pr;
            return k + 2;
        }
        /* "Three days after the attack, police arrested ...": the event just
         * told anchors it, as "three days later"; not "two days after the
         * elections" (another time), nor "a week before the attack, his
         * name was published" (background, rarely an event of its own) */
        bool told_event = nx && ds_lx_is(nx, "after") && k + 3 < n &&
                          (ds_lx_is(&L[k + 2], "the") || ds_lx_is(&L[k + 2], "this")) &&
                          word_in(&L[k + 3], told_nouns);
        if (nx && (word_in(nx, after_words) || word_in(nx, before_words)) &&
            !(k + 2 < n && (L[k + 2].kind == DS_LX_WORD || L[k + 2].kind == DS_LX_NUM) &&
              (ds_lx_is(nx, "after") || ds_lx_is(nx, "before")) && !ds_lx_is(&L[k + 2], "that") &&
              !told_event)) {
            a->need = TX_REL_NARR;
            a->unit = uu;
            a->delta = word_in(nx, after_words) ? d : (int16_t)-d;
            a->prec = pr;
            if (told_event) noun_stem(a->stem, &L[k + 3]);
            return k + 2;
        }
        if (t->kind == DS_LX_WORD && (ds_lx_is(t, "a") || ds_lx_is(t, "an"))) return i;
        *kind = DS_TIMEX_DURATION;
        a->need = TX_NOVALUE;
        return k + 1;
    }
    return i;
}

/* ---- per sentence ----------------------------------------------------- */

/* Whether the grammar is worth trying at t: numbers, the trigger words, and
 * capitalised month and weekday names or counts ("Several days later");
 * nothing else can start what find_expr or find_relative accept (a
 * capitalised word reaches them only through month_of, weekday_word or
 * these keyword classes), so other words are skipped for speed. */
static bool may_start(const ds_lx *t, bool relaxed)
{
    if (t->kind == DS_LX_NUM) return true;
    if (t->kind != DS_LX_WORD) return false;
    return relaxed || (t->kw & DS_KW_START);
}

/* Whether L[i] (a number) may be the number a point of parse_point rests
 * on: a plain year or decade (4 digits: year_num, ISO 2022-04-18), or the
 * first part of a numeric date (at most 2 digits, '/' or '.' after it). A
 * day before a month needs the month (DS_KW_CAL), a count in find_relative
 * its unit (DS_KW_ANCHOR); a number that is not plain is none of these
 * (year_num, day_num, small_count and the numeric dates all want plain). */
static bool date_number(const ds_lx *L, uint32_t n, uint32_t i)
{
    const ds_lx *t = &L[i];
    if (!t->plain) return false;
    if (t->ndig == 4) return true;
    return t->ndig <= 2 && i + 1 < n && L[i + 1].kind == DS_LX_PUNCT &&
           (L[i + 1].ch == '/' || L[i + 1].ch == '.');
}

static ds_status scan_sentence(tx_state *st, const tx_scan *sc, uint32_t limit, uint32_t *stop)
{
    const ds_lx *L = sc->L;
    uint32_t i = 0;
    ds_status s;
    /* Every expression find_expr or find_relative accepts at i holds, at i
     * or after it, a DS_KW_CAL or DS_KW_ANCHOR word or a date_number:
     * parse_point needs a month name (month_of: DS_KW_CAL), a year or the
     * first number of a numeric date (date_number; its other numbers are
     * days before a month), a weekday is DS_KW_CAL, and find_relative's
     * units (unit_of), deictic words and parts of the day are DS_KW_ANCHOR
     * words (its counts need a unit). So past the last such lexeme (of the
     * window, lookahead included) both fail at every i, and the scan, which
     * would only step to limit, stops there: the counts after a sentence's
     * date ("... killing 5 people") no longer make it try every "the", "a"
     * and "in" before them. */
    uint32_t last = sc->n, full_limit = limit;
    for (;;) { /* one byte a lexeme: tag holds a word's DS_KW_CAL and DS_KW_ANCHOR */
        while (last > 0 && !(L[last - 1].tag & (DS_TAG_NUM | DS_KW_CAL | DS_KW_ANCHOR))) last--;
        if (last == 0 || !(L[last - 1].tag & DS_TAG_NUM) || sc->relaxed ||
            date_number(L, sc->n, last - 1))
            break;
        last--; /* a number no date rests on */
    }
    if (last < limit) limit = last;
    while (i < limit) {
        tx_found f;
        /* most lexemes: one test each */
        if (!sc->relaxed)
            while (i < limit && !(L[i].tag & (DS_TAG_NUM | DS_KW_START))) i++;
        if (i >= limit) break;
        if (!may_start(&L[i], sc->relaxed)) {
            i++;
            continue;
        }
        /* ("May Day": the feast, find_relative's) */
        bool may_day = L[i].len == 3 && L[i].cap && i + 1 < sc->n && L[i + 1].cap &&
                       ds_lx_is(&L[i + 1], "day") && ds_lx_is(&L[i], "may");
        if (!may_day && find_expr(sc, i, &f)) {
            tx_aux a = {0};
            a.need = f.value.year ? TX_EXPLICIT : TX_NEED_YEAR;
            if (f.coord) {
                if ((s = emit(st, sc, f.first, f.next, f.kind, f.mod, f.value, f.end, f.open_end,
                              a)) != DS_OK)
                    return s;
                tx_aux a2 = {0};
                a2.need = f.second.d.year ? TX_EXPLICIT : TX_NEED_YEAR;
                if ((s = emit(st, sc, f.second.first, f.second.next, DS_TIMEX_DATE, f.second.mod,
                              f.second.d, (ds_date){0, 0, 0}, false, a2)) != DS_OK)
                    return s;
                i = f.second.next;
                continue;
            }
            if (f.kind == DS_TIMEX_SPAN && !f.end.year && !f.open_end) a.need = TX_NEED_YEAR;
            if ((s = emit(st, sc, f.first, f.next, f.kind, f.mod, f.value, f.end, f.open_end, a)) !=
                DS_OK)
                return s;
            i = f.next;
            continue;
        }
        if (L[i].kind == DS_LX_WORD || L[i].kind == DS_LX_NUM) {
            ds_timex_kind kind;
            ds_timex_mod mod;
            tx_aux a;
            uint32_t first;
            uint32_t next = find_relative(sc, i, &kind, &mod, &a, &first);
            if (next > i) {
                ds_date z = {0, 0, 0};
                if ((s = emit(st, sc, first, next, kind, mod, z, z, false, a)) != DS_OK) return s;
                i = next;
                continue;
            }
        }
        i++;
    }
    /* where the whole scan would have ended: it steps on to its limit */
    if (i < full_limit) i = full_limit;
    *stop = i;
    return DS_OK;
}

enum { TX_WINDOW = 256, TX_LOOKAHEAD = 24 };

/* Lexes a sentence window by window (long sentences), scanning each. */
static ds_status scan_text(tx_state *st, ds_lx *L, uint32_t start, uint32_t end, bool relaxed)
{
    uint32_t pos = start;
    /* The usual sentence fits one window: lexed once, kept for quantity.c,
     * and perhaps only its head (ds_sentence_head_lexemes), which the scan
     * reads as it would read the whole sentence. Contract: past the last key
     * lexeme p the scan starts nothing (scan_sentence), and no test made from
     * a start at or before p reads past p + 4 but to learn that a lexeme is
     * no key (which an absent one is not either): parse_point succeeds only
     * with a key among its lexemes (a number, a month through month_of), so
     * after p it fails whatever it reads; it reads at most 2 past its last
     * key (the '.' and ',' or "of" after a month, the "'" and "s" after a
     * decade's year, st/nd/rd/th and ',' after a day), and its next is at
     * most 3 past it ("1990's"). find_expr reads the lexeme at a point's
     * next (a span's dash, "to", "until"..., "and" or ',' before a second
     * point, what bare_ok and attached_after test) and after a dash, "to" or
     * "since ... until" the one after it ("present"): p + 4; "between 1990's,
     * and" reads "and" at p + 4, and what follows must be a point, a key.
     * find_relative reads 2 past a unit (DS_KW_ANCHOR: "ago", "after" and
     * the word after it; "the week before ." and "the day before
     * yesterday" too), 3 for the noun of "days after the attack", and 1
     * past "overnight", "shortly", "soon" and the "day" of "the day
     * before"; its other tests need a key (unit_of,
     * weekday_word, small_count but for "a"/"an", which then needs a unit).
     * The head holds DS_LX_TAIL = 4 lexemes past p (or more). */
    uint32_t whole = 0;
    bool partial = false;
    const ds_lx *W =
        ds_sentence_head_lexemes(st->doc, st->sentence, L, TX_WINDOW, &whole, &partial);
    if (W) {
        if (!whole) return DS_OK;
        tx_scan sc = {W, whole, relaxed, st->doc->text};
        uint32_t stop = 0;
        return scan_sentence(st, &sc, whole, &stop);
    }
    while (pos < end) {
        uint32_t n = ds_lex(L, TX_WINDOW, st->doc->text, pos, end);
        if (!n) break;
        tx_scan sc = {L, n, relaxed, st->doc->text};
        bool full = n == TX_WINDOW && L[n - 1].end < end;
        uint32_t limit = full ? n - TX_LOOKAHEAD : n, stop = 0;
        ds_status s = scan_sentence(st, &sc, limit, &stop);
        if (s != DS_OK) return s;
        if (!full) break;
        pos = stop < n ? L[stop].start : L[n - 1].end;
    }
    return DS_OK;
}

/* ---- document date ---------------------------------------------------- */

enum { TX_BLOCK_LX = 48 }; /* detect_doc_date reads at most a block's first 48 lexemes */

/* A block's first lexemes for detect_doc_date, lexed as far as a rule needs
 * them: a long block (most of them) is judged on at most the 11 lexemes up
 * to its date and 8 after it, so lexing all 48 was mostly waste. When the
 * block opens with a sentence the timex stage lexed, its cached lexemes
 * serve as they are, up to the last whose lexing cannot have been cut by
 * the sentence's end (4 bytes of lookahead: a ',' in "3,000", a UTF-8
 * letter). Lexemes lexed on resumption lack the space flag, which no rule
 * reads. */
typedef struct tx_blex {
    const ds_lx *v; /* v[0, n): the cached lexemes or buf */
    uint32_t n;
    uint32_t pos, end; /* lexing resumes at pos, stops at the block's end */
    bool all;          /* v holds every lexeme of the block, or TX_BLOCK_LX */
    ds_lx buf[TX_BLOCK_LX];
} tx_blex;

/* Starts bx on block bl, whose first lexeme begins at first. */
static void blex_start(tx_blex *bx, const ds_doc *doc, const ds_block *bl, uint32_t first)
{
    bx->v = bx->buf;
    bx->n = 0;
    bx->pos = bl->span.start;
    bx->end = bl->span.end;
    bx->all = false;
    if (!bl->nsentences || !doc->sent_lex || doc->sent_lex_n != doc->sentences.n ||
        bl->first_sentence >= doc->sentences.n)
        return;
    const ds_sent_lex *c = &doc->sent_lex[bl->first_sentence];
    uint32_t se_end = doc->sentences.v[bl->first_sentence].span.end;
    if (!c->lexed || !c->v || !c->n || c->v[0].start != first || se_end > bl->span.end) return;
    /* ends grow: only the last lexemes can be too near the sentence's end */
    uint32_t m = c->n < TX_BLOCK_LX ? c->n : TX_BLOCK_LX;
    while (m > 0 && c->v[m - 1].end + 4 >= se_end) m--;
    if (!m) return;
    bx->v = c->v;
    bx->n = m;
    bx->pos = c->v[m - 1].end;
}

/* Makes the first k lexemes (at most TX_BLOCK_LX) available, or all there
 * are. */
static void blex_need(tx_blex *bx, const char *text, uint32_t k)
{
    if (k > TX_BLOCK_LX) k = TX_BLOCK_LX;
    if (bx->n >= TX_BLOCK_LX) { /* a cached prefix as long as a whole lexing: that is all */
        bx->n = TX_BLOCK_LX;
        bx->all = true;
    }
    if (bx->all || bx->n >= k) return;
    if (bx->v != bx->buf) {
        memcpy(bx->buf, bx->v, (size_t)bx->n * sizeof *bx->buf);
        bx->v = bx->buf;
    }
    uint32_t want = k - bx->n, got = ds_lex(bx->buf + bx->n, want, text, bx->pos, bx->end);
    bx->n += got;
    if (got) bx->pos = bx->buf[bx->n - 1].end;
    if (got < want || bx->n == TX_BLOCK_LX) bx->all = true;
}

/* The lexeme after the compound word that starts at L[k]: words joined by
 * a hyphen or an apostrophe with no space ("Port-au-Prince", "N'DJAMENA",
 * "Bobo-Dioulasso" are one place name in a dateline). */
static uint32_t compound_end(const ds_lx *L, uint32_t n, uint32_t k)
{
    while (k + 2 < n && L[k + 1].start == L[k].end &&
           (is_punct(&L[k + 1], '-') || is_punct(&L[k + 1], '\'')) && L[k + 2].kind == DS_LX_WORD &&
           L[k + 2].start == L[k + 1].end)
        k += 2;
    return k + 1;
}

/* A dateline or a date line near the top: "KABUL, Afghanistan (Jan. 25,
 * 2013)", "MOGADISHU, Somalia — March 3, 2024 —", a block that is only a
 * date ("Published: 3 March 2024"), or a leading "01/03/2021:" (GTD). Only
 * explicit day-precision dates in the first blocks count; a wire's
 * dateline without its year ("BOGOTA, Sept 17 (Reuters) -") gives the index
 * of its timex in *yearless (the document date once the year is known,
 * wire_year). *log is set when blocks open with such datelines, a log of
 * dated entries ("Thailand, 4 Nov: ...", "Indonesia, 6 Nov: ..."). */
/* Is timex t, in block bl, right after a publishing word ("published 9
 * September 2024", "(updated 3 May 2024)")? Read on the bytes, backwards
 * from the date: no lexing. */
static bool issued_before(const ds_doc *doc, const ds_block *bl, const ds_timex *t)
{
    static const char *const issued[] = {"issued",   "published", "posted",   "updated",
                                         "released", "dated",     "compiled", NULL};
    const char *x = doc->text;
    uint32_t e = t->span.start;
    while (e > bl->span.start && x[e - 1] == ' ') e--;
    /* (each of them ends in "ed": most dates are passed over here) */
    if (e < bl->span.start + 5 || x[e - 1] != 'd' || x[e - 2] != 'e') return false;
    uint32_t b = e;
    while (b > bl->span.start && e - b < 10 && ascii_letter((unsigned char)x[b - 1])) b--;
    if (e - b < 5 || (b > bl->span.start && ascii_letter((unsigned char)x[b - 1]))) return false;
    for (size_t k = 0; issued[k]; k++)
        if (strlen(issued[k]) == e - b && strncasecmp(x + b, issued[k], e - b) == 0) return true;
    return false;
}

static void detect_doc_date(ds_doc *doc, const tx_aux *aux, ds_date *week_end, uint32_t *yearless,
                            bool *log)
{
    static const char *const lead[] = {
        "published", "posted",    "updated",  "date",     "dated",     "released",  "on",
        "issued",    "last",      "modified", "monday",   "tuesday",   "wednesday", "thursday",
        "friday",    "saturday",  "sunday",   "for",      "immediate", "release",   "press",
        "news",      "statement", "media",    "advisory", "briefing",  NULL};
    uint32_t blocks_seen = 0, last_block = DS_NONE, lexed = DS_NONE;
    bool log_entries = false;
    tx_blex bx;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        uint32_t b = doc->sentences.v[t->sentence].block;
        if (b != last_block) {
            blocks_seen++;
            last_block = b;
        }
        if (blocks_seen > 8 || t->span.start > 3000) break;
        const ds_block *bl = &doc->blocks.v[b];
        /* a weekly report's title span, "Myanmar: conflict update, 20-26 May
         * 2024": the week its weekdays fall in (not the report's date, which
         * would date "this week" and the like) */
        /* (or a short header line under the title: "Weekly Situation
         * Report | 4 – 10 March 2024", "Reporting period: 4-10 March 2024") */
        if (t->kind == DS_TIMEX_SPAN && !t->open_end && precision(t->end) == 3 &&
            aux[i].need == TX_EXPLICIT && !week_end->year &&
            ((blocks_seen == 1 && bl->kind == DS_BLOCK_TITLE) ||
             (blocks_seen <= 3 && !bl->infobox && bl->span.end - bl->span.start < 80 &&
              doc->text[bl->span.end - 1] != '.' &&
              (bl->kind == DS_BLOCK_TITLE || bl->kind == DS_BLOCK_HEADING ||
               bl->kind == DS_BLOCK_PROSE)))) {
            int32_t days = ds_date_days(t->end) - ds_date_days(t->value);
            if (days >= 1 && days <= 7) *week_end = t->end;
        }
        /* the same week told by its first day, "Myanmar conflict notes, week
         * of 26 February 2024" (stated_spans makes it the span later): its
         * "28 February" is no date after the report's */
        if (t->kind == DS_TIMEX_DATE && precision(t->value) == 3 && aux[i].need == TX_EXPLICIT &&
            blocks_seen == 1 && bl->kind == DS_BLOCK_TITLE && !week_end->year &&
            t->span.start >= bl->span.start + 8 &&
            strncasecmp(doc->text + t->span.start - 8, "week of ", 8) == 0) {
            *week_end = ds_date_from_days(ds_date_days(t->value) + 6);
            continue;
        }
        bool no_year = aux[i].need == TX_NEED_YEAR && t->value.month && t->value.day;
        if ((aux[i].need != TX_EXPLICIT && !no_year) || t->kind != DS_TIMEX_DATE ||
            (precision(t->value) < 3 && !no_year) || t->mod != DS_MOD_NONE)
            continue;
        if (bl->infobox || (bl->kind != DS_BLOCK_PROSE && bl->kind != DS_BLOCK_BYLINE &&
                            bl->kind != DS_BLOCK_HEADING && bl->kind != DS_BLOCK_TITLE))
            continue;
        /* what the three forms below need, tested on bytes before the block
         * is lexed (most blocks are none of them): the date first in the first
         * block, a short block, or two capitals first */
        const unsigned char *bytes = (const unsigned char *)doc->text;
        uint32_t first = bl->span.start, w;
        while (first < bl->span.end && (w = space_at(bytes, first, bl->span.end)) != 0) first += w;
        bool may_lead = first == t->span.start && blocks_seen == 1;
        bool may_line = bl->span.end - bl->span.start < 80;
        /* (a dateline may stand in parentheses: "(Nairobi, 25 April 2024) -") */
        uint32_t fp = first + (first < bl->span.end && bytes[first] == '(');
        bool may_dateline =
            fp + 1 < bl->span.end && bytes[fp] >= 'A' && bytes[fp] <= 'Z' &&
            ((bytes[fp + 1] >= 'A' && bytes[fp + 1] <= 'Z') || t->span.start < fp + 40);
        /* (a long title or header line whose date a publishing word
         * opens: "Weekly roundup: Egypt, the Red Sea, Turkey and Europe
         * (published 9 September 2024)") */
        bool may_issued = blocks_seen <= 3 && !no_year && issued_before(doc, bl, t) &&
                          doc->text[bl->span.end - 1] != '.';
        if (!may_lead && !may_line && !may_dateline && !may_issued) continue;
        /* In a long block only two rules below may apply: the GTD line
         * (at == 0: the date is the block's first lexeme, which starts at
         * first: may_lead) and the dateline, whose first lexeme L[0] (at
         * first) is a word of 3 bytes or more, an ASCII capital first, its
         * next two bytes letters, ASCII or wider ("Ménaka", "Lomé"). "On 23
         * February 2022, ..." has neither: the block is not lexed for rules
         * that cannot hold. */
        if (!may_line && !may_lead && !may_issued &&
            !(fp + 3 <= bl->span.end && ascii_letter(bytes[fp]) &&
              (((ascii_letter(bytes[fp + 1]) || bytes[fp + 1] >= 0x80) &&
                (ascii_letter(bytes[fp + 2]) || bytes[fp + 2] >= 0x80)) ||
               bytes[fp + 1] == '\'' || bytes[fp + 1] == '-')))
            continue;
        if (lexed != b) { /* one lexing per block, whatever its dates */
            blex_start(&bx, doc, bl, first);
            lexed = b;
        }
        /* a short block: every rule may apply, all its lexemes; a long one:
         * only the GTD line (the date first) and the dateline (the date
         * within the first 13 lexemes), which read up to 8 past the date */
        bool is_short = bl->span.end - bl->span.start < 80;
        blex_need(&bx, doc->text, is_short ? TX_BLOCK_LX : 13);
        uint32_t at = 0, after = 0;
        while (at < bx.n && bx.v[at].start < t->span.start) at++;
        if (at >= bx.n || bx.v[at].start != t->span.start) continue;
        for (;;) {
            while (after < bx.n && bx.v[after].start < t->span.end) after++;
            if (after < bx.n || bx.all) break;
            blex_need(&bx, doc->text, bx.n + 8);
        }
        blex_need(&bx, doc->text, after + 8);
        const ds_lx *L = bx.v;
        uint32_t n = bx.n;
        /* (a date without its year is only a wire's dateline's) */
        bool ok = false;
        /* GTD/press line: the date first in the document's first block, then ':' */
        if (!no_year && at == 0 && blocks_seen == 1 && after < n && is_punct(&L[after], ':'))
            ok = true;
        /* a date line: only lead words and punctuation around the date */
        if (!ok && !no_year && (after >= n || L[after].kind == DS_LX_PUNCT) && n <= after + 1 &&
            bl->span.end - bl->span.start < 80) {
            ok = true;
            for (uint32_t k = 0; k < at && ok; k++)
                if (L[k].kind == DS_LX_NUM || (L[k].kind == DS_LX_WORD && !word_in(&L[k], lead)))
                    ok = false;
        }
        /* a header line near the top: "By Staff | March 25, 2024", "Posted
         * on March 25, 2024 by admin", "Mogadishu - 25 March 2024": short,
         * no sentence, few words besides the date */
        /* (a time's "a.m." closing it is no sentence's full stop: "March
         * 21, 2024 at 10:02 a.m.") */
        uint32_t be = bl->span.end;
        bool clock = be - bl->span.start > 6 &&
                     (strncasecmp(doc->text + be - 4, "a.m.", 4) == 0 ||
                      strncasecmp(doc->text + be - 4, "p.m.", 4) == 0) &&
                     doc->text[be - 5] == ' ';
        if (!ok && !no_year && blocks_seen <= 3 && bl->span.end - bl->span.start < 80 &&
            (doc->text[bl->span.end - 1] != '.' || clock)) {
            /* (a single letter is no word: an initial, "a.m.") */
            uint32_t words = 0;
            for (uint32_t k = 0; k < n; k++)
                if ((k < at || k >= after) && L[k].kind == DS_LX_WORD && L[k].len > 1) words++;
            /* (a line opened by a publishing word: "Issued on 12 March
             * 2024 by the Ministry of Defence", "Published 3 May 2024 by
             * Staff") */
            static const char *const issued[] = {"issued",   "published", "posted", "updated",
                                                 "released", "dated",     NULL};
            bool issued_line = n > 0 && word_in(&L[0], issued);
            /* a report's title: "Sudan: Flash Update No. 7 - El Fasher (15
             * May 2024)", "Somalia Security Brief - August 2024"; or a
             * masthead line under the title that the date closes after a
             * comma, a dash or a bar: "Horn Security Monitor, Weekly Brief
             * No. 41, 12 October 2024" */
            bool masthead = after >= n && at > 0 &&
                            (is_punct(&L[at - 1], ',') || is_punct(&L[at - 1], '-') ||
                             is_punct(&L[at - 1], '|'));
            ok = words <= (bl->kind == DS_BLOCK_TITLE || masthead || issued_line ? 10u : 5u);
        }
        if (!ok && may_issued) ok = true;
        /* a dateline: an upper-case place first, the date closed by ')' or a
         * dash; the whole in parentheses, then a dash: "(Nairobi, 25 April
         * 2024) - Soldiers ..." (o: the opening parenthesis) */
        /* (its first word may be a compound: "N'DJAMENA, Chad, 17 October
         * 2024 -", "Port-au-Prince, 9 December 2024 -") */
        uint32_t o = n > 1 && is_punct(&L[0], '(') ? 1 : 0;
        /* (French: "le" between the comma and the date, "Niamey, le 12
         * mars 2024 -"; da: where the date's words begin) */
        /* (or a French weekday before the date, with or without "le":
         * "Niamey, le mardi 12 mars 2024 -", "Bangui, jeudi 4 avril 2024 -") */
        /* (and Spanish ones, "Bogotá, lunes 4 de marzo de 2024 -"; a
         * Portuguese weekday with its comma, "Maputo, sexta-feira, 5 de
         * abril de 2024 -": "feira" closes it) */
        static const char *const jours[] = {
            "lundi",    "mardi",  "mercredi", "jeudi",     "vendredi",  "samedi",
            "dimanche", "lunes",  "martes",   "miércoles", "miercoles", "jueves",
            "viernes",  "sábado", "sabado",   "domingo",   "feira",     NULL};
        uint32_t da = at;
        if (da >= 3 && is_punct(&L[da - 1], ',') && ds_lx_is(&L[da - 2], "feira")) da--;
        if (da >= 2 && word_in(&L[da - 1], jours) && !is_punct(&L[da - 2], '(')) da--;
        /* ("segunda-feira": the day's compound before "feira") */
        if (ds_lx_is(&L[da], "feira") && da >= 3 && is_punct(&L[da - 1], '-')) da -= 2;
        /* ("ce" as "le": "Bamako, ce 4 avril 2024 -") */
        if (da >= 2 && (ds_lx_is(&L[da - 1], "le") || ds_lx_is(&L[da - 1], "ce")) &&
            is_punct(&L[da - 2], ','))
            da--;
        uint32_t head = da > o && L[o].kind == DS_LX_WORD ? compound_end(L, da, o) : 0;
        /* (up to 12 lexemes before the date: "PORT-AU-PRINCE, Haiti (AP)
         * — Oct. 7, 2024 —", a compound counted by its parts) */
        if (!ok && at <= 12 + o && head && L[head - 1].end - L[o].start >= 3 &&
            (L[o].end - L[o].start >= 3 || head > o + 1)) {
            bool upper = true;
            for (uint32_t c = L[o].start; c < L[head - 1].end; c++) {
                char ch = doc->text[c];
                if (ch >= 'a' && ch <= 'z') upper = false;
            }
            /* closed by ')', a dash, ':' or the end of a line of its own
             * ("NIAMEY, 12 March 2025" above a press release) */
            /* (or a wire's slash: "KAMPALA, Uganda, March 12, 2024
             * /PRNewswire/ --") */
            /* (or a full stop ending a line of its own: "Bangui, le 3
             * septembre 2024." above a communique) */
            /* (or a bar: "Quetta, Pakistan | 18 September 2024 |") */
            /* (or a full stop glued to a dash or a slash: "Lima, 9 de
             * enero de 2024.-", "MOSCOW, May 3, 2024. /TASS/.") */
            bool closed =
                after >= n || is_punct(&L[after], ')') || is_punct(&L[after], '-') ||
                is_punct(&L[after], ':') || is_punct(&L[after], '/') || is_punct(&L[after], '|') ||
                (is_punct(&L[after], '.') && after + 1 == n && bx.all && is_short) ||
                (is_punct(&L[after], '.') && after + 1 < n &&
                 (is_punct(&L[after + 1], '-') || is_punct(&L[after + 1], '/'))) ||
                /* (or a full stop, then the release's first
                 * sentence in the same paragraph: "Chilpancingo,
                 * Guerrero, 2 June 2025. The State Attorney ...") */
                (is_punct(&L[after], '.') && after + 1 < n && !no_year &&
                 L[after + 1].kind == DS_LX_WORD && doc->text[L[after + 1].start] >= 'A' &&
                 doc->text[L[after + 1].start] <= 'Z');
            /* "MOGADISHU, March 14 (Reuters) -": a wire credit between (or
             * the Congolese agency's ".-": "Kinshasa, 3 juin 2024 (ACP).-") */
            for (uint32_t k = after + 1;
                 !closed && after < n && is_punct(&L[after], '(') && k < n && k <= after + 6; k++)
                if (is_punct(&L[k], ')')) {
                    /* (or a colon: "Imphal, Sep 16, 2024 (PTI):") */
                    closed = k + 1 < n &&
                             (is_punct(&L[k + 1], '-') || is_punct(&L[k + 1], ':') ||
                              (is_punct(&L[k + 1], '.') && k + 2 < n && is_punct(&L[k + 2], '-')));
                    break;
                }
            /* (or a slash, as Armenpress and Azertac write theirs:
             * "Yerevan/09.05.2024/Armenpress.") */
            bool opened = is_punct(&L[da - 1], '(') || is_punct(&L[da - 1], '-') ||
                          is_punct(&L[da - 1], ',') || is_punct(&L[da - 1], '|') ||
                          is_punct(&L[da - 1], ';') || is_punct(&L[da - 1], '/') ||
                          /* "N'DJAMENA (Reuters) 14 November 2024 -",
                           * "ISLAMABAD: March 3, 2024 -" */
                          (upper && (is_punct(&L[da - 1], ')') || is_punct(&L[da - 1], ':')));
            /* "Maiduguri, 3 April 2024 -": a place in title case, then
             * the date right after its comma(s), the block's first words */
            /* (or "Abuja, Nigeria - 5 May 2024:", "Juba, South Sudan | 12
             * August 2024 -", "Nairobi, Kenya; 12th March 2024 -": a dash, a
             * bar or a semicolon before the date; "Goma, North Kivu, DRC -",
             * "Ouagadougou (Burkina Faso), ...": up to three names) */
            /* (or the date in parentheses after such a mark: "Manila,
             * Philippines — (May 3, 2024) —"; td: where the title ends) */
            uint32_t td = da;
            if (td >= 3 && is_punct(&L[td - 1], '(') &&
                (is_punct(&L[td - 2], ',') || is_punct(&L[td - 2], '-')))
                td--;
            bool title = !upper && (is_punct(&L[td - 1], ',') || is_punct(&L[td - 1], '-') ||
                                    is_punct(&L[td - 1], '|') || is_punct(&L[td - 1], ';') ||
                                    is_punct(&L[td - 1], '/'));
            uint32_t units = 0; /* lexemes, a compound word counted once */
            for (uint32_t k = o; title && k + 1 < td; k++, units++) {
                title = L[k].kind == DS_LX_WORD
                            ? doc->text[L[k].start] >= 'A' && doc->text[L[k].start] <= 'Z'
                            : is_punct(&L[k], ',') || is_punct(&L[k], '.') ||
                                  (k > 0 && (is_punct(&L[k], '(') || is_punct(&L[k], ')')));
                if (L[k].kind == DS_LX_WORD) k = compound_end(L, td, k) - 1;
            }
            title = title && units + 1 <= 8;
            if ((upper || title) && closed && opened) ok = true;
        }
        if (ok && no_year) {
            /* a second one opening another block ("Thailand, 4 Nov: A bomb
             * ...", then "Indonesia, 6 Nov: ...") makes a log of dated
             * entries: no wire's dateline, the report's day none of them */
            if (*yearless == DS_NONE)
                *yearless = i;
            else if (doc->sentences.v[doc->timexes.v[*yearless].sentence].block != b)
                log_entries = true;
            continue;
        }
        if (ok) {
            doc->doc_date = t->value;
            ds_date_format(doc->date, doc->doc_date);
            return;
        }
    }
    if (log_entries) {
        *yearless = DS_NONE;
        *log = true;
    }
}

/* ---- anchoring -------------------------------------------------------- */

static ds_date add_units(ds_date base, char unit, int delta, int prec)
{
    ds_date r = base;
    if (unit == 'd') {
        if (precision(base) == 3) {
            r = ds_date_from_days(ds_date_days(base) + delta);
        } else if (precision(base) == 2 && (delta <= -28 || delta >= 28)) {
            int m = base.year * 12 + (base.month - 1) + delta / 30;
            r = (ds_date){(int16_t)(m / 12), (uint8_t)(m % 12 + 1), 0};
        }
    } else if (unit == 'm' && base.month) {
        int m = base.year * 12 + (base.month - 1) + delta;
        r = (ds_date){(int16_t)(m / 12), (uint8_t)(m % 12 + 1), 0};
    } else if (unit == 'y') {
        r.year = (int16_t)(base.year + delta);
    }
    if (prec == 1) r.month = 0, r.day = 0;
    if (prec == 2) r.day = 0;
    if (prec == 3 && precision(base) < 3) r.day = 0;
    return r;
}

/* The year that puts a month(-day) nearest to the anchor (a narrative moves
 * on from its last date, a news story looks back from its date). */
static int16_t nearest_year(ds_date md, ds_date anchor)
{
    if (!anchor.month) return anchor.year; /* a year frame: within it */
    int best = anchor.year;
    long bestgap = -1;
    for (int y = anchor.year - 1; y <= anchor.year + 1; y++) {
        ds_date c = {(int16_t)y, md.month, md.day ? md.day : 15};
        ds_date a = anchor;
        if (!a.month) a.month = 7;
        if (!a.day) a.day = 15;
        long gap = labs((long)ds_date_days(c) - (long)ds_date_days(a));
        if (bestgap < 0 || gap < bestgap) bestgap = gap, best = y;
    }
    return (int16_t)best;
}

/* The document's reference year: the most frequent year among explicit
 * month- or day-precision dates (ties: the later); 0 when none (bare years
 * are too often background or citations to count). One pass, a tally. */
static int16_t reference_year(const ds_doc *doc, const tx_aux *aux)
{
    enum { Y0 = 1000, NY = 1200 };
    uint32_t fine[NY] = {0};
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        int y = t->value.year;
        if (aux[i].need != TX_EXPLICIT || y < Y0 || y >= Y0 + NY || t->mod == DS_MOD_DECADE)
            continue;
        if (precision(t->value) >= 2) fine[y - Y0]++;
    }
    uint32_t best = 0;
    int year = 0;
    for (int k = 0; k < NY; k++)
        if (fine[k] && fine[k] >= best) best = fine[k], year = Y0 + k;
    return (int16_t)year;
}

/* "BANGKOK, Feb 7 (AP) - ... on Tuesday ... talks resumed on Jan 15,
 * 2025": a wire's dateline gives no year; the story looks back from it, so
 * its year is the one that puts it nearest the latest explicit date of the
 * document's reference year (2025-02-07), which then dates the report and
 * its weekdays, when that date is within four months of it. Nothing when
 * the text has no such date (--date, or a batch row's date, then anchors). */
static void wire_year(ds_doc *doc, const tx_aux *aux, uint32_t k)
{
    int16_t R = reference_year(doc, aux);
    if (!R) return;
    ds_date latest = {0, 0, 0};
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        if (aux[i].need == TX_EXPLICIT && t->value.year == R && precision(t->value) >= 2 &&
            t->mod != DS_MOD_DECADE && (!latest.year || date_cmp(t->value, latest) > 0))
            latest = t->value;
    }
    ds_date d = doc->timexes.v[k].value;
    d.year = nearest_year(d, latest);
    if (d.day > days_in_month(d.year, d.month)) return; /* 29 February */
    /* (only a recent date tells the report's year: "the Taliban took power
     * on Aug 15, 2021" in a story of "Feb 7" may be years before it) */
    ds_date l = latest;
    if (!l.day) l.day = 15;
    int32_t gap = ds_date_days(d) - ds_date_days(l);
    if (gap > 120 || gap < -120) return;
    doc->doc_date = d;
    ds_date_format(doc->date, doc->doc_date);
}

static void set_year(ds_timex *t, int16_t y)
{
    if (!t->value.year) t->value.year = y;
    if (t->kind == DS_TIMEX_SPAN && !t->open_end) borrow_year_fwd(&t->end, t->value);
    /* 29 February in a common year: keep the month only */
    if (t->value.day > days_in_month(t->value.year, t->value.month)) t->value.day = 0;
    if (t->end.day > days_in_month(t->end.year, t->end.month)) t->end.day = 0;
}

/* "Two days after the shelling": the date of the latest sentence before
 * timex i that tells the event (a word starting with stem: "shelled ...
 * on Sunday"), resolved already; other dates between (a drone strike
 * "yesterday") are no anchor. The dateline's date is the report's, no
 * event's. Zero when no such sentence has a day or month. */
static ds_date told_date(const ds_doc *doc, const tx_aux *aux, uint32_t i, const char *stem)
{
    size_t m = strlen(stem);
    for (uint32_t k = i; k-- > 0;) {
        const ds_timex *t = &doc->timexes.v[k];
        if (t->sentence == doc->timexes.v[i].sentence || t->kind == DS_TIMEX_DURATION ||
            !t->value.year || precision(t->value) < 2 || t->mod == DS_MOD_DECADE ||
            aux[k].need == TX_NOVALUE)
            continue;
        if (doc->doc_date.year && t->value.year == doc->doc_date.year &&
            t->value.month == doc->doc_date.month && t->value.day == doc->doc_date.day &&
            aux[k].need == TX_EXPLICIT)
            continue;
        const ds_sentence *se = &doc->sentences.v[t->sentence];
        const char *x = doc->text;
        for (uint32_t c = se->span.start; c + m <= se->span.end; c++) {
            if (c > se->span.start && ascii_letter((unsigned char)x[c - 1])) continue;
            size_t j = 0;
            while (j < m && (x[c + j] | 0x20) == stem[j]) j++;
            if (j == m) return t->value;
        }
    }
    return (ds_date){0, 0, 0};
}

/* Is t the time a source spoke ("Human Rights Watch said today", "police
 * said on Tuesday"): a speech verb right before it? Not the story's time: a
 * "Several hours later" after it counts from the date told before. */
static bool speech_time(const ds_doc *doc, const ds_timex *t)
{
    static const char *const said[] = {"said", "says", "announced", "told", "stated", "reported"};
    const char *x = doc->text;
    uint32_t e = t->span.start;
    while (e > 0 && x[e - 1] == ' ') e--;
    if (e >= 3 && !memcmp(x + e - 3, " on", 3)) e -= 3; /* "said on Tuesday" */
    for (size_t k = 0; k < sizeof said / sizeof *said; k++) {
        size_t n = strlen(said[k]);
        if (e >= n + 1 && !memcmp(x + e - n, said[k], n) && x[e - n - 1] == ' ') return true;
    }
    return false;
}

/* The date of a feast in year y: unit 'H' a fixed day (delta MMDD), 'E'
 * delta days from Easter Sunday (Gregorian, the anonymous computus). */
static ds_date feast(int16_t y, char unit, int16_t delta)
{
    if (unit == 'H') return (ds_date){y, (uint8_t)(delta / 100), (uint8_t)(delta % 100)};
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    ds_date easter = {y, (uint8_t)month, (uint8_t)day};
    return ds_date_from_days(ds_date_days(easter) + delta);
}

/* The first days of Ramadan, of Eid al-Fitr and of Eid al-Adha in the
 * years 2015 to 2026, as Saudi Arabia announced them (other countries
 * keep some a day later): month * 100 + day. Ramadan ends the day before
 * Eid al-Fitr. */
enum { ISLAMIC_FIRST_YEAR = 2015, ISLAMIC_YEARS = 12 };
static const int16_t islamic_days[ISLAMIC_YEARS][3] = {
    {618, 717, 924}, {606, 706, 912}, {527, 625, 901}, {517, 615, 821},
    {506, 604, 811}, {424, 524, 731}, {413, 513, 720}, {402, 502, 709},
    {323, 421, 628}, {311, 410, 616}, {301, 330, 606}, {218, 320, 527}};

/* The feast (ISLAMIC_*) of year y, or {0}: its first day, and for Ramadan
 * its last in *end. */
static ds_date islamic_day(int y, int feast, ds_date *end)
{
    if (y < ISLAMIC_FIRST_YEAR || y >= ISLAMIC_FIRST_YEAR + ISLAMIC_YEARS)
        return (ds_date){0, 0, 0};
    const int16_t *d = islamic_days[y - ISLAMIC_FIRST_YEAR];
    ds_date v = {(int16_t)y, (uint8_t)(d[feast] / 100), (uint8_t)(d[feast] % 100)};
    if (feast == ISLAMIC_RAMADAN) {
        ds_date fitr = {(int16_t)y, (uint8_t)(d[ISLAMIC_FITR] / 100),
                        (uint8_t)(d[ISLAMIC_FITR] % 100)};
        *end = ds_date_from_days(ds_date_days(fitr) - 1);
    }
    return v;
}

/* A feast's last date on or before the anchor A (its days from delta:
 * islamic_feast), in t; false past the table. */
static bool islamic_value(ds_timex *t, const tx_aux *a, ds_date A)
{
    int feast = (a->delta + 1) / 100; /* the offset is -1 to 2 */
    int off = a->delta - feast * 100;
    ds_date end = {0, 0, 0};
    ds_date v = islamic_day(A.year, feast, &end);
    if (v.year && date_cmp(ds_date_from_days(ds_date_days(v) + off), A) > 0)
        v = islamic_day(A.year - 1, feast, &end);
    if (!v.year) return false;
    t->value = ds_date_from_days(ds_date_days(v) + off);
    if (feast == ISLAMIC_RAMADAN) t->end = end;
    return true;
}

/* Is timex i an "overnight" after a day of the same sentence (timex i - 1,
 * a date of the text, no later than the anchor A)? */
static bool overnight_after_day(const ds_doc *doc, const tx_aux *aux, size_t i, ds_date A)
{
    const ds_timex *t = &doc->timexes.v[i];
    if (i == 0 || t->span.end - t->span.start != 9 ||
        strncasecmp(doc->text + t->span.start, "overnight", 9) != 0)
        return false;
    const ds_timex *pt = &doc->timexes.v[i - 1];
    return pt->sentence == t->sentence && aux[i - 1].need != TX_REL_DOC &&
           pt->kind == DS_TIMEX_DATE && precision(pt->value) == 3 && !pt->end.year &&
           date_cmp(pt->value, A) <= 0;
}

/* Does date t open its block as a dateline: "YALA, Thailand, June 24
 * (Bernama) - ...", "JAYAPURA, 26 June 2024 - ...", "Pattani: Monday 24
 * June - ..."? Capitalised words (a place) and punctuation before it, at most
 * 48 bytes, the last a comma, colon or bar; after it, maybe a wire's credit
 * in parentheses, then a dash or a colon. Read on the bytes. */
static bool block_dateline(const ds_doc *doc, const ds_timex *t)
{
    const ds_block *bl = &doc->blocks.v[doc->sentences.v[t->sentence].block];
    const unsigned char *x = (const unsigned char *)doc->text;
    uint32_t a = bl->span.start, b = t->span.start, e = bl->span.end;
    if (b <= a + 3 || b > a + 48 || x[a] < 'A' || x[a] > 'Z') return false;
    uint32_t p = b;
    while (p > a && x[p - 1] == ' ') p--;
    if (p == a || (x[p - 1] != ',' && x[p - 1] != ':' && x[p - 1] != '|')) return false;
    for (uint32_t c = a + 1; c < p; c++) /* every word capitalised */
        if (ascii_letter(x[c]) && !ascii_letter(x[c - 1]) && x[c - 1] != '\'' && x[c - 1] < 0x80 &&
            x[c] >= 'a' && x[c] <= 'z')
            return false;
    uint32_t q = t->span.end;
    while (q < e && x[q] == ' ') q++;
    if (q < e && x[q] == '(') { /* "(Bernama)" */
        uint32_t r = q + 1;
        while (r < e && r < q + 30 && x[r] != ')') r++;
        if (r >= e || x[r] != ')') return false;
        q = r + 1;
        while (q < e && x[q] == ' ') q++;
    }
    return q < e && (x[q] == '-' || x[q] == ':' || x[q] == 0xE2); /* "-", ":", en or em dash */
}

/* Is date t the end of a header line of its own that closes on a place and
 * the date: "Armed Forces of the Republic of Armenia, Yerevan, 9 May 2024",
 * "Policía Nacional del Ecuador — Quito, 20 de mayo de 2024" above a
 * communique? Short, the date after a comma, a dash or a bar, nothing
 * after it but a full stop. Read on the bytes. */
static bool header_dateline(const ds_doc *doc, const ds_timex *t)
{
    const ds_block *bl = &doc->blocks.v[doc->sentences.v[t->sentence].block];
    const unsigned char *x = (const unsigned char *)doc->text;
    uint32_t a = bl->span.start, e = bl->span.end;
    if (e - a > 120 || t->span.start < a + 4) return false;
    uint32_t q = t->span.end;
    while (q < e && (x[q] == ' ' || x[q] == '.')) q++;
    if (q != e) return false;
    uint32_t p = t->span.start;
    while (p > a && x[p - 1] == ' ') p--;
    return x[p - 1] == ',' || x[p - 1] == '-' || x[p - 1] == '|' ||
           (p >= a + 3 && x[p - 3] == 0xE2 && x[p - 2] == 0x80 &&
            (x[p - 1] == 0x93 || x[p - 1] == 0x94)); /* an en or em dash */
}

/* Completes what lacks a year, in document order. Rule: with a document date
 * the year puts the month(-day) nearest to it (DOCUMENT), unless a paragraph
 * anchor earlier in the same paragraph has another year, which then anchors
 * (NARRATIVE: the year nearest to it). A paragraph anchor is an explicit
 * month-precision date, or a bare year opening its sentence ("In 2016, ...").
 * Without a document date: the last paragraph anchor, else the next explicit
 * month-precision date in the paragraph (the year keeping the date before
 * it), else the document's reference year (most frequent year of explicit
 * month/day dates), or the latest year of the explicit mentions before it
 * when that is later - all NARRATIVE; else NONE. Relative expressions
 * resolve against the document date ("yesterday") or the last resolved date
 * before them ("two days later"). */
static void resolve(ds_doc *doc, tx_aux *aux, ds_date week_end, bool log)
{
    ds_date D = doc->doc_date;
    int16_t R = -1; /* computed on first need */
    ds_date blk_anchor = {0, 0, 0}, last_date = {0, 0, 0}, blk_day = {0, 0, 0};
    ds_date blk_dl = {0, 0, 0}; /* the day of the block's own dateline (block_dateline) */
    ds_date sec_dl = {0, 0, 0}; /* the day of the last header line above (header_dateline) */
    int16_t latest_year = 0;    /* the latest year of the explicit mentions so far */
    uint32_t cur_block = DS_NONE;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        ds_timex *t = &doc->timexes.v[i];
        tx_aux *a = &aux[i];
        if (a->block != cur_block) {
            cur_block = a->block;
            blk_anchor = blk_day = blk_dl = (ds_date){0, 0, 0};
        }
        switch (a->need) {
        case TX_EXPLICIT:
            if (t->mod != DS_MOD_DECADE && t->value.year > latest_year) latest_year = t->value.year;
            if (precision(t->value) >= 2 && t->mod != DS_MOD_DECADE) blk_anchor = t->value;
            /* a year opening its sentence frames the paragraph ("In 2016, ...");
             * one inside a sentence is usually background ("... in 2015") */
            if (precision(t->value) == 1 && t->kind == DS_TIMEX_DATE && t->mod == DS_MOD_NONE &&
                t->span.start - doc->sentences.v[t->sentence].span.start <= 7)
                blk_anchor = t->value;
            break;
        case TX_NEED_YEAR: {
            ds_date next_in_blk = {0, 0, 0};
            /* (not "since October 2022", "before ...": a time the story
             * looks back to, not its own) */
            for (uint32_t k = i + 1; k < doc->timexes.n && aux[k].block == a->block; k++)
                if (aux[k].need == TX_EXPLICIT && precision(doc->timexes.v[k].value) >= 2 &&
                    doc->timexes.v[k].mod != DS_MOD_SINCE &&
                    doc->timexes.v[k].mod != DS_MOD_BEFORE &&
                    doc->timexes.v[k].mod != DS_MOD_AFTER) {
                    next_in_blk = doc->timexes.v[k].value;
                    break;
                }
            if (D.year && !(blk_anchor.year && blk_anchor.year != D.year)) {
                set_year(t, nearest_year(t->value, D));
                t->anchor = DS_ANCHOR_DOCUMENT;
            } else if (blk_anchor.year) {
                set_year(t, nearest_year(t->value, blk_anchor));
                t->anchor = DS_ANCHOR_NARRATIVE;
            } else if (next_in_blk.year) {
                /* looking ahead, the date is the one before that mention, or
                 * at most about three months after it */
                ds_date c = t->value, nx = next_in_blk;
                c.year = nx.year;
                if (!c.day) c.day = 1;
                if (!nx.day) nx.day = 1;
                bool later = ds_date_days(c) - ds_date_days(nx) > 92;
                set_year(t, (int16_t)(later ? c.year - 1 : c.year));
                t->anchor = DS_ANCHOR_NARRATIVE;
            } else {
                /* "In the first half of 2024, ... On June 26, ..." before a
                 * later "the July 2023 coup": the latest year told so far,
                 * when it is later than the reference year (a year alone
                 * in another paragraph anchors nothing by itself) */
                if (R < 0) R = reference_year(doc, aux);
                if (!R) break;
                int16_t y = R > latest_year ? R : latest_year;
                set_year(t, y);
                t->anchor = DS_ANCHOR_NARRATIVE;
            }
            break;
        }
        case TX_REL_DOC:
            if (a->unit == 'W' && !D.year && week_end.year) {
                /* "On Tuesday" in "... update, 20-26 May 2024": that week's */
                int back = (weekday_of(week_end) - a->delta + 7) % 7 + 7 * a->back;
                t->value = ds_date_from_days(ds_date_days(week_end) - back);
                t->anchor = DS_ANCHOR_DOCUMENT;
                break;
            }
            if (a->unit == 'W' && !D.year && log && blk_day.year) {
                /* a log's entry with no report's day: "Ukraine, 8 Nov: ...
                 * In the night of Friday to Saturday, drones struck ...":
                 * the weekday on or before the entry's day */
                int back = (weekday_of(blk_day) - a->delta + 7) % 7 + 7 * a->back;
                int32_t day = ds_date_days(blk_day) - back;
                /* (its Saturday is the one after the Friday just told) */
                const ds_timex *pt = i ? &doc->timexes.v[i - 1] : NULL;
                if (pt && pt->sentence == t->sentence && aux[i - 1].need == TX_REL_DOC &&
                    aux[i - 1].unit == 'W' && precision(pt->value) == 3 &&
                    day < ds_date_days(pt->value))
                    day += 7;
                t->value = ds_date_from_days(day);
                t->anchor = DS_ANCHOR_NARRATIVE;
                break;
            }
            /* an item's own dateline anchors its days, not the report's:
             * "YALA, Thailand, June 24 (Bernama) - A bomb ... on Sunday" in
             * notes compiled on 30 June is the 23rd */
            /* (or a header line's above it, in communiques compiled one
             * after another: "..., Yerevan, 9 May 2024", then "Yesterday
             * at around 22:40, ..." is the 8th, not the report's eve) */
            bool own = blk_dl.year || (sec_dl.year && date_cmp(sec_dl, D) != 0);
            const ds_date A = blk_dl.year ? blk_dl : sec_dl.year ? sec_dl : D;
            if (!A.year) break;
            /* "Police said on 10 October that a grenade was thrown ...
             * overnight": the night before the day the sentence told, not
             * the report's */
            if (a->unit == 'd' && a->delta == 0 && overnight_after_day(doc, aux, i, A)) {
                t->value = doc->timexes.v[i - 1].value;
                t->anchor = DS_ANCHOR_NARRATIVE;
                break;
            }
            if (a->unit == 'W') {
                if (precision(A) < 3) break;
                int back = (weekday_of(A) - a->delta + 7) % 7;
                if (back == 0 && a->strict) back = 7;
                back += 7 * a->back;
                t->value = ds_date_from_days(ds_date_days(A) - back);
            } else if (a->unit == 'V') {
                if (precision(A) < 3) break; /* the Monday of the week before, then on */
                t->value = ds_date_from_days(ds_date_days(A) - weekday_of(A) - 7 + a->delta);
            } else if (a->unit == 'I') {
                /* (an Islamic feast: its last date on or before the anchor) */
                if (precision(A) < 3 || !islamic_value(t, a, A)) break;
            } else if (a->unit == 'H' || a->unit == 'E') {
                /* a feast: its last date on or before the anchor */
                if (precision(A) < 3) break;
                ds_date v = feast(A.year, a->unit, a->delta);
                if (date_cmp(v, A) > 0) v = feast((int16_t)(A.year - 1), a->unit, a->delta);
                t->value = v;
            } else if (a->unit == 'M' || a->unit == 'U') {
                if (precision(A) < 3) break;
                ds_date v = {A.year, A.month, (uint8_t)a->delta};
                if (a->delta > A.day || a->unit == 'U') { /* the month before */
                    v.month = A.month > 1 ? (uint8_t)(A.month - 1) : 12;
                    v.year = A.month > 1 ? A.year : (int16_t)(A.year - 1);
                }
                if (v.day > days_in_month(v.year, v.month)) break; /* no 31 April */
                t->value = v;
            } else {
                int pr = a->prec < precision(A) ? a->prec : precision(A);
                t->value = add_units(A, a->unit, a->delta, pr);
            }
            /* (completed from the item's dateline, a date the text gives,
             * it is no later than the report by a year: "MADRID,
             * 2024-05-06 - ... on Saturday" in wires compiled under an
             * earlier date was taken back to 2023 by events) */
            t->anchor = own ? DS_ANCHOR_NARRATIVE : DS_ANCHOR_DOCUMENT;
            break;
        case TX_REL_NARR: {
            ds_date base = a->stem[0] ? told_date(doc, aux, i, a->stem) : last_date;
            if (!base.year) base = last_date;
            if (!base.year) break;
            /* "Days later" with no report's day to bound it may be any time
             * after: left undated (what it tells stays with the story
             * before it) */
            if (a->strict && precision(D) < 3) break;
            if (a->unit == '0')
                t->value = base;
            else
                t->value = add_units(base, a->unit, a->delta,
                                     a->prec < precision(base) ? a->prec : precision(base));
            /* "Days later" in a release of the 12th after a night of the
             * 10th: an approximate count cannot pass the report's day (a
             * report tells what already happened) */
            if (t->mod == DS_MOD_APPROX && precision(D) == 3 && precision(t->value) == 3 &&
                date_cmp(base, D) <= 0 && date_cmp(t->value, D) > 0)
                t->value = D;
            t->anchor = DS_ANCHOR_NARRATIVE;
            break;
        }
        default:
            break;
        }
        if (t->value.year && t->kind != DS_TIMEX_DURATION && t->mod != DS_MOD_DECADE &&
            precision(t->value) >= 2 && !(a->need == TX_REL_DOC && speech_time(doc, t)))
            last_date = t->value;
        if (t->kind == DS_TIMEX_DATE && precision(t->value) == 3 && t->mod == DS_MOD_NONE) {
            blk_day = t->value;
            /* (the block's first date, a dateline's, not the report's) */
            if ((i == 0 || aux[i - 1].block != a->block) && D.year && date_cmp(t->value, D) != 0 &&
                (a->need == TX_EXPLICIT || a->need == TX_NEED_YEAR) && block_dateline(doc, t))
                blk_dl = t->value;
            if (a->need == TX_EXPLICIT && header_dateline(doc, t)) sec_dl = t->value;
        }
    }
}

/* The two leading numbers of a slashed date "12/03/2024" at t (false for
 * other forms). */
static bool slashed_parts(const ds_doc *doc, const ds_timex *t, int part[2])
{
    const char *x = doc->text + t->span.start;
    uint32_t n = t->span.end - t->span.start, k = 0;
    part[0] = part[1] = 0;
    for (int p = 0; p < 2; p++) {
        uint32_t d0 = k;
        while (k < n && x[k] >= '0' && x[k] <= '9') part[p] = part[p] * 10 + (x[k++] - '0');
        if (k == d0 || k - d0 > 2 || k >= n || x[k] != '/') return false;
        k++;
    }
    return k < n && part[0] >= 1 && part[1] >= 1;
}

/* The order a written date puts day and month in: +1 for "12 March 2024",
 * "3 avril", -1 for "March 12, 2024", 0 for other forms (no month name). */
static int written_order(const ds_doc *doc, const ds_timex *t)
{
    const char *x = doc->text + t->span.start;
    uint32_t n = t->span.end - t->span.start, digit = n, name = n;
    for (uint32_t k = 0; k < n && name == n;) {
        uint32_t r = 0; /* a run of letters; a month's name has 3 or more ("th" no) */
        while (k + r < n && (ascii_letter((unsigned char)x[k + r]) || x[k + r] & 0x80)) r++;
        if (r >= 3) name = k;
        if (!r && x[k] >= '0' && x[k] <= '9' && digit == n) digit = k;
        k += r ? r : 1;
    }
    if (name == n || digit == n) return 0;
    return digit < name ? 1 : -1;
}

/* Slashed dates whose two parts may both be months ("12/03/2024"). The
 * document's convention decides: month first (US) when a slashed date is
 * month first beyond doubt ("07/14/2016"), when one opens a GTD line
 * ("01/03/2021: An explosion ..."), or when the text writes more dates
 * month first ("March 12, 2024") than day first, or, with no written date
 * either way, when the head's places are in the United States or the
 * Philippines (month_first_place); else day first, as
 * reporting outside the United States writes them ("Date: 12/03/2024"
 * above a Nigerian release, "15/03/2024" or "12 March 2024" elsewhere in
 * it: 12 March). Then one date against the report's day: "On 09/03/2024
 * at about 2300hrs, gunmen attacked Konduga" in a report of 12 March
 * 2024 is the 9th, as only that reading is not after the report. */
/* Whether the place names at the head of the document (its first 40
 * capitalised words: header, dateline, lead) point mostly to a country that
 * writes dates month first: the United States, the Philippines and the
 * Compact states ("CAMP LUKBAN, Catbalogan City -" under "Date: 03/12/2024"
 * is a Philippine Army release: 12 March). A name counts for the country of
 * its most important place. Asked only when a slashed date is all the
 * document gives to decide. */
static bool month_first_place(const ds_doc *doc, const ds_ctx *ctx)
{
    const ds_gazetteer *g = ctx && ctx->shared ? ctx->shared->gazetteer : NULL;
    if (!g) return false;
    struct {
        char iso3[4];
        uint32_t n;
    } votes[8];
    uint32_t nv = 0, caps = 0;
    for (uint32_t i = 0; i < doc->tokens.n && caps < 40; i++) {
        const ds_token *t = &doc->tokens.v[i];
        if (!(t->flags & DS_TOK_CAP) || t->norm_len < 4) continue;
        caps++;
        /* where a place stands: after "in", "at", "near" or a comma
         * ("in Northern Samar", "near Gwoza", "CAMP LUKBAN, Catbalogan
         * City"), or a dateline's capitals before a comma or a dash
         * ("DAVAO CITY -"); capitalised words elsewhere are mostly common
         * words some village somewhere is named after ("Defence",
         * "Signed") */
        const ds_token *p = i ? &doc->tokens.v[i - 1] : NULL;
        bool placed =
            p && ((p->norm_len == 1 && p->norm[0] == ',') ||
                  (p->norm_len == 2 && (!memcmp(p->norm, "in", 2) || !memcmp(p->norm, "at", 2))) ||
                  (p->norm_len == 4 && !memcmp(p->norm, "near", 4)));
        for (uint32_t j = i + 1;
             !placed && (t->flags & DS_TOK_UPPER) && j < doc->tokens.n && j <= i + 2; j++) {
            const ds_token *q = &doc->tokens.v[j];
            if (q->norm_len == 1 && (q->norm[0] == ',' || q->norm[0] == '-'))
                placed = true;
            else if (!(q->flags & DS_TOK_UPPER))
                break;
        }
        if (!placed) continue;
        uint32_t ids[8], n = 0;
        /* two capitalised words first: "Northern Samar" (Samar alone was
         * Dnipro's old name) */
        if (i + 1 < doc->tokens.n && (doc->tokens.v[i + 1].flags & DS_TOK_CAP) &&
            doc->tokens.v[i + 1].span.start == t->span.end + 1) {
            n = ds_gazetteer_find(g, doc->text + t->span.start,
                                  doc->tokens.v[i + 1].span.end - t->span.start, ids, 8);
            if (n) i++;
        }
        if (!n)
            n = ds_gazetteer_find(g, doc->text + t->span.start, t->span.end - t->span.start, ids,
                                  8);
        if (!n) continue;
        /* the most important place of the name votes ("Pasadena": the
         * Californian city, not its namesakes) */
        ds_gaz_place gp;
        char iso3[4] = "";
        for (uint32_t k = 0; k < n && k < 8 && !iso3[0]; k++)
            if (ds_gazetteer_get(g, ids[k], &gp) && gp.iso3[0]) memcpy(iso3, gp.iso3, 4);
        if (!iso3[0]) continue;
        uint32_t v = 0;
        while (v < nv && memcmp(votes[v].iso3, iso3, 4) != 0) v++;
        if (v == nv) {
            if (nv == sizeof votes / sizeof *votes) continue;
            memcpy(votes[nv].iso3, iso3, 4);
            votes[nv++].n = 0;
        }
        votes[v].n++;
    }
    uint32_t best = nv;
    for (uint32_t v = 0; v < nv; v++)
        if (best == nv || votes[v].n > votes[best].n) best = v;
    if (best == nv) return false;
    for (uint32_t v = 0; v < nv; v++)
        if (v != best && votes[v].n == votes[best].n) return false; /* a tie decides nothing */
    static const char month_first[][4] = {"USA", "PHL", "FSM", "PLW", "MHL"};
    for (size_t k = 0; k < sizeof month_first / sizeof *month_first; k++)
        if (!memcmp(votes[best].iso3, month_first[k], 4)) return true;
    return false;
}

static void day_month_dates(ds_doc *doc, const tx_aux *aux, bool date_given, const ds_ctx *ctx)
{
    int dmy = 0, mdy = 0;
    bool slashed = false;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        if (aux[i].need == TX_REL_DOC || aux[i].need == TX_REL_NARR || aux[i].need == TX_NOVALUE ||
            t->kind != DS_TIMEX_DATE || !t->value.month || !t->value.day)
            continue;
        int part[2];
        if (!slashed_parts(doc, t, part)) {
            int o = written_order(doc, t);
            dmy += o > 0;
            mdy += o < 0;
            continue;
        }
        if (part[1] > 12 && part[1] <= 31) return; /* month first, beyond doubt */
        if (part[0] > 12) dmy++;
        uint32_t e = t->span.end;
        if (e < doc->text_len && doc->text[e] == ':' && part[0] <= 12) return; /* a GTD line */
        slashed = true;
    }
    if (!slashed) return;
    bool day_first = dmy > mdy || (mdy == 0 && (dmy > 0 || !month_first_place(doc, ctx)));
    ds_date D = doc->doc_date;
    bool doc_moved = false;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        ds_timex *t = &doc->timexes.v[i];
        int part[2];
        if (aux[i].need != TX_EXPLICIT || t->kind != DS_TIMEX_DATE || precision(t->value) < 3 ||
            !slashed_parts(doc, t, part) || part[0] > 12 || part[1] > 12 || part[0] == part[1] ||
            t->value.month != part[0])
            continue;
        ds_date swapped = {t->value.year, (uint8_t)part[1], (uint8_t)part[0]};
        bool is_doc = !doc_moved && precision(D) == 3 && date_cmp(t->value, D) == 0;
        if (is_doc && date_given) continue; /* --date says this reading is right */
        if (is_doc && day_first) {          /* the header's date is the report's */
            doc->doc_date = swapped;
            ds_date_format(doc->date, doc->doc_date);
            doc_moved = true;
            t->value = swapped;
            continue;
        }
        if (precision(doc->doc_date) < 3) {
            if (day_first) t->value = swapped;
            continue;
        }
        int32_t doc_days = ds_date_days(doc->doc_date);
        bool after = ds_date_days(t->value) > doc_days;
        bool swapped_after = ds_date_days(swapped) > doc_days;
        /* the convention's reading, unless only the other one is not after
         * the report */
        if (day_first ? !(swapped_after && !after) : (after && !swapped_after)) t->value = swapped;
    }
}

/* Spans a report states from a day or from its own day: "during the week
 * of March 4" (that day and the six after it; it was the 4th alone), "in
 * the past 72 hours", "over the last three days" (up to the report's day;
 * they were durations, no date). */
static void stated_spans(ds_doc *doc)
{
    const char *x = doc->text;
    ds_date D = doc->doc_date;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        ds_timex *t = &doc->timexes.v[i];
        uint32_t s0 = doc->sentences.v[t->sentence].span.start, a = t->span.start;
        if (t->kind == DS_TIMEX_DATE && precision(t->value) == 3 && t->mod == DS_MOD_NONE &&
            a >= s0 + 8 && strncasecmp(x + a - 8, "week of ", 8) == 0) {
            t->kind = DS_TIMEX_SPAN;
            t->end = ds_date_from_days(ds_date_days(t->value) + 6);
            continue;
        }
        if (t->kind != DS_TIMEX_DURATION || precision(D) < 3) continue;
        bool past = (a >= s0 + 9 && strncasecmp(x + a - 9, "the past ", 9) == 0) ||
                    (a >= s0 + 9 && strncasecmp(x + a - 9, "the last ", 9) == 0);
        if (!past) continue;
        /* the count and its unit: "72 hours", "three days" */
        const char *e = x + t->span.end;
        uint32_t n = t->span.end - a;
        bool hours = n > 6 && strncasecmp(e - 5, "hours", 5) == 0;
        bool days = n > 5 && strncasecmp(e - 4, "days", 4) == 0;
        if (!hours && !days) continue;
        ds_lx L[4];
        uint32_t cnt = ds_lex(L, 4, x, a, t->span.end);
        int num = cnt >= 2 ? small_count(&L[0]) : -1;
        if (num <= 0) continue;
        int back = hours ? (num + 23) / 24 : num;
        if (back > 14) continue;
        t->kind = DS_TIMEX_SPAN;
        t->anchor = DS_ANCHOR_DOCUMENT;
        t->value = ds_date_from_days(ds_date_days(D) - back);
        t->end = D;
    }
}

/* Runs join over each timex and the one after it (NULL after the last), in
 * text order: join may rewrite the first (a span, a longer date) and
 * returns true when the second is now part of it, which drops it. */
static void join_timexes(ds_doc *doc,
                         bool (*join)(const ds_doc *doc, ds_timex *t, const ds_timex *next))
{
    uint32_t w = 0;
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        ds_timex t = doc->timexes.v[i];
        if (join(doc, &t, i + 1 < doc->timexes.n ? &doc->timexes.v[i + 1] : NULL)) i++;
        doc->timexes.v[w++] = t;
    }
    doc->timexes.n = w;
}

/* "on Tuesday (12 March)": a weekday with its date in parentheses after it
 * is that date, one timex (the weekday alone was the Tuesday of the
 * report's week, a week off). */
static bool weekday_apposition(const ds_doc *doc, ds_timex *t, const ds_timex *u)
{
    const char *x = doc->text;
    if (!u || t->kind != DS_TIMEX_RELATIVE) return false;
    uint32_t gap = u->span.start - t->span.end;
    bool weekday =
        t->span.end - t->span.start >= 6 && strncasecmp(x + t->span.end - 3, "day", 3) == 0;
    if (!(weekday && u->sentence == t->sentence && u->kind == DS_TIMEX_DATE &&
          precision(u->value) == 3 && u->mod == DS_MOD_NONE &&
          ((gap == 2 && strncmp(x + t->span.end, " (", 2) == 0) ||
           (gap == 1 && x[t->span.end] == '(')) &&
          x[u->span.end] == ')'))
        return false;
    t->kind = DS_TIMEX_DATE;
    t->value = u->value;
    t->anchor = u->anchor;
    t->mod = DS_MOD_NONE;
    t->span.end = u->span.end + 1;
    return true;
}

/* "Between Monday and Wednesday, soldiers killed 20 terrorists", "from
 * Tuesday to Thursday": two resolved days of one sentence joined by
 * and/to/through after between/from are one span (it was the first day
 * alone), when the second is within six days after the first. */
static bool weekday_span(const ds_doc *doc, ds_timex *t, const ds_timex *u)
{
    const char *x = doc->text;
    if (!u || t->kind != DS_TIMEX_RELATIVE || precision(t->value) != 3) return false;
    const ds_sentence *se = &doc->sentences.v[t->sentence];
    uint32_t gap = u->span.start - t->span.end;
    bool joined = u->sentence == t->sentence && u->kind == DS_TIMEX_RELATIVE &&
                  precision(u->value) == 3 &&
                  ((gap == 5 && strncmp(x + t->span.end, " and ", 5) == 0) ||
                   (gap == 4 && strncmp(x + t->span.end, " to ", 4) == 0) ||
                   /* "from Monday until Wednesday" */
                   (gap == 7 && strncmp(x + t->span.end, " until ", 7) == 0) ||
                   (gap == 6 && strncmp(x + t->span.end, " till ", 6) == 0) ||
                   (gap == 6 && strncmp(x + t->span.end, " into ", 6) == 0) ||
                   (gap == 9 && strncmp(x + t->span.end, " through ", 9) == 0));
    /* "on Friday night into Saturday": a night named after its
     * first day runs into the second */
    bool night = u->sentence == t->sentence && u->kind == DS_TIMEX_RELATIVE &&
                 precision(u->value) == 3 &&
                 ((gap == 12 && strncmp(x + t->span.end, " night into ", 12) == 0) ||
                  (gap == 10 && strncmp(x + t->span.end, " night to ", 10) == 0));
    joined |= night;
    bool opened = (t->span.start >= se->span.start + 8 &&
                   strncasecmp(x + t->span.start - 8, "between ", 8) == 0) ||
                  (t->span.start >= se->span.start + 5 &&
                   strncasecmp(x + t->span.start - 5, "from ", 5) == 0) ||
                  /* "In the night of Tuesday to Wednesday" (the
                   * French "dans la nuit de mardi à mercredi"),
                   * "overnight Tuesday into Wednesday": the night
                   * runs over both days */
                  (t->span.start >= se->span.start + 9 &&
                   strncasecmp(x + t->span.start - 9, "night of ", 9) == 0) ||
                  (t->span.start >= se->span.start + 10 &&
                   strncasecmp(x + t->span.start - 10, "overnight ", 10) == 0) ||
                  night;
    /* "on Friday and Saturday": two days that follow each other after
     * "on", told as one time (Friday was the report's own day, a week
     * after its Saturday); not "on Monday and Wednesday", two days */
    bool on = !opened && joined && gap == 5 && t->span.start >= se->span.start + 3 &&
              strncasecmp(x + t->span.start - 3, "on ", 3) == 0;
    opened |= on;
    int32_t days = joined ? ds_date_days(u->value) - ds_date_days(t->value) : -1;
    ds_date u_end = u->value;
    /* "the night of Friday to Saturday" told on a Friday: each
     * weekday alone was the one on or before that day, Saturday
     * the week before. In a report of that Friday the night is the
     * week before's (its Saturday is still to come); in a log's
     * entry of that Friday (no report's day), it starts that day. */
    if (joined && opened && days >= -6 && days < 0) {
        int32_t end = ds_date_days(u->value) + 7;
        if (precision(doc->doc_date) == 3 && end > ds_date_days(doc->doc_date))
            t->value = ds_date_from_days(ds_date_days(t->value) - 7);
        else
            u_end = ds_date_from_days(end);
        days += 7;
    }
    if (joined && opened && days > 0 && days <= (on ? 1 : 6)) {
        t->kind = DS_TIMEX_SPAN;
        t->end = u_end;
        t->span.end = u->span.end;
        return true;
    }
    return false;
}

/* "On the (intervening) night of September 7 and 8", "the night of 7 and 8
 * September" (Indian and Pakistani police English): one night over both
 * days, a span (it was the first day alone, or two dates). Only after
 * "night of" and for the next day. */
/* (and two days told as one time after "on": "fighting raged on 5 and 6
 * March", "clashed on May 1 and 2": the two days, a span) */
static bool night_and_span(const ds_doc *doc, ds_timex *t, const ds_timex *u)
{
    const char *x = doc->text;
    uint32_t a = t->span.start, s0 = doc->sentences.v[t->sentence].span.start;
    uint32_t e = t->span.end;
    /* (" and " after the day first: most days have none) */
    if (e + 6 > doc->text_len || x[e + 1] != 'a' || strncmp(x + e, " and ", 5) != 0 ||
        !(t->kind == DS_TIMEX_DATE && precision(t->value) == 3 &&
          ((a >= s0 + 9 && strncasecmp(x + a - 9, "night of ", 9) == 0) ||
           (a >= s0 + 3 && strncasecmp(x + a - 3, "on ", 3) == 0 &&
            (a == s0 + 3 || !ascii_letter((unsigned char)x[a - 4]))))))
        return false;
    int32_t next_day = ds_date_days(t->value) + 1;
    if (u && u->sentence == t->sentence && u->kind == DS_TIMEX_DATE && u->span.start == e + 5 &&
        strncmp(x + e, " and ", 5) == 0 && precision(u->value) == 3 &&
        ds_date_days(u->value) == next_day) {
        /* "7 and 8 September": the two dates are one night */
        t->kind = DS_TIMEX_SPAN;
        t->end = u->value;
        t->span.end = u->span.end;
        return true;
    } else if (e + 6 <= doc->text_len && strncmp(x + e, " and ", 5) == 0) {
        /* "September 7 and 8": the second day a bare number */
        uint32_t d = 0, k = e + 5;
        while (k < doc->text_len && k < e + 7 && x[k] >= '0' && x[k] <= '9')
            d = d * 10 + (uint32_t)(x[k++] - '0');
        /* (an ordinal's suffix: "7 and 8th") */
        if (k > e + 5 && k + 2 <= doc->text_len &&
            (!strncmp(x + k, "th", 2) || !strncmp(x + k, "st", 2) || !strncmp(x + k, "nd", 2) ||
             !strncmp(x + k, "rd", 2)))
            k += 2;
        bool alone = k > e + 5 && (k >= doc->text_len || !((x[k] >= '0' && x[k] <= '9') ||
                                                           ascii_letter((unsigned char)x[k])));
        ds_date nd = ds_date_from_days(next_day);
        if (alone && nd.month == t->value.month && d == nd.day) {
            t->kind = DS_TIMEX_SPAN;
            t->end = nd;
            t->span.end = k;
        }
    }
    return false;
}

/* ---- entry points ----------------------------------------------------- */

ds_status ds_annotate_timex(ds_doc *doc, ds_ctx *ctx)
{
    tx_state st = {0};
    st.doc = doc;
    ds_lx L[TX_WINDOW];
    ds_status s = DS_OK;
    for (uint32_t i = 0; i < doc->sentences.n; i++) {
        const ds_sentence *sent = &doc->sentences.v[i];
        ds_block_kind k = doc->blocks.v[sent->block].kind;
        if (k == DS_BLOCK_FURNITURE || k == DS_BLOCK_FOOTNOTE) continue;
        if (!(ds_sentence_kw(doc, i) & (DS_KW_CAL | DS_KW_ANCHOR))) continue;
        st.sentence = i;
        st.block = sent->block;
        if ((s = scan_text(&st, L, sent->span.start, sent->span.end, false)) != DS_OK) goto done;
    }
    ds_date week_end = {0, 0, 0};
    uint32_t yearless = DS_NONE;
    bool date_given = doc->doc_date.year != 0; /* --date, a batch row's "date" */
    bool log = false;                          /* a log of dated entries (detect_doc_date) */
    if (!date_given) detect_doc_date(doc, st.aux.v, &week_end, &yearless, &log);
    if (!doc->doc_date.year && yearless != DS_NONE) wire_year(doc, st.aux.v, yearless);
    day_month_dates(doc, st.aux.v, date_given, ctx);
    resolve(doc, st.aux.v, week_end, log);
    /* "on Thursday", "yesterday", "June 9" with no document date to
     * complete them: the events they date are lost, so say what would help
     * ("in recent months", "last year" in a report date nothing of note) */
    if (!doc->doc_date.year) {
        uint32_t open = 0, first = DS_NONE;
        for (uint32_t i = 0; i < doc->timexes.n; i++) {
            const tx_aux *a = &st.aux.v[i];
            bool day = (a->need == TX_NEED_YEAR && doc->timexes.v[i].value.day) ||
                       (a->need == TX_REL_DOC &&
                        (a->unit == 'W' || a->unit == 'V' || (a->unit == 'd' && a->delta)));
            if (day && doc->timexes.v[i].anchor == DS_ANCHOR_NONE && open++ == 0) first = i;
        }
        if (open)
            ds_doc_diag_add(
                doc, DS_DIAG_WARNING, "date-unanchored",
                ds_doc_src_offset(doc, doc->timexes.v[first].span.start),
                "%u day%s ('%.*s'%s) cannot be dated: the text gives no document date (no "
                "dateline or line with the year); give --date YYYY-MM-DD (or \"date\" in "
                "--batch input)",
                open, open == 1 ? "" : "s",
                (int)(doc->timexes.v[first].span.end - doc->timexes.v[first].span.start),
                doc->text + doc->timexes.v[first].span.start, open > 1 ? ", ..." : "");
    }
    /* last: these merge or retype timexes, which st.aux no longer follows */
    join_timexes(doc, weekday_span);
    join_timexes(doc, night_and_span);
    join_timexes(doc, weekday_apposition);
    stated_spans(doc);
done:
    return s;
}

bool ds_timex_parse(const char *s, size_t n, ds_date *value, ds_date *end, bool *open_end)
{
    ds_lx L[64];
    ds_date zero = {0, 0, 0};
    *value = zero;
    if (end) *end = zero;
    if (open_end) *open_end = false;
    if (!s || n >= UINT32_MAX) return false;
    uint32_t cnt = ds_lex(L, 64, s, 0, (uint32_t)n);
    tx_scan sc = {L, cnt, true, s};
    for (uint32_t i = 0; i < cnt; i++) {
        tx_found f;
        if ((L[i].kind != DS_LX_WORD && L[i].kind != DS_LX_NUM) || !find_expr(&sc, i, &f)) continue;
        if (!f.value.year) continue;
        *value = f.value;
        if (end) *end = f.kind == DS_TIMEX_SPAN ? f.end : zero;
        if (open_end) *open_end = f.open_end;
        return true;
    }
    return false;
}

int ds_month_name(const char *w, size_t n)
{
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) { /* kw_cal opens with the twelve names, in order */
        size_t full = strlen(kw_cal[m]);
        if (n == full && strncasecmp(w, kw_cal[m], n) == 0) return m + 1;
        if (n == 3 && strncasecmp(w, kw_cal[m], 3) == 0) return m + 1;
        if (n == 4 && m == 8 && strncasecmp(w, "sept", 4) == 0) return 9;
    }
    return 0;
}
