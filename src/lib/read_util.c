/* read_util.c - character classes and the text+map builder shared by the
 * reading layer (see read_util.h). Unicode classes come from utf8proc
 * (Unicode general categories); ASCII takes a fast path.
 */
#include "read_util.h"

#include "fold.h"

#include <stdlib.h>
#include <strings.h>
#include <string.h>
#include <utf8proc.h>

bool ds_is_letter(int32_t cp)
{
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
        return true;
    default:
        return false;
    }
}

bool ds_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_isupper(cp) != 0;
}

bool ds_is_lower(int32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_islower(cp) != 0;
}

int ds_superscript_digit(int32_t cp)
{
    switch (cp) {
    case 0x2070:
        return 0;
    case 0x00B9:
        return 1;
    case 0x00B2:
        return 2;
    case 0x00B3:
        return 3;
    default:
        if (cp >= 0x2074 && cp <= 0x2079) return (int)(cp - 0x2070);
        return -1;
    }
}

bool ds_tb_reserve(ds_tb *tb, size_t extra)
{
    if (tb->failed) return false;
    if (tb->len + extra + 1 <= tb->cap) return true;
    if (tb->fixed) {
        tb->failed = true;
        return false;
    }
    size_t ncap = tb->cap ? tb->cap : 4096;
    while (ncap < tb->len + extra + 1) {
        if (ncap > SIZE_MAX / 8) {
            tb->failed = true;
            return false;
        }
        ncap *= 2;
    }
    char *t = realloc(tb->text, ncap);
    if (!t) {
        tb->failed = true;
        return false;
    }
    tb->text = t;
    uint32_t *m = realloc(tb->map, ncap * sizeof *m);
    if (!m) {
        tb->failed = true;
        return false;
    }
    tb->map = m;
    tb->cap = ncap;
    return true;
}

void ds_tb_put(ds_tb *tb, const char *s, size_t n, uint32_t src, bool per_byte)
{
    if (!ds_tb_reserve(tb, n)) return;
    memcpy(tb->text + tb->len, s, n);
    for (size_t i = 0; i < n; i++) tb->map[tb->len + i] = per_byte ? src + (uint32_t)i : src;
    tb->len += n;
}

ds_status ds_tb_finish(ds_tb *tb, ds_doc *doc)
{
    if (tb->failed || tb->len >= UINT32_MAX) {
        ds_tb_free(tb);
        return DS_ENOMEM;
    }
    size_t n = tb->len;
    if (tb->fixed) {
        tb->text[n] = '\0';
        tb->map[n] = (uint32_t)doc->src_len;
        doc->text = tb->text;
        doc->map = tb->map;
        doc->text_len = (uint32_t)n;
        memset(tb, 0, sizeof *tb);
        return DS_OK;
    }
    char *text = ds_arena_alloc_raw(doc->arena, n + 1);
    uint32_t *map = ds_arena_alloc_raw(doc->arena, (n + 1) * sizeof *map);
    if (!text || !map) {
        ds_tb_free(tb);
        return DS_ENOMEM;
    }
    if (n) {
        memcpy(text, tb->text, n);
        memcpy(map, tb->map, n * sizeof *map);
    }
    text[n] = '\0';
    map[n] = (uint32_t)doc->src_len;
    doc->text = text;
    doc->map = map;
    doc->text_len = (uint32_t)n;
    ds_tb_free(tb);
    return DS_OK;
}

void ds_tb_free(ds_tb *tb)
{
    if (!tb->fixed) {
        free(tb->text);
        free(tb->map);
    }
    memset(tb, 0, sizeof *tb);
}

char ds_column_heading(const char *s, size_t n)
{
    /* a place column: its first word ("Locality", "Village/Town") */
    static const char *const place[] = {"location", "locality", "village", "town",    "township",
                                        "place",    "site",     "city",    "commune", NULL};
    size_t a = 0, len = 0;
    while (a < n && (s[a] == ' ' || s[a] == '\n')) a++;
    while (a + len < n && ((s[a + len] | 0x20) >= 'a' && (s[a + len] | 0x20) <= 'z')) len++;
    for (const char *const *p = place; *p && len; p++)
        if (strlen(*p) == len && !strncasecmp(s + a, *p, len)) return 'l';
    static const char *const dead[] = {"kill", "dead", "death", "fatalit", NULL};
    static const char *const hurt[] = {"wound", "injur", NULL};
    for (const char *const *w = dead; *w; w++)
        if (ds_find_ci(s, n, *w)) return 'd';
    for (const char *const *w = hurt; *w; w++)
        if (ds_find_ci(s, n, *w)) return 'i';
    return 0;
}
