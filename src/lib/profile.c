/* profile.c - STUB. */
#include "ctx.h"
#include "facts.h"

ds_status ds_extract_profiles(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx)
{
    (void)x, (void)ctx, (void)doc, (void)docidx;
    return DS_OK;
}
