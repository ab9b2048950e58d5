/* store_sqlite.c - STUB. */
#include "ctx.h"

ds_status ds_store_open(ds_store **out, ds_ctx *ctx, const char *path)
{
    *out = NULL;
    return ds_ctx_fail(ctx, DS_ESTORE, "%s: store not yet implemented", path);
}

void ds_store_close(ds_store *store)
{
    (void)store;
}
