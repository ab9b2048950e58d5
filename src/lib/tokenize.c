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
 */
#include "ctx.h"
#include "doc.h"
#include "fold.h"
#include "read_util.h"

#include <string.h>
#include <utf8proc.h>

typedef struct norm_pool {
    char *p;
    size_t left;
    size_t hint; /* size of the next chunk */
} norm_pool;

static char *pool_take(ds_doc *doc, norm_pool *pool, size_t n)
{
    if (pool->left < n + 1) {
        /* sized to the document: tiny notes must not pay for a 64 KiB block */
        size_t sz = pool->hint > n + 1 ? pool->hint : n + 1;
        pool->hint = sz * 2 > 65536 ? 65536 : sz * 2;
        pool->p = ds_arena_alloc(doc->arena, sz);
        if (!pool->p) return NULL;
        pool->left = sz;
    }
    char *r = pool->p;
    pool->p += n + 1;
    pool->left -= n + 1;
    return r;
}

/* Gives back the last pool_take (p of n bytes). */
static void pool_unget(norm_pool *pool, char *p, size_t n)
{
    if (p + n + 1 == pool->p) {
        pool->p = p;
        pool->left += n + 1;
    }
}

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
enum { C_LOWER = 1, C_UPPER = 2, C_DIGIT = 4, C_SPACE = 8 };
static const uint8_t ascii_class[128] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, ['\r'] = C_SPACE,
    [' '] = C_SPACE,  ['0'] = C_DIGIT,  ['1'] = C_DIGIT,  ['2'] = C_DIGIT,  ['3'] = C_DIGIT,
    ['4'] = C_DIGIT,  ['5'] = C_DIGIT,  ['6'] = C_DIGIT,  ['7'] = C_DIGIT,  ['8'] = C_DIGIT,
    ['9'] = C_DIGIT,  ['A'] = C_UPPER,  ['B'] = C_UPPER,  ['C'] = C_UPPER,  ['D'] = C_UPPER,
    ['E'] = C_UPPER,  ['F'] = C_UPPER,  ['G'] = C_UPPER,  ['H'] = C_UPPER,  ['I'] = C_UPPER,
    ['J'] = C_UPPER,  ['K'] = C_UPPER,  ['L'] = C_UPPER,  ['M'] = C_UPPER,  ['N'] = C_UPPER,
    ['O'] = C_UPPER,  ['P'] = C_UPPER,  ['Q'] = C_UPPER,  ['R'] = C_UPPER,  ['S'] = C_UPPER,
    ['T'] = C_UPPER,  ['U'] = C_UPPER,  ['V'] = C_UPPER,  ['W'] = C_UPPER,  ['X'] = C_UPPER,
    ['Y'] = C_UPPER,  ['Z'] = C_UPPER,  ['a'] = C_LOWER,  ['b'] = C_LOWER,  ['c'] = C_LOWER,
    ['d'] = C_LOWER,  ['e'] = C_LOWER,  ['f'] = C_LOWER,  ['g'] = C_LOWER,  ['h'] = C_LOWER,
    ['i'] = C_LOWER,  ['j'] = C_LOWER,  ['k'] = C_LOWER,  ['l'] = C_LOWER,  ['m'] = C_LOWER,
    ['n'] = C_LOWER,  ['o'] = C_LOWER,  ['p'] = C_LOWER,  ['q'] = C_LOWER,  ['r'] = C_LOWER,
    ['s'] = C_LOWER,  ['t'] = C_LOWER,  ['u'] = C_LOWER,  ['v'] = C_LOWER,  ['w'] = C_LOWER,
    ['x'] = C_LOWER,  ['y'] = C_LOWER,  ['z'] = C_LOWER};

/* Characters that always end a word (never inside one) */
static const bool word_stop[128] = {
    [','] = true, [';'] = true, [':'] = true, [')'] = true, ['('] = true, ['"'] = true,
    ['?'] = true, ['!'] = true, ['/'] = true, ['%'] = true, [']'] = true, ['['] = true};

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

/* End of a word starting at s (a letter). */
static uint32_t scan_word(const char *t, uint32_t s, uint32_t hi)
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

static ds_status push_token(ds_doc *doc, ds_ctx *ctx, norm_pool *pool, buf *fb, uint32_t s,
                            uint32_t e, uint16_t flags)
{
    const char *t = doc->text;
    size_t max = ctx->limits.max_tokens ? ctx->limits.max_tokens : UINT32_MAX;
    if (doc->tokens.n >= max)
        return ds_ctx_fail(ctx, DS_ELIMIT, "%s: more than %zu tokens", doc->path, max);
    ds_token *tk;
    if (doc->tokens.n < doc->tokens.cap) {
        tk = &doc->tokens.v[doc->tokens.n++]; /* every field is set below */
    } else {
        tk = ds_vec_push(doc->arena, &doc->tokens);
        if (!tk) return DS_ENOMEM;
    }
    tk->span = (ds_span){s, e};
    size_t n = e - s;
    {
        /* ASCII: flags and the lower-case copy in one pass */
        char *p = pool_take(doc, pool, n);
        if (!p) return DS_ENOMEM;
        int letters = 0, uppers = 0;
        size_t i = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)t[s + i];
            if (c >= 0x80) break;
            uint8_t k = ascii_class[c];
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
            if (letters >= 2 && uppers == letters) flags |= DS_TOK_UPPER;
            tk->flags = flags;
            tk->norm = p;
            tk->norm_len = (uint16_t)(n > UINT16_MAX ? UINT16_MAX : n);
            return DS_OK;
        }
        pool_unget(pool, p, n);
    }
    bool ascii = true;
    int letters = 0, uppers = 0;
    bool first_letter_seen = false;
    for (uint32_t i = s; i < e;) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 0x80) {
            ascii = false;
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
    if (ascii) {
        char *p = pool_take(doc, pool, n);
        if (!p) return DS_ENOMEM;
        for (size_t i = 0; i < n; i++) {
            char c = t[s + i];
            p[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        p[n] = '\0';
        tk->norm = p;
        tk->norm_len = (uint16_t)(n > UINT16_MAX ? UINT16_MAX : n);
        return DS_OK;
    }
    buf_reset(fb);
    if (!ds_fold_append(fb, t + s, n)) return DS_ENOMEM;
    char *p = pool_take(doc, pool, fb->len);
    if (!p) return DS_ENOMEM;
    if (fb->len) memcpy(p, fb->data, fb->len);
    p[fb->len] = '\0';
    tk->norm = p;
    tk->norm_len = (uint16_t)(fb->len > UINT16_MAX ? UINT16_MAX : fb->len);
    return DS_OK;
}

static ds_status tokenize_span(ds_doc *doc, ds_ctx *ctx, norm_pool *pool, buf *fb, uint32_t lo,
                               uint32_t hi)
{
    const char *t = doc->text;
    ds_status st;
    for (uint32_t i = lo; i < hi;) {
        size_t l;
        unsigned char c0 = (unsigned char)t[i];
        if (c0 < 0x80 && (ascii_class[c0] & C_SPACE)) {
            i++;
            continue;
        }
        int32_t cp = ds_u8_get(t, hi, i, &l);
        if (ds_is_space(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0xAD) {
            i += (uint32_t)l;
            continue;
        }
        uint32_t e;
        uint16_t flags;
        if (c0 < 0x80 && (ascii_class[c0] & (C_LOWER | C_UPPER))) {
            /* fast path: an ASCII word ended by a space or plain punctuation */
            uint32_t j = i + 1, lowers = ascii_class[c0] & C_LOWER, digits = 0;
            while (j < hi && (unsigned char)t[j] < 0x80) {
                uint8_t k = ascii_class[(unsigned char)t[j]];
                if (!(k & (C_LOWER | C_UPPER | C_DIGIT))) break;
                lowers += k & C_LOWER;
                digits += (k & C_DIGIT) >> 2;
                j++;
            }
            unsigned char nc = j < hi ? (unsigned char)t[j] : ' ';
            if (nc < 0x80 && (ascii_class[nc] & C_SPACE || word_stop[nc])) {
                uint32_t n = j - i, letters = n - digits;
                if (doc->tokens.n >= ctx->limits.max_tokens && ctx->limits.max_tokens)
                    return ds_ctx_fail(ctx, DS_ELIMIT, "%s: more than %zu tokens", doc->path,
                                       ctx->limits.max_tokens);
                char *p = pool_take(doc, pool, n);
                ds_token *tk = doc->tokens.n < doc->tokens.cap
                                   ? &doc->tokens.v[doc->tokens.n++]
                                   : ds_vec_push(doc->arena, &doc->tokens);
                if (!p || !tk) return DS_ENOMEM;
                /* letters and digits only: | 0x20 lower-cases letters, keeps digits */
                for (uint32_t k = 0; k < n; k++) p[k] = (char)(t[i + k] | 0x20);
                p[n] = '\0';
                uint16_t fl = DS_TOK_WORD;
                if (ascii_class[c0] & C_UPPER) fl |= DS_TOK_CAP;
                if (letters >= 2 && lowers == 0) fl |= DS_TOK_UPPER;
                *tk = (ds_token){{i, j}, p, (uint16_t)(n > UINT16_MAX ? UINT16_MAX : n), fl};
                i = j;
                continue;
            }
        }
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
                   !ds_is_space(ds_u8_get(t, hi, ds_u8_prev(t, i), &l))) {
            size_t al;
            ds_u8_get(t, hi, i, &al);
            e = i + (uint32_t)al + 1; /* possessive 's */
            flags = DS_TOK_WORD;
        } else {
            e = i + (uint32_t)l;
            flags = is_symbol(cp) ? DS_TOK_SYMBOL : DS_TOK_PUNCT;
        }
        if ((st = push_token(doc, ctx, pool, fb, i, e, flags)) != DS_OK) return st;
        i = e;
    }
    return DS_OK;
}

ds_status ds_tokenize(ds_doc *doc, ds_ctx *ctx)
{
    norm_pool pool = {NULL, 0, (size_t)doc->text_len + 64};
    if (pool.hint > 65536) pool.hint = 65536;
    if (!doc->tokens.cap && doc->text_len > 4096) {
        /* about one token per 5 bytes of text: no copying growth on big documents */
        uint32_t cap = doc->text_len / 5 + 16;
        doc->tokens.v = ds_arena_alloc(doc->arena, (size_t)cap * sizeof *doc->tokens.v);
        if (!doc->tokens.v) return DS_ENOMEM;
        doc->tokens.cap = cap;
    }
    buf fb = BUF_INIT;
    ds_status st = DS_OK;
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        ds_sentence *sn = &doc->sentences.v[s];
        uint32_t first = doc->tokens.n;
        st = tokenize_span(doc, ctx, &pool, &fb, sn->span.start, sn->span.end);
        if (st != DS_OK) break;
        sn = &doc->sentences.v[s];
        sn->first_token = first;
        sn->ntokens = doc->tokens.n - first;
    }
    buf_free(&fb);
    return st;
}
