/* resolve_actors.c - one entry per actor in x->actors: ds_facts_actor()
 * finds or creates the entry of an annotated actor (lexicon or
 * document-learnt) while documents are extracted, and ds_resolve_actors()
 * merges what still shares a name or alias after all documents are in, then
 * sorts. Part of the resolve stage; actor fields follow eval/CONTRACT.md.
 */
#include "ctx.h"
#include "facts.h"
#include "fold.h"
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

enum { KEY_MAX = 256 };

/* The matching key of a name: folded, only letters and digits kept (any
 * non-ASCII byte counts as a letter), a leading "the " dropped. So
 * "Islamic State – Khorasan Province" = "Islamic State-Khorasan Province"
 * and "IS-KP" = "ISKP". Returns the key length (0: nothing usable). */
static size_t key_of(char out[KEY_MAX], const char *s, size_t n, bool keep_dash)
{
    char folded[KEY_MAX * 2];
    size_t fl = ds_fold(folded, sizeof folded, s, n);
    if (fl == (size_t)-1) {
        /* too long to be a name: key its prefix */
        fl = ds_fold(folded, sizeof folded, s, n > KEY_MAX ? KEY_MAX : n);
        if (fl == (size_t)-1) return 0;
    }
    size_t i = 0, k = 0;
    while (i < fl && folded[i] == ' ') i++;
    if (fl - i > 4 && memcmp(folded + i, "the ", 4) == 0) i += 4;
    for (; i < fl && k < KEY_MAX - 1; i++) {
        unsigned char c = (unsigned char)folded[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
            (keep_dash && c == '-'))
            out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

static size_t name_key(char out[KEY_MAX], const char *s, size_t n)
{
    return key_of(out, s, n, false);
}

/* Two spellings an alias list keeps apart although they match: "IS-KP" and
 * "ISKP" are both written by sources (and scored) as distinct aliases. */
static bool same_spelling(const char *a, size_t an, const char *b, size_t bn)
{
    char ka[KEY_MAX], kb[KEY_MAX];
    size_t la = key_of(ka, a, an, true), lb = key_of(kb, b, bn, true);
    return la == lb && memcmp(ka, kb, la) == 0;
}

/* "NRF", "IS-KP", "ISIS-K": an acronym is weak evidence that two entries
 * are one actor (Northern Ridge Front vs National Resistance Front), so
 * entries are never joined through one alone. */
static bool is_acronym(const char *s)
{
    size_t n = 0, upper = 0;
    for (; s[n]; n++) {
        unsigned char c = (unsigned char)s[n];
        if (c >= 'A' && c <= 'Z')
            upper++;
        else if (!(c == '-' || (c >= '0' && c <= '9') || c >= 0x80))
            return false;
        if (n > 10) return false;
    }
    return upper >= 2;
}

bool ds_facts_same_name(const char *a, size_t an, const char *b, size_t bn)
{
    char ka[KEY_MAX], kb[KEY_MAX];
    size_t la = name_key(ka, a, an), lb = name_key(kb, b, bn);
    return la && la == lb && memcmp(ka, kb, la) == 0;
}

const char *ds_actor_type_name(ds_actor_type t)
{
    static const char *names[] = {"armed_group", "state_force",   "government",
                                  "party",       "international", "media",
                                  "civilians",   "protesters",    "other"};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : NULL;
}

/* ---- the name index: key -> actor, open addressing, in x->arena ---------- */

typedef struct index_slot {
    uint64_t hash; /* 0 = empty */
    const char *key;
    uint32_t len;
    uint32_t actor;
} index_slot;

struct ds_actor_index {
    index_slot *slots;
    uint32_t cap, used;
    uint32_t nactors;     /* x->actors.n when last in step */
    const ds_actor *base; /* x->actors.v when last in step */
};

static uint64_t key_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    return h ? h : 1;
}

static bool index_find(const struct ds_actor_index *ix, const char *k, size_t n, uint32_t *actor)
{
    if (!ix->cap) return false;
    uint64_t h = key_hash(k, n);
    for (uint32_t i = (uint32_t)h & (ix->cap - 1);; i = (i + 1) & (ix->cap - 1)) {
        const index_slot *s = &ix->slots[i];
        if (!s->hash) return false;
        if (s->hash == h && s->len == n && memcmp(s->key, k, n) == 0) {
            *actor = s->actor;
            return true;
        }
    }
}

static bool index_grow(ds_extraction *x, struct ds_actor_index *ix)
{
    uint32_t cap = ix->cap ? ix->cap * 2 : 64;
    index_slot *slots = ds_arena_alloc(x->arena, cap * sizeof *slots);
    if (!slots) return false;
    for (uint32_t i = 0; i < ix->cap; i++) {
        const index_slot *s = &ix->slots[i];
        if (!s->hash) continue;
        uint32_t j = (uint32_t)s->hash & (cap - 1);
        while (slots[j].hash) j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    ix->slots = slots;
    ix->cap = cap;
    return true;
}

/* Maps key k to actor unless k is already taken (first come keeps it). */
static bool index_put(ds_extraction *x, struct ds_actor_index *ix, const char *k, size_t n,
                      uint32_t actor)
{
    uint32_t have;
    if (index_find(ix, k, n, &have)) return true;
    if ((ix->used + 1) * 4 >= ix->cap * 3 && !index_grow(x, ix)) return false;
    uint64_t h = key_hash(k, n);
    uint32_t i = (uint32_t)h & (ix->cap - 1);
    while (ix->slots[i].hash) i = (i + 1) & (ix->cap - 1);
    const char *copy = ds_arena_strndup(x->arena, k, n);
    if (!copy) return false;
    ix->slots[i] = (index_slot){h, copy, (uint32_t)n, actor};
    ix->used++;
    return true;
}

static bool index_put_name(ds_extraction *x, struct ds_actor_index *ix, const char *name,
                           uint32_t actor)
{
    char k[KEY_MAX];
    size_t n = name ? name_key(k, name, strlen(name)) : 0;
    return n ? index_put(x, ix, k, n, actor) : true;
}

/* The index, rebuilt from x->actors when someone changed the vector behind
 * its back (merge, sort, direct push). NULL when memory ran out. */
static struct ds_actor_index *actor_index(ds_extraction *x)
{
    struct ds_actor_index *ix = x->actor_index;
    if (ix && ix->nactors == x->actors.n && ix->base == x->actors.v) return ix;
    if (!ix && !(ix = x->actor_index = ds_arena_alloc(x->arena, sizeof *ix))) return NULL;
    *ix = (struct ds_actor_index){0};
    for (uint32_t a = 0; a < x->actors.n; a++) {
        const ds_actor *act = &x->actors.v[a];
        if (!index_put_name(x, ix, act->name, a)) return NULL;
        for (uint32_t i = 0; i < act->aliases.n; i++)
            if (!index_put_name(x, ix, act->aliases.v[i], a)) return NULL;
    }
    ix->nactors = x->actors.n;
    ix->base = x->actors.v;
    return ix;
}

static void index_sync(ds_extraction *x)
{
    struct ds_actor_index *ix = x->actor_index;
    if (ix) ix->nactors = x->actors.n, ix->base = x->actors.v;
}

static bool lookup(ds_extraction *x, struct ds_actor_index *ix, const char *name, size_t n,
                   uint32_t *actor)
{
    char k[KEY_MAX];
    size_t kn = name_key(k, name, n);
    (void)x;
    return kn && index_find(ix, k, kn, actor);
}

static ds_actor *new_actor(ds_extraction *x, struct ds_actor_index *ix, const char *name, size_t n)
{
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    if (!a) return NULL;
    a->name = ds_facts_strn(x, name, n);
    if (!a->name) return NULL;
    index_sync(x);
    if (!index_put_name(x, ix, a->name, x->actors.n - 1)) return NULL;
    return a;
}

bool ds_facts_actor_alias(ds_extraction *x, ds_actor *a, const char *alias, size_t len)
{
    struct ds_actor_index *ix = actor_index(x);
    if (!ix) return false;
    char k[KEY_MAX];
    size_t kn = name_key(k, alias, len);
    uint32_t have, self = (uint32_t)(a - x->actors.v);
    if (!kn || (index_find(ix, k, kn, &have) && have != self)) return true;
    if (same_spelling(a->name, strlen(a->name), alias, len)) return true;
    for (uint32_t i = 0; i < a->aliases.n; i++)
        if (same_spelling(a->aliases.v[i], strlen(a->aliases.v[i]), alias, len)) return true;
    const char **slot = ds_vec_push(x->arena, &a->aliases);
    if (!slot || !(*slot = ds_facts_strn(x, alias, len))) return false;
    return index_put(x, ix, k, kn, (uint32_t)(a - x->actors.v));
}

ds_actor *ds_facts_actor_find(ds_extraction *x, const char *name, size_t len)
{
    struct ds_actor_index *ix = actor_index(x);
    uint32_t have;
    return ix && name && lookup(x, ix, name, len, &have) ? &x->actors.v[have] : NULL;
}

ds_actor *ds_facts_actor_named(ds_extraction *x, const char *name, size_t len, const char *type)
{
    struct ds_actor_index *ix = actor_index(x);
    if (!ix || !name) return NULL;
    uint32_t have;
    if (lookup(x, ix, name, len, &have)) return &x->actors.v[have];
    ds_actor *a = new_actor(x, ix, name, len);
    if (a) a->type = type;
    return a;
}

ds_actor *ds_facts_actor(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t actor_id)
{
    const ds_lexicon *lex = ctx && ctx->shared ? ctx->shared->lexicon : NULL;
    const ds_doc_actor *da = NULL;
    const ds_lex_actor *le = NULL;
    if (actor_id & DS_DOC_ACTOR) {
        uint32_t i = actor_id & ~DS_DOC_ACTOR;
        if (!doc || i >= doc->doc_actors.n) return NULL;
        da = &doc->doc_actors.v[i];
        if (da->lexicon != DS_NONE && lex) le = ds_lexicon_get(lex, da->lexicon);
    } else if (lex) {
        le = ds_lexicon_get(lex, actor_id);
    }
    if (!da && !le) return NULL;
    const char *name = le ? le->name : da->name;
    if (!name) return NULL;

    struct ds_actor_index *ix = actor_index(x);
    if (!ix) return NULL;
    /* an existing entry under any of the names, else a new one; a lexicon
     * entry takes over another's entry by an alias only when that one is
     * document-learnt (two lexicon entries may share a loose alias) */
    uint32_t have = DS_NONE, found;
    if (lookup(x, ix, name, strlen(name), &found)) have = found;
    for (uint32_t i = 0; le && have == DS_NONE && i < le->naliases; i++)
        if (!is_acronym(le->aliases[i]) &&
            lookup(x, ix, le->aliases[i], strlen(le->aliases[i]), &found) &&
            !x->actors.v[found].in_lexicon)
            have = found;
    if (have == DS_NONE && da && !le) {
        if (lookup(x, ix, da->name, strlen(da->name), &found)) have = found;
        for (uint32_t i = 0; i < da->naliases && have == DS_NONE; i++)
            if (!is_acronym(da->aliases[i]) &&
                lookup(x, ix, da->aliases[i], strlen(da->aliases[i]), &found))
                have = found;
    }
    if (have != DS_NONE && le && x->actors.v[have].in_lexicon &&
        strcmp(x->actors.v[have].name, le->name) != 0)
        have = DS_NONE; /* another lexicon entry under the same spelling: keep apart */
    ds_actor *a = have != DS_NONE ? &x->actors.v[have] : new_actor(x, ix, name, strlen(name));
    if (!a) return NULL;
    if (le && !a->in_lexicon) {
        /* a document-learnt entry meets its lexicon entry: the canonical name wins */
        if (strcmp(a->name, le->name) != 0) {
            const char *old = a->name;
            a->name = ds_facts_str(x, le->name);
            if (!a->name || !ds_facts_actor_alias(x, a, old, strlen(old))) return NULL;
            if (!index_put_name(x, ix, a->name, (uint32_t)(a - x->actors.v))) return NULL;
        }
        a->in_lexicon = true;
        a->type = ds_actor_type_name(le->type);
        if (le->iso3[0] && !a->country[0]) memcpy(a->country, le->iso3, sizeof a->country);
        if (le->parent != DS_NONE && !a->parent) {
            const ds_lex_actor *p = ds_lexicon_get(lex, le->parent);
            if (p) a->parent = ds_facts_str(x, p->name);
        }
    }
    if (!a->type) a->type = ds_actor_type_name(le ? le->type : da->type);
    if (le)
        for (uint32_t i = 0; i < le->naliases; i++)
            if (!ds_facts_actor_alias(x, a, le->aliases[i], strlen(le->aliases[i]))) return NULL;
    if (da) {
        if (!ds_facts_actor_alias(x, a, da->name, strlen(da->name))) return NULL;
        for (uint32_t i = 0; i < da->naliases; i++)
            if (!ds_facts_actor_alias(x, a, da->aliases[i], strlen(da->aliases[i]))) return NULL;
    }
    return a;
}

/* ---- the merge ------------------------------------------------------------ */

static uint32_t uf_find(uint32_t *up, uint32_t i)
{
    while (up[i] != i) i = up[i] = up[up[i]];
    return i;
}

static bool str_vec_add(ds_extraction *x, ds_str_vec *v, const char *s)
{
    if (!s) return true;
    for (uint32_t i = 0; i < v->n; i++)
        if (ds_facts_same_name(v->v[i], strlen(v->v[i]), s, strlen(s))) return true;
    const char **slot = ds_vec_push(x->arena, v);
    return slot && (*slot = s);
}

static bool sources_add(ds_extraction *x, ds_source_vec *to, const ds_source_vec *from)
{
    for (uint32_t i = 0; i < from->n; i++) {
        bool dup = false;
        for (uint32_t j = 0; j < to->n && !dup; j++)
            dup = to->v[j].doc == from->v[i].doc && to->v[j].start == from->v[i].start;
        if (dup) continue;
        ds_source *s = ds_vec_push(x->arena, to);
        if (!s) return false;
        *s = from->v[i];
    }
    return true;
}

/* Copies a date field unless the target has one at least as precise. */
static void take_date(char to[11], const char from[11])
{
    if (from[0] && strlen(from) > strlen(to)) memcpy(to, from, 11);
}

static bool merge_leader(ds_extraction *x, ds_actor *to, const ds_leader *l)
{
    for (uint32_t i = 0; i < to->leaders.n; i++) {
        ds_leader *t = &to->leaders.v[i];
        if (!ds_facts_same_name(t->name, strlen(t->name), l->name, strlen(l->name))) continue;
        if (!t->role || (l->role && strcmp(t->role, "leader") == 0)) t->role = l->role;
        take_date(t->start, l->start);
        take_date(t->end, l->end);
        t->open_end |= l->open_end;
        if (!t->status) t->status = l->status;
        return sources_add(x, &t->sources, &l->sources);
    }
    ds_leader *n = ds_vec_push(x->arena, &to->leaders);
    if (!n) return false;
    *n = *l;
    return true;
}

static bool merge_affiliation(ds_extraction *x, ds_actor *to, const ds_affiliation *f)
{
    for (uint32_t i = 0; i < to->affiliations.n; i++) {
        ds_affiliation *t = &to->affiliations.v[i];
        if (!ds_facts_same_name(t->name, strlen(t->name), f->name, strlen(f->name))) continue;
        if (!t->relation) t->relation = f->relation;
        take_date(t->start, f->start);
        take_date(t->end, f->end);
        t->disputed |= f->disputed;
        if (!t->note) t->note = f->note;
        return sources_add(x, &t->sources, &f->sources);
    }
    ds_affiliation *n = ds_vec_push(x->arena, &to->affiliations);
    if (!n) return false;
    *n = *f;
    return true;
}

static bool merge_outlet(ds_extraction *x, ds_actor *to, const ds_outlet *o)
{
    for (uint32_t i = 0; i < to->media_outlets.n; i++) {
        ds_outlet *t = &to->media_outlets.v[i];
        if (!ds_facts_same_name(t->name, strlen(t->name), o->name, strlen(o->name))) continue;
        for (uint32_t k = 0; k < o->languages.n; k++)
            if (!str_vec_add(x, &t->languages, o->languages.v[k])) return false;
        for (uint32_t k = 0; k < o->platforms.n; k++)
            if (!str_vec_add(x, &t->platforms, o->platforms.v[k])) return false;
        return true;
    }
    ds_outlet *n = ds_vec_push(x->arena, &to->media_outlets);
    if (!n) return false;
    *n = *o;
    return true;
}

/* Folds actor `from` into `to` (from is left as it was; the caller drops it). */
static bool merge_actor(ds_extraction *x, ds_actor *to, const ds_actor *from)
{
    if (from->in_lexicon && !to->in_lexicon) {
        /* the lexicon's canonical name wins */
        const char *old = to->name;
        to->name = from->name;
        to->type = from->type;
        to->in_lexicon = true;
        if (!str_vec_add(x, &to->aliases, old)) return false;
    } else if (!str_vec_add(x, &to->aliases, from->name)) {
        return false;
    }
    for (uint32_t i = 0; i < from->aliases.n; i++)
        if (!ds_facts_same_name(to->name, strlen(to->name), from->aliases.v[i],
                                strlen(from->aliases.v[i])) &&
            !str_vec_add(x, &to->aliases, from->aliases.v[i]))
            return false;
    if (!to->type) to->type = from->type;
    if (!to->parent) to->parent = from->parent;
    if (!to->country[0]) memcpy(to->country, from->country, sizeof to->country);
    take_date(to->founded, from->founded);
    if (!to->has_strength && from->has_strength) {
        to->has_strength = true;
        to->strength_min = from->strength_min;
        to->strength_max = from->strength_max;
        to->strength_source = from->strength_source;
    }
    if (!to->headquarters) to->headquarters = from->headquarters;
    for (uint32_t i = 0; i < from->areas.n; i++)
        if (!str_vec_add(x, &to->areas, from->areas.v[i])) return false;
    for (uint32_t i = 0; i < from->opponents.n; i++)
        if (!str_vec_add(x, &to->opponents, from->opponents.v[i])) return false;
    for (uint32_t i = 0; i < from->leaders.n; i++)
        if (!merge_leader(x, to, &from->leaders.v[i])) return false;
    for (uint32_t i = 0; i < from->affiliations.n; i++)
        if (!merge_affiliation(x, to, &from->affiliations.v[i])) return false;
    for (uint32_t i = 0; i < from->media_outlets.n; i++)
        if (!merge_outlet(x, to, &from->media_outlets.v[i])) return false;
    return sources_add(x, &to->sources, &from->sources);
}

static int cmp_actor(const void *pa, const void *pb)
{
    const ds_actor *a = pa, *b = pb;
    int c = strcmp(a->name, b->name);
    if (c) return c;
    /* equal names that did not merge (empty keys): keep a total order */
    return (a->aliases.n > b->aliases.n) - (a->aliases.n < b->aliases.n);
}

ds_status ds_resolve_actors(ds_extraction *x, ds_ctx *ctx)
{
    uint32_t n = x->actors.n;
    if (!n) return DS_OK;
    uint32_t *up = ds_arena_alloc(x->arena, n * sizeof *up);
    if (!up) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    for (uint32_t i = 0; i < n; i++) up[i] = i;

    /* union the actors that share any key, through a fresh index of keys */
    struct ds_actor_index fresh = {0};
    for (uint32_t a = 0; a < n; a++) {
        const ds_actor *act = &x->actors.v[a];
        for (uint32_t i = 0; i <= act->aliases.n; i++) {
            const char *nm = i ? act->aliases.v[i - 1] : act->name;
            char k[KEY_MAX];
            size_t kn = nm ? name_key(k, nm, strlen(nm)) : 0;
            uint32_t other;
            if (!kn) continue;
            if (index_find(&fresh, k, kn, &other)) {
                if (is_acronym(nm) || (i == 0 && is_acronym(x->actors.v[other].name)))
                    continue; /* an acronym alone does not make two entries one */
                /* two lexicon entries are two actors, whatever alias they share */
                if (act->in_lexicon && x->actors.v[other].in_lexicon &&
                    strcmp(act->name, x->actors.v[other].name) != 0)
                    continue;
                uint32_t ra = uf_find(up, a), rb = uf_find(up, other);
                if (ra != rb) up[ra > rb ? ra : rb] = ra < rb ? ra : rb;
            } else if (!index_put(x, &fresh, k, kn, a)) {
                return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
            }
        }
    }
    /* fold every actor into its group's first entry, compacting */
    uint32_t *slot = ds_arena_alloc(x->arena, n * sizeof *slot);
    if (!slot) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    uint32_t kept = 0;
    for (uint32_t a = 0; a < n; a++) {
        uint32_t r = uf_find(up, a);
        if (r == a) {
            slot[a] = kept;
            if (kept != a) x->actors.v[kept] = x->actors.v[a];
            kept++;
        } else {
            /* r < a, so r is already placed */
            if (!merge_actor(x, &x->actors.v[slot[r]], &x->actors.v[a]))
                return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        }
    }
    x->actors.n = kept;
    if (x->actors.n > 1) qsort(x->actors.v, x->actors.n, sizeof *x->actors.v, cmp_actor);
    x->actor_index = NULL; /* rebuilt on next use */
    return DS_OK;
}
