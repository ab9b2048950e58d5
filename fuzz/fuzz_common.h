/* fuzz_common.h - shared pieces of the libFuzzer targets in fuzz/: one
 * context per process (the runtime data loads once), with limits lowered so a
 * single input cannot make a run slow for reasons the limits already cover.
 * Harness code: unlike the library it may abort when its set-up fails.
 */
#ifndef DS_FUZZ_COMMON_H
#define DS_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>
#include <string.h>

#include "dossier/dossier.h"
#include "doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The process-wide context; aborts when the runtime data cannot be loaded,
 * so that a broken set-up is never mistaken for a passing run. */
static inline ds_ctx *fuzz_ctx(void)
{
    static ds_ctx *ctx;
    if (!ctx) {
        char err[512] = "";
        ds_ctx_opts opts = DS_CTX_OPTS_INIT;
        opts.limits.max_doc_bytes = (size_t)4 << 20;
        opts.limits.max_batch_line = (size_t)4 << 20;
        if (ds_ctx_new(&ctx, &opts, err, sizeof err) != DS_OK) {
            fprintf(stderr, "fuzz: cannot create a context: %s\n", err);
            abort();
        }
    }
    return ctx;
}

/* Reads data as a document of the given format and, when it reads, checks
 * the invariants every reader promises (offset map monotonic and in range). */
static inline ds_doc *fuzz_read(const uint8_t *data, size_t size, ds_format fmt, const char *date)
{
    ds_doc *doc = NULL;
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.format = fmt;
    ro.id = "f1";
    ro.date = date;
    ds_status st = ds_doc_read_mem(&doc, fuzz_ctx(), (const char *)data, size, "fuzz", &ro);
    if (st != DS_OK && doc) abort(); /* contract: *out is NULL on failure */
    return doc;
}

/* Aborts (a finding) unless the span lies inside the text. */
static inline void fuzz_check_span(const ds_doc *doc, ds_span sp, const char *what)
{
    if (sp.start > sp.end || sp.end > doc->text_len) {
        fprintf(stderr, "fuzz: %s span [%u,%u) outside text of %u bytes\n", what, sp.start, sp.end,
                doc->text_len);
        abort();
    }
}

static inline void fuzz_check_sentence(const ds_doc *doc, uint32_t s, const char *what)
{
    if (s >= doc->sentences.n) {
        fprintf(stderr, "fuzz: %s sentence %u of %u\n", what, s, doc->sentences.n);
        abort();
    }
}

/* The invariants doc.h promises of a read (and annotated) document: text
 * NUL-terminated, map in range, every span inside the text, every sentence
 * index valid. */
static inline void fuzz_check_doc(const ds_doc *doc)
{
    if (!doc->text || doc->text[doc->text_len] != '\0' || !doc->map) {
        fprintf(stderr, "fuzz: text missing or not NUL-terminated\n");
        abort();
    }
    for (uint32_t i = 0; i <= doc->text_len; i++)
        if (doc->map[i] > doc->src_len) {
            fprintf(stderr, "fuzz: map[%u] = %u past the %zu source bytes\n", i, doc->map[i],
                    doc->src_len);
            abort();
        }
    for (uint32_t i = 0; i < doc->blocks.n; i++)
        fuzz_check_span(doc, doc->blocks.v[i].span, "block");
    for (uint32_t i = 0; i < doc->sentences.n; i++) {
        const ds_sentence *s = &doc->sentences.v[i];
        fuzz_check_span(doc, s->span, "sentence");
        if ((uint64_t)s->first_token + s->ntokens > doc->tokens.n ||
            (uint64_t)s->first_cite + s->ncites > doc->cites.n) {
            fprintf(stderr, "fuzz: sentence %u token/cite range out of bounds\n", i);
            abort();
        }
    }
    for (uint32_t i = 0; i < doc->tokens.n; i++) {
        fuzz_check_span(doc, doc->tokens.v[i].span, "token");
        if (!doc->tokens.v[i].norm) abort();
    }
    for (uint32_t i = 0; i < doc->cites.n; i++) {
        const ds_cite *c = &doc->cites.v[i];
        if (c->footnote != DS_NONE && c->footnote >= doc->footnotes.n) abort();
        if (c->sentence != DS_NONE && doc->sentences.n)
            fuzz_check_sentence(doc, c->sentence, "cite");
    }
    for (uint32_t i = 0; i < doc->footnotes.n; i++)
        for (uint32_t u = 0; u < doc->footnotes.v[i].nurls; u++)
            if (!doc->footnotes.v[i].urls[u]) abort();
#define FUZZ_CHECK_ANN(vec, what)                                                                  \
    for (uint32_t i = 0; i < doc->vec.n; i++) {                                                    \
        fuzz_check_span(doc, doc->vec.v[i].span, what);                                            \
        fuzz_check_sentence(doc, doc->vec.v[i].sentence, what);                                    \
    }
    FUZZ_CHECK_ANN(timexes, "timex")
    FUZZ_CHECK_ANN(quantities, "quantity")
    FUZZ_CHECK_ANN(places, "place")
    FUZZ_CHECK_ANN(actor_refs, "actor")
    FUZZ_CHECK_ANN(people, "person")
    FUZZ_CHECK_ANN(hedges, "hedge")
#undef FUZZ_CHECK_ANN
}

/* Aborts unless s[0..n) is one JSON value (jansson also rejects invalid
 * UTF-8, which no output of ours may hold). */
static inline void fuzz_check_json(const char *s, size_t n, const char *what)
{
    json_error_t err;
    json_t *v = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!v) {
        fprintf(stderr, "fuzz: %s is not valid JSON: %s at %d\n", what, err.text, err.position);
        abort();
    }
    json_decref(v);
}

#endif
