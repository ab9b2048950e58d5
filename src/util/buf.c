/* buf.c - growable buffer and JSON writer (see buf.h). The writer is on
 * the export path of every document: strings are escaped by copying runs of
 * safe bytes (found 8 at a time), integers formatted by hand, one capacity
 * check per string rather than per byte. JSON: RFC 8259. */
#include "util/buf.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_free(buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void buf_reset(buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

bool buf_reserve(buf *b, size_t extra)
{
    if (b->failed) return false;
    if (extra > SIZE_MAX / 2 - b->len) {
        b->failed = true;
        b->cap = 0;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        b->cap = 0; /* the inline buf_putc then always takes the slow path */
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

/* buf_reserve with the common case (room enough) inline; cap is 0 once
 * the buffer failed, so that case always goes to buf_reserve. */
static inline bool reserve(buf *b, size_t extra)
{
    return (extra < b->cap && b->len < b->cap - extra) || buf_reserve(b, extra);
}

void buf_put(buf *b, const void *bytes, size_t n)
{
    if (!reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, bytes, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

void buf_putc_slow(buf *b, char c)
{
    if (!buf_reserve(b, 1)) return;
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        buf_put(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *buf_take(buf *b, size_t *len)
{
    if (b->failed) {
        buf_free(b);
        if (len) *len = 0;
        return NULL;
    }
    if (!b->data && !buf_reserve(b, 0)) return NULL;
    char *p = b->data;
    if (len) *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

size_t utf8_valid_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000;
    else
        return 0;
    if (n < len) return 0;
    unsigned cp = c & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

/* Bytes that JSON takes as they are: printable ASCII (DEL included) other
 * than '"' and '\\'. */
static const bool json_plain[256] = {
#define P2(c)  [c] = true, [c + 1] = true
#define P4(c)  P2(c), P2(c + 2)
#define P8(c)  P4(c), P4(c + 4)
#define P16(c) P8(c), P8(c + 8)
    P2(0x20), [0x23] = true, P4(0x24), P8(0x28),  P16(0x30), P16(0x40), P8(0x50),
    P4(0x58), [0x5D] = true, P2(0x5E), P16(0x60), P16(0x70)
#undef P16
#undef P8
#undef P4
#undef P2
};

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
/* The same eight bytes at a time: bit 7 of each byte of the result is set
 * for a byte that stops a plain run. */
static inline uint64_t stop8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x7 = x & ~high, q = x ^ ('"' * ones), bs = x ^ ('\\' * ones);
    return ((x & high) | ~(x7 + (0x80 - 0x20) * ones) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) &
           high;
}
#endif

/* Length of the run at p[0..n) that JSON takes as it is: printable ASCII
 * (DEL included) other than '"' and '\\'. */
static size_t safe_run(const unsigned char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    /* 16 bytes a step: a signed compare below 0x20 also catches the bytes
     * from 0x80 (negative), which is what the table says for them */
    if (n >= 16) {
        unsigned mask;
        for (; i + 16 <= n; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i stop = json_stop16(x);
            mask = (unsigned)_mm_movemask_epi8(stop);
            if (mask) return i + (size_t)__builtin_ctz(mask);
        }
        if (i == n) return n;
        /* the tail as the last 16 bytes, overlapping bytes known plain */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
        __m128i stop = json_stop16(x);
        mask = (unsigned)_mm_movemask_epi8(stop) >> (i - (n - 16));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        uint64_t flags = stop8(x);
        if (flags) return i + (size_t)(__builtin_ctzll(flags) >> 3);
    }
#endif
    while (i < n && json_plain[p[i]]) i++;
    return i;
}

size_t json_plain_run(const char *p, size_t n)
{
    return safe_run((const unsigned char *)p, n);
}

/* Copies the run at p[0..n) that JSON takes as it is to o (which has room
 * for n bytes) and returns its length: safe_run and memcpy in one pass,
 * each block stored as it is checked. Bytes past the run may be written
 * too (within the n); the caller writes over them. */
static inline size_t copy_safe_run(char *o, const unsigned char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    if (n >= 16) {
        unsigned mask;
        for (; i + 16 <= n; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i stop = json_stop16(x);
            _mm_storeu_si128((__m128i *)(void *)(o + i), x);
            mask = (unsigned)_mm_movemask_epi8(stop);
            if (mask) return i + (size_t)__builtin_ctz(mask);
        }
        if (i == n) return n;
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
        __m128i stop = json_stop16(x);
        _mm_storeu_si128((__m128i *)(void *)(o + n - 16), x);
        mask = (unsigned)_mm_movemask_epi8(stop) >> (i - (n - 16));
        return mask ? i + (size_t)__builtin_ctz(mask) : n;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    if (n >= 8) {
        /* 8 to 15 bytes (or no SSE2): the first 8 and, overlapping them,
         * the last 8, each stored as it is */
        for (;;) {
            size_t at = i + 8 <= n ? i : n - 8;
            uint64_t x;
            memcpy(&x, p + at, 8);
            memcpy(o + at, &x, 8);
            uint64_t flags = stop8(x);
            /* the overlap (bytes below i) was checked already */
            flags &= ~0ull << ((i - at) * 8);
            if (flags) return at + (size_t)(__builtin_ctzll(flags) >> 3);
            if (at + 8 == n) return n;
            i = at + 8;
        }
    }
#endif
    while (i < n && json_plain[p[i]]) {
        o[i] = (char)p[i];
        i++;
    }
    return i;
}

/* json_escape when the string needs an escape or the buffer must grow:
 * room for the plain case is reserved once; an escape reserves for the
 * rest. */
static __attribute__((noinline)) void json_escape_slow(buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    if (n > SIZE_MAX / 2 || !reserve(b, n + 2)) return;
    char *o = b->data + b->len;
    *o++ = '"';
    size_t i = 0;
    for (;;) {
        size_t j = i + copy_safe_run(o, p + i, n - i);
        o += j - i;
        i = j;
        if (i >= n) break;
        unsigned c = p[i];
        if (c >= 0x80) {
            size_t l = utf8_valid_len(p + i, n - i);
            if (l) {
                memcpy(o, p + i, l);
                o += l;
                i += l;
                continue;
            }
        }
        /* an escape: up to 6 bytes for 1; room for it and the rest */
        b->len = (size_t)(o - b->data);
        if (!reserve(b, n - i + 8)) return;
        o = b->data + b->len;
        switch (c) {
        case '"':
            memcpy(o, "\\\"", 2), o += 2;
            break;
        case '\\':
            memcpy(o, "\\\\", 2), o += 2;
            break;
        case '\n':
            memcpy(o, "\\n", 2), o += 2;
            break;
        case '\r':
            memcpy(o, "\\r", 2), o += 2;
            break;
        case '\t':
            memcpy(o, "\\t", 2), o += 2;
            break;
        default:
            if (c < 0x20) {
                char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                memcpy(o, e, 6), o += 6;
            } else {
                memcpy(o, "\xEF\xBF\xBD", 3), o += 3; /* invalid byte -> U+FFFD */
            }
        }
        i++;
    }
    *o++ = '"';
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
}

/* Copies p[0, n) to o when JSON takes all of it as it is; false (o
 * partly written) when a byte must be escaped or checked. Up to 32 bytes
 * (most strings of an export; the caller sends longer ones elsewhere)
 * without a loop: two overlapping loads of the widest size that fits
 * cover them, one test says plain or not. */
static inline bool copy_plain(char *o, const unsigned char *p, size_t n)
{
#if defined(__SSE2__)
    if (n >= 16) {
        if (n > 32) return copy_safe_run(o, p, n) == n;
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
        __m128i z = _mm_loadu_si128((const __m128i *)(const void *)(p + n - 16));
        if (_mm_movemask_epi8(_mm_or_si128(json_stop16(a), json_stop16(z)))) return false;
        _mm_storeu_si128((__m128i *)(void *)o, a);
        _mm_storeu_si128((__m128i *)(void *)(o + n - 16), z);
        return true;
    }
    /* shorter: the two loads side by side in one vector, one test */
    if (n >= 8) {
        __m128i a = _mm_loadl_epi64((const __m128i *)(const void *)p);
        __m128i z = _mm_loadl_epi64((const __m128i *)(const void *)(p + n - 8));
        if (_mm_movemask_epi8(json_stop16(_mm_unpacklo_epi64(a, z)))) return false;
        _mm_storel_epi64((__m128i *)(void *)o, a);
        _mm_storel_epi64((__m128i *)(void *)(o + n - 8), z);
        return true;
    }
    if (n >= 4) {
        int32_t a, z;
        memcpy(&a, p, 4);
        memcpy(&z, p + n - 4, 4);
        /* the vector's upper 8 bytes are zeros, which stop16 flags: masked */
        __m128i v = _mm_unpacklo_epi32(_mm_cvtsi32_si128(a), _mm_cvtsi32_si128(z));
        if (_mm_movemask_epi8(json_stop16(v)) & 0xFF) return false;
        memcpy(o, &a, 4);
        memcpy(o + n - 4, &z, 4);
        return true;
    }
    for (size_t i = 0; i < n; i++) {
        if (!json_plain[p[i]]) return false;
        o[i] = (char)p[i];
    }
    return true;
#else
    return copy_safe_run(o, p, n) == n;
#endif
}

/* json_escape: the usual string (all plain, room there) copied by
 * copy_plain, anything else by json_escape_slow. */
static inline __attribute__((always_inline)) void escape_plain_or_slow(buf *b, const char *s,
                                                                       size_t n)
{
    /* the quotes and the NUL fit (cap is 0 once the buffer failed) */
    if (b->cap > 2 && n < b->cap - 2 && b->len < b->cap - 2 - n) {
        char *o = b->data + b->len;
        /* copy_plain writes from o + 1 only: o[0] is still the NUL when
         * the slow path takes over */
        if (copy_plain(o + 1, (const unsigned char *)s, n)) {
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += n + 2;
            return;
        }
    }
    json_escape_slow(b, s, n);
}

/* json_escape for a string over 32 bytes: its own function, so that the
 * short strings' path saves no registers for the copy loop */
static __attribute__((noinline)) void json_escape_long(buf *b, const char *s, size_t n)
{
    escape_plain_or_slow(b, s, n);
}

/* Contract: appends "s" with JSON escapes; control characters as \n \r \t
 * or \u00XX, invalid UTF-8 bytes as U+FFFD, valid UTF-8 as it is. */
void json_escape(buf *b, const char *s, size_t n)
{
    if (n > 32) {
        json_escape_long(b, s, n);
        return;
    }
    escape_plain_or_slow(b, s, n);
}

void jw_init(jw *w, buf *out, bool pretty)
{
    w->out = out;
    w->depth = 0;
    w->pretty = pretty;
    w->state = JW_OPENED;
}

void jw_indent(jw *w)
{
    buf_putc(w->out, '\n');
    for (int i = 0; i < w->depth; i++) buf_puts(w->out, "  ");
}

void jw_keyn(jw *w, const char *key, size_t n)
{
    jw_pre(w);
    /* keys are short plain names: one copy, no escaping */
    buf *b = w->out;
    if (n < 64 && safe_run((const unsigned char *)key, n) == n && reserve(b, n + 4)) {
        char *o = b->data + b->len;
        o[0] = '"';
        memcpy(o + 1, key, n);
        o[n + 1] = '"';
        o[n + 2] = ':';
        b->len += n + 3;
        if (w->pretty) b->data[b->len++] = ' ';
        b->data[b->len] = '\0';
        w->state = JW_KEYED;
        return;
    }
    json_escape(b, key, n);
    buf_putc(w->out, ':');
    if (w->pretty) buf_putc(w->out, ' ');
    w->state = JW_KEYED;
}

void jw_key_text(jw *w, const char *json, size_t n)
{
    buf *b = w->out;
    if (!reserve(b, n + 1)) return;
    memcpy(b->data + b->len, json, n);
    b->len += n;
    if (w->pretty) b->data[b->len++] = ' ';
    b->data[b->len] = '\0';
    w->state = JW_KEYED;
}

void jw_str(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    jw_pre(w);
    buf *b = w->out;
    /* cap is 0 once the buffer failed: no room then; the NUL's byte is
     * kept out of the room */
    if (b->cap > b->len) {
        char *o = json_plain_str_at(b->data + b->len, b->data + b->cap - 1, s);
        if (o) {
            *o = '\0';
            b->len = (size_t)(o - b->data);
            return;
        }
    }
    json_escape(b, s, strlen(s));
}

void jw_strn(jw *w, const char *s, size_t n)
{
    jw_pre(w);
    json_escape(w->out, s, n);
}

/* "00" "01" ... "99": decimal digits made two at a time */
const char JSON_DIGIT_PAIRS[201] = "0001020304050607080910111213141516171819202122232425262728293"
                                   "031323334353637383940414243444546474849"
                                   "5051525354555657585960616263646566676869707172737475767778798"
                                   "081828384858687888990919293949596979899";

/* The number of decimal digits of u (1 for 0). */
static inline size_t decimal_digits(unsigned long long u)
{
    size_t nd = 1;
    for (unsigned long long p = 10; u >= p; p *= 10)
        if (++nd == 20) break; /* 10^19 is the last power below 2^64 */
    return nd;
}

/* Writes the last nd decimal digits of u (zeros in front when u has
 * fewer) to the nd bytes before e. */
static inline void put_digits(char *e, unsigned long long u, size_t nd)
{
    for (; nd >= 2; nd -= 2) {
        e -= 2;
        memcpy(e, JSON_DIGIT_PAIRS + 2 * (u % 100), 2);
        u /= 100;
    }
    if (nd) e[-1] = (char)('0' + u % 10);
}

size_t json_int_at(char *o, long long v)
{
    /* one digit (most numbers of a note: counts, precisions, codes); two
     * or three (a note's sentence offsets) from the pairs at once */
    if ((unsigned long long)v < 10) {
        o[0] = (char)('0' + v);
        return 1;
    }
    if ((unsigned long long)v < 100) {
        memcpy(o, JSON_DIGIT_PAIRS + 2 * v, 2);
        return 2;
    }
    if ((unsigned long long)v < 1000) {
        o[0] = (char)('0' + v / 100);
        memcpy(o + 1, JSON_DIGIT_PAIRS + 2 * (v % 100), 2);
        return 3;
    }
    /* as "%lld": the digits counted first, then made from the last, two
     * at a time */
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    size_t nd = decimal_digits(u), sign = v < 0;
    o[0] = '-';
    put_digits(o + sign + nd, u, nd);
    return sign + nd;
}

void jw_int(jw *w, long long v)
{
    jw_pre(w);
    buf *b = w->out;
    if (!reserve(b, 21)) return; /* "-9223372036854775808" is 20 bytes */
    b->len += json_int_at(b->data + b->len, v);
    b->data[b->len] = '\0';
}

static const uint32_t POW10[10] = {1,      10,      100,      1000,      10000,
                                   100000, 1000000, 10000000, 100000000, 1000000000};

#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 u128;

/* |v| * 10^decimals rounded to an integer exactly as printf's "%.*f"
 * rounds (the binary value, ties to even) into *q, its sign into *neg;
 * false when decimals is not in [0, 9] or |v| >= 2^53. */
static inline __attribute__((always_inline)) bool fixed_scaled(double v, int decimals, u128 *q,
                                                               bool *neg)
{
    *neg = signbit(v) != 0;
    double a = *neg ? -v : v;
    if (decimals < 0 || decimals > 9 || !(a < 9007199254740992.0)) return false;
    /* a = mant / 2^shift read from the IEEE 754 fields (no frexp/ldexp
     * calls; the value, and so the rounding below, is the same) */
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int biased = (int)(bits >> 52) & 0x7FF;
    uint64_t mant = bits & ((1ull << 52) - 1);
    if (biased)
        mant |= 1ull << 52;
    else
        biased = 1; /* subnormal */
    int shift = 1075 - biased;
    if (a == 0) {
        *q = 0;
    } else if (shift <= 0) {
        *q = ((u128)mant << -shift) * POW10[decimals];
    } else if (shift >= 120) {
        *q = 0; /* far below the last decimal */
    } else {
        u128 scaled = (u128)mant * POW10[decimals];
        u128 r = scaled >> shift;
        u128 rem = scaled - (r << shift), half = (u128)1 << (shift - 1);
        if (rem > half || (rem == half && (r & 1))) r++;
        *q = r;
    }
    return true;
}

/* "%.*f" of v for 0 <= decimals <= 9 and |v| < 2^53 into out; returns
 * the length, or 0 when v is out of that range (then snprintf does it). */
static int fixed_format(char out[64], double v, int decimals)
{
    u128 q;
    bool neg;
    if (!fixed_scaled(v, decimals, &q, &neg)) return 0;
    char digits[48], *d = digits + sizeof digits;
    int nd = 0;
    do {
        *--d = (char)('0' + (int)(q % 10));
        q /= 10;
        nd++;
    } while (q);
    while (nd <= decimals) *--d = '0', nd++; /* at least one digit before the point */
    char *o = out;
    if (neg) *o++ = '-';
    int whole = nd - decimals;
    memcpy(o, d, (size_t)whole);
    o += whole;
    if (decimals) {
        *o++ = '.';
        memcpy(o, d + whole, (size_t)decimals);
        o += decimals;
    }
    *o = '\0';
    return (int)(o - out);
}
#endif

size_t json_double_at(char *o, double v, int decimals)
{
    size_t fast = json_fixed_at(o, v, decimals);
    if (fast) return fast;
    if (v != v || v > 1e300 || v < -1e300) {
        memcpy(o, "null", 4);
        return 4;
    }
    if (decimals < 0) decimals = 0;
    if (decimals > 30) decimals = 30;
#ifdef __SIZEOF_INT128__
    /* the usual case (coordinates, probabilities): the scaled value fits
     * 64 bits and is written in place, its trailing zero decimals dropped
     * first (what the trimming below does to the text) */
    u128 q;
    bool neg;
    if (fixed_scaled(v, decimals, &q, &neg) && !(q >> 64)) {
        char *start = o;
        uint64_t q64 = (uint64_t)q;
        size_t dec = (size_t)decimals; /* at most 9 (fixed_scaled) */
        /* the whole part and the decimals apart: digits are counted only
         * for the whole part (a coordinate's one to three), and the
         * decimals' trailing zeros are dropped from the text made */
        uint64_t ip = dec ? q64 / POW10[dec] : q64, fp = q64 - ip * POW10[dec];
        if (neg) *o++ = '-';
        size_t nd = decimal_digits(ip);
        put_digits(o + nd, ip, nd);
        o += nd;
        if (fp) {
            /* '.', the dec digits (zeros in front), up to the last non-zero
             * one (there is one: fp is not 0) */
            o[0] = '.';
            put_digits(o + 1 + dec, fp, dec);
            size_t fl = 1 + dec;
            while (o[fl - 1] == '0') fl--;
            o += fl;
        }
        return (size_t)(o - start);
    }
#endif
    char tmp[400]; /* 1e300 with 30 decimals fits */
    int n = 0;
#ifdef __SIZEOF_INT128__
    n = fixed_format(tmp, v, decimals);
#endif
    if (!n) n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    if (n <= 0 || (size_t)n >= sizeof tmp) {
        memcpy(o, "null", 4);
        return 4;
    }
    /* trim trailing zeros so 37.2200 prints as 37.22 */
    if (memchr(tmp, '.', (size_t)n)) {
        while (n > 1 && tmp[n - 1] == '0') n--;
        if (tmp[n - 1] == '.') n--;
    }
    memcpy(o, tmp, (size_t)n);
    return (size_t)n;
}

void jw_double(jw *w, double v, int decimals)
{
    jw_pre(w);
    buf *b = w->out;
    if (!reserve(b, JSON_NUMBER_MAX)) return;
    b->len += json_double_at(b->data + b->len, v, decimals);
    b->data[b->len] = '\0';
}

void jw_bool(jw *w, bool v)
{
    jw_pre(w);
    if (v)
        buf_put(w->out, "true", 4);
    else
        buf_put(w->out, "false", 5);
}

void jw_raw(jw *w, const char *json)
{
    jw_pre(w);
    buf_puts(w->out, json);
}

/* A newline and the indentation of depth, as jw_indent writes them. */
static void pretty_indent(buf *out, int depth)
{
    buf_putc(out, '\n');
    for (int i = 0; i < depth; i++) buf_put(out, "  ", 2);
}

/* Whether json_pretty's layout changes at byte c (outside strings) */
static inline bool layout_byte(char c)
{
    return c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

/* Contract: the pretty writer's rules, applied to the compact text's
 * bytes outside strings: a non-empty container's items each start on a
 * line of their own, indented two spaces a depth, and its closing bracket
 * on a line of its own at the container's depth; an empty one stays "[]"
 * or "{}"; a key's ':' takes a space after it. Strings are copied as they
 * are (a backslash's next byte with it). */
void json_pretty(buf *out, const char *json, size_t n)
{
    int depth = 0;
    size_t i = 0;
    while (i < n) {
        /* the run up to the next byte that the layout changes at */
        size_t j = i;
        while (j < n && !layout_byte(json[j])) j++;
        buf_put(out, json + i, j - i);
        if (j >= n) break;
        char c = json[j];
        i = j + 1;
        switch (c) {
        case '"': {
            size_t k = i;
            while (k < n && json[k] != '"') k += json[k] == '\\' ? 2 : 1;
            if (k > n) k = n;
            buf_putc(out, '"');
            buf_put(out, json + i, k - i);
            if (k < n) buf_putc(out, '"');
            i = k + 1;
            break;
        }
        case '{':
        case '[':
            if (i < n && json[i] == (c == '{' ? '}' : ']')) {
                buf_putc(out, c);
                buf_putc(out, json[i]);
                i++;
                break;
            }
            buf_putc(out, c);
            pretty_indent(out, ++depth);
            break;
        case '}':
        case ']':
            pretty_indent(out, --depth);
            buf_putc(out, c);
            break;
        case ',':
            buf_putc(out, ',');
            pretty_indent(out, depth);
            break;
        default: /* ':' */
            buf_put(out, ": ", 2);
        }
    }
}
