/* resolve.c - STUB. */
#include "ctx.h"
#include "facts.h"

ds_status ds_resolve(ds_extraction *x, ds_ctx *ctx)
{
    (void)x, (void)ctx;
    return DS_OK;
}
