/* resolve.c - the merge stage: mentions of one happening, within a document
 * and across documents, become one event with all its sources and the most
 * precise value of each field (conflicting death tolls are all kept); then
 * stable ids and a deterministic order. Runs after events.c/profile.c, before
 * export. Merge rules follow ACLED practice: same country, overlapping dates,
 * compatible event type and actors.
 */
#include "ctx.h"
#include "facts.h"
#include "read_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* resolve_actors.c merges the actors; weak so that this file links (and the
 * call is skipped) where that stage is absent. */
#pragma weak ds_resolve_actors

/* An ISO date at any precision as a day number range [lo, hi] (yyyymmdd). */
static bool date_range(const char *d, int32_t *lo, int32_t *hi)
{
    int y = 0, m = 0, day = 0, n;
    if (!d || !d[0]) return false;
#define DIG(c) ((unsigned)(c) - '0' < 10u)
    /* the shapes the extraction writes ("2024", "2024-03", "2024-03-07"),
     * read as sscanf reads them (its widths take exactly these digits);
     * anything else goes to sscanf */
    if (DIG(d[0]) && DIG(d[1]) && DIG(d[2]) && DIG(d[3]) && (!d[4] || d[4] == '-')) {
        y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        if (!d[4]) {
            n = 1;
        } else if (DIG(d[5]) && DIG(d[6]) && !d[7]) {
            m = (d[5] - '0') * 10 + (d[6] - '0'), n = 2;
        } else if (DIG(d[5]) && DIG(d[6]) && d[7] == '-' && DIG(d[8]) && DIG(d[9])) {
            m = (d[5] - '0') * 10 + (d[6] - '0'), day = (d[8] - '0') * 10 + (d[9] - '0'), n = 3;
        } else {
            n = sscanf(d, "%4d-%2d-%2d", &y, &m, &day);
        }
    } else {
        n = sscanf(d, "%4d-%2d-%2d", &y, &m, &day);
    }
#undef DIG
    if (n < 1 || y <= 0) return false;
    if (n == 1) {
        *lo = y * 10000 + 101;
        *hi = y * 10000 + 1231;
    } else if (n == 2) {
        *lo = y * 10000 + m * 100 + 1;
        *hi = y * 10000 + m * 100 + 31;
    } else {
        *lo = *hi = y * 10000 + m * 100 + day;
    }
    return true;
}

static bool event_range(const ds_event *e, int32_t *lo, int32_t *hi)
{
    if (!date_range(e->date, lo, hi)) return false;
    int32_t a, b;
    if (date_range(e->date_end, &a, &b) && b > *hi) *hi = b;
    return true;
}

static int precision(const char *d)
{
    size_t n = d ? strlen(d) : 0;
    return n >= 10 ? 3 : n >= 7 ? 2 : n >= 4 ? 1 : 0;
}

static bool violent(const char *type)
{
    return type && (!strcmp(type, "Battles") || !strcmp(type, "Explosions/Remote violence") ||
                    !strcmp(type, "Violence against civilians"));
}

static bool same_name(const char *a, const char *b)
{
    return ds_facts_same_name(a, strlen(a), b, strlen(b));
}

/* Violence against civilians by someone other than a state's forces. */
static bool civilians_hit_by_group(const ds_event *e)
{
    return e->event_type && !strcmp(e->event_type, "Violence against civilians") &&
           !ds_facts_state_force(e->actor1);
}

static bool share_source(const ds_event *a, const ds_event *b)
{
    for (uint32_t i = 0; i < a->sources.n; i++)
        for (uint32_t j = 0; j < b->sources.n; j++)
            if (a->sources.v[i].doc == b->sources.v[j].doc &&
                a->sources.v[i].start == b->sources.v[j].start)
                return true;
    return false;
}

/* Two events are one happening when they happened in the same country on
 * overlapping dates, are of compatible types (the same, or both political
 * violence), name no different perpetrators or places, and were not told
 * apart in one sentence. */
static bool compatible(const ds_event *a, const ds_event *b)
{
    int32_t alo, ahi, blo, bhi;
    if (!a->country[0] || strcmp(a->country, b->country) != 0) return false;
    if ((a->apart || b->apart) && a->sources.n && b->sources.n &&
        a->sources.v[0].doc == b->sources.v[0].doc)
        return false; /* "a second explosion hit a hospital": another one */
    if (!event_range(a, &alo, &ahi) || !event_range(b, &blo, &bhi)) return false;
    if (alo > bhi || blo > ahi) return false;
    /* a year is too coarse to say that a dated happening is the same one,
     * and a multi-week span is a campaign, not one of its attacks */
    int pa = precision(a->date), pb = precision(b->date);
    if (pa - pb >= 2 || pb - pa >= 2) return false;
    bool span_a = a->date_end[0] && ahi - alo > 31, span_b = b->date_end[0] && bhi - blo > 31;
    if (span_a != span_b) return false;
    if (!a->event_type || !b->event_type) return false;
    if (strcmp(a->event_type, b->event_type) != 0 &&
        !(violent(a->event_type) && violent(b->event_type)))
        return false;
    /* "terrorists attacked the village, killing 7 civilians" and "the army
     * conducted a clearing operation and neutralised 11": the state's
     * response to a group's attack on civilians is another happening */
    if ((civilians_hit_by_group(a) && ds_facts_state_force(b->actor1)) ||
        (civilians_hit_by_group(b) && ds_facts_state_force(a->actor1)))
        return false;
    /* "SNA fighters attacked SDF positions near Manbij" and "four SNA
     * fighters were killed in clashes with the SDF near Manbij": one fight
     * told from either side (not an air strike in reply to an attack) */
    bool mirrored = !strcmp(a->event_type, b->event_type) && a->actor1 && b->actor1 && a->actor2 &&
                    b->actor2 && same_name(a->actor1, b->actor2) && same_name(a->actor2, b->actor1);
    if (!ds_facts_unnamed(a->actor1) && !ds_facts_unnamed(b->actor1) &&
        !same_name(a->actor1, b->actor1) && !mirrored) {
        bool assoc = false;
        for (uint32_t i = 0; i < b->assoc_actor1.n; i++)
            assoc = assoc || same_name(a->actor1, b->assoc_actor1.v[i]);
        for (uint32_t i = 0; i < a->assoc_actor1.n; i++)
            assoc = assoc || same_name(b->actor1, a->assoc_actor1.v[i]);
        if (!assoc) return false;
    }
    if (a->admin1 && b->admin1 && !same_name(a->admin1, b->admin1)) return false;
    if (a->location && b->location && !same_name(a->location, b->location)) {
        /* spelt differently ("Termez", "Termiz") but the same spot */
        double dlat = a->latitude - b->latitude, dlon = a->longitude - b->longitude;
        if (!a->has_coords || !b->has_coords || dlat > 0.05 || dlat < -0.05 || dlon > 0.05 ||
            dlon < -0.05)
            return false;
    }
    /* two day-precise events of one document on the same day in one
     * country but different sentences are kept apart only when their
     * places differ (checked above) */
    if (share_source(a, b)) return false;
    return true;
}

static bool str_vec_add(ds_extraction *x, ds_str_vec *v, const char *s)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (same_name(v->v[i], s)) return true;
    const char **slot = ds_vec_push(x->arena, v);
    if (!slot) return false;
    *slot = s;
    return true;
}

static int place_rank(const ds_event *e)
{
    return e->location ? (e->geo_precision == 1 ? 4 : 3) : e->admin1 ? 2 : e->country[0] ? 1 : 0;
}

/* Folds b into a (a keeps its identity). */
static bool merge(ds_extraction *x, ds_event *a, const ds_event *b)
{
    /* the more precisely dated mention is the better informed one (a day
     * beats a span of days: "this week" in a summary, then "On 18
     * February, a missile struck a camp") */
    bool b_primary =
        precision(b->date) > precision(a->date) ||
        (precision(b->date) == precision(a->date) && a->date_end[0] && !b->date_end[0]);
    if (b_primary && b->fatalities != DS_NULL_INT) a->fatalities = b->fatalities;
    if (b_primary) {
        memcpy(a->date, b->date, sizeof a->date);
        memcpy(a->date_end, b->date_end, sizeof a->date_end);
        a->time_precision = b->time_precision;
    }
    if (place_rank(b) > place_rank(a)) {
        a->admin1 = b->admin1, a->admin2 = b->admin2, a->location = b->location;
        a->latitude = b->latitude, a->longitude = b->longitude, a->has_coords = b->has_coords;
        a->geo_precision = b->geo_precision;
    }
    if (!a->origin_country[0] && b->origin_country[0]) {
        memcpy(a->origin_country, b->origin_country, sizeof a->origin_country);
        a->origin_admin1 = b->origin_admin1, a->origin_location = b->origin_location;
    }
    bool generic_a = a->event_type && (!strcmp(a->event_type, "Battles") ||
                                       !strcmp(a->event_type, "Violence against civilians"));
    if ((!a->sub_event_type && b->sub_event_type) ||
        (generic_a && b->event_type && !strcmp(b->event_type, "Explosions/Remote violence"))) {
        a->event_type = b->event_type, a->sub_event_type = b->sub_event_type;
        a->disorder_type = b->disorder_type;
        a->gtd_attack_type = b->gtd_attack_type;
        a->cameo = b->cameo;
    }
    if (!a->gtd_attack_type) a->gtd_attack_type = b->gtd_attack_type;
    if (!a->cameo) a->cameo = b->cameo;
    if (ds_facts_unnamed(a->actor1) && !ds_facts_unnamed(b->actor1)) a->actor1 = b->actor1;
    for (uint32_t i = 0; i < b->assoc_actor1.n; i++)
        if (!a->actor1 || !same_name(a->actor1, b->assoc_actor1.v[i]))
            if (!str_vec_add(x, &a->assoc_actor1, b->assoc_actor1.v[i])) return false;
    if (!a->actor2 && b->actor2 && (!a->actor1 || !same_name(a->actor1, b->actor2)))
        a->actor2 = b->actor2; /* the two sides are never one actor */
    if (a->fatalities == DS_NULL_INT) a->fatalities = b->fatalities;
    /* a headline's "two killed" says nothing of the wounded the body counts */
    if (a->injuries == DS_NULL_INT || (a->injuries == 0 && b->injuries != DS_NULL_INT))
        a->injuries = b->injuries;
    if (a->attackers == DS_NULL_INT) a->attackers = b->attackers;
    for (uint32_t i = 0; i < b->tolls.n; i++) {
        ds_toll *t = ds_vec_push(x->arena, &a->tolls);
        if (!t) return false;
        t->fatalities = b->tolls.v[i].fatalities;
        t->source = a->sources.n + b->tolls.v[i].source;
    }
    if (!a->weapon) a->weapon = b->weapon;
    if (!a->actor1_default) a->actor1_default = b->actor1_default;
    if (!a->unknown_town) a->unknown_town = b->unknown_town;
    if (b->claimed > a->claimed) a->claimed = b->claimed;
    if (!a->claimed_by) a->claimed_by = b->claimed_by;
    if (!a->attributed_to) a->attributed_to = b->attributed_to;
    for (uint32_t i = 0; i < b->denied_by.n; i++)
        if (!str_vec_add(x, &a->denied_by, b->denied_by.v[i])) return false;
    for (uint32_t i = 0; i < b->sources.n; i++) {
        bool dup = false;
        for (uint32_t j = 0; j < a->sources.n && !dup; j++)
            dup = a->sources.v[j].doc == b->sources.v[i].doc &&
                  a->sources.v[j].start == b->sources.v[i].start;
        if (dup) continue;
        ds_source *s = ds_vec_push(x->arena, &a->sources);
        if (!s) return false;
        *s = b->sources.v[i];
    }
    return true;
}

static int cmp_for_merge(const void *pa, const void *pb)
{
    const ds_event *a = pa, *b = pb;
    int c = strcmp(a->country, b->country);
    if (c) return c;
    int32_t alo = 0, ahi = 0, blo = 0, bhi = 0;
    bool ha = event_range(a, &alo, &ahi), hb = event_range(b, &blo, &bhi);
    if (ha != hb) return ha ? -1 : 1;
    if (alo != blo) return alo < blo ? -1 : 1;
    /* the more precise mention first: it becomes the merged event */
    return precision(b->date) - precision(a->date);
}

/* FNV-1a over s and a '|'. Four bytes a step: the loop's own work is
 * then shared by four of them (every id of every event hashes ~100). */
static void str_or_empty(uint64_t *h, const char *s)
{
    const uint64_t prime = 1099511628211ull;
    uint64_t v = *h;
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (;; p += 4) {
        if (!p[0]) break;
        v = (v ^ p[0]) * prime;
        if (!p[1]) break;
        v = (v ^ p[1]) * prime;
        if (!p[2]) break;
        v = (v ^ p[2]) * prime;
        if (!p[3]) break;
        v = (v ^ p[3]) * prime;
    }
    *h = (v ^ '|') * prime;
}

/* Stable id: a hash of the canonical content (date, place, type, actor,
 * first source), independent of the run and of other events. Not inlined:
 * in ds_resolve the compiler gave the hash's byte loops a register move a
 * byte more as soon as anything around them changed. */
static __attribute__((noinline)) void make_id(ds_event *e, const ds_extraction *x)
{
    uint64_t h = 1469598103934665603ull;
    str_or_empty(&h, e->date);
    str_or_empty(&h, e->country);
    str_or_empty(&h, e->admin1);
    str_or_empty(&h, e->location);
    str_or_empty(&h, e->event_type);
    str_or_empty(&h, e->sub_event_type);
    str_or_empty(&h, e->actor1);
    if (e->sources.n) {
        /* the start's decimal digits, as "%u" writes them (no snprintf:
         * this runs for every event) */
        char buf[16], *d = buf + sizeof buf;
        uint32_t start = e->sources.v[0].start;
        *--d = '\0';
        do {
            *--d = (char)('0' + start % 10);
            start /= 10;
        } while (start);
        str_or_empty(&h, x->docs.v[e->sources.v[0].doc].path);
        str_or_empty(&h, d);
    }
    /* "ev-%016llx" */
    _Static_assert(sizeof e->id >= 20, "an event id holds ev- and 16 hex digits");
    memcpy(e->id, "ev-", 3);
#ifdef DS_SWAR
    /* 8 digits a step: each nibble spread to a byte of its own, the bytes
     * reversed (memory order is the digits' order), and '0' or 'a' - 10
     * added to each as its nibble is below 10 or not */
    for (int half = 0; half < 2; half++) {
        uint64_t v = half ? (uint32_t)h : h >> 32;
        v = (v | v << 16) & 0x0000FFFF0000FFFFull;
        v = (v | v << 8) & 0x00FF00FF00FF00FFull;
        v = (v | v << 4) & 0x0F0F0F0F0F0F0F0Full; /* nibble k in byte k */
        v = __builtin_bswap64(v);
        uint64_t letter = (v + 0x0606060606060606ull) >> 4 & DS_ONES; /* 1 in a byte of 10..15 */
        v += 0x3030303030303030ull + letter * ('a' - '0' - 10);
        memcpy(e->id + 3 + 8 * half, &v, 8);
    }
#else
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) e->id[3 + i] = hex[h >> (60 - 4 * i) & 15];
#endif
    e->id[19] = '\0';
}

static int cmp_output(const void *pa, const void *pb)
{
    const ds_event *a = pa, *b = pb;
    int c = strcmp(a->date, b->date);
    if (c) return c;
    if ((c = strcmp(a->country, b->country))) return c;
    return strcmp(a->id, b->id);
}

ds_status ds_resolve(ds_extraction *x, ds_ctx *ctx)
{
    ds_status st;
    uint32_t n = x->events.n;
    if (n > 1) {
        qsort(x->events.v, n, sizeof *x->events.v, cmp_for_merge);
        bool *gone = calloc(n, sizeof *gone);
        if (!gone) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        for (uint32_t i = 0; i < n; i++) {
            if (gone[i]) continue;
            ds_event *a = &x->events.v[i];
            int32_t alo, ahi;
            if (!event_range(a, &alo, &ahi)) continue;
            for (uint32_t j = i + 1; j < n; j++) {
                ds_event *b = &x->events.v[j];
                if (strcmp(a->country, b->country) != 0) break;
                int32_t blo, bhi;
                if (!event_range(b, &blo, &bhi) || blo > ahi) break;
                if (gone[j] || !compatible(a, b)) continue;
                if (!merge(x, a, b)) {
                    free(gone);
                    return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                }
                gone[j] = true;
                event_range(a, &alo, &ahi);
            }
        }
        uint32_t w = 0;
        for (uint32_t i = 0; i < n; i++)
            if (!gone[i]) x->events.v[w++] = x->events.v[i];
        x->events.n = w;
        free(gone);
    }
    for (uint32_t i = 0; i < x->events.n; i++) {
        ds_event *e = &x->events.v[i];
        if (!e->actor1 && e->actor1_default) e->actor1 = e->actor1_default;
        /* "beheaded 10 civilians in Mazeze, according to ...": a happening
         * no mention placed at a town is at the village a mention names that
         * the gazetteer lacks (its divisions and country as the text gives
         * them); after merging, so that the name keeps no mentions apart */
        if (!e->location && e->unknown_town) {
            e->location = e->unknown_town;
            e->geo_precision = 1;
        }
        make_id(e, x);
    }
    if (x->events.n > 1) qsort(x->events.v, x->events.n, sizeof *x->events.v, cmp_output);
    for (uint32_t i = 1; i < x->events.n; i++)
        if (strncmp(x->events.v[i].id, x->events.v[i - 1].id, 19) == 0)
            snprintf(x->events.v[i].id + 19, sizeof x->events.v[i].id - 19, "-%u", i);
    if (ds_resolve_actors && (st = ds_resolve_actors(x, ctx)) != DS_OK) return st;
    return DS_OK;
}
