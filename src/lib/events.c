/* events.c - event extraction: finds past-tense event triggers in the
 * annotated sentences (data/event_rules.tsv), cuts sentences into event
 * frames, and fills one ds_event per frame from the annotations (date, place,
 * actors, casualties, weapon, claims, denials). Third stage of the pipeline,
 * after the annotators and before resolve.c. Typology: ACLED codebook event
 * and sub-event types, with GTD attack types and CAMEO root codes.
 */
#include "ctx.h"
#include "facts.h"
#include "fold.h"
#include "gazetteer.h"
#include "lexicon.h"
#include "timex.h"
#include "util/strmap.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the codebook ----------------------------------------------------- */

static const char *const acled_types[] = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
    "Riots",   "Strategic developments"};
static const char *const acled_subs[] = {"Armed clash",
                                         "Government regains territory",
                                         "Non-state actor overtakes territory",
                                         "Chemical weapon",
                                         "Air/drone strike",
                                         "Suicide bomb",
                                         "Shelling/artillery/missile attack",
                                         "Remote explosive/landmine/IED",
                                         "Grenade",
                                         "Sexual violence",
                                         "Attack",
                                         "Abduction/forced disappearance",
                                         "Peaceful protest",
                                         "Protest with intervention",
                                         "Excessive force against protesters",
                                         "Violent demonstration",
                                         "Mob violence",
                                         "Agreement",
                                         "Arrests",
                                         "Change to group/activity",
                                         "Disrupted weapons use",
                                         "Headquarters or base established",
                                         "Looting/property destruction",
                                         "Non-violent transfer of territory",
                                         "Other"};

/* The position of a sub-event type in the codebook's list (its order of precedence). */
static size_t sub_index(const char *sub)
{
    for (size_t j = 0; j < sizeof acled_subs / sizeof *acled_subs; j++)
        if (acled_subs[j] == sub) return j;
    return sizeof acled_subs / sizeof *acled_subs;
}

static const char *codebook_find(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == s[0] && strcmp(list[i], s) == 0) return list[i];
    return NULL;
}

#define T_BATTLES    acled_types[0]
#define T_EXPLOSIONS acled_types[1]
#define T_VAC        acled_types[2]
#define T_PROTESTS   acled_types[3]
#define T_RIOTS      acled_types[4]
#define T_STRATEGIC  acled_types[5]

static const char *disorder_of(const char *type)
{
    if (!type) return NULL;
    if (type == T_PROTESTS || type == T_RIOTS) return "Demonstrations";
    if (type == T_STRATEGIC) return "Strategic developments";
    return "Political violence";
}

/* ---- the rules (data/event_rules.tsv), loaded once per data directory -- */

enum ev_role {
    R_VERB = 0,
    R_NOUN,
    R_DEATH,
    R_INJURY,
    R_WEAPON,
    R_CIVILIAN,
    R_SECURITY,
    R_BLOCK,
    R_ANAPHOR,
    R_CUE,
    R_COMMUNAL,
    R_NROLES
};
static const char *const role_names[R_NROLES] = {"verb",    "noun",     "death",    "injury",
                                                 "weapon",  "civilian", "security", "block",
                                                 "anaphor", "cue",      "communal"};

typedef struct ev_rule {
    const char *event_type; /* codebook string; NULL for "*" (decided later) or "-" */
    const char *sub_event_type;
    bool generic; /* "*": a violent act whose type the cues and target decide */
    bool typed;   /* has a type (generic or given) */
    bool battle;  /* generic, but a battle unless the target is civilian ("*" + "Armed clash") */
    int gtd;
    char cameo[4];
} ev_rule;

typedef struct ev_phrase {
    uint8_t nwords;
    bool trigger;           /* is_trigger(): a verb or noun, or a typed death or injury */
    uint16_t roles;         /* 1 << R_* of each role it has */
    int16_t rule[R_NROLES]; /* -1 when the phrase has not that role */
    uint8_t tok;            /* the TOK_* bits of a token it starts (rules_parse) */
} ev_phrase;

/* The roles whose rules classify's token loop reads: a phrase with none of
 * them passes only its class tests. */
#define CLASSIFY_ROLES                                                                             \
    (1u << R_WEAPON | 1u << R_CUE | 1u << R_CIVILIAN | 1u << R_SECURITY | 1u << R_COMMUNAL |       \
     1u << R_DEATH | 1u << R_INJURY)

/* What match_sentence() records of a token (match_token()'s answer): it is
 * busy (see next_busy()): it starts a phrase, has a class or is a cut; it
 * is a trigger (is_trigger()) or a cut (make_frames() acts on those only);
 * it has a phrase of a CLASSIFY_ROLES role or a class classify() reads
 * (CLASSIFY_CLS: classify's token loop acts on those only); its phrase's
 * verb rule, or else noun rule, is an arrest (arrest_reason()). */
enum { TOK_BUSY = 1, TOK_TRIG_CUT = 2, TOK_CLASSIFY = 4, TOK_ARREST = 8 };

/* Word classes that the scan tests on every token of a sentence, looked up
 * with the phrase start (one hash per token) instead of string compares. */
enum ev_word_class {
    W_CLAIM = 1u << 0,      /* claimed, claim, celebrated */
    W_PROPAGANDA = 1u << 1, /* video, statement, footage */
    W_DENY = 1u << 2,       /* denied, denies */
    W_ATTRIB = 1u << 3,     /* attributed, blamed, accused ... */
    W_SUSPECTED = 1u << 4,
    W_NEG = 1u << 5,      /* no, without, not, n't, nor */
    W_DISPERSE = 1u << 6, /* police intervention at a protest */
    W_RIOT = 1u << 7      /* violence by demonstrators */
};
#define CLASSIFY_CLS (W_DISPERSE | W_RIOT)

/* The TOK_* bits of a token of word class bits cls (a phrase's are in its
 * ev_phrase.tok). */
static inline unsigned cls_tok(unsigned cls)
{
    return (cls ? TOK_BUSY : 0) | (cls & CLASSIFY_CLS ? TOK_CLASSIFY : 0);
}
static const struct {
    const char *word;
    uint8_t cls;
} word_classes[] = {{"claimed", W_CLAIM},
                    {"claim", W_CLAIM},
                    {"celebrated", W_CLAIM},
                    {"responsibility", W_CLAIM}, /* "took responsibility": see claims_in */
                    {"said", W_CLAIM},           /* "X said its fighters...": see claims_in */
                    {"says", W_CLAIM},
                    {"video", W_PROPAGANDA},
                    {"statement", W_PROPAGANDA},
                    {"footage", W_PROPAGANDA},
                    {"denied", W_DENY},
                    {"denies", W_DENY},
                    {"attributed", W_ATTRIB},
                    {"blamed", W_ATTRIB},
                    {"responsible", W_ATTRIB}, /* "JNIM is very likely responsible" */
                    {"attribute", W_ATTRIB},
                    {"attributes", W_ATTRIB},
                    {"accused", W_ATTRIB},
                    {"planted", W_ATTRIB}, /* "was planted by X": see claims_in */
                    {"perpetrated", W_ATTRIB},
                    {"orchestrated", W_ATTRIB},
                    {"masterminded", W_ATTRIB},
                    {"hallmarks", W_ATTRIB}, /* "bore the hallmarks of X" */
                    {"carried", W_ATTRIB},   /* "carried out by X": see claims_in */
                    {"suspected", W_SUSPECTED},
                    {"suspect", W_SUSPECTED}, /* "police suspect the Pakistani Taliban" */
                    {"no", W_NEG},
                    {"without", W_NEG},
                    {"not", W_NEG},
                    {"n't", W_NEG},
                    {"nor", W_NEG},
                    {"nobody", W_NEG}, /* "Nobody was hurt": says_no_casualties */
                    {"dispersed", W_DISPERSE},
                    {"disperse", W_DISPERSE},
                    {"dispersing", W_DISPERSE},
                    {"teargas", W_DISPERSE},
                    {"tear", W_DISPERSE},
                    {"baton", W_DISPERSE},
                    {"batons", W_DISPERSE},
                    {"warning", W_DISPERSE}, /* "police fired warning shots" at a protest */
                    {"violent", W_RIOT},
                    {"vandalized", W_RIOT},
                    {"vandalised", W_RIOT},
                    {"pelted", W_RIOT},
                    {"torched", W_RIOT},
                    {"stones", W_RIOT}};

/* Words that a reader looks for across a whole sentence or frame but that
 * no rule or word class marks: match_sentence() records which of them the
 * sentence holds (ev_scan.sent_words), so that a reader whose words are all
 * absent skips its token loop. Each list here is the one its reader tests.
 * Such a skip (may_have_word(..., S_X)) is exact only while every word its
 * reader's test can pass on is listed here under S_X: a word added to one
 * of those lists (bystander's judge[], quantity_role's other_fates[] ...)
 * is added here too. */
enum ev_sentence_word {
    S_RESPECTIVELY = 1u << 0, /* respectively() */
    S_SUBSET = 1u << 1,       /* subset_marker() */
    S_SETTLEMENT = 1u << 2,   /* unknown_town(): its kinds[] */
    S_RESPONSE = 1u << 3,     /* separate_happening(): its responses[] */
    S_LONE = 1u << 4,         /* casualties(): its lone[] */
    S_ADDITION = 1u << 5,     /* casualties(): "in addition to" */
    S_CODER = 1u << 6,        /* coder_note(), coder_location(): "coded", "split" */
    S_ACROSS = 1u << 7,       /* across_several(): "across" */
    /* the flags from here on do not fit the value of ev_rules.first: they
     * are kept in ev_first.words only (see S_WIDE) */
    S_SINCE = 1u << 8,      /* trigger_blocked(): "since"; "name", "named" (its name-origin
                             * look-back: no bit is free, and the two tests are rare);
                             * pick_place(): "because"; accused_of(): its four words */
    S_MODAL_FAR = 1u << 9,  /* trigger_blocked(): its modal_far[] */
    S_ROAD = 1u << 10,      /* unknown_town(): its roads[] */
    S_RECOVER = 1u << 11,   /* recovered_weapon(): its took[] and found[], and the
                             * words it looks for after the weapon */
    S_RETIRED = 1u << 12,   /* civilian_modified(): its out_of_service[] */
    S_CAPITAL = 1u << 13,   /* pick_place(): "capital" */
    S_FATES = 1u << 14,     /* quantity_role(): its other_fates[], "hospital" ... */
    S_BELONG = 1u << 15,    /* quantity_role(): "including", "belonging" ... */
    S_BY = 1u << 16,        /* pick_actors(): "by" */
    S_QUARTER = 1u << 17,   /* pick_place(): its quarter[] */
    S_SAYS = 1u << 18,      /* reporting_source(): its says[], speech_verbs[], "according";
                             * counts_sources(): its say[] */
    S_HEADS = 1u << 19,     /* past_head(): its heads[] */
    S_BYSTANDER = 1u << 20, /* bystander(): "according", speech_verbs[] and its judge[],
                             * say[], habit[], observed[], neg_only[], "denied", "denies";
                             * speech_date(): its say[] */
    S_AFTER = 1u << 21,     /* aside_clause(): "after", "following" */
    S_SEPARATE = 1u << 22,  /* separate_happening(): "separately", "another", "came" ... */
    S_BORN = 1u << 23,      /* origin_date(): its born[]; court_date(): its court[] */
    S_TOLLS = 1u << 24,     /* coder_note(): its tolls[] */
    S_KILLED = 1u << 25,    /* coder_note(): its killed[] */
    S_BETWEEN = 1u << 26,   /* pick_actors(): "between" */
    S_SELF = 1u << 27,      /* casualties(): "himself", "herself" */
    S_HARM = 1u << 28,      /* says_no_casualties(): its harm[] */
    S_CLAIMING = 1u << 29,  /* claims_earlier(): "claimed", "celebrated", "praised", "claiming",
                             * "responsibility" */
    S_TOLL = 1u << 30       /* toll_update(): "toll"; refers_back(): "loss" */
};
/* casualties(): "both", "all" ("injuring both"); past an int enumerator's range */
#define S_BOTH_ALL (1u << 31)
/* The sentence words kept only in ev_first.words: a token without a hash,
 * looked up in ev_rules.first, that is a key of it may be any of them. */
#define S_WIDE                                                                                     \
    (S_SINCE | S_MODAL_FAR | S_ROAD | S_RECOVER | S_RETIRED | S_CAPITAL | S_FATES | S_BELONG |     \
     S_BY | S_QUARTER | S_SAYS | S_HEADS | S_BYSTANDER | S_AFTER | S_SEPARATE | S_BORN | S_TOLLS | \
     S_KILLED | S_BETWEEN | S_SELF | S_HARM | S_CLAIMING | S_TOLL | S_BOTH_ALL)
static const struct {
    const char *word;
    uint32_t flag;
} sentence_words[] = {{"respectively", S_RESPECTIVELY},
                      {"including", S_SUBSET},
                      {"among", S_SUBSET},
                      {"whom", S_SUBSET},
                      {"includes", S_SUBSET},
                      {"village", S_SETTLEMENT},
                      {"town", S_SETTLEMENT},
                      {"locality", S_SETTLEMENT},
                      {"hamlet", S_SETTLEMENT},
                      {"settlement", S_SETTLEMENT},
                      {"commune", S_SETTLEMENT},
                      {"villages", S_SETTLEMENT},
                      {"towns", S_SETTLEMENT},
                      {"post", S_SETTLEMENT},
                      {"camp", S_SETTLEMENT},
                      {"garrison", S_SETTLEMENT},
                      {"checkpoint", S_SETTLEMENT},
                      {"outpost", S_SETTLEMENT},
                      {"operation", S_RESPONSE},
                      {"operations", S_RESPONSE},
                      {"raid", S_RESPONSE},
                      {"raids", S_RESPONSE},
                      {"crackdown", S_RESPONSE},
                      {"pursuit", S_RESPONSE},
                      {"clearance", S_RESPONSE},
                      {"gunman", S_LONE},
                      {"assailant", S_LONE},
                      {"attacker", S_LONE},
                      {"shooter", S_LONE},
                      {"bomber", S_LONE},
                      {"being", S_LONE}, /* (for "man", "woman": see casualties()) */
                      {"addition", S_ADDITION},
                      {"coded", S_CODER},
                      {"split", S_CODER},
                      {"across", S_ACROSS},
                      {"both", S_BOTH_ALL},
                      {"all", S_BOTH_ALL},
                      {"since", S_SINCE},
                      {"name", S_SINCE},
                      {"named", S_SINCE},
                      {"because", S_SINCE},  /* pick_place(): a reason's place */
                      {"accusing", S_SINCE}, /* accused_of() */
                      {"accused", S_SINCE},
                      {"suspecting", S_SINCE},
                      {"branding", S_SINCE},
                      {"will", S_MODAL_FAR},
                      {"would", S_MODAL_FAR},
                      {"could", S_MODAL_FAR},
                      {"might", S_MODAL_FAR},
                      {"may", S_MODAL_FAR},
                      {"can", S_MODAL_FAR},
                      {"cannot", S_MODAL_FAR},
                      {"likely", S_MODAL_FAR},
                      {"road", S_ROAD},
                      {"highway", S_ROAD},
                      {"axis", S_ROAD},
                      {"route", S_ROAD},
                      {"recovered", S_RECOVER},
                      {"recovering", S_RECOVER},
                      {"seized", S_RECOVER},
                      {"seizing", S_RECOVER},
                      {"confiscated", S_RECOVER},
                      {"captured", S_RECOVER},
                      {"capturing", S_RECOVER},
                      {"found", S_RECOVER},
                      {"discovered", S_RECOVER},
                      {"retrieved", S_RECOVER},
                      {"off-duty", S_RETIRED},
                      {"retired", S_RETIRED},
                      {"former", S_RETIRED},
                      {"ex", S_RETIRED},
                      {"capital", S_CAPITAL},
                      {"missing", S_FATES},
                      {"abducted", S_FATES},
                      {"kidnapped", S_FATES},
                      {"captured", S_FATES},
                      {"detained", S_FATES},
                      {"arrested", S_FATES},
                      {"displaced", S_FATES},
                      {"rescued", S_FATES},
                      {"unharmed", S_FATES},
                      {"released", S_FATES},
                      {"surrendered", S_FATES},
                      {"escaped", S_FATES},
                      {"hospital", S_FATES},
                      {"hospitalised", S_FATES},
                      {"hospitalized", S_FATES},
                      {"fled", S_FATES},
                      {"survived", S_FATES},
                      {"evacuated", S_FATES},
                      {"freed", S_FATES},
                      {"defected", S_FATES},
                      {"including", S_BELONG},
                      {"excluding", S_BELONG},
                      {"belonging", S_BELONG},
                      {"affiliated", S_BELONG},
                      {"linked", S_BELONG},
                      {"by", S_BY},
                      {"neighborhood", S_QUARTER},
                      {"neighbourhood", S_QUARTER},
                      {"area", S_QUARTER},
                      {"roundabout", S_QUARTER},
                      {"road", S_QUARTER},
                      {"street", S_QUARTER},
                      {"bazaar", S_QUARTER},
                      {"square", S_QUARTER},
                      {"after", S_AFTER},
                      {"following", S_AFTER},
                      {"say", S_SAYS},
                      {"emerged", S_BORN},
                      {"founded", S_BORN},
                      {"formed", S_BORN},
                      {"established", S_BORN},
                      {"created", S_BORN},
                      {"sentenced", S_BORN}, /* (court_date(): its court[]) */
                      {"convicted", S_BORN},
                      {"jailed", S_BORN},
                      {"acquitted", S_BORN},
                      {"indicted", S_BORN},
                      {"between", S_BETWEEN},
                      {"celebrated", S_CLAIMING},
                      {"claimed", S_CLAIMING},
                      {"praised", S_CLAIMING},
                      {"claiming", S_CLAIMING},
                      {"responsibility", S_CLAIMING},
                      {"casualties", S_HARM},
                      {"casualty", S_HARM},
                      {"damage", S_HARM},
                      {"deaths", S_HARM},
                      {"fatalities", S_HARM},
                      {"injuries", S_HARM},
                      {"one", S_HARM},
                      {"victims", S_HARM},
                      {"hurt", S_HARM},
                      {"harmed", S_HARM},
                      {"himself", S_SELF},
                      {"herself", S_SELF},
                      {"fatalities", S_TOLLS},
                      {"fatality", S_TOLLS},
                      {"casualties", S_TOLLS},
                      {"killed", S_KILLED},
                      {"dead", S_KILLED},
                      {"deaths", S_KILLED},
                      {"separately", S_SEPARATE},
                      {"elsewhere", S_SEPARATE},
                      {"earlier", S_SEPARATE},
                      {"separate", S_SEPARATE},
                      {"another", S_SEPARATE},
                      {"second", S_SEPARATE},
                      {"came", S_SEPARATE},
                      {"comes", S_SEPARATE},
                      {"later", S_SEPARATE},
                      {"spokesman", S_SAYS},
                      {"spokesperson", S_SAYS},
                      {"spokeswoman", S_SAYS},
                      {"said", S_SAYS},
                      {"says", S_SAYS},
                      {"official", S_SAYS},
                      {"officials", S_SAYS},
                      {"source", S_SAYS},
                      {"sources", S_SAYS},
                      {"statement", S_SAYS},
                      {"commander", S_SAYS},
                      {"chief", S_SAYS},
                      {"commissioner", S_SAYS},
                      {"told", S_SAYS},
                      {"reported", S_SAYS},
                      {"report", S_SAYS},
                      {"reports", S_SAYS},
                      {"informs", S_SAYS},
                      {"received", S_SAYS},
                      {"alerted", S_SAYS},
                      {"added", S_SAYS},
                      {"stated", S_SAYS},
                      {"according", S_SAYS},
                      {"group", S_HEADS},
                      {"militants", S_HEADS},
                      {"fighters", S_HEADS},
                      {"movement", S_HEADS},
                      {"organization", S_HEADS},
                      {"organisation", S_HEADS},
                      {"according", S_BYSTANDER},
                      {"said", S_BYSTANDER},
                      {"says", S_BYSTANDER},
                      {"told", S_BYSTANDER},
                      {"added", S_BYSTANDER},
                      {"stated", S_BYSTANDER},
                      {"condemned", S_BYSTANDER},
                      {"condemns", S_BYSTANDER},
                      {"condemn", S_BYSTANDER},
                      {"denounced", S_BYSTANDER},
                      {"denounces", S_BYSTANDER},
                      {"deplored", S_BYSTANDER},
                      {"deplores", S_BYSTANDER},
                      {"mourned", S_BYSTANDER},
                      {"welcomed", S_BYSTANDER},
                      {"welcomes", S_BYSTANDER},
                      {"urged", S_BYSTANDER},
                      {"urges", S_BYSTANDER},
                      {"called", S_BYSTANDER},
                      {"calls", S_BYSTANDER},
                      {"expressed", S_BYSTANDER},
                      {"extends", S_BYSTANDER},
                      {"extended", S_BYSTANDER},
                      {"offered", S_BYSTANDER},
                      {"appalled", S_BYSTANDER},
                      {"alarmed", S_BYSTANDER},
                      {"outraged", S_BYSTANDER},
                      {"shocked", S_BYSTANDER},
                      {"horrified", S_BYSTANDER},
                      {"saddened", S_BYSTANDER},
                      {"dismayed", S_BYSTANDER},
                      {"reported", S_BYSTANDER},
                      {"announced", S_BYSTANDER},
                      {"confirmed", S_BYSTANDER},
                      {"informs", S_BYSTANDER},
                      {"informed", S_BYSTANDER},
                      {"announces", S_BYSTANDER},
                      {"reports", S_BYSTANDER},
                      {"confirms", S_BYSTANDER},
                      {"spokesman", S_BYSTANDER},
                      {"spokesperson", S_BYSTANDER},
                      {"commented", S_BYSTANDER},
                      {"comment", S_BYSTANDER},
                      {"responded", S_BYSTANDER},
                      {"respond", S_BYSTANDER},
                      {"claimed", S_BYSTANDER},
                      {"claim", S_BYSTANDER},
                      {"often", S_BYSTANDER},
                      {"frequently", S_BYSTANDER},
                      {"usually", S_BYSTANDER},
                      {"regularly", S_BYSTANDER},
                      {"routinely", S_BYSTANDER},
                      {"typically", S_BYSTANDER},
                      {"commonly", S_BYSTANDER},
                      {"denied", S_BYSTANDER},
                      {"denies", S_BYSTANDER},
                      {"recorded", S_BYSTANDER},
                      {"documented", S_BYSTANDER},
                      {"observed", S_BYSTANDER},
                      {"verified", S_BYSTANDER},
                      {"monitored", S_BYSTANDER},
                      {"heard", S_BYSTANDER},
                      {"saw", S_BYSTANDER},
                      {"noted", S_BYSTANDER},
                      {"counted", S_BYSTANDER},
                      {"toll", S_TOLL},
                      {"loss", S_TOLL}};

/* A key of ev_rules.first (a phrase's first word, a word class's or a
 * sentence word's word) and its value; phrase1 is the one-word phrase that
 * is the word itself, -1 when none. */
typedef struct ev_first {
    const char *word;
    uint64_t head; /* strmap_chunk() of its first (up to 8) bytes: see first_by_hash() */
    uint32_t len;
    uint32_t v;
    int32_t phrase1;
    uint32_t words; /* the word's enum ev_sentence_word flags (v >> 24 and the S_WIDE ones) */
    uint8_t tok;    /* match_token()'s TOK_* answer when v & 0xff <= 1 */
} ev_first;

/* A phrase of two words or more: its key ("opened fire") and index. */
typedef struct ev_pslot {
    const char *key;
    uint32_t len;
    uint32_t phrase;
} ev_pslot;

/* A movement without a country of its own (no iso3 in the lexicon) and
 * its only armed branch in one country: names copied, so the rules outlive
 * the lexicon they were made from. */
typedef struct ev_branch {
    char *parent, *child;
    char iso3[4];
} ev_branch;

typedef struct ev_rules {
    char *data_dir;
    /* the rules of an ACLED note of a demonstration (crowd_size_tag): these
     * and the "crowd" rows as verbs ("occupied", "closed", "drove" tell a
     * protest in such a note); made on first need (crowd_rules) from
     * crowd_src, the file's text; owned; NULL in itself */
    _Atomic(struct ev_rules *) crowd;
    char *crowd_src;
    strmap phrases; /* "opened fire" -> index into ph */
    strmap first;   /* first word -> longest phrase length starting with it | word class << 8
                     * | phrase_len_bit() of each phrase length starting with it
                     * | sentence word flag << 24 */
    ev_phrase *ph;
    size_t nph;
    ev_rule *rules;
    size_t nrules;
    uint64_t bloom[256]; /* word_bit() of every key of first: most tokens skip the hash */
    /* every key of `first` again, by ds_word_hash (lexicon.h), the hash that
     * ds_tokenize leaves in ds_token.hash: a token that has one is looked up
     * without hashing its norm (see first_by_hash()) */
    uint32_t wbits;   /* log2 of the slots */
    uint32_t *whash;  /* the slots' hashes, 0 = empty */
    ev_first *wfirst; /* the key of each slot and its value */
    /* bit ds_word_hash >> 16 of every key of whash, a 65536-bit filter: a
     * plain token whose hash's bit is clear is no key (equal words have
     * equal hashes), ruled out with one load and no probe of whash */
    uint64_t hfilt[1u << (16 - 6)];
    /* for a one-byte token, by its byte: bit 0 when it passes the Bloom
     * filter (word_bit() of one byte reads only that byte), bit 1 when it
     * is a comma, semicolon or colon (a cut when the token is punctuation) */
    uint8_t byte_cand[256];
    /* the phrases of two words or more again, by phrase_hash_more() of
     * their words' ds_word_hash: see match_phrase_hashed() */
    uint32_t pbits;  /* log2 of the slots */
    uint64_t *phash; /* the slots' hashes, 0 = empty */
    ev_pslot *pslot; /* the phrase of each slot */
    /* bit (top 16 bits of) phrase_hash_more() of the first two words of
     * every phrase of two words or more, a 65536-bit filter: two plain
     * tokens whose bit is clear start no such phrase */
    uint64_t pfilt[1u << (16 - 6)];
    /* the branch of a movement in one country ("Islamic State" in
     * Mozambique: ISMP), from the actor lexicon: see regional_branch() */
    ev_branch *branch;
    size_t nbranch;
    const char *branch_parent[8]; /* the distinct parents of branch[] (its strings) */
    size_t nbranch_parent;
    struct ev_rules *next;
} ev_rules;

/* The bits of a table index for n keys: at most an eighth of the slots full. */
static uint32_t table_bits(size_t n)
{
    uint32_t b = 6;
    while (((size_t)1 << b) < 8 * n) b++;
    return b;
}

/* The hash of a phrase: acc (0 before the first word) taking in the next
 * word's ds_word_hash h; never 0 (bit 0 set), indexed by its top bits. */
static inline uint64_t phrase_hash_more(uint64_t acc, uint32_t h)
{
    return ((acc ^ h) * DS_WORD_HASH_MUL) | 1u;
}

/* A bit of the 16384-bit filter for a folded word: its first two bytes, last
 * byte and length, mixed by one multiplication (the top 14 bits). */
static uint32_t word_bit(const char *w, size_t n)
{
    if (!n) return 0;
    uint32_t k = (uint32_t)(unsigned char)w[0] | (uint32_t)(unsigned char)w[n > 1] << 8 |
                 (uint32_t)(unsigned char)w[n - 1] << 16 | (uint32_t)(n & 0xff) << 24;
    return (k * 0x9E3779B1u) >> 18;
}

static void bloom_add(ev_rules *r, const char *w, size_t n)
{
    uint32_t b = word_bit(w, n);
    r->bloom[b >> 6] |= 1ull << (b & 63);
}

/* Ors bits into word w's value in `first` (word classes, sentence words)
 * and marks it in the Bloom filter; false when out of memory. */
static bool first_or(ev_rules *r, const char *w, uint32_t bits)
{
    uint32_t v = 0;
    size_t n = strlen(w);
    uint64_t h = strmap_hash(w, n); /* once, for the get and the put */
    strmap_get_hashed(&r->first, h, w, n, &v);
    if (!strmap_put_hashed(&r->first, h, w, n, v | bits)) return false;
    bloom_add(r, w, n);
    return true;
}

/* The bit of `first`'s value that says a phrase of n words starts with the
 * word: bits 16..22 for 1..7 words, bit 23 for any longer one. */
static uint32_t phrase_len_bit(uint32_t n)
{
    return n < 8 ? 1u << (15 + n) : 1u << 23;
}

static pthread_mutex_t rules_lock = PTHREAD_MUTEX_INITIALIZER;
/* The loaded rules, newest first: written under rules_lock, published with
 * release; an entry is complete when published and never changes or goes,
 * so a reader that loads the head with acquire may walk the list unlocked. */
static _Atomic(ev_rules *) rules_cache;

static char *next_field(char **p)
{
    char *s = *p;
    if (!s) return NULL;
    char *tab = strchr(s, '\t');
    if (tab) {
        *tab = '\0';
        *p = tab + 1;
    } else {
        *p = NULL;
    }
    return s;
}

/* The bit of pfilt for a phrase's first two words, hashed h1 and h2. */
static inline bool pair_bit(const uint64_t *pfilt, uint32_t h1, uint32_t h2)
{
    uint64_t h = phrase_hash_more(phrase_hash_more(0, h1), h2);
    return pfilt[h >> 54] >> (h >> 48 & 63) & 1;
}

/* Marks in r->pfilt the first two words of phrase key[0..len), when it has
 * two words or more and neither is empty (only then can a run of plain
 * tokens spell them). */
static void pair_add(ev_rules *r, const char *key, uint32_t len)
{
    const char *sp = memchr(key, ' ', len);
    if (!sp || sp == key) return;
    const char *w2 = sp + 1, *e2 = memchr(w2, ' ', len - (size_t)(w2 - key));
    if (!e2) e2 = key + len;
    if (e2 == w2) return;
    uint64_t h = phrase_hash_more(phrase_hash_more(0, ds_word_hash(key, (size_t)(sp - key))),
                                  ds_word_hash(w2, (size_t)(e2 - w2)));
    r->pfilt[h >> 54] |= 1ull << (h >> 48 & 63);
}

/* Fills r->whash and r->wfirst from r->first (all its keys, plain or not:
 * a token with a hash has a plain norm, so only a plain key can equal it,
 * and the others are never found this way). NULL when fine. */
static const char *words_index(ev_rules *r)
{
    for (unsigned c = 0; c < 256; c++) {
        char w = (char)c;
        uint32_t b = word_bit(&w, 1);
        r->byte_cand[c] = (uint8_t)((r->bloom[b >> 6] >> (b & 63) & 1) |
                                    (c == ',' || c == ';' || c == ':' ? 2 : 0));
    }
    r->wbits = table_bits(r->first.count);
    uint32_t wmask = (1u << r->wbits) - 1;
    r->whash = calloc((size_t)wmask + 1, sizeof *r->whash);
    r->wfirst = calloc((size_t)wmask + 1, sizeof *r->wfirst);
    if (!r->whash || !r->wfirst) return "out of memory";
    for (size_t j = 0; j < r->first.cap; j++) {
        const strmap_slot *sl = &r->first.slots[j];
        if (!sl->hash || !sl->keylen) continue;
        const char *w = r->first.keys + sl->keyoff;
        uint32_t h = ds_word_hash(w, sl->keylen), k = h >> (32 - r->wbits), pi;
        while (r->whash[k]) k = (k + 1) & wmask;
        r->whash[k] = h;
        r->hfilt[h >> 22] |= 1ull << (h >> 16 & 63);
        r->wfirst[k] = (ev_first){w,          strmap_chunk(w, sl->keylen < 8 ? sl->keylen : 8),
                                  sl->keylen, sl->value,
                                  -1,         sl->value >> 24,
                                  0};
        /* match_phrase's one-word look-up, made here (it takes no key
         * longer than 125 bytes) */
        if ((sl->value & phrase_len_bit(1)) && sl->keylen + 2 <= 128 &&
            strmap_get(&r->phrases, w, sl->keylen, &pi))
            r->wfirst[k].phrase1 = (int32_t)pi;
        /* match_token's answer for a token of this key starting no phrase
         * longer than one word: m[] the one-word phrase, if any, and the
         * class (with v's phrase bits clear, no phrase at all) */
        int32_t p1 = (sl->value & 0xff) == 1 ? r->wfirst[k].phrase1 : -1;
        r->wfirst[k].tok =
            (uint8_t)((p1 >= 0 ? r->ph[p1].tok : 0) | cls_tok(sl->value >> 8 & 0xff));
    }
    /* the S_WIDE sentence words' flags, which `first` has no room for (each
     * is a key of it: rules_parse) */
    for (size_t q = 0; q < sizeof sentence_words / sizeof *sentence_words; q++) {
        if (!(sentence_words[q].flag & S_WIDE)) continue;
        const char *w = sentence_words[q].word;
        uint32_t len = (uint32_t)strlen(w), h = ds_word_hash(w, len);
        for (uint32_t k = h >> (32 - r->wbits); r->whash[k]; k = (k + 1) & wmask)
            if (r->whash[k] == h && r->wfirst[k].len == len && !memcmp(r->wfirst[k].word, w, len))
                r->wfirst[k].words |= sentence_words[q].flag;
    }
    /* the phrases of two words or more whose words are not empty (every
     * one a run of plain tokens could spell) */
    r->pbits = table_bits(r->phrases.count);
    uint32_t pmask = (1u << r->pbits) - 1;
    r->phash = calloc((size_t)pmask + 1, sizeof *r->phash);
    r->pslot = calloc((size_t)pmask + 1, sizeof *r->pslot);
    if (!r->phash || !r->pslot) return "out of memory";
    for (size_t j = 0; j < r->phrases.cap; j++) {
        const strmap_slot *sl = &r->phrases.slots[j];
        if (!sl->hash) continue;
        const char *key = r->phrases.keys + sl->keyoff;
        pair_add(r, key, sl->keylen); /* (every phrase: see match_phrase_hashed()) */
        uint64_t h = 0;
        uint32_t nwords = 0;
        bool empty_word = false;
        for (uint32_t a = 0, b; a <= sl->keylen; a = b + 1) {
            for (b = a; b < sl->keylen && key[b] != ' ';) b++;
            if (b == a) {
                empty_word = true;
                break;
            }
            h = phrase_hash_more(h, ds_word_hash(key + a, b - a));
            nwords++;
        }
        if (empty_word || nwords < 2) continue;
        uint32_t k = (uint32_t)(h >> (64 - r->pbits));
        while (r->phash[k]) k = (k + 1) & pmask;
        r->phash[k] = h;
        r->pslot[k] = (ev_pslot){key, sl->keylen, sl->value};
    }
    return NULL;
}

/* Parses the TSV text (modified in place) into r. Returns a message on a
 * malformed line, NULL when fine. */
static const char *rules_parse(ev_rules *r, char *text, unsigned *lineno, bool crowd)
{
    size_t cap = 64, pcap = 64;
    r->rules = calloc(cap, sizeof *r->rules);
    r->ph = calloc(pcap, sizeof *r->ph);
    if (!r->rules || !r->ph) return "out of memory";
    *lineno = 0;
    for (char *line = text, *nl; line && *line; line = nl) {
        nl = strchr(line, '\n');
        if (nl) *nl++ = '\0';
        ++*lineno;
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r') line[--len] = '\0';
        if (!len || line[0] == '#') continue;
        char *p = line;
        char *phrase = next_field(&p), *role = next_field(&p), *type = next_field(&p);
        char *sub = next_field(&p), *gtd = next_field(&p), *cameo = next_field(&p);
        if (!phrase || !role || !type || !sub || !gtd || !cameo) return "expected 6 fields";
        if (strcmp(role, "crowd") == 0) { /* a verb of crowd notes only */
            if (!crowd) {                 /* (checked here: crowd_rules reads them later) */
                if (!codebook_find(acled_types, 6, type) ||
                    !codebook_find(acled_subs, sizeof acled_subs / sizeof *acled_subs, sub))
                    return "not an ACLED (sub-)event type";
                continue;
            }
            role = (char *)role_names[R_VERB];
        }
        int ri = -1;
        for (int k = 0; k < R_NROLES && ri < 0; k++) /* the names are distinct */
            if (strcmp(role, role_names[k]) == 0) ri = k;
        if (ri < 0) return "unknown role";
        if (r->nrules == cap) {
            ev_rule *nr = realloc(r->rules, 2 * cap * sizeof *nr);
            if (!nr) return "out of memory";
            r->rules = nr, cap *= 2;
        }
        ev_rule *rule = &r->rules[r->nrules];
        memset(rule, 0, sizeof *rule);
        if (strcmp(type, "*") == 0) {
            rule->generic = rule->typed = true;
            rule->battle = strcmp(sub, "Armed clash") == 0;
        } else if (strcmp(type, "-") != 0) {
            rule->event_type = codebook_find(acled_types, 6, type);
            rule->sub_event_type =
                codebook_find(acled_subs, sizeof acled_subs / sizeof *acled_subs, sub);
            if (!rule->event_type || !rule->sub_event_type) return "not an ACLED (sub-)event type";
            rule->typed = true;
        }
        rule->gtd = atoi(gtd);
        const char *cm = strcmp(cameo, "0") ? cameo : ""; /* as much as fits (rule is zeroed) */
        memcpy(rule->cameo, cm, strnlen(cm, sizeof rule->cameo - 1));
        uint32_t pi;
        size_t plen = strlen(phrase);
        uint64_t hp = strmap_hash(phrase, plen); /* (each key hashed once for its get and put) */
        if (!strmap_get_hashed(&r->phrases, hp, phrase, plen, &pi)) {
            if (r->nph == pcap) {
                ev_phrase *np = realloc(r->ph, 2 * pcap * sizeof *np);
                if (!np) return "out of memory";
                r->ph = np, pcap *= 2;
            }
            pi = (uint32_t)r->nph++;
            ev_phrase *ph = &r->ph[pi];
            ph->nwords = 1;
            for (const char *c = phrase; *c; c++) ph->nwords = (uint8_t)(ph->nwords + (*c == ' '));
            ph->roles = 0;
            for (int k = 0; k < R_NROLES; k++) ph->rule[k] = -1;
            if (!strmap_put_hashed(&r->phrases, hp, phrase, plen, pi)) return "out of memory";
            const char *sp = strchr(phrase, ' ');
            size_t flen = sp ? (size_t)(sp - phrase) : plen;
            uint64_t hf = sp ? strmap_hash(phrase, flen) : hp;
            uint32_t v = 0;
            strmap_get_hashed(&r->first, hf, phrase, flen, &v);
            if (ph->nwords > (v & 0xff)) v = (v & ~0xffu) | ph->nwords;
            v |= phrase_len_bit(ph->nwords);
            if (!strmap_put_hashed(&r->first, hf, phrase, flen, v))
                return "out of memory"; /* (word classes are added after all phrases) */
            bloom_add(r, phrase, flen);
        }
        r->ph[pi].rule[ri] = (int16_t)r->nrules++;
        r->ph[pi].roles = (uint16_t)(r->ph[pi].roles | 1u << ri);
    }
    for (size_t k = 0; k < r->nph; k++) {
        ev_phrase *ph = &r->ph[k];
        int16_t d = ph->rule[R_DEATH] >= 0 ? ph->rule[R_DEATH] : ph->rule[R_INJURY];
        ph->trigger =
            ph->rule[R_VERB] >= 0 || ph->rule[R_NOUN] >= 0 || (d >= 0 && r->rules[d].typed);
        int16_t vn = ph->rule[R_VERB] >= 0 ? ph->rule[R_VERB] : ph->rule[R_NOUN];
        bool arrest = vn >= 0 && r->rules[vn].sub_event_type == acled_subs[18];
        ph->tok =
            (uint8_t)(TOK_BUSY | (ph->trigger ? TOK_TRIG_CUT : 0) |
                      (ph->roles & CLASSIFY_ROLES ? TOK_CLASSIFY : 0) | (arrest ? TOK_ARREST : 0));
    }
    for (size_t k = 0; k < sizeof word_classes / sizeof *word_classes; k++)
        if (!first_or(r, word_classes[k].word, (uint32_t)word_classes[k].cls << 8))
            return "out of memory";
    /* (an S_WIDE word is a key with no bits of its own: words_index() gives
     * it its flag in ev_first.words) */
    for (size_t k = 0; k < sizeof sentence_words / sizeof *sentence_words; k++)
        if (!first_or(r, sentence_words[k].word,
                      sentence_words[k].flag & S_WIDE ? 0 : sentence_words[k].flag << 24))
            return "out of memory";
    return words_index(r);
}

static void rules_free(ev_rules *r)
{
    if (!r) return;
    rules_free(atomic_load(&r->crowd));
    free(r->crowd_src);
    strmap_free(&r->phrases);
    strmap_free(&r->first);
    free(r->whash);
    free(r->wfirst);
    free(r->phash);
    free(r->pslot);
    free(r->ph);
    free(r->rules);
    for (size_t i = 0; i < r->nbranch; i++) free(r->branch[i].parent), free(r->branch[i].child);
    free(r->branch);
    free(r->data_dir);
    free(r);
}

/* Fills r->branch from the lexicon: each armed group with a country whose
 * parent is an armed group without one, unless the parent has another such
 * branch in that country (then the text must name which). */
static const char *branches_build(ev_rules *r, const ds_lexicon *lex)
{
    uint32_t n = lex ? ds_lexicon_count(lex) : 0;
    /* the armed groups with a country whose parent is an armed group
     * without one (a few dozen), then those alone in their parent's country */
    uint32_t *kids = NULL, nkids = 0;
    for (uint32_t i = 0; i < n; i++) {
        const ds_lex_actor *c = ds_lexicon_get(lex, i);
        const ds_lex_actor *p = c->parent != DS_NONE ? ds_lexicon_get(lex, c->parent) : NULL;
        if (!p || c->type != DS_ACTOR_ARMED_GROUP || !c->iso3[0] ||
            p->type != DS_ACTOR_ARMED_GROUP || p->iso3[0])
            continue;
        uint32_t *nk = realloc(kids, (nkids + 1) * sizeof *nk);
        if (!nk) return free(kids), "out of memory";
        kids = nk;
        kids[nkids++] = i;
    }
    for (uint32_t a = 0; a < nkids; a++) {
        const ds_lex_actor *c = ds_lexicon_get(lex, kids[a]);
        bool unique = true;
        for (uint32_t b = 0; b < nkids && unique; b++) {
            const ds_lex_actor *o = ds_lexicon_get(lex, kids[b]);
            unique = b == a || o->parent != c->parent || strcmp(o->iso3, c->iso3) != 0;
        }
        if (!unique) continue;
        ev_branch *nb = realloc(r->branch, (r->nbranch + 1) * sizeof *nb);
        if (!nb) return free(kids), "out of memory";
        r->branch = nb;
        ev_branch *b = &nb[r->nbranch];
        memcpy(b->iso3, c->iso3, 4);
        b->parent = strdup(ds_lexicon_get(lex, c->parent)->name);
        b->child = strdup(c->name);
        r->nbranch++;
        if (!b->parent || !b->child) return free(kids), "out of memory";
    }
    free(kids);
    for (size_t i = 0; i < r->nbranch; i++) {
        bool seen = false;
        for (size_t k = 0; k < r->nbranch_parent && !seen; k++)
            seen = !strcmp(r->branch_parent[k], r->branch[i].parent);
        if (seen) continue;
        if (r->nbranch_parent == sizeof r->branch_parent / sizeof *r->branch_parent)
            return "too many movements with branches in the actor lexicon";
        r->branch_parent[r->nbranch_parent++] = r->branch[i].parent;
    }
    return NULL;
}

/* The rules of ctx's data directory, loaded on first use and kept for the
 * life of the process (shared, read-only once published). */
static ds_status rules_get(const ev_rules **out, ds_ctx *ctx)
{
    *out = NULL;
    const char *dir = ctx && ctx->shared && ctx->shared->data_dir ? ctx->shared->data_dir : ".";
    /* the usual case, rules already loaded: no lock (once per document) */
    for (ev_rules *r = atomic_load_explicit(&rules_cache, memory_order_acquire); r; r = r->next)
        if (strcmp(r->data_dir, dir) == 0) {
            *out = r;
            return DS_OK;
        }
    ds_status st = DS_OK;
    pthread_mutex_lock(&rules_lock);
    for (ev_rules *r = atomic_load_explicit(&rules_cache, memory_order_relaxed); r; r = r->next)
        if (strcmp(r->data_dir, dir) == 0) {
            *out = r;
            goto done;
        }
    char path[4096];
    snprintf(path, sizeof path, "%s/event_rules.tsv", dir);
    FILE *f = fopen(path, "rb");
    if (!f) {
        st = ds_ctx_fail(ctx, DS_EDATA, "%s: cannot open the event rules", path);
        goto done;
    }
    char *text = NULL;
    size_t len = 0, cap = 0, got;
    char chunk[8192];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + got + 1 > cap) {
            size_t ncap = (len + got + 1) * 2;
            char *nt = realloc(text, ncap);
            if (!nt) break;
            text = nt, cap = ncap;
        }
        memcpy(text + len, chunk, got);
        len += got;
    }
    fclose(f);
    ev_rules *r = calloc(1, sizeof *r);
    size_t dlen = strlen(dir);
    if (r && (r->data_dir = malloc(dlen + 1)) != NULL) memcpy(r->data_dir, dir, dlen + 1);
    if (!text || !r || !r->data_dir) {
        free(text);
        rules_free(r);
        st = ds_ctx_fail(ctx, text ? DS_ENOMEM : DS_EDATA, "%s: cannot read the event rules", path);
        goto done;
    }
    text[len] = '\0';
    unsigned lineno = 0;
    const ds_lexicon *lex = ctx && ctx->shared ? ctx->shared->lexicon : NULL;
    /* (rules_parse cuts the text it reads: crowd_rules parses a copy) */
    if (!(r->crowd_src = malloc(len + 1))) {
        free(text);
        rules_free(r);
        st = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        goto done;
    }
    memcpy(r->crowd_src, text, len + 1);
    const char *err = rules_parse(r, text, &lineno, false);
    free(text);
    if (!err && (err = branches_build(r, lex))) lineno = 0;
    if (err) {
        rules_free(r);
        st = ds_ctx_fail(ctx, DS_EDATA, "%s:%u: %s", path, lineno, err);
        goto done;
    }
    r->next = atomic_load_explicit(&rules_cache, memory_order_relaxed);
    atomic_store_explicit(&rules_cache, r, memory_order_release);
    *out = r;
done:
    pthread_mutex_unlock(&rules_lock);
    return st;
}

/* ---- per-document scratch: annotations indexed by sentence ------------- */

typedef struct sent_index {
    const uint32_t *first; /* nsent + 2 */
    const uint32_t *idx;
} sent_index;

/* The words index_build() takes from the scratch block for n annotations. */
static size_t index_words(uint32_t nsent, uint32_t n)
{
    return (size_t)nsent * 2 + n + 4;
}

/* Counting sort of an annotation array by its sentence field (stable, so the
 * annotators' order within a sentence is kept), into `mem` (index_words()
 * words, which it advances past). Inlined in each INDEX_BUILD, where the
 * stride and offset are constants. */
static inline __attribute__((always_inline)) void index_build(sent_index *si, uint32_t **mem,
                                                              uint32_t nsent, const void *arr,
                                                              uint32_t n, size_t stride,
                                                              size_t sent_off)
{
    /* no annotation: every sentence's range is empty, read from zeros */
    static const uint32_t zeros[512];
    if (!n && nsent + 2 <= sizeof zeros / sizeof *zeros) {
        si->first = si->idx = zeros;
        return;
    }
    /* first[nsent + 2], idx[n + 1], fill[nsent + 1] */
    uint32_t *first = *mem;
    si->first = first;
    *mem += index_words(nsent, n);
    uint32_t *idx = first + nsent + 2;
    si->idx = idx;
    uint32_t *fill = idx + n + 1;
    const char *base = arr;
#define SENTENCE_OF(i, s) memcpy(&(s), base + (size_t)(i)*stride + sent_off, sizeof(s))
    /* the annotators emit in sentence order: then one merge of the sentences
     * with the array gives what the sort would (first[s]: the annotations
     * before sentence s; idx[i] = i), and it took them all */
    uint32_t pos = 0, s_at;
    for (uint32_t s = 0; s < nsent; s++) {
        first[s] = pos;
        while (pos < n && (SENTENCE_OF(pos, s_at), s_at == s)) {
            idx[pos] = pos;
            pos++;
        }
    }
    first[nsent] = pos;
    first[nsent + 1] = 0;
    if (pos == n) return;
    /* out of order, or a sentence out of range: the counting sort */
    for (uint32_t s = 0; s < nsent + 2; s++) first[s] = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s;
        SENTENCE_OF(i, s);
        if (s < nsent) first[s + 1]++;
    }
    for (uint32_t s = 0; s < nsent; s++) first[s + 1] += first[s];
    for (uint32_t s = 0; s < nsent + 1; s++) fill[s] = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t s;
        SENTENCE_OF(i, s);
        if (s < nsent) idx[first[s] + fill[s]++] = i;
    }
#undef SENTENCE_OF
}

#define INDEX_WORDS(doc, vec) index_words((doc)->sentences.n, (doc)->vec.n)
#define INDEX_BUILD(si, mem, doc, vec, type)                                                       \
    index_build((si), (mem), (doc)->sentences.n, (doc)->vec.v, (doc)->vec.n, sizeof(type),         \
                offsetof(type, sentence))

/* A token's phrase match: which roles start at this token, over how many
 * tokens. */
typedef struct tok_match {
    int16_t phrase; /* -1 none */
    uint8_t len;
    uint8_t cls; /* enum ev_word_class bits */
} tok_match;

typedef struct ev_scan {
    ds_extraction *x;
    ds_ctx *ctx;
    const ds_doc *doc;
    const ds_token *toks; /* doc->tokens, one load nearer for the per-token readers */
    const ev_phrase *ph;  /* rules->ph and rules->rules, likewise for rule_at() */
    const ev_rule *rule_v;
    uint32_t ntoks;
    uint32_t docidx;
    const ev_rules *rules;
    sent_index timex, quant, place, actor, person;
    tok_match *m;             /* per token of the document */
    uint32_t *busy;           /* per token of the last matched sentence: see next_busy() */
    uint32_t last_event;      /* index into x->events of this document's last event, or DS_NONE */
    uint32_t last_sentence;   /* the sentence that made or fed it */
    uint32_t first_event;     /* this document's first event in x->events */
    bool short_doc;           /* a note (GTD/ACLED style): few sentences, one happening */
    bool crowd_note;          /* an ACLED note of a demonstration (crowd_size_tag) */
    bool one_paragraph;       /* a short text of one block (a long note) */
    bool crowd_any;           /* its last reading: a dated sentence is its protest */
    bool title_pass;          /* the headline, read after the body (ds_extract_events) */
    uint32_t sent_first_trig; /* text offset of the current sentence's first trigger */
    const ds_actor_ref *main_actor; /* the armed group the document names most */
    const ds_place *last_place;     /* the place of the paragraph's last new event */
    uint32_t weak_event; /* the last event, when dated by a report's day (cand.weak_date) */
    /* "On Sunday, the same group set fire to a school": events whose actor1
     * is the one another event gets only at the end (default_actors):
     * {event, the event it acted in} */
    uint32_t same_actor[8][2];
    uint32_t nsame_actor;
    uint32_t last_place_block;
    /* the blocks read for section headings so far (section_kind), and
     * the kind of the section they end in */
    uint32_t heading_seen;
    int section;
    /* the tokens of the last matched sentence that are a trigger (is_trigger)
     * or a comma, semicolon or colon (cut_punct), in order: the only ones
     * make_frames() acts on */
    uint32_t *trig_cut;
    uint32_t ntrig_cut;
    /* and those with TOK_CLASSIFY, in order: the only ones classify() acts on */
    uint32_t *cls_tok;
    uint32_t ncls_tok;
    /* what match_sentence found in tokens [cls_first, cls_end): the word
     * classes and phrase roles present, so that a reader whose cue words
     * are absent from the sentence skips its token loop */
    uint32_t cls_first, cls_end;
    uint8_t sent_cls;    /* OR of m[].cls */
    uint32_t sent_words; /* enum ev_sentence_word bits of its tokens */
    uint8_t sent_tok;    /* OR of match_token()'s TOK_* answers */
    uint16_t sent_roles; /* OR of the matched phrases' roles */
    char last_side;      /* cand.dead_side of the last event's toll */
    uint32_t nspelt;     /* entries of spelt[] */
    uint32_t nnames;     /* entries of names[] */
    /* The two caches below are last, so that ds_extract_events() clears
     * only what comes before: an entry is read only below its count. */
    /* admin1_as_written's answers for this document: a canonical province
     * name and the spelling the document gives it */
    struct {
        const char *canonical, *written;
    } spelt[16];
    /* ref_name's answers by actor id: resolving a name enters the actor in
     * x->actors, which costs far more than the lookup (a note names one or
     * two actors: a short list; a full one just stops caching). */
    struct {
        uint32_t actor;
        const char *name;
    } names[64];
} ev_scan;

static const ds_token *tok(const ev_scan *sc, uint32_t i)
{
    return &sc->toks[i];
}

/* Is token i the word w (m bytes)? Always inlined, where w is a literal and
 * m its sizeof - 1 (the tok_is macro: a literal is all it accepts): the
 * length test rejects most tokens before a byte is compared and the compare
 * is a few loads (a norm holds no NUL, so its length is its strlen). */
static inline __attribute__((always_inline)) bool tok_is_n(const ev_scan *sc, uint32_t i,
                                                           const char *w, size_t m)
{
    if (i >= sc->ntoks) return false;
    const ds_token *t = tok(sc, i);
    return t->norm_len == m && memcmp(t->norm, w, m) == 0;
}
#define tok_is(sc, i, w) tok_is_n((sc), (i), "" w, sizeof(w) - 1)

/* tok_is for a word that is not a literal (an entry of a list) */
static bool tok_is_word(const ev_scan *sc, uint32_t i, const char *w)
{
    return tok_is_n(sc, i, w, strlen(w));
}

/* Is token t (NULL: none) the word w, a literal? As tok_is, for a token in
 * hand. */
static inline __attribute__((always_inline)) bool norm_is_n(const ds_token *t, const char *w,
                                                            size_t m)
{
    return t && t->norm_len == m && memcmp(t->norm, w, m) == 0;
}
#define norm_is(t, w) norm_is_n((t), "" w, sizeof(w) - 1)

/* Is token i one of the words of the NULL-terminated list ws? Each list
 * that tok_in() reads has a word_set (WORD_SIG, right after the list), made
 * on first use: the words' ds_word_hash (lexicon.h), a 64-bit signature of
 * their sig_bit() and a 256-bit one of their hashes' top bits. A token with
 * a hash (a plain word) is looked for among the hashes, after the second
 * signature; any other by the first and then the words' bytes. Exact: equal
 * words have the same hash, first byte and length, and a hash found is
 * confirmed on the bytes. The signatures start all ones (they rule nothing
 * out, so a set is made only when one lets a token through) and are relaxed
 * atomics: each word of them is either value; n and h are read only once
 * `ready` says they are made. */
typedef struct word_set {
    _Atomic uint32_t ready; /* 1 once made: written with release, read with acquire */
    uint32_t n;
    _Atomic uint64_t sig;     /* 1 << sig_bit() of every word */
    _Atomic uint64_t hsig[4]; /* hash_bit() of every word's ds_word_hash, a 256-bit set */
    uint32_t *h;              /* ds_word_hash of word k (0 for an empty word): the list's size */
} word_set;
#define WORD_SIG(list)                                                                             \
    _Static_assert(!__builtin_types_compatible_p(__typeof__(list), __typeof__(&(list)[0])),        \
                   "a word list is an array (its size sizes the hashes)");                         \
    static uint32_t list##_h[sizeof(list) / sizeof *(list)];                                       \
    static word_set list##_set = {.sig = ~0ull, .hsig = {~0ull, ~0ull, ~0ull, ~0ull}, .h = list##_h}
#define tok_in(sc, i, list) tok_in_set((sc), (i), (list), &list##_set)

/* The bit of a word_set's hsig for ds_word_hash h: its top 8 bits. */
static inline bool hash_bit_in(const word_set *set, uint32_t h)
{
    return atomic_load_explicit(&set->hsig[h >> 30], memory_order_relaxed) >> (h >> 24 & 63) & 1;
}

static inline unsigned sig_bit(const char *w, size_t n)
{
    return ((unsigned char)w[0] + 7u * (unsigned)n) & 63u;
}

static pthread_mutex_t word_set_lock = PTHREAD_MUTEX_INITIALIZER;

/* Makes *set from the list ws, once per process (the first thread to ask). */
static __attribute__((noinline, cold)) void word_set_make(word_set *set, const char *const *ws)
{
    pthread_mutex_lock(&word_set_lock);
    if (!atomic_load_explicit(&set->ready, memory_order_relaxed)) {
        uint32_t k = 0;
        uint64_t sig = 0, hsig[4] = {0};
        for (; ws[k]; k++) {
            size_t len = strlen(ws[k]);
            sig |= 1ull << sig_bit(ws[k], len);
            uint32_t h = len ? ds_word_hash(ws[k], len) : 0;
            if (h) hsig[h >> 30] |= 1ull << (h >> 24 & 63);
            set->h[k] = h;
        }
        set->n = k;
        atomic_store_explicit(&set->sig, sig, memory_order_relaxed);
        for (int w = 0; w < 4; w++)
            atomic_store_explicit(&set->hsig[w], hsig[w], memory_order_relaxed);
        atomic_store_explicit(&set->ready, 1, memory_order_release);
    }
    pthread_mutex_unlock(&word_set_lock);
}

static inline bool tok_in_set(const ev_scan *sc, uint32_t i, const char *const *ws, word_set *set)
{
    if (i >= sc->ntoks) return false;
    const ds_token *t = tok(sc, i);
    if (t->hash) {
        if (!hash_bit_in(set, t->hash)) return false;
        if (!atomic_load_explicit(&set->ready, memory_order_acquire)) {
            word_set_make(set, ws);
            if (!hash_bit_in(set, t->hash)) return false;
        }
        for (uint32_t k = 0; k < set->n; k++)
            if (set->h[k] == t->hash && strcmp(t->norm, ws[k]) == 0) return true;
        return false;
    }
    /* (the walk below needs nothing made: an all-ones sig only lets more
     * tokens through) */
    uint64_t sig = atomic_load_explicit(&set->sig, memory_order_relaxed);
    if (!(sig >> sig_bit(t->norm, t->norm_len) & 1)) return false;
    const char *n = t->norm;
    for (; *ws; ws++)
        if (n[0] == (*ws)[0] && strcmp(n, *ws) == 0) return true;
    return false;
}

/* the verbs after which a name is the speaker of a report ("said local
 * police officer X"), not a side of the event */
static const char *const speech_verbs[] = {"said", "says", "told", "added", "stated", NULL};
WORD_SIG(speech_verbs);

static bool tok_punct(const ev_scan *sc, uint32_t i)
{
    return (tok(sc, i)->flags & DS_TOK_PUNCT) != 0;
}

/* The rule of role `role` at token i, or NULL. */
static const ev_rule *rule_at(const ev_scan *sc, uint32_t i, int role)
{
    int16_t p = sc->m[i].phrase;
    if (p < 0) return NULL;
    int16_t r = sc->ph[p].rule[role];
    return r < 0 ? NULL : &sc->rule_v[r];
}

/* The longest phrase of the rules that starts at token i (< end) and is at
 * most `longest` words long, in m[i]; v is `first`'s value for the token and
 * h the FNV-1a state after it. Returns the phrase's roles (0 when none). */
static unsigned match_phrase(ev_scan *sc, uint32_t i, uint32_t end, uint32_t v, uint64_t h)
{
    const ev_rules *r = sc->rules;
    const ds_token *toks = sc->toks;
    uint32_t longest = v & 0xff;
    if (longest == 1) { /* most phrases are one word: the token is the key */
        const ds_token *t = &toks[i];
        uint32_t pi;
        if (t->norm_len + 2 > 128 ||
            !strmap_get_hashed(&r->phrases, strmap_hash_done(h), t->norm, t->norm_len, &pi))
            return 0;
        sc->m[i].phrase = (int16_t)pi;
        sc->m[i].len = 1;
        return r->ph[pi].roles;
    }
    /* the key of n words is the first n words of the longest one, and its
     * hash the FNV-1a state after them: one pass builds them all */
    char key[128];
    uint8_t kl[128];   /* kl[n]: the length of the key of n words */
    uint64_t kh[128];  /* kh[n]: its hash state */
    uint32_t nfit = 0; /* the most words whose key fits */
    size_t len = 0;
    for (uint32_t n = 1; n <= longest && i + n <= end && n < 128; n++) {
        const ds_token *tk = &toks[i + n - 1];
        if (len + tk->norm_len + 2 > sizeof key) break;
        if (n > 1) {
            key[len++] = ' ';
            h = strmap_hash_more(h, " ", 1);
            h = strmap_hash_more(h, tk->norm, tk->norm_len);
        }
        memcpy(key + len, tk->norm, tk->norm_len);
        len += tk->norm_len;
        kl[n] = (uint8_t)len;
        kh[n] = h;
        nfit = n;
    }
    for (uint32_t n = nfit; n >= 1; n--) {
        uint32_t pi;
        if (!(v & phrase_len_bit(n))) continue; /* no phrase of n words starts here */
        if (strmap_get_hashed(&r->phrases, strmap_hash_done(kh[n]), key, kl[n], &pi)) {
            sc->m[i].phrase = (int16_t)pi;
            sc->m[i].len = (uint8_t)n;
            return r->ph[pi].roles;
        }
    }
    return 0;
}

/* The key of `first` that token t (a plain word: t->hash set) is, or NULL.
 * Exact: the key's bytes are compared once its hash matches, the first (up
 * to) 8 as one number (ev_first.head; most keys have no more), the rest, if
 * any, by memcmp. */
static inline const ev_first *first_by_hash(const uint32_t *whash, const ev_first *wfirst,
                                            uint32_t wbits, const ds_token *t)
{
    uint32_t mask = (1u << wbits) - 1;
    for (uint32_t k = t->hash >> (32 - wbits); whash[k]; k = (k + 1) & mask) {
        if (whash[k] != t->hash) continue;
        const ev_first *e = &wfirst[k];
        size_t n = t->norm_len;
        if (e->len == n && e->head == strmap_chunk(t->norm, n < 8 ? n : 8) &&
            (n <= 8 || memcmp(e->word + 8, t->norm + 8, n - 8) == 0))
            return e;
    }
    return NULL;
}

/* Do tokens i.. (n of them) spell phrase key[0..len), their norms joined
 * by single spaces? */
static bool spells(const ev_scan *sc, uint32_t i, uint32_t n, const char *key, uint32_t len)
{
    uint32_t off = 0;
    for (uint32_t k = 0; k < n; k++) {
        const ds_token *t = &sc->toks[i + k];
        if (k && (off >= len || key[off++] != ' ')) return false;
        if (t->norm_len > len - off || memcmp(key + off, t->norm, t->norm_len) != 0) return false;
        off += t->norm_len;
    }
    return off == len;
}

/* The one-word phrase that token i, a plain word whose entry of `first` is
 * e, is (its key fitting match_phrase's limit): m[i] and its roles, 0 when
 * none. */
static unsigned one_word_phrase(ev_scan *sc, uint32_t i, const ev_first *e)
{
    if (!(e->v & phrase_len_bit(1)) || e->phrase1 < 0) return 0;
    sc->m[i].phrase = (int16_t)e->phrase1;
    sc->m[i].len = 1;
    return sc->rules->ph[e->phrase1].roles;
}

/* match_phrase() for token i, a plain word whose entry of `first` is e and
 * starts a phrase of two words or more: the same answer, found by the
 * tokens' hashes in the phrase table instead of a key built and hashed byte
 * by byte. Exact: it tries the lengths match_phrase tries (the same key
 * length limit), confirms a hash by the key's bytes, and hands over to
 * match_phrase when a token among them has no hash (a plain token's norm
 * has no space, so a phrase it starts has words of plain tokens only). */
static unsigned match_phrase_hashed(ev_scan *sc, uint32_t i, uint32_t end, const ev_first *e)
{
    const ev_rules *r = sc->rules;
    const ds_token *toks = sc->toks;
    uint32_t v = e->v, longest = v & 0xff;
    /* the next token plain too and the pair in no phrase: no phrase of two
     * words or more starts here (its first two words would be these, with
     * these hashes), so only the one-word phrase can, as match_phrase()
     * would find whatever the tokens after */
    if (i + 1 < end && toks[i + 1].hash && toks[i].norm_len + 2 <= 128 &&
        !pair_bit(r->pfilt, toks[i].hash, toks[i + 1].hash))
        return one_word_phrase(sc, i, e);
    uint64_t kh[8];    /* kh[n]: the phrase hash of the first n words */
    uint32_t nfit = 0; /* the most words whose key fits (as match_phrase counts) */
    size_t len = 0;
    uint64_t h = 0;
    for (uint32_t n = 1; n <= longest && i + n <= end && n < 128; n++) {
        const ds_token *tk = &toks[i + n - 1];
        if (len + tk->norm_len + 2 > 128) break;
        if (!tk->hash || n >= 8) /* (no phrase is 8 words long yet) */
            return match_phrase(sc, i, end, v,
                                strmap_hash_more(STRMAP_HASH_SEED, toks[i].norm, toks[i].norm_len));
        len += (n > 1) + tk->norm_len;
        kh[n] = h = phrase_hash_more(h, tk->hash);
        nfit = n;
    }
    for (uint32_t n = nfit; n >= 2; n--) {
        if (!(v & phrase_len_bit(n))) continue; /* no phrase of n words starts here */
        uint32_t pmask = (1u << r->pbits) - 1;
        for (uint32_t k = (uint32_t)(kh[n] >> (64 - r->pbits)); r->phash[k]; k = (k + 1) & pmask) {
            const ev_pslot *p = &r->pslot[k];
            if (r->phash[k] != kh[n] || !spells(sc, i, n, p->key, p->len)) continue;
            sc->m[i].phrase = (int16_t)p->phrase;
            sc->m[i].len = (uint8_t)n;
            return r->ph[p->phrase].roles;
        }
    }
    return nfit >= 1 ? one_word_phrase(sc, i, e) : 0;
}

/* Is token t (no hash: not a plain word) a comma, semicolon or colon, where
 * make_frames may cut? */
static inline bool cut_punct(const ds_token *t)
{
    return t->norm_len == 1 && (t->flags & DS_TOK_PUNCT) &&
           (t->norm[0] == ',' || t->norm[0] == ';' || t->norm[0] == ':');
}

/* What match_sentence() gathers over a sentence's tokens. */
typedef struct match_acc {
    unsigned cls, roles, words;
} match_acc;

/* The TOK_* bits of a token whose m[] is set. */
static inline unsigned busy_of(const ev_scan *sc, const tok_match *m)
{
    return (m->phrase >= 0 ? sc->ph[m->phrase].tok : 0) | cls_tok(m->cls);
}

/* match_sentence() for token i of a sentence ending at `end`, one that
 * passed its filters (m[i] empty): the longest phrase of the rules starting
 * there and the token's word class go to m[i] and *acc. Returns the TOK_*
 * bits of the token. */
static inline unsigned match_token(ev_scan *sc, uint32_t i, uint32_t end, match_acc *acc)
{
    const ev_rules *r = sc->rules;
    tok_match *m = &sc->m[i];
    const ds_token *t = &sc->toks[i];
    uint32_t v;
    if (t->hash) {
        /* a plain word: its precomputed hash finds its key, if any */
        const ev_first *e = first_by_hash(r->whash, r->wfirst, r->wbits, t);
        if (!e) return 0;
        v = e->v;
        m->cls = (uint8_t)(v >> 8);
        acc->cls |= m->cls;
        acc->words |= e->words;
        if ((v & 0xff) > 1) {
            acc->roles |= match_phrase_hashed(sc, i, end, e);
            return busy_of(sc, m);
        }
        if (e->phrase1 >= 0) { /* (only with (v & 0xff) == 1: words_index) */
            m->phrase = (int16_t)e->phrase1;
            m->len = 1;
            acc->roles |= r->ph[e->phrase1].roles;
        }
        return e->tok;
    }
    unsigned cut = cut_punct(t) ? TOK_BUSY | TOK_TRIG_CUT : 0;
    uint32_t b = word_bit(t->norm, t->norm_len);
    if (!(r->bloom[b >> 6] >> (b & 63) & 1)) return cut;
    uint64_t h = strmap_hash_more(STRMAP_HASH_SEED, t->norm, t->norm_len);
    if (!strmap_get_hashed(&r->first, strmap_hash_done(h), t->norm, t->norm_len, &v)) return cut;
    m->cls = (uint8_t)(v >> 8);
    acc->cls |= m->cls;
    acc->words |= v >> 24 | S_WIDE; /* (its S_WIDE flags are not in v: any of them) */
    if (v & 0xff) acc->roles |= match_phrase(sc, i, end, v, h);
    return cut | busy_of(sc, m);
}

/* A run of empty matches, copied over a sentence's m[] before it is matched. */
static const tok_match empty_matches[32] = {
    {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0},
    {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0},
    {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0},
    {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}};

/* The first token of [t, te) that can start a key of the rules' first
 * words or is a cut (comma, semicolon, colon); te when none. Every token it
 * steps over is ruled out exactly: a plain word by its ds_word_hash's bit in
 * hfilt (clear: no key has that hash, so none is the word and
 * first_by_hash() would find nothing), any other token by the Bloom filter
 * of the keys (the look-up it skips is the one match_token() makes). A
 * function of its own, so that its loop keeps all it needs in registers. */
static __attribute__((noinline)) const ds_token *
next_candidate(const ev_rules *r, const ds_token *t, const ds_token *te)
{
    const uint64_t *hfilt = r->hfilt, *bloom = r->bloom;
    for (; t < te; t++) {
        uint32_t h = t->hash;
        if (h) {
            if (hfilt[h >> 22] >> (h >> 16 & 63) & 1) return t;
        } else if (t->norm_len == 1) {
            /* cut_punct() or the Bloom filter, read from byte_cand */
            if (r->byte_cand[(unsigned char)t->norm[0]] & (t->flags & DS_TOK_PUNCT ? 3 : 1))
                return t;
        } else {
            uint32_t b = word_bit(t->norm, t->norm_len);
            if (bloom[b >> 6] >> (b & 63) & 1) return t;
        }
    }
    return te;
}

/* busy[from..to] = v (nothing when from > to), four slots a store: the up
 * to three slots written after `to` are filled again before next_busy()
 * reads them (they are the next ones match_sentence() fills, or the next
 * sentence's, filled when it is matched; busy has three spare slots after
 * the document's last token). */
static inline void fill_busy(uint32_t *busy, uint32_t from, uint32_t to, uint32_t v)
{
    const uint32_t four[4] = {v, v, v, v};
    for (; from <= to; from += 4) memcpy(busy + from, four, sizeof four);
}

/* Longest phrase of the rules starting at each token of sentence s, the
 * word classes of its tokens, and busy[] (see next_busy()). Most tokens
 * start no key: next_candidate() steps over them. */
static void match_sentence(ev_scan *sc, const ds_sentence *s)
{
    const ev_rules *r = sc->rules;
    const uint32_t first = s->first_token, end = first + s->ntokens;
    match_acc acc = {0, 0, 0};
    const ds_token *toks = sc->toks, *te = toks + end;
    uint32_t *busy = sc->busy, idle_from = first, ntc = 0, ncl = 0;
    unsigned toks_or = 0; /* the TOK_* bits of its tokens */
    for (uint32_t i = first; i < end; i += 32)
        memcpy(&sc->m[i], empty_matches, (end - i < 32 ? end - i : 32) * sizeof *sc->m);
    for (const ds_token *t = next_candidate(r, toks + first, te); t < te;
         t = next_candidate(r, t + 1, te)) {
        uint32_t i = (uint32_t)(t - toks);
        unsigned b = match_token(sc, i, end, &acc);
        if (b) {
            toks_or |= b;
            fill_busy(busy, idle_from, i, i);
            idle_from = i + 1;
            if (b & TOK_TRIG_CUT) sc->trig_cut[ntc++] = i;
            if (b & TOK_CLASSIFY) sc->cls_tok[ncl++] = i;
        }
    }
    sc->ntrig_cut = ntc;
    sc->ncls_tok = ncl;
    if (idle_from < end) fill_busy(busy, idle_from, end - 1, end);
    sc->cls_first = first, sc->cls_end = end;
    sc->sent_cls = (uint8_t)acc.cls, sc->sent_roles = (uint16_t)acc.roles;
    sc->sent_words = acc.words;
    sc->sent_tok = (uint8_t)toks_or;
}

/* The first token at or after i that starts a phrase or has a word class
 * (the only tokens whose m[] says anything) or is a comma, semicolon or
 * colon (make_frames' cuts), when i is in the last matched sentence: that
 * sentence's end when none is. Outside it, i itself. A loop whose body
 * skips tokens with an empty m[] may step with it. */
static inline uint32_t next_busy(const ev_scan *sc, uint32_t i)
{
    return i >= sc->cls_first && i < sc->cls_end ? sc->busy[i] : i;
}

/* Can a token of [a, b) have class bits `cls`? False only when the last
 * matched sentence holds the stretch and none of its tokens has them. */
static bool may_have_cls(const ev_scan *sc, uint32_t a, uint32_t b, unsigned cls)
{
    return a < sc->cls_first || b > sc->cls_end || (sc->sent_cls & cls);
}

/* The same for phrase roles (1 << R_*). */
static bool may_have_role(const ev_scan *sc, uint32_t a, uint32_t b, unsigned roles)
{
    return a < sc->cls_first || b > sc->cls_end || (sc->sent_roles & roles);
}

/* The same for match_token()'s TOK_* bits. */
static bool may_have_tok(const ev_scan *sc, uint32_t a, uint32_t b, unsigned bits)
{
    return a < sc->cls_first || b > sc->cls_end || (sc->sent_tok & bits);
}

/* The same for sentence words (enum ev_sentence_word). */
static bool may_have_word(const ev_scan *sc, uint32_t a, uint32_t b, unsigned words)
{
    return a < sc->cls_first || b > sc->cls_end || (sc->sent_words & words);
}

/* ---- frames ------------------------------------------------------------ */

/* A stretch of one sentence that reports one happening: its tokens and the
 * triggers in it. */
typedef struct frame {
    uint32_t sentence;
    uint32_t tok_start, tok_end; /* [start, end) token indices */
    uint32_t text_start, text_end;
    uint32_t trig[16];
    uint32_t ntrig;
    bool has_strong; /* a non-casualty trigger */
    bool aside;      /* "..., a day after a separate attack left five dead": another
                      * happening told in passing (aside_clause) */
} frame;

static bool in_frame(const frame *f, ds_span sp)
{
    return sp.start >= f->text_start && sp.start < f->text_end;
}

static inline bool is_trigger(const ev_scan *sc, uint32_t i)
{
    /* its rules' answer, made once per phrase (rules_parse) */
    int16_t p = sc->m[i].phrase;
    return p >= 0 && sc->ph[p].trigger;
}

static bool is_plural_noun(const ds_token *t)
{
    return t->norm_len > 3 && t->norm[t->norm_len - 1] == 's' && t->norm[t->norm_len - 2] != 's';
}

/* "the evacuation of 14 wounded people", "the injured men": a plural
 * without an -s (is_plural_noun's test) */
static bool irregular_plural(const ds_token *t)
{
    return (t->norm_len == 6 && !memcmp(t->norm, "people", 6)) ||
           (t->norm_len == 3 && !memcmp(t->norm, "men", 3)) ||
           (t->norm_len == 5 && !memcmp(t->norm, "women", 5)) ||
           (t->norm_len == 8 && !memcmp(t->norm, "children", 8));
}

/* A trigger is blocked when a modal, future, plan, habit, negation or
 * generalising word stands shortly before it in the same clause ("will
 * continue to target", "has long maintained", "IS-KP's attacks"). */
/* Does sentence s hold a time expression precise to the day? */
static bool sentence_has_day(const ev_scan *sc, const ds_sentence *s)
{
    uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[sc->timex.idx[k]];
        if (t->value.day && !t->end.year && !t->open_end) return true;
    }
    return false;
}

/* Is the trigger at i a protest's ("protest", "demonstrate")? */
static bool protest_trigger(const ev_scan *sc, uint32_t i)
{
    const ev_rule *r = rule_at(sc, i, R_VERB);
    if (!r) r = rule_at(sc, i, R_NOUN);
    return r && r->event_type == T_PROTESTS;
}

/* Does the frame speak of a protest ("protesting", "demonstrators", "a
 * rally")? */
static bool tells_protest(const ev_scan *sc, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        const ds_token *t = tok(sc, i);
        if (protest_trigger(sc, i) || (t->norm_len >= 7 && (!memcmp(t->norm, "protest", 7) ||
                                                            !memcmp(t->norm, "demonstrat", 7))))
            return true;
    }
    return false;
}

static bool frame_tells_protest(const ev_scan *sc, const frame *f)
{
    return tells_protest(sc, f->tok_start, f->tok_end);
}

/* "staged a sit-in ... to protest against": the protest is told */
static bool protest_before(const ev_scan *sc, const ds_sentence *s, uint32_t j)
{
    for (uint32_t i = s->first_token; i < j; i++)
        if (protest_trigger(sc, i)) return true;
    return false;
}

/* words that ask for a protest rather than tell one ("called on residents
 * to protest") */
static const char *const calls_for[] = {"called", "calls",   "urged", "urges",   "asked",
                                        "want",   "wanted",  "going", "decided", "expected",
                                        "set",    "invited", NULL};
WORD_SIG(calls_for);

/* Is the event noun at i the reason of an arrest told before it in the
 * sentence ("arrested ... in connection with / over / for the killing",
 * "detained on suspicion of", "suspected of involvement in the attack")? */
static bool arrest_reason(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    uint32_t j = i;
    static const char *const dets[] = {"the", "a", "an", "last", "recent", "this", "that", NULL};
    WORD_SIG(dets);
    /* (an answer true needs an arrest's phrase before: TOK_ARREST) */
    if (!may_have_tok(sc, s->first_token, s->first_token + s->ntokens, TOK_ARREST)) return false;
    while (j > s->first_token && i - j < 3 && tok_in(sc, j - 1, dets)) j--;
    if (j <= s->first_token + 1) return false;
    bool reason = (tok_is(sc, j - 1, "with") && tok_is(sc, j - 2, "connection")) ||
                  tok_is(sc, j - 1, "over") || tok_is(sc, j - 1, "for") ||
                  (tok_is(sc, j - 1, "in") && tok_is(sc, j - 2, "involvement")) ||
                  (tok_is(sc, j - 1, "of") &&
                   (tok_is(sc, j - 2, "suspicion") || tok_is(sc, j - 2, "suspected") ||
                    tok_is(sc, j - 2, "accused")));
    if (!reason) return false;
    for (uint32_t k = s->first_token; k < j; k++) {
        const ev_rule *r = rule_at(sc, k, R_VERB);
        if (!r) r = rule_at(sc, k, R_NOUN);
        if (r && r->sub_event_type == acled_subs[18]) return true;
    }
    return false;
}

/* Is token j the "for" of "wanted for", "blamed for", the "of" of
 * "accused of", "suspected of", or the "with" of "charged with"? */
static bool sought_prep(const ev_scan *sc, uint32_t j)
{
    if (tok_is(sc, j, "for"))
        return tok_is(sc, j - 1, "wanted") || tok_is(sc, j - 1, "blamed") ||
               tok_is(sc, j - 1, "responsible") || tok_is(sc, j - 1, "sought");
    if (tok_is(sc, j, "of"))
        return tok_is(sc, j - 1, "accused") || tok_is(sc, j - 1, "suspected") ||
               tok_is(sc, j - 1, "convicted") || tok_is(sc, j - 1, "suspects");
    return tok_is(sc, j, "with") && tok_is(sc, j - 1, "charged");
}

/* Is the event noun (or the place) at i in what someone is sought or
 * blamed for ("two suspects wanted for the Sai Buri bombing", "a man
 * accused of the market attack", "charged with the 2023 ambush")? An
 * event told elsewhere, named here: up to four words between (an article,
 * a place's name, a year). */
static bool sought_for(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    for (uint32_t k = 1; k <= 5 && i >= s->first_token + k + 1; k++) {
        uint32_t j = i - k;
        if (tok_is(sc, j, "for") || tok_is(sc, j, "of") || tok_is(sc, j, "with"))
            return sought_prep(sc, j);
        if (tok_punct(sc, j) && !tok_is(sc, j, "-")) return false;
    }
    return false;
}

/* Does the place of tokens [at, after) of s name the event that someone
 * is sought for ("wanted for the Sai Buri bombing": an article or a year
 * before it, the event noun right after it)? Not "blamed for stabbing a
 * trader in Kaolack", where the place may be this event's too. */
static bool sought_place(const ev_scan *sc, const ds_sentence *s, uint32_t at, uint32_t after)
{
    if (after >= s->first_token + s->ntokens || !rule_at(sc, after, R_NOUN)) return false;
    uint32_t j = at;
    while (j > s->first_token + 1 && j + 3 > at &&
           (tok_is(sc, j - 1, "the") || tok_is(sc, j - 1, "a") ||
            (tok(sc, j - 1)->flags & DS_TOK_NUMBER)))
        j--;
    return j > s->first_token + 1 && sought_prep(sc, j - 1);
}

static bool overlaps_timex(const ev_scan *sc, uint32_t sent, ds_span sp);

/* Does sentence s count events: "in 12 incidents", "across several
 * attacks", "during three clashes" (a figure or a count word, then a plural
 * event noun)? */
static bool tallied(const ev_scan *sc, const ds_sentence *s)
{
    static const char *const preps[] = {"in", "across", "during", "over", NULL};
    WORD_SIG(preps);
    static const char *const several[] = {
        "several", "multiple", "numerous", "separate", "various", "many", "dozens", "two", "three",
        "four",    "five",     "six",      "seven",    "eight",   "nine", "ten",    NULL};
    WORD_SIG(several);
    uint32_t end = s->first_token + s->ntokens;
    /* the noun (token j, after the preposition and the count) has a phrase:
     * the loop steps over the tokens with an empty m[] (next_busy) */
    for (uint32_t j = next_busy(sc, s->first_token + 2); j < end; j = next_busy(sc, j + 1)) {
        if (!is_plural_noun(tok(sc, j)) || !(rule_at(sc, j, R_ANAPHOR) || rule_at(sc, j, R_NOUN)))
            continue;
        uint32_t n = j - 1;
        if (!(tok(sc, n)->flags & DS_TOK_NUMBER) && !tok_in(sc, n, several)) continue;
        if (tok_in(sc, n - 1, preps)) return true;
    }
    return false;
}

/* Does token i start "found the body", "bodies were found", "discovered
 * the bodies" (event_rules.tsv's found-body verbs)? */
static bool body_found_at(const ev_scan *sc, uint32_t i)
{
    if (tok_is(sc, i, "found") || tok_is(sc, i, "discovered"))
        return tok_is(sc, i + 1, "the") &&
               (tok_is(sc, i + 2, "body") || tok_is(sc, i + 2, "bodies"));
    return (tok_is(sc, i, "body") || tok_is(sc, i, "bodies")) &&
           (tok_is(sc, i + 1, "was") || tok_is(sc, i + 1, "were"));
}

static bool trigger_blocked(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    /* "rescued 20 kidnapped victims", "rescued nine kidnapped victims", "the
     * abducted girls", "photographs of captured vehicles", "its looted
     * goods": a participle that describes a noun tells no act */
    static const char *const dets[] = {"the",   "a",     "an",     "these",    "those",  "all",
                                       "two",   "three", "four",   "five",     "six",    "seven",
                                       "eight", "nine",  "ten",    "eleven",   "twelve", "several",
                                       "many",  "some",  "dozens", "hundreds", "scores", NULL};
    WORD_SIG(dets);
    /* (after these, only a past participle: "barricades of burning tyres"
     * are burnt) */
    static const char *const owners[] = {"of", "its", "their", "with", NULL};
    WORD_SIG(owners);
    /* the token's rules, read once for the tests below */
    const bool verb = rule_at(sc, i, R_VERB) != NULL, noun = rule_at(sc, i, R_NOUN) != NULL;
    const bool noun_only = noun && !verb, plural_noun = noun && is_plural_noun(tok(sc, i));
    if (verb && i > s->first_token && i + 1 < s->first_token + s->ntokens &&
        ((tok(sc, i - 1)->flags & DS_TOK_NUMBER) || tok_in(sc, i - 1, dets) ||
         (tok_in(sc, i - 1, owners) && tok(sc, i)->norm_len > 4 &&
          !memcmp(tok(sc, i)->norm + tok(sc, i)->norm_len - 2, "ed", 2))) &&
        (tok(sc, i + 1)->flags & DS_TOK_WORD) &&
        (is_plural_noun(tok(sc, i + 1)) || irregular_plural(tok(sc, i + 1))) &&
        !rule_at(sc, i + 1, R_VERB))
        return true;
    /* "heard 31 explosions, assessed as mortar rounds, and 70 bursts of
     * heavy machine-gun fire": the bursts go with the explosions just told
     * (one happening seen by monitors), not a battle of their own (alone,
     * "heard 60 shots and 12 bursts of small-arms fire" is one) */
    if (noun && (tok_is(sc, i, "bursts") || tok_is(sc, i, "burst")))
        for (uint32_t k = i; k-- > s->first_token && k + 16 > i;)
            if (rule_at(sc, k, R_NOUN)) return true;
    /* "facilitated the evacuation of 14 wounded people", "treated the
     * injured civilians": care for the hurt of a happening told elsewhere,
     * no happening (an injury word as an adjective, a word of care at most
     * four words before it) */
    if (!verb && !noun && i > s->first_token + 1 && i + 1 < s->first_token + s->ntokens &&
        rule_at(sc, i, R_INJURY) &&
        ((tok(sc, i - 1)->flags & DS_TOK_NUMBER) || tok_in(sc, i - 1, dets)) &&
        (is_plural_noun(tok(sc, i + 1)) || irregular_plural(tok(sc, i + 1)))) {
        static const char *const care[] = {
            "evacuation", "evacuated", "evacuating",  "evacuate",  "treated",  "treating",
            "treat",      "treatment", "transported", "airlifted", "admitted", "rushed",
            "visited",    "assisted",  "care",        "caring",    NULL};
        WORD_SIG(care);
        for (uint32_t k = i - 1; k >= s->first_token && k + 5 > i; k--) {
            if (tok_in(sc, k, care)) return true;
            if (k == s->first_token) break;
        }
    }
    /* "the Santa Rosa de Lima Cartel and the CJNG have been fighting over
     * the state for years": an ongoing state of things, no happening */
    if ((verb || noun) && i >= s->first_token + 2 && tok_is(sc, i - 1, "been") &&
        (tok_is(sc, i - 2, "have") || tok_is(sc, i - 2, "has") || tok_is(sc, i - 2, "had")) &&
        tok(sc, i)->norm_len > 4 && !memcmp(tok(sc, i)->norm + tok(sc, i)->norm_len - 3, "ing", 3))
        return true;
    /* "Boko Haram gunmen drowned four fishermen" (an act done to someone),
     * not "four fishermen drowned when their canoe capsized" (a fate): the
     * verb needs its object, or the agent of its passive */
    if (verb && tok(sc, i)->norm_len == 7 && !memcmp(tok(sc, i)->norm, "drowned", 7)) {
        static const char *const no_object[] = {"in",  "when", "after",  "while",    "as",
                                                "at",  "near", "on",     "off",      "during",
                                                "and", "or",   "trying", "crossing", NULL};
        WORD_SIG(no_object);
        const uint32_t n = i + 1;
        bool passive =
            i > s->first_token &&
            (tok_is(sc, i - 1, "were") || tok_is(sc, i - 1, "was") || tok_is(sc, i - 1, "been"));
        if (n >= s->first_token + s->ntokens || tok_punct(sc, n) || tok_in(sc, n, no_object))
            return !(passive && tok_is(sc, n, "by"));
        if (passive && !tok_is(sc, n, "by")) return true;
    }
    /* "The strikes came hours after militants attacked a Turkish base":
     * the strikes just told (a military or a labour strike: which, only
     * the sentence before says) */
    if (plural_noun && tok(sc, i)->norm_len == 7 && i > s->first_token &&
        tok_is(sc, i, "strikes") && tok_is(sc, i - 1, "the"))
        return true;
    /* "the ship's security team fired warning shots", "fired into the
     * air": a warning, nobody attacked */
    if (verb && tok(sc, i)->norm_len == 5 && !memcmp(tok(sc, i)->norm, "fired", 5) &&
        i + 2 < s->first_token + s->ntokens &&
        (tok_is(sc, i + 1, "warning") ||
         ((tok_is(sc, i + 1, "into") || tok_is(sc, i + 1, "in")) && tok_is(sc, i + 2, "the") &&
          i + 3 < s->first_token + s->ntokens && tok_is(sc, i + 3, "air"))))
        return true;
    /* (and the noun: "police fired warning shots to disperse them") */
    if (noun && i > s->first_token && tok_is(sc, i - 1, "warning")) return true;
    /* "A candidate for mayor was shot dead while greeting supporters at a
     * rally": an election campaign's rally is no demonstration (ACLED) */
    if (noun && (tok(sc, i)->norm_len == 5 || tok(sc, i)->norm_len == 7) &&
        (tok_is(sc, i, "rally") || tok_is(sc, i, "rallies")))
        for (uint32_t k = s->first_token; k < s->first_token + s->ntokens; k++)
            if (tok_is(sc, k, "campaign") || tok_is(sc, k, "candidate") ||
                tok_is(sc, k, "election") || tok_is(sc, k, "electoral"))
                return true;
    /* "Security forces launched a combing operation in the area",
     * "launched a manhunt": a search is no attack (what it finds, a clash or
     * arrests, has triggers of its own) */
    static const char *const searches[] = {"manhunt", "search", "investigation", "probe", NULL};
    WORD_SIG(searches);
    static const char *const sweeps[] = {"combing", "search", "cordon", "clearance", "sweep", NULL};
    WORD_SIG(sweeps);
    if (verb && (tok_is(sc, i, "launched") || tok_is(sc, i, "launches") || tok_is(sc, i, "began") ||
                 tok_is(sc, i, "started"))) {
        for (uint32_t k = i + 1; k < s->first_token + s->ntokens && k <= i + 4; k++) {
            if (tok_in(sc, k, searches)) return true;
            /* ("a combing operation", not "a military operation"; but "a
             * joint team launched an operation in the forests of X on
             * Saturday" after intelligence of a presence: a search all the
             * same, what it met has triggers of its own) */
            if ((tok_is(sc, k, "operation") || tok_is(sc, k, "operations")) &&
                (tok_in(sc, k - 1, sweeps) || (k == i + 2 && tok_is(sc, k - 1, "an")) ||
                 (k == i + 3 && tok_is(sc, k - 2, "a") && tok_is(sc, k - 1, "joint"))))
                return true;
            if (!(tok(sc, k)->flags & DS_TOK_WORD) || rule_at(sc, k, R_NOUN)) break;
        }
    }
    /* "President Deby visited the wounded on Wednesday", "mourned the
     * dead": the victims of an event told, named by their fate */
    if (!verb && !noun && i > s->first_token && tok_is(sc, i - 1, "the") &&
        (tok_is(sc, i, "wounded") || tok_is(sc, i, "injured") || tok_is(sc, i, "dead")) &&
        (i + 1 >= s->first_token + s->ntokens || !(tok(sc, i + 1)->flags & DS_TOK_WORD) ||
         rule_at(sc, i + 1, R_VERB) || tok_is(sc, i + 1, "on") || tok_is(sc, i + 1, "in") ||
         tok_is(sc, i + 1, "at") || tok_is(sc, i + 1, "and") || tok_is(sc, i + 1, "were") ||
         tok_is(sc, i + 1, "was")))
        return true;
    /* "opened fire on a group of people gathered outside a house", "shot
     * three herders who had gathered at a well": the people an act told
     * just before hit (its "on", "at" or "who" between), who had gathered
     * (no demonstration) */
    if (verb && tok(sc, i)->norm_len == 8 && tok_is(sc, i, "gathered")) {
        bool object = false;
        for (uint32_t k = 1; k <= 8 && i >= s->first_token + k; k++) {
            if (tok_punct(sc, i - k)) break;
            const ev_rule *r = rule_at(sc, i - k, R_VERB);
            if (r && r->event_type != T_PROTESTS && object) return true;
            object |= tok_is(sc, i - k, "on") || tok_is(sc, i - k, "at") ||
                      tok_is(sc, i - k, "upon") || tok_is(sc, i - k, "who");
        }
    }
    /* "a court sentenced a man charged with the bombing to death": a
     * penalty, nobody killed (up to twelve words back, no clause between) */
    if (!verb && !noun && tok(sc, i)->norm_len == 2 && tok_is(sc, i, "to") &&
        i + 1 < s->first_token + s->ntokens && tok_is(sc, i + 1, "death"))
        for (uint32_t k = 1; k <= 12 && i >= s->first_token + k; k++) {
            if (tok_is(sc, i - k, ";") || tok_is(sc, i - k, ":")) break;
            if (tok_is(sc, i - k, "sentenced") || tok_is(sc, i - k, "condemned") ||
                tok_is(sc, i - k, "sentencing"))
                return true;
        }
    /* "No arrests had been made by Monday afternoon": none happened; nor
     * did "saved the man from being killed" */
    if (noun && i > s->first_token && tok_is(sc, i - 1, "no")) return true;
    if (i >= s->first_token + 2 && tok_is(sc, i - 1, "being") && tok_is(sc, i - 2, "from"))
        return true;
    /* "recovered two rifles at the encounter site", "the blast scene": the
     * noun names the place of an event told before */
    static const char *const places[] = {"site", "scene", "spot", "location", NULL};
    WORD_SIG(places);
    if (noun_only && i + sc->m[i].len < s->first_token + s->ntokens &&
        tok_in(sc, i + sc->m[i].len, places))
        return true;
    /* "combatants fighting under the CPC banner opened fire ...": who they
     * fight with, not a fight */
    if (tok_is(sc, i, "fighting") && i + 1 < s->first_token + s->ntokens &&
        (tok_is(sc, i + 1, "under") || tok_is(sc, i + 1, "alongside")))
        return true;
    /* "since": what it introduces dates a period, the event is background.
     * An event noun up to four words after it always ("have retaken towns
     * since last year's offensive", "since the 2019 attack"); a clause
     * unless it gives the day ("has carried out air strikes since the group
     * launched its offensive in November 2023", but "since militants
     * attacked the town on 3 May") */
    /* (the look-back ends on "since" or stops: a sentence without the word
     * skips it, as the modal one below in a sentence without a modal) */
    const uint32_t end = s->first_token + s->ntokens;
    const bool since = may_have_word(sc, s->first_token, end, S_SINCE);
    /* ("repeated massacres since 2021, when more than 100 prisoners were
     * killed": the year's happening, its clause after ", when" looked
     * through) */
    for (uint32_t k = 1, lim = 8; since && k <= lim && i >= s->first_token + k; k++) {
        if (tok_punct(sc, i - k) && !tok_is(sc, i - k, "'s")) {
            if (!tok_is(sc, i - k, ",") || !tok_is(sc, i - k + 1, "when") || lim > 8) break;
            lim += 3;
            continue;
        }
        if (tok_is(sc, i - k, "since")) {
            if ((noun_only && k <= 4) || !sentence_has_day(sc, s)) return true;
            break;
        }
    }
    /* "Fighting ... has continued in the region since August 2023",
     * "militants have killed 300 civilians since January": a period up to
     * now, unless the sentence gives a day ("the deadliest attack since
     * 2019" on Monday) */
    for (uint32_t k = i + 1; since && k < end && k <= i + 16; k++) {
        if (tok_punct(sc, k) && !tok_is(sc, k, "'s")) break;
        if (tok_is(sc, k, "since")) {
            if (!sentence_has_day(sc, s)) return true;
            break;
        }
    }
    /* "police arrested three suspects in connection with the kidnapping of
     * two aid workers": the arrest's reason, an event told elsewhere */
    if (noun_only && arrest_reason(sc, s, i)) return true;
    /* "two suspects wanted for the Sai Buri bombing", "a youth blamed for
     * stabbing a trader": the same */
    if ((noun_only || (!verb && !noun)) && sought_for(sc, s, i)) return true;
    /* "It takes its name from a peace agreement signed on 23 March 2009",
     * "named after the 2012 mutiny": where a name comes from is background */
    /* (skipped in a sentence with neither word: see S_SINCE) */
    const bool named = since;
    for (uint32_t k = 2; named && k <= 8 && i >= s->first_token + k; k++)
        if ((tok_is(sc, i - k, "name") && tok_is(sc, i - k + 1, "from")) ||
            (tok_is(sc, i - k, "named") && tok_is(sc, i - k + 1, "after")))
            return true;
    /* "The fighting follows clashes between the two clans in June": the
     * fighting just told, whose sentence dates what it follows (the
     * object's own trigger is blocked by "follows") */
    if (noun_only && i > s->first_token && i + 1 < end &&
        (tok_is(sc, i + 1, "follows") || tok_is(sc, i + 1, "follow")) &&
        (tok_is(sc, i - 1, "the") || tok_is(sc, i - 1, "this") || tok_is(sc, i - 1, "these")))
        return true;
    /* "Those kidnapped were freed on 9 June": the victims of the act
     * told, named by its participle, not a new act; "The protest ended on
     * 21 March", "The clash lasted for three days": the one told, its end */
    if (verb && i > s->first_token && i + 1 < end && tok_is(sc, i - 1, "those") &&
        (tok_is(sc, i + 1, "were") || tok_is(sc, i + 1, "are") || tok_is(sc, i + 1, "had") ||
         tok_is(sc, i + 1, "have")))
        return true;
    /* ACLED's tag "[women targeted: girls]" tells who, not a new act */
    if (i >= s->first_token + 2 && tok_is(sc, i - 1, "women") && tok_is(sc, i - 2, "["))
        return true;
    if (noun_only && i > s->first_token && i + 1 < end &&
        (tok_is(sc, i + 1, "ended") || tok_is(sc, i + 1, "lasted") ||
         tok_is(sc, i + 1, "concluded")) &&
        (tok_is(sc, i - 1, "the") || tok_is(sc, i - 1, "this")))
        return true;
    /* "police found the body of a taxi driver with gunshot wounds ... 1
     * fatality.": a killing nobody saw, when nothing else in the note
     * tells it; not "gunmen shot dead two guards, whose bodies were found
     * at dawn", nor "his body was found" after the killing told */
    if (verb && body_found_at(sc, i)) {
        if (sc->x->events.n > sc->first_event) return true;
        for (uint32_t j = s->first_token; j < end; j++)
            if ((j < i || j > i + 3) && (rule_at(sc, j, R_VERB) || rule_at(sc, j, R_NOUN)))
                return true;
    }
    /* "will attempt another raid": not the one told, and not told yet */
    if (noun_only && i > s->first_token && tok_is(sc, i - 1, "another")) return true;
    /* "territory it lost during the 2022 offensive": an event noun dated by
     * a year after "during" is a past campaign that dates something else
     * (not "damaged property during demonstrations", not "killed five
     * militants during an operation") */
    bool year_before = false;
    for (uint32_t k = 1; noun_only && k <= 3 && i >= s->first_token + k; k++) {
        if (tok_is(sc, i - k, "during")) {
            if (year_before) return true;
            break;
        }
        if (tok(sc, i - k)->flags & DS_TOK_NUMBER) year_before = tok(sc, i - k)->norm_len == 4;
        if (!(tok(sc, i - k)->flags & DS_TOK_WORD) && !(tok(sc, i - k)->flags & DS_TOK_NUMBER))
            break;
    }
    /* (for a trigger that is no noun only a blocking phrase acts below: with
     * no phrase among the three tokens before it, nothing does) */
    const bool look = noun || next_busy(sc, i >= s->first_token + 3 ? i - 3 : s->first_token) < i;
    for (uint32_t k = 1; look && k <= 3 && i >= s->first_token + k; k++) {
        uint32_t j = i - k;
        if (tok_punct(sc, j)) break;
        const ds_token *t = tok(sc, j);
        if (rule_at(sc, j, R_BLOCK)) {
            if (strcmp(t->norm, "to") == 0 && k > 1) continue;
            /* "on 12 May 2024 and executed": the month, capitalised inside
             * the sentence, is no modal */
            if ((t->flags & DS_TOK_CAP) && j > s->first_token && !strcmp(t->norm, "may")) continue;
            /* "its attacks on ..." is a habit; "the PDF and its allies
             * opened fire" is no possessive of the trigger; "numerous
             * people demonstrated", "repeated calls to protest" qualify
             * another noun than the trigger */
            if ((strcmp(t->norm, "its") == 0 || strcmp(t->norm, "numerous") == 0) && k > 1)
                continue;
            /* "may have attacked": a past event whose author is hedged */
            static const char *const modal[] = {"may", "might", "could", "must", NULL};
            WORD_SIG(modal);
            if ((!strcmp(t->norm, "have") && j > s->first_token && tok_in(sc, j - 1, modal)) ||
                (tok_in(sc, j, modal) && tok_is(sc, j + 1, "have")))
                continue;
            /* "attempted to abduct", "tried to storm": an attack all the same */
            if (strcmp(t->norm, "to") == 0 && j > s->first_token &&
                (tok_is(sc, j - 1, "attempted") || tok_is(sc, j - 1, "tried")))
                continue;
            /* "residents marched through Gera to protest against ...",
             * dated to the day: the purpose of a gathering that took place,
             * unless a plan or a call comes before ("plans to protest") */
            if (strcmp(t->norm, "to") == 0 && k == 1 && protest_trigger(sc, i) &&
                sentence_has_day(sc, s) && !(j > s->first_token && rule_at(sc, j - 1, R_BLOCK)) &&
                !(j > s->first_token && tok_in(sc, j - 1, calls_for)) && !protest_before(sc, s, j))
                continue;
            /* "Troops have neutralised 12 terrorists ... on Monday": a
             * press release's perfect, dated to the day, is a report */
            if ((!strcmp(t->norm, "have") || !strcmp(t->norm, "has")) && k == 1 &&
                sentence_has_day(sc, s))
                continue;
            /* "have been attacked" is still a report; "has attacked" a summary */
            return true;
        }
        if (noun_only && k == 1 && t->norm_len > 2 && strcmp(t->norm + t->norm_len - 2, "'s") == 0)
            return true;
        static const char *const summary[] = {"total", "confirmed", "these",   "those",  "such",
                                              "other", "similar",   "related", "recent", "previous",
                                              "past",  "future",    "further", "more",   NULL};
        WORD_SIG(summary);
        /* ... but "On 17 February, the monitors observed a total of 6
         * explosions": the day's count is the event */
        if (plural_noun && k <= 2 && tok_in(sc, j, summary) &&
            !(tok_is(sc, j, "total") && sentence_has_day(sc, s)))
            return true;
        /* "at least four attacks", "33 attacks": a count of events, a
         * summary, unless the sentence gives the day ("On 18 March, 9
         * explosions near X") */
        static const char *const counts[] = {
            "three",   "four", "five",     "six",    "seven",    "eight",    "nine", "ten",
            "several", "many", "multiple", "dozens", "hundreds", "numerous", "some", NULL};
        WORD_SIG(counts);
        if (plural_noun && ((t->flags & DS_TOK_NUMBER) || tok_in(sc, j, counts)) &&
            !sentence_has_day(sc, s))
            return true;
    }
    /* "Between 1 and 7 May, at least 45 civilians were killed in 12
     * incidents": the dead of several events counted together, a summary,
     * unless the sentence gives the day */
    if ((rule_at(sc, i, R_DEATH) || rule_at(sc, i, R_INJURY)) && tallied(sc, s) &&
        !sentence_has_day(sc, s))
        return true;
    /* "This is the fourth attack on our staff this year": a tally of
     * events told elsewhere, unless the sentence gives the day */
    static const char *const ordinals[] = {"third",  "fourth", "fifth", "sixth",  "seventh",
                                           "eighth", "ninth",  "tenth", "latest", NULL};
    WORD_SIG(ordinals);
    if (noun_only && i > s->first_token &&
        (tok_in(sc, i - 1, ordinals) ||
         (i > s->first_token + 1 && tok_in(sc, i - 2, ordinals) && !tok_punct(sc, i - 1))) &&
        !sentence_has_day(sc, s))
        return true;
    /* "the junta will likely continue to rely on air strikes", "The ENDF
     * is likely to step up air operations": a modal further back in the
     * clause, in a sentence not dated to the day */
    static const char *const modal_far[] = {"will", "would",  "could",  "might", "may",
                                            "can",  "cannot", "likely", NULL};
    WORD_SIG(modal_far);
    const bool modal = may_have_word(sc, s->first_token, end, S_MODAL_FAR);
    for (uint32_t k = 4; modal && k <= 8 && i >= s->first_token + k; k++) {
        uint32_t j = i - k;
        if (tok_punct(sc, j) || is_trigger(sc, j)) break;
        /* ... but "In May 2021, ISWAP fighters attacked": a month */
        /* ("14 'bandits' (likely to be ISWAP fighters) died", "it is
         * likely the march belongs to a wider regional campaign": a
         * hedge on who or why, not on whether; "likely to step up" is one) */
        if (tok_in(sc, j, modal_far) && !tok_is(sc, j + 1, "have") &&
            !(tok_is(sc, j, "likely") && (!tok_is(sc, j + 1, "to") || tok_is(sc, j + 2, "be"))) &&
            !overlaps_timex(sc, (uint32_t)(s - sc->doc->sentences.v), tok(sc, j)->span))
            return !sentence_has_day(sc, s);
    }
    return false;
}

/* ---- annotations in a frame ------------------------------------------ */

static bool timex_usable(const ds_timex *t)
{
    if (t->value.year <= 0 || t->anchor == DS_ANCHOR_NONE) return false;
    if (t->kind == DS_TIMEX_DURATION) return false;
    if (t->mod == DS_MOD_SINCE || t->mod == DS_MOD_DECADE || t->mod == DS_MOD_BEFORE ||
        t->mod == DS_MOD_AFTER)
        return false;
    if (t->open_end) return false;
    return true;
}

static uint32_t token_at(const ev_scan *sc, const ds_sentence *s, uint32_t at);
static bool iso_days(const char *d, int32_t *lo, int32_t *hi);

/* "police said Monday", "officials said on Sunday": the day of the report,
 * not of what it reports. i: token_at() of the expression's start in s. */
static bool speech_date(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    static const char *const say[] = {"said",   "says",      "told",    "reported", "announced",
                                      "stated", "confirmed", "claimed", NULL};
    WORD_SIG(say);
    if (i <= s->first_token) return false;
    /* (say[] is in S_BYSTANDER's words) */
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BYSTANDER)) return false;
    i--;
    if (tok_is(sc, i, "on") && i > s->first_token) i--;
    return tok_in(sc, i, say);
}

static inline uint32_t token_at_from(const ev_scan *sc, const ds_sentence *s, uint32_t from,
                                     uint32_t at);

/* "On 10 October, police said that ...", "In a statement on 10 October,
 * the army said ...": a date that opens a sentence on a speech (its
 * subject of a few words, then the verb; or after "statement") is the
 * report's day, as speech_date's "said on 10 October". i: token_at() of
 * the expression's start in s, end: its end offset. */
static bool speech_opening(const ev_scan *sc, const ds_sentence *s, uint32_t i, uint32_t end)
{
    static const char *const say[] = {"said",      "says",   "told", "reported",
                                      "announced", "stated", NULL};
    static const char *const note[] = {"statement", "communique", "communiqué", "release", NULL};
    WORD_SIG(say);
    WORD_SIG(note);
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BYSTANDER)) return false;
    /* "In a statement on 10 October", "In a communique issued on ..." */
    for (uint32_t k = 1; k <= 3 && i >= s->first_token + k; k++)
        if (tok_in(sc, i - k, note)) return true;
    /* the date opens the sentence or the text after a dateline's dash:
     * "On 10 October, police said", "NAIROBI, 14 October 2024 - On 10
     * October, police said" (a dash or a colon before it) */
    uint32_t b = i > s->first_token && tok_is(sc, i - 1, "on") ? i - 1 : i;
    if (b > s->first_token && (!tok_punct(sc, b - 1) || tok_is(sc, b - 1, ","))) return false;
    uint32_t j = token_at_from(sc, s, i, end), stop = s->first_token + s->ntokens;
    if (j < stop && tok_is(sc, j, ",")) j++;
    for (uint32_t k = 0; k < 5 && j < stop && !tok_punct(sc, j); k++, j++)
        if (tok_in(sc, j, say)) return true;
    return false;
}

/* Is u a date a speech of day t may report: usable, and not after t? */
static bool reported_date(const ds_timex *t, const ds_timex *u)
{
    if (!timex_usable(u)) return false;
    char a[11], b[11];
    ds_date_format(a, t->value);
    ds_date_format(b, u->value);
    return strncmp(b, a, strlen(a) < strlen(b) ? strlen(a) : strlen(b)) <= 0;
}

/* "emerged around 2015", "was founded in 2006": a date of a group's birth
 * (the verb at most three tokens before the expression). i as for
 * speech_date(). */
static bool origin_date(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    static const char *const born[] = {"emerged",     "founded", "formed",
                                       "established", "created", NULL};
    WORD_SIG(born);
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BORN)) return false;
    for (uint32_t k = 1; k <= 3 && i >= s->first_token + k; k++) {
        if (tok_punct(sc, i - k)) return false;
        if (tok_in(sc, i - k, born)) return true;
    }
    return false;
}

static bool court_date(const ev_scan *sc, const ds_sentence *s, uint32_t i, uint32_t end);

/* "The 2023 Mopti market bombing was an attack on 14 August 2023": a bare
 * year after "the" that names the event (a capitalised word follows) says
 * less than a date the sentence gives besides. i as for speech_date(). */
static bool name_year(const ev_scan *sc, const ds_timex *t, const ds_sentence *s, uint32_t i)
{
    if (t->value.month || t->end.year) return false;
    if (i <= s->first_token || !tok_is(sc, i - 1, "the") || i + 1 >= s->first_token + s->ntokens)
        return false;
    return (tok(sc, i + 1)->flags & DS_TOK_CAP) != 0 && tok(sc, i)->span.end == t->span.end;
}

/* "founded in 1995 by X, who led it until his arrest in Tanzania in April
 * 2015": an event noun after a possessive pronoun is a life's event with
 * its own date after it; that date, not the sentence's first (t), when one
 * follows within ten tokens. */
static const ds_timex *after_possessed_noun(const ev_scan *sc, const frame *f, const ds_timex *t)
{
    static const char *const poss[] = {"his", "her", "their", NULL};
    WORD_SIG(poss);
    uint32_t i = f->trig[0];
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    if (!f->ntrig || i <= s->first_token || !rule_at(sc, i, R_NOUN) || rule_at(sc, i, R_VERB) ||
        !tok_in(sc, i - 1, poss) || t->span.start >= tok(sc, i)->span.start)
        return t;
    const sent_index *si = &sc->timex;
    uint32_t limit = i + 10 < f->tok_end ? i + 10 : f->tok_end;
    if (limit <= i + 1) return t;
    uint32_t end = tok(sc, limit - 1)->span.end;
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_timex *u = &sc->doc->timexes.v[si->idx[k]];
        if (u->span.start > tok(sc, i)->span.start && u->span.start < end && timex_usable(u))
            return u;
    }
    return t;
}

/* The date of frame f: its first usable time expression that is not a
 * report's day nor a year in a name, else a report's day (*weak set), else
 * the year in a name. */
/* "After the Taliban returned to power in August 2021, the group stepped up
 * its campaign: in January 2023, a suicide bomber killed ...": the frame
 * opens on a clause that sets the scene before its own event. The token
 * of the comma that ends it, or f->tok_start when the frame opens on none
 * (or on one that holds the frame's first trigger). */
static uint32_t scene_clause_end(const ev_scan *sc, const frame *f)
{
    static const char *const scene[] = {"after", "following", "since", "before", "until", NULL};
    WORD_SIG(scene);
    if (!f->ntrig || !tok_in(sc, f->tok_start, scene)) return f->tok_start;
    for (uint32_t i = f->tok_start + 1; i < f->trig[0]; i++)
        if (tok_is(sc, i, ",")) return i;
    return f->tok_start;
}

static const ds_timex *frame_timex_weak(const ev_scan *sc, const frame *f, bool *weak)
{
    /* a date of the opening scene counts only when the frame has no other */
    uint32_t scene_end = scene_clause_end(sc, f);
    const uint32_t scene_to = scene_end > f->tok_start ? tok(sc, scene_end)->span.start : 0;
    const ds_timex *in_scene = NULL;
    const sent_index *si = &sc->timex;
    const ds_timex *speech = NULL, *named = NULL;
    *weak = false;
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[si->idx[k]];
        if (!in_frame(f, t->span) || !timex_usable(t)) continue;
        if (t->span.start < scene_to) {
            if (!in_scene) in_scene = t;
            continue;
        }
        /* the readers below look around the expression's first token */
        const ds_sentence *s = &sc->doc->sentences.v[t->sentence];
        /* (a date with a month is no name's year, and without their words
         * origin_date and speech_date answer false: no token to find) */
        if ((t->value.month || t->end.year) &&
            !may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BORN | S_BYSTANDER))
            return after_possessed_noun(sc, f, t);
        uint32_t at = token_at(sc, s, t->span.start);
        if (name_year(sc, t, s, at)) {
            if (!named) named = t;
            continue;
        }
        /* "The group emerged around 2015 and launched its insurgency in
         * October 2017 with an attack": the date of the group's birth, not
         * of the act, when a later one follows in the frame */
        if (origin_date(sc, s, at) && k + 1 < si->first[f->sentence + 1] &&
            in_frame(f, sc->doc->timexes.v[si->idx[k + 1]].span))
            continue;
        /* (a speech that opens the sentence gives way only to a date of
         * the frame after it: the reported clause's own) */
        const bool said = speech_date(sc, s, at);
        bool opening = !said && k + 1 < si->first[f->sentence + 1] &&
                       reported_date(t, &sc->doc->timexes.v[si->idx[k + 1]]) &&
                       in_frame(f, sc->doc->timexes.v[si->idx[k + 1]].span) &&
                       speech_opening(sc, s, at, t->span.end);
        if (!said && !opening && !court_date(sc, s, at, t->span.end))
            return after_possessed_noun(sc, f, t);
        if (!speech) speech = t;
    }
    if (named && !speech) return named;
    if (in_scene && !speech) return in_scene;
    *weak = speech != NULL;
    return speech;
}

/* The day (and the most precise town or district) the sentence before si,
 * in the same block, sets when it tells no event of its own: "On the
 * evening of 7 October, air reconnaissance detected a gathering near
 * Tessit." before "Air strikes were carried out". */
static bool scene_before(const ev_scan *sc, uint32_t si, char out[11], const ds_place **place)
{
    const ds_doc *doc = sc->doc;
    if (si == 0 || doc->sentences.v[si - 1].block != doc->sentences.v[si].block) return false;
    uint32_t p = si - 1;
    if (sc->last_sentence == p) return false; /* it told the last event */
    bool got = false;
    for (uint32_t k = sc->timex.first[p]; k < sc->timex.first[p + 1] && !got; k++) {
        const ds_timex *t = &doc->timexes.v[sc->timex.idx[k]];
        if (!timex_usable(t) || !t->value.day || t->end.year) continue;
        ds_date_format(out, t->value);
        got = true;
    }
    if (!got) return false;
    *place = NULL;
    for (uint32_t k = sc->place.first[p]; k < sc->place.first[p + 1]; k++) {
        const ds_place *pl = &doc->places.v[sc->place.idx[k]];
        if (pl->feature == DS_FEAT_CITY || pl->feature == DS_FEAT_ADMIN2) {
            *place = pl;
            break;
        }
    }
    return true;
}

/* Does frame f tell a day of its own that nothing anchors ("On Sunday" in
 * a wire with no date)? Not a report's day ("officials said Monday"), not
 * a vague "recently". */
static bool unanchored_day(const ev_scan *sc, const frame *f)
{
    const sent_index *si = &sc->timex;
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[si->idx[k]];
        if (!in_frame(f, t->span) || t->anchor != DS_ANCHOR_NONE || t->value.year > 0) continue;
        const ds_sentence *s = &sc->doc->sentences.v[t->sentence];
        if (speech_date(sc, s, token_at(sc, s, t->span.start))) continue;
        static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                           "friday", "saturday", "sunday",    "yesterday",
                                           "today",  "tonight",  NULL};
        const char *w = sc->doc->text + t->span.start;
        size_t n = t->span.end - t->span.start;
        for (const char *const *d = days; *d; d++)
            if (ds_find_word(w, n, *d)) return true;
    }
    return false;
}

static const ds_timex *frame_timex(const ev_scan *sc, const frame *f)
{
    bool weak;
    return frame_timex_weak(sc, f, &weak);
}

static int date_precision(ds_date d)
{
    return d.day ? 3 : d.month ? 2 : d.year ? 1 : 0;
}

/* The token index at text offset `at` (first token starting at or after):
 * the first token of s that ends after `at`, its end when none. Token ends
 * increase along the sentence, so the tokens ending after `at` are a tail
 * of it; a guess in proportion to the offset in the sentence's text,
 * stepped back while the token before it is in the tail and forward while
 * it is not, lands on the tail's first token wherever it starts (a token is
 * a few bytes: a step or two, where a binary search took five). */
static uint32_t token_at(const ev_scan *sc, const ds_sentence *s, uint32_t at)
{
    const ds_token *toks = sc->toks;
    uint32_t lo = s->first_token, n = s->ntokens, hi = lo + n, g = lo;
    if (at > s->span.start && s->span.end > s->span.start) {
        g += (uint32_t)((uint64_t)(at - s->span.start) * n / (s->span.end - s->span.start));
        if (g > hi) g = hi;
    }
    while (g > lo && toks[g - 1].span.end > at) g--;
    while (g < hi && toks[g].span.end <= at) g++;
    return g;
}

/* token_at(sc, s, at) for a token index `from` known to be at or before
 * it (the start of the mention whose end `at` is): a mention is a few
 * tokens, so the steps from `from` come before any binary search. Exact:
 * when the token before `from` ends after `at` (an empty or reversed span),
 * token_at answers. */
static inline __attribute__((always_inline)) uint32_t
token_at_from(const ev_scan *sc, const ds_sentence *s, uint32_t from, uint32_t at)
{
    uint32_t hi = s->first_token + s->ntokens;
    if (from < s->first_token || from > hi ||
        (from > s->first_token && tok(sc, from - 1)->span.end > at))
        return token_at(sc, s, at);
    for (uint32_t k = 0; k < 4 && from < hi; k++, from++)
        if (tok(sc, from)->span.end > at) return from;
    uint32_t lo = from;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (tok(sc, mid)->span.end > at)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* "A court on Wednesday sentenced eleven gang members for the massacre
 * ... in September 2021", "were convicted on 3 May of the bombing": the
 * day of a court's ruling on an earlier attack, not of the attack (a court
 * verb right after the expression, or at most five words before it with no
 * punctuation between). i as for speech_date(); end: the expression's end
 * offset. */
static bool court_date(const ev_scan *sc, const ds_sentence *s, uint32_t i, uint32_t end)
{
    static const char *const court[] = {"sentenced", "convicted", "jailed",
                                        "acquitted", "indicted",  NULL};
    WORD_SIG(court);
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BORN)) return false;
    uint32_t e = token_at_from(sc, s, i, end);
    if (e < s->first_token + s->ntokens && tok_in(sc, e, court)) return true;
    for (uint32_t k = 1; k <= 5 && i >= s->first_token + k; k++) {
        if (tok_punct(sc, i - k)) return false;
        if (tok_in(sc, i - k, court)) return true;
    }
    return false;
}

/* Does sentence si open with a dateline: an upper-case place ("KABUL,",
 * "PESHAWAR:") or a place before the document's date ("Maiduguri, 3 April
 * 2024 -")? */
static bool dateline_start(const ev_scan *sc, uint32_t si, const ds_sentence *s)
{
    /* (in parentheses: "(Nairobi, 25 April 2024) -") */
    uint32_t f = s->first_token + (s->ntokens > 1 && tok_is(sc, s->first_token, "("));
    const ds_token *t0 = tok(sc, f);
    if (t0->flags & DS_TOK_UPPER) return true;
    if (!(t0->flags & DS_TOK_CAP) || !sc->doc->date[0]) return false;
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[sc->timex.idx[k]];
        char d[11];
        ds_date_format(d, t->value);
        if (t->span.start - s->span.start < 60 && !strcmp(d, sc->doc->date)) return true;
    }
    return false;
}

/* "PEMBA, Mozambique, June 11, 2025 (Reuters) - Insurgents killed four
 * civilians in a raid, officials said": does sentence si open with a
 * dateline whose date ends before frame f (the lead of a wire, which
 * tells a happening of the days before it was filed)? */
static bool dated_dateline(const ev_scan *sc, uint32_t si, const frame *f)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    if (f->text_start == s->span.start || !dateline_start(sc, si, s)) return false;
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++)
        if (sc->doc->timexes.v[sc->timex.idx[k]].span.end <= f->text_start) return true;
    return false;
}

/* Splits sentence s into frames. A segment ends at a comma, semicolon or
 * colon followed closely by a non-casualty trigger; a segment with such a
 * trigger and a date of its own starts a new frame, any other joins the
 * frame before it (leading words join the first frame). */
/* Does the clause at token a tell another happening in passing ("a day
 * after a separate attack ...", "two weeks after ...", "following another
 * raid ...")? */
static bool aside_clause(const ev_scan *sc, uint32_t a, uint32_t end)
{
    static const char *const counts[] = {"a",    "one",     "two",  "three", "four",
                                         "five", "several", "just", "only",  NULL};
    WORD_SIG(counts);
    static const char *const units[] = {"day",   "days",  "hours",  "hour", "week",
                                        "weeks", "month", "months", NULL};
    WORD_SIG(units);
    /* both answers true need "after" or "following" in [a, end) */
    if (!may_have_word(sc, a, end, S_AFTER)) return false;
    uint32_t i = a;
    if (i < end && (tok_in(sc, i, counts) || (tok(sc, i)->flags & DS_TOK_NUMBER))) i++;
    if (i + 1 < end && tok_in(sc, i, units) && tok_is(sc, i + 1, "after")) return true;
    if (a < end && (tok_is(sc, a, "after") || tok_is(sc, a, "following")))
        for (uint32_t k = a + 1; k < end && k <= a + 3; k++)
            if (tok_is(sc, k, "separate") || tok_is(sc, k, "another")) return true;
    return false;
}

static uint32_t make_frames(ev_scan *sc, uint32_t si, frame *frames, uint32_t max)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[si];
    uint32_t end = s->first_token + s->ntokens;
    /* a trigger is a verb, noun, death or injury phrase: a sentence with
     * none makes no frame */
    if (!may_have_role(sc, s->first_token, end,
                       1u << R_VERB | 1u << R_NOUN | 1u << R_DEATH | 1u << R_INJURY))
        return 0;
    uint32_t nf = 0;
    frame seg;
    memset(&seg, 0, sizeof seg);
    seg.sentence = si;
    seg.tok_start = s->first_token;
    /* only a trigger can join a segment and only a comma, semicolon or colon
     * cut one (or the sentence's end): the loop visits those tokens
     * (match_sentence listed them in trig_cut), every other does nothing */
    bool dated = false, dated_next = false; /* the segment opened with its own date */
    for (uint32_t t = 0; t <= sc->ntrig_cut; t++) {
        uint32_t i = t < sc->ntrig_cut ? sc->trig_cut[t] : end;
        bool cut = i == end;
        if (!cut && seg.ntrig && tok_punct(sc, i) &&
            (tok_is(sc, i, ",") || tok_is(sc, i, ";") || tok_is(sc, i, ":"))) {
            /* a trigger that is no casualty word within four tokens, before
             * any punctuation: the triggers among them are the next entries
             * of the list (an entry that is no trigger is punctuation) */
            for (uint32_t u = t + 1, seen = i; u < sc->ntrig_cut; u++) {
                uint32_t k = sc->trig_cut[u];
                if (k >= end || k > i + 4) break;
                while (seen < k && !tok_punct(sc, seen + 1)) seen++;
                if (seen < k) break; /* punctuation at seen + 1 <= k */
                if (!rule_at(sc, k, R_DEATH) && !rule_at(sc, k, R_INJURY)) {
                    cut = true;
                    break;
                }
            }
            cut = cut || aside_clause(sc, i + 1, end);
            /* "...; and on 7 June, a suicide bomber killed five soldiers": a
             * clause that opens with its own date is another happening */
            if (!cut && !tok_is(sc, i, ":")) {
                uint32_t d = i + 1;
                if (d < end && tok_is(sc, d, "and")) d++;
                if (tok_is(sc, i, ",") && d == i + 1) d = end; /* ", on 24 August": same */
                if (d < end && tok_is(sc, d, "on")) d++;
                if (d < end && d > i + 1 && tok_is(sc, d - 1, "on") &&
                    overlaps_timex(sc, si, tok(sc, d)->span))
                    cut = dated_next = true;
            }
        }
        if (!cut) {
            if (is_trigger(sc, i) && !trigger_blocked(sc, s, i)) {
                if (seg.ntrig < 16) seg.trig[seg.ntrig++] = i;
                if (!rule_at(sc, i, R_DEATH) && !rule_at(sc, i, R_INJURY)) seg.has_strong = true;
            }
            continue;
        }
        seg.tok_end = i;
        if (seg.tok_end > seg.tok_start) {
            seg.text_start = tok(sc, seg.tok_start)->span.start;
            seg.text_end = tok(sc, seg.tok_end - 1)->span.end;
            bool starts = false;
            seg.aside = nf && aside_clause(sc, seg.tok_start, seg.tok_end);
            if (!nf) {
                starts = true;
            } else if (seg.aside) {
                starts = true;
            } else if (!frames[nf - 1].ntrig) {
                starts = seg.ntrig > 0;
            } else if (seg.ntrig && (seg.has_strong || dated)) {
                const ds_timex *a = frame_timex(sc, &frames[nf - 1]);
                const ds_timex *b = frame_timex(sc, &seg);
                /* the date of a dateline ("BAMAKO, 2 July 2024 - soldiers
                 * killed ..., on Saturday") is no date of the first frame */
                bool dateline = a && nf == 1 && a->span.start < s->span.start + 80 &&
                                dateline_start(sc, si, s) && frames[0].trig[0] > 0 &&
                                a->span.end <= tok(sc, frames[0].trig[0])->span.start;
                starts = b && a != b && !dateline;
                /* "On Monday, militants attacked a base in Turbat, and on
                 * March 20, gunmen stormed the complex": the frame before
                 * ends with "and on <date>," that opens this one */
                if (!b && a) {
                    const frame *pf = &frames[nf - 1];
                    uint32_t si_ = pf->sentence;
                    for (uint32_t k = sc->timex.first[si_]; k < sc->timex.first[si_ + 1]; k++) {
                        const ds_timex *tx = &sc->doc->timexes.v[sc->timex.idx[k]];
                        if (tx == a || !timex_usable(tx) || tx->span.start < pf->text_start ||
                            tx->span.end > seg.text_start)
                            continue;
                        uint32_t ta = token_at(sc, s, tx->span.start);
                        uint32_t and_at = ta;
                        if (and_at > pf->tok_start && tok_is(sc, and_at - 1, "on")) and_at--;
                        /* (also "...; on 5 June, a mortar attack ...") */
                        if (and_at <= pf->tok_start ||
                            !(tok_is(sc, and_at - 1, "and") || tok_is(sc, and_at - 1, ";")) ||
                            ta <= pf->trig[pf->ntrig - 1] || seg.tok_start > ta + 6)
                            continue;
                        uint32_t cut_at = and_at - 1; /* the "and" or ";" */
                        if (tok_is(sc, cut_at, "and") && cut_at > pf->tok_start &&
                            tok_is(sc, cut_at - 1, ";"))
                            cut_at--;
                        frames[nf - 1].tok_end = cut_at;
                        frames[nf - 1].text_end = tok(sc, cut_at - 1)->span.end;
                        seg.tok_start = and_at;
                        seg.text_start = tok(sc, and_at)->span.start;
                        starts = true;
                        break;
                    }
                }
            }
            if (starts && nf < max) {
                if (nf == 1 && !frames[0].ntrig) {
                    /* leading words ("In January 2024,") belong to the first frame */
                    seg.tok_start = frames[0].tok_start;
                    seg.text_start = frames[0].text_start;
                    nf = 0;
                }
                frames[nf++] = seg;
            } else if (nf) {
                frame *p = &frames[nf - 1];
                p->tok_end = seg.tok_end;
                p->text_end = seg.text_end;
                for (uint32_t k = 0; k < seg.ntrig && p->ntrig < 16; k++)
                    p->trig[p->ntrig++] = seg.trig[k];
                p->has_strong |= seg.has_strong;
            }
        }
        memset(&seg, 0, sizeof seg);
        seg.sentence = si;
        seg.tok_start = i + 1;
        dated = dated_next;
        dated_next = false;
    }
    uint32_t w = 0;
    for (uint32_t k = 0; k < nf; k++)
        if (frames[k].ntrig) frames[w++] = frames[k];
    /* a dateline ("MOGADISHU, March 14 (Reuters) -") says where and when the
     * story was filed, not where and when it happened */
    if (w && frames[0].tok_start == s->first_token && dateline_start(sc, si, s)) {
        /* (the last dash before the trigger: "GOMA, North Kivu, DRC - 12
         * March 2024: M23 rebels shelled Sake on Sunday" ends at the colon
         * after a dash) */
        bool dashed = false;
        for (uint32_t i = s->first_token + 1; i < end && i < s->first_token + 20; i++) {
            /* (and "Imphal, Sep 16, 2025 (PTI): ...", "Imphal | Sep 16, 2025:":
             * a colon after the wire's credit, a bar after the town) */
            bool sep = tok_is(sc, i, "-") || tok_is(sc, i, "--") ||
                       ((i == s->first_token + 1 || dashed || tok_is(sc, i - 1, ")")) &&
                        tok_is(sc, i, ":")) ||
                       (i == s->first_token + 1 && tok_is(sc, i, "|"));
            if (!sep) continue;
            if (i + 1 >= frames[0].tok_end || i >= frames[0].trig[0]) break;
            frames[0].tok_start = i + 1;
            frames[0].text_start = tok(sc, i + 1)->span.start;
            dashed = true;
        }
    }
    return w;
}

/* ---- what a frame says ------------------------------------------------- */

typedef struct cand {
    bool has_date;
    bool weak_date;  /* the date is the day a source spoke ("police said Monday") */
    bool around_day; /* "Around 9 January 2022": a day, kept to its month (analyze) */
    ds_date date, date_end;
    int time_precision;
    const ds_timex *timex;
    const char *event_type, *sub_event_type;
    int gtd;
    const char *cameo;
    bool generic_only; /* only generic triggers (type from cues) */
    bool noun_only;
    bool plural_noun_only;
    const ds_place *place, *origin, *country_place;
    const ds_place *agent_place;  /* "by the Afghan police": the acting state's demonym */
    const ds_place *admin1_place; /* the province named with a town the gazetteer has without one */
    char country[4];
    const ds_actor_ref *actor1, *actor2;
    const ds_actor_ref *assoc[4];
    uint32_t nassoc;
    int32_t fatalities, injuries, attackers;
    uint32_t weapon_start, weapon_end; /* text span; equal when none */
    int claimed;
    const ds_actor_ref *claimed_by;
    const ds_actor_ref *attributed;
    const char *denied[4];
    uint32_t ndenied;
    bool protest_force, protest_intervention, riot_cue;
    bool protesters_act;           /* "protesters stormed the residence": the subject is a crowd */
    uint32_t town_start, town_end; /* "the village of X" the gazetteer lacks; equal when none */
    bool town_near;                /* "the village of X near Y": X beats the town Y */
    bool unknown_place;            /* "in Makhmour": a name after in/near that nothing knows */
    uint32_t unknown_start, unknown_end; /* that name, when one or two capitalised words */
    bool led_by;                         /* attributed follows "led by", "headed by" */
    bool none_by_default;                /* fatalities 0: a protest's or development's default */
    bool agent_clause; /* actor1 named after a passive casualty verb (agent_after_passive) */
    bool they;         /* "they returned and burned 30 houses": the last event's actor1 acts */
    bool hurt_unknown; /* "an unknown number were injured" */
    char dead_side;    /* whose deaths the figures count: 'a' armed group, 's' security forces,
                          'c' civilians, 'm' mixed, 0 not said */
    char state_target; /* a target of the state named by a noun, no actor: 'p' police
                          ("a police station"), 'm' army ("an army base"), 0 none */
    char state_target_iso[4]; /* the state a nation word before that noun names ("a US
                                 base"), else "" (the event's country's) */
    char state_agent;         /* the state as the actor, named by a noun only: "the army said it
                                 had killed", "troops shelled": 'p' or 'm', 0 none */
    /* states named as the subject of the act ("the United States and the
     * United Kingdom launched air strikes", "Israel shelled"): their armed
     * forces act (the first is actor1, the others associates) */
    const ds_place *agent_states[3];
    uint32_t nagent_states;
    /* "The service blamed Turkey for the strike": a state blamed by its
     * name (no actor mention), whose forces acted */
    const ds_place *blamed_state;
    bool week_span;     /* dated by a relative week ("this week"): week_of() */
    bool actor2_acts;   /* actor2, named after the trigger, is a clause's subject ("where
                         * Fano fighters briefly entered the town"): pick_actors */
    bool later_subject; /* actor1 is the subject of a later clause's verb
                           (subject_of_later_verb): "Following the explosion, the
                           military arrested four civilians" acted after, not in it */
    bool cause_places;  /* the sentence's places are only what a protest is about
                           (protest_abroad): none is where it happened */
} cand;

/* resolve_actors.c (the profiles stage) keeps x->actors; weak so that this
 * file links before it exists. */
#pragma weak ds_facts_actor
#pragma weak ds_facts_actor_named

/* The output name of an actor mention; the actor is entered in x->actors
 * (with its aliases) so that the scorers can match any of its names. */
static const char *ref_name(ev_scan *sc, const ds_actor_ref *r)
{
    for (uint32_t k = 0; k < sc->nnames; k++)
        if (sc->names[k].actor == r->actor) return sc->names[k].name;
    if (ds_facts_actor) {
        ds_actor *a = ds_facts_actor(sc->x, sc->ctx, sc->doc, r->actor);
        if (a && a->name) {
            if (sc->nnames < sizeof sc->names / sizeof *sc->names) {
                sc->names[sc->nnames].actor = r->actor;
                sc->names[sc->nnames++].name = a->name;
            }
            return a->name;
        }
    }
    const char *n = ds_actor_name(sc->doc, r->actor);
    if (n && *n) return n;
    return ds_facts_strn(sc->x, sc->doc->text + r->span.start, r->span.end - r->span.start);
}

/* A bare actor name made here ("Protesters (Pakistan)"), entered in x->actors. */
static const char *named_actor(ev_scan *sc, const char *name, const char *type)
{
    if (!name) return NULL;
    if (ds_facts_actor_named) {
        ds_actor *a = ds_facts_actor_named(sc->x, name, strlen(name), type);
        if (a && a->name) return a->name;
    }
    return name;
}

/* named_actor() for a name in a buffer of the caller's (name[0..len)): the
 * name is copied only when x->actors keeps none (ds_facts_actor_named
 * copies what it enters). */
static const char *named_actor_buf(ev_scan *sc, const char *name, size_t len, const char *type)
{
    if (ds_facts_actor_named) {
        ds_actor *a = ds_facts_actor_named(sc->x, name, len, type);
        if (a && a->name) return a->name;
    }
    return ds_facts_strn(sc->x, name, len);
}

static const char *country_name(const ev_scan *sc, const char *iso3)
{
    /* the name the actor lexicon gives it (ACLED's), so that "Unidentified
     * Armed Group (X)" and "Military Forces of X" name X alike */
    const ds_lexicon *lex = sc->ctx->shared ? sc->ctx->shared->lexicon : NULL;
    if (iso3 && iso3[0] && lex) {
        const char *n = ds_lexicon_country_name(lex, ds_lexicon_country(lex, iso3));
        if (n) return n;
    }
    ds_gaz_place gp;
    if (iso3 && iso3[0] && sc->ctx->shared && sc->ctx->shared->gazetteer &&
        ds_gazetteer_country(sc->ctx->shared->gazetteer, iso3, &gp) && gp.name)
        return gp.name;
    return NULL;
}

static int place_rank(const ds_place *p)
{
    switch (p->feature) {
    case DS_FEAT_CITY:
        return 5;
    case DS_FEAT_ADMIN2:
        return 4;
    case DS_FEAT_ADMIN1:
        return 3;
    case DS_FEAT_REGION: /* "Sambisa Forest" (in Borno) is a place; "northern Mali" is not */
        return p->admin1 ? 4 : 2;
    case DS_FEAT_COUNTRY:
        return 2;
    case DS_FEAT_DEMONYM:
        return 0;
    }
    return 0;
}

/* The word `back` tokens before token i (token_at() of a text offset)
 * within sentence s, or NULL. Callers find i once per offset. */
static const char *word_before(const ev_scan *sc, const ds_sentence *s, uint32_t i, uint32_t back)
{
    if (i < s->first_token + back) return NULL;
    return tok(sc, i - back)->norm;
}

/* "the United States withdrawal", "Pakistan government": a country name
 * used as a modifier says whose, not where. i: the token after p. */
static bool adjectival(const ev_scan *sc, const ds_sentence *s, const ds_place *p, uint32_t i)
{
    static const char *const heads[] = {
        "withdrawal", "government", "forces",     "military", "troops",      "embassy",
        "officials",  "border",     "army",       "police",   "authorities", "intelligence",
        "soldiers",   "security",   "nationals",  "citizens", "diplomats",   "consulate",
        "militia",    "militias",   "militiamen", NULL};
    WORD_SIG(heads);
    if (p->feature != DS_FEAT_COUNTRY) return false;
    return i < s->first_token + s->ntokens && tok_in(sc, i, heads);
}

/* "Turkish drones struck a car", "Iraqi aircraft bombed": the nationality of
 * the forces that act (before the trigger) says who, not where; a target's
 * ("attacked Uzbek border guards") says where. i: the token after p. */
static bool agent_nationality(const ev_scan *sc, const frame *f, const ds_place *p, uint32_t i)
{
    static const char *const forces[] = {
        "drones",      "drone",       "aircraft",       "jets",        "warplanes", "planes",
        "helicopters", "helicopter",  "forces",         "troops",      "soldiers",  "army",
        "military",    "air",         "navy",           "police",      "artillery", "special",
        "security",    "coalition",   "paramilitaries", "mercenaries", "militias",  "militiamen",
        "contractors", "instructors", "fighters",       NULL};
    WORD_SIG(forces);
    if (p->span.start >= tok(sc, f->trig[0])->span.start) return false;
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    if (i >= s->first_token + s->ntokens) return false;
    if (tok_in(sc, i, forces)) return true;
    /* "Russian Africa Corps mercenaries", "Turkish-backed SNA": the
     * nationality of an actor named next */
    for (uint32_t k = sc->actor.first[f->sentence]; k < sc->actor.first[f->sentence + 1]; k++)
        if (sc->doc->actor_refs.v[sc->actor.idx[k]].span.start == tok(sc, i)->span.start)
            return true;
    return false;
}

/* "Israel carried out air strikes on ...", "the United States and the United
 * Kingdom launched strikes": is the country p (at token at, the token after
 * it at `after`) the subject of the frame's trigger? It opens its clause
 * (optionally after "the", or coordinated with a country that does) and
 * only auxiliaries, adverbs, a light verb or another such country come
 * between it and the trigger ("Mali said jihadists attacked": no). */
static bool subject_state(const ev_scan *sc, const frame *f, const ds_sentence *s,
                          const ds_place *p, uint32_t at, uint32_t after)
{
    static const char *const between[] = {
        "has",     "have",      "had",       "also",    "reportedly", "allegedly", "later",
        "then",    "again",     "carried",   "out",     "conducted",  "launched",  "staged",
        "mounted", "a",         "an",        "new",     "series",     "of",        "wave",
        "fresh",   "overnight", "yesterday", "further", "two",        "three",     "four",
        "five",    "several",   "multiple",  "more",    "precision",  NULL};
    WORD_SIG(between);
    if (p->feature != DS_FEAT_COUNTRY) return false;
    uint32_t trig = f->trig[0], end = s->first_token + s->ntokens;
    if (at >= trig) return false;
    uint32_t b = at;
    if (b > s->first_token && tok_is(sc, b - 1, "the")) b--;
    /* (the sentence's subject: first, after a comma or a dateline's dash) */
    if (b != s->first_token && !tok_is(sc, b - 1, ",") && !tok_is(sc, b - 1, "-") &&
        !tok_is(sc, b - 1, "--"))
        return false;
    if (protest_trigger(sc, trig)) return false; /* "migrants from X and Y protested" */
    /* past coordinated countries ("and the United Kingdom") to the verb */
    uint32_t i = after;
    for (uint32_t k = sc->place.first[f->sentence]; k < sc->place.first[f->sentence + 1]; k++) {
        const ds_place *q = &sc->doc->places.v[sc->place.idx[k]];
        if (q->span.start <= p->span.start || q->feature != DS_FEAT_COUNTRY) continue;
        uint32_t j = i;
        if (j < end && tok_is(sc, j, "and")) j++;
        if (j < end && tok_is(sc, j, "the")) j++;
        if (j < end && tok(sc, j)->span.start == q->span.start)
            i = token_at_from(sc, s, j, q->span.end);
    }
    for (; i < trig; i++) /* ("conducted 3 airstrikes": a count too) */
        if (!tok_in(sc, i, between) && !(tok(sc, i)->flags & DS_TOK_NUMBER)) return false;
    return true;
}

/* "Islamic State Sahel Province": a place inside an actor's name is no place. */
static bool in_actor_name(const ev_scan *sc, uint32_t si, ds_span sp)
{
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.start <= sp.start && sp.end <= r->span.end &&
            r->span.end - r->span.start > sp.end - sp.start)
            return true;
    }
    return false;
}

/* Is place p (of sentence si) a state's name inside a mention of its own
 * forces or government ("U.S. Central Command forces")? */
static bool names_own_forces(const ev_scan *sc, uint32_t si, const ds_place *p)
{
    if (p->feature != DS_FEAT_COUNTRY || si >= sc->doc->sentences.n) return false;
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if ((r->type == DS_ACTOR_STATE_FORCE || r->type == DS_ACTOR_GOVERNMENT) &&
            r->span.start <= p->span.start && p->span.end < r->span.end)
            return true;
    }
    /* "rockets at a U.S. base in Syria": the base's nation, not where (the
     * words themselves: si may be a sentence not matched yet) */
    static const char *const theirs[] = {
        "base",      "bases",   "troops",  "forces", "soldiers",   "military", "army",    "convoy",
        "personnel", "embassy", "outpost", "patrol", "helicopter", "drone",    "warship", NULL};
    WORD_SIG(theirs);
    const ds_sentence *s = &sc->doc->sentences.v[si];
    uint32_t at = token_at(sc, s, p->span.start), after = token_at_from(sc, s, at, p->span.end);
    return after < s->first_token + s->ntokens && tok_in(sc, after, theirs);
}

static bool protest_cause_at(const ev_scan *sc, uint32_t first, uint32_t i);
static bool starts_annotation(const ev_scan *sc, uint32_t si, uint32_t at);

/* "Residents of Bradford took to the streets in a protest against Israel
 * over the war in Gaza", "demonstrated in Ipoh against Israel's campaign":
 * in a protest's frame, is every place the protest's cause, while a
 * capitalised word after in/of/at that nothing knows (the town the
 * gazetteer lacks) comes before the cause? Then the cause's places are
 * not where it happened (ACLED: the protest's own town and country). */
static bool protest_abroad(const ev_scan *sc, const frame *f)
{
    const ds_doc *doc = sc->doc;
    const sent_index *si = &sc->place;
    /* a country among the frame's places first: asked of every frame, and
     * most name none, while frame_tells_protest reads all its tokens */
    bool named_country = false;
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1] && !named_country;
         k++) {
        const ds_place *p = &doc->places.v[si->idx[k]];
        named_country = p->feature == DS_FEAT_COUNTRY && in_frame(f, p->span);
    }
    if (!named_country || !frame_tells_protest(sc, f)) return false;
    const ds_sentence *s = &doc->sentences.v[f->sentence];
    uint32_t first_cause = DS_NONE;
    bool country = false; /* a country among them: the cause is abroad */
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_place *p = &doc->places.v[si->idx[k]];
        if (!in_frame(f, p->span) || p->feature == DS_FEAT_DEMONYM) continue;
        uint32_t at = token_at(sc, s, p->span.start);
        if (!protest_cause_at(sc, f->tok_start, at)) return false;
        if (first_cause == DS_NONE) first_cause = at;
        country |= p->feature == DS_FEAT_COUNTRY;
    }
    if (first_cause == DS_NONE || !country) return false;
    for (uint32_t i = s->first_token; i + 1 < first_cause; i++) {
        const ds_token *n = tok(sc, i + 1);
        if ((tok_is(sc, i, "in") || tok_is(sc, i, "of") || tok_is(sc, i, "at")) &&
            (n->flags & DS_TOK_CAP) && (n->flags & DS_TOK_WORD) && n->norm_len >= 3 &&
            !starts_annotation(sc, f->sentence, n->span.start) &&
            !protest_cause_at(sc, f->tok_start, i + 1))
            return true;
    }
    return false;
}

/* Is p (of a sentence telling a protest) what the protest is about ("a
 * protest against Israel over the war in Gaza")? The document-wide
 * fallbacks never take such a place. */
static bool cause_place(const ev_scan *sc, const ds_place *p)
{
    const ds_sentence *s = &sc->doc->sentences.v[p->sentence];
    uint32_t end = s->first_token + s->ntokens;
    /* (the words themselves: s may not be the sentence last matched, whose
     * rules rule_at reads) */
    bool protest = false;
    for (uint32_t i = s->first_token; i < end && !protest; i++) {
        const ds_token *t = tok(sc, i);
        protest = t->norm_len >= 7 &&
                  (!memcmp(t->norm, "protest", 7) || !memcmp(t->norm, "demonstrat", 7));
    }
    return protest && protest_cause_at(sc, s->first_token, token_at(sc, s, p->span.start));
}

/* "have been airlifted to Nairobi for treatment", "were rushed to the
 * hospital in Kano", "taken to hospital in Pichari": is the place at token
 * at of s where the victims were taken (no place of the happening)? */
static bool carried_to(const ev_scan *sc, const ds_sentence *s, uint32_t at)
{
    static const char *const taken[] = {"airlifted", "evacuated",   "rushed",
                                        "taken",     "transferred", "flown",
                                        "referred",  "admitted",    NULL};
    WORD_SIG(taken);
    for (uint32_t j = at; j > s->first_token + 1 && j + 6 > at; j--) {
        if (tok_punct(sc, j - 1)) return false;
        if (tok_is(sc, j - 1, "to") && tok_in(sc, j - 2, taken)) return true;
    }
    return false;
}

/* "Militiamen from Djugu attacked a camp near Bunia": does a trigger or
 * "near" stand between byte from and token to of s? Then the place at to
 * is where the act was, not the origin's district or province
 * ("from Khwaja Ghar District, Takhar Province"). */
static bool act_between(const ev_scan *sc, const ds_sentence *s, uint32_t from, uint32_t to)
{
    for (uint32_t j = token_at(sc, s, from); j < to; j++)
        if (is_trigger(sc, j) || tok_is(sc, j, "near")) return true;
    return false;
}

/* Is q a town of p's country right before it, a comma between ("Puerto
 * Jordan, Tame municipality")? */
static bool town_before(const ev_scan *sc, const ds_place *q, const ds_place *p)
{
    if (q->feature != DS_FEAT_CITY || strcmp(q->iso3, p->iso3) != 0 || q->span.end >= p->span.start)
        return false;
    const char *x = sc->doc->text;
    uint32_t i = q->span.end;
    if (x[i] != ',') return false;
    for (i++; i < p->span.start; i++)
        if (x[i] != ' ') return false;
    return true;
}

static void pick_place(ev_scan *sc, const frame *f, cand *c)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[f->sentence];
    const sent_index *si = &sc->place;
    int best = -1;
    bool best_dest = false;
    /* (a sentence without a word of quarter[] skips its test) */
    const bool quarter_words =
        may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_QUARTER);
    /* "dislodged the militants from the village of X", "abducted ten
     * people from X": what was taken from a place happened there; the place
     * a shot or a raid came from is its origin */
    static const char *const takes[] = {
        "dislodged", "expelled", "drove",     "chased",  "flushed", "ousted", "evicted", "routed",
        "cleared",   "abducted", "kidnapped", "rescued", "freed",   "stole",  "looted",  NULL};
    WORD_SIG(takes);
    const bool taken_from = tok_in(sc, f->trig[0], takes);
    const uint32_t taken_to = f->trig[0] + 10; /* "from" in the trigger's own clause */
    if (protest_abroad(sc, f)) {
        c->cause_places = true;
        return;
    }
    /* (the reason look-back below acts only in a sentence with "because") */
    const bool because = may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_SINCE);
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_place *p = &doc->places.v[si->idx[k]];
        /* (also "U.S." in "U.S. Central Command forces": the forces' nation) */
        if (!in_frame(f, p->span) || in_actor_name(sc, f->sentence, p->span)) continue;
        if (p->feature == DS_FEAT_COUNTRY && names_own_forces(sc, f->sentence, p)) continue;
        uint32_t at = token_at(sc, s, p->span.start), after = token_at_from(sc, s, at, p->span.end);
        /* the words before the place (word_before()), NULL before the sentence */
        const ds_token *w1 = at >= s->first_token + 1 ? tok(sc, at - 1) : NULL;
        const ds_token *w2 = at >= s->first_token + 2 ? tok(sc, at - 2) : NULL;
        bool from = norm_is(w1, "from") ||
                    (norm_is(w2, "from") && (norm_is(w1, "northern") || norm_is(w1, "southern") ||
                                             norm_is(w1, "eastern") || norm_is(w1, "western")));
        bool dest = norm_is(w1, "toward") || norm_is(w1, "towards") || norm_is(w1, "into");
        /* "killing 22 people, according to the Wad Madani resistance
         * committee": the source's town, not the event's (unless "in"
         * places something inside the source phrase) */
        bool source = false;
        for (uint32_t j = at; j > s->first_token + 1 && j + 6 > at && !source; j--) {
            if (tok_is(sc, j - 1, "in") || tok_is(sc, j - 1, "near") || tok_is(sc, j - 1, ",") ||
                tok_is(sc, j - 1, "at"))
                break;
            source = tok_is(sc, j - 1, "to") && tok_is(sc, j - 2, "according");
        }
        if (source && p->feature != DS_FEAT_DEMONYM) continue;
        if (carried_to(sc, s, at)) continue;
        /* "detained two men wanted for the Sai Buri bombing": the place of
         * an earlier event, not of this one */
        if (sought_place(sc, s, at, after)) continue;
        /* "two militants of Pakistani origin", "a man of Afghan nationality":
         * the people's origin, not where */
        if (norm_is(w1, "of") && after < s->first_token + s->ntokens &&
            (tok_is(sc, after, "origin") || tok_is(sc, after, "nationality") ||
             tok_is(sc, after, "descent")))
            continue;
        /* "said the group targeted the ship because its owner traded with
         * Israeli ports": a reason's place, not where */
        bool reason = false;
        for (uint32_t j = at; because && j > s->first_token && j + 8 > at && !reason; j--) {
            if (tok_punct(sc, j - 1)) break;
            reason = tok_is(sc, j - 1, "because");
        }
        if (reason) continue;
        if (from && p->feature != DS_FEAT_DEMONYM && !(taken_from && at < taken_to)) {
            if (!c->origin || place_rank(p) > place_rank(c->origin)) c->origin = p;
            continue;
        }
        /* the subject state, or one coordinated with it ("and the United
         * Kingdom") */
        bool coordinated = false;
        if (c->nagent_states && p->feature == DS_FEAT_COUNTRY) {
            uint32_t j = token_at_from(sc, s, s->first_token,
                                       c->agent_states[c->nagent_states - 1]->span.end);
            if (j < at && tok_is(sc, j, "and")) j++;
            if (j < at && tok_is(sc, j, "the")) j++;
            coordinated = j == at;
        }
        if (coordinated || subject_state(sc, f, s, p, at, after)) {
            if (c->nagent_states < 3) c->agent_states[c->nagent_states++] = p;
            continue;
        }
        /* "an ambush near the border with Mali": the other side of the border */
        if (p->feature == DS_FEAT_COUNTRY && norm_is(w1, "with") &&
            (norm_is(w2, "border") || norm_is(w2, "frontier") || norm_is(w2, "borders")))
            continue;
        if (p->feature == DS_FEAT_DEMONYM &&
            (norm_is(w1, "by") || (norm_is(w1, "the") && norm_is(w2, "by"))))
            c->agent_place = p; /* "arrested by the Afghan intelligence" */
        /* "shot down by a French frigate", "a US destroyer intercepted":
         * a navy's nation says whose ship, never where (warships sail far
         * from home) */
        static const char *const ships[] = {
            "frigate", "frigates", "warship", "warships", "destroyer", "destroyers", "navy",
            "naval",   "corvette", "cruiser", "vessel",   "vessels",   NULL};
        WORD_SIG(ships);
        if (p->feature == DS_FEAT_DEMONYM && after < s->first_token + s->ntokens &&
            tok_in(sc, after, ships))
            continue;
        /* "five Houthi fighters were killed in US strikes near Hodeidah":
         * the nation of a strike is the state that struck */
        if (p->feature == DS_FEAT_DEMONYM && after < s->first_token + s->ntokens &&
            !c->nagent_states &&
            (tok_is(sc, after, "strikes") || tok_is(sc, after, "airstrikes") ||
             tok_is(sc, after, "airstrike") ||
             (tok_is(sc, after, "air") && after + 1 < s->first_token + s->ntokens &&
              (tok_is(sc, after + 1, "strikes") || tok_is(sc, after + 1, "strike")))))
            c->agent_states[c->nagent_states++] = p;
        if (p->feature == DS_FEAT_DEMONYM || adjectival(sc, s, p, after)) {
            if (!c->country_place && !agent_nationality(sc, f, p, after)) c->country_place = p;
            continue;
        }
        /* an origin's own hierarchy ("Khwaja Ghar District, Takhar Province")
         * follows it: same country as the origin and right after it */
        if (c->origin && strcmp(p->iso3, c->origin->iso3) == 0 && !dest &&
            p->span.start >= c->origin->span.end && p->span.start <= c->origin->span.end + 40 &&
            !act_between(sc, s, c->origin->span.end, at))
            continue;
        int r = place_rank(p) * 2;
        /* "in Puerto Jordan, Tame municipality, Arauca": a town named with
         * a division's type word after a town and a comma is that town's
         * division (the town is more precise, and took second place to it
         * for the province after); not "in the Rinkeby district of
         * Stockholm", a quarter */
        static const char *const typed[] = {"municipality", "municipio", "district", "county",
                                            "upazila",      "tehsil",    "commune",  NULL};
        WORD_SIG(typed);
        if (p->feature == DS_FEAT_CITY && after > at + 1 && k > si->first[f->sentence] &&
            tok_in(sc, after - 1, typed) && town_before(sc, &doc->places.v[si->idx[k - 1]], p))
            r = place_rank(p) * 2 - 2;
        /* "in Dera Ismail Khan's Kulachi tehsil": the possessor holds the
         * place after it (in its district), which is the more precise */
        if (p->admin2 && k + 1 < si->first[f->sentence + 1] &&
            after + 1 < s->first_token + s->ntokens && tok_is(sc, after, "'s")) {
            const ds_place *n = &doc->places.v[si->idx[k + 1]];
            if (n != p && n->admin2 && !strcmp(n->admin2, p->admin2) &&
                n->span.start == tok(sc, after + 1)->span.start && in_frame(f, n->span) &&
                place_rank(n) >= 4)
                r -= 2;
        }
        /* "the village of Mucojo, in the district of Macomia": a division
         * named after its seat, less precise than a village */
        static const char *const divisions[] = {"district", "county", "territory", "department",
                                                "commune",  "cercle", NULL};
        WORD_SIG(divisions);
        if (p->feature == DS_FEAT_CITY && norm_is(w1, "of") && w2 && at >= s->first_token + 3 &&
            tok_in(sc, at - 2, divisions) &&
            tok_is(sc, at - 3, "the")) /* not "the Hodan district of Mogadishu" */
            r = place_rank(p) * 2 - 2;
        if (dest) r += 2;
        /* "Qala-e-Wahid neighborhood, Kabul": the town, not the quarter */
        static const char *const quarter[] = {"neighborhood", "neighbourhood", "area",
                                              "roundabout",   "road",          "street",
                                              "bazaar",       "square",        NULL};
        WORD_SIG(quarter);
        if (quarter_words && after < s->first_token + s->ntokens && tok_in(sc, after, quarter) &&
            p->feature == DS_FEAT_CITY) {
            /* "the Faladié neighborhood" with no town named: a quarter the
             * gazetteer took for a village elsewhere */
            static const char *const quarters[] = {"neighborhood", "neighbourhood", "quarter",
                                                   NULL};
            WORD_SIG(quarters);
            if (tok_in(sc, after, quarters)) continue;
            r -= 5;
        }
        if (p->feature == DS_FEAT_CITY && after > s->first_token &&
            (tok_is(sc, after - 1, "neighborhood") || tok_is(sc, after - 1, "neighbourhood")))
            continue; /* the gazetteer's span took the word in */
        /* "Tarin Kot, Uruzgan": the town that the province name follows */
        if (k + 1 < si->first[f->sentence + 1]) {
            const ds_place *n = &doc->places.v[si->idx[k + 1]];
            /* ACLED's "Boni (Douentza, Mopti)": the place its divisions
             * follow (after its type word in lower case: "Bwiremi
             * groupement (Masisi, Nord-Kivu)") */
            uint32_t open = after;
            if (open + 1 < s->first_token + s->ntokens && (tok(sc, open)->flags & DS_TOK_WORD) &&
                !(tok(sc, open)->flags & (DS_TOK_CAP | DS_TOK_UPPER)) && tok_is(sc, open + 1, "("))
                open++;
            if (open < s->first_token + s->ntokens && tok_is(sc, open, "(") &&
                !strcmp(n->iso3, p->iso3) && p->feature == DS_FEAT_CITY) {
                /* "Debre Markos (East Gojam, Amhara)": the division may have
                 * words before the part the gazetteer matched */
                uint32_t na = token_at(sc, s, n->span.start);
                bool next_to = na > open && na <= open + 3;
                for (uint32_t j = open + 1; next_to && j < na; j++)
                    next_to = !tok_punct(sc, j) && (tok(sc, j)->flags & DS_TOK_CAP);
                if (next_to) r += 2;
            }
            if ((n->feature == DS_FEAT_ADMIN1 || n->feature == DS_FEAT_ADMIN2) &&
                n->span.start <= p->span.end + 3 && !strcmp(n->iso3, p->iso3) &&
                (p->feature == DS_FEAT_CITY || p->feature == DS_FEAT_ADMIN2))
                r += 1;
        }
        if (r > best || (dest && !best_dest && r >= best)) {
            best = r;
            best_dest = dest;
            c->place = p;
        }
    }
    /* "MOGADISHU, March 15 - gunmen stormed a hotel in Somalia's capital":
     * the capital the text names only so is the dateline's city, when that
     * is in the country named (the dateline is no place of its own) */
    const ds_place *country = !c->place                              ? c->country_place
                              : c->place->feature == DS_FEAT_COUNTRY ? c->place
                                                                     : NULL;
    if ((!c->place || country) && f->text_start > s->span.start) {
        bool capital = false;
        uint32_t to = may_have_word(sc, f->tok_start, f->tok_end, S_CAPITAL) ? f->tok_end : 0;
        for (uint32_t i = f->tok_start; i < to && !capital; i++) capital = tok_is(sc, i, "capital");
        for (uint32_t k = si->first[f->sentence]; capital && k < si->first[f->sentence + 1]; k++) {
            const ds_place *p = &doc->places.v[si->idx[k]];
            if (p->span.start >= f->text_start) break;
            if (p->feature == DS_FEAT_CITY && (!country || !strcmp(p->iso3, country->iso3))) {
                c->place = p;
                break;
            }
        }
    }
    if (c->place && !c->place->admin1 && c->place->feature != DS_FEAT_ADMIN1) {
        for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
            const ds_place *p = &doc->places.v[si->idx[k]];
            if (in_frame(f, p->span) && p->feature == DS_FEAT_ADMIN1 && p != c->origin &&
                !strcmp(p->iso3, c->place->iso3)) {
                c->admin1_place = p;
                break;
            }
        }
    }
    if (c->place && c->place->iso3[0])
        memcpy(c->country, c->place->iso3, 4);
    else if (c->country_place && c->country_place->iso3[0])
        memcpy(c->country, c->country_place->iso3, 4);
}

/* Does a place, actor or time expression of sentence si start at `at`? */
static bool starts_annotation(const ev_scan *sc, uint32_t si, uint32_t at)
{
    const ds_doc *doc = sc->doc;
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++)
        if (doc->places.v[sc->place.idx[k]].span.start == at) return true;
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++)
        if (doc->actor_refs.v[sc->actor.idx[k]].span.start == at) return true;
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++)
        if (doc->timexes.v[sc->timex.idx[k]].span.start == at) return true;
    return false;
}

/* "attacked the village of Koulga": a settlement named by its kind, for
 * when the gazetteer does not know it (the frame has no town of its own). */
/* "al-Nora" in "Wad al-Nora", "el-Obeid": an Arabic article glued to a
 * capitalised name (the token starts lower case) */
static bool article_name(const ev_scan *sc, uint32_t i)
{
    const ds_token *t = tok(sc, i);
    const char *w = sc->doc->text + t->span.start;
    return t->span.end - t->span.start > 4 && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' &&
           w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z';
}

static void unknown_town(ev_scan *sc, const frame *f, cand *c)
{
    /* "the villages of X and Y": X; "the gendarmerie post of Dioura" */
    static const char *const kinds[] = {
        "village", "town", "locality", "hamlet",   "settlement", "commune", "villages",
        "towns",   "post", "camp",     "garrison", "checkpoint", "outpost", NULL};
    WORD_SIG(kinds);
    /* a town the gazetteer has is more precise, unless it only says where
     * the village is: "in the village of Djiguibombo near Bandiagara" */
    const bool placed = c->place && place_rank(c->place) >= 4;
    uint32_t to = may_have_word(sc, f->tok_start, f->tok_end, S_SETTLEMENT) ? f->tok_end : 0;
    for (uint32_t i = f->tok_start; i + 2 < to; i++) {
        if (!tok_is(sc, i + 1, "of") || !tok_in(sc, i, kinds)) continue;
        uint32_t a = i + 2, b = a;
        while (b < f->tok_end && b < a + 3 &&
               (((tok(sc, b)->flags & DS_TOK_CAP) && (tok(sc, b)->flags & DS_TOK_WORD)) ||
                (b > a && article_name(sc, b))))
            b++;
        if (b == a) continue;
        /* (", near Bandiagara" too) */
        uint32_t nb = b + 1 < f->tok_end && tok_is(sc, b, ",") ? b + 1 : b;
        if (placed &&
            !(nb + 1 < f->tok_end && (tok_is(sc, nb, "near") || tok_is(sc, nb, "outside")) &&
              tok(sc, nb + 1)->span.start == c->place->span.start))
            return;
        for (uint32_t k = sc->place.first[f->sentence]; k < sc->place.first[f->sentence + 1]; k++)
            if (sc->doc->places.v[sc->place.idx[k]].span.start == tok(sc, a)->span.start)
                return; /* the gazetteer knows it (and found it less precise) */
        c->town_start = tok(sc, a)->span.start;
        c->town_end = tok(sc, b - 1)->span.end;
        c->town_near = placed;
        return;
    }
    /* "cordoned off Nowgam village", "raided Kaseya village": the name before
     * the word, one capitalised word the gazetteer does not know */
    for (uint32_t i = f->tok_start + 1; !placed && i + 1 < to; i++) {
        const ds_token *t = tok(sc, i);
        if (!(t->flags & DS_TOK_CAP) || !(t->flags & DS_TOK_WORD) || (t->flags & DS_TOK_UPPER) ||
            !(tok_is(sc, i + 1, "village") || tok_is(sc, i + 1, "hamlet")) ||
            (tok(sc, i - 1)->flags & DS_TOK_CAP) ||
            /* (not "the Bedouin village Al Araqeeb": a name after it) */
            (i + 2 < f->tok_end && (tok(sc, i + 2)->flags & DS_TOK_CAP)))
            continue;
        bool known = false;
        for (uint32_t k = sc->place.first[f->sentence]; k < sc->place.first[f->sentence + 1]; k++)
            known |= sc->doc->places.v[sc->place.idx[k]].span.end >= t->span.start &&
                     sc->doc->places.v[sc->place.idx[k]].span.start <= t->span.start;
        if (known || in_actor_name(sc, f->sentence, t->span)) continue;
        c->town_start = t->span.start;
        c->town_end = t->span.end;
        return;
    }
    /* "on the Elwak-Mandera road", "the Djibo-Arbinda axis": a road named by
     * the towns it joins (one token, which the gazetteer does not split)
     * is placed at the first of them */
    static const char *const roads[] = {"road", "highway", "axis", "route", NULL};
    WORD_SIG(roads);
    static const char *const sides[] = {"east", "west", "north", "south", NULL};
    /* (a frame without a word of roads[] skips the loop: it acts only on one) */
    uint32_t road_end = may_have_word(sc, f->tok_start, f->tok_end, S_ROAD) ? f->tok_end : 0;
    for (uint32_t i = f->tok_start; i + 1 < road_end && (!c->place || place_rank(c->place) <= 2);
         i++) {
        const ds_token *t = tok(sc, i);
        if (!(t->flags & DS_TOK_CAP) || !tok_in(sc, i + 1, roads)) continue;
        /* the last joint: "As-Sweida-Damascus road" is As-Sweida's */
        const char *w = sc->doc->text + t->span.start, *dash = NULL;
        size_t n = t->span.end - t->span.start;
        for (size_t k = 2; k + 2 < n; k++)
            if (w[k] == '-' && w[k + 1] >= 'A' && w[k + 1] <= 'Z') dash = w + k;
        bool side = false; /* "the East-West Highway" joins no towns */
        for (const char *const *d = sides; dash && *d && !side; d++)
            side = (size_t)(dash - w) == strlen(*d) && !strncasecmp(w, *d, strlen(*d));
        if (!dash || side) continue;
        c->town_start = t->span.start;
        c->town_end = t->span.start + (uint32_t)(dash - w);
        return;
    }
    if (c->place) return;
    /* (an area named after its town: "in the Tessit area") */
    static const char *const sites[] = {"area", "zone", "sector", "vicinity", "outskirts", NULL};
    WORD_SIG(sites);
    for (uint32_t i = f->tok_start; i + 1 < f->tok_end; i++) {
        /* (the capitalised word first: most tokens are followed by none) */
        const ds_token *n = tok(sc, i + 1);
        if (!(n->flags & DS_TOK_CAP) || !(n->flags & DS_TOK_WORD)) continue;
        bool in_the = tok_is(sc, i, "the") && i > f->tok_start &&
                      (tok_is(sc, i - 1, "in") || tok_is(sc, i - 1, "near"));
        /* "Residents of Bradford took to the streets": the town they live in */
        static const char *const dwellers[] = {"residents", "inhabitants", "people", "citizens",
                                               NULL};
        WORD_SIG(dwellers);
        bool of_town = tok_is(sc, i, "of") && i > f->tok_start && tok_in(sc, i - 1, dwellers);
        /* "fighting spread to Bozoum": where the fighting came to */
        bool spread = tok_is(sc, i, "to") && i > f->tok_start &&
                      (tok_is(sc, i - 1, "spread") || tok_is(sc, i - 1, "spreading") ||
                       tok_is(sc, i - 1, "extended"));
        if (!tok_is(sc, i, "in") && !tok_is(sc, i, "near") && !in_the && !of_town && !spread)
            continue;
        if (starts_annotation(sc, f->sentence, n->span.start)) continue;
        /* "beheaded 10 civilians in Mazeze, according to ...": a village the
         * gazetteer lacks is the event's location by name (one or two
         * capitalised words, not in capitals: no acronym), its divisions
         * and country from the rest of the text */
        uint32_t b = i + 1;
        while (b < f->tok_end && b < i + 3 && (tok(sc, b)->flags & DS_TOK_CAP) &&
               (tok(sc, b)->flags & DS_TOK_WORD) && !(tok(sc, b)->flags & DS_TOK_UPPER) &&
               (b == i + 1 || !starts_annotation(sc, f->sentence, tok(sc, b)->span.start)))
            b++;
        /* (after "in the", only a name its site word follows: "in the Tessit
         * area", not "near the Prime Minister's residence") */
        if (in_the && !(b < f->tok_end && tok_in(sc, b, sites))) continue;
        /* "clashed in Pavilion 5", "in Block 3": a numbered part of a
         * building, no town */
        if (b < f->tok_end && (tok(sc, b)->flags & DS_TOK_NUMBER)) continue;
        c->unknown_place = true;
        if (b > i + 1 && (b == f->tok_end || !(tok(sc, b)->flags & DS_TOK_CAP))) {
            c->unknown_start = n->span.start;
            c->unknown_end = tok(sc, b - 1)->span.end;
        }
        return;
    }
}

/* "Maoists killed a former sarpanch, accusing him of passing information
 * to the police": is the word at i (from token first) part of what the
 * victim is accused of (up to nine words back, no punctuation between)?
 * The force he served is no target. */
static bool accused_of(const ev_scan *sc, uint32_t first, uint32_t i)
{
    /* (a sentence with none of the words skips the look-back: S_SINCE) */
    if (!may_have_word(sc, first, i, S_SINCE)) return false;
    /* (ten words: "accusing him of being an informant for the security
     * forces") */
    for (uint32_t k = i; k > first && k + 10 > i; k--) {
        const ds_token *t = tok(sc, k - 1);
        if (tok_punct(sc, k - 1)) return false;
        /* (the length first: most words are none of the four) */
        if ((t->norm_len == 7 || t->norm_len == 8 || t->norm_len == 10) &&
            (tok_is(sc, k - 1, "accusing") || tok_is(sc, k - 1, "accused") ||
             tok_is(sc, k - 1, "suspecting") || tok_is(sc, k - 1, "branding")))
            return true;
    }
    return false;
}

/* Does an object follow the casualty phrase at t (before end): "shot dead
 * a police officer", "killed two"? */
static bool object_after(const ev_scan *sc, uint32_t t, uint32_t end)
{
    static const char *const object[] = {"a",     "an",    "the",  "his",    "her",    "their",
                                         "two",   "three", "four", "five",   "six",    "seven",
                                         "eight", "nine",  "ten",  "eleven", "twelve", NULL};
    WORD_SIG(object);
    const uint32_t o = t + (sc->m[t].len ? sc->m[t].len : 1);
    return o < end && (tok_in(sc, o, object) || (tok(sc, o)->flags & DS_TOK_NUMBER));
}

/* "two soldiers killed in Kirkuk" (a headline's passive without "were"):
 * a counted mention right before a casualty trigger is its victims. */
static bool counted_victims(const ev_scan *sc, const frame *f, const ds_actor_ref *r, uint32_t re)
{
    /* "five policemen were martyred when terrorists attacked": the subject
     * of a passive casualty verb is a victim, whatever the trigger */
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    uint32_t a = re, end = s->first_token + s->ntokens;
    if (a + 1 < end && (tok_is(sc, a, "were") || tok_is(sc, a, "was")) &&
        (rule_at(sc, a + 1, R_DEATH) || rule_at(sc, a + 1, R_INJURY)))
        return true;
    uint32_t t = f->trig[0];
    if (!rule_at(sc, t, R_DEATH) && !rule_at(sc, t, R_INJURY)) return false;
    if (tok(sc, t)->span.start > r->span.end + 2) return false;
    /* "Two gunmen shot dead a police officer": the verb has its object,
     * the counted men acted */
    if (object_after(sc, t, end)) return false;
    for (uint32_t k = sc->quant.first[f->sentence]; k < sc->quant.first[f->sentence + 1]; k++) {
        const ds_quantity *q = &sc->doc->quantities.v[sc->quant.idx[k]];
        if (q->span.end <= r->span.start && q->span.end + 2 >= r->span.start) return true;
    }
    return false;
}

/* "Al-Qaeda's Sahelian affiliate JNIM attacked": the owner of the actor
 * that acts (actor mention k, followed by "'s" and another mention before
 * the trigger) is not the actor. */
static bool possessor(const ev_scan *sc, const frame *f, const ds_sentence *s, uint32_t k,
                      uint32_t trig_at, uint32_t i)
{
    const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
    if (i >= s->first_token + s->ntokens || !tok_is(sc, i, "'s")) return false;
    if (k + 1 >= sc->actor.first[f->sentence + 1]) return false;
    const ds_actor_ref *n = &sc->doc->actor_refs.v[sc->actor.idx[k + 1]];
    return n->span.start < trig_at && n->span.start <= r->span.end + 40;
}

static bool tok_in_word(const char *w, const char *const *ws)
{
    for (; *ws; ws++)
        if (w[0] == (*ws)[0] && !strcmp(w, *ws)) return true; /* first byte first: most miss */
    return false;
}

/* The words before an actor mention at token at, from its back-th word
 * before (skipping up to two): "with" after a partnership noun ("in
 * coordination with", "jointly with", "in partnership with") or "the
 * support of", "support from", "the help of". */
static bool partner_phrase(const ev_scan *sc, const ds_sentence *s, uint32_t at, uint32_t back)
{
    static const char *const joint[] = {"coordination", "cooperation",   "conjunction",
                                        "partnership",  "collaboration", "concert",
                                        "together",     "jointly",       NULL};
    static const char *const help[] = {"support", "help", "backing", "assistance", NULL};
    static const char *const preps[] = {"with", "of", "from", NULL};
    /* up to two words between ("with the Federal Government of ...") */
    const char *w = word_before(sc, s, at, back);
    for (uint32_t skip = 0; skip < 2 && w && !tok_in_word(w, preps); skip++)
        w = word_before(sc, s, at, ++back);
    const char *w2 = word_before(sc, s, at, back + 1);
    if (!w || !w2 || !tok_in_word(w, preps)) return false;
    return tok_in_word(w2, strcmp(w, "with") ? help : joint);
}

/* Is actor mention r the subject of a verb trigger of f right after it
 * ("militants attacked")? */
static bool acts_next(const ev_scan *sc, const frame *f, const ds_actor_ref *r)
{
    static const char *const nouns[] = {"militants",  "fighters",    "gunmen",  "insurgents",
                                        "terrorists", "jihadists",   "members", "rebels",
                                        "guerrillas", "guerrilla",   "cadres",  "militiamen",
                                        "extremists", "separatists", "bandits", "forces",
                                        "troops",     "(",           ")",       NULL};
    WORD_SIG(nouns);
    for (uint32_t k = 0; k < f->ntrig; k++) {
        const ds_token *t = tok(sc, f->trig[k]);
        if (t->span.start < r->span.end || t->span.start > r->span.end + 40 ||
            !rule_at(sc, f->trig[k], R_VERB))
            continue;
        /* "Islamic State (IS) militants attacked": names and their nouns
         * between; "a Houthi drone struck": the actor's weapon */
        bool close = true;
        for (uint32_t i = f->trig[k];
             close && i-- > f->tok_start && tok(sc, i)->span.start >= r->span.end;)
            close = tok_in(sc, i, nouns) || (tok(sc, i)->flags & (DS_TOK_CAP | DS_TOK_UPPER)) ||
                    rule_at(sc, i, R_WEAPON);
        return close;
    }
    return false;
}

/* After a passive casualty verb, does the mention starting at token `at`
 * name who did it without "by": the subject of a "when" clause ("45
 * civilians were killed when soldiers went door to door") or the other
 * side of a fight ("were killed in an encounter with security forces")? */
static bool agent_after_passive(const ev_scan *sc, const ds_sentence *s, uint32_t at)
{
    static const char *const fights[] = {
        "encounter", "encounters", "clash",    "clashes",  "gunfight",   "gunfights", "firefight",
        "fighting",  "battle",     "shootout", "skirmish", "skirmishes", "fire",      NULL};
    WORD_SIG(fights);
    uint32_t w = at;
    while (w > s->first_token && w + 2 > at &&
           (tok_is(sc, w - 1, "the") || tok_is(sc, w - 1, "suspected")))
        w--;
    if (w == s->first_token) return false;
    if (tok_is(sc, w - 1, "when")) return true;
    if (!tok_is(sc, w - 1, "with")) return false;
    /* "in a fierce gunfight with", "in an exchange of fire with" */
    for (uint32_t k = 2; k <= 3 && w >= s->first_token + k; k++)
        if (tok_in(sc, w - k, fights)) return true;
    return false;
}

/* "was killed in a US airstrike": the state force named by a strike it made
 * (mention from token at to re, exclusive), after "in a", is the agent of
 * the passive before it. */
static bool state_strike(const ev_scan *sc, const ds_sentence *s, const ds_actor_ref *r,
                         uint32_t at, uint32_t re)
{
    static const char *const strikes[] = {"airstrike", "airstrikes",  "strike", "strikes",
                                          "raid",      "raids",       "drone",  "air",
                                          "shelling",  "bombardment", NULL};
    WORD_SIG(strikes);
    if (r->type != DS_ACTOR_STATE_FORCE || at < s->first_token + 2 || re <= at) return false;
    /* (and "were killed in US strikes": plural, no article) */
    if (!((tok_is(sc, at - 1, "a") || tok_is(sc, at - 1, "an")) && tok_is(sc, at - 2, "in")) &&
        !tok_is(sc, at - 1, "in"))
        return false;
    return tok_in(sc, re - 1, strikes) ||
           (re < s->first_token + s->ntokens && tok_in(sc, re, strikes));
}

/* "police said on Wednesday that officers had killed four gang members":
 * after the speaker's verb at v, its own men (or "they") are the subject
 * of the trigger at trig (up to eight words on). */
static bool own_men_acted(const ev_scan *sc, uint32_t v, uint32_t trig)
{
    static const char *const said[] = {"said", "says", "announced", "reported", NULL};
    WORD_SIG(said);
    static const char *const own[] = {"they",      "officers", "troops", "soldiers", "personnel",
                                      "policemen", "agents",   "its",    NULL};
    WORD_SIG(own);
    if (!tok_in(sc, v, said)) return false;
    for (uint32_t j = v + 1; j < trig && j <= v + 8; j++) {
        if (tok_punct(sc, j)) return false;
        if (!tok_in(sc, j, own)) continue;
        uint32_t k = j + 1;
        if (tok_is(sc, j, "its") && k < trig) k++; /* "its officers" */
        if (k < trig && (tok_is(sc, k, "had") || tok_is(sc, k, "have"))) k++;
        return k == trig;
    }
    return false;
}

/* The token after a generic head noun at i ("the Islamic State group, ..."). */
static uint32_t past_head(const ev_scan *sc, uint32_t i, uint32_t end)
{
    static const char *const heads[] = {"group",        "militants",    "fighters", "movement",
                                        "organization", "organisation", NULL};
    WORD_SIG(heads);
    return i < end && may_have_word(sc, i, i + 1, S_HEADS) && tok_in(sc, i, heads) ? i + 1 : i;
}

/* "Pakistan's military said 21 militants were killed in operations": a
 * state force or a group that reports a passive killing or attack it does
 * not ascribe to anyone speaks of its own act (ACLED codes it the actor).
 * re: token_at() of the mention's end. */
static bool passive_speaker(const ev_scan *sc, const ds_sentence *s, const ds_actor_ref *r,
                            uint32_t trig_at, uint32_t re)
{
    static const char *const say[] = {"said", "says", "reported", "announced", "stated", NULL};
    WORD_SIG(say);
    static const char *const be[] = {"was", "were", "been", "being", NULL};
    WORD_SIG(be);
    if (r->span.start >= trig_at ||
        (r->type != DS_ACTOR_STATE_FORCE && r->type != DS_ACTOR_ARMED_GROUP))
        return false;
    uint32_t end = s->first_token + s->ntokens, i = past_head(sc, re, end);
    if (i >= end || !tok_in(sc, i, say)) return false;
    uint32_t t = token_at(sc, s, trig_at);
    if (t <= s->first_token || !tok_in(sc, t - 1, be)) return false;
    /* "... were killed by the army": the agent is named */
    for (uint32_t k = t + 1; k < end && k < t + 4; k++)
        if (tok_is(sc, k, "by")) return false;
    return true;
}

/* Does mention r only speak about the event: "according to the army", "the
 * US Central Command said" after the event, "the European Union condemned
 * the attack"? Such a source, judge or mourner takes no part in it. (A
 * claimant before its event, "Al-Shabaab said it killed", does.) Here and
 * in the mention readers around, at and re (or last, i) are token_at() of
 * the mention's start and end: pick_actors() finds them once per mention. */
static bool bystander(const ev_scan *sc, const ds_sentence *s, const ds_actor_ref *r,
                      uint32_t trig_at, uint32_t at, uint32_t re)
{
    /* each answer true below needs one of the words of S_BYSTANDER in the
     * sentence */
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BYSTANDER)) return false;
    for (uint32_t back = 2; back <= 4 && at >= s->first_token + back; back++)
        if (tok_is(sc, at - back, "according") && tok_is(sc, at - back + 1, "to")) return true;
    /* '..., said local police officer Abdi Hassan': the speaker after his
     * verb, past the event */
    for (uint32_t back = 1; back <= 3 && r->span.start > trig_at && at >= s->first_token + back;
         back++)
        if (tok_in(sc, at - back, speech_verbs)) return true;
    static const char *const judge[] = {
        "condemned", "condemns",  "condemn",  "denounced", "denounces", "deplored", "deplores",
        "mourned",   "welcomed",  "welcomes", "urged",     "urges",     "called",   "calls",
        "expressed", "extends",   "extended", "offered",   "appalled",  "alarmed",  "outraged",
        "shocked",   "horrified", "saddened", "dismayed",  NULL};
    WORD_SIG(judge);
    /* ("The SSPDF informs the public that armed youth attacked ...") */
    static const char *const say[] = {"said",         "says",      "reported",  "told",
                                      "stated",       "announced", "confirmed", "spokesman",
                                      "spokesperson", "informs",   "informed",  "announces",
                                      "reports",      "confirms",  NULL};
    WORD_SIG(say);
    uint32_t i = re, end = s->first_token + s->ntokens;
    /* "(CENTCOM)", a head noun ("the Islamic State group has not") and an
     * adverb ("strongly condemns") between */
    if (i + 2 < end && tok_is(sc, i, "(") && tok_is(sc, i + 2, ")")) i += 3;
    i = past_head(sc, i, end);
    /* "The UN Human Rights Office is appalled by the attack": the body's
     * office (capitalised words past the mention) and a copula before a
     * judging participle */
    {
        uint32_t j = i;
        for (uint32_t k = 0; k < 3 && j < end && (tok(sc, j)->flags & DS_TOK_CAP) &&
                             (tok(sc, j)->flags & DS_TOK_WORD);
             k++)
            j++;
        if (j < end && (tok_is(sc, j, "is") || tok_is(sc, j, "was") || tok_is(sc, j, "are") ||
                        tok_is(sc, j, "were"))) {
            j++;
            if (j < end && tok_is(sc, j, "deeply")) j++;
            if (j < end && tok_in(sc, j, judge)) return true;
        }
    }
    while (i < end && (tok_is(sc, i, ")") || tok_is(sc, i, "strongly") || tok_is(sc, i, "firmly") ||
                       tok_is(sc, i, "also")))
        i++;
    while (i < end && (tok_is(sc, i, ")") || tok_is(sc, i, "strongly") || tok_is(sc, i, "firmly") ||
                       tok_is(sc, i, "also") || tok_is(sc, i, "deeply") ||
                       ((tok_is(sc, i, "is") || tok_is(sc, i, "was") || tok_is(sc, i, "are") ||
                         tok_is(sc, i, "were")) &&
                        i + 1 < end && tok_in(sc, i + 1, judge)) ||
                       (tok_is(sc, i, "is") && i + 2 < end && tok_is(sc, i + 1, "deeply"))))
        i++;
    /* "police and witnesses said": a fellow source between */
    if (i + 2 < end && tok_is(sc, i, "and") && tok_in(sc, i + 2, say)) i += 2;
    /* "has not (yet) commented on", "did not claim", "denied": no part either */
    static const char *const aux[] = {"has", "have", "had", "did", "does", "do", "yet", NULL};
    WORD_SIG(aux);
    static const char *const neg_only[] = {"commented", "comment", "responded", "respond",
                                           "claimed",   "claim",   NULL};
    WORD_SIG(neg_only);
    bool negated = false;
    for (uint32_t k = 0; k < 4 && i < end; k++, i++) {
        if (tok_is(sc, i, "not") || tok_is(sc, i, "n't") || tok_is(sc, i, "never"))
            negated = true;
        else if (!tok_in(sc, i, aux))
            break;
    }
    if (i >= end) return false;
    /* "..., the United Nations human rights office said": a source after
     * the event named by the body and its office, agency or spokesman (up
     * to three lower-case words before the verb) */
    if (r->span.start > trig_at) {
        uint32_t j = i;
        while (j < end && j < i + 3 && (tok(sc, j)->flags & DS_TOK_WORD) &&
               !(tok(sc, j)->flags & (DS_TOK_CAP | DS_TOK_UPPER)) && !tok_in(sc, j, say) &&
               !is_trigger(sc, j))
            j++;
        if (j > i && j < end && tok_in(sc, j, say)) return true;
    }
    /* "but Al-Shabaab frequently targets local officials": what the group
     * does in general, not a part in this event */
    static const char *const habit[] = {"often",     "frequently", "usually",  "regularly",
                                        "routinely", "typically",  "commonly", NULL};
    WORD_SIG(habit);
    if (tok_in(sc, i, habit)) return true;
    if (tok_in(sc, i, judge) || tok_is(sc, i, "denied") || tok_is(sc, i, "denies")) return true;
    /* "UNMISS also recorded clashes between communities", "the EU mission
     * heard about 60 shots": an observer (its "mission", "monitors" or
     * "team" between) */
    static const char *const observed[] = {"recorded",  "documented", "observed", "verified",
                                           "monitored", "heard",      "saw",      "noted",
                                           "counted",   NULL};
    WORD_SIG(observed);
    static const char *const watchers[] = {"mission", "monitors", "observers", "team", NULL};
    WORD_SIG(watchers);
    if (tok_in(sc, i, observed) ||
        (i + 1 < end && tok_in(sc, i, watchers) && tok_in(sc, i + 1, observed)))
        return true;
    if (negated && tok_in(sc, i, neg_only)) return true;
    if (!tok_in(sc, i, say)) return false;
    if (r->span.start > trig_at) return true;
    /* "Togolese officials reported that suspected JNIM fighters attacked":
     * the source of a clause that names its own actor ("the army said it
     * had killed" has none: the army acted; in "the military said 21
     * militants were killed" the one named is the victim: see
     * passive_speaker()) */
    if (passive_speaker(sc, s, r, trig_at, re)) return false;
    uint32_t from = tok(sc, i)->span.end, sent = (uint32_t)(s - sc->doc->sentences.v);
    for (uint32_t k = sc->actor.first[sent]; k < sc->actor.first[sent + 1]; k++) {
        const ds_actor_ref *o = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (o->span.start >= from && o->span.start < trig_at) return true;
    }
    return false;
}

/* "killing three of the attackers": a mention of the attacking side
 * itself, never its target. */
static bool attacker_side(const ev_scan *sc, const ds_sentence *s, uint32_t last)
{
    static const char *const heads[] = {"attackers", "assailants", "perpetrators", "raiders", NULL};
    WORD_SIG(heads);
    return last > s->first_token && tok_in(sc, last - 1, heads);
}

/* Is the mention at token `at` (after the frame's trigger) the means of a
 * one-sided attack, after "with" ("stormed the hotel with gunmen and a car
 * bomb")? Not a fight's other side ("clashed with gunmen", "exchanged fire
 * with militants"): "with" right after the trigger or its object "fire" is
 * that. */
static bool attacked_with(const ev_scan *sc, const frame *f, const ds_sentence *s, uint32_t at)
{
    uint32_t t = f->trig[0];
    for (uint32_t j = at; j-- > t + 1 && j + 7 > at;) {
        if (tok_punct(sc, j)) return false;
        if (!tok_is(sc, j, "with")) continue;
        return j > t + 2 && !tok_is(sc, j - 1, "fire") && !tok_is(sc, j - 1, "clashes") &&
               !tok_is(sc, j - 1, "clashed") && j > s->first_token;
    }
    return false;
}

/* "The Islamic State group, which carried out that bombing, has not
 * commented on Thursday's attack": the relative clause ties the group to
 * another event, and the sentence to none of its own doing. */
static bool behind_another(const ev_scan *sc, const ds_sentence *s, uint32_t re)
{
    static const char *const rel[] = {"which", "who", "that", NULL};
    WORD_SIG(rel);
    static const char *const did[] = {"carried", "claimed", "conducted", "was", "staged", NULL};
    WORD_SIG(did);
    static const char *const other[] = {"that", "the", "an", "a", "those", NULL};
    WORD_SIG(other);
    static const char *const past[] = {"earlier", "previous", "last", "prior", NULL};
    WORD_SIG(past);
    uint32_t end = s->first_token + s->ntokens;
    uint32_t i = past_head(sc, re, end);
    if (i + 4 >= end || !tok_is(sc, i, ",") || !tok_in(sc, i + 1, rel) || !tok_in(sc, i + 2, did))
        return false;
    uint32_t k = i + 3;
    if (tok_is(sc, k, "out") || tok_is(sc, k, "behind") || tok_is(sc, k, "responsible")) k++;
    if (tok_is(sc, k, "for")) k++;
    return k < end && (tok_is(sc, k, "that") || tok_is(sc, k, "those") ||
                       (tok_in(sc, k, other) && k + 1 < end && tok_in(sc, k + 1, past)));
}

/* Does the trigger at t strike a device ("hit an explosive device",
 * "struck a landmine", "ran over an IED", "stepped on a mine")? */
static bool ran_into_device(const ev_scan *sc, const ds_sentence *s, uint32_t t)
{
    static const char *const verbs[] = {"hit",     "struck",    "ran", "drove",
                                        "stepped", "triggered", NULL};
    WORD_SIG(verbs);
    static const char *const devices[] = {"device",    "devices", "mine", "mines",     "landmine",
                                          "landmines", "ied",     "ieds", "explosive", NULL};
    WORD_SIG(devices);
    if (!tok_in(sc, t, verbs)) return false;
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t k = t + 1; k < end && k <= t + 5; k++) {
        if (tok_punct(sc, k)) return false;
        if (tok_in(sc, k, devices)) return true;
    }
    return false;
}

/* Is mention r joined to the actor mention a before it as a partner ("X
 * and Y attacked", "X, Y and Z", "X/Y", "X with Y", "X alongside Y"), not the
 * object of a verb between them ("troops engaged the militants' location
 * and six militants were killed")? */
/* Does the text t[0..n) before a group's name say that the men named
 * before it belong to that group ("Armed men suspected to be members of
 * JNIM", "insurgents linked to the Islamic State", "gunmen loyal to the
 * RSF")? */
static bool belongs_to(const char *t, size_t n)
{
    if (n >= 4 && !strncasecmp(t + n - 4, "the ", 4)) n -= 4;
    static const char *const part[] = {
        "members of ",      "member of ",      "fighters of ",
        "elements of ",     "militants of ",   "linked to ",
        "linked with ",     "affiliated to ",  "affiliated with ",
        "loyal to ",        "belonging to ",   "belong to ", /* "believed to belong to" */
        "associated with ", "tied to ",        "aligned with ",
        "connected to ",    "connected with ", NULL};
    for (const char *const *w = part; *w; w++) {
        size_t m = strlen(*w);
        if (n >= m && !strncasecmp(t + n - m, *w, m) && (n == m || t[n - m - 1] == ' '))
            return true;
    }
    return false;
}

static bool joined_to(const ev_scan *sc, const ds_actor_ref *a, const ds_actor_ref *r)
{
    /* "Rwandan and Mozambican security forces": one mention, two actors */
    if (r->span.start == a->span.start) return true;
    if (r->span.start < a->span.end || r->span.start - a->span.end > 80) return false;
    const char *t = sc->doc->text + a->span.end;
    size_t n = r->span.start - a->span.end;
    if (memchr(t, '.', n) || memchr(t, ';', n)) return false;
    if (belongs_to(t, n)) return true;
    return memchr(t, ',', n) || memchr(t, '/', n) || ds_find_word(t, n, "and") ||
           ds_find_word(t, n, "with") || ds_find_word(t, n, "alongside") ||
           ds_find_word(t, n, "backed") || ds_find_word(t, n, "including");
}

/* Is mention r joined to mention a by "and" alone, close after it ("al-Shabaab
 * suicide bombers and gunmen")? */
static bool agents_joined(const ev_scan *sc, const ds_actor_ref *a, const ds_actor_ref *r)
{
    if (!a || r->span.start <= a->span.end || r->span.start - a->span.end > 40) return false;
    const char *t = sc->doc->text + a->span.end;
    size_t n = r->span.start - a->span.end;
    return ds_find_word(t, n, "and") && !memchr(t, ',', n) && !memchr(t, ';', n);
}

/* Does a clause end between offsets a and b of sentence s: a ";", or a
 * report's verb ("..., and officials said 20 fighters were killed"; not
 * the list "four soldiers, two officers, and four assailants")? */
static bool clause_between(const ev_scan *sc, const ds_sentence *s, uint32_t a, uint32_t b)
{
    static const char *const told[] = {"said",   "says",  "reported",  "claimed",
                                       "stated", "added", "confirmed", NULL};
    WORD_SIG(told);
    uint32_t i = token_at(sc, s, a), end = s->first_token + s->ntokens;
    for (; i < end && tok(sc, i)->span.start < b; i++)
        if (tok_is(sc, i, ";") || tok_in(sc, i, told)) return true;
    return false;
}

/* "civilians it accused of collaborating with the army": the side named
 * after "collaborating/cooperating/working with" (token at, "the" skipped)
 * is whom the victims were linked to, not a side of the event; so is the
 * one after "accused of supporting", "suspected of aiding" ("detained 12
 * villagers accused of supporting the PDF"). */
static bool linked_with(const ev_scan *sc, const ds_sentence *s, uint32_t at)
{
    static const char *const backing[] = {"supporting", "aiding",     "helping",
                                          "sheltering", "harbouring", "harboring",
                                          "financing",  "funding",    NULL};
    WORD_SIG(backing);
    {
        uint32_t v = at;
        if (v > s->first_token && tok_is(sc, v - 1, "the")) v--;
        if (v >= s->first_token + 3 && tok_in(sc, v - 1, backing) && tok_is(sc, v - 2, "of") &&
            (tok_is(sc, v - 3, "accused") || tok_is(sc, v - 3, "suspected")))
            return true;
    }
    static const char *const links[] = {
        "collaborating", "collaborated", "cooperating", "cooperated", "colluding",
        "colluded",      "working",      "worked",      "links",      "ties",
        "contacts",      "dealings",     NULL};
    WORD_SIG(links);
    uint32_t w = at;
    if (w > s->first_token && tok_is(sc, w - 1, "the")) w--;
    return w >= s->first_token + 2 && tok_is(sc, w - 1, "with") && tok_in(sc, w - 2, links);
}

/* "after the Moura massacre in March 2022, when FAMa and Wagner killed
 * around 500 people": an event noun that a later clause tells, whose
 * subject (the mentions right before its verb, "X and Y") acted; actor1
 * the first of them, the other an associate. */
static void subject_of_later_verb(ev_scan *sc, const frame *f, cand *c)
{
    if (f->ntrig < 2 || !rule_at(sc, f->trig[0], R_NOUN) || rule_at(sc, f->trig[0], R_VERB)) return;
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[f->sentence];
    /* (not "X carried out a rocket attack on army posts ... as the army
     * posts returned fire": the noun is the object of its actor's
     * verb) */
    static const char *const light[] = {"out",     "conducted", "launched", "staged",
                                        "mounted", "claimed",   "led",      NULL};
    WORD_SIG(light);
    for (uint32_t k = 1; k <= 3 && f->trig[0] >= s->first_token + k; k++)
        if (tok_in(sc, f->trig[0] - k, light)) return;
    const sent_index *si = &sc->actor;
    for (uint32_t q = 1; q < f->ntrig; q++) {
        uint32_t v = f->trig[q];
        const ds_token *vt = tok(sc, v);
        /* (in the noun's clause: not "a car-ramming attack ... injured four
         * people; police shot the driver") */
        bool cut = false;
        for (uint32_t i = f->trig[0] + 1; i < v && !cut; i++) cut = tok_is(sc, i, ";");
        if (cut) return;
        /* a verb in the past: "killed", "attacked" (not "the killing") */
        if (!(rule_at(sc, v, R_VERB) || (rule_at(sc, v, R_DEATH) && vt->norm_len > 2 &&
                                         !strcmp(vt->norm + vt->norm_len - 2, "ed"))))
            continue;
        const ds_actor_ref *adj = NULL, *first = NULL;
        for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
            const ds_actor_ref *r = &doc->actor_refs.v[si->idx[k]];
            if (r->span.end > vt->span.start) break;
            /* (or a lower-case plural head between: "VDP militiamen
             * killed"; not a passive's "two terrorists were killed") */
            uint32_t re = token_at(sc, s, r->span.end);
            const ds_token *h = tok(sc, re);
            if (re == v || (re + 1 == v && (h->flags & DS_TOK_WORD) && !(h->flags & DS_TOK_CAP) &&
                            (is_plural_noun(h) ||
                             (h->norm_len > 3 && !strcmp(h->norm + h->norm_len - 3, "men"))) &&
                            !tok_is(sc, re, "were")))
                adj = r;
        }
        if (!adj) continue;
        /* "FAMa and Wagner": the mention before "and" right before it */
        uint32_t at = token_at(sc, s, adj->span.start);
        for (uint32_t k = si->first[f->sentence];
             at > s->first_token + 1 && tok_is(sc, at - 1, "and") && k < si->first[f->sentence + 1];
             k++) {
            const ds_actor_ref *r = &doc->actor_refs.v[si->idx[k]];
            if (r != adj && token_at(sc, s, r->span.end) + 1 == at) first = r;
        }
        const ds_actor_ref *lead = first ? first : adj;
        if (c->actor2 == lead || c->actor2 == adj) c->actor2 = NULL;
        c->actor1 = lead;
        c->later_subject = true;
        c->nassoc = 0;
        if (first) c->assoc[c->nassoc++] = adj;
        return;
    }
}

/* Is "they" at i the speakers of a verb of speech at most four words
 * before it ("collectives said on Wednesday they had found")? */
static bool speakers_they(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    for (uint32_t k = 1; k <= 4 && i >= s->first_token + k && !tok_punct(sc, i - k); k++)
        if (tok_is(sc, i - k, "said") || tok_is(sc, i - k, "say") || tok_is(sc, i - k, "told") ||
            tok_is(sc, i - k, "reported"))
            return true;
    return false;
}

static void pick_actors(ev_scan *sc, const frame *f, cand *c)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[f->sentence];
    const sent_index *si = &sc->actor;
    uint32_t trig_at = tok(sc, f->trig[0])->span.start;
    static const char *const aux[] = {"was", "were", "been", "being", "is", "are", NULL};
    WORD_SIG(aux);
    bool passive = f->trig[0] > s->first_token && tok_in(sc, f->trig[0] - 1, aux);
    /* "five were martyred and two others injured": a casualty word after
     * "and" shares the passive of the clause before it */
    /* (only a casualty trigger can share it: asked once, before the look-back) */
    if (!passive && (rule_at(sc, f->trig[0], R_DEATH) || rule_at(sc, f->trig[0], R_INJURY)))
        for (uint32_t i = f->trig[0]; !passive && i-- > s->first_token && i + 8 > f->trig[0];)
            if ((rule_at(sc, i, R_DEATH) || rule_at(sc, i, R_INJURY)) && i > s->first_token &&
                tok_in(sc, i - 1, aux))
                passive = true;
    const ds_actor_ref *before_frame = NULL;
    /* "After the Taliban returned to power, ...": no side of the event */
    uint32_t scene_end = scene_clause_end(sc, f);
    const uint32_t scene_to = scene_end > f->tok_start ? tok(sc, scene_end)->span.start : 0;
    const bool by_sentence = may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_BY);
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_actor_ref *r = &doc->actor_refs.v[si->idx[k]];
        if (r->span.start < scene_to && r->span.start >= f->text_start) continue;
        /* "ISWAP terrorists": the generic noun after a name is that actor */
        if (r->generic && k > si->first[f->sentence] &&
            doc->actor_refs.v[si->idx[k - 1]].span.end + 1 >= r->span.start &&
            !strncmp(ref_name(sc, r), "Unidentified", 12))
            continue;
        /* the mention's first token and the token after it, found once */
        uint32_t at = token_at(sc, s, r->span.start), re = token_at_from(sc, s, at, r->span.end);
        if (bystander(sc, s, r, trig_at, at, re) || behind_another(sc, s, re)) continue;
        if (r->span.start > trig_at && linked_with(sc, s, at)) continue;
        /* "Togolese officials said on June 9 that an IED killed two
         * soldiers": a government that speaks is the report's source */
        /* (not "declared a curfew", "announced a ban": acts of its own) */
        static const char *const speaks[] = {"said", "says",      "stated", "reported",
                                             "told", "confirmed", "added",  NULL};
        WORD_SIG(speaks);
        if (r->type == DS_ACTOR_GOVERNMENT && r->span.end <= trig_at &&
            re < s->first_token + s->ntokens && tok(sc, re)->span.start < trig_at &&
            tok_in(sc, re, speaks))
            continue;
        /* "The Houthis said five of their fighters were killed": a side
         * that tells of its own dead lost them, it did not kill them */
        if (r->type == DS_ACTOR_ARMED_GROUP && r->span.end <= trig_at &&
            re + 3 < s->first_token + s->ntokens && tok(sc, re)->span.start < trig_at &&
            (tok_is(sc, re, "said") || tok_is(sc, re, "says"))) {
            bool own = false;
            for (uint32_t q = re + 1; q + 1 < s->first_token + s->ntokens && q <= re + 5 && !own;
                 q++)
                own = (tok_is(sc, q, "their") || tok_is(sc, q, "its")) &&
                      (tok_is(sc, q + 2, "were") || tok_is(sc, q + 2, "was")) &&
                      q + 3 < s->first_token + s->ntokens &&
                      (rule_at(sc, q + 3, R_DEATH) || rule_at(sc, q + 3, R_INJURY));
            if (own) {
                if (!c->actor2) c->actor2 = r;
                continue;
            }
        }
        /* "The group was founded by NAME, who served as its emir until his
         * death in a drone strike": the trigger tells of the person the
         * relative clause is about, not of the sentence's subject */
        if (r->span.end < trig_at &&
            ds_find_ci(doc->text + r->span.end, trig_at - r->span.end, ", who "))
            continue;
        const char *w1 = word_before(sc, s, at, 1);
        /* "by X", "by the X", "by the paramilitary X" */
        static const char *const mods[] = {
            "the",       "a",         "an",        "paramilitary", "militant", "rebel",
            "armed",     "jihadist",  "islamist",  "banned",       "outlawed", "rival",
            "extremist", "terrorist", "insurgent", "suspected",    "alleged",  NULL};
        WORD_SIG(mods);
        uint32_t by_back = 0; /* words from the mention back to "by" */
        /* (both look-backs end on "by": a sentence without it skips them);
         * "by the armed group 3R": a kind word before the name is a
         * modifier too */
        uint32_t nmods = 0; /* modifiers right before the mention */
        for (uint32_t back = 1; by_sentence && back <= 4 && !by_back && at >= s->first_token + back;
             back++) {
            if (tok_is(sc, at - back, "by"))
                by_back = back;
            else if (tok_in(sc, at - back, mods) ||
                     (tok(sc, at - back)->norm_len == 5 && tok_is(sc, at - back, "group")))
                nmods = back;
            else
                break;
        }
        /* "perpetrated by elements of the Allied Democratic Forces", "carried
         * out on 19 May by elements of the armed group 3R" */
        if (by_sentence && !by_back) {
            /* (and "attacked by narcoterrorist remnants of Shining Path": a
             * lower-case word before the part) */
            static const char *const part[] = {"elements",   "members",     "fighters", "militants",
                                               "units",      "operatives",  "cells",    "remnants",
                                               "dissidents", "detachments", NULL};
            WORD_SIG(part);
            uint32_t b = nmods + 1;
            if (at >= s->first_token + b + 2 && tok_is(sc, at - b, "of") &&
                tok_in(sc, at - b - 1, part)) {
                if (tok_is(sc, at - b - 2, "by"))
                    by_back = b + 2;
                else if (at >= s->first_token + b + 3 && tok_is(sc, at - b - 3, "by") &&
                         (tok(sc, at - b - 2)->flags & DS_TOK_WORD) &&
                         !(tok(sc, at - b - 2)->flags & DS_TOK_CAP))
                    by_back = b + 3;
            }
        }
        bool by = by_back != 0;
        /* "killing five people before being shot dead by police": who ended
         * the attack, not who made it */
        bool being = false;
        for (uint32_t back = by_back + 1;
             by && back <= by_back + 3 && !being && at >= s->first_token + back; back++)
            being = tok_is(sc, at - back, "being");
        if (being) continue;
        /* the verb before "by" (with at most one word between "by" and the
         * mention): "repelled by troops", "backed by clan militias" */
        const char *verb = by_back && by_back <= 2 ? word_before(sc, s, at, by_back + 1) : NULL;
        /* "destroyed two vehicles used by the militants", "a checkpoint
         * manned by soldiers": whose the thing is, no agent of the event */
        static const char *const owned[] = {"used",       "owned",    "held",    "manned",
                                            "controlled", "occupied", "guarded", NULL};
        if (verb && tok_in_word(verb, owned)) by = false;
        /* "fled to X", not "fighters linked to X" */
        bool to = at > s->first_token && tok_is(sc, at - 1, "to") &&
                  !(r->span.start > s->span.start + 1 &&
                    belongs_to(doc->text + s->span.start, r->span.start - s->span.start));
        bool civil = r->type == DS_ACTOR_CIVILIANS || r->type == DS_ACTOR_PROTESTERS;
        /* the crowd is the subject of the violent verb ("protesters stormed
         * the offices"), not of a verb before a noun ("protesters marched
         * against the raid") */
        if (r->type == DS_ACTOR_PROTESTERS && r->span.start < trig_at && !passive &&
            in_frame(f, r->span) && rule_at(sc, f->trig[0], R_VERB) && re + 10 >= f->trig[0])
            c->protesters_act = true;
        /* an outlet named as the channel of a claim ("claimed it through
         * az-Zallaqa", "on its Amaq agency") takes no part in the event */
        static const char *const via[] = {"through", "via", "on", "in", "by", "its", "from", NULL};
        if (r->type == DS_ACTOR_MEDIA && w1) {
            bool channel = false;
            for (const char *const *v = via; *v && !channel; v++) channel = !strcmp(w1, *v);
            if (channel) continue;
        }
        if (!in_frame(f, r->span)) {
            if (r->span.start < f->text_start && r->span.start < sc->sent_first_trig && !civil &&
                !before_frame)
                before_frame = r;
            if (by && !c->attributed && r->span.start > f->text_start) c->attributed = r;
            continue;
        }
        /* "attacked a base but were repelled by troops": the defender */
        static const char *const repel[] = {"repelled", "repulsed", "foiled",      "thwarted",
                                            "defeated", "routed",   "overpowered", NULL};
        if (verb && tok_in_word(verb, repel)) {
            if (!c->actor2 || c->actor2->type == DS_ACTOR_ARMED_GROUP) c->actor2 = r;
            continue;
        }
        /* "troops backed by clan militias", "supported by ATMIS helicopters":
         * an ally of the side named before, not the perpetrator */
        static const char *const allied[] = {"backed",      "supported",  "assisted", "aided",
                                             "accompanied", "reinforced", NULL};
        bool ally = verb && r->span.start < trig_at && tok_in_word(verb, allied);
        /* "fought alongside the KIA": on the same side, before or after */
        if (!ally && w1)
            ally = tok_is(sc, at - 1, "alongside") ||
                   (at >= s->first_token + 2 && tok_is(sc, at - 1, "the") &&
                    tok_is(sc, at - 2, "alongside"));
        /* "3R combatants fighting under the CPC banner opened fire ...":
         * the banner a side fights under is its ally */
        if (!ally && r->span.start < trig_at && w1) {
            const char *w2 = word_before(sc, s, at, 2);
            /* (w1, w2: the norms of the tokens before `at`) */
            ally = tok_is(sc, at - 1, "under") ||
                   (w2 && tok_is(sc, at - 1, "the") && tok_is(sc, at - 2, "under"));
            /* "In coordination with the Federal Government of Somalia, US
             * forces conducted an airstrike", "with the support of the
             * army, militiamen attacked": a partner, not the one who acts */
            if (!ally && w2) ally = partner_phrase(sc, s, at, tok_is(sc, at - 1, "the") ? 2 : 1);
        }
        if (ally && (r->type == DS_ACTOR_ARMED_GROUP || r->type == DS_ACTOR_STATE_FORCE ||
                     r->type == DS_ACTOR_INTERNATIONAL || r->type == DS_ACTOR_GOVERNMENT)) {
            if (c->nassoc < 4 && (!c->actor1 || r->actor != c->actor1->actor))
                c->assoc[c->nassoc++] = r;
            continue;
        }
        /* "attacked a restaurant with a suicide bomber and gunmen": the
         * attackers' own means, not their target */
        if (r->span.start > trig_at && r->generic && r->type == DS_ACTOR_ARMED_GROUP &&
            attacked_with(sc, f, s, at))
            continue;
        if (by && !civil) {
            c->attributed = r;
            /* "insurgents led by HTS": the group the fighters belong to */
            static const char *const lead[] = {"led", "headed", "commanded", "spearheaded", NULL};
            c->led_by = verb && tok_in_word(verb, lead);
            continue;
        }
        if (passive && !c->actor1 && passive_speaker(sc, s, r, trig_at, re)) {
            c->actor1 = r;
        } else if (r->span.start < trig_at &&
                   (passive || counted_victims(sc, f, r, re) ||
                    /* "a FAMa unit stationed in Ber was the target of a
                     * complex attack": the unit was attacked */
                    (r->span.end < trig_at &&
                     ds_find_ci(doc->text + r->span.end, trig_at - r->span.end,
                                " the target of ")))) {
            if (!c->actor2) {
                c->actor2 = r;
            } else if (passive && c->actor2->actor != r->actor &&
                       clause_between(sc, s, c->actor2->span.end, r->span.start)) {
                /* "Ethiopian troops conducted an operation near X; 20
                 * al-Shabaab fighters were killed": the passive's subject is
                 * the victim, the earlier clause's subject the one who acted */
                const ds_actor_ref *first = c->actor2;
                c->actor2 = r;
                if (!c->actor1 &&
                    (first->type == DS_ACTOR_STATE_FORCE || first->type == DS_ACTOR_ARMED_GROUP))
                    c->actor1 = first;
            }
        } else if (r->span.start < trig_at && !civil && !to &&
                   !possessor(sc, f, s, k, trig_at, re)) {
            /* "He then turned on two municipal police officers who tried to
             * subdue him, wounding both": a sentence whose subject is "he"
             * or "she" (the attacker told before) names its targets */
            if (at > s->first_token &&
                (tok_is(sc, s->first_token, "he") || tok_is(sc, s->first_token, "she"))) {
                if (!c->actor2) c->actor2 = r;
                continue;
            }
            if (!c->actor1) {
                c->actor1 = r;
            } else if (c->nassoc < 4 && r->actor != c->actor1->actor &&
                       joined_to(sc, c->nassoc ? c->assoc[c->nassoc - 1] : c->actor1, r)) {
                c->assoc[c->nassoc++] = r;
            }
        } else if (r->span.start >= trig_at && passive && !c->actor1 && !civil &&
                   (!c->actor2 || r->actor != c->actor2->actor) &&
                   (acts_next(sc, f, r) || agent_after_passive(sc, s, at) ||
                    state_strike(sc, s, r, at, re))) {
            /* "were killed when militants attacked their post", "four
             * civilians were killed when a Houthi drone struck a market",
             * "were killed in an encounter with security forces" */
            c->actor1 = r;
            c->agent_clause = true;
        } else if (r->span.start >= trig_at && c->agent_clause && r->generic &&
                   agents_joined(sc, c->actor1, r)) {
            /* "were killed when al-Shabaab suicide bombers and gunmen
             * attacked": the agent's own men, no other side */
        } else if (r->span.start >= trig_at && !c->actor2 &&
                   (!c->actor1 || r->actor != c->actor1->actor) && !attacker_side(sc, s, re) &&
                   !(r->type == DS_ACTOR_STATE_FORCE && accused_of(sc, f->tok_start, at))) {
            /* "The attack took place on 7 July when militants drove a car
             * bomb into an army checkpoint": the subject of the clause
             * that tells the event noun is who acted */
            if (!c->actor1 && !passive && w1 && !strcmp(w1, "when") &&
                rule_at(sc, f->trig[0], R_NOUN) && !rule_at(sc, f->trig[0], R_VERB)) {
                c->actor1 = r;
                continue;
            }
            c->actor2 = r;
            /* "where Fano fighters briefly entered the town": the mention,
             * its men and an adverb, then a verb in the past */
            uint32_t v = re;
            while (v < s->first_token + s->ntokens && v < re + 3 &&
                   (tok_is(sc, v, "fighters") || tok_is(sc, v, "militiamen") ||
                    tok_is(sc, v, "militants") || tok_is(sc, v, "members") ||
                    (tok(sc, v)->norm_len > 4 &&
                     !memcmp(tok(sc, v)->norm + tok(sc, v)->norm_len - 2, "ly", 2))))
                v++;
            c->actor2_acts = v > re && v < s->first_token + s->ntokens &&
                             tok(sc, v)->norm_len > 4 && !(tok(sc, v)->flags & DS_TOK_CAP) &&
                             !memcmp(tok(sc, v)->norm + tok(sc, v)->norm_len - 2, "ed", 2);
        } else if (r->span.start >= trig_at && c->actor2 && !r->generic &&
                   r->type == DS_ACTOR_ARMED_GROUP && c->actor2->type == DS_ACTOR_ARMED_GROUP &&
                   c->actor2->generic && (!c->actor1 || r->actor != c->actor1->actor) &&
                   ds_facts_unnamed(ref_name(sc, c->actor2)) && !attacker_side(sc, s, re)) {
            /* "killed 12 militants in an air strike on an ISWAP hideout":
             * the group named later is who the unnamed fighters were */
            c->actor2 = r;
        }
    }
    /* "the KIA and the military clashed near Bhamo", "X and Y exchanged
     * fire": the joined subjects of a verb that takes two sides are the two
     * sides, not allies (who fight "with" or "against" a third) */
    static const char *const mutual[] = {"clashed", "fought",     "exchanged", "traded",
                                         "battled", "skirmished", NULL};
    WORD_SIG(mutual);
    if (c->actor1 && !c->actor2 && c->nassoc == 1 && c->assoc[0]->span.start < trig_at &&
        tok_in(sc, f->trig[0], mutual)) {
        bool third = false;
        for (uint32_t k = f->trig[0] + 1; k < f->tok_end && k <= f->trig[0] + 2 && !third; k++)
            third = tok_is(sc, k, "with") || tok_is(sc, k, "against");
        if (!third) {
            c->actor2 = c->assoc[0];
            c->nassoc = 0;
        }
    }
    /* "a FAMa reconnaissance mission hit an explosive device", "a convoy
     * ran over a landmine": the subject is the one the device struck, the
     * one who planted it unknown */
    if (c->actor1 && !c->actor2 && c->actor1->span.start < trig_at &&
        (c->actor1->type == DS_ACTOR_STATE_FORCE || c->actor1->type == DS_ACTOR_INTERNATIONAL ||
         c->actor1->type == DS_ACTOR_CIVILIANS) &&
        ran_into_device(sc, s, f->trig[0])) {
        c->actor2 = c->actor1;
        c->actor1 = NULL;
    }
    /* "clashes between the Malian army and JNIM", "fighting broke out
     * between X and Y": the two sides, in order */
    static const char *const happen[] = {"broke", "out",      "erupted",   "took",
                                         "place", "occurred", "continued", NULL};
    WORD_SIG(happen);
    uint32_t bw = f->trig[0] + 1;
    /* (the test needs "between" at a token from bw to the frame's end, the
     * token after the frame included: it may be past the sentence) */
    const bool between =
        may_have_word(sc, bw, f->tok_end, S_BETWEEN) || tok_is(sc, f->tok_end, "between");
    while (between && bw < f->tok_end && bw < f->trig[0] + 4 && tok_in(sc, bw, happen)) bw++;
    /* "clashes broke out near X village (X township, Shan-North state)
     * between the military and the KIA": a place between, no side */
    if (between && !tok_is(sc, bw, "between") && bw > f->trig[0] + 1 &&
        (tok_is(sc, bw, "near") || tok_is(sc, bw, "in") || tok_is(sc, bw, "at"))) {
        uint32_t j = bw + 1;
        while (j < f->tok_end && j < bw + 24 && !tok_is(sc, j, "between") && !is_trigger(sc, j) &&
               !tok_is(sc, j, "and"))
            j++;
        if (tok_is(sc, j, "between")) bw = j;
    }
    if (between && tok_is(sc, bw, "between") && !c->attributed) {
        const uint32_t sides_from = tok(sc, bw)->span.start; /* no side before "between" */
        const ds_actor_ref *side[2] = {NULL, NULL};
        for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1] && !side[1]; k++) {
            const ds_actor_ref *r = &doc->actor_refs.v[si->idx[k]];
            if (r->span.start <= trig_at || r->span.start < sides_from || !in_frame(f, r->span))
                continue;
            if (!side[0])
                side[0] = r;
            else if (r->actor != side[0]->actor)
                side[1] = r;
        }
        if (side[1]) {
            c->actor1 = side[0];
            c->actor2 = side[1];
        } else if (side[0] && (!c->actor1 || c->actor1 == side[0])) {
            /* "between the military and a local militia": the one named */
            c->actor1 = side[0];
            if (c->actor2 == side[0]) c->actor2 = NULL;
        }
    }
    subject_of_later_verb(sc, f, c);
    if (c->attributed) {
        if (c->actor1 && c->actor1 != c->attributed && !c->actor2 && !c->led_by)
            c->actor2 = c->actor1;
        c->actor1 = c->attributed;
    }
    /* (not across a semicolon: "Gunmen kill mayor's bodyguards; bodies
     * found in clandestine grave" tells two happenings) */
    if (!c->actor1 && before_frame && f->tok_start > s->first_token) {
        bool cut = false;
        for (uint32_t i = token_at(sc, s, before_frame->span.end); i < f->tok_start && !cut; i++)
            cut = tok_is(sc, i, ";");
        if (!cut) c->actor1 = before_frame;
    }
    /* "Armed men suspected to be members of JNIM killed ...", "Gunmen
     * believed to belong to the CODECO militia": the gunmen are the group
     * named as what they are believed to be */
    if (c->actor1 && c->nassoc && !strncmp(ref_name(sc, c->actor1), "Unidentified", 12)) {
        for (uint32_t k = 0; k < c->nassoc; k++) {
            const ds_actor_ref *r = c->assoc[k];
            uint32_t at = token_at(sc, s, r->span.start), be = DS_NONE;
            for (uint32_t b = 1; b <= 5 && at >= s->first_token + b && be == DS_NONE; b++)
                if ((tok_is(sc, at - b, "be") || tok_is(sc, at - b, "belong")) &&
                    at - b > s->first_token && tok_is(sc, at - b - 1, "to"))
                    be = at - b - 1;
            if (r->span.start <= c->actor1->span.end) continue;
            /* "insurgents linked to the Islamic State": right after them */
            uint32_t gap = r->span.start - c->actor1->span.end;
            bool linked = gap <= 24 && belongs_to(sc->doc->text + c->actor1->span.end, gap);
            /* "armed men identified by residents as members of CODECO" */
            bool identified = false;
            for (uint32_t b = 1;
                 !linked && be == DS_NONE && b <= 4 && at >= s->first_token + b && !identified;
                 b++) {
                if (!tok_is(sc, at - b, "as")) continue;
                for (uint32_t v = 1; v <= 4 && at - b >= s->first_token + v && !identified; v++)
                    identified =
                        tok_is(sc, at - b - v, "identified") || tok_is(sc, at - b - v, "described");
            }
            if (!linked && !identified) {
                if (be == DS_NONE || be <= s->first_token) continue;
                static const char *const believed[] = {
                    "suspected", "believed", "thought", "presumed", "said", "alleged", NULL};
                WORD_SIG(believed);
                if (!tok_in(sc, be - 1, believed)) continue;
            }
            c->assoc[k] = c->assoc[--c->nassoc];
            c->actor1 = r;
            break;
        }
    }
    if (!c->actor1 && sc->main_actor) {
        /* "Its deadliest attacks", "the group attacked": the document's subject */
        static const char *const pron[] = {"its", "it", "group", "group's", "they", "their", NULL};
        WORD_SIG(pron);
        /* "who served as its emir until his death in a drone strike", "Its
         * military commander ... was killed": the group lost its leader */
        static const char *const heads[] = {
            "emir",  "amir", "leader",    "leaders",  "commander",  "founder", "deputy",
            "chief", "wali", "spokesman", "military", "commanders", NULL};
        WORD_SIG(heads);
        /* "who led the group until he was arrested": the group an object */
        static const char *const objects[] = {"led",  "headed", "joined", "founded",
                                              "left", "of",     NULL};
        WORD_SIG(objects);
        /* "..., who served as its emir until his death in a drone strike":
         * the strike that killed a person the sentence is about */
        bool his_death = false;
        for (uint32_t i = s->first_token; i + 1 <= f->trig[0] && !his_death; i++)
            his_death =
                (tok_is(sc, i, "his") || tok_is(sc, i, "her")) && tok_is(sc, i + 1, "death");
        for (uint32_t i = s->first_token; i < f->trig[0] && !his_death; i++)
            if (tok_in(sc, i, pron) &&
                /* "the group", not "No group claimed the killing" */
                (!(tok_is(sc, i, "group") || tok_is(sc, i, "group's")) ||
                 (i > s->first_token && tok_is(sc, i - 1, "the"))) &&
                /* "the army said it had killed": the army's "it" ("security
                 * forces said they had killed": theirs) */
                !((tok_is(sc, i, "it") || tok_is(sc, i, "they")) && i >= s->first_token + 2 &&
                  (rule_at(sc, i - 2, R_SECURITY) ||
                   (i >= s->first_token + 3 && rule_at(sc, i - 3, R_SECURITY)))) &&
                !((tok_is(sc, i, "its") || tok_is(sc, i, "their")) && tok_in(sc, i + 1, heads)) &&
                !(tok_is(sc, i, "group") && i >= s->first_token + 2 &&
                  tok_in(sc, i - 2, objects))) {
                c->actor1 = sc->main_actor;
                break;
            }
    }
    /* "Armed men killed four farmers in Kwall. On Thursday, they returned
     * and burned 30 houses": the subject pronoun of the clause before the
     * trigger points to who acted in the event just told */
    if (!c->actor1 && sc->last_event != DS_NONE && sc->last_event >= sc->first_event &&
        sc->last_sentence + 2 >= f->sentence && f->trig[0] > s->first_token)
        for (uint32_t i = f->trig[0]; i-- > s->first_token && i + 8 >= f->trig[0];) {
            /* (also "On Sunday, the same group set fire to a school"; not
             * "search collectives said on Wednesday they had found": the
             * speakers) */
            if ((tok_is(sc, i, "they") && !speakers_they(sc, s, i)) ||
                (tok_is(sc, i, "same") && i > s->first_token && tok_is(sc, i - 1, "the"))) {
                c->they = true;
                break;
            }
            if (tok_punct(sc, i)) break;
        }
}

/* "killed a senior commander and two of his aides": the role of the
 * casualty verb whose object (a noun phrase of at most five words without
 * a figure: none ends after prev_end, the end of the sentence's last one)
 * ends right before the "and" at j; 0 when there is none. */
static char shared_verb(ev_scan *sc, const ds_sentence *s, uint32_t j, uint32_t prev_end)
{
    /* (up to ten words: "killing a commander of the Islamic Revolutionary
     * Guard Corps and two other people") */
    for (uint32_t k = 1; k <= 10 && j >= s->first_token + k; k++) {
        uint32_t i = j - k;
        if (tok(sc, i)->span.start < prev_end) break;
        if (k > 1 && rule_at(sc, i, R_DEATH)) return 'd';
        if (k > 1 && rule_at(sc, i, R_INJURY)) return 'i';
        if (tok_punct(sc, i) || (tok(sc, i)->flags & DS_TOK_NUMBER) || is_trigger(sc, i)) break;
    }
    return 0;
}

/* The casualty role of a quantity: 'd' death, 'i' injury, 'o' none for sure
 * (it counts things, or its own verb is another fate: "abducted 9 traders"),
 * 0 none found. Looks to
 * the right ("five civilians were killed") then to the left ("killing 94"),
 * carrying the role across "and"/"," from the previous quantity
 * ("13 Americans and at least 169 Afghans"). Here and in the figure readers
 * below, qa and qe are token_at() of the figure's start and end (casualties()
 * finds them once per figure). */
/* The bytes inside parentheses in the text [a, b): "One guard (Acting
 * Deputy Warden Tariq Aziz) and three gunmen" are as close
 * as "One guard and three gunmen". */
static uint32_t paren_bytes(const ev_scan *sc, uint32_t a, uint32_t b)
{
    const char *t = sc->doc->text;
    uint32_t n = 0, depth = 0;
    for (uint32_t i = a; i < b && i - a < 400; i++) {
        if (t[i] == '(') depth++;
        if (depth) n++;
        if (t[i] == ')' && depth) depth--;
    }
    return n;
}

/* "four of the attackers were neutralised and two AK-47 rifles
 * recovered", "burned 30 houses and killed two people": does figure q count
 * things (its noun), not people? */
static bool counts_things(const ev_scan *sc, const ds_quantity *q)
{
    static const char *const things[] = {"rifles",
                                         "rifle",
                                         "guns",
                                         "weapons",
                                         "firearms",
                                         "pistols",
                                         "rounds",
                                         "grenades",
                                         "vehicles",
                                         "motorbikes",
                                         "motorcycles",
                                         "cars",
                                         "trucks",
                                         "houses",
                                         "homes",
                                         "huts",
                                         "shops",
                                         "cattle",
                                         "cows",
                                         "goats",
                                         "camels",
                                         "sheep",
                                         "boats",
                                         "magazines",
                                         "bombs",
                                         "devices",
                                         "drones",
                                         "phones",
                                         "buildings",
                                         "schools",
                                         "churches",
                                         "mosques",
                                         "tons",
                                         "dromedaries",
                                         "livestock",
                                         "animals",
                                         "horses",
                                         "donkeys",
                                         "head" /* "2,000 head of cattle" */,
                                         "times" /* "was shot eight times and killed" */,
                                         "bullets",
                                         "shots",
                                         NULL};
    size_t n = q->noun.end - q->noun.start;
    if (!n) return false;
    const char *w = sc->doc->text + q->noun.start;
    for (const char *const *t = things; *t; t++)
        if (strlen(*t) == n && !strncasecmp(w, *t, n)) return true;
    return false;
}

static char quantity_role(ev_scan *sc, const ds_sentence *s, const ds_quantity *q, uint32_t qa,
                          uint32_t qe, char prev, uint32_t prev_end)
{
    uint32_t end = s->first_token + s->ntokens;
    /* "killed three militants and ... no civilians were injured": a casualty
     * verb right before the figure is its role, whatever follows */
    static const char *const quals[] = {"least", "at",   "about",  "over",   "than",
                                        "more",  "some", "nearly", "around", "approximately",
                                        NULL};
    WORD_SIG(quals);
    static const char *const other_fates[] = {
        "missing",   "abducted", "kidnapped", "captured", "detained",    "arrested",
        "displaced", "rescued",  "unharmed",  "released", "surrendered", "escaped",
        "fled",      "survived", "evacuated", "freed",    "defected",    NULL};
    WORD_SIG(other_fates);
    if (counts_things(sc, q)) return 'o';
    uint32_t a0 = qa;
    /* "claimed the lives of nine soldiers", "the deaths of 5", "we regret
     * the loss of four soldiers"; "causing the injury of two women" */
    if (a0 >= s->first_token + 2 && tok_is(sc, a0 - 1, "of")) {
        if (rule_at(sc, a0 - 2, R_DEATH) || tok_is(sc, a0 - 2, "loss")) return 'd';
        if (rule_at(sc, a0 - 2, R_INJURY)) return 'i';
    }
    for (uint32_t k = 1; k <= 3 && a0 >= s->first_token + k; k++) {
        uint32_t j = a0 - k;
        if (rule_at(sc, j, R_DEATH)) return 'd';
        if (rule_at(sc, j, R_INJURY)) return 'i';
        /* "hacked to death at least 11 villagers": a phrase that ends here */
        for (uint32_t b = 1; b <= 2 && j >= s->first_token + b; b++)
            if (sc->m[j - b].len > b && rule_at(sc, j - b, R_DEATH)) return 'd';
        /* "abducted 35 worshippers and killed the imam": the figure's own
         * verb is another fate */
        if (tok_in(sc, j, other_fates)) return 'o';
        if (!tok_in(sc, j, quals)) break;
    }
    /* "Two gunmen shot dead a police officer", "two soldiers killed three
     * militants": the men counted are the subject of a casualty verb with
     * its object, who acted */
    if (qe + 1 < end && (tok(sc, qe)->flags & DS_TOK_WORD) && rule_at(sc, qe + 1, R_DEATH) &&
        object_after(sc, qe + 1, end))
        return 0;
    uint32_t i = qe;
    /* (a sentence without their words skips the two word tests below) */
    const bool belong = may_have_word(sc, s->first_token, end, S_BELONG),
               fates = may_have_word(sc, s->first_token, end, S_FATES);
    uint32_t apposed = DS_NONE; /* the comma that closes an apposition skipped */
    for (uint32_t k = 0, skipped = 0; k < 14 && i + k + skipped < end; k++) {
        uint32_t j = i + k + skipped;
        if (belong && (tok_is(sc, j, "including") || tok_is(sc, j, "excluding") ||
                       tok_is(sc, j, "belonging") || tok_is(sc, j, "affiliated") ||
                       tok_is(sc, j, "linked"))) {
            /* "nine people, including three soldiers, were wounded",
             * "two militants belonging to the TTP were killed" */
            uint32_t e2 = j + 1;
            while (e2 < end && e2 < j + 16 && !tok_is(sc, e2, ",") && !tok_is(sc, e2, ".") &&
                   !tok_is(sc, e2, "were") && !tok_is(sc, e2, "was"))
                e2++;
            skipped += e2 - j;
            j = e2;
            if (j >= end) break;
        }
        if (tok_is(sc, j, ".") || tok_is(sc, j, ";")) break;
        /* "two soldiers, Naik Imran Khan and Sepoy Sajid Ali, having fought
         * gallantly, embraced shahadat": appositions between commas (names,
         * a participle phrase) right after the figure's noun are skipped */
        if (tok_is(sc, j, ",") && (k <= 2 || apposed == j)) {
            uint32_t c2 = j + 1;
            while (c2 < end && c2 <= j + 8 && !tok_is(sc, c2, ",") && !tok_punct(sc, c2) &&
                   !rule_at(sc, c2, R_DEATH) && !rule_at(sc, c2, R_INJURY))
                c2++;
            if (c2 < end && c2 <= j + 8 && tok_is(sc, c2, ",") && c2 > j + 1) {
                skipped += c2 - j - 1; /* (the next token read is that comma) */
                apposed = c2;
                continue;
            }
        }
        /* "twenty were wounded and six are missing": a fate that is neither
         * ("six others escaped with bullet wounds": but hurt) */
        /* "One officer died at the scene and two were taken to hospital":
         * the hurt, not more dead (the verb before "and" is not theirs) */
        if (fates && (tok_is(sc, j, "hospital") || tok_is(sc, j, "hospitalised") ||
                      tok_is(sc, j, "hospitalized"))) {
            /* (not "A farmer was taken to hospital, but died") */
            uint32_t w = j + 1;
            while (w < end && w <= j + 6 && !tok_is(sc, w, ".") && !tok_is(sc, w, ";") &&
                   !rule_at(sc, w, R_DEATH))
                w++;
            if (w < end && w <= j + 6 && rule_at(sc, w, R_DEATH)) return 'd';
            return 'i';
        }
        if (fates && tok_in(sc, j, other_fates)) {
            for (uint32_t w = j + 1;
                 w < end && w <= j + 4 && !tok_punct(sc, w) && !tok_is(sc, w, "and"); w++)
                if (rule_at(sc, w, R_INJURY)) return 'i';
            return 0;
        }
        const ds_token *t = tok(sc, j);
        /* a participle ends the figure's clause, but not inside its noun
         * phrase ("two uprising members were killed") */
        if (t->norm_len > 3 && !memcmp(t->norm + t->norm_len - 3, "ing", 3) &&
            !norm_is(t, "including") &&
            !(q->noun.end > q->noun.start && j + 1 < end &&
              tok(sc, j + 1)->span.start == q->noun.start))
            break;
        if ((rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY)) && q->lo > 1 &&
            tok_is(sc, j - 1, "was"))
            break; /* "the brother of two officials, was killed": not their verb */
        /* "killed five worshippers and injured twelve others": a casualty
         * verb after "and" with an object of its own is the first verb's
         * coordinate, not the figure's */
        if (k > 0 && tok_is(sc, j - 1, "and") &&
            (rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY)) && object_after(sc, j, end))
            break;
        if (rule_at(sc, j, R_DEATH)) return 'd';
        if (rule_at(sc, j, R_INJURY)) return 'i';
        /* "10 officers, including the chief, and 15 assailants were killed":
         * coordinated figures share the verb */
        if (t->flags & DS_TOK_NUMBER) {
            bool coordinated = false;
            for (uint32_t b = 1; b <= 3 && j >= s->first_token + b && !coordinated; b++) {
                if (tok_is(sc, j - b, "and"))
                    coordinated = b == 1 || tok_in(sc, j - b + 1, quals);
                else if (!tok_in(sc, j - b, quals))
                    break;
            }
            if (!coordinated || k == 0) break;
            continue;
        }
        /* "1 child was shot and wounded": a verb of the same clause may
         * come before the casualty word; a new subject's verb may not */
        if (is_trigger(sc, j) && k > 0 && !rule_at(sc, j, R_DEATH) && j > 0 &&
            !tok_is(sc, j - 1, "was") && !tok_is(sc, j - 1, "were") && !tok_is(sc, j - 1, "been"))
            break;
    }
    uint32_t a = qa;
    for (uint32_t k = 1; k <= 4 && a >= s->first_token + k; k++) {
        uint32_t j = a - k;
        if (rule_at(sc, j, R_DEATH)) return 'd';
        if (rule_at(sc, j, R_INJURY)) return 'i';
        if (tok_is(sc, j, "and") || tok_is(sc, j, ",")) {
            if (prev && tok(sc, j)->span.start >= prev_end &&
                tok(sc, j)->span.start <= prev_end + 60)
                return prev; /* (not for things: counts_things() returned 0 above) */
            /* "killed a senior commander and two of his aides": the object
             * before "and" has no figure, the verb before it is shared */
            if (!prev && tok_is(sc, j, "and")) {
                char role = shared_verb(sc, s, j, prev_end);
                if (role) return role;
            }
            continue;
        }
        if (!tok_is(sc, j, "least") && !tok_is(sc, j, "at") && !tok_is(sc, j, "about") &&
            !tok_is(sc, j, "over") && !tok_is(sc, j, "than") && !tok_is(sc, j, "more") &&
            !tok_is(sc, j, "some"))
            break;
    }
    return 0;
}

static int32_t quantity_value(const ev_scan *sc, const ds_quantity *q)
{
    if (q->percent) return DS_NULL_INT;
    double v = q->lo;
    if (q->qual == DS_QUAL_VAGUE || v <= 0) {
        const char *t = sc->doc->text + q->span.start;
        size_t n = q->span.end - q->span.start;
        if (n >= 6 && strncmp(t, "dozens", 6) == 0)
            v = 12;
        else if (n >= 6 && strncmp(t, "scores", 6) == 0)
            v = 20;
        else if (n >= 8 && strncmp(t, "hundreds", 8) == 0)
            v = 100;
        else if (n >= 9 && strncmp(t, "thousands", 9) == 0)
            v = 1000;
    }
    if (v < 0 || v > 1e7) return DS_NULL_INT;
    return (int32_t)v;
}

/* Is the figure at `at` part of a list that breaks down an earlier total
 * ("17 people, including five guards and 12 raiders")? */
static bool subset_marker(ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_SUBSET)) return false;
    for (uint32_t k = 1; k <= 10 && i >= s->first_token + k; k++) {
        uint32_t j = i - k;
        if (tok_is(sc, j, "including") || tok_is(sc, j, "among") || tok_is(sc, j, "whom") ||
            tok_is(sc, j, "includes"))
            return true;
        if (tok_is(sc, j, ".") || tok_is(sc, j, ";") || tok_is(sc, j, ":") ||
            tok_is(sc, j, "were") || tok_is(sc, j, "was") || tok_is(sc, j, "while") ||
            rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY))
            break;
        /* "10 officers, including the chief, and 15 assailants": the
         * aside closed by ", and" before the figure */
        if (k == 1 && tok_is(sc, j, "and") && j > s->first_token && tok_is(sc, j - 1, ",")) break;
    }
    return false;
}

static bool overlaps_timex(const ev_scan *sc, uint32_t sent, ds_span sp)
{
    const sent_index *si = &sc->timex;
    for (uint32_t k = si->first[sent]; k < si->first[sent + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[si->idx[k]];
        if (sp.start < t->span.end && t->span.start < sp.end) return true;
    }
    return false;
}

static bool attacker_noun(const ev_scan *sc, const ds_sentence *s, uint32_t qe)
{
    static const char *const words[] = {"attackers", "gunmen",   "militants",  "assailants",
                                        "bombers",   "fighters", "insurgents", NULL};
    WORD_SIG(words);
    uint32_t i = qe;
    for (uint32_t k = 0; k < 4 && i + k < s->first_token + s->ntokens; k++) {
        if (tok_punct(sc, i + k) || tok_is(sc, i + k, "and") ||
            (tok(sc, i + k)->flags & DS_TOK_NUMBER))
            break; /* the noun of this figure only */
        if (tok_in(sc, i + k, words)) return true;
    }
    return false;
}

static bool person_at(const ev_scan *sc, uint32_t sentence, uint32_t at)
{
    const sent_index *si = &sc->person;
    for (uint32_t k = si->first[sentence]; k < si->first[sentence + 1]; k++) {
        const ds_person *p = &sc->doc->people.v[si->idx[k]];
        if (p->span.start == at || p->name.start == at) return true;
    }
    return false;
}

/* Whose deaths a figure counts, from its noun ("14 of the attackers",
 * "three soldiers", "nine civilians"): 'a', 's', 'c', or 'm' when unsaid. */
static const char *const armed_nouns[] = {
    "militants",  "jihadists", "terrorists", "attackers", "assailants", "fighters",
    "insurgents", "bandits",   "gunmen",     "rebels",    "extremists", "militant",
    "jihadist",   "terrorist", "attacker",   "assailant", "insurgent",  "khwarij",
    "khawarij",   "gang",      "gangsters",  "gangster",  "cartel",     NULL};
/* (khwarij: Pakistan's army's word for the TTP's fighters; "four suspected
 * gang members" and "cartel gunmen" are a side that fights the police) */
WORD_SIG(armed_nouns);

static char side_of(const ev_scan *sc, const ds_sentence *s, uint32_t qe)
{
    uint32_t i = qe, end = s->first_token + s->ntokens;
    for (uint32_t k = 0; k < 4 && i + k < end; k++) {
        uint32_t j = i + k;
        if (tok_in(sc, j, armed_nouns)) return 'a';
        /* ("killing one officer": a police officer, in a toll) */
        if (rule_at(sc, j, R_SECURITY) || tok_is(sc, j, "officer") || tok_is(sc, j, "officers"))
            return 's';
        if (rule_at(sc, j, R_CIVILIAN)) return 'c';
        if (!tok_is(sc, j, "of") && !tok_is(sc, j, "the") && !tok_is(sc, j, "suspected") &&
            !tok_is(sc, j, "more") && (tok(sc, j)->flags & DS_TOK_CAP) == 0 && k > 0)
            break;
    }
    /* "neutralising eight of them", "eliminated several": an army's word
     * for the enemies it killed (the figure's one to three tokens back) */
    static const char *const neutralised[] = {"neutralising", "neutralised", "neutralizing",
                                              "neutralized",  "eliminated",  "eliminating",
                                              "neutralise",   "neutralize",  NULL};
    WORD_SIG(neutralised);
    for (uint32_t k = 2; k <= 4 && qe >= s->first_token + k; k++)
        if (tok_in(sc, qe - k, neutralised)) return 'a';
    /* a communique's "On our side, the toll is two dead": the army's */
    if (s->ntokens > 3 && tok_is(sc, s->first_token, "on") &&
        tok_is(sc, s->first_token + 1, "our") && tok_is(sc, s->first_token + 2, "side"))
        return 's';
    return 'm';
}

/* "killing himself and 3 worshippers", "killed a pastor and his two sons":
 * one more victim named before the figure, right after the casualty word. */
static bool one_before(const ev_scan *sc, const ds_sentence *s, const ds_quantity *q, uint32_t qa,
                       uint32_t qe)
{
    static const char *const poss[] = {"his", "her", "their", NULL};
    WORD_SIG(poss);
    static const char *const self[] = {"himself", "herself", "him", "her", NULL};
    WORD_SIG(self);
    /* "killing his wife and three children" */
    static const char *const one[] = {"a", "an", "his", "her", NULL};
    WORD_SIG(one);
    uint32_t j = qa, after = qe;
    /* "Wadan, a spokesperson, and two other colleagues were killed": the
     * one named before "and" is one more, unless a figure counts him */
    uint32_t end = s->first_token + s->ntokens;
    /* (every answer true below needs a death phrase in the sentence) */
    if (!may_have_role(sc, s->first_token, end, 1u << R_DEATH)) return false;
    if (after < end && j > s->first_token + 1 &&
        (tok_is(sc, after, "other") || tok_is(sc, after, "others")) && tok_is(sc, j - 1, "and")) {
        bool killed = false; /* "... were killed" follows */
        for (uint32_t k = after + 1; k < end && k <= after + 5 && !killed; k++)
            killed = rule_at(sc, k, R_DEATH) != NULL;
        /* (or "killing a commander of the Revolutionary Guard and two other
         * people": the verb before, in the same clause) */
        uint32_t verb_at = j;
        /* (not "... died in the clash and six more were detained": a
         * fate of their own follows) */
        bool own_verb = false;
        for (uint32_t k = after + 1; k < end && k <= after + 3 && !own_verb; k++)
            own_verb = tok_is(sc, k, "were") || tok_is(sc, k, "was") || tok_is(sc, k, "are");
        for (uint32_t k = j - 1; !killed && !own_verb && k-- > s->first_token && k + 12 > j;) {
            if (tok_punct(sc, k) || rule_at(sc, k, R_VERB)) break;
            if (rule_at(sc, k, R_DEATH)) killed = true, verb_at = k;
        }
        if (!killed) return false;
        uint32_t from = j > s->first_token + 8 ? j - 8 : s->first_token;
        if (verb_at < from) from = verb_at;
        uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
        for (uint32_t k = sc->quant.first[si]; k < sc->quant.first[si + 1]; k++) {
            const ds_quantity *o = &sc->doc->quantities.v[sc->quant.idx[k]];
            if (o != q && o->span.end <= q->span.start && o->span.end >= tok(sc, from)->span.start)
                return false;
        }
        return true;
    }
    if (j > s->first_token && tok_in(sc, j - 1, poss)) j--;
    if (j < s->first_token + 3 || !tok_is(sc, j - 1, "and")) return false;
    if (tok_in(sc, j - 2, self)) return rule_at(sc, j - 3, R_DEATH) != NULL;
    /* "a (village) chief and", "a senior Islamic State commander and": one
     * to five words after "a", the last (the head noun) lower-case */
    for (uint32_t w = 1; w <= 5 && j >= s->first_token + w + 3; w++) {
        const ds_token *t = tok(sc, j - 1 - w);
        if (!(t->flags & DS_TOK_WORD) || (w == 1 && (t->flags & DS_TOK_CAP))) return false;
        if (tok_in(sc, j - 2 - w, one)) return rule_at(sc, j - 3 - w, R_DEATH) != NULL;
        /* "killed the bomber and five worshippers": "the" and a singular
         * head right after the death verb is one more */
        if (tok_is(sc, j - 2 - w, "the") && rule_at(sc, j - 3 - w, R_DEATH) &&
            !is_plural_noun(tok(sc, j - 2)))
            return true;
    }
    return false;
}

static bool a_number_of(const ev_scan *sc, uint32_t i);

/* "three farmers and a soldier were killed", "four teachers and
 * their guard were killed": one more than the figure says. */
static bool and_one_more(const ev_scan *sc, const ds_sentence *s, uint32_t qe)
{
    static const char *const one[] = {"a", "an", "another", NULL}; /* "one" is a figure */
    WORD_SIG(one);
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t j = qe, k = 0; j + 1 < end && k < 5; j++, k++) {
        const ds_token *t = tok(sc, j);
        if ((t->flags & (DS_TOK_PUNCT | DS_TOK_NUMBER)) || tok_is(sc, j, "were") ||
            tok_is(sc, j, "was") || rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY) ||
            rule_at(sc, j, R_VERB))
            return false;
        if (tok_is(sc, j, "and")) {
            /* (not "Six soldiers and an unknown number of assailants":
             * "a number of", "an unknown number of" count nobody) */
            if (tok_in(sc, j + 1, one)) return !a_number_of(sc, j + 2);
            /* "five engineers and their driver": a person of theirs; "five
             * Chinese nationals and their Pakistani driver, police said": a
             * capitalised adjective may come first, and the clause may end */
            if (j + 3 >= end || !(tok_is(sc, j + 1, "their") || tok_is(sc, j + 1, "his") ||
                                  tok_is(sc, j + 1, "her")))
                return false;
            uint32_t h = j + 2;
            if (h + 1 < end && (tok(sc, h)->flags & DS_TOK_CAP) &&
                (tok(sc, h + 1)->flags & DS_TOK_WORD) && !(tok(sc, h + 1)->flags & DS_TOK_CAP))
                h++;
            return h + 1 < end && (tok(sc, h)->flags & DS_TOK_WORD) &&
                   !is_plural_noun(tok(sc, h)) &&
                   (tok_is(sc, h + 1, "were") || tok_is(sc, h + 1, "was") ||
                    (h > j + 2 && (tok_is(sc, h + 1, ",") || tok_is(sc, h + 1, "."))));
        }
    }
    return false;
}

/* "..., wounding three, two security officials said": a count of the
 * report's sources, not of victims */
static bool counts_sources(const ev_scan *sc, const ds_sentence *s, uint32_t qe)
{
    static const char *const say[] = {"said", "told", "say", "says", NULL};
    WORD_SIG(say);
    uint32_t end = s->first_token + s->ntokens;
    if (!may_have_word(sc, s->first_token, end, S_SAYS)) return false; /* (say[] is in it) */
    for (uint32_t j = qe, n = 0; j < end && n < 4; j++, n++) {
        if (tok_punct(sc, j) || is_trigger(sc, j)) return false;
        if (tok_in(sc, j, say)) return true;
    }
    return false;
}

/* "(a) number of", "(an) unknown/undetermined/unspecified number of",
 * "(a) dozen", "(a) few", "(a) handful": token i starts an amount that is
 * not one. */
static bool a_number_of(const ev_scan *sc, uint32_t i)
{
    static const char *const vague[] = {
        "unknown", "undetermined", "unspecified", "undisclosed", "large",
        "small",   "significant",  "growing",     "total",       NULL};
    WORD_SIG(vague);
    if (i >= sc->ntoks) return false;
    if (tok_is(sc, i, "dozen") || tok_is(sc, i, "few") || tok_is(sc, i, "handful") ||
        tok_is(sc, i, "score"))
        return true;
    if (tok_in(sc, i, vague)) i++;
    return i < sc->ntoks && tok_is(sc, i, "number");
}

/* The small count that token i spells: "both" 2, "two" to "twelve", or
 * digits; 0 when it is none. */
static uint32_t small_count(const ev_scan *sc, uint32_t i)
{
    static const char *const words[] = {"two",   "three", "four", "five",   "six",    "seven",
                                        "eight", "nine",  "ten",  "eleven", "twelve", NULL};
    WORD_SIG(words);
    if (i >= sc->ntoks) return 0;
    const ds_token *t = tok(sc, i);
    if (tok_is(sc, i, "both")) return 2;
    if (t->flags & DS_TOK_NUMBER) {
        uint32_t v = 0;
        for (uint16_t k = 0; k < t->norm_len; k++) {
            if (t->norm[k] < '0' || t->norm[k] > '9' || v > 100000) return 0;
            v = v * 10 + (uint32_t)(t->norm[k] - '0');
        }
        return v;
    }
    if (!tok_in(sc, i, words)) return 0;
    for (uint32_t k = 0; words[k]; k++)
        if (tok_is_word(sc, i, words[k])) return k + 2;
    return 0;
}

/* A total shared by n happenings, the first ones taking the remainder
 * (ACLED's "9 fatalities split across two events (5,4)"): n/2 rounds up. */
static int32_t share_of(int32_t total, uint32_t n)
{
    if (total <= 0 || n < 2) return total;
    return (int32_t)(((int64_t)total * 2 + n) / (2 * (int64_t)n));
}

/* "It was one of two linked raids", "one of at least five raids":
 * the number of happenings the document's report is one of, or 0. */
static uint32_t one_of_several(const ev_scan *sc)
{
    for (uint32_t i = 0; i + 2 < sc->ntoks; i++) {
        if (!tok_is(sc, i, "one") || !tok_is(sc, i + 1, "of")) continue;
        uint32_t k = i + 2;
        if (tok_is(sc, k, "at") && tok_is(sc, k + 1, "least")) k += 2;
        uint32_t n = small_count(sc, k);
        if (n > 1 && n <= 50) return n;
    }
    return 0;
}

/* GTD's summaries give one toll for related attacks: "were killed across
 * both attacks", "across all four clashes", "across two of the
 * attacks", "across the ensuing clashes" (with "It was one of two
 * linked raids" elsewhere). The number of happenings sentence s's
 * figures are shared by, or 0. ACLED's "split across two events" is a
 * coder's note (coder_note), not this. */
static uint32_t across_several(const ev_scan *sc, const ds_sentence *s)
{
    static const char *const happenings[] = {"attacks",  "clashes",  "incidents", "assaults",
                                             "raids",    "ambushes", "blasts",    "explosions",
                                             "bombings", NULL};
    WORD_SIG(happenings);
    uint32_t end = s->first_token + s->ntokens;
    if (!may_have_word(sc, s->first_token, end, S_ACROSS)) return 0;
    for (uint32_t i = s->first_token; i + 1 < end; i++) {
        if (!tok_is(sc, i, "across") || (i > s->first_token && tok_is(sc, i - 1, "split")))
            continue;
        uint32_t k = i + 1, n = 0;
        if (tok_is(sc, k, "the") || tok_is(sc, k, "all")) k++;
        if ((n = small_count(sc, k)) != 0) {
            k++;
            if (tok_is(sc, k, "of") && tok_is(sc, k + 1, "the")) k += 2; /* "three of the" */
        }
        /* "the ensuing clashes", "the four related attacks" */
        for (uint32_t j = k; j < end && j <= k + 2; j++)
            if (tok_in(sc, j, happenings)) return n ? n : one_of_several(sc);
    }
    return 0;
}

/* The token that opens a reply to another happening after the frame's
 * first trigger ("in response to", "in retaliation for", "to avenge"), or
 * another happening told after it ("a separate raid"), or the frame's end
 * when there is none. */
static uint32_t reply_marker(const ev_scan *sc, const frame *f)
{
    for (uint32_t i = f->trig[0] + 1; i + 1 < f->tok_end; i++) {
        if ((tok_is(sc, i, "in") &&
             (tok_is(sc, i + 1, "response") || tok_is(sc, i + 1, "retaliation") ||
              tok_is(sc, i + 1, "revenge"))) ||
            tok_is(sc, i, "avenge"))
            return i;
        /* "..., while in Burkina Faso a separate raid left some 40
         * civilians dead": another happening's toll follows */
        if (tok_is(sc, i, "separate") && i > f->trig[0] + 2 &&
            (tok_is(sc, i - 1, "a") || tok_is(sc, i - 1, "another")))
            return i;
    }
    return f->tok_end;
}

/* "was shot and killed", "was shot three times and injured": is the
 * casualty word at token i of s after "and", with a "was" at most five
 * words before that "and" and no punctuation between? ("was shot several
 * times in the head and killed": up to seven words when a verb of harm
 * follows the "was"; not "was probably behind the abduction and
 * killing") */
static bool was_then_and(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    static const char *const harmed[] = {"shot", "stabbed", "hit", "struck", "beaten", NULL};
    WORD_SIG(harmed);
    if (i < s->first_token + 3 || !tok_is(sc, i - 1, "and")) return false;
    for (uint32_t k = i - 3; k + 9 >= i; k--) {
        if (tok_punct(sc, k)) return false;
        if (tok_is(sc, k, "was")) return k + 6 >= i || tok_in(sc, k + 1, harmed);
        if (k == s->first_token) return false;
    }
    return false;
}

/* "a woman had been injured", "two days after he had been wounded": is
 * the casualty word at token i of s a perfect passive of one victim (a
 * "been" right before it, and none of "no", "nobody", "not", "if", "any",
 * "denied", "who" in the six words of its clause before that: "denied
 * that any of its troops had been killed"; "a young trader, who had
 * been killed by police", the cause of a protest told after)? */
static bool been_before(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    static const char *const open[] = {"no",      "nobody",  "not", "n't",    "anyone", "any",
                                       "if",      "whether", "one", "denied", "denies", "deny",
                                       "without", "neither", "who", "whose",  "which",  NULL};
    WORD_SIG(open);
    if (i < s->first_token + 2 || !tok_is(sc, i - 1, "been")) return false;
    for (uint32_t k = i - 2; k + 8 > i && k >= s->first_token; k--) {
        if (tok_punct(sc, k)) break;
        if (tok_in(sc, k, open)) return false;
        if (k == s->first_token) break;
    }
    return true;
}

/* "shot the priest dead", "shot a local trader dead": is token i "dead"
 * after "shot" and one person (an article or "his"/"her", then up to two
 * words, the last a singular lower-case noun)? */
static bool shot_one_dead(const ev_scan *sc, const ds_sentence *s, uint32_t i)
{
    static const char *const det[] = {"a", "an", "the", "his", "her", NULL};
    WORD_SIG(det);
    if (!tok_is(sc, i, "dead") || i < s->first_token + 3) return false;
    const ds_token *head = tok(sc, i - 1);
    if (!(head->flags & DS_TOK_WORD) || (head->flags & DS_TOK_CAP) || is_plural_noun(head))
        return false;
    for (uint32_t w = 2; w <= 4 && i >= s->first_token + w + 1; w++) {
        uint32_t d = i - w;
        if (tok_in(sc, d, det)) return tok_is(sc, d - 1, "shot");
        if (!(tok(sc, d)->flags & DS_TOK_WORD)) return false;
    }
    return false;
}

/* "an insurgency that has killed thousands", "the war has killed more
 * than 20,000": a figure after "has/have killed" whose subject is a
 * conflict is its running total, no happening's toll. qa: the figure's
 * first token. */
static bool running_total(const ev_scan *sc, const ds_sentence *s, uint32_t qa)
{
    static const char *const conflict[] = {"insurgency", "conflict",  "war",
                                           "violence",   "fighting",  "crisis",
                                           "uprising",   "rebellion", NULL};
    WORD_SIG(conflict);
    uint32_t j = qa;
    while (j > s->first_token && j + 3 > qa && !rule_at(sc, j - 1, R_DEATH)) j--;
    if (j <= s->first_token + 2 || !rule_at(sc, j - 1, R_DEATH)) return false;
    uint32_t h = j - 2; /* the auxiliary */
    if (!tok_is(sc, h, "has") && !tok_is(sc, h, "have")) return false;
    for (uint32_t k = h; k-- > s->first_token && k + 4 > h;) {
        if (tok_in(sc, k, conflict)) return true;
        if (!tok_is(sc, k, "that") && !tok_is(sc, k, "which")) break;
    }
    return false;
}

/* "the militants claimed to have killed 40", "the army claims it killed
 * 30": is the figure at qa a side's claim (a claim word up to five words
 * before it, no punctuation between)? */
static bool claimed_figure(const ev_scan *sc, const ds_sentence *s, uint32_t qa, uint32_t prev_end)
{
    for (uint32_t k = qa; k-- > s->first_token && k + 6 > qa;) {
        /* (the claim's own earlier figure: "claimed one soldier and one
         * militant were killed" is one claim of two dead) */
        if (tok_punct(sc, k) || tok(sc, k)->span.start < prev_end) return false;
        if (tok_is(sc, k, "claimed") || tok_is(sc, k, "claims") || tok_is(sc, k, "claiming"))
            return true;
    }
    return false;
}

/* Does frame f tell people "killed in (gang) violence", "died in the
 * conflict": dead counted by a conflict as a whole, not by an act (a death
 * word, "in", up to two words, a conflict noun)? */
static bool yearly_toll(const ev_scan *sc, const frame *f)
{
    static const char *const whole[] = {"violence", "conflict", "war", "insurgency", NULL};
    WORD_SIG(whole);
    if (!may_have_role(sc, f->tok_start, f->tok_end, 1u << R_DEATH)) return false;
    for (uint32_t i = f->tok_start; i + 2 < f->tok_end; i++) {
        if (!rule_at(sc, i, R_DEATH) || !tok_is(sc, i + 1, "in")) continue;
        for (uint32_t j = i + 2; j < f->tok_end && j <= i + 4; j++) {
            if (tok_in(sc, j, whole)) return true;
            if (tok_punct(sc, j)) break;
        }
    }
    return false;
}

static void casualties(ev_scan *sc, const frame *f, cand *c)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[f->sentence];
    const sent_index *si = &sc->quant;
    char prev = 0;
    bool in_subset = false;
    uint32_t prev_end = 0;
    uint32_t dst_end = 0;          /* the end of the last figure counted in a toll */
    int32_t pending = DS_NULL_INT; /* a figure still without a role */
    uint32_t pending_end = 0;
    uint32_t first_trig_at = tok(sc, f->trig[0])->span.start;
    /* quantity_role() finds a role only by a death or injury phrase of the
     * sentence, or carries on the previous figure's (prev): in a sentence
     * with no such phrase every role is 0, asked or not ("the loss of" a
     * figure, too: "loss" sets S_TOLL) */
    const bool harm = may_have_role(sc, s->first_token, s->first_token + s->ntokens,
                                    1u << R_DEATH | 1u << R_INJURY) ||
                      may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_TOLL);
    uint32_t reply_at = DS_NONE; /* reply_marker(), asked at the first figure past the trigger */
    for (uint32_t k = si->first[f->sentence]; k < si->first[f->sentence + 1]; k++) {
        const ds_quantity *q = &doc->quantities.v[si->idx[k]];
        if (!in_frame(f, q->span) || overlaps_timex(sc, f->sentence, q->span)) continue;
        int32_t v = quantity_value(sc, q);
        if (v == DS_NULL_INT) continue;
        /* the figure's first token and the token after it, found once for the readers below */
        uint32_t qa = token_at(sc, s, q->span.start), qe = token_at_from(sc, s, qa, q->span.end);
        if (counts_sources(sc, s, qe) || running_total(sc, s, qa)) continue;
        /* "a woman aged 64 had been injured", "a man, 45 years old, was
         * killed": an age, not a count */
        if ((qa > s->first_token && tok_is(sc, qa - 1, "aged")) ||
            (qe + 1 < s->first_token + s->ntokens && tok_is(sc, qe, "years") &&
             tok_is(sc, qe + 1, "old")))
            continue;
        /* "fired rockets at a base in response to an Israeli strike that
         * killed one of its commanders": the dead of the event replied to */
        if (harm && qa > f->trig[0]) {
            if (reply_at == DS_NONE) reply_at = reply_marker(sc, f);
            if (qa > reply_at) continue;
        }
        char role = harm || prev ? quantity_role(sc, s, q, qa, qe, prev, prev_end) : 0;
        /* a figure of another fate never takes the role of the next one
         * ("abducted 9 traders, 2 killed" is 2 dead, not 11) */
        bool other_fate = role == 'o';
        if (other_fate) role = 0;
        bool one_more = one_before(sc, s, q, qa, qe);
        if (one_more && !role) role = 'd';
        if (!role && q->span.start < first_trig_at && attacker_noun(sc, s, qe)) {
            if (c->attackers == DS_NULL_INT) c->attackers = v;
            continue;
        }
        /* "including three assailants and three soldiers": the whole list
         * is a part of the figure before it */
        bool sub = subset_marker(sc, s, qa);
        if (!sub && in_subset && q->span.start <= prev_end + 40) {
            uint32_t a = token_at(sc, s, prev_end), b = qa;
            /* "killed, including the three assailants, and 56 were
             * injured": a figure with its own verb is no more of the list */
            uint32_t vb = qe;
            if (vb + 1 < s->first_token + s->ntokens &&
                (tok_is(sc, vb, "others") || tok_is(sc, vb, "people") || tok_is(sc, vb, "more")))
                vb++;
            bool own_verb = vb < s->first_token + s->ntokens &&
                            (tok_is(sc, vb, "were") || tok_is(sc, vb, "was"));
            sub = !own_verb;
            /* "including four police officers, and injuring 25 others": a
             * casualty word between starts a new figure */
            for (uint32_t j = a; j < b && sub; j++)
                if (tok_is(sc, j, "were") || tok_is(sc, j, "was") || tok_is(sc, j, "while") ||
                    tok_is(sc, j, ";") ||
                    (role && (rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY))))
                    sub = false;
        }
        in_subset = sub;
        /* "seven soldiers and 12 assailants were killed": the figure before
         * takes the role that the later one finds */
        if (role && !sub && pending != DS_NULL_INT &&
            q->span.start <= pending_end + 60 + paren_bytes(sc, pending_end, q->span.start)) {
            uint32_t a = token_at(sc, s, pending_end), b = qa;
            bool joined = false, clean = true;
            for (uint32_t j = a; j < b && clean; j++) {
                if (tok_is(sc, j, "and") || tok_is(sc, j, ",")) joined = true;
                if (tok_is(sc, j, ".") || tok_is(sc, j, ";") || rule_at(sc, j, R_VERB) ||
                    rule_at(sc, j, R_DEATH) || rule_at(sc, j, R_INJURY) || tok_is(sc, j, "were") ||
                    tok_is(sc, j, "was"))
                    clean = false;
            }
            if (joined && clean) {
                int32_t *dst = role == 'd' ? &c->fatalities : &c->injuries;
                *dst = (*dst == DS_NULL_INT ? 0 : *dst) + pending;
            }
        }
        pending = (!role && !sub && !other_fate) ? v : DS_NULL_INT;
        pending_end = q->span.end;
        prev = role;
        prev_end = q->span.end;
        if (!role || sub) continue;
        int32_t *dst = role == 'd' ? &c->fatalities : &c->injuries;
        /* "elders said nine soldiers were killed; the militants claimed to
         * have killed 40": a side's claim after another count is another
         * account of the same dead, the lower one kept (ACLED) */
        if (*dst != DS_NULL_INT && *dst > 0 && claimed_figure(sc, s, qa, dst_end)) {
            if (v < *dst) *dst = v;
            continue;
        }
        *dst = (*dst == DS_NULL_INT ? 0 : *dst) + v + (and_one_more(sc, s, qe) ? 1 : 0) +
               (one_more && role == 'd' ? 1 : 0);
        dst_end = q->span.end;
        if (role == 'd') {
            char side = side_of(sc, s, qe);
            c->dead_side = !c->dead_side ? side : c->dead_side == side ? side : 'm';
        }
    }
    /* "an unknown number were injured": wounded, how many not said */
    if (c->injuries == DS_NULL_INT && may_have_role(sc, f->tok_start, f->tok_end, 1u << R_INJURY))
        for (uint32_t i = f->tok_start; i + 1 < f->tok_end && !c->hurt_unknown; i++) {
            if (!tok_is(sc, i + 1, "number") ||
                !(tok_is(sc, i, "unknown") || tok_is(sc, i, "undetermined") ||
                  tok_is(sc, i, "unspecified") || tok_is(sc, i, "undisclosed")))
                continue;
            for (uint32_t j = i + 2; j < f->tok_end && j <= i + 7 && !tok_punct(sc, j); j++)
                if (rule_at(sc, j, R_INJURY)) {
                    c->hurt_unknown = true;
                    break;
                }
        }
    /* "The assailant killed himself before police entered": the attacker,
     * one dead of the attacking side (GTD and ACLED count perpetrators) */
    if (c->fatalities == DS_NULL_INT &&
        may_have_role(sc, f->tok_start, f->tok_end, 1u << R_DEATH) &&
        may_have_word(sc, f->tok_start, f->tok_end, S_SELF))
        for (uint32_t i = next_busy(sc, f->tok_start); i + 1 < f->tok_end; i = next_busy(sc, i + 1))
            if (rule_at(sc, i, R_DEATH) &&
                (tok_is(sc, i + 1, "himself") || tok_is(sc, i + 1, "herself"))) {
                c->fatalities = 1;
                c->dead_side = 'a';
                break;
            }
    /* "A gunman killed four people before being shot dead by police", "a
     * Palestinian man stabbed and injured a soldier ... before being shot
     * dead": the attacker is one more dead (GTD and ACLED count
     * perpetrators) */
    static const char *const lone[] = {"gunman", "assailant", "attacker", "shooter", "bomber",
                                       "man",    "woman",     "knifeman", NULL};
    WORD_SIG(lone);
    bool lone_attacker = false;
    /* (the words of S_LONE are lone[]'s but "man", "woman", "knifeman", and
     * "being": a sentence with neither a lone word nor "being" skips) */
    uint32_t lone_to =
        may_have_word(sc, s->first_token, f->tok_end, S_LONE) ? f->trig[0] : s->first_token;
    for (uint32_t i = s->first_token; i < lone_to && !lone_attacker; i++)
        lone_attacker = tok_in(sc, i, lone);
    /* (with no other dead told, the attacker alone: "stabbed and injured a
     * soldier before being shot dead" is one) */
    if (lone_attacker)
        for (uint32_t i = f->tok_start; i + 1 < f->tok_end; i++)
            if (tok_is(sc, i, "being") && (rule_at(sc, i + 1, R_DEATH) ||
                                           (i + 2 < f->tok_end && rule_at(sc, i + 2, R_DEATH)))) {
                c->fatalities = c->fatalities == DS_NULL_INT ? 1 : c->fatalities + 1;
                break;
            }
    if (c->fatalities != DS_NULL_INT && may_have_word(sc, f->tok_start, f->tok_end, S_ADDITION)) {
        /* "In addition to the assailant, 14 soldiers were killed": one more */
        for (uint32_t i = f->tok_start; i + 4 < f->tok_end; i++) {
            if (!tok_is(sc, i, "addition") || !tok_is(sc, i + 1, "to")) continue;
            uint32_t d = i + 2;
            if (!(tok_is(sc, d, "the") || tok_is(sc, d, "a") || tok_is(sc, d, "an")) ||
                tok_is(sc, d + 1, "unknown"))
                break;
            for (uint32_t k = d + 1; k < f->tok_end && k <= d + 4; k++)
                if (tok_is(sc, k, ",")) {
                    if (!is_plural_noun(tok(sc, k - 1))) c->fatalities += 1;
                    break;
                }
            break;
        }
    }
    /* "fired on two labourers, injuring both", "killing all three": the
     * people just named, counted by the word after the casualty word */
    if ((c->injuries == DS_NULL_INT || c->fatalities == DS_NULL_INT) &&
        may_have_word(sc, f->tok_start, f->tok_end, S_BOTH_ALL)) {
        uint32_t to = may_have_role(sc, f->tok_start, f->tok_end, 1u << R_DEATH | 1u << R_INJURY)
                          ? f->tok_end
                          : 0;
        for (uint32_t i = next_busy(sc, f->tok_start); i < to; i = next_busy(sc, i + 1)) {
            bool death = rule_at(sc, i, R_DEATH) != NULL;
            if (!death && !rule_at(sc, i, R_INJURY)) continue;
            uint32_t nxt = i + sc->m[i].len, n = 0;
            if (tok_is(sc, nxt, "both") && (nxt + 1 >= sc->ntoks || tok_punct(sc, nxt + 1)))
                n = 2; /* not "both the driver and ..." */
            else if (tok_is(sc, nxt, "all"))
                n = small_count(sc, nxt + 1); /* "all three (policemen)" */
            if (!n) continue;
            int32_t *dst = death ? &c->fatalities : &c->injuries;
            if (*dst == DS_NULL_INT) *dst = (int32_t)n;
        }
    }
    if (c->injuries == DS_NULL_INT) {
        /* "Alam was injured", "shot and injured a security official": one */
        uint32_t to = may_have_role(sc, f->tok_start, f->tok_end, 1u << R_INJURY) ? f->tok_end : 0;
        for (uint32_t i = next_busy(sc, f->tok_start); i < to; i = next_busy(sc, i + 1)) {
            if (!rule_at(sc, i, R_INJURY) || i == s->first_token) continue;
            uint32_t nxt = i + sc->m[i].len;
            /* "was injured", "was severely injured", "was shot three times
             * and injured" (a "was" at most five words before "and") */
            bool was =
                tok_is(sc, i - 1, "was") || been_before(sc, s, i) ||
                (i >= s->first_token + 2 && tok_is(sc, i - 2, "was") && !tok_punct(sc, i - 1)) ||
                was_then_and(sc, s, i);
            if (was && i >= s->first_token + 2 && tok_is(sc, i - 2, "one") &&
                (tok_is(sc, i - 3, "no") || tok_is(sc, i - 3, "if") ||
                 tok_is(sc, i - 3, "whether")))
                break; /* "No one was hurt", "whether one was hurt": no injury counted */
            /* ("Nobody was hurt", "nobody was seriously injured") */
            if (was && i >= s->first_token + 2 &&
                (tok_is(sc, i - 2, "nobody") ||
                 (i >= s->first_token + 3 && tok_is(sc, i - 3, "nobody"))))
                break;
            if (!was && a_number_of(sc, nxt + 1)) break;
            if (was || tok_is(sc, nxt, "a") || tok_is(sc, nxt, "an") || tok_is(sc, nxt, "one")) {
                c->injuries = 1;
                break;
            }
        }
    }
    /* "killed the director of mines", "a soldier was killed": one death
     * (not in a reply's clause: "in response to a strike that killed one
     * of its commanders") */
    if (c->fatalities == DS_NULL_INT) {
        uint32_t to = may_have_role(sc, f->tok_start, f->tok_end, 1u << R_DEATH) ? f->tok_end : 0;
        if (to) to = reply_at != DS_NONE ? reply_at : reply_marker(sc, f);
        for (uint32_t i = next_busy(sc, f->tok_start); i < to; i = next_busy(sc, i + 1)) {
            const ev_rule *d = rule_at(sc, i, R_DEATH);
            /* a typed death word, or a verb of one ("assassinated", "beheaded",
             * "executed"), not a noun or adjective ("deaths", "dead") */
            const ds_token *dt = tok(sc, i);
            /* "Havildar Muhammad Aslam (...) embraced shahadat": the one
             * named (a count before it was read as a figure) */
            if (d && sc->m[i].len == 2 && tok_is(sc, i, "embraced")) {
                c->fatalities = 1;
                c->dead_side = c->dead_side ? c->dead_side : 's';
                break;
            }
            /* "shot the priest dead", "shot a young farmer dead": the one
             * object between the verb and "dead" */
            if (d && shot_one_dead(sc, s, i)) {
                c->fatalities = 1;
                break;
            }
            /* "a youth blamed for stabbing a trader": what he is blamed for */
            if (d && sought_for(sc, s, i)) continue;
            /* "shot a labourer, who later succumbed", "shifted to hospital
             * where he succumbed": the one victim, dead of his wounds (no
             * longer among the hurt) */
            if (d && tok_is(sc, i, "succumbed") && i > f->tok_start &&
                (tok_is(sc, i - 1, "he") || tok_is(sc, i - 1, "she") ||
                 tok_is(sc, i - 1, "later"))) {
                c->fatalities = 1;
                if (c->injuries == 1) c->injuries = 0;
                break;
            }
            if (!d || (!d->typed && !(sc->m[i].len == 1 && dt->norm_len > 3 &&
                                      !memcmp(dt->norm + dt->norm_len - 2, "ed", 2))))
                continue;
            uint32_t nxt = i + sc->m[i].len;
            /* "was killed", "was shot and killed", "was shot five times
             * and killed" */
            if (i > s->first_token &&
                (tok_is(sc, i - 1, "was") || been_before(sc, s, i) || was_then_and(sc, s, i))) {
                /* not "whether anyone was killed" */
                static const char *const unsure[] = {"anyone", "anybody", "whether", "if",
                                                     "nobody", "no",      NULL};
                WORD_SIG(unsure);
                bool open = false;
                for (uint32_t k = i >= s->first_token + 4 ? i - 4 : s->first_token; k < i; k++)
                    open |= tok_in(sc, k, unsure);
                if (open) break;
                c->fatalities = 1; /* "was killed", "was shot and killed" */
                break;
            }
            if (i > s->first_token && tok_is(sc, i - 1, "were")) {
                /* "The village chief and another farmer were killed" */
                uint32_t nand = 0;
                bool number = false;
                for (uint32_t j = i - 1; j-- > s->first_token;) {
                    if (tok_is(sc, j, ";") || tok_is(sc, j, ":") || tok_is(sc, j, ".")) break;
                    if (tok_is(sc, j, "and")) nand++;
                    if (tok(sc, j)->flags & DS_TOK_NUMBER) number = true;
                    if (rule_at(sc, j, R_VERB) || rule_at(sc, j, R_DEATH) ||
                        rule_at(sc, j, R_INJURY))
                        break;
                }
                if (nand && !number) c->fatalities = (int32_t)nand + 1;
                break;
            }
            /* "shot and killed Jumagul, an officer": a named person */
            if (nxt < f->tok_end && (tok(sc, nxt)->flags & DS_TOK_CAP) &&
                (tok_is(sc, nxt + 1, ",") ||
                 person_at(sc, f->sentence, tok(sc, nxt)->span.start))) {
                c->fatalities = 1;
                break;
            }
            /* "a mob stoned a man to death": the one victim before it */
            if (tok_is(sc, i, "to") && tok_is(sc, i + 1, "death")) {
                bool one = false;
                for (uint32_t j = i; j-- > f->tok_start && j + 5 > i;) {
                    if (tok_punct(sc, j) || (tok(sc, j)->flags & DS_TOK_NUMBER)) break;
                    /* "beat him (up) to death": the pronoun its object */
                    bool object = (j + 1 == i || (j + 2 == i && tok_is(sc, j + 1, "up"))) &&
                                  (tok_is(sc, j, "him") || tok_is(sc, j, "her"));
                    if (tok_is(sc, j, "a") || tok_is(sc, j, "an") || tok_is(sc, j, "one") ||
                        object) {
                        one = true;
                        break;
                    }
                }
                if (one) {
                    c->fatalities = 1;
                    break;
                }
            }
            /* "murdered a NC cadre": the phrase ends on its article */
            bool art_in =
                sc->m[i].len > 1 && (tok_is(sc, nxt - 1, "a") || tok_is(sc, nxt - 1, "an"));
            if (art_in || tok_is(sc, nxt, "a") || tok_is(sc, nxt, "an") || tok_is(sc, nxt, "one")) {
                /* "killing an unknown number of soldiers", "a number of",
                 * "a dozen": not one (a dozen is a figure of its own) */
                if (a_number_of(sc, art_in ? nxt : nxt + 1)) break;
                c->fatalities = 1;
                /* "killed a police officer and civilian" */
                for (uint32_t j = nxt + 1; j < f->tok_end && j < nxt + 5; j++) {
                    if (tok_punct(sc, j) || tok_is(sc, j, "in") || tok_is(sc, j, "on")) break;
                    if (tok_is(sc, j, "and") && j + 1 < f->tok_end &&
                        !rule_at(sc, j + 1, R_INJURY) && !rule_at(sc, j + 1, R_DEATH) &&
                        !rule_at(sc, j + 1, R_VERB)) {
                        c->fatalities = 2;
                        break;
                    }
                }
                break;
            }
            if (tok_is(sc, nxt, "the") || tok_is(sc, nxt, "his") || tok_is(sc, nxt, "her")) {
                /* the noun phrase ends at a preposition or conjunction ("killed
                 * the attackers after a siege": "attackers", not "siege") */
                static const char *const ends_np[] = {
                    "of",      "in",     "for",  "on", "at",   "near",  "and",       "after",
                    "before",  "during", "with", "by", "when", "while", "following", "inside",
                    "outside", "into",   "from", "as", "or",   NULL};
                WORD_SIG(ends_np);
                uint32_t head = DS_NONE;
                for (uint32_t j = nxt + 1; j < f->tok_end && j < nxt + 7; j++) {
                    if (tok_punct(sc, j) || tok_in(sc, j, ends_np)) break;
                    head = j;
                }
                if (head != DS_NONE && !is_plural_noun(tok(sc, head)) &&
                    !(tok(sc, head)->flags & DS_TOK_CAP))
                    c->fatalities = 1;
                break;
            }
        }
    }
    /* "a man had been shot in both legs", "a teenager was stabbed in the
     * back": one wounded, by the part of the body the shot or blade hit
     * (a death word would have given a toll above) */
    /* (not with a casualty word in the frame, whose count failed: "gunmen
     * shot a trader in the head and wounded two bystanders") */
    if (c->fatalities == DS_NULL_INT && c->injuries == DS_NULL_INT &&
        !may_have_role(sc, f->tok_start, f->tok_end, 1u << R_DEATH | 1u << R_INJURY)) {
        static const char *const hit[] = {"shot", "stabbed", NULL};
        WORD_SIG(hit);
        static const char *const body[] = {
            "leg",     "legs",     "arm",     "arms",  "head", "back",     "chest", "stomach",
            "abdomen", "neck",     "foot",    "feet",  "knee", "knees",    "hand",  "hands",
            "thigh",   "shoulder", "buttock", "torso", "face", "kneecaps", NULL};
        WORD_SIG(body);
        for (uint32_t q = 0; q < f->ntrig && c->injuries == DS_NULL_INT; q++) {
            uint32_t v = f->trig[q];
            /* (nor the cause of a protest: "demanding an inquiry into how a
             * youth was shot in the chest by an officer") */
            if (!tok_in(sc, v, hit) || protest_cause_at(sc, f->tok_start, v)) continue;
            /* (one victim: "a man was shot", "shot a man", not "two men") */
            bool one =
                v >= f->tok_start + 1 && (tok_is(sc, v - 1, "was") ||
                                          (tok_is(sc, v - 1, "been") && v >= f->tok_start + 2 &&
                                           (tok_is(sc, v - 2, "had") || tok_is(sc, v - 2, "has"))));
            /* ("two men had been shot": no count of one; "a man aged in his
             * 30s" tells an age) */
            for (uint32_t k = v; one && k-- > f->tok_start && k + 5 > v;)
                if (((tok(sc, k)->flags & DS_TOK_NUMBER) &&
                     !(k > f->tok_start && (tok_is(sc, k - 1, "his") || tok_is(sc, k - 1, "her") ||
                                            tok_is(sc, k - 1, "aged")))) ||
                    small_count(sc, k) > 1)
                    one = false;
            for (uint32_t j = v + 1; j < f->tok_end && j + 2 < f->tok_end && j <= v + 4; j++) {
                if (tok_punct(sc, j)) break;
                if (j == v + 1 && (tok_is(sc, j, "a") || tok_is(sc, j, "an"))) one = true;
                if (!tok_is(sc, j, "in")) continue;
                uint32_t p = j + 1;
                if (tok_is(sc, p, "the") || tok_is(sc, p, "his") || tok_is(sc, p, "her") ||
                    tok_is(sc, p, "both"))
                    p++;
                if (one && p < f->tok_end && tok_in(sc, p, body)) c->injuries = 1;
                break;
            }
        }
    }
    /* "six raiders died across the ensuing clashes": this
     * happening's share of a total */
    uint32_t several = across_several(sc, s);
    if (several > 1) {
        if (c->fatalities != DS_NULL_INT) c->fatalities = share_of(c->fatalities, several);
        if (c->injuries != DS_NULL_INT) c->injuries = share_of(c->injuries, several);
    }
}

/* "no casualties", "did not cause any damage", "no one was killed": true
 * when the stretch [a, b) of tokens says nobody died. */
/* A death or injury word that tells why people protest, not what the
 * protest cost: "relatives of a driver who was stabbed to death",
 * "relatives of inmates killed at the prison waved photographs",
 * "seeking justice over a student's death", "they believe guards beat him
 * to death". ACLED codes such a protest peaceful, with no dead
 * (the killing is its own event). Looks back up to eight tokens within the
 * clause. */
static bool protest_cause_at(const ev_scan *sc, uint32_t first, uint32_t i)
{
    static const char *const cause[] = {
        "who",           "whose",       "suspect",    "suspects",  "justice",  "against",
        "over",          "for",         "demanding",  "demand",    "demanded", "denounce",
        "denouncing",    "condemn",     "condemning", "mourn",     "mourning", "commemorate",
        "commemorating", "anniversary", "after",      "relatives", "families", NULL};
    WORD_SIG(cause);
    static const char *const harm_nouns[] = {"death",  "deaths",  "killing", "killings",
                                             "murder", "murders", NULL};
    WORD_SIG(harm_nouns);
    const bool harm_noun = tok_in(sc, i, harm_nouns); /* (the object tests below) */
    for (uint32_t k = i, n = 0; k-- > first && n < 8; n++) {
        if (tok_is(sc, k, ",") || tok_is(sc, k, ";") || tok_is(sc, k, ":")) break;
        if (tok_in(sc, k, cause)) return true;
        /* "the shop of a trader suspected of murdering a neighbour" */
        if ((tok_is(sc, k, "suspected") || tok_is(sc, k, "accused")) && tok_is(sc, k + 1, "of"))
            return true;
        /* "a police raid in which a youth was shot dead" */
        if (tok_is(sc, k, "which") && k > first && tok_is(sc, k - 1, "in")) return true;
        /* "to protest the killing of a colleague", "to protest police
         * brutality and the death of a young tailor", "protesting the
         * death of a student", "following the mysterious death of", "in
         * connection with the deaths of", "a collapse that led to the
         * death of": the protest's object (not "the protest ended in the
         * death of a student", nor a place: "protested in Thessaloniki") */
        if (harm_noun &&
            ((i - k <= 6 && (tok_is(sc, k, "protesting") || tok_is(sc, k, "protested") ||
                             (tok_is(sc, k, "protest") && k > first && tok_is(sc, k - 1, "to")))) ||
             (i - k <= 5 && (tok_is(sc, k, "following") || (tok_is(sc, k, "with") && k > first &&
                                                            tok_is(sc, k - 1, "connection")))) ||
             (i - k <= 4 && (tok_is(sc, k, "that") || tok_is(sc, k, "which")) &&
              (tok_is(sc, k + 1, "led") || tok_is(sc, k + 1, "caused") ||
               tok_is(sc, k + 1, "resulted")))))
            return true;
        /* "parents of soldiers that died", "a man that was killed" */
        if (tok_is(sc, k, "that") &&
            (k + 1 == i || (k + 2 == i && (tok_is(sc, k + 1, "was") || tok_is(sc, k + 1, "were")))))
            return true;
    }
    return false;
}

/* Whether tokens [a, b) tell of people killed or hurt at a protest itself
 * (a death or injury word that is not the protest's cause). */
static bool protest_harm(const ev_scan *sc, uint32_t first, uint32_t a, uint32_t b)
{
    /* (the "bodies of" the dead are no harm done at the protest: "urging
     * the army to hand over the bodies of the fishermen") */
    for (uint32_t i = a; i < b; i++)
        if ((rule_at(sc, i, R_DEATH) || rule_at(sc, i, R_INJURY)) && !tok_is(sc, i, "bodies") &&
            !tok_is(sc, i, "corpses") && !protest_cause_at(sc, first, i))
            return true;
    return false;
}

/* Does tokens [a, b) say nobody was harmed? NO_DEAD | NO_HURT: "no
 * casualties", "no one was hurt", "did not cause any damage", "no
 * injuries" (nobody hurt, so nobody dead) both; "no fatalities", "no
 * deaths" the dead only (the injured stay unknown: "several were hurt.
 * No fatalities were reported."). */
enum { NO_DEAD = 1, NO_HURT = 2 };
static unsigned says_no_casualties(const ev_scan *sc, uint32_t a, uint32_t b)
{
    static const char *const harm[] = {"casualties", "casualty", "damage",  "deaths", "fatalities",
                                       "injuries",   "one",      "victims", NULL};
    WORD_SIG(harm);
    /* "gave no casualty figures", "did not release a death toll": the
     * count is not known, which is not none */
    static const char *const counts[] = {"figures", "figure", "toll",     "tolls",       "details",
                                         "numbers", "count",  "estimate", "information", NULL};
    WORD_SIG(counts);
    /* (an answer true needs a negation and a word of harm[]) */
    if (!may_have_cls(sc, a, b, W_NEG)) return 0;
    const bool harm_word = may_have_word(sc, a, b, S_HARM);
    for (uint32_t i = next_busy(sc, a); i < b; i = next_busy(sc, i + 1)) {
        if (!(sc->m[i].cls & W_NEG)) continue;
        /* "Nobody was hurt", "nobody was injured" */
        if (tok_is(sc, i, "nobody") && i + 2 < b &&
            (tok_is(sc, i + 1, "was") || tok_is(sc, i + 1, "were")) &&
            (tok_is(sc, i + 2, "hurt") || tok_is(sc, i + 2, "harmed") ||
             tok_is(sc, i + 2, "injured") || tok_is(sc, i + 2, "wounded")))
            return NO_DEAD | NO_HURT;
        if (!harm_word) continue;
        uint32_t at = DS_NONE;
        if (tok_is(sc, i, "no") || tok_is(sc, i, "without")) {
            for (uint32_t k = 1; k <= 2 && i + k < b && at == DS_NONE; k++)
                if (tok_in(sc, i + k, harm)) at = i + k;
            /* "No personnel were hurt.", "no civilians were harmed" */
            if (at == DS_NONE && i + 3 < b &&
                (tok_is(sc, i + 2, "were") || tok_is(sc, i + 2, "was")) &&
                (tok_is(sc, i + 3, "hurt") || tok_is(sc, i + 3, "harmed")))
                return NO_DEAD | NO_HURT;
        }
        if (at == DS_NONE &&
            (tok_is(sc, i, "not") || tok_is(sc, i, "n't") || tok_is(sc, i, "nor"))) {
            /* "The AFF did not report casualties", "the army has not
             * disclosed any deaths": a source that keeps silent tells no
             * toll (unknown, not zero; "no casualties were reported" still
             * says none) */
            static const char *const silent[] = {"report",  "disclose", "release", "give",
                                                 "provide", "confirm",  "publish", "mention",
                                                 "specify", "reveal",   NULL};
            WORD_SIG(silent);
            uint32_t v = i + 1;
            if (v < b && (tok_is(sc, v, "immediately") || tok_is(sc, v, "yet"))) v++;
            if (v < b && tok_in(sc, v, silent)) return 0;
            for (uint32_t k = 1; k <= 7 && i + k < b && at == DS_NONE; k++) {
                if (tok_is(sc, i + k, ".")) break;
                if (tok_in(sc, i + k, harm) && !tok_is(sc, i + k, "one")) at = i + k;
            }
        }
        if (at == DS_NONE) continue;
        if (at + 1 < b && tok_in(sc, at + 1, counts)) return 0;
        /* "no deaths or injuries": the list's last word counts too */
        bool dead_only = tok_is(sc, at, "deaths") || tok_is(sc, at, "fatalities");
        if (dead_only && at + 2 < b && (tok_is(sc, at + 1, "or") || tok_is(sc, at + 1, "and")) &&
            tok_in(sc, at + 2, harm))
            dead_only = false;
        return dead_only ? NO_DEAD : NO_DEAD | NO_HURT;
    }
    return 0;
}

/* "Troops recovered four firearms and an improvised explosive device": a
 * weapon found or taken after the event, not its means (a recovery verb up
 * to eight tokens before the weapon in the clause, or a passive one after
 * it: "explosives were also recovered", not "the territory that was
 * captured"); found_too: "found", "discovered" too, for the event's type
 * (the weapon field keeps what a defusal found). */
static bool recovered_weapon(const ev_scan *sc, const frame *f, uint32_t i, bool found_too)
{
    static const char *const took[] = {"recovered",   "recovering", "seized",    "seizing",
                                       "confiscated", "captured",   "capturing", NULL};
    static const char *const found[] = {"found", "discovered", "retrieved", NULL};
    WORD_SIG(took);
    WORD_SIG(found);
    /* "along with two AK-47 rifles and a cache of explosives": a store of
     * arms is never what was used */
    static const char *const store[] = {"cache", "caches", "stockpile", "stockpiles",
                                        "haul",  "depot",  NULL};
    WORD_SIG(store);
    if (i >= f->tok_start + 2 && tok_is(sc, i - 1, "of") && tok_in(sc, i - 2, store)) return true;
    /* each test below needs one of the words of S_RECOVER */
    if (!may_have_word(sc, f->tok_start, f->tok_end, S_RECOVER)) return false;
    for (uint32_t k = i, n = 0; k-- > f->tok_start && n < 8; n++) {
        if (tok_is(sc, k, ";") || tok_is(sc, k, ".")) break;
        if (tok_in(sc, k, took) || (found_too && tok_in(sc, k, found))) return true;
    }
    /* "arms and explosives ... were also recovered from the site" */
    for (uint32_t k = i + 1; k < f->tok_end && k <= i + 20; k++) {
        if (tok_is(sc, k, ";") || tok_is(sc, k, ".")) break;
        if ((tok_is(sc, k, "recovered") || tok_is(sc, k, "seized") ||
             tok_is(sc, k, "confiscated") || (found_too && tok_in(sc, k, found))) &&
            (tok_is(sc, k - 1, "were") || tok_is(sc, k - 1, "was") ||
             (tok_is(sc, k - 1, "also") &&
              (tok_is(sc, k - 2, "were") || tok_is(sc, k - 2, "was")))))
            return true;
    }
    return false;
}

static void weapon_of(ev_scan *sc, const frame *f, cand *c)
{
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    if (!may_have_role(sc, f->tok_start, f->tok_end, 1u << R_WEAPON)) return;
    for (uint32_t i = f->tok_start; i < f->tok_end; i++) {
        if (!rule_at(sc, i, R_WEAPON)) continue;
        /* "recovering two rifles": taken, not used (what was found and
         * defused is the weapon of a defusal) */
        if (recovered_weapon(sc, f, i, false)) continue;
        uint32_t a = i, b = i + sc->m[i].len;
        /* "detonated by a bomb disposal team", "the bomb squad": a unit's
         * name, no weapon */
        static const char *const team[] = {"disposal", "squad", "experts", "technicians", NULL};
        WORD_SIG(team);
        if (b < f->tok_end && tok_in(sc, b, team)) continue;
        /* "107mm rockets", "magnetic bomb": one modifier before */
        if (a > s->first_token) {
            const ds_token *p = tok(sc, a - 1);
            bool calibre = (p->flags & DS_TOK_NUMBER) && p->norm_len > 1 &&
                           p->norm[p->norm_len - 1] >= 'a' && p->norm[p->norm_len - 1] <= 'z';
            if (calibre || rule_at(sc, a - 1, R_WEAPON) || tok_is(sc, a - 1, "roadside") ||
                tok_is(sc, a - 1, "magnetic") || tok_is(sc, a - 1, "improvised") ||
                tok_is(sc, a - 1, "car") || tok_is(sc, a - 1, "sticky"))
                a--;
        }
        /* "rifles and incendiaries" */
        if (b + 1 < f->tok_end && tok_is(sc, b, "and") && rule_at(sc, b + 1, R_WEAPON))
            b = b + 1 + sc->m[b + 1].len;
        /* "explosive device": the whole phrase, not "explosive" alone */
        c->weapon_start = tok(sc, a)->span.start;
        c->weapon_end = tok(sc, b - 1)->span.end;
        return;
    }
}

/* The verb that makes "responsibility" at i (a word of sentence from
 * first) a claim or a blame, over an adjective ("took full responsibility",
 * "has assumed responsibility", "accepted sole responsibility"): its index,
 * *blame set for bearing it ("Officials said ISWAP bore responsibility":
 * the speaker blames the subject, who claims nothing); DS_NONE for any
 * other ("the government has a responsibility to protect"; "claimed
 * responsibility" is the claim word's own). */
static uint32_t responsibility_verb(ev_scan *sc, uint32_t first, uint32_t i, bool *blame)
{
    static const char *const take[] = {"took",    "take",     "takes",   "taken",    "taking",
                                       "assumed", "assume",   "assumes", "accepted", "accept",
                                       "accepts", "admitted", NULL};
    static const char *const bear[] = {"bore", "bear", "bears", "borne", NULL};
    WORD_SIG(take);
    WORD_SIG(bear);
    uint32_t v = i;
    if (v > first &&
        (tok_is(sc, v - 1, "full") || tok_is(sc, v - 1, "sole") || tok_is(sc, v - 1, "the")))
        v--;
    if (v == first) return DS_NONE;
    v--;
    *blame = tok_in(sc, v, bear);
    if (!*blame && !tok_in(sc, v, take)) return DS_NONE;
    /* "the government would take responsibility for the families", "urged
     * the group to take responsibility": a duty or a wish, no claim */
    static const char *const modal[] = {"would", "will",  "should", "must", "could",
                                        "may",   "might", "can",    "to",   NULL};
    WORD_SIG(modal);
    return v > first && tok_in(sc, v - 1, modal) ? DS_NONE : v;
}

/* The words of an adverb right before the claim verb at token v (first:
 * the sentence's first token): 1 for "has yet claimed", "immediately",
 * "publicly"; 2 for "has so far claimed", "has as yet claimed"; else 0. */
static uint32_t claim_adverb(const ev_scan *sc, uint32_t first, uint32_t v)
{
    if (v <= first + 1) return 0;
    if (tok_is(sc, v - 1, "yet")) return v > first + 2 && tok_is(sc, v - 2, "as") ? 2 : 1;
    if (tok_is(sc, v - 1, "immediately") || tok_is(sc, v - 1, "publicly")) return 1;
    return v > first + 2 && tok_is(sc, v - 1, "far") && tok_is(sc, v - 2, "so") ? 2 : 0;
}

/* A denier named by its noun alone ("the government denied"): the
 * country of the event it denies, known only when the cand is applied. */
static const char STATE_DENIES[] = "(the event's state)";

/* Claims, attributions and denials said in sentence s (whole sentence). */
static void claims_in(ev_scan *sc, uint32_t si_, cand *c)
{
    static const char *const relative[] = {"which", "who", NULL};
    WORD_SIG(relative);
    bool denied_before = false; /* a denial after an attribution, so far */
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[si_];
    uint32_t end = s->first_token + s->ntokens;
    if (!may_have_cls(sc, s->first_token, end,
                      W_CLAIM | W_PROPAGANDA | W_DENY | W_ATTRIB | W_SUSPECTED))
        return;
    for (uint32_t i = next_busy(sc, s->first_token); i < end; i = next_busy(sc, i + 1)) {
        const ds_token *t = tok(sc, i);
        uint8_t cls = sc->m[i].cls;
        if (!(cls & (W_CLAIM | W_PROPAGANDA | W_DENY | W_ATTRIB | W_SUSPECTED)))
            continue; /* none of the words below */
        bool claim = (cls & W_CLAIM) != 0;
        /* "The group took responsibility in a statement", "Nobody has taken
         * responsibility": a claim (or none) by the subject, negated before
         * its verb; "ISWAP bore responsibility": blamed (below) */
        uint32_t at = i;
        bool blame = false;
        if (claim && tok_is(sc, i, "responsibility")) {
            at = responsibility_verb(sc, s->first_token, i, &blame);
            if (at == DS_NONE) continue;
            claim = !blame;
        }
        /* "No group has yet claimed the attack": the negation before the
         * adverb */
        at -= claim_adverb(sc, s->first_token, at);
        /* "the attack claimed the lives of nine soldiers": deaths, not a claim */
        if (claim && (tok_is(sc, i + 1, "lives") || tok_is(sc, i + 1, "life") ||
                      (tok_is(sc, i + 1, "the") &&
                       (tok_is(sc, i + 2, "lives") || tok_is(sc, i + 2, "life")))))
            continue;
        /* "al-Shabaab said its fighters fired...", "ISWAP said it had seized
         * the town": an armed group telling of its own act claims it (the
         * subject is checked below; "said it was not involved" is no claim) */
        /* ("The group claimed that it killed four officers": the same, an
         * assertion of its own act) */
        bool say =
            claim &&
            (tok_is(sc, i, "said") || tok_is(sc, i, "says") ||
             ((tok_is(sc, i, "claimed") || tok_is(sc, i, "claims")) && tok_is(sc, i + 1, "that")));
        bool disowned = false; /* "said it had nothing to do with the attack" */
        if (say) {
            uint32_t k = i + 1;
            /* "said in a statement on its radio that it had killed ...",
             * "said on Telegram that its fighters ..." */
            if (tok_is(sc, k, "in") || tok_is(sc, k, "on") || tok_is(sc, k, "via") ||
                tok_is(sc, k, "through"))
                for (uint32_t q = k + 1; q < end && q <= k + 12; q++) {
                    if (tok_is(sc, q, ",") || tok_is(sc, q, ";") || tok_is(sc, q, ".")) break;
                    if (tok_is(sc, q, "that")) {
                        k = q;
                        break;
                    }
                }
            if (k < end && tok_is(sc, k, "that")) k++;
            /* ("Houthi military spokesman Yahya Saree said the group
             * targeted the ship": the group he speaks for) */
            /* ("The fighters claimed that they downed a helicopter" in a
             * battle: "claimed that" only with "it", "its", "the group") */
            const bool plural_ok = !tok_is(sc, i, "claimed") && !tok_is(sc, i, "claims");
            claim = k < end && (tok_is(sc, k, "its") || tok_is(sc, k, "it") ||
                                (plural_ok && (tok_is(sc, k, "their") || tok_is(sc, k, "they"))) ||
                                (tok_is(sc, k, "the") && tok_is(sc, k + 1, "group")));
            /* "Jaish al-Adl said it had nothing to do with the attack", "said
             * it was not involved / not behind it": the group denies it (not
             * "police said they had not yet identified the attackers") */
            for (uint32_t q = k; claim && q < end && q <= k + 4; q++) {
                if (!(sc->m[q].cls & W_NEG) && !tok_is(sc, q, "nothing")) continue;
                claim = false;
                disowned = (tok_is(sc, q, "nothing") && tok_is(sc, q + 1, "to") &&
                            tok_is(sc, q + 2, "do")) ||
                           (tok_is(sc, q, "not") &&
                            (tok_is(sc, q + 1, "involved") || tok_is(sc, q + 1, "behind") ||
                             tok_is(sc, q + 1, "responsible")));
            }
            if (!claim && !disowned) continue;
        }
        /* "released footage claiming it struck": propaganda of the act */
        if (cls & W_PROPAGANDA) {
            for (uint32_t k = 1; k <= 3 && i >= s->first_token + k; k++)
                if (tok_is(sc, i - k, "released") || tok_is(sc, i - k, "published") ||
                    tok_is(sc, i - k, "issued"))
                    claim = true;
            if (claim) {
                bool shows = false;
                for (uint32_t k = 1; k <= 3 && i + k < end; k++)
                    shows = shows || tok_is(sc, i + k, "showing") ||
                            tok_is(sc, i + k, "claiming") || tok_is(sc, i + k, "celebrating");
                /* "released a video of the attack" */
                shows |= tok_is(sc, i + 1, "of") && tok_is(sc, i + 2, "the") && i + 3 < end &&
                         rule_at(sc, i + 3, R_ANAPHOR);
                claim = shows;
            }
        }
        bool deny = (cls & W_DENY) != 0 || disowned;
        /* "The Afghan Taliban have denied sheltering TTP fighters": a help
         * to the attackers denied, not the act (the gerund after "denied"
         * names support, not violence) */
        static const char *const helped[] = {"sheltering", "harbouring", "harboring", "hosting",
                                             "backing",    "supporting", "arming",    "funding",
                                             "financing",  "sponsoring", "aiding",    NULL};
        WORD_SIG(helped);
        if (deny && i + 1 < end && tok_in(sc, i + 1, helped)) deny = false;
        denied_before |= deny && c->attributed;
        bool attrib = (cls & W_ATTRIB) != 0;
        /* "the device was planted by X": the agent of a passive (not "militants
         * planted a bomb that killed soldiers") */
        static const char *const agentive[] = {"planted", "perpetrated", "orchestrated",
                                               "masterminded", NULL};
        WORD_SIG(agentive);
        /* "the attack was carried out by X" (not "militants carried out an
         * attack", nor "shelling carried out by land forces" beside the
         * attack it supported): a passive of the event itself */
        static const char *const aux[] = {"was", "were", "been", NULL};
        WORD_SIG(aux);
        if (attrib && tok_is(sc, i, "carried"))
            attrib = tok_is(sc, i + 1, "out") && tok_is(sc, i + 2, "by") && i > s->first_token &&
                     tok_in(sc, i - 1, aux);
        if (attrib && tok_in(sc, i, agentive) &&
            (!tok_is(sc, i + 1, "by") || i == s->first_token || !tok_in(sc, i - 1, aux)))
            attrib = false;
        /* "detained 12 refugees accused of belonging to ARSA": what the
         * detained are held for, not who made the event */
        static const char *const held_for[] = {
            "belonging",     "being",   "membership", "links",   "ties",        "supporting",
            "collaborating", "having",  "aiding",     "working", "cooperating", "colluding",
            "spying",        "helping", "informing",  NULL};
        WORD_SIG(held_for);
        if (attrib && tok_is(sc, i, "accused") && tok_is(sc, i + 1, "of") &&
            tok_in(sc, i + 2, held_for))
            attrib = false;
        /* "sources suspected the involvement of the TTP" (not "two suspected
         * TTP militants") */
        if ((cls & W_SUSPECTED) && i > s->first_token &&
            (tok_is(sc, i - 1, "sources") || tok_is(sc, i - 1, "officials") ||
             tok_is(sc, i - 1, "authorities") || tok_is(sc, i - 1, "police") ||
             tok_is(sc, i - 1, "investigators")))
            attrib = true;
        /* "Ambazonian separatists were suspected.": the group before it,
         * blamed (GTD's summaries) */
        const bool suspected =
            (cls & W_SUSPECTED) && i > s->first_token &&
            (tok_in(sc, i - 1, aux) || tok_is(sc, i - 1, "are") || tok_is(sc, i - 1, "is")) &&
            (i + 1 >= end || tok_punct(sc, i + 1) || tok_is(sc, i + 1, "of"));
        attrib |= suspected;
        attrib |= blame;
        if (!claim && !deny && !attrib) continue;
        /* "Al-Shabaab claimed on its radio that it had repelled the attack":
         * the side attacked telling of its defence, no responsibility taken */
        static const char *const defended[] = {"repelled", "repulsed", "foiled",
                                               "thwarted", "pushed",   NULL};
        WORD_SIG(defended);
        bool defence = false;
        for (uint32_t k = i + 1; claim && k < end && k <= i + 10 && !defence; k++)
            defence = tok_in(sc, k, defended);
        if (defence) continue;
        if (claim && !say && tok_is(sc, i + 1, "that") && !(cls & W_PROPAGANDA))
            continue; /* an assertion, not responsibility */
        /* "the regional administration claimed 20 fighters were killed": a
         * toll asserted (a figure right after), not responsibility, unless
         * an armed group asserts it (checked below) */
        bool toll = claim && !say && !(cls & W_PROPAGANDA) && i + 1 < end &&
                    !tok_is(sc, i + 1, "both") &&
                    ((tok(sc, i + 1)->flags & DS_TOK_NUMBER) || small_count(sc, i + 1));
        bool neg = false;
        for (uint32_t k = 1; k <= 3 && at >= s->first_token + k; k++)
            if (tok_is(sc, at - k, "no") || tok_is(sc, at - k, "not") ||
                tok_is(sc, at - k, "n't") || tok_is(sc, at - k, "never") ||
                tok_is(sc, at - k, "nobody") || tok_is(sc, at - k, "none"))
                neg = true;
        /* subjects: actor mentions and countries before the word in this
         * clause ("...; JNIM denied involvement": JNIM alone) */
        uint32_t clause = s->span.start;
        for (uint32_t j = i; j-- > s->first_token;) {
            if (tok_is(sc, j, ";") || tok_is(sc, j, ":") || tok_is(sc, j, "but") ||
                (tok_is(sc, j, ",") && (tok_is(sc, j + 1, "and") || tok_is(sc, j + 1, "but")))) {
                clause = tok(sc, j)->span.end;
                break;
            }
        }
        /* "Police blamed al-Shabaab, which denied involvement": the denier
         * is the one the relative clause hangs on */
        if (deny && i >= s->first_token + 2 && tok_in(sc, i - 1, relative) &&
            tok_is(sc, i - 2, ",")) {
            for (uint32_t k = sc->actor.first[si_]; k < sc->actor.first[si_ + 1]; k++) {
                const ds_actor_ref *r = &doc->actor_refs.v[sc->actor.idx[k]];
                /* (its abbreviation and head noun between: "blamed National
                 * Salvation Front (NAS) rebels, who denied involvement") */
                if (r->span.end <= tok(sc, i - 2)->span.start &&
                    r->span.end + 24 >= tok(sc, i - 2)->span.start)
                    clause = r->span.start;
            }
        } else if (deny) {
            /* "police said the attacker was shot, a claim the group denied":
             * the denier is named after the last comma when one is */
            uint32_t comma = 0;
            for (uint32_t j = i; j-- > s->first_token && tok(sc, j)->span.start >= clause;)
                if (tok_is(sc, j, ",")) {
                    comma = tok(sc, j)->span.end;
                    break;
                }
            for (uint32_t k = sc->actor.first[si_]; comma && k < sc->actor.first[si_ + 1]; k++) {
                const ds_actor_ref *r = &doc->actor_refs.v[sc->actor.idx[k]];
                if (r->span.start >= comma && r->span.end <= t->span.start) {
                    clause = comma;
                    break;
                }
            }
        }
        /* "The army said the strike hit a PDF camp and denied involvement":
         * "and denied" goes on with the speaker, not with the names of what
         * it said (those after its "said" or "that") */
        uint32_t told_from = t->span.start;
        if (deny && i > s->first_token && tok_is(sc, i - 1, "and"))
            for (uint32_t j = s->first_token; j < i; j++)
                if (tok(sc, j)->span.start >= clause &&
                    (tok_is(sc, j, "said") || tok_is(sc, j, "that") || tok_is(sc, j, "says"))) {
                    told_from = tok(sc, j)->span.start;
                    break;
                }
        const ds_actor_ref *subj = NULL, *obj = NULL;
        for (uint32_t k = sc->actor.first[si_]; k < sc->actor.first[si_ + 1]; k++) {
            const ds_actor_ref *r = &doc->actor_refs.v[sc->actor.idx[k]];
            if (r->span.end <= t->span.start) {
                if (r->span.start < clause || r->span.start >= told_from) continue;
                if (r->span.start >= s->span.start) subj = subj ? subj : r;
                if (deny && c->ndenied < 4 && r->type != DS_ACTOR_CIVILIANS &&
                    strncmp(ref_name(sc, r), "Unidentified", 12) != 0) {
                    const char *n = NULL;
                    if ((r->type == DS_ACTOR_GOVERNMENT || r->type == DS_ACTOR_STATE_FORCE) &&
                        r->iso3[0])
                        n = country_name(sc, r->iso3);
                    if (!n) n = ref_name(sc, r);
                    if (n) c->denied[c->ndenied++] = n;
                }
            } else if (!obj && r->span.start > t->span.end) {
                obj = r;
            }
        }
        if (deny) {
            for (uint32_t k = sc->place.first[si_]; k < sc->place.first[si_ + 1]; k++) {
                const ds_place *p = &doc->places.v[sc->place.idx[k]];
                if (p->span.end > t->span.start) break;
                if (p->span.start < clause) continue;
                /* (not "the Pakistani Taliban denied": a nation word inside
                 * the denier's name) */
                if ((p->feature == DS_FEAT_COUNTRY || p->feature == DS_FEAT_DEMONYM) &&
                    c->ndenied < 4 && !in_actor_name(sc, si_, p->span)) {
                    const char *n = country_name(sc, p->iso3);
                    if (!n) n = p->name;
                    bool dup = false;
                    for (uint32_t d = 0; d < c->ndenied && n; d++)
                        dup = dup || strcmp(c->denied[d], n) == 0;
                    if (n && !dup) c->denied[c->ndenied++] = n;
                }
            }
            /* "Residents blamed the ENDF; the government denied targeting
             * civilians": the state denies, named by its noun alone (no
             * mention, no nation word): the event's country, at enrich() */
            /* (not "The government denied the figure": a toll disputed) */
            static const char *const counted[] = {"figure", "figures", "toll", "number", NULL};
            WORD_SIG(counted);
            if (!c->ndenied && i >= s->first_token + 2 && tok_is(sc, i - 2, "the") &&
                (tok_is(sc, i - 1, "government") || tok_is(sc, i - 1, "authorities")) &&
                !(tok_is(sc, i + 1, "the") && tok_in(sc, i + 2, counted)))
                c->denied[c->ndenied++] = STATE_DENIES;
            continue;
        }
        if (suspected) {
            if (!neg && subj && subj->type == DS_ACTOR_ARMED_GROUP &&
                strncmp(ref_name(sc, subj), "Unidentified", 12) != 0 &&
                !(c->attributed && denied_before))
                c->attributed = subj;
            continue;
        }
        if (attrib && (blame || tok_is(sc, i, "responsible"))) {
            /* "No group claimed the attack, but JNIM is very likely
             * responsible": the group before it, said to be (not "not
             * responsible", not "held X responsible" by an official) */
            bool is = blame || (i > s->first_token + 1 &&
                                (tok_is(sc, i - 1, "is") || tok_is(sc, i - 1, "was") ||
                                 tok_is(sc, i - 2, "is") || tok_is(sc, i - 2, "was") ||
                                 (i > s->first_token + 2 &&
                                  (tok_is(sc, i - 3, "is") || tok_is(sc, i - 3, "was")))));
            if (is && !neg && subj && subj->type == DS_ACTOR_ARMED_GROUP &&
                !(c->attributed && denied_before))
                c->attributed = subj;
            /* "Authorities held Jaish al-Adl responsible": the group held,
             * named between the verb and the word */
            static const char *const held[] = {"held", "hold", "holds", "holding", NULL};
            WORD_SIG(held);
            for (uint32_t k = i; !is && !neg && k-- > s->first_token && k + 8 > i;) {
                if (!tok_in(sc, k, held)) continue;
                for (uint32_t q = sc->actor.first[si_]; q < sc->actor.first[si_ + 1]; q++) {
                    const ds_actor_ref *r = &doc->actor_refs.v[sc->actor.idx[q]];
                    if (r->span.start > tok(sc, k)->span.end && r->span.end <= t->span.start &&
                        r->type == DS_ACTOR_ARMED_GROUP && !ds_facts_unnamed(ref_name(sc, r)) &&
                        !(c->attributed && denied_before))
                        c->attributed = r;
                }
                break;
            }
            continue;
        }
        if (attrib) {
            /* "blamed Turkey for the strike", "attributed the attack to
             * Israel": a country named right after (before any actor) */
            for (uint32_t k = sc->place.first[si_];
                 !neg && !c->blamed_state && !c->attributed && k < sc->place.first[si_ + 1]; k++) {
                const ds_place *p = &doc->places.v[sc->place.idx[k]];
                if (p->span.start <= t->span.end) continue;
                if (p->span.start > t->span.end + 24 || (obj && obj->span.start < p->span.start))
                    break;
                if (p->feature == DS_FEAT_COUNTRY && !in_actor_name(sc, si_, p->span))
                    c->blamed_state = p;
            }
            /* "attributed to al-Shabaab, which rejected the claim and accused
             * the army": the denier's counter-blame does not override */
            if (obj && !(c->attributed && denied_before)) c->attributed = obj;
            continue;
        }
        if ((say || toll) && (!subj || subj->type != DS_ACTOR_ARMED_GROUP ||
                              !strncmp(ref_name(sc, subj), "Unidentified", 12)))
            continue; /* "the army said its troops...": a report, not a claim */
        if (neg) {
            if (!say) c->claimed = 0;
        } else {
            c->claimed = 1;
            /* "The attack was claimed by the TTP": the claimant follows "by" */
            bool by = obj && tok_is(sc, i + 1, "by") && i > s->first_token &&
                      (tok_is(sc, i - 1, "was") || tok_is(sc, i - 1, "were") ||
                       tok_is(sc, i - 1, "been"));
            if (by && obj->type == DS_ACTOR_ARMED_GROUP && obj->span.start < t->span.end + 40)
                c->claimed_by = obj;
            else if (subj && subj->type != DS_ACTOR_MEDIA)
                c->claimed_by = subj;
        }
    }
}

/* "Allied Democratic Forces", "Rapid Support Forces": a security noun in a
 * non-state group's name names no security target. */
static bool in_group_name(const ev_scan *sc, uint32_t si, uint32_t i)
{
    ds_span sp = tok(sc, i)->span;
    if (!(tok(sc, i)->flags & DS_TOK_CAP)) return false; /* "Taliban forces" are forces */
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.start <= sp.start && sp.end <= r->span.end && r->type == DS_ACTOR_ARMED_GROUP &&
            r->span.end - r->span.start > sp.end - sp.start)
            return true;
    }
    return false;
}

/* "a convoy of civilian traders", "a civilian convoy": a security noun that
 * names no security target. */
/* "a police informer", "an army informant": the security noun at i (its
 * mention ending before token e) qualifies a civilian noun, a phrase of
 * event_rules.tsv's civilian words that starts at i and goes past e, or
 * one that starts at e. */
static bool informer(const ev_scan *sc, const frame *f, uint32_t i, uint32_t e)
{
    return (rule_at(sc, i, R_CIVILIAN) && i + sc->m[i].len > e) ||
           (e < f->tok_end && rule_at(sc, e, R_CIVILIAN));
}

static bool civilian_modified(const ev_scan *sc, const frame *f, uint32_t i)
{
    if (i > f->tok_start && rule_at(sc, i - 1, R_CIVILIAN)) return true;
    if (informer(sc, f, i, i + 1)) return true;
    /* "an off-duty police officer", "a retired army colonel", "former
     * soldiers": out of service, a civilian target (ACLED) */
    static const char *const out_of_service[] = {"off-duty", "retired", "former", "ex", NULL};
    WORD_SIG(out_of_service);
    const bool retired = may_have_word(sc, f->tok_start, f->tok_end, S_RETIRED);
    for (uint32_t b = 1; retired && b <= 4 && i >= f->tok_start + b; b++) {
        if (tok_in(sc, i - b, out_of_service)) return true;
        if (tok_punct(sc, i - b) && !tok_is(sc, i - b, "-")) break;
    }
    /* "a convoy of traders", "a convoy transporting workers of a mining
     * company", "a bus carrying passengers" */
    return i + 2 < f->tok_end &&
           (tok_is(sc, i + 1, "of") || tok_is(sc, i + 1, "transporting") ||
            tok_is(sc, i + 1, "carrying")) &&
           (rule_at(sc, i + 2, R_CIVILIAN) ||
            (i + 3 < f->tok_end && rule_at(sc, i + 3, R_CIVILIAN)));
}

/* "a US base", "the Turkish army's outpost": the country a nation word or
 * name right before the security noun at i names (a place of sentence si
 * ending at token i - 1) into iso3; else iso3 stays "". */
static void nation_before(const ev_scan *sc, uint32_t si, uint32_t i, char iso3[4])
{
    if (i == 0) return;
    uint32_t end = tok(sc, i - 1)->span.end;
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++) {
        const ds_place *p = &sc->doc->places.v[sc->place.idx[k]];
        if (p->span.end == end && p->iso3[0] &&
            (p->feature == DS_FEAT_DEMONYM || p->feature == DS_FEAT_COUNTRY)) {
            memcpy(iso3, p->iso3, 4);
            return;
        }
    }
    /* "a US base": "US" names no place (the gazetteer leaves it out for
     * "CPN (US)" and the like), but before a force's noun it is the nation */
    if ((tok(sc, i - 1)->flags & DS_TOK_UPPER) && tok_is(sc, i - 1, "us")) memcpy(iso3, "USA", 4);
}

/* "a terrorist logistics base", "an al-Shabaab camp": a site of armed men
 * the state fights (a target, but no state force's): a word of theirs or
 * a group's name among the three tokens before the noun at i. */
static bool armed_site(const ev_scan *sc, const frame *f, uint32_t i)
{
    static const char *const theirs[] = {
        "terrorist", "terrorists", "militant",   "militants", "insurgent", "insurgents",
        "rebel",     "rebels",     "jihadist",   "jihadists", "enemy",     "bandit",
        "bandits",   "extremist",  "extremists", "gang",      "criminal",  NULL};
    WORD_SIG(theirs);
    static const char *const dets[] = {"the", "a", "an", "their", "its", "his", "her", NULL};
    WORD_SIG(dets);
    /* the noun phrase's word before the noun, or the one before that when
     * it is a plain modifier ("terrorist logistics base"; not "militants
     * burned the police station") */
    uint32_t from = i;
    if (i > f->tok_start) {
        from = i - 1;
        if (from > f->tok_start && (tok(sc, from)->flags & DS_TOK_WORD) &&
            !tok_in(sc, from, dets) && !is_trigger(sc, from) && !tok_in(sc, from, theirs))
            from--;
    }
    for (uint32_t j = from; j < i; j++)
        if (tok_in(sc, j, theirs)) return true;
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    for (uint32_t k = sc->actor.first[f->sentence]; k < sc->actor.first[f->sentence + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->type != DS_ACTOR_ARMED_GROUP || r->generic) continue;
        uint32_t re = token_at(sc, s, r->span.end - 1);
        if (re < i && re >= from - 1) return true; /* "an al-Shabaab camp" */
    }
    return false;
}

/* "police spokesman X said", "army officials said", "The Papua Regional
 * Police report that yesterday", "The Army informs that", "police received
 * a report that a man had been shot", "police were alerted to an
 * explosion": the security noun names who reports, not whom the attack
 * hit. */
static bool reporting_source(const ev_scan *sc, const frame *f, uint32_t i)
{
    static const char *const says[] = {
        "spokesman",    "spokesperson", "spokeswoman", "said",      "says",      "official",
        "officials",    "source",       "sources",     "statement", "commander", "chief",
        "commissioner", "told",         "reported",    "report",    "reports",   "informs",
        "received",     "alerted",      NULL};
    WORD_SIG(says);
    /* each test below needs one of the words of S_SAYS in the frame */
    if (!may_have_word(sc, f->tok_start, f->tok_end, S_SAYS)) return false;
    for (uint32_t k = 1; k <= 2 && i + k < f->tok_end; k++) {
        if (tok_in(sc, i + k, says)) return true;
        if (tok_punct(sc, i + k)) break;
    }
    /* "police and witnesses said" */
    if (i + 3 < f->tok_end && tok_is(sc, i + 1, "and") && tok_in(sc, i + 3, says)) return true;
    /* "according to the Congolese army", "said local police officer X" */
    for (uint32_t k = 1; k <= 4 && i >= f->tok_start + k; k++) {
        if (tok_punct(sc, i - k)) break;
        if ((k >= 2 && tok_is(sc, i - k, "according") && tok_is(sc, i - k + 1, "to")) ||
            (k <= 3 && tok_in(sc, i - k, speech_verbs)))
            return true;
    }
    return false;
}

static bool armed_ref(const ds_actor_ref *r)
{
    return r && (r->type == DS_ACTOR_ARMED_GROUP || r->type == DS_ACTOR_STATE_FORCE);
}

/* "captured the town of X", "took control of Gasiza village", "took over
 * Kaheku": a place follows the transfer verb at i (not "1 captured",
 * "captured two others"). */
static bool territory_after(const ev_scan *sc, const frame *f, uint32_t i, bool *site)
{
    static const char *const places[] = {
        "town",     "village",    "city",         "base",    "district", "area",  "camp",
        "hill",     "positions",  "position",     "sites",   "locality", "towns", "villages",
        "township", "townships",  "headquarters", "outpost", "outposts", "bases", "barracks",
        "garrison", "checkpoint", "checkpoints",  "camps",   NULL};
    WORD_SIG(places);
    /* a force's site: taken from the force that held it, a battle */
    static const char *const sites[] = {"base",        "bases",     "headquarters", "outpost",
                                        "outposts",    "barracks",  "garrison",     "checkpoint",
                                        "checkpoints", "positions", "position",     NULL};
    WORD_SIG(sites);
    uint32_t j = i + sc->m[i].len;
    if (tok_is(sc, j, "of")) j++; /* "took control of" */
    if (tok_is(sc, j, "the") || tok_is(sc, j, "a")) j++;
    for (uint32_t k = j; k < f->tok_end && k < j + 4; k++) {
        if (tok_in(sc, k, places)) {
            *site = tok_in(sc, k, sites);
            return true;
        }
        if (tok_punct(sc, k)) break;
    }
    return j < f->tok_end && (tok(sc, j)->flags & DS_TOK_CAP);
}

/* "captured and detained 40 migrants", "captured two suspects": people
 * are the object of the verb at i (a person noun among the next words of
 * the frame, before any punctuation). */
static bool people_after(const ev_scan *sc, const frame *f, uint32_t i)
{
    static const char *const people[] = {
        "migrants",    "suspects",  "suspect",   "militants",  "militant",  "fighters",
        "fighter",     "people",    "persons",   "men",        "man",       "women",
        "rebels",      "rebel",     "gunmen",    "smugglers",  "members",   "member",
        "individuals", "soldiers",  "soldier",   "insurgents", "insurgent", "terrorists",
        "terrorist",   "policemen", "policeman", "villagers",  "hostages",  "civilians",
        "others",      "refugees",  "bandits",   NULL};
    WORD_SIG(people);
    for (uint32_t k = i + sc->m[i].len; k < f->tok_end && k < i + 8; k++) {
        if (tok_punct(sc, k)) break;
        if (tok_in(sc, k, people) || rule_at(sc, k, R_CIVILIAN)) return true;
    }
    return false;
}

/* "overran a police station", "stormed the gendarmerie post of Dioura": a
 * station or post is the object of the verb at i (within its next five
 * words, before any punctuation). */
static bool post_after(const ev_scan *sc, const frame *f, uint32_t i)
{
    static const char *const posts[] = {"station", "stations", "post", "posts", NULL};
    WORD_SIG(posts);
    uint32_t j = i + sc->m[i].len;
    for (uint32_t k = j; k < f->tok_end && k < j + 5; k++) {
        if (tok_in(sc, k, posts)) return true;
        if (tok_punct(sc, k)) break;
    }
    return false;
}

/* Decides the ACLED type of a frame from its triggers, weapon cues and
 * targets. */
/* "looted our pharmacy and assaulted two of our staff": is the verb at i
 * joined by "and" to the one at a, with no punctuation between (one
 * clause, one actor), and are people its object (a count or a civilian
 * noun in the four words after it; not "hurled stones at houses")? */
static bool and_people(const ev_scan *sc, const frame *f, uint32_t a, uint32_t i)
{
    bool joined = false;
    if (i > a + 8) return false;
    for (uint32_t j = a + 1; j < i; j++) {
        if (tok_punct(sc, j)) return false;
        joined |= tok_is(sc, j, "and");
    }
    for (uint32_t j = i + 1; joined && j < f->tok_end && j <= i + 4; j++) {
        if (tok_punct(sc, j)) break;
        if (small_count(sc, j) || (j == i + 1 && tok_is(sc, j, "a")) || rule_at(sc, j, R_CIVILIAN))
            return true;
    }
    return false;
}

/* Is token i (of frame f) in an "including" subset of a casualty figure
 * ("injuring five others, including two municipal police officers"):
 * "including" at most five words back, with no punctuation between? */
static bool in_subset(const ev_scan *sc, const frame *f, uint32_t i)
{
    for (uint32_t k = 1; k <= 5 && i >= f->tok_start + k && !tok_punct(sc, i - k); k++) {
        const ds_token *t = tok(sc, i - k);
        if (t->norm_len == 9 && t->norm[0] == 'i' && tok_is(sc, i - k, "including")) return true;
    }
    return false;
}

/* Does the note (a short one: crowd_note) tell people harmed ("seized a
 * thief and beat him", "The group shot the man")? A word of harm, or a
 * death or an injury. */
static bool crowd_harm(ev_scan *sc)
{
    static const char *const harm[] = {"beat",    "beaten",    "whipped", "lynched",  "shot",
                                       "stabbed", "assaulted", "stoned",  "attacked", "burned",
                                       "torched", "tortured",  "hit",     NULL};
    WORD_SIG(harm);
    for (uint32_t i = 0; i < sc->doc->tokens.n; i++)
        if (tok_in(sc, i, harm) || rule_at(sc, i, R_DEATH) || rule_at(sc, i, R_INJURY)) return true;
    return false;
}

static void classify(ev_scan *sc, const frame *f, cand *c)
{
    static const char *const claim_verbs[] = {"said", "says", "announced", "claimed", NULL};
    WORD_SIG(claim_verbs);
    static const char *const dets[] = {"the", "a", "an", "his", "her", "their", "its", NULL};
    WORD_SIG(dets);
    const ev_rule *best = NULL;
    uint32_t best_at = 0;
    c->generic_only = true;
    c->noun_only = true;
    c->plural_noun_only = true;
    bool death = false, injury = false, transfer = false, site = false;
    bool foiled_fight = false; /* "foiled an ambush": see below */
    for (uint32_t k = 0; k < f->ntrig; k++) {
        uint32_t i = f->trig[k];
        const ev_rule *r = rule_at(sc, i, R_VERB);
        if (!r) r = rule_at(sc, i, R_NOUN);
        bool noun = r && !rule_at(sc, i, R_VERB);
        if (!r) r = rule_at(sc, i, R_DEATH);
        if (!r) r = rule_at(sc, i, R_INJURY);
        if (!r) continue;
        /* "captured the town", "seized dozens of junta outposts" (not
         * "seized weapons") */
        if ((r->sub_event_type == acled_subs[23] ||
             (r->sub_event_type == acled_subs[20] && tok_is(sc, i, "seized"))) &&
            territory_after(sc, f, i, &site))
            transfer = true;
        if (!noun) c->noun_only = false;
        /* "staged protests", "held demonstrations", "conducted airstrikes":
         * the happening told, with its verb (not "protests in March"; not
         * "able to carry out attacks", a capability) */
        static const char *const light[] = {"staged",    "held",      "organised",
                                            "organized", "launched",  "mounted",
                                            "conducted", "initiated", NULL};
        WORD_SIG(light);
        if (!noun || !is_plural_noun(tok(sc, i)) ||
            (i > f->tok_start && (tok_is(sc, i - 1, "twin") || tok_is(sc, i - 1, "double") ||
                                  tok_is(sc, i - 2, "twin") || tok_is(sc, i - 2, "double") ||
                                  tok_is(sc, i - 1, "coordinated") ||
                                  tok_is(sc, i - 1, "simultaneous") || tok_in(sc, i - 1, light))))
            c->plural_noun_only = false;
        if (!r->generic) {
            c->generic_only = false;
            /* the first specific trigger wins, but a violent one beats a
             * strategic development ("arrested" after "attacked"), unless
             * it is what was stopped ("foiled an attempted suicide bombing");
             * a development after an act of violence does not beat it
             * ("attacked an outpost and burned down a bridge": the attack) */
            bool stopped = best && best->sub_event_type == acled_subs[20] && i <= best_at + 4;
            if (!best || (best->generic && r->event_type != T_STRATEGIC) ||
                (best->event_type == T_STRATEGIC && r->event_type != T_STRATEGIC && !stopped)) {
                best = r;
                best_at = i;
            }
        } else if (!best ||
                   (best->sub_event_type == acled_subs[22] && rule_at(sc, i, R_DEATH) == r &&
                    r->typed && i > f->tok_start && !tok_in(sc, i - 1, dets) &&
                    !protest_cause_at(sc, f->tok_start, i)) ||
                   (best->sub_event_type == acled_subs[22] && i > best_at && !noun &&
                    rule_at(sc, i, R_VERB) == r && (r->gtd == 2 || r->gtd == 8) &&
                    and_people(sc, f, best_at, i))) {
            /* "burned five villagers to death": people killed, not property
             * (but not "to protest against the murder of a trader");
             * "looted our pharmacy and assaulted two of our staff": people
             * attacked too (ACLED: looting is a development only when
             * nobody is) */
            best = r;
            best_at = i;
        } else if (best->sub_event_type == acled_subs[20] && r->generic && i > best_at &&
                   i <= best_at + 4 &&
                   (tok_is(sc, best_at, "foiled") || tok_is(sc, best_at, "thwarted"))) {
            /* "Troops foiled an ambush by about 20 NPA members ... A
             * firefight ensued": an armed attack stopped by fighting is a
             * battle (ACLED), not a bomb defused */
            foiled_fight = true;
        }
    }
    const ev_rule *weapon = NULL, *communal = NULL;
    uint32_t weapon_at = 0;
    bool civ = false, sec = false;
    /* a security noun that is actor1's own, named after the verb ("were
     * killed by Ethiopian soldiers"), and any other one */
    bool agent_sec = false, other_sec = false;
    bool sec_main = false; /* a security noun not only in an "including" subset */
    bool firearm = false;  /* guns, rifles, small arms (an untyped weapon of GTD's armed assault) */
    uint32_t firearm_at = 0;
    /* "The patrol came under fire from unidentified armed men while
     * escorting a convoy" after "the attack on its peacekeepers": a target
     * told before, whose forces this sentence does not say (nor does the
     * convoy it escorted) */
    const uint32_t t0 = f->trig[0];
    const bool target_told = t0 >= f->tok_start + 2 && t0 + 1 < f->tok_end &&
                             tok_is(sc, t0 + 1, "under") && tok_is(sc, t0 - 2, "the") &&
                             !(tok(sc, t0 - 1)->flags & DS_TOK_CAP);
    /* the loop acts only on a token with a phrase of a CLASSIFY_ROLES role
     * or a class of CLASSIFY_CLS: it steps along match_sentence's list of
     * them (f is a frame of the sentence last matched: analyze() reads
     * make_frames' frames only) */
    uint32_t li = 0;
    while (li < sc->ncls_tok && sc->cls_tok[li] < f->tok_start) li++;
    for (; li < sc->ncls_tok && sc->cls_tok[li] < f->tok_end; li++) {
        const uint32_t i = sc->cls_tok[li];
        if (sc->m[i].phrase < 0 || !(sc->ph[sc->m[i].phrase].roles & CLASSIFY_ROLES)) {
            /* no rule, or none of a role read below: of the tests below,
             * only the class cues can pass (rule_at answers NULL for a
             * role not in the phrase's roles) */
            if (sc->m[i].cls & W_DISPERSE) c->protest_intervention = true;
            if (sc->m[i].cls & W_RIOT) c->riot_cue = true;
            continue;
        }
        const ev_rule *w = rule_at(sc, i, R_WEAPON);
        if (!w) w = rule_at(sc, i, R_CUE);
        if (w && w->typed && recovered_weapon(sc, f, i, true)) w = NULL;
        /* (not the "guns" of "heavy guns", a phrase of its own) */
        if (w && !w->typed && w->gtd == 2 &&
            !(i > f->tok_start && sc->m[i - 1].phrase >= 0 && sc->m[i - 1].len >= 2))
            firearm = true, firearm_at = i;
        if (w && w->typed) {
            /* suicide > air > shelling > grenade > IED: the order of the codebook list */
            if (!weapon)
                weapon = w, weapon_at = i;
            else {
                size_t a = 0, b = 0;
                for (size_t j = 0; j < sizeof acled_subs / sizeof *acled_subs; j++) {
                    if (acled_subs[j] == weapon->sub_event_type) a = j;
                    if (acled_subs[j] == w->sub_event_type) b = j;
                }
                if (b < a) weapon = w, weapon_at = i;
            }
        }
        if (rule_at(sc, i, R_CIVILIAN)) civ = true;
        const bool security = rule_at(sc, i, R_SECURITY) != NULL;
        /* "RSF soldiers attacked the town", "were killed when Ethiopian
         * soldiers went door to door": the attacker's own noun names no
         * target (this and the next read only for a security noun) */
        bool in_actor1 = security && c->actor1 && tok(sc, i)->span.start >= c->actor1->span.start &&
                         tok(sc, i)->span.end <= c->actor1->span.end;
        bool attacker_noun = in_actor1 && (c->actor1->span.end <= tok(sc, f->trig[0])->span.start ||
                                           c->agent_clause);
        /* "local militias killed five civilians": the noun right before an
         * active verb is its subject, who acted (not "soldiers were killed") */
        if (security && !attacker_noun && i + 1 == f->trig[0] &&
            (rule_at(sc, i + 1, R_VERB) || rule_at(sc, i + 1, R_DEATH)) &&
            !tok_is(sc, i + 1, "struck") && !tok_is(sc, i + 1, "hit") && !tok_is(sc, i + 1, "ran"))
            attacker_noun = true;
        /* "Wagner fighters alongside Malian troops killed ...": an ally's
         * (not in "ADF rebels and the army exchanged fire near Beni",
         * a fight's two sides) */
        const bool fight = best && !best->generic && best->event_type == T_BATTLES;
        for (uint32_t k = 0; security && !fight && !attacker_noun && k < c->nassoc; k++)
            attacker_noun = tok(sc, i)->span.start >= c->assoc[k]->span.start &&
                            tok(sc, i)->span.end <= c->assoc[k]->span.end &&
                            c->assoc[k]->span.end <= tok(sc, f->trig[0])->span.start;
        /* "shot dead by police": the agent of a passive is no target */
        bool agent = security && i > f->tok_start &&
                     (tok_is(sc, i - 1, "by") ||
                      (i > f->tok_start + 1 && tok_is(sc, i - 2, "by") &&
                       (tok_is(sc, i - 1, "the") || tok_is(sc, i - 1, "security"))));
        if (security && !accused_of(sc, f->tok_start, i) && !civilian_modified(sc, f, i) &&
            !reporting_source(sc, f, i) && !in_group_name(sc, f->sentence, i) && !attacker_noun &&
            !agent && !linked_with(sc, &sc->doc->sentences.v[f->sentence], i) &&
            /* "two Chinese engineers were killed when a car rammed their
             * convoy": the convoy of whoever "their" points to */
            !(i > f->tok_start && tok_is(sc, i - 1, "their") &&
              (tok_is(sc, i, "convoy") || tok_is(sc, i, "vehicle") || tok_is(sc, i, "vehicles")))) {
            sec = true;
            if (!in_subset(sc, f, i)) sec_main = true;
            if (in_actor1)
                agent_sec = true;
            else
                other_sec = true;
            static const char *const police[] = {"police",      "policemen", "policeman",
                                                 "gendarmerie", "gendarmes", NULL};
            WORD_SIG(police);
            static const char *const army[] = {
                "soldiers", "soldier", "troops",   "checkpoint", "outpost", "military", "army",
                "convoy",   "patrol",  "garrison", "barracks",   "base",    NULL};
            WORD_SIG(army);
            if (!c->state_target && !armed_site(sc, f, i) && !target_told) {
                c->state_target = tok_in(sc, i, police) ? 'p' : tok_in(sc, i, army) ? 'm' : 0;
                if (c->state_target) nation_before(sc, f->sentence, i, c->state_target_iso);
            }
        }
        /* "the army said it had killed", "troops shelled the village": the
         * noun before the trigger acts (not "soldiers were killed") */
        /* ("security forces said they had killed nine militants": the
         * forces' "they", not the last event's actor) */
        if (!c->state_agent && i < f->trig[0] && security &&
            (tok_is(sc, i, "army") || tok_is(sc, i, "military") || tok_is(sc, i, "troops") ||
             tok_is(sc, i, "soldiers") || tok_is(sc, i, "police") ||
             (tok_is(sc, i, "forces") && i > f->tok_start && tok_is(sc, i - 1, "security") &&
              tok_in(sc, i + 1, claim_verbs))) &&
            ((tok_in(sc, i + 1, claim_verbs) &&
              (tok_is(sc, i + 2, "it") || tok_is(sc, i + 2, "they"))) ||
             (i + 1 == f->trig[0] && rule_at(sc, i + 1, R_VERB) && !body_found_at(sc, i + 1)) ||
             own_men_acted(sc, i + 1, f->trig[0]))) {
            c->state_agent = tok_is(sc, i, "police") ? 'p' : 'm';
            c->they = false;
        }
        if (!communal) communal = rule_at(sc, i, R_COMMUNAL);
        /* ("asking that the lost bodies of the drowned migrants be
         * found": a protest about the dead of something else) */
        if (rule_at(sc, i, R_DEATH) && !tok_is(sc, i, "bodies") && !tok_is(sc, i, "corpses"))
            death = true;
        if (rule_at(sc, i, R_INJURY)) injury = true;
        if (sc->m[i].cls & W_DISPERSE) c->protest_intervention = true;
        if (sc->m[i].cls & W_RIOT) c->riot_cue = true;
    }
    /* "civilians were killed by Ethiopian soldiers": the agent's noun
     * names no target when civilians are the dead (when no one else is, as
     * in "militia members were killed by the Taliban forces", ACLED codes
     * the fight between armed men a battle) */
    if (civ && agent_sec && !other_sec) sec = false;
    /* "attacked shoppers at the covered market ..., injuring five others,
     * including two municipal police officers": civilians attacked, the
     * officers only among the casualties (ACLED: violence against
     * civilians) */
    const bool civ_target = civ && sec && !sec_main;
    if (civ_target) sec = false;
    if (c->actor2 &&
        (c->actor2->type == DS_ACTOR_CIVILIANS || c->actor2->type == DS_ACTOR_PROTESTERS))
        civ = true;
    /* violence against an armed side (soldiers, militants) is a battle */
    if (c->actor2 &&
        (c->actor2->type == DS_ACTOR_STATE_FORCE || c->actor2->type == DS_ACTOR_ARMED_GROUP)) {
        const ds_sentence *s2 = &sc->doc->sentences.v[f->sentence];
        uint32_t a2 = token_at(sc, s2, c->actor2->span.start);
        uint32_t e2 = token_at(sc, s2, c->actor2->span.end - 1) + 1;
        if (informer(sc, f, a2, e2))
            c->actor2 = NULL; /* "a police informer" is no police force */
        else if (civ_target && in_subset(sc, f, a2))
            c->actor2 = NULL;
        else if (!civilian_modified(sc, f, a2))
            sec = true;
    }
    if (!best) return;
    const ev_rule *use = best;
    /* "overran a base after detonating a car bomb": the territory changed
     * hands, the bomb was the means */
    if (weapon &&
        (best->generic || best->event_type == T_EXPLOSIONS || best->event_type == T_VAC ||
         best->event_type == T_BATTLES) &&
        best->sub_event_type != acled_subs[11] && best->sub_event_type != acled_subs[1] &&
        best->sub_event_type != acled_subs[2])
        use = weapon;
    /* "attacked a Frontier Corps camp with rockets and small arms",
     * "attacked a police patrol with rifles and grenades": a ground assault
     * on an armed side, the rockets or grenades among its arms (ACLED: an
     * armed clash) */
    if (use == weapon && best->generic && firearm && sec && !civ &&
        (weapon->sub_event_type == acled_subs[6] || weapon->sub_event_type == acled_subs[8])) {
        uint32_t lo = firearm_at < weapon_at ? firearm_at : weapon_at;
        uint32_t hi = firearm_at < weapon_at ? weapon_at : firearm_at;
        bool joined = false; /* "rockets and small arms", "guns and rockets" */
        for (uint32_t j = lo + 1; j < hi && hi <= lo + 3; j++) joined |= tok_is(sc, j, "and");
        if (joined) use = best;
    }
    /* "air strikes on missile sites": a means named by the trigger itself
     * that comes first in the codebook's list is not overridden by a cue */
    if (use == weapon && !best->generic && best->event_type == T_EXPLOSIONS &&
        sub_index(best->sub_event_type) < sub_index(weapon->sub_event_type))
        use = best;
    bool state_on_protest = c->actor2 && c->actor2->type == DS_ACTOR_PROTESTERS && c->actor1 &&
                            c->actor1->type == DS_ACTOR_STATE_FORCE && !sec;
    if (use->generic && !sec &&
        ((c->protest_intervention && frame_tells_protest(sc, f)) || state_on_protest)) {
        /* "police fired tear gas to disperse teachers protesting", "soldiers
         * fired on demonstrators, killing three": the protest, broken up or
         * met with force (ACLED codes the protest, the state force actor2);
         * the protest branch below tells which */
        c->event_type = T_PROTESTS;
        c->sub_event_type = acled_subs[13];
        c->protest_intervention = true;
    } else if (use->generic) {
        c->event_type = (civ && !sec) ? T_VAC : (sec || use->battle) ? T_BATTLES : T_VAC;
        c->sub_event_type = c->event_type == T_VAC ? acled_subs[10] : acled_subs[0];
    } else {
        c->event_type = use->event_type;
        c->sub_event_type = use->sub_event_type;
    }
    if (c->event_type == T_EXPLOSIONS && best->event_type == T_EXPLOSIONS &&
        best->sub_event_type != acled_subs[7] && use == weapon &&
        weapon->sub_event_type == acled_subs[7])
        c->sub_event_type = best->sub_event_type; /* "fired ... bombs" stays shelling */
    /* "the Arakan Army said it had captured the town after weeks of
     * fighting": territory taken in a battle (ACLED: a non-state actor
     * overtakes territory, or the government regains it) */
    if (transfer && c->event_type == T_BATTLES && c->sub_event_type == acled_subs[0] && c->actor1)
        c->sub_event_type = c->actor1->type == DS_ACTOR_STATE_FORCE ? acled_subs[1] : acled_subs[2];
    if (foiled_fight && c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[20]) {
        c->event_type = T_BATTLES;
        c->sub_event_type = acled_subs[0];
        c->gtd = 2;
        c->cameo = "19";
    }
    /* "Gunmen seized a bus ... and took 14 passengers hostage": people
     * taken, not weapons seized (GTD's hostage taking) */
    /* ("Unknown assailants seized two engineers": a count of people,
     * civilians or men of a force, right after the verb) */
    if (!transfer && c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[20] &&
        tok_is(sc, best_at, "seized"))
        for (uint32_t j = best_at + 1; j < f->tok_end && j <= best_at + 24; j++)
            if (tok_is(sc, j, "hostage") || tok_is(sc, j, "hostages") ||
                (j == best_at + 2 && small_count(sc, best_at + 1) &&
                 (rule_at(sc, j, R_CIVILIAN) || rule_at(sc, j, R_SECURITY)) &&
                 is_plural_noun(tok(sc, j)))) {
                c->event_type = T_VAC;
                c->sub_event_type = acled_subs[11];
                c->gtd = 6;
                c->cameo = "18";
                break;
            }
    /* "gendarmes captured and detained 40 migrants", "soldiers captured
     * three gunmen": people taken, not territory (a force's arrest, an
     * armed group's abduction) */
    if (!transfer && c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[23] &&
        tok_is(sc, best_at, "captured") && people_after(sc, f, best_at)) {
        /* (an unnamed taker: "captured and detained" says a force) */
        bool state = c->actor1
                         ? c->actor1->type == DS_ACTOR_STATE_FORCE
                         : tok_is(sc, best_at + 1, "and") && (tok_is(sc, best_at + 2, "detained") ||
                                                              tok_is(sc, best_at + 2, "arrested"));
        c->event_type = state ? T_STRATEGIC : T_VAC;
        c->sub_event_type = acled_subs[state ? 18 : 11];
        c->gtd = state ? 0 : 6;
        c->cameo = state ? "17" : "18";
    }
    /* "seized the town": a transfer, not weapons seized; "captured an army
     * base", "seized dozens of junta outposts": taken from the force that
     * held them, a battle */
    if (transfer && c->event_type == T_STRATEGIC &&
        (c->sub_event_type == acled_subs[20] || c->sub_event_type == acled_subs[23])) {
        c->sub_event_type = acled_subs[23];
        if (site && c->actor1) {
            c->event_type = T_BATTLES;
            c->sub_event_type =
                c->actor1->type == DS_ACTOR_STATE_FORCE ? acled_subs[1] : acled_subs[2];
            c->gtd = 2;
            c->cameo = "19";
        }
    }
    /* "gunmen overran a police station, killing three officers", "stormed a
     * gendarmerie post": a raid on a force's station or post is a clash
     * with it, no territory held (a town or a base taken is) */
    if (c->event_type == T_BATTLES && c->sub_event_type == acled_subs[2] && best &&
        best->sub_event_type == acled_subs[2] && post_after(sc, f, best_at))
        c->sub_event_type = acled_subs[0];
    /* ACLED: a fight between unorganised groups (families, students, a land
     * dispute) with no armed organisation on either side is mob violence */
    if (communal && c->event_type == T_BATTLES && c->sub_event_type == acled_subs[0] && !sec &&
        !armed_ref(c->actor1) && !armed_ref(c->actor2) && !armed_ref(c->attributed)) {
        c->event_type = communal->event_type;
        c->sub_event_type = communal->sub_event_type;
        use = communal;
    }
    /* "forces conducted a strike targeting an official", "the strike killed",
     * "a strike attributed to Israel hit a building": a military strike, not
     * a walk-out */
    if (c->event_type == T_PROTESTS &&
        (tok_is(sc, best_at, "strike") || tok_is(sc, best_at, "strikes"))) {
        static const char *const mil[] = {"conducted", "carried",    "launched", "precision",
                                          "targeted",  "targeting",  "killed",   "killing",
                                          "destroyed", "destroying", "wounded",  "hit",
                                          "struck",    "attributed", NULL};
        WORD_SIG(mil);
        bool military = armed_ref(c->actor1) || weapon != NULL;
        /* (in a note of a demonstration, "workers carried out a strike"
         * walk out: its crowd's size says so) */
        for (uint32_t i = f->tok_start; i < f->tok_end && !military && !sc->crowd_note; i++)
            military = tok_in(sc, i, mil) && i + 6 > best_at && i < best_at + 6;
        if (military) { /* "a rocket strike" is shelling; else from the air ("a
                         * strike destroyed a vehicle carrying explosives") */
            bool typed = weapon && weapon->typed && weapon_at < best_at;
            c->event_type = typed ? weapon->event_type : T_EXPLOSIONS;
            c->sub_event_type = typed ? weapon->sub_event_type : acled_subs[4];
            c->gtd = 3;
            c->cameo = "19";
            return;
        }
    }
    /* "protesters stormed the residence", "demonstrators torched a car":
     * violence by a crowd with no armed group is a violent demonstration */
    if (c->protesters_act && !armed_ref(c->actor1) && !armed_ref(c->attributed) &&
        (c->event_type == T_VAC || c->event_type == T_BATTLES)) {
        c->event_type = T_RIOTS;
        c->sub_event_type = acled_subs[15];
        c->gtd = 8;
        c->cameo = "14";
        return;
    }
    /* a note of a demonstration (crowd_size_tag) that tells violence with
     * no armed group doing it tells a riot: "villagers beat a suspected
     * thief to death" (mob violence), "locals clashed with the police
     * during a demonstration", "protesters set fire to the police office"
     * (a violent demonstration; not "march": the month's name) */
    /* "Security forces fired teargas to disperse the crowd", "police
     * clashed with demonstrators": in a note of a demonstration, the police
     * or the army acting on the crowd are the protest's intervention (a
     * violent demonstration when the crowd fought back), no battle */
    if (sc->crowd_note && c->actor1 && c->actor1->type == DS_ACTOR_STATE_FORCE &&
        !(c->actor2 && c->actor2->type == DS_ACTOR_ARMED_GROUP) && !armed_ref(c->attributed) &&
        (c->event_type == T_BATTLES || c->event_type == T_VAC)) {
        static const char *const fought[] = {"clashed", "scuffles", "scuffled", "threw",
                                             "hurled",  "pelted",   "stones",   "rocks",
                                             "molotov", "torched",  NULL};
        WORD_SIG(fought);
        bool riot = false;
        for (uint32_t i = 0; i < sc->ntoks && !riot; i++) riot = tok_in(sc, i, fought);
        c->event_type = riot ? T_RIOTS : T_PROTESTS;
        c->sub_event_type = riot ? acled_subs[15] : death ? acled_subs[14] : acled_subs[13];
        c->gtd = 0;
        c->cameo = "14";
        return;
    }
    /* ("parents took over the school to denounce ...": no territory taken,
     * an occupation, a protest ...) */
    if (sc->crowd_note && c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[23] &&
        !armed_ref(c->actor1) && !armed_ref(c->attributed) && !crowd_harm(sc)) {
        c->event_type = T_PROTESTS;
        c->sub_event_type = acled_subs[12];
        c->gtd = 0;
        c->cameo = "14";
        return;
    }
    /* (... and "shopkeepers seized a thief and beat him" a riot) */
    if (sc->crowd_note && !armed_ref(c->actor1) && !armed_ref(c->attributed) &&
        (c->event_type == T_VAC || c->event_type == T_BATTLES || c->event_type == T_EXPLOSIONS ||
         (c->event_type == T_STRATEGIC &&
          (c->sub_event_type == acled_subs[22] || c->sub_event_type == acled_subs[23])))) {
        static const char *const demo[] = {"demonstration", "demonstrations", "demonstrators",
                                           "demonstrate",   "demonstrated",   "demonstrating",
                                           "protest",       "protests",       "protesters",
                                           "protested",     "protesting",     "rally",
                                           "rallied",       "marched",        "demanding",
                                           "denounce",      "strike",         NULL};
        WORD_SIG(demo);
        /* ("relatives of inmates killed at the prison waved photographs
         * ... [size=dozens]": a death that is only the crowd's cause tells
         * a peaceful protest, when it is the note's first happening; not
         * "One suspect was killed" after the mob's beating) */
        bool cause_only = f->ntrig > 0 && sc->x->events.n == sc->first_event;
        for (uint32_t q = 0; q < f->ntrig && cause_only; q++)
            cause_only = (rule_at(sc, f->trig[q], R_DEATH) || rule_at(sc, f->trig[q], R_INJURY)) &&
                         protest_cause_at(sc, f->tok_start, f->trig[q]);
        if (cause_only) {
            c->event_type = T_PROTESTS;
            c->sub_event_type = acled_subs[12];
            c->gtd = 0;
            c->cameo = "14";
            return;
        }
        const ds_sentence *se = &sc->doc->sentences.v[f->sentence];
        bool demonstrating = false;
        for (uint32_t i = se->first_token; i < se->first_token + se->ntokens && !demonstrating; i++)
            demonstrating = tok_in(sc, i, demo);
        c->event_type = T_RIOTS;
        c->sub_event_type = demonstrating ? acled_subs[15] : acled_subs[16];
        c->gtd = 8;
        c->cameo = "14";
        return;
    }
    if (c->event_type == T_PROTESTS) {
        if ((death || injury) && protest_harm(sc, sc->doc->sentences.v[f->sentence].first_token,
                                              f->tok_start, f->tok_end))
            c->sub_event_type = acled_subs[14];
        else if (c->riot_cue) {
            c->event_type = T_RIOTS;
            c->sub_event_type = acled_subs[15];
        } else if (c->protest_intervention)
            c->sub_event_type = acled_subs[13];
    }
    c->gtd = use->gtd ? use->gtd : best->gtd;
    c->cameo = use->cameo[0] ? use->cameo : best->cameo[0] ? best->cameo : NULL;
}

/* Arrests told without a town ("was arrested by the Afghan intelligence"):
 * where the arresting state is. */
static void arrest_country(ev_scan *sc, cand *c)
{
    (void)sc;
    if (c->sub_event_type != acled_subs[18]) return;
    if (c->place && place_rank(c->place) > 2) return;
    const ds_actor_ref *agent = c->attributed ? c->attributed : c->actor1;
    const char *iso3 = NULL;
    if (agent && agent->iso3[0] &&
        (agent->type == DS_ACTOR_STATE_FORCE || agent->type == DS_ACTOR_GOVERNMENT))
        iso3 = agent->iso3;
    else if (c->agent_place && c->agent_place->iso3[0])
        iso3 = c->agent_place->iso3;
    if (iso3) {
        memcpy(c->country, iso3, 4);
        if (c->place && strcmp(c->place->iso3, iso3) != 0) c->place = NULL;
    }
}

static void cand_init(cand *c)
{
    memset(c, 0, sizeof *c);
    c->fatalities = c->injuries = c->attackers = DS_NULL_INT;
    c->claimed = -1;
}

/* "last week", "earlier this week": the text gives a week, not a day; the
 * event spans that week, Monday to Sunday (ACLED time precision 2). */
static void week_of(const ev_scan *sc, cand *c)
{
    const ds_timex *t = c->timex;
    if (t->kind != DS_TIMEX_RELATIVE || !c->date.day || c->date_end.year) return;
    const char *txt = sc->doc->text + t->span.start;
    size_t n = t->span.end - t->span.start;
    bool week = false;
    for (size_t i = 0; i + 4 <= n && !week; i++)
        week = (txt[i] == 'w' || txt[i] == 'W') && memcmp(txt + i + 1, "eek", 3) == 0 &&
               (i + 4 == n || txt[i + 4] == ' ' || txt[i + 4] == 's' || txt[i + 4] == '\'');
    /* ("A week earlier, gunmen attacked", "a week ago": seven days from a
     * day, a day too; not "earlier this week") */
    if (!week || (n > 6 && !memcmp(txt, "a week", 6) && txt[6] == ' ') ||
        (n > 6 && !memcmp(txt, "A week", 6) && txt[6] == ' '))
        return;
    int32_t days = ds_date_days(c->date);
    int32_t monday = days - (int32_t)(((days + 3) % 7 + 7) % 7); /* 1970-01-01 was a Thursday */
    c->date = ds_date_from_days(monday);
    c->date_end = ds_date_from_days(monday + 6);
    c->week_span = true;
    /* "earlier this week" in a Tuesday statement: Monday to Tuesday */
    ds_date dd = sc->doc->doc_date;
    if (dd.day) {
        int32_t doc_days = ds_date_days(dd);
        if (doc_days >= monday && doc_days < monday + 6) c->date_end = dd;
    }
}

/* "ISWAP fighters raided Monguno": a town the places annotator left
 * unresolved for want of a country in the text, found in the home country
 * of the group that acts (the lexicon's country of actor1) when the
 * gazetteer holds it there under that exact spelling. The name must come
 * right after the trigger verb or after in/near/at. */
static void home_place(ev_scan *sc, const frame *f, cand *c)
{
    const ds_gazetteer *g = sc->ctx->shared ? sc->ctx->shared->gazetteer : NULL;
    const ds_lexicon *lex = sc->ctx->shared ? sc->ctx->shared->lexicon : NULL;
    if (c->place || !c->actor1 || !g || !lex || (c->actor1->actor & DS_DOC_ACTOR)) return;
    const ds_lex_actor *la = ds_lexicon_get(lex, c->actor1->actor);
    if (!la || !la->iso3[0]) return;
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    for (uint32_t i = f->tok_start + 1; i < f->tok_end; i++) {
        const ds_token *t = tok(sc, i);
        if (!(t->flags & DS_TOK_CAP) || !(t->flags & DS_TOK_WORD) ||
            t->span.end - t->span.start < 4)
            continue;
        if (!(tok_is(sc, i - 1, "in") || tok_is(sc, i - 1, "near") || tok_is(sc, i - 1, "at") ||
              (rule_at(sc, i - 1, R_VERB) && i - 1 == f->trig[0])))
            continue;
        /* a name not already a place or an actor */
        bool taken = false;
        for (uint32_t k = sc->actor.first[f->sentence]; k < sc->actor.first[f->sentence + 1]; k++) {
            const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
            taken |= r->span.start <= t->span.start && t->span.end <= r->span.end;
        }
        if (taken || (i + 1 < s->first_token + s->ntokens && (tok(sc, i + 1)->flags & DS_TOK_CAP)))
            continue;
        uint32_t ids[16];
        uint32_t n = ds_gazetteer_find(g, sc->doc->text + t->span.start,
                                       t->span.end - t->span.start, ids, 16);
        ds_gaz_place gp;
        for (uint32_t k = 0; k < n && k < 16; k++) {
            if (!ds_gazetteer_get(g, ids[k], &gp) || strcmp(gp.iso3, la->iso3) != 0 ||
                (gp.feature != DS_FEAT_CITY && gp.feature != DS_FEAT_ADMIN2) ||
                !ds_facts_same_name(gp.name, strlen(gp.name), sc->doc->text + t->span.start,
                                    t->span.end - t->span.start))
                continue;
            ds_place *p = ds_arena_alloc(sc->x->arena, sizeof *p);
            if (!p) return;
            *p = (ds_place){.span = t->span,
                            .sentence = f->sentence,
                            .gaz_id = ids[k],
                            .feature = gp.feature,
                            .how = DS_GEO_CONTEXT,
                            .name = gp.name,
                            .admin1 = gp.admin1,
                            .admin2 = gp.admin2,
                            .lat = gp.lat,
                            .lon = gp.lon,
                            .has_coords = gp.has_coords};
            memcpy(p->iso3, gp.iso3, 4);
            c->place = p;
            memcpy(c->country, gp.iso3, 4);
            return;
        }
    }
}

/* "A drone launched by Yemen's Houthi movement struck a tanker", "a
 * rocket fired by militants hit the base": the one named after "by" and a
 * participle of launching is who struck (it was made the target, and the
 * state the air strike default then named attacked). */
static void launched_by(ev_scan *sc, const frame *f, cand *c)
{
    static const char *const sent[] = {"launched", "fired",   "flown",    "operated", "sent",
                                       "planted",  "piloted", "deployed", NULL};
    WORD_SIG(sent);
    const ds_actor_ref *r = c->actor2;
    if (!r || r->type != DS_ACTOR_ARMED_GROUP) return;
    const ds_sentence *s = &sc->doc->sentences.v[f->sentence];
    uint32_t at = token_at(sc, s, r->span.start);
    for (uint32_t k = 1; k <= 4 && at >= s->first_token + k + 1; k++) {
        if (!tok_is(sc, at - k, "by")) continue;
        if (!tok_in(sc, at - k - 1, sent)) return;
        c->actor2 = c->actor1 && c->actor1->actor != r->actor ? c->actor1 : NULL;
        c->actor1 = r;
        return;
    }
}

/* "Al-Shabaab stepped up attacks in the south. On 4 June, its fighters
 * overran a police station": the group "its"/"their" men belong to is the
 * armed group named last (this sentence or the two before), when the
 * possessed noun is the subject right before the trigger. */
static void its_fighters(ev_scan *sc, const frame *f, cand *c)
{
    static const char *const men[] = {"fighters", "militants", "men",        "gunmen",
                                      "members",  "cadres",    "insurgents", NULL};
    WORD_SIG(men);
    uint32_t t = f->trig[0];
    if (t < f->tok_start + 2) return;
    uint32_t k = t - 1;
    if (!tok_in(sc, k, men) || !(tok_is(sc, k - 1, "its") || tok_is(sc, k - 1, "their"))) return;
    const ds_doc *doc = sc->doc;
    for (uint32_t i = doc->actor_refs.n; i-- > 0;) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence > f->sentence || r->span.start >= tok(sc, k - 1)->span.start) continue;
        if (r->sentence + 2 < f->sentence) break;
        if (r->type == DS_ACTOR_ARMED_GROUP && !r->generic) {
            c->actor1 = r;
            return;
        }
    }
}

/* "a FAMa convoy came under attack by armed terrorist groups", "the
 * patrol came under fire from militants": the one named before is the
 * target; the attacker is the one named after "by"/"from", else nobody
 * named (the unidentified group by default). */
static void came_under(ev_scan *sc, const frame *f, cand *c)
{
    uint32_t t = f->trig[0];
    /* "came under fire from": the trigger is the whole phrase */
    if (t + 2 < f->tok_end && tok_is(sc, t + 1, "under") && tok_is(sc, t + 2, "fire")) t += 2;
    if (t < f->tok_start + 2 || !tok_is(sc, t - 1, "under") ||
        !(tok_is(sc, t - 2, "came") || tok_is(sc, t - 2, "come") || tok_is(sc, t - 2, "comes") ||
          tok_is(sc, t - 2, "coming")))
        return;
    /* "The patrol came under fire from unidentified armed men": no named
     * target, the agent after "from" is the actor */
    bool unnamed = !c->actor1 || c->actor1->span.end > tok(sc, t)->span.start;
    if (unnamed && (!c->actor2 || c->actor2->span.start < tok(sc, t)->span.end ||
                    !(tok_is(sc, t + 1, "from") || tok_is(sc, t + 1, "by"))))
        return;
    if (unnamed) {
        c->actor1 = c->actor2;
        c->actor2 = NULL;
        return;
    }
    const ds_actor_ref *target = c->actor1, *agent = NULL;
    uint32_t si = f->sentence;
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1] && !agent; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.start <= tok(sc, t)->span.end) continue;
        uint32_t ra = token_at(sc, &sc->doc->sentences.v[si], r->span.start);
        for (uint32_t j = t + 1; j < ra && j <= t + 2; j++)
            if (tok_is(sc, j, "by") || tok_is(sc, j, "from")) agent = r;
        break;
    }
    c->actor1 = agent;
    if (!c->actor2 || c->actor2 == agent) c->actor2 = target;
}

/* "The government launched an offensive against the rebels", "the federal
 * government deployed troops to Baidoa": a government named by its noun
 * alone (no nation word: that one is an actor mention) as the subject of a
 * fight or strike acts by its military, the state of the event's country
 * (ACLED). Not its speech or judgement ("the government said militants
 * attacked", "the government condemned the attack"): the noun must be up
 * to three words before the trigger, with no clause break between. */
static bool government_acts(const ev_scan *sc, const frame *f)
{
    static const char *const gov[] = {"government", "authorities", NULL};
    WORD_SIG(gov);
    static const char *const stop[] = {"said",   "says",     "that", ",",     "condemned",
                                       "blamed", "accused",  "and",  "urged", "announced",
                                       "stated", "reported", "of",   "'s",    NULL};
    WORD_SIG(stop);
    uint32_t t = f->trig[0];
    for (uint32_t k = t > f->tok_start + 3 ? t - 3 : f->tok_start; k < t; k++) {
        if (!tok_in(sc, k, gov) || k == f->tok_start) continue;
        /* "the government", "the federal government", not "a government
         * official" nor "anti-government protesters" */
        uint32_t d = k - 1;
        if (d > f->tok_start && !tok_is(sc, d, "the") && (tok(sc, d)->flags & DS_TOK_WORD) &&
            !(tok(sc, d)->flags & DS_TOK_CAP))
            d--;
        if (!tok_is(sc, d, "the")) return false;
        bool clean = true;
        for (uint32_t j = k + 1; j < t && clean; j++) clean = !tok_in(sc, j, stop);
        return clean && !tok_in(sc, t, stop);
    }
    return false;
}

/* A line that is no sentence: three words at most and no full stop, as a
 * web page's time stamps and labels between its posts ("14:05 GMT",
 * "Yesterday, 21:10 GMT", "Update"); not counted as prose (a live blog of
 * three short posts is as short as their sentences). */
static bool fragment(const ds_doc *doc, const ds_sentence *s)
{
    if (!s->ntokens || s->first_token + s->ntokens > doc->tokens.n) return false;
    if (s->block < doc->blocks.n && doc->blocks.v[s->block].kind != DS_BLOCK_PROSE) return false;
    const ds_token *t = &doc->tokens.v[s->first_token], *last = t + s->ntokens - 1;
    if ((last->flags & DS_TOK_PUNCT) && strchr(".!?", last->norm[0])) return false;
    uint32_t words = 0;
    for (; t <= last && words <= 3; t++) words += (t->flags & DS_TOK_WORD) != 0;
    return words <= 3;
}

/* A live blog's post: the stamp line on its own before the paragraph
 * ("Yesterday, 21:10 GMT" / "Residents of Kadugli staged a protest ...")
 * dates the paragraph's first sentence when that has no date. */
static const ds_timex *stamp_timex(const ev_scan *sc, const frame *f)
{
    const ds_doc *doc = sc->doc;
    uint32_t s = f->sentence;
    if (s == 0 || doc->sentences.v[s - 1].block == doc->sentences.v[s].block ||
        (s >= 2 && doc->sentences.v[s - 2].block == doc->sentences.v[s - 1].block) ||
        !fragment(doc, &doc->sentences.v[s - 1]))
        return NULL;
    const sent_index *si = &sc->timex;
    for (uint32_t k = si->first[s - 1]; k < si->first[s]; k++) {
        const ds_timex *t = &doc->timexes.v[si->idx[k]];
        if ((t->kind == DS_TIMEX_DATE || t->kind == DS_TIMEX_RELATIVE) && t->value.day &&
            timex_usable(t))
            return t;
    }
    return NULL;
}

static void analyze(ev_scan *sc, const frame *f, cand *c)
{
    cand_init(c);
    c->timex = frame_timex_weak(sc, f, &c->weak_date);
    if (!c->timex && f->tok_start == sc->doc->sentences.v[f->sentence].first_token)
        c->timex = stamp_timex(sc, f);
    if (c->timex) {
        c->has_date = true;
        c->date = c->timex->value;
        if (c->timex->kind == DS_TIMEX_SPAN && c->timex->end.year > 0) c->date_end = c->timex->end;
        week_of(sc, c);
        /* ACLED's "Around 20 April 2022 (as reported)": the month is what is known */
        const char *tt = sc->doc->text + c->timex->span.start;
        if (c->timex->mod == DS_MOD_APPROX && c->date.day && !c->date_end.year &&
            c->timex->span.end - c->timex->span.start > 7 &&
            (!strncasecmp(tt, "around ", 7) || !strncasecmp(tt, "about ", 6)) &&
            /* "On or around 20 May": the day, give or take */
            !(c->timex->span.start >= 6 && !strncasecmp(tt - 6, "on or ", 6))) {
            c->date.day = 0;
            c->around_day = true;
        }
        /* "Around 9 June (per reports) ... was shelled on that
         * same day": a day told relative to the last event's coarser date
         * is no more precise than it */
        int32_t lo, hi;
        if (c->timex->anchor == DS_ANCHOR_NARRATIVE && c->timex->kind == DS_TIMEX_RELATIVE &&
            c->date.day && sc->last_event != DS_NONE && c->date.month &&
            strlen(sc->x->events.v[sc->last_event].date) == 7 &&
            iso_days(sc->x->events.v[sc->last_event].date, &lo, &hi) &&
            ds_date_days(c->date) >= lo && ds_date_days(c->date) <= hi)
            c->date.day = 0;
        /* "in March", completed with the year nearest to a November
         * dateline, gave next March: a report tells what already happened */
        ds_date dd = sc->doc->doc_date;
        if (c->timex->anchor == DS_ANCHOR_DOCUMENT && dd.year && dd.month && c->date.month &&
            ds_date_days(c->date) > ds_date_days(dd) && !c->date_end.year) {
            c->date.year--;
        }
    }
    pick_place(sc, f, c);
    unknown_town(sc, f, c);
    pick_actors(sc, f, c);
    /* ("police found the body of a man": who found it did not kill) */
    if (f->ntrig && body_found_at(sc, f->trig[0]) && c->actor1 &&
        c->actor1->type == DS_ACTOR_STATE_FORCE)
        c->actor1 = NULL, c->state_agent = 0;
    launched_by(sc, f, c);
    came_under(sc, f, c);
    if (!c->actor1) its_fighters(sc, f, c);
    /* "demonstrated in Ipoh against Israel's military campaign": the state
     * protested against is no side, and protesters named by the sentence's
     * country are the cause's nation (the protest's own are named once
     * its country is known) */
    if (c->cause_places) {
        if (c->actor1 && c->actor1->type == DS_ACTOR_PROTESTERS) c->actor1 = NULL;
        c->actor2 = NULL;
    }
    home_place(sc, f, c);
    classify(sc, f, c);
    /* "Fighting spread to Debre Tabor, where Fano fighters briefly entered
     * the town": a battle whose one named side, after the trigger, is the
     * subject of its own clause is that side's (not "opened fire on Red
     * Command members": a target) */
    if (c->event_type == T_BATTLES && !c->actor1 && c->actor2_acts && c->actor2 &&
        c->actor2->type == DS_ACTOR_ARMED_GROUP && !ds_facts_unnamed(ref_name(sc, c->actor2)))
        c->actor1 = c->actor2, c->actor2 = NULL;
    /* "demonstrated in Ipoh (Kinta, Perak) against Israel's military
     * campaign": a state force in what a protest is about is no side */
    if (c->event_type == T_PROTESTS && c->sub_event_type == acled_subs[12] && c->actor2 &&
        c->actor2->type == DS_ACTOR_STATE_FORCE &&
        protest_cause_at(sc, f->tok_start,
                         token_at(sc, &sc->doc->sentences.v[f->sentence], c->actor2->span.start)))
        c->actor2 = NULL;
    if (!c->actor1 && !c->state_agent &&
        (c->event_type == T_BATTLES || c->event_type == T_EXPLOSIONS) && government_acts(sc, f))
        c->state_agent = 'm';
    /* "Six bandits were neutralised in the encounter": the army's word for
     * the enemies it killed; told in the passive with no agent, the men
     * named are the army's target, the army of the event's country acts */
    static const char *const neutralised[] = {"neutralised", "neutralized", NULL};
    WORD_SIG(neutralised);
    const uint32_t tg = f->trig[0];
    if (c->event_type == T_BATTLES && tg > f->tok_start && tok_in(sc, tg, neutralised) &&
        (tok_is(sc, tg - 1, "were") || tok_is(sc, tg - 1, "was") || tok_is(sc, tg - 1, "been")) &&
        !(tg + 1 < f->tok_end && tok_is(sc, tg + 1, "by"))) {
        if (c->actor1 && armed_ref(c->actor1) && c->actor1->span.end <= tok(sc, tg)->span.start &&
            !c->actor2)
            c->actor2 = c->actor1, c->actor1 = NULL;
        if (!c->actor1 && c->actor2 && armed_ref(c->actor2)) c->state_agent = 'm';
    }
    /* "Thousands of supporters of the PTI clashed with police": a party's
     * crowd fighting the police is a riot (ACLED: violent demonstration,
     * the party an associate of the rioters), not a battle */
    if (c->event_type == T_BATTLES && c->sub_event_type == acled_subs[0] && c->actor1 &&
        c->actor1->type == DS_ACTOR_PARTY && c->actor2 && c->actor2->type == DS_ACTOR_STATE_FORCE &&
        !strncmp(ref_name(sc, c->actor2), "Police", 6)) { /* (not the TPLF's army) */
        c->event_type = T_RIOTS;
        c->sub_event_type = acled_subs[15];
    }
    arrest_country(sc, c);
    casualties(sc, f, c);
    /* "an air strike hit a militant hideout near Kidal, killing about 15
     * assailants": an air strike nobody is said to have made that killed
     * armed men is the state's (groups fly drones, not aircraft) */
    if (c->sub_event_type == acled_subs[4] && !c->actor1 && !c->attributed && !c->claimed_by &&
        !c->state_agent && c->dead_side == 'a') {
        bool drone = false;
        for (uint32_t i = f->tok_start; i < f->tok_end && !drone; i++)
            drone = tok_is(sc, i, "drone") || tok_is(sc, i, "drones") || tok_is(sc, i, "uav");
        if (!drone) c->state_agent = 'm';
    }
    /* "a 17-year-old was arrested in connection with a shooting last week
     * in which a man was killed": the dead of the happening the arrest is
     * for, told in its cause (a relative clause, "over", "for"), not of
     * the arrest */
    if (c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[18] &&
        (c->fatalities != DS_NULL_INT || c->injuries != DS_NULL_INT) &&
        !protest_harm(sc, sc->doc->sentences.v[f->sentence].first_token, f->tok_start, f->tok_end))
        c->fatalities = DS_NULL_INT, c->injuries = DS_NULL_INT;
    /* ACLED: a protest without excessive force has no dead; the deaths it
     * names are its cause ("for a driver who was stabbed to death") */
    if (c->event_type == T_PROTESTS && c->sub_event_type != acled_subs[14] &&
        c->fatalities != DS_NULL_INT && c->fatalities > 0)
        c->fatalities = 0;
    /* "seized the town of Palma after a siege of several days, killing
     * dozens of civilians": a transfer of territory (the place its object,
     * not "captured and killed four men") with dead is no non-violent one,
     * but a battle for it */
    if (c->event_type == T_STRATEGIC && c->sub_event_type == acled_subs[23] &&
        c->fatalities != DS_NULL_INT && c->fatalities > 0 && c->place &&
        tok(sc, f->trig[0])->span.start < c->place->span.start &&
        token_at(sc, &sc->doc->sentences.v[f->sentence], c->place->span.start) <= f->trig[0] + 6) {
        bool state = c->actor1 && c->actor1->type == DS_ACTOR_STATE_FORCE;
        c->event_type = T_BATTLES;
        c->sub_event_type = acled_subs[state ? 1 : 2];
        c->gtd = 2;
        c->cameo = "19";
    }
    /* "arrested men planning bomb attacks": a weapon of a plot, not of the event */
    if (c->event_type != T_PROTESTS && c->event_type != T_RIOTS &&
        (c->event_type != T_STRATEGIC || c->sub_event_type == acled_subs[20]))
        weapon_of(sc, f, c);
    unsigned none = says_no_casualties(sc, f->tok_start, f->tok_end);
    if ((none & NO_DEAD) && c->fatalities == DS_NULL_INT) c->fatalities = 0;
    if ((none & NO_HURT) && c->injuries == DS_NULL_INT) c->injuries = 0; /* nobody hurt */
    claims_in(sc, f->sentence, c);
}

/* ---- events ------------------------------------------------------------ */

static ds_status str_push(ds_extraction *x, ds_str_vec *v, const char *s)
{
    if (!s) return DS_OK;
    for (uint32_t i = 0; i < v->n; i++)
        if (strcmp(v->v[i], s) == 0) return DS_OK;
    const char **slot = ds_vec_push(x->arena, v);
    if (!slot) return DS_ENOMEM;
    *slot = ds_facts_str(x, s);
    return *slot ? DS_OK : DS_ENOMEM;
}

static ds_status add_source(ev_scan *sc, ds_event *e, uint32_t sentence)
{
    for (uint32_t i = 0; i < e->sources.n; i++)
        if (e->sources.v[i].doc == sc->docidx &&
            e->sources.v[i].start ==
                ds_doc_src_offset(sc->doc, sc->doc->sentences.v[sentence].span.start))
            return DS_OK;
    ds_source *src = ds_vec_push(sc->x->arena, &e->sources);
    if (!src) return DS_ENOMEM;
    return ds_source_from_sentence(src, sc->x, sc->doc, sc->docidx, sentence);
}

/* The place as the source spells it ("Puli Khumri", not the gazetteer's
 * "Pul-e Khumri"): coders write locations the way their sources do. A
 * trailing "city", "town" or "district" is dropped. */
static const char *surface_name(ev_scan *sc, const ds_place *p)
{
    const char *t = sc->doc->text + p->span.start;
    size_t n = p->span.end - p->span.start;
#define TAIL(w)                                                                                    \
    {                                                                                              \
        w, sizeof(w) - 1                                                                           \
    }
    static const struct {
        const char *w;
        size_t len;
    } tails[] = {TAIL(" city"),    TAIL(" City"),     TAIL(" town"),
                 TAIL(" Town"),    TAIL(" township"), TAIL(" village"),
                 TAIL(" Village"), TAIL(" LGA"),      TAIL(" Local Government Area")};
#undef TAIL
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t tl = tails[k].len;
        if (n > tl + 1 && memcmp(t + n - tl, tails[k].w, tl) == 0) n -= tl;
    }
    if (!n || n > 80 || memchr(t, '\n', n)) return ds_facts_str(sc->x, p->name);
    /* "MOGADISHU," in a dateline: the gazetteer's spelling, not the capitals */
    bool upper = n > 1;
    for (size_t i = 0; i < n && upper; i++) upper = !((unsigned)t[i] - 'a' < 26u);
    if (upper) return ds_facts_str(sc->x, p->name);
    return ds_facts_strn(sc->x, t, n);
}

/* "fighting in Rafah", "a raid in Kisumu": a name the gazetteer resolved
 * to the province is, without a type word, the town of that name in it
 * (ACLED's and GTD's location); false when the province has none or the
 * text says "province", "region", "state"... */
static bool seat_town(ev_scan *sc, const ds_place *p, ds_gaz_place *town)
{
    const ds_gazetteer *g = sc->ctx->shared ? sc->ctx->shared->gazetteer : NULL;
    if (!g || p->feature != DS_FEAT_ADMIN1 || p->span.end <= p->span.start) return false;
    static const char *const types[] = {"province",    "region",    "state",      "county",
                                        "governorate", "oblast",    "department", "prefecture",
                                        "division",    "territory", "district",   NULL};
    WORD_SIG(types);
    uint32_t last = token_at(sc, &sc->doc->sentences.v[p->sentence], p->span.end - 1);
    if (last != DS_NONE && tok_in(sc, last, types)) return false;
    uint32_t ids[32]; /* the skeleton's candidates, most important first */
    uint32_t n =
        ds_gazetteer_find(g, sc->doc->text + p->span.start, p->span.end - p->span.start, ids, 32);
    for (uint32_t i = 0; i < n && i < 32; i++) {
        if (!ds_gazetteer_get(g, ids[i], town) || town->feature != DS_FEAT_CITY ||
            strcmp(town->iso3, p->iso3) != 0 || !town->admin1)
            continue;
        if (!strcmp(town->admin1, p->name)) return true;
        /* GeoNames files Rafah under "Gaza Strip", Kisumu under "Kisumu"
         * while ISO names the province "Kisumu County": a town spelt as
         * written, within a degree of the province's centre when it has one */
        double dlat = town->lat - p->lat, dlon = town->lon - p->lon;
        bool near = !p->has_coords || (dlat > -1 && dlat < 1 && dlon > -1 && dlon < 1);
        if (near && ds_facts_same_name(town->name, strlen(town->name),
                                       sc->doc->text + p->span.start, p->span.end - p->span.start))
            return true;
    }
    return false;
}

/* The province as the text spells it when it names it ("Shibirghan,
 * Jawzjan, Afghanistan": Jawzjan, the gazetteer's Jowzjan; "Andizhan
 * region"): GTD and ACLED write a province the way their own notes do, as
 * for towns (surface_name). A type word after it is dropped; an acronym
 * ("FCT", "KP") or a name of other characters keeps the canonical name.
 * The first mention of the province in the document decides, so that its
 * events spell it alike. */
static const char *admin1_spelt(ev_scan *sc, const char *iso3, const char *canonical)
{
#define TAIL(w)                                                                                    \
    {                                                                                              \
        w, sizeof(w) - 1                                                                           \
    }
    static const struct {
        const char *w;
        size_t len;
    } tails[] = {TAIL(" province"), TAIL(" Province"), TAIL(" region"),      TAIL(" Region"),
                 TAIL(" state"),    TAIL(" State"),    TAIL(" governorate"), TAIL(" Governorate"),
                 TAIL(" oblast"),   TAIL(" Oblast"),   TAIL(" county"),      TAIL(" County"),
                 TAIL(" division"), TAIL(" Division"), TAIL(" department"),  TAIL(" Department"),
                 TAIL(" district"), TAIL(" District"), TAIL(" prefecture"),  TAIL(" Prefecture")};
#undef TAIL
    for (size_t k = 0; k < sc->doc->places.n; k++) {
        const ds_place *q = &sc->doc->places.v[k];
        if (q->feature != DS_FEAT_ADMIN1 || strcmp(q->iso3, iso3) != 0 || !q->name ||
            strcmp(q->name, canonical) != 0)
            continue;
        const char *t = sc->doc->text + q->span.start;
        size_t n = q->span.end - q->span.start;
        size_t cl = strlen(canonical);
        if (n == cl && !memcmp(t, canonical, n)) return canonical; /* the usual case */
        for (size_t j = 0; j < sizeof tails / sizeof *tails && n > 5; j++) {
            size_t tl = tails[j].len;
            /* "Free State" keeps its "State" */
            if (n > tl + 1 && memcmp(t + n - tl, tails[j].w, tl) == 0 &&
                !(cl > tl && !strncasecmp(canonical + cl - tl, tails[j].w, tl)))
                n -= tl;
        }
        bool lower = false, plain = n >= 4 && n <= 40;
        for (size_t j = 0; j < n && plain; j++) {
            unsigned char ch = (unsigned char)t[j];
            lower |= ch >= 'a' && ch <= 'z';
            plain = ch >= 0x80 || isalpha(ch) || ch == ' ' || ch == '-' || ch == '\'';
        }
        if (!plain || !lower) return canonical;
        return n == cl && !memcmp(t, canonical, n) ? canonical : ds_facts_strn(sc->x, t, n);
    }
    return canonical;
}

/* admin1_spelt, asked once per province and document. */
static const char *admin1_as_written(ev_scan *sc, const char *iso3, const char *canonical)
{
    for (uint32_t k = 0; k < sc->nspelt; k++)
        if (!strcmp(sc->spelt[k].canonical, canonical)) return sc->spelt[k].written;
    const char *w = admin1_spelt(sc, iso3, canonical);
    if (sc->nspelt < sizeof sc->spelt / sizeof *sc->spelt) {
        sc->spelt[sc->nspelt].canonical = canonical;
        sc->spelt[sc->nspelt++].written = w;
    }
    return w;
}

static void set_place(ev_scan *sc, ds_event *e, const ds_place *p)
{
    ds_extraction *x = sc->x;
    ds_gaz_place town;
    if (seat_town(sc, p, &town)) {
        memcpy(e->country, p->iso3, 4);
        e->admin1 = admin1_as_written(sc, p->iso3, ds_facts_str(x, p->name));
        e->admin2 = ds_facts_str(x, town.admin2);
        e->location = ds_facts_str(x, town.name);
        e->has_coords = town.has_coords;
        e->latitude = town.lat;
        e->longitude = town.lon;
        e->geo_precision = 1;
        return;
    }
    memcpy(e->country, p->iso3, 4);
    e->admin1 =
        p->feature == DS_FEAT_ADMIN1 ? ds_facts_str(x, p->name) : ds_facts_str(x, p->admin1);
    if (e->admin1) e->admin1 = admin1_as_written(sc, p->iso3, e->admin1);
    e->admin2 =
        p->feature == DS_FEAT_ADMIN2 ? ds_facts_str(x, p->name) : ds_facts_str(x, p->admin2);
    bool area = p->feature == DS_FEAT_REGION && p->admin1; /* "Sambisa Forest" */
    e->location = (p->feature == DS_FEAT_CITY || p->feature == DS_FEAT_ADMIN2 || area)
                      ? surface_name(sc, p)
                      : NULL;
    e->has_coords = p->has_coords && p->feature != DS_FEAT_COUNTRY;
    e->latitude = p->lat;
    e->longitude = p->lon;
    e->geo_precision = p->feature == DS_FEAT_CITY             ? 1
                       : p->feature == DS_FEAT_ADMIN2 || area ? 2
                                                              : 3;
}

static int event_place_rank(const ds_event *e)
{
    return e->location ? (e->geo_precision == 1 ? 5 : 4) : e->admin1 ? 3 : e->country[0] ? 2 : 0;
}

/* Does the mention name its state ("Turkish forces", "the Russian army",
 * "FAMa")? Any capitalised word in it does; "three soldiers" does not. */
static bool names_a_state(const ev_scan *sc, const ds_actor_ref *r)
{
    const ds_sentence *s = &sc->doc->sentences.v[r->sentence];
    for (uint32_t i = token_at(sc, s, r->span.start);
         i < s->first_token + s->ntokens && tok(sc, i)->span.start < r->span.end; i++)
        if (tok(sc, i)->flags & (DS_TOK_CAP | DS_TOK_UPPER)) return true;
    return false;
}

/* The lexicon's name of a country's police ('p') or armed forces ('m'),
 * "Police Forces of Somalia (2022-)"; NULL when it has none. */
static const char *state_forces_of(ev_scan *sc, const char *iso3, char kind)
{
    const ds_lexicon *lex = sc->ctx->shared ? sc->ctx->shared->lexicon : NULL;
    const char *cn = country_name(sc, iso3);
    char name[160];
    if (!lex || !cn || !ds_facts_actor) return NULL;
    int n = snprintf(name, sizeof name, "%s Forces of %s", kind == 'p' ? "Police" : "Military", cn);
    if (n <= 0 || (size_t)n >= sizeof name) return NULL;
    uint32_t id = ds_lexicon_find(lex, name, (size_t)n);
    if (id == DS_NONE) return NULL;
    ds_actor *a = ds_facts_actor(sc->x, sc->ctx, sc->doc, id);
    return a ? a->name : NULL;
}

static void locate_town(ev_scan *sc, ds_event *e, const char *name, size_t len);

/* The output name of an event's side: ref_name(), but a state force that
 * only the document names ("The Defence and Security Forces (FDS)",
 * "Operation Hadin Kai troops"), in an event of a known country, is
 * that country's forces under ACLED's name. */
static const char *side_name(ev_scan *sc, const ds_actor_ref *r, const char *country)
{
    const char *n = ref_name(sc, r);
    if (!(r->actor & DS_DOC_ACTOR) || r->type != DS_ACTOR_STATE_FORCE || !country[0] || !n)
        return n;
    /* (not "the Yaw Defense Force", a militia whose name sounds like one) */
    if (!ds_find_ci(n, strlen(n), "security forces") && !ds_find_ci(n, strlen(n), "armed forces") &&
        strncmp(n, "Operation ", 10) != 0)
        return n;
    uint32_t i = r->actor & ~DS_DOC_ACTOR;
    if (i >= sc->doc->doc_actors.n || sc->doc->doc_actors.v[i].lexicon != DS_NONE) return n;
    bool police = ds_find_word(n, strlen(n), "police") || ds_find_word(n, strlen(n), "gendarmerie");
    const char *own = state_forces_of(sc, country, police ? 'p' : 'm');
    return own ? own : n;
}

/* Is the actor named `child` a branch of the one named `parent` in the
 * lexicon (ISCAP of the Islamic State)? */
static bool branch_of(const ev_scan *sc, const char *child, const char *parent)
{
    const ds_lexicon *lex = sc->ctx->shared ? sc->ctx->shared->lexicon : NULL;
    if (!lex || !child || !parent) return false;
    uint32_t c = ds_lexicon_find(lex, child, strlen(child));
    uint32_t p = ds_lexicon_find(lex, parent, strlen(parent));
    return c != DS_NONE && p != DS_NONE && ds_lexicon_get(lex, c)->parent == p;
}

/* Fills the fields of e that c knows and e does not (or knows less
 * precisely); adds the sentence as a source. */
/* Does sentence si act on the attackers of the event told before ("Security
 * forces killed the attackers after a siege", "troops pursued the
 * assailants")? Its subject is the side that answered, not who attacked. */
static bool answers_attackers(const ev_scan *sc, uint32_t si)
{
    static const char *const them[] = {
        " the attackers", " the assailants",    " the gunmen", " the perpetrators",
        " the raiders",   " all the attackers", NULL};
    const ds_sentence *s = &sc->doc->sentences.v[si];
    const char *t = sc->doc->text + s->span.start;
    size_t n = s->span.end - s->span.start;
    for (const char *const *w = them; *w; w++)
        if (ds_find_ci(t, n, *w)) return true;
    return false;
}

/* "A military air strike hit a camp for displaced people ... The junta said
 * the strike hit a PDF training camp", "RSF fighters stormed the village,
 * killing dozens of residents ... The RSF said it had attacked army units":
 * the attacker's own word on what it struck (a side named after its "said"
 * or "claimed") does not make that side the target of an event first told
 * as hitting civilians. */
static bool own_claimed_target(ev_scan *sc, const ds_event *e, const cand *c, uint32_t si)
{
    static const char *const harmless[] = {"civilians", "displaced", "wedding",   "market",
                                           "school",    "hospital",  "villagers", "children",
                                           "residents", NULL};
    if (!e->sources.n || !e->sources.v[0].text || !e->actor1 || !armed_ref(c->actor2)) return false;
    const bool state = ds_facts_state_force(e->actor1);
    if (c->actor2->type != (state ? DS_ACTOR_ARMED_GROUP : DS_ACTOR_STATE_FORCE)) return false;
    const char *t = e->sources.v[0].text;
    size_t n = strlen(t);
    bool civilian = false;
    for (const char *const *w = harmless; *w && !civilian; w++)
        civilian = ds_find_word(t, n, *w) != NULL;
    if (!civilian) return false;
    const ds_sentence *s = &sc->doc->sentences.v[si];
    for (uint32_t i = s->first_token; i < s->first_token + s->ntokens; i++) {
        if (tok(sc, i)->span.start >= c->actor2->span.start) return false;
        if (!tok_is(sc, i, "said") && !tok_is(sc, i, "claimed") && !tok_is(sc, i, "says")) continue;
        for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
            const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
            if (r->span.end > tok(sc, i)->span.start) continue;
            if (state ? (r->type == DS_ACTOR_GOVERNMENT || r->type == DS_ACTOR_STATE_FORCE)
                      : !strcmp(ref_name(sc, r), e->actor1))
                return true;
        }
        return false;
    }
    return false;
}

/* Is d after the day event e is dated to (the day its source spoke)? A
 * report tells what already happened: "officials said on Wednesday" then
 * "late on Monday" moves the event to Monday, never to a later day. */
static bool after_report(const ds_event *e, ds_date d)
{
    int32_t lo, hi;
    return d.day && iso_days(e->date, &lo, &hi) && lo == hi && ds_date_days(d) > lo;
}

static bool two_sided(const ds_event *e);

static ds_status enrich(ev_scan *sc, ds_event *e, const cand *c, uint32_t sentence)
{
    ds_extraction *x = sc->x;
    ds_status st;
    /* "police said Monday" dated the event; "late Sunday" says when it was */
    bool firm = c->has_date && !c->weak_date && sc->weak_event != DS_NONE &&
                e == &sc->x->events.v[sc->weak_event] && !after_report(e, c->date);
    if (firm) sc->weak_event = DS_NONE;
    if (c->has_date &&
        (firm || !e->date[0] || date_precision(c->date) > (int)strlen(e->date) / 3)) {
        ds_date_format(e->date, c->date);
        e->date_end[0] = '\0';
        if (c->date_end.year) ds_date_format(e->date_end, c->date_end);
        e->time_precision = c->date_end.year ? 2 : c->date.day ? 1 : 3;
    }
    if (c->place && place_rank(c->place) > event_place_rank(e) &&
        (!e->country[0] || strcmp(e->country, c->place->iso3) == 0)) {
        set_place(sc, e, c->place);
        if (!e->admin1 && c->admin1_place) e->admin1 = ds_facts_str(x, c->admin1_place->name);
        /* "the village of Djiguibombo near Bandiagara": the village, at the
         * town's coordinates (ACLED geo-precision 2: near a known place) */
        if (c->town_near && c->town_end > c->town_start && e->location) {
            e->location =
                ds_facts_strn(x, sc->doc->text + c->town_start, c->town_end - c->town_start);
            e->geo_precision = 2;
        }
    }
    /* (a region of several countries, "Lake Chad", has none of its own) */
    if (!e->country[0] && c->country[0]) memcpy(e->country, c->country, 4);
    if (c->unknown_end > c->unknown_start && !e->unknown_town)
        e->unknown_town =
            ds_facts_strn(x, sc->doc->text + c->unknown_start, c->unknown_end - c->unknown_start);
    if (c->town_end > c->town_start && !e->location && (!c->place || place_rank(c->place) < 4) &&
        (!c->country[0] || !strcmp(e->country, c->country))) {
        e->location = ds_facts_strn(x, sc->doc->text + c->town_start, c->town_end - c->town_start);
        e->geo_precision = 1;
        locate_town(sc, e, sc->doc->text + c->town_start, c->town_end - c->town_start);
    }
    if (c->origin && !e->origin_country[0]) {
        memcpy(e->origin_country, c->origin->iso3, 4);
        e->origin_admin1 = c->origin->feature == DS_FEAT_ADMIN1
                               ? ds_facts_str(x, c->origin->name)
                               : ds_facts_str(x, c->origin->admin1);
        e->origin_location = ds_facts_str(x, c->origin->name);
    }
    if (c->event_type &&
        (!e->event_type || ((e->event_type == T_VAC || e->event_type == T_BATTLES) &&
                            c->event_type == T_EXPLOSIONS))) {
        e->event_type = c->event_type;
        e->sub_event_type = c->sub_event_type;
        e->disorder_type = disorder_of(c->event_type);
        e->gtd_attack_type = c->gtd;
        e->cameo = c->cameo;
    } else if (c->event_type == T_VAC && c->sub_event_type == acled_subs[10] && !c->generic_only &&
               e->event_type == T_BATTLES && e->sub_event_type == acled_subs[0] && !e->actor2 &&
               !c->actor2 && (!c->actor1 || c->they) && c->dead_side != 'a' &&
               c->dead_side != 's' && sc->last_event != DS_NONE &&
               e == &sc->x->events.v[sc->last_event] && sentence == sc->last_sentence + 1 &&
               !two_sided(e)) {
        /* "Soldiers conducted a raid on Kadugli. They executed at least 21
         * men.": a raid on no named side, whose next sentence tells an act
         * on people by the same hands, is that act (ACLED: violence
         * against civilians) */
        e->event_type = c->event_type;
        e->sub_event_type = c->sub_event_type;
        e->disorder_type = disorder_of(c->event_type);
        e->gtd_attack_type = c->gtd;
        e->cameo = c->cameo;
    }
    /* who made the arrests after an attack is not who attacked ("Days later,
     * the army arrested 12 suspects"); after a protest, they intervened in it */
    const bool aftermath = c->event_type == T_STRATEGIC && e->event_type &&
                           e->event_type != T_STRATEGIC && e->event_type != T_PROTESTS &&
                           e->event_type != T_RIOTS && e->sources.n;
    if (c->actor1 && ds_facts_unnamed(e->actor1) && !(c->later_subject && e->sources.n)) {
        const char *n = side_name(sc, c->actor1, e->country);
        /* "... was attacked by armed terrorists. The response of our forces
         * killed 23 terrorists": the side attacked answering, not who
         * attacked (nor is it while the attackers are still unnamed, their
         * actor1 set only at the end) */
        bool other_side = e->actor2 && n && !strcmp(e->actor2, n);
        /* (answers_attackers asked last, and only of a sentence after the
         * event's first: it searches the sentence) */
        if ((!e->actor1 || !ds_facts_unnamed(n)) && !other_side && !aftermath &&
            !(e->sources.n && answers_attackers(sc, sentence)))
            e->actor1 = ds_facts_str(x, n);
    }
    if (c->hurt_unknown) e->hurt_unknown = true;
    if (c->they && !e->actor1 && sc->last_event != DS_NONE &&
        &sc->x->events.v[sc->last_event] != e) {
        e->actor1 = sc->x->events.v[sc->last_event].actor1;
        if (!e->actor1 && sc->nsame_actor < 8) {
            sc->same_actor[sc->nsame_actor][0] = (uint32_t)(e - sc->x->events.v);
            sc->same_actor[sc->nsame_actor++][1] = sc->last_event;
        }
    }
    if (c->attributed) {
        const char *n = ref_name(sc, c->attributed);
        /* "the junta blamed 'terrorists'": naming nobody adds nothing */
        if (ds_facts_unnamed(e->actor1) ||
            (e->claimed != 1 && c->claimed != 1 && !ds_facts_unnamed(n)))
            e->actor1 = ds_facts_str(x, n);
        if (!e->attributed_to && !ds_facts_unnamed(n)) e->attributed_to = ds_facts_str(x, n);
    }
    for (uint32_t i = 0; i < c->nassoc; i++) {
        const char *n = side_name(sc, c->assoc[i], e->country);
        if (n && (!e->actor1 || strcmp(n, e->actor1) != 0) &&
            (st = str_push(x, &e->assoc_actor1, n)) != DS_OK)
            return st;
    }
    /* (not a state force into violence against civilians: "He then
     * turned on two municipal police officers who tried to subdue him"
     * after "attacked shoppers": the civilians were the target) */
    if (c->actor2 && !e->actor2 && !own_claimed_target(sc, e, c, sentence) &&
        !(e->event_type == T_VAC && e->sources.n && c->actor2->type == DS_ACTOR_STATE_FORCE &&
          c->actor2->generic && c->event_type != T_VAC)) {
        const char *n = side_name(sc, c->actor2, e->country);
        /* "killed three soldiers" in a digest whose focus is another
         * country: a bare noun's state is the event's */
        if (c->actor2->generic && c->actor2->type == DS_ACTOR_STATE_FORCE && e->country[0] &&
            c->actor2->iso3[0] && strcmp(c->actor2->iso3, e->country) != 0 && n &&
            !names_a_state(sc, c->actor2) &&
            /* (but "attacked a Turkish base in Duhok, killing two
             * soldiers": the nation of the base) */
            strcmp(c->actor2->iso3, c->state_target_iso) != 0) {
            const char *own = state_forces_of(sc, e->country, strncmp(n, "Police", 6) ? 'm' : 'p');
            if (own) n = own;
        }
        /* "suspected Boko Haram terrorists attacked the village ... troops
         * repelled the attack, neutralising four of the terrorists": the
         * attackers again, not a target of theirs */
        bool attackers_again = e->sources.n && n && ds_facts_unnamed(n) &&
                               c->actor2->type == DS_ACTOR_ARMED_GROUP && e->actor1 &&
                               !ds_facts_state_force(e->actor1);
        if (!attackers_again && (!e->actor1 || strcmp(n, e->actor1) != 0))
            e->actor2 = ds_facts_str(x, n);
    }
    if (c->blamed_state && !c->attributed && (!e->actor1 || ds_facts_unnamed(e->actor1))) {
        const char *n = state_forces_of(sc, c->blamed_state->iso3, 'm');
        if (n) e->actor1 = n;
    }
    /* "the United States and the United Kingdom launched air strikes on
     * Houthi targets": the states named as subjects act by their forces */
    if (c->nagent_states && (!e->actor1 || ds_facts_unnamed(e->actor1))) {
        const char *n = state_forces_of(sc, c->agent_states[0]->iso3, 'm');
        if (n) e->actor1 = n;
        for (uint32_t k = 1; n && k < c->nagent_states; k++) {
            const char *a = state_forces_of(sc, c->agent_states[k]->iso3, 'm');
            if (a && strcmp(a, n) != 0 && (st = str_push(x, &e->assoc_actor1, a)) != DS_OK)
                return st;
        }
    }
    /* "militants attacked a police station in Beledweyne": the country's
     * police (ACLED), when no actor names the target and a non-state side
     * attacked */
    /* "On 20 August, the army said it had killed the cell's leader in an
     * air strike": the country's army, when no actor is named */
    if ((!e->actor1 || ds_facts_unnamed(e->actor1)) && c->state_agent && e->country[0] &&
        !aftermath) {
        const char *n = state_forces_of(sc, e->country, c->state_agent);
        /* ("Hundreds of jihadists attacked the military base ... The
         * military said it had repelled the assault": the side attacked
         * answering is no attacker) */
        bool defends = false;
        if (n && e->actor2 && !strcmp(e->actor2, n) && e->sources.n) {
            static const char *const defence[] = {"repelled", "repulsed", "foiled", "thwarted",
                                                  NULL};
            WORD_SIG(defence);
            const ds_sentence *ss = &sc->doc->sentences.v[sentence];
            for (uint32_t i = ss->first_token; i < ss->first_token + ss->ntokens && !defends; i++)
                defends = tok_in(sc, i, defence);
        }
        if (n && !defends) e->actor1 = n;
    }
    if (!e->actor2 && c->state_target && e->country[0] &&
        (e->event_type == T_BATTLES || e->event_type == T_EXPLOSIONS) &&
        !ds_facts_state_force(e->actor1))
        e->actor2 = state_forces_of(sc, c->state_target_iso[0] ? c->state_target_iso : e->country,
                                    c->state_target);
    /* the none a protest or development has by default (scan_sentence_body)
     * is no count of another kind of event with dead that it tells more of
     * ("a vigilante group that had blocked the gang's roads" after a
     * massacre) */
    /* (a headline retells the body's toll, rounded: "Dozens killed in
     * assault ..." over "At least 32 people were killed" is no second toll) */
    if (c->fatalities != DS_NULL_INT &&
        !(c->none_by_default && c->event_type != e->event_type && e->fatalities > 0) &&
        !(sc->title_pass && e->fatalities != DS_NULL_INT && e->fatalities > 0)) {
        if (e->fatalities == DS_NULL_INT || e->fatalities == 0) e->fatalities = c->fatalities;
        ds_toll *t = ds_vec_push(x->arena, &e->tolls);
        if (!t) return DS_ENOMEM;
        t->fatalities = c->fatalities;
        t->source = e->sources.n;
    }
    if (c->injuries != DS_NULL_INT && (e->injuries == DS_NULL_INT || e->injuries == 0))
        e->injuries = c->injuries;
    if (c->attackers != DS_NULL_INT && e->attackers == DS_NULL_INT) e->attackers = c->attackers;
    if (c->weapon_end > c->weapon_start && !e->weapon)
        e->weapon =
            ds_facts_strn(x, sc->doc->text + c->weapon_start, c->weapon_end - c->weapon_start);
    if (c->claimed == 1) {
        e->claimed = 1;
        if (c->claimed_by) {
            const char *n = ref_name(sc, c->claimed_by);
            e->claimed_by = ds_facts_str(x, n);
            if (ds_facts_unnamed(e->actor1) ||
                (e->attributed_to && strcmp(e->actor1, e->attributed_to) == 0)) {
                e->actor1 = e->claimed_by;
            } else if (branch_of(sc, e->claimed_by, e->actor1)) {
                /* "insurgents linked to the Islamic State ... ISCAP claimed
                 * the attack": the province that claims is the one that acted */
                e->actor1 = e->claimed_by;
            } else if (ds_facts_state_force(e->actor1) && strcmp(e->actor1, e->claimed_by) != 0) {
                /* "Security forces defused the bomb ... X claimed it": the
                 * claimant attacked, the state force met it */
                if (!e->actor2) e->actor2 = e->actor1;
                e->actor1 = e->claimed_by;
            }
        }
    } else if (c->claimed == 0 && e->claimed < 0) {
        e->claimed = 0;
    }
    for (uint32_t i = 0; i < c->ndenied; i++) {
        const char *n = c->denied[i];
        if (n == STATE_DENIES && !(n = e->country[0] ? country_name(sc, e->country) : NULL))
            continue;
        if ((st = str_push(x, &e->denied_by, n)) != DS_OK) return st;
    }
    /* an associate named before actor1 was ("insurgents linked to the
     * Islamic State", then the Islamic State itself) is no longer one */
    for (uint32_t i = 0; e->actor1 && i < e->assoc_actor1.n; i++)
        if (!strcmp(e->assoc_actor1.v[i], e->actor1)) {
            memmove(&e->assoc_actor1.v[i], &e->assoc_actor1.v[i + 1],
                    (e->assoc_actor1.n - i - 1) * sizeof *e->assoc_actor1.v);
            e->assoc_actor1.n--;
            break;
        }
    return add_source(sc, e, sentence);
}

static ds_status new_event(ev_scan *sc, const cand *c, uint32_t sentence, uint32_t *out)
{
    ds_event *e = ds_vec_push(sc->x->arena, &sc->x->events);
    if (!e) return DS_ENOMEM;
    e->fatalities = e->injuries = e->attackers = DS_NULL_INT;
    e->claimed = -1;
    *out = sc->x->events.n - 1;
    return enrich(sc, e, c, sentence);
}

static bool block_eligible(const ds_doc *doc, const ds_sentence *s, bool short_doc)
{
    if (s->block >= doc->blocks.n) return true;
    const ds_block *b = &doc->blocks.v[s->block];
    switch (b->kind) {
    case DS_BLOCK_TITLE:
        return short_doc; /* a one-line note reads as a title */
    case DS_BLOCK_PROSE:
    case DS_BLOCK_LIST_ITEM:
        return !b->infobox;
    default:
        return false;
    }
}

/* "all five attackers": does a figure of sentence si start right after
 * token i? */
static bool counts_next(const ev_scan *sc, uint32_t si, uint32_t i)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    if (i + 1 >= s->first_token + s->ntokens) return false;
    uint32_t at = tok(sc, i + 1)->span.start;
    for (uint32_t k = sc->quant.first[si]; k < sc->quant.first[si + 1]; k++)
        if (sc->doc->quantities.v[sc->quant.idx[k]].span.start == at) return true;
    return false;
}

/* Is sentence s the one right after the last event's, in its paragraph? */
static bool follows_last_event(const ev_scan *sc, const ds_sentence *s)
{
    uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
    return sc->last_sentence != DS_NONE && si == sc->last_sentence + 1 &&
           s->block == sc->doc->sentences.v[sc->last_sentence].block;
}

/* Does an actor mention of sentence s end right before byte at ("held
 * Jaish al-Adl responsible")? */
static bool actor_ends_at(const ev_scan *sc, const ds_sentence *s, uint32_t at)
{
    uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.end <= at && r->span.end + 2 >= at) return true;
    }
    return false;
}

/* Does sentence s point back to the last event ("this attack", "the
 * rockets", "Nobody has claimed the blast so far")? */
static bool refers_back(ev_scan *sc, const ds_sentence *s)
{
    uint32_t end = s->first_token + s->ntokens;
    uint32_t to = may_have_role(sc, s->first_token, end, 1u << R_ANAPHOR) ? end : 0;
    for (uint32_t i = next_busy(sc, s->first_token); i < to; i = next_busy(sc, i + 1)) {
        if (!rule_at(sc, i, R_ANAPHOR)) continue;
        for (uint32_t k = 1; k <= 3 && i >= s->first_token + k; k++) {
            const char *w = tok(sc, i - k)->norm;
            if (!strcmp(w, "this") || !strcmp(w, "these") || !strcmp(w, "the") ||
                !strcmp(w, "that") || !strcmp(w, "those"))
                return true;
            if (tok_punct(sc, i - k)) break;
        }
    }
    /* "No casualties were reported." in a short note, or right after the
     * event's sentence in its paragraph (a roundup's entry) */
    if (says_no_casualties(sc, s->first_token, end) && (sc->short_doc || follows_last_event(sc, s)))
        return true;
    /* "No group claimed responsibility.", "The group denied involvement." */
    for (uint32_t i = next_busy(sc, s->first_token); i + 1 < end; i = next_busy(sc, i + 1)) {
        if (!(sc->m[i].cls & (W_CLAIM | W_DENY))) continue;
        if (tok_is(sc, i + 1, "responsibility") || tok_is(sc, i + 1, "involvement") ||
            (i + 2 < end && tok_is(sc, i + 2, "responsibility")))
            return true;
        /* "Nobody took responsibility.", "The group took responsibility in
         * a statement" (a claim); "Officials said ISWAP bore
         * responsibility" (a blame: as "blamed" below) */
        bool blame = false;
        if (tok_is(sc, i, "responsibility") &&
            responsibility_verb(sc, s->first_token, i, &blame) != DS_NONE)
            return !blame || sc->short_doc || follows_last_event(sc, s);
    }
    /* "claimed", "denied" and "attributed" are of word classes: a sentence
     * with none of them and no casualty word skips the loop */
    to = may_have_cls(sc, s->first_token, end, W_CLAIM | W_DENY | W_ATTRIB | W_SUSPECTED) ||
                 may_have_role(sc, s->first_token, end, 1u << R_DEATH | 1u << R_INJURY)
             ? end
             : 0;
    /* in a report, "The Malian army denied targeting civilians" right
     * after the event's sentence, in its paragraph, is about it too (and
     * so is a toll there) */
    bool next = follows_last_event(sc, s);
    /* "We deplore the loss of five soldiers." right after the ambush: its
     * toll (quantity_role() reads "the loss of" a figure as dead) */
    if (next && may_have_word(sc, s->first_token, end, S_TOLL)) {
        uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
        for (uint32_t i = s->first_token; i + 1 < end; i++)
            if (tok_is(sc, i, "loss") && tok_is(sc, i + 1, "of") && counts_next(sc, si, i + 1))
                return true;
    }
    for (uint32_t i = next_busy(sc, s->first_token); i < to; i = next_busy(sc, i + 1)) {
        /* ("Ambazonian separatists were suspected.") */
        if (tok_is(sc, i, "claimed") || tok_is(sc, i, "denied") || tok_is(sc, i, "attributed") ||
            tok_is(sc, i, "blamed") ||
            /* "Authorities held Jaish al-Adl responsible" (not "hand over
             * those responsible") */
            (tok_is(sc, i, "responsible") && actor_ends_at(sc, s, tok(sc, i)->span.start)) ||
            (tok_is(sc, i, "suspected") && i > s->first_token &&
             (tok_is(sc, i - 1, "were") || tok_is(sc, i - 1, "was")) &&
             (i + 1 == end || tok_punct(sc, i + 1))))
            return sc->short_doc || next;
        /* "The response of our forces made it possible to neutralise about
         * twenty terrorists." right after the attack, in its paragraph (not
         * "9 fatalities." after an arrest: a development has no dead) */
        /* (not "police found the bodies of three men in a vacant lot the
         * same day": a finding, whose dead need not be the last event's) */
        if ((rule_at(sc, i, R_DEATH) && !tok_is(sc, i, "bodies") && !tok_is(sc, i, "corpses")) ||
            rule_at(sc, i, R_INJURY))
            return sc->short_doc ||
                   (next && sc->x->events.v[sc->last_event].event_type != T_STRATEGIC);
    }
    return false;
}

/* "The assailants stormed the village late Tuesday": the attackers of the
 * event just told, telling more of it. */
static bool perpetrators_again(ev_scan *sc, const ds_sentence *s)
{
    static const char *const who[] = {"assailants", "attackers", "perpetrators", NULL};
    WORD_SIG(who);
    return s->ntokens > 2 && tok_is(sc, s->first_token, "the") &&
           tok_in(sc, s->first_token + 1, who);
}

/* "The attack took place ...", "This bombing was ...": the sentence opens
 * with a definite event noun that points back. */
/* "The clash destroyed a school", "The arrest followed ...": a sentence
 * that opens on a definite event noun speaks of an event told before. */
static bool names_event_before(ev_scan *sc, const ds_sentence *s)
{
    uint32_t i = s->first_token;
    if (s->ntokens < 3 || !(tok_is(sc, i, "the") || tok_is(sc, i, "this") || tok_is(sc, i, "that")))
        return false;
    for (uint32_t k = i + 1; k <= i + 2; k++)
        if (rule_at(sc, k, R_ANAPHOR) || rule_at(sc, k, R_NOUN)) return true;
    return false;
}

/* "... recovered an improvised explosive device buried near a water point
 * in Lafey. The device was safely detonated": is the event noun the
 * sentence opens on ("the device", names_event_before()) a word of the
 * sentence before in its paragraph, the thing that one told of? */
static bool names_thing_before(ev_scan *sc, const ds_sentence *s)
{
    const ds_doc *doc = sc->doc;
    uint32_t si = (uint32_t)(s - doc->sentences.v);
    if (si == 0 || doc->sentences.v[si - 1].block != s->block) return false;
    const ds_sentence *p = &doc->sentences.v[si - 1];
    for (uint32_t k = s->first_token + 1; k <= s->first_token + 2; k++) {
        if (!rule_at(sc, k, R_ANAPHOR) && !rule_at(sc, k, R_NOUN)) continue;
        const ds_token *w = tok(sc, k);
        for (uint32_t j = p->first_token; j < p->first_token + p->ntokens; j++)
            if (tok(sc, j)->norm_len == w->norm_len && !strcmp(tok(sc, j)->norm, w->norm))
                return true;
        return false;
    }
    return false;
}

static bool opens_with_anaphor(ev_scan *sc, const ds_sentence *s)
{
    uint32_t i = s->first_token;
    if (s->ntokens < 3 || !(tok_is(sc, i, "the") || tok_is(sc, i, "this") || tok_is(sc, i, "that")))
        return false;
    return rule_at(sc, i + 1, R_ANAPHOR) ||
           (rule_at(sc, i + 2, R_ANAPHOR) && (tok(sc, i + 1)->flags & DS_TOK_WORD) &&
            !(tok(sc, i + 1)->flags & DS_TOK_CAP));
}

/* "In a separate incident", "Separately,", "Elsewhere,", "In another
 * development", "Earlier this week,": the sentence opens a happening of its
 * own, not a follow-up.
 * "The attack came a day after a suicide bomber ...": an earlier one, *back
 * days before the last event (0 when the text gives no number). */
static bool separate_happening(ev_scan *sc, const ds_sentence *s, int *back, bool *told_apart)
{
    static const char *const kinds[] = {"development", "operation", "incident", "attack", NULL};
    WORD_SIG(kinds);
    static const char *const counts[] = {"a", "one", "two", "three", "four", "five", NULL};
    uint32_t end = s->first_token + s->ntokens;
    *back = 0;
    *told_apart = true; /* but "It came a day after ..." (below) */
    /* every test below needs one of the words of S_SEPARATE or S_RESPONSE */
    if (!may_have_word(sc, s->first_token, end, S_SEPARATE | S_RESPONSE)) return false;
    /* "Earlier this week, militants attacked ..." (not "Meanwhile, police
     * were considering ...": more of the same) */
    if (tok_is(sc, s->first_token, "earlier") && s->first_token + 1 < end &&
        (tok_is(sc, s->first_token + 1, "this") || tok_is(sc, s->first_token + 1, "on") ||
         tok_is(sc, s->first_token + 1, "last")))
        return true; /* (not "Earlier in the day, students also rallied") */
    /* but a new paragraph of a report opening "Earlier in the day, Russian
     * artillery shelled Orikhiv" tells another happening of that day */
    const uint32_t sidx = (uint32_t)(s - sc->doc->sentences.v);
    const bool new_paragraph = sidx > 0 && sc->doc->sentences.v[sidx - 1].block != s->block;
    if (new_paragraph && tok_is(sc, s->first_token, "earlier") && s->first_token + 3 < end &&
        ((tok_is(sc, s->first_token + 1, "in") && tok_is(sc, s->first_token + 2, "the") &&
          tok_is(sc, s->first_token + 3, "day")) ||
         (tok_is(sc, s->first_token + 1, "that") && tok_is(sc, s->first_token + 2, "day"))))
        return true;
    for (uint32_t i = s->first_token; i < end && i < s->first_token + 4; i++) {
        if (tok_is(sc, i, "separately") || tok_is(sc, i, "elsewhere") ||
            (tok_is(sc, i, "separate") && i + 1 < end &&
             (rule_at(sc, i + 1, R_ANAPHOR) || tok_in(sc, i + 1, kinds))))
            return true;
        if ((tok_is(sc, i, "another") || tok_is(sc, i, "second")) && i + 1 < end &&
            (rule_at(sc, i + 1, R_ANAPHOR) || tok_in(sc, i + 1, kinds)) && i > s->first_token &&
            tok_is(sc, i - 1, "in"))
            return true;
    }
    /* "Later that day, the military carried out air strikes on the
     * attackers", "Hours later, ...": a happening after the one told (in a
     * report, or a new paragraph of a short one; a note tells one
     * happening: "Later that night the gunmen shot at a second cafe") */
    if (tok_is(sc, s->first_token, "later") && s->first_token + 2 < end &&
        (!sc->short_doc || new_paragraph) &&
        ((tok_is(sc, s->first_token + 1, "that") &&
          (tok_is(sc, s->first_token + 2, "day") || tok_is(sc, s->first_token + 2, "night") ||
           tok_is(sc, s->first_token + 2, "evening") || tok_is(sc, s->first_token + 2, "morning") ||
           tok_is(sc, s->first_token + 2, "afternoon"))) ||
         (!sc->short_doc && tok_is(sc, s->first_token + 1, ","))))
        return true;
    /* (and "Hours earlier, a roadside bomb struck a convoy": one before it) */
    if ((!sc->short_doc || new_paragraph) && tok_is(sc, s->first_token, "hours") &&
        s->first_token + 1 < end &&
        (tok_is(sc, s->first_token + 1, "later") || tok_is(sc, s->first_token + 1, "earlier")))
        return true;
    /* "Days later, an air strike by our aircraft destroyed a base", "A few
     * days later, ...": another happening some days after the one told;
     * *back -1: no day given, its month */
    uint32_t d = s->first_token;
    if (d + 2 < end && tok_is(sc, d, "a") && tok_is(sc, d + 1, "few")) d += 2;
    if (d + 1 < end && tok_is(sc, d, "several")) d++;
    if ((!sc->short_doc || new_paragraph) && d + 1 < end && tok_is(sc, d, "days") &&
        tok_is(sc, d + 1, "later")) {
        *back = -1;
        return true;
    }
    /* "Hours later, a second explosion hit a hospital" */
    for (uint32_t i = s->first_token + 1; i + 1 < end && i < s->first_token + 6; i++)
        if (tok_is(sc, i - 1, "a") && tok_is(sc, i, "second") &&
            (rule_at(sc, i + 1, R_ANAPHOR) || tok_in(sc, i + 1, kinds)))
            return true;
    /* "21 militants were killed in operations after the attacks": the
     * forces' response is a happening of its own */
    static const char *const responses[] = {"operation", "operations", "raid",      "raids",
                                            "crackdown", "pursuit",    "clearance", NULL};
    WORD_SIG(responses);
    uint32_t to = may_have_word(sc, s->first_token, end, S_RESPONSE) ? end : 0;
    for (uint32_t i = s->first_token; i + 2 < to; i++) {
        if (!tok_in(sc, i, responses)) continue;
        uint32_t k = i + 1;
        if (k + 1 < end && tok_is(sc, k, "launched")) k++;
        if (!tok_is(sc, k, "after") && !tok_is(sc, k, "following")) continue;
        k++;
        if (k + 1 < end && (tok_is(sc, k, "the") || tok_is(sc, k, "these"))) k++;
        if (rule_at(sc, k, R_ANAPHOR)) return true;
    }
    /* "came/comes N days after": at most the fifth word */
    for (uint32_t i = s->first_token; i + 2 < end && i < s->first_token + 5; i++) {
        if (!tok_is(sc, i, "came") && !tok_is(sc, i, "comes")) continue;
        *told_apart = false;
        for (uint32_t k = i + 1; k < end && k <= i + 5; k++) {
            if (!tok_is(sc, k, "after")) continue;
            /* "The strikes came hours after an attack on a base in Duhok":
             * an earlier happening of the same day, never the one just told
             * (merged, it gave the strikes its place) */
            static const char *const soon[] = {"hours",   "hour",    "minutes",
                                               "shortly", "moments", NULL};
            WORD_SIG(soon);
            if (tok_in(sc, k - 1, soon)) *told_apart = true;
            if (k >= i + 3 && (tok_is(sc, k - 1, "day") || tok_is(sc, k - 1, "days"))) {
                for (int n = 0; counts[n]; n++)
                    if (tok_is_word(sc, k - 2, counts[n])) *back = n ? n : 1;
            }
            return true;
        }
        break;
    }
    return false;
}

/* Best place anywhere in the document (for notes whose place and trigger sit
 * in different sentences). */
/* Is p the place of a dateline that opens its sentence ("Nairobi, 12 March
 * 2024 -"): where the story was filed, not where anything happened? */
static bool filed_at(const ev_scan *sc, const ds_place *p)
{
    const ds_sentence *ps = &sc->doc->sentences.v[p->sentence];
    uint32_t at = ps->span.start;
    if (ps->ntokens > 1 && tok_is(sc, ps->first_token, "("))
        at = tok(sc, ps->first_token + 1)->span.start;
    return p->span.start == at && dateline_start(sc, p->sentence, ps);
}

static int after_in(const ev_scan *sc, const ds_sentence *s, const ds_place *p);

/* "The strikes came hours after an attack on a base in Duhok": does
 * sentence s tell of an earlier happening ("came/comes ... after" among
 * its first words)? Its places are that one's. */
static bool came_after(const ev_scan *sc, const ds_sentence *s)
{
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t i = s->first_token; i + 2 < end && i < s->first_token + 5; i++) {
        if (!tok_is(sc, i, "came") && !tok_is(sc, i, "comes")) continue;
        for (uint32_t k = i + 1; k < end && k <= i + 5; k++)
            if (tok_is(sc, k, "after")) return true;
        return false;
    }
    return false;
}

/* "withdrew towards the border with Mali": a country named as the other
 * side of a border, no place of the happening. */
static bool border_other_side(const ev_scan *sc, const ds_place *p)
{
    if (p->feature != DS_FEAT_COUNTRY) return false;
    const ds_sentence *s = &sc->doc->sentences.v[p->sentence];
    uint32_t at = token_at(sc, s, p->span.start);
    const char *w1 = word_before(sc, s, at, 1), *w2 = word_before(sc, s, at, 2);
    return w1 && w2 && !strcmp(w1, "with") &&
           (!strcmp(w2, "border") || !strcmp(w2, "borders") || !strcmp(w2, "frontier"));
}

/* "Baghdad has repeatedly protested against Turkish operations", "Kyiv
 * said ...": a town opening its sentence before a verb of speech or stance
 * is the government seated there, no place of a happening. */
static bool capital_speaks(const ev_scan *sc, const ds_place *p)
{
    static const char *const speaks[] = {"has",       "have",      "had",    "said",   "says",
                                         "protested", "condemned", "denied", "denies", "accused",
                                         "accuses",   "demanded",  "urged",  "warned", "rejected",
                                         "insists",   "insisted",  "blamed", "called", NULL};
    WORD_SIG(speaks);
    const ds_sentence *s = &sc->doc->sentences.v[p->sentence];
    if (p->feature != DS_FEAT_CITY || p->span.start != tok(sc, s->first_token)->span.start)
        return false;
    uint32_t after = token_at(sc, s, p->span.end);
    if (after >= s->first_token + s->ntokens) return false;
    if (tok_is(sc, after, "has") || tok_is(sc, after, "have") || tok_is(sc, after, "had")) {
        /* (not "Baghdad has seen a wave of bombings") */
        uint32_t v = after + 1;
        while (v < s->first_token + s->ntokens && v < after + 3 && !tok_in(sc, v, speaks) &&
               !(tok(sc, v)->flags & DS_TOK_CAP))
            v++;
        return v < s->first_token + s->ntokens && tok_in(sc, v, speaks) && v > after;
    }
    return tok_in(sc, after, speaks);
}

static const ds_place *doc_best_place(const ev_scan *sc, uint32_t block)
{
    const ds_place *best = NULL;
    int best_rank = 0;
    for (uint32_t i = 0; i < sc->doc->places.n; i++) {
        const ds_place *p = &sc->doc->places.v[i];
        if (p->feature == DS_FEAT_DEMONYM || names_own_forces(sc, p->sentence, p)) continue;
        /* after the first event, another paragraph's place is another
         * happening's ("On Sunday, gunmen shot dead an elder" in a roundup) */
        if (sc->x->events.n > sc->first_event && sc->doc->sentences.v[p->sentence].block != block)
            continue;
        /* "MOGADISHU, 20 January -", "Nairobi, 12 March 2024": where the
         * story was filed */
        const char *t = sc->doc->text + p->span.start;
        if (p->span.end - p->span.start > 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' &&
            t[1] <= 'Z' && t[2] >= 'A' && t[2] <= 'Z')
            continue;
        const ds_sentence *ps = &sc->doc->sentences.v[p->sentence];
        /* (of two as precise, the one after "in": see headline_place) */
        int rank = 2 * place_rank(p) + after_in(sc, ps, p);
        if (best && rank <= best_rank) continue; /* (the tests below only for a better one) */
        if (filed_at(sc, p) || came_after(sc, ps) || capital_speaks(sc, p) || cause_place(sc, p) ||
            border_other_side(sc, p) || carried_to(sc, ps, token_at(sc, ps, p->span.start)))
            continue;
        best = p, best_rank = rank;
    }
    return best;
}

/* The most precise place of sentence si that says where something
 * happened (no demonym, dateline, state named for its forces, place inside
 * a group's name, government named by its seat or cause of a protest), or
 * NULL. */
static const ds_place *sentence_place(const ev_scan *sc, uint32_t si)
{
    const ds_place *best = NULL;
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++) {
        const ds_place *p = &sc->doc->places.v[sc->place.idx[k]];
        if (p->feature == DS_FEAT_DEMONYM || !p->iso3[0] || place_rank(p) < 3 ||
            (best && place_rank(p) <= place_rank(best)) || names_own_forces(sc, si, p) ||
            in_actor_name(sc, si, p->span) || filed_at(sc, p) || capital_speaks(sc, p) ||
            cause_place(sc, p) ||
            carried_to(sc, &sc->doc->sentences.v[si],
                       token_at(sc, &sc->doc->sentences.v[si], p->span.start)))
            continue;
        /* (a country alone is left to context_country: "designated by the
         * United States" says nothing of where) */
        if (place_rank(p) >= 3 && (!best || place_rank(p) > place_rank(best))) best = p;
    }
    return best;
}

/* Does sentence si name a place (a demonym is none)? */
static bool names_a_place(const ev_scan *sc, uint32_t si)
{
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++)
        if (sc->doc->places.v[sc->place.idx[k]].feature != DS_FEAT_DEMONYM) return true;
    return false;
}

/* The most precise place of the title or headings before block `block`
 * (no dateline's), or NULL. */
/* Is place p (of sentence s) after "in", "near" or "at" ("in northern
 * Iraq")? 1 if so, else 0. */
static int after_in(const ev_scan *sc, const ds_sentence *s, const ds_place *p)
{
    /* (only a country or a region: "Tadmor in Homs" names the town, then
     * its province) */
    if (p->feature != DS_FEAT_COUNTRY && p->feature != DS_FEAT_REGION) return 0;
    uint32_t at = token_at(sc, s, p->span.start);
    const char *w = word_before(sc, s, at, 1);
    if (w && (!strcmp(w, "northern") || !strcmp(w, "southern") || !strcmp(w, "eastern") ||
              !strcmp(w, "western") || !strcmp(w, "central")))
        w = word_before(sc, s, at, 2);
    return w && (!strcmp(w, "in") || !strcmp(w, "near") || !strcmp(w, "at"));
}

static const ds_place *headline_place(const ev_scan *sc, uint32_t block)
{
    const ds_place *best = NULL;
    int best_rank = 0;
    for (uint32_t i = 0; i < sc->doc->places.n; i++) {
        const ds_place *p = &sc->doc->places.v[i];
        const ds_sentence *ps = &sc->doc->sentences.v[p->sentence];
        if (ps->block >= block) break;
        ds_block_kind k = sc->doc->blocks.v[ps->block].kind;
        if ((k != DS_BLOCK_TITLE && k != DS_BLOCK_HEADING) || p->feature == DS_FEAT_DEMONYM ||
            !p->iso3[0] || names_own_forces(sc, p->sentence, p) ||
            in_actor_name(sc, p->sentence, p->span) || /* "Islamic State Sahel Province" */
            filed_at(sc, p))
            continue;
        /* "Turkey strikes Kurdish militants in northern Iraq": of two
         * places as precise, the one after "in", "near" or "at" is where
         * (the other is who acted) */
        int rank = 2 * place_rank(p) + after_in(sc, ps, p);
        if (!best || rank > best_rank) best = p, best_rank = rank;
    }
    return best;
}

static const ds_timex *doc_first_timex(const ev_scan *sc)
{
    for (uint32_t i = 0; i < sc->doc->timexes.n; i++) {
        const ds_timex *t = &sc->doc->timexes.v[i];
        if (!timex_usable(t) || t->sentence >= sc->doc->sentences.n) continue;
        /* "since separatist violence broke out in 2017": when a period
         * began, not the day of what the note tells */
        const ds_sentence *s = &sc->doc->sentences.v[t->sentence];
        bool since = false;
        for (uint32_t k = token_at(sc, s, t->span.start), n = 0;
             !since && k-- > s->first_token && n < 12 && !tok_punct(sc, k); n++)
            since = tok_is(sc, k, "since");
        if (!since) return t;
    }
    return NULL;
}

/* "In April and May, respectively, rockets were fired into Uzbekistan and
 * Tajikistan": as many events as dates, the i-th date with the i-th place.
 * *split is true when the frame was told that way and its events made. */
static ds_status respectively(ev_scan *sc, const frame *f, const cand *c, uint32_t si, bool *split)
{
    const ds_doc *doc = sc->doc;
    *split = false;
    if (!may_have_word(sc, f->tok_start, f->tok_end, S_RESPECTIVELY)) return DS_OK;
    bool resp = false;
    for (uint32_t i = f->tok_start; i < f->tok_end && !resp; i++)
        resp = tok_is(sc, i, "respectively");
    if (!resp) return DS_OK;
    const ds_timex *dates[4];
    const ds_place *places[4];
    uint32_t nd = 0, np = 0;
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++) {
        const ds_timex *t = &doc->timexes.v[sc->timex.idx[k]];
        if (in_frame(f, t->span) && timex_usable(t) && nd < 4) dates[nd++] = t;
    }
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++) {
        const ds_place *p = &doc->places.v[sc->place.idx[k]];
        if (!in_frame(f, p->span) || p->feature == DS_FEAT_DEMONYM || p == c->origin) continue;
        if (c->origin && !strcmp(p->iso3, c->origin->iso3)) continue;
        if (np < 4) places[np++] = p;
    }
    if (nd < 2 || nd != np) return DS_OK;
    /* dates written with one year ("April and May 2022") share it */
    for (uint32_t i = 0; i < nd; i++) {
        cand e = *c;
        e.has_date = true;
        e.date = dates[i]->value;
        if (!e.date.year) e.date.year = dates[nd - 1]->value.year;
        e.date_end.year = 0;
        e.place = places[i];
        memcpy(e.country, places[i]->iso3, 4);
        uint32_t idx;
        ds_status st = new_event(sc, &e, si, &idx);
        if (st != DS_OK) return st;
        sc->last_event = idx;
        sc->last_side = e.dead_side;
        sc->last_sentence = si;
    }
    *split = true;
    return DS_OK;
}

/* "claimed the attack on the convoy", "the raid against the base", "the
 * market raid": the latest event of this document whose sentences name
 * that target or modifier of the event noun at t; DS_NONE when none does. */
static uint32_t named_event(ev_scan *sc, const ds_sentence *s, uint32_t t)
{
    static const char *const preps[] = {"on", "against", "targeting", "near", NULL};
    WORD_SIG(preps);
    static const char *const skip[] = {"the",    "a",       "an",    "its",     "their",
                                       "recent", "deadly",  "this",  "that",    "these",
                                       "those",  "latest",  "same",  "first",   "second",
                                       "last",   "earlier", "other", "another", NULL};
    WORD_SIG(skip);
    uint32_t end = s->first_token + s->ntokens, words[2], nw = 0;
    if (t > s->first_token && !tok_in(sc, t - 1, skip)) words[nw++] = t - 1;
    if (t + 2 < end && tok_in(sc, t + 1, preps)) {
        uint32_t w = t + 2;
        while (w < end && w < t + 5 && tok_in(sc, w, skip)) w++;
        if (w < end) words[nw++] = w;
    }
    for (uint32_t q = 0; q < nw; q++) {
        const ds_token *tw = tok(sc, words[q]);
        if (!(tw->flags & DS_TOK_WORD) || tw->norm_len < 4) continue;
        for (uint32_t i = sc->x->events.n; i-- > sc->first_event;) {
            const ds_event *e = &sc->x->events.v[i];
            for (uint32_t k = 0; k < e->sources.n; k++)
                if (e->sources.v[k].doc == sc->docidx && e->sources.v[k].text &&
                    ds_find_word(e->sources.v[k].text, strlen(e->sources.v[k].text), tw->norm))
                    return i;
        }
    }
    return DS_NONE;
}

static bool violent_event(const ds_event *e)
{
    return e->event_type == T_BATTLES || e->event_type == T_EXPLOSIONS || e->event_type == T_VAC;
}

/* The event a claim or an anaphor ("the attack") without a name of its own
 * points back to: the last one told, unless that is a development ("ISCAP
 * later claimed the attack" after "troops were deployed to the area"):
 * anaphors name violence, so the document's latest violent event. */
static uint32_t last_told(const ev_scan *sc)
{
    if (sc->last_event == DS_NONE || sc->x->events.v[sc->last_event].event_type != T_STRATEGIC)
        return sc->last_event;
    for (uint32_t ev = sc->last_event; ev-- > sc->first_event;)
        if (violent_event(&sc->x->events.v[ev])) return ev;
    return sc->last_event;
}

/* The event an anaphor at t points back to: the one named_event() finds,
 * else last_told(). */
static uint32_t event_named(ev_scan *sc, const ds_sentence *s, uint32_t t)
{
    uint32_t named = named_event(sc, s, t);
    return named != DS_NONE ? named : last_told(sc);
}

/* The days [*lo, *hi] an ISO date at any precision covers; false when empty. */
static bool iso_days(const char *d, int32_t *lo, int32_t *hi)
{
    int y = 0, m = 0, dd = 0;
    if (sscanf(d, "%d-%d-%d", &y, &m, &dd) < 1 || y <= 0) return false;
    *lo = ds_date_days((ds_date){(int16_t)y, (uint8_t)(m ? m : 1), (uint8_t)(dd ? dd : 1)});
    if (dd) {
        *hi = *lo;
        return true;
    }
    /* to the day before the next month or year */
    ds_date next = m ? (ds_date){(int16_t)(y + m / 12), (uint8_t)(m % 12 + 1), 1}
                     : (ds_date){(int16_t)(y + 1), 1, 1};
    *hi = ds_date_days(next) - 1;
    return true;
}

/* A claim dated claim cannot be about an event dated event: before it, or
 * more than a month after it ("In July 2022, ISWAP claimed an attack" after
 * a May 2021 event); an empty date fits any. */
static bool claim_misfits(const char *event, const char *claim)
{
    int32_t elo, ehi, clo, chi;
    if (!iso_days(event, &elo, &ehi) || !iso_days(claim, &clo, &chi)) return false;
    return chi < elo || clo > ehi + 31;
}

/* "a message praising the latest strike on Tajikistan", "claimed
 * the attack in Kabul": a claim about an event told before, found by its
 * country among this document's events; true when it was attached. */
static bool claims_earlier(ev_scan *sc, const frame *f, const cand *c, uint32_t si)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    uint32_t t = f->trig[0];
    /* (and "ISKP claimed the killing the next day": a casualty noun that
     * points back, after "the") */
    if (!(rule_at(sc, t, R_NOUN) || (t > s->first_token && tok_is(sc, t - 1, "the") &&
                                     rule_at(sc, t, R_DEATH) && rule_at(sc, t, R_ANAPHOR))) ||
        rule_at(sc, t, R_VERB))
        return false;
    /* (an answer true needs one of the words of S_CLAIMING before t) */
    if (!may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_CLAIMING)) return false;
    bool claim = false, neg = false;
    for (uint32_t k = 1; k <= 4 && t >= s->first_token + k; k++) {
        uint32_t v = t - k; /* the claim's verb */
        bool blame = false;
        /* ("No group has yet claimed the attack": the negation before the
         * adverb, below) */
        const uint32_t adverb = claim_adverb(sc, s->first_token, v);
        /* "Nobody took responsibility for the kidnapping" (see claims_in) */
        if (tok_is(sc, v, "responsibility")) {
            v = responsibility_verb(sc, s->first_token, v, &blame);
            if (v == DS_NONE || blame) continue;
        } else if (!tok_is(sc, v, "celebrated") && !tok_is(sc, v, "claimed") &&
                   !tok_is(sc, v, "praised") && !tok_is(sc, v, "claiming")) {
            continue;
        }
        claim = true;
        /* "No group claimed responsibility for the kidnapping", "Nobody
         * claimed the kidnapping" */
        for (uint32_t n = 1; n <= 3u + adverb && v >= s->first_token + n; n++)
            if (tok_is(sc, v - n, "no") || tok_is(sc, v - n, "not") || tok_is(sc, v - n, "n't") ||
                tok_is(sc, v - n, "never") || tok_is(sc, v - n, "nobody") ||
                tok_is(sc, v - n, "none"))
                neg = true;
    }
    if (!claim) return false;
    cand cc;
    cand_init(&cc);
    cc.claimed = neg ? 0 : 1;
    cc.claimed_by = c->claimed_by;
    /* "No group claimed the massacre, but officials blamed JNIM": the
     * attribution the sentence goes on with */
    cc.attributed = c->attributed;
    /* "In July 2022, ISWAP claimed an attack on the Kuje prison": a claim
     * dated otherwise than an event told before is not about that one */
    char own[11] = "";
    if (c->has_date && !c->weak_date) ds_date_format(own, c->date);
    /* "claimed the attack on the convoy": the event told with a convoy */
    uint32_t named = named_event(sc, s, t);
    if (named != DS_NONE && !claim_misfits(sc->x->events.v[named].date, own)) {
        enrich(sc, &sc->x->events.v[named], &cc, si);
        return true;
    }
    /* "The AFF claimed a rocket attack on Bagram airfield on 13 June" after
     * a raid of 12 June: an indefinite event noun with a day of its own is
     * a happening told here, not the last one claimed (a month or a year
     * is history: "the Islamic State first claimed an ADF attack in April
     * 2019") */
    if (own[0] && !neg && date_precision(c->date) >= 3)
        for (uint32_t k = 1; k <= 3 && t >= s->first_token + k; k++) {
            if (tok_is(sc, t - k, "a") || tok_is(sc, t - k, "an")) return false;
            if (tok_punct(sc, t - k) || (sc->m[t - k].cls & W_CLAIM)) break;
        }
    if (!c->country[0]) {
        /* "The group claimed responsibility for the attack": the last one
         * (however far back when it is the document's one event: an
         * article's "Aftermath" section, "X claimed the attack through
         * Amaq", after the "Attack" section) */
        uint32_t last = last_told(sc);
        bool one = sc->x->events.n == sc->first_event + 1;
        if (last != DS_NONE && (si <= sc->last_sentence + 2 || one) &&
            !claim_misfits(sc->x->events.v[last].date, own)) {
            enrich(sc, &sc->x->events.v[last], &cc, si);
            sc->last_sentence = si;
        }
        return true;
    }
    /* the latest event of its country, violent first: "ISCAP later claimed
     * the attack" after "troops were deployed to the area" */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = sc->x->events.n; i-- > sc->first_event;) {
            ds_event *e = &sc->x->events.v[i];
            if (strcmp(e->country, c->country) != 0 || claim_misfits(e->date, own)) continue;
            if (pass == 0 && !violent_event(e)) continue;
            enrich(sc, e, &cc, si);
            return true;
        }
    /* "claimed the attack ..., saying it was carried out in solidarity with
     * Gaza": a place of the claim's words, not of "the attack" just told */
    uint32_t last = last_told(sc);
    if (!own[0] && t > s->first_token && tok_is(sc, t - 1, "the") && last != DS_NONE &&
        si <= sc->last_sentence + 2) {
        enrich(sc, &sc->x->events.v[last], &cc, si);
        sc->last_sentence = si;
        return true;
    }
    /* a claim about something this document did not report: dated, the
     * attack is told here ("ISWAP claimed an attack on the Kuje prison") */
    return !own[0];
}

/* "Both attacks were claimed by the Baloch Liberation Army", "The two
 * bombings were claimed by IS-K": a claim said of the last n violent events
 * of the document (n from "both" or a small count before the frame's
 * plural trigger), each given it; true when they were. */
static bool claims_each(ev_scan *sc, const frame *f, const cand *c, uint32_t si)
{
    uint32_t t = f->trig[0];
    if (t == 0 || !rule_at(sc, t, R_NOUN) || rule_at(sc, t, R_VERB)) return false;
    /* "No group claimed either attack, but police blamed the BRN": the two
     * told last, unclaimed (and blamed alike) */
    bool either = c->claimed == 0 && (tok_is(sc, t - 1, "either") || tok_is(sc, t - 1, "neither"));
    if (!either && (c->claimed != 1 || !is_plural_noun(tok(sc, t)))) return false;
    uint32_t n = either ? 2 : small_count(sc, t - 1);
    if (n < 2 || n > 5) return false;
    cand cc;
    cand_init(&cc);
    cc.claimed = either ? 0 : 1;
    cc.claimed_by = c->claimed_by;
    if (either) cc.attributed = c->attributed;
    uint32_t found = 0;
    for (uint32_t i = sc->x->events.n; i-- > sc->first_event && found < n;) {
        ds_event *e = &sc->x->events.v[i];
        if (!violent_event(e)) continue;
        if (enrich(sc, e, &cc, si) != DS_OK) return false;
        found++;
    }
    if (found) sc->last_sentence = si;
    return found > 0;
}

/* An event whose sentence names no country ("attacked a UN camp in
 * Aguelhok" with an unknown town) happened where the text just was: the
 * last country named in this or the two sentences before, in one block;
 * else, in a note, the document's focus country. */
static void context_country(ev_scan *sc, uint32_t si, cand *c)
{
    const ds_doc *doc = sc->doc;
    uint32_t block = doc->sentences.v[si].block;
    const char *own = NULL; /* a state named only as its forces' nation */
    /* "JNIM militants killed seven Beninese soldiers in an attack on a
     * military post": with no place of its own, the sentence's nation of
     * the state force that was one side, not a country named before */
    bool placed = false;
    const char *attacked = NULL; /* the nation of actor2, a state's force */
    const ds_actor_ref *a2 = c->actor2;
    for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1] && !placed; k++) {
        const ds_place *p = &doc->places.v[sc->place.idx[k]];
        if (!p->iso3[0]) continue;
        if (p->feature != DS_FEAT_DEMONYM)
            placed = true;
        else if (!attacked && a2 && a2->type == DS_ACTOR_STATE_FORCE && !strcmp(a2->iso3, p->iso3))
            attacked = p->iso3;
    }
    /* the side attacked is at home more often than the one attacking
     * ("Russian forces clashed with Ukrainian forces"; "killed by French
     * forces" in the Sahel): the attacked side's nation only */
    if (!placed && attacked) {
        memcpy(c->country, attacked, 4);
        return;
    }
    for (uint32_t back = c->cause_places ? 1 : 0; back <= 2 && back <= si; back++) {
        uint32_t s = si - back;
        if (doc->sentences.v[s].block != block) break;
        for (uint32_t k = sc->place.first[s + 1]; k-- > sc->place.first[s];) {
            const ds_place *p = &doc->places.v[sc->place.idx[k]];
            if (!p->iso3[0] || p->feature == DS_FEAT_DEMONYM) continue;
            /* "withdrew towards the border with Mali": the other side */
            if (border_other_side(sc, p)) continue;
            if (names_own_forces(sc, s, p)) {
                if (!own) own = p->iso3;
                continue;
            }
            /* ("Sudan" in "the Sudan People's Liberation Army-in Opposition") */
            if (in_actor_name(sc, s, p->span)) continue;
            memcpy(c->country, p->iso3, 4);
            return;
        }
    }
    /* a protest abroad about a country: neither its sides, the document's
     * focus nor an earlier event place it (they are the country it is
     * about) */
    if (c->cause_places) return;
    /* "U.S. Central Command forces conducted a strike against six Houthi
     * missiles in the Red Sea": no place but the striking state's name; the
     * strike is in its target's country (ACLED: Yemen) */
    if (own && c->actor2 && c->actor2->iso3[0] && strcmp(c->actor2->iso3, own) != 0 &&
        (!doc->focus_iso3[0] || !strcmp(doc->focus_iso3, own))) {
        memcpy(c->country, c->actor2->iso3, 4);
        return;
    }
    /* a short document's earlier event is where its text just was (a Kigali
     * press release's "village of Ancuabe" after a clash in Cabo Delgado) */
    if (sc->short_doc && sc->last_event != DS_NONE && sc->last_event >= sc->first_event &&
        sc->x->events.v[sc->last_event].country[0]) {
        memcpy(c->country, sc->x->events.v[sc->last_event].country, 4);
        return;
    }
    if (doc->focus_iso3[0] && sc->short_doc) {
        memcpy(c->country, doc->focus_iso3, 4);
        return;
    }
    /* a report: the last place named in the few sentences before, across
     * paragraphs ("On Sunday, terrorists attacked the village of X" after a
     * paragraph on Djibo and a Ouagadougou dateline) */
    for (uint32_t back = 1; back <= 8 && back <= si; back++) {
        uint32_t s = si - back;
        for (uint32_t k = sc->place.first[s + 1]; k-- > sc->place.first[s];) {
            const ds_place *p = &doc->places.v[sc->place.idx[k]];
            /* (not "Sudan" in "the Sudan People's Liberation Army-in
             * Opposition", a South Sudanese group) */
            if (p->iso3[0] && p->feature != DS_FEAT_DEMONYM && !in_actor_name(sc, s, p->span)) {
                memcpy(c->country, p->iso3, 4);
                return;
            }
        }
    }
    /* "Burkinabe soldiers killed JNIM militants near X", "the army said it
     * had killed 12 militants in an air strike on an ISWAP hideout near
     * Lake Chad": nothing else places it, and a country is never better
     * left out: the nation of a state force that was one side (at home more
     * often than a group that crosses borders), else the home of a national
     * group that was; not the nation of a force that struck from afar
     * ("killed in a US airstrike") */
    const ds_actor_ref *sides[] = {c->event_type == T_EXPLOSIONS ? NULL : c->actor1, c->actor2,
                                   c->attributed, c->claimed_by};
    for (int pass = 0; pass < 2; pass++)
        for (size_t k = 0; k < sizeof sides / sizeof *sides; k++)
            if (sides[k] && sides[k]->iso3[0] &&
                sides[k]->type == (pass ? DS_ACTOR_ARMED_GROUP : DS_ACTOR_STATE_FORCE)) {
                memcpy(c->country, sides[k]->iso3, 4);
                return;
            }
    /* "the OSCE SMM observed 14 explosions near X", "UNMISS recorded
     * clashes near Y": no side is named, but the mission that watched is
     * one country's (the place it watches) */
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *o = &doc->actor_refs.v[sc->actor.idx[k]];
        if (o->type == DS_ACTOR_INTERNATIONAL && o->iso3[0]) {
            memcpy(c->country, o->iso3, 4);
            return;
        }
    }
}

/* Does sentence s count an armed side ("two militants", "five of the
 * attackers")? */
static bool names_armed(const ev_scan *sc, const ds_sentence *s)
{
    uint32_t si = (uint32_t)(s - sc->doc->sentences.v);
    for (uint32_t k = sc->quant.first[si]; k < sc->quant.first[si + 1]; k++) {
        const ds_quantity *q = &sc->doc->quantities.v[sc->quant.idx[k]];
        uint32_t qa = token_at(sc, s, q->span.start);
        if (side_of(sc, s, token_at_from(sc, s, qa, q->span.end)) == 'a') return true;
    }
    return false;
}

/* Enriches the last event with a sentence about it. "Three soldiers were
 * killed in the clash" after "troops killed 12 jihadists" is more dead, not
 * another count of the same dead: figures of another side add up (ACLED
 * counts everyone killed). */
/* Does the first sentence of e tell a fight of two sides ("two clan
 * militias clashed", "fighting broke out between")? */
static bool two_sided(const ds_event *e)
{
    static const char *const fight[] = {"clashed",   "clash",    "clashes", "fighting",
                                        "fought",    "battle",   "battled", "exchanged",
                                        "firefight", "gunfight", "between", NULL};
    if (!e->sources.n || !e->sources.v[0].text) return false;
    const char *t = e->sources.v[0].text;
    size_t n = strlen(t);
    for (const char *const *w = fight; *w; w++)
        if (ds_find_word(t, n, *w)) return true;
    return false;
}

static ds_status enrich_follow_up(ev_scan *sc, const cand *c, uint32_t si)
{
    ds_event *e = &sc->x->events.v[sc->last_event];
    int32_t before = e->fatalities;
    ds_status st = enrich(sc, e, c, si);
    if (st != DS_OK || sc->title_pass) return st; /* a headline retells, adds no dead */
    e = &sc->x->events.v[sc->last_event];
    /* "Farmers held a sit-in ... Police fired tear gas to disperse them":
     * the protest was met with an intervention, the police its actor2 */
    if (e->event_type == T_PROTESTS && e->sub_event_type == acled_subs[12] &&
        c->protest_intervention && c->actor1 && c->actor1->type == DS_ACTOR_STATE_FORCE) {
        const char *n = ref_name(sc, c->actor1);
        e->sub_event_type = acled_subs[13];
        if (!e->actor2 && n) e->actor2 = ds_facts_str(sc->x, n);
    }
    if (c->fatalities == DS_NULL_INT || c->fatalities <= 0) return DS_OK;
    /* "Suspected ADF fighters ambushed a vehicle on the road. Five
     * passengers were killed": a one-sided act with no armed target whose
     * dead are civilians is violence against civilians (ACLED), told as a
     * battle only for want of a target in its own sentence */
    if (e->event_type == T_BATTLES && e->sub_event_type == acled_subs[0] && !e->actor2 &&
        c->dead_side == 'c' && !c->actor2 && (before == DS_NULL_INT || before == 0) &&
        !(e->actor1 && ds_facts_state_force(e->actor1)) && !two_sided(e)) {
        e->event_type = T_VAC;
        e->sub_event_type = acled_subs[10];
        e->disorder_type = disorder_of(T_VAC);
    }
    const ds_sentence *s = &sc->doc->sentences.v[si];
    if (e->event_type == T_PROTESTS && e->sub_event_type != acled_subs[14]) {
        if (!protest_harm(sc, s->first_token, s->first_token, s->first_token + s->ntokens)) {
            e->fatalities = before; /* "His family believe guards beat him to death": the cause */
            return DS_OK;
        }
        e->sub_event_type = acled_subs[14]; /* "Police opened fire, killing two" */
    }
    /* "15 raiders died across all three raids": a total of
     * several happenings, not more dead of this one */
    static const char *const aggregate[] = {"across", "total", "overall", "combined", "all", NULL};
    WORD_SIG(aggregate);
    for (uint32_t i = s->first_token; i < s->first_token + s->ntokens; i++)
        if (tok_in(sc, i, aggregate) && !(tok_is(sc, i, "all") && counts_next(sc, si, i)))
            return DS_OK;
    /* "In addition to the driver, one gunman died": its count
     * holds the earlier one */
    uint32_t end = s->first_token + s->ntokens;
    uint32_t to = may_have_word(sc, s->first_token, end, S_ADDITION) ? end : 0;
    for (uint32_t i = s->first_token; i + 1 < to; i++)
        if (tok_is(sc, i, "addition") && tok_is(sc, i + 1, "to")) {
            if (before != DS_NULL_INT && c->fatalities > before) e->fatalities = c->fatalities;
            return DS_OK;
        }
    /* The attackers' dead: "killing at least nine people, including three
     * soldiers ... all five attackers were killed" add to a mixed toll
     * that counted no attacker, never to one that did ("12 people,
     * including five attackers"), whatever its side */
    bool armed_counted = c->dead_side == 'a' && sc->last_sentence != DS_NONE &&
                         names_armed(sc, &sc->doc->sentences.v[sc->last_sentence]);
    if (before != DS_NULL_INT && before > 0 && sc->last_side && !armed_counted &&
        (sc->last_side != 'm' || c->dead_side == 'a') && c->dead_side && c->dead_side != 'm' &&
        c->dead_side != sc->last_side) {
        e->fatalities = before + c->fatalities;
        sc->last_side = 'm';
    } else if (before == DS_NULL_INT || before == 0) {
        sc->last_side = c->dead_side;
    }
    return DS_OK;
}

/* The day number (ds_date_days) of an event dated to the day; false when
 * its date is coarser. */
static bool event_day(const ds_event *e, int32_t *days)
{
    int32_t hi;
    return iso_days(e->date, days, &hi) && *days == hi;
}

/* Is the candidate dated the last event's day or the day after, in its
 * country and not at another place? */
static bool the_day_after(const ev_scan *sc, const cand *c)
{
    const ds_event *last = &sc->x->events.v[sc->last_event];
    int32_t last_days;
    if (!event_day(last, &last_days) || !c->date.day || c->date_end.year) return false;
    int32_t gap = ds_date_days(c->date) - last_days;
    if (gap < 0 || gap > 1) return false;
    if (c->country[0] && last->country[0] && strcmp(c->country, last->country) != 0) return false;
    /* "Rwandan troops were deployed to the area on Monday" after Sunday's
     * attack: a development of the next day is its own, not more of the
     * violence (an arrest of its suspects, "the following day", is more) */
    if (c->event_type == T_STRATEGIC && c->sub_event_type != acled_subs[18] &&
        last->event_type != T_STRATEGIC)
        return false;
    /* "The RSF shelled El Obeid on Monday ... The army said its aircraft
     * bombed RSF positions the same day": the state's strike in reply to
     * a group's is another happening (two actors, two kinds of strike) */
    if (c->event_type == T_EXPLOSIONS && last->event_type == T_EXPLOSIONS &&
        c->sub_event_type != last->sub_event_type && last->actor1 &&
        !ds_facts_state_force(last->actor1) &&
        (c->state_agent || (c->actor1 && c->actor1->type == DS_ACTOR_STATE_FORCE)))
        return false;
    /* "Yesterday, an IED struck a convoy" opens with its own day and tells
     * another kind of happening; "The hostage was found dead the
     * next day" goes on with the note's */
    if (c->event_type != last->event_type && c->timex) {
        const ds_sentence *s = &sc->doc->sentences.v[c->timex->sentence];
        if (c->timex->span.start <= tok(sc, s->first_token)->span.end + 1) return false;
    }
    /* a note is one paragraph: a dated happening in a paragraph of its
     * own ("An IED struck a convoy on Tuesday evening" after Monday's
     * attack) is another event */
    if (c->timex && sc->last_sentence != DS_NONE &&
        sc->doc->sentences.v[c->timex->sentence].block !=
            sc->doc->sentences.v[sc->last_sentence].block)
        return false;
    /* "an attack on the post of X (a name the gazetteer lacks) on Monday ...
     * an IED struck a convoy near Ouallam": another kind of happening at a
     * town of its own is another event */
    if (c->event_type != last->event_type && c->place && place_rank(c->place) >= 4 &&
        !last->location)
        return false;
    /* "On Tuesday, a drone strike hit a car in Khan Younis" after a strike
     * in Rafah: two towns of one province are two places */
    if (c->place && c->place->feature == DS_FEAT_CITY && last->location &&
        last->geo_precision == 1 &&
        !ds_facts_same_name(c->place->name, strlen(c->place->name), last->location,
                            strlen(last->location)))
        return false;
    return !c->place || !last->admin1 || !c->place->admin1 ||
           ds_facts_same_name(c->place->admin1, strlen(c->place->admin1), last->admin1,
                              strlen(last->admin1));
}

/* "the base", "the town": a definite site the sentence does not name */
/* "The army said its aircraft bombed RSF positions east of the city" in
 * the paragraph after the shelling of El Obeid: "the city", "the town"
 * (no "of" after it) is the last event's, whatever the paragraph. */
static bool names_the_town(const ev_scan *sc, const ds_sentence *s)
{
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t i = s->first_token; i + 1 < end; i++)
        if ((tok_is(sc, i + 1, "city") || tok_is(sc, i + 1, "town")) && tok_is(sc, i, "the") &&
            !(i + 2 < end && tok_is(sc, i + 2, "of")))
            return true;
    return false;
}

static bool names_the_site(const ev_scan *sc, const ds_sentence *s)
{
    static const char *const sites[] = {"base",    "town",     "village", "camp",     "post",
                                        "outpost", "position", "city",    "garrison", NULL};
    WORD_SIG(sites);
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t i = s->first_token; i + 1 < end; i++)
        if (tok_is(sc, i, "the") && tok_in(sc, i + 1, sites)) return true;
    return false;
}

/* The kinds of development ACLED's notes open with ("Looting: On 5 May
 * 2022, ..."), from the codebook's sub-event types and the tags its
 * Strategic developments notes use. */
typedef struct note_label {
    const char *label; /* folded words before the colon, one space apart */
    const char *sub;   /* the sub-event type (all are Strategic developments) */
    uint8_t gtd;
    const char *cameo;
} note_label;

/* The ACLED label that opens sentence s ("Looting: On 5 May ..."), or
 * NULL; *colon_at: the text offset of its colon, when one is found. */
static const note_label *note_label_at(const ev_scan *sc, const ds_sentence *s, uint32_t *colon_at)
{
    static const note_label labels[] = {
        {"property destruction", "Looting/property destruction", 7, "17"},
        {"looting", "Looting/property destruction", 7, "17"},
        {"movement of forces", "Change to group/activity", 0, "15"},
        {"change to armed group", "Change to group/activity", 0, "15"},
        {"recruitment", "Change to group/activity", 0, "15"},
        {"training", "Change to group/activity", 0, "15"},
        {"interception", "Disrupted weapons use", 0, "17"},
        {"defusal", "Disrupted weapons use", 0, "17"},
        {"weapons seizure", "Disrupted weapons use", 0, "17"},
        {"arrests", "Arrests", 0, "17"},
        {"agreement", "Agreement", 0, "05"},
        {"displacement", "Other", 0, NULL},
        {"security measures", "Other", 0, NULL},
        {"non-violent activity", "Other", 0, NULL},
        {"land seizure", "Other", 0, NULL},
        {"mass grave", "Other", 0, NULL},
        {"explosive remnants of war", "Other", 0, NULL},
        {"elections / referendum", "Other", 0, NULL},
        {"other", "Other", 0, NULL},
    };
    uint32_t end = s->first_token + s->ntokens, colon = DS_NONE;
    /* tok_is(sc, i, ":") over the first six tokens, without its bounds
     * test: scan_sentence() keeps the sentence's tokens within the document's */
    const ds_token *t0 = tok(sc, s->first_token);
    for (uint32_t k = 0; k < s->ntokens && k < 6; k++)
        if (t0[k].norm_len == 1 && t0[k].norm[0] == ':') {
            colon = s->first_token + k;
            break;
        }
    if (colon == DS_NONE || colon == s->first_token || colon + 1 >= end ||
        !(tok(sc, colon + 1)->flags & DS_TOK_CAP))
        return NULL;
    char key[64];
    size_t n = 0;
    for (uint32_t i = s->first_token; i < colon; i++) {
        const ds_token *t = tok(sc, i);
        if (n + t->norm_len + 2 > sizeof key) return NULL;
        if (n && !tok_is(sc, i, "-") && !tok_is(sc, i - 1, "-")) key[n++] = ' ';
        memcpy(key + n, t->norm, t->norm_len);
        n += t->norm_len;
    }
    key[n] = '\0';
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (!strcmp(key, labels[k].label)) {
            *colon_at = tok(sc, colon)->span.start;
            return &labels[k];
        }
    return NULL;
}

/* "Movement of forces: On 3 March, 4 Israeli military vehicles crossed
 * ...": the label's "forces" is no actor (it named the place's army). The
 * first state force or armed group after the label's colon (at text
 * offset colon) in sentence si, or NULL when ref is not in the label. */
static const ds_actor_ref *after_label(const ev_scan *sc, uint32_t si, uint32_t colon,
                                       const ds_actor_ref *ref)
{
    if (ref->span.start > colon) return NULL;
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.start > colon && armed_ref(r)) return r;
    }
    return NULL;
}

/* separate_happening() of sentence s, asked once: *known is -1 until then,
 * then its answer (it reads only the sentence's tokens and matches). */
static bool separate_once(ev_scan *sc, const ds_sentence *s, int *known, int *back,
                          bool *told_apart)
{
    if (*known < 0) *known = separate_happening(sc, s, back, told_apart);
    return *known != 0;
}

/* ACLED's coders say in the note what they coded: "Fatalities coded as
 * 9.", "35 fatalities split across 5 events coded as 7", "coded 3
 * fatalities in this event", "4 fatalities coded for this event", "Unclear
 * fatalities coded as 14 and split between 7 places", "Fatalities are
 * split across two events". Sets *coded to the figure coded for the whole
 * note (-1 when none), *total to a total the note splits ("85 fatalities
 * split ...", -1 when none) and *split to the number of events or places a
 * toll is split between (0 when none): the total, or the event's toll when
 * the note names none, is shared by them. A sentence without both
 * "fatalit..." (or casualties) and "coded" or "split" is no such note. */
static void coder_note(const ev_scan *sc, const ds_sentence *s, int32_t *coded, int32_t *total,
                       uint32_t *split)
{
    static const char *const tolls[] = {"fatalities", "fatality", "casualties", NULL};
    WORD_SIG(tolls);
    static const char *const killed[] = {"killed", "dead", "deaths", NULL};
    WORD_SIG(killed);
    static const char *const units[] = {"events",    "locations", "places", "days",
                                        "districts", "villages",  NULL};
    WORD_SIG(units);
    *coded = *total = -1;
    *split = 0;
    uint32_t end = s->first_token + s->ntokens, coded_at = DS_NONE, split_at = DS_NONE;
    bool toll = false; /* "killed" only with "split": "killed ... (coded to X)" is no note */
    bool dead = false;
    /* (a sentence without the words of a list skips its test; without
     * either, toll and dead stay false: no note) */
    const bool toll_words = may_have_word(sc, s->first_token, end, S_TOLLS),
               dead_words = may_have_word(sc, s->first_token, end, S_KILLED);
    if (!toll_words && !dead_words) return;
    for (uint32_t i = s->first_token; i < end; i++) {
        if (toll_words && tok_in(sc, i, tolls)) toll = true;
        if (dead_words && tok_in(sc, i, killed)) dead = true;
        if (coded_at == DS_NONE && tok_is(sc, i, "coded")) coded_at = i;
        if (split_at == DS_NONE && tok_is(sc, i, "split")) split_at = i;
    }
    if (!toll && !(dead && split_at != DS_NONE)) return;
    if (coded_at == DS_NONE && split_at == DS_NONE) return;
    if (coded_at != DS_NONE) {
        uint32_t k = coded_at + 1;
        if (tok_is(sc, k, "as")) k++;
        if (k < end && (tok(sc, k)->flags & DS_TOK_NUMBER))
            *coded = (int32_t)small_count(sc, k); /* "coded as 6", "coded 5 fatalities" */
        else if (coded_at >= s->first_token + 2 && tok_in(sc, coded_at - 1, tolls) &&
                 (tok(sc, coded_at - 2)->flags & DS_TOK_NUMBER))
            *coded = (int32_t)small_count(sc, coded_at - 2); /* "1 fatality coded for ..." */
    }
    if (split_at != DS_NONE) {
        uint32_t k = split_at + 1;
        if (tok_is(sc, k, "across") || tok_is(sc, k, "between") || tok_is(sc, k, "over")) {
            k++;
            if (tok_is(sc, k, "the")) k++;
            uint32_t n = small_count(sc, k);
            if (n > 1 && tok_in(sc, k + 1, units)) *split = n;
        }
        /* "split across 5 events coded as 7": the figure is this event's share */
        if (*coded >= 0 && coded_at > split_at) *split = 0;
        /* "40 fatalities split between 5 events", "12 total fatalities split ...":
         * the note's own total, not the toll the sentences before added up */
        uint32_t f = split_at - 1;
        if (*split && *coded < 0 && f > s->first_token && tok_in(sc, f, tolls)) {
            if (tok_is(sc, f - 1, "total") && f - 1 > s->first_token) f--;
            if (tok(sc, f - 1)->flags & DS_TOK_NUMBER) *total = (int32_t)small_count(sc, f - 1);
        }
    }
}

static ds_status scan_sentence_body(ev_scan *sc, uint32_t si);

/* An event located at a town by name only ("the village of X", a coder's
 * "coded to X"): a town or district of that name in the event's country
 * (and province, when known) gives its coordinates and missing divisions. */
static void locate_town(ev_scan *sc, ds_event *e, const char *name, size_t len)
{
    const ds_gazetteer *g = sc->ctx->shared ? sc->ctx->shared->gazetteer : NULL;
    uint32_t ids[16];
    uint32_t n = g ? ds_gazetteer_find(g, name, len, ids, 16) : 0;
    ds_gaz_place gp;
    /* "on the Abuja-Kaduna highway" in a note that names no country: the
     * most important town of the name (the look-up's first of that name),
     * and its country */
    for (uint32_t q = 0; q < n && q < 16 && !e->country[0]; q++)
        if (ds_gazetteer_get(g, ids[q], &gp) &&
            ds_facts_same_name(gp.name, strlen(gp.name), name, len)) {
            if (gp.has_coords && (gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2))
                memcpy(e->country, gp.iso3, 4);
            break;
        }
    if (!e->country[0]) return;
    for (uint32_t q = 0; q < n && q < 16; q++)
        if (ds_gazetteer_get(g, ids[q], &gp) && gp.has_coords && !strcmp(gp.iso3, e->country) &&
            (gp.feature == DS_FEAT_CITY || gp.feature == DS_FEAT_ADMIN2) &&
            (!e->admin1 || !gp.admin1 ||
             ds_facts_same_name(gp.admin1, strlen(gp.admin1), e->admin1, strlen(e->admin1)))) {
            e->has_coords = true;
            e->latitude = gp.lat;
            e->longitude = gp.lon;
            if (!e->admin1 && gp.admin1) e->admin1 = ds_facts_str(sc->x, gp.admin1);
            if (!e->admin2 && gp.admin2) e->admin2 = ds_facts_str(sc->x, gp.admin2);
            return;
        }
    /* "the Mandera-Elwak road" where the gazetteer has Mandera as a county
     * only (the town bears its division's name): the division, not its
     * coordinates */
    for (uint32_t q = 0; q < n && q < 16 && !e->admin1; q++)
        if (ds_gazetteer_get(g, ids[q], &gp) && !strcmp(gp.iso3, e->country) &&
            gp.feature == DS_FEAT_ADMIN1)
            e->admin1 = ds_facts_str(sc->x, gp.name);
}

/* ACLED's "[location coded to Chaman]", "(coded to Mosul as the exact
 * location is unknown)", "in Bora kebele (coded to Jimma)": the coder
 * names the location the event is coded to. Sets the last event's location
 * to it: the place the gazetteer made of the name when it has one in the
 * event's country, else the name as written. */
static void coder_location(ev_scan *sc, uint32_t si)
{
    static const char *const particles[] = {"al", "el", "as", "ash", "ar", "ad", "de",
                                            "du", "la", "le", "-",   "'",  NULL};
    WORD_SIG(particles);
    const ds_sentence *s = &sc->doc->sentences.v[si];
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t i = s->first_token; i + 2 < end; i++) {
        if (!tok_is(sc, i, "coded") || !tok_is(sc, i + 1, "to")) continue;
        uint32_t a = i + 2, b = a;
        while (b < end && b < a + 6 &&
               ((tok(sc, b)->flags & DS_TOK_CAP) || (b > a && tok_in(sc, b, particles))))
            b++;
        while (b > a && tok_in(sc, b - 1, particles)) b--;
        if (b == a) continue; /* "coded to district level" */
        /* "(fatalities coded to the Avdiivka event)": the toll went to
         * another event */
        if ((i > s->first_token &&
             (tok_is(sc, i - 1, "fatalities") || tok_is(sc, i - 1, "fatality"))) ||
            tok_is(sc, b, "event") || tok_is(sc, b, "events"))
            continue;
        ds_event *e = &sc->x->events.v[sc->last_event];
        uint32_t at = tok(sc, a)->span.start, to = tok(sc, b - 1)->span.end;
        for (uint32_t k = sc->place.first[si]; k < sc->place.first[si + 1]; k++) {
            const ds_place *p = &sc->doc->places.v[sc->place.idx[k]];
            if (p->span.start == at && p->span.end <= to && place_rank(p) >= 4 &&
                (!e->country[0] || !strcmp(p->iso3, e->country))) {
                set_place(sc, e, p);
                return;
            }
        }
        e->location = ds_facts_strn(sc->x, sc->doc->text + at, to - at);
        e->has_coords = false;
        e->geo_precision = 1;
        locate_town(sc, e, sc->doc->text + at, to - at);
        return;
    }
}

/* The value of the quantity of sentence si that starts at token t, or -1. */
static int32_t count_at(const ev_scan *sc, uint32_t si, uint32_t t)
{
    uint32_t at = tok(sc, t)->span.start;
    for (uint32_t k = sc->quant.first[si]; k < sc->quant.first[si + 1]; k++) {
        const ds_quantity *q = &sc->doc->quantities.v[sc->quant.idx[k]];
        if (q->span.start == at && !q->percent && q->lo >= 0 && q->lo <= 1e6) return (int32_t)q->lo;
    }
    return -1;
}

/* "The death toll later rose to 20", "..., bringing the toll to 31": a
 * later count of the last event's dead, which replaces a smaller one (ACLED
 * codes the latest figure); the sentence becomes a source and its figure a
 * reported toll. Not a war's toll ("bringing the toll since 2017 to 6,000",
 * "this year"). */
static ds_status toll_update(ev_scan *sc, uint32_t si)
{
    static const char *const rise[] = {"rose",    "risen",   "rises",    "climbed", "increased",
                                       "reached", "jumped",  "taking",   "took",    "bringing",
                                       "brought", "raising", "raised",   "pushing", "pushed",
                                       "stood",   "stands",  "climbing", NULL};
    WORD_SIG(rise);
    static const char *const wider[] = {"since", "year",       "conflict", "war",
                                        "month", "insurgency", "total",    NULL};
    WORD_SIG(wider);
    const ds_sentence *s = &sc->doc->sentences.v[si];
    uint32_t end = s->first_token + s->ntokens;
    for (uint32_t i = s->first_token; i < end; i++) {
        if (!tok_is(sc, i, "toll")) continue;
        bool risen = false;
        for (uint32_t k = i >= s->first_token + 3 ? i - 3 : s->first_token; k < i && !risen; k++)
            risen = tok_in(sc, k, rise);
        for (uint32_t j = i + 1; j < end && j <= i + 6; j++) {
            if (tok_in(sc, j, wider) || tok_punct(sc, j)) break;
            if (tok_in(sc, j, rise)) risen = true;
            if (!risen || !(tok_is(sc, j, "to") || tok_is(sc, j, "at")) || !counts_next(sc, si, j))
                continue;
            int32_t n = count_at(sc, si, j + 1);
            if (n >= 1) {
                ds_event *e = &sc->x->events.v[sc->last_event];
                if (e->fatalities != DS_NULL_INT && e->fatalities >= n) return DS_OK;
                e->fatalities = n;
                ds_status st = add_source(sc, e, si);
                if (st != DS_OK) return st;
                ds_toll *t = ds_vec_push(sc->x->arena, &e->tolls);
                if (!t) return DS_ENOMEM;
                t->fatalities = e->fatalities;
                uint32_t from = ds_doc_src_offset(sc->doc, s->span.start);
                for (t->source = e->sources.n - 1;
                     t->source > 0 && e->sources.v[t->source].start != from;)
                    t->source--;
                sc->last_sentence = si;
                return DS_OK;
            }
            return DS_OK;
        }
    }
    return DS_OK;
}

/* ACLED's closing count, a sentence of its own after the note ("6
 * fatalities.", "1 fatality, 1 injury."): the total of the dead (and hurt)
 * its sentences told, the last event's toll (it was added to them: "killing
 * 6 civilians ... 6 fatalities" was 12). Whether sentence si is one. */
static bool closing_count(ev_scan *sc, uint32_t si)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    uint32_t t = s->first_token, end = t + s->ntokens;
    if (s->ntokens < 2 || s->ntokens > 8 || !(tok(sc, t)->flags & DS_TOK_NUMBER) ||
        !(tok_is(sc, t + 1, "fatalities") || tok_is(sc, t + 1, "fatality")))
        return false;
    int32_t dead = count_at(sc, si, t), hurt = -1;
    if (dead < 0) return false;
    /* ", 1 injury", "and 2 injured" */
    for (uint32_t i = t + 2; i + 1 < end && hurt < 0; i++)
        if ((tok(sc, i)->flags & DS_TOK_NUMBER) &&
            (tok_is(sc, i + 1, "injury") || tok_is(sc, i + 1, "injuries") ||
             tok_is(sc, i + 1, "injured")))
            hurt = count_at(sc, si, i);
    /* (the dead of violence: not of an arrest told after it) */
    uint32_t ev = sc->last_event;
    while (ev > sc->first_event && sc->x->events.v[ev].event_type == T_STRATEGIC) ev--;
    ds_event *e = &sc->x->events.v[ev];
    e->fatalities = dead;
    if (hurt >= 0) e->injuries = hurt;
    return true;
}

/* What a section heading of an article on one attack says of its text:
 * HEAD_ASIDE, a section that tells no part of the attack: "Background"
 * (earlier happenings: "In October 2023, a teacher was stabbed to death in
 * Arras"), "Reactions", "International reactions" (who condemned it),
 * "Legacy"; HEAD_EVENT, the attack itself told at length: "Attack",
 * "Bombing", "Shooting", "Timeline" ("The bomber entered the mosque ...
 * 22 worshippers were killed": more of the article's one event); else
 * HEAD_OTHER. (Wikipedia's "[edit]" and Markdown's "#" aside.) */
enum { HEAD_OTHER, HEAD_ASIDE, HEAD_EVENT };

static int heading_kind(const ds_doc *doc, const ds_block *b)
{
    const char *t = doc->text + b->span.start;
    size_t n = b->span.end - b->span.start;
    while (n && (*t == '#' || *t == ' ')) t++, n--;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n')) n--;
    if (n >= 6 && !strncmp(t + n - 6, "[edit]", 6)) n -= 6;
    while (n && t[n - 1] == ' ') n--;
    if (n < 4 || n > 32) return HEAD_OTHER; /* (the length before the compares) */
    if (n > 4 && !strncasecmp(t, "the ", 4)) t += 4, n -= 4;
    static const char *const event[] = {"attack",   "attacks",  "bombing",   "shooting", "stabbing",
                                        "massacre", "incident", "explosion", "ambush",   "raid",
                                        "assault",  "events",   "timeline",  "siege",    NULL};
    for (const char *const *w = event; *w; w++)
        if (strlen(*w) == n && !strncasecmp(t, *w, n)) return HEAD_EVENT;
    if (n == 10 && !strncasecmp(t, "background", 10)) return HEAD_ASIDE;
    if (n == 6 && !strncasecmp(t, "legacy", 6)) return HEAD_ASIDE;
    /* "Reactions", "International reactions", "Domestic reaction" (one or
     * two words) */
    size_t k = n;
    if (t[k - 1] == 's') k--;
    if (k < 8 || strncasecmp(t + k - 8, "reaction", 8) != 0) return HEAD_OTHER;
    if (k == 8) return HEAD_ASIDE;
    if (t[k - 9] != ' ') return HEAD_OTHER;
    for (size_t i = 0; i + 9 < k; i++)
        if (t[i] == ' ') return HEAD_OTHER;
    return HEAD_ASIDE;
}

/* The kind (heading_kind) of the section sentence s is in. The blocks up
 * to its own are read once, in order. */
static int section_kind(ev_scan *sc, const ds_sentence *s)
{
    const ds_doc *doc = sc->doc;
    for (; sc->heading_seen <= s->block && sc->heading_seen < doc->blocks.n; sc->heading_seen++) {
        const ds_block *b = &doc->blocks.v[sc->heading_seen];
        if (b->kind == DS_BLOCK_HEADING) sc->section = heading_kind(doc, b);
    }
    return sc->section;
}

/* Does frame f tell its deaths as "in (militant) attacks", "in clashes": a
 * plural event noun at most two words after "in"? */
static bool in_plural_event(ev_scan *sc, const frame *f)
{
    for (uint32_t i = f->tok_start; i + 1 < f->tok_end; i++) {
        if (!tok_is(sc, i, "in")) continue;
        for (uint32_t j = i + 1; j < f->tok_end && j <= i + 2 && !tok_punct(sc, j); j++)
            if (rule_at(sc, j, R_NOUN) && is_plural_noun(tok(sc, j))) return true;
    }
    return false;
}

/* "The following day, troops pursuing the attackers located a camp ...":
 * does sentence si, which tells no event of its own, name a day (not of a
 * report, "police said on Monday", nor of a claim) after the last event's?
 * Then it points back to the attackers, not to their act. */
static bool another_day(ev_scan *sc, uint32_t si)
{
    if (sc->timex.first[si] == sc->timex.first[si + 1] || sc->last_event == DS_NONE) return false;
    const ds_sentence *s = &sc->doc->sentences.v[si];
    const char *last = sc->x->events.v[sc->last_event].date;
    /* (not when the last event had only a report's day: "The assailants
     * entered the village on Wednesday evening" says when it was) */
    /* (nor a toll: "He died a day later" is the last victim's death) */
    if (strlen(last) != 10 || sc->weak_event == sc->last_event ||
        may_have_cls(sc, s->first_token, s->first_token + s->ntokens,
                     W_CLAIM | W_DENY | W_ATTRIB | W_PROPAGANDA) ||
        may_have_role(sc, s->first_token, s->first_token + s->ntokens,
                      1u << R_DEATH | 1u << R_INJURY))
        return false;
    for (uint32_t k = sc->timex.first[si]; k < sc->timex.first[si + 1]; k++) {
        const ds_timex *t = &sc->doc->timexes.v[sc->timex.idx[k]];
        if (!timex_usable(t) || !t->value.day || t->end.year ||
            speech_date(sc, s, token_at(sc, s, t->span.start)))
            continue;
        /* (a later day: "the night before" tells more of the same) */
        char d[11];
        ds_date_format(d, t->value);
        return strcmp(d, last) > 0;
    }
    return false;
}

/* Does sentence si, in another paragraph than the last event's, name a
 * town or province of another country and none of that event's ("In
 * northern Togo, gunmen killed three civilians in Dapaong." then, a
 * paragraph on, "Two people were killed in clashes in Bawku, Upper East
 * Region."): a happening of its own, even in a short release. */
static bool elsewhere(const ev_scan *sc, uint32_t si)
{
    if (sc->last_event == DS_NONE || sc->last_sentence == DS_NONE ||
        sc->doc->sentences.v[si].block == sc->doc->sentences.v[sc->last_sentence].block)
        return false;
    const char *here = sc->x->events.v[sc->last_event].country;
    bool other = false;
    for (uint32_t k = sc->place.first[si]; here[0] && k < sc->place.first[si + 1]; k++) {
        const ds_place *p = &sc->doc->places.v[sc->place.idx[k]];
        if (!p->iso3[0] || p->feature == DS_FEAT_DEMONYM) continue;
        if (!strcmp(p->iso3, here)) return false;
        other = other || place_rank(p) >= 3;
    }
    return other;
}

/* One sentence: a coder's note about the last event's toll (coder_note),
 * or a sentence the event rules read. */
static ds_status scan_sentence(ev_scan *sc, uint32_t si)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[si];
    if (!block_eligible(doc, s, sc->short_doc) || !s->ntokens) return DS_OK;
    if (!sc->short_doc && section_kind(sc, s) == HEAD_ASIDE) return DS_OK;
    if (s->first_token + s->ntokens > doc->tokens.n) return DS_OK;
    match_sentence(sc, s);
    bool coder = may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_CODER);
    int32_t coded = -1, total = -1;
    uint32_t split = 0;
    if (coder) coder_note(sc, s, &coded, &total, &split);
    if (coded >= 0 && sc->last_event != DS_NONE) {
        ds_event *e = &sc->x->events.v[sc->last_event];
        e->fatalities = share_of(coded, split);
        return DS_OK;
    }
    uint32_t last = sc->last_event;
    if (!coder && last != DS_NONE && si <= sc->last_sentence + 2 && closing_count(sc, si))
        return DS_OK;
    bool toll = last != DS_NONE && si <= sc->last_sentence + 2 &&
                may_have_word(sc, s->first_token, s->first_token + s->ntokens, S_TOLL);
    /* "The death toll rose to 13 on Monday after one of the wounded died
     * in hospital": a toll risen is the last event's, never a happening of
     * its own (its day and its death word made one) */
    if (toll) {
        uint32_t before = sc->last_sentence;
        ds_status ts = toll_update(sc, si);
        if (ts != DS_OK) return ts;
        if (sc->last_sentence == si && before != si) return DS_OK;
    }
    ds_status st = scan_sentence_body(sc, si);
    if (st == DS_OK && coder && sc->last_event != DS_NONE && sc->last_sentence == si)
        coder_location(sc, si);
    if (st == DS_OK && split > 1 && sc->last_event != DS_NONE) {
        ds_event *e = &sc->x->events.v[sc->last_event];
        if (total >= 0)
            e->fatalities = share_of(total, split);
        else if (e->fatalities != DS_NULL_INT)
            e->fatalities = share_of(e->fatalities, split);
    }
    return st;
}

/* "Police dispersed the demonstrators with tear gas", "Security forces
 * fired tear gas": the state force that sentence si has before its word of
 * dispersal, when the last event is a peaceful protest; else NULL. */
static const ds_actor_ref *disperser(const ev_scan *sc, uint32_t si)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    const ds_event *last = &sc->x->events.v[sc->last_event];
    if (last->event_type != T_PROTESTS || last->sub_event_type != acled_subs[12]) return NULL;
    uint32_t end = s->first_token + s->ntokens;
    if (!may_have_cls(sc, s->first_token, end, W_DISPERSE)) return NULL;
    static const char *const asked[] = {"asked",     "urged",    "told",   "ordered",
                                        "requested", "called",   "asking", "urging",
                                        "warned",    "appealed", NULL};
    WORD_SIG(asked);
    for (uint32_t i = s->first_token; i < end; i++) {
        if (!(sc->m[i].cls & W_DISPERSE)) continue;
        /* "The police asked them to disperse": words, no intervention */
        for (uint32_t k = 2; k <= 4 && i >= s->first_token + k && tok_is(sc, i - 1, "to"); k++)
            if (tok_in(sc, i - k, asked)) return NULL;
        for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
            const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
            if (r->span.end <= tok(sc, i)->span.start && r->type == DS_ACTOR_STATE_FORCE) return r;
        }
        return NULL;
    }
    return NULL;
}

/* "They have been identified as members of the proscribed outfit
 * Lashkar-e-Taiba", "The slain were identified as LeT militants": the
 * named armed group after "identified as" in sentence si, or NULL. */
static const ds_actor_ref *identified_as(ev_scan *sc, uint32_t si)
{
    const ds_sentence *s = &sc->doc->sentences.v[si];
    if (sc->actor.first[si] == sc->actor.first[si + 1]) return NULL;
    uint32_t end = s->first_token + s->ntokens, as = 0;
    for (uint32_t i = s->first_token; i + 1 < end && !as; i++)
        if (tok_is(sc, i, "identified") && tok_is(sc, i + 1, "as")) as = i + 1;
    if (!as) return NULL;
    for (uint32_t k = sc->actor.first[si]; k < sc->actor.first[si + 1]; k++) {
        const ds_actor_ref *r = &sc->doc->actor_refs.v[sc->actor.idx[k]];
        if (r->span.start > tok(sc, as)->span.start && r->type == DS_ACTOR_ARMED_GROUP &&
            strncmp(ref_name(sc, r), "Unidentified", 12) != 0)
            return r;
    }
    return NULL;
}

/* The event rules on sentence si, matched (match_sentence). */
/* "In December 2023, fighters stormed the same police station" in an
 * article's Background, then after its attack of 11 April 2025 "Security
 * forces arrested six suspects over the following week": a forward step
 * ("following", "later", "next", "after") completed from a date earlier
 * than the last event told, an anchor left behind by an aside. True when
 * c's date is such a step (the date then is the last event's). */
static bool stale_narrative_date(const ev_scan *sc, const cand *c)
{
    const ds_timex *t = c->timex;
    if (!t || t->anchor != DS_ANCHOR_NARRATIVE || sc->last_event == DS_NONE) return false;
    const ds_event *last = &sc->x->events.v[sc->last_event];
    char mine[11];
    ds_date_format(mine, c->date);
    size_t n = strlen(mine) < strlen(last->date) ? strlen(mine) : strlen(last->date);
    if (!n || memcmp(mine, last->date, n) >= 0) return false;
    const char *w = sc->doc->text + t->span.start;
    size_t len = t->span.end - t->span.start;
    return ds_find_word(w, len, "following") || ds_find_word(w, len, "later") ||
           ds_find_word(w, len, "next") || ds_find_word(w, len, "after");
}

/* The date of a stale forward step (stale_narrative_date): the last
 * event's, or the day after it for "the next morning", "the following
 * day" when that event has a day. */
static void stale_step(const ev_scan *sc, const cand *c, char out[11])
{
    const ds_event *last = &sc->x->events.v[sc->last_event];
    memcpy(out, last->date, 11);
    const char *w = sc->doc->text + c->timex->span.start;
    size_t len = c->timex->span.end - c->timex->span.start;
    int32_t days;
    if ((ds_find_word(w, len, "next") || ds_find_word(w, len, "following")) &&
        (ds_find_word(w, len, "day") || ds_find_word(w, len, "morning") ||
         ds_find_word(w, len, "evening") || ds_find_word(w, len, "night") ||
         ds_find_word(w, len, "afternoon")) &&
        event_day(last, &days))
        ds_date_format(out, ds_date_from_days(days + 1));
}

/* "On Wednesday" in a dated wire: a day told from the report's date. */
static bool report_relative(const ds_timex *t)
{
    return t && t->kind == DS_TIMEX_RELATIVE && t->anchor == DS_ANCHOR_DOCUMENT;
}

/* A note tells one happening: a later sentence's own date before the
 * note's first event ("a former mayor who was killed in 2017", "The mayor
 * had been detained in May 2023 for fraud", "kidnapped on 4 June (coded
 * separately)") is its background, not a second event. A short text of
 * several paragraphs, or a wire's paragraph of days told from its date
 * ("On Monday ... On Wednesday ..."), may tell earlier happenings of its
 * own: there, a month or more before, and not "In a separate incident". */
static bool note_background(ev_scan *sc, const ds_sentence *s, const cand *c)
{
    if (!(sc->short_doc || sc->one_paragraph) || sc->x->events.n == sc->first_event ||
        !c->has_date || c->date_end.year)
        return false;
    char mine[11];
    int32_t lo, hi, first_lo, first_hi;
    ds_date_format(mine, c->date);
    if (!iso_days(mine, &lo, &hi) ||
        !iso_days(sc->x->events.v[sc->first_event].date, &first_lo, &first_hi) ||
        hi + (sc->one_paragraph && !report_relative(c->timex) ? 1 : 28) > first_lo)
        return false;
    int back;
    bool told_apart;
    return !(separate_happening(sc, s, &back, &told_apart) && told_apart);
}

/* Does sentence si open a paragraph (its block's first sentence, in
 * another block than the last event's sentence) whose next sentence gives
 * a day ("On 3 May", "late on Sunday")? */
static bool opens_dated_paragraph(const ev_scan *sc, uint32_t si)
{
    const ds_doc *doc = sc->doc;
    uint32_t block = doc->sentences.v[si].block;
    if ((si > 0 && doc->sentences.v[si - 1].block == block) || si + 1 >= doc->sentences.n ||
        doc->sentences.v[si + 1].block != block ||
        (sc->last_sentence < doc->sentences.n &&
         doc->sentences.v[sc->last_sentence].block == block))
        return false;
    /* (not "The attack happened on Monday": a sentence that points back
     * dates the lead, it does not tell it again) */
    const ds_sentence *next = &doc->sentences.v[si + 1];
    if (next->ntokens > 1 &&
        (tok_is(sc, next->first_token, "the") || tok_is(sc, next->first_token, "this") ||
         tok_is(sc, next->first_token, "it")))
        return false;
    for (uint32_t k = sc->timex.first[si + 1]; k < sc->timex.first[si + 2]; k++) {
        const ds_timex *t = &doc->timexes.v[sc->timex.idx[k]];
        if (timex_usable(t) && t->value.day) return true;
    }
    return false;
}

static ds_status scan_sentence_body(ev_scan *sc, uint32_t si)
{
    const ds_doc *doc = sc->doc;
    const ds_sentence *s = &doc->sentences.v[si];
    ds_status st;
    frame frames[16];
    uint32_t nf = make_frames(sc, si, frames, 16);
    /* "Looting: On 5 May 2022, militants seized ...": ACLED's note names
     * the kind of development itself, trigger or not */
    uint32_t label_colon = 0;
    const note_label *label = note_label_at(sc, s, &label_colon);
    /* "On 26 March 2025, residents of Petare banged pots and pans from
     * their balconies ... [size=dozens]": a crowd note whose verbs no rule
     * knows, read a last time, is a protest told by its first dated
     * sentence (ACLED gives a crowd size to demonstrations only) */
    const bool crowd_any = sc->crowd_any && !nf && sc->x->events.n == sc->first_event &&
                           sc->timex.first[si] < sc->timex.first[si + 1];
    if ((label || crowd_any) && !nf) {
        frames[0] = (frame){si,
                            s->first_token,
                            s->first_token + s->ntokens,
                            s->span.start,
                            s->span.end,
                            {s->first_token + s->ntokens - 1},
                            1,
                            true,
                            false};
        nf = 1;
    }
    sc->sent_first_trig = nf ? tok(sc, frames[0].trig[0])->span.start : s->span.end;
    /* ("Hours later, two drones targeted the gas field" after three
     * sentences of background: told after the last event, however far) */
    bool recent =
        sc->last_event != DS_NONE &&
        (si <= sc->last_sentence + 2 ||
         (si <= sc->last_sentence + 8 && s->ntokens > 2 &&
          (tok_is(sc, s->first_token, "hours") || tok_is(sc, s->first_token, "days")) &&
          (tok_is(sc, s->first_token + 1, "later") || tok_is(sc, s->first_token + 1, "earlier"))) ||
         /* an article's "Attack" section tells more of its one event */
         (sc->section == HEAD_EVENT && sc->x->events.n == sc->first_event + 1));
    /* separate_happening() reads only the sentence: asked once, when first needed */
    int back = 0; /* "It came a day after ...": days before the last event */
    bool told_apart = false;
    int separate_known = recent ? -1 : 0; /* -1 not asked yet, else the answer */
    if (!nf) {
        /* "Police dispersed the demonstrators with tear gas" after a
         * protest: the protest met with an intervention, the police its
         * actor2 (no trigger of its own, no anaphor) */
        const ds_actor_ref *police = recent ? disperser(sc, si) : NULL;
        if (police) {
            cand c;
            cand_init(&c);
            c.protest_intervention = true;
            c.actor1 = police;
            if ((st = enrich_follow_up(sc, &c, si)) != DS_OK) return st;
            sc->last_sentence = si;
            return DS_OK;
        }
        /* "They have been identified as members of the proscribed outfit
         * Lashkar-e-Taiba" after an encounter: the unidentified side is that
         * group */
        if (recent && si == sc->last_sentence + 1) {
            const ds_actor_ref *who = identified_as(sc, si);
            ds_event *e = &sc->x->events.v[sc->last_event];
            const char **side =
                e->actor2 && !strcmp(e->actor2, "Unidentified Armed Group")   ? &e->actor2
                : e->actor1 && !strcmp(e->actor1, "Unidentified Armed Group") ? &e->actor1
                                                                              : NULL;
            if (who && side) {
                *side = ref_name(sc, who);
                if ((st = add_source(sc, e, si)) != DS_OK) return st;
                sc->last_sentence = si;
                return DS_OK;
            }
        }
        if (recent && refers_back(sc, s) && !another_day(sc, si) && !elsewhere(sc, si) &&
            !separate_once(sc, s, &separate_known, &back, &told_apart)) {
            /* "No group has commented on the market raid": that event */
            for (uint32_t i = next_busy(sc, s->first_token); i < s->first_token + s->ntokens;
                 i = next_busy(sc, i + 1)) {
                if (!rule_at(sc, i, R_ANAPHOR)) continue;
                sc->last_event = event_named(sc, s, i);
                break;
            }
            cand c;
            cand_init(&c);
            claims_in(sc, si, &c);
            /* "Police and soldiers were deployed to the area ... No group has
             * claimed responsibility": a claim, or its absence, is about the
             * last violent event, not a development told after it */
            if (c.claimed >= 0 || c.claimed_by || c.attributed) sc->last_event = last_told(sc);
            frame whole = {si,
                           s->first_token,
                           s->first_token + s->ntokens,
                           s->span.start,
                           s->span.end,
                           {s->first_token},
                           1,
                           false,
                           false};
            casualties(sc, &whole, &c);
            /* "... officials said on Wednesday. The attackers entered the
             * district late on Monday": when, for an event that had only
             * the report's day */
            if (sc->weak_event == sc->last_event && sc->timex.first[si] < sc->timex.first[si + 1]) {
                bool weak;
                const ds_timex *t = frame_timex_weak(sc, &whole, &weak);
                if (t && !weak && t->value.day) c.has_date = true, c.date = t->value;
            }
            /* "The assailants entered X village on Wednesday evening": where;
             * "The killings in Nondin and Soro, in Yatenga province, appear
             * to be ...": where the event placed nowhere yet was */
            const ds_event *told = &sc->x->events.v[sc->last_event];
            if (perpetrators_again(sc, s) ||
                (!told->location && !told->admin1 && opens_with_anaphor(sc, s)))
                pick_place(sc, &whole, &c);
            unsigned none = says_no_casualties(sc, whole.tok_start, whole.tok_end);
            if ((none & NO_DEAD) && c.fatalities == DS_NULL_INT) c.fatalities = 0;
            if ((none & NO_HURT) && c.injuries == DS_NULL_INT) c.injuries = 0;
            if ((st = enrich_follow_up(sc, &c, si)) != DS_OK) return st;
            sc->last_sentence = si;
        }
        return DS_OK;
    }
    for (uint32_t k = 0; k < nf; k++) {
        cand c;
        if (frames[k].aside) continue;
        /* "Burundi: grenade attack on bar kills two; Uganda police foil
         * bombing in Kampala": a headline retells the story's first
         * happening before its ";", the others after it (their own
         * paragraphs tell them) */
        uint32_t semi = DS_NONE;
        for (uint32_t q = s->first_token;
             sc->title_pass && q < frames[k].tok_end && semi == DS_NONE; q++)
            if (tok_is(sc, q, ";")) semi = q;
        if (semi != DS_NONE) {
            if (semi <= frames[k].tok_start) continue;
            frames[k].tok_end = semi;
            frames[k].text_end = tok(sc, semi)->span.start;
            while (frames[k].ntrig && frames[k].trig[frames[k].ntrig - 1] >= semi)
                frames[k].ntrig--;
            if (!frames[k].ntrig) continue;
        }
        analyze(sc, &frames[k], &c);
        if (crowd_any) {
            c.event_type = T_PROTESTS;
            c.sub_event_type = acled_subs[12];
        }
        if (label) {
            const ds_actor_ref *named =
                c.actor1 ? after_label(sc, si, label_colon, c.actor1) : NULL;
            if (named) {
                if (c.actor2 == named) c.actor2 = NULL;
                c.actor1 = named;
            }
            c.event_type = T_STRATEGIC;
            c.sub_event_type =
                codebook_find(acled_subs, sizeof acled_subs / sizeof *acled_subs, label->sub);
            c.gtd = label->gtd;
            if (label->cameo) c.cameo = label->cameo;
        }
        if (!c.event_type || note_background(sc, s, &c)) continue;
        /* "The government launched an offensive against the group last
         * year": a year told relative to the report, no place, no count of
         * dead: background of the story, not a happening to code */
        if (c.timex && c.timex->kind == DS_TIMEX_RELATIVE && !c.date.month && !c.place &&
            c.fatalities == DS_NULL_INT)
            continue;
        /* "More than 1,500 people were killed in militant attacks across
         * Pakistan last year": a year's toll of many attacks, a statistic
         * (a year alone, then the frame's "in attacks") */
        if (c.timex && c.has_date && !c.date.month && in_plural_event(sc, &frames[k])) continue;
        /* (and "Clashes over the poorly marked frontier killed about 100
         * people in September 2022": many events as the subject, a month
         * or a year) */
        if (c.timex && c.has_date && date_precision(c.date) < 3 && !c.around_day &&
            rule_at(sc, s->first_token, R_NOUN) && is_plural_noun(tok(sc, s->first_token)) &&
            frames[k].tok_start == s->first_token)
            continue;
        /* "were established in 1994 following the General Peace Agreement":
         * an agreement named (capitalised, not at the sentence's start) with
         * no verb of signing is one referred to, not one made now */
        if (c.event_type == T_STRATEGIC && c.noun_only && frames[k].trig[0] > s->first_token &&
            (tok(sc, frames[k].trig[0])->flags & DS_TOK_CAP) && c.sub_event_type &&
            !strcmp(c.sub_event_type, "Agreement"))
            continue;
        if (recent && claims_each(sc, &frames[k], &c, si)) continue;
        /* (a day "around" which is kept to its month is a day: "Around 9
         * January, warplanes carried out airstrikes on ...") */
        /* "more than 5,600 people were killed in gang violence in Haiti
         * last year": a year's toll of a conflict, a statistic */
        if (c.has_date && date_precision(c.date) == 1 && !c.date_end.year &&
            yearly_toll(sc, &frames[k]))
            continue;
        bool summary = c.plural_noun_only &&
                       (!c.has_date || (date_precision(c.date) < 3 && !c.around_day)) &&
                       !(c.has_date && c.date_end.year);
        /* "officials blamed the raids on al-Shabaab" still speaks of
         * the event just told */
        if (summary && !(recent && !c.has_date && sc->short_doc))
            continue; /* "attacks in Balkh and Kunduz": a summary, not a happening */
        if (c.noun_only && !c.has_date && !recent) continue;
        if (claims_earlier(sc, &frames[k], &c, si)) continue;
        bool split = false;
        if ((st = respectively(sc, &frames[k], &c, si, &split)) != DS_OK) return st;
        if (split) continue;
        /* ACLED: a peaceful protest or a strategic development with no
         * reported deaths has none */
        if ((c.event_type == T_PROTESTS || c.event_type == T_STRATEGIC) &&
            c.fatalities == DS_NULL_INT)
            c.fatalities = 0, c.none_by_default = true;
        /* a bomb defused, a suspect arrested: nobody hurt (GTD's nwound 0) */
        if (c.event_type == T_STRATEGIC && c.injuries == DS_NULL_INT) c.injuries = 0;
        bool stale = c.has_date && stale_narrative_date(sc, &c);
        if (stale) c.has_date = false;
        bool attach = false;
        /* a report's happening dated only by the document ("PEMBA, June 11
         * (Reuters) - Insurgents killed four civilians"): the next sentence's
         * "late on Monday" says when it was (as "police said Monday") */
        bool borrowed = false;
        char inherit[11] = ""; /* a follow-up without a date of its own: the last event's */
        if (stale) stale_step(sc, &c, inherit);
        bool separate = !c.has_date && separate_once(sc, s, &separate_known, &back, &told_apart);
        if (separate) {
            /* "In a separate incident, a drone strike killed ...": another
             * happening, on the last one's day as far as the text says */
            const ds_event *last = &sc->x->events.v[sc->last_event];
            int32_t last_days;
            if (back < 0 && strlen(last->date) >= 7) {
                memcpy(inherit, last->date, 7); /* "Days later": that month */
            } else if (back > 0 && event_day(last, &last_days)) {
                ds_date_format(inherit, ds_date_from_days(last_days - back));
            } else if (!back && last->date[0]) {
                memcpy(inherit, last->date, sizeof inherit);
            }
        } else if (c.has_date && recent && (c.noun_only || perpetrators_again(sc, s)) &&
                   opens_with_anaphor(sc, s) &&
                   (!c.country[0] || !strcmp(c.country, sc->x->events.v[sc->last_event].country))) {
            /* "The attack took place late on Saturday near X": more of the last */
            attach = true;
        } else if (sc->short_doc && c.has_date && recent && the_day_after(sc, &c)) {
            /* a note tells one happening: "Gunmen seized a policeman ...
             * The policeman was found dead the next day" (GTD codes one
             * incident, its dead included) */
            attach = true;
        } else if (recent && ((!c.has_date && !(!sc->x->events.v[sc->last_event].date[0] &&
                                                unanchored_day(sc, &frames[k]))) ||
                              (c.weak_date && refers_back(sc, s)))) {
            /* (after an undated event, a day of its own that no document
             * date anchors, "On Sunday" in an undated wire, is no follow-up) */
            /* no date of its own, or only the day a source spoke of "the
             * ambush" ("JNIM claimed on March 18 that it killed 14 ... in
             * the ambush") */
            ds_event *last = &sc->x->events.v[sc->last_event];
            attach = (sc->short_doc && !elsewhere(sc, si)) || !c.country[0] || !last->country[0] ||
                     strcmp(c.country, last->country) == 0 ||
                     (c.origin && strcmp(c.origin->iso3, last->country) == 0) ||
                     /* "blamed Turkey for the strike": who, not where */
                     (c.blamed_state && c.place == c.blamed_state) ||
                     /* "in the ambush" names it: "Russian mercenaries" no place */
                     (c.has_date && !c.place);
            /* "security forces later arrested three suspects" after a bombing:
             * a strategic development of its own, on the same day as far
             * as the text says (a note tells one happening: it stays one) */
            /* "On the evening of 7 October, air reconnaissance detected a
             * gathering near Tessit. Air strikes were carried out ...": the
             * sentence before set another day (and place) than the last
             * event's; this happening is on it */
            char scene[11] = "";
            const ds_place *scene_place = NULL;
            /* ("The device was safely detonated" after "Yesterday, officers
             * recovered an improvised explosive device ... in Lafey": the
             * device of that scene, not of the last event) */
            if (attach && !c.has_date && last->date[0] &&
                (!names_event_before(sc, s) || names_thing_before(sc, s)) &&
                scene_before(sc, si, scene, &scene_place) && strcmp(scene, last->date) != 0) {
                attach = false;
                memcpy(inherit, scene, sizeof inherit);
                if (!c.place && scene_place) {
                    c.place = scene_place;
                    memcpy(c.country, scene_place->iso3, 4);
                }
            }
            if (attach && !sc->short_doc && c.sub_event_type == acled_subs[18] &&
                last->event_type && last->event_type != T_STRATEGIC && !c.noun_only &&
                last->date[0]) {
                attach = false;
                memcpy(inherit, last->date, sizeof inherit);
            }
        }
        /* an article's "Attack" section tells its one event at length:
         * "The attackers, residents of Hebron, arrived at the station ...
         * and fired with assault rifles" is more of the Jaffa shooting,
         * whatever town it names, unless it gives another day */
        if (!attach && !separate && !inherit[0] && sc->section == HEAD_EVENT &&
            sc->x->events.n == sc->first_event + 1 && sc->last_event == sc->first_event &&
            c.event_type != T_STRATEGIC) {
            const ds_event *one = &sc->x->events.v[sc->first_event];
            char day[11] = "";
            if (c.has_date) ds_date_format(day, c.date);
            attach = !c.has_date || !strcmp(day, one->date);
        }
        /* "Residents of Kadugli staged a protest against rising bread
         * prices" right after shelling in El Fasher, "In Maiduguri, gunmen
         * killed two traders" after a protest in Kano: a demonstration and
         * an act of violence in two towns are two happenings, not more of
         * the last one (this one on its day as far as the text says) */
        /* (but "At least 30 people were injured and one man died of a
         * gunshot wound in Petare" after a protest in Caracas tells no act,
         * only its toll: an untyped casualty word is its only trigger; not
         * "gunmen killed two traders") */
        bool acts = false;
        for (uint32_t q = 0; attach && q < frames[k].ntrig && !acts; q++) {
            const uint32_t tq = frames[k].trig[q];
            const ev_rule *d = rule_at(sc, tq, R_DEATH);
            acts = rule_at(sc, tq, R_VERB) || rule_at(sc, tq, R_NOUN) || (d && d->typed);
        }
        if (attach && acts && !c.noun_only && si != sc->last_sentence &&
            sc->last_sentence < sc->doc->sentences.n && c.place && place_rank(c.place) >= 4 &&
            c.place->span.start >= s->span.start && c.place->span.end <= s->span.end) {
            const ds_event *last = &sc->x->events.v[sc->last_event];
            const char *here = surface_name(sc, c.place), *there = last->location;
            /* (its place not set yet: the town its sentence names, a
             * dateline's "KANO, Nigeria, 14 August 2024 - Residents ...") */
            for (uint32_t q = sc->place.first[sc->last_sentence];
                 !there && q < sc->place.first[sc->last_sentence + 1]; q++) {
                const ds_place *p = &sc->doc->places.v[sc->place.idx[q]];
                if (place_rank(p) >= 4) there = surface_name(sc, p);
            }
            bool demo = c.event_type == T_PROTESTS || c.event_type == T_RIOTS;
            bool last_demo = last->event_type == T_PROTESTS || last->event_type == T_RIOTS;
            if (demo != last_demo && there && here && strcasecmp(there, here) != 0 &&
                last->date[0]) {
                attach = false;
                memcpy(inherit, last->date, sizeof inherit);
            }
            /* "In Kharkiv oblast, Russian artillery shelled Kupiansk-Vuzlovyi,
             * killing a man" in the paragraph after a missile strike on
             * Kryvyi Rih: an act in a town of another province, in a
             * paragraph of its own, is another happening (on the last one's
             * day as far as the text says), not more of the last */
            if (attach && last->date[0] && last->admin1 && c.place->admin1 &&
                strcmp(c.place->iso3, last->country) == 0 &&
                strcmp(c.place->admin1, last->admin1) != 0 &&
                sc->doc->sentences.v[sc->last_sentence].block != s->block) {
                attach = false;
                memcpy(inherit, last->date, sizeof inherit);
            }
        }
        /* "The guard had received threats after a riot at the local
         * prison": an indefinite event noun after "after" is an earlier
         * happening in the background, neither this one nor more of the
         * last (its rioters were the guard's killing's actor2) */
        if (attach && c.noun_only && frames[k].trig[0] >= s->first_token + 2 &&
            (tok_is(sc, frames[k].trig[0] - 1, "a") || tok_is(sc, frames[k].trig[0] - 1, "an")) &&
            (tok_is(sc, frames[k].trig[0] - 2, "after") ||
             tok_is(sc, frames[k].trig[0] - 2, "following")))
            continue;
        /* "**The junta's drones struck a market.** An army drone hit a
         * weekly market in Gorom-Gorom on 3 May": an undated act that opens
         * a paragraph whose next sentence is dated is that paragraph's
         * lead, told again by what follows, neither more of the last
         * paragraph's event nor a happening on its day ("**Forces detained
         * civilians in Haut-Mbomou.** On 7 June, soldiers arrested 15
         * men in Mboki") */
        if ((attach ? acts : inherit[0] != 0 && !separate) && !c.has_date && !c.noun_only &&
            !sc->short_doc && opens_dated_paragraph(sc, si))
            continue;
        if (attach) {
            if (c.noun_only) /* "the market raid": the event it names */
                sc->last_event = event_named(sc, s, frames[k].trig[0]);
            if (c.noun_only) {
                /* "The government denied that the attack took place": the
                 * subject of an aside about the event is not its actor */
                c.actor1 = NULL;
                c.nassoc = 0;
                /* "which cartel was behind the attack, but X and Y have been
                 * fighting": nor is a mention in another clause its target */
                if (c.actor2) {
                    uint32_t a2 = token_at(sc, s, c.actor2->span.start);
                    for (uint32_t j = frames[k].trig[0] + 1; j < a2 && c.actor2; j++)
                        if (tok_is(sc, j, ",") || tok_is(sc, j, ";") || tok_is(sc, j, "but"))
                            c.actor2 = NULL;
                }
            }
            if ((st = enrich_follow_up(sc, &c, si)) != DS_OK) return st;
            sc->last_sentence = si;
            continue;
        }
        /* "Ukrainian drones attacked an oil refinery in Russia's Ryazan
         * region" right after a strike in Kharkiv: an act at a province or
         * town of another country is another happening, on the last one's
         * day as far as the text says */
        if (!c.has_date && !inherit[0] && !attach && recent && !sc->short_doc && c.place &&
            place_rank(c.place) >= 3 && c.event_type != T_STRATEGIC && !c.noun_only) {
            const ds_event *last = &sc->x->events.v[sc->last_event];
            if (last->country[0] && strcmp(c.country, last->country) != 0 && last->date[0])
                memcpy(inherit, last->date, sizeof inherit);
        }
        /* "7 March - US Central Command said its forces destroyed two Houthi
         * radar sites. The Houthis said five of their fighters were
         * killed.": the day of the sentence before in the paragraph, which
         * told no event (not the document's first); its last day, after a
         * dateline's ("Port-au-Prince, 9 December 2024 - ... in Delmas 24
         * on Saturday. Five gang members were killed") */
        /* (a note has its own day for all it tells: "The square was emptied
         * before a rally called for 3 March. Four students were
         * detained" is of the note's day) */
        if (!c.has_date && !inherit[0] && !separate && si > 0 && !sc->short_doc &&
            sc->doc->sentences.v[si - 1].block == s->block &&
            (sc->last_event == DS_NONE || sc->last_sentence != si - 1))
            for (uint32_t q = sc->timex.first[si]; q-- > sc->timex.first[si - 1] && !c.has_date;) {
                const ds_timex *t = &sc->doc->timexes.v[sc->timex.idx[q]];
                if (!timex_usable(t) || !t->value.day || t->end.year) continue;
                /* "... against protesters in Kathmandu on 8 September, Human
                 * Rights Watch said today": the day spoken of, not the
                 * day of speaking */
                const ds_sentence *ps = &sc->doc->sentences.v[si - 1];
                if (speech_date(sc, ps, token_at(sc, ps, t->span.start))) continue;
                c.has_date = true;
                c.date = t->value;
                borrowed = true;
            }
        if (!c.has_date && !inherit[0]) {
            if (!sc->short_doc && !separate && !(k == 0 && dated_dateline(sc, si, &frames[0])))
                continue;
            /* "The army claimed it had killed dozens in the Tessit fighting":
             * no date of its own, the place of an event already told */
            uint32_t same = DS_NONE;
            const char *here = c.place ? surface_name(sc, c.place) : NULL;
            for (uint32_t ev = sc->first_event; here && !separate && ev < sc->x->events.n; ev++)
                if (sc->x->events.v[ev].location && !strcmp(sc->x->events.v[ev].location, here))
                    same = ev;
            if (same != DS_NONE) {
                sc->last_event = same;
                /* "the army claimed it had killed dozens": a side's claim, no count */
                for (uint32_t i = s->first_token; i < s->first_token + s->ntokens; i++)
                    if (tok_is(sc, i, "claimed") || tok_is(sc, i, "claims"))
                        c.fatalities = DS_NULL_INT;
                if ((st = enrich_follow_up(sc, &c, si)) != DS_OK) return st;
                sc->last_sentence = si;
                continue;
            }
            const ds_timex *t = doc_first_timex(sc);
            if (t) {
                c.has_date = true;
                c.date = t->value;
                borrowed = true;
            } else if (!c.place && !c.country[0]) {
                continue;
            }
        }
        /* "Fighting continued around Kanyabayonga in Lubero territory. At
         * least 12 civilians were killed by shelling on 10 July": where the
         * sentence before in the paragraph just was, when no event was told
         * there (a report's; a note has its own fallback below) */
        if (!c.place && !sc->short_doc && c.town_end == c.town_start && !c.unknown_place &&
            si > 0 && sc->doc->sentences.v[si - 1].block == s->block &&
            (sc->last_event == DS_NONE || sc->last_sentence != si - 1) && !names_a_place(sc, si)) {
            const ds_place *p = sentence_place(sc, si - 1);
            if (p && (!c.country[0] || !strcmp(c.country, p->iso3))) {
                c.place = p;
                if (!c.country[0]) memcpy(c.country, p->iso3, 4);
            }
        }
        /* a note's one happening may name its place in another sentence,
         * unless this one names a village the gazetteer does not know */
        /* a longer text's first happening with no place of its own is the
         * one its headline places ("KDF troops repulse Al-Shabaab attack
         * in Lamu") */
        if (!c.place && !sc->short_doc && sc->x->events.n == sc->first_event &&
            c.town_end == c.town_start && !c.unknown_place) {
            c.place = headline_place(sc, s->block);
            if (c.place && !c.country[0]) memcpy(c.country, c.place->iso3, 4);
        }
        if (!c.place && sc->short_doc && c.town_end == c.town_start && !c.unknown_place) {
            c.place = doc_best_place(sc, s->block);
            if (c.place && !c.country[0]) memcpy(c.country, c.place->iso3, 4);
        }
        /* "SNA forces retook the base on August 24": the place of the
         * paragraph's last event that "the base" points back to */
        if (!c.place && sc->last_place &&
            ((sc->last_place_block == s->block && names_the_site(sc, s)) ||
             (c.town_end == c.town_start && !c.unknown_place && names_the_town(sc, s) &&
              !names_a_place(sc, si)))) {
            c.place = sc->last_place;
            if (!c.country[0]) memcpy(c.country, c.place->iso3, 4);
        }
        /* a report's later happening with no place in its sentence ("RSF
         * fighters looted the Abu Shouk camp market"): where the paragraph
         * just was, else where the headline says if that is the country
         * the context gives */
        const bool placeless = !c.place && !sc->short_doc && c.town_end == c.town_start &&
                               !c.unknown_place && !names_a_place(sc, si);
        if (placeless && sc->last_place && sc->last_place_block == s->block &&
            (!c.country[0] || !strcmp(c.country, sc->last_place->iso3))) {
            c.place = sc->last_place;
            if (!c.country[0]) memcpy(c.country, c.place->iso3, 4);
        }
        if (!c.country[0]) context_country(sc, si, &c);
        if (placeless && !c.place) {
            const ds_place *h = headline_place(sc, s->block);
            if (h && (!c.country[0] || !strcmp(c.country, h->iso3))) {
                c.place = h;
                if (!c.country[0]) memcpy(c.country, h->iso3, 4);
            }
        }
        if (sc->x->events.n - sc->first_event >= sc->ctx->limits.max_events_per_doc) break;
        uint32_t idx;
        if ((st = new_event(sc, &c, si, &idx)) != DS_OK) return st;
        if (separate_once(sc, s, &separate_known, &back, &told_apart) && told_apart)
            sc->x->events.v[idx].apart = true;
        /* "The police launched a counter-offensive the next day": against
         * the side of the attack told before */
        bool counter = false;
        for (uint32_t t = 0; t < frames[k].ntrig && t < 3; t++)
            counter |= !strncmp(tok(sc, frames[k].trig[t])->norm, "counter", 7);
        if (counter && sc->last_event != DS_NONE) {
            ds_event *e = &sc->x->events.v[idx];
            const char *them = sc->x->events.v[sc->last_event].actor1;
            if (!e->actor2 && them && (!e->actor1 || strcmp(them, e->actor1) != 0))
                e->actor2 = them;
        }
        if (inherit[0]) {
            ds_event *e = &sc->x->events.v[idx];
            memcpy(e->date, inherit, sizeof e->date);
            e->time_precision = strlen(inherit) == 10 ? 1 : 3;
        } else if (!c.has_date) {
            ds_event *e = &sc->x->events.v[idx];
            if (doc->date[0]) memcpy(e->date, doc->date, sizeof e->date);
            borrowed = true;
        }
        sc->last_event = idx;
        sc->last_side = c.dead_side;
        sc->last_sentence = si;
        sc->weak_event = c.weak_date || (borrowed && !sc->short_doc) ? idx : DS_NONE;
        if (c.place) sc->last_place = c.place, sc->last_place_block = s->block;
    }
    return DS_OK;
}

/* snprintf(out, cap, "%s (%s)", head, country) without printf's format
 * parsing (once per note): the same bytes, cut the same way; head is a
 * literal (its length known: the HEAD_COUNTRY macro). Returns the length. */
static size_t head_country_n(char *out, size_t cap, const char *head, size_t head_len,
                             const char *country)
{
    size_t o = 0;
    const char *parts[] = {head, " (", country, ")"};
    const size_t lens[] = {head_len, 2, strlen(country), 1};
    for (int p = 0; p < 4; p++) {
        size_t n = lens[p]; /* as much as fits before the NUL */
        if (n > cap - 1 - o) n = cap - 1 - o;
        memcpy(out + o, parts[p], n);
        o += n;
    }
    out[o] = '\0';
    return o;
}
#define HEAD_COUNTRY(out, cap, head, country)                                                      \
    head_country_n((out), (cap), "" head, sizeof(head) - 1, (country))

/* Is the actor named n an armed group (not a state's force, civilians)? */
static bool armed_group_named(const ev_scan *sc, const char *n)
{
    for (uint32_t i = 0; i < sc->x->actors.n; i++) {
        const ds_actor *a = &sc->x->actors.v[i];
        if (a->name && (a->name == n || !strcmp(a->name, n)))
            return a->type && !strcmp(a->type, "armed_group");
    }
    return false;
}

/* The state force most often on a side of the document's events in
 * country cc from `from` on, or NULL when none is. */
static const char *doc_state_side(const ev_scan *sc, uint32_t from, const char *cc)
{
    const char *best = NULL;
    uint32_t best_n = 0;
    for (uint32_t i = from; i < sc->x->events.n; i++)
        for (int side = 0; side < 2; side++) {
            const ds_event *e = &sc->x->events.v[i];
            const char *n = side ? e->actor2 : e->actor1;
            if (!n || strcmp(e->country, cc) != 0 || !ds_facts_state_force(n) ||
                (best && !strcmp(n, best)))
                continue;
            uint32_t count = 0;
            for (uint32_t j = from; j < sc->x->events.n; j++) {
                const ds_event *o = &sc->x->events.v[j];
                if (strcmp(o->country, cc) != 0) continue;
                count +=
                    (o->actor1 && !strcmp(o->actor1, n)) + (o->actor2 && !strcmp(o->actor2, n));
            }
            if (count > best_n) best = n, best_n = count;
        }
    return best;
}

/* Is event e, of the document's, in country cc (named cn), or is one of
 * its two sides the state force of cc ("Military Forces of Ukraine"
 * striking an air base in Russia)? */
static bool sides_of_country(const ds_event *e, const char *cc, const char *cn)
{
    if (!e->actor1 || !e->actor2) return false;
    return !strcmp(e->country, cc) ||
           (cn && ((ds_facts_state_force(e->actor1) && strstr(e->actor1, cn)) ||
                   (ds_facts_state_force(e->actor2) && strstr(e->actor2, cn))));
}

/* The pair of sides most often fighting each other in the document's
 * events of country cc (sides_of_country) from `from` on (either order),
 * into *a1 and *a2; false when no such event has two. */
static bool doc_sides(const ev_scan *sc, uint32_t from, const char *cc, const char **a1,
                      const char **a2)
{
    const char *cn = country_name(sc, cc);
    uint32_t best_n = 0;
    for (uint32_t i = from; i < sc->x->events.n; i++) {
        const ds_event *e = &sc->x->events.v[i];
        if (!sides_of_country(e, cc, cn)) continue;
        uint32_t count = 0;
        for (uint32_t j = from; j < sc->x->events.n; j++) {
            const ds_event *o = &sc->x->events.v[j];
            if (!sides_of_country(o, cc, cn)) continue;
            count += (!strcmp(o->actor1, e->actor1) && !strcmp(o->actor2, e->actor2)) ||
                     (!strcmp(o->actor1, e->actor2) && !strcmp(o->actor2, e->actor1));
        }
        if (count > best_n) *a1 = e->actor1, *a2 = e->actor2, best_n = count;
    }
    return best_n > 0;
}

/* Does a source sentence of e hold one of words (case-insensitive)? */
static bool sources_hold(const ds_event *e, const char *const *words)
{
    for (uint32_t k = 0; k < e->sources.n; k++) {
        const char *t = e->sources.v[k].text;
        if (!t) continue;
        size_t n = strlen(t);
        for (const char *const *w = words; *w; w++)
            if (ds_find_ci(t, n, *w)) return true;
    }
    return false;
}

/* Does a source sentence of e name no fighters at all ("Positional
 * fighting continued near X")? Not "Clan militias clashed over grazing
 * land": sides the text names, only not known ones. */
static bool names_no_fighters(const ds_event *e)
{
    static const char *const who[] = {"militia",  "militant",  "fighter",   "gunm",     "rebel",
                                      "insurg",   "troop",     "soldier",   "force",    "police",
                                      "army",     "group",     "clan",      "tribe",    "men ",
                                      "jihadist", "terrorist", "assailant", "attacker", NULL};
    return !sources_hold(e, who);
}

/* The province (admin1) more than half of the document's places in
 * country cc lie in, or NULL. */
static const char *majority_admin1(const ds_doc *doc, const char *cc)
{
    const char *pick = NULL;
    uint32_t n = 0, lead = 0; /* a majority vote: the name picked and its lead */
    for (uint32_t k = 0; k < doc->places.n; k++) {
        const ds_place *p = &doc->places.v[k];
        if (!p->admin1 || strcmp(p->iso3, cc) != 0) continue;
        n++;
        if (!lead)
            pick = p->admin1, lead = 1;
        else if (!strcmp(pick, p->admin1))
            lead++;
        else
            lead--;
    }
    if (!pick) return NULL;
    uint32_t votes = 0;
    for (uint32_t k = 0; k < doc->places.n; k++) {
        const ds_place *p = &doc->places.v[k];
        votes += p->admin1 && !strcmp(p->iso3, cc) && !strcmp(p->admin1, pick);
    }
    return votes * 2 > n ? pick : NULL;
}

/* Does a source sentence of e speak of a drone? */
static bool drone_told(const ds_event *e)
{
    static const char *const drone[] = {"drone", "UAV", NULL};
    return sources_hold(e, drone);
}

/* Does a source sentence of e say people were abducted or taken hostage? */
static bool hostages_taken(const ds_event *e)
{
    static const char *const said[] = {" were abducted", " was abducted",  " were kidnapped",
                                       " was kidnapped", " taken hostage", NULL};
    for (uint32_t k = 0; k < e->sources.n; k++) {
        const char *t = e->sources.v[k].text;
        if (!t) continue;
        size_t n = strlen(t);
        /* (most battles say nothing of the kind: a plain search for the
         * words' stems, in the lower case they are written in, first) */
        if (!memmem(t, n, "abduct", 6) && !memmem(t, n, "kidnap", 6) && !memmem(t, n, "hostage", 7))
            continue;
        for (const char *const *w = said; *w; w++)
            if (ds_find_ci(t, n, *w)) return true;
    }
    return false;
}

/* Is name "Military Forces of CN..." or "Police Forces of CN..." (a
 * country's own forces, not Russia's in Ukraine)? */
static bool own_forces(const char *name, const char *cn)
{
    const char *rest = !strncmp(name, "Military Forces of ", 19) ? name + 19
                       : !strncmp(name, "Police Forces of ", 17) ? name + 17
                                                                 : NULL;
    size_t n = strlen(cn);
    return rest && !strncmp(rest, cn, n) && (!rest[n] || rest[n] == ' ');
}

/* Violent events without a named perpetrator: ACLED's "Unidentified Armed
 * Group (Country)"; protests and riots: "Protesters/Rioters (Country)". */
static void default_actors(ev_scan *sc, uint32_t from)
{
    for (uint32_t i = from; i < sc->x->events.n; i++) {
        ds_event *e = &sc->x->events.v[i];
        if (!e->event_type || !e->country[0]) continue;
        const char *cn = country_name(sc, e->country);
        if (!cn) continue;
        char name[160];
        size_t n0;
        const char *type = "armed_group";
        bool unknown_group = e->actor1 && !strcmp(e->actor1, "Unidentified Armed Group");
        if (unknown_group) e->actor1 = NULL;
        if (e->actor1 && (e->event_type == T_PROTESTS || e->event_type == T_RIOTS) &&
            strncmp(e->actor1, "Protesters", 10) != 0 && strncmp(e->actor1, "Rioters", 7) != 0) {
            /* ACLED: the demonstrators are actor1, the organising party an
             * associate; the police or army that broke up or fired on a
             * protest ("police shot dead two protesters") its actor2 */
            /* (and the police a violent demonstration fought) */
            bool state = ((e->event_type == T_PROTESTS && e->sub_event_type != acled_subs[12]) ||
                          (e->event_type == T_RIOTS && e->sub_event_type == acled_subs[15])) &&
                         (!strncmp(e->actor1, "Police Forces", 13) ||
                          !strncmp(e->actor1, "Military Forces", 15));
            if (state && (!e->actor2 || !strncmp(e->actor2, "Protesters", 10) ||
                          !strncmp(e->actor2, "Rioters", 7)))
                e->actor2 = e->actor1;
            else if (str_push(sc->x, &e->assoc_actor1, e->actor1) != DS_OK)
                return;
            e->actor1 = NULL;
        }
        /* "troops engaged the terrorists' location": ACLED names the
         * unidentified side of either role by its country */
        if (e->actor2 && !strcmp(e->actor2, "Unidentified Armed Group")) {
            size_t n = HEAD_COUNTRY(name, sizeof name, "Unidentified Armed Group", cn);
            e->actor2 = named_actor_buf(sc, name, n, type);
        }
        /* "Air strikes were carried out, neutralising several terrorists",
         * "an air strike destroyed an al-Shabaab camp": an air strike on
         * gunmen or a group nobody is said to have made is the state's
         * (groups do not bomb each other from the air) */
        if (!e->actor1 && e->sub_event_type == acled_subs[4] && e->actor2 &&
            (!strncmp(e->actor2, "Unidentified Armed Group", 24) ||
             armed_group_named(sc, e->actor2))) {
            const char *army = state_forces_of(sc, e->country, 'm');
            if (army) e->actor1 = army;
        }
        /* "The Somali government launched an offensive against al-Shabaab":
         * a government fights and strikes by its military (ACLED) */
        if (e->actor1 && (e->event_type == T_BATTLES || e->event_type == T_EXPLOSIONS) &&
            !strncmp(e->actor1, "Government of ", 14) && strstr(e->actor1, cn)) {
            const char *army = state_forces_of(sc, e->country, 'm');
            if (army && (!e->actor2 || strcmp(army, e->actor2) != 0)) e->actor1 = army;
        }
        /* "Positional fighting continued near Chasiv Yar": a battle whose
         * text names no fighters is between the two the document has
         * fighting in the country */
        const char *side1, *side2; /* (the sentence searched last) */
        if (!e->actor1 && !e->actor2 && !unknown_group && e->event_type == T_BATTLES &&
            doc_sides(sc, from, e->country, &side1, &side2) && names_no_fighters(e))
            e->actor1 = side1, e->actor2 = side2;
        /* "warplanes bombed a market", "an air strike by our aircraft
         * destroyed a logistics base": nobody named, but armed groups fly
         * no aircraft: the state force the document has on a side of its
         * happenings in the country (the general staff's own, or Israel's
         * in a Gaza report) made it; a drone strike stays unnamed (groups fly drones) */
        if (!e->actor1 && e->sub_event_type == acled_subs[4] && !drone_told(e)) {
            const char *army = doc_state_side(sc, from, e->country);
            if (army && (!e->actor2 || strcmp(army, e->actor2) != 0)) e->actor1 = army;
        }
        /* "In Belgorod, a drone hit a minibus" in a text where Ukraine's
         * forces struck in Russia: a drone or air strike nobody is said to
         * have made, in a country another state's military acts in, is
         * that military's */
        for (uint32_t k = from; !e->actor1 && !unknown_group &&
                                e->sub_event_type == acled_subs[4] && k < sc->x->events.n;
             k++) {
            const char *a = sc->x->events.v[k].actor1;
            if (k != i && a && !strncmp(a, "Military Forces of ", 19) && !own_forces(a, cn) &&
                !strcmp(sc->x->events.v[k].country, e->country) &&
                (!e->actor2 || strcmp(a, e->actor2) != 0))
                e->actor1 = a;
        }
        /* "Soldiers repelled an assault on their base, killing about 15
         * assailants": a battle has two sides; the one a state force fought,
         * unnamed, is ACLED's unidentified group of the country */
        if (e->actor1 && !e->actor2 && e->event_type == T_BATTLES && own_forces(e->actor1, cn)) {
            /* (in an article about a group, "the latter was killed by
             * Yemeni forces": the group's man, so the group) */
            const char *subject = sc->main_actor ? ref_name(sc, sc->main_actor) : NULL;
            /* "Ukrainian forces repelled 25 assaults in the Pokrovsk
             * direction": in a war of two states the document tells, the
             * other state's forces */
            const char *other = NULL, *s1 = NULL, *s2 = NULL;
            if (doc_sides(sc, from, e->country, &s1, &s2) && ds_facts_state_force(s1) &&
                ds_facts_state_force(s2))
                other = !strcmp(s1, e->actor1) ? s2 : !strcmp(s2, e->actor1) ? s1 : NULL;
            if (subject && strcmp(subject, e->actor1) != 0) {
                e->actor2 = subject;
            } else if (other) {
                e->actor2 = other;
            } else {
                n0 = HEAD_COUNTRY(name, sizeof name, "Unidentified Armed Group", cn);
                e->actor2 = named_actor_buf(sc, name, n0, type);
            }
        }
        if (e->actor1) continue;
        if (e->actor2 &&
            (!strncmp(e->actor2, "Protesters", 10) || !strncmp(e->actor2, "Rioters", 7)))
            e->actor2 = NULL; /* the demonstrators are actor1, never their own target */
        size_t n;
        if (e->event_type == T_PROTESTS) {
            n = HEAD_COUNTRY(name, sizeof name, "Protesters", cn);
            type = "protesters";
        } else if (e->event_type == T_RIOTS) {
            n = HEAD_COUNTRY(name, sizeof name, "Rioters", cn);
            type = "protesters";
        } else if (e->event_type != T_STRATEGIC || unknown_group) {
            /* "Assailants set fire to a school" too: a development made by
             * gunmen nobody names */
            n = HEAD_COUNTRY(name, sizeof name, "Unidentified Armed Group", cn);
        } else if (e->sub_event_type == acled_subs[18]) {
            /* "until his arrest in Tanzania": ACLED's arrests with no one
             * named making them are the country's police's */
            e->actor1_default = state_forces_of(sc, e->country, 'p');
            continue;
        } else {
            continue;
        }
        e->actor1 = named_actor_buf(sc, name, n, type);
    }
}

/* "Islamic State militants attacked Macomia": ACLED and GTD name the
 * movement's branch in the event's country (ISMP in Mozambique, JNIM for
 * al-Qaeda in Mali) when it has only one there (ev_rules.branch). */
static void regional_branches(ev_scan *sc)
{
    const ev_rules *r = sc->rules;
    if (!r->nbranch) return;
    for (uint32_t i = sc->first_event; i < sc->x->events.n; i++) {
        ds_event *e = &sc->x->events.v[i];
        if (!e->country[0]) continue;
        const char **slots[2] = {&e->actor1, &e->actor2};
        for (int k = 0; k < 2; k++) {
            const char *a = *slots[k];
            if (!a) continue;
            /* most actors are no movement with branches: a few first bytes tell */
            bool parent = false;
            for (size_t p = 0; p < r->nbranch_parent && !parent; p++)
                parent = a[0] == r->branch_parent[p][0] && !strcmp(a, r->branch_parent[p]);
            if (!parent) continue;
            for (size_t b = 0; b < r->nbranch; b++) {
                const ev_branch *br = &r->branch[b];
                if (a[0] != br->parent[0] || memcmp(e->country, br->iso3, 4) != 0 ||
                    strcmp(a, br->parent) != 0)
                    continue;
                /* the lexicon's entry, with its aliases (ACLED's, GTD's) */
                const ds_lexicon *lex = sc->ctx->shared ? sc->ctx->shared->lexicon : NULL;
                uint32_t id = lex ? ds_lexicon_find(lex, br->child, strlen(br->child)) : DS_NONE;
                ds_actor *act = id != DS_NONE && ds_facts_actor
                                    ? ds_facts_actor(sc->x, sc->ctx, sc->doc, id)
                                    : NULL;
                *slots[k] = act ? act->name : named_actor(sc, br->child, "armed_group");
                break;
            }
        }
    }
}

/* ACLED codes the Taliban after their takeover (15 August 2021) as the
 * state's forces: "Military Forces of Afghanistan (2021-)". */
static void taliban_in_power(ev_scan *sc)
{
    const char *state = NULL;
    for (uint32_t i = sc->first_event; i < sc->x->events.n; i++) {
        ds_event *e = &sc->x->events.v[i];
        if (e->date[0] && strcmp(e->date, "2021-08-15") < 0) {
            /* before it, the Republic's forces: ACLED's "(2004-2021)" */
            static const char *const now[] = {"Military Forces of Afghanistan (2021-)",
                                              "Police Forces of Afghanistan (2021-)"};
            static const char *const then[] = {"Military Forces of Afghanistan (2004-2021)",
                                               "Police Forces of Afghanistan (2004-2021)"};
            const char **slots[2] = {&e->actor1, &e->actor2};
            for (int k = 0; k < 2; k++)
                for (int j = 0; j < 2; j++)
                    if (*slots[k] && (*slots[k])[0] == now[j][0] && !strcmp(*slots[k], now[j]))
                        *slots[k] = named_actor(sc, then[j], "state_force");
            continue;
        }
        if (!e->date[0]) continue;
        const char **slots[2] = {&e->actor1, &e->actor2};
        for (int k = 0; k < 2; k++) {
            if (!*slots[k] || (*slots[k])[0] != 'T' || strcmp(*slots[k], "Taliban") != 0) continue;
            if (!state)
                state = named_actor(sc, "Military Forces of Afghanistan (2021-)", "state_force");
            if (state) *slots[k] = state;
        }
        for (uint32_t k = 0; k < e->assoc_actor1.n; k++)
            if (e->assoc_actor1.v[k][0] == 'T' && !strcmp(e->assoc_actor1.v[k], "Taliban")) {
                if (!state)
                    state =
                        named_actor(sc, "Military Forces of Afghanistan (2021-)", "state_force");
                if (state) e->assoc_actor1.v[k] = state;
            }
    }
}

/* The armed group a document names most often (at least 3 times): what
 * "its" and "the group" mean in an article about one group. O(n^2) in the
 * number of distinct groups only. */
static const ds_actor_ref *main_actor(const ds_doc *doc)
{
    const ds_actor_ref *best = NULL;
    uint32_t best_n = 2;
    uint32_t tried[32];
    uint32_t ntried = 0;
    for (uint32_t i = 0; i < doc->actor_refs.n && ntried < 32; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->type != DS_ACTOR_ARMED_GROUP) continue;
        bool seen = false;
        for (uint32_t k = 0; k < ntried && !seen; k++) seen = tried[k] == r->actor;
        if (seen) continue;
        tried[ntried++] = r->actor;
        uint32_t n = 0;
        for (uint32_t j = i; j < doc->actor_refs.n; j++)
            n += doc->actor_refs.v[j].actor == r->actor;
        if (n > best_n) best = r, best_n = n;
    }
    return best;
}

/* The rules of crowd notes (ev_rules.crowd), made from the same file on
 * first need (most inputs have no crowd note), or NULL when memory ran out
 * (the note is then read with the usual rules only). */
static const ev_rules *crowd_rules(const ev_rules *r, const ds_ctx *ctx)
{
    ev_rules *mr = (ev_rules *)r; /* (a cache of the shared rules, set once) */
    ev_rules *c = atomic_load_explicit(&mr->crowd, memory_order_acquire);
    if (c) return c;
    pthread_mutex_lock(&rules_lock);
    if (!(c = atomic_load_explicit(&mr->crowd, memory_order_relaxed))) {
        size_t n = strlen(mr->crowd_src);
        char *copy = malloc(n + 1);
        unsigned lineno = 0;
        if (copy && (c = calloc(1, sizeof *c)) != NULL) {
            memcpy(copy, mr->crowd_src, n + 1);
            if (rules_parse(c, copy, &lineno, true) ||
                branches_build(c, ctx && ctx->shared ? ctx->shared->lexicon : NULL)) {
                rules_free(c);
                c = NULL;
            }
        }
        free(copy);
        if (c) atomic_store_explicit(&mr->crowd, c, memory_order_release);
    }
    pthread_mutex_unlock(&rules_lock);
    return c;
}

/* Does the note end with ACLED's crowd size ("[size=no report]", "[size=around
 * 300]", before other tags such as "[sex=...]")? ACLED gives it to
 * demonstrations only: the note tells a protest or a riot. Its last 160
 * bytes are read. */
static bool crowd_size_tag(const ds_doc *doc)
{
    const char *t = doc->text, *end = t + doc->text_len;
    /* (memchr for the bracket: memmem's setup costs more than a note's tail) */
    for (const char *p = doc->text_len > 160 ? end - 160 : t;
         (p = memchr(p, '[', (size_t)(end - p))) != NULL; p++)
        if (end - p >= 6 && !memcmp(p + 1, "size=", 5)) return true;
    return false;
}

/* A GTD summary ("04/17/2019: Police found and disarmed ..."):
 * a note that opens with its date as MM/DD/YYYY and a colon. */
static bool gtd_summary(const ds_doc *doc)
{
    const char *t = doc->text;
    if (doc->text_len < 12) return false;
    for (int k = 0; k < 10; k++)
        if (k == 2 || k == 5 ? t[k] != '/' : !(t[k] >= '0' && t[k] <= '9')) return false;
    return t[10] == ':';
}

/* A GTD summary records an incident of terrorism, attempted or done: its
 * bomb found and defused is an attempted bombing, its arson of a school or
 * an outpost an attack on a facility (GTD attack types 3 and 7), not the
 * disrupted weapon or the property destruction ACLED would code. The
 * summary's events of those kinds are retyped so. */
static void gtd_incidents(ev_scan *sc)
{
    if (!sc->short_doc || !gtd_summary(sc->doc)) return;
    static const char *const bomb[] = {"explosive", "explosives", "bomb", "bombs", "ied", "ieds",
                                       "device",    "devices",    "mine", "mines", NULL};
    WORD_SIG(bomb);
    for (uint32_t i = sc->first_event; i < sc->x->events.n; i++) {
        ds_event *e = &sc->x->events.v[i];
        if (e->event_type != T_STRATEGIC) continue;
        /* (found by the police or the army: "Police found and defused two
         * explosive devices", "Soldiers dismantled a suicide vest") */
        bool state = e->actor1 && ds_facts_state_force(e->actor1);
        if (e->sub_event_type == acled_subs[20] || state) {
            bool bombing = false, suicide = false;
            for (uint32_t t = 0; t < sc->ntoks; t++) {
                bombing |= tok_in(sc, t, bomb) || tok_is(sc, t, "vest");
                suicide |= tok_is(sc, t, "suicide");
            }
            if (!bombing) continue;
            e->event_type = T_EXPLOSIONS;
            e->sub_event_type = suicide ? acled_subs[5] : acled_subs[7];
            e->gtd_attack_type = 3;
            /* the bomb's makers, whom nobody names, attempted it */
            if (state) e->actor1 = NULL;
        } else if (e->sub_event_type == acled_subs[22]) { /* Looting/property destruction */
            e->event_type = T_VAC;
            e->sub_event_type = acled_subs[10];
            e->gtd_attack_type = 7;
        } else {
            continue;
        }
        e->disorder_type = disorder_of(e->event_type);
    }
}

/* An ACLED note of a demonstration (crowd_note) records the demonstration:
 * when it has no event of a protest or a riot, the arrests, agreement or
 * other development its reading found are the protest's ("pilgrims chanted
 * slogans against the prime minister ... Police arrested around 150 of
 * them": a protest with intervention; "family members demanded his
 * release ... claimed that his arrest was unfair": the arrest was the
 * cause, a peaceful protest), default_actors then naming the protesters and the police. */
static void crowd_incidents(ev_scan *sc)
{
    if (!sc->crowd_note) return;
    for (uint32_t i = sc->first_event; i < sc->x->events.n; i++)
        if (sc->x->events.v[i].event_type == T_PROTESTS || sc->x->events.v[i].event_type == T_RIOTS)
            return;
    /* (an arrest whose release the crowd demands is its cause, not the
     * police's intervention) */
    bool cause = false;
    for (uint32_t t = 0; t < sc->ntoks && !cause; t++) cause = tok_is(sc, t, "release");
    for (uint32_t i = sc->first_event; i < sc->x->events.n; i++) {
        ds_event *e = &sc->x->events.v[i];
        bool arrests = e->sub_event_type == acled_subs[18];
        if (e->event_type != T_STRATEGIC || !(arrests || e->sub_event_type == acled_subs[17] ||
                                              e->sub_event_type == acled_subs[24]))
            continue;
        e->event_type = T_PROTESTS;
        e->sub_event_type = arrests && !cause ? acled_subs[13] : acled_subs[12];
        e->gtd_attack_type = 0;
        e->disorder_type = disorder_of(e->event_type);
    }
}

/* The figure a block's text opens with ("23 (including the perpetrator)",
 * "40+", "1,204"), or -1. */
static int32_t leading_count(const char *t, size_t n)
{
    int64_t v = 0;
    size_t i = 0;
    for (; i < n && ((t[i] >= '0' && t[i] <= '9') || (t[i] == ',' && i > 0)); i++)
        if (t[i] != ',') v = v * 10 + (t[i] - '0');
    if (!i || v > 1000000) return -1;
    /* (not "2 May 2025", a date, nor "17–25", a range) */
    if (i < n && (t[i] == '-' || (unsigned char)t[i] == 0xE2)) return -1;
    if (i + 1 < n && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z') return -1;
    return (int32_t)v;
}

/* An article on one attack ("2025 Kunduz mosque bombing") sums its toll up
 * in the infobox: "Deaths" / "23 (including the perpetrator)", "Injured" /
 * "40+", a label (or, flattened to plain text, a heading) and the value
 * after it. The figures are the article's own count (the perpetrators
 * included, as GTD and ACLED count) and stand for the one event's. */
static void infobox_tolls(ev_scan *sc, ds_event *e)
{
    const ds_doc *doc = sc->doc;
    for (uint32_t i = 0; i + 1 < doc->blocks.n; i++) {
        const ds_block *b = &doc->blocks.v[i], *v = &doc->blocks.v[i + 1];
        if ((b->kind != DS_BLOCK_LABEL && b->kind != DS_BLOCK_HEADING) ||
            (v->kind != DS_BLOCK_FIELD && v->kind != DS_BLOCK_HEADING &&
             v->kind != DS_BLOCK_LIST_ITEM))
            continue;
        const char *t = doc->text + b->span.start;
        size_t n = b->span.end - b->span.start;
        if (n < 6 || n > 18) continue; /* (the length before the compares) */
        while (n && (t[n - 1] == ':' || t[n - 1] == ' ')) n--;
        int32_t *dst = NULL;
        if ((n == 6 && !strncasecmp(t, "deaths", 6)) || (n == 6 && !strncasecmp(t, "killed", 6)) ||
            (n == 10 && !strncasecmp(t, "fatalities", 10)))
            dst = &e->fatalities;
        else if ((n == 7 && !strncasecmp(t, "injured", 7)) ||
                 (n == 7 && !strncasecmp(t, "wounded", 7)) ||
                 (n == 18 && !strncasecmp(t, "non-fatal injuries", 18)))
            dst = &e->injuries;
        if (!dst) continue;
        int32_t c = leading_count(doc->text + v->span.start, v->span.end - v->span.start);
        if (c >= 0) *dst = c;
    }
}

ds_status ds_extract_events(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx)
{
    ds_status st;
    const ev_rules *rules;
    if ((st = rules_get(&rules, ctx)) != DS_OK) return st;
    if (!doc->sentences.n || !doc->tokens.n) return DS_OK;
    ev_scan sc;
    memset(&sc, 0, offsetof(ev_scan, spelt)); /* spelt[], names[]: filled before read */
    sc.x = x, sc.ctx = ctx, sc.doc = doc, sc.docidx = docidx, sc.rules = rules;
    sc.toks = doc->tokens.v, sc.ntoks = doc->tokens.n;
    sc.ph = rules->ph, sc.rule_v = rules->rules;
    sc.last_event = sc.weak_event = DS_NONE;
    sc.first_event = x->events.n;
    uint32_t prose = 0;
    for (uint32_t i = 0; i < doc->sentences.n; i++)
        prose +=
            block_eligible(doc, &doc->sentences.v[i], true) && !fragment(doc, &doc->sentences.v[i]);
    sc.short_doc = prose <= 6 && doc->text_len < 3000;
    sc.one_paragraph = doc->text_len < 3000 &&
                       doc->sentences.v[0].block == doc->sentences.v[doc->sentences.n - 1].block;
    sc.crowd_note = sc.short_doc && crowd_size_tag(doc);
    /* (a crowd note's verbs tell its protest when nothing else has: the
     * note is read again with them when the rules found no event in it, so
     * "staged a demonstration" is not two protests) */
    bool crowd_round = false;
    const ev_rules *crowd = NULL; /* crowd_rules, when the second reading is due */
    /* the per-token matches and the five sentence indexes share one block,
     * on the stack for a note: six heap blocks per note cost more than
     * filling them */
    _Static_assert(sizeof(tok_match) <= sizeof(uint32_t) &&
                       _Alignof(tok_match) <= _Alignof(uint32_t),
                   "a tok_match fits a scratch word");
    uint32_t stack_words[2048], *heap_words = NULL, *mem = stack_words;
    size_t words = (size_t)doc->tokens.n * 4 + 3 + INDEX_WORDS(doc, timexes) +
                   INDEX_WORDS(doc, quantities) + INDEX_WORDS(doc, places) +
                   INDEX_WORDS(doc, actor_refs) + INDEX_WORDS(doc, people);
    if (words > sizeof stack_words / sizeof *stack_words) {
        if (!(mem = heap_words = malloc(words * sizeof *mem))) {
            st = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
            goto done;
        }
    }
    sc.m = (tok_match *)(void *)mem;
    mem += doc->tokens.n;
    sc.busy = mem;
    mem += doc->tokens.n + 3; /* (fill_busy's spare slots) */
    sc.trig_cut = mem;
    mem += doc->tokens.n;
    sc.cls_tok = mem;
    mem += doc->tokens.n;
    INDEX_BUILD(&sc.timex, &mem, doc, timexes, ds_timex);
    INDEX_BUILD(&sc.quant, &mem, doc, quantities, ds_quantity);
    INDEX_BUILD(&sc.place, &mem, doc, places, ds_place);
    INDEX_BUILD(&sc.actor, &mem, doc, actor_refs, ds_actor_ref);
    INDEX_BUILD(&sc.person, &mem, doc, people, ds_person);
    sc.main_actor = main_actor(doc);
    /* a headline ("Three soldiers killed in X") tells the story's first
     * happening again: read after the body, it enriches that event */
    bool deferred = false;
crowd_again:
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            if (!deferred) break;
            if (x->events.n > sc.first_event) {
                sc.last_event = sc.first_event;
                sc.last_sentence = 0;
            }
            sc.title_pass = true;
            sc.heading_seen = 0, sc.section = 0;
        }
        for (uint32_t i = 0; i < doc->sentences.n; i++) {
            const ds_sentence *se = &doc->sentences.v[i];
            bool title = sc.short_doc && se->block < doc->blocks.n &&
                         doc->blocks.v[se->block].kind == DS_BLOCK_TITLE && prose > 1;
            deferred |= title;
            if (title != (pass == 1)) continue;
            if (crowd_round) { /* its verbs until the note's event, the rules after */
                const ev_rules *use = x->events.n == sc.first_event ? crowd : rules;
                sc.rules = use, sc.ph = use->ph, sc.rule_v = use->rules;
            }
            if ((st = scan_sentence(&sc, i)) != DS_OK) {
                if (st == DS_ENOMEM) ds_ctx_fail(ctx, st, "out of memory");
                goto done;
            }
        }
    }
    if (sc.crowd_note && !crowd_round && x->events.n == sc.first_event &&
        (crowd = crowd_rules(rules, ctx)) != NULL) {
        crowd_round = true;
        sc.title_pass = false;
        sc.heading_seen = 0, sc.section = 0;
        deferred = false;
        goto crowd_again;
    }
    if (crowd_round && !sc.crowd_any && x->events.n == sc.first_event) {
        sc.crowd_any = true; /* (the last reading: see scan_sentence_body) */
        sc.title_pass = false;
        sc.heading_seen = 0, sc.section = 0;
        deferred = false;
        goto crowd_again;
    }
    /* "beheaded 10 civilians in Mazeze" in an update on Chiure district,
     * Cabo Delgado: an event at a village the gazetteer lacks, with no
     * province, is in the province most of the text's places in its
     * country lie in (more than half of them) */
    /* ("the FAMa neutralised fifteen terrorists in the Tessit area": a town
     * the gazetteer has, but that nothing in the text supported, is the one
     * in the event's country, or with no country the most important town
     * of the name) */
    for (uint32_t i = sc.first_event; i < sc.x->events.n; i++) {
        ds_event *e = &sc.x->events.v[i];
        if (!e->unknown_town || e->location) continue;
        if (!e->admin1) {
            locate_town(&sc, e, e->unknown_town, strlen(e->unknown_town));
            if (e->has_coords) {
                e->location = e->unknown_town;
                e->geo_precision = 1;
                continue;
            }
        }
        if (!e->admin1 && e->country[0]) {
            const char *most = majority_admin1(doc, e->country);
            if (most) e->admin1 = ds_facts_str(sc.x, most);
        }
    }
    gtd_incidents(&sc);
    crowd_incidents(&sc);
    /* (the article's one attack: its only event, or its only one that is
     * no strategic development, "Security forces arrested six suspects
     * over the following week" in its Aftermath aside) */
    uint32_t attacks = 0, attack = DS_NONE;
    for (uint32_t i = sc.first_event; i < x->events.n && attacks < 2; i++)
        if (x->events.v[i].event_type != T_STRATEGIC || x->events.n == sc.first_event + 1)
            attacks++, attack = i;
    if (attacks == 1) infobox_tolls(&sc, &x->events.v[attack]);
    default_actors(&sc, sc.first_event);
    for (uint32_t k = 0; k < sc.nsame_actor; k++) {
        ds_event *e = &x->events.v[sc.same_actor[k][0]];
        const char *a = x->events.v[sc.same_actor[k][1]].actor1;
        if (a && (!e->actor1 || (ds_facts_unnamed(e->actor1) && !ds_facts_unnamed(a))))
            e->actor1 = a;
    }
    regional_branches(&sc);
    taliban_in_power(&sc);
    /* the two sides of an event are never one actor (a follow-up's target
     * can be the actor an earlier sentence already made actor1), but two
     * unidentified groups of a country can meet (ACLED names both so) */
    for (uint32_t i = sc.first_event; i < sc.x->events.n; i++) {
        ds_event *e = &sc.x->events.v[i];
        if (e->actor1 && e->actor2 && !strcmp(e->actor1, e->actor2) &&
            strncmp(e->actor1, "Unidentified Armed Group", 24) != 0)
            e->actor2 = NULL;
    }
    for (uint32_t i = sc.first_event; i < x->events.n; i++) {
        /* "Gunmen stormed a border post ... Five guards were
         * abducted in the raid": hostages taken make the happening an
         * abduction (GTD's hostage taking), not a battle */
        ds_event *e = &x->events.v[i];
        if (e->event_type == T_BATTLES && hostages_taken(e)) {
            e->event_type = T_VAC;
            e->sub_event_type = acled_subs[11];
            e->disorder_type = disorder_of(T_VAC);
            e->gtd_attack_type = 6;
        }
        /* a casualty report that names only the wounded says nobody died,
         * and one that names only the dead says nobody was hurt */
        if (e->fatalities == DS_NULL_INT && e->injuries != DS_NULL_INT && e->injuries > 0)
            e->fatalities = 0;
        else if (e->injuries == DS_NULL_INT && e->fatalities != DS_NULL_INT && e->fatalities > 0 &&
                 !e->hurt_unknown)
            e->injuries = 0;
    }
    st = DS_OK;
done:
    free(heap_words);
    return st;
}
