/* entities.c - actor mentions, document-learnt aliases and people. Annotation
 * stage after timex, quantities and places, before hedges: reads doc->tokens
 * (and the places/timexes to avoid), fills doc->actor_refs, doc->doc_actors
 * and doc->people. Actor names follow the lexicon (ACLED/GTD naming, see
 * data/actors.tsv); generic mentions ("the group", "Uzbek military",
 * "gunmen") are resolved per ACLED's conventions for unidentified actors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "doc.h"
#include "hedges.h"
#include "lexicon.h"
#include "util/strmap.h"

#define MATCH_TOKENS    14 /* longest name, in tokens (units of a key <= 10 + punctuation) */
#define KEY_CAP         256
#define ANAPHORA_BACK   4     /* "the group": an armed group of this or the 4 previous sentences */
#define ENT_ARENA_BLOCK 16384 /* per-document arrays up to this size come from the arena */

enum { MARK_FREE = 0, MARK_ACTOR, MARK_PLACE, MARK_TIMEX, MARK_PERSON };

typedef struct ent {
    ds_doc *doc;
    const ds_token *toks; /* doc->tokens.v */
    const ds_lexicon *lex;
    strmap doc_names;        /* key -> actor id (lexicon index or DS_DOC_ACTOR|i) | flags << 28 */
    strmap doc_starts;       /* first units of doc_names keys -> most units */
    uint64_t start_bytes[4]; /* bit c: a key of doc_starts starts with byte c (all: an empty key) */
    void *block;             /* owns the arrays below */
    uint8_t *mark;           /* per token */
    uint32_t *tok_place;     /* per token: the place starting there, or DS_NONE */
    uint32_t *sent_place;    /* per sentence: its first place (list through next_place) */
    uint32_t *next_place;    /* per place: the next place of the same sentence */
    uint32_t *cand;          /* the tokens pass 2 may start a mention or person at, in order */
    const char *last_iso3;   /* the country of the last known place of the sentences ... */
    uint32_t iso_upto;       /* ... before this one (advance_country, run when asked) */
    uint32_t cos_sentence;   /* country_of_sentence's last sentence (DS_NONE: none yet) ... */
    const char *cos_iso;     /* ... and its answer */
    const char **key;        /* per token: its key (its norm, or a copy in the doc arena) */
    uint16_t *key_len;
    ds_lex_token *facts; /* per token: what the lexicon knows of it (one probe) */
    uint64_t doc_words;  /* union of the tokens' word-list bits: rules gate on it */
    bool starts_folded;  /* doc_starts merged into facts[].most (after the definitions) */
    /* one-word names read as a person's surname ("Abdul Salam Haqqani"):
     * the same word alone later is that person ("Haqqani, the deputy ...") */
    uint32_t surname[8];
    uint32_t nsurnames;
    uint32_t title_group; /* title_group()'s answer; TITLE_GROUP_UNSET until asked */
    uint64_t per_byte;    /* tokens per text byte << 32: a text offset's likely token */
} ent;

/* The token a text offset's share of the text gives: the tokens are spread
 * about evenly, so a look-up started there is mostly a step or two from the
 * answer (any start gives the same answer). */
static inline uint32_t token_guess(const ent *e, uint32_t off)
{
    return (uint32_t)(((uint64_t)off * e->per_byte) >> 32);
}
#define TITLE_GROUP_UNSET (DS_NONE - 1)

/* ---- word lists ----------------------------------------------------------
 * Every closed list a rule tests a token against. The lexicon folds them
 * into its per-token map at load time (ds_lexicon_token), so a rule tests a
 * bit instead of comparing the token with each word of a list. */

enum {
    W_SOFT,       /* punctuation that does not end a name */
    W_CONNECTOR,  /* inside organisation names */
    W_ARMED_HEAD, /* head words of unknown organisations, by type */
    W_STATE_HEAD,
    W_PARTY_HEAD,
    W_GOV_HEAD,
    W_MEDIA_HEAD,
    W_INTL_HEAD,
    W_CIVIC_HEAD,
    W_NATIONAL, /* makes an armed-sounding name a state force */
    W_LEAD,     /* words before a defined long name */
    W_MEMBER,   /* "IS-KP militants" */
    W_ANAPHOR,  /* "the group" */
    W_ANAPHOR_MOD,
    W_UNIDENT, /* "gunmen" */
    W_SF_MOD,  /* "Uzbek security forces" */
    W_SF_MIL,
    W_SF_POL,
    W_SF_GOV,
    W_PARTICLE, /* inside person names */
    W_NOT_PERSON_HEAD,
    W_LEADING_STOP,
    W_ROLE_MOD,
    W_PREP,
    W_PROTEST,
    W_RALLY_VERB,
    W_ROAD,
    W_RIOT,
    W_THE,
    W_ARMED,
    W_RALLY,
    W_BLOCKED,
    W_KUNYA,
    W_OPEN,
    W_HEDGE, /* first words of hedge phrases: listed for hedges.c (ds_doc.hedge_toks) */
    /* bare_state_force's words: the force, a count before it, a thing of
     * the force after it, a word of its report */
    W_BARE_MIL,
    W_BARE_POL,
    W_FORCE_COUNT,
    W_FORCE_THING,
    W_SAY,
    W_LED,       /* "led by", "founded by": a person's name may follow (led_by_cue) */
    W_STRIKE,    /* "an Israeli strike": a force's head right after a nation word */
    W_KIN,       /* "clan", "ethnic": before "militia" (kin_militia) */
    W_ONE_ARMED, /* "a terrorist", "an insurgent": one armed man (one_armed_man) */
    W_COUNT
};

static const char *const soft_punct[] = {"-", "(", ")", "'", ".", "&", "/", NULL};
static const char *const name_connectors[] = {"of",  "the", "for", "and", "al", "e",   "i", "ul",
                                              "wal", "in",  "-",   "'",   "ud", "bin", NULL};
static const char *const armed_heads[] = {
    "front", "army", "group", "movement", "brigade", "brigades", "battalion", "battalions",
    "militia", "militias", "mujahideen", "jamaat", "lashkar", "jaish", "tehrik", "tehreek",
    "harakat", "katiba", "katibat", "forces", "force", "organization", "organisation", "resistance",
    "liberation", "taliban", "jihad",
    /* Arabic heads: "Jund al-Khilafah", "Liwa al-Quds", "Saraya Awliya al-Dam" */
    "jund", "liwa", "saraya", "kataib", "jabhat", "tanzim", "ansar", NULL};
static const char *const state_heads[] = {
    "police", "constabulary", "gendarmerie", "rangers", "corps", "guard", "guards", "levies", NULL};
static const char *const party_heads[] = {"party", "league", NULL};
static const char *const gov_heads[] = {"ministry",   "government", "department",     "directorate",
                                        "council",    "commission", "administration", "authority",
                                        "parliament", "assembly",   "court",          NULL};
static const char *const media_heads[] = {
    "media",    "foundation", "agency", "news",    "radio",   "tv", "television",
    "magazine", "newspaper",  "studio", "studios", "channel", NULL};
static const char *const intl_heads[] = {"mission", "nations", NULL};
static const char *const civic_heads[] = {"association", "union",    "federation",
                                          "committee",   "alliance", NULL};
static const char *const national_words[] = {"national", "security", "defense", "defence", NULL};
static const char *const lead_words[] = {
    "the",   "a",    "an",  "one",  "two",     "three", "four", "five",   "six",    "seven",
    "eight", "nine", "ten", "some", "several", "both",  "all",  "former", "deputy", NULL};
static const char *const member_nouns[] = {
    "militants",  "militant",   "fighters",  "fighter", "members",   "member",    "soldiers",
    "commanders", "commander",  "units",     "unit",    "forces",    "troops",    "operatives",
    "insurgents", "cadres",     "gunmen",    "cells",   "cell",      "loyalists", "jihadists",
    "affiliates", "supporters", "personnel", "guards",  "policemen", NULL};
/* (and "the rebels launched a drone", "the separatists", "the
 * extremists", "exchanged fire with the militia": the armed group the text
 * just named; not "the terrorists",
 * an army release's word for any of its enemies) */
static const char *const anaphors[] = {
    "group",    "militants", "organization", "organisation", "insurgents", "outfit",
    "militant", "jihadists", "movement",     "attackers",    "assailants", "gunmen",
    "fighters", "rebels",    "separatists",  "extremists",   "militia",    "militiamen",
    "faction",  "unit",      "cell",         "wing",         "network",    NULL};
static const char *const anaphor_mods[] = {"militant",  "terrorist",       "jihadist",   "armed",
                                           "insurgent", "extremist",       "islamist",   "salafi",
                                           "rebel",     "salafi-jihadist", "separatist", NULL};
/* khwarij: ISPR's word for militants; bandits: the armed gangs of
 * northwest Nigeria and the Sahel ("Six bandits were neutralised");
 * jihadists, extremists: "suspected jihadists set fire to a health centre" */
static const char *const unidentified_nouns[] = {
    "gunmen",  "assailants", "attackers", "militants", "insurgents", "terrorists",
    "khwarij", "khawarij",   "bandits",   "jihadists", "extremists", NULL};
static const char *const sf_mods[] = {
    "security",   "border",  "armed",    "special",   "paramilitary", "local",
    "provincial", "federal", "national", "de",        "facto",        "interim",
    "military",   "state",   "'s",       "caretaker", "army",         "fighter",
    "government", "regime",  "junta",    NULL};
static const char *const sf_mil[] = {
    "military",    "army",      "troops",     "soldiers", "forces",  "guards",     "navy",
    "jets",        "aircraft",  "militaries", "armies",   "soldier", "airstrikes", "air",
    "helicopters", "drones",    "forces'",    "force",    "drone",   "airstrike",  "warplanes",
    "jets'",       "jet",       "warplane",   "gunships", "gunship", "f-16",       "missile",
    "missiles",    "artillery", "glide",      "shelling", "shells",  "junta",      NULL};
static const char *const sf_pol[] = {"police",       "policemen", "police officers",
                                     "officers",     "gendarmes", "gendarmerie",
                                     "constabulary", "levies",    NULL};
static const char *const sf_gov[] = {"government", "governments",    "authorities", "officials",
                                     "regime",     "ministry",       "junta",       "juntas",
                                     "leaders",    "administration", NULL};
static const char *const particles[] = {"bin", "ibn", "ur", "ul", "ud", "al",   "el",  "ad", "as",
                                        "van", "de",  "da", "e",  "u",  "bint", "abu", NULL};
static const char *const not_person_heads[] = {
    "group",      "front",      "army",     "province",     "district",   "mosque",
    "university", "street",     "road",     "hospital",     "school",     "airport",
    "bridge",     "brigade",    "party",    "movement",     "media",      "foundation",
    "agency",     "council",    "ministry", "city",         "valley",     "camp",
    "prison",     "base",       "network",  "force",        "forces",     "corps",
    "museum",     "hotel",      "market",   "square",       "village",    "county",
    "region",     "state",      "news",     "organization", "shrine",     "madrasa",
    "seminary",   "college",    "center",   "centre",       "department", "company",
    "battalion",  "department", "court",    "stadium",      "hall",       NULL};
static const char *const leading_stop[] = {
    "the",         "a",         "an",        "in",     "on",     "at",    "after",   "before",
    "when",        "while",     "during",    "since",  "but",    "and",   "or",      "however",
    "meanwhile",   "both",      "his",       "her",    "their",  "its",   "this",    "that",
    "these",       "those",     "according", "former", "senior", "late",  "under",   "from",
    "by",          "with",      "as",        "if",     "then",   "also",  "one",     "two",
    "some",        "many",      "several",   "most",   "all",    "other", "another", "new",
    "self-styled", "so-called", "deputy",    "top",    "acting", NULL};
static const char *const role_mods[] = {
    "former",       "deputy",    "senior",     "top",      "chief",    "supreme",  "acting",
    "military",     "political", "provincial", "district", "local",    "regional", "self-styled",
    "alleged",      "purported", "so-called",  "new",      "founding", "shadow",   "spiritual",
    "intelligence", "media",     "late",       NULL};
static const char *const role_preps[] = {"of", "for", "in", NULL};
static const char *const protest_words[] = {
    "protesters",     "protestors", "demonstrators", "protest",
    "protests",       "protested",  "protesting",    "demonstration",
    "demonstrations", "sit-in",     "sit-ins",       "rallied",
    "picketed",       NULL};
static const char *const rally_verbs[] = {"held", "staged", "organized", "organised",
                                          "hold", "stage",  "led",       NULL};
static const char *const road_words[] = {"road", "roads", "highway", "access", "traffic",
                                         "main", "the",   "a",       NULL};
static const char *const riot_words[] = {"rioters", "riot", "riots", "rioted", "mob", NULL};
static const char *const the_word[] = {"the", NULL};
static const char *const armed_word[] = {"armed", NULL};
static const char *const rally_words[] = {"rally", "rallies", NULL};
static const char *const blocked_word[] = {"blocked", NULL};
static const char *const kunya_words[] = {"abu", "umm", "abou", NULL};
static const char *const open_paren[] = {"(", NULL};
static const char *const bare_mil[] = {"army",     "troops", "soldiers", "soldier", "forces",
                                       "military", "force",  "junta",    NULL};
static const char *const bare_pol[] = {"police",    "policemen",   "police officers",
                                       "gendarmes", "gendarmerie", NULL};
static const char *const force_counts[] = {"two",    "three",   "four",   "five", "six",
                                           "seven",  "eight",   "nine",   "ten",  "eleven",
                                           "twelve", "several", "dozens", "many", NULL};
static const char *const force_things[] = {
    "vehicle", "vehicles", "convoy", "post", "posts", "checkpoint", "checkpoints", "base", "bases",
    "station", "stations", "outpost", "outposts", "patrol", "district", "headquarters", "academy",
    "chief", "camp", "barracks", "compound", "truck", "car", "van", "building", "uniform",
    "uniforms", "officials", "informer", "informers", "informant", "informants",
    /* "army aspirants protested", "army veterans": people who are not (or
     * no longer) the force */
    "aspirants", "veterans", "pensioners", "retirees", "recruitment", NULL};
static const char *const strike_words[] = {"strike", "strikes", NULL};
/* "Hawadle clan militia", "Fulani ethnic militia": the kin a militia is
 * named by (kin_militias_in), and the word for it in the militia's name */
static const char *const kin_words[] = {"clan",     "sub-clan", "subclan", "ethnic",
                                        "communal", "tribal",   NULL};
static const char *const kin_names[] = {"Clan",     "Sub-Clan", "Sub-Clan", "Ethnic",
                                        "Communal", "Tribal",   NULL};
_Static_assert(sizeof kin_words == sizeof kin_names, "one name per kin word");
/* one man of an unnamed armed side, after "a" or "an" (one_armed_man) */
static const char *const one_armed_words[] = {"militant", "terrorist", "insurgent", "jihadist",
                                              "bandit",   "extremist", "gunman",    NULL};
static const char *const led_words[] = {"led",     "headed", "commanded",   "founded",
                                        "created", "formed", "established", NULL};
static const char *const say_words[] = {
    "said",      "say",     "says",  "told",      "reported",     "stated",    "announced",
    "confirmed", "claimed", "added", "spokesman", "spokesperson", "statement", NULL};

const char *const *const ds_entity_word_lists[] = {
    [W_SOFT] = soft_punct,
    [W_CONNECTOR] = name_connectors,
    [W_ARMED_HEAD] = armed_heads,
    [W_STATE_HEAD] = state_heads,
    [W_PARTY_HEAD] = party_heads,
    [W_GOV_HEAD] = gov_heads,
    [W_MEDIA_HEAD] = media_heads,
    [W_INTL_HEAD] = intl_heads,
    [W_CIVIC_HEAD] = civic_heads,
    [W_NATIONAL] = national_words,
    [W_LEAD] = lead_words,
    [W_MEMBER] = member_nouns,
    [W_ANAPHOR] = anaphors,
    [W_ANAPHOR_MOD] = anaphor_mods,
    [W_UNIDENT] = unidentified_nouns,
    [W_SF_MOD] = sf_mods,
    [W_SF_MIL] = sf_mil,
    [W_SF_POL] = sf_pol,
    [W_SF_GOV] = sf_gov,
    [W_PARTICLE] = particles,
    [W_NOT_PERSON_HEAD] = not_person_heads,
    [W_LEADING_STOP] = leading_stop,
    [W_ROLE_MOD] = role_mods,
    [W_PREP] = role_preps,
    [W_PROTEST] = protest_words,
    [W_RALLY_VERB] = rally_verbs,
    [W_ROAD] = road_words,
    [W_RIOT] = riot_words,
    [W_THE] = the_word,
    [W_ARMED] = armed_word,
    [W_RALLY] = rally_words,
    [W_BLOCKED] = blocked_word,
    [W_KUNYA] = kunya_words,
    [W_OPEN] = open_paren,
    [W_HEDGE] = ds_hedge_first_words,
    [W_BARE_MIL] = bare_mil,
    [W_BARE_POL] = bare_pol,
    [W_FORCE_COUNT] = force_counts,
    [W_FORCE_THING] = force_things,
    [W_SAY] = say_words,
    [W_STRIKE] = strike_words,
    [W_LED] = led_words,
    [W_KIN] = kin_words,
    [W_ONE_ARMED] = one_armed_words,
};
const unsigned ds_entity_nword_lists = W_COUNT;
_Static_assert(W_COUNT <= 64, "ds_lex_token.words has 64 bits");

/* ---- small helpers ---------------------------------------------------- */

static const ds_token *tok(const ent *e, uint32_t t)
{
    return &e->toks[t];
}

/* Token t's folded form is the string literal w (its length a constant). */
#define norm_is(e, t, w) norm_eq(e, t, "" w, sizeof(w) - 1)
static inline bool norm_eq(const ent *e, uint32_t t, const char *w, size_t n)
{
    const ds_token *k = tok(e, t);
    return k->norm_len == n && memcmp(k->norm, w, n) == 0;
}

/* True when token t is in word list w (W_*). */
static bool in_list(const ent *e, uint32_t t, unsigned w)
{
    return (e->facts[t].words >> w) & 1u;
}

static bool is_word(const ent *e, uint32_t t)
{
    return (tok(e, t)->flags & DS_TOK_WORD) != 0;
}

static bool is_cap(const ent *e, uint32_t t)
{
    return (tok(e, t)->flags & (DS_TOK_CAP | DS_TOK_UPPER)) != 0;
}

/* Punctuation that ends a name: everything but - ( ) ' . & / and brackets. */
static bool is_barrier(const ent *e, uint32_t t)
{
    const ds_token *k = tok(e, t);
    if (e->key_len[t]) return false;
    if (k->flags & DS_TOK_SYMBOL) return true;
    return !in_list(e, t, W_SOFT);
}

/* Token index at text offset off (the token starting there), DS_NONE: the
 * first token that ends after off (the tokens are in text order, so their
 * ends ascend). Found from hint (a token index, or tokens.n and beyond for
 * none), which the answer is near when the offsets asked come in order
 * (places and time expressions, each the next or the last): the answer is
 * hint or before it when hint ends after off (when hint is none), else
 * after it, and up to NEAR_STEPS tokens are stepped over towards it. Past
 * them the range left [base, base + n) holds it, or it is base + n; each
 * step halves the range without a branch on the comparison. */
#define NEAR_STEPS 4
static inline __attribute__((always_inline)) uint32_t token_at(const ds_doc *doc, uint32_t off,
                                                               uint32_t hint)
{
    const ds_token *tk = doc->tokens.v;
    const uint32_t nt = doc->tokens.n;
    uint32_t base, n;
    if (hint >= nt || tk[hint].span.end > off) {
        if (hint > nt) hint = nt;
        for (unsigned k = 0; k < NEAR_STEPS; k++) {
            if (hint == 0 || tk[hint - 1].span.end <= off) return hint < nt ? hint : DS_NONE;
            hint--;
        }
        base = 0, n = hint + 1;
    } else {
        for (unsigned k = 0; k < NEAR_STEPS; k++) {
            if (++hint >= nt) return DS_NONE;
            if (tk[hint].span.end > off) return hint;
        }
        base = hint + 1, n = nt - base;
    }
    while (n > 1) {
        uint32_t half = n / 2;
        base = tk[base + half - 1].span.end <= off ? base + half : base;
        n -= half;
    }
    base += n == 1 && tk[base].span.end <= off;
    return base < nt ? base : DS_NONE;
}

/* Marks the free tokens of span sp; returns token_at(sp.start, hint). Inline
 * in its two loops (each place and time expression: a call apiece saved). */
static inline __attribute__((always_inline)) uint32_t mark_span(ent *e, ds_span sp, uint8_t m,
                                                                uint32_t hint)
{
    uint32_t first = token_at(e->doc, sp.start, hint);
    const ds_token *tk = e->toks;
    uint8_t *mark = e->mark;
    const uint32_t nt = e->doc->tokens.n;
    for (uint32_t t = first; t != DS_NONE && t < nt && tk[t].span.start < sp.end; t++)
        if (mark[t] == MARK_FREE) mark[t] = m;
    return first;
}

/* Appends token t's key to key[*n] with a separating space. */
static bool key_append(const ent *e, char *key, size_t *n, uint32_t t)
{
    uint16_t l = e->key_len[t];
    if (!l) return true;
    if (*n + l + 2 > KEY_CAP) return false;
    if (*n) key[(*n)++] = ' ';
    memcpy(key + *n, e->key[t], l);
    *n += l;
    key[*n] = '\0';
    return true;
}

static size_t first_unit_len(const ent *e, uint32_t t)
{
    const char *k = e->key[t];
    size_t n = 0;
    while (n < e->key_len[t] && k[n] != ' ') n++;
    return n;
}

static bool case_ok(const ent *e, uint32_t t, unsigned flags)
{
    uint16_t f = tok(e, t)->flags;
    if ((flags & DS_LEX_ACRONYM) && !(f & DS_TOK_UPPER)) {
        /* "ISIS–K" may split as ISIS – K: a one-letter capital still counts;
         * "LeT" is written with its inner capital, "Let" is a word */
        const ds_token *k = tok(e, t);
        bool inner_cap = false;
        for (uint32_t j = k->span.start + 1; j < k->span.end && !inner_cap; j++) {
            unsigned c = (unsigned char)e->doc->text[j], p = (unsigned char)e->doc->text[j - 1];
            inner_cap = c - 'A' < 26u && p - 'a' < 26u;
        }
        if (!inner_cap && (!(f & DS_TOK_CAP) || k->norm_len > 1)) return false;
    }
    if ((flags & DS_LEX_CAP) && !(f & (DS_TOK_CAP | DS_TOK_UPPER))) return false;
    return true;
}

static ds_actor_type actor_type(const ent *e, uint32_t actor)
{
    if (actor & DS_DOC_ACTOR) {
        uint32_t i = actor & ~DS_DOC_ACTOR;
        return i < e->doc->doc_actors.n ? e->doc->doc_actors.v[i].type : DS_ACTOR_OTHER;
    }
    const ds_lex_actor *a = ds_lexicon_get(e->lex, actor);
    return a ? a->type : DS_ACTOR_OTHER;
}

static ds_status add_ref(ent *e, uint32_t first, uint32_t last, uint32_t sentence, uint32_t actor,
                         bool generic, const char *iso3)
{
    ds_actor_ref *r = ds_vec_push(e->doc->arena, &e->doc->actor_refs);
    if (!r) return DS_ENOMEM;
    r->span.start = tok(e, first)->span.start;
    r->span.end = tok(e, last)->span.end;
    r->sentence = sentence;
    r->actor = actor;
    r->type = actor_type(e, actor);
    r->generic = generic;
    if (!iso3 && !(actor & DS_DOC_ACTOR)) {
        const ds_lex_actor *a = ds_lexicon_get(e->lex, actor);
        if (a && a->iso3[0]) iso3 = a->iso3;
    }
    if (iso3 && iso3[0] && iso3[1] && iso3[2] && !iso3[3]) memcpy(r->iso3, iso3, 4); /* 3 letters */
    for (uint32_t t = first; t <= last; t++) e->mark[t] = MARK_ACTOR;
    return DS_OK;
}

/* ---- name matching ------------------------------------------------------ */

typedef struct name_match {
    uint32_t last; /* last token */
    uint32_t actor;
    bool found;
} name_match;

/* The usual miss of match_name (t's key is most units at most), told by
 * the facts alone: t is one unit U that names nothing by itself, the
 * document named nothing, and no longer name starts with U, or the next
 * token is a unit V whose Bloom bit is clear in U's next (match_name's loop
 * would stop at V with no probe and no match). */
static inline bool surely_no_name(const ent *e, uint32_t t, uint32_t end, uint32_t most)
{
    const ds_lex_token *ft = &e->facts[t];
    return !e->doc_names.count && ft->units == 1 && !(ft->flags & DS_LEXT_NAME) &&
           (ft->next == 0 || most <= 1 || t + 1 >= end ||
            (e->key_len[t + 1] &&
             !((ft->next >> ds_lex_unit_sig(e->key[t + 1], e->key_len[t + 1])) & 1u)));
}

/* Longest lexicon or document name starting at token t (sentence ends at
 * end). The first token must start some name: the per-token facts say how
 * many units the longest such name has (0 for most tokens: one bit test).
 * The key grows a token at a time and so does its hash (no rehash, no
 * strlen per probe); it is only written out and hashed when a map is
 * probed, which the first token's facts often spare (see below). */
static name_match match_name_from(const ent *e, uint32_t t, uint32_t end, uint32_t most);

static name_match match_name(const ent *e, uint32_t t, uint32_t end)
{
    name_match m = {0, DS_NONE, false};
    if (!e->key_len[t]) return m;
    uint32_t v = 0, most = e->facts[t].most;
    if (e->doc_starts.count && !e->starts_folded) {
        const char *k0 = e->key[t];
        size_t u0 = first_unit_len(e, t);
        if (strmap_get(&e->doc_starts, k0, u0, &v) && v > most) most = v;
    }
    if (!most || surely_no_name(e, t, end, most)) return m;
    return match_name_from(e, t, end, most);
}

/* match_name once its first tests passed: t has a key, most (not 0) is
 * the most units of a name starting with t's first unit (the document's
 * names counted), and surely_no_name(e, t, end, most) is false. actors_in
 * calls it so, having made those tests itself. */
static name_match match_name_from(const ent *e, uint32_t t, uint32_t end, uint32_t most)
{
    name_match m = {0, DS_NONE, false};
    uint32_t v = 0;
    const ds_lex_token *ft = &e->facts[t];
    char key[KEY_CAP];
    size_t n = 0, made = 0; /* bytes of the key; of them, written to key[] and hashed */
    uint32_t todo[MATCH_TOKENS], ntodo = 0; /* tokens of the key not yet written */
    uint32_t units = 0;
    uint64_t h = STRMAP_WORDS_SEED; /* doc_names' and the lexicon names' hash */
    bool lex_more = true;
    key[0] = '\0';
    int depth = 0; /* a name never ends inside its own parentheses */
    uint32_t pending = DS_NONE;
    for (uint32_t u = t; u < end && u < t + MATCH_TOKENS && (units < most || depth > 0); u++) {
        if (!e->key_len[u]) {
            if (is_barrier(e, u)) break;
            if (norm_is(e, u, "(")) depth++;
            if (norm_is(e, u, ")") && --depth == 0 && pending != DS_NONE) {
                m.last = u, m.actor = pending, m.found = true;
                pending = DS_NONE;
            }
            if (depth < 0) break;
            continue;
        }
        /* no lexicon name goes on with this key: a longer key names nothing */
        if (units >= most || (!lex_more && !e->doc_names.count)) break;
        /* what the first token's facts tell of the lexicon's steps, when it
         * is one unit U: U alone is in the steps map iff it starts a name
         * (next != 0, or it is a name: then ask); "U V..." only if bit V of
         * U's next is set. Either way the answer ds_lexicon_step would give */
        bool one = units == 0 && ft->units == 1;
        bool no_pair = units == 1 && ft->units == 1 &&
                       !((ft->next >> ds_lex_unit_sig(e->key[u], e->key_len[u])) & 1u);
        bool ask_lex = lex_more && !no_pair && !(one && !(ft->flags & DS_LEXT_NAME));
        /* key_append()'s limit */
        if (n + e->key_len[u] + 2 > KEY_CAP) break;
        n += (n ? 1 : 0) + e->key_len[u];
        todo[ntodo++] = u;
        units += e->facts[u].units;
        if (ask_lex || e->doc_names.count) {
            for (uint32_t i = 0; i < ntodo; i++) {
                size_t before = made;
                if (!key_append(e, key, &made, todo[i])) break; /* cannot: n fits */
                /* a plain word is its own key, one word whose hash the
                 * tokenizer made (strmap_word_hash): folded in as it is */
                const ds_token *tk = tok(e, todo[i]);
                h = tk->hash && e->key[todo[i]] == tk->norm
                        ? strmap_words_fold(h, tk->hash)
                        : strmap_words_more(h, key + before, made - before);
            }
            ntodo = 0;
        }
        unsigned flags = 0;
        uint32_t actor = DS_NONE;
        if (e->doc_names.count &&
            strmap_get_hashed(&e->doc_names, strmap_words_done(h), key, n, &v)) {
            actor = v & 0x8FFFFFFFu;
            flags = (v >> 28) & 3u;
        } else if (lex_more) {
            unsigned f = 0;
            if (ask_lex)
                lex_more = ds_lexicon_step(e->lex, key, n, strmap_words_done(h), &actor, &f) &&
                           (f & DS_LEX_LONGER);
            else
                lex_more = !no_pair && ft->next != 0; /* U alone: a proper prefix or nothing */
            flags = f & (DS_LEX_ACRONYM | DS_LEX_CAP);
        }
        pending = DS_NONE;
        if (actor != DS_NONE && case_ok(e, t, flags)) {
            if (depth == 0)
                m.last = u, m.actor = actor, m.found = true;
            else
                pending = actor;
        }
    }
    return m;
}

/* ---- document-learnt aliases -------------------------------------------- */

/* Type of an unknown organisation from its head words; OTHER + false when
 * the name does not look like an organisation. */
static bool head_type(const ent *e, uint32_t first, uint32_t last, ds_actor_type *out)
{
    bool found = false, national = false;
    for (uint32_t t = first; t <= last; t++) {
        if (!is_word(e, t)) continue;
        if (in_list(e, t, W_NATIONAL)) national = true;
        if (in_list(e, t, W_ARMED_HEAD))
            *out = DS_ACTOR_ARMED_GROUP, found = true;
        else if (in_list(e, t, W_STATE_HEAD))
            *out = DS_ACTOR_STATE_FORCE, found = true;
        else if (in_list(e, t, W_PARTY_HEAD))
            *out = DS_ACTOR_PARTY, found = true;
        else if (in_list(e, t, W_GOV_HEAD))
            *out = DS_ACTOR_GOVERNMENT, found = true;
        else if (in_list(e, t, W_MEDIA_HEAD))
            *out = DS_ACTOR_MEDIA, found = true;
        else if (in_list(e, t, W_INTL_HEAD))
            *out = DS_ACTOR_INTERNATIONAL, found = true;
        else if (in_list(e, t, W_CIVIC_HEAD))
            *out = DS_ACTOR_OTHER, found = true;
    }
    /* "Coastal Mujahideen Council", "Mujahideen Shura Council": a word
     * only armed groups bear makes one, whatever the last head word */
    static const char *const armed_only[] = {"mujahideen", "mujahidin", "jihad",
                                             "taliban",    "lashkar",   "jaish",
                                             "katiba",     "katibat",   NULL};
    for (uint32_t t = first; found && t <= last && *out != DS_ACTOR_ARMED_GROUP; t++)
        for (const char *const *w = armed_only; *w && is_word(e, t); w++)
            if (norm_eq(e, t, *w, strlen(*w))) {
                *out = DS_ACTOR_ARMED_GROUP;
                break;
            }
    if (found && national && *out == DS_ACTOR_ARMED_GROUP) *out = DS_ACTOR_STATE_FORCE;
    return found;
}

/* An acronym-like item: starts with a capital, at least two capitals, no
 * more than 12 bytes ("TTP", "IS–KP", "JuA", "JUI-F"), words and - / .
 * only. acronym_token tells, token by token as the item is scanned, the
 * token test and the bytes so far (*bytes) within the limit;
 * acronym_caps the capitals of a whole item that passed it. */
static bool acronym_token(const ent *e, uint32_t t, unsigned *bytes)
{
    const ds_token *k = tok(e, t);
    if (!(k->flags & DS_TOK_WORD) && !norm_is(e, t, "-") && !norm_is(e, t, "/") &&
        !norm_is(e, t, "."))
        return false;
    *bytes += k->span.end - k->span.start;
    return *bytes <= 12;
}

static bool acronym_caps(const ent *e, uint32_t first, uint32_t last)
{
    if (!is_cap(e, first)) return false;
    const char *text = e->doc->text;
    unsigned caps = 0;
    for (uint32_t t = first; t <= last; t++)
        for (uint32_t i = tok(e, t)->span.start; i < tok(e, t)->span.end && caps < 2; i++)
            caps += text[i] >= 'A' && text[i] <= 'Z';
    return caps >= 2;
}

static ds_status doc_name_put(ent *e, uint32_t first, uint32_t last, uint32_t actor, unsigned flags)
{
    char key[KEY_CAP];
    size_t n = 0;
    uint64_t h = STRMAP_WORDS_SEED; /* strmap_words_hash of the key, token by token */
    key[0] = '\0';
    for (uint32_t t = first; t <= last; t++) {
        if (!key_append(e, key, &n, t)) return DS_OK;
        const ds_token *tk = tok(e, t);
        if (tk->hash && e->key[t] == tk->norm) /* a plain word: match_name_from's fold */
            h = strmap_words_fold(h, tk->hash);
        else
            h = strmap_words_more(h, e->key[t], e->key_len[t]);
    }
    if (!n) return DS_OK;
    if (!strmap_put_hashed(&e->doc_names, strmap_words_done(h), key, n, actor | (flags << 28)))
        return DS_ENOMEM;
    size_t u = 0;
    uint32_t units = 1, most = 0;
    while (u < n && key[u] != ' ') u++;
    for (size_t i = u; i < n; i++) units += key[i] == ' ';
    if (u) {
        unsigned char c = (unsigned char)key[0];
        e->start_bytes[c / 64] |= 1ull << (c % 64);
    } else {
        memset(e->start_bytes, 0xff, sizeof e->start_bytes);
    }
    if (strmap_get(&e->doc_starts, key, u, &most) && most >= units) return DS_OK;
    return strmap_put(&e->doc_starts, key, u, units) ? DS_OK : DS_ENOMEM;
}

/* Whether a key of doc_starts may start with byte c (start_bytes). */
static inline bool doc_start_byte(const ent *e, char c)
{
    unsigned char b = (unsigned char)c;
    return e->start_bytes[b / 64] >> (b % 64) & 1u;
}

static const char *span_str(ent *e, uint32_t first, uint32_t last)
{
    uint32_t a = tok(e, first)->span.start, b = tok(e, last)->span.end;
    return ds_arena_strndup(e->doc->arena, e->doc->text + a, b - a);
}

/* Adds alias (tokens first..last) to doc actor i. */
static ds_status doc_actor_alias(ent *e, uint32_t i, uint32_t first, uint32_t last)
{
    ds_doc_actor *da = &e->doc->doc_actors.v[i];
    const char *s = span_str(e, first, last);
    if (!s) return DS_ENOMEM;
    for (uint32_t k = 0; k < da->naliases; k++)
        if (strcmp(da->aliases[k], s) == 0) return DS_OK;
    const char **list = ds_arena_alloc(e->doc->arena, (da->naliases + 1) * sizeof *list);
    if (!list) return DS_ENOMEM;
    if (da->naliases) memcpy(list, da->aliases, da->naliases * sizeof *list);
    list[da->naliases++] = s;
    da->aliases = list;
    return DS_OK;
}

static ds_title_kind title_keyed(const ent *e, uint32_t t, uint32_t end, uint32_t *last, bool *keep,
                                 const char **canon);

/* A title of 1-3 words at t (trailing periods skipped); *last its last
 * token. Most words start none, which their facts tell without a call. */
static inline ds_title_kind title_at(const ent *e, uint32_t t, uint32_t end, uint32_t *last,
                                     bool *keep, const char **canon)
{
    if (!(e->facts[t].flags & DS_LEXT_TITLE)) return DS_TITLE_NONE;
    return title_keyed(e, t, end, last, keep, canon);
}

/* "al-Nujaba", "ash-Shabaab": an Arabic article glued to a capitalised
 * name (the token starts lower case). */
static bool al_name(const ent *e, uint32_t t)
{
    const ds_token *k = tok(e, t);
    const char *s = e->doc->text + k->span.start;
    size_t n = k->span.end - k->span.start;
    for (size_t i = 2; i <= 3 && i + 1 < n; i++)
        if (s[0] >= 'a' && s[0] <= 'z' && (s[i] == '-' || s[i] == '\'') && s[i + 1] >= 'A' &&
            s[i + 1] <= 'Z')
            return true;
    return false;
}

/* Are the capitals of the acronym [af, al] the initials of the capitalised
 * words of the name [first, last], in order ("Syrian National Army" and
 * "SNA"; not "People's Defence Forces" and "HPG")? */
static bool initialism(const ent *e, uint32_t first, uint32_t last, uint32_t af, uint32_t al)
{
    char caps[16], initials[16];
    size_t nc = 0, ni = 0;
    const char *text = e->doc->text;
    for (uint32_t t = af; t <= al; t++)
        for (uint32_t i = tok(e, t)->span.start; i < tok(e, t)->span.end && nc < sizeof caps; i++)
            if (text[i] >= 'A' && text[i] <= 'Z') caps[nc++] = text[i];
    for (uint32_t t = first; t <= last && ni < sizeof initials; t++) {
        char c = text[tok(e, t)->span.start];
        if (is_word(e, t) && c >= 'A' && c <= 'Z') initials[ni++] = c;
    }
    return nc == ni && !memcmp(caps, initials, nc);
}

/* "Long Name (ACR1, ACR2)" in sentence [a, b): learns the acronyms. */
/* The document's actor for lexicon entry `entry`, or (DS_NONE) for the
 * unknown name `name`, added when new: one per entry or name. Its index,
 * or DS_NONE when out of memory. */
static uint32_t doc_actor_of(ent *e, uint32_t entry, const char *name, ds_actor_type type)
{
    for (uint32_t i = 0; i < e->doc->doc_actors.n; i++) {
        const ds_doc_actor *da = &e->doc->doc_actors.v[i];
        if (entry != DS_NONE ? da->lexicon == entry : strcmp(da->name, name) == 0) return i;
    }
    ds_doc_actor *da = ds_vec_push(e->doc->arena, &e->doc->doc_actors);
    if (!da) return DS_NONE;
    memset(da, 0, sizeof *da);
    da->name = name;
    da->lexicon = entry;
    da->type = type;
    return e->doc->doc_actors.n - 1;
}

static ds_status learn_definition(ent *e, uint32_t a, uint32_t b, uint32_t open)
{
    /* the acronym list; its first item starts capitalised (acronym_caps),
     * which most parentheses do not ("(coded as ...)") */
    if (open + 1 >= b || !is_cap(e, open + 1)) return DS_OK;
    uint32_t items[8][2], nitems = 0, t = open + 1, close = DS_NONE;
    while (t < b && nitems < 8) {
        uint32_t s = t;
        unsigned bytes = 0;
        while (t < b && !norm_is(e, t, ",") && !norm_is(e, t, ";") && !norm_is(e, t, ")") &&
               !norm_is(e, t, "or") && t - s < 5) {
            /* a token no acronym holds, or one past its 12 bytes: whatever
             * follows, the item is none and the list ends (as below) */
            if (!acronym_token(e, t, &bytes)) return DS_OK;
            t++;
        }
        if (t >= b || t == s || !acronym_caps(e, s, t - 1)) return DS_OK;
        items[nitems][0] = s, items[nitems][1] = t - 1, nitems++;
        if (norm_is(e, t, ")")) {
            close = t;
            break;
        }
        if (t - s >= 5) return DS_OK;
        t++;
    }
    if (close == DS_NONE || !nitems) return DS_OK;
    /* the long name before it, skipping a note marker "[a]" */
    uint32_t end = open;
    if (end >= a + 3 && norm_is(e, end - 1, "]") && norm_is(e, end - 3, "[")) end -= 3;
    if (end == a) return DS_OK;
    uint32_t last = end - 1, first = end;
    /* (up to 14 words: "United Nations Multidimensional Integrated
     * Stabilization Mission in the Central African Republic (MINUSCA)" lost
     * its first word to a limit of 10, and so its entry) */
    while (first > a && end - (first - 1) <= 14) {
        uint32_t p = first - 1;
        if (is_word(e, p) && (is_cap(e, p) || in_list(e, p, W_CONNECTOR) ||
                              (tok(e, p)->norm_len > 3 && memcmp(tok(e, p)->norm, "al-", 3) == 0)))
            first = p;
        else if (in_list(e, p, W_CONNECTOR))
            first = p;
        else if (norm_is(e, p, "'s") && p > a && is_cap(e, p - 1)) /* "New People's Army" */
            first = p;
        else
            break;
    }
    while (first <= last && (!is_cap(e, first) || in_list(e, first, W_LEAD))) first++;
    /* "Fighters of the Union for Peace in Central Africa (UPC)" at a
     * sentence's start: the members named before the group are no part of
     * its name */
    if (first + 2 <= last && in_list(e, first, W_MEMBER) && norm_is(e, first + 1, "of")) {
        first += 2;
        while (first <= last && (!is_cap(e, first) || in_list(e, first, W_LEAD))) first++;
    }
    if (first > last || !(is_cap(e, last) || al_name(e, last))) return DS_OK;

    /* the longest suffix of the name that the lexicon knows */
    uint32_t entry = DS_NONE;
    for (uint32_t s = first; s <= last && entry == DS_NONE; s++) {
        if (!is_cap(e, s)) continue;
        name_match m = match_name(e, s, last + 1);
        if (m.found && m.last == last && !(m.actor & DS_DOC_ACTOR)) entry = m.actor, first = s;
    }
    /* "People's Defence Forces (HPG)": a name one entry has (Myanmar's
     * PDF) defined by the acronym of another (the PKK's armed wing): the
     * acronym's entry is meant, and the long name names it in this
     * document too */
    /* (and "National Liberation Army (ELN)": a name no entry has, defined
     * by an entry's acronym in another language: that entry) */
    /* (only an armed group's acronym, and for a name no entry has only a
     * fighting body's: "4 members of Mogh Party (ALP)" is no Afghan Local
     * Police; "Mozambican Defence Armed Forces (FADM)", a state force, may
     * be a state's) */
    bool renamed = false;
    if (!initialism(e, first, last, items[0][0], items[0][1])) {
        name_match am = match_name(e, items[0][0], items[0][1] + 1);
        ds_actor_type ht = DS_ACTOR_OTHER;
        bool fighting =
            entry != DS_NONE || (head_type(e, first, last, &ht) &&
                                 (ht == DS_ACTOR_ARMED_GROUP || ht == DS_ACTOR_STATE_FORCE));
        /* ("Union for Peace in Central Africa (UPC)": a spelling of the
         * acronym's entry, "Union for Peace in the Central African
         * Republic", whose first two words it shares) */
        if (!fighting && am.found && !(am.actor & DS_DOC_ACTOR) && first + 1 <= last &&
            is_word(e, first + 1)) {
            const ds_lex_actor *la = ds_lexicon_get(e->lex, am.actor);
            const char *text = e->doc->text;
            uint32_t from = tok(e, first)->span.start, to = tok(e, first + 1)->span.end;
            size_t n = to - from;
            fighting = la && la->name && strlen(la->name) > n && la->name[n] == ' ' &&
                       !strncmp(la->name, text + from, n);
        }
        if (am.found && am.last == items[0][1] && !(am.actor & DS_DOC_ACTOR) && am.actor != entry &&
            fighting &&
            (actor_type(e, am.actor) == DS_ACTOR_ARMED_GROUP ||
             (entry == DS_NONE && ht == DS_ACTOR_STATE_FORCE &&
              actor_type(e, am.actor) == DS_ACTOR_STATE_FORCE)))
            entry = am.actor, renamed = true;
    }
    ds_actor_type type = DS_ACTOR_OTHER;
    if (entry == DS_NONE && !head_type(e, first, last, &type)) return DS_OK;
    /* "Deputy Superintendent of Police (DSP)" is a rank, not an organisation */
    uint32_t tl = 0;
    bool tkeep = false;
    const char *tcanon = NULL;
    if (entry == DS_NONE && title_at(e, first, last + 1, &tl, &tkeep, &tcanon) != DS_TITLE_NONE)
        return DS_OK;
    if (entry != DS_NONE) type = actor_type(e, entry);

    const char *name = span_str(e, first, last);
    uint32_t di = name ? doc_actor_of(e, entry, name, type) : DS_NONE;
    if (di == DS_NONE) return DS_ENOMEM;
    uint32_t id = entry != DS_NONE ? entry : (DS_DOC_ACTOR | di);
    ds_status st;
    if ((entry == DS_NONE || renamed) &&
        (st = doc_name_put(e, first, last, id, DS_LEX_CAP)) != DS_OK)
        return st;
    for (uint32_t i = 0; i < nitems; i++) {
        if ((st = doc_actor_alias(e, di, items[i][0], items[i][1])) != DS_OK) return st;
        if ((st = doc_name_put(e, items[i][0], items[i][1], id, DS_LEX_CAP)) != DS_OK) return st;
    }
    return DS_OK;
}

/* ---- generic mentions ----------------------------------------------------- */

/* "The Somali National Army, supported by local clan militias known as
 * Macawisley, killed 30 al-Shabaab fighters. ... the militants": is mention
 * r an ally named in passing ("supported by", "backed by", "alongside",
 * up to five words before it)? "the militants" never means it. */
static bool ally_named(const ent *e, const ds_actor_ref *r)
{
    uint32_t t = token_at(e->doc, r->span.start, token_guess(e, r->span.start));
    if (t == DS_NONE) return false;
    const ds_sentence *s = &e->doc->sentences.v[r->sentence];
    for (uint32_t k = 1; k <= 6 && t >= s->first_token + k; k++) {
        uint32_t j = t - k;
        if (norm_is(e, j, ",") || norm_is(e, j, ";")) return false;
        if (norm_is(e, j, "alongside")) return true;
        if (norm_is(e, j, "by") && j > s->first_token &&
            (norm_is(e, j - 1, "supported") || norm_is(e, j - 1, "backed") ||
             norm_is(e, j - 1, "aided") || norm_is(e, j - 1, "assisted")))
            return true;
    }
    return false;
}

/* The armed group "the group" refers to: the first armed group named in
 * this sentence before it, else in the nearest of the ANAPHORA_BACK previous
 * sentences that names one (the subject usually comes first). */
static uint32_t recent_armed_group(const ent *e, uint32_t s)
{
    const ds_doc *doc = e->doc;
    uint32_t found = DS_NONE, found_sentence = DS_NONE;
    uint32_t unidentified = ds_lexicon_unidentified(e->lex);
    for (uint32_t i = doc->actor_refs.n; i-- > 0;) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence + ANAPHORA_BACK < s) break;
        if (found != DS_NONE && r->sentence != found_sentence) break;
        if (r->type == DS_ACTOR_ARMED_GROUP && r->actor != unidentified && !ally_named(e, r))
            found = r->actor, found_sentence = r->sentence;
    }
    return found;
}

/* Is token t one of the anaphors that name a part of a group ("the unit",
 * "the cell", "the wing", "the network"), which armies have too? */
static bool part_noun(const ent *e, uint32_t t)
{
    return norm_is(e, t, "unit") || norm_is(e, t, "cell") || norm_is(e, t, "wing") ||
           norm_is(e, t, "network");
}

/* Does "the unit" at token t (a part_noun()) stand for the armed group
 * named last? "The Ansarul Islam group is active in Soum. On 4 May the
 * unit attacked an army post" does; not "the unit of Colonel X" (named
 * after it), nor after a state force named later than the group ("JNIM
 * attacked a battalion in Djibo; the unit repelled them": the army's). */
static bool part_refers(const ent *e, uint32_t t, uint32_t b)
{
    if (t + 1 < b && norm_is(e, t + 1, "of")) return false;
    const ds_doc *doc = e->doc;
    return doc->actor_refs.n > 0 &&
           doc->actor_refs.v[doc->actor_refs.n - 1].type == DS_ACTOR_ARMED_GROUP;
}

/* The armed group an encyclopedia article is about: the only mention of
 * its title line, when it spans the title but for a parenthesis
 * ("Al-Shabaab (militant group)"); else DS_NONE. */
static uint32_t title_group(ent *e)
{
    const ds_doc *doc = e->doc;
    if (e->title_group != TITLE_GROUP_UNSET) return e->title_group;
    e->title_group = DS_NONE;
    if (!doc->sentences.n || !doc->actor_refs.n) return DS_NONE;
    const ds_sentence *s0 = &doc->sentences.v[0];
    if (doc->blocks.v[s0->block].kind != DS_BLOCK_TITLE) return DS_NONE;
    const ds_actor_ref *r = &doc->actor_refs.v[0];
    if (r->sentence != 0 || r->type != DS_ACTOR_ARMED_GROUP || r->generic ||
        (doc->actor_refs.n > 1 && doc->actor_refs.v[1].sentence == 0))
        return DS_NONE;
    uint32_t end = s0->span.end;
    const char *paren = memchr(doc->text + r->span.end, '(', end - r->span.end);
    if (paren) end = (uint32_t)(paren - doc->text);
    while (end > r->span.end && (doc->text[end - 1] == ' ' || doc->text[end - 1] == '.')) end--;
    if (r->span.start == s0->span.start && end == r->span.end) e->title_group = r->actor;
    return e->title_group;
}

/* Does sentence s name an armed group (not a generic mention) before the
 * mention being read? (refs are added in order) */
static bool group_named_before(const ent *e, uint32_t s)
{
    const ds_doc *doc = e->doc;
    for (uint32_t i = doc->actor_refs.n; i-- > 0 && doc->actor_refs.v[i].sentence == s;)
        if (doc->actor_refs.v[i].type == DS_ACTOR_ARMED_GROUP && !doc->actor_refs.v[i].generic)
            return true;
    return false;
}

/* Cheap test before nation_at: a capitalised word that starts a country
 * name or demonym, or where the gazetteer found a place. */
static inline bool may_be_nation(const ent *e, uint32_t t)
{
    return is_cap(e, t) && e->key_len[t] &&
           ((e->facts[t].flags & DS_LEXT_NATION) || e->tok_place[t] != DS_NONE);
}

/* The country of a nation word at t (demonym, country name, or a place the
 * gazetteer marked as a country/demonym); *last gets the last token. */
static uint32_t nation_at(const ent *e, uint32_t t, uint32_t end, uint32_t *last)
{
    if (!may_be_nation(e, t)) return DS_NONE;
    char key[KEY_CAP];
    size_t n = 0;
    uint32_t best = DS_NONE;
    key[0] = '\0';
    bool known = (e->facts[t].flags & DS_LEXT_NATION) != 0;
    uint32_t u = t;
    /* the second units a country key may go on with after t's (all of them
     * unless t's key is one unit, whose longer keys the lexicon knows) */
    uint32_t second = ~0u;
    if (known && e->facts[t].units == 1 && e->facts[t].nation != DS_LEXT_NATION_ASK) {
        /* t's key is one unit: its facts say what ds_lexicon_nation makes of
         * it, and whether a longer country key starts with it (if none, the
         * probes below would find nothing) */
        if (e->facts[t].nation) best = e->facts[t].nation - 1u, *last = t;
        known = (e->facts[t].flags & DS_LEXT_NATION_LONGER) && key_append(e, key, &n, t);
        if (known) second = ds_lexicon_nation_next(e->lex, e->key[t], e->key_len[t]);
        u = t + 1;
    }
    for (; known && u < end && u < t + 4; u++) {
        if (!e->key_len[u]) {
            if (is_barrier(e, u) || norm_is(e, u, "(")) break;
            continue;
        }
        /* every key probed from here on is t's unit, then u's key's first
         * unit, then more: none is a country key when that second unit's
         * bit is clear (exact: the probes would all miss) */
        if (!((second >> ds_lex_unit_sig(e->key[u], e->key_len[u])) & 1u)) break;
        second = ~0u;
        if (!key_append(e, key, &n, u)) break;
        uint32_t c = ds_lexicon_nation(e->lex, key, n);
        if (c != DS_NONE) best = c, *last = u;
    }
    if (best != DS_NONE) return best;
    if (e->tok_place[t] != DS_NONE) {
        const ds_place *p = &e->doc->places.v[e->tok_place[t]];
        if (p->feature != DS_FEAT_COUNTRY && p->feature != DS_FEAT_DEMONYM) return DS_NONE;
        uint32_t c = ds_lexicon_country(e->lex, p->iso3);
        if (c == DS_NONE) return DS_NONE;
        uint32_t w = t;
        while (w + 1 < end && tok(e, w + 1)->span.end <= p->span.end) w++;
        *last = w;
        return c;
    }
    return DS_NONE;
}

/* "Uzbek military", "Pakistani security forces", "Afghan police", "the
 * Tajik government", "the Uzbek and Tajik governments": the state actor
 * of each country named (up to 4). */
static bool state_force_at(ent *e, uint32_t t, uint32_t end, uint32_t *last, uint32_t actors[4],
                           const char *iso3[4], uint32_t *nactors)
{
    uint32_t nl = 0, ncountries = 0, countries[4];
    uint32_t c = nation_at(e, t, end, &nl);
    if (c == DS_NONE) return false;
    countries[ncountries++] = c;
    /* "the Uzbek and Tajik governments" */
    while (ncountries < 4 && nl + 2 < end &&
           (norm_is(e, nl + 1, "and") || norm_is(e, nl + 1, ","))) {
        uint32_t l2 = 0, c2 = nation_at(e, nl + 2, end, &l2);
        if (c2 == DS_NONE) break;
        countries[ncountries++] = c2;
        nl = l2;
    }
    uint32_t u = nl + 1;
    while (u < end && u <= nl + 3 && in_list(e, u, W_SF_MOD)) {
        /* "security forces": the modifier may itself be the head at the end */
        if (u + 1 >= end || !(in_list(e, u + 1, W_SF_MOD) || in_list(e, u + 1, W_SF_MIL) ||
                              in_list(e, u + 1, W_SF_POL) || in_list(e, u + 1, W_SF_GOV)))
            break;
        u++;
    }
    if (u >= end) return false;
    ds_state_role role;
    if (in_list(e, u, W_SF_MIL))
        role = DS_ROLE_MILITARY;
    else if (in_list(e, u, W_SF_POL))
        role = DS_ROLE_POLICE;
    else if (in_list(e, u, W_SF_GOV)) {
        role = DS_ROLE_GOVERNMENT;
        /* "Syrian government forces", "the Sudanese regime's troops": the
         * government's forces */
        uint32_t f = u + 1 < end && norm_is(e, u + 1, "'s") ? u + 2 : u + 1;
        if (f < end && (in_list(e, f, W_SF_MIL) || in_list(e, f, W_SF_POL)) &&
            !norm_is(e, u, "officials") && !norm_is(e, u, "leaders") && !norm_is(e, u, "ministry"))
            role = in_list(e, f, W_SF_POL) ? DS_ROLE_POLICE : DS_ROLE_MILITARY, u = f;
    } else if (norm_is(e, u, "military") || norm_is(e, u, "army"))
        role = DS_ROLE_MILITARY;
    /* "an Israeli strike hit a house", "Russian strikes on Kharkiv": right
     * after a nation word a strike is its forces' (a walk-out is "a general
     * strike", "a strike by teachers") */
    else if (u == nl + 1 && in_list(e, u, W_STRIKE))
        role = DS_ROLE_MILITARY;
    else
        return false;
    for (uint32_t i = 0; i < ncountries; i++) {
        actors[i] = ds_lexicon_state_actor(e->lex, countries[i], role);
        iso3[i] = ds_lexicon_country_iso3(e->lex, countries[i]);
        if (actors[i] == DS_NONE) return false;
    }
    *nactors = ncountries;
    *last = u;
    return true;
}

/* The country most places of sentence s are in (of those the lexicon
 * knows), or NULL. */
/* strcmp(a, b) == 0 for two ds_place.iso3 codes (char[4]: at most three
 * letters and their NUL), inline */
static inline bool same_iso(const char *a, const char *b)
{
    for (int i = 0; i < 4; i++) {
        if (a[i] != b[i]) return false;
        if (!a[i]) return true;
    }
    return true; /* not reached: iso3[3] is a NUL */
}

/* Is place p a division or town inside an actor's name ("Islamic State
 * Sahel Province": no country for the army named after it; a nation word
 * still is one: "the Israeli authorities")? Its first token was marked so. */
static bool place_in_actor(const ent *e, const ds_place *p)
{
    if (p->feature == DS_FEAT_DEMONYM || p->feature == DS_FEAT_COUNTRY) return false;
    uint32_t t = token_at(e->doc, p->span.start, token_guess(e, p->span.start));
    return t != DS_NONE && e->mark[t] == MARK_ACTOR;
}

/* "withdrew towards the border with Mali": a country named as the other
 * side of a border is not the sentence's (its soldiers are not Mali's). */
static bool across_border(const ent *e, const ds_place *p)
{
    if (p->feature != DS_FEAT_COUNTRY) return false;
    uint32_t t = token_at(e->doc, p->span.start, token_guess(e, p->span.start));
    if (t == DS_NONE || t < 2) return false;
    return norm_is(e, t - 1, "with") &&
           (norm_is(e, t - 2, "border") || norm_is(e, t - 2, "borders") ||
            norm_is(e, t - 2, "frontier"));
}

static const char *sentence_iso(const ent *e, uint32_t s)
{
    const ds_doc *doc = e->doc;
    const char *best = NULL, *first = NULL;
    unsigned best_n = 0;
    /* the usual sentence: every place with a code has the first one's (or
     * none has one). Then each of them counts them all, and the first
     * whose country the lexicon knows wins (the count ties after it); if it
     * knows the first's, it knows them all, else none. */
    bool one = true;
    for (uint32_t i = e->sent_place[s]; i != DS_NONE && one; i = e->next_place[i]) {
        const char *iso = doc->places.v[i].iso3;
        if (!iso[0] || across_border(e, &doc->places.v[i])) continue;
        if (!first)
            first = iso;
        else
            one = same_iso(first, iso);
    }
    if (one) return first && ds_lexicon_country(e->lex, first) != DS_NONE ? first : NULL;
    /* places of several countries: those inside an actor's name do not
     * count (asked only here: a search for each place's token) */
    for (uint32_t i = e->sent_place[s]; i != DS_NONE; i = e->next_place[i]) {
        const ds_place *p = &doc->places.v[i];
        if (!p->iso3[0] || ds_lexicon_country(e->lex, p->iso3) == DS_NONE || place_in_actor(e, p) ||
            across_border(e, p))
            continue;
        unsigned n = 0;
        for (uint32_t j = e->sent_place[s]; j != DS_NONE; j = e->next_place[j])
            n += same_iso(doc->places.v[j].iso3, p->iso3) &&
                 (j == i || !place_in_actor(e, &doc->places.v[j]));
        if (n > best_n) best = p->iso3, best_n = n;
    }
    return best;
}

static bool sentence_skipped(const ds_doc *doc, const ds_sentence *se);

/* After sentence s: remembers the country of its last known place. */
static void advance_country(ent *e, uint32_t s)
{
    for (uint32_t i = e->sent_place[s]; i != DS_NONE; i = e->next_place[i]) {
        const ds_place *p = &e->doc->places.v[i];
        /* the same country again changes nothing: skip its look-up */
        if (!p->iso3[0] || (e->last_iso3 && same_iso(e->last_iso3, p->iso3))) continue;
        if (ds_lexicon_country(e->lex, p->iso3) != DS_NONE) e->last_iso3 = p->iso3;
    }
}

/* The country protesters/rioters/civilians of sentence s belong to: the
 * country most places of the sentence are in, else of the sentence before
 * in the same paragraph ("... near Beni, DR Congo. The ambush killed seven
 * soldiers.": a file of notes from several countries), the document's
 * focus, else the last such place before. */
static const char *country_of_sentence_of(ent *e, uint32_t s)
{
    const ds_doc *doc = e->doc;
    const char *best = sentence_iso(e, s);
    if (best) return best;
    if (s > 0 && doc->sentences.v[s - 1].block == doc->sentences.v[s].block &&
        (best = sentence_iso(e, s - 1)) != NULL)
        return best;
    if (doc->focus_iso3[0]) return doc->focus_iso3;
    /* the last known place before s: advance_country over the sentences
     * read (not skipped) since the last time it was asked, not after every
     * sentence (few documents ever ask; each sentence is passed once) */
    for (; e->iso_upto < s; e->iso_upto++)
        if (!sentence_skipped(doc, &doc->sentences.v[e->iso_upto])) advance_country(e, e->iso_upto);
    return e->last_iso3;
}

/* The same, kept for the sentence being read: nothing it depends on
 * changes within a sentence (the places, the focus; last_iso3 moves on
 * after it), and its bare forces and protesters may ask several times. */
static const char *country_of_sentence(ent *e, uint32_t s)
{
    if (e->cos_sentence != s) e->cos_iso = country_of_sentence_of(e, s), e->cos_sentence = s;
    return e->cos_iso;
}

/* ---- people ---------------------------------------------------------------- */

/* A word of a name; a place-marked word only inside one ("Abu Saad Erhabi":
 * gazetteers hold many one-word names). */
static inline bool name_word(const ent *e, uint32_t t, bool inside)
{
    const ds_token *k = tok(e, t);
    if (!(k->flags & DS_TOK_WORD)) return false;
    if (e->mark[t] != MARK_FREE && !(inside && e->mark[t] == MARK_PLACE)) return false;
    if (k->flags & DS_TOK_CAP) return !(k->flags & DS_TOK_UPPER) || k->norm_len <= 2;
    /* nisba "al-Khorasani" */
    return k->norm_len > 3 && k->norm[2] == '-' &&
           (memcmp(k->norm, "al", 2) == 0 || memcmp(k->norm, "el", 2) == 0 ||
            memcmp(k->norm, "ad", 2) == 0 || memcmp(k->norm, "as", 2) == 0 ||
            memcmp(k->norm, "az", 2) == 0 || memcmp(k->norm, "ar", 2) == 0);
}

/* title_at() of a t whose facts say a title key starts with it. */
static ds_title_kind title_keyed(const ent *e, uint32_t t, uint32_t end, uint32_t *last, bool *keep,
                                 const char **canon)
{
    char key[KEY_CAP];
    size_t n = 0;
    ds_title_kind best = DS_TITLE_NONE;
    key[0] = '\0';
    /* no title key of two units or more starts with t's unit (the usual
     * title: "president", "commander"): of the keys the loop would probe
     * only t's own may be one, when it is one unit */
    uint32_t stop = (e->facts[t].flags & DS_LEXT_TITLE_LONGER) ? t + 5 : t + 1;
    if (stop == t + 1 && e->facts[t].units != 1) return DS_TITLE_NONE;
    for (uint32_t u = t; u < end && u < stop; u++) {
        if (!e->key_len[u]) {
            if (norm_is(e, u, ".")) continue;
            break;
        }
        if (!key_append(e, key, &n, u)) break;
        bool k = false;
        const char *c = NULL;
        ds_title_kind kind = ds_lexicon_title(e->lex, key, n, &k, &c);
        if (kind != DS_TITLE_NONE) best = kind, *last = u, *keep = k, *canon = c;
    }
    if (best != DS_TITLE_NONE && *last + 1 < end && norm_is(e, *last + 1, ".")) (*last)++;
    return best;
}

static bool given_at(const ent *e, uint32_t t)
{
    return (e->facts[t].flags & DS_LEXT_GIVEN) != 0;
}

/* The role phrase ending right before token `before`: "director of mines for
 * Badakhshan", "leader", "Quds Force leader". Sets role span and the actor
 * named with it. */
static void role_before(const ent *e, uint32_t a, uint32_t before, ds_person *p)
{
    uint32_t role_start = DS_NONE;
    /* the nearest role noun before the name, across a short complement
     * ("director of mines for Badakhshan") */
    for (uint32_t t = before; t-- > a && before - t <= 8;) {
        bool k = false;
        const char *c = NULL;
        uint32_t l = 0;
        if (!is_word(e, t)) break;
        if (!(tok(e, t)->flags & DS_TOK_CAP) && e->key_len[t] &&
            title_at(e, t, before, &l, &k, &c) != DS_TITLE_NONE && l == t) {
            role_start = t;
            break;
        }
        if (e->mark[t] == MARK_PLACE || in_list(e, t, W_PREP) || in_list(e, t, W_ROLE_MOD))
            continue;
        if (is_cap(e, t) && t > a && in_list(e, t - 1, W_PREP)) continue;
        if (!is_cap(e, t) && e->mark[t] == MARK_FREE && before - t <= 6 && !norm_is(e, t, "the") &&
            !norm_is(e, t, "a") && !norm_is(e, t, "and"))
            continue;
        break;
    }
    if (role_start == DS_NONE) return;
    uint32_t rs = role_start;
    while (rs > a && in_list(e, rs - 1, W_ROLE_MOD)) rs--;
    p->role.start = tok(e, rs)->span.start;
    p->role.end = tok(e, before - 1)->span.end;
    /* the organisation: an actor right before the role ("Quds Force
     * leader", "IS-KP's spokesman") or inside it ("leader of the TTP") */
    uint32_t o = rs;
    if (o > a && norm_is(e, o - 1, "'s")) o--;
    const ds_doc *doc = e->doc;
    uint32_t lo = tok(e, o > a ? o - 1 : o)->span.start, hi = p->role.end;
    for (uint32_t i = doc->actor_refs.n; i-- > 0;) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.end <= lo) break;
        if (r->span.start < hi && r->span.end > lo) {
            p->actor = r->actor;
            break;
        }
    }
}

/* Does a leader's cue come right before token n0: "led by", "headed by",
 * "commanded by", "founded (in 2009) by", "Its leader is", "the group's
 * spokesman was"? Then two capitalised words there are a person's name of
 * any tradition ("Twan Mrat Naing"), not only of the given-name list. */
static bool led_by_cue(const ent *e, uint32_t a, uint32_t n0)
{
    if (n0 < a + 2) return false;
    if (norm_is(e, n0 - 1, "by")) {
        for (uint32_t k = n0 - 1; k-- > a && n0 - 1 - k <= 4;)
            if (in_list(e, k, W_LED)) return true;
        return false;
    }
    if (!norm_is(e, n0 - 1, "is") && !norm_is(e, n0 - 1, "was")) return false;
    bool k2 = false;
    const char *c2 = NULL;
    uint32_t r = n0 - 2;
    return !(tok(e, r)->flags & DS_TOK_CAP) && (e->facts[r].flags & DS_LEXT_TITLE) &&
           ds_lexicon_title(e->lex, e->key[r], e->key_len[r], &k2, &c2) != DS_TITLE_NONE;
}

/* People of sentence s [a, b), named from the capitalised tokens among the
 * candidates [cand, cand_end) (the sentence's part of e->cand). */
static ds_status people_in(ent *e, uint32_t s, uint32_t a, uint32_t b, const uint32_t *cand,
                           const uint32_t *cand_end)
{
    uint32_t next = a; /* the tokens before it belong to the last person */
    for (; cand < cand_end; cand++) {
        uint32_t t = *cand;
        /* (the capital first: most candidates are lower-case cue words) */
        if (!is_cap(e, t) || !is_word(e, t) || t < next || e->mark[t] != MARK_FREE) continue;
        uint32_t tl = 0, n0 = t;
        bool keep = false;
        const char *canon = NULL;
        ds_title_kind tk = title_at(e, t, b, &tl, &keep, &canon);
        if (tk == DS_TITLE_ROLE || (tk != DS_TITLE_NONE && !(tok(e, t)->flags & DS_TOK_CAP)))
            tk = DS_TITLE_NONE;
        if (tk != DS_TITLE_NONE) n0 = tl + 1;
        /* a stop word never starts a name: "In Kabul", "The group" */
        if (tk == DS_TITLE_NONE && in_list(e, t, W_LEADING_STOP)) continue;
        /* the name: capitalised words and particles */
        uint32_t n1 = n0;
        while (n1 < b && n1 - n0 < 6) {
            /* a title inside the run starts another name: "for Kunduz Mawlawi X"
             * (but after a given name it is part of the name: "Noor Wali
             * Mehsud", "Abdul Wali") */
            if (n1 > n0 && is_cap(e, n1) && !given_at(e, n1 - 1)) {
                uint32_t l3 = 0;
                bool k3 = false;
                const char *c3 = NULL;
                ds_title_kind inner = title_at(e, n1, b, &l3, &k3, &c3);
                if (inner != DS_TITLE_NONE && inner != DS_TITLE_ROLE &&
                    (tok(e, n1)->flags & DS_TOK_CAP))
                    break;
            }
            if (name_word(e, n1, n1 > n0 || tk != DS_TITLE_NONE)) {
                n1++;
                continue;
            }
            if (n1 > n0 && in_list(e, n1, W_PARTICLE) && n1 + 1 < b && name_word(e, n1 + 1, true)) {
                n1 += 2;
                continue;
            }
            break;
        }
        if (n1 == n0) continue;
        uint32_t len = n1 - n0;
        /* a capitalised word before a title is not part of the name */
        if (tk == DS_TITLE_NONE) {
            /* one word without a title is a name only before a dagger (the
             * tests below ask two words of the others): the usual
             * capitalised word ("Kabul", "Police") stops here */
            if (len == 1 && !(n1 < b && norm_is(e, n1, "†"))) continue;
            bool given = false, kunya = false, dagger = false, role = false;
            for (uint32_t u = n0; u < n1; u++) {
                given |= given_at(e, u);
            }
            kunya = in_list(e, n0, W_KUNYA) && len >= 2;
            dagger = n1 < b && norm_is(e, n1, "†");
            if (n0 > a) {
                /* a lower-case title word is a role noun: "commander X" */
                bool k2 = false;
                const char *c2 = NULL;
                uint32_t r = n0 - 1;
                role =
                    !(tok(e, r)->flags & DS_TOK_CAP) && (e->facts[r].flags & DS_LEXT_TITLE) &&
                    ds_lexicon_title(e->lex, e->key[r], e->key_len[r], &k2, &c2) != DS_TITLE_NONE;
            }
            if (in_list(e, n1 - 1, W_NOT_PERSON_HEAD)) continue;
            if (!(kunya || dagger || (given && len >= 2) || (role && len >= 2) ||
                  (len >= 2 && led_by_cue(e, a, n0))))
                continue;
        } else if (in_list(e, n1 - 1, W_NOT_PERSON_HEAD)) {
            continue;
        }
        ds_person *p = ds_vec_push(e->doc->arena, &e->doc->people);
        if (!p) return DS_ENOMEM;
        uint32_t start = tk != DS_TITLE_NONE ? t : n0;
        p->sentence = s;
        p->name.start = tok(e, (tk != DS_TITLE_NONE && keep) ? t : n0)->span.start;
        p->name.end = tok(e, n1 - 1)->span.end;
        p->title = tk != DS_TITLE_NONE ? canon : NULL;
        p->actor = DS_NONE;
        uint32_t end = n1 - 1;
        if (n1 < b && norm_is(e, n1, "†")) p->dead = true, end = n1;
        if (start > a && norm_is(e, start - 1, "late")) p->dead = true;
        role_before(e, a, start, p);
        p->span.start = p->role.end > p->role.start && p->role.start < tok(e, start)->span.start
                            ? p->role.start
                            : tok(e, start)->span.start;
        p->span.end = tok(e, end)->span.end;
        for (uint32_t u = start; u <= end; u++) e->mark[u] = MARK_PERSON;
        next = end + 1;
    }
    return DS_OK;
}

/* Whether sentence [a, b) holds a dagger "†" (a symbol token, doc.h): of
 * the symbols, people_in reads that one only (without a title, a given
 * name or a kunya it names a person before a dagger or none). Most
 * sentences with a symbol have another: the "=" of ACLED's "[size=...]"
 * ends every note. */
static bool dagger_in(const ent *e, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t < b; t++)
        if ((tok(e, t)->flags & DS_TOK_SYMBOL) && norm_is(e, t, "†")) return true;
    return false;
}

/* ---- the sentence pass ---------------------------------------------------- */

/* Every rule of actors_in below a name needs one of these words or a
 * capitalised (nation) word. */
#define ACTOR_CUES                                                                                 \
    (1ull << W_THE | 1ull << W_UNIDENT | 1ull << W_ARMED | 1ull << W_RALLY | 1ull << W_BLOCKED |   \
     1ull << W_PROTEST | 1ull << W_RIOT | 1ull << W_SF_MIL | 1ull << W_SF_POL |                    \
     1ull << W_ONE_ARMED)

/* the cue words ds_annotate_entities gives ds_lexicon_key_sentences (the
 * lexicon marks their tokens DS_LEXT_CUE at load, lexicon.h) */
const uint64_t ds_entity_cue_words = ACTOR_CUES | 1ull << W_OPEN | 1ull << W_HEDGE;

/* "militants of JNIM", "gunmen from the al-Shabaab", "gunmen from the
 * banned BLA": noun t is followed by of/from, at most two lower-case
 * words, and the name of an armed group. */
static bool group_named_after(const ent *e, uint32_t t, uint32_t b)
{
    uint32_t u = t + 2;
    if (u >= b || !(norm_is(e, t + 1, "of") || norm_is(e, t + 1, "from"))) return false;
    if (in_list(e, u, W_THE) && u + 1 < b) u++;
    for (int k = 0; k < 2 && u + 1 < b && is_word(e, u) && !is_cap(e, u) && !norm_is(e, u, "of") &&
                    !e->facts[u].most;
         k++)
        u++;
    if (!e->facts[u].most && !(e->doc_starts.count && !e->starts_folded)) return false;
    name_match m = match_name(e, u, b);
    return m.found && actor_type(e, m.actor) == DS_ACTOR_ARMED_GROUP;
}

/* "killed a terrorist and arrested another", "shot dead a suspected
 * militant near the border": one man of an unnamed armed side at token t
 * of sentence [a, b), after "a" or "an" (and at most one word saying how
 * he is known), the noun phrase ending with him: not "a terrorist attack",
 * "a militant group", where the word only qualifies the noun after it. */
static bool one_armed_man(const ent *e, uint32_t t, uint32_t a, uint32_t b)
{
    static const char *const after[] = {"and", "in",    "near", "at",   "on",    "during", "who",
                                        "was", "while", "when", "from", "after", "with",   NULL};
    if (!in_list(e, t, W_ONE_ARMED) || e->mark[t] != MARK_FREE || t < a + 1) return false;
    uint32_t d = t - 1;
    if (d > a && (norm_is(e, d, "suspected") || norm_is(e, d, "alleged") ||
                  norm_is(e, d, "wanted") || norm_is(e, d, "lone")))
        d--;
    if (!norm_is(e, d, "a") && !norm_is(e, d, "an")) return false;
    if (t + 1 >= b || !is_word(e, t + 1)) return true;
    for (const char *const *w = after; *w; w++)
        if (tok(e, t + 1)->norm_len == strlen(*w) && !memcmp(tok(e, t + 1)->norm, *w, strlen(*w)))
            return true;
    return false;
}

/* "A junta airstrike", "An army drone": an article opening the sentence
 * before a force's weapon (not "A police officer was hurt": one of them,
 * no force acting). */
static bool a_force_strike(const ent *e, uint32_t f, uint32_t t, uint32_t b)
{
    return f > 0 && t + 1 < b && (norm_is(e, f - 1, "a") || norm_is(e, f - 1, "an")) &&
           in_list(e, t + 1, W_SF_MIL) && !in_list(e, t + 1, W_BARE_MIL);
}

/* A state force named without its nation at head token t of sentence s
 * [a, b): "security forces", "the army", "soldiers", "our forces", "the air
 * force", "police": the military or police of the sentence's country
 * (country_of_sentence). Not a source of the report ("police said",
 * "according to the army"), not part of an unknown name ("Coalition
 * Forces"), not a weapon ("army helicopters" is left to the nation rule). */
static ds_status bare_state_force(ent *e, uint32_t s, uint32_t a, uint32_t b, uint32_t *first,
                                  uint32_t t)
{
    /* the word lists are bits of the token facts (a norm is in a list iff
     * its bit is set), not compared word by word */
    ds_state_role role;
    bool is_mil = in_list(e, t, W_BARE_MIL), is_pol = in_list(e, t, W_BARE_POL);
    if (!is_mil && !is_pol) return DS_OK;
    role = is_pol ? DS_ROLE_POLICE : DS_ROLE_MILITARY;
    /* "the military police" (Brazil's state police): the police word heads it */
    if (!is_pol && t + 1 < b && in_list(e, t + 1, W_BARE_POL)) return DS_OK;
    if (norm_is(e, t, "force") && !(t > a && norm_is(e, t - 1, "air"))) return DS_OK;
    uint32_t f = t;
    if (norm_is(e, t, "force")) f = t - 1;
    while (f > a && f + 3 > t && e->mark[f - 1] == MARK_FREE && in_list(e, f - 1, W_SF_MOD) &&
           !norm_is(e, f - 1, "'s"))
        f--;
    /* a capitalised word just before that is no sentence start: an unknown
     * name ("Coalition forces"); a count is none ("Five policemen were
     * killed", also after a dateline) */
    bool count = f > a && in_list(e, f - 1, W_FORCE_COUNT);
    if (f > a && is_cap(e, f - 1) && is_word(e, f - 1) && e->mark[f - 1] == MARK_FREE &&
        !in_list(e, f - 1, W_THE) && !norm_is(e, f - 1, "our") && !a_force_strike(e, f, t, b) &&
        !count)
        return DS_OK;
    if (f > a && e->mark[f - 1] == MARK_ACTOR) return DS_OK; /* "Taliban soldiers" */
    /* "police vehicle", "army post", "Police District 9": a thing of the
     * force, not the force acting (a target at most; left to the events) */
    if (t + 1 < b && in_list(e, t + 1, W_FORCE_THING)) return DS_OK;
    /* "the Kherson Oblast Military Administration", "the Army Council": a
     * capitalised word inside a longer capitalised name is no bare force
     * (but "National Police Forces" is one, and so is the "Air Force
     * Intelligence Directorate") */
    if (t > a && t + 1 < b && is_cap(e, t) && is_cap(e, t + 1) && is_word(e, t + 1) &&
        e->mark[t + 1] == MARK_FREE && !in_list(e, t + 1, W_BARE_MIL) &&
        !in_list(e, t + 1, W_BARE_POL) && f == t)
        return DS_OK;
    /* the source of the report */
    uint32_t n = t + 1;
    if (n < b && in_list(e, n, W_SF_POL)) n++; /* "police officers" */
    if (n < b && in_list(e, n, W_SAY)) return DS_OK;
    if (f >= a + 2 && norm_is(e, f - 1, "to") && norm_is(e, f - 2, "according")) return DS_OK;
    if (f >= a + 3 && in_list(e, f - 1, W_THE) && norm_is(e, f - 2, "to") &&
        norm_is(e, f - 3, "according"))
        return DS_OK;
    /* "Israeli forces raided the camp ... gunmen opened fire at the troops":
     * "the troops" are the force of that role named last (within the two
     * sentences before), not the country of the place */
    /* (and "US Central Command said its forces destroyed two radar sites":
     * the forces of the force just named in the sentence, not the
     * country's where they struck) */
    /* (so are "Soldiers" opening a sentence: "Palestinians clashed with
     * Israeli forces in Hebron. Soldiers fired tear gas ...") */
    const bool own = f > a && (norm_is(e, f - 1, "its") || norm_is(e, f - 1, "their"));
    if ((f > a && (in_list(e, f - 1, W_THE) || own)) || (f == a && s > 0)) {
        const ds_actor_ref *refs = e->doc->actor_refs.v;
        for (uint32_t k = e->doc->actor_refs.n;
             k-- > 0 && refs[k].sentence + 2 >= s && (!own || refs[k].sentence == s);) {
            if (refs[k].type != DS_ACTOR_STATE_FORCE || !refs[k].iso3[0]) continue;
            uint32_t kc = ds_lexicon_country(e->lex, refs[k].iso3);
            if (kc == DS_NONE || ds_lexicon_state_actor(e->lex, kc, role) != refs[k].actor)
                continue;
            *first = f;
            return add_ref(e, f, t, s, refs[k].actor, true, refs[k].iso3);
        }
    }
    /* "militants attacked a Turkish base in Duhok, killing two soldiers":
     * the soldiers of the nation whose post, base or convoy the sentence
     * named before them, not of the country the place is in */
    for (uint32_t k = a; k + 1 < f; k++) {
        if (!in_list(e, k + 1, W_FORCE_THING) || e->mark[k + 1] != MARK_FREE) continue;
        uint32_t nl = 0, nc = nation_at(e, k, k + 1, &nl);
        uint32_t na = nc != DS_NONE && nl == k ? ds_lexicon_state_actor(e->lex, nc, role) : DS_NONE;
        if (na == DS_NONE) continue;
        *first = f;
        return add_ref(e, f, t, s, na, true, ds_lexicon_country_iso3(e->lex, nc));
    }
    const char *iso = country_of_sentence(e, s);
    uint32_t c = iso ? ds_lexicon_country(e->lex, iso) : DS_NONE;
    uint32_t actor = c != DS_NONE ? ds_lexicon_state_actor(e->lex, c, role) : DS_NONE;
    if (actor == DS_NONE) return DS_OK;
    *first = f;
    return add_ref(e, f, t, s, actor, true, iso);
}

/* Does the capitalised run before t start with a given name or a title
 * ("Abdul Salam" before "Haqqani", "Maulana" before "Rajab")? */
static bool after_person_name(const ent *e, uint32_t a, uint32_t t)
{
    for (uint32_t p = t; p > a && t - p < 3;) {
        p--;
        if (!is_cap(e, p) || !is_word(e, p)) return false;
        if (given_at(e, p) || (e->facts[p].flags & DS_LEXT_TITLE)) return true;
    }
    return false;
}

/* Have tokens u and t the same key? */
static bool same_key(const ent *e, uint32_t u, uint32_t t)
{
    return e->key_len[u] == e->key_len[t] && !memcmp(e->key[u], e->key[t], e->key_len[t]);
}

/* "HTS-led rebels", "ISWAP-linked fighters", "al-Shabaab-aligned
 * gunmen": a group's name glued to a participle that makes the men its
 * own (not "Iran-backed militias": a backer is no actor). The lexicon entry
 * of the name before the last hyphen of the capitalised word t, written as
 * the entry asks (an acronym in capitals), or DS_NONE. */
static uint32_t glued_group(const ent *e, uint32_t t)
{
    const ds_token *k = tok(e, t);
    const char *key = e->key[t];
    size_t n = e->key_len[t];
    if (!(k->flags & DS_TOK_CAP) || !(k->flags & DS_TOK_WORD) || n < 5) return DS_NONE;
    size_t cut = n;
    while (cut > 0 && key[cut - 1] != ' ') cut--;
    if (cut < 2) return DS_NONE;
    const char *last = key + cut;
    size_t ln = n - cut;
    static const char *const parts[] = {"led", "linked", "affiliated", "aligned", "allied", NULL};
    bool part = false;
    for (const char *const *w = parts; *w && !part; w++)
        part = strlen(*w) == ln && !memcmp(last, *w, ln);
    if (!part) return DS_NONE;
    /* "the al-Qaeda-linked group claimed": another group, its affiliate */
    if (t + 1 < e->doc->tokens.n &&
        (norm_is(e, t + 1, "group") || norm_is(e, t + 1, "groups") ||
         norm_is(e, t + 1, "faction") || norm_is(e, t + 1, "organization") ||
         norm_is(e, t + 1, "organisation") || norm_is(e, t + 1, "movement") ||
         norm_is(e, t + 1, "outfit")))
        return DS_NONE;
    unsigned flags = 0;
    uint32_t id = ds_lexicon_lookup(e->lex, key, cut - 1, &flags);
    if (id == DS_NONE) return DS_NONE;
    if (flags & DS_LEX_ACRONYM) { /* the text before the hyphen in capitals */
        const char *w = e->doc->text + k->span.start, *h = w;
        const char *end = e->doc->text + k->span.end;
        for (const char *q = w; q < end; q++)
            if (*q == '-') h = q;
        for (const char *q = w; q < h; q++)
            if (*q >= 'a' && *q <= 'z') return DS_NONE;
    }
    return id;
}

/* Actor mentions of sentence s [a, b), at the candidates [cand, cand_end)
 * (the sentence's part of e->cand); words is the union of the sentence's
 * word-list bits. Runs in pass 2, after the names the document defined
 * were folded into facts[].most (starts_folded). */
/* Sorts a sentence's mentions n by their start (insertion: a handful). */
static void refs_in_order(ds_actor_ref *v, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        ds_actor_ref r = v[i];
        uint32_t j = i;
        for (; j > 0 && v[j - 1].span.start > r.span.start; j--) v[j] = v[j - 1];
        v[j] = r;
    }
}

/* ---- militias named by their kin ---------------------------------------- */

/* "Majeerteen-Omar Mahmud sub-clan militia shot dead a trader",
 * "Hawadle clan militia and Gaaljecel clan militia fought", "Fulani
 * ethnic militiamen raided": a militia no lexicon lists, named by the
 * clan, tribe or people written before it in capitals. Each such name is
 * an armed group of the document, called as ACLED calls such groups
 * ("Hawadle Clan Militia (Somalia)"). */
static ds_status kin_militias_in(ent *e, uint32_t s, uint32_t a, uint32_t b)
{
    for (uint32_t t = a + 1; t + 1 < b; t++) {
        if (!in_list(e, t, W_KIN) || !is_cap(e, t - 1) || e->mark[t + 1] == MARK_ACTOR) continue;
        if (!norm_is(e, t + 1, "militia") && !norm_is(e, t + 1, "militias") &&
            !norm_is(e, t + 1, "militiamen"))
            continue;
        /* the kin's name: up to four capitalised words before ("The",
         * "Suspected" opening a sentence are none) */
        static const char *const not_kin[] = {"suspected", "alleged", "presumed", "armed",
                                              "local",     "rival",   "rogue",    NULL};
        uint32_t first = t;
        while (first > a && t - first < 4 && is_cap(e, first - 1) &&
               e->mark[first - 1] != MARK_TIMEX && !in_list(e, first - 1, W_LEADING_STOP) &&
               !in_list(e, first - 1, W_LEAD)) {
            bool stop = false;
            for (const char *const *w = not_kin; *w && !stop; w++)
                stop = norm_eq(e, first - 1, *w, strlen(*w));
            if (stop) break;
            first--;
        }
        if (first == t) continue;
        const char *kind = NULL;
        for (size_t k = 0; kin_words[k] && !kind; k++)
            if (norm_eq(e, t, kin_words[k], strlen(kin_words[k]))) kind = kin_names[k];
        if (!kind) continue;
        /* with its country, as ACLED's names are ("... (Somalia)") */
        const char *iso = country_of_sentence(e, s);
        const char *cn =
            iso ? ds_lexicon_country_name(e->lex, ds_lexicon_country(e->lex, iso)) : NULL;
        uint32_t from = tok(e, first)->span.start, to = tok(e, t - 1)->span.end;
        int n = (int)(to - from);
        size_t cap = (size_t)n + 32 + (cn ? strlen(cn) : 0);
        char *name = ds_arena_alloc_raw(e->doc->arena, cap);
        if (!name) return DS_ENOMEM;
        snprintf(name, cap, cn ? "%.*s %s Militia (%s)" : "%.*s %s Militia", n, e->doc->text + from,
                 kind, cn);
        uint32_t di = doc_actor_of(e, DS_NONE, name, DS_ACTOR_ARMED_GROUP);
        if (di == DS_NONE) return DS_ENOMEM;
        ds_status st = add_ref(e, first, t + 1, s, DS_DOC_ACTOR | di, false, cn ? iso : NULL);
        if (st != DS_OK) return st;
        t++;
    }
    return DS_OK;
}

static ds_status actors_in(ent *e, uint32_t s, uint32_t a, uint32_t b, const uint32_t *cand,
                           const uint32_t *cand_end, uint64_t words)
{
    /* state_force_at ends at a word of these lists ("army" and "military"
     * are in W_SF_MIL): without one in the sentence it finds nothing */
    const bool forces =
        (words & (1ull << W_SF_MIL | 1ull << W_SF_POL | 1ull << W_SF_GOV | 1ull << W_STRIKE)) != 0;
    /* the cue lists whose rules may fire in the sentence: "the" starts one
     * only before a noun of W_ANAPHOR (and is in no other cue list) */
    const uint64_t cues = words & 1ull << W_ANAPHOR ? ACTOR_CUES : ACTOR_CUES & ~(1ull << W_THE);
    ds_status st;
    bool protest_done = false;
    uint32_t next = a; /* the tokens before it belong to the last mention */
    for (; cand < cand_end; cand++) {
        uint32_t t = *cand;
        /* most candidates are capitalised words that start no name, have no
         * cue and are no nation: the facts and tok_place tell them first
         * (may_be_nation's tests, the cheapest first) */
        const ds_lex_token *ft = &e->facts[t];
        /* (a plain word has its hash: only a joined word can be one) */
        if (!tok(e, t)->hash && t >= next && e->mark[t] == MARK_FREE) {
            uint32_t g = glued_group(e, t);
            if (g != DS_NONE) {
                if ((st = add_ref(e, t, t, s, g, false, NULL)) != DS_OK) return st;
                next = t + 1;
                continue;
            }
        }
        if (!ft->most && !(ft->words & ACTOR_CUES) &&
            (!(ft->flags & DS_LEXT_NATION) && e->tok_place[t] == DS_NONE))
            continue;
        if (t < next || e->mark[t] == MARK_ACTOR || e->mark[t] == MARK_TIMEX) continue;
        if (!ft->most && !(ft->words & ACTOR_CUES) && !may_be_nation(e, t)) continue;
        name_match m = {0, DS_NONE, false};
        /* most is the whole of it after the fold (or with no name defined:
         * match_name's own look-up of doc_starts finds nothing), so
         * match_name's first tests are these: surely_no_name spares the
         * call, and the call skips them */
        if (e->facts[t].most && e->key_len[t] && !surely_no_name(e, t, b, e->facts[t].most))
            m = match_name_from(e, t, b, e->facts[t].most);
        if (m.found && m.last == t && !(tok(e, t)->flags & DS_TOK_UPPER)) {
            /* "Sirajuddin Haqqani", "Maulana Abdul Salam Haqqani": a one-word
             * name after a person's given name or title is a surname, and
             * stays one in the document */
            bool named_here = after_person_name(e, a, t), surname = named_here;
            for (uint32_t k = 0; k < e->nsurnames && !surname; k++)
                surname = same_key(e, e->surname[k], t);
            if (surname) {
                if (e->nsurnames < 8 && named_here) e->surname[e->nsurnames++] = t;
                continue;
            }
        }
        if (m.found) {
            uint32_t last = m.last;
            bool generic = false;
            /* "IS-KP militants"; not "Quds Force commander Esmail Qaani" */
            if (last + 1 < b && in_list(e, last + 1, W_MEMBER) &&
                !(last + 2 < b && is_cap(e, last + 2) && is_word(e, last + 2)))
                last++, generic = true;
            if ((st = add_ref(e, t, last, s, m.actor, generic, NULL)) != DS_OK) return st;
            next = last + 1;
            continue;
        }
        if (e->mark[t] != MARK_FREE && e->mark[t] != MARK_PLACE) continue;
        uint32_t last, actors[4], nactors = 0;
        const char *iso3[4];
        if (forces && may_be_nation(e, t) &&
            state_force_at(e, t, b, &last, actors, iso3, &nactors)) {
            for (uint32_t i = 0; i < nactors; i++)
                if ((st = add_ref(e, t, last, s, actors[i], true, iso3[i])) != DS_OK) return st;
            next = last + 1;
            continue;
        }
        /* every rule below starts at a word of one of the cue lists */
        if (!is_word(e, t) || !(e->facts[t].words & cues)) continue;
        /* "the group", "the militant group", "the militants" */
        if (in_list(e, t, W_THE) && t + 1 < b) {
            uint32_t u = t + 1;
            while (u + 1 < b && u <= t + 2 && in_list(e, u, W_ANAPHOR_MOD) &&
                   in_list(e, u + 1, W_ANAPHOR))
                u++;
            if (in_list(e, u, W_ANAPHOR) && e->mark[u] == MARK_FREE &&
                (!part_noun(e, u) || part_refers(e, u, b))) {
                uint32_t g = recent_armed_group(e, s);
                if (g == DS_NONE && in_list(e, u, W_UNIDENT)) g = ds_lexicon_unidentified(e->lex);
                if (g != DS_NONE) {
                    if ((st = add_ref(e, t, u, s, g, true, NULL)) != DS_OK) return st;
                    next = u + 1;
                    continue;
                }
            }
        }
        if (one_armed_man(e, t, a, b) && ds_lexicon_unidentified(e->lex) != DS_NONE) {
            uint32_t g = title_group(e);
            if (g == DS_NONE || group_named_before(e, s)) g = ds_lexicon_unidentified(e->lex);
            if ((st = add_ref(e, t, t, s, g, true, NULL)) != DS_OK) return st;
            continue;
        }
        /* bare "gunmen", "assailants": an unidentified armed group; not
         * "militants of JNIM", whose group is named right after. In an
         * article whose title is a group's name ("Al-Shabaab (militant
         * group)"), "militants attacked Garissa University College" are
         * that group's, unless the sentence names another before them. */
        if (in_list(e, t, W_UNIDENT) && e->mark[t] == MARK_FREE &&
            ds_lexicon_unidentified(e->lex) != DS_NONE && !group_named_after(e, t, b)) {
            uint32_t g = title_group(e);
            if (g == DS_NONE || group_named_before(e, s)) g = ds_lexicon_unidentified(e->lex);
            if ((st = add_ref(e, t, t, s, g, true, NULL)) != DS_OK) return st;
            continue;
        }
        /* "armed men"; "armed youth", "armed youths" (South Sudan's and the
         * Sahel's word for a band of raiders): an unidentified armed group */
        if (in_list(e, t, W_ARMED) && t + 1 < b &&
            (norm_is(e, t + 1, "men") || norm_is(e, t + 1, "youth") ||
             norm_is(e, t + 1, "youths")) &&
            ds_lexicon_unidentified(e->lex) != DS_NONE) {
            if ((st = add_ref(e, t, t + 1, s, ds_lexicon_unidentified(e->lex), true, NULL)) !=
                DS_OK)
                return st;
            next = t + 2;
            continue;
        }
        /* bare "security forces", "the army", "soldiers", "police": the state's */
        if ((in_list(e, t, W_SF_MIL) || in_list(e, t, W_SF_POL)) && e->mark[t] == MARK_FREE) {
            uint32_t first = t;
            if ((st = bare_state_force(e, s, a, b, &first, t)) != DS_OK) return st;
            continue;
        }
        /* protesters and rioters of the sentence's country */
        bool rally = in_list(e, t, W_RALLY) && t >= a + 2 && in_list(e, t - 2, W_RALLY_VERB);
        /* "blocked the main road", "blocked the Spitak-Yerevan highway",
         * "blocked the A-16 highway", "blocked traffic"; not "blocked the
         * advance of troops", "blocked the gang's toll roads" (up to three
         * words between, no possessive) */
        for (uint32_t k = t + 1; !rally && in_list(e, t, W_BLOCKED) && k < b && k <= t + 4; k++) {
            bool filler = norm_is(e, k, "the") || norm_is(e, k, "a") || norm_is(e, k, "main");
            if (in_list(e, k, W_ROAD) && !filler)
                rally = true;
            else if (norm_is(e, k, "'s") || !(tok(e, k)->flags & (DS_TOK_WORD | DS_TOK_NUMBER)))
                break;
        }
        if (!protest_done && (rally || in_list(e, t, W_PROTEST) || in_list(e, t, W_RIOT))) {
            const char *iso = country_of_sentence(e, s);
            uint32_t c = iso ? ds_lexicon_country(e->lex, iso) : DS_NONE;
            ds_state_role role = in_list(e, t, W_RIOT) ? DS_ROLE_RIOTERS : DS_ROLE_PROTESTERS;
            uint32_t pa = ds_lexicon_state_actor(e->lex, c, role);
            if (pa != DS_NONE) {
                if ((st = add_ref(e, t, t, s, pa, true, iso)) != DS_OK) return st;
                protest_done = true;
            }
        }
    }
    return DS_OK;
}

static bool sentence_skipped(const ds_doc *doc, const ds_sentence *se)
{
    ds_block_kind k = doc->blocks.v[se->block].kind;
    return k == DS_BLOCK_FURNITURE || k == DS_BLOCK_FOOTNOTE;
}

/* Pass 1 (alias definitions at a "(") when the sentences' candidates are
 * listed, and in the same walk over them doc->hedge_toks: the candidates
 * with W_HEDGE (a first word of a hedge phrase, hedges.h), in token order,
 * for the hedge stage. Every such token of a sentence is a candidate
 * (ds_lexicon_key_sentences was given W_HEDGE and W_OPEN among the cue
 * words), and a sentence without the bit in its sums has none. The
 * sentences hedges.c passes over (sentence_skipped) are left out. Left
 * unlisted (hedges.c then reads every token) when memory runs out. */
static ds_status pass1_listed(ent *e, uint32_t ns, const ds_lex_sentence_sum *sums)
{
    ds_doc *doc = e->doc;
    uint32_t ncand = ns ? sums[ns - 1].cand_end : 0, n = 0;
    bool hedges = e->doc_words >> W_HEDGE & 1u;
    const bool opens = e->doc_words >> W_OPEN & 1u;
    uint32_t *v = NULL;
    /* unlisted when the document has such a word but no room for the list */
    const bool listed =
        !hedges || (v = ds_arena_alloc_raw(doc->arena, (size_t)ncand * sizeof *v)) != NULL;
    hedges = hedges && listed;
    const uint32_t *cand = e->cand;
    const ds_lex_token *f = e->facts;
    for (uint32_t s = 0; s < ns; s++) {
        uint32_t i = s ? sums[s - 1].cand_end : 0, end = sums[s].cand_end;
        bool h = hedges && (sums[s].words >> W_HEDGE & 1u);
        bool o = opens && (sums[s].words >> W_OPEN & 1u);
        if (!h && !o) continue;
        const ds_sentence *se = &doc->sentences.v[s];
        if (sentence_skipped(doc, se)) continue;
        uint32_t a = se->first_token, b = se->first_token + se->ntokens;
        if (!o) {
            /* four candidates a turn, the loop control shared */
#pragma GCC unroll 4
            for (; i < end; i++) {
                uint32_t t = cand[i];
                v[n] = t;
                n += (uint32_t)(f[t].words >> W_HEDGE & 1u);
            }
            continue;
        }
        for (; i < end; i++) {
            uint32_t t = cand[i];
            uint64_t w = f[t].words;
            if (h) v[n] = t, n += (uint32_t)(w >> W_HEDGE & 1u);
            ds_status st;
            if ((w >> W_OPEN & 1u) && t > a && t + 1 < b &&
                (st = learn_definition(e, a, b, t)) != DS_OK)
                return st;
        }
    }
    doc->hedge_toks = v;
    doc->nhedge_toks = n;
    doc->hedge_listed = listed;
    return DS_OK;
}

ds_status ds_annotate_entities(ds_doc *doc, ds_ctx *ctx)
{
    ds_status st = DS_OK;
    const ds_lexicon *lex = ctx && ctx->shared ? ctx->shared->lexicon : NULL;
    uint32_t nt = doc->tokens.n;
    if (!lex || nt == 0) return DS_OK;
    ent e = {.doc = doc,
             .toks = doc->tokens.v,
             .lex = lex,
             .cos_sentence = DS_NONE,
             .title_group = TITLE_GROUP_UNSET};
    e.doc_names = (strmap)STRMAP_INIT;
    e.doc_starts = (strmap)STRMAP_INIT;
    uint32_t ns = doc->sentences.n, np = doc->places.n;
    /* the sentences in order, apart and within the tokens (as ds_segment
     * makes them): their candidates are listed while the tokens are keyed,
     * and the list has room for them (one token at most once) */
    bool ordered = true;
    for (uint32_t s = 0, end = 0; s < ns && ordered; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        ordered =
            se->first_token >= end && se->first_token <= nt && se->ntokens <= nt - se->first_token;
        end = se->first_token + se->ntokens;
    }
    /* one block per document for every per-token/sentence/place array */
    size_t n32 = (size_t)nt + ns + 1 + np + 1 + nt;
    size_t blockbytes = (size_t)nt * (sizeof(ds_lex_token) + sizeof(char *)) +
                        (size_t)ns * sizeof(ds_lex_sentence_sum) + n32 * sizeof(uint32_t) +
                        (size_t)nt * sizeof(uint16_t) + nt;
    /* a small document's block comes from its arena (no malloc per document;
     * it stays until the document goes), a large one's is freed at once */
    bool own = blockbytes > ENT_ARENA_BLOCK;
    e.block = own ? malloc(blockbytes) : ds_arena_alloc_raw(doc->arena, blockbytes);
    if (!e.block) {
        st = ds_ctx_fail(ctx, DS_ENOMEM, "entities: out of memory");
        goto done;
    }
    e.facts = e.block;
    e.key = (const char **)(e.facts + nt);
    ds_lex_sentence_sum *sums = (ds_lex_sentence_sum *)(e.key + nt);
    e.tok_place = (uint32_t *)(sums + ns);
    e.sent_place = e.tok_place + nt;
    e.next_place = e.sent_place + ns + 1;
    e.cand = e.next_place + np + 1;
    e.key_len = (uint16_t *)(e.cand + nt);
    e.mark = (uint8_t *)(e.key_len + nt);
    memset(e.mark, MARK_FREE, nt);
    /* the candidates of pass 2 (below), "(" for pass 1 and the first words
     * of hedges for hedges.c: pass 2 passes over a "(" (no name starts
     * there, it is no cue and no capital) and over a first word of a hedge
     * that is none of these (a lower-case word: not a nation, no person) */
    if (ordered) {
        e.doc_words = ds_lexicon_key_sentences(lex, doc->tokens.v, nt, doc->sentences.v, ns,
                                               ds_entity_cue_words, DS_TOK_CAP | DS_TOK_UPPER,
                                               e.key, e.key_len, e.facts, doc->arena, e.cand, sums);
    } else
        e.doc_words =
            ds_lexicon_key_tokens_in(lex, doc->tokens.v, nt, e.key, e.key_len, e.facts, doc->arena);
    for (uint32_t t = 0; t < nt; t++) e.tok_place[t] = DS_NONE;
    for (uint32_t s = 0; s < ns; s++) e.sent_place[s] = DS_NONE;
    /* each look-up starts from token_guess() */
    e.per_byte = np ? ((uint64_t)nt << 32) / ((uint64_t)doc->text_len + 1) : 0;
    for (uint32_t i = np; i-- > 0;) {
        const ds_place *p = &doc->places.v[i];
        uint32_t t = mark_span(&e, p->span, MARK_PLACE, token_guess(&e, p->span.start));
        if (t != DS_NONE && doc->tokens.v[t].span.start == p->span.start) e.tok_place[t] = i;
        e.next_place[i] = DS_NONE;
        if (p->sentence < ns)
            e.next_place[i] = e.sent_place[p->sentence], e.sent_place[p->sentence] = i;
    }
    for (uint32_t i = 0, t = 0; i < doc->timexes.n; i++)
        t = mark_span(&e, doc->timexes.v[i].span, MARK_TIMEX, t);

    /* pass 1: alias definitions anywhere in the document, at a "(" (among
     * the candidates when they are listed, with the hedge list) */
    const ds_lex_token *f = e.facts; /* read here, not through &e per token */
    if (ordered && (st = pass1_listed(&e, ns, sums)) != DS_OK) goto nomem;
    for (uint32_t s = 0; s < ns && !ordered && (e.doc_words & (1ull << W_OPEN)); s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        if (sentence_skipped(doc, se)) continue;
        uint32_t a = se->first_token, b = se->first_token + se->ntokens;
        for (uint32_t t = a + 1; t + 1 < b; t++)
            if ((f[t].words >> W_OPEN & 1u) && (st = learn_definition(&e, a, b, t)) != DS_OK)
                goto nomem;
    }
    /* the names the document defined start where facts say, like the lexicon's
     * (a token whose key's first byte starts no key of doc_starts is none) */
    if (e.doc_starts.count) {
        for (uint32_t t = 0; t < nt; t++) {
            uint32_t v;
            if (e.key_len[t] && doc_start_byte(&e, e.key[t][0]) &&
                strmap_get(&e.doc_starts, e.key[t], first_unit_len(&e, t), &v) &&
                v > e.facts[t].most)
                e.facts[t].most = (uint8_t)(v > 255 ? 255 : v);
        }
        e.starts_folded = true;
    }
    /* pass 2: mentions, then people among what is left. Both start only
     * at the sentence's candidates: actors_in skips every token that starts
     * no name (facts[].most, with the document's names folded in), has no
     * cue word and is not capitalised (may_be_nation), and people_in every
     * token that is not capitalised. A person is named only with a title,
     * a given name, a kunya or a dagger (a symbol token, doc.h, looked for
     * only when the sentence has a symbol: dagger_in) in the sentence:
     * without one people_in is not run. The candidates and sums
     * listed with the keys hold unless the fold above raised a most (then
     * they are listed again, from the folded facts). */
    const ds_token *tk = doc->tokens.v;
    bool listed = ordered && !e.starts_folded;
    for (uint32_t s = 0; s < ns; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        if (sentence_skipped(doc, se)) continue;
        uint32_t a = se->first_token, b = se->first_token + se->ntokens;
        const uint32_t *cand = e.cand, *sent_end;
        uint64_t words;
        unsigned lexflags, tokflags;
        /* a dagger is a token of three bytes, no plain word: a sentence
         * keyed without such a token has none (dagger_in not run) */
        const bool other = !ordered || sums[s].other;
        if (listed) {
            cand = e.cand + (s ? sums[s - 1].cand_end : 0), sent_end = e.cand + sums[s].cand_end;
            words = sums[s].words, lexflags = sums[s].lexflags, tokflags = sums[s].tokflags;
        } else {
            /* the unions of the sentence's word-list bits, lexicon flags and
             * token flags; four tokens a turn, the loop control shared */
            uint32_t *c = e.cand, ncand = 0;
            words = 0, lexflags = 0, tokflags = 0;
#pragma GCC unroll 4
            for (uint32_t t = a; t < b; t++) {
                unsigned tf = tk[t].flags;
                c[ncand] = t;
                ncand += (f[t].most | (f[t].words & ACTOR_CUES) |
                          (tf & (DS_TOK_CAP | DS_TOK_UPPER))) != 0;
                words |= f[t].words, lexflags |= f[t].flags, tokflags |= tf;
            }
            sent_end = e.cand + ncand;
        }
        bool person = (lexflags & (DS_LEXT_TITLE | DS_LEXT_GIVEN)) ||
                      (words & (1ull << W_KUNYA | 1ull << W_LED)) ||
                      ((tokflags & DS_TOK_SYMBOL) && other && dagger_in(&e, a, b));
        /* (kin militias first, so that no rule reads their "militia" as
         * the group named before; their mentions then go in text order) */
        uint32_t kin_from = doc->actor_refs.n;
        if ((words >> W_KIN & 1) && (st = kin_militias_in(&e, s, a, b)) != DS_OK) goto nomem;
        bool kin = doc->actor_refs.n > kin_from;
        if ((st = actors_in(&e, s, a, b, cand, sent_end, words)) != DS_OK ||
            (person && (st = people_in(&e, s, a, b, cand, sent_end)) != DS_OK))
            goto nomem;
        if (kin) refs_in_order(&doc->actor_refs.v[kin_from], doc->actor_refs.n - kin_from);
    }
    goto done;
nomem:
    st = ds_ctx_fail(ctx, st, "entities: out of memory");
done:
    /* most documents define no name: their maps never allocated */
    if (e.doc_names.cap || e.doc_names.keys) strmap_free(&e.doc_names);
    if (e.doc_starts.cap || e.doc_starts.keys) strmap_free(&e.doc_starts);
    if (own) free(e.block);
    return st;
}
