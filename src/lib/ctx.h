/* ctx.h - the context (private): limits, the last error message, and the
 * shared, immutable runtime data (gazetteer, actor lexicon) loaded once and
 * reference-counted across ds_ctx_dup() copies.
 */
#ifndef DS_CTX_H
#define DS_CTX_H

#include <stdatomic.h>

#include "dossier/dossier.h"

typedef struct ds_gazetteer ds_gazetteer; /* gazetteer.h */
typedef struct ds_lexicon ds_lexicon;     /* lexicon.h */

typedef struct ds_shared {
    atomic_int refs;
    char *data_dir;
    ds_gazetteer *gazetteer;
    ds_lexicon *lexicon;
} ds_shared;

struct ds_ctx {
    ds_shared *shared;
    ds_limits limits;
    char errmsg[1024];
};

/* Records the detail of a failure on ctx and returns status, so that
 * `return ds_ctx_fail(ctx, DS_EIO, "%s: %s", path, strerror(errno));` reads well. */
ds_status ds_ctx_fail(ds_ctx *ctx, ds_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
