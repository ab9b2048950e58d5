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
    if (b->len + 2 <= b->cap) { /* cap is 0 once the buffer failed */
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
        return;
    }
    buf_putc_slow(b, c);
}
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the storage to the caller (malloc'd, NUL-terminated; "" when empty)
 * and resets b. NULL when the buffer failed. */
char *buf_take(buf *b, size_t *len);

/* JSON writing. The writer tracks whether a comma is due, so callers write
 * keys and values in order: jw_obj(w); jw_key(w,"a"); jw_int(w,1); jw_end(w). */
typedef struct jw {
    buf *out;
    int depth;
    bool pretty;
    uint64_t need_comma; /* bit per depth */
    uint64_t after_key;  /* bit per depth */
} jw;

void jw_init(jw *w, buf *out, bool pretty);
void jw_indent(jw *w); /* pretty: a newline and the indentation of the depth */

/* Called before every value or key: comma and indentation as due. Inline
 * (with the small writers below) because export calls it ~150 times a
 * document. */
static inline void jw_pre(jw *w)
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

void jw_obj(jw *w);
void jw_arr(jw *w);
void jw_end_obj(jw *w);
void jw_end_arr(jw *w);
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
static inline __attribute__((always_inline)) void jw_key_json(jw *w, const char *json, size_t n)
{
    uint64_t bit = 1ull << (w->depth & 63);
    buf *b = w->out;
    /* compact output, a key where one is due: the comma (when one is due)
     * and the key in one store, without jw_pre's branches. The ',' is
     * written in any case and the key over it when no comma is due. */
    if (!w->pretty && !(w->after_key & bit) && n + 3 < b->cap && b->len < b->cap - n - 3) {
        char *o = b->data + b->len;
        size_t comma = (w->need_comma & bit) != 0;
        o[0] = ',';
        memcpy(o + comma, json, n);
        b->len += n + comma;
        b->data[b->len] = '\0';
        w->need_comma |= bit;
        w->after_key |= bit;
        return;
    }
    jw_pre(w);
    if (n + 2 < b->cap && b->len < b->cap - n - 2) { /* n bytes, ' ' and NUL fit */
        memcpy(b->data + b->len, json, n);
        b->len += n;
        if (w->pretty) b->data[b->len++] = ' ';
        b->data[b->len] = '\0';
        w->after_key |= bit;
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

#endif
