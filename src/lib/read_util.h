/* read_util.h - helpers shared by the reading layer (read_*.c, citations.c,
 * segment.c, tokenize.c); private to src/lib. UTF-8 stepping over text that
 * the readers have already validated, character classes, the abbreviation
 * list the sentence splitter and the tokenizer agree on, and the growable
 * text+offset-map builder the readers write into.
 */
#ifndef DS_READ_UTIL_H
#define DS_READ_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"

/* Decodes the code point at s[i] (s[0..n)); *len gets its byte length.
 * Invalid sequences decode as U+FFFD of length 1. */
static inline int32_t ds_u8_get(const char *s, size_t n, size_t i, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s + i;
    size_t left = n - i;
    unsigned c = p[0];
    if (c < 0x80) {
        *len = 1;
        return (int32_t)c;
    }
    if (c >= 0xC2 && c <= 0xDF && left >= 2 && (p[1] & 0xC0) == 0x80) {
        *len = 2;
        return (int32_t)(((c & 0x1Fu) << 6) | (p[1] & 0x3Fu));
    }
    if (c >= 0xE0 && c <= 0xEF && left >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        uint32_t cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *len = 3;
            return (int32_t)cp;
        }
    }
    if (c >= 0xF0 && c <= 0xF4 && left >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80) {
        uint32_t cp =
            ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            *len = 4;
            return (int32_t)cp;
        }
    }
    *len = 1;
    return 0xFFFD;
}

/* Start of the code point that ends just before s[i] (i > 0). */
static inline size_t ds_u8_prev(const char *s, size_t i)
{
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
    return j;
}

/* Encodes cp into out (at least 4 bytes); returns the length. */
static inline size_t ds_u8_put(char *out, int32_t cp)
{
    uint32_t c = (uint32_t)cp;
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Bit 7 set in each byte of x that is ASCII and lo <= byte <= hi (lo, hi
 * ASCII): two additions per byte on its low 7 bits, which cannot carry into
 * the next byte, so the answer does not depend on the byte order. */
static inline uint64_t ds_bytes_in(uint64_t x, unsigned char lo, unsigned char hi)
{
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t y = x & 0x7F * ones;
    uint64_t ge = y + (uint64_t)(0x80 - lo) * ones; /* bit 7: y >= lo */
    uint64_t gt = y + (uint64_t)(0x7F - hi) * ones; /* bit 7: y > hi */
    return ge & ~gt & ~x & 0x80 * ones;
}

/* Word-at-a-time scanning (SWAR): 8 text bytes in a uint64_t, flags in bit
 * 7 of each byte. Little-endian GCC/clang only (the first byte is the
 * lowest); elsewhere the callers' byte loops do the work. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
#define DS_SWAR 1
#define DS_ONES 0x0101010101010101ull
#define DS_HIGH 0x8080808080808080ull
static inline uint64_t ds_load8(const char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}
/* Bit 7 set in the first byte of x equal to c; bytes after it may be
 * flagged too (only the lowest flag is exact). */
static inline uint64_t ds_byte_eq(uint64_t x, unsigned char c)
{
    uint64_t y = x ^ (c * DS_ONES);
    return (y - DS_ONES) & ~y & DS_HIGH;
}
/* Index (0-7) of the byte of the lowest flag; flags non-zero. */
static inline uint32_t ds_first_flag(uint64_t flags)
{
    return (uint32_t)(__builtin_ctzll(flags) >> 3);
}
#endif

static inline bool ds_is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x3000;
}

/* Letters (any script, incl. combining marks), via utf8proc for non-ASCII. */
bool ds_is_letter(int32_t cp);
bool ds_is_upper(int32_t cp);
bool ds_is_lower(int32_t cp);
/* Superscript digit value 0-9, or -1. */
int ds_superscript_digit(int32_t cp);

/* A data table's column heading s[0, n): 'd' when it counts the dead
 * ("Killed", "Deaths", "Fatalities"), 'i' the wounded ("Injured"), 'l'
 * when it names the place ("Locality", "Village", "Location"), else 0
 * (read_text.c's pipe tables, read_html.c's tables). A figure under 'd' or
 * 'i' reads "3 killed", a name under 'l' "in Lopa" (ds_column_word). */
char ds_column_heading(const char *s, size_t n);

/* The word a cell under a heading of kind k gets after its figure (" killed",
 * " wounded"), or NULL. */
static inline const char *ds_column_word(char k)
{
    return k == 'd' ? " killed" : k == 'i' ? " wounded" : NULL;
}

/* How a word followed by '.' behaves (segment.c). word is the letters (and
 * internal dots) before the period, e.g. "Gen", "U.S", "e.g", "Jan". */
typedef enum ds_abbrev {
    DS_ABBR_NONE = 0,   /* an ordinary word: the period may end a sentence */
    DS_ABBR_ALWAYS,     /* title or initial: never ends a sentence ("Gen.", "U.S.", "e.g.") */
    DS_ABBR_BEFORE_NUM, /* only before a number ("Jan. 5", "No. 3") */
    DS_ABBR_LOWER       /* "a.m.", "etc.": ends a sentence only before a capital */
} ds_abbrev;
ds_abbrev ds_abbrev_kind(const char *word, size_t n);
/* The same for a word known to hold no '.' (a run of letters and digits):
 * no scan for the dots. */
ds_abbrev ds_abbrev_kind_undotted(const char *word, size_t n);

/* Text builder used by the readers: normalized text and its offset map,
 * grown with realloc, handed to the document's arena by ds_tb_finish. */
typedef struct ds_tb {
    char *text;
    uint32_t *map;
    size_t len, cap;
    bool failed;
    bool fixed; /* storage is the document's arena: never grown, never freed */
    /* map[k] = k for every k < len, and map[0, len) not written (the text
     * layout's output while each byte lands where it came from; see
     * read_text.c). Only read_text.c sets it. */
    bool identity;
} ds_tb;

bool ds_tb_reserve(ds_tb *tb, size_t extra);
/* Appends n bytes all mapped to src offsets src, src+1, ... (per_byte) or
 * all to src (per_byte false). */
void ds_tb_put(ds_tb *tb, const char *s, size_t n, uint32_t src, bool per_byte);
static inline void ds_tb_putc(ds_tb *tb, char c, uint32_t src)
{
    if (tb->len + 1 >= tb->cap && !ds_tb_reserve(tb, 1)) return;
    tb->text[tb->len] = c;
    tb->map[tb->len++] = src;
}
/* Moves the text into doc (text, text_len, map with map[len] = src_len)
 * and frees the builder. */
ds_status ds_tb_finish(ds_tb *tb, ds_doc *doc);
void ds_tb_free(ds_tb *tb);

/* Validates, normalizes and cleans raw bytes into a builder (read_text.c):
 * BOM stripped, CRLF/CR -> LF, invalid UTF-8 -> U+FFFD (diagnostic
 * "invalid-utf8"), control characters -> space, NFC. Offsets in the map are
 * src[i] positions plus base. Returns DS_EFORMAT for binary input. */
ds_status ds_decode_utf8(ds_tb *out, ds_doc *doc, ds_ctx *ctx, const char *src, size_t n,
                         uint32_t base);

/* The plain-text/Markdown layout pass (read_text.c): given the decoded
 * text and map in `in`, writes doc->text/map and finds blocks, joins cut sentences, marks
 * furniture, title, byline, headings, infobox lines and the footnote list. */
ds_status ds_layout_text(ds_doc *doc, ds_ctx *ctx, const ds_tb *in, bool markdown);

/* Parses a footnote entry's URLs (<url>, [t](url), bare http...) from
 * text[s, e) into fn->urls (citations.c). Appends, dropping duplicates. */
ds_status ds_footnote_add_urls(ds_doc *doc, ds_footnote *fn, uint32_t s, uint32_t e);
/* Is cp a character the readers drop, inside a word or out: a soft hyphen
 * ("kil&shy;ling"), a zero-width space, a zero-width no-break space (a BOM
 * inside a text), a left-to-right or right-to-left mark (pasted with Arabic
 * and Hebrew names), a C1 control? */
static inline bool ds_invisible(int32_t cp)
{
    return cp == 0xAD || cp == 0x200B || cp == 0xFEFF || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x80 && cp < 0xA0);
}

/* The letters of a typeset ligature U+FB00-FB06 ("ﬁ" -> "fi"), as a PDF's
 * text layer or a copy of one gives it; NULL for any other code point. */
static inline const char *ds_ligature_letters(int32_t cp)
{
    static const char *const letters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    return cp >= 0xFB00 && cp <= 0xFB06 ? letters[cp - 0xFB00] : NULL;
}

/* Is s[0, n) the rest of a URL a PDF's line end cut ("https://example.org/
 * reports/war-and-" / "peace/report-title/")? One token of URL characters
 * that is no URL itself, with a '/', '-', '_', '.', '=', '?', '&', '%' or '#'
 * in it, not opening with '(' or '<' and not a page number. */
/* A Markdown footnote label at s[i]: "[^djibo]", "[^army-statement]"
 * (letters, digits, '-', '_', '.'; 1 to 40 of them; at least one not a
 * digit: "[^3]" is a numbered marker). Returns its length with the brackets
 * ("[^" label "]"), 0 when s[i] starts none; the label is s[i+2 ..
 * i+len-1). */
static inline uint32_t ds_md_note_label(const char *s, size_t n, size_t i)
{
    if (i + 3 >= n || s[i] != '[' || s[i + 1] != '^') return 0;
    size_t j = i + 2;
    bool word = false;
    for (; j < n && j - i - 2 < 40; j++) {
        unsigned char c = (unsigned char)s[j];
        bool letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '-' || c == '_' || c == '.';
        if (!letter && !(c >= '0' && c <= '9')) break;
        word |= letter;
    }
    return j > i + 2 && j < n && s[j] == ']' && word ? (uint32_t)(j + 1 - i) : 0;
}

bool ds_url_rest(const char *s, size_t n);
/* Adds one URL (copied) unless the footnote already has it. */
ds_status ds_footnote_add_url(ds_doc *doc, ds_footnote *fn, const char *url, size_t n);

/* Marks deleted bytes: the readers set text bytes to this value and then
 * compact (no control characters survive decoding, so it is free). */
#define DS_DELETED '\x01'
/* Removes DS_DELETED bytes from text and map, shifting block and footnote
 * spans (citations.c). The map must be the document's own (ds_doc_map_own). */
void ds_text_compact(ds_doc *doc);

/* The identity offset map (ds_identity_map[k] = k), read-only, shared by
 * every document whose text is its source byte for byte (most one-line
 * notes): doc->map points into it when text_len == src_len and
 * text_len < DS_IDENTITY_MAP_N (read_text.c), so such a document writes
 * no map. Whoever writes doc->map calls ds_doc_map_own first. */
enum { DS_IDENTITY_MAP_N = 4096 };
extern const uint32_t ds_identity_map[DS_IDENTITY_MAP_N];
/* Gives doc a map of its own (a copy in the arena) when it shares the
 * identity map; false when out of memory. */
bool ds_doc_map_own(ds_doc *doc);

#endif
