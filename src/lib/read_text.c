/* read_text.c - plain text and Markdown: bytes -> validated NFC UTF-8 with an
 * offset map, then a layout pass that finds blocks. First stage of the
 * pipeline (PDF text comes through here too). Handles the artefacts of text
 * extracted from PDFs: sentences cut by a page break are joined, page
 * furniture (short all-caps lines, URL/handle lines, page numbers) is marked,
 * the footnote list ("- ¹ <url>", "1. https://...", "[^1]: ...") becomes
 * FOOTNOTE blocks, and a flattened Wikipedia infobox ("Wali:", "- name")
 * becomes LABEL/LIST_ITEM/FIELD blocks. Unicode: UTF-8 (RFC 3629), NFC (UAX #15).
 */
#include "ctx.h"
#include "doc.h"
#include "fold.h"
#include "lexicon.h"
#include "read_util.h"
#include "timex.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- decoding ----------------------------------------------------------- */

/* Recomposes the combining sequence that ends the builder, starting at its
 * last starter (NFC); all output bytes map to the starter's source offset. */
static void nfc_tail(ds_tb *tb, size_t starter)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)tb->text + starter,
                                      (utf8proc_ssize_t)(tb->len - starter), &out,
                                      (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0 || !out) {
        free(out);
        return;
    }
    uint32_t src = tb->map[starter];
    if ((size_t)n <= tb->len - starter) {
        memcpy(tb->text + starter, out, (size_t)n);
        for (size_t i = 0; i < (size_t)n; i++) tb->map[starter + i] = src;
        tb->len = starter + (size_t)n;
    }
    free(out);
}

ds_status ds_decode_utf8(ds_tb *out, ds_doc *doc, ds_ctx *ctx, const char *src, size_t n,
                         uint32_t base)
{
    size_t probe = n < 4096 ? n : 4096, bad = 0;
    for (size_t i = 0; i < probe; i++) {
        unsigned char c = (unsigned char)src[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) bad++;
    }
    if (probe && bad * 10 > probe)
        return ds_ctx_fail(ctx, DS_EFORMAT,
                           "%s: binary file (%zu of the first %zu bytes are control bytes)",
                           doc->path, bad, probe);
    if (!ds_tb_reserve(out, n + n / 8 + 16)) return DS_ENOMEM;
    size_t i = 0, starter = 0;
    uint32_t invalid = 0;
    if (n >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n) {
        unsigned char c = (unsigned char)src[i];
        uint32_t at = base + (uint32_t)i;
        if (c >= 0x20 && c < 0x7F) {
            size_t j = i + 1;
            while (j < n && (unsigned char)src[j] >= 0x20 && (unsigned char)src[j] < 0x7F) j++;
            starter = out->len + (j - i) - 1;
            ds_tb_put(out, src + i, j - i, at, true);
            i = j;
            continue;
        }
        if (c < 0x80) {
            if (c == '\n' || c == '\r') {
                ds_tb_putc(out, '\n', at);
                i += (c == '\r' && i + 1 < n && src[i + 1] == '\n') ? 2 : 1;
            } else if (c == '\f') { /* page break */
                ds_tb_putc(out, '\n', at);
                ds_tb_putc(out, '\n', at);
                i++;
            } else if (c == 0) {
                i++;
            } else if (c == '\t') { /* kept for the layout: a copied table's cells */
                ds_tb_putc(out, '\t', at);
                i++;
            } else {
                ds_tb_putc(out, ' ', at);
                i++;
            }
            starter = out->len;
            continue;
        }
        size_t l;
        int32_t cp = ds_u8_get(src, n, i, &l);
        if (cp == 0xFFFD && l == 1) {
            if (!invalid++)
                ds_doc_diag_add(doc, DS_DIAG_WARNING, "invalid-utf8", at,
                                "invalid UTF-8 byte 0x%02X replaced by U+FFFD", c);
            ds_tb_put(out, "\xEF\xBF\xBD", 3, at, false);
            starter = out->len - 3;
            i++;
            continue;
        }
        i += l;
        if (cp == 0xA0 || cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) ||
            cp == 0x3000) {
            ds_tb_putc(out, ' ', at);
            starter = out->len - 1;
            continue;
        }
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            ds_tb_putc(out, '\n', at);
            starter = out->len;
            continue;
        }
        if (ds_invisible(cp)) continue;
        const char *lig = ds_ligature_letters(cp);
        if (lig) {
            /* a typeset ligature, as a PDF's text layer gives it ("ﬁve
             * soldiers", "oﬃcials"): its letters, which the lexicons know */
            ds_tb_put(out, lig, strlen(lig), at, false);
            starter = out->len - 1;
            continue;
        }
        const utf8proc_property_t *prop = utf8proc_get_property(cp);
        size_t before = out->len;
        ds_tb_put(out, src + i - l, l, at, true);
        if (prop->combining_class != 0 && before > starter) {
            /* only recompose when the source is not already NFC */
            size_t s2 = starter;
            nfc_tail(out, s2);
        } else if (prop->combining_class == 0) {
            starter = before;
        }
    }
    if (invalid > 1)
        ds_doc_diag_add(doc, DS_DIAG_WARNING, "invalid-utf8", base + n,
                        "%u invalid UTF-8 bytes in all were replaced", invalid);
    return out->failed ? DS_ENOMEM : DS_OK;
}

/* ---- layout ------------------------------------------------------------- */

typedef enum para_kind {
    P_UNSET = 0,
    P_FOOTNOTE,
    P_LIST,
    P_MD_HEADING,
    P_TABLE, /* a row of a pipe table ("| 10 Mar | Boni | IED strike | 3 |") */
    P_FRONT, /* YAML front matter of a Markdown page ("---" / "title: ..." / "---") */
} para_kind;

typedef struct line {
    uint32_t s, e; /* trimmed content in the decoded text */
    uint32_t cs;   /* content start after a list/heading marker */
    uint32_t blank_before;
    uint32_t fn_number; /* footnote entry number, or 0 */
    uint8_t kind;       /* para_kind */
    bool url_only;      /* a bare URL line ("<https://...>") */
    bool alone;         /* never part of a paragraph (standalone()) */
    int8_t ends;        /* ends_sentence(t, s, e) when standalone() asked it, else -1 */
} line;

typedef struct para {
    uint32_t first, last; /* lines */
    uint32_t cs, e;       /* content span in the decoded text */
    uint32_t join_next;   /* index of the para joined after this one, or DS_NONE */
    bool joined;          /* appended to an earlier para */
    bool blank_before;
    ds_block_kind kind;
    uint32_t fn_number;
    bool infobox;
    uint32_t colon; /* an inline "Label: value" line: the colon's offset, else 0 */
    bool table_row; /* a data row of a pipe table: emitted by emit_row */
    bool caps_kept; /* an all-caps line kept as an infobox value (caps_value) */
    char heads[16]; /* its table's columns: 'd' a death heading, 'i' an injury one, 0 */
} para;

static bool is_ws(char c)
{
    return c == ' ' || c == '\t';
}

/* Parses a run of superscript digits at t[i]; returns its byte length and the
 * number in *num, 0 when none. */
static uint32_t superscript_run(const char *t, uint32_t i, uint32_t e, uint32_t *num)
{
    uint32_t j = i, v = 0;
    int nd = 0;
    /* (superscript digits are from U+00B2: an ASCII byte ends the run) */
    while (j < e && (unsigned char)t[j] >= 0x80) {
        size_t l;
        int d = ds_superscript_digit(ds_u8_get(t, e, j, &l));
        if (d < 0) break;
        if (nd < 6) v = v * 10 + (uint32_t)d;
        nd++;
        j += (uint32_t)l;
    }
    *num = v;
    return j - i;
}

static bool starts_with_url(const char *t, uint32_t s, uint32_t e)
{
    if (s < e && t[s] == '<') s++;
    size_t n = e - s;
    /* memcmp of a constant length (inlined, no call): the bytes are there
     * and the literals hold no NUL, so it answers as strncmp would */
    return (n >= 7 && !memcmp(t + s, "http://", 7)) || (n >= 8 && !memcmp(t + s, "https://", 8)) ||
           (n >= 4 && !memcmp(t + s, "www.", 4));
}

static bool has_url(const char *t, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i + 4 <= e; i++)
        if ((t[i] == 'h' && i + 7 <= e && !strncmp(t + i, "http", 4) &&
             (!strncmp(t + i + 4, "://", 3) || (i + 8 <= e && !strncmp(t + i + 4, "s://", 4)))) ||
            (t[i] == 'w' && !strncmp(t + i, "www.", 4)))
            return true;
    return false;
}

/* Classifies a line's leading marker: list item, Markdown heading, footnote
 * entry. Sets cs past the marker. */
static void line_marker(const char *t, line *ln, bool markdown)
{
    uint32_t s = ln->s, e = ln->e, i = s;
    ln->cs = s;
    if (s >= e) return;
    /* an ASCII letter starts no marker below (bullet, superscript, '[',
     * digit, '#', '|'): most lines */
    if ((unsigned)(((unsigned char)t[s] | 0x20) - 'a') < 26) return;
    if (t[s] == '|' && e - s > 2 && memchr(t + s + 1, '|', e - s - 1)) {
        ln->kind = P_TABLE;
        return;
    }
    /* "- ¹ <url>", "¹ url", "* [1] url" */
    uint32_t after_bullet = s;
    if ((t[s] == '-' || t[s] == '*' || t[s] == '+') && s + 1 < e && is_ws(t[s + 1]))
        after_bullet = s + 2;
    else if (e - s >= 4 && !memcmp(t + s, "\xE2\x80\xA2", 3) && is_ws(t[s + 3]))
        after_bullet = s + 4; /* • */
    while (after_bullet < e && is_ws(t[after_bullet])) after_bullet++;
    uint32_t num = 0, sl = superscript_run(t, after_bullet, e, &num);
    if (sl && (after_bullet + sl >= e || is_ws(t[after_bullet + sl]))) {
        ln->kind = P_FOOTNOTE;
        ln->fn_number = num;
        ln->cs = after_bullet + sl;
        while (ln->cs < e && is_ws(t[ln->cs])) ln->cs++;
        return;
    }
    /* "[^3]: text" (Markdown footnote) and "[3] text" */
    i = after_bullet;
    if (i < e && t[i] == '[') {
        uint32_t j = i + 1;
        if (j < e && t[j] == '^') j++;
        uint32_t v = 0, nd = 0;
        while (j < e && t[j] >= '0' && t[j] <= '9' && nd < 6)
            v = v * 10 + (uint32_t)(t[j++] - '0'), nd++;
        if (nd && j < e && t[j] == ']') {
            j++;
            if (j < e && t[j] == ':') j++;
            if (t[i + 1] == '^' || has_url(t, j, e)) {
                ln->kind = P_FOOTNOTE;
                ln->fn_number = v;
                while (j < e && is_ws(t[j])) j++;
                ln->cs = j;
                return;
            }
        }
        /* "[^djibo]: Reuters, ...": a named Markdown footnote, numbered
         * after the numbered ones once all are read (DS_NONE till then);
         * citations.c finds its markers by the label */
        uint32_t ll = ds_md_note_label(t, e, i);
        if (ll && i + ll < e && t[i + ll] == ':') {
            ln->kind = P_FOOTNOTE;
            ln->fn_number = DS_NONE;
            for (j = i + ll + 1; j < e && is_ws(t[j]);) j++;
            ln->cs = j;
            return;
        }
    }
    if (after_bullet > s) {
        ln->kind = P_LIST;
        ln->cs = after_bullet;
        return;
    }
    /* "1. text", "12) text": numbered list; a footnote when it is mostly a URL */
    uint32_t v = 0, nd = 0, j = s;
    while (j < e && t[j] >= '0' && t[j] <= '9' && nd < 4)
        v = v * 10 + (uint32_t)(t[j++] - '0'), nd++;
    if (nd && j + 1 < e && (t[j] == '.' || t[j] == ')') && is_ws(t[j + 1])) {
        j += 2;
        while (j < e && is_ws(t[j])) j++;
        ln->cs = j;
        if (starts_with_url(t, j, e) || (e - j < 400 && has_url(t, j, e) && markdown)) {
            ln->kind = P_FOOTNOTE;
            ln->fn_number = v;
        } else {
            ln->kind = P_LIST;
        }
        return;
    }
    /* "1 https://...": a footnote whose superscript number a PDF's text
     * layer gives as plain digits */
    if (nd && nd <= 3 && j < e && t[j] == ' ' && starts_with_url(t, j + 1, e)) {
        ln->kind = P_FOOTNOTE;
        ln->fn_number = v;
        ln->cs = j + 1;
        return;
    }
    if (markdown && t[s] == '#') {
        j = s;
        while (j < e && t[j] == '#') j++;
        if (j - s <= 6 && j < e && is_ws(t[j])) {
            while (j < e && is_ws(t[j])) j++;
            ln->kind = P_MD_HEADING;
            ln->cs = j;
        }
    }
}

/* A note entry's number: "[2] text" or "1 Text" (1 to 3 digits, a space,
 * then no lower-case letter or digit: "3 soldiers were killed" is no note).
 * The content start after it, *v its number; 0 when the line is neither. */
static uint32_t note_number(const char *t, uint32_t s, uint32_t e, uint32_t *v)
{
    bool bracket = s < e && t[s] == '[';
    uint32_t j = s + bracket, nd = 0;
    *v = 0;
    while (j < e && t[j] >= '0' && t[j] <= '9' && nd < 4)
        *v = *v * 10 + (uint32_t)(t[j++] - '0'), nd++;
    if (!nd || !*v || (!bracket && nd > 3)) return 0;
    if (bracket && (j >= e || t[j++] != ']')) return 0;
    if (j + 1 >= e || !is_ws(t[j])) return 0;
    while (j < e && is_ws(t[j])) j++;
    if (!bracket && j < e && ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= '0' && t[j] <= '9')))
        return 0;
    return j;
}

/* Does t[lo, hi) cite note v as a PDF's text layer writes a superscript:
 * its digits glued to the punctuation after a word ("officials.1 The",
 * "patrol,12 and") and followed by a space or a line end? */
static bool glued_marker(const char *t, uint32_t lo, uint32_t hi, uint32_t v)
{
    char num[8];
    int nn = 0;
    for (uint32_t x = v; x && nn < 4; x /= 10) nn++;
    for (int k = nn - 1, x = (int)v; k >= 0; k--, x /= 10) num[k] = (char)('0' + x % 10);
    for (uint32_t i = lo + 2; i + (uint32_t)nn <= hi; i++) {
        if (memcmp(t + i, num, (size_t)nn) != 0 || !strchr(".,;:)\"", t[i - 1]) || !t[i - 1])
            continue;
        unsigned char w = (unsigned char)t[i - 2];
        uint32_t after = i + (uint32_t)nn;
        if (((w | 0x20) >= 'a' && (w | 0x20) <= 'z') && after < hi &&
            (t[after] == ' ' || t[after] == '\n'))
            return true;
    }
    return false;
}

/* The content end with trailing citation markers ([12], ¹²) and spaces
 * dropped: what the line "ends with". */
static uint32_t end_sans_cites(const char *t, uint32_t s, uint32_t e)
{
    for (;;) {
        while (e > s && is_ws(t[e - 1])) e--;
        if (e > s && t[e - 1] == ']') {
            /* its '[' at most 24 bytes before the ']' (the nearest) */
            uint32_t lo = e - s > 25 ? e - 25 : s;
            const char *open = e - 1 > lo ? memrchr(t + lo, '[', e - 1 - lo) : NULL;
            if (open) {
                e = (uint32_t)(open - t);
                continue;
            }
            return e;
        }
        if (e > s) {
            /* superscript digits are not ASCII (U+00B2 and up) */
            if ((unsigned char)t[e - 1] < 0x80) return e;
            size_t p = ds_u8_prev(t, e), l;
            if (ds_superscript_digit(ds_u8_get(t, e, p, &l)) >= 0) {
                e = (uint32_t)p;
                continue;
            }
        }
        return e;
    }
}

static bool ends_sentence(const char *t, uint32_t s, uint32_t e)
{
    e = end_sans_cites(t, s, e);
    while (e > s) {
        size_t p = ds_u8_prev(t, e), l;
        int32_t cp = ds_u8_get(t, e, p, &l);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019) {
            e = (uint32_t)p;
            continue;
        }
        return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == 0x2026;
    }
    return false;
}

/* ends_sentence(t, s, e) through *ends: -1 (not asked yet) or its answer,
 * for the tests of one span that each ask it (it is pure). */
static bool ends_cached(const char *t, uint32_t s, uint32_t e, int *ends)
{
    if (*ends < 0) *ends = ends_sentence(t, s, e);
    return *ends != 0;
}

static int32_t first_cp(const char *t, uint32_t s, uint32_t e)
{
    size_t l;
    while (s < e) {
        int32_t cp = ds_u8_get(t, e, s, &l);
        if (cp != '"' && cp != '(' && cp != 0x201C && cp != '\'' && cp != 0x2018) return cp;
        s += (uint32_t)l;
    }
    return 0;
}

static uint32_t count_words(const char *t, uint32_t s, uint32_t e)
{
    uint32_t n = 0;
    bool in = false;
    for (uint32_t i = s; i < e; i++) {
        bool w = !is_ws(t[i]);
        if (w && !in) n++;
        in = w;
    }
    return n;
}

/* Short all-caps line ("ISW CELEBRATES 15 YEARS"). */
static bool all_caps(const char *t, uint32_t s, uint32_t e)
{
    uint32_t letters = 0;
    for (uint32_t i = s; i < e;) {
        size_t l;
        int32_t cp = ds_u8_get(t, e, i, &l);
        if (ds_is_lower(cp)) return false;
        if (ds_is_upper(cp)) letters++;
        i += (uint32_t)l;
    }
    return letters >= 3;
}

/* A line made mostly of URLs, handles and links (a page footer). */
/* Whether t[i] starts a mark of an address: '@', "//", ".org", ".com", "www.". */
static inline bool url_mark_at(const char *t, uint32_t i, uint32_t e)
{
    return t[i] == '@' || (t[i] == '/' && i + 1 < e && t[i + 1] == '/') ||
           (t[i] == '.' && i + 3 < e &&
            (!memcmp(t + i + 1, "org", 3) || !memcmp(t + i + 1, "com", 3))) ||
           (t[i] == 'w' && i + 3 < e && !memcmp(t + i, "www.", 4));
}

static bool url_line(const char *t, uint32_t s, uint32_t e)
{
    uint32_t words = 0, urlish = 0;
    bool any = false;
    uint32_t k = s;
#if defined(__SSE2__)
    /* 16 bytes a step: only the bytes a mark starts with are tested */
    const __m128i at = _mm_set1_epi8('@'), sl = _mm_set1_epi8('/'), dot = _mm_set1_epi8('.'),
                  w = _mm_set1_epi8('w');
    for (; k + 16 <= e && !any; k += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + k));
        __m128i h = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, at), _mm_cmpeq_epi8(x, sl)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, w)));
        for (unsigned m = (unsigned)_mm_movemask_epi8(h); m && !any; m &= m - 1)
            any = url_mark_at(t, k + (uint32_t)__builtin_ctz(m), e);
    }
#endif
    for (; k < e && !any; k++) any = url_mark_at(t, k, e);
    if (!any) return false;
    for (uint32_t i = s; i < e;) {
        while (i < e && is_ws(t[i])) i++;
        if (i >= e) break;
        uint32_t j = i;
        while (j < e && !is_ws(t[j])) j++;
        words++;
        if (t[i] == '@' || (t[i] == '[' && i + 1 < j && t[i + 1] == '@') || has_url(t, i, j) ||
            (j - i > 4 && (memmem(t + i, j - i, ".org", 4) || memmem(t + i, j - i, ".com", 4))))
            urlish++;
        i = j;
    }
    return words && urlish * 2 >= words && urlish >= 1;
}

/* "12", "Page 3", "3 of 10", "- 4 -" */
static bool page_number(const char *t, uint32_t s, uint32_t e)
{
    uint32_t i = s, digits = 0;
    if (e - s > 20) return false;
    if (e - s >= 4 && !strncasecmp(t + s, "page", 4)) i += 4;
    for (; i < e; i++) {
        char c = t[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (c != ' ' && c != '-' && c != '/' && c != '|' &&
                 !(c == 'o' && i + 1 < e && t[i + 1] == 'f' && (i++, true)))
            return false;
    }
    return digits >= 1 && digits <= 3 + (strncasecmp(t + s, "page", 4) == 0 ? 3 : 0);
}

/* A line that is never part of a paragraph: a page number, a short
 * all-caps banner, a line of URLs or handles. */
static bool standalone(const char *t, line *ln)
{
    uint32_t s = ln->s, e = ln->e;
    ln->ends = -1;
    if (e - s > 400) return false;
    if (e - s > 120 && (ln->ends = ends_sentence(t, s, e))) return false;
    return page_number(t, s, e) ||
           (e - s <= 80 && all_caps(t, s, e) && count_words(t, s, e) <= 10) || url_line(t, s, e);
}

/* Most words capitalised and no final punctuation: a title or heading line
 * ("Rebels Shell Border Post in the Eastern Hills"). */
static bool title_case(const char *t, uint32_t s, uint32_t e)
{
    static const char *const small[] = {"of", "the", "in", "and",  "on",   "at", "for", "a",
                                        "an", "to",  "by", "with", "from", "vs", "or",  "as"};
    uint32_t words = 0, caps = 0;
    if (e - s > 150 || ends_sentence(t, s, e)) return false;
    for (uint32_t i = s; i < e;) {
        while (i < e && is_ws(t[i])) i++;
        if (i >= e) break;
        uint32_t j = i;
        while (j < e && !is_ws(t[j])) j++;
        bool is_small = false;
        for (size_t k = 0; k < sizeof small / sizeof *small; k++)
            if (strlen(small[k]) == j - i && !strncmp(t + i, small[k], j - i)) is_small = true;
        if (!is_small) {
            words++;
            size_t l;
            int32_t cp = ds_u8_get(t, e, i, &l);
            if (ds_is_upper(cp) || (cp >= '0' && cp <= '9')) caps++;
        }
        i = j;
    }
    return words >= 2 && words <= 15 && caps * 10 >= words * 8;
}

/* heading_like with ends_sentence's answer through *ends (ends_cached) */
static bool heading_like_e(const char *t, uint32_t s, uint32_t e, int *ends)
{
    if (e - s > 100 || e <= s) return false;
    if (ends_cached(t, s, e, ends)) return false;
    uint32_t le = end_sans_cites(t, s, e);
    if (le > s && (t[le - 1] == ',' || t[le - 1] == ';')) return false;
    int32_t f = first_cp(t, s, e);
    if (ds_is_lower(f)) return false;
    return count_words(t, s, e) <= 14;
}

/* An infobox line with its label inline ("Headquarters: Jilib, Middle
 * Juba", "Size: 7,000-12,000"): a capitalised label of at most four words,
 * ": ", a value that is no sentence. The colon's offset, or 0. */
static uint32_t inline_label_e(const char *t, uint32_t s, uint32_t e, int *ends)
{
    if (e - s > 200 || e - s < 5 || ends_cached(t, s, e, ends) || !ds_is_upper(first_cp(t, s, e)))
        return 0;
    uint32_t words = 1;
    for (uint32_t i = s; i < e && i < s + 32; i++) {
        if (t[i] == ' ') words++;
        if (words > 4 || t[i] == '.' || t[i] == ',' || t[i] == '(') return 0;
        if (t[i] == ':') return i + 2 < e && t[i + 1] == ' ' && t[i + 2] != ' ' ? i : 0;
        /* a copied infobox table: "Leaders<TAB>Iyad Ag Ghaly" */
        if (t[i] == '\t') return i > s && i + 1 < e && t[i + 1] != '\t' && t[i + 1] != ' ' ? i : 0;
    }
    return 0;
}

/* Is t[s, e) one of the n words (lower case; compared ignoring case)? */
static bool line_is_one_of(const char *t, uint32_t s, uint32_t e, const char *const *words,
                           size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(words[k]) == e - s && !strncasecmp(t + s, words[k], e - s)) return true;
    return false;
}

/* A line that is only an infobox label of a group's page, with no colon or
 * list after it ("Founder" / "Mohammed Yusuf † (2002–2009)" in an infobox
 * copied as text): the labels of the war-faction infobox. */
static bool bare_infobox_label(const char *t, uint32_t s, uint32_t e)
{
    static const char *const labels[] = {"founder",
                                         "founders",
                                         "leader",
                                         "leaders",
                                         "emir",
                                         "emirs",
                                         "wali",
                                         "spokesman",
                                         "spokesperson",
                                         "commander",
                                         "commanders",
                                         "military commander",
                                         "deputy leader",
                                         "allies",
                                         "opponents",
                                         "size",
                                         "strength",
                                         "headquarters",
                                         "founded",
                                         "formation",
                                         "dates of operation",
                                         "active regions",
                                         "area of operations",
                                         "ideology",
                                         "part of",
                                         "subgroups",
                                         "merger of",
                                         "split from",
                                         "status",
                                         "motives"};
    uint32_t n = e - s;
    return n >= 4 && n <= 20 && line_is_one_of(t, s, e, labels, sizeof labels / sizeof *labels);
}

/* A Wikipedia article's section heading copied as a bare line ("History",
 * "Background"; the "[edit]" dropped): it ends an infobox's values
 * ("Opponents" / "MONUSCO" / "History" made History an opponent). */
static bool section_heading(const char *t, uint32_t s, uint32_t e)
{
    static const char *const names[] = {
        "history",      "background", "origins",    "ideology",       "organization",
        "organisation", "structure",  "leadership", "activities",     "operations",
        "attacks",      "funding",    "finances",   "propaganda",     "overview",
        "etymology",    "name",       "timeline",   "aftermath",      "reactions",
        "see also",     "references", "notes",      "external links", "further reading"};
    uint32_t n = e - s;
    return n >= 4 && n <= 15 && line_is_one_of(t, s, e, names, sizeof names / sizeof *names);
}

static uint32_t inline_label(const char *t, uint32_t s, uint32_t e)
{
    int ends = -1;
    return inline_label_e(t, s, e, &ends);
}

static bool heading_like(const char *t, uint32_t s, uint32_t e)
{
    int ends = -1;
    return heading_like_e(t, s, e, &ends);
}

/* An infobox value that opens lower case with a count ("several thousand
 * (2020 estimate)", "c. 3,000 fighters", "about 500"): at most 60 bytes, no
 * sentence, a count word then a digit or a number word. Only where an
 * infobox is open (a lower-case line elsewhere is prose). */
static bool count_value(const char *t, uint32_t s, uint32_t e)
{
    static const char *const opens[] = {
        "several ",   "a few ",     "hundreds", "thousands", "tens of ", "about ",
        "around ",    "approximat", "some ",    "c. ",       "ca. ",     "est. ",
        "estimated ", "over ",      "up to ",   "nearly ",   "fewer ",   "less than ",
        "more than ", "at least ",  "between ", "under ",    "almost ",  "roughly "};
    if (e <= s || e - s > 60 || !ds_is_lower(first_cp(t, s, e))) return false;
    int ends = -1;
    if (ends_cached(t, s, e, &ends)) return false;
    size_t n = e - s;
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t l = strlen(opens[k]);
        if (n < l || strncmp(t + s, opens[k], l)) continue;
        for (uint32_t i = s + (uint32_t)l; i < e; i++)
            if (t[i] >= '0' && t[i] <= '9') return true;
        return ds_find_word(t + s, n, "hundred") || ds_find_word(t + s, n, "hundreds") ||
               ds_find_word(t + s, n, "thousand") || ds_find_word(t + s, n, "thousands") ||
               ds_find_word(t + s, n, "million");
    }
    return false;
}

/* Has the line a year (a run of exactly four digits from 1800 to 2099)? */
static bool has_year(const char *t, uint32_t s, uint32_t e)
{
    for (uint32_t i = s; i + 4 <= e; i++) {
        if (i > s && t[i - 1] >= '0' && t[i - 1] <= '9') continue;
        uint32_t j = i;
        while (j < e && t[j] >= '0' && t[j] <= '9') j++;
        if (j - i == 4 && ((t[i] == '1' && t[i + 1] >= '8') || (t[i] == '2' && t[i + 1] == '0')))
            return true;
        if (j > i) i = j;
    }
    return false;
}

/* An infobox value opening lower case under a short value ("Mocimboa da
 * Praia, Mozambique" / "a few hundred fighters (2023 estimate)" /
 * "Subgroups"): t[s, e) is no continuation of t[ps, pe) when it is a
 * count_value, the line before is a short heading-like value and the line
 * after opens no continuation either (next_opens). */
static bool count_after_value(const char *t, uint32_t ps, uint32_t pe, uint32_t s, uint32_t e,
                              bool next_opens)
{
    return next_opens && pe - ps < 40 && count_value(t, s, e) && heading_like(t, ps, pe);
}

/* Join a paragraph cut by a page break? a ends without sentence-final
 * punctuation and b starts lower-case, or a ends mid-clause (comma, hyphen,
 * a function word) and b is running text. */
static bool is_cut(const char *t, const para *a, const para *b)
{
    if (a->e - a->cs < 20 || ends_sentence(t, a->cs, a->e)) return false;
    int32_t f = first_cp(t, b->cs, b->e);
    if (ds_is_lower(f)) return true;
    if (a->e - a->cs < 60) return false;
    uint32_t ae = end_sans_cites(t, a->cs, a->e);
    if (ae > a->cs && (t[ae - 1] == ',' || t[ae - 1] == '-')) return b->e - b->cs >= 60;
    static const char *const fw[] = {" the",  " a",    " an",  " of",   " to", " and",
                                     " in",   " for",  " by",  " with", " on", " at",
                                     " from", " that", " its", " or"};
    for (size_t k = 0; k < sizeof fw / sizeof *fw; k++) {
        size_t n = strlen(fw[k]);
        if (ae - a->cs > n && !strncmp(t + ae - n, fw[k], n)) return b->e - b->cs >= 60;
    }
    return false;
}

/* Is t[s, e) the rule under a pipe table's heading row ("|---|:--:|")? */
static bool table_rule(const char *t, uint32_t s, uint32_t e)
{
    bool dash = false;
    for (uint32_t i = s; i < e; i++) {
        if (t[i] == '-')
            dash = true;
        else if (t[i] != '|' && t[i] != ':' && !is_ws(t[i]))
            return false;
    }
    return dash;
}

/* The next cell of the pipe-table row t[*i, e) (*i at a bar or the row's
 * start): its trimmed span in *a, *b, *i moved to the bar after it; false
 * past the last cell. */
static bool table_cell(const char *t, uint32_t *i, uint32_t e, uint32_t *a, uint32_t *b)
{
    uint32_t k = *i;
    if (k < e && t[k] == '|') k++; /* the bar before the cell */
    if (k >= e) return false;      /* past the closing bar */
    uint32_t end = k;
    while (end < e && t[end] != '|') end++;
    *a = k, *b = end;
    while (*a < *b && is_ws(t[*a])) (*a)++;
    while (*b > *a && is_ws(t[*b - 1])) (*b)--;
    *i = end;
    return true;
}

/* The heading row t[s, e): per column, its ds_column_heading. */
static void table_heads(const char *t, uint32_t s, uint32_t e, char heads[16])
{
    memset(heads, 0, 16);
    uint32_t a, b, i = s;
    for (uint32_t c = 0; c < 16 && table_cell(t, &i, e, &a, &b); c++)
        heads[c] = ds_column_heading(t + a, b - a);
}

/* Source offset of decoded byte i: map NULL means the decoding changed
 * nothing (identity). */
#define MAP(i) (map ? map[(i)] : (uint32_t)(i))

static const bool inline_special[256] = {['\n'] = true, ['\t'] = true, ['['] = true, ['!'] = true,
                                         ['*'] = true,  ['_'] = true,  ['`'] = true, ['\\'] = true};

#ifdef DS_SWAR
#define ONES    DS_ONES
#define HIGH    DS_HIGH
#define load8   ds_load8
#define byte_eq ds_byte_eq
#endif

/* End of the run of bytes from t[i] that plain text passes through as they
 * are: up to e or the first new line, tab, '[' or '!' (Markdown has more
 * specials: then the table). flat: the text is known to hold no new line
 * and no tab (a one-line plain ASCII note): only '[' and '!' are looked for. */
static inline uint32_t plain_run(const char *t, uint32_t i, uint32_t e, bool markdown, bool flat)
{
    if (markdown) {
        while (i < e && !inline_special[(unsigned char)t[i]]) i++;
        return i;
    }
#if defined(__SSE2__)
    /* 16 bytes a step */
    const __m128i nl = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t'), lb = _mm_set1_epi8('['),
                  ex = _mm_set1_epi8('!');
    if (flat) {
        /* 64 bytes a step while none is a '[' or '!' (most of a note: its
         * "[size=...]" ends it), then 16 to find the first */
#define STOP16(o)                                                                                  \
    _mm_or_si128(                                                                                  \
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(t + i + (o))), lb),         \
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(t + i + (o))), ex))
        for (; i + 64 <= e; i += 64)
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(STOP16(0), STOP16(16)),
                                               _mm_or_si128(STOP16(32), STOP16(48)))))
                break;
#undef STOP16
        for (; i + 16 <= e; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            unsigned m = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, ex)));
            if (m) return i + (uint32_t)__builtin_ctz(m);
        }
    }
    while (i + 16 <= e) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i h = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, tab)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, ex)));
        unsigned m = (unsigned)_mm_movemask_epi8(h);
        if (m) return i + (uint32_t)__builtin_ctz(m);
        i += 16;
    }
    if (i < e && e >= 16) {
        /* the rest as the last 16 bytes of t[0, e), the bytes before i
         * shifted out */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + e - 16));
        __m128i h = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, tab)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, lb), _mm_cmpeq_epi8(x, ex)));
        unsigned m = (unsigned)_mm_movemask_epi8(h) >> (16 - (e - i));
        return m ? i + (uint32_t)__builtin_ctz(m) : e;
    }
#endif
#ifdef DS_SWAR
    while (i + 8 <= e) {
        uint64_t x = load8(t + i);
        uint64_t hit = byte_eq(x, '\n') | byte_eq(x, '\t') | byte_eq(x, '[') | byte_eq(x, '!');
        if (hit) return i + (uint32_t)(__builtin_ctzll(hit) >> 3);
        i += 8;
    }
#endif
    while (i < e && t[i] != '\n' && t[i] != '\t' && t[i] != '[' && t[i] != '!') i++;
    return i;
}

/* The first ']' or new line in t[i, e), or e: where a Markdown link's text
 * ends (16 bytes a step; "[size=no report]" ends most ACLED notes). */
static inline uint32_t bracket_end(const char *t, uint32_t i, uint32_t e)
{
#if defined(__SSE2__)
    const __m128i rb = _mm_set1_epi8(']'), nl = _mm_set1_epi8('\n');
    while (i + 16 <= e) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, rb), _mm_cmpeq_epi8(x, nl)));
        if (m) return i + (uint32_t)__builtin_ctz(m);
        i += 16;
    }
    if (i < e && e >= 16) {
        /* the rest as the last 16 bytes of t[0, e), the bytes before i
         * shifted out */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + e - 16));
        unsigned m = (unsigned)_mm_movemask_epi8(
                         _mm_or_si128(_mm_cmpeq_epi8(x, rb), _mm_cmpeq_epi8(x, nl))) >>
                     (16 - (e - i));
        return m ? i + (uint32_t)__builtin_ctz(m) : e;
    }
#endif
    while (i < e && t[i] != ']' && t[i] != '\n') i++;
    return i;
}

/* map[k] = first + k for k < n (the identity map of undecoded text). */
static void map_identity(uint32_t *map, uint32_t first, uint32_t n)
{
    uint32_t k = 0;
#if defined(__SSE2__)
    if (n >= 8) {
        /* 16 offsets a step: four stores and four adds of four running
         * vectors (no copies between them, one pointer) */
        const __m128i four = _mm_set1_epi32(4), step = _mm_set1_epi32(16);
        __m128i v0 =
            _mm_setr_epi32((int)first, (int)(first + 1), (int)(first + 2), (int)(first + 3));
        __m128i v1 = _mm_add_epi32(v0, four), v2 = _mm_add_epi32(v1, four),
                v3 = _mm_add_epi32(v2, four);
        uint32_t *p = map, *end = map + (n & ~15u);
        for (; p < end; p += 16) {
            _mm_storeu_si128((__m128i *)(void *)p, v0);
            _mm_storeu_si128((__m128i *)(void *)(p + 4), v1);
            _mm_storeu_si128((__m128i *)(void *)(p + 8), v2);
            _mm_storeu_si128((__m128i *)(void *)(p + 12), v3);
            v0 = _mm_add_epi32(v0, step);
            v1 = _mm_add_epi32(v1, step);
            v2 = _mm_add_epi32(v2, step);
            v3 = _mm_add_epi32(v3, step);
        }
        k = n & ~15u;
        if (k + 8 <= n) {
            _mm_storeu_si128((__m128i *)(void *)(map + k), v0);
            _mm_storeu_si128((__m128i *)(void *)(map + k + 4), v1);
            k += 8;
        }
        if (k < n) {
            /* the last 8, over some already written with the same values */
            k = n - 8;
            v0 = _mm_setr_epi32((int)(first + k), (int)(first + k + 1), (int)(first + k + 2),
                                (int)(first + k + 3));
            _mm_storeu_si128((__m128i *)(void *)(map + k), v0);
            _mm_storeu_si128((__m128i *)(void *)(map + k + 4), _mm_add_epi32(v0, four));
        }
        return;
    }
#endif
    for (; k + 4 <= n; k += 4) {
        map[k] = first + k;
        map[k + 1] = first + k + 1;
        map[k + 2] = first + k + 2;
        map[k + 3] = first + k + 3;
    }
    for (; k < n; k++) map[k] = first + k;
}

/* ds_identity_map (read_util.h): built by the compiler, read-only, so
 * that threads share it without a lock or a first-use test */
#define ID4(b)    (b), (b) + 1, (b) + 2, (b) + 3
#define ID16(b)   ID4(b), ID4((b) + 4), ID4((b) + 8), ID4((b) + 12)
#define ID64(b)   ID16(b), ID16((b) + 16), ID16((b) + 32), ID16((b) + 48)
#define ID256(b)  ID64(b), ID64((b) + 64), ID64((b) + 128), ID64((b) + 192)
#define ID1024(b) ID256(b), ID256((b) + 256), ID256((b) + 512), ID256((b) + 768)
const uint32_t ds_identity_map[DS_IDENTITY_MAP_N] = {ID1024(0u), ID1024(1024u), ID1024(2048u),
                                                     ID1024(3072u)};
#undef ID4
#undef ID16
#undef ID64
#undef ID256
#undef ID1024

bool ds_doc_map_own(ds_doc *doc)
{
    if (doc->map != ds_identity_map) return true;
    uint32_t *map = ds_arena_alloc_raw(doc->arena, ((size_t)doc->text_len + 1) * sizeof *map);
    if (!map) return false;
    memcpy(map, ds_identity_map, ((size_t)doc->text_len + 1) * sizeof *map);
    doc->map = map;
    return true;
}

/* The layout's output while tb->identity holds (its input is its own
 * source: no decoded map): the map entries are not written, map[k] = k is
 * implied; lay_explicit writes them, at the first byte that does not land
 * where it came from. Most notes never have one, and share
 * ds_identity_map instead of writing a map. */
static void lay_explicit(ds_tb *tb)
{
    if (!tb->identity) return;
    map_identity(tb->map, 0, (uint32_t)tb->len);
    tb->identity = false;
}

/* ds_tb_putc for the layout's output (the map implicit or not) */
static inline void lay_putc(ds_tb *tb, char c, uint32_t src)
{
    if (tb->identity && src != tb->len) lay_explicit(tb);
    if (tb->len + 1 >= tb->cap && !ds_tb_reserve(tb, 1)) return;
    tb->text[tb->len] = c;
    if (!tb->identity) tb->map[tb->len] = src;
    tb->len++;
}

/* Source offset of output byte k (k < tb->len) */
static inline uint32_t lay_src(const ds_tb *tb, size_t k)
{
    return tb->identity ? (uint32_t)k : tb->map[k];
}

/* A word hyphenated at a line's end ("am-" then "bushed", a PDF's justified
 * text): when the text laid out so far ends in two lower-case letters and
 * "-", and t[n, e) starts lower-case, drops the hyphen so that the word
 * joins whole; true then (no space goes between). "self-defence" cut at its
 * hyphen comes out "selfdefence": rarer than a syllable break. */
static bool rejoin_hyphen(ds_tb *tb, const char *t, uint32_t n, uint32_t e)
{
    if (tb->len < 3 || tb->text[tb->len - 1] != '-' || n >= e ||
        !ds_is_lower((unsigned char)t[n]) || !ds_is_lower((unsigned char)tb->text[tb->len - 2]) ||
        !ds_is_lower((unsigned char)tb->text[tb->len - 3]))
        return false;
    tb->len--;
    return true;
}

/* Copies a paragraph's content into the final text, dropping inline markup:
 * Markdown links keep their text, "[edit]" goes, ** and __ go. flat: as
 * for plain_run. */
static void emit_inline(ds_tb *tb, const char *t, const uint32_t *map, uint32_t s, uint32_t e,
                        bool markdown, bool raw, bool flat)
{
    for (uint32_t i = s; i < e;) {
        char c = t[i];
        if (raw || !inline_special[(unsigned char)c]) {
            /* a run of plain bytes in one copy */
            uint32_t j = raw ? e : plain_run(t, i + 1, e, markdown, flat);
            /* ds_tb_reserve's own first tests, inline */
            if ((tb->failed || tb->len + (j - i) + 1 > tb->cap) && !ds_tb_reserve(tb, j - i))
                return;
            memcpy(tb->text + tb->len, t + i, j - i);
            if (map) {
                memcpy(tb->map + tb->len, map + i, (j - i) * sizeof *map);
            } else if (!tb->identity || tb->len != i) {
                lay_explicit(tb);
                map_identity(tb->map + tb->len, i, j - i);
            }
            tb->len += j - i;
            i = j;
            continue;
        }
        if (raw) {
        } else if (c == '\n' || c == '\t') {
            /* a wrapped line: one space (or a hyphenated word joined) */
            uint32_t n = i + 1;
            while (n < e && is_ws(t[n])) n++;
            if (!(c == '\n' && rejoin_hyphen(tb, t, n, e)) && tb->len &&
                tb->text[tb->len - 1] != ' ')
                lay_putc(tb, ' ', MAP(i));
            i = n;
            continue;
        } else if (c == '[' && e - i >= 6 && !memcmp(t + i, "[edit]", 6)) {
            i += 6;
            continue;
        } else if (c == '!' && i + 1 < e && t[i + 1] == '[') {
            i++; /* image: keep the alt text */
            continue;
        } else if (c == '[') {
            /* [text](url) -> text */
            uint32_t j = bracket_end(t, i + 1, e - i > 400 ? i + 400 : e);
            if (j + 1 < e && t[j] == ']' && t[j + 1] == '(') {
                uint32_t k = j + 2;
                int depth = 1;
                while (k < e && depth && k - j < 2000) {
                    if (t[k] == '(') depth++;
                    if (t[k] == ')') depth--;
                    k++;
                }
                if (!depth) {
                    emit_inline(tb, t, map, i + 1, j, markdown, false, flat);
                    i = k;
                    continue;
                }
            }
        } else if (markdown && (c == '*' || c == '_') && i + 1 < e && t[i + 1] == c) {
            i += 2;
            continue;
        } else if (markdown && c == '`') {
            i++;
            continue;
        } else if (markdown && c == '\\' && i + 1 < e && strchr("\\`*_{}[]()#+-.!", t[i + 1])) {
            i++;
            lay_putc(tb, t[i], MAP(i));
            i++;
            continue;
        }
        lay_putc(tb, c, MAP(i));
        i++;
    }
}

/* A data row of a pipe table as one sentence: its cells joined by ", ", a
 * figure under a casualty heading followed by the heading's word, so that
 * "| 10 Mar | Boni | IED strike | 3 |" under "Killed" reads "10 Mar, Boni,
 * IED strike, 3 killed" (the added bytes mapped to the cell's end), and a
 * name under a place heading ("Locality") after "in": "in Lopa" (mapped to
 * the cell's start), a place as prose gives it. */
static void emit_row(ds_tb *tb, const char *t, const uint32_t *map, const para *p, bool markdown)
{
    uint32_t a, b, i = p->cs, written = 0;
    for (uint32_t c = 0; table_cell(t, &i, p->e, &a, &b); c++) {
        if (a >= b) continue;
        if (written++) {
            lay_putc(tb, ',', MAP(a));
            lay_putc(tb, ' ', MAP(a));
        }
        char k = c < 16 ? p->heads[c] : 0;
        if (k == 'l' && ds_is_upper(first_cp(t, a, b)))
            for (const char *w = "in "; *w; w++) lay_putc(tb, *w, MAP(a));
        emit_inline(tb, t, map, a, b, markdown, false, false);
        const char *word = ds_column_word(k);
        for (uint32_t j = a; j < b && word; j++)
            if (!((t[j] >= '0' && t[j] <= '9') || t[j] == ',')) word = NULL;
        for (; word && *word; word++) lay_putc(tb, *word, MAP(b - 1));
    }
}

static ds_status push_block(ds_doc *doc, ds_block_kind kind, uint32_t s, uint32_t e, bool infobox)
{
    ds_block *b = ds_vec_push_raw(doc->arena, &doc->blocks);
    if (!b) return DS_ENOMEM;
    *b = (ds_block){{s, e}, kind, DS_NONE, 0, 0, infobox};
    return DS_OK;
}

static bool wrapped_layout(const char *t, const line *ln, uint32_t n)
{
    uint32_t nonblank = 0, longl = 0, wraps = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = ln[i].e - ln[i].s;
        if (!len) continue;
        nonblank++;
        if (len > 110) longl++;
        if (i + 1 < n && ln[i + 1].e > ln[i + 1].s && !ln[i + 1].blank_before && len >= 40 &&
            !ends_sentence(t, ln[i].s, ln[i].e) && ln[i].kind != P_FOOTNOTE)
            wraps++;
    }
    return nonblank >= 3 && longl * 20 < nonblank && wraps >= 2;
}

/* A page's YAML front matter (a static site's Markdown: "---" / "title:
 * ..." / "date: 2024-03-14" / "---" at the very start): its lines are
 * furniture, each alone (they were prose, and the title was "---"); its
 * title and date are the document's when it has none (the caller's or the
 * batch line's win). */
static void front_matter(ds_doc *doc, const char *t, line *ln, uint32_t nl)
{
    if (ln[0].e - ln[0].s != 3 || strncmp(t + ln[0].s, "---", 3)) return;
    uint32_t end = 0;
    for (uint32_t i = 1; i < nl && i <= 60 && !end; i++) {
        uint32_t s = ln[i].s, e = ln[i].e;
        if ((e - s == 3 && (!strncmp(t + s, "---", 3) || !strncmp(t + s, "...", 3)))) {
            end = i;
            break;
        }
        /* "key: value", "key:", or a list entry "- value" under a key */
        uint32_t k = s;
        while (k < e && (isalnum((unsigned char)t[k]) || t[k] == '_' || t[k] == '-')) k++;
        bool key = k > s && k < e && t[k] == ':' && t[s] != '-';
        bool item = t[s] == '-' && s + 1 < e && t[s + 1] == ' ';
        if (!key && !item) return;
    }
    if (!end) return;
    for (uint32_t i = 0; i <= end; i++) {
        ln[i].kind = P_FRONT;
        ln[i].alone = true;
        uint32_t s = ln[i].s, e = ln[i].e, v = s;
        bool title = e - s > 6 && !strncmp(t + s, "title:", 6);
        bool date = e - s > 5 && !strncmp(t + s, "date:", 5);
        if (!title && !date) continue;
        v += title ? 6 : 5;
        while (v < e && (t[v] == ' ' || t[v] == '"' || t[v] == '\'')) v++;
        uint32_t ve = e;
        while (ve > v && (t[ve - 1] == ' ' || t[ve - 1] == '"' || t[ve - 1] == '\'')) ve--;
        if (ve <= v) continue;
        if (title && !doc->title[0]) {
            const char *copy = ds_arena_strndup(doc->arena, t + v, ve - v);
            if (copy) doc->title = copy;
        }
        int y = 0, m = 0, d = 0;
        if (date && !doc->date[0] && ve - v >= 10 && isdigit((unsigned char)t[v]) &&
            sscanf(t + v, "%4d-%2d-%2d", &y, &m, &d) == 3 && y >= 1900 && y <= 2200 && m >= 1 &&
            m <= 12 && d >= 1 && d <= 31) {
            doc->doc_date = (ds_date){(int16_t)y, (uint8_t)m, (uint8_t)d};
            ds_date_format(doc->date, doc->doc_date);
        }
    }
}

/* The date of an e-mail's Date or Sent line, t[v, e): "Tue, 12 Mar 2024
 * 09:14:00 +0100" (RFC 2822) or "Tuesday, March 12, 2024 9:14 AM"
 * (Outlook); false when it is neither. */
static bool mail_date(const char *t, uint32_t v, uint32_t e, ds_date *out)
{
    uint32_t w[3][2], nw = 0; /* the first three words after the weekday */
    uint32_t i = v;
    while (i < e && isalpha((unsigned char)t[i])) i++;
    if (i < e && t[i] == ',') v = i + 1; /* "Tue," */
    for (i = v; i < e && nw < 3;) {
        while (i < e && (t[i] == ' ' || t[i] == ',')) i++;
        uint32_t ws = i;
        while (i < e && isalnum((unsigned char)t[i])) i++;
        if (i == ws) break;
        w[nw][0] = ws, w[nw++][1] = i;
    }
    if (nw < 3) return false;
    int day, month, year = atoi(t + w[2][0]);
    if (isdigit((unsigned char)t[w[0][0]])) { /* 12 Mar 2024 */
        day = atoi(t + w[0][0]);
        month = ds_month_name(t + w[1][0], w[1][1] - w[1][0]);
    } else { /* March 12, 2024 */
        month = ds_month_name(t + w[0][0], w[0][1] - w[0][0]);
        day = atoi(t + w[1][0]);
    }
    if (!month || day < 1 || day > 31 || year < 1900 || year > 2200) return false;
    *out = (ds_date){(int16_t)year, (uint8_t)month, (uint8_t)day};
    return true;
}

/* An e-mail's header lines at the top (a release forwarded or saved as
 * text): "From: ...", "Subject: ...", "Date: ..." up to the first blank
 * line are furniture; the subject is the title ("Re:", "Fwd:" dropped), the
 * Date (or Outlook's Sent) line the document's date. Two header lines at
 * least, one of them From or Subject, and a blank line after them. */
static void mail_headers(ds_doc *doc, const char *t, line *ln, uint32_t nl)
{
    enum { FROM, SUBJECT, DATE, SENT, NKEYS = 10, MAX_LINES = 20 }; /* keys[]: these four first */
    static const char *const keys[NKEYS] = {"from",       "subject",   "date", "sent",
                                            "to",         "cc",        "bcc",  "reply-to",
                                            "message-id", "importance"};
    int key[MAX_LINES];        /* each header line's key (an index of keys) */
    uint32_t value[MAX_LINES]; /* and where its value starts */
    uint32_t n = 0;
    bool named = false; /* a From or Subject line */
    for (; n < nl && n < MAX_LINES && !(n && ln[n].blank_before); n++) {
        uint32_t s = ln[n].s, e = ln[n].e, k = s;
        while (k < e && (isalpha((unsigned char)t[k]) || t[k] == '-')) k++;
        if (k == s || k >= e || t[k] != ':') return;
        key[n] = -1;
        for (int q = 0; q < NKEYS && key[n] < 0; q++)
            if (strlen(keys[q]) == k - s && !strncasecmp(t + s, keys[q], k - s)) key[n] = q;
        if (key[n] < 0) return;
        named |= key[n] == FROM || key[n] == SUBJECT;
        for (k++; k < e && t[k] == ' '; k++) {
        }
        value[n] = k;
    }
    if (n < 2 || n >= nl || !named) return;
    for (uint32_t i = 0; i < n; i++) {
        ln[i].kind = P_FRONT;
        ln[i].alone = true;
        uint32_t v = value[i], e = ln[i].e;
        if (key[i] == SUBJECT && !doc->title[0]) {
            /* "Re: Fwd: ..." */
            for (bool more = true; more;) {
                uint32_t p = v;
                while (p < e && isalpha((unsigned char)t[p])) p++;
                more = p < e && t[p] == ':' && p - v <= 3 &&
                       (!strncasecmp(t + v, "re", 2) || !strncasecmp(t + v, "fw", 2));
                if (more)
                    for (v = p + 1; v < e && t[v] == ' '; v++) {
                    }
            }
            const char *copy = v < e ? ds_arena_strndup(doc->arena, t + v, e - v) : NULL;
            if (copy) doc->title = copy;
        }
        ds_date d;
        if ((key[i] == DATE || key[i] == SENT) && !doc->date[0] && mail_date(t, v, e, &d)) {
            doc->doc_date = d;
            ds_date_format(doc->date, d);
        }
    }
}

/* The width a wrapped layout's lines are cut at: the 80th percentile of the
 * byte lengths of its plain lines of 40 bytes or more (0: none). */
static uint32_t wrap_width(const line *ln, uint32_t n)
{
    uint32_t hist[257] = {0}, total = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = ln[i].e - ln[i].s;
        if (ln[i].kind || len < 40) continue;
        hist[len < 256 ? len : 256]++;
        total++;
    }
    uint32_t below = 0;
    for (uint32_t w = 0; w <= 256; w++)
        if ((below += hist[w]) * 5 >= total * 4) return total ? w : 0;
    return 0;
}

/* The same line, digits aside ("Page 2" = "Page 3"). */
static bool same_but_digits(const char *t, uint32_t as, uint32_t ae, uint32_t bs, uint32_t be)
{
    while (as < ae && bs < be) {
        bool da = t[as] >= '0' && t[as] <= '9', db = t[bs] >= '0' && t[bs] <= '9';
        if (da || db) {
            while (as < ae && t[as] >= '0' && t[as] <= '9') as++;
            while (bs < be && t[bs] >= '0' && t[bs] <= '9') bs++;
            continue;
        }
        if (t[as++] != t[bs++]) return false;
    }
    return as == ae && bs == be;
}

/* Marks as furniture the one-line prose paragraphs of at most 100 bytes,
 * not ending a sentence, whose text recurs in another one, prose or already
 * furniture (pairs are compared among at most 512 candidates: a report's
 * pages). */
static void running_lines(const char *t, const line *lines, para *paras, uint32_t np)
{
    uint32_t cand[512], nc = 0;
    for (uint32_t i = 0; i < np && nc < 512; i++) {
        const para *p = &paras[i];
        if ((p->kind != DS_BLOCK_PROSE && p->kind != DS_BLOCK_FURNITURE) || p->first != p->last ||
            p->e - p->cs > 100 || p->e - p->cs < 4 || lines[p->first].cs != p->cs)
            continue;
        char last = t[p->e - 1];
        if (last == '.' || last == '?' || last == '!') continue;
        cand[nc++] = i;
    }
    for (uint32_t a = 0; a < nc; a++)
        for (uint32_t b = a + 1; b < nc; b++) {
            para *pa = &paras[cand[a]], *pb = &paras[cand[b]];
            if (!same_but_digits(t, pa->cs, pa->e, pb->cs, pb->e)) continue;
            pa->kind = pb->kind = DS_BLOCK_FURNITURE;
        }
}

/* Whether emit_inline would copy the flat line t[0, e) (plain ASCII, one
 * line, no Markdown) byte for byte: each '[' or '!' in it starts no
 * "[edit]", no link "[text](" and no image "![" (a '[' of "[size=...]"
 * stays). Only a "](" after the '[' is looked for: with one the caller
 * lets emit_inline decide. */
static bool kept_as_is(const char *t, uint32_t e)
{
    for (uint32_t k = plain_run(t, 0, e, false, true); k < e;
         k = plain_run(t, k + 1, e, false, true)) {
        if (t[k] == '!') {
            if (k + 1 < e && t[k + 1] == '[') return false;
            continue;
        }
        if (e - k >= 6 && !memcmp(t + k, "[edit]", 6)) return false;
        uint32_t j = bracket_end(t, k + 1, e - k > 400 ? k + 400 : e);
        if (j + 1 < e && t[j] == ']' && t[j + 1] == '(') return false;
    }
    return true;
}

/* The layout of the commonest note: one line of plain ASCII (flat, no
 * Markdown) of more than 120 bytes that starts with a letter and ends a
 * sentence. layout_text makes it one PROSE block: no marker starts it (a
 * letter), one line has no neighbour to join or to take from, and past 120
 * bytes a line that ends a sentence is no furniture, title, byline, label,
 * inline label or heading ("[edit]" at its end aside: a heading). Made here
 * without those passes; *done is set when it was, else the caller lays the
 * text out. */
static ds_status layout_prose_line(ds_doc *doc, const char *t, uint32_t n, bool *done)
{
    uint32_t s = 0, e = n;
    *done = false;
    while (s < e && t[s] == ' ') s++; /* (flat: no tab) */
    while (e > s && t[e - 1] == ' ') e--;
    if (e - s <= 120 || (unsigned)((t[s] | 0x20) - 'a') >= 26u || !memcmp(t + e - 6, "[edit]", 6) ||
        !ends_sentence(t, s, e))
        return DS_OK;
    *done = true;
    if (!doc->blocks.cap) {
        /* the room ds_vec_push makes at the first block: 8, raw arena memory */
        if (!(doc->blocks.v = ds_arena_alloc_raw(doc->arena, 8 * sizeof *doc->blocks.v)))
            return DS_ENOMEM;
        doc->blocks.cap = 8;
    }
    if (s == 0 && e == n && t == doc->src && n < DS_IDENTITY_MAP_N && kept_as_is(t, e)) {
        /* every byte where it was, the text the source's own bytes (the
         * arena's copy, NUL-terminated): no copy. What writes to the text
         * later (citations mark and drop markers) then writes to src, whose
         * only later reader counts its new lines (a diagnostic's line),
         * and a one-line text has and gets none. */
        ds_status st = push_block(doc, DS_BLOCK_PROSE, 0, e, false);
        if (st != DS_OK) return st;
        doc->text = (char *)t;
        doc->map = (uint32_t *)ds_identity_map;
        doc->text_len = n;
        return DS_OK;
    }
    /* as layout_text's output: straight into the arena */
    ds_tb tb = {0};
    tb.cap = (size_t)n + n / 16 + 64;
    tb.text = ds_arena_alloc_raw(doc->arena, tb.cap);
    tb.map = ds_arena_alloc_raw(doc->arena, tb.cap * sizeof *tb.map);
    tb.fixed = true;
    tb.identity = true;
    if (!tb.text || !tb.map) return DS_ENOMEM;
    if (s == 0 && kept_as_is(t, e)) {
        /* emit_inline's copy in one: each byte where it was */
        memcpy(tb.text, t, e);
        tb.len = e;
    } else {
        emit_inline(&tb, t, NULL, s, e, false, false, true);
    }
    uint32_t be = (uint32_t)tb.len;
    while (be && tb.text[be - 1] == ' ') be--;
    ds_status st = push_block(doc, DS_BLOCK_PROSE, 0, be, false);
    if (st != DS_OK) return st;
    if (tb.failed) return DS_ENOMEM;
    if (tb.identity && tb.len == doc->src_len && tb.len < DS_IDENTITY_MAP_N) {
        /* the shared map, as in layout_text */
        tb.text[tb.len] = '\0';
        doc->text = tb.text;
        doc->map = (uint32_t *)ds_identity_map;
        doc->text_len = (uint32_t)tb.len;
        return DS_OK;
    }
    lay_explicit(&tb);
    return ds_tb_finish(&tb, doc);
}

/* A line that is one acronym the actor lexicon knows ("JNIM", "MONUSCO"):
 * a value of a flattened infobox, no all-caps banner. */
static bool actor_acronym(const ds_ctx *ctx, const char *t, uint32_t s, uint32_t e)
{
    const ds_lexicon *lex = ctx && ctx->shared ? ctx->shared->lexicon : NULL;
    return lex && e - s <= 12 && !memchr(t + s, ' ', e - s) &&
           ds_lexicon_find(lex, t + s, e - s) != DS_NONE;
}

/* An all-caps line under an infobox label ("Also known as:" / "ISIS-K" /
 * "TFN"; "Media" / "AL-AZAIM FOUNDATION"), or under such a value: a value,
 * no banner. paras[i] is prose of at most 80 bytes. */
static bool caps_value(const char *t, const para *paras, uint32_t i)
{
    for (uint32_t k = i; k-- > 0;) {
        const para *q = &paras[k];
        if (q->joined || q->kind == DS_BLOCK_FOOTNOTE) return false;
        uint32_t qs = q->cs, qe = q->e;
        if (q->kind == DS_BLOCK_PROSE && qe > qs && qe - qs <= 60 && t[qe - 1] == ':') return true;
        if (q->kind == DS_BLOCK_PROSE && bare_infobox_label(t, qs, qe)) return true;
        /* a value above it, itself under a label */
        if (!(q->kind == DS_BLOCK_PROSE && qe - qs <= 80 && all_caps(t, qs, qe))) return false;
        if (i - k > 8) return false;
    }
    return false;
}

/* A web page's controls copied with its text ("Skip to main content",
 * "Menu", "Share", "Listen to this article") or a release's number line
 * ("Press Release No. 047/MDN/2024"): furniture, and no title. */
static bool page_chrome(const char *t, uint32_t s, uint32_t e)
{
    static const char *const lines[] = {"skip to main content",
                                        "skip to content",
                                        "skip to navigation",
                                        "menu",
                                        "search",
                                        "share",
                                        "save",
                                        "print",
                                        "close",
                                        "advertisement",
                                        "subscribe",
                                        "sign in",
                                        "log in",
                                        "sign up",
                                        "listen to this article",
                                        "read more",
                                        "more from",
                                        "most read",
                                        "related"};
    uint32_t n = e - s;
    if (n > 40) return false;
    if (line_is_one_of(t, s, e, lines, sizeof lines / sizeof *lines)) return true;
    /* "Listen to this article · 3 min" */
    if (n > 22 && !strncasecmp(t + s, "listen to this article", 22)) return true;
    /* a release's number after its heading: "Press Release No. 047/MDN/2024",
     * "COMMUNIQUE No. 47" (not "Press release - 2024-03-25": a date) */
    static const char *const heads[] = {"press release ", "press statement ", "communique ",
                                        "communiqu\xC3\xA9 ", NULL};
    for (size_t k = 0; heads[k]; k++) {
        size_t h = strlen(heads[k]);
        if (n > h + 3 && !strncasecmp(t + s, heads[k], h) &&
            (!strncasecmp(t + s + h, "no", 2) || t[s + h] == '#') &&
            count_words(t, s + (uint32_t)h, e) <= 3)
            return true;
    }
    return false;
}

/* A dateline or time stamp alone on its line, a title only when no
 * headline follows: "Maputo, 22 August 2024", "Updated 3 March 2024, 14:22
 * GMT" (a year, at most six words, and a digit right after "Updated" or
 * after a place of one or two words and its comma) */
/* Does t[s..e) end a sentence inside: a lower-case word of four letters or
 * more, a full stop, a space, then a capital or a digit ("... killing 6
 * civilians. The farmers ... 6 fatalities", a note without its last full
 * stop)? A title does not ("Gen. Diarra visits Gao": a short word). */
static bool inner_sentence_end(const char *t, uint32_t s, uint32_t e)
{
    for (const char *p = t + s + 4, *end = t + e - 2; p < end;) {
        const char *d = memchr(p, '.', (size_t)(end - p));
        if (!d) return false;
        unsigned char nx = (unsigned char)d[2];
        if (d[1] == ' ' && ((nx >= 'A' && nx <= 'Z') || (nx >= '0' && nx <= '9'))) {
            int n = 0;
            while (d - n - 1 >= t + s && d[-n - 1] >= 'a' && d[-n - 1] <= 'z') n++;
            if (n >= 4) return true;
        }
        p = d + 1;
    }
    return false;
}

static bool date_line(const char *t, uint32_t s, uint32_t e)
{
    if (e - s > 60 || count_words(t, s, e) > 6 || !has_year(t, s, e)) return false;
    uint32_t i = s;
    while (i < e && t[i] != ',' && t[i] != ' ') i++;
    if (i < e && t[i] == ' ' && strncasecmp(t + s, "updated", 7) &&
        strncasecmp(t + s, "published", 9) && strncasecmp(t + s, "posted", 6)) {
        /* a place of two words, "Port Harcourt, 3 May 2024" (not "Sahel
         * Security Weekly, 22-28 April 2024", "Myanmar: update, 20 May") */
        for (i++; i < e && t[i] != ',' && t[i] != ' ' && t[i] != ':';) i++;
        if (i >= e || t[i] != ',') return false;
    }
    while (i < e && (t[i] == ',' || t[i] == ' ')) i++;
    return i < e && t[i] >= '0' && t[i] <= '9';
}

/* A press release's end mark alone on its line: 1 for "- ENDS -", "ENDS"
 * or "-30-", 2 for "###" or "# # #" (not in Markdown, where "###" opens a
 * heading; elsewhere it may also part sections), 0 for none. What follows
 * the mark is notes to editors, an "About us" and contacts. */
static int end_mark(const char *t, uint32_t s, uint32_t e, bool markdown)
{
    uint32_t hashes = 0, dashes = 0;
    while (s < e && (t[s] == ' ' || t[s] == '-' || t[s] == '#' || t[s] == '*')) {
        hashes += t[s] == '#';
        dashes += t[s++] == '-';
    }
    while (e > s && (t[e - 1] == ' ' || t[e - 1] == '-' || t[e - 1] == '#' || t[e - 1] == '*')) {
        hashes += t[e - 1] == '#';
        dashes += t[--e] == '-';
    }
    if (s == e) return hashes >= 3 && !markdown ? 2 : 0;
    return (e - s == 4 && !memcmp(t + s, "ENDS", 4)) || (e - s == 3 && !memcmp(t + s, "END", 3)) ||
           (e - s == 2 && !memcmp(t + s, "30", 2) && dashes >= 2);
}

/* ds_layout_text; one_line: the caller knows that the text holds no new
 * line (then it is not searched for them). */
static ds_status layout_text(ds_doc *doc, ds_ctx *ctx, const ds_tb *in, bool markdown,
                             bool one_line)
{
    (void)ctx;
    const char *t = in->text ? in->text : "";
    const uint32_t *map = in->map;
    uint32_t n = (uint32_t)in->len;
    /* plain ASCII (no tab) on one line: plain_run's flat case */
    const bool flat = one_line && !map;
    ds_status st = DS_OK;
    if (flat && !markdown) {
        bool done;
        st = layout_prose_line(doc, t, n, &done);
        if (done) return st;
    }
    ds_tb tb = {0};
    line *lines = NULL;
    para *paras = NULL;
    uint32_t nl = 0, np = 0;

    /* lines */
    uint32_t cnt = 1;
    for (const char *q = t, *end = t + n;
         !one_line && (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
        cnt++;
    /* a short document's lines and paragraphs live on the stack */
    line lines_here[32];
    para paras_here[32];
    if (cnt <= 32) {
        lines = lines_here;
        paras = paras_here;
        if (cnt == 1) { /* (most notes: two stores, no calls) */
            lines[0] = (line){0};
            paras[0] = (para){0};
        } else {
            memset(lines, 0, cnt * sizeof *lines);
            memset(paras, 0, cnt * sizeof *paras);
        }
    } else {
        lines = calloc(cnt, sizeof *lines);
        paras = calloc(cnt, sizeof *paras);
    }
    if (!lines || !paras) {
        st = DS_ENOMEM;
        goto done;
    }
    uint32_t blank = 1, newlines = cnt - 1; /* new lines not yet passed */
    for (uint32_t i = 0; i <= n;) {
        /* the last line (the only one of most notes) runs to the end */
        const char *nlp = newlines && i < n ? memchr(t + i, '\n', n - i) : NULL;
        newlines -= nlp != NULL;
        uint32_t j = nlp ? (uint32_t)(nlp - t) : n;
        line *ln = &lines[nl];
        ln->s = i;
        ln->e = j;
        while (ln->s < ln->e && (t[ln->s] == ' ' || t[ln->s] == '\t')) ln->s++;
        while (ln->e > ln->s && (t[ln->e - 1] == ' ' || t[ln->e - 1] == '\t')) ln->e--;
        if (ln->e > ln->s) {
            ln->blank_before = blank;
            line_marker(t, ln, markdown);
            ln->url_only =
                starts_with_url(t, ln->s, ln->e) && !memchr(t + ln->s, ' ', ln->e - ln->s);
            /* alone is read only where lines join (three lines or more):
             * a one-line note needs standalone()'s cache of ends_sentence,
             * not its tests (the furniture pass below makes them again) */
            if (one_line) {
                ln->alone = false;
                ln->ends = ln->e - ln->s > 400   ? -1
                           : ln->e - ln->s > 120 ? (int8_t)ends_sentence(t, ln->s, ln->e)
                                                 : -1;
            } else {
                ln->alone = ln->kind == P_TABLE || standalone(t, ln);
            }
            nl++;
            blank = 0;
        } else {
            blank = 1;
        }
        if (!nlp) break;
        i = j + 1;
    }
    /* "[2] Author's assessment.", or "1 Author interview, March 2024." as a
     * PDF's text layer gives a note at a page's foot: an entry without a
     * URL, numbered next to a footnote entry that has one (before it, then
     * after it); in a PDF, also one whose number the text before it cites
     * as a glued marker ("officials.1 The") */
    /* (each change needs a neighbour line: none in a one-line note) */
    bool pdf = doc->format == DS_FORMAT_PDF;
    for (int pass = 0; pass < 2 && nl > 1; pass++)
        for (uint32_t k = 0; k < nl; k++) {
            uint32_t i = pass ? nl - 1 - k : k, v = 0;
            line *ln = &lines[i];
            if (ln->kind != P_UNSET) continue;
            uint32_t cs = note_number(t, ln->s, ln->e, &v);
            if (!cs) continue;
            const line *nb =
                pass ? (i + 1 < nl ? &lines[i + 1] : NULL) : (i ? &lines[i - 1] : NULL);
            bool next_to = nb && nb->kind == P_FOOTNOTE && nb->fn_number == (pass ? v + 1 : v - 1);
            if (!next_to && !(pdf && !pass && t[ln->s] != '[' &&
                              glued_marker(t, ln->s > 8000 ? ln->s - 8000 : 0, ln->s, v)))
                continue;
            ln->kind = P_FOOTNOTE;
            ln->fn_number = v;
            ln->cs = cs;
            ln->alone = standalone(t, ln);
        }
    if (nl >= 3) front_matter(doc, t, lines, nl);
    if (nl >= 3 && !lines[0].kind) mail_headers(doc, t, lines, nl);
    bool wrapped = nl >= 3 && wrapped_layout(t, lines, nl); /* it needs three lines */
    uint32_t width = wrapped ? wrap_width(lines, nl) : 0;

    /* paragraphs: lines of a wrapped layout join; footnote entries take the
     * bare URL lines that follow them; a pipe table's rows are one each */
    char heads[16] = {0}; /* the current table's casualty columns (table_heads) */
    for (uint32_t i = 0; i < nl; i++) {
        line *ln = &lines[i];
        para *last = np ? &paras[np - 1] : NULL;
        /* and the rest of a URL a line end cut (in a PDF's note list) */
        if (last && !ln->kind && last->kind == DS_BLOCK_FOOTNOTE &&
            (ln->url_only || (!ln->blank_before && ds_url_rest(t + ln->s, ln->e - ln->s) &&
                              lines[last->last].e - lines[last->last].s >= 25))) {
            last->last = i;
            last->e = ln->e;
            continue;
        }
        /* in a wrapped layout, a line that goes on from an unfinished line
         * filled to the width: "... a raid on Ber, on July" / "12. Local
         * sources said ..." is a day, not item 12 of a list; "- JNIM
         * militants likely shelled ... on July" / "14, marking the third
         * ..." is the rest of the bullet (a PDF's text layer keeps no
         * indent) */
        if (last && wrapped && !ln->blank_before && i > 0 && lines[i - 1].kind != P_FOOTNOTE) {
            const line *pl = &lines[last->last];
            bool cut = pl->e - pl->s >= width * 3 / 4 && t[pl->e - 1] != ':' &&
                       !ends_sentence(t, pl->s, pl->e);
            if (cut && last->kind == DS_BLOCK_PROSE && ln->kind == P_LIST && t[ln->s] >= '0' &&
                t[ln->s] <= '9') {
                ln->kind = P_UNSET;
                ln->cs = ln->s;
                ln->alone = standalone(t, ln);
            } else if (cut && last->kind == DS_BLOCK_LIST_ITEM && !ln->kind && !ln->alone) {
                last->last = i;
                last->e = ln->e;
                continue;
            }
        }
        bool alone = ln->alone;
        if (last && wrapped && !ln->blank_before && !ln->kind && last->kind == DS_BLOCK_PROSE &&
            !alone && !lines[last->last].alone &&
            !(last->first == last->last &&
              title_case(t, lines[last->last].s, lines[last->last].e)) &&
            !(ln->e - ln->s > 3 && !strncmp(t + ln->s, "By ", 3) && title_case(t, ln->s, ln->e))) {
            const line *pl = &lines[last->last];
            int32_t f = first_cp(t, ln->s, ln->e);
            bool value =
                count_after_value(t, pl->s, pl->e, ln->s, ln->e,
                                  i + 1 >= nl || lines[i + 1].blank_before ||
                                      !ds_is_lower(first_cp(t, lines[i + 1].s, lines[i + 1].e)));
            /* a paragraph's last line: it ends a sentence well short of
             * the width (a PDF's text layer keeps no blank line between
             * paragraphs) */
            bool last_line = pl->e - pl->s < width * 3 / 4 && ends_sentence(t, pl->s, pl->e);
            /* a break no wrap made: the line's first word would have fitted
             * on the line before ("Kunar Province, Afghanistan (claimed,
             * at first)" / "3000-4000 (US estimate)" copied from a PDF's
             * infobox); 85% of the width in bytes. (A PDF's own lines are
             * measured by read_pdf.c, which knows the glyphs' widths.) */
            uint32_t fw = 0;
            while (ln->s + fw < ln->e && t[ln->s + fw] != ' ') fw++;
            bool unwrapped =
                doc->format != DS_FORMAT_PDF && (pl->e - pl->s) + 1 + fw < width * 85 / 100;
            if (!value && !last_line && !unwrapped &&
                (pl->e - pl->s >= 40 || (!ends_sentence(t, pl->s, pl->e) && ds_is_lower(f)))) {
                last->last = i;
                last->e = ln->e;
                continue;
            }
        }
        bool row = ln->kind == P_TABLE;
        if (!row) {
            memset(heads, 0, sizeof heads); /* a table ends at the first other line */
        } else if (table_rule(t, ln->s, ln->e)) {
            continue; /* "|---|:---:|", under the heading row */
        } else if (i + 1 < nl && lines[i + 1].kind == P_TABLE &&
                   table_rule(t, lines[i + 1].s, lines[i + 1].e)) {
            table_heads(t, ln->s, ln->e, heads); /* the heading row, itself a row */
        }
        para *p = &paras[np++];
        p->first = p->last = i;
        p->cs = ln->cs;
        p->e = ln->e;
        p->join_next = DS_NONE;
        p->blank_before = ln->blank_before;
        p->fn_number = ln->fn_number;
        p->table_row = row;
        if (row && !(i + 1 < nl && lines[i + 1].kind == P_TABLE &&
                     table_rule(t, lines[i + 1].s, lines[i + 1].e)))
            memcpy(p->heads, heads, sizeof heads);
        else
            memset(p->heads, 0, sizeof p->heads);
        p->kind = ln->kind == P_FOOTNOTE     ? DS_BLOCK_FOOTNOTE
                  : ln->kind == P_LIST       ? DS_BLOCK_LIST_ITEM
                  : ln->kind == P_MD_HEADING ? DS_BLOCK_HEADING
                  : ln->kind == P_FRONT      ? DS_BLOCK_FURNITURE
                                             : DS_BLOCK_PROSE;
        /* a table's heading row names its columns: no incident ("Date,
         * Locality, Killed" was a mention of the first row's attack) */
        if (row && !p->heads[0] && i + 1 < nl && lines[i + 1].kind == P_TABLE &&
            table_rule(t, lines[i + 1].s, lines[i + 1].e))
            p->kind = DS_BLOCK_HEADING;
    }

    /* a numbered "list" before the end that is not all URLs is not a note list:
     * footnotes by "1." need a URL (checked in line_marker); superscript ones
     * always count. Furniture next. */
    for (uint32_t i = 0; i < np; i++) {
        para *p = &paras[i];
        if (p->kind != DS_BLOCK_PROSE) continue;
        uint32_t s = p->cs, e = p->e;
        /* standalone() may have asked already, of the same span */
        const line *ln = &lines[p->first];
        bool same = p->first == p->last && ln->s == s && ln->e == e && ln->ends >= 0;
        if (e - s > 120 && (same ? ln->ends : ends_sentence(t, s, e))) continue; /* running text */
        if (e - s <= 80 && all_caps(t, s, e) && count_words(t, s, e) <= 10) {
            p->caps_kept = actor_acronym(ctx, t, s, e) || caps_value(t, paras, i);
            if (!p->caps_kept) p->kind = DS_BLOCK_FURNITURE;
        } else if (e - s <= 400 && (url_line(t, s, e) || page_number(t, s, e)))
            p->kind = DS_BLOCK_FURNITURE;

        else if ((e - s >= 9 && !strncasecmp(t + s, "copyright", 9)) ||
                 (e - s >= 2 && !memcmp(t + s, "\xC2\xA9", 2)))
            p->kind = DS_BLOCK_FURNITURE;
    }
    /* a release's tail after its end mark ("- ENDS -" / "Notes to
     * editors" / "About the FADM: ... established in 1994 ...") is no part
     * of its news: furniture, when the mark is in the second half of the text
     * (a file of several releases keeps the ones after a mark in its first
     * half), and for "###" when under 1,500 bytes follow it */
    for (uint32_t i = 0; i < np; i++) {
        const para *p = &paras[i];
        if ((uint64_t)p->cs * 2 < n || p->first != p->last) continue;
        int mark = end_mark(t, p->cs, p->e, markdown);
        if (!mark || (mark == 2 && n - p->e >= 1500)) continue;
        for (uint32_t k = i; k < np; k++)
            if (paras[k].kind != DS_BLOCK_FOOTNOTE) paras[k].kind = DS_BLOCK_FURNITURE;
        break;
    }
    /* short unpunctuated lines beside furniture are furniture too
     * ("Focused on Securing America" between a banner and a handle line) */
    for (int pass = 0; pass < 3 && np > 1; pass++) { /* (one paragraph: no neighbour) */
        for (uint32_t i = 0; i < np; i++) {
            para *p = &paras[i];
            if (p->kind != DS_BLOCK_PROSE || p->caps_kept) continue;
            ds_block_kind pk = i ? paras[i - 1].kind : DS_BLOCK_FURNITURE;
            ds_block_kind nk = i + 1 < np ? paras[i + 1].kind : DS_BLOCK_FURNITURE;
            bool pf = pk == DS_BLOCK_FURNITURE, nf = nk == DS_BLOCK_FURNITURE;
            /* the change below needs furniture before or after, within the
             * document: tested first, the costlier tests only then */
            if (!(pf && i > 0) && !(nf && i + 1 < np)) continue;
            if (!heading_like(t, p->cs, p->e)) continue;
            if (has_year(t, p->cs, p->e)) continue; /* a dateline: "NIAMEY, 12 March 2025" */
            bool pok = pf || pk == DS_BLOCK_FOOTNOTE ||
                       (pk == DS_BLOCK_PROSE && heading_like(t, paras[i - 1].cs, paras[i - 1].e));
            bool nok = nf || nk == DS_BLOCK_FOOTNOTE ||
                       (nk == DS_BLOCK_PROSE && heading_like(t, paras[i + 1].cs, paras[i + 1].e));
            if ((pf && nok && i > 0) || (nf && pok && i + 1 < np)) p->kind = DS_BLOCK_FURNITURE;
        }
    }
    /* a web page's controls: after the pass above (its headline between
     * "Menu" and "Updated ..." is no furniture) */
    for (uint32_t i = 0; i < np; i++)
        if (paras[i].kind == DS_BLOCK_PROSE && page_chrome(t, paras[i].cs, paras[i].e))
            paras[i].kind = DS_BLOCK_FURNITURE;
    /* a PDF's running header or footer: a short line alone in its
     * paragraph, not ending a sentence, that recurs word for word (its
     * digits aside: "Page 3") is on every page, not in the text (after the
     * pass above: a title under a running header stays the title) */
    if (doc->format == DS_FORMAT_PDF) running_lines(t, lines, paras, np);
    /* page-break cuts: join across blank lines and furniture (the last
     * paragraph has none after it) */
    for (uint32_t i = 0; i + 1 < np; i++) {
        if (paras[i].kind != DS_BLOCK_PROSE || paras[i].joined) continue;
        /* the chain from i grows while its last part is cut ("... fired
         * seven rockets toward" / page break / "unspecified targets ...") */
        uint32_t last = i;
        for (;;) {
            /* over furniture, and over a page's foot notes when a page
             * break (furniture: its number, a running header) comes too */
            uint32_t j = last + 1;
            bool notes = false, page = false;
            for (; j < np; j++) {
                if (paras[j].kind == DS_BLOCK_FURNITURE)
                    page = true;
                else if (paras[j].kind == DS_BLOCK_FOOTNOTE)
                    notes = true;
                else
                    break;
            }
            if (j >= np || paras[j].kind != DS_BLOCK_PROSE || (notes && !page)) break;
            bool next_opens =
                j + 1 >= np || !ds_is_lower(first_cp(t, paras[j + 1].cs, paras[j + 1].e));
            if (!is_cut(t, &paras[last], &paras[j]) ||
                count_after_value(t, paras[last].cs, paras[last].e, paras[j].cs, paras[j].e,
                                  next_opens))
                break;
            paras[last].join_next = j;
            paras[j].joined = true;
            last = j;
        }
        i = last;
    }
    /* title, byline, labels, headings, fields */
    bool seen_prose = false, zone = false;
    uint32_t title = DS_NONE, opened = 0; /* opened: paragraphs before, furniture aside */
    bool web = false;                     /* page_chrome seen: a page copied from a browser */
    uint32_t dated = DS_NONE;             /* a first date_line, "Bamako, 18 March 2024" */
    for (uint32_t i = 0; i < np; i++) {
        para *p = &paras[i];
        if (p->joined) continue;
        uint32_t s = p->cs, e = p->e, len = e - s;
        /* a line of one or two words is the title only as the text's first
         * ("Weekly notes"), not after others or a page's controls (its
         * "World" / "Africa" section links over its headline) */
        if (p->kind == DS_BLOCK_FURNITURE) {
            web = web || page_chrome(t, s, e);
            continue;
        }
        bool may_title = (opened++ == 0 && !web) || count_words(t, s, e) >= 3;
        if (p->kind == DS_BLOCK_HEADING) { /* Markdown # */
            if (title == DS_NONE && !seen_prose) {
                p->kind = DS_BLOCK_TITLE;
                title = i;
            }
            zone = false;
            continue;
        }
        if (p->kind == DS_BLOCK_LIST_ITEM) {
            p->infobox = zone;
            continue;
        }
        if (p->kind != DS_BLOCK_PROSE || p->join_next != DS_NONE || p->table_row) {
            /* (a table's row is prose, whatever it ends with) */
            if (p->kind == DS_BLOCK_PROSE) seen_prose = true, zone = false;
            continue;
        }
        /* ends_sentence(t, s, e) for the tests below, asked at most once
         * (standalone() may have asked it of the same span) */
        const line *l0 = &lines[p->first];
        int ends = p->first == p->last && l0->s == s && l0->e == e ? l0->ends : -1;
        if (len > 6 && !memcmp(t + e - 6, "[edit]", 6)) { /* a Wikipedia section heading */
            p->kind = DS_BLOCK_HEADING;
            zone = false;
            continue;
        }
        /* a list of values under a label ("Wali:" / "- Hafiz Saeed Khan"), not
         * a list of sentences under a heading ("Key Takeaways" / "- JNIM
         * militants killed ... on June 11.") */
        bool next_list = i + 1 < np && paras[i + 1].kind == DS_BLOCK_LIST_ITEM &&
                         !(paras[i + 1].e - paras[i + 1].cs > 80 &&
                           ends_sentence(t, paras[i + 1].cs, paras[i + 1].e));
        if (len <= 100 && len > 3 && !strncmp(t + s, "By ", 3) && count_words(t, s, e) <= 10 &&
            !ends_cached(t, s, e, &ends) && ds_is_upper(first_cp(t, s + 3, e))) {
            p->kind = DS_BLOCK_BYLINE;
            continue;
        }
        if (title == DS_NONE && !seen_prose && len <= 200 && may_title &&
            !ends_cached(t, s, e, &ends) && !(t[e - 1] == ':') && !next_list &&
            !inner_sentence_end(t, s, e)) {
            if (!date_line(t, s, e)) {
                p->kind = DS_BLOCK_TITLE;
                title = i;
                continue;
            }
            if (dated == DS_NONE) dated = i; /* the title if no headline follows */
        }
        if (len <= 60 && t[e - 1] == ':' && count_words(t, s, e) <= 6) {
            /* "Key Takeaways:" over a list of sentences is a heading */
            bool sentences = i + 1 < np && paras[i + 1].kind == DS_BLOCK_LIST_ITEM &&
                             paras[i + 1].e - paras[i + 1].cs > 80 &&
                             ends_sentence(t, paras[i + 1].cs, paras[i + 1].e);
            p->kind = sentences ? DS_BLOCK_HEADING : DS_BLOCK_LABEL;
            p->infobox = zone = !sentences;
            continue;
        }
        /* "Headquarters: Jilib" among other such lines or labels: a label
         * and its value (one such line alone is prose: "Note: ...") */
        uint32_t colon = inline_label_e(t, s, e, &ends);
        /* after prose (an infobox copied below the lead), only a run of
         * three such lines opens one */
        if (colon && seen_prose && !zone)
            for (uint32_t k = i + 1; k <= i + 2 && colon; k++)
                if (k >= np || paras[k].joined || paras[k].kind != DS_BLOCK_PROSE ||
                    !inline_label(t, paras[k].cs, paras[k].e))
                    colon = 0;
        if (colon) {
            bool near = zone;
            /* the next line, or the one after a continuation line ("Leaders:
             * Iyad Ag Ghaly" / "Amadou Koufa" / "Dates of operation: 2017") */
            for (uint32_t k = i + 1; k < np && k <= i + 2 && !near; k++) {
                if (paras[k].joined || paras[k].kind == DS_BLOCK_FOOTNOTE) break;
                near = inline_label(t, paras[k].cs, paras[k].e) ||
                       (paras[k].e - paras[k].cs <= 60 && t[paras[k].e - 1] == ':');
                if (!near && !heading_like(t, paras[k].cs, paras[k].e)) break;
            }
            if (near) {
                p->kind = DS_BLOCK_LABEL;
                p->colon = colon;
                p->infobox = zone = true;
                continue;
            }
        }
        if (heading_like_e(t, s, e, &ends)) {
            /* a bare label ("Leaders") over a value that is no sentence:
             * an infobox copied without colons or list marks */
            bool bare = !next_list && bare_infobox_label(t, s, e) && i + 1 < np &&
                        !paras[i + 1].joined && paras[i + 1].kind == DS_BLOCK_PROSE &&
                        paras[i + 1].join_next == DS_NONE &&
                        (heading_like(t, paras[i + 1].cs, paras[i + 1].e) ||
                         count_value(t, paras[i + 1].cs, paras[i + 1].e));
            if ((next_list && len <= 60) || bare) {
                p->kind = DS_BLOCK_LABEL;
                p->infobox = zone = true;
            } else if (zone && !section_heading(t, s, e)) {
                p->kind = DS_BLOCK_FIELD;
                p->infobox = true;
            } else {
                p->kind = DS_BLOCK_HEADING;
                zone = false;
            }
            continue;
        }
        if (zone && count_value(t, s, e)) {
            p->kind = DS_BLOCK_FIELD;
            p->infobox = true;
            continue;
        }
        seen_prose = true;
        zone = false;
    }
    if (title == DS_NONE && dated != DS_NONE) paras[dated].kind = DS_BLOCK_TITLE;

    /* the final text: blocks in order, a joined paragraph with one space at
     * the cut, furniture that sat inside a cut after it */
    /* the output is never longer than the input plus a separator: write it
     * straight into the arena (no copy, no growth) */
    tb.cap = (size_t)n + n / 16 + 64;
    tb.text = ds_arena_alloc_raw(doc->arena, tb.cap);
    tb.map = ds_arena_alloc_raw(doc->arena, tb.cap * sizeof *tb.map);
    tb.fixed = true;
    tb.identity = !map;
    if (!tb.text || !tb.map) {
        st = DS_ENOMEM;
        goto done;
    }
    if (!doc->blocks.cap && np) {
        /* the room ds_vec_push makes at the first block: 8, raw arena memory */
        if (!(doc->blocks.v = ds_arena_alloc_raw(doc->arena, 8 * sizeof *doc->blocks.v))) {
            st = DS_ENOMEM;
            goto done;
        }
        doc->blocks.cap = 8;
    }
    uint32_t last_label = DS_NONE, field_label = DS_NONE;
    for (uint32_t i = 0; i < np; i++) {
        para *p = &paras[i];
        if (p->joined) continue;
        if (tb.len) {
            /* separators map just past the previous block: span ends map there */
            uint32_t after = lay_src(&tb, tb.len - 1) + 1;
            /* (after an empty block at the source's end, the byte before is
             * itself a separator there: the map stays within the source) */
            if (after > doc->src_len) after = (uint32_t)doc->src_len;
            lay_putc(&tb, '\n', after);
            if (p->blank_before) lay_putc(&tb, '\n', after);
        }
        uint32_t bs = (uint32_t)tb.len;
        bool raw = p->kind == DS_BLOCK_FOOTNOTE || p->kind == DS_BLOCK_FURNITURE;
        if (p->colon && p->join_next == DS_NONE) {
            /* "Label: value": the label's block, then its value's */
            bool tab = t[p->colon] == '\t'; /* the label without the tab, as in HTML */
            emit_inline(&tb, t, map, p->cs, tab ? p->colon : p->colon + 1, markdown, false, flat);
            if ((st = push_block(doc, DS_BLOCK_LABEL, bs, (uint32_t)tb.len, true)) != DS_OK)
                goto done;
            last_label = doc->blocks.n - 1;
            lay_putc(&tb, '\n', MAP(p->colon + (tab ? 0 : 1)));
            bs = (uint32_t)tb.len;
            emit_inline(&tb, t, map, p->colon + (tab ? 1 : 2), p->e, markdown, false, flat);
            uint32_t ve = (uint32_t)tb.len;
            while (ve > bs && tb.text[ve - 1] == ' ') ve--;
            if ((st = push_block(doc, DS_BLOCK_FIELD, bs, ve, true)) != DS_OK) goto done;
            doc->blocks.v[doc->blocks.n - 1].label = last_label;
            last_label = DS_NONE;
            continue;
        }
        if (p->table_row)
            emit_row(&tb, t, map, p, markdown);
        else
            emit_inline(&tb, t, map, p->cs, p->e, markdown, raw, flat);
        for (uint32_t j = p->join_next; j != DS_NONE; j = paras[j].join_next) {
            if (!rejoin_hyphen(&tb, t, paras[j].cs, paras[j].e))
                lay_putc(&tb, ' ', MAP(paras[j].cs));
            emit_inline(&tb, t, map, paras[j].cs, paras[j].e, markdown, false, flat);
        }
        uint32_t be = (uint32_t)tb.len;
        while (be > bs && tb.text[be - 1] == ' ') be--;
        if ((st = push_block(doc, p->kind, bs, be, p->infobox)) != DS_OK) goto done;
        ds_block *b = &doc->blocks.v[doc->blocks.n - 1];
        if (p->kind == DS_BLOCK_LABEL) last_label = doc->blocks.n - 1;
        if (p->kind == DS_BLOCK_LIST_ITEM && last_label != DS_NONE) b->label = last_label;
        /* the values under a bare label line: each field up to the next
         * label ("Leaders" / "Abubakar Shekau ..." / "Bakura Doro ..."),
         * not a field after a list (the seed's unlabelled "26 January 2015") */
        if (p->kind == DS_BLOCK_FIELD && i &&
            (paras[i - 1].kind == DS_BLOCK_LABEL ||
             (paras[i - 1].kind == DS_BLOCK_FIELD && field_label != DS_NONE)))
            b->label = last_label;
        field_label = p->kind == DS_BLOCK_FIELD ? b->label : DS_NONE;
        if (p->kind != DS_BLOCK_LIST_ITEM && p->kind != DS_BLOCK_LABEL && p->kind != DS_BLOCK_FIELD)
            last_label = DS_NONE;
        if (p->kind == DS_BLOCK_FIELD && field_label == DS_NONE) last_label = DS_NONE;
        if (p->kind == DS_BLOCK_FOOTNOTE) {
            ds_footnote *fn = ds_vec_push(doc->arena, &doc->footnotes);
            if (!fn) {
                st = DS_ENOMEM;
                goto done;
            }
            fn->number = p->fn_number;
            fn->span = (ds_span){bs, be};
        }
    }
    /* named footnotes ("[^djibo]:") take the numbers after the numbered
     * ones, in the order they are listed */
    uint32_t top = 0;
    for (uint32_t k = 0; k < doc->footnotes.n; k++)
        if (doc->footnotes.v[k].number != DS_NONE && doc->footnotes.v[k].number > top)
            top = doc->footnotes.v[k].number;
    for (uint32_t k = 0; k < doc->footnotes.n; k++)
        if (doc->footnotes.v[k].number == DS_NONE) doc->footnotes.v[k].number = ++top;
    if (tb.failed) {
        st = DS_ENOMEM;
        goto done;
    }
    if (tb.identity && tb.len == doc->src_len && tb.len < DS_IDENTITY_MAP_N) {
        /* every text byte came from the same offset of the source, and
         * none is missing at the end: the shared map (its entry at
         * text_len is then src_len, as ds_tb_finish would write) */
        tb.text[tb.len] = '\0';
        doc->text = tb.text;
        doc->map = (uint32_t *)ds_identity_map; /* read-only: see ds_doc_map_own */
        doc->text_len = (uint32_t)tb.len;
        memset(&tb, 0, sizeof tb);
    } else {
        lay_explicit(&tb);
        if ((st = ds_tb_finish(&tb, doc)) != DS_OK) goto done;
    }
    for (uint32_t i = 0; i < doc->footnotes.n; i++) {
        ds_footnote *fn = &doc->footnotes.v[i];
        if ((st = ds_footnote_add_urls(doc, fn, fn->span.start, fn->span.end)) != DS_OK) goto done;
    }
    for (uint32_t i = 0; i < doc->blocks.n; i++) {
        const ds_block *b = &doc->blocks.v[i];
        if (b->kind != DS_BLOCK_TITLE) continue;
        if (!doc->title[0])
            doc->title = ds_arena_strndup(doc->arena, doc->text + b->span.start,
                                          b->span.end - b->span.start);
        if (!doc->title) st = DS_ENOMEM;
        break;
    }
done:
    /* no ds_tb_free(&tb): tb is all zeros (before its storage, or after
     * ds_tb_finish) or fixed (the arena's storage), so it would free nothing */
    if (lines != lines_here) free(lines);
    if (paras != paras_here) free(paras);
    return st;
}

ds_status ds_layout_text(ds_doc *doc, ds_ctx *ctx, const ds_tb *in, bool markdown)
{
    return layout_text(doc, ctx, in, markdown, false);
}

/* True when decoding would change nothing: printable ASCII and new lines
 * only (the common case; then the source is its own decoded text). Sets
 * *one_line when it has seen that no byte is a new line (texts of 16 bytes
 * or more), else clears it. */
static bool plain_ascii(const char *s, size_t n, bool *one_line)
{
    size_t i = 0;
    *one_line = false;
#if defined(__SSE2__)
    /* 32 bytes a step, the rest as the last 16 (overlapping bytes known
     * good); signed compares: bytes from 0x80 are negative, so below 0x20
     * too */
    const __m128i sp = _mm_set1_epi8(0x20), nl = _mm_set1_epi8('\n'), del = _mm_set1_epi8(0x7F);
#define BAD16(x)                                                                                   \
    _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(x, nl), _mm_cmplt_epi8(x, sp)),                   \
                 _mm_cmpeq_epi8(x, del))
    if (n >= 16) {
        __m128i nls = _mm_setzero_si128(); /* the new lines seen */
        /* first 64 bytes a step with one test of each byte: b + 1 < 0x21
         * (signed, wrapping) holds for the controls, '\n' among them, 0x7F
         * and every byte from 0x80; at the first block with one, the
         * exact steps below take over (most notes have none) */
        const __m128i one = _mm_set1_epi8(1), lim = _mm_set1_epi8(0x21);
#define FLAG16(o)                                                                                  \
    _mm_cmplt_epi8(                                                                                \
        _mm_add_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + (o))), one), lim)
        for (; i + 64 <= n; i += 64)
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(FLAG16(0), FLAG16(16)),
                                               _mm_or_si128(FLAG16(32), FLAG16(48)))))
                break;
#undef FLAG16
        for (; i + 32 <= n; i += 32) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 16));
            if (_mm_movemask_epi8(_mm_or_si128(BAD16(x), BAD16(y)))) return false;
            nls = _mm_or_si128(nls, _mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(y, nl)));
        }
        if (i + 16 <= n) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            if (_mm_movemask_epi8(BAD16(x))) return false;
            nls = _mm_or_si128(nls, _mm_cmpeq_epi8(x, nl));
            i += 16;
        }
        if (i < n) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
            if (_mm_movemask_epi8(BAD16(x))) return false;
            nls = _mm_or_si128(nls, _mm_cmpeq_epi8(x, nl));
        }
        *one_line = !_mm_movemask_epi8(nls);
        return true;
    }
#undef BAD16
#endif
#ifdef DS_SWAR
    /* 8 bytes at a time: a byte >= 0x7F, or < 0x20 and not '\n' */
    for (; i + 8 <= n; i += 8) {
        uint64_t x = load8(s + i), x7 = x & ~HIGH;
        uint64_t high = x | (x7 + ONES);             /* bit 7: >= 0x80, or 0x7F */
        uint64_t ctl = ~(x7 + (0x80 - 0x20) * ONES); /* bit 7: < 0x20 */
        uint64_t y = x7 ^ ('\n' * ONES);
        uint64_t not_nl = (y + 0x7F * ONES) | y; /* bit 7: not '\n' */
        if ((high | (ctl & not_nl)) & HIGH) return false;
    }
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\n') || c >= 0x7F) return false;
    }
    return true;
}

/* Contract: doc->text is NULL, or doc->src when doc.c was told
 * (ds_read_opts.plain_line) that the source is printable ASCII on one line:
 * then it is not checked again. */
/* Appends code point c as UTF-8 to u (at *k), each byte mapped to the
 * source offset at in o. */
static void put_cp(char *u, uint32_t *o, size_t *k, uint32_t c, uint32_t at)
{
    char b[4];
    size_t l;
    if (c < 0x80) {
        b[0] = (char)c, l = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3F)), l = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | c >> 12), b[1] = (char)(0x80 | (c >> 6 & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F)), l = 3;
    } else {
        b[0] = (char)(0xF0 | c >> 18), b[1] = (char)(0x80 | (c >> 12 & 0x3F));
        b[2] = (char)(0x80 | (c >> 6 & 0x3F)), b[3] = (char)(0x80 | (c & 0x3F)), l = 4;
    }
    for (size_t j = 0; j < l; j++) u[*k] = b[j], o[(*k)++] = at;
}

/* A UTF-16 file (a byte-order mark: Windows' "Unicode" text) as UTF-8 in
 * *out (malloc'd, n_out bytes) with, for each of its bytes, the source
 * offset of the code unit it came from (*offs, malloc'd). An unpaired
 * surrogate is U+FFFD. False when out of memory. */
static bool utf16_to_utf8(const unsigned char *src, size_t n, char **out, uint32_t **offs,
                          size_t *n_out)
{
    bool le = src[0] == 0xFF;
    size_t cap = (n / 2) * 3 + 4;
    char *u = malloc(cap);
    uint32_t *o = malloc(cap * sizeof *o);
    if (!u || !o) {
        free(u);
        free(o);
        return false;
    }
    size_t k = 0;
    for (size_t i = 2; i + 1 < n; i += 2) {
        uint32_t c =
            le ? (uint32_t)(src[i] | src[i + 1] << 8) : (uint32_t)(src[i] << 8 | src[i + 1]);
        uint32_t at = (uint32_t)i;
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < n) {
            uint32_t lo = le ? (uint32_t)(src[i + 2] | src[i + 3] << 8)
                             : (uint32_t)(src[i + 2] << 8 | src[i + 3]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            } else {
                c = 0xFFFD;
            }
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        put_cp(u, o, &k, c, at);
    }
    *out = u, *offs = o, *n_out = k;
    return true;
}

/* Is the file Windows-1252 (or Latin-1) text rather than UTF-8? No valid
 * multi-byte UTF-8 sequence, and every byte of 0x80 and up stands alone
 * between ASCII bytes, as an accented letter or a curly quote does
 * ("caf\xe9", "group\x92s"); a run of them ("\xff\xfe") is broken UTF-8. */
static bool windows_1252(const unsigned char *s, size_t n)
{
    size_t high = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < 0x80) continue;
        size_t l;
        if (ds_u8_get((const char *)s, n, i, &l) != 0xFFFD || l != 1) return false;
        if ((i + 1 < n && s[i + 1] >= 0x80) || s[i] == 0x81 || s[i] == 0x8D || s[i] == 0x8F ||
            s[i] == 0x90 || s[i] == 0x9D)
            return false;
        high++;
    }
    return high > 0;
}

/* Windows-1252 as UTF-8, as utf16_to_utf8 does. */
static bool cp1252_to_utf8(const unsigned char *src, size_t n, char **out, uint32_t **offs,
                           size_t *n_out)
{
    static const uint16_t c1[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    char *u = malloc(n * 3 + 1);
    uint32_t *o = malloc((n * 3 + 1) * sizeof *o);
    if (!u || !o) {
        free(u);
        free(o);
        return false;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = src[i] >= 0x80 && src[i] < 0xA0 ? c1[src[i] - 0x80] : src[i];
        put_cp(u, o, &k, c ? c : 0xFFFD, (uint32_t)i);
    }
    *out = u, *offs = o, *n_out = k;
    return true;
}

ds_status ds_read_text(ds_doc *doc, ds_ctx *ctx, bool markdown)
{
    ds_tb tb = {0};
    bool one_line = true;
    if ((doc->text && doc->text == doc->src) || plain_ascii(doc->src, doc->src_len, &one_line)) {
        ds_tb view = {(char *)doc->src, NULL, doc->src_len, doc->src_len, false, true, false};
        return layout_text(doc, ctx, &view, markdown, one_line);
    }
    const unsigned char *b = (const unsigned char *)doc->src;
    bool utf16 =
        doc->src_len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
    if (utf16 || windows_1252(b, doc->src_len)) {
        /* another encoding: decoded from a UTF-8 copy whose bytes know
         * their offsets in the file */
        char *u8 = NULL;
        uint32_t *offs = NULL;
        size_t n8 = 0;
        if (!(utf16 ? utf16_to_utf8 : cp1252_to_utf8)(b, doc->src_len, &u8, &offs, &n8))
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        if (!utf16)
            ds_doc_diag_add(doc, DS_DIAG_INFO, "windows-1252", 0,
                            "no UTF-8: read as Windows-1252 (Latin-1) text");
        uint32_t diags = doc->diags.n;
        ds_status st = ds_decode_utf8(&tb, doc, ctx, u8, n8, 0);
        for (size_t k = 0; st == DS_OK && k < tb.len; k++)
            tb.map[k] = tb.map[k] < n8 ? offs[tb.map[k]] : (uint32_t)doc->src_len;
        for (uint32_t d = diags; d < doc->diags.n; d++) {
            size_t at = doc->diags.v[d].pub.offset;
            doc->diags.v[d].pub.offset = at < n8 ? offs[at] : doc->src_len;
        }
        free(u8);
        free(offs);
        if (st == DS_OK) st = layout_text(doc, ctx, &tb, markdown, false);
        ds_tb_free(&tb);
        return st;
    }
    ds_status st = ds_decode_utf8(&tb, doc, ctx, doc->src, doc->src_len, 0);
    if (st != DS_OK) {
        ds_tb_free(&tb);
        return st;
    }
    st = layout_text(doc, ctx, &tb, markdown, false);
    ds_tb_free(&tb);
    return st;
}
