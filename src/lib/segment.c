/* segment.c - STUB: one sentence per block. */
#include "ctx.h"
#include "doc.h"

ds_status ds_segment(ds_doc *doc, ds_ctx *ctx)
{
    (void)ctx;
    for (uint32_t b = 0; b < doc->blocks.n; b++) {
        ds_sentence *s = ds_vec_push(doc->arena, &doc->sentences);
        if (!s) return DS_ENOMEM;
        s->span = doc->blocks.v[b].span;
        s->block = b;
        doc->blocks.v[b].first_sentence = doc->sentences.n - 1;
        doc->blocks.v[b].nsentences = 1;
    }
    return DS_OK;
}
