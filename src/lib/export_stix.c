/* export_stix.c - the extraction as a STIX 2.1 bundle (OASIS CTI STIX 2.1):
 * a report per document, threat-actor per armed group (identity for state
 * forces, people and media outlets), incident per event with its ACLED
 * coding and fatalities in a property extension (with its
 * extension-definition), location, relationships and a note per assessment
 * (confidence from the ICD 203 probability range). Last stage; ids are
 * UUIDv5 over canonical content and timestamps come from document dates,
 * so the same facts always give the same bundle.
 */
#include "export.h"

#include "util/sha.h"
#include "util/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Namespace of dossier's STIX ids (a fixed random UUID). */
static const uint8_t NS[16] = {0x6b, 0x1e, 0x4f, 0x52, 0x9d, 0x33, 0x4a, 0x8c,
                               0xa1, 0x07, 0x5e, 0x2c, 0x90, 0xd4, 0x11, 0x7f};
static const char EPOCH[] = "1970-01-01T00:00:00.000Z";

typedef struct stix_id {
    char s[80]; /* "type--uuid" */
} stix_id;

typedef struct doc_ref {
    uint32_t doc;
    stix_id id;
} doc_ref;

typedef struct stix {
    jw w;
    const ds_extraction *x;
    stix_id tool, extdef;
    doc_ref *refs; /* objects backed by each document (for the reports) */
    size_t nrefs, cap;
    bool failed;
    buf scratch;
    buf *real, sink; /* a repeated object is written to sink and dropped */
    strmap emitted;  /* ids written so far */
    strmap names;    /* actor name or alias -> index in x->actors */
} stix;

/* type--uuid5(type "|" key). */
static stix_id make_id(const char *type, const char *key)
{
    stix_id id;
    buf b = BUF_INIT;
    buf_printf(&b, "%s|%s", type, key ? key : "");
    char u[37];
    uuid5(u, NS, b.data ? b.data : "", b.len);
    buf_free(&b);
    snprintf(id.s, sizeof id.s, "%s--%s", type, u);
    return id;
}

/* A document date at its precision as a STIX timestamp (EPOCH when none). */
static void timestamp(char out[32], const char *date)
{
    int y = 0, m = 1, d = 1;
    if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) < 1 || y < 1 || m < 1 || m > 12 || d < 1 ||
        d > 31) {
        memcpy(out, EPOCH, sizeof EPOCH);
        return;
    }
    snprintf(out, 32, "%04d-%02d-%02dT00:00:00.000Z", y, m, d);
}

static void add_ref(stix *c, uint32_t doc, const stix_id *id)
{
    if (c->nrefs == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 256;
        doc_ref *n = realloc(c->refs, ncap * sizeof *n);
        if (!n) {
            c->failed = true;
            return;
        }
        c->refs = n;
        c->cap = ncap;
    }
    c->refs[c->nrefs].doc = doc;
    c->refs[c->nrefs++].id = *id;
}

static void add_refs(stix *c, const ds_source_vec *v, const stix_id *id)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (i == 0 || v->v[i].doc != v->v[i - 1].doc) add_ref(c, v->v[i].doc, id);
}

/* The timestamp of an object: the date of the first document backing it. */
static void object_time(char out[32], const stix *c, const ds_source_vec *v)
{
    const char *date = NULL;
    for (uint32_t i = 0; i < v->n && !date; i++)
        if (v->v[i].doc < c->x->docs.n && c->x->docs.v[v->v[i].doc].date[0])
            date = c->x->docs.v[v->v[i].doc].date;
    timestamp(out, date);
}

/* Opens an object with its common properties. */
static void begin(stix *c, const char *type, const stix_id *id, const char *ts)
{
    jw *w = &c->w;
    uint32_t seen;
    bool dup = strmap_get(&c->emitted, id->s, strlen(id->s), &seen);
    if (!dup && !strmap_put(&c->emitted, id->s, strlen(id->s), 1)) c->failed = true;
    buf_reset(&c->sink);
    w->out = dup ? &c->sink : c->real;
    jw_obj(w);
    jw_key(w, "type");
    jw_str(w, type);
    jw_key(w, "spec_version");
    jw_str(w, "2.1");
    jw_key(w, "id");
    jw_str(w, id->s);
    jw_key(w, "created");
    jw_str(w, ts);
    jw_key(w, "modified");
    jw_str(w, ts);
    if (strcmp(type, "identity") != 0 || strcmp(id->s, c->tool.s) != 0) {
        jw_key(w, "created_by_ref");
        jw_str(w, c->tool.s);
    }
}

static void kv(jw *w, const char *key, const char *value)
{
    if (!value || !*value) return;
    jw_key(w, key);
    jw_str(w, value);
}

static bool is_url(const char *s)
{
    if (strncmp(s, "http://", 7) != 0 && strncmp(s, "https://", 8) != 0) return false;
    for (; *s; s++)
        if ((unsigned char)*s <= ' ' || *s == '"' || *s == '<' || *s == '>') return false;
    return true;
}

/* external_references: one per source (document + sentence) and one per
 * resolved footnote URL. */
static void external_refs(stix *c, const ds_source_vec *v)
{
    jw *w = &c->w;
    if (!v->n) return;
    jw_key(w, "external_references");
    jw_arr(w);
    for (uint32_t i = 0; i < v->n; i++) {
        const ds_source *s = &v->v[i];
        const ds_docinfo *d = &c->x->docs.v[s->doc];
        jw_obj(w);
        jw_key(w, "source_name");
        jw_str(w, d->title && *d->title ? d->title : d->path);
        jw_key(w, "description");
        buf_reset(&c->scratch);
        buf_printf(&c->scratch, "%s, bytes %u-%u: %s", d->path, s->start, s->end,
                   s->text ? s->text : "");
        jw_str(w, c->scratch.data);
        if (is_url(d->path)) kv(w, "url", d->path);
        jw_end_obj(w);
        for (uint32_t k = 0; k < s->ncitations; k++) {
            if (!is_url(s->citations[k])) continue;
            jw_obj(w);
            jw_key(w, "source_name");
            jw_str(w, "footnote");
            jw_key(w, "url");
            jw_str(w, s->citations[k]);
            jw_end_obj(w);
        }
    }
    jw_end_arr(w);
}

static bool is_threat_actor(const char *type)
{
    return !type || !*type || strcmp(type, "armed_group") == 0 || strcmp(type, "other") == 0;
}

/* The id of the object for an actor name: the actor of x with that name or
 * alias (threat-actor or identity; *known set), else an identity keyed by
 * the name (which the caller writes; repeats are dropped by begin()). */
static stix_id actor_ref(const stix *c, const char *name, bool *known)
{
    uint32_t i;
    *known = strmap_get(&c->names, name, strlen(name), &i);
    if (!*known) return make_id("identity", name);
    const ds_actor *a = &c->x->actors.v[i];
    return make_id(is_threat_actor(a->type) ? "threat-actor" : "identity", a->name);
}

static void relationship(stix *c, const char *type, const stix_id *src, const stix_id *tgt,
                         const char *ts, const char *start, const char *stop,
                         const char *description, const ds_source_vec *sources)
{
    buf_reset(&c->scratch);
    buf_printf(&c->scratch, "%s|%s|%s", type, src->s, tgt->s);
    stix_id id = make_id("relationship", c->scratch.data);
    begin(c, "relationship", &id, ts);
    jw *w = &c->w;
    kv(w, "relationship_type", type);
    kv(w, "source_ref", src->s);
    kv(w, "target_ref", tgt->s);
    kv(w, "description", description);
    char a[32], b[32];
    if (start && *start) {
        timestamp(a, start);
        kv(w, "start_time", a);
    }
    if (stop && *stop) {
        timestamp(b, stop);
        /* stop_time must be later than start_time */
        if (!(start && *start) || strcmp(b, a) > 0) kv(w, "stop_time", b);
    }
    if (sources) {
        external_refs(c, sources);
        add_refs(c, sources, &id);
    }
    jw_end_obj(w);
}

static void write_actor(stix *c, const ds_actor *a)
{
    jw *w = &c->w;
    char ts[32];
    object_time(ts, c, &a->sources);
    bool ta = is_threat_actor(a->type);
    stix_id id = make_id(ta ? "threat-actor" : "identity", a->name);
    begin(c, ta ? "threat-actor" : "identity", &id, ts);
    kv(w, "name", a->name);
    if (!ta) {
        kv(w, "identity_class",
           a->type && strcmp(a->type, "civilians") == 0 ? "group" : "organization");
    }
    buf_reset(&c->scratch);
    if (a->founded[0]) buf_printf(&c->scratch, "Founded %s. ", a->founded);
    if (a->parent) buf_printf(&c->scratch, "Part of %s. ", a->parent);
    if (a->has_strength)
        buf_printf(&c->scratch, "Strength %lld-%lld%s%s. ", (long long)a->strength_min,
                   (long long)a->strength_max, a->strength_source ? " according to " : "",
                   a->strength_source ? a->strength_source : "");
    if (a->headquarters) buf_printf(&c->scratch, "Headquarters: %s. ", a->headquarters);
    if (c->scratch.len) {
        c->scratch.data[--c->scratch.len] = '\0';
        kv(w, "description", c->scratch.data);
    }
    if (ta && a->aliases.n) {
        jw_key(w, "aliases");
        jw_arr(w);
        for (uint32_t i = 0; i < a->aliases.n; i++) jw_str(w, a->aliases.v[i]);
        jw_end_arr(w);
    }
    if (ta && a->founded[0]) {
        char fs[32];
        timestamp(fs, a->founded);
        kv(w, "first_seen", fs);
    }
    external_refs(c, &a->sources);
    add_refs(c, &a->sources, &id);
    jw_end_obj(w);

    for (uint32_t i = 0; i < a->leaders.n; i++) {
        const ds_leader *l = &a->leaders.v[i];
        char lts[32];
        object_time(lts, c, &l->sources);
        stix_id pid = make_id("identity", l->name);
        begin(c, "identity", &pid, lts);
        kv(w, "name", l->name);
        kv(w, "identity_class", "individual");
        if (l->status && strcmp(l->status, "dead") == 0) kv(w, "description", "Reported dead.");
        add_refs(c, &l->sources, &pid);
        jw_end_obj(w);
        buf_reset(&c->scratch);
        buf_printf(&c->scratch, "%s of %s", l->role ? l->role : "leader", a->name);
        char desc[512];
        snprintf(desc, sizeof desc, "%s", c->scratch.data ? c->scratch.data : "");
        relationship(c, "x-leader-of", &pid, &id, lts, l->start, l->end, desc, &l->sources);
    }
    for (uint32_t i = 0; i < a->affiliations.n; i++) {
        const ds_affiliation *f = &a->affiliations.v[i];
        char fts[32];
        object_time(fts, c, &f->sources);
        bool exists;
        stix_id other = actor_ref(c, f->name, &exists);
        if (!exists) {
            begin(c, "identity", &other, fts);
            kv(w, "name", f->name);
            kv(w, "identity_class", "organization");
            add_refs(c, &f->sources, &other);
            jw_end_obj(w);
        }
        char desc[512];
        snprintf(desc, sizeof desc, "%s: %s%s%s", f->relation ? f->relation : "affiliated", f->name,
                 f->disputed ? " (disputed)" : "", "");
        relationship(c, "related-to", &id, &other, fts, f->start, f->end, desc, &f->sources);
    }
    for (uint32_t i = 0; i < a->media_outlets.n; i++) {
        const ds_outlet *o = &a->media_outlets.v[i];
        stix_id oid = make_id("identity", o->name);
        begin(c, "identity", &oid, ts);
        kv(w, "name", o->name);
        kv(w, "identity_class", "organization");
        jw_key(w, "sectors");
        jw_arr(w);
        jw_str(w, "communications");
        jw_end_arr(w);
        add_refs(c, &a->sources, &oid);
        jw_end_obj(w);
        relationship(c, "x-media-outlet-of", &oid, &id, ts, NULL, NULL, NULL, NULL);
    }
}

static void write_event(stix *c, const ds_event *e)
{
    jw *w = &c->w;
    char ts[32];
    object_time(ts, c, &e->sources);
    stix_id id = make_id("incident", e->id);
    begin(c, "incident", &id, ts);
    buf_reset(&c->scratch);
    buf_printf(&c->scratch, "%s",
               e->sub_event_type ? e->sub_event_type
               : e->event_type   ? e->event_type
                                 : "Event");
    if (e->location || e->country[0])
        buf_printf(&c->scratch, " in %s%s%s", e->location ? e->location : "",
                   e->location && e->country[0] ? ", " : "", e->country);
    if (e->date[0]) buf_printf(&c->scratch, " (%s)", e->date);
    kv(w, "name", c->scratch.data);
    if (e->sources.n) kv(w, "description", e->sources.v[0].text);
    external_refs(c, &e->sources);
    jw_key(w, "extensions");
    jw_obj(w);
    jw_key(w, c->extdef.s);
    jw_obj(w);
    kv(w, "extension_type", "property-extension");
    kv(w, "event_date", e->date);
    kv(w, "event_date_end", e->date_end);
    kv(w, "event_type", e->event_type);
    kv(w, "sub_event_type", e->sub_event_type);
    kv(w, "disorder_type", e->disorder_type);
    kv(w, "actor1", e->actor1);
    kv(w, "actor2", e->actor2);
    kv(w, "country", e->country);
    if (e->fatalities != DS_NULL_INT) {
        jw_key(w, "fatalities");
        jw_int(w, e->fatalities);
    }
    if (e->injuries != DS_NULL_INT) {
        jw_key(w, "injuries");
        jw_int(w, e->injuries);
    }
    kv(w, "weapon", e->weapon);
    if (e->claimed >= 0) {
        jw_key(w, "claimed");
        jw_bool(w, e->claimed == 1);
    }
    if (e->denied_by.n) {
        jw_key(w, "denied_by");
        jw_arr(w);
        for (uint32_t i = 0; i < e->denied_by.n; i++) jw_str(w, e->denied_by.v[i]);
        jw_end_arr(w);
    }
    if (e->time_precision) {
        jw_key(w, "time_precision");
        jw_int(w, e->time_precision);
    }
    jw_end_obj(w);
    jw_end_obj(w);
    add_refs(c, &e->sources, &id);
    jw_end_obj(w);

    if (e->country[0] || e->has_coords) {
        buf_reset(&c->scratch);
        buf_printf(&c->scratch, "%s|%s|%s|%s", e->country, e->admin1 ? e->admin1 : "",
                   e->location ? e->location : "", e->has_coords ? "c" : "");
        if (e->has_coords) buf_printf(&c->scratch, "%.4f,%.4f", e->latitude, e->longitude);
        stix_id lid = make_id("location", c->scratch.data);
        begin(c, "location", &lid, ts);
        kv(w, "name", e->location ? e->location : e->admin1 ? e->admin1 : e->country);
        /* STIX wants ISO 3166-1 alpha-2; alpha-3 when the table lacks it */
        const char *a2 = ds_country_alpha2(e->country);
        kv(w, "country", a2 ? a2 : e->country);
        kv(w, "administrative_area", e->admin1);
        if (e->location && e->geo_precision == 1) kv(w, "city", e->location);
        if (e->has_coords) {
            jw_key(w, "latitude");
            jw_double(w, e->latitude, 5);
            jw_key(w, "longitude");
            jw_double(w, e->longitude, 5);
        }
        add_refs(c, &e->sources, &lid);
        jw_end_obj(w);
        relationship(c, "located-at", &id, &lid, ts, NULL, NULL, NULL, NULL);
    }
    const char *by = e->actor1 ? e->actor1 : e->claimed_by ? e->claimed_by : e->attributed_to;
    if (by) {
        bool known;
        stix_id aid = actor_ref(c, by, &known);
        if (!known) { /* a name no actor profile holds */
            begin(c, "identity", &aid, ts);
            kv(w, "name", by);
            kv(w, "identity_class", "organization");
            jw_end_obj(w);
        }
        relationship(c, "attributed-to", &id, &aid, ts, NULL, NULL, NULL, NULL);
    }
    if (e->actor2) {
        bool known;
        stix_id tid = actor_ref(c, e->actor2, &known);
        if (!known && !(by && strcmp(by, e->actor2) == 0)) {
            begin(c, "identity", &tid, ts);
            kv(w, "name", e->actor2);
            kv(w, "identity_class", "organization");
            jw_end_obj(w);
        }
        relationship(c, "targets", &id, &tid, ts, NULL, NULL, NULL, NULL);
    }
}

/* STIX confidence (0-100) of an assessment: the middle of its ICD 203
 * probability range, else a fixed value per term. */
static int confidence(const ds_assessment *a)
{
    if (a->p_max > 0 && a->p_max >= a->p_min) return (int)((a->p_min + a->p_max) * 50 + 0.5);
    static const struct {
        const char *term;
        int value;
    } table[] = {{"almost_no_chance", 3}, {"very_unlikely", 12}, {"unlikely", 32},
                 {"roughly_even", 50},    {"likely", 67},        {"very_likely", 87},
                 {"almost_certain", 97},  {"possible", 50}};
    for (size_t i = 0; a->confidence && i < sizeof table / sizeof *table; i++)
        if (strcmp(table[i].term, a->confidence) == 0) return table[i].value;
    return 50;
}

static int ref_cmp(const void *a, const void *b)
{
    const doc_ref *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return strcmp(x->id.s, y->id.s);
}

ds_status ds_export_stix(buf *out, const ds_extraction *x)
{
    stix c;
    memset(&c, 0, sizeof c);
    c.x = x;
    c.real = out;
    jw *w = &c.w;
    jw_init(w, out, true);
    for (uint32_t i = x->actors.n; i-- > 0;) { /* the first actor of a name wins */
        const ds_actor *a = &x->actors.v[i];
        for (uint32_t k = 0; k < a->aliases.n; k++)
            if (!strmap_put(&c.names, a->aliases.v[k], strlen(a->aliases.v[k]), i)) c.failed = true;
        if (a->name && !strmap_put(&c.names, a->name, strlen(a->name), i)) c.failed = true;
    }
    c.tool = make_id("identity", "dossier");
    c.extdef = make_id("extension-definition", "dossier-acled-event-1");
    buf_reset(&c.scratch);
    for (uint32_t i = 0; i < x->docs.n; i++)
        buf_printf(&c.scratch, "%s|",
                   x->docs.v[i].sha256[0] ? x->docs.v[i].sha256 : x->docs.v[i].path);
    stix_id bundle = make_id("bundle", c.scratch.data ? c.scratch.data : "");
    jw_obj(w);
    kv(w, "type", "bundle");
    kv(w, "id", bundle.s);
    jw_key(w, "objects");
    jw_arr(w);

    begin(&c, "identity", &c.tool, EPOCH);
    kv(w, "name", "dossier");
    kv(w, "identity_class", "system");
    kv(w, "description", "Facts extracted from public reporting by the dossier tool.");
    jw_end_obj(w);
    begin(&c, "extension-definition", &c.extdef, EPOCH);
    kv(w, "name", "dossier ACLED event coding");
    kv(w, "description",
       "ACLED coding of an incident: event date and type, actors, country, "
       "fatalities (integer), injuries, weapon, claim and denials.");
    kv(w, "schema", "https://acleddata.com/knowledge-base/codebook/");
    kv(w, "version", "1.0");
    jw_key(w, "extension_types");
    jw_arr(w);
    jw_str(w, "property-extension");
    jw_end_arr(w);
    jw_end_obj(w);

    for (uint32_t i = 0; i < x->actors.n; i++) write_actor(&c, &x->actors.v[i]);
    for (uint32_t i = 0; i < x->events.n; i++) write_event(&c, &x->events.v[i]);
    for (uint32_t i = 0; i < x->assessments.n; i++) {
        const ds_assessment *a = &x->assessments.v[i];
        const ds_docinfo *d = &x->docs.v[a->source.doc];
        char ts[32];
        timestamp(ts, d->date);
        buf_reset(&c.scratch);
        buf_printf(&c.scratch, "%s|%u|%s", d->sha256[0] ? d->sha256 : d->path, a->source.start,
                   a->text ? a->text : "");
        stix_id id = make_id("note", c.scratch.data);
        begin(&c, "note", &id, ts);
        kv(w, "abstract", a->confidence);
        kv(w, "content", a->text ? a->text : "");
        jw_key(w, "confidence");
        jw_int(w, confidence(a));
        jw_key(w, "object_refs");
        jw_arr(w);
        jw_str(w, make_id("report", d->sha256[0] ? d->sha256 : d->path).s);
        bool known;
        if (a->subject) jw_str(w, actor_ref(&c, a->subject, &known).s);
        jw_end_arr(w);
        ds_source_vec one = {(ds_source *)&a->source, 1, 1};
        external_refs(&c, &one);
        jw_end_obj(w);
        add_ref(&c, a->source.doc, &id);
    }

    w->out = c.real;
    if (c.nrefs) qsort(c.refs, c.nrefs, sizeof *c.refs, ref_cmp);
    size_t r = 0;
    for (uint32_t i = 0; i < x->docs.n; i++) {
        const ds_docinfo *d = &x->docs.v[i];
        char ts[32];
        timestamp(ts, d->date);
        stix_id id = make_id("report", d->sha256[0] ? d->sha256 : d->path);
        begin(&c, "report", &id, ts);
        kv(w, "name", d->title && *d->title ? d->title : d->path);
        kv(w, "published", ts);
        jw_key(w, "report_types");
        jw_arr(w);
        jw_str(w, "threat-report");
        jw_end_arr(w);
        jw_key(w, "object_refs");
        jw_arr(w);
        jw_str(w, c.tool.s); /* never empty */
        while (r < c.nrefs && c.refs[r].doc < i) r++;
        for (; r < c.nrefs && c.refs[r].doc == i; r++)
            if (!(r > 0 && c.refs[r - 1].doc == i && !strcmp(c.refs[r - 1].id.s, c.refs[r].id.s)))
                jw_str(w, c.refs[r].id.s);
        jw_end_arr(w);
        jw_key(w, "external_references");
        jw_arr(w);
        jw_obj(w);
        kv(w, "source_name", d->path);
        buf_reset(&c.scratch);
        buf_printf(&c.scratch, "document %s", d->id);
        kv(w, "description", c.scratch.data);
        if (is_url(d->path)) kv(w, "url", d->path);
        if (d->sha256[0]) {
            jw_key(w, "hashes");
            jw_obj(w);
            kv(w, "SHA-256", d->sha256);
            jw_end_obj(w);
        }
        jw_end_obj(w);
        jw_end_arr(w);
        jw_end_obj(w);
    }
    w->out = c.real;
    jw_end_arr(w);
    jw_end_obj(w);
    buf_putc(out, '\n');
    free(c.refs);
    buf_free(&c.sink);
    strmap_free(&c.emitted);
    strmap_free(&c.names);
    bool failed = c.failed || c.scratch.failed;
    buf_free(&c.scratch);
    return failed || out->failed ? DS_ENOMEM : DS_OK;
}
