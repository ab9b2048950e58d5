/* hedges.c - estimative language and attribution in each sentence, last
 * annotation stage (after entities): fills doc->hedges with the phrase, its
 * kind (estimative, attribution, claim, denial) and, for estimative phrases,
 * the level on the ICD 203 (Analytic Standards, 2015) probability scale;
 * a bare may/might/could/possibly is "possible". "May" the month is not a hedge.
 */
#include <pthread.h>
#include <string.h>

#include "ctx.h"
#include "doc.h"
#include "hedges.h"
#include "lexicon.h"
#include "read_util.h"

#define PHRASE_MAX 4

typedef struct hedge_phrase {
    const char *words[PHRASE_MAX]; /* token norms; NULL ends */
    ds_hedge_kind kind;
    ds_icd icd;
    bool negated;   /* the phrase itself denies ("no group claimed") */
    bool judgement; /* an analytic judgement with no word of likelihood */
} hedge_phrase;

#define E DS_HEDGE_ESTIMATIVE
#define A DS_HEDGE_ATTRIBUTION
#define C DS_HEDGE_CLAIM
#define D DS_HEDGE_DENIAL

/* Longest phrase wins at a token; order does not matter. */
static const hedge_phrase phrases[] = {
    {{"almost", "no", "chance"}, E, DS_ICD_ALMOST_NO_CHANCE, false, false},
    {{"remote", "chance"}, E, DS_ICD_ALMOST_NO_CHANCE, false, false},
    {{"remote", "possibility"}, E, DS_ICD_ALMOST_NO_CHANCE, false, false},
    {{"highly", "unlikely"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"very", "unlikely"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"highly", "improbable"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"very", "improbable"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"unlikely"}, E, DS_ICD_UNLIKELY, false, false},
    {{"improbable"}, E, DS_ICD_UNLIKELY, false, false},
    {{"probably", "not"}, E, DS_ICD_UNLIKELY, false, false},
    /* the negated adverb is the opposite level: "was almost certainly not
     * carried out by Boko Haram", "will very likely not attack" */
    {{"almost", "certainly", "not"}, E, DS_ICD_ALMOST_NO_CHANCE, false, false},
    {{"very", "likely", "not"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"very", "probably", "not"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"highly", "likely", "not"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"most", "likely", "not"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"likely", "not"}, E, DS_ICD_UNLIKELY, false, false},
    {{"not", "likely"}, E, DS_ICD_UNLIKELY, false, false},
    {{"less", "likely"}, E, DS_ICD_UNLIKELY, false, false},
    {{"roughly", "even", "chance"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    {{"roughly", "even", "odds"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    {{"even", "chance"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    {{"even", "odds"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    {{"fifty-fifty"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    /* the UK's PHIA yardstick (40-50 %): the nearest ICD 203 term */
    {{"realistic", "possibility"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    /* "there is a real possibility that Arab tribal units defect": the
     * same yardstick's phrase in its looser wording */
    {{"real", "possibility"}, E, DS_ICD_ROUGHLY_EVEN, false, false},
    {{"likely"}, E, DS_ICD_LIKELY, false, false},
    {{"probably"}, E, DS_ICD_LIKELY, false, false},
    {{"probable"}, E, DS_ICD_LIKELY, false, false},
    {{"likelihood"}, E, DS_ICD_LIKELY, false, false},
    {{"very", "likely"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"highly", "likely"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"highly", "probable"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"very", "probable"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"most", "likely"}, E, DS_ICD_VERY_LIKELY, false, false},
    /* "has very probably weakened security": "probably" with "very" is the
     * adverb of "very likely", not of "likely" */
    {{"very", "probably"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"most", "probably"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"highly", "probably"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"almost", "certainly"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"almost", "certain"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"nearly", "certain"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"nearly", "certainly"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"virtually", "certain"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"virtually", "certainly"}, E, DS_ICD_ALMOST_CERTAIN, false, false},
    {{"may"}, E, DS_ICD_POSSIBLE, false, false},
    {{"might"}, E, DS_ICD_POSSIBLE, false, false},
    {{"could"}, E, DS_ICD_POSSIBLE, false, false},
    {{"possibly"}, E, DS_ICD_POSSIBLE, false, false},
    {{"possible"}, E, DS_ICD_POSSIBLE, false, false},
    {{"it", "is", "possible"}, E, DS_ICD_POSSIBLE, false, false},
    {{"perhaps"}, E, DS_ICD_POSSIBLE, false, false},
    {{"maybe"}, E, DS_ICD_POSSIBLE, false, false},
    {{"conceivably"}, E, DS_ICD_POSSIBLE, false, false},
    /* "It is unclear whether ISSP will attack JNIM positions": the analyst
     * commits to neither side, as a bare "may" does; not "it is unclear how
     * many died" (information missing, no estimate) */
    {{"unclear", "whether"}, E, DS_ICD_POSSIBLE, false, false},
    {{"unclear", "if"}, E, DS_ICD_POSSIBLE, false, false},
    {{"uncertain", "whether"}, E, DS_ICD_POSSIBLE, false, false},
    {{"uncertain", "if"}, E, DS_ICD_POSSIBLE, false, false},
    {{"remains", "to", "be", "seen"}, E, DS_ICD_POSSIBLE, false, false},
    {{"too", "early", "to", "tell"}, E, DS_ICD_POSSIBLE, false, false},
    {{"not", "clear", "whether"}, E, DS_ICD_POSSIBLE, false, false},
    {{"not", "clear", "if"}, E, DS_ICD_POSSIBLE, false, false},
    /* "An attack on Maiduguri cannot be ruled out": possible */
    {{"cannot", "be", "ruled", "out"}, E, DS_ICD_POSSIBLE, false, false},
    {{"cannot", "be", "excluded"}, E, DS_ICD_POSSIBLE, false, false},
    {{"cannot", "rule", "out"}, E, DS_ICD_POSSIBLE, false, false},
    /* "we cannot exclude that it will strike the port" */
    {{"cannot", "exclude"}, E, DS_ICD_POSSIBLE, false, false},
    {{"could", "not", "be", "ruled"}, E, DS_ICD_POSSIBLE, false, false},
    {{"could", "not", "rule", "out"}, E, DS_ICD_POSSIBLE, false, false},
    /* chances in words: "There is a good chance that ISWAP will attack
     * Monguno" (likely), "little chance of talks" (very unlikely) */
    {{"good", "chance"}, E, DS_ICD_LIKELY, false, false},
    {{"strong", "chance"}, E, DS_ICD_LIKELY, false, false},
    {{"strong", "possibility"}, E, DS_ICD_LIKELY, false, false},
    {{"small", "chance"}, E, DS_ICD_UNLIKELY, false, false},
    {{"slim", "chance"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"little", "chance"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    /* "there is a low likelihood that ..." was likely, from "likelihood" */
    {{"low", "likelihood"}, E, DS_ICD_UNLIKELY, false, false},
    {{"low", "probability"}, E, DS_ICD_UNLIKELY, false, false},
    {{"high", "likelihood"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"high", "probability"}, E, DS_ICD_VERY_LIKELY, false, false},
    /* "There is little doubt that Iranian border guards remain the
     * group's main target": doubt all but ruled out */
    {{"little", "doubt"}, E, DS_ICD_VERY_LIKELY, false, false},
    /* "It is doubtful that the junta can hold Djibo" */
    {{"doubtful"}, E, DS_ICD_UNLIKELY, false, false},
    /* "We doubt that the army can retake Catatumbo": the analyst's own doubt */
    {{"we", "doubt"}, E, DS_ICD_UNLIKELY, false, false},
    /* "Chances are that the gang will try to ...", "The odds are low that
     * Segunda Marquetalia will rejoin talks", "There is a significant
     * chance that the ELN will ...": chances and odds in words */
    {{"chances", "are"}, E, DS_ICD_LIKELY, false, false},
    /* "In all probability the NPA will keep shrinking": as "likelihood"
     * (a phrase from "in" would be looked up at every "in") */
    {{"probability"}, E, DS_ICD_LIKELY, false, false},
    {{"chances", "are", "low"}, E, DS_ICD_UNLIKELY, false, false},
    {{"chances", "are", "slim"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"chances", "are", "high"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"odds", "are", "low"}, E, DS_ICD_UNLIKELY, false, false},
    {{"odds", "are", "long"}, E, DS_ICD_UNLIKELY, false, false},
    {{"odds", "are", "slim"}, E, DS_ICD_VERY_UNLIKELY, false, false},
    {{"odds", "are", "high"}, E, DS_ICD_VERY_LIKELY, false, false},
    {{"significant", "chance"}, E, DS_ICD_LIKELY, false, false},
    {{"significant", "possibility"}, E, DS_ICD_LIKELY, false, false},
    /* "Analysts consider it plausible that the feud will push ...": a
     * possibility, not yet a likelihood */
    {{"plausible", "that"}, E, DS_ICD_POSSIBLE, false, false},
    /* an analytic judgement with no word of likelihood ("We assess with
     * moderate confidence that ...", "ISW assesses that ..."): in ICD 203
     * products the judgement itself says it is likely */
    {{"we", "assess"}, E, DS_ICD_LIKELY, false, true},
    {{"we", "judge"}, E, DS_ICD_LIKELY, false, true},
    {{"we", "believe"}, E, DS_ICD_LIKELY, false, true},
    {{"assesses", "that"}, E, DS_ICD_LIKELY, false, true},
    {{"judges", "that"}, E, DS_ICD_LIKELY, false, true},
    /* "ISW and CTP assess that ...", "Analysts assess that ...", "CTP
     * previously assessed that ..." */
    {{"assess", "that"}, E, DS_ICD_LIKELY, false, true},
    {{"assessed", "that"}, E, DS_ICD_LIKELY, false, true},
    {{"judge", "that"}, E, DS_ICD_LIKELY, false, true},
    {{"our", "assessment"}, E, DS_ICD_LIKELY, false, true},
    /* "This is consistent with CTP-ISW's assessment that the Houthis
     * exaggerate ..." */
    {{"assessment", "that"}, E, DS_ICD_LIKELY, false, true},
    /* "We expect JNIM to tighten the siege", "We estimate that the group
     * has 300 fighters": the analyst's own forecast or estimate */
    {{"we", "expect"}, E, DS_ICD_LIKELY, false, true},
    /* "We anticipate that the CJNG will continue ..." */
    {{"we", "anticipate"}, E, DS_ICD_LIKELY, false, true},
    /* "Los Chapitos are expected to lose further ground": a forecast */
    {{"expected", "to"}, E, DS_ICD_LIKELY, false, false},
    /* "We are unable to determine whether X still controls ...": the
     * analyst commits to neither side, as "it is unclear whether" */
    {{"unable", "to", "determine"}, E, DS_ICD_POSSIBLE, false, false},
    {{"we", "estimate"}, E, DS_ICD_LIKELY, false, true},
    /* "We are confident that Tren de Aragua has expanded ...": a judgement
     * stated with its confidence, no word of likelihood */
    {{"we", "are", "confident"}, E, DS_ICD_LIKELY, false, true},
    /* evidential verbs: estimative, no level of their own */
    {{"appears"}, E, DS_ICD_NONE, false, false},
    {{"appear"}, E, DS_ICD_NONE, false, false},
    {{"appeared"}, E, DS_ICD_NONE, false, false},
    {{"seems"}, E, DS_ICD_NONE, false, false},
    {{"seem"}, E, DS_ICD_NONE, false, false},
    {{"suggests"}, E, DS_ICD_NONE, false, false},
    /* attribution */
    {{"reportedly"}, A, DS_ICD_NONE, false, false},
    {{"allegedly"}, A, DS_ICD_NONE, false, false},
    {{"alleged"}, A, DS_ICD_NONE, false, false},
    {{"purportedly"}, A, DS_ICD_NONE, false, false},
    {{"purported"}, A, DS_ICD_NONE, false, false},
    {{"supposedly"}, A, DS_ICD_NONE, false, false},
    {{"suspected"}, A, DS_ICD_NONE, false, false},
    {{"according", "to"}, A, DS_ICD_NONE, false, false},
    {{"said", "to"}, A, DS_ICD_NONE, false, false},
    {{"believed", "to"}, A, DS_ICD_NONE, false, false},
    {{"is", "believed"}, A, DS_ICD_NONE, false, false},
    {{"are", "believed"}, A, DS_ICD_NONE, false, false},
    {{"was", "believed"}, A, DS_ICD_NONE, false, false},
    {{"were", "believed"}, A, DS_ICD_NONE, false, false},
    {{"thought", "to"}, A, DS_ICD_NONE, false, false},
    {{"attributed", "to"}, A, DS_ICD_NONE, false, false},
    {{"attributed", "the"}, A, DS_ICD_NONE, false, false},
    {{"blamed"}, A, DS_ICD_NONE, false, false},
    {{"accused"}, A, DS_ICD_NONE, false, false},
    {{"reported", "that"}, A, DS_ICD_NONE, false, false},
    {{"sources", "said"}, A, DS_ICD_NONE, false, false},
    /* claims */
    {{"claimed", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"claims", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"claiming", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"claim", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"claim", "of", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "credit"}, C, DS_ICD_NONE, false, false},
    {{"took", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"accepted", "responsibility"}, C, DS_ICD_NONE, false, false},
    {{"responsibility", "was", "claimed"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "the"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "an"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "a"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "that"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "it"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "its"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "to"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "by"}, C, DS_ICD_NONE, false, false},
    {{"claimed", "attacks"}, C, DS_ICD_NONE, false, false},
    {{"claiming", "the"}, C, DS_ICD_NONE, false, false},
    {{"claiming", "that"}, C, DS_ICD_NONE, false, false},
    {{"released", "a", "video"}, C, DS_ICD_NONE, false, false},
    {{"released", "a", "statement"}, C, DS_ICD_NONE, false, false},
    {{"released", "photos"}, C, DS_ICD_NONE, false, false},
    {{"released", "images"}, C, DS_ICD_NONE, false, false},
    {{"no", "group", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"no", "one", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"nobody", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"not", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"did", "not", "claim"}, C, DS_ICD_NONE, true, false},
    {{"has", "not", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"have", "not", "claimed"}, C, DS_ICD_NONE, true, false},
    {{"refraining", "from", "claiming"}, C, DS_ICD_NONE, true, false},
    /* denials */
    {{"denied"}, D, DS_ICD_NONE, false, false},
    {{"denies"}, D, DS_ICD_NONE, false, false},
    {{"deny"}, D, DS_ICD_NONE, false, false},
    {{"denying"}, D, DS_ICD_NONE, false, false},
    {{"denial"}, D, DS_ICD_NONE, false, false},
    {{"rejected", "the", "claim"}, D, DS_ICD_NONE, false, false},
    {{"rejected", "the", "claims"}, D, DS_ICD_NONE, false, false},
    {{"rejected", "claims"}, D, DS_ICD_NONE, false, false},
    {{"dismissed", "the", "claim"}, D, DS_ICD_NONE, false, false},
    {{"dismissed", "claims"}, D, DS_ICD_NONE, false, false},
    {{"refuted"}, D, DS_ICD_NONE, false, false},
    {{"disavowed"}, D, DS_ICD_NONE, false, false},
};
#undef E
#undef A
#undef C
#undef D

#define NPHRASES (sizeof phrases / sizeof *phrases)

/* The phrases' first words (hedges.h), for the entity stage's list of the
 * tokens a phrase may start at; first_words_init checks that every
 * phrase's first word is one of them (list_ok). */
const char *const ds_hedge_first_words[] = {
    "almost",      "remote",     "highly",      "very",
    "unlikely",    "improbable", "probably",    "not",
    "less",        "roughly",    "even",        "fifty-fifty",
    "likely",      "probable",   "likelihood",  "most",
    "nearly",      "virtually",  "may",         "might",
    "could",       "possibly",   "possible",    "it",
    "perhaps",     "maybe",      "conceivably", "we",
    "assesses",    "judges",     "our",         "appears",
    "appear",      "appeared",   "seems",       "seem",
    "suggests",    "reportedly", "allegedly",   "alleged",
    "purportedly", "purported",  "supposedly",  "suspected",
    "according",   "said",       "believed",    "is",
    "are",         "was",        "were",        "thought",
    "attributed",  "blamed",     "accused",     "reported",
    "sources",     "claimed",    "claims",      "claiming",
    "claim",       "took",       "accepted",    "responsibility",
    "released",    "no",         "nobody",      "did",
    "has",         "have",       "refraining",  "denied",
    "denies",      "deny",       "denying",     "denial",
    "rejected",    "dismissed",  "refuted",     "disavowed",
    "realistic",   "unclear",    "uncertain",   "remains",
    "cannot",      "good",       "strong",      "small",
    "slim",        "little",     "low",         "high",
    "doubtful",    "assess",     "assessed",    "judge",
    "assessment",  "too",        "chances",     "odds",
    "significant", "plausible",  "probability", "real",
    "expected",    "unable",     NULL};

static bool tok_is(const ds_token *t, const char *w)
{
    size_t n = strlen(w);
    return t->norm_len == n && memcmp(t->norm, w, n) == 0;
}

/* "May" the month: capitalised mid-sentence, before a number, or inside a
 * date the timex stage found. */
static bool is_month_may(const ds_doc *doc, uint32_t t, uint32_t a, uint32_t b, uint32_t *timex_i)
{
    const ds_token *k = &doc->tokens.v[t];
    /* capitalised anywhere, also opening the sentence ("May was the
     * deadliest month"): the modal never opens a statement (its subject
     * comes first), only a question or a wish */
    if (k->flags & DS_TOK_CAP) {
        if (t > a) return true;
        if (t + 1 < b && (doc->tokens.v[t + 1].flags & DS_TOK_NUMBER)) return true;
        return !(t + 1 < b &&
                 (tok_is(&doc->tokens.v[t + 1], "i") || tok_is(&doc->tokens.v[t + 1], "we") ||
                  tok_is(&doc->tokens.v[t + 1], "god")));
    }
    if (t > a) {
        static const char *const before[] = {"in",    "of",  "since", "until",   "by",   "from",
                                             "early", "mid", "late",  "through", "till", "during"};
        for (size_t i = 0; i < sizeof before / sizeof *before; i++)
            if (tok_is(&doc->tokens.v[t - 1], before[i]) && (k->flags & DS_TOK_CAP)) return true;
    }
    while (*timex_i < doc->timexes.n && doc->timexes.v[*timex_i].span.end <= k->span.start)
        (*timex_i)++;
    return *timex_i < doc->timexes.n && doc->timexes.v[*timex_i].span.start <= k->span.start;
}

/* A bare may/might/could at t (sentence [a, b)) that estimates nothing: in
 * an if-clause ("If the police could retake Liancourt, the gang would
 * ...": a condition, no likelihood) or giving leave ("Residents may contact
 * the police on 114", as press releases do). */
static bool modal_not_estimate(const ds_doc *doc, uint32_t t, uint32_t a, uint32_t b)
{
    const ds_token *k = &doc->tokens.v[t];
    if (!tok_is(k, "may") && !tok_is(k, "might") && !tok_is(k, "could")) return false;
    for (uint32_t i = t; i-- > a;) {
        const ds_token *p = &doc->tokens.v[i];
        if (tok_is(p, ",") || tok_is(p, ";") || tok_is(p, ":")) break;
        if (tok_is(p, "if") || tok_is(p, "unless")) return true;
    }
    static const char *const leave[] = {"contact", "call",     "dial",  "apply",
                                        "submit",  "register", "email", "visit"};
    if (tok_is(k, "may") && t + 1 < b)
        for (size_t i = 0; i < sizeof leave / sizeof *leave; i++)
            if (tok_is(&doc->tokens.v[t + 1], leave[i])) return true;
    /* "Witnesses said they could hear gunfire": what was perceived (not
     * "see": "a vote which could see the prime minister lose his seat") */
    static const char *const sense[] = {"hear", "feel", "smell"};
    if (tok_is(k, "could") && t + 1 < b)
        for (size_t i = 0; i < sizeof sense / sizeof *sense; i++)
            if (tok_is(&doc->tokens.v[t + 1], sense[i])) return true;
    return false;
}

/* "possible" that estimates nothing: "use all possible means", "every
 * possible effort", "wherever possible", "if possible" (t > a). */
static bool possible_not_estimate(const ds_doc *doc, uint32_t t)
{
    static const char *const before[] = {"all",  "every", "wherever", "whenever", "where",
                                         "when", "if",    "best",     "greatest", "earliest",
                                         "made", "make",  "makes",    "making"};
    const ds_token *p = &doc->tokens.v[t - 1];
    for (size_t i = 0; i < sizeof before / sizeof *before; i++)
        if (tok_is(p, before[i])) return true;
    return false;
}

/* The phrases by first word, built once per process: an open-addressing
 * table of the first words (zero-padded, compared as two 64-bit words) with
 * the phrases each starts and every phrase's word lengths, so that a token
 * costs one short hash and, for the few first words, only their phrases are
 * tried (no strlen, no scan of the whole list). */
enum { FIRST_SLOTS = 256, FIRST_MAX_PHRASES = 16, WORD_CAP = 16 };
typedef struct first_word {
    char word[WORD_CAP]; /* "" = empty slot */
    uint8_t nphrases;
    bool all;                            /* more phrases than phrases[] holds: try every phrase */
    bool listed;                         /* in ds_hedge_first_words */
    uint16_t phrases[FIRST_MAX_PHRASES]; /* indices into phrases[] */
} first_word;
static first_word first_words[FIRST_SLOTS];
static uint8_t phrase_len[NPHRASES][PHRASE_MAX]; /* strlen of each word, 0 after the last */
static uint8_t phrase_n[NPHRASES];               /* words in the phrase */
static pthread_once_t first_words_once = PTHREAD_ONCE_INIT;
static bool table_ok = true; /* every first word fits WORD_CAP */
static bool list_ok = false; /* every first word is in ds_hedge_first_words (and table_ok) */
static const first_word try_all = {.word = "", .all = true}; /* else: for every word token */
/* The cheap test before the hash: bit (z - 'a') of shape[n][a - 'a'] is set
 * when a first word of n bytes starts with a and ends with z (all are
 * lower-case ASCII letters; shape_ok is cleared when one is not). Most
 * tokens fail it. */
static uint32_t shape[WORD_CAP][26];
static bool shape_ok = true;
/* The same bits at the low five bits of the first and last byte (a-z are
 * 1-26 there): no range tests, and other bytes may share a letter's bits,
 * which only lets a token through to the exact tests. */
static uint32_t shape5[WORD_CAP][32];
/* Bit h % FIRST_BITS set for the ds_word_hash h (lexicon.h) of every first
 * word that is a plain word (a-z, 0-9): a token with a hash is a candidate
 * only when its bit is set, one test on the hash ds_tokenize left in it
 * (a token whose norm is such a word has that hash; other bits only let a
 * token through to the exact tests). Tokens without a hash take shape5:
 * bit 0 is set too, so that the hash 0 passes the same bit test and
 * next_candidate tells those tokens apart only after it (a plain word whose
 * hash is a multiple of FIRST_BITS just goes on to the exact tests). */
enum { FIRST_BITS = 4096 };
static uint64_t first_bits[FIRST_BITS / 64];
/* The plain first words again, by that hash: first_word_of finds a token
 * with a hash without copying and hashing its norm (slot: first_words). */
enum { FIRST_HSLOTS = 256 };
static uint32_t first_hash[FIRST_HSLOTS];
static uint8_t first_hslot[FIRST_HSLOTS];

static uint32_t word_hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h ^ (h >> 13);
}

static void first_words_init(void)
{
    for (size_t i = 0; i < NPHRASES; i++) {
        const hedge_phrase *p = &phrases[i];
        uint8_t n = 0;
        while (n < PHRASE_MAX && p->words[n]) {
            phrase_len[i][n] = (uint8_t)strlen(p->words[n]);
            n++;
        }
        phrase_n[i] = n;
        size_t l = phrase_len[i][0];
        if (l >= WORD_CAP) {
            table_ok = false;
            continue;
        }
        uint32_t j = word_hash(p->words[0], l) & (FIRST_SLOTS - 1);
        while (first_words[j].word[0] && strcmp(first_words[j].word, p->words[0]) != 0)
            j = (j + 1) & (FIRST_SLOTS - 1);
        first_word *f = &first_words[j];
        bool fresh = !f->word[0];
        memcpy(f->word, p->words[0], l + 1);
        unsigned a = (unsigned char)p->words[0][0] - 'a',
                 z = (unsigned char)p->words[0][l - 1] - 'a';
        if (l == 0 || a >= 26u || z >= 26u)
            shape_ok = false;
        else
            shape[l][a] |= 1u << z, shape5[l][a + 1] |= 1u << (z + 1);
        bool plain = l > 0;
        for (size_t k = 0; k < l; k++) {
            unsigned char c = (unsigned char)p->words[0][k];
            plain &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
        if (plain) {
            uint32_t h = ds_word_hash(p->words[0], l), b = h % FIRST_BITS;
            first_bits[b / 64] |= 1ull << (b % 64);
            if (fresh) {
                uint32_t k = (h >> 1) & (FIRST_HSLOTS - 1);
                while (first_hash[k]) k = (k + 1) & (FIRST_HSLOTS - 1);
                first_hash[k] = h;
                first_hslot[k] = (uint8_t)j;
            }
        }
        if (f->nphrases < FIRST_MAX_PHRASES)
            f->phrases[f->nphrases++] = (uint16_t)i;
        else
            f->all = true;
    }
    first_bits[0] |= 1u; /* the hash 0: see first_bits */
    /* the entity stage's list holds the tokens of ds_hedge_first_words:
     * enough when every first word in the table is one of them */
    for (const char *const *w = ds_hedge_first_words; table_ok && *w; w++) {
        size_t l = strlen(*w);
        if (l >= WORD_CAP) continue;
        for (uint32_t j = word_hash(*w, l) & (FIRST_SLOTS - 1); first_words[j].word[0];
             j = (j + 1) & (FIRST_SLOTS - 1))
            if (strcmp(first_words[j].word, *w) == 0) {
                first_words[j].listed = true;
                break;
            }
    }
    list_ok = table_ok;
    for (uint32_t j = 0; j < FIRST_SLOTS; j++)
        if (first_words[j].word[0] && !first_words[j].listed) list_ok = false;
}

/* Whether a token's folded form may be a first word: its length, first and
 * last letter fit one (shape). Exact as a pre-filter: every first word sets
 * its bit, so a token that fails cannot be one. Only when table_ok and
 * shape_ok. */
static inline bool shape_fits(const ds_token *t)
{
    uint32_t n = t->norm_len;
    if (n - 1u >= WORD_CAP - 1u) return false; /* 0, or too long for any first word */
    unsigned a = (unsigned char)t->norm[0] - 'a', z = (unsigned char)t->norm[n - 1] - 'a';
    return a < 26u && z < 26u && ((shape[n][a] >> z) & 1u);
}

/* The first token from t (before b) that has a hash with its bit set in
 * first_bits, or no hash and is a word passing shape5 (every token
 * shape_fits lets through does one or the other), or b: a loop of its own,
 * so that the few values it needs stay in registers (most tokens end here).
 * One bit test answers most tokens, with or without a hash (bit 0 is set
 * for the hash 0: see first_bits). */
static uint32_t next_candidate(const ds_token *v, uint32_t t, uint32_t b)
{
#pragma GCC unroll 4
    for (; t < b; t++) {
        uint32_t h = v[t].hash;
        if (!((first_bits[h / 64 % (FIRST_BITS / 64)] >> (h % 64)) & 1u)) continue;
        if (h) return t;
        if (!(v[t].flags & DS_TOK_WORD)) continue;
        uint32_t n = v[t].norm_len;
        if (n - 1u >= WORD_CAP - 1u) continue; /* 0, or too long for any first word */
        const unsigned char *w = (const unsigned char *)v[t].norm;
        if ((shape5[n][w[0] & 31u] >> (w[n - 1] & 31u)) & 1u) return t;
    }
    return b;
}

/* The entry of a token's folded form among the first words, or NULL. */
static const first_word *first_word_of(const ds_token *t)
{
    size_t n = t->norm_len;
    if (!table_ok) return &try_all;
    if (n == 0 || n >= WORD_CAP) return NULL;
#ifdef DS_SWAR
    if (t->hash) {
        /* a plain norm can only be a plain first word: found by its hash,
         * confirmed as two zero-padded 64-bit words (a norm with a hash has
         * 8 readable bytes after it: the tokenizer's pool slack, or a static
         * one-byte norm) */
        uint64_t a0 = ds_load8(t->norm), a1 = 0, b0, b1;
        if (n < 8)
            a0 &= (1ull << (8 * n)) - 1;
        else if (n > 8)
            a1 = ds_load8(t->norm + 8) & ((1ull << (8 * (n - 8))) - 1);
        for (uint32_t k = (t->hash >> 1) & (FIRST_HSLOTS - 1); first_hash[k];
             k = (k + 1) & (FIRST_HSLOTS - 1)) {
            if (first_hash[k] != t->hash) continue;
            const first_word *f = &first_words[first_hslot[k]];
            memcpy(&b0, f->word, 8);
            memcpy(&b1, f->word + 8, 8);
            if (a0 == b0 && a1 == b1) return f;
        }
        return NULL;
    }
#endif
    if (shape_ok && !shape_fits(t)) return NULL;
    char buf[WORD_CAP] = {0};
    memcpy(buf, t->norm, n);
    uint64_t a0, a1, b0, b1;
    memcpy(&a0, buf, 8);
    memcpy(&a1, buf + 8, 8);
    for (uint32_t j = word_hash(buf, n) & (FIRST_SLOTS - 1); first_words[j].word[0];
         j = (j + 1) & (FIRST_SLOTS - 1)) {
        memcpy(&b0, first_words[j].word, 8);
        memcpy(&b1, first_words[j].word + 8, 8);
        if (a0 == b0 && a1 == b1) return &first_words[j];
    }
    return NULL;
}

bool ds_hedge_list_complete(void)
{
    pthread_once(&first_words_once, first_words_init);
    return list_ok;
}

/* The hedge phrase at token t (a word) of sentence s [a, b), if any, added
 * to doc->hedges: returns its length in tokens, 0 when none starts at t,
 * -1 when out of memory. */
static int hedge_at(ds_doc *doc, uint32_t s, uint32_t a, uint32_t b, uint32_t t, uint32_t *timex_i)
{
    const ds_token *k = &doc->tokens.v[t];
    const first_word *fw = first_word_of(k);
    if (!fw) return 0;
    const hedge_phrase *best = NULL;
    uint32_t best_len = 0;
    uint32_t ntry = fw->all ? (uint32_t)NPHRASES : fw->nphrases;
    for (uint32_t q = 0; q < ntry; q++) {
        uint32_t i = fw->all ? q : fw->phrases[q], n = phrase_n[i];
        const hedge_phrase *p = &phrases[i];
        if (n <= best_len || t + n > b) continue;
        bool ok = !fw->all || (k->norm_len == phrase_len[i][0] &&
                               memcmp(k->norm, p->words[0], phrase_len[i][0]) == 0);
        for (uint32_t w = 1; w < n && ok; w++) {
            const ds_token *x = &doc->tokens.v[t + w];
            ok = x->norm_len == phrase_len[i][w] &&
                 memcmp(x->norm, p->words[w], phrase_len[i][w]) == 0;
        }
        if (ok) best = p, best_len = n;
    }
    if (!best) return 0;
    if (tok_is(k, "may") && best_len == 1 && is_month_may(doc, t, a, b, timex_i)) return 0;
    ds_icd icd = best->icd;
    /* "The likelihood that the government negotiates a truce is low": the
     * level the clause's end gives ("is low", "is high"), not "likely" */
    if (best_len == 1 && t > a && tok_is(&doc->tokens.v[t - 1], "the") &&
        (tok_is(k, "likelihood") || tok_is(k, "probability"))) {
        static const struct {
            const char *word;
            ds_icd icd;
        } levels[] = {{"low", DS_ICD_UNLIKELY},
                      {"slim", DS_ICD_VERY_UNLIKELY},
                      {"remote", DS_ICD_ALMOST_NO_CHANCE},
                      {"moderate", DS_ICD_ROUGHLY_EVEN},
                      {"high", DS_ICD_VERY_LIKELY}};
        for (uint32_t u = t + 2; u + 1 < b; u++) {
            const ds_token *v = &doc->tokens.v[u];
            if (!tok_is(v, "is") && !tok_is(v, "remains")) continue;
            for (size_t l = 0; l < sizeof levels / sizeof *levels; l++)
                if (tok_is(&doc->tokens.v[u + 1], levels[l].word)) icd = levels[l].icd;
        }
    }
    /* "The most likely course of action is ...": the likeliest of several
     * outcomes, not a "very likely" one */
    if (tok_is(k, "most") && best->icd == DS_ICD_VERY_LIKELY && t > a &&
        tok_is(&doc->tokens.v[t - 1], "the"))
        icd = DS_ICD_LIKELY;
    /* "as soon as possible" is not an estimate, nor "The response of our
     * units made it possible to neutralise ten assailants" (a communique's
     * "enabled"), nor "all possible means" */
    if (tok_is(k, "possible") && t > a && tok_is(&doc->tokens.v[t - 1], "as")) return 0;
    if (tok_is(k, "possible") && best_len == 1 && t > a) {
        uint32_t p = tok_is(&doc->tokens.v[t - 1], "it") && t - 1 > a ? t - 1 : t;
        if (possible_not_estimate(doc, p)) return 0;
    }
    /* "could not" is past inability, not an estimate (but "could not be
     * ruled out" is one, a phrase of its own); so is "they could no longer
     * reach their fields" */
    if (tok_is(k, "could") && best_len == 1 && t + 1 < b &&
        (tok_is(&doc->tokens.v[t + 1], "not") || tok_is(&doc->tokens.v[t + 1], "n't") ||
         tok_is(&doc->tokens.v[t + 1], "no") || tok_is(&doc->tokens.v[t + 1], "never")))
        return 0;
    if (best_len == 1 && modal_not_estimate(doc, t, a, b)) return 0;
    ds_hedge *hg = ds_vec_push(doc->arena, &doc->hedges);
    if (!hg) return -1;
    hg->span.start = k->span.start;
    hg->span.end = doc->tokens.v[t + best_len - 1].span.end;
    hg->sentence = s;
    hg->kind = best->kind;
    hg->icd = icd;
    hg->negated = best->negated;
    hg->judgement = best->judgement;
    return (int)best_len;
}

ds_status ds_annotate_hedges(ds_doc *doc, ds_ctx *ctx)
{
    pthread_once(&first_words_once, first_words_init);
    uint32_t timex_i = 0;
    const bool filter = table_ok && shape_ok; /* shape_fits answers most tokens */
    /* the entity stage's list of the tokens whose folded form is a first
     * word (doc.h): exact when every first word is listed (list_ok), since
     * first_word_of finds no other token; most tokens are then never read */
    const bool listed = list_ok && doc->hedge_listed;
    const uint32_t *lt = doc->hedge_toks;
    uint32_t li = 0, ln = listed ? doc->nhedge_toks : 0;
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        ds_block_kind bk = doc->blocks.v[se->block].kind;
        if (bk == DS_BLOCK_FURNITURE || bk == DS_BLOCK_FOOTNOTE) continue;
        uint32_t a = se->first_token, b = se->first_token + se->ntokens;
        if (listed) {
            while (li < ln && lt[li] < a) li++;
            for (uint32_t next = a; li < ln && lt[li] < b; li++) {
                uint32_t t = lt[li];
                if (t < next || !(doc->tokens.v[t].flags & DS_TOK_WORD)) continue;
                int n = hedge_at(doc, s, a, b, t, &timex_i);
                if (n < 0) return ds_ctx_fail(ctx, DS_ENOMEM, "hedges: out of memory");
                next = t + (uint32_t)n;
            }
            continue;
        }
        for (uint32_t t = a; t < b; t++) {
            if (filter && (t = next_candidate(doc->tokens.v, t, b)) >= b) break;
            if (!(doc->tokens.v[t].flags & DS_TOK_WORD)) continue;
            int n = hedge_at(doc, s, a, b, t, &timex_i);
            if (n < 0) return ds_ctx_fail(ctx, DS_ENOMEM, "hedges: out of memory");
            if (n > 0) t += (uint32_t)n - 1;
        }
    }
    return DS_OK;
}

const char *ds_icd_name(ds_icd icd)
{
    static const char *names[] = {NULL,          "almost_no_chance", "very_unlikely",
                                  "unlikely",    "roughly_even",     "likely",
                                  "very_likely", "almost_certain",   "possible"};
    return (unsigned)icd < sizeof names / sizeof *names ? names[icd] : NULL;
}
