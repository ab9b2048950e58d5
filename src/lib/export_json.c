/* export_json.c - the extraction as the JSON of ../shared/eval/CONTRACT.md:
 * documents, events, actors, assessments; extra fields are additive. A
 * field the text does not give is null, never a made-up value. */
#include "export.h"

#include <string.h>

/* The helpers take a key as JW_KEY("name") gives it: its JSON text and
 * length, made at compile time (a note's line has about 80 keys). Forced
 * inline so that the key's length stays a constant and its copy a few
 * moves, not a memcpy call. */
#define JW_HELPER static inline __attribute__((always_inline))

JW_HELPER void str_or_null(jw *w, const char *key, size_t keylen, const char *s)
{
    jw_key_json(w, key, keylen);
    if (s && *s)
        jw_str(w, s);
    else
        jw_null(w);
}

JW_HELPER void int_or_null(jw *w, const char *key, size_t keylen, int32_t v)
{
    jw_key_json(w, key, keylen);
    if (v == DS_NULL_INT)
        jw_null(w);
    else
        jw_int(w, v);
}

/* Opens an array of n items; an empty one (most of a note's lists) is
 * written whole at once. Returns whether the caller writes the items and
 * closes it. */
JW_HELPER bool arr_begin(jw *w, uint32_t n)
{
    if (!n) {
        jw_empty_arr(w);
        return false;
    }
    jw_arr(w);
    return true;
}

JW_HELPER void str_array(jw *w, const char *key, size_t keylen, const ds_str_vec *v)
{
    jw_key_json(w, key, keylen);
    if (!arr_begin(w, v->n)) return;
    for (uint32_t i = 0; i < v->n; i++) jw_str(w, v->v[i]);
    jw_end_arr(w);
}

static void write_source(jw *w, const ds_extraction *x, const ds_source *s)
{
    jw_obj(w);
    jw_key_json(w, JW_KEY("document"));
    jw_str(w, x->docs.v[s->doc].id);
    jw_key_json(w, JW_KEY("start"));
    jw_int(w, s->start);
    jw_key_json(w, JW_KEY("end"));
    jw_int(w, s->end);
    jw_key_json(w, JW_KEY("text"));
    jw_str(w, s->text);
    jw_key_json(w, JW_KEY("citations"));
    if (arr_begin(w, s->ncitations)) {
        for (uint32_t i = 0; i < s->ncitations; i++) jw_str(w, s->citations[i]);
        jw_end_arr(w);
    }
    jw_end_obj(w);
}

static void sources(jw *w, const ds_extraction *x, const ds_source_vec *v)
{
    jw_key_json(w, JW_KEY("sources"));
    if (!arr_begin(w, v->n)) return;
    for (uint32_t i = 0; i < v->n; i++) write_source(w, x, &v->v[i]);
    jw_end_arr(w);
}

static void write_event(jw *w, const ds_extraction *x, const ds_event *e)
{
    jw_obj(w);
    jw_key_json(w, JW_KEY("id"));
    jw_str(w, e->id);
    str_or_null(w, JW_KEY("date"), e->date);
    str_or_null(w, JW_KEY("date_end"), e->date_end);
    str_or_null(w, JW_KEY("event_type"), e->event_type);
    str_or_null(w, JW_KEY("sub_event_type"), e->sub_event_type);
    str_or_null(w, JW_KEY("disorder_type"), e->disorder_type);
    str_or_null(w, JW_KEY("actor1"), e->actor1);
    str_array(w, JW_KEY("assoc_actor1"), &e->assoc_actor1);
    str_or_null(w, JW_KEY("actor2"), e->actor2);
    str_array(w, JW_KEY("assoc_actor2"), &e->assoc_actor2);
    str_or_null(w, JW_KEY("country"), e->country);
    str_or_null(w, JW_KEY("admin1"), e->admin1);
    str_or_null(w, JW_KEY("admin2"), e->admin2);
    str_or_null(w, JW_KEY("location"), e->location);
    jw_key_json(w, JW_KEY("latitude"));
    if (e->has_coords)
        jw_double(w, e->latitude, 5);
    else
        jw_null(w);
    jw_key_json(w, JW_KEY("longitude"));
    if (e->has_coords)
        jw_double(w, e->longitude, 5);
    else
        jw_null(w);
    jw_key_json(w, JW_KEY("geo_precision"));
    if (e->geo_precision)
        jw_int(w, e->geo_precision);
    else
        jw_null(w);
    jw_key_json(w, JW_KEY("time_precision"));
    if (e->time_precision)
        jw_int(w, e->time_precision);
    else
        jw_null(w);
    if (e->origin_country[0] || e->origin_location) {
        jw_key_json(w, JW_KEY("origin"));
        jw_obj(w);
        str_or_null(w, JW_KEY("country"), e->origin_country);
        str_or_null(w, JW_KEY("admin1"), e->origin_admin1);
        str_or_null(w, JW_KEY("location"), e->origin_location);
        jw_end_obj(w);
    }
    int_or_null(w, JW_KEY("fatalities"), e->fatalities);
    int_or_null(w, JW_KEY("injuries"), e->injuries);
    int_or_null(w, JW_KEY("attackers"), e->attackers);
    if (e->tolls.n > 1) {
        jw_key_json(w, JW_KEY("fatality_reports"));
        jw_arr(w);
        for (uint32_t i = 0; i < e->tolls.n; i++) {
            jw_obj(w);
            jw_key_json(w, JW_KEY("fatalities"));
            jw_int(w, e->tolls.v[i].fatalities);
            jw_key_json(w, JW_KEY("source"));
            jw_int(w, e->tolls.v[i].source);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    str_or_null(w, JW_KEY("weapon"), e->weapon);
    jw_key_json(w, JW_KEY("claimed"));
    if (e->claimed < 0)
        jw_null(w);
    else
        jw_bool(w, e->claimed == 1);
    str_or_null(w, JW_KEY("claimed_by"), e->claimed_by);
    str_array(w, JW_KEY("denied_by"), &e->denied_by);
    str_or_null(w, JW_KEY("attributed_to"), e->attributed_to);
    jw_key_json(w, JW_KEY("gtd_attack_type"));
    if (e->gtd_attack_type)
        jw_int(w, e->gtd_attack_type);
    else
        jw_null(w);
    str_or_null(w, JW_KEY("cameo"), e->cameo);
    sources(w, x, &e->sources);
    jw_end_obj(w);
}

static void write_actor(jw *w, const ds_extraction *x, const ds_actor *a)
{
    jw_obj(w);
    jw_key_json(w, JW_KEY("name"));
    jw_str(w, a->name);
    str_array(w, JW_KEY("aliases"), &a->aliases);
    str_or_null(w, JW_KEY("type"), a->type);
    str_or_null(w, JW_KEY("parent"), a->parent);
    str_or_null(w, JW_KEY("country"), a->country);
    str_or_null(w, JW_KEY("founded"), a->founded);
    jw_key_json(w, JW_KEY("strength"));
    if (a->has_strength) {
        jw_obj(w);
        jw_key_json(w, JW_KEY("min"));
        jw_int(w, a->strength_min);
        jw_key_json(w, JW_KEY("max"));
        jw_int(w, a->strength_max);
        str_or_null(w, JW_KEY("source"), a->strength_source);
        jw_end_obj(w);
    } else {
        jw_null(w);
    }
    str_or_null(w, JW_KEY("headquarters"), a->headquarters);
    str_array(w, JW_KEY("areas"), &a->areas);
    jw_key_json(w, JW_KEY("leaders"));
    if (arr_begin(w, a->leaders.n)) {
        for (uint32_t i = 0; i < a->leaders.n; i++) {
            const ds_leader *l = &a->leaders.v[i];
            jw_obj(w);
            jw_key_json(w, JW_KEY("name"));
            jw_str(w, l->name);
            str_or_null(w, JW_KEY("role"), l->role);
            str_or_null(w, JW_KEY("start"), l->start);
            str_or_null(w, JW_KEY("end"), l->end);
            str_or_null(w, JW_KEY("status"), l->status);
            sources(w, x, &l->sources);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    jw_key_json(w, JW_KEY("affiliations"));
    if (arr_begin(w, a->affiliations.n)) {
        for (uint32_t i = 0; i < a->affiliations.n; i++) {
            const ds_affiliation *f = &a->affiliations.v[i];
            jw_obj(w);
            jw_key_json(w, JW_KEY("name"));
            jw_str(w, f->name);
            str_or_null(w, JW_KEY("relation"), f->relation);
            str_or_null(w, JW_KEY("start"), f->start);
            str_or_null(w, JW_KEY("end"), f->end);
            jw_key_json(w, JW_KEY("disputed"));
            jw_bool(w, f->disputed);
            str_or_null(w, JW_KEY("note"), f->note);
            sources(w, x, &f->sources);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    jw_key_json(w, JW_KEY("media_outlets"));
    if (arr_begin(w, a->media_outlets.n)) {
        for (uint32_t i = 0; i < a->media_outlets.n; i++) {
            /* a bare name, or {"name","languages","platforms"} when the text gave those */
            const ds_outlet *o = &a->media_outlets.v[i];
            if (!o->languages.n && !o->platforms.n) {
                jw_str(w, o->name);
                continue;
            }
            jw_obj(w);
            jw_key_json(w, JW_KEY("name"));
            jw_str(w, o->name);
            str_array(w, JW_KEY("languages"), &o->languages);
            str_array(w, JW_KEY("platforms"), &o->platforms);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    str_array(w, JW_KEY("opponents"), &a->opponents);
    sources(w, x, &a->sources);
    jw_end_obj(w);
}

ds_status ds_export_json(buf *out, const ds_extraction *x, bool pretty)
{
    jw w;
    jw_init(&w, out, pretty);
    jw_obj(&w);
    jw_key_json(&w, JW_KEY("documents"));
    jw_arr(&w);
    for (uint32_t i = 0; i < x->docs.n; i++) {
        const ds_docinfo *d = &x->docs.v[i];
        jw_obj(&w);
        jw_key_json(&w, JW_KEY("id"));
        jw_str(&w, d->id);
        jw_key_json(&w, JW_KEY("path"));
        jw_str(&w, d->path);
        str_or_null(&w, JW_KEY("title"), d->title);
        str_or_null(&w, JW_KEY("date"), d->date);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_key_json(&w, JW_KEY("events"));
    if (arr_begin(&w, x->events.n)) {
        for (uint32_t i = 0; i < x->events.n; i++) write_event(&w, x, &x->events.v[i]);
        jw_end_arr(&w);
    }
    jw_key_json(&w, JW_KEY("actors"));
    if (arr_begin(&w, x->actors.n)) {
        for (uint32_t i = 0; i < x->actors.n; i++) write_actor(&w, x, &x->actors.v[i]);
        jw_end_arr(&w);
    }
    jw_key_json(&w, JW_KEY("assessments"));
    jw_arr(&w);
    for (uint32_t i = 0; i < x->assessments.n; i++) {
        const ds_assessment *a = &x->assessments.v[i];
        jw_obj(&w);
        jw_key_json(&w, JW_KEY("text"));
        jw_str(&w, a->text);
        jw_key_json(&w, JW_KEY("confidence"));
        jw_str(&w, a->confidence);
        jw_key_json(&w, JW_KEY("probability"));
        jw_arr(&w);
        jw_double(&w, a->p_min, 2);
        jw_double(&w, a->p_max, 2);
        jw_end_arr(&w);
        str_or_null(&w, JW_KEY("subject"), a->subject);
        str_or_null(&w, JW_KEY("topic"), a->topic);
        jw_key_json(&w, JW_KEY("source"));
        write_source(&w, x, &a->source);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    buf_putc(out, '\n');
    return out->failed ? DS_ENOMEM : DS_OK;
}
