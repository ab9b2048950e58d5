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

/* A key whose value may be null: JW_KEY's two arguments, then the whole
 * member with the null as compact JSON ("\"date\":null" and its length),
 * which compact output writes in one store (most of a note's fields are
 * null). KEY_EMPTY is the same for an empty array. */
#define KEY_NULL(lit)  JW_KEY(lit), "\"" lit "\":null", sizeof(lit) + 6
#define KEY_EMPTY(lit) JW_KEY(lit), "\"" lit "\":[]", sizeof(lit) + 4

/* Whether a field str_or_null writes as null */
static inline bool no_str(const char *s)
{
    return !s || !*s;
}

/* The member of KEY_NULL or KEY_EMPTY: its text when compact, else the key
 * and the literal through the writer (pretty output spaces them). */
JW_HELPER void whole_member(jw *w, const char *key, size_t keylen, const char *member,
                            size_t memberlen)
{
    if (w->pretty) {
        jw_key_json(w, key, keylen);
        jw_literal(w, member + keylen, memberlen - keylen);
    } else {
        jw_member_json(w, member, memberlen);
    }
}

JW_HELPER void str_or_null(jw *w, const char *key, size_t keylen, const char *member,
                           size_t memberlen, const char *s)
{
    if (s && *s) {
        jw_key_json(w, key, keylen);
        jw_str(w, s);
    } else {
        whole_member(w, key, keylen, member, memberlen);
    }
}

JW_HELPER void int_or_null(jw *w, const char *key, size_t keylen, const char *member,
                           size_t memberlen, int32_t v)
{
    if (v == DS_NULL_INT) {
        whole_member(w, key, keylen, member, memberlen);
    } else {
        jw_key_json(w, key, keylen);
        jw_int(w, v);
    }
}

/* A number where 0 stands for null (precisions, codes) */
JW_HELPER void nonzero_or_null(jw *w, const char *key, size_t keylen, const char *member,
                               size_t memberlen, long long v)
{
    if (!v) {
        whole_member(w, key, keylen, member, memberlen);
    } else {
        jw_key_json(w, key, keylen);
        jw_int(w, v);
    }
}

/* Opens the array of n items under a KEY_EMPTY key; an empty one (most
 * of a note's lists) is written whole. Returns whether the caller writes
 * the items and closes it. */
JW_HELPER bool key_arr_begin(jw *w, const char *key, size_t keylen, const char *member,
                             size_t memberlen, uint32_t n)
{
    if (!n) {
        whole_member(w, key, keylen, member, memberlen);
        return false;
    }
    jw_key_json(w, key, keylen);
    jw_arr(w);
    return true;
}

JW_HELPER void str_array(jw *w, const char *key, size_t keylen, const char *member,
                         size_t memberlen, const ds_str_vec *v)
{
    if (!key_arr_begin(w, key, keylen, member, memberlen, v->n)) return;
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
    if (key_arr_begin(w, KEY_EMPTY("citations"), s->ncitations)) {
        for (uint32_t i = 0; i < s->ncitations; i++) jw_str(w, s->citations[i]);
        jw_end_arr(w);
    }
    jw_end_obj(w);
}

static void sources(jw *w, const ds_extraction *x, const ds_source_vec *v)
{
    if (!key_arr_begin(w, KEY_EMPTY("sources"), v->n)) return;
    for (uint32_t i = 0; i < v->n; i++) write_source(w, x, &v->v[i]);
    jw_end_arr(w);
}

/* An event's weapon, claim, denial and attribution members */
static void write_claims(jw *w, const ds_event *e)
{
    str_or_null(w, KEY_NULL("weapon"), e->weapon);
    if (e->claimed < 0) {
        whole_member(w, KEY_NULL("claimed"));
    } else {
        jw_key_json(w, JW_KEY("claimed"));
        jw_bool(w, e->claimed == 1);
    }
    str_or_null(w, KEY_NULL("claimed_by"), e->claimed_by);
    str_array(w, KEY_EMPTY("denied_by"), &e->denied_by);
    str_or_null(w, KEY_NULL("attributed_to"), e->attributed_to);
}

static void write_event(jw *w, const ds_extraction *x, const ds_event *e)
{
    jw_obj(w);
    jw_key_json(w, JW_KEY("id"));
    jw_str(w, e->id);
    str_or_null(w, KEY_NULL("date"), e->date);
    str_or_null(w, KEY_NULL("date_end"), e->date_end);
    str_or_null(w, KEY_NULL("event_type"), e->event_type);
    str_or_null(w, KEY_NULL("sub_event_type"), e->sub_event_type);
    str_or_null(w, KEY_NULL("disorder_type"), e->disorder_type);
    str_or_null(w, KEY_NULL("actor1"), e->actor1);
    str_array(w, KEY_EMPTY("assoc_actor1"), &e->assoc_actor1);
    str_or_null(w, KEY_NULL("actor2"), e->actor2);
    str_array(w, KEY_EMPTY("assoc_actor2"), &e->assoc_actor2);
    str_or_null(w, KEY_NULL("country"), e->country);
    str_or_null(w, KEY_NULL("admin1"), e->admin1);
    str_or_null(w, KEY_NULL("admin2"), e->admin2);
    str_or_null(w, KEY_NULL("location"), e->location);
    if (e->has_coords) {
        jw_key_json(w, JW_KEY("latitude"));
        jw_double(w, e->latitude, 5);
        jw_key_json(w, JW_KEY("longitude"));
        jw_double(w, e->longitude, 5);
    } else {
        whole_member(w, KEY_NULL("latitude"));
        whole_member(w, KEY_NULL("longitude"));
    }
    nonzero_or_null(w, KEY_NULL("geo_precision"), e->geo_precision);
    nonzero_or_null(w, KEY_NULL("time_precision"), e->time_precision);
    if (e->origin_country[0] || e->origin_location) {
        jw_key_json(w, JW_KEY("origin"));
        jw_obj(w);
        str_or_null(w, KEY_NULL("country"), e->origin_country);
        str_or_null(w, KEY_NULL("admin1"), e->origin_admin1);
        str_or_null(w, KEY_NULL("location"), e->origin_location);
        jw_end_obj(w);
    }
    int_or_null(w, KEY_NULL("fatalities"), e->fatalities);
    int_or_null(w, KEY_NULL("injuries"), e->injuries);
    int_or_null(w, KEY_NULL("attackers"), e->attackers);
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
    /* most events tell no weapon, claim, denial or attribution: then the
     * five members are one text, what write_claims makes of them (commas
     * and all: in an object after its first member a comma is always due) */
    static const char no_claims[] = "\"weapon\":null,\"claimed\":null,\"claimed_by\":null,"
                                    "\"denied_by\":[],\"attributed_to\":null";
    if (!w->pretty && no_str(e->weapon) && e->claimed < 0 && no_str(e->claimed_by) &&
        !e->denied_by.n && no_str(e->attributed_to))
        jw_member_json(w, no_claims, sizeof no_claims - 1);
    else
        write_claims(w, e);
    nonzero_or_null(w, KEY_NULL("gtd_attack_type"), e->gtd_attack_type);
    str_or_null(w, KEY_NULL("cameo"), e->cameo);
    sources(w, x, &e->sources);
    jw_end_obj(w);
}

/* An actor's members from founded to opponents */
static void write_profile(jw *w, const ds_extraction *x, const ds_actor *a)
{
    str_or_null(w, KEY_NULL("founded"), a->founded);
    if (a->has_strength) {
        jw_key_json(w, JW_KEY("strength"));
        jw_obj(w);
        jw_key_json(w, JW_KEY("min"));
        jw_int(w, a->strength_min);
        jw_key_json(w, JW_KEY("max"));
        jw_int(w, a->strength_max);
        str_or_null(w, KEY_NULL("source"), a->strength_source);
        jw_end_obj(w);
    } else {
        whole_member(w, KEY_NULL("strength"));
    }
    str_or_null(w, KEY_NULL("headquarters"), a->headquarters);
    str_array(w, KEY_EMPTY("areas"), &a->areas);
    if (key_arr_begin(w, KEY_EMPTY("leaders"), a->leaders.n)) {
        for (uint32_t i = 0; i < a->leaders.n; i++) {
            const ds_leader *l = &a->leaders.v[i];
            jw_obj(w);
            jw_key_json(w, JW_KEY("name"));
            jw_str(w, l->name);
            str_or_null(w, KEY_NULL("role"), l->role);
            str_or_null(w, KEY_NULL("start"), l->start);
            str_or_null(w, KEY_NULL("end"), l->end);
            str_or_null(w, KEY_NULL("status"), l->status);
            sources(w, x, &l->sources);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    if (key_arr_begin(w, KEY_EMPTY("affiliations"), a->affiliations.n)) {
        for (uint32_t i = 0; i < a->affiliations.n; i++) {
            const ds_affiliation *f = &a->affiliations.v[i];
            jw_obj(w);
            jw_key_json(w, JW_KEY("name"));
            jw_str(w, f->name);
            str_or_null(w, KEY_NULL("relation"), f->relation);
            str_or_null(w, KEY_NULL("start"), f->start);
            str_or_null(w, KEY_NULL("end"), f->end);
            jw_key_json(w, JW_KEY("disputed"));
            jw_bool(w, f->disputed);
            str_or_null(w, KEY_NULL("note"), f->note);
            sources(w, x, &f->sources);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    if (key_arr_begin(w, KEY_EMPTY("media_outlets"), a->media_outlets.n)) {
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
            str_array(w, KEY_EMPTY("languages"), &o->languages);
            str_array(w, KEY_EMPTY("platforms"), &o->platforms);
            jw_end_obj(w);
        }
        jw_end_arr(w);
    }
    str_array(w, KEY_EMPTY("opponents"), &a->opponents);
}

static void write_actor(jw *w, const ds_extraction *x, const ds_actor *a)
{
    jw_obj(w);
    jw_key_json(w, JW_KEY("name"));
    jw_str(w, a->name);
    str_array(w, KEY_EMPTY("aliases"), &a->aliases);
    str_or_null(w, KEY_NULL("type"), a->type);
    str_or_null(w, KEY_NULL("parent"), a->parent);
    str_or_null(w, KEY_NULL("country"), a->country);
    /* most actors are names the text tells nothing more of: then the eight
     * members are one text, what write_profile makes of them (commas and
     * all: in an object after its first member a comma is always due) */
    static const char no_profile[] = "\"founded\":null,\"strength\":null,\"headquarters\":null,"
                                     "\"areas\":[],\"leaders\":[],\"affiliations\":[],"
                                     "\"media_outlets\":[],\"opponents\":[]";
    if (!w->pretty && no_str(a->founded) && !a->has_strength && no_str(a->headquarters) &&
        !a->areas.n && !a->leaders.n && !a->affiliations.n && !a->media_outlets.n &&
        !a->opponents.n)
        jw_member_json(w, no_profile, sizeof no_profile - 1);
    else
        write_profile(w, x, a);
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
        str_or_null(&w, KEY_NULL("title"), d->title);
        str_or_null(&w, KEY_NULL("date"), d->date);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    if (key_arr_begin(&w, KEY_EMPTY("events"), x->events.n)) {
        for (uint32_t i = 0; i < x->events.n; i++) write_event(&w, x, &x->events.v[i]);
        jw_end_arr(&w);
    }
    if (key_arr_begin(&w, KEY_EMPTY("actors"), x->actors.n)) {
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
        str_or_null(&w, KEY_NULL("subject"), a->subject);
        str_or_null(&w, KEY_NULL("topic"), a->topic);
        jw_key_json(&w, JW_KEY("source"));
        write_source(&w, x, &a->source);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    buf_putc(out, '\n');
    return out->failed ? DS_ENOMEM : DS_OK;
}
