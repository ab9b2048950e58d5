/* ctx.c - context life cycle, status texts, version. The context loads the
 * runtime data (gazetteer.c, lexicon.c) from the data directory. */
#include "ctx.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "lexicon.h"

#ifndef DS_DATA_DIR
#define DS_DATA_DIR "data"
#endif
#ifndef DS_VERSION_STRING
#define DS_VERSION_STRING "0.0.0"
#endif

const char *ds_version(void)
{
    return DS_VERSION_STRING;
}

const char *ds_strerror(ds_status status)
{
    switch (status) {
    case DS_OK:
        return "success";
    case DS_ENOMEM:
        return "out of memory";
    case DS_EIO:
        return "input/output error";
    case DS_ELIMIT:
        return "input over a limit";
    case DS_EINVAL:
        return "invalid argument";
    case DS_EFORMAT:
        return "not in the expected format";
    case DS_EDATA:
        return "runtime data missing or corrupt";
    case DS_ESTORE:
        return "knowledge-base store error";
    case DS_EEMPTY:
        return "no text in input";
    }
    return "unknown error";
}

ds_status ds_ctx_fail(ds_ctx *ctx, ds_status status, const char *fmt, ...)
{
    if (ctx) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
        va_end(ap);
    }
    return status;
}

static void shared_release(ds_shared *sh)
{
    if (!sh || atomic_fetch_sub(&sh->refs, 1) != 1) return;
    ds_gazetteer_free(sh->gazetteer);
    ds_lexicon_free(sh->lexicon);
    free(sh->data_dir);
    free(sh);
}

ds_status ds_ctx_new(ds_ctx **out, const ds_ctx_opts *opts, char *errbuf, size_t errbuf_len)
{
    ds_status st = DS_ENOMEM;
    ds_ctx_opts defaults = DS_CTX_OPTS_INIT;
    char err[512] = "";
    ds_ctx *ctx = NULL;
    ds_shared *sh = NULL;
    *out = NULL;
    if (!opts) opts = &defaults;

    const char *dir = opts->data_dir;
    if (!dir) dir = getenv("DOSSIER_DATA");
    if (!dir || !*dir) dir = DS_DATA_DIR;

    ctx = calloc(1, sizeof *ctx);
    sh = calloc(1, sizeof *sh);
    if (!ctx || !sh || !(sh->data_dir = strdup(dir))) {
        snprintf(err, sizeof err, "out of memory");
        goto done;
    }
    atomic_init(&sh->refs, 1);
    ctx->limits = opts->limits;
    ctx->shared = sh;
    if ((st = ds_gazetteer_load(&sh->gazetteer, dir, err, sizeof err)) != DS_OK) goto done;
    if ((st = ds_lexicon_load(&sh->lexicon, dir, err, sizeof err)) != DS_OK) goto done;
    *out = ctx;
    return DS_OK;
done:
    if (errbuf && errbuf_len) snprintf(errbuf, errbuf_len, "%s", err);
    if (ctx) ctx->shared = NULL;
    free(ctx);
    if (sh) {
        atomic_store(&sh->refs, 1);
        shared_release(sh);
    }
    return st;
}

ds_status ds_ctx_dup(ds_ctx **out, const ds_ctx *parent)
{
    *out = NULL;
    ds_ctx *ctx = calloc(1, sizeof *ctx);
    if (!ctx) return DS_ENOMEM;
    ctx->shared = parent->shared;
    ctx->limits = parent->limits;
    atomic_fetch_add(&ctx->shared->refs, 1);
    *out = ctx;
    return DS_OK;
}

void ds_ctx_free(ds_ctx *ctx)
{
    if (!ctx) return;
    shared_release(ctx->shared);
    free(ctx);
}

const char *ds_ctx_errmsg(const ds_ctx *ctx)
{
    return ctx ? ctx->errmsg : "";
}

const ds_limits *ds_ctx_limits(const ds_ctx *ctx)
{
    return &ctx->limits;
}
