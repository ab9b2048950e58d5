/* entities_testdoc.h - helpers shared by test_lexicon.c, test_entities.c,
 * test_hedges.c and test_entities_seeds.c: a context on the build's data
 * directory and annotated documents read from strings. */
#ifndef ENTITIES_TESTDOC_H
#define ENTITIES_TESTDOC_H

#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "doc.h"
#include "dossier/annotate.h"
#include "dossier/dossier.h"
#include "lexicon.h"

static ds_ctx *test_ctx(void)
{
    static ds_ctx *ctx;
    char err[512] = "";
    if (!ctx && ds_ctx_new(&ctx, NULL, err, sizeof err) != DS_OK) {
        fail_msg("ds_ctx_new: %s", err);
    }
    return ctx;
}

static const ds_lexicon *test_lex(void)
{
    return test_ctx()->shared->lexicon;
}

/* Reads and annotates text (plain text format). */
static ds_doc *test_doc(const char *text)
{
    ds_doc *doc = NULL;
    ds_read_opts opts = DS_READ_OPTS_INIT;
    opts.format = DS_FORMAT_TEXT;
    assert_int_equal(ds_doc_read_mem(&doc, test_ctx(), text, strlen(text), "test.txt", &opts),
                     DS_OK);
    assert_int_equal(ds_doc_annotate(test_ctx(), doc), DS_OK);
    return doc;
}

/* The text of a span (static buffer). */
static const char *span_text(const ds_doc *doc, ds_span sp)
{
    static char out[512];
    size_t n = sp.end - sp.start;
    if (n >= sizeof out) n = sizeof out - 1;
    memcpy(out, doc->text + sp.start, n);
    out[n] = '\0';
    return out;
}

/* The actor ref whose span text is exactly s, or NULL. */
static const ds_actor_ref *ref_with_text(const ds_doc *doc, const char *s)
{
    for (uint32_t i = 0; i < doc->actor_refs.n; i++)
        if (strcmp(span_text(doc, doc->actor_refs.v[i].span), s) == 0) return &doc->actor_refs.v[i];
    return NULL;
}

static const char *ref_actor_name(const ds_doc *doc, const ds_actor_ref *r)
{
    return r ? ds_actor_name(doc, r->actor) : NULL;
}

#endif
