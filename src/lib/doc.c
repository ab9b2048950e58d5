/* doc.c - document life cycle: reads a file or buffer, sniffs its format,
 * runs the reading layer (reader -> citations -> segment -> tokenize), and
 * keeps the diagnostics. First stage of the pipeline; see doc.h. */
#include "doc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"

enum { DS_MAX_DIAGS = 1000 };

void ds_doc_diag_add(ds_doc *doc, ds_severity sev, const char *code, size_t src_offset,
                     const char *fmt, ...)
{
    if (doc->diags.n >= DS_MAX_DIAGS) return;
    ds_diag_rec *d = ds_vec_push(doc->arena, &doc->diags);
    if (!d) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (doc->diags.n == DS_MAX_DIAGS) snprintf(msg, sizeof msg, "further diagnostics dropped");
    size_t line = 1;
    if (src_offset > doc->src_len) src_offset = doc->src_len;
    for (const char *p = doc->src, *end = doc->src + src_offset; p && p < end; p++) {
        p = memchr(p, '\n', (size_t)(end - p));
        if (!p) break;
        line++;
    }
    d->pub = (ds_diag){sev, code, ds_arena_strdup(doc->arena, msg), src_offset, line};
}

void ds_date_format(char out[11], ds_date d)
{
    /* by hand, not snprintf: events format a date or two per note, and the
     * printf machinery cost more than the rest of their date handling; the
     * bytes after the terminator are zero */
    /* two digits at a time from a table of the pairs "00" to "99" */
    static const char pairs[201] = "00010203040506070809101112131415161718192021222324"
                                   "25262728293031323334353637383940414243444546474849"
                                   "50515253545556575859606162636465666768697071727374"
                                   "75767778798081828384858687888990919293949596979899";
    memset(out, 0, 11);
    if (d.year <= 0) return;
    unsigned y = (unsigned)(d.year % 10000), m = d.month % 13u, day = d.day % 32u;
    memcpy(out, pairs + 2 * (y / 100), 2);
    memcpy(out + 2, pairs + 2 * (y % 100), 2);
    if (!m) return;
    out[4] = '-';
    memcpy(out + 5, pairs + 2 * m, 2);
    if (!day) return;
    out[7] = '-';
    memcpy(out + 8, pairs + 2 * day, 2);
}

/* Parses YYYY[-MM[-DD]]; false when malformed. */
static bool parse_iso_date(const char *s, ds_date *out)
{
    int y = 0, m = 0, d = 0;
    size_t n = strlen(s);
    if (n == 4 && sscanf(s, "%4d", &y) == 1) {
    } else if (n == 7 && sscanf(s, "%4d-%2d", &y, &m) == 2) {
    } else if (n == 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3) {
    } else
        return false;
    if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || (d && !m)) return false;
    *out = (ds_date){(int16_t)y, (uint8_t)m, (uint8_t)d};
    return true;
}

static ds_format sniff_format(const char *b, size_t n, const char *name)
{
    if (n >= 5 && memcmp(b, "%PDF-", 5) == 0) return DS_FORMAT_PDF;
    size_t i = 0;
    if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
    if (i < n && b[i] == '<') {
        static const char *tags[] = {"<!doctype html", "<html", "<head", "<body",
                                     "<!--",           "<div",  "<p",    "<table"};
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
            size_t l = strlen(tags[t]);
            if (n - i >= l && strncasecmp(b + i, tags[t], l) == 0) return DS_FORMAT_HTML;
        }
    }
    const char *dot = name ? strrchr(name, '.') : NULL;
    if (dot) {
        if (!strcasecmp(dot, ".html") || !strcasecmp(dot, ".htm")) return DS_FORMAT_HTML;
        if (!strcasecmp(dot, ".pdf")) return DS_FORMAT_PDF;
        if (!strcasecmp(dot, ".md") || !strcasecmp(dot, ".markdown")) return DS_FORMAT_MARKDOWN;
    }
    return DS_FORMAT_TEXT;
}

/* True when some block holds a non-space byte. */
static bool has_text(const ds_doc *doc)
{
    for (uint32_t b = 0; b < doc->blocks.n; b++) {
        const ds_block *bl = &doc->blocks.v[b];
        for (uint32_t i = bl->span.start; i < bl->span.end; i++) {
            char c = doc->text[i];
            if (c != ' ' && c != '\n' && c != '\t') return true;
        }
    }
    return false;
}

ds_status ds_doc_read_mem(ds_doc **out, ds_ctx *ctx, const char *bytes, size_t len,
                          const char *name, const ds_read_opts *opts)
{
    ds_status st = DS_ENOMEM;
    ds_read_opts defaults = DS_READ_OPTS_INIT;
    ds_doc *doc = NULL;
    *out = NULL;
    if (!opts) opts = &defaults;
    if (!name) name = "-";
    if (len > ctx->limits.max_doc_bytes)
        return ds_ctx_fail(ctx, DS_ELIMIT, "%s: %zu bytes, over the limit of %zu", name, len,
                           ctx->limits.max_doc_bytes);
    if (len >= UINT32_MAX / 2)
        return ds_ctx_fail(ctx, DS_ELIMIT, "%s: %zu bytes, over 2 GiB", name, len);

    /* the first arena block holds a small document's reading and annotation
     * (source, text, map, tokens, the timex lexemes, the entity arrays, the
     * annotations: about 8 KiB and 6-30 bytes a byte for ACLED notes), so
     * that most documents take one malloc; the ds_doc itself lives there
     * too, so that it costs no calloc and free of its own */
    ds_arena *arena = ds_arena_new_sized(len * 40 + 8192);
    if (!arena) goto fail;
    if (!(doc = ds_arena_alloc(arena, sizeof *doc))) {
        ds_arena_free(arena);
        goto fail;
    }
    doc->arena = arena;
    doc->ctx = ctx;
    char *src = ds_arena_alloc_raw(doc->arena, len + 1);
    if (!src) goto fail;
    if (len) memcpy(src, bytes, len);
    src[len] = '\0';
    doc->src = src;
    doc->src_len = len;
    doc->path = ds_arena_strdup(doc->arena, name);
    /* the strings are never written through: a batch line's id, which is
     * also its name, shares the path's copy, and no title is the literal "" */
    const char *id = opts->id ? opts->id : "";
    doc->id = id == name ? doc->path : ds_arena_strdup(doc->arena, id);
    doc->title = opts->title && opts->title[0] ? ds_arena_strdup(doc->arena, opts->title) : "";
    if (!doc->path || !doc->id || !doc->title) goto fail;
    if (opts->date) {
        if (!parse_iso_date(opts->date, &doc->doc_date)) {
            st = ds_ctx_fail(ctx, DS_EINVAL, "%s: document date '%s' is not YYYY[-MM[-DD]]", name,
                             opts->date);
            goto fail;
        }
        ds_date_format(doc->date, doc->doc_date);
    }

    ds_format fmt = opts->format ? opts->format : sniff_format(bytes, len, name);
    doc->format = fmt;
    switch (fmt) {
    case DS_FORMAT_PDF:
        st = ds_read_pdf(doc, ctx);
        break;
    case DS_FORMAT_HTML:
        st = ds_read_html(doc, ctx);
        break;
    case DS_FORMAT_MARKDOWN:
    default:
        /* a source the caller vouches for is its own decoded text: the
         * text reader sees doc->text already pointing at it, and skips
         * its check of the bytes (ds_read_text) */
        if (opts->plain_line) doc->text = (char *)doc->src;
        st = ds_read_text(doc, ctx, fmt == DS_FORMAT_MARKDOWN);
        break;
    }
    if (st != DS_OK) goto fail;
    if (!has_text(doc)) {
        st = ds_ctx_fail(ctx, DS_EEMPTY, "%s: no text (empty, white space or markup only)", name);
        goto fail;
    }
    if ((st = ds_citations_extract(doc, ctx)) != DS_OK) goto fail;
    /* sentences and tokens in one pass (ds_segment then ds_tokenize, but
     * that a prose block's text is scanned once); citations attach to the
     * sentences, which tokens do not change */
    if ((st = ds_segment_tokenize(doc, ctx)) != DS_OK) goto fail;
    if ((st = ds_citations_attach(doc, ctx)) != DS_OK) goto fail;
    *out = doc;
    return DS_OK;
fail:
    if (st == DS_ENOMEM && !ctx->errmsg[0]) ds_ctx_fail(ctx, st, "%s: out of memory", name);
    ds_doc_free(doc);
    return st;
}

ds_status ds_doc_read_file(ds_doc **out, ds_ctx *ctx, const char *path, const ds_read_opts *opts)
{
    ds_status st = DS_OK;
    FILE *f = NULL;
    char *data = NULL;
    size_t len = 0, cap = 0;
    *out = NULL;
    bool is_stdin = strcmp(path, "-") == 0;
    f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) return ds_ctx_fail(ctx, DS_EIO, "%s: %s", path, strerror(errno));
    for (;;) {
        if (cap - len < 65536) {
            size_t ncap = cap ? cap * 2 : 65536 * 2;
            char *p = realloc(data, ncap);
            if (!p) {
                st = ds_ctx_fail(ctx, DS_ENOMEM, "%s: out of memory", path);
                goto done;
            }
            data = p;
            cap = ncap;
        }
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (len > ctx->limits.max_doc_bytes) {
            st = ds_ctx_fail(ctx, DS_ELIMIT, "%s: over the limit of %zu bytes", path,
                             ctx->limits.max_doc_bytes);
            goto done;
        }
        if (got == 0) {
            if (ferror(f)) {
                st = ds_ctx_fail(ctx, DS_EIO, "%s: %s", path, strerror(errno));
                goto done;
            }
            break;
        }
    }
    st = ds_doc_read_mem(out, ctx, data ? data : "", len, path, opts);
done:
    if (f && !is_stdin) fclose(f);
    free(data);
    return st;
}

void ds_doc_free(ds_doc *doc)
{
    if (!doc) return;
    ds_arena_free(doc->arena); /* doc with it */
}

const char *ds_doc_path(const ds_doc *doc)
{
    return doc->path;
}
const char *ds_doc_id(const ds_doc *doc)
{
    return doc->id;
}
const char *ds_doc_title(const ds_doc *doc)
{
    return doc->title;
}
const char *ds_doc_date(const ds_doc *doc)
{
    return doc->date;
}
ds_format ds_doc_format(const ds_doc *doc)
{
    return doc->format;
}
size_t ds_doc_sentence_count(const ds_doc *doc)
{
    return doc->sentences.n;
}
size_t ds_doc_diag_count(const ds_doc *doc)
{
    return doc->diags.n;
}
const ds_diag *ds_doc_diag(const ds_doc *doc, size_t i)
{
    return i < doc->diags.n ? &doc->diags.v[i].pub : NULL;
}

ds_status ds_doc_set_id(ds_doc *doc, const char *id)
{
    const char *p = ds_arena_strdup(doc->arena, id);
    if (!p) return DS_ENOMEM;
    doc->id = p;
    return DS_OK;
}
