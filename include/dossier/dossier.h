/* dossier.h - umbrella header of the dossier library: version, status codes,
 * limits and the context that holds the loaded lexicons and gazetteer.
 *
 * Error contract (everywhere in the library): a fallible call returns a
 * ds_status, outputs come first and are NULL/zero on failure, the detail of
 * the last failure is ds_ctx_errmsg(ctx). Bad input is never an error: it
 * yields a document with diagnostics. The library never prints, exits or
 * aborts. Status values never change meaning; new ones are appended.
 */
#ifndef DOSSIER_DOSSIER_H
#define DOSSIER_DOSSIER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DS_VERSION_MAJOR 0
#define DS_VERSION_MINOR 1
#define DS_VERSION_PATCH 0

typedef enum ds_status {
    DS_OK = 0,
    DS_ENOMEM = -1,  /* allocation failed */
    DS_EIO = -2,     /* a file could not be opened, read or written */
    DS_ELIMIT = -3,  /* input over a limit of the context (ds_limits) */
    DS_EINVAL = -4,  /* misuse: bad argument */
    DS_EFORMAT = -5, /* the bytes are not of the format asked for (a PDF that is not one) */
    DS_EDATA = -6,   /* runtime data (gazetteer, lexicons) missing or corrupt */
    DS_ESTORE = -7,  /* the knowledge-base store failed (SQLite) */
    DS_EEMPTY = -8   /* the input holds no text at all (empty or only binary) */
} ds_status;

/* Static English text for a status; never NULL. */
const char *ds_strerror(ds_status status);

/* The library version as "MAJOR.MINOR.PATCH"; static. */
const char *ds_version(void);

/* Limits are explicit and checked; exceeding one gives DS_ELIMIT (whole
 * document) or a diagnostic (a part of it, which is then truncated). */
typedef struct ds_limits {
    size_t max_doc_bytes;      /* a document's size in bytes */
    size_t max_sentence_bytes; /* longer sentences are cut, with a diagnostic */
    size_t max_tokens;         /* tokens per document */
    size_t max_events_per_doc; /* events kept per document */
    size_t max_html_depth;     /* nesting depth of HTML elements */
    size_t max_batch_line;     /* one JSON line of `extract --batch` */
} ds_limits;

#define DS_LIMITS_INIT                                                                             \
    {                                                                                              \
        (size_t)256 << 20, (size_t)64 << 10, (size_t)32 << 20, 10000, 512, (size_t)64 << 20        \
    }

typedef struct ds_ctx ds_ctx;

typedef struct ds_ctx_opts {
    const char *data_dir; /* NULL: $DOSSIER_DATA, else the compiled-in directory */
    ds_limits limits;
} ds_ctx_opts;

#define DS_CTX_OPTS_INIT                                                                           \
    {                                                                                              \
        NULL, DS_LIMITS_INIT                                                                       \
    }

/* Creates a context and loads the runtime data (gazetteer, lexicons) from the
 * data directory. The loaded data is immutable and shared: a context is used
 * by one thread at a time; give each worker thread its own with ds_ctx_dup().
 * On failure *out is NULL and, as there is no context to hold it, the detail
 * is written to errbuf (when non-NULL, NUL-terminated, truncated to fit). */
ds_status ds_ctx_new(ds_ctx **out, const ds_ctx_opts *opts, char *errbuf, size_t errbuf_len);

/* A new context sharing the parent's loaded data (cheap); for worker threads. */
ds_status ds_ctx_dup(ds_ctx **out, const ds_ctx *parent);

/* Frees a context; the shared data goes with the last context using it. */
void ds_ctx_free(ds_ctx *ctx);

/* The detail of the last failure on this context ("" when none); owned by the
 * context, valid until its next call. */
const char *ds_ctx_errmsg(const ds_ctx *ctx);

/* The context's limits (read-only view). */
const ds_limits *ds_ctx_limits(const ds_ctx *ctx);

#include "reader.h"
#include "annotate.h"
#include "extract.h"
#include "export.h"
#include "store.h"

#ifdef __cplusplus
}
#endif
#endif
