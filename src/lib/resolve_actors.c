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

/* What an ASCII byte is in a key: its lower-case form (letters, digits),
 * '-' (kept by the dash-keeping key only), or 0 (dropped). */
static const unsigned char ascii_key[128] = {
    ['-'] = '-', ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5',
    ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c',
    ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j',
    ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q',
    ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x',
    ['Y'] = 'y', ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e',
    ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l',
    ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's',
    ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z'};

/* Whether a byte of s[0, n) is from 0x80 (eight a step). */
static inline bool any_high(const char *s, size_t n)
{
    uint64_t acc = 0, w;
    size_t i = 0;
    if (n < 8) {
        for (; i < n; i++) acc |= (unsigned char)s[i];
        return (acc & 0x80) != 0;
    }
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, sizeof w);
        acc |= w;
    }
    /* the tail as the last eight bytes (some read twice) */
    memcpy(&w, s + n - 8, sizeof w);
    acc |= w;
    return (acc & 0x8080808080808080ull) != 0;
}

/* The matching key of a name: folded, only letters and digits kept (any
 * non-ASCII byte counts as a letter), a leading "the " dropped. So
 * "Islamic State – Khorasan Province" = "Islamic State-Khorasan Province"
 * and "IS-KP" = "ISKP". Returns the key length (0: nothing usable).
 * Called per actor mention and per alias: ASCII names (nearly all) are
 * lower-cased in place, which is what ds_fold() does to ASCII, without its
 * heap buffer; other names go through ds_fold(). */
static size_t key_of(char out[KEY_MAX], const char *s, size_t n, bool keep_dash)
{
    /* ASCII: one pass, lower-casing as it filters */
    size_t fl = n < KEY_MAX * 2 ? n : KEY_MAX, i = 0, k = 0;
    while (i < fl && s[i] == ' ') i++;
    if (fl - i > 4 && (s[i] | 0x20) == 't' && (s[i + 1] | 0x20) == 'h' &&
        (s[i + 2] | 0x20) == 'e' && s[i + 3] == ' ')
        i += 4;
    /* k <= i - start, so k stays below KEY_MAX - 1 until i reaches lim:
     * the hot loop tests one bound */
    size_t lim = fl < i + KEY_MAX - 1 ? fl : i + KEY_MAX - 1;
    /* ascii_key[] values kept: letters and digits, and '-' if keep_dash */
    const unsigned keep_min = keep_dash ? '-' : '-' + 1;
    /* a byte from 0x80 anywhere (the rest of a cut key too, as ds_fold
     * would have seen it) sends the name to the fold: tested first, eight
     * bytes a step, so that the loops below copy without testing */
    if (any_high(s + i, fl - i)) goto fold;
#pragma GCC unroll 4
    for (; i < lim; i++) {
        unsigned v = ascii_key[(unsigned char)s[i]];
        out[k] = (char)v; /* written always, counted when kept */
        k += v >= keep_min;
    }
    for (; i < fl && k < KEY_MAX - 1; i++) {
        unsigned c = (unsigned char)s[i];
        if (((c | 0x20u) - 'a') < 26u)
            out[k++] = (char)(c | 0x20u);
        else if (c - '0' < 10u || (keep_dash && c == '-'))
            out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;

fold:;
    char folded[KEY_MAX * 2];
    fl = ds_fold(folded, sizeof folded, s, n);
    if (fl == (size_t)-1) {
        /* too long to be a name: key its prefix */
        fl = ds_fold(folded, sizeof folded, s, n > KEY_MAX ? KEY_MAX : n);
        if (fl == (size_t)-1) return 0;
    }
    i = 0, k = 0;
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

bool ds_facts_state_force(const char *actor)
{
    return actor &&
           (!strncmp(actor, "Military Forces of", 18) || !strncmp(actor, "Police Forces of", 16));
}

bool ds_facts_unnamed(const char *actor)
{
    return !actor || !strncmp(actor, "Unidentified", 12);
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

/* Open addressing over keys copied into x->arena; first come keeps a key. */
typedef struct key_table {
    index_slot *slots;
    uint32_t cap, used;
} key_table;

/* names: name key -> actor. spellings: (actor, dash-keeping key) of every
 * name and alias of each actor, so that "does this actor already have this
 * spelling" (IS-KP vs ISKP, both kept) is one probe, not a refold of each
 * alias. */
#define PENDING_MAX 4
/* a pending entry: of lexicon entry le, or (le NULL) of
 * ds_facts_actor_named() with keys *named (copied before its name) */
struct pending_slot {
    const ds_lex_actor *le;
    const ds_name_keys *named;
};
struct ds_actor_index {
    key_table names, spellings;
    uint32_t nactors;     /* x->actors.n when last in step */
    const ds_actor *base; /* x->actors.v when last in step */
    /* some name key may be held by two actors: a name or alias was given to
     * an actor while another already owned its key in names (see
     * ds_resolve_actors, which merges only through such a key) */
    bool shared;
    /* npending > 0: x->actors.v[0 .. npending - 1], all of the
     * extraction's actors, are new entries whose keys are not in the
     * (empty) tables yet (pending_register() puts them in when the index
     * is next asked for); most notes name one to three actors and never
     * look one up by another route. No name key of one is a name key of
     * another (pending_apart()), so each entry's keys are its own, as in
     * empty tables; pending_mask: a bit (key_bit()) of each of their name
     * keys, a quick test of that. */
    struct pending_slot pending[PENDING_MAX];
    uint32_t npending;
    uint64_t pending_mask;
};

/* Eight bytes per step: keys are hashed on every mention and alias. Only
 * equality of keys matters to the tables (a probe compares the bytes), so
 * the function is free to change. */
static uint64_t key_hash(const char *k, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, k + i, sizeof w);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
    }
    if (i < n) {
        /* the tail: the last eight bytes (overlapping) or, in a short key,
         * two overlapping halves or the first, middle and last bytes */
        uint64_t w;
        if (n >= 8) {
            memcpy(&w, k + n - 8, sizeof w);
        } else if (n >= 4) {
            uint32_t a, b;
            memcpy(&a, k, sizeof a);
            memcpy(&b, k + n - 4, sizeof b);
            w = a | (uint64_t)b << 32;
        } else {
            w = (uint64_t)(unsigned char)k[0] | (uint64_t)(unsigned char)k[n / 2] << 8 |
                (uint64_t)(unsigned char)k[n - 1] << 16;
        }
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
    }
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    return h ? h : 1;
}

static uint64_t spelling_hash(const char *k, size_t n, uint32_t actor)
{
    uint64_t h = key_hash(k, n) ^ ((uint64_t)actor + 1) * 0x9E3779B97F4A7C15ull;
    return h ? h : 1;
}

/* Probes for key k (hash h) owned by `want` (DS_NONE: by anyone): true and
 * the owner in *actor when found; else false and in *at the empty slot that
 * ended the probe, where table_put() places the key (0 when the table has
 * no slots yet: table_put() grows it first). */
static inline bool table_probe(const key_table *t, uint64_t h, const char *k, size_t n,
                               uint32_t want, uint32_t *actor, uint32_t *at)
{
    if (!t->cap) {
        *at = 0;
        return false;
    }
    for (uint32_t i = (uint32_t)h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        const index_slot *s = &t->slots[i];
        if (!s->hash) {
            *at = i;
            return false;
        }
        if (s->hash == h && s->len == n && (want == DS_NONE || s->actor == want) &&
            memcmp(s->key, k, n) == 0) {
            *actor = s->actor;
            return true;
        }
    }
}

/* Finds key k (hash h) owned by `want` (DS_NONE: by anyone). */
static bool table_find(const key_table *t, uint64_t h, const char *k, size_t n, uint32_t want,
                       uint32_t *actor)
{
    uint32_t at;
    return table_probe(t, h, k, n, want, actor, &at);
}

/* Whether one more key would fill t past half its slots (then it grows
 * first): a probe of linear probing walks some 2.5 slots to an empty one at
 * half full, 8.5 at three quarters. The slots a key takes do not change
 * what a look-up answers (each table holds a key, or a key and actor,
 * once), nor does anything walk them in order but table_grow. */
static inline bool table_full(const key_table *t)
{
    return (t->used + 1) * 2 > t->cap;
}

static bool table_grow(ds_extraction *x, key_table *t)
{
    uint32_t cap =
        t->cap ? t->cap * 2 : 64; /* a note has a few names: room for a lexicon entry's */
    index_slot *slots = ds_arena_alloc(x->arena, cap * sizeof *slots); /* zeroed: empty */
    if (!slots) return false;
    for (uint32_t i = 0; i < t->cap; i++) {
        const index_slot *s = &t->slots[i];
        if (!s->hash) continue;
        uint32_t j = (uint32_t)s->hash & (cap - 1);
        while (slots[j].hash) j = (j + 1) & (cap - 1);
        slots[j] = *s;
    }
    t->slots = slots;
    t->cap = cap;
    return true;
}

/* Adds key k (hash h, not in the table) for actor, stored as *copy: a
 * copy of k in x->arena, made here when *copy is NULL (one copy may serve
 * both tables: a name's two keys are one string when it has no dash). */
static bool table_add_copy(ds_extraction *x, key_table *t, uint64_t h, const char *k, size_t n,
                           uint32_t actor, const char **copy)
{
    if (table_full(t) && !table_grow(x, t)) return false;
    uint32_t i = (uint32_t)h & (t->cap - 1);
    while (t->slots[i].hash) i = (i + 1) & (t->cap - 1);
    if (!*copy && !(*copy = ds_arena_strndup(x->arena, k, n))) return false;
    t->slots[i] = (index_slot){h, *copy, (uint32_t)n, actor};
    t->used++;
    return true;
}

static bool table_add(ds_extraction *x, key_table *t, uint64_t h, const char *k, size_t n,
                      uint32_t actor)
{
    const char *copy = NULL;
    return table_add_copy(x, t, h, k, n, actor, &copy);
}

/* Places key copy kc (n bytes, hash h, not in t) for actor in slot `at`,
 * which table_probe() found empty with no insertion into t since: the first
 * empty slot of the key's probe sequence, where table_add_copy() would put
 * it; when the table must grow first, the slot is probed again. */
static inline bool table_put(ds_extraction *x, key_table *t, uint32_t at, uint64_t h,
                             const char *kc, size_t n, uint32_t actor)
{
    if (table_full(t)) {
        if (!table_grow(x, t)) return false;
        at = (uint32_t)h & (t->cap - 1);
        while (t->slots[at].hash) at = (at + 1) & (t->cap - 1);
    }
    t->slots[at] = (index_slot){h, kc, (uint32_t)n, actor};
    t->used++;
    return true;
}

static bool index_find(const key_table *t, const char *k, size_t n, uint32_t *actor)
{
    return table_find(t, key_hash(k, n), k, n, DS_NONE, actor);
}

/* Maps key k to actor unless k is already taken (first come keeps it). */
static bool index_put(ds_extraction *x, key_table *t, const char *k, size_t n, uint32_t actor)
{
    uint64_t h = key_hash(k, n);
    uint32_t have;
    return table_find(t, h, k, n, DS_NONE, &have) || table_add(x, t, h, k, n, actor);
}

/* index_put() of name's key; a key another actor owns marks ix->shared. */
static bool index_put_name(ds_extraction *x, struct ds_actor_index *ix, const char *name,
                           uint32_t actor)
{
    char k[KEY_MAX];
    size_t n = name ? name_key(k, name, strlen(name)) : 0;
    if (!n) return true;
    uint64_t h = key_hash(k, n);
    uint32_t have;
    if (table_find(&ix->names, h, k, n, DS_NONE, &have)) {
        if (have != actor) ix->shared = true;
        return true;
    }
    return table_add(x, &ix->names, h, k, n, actor);
}

static bool add_spelling(ds_extraction *x, struct ds_actor_index *ix, uint32_t actor,
                         const char *name)
{
    char kd[KEY_MAX];
    size_t n = key_of(kd, name, strlen(name), true);
    uint64_t h = spelling_hash(kd, n, actor);
    uint32_t have;
    return table_find(&ix->spellings, h, kd, n, actor, &have) ||
           table_add(x, &ix->spellings, h, kd, n, actor);
}

static bool pending_register(ds_extraction *x, struct ds_actor_index *ix);

/* The index, rebuilt from x->actors when someone changed the vector behind
 * its back (merge, sort, direct push), with a pending entry's keys put in.
 * NULL when memory ran out. */
static struct ds_actor_index *actor_index(ds_extraction *x)
{
    struct ds_actor_index *ix = x->actor_index;
    if (ix && ix->nactors == x->actors.n && ix->base == x->actors.v)
        return !ix->npending || pending_register(x, ix) ? ix : NULL;
    /* (a rebuild keys every entry, a pending one too, from its strings) */
    if (!ix && !(ix = x->actor_index = ds_arena_alloc_raw(x->arena, sizeof *ix))) return NULL;
    /* every field but the slots past npending, which nothing reads */
    ix->names = ix->spellings = (key_table){0};
    ix->nactors = 0, ix->base = NULL, ix->shared = false;
    ix->npending = 0, ix->pending_mask = 0;
    for (uint32_t a = 0; a < x->actors.n; a++) {
        const ds_actor *act = &x->actors.v[a];
        if (!index_put_name(x, ix, act->name, a)) return NULL;
        if (act->name && !add_spelling(x, ix, a, act->name)) return NULL;
        for (uint32_t i = 0; i < act->aliases.n; i++)
            if (!index_put_name(x, ix, act->aliases.v[i], a) ||
                !add_spelling(x, ix, a, act->aliases.v[i]))
                return NULL;
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
    (void)x;
    if (!ix->names.used) return false; /* a note's first actor: no key to build */
    size_t kn = name_key(k, name, n);
    return kn && index_find(&ix->names, k, kn, actor);
}

/* The dash-keeping key of s in kd, and the name key in k: the same but for
 * dashes, so one pass serves both unless the first was cut at KEY_MAX.
 * Returns true when the name key is kd itself (no dash: k is not written). */
static bool keys_of(char kd[KEY_MAX], size_t *kdn, char k[KEY_MAX], size_t *kn, const char *s,
                    size_t n)
{
    /* the usual name, ASCII and too short to be cut at KEY_MAX: the
     * dash-keeping key in one pass, as key_of() makes it (same skips, same
     * filter), and the name key from it only when it has a dash */
    if (n < KEY_MAX - 1) {
        size_t i = 0, a = 0;
        while (i < n && s[i] == ' ') i++;
        if (n - i > 4 && (s[i] | 0x20) == 't' && (s[i + 1] | 0x20) == 'h' &&
            (s[i + 2] | 0x20) == 'e' && s[i + 3] == ' ')
            i += 4;
        if (!any_high(s + i, n - i)) {
#pragma GCC unroll 4
            for (; i < n; i++) {
                /* written always, kept (counted) only when it belongs */
                unsigned v = ascii_key[(unsigned char)s[i]];
                kd[a] = (char)v;
                a += v != 0;
            }
            kd[a] = '\0';
            *kdn = a;
            if (!memchr(kd, '-', a)) {
                *kn = a;
                return true;
            }
            size_t b = 0;
            for (size_t j = 0; j < a; j++)
                if (kd[j] != '-') k[b++] = kd[j];
            k[b] = '\0';
            *kn = b;
            return false;
        }
    }
    *kdn = key_of(kd, s, n, true);
    if (*kdn < KEY_MAX - 1) {
        size_t m = 0;
        for (size_t i = 0; i < *kdn; i++)
            if (kd[i] != '-') k[m++] = kd[i];
        k[m] = '\0';
        *kn = m;
    } else {
        *kn = name_key(k, s, n);
    }
    return false;
}

/* Whether the name key and the dash-keeping key of ks are the same bytes
 * (the name has no dash), so that one copy of them serves both tables. */
static bool one_key(const ds_name_keys *ks)
{
    return ks->kn == ks->kdn && (ks->k == ks->kd || memcmp(ks->k, ks->kd, ks->kn) == 0);
}

/* The keys of s (n bytes) in the caller's buffers k and kd, hashed. */
static void keys_in(ds_name_keys *ks, char kd[KEY_MAX], char k[KEY_MAX], const char *s, size_t n)
{
    size_t kdn, kn;
    const char *kk = keys_of(kd, &kdn, k, &kn, s, n) ? kd : k;
    *ks = (ds_name_keys){kk, kd, (uint32_t)kn, (uint32_t)kdn, 0, 0, false};
    ks->hk = kn ? key_hash(kk, kn) : 0;
    /* no dash: the same bytes, the same hash */
    ks->hd = kn && one_key(ks) ? ks->hk : key_hash(kd, kdn);
}

bool ds_name_keys_of(ds_name_keys *out, ds_arena *arena, const char *s, size_t n)
{
    char k[KEY_MAX], kd[KEY_MAX];
    keys_in(out, kd, k, s, n);
    out->acronym = is_acronym(s);
    out->kd = ds_arena_strndup(arena, kd, out->kdn);
    /* no dash: the two keys are one string */
    out->k = out->kn == out->kdn ? out->kd : ds_arena_strndup(arena, k, out->kn);
    return out->k && out->kd;
}

/* spelling_hash() of keys whose key_hash(kd) is known */
static uint64_t spelling_hash_of(const ds_name_keys *ks, uint32_t actor)
{
    uint64_t h = ks->hd ^ ((uint64_t)actor + 1) * 0x9E3779B97F4A7C15ull;
    return h ? h : 1;
}

/* lookup() by keys computed beforehand */
static bool lookup_keyed(const struct ds_actor_index *ix, const ds_name_keys *ks, uint32_t *actor)
{
    return ix->names.used && ks->kn &&
           table_find(&ix->names, ks->hk, ks->k, ks->kn, DS_NONE, actor);
}

/* A new entry named name (n bytes), indexed under its keys: ks when the
 * caller has them (a lexicon name's), else those of the copy. The name and
 * its keys are copied into x->arena, or are there already: img, the copy
 * of a lexicon entry's image (ds_lex_actor.image) when not NULL. */
static ds_actor *new_actor(ds_extraction *x, struct ds_actor_index *ix, const char *name, size_t n,
                           const ds_name_keys *ks, const char *img)
{
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    if (!a) return NULL;
    a->name = img ? img : ds_arena_strndup(x->arena, name, n);
    if (!a->name) return NULL;
    index_sync(x);
    /* index_put_name() and add_spelling(), keying the name once */
    char k[KEY_MAX], kd[KEY_MAX];
    ds_name_keys own;
    if (!ks) keys_in(&own, kd, k, a->name, strlen(a->name)), ks = &own;
    uint32_t self = x->actors.n - 1, have, at;
    const char *kdc = NULL; /* the dash-keeping key's copy in x->arena */
    if (ks->kn) {
        if (table_probe(&ix->names, ks->hk, ks->k, ks->kn, DS_NONE, &have, &at)) {
            ix->shared = true; /* another actor's key (self is new) */
        } else {
            const char *kc = img ? img + n + 1 : ds_arena_strndup(x->arena, ks->k, ks->kn);
            if (!kc || !table_put(x, &ix->names, at, ks->hk, kc, ks->kn, self)) return NULL;
            if (one_key(ks)) kdc = kc; /* one copy serves both tables */
        }
    }
    uint64_t hs = spelling_hash_of(ks, self);
    if (!table_probe(&ix->spellings, hs, ks->kd, ks->kdn, self, &have, &at)) {
        if (!kdc &&
            !(kdc = img ? img + n + 1 + ks->kn + 1 : ds_arena_strndup(x->arena, ks->kd, ks->kdn)))
            return NULL;
        if (!table_put(x, &ix->spellings, at, hs, kdc, ks->kdn, self)) return NULL;
    }
    return a;
}

/* ds_facts_actor_alias() of an alias whose keys are ks, copied into
 * x->arena; or there already, when img is not NULL: the alias, its name key
 * and its dash-keeping key from img on (in a copy of a lexicon entry's
 * image, ds_lex_actor.image). */
static bool alias_keyed(ds_extraction *x, struct ds_actor_index *ix, ds_actor *a, const char *alias,
                        size_t len, const ds_name_keys *ks, const char *img)
{
    uint32_t have, self = (uint32_t)(a - x->actors.v), name_at = 0, spell_at = 0;
    if (!ks->kn) return true;
    bool named = table_probe(&ix->names, ks->hk, ks->k, ks->kn, DS_NONE, &have, &name_at);
    if (named && have != self) return true;
    uint64_t hs = spelling_hash_of(ks, self);
    if (table_probe(&ix->spellings, hs, ks->kd, ks->kdn, self, &have, &spell_at))
        return true; /* its name or an alias, spelt so */
    /* room reserved by ds_facts_actor() for a lexicon entry's aliases */
    const char **slot = a->aliases.n < a->aliases.cap ? &a->aliases.v[a->aliases.n++]
                                                      : ds_vec_push(x->arena, &a->aliases);
    if (!slot || !(*slot = img ? img : ds_arena_strndup(x->arena, alias, len))) return false;
    /* the spellings table and the names table are apart: putting into one
     * leaves the other's probed slot empty */
    const char *kdc =
        img ? img + len + 1 + ks->kn + 1 : ds_arena_strndup(x->arena, ks->kd, ks->kdn);
    if (!kdc || !table_put(x, &ix->spellings, spell_at, hs, kdc, ks->kdn, self)) return false;
    if (named) return true;
    /* no dash: the dash-keeping key's copy is the name key's too */
    const char *kc = img           ? img + len + 1
                     : one_key(ks) ? kdc
                                   : ds_arena_strndup(x->arena, ks->k, ks->kn);
    return kc && table_put(x, &ix->names, name_at, ks->hk, kc, ks->kn, self);
}

/* Puts keys ks of a new name or alias of entry self into the tables: the
 * name key unless some entry has it, the spelling unless self has it; kc is
 * their copy in x->arena (the name key, its NUL, the dash-keeping key). */
static bool register_keyed(ds_extraction *x, struct ds_actor_index *ix, uint32_t self,
                           const ds_name_keys *ks, const char *kc)
{
    uint32_t have, at;
    if (ks->kn && !table_probe(&ix->names, ks->hk, ks->k, ks->kn, DS_NONE, &have, &at) &&
        !table_put(x, &ix->names, at, ks->hk, kc, ks->kn, self))
        return false;
    uint64_t hs = spelling_hash_of(ks, self);
    return table_probe(&ix->spellings, hs, ks->kd, ks->kdn, self, &have, &at) ||
           table_put(x, &ix->spellings, at, hs, kc + ks->kn + 1, ks->kdn, self);
}

/* Whether two keys are one spelling (the same dash-keeping key; the name
 * key is that key without its dashes: the same keys) */
static bool same_spelling(const ds_name_keys *a, const ds_name_keys *b)
{
    return a->hd == b->hd && a->kdn == b->kdn && memcmp(a->kd, b->kd, a->kdn) == 0;
}

/* One bit of name key ks (none for an empty key), for pending_mask; a
 * lexicon entry has those of its keys in ds_lex_actor.key_bits */
static inline uint64_t key_bit(const ds_name_keys *ks)
{
    return ks->kn ? 1ull << (ks->hk & 63) : 0;
}

static bool pending_has_key(const ds_lex_actor *le, const ds_name_keys *ks);
static ds_actor *pending_entry(ds_extraction *x, struct ds_actor_index *ix, const ds_lex_actor *le,
                               const char *img, const char **alias_room);

/* Whether two name keys are one (neither empty) */
static bool same_key(const ds_name_keys *a, const ds_name_keys *b)
{
    return a->kn && a->hk == b->hk && a->kn == b->kn && memcmp(a->k, b->k, a->kn) == 0;
}

/* Whether the pending entry of slot s has name key ks */
static bool slot_has_key(const struct pending_slot *s, const ds_name_keys *ks)
{
    return s->le ? pending_has_key(s->le, ks) : same_key(s->named, ks);
}

/* Whether name key ks is no pending entry's */
static bool pending_key_apart(const struct ds_actor_index *ix, const ds_name_keys *ks)
{
    for (uint32_t p = 0; p < ix->npending; p++)
        if (slot_has_key(&ix->pending[p], ks)) return false;
    return true;
}

/* Whether no name key of lexicon entry le is a name key of a pending
 * entry (their bits first: most pairs share none) */
static bool pending_apart(const struct ds_actor_index *ix, const ds_lex_actor *le)
{
    if (!(le->key_bits & ix->pending_mask)) return true;
    for (uint32_t j = 0; j <= le->naliases; j++)
        if (!pending_key_apart(ix, &le->keys[j])) return false;
    return true;
}

/* A pending entry of lexicon entry le (pending_entry() with room for its
 * alias pointers before its image) */
static ds_actor *pending_make(ds_extraction *x, struct ds_actor_index *ix, const ds_lex_actor *le)
{
    size_t room = le->naliases * sizeof(const char *);
    char *block = ds_arena_alloc_raw(x->arena, room + le->image_len);
    if (!block) return NULL;
    memcpy(block + room, le->image, le->image_len);
    return pending_entry(x, ix, le, block + room, (const char **)(void *)block);
}

/* The extraction's first actor, a new entry of lexicon entry le whose
 * strings are img (the copy of le->image) and whose alias pointers go in
 * alias_room, made without putting its keys in the (empty) tables: ix
 * marks it pending, and pending_register() puts them in when the index is
 * next asked for. Its aliases are those alias_keyed() would keep in empty
 * tables, where each key it probes is the entry's own: an alias with a
 * name key, spelt unlike the name and every earlier alias (an alias spelt
 * as one of those finds that spelling in place; no other is found). */
static ds_actor *pending_entry(ds_extraction *x, struct ds_actor_index *ix, const ds_lex_actor *le,
                               const char *img, const char **alias_room)
{
    /* (a later actor too, made by pending_make() when its name keys are
     * apart from every pending entry's: the tables, were they filled,
     * would hold none of its keys, and the look-ups for it would find
     * none but its own, as in empty tables) */
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    if (!a) return NULL;
    a->name = img;
    index_sync(x);
    ix->pending[ix->npending++] = (struct pending_slot){le, NULL};
    ix->pending_mask |= le->key_bits;
    if (!le->naliases) return a;
    a->aliases.v = alias_room, a->aliases.cap = le->naliases;
    /* the aliases it keeps, made at load (ds_lex_actor_first_aliases); the
     * walk ends at the last */
    const ds_name_keys *lk = le->keys;
    uint64_t keep = le->first_aliases;
    size_t off = le->name_len + lk[0].kn + lk[0].kdn + 3;
    for (uint32_t i = 0; keep; i++, keep >>= 1) {
        if (keep & 1u) a->aliases.v[a->aliases.n++] = img + off;
        off += le->alias_lens[i] + lk[1 + i].kn + lk[1 + i].kdn + 3;
    }
    return a;
}

/* The aliases pending_entry() keeps: those alias_keyed() would keep in
 * empty tables, where each key it probes is the entry's own: an alias with
 * a name key, spelt unlike the name and every earlier alias (an alias spelt
 * as one of those finds that spelling in place; no other is found). */
uint64_t ds_lex_actor_first_aliases(const ds_lex_actor *le)
{
    /* an alias spelt as the name or an earlier alias has its keys (the
     * dash-keeping key makes the name key): le->name_dup_aliases or
     * le->dup_aliases has it, but where the earlier one is an acronym and
     * it is not; those earlier acronyms (bits of acr) are tested here */
    const ds_name_keys *lk = le->keys;
    uint64_t dups = le->dup_aliases | le->name_dup_aliases, acr = 0, keep = 0;
    for (uint32_t i = 0; i < le->naliases && i < 64; i++) {
        const ds_name_keys *ks = &lk[1 + i];
        bool seen = !ks->kn || (dups >> i & 1u);
        if (!seen && !ks->acronym)
            for (uint64_t m = acr; m && !seen; m &= m - 1)
                seen = same_spelling(ks, &lk[1 + __builtin_ctzll(m)]);
        if (ks->acronym) acr |= 1ull << i;
        if (!seen) keep |= 1ull << i;
    }
    return keep;
}

/* Puts the keys of the pending entry x->actors.v[0] (pending_entry) in the
 * tables, as new_actor() and alias_keyed() would have put them when it was
 * made: its name's, then those of each alias it kept. The tables were
 * empty then and no entry was added since (that asks for the index first),
 * so each key is the entry's own: the same keys and owners in the tables
 * (the slots a key takes change no answer), nothing shared. */
static bool pending_register(ds_extraction *x, struct ds_actor_index *ix)
{
    /* in the order they were made: their keys are apart, so the order
     * changes no owner; as new_actor() and alias_keyed() would have */
    uint32_t np = ix->npending;
    ix->npending = 0, ix->pending_mask = 0;
    for (uint32_t p = 0; p < np; p++) {
        const ds_lex_actor *le = ix->pending[p].le;
        if (!le) {
            /* new_actor()'s keys of the name */
            const ds_name_keys *nk = ix->pending[p].named;
            if (!register_keyed(x, ix, p, nk, nk->k)) return false;
            continue;
        }
        const ds_actor *a = &x->actors.v[p];
        const ds_name_keys *lk = le->keys;
        const char *img = a->name; /* the name, its keys, then each alias and its keys */
        if (!register_keyed(x, ix, p, &lk[0], img + le->name_len + 1)) return false;
        size_t off = le->name_len + lk[0].kn + lk[0].kdn + 3;
        for (uint32_t i = 0, j = 0; i < le->naliases && j < a->aliases.n; i++) {
            const char *ai = img + off;
            off += le->alias_lens[i] + lk[1 + i].kn + lk[1 + i].kdn + 3;
            if (a->aliases.v[j] != ai) continue;
            j++;
            if (!register_keyed(x, ix, p, &lk[1 + i], ai + le->alias_lens[i] + 1)) return false;
        }
    }
    return true;
}

bool ds_facts_actor_alias(ds_extraction *x, ds_actor *a, const char *alias, size_t len)
{
    struct ds_actor_index *ix = actor_index(x);
    if (!ix) return false;
    char k[KEY_MAX], kd[KEY_MAX];
    ds_name_keys ks;
    keys_in(&ks, kd, k, alias, len);
    /* a NUL inside: the copy kept is shorter than what was keyed, and
     * ds_resolve_actors would key it otherwise */
    if (memchr(alias, '\0', len)) ix->shared = true;
    return alias_keyed(x, ix, a, alias, len, &ks, NULL);
}

ds_actor *ds_facts_actor_find(ds_extraction *x, const char *name, size_t len)
{
    struct ds_actor_index *ix = actor_index(x);
    uint32_t have;
    return ix && name && lookup(x, ix, name, len, &have) ? &x->actors.v[have] : NULL;
}

/* Whether the names table holds key ks for the pending entry of le: the
 * key of its name or of any alias (an alias it did not keep is spelt as
 * the name or a kept alias, so has the key of one) */
static bool pending_has_key(const ds_lex_actor *le, const ds_name_keys *ks)
{
    if (!ks->kn) return false;
    for (uint32_t j = 0; j <= le->naliases; j++) {
        const ds_name_keys *e = &le->keys[j];
        if (e->hk == ks->hk && e->kn == ks->kn && memcmp(e->k, ks->k, ks->kn) == 0) return true;
    }
    return false;
}

/* new_actor() of name (n bytes, no NUL inside) with keys ks, made pending
 * (a slot without le) while every entry is pending and ks is no pending
 * entry's key: its keys, its name and then its keys' bytes (name key, NUL,
 * dash-keeping key) copied in one block, and put in the tables by
 * pending_register() when the index is next asked for, as new_actor()
 * would have put them: each the entry's own. */
static ds_actor *pending_named_entry(ds_extraction *x, struct ds_actor_index *ix, const char *name,
                                     size_t n, const ds_name_keys *ks)
{
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    if (!a) return NULL;
    /* (the arena's blocks are 16-byte aligned, as is the struct's size) */
    ds_name_keys *nk = ds_arena_alloc_raw(x->arena, sizeof *nk + n + ks->kn + ks->kdn + 3);
    if (!nk) return NULL;
    char *block = (char *)(nk + 1);
    memcpy(block, name, n);
    block[n] = '\0';
    char *k = block + n + 1, *kd = k + ks->kn + 1;
    memcpy(k, ks->k, ks->kn);
    k[ks->kn] = '\0';
    memcpy(kd, ks->kd, ks->kdn);
    kd[ks->kdn] = '\0';
    a->name = block;
    index_sync(x);
    *nk = *ks;
    nk->k = k, nk->kd = kd;
    ix->pending[ix->npending++] = (struct pending_slot){NULL, nk};
    ix->pending_mask |= key_bit(nk);
    return a;
}

ds_actor *ds_facts_actor_named(ds_extraction *x, const char *name, size_t len, const char *type)
{
    uint32_t have;
    ds_actor *a;
    if (name && !memchr(name, '\0', len)) {
        /* the name keyed once for the look-up and the new entry: keys_in
         * makes the name key lookup() makes, and the keys new_actor() would
         * make of the copy (the same bytes: no NUL inside) */
        char k[KEY_MAX], kd[KEY_MAX];
        ds_name_keys ks;
        keys_in(&ks, kd, k, name, len);
        /* the pending entry's name ("Protesters (Kenya)" named again): what
         * the look-up would find once its keys were in (they are all the
         * tables would hold), without putting them in; the same for a
         * pending entry made here */
        struct ds_actor_index *pix = x->actor_index;
        if (pix && pix->npending && pix->npending == x->actors.n && pix->nactors == x->actors.n &&
            pix->base == x->actors.v) {
            /* (the pending entries' keys are apart: one at most has it) */
            for (uint32_t p = 0; ks.kn && p < pix->npending; p++)
                if (slot_has_key(&pix->pending[p], &ks)) return &x->actors.v[p];
            /* none has it: the look-up would find nothing, and the new
             * entry's keys are apart from theirs */
            if (pix->npending < PENDING_MAX) {
                a = pending_named_entry(x, pix, name, len, &ks);
                if (a) a->type = type;
                return a;
            }
        }
        struct ds_actor_index *ix = actor_index(x);
        if (!ix) return NULL;
        if (lookup_keyed(ix, &ks, &have)) return &x->actors.v[have];
        a = !x->actors.n && !ix->names.used && !ix->spellings.used
                ? pending_named_entry(x, ix, name, len, &ks)
                : new_actor(x, ix, name, len, &ks, NULL);
    } else {
        struct ds_actor_index *ix = actor_index(x);
        if (!ix || !name) return NULL;
        if (lookup(x, ix, name, len, &have)) return &x->actors.v[have];
        a = new_actor(x, ix, name, len, NULL, NULL);
    }
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

    /* the pending entry of le asked for again (not through a document
     * actor, whose names are then given to it): the entry, as the look-up
     * of its name (keyed: that key is the entry's) finds it, and indexing
     * its aliases finds each spelling in place */
    struct ds_actor_index *pix = x->actor_index;
    if (le && !da && pix && pix->npending && pix->npending == x->actors.n &&
        pix->nactors == x->actors.n && pix->base == x->actors.v) {
        for (uint32_t p = 0; p < pix->npending; p++)
            if (pix->pending[p].le == le && le->keys[0].kn) {
                ds_actor *a = &x->actors.v[p];
                if (!a->type) a->type = ds_actor_type_name(le->type);
                return a;
            }
        /* another lexicon entry whose name keys no pending entry has: the
         * look-up of its name would find none, its aliases are not looked
         * up (every entry is of the lexicon), so a new entry, itself
         * pending (pending_entry()); then what the code below does for a
         * new lexicon entry */
        if (pix->npending < PENDING_MAX && le->naliases <= 64 && le->image &&
            pending_apart(pix, le)) {
            ds_actor *a = pending_make(x, pix, le);
            if (!a) return NULL;
            a->in_lexicon = true;
            a->type = ds_actor_type_name(le->type);
            if (le->iso3[0]) memcpy(a->country, le->iso3, sizeof a->country);
            if (le->parent != DS_NONE) {
                const ds_lex_actor *p = ds_lexicon_get(lex, le->parent);
                if (p) a->parent = ds_facts_str(x, p->name);
            }
            return a;
        }
    }
    struct ds_actor_index *ix = actor_index(x);
    if (!ix) return NULL;
    /* an existing entry under any of the names, else a new one; a lexicon
     * entry takes over another's entry by an alias only when that one is
     * document-learnt (two lexicon entries may share a loose alias) */
    uint32_t have = DS_NONE, found;
    /* a lexicon entry's names come keyed (ds_lex_actor.keys): the same keys
     * as lookup() and ds_facts_actor_alias() would make of them */
    const ds_name_keys *lk = le ? le->keys : NULL;
    if (lk ? lookup_keyed(ix, &lk[0], &found) : lookup(x, ix, name, strlen(name), &found))
        have = found;
    /* an alias keyed as the name or an earlier alias (le->name_dup_aliases,
     * le->dup_aliases) finds what that one found (it is no acronym unless
     * that alias is), which ended the search if it counted */
    uint64_t dups = le ? le->dup_aliases | le->name_dup_aliases : 0;
    /* an alias counts only when it finds an entry not of the lexicon: with
     * none among the entries (the usual note's), none can (the index holds
     * the entries' own indices), and the aliases are not looked up */
    bool learnt = false;
    for (uint32_t j = 0; le && have == DS_NONE && j < x->actors.n && !learnt; j++)
        learnt = !x->actors.v[j].in_lexicon;
    for (uint32_t i = 0; learnt && have == DS_NONE && i < le->naliases; i++)
        if (!(i < 64 && (dups >> i & 1u)) && !lk[1 + i].acronym &&
            lookup_keyed(ix, &lk[1 + i], &found) && !x->actors.v[found].in_lexicon)
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
    /* a new lexicon entry: its name, aliases and their keys are copied
     * into one block, which begins with room for its alias pointers, by one
     * copy of the entry's image (made at load: the same strings, each in
     * its place); an entry already made copies as it goes (most of its
     * aliases are there already) */
    const char *img = NULL;
    /* a lexicon entry's lengths were measured at load */
    const uint32_t *alias_len = lk ? le->alias_lens : NULL;
    const char **alias_room = NULL;
    size_t name_len = lk ? le->name_len : strlen(name);
    if (have == DS_NONE && lk && le->naliases <= 64 && le->image) {
        size_t room = le->naliases * sizeof(const char *);
        char *block = ds_arena_alloc_raw(x->arena, room + le->image_len);
        if (!block) return NULL;
        alias_room = (const char **)(void *)block;
        memcpy(block + room, le->image, le->image_len);
        img = block + room;
    }
    /* the extraction's first actor, of the lexicon: its keys wait */
    bool pending = img && !da && !x->actors.n && !ix->names.used && !ix->spellings.used;
    ds_actor *a = have != DS_NONE ? &x->actors.v[have]
                  : pending       ? pending_entry(x, ix, le, img, alias_room)
                                  : new_actor(x, ix, name, name_len, lk, img);
    if (!a) return NULL;
    /* the aliases not to index: those keyed as an earlier alias, and for an
     * entry new_actor just made under the name (its name key and spelling
     * are in), those keyed as the name */
    uint64_t skip = le ? le->dup_aliases | (have == DS_NONE ? le->name_dup_aliases : 0) : 0;
    if (alias_room && le->naliases && !a->aliases.cap)
        a->aliases.v = alias_room, a->aliases.cap = le->naliases;
    if (le && !a->in_lexicon) {
        /* a document-learnt entry meets its lexicon entry: the canonical name wins */
        if (strcmp(a->name, le->name) != 0) {
            const char *old = a->name;
            a->name = ds_facts_str(x, le->name);
            if (!a->name || !add_spelling(x, ix, (uint32_t)(a - x->actors.v), a->name) ||
                !ds_facts_actor_alias(x, a, old, strlen(old)))
                return NULL;
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
    /* ix is still in step (what ds_facts_actor_alias() would ask
     * actor_index() for): only new_actor() added to x->actors, and it
     * synced ix; alias i's strings are at off in img */
    size_t off = img ? name_len + lk[0].kn + lk[0].kdn + 3 : 0;
    for (uint32_t i = 0; le && !pending && i < le->naliases; i++) {
        size_t len = alias_len ? alias_len[i] : strlen(le->aliases[i]);
        const char *ai = img ? img + off : NULL;
        if (img) off += len + lk[1 + i].kn + lk[1 + i].kdn + 3;
        /* an alias in skip would find its name key owned by another actor
         * or its spelling in place, as the name or the earlier alias left
         * them: nothing to do */
        if (!(i < 64 && (skip >> i & 1u)) &&
            !alias_keyed(x, ix, a, le->aliases[i], len, &lk[1 + i], ai))
            return NULL;
    }
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
        return sources_add(x, &t->sources, &o->sources);
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
    take_date(to->dissolved, from->dissolved);
    if (!to->has_strength && from->has_strength) {
        memcpy(to->strength_as_of, from->strength_as_of, sizeof to->strength_as_of);
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
    if (n < 2) {
        x->actor_index = NULL; /* nothing to merge or sort (one note, one actor) */
        return DS_OK;
    }
    /* the index in step with no name key held by two actors (every name and
     * alias got its key checked against names when it was given, see
     * ix->shared): the union below would join nothing; only sort */
    const struct ds_actor_index *ix = x->actor_index;
    if (ix && ix->nactors == n && ix->base == x->actors.v && !ix->shared) {
        qsort(x->actors.v, n, sizeof *x->actors.v, cmp_actor);
        x->actor_index = NULL; /* rebuilt on next use */
        return DS_OK;
    }
    uint32_t *up = ds_arena_alloc(x->arena, n * sizeof *up);
    if (!up) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    for (uint32_t i = 0; i < n; i++) up[i] = i;

    /* union the actors that share any key, through a fresh index of keys */
    key_table fresh = {0};
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
