/* read_text.c - STUB (identity copy, one block per line); the reading
 * helper replaces it. */
#include "ctx.h"
#include "doc.h"

#include <string.h>

ds_status ds_read_text(ds_doc *doc, ds_ctx *ctx, bool markdown)
{
    (void)ctx, (void)markdown;
    uint32_t n = (uint32_t)doc->src_len;
    doc->text = ds_arena_strndup(doc->arena, doc->src, n);
    doc->map = ds_arena_alloc(doc->arena, ((size_t)n + 1) * sizeof *doc->map);
    if (!doc->text || !doc->map) return DS_ENOMEM;
    for (uint32_t i = 0; i <= n; i++) doc->map[i] = i;
    doc->text_len = n;
    uint32_t s = 0;
    for (uint32_t i = 0; i <= n; i++) {
        if (i == n || doc->text[i] == '\n') {
            if (i > s) {
                ds_block *b = ds_vec_push(doc->arena, &doc->blocks);
                if (!b) return DS_ENOMEM;
                b->span = (ds_span){s, i};
                b->kind = DS_BLOCK_PROSE;
                b->label = DS_NONE;
            }
            s = i + 1;
        }
    }
    return DS_OK;
}
