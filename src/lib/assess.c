/* assess.c - analyst judgements: every prose sentence with estimative
 * language (an ESTIMATIVE hedge from hedges.c) becomes an assessment with
 * its ICD 203 term and probability range, the actor it is about and its
 * topic (capability, intent, attribution, trend). Extraction stage, after
 * profile.c. Scale: ICD 203 (2015), "Analytic Standards", section D.6.e.
 */
#include "ctx.h"
#include "facts.h"
#include "fold.h"

#include <string.h>

/* ICD 203 probability ranges. "possible" (a bare may/might/could) spans
 * "unlikely" to "likely" (0.20-0.80): ICD 203 gives it no number, and the
 * project's choice is the band where the writer commits to neither side. */
static void icd_range(ds_icd icd, double *lo, double *hi)
{
    static const double r[][2] = {
        {0.0, 0.0},   {0.01, 0.05}, {0.05, 0.20}, {0.20, 0.45}, {0.45, 0.55},
        {0.55, 0.80}, {0.80, 0.95}, {0.95, 0.99}, {0.20, 0.80},
    };
    unsigned i = (unsigned)icd < sizeof r / sizeof *r ? (unsigned)icd : 0;
    *lo = r[i][0];
    *hi = r[i][1];
}

/* ASCII case folding and letters, as tolower() and isalpha() in the C
 * locale (the library never sets another), without their table calls. */
static int ascii_lower(unsigned char c)
{
    return (unsigned)c - 'A' < 26u ? c + 32 : c;
}

static bool ascii_alpha(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26u;
}

/* The length of an estimative adverb and its space at s ("likely ", "very
 * likely ", "almost certainly "), 0 when none. */
static size_t adverb_len(const unsigned char *s, size_t n)
{
    static const char *const adverbs[] = {"very likely ",      "most likely ", "likely ",
                                          "almost certainly ", "probably ",    "possibly ",
                                          "very probably ",    "certainly "};
    for (size_t k = 0; k < sizeof adverbs / sizeof *adverbs; k++) {
        size_t m = strlen(adverbs[k]), j = 0;
        while (j < m && j < n && ascii_lower(s[j]) == adverbs[k][j]) j++;
        if (j == m) return m;
    }
    return 0;
}

/* The topic of a judgement: the cue that comes first in the sentence; a
 * hedged act ("likely conducted the attack") is about attribution only
 * when no other cue follows ("... to demonstrate its reach": intent); a cue
 * of topic "" only hides a cue that would match inside it ("cannot be
 * ruled out" is no "cannot"). */
static const char *topic_of(const char *s, size_t n)
{
    static const struct {
        const char *cue, *topic;
    } cues[] = {
        {"likely conducted", NULL},
        {"probably conducted", NULL},
        {"likely carried out", NULL},
        {"probably carried out", NULL},
        /* "the coalition probably orchestrated the October attack" */
        {"probably orchestrated", NULL},
        {"likely orchestrated", NULL},
        {"probably perpetrated", NULL},
        {"likely perpetrated", NULL},
        /* an estimate, not a capability: "cannot be ruled out" */
        {"cannot be ruled", ""},
        {"cannot be excluded", ""},
        {"cannot rule", ""},
        {"cannot exclude", ""},
        /* the analyst's own: "We are unable to determine whether ..." */
        {"unable to determine", ""},
        {"capabilit", "capability"},
        {"able to", "capability"},
        {"unable to", "capability"},
        {"ability", "capability"},
        {"capable", "capability"},
        {"capacit", "capability"},
        {"can ", "capability"},
        {"cannot", "capability"},
        {"seeks", "intent"},
        {"seeking", "intent"},
        {"intends", "intent"},
        {"intend", "intent"},
        {"meant to", "intent"},
        {"designed to", "intent"},
        {"in order to", "intent"},
        {"to demonstrate", "intent"},
        /* "the insurgents want to show that they can still strike" */
        {"want to", "intent"},
        {"wants to", "intent"},
        {"intent", "intent"},
        {"aims", "intent"},
        /* "They may also aim to discredit the regional administration" */
        {"aim to", "intent"},
        {"aimed", "intent"},
        {"attempting", "intent"},
        {"attempt", "intent"},
        {"try to", "intent"},
        {"trying to", "intent"},
        {"seek to", "intent"},
        {"plans to", "intent"},
        {"planning", "intent"},
        {"exploit", "intent"},
        {"will conduct", "intent"},
        {"will target", "intent"},
        {"will attack", "intent"},
        {"will launch", "intent"},
        /* "the Houthis will use submarine drones against naval escorts" */
        {"will use", "intent"},
        /* "The Arakan Army is very probably preparing an assault on Sittwe" */
        {"preparing", "intent"},
        /* a choice the group makes: "Kata'ib Hezbollah will refrain from
         * direct attacks on US forces", "AAH almost certainly prefers to
         * protect its seats", "is unlikely to be willing to negotiate" */
        {"refrain", "intent"},
        {"prefer", "intent"},
        {"willing", "intent"},
        {"unwilling", "intent"},
        /* "the group is unlikely to strike Saudi territory while talks
         * continue": what it would do, not the trend of the clause after */
        {"to strike", "intent"},
        {"to attack", "intent"},
        /* "Jamaat Ansarullah is unlikely to conduct attacks inside
         * Tajikistan" (but "the ability to conduct" is a capability, its
         * cue first) */
        {"to conduct", "intent"},
        /* "It is unlikely to mount an offensive on Kidal" */
        {"to mount", "intent"},
        {"will mount", "intent"},
        {"recruit", "capability"},
        /* "PIJ almost certainly lacks the funds to rebuild its forces" */
        {"lack", "capability"},
        /* "The group likely retains 7,000 fighters", "The police are likely
         * to struggle without armoured vehicles" */
        {"retain", "capability"},
        /* "the group has stockpiled enough missiles to sustain its campaign" */
        {"stockpil", "capability"},
        {"struggle", "capability"},
        {"receives weapons", "capability"},
        {"receive weapons", "capability"},
        /* "It is almost certain that the RSF received drones from abroad" */
        {"received weapons", "capability"},
        {"received drones", "capability"},
        {"receives drones", "capability"},
        {"receive drones", "capability"},
        {"received arms", "capability"},
        {"receives arms", "capability"},
        {"training from", "capability"},
        /* "supporters in Malaysia are raising funds for the group" */
        {"raising funds", "capability"},
        {"raise funds", "capability"},
        {"fundrais", "capability"},
        /* its revenue: "the group is taxing traders in Bakara market",
         * "extorts fishing crews" */
        {"taxing", "capability"},
        {"extort", "capability"},
        {"retaliat", "intent"},
        {"carried out by", "attribution"},
        /* "The ambush was almost certainly ordered by the ELN's Eastern War
         * Front" */
        {"ordered by", "attribution"},
        {"orchestrated by", "attribution"},
        {"masterminded by", "attribution"},
        {"responsible", "attribution"},
        {"perpetrated by", "attribution"},
        /* "The attack ... was probably the work of Los Tiguerones" */
        {"the work of", "attribution"},
        {"behind the", "attribution"},
        /* "We cannot rule out that ISKP was involved" */
        {"was involved", "attribution"},
        {"were involved", "attribution"},
        {"growing", "trend"},
        {"increasing", "trend"},
        {"continue", "trend"},
        {"trending", "trend"},
        {"regenerating", "trend"},
        {"expand", "trend"},
        {"declin", "trend"},
        {"increas", "trend"},
        {"escalat", "trend"},
        {"intensif", "trend"},
        {"resum", "trend"},
        {"spread", "trend"},
        /* "The PMF will probably grow more politically influential", "The
         * SPLA-IO is likely to fragment further", "will step up kidnappings" */
        {"grow", "trend"},
        {"fragment", "trend"},
        {"splinter", "trend"},
        {"weaken", "trend"},
        {"strengthen", "trend"},
        {"step up", "trend"},
        /* "TTP will sustain its campaign against police posts", "violence
         * will very likely outpace that of 2024" */
        {"sustain", "trend"},
        {"outpace", "trend"},
        /* a group's shape: "have almost certainly dissolved into the TIP",
         * "will re-emerge as an independent organisation" (not "will rejoin
         * formal talks", a decision) */
        {"dissolv", "trend"},
        /* "MIT has ceased to function as an armed group", "the ASG almost
         * certainly no longer poses a significant threat" */
        {"ceased", "trend"},
        {"cease to", "trend"},
        /* (but "is almost certainly no longer able to hold territory" is a
         * capability: the first cue at a place wins) */
        {"no longer able", "capability"},
        {"no longer capable", "capability"},
        {"no longer", "trend"},
        {"re-emerg", "trend"},
        /* its shape or ground changes: "It is unlikely that the PMF will
         * be folded into the regular army", "KSS will split over
         * disarmament", "Los Chapitos are expected to lose further ground"
         * (not a past "lost": "Hamas has lost most of its rocket arsenal"
         * is about its capability) */
        {"folded into", "trend"},
        {"integrated into", "trend"},
        /* (a past "merger" tells how a group was formed: "The FLA, formed
         * by the merger of ..., lacks air defences" is its capability) */
        {"merger", ""},
        {"merge", "trend"},
        /* ground won back: "It is highly unlikely that the FLA will retake
         * Kidal", "is likely to regain control of the border crossings" */
        /* (not "unlikely to hold recaptured towns", a capability) */
        {"retake", "trend"},
        {"recapture ", "trend"},
        {"regain", "trend"},
        /* "It is highly unlikely that the UVF will return to a campaign of
         * bombings" (but "will return to the talks" is a decision, no
         * trend, as "will rejoin formal talks") */
        {"return to talks", ""},
        {"return to the talks", ""},
        {"return to peace talks", ""},
        {"return to negotiations", ""},
        {"return to the negotiating", ""},
        {"return to", "trend"},
        {"split ", "trend"},
        {"lose ", "trend"},
        /* "The branch is likely to gain further ground around Tillabéri" */
        {"gain ground", "trend"},
        {"gain further ground", "trend"},
        {"gain more ground", "trend"},
        {"gain territory", "trend"},
    };
    /* A cue matches in any ASCII case where a word starts (no letter
     * before it). One pass, word start by word start: the first position
     * where a cue matches and there the first cue in the list, which is
     * the earliest of every cue's first match, ties to the list order. A
     * mask of the cues' first letters spares most word starts the list. */
    uint32_t firsts = 0;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) firsts |= 1u << (cues[k].cue[0] - 'a');
    const unsigned char *u = (const unsigned char *)s;
    bool acted = false; /* a hedged act seen, no other cue yet */
    bool cond = false;  /* in an if-clause, up to its comma: "... capture Sittwe
                         * if the junta cannot resupply it" is no capability */
    for (size_t i = 0; i < n; i++) {
        if (u[i] == ',') cond = false;
        if (i && ascii_alpha(u[i - 1])) continue;
        if ((ascii_lower(u[i]) == 'i' && i + 3 <= n && ascii_lower(u[i + 1]) == 'f' &&
             u[i + 2] == ' ') ||
            (i + 7 <= n && strncmp((const char *)u + i, "unless ", 7) == 0))
            cond = true;
        if (cond) continue;
        unsigned c = (unsigned)ascii_lower(u[i]) - 'a';
        if (c >= 26u || !(firsts >> c & 1u)) continue;
        for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
            const char *cue = cues[k].cue;
            if ((unsigned)(unsigned char)cue[0] - 'a' != c) continue;
            size_t m = strlen(cue), j = 1, skip = 0;
            if (m > n - i) continue;
            while (j < m && i + skip + j < n && ascii_lower(u[i + skip + j]) == cue[j]) {
                j++;
                /* "will likely attack" is "will attack": the hedge between */
                if (j == 5 && memcmp(cue, "will ", 5) == 0 && !skip)
                    skip = adverb_len(u + i + j, n - i - j);
            }
            if (j == m && cues[k].topic && cues[k].topic[0]) return cues[k].topic;
            if (j == m && cues[k].topic) break; /* "": no topic, on to the next word */
            if (j == m) {
                acted = true;
                break;
            }
        }
    }
    if (acted) return "attribution";
    /* a head count is a capability: "Ansaroul Islam probably has fewer than
     * 1,000 fighters", "... several hundred members" (a number or a word of
     * hundreds before the noun) */
    static const char *const heads[] = {"fighters", "members", "militants", "combatants"};
    for (size_t i = 1; i < n; i++) {
        if (u[i - 1] != ' ' ||
            (ascii_lower(u[i]) != 'f' && ascii_lower(u[i]) != 'm' && ascii_lower(u[i]) != 'c'))
            continue;
        bool head = false;
        for (size_t k = 0; k < sizeof heads / sizeof *heads && !head; k++) {
            size_t m = strlen(heads[k]), j = 0;
            while (j < m && i + j < n && ascii_lower(u[i + j]) == heads[k][j]) j++;
            head = j == m;
        }
        if (!head) continue;
        size_t e = i - 1, b = e; /* the word before: s[b, e) */
        while (b > 0 && u[b - 1] != ' ') b--;
        bool digits = e > b && u[b] >= '0' && u[b] <= '9';
        bool words = (e - b >= 7 && !strncmp((const char *)u + b, "hundred", 7)) ||
                     (e - b >= 8 && !strncmp((const char *)u + b, "thousand", 8));
        if (digits || words) return "capability";
    }
    /* a trend when nothing else is said: "JNIM will very likely maintain its
     * blockade", "is likely to remain the dominant force" (but "will remain
     * the most capable affiliate" is about capability, a cue above; and
     * "may expel remaining US troops" is none) */
    static const char *const lasting[] = {"maintain", "remain ", "remains ", "keep "};
    for (size_t i = 0; i < n; i++) {
        if (i && ascii_alpha(u[i - 1])) continue;
        for (size_t k = 0; k < sizeof lasting / sizeof *lasting; k++) {
            size_t m = strlen(lasting[k]), j = 0;
            while (j < m && i + j < n && ascii_lower(u[i + j]) == lasting[k][j]) j++;
            /* (not the hedge's own verb: "It remains unclear whether ...",
             * "it remains possible that ...") */
            static const char *const hedged[] = {"unclear", "uncertain", "to be seen", "possible",
                                                 "likely",  "unlikely",  "doubtful"};
            bool hedge_verb = false;
            for (size_t h = 0;
                 j == m && k >= 1 && !hedge_verb && h < sizeof hedged / sizeof *hedged; h++) {
                size_t hm = strlen(hedged[h]), q = 0;
                while (q < hm && i + j + q < n && ascii_lower(u[i + j + q]) == hedged[h][q]) q++;
                hedge_verb = q == hm;
            }
            if (j == m && !hedge_verb) {
                /* "The TIP probably maintains several hundred fighters in
                 * Badakhshan": a force it keeps, a count after the verb */
                size_t q = i + j;
                while (q < n && ascii_alpha(u[q])) q++;
                while (q < n && u[q] == ' ') q++;
                static const char *const counts[] = {
                    "several ", "some ",     "about ",     "around ", "between ",
                    "up to ",   "hundreds ", "thousands ", "dozens ", "roughly "};
                bool count = q < n && u[q] >= '0' && u[q] <= '9';
                for (size_t c = 0; !count && c < sizeof counts / sizeof *counts; c++) {
                    size_t cm = strlen(counts[c]), r = 0;
                    while (r < cm && q + r < n && ascii_lower(u[q + r]) == counts[c][r]) r++;
                    count = r == cm;
                }
                return count ? "capability" : "trend";
            }
        }
    }
    return NULL;
}

/* Whether the name at text[at] follows "by" or "by the" (from start on):
 * the agent of a passive ("carried out by the Islamic State"). */
static bool agent_at(const char *text, uint32_t start, uint32_t at)
{
    static const char *const befores[] = {"by ", "by the "};
    for (size_t k = 0; k < sizeof befores / sizeof *befores; k++) {
        size_t m = strlen(befores[k]), j = 0;
        if (at < start + m) continue;
        while (j < m && ascii_lower((unsigned char)text[at - m + j]) == befores[k][j]) j++;
        if (j == m) return true;
    }
    return false;
}

/* Whether text[a, b) holds a capitalised word right before an auxiliary
 * ("... whether China will press", "that Kigali has"): a subject the
 * lexicon does not know as an actor. */
static bool named_subject(const char *text, uint32_t a, uint32_t b)
{
    static const char *const aux[] = {"will ", "would ", "can ", "could ", "may ", "might ",
                                      "is ",   "are ",   "has ", "have ",  "was ", "were "};
    for (uint32_t i = a + 1; i < b; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c < 'A' || c > 'Z' || text[i - 1] != ' ') continue;
        uint32_t e = i;
        while (e < b && text[e] != ' ') e++;
        for (size_t k = 0; e < b && k < sizeof aux / sizeof *aux; k++) {
            size_t m = strlen(aux[k]);
            if (e + 1 + m <= b && strncmp(text + e + 1, aux[k], m) == 0) return true;
        }
    }
    return false;
}

/* Whether a hedge that is an adverb or a modal starts at t ("probably",
 * "almost certainly", "may"), not the analyst's verb ("Analysts assess"). */
static bool adverb_hedge(const char *t)
{
    static const char *const adverbs[] = {
        "probably ",  "likely ",   "almost ",  "very ", "highly ", "most ",  "nearly ",
        "virtually ", "possibly ", "perhaps ", "may ",  "might ",  "could ", "conceivably "};
    for (size_t k = 0; k < sizeof adverbs / sizeof *adverbs; k++)
        if (strncmp(t, adverbs[k], strlen(adverbs[k])) == 0) return true;
    return false;
}

/* Whether the sentence text[a, b) before a hedge opens on a capitalised
 * word and an auxiliary ("Iran is almost certainly ...", "Moscow will
 * probably ..."): a subject the lexicon does not know as an actor; not
 * "It is likely that", "There is a chance", "This is ...", nor "Analysts
 * assess that the TTP ..." (no auxiliary: the judgement's own verb). */
static bool named_opening(const char *text, uint32_t a, uint32_t b)
{
    static const char *const empty[] = {"It",   "There", "This", "That", "These", "Those",
                                        "They", "We",    "He",   "She",  "What"};
    if (a >= b || text[a] < 'A' || text[a] > 'Z') return false;
    uint32_t e = a;
    while (e < b && text[e] != ' ') e++;
    for (size_t k = 0; k < sizeof empty / sizeof *empty; k++)
        if (e - a == strlen(empty[k]) && strncmp(text + a, empty[k], e - a) == 0) return false;
    /* "Iran probably continues to supply the group's drones": the word
     * right before the hedge is the subject, as before an auxiliary (not
     * an article or an adverb: "The odds are low that ...", "Overall, ...") */
    if (e + 1 == b && adverb_hedge(text + b)) {
        static const char *const openers[] = {"The",  "A",     "An",  "Some", "Many", "Most",
                                              "Such", "Still", "Yet", "But",  "And",  "Also"};
        for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
            if (e - a == strlen(openers[k]) && strncmp(text + a, openers[k], e - a) == 0)
                return false;
        return text[e - 1] != ',';
    }
    static const char *const aux[] = {"will ", "would ", "can ",  "could ", "is ",
                                      "are ",  "has ",   "have ", "was ",   "were "};
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++) {
        size_t m = strlen(aux[k]);
        if (e + 1 + m <= b && strncmp(text + e + 1, aux[k], m) == 0) return true;
    }
    return false;
}

/* Whether actor reference k is a possessor ("Al-Qaeda's") whose noun is
 * the next reference, of the same sentence, in apposition ("Al-Qaeda's
 * Sahelian affiliate JNIM"): at most three words between, no preposition. */
static bool possessor_of_next(const ds_doc *doc, uint32_t k)
{
    const ds_actor_ref *r = &doc->actor_refs.v[k], *nx = r + 1;
    if (k + 1 >= doc->actor_refs.n || nx->sentence != r->sentence) return false;
    const char *t = doc->text;
    uint32_t e = r->span.end;
    if (e + 2 > nx->span.start) return false;
    if (!(t[e] == '\'' && t[e + 1] == 's') &&
        !(e + 4 <= nx->span.start && memcmp(t + e, "\xe2\x80\x99s", 4) == 0))
        return false;
    static const char *const preps[] = {"on",      "against", "in", "at", "with", "toward",
                                        "towards", "into",    "by", "of", "from", "to"};
    uint32_t words = 0;
    for (uint32_t c = e; c < nx->span.start; c++) {
        if (t[c] != ' ') continue;
        uint32_t w = c + 1, we = w;
        while (we < nx->span.start && t[we] != ' ') we++;
        if (we == w) continue;
        if (++words > 3) return false;
        for (size_t i = 0; i < sizeof preps / sizeof *preps; i++)
            if (we - w == strlen(preps[i]) && strncmp(t + w, preps[i], we - w) == 0) return false;
    }
    return true;
}

/* The actor a judgement is about: one named before the hedge (below), else
 * the first one named after it ("This rhetoric is likely aimed at ... the
 * Taliban" -> Taliban) unless the text before the hedge says it is no
 * subject (unnamed: the sentence opens on "the attack", "its", ...). Its
 * canonical name (x->actors entry), or NULL. */
static const char *subject_of(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t si,
                              uint32_t hedge_at, bool unnamed, uint32_t *cursor)
{
    uint32_t i = *cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *cursor = i;
    if (i >= doc->actor_refs.n || doc->actor_refs.v[i].sentence != si) return NULL;
    const ds_sentence *sen = &doc->sentences.v[si];
    /* Before the hedge: the first actor of its clause (after the last comma
     * before it), the head of the subject ("JNIM attacks on the Malian army
     * will likely increase" -> JNIM; "Similar to the Taliban campaign ...,
     * IS-KP could use" -> IS-KP); with none there, the actor opening the
     * sentence ("IS-KP, which attacked the Taliban, will likely ..."), else
     * the last one before the hedge. */
    uint32_t from = sen->span.start; /* the clause of the hedge starts here */
    for (uint32_t c = sen->span.start; c < hedge_at && c < sen->span.end; c++)
        if (doc->text[c] == ',') from = c + 1;
    uint32_t pick = i, last = DS_NONE, clause = DS_NONE;
    for (uint32_t k = i; k < doc->actor_refs.n && doc->actor_refs.v[k].sentence == si; k++) {
        uint32_t st = doc->actor_refs.v[k].span.start;
        if (st >= hedge_at) break;
        last = k;
        if (clause == DS_NONE && st >= from) clause = k;
    }
    /* "Al-Qaeda's Sahelian affiliate JNIM is likely ...": the possessor of
     * a noun that names the next actor is not the subject (but "JNIM's
     * attacks on the army" is about JNIM) */
    if (clause != DS_NONE && clause < last && possessor_of_next(doc, clause)) clause++;
    if (clause != DS_NONE)
        pick = clause;
    else if (last != DS_NONE && doc->actor_refs.v[i].span.start <= sen->span.start + 4)
        pick = i;
    else if (last != DS_NONE)
        pick = last;
    /* "The attack may have been a response to the army's air strikes": a
     * sentence that opens on an unnamed actor (unnamed) is about it; not
     * "The attack was likely carried out by JNIM" (the agent) */
    uint32_t at = doc->actor_refs.v[pick].span.start;
    if (at >= hedge_at && unnamed && !agent_at(doc->text, sen->span.start, at)) return NULL;
    /* "It is unclear whether China will press the Three Brotherhood
     * Alliance to ...": a name the lexicon lacks is the clause's subject,
     * the actor after it its object */
    if (at >= hedge_at && named_subject(doc->text, hedge_at, at)) return NULL;
    /* ... or before the hedge: "Iran is almost certainly supplying the
     * Houthis" is about Iran, not the Houthis */
    if (at >= hedge_at && named_opening(doc->text, sen->span.start, hedge_at)) return NULL;
    /* "Iranian-backed militias may attempt to resume attacks on US forces":
     * no actor before the hedge, but an armed noun the lexicon does not name
     * is its subject; the first actor after it is the target, not who */
    if (at >= hedge_at && hedge_at > sen->span.start) {
        /* (and "Russian personnel may deploy ... to support the VDP": a
         * foreign force the lexicon does not name, the VDP its partner;
         * "Petro's government is unlikely to resume military operations":
         * a government, not its army) */
        static const char *const armed[] = {"militias",   "militants", "fighters",   "insurgents",
                                            "rebels",     "groups",    "gunmen",     "jihadists",
                                            "personnel",  "troops",    "soldiers",   "advisers",
                                            "advisors",   "forces",    "contingent", "mercenaries",
                                            "government", "junta",     "authorities"};
        const char *t = doc->text + sen->span.start;
        size_t n = hedge_at - sen->span.start;
        for (size_t k = 0; k < sizeof armed / sizeof *armed; k++)
            if (ds_find_word(t, n, armed[k])) return NULL;
    }
    /* "It is unclear whether the armed men escaped": "Unidentified Armed
     * Group" is nobody to profile (it was entered among the actors) */
    if (ds_facts_unnamed(ds_actor_name(doc, doc->actor_refs.v[pick].actor))) return NULL;
    const ds_actor *a = ds_facts_actor(x, ctx, doc, doc->actor_refs.v[pick].actor);
    return a ? a->name : NULL;
}

/* Whether an attribution names its agent by a capitalised name right
 * after "the work of" or "carried out by" ("... was probably the work of
 * Los Tiguerones"; not "by its fighters", "by the group"). */
static bool named_agent(const char *s, size_t n)
{
    static const char *const cues[] = {"the work of ", "carried out by ", "perpetrated by ",
                                       "conducted by "};
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
        const char *at = ds_find_ci(s, n, cues[k]);
        if (!at) continue;
        size_t i = (size_t)(at - s) + strlen(cues[k]);
        if (i + 4 < n && !strncmp(s + i, "the ", 4)) i += 4;
        if (i < n && s[i] >= 'A' && s[i] <= 'Z') return true;
    }
    return false;
}

/* The armed group the document names most (the focus of a report), for
 * judgements that only say "the group" or "its"; DS_NONE when none is named
 * twice, unless it names only one ("The Gran Grif gang appears to control
 * the valley ... The gangs might try to block the road"). Counts over at
 * most 64 distinct actors. */
static uint32_t focus_group(const ds_doc *doc)
{
    uint32_t ids[64], counts[64], n = 0, best = DS_NONE, top = 1;
    for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->type != DS_ACTOR_ARMED_GROUP || ds_facts_unnamed(ds_actor_name(doc, r->actor)))
            continue;
        uint32_t k = 0;
        while (k < n && ids[k] != r->actor) k++;
        if (k == n) {
            if (n == 64) continue;
            ids[n] = r->actor, counts[n++] = 0;
        }
        if (++counts[k] > top) top = counts[k], best = ids[k];
    }
    return best == DS_NONE && n == 1 ? ids[0] : best;
}

/* How a sentence refers to an actor without naming it, at its start or
 * after the analyst's own lead ("We believe the gangs will ..."). */
typedef enum {
    ANAPHOR_NONE,
    ANAPHOR_PRONOUN, /* "Its capabilities may ...", "They will likely ..." */
    ANAPHOR_GROUP,   /* "The group will likely ...", "The coalition is ..." */
} anaphor;

/* Whether s[0, n) starts with w in any ASCII case. */
static bool starts_with(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w), k = 0;
    if (n < m) return false;
    while (k < m && ascii_lower((unsigned char)s[k]) == w[k]) k++;
    return k == m;
}

/* Does s open with a word of likelihood and "to" ("unlikely to", "very
 * likely to", "highly unlikely to")? */
static bool odds_to(const char *s, size_t n)
{
    static const char *const degree[] = {"very ", "highly ", "almost certainly ", NULL};
    for (const char *const *d = degree; *d; d++)
        if (starts_with(s, n, *d)) s += strlen(*d), n -= strlen(*d);
    return starts_with(s, n, "likely to ") || starts_with(s, n, "unlikely to ");
}

static anaphor anaphoric(const char *s, size_t n)
{
    /* the analyst's lead before the judgement itself */
    static const char *const leads[] = {"we assess that ", "we assess ", "we judge that ",
                                        "we judge ", "we believe that ", "we believe ",
                                        "we expect ", "we estimate that ",
                                        /* "Chances are that the gang will ..." */
                                        "chances are that "};
    bool led = false;
    for (size_t i = 0; i < sizeof leads / sizeof *leads && !led; i++)
        if (starts_with(s, n, leads[i])) {
            s += strlen(leads[i]), n -= strlen(leads[i]);
            led = true;
        }
    /* "We judge it very unlikely that the government and the OLA will
     * resume talks": the empty "it" of the analyst's verb, before a word
     * of likelihood (not "We assess it will ...": the group) */
    if (led && starts_with(s, n, "it ")) {
        static const char *const odds[] = {"likely ",    "unlikely ", "very ",       "highly ",
                                           "almost ",    "probable ", "improbable ", "possible ",
                                           "plausible ", "doubtful ", "certain ",    "more ",
                                           "less ",      "a "};
        for (size_t i = 0; i < sizeof odds / sizeof *odds; i++)
            if (starts_with(s + 3, n - 3, odds[i])) return ANAPHOR_NONE;
    }
    /* "It is unclear whether ...", "It is likely that ...": an empty "it"
     * (but "It is unlikely to mount an offensive": the group, the odds
     * of what it does) */
    if (starts_with(s, n, "it is ") && odds_to(s + 6, n - 6)) return ANAPHOR_PRONOUN;
    if (starts_with(s, n, "it is ") || starts_with(s, n, "it was ") ||
        starts_with(s, n, "it remains ") || starts_with(s, n, "it seems "))
        return ANAPHOR_NONE;
    static const char *const groups[] = {
        "the group",    "the groups",    "the organization", "the organisation", "the movement",
        "the brigade",  "the militants", "the militia",      "the coalition",    "the gang",
        "the gangs",    "the militias",  "the insurgents",   "the rebels",       "the jihadists",
        "the alliance", "the branch",    "the faction",      "these attacks",    "this attack",
        "the attacks",  "the attack",    "such attacks",     "this campaign",    "the campaign",
        "the raid",     "the ambush",    "the bombing",      "the assault"};
    /* (whole words: "The militiamen likely belong to ..." is no "the militia") */
    for (size_t i = 0; i < sizeof groups / sizeof *groups; i++) {
        size_t m = strlen(groups[i]);
        if (starts_with(s, n, groups[i]) && (n == m || !ascii_alpha((unsigned char)s[m])))
            return ANAPHOR_GROUP;
    }
    /* "A complex attack on a hotel is probable", "An attack on Maiduguri
     * cannot be ruled out": an attack the paragraph's group would carry out
     * (not "a strike", often the state's) */
    if (starts_with(s, n, "a ") || starts_with(s, n, "an ")) {
        static const char *const acts[] = {"attack", "attacks", "bombing", "raid", "assault"};
        size_t words = 0;
        for (size_t i = 0; i < n && words < 3; i++) {
            if (s[i] != ' ') continue;
            words++;
            for (size_t k = 0; k < sizeof acts / sizeof *acts; k++) {
                size_t m = strlen(acts[k]);
                if (starts_with(s + i + 1, n - i - 1, acts[k]) &&
                    (i + 1 + m == n || !ascii_alpha((unsigned char)s[i + 1 + m])))
                    return ANAPHOR_GROUP;
            }
        }
    }
    static const char *const pronouns[] = {"its ", "it ", "they ", "their "};
    for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++)
        if (starts_with(s, n, pronouns[i])) return ANAPHOR_PRONOUN;
    return ANAPHOR_NONE;
}

/* The actor an unnamed reference in sentence si points back to, within its
 * paragraph: for a pronoun the first actor of the sentence before ("The
 * Myanmar military is unlikely to ... Its air force may ..."), for "the
 * group" the nearest armed group before ("Gangs of the Viv Ansanm
 * coalition attacked ... The coalition is very likely ..."). first: the
 * index of sentence si's first actor reference (or of the first after it).
 * DS_NONE when none. */
static uint32_t antecedent(const ds_doc *doc, uint32_t si, uint32_t first, anaphor kind)
{
    uint32_t block = doc->sentences.v[si].block;
    /* (a list of judgements: "Fano militias were very likely responsible
     * ..." then "The militias probably lack a unified command": the item
     * before goes on as the paragraph would) */
    bool item = doc->blocks.v[block].kind == DS_BLOCK_LIST_ITEM;
    for (uint32_t k = first; k-- > 0;) {
        const ds_actor_ref *r = &doc->actor_refs.v[k];
        if (r->sentence >= si) continue;
        uint32_t rb = r->sentence < doc->sentences.n ? doc->sentences.v[r->sentence].block : 0;
        if (r->sentence >= doc->sentences.n ||
            (rb != block && !(item && kind == ANAPHOR_GROUP && rb + 1 == block &&
                              doc->blocks.v[rb].kind == DS_BLOCK_LIST_ITEM)))
            break;
        if (kind == ANAPHOR_PRONOUN) {
            if (r->sentence + 1 != si) break;
            /* the first of that sentence */
            while (k > 0 && doc->actor_refs.v[k - 1].sentence == r->sentence) k--;
            uint32_t id = doc->actor_refs.v[k].actor;
            return ds_facts_unnamed(ds_actor_name(doc, id)) ? DS_NONE : id;
        }
        if (r->type == DS_ACTOR_ARMED_GROUP && !ds_facts_unnamed(ds_actor_name(doc, r->actor)))
            return r->actor;
    }
    return DS_NONE;
}

/* Does the analyst's judgement hd open a clause that weighs what the
 * sentence raised before it ("..., but we judge this to be unlikely",
 * "though we assess this is improbable")? */
static bool verdict_after(const ds_doc *doc, const ds_hedge *hd)
{
    static const char *const opens[] = {"but ", "though ", "; "};
    uint32_t at = hd->span.start, from = doc->sentences.v[hd->sentence].span.start;
    for (size_t i = 0; i < sizeof opens / sizeof *opens; i++) {
        size_t m = strlen(opens[i]);
        if (at - from >= m && !memcmp(doc->text + at - m, opens[i], m)) return true;
    }
    return false;
}

ds_status ds_extract_assessments(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx)
{
    uint32_t refs = 0, last = DS_NONE, focus = DS_NONE;
    bool focus_known = false;
    for (uint32_t h = 0; h < doc->hedges.n;) {
        uint32_t si = doc->hedges.v[h].sentence;
        /* the sentence's first estimative hedge with a level */
        ds_icd icd = DS_ICD_NONE;
        uint32_t hedge_at = 0;
        /* ... a judgement's own level ("We assess that", likely) yields to
         * a word of likelihood after it ("ISW assesses that X very likely") */
        bool judged = false;
        for (; h < doc->hedges.n && doc->hedges.v[h].sentence == si; h++) {
            const ds_hedge *hd = &doc->hedges.v[h];
            if (hd->kind != DS_HEDGE_ESTIMATIVE || hd->icd == DS_ICD_NONE) continue;
            /* "NAME could open talks ..., but we judge this to be unlikely":
             * the analyst's verdict on the possibility raised first is the
             * word of likelihood after it */
            if (icd != DS_ICD_NONE && !judged && hd->judgement && verdict_after(doc, hd)) {
                judged = true;
                continue;
            }
            if (icd != DS_ICD_NONE && !judged) continue;
            if (icd != DS_ICD_NONE && hd->judgement) continue;
            if (icd == DS_ICD_NONE) hedge_at = hd->span.start;
            icd = hd->icd;
            judged = hd->judgement;
        }
        if (icd == DS_ICD_NONE || si >= doc->sentences.n || si == last) continue;
        last = si;
        const ds_sentence *s = &doc->sentences.v[si];
        const ds_block *b = &doc->blocks.v[s->block];
        if (b->infobox || (b->kind != DS_BLOCK_PROSE && b->kind != DS_BLOCK_LIST_ITEM)) continue;

        ds_assessment *a = ds_vec_push(x->arena, &x->assessments);
        if (!a) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        if (ds_source_from_sentence(&a->source, x, doc, docidx, si) != DS_OK)
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        a->text = a->source.text;
        a->confidence = ds_icd_name(icd);
        icd_range(icd, &a->p_min, &a->p_max);
        a->topic = topic_of(doc->text + s->span.start, s->span.end - s->span.start);
        anaphor ref = anaphoric(doc->text + s->span.start, s->span.end - s->span.start);
        a->subject = subject_of(x, ctx, doc, si, hedge_at, ref != ANAPHOR_NONE, &refs);
        /* "The attack on the port office was probably the work of Los
         * Tiguerones": the agent an attribution names (a group the lexicon
         * lacks) is the subject, not the actor the paragraph named before */
        if (!a->subject && ref != ANAPHOR_NONE && a->topic && !strcmp(a->topic, "attribution") &&
            named_agent(doc->text + s->span.start, s->span.end - s->span.start))
            ref = ANAPHOR_NONE;
        if (!a->subject && ref != ANAPHOR_NONE) {
            /* the page's subject (profile.c entered it under the title), else
             * the actor the paragraph just named, else the group the document
             * names most */
            const ds_actor *fa =
                doc->title[0] ? ds_facts_actor_find(x, doc->title, strlen(doc->title)) : NULL;
            uint32_t back = fa ? DS_NONE : antecedent(doc, si, refs, ref);
            if (back != DS_NONE) fa = ds_facts_actor(x, ctx, doc, back);
            if (!focus_known) focus = focus_group(doc), focus_known = true;
            if (!fa && focus != DS_NONE) fa = ds_facts_actor(x, ctx, doc, focus);
            a->subject = fa ? fa->name : NULL;
        }
        if (a->subject) a->subject = ds_facts_str(x, a->subject);
    }
    return DS_OK;
}
