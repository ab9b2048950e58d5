/* citations.c - citation markers and footnotes. After reading: superscript
 * markers (¹, ¹⁸) and bracketed references ([17], [18][19], Markdown's
 * [^17]) are removed from the text (text and map compacted) and recorded as
 * ds_cite; letter notes ([a]) and "[citation needed]" are removed without a
 * cite. After segmentation: each cite is attached to the sentence it closes
 * and resolved by number to the document's footnote list (Wikipedia/ISW
 * conventions).
 */
#include "ctx.h"
#include "doc.h"
#include "read_util.h"
#include "util/strmap.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- footnote URLs ------------------------------------------------------ */

static bool url_at(const char *t, uint32_t i, uint32_t e)
{
    size_t n = e - i;
    return (n >= 7 && !strncmp(t + i, "http://", 7)) ||
           (n >= 8 && !strncmp(t + i, "https://", 8)) || (n >= 4 && !strncmp(t + i, "www.", 4));
}

ds_status ds_footnote_add_url(ds_doc *doc, ds_footnote *fn, const char *s, size_t n)
{
    while (n && strchr(".,;:", s[n - 1])) n--;
    if (n < 5) return DS_OK;
    for (uint32_t k = 0; k < fn->nurls; k++)
        if (strlen(fn->urls[k]) == n && !memcmp(fn->urls[k], s, n)) return DS_OK;
    const char **v = ds_arena_alloc(doc->arena, (fn->nurls + 1) * sizeof *v);
    char *u = ds_arena_strndup(doc->arena, s, n);
    if (!v || !u) return DS_ENOMEM;
    if (fn->nurls) memcpy(v, fn->urls, fn->nurls * sizeof *v);
    v[fn->nurls++] = u;
    fn->urls = v;
    return DS_OK;
}

bool ds_url_rest(const char *s, size_t n)
{
    if (n < 2 || n > 300 || s[0] == '(' || s[0] == '<' || url_at(s, 0, (uint32_t)n)) return false;
    bool mark = false, digits = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c >= 0x7F || c == '"' || c == '<' || c == '>') return false;
        mark |= strchr("/-_.=?&%#", c) != NULL;
        digits &= (c >= '0' && c <= '9') || c == '.';
    }
    return mark && !digits;
}

/* A URL at the end of a line [i, j) and, when the lines after it (up to e)
 * are its rest (ds_url_rest; the URL is 25 bytes or more, as one a line
 * end cuts is), those joined to it: the whole in buf (cap bytes), its
 * length returned, *end past the last rest; 0 when there is no rest. */
static size_t url_with_rest(const char *t, uint32_t i, uint32_t j, uint32_t e, char *buf,
                            size_t cap, uint32_t *end)
{
    if (j >= e || t[j] != '\n' || j - i < 25 || j - i >= cap) return 0;
    size_t n = j - i;
    memcpy(buf, t + i, n);
    uint32_t k = j;
    while (k < e && t[k] == '\n') {
        uint32_t r = k + 1, q = r;
        while (q < e && t[q] != '\n') q++;
        if (!ds_url_rest(t + r, q - r) || n + (q - r) >= cap) break;
        memcpy(buf + n, t + r, q - r);
        n += q - r;
        k = q;
    }
    if (k == j) return 0;
    *end = k;
    return n;
}

ds_status ds_footnote_add_urls(ds_doc *doc, ds_footnote *fn, uint32_t s, uint32_t e)
{
    const char *t = doc->text;
    ds_status st;
    for (uint32_t i = s; i < e;) {
        if (t[i] == '[') {
            /* [text](url): the url */
            uint32_t j = i + 1;
            while (j < e && t[j] != ']' && t[j] != '\n') j += (t[j] == '\\' && j + 1 < e) ? 2 : 1;
            if (j + 1 < e && t[j] == ']' && t[j + 1] == '(') {
                uint32_t k = j + 2, depth = 1;
                while (k < e && depth && t[k] != '\n') {
                    if (t[k] == '(') depth++;
                    if (t[k] == ')') depth--;
                    k++;
                }
                if (!depth && url_at(t, j + 2, k - 1)) {
                    if ((st = ds_footnote_add_url(doc, fn, t + j + 2, k - 1 - (j + 2))) != DS_OK)
                        return st;
                    i = k;
                    continue;
                }
            }
            i++;
            continue;
        }
        if (t[i] == '<' && url_at(t, i + 1, e)) {
            uint32_t j = i + 1;
            while (j < e && t[j] != '>' && t[j] != '\n' && t[j] != ' ') j++;
            if ((st = ds_footnote_add_url(doc, fn, t + i + 1, j - i - 1)) != DS_OK) return st;
            i = j;
            continue;
        }
        if (url_at(t, i, e) && (i == s || !((t[i - 1] >= 'a' && t[i - 1] <= 'z') ||
                                            (t[i - 1] >= 'A' && t[i - 1] <= 'Z')))) {
            uint32_t j = i;
            int depth = 0;
            while (j < e && t[j] != ' ' && t[j] != '\n' && t[j] != '<' && t[j] != '>' &&
                   t[j] != '"') {
                if (t[j] == '(') depth++;
                if (t[j] == ')' && --depth < 0) break;
                j++;
            }
            char whole[1024];
            uint32_t rest_end;
            size_t wn = url_with_rest(t, i, j, e, whole, sizeof whole, &rest_end);
            if ((st = wn ? ds_footnote_add_url(doc, fn, whole, wn)
                         : ds_footnote_add_url(doc, fn, t + i, j - i)) != DS_OK)
                return st;
            i = wn ? rest_end : j;
            continue;
        }
        i++;
    }
    return DS_OK;
}

/* ---- compaction ----------------------------------------------------------- */

void ds_text_compact(ds_doc *doc)
{
    char *t = doc->text;
    uint32_t *map = doc->map;
    uint32_t n = doc->text_len, w = 0;
    uint32_t bi = 0, bside = 0, fi = 0, fside = 0, cut_src = 0;
    bool cut = false;
    /* block and footnote spans are in text order: shift them in one walk */
    for (uint32_t r = 0; r <= n; r++) {
        while (bi < doc->blocks.n) {
            ds_span *sp = &doc->blocks.v[bi].span;
            uint32_t *x = bside ? &sp->end : &sp->start;
            if (*x != r) break;
            *x = w;
            if (bside) bi++;
            bside ^= 1;
        }
        while (fi < doc->footnotes.n) {
            ds_span *sp = &doc->footnotes.v[fi].span;
            uint32_t *x = fside ? &sp->end : &sp->start;
            if (*x != r) break;
            *x = w;
            if (fside) fi++;
            fside ^= 1;
        }
        if (r == n) break;
        if (t[r] == DS_DELETED) {
            if (!cut) cut_src = map[r], cut = true;
            continue;
        }
        t[w] = t[r];
        /* white space after a removed marker maps to the marker, so that a
         * sentence ending there ends before the marker in the source too */
        map[w] = cut && (t[r] == ' ' || t[r] == '\n') ? cut_src : map[r];
        cut = false;
        w++;
    }
    map[w] = map[n];
    t[w] = '\0';
    doc->text_len = w;
}

/* ---- markers -------------------------------------------------------------- */

/* The first ']', '[' or new line in t[j, e), or e (16 bytes a step; the
 * rest as the last 16 bytes of t[0, e), those before j shifted out). */
static inline uint32_t bracket_stop(const char *t, uint32_t j, uint32_t e)
{
#if defined(__SSE2__)
    const __m128i rb = _mm_set1_epi8(']'), lb = _mm_set1_epi8('['), nl = _mm_set1_epi8('\n');
#define STOP16(x)                                                                                  \
    (unsigned)_mm_movemask_epi8(_mm_or_si128(                                                      \
        _mm_or_si128(_mm_cmpeq_epi8(x, rb), _mm_cmpeq_epi8(x, lb)), _mm_cmpeq_epi8(x, nl)))
    for (; j + 16 <= e; j += 16) {
        unsigned m = STOP16(_mm_loadu_si128((const __m128i *)(const void *)(t + j)));
        if (m) return j + (uint32_t)__builtin_ctz(m);
    }
    if (j < e && e >= 16) {
        unsigned m =
            STOP16(_mm_loadu_si128((const __m128i *)(const void *)(t + e - 16))) >> (16 - (e - j));
        return m ? j + (uint32_t)__builtin_ctz(m) : e;
    }
#undef STOP16
#endif
    while (j < e && t[j] != ']' && t[j] != '[' && t[j] != '\n') j++;
    return j;
}

/* Whether "needed" occurs in s[0, n). A Horspool search: the byte under
 * the word's last letter decides how far the word may move (by where that
 * byte last occurs in "neede"; 6 when nowhere), so a "[size=no report]"
 * is read at two bytes, not nine. */
static inline bool has_needed(const char *s, uint32_t n)
{
    for (uint32_t k = 0; k + 6 <= n;) {
        char c = s[k + 5];
        if (c == 'd' && !memcmp(s + k, "neede", 5)) return true;
        k += c == 'd' ? 2 : c == 'e' ? 1 : c == 'n' ? 5 : 6;
    }
    return false;
}

/* A bracketed note that is not a numbered citation: [a], [b], [note 3],
 * [nb 1], [citation needed]. Returns its length or 0. (memcmp of a
 * literal where its bytes are there answers as strncmp: the literals hold
 * no NUL.) */
static uint32_t letter_note(const char *t, uint32_t i, uint32_t e)
{
    /* the stop within 39 bytes of the '[' */
    uint32_t j = bracket_stop(t, i + 1, e - i > 40 ? i + 40 : e);
    if (j >= e || t[j] != ']') return 0;
    uint32_t n = j - i - 1;
    const char *in = t + i + 1;
    if (n == 1 && in[0] >= 'a' && in[0] <= 'z') return n + 2;
    if (in[0] == 'n' && ((n >= 6 && !memcmp(in, "note ", 5)) || (n >= 4 && !memcmp(in, "nb ", 3)) ||
                         (n >= 3 && in[1] == ' ' && in[2] >= '0' && in[2] <= '9')))
        return n + 2;
    /* "needed" anywhere in it ("citation needed", "better source needed") */
    if (n >= 8 && n < 40 && has_needed(in, n)) return n + 2;
    if (n == 4 && !memcmp(in, "edit", 4)) return n + 2;
    return 0;
}

static bool unit_before(const char *t, uint32_t lo, uint32_t i)
{
    /* km², m³: a superscript after a unit is an exponent */
    static const char *const units[] = {"km", "m", "cm", "mi", "ft", "sq"};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t n = strlen(units[k]);
        if (i - lo >= n && !strncmp(t + i - n, units[k], n) &&
            (i - lo == n || t[i - n - 1] == ' ' || (t[i - n - 1] >= '0' && t[i - n - 1] <= '9')))
            return true;
    }
    return false;
}

/* Records the marker at text[i, end) (numbered `number`) as a cite, its
 * offset counted after the `deleted` bytes before it go; false when out of
 * memory. */
static bool push_cite(ds_doc *doc, uint32_t number, uint32_t i, uint32_t end, uint32_t deleted,
                      bool bracketed)
{
    ds_cite *ci = ds_vec_push(doc->arena, &doc->cites);
    if (!ci) return false;
    ci->number = number;
    ci->at = i - deleted;
    ci->sentence = DS_NONE;
    ci->footnote = DS_NONE;
    ci->src_start = doc->map[i];
    ci->src_end = end < doc->text_len ? doc->map[end] : doc->map[doc->text_len];
    ci->bracketed = bracketed;
    return true;
}

/* "killing two civilians.1 The group": a note number a PDF's text layer
 * (or a copy of one) gives as plain digits, glued to the punctuation after
 * a word and followed by a space or the line's end. Only in a document with
 * a footnote list and no other marker, and only a number that list has:
 * "3.5", "F-16" and "G7" never qualify. Records the cites and marks the
 * digits deleted (*deleted counts them). */
static ds_status plain_markers(ds_doc *doc, uint32_t *deleted)
{
    char *t = doc->text;
    for (uint32_t b = 0; b < doc->blocks.n; b++) {
        const ds_block *bl = &doc->blocks.v[b];
        if (bl->kind == DS_BLOCK_FOOTNOTE || bl->kind == DS_BLOCK_FURNITURE) continue;
        uint32_t lo = bl->span.start, hi = bl->span.end;
        for (uint32_t i = lo + 2; i < hi; i++) {
            unsigned char c = (unsigned char)t[i], p = (unsigned char)t[i - 1];
            if (c < '0' || c > '9' || !strchr(".,;:)\"", p) || !p) continue;
            unsigned char w = (unsigned char)t[i - 2];
            /* after a number only at a sentence's end: "on April 18.1 These"
             * (a decimal goes on in lower case: "3.5 million") */
            bool after_digit = w >= '0' && w <= '9' && p == '.';
            if (!((w | 0x20) >= 'a' && (w | 0x20) <= 'z') && w != ')' && w != '"' && !after_digit)
                continue;
            uint32_t j = i, v = 0;
            while (j < hi && j - i < 3 && t[j] >= '0' && t[j] <= '9')
                v = v * 10 + (uint32_t)(t[j++] - '0');
            if ((j < hi && t[j] != ' ' && t[j] != '\n') || !v) continue;
            if (after_digit && j < hi && !(j + 1 < hi && t[j + 1] >= 'A' && t[j + 1] <= 'Z'))
                continue;
            bool known = false;
            uint32_t top = 0;
            for (uint32_t k = 0; k < doc->footnotes.n && !known; k++) {
                known = doc->footnotes.v[k].number == v;
                if (doc->footnotes.v[k].number > top) top = doc->footnotes.v[k].number;
            }
            /* a number the list skips ("militants.6 IS-KP", the list lacks
             * note 6) when a sentence starts after it: still a marker (else
             * the two sentences stay one); it cites nothing (footnote-missing) */
            if (!known &&
                !(v < top && j + 1 < hi && t[j] == ' ' && t[j + 1] >= 'A' && t[j + 1] <= 'Z'))
                continue;
            if (!push_cite(doc, v, i, j, *deleted, false)) return DS_ENOMEM;
            memset(t + i, DS_DELETED, j - i);
            *deleted += j - i;
            i = j;
        }
    }
    return DS_OK;
}

/* The first byte of t[i, hi) that may start a marker: a '[' or, with
 * SSE2, any non-ASCII byte (its top bit: movemask of the bytes themselves;
 * the caller passes over one that is no lead of a superscript digit), 16
 * bytes a step and the rest as the last 16 bytes of t[0, hi), those before
 * i shifted out; hi when there is none. */
static inline uint32_t marker_lead(const char *t, uint32_t i, uint32_t hi)
{
#if defined(__SSE2__)
    const __m128i lb = _mm_set1_epi8('[');
    /* 64 bytes a step with one test (most notes have no lead at all, or
     * one "[size=...]" at the end): the 16 bytes holding the first lead
     * are found by the steps below. A lead sets the top bit of its byte
     * in x | (x == '['). */
#define FLAG16(o)                                                                                  \
    (x = _mm_loadu_si128((const __m128i *)(const void *)(t + i + (o))),                            \
     _mm_or_si128(x, _mm_cmpeq_epi8(x, lb)))
    for (; i + 64 <= hi; i += 64) {
        __m128i x, a = FLAG16(0), b = FLAG16(16), c = FLAG16(32), d = FLAG16(48);
        if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d)))) break;
    }
#undef FLAG16
#define LEAD16(x) ((unsigned)(_mm_movemask_epi8(_mm_cmpeq_epi8(x, lb)) | _mm_movemask_epi8(x)))
    for (; i + 16 <= hi; i += 16) {
        unsigned m = LEAD16(_mm_loadu_si128((const __m128i *)(const void *)(t + i)));
        if (m) return i + (uint32_t)__builtin_ctz(m);
    }
    if (i < hi && hi >= 16) {
        unsigned m = LEAD16(_mm_loadu_si128((const __m128i *)(const void *)(t + hi - 16))) >>
                     (16 - (hi - i));
        return m ? i + (uint32_t)__builtin_ctz(m) : hi;
    }
#undef LEAD16
#elif defined(DS_SWAR)
    /* 8 bytes at a time to the next '[' or non-ASCII byte */
    while (i + 8 <= hi) {
        uint64_t x = ds_load8(t + i), hit = ds_byte_eq(x, '[') | (x & DS_HIGH);
        if (hit) return i + ds_first_flag(hit);
        i += 8;
    }
#endif
    static const bool lead[256] = {['['] = true, [0xC2] = true, [0xE2] = true};
    while (i < hi && !lead[(unsigned char)t[i]]) i++;
    return i;
}

/* The label of footnote fn when its entry is a named Markdown footnote
 * ("[^djibo]: Reuters, ..."): read in the source, before the entry's text
 * (the reader drops the marker from it). Returns the label's length and
 * its start in *label, 0 when the entry has none. */
static uint32_t entry_label(const ds_doc *doc, const ds_footnote *fn, const char **label)
{
    const char *src = doc->src;
    if (!src || fn->span.start > doc->text_len) return 0;
    size_t q = doc->map[fn->span.start];
    while (q > 0 && (src[q - 1] == ' ' || src[q - 1] == '\t')) q--;
    if (q < 5 || src[q - 1] != ':' || src[q - 2] != ']') return 0;
    size_t j = q - 2; /* the ']' */
    size_t lo = j > 42 ? j - 42 : 0;
    while (j > lo && src[j - 1] != '[') j--;
    if (j == lo || ds_md_note_label(src, q, j - 1) != q - 1 - (j - 1)) return 0;
    *label = src + j + 1;
    return (uint32_t)(q - 2 - (j + 1));
}

/* The footnote a named marker ("[^djibo]") cites, or DS_NONE; *labels maps
 * the entries' labels to their indices, made on the first call (*made
 * false). false when out of memory. */
static bool named_entry(const ds_doc *doc, strmap *labels, bool *made, const char *label,
                        uint32_t n, uint32_t *fn)
{
    if (!*made) {
        *made = true;
        for (uint32_t k = 0; k < doc->footnotes.n; k++) {
            const char *l;
            uint32_t ln = entry_label(doc, &doc->footnotes.v[k], &l), had;
            if (ln && !strmap_get(labels, l, ln, &had) && !strmap_put(labels, l, ln, k))
                return false;
        }
    }
    if (!strmap_get(labels, label, n, fn)) *fn = DS_NONE;
    return true;
}

/* ds_citations_extract once some byte of the text may start a marker: the
 * first such byte is at `first` (none lies before it, so a block's scan
 * starts there when the block starts before it). */
static __attribute__((noinline)) ds_status extract_markers(ds_doc *doc, uint32_t first)
{
    char *t = doc->text;
    uint32_t deleted = 0;
    strmap labels = STRMAP_INIT; /* named footnotes' labels, when one is cited */
    bool labels_made = false;
    for (uint32_t b = 0; b < doc->blocks.n; b++) {
        const ds_block *bl = &doc->blocks.v[b];
        if (bl->kind == DS_BLOCK_FOOTNOTE || bl->kind == DS_BLOCK_FURNITURE) continue;
        uint32_t lo = bl->span.start, hi = bl->span.end;
        for (uint32_t i = lo < first ? first : lo; i < hi;) {
            if (i != first) i = marker_lead(t, i, hi); /* first: a lead already */
            if (i >= hi) break;
            unsigned char c = (unsigned char)t[i];
            uint32_t len = 0, number = 0, entry = DS_NONE;
            bool bracketed = false, cite = true;
            if (c == '[') {
                /* "[^3]": a Markdown footnote's marker (its entry "[^3]: ..."
                 * is read as a footnote, read_text.c) */
                uint32_t j = i + 1 + (i + 1 < hi && t[i + 1] == '^'), v = 0, nd = 0;
                while (j < hi && t[j] >= '0' && t[j] <= '9' && nd < 5)
                    v = v * 10 + (uint32_t)(t[j++] - '0'), nd++;
                if (nd && j < hi && t[j] == ']') {
                    len = j + 1 - i;
                    number = v;
                    bracketed = true;
                } else if ((len = ds_md_note_label(t, hi, i)) != 0) {
                    /* "[^djibo]": a named footnote's marker */
                    if (!named_entry(doc, &labels, &labels_made, t + i + 2, len - 3, &entry)) {
                        strmap_free(&labels);
                        return DS_ENOMEM;
                    }
                    bracketed = true;
                    if (entry != DS_NONE) {
                        number = doc->footnotes.v[entry].number;
                    } else {
                        cite = false;
                        ds_doc_diag_add(doc, DS_DIAG_WARNING, "footnote-missing", doc->map[i],
                                        "citation [^%.*s] has no entry in the footnote list",
                                        (int)(len - 3), t + i + 2);
                    }
                } else if ((len = letter_note(t, i, hi)) != 0) {
                    cite = false;
                }
            } else if (c == 0xC2 || c == 0xE2) {
                size_t l;
                uint32_t j = i, v = 0;
                int nd = 0;
                while (j < hi) {
                    int d = ds_superscript_digit(ds_u8_get(t, hi, j, &l));
                    if (d < 0) break;
                    if (nd < 6) v = v * 10 + (uint32_t)d;
                    nd++;
                    j += (uint32_t)l;
                }
                if (nd && i > lo && !unit_before(t, lo, i)) {
                    len = j - i;
                    number = v;
                }
            }
            if (!len) {
                i++;
                continue;
            }
            /* "estimate) [3]" at a line end, "China [98] and": drop one space before */
            uint32_t end = i + len;
            if (i > lo && t[i - 1] == ' ' &&
                (end >= hi || t[end] == ' ' || t[end] == '[' || t[end] == '.' || t[end] == ',')) {
                t[i - 1] = DS_DELETED;
                deleted++;
            }
            if (cite && !push_cite(doc, number, i, end, deleted, bracketed)) {
                strmap_free(&labels);
                return DS_ENOMEM;
            }
            if (cite) doc->cites.v[doc->cites.n - 1].footnote = entry;
            memset(t + i, DS_DELETED, len);
            deleted += len;
            i = end;
        }
    }
    strmap_free(&labels);
    if (!deleted && !doc->cites.n && doc->footnotes.n) {
        ds_status st = plain_markers(doc, &deleted);
        if (st != DS_OK) return st;
    }
    if (deleted) {
        if (!ds_doc_map_own(doc)) return DS_ENOMEM; /* the compaction writes the map */
        ds_text_compact(doc);
    }
    return DS_OK;
}

ds_status ds_citations_extract(ds_doc *doc, ds_ctx *ctx)
{
    (void)ctx;
    /* One scan of the whole text finds where a marker may first start: most
     * notes have no '[' and no byte past ASCII, and with no footnote list
     * (for plain_markers) there is nothing to do; the others' blocks are
     * scanned from there. */
    uint32_t first = marker_lead(doc->text, 0, doc->text_len);
    if (first >= doc->text_len && !doc->footnotes.n) return DS_OK;
    return extract_markers(doc, first);
}

static int cmp_cite(const void *a, const void *b)
{
    const ds_cite *x = a, *y = b;
    if (x->sentence != y->sentence) return x->sentence < y->sentence ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

ds_status ds_citations_attach(ds_doc *doc, ds_ctx *ctx)
{
    (void)ctx;
    /* no cite (most notes): nothing to attach, and every sentence has its
     * empty range already (segment.c makes each with first_cite = ncites
     * = 0) */
    if (!doc->cites.n) return DS_OK;
    uint32_t b = 0;
    uint32_t maxnum = 0;
    for (uint32_t i = 0; i < doc->footnotes.n; i++)
        if (doc->footnotes.v[i].number > maxnum) maxnum = doc->footnotes.v[i].number;
    uint32_t *byn = NULL;
    uint8_t *warned = NULL;
    if (doc->footnotes.n && maxnum < 1000000) {
        byn = malloc((maxnum + 1) * sizeof *byn);
        warned = calloc(maxnum + 2, 1);
        if (!byn || !warned) {
            free(byn);
            free(warned);
            return DS_ENOMEM;
        }
        for (uint32_t i = 0; i <= maxnum; i++) byn[i] = DS_NONE;
        for (uint32_t i = 0; i < doc->footnotes.n; i++)
            if (byn[doc->footnotes.v[i].number] == DS_NONE) byn[doc->footnotes.v[i].number] = i;
    }
    for (uint32_t c = 0; c < doc->cites.n; c++) {
        ds_cite *ci = &doc->cites.v[c];
        while (b + 1 < doc->blocks.n && doc->blocks.v[b].span.end < ci->at) b++;
        const ds_block *bl = &doc->blocks.v[b];
        ci->sentence = DS_NONE;
        if (bl->nsentences) {
            uint32_t s = bl->first_sentence, last = bl->first_sentence + bl->nsentences;
            /* the last sentence that starts before the marker */
            while (s + 1 < last && doc->sentences.v[s + 1].span.start < ci->at) s++;
            ci->sentence = s;
        }
        /* (a named marker knows its entry already) */
        if (ci->footnote == DS_NONE && byn && ci->number <= maxnum) ci->footnote = byn[ci->number];
        if (ci->footnote == DS_NONE && doc->footnotes.n) {
            bool first = !warned || ci->number > maxnum + 1 || !warned[ci->number];
            if (warned && ci->number <= maxnum + 1) warned[ci->number] = 1;
            if (first)
                ds_doc_diag_add(doc, DS_DIAG_WARNING, "footnote-missing", ci->src_start,
                                "citation %u has no entry in the footnote list", ci->number);
        }
    }
    free(byn);
    free(warned);
    if (doc->cites.n > 1) qsort(doc->cites.v, doc->cites.n, sizeof *doc->cites.v, cmp_cite);
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        doc->sentences.v[s].first_cite = 0;
        doc->sentences.v[s].ncites = 0;
    }
    for (uint32_t c = 0; c < doc->cites.n; c++) {
        uint32_t s = doc->cites.v[c].sentence;
        if (s == DS_NONE) continue;
        ds_sentence *sn = &doc->sentences.v[s];
        if (!sn->ncites) sn->first_cite = c;
        sn->ncites++;
    }
    return DS_OK;
}
