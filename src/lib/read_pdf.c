/* read_pdf.c - STUB. */
#include "ctx.h"
#include "doc.h"

ds_status ds_read_pdf(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc;
    return ds_ctx_fail(ctx, DS_EFORMAT, "PDF reading not yet implemented");
}
