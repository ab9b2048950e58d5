/* extract.c - the extraction life cycle: per document, events (events.c),
 * actor profiles (profile.c) and assessments (assess.c); then the merge
 * (resolve.c). Third stage of the pipeline; model in facts.h. */
#include "ctx.h"
#include "facts.h"

#include <stdlib.h>
#include <string.h>

/* Contract: the record lives in its own arena (zeroed, as calloc gave it),
 * so that an extraction costs no malloc and free of its own: --batch makes
 * one per document; ds_extraction_free drops it with the arena. */
ds_status ds_extraction_new(ds_extraction **out, ds_ctx *ctx)
{
    *out = NULL;
    ds_arena *arena = ds_arena_new();
    ds_extraction *x = arena ? ds_arena_alloc(arena, sizeof *x) : NULL;
    if (!x) {
        ds_arena_free(arena);
        return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    }
    x->arena = arena;
    *out = x;
    return DS_OK;
}

void ds_extraction_free(ds_extraction *x)
{
    if (!x) return;
    /* x with its arena, unless it was made otherwise (calloc'd, with an
     * arena of its own, as unit tests do): then it is freed after it */
    bool own = ds_arena_first(x->arena) != (const void *)x;
    ds_arena_free(x->arena);
    if (own) free(x);
}

const char *ds_facts_strn(ds_extraction *x, const char *s, size_t n)
{
    return s ? ds_arena_strndup(x->arena, s, n) : NULL;
}

const char *ds_facts_str(ds_extraction *x, const char *s)
{
    return s ? ds_arena_strdup(x->arena, s) : NULL;
}

ds_status ds_source_from_sentence(ds_source *out, ds_extraction *x, const ds_doc *doc,
                                  uint32_t docidx, uint32_t sentence)
{
    const ds_sentence *s = &doc->sentences.v[sentence];
    memset(out, 0, sizeof *out);
    out->doc = docidx;
    out->start = ds_doc_src_offset(doc, s->span.start);
    out->end = ds_doc_src_offset(doc, s->span.end);
    out->text = ds_facts_strn(x, doc->text + s->span.start, s->span.end - s->span.start);
    if (!out->text) return DS_ENOMEM;
    uint32_t n = 0;
    for (uint32_t c = s->first_cite; c < s->first_cite + s->ncites; c++) {
        uint32_t f = doc->cites.v[c].footnote;
        if (f != DS_NONE) n += doc->footnotes.v[f].nurls;
    }
    if (!n) return DS_OK;
    out->citations = ds_arena_alloc(x->arena, n * sizeof *out->citations);
    if (!out->citations) return DS_ENOMEM;
    for (uint32_t c = s->first_cite; c < s->first_cite + s->ncites; c++) {
        uint32_t f = doc->cites.v[c].footnote;
        if (f == DS_NONE) continue;
        for (uint32_t u = 0; u < doc->footnotes.v[f].nurls; u++) {
            const char *url = doc->footnotes.v[f].urls[u];
            bool dup = false;
            for (uint32_t k = 0; k < out->ncitations && !dup; k++)
                dup = strcmp(out->citations[k], url) == 0;
            if (!dup) out->citations[out->ncitations++] = ds_facts_str(x, url);
        }
    }
    return DS_OK;
}

/* The document's entry in x->docs; its index in *idx. */
static ds_status add_docinfo(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t *idx)
{
    ds_docinfo *di = ds_vec_push(x->arena, &x->docs);
    if (!di) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    *idx = x->docs.n - 1;
    di->id = doc->id[0] ? ds_facts_str(x, doc->id) : ds_arena_printf(x->arena, "d%u", *idx + 1);
    /* a batch note's id is its name (doc.c shares the two): one copy */
    di->path = doc->path == doc->id && doc->id[0] ? di->id : ds_facts_str(x, doc->path);
    di->title = doc->title[0] ? ds_facts_str(x, doc->title) : NULL;
    memcpy(di->date, doc->date, sizeof di->date);
    if (!di->id || !di->path) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    x->finished = false;
    return DS_OK;
}

ds_status ds_extraction_add(ds_extraction *x, ds_ctx *ctx, ds_doc *doc)
{
    return ds_extraction_add_each(&x, ctx, &doc, 1);
}

/* Documents at a time in ds_extraction_add_each: enough for each stage's
 * working set to be reused, few enough for the documents' own to stay in
 * cache between stages. */
enum { EACH_GROUP = 16 };

ds_status ds_extraction_add_each(ds_extraction *const *xs, ds_ctx *ctx, ds_doc *const *docs,
                                 size_t n)
{
    /* the extractors, in ds_extraction_add's order */
    static ds_status (*const stages[])(ds_extraction *, ds_ctx *, const ds_doc *, uint32_t) = {
        ds_extract_events, ds_extract_profiles, ds_extract_assessments};
    enum { NSTAGES = sizeof stages / sizeof *stages };
    ds_status st;
    for (size_t base = 0; base < n; base += EACH_GROUP) {
        size_t m = n - base < EACH_GROUP ? n - base : EACH_GROUP;
        ds_extraction *const *x = xs + base;
        ds_doc *const *d = docs + base;
        if ((st = ds_docs_annotate(ctx, d, m)) != DS_OK) return st;
        /* an extraction given twice in the group takes its documents one
         * after the other (a later document sees the earlier one's facts) */
        bool repeated = false;
        for (size_t i = 1; i < m && !repeated; i++)
            for (size_t j = 0; j < i && !repeated; j++) repeated = x[i] == x[j];
        uint32_t idx[EACH_GROUP];
        if (repeated) {
            for (size_t i = 0; i < m; i++) {
                if ((st = add_docinfo(x[i], ctx, d[i], &idx[i])) != DS_OK) return st;
                for (size_t s = 0; s < NSTAGES; s++)
                    if ((st = stages[s](x[i], ctx, d[i], idx[i])) != DS_OK) return st;
            }
            continue;
        }
        for (size_t i = 0; i < m; i++)
            if ((st = add_docinfo(x[i], ctx, d[i], &idx[i])) != DS_OK) return st;
        for (size_t s = 0; s < NSTAGES; s++)
            for (size_t i = 0; i < m; i++)
                if ((st = stages[s](x[i], ctx, d[i], idx[i])) != DS_OK) return st;
    }
    return DS_OK;
}

ds_status ds_extraction_finish(ds_extraction *x, ds_ctx *ctx)
{
    if (x->finished) return DS_OK;
    ds_status st = ds_resolve(x, ctx);
    if (st == DS_OK) x->finished = true;
    return st;
}

size_t ds_extraction_event_count(const ds_extraction *x)
{
    return x->events.n;
}
size_t ds_extraction_actor_count(const ds_extraction *x)
{
    return x->actors.n;
}
size_t ds_extraction_assessment_count(const ds_extraction *x)
{
    return x->assessments.n;
}
