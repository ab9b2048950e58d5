/* buf.c - growable buffer and JSON writer (see buf.h). */
#include "util/buf.h"

#include <stdarg.h>
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
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void buf_put(buf *b, const void *bytes, size_t n)
{
    if (!buf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, bytes, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

void buf_putc(buf *b, char c)
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

/* Length of a valid UTF-8 sequence at s (n bytes available), 0 if invalid. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
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

void json_escape(buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    buf_putc(b, '"');
    size_t run = 0; /* start of the pending run of plain bytes */
    size_t i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            size_t l = utf8_valid_len(p + i, n - i);
            if (l) {
                i += l;
                continue;
            }
        }
        buf_put(b, p + run, i - run);
        switch (c) {
        case '"':
            buf_puts(b, "\\\"");
            break;
        case '\\':
            buf_puts(b, "\\\\");
            break;
        case '\n':
            buf_puts(b, "\\n");
            break;
        case '\r':
            buf_puts(b, "\\r");
            break;
        case '\t':
            buf_puts(b, "\\t");
            break;
        default:
            if (c < 0x20) {
                char e[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
                buf_puts(b, e);
            } else {
                buf_puts(b, "\xEF\xBF\xBD"); /* invalid byte -> U+FFFD */
            }
        }
        i++;
        run = i;
    }
    buf_put(b, p + run, n - run);
    buf_putc(b, '"');
}

void jw_init(jw *w, buf *out, bool pretty)
{
    w->out = out;
    w->depth = 0;
    w->pretty = pretty;
    w->need_comma = 0;
    w->after_key = 0;
}

static void jw_indent(jw *w)
{
    buf_putc(w->out, '\n');
    for (int i = 0; i < w->depth; i++) buf_puts(w->out, "  ");
}

/* Called before every value or key: comma and indentation as due. */
static void jw_pre(jw *w)
{
    uint64_t bit = 1ull << (w->depth & 63);
    if (w->after_key & bit) {
        w->after_key &= ~bit;
        return;
    }
    if (w->need_comma & bit) buf_putc(w->out, ',');
    if (w->pretty && w->depth > 0) jw_indent(w);
    w->need_comma |= bit;
}

static void jw_open(jw *w, char c)
{
    jw_pre(w);
    buf_putc(w->out, c);
    w->depth++;
    uint64_t bit = 1ull << (w->depth & 63);
    w->need_comma &= ~bit;
    w->after_key &= ~bit;
}

static void jw_close(jw *w, char c)
{
    uint64_t bit = 1ull << (w->depth & 63);
    bool had = (w->need_comma & bit) != 0;
    w->depth--;
    if (w->pretty && had) jw_indent(w);
    buf_putc(w->out, c);
}

void jw_obj(jw *w)
{
    jw_open(w, '{');
}
void jw_arr(jw *w)
{
    jw_open(w, '[');
}
void jw_end_obj(jw *w)
{
    jw_close(w, '}');
}
void jw_end_arr(jw *w)
{
    jw_close(w, ']');
}

void jw_key(jw *w, const char *key)
{
    jw_pre(w);
    json_escape(w->out, key, strlen(key));
    buf_puts(w->out, w->pretty ? ": " : ":");
    w->after_key |= 1ull << (w->depth & 63);
}

void jw_str(jw *w, const char *s)
{
    if (!s) {
        jw_null(w);
        return;
    }
    jw_strn(w, s, strlen(s));
}

void jw_strn(jw *w, const char *s, size_t n)
{
    jw_pre(w);
    json_escape(w->out, s, n);
}

void jw_int(jw *w, long long v)
{
    jw_pre(w);
    buf_printf(w->out, "%lld", v);
}

void jw_double(jw *w, double v, int decimals)
{
    jw_pre(w);
    if (v != v || v > 1e300 || v < -1e300) {
        buf_puts(w->out, "null");
        return;
    }
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
    /* trim trailing zeros so 37.2200 prints as 37.22 */
    if (n > 0 && strchr(tmp, '.')) {
        while (n > 1 && tmp[n - 1] == '0') tmp[--n] = '\0';
        if (tmp[n - 1] == '.') tmp[--n] = '\0';
    }
    buf_puts(w->out, tmp);
}

void jw_bool(jw *w, bool v)
{
    jw_pre(w);
    buf_puts(w->out, v ? "true" : "false");
}

void jw_null(jw *w)
{
    jw_pre(w);
    buf_puts(w->out, "null");
}

void jw_raw(jw *w, const char *json)
{
    jw_pre(w);
    buf_puts(w->out, json);
}
