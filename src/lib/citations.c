/* citations.c - STUB. */
#include "ctx.h"
#include "doc.h"

ds_status ds_citations_extract(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}

ds_status ds_citations_attach(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}
