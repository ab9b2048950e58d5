/* read_html.c - STUB. */
#include "ctx.h"
#include "doc.h"

ds_status ds_read_html(ds_doc *doc, ds_ctx *ctx)
{
    return ds_read_text(doc, ctx, false);
}
