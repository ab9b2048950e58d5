/* export.c - dispatch to the format writers (export_*.c). Last stage. */
#include "ctx.h"
#include "export.h"

#include <string.h>

/* Finishes x and appends it in format fmt to b (which the caller frees on
 * failure). */
static ds_status export_into(buf *b, ds_extraction *x, ds_ctx *ctx, ds_export_format fmt)
{
    ds_status st;
    if ((st = ds_extraction_finish(x, ctx)) != DS_OK) return st;
    switch (fmt) {
    case DS_EXPORT_JSON:
        return ds_export_json(b, x, true);
    case DS_EXPORT_JSONL:
        return ds_export_json(b, x, false);
    case DS_EXPORT_STIX:
        return ds_export_stix(b, x);
    case DS_EXPORT_ACLED:
        return ds_export_acled(b, x);
    case DS_EXPORT_GEOJSON:
        return ds_export_geojson(b, x);
    default:
        return ds_ctx_fail(ctx, DS_EINVAL, "unknown export format %d", (int)fmt);
    }
}

/* Hands b's bytes to *out, or frees them when st is an error. */
static ds_status take(char **out, size_t *len, buf *b, ds_status st, ds_ctx *ctx)
{
    if (st != DS_OK) {
        buf_free(b);
        return st;
    }
    *out = buf_take(b, len);
    return *out ? DS_OK : ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
}

ds_status ds_export(char **out, size_t *len, ds_extraction *x, ds_ctx *ctx, ds_export_format fmt)
{
    buf b = BUF_INIT;
    *out = NULL;
    *len = 0;
    /* one allocation for a typical document's output (a note's JSON line
     * is about 1.3 kB): no doubling from 64 bytes */
    buf_reserve(&b, 4096);
    return take(out, len, &b, export_into(&b, x, ctx, fmt), ctx);
}

/* The {"id":ID,... line of x appended to b (empty, storage kept or not). */
static ds_status jsonl_id_into(buf *b, ds_extraction *x, ds_ctx *ctx, const char *id_json,
                               size_t id_len)
{
    if (buf_reserve(b, 4096 + id_len)) {
        /* the prefix in place: the room is there */
        memcpy(b->data + b->len, "{\"id\":", 6);
        memcpy(b->data + b->len + 6, id_json, id_len);
        b->len += 6 + id_len;
        b->data[b->len] = '\0';
    }
    /* the line's own object follows; its opening '{' becomes the comma
     * after the id (the writer always opens with '{' and a first member,
     * "documents", so the result is {"id":ID,"documents":...}) */
    size_t brace = b->len;
    ds_status st = export_into(b, x, ctx, DS_EXPORT_JSONL);
    if (st == DS_OK && !b->failed) b->data[brace] = ',';
    return st;
}

ds_status ds_export_jsonl_id(char **out, size_t *len, ds_extraction *x, ds_ctx *ctx,
                             const char *id_json, size_t id_len)
{
    buf b = BUF_INIT;
    *out = NULL;
    *len = 0;
    return take(out, len, &b, jsonl_id_into(&b, x, ctx, id_json, id_len), ctx);
}

ds_status ds_export_jsonl_id_reuse(char **storage, size_t *cap, size_t *len, ds_extraction *x,
                                   ds_ctx *ctx, const char *id_json, size_t id_len)
{
    /* the storage as an empty buffer: a batch's lines take one malloc in
     * all instead of a malloc, a growth now and then, and a free each */
    buf b = {*storage, 0, *storage ? *cap : 0, false};
    if (b.data) b.data[0] = '\0';
    *len = 0;
    ds_status st = jsonl_id_into(&b, x, ctx, id_json, id_len);
    if (st == DS_OK && b.failed) st = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    if (st != DS_OK) {
        buf_free(&b);
        *storage = NULL;
        *cap = 0;
        return st;
    }
    *storage = b.data;
    *cap = b.cap;
    *len = b.len;
    return DS_OK;
}
