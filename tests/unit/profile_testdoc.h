/* profile_testdoc.h - builds an annotated ds_doc by hand for the profile
 * and assessment tests: blocks of given kinds (one sentence each, or split
 * at ". " for prose), an identity offset map, and helpers to add actor
 * references, doc actors and hedges by the text they cover. Test-only.
 */
#ifndef PROFILE_TESTDOC_H
#define PROFILE_TESTDOC_H

#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "doc.h"
#include "facts.h"

typedef struct tline {
    ds_block_kind kind;
    const char *text;
    int label; /* index of the LABEL line it sits under, or -1 */
    bool infobox;
} tline;

static ds_doc *tdoc_new(const char *title, const tline *lines, size_t n)
{
    ds_doc *doc = calloc(1, sizeof *doc);
    doc->arena = ds_arena_new();
    doc->path = "test.txt";
    doc->id = "";
    doc->title = title ? title : "";
    size_t len = 0;
    for (size_t i = 0; i < n; i++) len += strlen(lines[i].text) + 1;
    doc->text = ds_arena_alloc(doc->arena, len + 1);
    doc->map = ds_arena_alloc(doc->arena, (len + 1) * sizeof *doc->map);
    for (size_t i = 0; i <= len; i++) doc->map[i] = (uint32_t)i;
    doc->src = doc->text;
    doc->src_len = len;
    uint32_t off = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(lines[i].text);
        memcpy(doc->text + off, lines[i].text, l);
        doc->text[off + l] = '\n';
        ds_block *b = ds_vec_push(doc->arena, &doc->blocks);
        b->span = (ds_span){off, off + (uint32_t)l};
        b->kind = lines[i].kind;
        b->label = lines[i].label < 0 ? DS_NONE : (uint32_t)lines[i].label;
        b->infobox = lines[i].infobox;
        b->first_sentence = doc->sentences.n;
        /* prose: sentences end at ". " */
        uint32_t s0 = off, end = off + (uint32_t)l;
        for (uint32_t k = off; k < end; k++) {
            bool stop = k + 1 == end || (b->kind == DS_BLOCK_PROSE && doc->text[k] == '.' &&
                                         doc->text[k + 1] == ' ' && k + 2 < end &&
                                         doc->text[k + 2] >= 'A' && doc->text[k + 2] <= 'Z');
            if (!stop) continue;
            ds_sentence *s = ds_vec_push(doc->arena, &doc->sentences);
            s->span = (ds_span){s0, k + 1};
            s->block = doc->blocks.n - 1;
            s0 = k + 2;
        }
        b->nsentences = doc->sentences.n - b->first_sentence;
        off += (uint32_t)l + 1;
    }
    doc->text[len] = '\0';
    doc->text_len = (uint32_t)len;
    return doc;
}

static void tdoc_free(ds_doc *doc)
{
    ds_arena_free(doc->arena);
    free(doc);
}

static uint32_t tdoc_sentence_at(const ds_doc *doc, uint32_t off)
{
    for (uint32_t i = 0; i < doc->sentences.n; i++)
        if (doc->sentences.v[i].span.start <= off && off < doc->sentences.v[i].span.end) return i;
    return DS_NONE;
}

/* The span of the nth (0-based) occurrence of s in the text. */
static ds_span tdoc_find(const ds_doc *doc, const char *s, int nth)
{
    const char *p = doc->text;
    for (;;) {
        p = strstr(p, s);
        if (!p || nth-- == 0) break;
        p++;
    }
    if (!p) return (ds_span){0, 0};
    uint32_t at = (uint32_t)(p - doc->text);
    return (ds_span){at, at + (uint32_t)strlen(s)};
}

/* A document-learnt actor with aliases (NULL-terminated list). */
static uint32_t tdoc_actor(ds_doc *doc, const char *name, const char **aliases, ds_actor_type type)
{
    ds_doc_actor *a = ds_vec_push(doc->arena, &doc->doc_actors);
    a->name = name;
    a->lexicon = DS_NONE;
    a->type = type;
    a->aliases = aliases;
    while (aliases && aliases[a->naliases]) a->naliases++;
    return DS_DOC_ACTOR | (doc->doc_actors.n - 1);
}

/* Refs must be added in text order. */
static void tdoc_ref(ds_doc *doc, const char *text, int nth, uint32_t actor, ds_actor_type type)
{
    ds_actor_ref *r = ds_vec_push(doc->arena, &doc->actor_refs);
    r->span = tdoc_find(doc, text, nth);
    r->sentence = tdoc_sentence_at(doc, r->span.start);
    r->actor = actor;
    r->type = type;
}

static void tdoc_hedge(ds_doc *doc, const char *text, int nth, ds_hedge_kind kind, ds_icd icd)
{
    ds_hedge *h = ds_vec_push(doc->arena, &doc->hedges);
    h->span = tdoc_find(doc, text, nth);
    h->sentence = tdoc_sentence_at(doc, h->span.start);
    h->kind = kind;
    h->icd = icd;
}

static ds_ctx *tctx_new(void)
{
    return calloc(1, sizeof(ds_ctx)); /* no shared data: no lexicon */
}

static ds_extraction *tx_new(void)
{
    ds_extraction *x = calloc(1, sizeof *x);
    x->arena = ds_arena_new();
    ds_docinfo *d = ds_vec_push(x->arena, &x->docs);
    d->id = "d1";
    d->path = "test.txt";
    return x;
}

static void tx_free(ds_extraction *x)
{
    ds_arena_free(x->arena);
    free(x);
}

static const ds_actor *tx_actor(const ds_extraction *x, const char *name)
{
    for (uint32_t i = 0; i < x->actors.n; i++)
        if (!strcmp(x->actors.v[i].name, name)) return &x->actors.v[i];
    return NULL;
}

#endif
