/* fold.c - matching form of text (see fold.h). ASCII takes a fast path;
 * other code points go through utf8proc's decomposition and case folding. */
#include "fold.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <utf8proc.h>

/* Maps punctuation look-alikes; returns 0 to drop, -1 for "not special". */
static utf8proc_int32_t fold_special(utf8proc_int32_t cp)
{
    switch (cp) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return '-';
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
    case 0x0060:
    case 0x00B4:
        return '\'';
    case 0x2018: /* also used for ayn ("Qal‘ah") */
    case 0x02BB:
    case 0x02BF:
    case 0x02BE:
    case 0x02BD:
    case 0x02B9: /* ayn, hamza marks */
        return 0;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return '"';
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case 0x2009:
    case 0x200A:
        return ' ';
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x00AD: /* invisible */
        return 0;
    case 0x0131:
        return 'i'; /* dotless i */
    case 0x0142:
        return 'l'; /* ł */
    case 0x00F8:
    case 0x00D8:
        return 'o';
    case 0x0111:
    case 0x0110:
        return 'd';
    case 0x00DF:
        return -2; /* ß -> ss */
    default:
        return -1;
    }
}

bool ds_fold_append(buf *out, const char *s, size_t n)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            buf_putc(out, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
        if (l <= 0) {
            buf_puts(out, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        i += (size_t)l;
        utf8proc_int32_t sp = fold_special(cp);
        if (sp == 0) continue;
        if (sp == -2) {
            buf_puts(out, "ss");
            continue;
        }
        if (sp > 0) {
            buf_putc(out, (char)sp);
            continue;
        }
        utf8proc_int32_t dec[16];
        int opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
        utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 16, (utf8proc_option_t)opts, NULL);
        if (nd < 0 || nd > 16) {
            buf_put(out, p + i - l, (size_t)l);
            continue;
        }
        for (utf8proc_ssize_t k = 0; k < nd; k++) {
            utf8proc_int32_t d = dec[k];
            utf8proc_int32_t ds = fold_special(d);
            if (ds == 0) continue;
            if (ds > 0) d = ds;
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t el = utf8proc_encode_char(d, enc);
            buf_put(out, enc, (size_t)el);
        }
    }
    return !out->failed;
}

size_t ds_fold(char *out, size_t cap, const char *s, size_t n)
{
    /* ASCII (most names): lower-cased straight into out, which is what
     * ds_fold_append does to it, without its heap buffer */
    if (n < cap) {
        size_t i = 0;
        while (i < n && (unsigned char)s[i] < 0x80) i++;
        if (i == n) {
            for (i = 0; i < n; i++) {
                unsigned char c = (unsigned char)s[i];
                out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            out[n] = '\0';
            return n;
        }
    }
    buf b = BUF_INIT;
    size_t r = (size_t)-1;
    if (ds_fold_append(&b, s, n) && b.len < cap) {
        memcpy(out, b.data ? b.data : "", b.len);
        out[b.len] = '\0';
        r = b.len;
    }
    buf_free(&b);
    return r;
}

/* tolower in the C locale (the CLI sets none): A-Z only */
static inline unsigned char lower_ascii(unsigned char c)
{
    return (unsigned)c - (unsigned)'A' < 26u ? (unsigned char)(c + 32) : c;
}

static inline bool needle_at(const char *p, const char *needle, size_t m)
{
    size_t k = 0;
    while (k < m && lower_ascii((unsigned char)p[k]) == (unsigned char)needle[k]) k++;
    return k == m;
}

const char *ds_find_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m > n) return NULL;
    size_t i = 0, starts = n - m + 1; /* the positions a match may start at */
#if defined(__SSE2__)
    /* 16 positions at a time: the bytes that are the needle's first byte
     * once 0x20 is set (its two cases, and a few others that needle_at
     * rejects) are the only starts worth testing */
    const __m128i first = _mm_set1_epi8((char)((unsigned char)needle[0] | 0x20u));
    const __m128i bit = _mm_set1_epi8(0x20);
    for (; i + 16 <= starts; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned hits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_or_si128(v, bit), first));
        for (; hits; hits &= hits - 1) {
            const char *p = s + i + (unsigned)__builtin_ctz(hits);
            if (needle_at(p, needle, m)) return p;
        }
    }
#endif
    for (; i < starts; i++)
        if (needle_at(s + i, needle, m)) return s + i;
    return NULL;
}

const char *ds_find_word(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (const char *p = s; (p = ds_find_ci(p, n - (size_t)(p - s), needle)); p++) {
        bool left = p == s || !isalnum((unsigned char)p[-1]);
        bool right = p + m >= s + n || !isalnum((unsigned char)needle[m - 1]) ||
                     !isalnum((unsigned char)p[m]);
        if (left && right) return p;
    }
    return NULL;
}
