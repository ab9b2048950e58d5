/* export.c - dispatch to the format writers (export_*.c). Last stage. */
#include "ctx.h"
#include "export.h"

ds_status ds_export(char **out, size_t *len, ds_extraction *x, ds_ctx *ctx, ds_export_format fmt)
{
    buf b = BUF_INIT;
    ds_status st;
    *out = NULL;
    *len = 0;
    if ((st = ds_extraction_finish(x, ctx)) != DS_OK) return st;
    /* one allocation for a typical document's output (a note's JSON line
     * is about 1.3 kB): no doubling from 64 bytes */
    buf_reserve(&b, 4096);
    switch (fmt) {
    case DS_EXPORT_JSON:
        st = ds_export_json(&b, x, true);
        break;
    case DS_EXPORT_JSONL:
        st = ds_export_json(&b, x, false);
        break;
    case DS_EXPORT_STIX:
        st = ds_export_stix(&b, x);
        break;
    case DS_EXPORT_ACLED:
        st = ds_export_acled(&b, x);
        break;
    case DS_EXPORT_GEOJSON:
        st = ds_export_geojson(&b, x);
        break;
    default:
        st = ds_ctx_fail(ctx, DS_EINVAL, "unknown export format %d", (int)fmt);
    }
    if (st != DS_OK) {
        buf_free(&b);
        return st;
    }
    *out = buf_take(&b, len);
    return *out ? DS_OK : ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
}
