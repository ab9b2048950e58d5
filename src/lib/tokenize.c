/* tokenize.c - tokens of every sentence, last stage of the reading layer.
 * Rules (later stages depend on them):
 *  - words keep internal hyphens and apostrophes ("IS-KP", "Mazar-i-Sharif",
 *    "al-Azaim", "Jama'ath"), en dashes between capitals ("ISIS–K"), the
 *    periods of dotted forms ("U.S.", "a.m.", "e.g.") and of known
 *    abbreviations ("Gen.", "Jan." before a number);
 *  - a possessive 's / ’s is its own token ("IS-KP" "'s"), a trailing
 *    plural apostrophe is punctuation;
 *  - numbers start with a digit and keep internal , . : - – between digits
 *    and letter suffixes ("107mm", "3-4,000", "1000-2000", "1.5", "5th");
 *    "98%" is two tokens: "98" (NUMBER) and "%" (SYMBOL);
 *  - every other character is one token: PUNCT, or SYMBOL for Unicode
 *    symbols († $ % ° + = ...).
 * norm is ds_fold's form; ASCII tokens are lower-cased inline.
 * ds_segment_tokenize (the document reader's) tokenizes a prose block whole
 * and has segment.c split it at the terminators its tokens hold.
 */
#include "ctx.h"
#include "doc.h"
#include "fold.h"
#include "lexicon.h"
#include "read_util.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Token output while a document is tokenized: the token array and the pool
 * of the norms that do not stay in low (those of the general path), kept in
 * locals (char stores would otherwise force the compiler to reload
 * doc->tokens after every byte written) and stored back at the end. */
typedef struct tok_out {
    ds_token *v;
    uint32_t n, cap;
    uint32_t max;  /* limits.max_tokens */
    char *p;       /* norm pool: next free byte */
    size_t left;   /* bytes free at p */
    size_t hint;   /* size of the next pool chunk */
    uint32_t room; /* min(cap, max): below it a token needs neither test */
    /* The document's text classified once (build_tabs), for the fast path:
     * low is the text with its ASCII letters lowered, where the norm of a
     * fast word or number stays (its end overwritten by a NUL); alnum holds
     * one bit per text byte (bit i & 7 of byte i >> 3): an ASCII letter or
     * digit. */
    char *low;
    const uint8_t *alnum;
    /* The tokens that may start a place name (ds_doc.cap_toks), in token
     * order, with room for cap of them and the end mark (ds_tokenize):
     * pointers into v, moved with the tokens when v grows (one store lists
     * a token; its index would take a division by the token's size).
     * mark_at is the next free entry, kept here rather than in a local of
     * tokenize_span, whose fast path is short of registers (0.04M less
     * over 2,000 notes). */
    const ds_token **marks, **mark_at;
    /* ds_segment_tokenize: the terminators of the tokens made (see
     * term_add), room for termcap; NULL in ds_tokenize */
    ds_term *terms;
    uint32_t nterms, termcap;
} tok_out;

enum { POOL_SLACK = 8 }; /* readable bytes after a norm: its readers load 8 bytes at a time */

/* A new pool chunk with room for n bytes, a NUL and the slack; false when
 * out of memory. Out of line, as tok_more (see scan_word). */
static __attribute__((noinline)) bool pool_grow(ds_doc *doc, tok_out *o, size_t n)
{
    size_t sz = n + 1 + POOL_SLACK > o->hint ? n + 1 + POOL_SLACK : o->hint;
    o->hint = sz < 65536 ? 65536 : sz;
    o->p = ds_arena_alloc_raw(doc->arena, sz);
    if (!o->p) return false;
    o->left = sz;
    return true;
}

/* Room for a norm of n bytes, its NUL and the slack; NULL when out of memory. */
static inline char *pool_room(ds_doc *doc, tok_out *o, size_t n)
{
    if (o->left < n + 1 + POOL_SLACK && !pool_grow(doc, o, n)) return NULL;
    return o->p;
}

static inline char *pool_take(ds_doc *doc, tok_out *o, size_t n)
{
    char *r = pool_room(doc, o, n);
    if (!r) return NULL;
    o->p += n + 1;
    o->left -= n + 1;
    return r;
}

static bool slots_grow(ds_doc *doc, tok_out *o)
{
    if (o->cap > UINT32_MAX / 2) return false;
    uint32_t ncap = o->cap ? o->cap * 2 : 16;
    ds_token *nv = ds_arena_alloc_raw(doc->arena, (size_t)ncap * sizeof *nv);
    const ds_token **nm = ds_arena_alloc_raw(doc->arena, ((size_t)ncap + 1) * sizeof *nm);
    if (!nv || !nm) return false;
    if (o->n) memcpy(nv, o->v, (size_t)o->n * sizeof *nv);
    for (uint32_t k = 0; k < (uint32_t)(o->mark_at - o->marks); k++)
        nm[k] = nv + (o->marks[k] - o->v);
    o->mark_at = nm + (o->mark_at - o->marks);
    o->v = nv;
    o->marks = nm;
    o->cap = ncap;
    return true;
}

/* Norms (lower case) of one-byte ASCII tokens: static, no pool. */
static const char one_byte[128][2] = {
#define B(c)                                                                                       \
    {                                                                                              \
        (char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)), 0                                       \
    }
#define B8(c) B(c), B(c + 1), B(c + 2), B(c + 3), B(c + 4), B(c + 5), B(c + 6), B(c + 7)
    B8(0),  B8(8),  B8(16), B8(24), B8(32),  B8(40),  B8(48), B8(56), B8(64),
    B8(72), B8(80), B8(88), B8(96), B8(104), B8(112), B8(120)
#undef B8
#undef B
};

static bool is_symbol(int32_t cp)
{
    if (cp < 0x80) return strchr("$%+<=>^`|~#&@*\\", (int)cp) != NULL && cp != 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
    case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return cp == 0x2020 || cp == 0x2021; /* † ‡ are Po */
    }
}

/* ASCII classes: letters, digits, white space */
enum { C_LOWER = 1, C_UPPER = 2, C_DIGIT = 4, C_SPACE = 8, C_TERM = 16 };
static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
    [' '] = C_SPACE,  ['.'] = C_TERM,   ['!'] = C_TERM,   ['?'] = C_TERM,   ['0'] = C_DIGIT,
    ['1'] = C_DIGIT,  ['2'] = C_DIGIT,  ['3'] = C_DIGIT,  ['4'] = C_DIGIT,  ['5'] = C_DIGIT,
    ['6'] = C_DIGIT,  ['7'] = C_DIGIT,  ['8'] = C_DIGIT,  ['9'] = C_DIGIT,  ['A'] = C_UPPER,
    ['B'] = C_UPPER,  ['C'] = C_UPPER,  ['D'] = C_UPPER,  ['E'] = C_UPPER,  ['F'] = C_UPPER,
    ['G'] = C_UPPER,  ['H'] = C_UPPER,  ['I'] = C_UPPER,  ['J'] = C_UPPER,  ['K'] = C_UPPER,
    ['L'] = C_UPPER,  ['M'] = C_UPPER,  ['N'] = C_UPPER,  ['O'] = C_UPPER,  ['P'] = C_UPPER,
    ['Q'] = C_UPPER,  ['R'] = C_UPPER,  ['S'] = C_UPPER,  ['T'] = C_UPPER,  ['U'] = C_UPPER,
    ['V'] = C_UPPER,  ['W'] = C_UPPER,  ['X'] = C_UPPER,  ['Y'] = C_UPPER,  ['Z'] = C_UPPER,
    ['a'] = C_LOWER,  ['b'] = C_LOWER,  ['c'] = C_LOWER,  ['d'] = C_LOWER,  ['e'] = C_LOWER,
    ['f'] = C_LOWER,  ['g'] = C_LOWER,  ['h'] = C_LOWER,  ['i'] = C_LOWER,  ['j'] = C_LOWER,
    ['k'] = C_LOWER,  ['l'] = C_LOWER,  ['m'] = C_LOWER,  ['n'] = C_LOWER,  ['o'] = C_LOWER,
    ['p'] = C_LOWER,  ['q'] = C_LOWER,  ['r'] = C_LOWER,  ['s'] = C_LOWER,  ['t'] = C_LOWER,
    ['u'] = C_LOWER,  ['v'] = C_LOWER,  ['w'] = C_LOWER,  ['x'] = C_LOWER,  ['y'] = C_LOWER,
    ['z'] = C_LOWER};

static bool is_digit(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

static bool is_apos(int32_t cp)
{
    return cp == 0x27 || cp == 0x2019 || cp == 0x02BC || cp == 0x2018 || cp == 0x02BB ||
           cp == 0x02BE || cp == 0x02BF;
}

static bool is_hyphen(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* End of a word starting at s (a letter). Kept out of line, as push_token:
 * inlined, the rare general path cost the fast path of tokenize_span its
 * registers (out of line, ds_tokenize went from 16.22M to 15.58M Ir over
 * 2,000 notes). */
static __attribute__((noinline)) uint32_t scan_word(const char *t, uint32_t s, uint32_t hi)
{
    uint32_t i = s;
    size_t l, l2;
    bool all_upper = true;
    for (;;) {
        while (i < hi) {
            unsigned char c = (unsigned char)t[i];
            if (c < 0x80) {
                uint8_t k = ascii_class[c];
                if (!(k & (C_LOWER | C_UPPER | C_DIGIT))) break;
                if (k & C_LOWER) all_upper = false;
                i++;
                continue;
            }
            int32_t cp = ds_u8_get(t, hi, i, &l);
            if (!ds_is_letter(cp)) break;
            if (ds_is_lower(cp)) all_upper = false;
            i += (uint32_t)l;
        }
        if (i >= hi) return i;
        int32_t cp = ds_u8_get(t, hi, i, &l);
        if (i + l >= hi) return i;
        int32_t nx = ds_u8_get(t, hi, i + l, &l2);
        if (is_hyphen(cp) && (ds_is_letter(nx) || is_digit(nx))) {
            i += (uint32_t)l;
            continue;
        }
        if (cp == 0x2013 && all_upper && ds_is_upper(nx)) { /* ISIS–K */
            i += (uint32_t)l;
            continue;
        }
        if (is_apos(cp) && ds_is_letter(nx)) {
            /* possessive 's: split unless more letters follow ("Jama'ath") */
            if ((nx == 's' || nx == 'S') && i + l + l2 <= hi) {
                size_t l3;
                int32_t after = i + l + l2 < hi ? ds_u8_get(t, hi, i + l + l2, &l3) : ' ';
                if (!ds_is_letter(after) && !is_digit(after)) return i;
            }
            i += (uint32_t)l;
            continue;
        }
        return i;
    }
}

/* A dotted form starting at s: letter '.' (letter '.')+ as in "U.S.",
 * "a.m.", "e.g."; returns its end or s. */
static uint32_t scan_dotted(const char *t, uint32_t s, uint32_t hi)
{
    uint32_t i = s;
    int n = 0;
    while (i + 1 < hi && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')) &&
           t[i + 1] == '.') {
        i += 2;
        n++;
        if (i < hi && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z')) &&
            (i + 1 >= hi || t[i + 1] != '.'))
            break;
    }
    return n >= 2 ? i : s;
}

static uint32_t scan_number(const char *t, uint32_t s, uint32_t hi)
{
    uint32_t i = s;
    size_t l, l2;
    for (;;) {
        while (i < hi) {
            unsigned char c = (unsigned char)t[i];
            if (c < 0x80) {
                if (!(ascii_class[c] & (C_LOWER | C_UPPER | C_DIGIT))) break;
                i++;
                continue;
            }
            int32_t cp = ds_u8_get(t, hi, i, &l);
            if (!ds_is_letter(cp)) break;
            i += (uint32_t)l;
        }
        if (i >= hi) return i;
        int32_t cp = ds_u8_get(t, hi, i, &l);
        if (i + l >= hi) return i;
        int32_t nx = ds_u8_get(t, hi, i + l, &l2);
        if ((cp == ',' || cp == '.' || cp == ':' || is_hyphen(cp) || cp == 0x2013) &&
            is_digit(nx) && is_digit(ds_u8_get(t, hi, ds_u8_prev(t, i), &l2))) {
            i += (uint32_t)l;
            continue;
        }
        return i;
    }
}

static ds_status too_many(ds_doc *doc, ds_ctx *ctx)
{
    return ds_ctx_fail(ctx, DS_ELIMIT, "%s: more than %zu tokens", doc->path,
                       ctx->limits.max_tokens);
}

/* Called when o->n reached o->room: the limit (too_many) or a full array
 * (grown); DS_OK when one more token fits. */
static __attribute__((noinline)) ds_status tok_more(ds_doc *doc, ds_ctx *ctx, tok_out *o)
{
    if (o->n >= o->max) return too_many(doc, ctx);
    if (o->n == o->cap && !slots_grow(doc, o)) return DS_ENOMEM;
    o->room = o->cap < o->max ? o->cap : o->max;
    return DS_OK;
}

/* The next token slot (fields unset), or return the failure. */
#define TOK_NEXT(tk)                                                                               \
    do {                                                                                           \
        if (o->n >= o->room) {                                                                     \
            ds_status more_ = tok_more(doc, ctx, o);                                               \
            if (more_ != DS_OK) return more_;                                                      \
        }                                                                                          \
        (tk) = &o->v[o->n++];                                                                      \
    } while (0)

/* The general case: a token of any characters, its flags and its folded
 * norm (out of line: see scan_word). */
static __attribute__((noinline)) ds_status push_token(ds_doc *doc, ds_ctx *ctx, tok_out *o, buf *fb,
                                                      uint32_t s, uint32_t e, uint16_t flags)
{
    const char *t = doc->text;
    ds_token *tk;
    TOK_NEXT(tk);
    tk->span = (ds_span){s, e};
    size_t n = e - s;
    {
        /* ASCII: flags and the lower-case copy in one pass; the copy is
         * only kept (taken from the pool) when the token is all ASCII */
        char *p = pool_room(doc, o, n);
        if (!p) return DS_ENOMEM;
        int letters = 0, uppers = 0;
        bool plain = true; /* letters and digits only: the norm is a plain word */
        size_t i = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)t[s + i];
            if (c >= 0x80) break;
            uint8_t k = ascii_class[c];
            plain &= (k & (C_LOWER | C_UPPER | C_DIGIT)) != 0;
            if (k & C_UPPER) {
                if (!letters) flags |= DS_TOK_CAP;
                letters++, uppers++;
                c = (unsigned char)(c + 32);
            } else if (k & C_LOWER) {
                letters++;
            }
            p[i] = (char)c;
        }
        if (i == n) {
            p[n] = '\0';
            pool_take(doc, o, n);
            if (letters >= 2 && uppers == letters) flags |= DS_TOK_UPPER;
            tk->flags = flags;
            tk->norm = p;
            tk->norm_len = (uint16_t)(n > UINT16_MAX ? UINT16_MAX : n);
            tk->hash = plain && n && n <= UINT16_MAX ? ds_word_hash(p, n) : 0;
            return DS_OK;
        }
        flags &= (uint16_t)~DS_TOK_CAP;
    }
    int letters = 0, uppers = 0;
    bool first_letter_seen = false;
    for (uint32_t i = s; i < e;) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 0x80) {
            size_t l;
            int32_t cp = ds_u8_get(t, e, i, &l);
            if (ds_is_letter(cp) && (ds_is_upper(cp) || ds_is_lower(cp))) {
                letters++;
                if (ds_is_upper(cp)) {
                    uppers++;
                    if (!first_letter_seen) flags |= DS_TOK_CAP;
                }
                first_letter_seen = true;
            }
            i += (uint32_t)l;
            continue;
        }
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            letters++;
            if (c <= 'Z') {
                uppers++;
                if (!first_letter_seen) flags |= DS_TOK_CAP;
            }
            first_letter_seen = true;
        }
        i++;
    }
    if (letters >= 2 && uppers == letters) flags |= DS_TOK_UPPER;
    tk->flags = flags;
    buf_reset(fb);
    if (!ds_fold_append(fb, t + s, n)) return DS_ENOMEM;
    char *p = pool_take(doc, o, fb->len);
    if (!p) return DS_ENOMEM;
    if (fb->len) memcpy(p, fb->data, fb->len);
    p[fb->len] = '\0';
    tk->norm = p;
    tk->norm_len = (uint16_t)(fb->len > UINT16_MAX ? UINT16_MAX : fb->len);
    /* a folded word may come out plain ("Takhār" -> "takhar") */
    bool plain = fb->len > 0 && fb->len <= UINT16_MAX;
    for (size_t i = 0; i < fb->len && plain; i++) {
        unsigned char c = (unsigned char)p[i];
        plain = c < 0x80 && (ascii_class[c] & (C_LOWER | C_DIGIT));
    }
    tk->hash = plain ? ds_word_hash(p, fb->len) : 0;
    return DS_OK;
}

/* Eight bytes of a bit table (tok_out) from p: bit k of the result is bit
 * k & 7 of p[k >> 3]. */
static inline uint64_t bits8(const uint8_t *p)
{
#ifdef DS_SWAR
    return ds_load8((const char *)p);
#else
    return ds_word_chunk((const char *)p, 8);
#endif
}

/* Classifies the whole text once into o->low and o->alnum (see
 * tok_out), so that a fast token needs no pass over its bytes: low has 32
 * bytes after the text (zeros) and the bit tables 16 or more bytes of zero
 * bits after it, so that 8-byte reads at any text offset stay inside. Out of
 * line: inlined into ds_tokenize, its vector constants and pointers were
 * spilled and reloaded at every step (the token loop's registers). */
static __attribute__((noinline)) bool build_tabs(ds_doc *doc, tok_out *o)
{
    const char *t = doc->text;
    uint32_t n = doc->text_len;
    size_t nb = (size_t)n / 8 + 24;
    char *low = ds_arena_alloc_raw(doc->arena, (size_t)n + 32);
    uint8_t *alnum = ds_arena_alloc_raw(doc->arena, nb);
    if (!low || !alnum) return false;
    uint32_t i = 0;
#if defined(__SSE2__)
    /* 16 bytes a step (two in the main loop), the last step (a part, or
     * none) from a zero-padded copy. A byte is in [lo, lo + n) when, plus
     * 128 - lo (mod 256), it is below -128 + n as a signed byte (the
     * addition maps only those n bytes there); | 0x20 takes A-Z to a-z and
     * no other byte into a-z. */
    const __m128i c20 = _mm_set1_epi8(0x20), to_a = _mm_set1_epi8((char)(128 - 'a')),
                  to_0 = _mm_set1_epi8((char)(128 - '0')), below26 = _mm_set1_epi8(-128 + 26),
                  below10 = _mm_set1_epi8(-128 + 10);
#define TAB_STEP(src, at)                                                                          \
    do {                                                                                           \
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(src));                         \
        __m128i l = _mm_or_si128(x, c20);                                                          \
        __m128i letter = _mm_cmpgt_epi8(below26, _mm_add_epi8(l, to_a));                           \
        __m128i digit = _mm_cmpgt_epi8(below10, _mm_add_epi8(x, to_0));                            \
        _mm_storeu_si128((__m128i *)(void *)(low + (at)),                                          \
                         _mm_or_si128(x, _mm_and_si128(letter, c20)));                             \
        uint16_t am = (uint16_t)_mm_movemask_epi8(_mm_or_si128(letter, digit));                    \
        memcpy(alnum + (at) / 8, &am, 2);                                                          \
    } while (0)
    /* the same steps as the loop below, two at a time while 32 bytes remain */
    for (; i + 32 <= n; i += 32) {
        TAB_STEP(t + i, i);
        TAB_STEP(t + i + 16, i + 16);
    }
    unsigned char tail[16];
    for (;; i += 16) {
        if (i + 16 > n) {
            memset(tail, 0, sizeof tail);
            memcpy(tail, t + i, n - i);
            TAB_STEP(tail, i);
            break;
        }
        TAB_STEP(t + i, i);
    }
#undef TAB_STEP
    memset(low + i + 16, 0, 16);
    /* alnum's zero bits from i / 8 + 2 to nb: 22 to 24 bytes (i is at most
     * n and more than n - 16), two 16-byte stores instead of a memset call */
    _mm_storeu_si128((__m128i *)(void *)(alnum + i / 8 + 2), _mm_setzero_si128());
    _mm_storeu_si128((__m128i *)(void *)(alnum + nb - 16), _mm_setzero_si128());
#else
    memset(alnum, 0, nb);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        uint8_t k = c < 0x80 ? ascii_class[c] : 0;
        low[i] = (char)(k & C_UPPER ? c + 32 : c);
        if (k & (C_LOWER | C_UPPER | C_DIGIT)) alnum[i / 8] |= (uint8_t)(1u << (i & 7));
    }
    memset(low + n, 0, 32);
#endif
    o->low = low;
    o->alnum = alnum;
    return true;
}

/* The end of the run of ASCII letters and digits at text offset i, from
 * the bit table alnum (tok_out): one 8-byte read when the run is shorter than 56 bytes (the
 * read holds 56 bits or more from i), else bit by bit (the bits after the
 * text are clear). */
static inline uint32_t run_end(const uint8_t *alnum, uint32_t i)
{
    uint64_t a = bits8(alnum + (i >> 3)) >> (i & 7);
    uint32_t run = (uint32_t)__builtin_ctzll(~a | (1ull << 63));
    if (__builtin_expect(run < 56, 1)) return i + run;
    for (i += run; alnum[i >> 3] >> (i & 7) & 1;) i++;
    return i;
}

/* run_end for a run known to be short: the end of the run of ASCII letters
 * and digits at i when it is shorter than 24 bytes (most words), else
 * UINT32_MAX (the caller takes its general path). One 4-byte read of the
 * table holds 25 bits or more from i: a 32-bit shift and count, no 64-bit
 * constant to keep in a register. */
static inline uint32_t run_end_short(const uint8_t *alnum, uint32_t i)
{
#ifdef DS_SWAR
    uint32_t a;
    memcpy(&a, alnum + (i >> 3), 4);
    a >>= i & 7;
    uint32_t run = (uint32_t)__builtin_ctz(~a | (1u << 31));
    return run < 24 ? i + run : UINT32_MAX;
#else
    uint64_t a = bits8(alnum + (i >> 3)) >> (i & 7);
    uint32_t run = (uint32_t)__builtin_ctzll(~a | (1ull << 63));
    return run < 56 ? i + run : UINT32_MAX;
#endif
}

/* The bytes after a word's run of ASCII letters and digits at which the
 * fast path ends the word there (the run's end is a letter or digit's
 * successor, so no letter or digit is among them): ASCII but '-', an
 * apostrophe and '.' (which scan_word may go on over or an abbreviation
 * keep); a NUL (the text's end) too: the caller tests the sentence's end
 * first. */
static const bool word_stop[256] = {
#define S(c)   ((c) < 0x80 && (c) != '-' && (c) != '\'' && (c) != '.')
#define S8(c)  S(c), S(c + 1), S(c + 2), S(c + 3), S(c + 4), S(c + 5), S(c + 6), S(c + 7)
#define S32(c) S8(c), S8(c + 8), S8(c + 16), S8(c + 24)
    S32(0),   S32(32),  S32(64), S32(96), S32(128),
    S32(160), S32(192), S32(224)
#undef S32
#undef S8
#undef S
};

/* Whether text[i, j) holds a lower-case ASCII letter, t[i] a capital: the
 * second byte settles most capitalised words ("Kongo"). From the text, not
 * a bit table: building one for every byte cost more than this test. */
static inline bool lower_in(const char *t, uint32_t i, uint32_t j)
{
    for (uint32_t k = i + 1; k < j; k++)
        if ((unsigned char)(t[k] - 'a') < 26u) return true;
    return false;
}

#ifdef DS_SWAR
/* The low n bytes of a 64-bit word (n = 1..8): one load instead of the
 * shifts that make the mask. */
static const uint64_t byte_mask[9] = {0,
                                      0xFFull,
                                      0xFFFFull,
                                      0xFFFFFFull,
                                      0xFFFFFFFFull,
                                      0xFFFFFFFFFFull,
                                      0xFFFFFFFFFFFFull,
                                      0xFFFFFFFFFFFFFFull,
                                      ~0ull};
#endif

/* ds_word_hash of the plain word w[0..n) (n > 0) in o->low: 8-byte reads
 * (low has room after the text), the last masked to the word's bytes. */
static inline uint32_t low_hash(const char *w, uint32_t n)
{
#ifdef DS_SWAR
    if (__builtin_expect(n <= 8, 1))
        return (uint32_t)(((n ^ (ds_load8(w) & byte_mask[n])) * DS_WORD_HASH_MUL) >> 32) | 1u;
    uint64_t h = (n ^ ds_load8(w)) * DS_WORD_HASH_MUL;
    uint32_t i = 8;
    for (; i + 8 < n; i += 8) h = (h ^ ds_load8(w + i)) * DS_WORD_HASH_MUL;
    h = (h ^ (ds_load8(w + i) & byte_mask[n - i])) * DS_WORD_HASH_MUL;
    return (uint32_t)(h >> 32) | 1u;
#else
    return ds_word_hash(w, n);
#endif
}

/* Where scan_word ends a word whose run of ASCII letters and digits ends at
 * j < hi on '-' or an apostrophe, when ASCII bytes settle it; 0 when it
 * takes the general path (a byte from 0x80 to decide on, a word that goes on
 * past an apostrophe, a run cut by the sentence's end, a period after runs
 * joined by '-'). scan_word's rules for these bytes: at the sentence's last
 * byte the word ends; '-' before a letter or digit joins the next run, else
 * ends the word; an apostrophe before no letter ends it, before 's' or 'S'
 * followed by no letter or digit (the possessive) ends it, else joins. */
static __attribute__((noinline)) uint32_t word_end(const char *t, const uint8_t *alnum, uint32_t j,
                                                   uint32_t hi)
{
    for (;;) {
        if (j + 1 >= hi) return j;
        unsigned char a = (unsigned char)t[j + 1];
        if (a >= 0x80) return 0;
        if (t[j] == '\'') {
            if (!(ascii_class[a] & (C_LOWER | C_UPPER))) return j;
            if ((a | 0x20) != 's') return 0;
            if (j + 2 >= hi) return j;
            unsigned char b = (unsigned char)t[j + 2];
            return b < 0x80 && !(ascii_class[b] & (C_LOWER | C_UPPER | C_DIGIT)) ? j : 0;
        }
        /* '-' */
        if (!(ascii_class[a] & (C_LOWER | C_UPPER | C_DIGIT))) return j;
        j = run_end(alnum, j + 1);
        if (j >= hi) return j > hi ? 0 : j;
        unsigned char c = (unsigned char)t[j];
        if (c >= 0x80 || c == '.') return 0;
        if (c != '-' && c != '\'') return j;
    }
}

/* The end of the token of the apostrophe at text[i] (lo <= i < hi, one
 * sentence) as the general path gives it: i + 2 for a possessive ('s or 'S
 * followed by no letter, after a character that is no space), else i + 1;
 * 0 when the character before it is not ASCII (the general path decodes
 * it). The tests are the general path's, in its order. */
static __attribute__((noinline)) uint32_t apos_end(const char *t, uint32_t lo, uint32_t i,
                                                   uint32_t hi)
{
    if (!(i + 1 < hi && (t[i + 1] | 0x20) == 's')) return i + 1;
    if (i + 2 < hi && ds_is_letter((unsigned char)t[i + 2])) return i + 1;
    if (i <= lo) return i + 1;
    unsigned char p = (unsigned char)t[i - 1];
    if (p >= 0x80) return 0;
    return ds_is_space(p) ? i + 1 : i + 2;
}

/* A possessive's norm (apos_end), with the readable bytes after it that a
 * norm has (POOL_SLACK). */
static const char possessive[16] = "'s";

/* A fast token's norm that cannot stay in o->low (the byte after it may
 * start the next token's norm there): copied to the pool; NULL when out of
 * memory. */
static __attribute__((noinline)) const char *norm_copy(ds_doc *doc, tok_out *o, const char *w,
                                                       uint32_t n)
{
    char *p = pool_take(doc, o, n);
    if (!p) return NULL;
    memcpy(p, w, n);
    p[n] = '\0';
    return p;
}

/* Flags of an ASCII letter-and-digit token t[i..j) that starts with a digit
 * (a number): CAP when its first letter is upper case, UPPER when it has
 * two letters or more, all upper case. w is its lowered copy (tok_out.low):
 * up to 8 bytes without a letter there (most numbers) are tested at once. */
static inline uint16_t number_flags(const char *t, const char *w, uint32_t i, uint32_t j)
{
    uint16_t fl = DS_TOK_NUMBER;
#ifdef DS_SWAR
    if (j - i <= 8 && !(ds_bytes_in(ds_load8(w), 'a', 'z') & (~0ull >> (64 - 8 * (j - i)))))
        return fl;
#else
    (void)w;
#endif
    uint32_t letters = 0, uppers = 0;
    for (uint32_t q = i; q < j; q++) {
        uint8_t k = ascii_class[(unsigned char)t[q]];
        if (!(k & (C_LOWER | C_UPPER))) continue;
        if ((k & C_UPPER) && !letters) fl |= DS_TOK_CAP;
        letters++;
        uppers += (k & C_UPPER) != 0;
    }
    if (letters >= 2 && uppers == letters) fl |= DS_TOK_UPPER;
    return fl;
}

/* Whether an ASCII word t[i..j) (first byte a letter, no lower-case letter)
 * has two letters or more. */
static bool two_letters(const char *t, uint32_t i, uint32_t j)
{
    uint32_t letters = 0;
    for (uint32_t q = i; q < j && letters < 2; q++)
        letters += (ascii_class[(unsigned char)t[q]] & (C_LOWER | C_UPPER)) != 0;
    return letters >= 2;
}

/* Flags of an ASCII letter-and-digit token t[i..j) that starts with a
 * letter (k0 its class): a lower-case first letter settles UPPER, the
 * word's other bytes tell it for the others (lower_in). */
static inline uint16_t word_flags(uint8_t k0, const char *t, uint32_t i, uint32_t j)
{
    if (!(k0 & C_UPPER)) return DS_TOK_WORD;
    /* most: a lower-case second letter ("Kongo"); t[i + 1] is the byte
     * after the word when it has one letter, then no letter */
    if ((unsigned char)(t[i + 1] - 'a') < 26u) return DS_TOK_WORD | DS_TOK_CAP;
    if (!lower_in(t, i, j) && two_letters(t, i, j)) return DS_TOK_WORD | DS_TOK_CAP | DS_TOK_UPPER;
    return DS_TOK_WORD | DS_TOK_CAP;
}

/* The flags of a one-byte ASCII token but a letter or digit, as
 * DS_TOK_PUNCT ^ punct_xor[c]: a symbol's entry turns PUNCT into SYMBOL
 * (one load and no branch in the fast path). */
enum { SYM = DS_TOK_SYMBOL ^ DS_TOK_PUNCT };
static const uint8_t punct_xor[128] = {
    ['$'] = SYM, ['%'] = SYM, ['+'] = SYM, ['<'] = SYM, ['='] = SYM,
    ['>'] = SYM, ['^'] = SYM, ['`'] = SYM, ['|'] = SYM, ['~'] = SYM,
    ['#'] = SYM, ['&'] = SYM, ['@'] = SYM, ['*'] = SYM, ['\\'] = SYM};

/* Lists a sentence terminator at text offset at, len bytes long, held by
 * token tok (ds_term), when o lists them; false when out of memory. Out of
 * line: inlined, it cost the fast path of tokenize_span registers (+0.19M
 * over 2,000 notes). */
static __attribute__((noinline)) bool term_add(ds_doc *doc, tok_out *o, uint32_t at, uint32_t len,
                                               uint32_t tok, uint8_t word)
{
    if (!o->terms) return true;
    if (o->nterms == o->termcap) {
        uint32_t ncap = o->termcap * 2;
        ds_term *nt = ds_arena_alloc_raw(doc->arena, (size_t)ncap * sizeof *nt);
        if (!nt) return false;
        memcpy(nt, o->terms, (size_t)o->nterms * sizeof *nt);
        o->terms = nt;
        o->termcap = ncap;
    }
    o->terms[o->nterms++] = (ds_term){at, (uint16_t)len, word, tok};
    return true;
}

/* Contract: appends the tokens of text[lo, hi) (one sentence) to o; the
 * common tokens (ASCII words and numbers ended by a space or punctuation,
 * ASCII punctuation) in one pass without decoding, the rest through the
 * general rules (scan_word, scan_number, scan_dotted, push_token). With
 * o->terms, text[lo, hi) may be a block of sentences: the terminators the
 * tokens hold are listed for ds_segment_block_terms (the tokens are those
 * of its sentences one by one: a sentence ends after a terminator and its
 * closers, before white space or a capital glued to a '.', where no rule
 * below looks across). */
static ds_status tokenize_span(ds_doc *doc, ds_ctx *ctx, tok_out *o, buf *fb, uint32_t lo,
                               uint32_t hi)
{
    const char *t = doc->text;
    ds_status st;
    /* The fast path's state in locals, stored back to o around the calls
     * that use it (SPAN_OUT, SPAN_IN): kept in o, every store of a token
     * field or a norm byte (which may alias it) had it reloaded. */
    ds_token *cur = o->v + o->n, *lim = o->v + o->room; /* the next slot; the room's end */
    char *const low = o->low;
    const uint8_t *const alnum = o->alnum;
#define SPAN_OUT() (o->n = (uint32_t)(cur - o->v))
#define SPAN_IN()  (cur = o->v + o->n, lim = o->v + o->room)
    /* Lists token tk (made, in o->v) in o->marks: it may start a place name. */
#define SPAN_MARK(tk) (*o->mark_at++ = (tk))
    /* The next token slot (fields unset), or return the failure. */
#define SPAN_NEXT(tk)                                                                              \
    do {                                                                                           \
        if (cur == lim) {                                                                          \
            SPAN_OUT();                                                                            \
            ds_status more_ = tok_more(doc, ctx, o);                                               \
            if (more_ != DS_OK) return more_;                                                      \
            SPAN_IN();                                                                             \
        }                                                                                          \
        (tk) = cur++;                                                                              \
    } while (0)
    for (uint32_t i = lo; i < hi;) {
        size_t l, pl;
        /* The commonest tokens, ASCII words that start with a letter and
         * that a byte of word_stop ends (most often a space), in a loop of
         * their own with few live values; what the fast path below makes of
         * them (a WORD, CAP and UPPER as word_flags says, the norm in low,
         * the hash). Anything else leaves it for the general loop. */
        for (;;) {
            uint16_t fl = DS_TOK_WORD;
            unsigned c = (unsigned char)t[i];
            if (c - 'a' >= 26u) {
                if (c - 'A' >= 26u) break;
                fl = DS_TOK_WORD | DS_TOK_CAP;
            }
            uint32_t j = run_end_short(alnum, i);
            if (j >= hi || !word_stop[(unsigned char)t[j]] || cur == lim) break;
            if (fl != DS_TOK_WORD) {
                fl = word_flags(C_UPPER, t, i, j);
                SPAN_MARK(cur);
            }
            uint32_t n = j - i;
            /* the norm stays in low, ended by a NUL over the stop byte: that
             * byte starts no norm there (a one-byte token's is static) */
            const char *w = low + i;
            low[j] = '\0';
            *cur++ = (ds_token){{i, j}, w, (uint16_t)n, fl, low_hash(w, n)};
            /* a stop byte but the space starts no word: to the general path */
            i = j;
            if (t[j] != ' ') break;
            if (++i >= hi) break;
        }
        if (i >= hi) break;
        unsigned char c0 = (unsigned char)t[i];
        if (c0 < 0x80) {
            uint8_t k0 = ascii_class[c0];
            if (k0 & C_SPACE) {
                i++;
                continue;
            }
            if (k0 & (C_LOWER | C_UPPER | C_DIGIT)) {
                /* the run from the bit table; one that goes on past the
                 * sentence's end (a sentence cut inside a word) takes the
                 * general path, which gives it the same token */
                uint32_t j = run_end(alnum, i);
                unsigned char nc = j < hi ? (unsigned char)t[j] : ' ';
                bool fast = false, abbr = false, joined = false;
                if (__builtin_expect(j > hi || j - i > UINT16_MAX, 0)) {
                    /* general path: it gives the same token to a run cut by
                     * the sentence's end (a sentence cut inside a word), and
                     * norm_len its cap */
                } else if (nc < 0x80) {
                    if (ascii_class[nc] & C_SPACE) {
                        fast = true;
                    } else if (k0 & C_DIGIT) {
                        /* a number goes on over , . : - between digits */
                        fast = (nc != ',' && nc != '.' && nc != ':' && nc != '-') || j + 1 >= hi ||
                               !is_digit((unsigned char)t[j + 1]) ||
                               !is_digit((unsigned char)t[j - 1]);
                    } else if (nc != '-' && nc != '\'' && nc != '.') {
                        /* a word: scan_word goes on past its ASCII letters and
                         * digits only over '-' or an apostrophe, and a period
                         * may be an abbreviation's (below); any other ASCII
                         * byte ends it here ('size' in '[size=no report]') */
                        fast = true;
                    } else if (nc != '.') {
                        /* '-' or an apostrophe: where scan_word ends the word,
                         * when its ASCII bytes tell (else the general path) */
                        uint32_t e = word_end(t, alnum, j, hi);
                        if (e && e - i <= UINT16_MAX) {
                            fast = true;
                            joined = e != j;
                            j = e;
                        }
                    } else if (j - i >= 2) {
                        /* "Gen." "Jan. 5": keep the abbreviation's period */
                        fast = true;
                        ds_abbrev ak = DS_ABBR_NONE; /* (none is longer than 7 bytes) */
                        if (j - i <= 7) {
                            ak = ds_abbrev_kind_undotted(t + i, j - i);
                            uint32_t k2 = j + 1;
                            while (k2 < hi && t[k2] == ' ') k2++;
                            abbr = ak == DS_ABBR_ALWAYS || (ak == DS_ABBR_BEFORE_NUM && k2 < hi &&
                                                            is_digit((unsigned char)t[k2]));
                        }
                        if (!abbr) {
                            /* the word and then its '.', as the fast path
                             * below and the next round would make them, here
                             * so that the '.''s term carries the word's kind
                             * for sentence_end (ds_term.word) */
                            ds_token *tk;
                            SPAN_NEXT(tk);
                            uint32_t n = j - i;
                            const char *w = low + i;
                            low[j] = '\0';
                            *tk = (ds_token){
                                {i, j}, w, (uint16_t)n, word_flags(k0, t, i, j), low_hash(w, n)};
                            if (k0 & C_UPPER) SPAN_MARK(tk);
                            SPAN_NEXT(tk);
                            *tk = (ds_token){{j, j + 1}, one_byte['.'], 1, DS_TOK_PUNCT, 0};
                            /* term_add's usual case inline: room in the list */
                            if (o->nterms < o->termcap)
                                o->terms[o->nterms++] =
                                    (ds_term){j, 1, (uint8_t)(ak + 1), (uint32_t)(tk - o->v)};
                            else if (!term_add(doc, o, j, 1, (uint32_t)(tk - o->v),
                                               (uint8_t)(ak + 1))) {
                                SPAN_OUT();
                                return DS_ENOMEM;
                            }
                            i = j + 1;
                            if (i < hi && t[i] == ' ') i++;
                            continue;
                        }
                    }
                }
                if (__builtin_expect(abbr, 0)) {
                    /* the norm keeps the period, so it is no plain word (no
                     * hash), and goes to the pool: a word may follow the
                     * period at once, whose norm is in low */
                    ds_token *tk;
                    SPAN_NEXT(tk);
                    uint32_t n = j + 1 - i;
                    const char *norm = norm_copy(doc, o, low + i, n);
                    if (!norm) {
                        SPAN_OUT();
                        return DS_ENOMEM;
                    }
                    *tk = (ds_token){{i, j + 1}, norm, (uint16_t)n, word_flags(k0, t, i, j), 0};
                    SPAN_MARK(tk); /* a word with no hash */
                    if (!term_add(doc, o, j, 1, (uint32_t)(tk - o->v), 0)) {
                        SPAN_OUT();
                        return DS_ENOMEM;
                    }
                    i = j + 1;
                    if (i < hi && t[i] == ' ') i++;
                    continue;
                }
                if (__builtin_expect(joined, 0)) {
                    /* runs joined by '-' ("al-Shabaab", "F-16"): no plain word
                     * (no hash); the norm stays in low as below (the byte
                     * after the word is no letter or digit) */
                    ds_token *tk;
                    SPAN_NEXT(tk);
                    low[j] = '\0';
                    *tk =
                        (ds_token){{i, j}, low + i, (uint16_t)(j - i), word_flags(k0, t, i, j), 0};
                    SPAN_MARK(tk); /* a word with no hash: "al-Qamishli" */
                    i = j;
                    if (i < hi && t[i] == ' ') i++;
                    continue;
                }
                if (fast) {
                    ds_token *tk;
                    SPAN_NEXT(tk);
                    uint32_t n = j - i;
                    /* the norm is the token's bytes in low, ended there by a
                     * NUL over the byte after it (no norm in low starts
                     * there: the next token begins with that byte, which is
                     * no letter or digit); one byte: a static norm */
                    const char *w = low + i, *norm = w;
                    if (n == 1)
                        norm = one_byte[c0];
                    else
                        low[j] = '\0';
                    uint16_t fl = k0 & C_DIGIT ? number_flags(t, w, i, j) : word_flags(k0, t, i, j);
                    *tk = (ds_token){{i, j}, norm, (uint16_t)n, fl, low_hash(w, n)};
                    if (k0 & C_UPPER) SPAN_MARK(tk); /* CAP; a lower-case word has its hash */
                    i = j;
                    if (i < hi && t[i] == ' ') i++; /* the usual space, without a trip round */
                    continue;
                }
            } else if (c0 == '\'') {
                /* an apostrophe: one byte (PUNCT), or with the 's or 'S after
                 * it a possessive (a WORD, its norm "'s", CAP for 'S') */
                uint32_t e = apos_end(t, lo, i, hi);
                if (e) {
                    ds_token *tk;
                    SPAN_NEXT(tk);
                    if (e == i + 1)
                        *tk = (ds_token){{i, e}, one_byte[c0], 1, DS_TOK_PUNCT, 0};
                    else
                        *tk = (ds_token){
                            {i, e},
                            possessive,
                            2,
                            (uint16_t)(t[i + 1] == 'S' ? DS_TOK_WORD | DS_TOK_CAP : DS_TOK_WORD),
                            0};
                    if (tk->flags & DS_TOK_CAP) SPAN_MARK(tk);
                    i = e;
                    if (i < hi && t[i] == ' ') i++;
                    continue;
                }
            } else {
                /* ASCII punctuation or symbol: one byte */
                ds_token *tk;
                SPAN_NEXT(tk);
                *tk = (ds_token){
                    {i, i + 1}, one_byte[c0], 1, (uint16_t)(DS_TOK_PUNCT ^ punct_xor[c0]), 0};
                if (k0 & C_TERM) {
                    /* term_add's usual case inline: room in the list */
                    if (o->nterms < o->termcap)
                        o->terms[o->nterms++] =
                            (ds_term){.at = i, .len = 1, .tok = (uint32_t)(tk - o->v)};
                    else if (!term_add(doc, o, i, 1, (uint32_t)(tk - o->v), 0)) {
                        SPAN_OUT();
                        return DS_ENOMEM;
                    }
                }
                i++;
                if (i < hi && t[i] == ' ') i++;
                continue;
            }
        }
        int32_t cp = ds_u8_get(t, hi, i, &l);
        if (ds_is_space(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0xAD) {
            i += (uint32_t)l;
            continue;
        }
        uint32_t e;
        uint16_t flags;
        if (is_digit(cp)) {
            e = scan_number(t, i, hi);
            flags = DS_TOK_NUMBER;
        } else if (ds_is_letter(cp)) {
            e = scan_dotted(t, i, hi);
            if (e == i) {
                e = scan_word(t, i, hi);
                /* "Gen." "Jan. 5": keep the abbreviation's period */
                if (e < hi && t[e] == '.') {
                    ds_abbrev k = ds_abbrev_kind(t + i, e - i);
                    uint32_t k2 = e + 1;
                    while (k2 < hi && t[k2] == ' ') k2++;
                    if (k == DS_ABBR_ALWAYS ||
                        (k == DS_ABBR_BEFORE_NUM && k2 < hi && is_digit((unsigned char)t[k2])))
                        e++;
                }
            }
            flags = DS_TOK_WORD;
        } else if (is_apos(cp) && i + l < hi && (t[i + l] == 's' || t[i + l] == 'S') &&
                   (i + l + 1 >= hi || !ds_is_letter((unsigned char)t[i + l + 1])) && i > lo &&
                   !ds_is_space(ds_u8_get(t, hi, ds_u8_prev(t, i), &pl))) {
            /* (the previous character's width goes to pl: l must stay the
             * apostrophe's for the branch below, whatever precedes it) */
            e = i + (uint32_t)l + 1; /* possessive 's */
            flags = DS_TOK_WORD;
        } else {
            e = i + (uint32_t)l;
            flags = is_symbol(cp) ? DS_TOK_SYMBOL : DS_TOK_PUNCT;
        }
        SPAN_OUT();
        if ((st = push_token(doc, ctx, o, fb, i, e, flags)) != DS_OK) return st;
        SPAN_IN();
        if (flags & DS_TOK_WORD) SPAN_MARK(cur - 1); /* any word of the general path */
        /* an ellipsis; the period an abbreviation or a dotted form ends with */
        if ((cp == 0x2026 || ((flags & DS_TOK_WORD) && t[e - 1] == '.')) &&
            !term_add(doc, o, cp == 0x2026 ? i : e - 1, cp == 0x2026 ? 3 : 1, o->n - 1, 0)) {
            SPAN_OUT();
            return DS_ENOMEM;
        }
        i = e;
    }
    SPAN_OUT();
    return DS_OK;
#undef SPAN_MARK
#undef SPAN_NEXT
#undef SPAN_IN
#undef SPAN_OUT
}

/* Sets o up for the tokens of doc (its slots, marks, tables); DS_ENOMEM
 * when out of memory. */
static ds_status tok_begin(ds_doc *doc, ds_ctx *ctx, tok_out *o)
{
    *o = (tok_out){
        .v = doc->tokens.v, .n = doc->tokens.n, .cap = doc->tokens.cap, .max = UINT32_MAX};
    if (ctx->limits.max_tokens && ctx->limits.max_tokens < UINT32_MAX)
        o->max = (uint32_t)ctx->limits.max_tokens;
    /* about one token per 5 bytes of text: no copying growth; the pool
     * holds only the norms of the general path (most norms stay in o.low) */
    if (!o->cap) {
        uint32_t cap = doc->text_len / 5 + 16;
        o->v = ds_arena_alloc_raw(doc->arena, (size_t)cap * sizeof *o->v);
        if (!o->v) return DS_ENOMEM;
        o->cap = cap;
    }
    o->marks = ds_arena_alloc_raw(doc->arena, ((size_t)o->cap + 1) * sizeof *o->marks);
    if (!o->marks) return DS_ENOMEM;
    o->mark_at = o->marks;
    if (!build_tabs(doc, o)) return DS_ENOMEM;
    o->hint = (size_t)doc->text_len / 4 + 64;
    o->room = o->cap < o->max ? o->cap : o->max;
    return DS_OK;
}

/* Hands o's tokens to doc; listed: o made every token of doc (then the
 * list of place starts is complete when st is DS_OK). */
static void tok_end(ds_doc *doc, tok_out *o, bool listed, ds_status st)
{
    doc->tokens.v = o->v;
    doc->tokens.n = o->n;
    doc->tokens.cap = o->cap;
    *o->mark_at = o->v + o->cap; /* the end mark: past every token */
    doc->cap_toks = (const ds_token *const *)o->marks;
    doc->ncap_toks = (uint32_t)(o->mark_at - o->marks);
    doc->cap_listed = listed && st == DS_OK;
}

/* o->low over text[lo, hi] again as build_tabs made it (A-Z lowered), the
 * NULs that norms ended with there gone. */
static void low_redo(const ds_doc *doc, tok_out *o, uint32_t lo, uint32_t hi)
{
    const char *t = doc->text;
    for (uint32_t k = lo; k <= hi && k < doc->text_len; k++)
        o->low[k] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] + 32 : t[k]);
}

/* The tokens of sentences [s0, s1), each its own span. */
static ds_status tokenize_sentences(ds_doc *doc, ds_ctx *ctx, tok_out *o, buf *fb, uint32_t s0,
                                    uint32_t s1)
{
    for (uint32_t s = s0; s < s1; s++) {
        ds_sentence *sn = &doc->sentences.v[s];
        uint32_t first = o->n;
        ds_status st = tokenize_span(doc, ctx, o, fb, sn->span.start, sn->span.end);
        if (st != DS_OK) return st;
        sn->first_token = first;
        sn->ntokens = o->n - first;
    }
    return DS_OK;
}

ds_status ds_tokenize(ds_doc *doc, ds_ctx *ctx)
{
    tok_out o;
    /* the list of place starts is made only when every token is made here */
    const bool listed = !doc->tokens.n;
    ds_status st = tok_begin(doc, ctx, &o);
    if (st != DS_OK) return st;
    buf fb = BUF_INIT;
    st = tokenize_sentences(doc, ctx, &o, &fb, 0, doc->sentences.n);
    tok_end(doc, &o, listed, st);
    if (fb.data) buf_free(&fb); /* (the general path's fold buffer, seldom used) */
    return st;
}

ds_status ds_segment_tokenize(ds_doc *doc, ds_ctx *ctx)
{
    tok_out o;
    const bool listed = !doc->tokens.n;
    ds_status st = ds_segment_room(doc);
    if (st == DS_OK) st = tok_begin(doc, ctx, &o);
    if (st != DS_OK) return st;
    o.termcap = 64; /* (a block's, grown as needed: most notes hold a few) */
    if (!(o.terms = ds_arena_alloc_raw(doc->arena, (size_t)o.termcap * sizeof *o.terms)))
        return DS_ENOMEM;
    size_t max = ctx->limits.max_sentence_bytes ? ctx->limits.max_sentence_bytes : 65536;
    buf fb = BUF_INIT;
    for (uint32_t b = 0; b < doc->blocks.n && st == DS_OK; b++) {
        ds_block *bl = &doc->blocks.v[b];
        bl->first_sentence = doc->sentences.n;
        bl->nsentences = 0;
        if (bl->kind == DS_BLOCK_FURNITURE || bl->kind == DS_BLOCK_FOOTNOTE) continue;
        uint32_t lo = bl->span.start, hi = bl->span.end, s0 = doc->sentences.n;
        if ((bl->kind == DS_BLOCK_PROSE || bl->kind == DS_BLOCK_LIST_ITEM) && hi - lo <= max) {
            /* (no sentence of it is cut at the limit, inside a word) */
            uint32_t first = o.n, marked = (uint32_t)(o.mark_at - o.marks);
            bool redo = false;
            o.nterms = 0;
            if ((st = tokenize_span(doc, ctx, &o, &fb, lo, hi)) == DS_OK)
                st = ds_segment_block_terms(doc, ctx, b, o.v, first, o.n, o.terms, o.nterms, &redo);
            if (st == DS_OK && redo) {
                /* undone: the block's tokens and sentences, and the NULs its
                 * norms left in low (the pool's norms stay, unused) */
                o.n = first;
                o.mark_at = o.marks + marked;
                doc->sentences.n = s0;
                low_redo(doc, &o, lo, hi);
                if ((st = ds_segment_block(doc, ctx, b)) == DS_OK)
                    st = tokenize_sentences(doc, ctx, &o, &fb, s0, doc->sentences.n);
            }
        } else if ((st = ds_segment_block(doc, ctx, b)) == DS_OK) {
            st = tokenize_sentences(doc, ctx, &o, &fb, s0, doc->sentences.n);
        }
        bl = &doc->blocks.v[b];
        bl->nsentences = doc->sentences.n - bl->first_sentence;
    }
    tok_end(doc, &o, listed, st);
    if (fb.data) buf_free(&fb);
    return st;
}
