/* export_json.c - the extraction as the JSON of ../shared/eval/CONTRACT.md:
 * documents, events, actors, assessments; extra fields are additive. A
 * field the text does not give is null, never a made-up value. */
#include "export.h"

#include <string.h>

/* The output is made compact, by a writer of its own: a cursor in the
 * buffer's storage and the end of its room, passed and returned by value
 * (two registers), and every key written with the comma before it as one
 * literal (the object's shape says where a comma is due: no state to
 * test). Pretty output is the compact text laid out by json_pretty, which
 * indents it as util/buf's pretty writer would (one description of the
 * members for both). */
typedef struct jpos {
    char *o;   /* where the next byte goes */
    char *end; /* the end of the room (the byte for the NUL is after it) */
} jpos;

/* The room is checked where the length is not known in advance (strings,
 * doubles) and not before each key, comma or integer: every cursor that
 * jc_begin, put_str, put_null, put_double and refill return has at least
 * JW_SLACK bytes of room, and between two of those calls the writer writes
 * less than that in fixed pieces (put, put_char, put_int: at most ~700
 * bytes, an event's members all null; a loop whose items hold no string
 * calls refill once an item). */
#define JW_SLACK 2048

typedef struct jc {
    buf *b;
    /* after an allocation failure (b->failed) the writes go here and are
     * dropped; larger than the slack and any one check (JSON_NUMBER_MAX) */
    char spill[JW_SLACK + JSON_NUMBER_MAX + 64];
} jc;

#define JW_HELPER static inline __attribute__((always_inline))

/* A literal's text and length */
#define TEXT(lit) lit, sizeof(lit) - 1

/* The cursor at the end of c->b's text, with JW_SLACK bytes of room (the
 * spill once it failed). */
static jpos jc_begin(jc *c)
{
    buf *b = c->b;
    if (!b->failed && buf_reserve(b, JW_SLACK))
        return (jpos){b->data + b->len, b->data + b->cap - 1};
    return (jpos){c->spill, c->spill + sizeof c->spill - 1};
}

/* c->b's text up to p, NUL-terminated. */
static void jc_end(jc *c, jpos p)
{
    buf *b = c->b;
    if (b->failed) return;
    b->len = (size_t)(p.o - b->data);
    b->data[b->len] = '\0';
}

/* Room for n more bytes at p (n <= JSON_NUMBER_MAX + JW_SLACK): the buffer
 * grown, the cursor moved with it. */
static __attribute__((noinline)) jpos jc_grow(jc *c, jpos p, size_t n)
{
    buf *b = c->b;
    if (!b->failed) {
        b->len = (size_t)(p.o - b->data);
        buf_reserve(b, n);
    }
    return jc_begin(c);
}

JW_HELPER jpos room(jc *c, jpos p, size_t n)
{
    if ((size_t)(p.end - p.o) < n) p = jc_grow(c, p, n);
    return p;
}

/* JW_SLACK bytes of room again (a loop whose items are fixed pieces only) */
JW_HELPER jpos refill(jc *c, jpos p)
{
    return room(c, p, JW_SLACK);
}

/* n bytes of JSON text (n a constant at each call: a few moves), within
 * the slack */
JW_HELPER jpos put(jc *c, jpos p, const char *text, size_t n)
{
    (void)c;
    memcpy(p.o, text, n);
    p.o += n;
    return p;
}

JW_HELPER jpos put_char(jc *c, jpos p, char ch)
{
    (void)c;
    *p.o++ = ch;
    return p;
}

/* s (not NULL) as a JSON string when it must be escaped or checked or the
 * room is short: the buffer's own writer */
static __attribute__((noinline)) jpos put_str_escaped(jc *c, jpos p, const char *s)
{
    buf *b = c->b;
    if (b->failed) return jc_begin(c); /* the spill, with its slack */
    b->len = (size_t)(p.o - b->data);
    json_escape(b, s, strlen(s));
    return jc_begin(c);
}

/* s as a JSON string when null (the slack kept: a list of them has no
 * other check) */
static __attribute__((noinline)) jpos put_null(jc *c, jpos p)
{
    return put(c, room(c, p, JW_SLACK + 4), TEXT("null"));
}

#if defined(__SSE2__)
/* put_str for a string whose first done bytes (16 or 32) are plain (stored
 * at p.o + 1) */
static __attribute__((noinline, no_sanitize_address)) jpos put_str_long(jc *c, jpos p,
                                                                        const char *s, size_t done)
{
    char *o = json_plain_str_long(s, p.o + 1, done, (size_t)(p.end - p.o) - 18 - JW_SLACK);
    if (o) return (jpos){o, p.end};
    return put_str_escaped(c, p, s);
}
#endif

/* s as a JSON string: jw_str's bytes (json_plain_str_at's in the usual
 * case), null when NULL; JW_SLACK bytes of room left after it. The usual
 * string, plain and its NUL in its first 32 bytes, is copied here, inline
 * in each caller (some 40 strings a note, a third of them 16 to 31 bytes
 * long: event ids, event types, actor names; no call); any other goes on
 * in a function of its own. Its 16-byte loads may read past the NUL within
 * the page, as json_plain_str_at's (not a fault): an ASan build, which
 * must be told, keeps it a function of its own, not instrumented. */
#if defined(__SANITIZE_ADDRESS__)
#define JW_STR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JW_STR_ASAN 1
#endif
#endif
#if defined(JW_STR_ASAN)
#define JW_STR static __attribute__((noinline, no_sanitize_address))
#else
#define JW_STR JW_HELPER
#endif
JW_STR jpos put_str(jc *c, jpos p, const char *s)
{
    if (!s) return put_null(c, p);
#if defined(__SSE2__)
    /* json_plain_str_at's first step; the room is for two steps (32 bytes
     * and the quotes) and the slack after them */
    if (p.end - p.o >= 34 + JW_SLACK && ((uintptr_t)s & 4095) <= 4096 - 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
        _mm_storeu_si128((__m128i *)(void *)(p.o + 1), x);
        unsigned m = (unsigned)_mm_movemask_epi8(json_stop16(x));
        if (!m) {
            /* a second step when its bytes are within the page too */
            if (((uintptr_t)s & 4095) > 4096 - 32) return put_str_long(c, p, s, 16);
            x = _mm_loadu_si128((const __m128i *)(const void *)(s + 16));
            _mm_storeu_si128((__m128i *)(void *)(p.o + 17), x);
            m = (unsigned)_mm_movemask_epi8(json_stop16(x));
            if (!m) return put_str_long(c, p, s, 32);
            m = (unsigned)__builtin_ctz(m) + 16;
        } else {
            m = (unsigned)__builtin_ctz(m);
        }
        char *o = json_plain_end(s, p.o + 1, m);
        if (o) return (jpos){o, p.end};
    }
#endif
    return put_str_escaped(c, p, s);
}

/* at most 20 bytes, within the slack */
JW_HELPER jpos put_int(jc *c, jpos p, long long v)
{
    (void)c;
    if ((unsigned long long)v < 10) { /* most: counts, precisions, codes */
        *p.o++ = (char)('0' + v);
        return p;
    }
    p.o += json_int_at(p.o, v);
    return p;
}

JW_HELPER jpos put_double(jc *c, jpos p, double v, int decimals)
{
    p = room(c, p, JSON_NUMBER_MAX + JW_SLACK);
    size_t n = json_fixed_at(p.o, v, decimals);
    p.o += n ? n : json_double_at(p.o, v, decimals);
    return p;
}

/* A member after its object's first, as the text of its key with the
 * comma before it and its length: KEY("date") is ",\"date\":", 8.
 * KEY_NULL gives the whole member when null (",\"date\":null", its key
 * the text but the last 4 bytes), KEY_EMPTY when an empty array. */
#define KEY(lit)       ",\"" lit "\":", sizeof(lit) + 3
#define KEY_NULL(lit)  ",\"" lit "\":null", sizeof(lit) + 7
#define KEY_EMPTY(lit) ",\"" lit "\":[]", sizeof(lit) + 5

JW_HELPER jpos str_or_null(jc *c, jpos p, const char *member, size_t n, const char *s)
{
    if (s && *s) return put_str(c, put(c, p, member, n - 4), s);
    return put(c, p, member, n);
}

JW_HELPER jpos int_or_null(jc *c, jpos p, const char *member, size_t n, int32_t v)
{
    if (v == DS_NULL_INT) return put(c, p, member, n);
    return put_int(c, put(c, p, member, n - 4), v);
}

/* A number where 0 stands for null (precisions, codes) */
JW_HELPER jpos nonzero_or_null(jc *c, jpos p, const char *member, size_t n, long long v)
{
    if (!v) return put(c, p, member, n);
    return put_int(c, put(c, p, member, n - 4), v);
}

JW_HELPER jpos bool_value(jc *c, jpos p, bool v)
{
    return v ? put(c, p, TEXT("true")) : put(c, p, TEXT("false"));
}

/* The KEY_EMPTY member of a list of n items: whole when empty, else its
 * key and the '['; *open says whether the caller writes the items (each
 * after the first with a comma) and the ']'. */
JW_HELPER jpos key_arr_begin(jc *c, jpos p, const char *member, size_t n, uint32_t items,
                             bool *open)
{
    *open = items != 0;
    if (!items) return put(c, p, member, n);
    return put(c, p, member, n - 1); /* ",\"key\":[" */
}

JW_HELPER jpos str_array(jc *c, jpos p, const char *member, size_t n, const ds_str_vec *v)
{
    bool open;
    p = key_arr_begin(c, p, member, n, v->n, &open);
    if (!open) return p;
    for (uint32_t i = 0; i < v->n; i++) {
        if (i) p = put_char(c, p, ',');
        p = put_str(c, p, v->v[i]);
    }
    return put_char(c, p, ']');
}

static jpos write_source(jc *c, jpos p, const ds_extraction *x, const ds_source *s)
{
    p = put(c, p, TEXT("{\"document\":"));
    p = put_str(c, p, x->docs.v[s->doc].id);
    p = put(c, p, KEY("start"));
    p = put_int(c, p, s->start);
    p = put(c, p, KEY("end"));
    p = put_int(c, p, s->end);
    p = put(c, p, KEY("text"));
    p = put_str(c, p, s->text);
    bool open;
    p = key_arr_begin(c, p, KEY_EMPTY("citations"), s->ncitations, &open);
    if (open) {
        for (uint32_t i = 0; i < s->ncitations; i++) {
            if (i) p = put_char(c, p, ',');
            p = put_str(c, p, s->citations[i]);
        }
        p = put_char(c, p, ']');
    }
    return put_char(c, p, '}');
}

/* The "sources" member, last of its object: with the object's '}' */
static jpos sources_last(jc *c, jpos p, const ds_extraction *x, const ds_source_vec *v)
{
    if (!v->n) return put(c, p, TEXT(",\"sources\":[]}"));
    p = put(c, p, TEXT(",\"sources\":["));
    for (uint32_t i = 0; i < v->n; i++) {
        if (i) p = put_char(c, p, ',');
        p = write_source(c, p, x, &v->v[i]);
    }
    return put(c, p, TEXT("]}"));
}

/* An event's weapon, claim, denial and attribution members */
static jpos write_claims(jc *c, jpos p, const ds_event *e)
{
    /* most events tell none: then the five members are one text */
    static const char none[] = ",\"weapon\":null,\"claimed\":null,\"claimed_by\":null,"
                               "\"denied_by\":[],\"attributed_to\":null";
    if (!(e->weapon && *e->weapon) && e->claimed < 0 && !(e->claimed_by && *e->claimed_by) &&
        !e->denied_by.n && !(e->attributed_to && *e->attributed_to))
        return put(c, p, none, sizeof none - 1);
    p = str_or_null(c, p, KEY_NULL("weapon"), e->weapon);
    if (e->claimed < 0)
        p = put(c, p, KEY_NULL("claimed"));
    else
        p = bool_value(c, put(c, p, KEY("claimed")), e->claimed == 1);
    p = str_or_null(c, p, KEY_NULL("claimed_by"), e->claimed_by);
    p = str_array(c, p, KEY_EMPTY("denied_by"), &e->denied_by);
    return str_or_null(c, p, KEY_NULL("attributed_to"), e->attributed_to);
}

static jpos write_event(jc *c, jpos p, const ds_extraction *x, const ds_event *e)
{
    p = put(c, p, TEXT("{\"id\":"));
    p = put_str(c, p, e->id);
    p = str_or_null(c, p, KEY_NULL("date"), e->date);
    p = str_or_null(c, p, KEY_NULL("date_end"), e->date_end);
    p = str_or_null(c, p, KEY_NULL("event_type"), e->event_type);
    p = str_or_null(c, p, KEY_NULL("sub_event_type"), e->sub_event_type);
    p = str_or_null(c, p, KEY_NULL("disorder_type"), e->disorder_type);
    p = str_or_null(c, p, KEY_NULL("actor1"), e->actor1);
    p = str_array(c, p, KEY_EMPTY("assoc_actor1"), &e->assoc_actor1);
    p = str_or_null(c, p, KEY_NULL("actor2"), e->actor2);
    p = str_array(c, p, KEY_EMPTY("assoc_actor2"), &e->assoc_actor2);
    p = str_or_null(c, p, KEY_NULL("country"), e->country);
    p = str_or_null(c, p, KEY_NULL("admin1"), e->admin1);
    p = str_or_null(c, p, KEY_NULL("admin2"), e->admin2);
    p = str_or_null(c, p, KEY_NULL("location"), e->location);
    if (e->has_coords) {
        p = put_double(c, put(c, p, KEY("latitude")), e->latitude, 5);
        p = put_double(c, put(c, p, KEY("longitude")), e->longitude, 5);
    } else {
        static const char no_coords[] = ",\"latitude\":null,\"longitude\":null";
        p = put(c, p, no_coords, sizeof no_coords - 1);
    }
    p = nonzero_or_null(c, p, KEY_NULL("geo_precision"), e->geo_precision);
    p = nonzero_or_null(c, p, KEY_NULL("time_precision"), e->time_precision);
    if (e->origin_country[0] || e->origin_location) {
        /* an object whose first member is the null-or-string "country" */
        p = put(c, p, TEXT(",\"origin\":{"));
        if (e->origin_country[0]) {
            p = put(c, p, TEXT("\"country\":"));
            p = put_str(c, p, e->origin_country);
        } else {
            p = put(c, p, TEXT("\"country\":null"));
        }
        p = str_or_null(c, p, KEY_NULL("admin1"), e->origin_admin1);
        p = str_or_null(c, p, KEY_NULL("location"), e->origin_location);
        p = put_char(c, p, '}');
    }
    p = int_or_null(c, p, KEY_NULL("fatalities"), e->fatalities);
    p = int_or_null(c, p, KEY_NULL("injuries"), e->injuries);
    p = int_or_null(c, p, KEY_NULL("attackers"), e->attackers);
    if (e->tolls.n > 1) {
        p = put(c, p, TEXT(",\"fatality_reports\":["));
        for (uint32_t i = 0; i < e->tolls.n; i++) {
            p = refill(c, p); /* (no string in an item) */
            if (i) p = put_char(c, p, ',');
            p = put(c, p, TEXT("{\"fatalities\":"));
            p = put_int(c, p, e->tolls.v[i].fatalities);
            p = put(c, p, KEY("source"));
            p = put_int(c, p, e->tolls.v[i].source);
            p = put_char(c, p, '}');
        }
        p = put_char(c, p, ']');
    }
    p = write_claims(c, p, e);
    p = nonzero_or_null(c, p, KEY_NULL("gtd_attack_type"), e->gtd_attack_type);
    p = str_or_null(c, p, KEY_NULL("cameo"), e->cameo);
    return sources_last(c, p, x, &e->sources);
}

static jpos write_leader(jc *c, jpos p, const ds_extraction *x, const ds_leader *l)
{
    p = put(c, p, TEXT("{\"name\":"));
    p = put_str(c, p, l->name);
    p = str_or_null(c, p, KEY_NULL("role"), l->role);
    p = str_or_null(c, p, KEY_NULL("start"), l->start);
    p = str_or_null(c, p, KEY_NULL("end"), l->end);
    p = str_or_null(c, p, KEY_NULL("status"), l->status);
    return sources_last(c, p, x, &l->sources);
}

static jpos write_affiliation(jc *c, jpos p, const ds_extraction *x, const ds_affiliation *f)
{
    p = put(c, p, TEXT("{\"name\":"));
    p = put_str(c, p, f->name);
    p = str_or_null(c, p, KEY_NULL("relation"), f->relation);
    p = str_or_null(c, p, KEY_NULL("start"), f->start);
    p = str_or_null(c, p, KEY_NULL("end"), f->end);
    p = bool_value(c, put(c, p, KEY("disputed")), f->disputed);
    p = str_or_null(c, p, KEY_NULL("note"), f->note);
    return sources_last(c, p, x, &f->sources);
}

/* A media outlet: a bare name, or {"name","languages","platforms"} when
 * the text gave those */
static jpos write_outlet(jc *c, jpos p, const ds_outlet *o)
{
    if (!o->languages.n && !o->platforms.n) return put_str(c, p, o->name);
    p = put(c, p, TEXT("{\"name\":"));
    p = put_str(c, p, o->name);
    p = str_array(c, p, KEY_EMPTY("languages"), &o->languages);
    p = str_array(c, p, KEY_EMPTY("platforms"), &o->platforms);
    return put_char(c, p, '}');
}

/* An actor's members from founded to opponents */
static jpos write_profile(jc *c, jpos p, const ds_extraction *x, const ds_actor *a)
{
    /* most actors are names the text tells nothing more of: then the
     * eight members are one text */
    static const char none[] = ",\"founded\":null,\"strength\":null,\"headquarters\":null,"
                               "\"areas\":[],\"leaders\":[],\"affiliations\":[],"
                               "\"media_outlets\":[],\"opponents\":[]";
    if (!a->founded[0] && !a->dissolved[0] && !a->has_strength &&
        !(a->headquarters && *a->headquarters) && !a->areas.n && !a->leaders.n &&
        !a->affiliations.n && !a->media_outlets.n && !a->opponents.n)
        return put(c, p, none, sizeof none - 1);
    p = str_or_null(c, p, KEY_NULL("founded"), a->founded);
    /* (an extension of the contract: absent when not known) */
    if (a->dissolved[0]) p = str_or_null(c, p, KEY_NULL("dissolved"), a->dissolved);
    if (a->has_strength) {
        p = put(c, p, TEXT(",\"strength\":{\"min\":"));
        p = put_int(c, p, a->strength_min);
        p = put(c, p, KEY("max"));
        p = put_int(c, p, a->strength_max);
        p = str_or_null(c, p, KEY_NULL("source"), a->strength_source);
        if (a->strength_as_of[0]) p = str_or_null(c, p, KEY_NULL("as_of"), a->strength_as_of);
        p = put_char(c, p, '}');
    } else {
        p = put(c, p, KEY_NULL("strength"));
    }
    p = str_or_null(c, p, KEY_NULL("headquarters"), a->headquarters);
    p = str_array(c, p, KEY_EMPTY("areas"), &a->areas);
    bool open;
    p = key_arr_begin(c, p, KEY_EMPTY("leaders"), a->leaders.n, &open);
    if (open) {
        for (uint32_t i = 0; i < a->leaders.n; i++) {
            if (i) p = put_char(c, p, ',');
            p = write_leader(c, p, x, &a->leaders.v[i]);
        }
        p = put_char(c, p, ']');
    }
    p = key_arr_begin(c, p, KEY_EMPTY("affiliations"), a->affiliations.n, &open);
    if (open) {
        for (uint32_t i = 0; i < a->affiliations.n; i++) {
            if (i) p = put_char(c, p, ',');
            p = write_affiliation(c, p, x, &a->affiliations.v[i]);
        }
        p = put_char(c, p, ']');
    }
    p = key_arr_begin(c, p, KEY_EMPTY("media_outlets"), a->media_outlets.n, &open);
    if (open) {
        for (uint32_t i = 0; i < a->media_outlets.n; i++) {
            if (i) p = put_char(c, p, ',');
            p = write_outlet(c, p, &a->media_outlets.v[i]);
        }
        p = put_char(c, p, ']');
    }
    return str_array(c, p, KEY_EMPTY("opponents"), &a->opponents);
}

static jpos write_actor(jc *c, jpos p, const ds_extraction *x, const ds_actor *a)
{
    p = put(c, p, TEXT("{\"name\":"));
    p = put_str(c, p, a->name);
    p = str_array(c, p, KEY_EMPTY("aliases"), &a->aliases);
    p = str_or_null(c, p, KEY_NULL("type"), a->type);
    p = str_or_null(c, p, KEY_NULL("parent"), a->parent);
    p = str_or_null(c, p, KEY_NULL("country"), a->country);
    p = write_profile(c, p, x, a);
    return sources_last(c, p, x, &a->sources);
}

static jpos write_assessment(jc *c, jpos p, const ds_extraction *x, const ds_assessment *a)
{
    p = put(c, p, TEXT("{\"text\":"));
    p = put_str(c, p, a->text);
    p = put(c, p, KEY("confidence"));
    p = put_str(c, p, a->confidence);
    p = put(c, p, TEXT(",\"probability\":["));
    p = put_double(c, p, a->p_min, 2);
    p = put_char(c, p, ',');
    p = put_double(c, p, a->p_max, 2);
    p = put_char(c, p, ']');
    p = str_or_null(c, p, KEY_NULL("subject"), a->subject);
    p = str_or_null(c, p, KEY_NULL("topic"), a->topic);
    p = put(c, p, KEY("source"));
    p = write_source(c, p, x, &a->source);
    return put_char(c, p, '}');
}

/* x as compact JSON appended to c->b */
static void write_extraction(jc *c, const ds_extraction *x)
{
    jpos p = jc_begin(c);
    p = put(c, p, TEXT("{\"documents\":["));
    for (uint32_t i = 0; i < x->docs.n; i++) {
        const ds_docinfo *d = &x->docs.v[i];
        if (i) p = put_char(c, p, ',');
        p = put(c, p, TEXT("{\"id\":"));
        p = put_str(c, p, d->id);
        p = put(c, p, KEY("path"));
        p = put_str(c, p, d->path);
        p = str_or_null(c, p, KEY_NULL("title"), d->title);
        p = str_or_null(c, p, KEY_NULL("date"), d->date);
        p = put_char(c, p, '}');
    }
    p = put_char(c, p, ']');
    bool open;
    p = key_arr_begin(c, p, KEY_EMPTY("events"), x->events.n, &open);
    if (open) {
        for (uint32_t i = 0; i < x->events.n; i++) {
            if (i) p = put_char(c, p, ',');
            p = write_event(c, p, x, &x->events.v[i]);
        }
        p = put_char(c, p, ']');
    }
    p = key_arr_begin(c, p, KEY_EMPTY("actors"), x->actors.n, &open);
    if (open) {
        for (uint32_t i = 0; i < x->actors.n; i++) {
            if (i) p = put_char(c, p, ',');
            p = write_actor(c, p, x, &x->actors.v[i]);
        }
        p = put_char(c, p, ']');
    }
    p = put(c, p, TEXT(",\"assessments\":["));
    for (uint32_t i = 0; i < x->assessments.n; i++) {
        if (i) p = put_char(c, p, ',');
        p = write_assessment(c, p, x, &x->assessments.v[i]);
    }
    p = put(c, p, TEXT("]}\n"));
    jc_end(c, p);
}

ds_status ds_export_json(buf *out, const ds_extraction *x, bool pretty)
{
    jc c;
    if (!pretty) {
        c.b = out;
        write_extraction(&c, x);
        return out->failed ? DS_ENOMEM : DS_OK;
    }
    buf compact = BUF_INIT;
    buf_reserve(&compact, 4096);
    c.b = &compact;
    write_extraction(&c, x);
    ds_status st = DS_ENOMEM;
    if (!compact.failed) {
        /* the text but its final newline, laid out; then the newline */
        json_pretty(out, compact.data, compact.len - 1);
        buf_putc(out, '\n');
        if (!out->failed) st = DS_OK;
    }
    buf_free(&compact);
    return st;
}
