/* gazetteer.c - loads the compiled gazetteer (gazbin.h, memory-mapped) and
 * annotates place mentions: the annotation stage after timex/quantities.
 * Token n-grams (n <= 5) are looked up by their skeleton key (geokey.h);
 * candidates are resolved with the admin hierarchy written in the text
 * (GTD "Area, District, Province, Country", ACLED "Town (District,
 * Province)"), the countries of this and the previous sentence, the
 * document's focus country, and importance. Codes: ISO 3166-1 alpha-3.
 */
#include "gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ctx.h"
#include "doc.h"
#include "gazbin.h"
#include "fold.h"
#include "geokey.h"
#include "util/strmap.h"

struct ds_gazetteer {
    const unsigned char *map; /* the mapped file, NULL for the empty gazetteer */
    size_t map_len;
    const ds_gaz_header *h;
    const ds_gaz_entry *entries;
    const ds_gaz_slot *slots;
    const ds_gaz_cand *cands;
    const ds_gaz_country *countries;
    const char *pool;
};

/* ---- loading ------------------------------------------------------------ */

static bool gaz_validate(const ds_gazetteer *g, size_t len)
{
    const ds_gaz_header *h = g->h;
    if (len < sizeof *h || memcmp(h->magic, DS_GAZ_MAGIC, 8) != 0 || h->version != DS_GAZ_VERSION ||
        h->total_size != len)
        return false;
    uint64_t e = (uint64_t)h->off_entries + (uint64_t)h->nentries * sizeof(ds_gaz_entry);
    uint64_t s = (uint64_t)h->off_slots + (uint64_t)h->nslots * sizeof(ds_gaz_slot);
    uint64_t c = (uint64_t)h->off_cands + (uint64_t)h->ncands * sizeof(ds_gaz_cand);
    uint64_t k = (uint64_t)h->off_countries + (uint64_t)h->ncountries * sizeof(ds_gaz_country);
    if (h->off_entries % 4 || h->off_slots % 4 || h->off_cands % 4 || h->off_countries % 4 ||
        e > h->off_slots || s > h->off_cands || c > h->off_countries || k > h->off_pool ||
        (uint64_t)h->off_pool + h->pool_size != len || h->pool_size == 0 ||
        g->pool[h->pool_size - 1] != '\0' || (h->nslots & (h->nslots - 1)) != 0)
        return false;
    for (uint32_t i = 0; i < h->nentries; i++) {
        const ds_gaz_entry *en = &g->entries[i];
        if (en->name >= h->pool_size || en->admin1 >= h->pool_size || en->admin2 >= h->pool_size ||
            en->feature > DS_FEAT_DEMONYM ||
            (en->admin1_id != UINT32_MAX && en->admin1_id >= h->nentries) || en->iso3[3] != '\0')
            return false;
    }
    for (uint32_t i = 0; i < h->nslots; i++) {
        const ds_gaz_slot *sl = &g->slots[i];
        if (sl->key >= h->pool_size || (uint64_t)sl->cand + sl->ncand > h->ncands) return false;
    }
    for (uint32_t i = 0; i < h->ncands; i++)
        if (g->cands[i].entry >= h->nentries) return false;
    for (uint32_t i = 0; i < h->ncountries; i++)
        if (g->countries[i].entry >= h->nentries) return false;
    return true;
}

ds_status ds_gazetteer_load(ds_gazetteer **out, const char *data_dir, char *err, size_t errlen)
{
    char path[4096];
    struct stat st;
    ds_gazetteer *g = calloc(1, sizeof *g);
    *out = NULL;
    if (!g) return DS_ENOMEM;
    snprintf(path, sizeof path, "%s/gazetteer.bin", data_dir ? data_dir : ".");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) { /* no gazetteer built: places are simply not annotated */
            *out = g;
            return DS_OK;
        }
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        free(g);
        return DS_EIO;
    }
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)sizeof(ds_gaz_header)) {
        snprintf(err, errlen, "%s: not a gazetteer (too short)", path);
        goto corrupt;
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        snprintf(err, errlen, "%s: mmap: %s", path, strerror(errno));
        goto corrupt;
    }
    g->map = m;
    g->map_len = (size_t)st.st_size;
    g->h = m;
    g->entries = (const void *)(g->map + g->h->off_entries);
    g->slots = (const void *)(g->map + g->h->off_slots);
    g->cands = (const void *)(g->map + g->h->off_cands);
    g->countries = (const void *)(g->map + g->h->off_countries);
    g->pool = (const char *)(g->map + g->h->off_pool);
    if (g->h->off_pool > g->map_len || !gaz_validate(g, g->map_len)) {
        snprintf(err, errlen, "%s: corrupt or from another version (rebuild it)", path);
        goto corrupt;
    }
    close(fd);
    *out = g;
    return DS_OK;
corrupt:
    close(fd);
    ds_gazetteer_free(g);
    return DS_EDATA;
}

void ds_gazetteer_free(ds_gazetteer *gaz)
{
    if (!gaz) return;
    if (gaz->map) munmap((void *)gaz->map, gaz->map_len);
    free(gaz);
}

uint32_t ds_gazetteer_size(const ds_gazetteer *gaz)
{
    return gaz && gaz->h ? gaz->h->nentries : 0;
}

static const char *pool_str(const ds_gazetteer *g, uint32_t off)
{
    return off ? g->pool + off : NULL;
}

bool ds_gazetteer_get(const ds_gazetteer *gaz, uint32_t gaz_id, ds_gaz_place *out)
{
    if (!gaz || !gaz->h || gaz_id >= gaz->h->nentries) return false;
    const ds_gaz_entry *e = &gaz->entries[gaz_id];
    out->name = gaz->pool + e->name;
    out->feature = (ds_feature)e->feature;
    memcpy(out->iso3, e->iso3, 4);
    out->admin1 = pool_str(gaz, e->admin1);
    out->admin2 = pool_str(gaz, e->admin2);
    out->has_coords = (e->flags & DS_GAZF_COORDS) != 0;
    out->lat = out->has_coords ? (double)e->lat : 0;
    out->lon = out->has_coords ? (double)e->lon : 0;
    return true;
}

static uint32_t country_entry(const ds_gazetteer *gaz, const char *iso3)
{
    if (!gaz || !gaz->h || !iso3) return UINT32_MAX;
    uint32_t lo = 0, hi = gaz->h->ncountries;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strncmp(gaz->countries[mid].iso3, iso3, 3);
        if (c == 0) return gaz->countries[mid].entry;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return UINT32_MAX;
}

bool ds_gazetteer_country(const ds_gazetteer *gaz, const char *iso3, ds_gaz_place *out)
{
    uint32_t id = country_entry(gaz, iso3);
    return id != UINT32_MAX && ds_gazetteer_get(gaz, id, out);
}

/* The slot of a skeleton key, or NULL. */
static const ds_gaz_slot *gaz_lookup(const ds_gazetteer *g, const char *key, size_t len)
{
    if (!g->h || !len) return NULL;
    uint32_t h = (uint32_t)strmap_hash(key, len), mask = g->h->nslots - 1;
    for (uint32_t j = h & mask;; j = (j + 1) & mask) {
        const ds_gaz_slot *s = &g->slots[j];
        if (!s->key) return NULL;
        if (s->hash == h && strncmp(g->pool + s->key, key, len) == 0 && !g->pool[s->key + len])
            return s;
    }
}

uint32_t ds_gazetteer_find(const ds_gazetteer *gaz, const char *name, size_t len, uint32_t *ids,
                           uint32_t cap)
{
    char folded[512], key[512];
    size_t n = ds_fold(folded, sizeof folded, name, len);
    if (!gaz || n == (size_t)-1) return 0;
    size_t kl = ds_geo_key(key, sizeof key, folded, n);
    const ds_gaz_slot *s = gaz_lookup(gaz, key, kl);
    uint32_t k = 0;
    for (uint32_t i = 0; s && i < s->ncand; i++) {
        uint32_t e = gaz->cands[s->cand + i].entry;
        bool dup = false;
        for (uint32_t j = 0; j < k && j < cap; j++) dup |= ids[j] == e;
        if (dup) continue;
        if (k < cap) ids[k] = e;
        k++;
    }
    return k;
}

/* ---- annotation ----------------------------------------------------------- */

enum { MAX_NGRAM = 5, NAME_CAP = 256 };

/* A span of tokens that names (or, with slot NULL, may name) a place. */
typedef struct raw_match {
    uint32_t sentence;
    uint32_t tok, ntok;  /* the name's tokens */
    uint32_t end_tok;    /* one past the name and its type word */
    uint32_t loose_hash; /* of the text as written */
    const ds_gaz_slot *slot;
    int8_t hint;      /* ds_feature from a type word ("Province"), -1 none */
    bool lower_inner; /* an inner token was lower case: needs an exact spelling */
    bool preposition; /* preceded by in/at/near/from/... */
    bool sentence_initial;
    bool title_before; /* preceded by a personal title or a capitalised non-place word */
    bool cap_after;    /* followed by a capitalised word that is not a place */
    bool name_before;  /* preceded by a capitalised word (not sentence-initial, not a place) */
    bool common_words; /* every word is a stop word or a direction ("South East") */
    bool paren;        /* linked to its parent by "(" (ACLED "Town (District, Province)") */
    bool has_child;    /* qualifies the match before it ("X, Kunduz") */
    uint32_t parent;   /* the next match in an "X, Y" / "X (Y, Z)" chain, or DS_NONE */
    uint32_t chosen;   /* resolved entry, DS_NONE when rejected */
    ds_geo_how how;
    uint32_t region_tok; /* "northern" before a country, or DS_NONE */
} raw_match;

/* ISO alpha-3 codes (char[4], NUL-padded) compared as one word. */
static bool iso_eq(const char *a, const char *b)
{
    uint32_t x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return x == y;
}

static bool in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (w[0] == (*list)[0] && !strcmp(w, *list)) return true;
    return false;
}

static const char *const PREPOSITIONS[] = {
    "in",     "at",     "near",   "from",    "to",     "into", "outside",
    "around", "across", "toward", "towards", "inside", "of",   "between",
    "and",    "on",     "via",    "through", "within", "over", NULL};

static const char *const TITLES[] = {
    "mr",      "mrs",     "ms",      "dr",        "gen",    "general",   "president", "mullah",
    "mawlawi", "maulvi",  "mawlavi", "sheikh",    "shaikh", "commander", "minister",  "governor",
    "colonel", "col",     "maj",     "major",     "capt",   "captain",   "haji",      "hajji",
    "qari",    "mufti",   "hafiz",   "engineer",  "eng",    "prof",      "professor", "sir",
    "lord",    "king",    "queen",   "prince",    "judge",  "senator",   "mp",        "mawli",
    "mullah",  "lt",      "sgt",     "ayatollah", "imam",   "emir",      "amir",      "saint",
    "st",      "brother", "sister",  "father",    "son",    "wife",      "daughter",  "named",
    NULL};

static const char *const DIRECTIONS[] = {"northern",     "southern",
                                         "eastern",      "western",
                                         "central",      "north-eastern",
                                         "northeastern", "north-western",
                                         "northwestern", "south-eastern",
                                         "southeastern", "south-western",
                                         "southwestern", "northeast",
                                         "northwest",    "southeast",
                                         "southwest",    "north",
                                         "south",        "east",
                                         "west",         NULL};

/* The feature a type word after a name asks for, or -1. */
static int type_word_feature(const char *w)
{
    static const char *const admin1[] = {"province", "region",      "oblast",
                                         "state",    "governorate", "prefecture",
                                         "wilayat",  "provinces",   NULL};
    static const char *const admin2[] = {"district", "county", "tehsil",    "rayon",
                                         "agency",   "cercle", "districts", NULL};
    static const char *const city[] = {"city",       "town",         "village",
                                       "capital",    "township",     "hamlet",
                                       "settlement", "municipality", NULL};
    if (in_list(w, admin1)) return DS_FEAT_ADMIN1;
    if (in_list(w, admin2)) return DS_FEAT_ADMIN2;
    if (in_list(w, city)) return DS_FEAT_CITY;
    return -1;
}

/* Words after a name that make it a place of unknown name ("Sayad area"). */
static bool is_area_word(const char *w)
{
    static const char *const words[] = {"area",   "locality", "neighborhood", "neighbourhood",
                                        "valley", "bazaar",   "market",       NULL};
    return in_list(w, words);
}

static uint32_t loose_hash_of(const char *folded, size_t n)
{
    char loose[NAME_CAP];
    size_t l = ds_geo_loose(loose, sizeof loose, folded, n);
    return (uint32_t)strmap_hash(loose, l);
}

/* Joins the norms of tokens [a, b) with spaces into out; returns the length or 0. */
static size_t join_norms(char *out, size_t cap, const ds_token *tok, uint32_t a, uint32_t b)
{
    size_t o = 0;
    for (uint32_t i = a; i < b; i++) {
        size_t l = tok[i].norm_len;
        if (o + l + 2 > cap) return 0;
        if (i > a) out[o++] = ' ';
        memcpy(out + o, tok[i].norm, l);
        o += l;
    }
    out[o] = '\0';
    return o;
}

/* What the matcher keeps of a token, computed once: its key and whether it
 * is a stop word. */
typedef struct tok_geo {
    uint32_t key_off; /* in geo_state.keys */
    uint16_t key_len;
    uint8_t stop; /* 0 not yet known, 1 no, 2 yes */
    uint8_t connector;
    uint8_t keyed; /* key_len and connector computed */
    int8_t type;   /* type_word_feature + 2; 0 not yet known */
    uint8_t area;  /* 1 an area word */
} tok_geo;

/* Per-document working state. */
typedef struct geo_state {
    ds_doc *doc;
    const ds_gazetteer *g;
    DS_VEC(raw_match) m;
    char (*sent_iso)[4][4]; /* per sentence: up to 4 countries named in it */
    tok_geo *tg;            /* per token */
    int round;              /* resolution round (0, 1) */
    char *keys;             /* the tokens' keys */
} geo_state;

static bool is_stopword_slow(const ds_gazetteer *g, const ds_token *t)
{
    char key[NAME_CAP];
    key[0] = '#';
    size_t l = ds_geo_loose(key + 1, sizeof key - 1, t->norm, t->norm_len);
    return l && gaz_lookup(g, key, l + 1) != NULL;
}

/* "Avat village in X district of Y region": containment after a type word. */
static bool is_chain_word(const ds_token *t)
{
    return !strcmp(t->norm, "in") || !strcmp(t->norm, "of");
}

static bool is_stopword(geo_state *st, const ds_token *t)
{
    tok_geo *tg = &st->tg[t - st->doc->tokens.v];
    if (!tg->stop) tg->stop = is_stopword_slow(st->g, t) ? 2 : 1;
    return tg->stop == 2;
}

/* Reserves room for every word token's key in one arena block; the keys
 * are computed when first needed (tok_key). */
static ds_status token_keys(geo_state *st)
{
    ds_doc *doc = st->doc;
    size_t total = 1;
    for (uint32_t t = 0; t < doc->tokens.n; t++)
        if (doc->tokens.v[t].flags & DS_TOK_WORD) total += 2u * doc->tokens.v[t].norm_len + 2;
    st->tg = ds_arena_alloc(doc->arena, doc->tokens.n * sizeof *st->tg);
    st->keys = ds_arena_alloc(doc->arena, total);
    if (!st->tg || !st->keys || total > UINT32_MAX) return DS_ENOMEM;
    size_t o = 0;
    for (uint32_t t = 0; t < doc->tokens.n; t++) {
        st->tg[t].key_off = (uint32_t)o;
        if (doc->tokens.v[t].flags & DS_TOK_WORD) o += 2u * doc->tokens.v[t].norm_len + 2;
    }
    return DS_OK;
}

static const tok_geo *tok_key(geo_state *st, uint32_t t)
{
    tok_geo *tg = &st->tg[t];
    const ds_token *tk = &st->doc->tokens.v[t];
    if (tg->keyed) return tg;
    tg->keyed = 1;
    if (!(tk->flags & DS_TOK_WORD)) return tg;
    size_t kl = ds_geo_key(st->keys + tg->key_off, 2u * tk->norm_len + 2, tk->norm, tk->norm_len);
    tg->key_len = (uint16_t)(kl < UINT16_MAX ? kl : 0);
    tg->connector = ds_geo_is_connector(tk->norm, tk->norm_len);
    return tg;
}

/* type_word_feature of token t, cached; also sets *area. */
static int tok_type(geo_state *st, const ds_token *t, bool *area)
{
    tok_geo *tg = &st->tg[t - st->doc->tokens.v];
    if (!tg->type) {
        tg->type = (int8_t)(type_word_feature(t->norm) + 2);
        tg->area = is_area_word(t->norm);
    }
    if (area) *area = tg->area;
    return tg->type - 2;
}

static bool is_connector_token(const ds_token *t)
{
    static const char *const w[] = {"e",  "i",  "ye", "al", "el",  "ul", "de", "du",  "la",
                                    "of", "ez", "az", "as", "ad",  "an", "ar", "ash", "at",
                                    "ed", "es", "da", "di", "des", "le", NULL};
    return in_list(t->norm, w);
}

/* Finds the longest n-gram at token i (of a sentence ending before end)
 * that the gazetteer knows; fills m and returns true. */
static bool match_at(geo_state *st, const ds_token *tok, uint32_t i, uint32_t end, raw_match *m)
{
    const ds_gazetteer *g = st->g;
    char text[NAME_CAP], key[NAME_CAP];
    if (!(tok[i].flags & DS_TOK_WORD) || !(tok[i].flags & (DS_TOK_CAP | DS_TOK_UPPER)))
        return false;
    uint32_t maxn = end - i < MAX_NGRAM ? end - i : MAX_NGRAM;
    uint32_t nw = 0;
    bool lower = false;
    /* the run of word tokens usable in a name */
    while (nw < maxn && (tok[i + nw].flags & DS_TOK_WORD)) nw++;
    for (uint32_t n = nw; n >= 1; n--) {
        const ds_token *last = &tok[i + n - 1];
        if (n > 1 && (!(last->flags & (DS_TOK_CAP | DS_TOK_UPPER)) || is_connector_token(last)))
            continue;
        lower = false;
        for (uint32_t k = i + 1; k + 1 < i + n; k++)
            if (!(tok[k].flags & (DS_TOK_CAP | DS_TOK_UPPER))) lower = true;
        if (n == 1 && is_stopword(st, &tok[i])) return false;
        /* the n-gram's key: its tokens' keys, connectors after the first dropped */
        size_t kl = 0;
        bool fits = true;
        for (uint32_t k = i; k < i + n && fits; k++) {
            const tok_geo *tg = tok_key(st, k);
            if (k > i && tg->connector) continue;
            if (!tg->key_len || kl + tg->key_len + 1 > sizeof key)
                fits = false;
            else
                memcpy(key + kl, st->keys + tg->key_off, tg->key_len), kl += tg->key_len;
        }
        if (!fits || !kl) continue;
        key[kl] = '\0';
        const ds_gaz_slot *s = gaz_lookup(g, key, kl);
        if (!s || !s->ncand) continue;
        size_t tl = join_norms(text, sizeof text, tok, i, i + n);
        if (!tl) continue;
        uint32_t lh = loose_hash_of(text, tl);
        if (lower) { /* "Bannu and Mir": lower-case inner words only in an exact name */
            bool exact = false;
            for (uint32_t c = 0; c < s->ncand && !exact; c++)
                exact = g->cands[s->cand + c].loose_hash == lh;
            if (!exact) continue;
        }
        memset(m, 0, sizeof *m);
        m->common_words = true;
        for (uint32_t k = i; k < i + n; k++)
            m->common_words &= is_stopword(st, &tok[k]) || in_list(tok[k].norm, DIRECTIONS) ||
                               is_connector_token(&tok[k]);
        m->tok = i;
        m->ntok = n;
        m->end_tok = i + n;
        m->slot = s;
        m->lower_inner = lower;
        m->loose_hash = lh;
        m->hint = -1;
        return true;
    }
    return false;
}

static void sent_add_iso(geo_state *st, uint32_t s, const char *iso3)
{
    if (!st->sent_iso || !iso3[0]) return;
    for (int k = 0; k < 4; k++) {
        if (iso_eq(st->sent_iso[s][k], iso3)) return;
        if (!st->sent_iso[s][k][0]) {
            memcpy(st->sent_iso[s][k], iso3, 4);
            return;
        }
    }
}

static bool sent_has_iso(const geo_state *st, uint32_t s, const char *iso3)
{
    if (!st->sent_iso || !iso3[0]) return false;
    for (uint32_t d = 0; d < 2 && d <= s; d++)
        for (int k = 0; k < 4; k++)
            if (iso_eq(st->sent_iso[s - d][k], iso3)) return true;
    return false;
}

/* The candidate of m that is a country named exactly, or UINT32_MAX. */
static uint32_t country_cand(const geo_state *st, const raw_match *m, bool demonym_too)
{
    if (!m->slot) return UINT32_MAX;
    for (uint32_t i = 0; i < m->slot->ncand; i++) {
        const ds_gaz_cand *c = &st->g->cands[m->slot->cand + i];
        const ds_gaz_entry *e = &st->g->entries[c->entry];
        if ((e->feature == DS_FEAT_COUNTRY || (demonym_too && e->feature == DS_FEAT_DEMONYM)) &&
            c->loose_hash == m->loose_hash)
            return c->entry;
    }
    return UINT32_MAX;
}

/* Pass 1: raw matches of every sentence outside furniture and footnotes. */
static ds_status collect(geo_state *st)
{
    ds_doc *doc = st->doc;
    const ds_token *tok = doc->tokens.v;
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        ds_block_kind bk =
            se->block < doc->blocks.n ? doc->blocks.v[se->block].kind : DS_BLOCK_PROSE;
        if (bk == DS_BLOCK_FURNITURE || bk == DS_BLOCK_FOOTNOTE) continue;
        uint32_t first = se->first_token, end = se->first_token + se->ntokens;
        if (end > doc->tokens.n) end = doc->tokens.n;
        uint32_t sent_first = DS_NONE;
        for (uint32_t i = first; i < end; i++) {
            if (tok[i].flags & (DS_TOK_WORD | DS_TOK_NUMBER)) {
                sent_first = i;
                break;
            }
        }
        for (uint32_t i = first; i < end;) {
            raw_match m;
            if (!(tok[i].flags & DS_TOK_WORD) || !(tok[i].flags & (DS_TOK_CAP | DS_TOK_UPPER))) {
                i++;
                continue;
            }
            bool known = match_at(st, tok, i, end, &m);
            /* the capitalised run at i; followed (after a type or area word) by
             * "," or "(" it may be a place the gazetteer lacks, kept if the
             * names after it resolve ("Bagh-e Shamal, Baghlan, Afghanistan") */
            uint32_t j = i, n = 0;
            bool area = false;
            while (
                j < end && n < 5 && (tok[j].flags & DS_TOK_WORD) &&
                ((tok[j].flags & DS_TOK_CAP) || (n > 0 && is_connector_token(&tok[j]) &&
                                                 j + 1 < end && (tok[j + 1].flags & DS_TOK_CAP))) &&
                !is_stopword(st, &tok[j]) && tok_type(st, &tok[j], &area) < 0 && !area)
                j++, n++;
            uint32_t after = j;
            if (after < end && (tok[after].flags & DS_TOK_WORD) &&
                (tok_type(st, &tok[after], &area) >= 0 || area))
                after++;
            bool run_ok = n > 0 && n < 5 && i != sent_first && after < end &&
                          (((tok[after].flags & DS_TOK_PUNCT) &&
                            (tok[after].norm[0] == ',' || tok[after].norm[0] == '(')) ||
                           (after > j && is_chain_word(&tok[after])));
            if (known && run_ok && n > m.ntok) known = false;
            if (!known) {
                if (!run_ok) {
                    i++;
                    continue;
                }
                memset(&m, 0, sizeof m);
                m.tok = i;
                m.ntok = n;
                m.end_tok = j;
                m.hint = -1;
                m.slot = NULL;
            }
            m.sentence = s;
            m.parent = m.chosen = m.region_tok = DS_NONE;
            m.sentence_initial = i == sent_first;
            if (m.end_tok < end && (tok[m.end_tok].flags & DS_TOK_WORD)) {
                int f = tok_type(st, &tok[m.end_tok], &area);
                if (f >= 0) {
                    m.hint = (int8_t)f;
                    m.end_tok++;
                } else if (area) {
                    m.end_tok++;
                }
            }
            if (i > first) {
                const ds_token *p = &tok[i - 1];
                m.preposition = in_list(p->norm, PREPOSITIONS);
                m.title_before = in_list(p->norm, TITLES);
                m.name_before = (p->flags & DS_TOK_WORD) && (p->flags & DS_TOK_CAP) &&
                                !(p->flags & DS_TOK_UPPER) && i - 1 != sent_first &&
                                !is_stopword(st, p);
                if (in_list(p->norm, DIRECTIONS)) m.region_tok = i - 1;
                /* "Villas de San Juan": a name continued through a connector */
                if (is_connector_token(p) && i >= first + 2) {
                    const ds_token *pp = &tok[i - 2];
                    m.name_before |= (pp->flags & DS_TOK_WORD) && (pp->flags & DS_TOK_CAP) &&
                                     !is_stopword(st, pp);
                }
            }
            m.cap_after = m.end_tok < end && (tok[m.end_tok].flags & DS_TOK_WORD) &&
                          (tok[m.end_tok].flags & DS_TOK_CAP) &&
                          !(tok[m.end_tok].flags & DS_TOK_UPPER) &&
                          !is_stopword(st, &tok[m.end_tok]);
            raw_match *slot = ds_vec_push(doc->arena, &st->m);
            if (!slot) return DS_ENOMEM;
            *slot = m;
            i = m.end_tok;
        }
    }
    return DS_OK;
}

/* Links "X, Y" and "X (Y, Z)" chains: m.parent is the next match when only a
 * comma or an opening parenthesis stands between them. */
static void link_chains(geo_state *st)
{
    const ds_token *tok = st->doc->tokens.v;
    for (uint32_t k = 0; k + 1 < st->m.n; k++) {
        raw_match *a = &st->m.v[k], *b = &st->m.v[k + 1];
        if (a->sentence != b->sentence) continue;
        bool typed = a->end_tok > a->tok + a->ntok; /* "X district", "Y village" */
        if (b->tok == a->end_tok + 1 &&
            (((tok[a->end_tok].flags & DS_TOK_PUNCT) &&
              (tok[a->end_tok].norm[0] == ',' || tok[a->end_tok].norm[0] == '(')) ||
             (typed && is_chain_word(&tok[a->end_tok])))) {
            a->parent = k + 1;
            a->paren = tok[a->end_tok].norm[0] == '(';
            b->has_child = true;
        }
    }
}

static void count_focus(geo_state *st)
{
    ds_doc *doc = st->doc;
    uint32_t counts[64] = {0};
    char isos[64][4];
    uint32_t niso = 0, best = 0;
    for (uint32_t k = 0; k < st->m.n; k++) {
        raw_match *m = &st->m.v[k];
        /* only countries named: "Russian forces" names an actor, not where */
        uint32_t c = country_cand(st, m, false);
        if (c == UINT32_MAX) continue;
        const ds_gaz_entry *e = &st->g->entries[c];
        if ((e->flags & DS_GAZF_NEEDS_SUPPORT) && !m->preposition) continue;
        sent_add_iso(st, m->sentence, e->iso3);
        uint32_t j;
        for (j = 0; j < niso && !iso_eq(isos[j], e->iso3); j++) {
        }
        if (j == niso) {
            if (niso == 64) continue;
            memcpy(isos[niso++], e->iso3, 4);
        }
        counts[j]++;
        if (counts[j] > counts[best]) best = j;
    }
    if (niso) memcpy(doc->focus_iso3, isos[best], 4);
}

/* Without a country named, the focus is the country most resolved places are in. */
static void focus_from_resolved(geo_state *st)
{
    char isos[16][4];
    uint32_t counts[16] = {0}, niso = 0, best = 0;
    for (uint32_t k = 0; k < st->m.n; k++) {
        if (st->m.v[k].chosen == DS_NONE) continue;
        if (st->g->entries[st->m.v[k].chosen].feature == DS_FEAT_DEMONYM) continue;
        const char *iso = st->g->entries[st->m.v[k].chosen].iso3;
        uint32_t j;
        if (!iso[0]) continue;
        for (j = 0; j < niso && !iso_eq(isos[j], iso); j++) {
        }
        if (j == niso) {
            if (niso == 16) continue;
            memcpy(isos[niso++], iso, 4);
        }
        if (++counts[j] > counts[best]) best = j;
    }
    if (niso) memcpy(st->doc->focus_iso3, isos[best], 4);
}

/* True when entry e fits the resolved ancestor a (admin1, country, district). */
static bool fits_parent(const ds_gazetteer *g, const ds_gaz_entry *e, uint32_t eid, uint32_t aid)
{
    const ds_gaz_entry *a = &g->entries[aid];
    if (!iso_eq(e->iso3, a->iso3) || eid == aid) return false;
    switch ((ds_feature)a->feature) {
    case DS_FEAT_COUNTRY:
        return true;
    case DS_FEAT_DEMONYM: /* "Pashto, Dari, Russian" is a list of languages */
        return false;
    case DS_FEAT_ADMIN1:
        return e->admin1_id == aid;
    case DS_FEAT_ADMIN2:
        return e->feature == DS_FEAT_CITY && e->admin2 && e->admin2 == a->name;
    case DS_FEAT_CITY:
        /* ACLED "(Quetta, Balochistan)": the district named after its town */
        return (e->admin2 && e->admin2 == a->admin2) ||
               (e->feature == DS_FEAT_ADMIN2 && e->name == a->admin2) ||
               (a->admin1_id != UINT32_MAX && e->admin1_id == a->admin1_id);
    case DS_FEAT_REGION:
        return a->admin1_id != UINT32_MAX && e->admin1_id == a->admin1_id;
    }
    return false;
}

/* What supports one candidate of a match. */
typedef struct cand_eval {
    bool exact, hier, ctx, focus, hinted, child;
} cand_eval;

/* Whether candidate e of m may be taken at all, given what supports it. */
static bool acceptable(const geo_state *st, const raw_match *m, const ds_gaz_entry *e,
                       const cand_eval *v, bool parent_resolved, size_t keylen, bool upper)
{
    bool geo = v->hier || v->ctx || v->focus;
    bool country = e->feature == DS_FEAT_COUNTRY || e->feature == DS_FEAT_DEMONYM;
    bool strong = (country || e->feature == DS_FEAT_REGION || (e->flags & DS_GAZF_OWN) ||
                   e->feature == DS_FEAT_ADMIN1) &&
                  !(e->flags & DS_GAZF_NEEDS_SUPPORT);
    if ((keylen < 3 || m->lower_inner || upper || country) && !v->exact)
        return false; /* short skeletons, acronyms, countries: the spelling must be exact */
    if (parent_resolved && !v->hier &&
        !(country || e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_REGION))
        return false; /* "Fatehabad, Nangarhar": not this one; a place of the chain instead
                       * (a province or country is rather a list: "Balkh, Kunduz, and Kabul") */
    if (m->title_before && !v->hier && !country) return false; /* "Mawlawi Khar" */
    if ((e->flags & DS_GAZF_NEEDS_SUPPORT) || m->common_words)
        return v->hier || (m->preposition && (geo || (v->exact && country)) && !m->name_before &&
                           !m->cap_after);
    bool hinted = v->hinted && (!st->doc->focus_iso3[0] || v->focus);
    if ((m->cap_after || m->name_before) && !v->hier && !country)
        return false; /* part of a longer proper name: "Jordan Peterson", "Villas de San Juan" */
    if (strong && v->exact) return true;
    if (strong) return v->hier || v->child || hinted || (m->preposition && keylen >= 4 && geo);
    if (geo) /* "Termiz" for "Termez" needs a long enough skeleton */
        return v->exact || v->hier || (keylen >= 5 && (m->preposition || hinted));
    /* a village abroad with nothing to support it: only in a document with
     * no known country, and only once the first round has found none */
    return st->round > 0 && !st->doc->focus_iso3[0] && v->exact && (m->preposition || v->hinted) &&
           !m->sentence_initial && (m->ntok > 1 || keylen >= 4);
}

/* Picks the entry of m (parents are resolved first): the best-scoring
 * acceptable candidate; m->chosen stays DS_NONE when there is none. */
static void resolve(geo_state *st, uint32_t k)
{
    raw_match *m = &st->m.v[k];
    const ds_gazetteer *g = st->g;
    if (!m->slot) return;
    uint32_t best = DS_NONE, ncountries = 0;
    long best_score = -1;
    cand_eval bv = {0};
    char first_iso[4] = "";
    bool parent_resolved = false;
    for (uint32_t p = m->parent; p != DS_NONE; p = st->m.v[p].parent)
        parent_resolved |= st->m.v[p].chosen != DS_NONE;
    size_t keylen = strlen(g->pool + m->slot->key);
    bool upper = true;
    for (uint32_t t = m->tok; t < m->tok + m->ntok; t++)
        upper &= (st->doc->tokens.v[t].flags & DS_TOK_UPPER) != 0;
    const raw_match *child = k > 0 && st->m.v[k - 1].parent == k ? &st->m.v[k - 1] : NULL;
    /* GTD "Place, Kabul, Afghanistan": the name between a place and its country is a province */
    bool parent_is_country = m->parent != DS_NONE && st->m.v[m->parent].chosen != DS_NONE &&
                             g->entries[st->m.v[m->parent].chosen].feature == DS_FEAT_COUNTRY;
    /* "Balkh, Kunduz, and Kabul" is a list: the name before is itself a division */
    bool child_is_division = false;
    for (uint32_t j = 0; child && child->slot && j < child->slot->ncand; j++) {
        const ds_gaz_cand *cc = &g->cands[child->slot->cand + j];
        uint8_t f = g->entries[cc->entry].feature;
        if (cc->loose_hash == child->loose_hash && (f == DS_FEAT_ADMIN1 || f == DS_FEAT_COUNTRY))
            child_is_division = true;
    }
    for (uint32_t i = 0; i < m->slot->ncand; i++) {
        const ds_gaz_cand *c = &g->cands[m->slot->cand + i];
        const ds_gaz_entry *e = &g->entries[c->entry];
        cand_eval v = {0};
        if (!iso_eq(first_iso, e->iso3)) ncountries++, memcpy(first_iso, e->iso3, 4);
        v.exact = c->loose_hash == m->loose_hash;
        /* the nearest division above decides; the country only when none is named
         * ("Sayad area, Mahmud Raqi, Kapisa, Afghanistan": not a Sayad elsewhere) */
        bool divided = false;
        for (uint32_t p = m->parent; p != DS_NONE && !v.hier; p = st->m.v[p].parent) {
            uint32_t pc = st->m.v[p].chosen;
            if (pc == DS_NONE) continue;
            uint8_t pf = g->entries[pc].feature;
            if (pf == DS_FEAT_COUNTRY && divided) break;
            v.hier = fits_parent(g, e, c->entry, pc);
            if (pf != DS_FEAT_COUNTRY) divided = true;
            if (pf == DS_FEAT_ADMIN1) break;
        }
        v.ctx = sent_has_iso(st, m->sentence, e->iso3);
        v.focus = st->doc->focus_iso3[0] && iso_eq(st->doc->focus_iso3, e->iso3);
        v.hinted = m->hint >= 0 && (m->hint == e->feature ||
                                    (m->hint == DS_FEAT_CITY && e->feature == DS_FEAT_ADMIN2));
        /* "Town (Town, Yatenga)": a name that places another is a division */
        if (m->has_child && m->hint < 0 && v.exact &&
            (e->feature == DS_FEAT_ADMIN1 || e->feature == DS_FEAT_ADMIN2))
            v.hinted = true;
        long score = e->importance;
        if (v.exact) score += 4000;
        if (v.hier) score += 8000;
        if (v.hinted) score += m->hint == e->feature ? 4000 : 1000;
        /* in "Town, Province, Country" the middle names a division */
        if (m->has_child && !child_is_division && m->hint < 0 && e->feature == DS_FEAT_ADMIN1)
            score += parent_is_country ? 4500 : 1500;
        if (v.ctx) score += 3000;
        if (v.focus) score += 2000;
        /* the child bonus is at most 2500: skip what cannot win */
        if (score + (child ? 2500 : 0) <= best_score) continue;
        /* "Islamabad, Federal Capital Territory": the name before supports the
         * division; the child's most important candidates suffice (sorted lists) */
        long child_bonus = 0;
        uint32_t nchild = child && child->slot ? child->slot->ncand : 0;
        if (nchild > 16) nchild = 16;
        for (uint32_t j = 0; j < nchild; j++) {
            const ds_gaz_cand *cc = &g->cands[child->slot->cand + j];
            if (fits_parent(g, &g->entries[cc->entry], cc->entry, c->entry)) {
                long imp = g->entries[cc->entry].importance;
                if (imp > child_bonus) child_bonus = imp;
                v.child = true;
            }
        }
        if (child_bonus > 2500) child_bonus = 2500;
        score += child_bonus;
        if (!acceptable(st, m, e, &v, parent_resolved, keylen, upper)) continue;
        if (score > best_score) {
            best_score = score;
            best = c->entry;
            bv = v;
        }
    }
    if (best == DS_NONE) return;
    m->chosen = best;
    if (bv.hier)
        m->how = DS_GEO_HIERARCHY;
    else if (m->slot->ncand == 1 || ncountries == 1)
        m->how = DS_GEO_UNIQUE;
    else if (bv.ctx)
        m->how = DS_GEO_CONTEXT;
    else if (bv.focus)
        m->how = DS_GEO_FOCUS;
    else
        m->how = DS_GEO_POPULATION;
}

/* True when some candidate of m is in country iso3 (then a rejected m is
 * another place of that country, not one the gazetteer lacks). */
static bool known_in_country(const ds_gazetteer *g, const raw_match *m, const char *iso3)
{
    for (uint32_t i = 0; i < m->slot->ncand; i++)
        if (iso_eq(g->entries[g->cands[m->slot->cand + i].entry].iso3, iso3)) return true;
    return false;
}

static ds_status emit(geo_state *st, uint32_t k)
{
    ds_doc *doc = st->doc;
    const ds_gazetteer *g = st->g;
    raw_match *m = &st->m.v[k];
    const ds_token *tok = doc->tokens.v;
    ds_gaz_place gp;
    ds_place *p;
    if (m->chosen == DS_NONE) {
        /* a place the gazetteer lacks, placed by the chain that follows it */
        uint32_t pk = m->parent;
        while (pk != DS_NONE && st->m.v[pk].chosen == DS_NONE) pk = st->m.v[pk].parent;
        if (pk == DS_NONE) return DS_OK;
        const raw_match *par = &st->m.v[pk];
        if (!ds_gazetteer_get(g, par->chosen, &gp)) return DS_OK;
        if (gp.feature == DS_FEAT_DEMONYM || gp.feature == DS_FEAT_REGION) return DS_OK;
        /* "Los Angeles, New York": a list of towns, unless written "Town (Town, ...)"
         * or the town is itself placed ("X, Kabul, Afghanistan") */
        if (gp.feature == DS_FEAT_CITY && !m->paren && par->parent == DS_NONE) return DS_OK;
        if (gp.feature == DS_FEAT_COUNTRY && m->slot && known_in_country(g, m, gp.iso3))
            return DS_OK;
        if (gp.feature == DS_FEAT_COUNTRY && !m->preposition) return DS_OK;
        if (m->title_before) return DS_OK;
        if (!(p = ds_vec_push(doc->arena, &doc->places))) return DS_ENOMEM;
        uint32_t a = tok[m->tok].span.start, b = tok[m->tok + m->ntok - 1].span.end;
        p->span = (ds_span){a, tok[m->end_tok - 1].span.end};
        p->sentence = m->sentence;
        p->gaz_id = DS_NONE;
        p->feature = m->hint == DS_FEAT_ADMIN2 ? DS_FEAT_ADMIN2 : DS_FEAT_CITY;
        p->how = DS_GEO_HIERARCHY;
        memcpy(p->iso3, gp.iso3, 4);
        p->name = ds_arena_strndup(doc->arena, doc->text + a, b - a);
        p->admin1 = gp.feature == DS_FEAT_COUNTRY ? NULL : gp.admin1;
        p->admin2 = gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2 ? gp.admin2 : NULL;
        if (p->feature == DS_FEAT_ADMIN2) p->admin2 = p->name;
        p->has_coords =
            gp.has_coords && (gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2);
        p->lat = p->has_coords ? gp.lat : 0;
        p->lon = p->has_coords ? gp.lon : 0;
        return p->name ? DS_OK : DS_ENOMEM;
    }
    if (!ds_gazetteer_get(g, m->chosen, &gp)) return DS_OK;
    if (!(p = ds_vec_push(doc->arena, &doc->places))) return DS_ENOMEM;
    uint32_t start = tok[m->tok].span.start;
    p->sentence = m->sentence;
    p->gaz_id = m->chosen;
    p->feature = gp.feature;
    p->how = m->how;
    memcpy(p->iso3, gp.iso3, 4);
    p->name = gp.name;
    p->admin1 = gp.feature == DS_FEAT_COUNTRY || gp.feature == DS_FEAT_DEMONYM ? NULL : gp.admin1;
    p->admin2 = gp.admin2;
    p->lat = gp.lat;
    p->lon = gp.lon;
    p->has_coords = gp.has_coords;
    if (gp.feature == DS_FEAT_COUNTRY && m->region_tok != DS_NONE) {
        /* "northern Afghanistan": an informal region of the country */
        const ds_token *d = &tok[m->region_tok];
        start = d->span.start;
        p->feature = DS_FEAT_REGION;
        p->name = ds_arena_printf(doc->arena, "%c%s %s", d->norm[0] - 32, d->norm + 1, gp.name);
        if (!p->name) return DS_ENOMEM;
    }
    p->span = (ds_span){start, tok[m->end_tok - 1].span.end};
    return DS_OK;
}

ds_status ds_annotate_places(ds_doc *doc, ds_ctx *ctx)
{
    const ds_gazetteer *g = ctx && ctx->shared ? ctx->shared->gazetteer : NULL;
    geo_state st;
    ds_status rc;
    memset(&st, 0, sizeof st);
    st.doc = doc;
    st.g = g;
    doc->focus_iso3[0] = '\0';
    if (!g || !g->h || !doc->tokens.n || !doc->sentences.n) return DS_OK;
    st.sent_iso = ds_arena_alloc(doc->arena, (size_t)doc->sentences.n * sizeof *st.sent_iso);
    if (!st.sent_iso) return ds_ctx_fail(ctx, DS_ENOMEM, "places: out of memory");
    if ((rc = token_keys(&st)) != DS_OK) return ds_ctx_fail(ctx, rc, "places: out of memory");
    if ((rc = collect(&st)) != DS_OK) return ds_ctx_fail(ctx, rc, "places: out of memory");
    link_chains(&st);
    count_focus(&st);
    /* right to left, so that a parent is resolved before the names it
     * qualifies; a second round lets earlier names support later ones */
    for (int round = 0; round < 2; round++) {
        st.round = round;
        for (uint32_t k = st.m.n; k-- > 0;) {
            raw_match *m = &st.m.v[k];
            if (m->chosen != DS_NONE) continue;
            resolve(&st, k);
            if (m->chosen != DS_NONE && g->entries[m->chosen].feature != DS_FEAT_DEMONYM)
                sent_add_iso(&st, m->sentence, g->entries[m->chosen].iso3);
        }
        if (round == 0 && !doc->focus_iso3[0]) focus_from_resolved(&st);
    }
    for (uint32_t k = 0; k < st.m.n; k++)
        if ((rc = emit(&st, k)) != DS_OK) return ds_ctx_fail(ctx, rc, "places: out of memory");
    return DS_OK;
}
