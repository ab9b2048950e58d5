/* annotate.c - runs the annotators in order (timex, quantities, places,
 * actors and people, hedges) and writes a document with its annotations as
 * JSON for `dossier annotate`. Second stage of the pipeline. */
#include "ctx.h"
#include "doc.h"
#include "lexicon.h"
#include "util/buf.h"

#include <stdlib.h>
#include <string.h>

ds_status ds_docs_annotate(ds_ctx *ctx, ds_doc *const *docs, size_t n)
{
    /* stage-major: one annotator's code and tables are reused across the
     * documents before the next annotator runs (on short notes a document is
     * far smaller than a stage's working set) */
    static ds_status (*const stages[])(ds_doc *, ds_ctx *) = {
        ds_annotate_timex, ds_annotate_quantities, ds_annotate_places, ds_annotate_entities,
        ds_annotate_hedges};
    for (size_t s = 0; s < sizeof stages / sizeof *stages; s++)
        for (size_t i = 0; i < n; i++) {
            ds_status st;
            if (!docs[i]->annotated && (st = stages[s](docs[i], ctx)) != DS_OK) return st;
        }
    for (size_t i = 0; i < n; i++) docs[i]->annotated = true;
    return DS_OK;
}

ds_status ds_doc_annotate(ds_ctx *ctx, ds_doc *doc)
{
    return ds_docs_annotate(ctx, &doc, 1);
}

static const char *block_kind_name(ds_block_kind k)
{
    static const char *names[] = {"prose", "title", "heading",   "byline",  "list_item",
                                  "label", "field", "furniture", "footnote"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "unknown";
}

static void span_fields(jw *w, const ds_doc *doc, ds_span sp)
{
    jw_key(w, "start");
    jw_int(w, ds_doc_src_offset(doc, sp.start));
    jw_key(w, "end");
    jw_int(w, ds_doc_src_offset(doc, sp.end));
    jw_key(w, "text");
    jw_strn(w, doc->text + sp.start, sp.end - sp.start);
}

static void date_field(jw *w, const char *key, ds_date d)
{
    char iso[11];
    ds_date_format(iso, d);
    jw_key(w, key);
    if (iso[0])
        jw_str(w, iso);
    else
        jw_null(w);
}

static void write_timexes(jw *w, const ds_doc *doc)
{
    static const char *kinds[] = {"date", "span", "relative", "duration"};
    static const char *mods[] = {NULL,    "early",  "mid",   "late",  "approx",
                                 "since", "before", "after", "decade"};
    static const char *anchors[] = {"absolute", "document", "narrative", "none"};
    jw_key(w, "timex");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        jw_obj(w);
        span_fields(w, doc, t->span);
        jw_key(w, "sentence");
        jw_int(w, t->sentence);
        jw_key(w, "kind");
        jw_str(w, kinds[t->kind]);
        date_field(w, "value", t->value);
        if (t->kind == DS_TIMEX_SPAN || t->open_end) {
            date_field(w, "value_end", t->end); /* ("end" is the span's) */
            jw_key(w, "open_end");
            jw_bool(w, t->open_end);
        }
        jw_key(w, "mod");
        jw_str(w, mods[t->mod]);
        jw_key(w, "anchor");
        jw_str(w, anchors[t->anchor]);
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_quantities(jw *w, const ds_doc *doc)
{
    static const char *quals[] = {"exact", "at_least", "approx", "up_to", "vague"};
    jw_key(w, "quantities");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->quantities.n; i++) {
        const ds_quantity *q = &doc->quantities.v[i];
        jw_obj(w);
        span_fields(w, doc, q->span);
        jw_key(w, "sentence");
        jw_int(w, q->sentence);
        jw_key(w, "min");
        jw_double(w, q->lo, 3);
        jw_key(w, "max");
        jw_double(w, q->hi, 3);
        jw_key(w, "qualifier");
        jw_str(w, quals[q->qual]);
        jw_key(w, "percent");
        jw_bool(w, q->percent);
        jw_key(w, "noun");
        if (q->noun.end > q->noun.start)
            jw_strn(w, doc->text + q->noun.start, q->noun.end - q->noun.start);
        else
            jw_null(w);
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_places(jw *w, const ds_doc *doc)
{
    static const char *feats[] = {"country", "admin1", "admin2", "city", "region", "demonym"};
    static const char *hows[] = {"unique", "hierarchy", "context", "focus", "population"};
    jw_key(w, "places");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->places.n; i++) {
        const ds_place *p = &doc->places.v[i];
        jw_obj(w);
        span_fields(w, doc, p->span);
        jw_key(w, "sentence");
        jw_int(w, p->sentence);
        jw_key(w, "name");
        jw_str(w, p->name);
        jw_key(w, "feature");
        jw_str(w, feats[p->feature]);
        jw_key(w, "country");
        jw_str(w, p->iso3[0] ? p->iso3 : NULL);
        jw_key(w, "admin1");
        jw_str(w, p->admin1);
        jw_key(w, "admin2");
        jw_str(w, p->admin2);
        jw_key(w, "latitude");
        if (p->has_coords)
            jw_double(w, p->lat, 5);
        else
            jw_null(w);
        jw_key(w, "longitude");
        if (p->has_coords)
            jw_double(w, p->lon, 5);
        else
            jw_null(w);
        jw_key(w, "resolved_by");
        jw_str(w, hows[p->how]);
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_actor_refs(jw *w, const ds_doc *doc)
{
    static const char *types[] = {"armed_group", "state_force",   "government",
                                  "party",       "international", "media",
                                  "civilians",   "protesters",    "other"};
    jw_key(w, "actors");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
        const ds_actor_ref *a = &doc->actor_refs.v[i];
        jw_obj(w);
        span_fields(w, doc, a->span);
        jw_key(w, "sentence");
        jw_int(w, a->sentence);
        jw_key(w, "actor");
        jw_str(w, ds_actor_name(doc, a->actor));
        jw_key(w, "type");
        jw_str(w, types[a->type]);
        jw_key(w, "generic");
        jw_bool(w, a->generic);
        if (a->iso3[0]) {
            jw_key(w, "country");
            jw_str(w, a->iso3);
        }
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_people(jw *w, const ds_doc *doc)
{
    jw_key(w, "people");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->people.n; i++) {
        const ds_person *p = &doc->people.v[i];
        jw_obj(w);
        span_fields(w, doc, p->span);
        jw_key(w, "sentence");
        jw_int(w, p->sentence);
        jw_key(w, "name");
        jw_strn(w, doc->text + p->name.start, p->name.end - p->name.start);
        jw_key(w, "title");
        jw_str(w, p->title);
        jw_key(w, "dead");
        jw_bool(w, p->dead);
        jw_key(w, "role");
        if (p->role.end > p->role.start)
            jw_strn(w, doc->text + p->role.start, p->role.end - p->role.start);
        else
            jw_null(w);
        jw_key(w, "organisation");
        jw_str(w, p->actor == DS_NONE ? NULL : ds_actor_name(doc, p->actor));
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_hedges(jw *w, const ds_doc *doc)
{
    static const char *kinds[] = {"estimative", "attribution", "claim", "denial"};
    jw_key(w, "hedges");
    jw_arr(w);
    for (uint32_t i = 0; i < doc->hedges.n; i++) {
        const ds_hedge *h = &doc->hedges.v[i];
        jw_obj(w);
        span_fields(w, doc, h->span);
        jw_key(w, "sentence");
        jw_int(w, h->sentence);
        jw_key(w, "kind");
        jw_str(w, kinds[h->kind]);
        jw_key(w, "confidence");
        jw_str(w, ds_icd_name(h->icd));
        jw_end_obj(w);
    }
    jw_end_arr(w);
}

static void write_sentence(jw *w, const ds_doc *doc, uint32_t i, unsigned flags)
{
    const ds_sentence *s = &doc->sentences.v[i];
    jw_obj(w);
    jw_key(w, "index");
    jw_int(w, i);
    span_fields(w, doc, s->span);
    jw_key(w, "block");
    jw_str(w, block_kind_name(doc->blocks.v[s->block].kind));
    jw_key(w, "citations");
    jw_arr(w);
    for (uint32_t c = s->first_cite; c < s->first_cite + s->ncites; c++) {
        const ds_cite *ci = &doc->cites.v[c];
        jw_obj(w);
        jw_key(w, "marker");
        jw_int(w, ci->number);
        jw_key(w, "urls");
        jw_arr(w);
        if (ci->footnote != DS_NONE) {
            const ds_footnote *fn = &doc->footnotes.v[ci->footnote];
            for (uint32_t u = 0; u < fn->nurls; u++) jw_str(w, fn->urls[u]);
        }
        jw_end_arr(w);
        jw_key(w, "resolved");
        jw_bool(w, ci->footnote != DS_NONE);
        jw_end_obj(w);
    }
    jw_end_arr(w);
    if (flags & DS_JSON_TOKENS) {
        jw_key(w, "tokens");
        jw_arr(w);
        for (uint32_t t = s->first_token; t < s->first_token + s->ntokens; t++)
            jw_str(w, doc->tokens.v[t].norm);
        jw_end_arr(w);
    }
    jw_end_obj(w);
}

ds_status ds_doc_to_json(char **out, size_t *len, const ds_doc *doc, unsigned flags)
{
    static const char *formats[] = {"auto", "text", "markdown", "html", "pdf"};
    buf b = BUF_INIT;
    jw w;
    *out = NULL;
    *len = 0;
    jw_init(&w, &b, (flags & DS_JSON_PRETTY) != 0);
    jw_obj(&w);
    jw_key(&w, "id");
    jw_str(&w, doc->id);
    jw_key(&w, "path");
    jw_str(&w, doc->path);
    jw_key(&w, "format");
    jw_str(&w, formats[doc->format]);
    jw_key(&w, "title");
    jw_str(&w, doc->title[0] ? doc->title : NULL);
    jw_key(&w, "date");
    jw_str(&w, doc->date[0] ? doc->date : NULL);
    jw_key(&w, "bytes");
    jw_int(&w, (long long)doc->src_len);
    if (flags & DS_JSON_BLOCKS) {
        jw_key(&w, "blocks");
        jw_arr(&w);
        for (uint32_t i = 0; i < doc->blocks.n; i++) {
            const ds_block *bl = &doc->blocks.v[i];
            jw_obj(&w);
            jw_key(&w, "kind");
            jw_str(&w, block_kind_name(bl->kind));
            span_fields(&w, doc, bl->span);
            if (bl->label != DS_NONE) {
                jw_key(&w, "label");
                jw_int(&w, bl->label);
            }
            jw_end_obj(&w);
        }
        jw_end_arr(&w);
    }
    jw_key(&w, "furniture");
    jw_arr(&w);
    for (uint32_t i = 0; i < doc->blocks.n; i++) {
        const ds_block *bl = &doc->blocks.v[i];
        if (bl->kind != DS_BLOCK_FURNITURE) continue;
        jw_obj(&w);
        span_fields(&w, doc, bl->span);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_key(&w, "footnotes");
    jw_arr(&w);
    for (uint32_t i = 0; i < doc->footnotes.n; i++) {
        const ds_footnote *fn = &doc->footnotes.v[i];
        jw_obj(&w);
        jw_key(&w, "number");
        jw_int(&w, fn->number);
        jw_key(&w, "urls");
        jw_arr(&w);
        for (uint32_t u = 0; u < fn->nurls; u++) jw_str(&w, fn->urls[u]);
        jw_end_arr(&w);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    if (flags & (DS_JSON_SENTENCES | DS_JSON_TOKENS)) {
        jw_key(&w, "sentences");
        jw_arr(&w);
        for (uint32_t i = 0; i < doc->sentences.n; i++) write_sentence(&w, doc, i, flags);
        jw_end_arr(&w);
    }
    if ((flags & DS_JSON_ANNOTATIONS) && doc->annotated) {
        jw_key(&w, "annotations");
        jw_obj(&w);
        write_timexes(&w, doc);
        write_quantities(&w, doc);
        write_places(&w, doc);
        write_actor_refs(&w, doc);
        write_people(&w, doc);
        write_hedges(&w, doc);
        jw_end_obj(&w);
    }
    jw_key(&w, "diagnostics");
    jw_arr(&w);
    static const char *sev[] = {"info", "warning", "error"};
    for (uint32_t i = 0; i < doc->diags.n; i++) {
        const ds_diag *d = &doc->diags.v[i].pub;
        jw_obj(&w);
        jw_key(&w, "severity");
        jw_str(&w, sev[d->severity]);
        jw_key(&w, "code");
        jw_str(&w, d->code);
        jw_key(&w, "offset");
        jw_int(&w, (long long)d->offset);
        jw_key(&w, "line");
        jw_int(&w, (long long)d->line);
        jw_key(&w, "message");
        jw_str(&w, d->message);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    buf_putc(&b, '\n');
    *out = buf_take(&b, len);
    return *out ? DS_OK : DS_ENOMEM;
}
