/* read_testdoc.h - helpers for the reading-layer unit tests: read a string
 * into a document through the public entry point, then look at the private
 * model (doc.h). One context per test binary. */
#ifndef READ_TESTDOC_H
#define READ_TESTDOC_H

#include <string.h>

#include "ctx.h"
#include "doc.h"

static ds_ctx *rt_ctx;

static int rt_setup(void **state)
{
    (void)state;
    char err[512];
    return ds_ctx_new(&rt_ctx, NULL, err, sizeof err) == DS_OK ? 0 : -1;
}

static int rt_teardown(void **state)
{
    (void)state;
    ds_ctx_free(rt_ctx);
    return 0;
}

/* Reads s as the given format; fails the test when reading fails. */
static ds_doc *rt_read(const char *s, ds_format fmt)
{
    ds_doc *d = NULL;
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.format = fmt;
    ds_status st = ds_doc_read_mem(&d, rt_ctx, s, strlen(s), "t", &o);
    if (st != DS_OK) fail_msg("read failed: %s", ds_ctx_errmsg(rt_ctx));
    return d;
}

/* The i-th sentence's text into buf. */
static const char *rt_sent(const ds_doc *d, uint32_t i, char *buf, size_t cap)
{
    if (i >= d->sentences.n) return "";
    ds_span sp = d->sentences.v[i].span;
    size_t n = sp.end - sp.start < cap - 1 ? sp.end - sp.start : cap - 1;
    memcpy(buf, d->text + sp.start, n);
    buf[n] = '\0';
    return buf;
}

static const char *rt_block(const ds_doc *d, uint32_t i, char *buf, size_t cap)
{
    ds_span sp = d->blocks.v[i].span;
    size_t n = sp.end - sp.start < cap - 1 ? sp.end - sp.start : cap - 1;
    memcpy(buf, d->text + sp.start, n);
    buf[n] = '\0';
    return buf;
}

#endif
