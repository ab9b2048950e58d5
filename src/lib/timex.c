/* timex.c - STUB. */
#include "ctx.h"
#include "doc.h"

ds_status ds_annotate_timex(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}
