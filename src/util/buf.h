/* buf.h - a growable byte buffer, always NUL-terminated, and a small
 * streaming JSON writer on top of it. libc only.
 *
 * Errors are sticky: after an allocation failure every call is a no-op and
 * buf->failed is set; check once at the end (cheap, and keeps writers flat).
 */
#ifndef UTIL_BUF_H
#define UTIL_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct buf {
    char *data; /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    bool failed;
} buf;

#define BUF_INIT                                                                                   \
    {                                                                                              \
        NULL, 0, 0, false                                                                          \
    }

void buf_free(buf *b);
void buf_reset(buf *b); /* len = 0, keeps the storage */
bool buf_reserve(buf *b, size_t extra);
void buf_put(buf *b, const void *bytes, size_t n);
void buf_puts(buf *b, const char *s);
void buf_putc_slow(buf *b, char c); /* buf_putc when the storage must grow */
/* One byte; inline while the storage has room. */
static inline void buf_putc(buf *b, char c)
{
    /* the fields in locals first: the byte stores could alias them */
    size_t len = b->len;
    char *data = b->data;
    if (len + 2 <= b->cap) { /* cap is 0 once the buffer failed */
        data[len] = c;
        data[len + 1] = '\0';
        b->len = len + 1;
        return;
    }
    buf_putc_slow(b, c);
}
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the storage to the caller (malloc'd, NUL-terminated; "" when empty)
 * and resets b. NULL when the buffer failed. */
char *buf_take(buf *b, size_t *len);

/* JSON writing. The writer tracks whether a comma is due, so callers write
 * keys and values in order: jw_obj(w); jw_key(w,"a"); jw_int(w,1); jw_end(w).
 *
 * One state is enough for that, the current container's: a container
 * starts with none due; after a key the value follows as it is; after an
 * item (a value, or a whole container once closed) a comma is due. */
enum {
    JW_OPENED = 0, /* at the start of the container (or of the output) */
    JW_ITEM = 1,   /* after an item: a comma is due (the value is the comma's length) */
    JW_KEYED = 2   /* after a key: its value comes next */
};
typedef struct jw {
    buf *out;
    int depth;
    bool pretty;
    uint8_t state; /* JW_* */
} jw;

void jw_init(jw *w, buf *out, bool pretty);
void jw_indent(jw *w); /* pretty: a newline and the indentation of the depth */

/* Called before every value or key: comma and indentation as due. Inline
 * (with the small writers below) because export calls it ~150 times a
 * document. */
static inline void jw_pre(jw *w)
{
    uint8_t state = w->state;
    w->state = JW_ITEM;
    if (state == JW_KEYED) return;
    if (state == JW_ITEM) buf_putc(w->out, ',');
    if (w->pretty && w->depth > 0) jw_indent(w);
}

/* A container's bracket: after jw_pre, the bracket; the new depth starts
 * with no comma due. */
static inline void jw_open(jw *w, char c)
{
    jw_pre(w);
    buf_putc(w->out, c);
    w->depth++;
    w->state = JW_OPENED;
}
/* The closing bracket, on its own line in pretty output when the container
 * holds anything; the container is then an item of the one around it. */
static inline void jw_close(jw *w, char c)
{
    bool had = w->state != JW_OPENED;
    w->depth--;
    w->state = JW_ITEM;
    if (w->pretty && had) jw_indent(w);
    buf_putc(w->out, c);
}
static inline void jw_obj(jw *w)
{
    jw_open(w, '{');
}
static inline void jw_arr(jw *w)
{
    jw_open(w, '[');
}
static inline void jw_end_obj(jw *w)
{
    jw_close(w, '}');
}
static inline void jw_end_arr(jw *w)
{
    jw_close(w, ']');
}
void jw_keyn(jw *w, const char *key, size_t n);
/* inline so that the length of a literal key is known at compile time */
static inline void jw_key(jw *w, const char *key)
{
    jw_keyn(w, key, strlen(key));
}
/* A key given as a string literal, its JSON text made at compile time:
 * jw_key_json(w, JW_KEY("date")) writes "date": with no scan, no strlen
 * and no escaping (the literal must need none). JW_KEY expands to the two
 * arguments: the text "\"date\":" and its length. */
#define JW_KEY(lit) "\"" lit "\":", sizeof(lit) + 2
void jw_key_text(jw *w, const char *json, size_t n); /* jw_key_json after jw_pre */
/* always inline: left to itself the compiler makes an out-of-line copy, and
 * the key's length is no longer a constant there */
/* Compact output, where a key or a member may start: the comma when one is
 * due and then the n bytes of json in one store, the writer left in state
 * next; false (nothing written) after a key or without the room. The ','
 * is written in any case and the text over it when no comma is due. */
static inline __attribute__((always_inline)) bool jw_put_compact(jw *w, const char *json, size_t n,
                                                                 uint8_t next)
{
    buf *b = w->out;
    /* the fields in locals first: the byte stores below could alias them */
    uint8_t state = w->state;
    char *data = b->data;
    size_t len = b->len, cap = b->cap;
    if (state == JW_KEYED || n + 3 >= cap || len >= cap - n - 3) return false;
    size_t comma = state; /* JW_ITEM is 1, JW_OPENED 0 */
    data[len] = ',';
    memcpy(data + len + comma, json, n);
    len += n + comma;
    data[len] = '\0';
    b->len = len;
    w->state = next;
    return true;
}
static inline __attribute__((always_inline)) void jw_key_json(jw *w, const char *json, size_t n)
{
    buf *b = w->out;
    if (!w->pretty && jw_put_compact(w, json, n, JW_KEYED)) return;
    jw_pre(w);
    if (n + 2 < b->cap && b->len < b->cap - n - 2) { /* n bytes, ' ' and NUL fit */
        memcpy(b->data + b->len, json, n);
        b->len += n;
        if (w->pretty) b->data[b->len++] = ' ';
        b->data[b->len] = '\0';
        w->state = JW_KEYED;
        return;
    }
    jw_key_text(w, json, n);
}
void jw_str(jw *w, const char *s);            /* NULL writes null */
void jw_strn(jw *w, const char *s, size_t n); /* escapes; invalid UTF-8 is written as U+FFFD */
void jw_int(jw *w, long long v);
void jw_double(jw *w, double v, int decimals);
void jw_bool(jw *w, bool v);
/* A short literal value (n + 1 bytes with its NUL, n a constant at each
 * call): one store when the room is there. */
static inline __attribute__((always_inline)) void jw_literal(jw *w, const char *lit, size_t n)
{
    jw_pre(w);
    buf *b = w->out;
    if (b->cap > n + 1 && b->len < b->cap - (n + 1)) {
        memcpy(b->data + b->len, lit, n + 1); /* with the NUL */
        b->len += n;
        return;
    }
    buf_put(b, lit, n);
}
static inline __attribute__((always_inline)) void jw_null(jw *w)
{
    jw_literal(w, "null", 4);
}
/* A whole member, key and value, as compact JSON text ("\"a\":null", n
 * bytes, n a constant at each call): the comma as due, then the text, in
 * one store when the room is there. Compact output only (pretty output
 * spaces a key from its value): the caller checks w->pretty. */
static inline __attribute__((always_inline)) void jw_member_json(jw *w, const char *json, size_t n)
{
    buf *b = w->out;
    if (jw_put_compact(w, json, n, JW_ITEM)) return;
    jw_pre(w);
    buf_put(b, json, n);
}
void jw_raw(jw *w, const char *json); /* an already-encoded value */
/* An empty array: the bytes of jw_arr(w); jw_end_arr(w) (pretty or not,
 * an empty array is "[]"), in one step. */
static inline void jw_empty_arr(jw *w)
{
    jw_literal(w, "[]", 2);
}

/* Length of the run at p[0..n) that a JSON string holds as it is:
 * printable ASCII (DEL included) other than '"' and '\\'; 8 bytes a step. */
size_t json_plain_run(const char *p, size_t n);

/* Appends s as a JSON string (with quotes) to b. */
void json_escape(buf *b, const char *s, size_t n);

/* Length of the valid UTF-8 sequence at s (n > 0 bytes available): 1 for
 * ASCII, 2-4 for a well-formed sequence (no overlong form, surrogate or
 * code point above U+10FFFF), 0 if invalid. */
size_t utf8_valid_len(const unsigned char *s, size_t n);

/* Raw writers, for a caller that makes compact JSON straight in storage it
 * has made room for (export_json.c). None writes a NUL after its text.
 *
 * json_int_at: v as "%lld" at o (room for 20 bytes); returns its length.
 * json_double_at: what jw_double writes of v at o (room for
 * JSON_NUMBER_MAX bytes; bytes after the text within it may be written
 * too); returns its length.
 * json_pretty: appends the compact JSON text json[0, n) (as the writer
 * makes it) laid out as the pretty writer would have written it.
 * json_plain_str_at (below): s in quotes at o, when it needs no escape. */
#define JSON_NUMBER_MAX 400
size_t json_int_at(char *o, long long v);
size_t json_double_at(char *o, double v, int decimals);

/* "00" "01" ... "99" */
extern const char JSON_DIGIT_PAIRS[201];

/* json_double_at's usual case (coordinates, probabilities), inline: the
 * same text when |v| < 2^32 and 1 <= decimals <= 6 and two double
 * operations are known to round as the exact value does, else 0 (then
 * json_double_at's exact path does it). Writes up to 9 bytes past the
 * text (the room is JSON_NUMBER_MAX bytes).
 *
 * Why it is exact: a = |v| = w + f with w = trunc(a) and f = a - w,
 * computed without error (the bits of a below its units). t = f * 10^d,
 * one rounding, is within half an ulp of the exact product, and t < 10^6
 * < 2^20, so within 2^-33. When t's fraction g = t - trunc(t) (exact) is
 * more than 2^-24 from 0.5, the exact product rounds to the nearest
 * integer as t does, to trunc(t) + (g > 0.5); a tie, which printf rounds
 * to even, is within that band and left to the exact path. |v| * 10^d
 * then rounds to w * 10^d plus that (a carry when it is 10^d). */
static inline size_t json_fixed_at(char *o, double v, int decimals)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    static const double pow10d[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    static const uint32_t pow10[7] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals < 1 || decimals > 6) return 0;
    bool neg = __builtin_signbit(v) != 0;
    double a = __builtin_fabs(v);
    if (!(a < 4294967296.0)) return 0; /* NaN too */
    uint64_t w = (uint64_t)a;
    double t = (a - (double)w) * pow10d[decimals];
    uint32_t r = (uint32_t)t;
    double g = t - (double)r;
    if (g > 0.5 - 0x1p-24 && g < 0.5 + 0x1p-24) return 0;
    r += g > 0.5;
    if (r == pow10[decimals]) w++, r = 0; /* x.99999|6 rounded up */
    char *start = o;
    *o = '-';
    o += neg;
    if (w < 10) {
        *o++ = (char)('0' + w);
    } else if (w < 100) {
        memcpy(o, JSON_DIGIT_PAIRS + 2 * w, 2);
        o += 2;
    } else if (w < 1000) {
        o[0] = (char)('0' + w / 100);
        memcpy(o + 1, JSON_DIGIT_PAIRS + 2 * (w % 100), 2);
        o += 3;
    } else {
        o += json_int_at(o, (long long)w);
    }
    if (r) {
        /* r as six digits, its d decimals then zeros (f < 10^6), two at a
         * time: f / 10^4 in y's upper half, the rest as a binary fraction
         * in its lower half, times 100 for each next pair (checked for
         * every f below 10^6). The six digits go in the low bytes of a
         * word, the first one lowest; the text ends at the last non-zero
         * digit, the word's highest byte above '0'. */
        uint64_t y = (uint64_t)(r * pow10[6 - decimals]) * 429497u; /* 2^32 / 10^4, rounded up */
        uint16_t hi, mid, lo;
        memcpy(&hi, JSON_DIGIT_PAIRS + 2 * (y >> 32), 2);
        y = (uint32_t)y * 100ull;
        memcpy(&mid, JSON_DIGIT_PAIRS + 2 * (y >> 32), 2);
        y = (uint32_t)y * 100ull;
        memcpy(&lo, JSON_DIGIT_PAIRS + 2 * (y >> 32), 2);
        uint64_t text = hi | (uint64_t)mid << 16 | (uint64_t)lo << 32;
        uint64_t digits = text - 0x303030303030ull; /* each byte its digit's value */
        o[0] = '.';
        memcpy(o + 1, &text, 8);
        o += 2 + (size_t)(63 - __builtin_clzll(digits)) / 8;
    }
    return (size_t)(o - start);
#else
    (void)o, (void)v, (void)decimals;
    return 0;
#endif
}
void json_pretty(buf *out, const char *json, size_t n);

#if defined(__SSE2__)
/* The bytes of x that JSON must escape ('"', '\\', below 0x20) or that may
 * start a multi-byte sequence (from 0x80: negative, so below 0x20 signed). */
static inline __m128i json_stop16(__m128i x)
{
    return _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
}

/* json_plain_str_at's end: the string's NUL at o[n] (s[n] its byte) gets
 * the closing quote; NULL when that byte is one to escape or check. */
static inline char *json_plain_end(const char *s, char *o, size_t n)
{
    if (s[n]) return NULL;
    o[-1] = '"';
    o[n] = '"';
    return o + n + 1;
}

/* json_plain_str_at's steps after the first done bytes of s (16 or 32),
 * found plain and stored at o (one byte after the opening quote's place);
 * the steps take i <= room. Each load is aligned (16 bytes never across a
 * page end), the first one over some bytes known plain already. */
__attribute__((no_sanitize_address)) static inline char *
json_plain_str_long(const char *s, char *o, size_t done, size_t room)
{
    for (size_t i = done - ((uintptr_t)s & 15); i <= room; i += 16) {
        __m128i x = _mm_load_si128((const __m128i *)(const void *)(s + i));
        _mm_storeu_si128((__m128i *)(void *)(o + i), x);
        unsigned m = (unsigned)_mm_movemask_epi8(json_stop16(x));
        if (m) return json_plain_end(s, o, i + (size_t)__builtin_ctz(m));
    }
    return NULL;
}
#endif

/* jw_str's copy without strlen: a C string copied in quotes 16 bytes a
 * step as its end is found. Contract: when every byte of s before its NUL
 * is plain (json_stop16 flags the NUL too, so the first flagged byte is the
 * end or a byte to escape or check) and the quoted copy fits before end,
 * writes at o exactly what json_escape writes of s (no NUL after it) and
 * returns the byte after the closing quote; NULL when the string needs
 * escaping, the room is short, a load would reach a page end or SSE2 is not
 * there. Either way bytes from o + 1 to below end may have been written (o
 * itself only on success): the caller writes over them. The loads may read
 * past the NUL within the same 4 KiB page (never a fault: the page is
 * mapped, as for strlen's). Inline: an export writes ~20 strings a note. */
__attribute__((no_sanitize_address)) static inline char *json_plain_str_at(char *o, const char *end,
                                                                           const char *s)
{
#if defined(__SSE2__)
    /* each step stores 16 bytes at o + 1 + i; the closing quote after the
     * last step's bytes fits too: o + 1 + i + 16 <= end */
    if (end - o < 18 || ((uintptr_t)s & 4095) > 4096 - 16) return NULL;
    o++;
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    _mm_storeu_si128((__m128i *)(void *)o, x);
    unsigned m = (unsigned)_mm_movemask_epi8(json_stop16(x));
    if (!m) return json_plain_str_long(s, o, 16, (size_t)(end - o) - 17);
    return json_plain_end(s, o, (size_t)__builtin_ctz(m));
#else
    (void)o, (void)end, (void)s;
    return NULL;
#endif
}

#endif
