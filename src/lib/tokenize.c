/* tokenize.c - STUB: no tokens. */
#include "ctx.h"
#include "doc.h"

ds_status ds_tokenize(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}
