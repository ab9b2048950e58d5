/* profile.c - armed-group profiles: reads infobox blocks (LABEL + LIST_ITEM
 * / FIELD, flattened text or HTML) and a few prose patterns, and fills the
 * x->actors entry of the actor they describe: founding date, strength and its
 * source, headquarters, areas, leaders with tenure and status, affiliations
 * (subgroup, ally, parent, rival, opponent), media outlets. Extraction stage,
 * after events.c; field meanings follow eval/CONTRACT.md.
 */
#include "ctx.h"
#include "facts.h"
#include "fold.h"
#include "timex.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* True when s[0, n) holds nothing but a date or a date span: numbers that
 * are days or years, month names, dashes and the words of spans ("since",
 * "present"). Keeps "1000-2000 (UN estimate)" and "Pakistan" from being
 * read as dates by the more lenient ds_timex_parse. */
static bool date_words_only(const char *s, size_t n)
{
    static const char *words[] = {"present", "now",  "today", "current", "since", "from",
                                  "until",   "to",   "c",     "circa",   "ca",    "early",
                                  "mid",     "late", "and",   "till"};
    bool year = false;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == ',' || c == '.' || c == '(' || c == ')' || c == '-' || c == '/') {
            i++;
            continue;
        }
        if (c == 0xE2 && i + 2 < n) { /* any dash or minus */
            i += 3;
            continue;
        }
        size_t j = i;
        if (isdigit(c)) {
            long v = 0;
            while (j < n && isdigit((unsigned char)s[j])) v = (v % 100000) * 10 + (s[j++] - '0');
            if (j - i == 4 && v >= 1800 && v <= 2100)
                year = true;
            else if (!(j - i <= 2 && v >= 1 && v <= 31))
                return false;
        } else {
            char w[16];
            size_t k = 0;
            while (j < n && isalpha((unsigned char)s[j])) {
                if (k < sizeof w - 1) w[k++] = (char)tolower((unsigned char)s[j]);
                j++;
            }
            if (j == i) return false;
            w[k] = '\0';
            bool ok = ds_month_name(w, k) != 0;
            for (size_t t = 0; t < sizeof words / sizeof *words && !ok; t++)
                ok = strcmp(w, words[t]) == 0;
            if (!ok) return false;
        }
        i = j;
    }
    return year;
}

/* ---- small text helpers -------------------------------------------------- */

typedef struct strspan {
    const char *s;
    size_t n;
} strspan;

static strspan trim(const char *s, size_t n)
{
    while (n && (isspace((unsigned char)*s) || *s == '-' || *s == ':' || *s == ';')) s++, n--;
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == ',' || s[n - 1] == ':' ||
                 s[n - 1] == ';' || s[n - 1] == '.'))
        n--;
    return (strspan){s, n};
}

static bool starts_ci(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n < m) return false;
    for (size_t i = 0; i < m; i++)
        if (tolower((unsigned char)s[i]) != (unsigned char)w[i]) return false;
    return true;
}

/* Copies s without "[n]"/"[a]" citation leftovers and "†" into out, collapsing
 * spaces; sets *dead when a dagger was seen. */
static size_t clean_value(char *out, size_t cap, const char *s, size_t n, bool *dead)
{
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n && k + 4 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '[') {
            size_t j = i + 1;
            while (j < n && j - i < 12 && s[j] != ']' && s[j] != '[') j++;
            if (j < n && s[j] == ']') {
                i = j;
                continue;
            }
        }
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0xA0 || (unsigned char)s[i + 2] == 0xA1)) {
            if (dead) *dead = true;
            i += 2;
            continue;
        }
        if (isspace(c)) {
            space = k > 0;
            continue;
        }
        if (space) out[k++] = ' ';
        space = false;
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

/* ---- infobox labels ----------------------------------------------------- */

typedef enum label_kind {
    LK_NONE = 0,
    LK_LEADER,   /* role from the label */
    LK_KNOWN,    /* other known leaders: role "leader" */
    LK_SUBGROUP, /* relation subgroup */
    LK_ALLY,
    LK_OPPONENT,
    LK_PARENT,
    LK_RIVAL,
    LK_FOUNDED,
    LK_ACTIVE,
    LK_HQ,
    LK_AREA,
    LK_STRENGTH,
    LK_OUTLET,
    LK_ALIAS, /* "Also known as": the subject's other names */
    LK_IGNORE,
    LK_DISSOLVED /* the group's end: "Dissolved: 2 May 2018" */
} label_kind;

typedef struct label_def {
    const char *label; /* folded, without "(s)" or a trailing ':' */
    label_kind kind;
    const char *role;
} label_def;

static const label_def LABELS[] = {
    {"wali", LK_LEADER, "wali"},
    {"walis", LK_LEADER, "wali"},
    {"emir", LK_LEADER, "emir"},
    {"emirs", LK_LEADER, "emir"},
    {"amir", LK_LEADER, "emir"},
    {"amirs", LK_LEADER, "emir"},
    {"leader", LK_LEADER, "leader"},
    {"leaders", LK_LEADER, "leader"},
    {"leadership", LK_LEADER, "leader"},
    {"supreme leader", LK_LEADER, "leader"},
    {"commander", LK_LEADER, "commander"},
    {"commanders", LK_LEADER, "commander"},
    {"military leader", LK_LEADER, "commander"},
    {"military leaders", LK_LEADER, "commander"},
    {"military commander", LK_LEADER, "commander"},
    /* "Chief of staff: NAME (2020–present)": its military commander, as
     * in prose ("Its chief of staff, NAME, commands operations") */
    {"chief of staff", LK_LEADER, "commander"},
    {"operations commander", LK_LEADER, "commander"},
    {"operational commander", LK_LEADER, "commander"},
    {"field commander", LK_LEADER, "commander"},
    {"military commanders", LK_LEADER, "commander"},
    {"military chief", LK_LEADER, "commander"},
    {"military emir", LK_LEADER, "commander"},
    {"general commander", LK_LEADER, "commander"},
    {"commander-in-chief", LK_LEADER, "commander"},
    {"founding leader", LK_LEADER, "founder"},
    {"founding emir", LK_LEADER, "founder"},
    {"political leader", LK_LEADER, "leader"},
    {"chairman", LK_LEADER, "leader"},
    {"spokesman", LK_LEADER, "spokesman"},
    {"spokesperson", LK_LEADER, "spokesman"},
    {"spokesmen", LK_LEADER, "spokesman"},
    {"founder", LK_LEADER, "founder"},
    {"founders", LK_LEADER, "founder"},
    {"founded by", LK_LEADER, "founder"}, /* "Founded by: NAME" */
    {"deputy leader", LK_LEADER, "deputy leader"},
    {"deputy leaders", LK_LEADER, "deputy leader"},
    {"deputies", LK_LEADER, "deputy leader"},
    {"deputy emir", LK_LEADER, "deputy leader"},
    {"deputy emirs", LK_LEADER, "deputy leader"},
    {"spokespersons", LK_LEADER, "spokesman"},
    {"deputy", LK_LEADER, "deputy leader"},
    {"head", LK_LEADER, "leader"},
    {"chief", LK_LEADER, "leader"},
    {"secretary-general", LK_LEADER, "secretary-general"},
    {"president", LK_LEADER, "president"},
    {"presidents", LK_LEADER, "president"},
    {"military wing", LK_SUBGROUP, NULL}, /* "Military wing: Forces Combattantes Abacunguzi" */
    {"armed wing", LK_SUBGROUP, NULL},
    {"general secretary", LK_LEADER, "secretary-general"},
    {"known leader", LK_KNOWN, "leader"},
    {"known leaders", LK_KNOWN, "leader"},
    {"other leaders", LK_KNOWN, "leader"},
    {"notable leaders", LK_KNOWN, "leader"},
    {"notable commanders", LK_KNOWN, "commander"},
    {"key people", LK_KNOWN, "leader"},
    {"subgroups", LK_SUBGROUP, NULL},
    {"subgroup", LK_SUBGROUP, NULL},
    {"factions", LK_SUBGROUP, NULL},
    {"branches", LK_SUBGROUP, NULL},
    {"wings", LK_SUBGROUP, NULL},
    {"divisions", LK_SUBGROUP, NULL},
    {"subsidiaries", LK_SUBGROUP, NULL},
    {"merged groups", LK_SUBGROUP, NULL}, /* the groups it was formed of */
    {"merger of", LK_SUBGROUP, NULL},
    /* "Merged into: Jama'at Nasr al-Islam wal-Muslimin": the body it
     * became part of */
    {"merged into", LK_PARENT, NULL},
    {"constituent groups", LK_SUBGROUP, NULL},
    {"member groups", LK_SUBGROUP, NULL},
    {"splinter groups", LK_SUBGROUP, NULL}, /* born inside it ("Jamaat-ul-Ahrar") */
    {"splinter group", LK_SUBGROUP, NULL},
    {"constituents", LK_SUBGROUP, NULL},
    {"groups", LK_ALLY, NULL},
    {"allies", LK_ALLY, NULL},
    {"ally", LK_ALLY, NULL},
    {"state allies", LK_ALLY, NULL},
    {"non-state allies", LK_ALLY, NULL},
    {"opponents", LK_OPPONENT, NULL},
    {"opponent", LK_OPPONENT, NULL},
    {"non-state opponents", LK_OPPONENT, NULL},
    {"state opponents", LK_OPPONENT, NULL},
    {"enemies", LK_OPPONENT, NULL},
    {"parent", LK_PARENT, NULL},
    {"parent organization", LK_PARENT, NULL},
    {"parent organisation", LK_PARENT, NULL},
    {"part of", LK_PARENT, NULL},
    /* "Member of: Three Brotherhood Alliance": the coalition it belongs to,
     * as "Part of" */
    {"member of", LK_PARENT, NULL},
    /* "Affiliation: Popular Mobilization Forces": the body it belongs to */
    {"affiliation", LK_PARENT, NULL},
    {"allegiance", LK_PARENT, NULL},
    {"split from", LK_PARENT, NULL}, /* as prose's "a splinter group of" */
    {"splinter of", LK_PARENT, NULL},
    {"rivals", LK_RIVAL, NULL},
    {"rival", LK_RIVAL, NULL},
    {"founded", LK_FOUNDED, NULL},
    {"foundation", LK_FOUNDED, NULL},
    {"formation", LK_FOUNDED, NULL},
    {"formed", LK_FOUNDED, NULL},
    {"established", LK_FOUNDED, NULL},
    {"date of foundation", LK_FOUNDED, NULL},
    {"also known as", LK_ALIAS, NULL},
    {"other names", LK_ALIAS, NULL},
    {"other name", LK_ALIAS, NULL},
    {"aliases", LK_ALIAS, NULL},
    {"alias", LK_ALIAS, NULL},
    {"dissolved", LK_DISSOLVED, NULL},
    {"disbanded", LK_DISSOLVED, NULL},
    {"defunct", LK_DISSOLVED, NULL},
    {"dissolution", LK_DISSOLVED, NULL},
    {"date dissolved", LK_DISSOLVED, NULL},
    {"dates of operation", LK_ACTIVE, NULL},
    {"active", LK_ACTIVE, NULL},
    {"years active", LK_ACTIVE, NULL},
    {"period of activity", LK_ACTIVE, NULL},
    {"headquarters", LK_HQ, NULL},
    /* a UN sanctions entry's "Address: Benghazi, Libya" */
    {"address", LK_HQ, NULL},
    {"headquarter", LK_HQ, NULL},
    {"hq", LK_HQ, NULL},
    {"base", LK_HQ, NULL},
    {"active regions", LK_AREA, NULL},
    {"active region", LK_AREA, NULL},
    {"area of operations", LK_AREA, NULL},
    {"areas of operation", LK_AREA, NULL},
    {"area of operation", LK_AREA, NULL},
    {"operational area", LK_AREA, NULL},
    /* "Area: Saada, Sanaa", "Operational areas: Rakhine State, ..." */
    {"area", LK_AREA, NULL},
    {"areas", LK_AREA, NULL},
    {"operational areas", LK_AREA, NULL},
    {"areas of operations", LK_AREA, NULL},
    /* "Country: Iraq": where it acts, no headquarters (an unlabelled
     * place would be taken for one) */
    {"country", LK_AREA, NULL},
    {"countries", LK_AREA, NULL},
    {"territory", LK_AREA, NULL},
    {"territories", LK_AREA, NULL},
    {"size", LK_STRENGTH, NULL},
    {"strength", LK_STRENGTH, NULL},
    {"membership", LK_STRENGTH, NULL},
    {"members", LK_STRENGTH, NULL},
    {"fighters", LK_STRENGTH, NULL},
    {"media", LK_OUTLET, NULL},
    {"media outlets", LK_OUTLET, NULL},
    {"media wing", LK_OUTLET, NULL},
    {"media wings", LK_OUTLET, NULL},
    /* "Outlet: Arakha Media", "Newspaper: Ang Bayan" */
    {"outlet", LK_OUTLET, NULL},
    {"outlets", LK_OUTLET, NULL},
    {"media outlet", LK_OUTLET, NULL},
    {"newspaper", LK_OUTLET, NULL},
    {"news agency", LK_OUTLET, NULL},
    {"propaganda", LK_OUTLET, NULL},
    {"ideology", LK_IGNORE, NULL},
    {"battles and wars", LK_IGNORE, NULL},
    {"designated as a terrorist group by", LK_IGNORE, NULL},
    {"designated as a terrorist organization by", LK_IGNORE, NULL},
    {"designated as a terrorist organisation by", LK_IGNORE, NULL},
    {"designated as terrorist group by", LK_IGNORE, NULL},
    {"flag", LK_IGNORE, NULL},
    {"motives", LK_IGNORE, NULL},
    /* a sanctions list's entry: the day of listing, no founding ("Listed
     * on: 29 Jul. 2011") */
    {"listed on", LK_IGNORE, NULL},
    {"date of listing", LK_IGNORE, NULL},
    {"listing date", LK_IGNORE, NULL},
    {"date of designation", LK_IGNORE, NULL},
    {"designated on", LK_IGNORE, NULL},
};

static const label_def *label_of_text(const char *s, size_t len)
{
    char folded[96];
    size_t n = ds_fold(folded, sizeof folded, s, len);
    if (n == (size_t)-1) return NULL;
    /* "Leader(s):" -> "leader"; "Media[edit]" -> "media" */
    char *e;
    if ((e = strstr(folded, "[edit]"))) *e = '\0', n = (size_t)(e - folded);
    if ((e = strstr(folded, "(s)"))) memmove(e, e + 3, strlen(e + 3) + 1), n -= 3;
    strspan t = trim(folded, n);
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (strlen(LABELS[i].label) == t.n && !memcmp(LABELS[i].label, t.s, t.n)) return &LABELS[i];
    /* "Military spokesman", "Senior commander", "Political leader(s)":
     * two or three words of letters whose last is a leader's label (one
     * word) name that role */
    const char *sp = NULL;
    for (size_t i = t.n; i-- > 0 && !sp;)
        if (t.s[i] == ' ') sp = t.s + i;
    if (!sp || t.n > 48) return NULL;
    /* "Chief of the Political Bureau", "Head of the Shura Council",
     * "Commander of the armed wing": a leader's label (one word) before
     * "of" names that role ("chief" and "head" are its leader's) */
    const char *of = strstr(t.s, " of ");
    if (of && of < t.s + t.n) {
        size_t fw = (size_t)(of - t.s);
        for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
            if (LABELS[i].kind == LK_LEADER && strlen(LABELS[i].label) == fw &&
                !memcmp(LABELS[i].label, t.s, fw) && !strchr(LABELS[i].label, ' '))
                return &LABELS[i];
    }
    if (t.n > 40) return NULL;
    size_t words = 1;
    for (size_t i = 0; i < t.n; i++) {
        if (t.s[i] == ' ')
            words++;
        else if (!isalpha((unsigned char)t.s[i]) && t.s[i] != '-')
            return NULL;
    }
    if (words > 3) return NULL;
    strspan last = {sp + 1, (size_t)(t.s + t.n - sp - 1)};
    /* "Deputy commander-in-chief", "Deputy military chief": a deputy */
    bool deputy = t.n > 7 && !memcmp(t.s, "deputy ", 7);
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (deputy && LABELS[i].kind == LK_LEADER && !strcmp(LABELS[i].label, "deputy"))
            return &LABELS[i];
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (LABELS[i].kind == LK_LEADER && strlen(LABELS[i].label) == last.n &&
            !memcmp(LABELS[i].label, last.s, last.n))
            return &LABELS[i];
    return NULL;
}

static const label_def *label_lookup(const ds_doc *doc, uint32_t label_block)
{
    if (label_block == DS_NONE || label_block >= doc->blocks.n) return NULL;
    const ds_block *lb = &doc->blocks.v[label_block];
    if (lb->kind != DS_BLOCK_LABEL) return NULL;
    return label_of_text(doc->text + lb->span.start, lb->span.end - lb->span.start);
}

/* A sub-heading inside a labelled cell ("Wali:" under "Leaders",
 * "Subgroups:" under "Allies"): the label it sets for the entries after it,
 * or NULL when the block is an ordinary entry. */
/* Is block b a short line of prose that reads as an infobox value ("3,000–
 * 6,000 (2024 est.)": no sentence, at most 60 bytes, no final period)? */
static bool short_prose_value(const ds_doc *doc, const ds_block *b)
{
    size_t n = b->span.end - b->span.start;
    return b->kind == DS_BLOCK_PROSE && n && n <= 60 && doc->text[b->span.end - 1] != '.';
}

/* Is block bi a value line under a label line, read as prose ("Part of" /
 * "al-Qaeda in the Islamic Maghreb": a heading whose whole text is an
 * infobox label, then a short line that is no sentence)? */
static bool value_line(const ds_doc *doc, uint32_t bi)
{
    if (bi == 0 || bi >= doc->blocks.n || !short_prose_value(doc, &doc->blocks.v[bi])) return false;
    const ds_block *lb = &doc->blocks.v[bi - 1];
    if (lb->kind != DS_BLOCK_HEADING && lb->kind != DS_BLOCK_FIELD) return false;
    size_t n = lb->span.end - lb->span.start;
    return n <= 40 && label_of_text(doc->text + lb->span.start, n) != NULL;
}

static const label_def *sub_label(const ds_doc *doc, const ds_block *b)
{
    const char *s = doc->text + b->span.start;
    size_t n = b->span.end - b->span.start;
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (!n || n > 40) return NULL;
    if (s[n - 1] != ':') {
        /* a bare line that is a label of several words the reader did not
         * take for one, in an infobox copied as lines ("Opponents" /
         * "Frontier Corps" / "Designated as a terrorist group by" /
         * "Pakistan, United States"): it labels the lines after it (here,
         * to be ignored: the designating states are no opponents) */
        /* ... or one word heading the list after it in the cell
         * ("<b>Subgroups</b><ul>..." under an "Allies" header row) */
        const ds_block *next = b + 1 < doc->blocks.v + doc->blocks.n ? b + 1 : NULL;
        bool heads_list = b->kind == DS_BLOCK_FIELD && next && next->kind == DS_BLOCK_LIST_ITEM &&
                          next->label == b->label;
        /* ... or one word between values of the same label, which the
         * reader took for one more value ("Active regions" / "Balochistan,
         * Pakistan" / "Sindh, Pakistan" / "Size" / "3,000–6,000 (2024
         * est.)"): a label the value before and after it do not share */
        const ds_block *prev = b > doc->blocks.v ? b - 1 : NULL;
        bool between = b->kind == DS_BLOCK_FIELD && next && prev && prev->kind == DS_BLOCK_FIELD &&
                       prev->label == b->label &&
                       ((next->kind == DS_BLOCK_FIELD && next->label == b->label) ||
                        short_prose_value(doc, next)) &&
                       isupper((unsigned char)s[0]);
        const label_def *bare =
            memchr(s, ' ', n) || heads_list || between ? label_of_text(s, n) : NULL;
        return bare && !memchr(s, ',', n) ? bare : NULL;
    }
    const label_def *ld = label_of_text(s, n);
    return ld && ld->kind != LK_IGNORE ? ld : NULL;
}

/* ---- values ------------------------------------------------------------- */

/* True when v is only a date or date span (no other words). */
static bool parse_when1(const char *s, size_t n, ds_date *value, ds_date *end, bool *open_end)
{
    *value = *end = (ds_date){0};
    *open_end = false;
    if (!date_words_only(s, n) || !ds_timex_parse(s, n, value, end, open_end)) return false;
    /* "until 2017": an end without a start */
    if ((starts_ci(s, n, "until ") || starts_ci(s, n, "till ")) && !end->year)
        *end = *value, *value = (ds_date){0};
    return true;
}

/* The part of s[0, n) from *i to the next ',' or ';', trimmed; *i moves
 * past the separator. */
static strspan next_part(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    while (j < n && s[j] != ',' && s[j] != ';') j++;
    strspan part = trim(s + *i, j - *i);
    *i = j + 1;
    return part;
}

/* A tenure or interval note: the whole note, else its first part that is
 * one ("2014–2019, killed in a raid" -> 2014..2019). */
static bool parse_when(const char *s, size_t n, ds_date *value, ds_date *end, bool *open_end)
{
    if (parse_when1(s, n, value, end, open_end)) return true;
    if (!memchr(s, ',', n) && !memchr(s, ';', n)) return false; /* one part: tried */
    for (size_t i = 0; i < n;) {
        strspan part = next_part(s, n, &i);
        if (part.n && parse_when1(part.s, part.n, value, end, open_end)) return true;
    }
    return false;
}

/* One date (no span) at s[from..n), the longest run of at most 24 bytes
 * that reads as one ("in 2002", "May 2021 and"): true and *v set when found. */
static bool date_at(const char *s, size_t n, size_t from, ds_date *v)
{
    ds_date e;
    bool open;
    for (size_t len = n - from < 24 ? n - from : 24; len >= 4; len--)
        if (parse_when(s + from, len, v, &e, &open) && !e.year) return true;
    return false;
}

/* A note that says the person is dead ("killed 2019", "died in custody"). */
static bool says_dead(const char *s, size_t n)
{
    static const char *words[] = {"killed",   "died",     "dead", "assassinated",
                                  "executed", "deceased", "death"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t m = strlen(words[i]);
        for (size_t k = 0; k + m <= n; k++)
            if (starts_ci(s + k, n - k, words[i]) && (k == 0 || !isalpha((unsigned char)s[k - 1])))
                return true;
    }
    return false;
}

/* A count or range: "1000-2000", "3-4,000", "1,500", "between 1,000 and 2,000",
 * "~5,000", "about 2000". Returns the bytes read (0 when none). */
static size_t parse_count(const char *s, size_t n, int64_t *lo, int64_t *hi)
{
    size_t i = 0;
    static const char *lead[] = {"approximately ", "approx. ", "about ", "around ", "some ",
                                 "estimated ", "est. ", "c. ", "ca. ", "~", "between ", "over ",
                                 "more than ", "at least ", "up to ", "nearly ",
                                 /* "fewer than 50 (2023 estimate)": the bound as the count */
                                 "fewer than ", "less than ", "under ", "almost ",
                                 /* "roughly 3,000 fighters", "as many as 5,000" */
                                 "roughly ", "as many as ", "close to ", "perhaps ",
                                 /* "put its size at no more than 2,000 fighters" */
                                 "no more than ", "not more than ", "no fewer than "};
    for (bool again = true; again;) {
        again = false;
        for (size_t k = 0; k < sizeof lead / sizeof *lead; k++)
            if (starts_ci(s + i, n - i, lead[k])) i += strlen(lead[k]), again = true;
    }
    /* a vague amount, by quantity.c's convention ("several" is 3 times
     * what follows, "hundreds" 100, "thousands" 1000): "several thousand
     * (2020 estimate)" is 3,000 */
    static const struct {
        const char *words;
        int64_t value;
    } vague[] = {{"several thousand", 3000},
                 {"a few thousand", 3000},
                 {"several hundred", 300},
                 {"a few hundred", 300},
                 {"several dozen", 36},
                 {"tens of thousands", 10000},
                 {"hundreds of thousands", 100000},
                 {"thousands", 1000},
                 {"hundreds", 100}};
    for (size_t k = 0; k < sizeof vague / sizeof *vague; k++) {
        size_t l = strlen(vague[k].words);
        if (starts_ci(s + i, n - i, vague[k].words) &&
            (i + l == n || !isalpha((unsigned char)s[i + l]))) {
            *lo = *hi = vague[k].value;
            /* "several hundred to 2,000 fighters": a range up to a number */
            size_t j = i + l;
            int64_t top, top2;
            size_t used = 0;
            if (starts_ci(s + j, n - j, " to ") && j + 4 < n && isdigit((unsigned char)s[j + 4]))
                used = parse_count(s + j + 4, n - j - 4, &top, &top2);
            if (used && top == top2 && top > *lo) {
                *hi = top;
                return j + 4 + used;
            }
            return j;
        }
    }
    int64_t v[2] = {0, 0};
    int nv = 0;
    bool thousands[2] = {false, false};
    while (nv < 2) {
        if (i >= n || !isdigit((unsigned char)s[i])) break;
        int64_t a = 0;
        while (i < n && (isdigit((unsigned char)s[i]) ||
                         (s[i] == ',' && i + 3 < n + 0 && isdigit((unsigned char)s[i + 1]) &&
                          isdigit((unsigned char)s[i + 2]) && isdigit((unsigned char)s[i + 3])))) {
            if (s[i] == ',')
                thousands[nv] = true;
            else if (a < 100000000000LL)
                a = a * 10 + (s[i] - '0');
            i++;
        }
        /* "1.5 million", "5 thousand": the number word multiplies */
        size_t d = i, frac = 0;
        int64_t fv = 0, fden = 1;
        if (d + 1 < n && s[d] == '.' && isdigit((unsigned char)s[d + 1]))
            for (d++; d < n && isdigit((unsigned char)s[d]) && frac < 3; d++, frac++)
                fv = fv * 10 + (s[d] - '0'), fden *= 10;
        int64_t mult = starts_ci(s + d, n - d, " million")    ? 1000000
                       : starts_ci(s + d, n - d, " thousand") ? 1000
                                                              : 0;
        if (mult && a < 100000) {
            a = a * mult + fv * mult / fden;
            i = d + (mult == 1000000 ? 8 : 9);
        }
        v[nv++] = a;
        /* a range separator */
        size_t j = i;
        while (j < n && s[j] == ' ') j++;
        if (j < n && s[j] == '-')
            j++;
        else if (j + 2 < n && (unsigned char)s[j] == 0xE2 && (unsigned char)s[j + 1] == 0x80)
            j += 3;
        else if (starts_ci(s + j, n - j, "to "))
            j += 3;
        else if (starts_ci(s + j, n - j, "and "))
            j += 4;
        else
            break;
        while (j < n && s[j] == ' ') j++;
        if (j >= n || !isdigit((unsigned char)s[j]) || nv == 2) break;
        i = j;
    }
    if (!nv) return 0;
    if (nv == 1) v[1] = v[0];
    /* "3-4,000" is 3,000 to 4,000 */
    if (nv == 2 && thousands[1] && !thousands[0] && v[0] < 1000 && v[1] >= 1000 &&
        v[0] * 1000 <= v[1])
        v[0] *= 1000;
    if (v[1] < v[0]) return 0;
    *lo = v[0], *hi = v[1];
    return i;
}

static bool is_yearish(int64_t v)
{
    return v >= 1800 && v <= 2100;
}

/* ---- the profile being filled ------------------------------------------- */

typedef struct prof {
    ds_extraction *x;
    ds_ctx *ctx;
    const ds_doc *doc;
    uint32_t docidx;
    uint32_t subject; /* x->actors index of the infobox owner / document focus, or DS_NONE */
    bool founded_from_infobox;
    /* the current prose sentence in ASCII lower case, for memmem cue search */
    const char *low_base; /* its start in doc->text */
    char *low;
    size_t low_n, low_cap;
    unsigned gate; /* G_* bits of the current sentence (sentence_gate) */
    bool article;  /* the document is about the subject: titled with its name, or an infobox */
    bool hq_past;  /* the headquarters read is a former one ("Saint Petersburg (until 2023)") */
} prof;

/* The cues of prose_parent(): a word that names the tie, then " of ". */
#define PARENT_CUE(word)                                                                           \
    {                                                                                              \
        word " of ", sizeof word - 1                                                               \
    }
static const struct {
    const char *cue;
    uint8_t word_len; /* the cue without " of " */
} PARENT_CUES[] = {PARENT_CUE("branch"), PARENT_CUE("affiliate"), PARENT_CUE("wing"),
                   PARENT_CUE("offshoot"), PARENT_CUE("faction"), PARENT_CUE("franchise"),
                   PARENT_CUE("splinter group"), PARENT_CUE("subsidiary"),
                   /* "established in 2009 as a splinter of the Milenio Cartel" */
                   PARENT_CUE("splinter")};
#undef PARENT_CUE
enum { PARENT_CUES_N = sizeof PARENT_CUES / sizeof *PARENT_CUES };

/* ---- the per-sentence gate ------------------------------------------------
 * Most sentences (a short news note) hold no profile fact at all. One pass
 * over a sentence lower-cases it and notes which cue families could match:
 * a prose_* reader runs its phrase searches only when its bit is set. Every
 * cue a reader matches with pword() starts at a word start with one of its
 * family's anchors, so the gate never hides a match; the outlet family's
 * anchors are plain substrings because that reader's own test was. An
 * anchor may be a whole cue ("has about", "based in": a space matches a
 * space) when its first word alone is common. */
enum {
    G_PARENT = 1u << 0,   /* "branch of", "faction of"... (prose_parent) */
    G_POSS = 1u << 1,     /* "Y's Sahel branch" (possessive_parent) */
    G_FOUNDED = 1u << 2,  /* "founded in" (prose_founded) */
    G_STRENGTH = 1u << 3, /* "estimated N fighters" (prose_strength) */
    G_OUTLET = 1u << 4,   /* media words (prose_outlets) */
    G_RELATION = 1u << 5, /* "allied with" (prose_relations) */
    G_PLACE = 1u << 6,    /* "active in", "based in" (prose_places) */
    G_DIGIT = 1u << 7,    /* a digit or a count in words: a strength needs a count */
    G_AKA = 1u << 9,      /* "also known as" (prose_aka) */
    G_TIE = 1u << 10,     /* "fights", "part of", "accused" (prose_relations' common words) */
    G_DENY = 1u << 11,    /* "denied", "denies" (prose_sponsor's denial of support) */
    G_PLATFORM = 1u << 8  /* Telegram, YouTube... (prose_platforms); the anchors are the
                           * big platforms whose first two letters are rare word starts
                           * ("wh", "in", "th" are not): the others count beside them */
};

typedef struct gate_anchor {
    const char *w;
    uint8_t len;
    bool word_start; /* only where a word starts (else anywhere) */
    unsigned bits;
} gate_anchor;
/* (the array's size is -1, a compile error, for an anchor of fewer than
 * three bytes: anchors_at reads the third) */
#define ANCHOR(w, ws, bits)                                                                        \
    {                                                                                              \
        w, sizeof w - 1 + 0 * sizeof(char[sizeof w > 3 ? 1 : -1]), ws, bits                        \
    }

static const gate_anchor GATE_ANCHORS[] = {
    ANCHOR("branch", true, G_PARENT | G_POSS),
    ANCHOR("affiliate", true, G_PARENT | G_POSS),
    ANCHOR("wing", true, G_PARENT | G_POSS),
    ANCHOR("franchise", true, G_PARENT | G_POSS),
    ANCHOR("offshoot", true, G_PARENT),
    ANCHOR("faction", true, G_PARENT),
    ANCHOR("splinter", true, G_PARENT),
    ANCHOR("subsidiary", true, G_PARENT),
    ANCHOR("province", true, G_POSS),
    ANCHOR("founded", true, G_FOUNDED),
    ANCHOR("established", true, G_FOUNDED),
    ANCHOR("formed in", true, G_FOUNDED),
    ANCHOR("formed on", true, G_FOUNDED),
    ANCHOR("created in", true, G_FOUNDED),
    ANCHOR("created on", true, G_FOUNDED),
    ANCHOR("emerged in", true, G_FOUNDED),
    ANCHOR("emerged around", true, G_FOUNDED),
    ANCHOR("its formation", true, G_FOUNDED),
    ANCHOR("its proclamation", true, G_FOUNDED),
    ANCHOR("was announced", true, G_FOUNDED),
    ANCHOR("its dissolution", true, G_FOUNDED),
    ANCHOR("dissolved itself", true, G_FOUNDED),
    ANCHOR("estimated", true, G_STRENGTH),
    ANCHOR("strength of", true, G_STRENGTH),
    ANCHOR("numbering", true, G_STRENGTH),
    ANCHOR("fighters number", true, G_STRENGTH),
    ANCHOR("members number", true, G_STRENGTH),
    ANCHOR("to have", true, G_STRENGTH),
    ANCHOR("to number", true, G_STRENGTH),
    /* a count in words is a count: "several thousand members", "a few
     * hundred fighters" (parse_count reads them) */
    ANCHOR("thousand", true, G_DIGIT),
    ANCHOR("hundred", true, G_DIGIT),
    ANCHOR("has about", true, G_STRENGTH),
    ANCHOR("has some", true, G_STRENGTH),
    ANCHOR("has around", true, G_STRENGTH),
    ANCHOR("has between", true, G_STRENGTH),
    ANCHOR("has over", true, G_STRENGTH),
    ANCHOR("has more than", true, G_STRENGTH),
    ANCHOR("has fewer than", true, G_STRENGTH),
    ANCHOR("has no more than", true, G_STRENGTH),
    ANCHOR("has less than", true, G_STRENGTH),
    ANCHOR("has up to", true, G_STRENGTH),
    ANCHOR("has nearly", true, G_STRENGTH),
    ANCHOR("has approximately", true, G_STRENGTH),
    ANCHOR("has roughly", true, G_STRENGTH),
    ANCHOR("retains between", true, G_STRENGTH),
    ANCHOR("retains about", true, G_STRENGTH),
    ANCHOR("retains some", true, G_STRENGTH),
    ANCHOR("has an estimated", true, G_STRENGTH),
    ANCHOR("fields between", true, G_STRENGTH),
    ANCHOR("fields about", true, G_STRENGTH),
    ANCHOR("membership at", true, G_STRENGTH),
    ANCHOR("range from", true, G_STRENGTH),
    ANCHOR("numbers", true, G_STRENGTH),
    ANCHOR("have about", true, G_STRENGTH),
    ANCHOR("have some", true, G_STRENGTH),
    ANCHOR("have around", true, G_STRENGTH),
    ANCHOR("have between", true, G_STRENGTH),
    ANCHOR("commands", true, G_STRENGTH),
    ANCHOR("can field", true, G_STRENGTH),
    ANCHOR("ranges from", true, G_STRENGTH),
    ANCHOR("strength at", true, G_STRENGTH),
    ANCHOR("size at", true, G_STRENGTH),
    ANCHOR("fighters at", true, G_STRENGTH),
    ANCHOR("group had", true, G_STRENGTH),
    ANCHOR("it had between", true, G_STRENGTH),
    ANCHOR("it had about", true, G_STRENGTH),
    ANCHOR("media", false, G_OUTLET),
    ANCHOR("magazine", false, G_OUTLET),
    ANCHOR("newsletter", false, G_OUTLET),
    ANCHOR("propaganda", false, G_OUTLET),
    ANCHOR("publication", false, G_OUTLET),
    ANCHOR("agency", false, G_OUTLET),
    ANCHOR("radio", true, G_OUTLET),
    ANCHOR("outlet", true, G_OUTLET),
    ANCHOR("foundation", true, G_OUTLET),
    ANCHOR("channel", true, G_OUTLET),
    ANCHOR("station", true, G_OUTLET),
    ANCHOR("newspaper", true, G_OUTLET),
    ANCHOR("website", true, G_OUTLET),
    ANCHOR("broadcaster", true, G_OUTLET),
    ANCHOR("language", false, G_OUTLET), /* "its Urdu-language monthly X" */
    ANCHOR("alli", true, G_RELATION),
    ANCHOR("ally", true, G_RELATION),
    ANCHOR("rival", true, G_RELATION),
    ANCHOR("allegiance", true, G_RELATION),
    ANCHOR("loyalty", true, G_RELATION),
    ANCHOR("clashed with", true, G_RELATION),
    ANCHOR("split from", true, G_RELATION),
    ANCHOR("broke away from", true, G_RELATION),
    ANCHOR("splintered from", true, G_RELATION),
    ANCHOR("its armed wing", true, G_RELATION),
    ANCHOR("its military wing", true, G_RELATION),
    ANCHOR("at war with", true, G_RELATION),
    ANCHOR("accused", true, G_TIE),
    ANCHOR("associated with", true, G_TIE),
    ANCHOR("fights", true, G_TIE),
    ANCHOR("fought", true, G_TIE),
    ANCHOR("part of", true, G_TIE),
    ANCHOR("member of", true, G_TIE),
    ANCHOR("in combat with", true, G_TIE),
    ANCHOR("hostile to", true, G_TIE),
    ANCHOR("linked to", true, G_TIE),
    ANCHOR("joined the", true, G_TIE),
    ANCHOR("merged into", true, G_TIE),
    ANCHOR("allied to", true, G_TIE),
    ANCHOR("affiliated with", true, G_TIE),
    ANCHOR("backed by", true, G_TIE),
    ANCHOR("supported by", true, G_TIE),
    ANCHOR("support from", true, G_TIE),
    ANCHOR("opposes", true, G_TIE),
    ANCHOR("fighting against", true, G_TIE),
    ANCHOR("sheltering", true, G_TIE),
    ANCHOR("aligned with", true, G_TIE),
    ANCHOR("harbo", true, G_TIE),
    ANCHOR("front for", true, G_TIE),
    ANCHOR("denied", true, G_DENY),
    ANCHOR("denies", true, G_DENY),
    ANCHOR("active in", true, G_PLACE),
    ANCHOR("operat", true, G_PLACE),
    ANCHOR("based in", true, G_PLACE),
    ANCHOR("based mostly", true, G_PLACE),
    ANCHOR("based mainly", true, G_PLACE),
    ANCHOR("headquartered in", true, G_PLACE),
    ANCHOR("headquarters", true, G_PLACE),
    ANCHOR("also known as", true, G_AKA),
    ANCHOR("following aliases", true, G_AKA),
    ANCHOR("renamed", true, G_AKA),
    ANCHOR("alternative name", true, G_AKA),
    ANCHOR("changed its name", true, G_AKA),
    ANCHOR("telegram", true, G_PLATFORM),
    ANCHOR("twitter", true, G_PLATFORM),
    ANCHOR("facebook", true, G_PLATFORM),
    ANCHOR("youtube", true, G_PLATFORM),
    ANCHOR("rocket", true, G_PLATFORM),
    ANCHOR("tiktok", true, G_PLATFORM),
    ANCHOR("vkontakte", true, G_PLATFORM),
};
/* room for every anchor under one letter: none is ever left out */
enum { GATE_N = sizeof GATE_ANCHORS / sizeof *GATE_ANCHORS };
/* anchor_key's range: 26 first letters, 28 classes of third byte */
enum { GATE_KEYS = 26 * 28 };
_Static_assert(GATE_N < 256, "gate_index holds anchor indexes and offsets in bytes");

/* The class of a byte b compared with an anchor's third byte as anchors_at
 * compares (b | 0x20 against a lower-case letter or a space): the letter
 * 0-25, 26 for what matches a space (' ', NUL), 27 for what matches no
 * anchor byte. */
static inline unsigned third_class(unsigned char b)
{
    unsigned l = (b | 0x20u) - 'a';
    if (l < 26u) return l;
    return (b | 0x20u) == ' ' ? 26u : 27u;
}

/* The list key of first letter f (0-25) and third byte class c3. */
static inline unsigned anchor_key(unsigned f, unsigned c3)
{
    return f * 28u + c3;
}

/* Anchors by first letter, with masks of their second letters (a quick
 * reject), and a class per byte. Built once per process (gates()). */
enum { C_ALNUM = 1, C_DIGIT = 2, C_ANY = 4 /* first letter of an anywhere anchor */ };
enum { GATE_PAIRS_MAX = 8 };

typedef struct gate_index {
    uint8_t cls[256];
    uint32_t second_ws[26], second_any[26];
    /* the anchors by first letter and third byte (the key of anchor_key;
     * anchors_at does not test the second, see there): every anchor's index
     * in at[off[k], off[k + 1]), the anywhere anchors alone (for positions
     * inside a word) in at_any[off_any[k], off_any[k + 1]) */
    uint8_t off[GATE_KEYS + 1], at[GATE_N];
    uint8_t off_any[GATE_KEYS + 1], at_any[GATE_N];
    /* the (first, second) lower-case letter pairs that second_any allows,
     * each letter 16 times, for the 16-byte scan; npairs > GATE_PAIRS_MAX
     * (or none): scan bytes */
    uint8_t npairs;
    __m128i pair_first[GATE_PAIRS_MAX], pair_second[GATE_PAIRS_MAX];
    uint32_t parent_last; /* the last letters of PARENT_CUES' words (bit c - 'a') */
} gate_index;

static void gate_index_init(gate_index *g)
{
    memset(g, 0, sizeof *g);
    for (unsigned c = '0'; c <= '9'; c++) g->cls[c] = C_ALNUM | C_DIGIT;
    for (unsigned c = 'a'; c <= 'z'; c++) g->cls[c] = g->cls[c - 32] = C_ALNUM;
    for (uint8_t a = 0; a < GATE_N; a++) {
        const gate_anchor *an = &GATE_ANCHORS[a];
        unsigned f = (unsigned)(an->w[0] - 'a');
        if (an->word_start) {
            g->second_ws[f] |= 1u << (an->w[1] - 'a');
        } else {
            g->second_any[f] |= 1u << (an->w[1] - 'a');
            g->cls[(unsigned char)an->w[0]] |= C_ANY;
            g->cls[(unsigned char)an->w[0] - 32] |= C_ANY;
        }
        /* counted here, placed below (the offsets made first) */
        unsigned k = anchor_key(f, third_class((unsigned char)an->w[2]));
        g->off[k + 1]++;
        if (!an->word_start) g->off_any[k + 1]++;
    }
    for (unsigned k = 0; k < GATE_KEYS; k++) {
        g->off[k + 1] = (uint8_t)(g->off[k + 1] + g->off[k]);
        g->off_any[k + 1] = (uint8_t)(g->off_any[k + 1] + g->off_any[k]);
    }
    uint8_t fill[GATE_KEYS], fill_any[GATE_KEYS];
    memcpy(fill, g->off, sizeof fill);
    memcpy(fill_any, g->off_any, sizeof fill_any);
    for (uint8_t a = 0; a < GATE_N; a++) {
        const gate_anchor *an = &GATE_ANCHORS[a];
        unsigned k = anchor_key((unsigned)(an->w[0] - 'a'), third_class((unsigned char)an->w[2]));
        g->at[fill[k]++] = a;
        if (!an->word_start) g->at_any[fill_any[k]++] = a;
    }
    for (size_t c = 0; c < PARENT_CUES_N; c++)
        g->parent_last |= 1u << (PARENT_CUES[c].cue[PARENT_CUES[c].word_len - 1] - 'a');
    for (unsigned f = 0; f < 26; f++)
        for (unsigned c2 = 0; c2 < 26; c2++)
            if (g->second_any[f] >> c2 & 1u) {
                if (g->npairs < GATE_PAIRS_MAX) {
                    g->pair_first[g->npairs] = _mm_set1_epi8((char)('a' + f));
                    g->pair_second[g->npairs] = _mm_set1_epi8((char)('a' + c2));
                }
                g->npairs++;
            }
}

static gate_index GATES;
static pthread_once_t gates_once = PTHREAD_ONCE_INIT;

static void gates_init(void)
{
    gate_index_init(&GATES);
}

static const gate_index *gates(void)
{
    pthread_once(&gates_once, gates_init);
    return &GATES;
}

/* The G_* bits of the anchors at s[i], whose first letter f (0-25) and
 * second letter passed the masks (of the word-start anchors too when
 * `word_start`; i + 1 < n): an anchor of letter f then matches when its
 * bytes from the third on do (its own second letter is not compared).
 * Each anchor is listed under f and the class of its third byte, so only
 * those whose third byte may be the text's are compared. Every anchor has
 * three bytes or more (ANCHOR): none fits unless s[i + 2] is in the
 * sentence. Inline in gate_chunk, whose masks are tested already. */
static inline __attribute__((always_inline)) unsigned anchors_after_masks(const gate_index *g,
                                                                          const char *s, size_t n,
                                                                          size_t i, unsigned f,
                                                                          bool word_start)
{
    if (n - i < 3) return 0;
    unsigned bits = 0;
    unsigned key = anchor_key(f, third_class((unsigned char)s[i + 2]));
    /* inside a word only the anywhere anchors can match: their own list */
    const uint8_t *at = word_start ? g->at : g->at_any;
    unsigned k = word_start ? g->off[key] : g->off_any[key];
    unsigned end = word_start ? g->off[key + 1] : g->off_any[key + 1];
    for (; k < end; k++) {
        const gate_anchor *an = &GATE_ANCHORS[at[k]];
        size_t m = an->len;
        if (m > n - i) continue;
        size_t j = 2;
        while (j < m && ((unsigned char)s[i + j] | 0x20u) == (unsigned char)an->w[j]) j++;
        if (j == m) bits |= an->bits;
    }
    return bits;
}

/* The G_* bits of the anchors at s[i] (a letter; any case), of the
 * word-start ones too when `word_start`. */
static unsigned anchors_at(const gate_index *g, const char *s, size_t n, size_t i, bool word_start)
{
    /* c | 0x20 is a lower-case letter exactly when c is a letter */
    unsigned f = ((unsigned char)s[i] | 0x20u) - 'a';
    if (f >= 26u || i + 1 >= n) return 0;
    unsigned c2 = ((unsigned char)s[i + 1] | 0x20u) - 'a';
    uint32_t mask = g->second_any[f] | (word_start ? g->second_ws[f] : 0);
    if (c2 >= 26u || !(mask >> c2 & 1u)) return 0;
    return anchors_after_masks(g, s, n, i, f, word_start);
}

/* The G_* bits of the anchors found in s[0, n). A word is a run of ASCII
 * letters and digits, as for pword(). */
static unsigned sentence_gate_bytes(const gate_index *g, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned bits = 0;
    bool digit = false;
    size_t i = 0;
    while (i < n) {
        unsigned k = g->cls[u[i]];
        if (!(k & C_ALNUM)) {
            i++;
            continue;
        }
        /* a word starts at i */
        if (k & C_DIGIT) {
            digit = true;
        } else if (i + 1 < n) {
            /* the second-letter masks, inline: most words start no anchor */
            unsigned f = (u[i] | 0x20u) - 'a', c2 = (u[i + 1] | 0x20u) - 'a';
            if (c2 < 26u && ((g->second_ws[f] | g->second_any[f]) >> c2 & 1u))
                bits |= anchors_at(g, s, n, i, true);
        }
        for (i++;; i++) {
            /* letters that start no anywhere-anchor are most of the text:
             * one test each */
            while (i < n && g->cls[u[i]] == C_ALNUM) i++;
            if (i >= n) break;
            k = g->cls[u[i]];
            if (!(k & C_ALNUM)) break;
            if (k & C_DIGIT) {
                digit = true;
            } else if (i + 1 < n) { /* C_ANY */
                unsigned f = (u[i] | 0x20u) - 'a', c2 = (u[i + 1] | 0x20u) - 'a';
                if (c2 < 26u && (g->second_any[f] >> c2 & 1u))
                    bits |= anchors_at(g, s, n, i, false);
            }
        }
    }
    return bits | (digit ? G_DIGIT : 0);
}

/* The anchors of the 16 bytes c[0, 16) (c[16] readable), which are
 * s[base, base + 16) (or, past n, zeros): the anchors_at() calls of
 * sentence_gate_bytes() that can return bits, at the same positions with
 * the same word_start. A word start is an ASCII letter or digit after none
 * (*prev_alnum: the byte before c[0] is one): anchors_at() with word_start
 * there when the second-letter masks allow; inside a word, only where the
 * two letters are a pair second_any allows. A digit anywhere sets *digit. */
static inline __attribute__((always_inline)) unsigned gate_chunk(const gate_index *g, const char *s,
                                                                 size_t n, size_t base,
                                                                 const unsigned char *c,
                                                                 unsigned *prev_alnum, bool *digit)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)c);
    const __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
    /* x - 'a' < 26 unsigned, as a signed compare: shifted by 128 - 'a',
     * the letters are -128..-103 and every other byte is above */
    __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(128 - 'a'))),
                                    _mm_set1_epi8((char)(-128 + 26)));
    __m128i dig = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(128 - '0'))),
                                 _mm_set1_epi8((char)(-128 + 10)));
    unsigned lm = (unsigned)_mm_movemask_epi8(letter), dm = (unsigned)_mm_movemask_epi8(dig);
    unsigned alnum = lm | dm;
    unsigned starts = alnum & ~((alnum << 1) | *prev_alnum);
    *prev_alnum = alnum >> 15;
    if (dm) *digit = true;
    const __m128i lonext =
        _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(c + 1)), _mm_set1_epi8(0x20));
    __m128i pairs = _mm_and_si128(_mm_cmpeq_epi8(lo, g->pair_first[0]),
                                  _mm_cmpeq_epi8(lonext, g->pair_second[0]));
    for (unsigned k = 1; k < g->npairs; k++)
        pairs = _mm_or_si128(pairs, _mm_and_si128(_mm_cmpeq_epi8(lo, g->pair_first[k]),
                                                  _mm_cmpeq_epi8(lonext, g->pair_second[k])));
    /* the word starts, and inside words the pairs second_any allows (lo
     * equal to a letter: the byte is that letter in either case) */
    unsigned cand = (starts & lm) | (unsigned)_mm_movemask_epi8(pairs);
    unsigned bits = 0;
    for (; cand; cand &= cand - 1) {
        unsigned j = (unsigned)__builtin_ctz(cand);
        bool ws = starts >> j & 1u;
        unsigned f = (c[j] | 0x20u) - 'a', c2 = (c[j + 1] | 0x20u) - 'a';
        /* (c[j + 1] a letter: base + j + 1 < n, the tail's padding is none) */
        if (c2 < 26u && ((g->second_any[f] | (ws ? g->second_ws[f] : 0)) >> c2 & 1u))
            bits |= anchors_after_masks(g, s, n, base + j, f, ws);
    }
    return bits;
}

/* sentence_gate_bytes(), 16 bytes a step: the same bits. The last chunk
 * (the bytes after the last whole 16 with a byte after them) is read from
 * a zero-padded copy; zeros are no letter or digit, so they start no word
 * and no anchor, and anchors_at() reads the sentence itself within n. */
static unsigned sentence_gate(const gate_index *g, const char *s, size_t n)
{
    if (!g->npairs || g->npairs > GATE_PAIRS_MAX) return sentence_gate_bytes(g, s, n);
    const unsigned char *u = (const unsigned char *)s;
    unsigned bits = 0, prev = 0;
    bool digit = false;
    size_t i = 0;
    for (; i + 16 < n; i += 16) bits |= gate_chunk(g, s, n, i, u + i, &prev, &digit);
    if (i < n) {
        unsigned char tail[32] = {0};
        memcpy(tail, u + i, n - i);
        bits |= gate_chunk(g, s, n, i, tail, &prev, &digit);
    }
    return bits | (digit ? G_DIGIT : 0);
}

/* Whether a cue's word ends at s[k] (where " of " starts): the word, in
 * any ASCII case, at a word start. */
static bool parent_cue_ends_at(const gate_index *g, const char *s, size_t k)
{
    /* each cue compares its word's last letter first: one test for all */
    unsigned last = k ? ((unsigned char)s[k - 1] | 0x20u) - 'a' : 26u;
    if (last >= 26u || !(g->parent_last >> last & 1u)) return false;
    for (size_t c = 0; c < PARENT_CUES_N; c++) {
        const char *w = PARENT_CUES[c].cue;
        size_t m = PARENT_CUES[c].word_len;
        /* the word's last letter first: it tells most cues apart */
        if (m > k || ((unsigned char)s[k - 1] | 0x20u) != (unsigned char)w[m - 1] ||
            (k > m && isalnum((unsigned char)s[k - m - 1])))
            continue;
        size_t j = 0;
        /* a letter in either case, the space of "splinter group" exactly */
        while (j < m &&
               ((unsigned char)s[k - m + j] | (w[j] == ' ' ? 0u : 0x20u)) == (unsigned char)w[j])
            j++;
        if (j == m) return true;
    }
    return false;
}

#if defined(__SSE2__)
/* The positions k of q[0, 16) where " of " starts (bit k), the letters in
 * either case; q[0, 19) is read. */
static inline unsigned of_at16(const char *q)
{
    const __m128i space = _mm_set1_epi8(' '), lower = _mm_set1_epi8(0x20);
    const __m128i o = _mm_set1_epi8('o'), f = _mm_set1_epi8('f');
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)q);
    __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(q + 1));
    __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(q + 2));
    __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(q + 3));
    __m128i hit = _mm_and_si128(
        _mm_and_si128(_mm_cmpeq_epi8(a, space), _mm_cmpeq_epi8(_mm_or_si128(b, lower), o)),
        _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(c, lower), f), _mm_cmpeq_epi8(d, space)));
    return (unsigned)_mm_movemask_epi8(hit);
}
#endif

/* Contract: true exactly when pword() would find one of PARENT_CUES in
 * s[0, n) (the cue at a word start, any ASCII case): each " of " (the
 * space exact, the letters in either case, as the lower-case copy and the
 * cues have them) is looked at and the word before it checked. 16
 * positions a step where SSE2 is there, the last step ending where the
 * sentence does. */
static bool parent_cue_in(const gate_index *g, const char *s, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 19 <= n; i += 16)
        for (unsigned mask = of_at16(s + i); mask; mask &= mask - 1)
            if (parent_cue_ends_at(g, s, i + (size_t)__builtin_ctz(mask))) return true;
    if (i + 4 <= n && n >= 19) {
        /* the positions left (fewer than 16) in one step that ends at the
         * sentence's end: it looks again at some positions of the step
         * before, which found no cue (the answer is the same) */
        for (unsigned mask = of_at16(s + n - 19); mask; mask &= mask - 1)
            if (parent_cue_ends_at(g, s, n - 19 + (size_t)__builtin_ctz(mask))) return true;
        return false;
    }
#endif
    for (; i + 4 <= n; i++)
        if (s[i] == ' ' && ((unsigned char)s[i + 1] | 0x20u) == 'o' &&
            ((unsigned char)s[i + 2] | 0x20u) == 'f' && s[i + 3] == ' ' &&
            parent_cue_ends_at(g, s, i))
            return true;
    return false;
}

/* Whether sentence si names an armed group or an "other" actor (the refs
 * run in sentence order; *cursor only moves forward, like the readers'),
 * and in *any whether it names an actor at all. */
static bool names_group(const ds_doc *doc, uint32_t si, uint32_t *cursor, bool *any)
{
    uint32_t i = *cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *cursor = i;
    *any = i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++)
        if (doc->actor_refs.v[i].type == DS_ACTOR_ARMED_GROUP ||
            doc->actor_refs.v[i].type == DS_ACTOR_OTHER)
            return true;
    return false;
}

/* How much of sentence si (its text from start, n bytes) a cue of
 * prose_parent with an effect lies in when the sentence names no group:
 * the actor it names after the cue must start after the cue's " of ", so
 * that ends by the last start of the sentence's actor refs (from cursor,
 * where names_group left it). */
static size_t parent_cue_room(const ds_doc *doc, uint32_t si, uint32_t cursor, uint32_t start,
                              size_t n)
{
    uint32_t last = start;
    for (uint32_t i = cursor; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++)
        if (doc->actor_refs.v[i].span.start > last) last = doc->actor_refs.v[i].span.start;
    return last - start < n ? last - start : n;
}

static bool fate_undone(const prof *p, const char *s, size_t n);

/* find_ci within the current sentence, by memmem on its lower-case copy. */
static const char *pfind(const prof *p, const char *s, size_t n, const char *needle)
{
    if (p->low && s >= p->low_base && s + n <= p->low_base + p->low_n) {
        const char *r = memmem(p->low + (s - p->low_base), n, needle, strlen(needle));
        return r ? p->low_base + (r - p->low) : NULL;
    }
    return ds_find_ci(s, n, needle);
}

static const char *pword(const prof *p, const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (const char *q = s; (q = pfind(p, q, n - (size_t)(q - s), needle)); q++) {
        bool left = q == s || !isalnum((unsigned char)q[-1]);
        bool right = q + m >= s + n || !isalnum((unsigned char)needle[m - 1]) ||
                     !isalnum((unsigned char)q[m]);
        if (left && right) return q;
    }
    return NULL;
}

static ds_actor *actor_at(prof *p, uint32_t i)
{
    return i == DS_NONE ? NULL : &p->x->actors.v[i];
}

/* A source for a block: its first sentence, or the block span itself. */
static bool block_source(prof *p, ds_source_vec *to, uint32_t b)
{
    const ds_block *blk = &p->doc->blocks.v[b];
    ds_source *s = ds_vec_push(p->x->arena, to);
    if (!s) return false;
    if (blk->nsentences && blk->first_sentence < p->doc->sentences.n)
        return ds_source_from_sentence(s, p->x, p->doc, p->docidx, blk->first_sentence) == DS_OK;
    s->doc = p->docidx;
    s->start = ds_doc_src_offset(p->doc, blk->span.start);
    s->end = ds_doc_src_offset(p->doc, blk->span.end);
    s->text = ds_facts_strn(p->x, p->doc->text + blk->span.start, blk->span.end - blk->span.start);
    return s->text != NULL;
}

static bool sentence_source(prof *p, ds_source_vec *to, uint32_t sentence)
{
    ds_source *s = ds_vec_push(p->x->arena, to);
    return s && ds_source_from_sentence(s, p->x, p->doc, p->docidx, sentence) == DS_OK;
}

/* A value split at the outermost parentheses: name "Jundallah", the first
 * parenthesised note "2014–2017" (empty when none). */
typedef struct item {
    char buf[512];
    strspan name, note;
    bool dead;
} item;

static bool has_digit(strspan t)
{
    for (size_t i = 0; i < t.n; i++)
        if (isdigit((unsigned char)t.s[i])) return true;
    return false;
}

static void split_item(item *it, const char *s, size_t n)
{
    it->dead = false;
    size_t len = clean_value(it->buf, sizeof it->buf, s, n, &it->dead);
    const char *open = memchr(it->buf, '(', len);
    it->note = (strspan){"", 0};
    if (open) {
        const char *close = memchr(open, ')', len - (size_t)(open - it->buf));
        size_t nl = close ? (size_t)(close - open - 1) : len - (size_t)(open - it->buf) - 1;
        it->note = trim(open + 1, nl);
        it->name = trim(it->buf, (size_t)(open - it->buf));
        /* "Dairo Antonio Úsuga ("Otoniel") (2012–2021, captured)": past a
         * nickname in quotes to the note after it */
        const char *again = close ? memchr(close, '(', len - (size_t)(close - it->buf)) : NULL;
        /* (and "Ahmed Diriye (Abu Ubaidah) (2014–present)": a nickname
         * without quotes, when the second note is a span of time) */
        if (again && it->note.n) {
            const char *c2 = memchr(again, ')', len - (size_t)(again - it->buf));
            size_t n2 = c2 ? (size_t)(c2 - again - 1) : len - (size_t)(again - it->buf) - 1;
            strspan second = trim(again + 1, n2);
            ds_date v, e;
            bool open_end, quoted = it->note.s[0] == '"' || (unsigned char)it->note.s[0] == 0xE2;
            if (quoted ||
                (!has_digit(it->note) && parse_when(second.s, second.n, &v, &e, &open_end)))
                it->note = second;
        }
    } else {
        it->name = trim(it->buf, len);
    }
    /* a sub-heading inside a cell ("State allies:") or a cross-reference */
    while (len && isspace((unsigned char)it->buf[len - 1])) len--;
    if (!open && len && it->buf[len - 1] == ':') it->name.n = 0;
    if (starts_ci(it->name.s, it->name.n, "see ")) it->name.n = 0;
}

static bool plausible_name(strspan n)
{
    if (n.n < 2 || n.n > 120) return false;
    size_t letters = 0;
    for (size_t i = 0; i < n.n; i++)
        if (isalpha((unsigned char)n.s[i]) || (unsigned char)n.s[i] >= 0x80) letters++;
    return letters >= 2;
}

/* Could n be a person's name: every word capitalised but the particles
 * of names ("bin", "de", "van", "al-Baghdadi")? Not "Rwandan exiles", "a
 * group of students". */
static bool person_like(strspan n)
{
    static const char *const particles[] = {"bin", "ibn", "bint", "de",  "del", "da", "dos",
                                            "van", "von", "la",   "le",  "du",  "al", "el",
                                            "ul",  "abu", "y",    "ben", NULL};
    for (size_t i = 0; i < n.n;) {
        size_t j = i;
        while (j < n.n && n.s[j] != ' ') j++;
        unsigned char c = (unsigned char)n.s[i];
        if (j > i && islower(c) && !memchr(n.s + i, '-', j - i)) {
            bool particle = false;
            for (const char *const *pt = particles; *pt && !particle; pt++)
                particle = strlen(*pt) == j - i && !strncmp(n.s + i, *pt, j - i);
            if (!particle) return false;
        }
        i = j + 1;
    }
    return true;
}

/* A name without the quoted nickname after it: 'Mikel Albisu "Mikel
 * Antza"' (an infobox's way of giving the nom de guerre, in straight or
 * curly quotes) is Mikel Albisu; a name that is all nickname stays, and
 * so does one quoted inside ('Ismael "El Mayo" Zambada'). */
static strspan without_nickname(strspan n)
{
    size_t e = n.n;
    bool curly = e >= 3 && !memcmp(n.s + e - 3, "\xE2\x80\x9D", 3);
    if (!(e && n.s[e - 1] == '"') && !curly) return n;
    for (size_t i = e - (curly ? 3 : 1); i-- > 1;) {
        bool open = n.s[i] == '"' || (curly && i + 3 <= e && !memcmp(n.s + i, "\xE2\x80\x9C", 3));
        if (!open) continue;
        if (n.s[i - 1] != ' ') return n;
        strspan cut = trim(n.s, i - 1);
        return cut.n >= 2 ? cut : n;
    }
    return n;
}

/* A name without the military ranks abbreviated before it ("Maj. Gen.
 * Twan Mrat Naing", "Lt. Gen. NAME" in an infobox): the person's name. */
static strspan without_rank(strspan n)
{
    static const char *const ranks[] = {"Gen. ",    "Maj. ",      "Brig. ", "Lt. ",  "Col. ",
                                        "Capt. ",   "Cmdr. ",     "Adm. ",  "Sgt. ", "Lt.-Gen. ",
                                        "Lt-Gen. ", "Maj.-Gen. ", NULL};
    for (bool cut = true; cut;) {
        cut = false;
        for (const char *const *r = ranks; *r && !cut; r++) {
            size_t m = strlen(*r);
            if (n.n > m + 3 && !memcmp(n.s, *r, m)) n.s += m, n.n -= m, cut = true;
        }
    }
    return n;
}

/* Are leader names a and b one person's: the same name, or one with an
 * honorific before the other ("Sheikh Ahmed Yassin" in prose, "Ahmed
 * Yassin" in the infobox)? */
static bool same_leader(const char *a, size_t an, const char *b, size_t bn)
{
    if (ds_facts_same_name(a, an, b, bn)) return true;
    /* "Abu Hammam" and "Abu Hammam al-Shami": a name of two words or more
     * that the other goes on from with an Arabic nisba ("al-", "el-") is
     * the same man's */
    if (an != bn) {
        const char *lo = an < bn ? a : b, *hi = an < bn ? b : a;
        size_t ln = an < bn ? an : bn, hn = an < bn ? bn : an;
        if (hn > ln + 4 && memchr(lo, ' ', ln) && !strncmp(lo, hi, ln) && hi[ln] == ' ' &&
            (!strncmp(hi + ln + 1, "al-", 3) || !strncmp(hi + ln + 1, "el-", 3)))
            return true;
    }
    static const char *const honorifics[] = {"Sheikh ",  "Shaykh ",  "Sheik ", "Mullah ",
                                             "Mawlawi ", "Maulana ", "Mufti ", "Imam ",
                                             "Sayyid ",  "Dr. ",     "Dr ",    NULL};
    for (int swap = 0; swap < 2; swap++) {
        const char *x = swap ? b : a, *y = swap ? a : b;
        size_t xn = swap ? bn : an, yn = swap ? an : bn;
        for (const char *const *h = honorifics; *h; h++) {
            size_t m = strlen(*h);
            if (xn > m && !strncmp(x, *h, m) && ds_facts_same_name(x + m, xn - m, y, yn))
                return true;
        }
    }
    return false;
}

static bool add_leader(prof *p, uint32_t actor, strspan name, const char *role, const item *it,
                       bool tenure, uint32_t block, uint32_t sentence, bool dead)
{
    ds_actor *a = actor_at(p, actor);
    if (!a || !plausible_name(name)) return true;
    name = without_rank(without_nickname(name));
    ds_leader l = {0};
    l.name = ds_facts_strn(p->x, name.s, name.n);
    l.role = role;
    if (!l.name) return false;
    if (tenure && it && it->note.n) {
        ds_date v, e;
        bool open;
        if (parse_when(it->note.s, it->note.n, &v, &e, &open)) {
            ds_date_format(l.start, v);
            ds_date_format(l.end, e);
            l.open_end = open;
            if (open) l.status = "current";
        }
    }
    if (dead || (it && it->note.n && says_dead(it->note.s, it->note.n))) l.status = "dead";
    /* "† (killed 2019)", "(died in May 2020)": the tenure ended with the death */
    if (tenure && it && it->note.n && !l.end[0] && !l.start[0] && l.status &&
        !strcmp(l.status, "dead") && says_dead(it->note.s, it->note.n)) {
        ds_date v;
        for (size_t k = 0; k < it->note.n; k++)
            if ((k == 0 || it->note.s[k - 1] == ' ') && date_at(it->note.s, it->note.n, k, &v)) {
                ds_date_format(l.end, v);
                break;
            }
    }
    bool ok = block != DS_NONE ? block_source(p, &l.sources, block)
                               : sentence_source(p, &l.sources, sentence);
    if (!ok) return false;
    /* the same person again: complete what is missing */
    for (uint32_t i = 0; i < a->leaders.n; i++) {
        ds_leader *t = &a->leaders.v[i];
        if (!same_leader(t->name, strlen(t->name), l.name, strlen(l.name))) continue;
        /* "Abu Musab al-Barnawi (2016 - 2019)" and again "(2021 - Aug 2021)":
         * a second tenure after the first ended */
        if (t->end[0] && l.start[0] && strcmp(l.start, t->end) >= 0) continue;
        if (!t->start[0]) memcpy(t->start, l.start, sizeof t->start);
        if (!t->end[0]) memcpy(t->end, l.end, sizeof t->end);
        if (!t->status) t->status = l.status;
        /* a more precise role replaces "leader"; a founder who led it is
         * its leader ("founded by NAME, who has served as its commander") */
        if (!t->role || (role && (!strcmp(t->role, "leader") ||
                                  (!strcmp(t->role, "founder") && strcmp(role, "founder") != 0))))
            t->role = role;
        return true;
    }
    ds_leader *slot = ds_vec_push(p->x->arena, &a->leaders);
    if (!slot) return false;
    *slot = l;
    return true;
}

static bool add_affiliation(prof *p, uint32_t actor, strspan name, const char *relation,
                            const item *it, uint32_t block, uint32_t sentence)
{
    ds_actor *a = actor_at(p, actor);
    if (!a || !plausible_name(name)) return true;
    if (ds_facts_same_name(a->name, strlen(a->name), name.s, name.n)) return true;
    /* "Merger of: Jabhat Fatah al-Sham" in HTS's article: one of its own
     * names (the lexicon counts the earlier name as an alias); but "Part
     * of: Free Papua Movement" in the TPNPB's is the body it is the armed
     * wing of, which the lexicon mixes with it: a parent, and no alias */
    for (uint32_t k = 0; k < a->aliases.n; k++)
        if (ds_facts_same_name(a->aliases.v[k], strlen(a->aliases.v[k]), name.s, name.n)) {
            if (strcmp(relation, "parent") != 0 || actor != p->subject || !p->article) return true;
            memmove(&a->aliases.v[k], &a->aliases.v[k + 1],
                    (a->aliases.n - k - 1) * sizeof *a->aliases.v);
            a->aliases.n--;
            break;
        }
    ds_affiliation f = {0};
    f.name = ds_facts_strn(p->x, name.s, name.n);
    f.relation = relation;
    if (!f.name) return false;
    if (it && it->note.n) {
        ds_date v, e;
        bool open;
        if (parse_when(it->note.s, it->note.n, &v, &e, &open)) {
            ds_date_format(f.start, v);
            ds_date_format(f.end, e);
        } else {
            /* "Allies: - AQIM (parent)": a note that is a relation names it */
            static const char *relations[] = {"parent", "ally", "rival", "subgroup", "opponent"};
            const char *named = NULL;
            for (size_t r = 0; r < sizeof relations / sizeof *relations; r++)
                if (it->note.n == strlen(relations[r]) &&
                    !strncasecmp(it->note.s, relations[r], it->note.n))
                    named = relations[r];
            if (named) f.relation = relation = named;
            /* "(claimed by Tajik government; denied)": a disputed tie; "(Pakistan)": a note */
            f.note = named ? NULL : ds_facts_strn(p->x, it->note.s, it->note.n);
            if (!named && !f.note) return false;
            f.disputed = ds_find_word(it->note.s, it->note.n, "denied") ||
                         ds_find_word(it->note.s, it->note.n, "disputed") ||
                         ds_find_word(it->note.s, it->note.n, "claimed") ||
                         ds_find_word(it->note.s, it->note.n, "alleged") ||
                         ds_find_word(it->note.s, it->note.n, "unconfirmed");
        }
    }
    bool ok = block != DS_NONE ? block_source(p, &f.sources, block)
                               : sentence_source(p, &f.sources, sentence);
    if (!ok) return false;
    for (uint32_t i = 0; i < a->affiliations.n; i++) {
        ds_affiliation *t = &a->affiliations.v[i];
        if (!ds_facts_same_name(t->name, strlen(t->name), f.name, strlen(f.name))) continue;
        /* "a splinter group of Boko Haram" and "Opponents: Boko Haram": two ties */
        if (strcmp(t->relation, relation) != 0) continue;
        if (!t->start[0]) memcpy(t->start, f.start, sizeof t->start);
        if (!t->end[0]) memcpy(t->end, f.end, sizeof t->end);
        t->disputed |= f.disputed;
        return true;
    }
    ds_affiliation *slot = ds_vec_push(p->x->arena, &a->affiliations);
    if (!slot) return false;
    *slot = f;
    if (!strcmp(relation, "opponent")) {
        const char **o = ds_vec_push(p->x->arena, &a->opponents);
        if (!o) return false;
        *o = f.name;
    }
    if (!strcmp(relation, "parent") && !a->parent) a->parent = f.name;
    return true;
}

/* Is the note one date, no span ("2016", not "2014–2019" or "2016–present")? */
static bool one_date(strspan note)
{
    ds_date v, e;
    bool open;
    return note.n && parse_when(note.s, note.n, &v, &e, &open) && !open && !e.year;
}

/* The parent tie of a (to `name`) dated by one date only: that date is
 * when the tie ended. */
static void split_ends_tie(ds_actor *a, strspan name)
{
    for (uint32_t i = 0; a && i < a->affiliations.n; i++) {
        ds_affiliation *t = &a->affiliations.v[i];
        if (strcmp(t->relation, "parent") != 0 || !t->start[0] || t->end[0] ||
            !ds_facts_same_name(t->name, strlen(t->name), name.s, name.n))
            continue;
        memcpy(t->end, t->start, sizeof t->end);
        t->start[0] = '\0';
    }
}

/* Words of `name` (folded) all occur in `have`: "al-Azaim Foundation" is a
 * shorter "al-Azaim Media Foundation". */
static bool words_within(const char *name, size_t n, const char *have)
{
    char a[256], b[256];
    size_t an = ds_fold(a, sizeof a, name, n), bn = ds_fold(b, sizeof b, have, strlen(have));
    if (an == (size_t)-1 || bn == (size_t)-1) return false;
    for (size_t i = 0; i < an;) {
        while (i < an && a[i] == ' ') i++;
        size_t j = i;
        while (j < an && a[j] != ' ') j++;
        if (j > i) {
            bool found = false;
            for (size_t k = 0; k + (j - i) <= bn && !found; k++)
                found = (k == 0 || b[k - 1] == ' ') && !memcmp(b + k, a + i, j - i) &&
                        (k + (j - i) == bn || b[k + (j - i)] == ' ');
            if (!found) return false;
        }
        i = j;
    }
    return true;
}

/* Adds a static string (a language or platform name) unless present. */
static bool add_static_str(prof *p, ds_str_vec *v, const char *s)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (!strcmp(v->v[i], s)) return true;
    const char **slot = ds_vec_push(p->x->arena, v);
    return slot && (*slot = s);
}

/* The outlet of actor with that name (same name, or all its words within
 * an outlet's: "al-Azaim" -> "al-Azaim Media Foundation"), or NULL. */
static ds_outlet *outlet_named(ds_actor *a, strspan name)
{
    for (uint32_t i = 0; i < a->media_outlets.n; i++) {
        ds_outlet *o = &a->media_outlets.v[i];
        if (ds_facts_same_name(o->name, strlen(o->name), name.s, name.n) ||
            words_within(name.s, name.n, o->name))
            return o;
    }
    return NULL;
}

/* Adds outlet `name` of actor (or finds it) with languages langs[0, nlangs)
 * (static strings). */
static bool add_outlet(prof *p, uint32_t actor, strspan name, const char *const *langs,
                       size_t nlangs, uint32_t block, uint32_t sentence)
{
    ds_actor *a = actor_at(p, actor);
    if (!a || !plausible_name(name)) return true;
    ds_outlet *o = outlet_named(a, name);
    if (!o) {
        o = ds_vec_push(p->x->arena, &a->media_outlets);
        if (!o || !(o->name = ds_facts_strn(p->x, name.s, name.n))) return false;
    }
    /* where it is named: the infobox line, else the sentence (once each) */
    bool seen = false;
    uint32_t at = block != DS_NONE ? p->doc->blocks.v[block].span.start
                                   : p->doc->sentences.v[sentence].span.start;
    uint32_t src_at = ds_doc_src_offset(p->doc, at);
    for (uint32_t k = 0; k < o->sources.n && !seen; k++)
        seen = o->sources.v[k].doc == p->docidx && o->sources.v[k].start <= src_at &&
               src_at < o->sources.v[k].end;
    if (!seen && o->sources.n < 8 &&
        !(block != DS_NONE ? block_source(p, &o->sources, block)
                           : sentence_source(p, &o->sources, sentence)))
        return false;
    for (size_t k = 0; k < nlangs; k++)
        if (!add_static_str(p, &o->languages, langs[k])) return false;
    return true;
}

static bool set_strength(prof *p, uint32_t actor, int64_t lo, int64_t hi, strspan source)
{
    ds_actor *a = actor_at(p, actor);
    if (!a || a->has_strength) return true;
    a->has_strength = true;
    a->strength_min = lo;
    a->strength_max = hi;
    if (source.n) {
        a->strength_source = ds_facts_strn(p->x, source.s, source.n);
        if (!a->strength_source) return false;
    }
    return true;
}

/* The year a part of a note opens or ends with ("2024 estimate", "UN
 * estimate 2021"); false when it has none. */
static bool part_year(strspan part, ds_date *v)
{
    const char *s = part.s;
    size_t n = part.n;
    bool head = n > 5 && isdigit((unsigned char)s[0]) && s[4] == ' ';
    bool tail = n > 5 && s[n - 5] == ' ';
    if (!head && !tail) return false;
    const char *y = head ? s : s + n - 4;
    int64_t year = 0;
    for (size_t i = 0; i < 4; i++) {
        if (!isdigit((unsigned char)y[i])) return false;
        year = year * 10 + (y[i] - '0');
    }
    if (!is_yearish(year)) return false;
    *v = (ds_date){0};
    v->year = (int16_t)year;
    return true;
}

/* A note without its date parts: "2020, UN estimate" and "UN estimate,
 * 2020" -> "UN estimate"; a note that is only a date ("2020") -> empty. The
 * parts are separated by ',' or ';'; the first part that is no date is
 * kept. *when gets the date the note gives, the year the count is of (a
 * date part, or the year a part opens or ends with: "2024 estimate"). */
static strspan undated_note(strspan note, ds_date *when)
{
    ds_date v, e;
    bool open;
    strspan kept = {"", 0};
    for (size_t i = 0; i < note.n;) {
        strspan part = next_part(note.s, note.n, &i);
        if (!part.n) continue;
        if (parse_when1(part.s, part.n, &v, &e, &open)) {
            if (!when->year && !e.year && !open) *when = v;
            continue;
        }
        if (!when->year && part_year(part, &v)) *when = v;
        if (!kept.n) kept = part;
    }
    return kept;
}

/* "1000-2000 (UN estimate)": strength with its source. want_estimate: an
 * unlabelled field must say it is a head count (a range, or "estimate",
 * "fighters"...), not a year span. */
static bool try_strength(prof *p, const item *it, bool labelled)
{
    int64_t lo, hi;
    size_t used = parse_count(it->name.s, it->name.n, &lo, &hi);
    if (!used) return false;
    strspan rest = trim(it->name.s + used, it->name.n - used);
    /* the head count's noun ("about 4,500 cadres", "800 guerrillas") */
    static const char *const nouns[] = {
        "fighters", "members",    "militants", "men",        "combatants", "troops",    "cadres",
        "gunmen",   "guerrillas", "soldiers",  "insurgents", "operatives", "personnel", NULL};
    bool counted = rest.n == 0;
    for (const char *const *w = nouns; *w && !counted; w++)
        counted = ds_find_word(rest.s, rest.n, *w) != NULL;
    if (!counted) return false;
    bool estimate = it->note.n && ds_find_ci(it->note.s, it->note.n, "estimat");
    if (!labelled) {
        if (is_yearish(lo) && is_yearish(hi) && !estimate) return false;
        if (lo == hi && !estimate && rest.n == 0) return false;
    }
    ds_date when = {0};
    strspan source = undated_note(it->note, &when);
    /* "1,000–3,000 (Syria, 2023)": a place the count is of, no source */
    for (uint32_t i = 0; source.n && i < p->doc->places.n; i++) {
        const char *pn = p->doc->places.v[i].name;
        if (pn && strlen(pn) == source.n && !strncmp(pn, source.s, source.n)) source.n = 0;
    }
    ds_actor *a = actor_at(p, p->subject);
    /* "~1,250 (2000)" then "fewer than 50 (2023)" under one label: the
     * latest count, not the first */
    if (a && a->has_strength && when.year && a->strength_as_of[0] &&
        atoi(a->strength_as_of) < when.year) {
        a->has_strength = false;
        a->strength_source = NULL;
    }
    bool had = !a || a->has_strength;
    if (!set_strength(p, p->subject, lo, hi, source)) return false;
    /* "2,000–3,000 (2024 estimate)": the year the count is of */
    if (!had && when.year) ds_date_format(a->strength_as_of, when);
    return true;
}

/* "Achin District, Afghanistan (de facto, originally)": a place list. */
static bool looks_like_place(const prof *p, const ds_block *b, strspan name)
{
    for (uint32_t i = 0; i < p->doc->places.n; i++) {
        const ds_place *pl = &p->doc->places.v[i];
        if (pl->span.start >= b->span.start && pl->span.end <= b->span.end) return true;
    }
    if (!memchr(name.s, ',', name.n) || name.n > 100) return false;
    /* every comma part starts upper case; no digits */
    bool start = true;
    for (size_t i = 0; i < name.n; i++) {
        unsigned char c = (unsigned char)name.s[i];
        if (isdigit(c)) return false;
        if (c == ',')
            start = true;
        else if (start && c != ' ') {
            if (!isupper(c)) return false;
            start = false;
        }
    }
    return true;
}

/* Is name a name written with capitals: it starts with a capital letter
 * (or a letter outside ASCII), holds no digit and is no sentence (at most
 * eight words)? "Sierra Madre", "Qandil Mountains", "Dahieh, Beirut". */
static bool capitalised_name(strspan name)
{
    if (!name.n || name.n > 80) return false;
    unsigned char c0 = (unsigned char)name.s[0];
    if (!isupper(c0) && c0 < 0x80) return false;
    size_t words = 1;
    for (size_t i = 0; i < name.n; i++) {
        if (isdigit((unsigned char)name.s[i])) return false;
        if (name.s[i] == ' ' && ++words > 8) return false;
    }
    return true;
}

/* Does name (a value of block b, perhaps rebuilt by the reader) start with
 * a place annotated in b, if b has any? */
static bool place_first(const prof *p, const ds_block *b, strspan name)
{
    bool any = false;
    for (uint32_t i = 0; i < p->doc->places.n; i++) {
        const ds_span *sp = &p->doc->places.v[i].span;
        if (sp->start < b->span.start || sp->end > b->span.end) continue;
        size_t len = sp->end - sp->start;
        if (len <= name.n && !memcmp(name.s, p->doc->text + sp->start, len)) return true;
        any = true;
    }
    return !any;
}

static bool set_founded(prof *p, ds_date v, bool from_infobox)
{
    ds_actor *a = actor_at(p, p->subject);
    if (!a || !v.year) return true;
    char iso[11];
    ds_date_format(iso, v);
    if (a->founded[0] && (p->founded_from_infobox || strlen(a->founded) >= strlen(iso)))
        return true;
    memcpy(a->founded, iso, sizeof a->founded);
    p->founded_from_infobox |= from_infobox;
    return true;
}

/* An unlabelled infobox value (or one under a list label that is plainly
 * not a list entry): date -> founded, "2015–present" -> active period,
 * place -> headquarters, "N-M (... estimate)" -> strength. True when used. */
static bool classify_field(prof *p, const ds_block *b, const item *it, label_kind lk, bool *ok)
{
    *ok = true;
    ds_date v, e;
    bool open;
    /* a list label the reader carried over to the values after its list
     * (places under "Active regions" are its entries, not a headquarters) */
    bool carried = lk != LK_NONE && lk != LK_FOUNDED && lk != LK_ACTIVE && lk != LK_HQ &&
                   lk != LK_STRENGTH && lk != LK_AREA && lk != LK_DISSOLVED;
    if (parse_when1(it->name.s, it->name.n, &v, &e, &open)) {
        ds_actor *sa = actor_at(p, p->subject);
        /* "Dissolved: 2 May 2018"; "Dates of operation: 1959–2018" ended
         * then (an extension of the contract: "dissolved") */
        if (sa && !sa->dissolved[0] &&
            ((lk == LK_DISSOLVED && !e.year && !open) || (lk == LK_ACTIVE && e.year && !open)))
            ds_date_format(sa->dissolved, lk == LK_DISSOLVED ? v : e);
        if (lk == LK_DISSOLVED) return true;
        if ((lk == LK_NONE || carried || lk == LK_FOUNDED) && !e.year && !open &&
            (v.month || lk == LK_FOUNDED)) {
            *ok = set_founded(p, v, true);
            return true;
        }
        /* an active period ("2015–present") or a bare year: not a founding
         * date, but under "Dates of operation" (or, unlabelled in a flattened
         * infobox, "2006–present") its start is the founding year when
         * nothing more precise says it */
        if ((lk == LK_ACTIVE && (e.year || open)) || (lk == LK_NONE && open)) {
            ds_actor *a = actor_at(p, p->subject);
            if (a && !a->founded[0]) /* at the start's precision: "2 March 2017 – present" */
                *ok = set_founded(p, v, false);
        }
        return true;
    }
    if ((lk == LK_NONE || carried || lk == LK_STRENGTH) && try_strength(p, it, lk == LK_STRENGTH))
        return true;
    /* unlabelled, the value is a place from its first word ("Jilib (de
     * facto)"; not "Designated as a terrorist group by United States", a
     * label the reader did not take for one, and its value) */
    bool place = (lk == LK_HQ || (lk == LK_NONE && place_first(p, b, it->name))) &&
                 looks_like_place(p, b, it->name);
    /* under its label, a capitalised name the gazetteer lacks is still the
     * headquarters ("Headquarters: Sierra Madre (de facto)") */
    if (!place && lk == LK_HQ && capitalised_name(it->name)) {
        static const char *const none[] = {"Unknown", "None", "Various", "Disputed", NULL};
        place = true;
        for (const char *const *w = none; *w && place; w++)
            place = !(strlen(*w) == it->name.n && !strncmp(it->name.s, *w, it->name.n));
    }
    /* (a group's name under a tie's label is none: "Part of: Islamic State
     * – East Asia Province (faction, 2014–2019)") */
    bool tie = lk == LK_PARENT || lk == LK_SUBGROUP;
    if (!place && carried && !tie && looks_like_place(p, b, it->name)) {
        static const char *units[] = {"district", "province", "governorate", "region",
                                      "city",     "town",     "valley",      "state"};
        for (size_t i = 0; i < sizeof units / sizeof *units && !place; i++)
            place = ds_find_word(it->name.s, it->name.n, units[i]) != NULL;
    }
    if (!place && lk == LK_NONE && it->note.n && it->name.n < 60 &&
        !memchr(it->name.s, ',', it->name.n)) {
        /* "Port Lark (originally)": a capitalised name with a location-history note */
        static const char *notes[] = {"originally", "de facto", "formerly", "until", "reported"};
        bool caps = true;
        for (size_t i = 0; i < it->name.n && caps; i++) {
            unsigned char c = (unsigned char)it->name.s[i];
            if (isdigit(c) || ((i == 0 || it->name.s[i - 1] == ' ') && islower(c) &&
                               i + 2 < it->name.n && strncmp(it->name.s + i, "of ", 3) != 0))
                caps = false;
        }
        for (size_t i = 0; i < sizeof notes / sizeof *notes && caps && !place; i++)
            place = ds_find_word(it->note.s, it->note.n, notes[i]) != NULL;
    }
    if (place) {
        ds_actor *a = actor_at(p, p->subject);
        /* "Saada (until 2014) / Sanaa (2014–present)": the present one */
        bool current = it->note.n && (ds_find_word(it->note.s, it->note.n, "present") ||
                                      ds_find_word(it->note.s, it->note.n, "current"));
        /* ("Saint Petersburg (until 2023), Molkino": a place after a former
         * one, with no note, is the present one too) */
        bool past = it->note.n && (ds_find_word(it->note.s, it->note.n, "until") ||
                                   ds_find_word(it->note.s, it->note.n, "formerly") ||
                                   ds_find_word(it->note.s, it->note.n, "former"));
        if (a && (!a->headquarters || current || (p->hq_past && !past))) {
            *ok = (a->headquarters = ds_facts_strn(p->x, it->name.s, it->name.n)) != NULL;
            p->hq_past = past;
        }
        return true;
    }
    return false;
}

/* The role a leader's note opens with ("commander-in-chief, 2009–present",
 * "deputy commander-in-chief", "spokesman"): its first part, up to four
 * lower-case words and hyphens, the last a role word; NULL when none. */
static const char *note_role(prof *p, strspan note)
{
    size_t n = 0;
    while (n < note.n && note.s[n] != ',' && note.s[n] != ';') n++;
    strspan part = trim(note.s, n);
    if (part.n < 4 || part.n > 40 || !islower((unsigned char)part.s[0])) return NULL;
    size_t words = 1, last = 0;
    for (size_t i = 0; i < part.n; i++) {
        unsigned char c = (unsigned char)part.s[i];
        if (c == ' ')
            words++, last = i + 1;
        else if (!islower(c) && c != '-')
            return NULL;
    }
    if (words > 4) return NULL;
    /* "Abdirahman Fahiye Isse Mohamud (deputy)": the deputy leader */
    if (part.n == 6 && !strncmp(part.s, "deputy", 6)) return "deputy leader";
    /* the head: the last word, or its first part ("commander-in-chief") */
    size_t he = last;
    while (he < part.n && part.s[he] != '-') he++;
    static const char *const heads[] = {"leader",   "commander", "chief",   "emir",      "amir",
                                        "wali",     "spokesman", "founder", "president", "head",
                                        "chairman", "secretary", NULL};
    bool head = false;
    for (const char *const *h = heads; *h && !head; h++)
        head = strlen(*h) == he - last && !strncmp(part.s + last, *h, he - last);
    if (!head) return NULL;
    return ds_facts_strn(p->x, part.s, part.n);
}

/* A FIELD under a list label may hold several entries, one a line or
 * separated by commas or semicolons outside parentheses ("Godane † (2008–
 * 2014); Ahmad Umar (2014–present)"). Calls each with one entry. */
static const char *language_of(const char *w, size_t n);
static const char *language_adjective(const char *s, size_t n);

/* Does an actor's name end at doc offset `comma`, a capitalised name
 * after its ", "? (Only for a parent label's commas, which are few.) */
static bool comma_between_actors(const ds_doc *doc, uint32_t comma)
{
    if (comma + 2 >= doc->text_len || doc->text[comma + 1] != ' ' ||
        !isupper((unsigned char)doc->text[comma + 2]))
        return false;
    for (uint32_t i = 0; i < doc->actor_refs.n; i++)
        if (doc->actor_refs.v[i].span.end == comma) return true;
    return false;
}

static bool each_entry_at(prof *p, uint32_t bi, const label_def *ld, size_t skip)
{
    const ds_block *b = &p->doc->blocks.v[bi];
    const char *s = p->doc->text + b->span.start + skip;
    size_t n = b->span.end - b->span.start - skip;
    /* a list item with its label inline ("- Founder: NAME") is a field */
    bool field = b->kind == DS_BLOCK_FIELD || skip;
    bool list = field && ld &&
                (ld->kind == LK_LEADER || ld->kind == LK_KNOWN || ld->kind == LK_SUBGROUP ||
                 ld->kind == LK_ALLY || ld->kind == LK_OPPONENT || ld->kind == LK_RIVAL ||
                 ld->kind == LK_OUTLET || ld->kind == LK_AREA || ld->kind == LK_ALIAS);
    /* "Part of: Three Brotherhood Alliance; Northern Alliance": parents
     * apart by semicolons (a comma may be inside one's name) */
    bool semi = field && ld && ld->kind == LK_PARENT;
    /* "Headquarters: Kidal (until November 2023), Tinzaouaten (2023–present)":
     * places apart after a note (not "Jilib, Middle Juba") */
    bool hq = field && ld && ld->kind == LK_HQ;
    /* "Opponents: Mali, Burkina Faso, France": states are sides, not places */
    bool sides = ld && (ld->kind == LK_OPPONENT || ld->kind == LK_ALLY || ld->kind == LK_RIVAL);
    if (field && list && !sides) {
        /* a whole value that is a date, a count or a place is not a list */
        item whole;
        bool ok = true;
        split_item(&whole, s, n);
        if (whole.name.n && classify_field(p, b, &whole, ld->kind, &ok)) return ok;
    }
    size_t i = 0;
    while (i < n) {
        size_t j = i, sep = 1, nick = 0;
        int depth = 0;
        while (j < n) {
            /* "NAME, alias "Pipo" (2021–2024); NAME, alias "Lobo Menor"
             * (2024–present)": the nickname after the comma is the same
             * person's, its tenure his (not an entry of its own) */
            if (list && depth == 0 && s[j] == ',' && !nick && j + 1 < n && s[j + 1] == ' ' &&
                (starts_ci(s + j + 2, n - j - 2, "alias ") ||
                 starts_ci(s + j + 2, n - j - 2, "a.k.a. ") ||
                 starts_ci(s + j + 2, n - j - 2, "aka ") ||
                 starts_ci(s + j + 2, n - j - 2, "known as "))) {
                nick = j++;
                continue;
            }
            if (s[j] == '\n' || (list && depth == 0 && (s[j] == ',' || s[j] == ';')) ||
                (semi && depth == 0 && s[j] == ';'))
                break;
            /* "Member of: Three Brotherhood Alliance, Northern Alliance": a
             * comma between two names the text's actors end and start at */
            if (semi && depth == 0 && s[j] == ',' &&
                comma_between_actors(p->doc, (uint32_t)(s + j - p->doc->text)))
                break;
            if (hq && depth == 0 && (s[j] == ',' || s[j] == ';' || s[j] == '/')) {
                size_t q = j;
                while (q > i && s[q - 1] == ' ') q--;
                if (q > i && s[q - 1] == ')') break;
            }
            /* "A (x) · B (y)", "A • B": a middle dot or a bullet between entries */
            if (list && depth == 0 && j + 1 < n && (unsigned char)s[j] == 0xC2 &&
                (unsigned char)s[j + 1] == 0xB7) {
                sep = 2;
                break;
            }
            if (list && depth == 0 && j + 2 < n && (unsigned char)s[j] == 0xE2 &&
                (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0xA2) {
                sep = 3;
                break;
            }
            if (s[j] == '(') depth++;
            if (s[j] == ')' && depth) depth--;
            j++;
        }
        item it;
        split_item(&it, s + i, j - i);
        /* (the name without its nickname: the comma before it, in the
         * cleaned copy) */
        for (size_t q = 0; nick && q + 1 < it.name.n; q++)
            if (it.name.s[q] == ',' && it.name.s[q + 1] == ' ') {
                it.name = trim(it.name.s, q);
                break;
            }
        i = j + sep;
        if (!it.name.n) continue;
        label_kind lk = ld ? ld->kind : LK_NONE;
        bool ok = true;
        if (field && lk != LK_AREA && lk != LK_OUTLET && lk != LK_ALIAS && !sides &&
            classify_field(p, b, &it, lk, &ok)) {
            if (!ok) return false;
            continue;
        }
        switch (lk) {
        case LK_LEADER: {
            /* "Twan Mrat Naing (commander-in-chief, 2009–present)": the
             * role the note gives, before the label's */
            const char *role = note_role(p, it.note);
            ok = add_leader(p, p->subject, it.name, role ? role : ld->role, &it, true, bi, 0,
                            it.dead);
            break;
        }
        case LK_KNOWN: /* no role's tenure; a note that is a span is still one */
            ok = add_leader(p, p->subject, it.name, ld->role, &it, true, bi, 0, it.dead);
            break;
        case LK_SUBGROUP:
            ok = add_affiliation(p, p->subject, it.name, "subgroup", &it, bi, 0);
            break;
        case LK_ALLY:
            ok = add_affiliation(p, p->subject, it.name, "ally", &it, bi, 0);
            break;
        case LK_OPPONENT:
            ok = add_affiliation(p, p->subject, it.name, "opponent", &it, bi, 0);
            break;
        case LK_PARENT:
            ok = add_affiliation(p, p->subject, it.name, "parent", &it, bi, 0);
            /* "Split from: FARC (2016)": the split ended the tie, as in prose */
            if (ok && (!strcmp(ld->label, "split from") || !strcmp(ld->label, "splinter of")) &&
                one_date(it.note))
                split_ends_tie(actor_at(p, p->subject), it.name);
            break;
        case LK_RIVAL:
            ok = add_affiliation(p, p->subject, it.name, "rival", &it, bi, 0);
            break;
        case LK_AREA: {
            ds_actor *a = actor_at(p, p->subject);
            /* "Beni, Lubero, Irumu and Mambasa territories": the last entry
             * is two places, the plural unit word after them no part of
             * either; without an "and" the word is the name's own ("United
             * States", "Baltic states", "Palestinian territories") */
            strspan area = it.name;
            static const char *const units[] = {" territories",  " provinces", " districts",
                                                " regions",      " states",    " counties",
                                                " governorates", NULL};
            bool plural = false;
            bool two = ds_find_ci(area.s, area.n, " and ") != NULL;
            for (const char *const *u = units; *u && !plural && two; u++) {
                size_t m = strlen(*u);
                if (area.n > m && starts_ci(area.s + area.n - m, m, *u)) area.n -= m, plural = true;
            }
            const char *and_at = plural ? ds_find_ci(area.s, area.n, " and ") : NULL;
            strspan parts[2] = {area, {NULL, 0}};
            if (and_at) {
                parts[0] = trim(area.s, (size_t)(and_at - area.s));
                parts[1] = trim(and_at + 5, (size_t)(area.s + area.n - and_at - 5));
            }
            for (size_t k = 0; k < 2 && ok && a; k++) {
                if (!parts[k].n) continue;
                /* "Balochistan, Pakistan" / "Sindh, Pakistan": each place once */
                bool seen = false;
                for (uint32_t q = 0; q < a->areas.n && !seen; q++)
                    seen = strlen(a->areas.v[q]) == parts[k].n &&
                           !memcmp(a->areas.v[q], parts[k].s, parts[k].n);
                if (seen) continue;
                const char **slot = ds_vec_push(p->x->arena, &a->areas);
                ok = slot && (*slot = ds_facts_strn(p->x, parts[k].s, parts[k].n));
            }
            break;
        }
        case LK_OUTLET: {
            /* "Al-Ahd TV (Arabic-language satellite channel)", "Nordfront
             * (Swedish, Norwegian)": the languages its note names */
            const char *langs[8];
            size_t nl = 0;
            for (size_t w = 0; w < it.note.n && nl < 8;) {
                size_t e = w;
                while (e < it.note.n && it.note.s[e] != ' ' && it.note.s[e] != ',') e++;
                const char *l = language_adjective(it.note.s + w, e - w);
                if (!l) l = language_of(it.note.s + w, e - w);
                if (l) langs[nl++] = l;
                w = e + 1;
            }
            ok = add_outlet(p, p->subject, it.name, langs, nl, bi, DS_NONE);
            break;
        }
        case LK_ALIAS: {
            ds_actor *a = actor_at(p, p->subject);
            strspan al = it.name;
            if (starts_ci(al.s, al.n, "the ")) al = trim(al.s + 4, al.n - 4);
            ok = !a || !al.n || al.n > 60 || ds_facts_actor_alias(p->x, a, al.s, al.n);
            break;
        }
        default:
            break;
        }
        if (!ok) return false;
    }
    return true;
}

static bool each_entry(prof *p, uint32_t bi, const label_def *ld)
{
    return each_entry_at(p, bi, ld, 0);
}

/* A list item "Founder: NAME", "Strength: fewer than 50 (2023 estimate)"
 * (a Markdown infobox as a bulleted list: "- **Founder:** NAME"): the
 * label it opens with, *skip set to the offset of its value; NULL when it
 * opens with none or runs on as a sentence. */
static const label_def *inline_label(const ds_doc *doc, const ds_block *b, size_t *skip)
{
    const char *s = doc->text + b->span.start;
    size_t n = b->span.end - b->span.start;
    if (n > 200 || (n && s[n - 1] == '.')) return NULL;
    const char *c = memchr(s, ':', n < 48 ? n : 48);
    if (!c || c + 2 > s + n || c[1] != ' ') return NULL;
    const label_def *ld = label_of_text(s, (size_t)(c - s));
    if (!ld) return NULL;
    *skip = (size_t)(c - s) + 2;
    return ld;
}

/* ---- the subject ---------------------------------------------------------- */

static strspan block_text(const ds_doc *doc, const ds_block *b)
{
    return trim(doc->text + b->span.start, b->span.end - b->span.start);
}

/* The page's title: doc->title, else its TITLE block. */
/* A title without Wikipedia's disambiguation in lower case ("Grey Wolves
 * (organisation)", "Hizbul Mujahideen (militant group)"); a country in
 * brackets stays ("National Liberation Army (Colombia)": the name). */
static strspan undisambiguated(strspan t)
{
    if (t.n < 6 || t.s[t.n - 1] != ')') return t;
    size_t open = t.n - 1;
    while (open > 0 && t.s[open] != '(') open--;
    if (open < 2 || t.s[open - 1] != ' ' || !islower((unsigned char)t.s[open + 1])) return t;
    for (size_t i = open + 1; i < t.n - 1; i++)
        if (!islower((unsigned char)t.s[i]) && t.s[i] != ' ' && t.s[i] != '-') return t;
    return trim(t.s, open);
}

static strspan doc_title(const ds_doc *doc)
{
    if (doc->title && doc->title[0]) return undisambiguated(trim(doc->title, strlen(doc->title)));
    for (uint32_t i = 0; i < doc->blocks.n && i < 8; i++)
        if (doc->blocks.v[i].kind == DS_BLOCK_TITLE)
            return undisambiguated(block_text(doc, &doc->blocks.v[i]));
    return (strspan){"", 0};
}

/* "German for "Atomic Weapons Division"": the name after a language's
 * "for" (the name itself otherwise). */
static strspan translation(strspan al)
{
    size_t w = 0;
    while (w < al.n && al.s[w] != ' ') w++;
    if (w + 5 < al.n && !strncmp(al.s + w, " for ", 5) && language_of(al.s, w))
        return trim(al.s + w + 5, al.n - w - 5);
    return al;
}

/* A name without the double quotes around it, straight or curly. */
static strspan unquoted(strspan al)
{
    static const char *const q[] = {"\"", "\xe2\x80\x9c", "\xe2\x80\x9d"};
    for (size_t i = 0; i < 3 && al.n; i++) {
        size_t m = strlen(q[i]);
        if (al.n > m && !memcmp(al.s, q[i], m)) al.s += m, al.n -= m;
    }
    for (size_t i = 0; i < 3 && al.n; i++) {
        size_t m = strlen(q[i]);
        if (al.n > m && !memcmp(al.s + al.n - m, q[i], m)) al.n -= m;
    }
    return al;
}

/* One alias of the lead sentence, cleaned of quotes; skipped unless it
 * looks like a name (a capital, no "lit." gloss, at most 40 bytes). */
static bool lead_alias(prof *p, strspan al)
{
    al = unquoted(translation(al));
    while (al.n && (al.s[0] == '\'' || al.s[0] == '"')) al.s++, al.n--;
    while (al.n && (al.s[al.n - 1] == '\'' || al.s[al.n - 1] == '"')) al.n--;
    /* "(NPA; Filipino: Bagong Hukbong Bayan)": the name in another
     * language, after the one word that names the language */
    /* (one or two capitalised words: "Filipino:", "Afaan Oromoo:") */
    const char *colon_at = memchr(al.s, ':', al.n);
    const char *space = colon_at ? memchr(al.s, ' ', (size_t)(colon_at - al.s)) : NULL;
    if (colon_at && colon_at > al.s && isupper((unsigned char)al.s[0]) &&
        (!space || (isupper((unsigned char)space[1]) &&
                    !memchr(space + 1, ' ', (size_t)(colon_at - space - 1)))))
        al = trim(colon_at + 1, (size_t)(al.s + al.n - colon_at - 1));
    bool upper = false,
         colon = memchr(al.s, ':', al.n) != NULL || ds_find_ci(al.s, al.n, "lit.") != NULL;
    for (size_t k = 0; k < al.n; k++) upper |= isupper((unsigned char)al.s[k]) != 0;
    ds_actor *a = actor_at(p, p->subject);
    return !a || !upper || colon || al.n > 40 || ds_facts_actor_alias(p->x, a, al.s, al.n);
}

/* "..., also known as ISWA or Wilayat Gharb Ifriqiya (WGI), is ...": the
 * names after the cue at t[i..n), up to the next comma or verb, split at
 * " or ", with an acronym in brackets after one. */
static bool lead_aka(prof *p, const char *t, size_t n, size_t i)
{
    static const char *const cues[] = {", also known as ", ", also called ", ", commonly known as ",
                                       ", better known as ", ", also spelled ", ", or ",
                                       /* "The Grey Wolves, officially the Ülkü
                                        * Ocakları ("Idealist Hearths"), is" */
                                       ", officially ", ", formally ",
                                       /* "Jamaat Ansarullah, sometimes called the
                                        * Tajik Taliban, is ..." */
                                       ", sometimes called ", ", often called ",
                                       ", commonly called ", ", also referred to as ",
                                       ", known locally as "};
    size_t c = 0;
    for (; c < sizeof cues / sizeof *cues; c++)
        if (starts_ci(t + i, n - i, cues[c])) break;
    if (c == sizeof cues / sizeof *cues) return true;
    i += strlen(cues[c]);
    /* "officially known as Ansar Allah", "formally called ..." */
    static const char *const verbs[] = {"known as ", "called ", "named ", NULL};
    for (const char *const *v = verbs; *v; v++)
        if (starts_ci(t + i, n - i, *v)) {
            i += strlen(*v);
            break;
        }
    if (starts_ci(t + i, n - i, "the ")) i += 4;
    size_t end = i;
    while (end < n && t[end] != ',' && t[end] != ';' && t[end] != '[' &&
           !starts_ci(t + end, n - end, " is ") && !starts_ci(t + end, n - end, " was ") &&
           !starts_ci(t + end, n - end, " are "))
        end++;
    while (i < end) {
        size_t j = i;
        while (j < end && !starts_ci(t + j, end - j, " or ") && t[j] != '(') j++;
        if (!lead_alias(p, trim(t + i, j - i))) return false;
        if (j < end && t[j] == '(') {
            const char *close = memchr(t + j, ')', end - j);
            if (!close) break;
            if (!lead_alias(p, trim(t + j + 1, (size_t)(close - t - j - 1)))) return false;
            j = (size_t)(close - t) + 1;
            while (j < end && t[j] == ' ') j++;
        }
        if (starts_ci(t + j, end - j, " or ")) j += 4;
        if (starts_ci(t + j, end - j, "or ")) j += 3;
        if (starts_ci(t + j, end - j, "the ")) j += 4;
        i = j;
    }
    return true;
}

/* Aliases defined in the lead sentence, Wikipedia style: "The NAME[a]
 * (A, B, C) is ...", "The NAME (A), also known as B or C, is ...". Used
 * when the entity annotator learnt none. */
static bool lead_aliases(prof *p, strspan title)
{
    const ds_doc *doc = p->doc;
    for (uint32_t si = 0; si < doc->sentences.n && si < 400; si++) {
        const ds_sentence *s = &doc->sentences.v[si];
        if (doc->blocks.v[s->block].kind != DS_BLOCK_PROSE || value_line(doc, s->block)) continue;
        const char *t = doc->text + s->span.start;
        size_t n = s->span.end - s->span.start;
        size_t off = starts_ci(t, n, "the ") ? 4 : 0;
        if (n < off + title.n || memcmp(t + off, title.s, title.n) != 0) return true;
        size_t i = off + title.n;
        while (i < n && t[i] == '[') {
            while (i < n && t[i] != ']') i++;
            i++;
        }
        while (i < n && t[i] == ' ') i++;
        if (i >= n || t[i] != '(') return lead_aka(p, t, n, i);
        const char *close = memchr(t + i, ')', n - i);
        if (!close) return true;
        const char *q = t + i + 1;
        while (q < close) {
            const char *c = q;
            while (c < close && *c != ',' && *c != ';') c++;
            strspan al = trim(q, (size_t)(c - q));
            static const char *lead_in[] = {"also known as ", "also called ", "a.k.a. ",
                                            "aka ",           "or ",          "formerly ",
                                            "abbreviated "};
            for (size_t k = 0; k < sizeof lead_in / sizeof *lead_in; k++)
                if (starts_ci(al.s, al.n, lead_in[k]))
                    al = trim(al.s + strlen(lead_in[k]), al.n - strlen(lead_in[k]));
            if (!lead_alias(p, al)) return false;
            q = c + 1;
        }
        return lead_aka(p, t, n, (size_t)(close - t) + 1);
    }
    return true;
}

static bool has_infobox(const ds_doc *doc)
{
    for (uint32_t i = 0; i < doc->blocks.n; i++)
        if (doc->blocks.v[i].infobox || doc->blocks.v[i].kind == DS_BLOCK_LABEL) return true;
    return false;
}

/* The subject: an actor named by the title, else the first actor of the lead
 * sentence when it is defined there ("X is a ..."), else (with an infobox)
 * an actor named after the title; without an infobox, the actor most
 * mentioned (the document's focus), if any. */
static size_t skip_paren(const char *s, size_t n, size_t i);

/* Does the lead sentence define the title as a group ("The Sahel Fighters
 * Brigade is an armed group active in ...")? An article about a group the
 * lexicon lacks, without an infobox. */
static bool defines_group(const ds_doc *doc, uint32_t lead, strspan title)
{
    if (lead >= doc->sentences.n) return false;
    const ds_sentence *s = &doc->sentences.v[lead];
    const char *t = doc->text + s->span.start;
    size_t n = s->span.end - s->span.start, at = 0;
    if (starts_ci(t, n, "the ")) at = 4;
    /* (a title with its article: "The Jaish Front" over "The Jaish Front is ...") */
    if (at && starts_ci(title.s, title.n, "the ")) title.s += 4, title.n -= 4;
    if (n < at + title.n || strncasecmp(t + at, title.s, title.n) != 0) return false;
    at += title.n;
    at = skip_paren(t, n, at); /* "Name (ACRONYM) is ..." */
    static const char *const copulas[] = {" is a", " is an", " was a", " was an", NULL};
    bool defined = false;
    for (const char *const *c = copulas; *c && !defined; c++)
        defined = starts_ci(t + at, n - at, *c);
    if (!defined) return false;
    static const char *const nouns[] = {
        "group",   "organisation", "organization", "movement",   "militia", "coalition",
        "faction", "network",      "front",        "insurgency", NULL};
    for (const char *const *w = nouns; *w; w++)
        if (ds_find_word(t + at, n - at, *w)) return true;
    return false;
}

/* Does the lead sentence define actor `actor`, its first actor mention
 * before the copula ("The March 23 Movement (French: Mouvement du 23 mars;
 * M23), also known as X, is a Tutsi-led rebel group ...": the lexicon may
 * know only a later form of the name)? A group noun after the copula. */
static bool lead_defines(const ds_doc *doc, uint32_t lead, uint32_t actor)
{
    if (lead >= doc->sentences.n) return false;
    const ds_sentence *s = &doc->sentences.v[lead];
    const ds_actor_ref *first = NULL;
    for (uint32_t i = 0; i < doc->actor_refs.n && !first; i++)
        if (doc->actor_refs.v[i].sentence == lead) first = &doc->actor_refs.v[i];
    if (!first || first->actor != actor) return false;
    /* "The Secretary of State has amended the designation of al-Qaeda in
     * the Arabian Peninsula (AQAP) as a Foreign Terrorist Organization",
     * "The Department is designating X as ...": a designation notice */
    static const char *const designations[] = {"the designation of ", "designating ", "designated ",
                                               "designates ", NULL};
    const char *head = doc->text + s->span.start;
    size_t hn = first->span.start - s->span.start;
    if (hn < 200)
        for (const char *const *d = designations; *d; d++) {
            size_t m = strlen(*d);
            if (hn >= m && starts_ci(head + hn - m, m, *d)) return true;
        }
    const char *t = doc->text + first->span.end;
    size_t n = s->span.end - first->span.end;
    /* "Jaish-i-Mohammed (JEM) was established in early 2000 by ...": its
     * founding told first (a sanctions narrative) */
    size_t at0 = skip_paren(t, n, 0);
    static const char *const founding[] = {" was established", " was founded", " was formed",
                                           " was created", NULL};
    for (const char *const *f = founding; *f; f++)
        if (starts_ci(t + at0, n - at0, *f)) return true;
    const char *cop = ds_find_ci(t, n, " is a");
    if (!cop) cop = ds_find_ci(t, n, " was a");
    /* "The Primeiro Comando da Capital (...) is Brazil's largest criminal
     * organisation", "... is the largest armed group in ..." */
    if (!cop) {
        const char *is = ds_find_ci(t, n, " is ");
        size_t w = is ? (size_t)(is - t) + 4 : n, e = w;
        while (e < n && t[e] != ' ') e++;
        if (is && ((e - w == 3 && !strncmp(t + w, "the", 3)) ||
                   (e - w > 3 && t[e - 2] == '\'' && t[e - 1] == 's')))
            cop = is;
    }
    if (!cop) return false;
    size_t at = (size_t)(cop - t);
    static const char *const nouns[] = {
        "group", "organisation", "organization", "movement", "militia", "coalition", "faction",
        "network", "front", "insurgency", "gang", "cartel", "army", "rebels",
        /* "The Communist Party of India (Maoist) ... is a banned Maoist
         * insurgent party" (the actor is an armed group already) */
        "party", NULL};
    for (const char *const *w = nouns; *w; w++)
        if (ds_find_word(t + at, n - at, *w)) return true;
    return false;
}

/* The name that opens the lead sentence when an apposition right after it
 * (past an acronym in brackets) defines it as a group: "Aum Shinrikyo
 * (AUM), a Japanese doomsday cult founded in 1987 by ...", "The Sahel
 * Fighters Brigade, an armed group active in ..."; two to six capitalised
 * words (with the particles of names), the group noun among the first four
 * words of the apposition and no "of" before it ("Ali Musa, a member of
 * the group" is a person); no actor, person or place named over it. Else
 * empty. */
static strspan appositive_group(const ds_doc *doc, uint32_t lead)
{
    if (lead >= doc->sentences.n) return (strspan){NULL, 0};
    const ds_sentence *sen = &doc->sentences.v[lead];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start, at = 0, words = 0;
    /* the cheap test first: a comma and " a"/" an" after it within the
     * first 120 bytes (most leads of notes have none) */
    const char *comma = memchr(s, ',', n < 120 ? n : 120);
    if (!comma || (size_t)(s + n - comma) < 5 || comma[1] != ' ' || comma[2] != 'a' ||
        (comma[3] != ' ' && comma[3] != 'n'))
        return (strspan){NULL, 0};
    if (starts_ci(s, n, "the ")) at = 4;
    size_t name_s = at, name_e = at;
    static const char *const particles[] = {"of", "the", "al", "de", "del", "for", "and", NULL};
    while (at < n && words < 7) {
        size_t e = at;
        while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '(') e++;
        if (e == at) break;
        if (isupper((unsigned char)s[at])) {
            name_e = e, words++;
        } else {
            bool particle = false;
            for (const char *const *w = particles; *w && !particle; w++)
                particle = strlen(*w) == e - at && !strncmp(s + at, *w, e - at);
            if (!particle) return (strspan){NULL, 0};
        }
        if (e >= n || s[e] != ' ') break;
        at = e + 1;
    }
    if (words < 2 || words > 6 || name_e >= n) return (strspan){NULL, 0};
    size_t k = skip_paren(s, n, name_e);
    if (!starts_ci(s + k, n - k, ", a ") && !starts_ci(s + k, n - k, ", an "))
        return (strspan){NULL, 0};
    k += s[k + 3] == 'n' ? 5 : 4;
    static const char *const nouns[] = {"group",   "organisation", "organization", "movement",
                                        "militia", "cult",         "sect",         "faction",
                                        "network", "insurgency",   "front",        NULL};
    for (size_t w = 0; w < 4 && k < n; w++) {
        size_t e = k;
        while (e < n && isalpha((unsigned char)s[e])) e++;
        if (e - k == 2 && !strncmp(s + k, "of", 2)) return (strspan){NULL, 0};
        for (const char *const *g = nouns; *g; g++)
            if (strlen(*g) == e - k && !strncasecmp(s + k, *g, e - k)) {
                uint32_t a = sen->span.start + (uint32_t)name_s,
                         b = sen->span.start + (uint32_t)name_e;
                for (uint32_t i = 0; i < doc->actor_refs.n; i++)
                    if (doc->actor_refs.v[i].span.start < b && doc->actor_refs.v[i].span.end > a)
                        return (strspan){NULL, 0};
                for (uint32_t i = 0; i < doc->people.n; i++)
                    if (doc->people.v[i].span.start < b && doc->people.v[i].span.end > a)
                        return (strspan){NULL, 0};
                for (uint32_t i = 0; i < doc->places.n; i++)
                    if (doc->places.v[i].span.start < b && doc->places.v[i].span.end > a)
                        return (strspan){NULL, 0};
                return (strspan){s + name_s, name_e - name_s};
            }
        if (e >= n || s[e] != ' ') break;
        k = e + 1;
    }
    return (strspan){NULL, 0};
}

/* The name that opens the lead sentence (two to six capitalised words,
 * with the particles of names) when no actor is named there and a
 * sentence of the document defines it: "NAME is a/an ... group" (or
 * organisation, movement, network, militia, faction, front) or "NAME was
 * established/founded/formed/created/listed/designated". Else empty. */
static strspan lead_name_group(const ds_doc *doc, uint32_t lead)
{
    if (lead >= doc->sentences.n) return (strspan){NULL, 0};
    const ds_sentence *sen = &doc->sentences.v[lead];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start, at = 0, end = 0, words = 0;
    static const char *const particles[] = {"al", "el", "ul", "of", "the", "de", "wal", NULL};
    while (at < n && words < 7) {
        size_t e = at;
        while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '(') e++;
        if (e == at) break;
        bool cap = isupper((unsigned char)s[at]) != 0;
        /* "al-Huda": a particle joined to a capitalised word */
        const char *dash = memchr(s + at, '-', e - at);
        if (!cap && dash && dash + 1 < s + e && isupper((unsigned char)dash[1])) cap = true;
        bool particle = false;
        for (const char *const *w = particles; !cap && *w && !particle; w++)
            particle = strlen(*w) == e - at && !strncmp(s + at, *w, e - at);
        if (!cap && !particle) break;
        if (cap) end = e, words++;
        if (e >= n || s[e] != ' ') break;
        at = e + 1;
    }
    if (words < 2 || words > 6) return (strspan){NULL, 0};
    for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence > lead) break;
        if (r->sentence == lead && r->span.start < sen->span.start + end) return (strspan){NULL, 0};
    }
    for (uint32_t i = 0; i < doc->people.n; i++)
        if (doc->people.v[i].sentence == lead &&
            doc->people.v[i].span.start < sen->span.start + end)
            return (strspan){NULL, 0};
    static const char *const passive[] = {
        " was established", " was founded",    " was formed", " was created",
        " was listed",      " was designated", NULL};
    static const char *const nouns[] = {"group",    "organisation", "organization",
                                        "movement", "network",      "militia",
                                        "faction",  "front",        NULL};
    for (uint32_t k = lead; k < doc->sentences.n && k < lead + 40; k++) {
        const ds_sentence *ks = &doc->sentences.v[k];
        const char *t = doc->text + ks->span.start;
        size_t tn = ks->span.end - ks->span.start;
        /* (after a label: "Additional information: NAME is a militant group") */
        const char *lab = memchr(t, ':', tn < 32 ? tn : 32);
        if (lab && (size_t)(lab - t) + 2 < tn && lab[1] == ' ' && strncmp(t, s, end) != 0)
            tn -= (size_t)(lab - t) + 2, t = lab + 2;
        if (tn <= end || strncmp(t, s, end) != 0 || t[end] != ' ') continue;
        size_t q = skip_paren(t, tn, end);
        for (const char *const *w = passive; *w; w++)
            if (starts_ci(t + q, tn - q, *w)) return (strspan){s, end};
        if (!starts_ci(t + q, tn - q, " is a") && !starts_ci(t + q, tn - q, " was a")) continue;
        size_t lim = q + 60 < tn ? q + 60 : tn;
        for (const char *const *w = nouns; *w; w++)
            if (ds_find_word(t + q, lim - q, *w)) return (strspan){s, end};
    }
    return (strspan){NULL, 0};
}

/* The acronym in brackets right after the lead's name ("Aum Shinrikyo
 * (AUM), a ..."): an alias of the subject. False: out of memory. */
static bool lead_acronym(prof *p, const ds_doc *doc, uint32_t lead, strspan name)
{
    const char *end = doc->text + doc->sentences.v[lead].span.end, *q = name.s + name.n;
    if (end - q < 4 || q[0] != ' ' || q[1] != '(') return true;
    const char *c = memchr(q + 2, ')', (size_t)(end - q - 2) < 16 ? (size_t)(end - q - 2) : 16);
    if (!c) return true;
    strspan ac = {q + 2, (size_t)(c - q - 2)};
    size_t caps = 0;
    for (size_t i = 0; i < ac.n; i++) {
        if (ac.s[i] == ' ') return true;
        caps += isupper((unsigned char)ac.s[i]) != 0;
    }
    if (caps < 2) return true;
    return ds_facts_actor_alias(p->x, actor_at(p, p->subject), ac.s, ac.n);
}

/* "The Caucasus Emirate (Imarat Kavkaz) was a jihadist organisation": the
 * names in brackets after the subject's name that opens the lead, split at
 * semicolons and commas, each a capitalised name without a label ("Arabic:
 * ...") or a digit. False: out of memory. */
static bool lead_bracket_aliases(prof *p, const ds_doc *doc, uint32_t lead, strspan name)
{
    if (lead >= doc->sentences.n) return true;
    const ds_sentence *sen = &doc->sentences.v[lead];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start, at = starts_ci(s, n, "the ") ? 4 : 0;
    if (n < at + name.n + 4 || strncasecmp(s + at, name.s, name.n) != 0) return true;
    at += name.n;
    if (s[at] != ' ' || s[at + 1] != '(') return true;
    const char *close = memchr(s + at + 2, ')', n - at - 2);
    if (!close || close - (s + at + 2) > 80) return true;
    ds_actor *a = actor_at(p, p->subject);
    for (size_t k = at + 2, e; a && k < (size_t)(close - s); k = e + 1) {
        e = k;
        while (e < (size_t)(close - s) && s[e] != ';' && s[e] != ',') e++;
        strspan al = unquoted(translation(trim(s + k, e - k)));
        bool ok =
            al.n >= 2 && al.n <= 40 && isupper((unsigned char)al.s[0]) && !memchr(al.s, ':', al.n);
        for (size_t i = 0; ok && i < al.n; i++) ok = !isdigit((unsigned char)al.s[i]);
        if (ok && !ds_facts_actor_alias(p->x, a, al.s, al.n)) return false;
    }
    return true;
}

/* A sanctions list's entry line "QDe.132 Name: TEHRIK-E TALIBAN PAKISTAN"
 * (the list's reference, then "Name:"), or a bare "Name: Harakat al-Fajr",
 * among the first sentences: the listed group's name, *at set to its
 * sentence. Not an individual's entry ("Name: 1: NOOR WALI 2: MEHSUD").
 * Else empty. */
static strspan listed_name(const ds_doc *doc, uint32_t *at)
{
    for (uint32_t i = 0; i < doc->sentences.n && i < 16; i++) {
        const ds_sentence *sen = &doc->sentences.v[i];
        const char *t = doc->text + sen->span.start;
        size_t n = sen->span.end - sen->span.start, k = 0;
        /* (a line of its own, its colon near its start: most sentences
         * are neither) */
        if (n < 8 || doc->blocks.v[sen->block].span.start != sen->span.start) continue;
        const char *colon = memchr(t, ':', n < 20 ? n : 20);
        if (!colon || colon - t < 4 || (colon[-4] | 0x20) != 'n' || colon[-1] != 'e') continue;
        /* the reference: letters, a dot, digits ("QDe.132", "TAe.012") */
        while (k < n && k < 5 && isalpha((unsigned char)t[k])) k++;
        if (k && k < n && t[k] == '.') {
            size_t d = ++k;
            while (k < n && isdigit((unsigned char)t[k])) k++;
            if (k == d || k >= n || t[k] != ' ') continue;
            k++;
        } else {
            k = 0;
        }
        if (!starts_ci(t + k, n - k, "name: ")) continue;
        strspan v = trim(t + k + 6, n - k - 6);
        if (v.n < 3 || v.n > 100 || memchr(v.s, ':', v.n)) return (strspan){NULL, 0};
        *at = i;
        return v;
    }
    return (strspan){NULL, 0};
}

/* A name the list writes in capitals ("KATIBAT AL-NASR AL-MUBIN") as a
 * name is written: "Katibat al-Nasr al-Mubin" (an Arabic article or a
 * particle in lower case past the first word, one letter after a hyphen
 * too: "Tehrik-e"); a name with lower-case letters as it is. The length
 * written to out (cap > n). */
static size_t name_case(char *out, size_t cap, strspan v)
{
    size_t n = v.n < cap ? v.n : cap - 1;
    bool caps = true;
    for (size_t i = 0; i < n && caps; i++) caps = !islower((unsigned char)v.s[i]);
    memcpy(out, v.s, n);
    out[n] = '\0';
    if (!caps) return n;
    static const char *const small[] = {"al",  "el",  "ad",  "ash", "as", "an",  "ar",  "at",
                                        "az",  "of",  "the", "and", "in", "for", "wal", "fi",
                                        "bin", "ibn", "e",   "i",   "ul", "ud",  "o"};
    for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && isalpha((unsigned char)out[e])) e++;
        for (size_t j = i + 1; j < e; j++) out[j] = (char)tolower((unsigned char)out[j]);
        bool lower = false;
        for (size_t w = 0; i > 0 && w < sizeof small / sizeof *small && !lower; w++)
            lower = strlen(small[w]) == e - i && !strncasecmp(out + i, small[w], e - i);
        if (lower) out[i] = (char)tolower((unsigned char)out[i]);
        i = e;
        /* "SHARI'A" is "Shari'a": a letter after an apostrophe goes on
         * the word (not "Shari'A") */
        if (i + 1 < n && (out[i] == '\'' || out[i] == '`') && isalpha((unsigned char)out[i + 1]) &&
            i > 0 && isalpha((unsigned char)out[i - 1])) {
            for (e = i + 1; e < n && isalpha((unsigned char)out[e]); e++)
                out[e] = (char)tolower((unsigned char)out[e]);
            i = e;
        }
        while (i < n && !isalpha((unsigned char)out[i])) i++;
    }
    return n;
}

static ds_status find_subject(prof *p)
{
    const ds_doc *doc = p->doc;
    /* a sanctions list's entry is about the group it lists, under the
     * list's title ("ISIL (Da'esh) and Al-Qaida Sanctions List"); the
     * lexicon's entry when the line names one */
    uint32_t listed_at = DS_NONE;
    strspan listed = listed_name(doc, &listed_at);
    if (listed.n) {
        ds_actor *a = NULL;
        for (uint32_t i = 0; i < doc->actor_refs.n && !a; i++) {
            const ds_actor_ref *r = &doc->actor_refs.v[i];
            if (r->sentence > listed_at) break;
            if (r->sentence == listed_at && !r->generic && doc->text + r->span.start == listed.s &&
                r->span.end - r->span.start == listed.n &&
                !(a = ds_facts_actor(p->x, p->ctx, doc, r->actor)))
                return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
        }
        if (!a) {
            char nm[128];
            size_t m = name_case(nm, sizeof nm, listed);
            if (!(a = ds_facts_actor_named(p->x, nm, m, "armed_group")))
                return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
        }
        p->article = true;
        p->subject = (uint32_t)(a - p->x->actors.v);
        return DS_OK;
    }
    strspan title = doc_title(doc), nm_app = {NULL, 0};
    bool infobox = has_infobox(doc);
    uint32_t best = DS_NONE, lead = 0;
    /* (in a flattened infobox, a value the reader took for prose under its
     * label, "Part of" / "al-Qaeda in the Islamic Maghreb", is no lead) */
    while (lead < doc->sentences.n && lead < 400 &&
           (doc->blocks.v[doc->sentences.v[lead].block].kind != DS_BLOCK_PROSE ||
            (infobox && value_line(doc, doc->sentences.v[lead].block))))
        lead++;
    for (uint32_t i = 0; i < doc->actor_refs.n && best == DS_NONE; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence > lead + 1) break;
        if (r->generic) continue;
        const char *nm = doc->text + r->span.start;
        if (title.n && ds_facts_same_name(nm, r->span.end - r->span.start, title.s, title.n))
            best = r->actor;
    }
    p->article = best != DS_NONE || infobox;
    if (best == DS_NONE && infobox) {
        /* the lead sentence's first actor, when it starts the sentence */
        for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
            const ds_actor_ref *r = &doc->actor_refs.v[i];
            const ds_sentence *s = &doc->sentences.v[r->sentence];
            if (doc->blocks.v[s->block].kind != DS_BLOCK_PROSE || value_line(doc, s->block))
                continue;
            if (r->span.start <= s->span.start + 4 && !r->generic) best = r->actor;
            break;
        }
    }
    if (best == DS_NONE && !infobox) {
        /* the most mentioned armed group */
        uint32_t top = 0;
        for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
            const ds_actor_ref *r = &doc->actor_refs.v[i];
            if (r->type != DS_ACTOR_ARMED_GROUP) continue;
            uint32_t c = 0;
            for (uint32_t j = 0; j < doc->actor_refs.n && j < 4096; j++)
                c += doc->actor_refs.v[j].actor == r->actor;
            if (c > top) top = c, best = r->actor;
            if (i > 256) break; /* enough to find the focus; bounds the work */
        }
        if (top < 2) best = DS_NONE;
        /* a think-tank profile or a designation notice ("Group profile:
         * March 23 Movement (M23)" over "The March 23 Movement (...), also
         * known as ..., is a Tutsi-led rebel group"): its lead sentence
         * opens with the focus and defines it, so it is about that group */
        if (best != DS_NONE) p->article = lead_defines(doc, lead, best);
        /* "Group profile: Hurras al-Din" over "Hurras al-Din (...) is a
         * Salafi-jihadist group ... al-Qaeda's only formal presence in
         * Syria": the group the lead opens with and defines is the
         * subject, not the one it names more often (its parent) */
        if (best != DS_NONE && !p->article) {
            for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
                const ds_actor_ref *r = &doc->actor_refs.v[i];
                if (r->sentence < lead) continue;
                if (r->sentence == lead && r->actor != best && !r->generic &&
                    r->type == DS_ACTOR_ARMED_GROUP && lead_defines(doc, lead, r->actor))
                    best = r->actor, p->article = true;
                break;
            }
        }
        /* ... or one of the next prose sentences, when the first prose is
         * no sentence of the text (a key-facts table's rows, "Field,
         * Detail", read as prose; an "aka" line) */
        for (uint32_t k = lead + 1;
             best != DS_NONE && !p->article && k < doc->sentences.n && k <= lead + 12; k++)
            if (doc->blocks.v[doc->sentences.v[k].block].kind == DS_BLOCK_PROSE)
                p->article = lead_defines(doc, k, best);
        /* "The Sahel Liberation Brigade" over "The Sahel Liberation Brigade
         * is an armed group active in ...": a group the lexicon lacks, which
         * the title names and the lead defines, is the subject, not the
         * group the text names most (the Islamic State it pledged to) */
        if (best != DS_NONE && !p->article && title.n && title.n < 120 &&
            defines_group(doc, lead, title))
            best = DS_NONE;
        /* ... and so is one whose name opens the lead and a sentence
         * defines ("Jama'at al-Huda was listed on 3 May 2023 as being
         * associated with ISIL ... Jama'at al-Huda is a militant group
         * formed in 2019": a UN narrative summary under its furniture) */
        if (best != DS_NONE && !p->article && (nm_app = lead_name_group(doc, lead)).n)
            best = DS_NONE;
    }
    /* "Proscribed terrorist groups or organisations: The Base" over "The
     * Base is a neo-Nazi accelerationist network founded in 2018 ...": a
     * titled page about a group the lexicon lacks, no group named twice,
     * whose lead defines the name it opens with */
    /* (a title the lead defines is read below: "The Kivu Defence Front") */
    if (best == DS_NONE && !infobox && title.n && !nm_app.n &&
        !(title.n < 120 && defines_group(doc, lead, title)))
        nm_app = lead_name_group(doc, lead);
    if (best != DS_NONE) {
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, best);
        if (!a) return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
        p->subject = (uint32_t)(a - p->x->actors.v);
    } else if (!infobox && (nm_app.n || (title.n && (nm_app = appositive_group(doc, lead)).n))) {
        /* "Aum Shinrikyo (AUM), a Japanese doomsday cult founded in 1987
         * by ..., carried out ...": a group the lexicon lacks, defined by
         * the apposition after the name that opens the lead (of a titled
         * document: a profile, not a note) */
        p->article = true;
        ds_actor *a = ds_facts_actor_named(p->x, nm_app.s, nm_app.n, "armed_group");
        if (!a) return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
        p->subject = (uint32_t)(a - p->x->actors.v);
        if (!lead_acronym(p, doc, lead, nm_app))
            return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
    } else if (title.n && title.n < 120 && (infobox || defines_group(doc, lead, title))) {
        p->article = true;
        /* "The Jaish Front": the group's name without the title's article */
        strspan nm = title;
        if (!infobox && starts_ci(nm.s, nm.n, "the ")) nm.s += 4, nm.n -= 4;
        ds_actor *a = ds_facts_actor_named(p->x, nm.s, nm.n, "armed_group");
        if (!a) return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
        p->subject = (uint32_t)(a - p->x->actors.v);
        if (!infobox && !lead_bracket_aliases(p, doc, lead, nm))
            return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
    }
    if (p->subject != DS_NONE && infobox && title.n && !lead_aliases(p, title))
        return ds_ctx_fail(p->ctx, DS_ENOMEM, "out of memory");
    return DS_OK;
}

/* ---- prose ------------------------------------------------------------------ */

/* The actor a prose fact of sentence si belongs to: the last actor named
 * before `at` in the sentence, else the subject. */
static uint32_t actor_before(prof *p, uint32_t si, uint32_t at, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    uint32_t i = *ref_cursor, found = DS_NONE;
    bool generic = false;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *ref_cursor = i;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.start >= at) break;
        if (r->type == DS_ACTOR_ARMED_GROUP || r->type == DS_ACTOR_OTHER) {
            /* "The UPC is an ex-Séléka armed group founded in October 2014":
             * a name as the kind of the group the article is about (after
             * "a"/"an", before "armed group"), not the actor */
            const char *t = doc->text;
            if (r->span.start >= 3 && (!strncmp(t + r->span.start - 3, "an ", 3) ||
                                       !strncmp(t + r->span.start - 2, "a ", 2))) {
                const char *e = t + r->span.end;
                size_t left = doc->sentences.v[si].span.end - r->span.end;
                if (starts_ci(e, left, " armed group") || starts_ci(e, left, " militia") ||
                    starts_ci(e, left, " faction") || starts_ci(e, left, " splinter"))
                    continue;
            }
            found = r->actor;
            generic = r->generic;
        }
    }
    /* "The CJNG was established in 2009 ... It has an estimated 19,000
     * members": a sentence opening on "It" that names no group goes on
     * with the group the sentence before (in its paragraph) opened with */
    if (found == DS_NONE && si > 0 &&
        doc->sentences.v[si - 1].block == doc->sentences.v[si].block) {
        const char *t = doc->text + doc->sentences.v[si].span.start;
        size_t n = doc->sentences.v[si].span.end - doc->sentences.v[si].span.start;
        if (starts_ci(t, n, "it ") || starts_ci(t, n, "its ")) {
            const ds_sentence *prev = &doc->sentences.v[si - 1];
            for (uint32_t r = *ref_cursor; r-- > 0;) {
                const ds_actor_ref *ar = &doc->actor_refs.v[r];
                if (ar->sentence + 1 < si) break;
                if (ar->sentence + 1 != si || ar->span.start > prev->span.start + 4) continue;
                if ((ar->type == DS_ACTOR_ARMED_GROUP || ar->type == DS_ACTOR_OTHER) &&
                    !ar->generic)
                    found = ar->actor;
                break;
            }
        }
    }
    /* "The group is estimated to have 2,000 fighters" in an article about
     * a group: the article's subject, whatever group the sentences before
     * named last */
    if (found == DS_NONE || (generic && p->subject != DS_NONE)) return p->subject;
    ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, found);
    return a ? (uint32_t)(a - p->x->actors.v) : p->subject;
}

static bool is_name_word(const char *w, size_t n)
{
    if (!n) return false;
    unsigned char c = (unsigned char)w[0];
    if (isupper(c) || c >= 0x80) return true;
    /* al-Azaim, ad-Dawla, ul-Ahrar */
    if (n > 3 && islower(c) && (w[2] == '-' || (n > 4 && w[3] == '-'))) {
        const char *h = memchr(w, '-', n);
        return h && h + 1 < w + n && isupper((unsigned char)h[1]);
    }
    return false;
}

/* The capitalised phrase starting at or after s[i] (skipping up to `skip`
 * lower-case words): "al-Azaim Media Foundation", "Voice of Khurasan".
 * Connectors (of, the, al, for, and-less) only inside. Returns its span. */
static strspan cap_phrase(const char *s, size_t n, size_t i, int skip)
{
    size_t start = SIZE_MAX, end = 0;
    size_t pending = 0; /* end before a connector */
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != ';' && s[j] != '(' && s[j] != ')' &&
               s[j] != '"' && s[j] != ':')
            j++;
        size_t wl = j - i;
        /* trailing full stop or possessive */
        size_t core = wl;
        if (core && s[i + core - 1] == '.') core--;
        if (core > 2 && s[i + core - 2] == '\'' && s[i + core - 1] == 's') core -= 2;
        if (core > 4 && (unsigned char)s[i + core - 3] == 0xE2 && s[i + core - 1] == 's') core -= 4;
        if (!wl) break;
        if (is_name_word(s + i, core)) {
            if (start == SIZE_MAX) start = i;
            end = i + core;
            pending = 0;
            if (core < wl || (j < n && s[j] != ' ')) break;
        } else if (start != SIZE_MAX && !pending &&
                   ((wl == 2 && !strncmp(s + i, "of", 2)) ||
                    (wl == 3 && !strncmp(s + i, "the", 3)) ||
                    (wl == 3 && !strncmp(s + i, "for", 3)))) {
            pending = end;
        } else if (start == SIZE_MAX && skip-- > 0) {
            /* a lower-case word before the phrase */
        } else {
            break;
        }
        i = j;
    }
    if (start == SIZE_MAX) return (strspan){NULL, 0};
    return (strspan){s + start, end - start};
}

static const char *language_of(const char *w, size_t n)
{
    static const char *langs[] = {
        "Arabic", "Pashto", "Dari", "Urdu", "English", "French", "Russian", "Tajik", "Uzbek",
        "Persian", "Farsi", "Bengali", "Hindi", "Somali", "Hausa", "Swahili", "Kurdish", "Turkish",
        "Uyghur", "Malayalam", "Tamil", "Indonesian", "Malay", "German", "Spanish", "Chinese",
        "Kyrgyz", "Amharic", "Fulfulde", "Portuguese", "Kanuri", "Baluchi", "Balochi", "Sindhi",
        "Punjabi", "Bambara", "Tamasheq", "Songhai", "Wolof", "Yoruba", "Oromo", "Filipino",
        "Tagalog", "Cebuano", "Hiligaynon", "Waray", "Ilocano", "Bikol", "Thai", "Burmese",
        "Hebrew", "Italian", "Dutch", "Ukrainian", "Lingala", "Kinyarwanda", "Tigrinya", "Sango",
        "Nepali", "Sinhala", "Kashmiri", "Brahui", "Saraiki", "Zarma", "Luganda", "Kiswahili",
        /* Europe's, the Caucasus', East Asia's and the Americas' */
        "Swedish", "Norwegian", "Finnish", "Danish", "Icelandic", "Polish", "Greek", "Serbian",
        "Croatian", "Bosnian", "Albanian", "Romanian", "Hungarian", "Czech", "Irish", "Georgian",
        "Armenian", "Azerbaijani", "Chechen", "Japanese", "Korean", "Vietnamese", "Khmer",
        "Quechua", "Kirundi", "Zulu", "Shona", "Afar", "Tigre"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++)
        if (strlen(langs[i]) == n && !strncmp(langs[i], w, n)) return langs[i];
    return NULL;
}

/* "Pashto-language" -> "Pashto" (the word ends at s + n). */
static const char *language_adjective(const char *s, size_t n)
{
    static const char suffix[] = "-language";
    size_t m = sizeof suffix - 1;
    if (n <= m || strncasecmp(s + n - m, suffix, m) != 0) return NULL;
    return language_of(s, n - m);
}

/* The word that ends at s + end (after trailing spaces), as [*ws, *we). */
static bool word_before(const char *s, size_t end, size_t *ws, size_t *we)
{
    while (end && s[end - 1] == ' ') end--;
    size_t b = end;
    while (b && s[b - 1] != ' ' && s[b - 1] != ',' && s[b - 1] != '(' && s[b - 1] != ';') b--;
    *ws = b, *we = end;
    return end > b;
}

/* Is s[ws, we) the word w (lower case), in any case? */
static bool span_is(const char *s, size_t ws, size_t we, const char *w)
{
    return we - ws == strlen(w) && starts_ci(s + ws, we - ws, w);
}

/* Does the sentence s[0, n) open with "Its" or "Their" (going on with the
 * group the sentence before named)? */
static bool opens_possessive(const char *s, size_t n)
{
    return starts_ci(s, n, "its ") || starts_ci(s, n, "their ");
}

/* The language of an outlet named right after "<L>-language" or
 * "<L>-language magazine" (one head word between): its Pashto-language
 * magazine Voice of X. */
static const char *language_before(const char *s, size_t before)
{
    static const char *heads[] = {"monthly",    "daily",       "quarterly",  "newspaper",
                                  "periodical", "magazine",    "newsletter", "publication",
                                  "outlet",     "channel",     "radio",      "station",
                                  "weekly",     "bulletin",    "journal",    "website",
                                  "service",    "broadcaster", "program",    "programme"};
    size_t ws, we;
    if (!word_before(s, before, &ws, &we)) return NULL;
    const char *l = language_adjective(s + ws, we - ws);
    if (l) return l;
    bool head = false;
    for (size_t h = 0; h < sizeof heads / sizeof *heads && !head; h++)
        head = span_is(s, ws, we, heads[h]);
    if (!head || !word_before(s, ws, &ws, &we)) return NULL;
    return language_adjective(s + ws, we - ws);
}

/* Languages listed at `in` ("Pashto", "Pashto and Dari", "Pashto, Dari,
 * and Urdu"): up to `cap` into out; returns how many. */
static size_t language_list(const char *in, size_t n, const char **out, size_t cap)
{
    size_t k = 0, i = 0;
    while (k < cap && i < n) {
        size_t w = i;
        while (w < n && isalpha((unsigned char)in[w])) w++;
        const char *l = language_of(in + i, w - i);
        if (!l) break;
        out[k++] = l;
        i = w;
        if (starts_ci(in + i, n - i, ", and "))
            i += 6;
        else if (starts_ci(in + i, n - i, " and "))
            i += 5;
        else if (starts_ci(in + i, n - i, ", "))
            i += 2;
        else
            break;
    }
    return k;
}

static bool is_platform_or_noise(strspan ph)
{
    static const char *words[] = {"Telegram", "Twitter", "X", "Facebook", "YouTube", "Rocket.chat",
                                  "TikTok", "WhatsApp", "Instagram", "Signal", "Element", "Hoop",
                                  "Internet", "Islamic State", "Prior", "Content", "Beyond",
                                  "Although", "Notably",
                                  /* "Its media wing is X": a determiner, no name */
                                  "Its", "Their", "The", "This", "These", "His", "Her", "Our"};
    if (language_of(ph.s, ph.n) || ds_find_ci(ph.s, ph.n, "-language")) return true;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == ph.n && !strncmp(words[i], ph.s, ph.n)) return true;
    return ds_month_name(ph.s, ph.n) != 0;
}

/* Does the phrase name a media organ by its own words? */
static bool media_head(strspan ph)
{
    static const char *heads[] = {"media",  "foundation",   "agency",     "magazine",
                                  "radio",  "publications", "production", "productions",
                                  "studio", "newsletter",   "news",       "channel",
                                  "press"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (ds_find_word(ph.s, ph.n, heads[i])) return true;
    return false;
}

/* Skips a parenthesis at s[i] (with spaces before it); returns the index after. */
static size_t skip_paren(const char *s, size_t n, size_t i)
{
    size_t k = i;
    while (k < n && s[k] == ' ') k++;
    if (k < n && s[k] == '(') {
        int depth = 0;
        for (; k < n; k++) {
            if (s[k] == '(') depth++;
            if (s[k] == ')' && --depth == 0) return k + 1;
        }
        return n;
    }
    return i;
}

/* Does s[0, before) end with "media wing," or "propaganda arm is" (a
 * group's wing or arm of media or propaganda, or its channel, station or
 * newspaper, then a comma or "is"/"was")? */
static bool media_wing_before(const char *s, size_t before)
{
    size_t e = before;
    while (e && s[e - 1] == ' ') e--;
    if (e && s[e - 1] == ',') {
        e--;
    } else if (e >= 3 && (starts_ci(s + e - 3, 3, " is") || starts_ci(s + e - 3, 3, "was"))) {
        e -= 3;
        while (e && s[e - 1] == ' ') e--;
    } else {
        return false;
    }
    size_t ws, we;
    if (!word_before(s, e, &ws, &we) || we != e) return false;
    /* "its television channel, Al-Masirah, ...": a head that is a medium */
    /* (and "Its propaganda magazine, Sawt al-Hind, is published in English") */
    static const char *const media[] = {"channel",  "station",    "newspaper", "broadcaster",
                                        "magazine", "newsletter", NULL};
    for (const char *const *m = media; *m; m++)
        if (span_is(s, ws, we, *m)) return true;
    if (!span_is(s, ws, we, "wing") && !span_is(s, ws, we, "arm")) return false;
    if (!word_before(s, ws, &ws, &we)) return false;
    return span_is(s, ws, we, "media") || span_is(s, ws, we, "propaganda");
}

static uint32_t paragraph_group(prof *p, uint32_t si, uint32_t *ref_cursor);

/* Outlets of a sentence that talks about media: names with a media head
 * word ("... Media Foundation"), names followed by "(lit. ...)",
 * "magazine"/"newsletter" or "in <Language>", the appositive of "media
 * outlet, X," and names listed with those ("Khalid Media (...) and Black
 * Flags (...)"). */
static bool prose_outlets(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    if (!(p->gate & G_OUTLET)) return true; /* none of media, magazine, newsletter... */
    /* the document's subject (infobox owner or focus), else the sentence's group */
    uint32_t owner = p->subject;
    if (owner == DS_NONE) owner = actor_before(p, si, sen->span.end, ref_cursor);
    /* "JNIM is a coalition of groups. Its propaganda arm is X": the group
     * the sentence before opened with, the subject "Its" goes on with */
    if (si > 0 && opens_possessive(s, n)) {
        bool opener = false;
        const ds_sentence *prev = &p->doc->sentences.v[si - 1];
        while (*ref_cursor < p->doc->actor_refs.n &&
               p->doc->actor_refs.v[*ref_cursor].sentence < si)
            ++*ref_cursor;
        for (uint32_t r = *ref_cursor; r-- > 0;) {
            const ds_actor_ref *ar = &p->doc->actor_refs.v[r];
            if (ar->sentence + 1 < si) break;
            if (ar->sentence + 1 != si || ar->span.start != prev->span.start ||
                (ar->type != DS_ACTOR_ARMED_GROUP && ar->type != DS_ACTOR_OTHER))
                continue;
            /* ("The group's demand ... Its newsletter, X": in an article
             * "the group" is its subject, whatever group was named last) */
            if (ar->generic && p->article && p->subject != DS_NONE) break;
            ds_actor *a = ds_facts_actor(p->x, p->ctx, p->doc, ar->actor);
            if (a) owner = (uint32_t)(a - p->x->actors.v), opener = true;
            break;
        }
        /* (in a report, "Its outlet, X," after "Its leader, NAME, ...":
         * the group the paragraph is about, as for its leader) */
        uint32_t pg = opener || p->article ? DS_NONE : paragraph_group(p, si, ref_cursor);
        if (pg != DS_NONE) owner = pg;
    }
    if (owner == DS_NONE) return true;
    bool prev_ok = false; /* the previous phrase was an outlet and we are in its list */
    size_t i = 0;
    while (i < n) {
        /* next word start */
        while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == ';' || s[i] == '\'' || s[i] == '"'))
            i++;
        if (i >= n) break;
        if (s[i] == '(') {
            i = skip_paren(s, n, i);
            continue;
        }
        strspan ph = cap_phrase(s, n, i, 0);
        size_t wend = i;
        while (wend < n && s[wend] != ' ') wend++;
        /* "The Firat News Agency (ANF) ...": the article that opens the
         * sentence is no part of the name */
        if (ph.n > 4 && ph.s == s && starts_ci(ph.s, ph.n, "the ")) ph.s += 4, ph.n -= 4;
        /* ... nor its possessive: "Its al-Kataib Media Foundation releases
         * videos in Somali" */
        if (ph.n > 4 && ph.s == s && starts_ci(ph.s, ph.n, "its ")) ph.s += 4, ph.n -= 4;
        if (ph.n > 6 && ph.s == s && starts_ci(ph.s, ph.n, "their ")) ph.s += 6, ph.n -= 6;
        /* a head word alone names nothing ("Media, al-Kataib Media
         * Foundation; Radio Andalus": a table's label) */
        if (ph.n && !memchr(ph.s, ' ', ph.n) && !memchr(ph.s, '-', ph.n) && media_head(ph)) {
            i = (size_t)(ph.s + ph.n - s);
            continue;
        }
        if (!ph.n) {
            if (!(wend - i == 3 && !strncmp(s + i, "and", 3)) &&
                !(wend - i == 3 && !strncmp(s + i, "the", 3)))
                prev_ok = false;
            i = wend;
            continue;
        }
        /* "publishes the magazine People's March in English": a title with
         * a possessive inside, right after the kind of publication */
        {
            size_t pe = (size_t)(ph.s + ph.n - s), ps = (size_t)(ph.s - s);
            static const char *const kinds[] = {
                "magazine ", "newspaper ", "newsletter ", "journal ", "weekly ", "monthly ", NULL};
            bool kind = false;
            for (const char *const *w = kinds; *w && !kind; w++) {
                size_t m = strlen(*w);
                kind = ps >= m && starts_ci(s + ps - m, m, *w);
            }
            if (kind && pe + 4 < n && s[pe] == '\'' && s[pe + 1] == 's' && s[pe + 2] == ' ' &&
                isupper((unsigned char)s[pe + 3])) {
                strspan more = cap_phrase(s, n, pe + 3, 0);
                if (more.n && more.s == s + pe + 3) ph.n = (size_t)(more.s + more.n - ph.s);
            }
        }
        size_t after = (size_t)(ph.s + ph.n - s);
        /* strip a possessive */
        size_t k = after;
        if (k + 1 < n && s[k] == '\'' && s[k + 1] == 's') k += 2;
        size_t k2 = skip_paren(s, n, k);
        const char *rest = s + k2;
        size_t rn = n - k2;
        while (rn && *rest == ' ') rest++, rn--;
        bool lit =
            k2 > k && (ds_find_ci(s + k, k2 - k, "lit.") || ds_find_ci(s + k, k2 - k, "literally"));
        /* a lower-case head after the name: "the az-Zallaqa media foundation",
         * "its Radio Andalus station" */
        static const char *const heads_after[] = {
            "magazine",   "newsletter", "publication", "media ",  "news agency",
            "agency",     "outlet",     "station",     "channel", "network",
            "foundation", "website",    NULL};
        bool typed = false;
        for (const char *const *h = heads_after; *h && !typed; h++) typed = starts_ci(rest, rn, *h);
        const char *langs[8];
        size_t nlangs = 0;
        const char *in = rest;
        size_t inn = rn;
        if (typed) /* past the head words: "media foundation in Arabic" */
            for (size_t w = 0; w < 2 && inn && !starts_ci(in, inn, "in "); w++) {
                while (inn && *in != ' ' && *in != ',') in++, inn--;
                /* (and its comma: "the weekly al-Naba newsletter, in Arabic") */
                while (inn && (*in == ' ' || *in == ',')) in++, inn--;
            }
        if (starts_ci(in, inn, "in ")) nlangs = language_list(in + 3, inn - 3, langs, 8);
        const char *lang = nlangs ? langs[0] : NULL;
        /* "X, an English-language weekly": the appositive gives the language */
        if (!nlangs && (starts_ci(s + k2, n - k2, ", a ") || starts_ci(s + k2, n - k2, ", an "))) {
            size_t w = k2 + (s[k2 + 3] == ' ' ? 4 : 5), e = w;
            while (e < n && s[e] != ' ' && s[e] != ',') e++;
            const char *l = language_adjective(s + w, e - w);
            if (l) langs[nlangs++] = l;
        }
        /* "media outlet, X," / "magazine X" / "Its media wing, X," / "its
         * propaganda arm is X" before the phrase */
        size_t before = (size_t)(ph.s - s);
        bool wing = media_wing_before(s, before);
        /* (and "uses the Telegram channel Sawt al-Huda to release ...") */
        /* ("Its outlet, X, ..." at the sentence's start: a window cut to
         * the bytes there are; "its media outlet X", "its outlet X": no
         * comma, but not a news outlet's "the outlet X reported") */
        size_t w14 = before < 14 ? before : 14;
        bool appositive = ds_find_ci(s + before - w14, w14, "outlet,") ||
                          (before >= 13 && starts_ci(s + before - 13, 13, "media outlet ")) ||
                          (before >= 11 && starts_ci(s + before - 11, 11, "its outlet ")) ||
                          (before >= 11 && starts_ci(s + before - 11, 11, "media wing ")) ||
                          (before >= 9 && ds_find_ci(s + before - 9, 9, "magazine")) ||
                          (before >= 8 && ds_find_ci(s + before - 8, 8, "channel ")) || wing;
        bool by_head = media_head(ph);
        /* "Its media wing, al-Kataib, releases videos in Somali and
         * English", "through Umar Media, which releases a magazine in Urdu
         * and Pashto": the outlet's languages, told later in its sentence */
        bool which = by_head && k2 + 8 < n && starts_ci(s + k2, n - k2, ", which ");
        /* "The Firat News Agency (ANF), close to the PKK, publishes in
         * Kurdish, Turkish and English": the sentence's subject publishes
         * or broadcasts in the languages, whatever comes between */
        /* (or in apposition, the verb right after it: "The PKK's news
         * agency, Firat News Agency (ANF), publishes in Kurdish, ...") */
        size_t vp = k2 < n && s[k2] == ',' ? k2 + 1 : k2;
        bool verb_next = starts_ci(s + vp, n - vp, " publishes in ") ||
                         starts_ci(s + vp, n - vp, " broadcasts in ");
        if (by_head && !nlangs && (ph.s == s || ph.s == s + 4 || verb_next)) {
            static const char *const verbs[] = {" publishes in ",          " broadcasts in ",
                                                " is published in ",       " releases content in ",
                                                " publishes material in ", NULL};
            for (const char *const *v = verbs; *v && !nlangs; v++) {
                const char *at = pfind(p, s + k2, n - k2, *v);
                if (at) {
                    size_t from = (size_t)(at - s) + strlen(*v);
                    nlangs = language_list(s + from, n - from, langs, 8);
                }
            }
        }
        for (size_t w = k2; (wing || which) && !nlangs && w + 4 < n; w++) {
            /* "..., which prints Sahel Lantern magazine in Hausa": the
             * languages of the publication it names */
            if (which && w > k2 + 2 && s[w - 1] == ' ' && isupper((unsigned char)s[w])) break;
            if (s[w] == ' ' && starts_ci(s + w + 1, n - w - 1, "in "))
                nlangs = language_list(s + w + 4, n - w - 4, langs, 8);
        }
        /* "... Foundation (...) for Media Production": a complement, not a name */
        bool complement = before >= 4 && starts_ci(s + before - 4, 4, "for ");
        /* "its Pashto-language magazine X": the language comes before */
        const char *lang_pre = language_before(s, before);
        if (lang_pre && nlangs < 8) langs[nlangs++] = lang_pre;
        /* "Inspire, an English-language online magazine": the appositive's
         * language (nlangs) says it is a publication */
        bool ok = !complement && !is_platform_or_noise(ph) &&
                  (by_head || lit || typed || lang || appositive || prev_ok || nlangs);
        /* "Al-Masirah broadcasts from Beirut in Arabic and English": a
         * place before the languages is where, not what, it broadcasts */
        if (ok && !(by_head || lit || typed || appositive || prev_ok)) {
            uint32_t ps = (uint32_t)(ph.s - p->doc->text), pe = ps + (uint32_t)ph.n;
            for (uint32_t q = 0; q < p->doc->places.n && ok; q++)
                ok = !(p->doc->places.v[q].span.start < pe && p->doc->places.v[q].span.end > ps);
        }
        /* an armed group or a state named in the sentence is not an outlet */
        for (uint32_t r = 0; ok && r < p->doc->actor_refs.n; r++) {
            const ds_actor_ref *ar = &p->doc->actor_refs.v[r];
            if (ar->sentence != si || ar->type == DS_ACTOR_MEDIA) continue;
            const char *an = p->doc->text + ar->span.start;
            if (ds_facts_same_name(an, ar->span.end - ar->span.start, ph.s, ph.n)) ok = false;
        }
        /* "through the Amaq News Agency, in Arabic and English, and on
         * Telegram": the outlet's languages set off by a comma */
        if (ok && !nlangs && starts_ci(s + k2, n - k2, ", in "))
            nlangs = language_list(s + k2 + 5, n - k2 - 5, langs, 8);
        if (ok && !add_outlet(p, owner, ph, langs, nlangs, DS_NONE, si)) return false;
        prev_ok = ok;
        i = k2 > after ? k2 : after;
        if (i == (size_t)(ph.s - s)) i = wend;
    }
    return true;
}

/* Platforms an outlet uses, by their usual spelling; `alone` says whether
 * the name is distinctive enough without another platform beside it. */
static const struct {
    const char *name;
    bool alone;
} PLATFORMS[] = {
    {"Telegram", true},    {"Twitter", true}, {"Facebook", true},     {"YouTube", true},
    {"Rocket.Chat", true}, {"TikTok", true},  {"WhatsApp", true},     {"Instagram", true},
    {"Threema", true},     {"TamTam", true},  {"Chirpwire", true},    {"VKontakte", true},
    {"Discord", true},     {"Viber", true},   {"X", false},           {"Signal", false},
    {"Element", false},    {"Hoop", false},   {"Odnoklassniki", true}};

/* The platform whose name starts at s[i] (a capitalised word, any case
 * after its first letter), and its length. */
static int platform_at(const char *s, size_t n, size_t i, size_t *len)
{
    if (i && isalnum((unsigned char)s[i - 1])) return -1;
    if (!isupper((unsigned char)s[i])) return -1;
    for (size_t k = 0; k < sizeof PLATFORMS / sizeof *PLATFORMS; k++) {
        size_t m = strlen(PLATFORMS[k].name);
        if (m > n - i || strncasecmp(s + i, PLATFORMS[k].name, m) != 0) continue;
        if (i + m < n && (isalnum((unsigned char)s[i + m]) || s[i + m] == '.') &&
            !(s[i + m] == '.' && (i + m + 1 == n || s[i + m + 1] == ' ')))
            continue;
        *len = m;
        return (int)k;
    }
    return -1;
}

/* "Al-Azaim posts its material on Rocket.Chat, Telegram and X (formerly
 * Twitter)": the platforms of the outlets of the sentence's
 * group named in that sentence. Names that are common words (Signal, X)
 * count only beside a distinctive one; what a parenthesis says ("formerly
 * Twitter") is not another platform. */
static bool prose_platforms(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    if (!(p->gate & G_PLATFORM)) return true;
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    int found[8];
    size_t nf = 0;
    bool distinctive = false;
    int depth = 0;
    for (size_t i = 0; i < n && nf < 8; i++) {
        if (s[i] == '(') depth++;
        if (s[i] == ')' && depth) depth--;
        size_t len;
        int k = depth ? -1 : platform_at(s, n, i, &len);
        if (k < 0) continue;
        bool dup = false;
        for (size_t j = 0; j < nf; j++) dup |= found[j] == k;
        if (!dup) found[nf++] = k;
        distinctive |= PLATFORMS[k].alone;
        i += len - 1;
    }
    if (!distinctive) return true;
    uint32_t owner = p->subject;
    if (owner == DS_NONE) owner = actor_before(p, si, sen->span.end, ref_cursor);
    ds_actor *a = actor_at(p, owner);
    if (!a || !a->media_outlets.n) return true;
    /* the outlets named in the sentence */
    for (size_t i = 0; i < n;) {
        while (i < n && !isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) i++;
        if (i >= n) break;
        strspan ph = cap_phrase(s, n, i, 0);
        size_t next = i;
        while (next < n && s[next] != ' ') next++;
        if (ph.n) next = (size_t)(ph.s + ph.n - s) > next ? (size_t)(ph.s + ph.n - s) : next;
        i = next;
        size_t plen;
        if (!ph.n || platform_at(ph.s, ph.n, 0, &plen) >= 0 ||
            (media_head(ph) && !memchr(ph.s, ' ', ph.n)))
            continue;
        ds_outlet *o = outlet_named(a, ph);
        /* a part of the name must be its head: "al-Azaim" for "al-Azaim Media
         * Foundation", not "Khorasan" for "Voice of Khorasan" */
        size_t w1 = 0;
        while (w1 < ph.n && ph.s[w1] != ' ') w1++;
        if (o &&
            !(strncasecmp(o->name, ph.s, w1) == 0 && (o->name[w1] == ' ' || o->name[w1] == '\0')))
            o = NULL;
        for (size_t j = 0; o && j < nf; j++)
            if (!add_static_str(p, &o->platforms, PLATFORMS[found[j]].name)) return false;
    }
    return true;
}

/* "X is a (regional) branch/affiliate/wing/offshoot of Y" -> parent Y. */
/* "X, Y's affiliate in the Sahel, ..." / "X (Y's Sahel branch)": the group
 * named just before the possessive is a branch of Y. */
static bool first_date(const char *s, size_t n, ds_date *v);

static bool possessive_parent(prof *p, uint32_t si, uint32_t *cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    static const char *heads[] = {"affiliate", "branch", "franchise", "wing", "province"};
    if (!(p->gate & G_POSS)) return true;
    uint32_t prev = DS_NONE; /* the last armed group ref seen in the sentence */
    while (*cursor < doc->actor_refs.n && doc->actor_refs.v[*cursor].sentence < si) (*cursor)++;
    for (uint32_t r = *cursor; r < doc->actor_refs.n; r++) {
        const ds_actor_ref *ar = &doc->actor_refs.v[r];
        if (ar->sentence > si) break;
        if (ar->type != DS_ACTOR_ARMED_GROUP || ar->generic) continue;
        const char *t = doc->text + ar->span.end;
        size_t rest = sen->span.end - ar->span.end;
        size_t k = 0;
        if (starts_ci(t, rest, "'s "))
            k = 3;
        else if (starts_ci(t, rest, "\xE2\x80\x99s "))
            k = 5;
        else if (starts_ci(t, rest, " "))
            k = 1;
        bool head = false;
        for (int pass = 0; pass < 2 && !head && k; pass++) {
            for (size_t h = 0; h < sizeof heads / sizeof *heads && !head; h++) {
                size_t m = strlen(heads[h]);
                head = starts_ci(t + k, rest - k, heads[h]) &&
                       (k + m >= rest || !isalpha((unsigned char)t[k + m]));
            }
            /* one qualifying word between: "Y's Sahel branch" */
            while (!head && pass == 0 && k < rest && isalpha((unsigned char)t[k])) k++;
            if (!head && pass == 0 && k < rest && t[k] == ' ') k++;
        }
        /* "Al-Nusra had served as al-Qaeda's branch in Syria until July
         * 2016", "It was al-Qaeda's affiliate from 2012 to 2016": the
         * sentence's group is Y's branch through a copula */
        /* (the sentence's opener: the group named before, or "It", "The
         * group", "The movement" for the subject) */
        bool copula = false, self = false;
        if (head) {
            static const char *const links[] = {" is ",        " was ",           " had served as ",
                                                " served as ", " has served as ", " became ",
                                                " remains ",   " had been ",      NULL};
            static const char *const selves[] = {"it ", "the group ", "the movement ", NULL};
            uint32_t ge = prev != DS_NONE ? doc->actor_refs.v[prev].span.end : DS_NONE;
            for (const char *const *o = selves; ge == DS_NONE && *o; o++)
                if (p->subject != DS_NONE &&
                    starts_ci(doc->text + sen->span.start, sen->span.end - sen->span.start, *o))
                    ge = sen->span.start + (uint32_t)strlen(*o) - 1, self = true;
            size_t gn = ge != DS_NONE && ar->span.start > ge ? ar->span.start - ge : 0;
            for (const char *const *l = links; gn && gn <= 24 && *l && !copula; l++)
                copula = strlen(*l) == gn && !strncasecmp(doc->text + ge, *l, gn);
            self = self && copula;
        }
        /* (an apposition, not a list: "Al-Shabaab and the IS branch have
         * fought each other" names two groups) */
        bool listed = false;
        if (head && !copula && prev != DS_NONE) {
            uint32_t ge = doc->actor_refs.v[prev].span.end;
            size_t gn = ar->span.start > ge ? ar->span.start - ge : 0;
            listed = gn <= 12 && (ds_find_word(doc->text + ge, gn, "and") ||
                                  ds_find_word(doc->text + ge, gn, "or") ||
                                  ds_find_word(doc->text + ge, gn, "with"));
        }
        if (head && !listed &&
            (self || (prev != DS_NONE && doc->actor_refs.v[prev].actor != ar->actor &&
                      (copula || ar->span.start - doc->actor_refs.v[prev].span.end <= 12)))) {
            const ds_actor *y = ds_facts_actor(p->x, p->ctx, doc, ar->actor);
            const ds_actor *xa =
                !y     ? NULL
                : self ? actor_at(p, p->subject)
                       : ds_facts_actor(p->x, p->ctx, doc, doc->actor_refs.v[prev].actor);
            if (!xa) return false;
            uint32_t owner = (uint32_t)(xa - p->x->actors.v);
            y = ds_facts_actor(p->x, p->ctx, doc, ar->actor);
            if (!y) return false;
            strspan name = {y->name, strlen(y->name)};
            if (!add_affiliation(p, owner, name, "parent", NULL, DS_NONE, si)) return false;
            /* (its span after the head: "until July 2016", "from 2012 to 2016") */
            const char *q = t + k, *qe = doc->text + sen->span.end;
            const char *u = copula ? ds_find_ci(q, (size_t)(qe - q), " until ") : NULL;
            const char *f = copula ? ds_find_ci(q, (size_t)(qe - q), " from ") : NULL;
            ds_date from_d = {0}, to_d = {0};
            bool got_from = f && first_date(f, (size_t)(qe - f), &from_d);
            const char *to = f ? ds_find_ci(f + 6, (size_t)(qe - f - 6), " to ") : NULL;
            bool got_to = (u && first_date(u, (size_t)(qe - u), &to_d)) ||
                          (to && first_date(to, (size_t)(qe - to), &to_d));
            ds_actor *oa = actor_at(p, owner);
            for (uint32_t a = 0; oa && a < oa->affiliations.n; a++) {
                ds_affiliation *af = &oa->affiliations.v[a];
                if (strcmp(af->name, y->name) != 0) continue;
                if (got_from && !af->start[0]) ds_date_format(af->start, from_d);
                if (got_to && !af->end[0]) ds_date_format(af->end, to_d);
            }
        }
        prev = r;
    }
    return true;
}

/* The noun phrase ending at s[pre] is a member of a list, not a predicate:
 * "Ansar Dine, al-Mourabitoun and the Saharan branch of AQIM merged" (its
 * determiner follows "and", "or" or a comma). */
static bool list_member(const char *s, size_t pre)
{
    size_t i = pre;
    for (int words = 0; words < 4 && i > 0; words++) {
        while (i > 0 && s[i - 1] == ' ') i--;
        size_t end = i;
        while (i > 0 && s[i - 1] != ' ' && s[i - 1] != ',') i--;
        size_t w = end - i;
        if (w == 3 && !strncasecmp(s + i, "the", 3)) {
            size_t k = i;
            while (k > 0 && s[k - 1] == ' ') k--;
            if (k > 0 && s[k - 1] == ',') return true;
            return (k >= 4 && !strncasecmp(s + k - 4, " and", 4)) ||
                   (k >= 3 && !strncasecmp(s + k - 3, " or", 3));
        }
        if (i > 0 && s[i - 1] == ',') return false;
    }
    return false;
}

/* Do the words before a parent's cue at s[pre] say the tie is past ("was
 * at first", "was originally", "was once", "was initially", "began as")? */
static bool former_tie(const char *s, size_t pre)
{
    static const char *const past[] = {"at first",  "originally", " once ", "initially",
                                       "began as ", "formerly",   NULL};
    size_t from = pre > 40 ? pre - 40 : 0;
    for (const char *const *w = past; *w; w++)
        if (ds_find_ci(s + from, pre - from, *w)) return true;
    return false;
}

static bool prose_parent(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    /* every cue ends in "of " */
    bool of = (p->gate & G_PARENT) && pfind(p, s, n, " of ") != NULL;
    for (size_t c = 0; of && c < PARENT_CUES_N; c++) {
        const char *cue = PARENT_CUES[c].cue;
        const char *at = pword(p, s, n, cue);
        if (!at) continue;
        /* "X is a ... branch of" or the appositive "X, a faction of" */
        size_t pre = (size_t)(at - s);
        size_t near = pre > 40 ? pre - 40 : 0;
        /* "while the Nigerian army has called it an offshoot of JNIM",
         * "officials describe it as a wing of ...": a tie others say of the
         * subject ("it") */
        bool said = false;
        static const char *const its[] = {" it an ", " it a ", " it as an ", " it as a ", NULL};
        for (const char *const *w = its; *w && !said && p->subject != DS_NONE; w++) {
            size_t m = strlen(*w);
            said = pre >= m && !strncasecmp(s + pre - m, *w, m);
        }
        if (!said && !pword(p, s, pre, "is") && !pword(p, s, pre, "was") &&
            !pword(p, s, pre, "are") && !pfind(p, s + near, pre - near, ", a ") &&
            !pfind(p, s + near, pre - near, ", an ") && !pfind(p, s + near, pre - near, ", the "))
            continue;
        if (list_member(s, pre)) continue;
        uint32_t owner =
            said ? p->subject : actor_before(p, si, (uint32_t)(sen->span.start + pre), ref_cursor);
        size_t from = pre + strlen(cue);
        /* an actor named right after the cue */
        strspan parent = {NULL, 0};
        for (uint32_t r = *ref_cursor; r < p->doc->actor_refs.n; r++) {
            const ds_actor_ref *ar = &p->doc->actor_refs.v[r];
            if (ar->sentence > si) break;
            if (ar->sentence < si || ar->span.start < sen->span.start + from) continue;
            if (ar->span.start > sen->span.start + from + 60) break;
            parent = (strspan){p->doc->text + ar->span.start, ar->span.end - ar->span.start};
            /* the parent gets its own entry, under its canonical name */
            const ds_actor *pa = ds_facts_actor(p->x, p->ctx, p->doc, ar->actor);
            if (pa) parent = (strspan){pa->name, strlen(pa->name)};
            break;
        }
        if (!parent.n) {
            /* "the Salafi jihadist group Islamic State": past a head noun */
            size_t i = from;
            if (starts_ci(s + i, n - i, "the ")) i += 4;
            const char *heads[] = {"group ", "organization ", "organisation ", "movement "};
            for (size_t h = 0; h < 4; h++) {
                const char *hp = ds_find_word(s + i, n - i < 50 ? n - i : 50, heads[h]);
                if (hp) {
                    i = (size_t)(hp - s) + strlen(heads[h]);
                    break;
                }
            }
            parent = cap_phrase(s, n, i, 0);
        }
        ds_actor *oa = actor_at(p, owner);
        const char *had = oa ? oa->parent : NULL;
        if (parent.n && !add_affiliation(p, owner, parent, "parent", NULL, DS_NONE, si))
            return false;
        /* "..., a claim JNIM has not acknowledged": a disputed tie, no
         * parent the group answers to */
        if (said && oa && parent.n && oa->affiliations.n) {
            const char *rest = s + from;
            size_t rn = n - from;
            ds_affiliation *f = NULL;
            for (uint32_t k = 0; k < oa->affiliations.n; k++)
                if (!strcmp(oa->affiliations.v[k].relation, "parent") &&
                    ds_facts_same_name(oa->affiliations.v[k].name,
                                       strlen(oa->affiliations.v[k].name), parent.s, parent.n))
                    f = &oa->affiliations.v[k];
            if (f && (pfind(p, rest, rn, "not acknowledged") || pfind(p, rest, rn, "denied") ||
                      pfind(p, rest, rn, "denies") || pfind(p, rest, rn, "rejected") ||
                      pfind(p, rest, rn, "disputed"))) {
                f->disputed = true;
                oa->parent = had;
            }
        }
        /* "founded in 1991 ... as a splinter of the MNLF": the group it came
         * from, no parent it answers to ("pledged allegiance to the Islamic
         * State" later in the text names that one) */
        if (oa && cue[0] == 's' && cue[1] == 'p') oa->parent = had;
        /* "It was at first an armed wing of the Sinaloa Cartel before the
         * two became rivals": a tie of the past, no parent now */
        if (oa && former_tie(s, pre)) oa->parent = had;
        return true;
    }
    return possessive_parent(p, si, ref_cursor);
}

static bool first_date(const char *s, size_t n, ds_date *v);
static void complete_tenure(prof *p, uint32_t owner, strspan name, const char *start, bool open,
                            const ds_date *end);

/* "founded/established/formed in/on DATE" -> founded (an infobox date wins). */
static bool prose_founded(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    static const char *cues[] = {
        "founded in ", "founded on ", "established in ", "established on ", "formed in ",
        "formed on ", "created in ", "created on ", "founded ", "established ", "emerged in ",
        "emerged around ", "emerged in around ",
        /* "has fought the Indian state since its formation on 21 September 2004" */
        "its formation on ", "its formation in ",
        /* "from its proclamation in October 2007" */
        "its proclamation in ", "its proclamation on ",
        /* "ISPP was announced by the Islamic State in May 2019" (a province
         * the parent proclaims; its name opens the sentence, below) */
        "was announced in ", "was announced by "};
    if (!(p->gate & G_FOUNDED)) return true;
    /* "The group announced its dissolution in May 2017", "it said it had
     * dissolved itself in January 2025": the article's group ended then
     * (the contract's extension "dissolved") */
    static const char *const ends[] = {"its dissolution in ", "its dissolution on ",
                                       "dissolved itself in ", "dissolved itself on ", NULL};
    for (const char *const *e = ends; *e && p->article && p->subject != DS_NONE; e++) {
        const char *at = pword(p, s, n, *e);
        ds_date v;
        if (!at || !date_at(s, n, (size_t)(at - s) + strlen(*e), &v)) continue;
        uint32_t owner = actor_before(p, si, sen->span.start + (uint32_t)(at - s), ref_cursor);
        /* ("... al-Qaeda's only presence in Syria until it said it had
         * dissolved itself": "it" right before, the article's group) */
        if (at - s >= 7 && ds_find_ci(at - 7, 7, "it had ")) owner = p->subject;
        ds_actor *a = actor_at(p, owner);
        if (owner == p->subject && a && !a->dissolved[0]) ds_date_format(a->dissolved, v);
        break;
    }
    for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
        const char *at = pword(p, s, n, cues[c]);
        if (!at) continue;
        size_t from = (size_t)(at - s) + strlen(cues[c]);
        /* "was announced by the Islamic State in May 2019": past the
         * announcer to its date; only of the group that opens the sentence */
        bool announced = starts_ci(cues[c], strlen(cues[c]), "was announced");
        if (announced) {
            const ds_actor_ref *r0 = NULL;
            for (uint32_t r = *ref_cursor; r < p->doc->actor_refs.n && !r0; r++)
                if (p->doc->actor_refs.v[r].sentence >= si) r0 = &p->doc->actor_refs.v[r];
            /* (or "It was announced in February 2018 and was ...", of an
             * article's group) */
            bool it = p->article && p->subject != DS_NONE && (size_t)(at - s) == 3 &&
                      starts_ci(s, n, "it ");
            if (!it && (!r0 || r0->sentence != si || r0->span.start != sen->span.start ||
                        r0->generic || r0->span.end + 1 != sen->span.start + (uint32_t)(at - s)))
                continue;
            if (cues[c][14] == 'b') {
                const char *in = pfind(p, s + from, n - from < 50 ? n - from : 50, " in ");
                if (!in) continue;
                from = (size_t)(in - s) + 4;
            }
        }
        /* "It was founded by Mohammed Yusuf in 2002": the founder, then the date */
        strspan founder = {NULL, 0};
        if (announced) {
            ds_date av;
            if (!date_at(s, n, from, &av)) continue;
            uint32_t owner = actor_before(p, si, sen->span.start + (uint32_t)(at - s), ref_cursor);
            ds_actor *oa = actor_at(p, owner);
            if (!oa) return true;
            if (owner == p->subject) return set_founded(p, av, false);
            if (!oa->founded[0]) ds_date_format(oa->founded, av);
            return true;
        }
        if (starts_ci(s + from, n - from, "by ")) {
            size_t b = from + 3, e2 = b;
            while (e2 < n && e2 < b + 60 && !starts_ci(s + e2, n - e2, " in ") &&
                   !starts_ci(s + e2, n - e2, " on ") && s[e2] != ',' && s[e2] != '.')
                e2++;
            if (e2 > b && e2 < n && s[e2] == ' ' && s[b] >= 'A' && s[b] <= 'Z') {
                founder = (strspan){s + b, e2 - b};
                from = e2 + 4;
                /* "founded by NAME in Maiduguri in 2002": past the place */
                if (from < n && s[from] >= 'A' && s[from] <= 'Z' &&
                    !date_at(s, n, from, &(ds_date){0})) {
                    const char *in = pfind(p, s + from, n - from < 40 ? n - from : 40, " in ");
                    if (in) from = (size_t)(in - s) + 4;
                }
            }
        }
        /* the date: a timex starting there, else the longest parseable run */
        ds_date v = {0};
        bool got = false;
        for (uint32_t t = 0; t < p->doc->timexes.n && !got; t++) {
            const ds_timex *tx = &p->doc->timexes.v[t];
            if (tx->sentence == si && tx->span.start >= sen->span.start + from &&
                tx->span.start <= sen->span.start + from + 4 && tx->value.year)
                v = tx->value, got = true;
        }
        /* "founded in the Gaza Strip in 1981 by NAME": past the place (a
         * capitalised name, maybe after "the") to the date after " in " */
        if (!got && !date_at(s, n, from, &v) && c == 0 && from < n &&
            (isupper((unsigned char)s[from]) || starts_ci(s + from, n - from, "the "))) {
            const char *in = pfind(p, s + from, n - from < 40 ? n - from : 40, " in ");
            if (in && !memchr(s + from, ',', (size_t)(in - s) - from)) {
                size_t d = (size_t)(in - s) + 4;
                if (date_at(s, n, d, &v)) from = d, got = true;
            }
        }
        if (!got && !date_at(s, n, from, &v)) continue;
        /* "founded in January 2015 by Amadou Koufa, a Fulani preacher": the
         * founder after the date (a capitalised run up to a comma or "in") */
        if (!founder.n) {
            const char *by = pword(p, s + from, n - from < 40 ? n - from : 40, "by");
            size_t b = by ? (size_t)(by - s) + 3 : n, e2 = b;
            while (e2 < n && e2 < b + 60 && s[e2] != ',' && s[e2] != '.' && s[e2] != ';' &&
                   !starts_ci(s + e2, n - e2, " in ") && !starts_ci(s + e2, n - e2, " and "))
                e2++;
            /* (not "by NAME, who has served as its commander": the leaders'
             * reader gives him his role) */
            bool who = e2 + 5 < n && s[e2] == ',' && starts_ci(s + e2 + 1, n - e2 - 1, " who ");
            /* (only a clause that gives him a role: "..., who had been freed
             * from an Indian prison" leaves him the founder) */
            if (who) {
                size_t w0 = e2 + 6, wn = n - w0 < 40 ? n - w0 : 40;
                who = pfind(p, s + w0, wn, " led ") || pfind(p, s + w0, wn, "served as") ||
                      pfind(p, s + w0, wn, " head") || pfind(p, s + w0, wn, " command") ||
                      starts_ci(s + w0, wn, "led ") || starts_ci(s + w0, wn, "head") ||
                      starts_ci(s + w0, wn, "command") || starts_ci(s + w0, wn, "serve");
            }
            if (by && e2 > b && e2 <= n && s[b] >= 'A' && s[b] <= 'Z' && !who)
                founder = (strspan){s + b, e2 - b};
        }
        uint32_t owner =
            actor_before(p, si, (uint32_t)(sen->span.start + (size_t)(at - s)), ref_cursor);
        if (owner == DS_NONE) return true;
        if (owner != p->subject) {
            /* "Also today, the Department is designating the CJNG ... The
             * CJNG was established in 2009 as a splinter of the Milenio
             * Cartel": another group's founding, when its name opens the
             * sentence (the group the sentence is about) */
            ds_actor *oa = actor_at(p, owner);
            const ds_actor_ref *r0 =
                *ref_cursor < p->doc->actor_refs.n ? &p->doc->actor_refs.v[*ref_cursor] : NULL;
            if (!oa || founder.n || !r0 || r0->sentence != si ||
                r0->span.start > sen->span.start + 4 || r0->generic)
                return true;
            const ds_actor *first = ds_facts_actor(p->x, p->ctx, p->doc, r0->actor);
            if (first != oa || oa->founded[0]) return true;
            ds_date_format(oa->founded, v);
            return true;
        }
        /* "formed in 2000 by Rwandan exiles": founders, but no one's name */
        if (founder.n && !person_like(founder)) founder.n = 0;
        /* "founded ... by NAME, a cleric who was shot dead in 1990": the
         * founder dead, his tenure ended then */
        const char *rest = founder.n ? founder.s + founder.n : NULL;
        size_t rest_n = rest ? (size_t)(s + n - rest) : 0;
        const char *who = NULL;
        static const char *const fates[] = {" who was killed", " who was shot dead",
                                            " who was assassinated", " who died", NULL};
        for (const char *const *f = fates; rest && *f && !who; f++)
            if ((who = pfind(p, rest, rest_n < 60 ? rest_n : 60, *f)) != NULL &&
                memchr(rest, ';', (size_t)(who - rest)))
                who = NULL;
        if (founder.n &&
            !add_leader(p, owner, founder, "founder", NULL, false, DS_NONE, si, who != NULL))
            return false;
        ds_date died = {0};
        if (who && first_date(who, (size_t)(s + n - who), &died))
            complete_tenure(p, owner, founder, NULL, false, &died);
        /* "founded in January 2015 by Amadou Koufa, a preacher from
         * Niafunké, who still leads it": its leader since the founding */
        static const char *const leads[] = {" who still leads it", " who still heads it",
                                            " who still leads the group",
                                            " who leads it to this day", NULL};
        bool still = false;
        for (const char *const *w = leads; rest && *w && !still; w++)
            still = pfind(p, rest, rest_n < 90 ? rest_n : 90, *w) != NULL;
        if (still) {
            char from_s[11];
            ds_date_format(from_s, v);
            if (!add_leader(p, owner, founder, "leader", NULL, false, DS_NONE, si, false))
                return false;
            complete_tenure(p, owner, founder, from_s, true, NULL);
            ds_actor *fa = actor_at(p, owner);
            for (uint32_t k = 0; fa && k < fa->leaders.n; k++)
                if (ds_facts_same_name(fa->leaders.v[k].name, strlen(fa->leaders.v[k].name),
                                       founder.s, founder.n) &&
                    !fa->leaders.v[k].status)
                    fa->leaders.v[k].status = "current";
        }
        return set_founded(p, v, false);
    }
    return true;
}

/* The first armed group named in sentence si before `at` (the actor a
 * descriptive clause is about: "X, a branch of Y active in Z"), else the
 * subject. */
static uint32_t first_group_before(prof *p, uint32_t si, uint32_t at, uint32_t *ref_cursor,
                                   bool skip_complements)
{
    const ds_doc *doc = p->doc;
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *ref_cursor = i;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.start >= at) break;
        if (r->type != DS_ACTOR_ARMED_GROUP || r->generic) continue;
        /* "Iyad Ag Ghaly, the founder of Ansar Dine, ... pledged": the
         * group is a noun's complement, not the one who acts */
        if (skip_complements && r->span.start >= 3 &&
            !strncasecmp(doc->text + r->span.start - 3, "of ", 3) && r->span.end < doc->text_len &&
            doc->text[r->span.end] == ',')
            continue;
        /* "It is allied with JNIM and rival to ISSP": the object of an
         * earlier tie ("with", "to", "from", "against" before it) is not
         * who the next tie is about */
        /* (and "pledged allegiance to the Islamic State and became part of
         * ISCAP": after the article too) */
        /* (and "It opposes the ADF and is fighting against the FARDC") */
        static const char *const preps[] = {
            "with ",     " to ",         "from ",    "against ",     "with the ", " to the ",
            "from the ", "against the ", "opposes ", "opposes the ", NULL};
        bool object = false;
        for (const char *const *pr = preps; skip_complements && *pr && !object; pr++) {
            size_t m = strlen(*pr);
            object = r->span.start >= m && !strncasecmp(doc->text + r->span.start - m, *pr, m);
        }
        if (object) continue;
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        return a ? (uint32_t)(a - p->x->actors.v) : p->subject;
    }
    return p->subject;
}

/* The capitalised name that starts at doc offset `at` of sentence si
 * (after "the "), with the lower-case particles names of groups hold
 * ("Tren del Llano", "Army of Islam", "Ansar al-Din"), when no person and
 * no place is named there and it has two words or more; else empty. */
static strspan group_name_at(const prof *p, uint32_t si, uint32_t at)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text, *end = s + sen->span.end, *q = s + at;
    if (end - q > 4 && !strncasecmp(q, "the ", 4)) q += 4;
    /* ("Movement for Oneness and Jihad in West Africa": "for", and "in"
     * after three words of a name, not "the Army in Mali") */
    static const char *const particles[] = {"of",  "the", "de", "del", "la",  "al", "du",
                                            "des", "y",   "e",  "and", "for", NULL};
    const char *name_end = NULL, *w = q;
    size_t words = 0;
    while (w < end) {
        const char *e = w;
        while (e < end && *e != ' ' && *e != ',' && *e != ';' && *e != '.' && *e != '(') e++;
        size_t len = (size_t)(e - w);
        if (!len) break;
        if (isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0x80) {
            name_end = e, words++;
        } else {
            bool particle = words >= 3 && len == 2 && !strncmp(w, "in", 2);
            for (const char *const *pt = particles; *pt && !particle; pt++)
                particle = strlen(*pt) == len && !strncmp(w, *pt, len);
            if (!particle || !name_end) break;
        }
        if (e >= end || *e != ' ') break;
        w = e + 1;
    }
    /* one word only when it is a compound ("Tehrik-e-Jafaria") */
    if (!name_end || (words < 2 && !memchr(q, '-', (size_t)(name_end - q))))
        return (strspan){NULL, 0};
    uint32_t ns = (uint32_t)(q - s), ne = (uint32_t)(name_end - s);
    for (uint32_t i = 0; i < doc->people.n; i++)
        if (doc->people.v[i].sentence == si && doc->people.v[i].span.start < ne &&
            doc->people.v[i].span.end > ns)
            return (strspan){NULL, 0};
    /* a place that starts the name ("Kabul Province"), not one inside it
     * ("the Tren del Llano": "Llano" alone may be a place) */
    for (uint32_t i = 0; i < doc->places.n; i++)
        if (doc->places.v[i].span.start <= ns && doc->places.v[i].span.end > ns)
            return (strspan){NULL, 0};
    /* "clashed with the Kurdistan Democratic Party's peshmerga": the
     * group, not its possessive */
    size_t len = (size_t)(name_end - q);
    if (len > 2 && q[len - 2] == '\'' && q[len - 1] == 's') len -= 2;
    return (strspan){q, len};
}

/* The one capitalised word at doc offset `at` of sentence si that an
 * apposition names as an organisation ("Saoradh, a political party
 * that ..."), when no person or place is named there; else empty. */
static strspan described_name(const prof *p, uint32_t si, uint32_t at)
{
    const ds_doc *doc = p->doc;
    const char *s = doc->text, *end = s + doc->sentences.v[si].span.end, *q = s + at, *e = q;
    if (q >= end || !isupper((unsigned char)*q)) return (strspan){NULL, 0};
    while (e < end && isalpha((unsigned char)*e)) e++;
    if (e - q < 3 || end - e < 4 || strncmp(e, ", a", 3) != 0) return (strspan){NULL, 0};
    const char *d = e + 3;
    if (d < end && *d == 'n') d++;
    static const char *const nouns[] = {"party",        "group",        "movement",
                                        "organisation", "organization", "militia",
                                        "faction",      "front",        NULL};
    bool org = false;
    for (const char *const *w = nouns; *w && !org; w++)
        org = ds_find_word(d, (size_t)(end - d < 40 ? end - d : 40), *w) != NULL;
    if (!org) return (strspan){NULL, 0};
    uint32_t ns = at, ne = (uint32_t)(e - s);
    for (uint32_t i = 0; i < doc->people.n; i++)
        if (doc->people.v[i].span.start < ne && doc->people.v[i].span.end > ns)
            return (strspan){NULL, 0};
    for (uint32_t i = 0; i < doc->places.n; i++)
        if (doc->places.v[i].span.start < ne && doc->places.v[i].span.end > ns)
            return (strspan){NULL, 0};
    return (strspan){q, (size_t)(e - q)};
}

/* Ties named in prose: "allied with Y", "rival of Y", "pledged allegiance
 * to Y" -> an affiliation of the group named before the cue with the
 * actor named right after it. */
/* A name without its trailing qualifier: "National Liberation Army
 * (Colombia)" -> "National Liberation Army". */
static strspan unqualified(const char *s)
{
    size_t n = strlen(s);
    if (n > 3 && s[n - 1] == ')') {
        const char *open = memchr(s, '(', n);
        if (open && open > s + 1 && open[-1] == ' ') n = (size_t)(open - s) - 1;
    }
    return (strspan){s, n};
}

/* Has actor a an affiliation already with the group named `surface` in
 * the text, whose lexicon name is `canonical`: under either, or the
 * canonical one without its qualifier? (Asked before the group gets an
 * entry of its own, which an unused tie would leave empty.) */
static bool tied_already(const ds_actor *a, strspan surface, const char *canonical)
{
    if (!a) return false;
    strspan bare = canonical ? unqualified(canonical) : surface;
    for (uint32_t k = 0; k < a->affiliations.n; k++) {
        const char *f = a->affiliations.v[k].name;
        size_t fn = strlen(f);
        if (ds_facts_same_name(f, fn, bare.s, bare.n) ||
            ds_facts_same_name(f, fn, surface.s, surface.n))
            return true;
    }
    return false;
}

/* Is t[0, n) what joins two names of a list: ", ", " and ", ", and ",
 * " or ", each maybe with "the " after it? */
static bool list_joiner(const char *t, size_t n)
{
    static const char *const joins[] = {", and the ", ", and ",   " and the ", " and ", ", the ",
                                        ", ",         " or the ", " or ",      NULL};
    for (const char *const *j = joins; *j; j++)
        if (strlen(*j) == n && !strncmp(t, *j, n)) return true;
    return false;
}

/* Is cue a sponsor's ("backed by", "supported by", "support from"), or
 * the subject's as one ("sheltering", "harbouring"), or a loose alignment
 * ("aligned with": "some madrasas run under Taliban rule are said to be
 * aligned with ISIS-K" is no tie of the Taliban's)? */
static bool sponsor_cue(const char *cue)
{
    return (cue[0] == 'b' && cue[1] == 'a') || (cue[0] == 's' && cue[1] == 'u') ||
           (cue[0] == 's' && cue[1] == 'h') || (cue[0] == 'h' && cue[1] == 'a') ||
           (cue[0] == 'a' && cue[1] == 'l' && cue[2] == 'i');
}

/* "The Taliban fight Islamic State Khorasan Province, their main armed
 * rival": a group with an apposition that calls it the subject's rival
 * ("its", "their", up to three words, then "rival"), in an article about
 * the subject. False: out of memory. */
static bool apposed_rival(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    /* "The Comando Vermelho, founded in 1979 ..., has been its main rival
     * since then": the group the sentence opens with is the subject's
     * rival ("is", "has been", "remains" before "its main/chief rival") */
    if (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si &&
        !doc->actor_refs.v[i].generic && doc->actor_refs.v[i].type == DS_ACTOR_ARMED_GROUP &&
        doc->actor_refs.v[i].span.start <= sen->span.start + 4) {
        const char *s = doc->text + sen->span.start;
        size_t sn = sen->span.end - sen->span.start;
        static const char *const cues[] = {" is its main rival",
                                           " is its chief rival",
                                           " has been its main rival",
                                           " has been its chief rival",
                                           " remains its main rival",
                                           " remains its chief rival",
                                           NULL};
        bool said = false;
        for (const char *const *c = cues; *c && !said; c++) said = pfind(p, s, sn, *c) != NULL;
        const ds_actor *other =
            said ? ds_facts_actor(p->x, p->ctx, doc, doc->actor_refs.v[i].actor) : NULL;
        if (said && !other) return false;
        if (other && actor_at(p, p->subject) != other &&
            !add_affiliation(p, p->subject, (strspan){other->name, strlen(other->name)}, "rival",
                             NULL, DS_NONE, si))
            return false;
    }
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *ar = &doc->actor_refs.v[i];
        if (ar->generic || ar->type != DS_ACTOR_ARMED_GROUP) continue;
        const char *t = doc->text + ar->span.end;
        size_t n = sen->span.end - ar->span.end, k;
        if (starts_ci(t, n, ", its "))
            k = 6;
        else if (starts_ci(t, n, ", their "))
            k = 8;
        else
            continue;
        for (int w = 0; w < 4 && k < n; w++) {
            if (starts_ci(t + k, n - k, "rival") &&
                (k + 5 == n || !isalpha((unsigned char)t[k + 5]) || t[k + 5] == 's')) {
                const ds_actor *other = ds_facts_actor(p->x, p->ctx, doc, ar->actor);
                if (!other) return false;
                if (actor_at(p, p->subject) != other &&
                    !add_affiliation(p, p->subject, (strspan){other->name, strlen(other->name)},
                                     "rival", NULL, DS_NONE, si))
                    return false;
                break;
            }
            while (k < n && isalpha((unsigned char)t[k])) k++;
            if (k >= n || t[k] != ' ') break;
            k++;
        }
    }
    return true;
}

/* Dates tie f with the date a sentence tells of it: its start, or for a
 * split ("broke away from TTP in August 2014") its end, unless a later
 * start says the tie was made again ("... and rejoined it in March 2015":
 * the infobox's "2015-present"). A date already set stays. */
static void date_tie(ds_affiliation *f, bool split, ds_date when)
{
    /* (a split dates the parent's tie only: "Rivals: Los Choneros" and
     * "It broke away from Los Choneros in 2021" are two ties) */
    if (split && strcmp(f->relation, "parent") != 0) return;
    char d[11];
    ds_date_format(d, when);
    if (!split && !f->start[0]) memcpy(f->start, d, sizeof d);
    if (split && !f->end[0] && strcmp(f->start, d) <= 0) memcpy(f->end, d, sizeof d);
}

/* Does the clause before offset `at` of s open on an indefinite part of a
 * group ("a faction led by ...", "a splinter group", "a breakaway wing")
 * as the doer? */
static bool faction_before(const char *s, size_t at)
{
    size_t from = at > 120 ? at - 120 : 0;
    for (size_t k = at; k > from; k--)
        if (s[k - 1] == ',' || s[k - 1] == ';') {
            from = k;
            break;
        }
    static const char *const parts[] = {"a faction ", "a splinter ", "a breakaway ",
                                        "a wing ",    "a group of ", NULL};
    for (const char *const *w = parts; *w; w++) {
        const char *hit = ds_find_ci(s + from, at - from, *w);
        if (hit && (hit == s || hit[-1] == ' ')) return true;
    }
    return false;
}

/* Does sentence si open with "The NAME" of a group the lexicon lacks and
 * that is not the subject ("The Chin Brotherhood, an alliance of six Chin
 * groups, is a rival of the Chinland Council" in a report on the Arakan
 * Army)? Then a tie the sentence tells is that group's. */
static bool unknown_opener(const prof *p, uint32_t si)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    if (!starts_ci(doc->text + sen->span.start, sen->span.end - sen->span.start, "the "))
        return false;
    strspan nm = group_name_at(p, si, sen->span.start);
    if (!nm.n) return false;
    uint32_t ns = (uint32_t)(nm.s - doc->text), ne = ns + (uint32_t)nm.n;
    for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence > si) break;
        if (r->sentence == si && r->span.start < ne && r->span.end > ns) return false;
    }
    const ds_actor *a = p->subject != DS_NONE ? &p->x->actors.v[p->subject] : NULL;
    if (!a || ds_facts_same_name(a->name, strlen(a->name), nm.s, nm.n)) return false;
    for (uint32_t k = 0; k < a->aliases.n; k++)
        if (ds_facts_same_name(a->aliases.v[k], strlen(a->aliases.v[k]), nm.s, nm.n)) return false;
    return true;
}

/* The doc offset where the clause of the cue at doc offset `cue` opens:
 * past the last ", and ", ", but " or "; " of sentence si before it ("was
 * founded by NAME, a leader of the rebellions of the 1990s, and it allied
 * with the MNLA": the decade is the other clause's). */
static uint32_t clause_start(const ds_doc *doc, uint32_t si, uint32_t cue)
{
    uint32_t from = doc->sentences.v[si].span.start;
    for (uint32_t k = cue; k > from + 1; k--) {
        const char *t = doc->text + k - 1;
        if (t[0] == ';' || (t[0] == ',' && (starts_ci(t, cue - k + 1, ", and ") ||
                                            starts_ci(t, cue - k + 1, ", but "))))
            return k;
    }
    return from;
}

/* "a faction left to form the Islamic Movement of Azawad, which later
 * joined the HCUA": a cue in a relative clause tells the tie of the name
 * before ", which", not of a group named earlier. At doc offset `cue`:
 * 0 when no such clause opens within the 40 bytes before the cue; else 1
 * with *owner the group whose name (or acronym in brackets) ends at the
 * comma, -1 when no group of the lexicon ends there. */
static int relative_owner(prof *p, uint32_t si, uint32_t cue, uint32_t *owner)
{
    const ds_doc *doc = p->doc;
    uint32_t from = doc->sentences.v[si].span.start, comma = cue;
    while (comma > from && cue - comma < 40 && doc->text[comma - 1] != ',') comma--;
    if (comma <= from || doc->text[comma - 1] != ',') return 0;
    if (!starts_ci(doc->text + comma, cue - comma, " which ")) return 0;
    uint32_t end = comma - 1;
    if (end > from && doc->text[end - 1] == ')') { /* "... Azawad (IMA), which" */
        while (end > from && doc->text[end - 1] != '(') end--;
        while (end > from && (doc->text[end - 1] == '(' || doc->text[end - 1] == ' ')) end--;
    }
    for (uint32_t i = 0; i < doc->actor_refs.n; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence != si || r->span.end != end || r->type != DS_ACTOR_ARMED_GROUP) continue;
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        if (!a) return -1;
        *owner = (uint32_t)(a - p->x->actors.v);
        return 1;
    }
    return -1;
}

static bool prose_relations(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    static const struct {
        const char *cue, *relation;
    } cues[] = {
        {"allied with ", "ally"},
        {"alliance with ", "ally"},
        {"an ally of ", "ally"},
        {"allies of ", "ally"},
        {"rival of ", "rival"},
        {"rival to ", "rival"},
        {"rivals to ", "rival"},
        {"rivals of ", "rival"},
        {"rivalry with ", "rival"},
        {"main rival is ", "rival"},
        {"chief rival is ", "rival"},
        {"rival is ", "rival"},
        {"pledged allegiance to ", "parent"},
        {"pledged loyalty to ", "parent"},
        /* "NAME has commanded its armed wing, the People's Defence Forces
         * (HPG), since 2009": the wing is part of the group */
        {"its armed wing, ", "subgroup"},
        {"its military wing, ", "subgroup"},
        /* "It split from the Jamiat Ulema-e-Islam in 1985" */
        {"split from ", "parent"},
        {"broke away from ", "parent"},
        /* "Ansaru publicly splintered from Boko Haram in January 2012" */
        {"splintered from ", "parent"},
        /* "has clashed with the Clan del Golfo", "is at war with X" */
        {"clashed with ", "opponent"},
        {"at war with ", "opponent"},
        /* the cues of G_TIE from here (TIE_FROM): common words, asked only
         * of the sentences that hold one. "JEM has been associated with
         * Al-Qaida and the Taliban" (a UN sanctions narrative's word for a
         * tie) */
        {"associated with ", "ally"},
        /* "The movement fights the FARDC and the Wazalendo militias", "has
         * fought the army since 2012" */
        {"fights ", "opponent"},
        {"fought ", "opponent"},
        {"fought against ", "opponent"},
        /* "Since December 2023 the M23 has been part of the Congo River
         * Alliance": a coalition it belongs to (after "is", "has been",
         * "became", "remains": not "as part of an offensive") */
        {"part of ", "parent"},
        /* "Kata'ib Hezbollah is a member of the Islamic Resistance in Iraq"
         * (after "is", "has been", "became", as "part of") */
        {"a member of ", "parent"},
        /* "has been engaged in combat with the Houthis", "It is hostile to
         * the IRGC" */
        {"in combat with ", "opponent"},
        {"hostile to ", "opponent"},
        /* "It has been linked to Saoradh, ..., although Saoradh denies any
         * organisational ties": a tie others see (disputed when denied),
         * only in an article about the group */
        {"linked to ", "ally"},
        /* "in November 2021 both joined the United Front of Ethiopian
         * Federalist and Confederalist Forces, a coalition of nine groups":
         * a coalition it became part of (only in an article about it) */
        {"joined the ", "parent"},
        /* "In 2017 the group merged into the Congo River Alliance" */
        {"merged into ", "parent"},
        /* "It is affiliated with the Mai-Mai Yakutumba", "It is allied to
         * the Raia Mutomboki" */
        {"affiliated with ", "ally"},
        {"allied to ", "ally"},
        /* "It is backed by Rwanda, ... although Kigali denies this", "It
         * receives support from Uganda": a sponsor (only in an article about
         * the group; disputed when denied) */
        {"backed by ", "ally"},
        {"supported by ", "ally"},
        {"support from ", "ally"},
        /* "It opposes the ADF and is fighting against the FARDC" */
        {"opposes ", "opponent"},
        {"fighting against ", "opponent"},
        /* "The Taliban are accused by Pakistan of sheltering the TTP, a
         * charge Kabul denies": a group it shelters (only in an article
         * about it; disputed when denied) */
        /* "The Base is closely aligned with the Atomwaffen Division" */
        {"aligned with ", "ally"},
        {"sheltering ", "ally"},
        {"harbouring ", "ally"},
        {"harboring ", "ally"},
        /* "TRF ... is a front for Lashkar-e-Tayyiba": the group it fronts
         * for is its parent */
        {"a front for ", "parent"},
    };
    enum { TIE_FROM = 21 }; /* the index of "associated with " */
    if (!(p->gate & (G_RELATION | G_TIE))) return true;
    if ((p->gate & G_RELATION) && p->article && p->subject != DS_NONE &&
        !apposed_rival(p, si, ref_cursor))
        return false;
    size_t c0 = p->gate & G_RELATION ? 0 : TIE_FROM;
    size_t c1 = p->gate & G_TIE ? sizeof cues / sizeof *cues : TIE_FROM;
    for (size_t c = c0; c < c1; c++) {
        /* a clash, a link or a coalition joined is a tie only in an
         * article about the group (below): not looked for elsewhere */
        if (!p->article && (cues[c].relation[0] == 'o' || cues[c].cue[0] == 'l' ||
                            cues[c].cue[0] == 'j' || sponsor_cue(cues[c].cue)))
            continue;
        const char *at = pword(p, s, n, cues[c].cue);
        if (!at) continue;
        /* "led by NAME, a former TTP commander who pledged allegiance to the
         * Islamic State in 2015": a person's tie, not the group's */
        /* (but "formed by members who split from the Provisional IRA" is
         * the group's origin) */
        if (at - s >= 4 && starts_ci(at - 4, 4, "who ") && cues[c].cue[0] == 'p' &&
            cues[c].cue[1] == 'l')
            continue;
        if ((cues[c].cue[0] == 'p' && cues[c].cue[1] == 'a') ||
            (cues[c].cue[0] == 'a' && cues[c].cue[2] == 'm')) {
            size_t ws, we;
            if (!word_before(s, (size_t)(at - s), &ws, &we) ||
                !(span_is(s, ws, we, "is") || span_is(s, ws, we, "been") ||
                  span_is(s, ws, we, "became") || span_is(s, ws, we, "remains") ||
                  span_is(s, ws, we, "was")))
                continue;
        }
        /* "In May 2015 a faction led by NAME pledged allegiance to the
         * Islamic State and left": a part of the group that went its own
         * way, not the group */
        if (faction_before(s, (size_t)(at - s))) continue;
        uint32_t cue_end = sen->span.start + (uint32_t)(at - s) + (uint32_t)strlen(cues[c].cue);
        uint32_t owner =
            first_group_before(p, si, sen->span.start + (uint32_t)(at - s), ref_cursor, true);
        int rel = relative_owner(p, si, sen->span.start + (uint32_t)(at - s), &owner);
        if (owner == DS_NONE || rel < 0) continue;
        if (!rel && owner == p->subject && unknown_opener(p, si)) continue;
        /* a clash tells a tie only in an article about the group (a news
         * report's clashes are events, not its profile) */
        /* (a sponsor's cue is a link too: article-only, disputed when denied) */
        bool linked = cues[c].cue[0] == 'l' || sponsor_cue(cues[c].cue),
             joined = cues[c].cue[0] == 'j' || cues[c].cue[0] == 'm';
        if ((linked || joined || !strcmp(cues[c].relation, "opponent")) &&
            (owner != p->subject || !p->article))
            continue;
        /* "It split from the Jamiat Ulema-e-Islam in 1985", "broke away
         * from the Mahdi Army in 2006": the date is when the tie to the
         * parent ended (its end), not when it began */
        bool split = !strcmp(cues[c].cue, "split from ") ||
                     !strcmp(cues[c].cue, "broke away from ") ||
                     !strcmp(cues[c].cue, "splintered from ");
        item tie = {0}; /* (a note only when the tie is denied: it is disputed then) */
        bool denied = linked && (pword(p, s, n, "denies") || pword(p, s, n, "denied"));
        if (denied) tie.note = (strspan){"alleged; denied", 15};
        bool named = false;
        uint32_t list_end = 0; /* past the last group taken: the next must be listed with it */
        for (uint32_t r = *ref_cursor; r < p->doc->actor_refs.n; r++) {
            const ds_actor_ref *ar = &p->doc->actor_refs.v[r];
            if (ar->sentence != si || ar->span.start > cue_end + (list_end ? 12 : 8)) break;
            if (ar->span.start < cue_end || ar->generic) continue;
            /* "fights the FARDC and the Wazalendo militias", "allied with
             * A, B and C": each group of a list right after the cue */
            if (list_end && !list_joiner(p->doc->text + list_end, ar->span.start - list_end)) break;
            named = true;
            /* "a rival of the Islamic State's Yemen Province": the tie is with
             * the branch the group named owns, not with that group (but
             * "pledged allegiance to al-Qaeda's general command" is al-Qaeda) */
            const char *past = p->doc->text + ar->span.end;
            size_t poss = 0;
            if (ar->span.end + 3 < sen->span.end && !strncmp(past, "'s ", 3)) poss = 3;
            if (ar->span.end + 5 < sen->span.end && !strncmp(past, "\xE2\x80\x99s ", 5)) poss = 5;
            if (poss && isupper((unsigned char)past[poss])) break;
            /* "Rivals: National Liberation Army" in the infobox, then "it
             * fought the ELN in Arauca": one tie, the one the infobox says */
            if (!strcmp(cues[c].relation, "opponent") &&
                tied_already(
                    actor_at(p, owner),
                    (strspan){p->doc->text + ar->span.start, ar->span.end - ar->span.start},
                    ds_actor_name(p->doc, ar->actor))) {
                list_end = ar->span.end, cue_end = ar->span.end;
                continue;
            }
            const ds_actor *other = ds_facts_actor(p->x, p->ctx, p->doc, ar->actor);
            if (!other) return false;
            strspan name = {other->name, strlen(other->name)};
            /* "its armed wing, the People's Defence Forces (HPG)": the wing as
             * the article names it (a lexicon entry of that name may be
             * another country's: Myanmar's "People's Defence Force") */
            if (!strcmp(cues[c].relation, "subgroup"))
                name = (strspan){p->doc->text + ar->span.start, ar->span.end - ar->span.start};
            if (!add_affiliation(p, owner, name, cues[c].relation, denied ? &tie : NULL, DS_NONE,
                                 si))
                return false;
            /* "In 2015 the group pledged allegiance to Y": the tie's start, a
             * date of the sentence before the cue */
            ds_actor *a = actor_at(p, owner);
            const ds_timex *when = NULL;
            /* "... and became part of ISWAP in 2019": a date right after the
             * group's name is the tie's own, before one earlier in the
             * sentence (another clause's) */
            /* (past its acronym: "broke away from the Popular Front for the
             * Renaissance of the Central African Republic (FPRC) in 2014") */
            uint32_t name_end = ar->span.end;
            if (name_end + 2 < sen->span.end && p->doc->text[name_end] == ' ' &&
                p->doc->text[name_end + 1] == '(') {
                const char *close =
                    memchr(p->doc->text + name_end + 2, ')',
                           sen->span.end - name_end - 2 < 16 ? sen->span.end - name_end - 2 : 16);
                if (close) name_end = (uint32_t)(close + 1 - p->doc->text);
            }
            for (uint32_t t = 0; t < p->doc->timexes.n && !when; t++) {
                const ds_timex *tx = &p->doc->timexes.v[t];
                if (tx->sentence == si && tx->span.start >= name_end &&
                    tx->span.start <= name_end + 4 && tx->value.year && tx->kind == DS_TIMEX_DATE)
                    when = tx;
            }
            /* (or "Since December 2023 the M23 has been part of Y": an
             * open span's start; the nearest before the cue: "Its fighters
             * were sent to Syria in 2013 ..., and in 2014 the militia joined
             * the PMF" is 2014) */
            const ds_timex *before = NULL;
            uint32_t clause = clause_start(p->doc, si, sen->span.start + (uint32_t)(at - s));
            for (uint32_t t = 0; t < p->doc->timexes.n && !when; t++) {
                const ds_timex *tx = &p->doc->timexes.v[t];
                if (tx->sentence > si || (tx->sentence == si && tx->span.end > cue_end)) break;
                if (tx->sentence == si && tx->value.year && tx->span.start >= clause &&
                    (tx->kind == DS_TIMEX_DATE || (tx->kind == DS_TIMEX_SPAN && tx->open_end)))
                    before = tx;
            }
            if (!when) when = before;
            /* "The PCC was allied with the Comando Vermelho of Rio de
             * Janeiro until 2016": the tie's end, "until" and a date after
             * the name in its clause */
            const ds_timex *until = NULL;
            for (uint32_t t = 0; t < p->doc->timexes.n && !until; t++) {
                const ds_timex *tx = &p->doc->timexes.v[t];
                if (tx->sentence > si) break;
                if (tx->sentence != si || tx->span.start <= ar->span.end ||
                    tx->span.start > ar->span.end + 48 || !tx->value.year ||
                    tx->kind != DS_TIMEX_DATE)
                    continue;
                /* (the timex holds the word: "until 2016") */
                const char *gap = p->doc->text + ar->span.end;
                size_t gn = tx->span.start - ar->span.end;
                if (!memchr(gap, ',', gn) && starts_ci(gap + gn, 6, "until ")) until = tx;
            }
            for (uint32_t k = 0; (when || until) && a && k < a->affiliations.n; k++) {
                ds_affiliation *f = &a->affiliations.v[k];
                /* (the infobox's tie under its surface name, "al-Qaeda in
                 * the Islamic Maghreb": the same) */
                if (!ds_facts_same_name(f->name, strlen(f->name), other->name, strlen(other->name)))
                    continue;
                if (when && when != until) date_tie(f, split, when->value);
                if (until && !f->end[0]) ds_date_format(f->end, until->value);
            }
            if (!strcmp(cues[c].relation, "subgroup")) break;
            list_end = ar->span.end;
            cue_end = ar->span.end; /* the next group right after this one's name */
        }
        /* "Tren de Aragua is a rival of the Tren del Llano": a group the
         * lexicon lacks, by its capitalised name right after the cue (not
         * a person's: "pledged allegiance to Abu Bakr al-Baghdadi"; not a
         * place's) */
        strspan other = named ? (strspan){NULL, 0} : group_name_at(p, si, cue_end);
        /* "linked to Saoradh, a political party ...": a one-word name the
         * apposition after it says is an organisation */
        if (linked && !named && !other.n) other = described_name(p, si, cue_end);
        /* "backed by Rwanda": a state by its country's name */
        if (linked && !named && !other.n)
            for (uint32_t i = 0; i < p->doc->places.n; i++) {
                const ds_place *pl = &p->doc->places.v[i];
                if (pl->span.start > cue_end) break;
                if (pl->span.start == cue_end && pl->feature == DS_FEAT_COUNTRY)
                    other = (strspan){p->doc->text + pl->span.start, pl->span.end - pl->span.start};
            }
        if (other.n &&
            !add_affiliation(p, owner, other, cues[c].relation, denied ? &tie : NULL, DS_NONE, si))
            return false;
        /* "in November 2021 both joined the United Front ...": the tie
         * starts on the date nearest before the cue */
        /* ("It split from the Movement for Oneness and Jihad in West Africa
         * in 2008": a date right after the name, for every cue) */
        if (other.n) {
            uint32_t cue_at = sen->span.start + (uint32_t)(at - s);
            uint32_t name_end = (uint32_t)(other.s + other.n - p->doc->text);
            const ds_timex *when = NULL, *after = NULL;
            uint32_t clause = clause_start(p->doc, si, cue_at);
            for (uint32_t t = 0; t < p->doc->timexes.n; t++) {
                const ds_timex *tx = &p->doc->timexes.v[t];
                if (tx->sentence != si || !tx->value.year || tx->kind != DS_TIMEX_DATE) continue;
                if (joined && tx->span.end <= cue_at && tx->span.start >= clause) when = tx;
                if (tx->span.start >= name_end && tx->span.start <= name_end + 4) after = tx;
            }
            if (after) when = after;
            ds_actor *oa = actor_at(p, owner);
            for (uint32_t k = 0; when && oa && k < oa->affiliations.n; k++) {
                ds_affiliation *f = &oa->affiliations.v[k];
                if (ds_facts_same_name(f->name, strlen(f->name), other.s, other.n))
                    date_tie(f, split, when->value);
            }
        }
    }
    return true;
}

/* Is the alias part t[0, n) free of lower-case words but the particles of
 * names ("Tren de Aragua Gang", "El Tren"; not "Movement for Oneness")? */
static bool alias_words_only(const char *t, size_t n)
{
    static const char *const particles[] = {"de",  "del", "la",  "el", "al", "wal",
                                            "bin", "ul",  "and", "or", NULL};
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && t[j] != ' ') j++;
        if (islower((unsigned char)t[i]) && !memchr(t + i, '-', j - i)) {
            bool particle = false;
            for (const char *const *w = particles; *w && !particle; w++)
                particle = strlen(*w) == j - i && !strncmp(t + i, *w, j - i);
            if (!particle) return false;
        }
        i = j + 1;
    }
    return true;
}

/* "The Secretary of State has amended the designation of al-Qaeda in the
 * Arabian Peninsula (AQAP) ... to add the following aliases: Ansar
 * al-Sharia, Sons of Abyan and Sons of Hadramawt": a designation's list of
 * aliases, split at commas and at the last "and", of the group named last
 * before it (else the subject); so too "X is also known as A, B and C",
 * and a group's later name ("renamed itself Aleph in January 2000").
 * False: out of memory. */
static bool listed_aliases(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    static const struct {
        const char *cue;
        bool renamed; /* one name follows, not a list */
    } cues[] = {{"following aliases:", false},
                /* "Aum Shinrikyo is also known as A.I.C., Aum Supreme Truth
                 * and Aleph" (no comma before the cue: not prose_aka's) */
                {" is also known as ", false},
                /* "The organisation renamed itself Aleph in January 2000",
                 * "it changed its name to X", "was renamed X": its later name */
                {"renamed itself ", true},
                {"was renamed ", true},
                {"changed its name to ", true}};
    const char *cue = NULL;
    size_t c = 0;
    for (; c < sizeof cues / sizeof *cues && !cue; c++) cue = pfind(p, s, n, cues[c].cue);
    if (!cue) return true;
    c--;
    uint32_t cue_at = sen->span.start + (uint32_t)(cue - s);
    uint32_t i = *ref_cursor, owner = p->subject;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *ref_cursor = i;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.end > cue_at) break;
        if (r->type != DS_ACTOR_ARMED_GROUP || r->generic) continue;
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        if (!a) return false;
        owner = (uint32_t)(a - p->x->actors.v);
    }
    if (cues[c].renamed) {
        /* whose name: the group right before the cue, or the subject for
         * "The organisation renamed itself" ("pledged allegiance to the
         * Islamic State, and the group was renamed ISWAP" is no new name of
         * the Islamic State's) */
        static const char *const selves[] = {"the group ",
                                             "the organisation ",
                                             "the organization ",
                                             "the movement ",
                                             "the cult ",
                                             "it ",
                                             NULL};
        size_t before = (size_t)(cue - s);
        bool self = false;
        for (const char *const *w = selves; *w && !self; w++) {
            size_t m = strlen(*w);
            self = before >= m && starts_ci(s + before - m, m, *w);
        }
        const ds_actor_ref *last = i > *ref_cursor ? &doc->actor_refs.v[i - 1] : NULL;
        if (!self && !(last && last->span.end + 1 == cue_at && !last->generic)) return true;
        if (self) owner = p->subject;
    }
    ds_actor *a = actor_at(p, owner);
    if (!a) return true;
    size_t k = (size_t)(cue - s) + strlen(cues[c].cue), end = n;
    if (cues[c].renamed) {
        /* the capitalised words after the cue ("Aleph in January 2000") */
        size_t e = k;
        while (e < n && isupper((unsigned char)s[e])) {
            while (e < n && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ';') e++;
            if (e + 1 < n && s[e] == ' ' && isupper((unsigned char)s[e + 1]))
                e++;
            else
                break;
        }
        if (e == k || e - k > 60) return true;
        /* (a later name the lexicon knows as a group of its own is that
         * group: "the group was renamed Islamic State West Africa
         * Province" in Boko Haram's article) */
        uint32_t ns = sen->span.start + (uint32_t)k, ne = sen->span.start + (uint32_t)e;
        for (uint32_t r = *ref_cursor; r < doc->actor_refs.n && doc->actor_refs.v[r].sentence == si;
             r++)
            if (doc->actor_refs.v[r].span.start < ne && doc->actor_refs.v[r].span.end > ns)
                return true;
        return ds_facts_actor_alias(p->x, a, s + k, e - k);
    }
    if (end > k && s[end - 1] == '.') end--;
    bool commas = memchr(s + k, ',', end - k) != NULL;
    while (k < end) {
        size_t q = k, stop = end;
        for (; q < end; q++) {
            if (s[q] == ',' || s[q] == ';') {
                stop = q;
                break;
            }
            /* the last "and" of a list with commas ("A, B and C") */
            if (commas && starts_ci(s + q, end - q, " and ") && !memchr(s + q, ',', end - q) &&
                isupper((unsigned char)s[q + 5])) {
                stop = q;
                break;
            }
        }
        strspan al = trim(s + k, stop - k);
        if (starts_ci(al.s, al.n, "and ")) al = trim(al.s + 4, al.n - 4);
        if (al.n && al.n <= 60 && isupper((unsigned char)al.s[0]) &&
            !ds_facts_actor_alias(p->x, actor_at(p, owner), al.s, al.n))
            return false;
        if (stop >= end) break;
        k = stop + (s[stop] == ' ' ? 5 : 1);
    }
    return true;
}

/* "The Department is designating Tren de Aragua (TdA), also known as Tren
 * de Aragua Gang and El Tren, as ...": the names after "also known as"
 * (and the acronym in brackets before it) are aliases of the group named
 * right before, in any sentence of the document (the lead sentence of an
 * article is lead_aliases' work). Names are split at "or" and commas, and
 * at "and" when neither side holds a lower-case word ("Movement for
 * Oneness and Jihad" is one name). */
static bool prose_aka(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    if (!(p->gate & G_AKA)) return true;
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    /* "an order ... recognising Scottish Dawn and NS131 (National
     * Socialist Anti-Capitalist Action) as alternative names for National
     * Action": the names before the cue are the subject's aliases */
    static const char *const alts[] = {" as alternative names for ", " as an alternative name for ",
                                       NULL};
    const char *alt = NULL;
    size_t alt_len = 0;
    for (const char *const *a = alts; *a && !alt; a++)
        if ((alt = pfind(p, s, n, *a)) != NULL) alt_len = strlen(*a);
    const ds_actor *sa0 = actor_at(p, p->subject);
    if (alt && sa0 && p->article) {
        size_t to = (size_t)(alt - s) + alt_len, te = to;
        while (te < n && s[te] != ',' && s[te] != ';' && !(s[te] == '.' && te + 1 >= n)) te++;
        strspan who = trim(s + to, te - to);
        if (who.n && who.s[who.n - 1] == '.') who.n--;
        bool self = ds_facts_same_name(sa0->name, strlen(sa0->name), who.s, who.n);
        for (uint32_t k = 0; !self && k < sa0->aliases.n; k++)
            self = ds_facts_same_name(sa0->aliases.v[k], strlen(sa0->aliases.v[k]), who.s, who.n);
        /* back over the list: capitalised words, "and", commas, brackets */
        size_t b = (size_t)(alt - s);
        int depth = 0;
        while (self && b > 0) {
            size_t ws = b;
            while (ws > 0 && s[ws - 1] != ' ') ws--;
            const char *w = s + ws;
            size_t wn = b - ws;
            for (size_t q = 0; q < wn; q++) depth += (w[q] == ')') - (w[q] == '(');
            bool ok = depth > 0 ||
                      (wn && (isupper((unsigned char)w[0]) || w[0] == '(' ||
                              isdigit((unsigned char)w[0]))) ||
                      (wn == 3 && !strncmp(w, "and", 3));
            if (!ok) break;
            b = ws ? ws - 1 : 0;
            if (!ws) break;
        }
        size_t from = b < (size_t)(alt - s) && s[b] == ' ' ? b + 1 : b;
        for (size_t k = from; self && k < (size_t)(alt - s);) {
            size_t e = k;
            int d = 0;
            while (e < (size_t)(alt - s) && !(d == 0 && s[e] == ',') &&
                   !(d == 0 && starts_ci(s + e, (size_t)(alt - s) - e, " and "))) {
                d += (s[e] == '(') - (s[e] == ')');
                e++;
            }
            strspan al = trim(s + k, e - k);
            const char *par = memchr(al.s, '(', al.n);
            if (par) al = trim(al.s, (size_t)(par - al.s));
            if (al.n >= 2 && al.n <= 60 &&
                !ds_facts_actor_alias(p->x, actor_at(p, p->subject), al.s, al.n))
                return false;
            k = e + (e < (size_t)(alt - s) && s[e] == ',' ? 1 : 5);
        }
    }
    const char *cue = pfind(p, s, n, ", also known as ");
    /* "The organisation is also known as the Bozkurtlar.": the subject's
     * other name, the sentence all of it */
    static const char *const selves[] = {"it is also known as ",
                                         "the group is also known as ",
                                         "the organisation is also known as ",
                                         "the organization is also known as ",
                                         "the movement is also known as ",
                                         NULL};
    for (const char *const *o = selves; !cue && *o && p->subject != DS_NONE; o++) {
        size_t m = strlen(*o);
        if (!starts_ci(s, n, *o)) continue;
        strspan al = trim(s + m, n - m);
        if (starts_ci(al.s, al.n, "the ")) al = trim(al.s + 4, al.n - 4);
        ds_actor *sa = actor_at(p, p->subject);
        if (al.n && al.n <= 60 && !memchr(al.s, ',', al.n) && isupper((unsigned char)al.s[0]) &&
            sa && !ds_facts_actor_alias(p->x, sa, al.s, al.n))
            return false;
        return true;
    }
    if (!cue) return listed_aliases(p, si, ref_cursor);
    uint32_t cue_at = sen->span.start + (uint32_t)(cue - s);
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *ref_cursor = i;
    const ds_actor_ref *named = NULL;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        if (doc->actor_refs.v[i].span.end > cue_at) break;
        named = &doc->actor_refs.v[i];
    }
    if (!named || named->generic || named->type != DS_ACTOR_ARMED_GROUP) return true;
    /* right before the cue, or with its acronym in brackets between */
    const char *between = doc->text + named->span.end;
    size_t bn = cue_at - named->span.end;
    strspan acronym = {NULL, 0};
    if (bn > 3 && between[0] == ' ' && between[1] == '(' && between[bn - 1] == ')' &&
        !memchr(between + 2, '(', bn - 3))
        acronym = trim(between + 2, bn - 3);
    else if (bn && !(bn == 1 && between[0] == ')' && named->span.start > 0 &&
                     doc->text[named->span.start - 1] == '('))
        return true; /* (the acronym in brackets a group the lexicon knows by) */
    ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, named->actor);
    if (!a) return false;
    /* (an acronym has two capitals or more: "TdA", "ULFA-I"; not the
     * qualifier of "ULFA (Independent), also known as ULFA-I") */
    size_t caps = 0;
    for (size_t k = 0; k < acronym.n; k++) caps += isupper((unsigned char)acronym.s[k]) != 0;
    if (acronym.n && acronym.n <= 12 && !memchr(acronym.s, ' ', acronym.n) &&
        isupper((unsigned char)acronym.s[0]) && caps >= 2 &&
        !ds_facts_actor_alias(p->x, a, acronym.s, acronym.n))
        return false;
    size_t k = (size_t)(cue - s) + 16, end = k;
    while (end < n && s[end] != ',' && s[end] != ';' && s[end] != '(' &&
           !starts_ci(s + end, n - end, " as ") && !starts_ci(s + end, n - end, " is ") &&
           !starts_ci(s + end, n - end, " was "))
        end++;
    if (end == n && end > k && s[end - 1] == '.') end--; /* "..., also known as Y." */
    strspan list = trim(s + k, end - k);
    bool and_splits = alias_words_only(list.s, list.n);
    for (size_t q = 0; q < list.n;) {
        size_t r = q;
        while (r < list.n && !starts_ci(list.s + r, list.n - r, " or ") &&
               !(and_splits && starts_ci(list.s + r, list.n - r, " and ")))
            r++;
        strspan al = trim(list.s + q, r - q);
        if (starts_ci(al.s, al.n, "the ")) al = trim(al.s + 4, al.n - 4);
        if (al.n && al.n <= 60 && isupper((unsigned char)al.s[0]) &&
            !ds_facts_actor_alias(p->x, a, al.s, al.n))
            return false;
        q = r < list.n ? r + (list.s[r + 1] == 'o' ? 4 : 5) : r;
    }
    return true;
}

/* "Turkey, which backed several rival factions, has denied providing
 * support to the group", "Qatar denies funding the movement": a state
 * that denies supporting the document's subject, a disputed ally (the
 * denial says the support is alleged). The state is a government or state
 * force named before the denial, else the country that opens the
 * sentence. False: out of memory. */
static bool denied_sponsor(prof *p, uint32_t si)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    const char *d = pword(p, s, n, "denied ");
    if (!d) d = pword(p, s, n, "denies ");
    if (!d) return true;
    size_t k = (size_t)(d - s) + 7;
    /* "Iran has denied that it directs the group": the same denial in a
     * clause */
    bool clause = starts_ci(s + k, n - k, "that it ");
    if (clause) k += 8;
    static const char *const verbs[] = {"providing support to ",
                                        "supporting ",
                                        "backing ",
                                        "arming ",
                                        "funding ",
                                        "financing ",
                                        "supplying ",
                                        NULL};
    static const char *const clause_verbs[] = {"directs ", "controls ", "backs ",    "supports ",
                                               "arms ",    "funds ",    "supplies ", NULL};
    size_t v = 0;
    for (const char *const *w = clause ? clause_verbs : verbs; *w && !v; w++)
        if (starts_ci(s + k, n - k, *w)) v = strlen(*w);
    if (!v) return true;
    k += v;
    static const char *const objects[] = {"the group",        "the movement",     "it",
                                          "the organisation", "the organization", NULL};
    bool self = false;
    for (const char *const *o = objects; *o && !self; o++)
        self = starts_ci(s + k, n - k, *o) &&
               (k + strlen(*o) >= n || !isalpha((unsigned char)s[k + strlen(*o)]));
    if (!self) return true;
    uint32_t d_at = sen->span.start + (uint32_t)(d - s);
    strspan sponsor = {NULL, 0};
    for (uint32_t i = 0; i < doc->actor_refs.n && !sponsor.n; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->sentence != si || r->span.start >= d_at) continue;
        if (r->type != DS_ACTOR_GOVERNMENT && r->type != DS_ACTOR_STATE_FORCE) continue;
        const ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        if (!a) return false;
        sponsor = (strspan){a->name, strlen(a->name)};
    }
    for (uint32_t i = 0; i < doc->places.n && !sponsor.n; i++) {
        const ds_place *pl = &doc->places.v[i];
        if (pl->span.start < sen->span.start) continue;
        if (pl->span.start > sen->span.start) break;
        if (pl->feature == DS_FEAT_COUNTRY)
            sponsor = (strspan){doc->text + pl->span.start, pl->span.end - pl->span.start};
    }
    if (!sponsor.n) return true;
    item it = {0};
    it.note = (strspan){"alleged; denied", 15};
    return add_affiliation(p, p->subject, sponsor, "ally", &it, DS_NONE, si);
}

/* "The Rwandan government has been accused by UN investigators of
 * commanding and arming the group, an allegation Kigali denies",
 * "investigators have accused Iran of supplying the group with drones": a
 * state's alleged support of the document's subject, an ally, disputed
 * when the sentence tells a denial. The sponsor is the name between
 * "accused" and "of", else the government or state force named before
 * "accused". */
static bool prose_sponsor(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    if (!(p->gate & (G_TIE | G_DENY)) || p->subject == DS_NONE || !p->article) return true;
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    const char *acc = p->gate & G_TIE ? pword(p, s, n, "accused ") : NULL;
    if (!acc) return !(p->gate & G_DENY) || denied_sponsor(p, si);
    size_t from = (size_t)(acc - s) + 8;
    static const char *const verbs[] = {"of arming ",     "of supporting ", "of backing ",
                                        "of funding ",    "of financing ",  "of supplying ",
                                        "of commanding ", "of training ",   NULL};
    const char *of = NULL;
    for (const char *const *v = verbs; *v && !of; v++)
        of = pfind(p, s + from, n - from < 80 ? n - from : 80, *v);
    if (!of) return true;
    /* the object: the group itself ("the group", "the movement", "it") */
    size_t after = (size_t)(of - s) + 3;
    while (after < n && s[after] != ' ') after++; /* past the verb */
    static const char *const objects[] = {" the group",  " the movement",         " it ",
                                          " the rebels", " and arming the group", NULL};
    bool self = false;
    for (const char *const *o = objects; *o && !self; o++)
        self = starts_ci(s + after, n - after, *o);
    if (!self) return true;
    strspan sponsor = {NULL, 0};
    /* "accused Iran of": a short capitalised name */
    strspan mid = trim(s + from, (size_t)(of - s) - from);
    if (mid.n && mid.n <= 30 && isupper((unsigned char)mid.s[0]) && !memchr(mid.s, ',', mid.n))
        sponsor = mid;
    if (!sponsor.n) {
        /* "The Rwandan government has been accused by ...": the state before */
        uint32_t acc_at = sen->span.start + (uint32_t)(acc - s);
        uint32_t i = *ref_cursor;
        while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
        *ref_cursor = i;
        for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
            const ds_actor_ref *r = &doc->actor_refs.v[i];
            if (r->span.start >= acc_at) break;
            if (r->type != DS_ACTOR_GOVERNMENT && r->type != DS_ACTOR_STATE_FORCE) continue;
            const ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
            if (!a) return false;
            sponsor = (strspan){a->name, strlen(a->name)};
            break;
        }
    }
    if (!sponsor.n) return true;
    bool denied = pword(p, s, n, "denies") || pword(p, s, n, "denied") ||
                  pword(p, s, n, "rejects") || pword(p, s, n, "rejected");
    item it = {0};
    it.note = denied ? (strspan){"alleged; denied", 15} : (strspan){"alleged", 7};
    return add_affiliation(p, p->subject, sponsor, "ally", &it, DS_NONE, si);
}

/* "active in A, B and C" -> areas; "based in X" / "headquartered in X" ->
 * headquarters: the places annotated in the clause after the cue. */
static bool prose_places(prof *p, uint32_t si, uint32_t *ref_cursor, uint32_t *place_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    uint32_t i = *place_cursor;
    while (i < doc->places.n && doc->places.v[i].sentence < si) i++;
    *place_cursor = i;
    if (i >= doc->places.n || doc->places.v[i].sentence != si) return true;
    if (!(p->gate & G_PLACE)) return true;
    static const struct {
        const char *cue;
        bool base;
    } cues[] = {{"active in ", false},
                {"operates in ", false},
                {"operating in ", false},
                {"operate in ", false},
                /* "Its cells operate mainly around Zahedan, Saravan and Rask" */
                {"operate mainly in ", false},
                {"operates mainly in ", false},
                {"operate mainly around ", false},
                {"operates mainly around ", false},
                {"operate around ", false},
                {"operates around ", false},
                {"operates primarily in ", false},
                {"operate primarily in ", false},
                {"operates largely in ", false},
                {"operate largely in ", false},
                {"based in ", true},
                /* "based mostly in the Qandil Mountains of Iraq" */
                {"based mostly in ", true},
                {"based mainly in ", true},
                {"headquartered in ", true},
                /* "Its headquarters are in the Djibo area" */
                {"headquarters are in ", true},
                {"headquarters is in ", true},
                {"headquarters are located in ", true},
                {"headquarters is located in ", true}};
    for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
        const char *at = pword(p, s, n, cues[c].cue);
        if (!at) continue;
        /* "TRF is led by NAME, who is based in Pakistan": where a person
         * is, not the group */
        if (at - s >= 7 && (ds_find_ci(at - 7, 7, "who is ") || ds_find_ci(at - 7, 7, "who was ")))
            continue;
        uint32_t from = sen->span.start + (uint32_t)(at - s) + (uint32_t)strlen(cues[c].cue);
        /* the clause: up to a semicolon, a full stop or a new verb phrase */
        uint32_t to = from;
        while (to < sen->span.end && doc->text[to] != ';' && doc->text[to] != '.' &&
               to - from < 160)
            to++;
        uint32_t owner =
            first_group_before(p, si, sen->span.start + (uint32_t)(at - s), ref_cursor, false);
        /* without a group named before the cue, only "The group/It ... is active in" */
        bool named = false;
        for (uint32_t r = *ref_cursor; r < doc->actor_refs.n && !named; r++) {
            const ds_actor_ref *ar = &doc->actor_refs.v[r];
            if (ar->sentence != si || ar->span.start >= from) break;
            named = ar->type == DS_ACTOR_ARMED_GROUP && !ar->generic;
        }
        if (!named && !starts_ci(s, n, "the group ") && !starts_ci(s, n, "it ") &&
            !starts_ci(s, n, "its ") && !starts_ci(s, n, "they "))
            continue;
        ds_actor *a = actor_at(p, owner);
        if (!a) continue;
        for (uint32_t k = i; k < doc->places.n && doc->places.v[k].sentence == si; k++) {
            const ds_place *pl = &doc->places.v[k];
            if (pl->span.start < from || pl->span.start >= to || !pl->name) continue;
            a = actor_at(p, owner);
            /* "based in Afghanistan's Nangarhar and Kunar provinces": the
             * place the country owns, not the country */
            if (cues[c].base && pl->span.end + 3 < sen->span.end &&
                doc->text[pl->span.end] == '\'' && doc->text[pl->span.end + 1] == 's' &&
                doc->text[pl->span.end + 2] == ' ' && k + 1 < doc->places.n &&
                doc->places.v[k + 1].sentence == si &&
                doc->places.v[k + 1].span.start == pl->span.end + 3)
                continue;
            if (cues[c].base) {
                if (!a->headquarters && !(a->headquarters = ds_facts_str(p->x, pl->name)))
                    return false;
                break;
            }
            bool dup = false;
            for (uint32_t q = 0; q < a->areas.n && !dup; q++)
                dup = !strcmp(a->areas.v[q], pl->name);
            if (dup) continue;
            const char **slot = ds_vec_push(p->x->arena, &a->areas);
            if (!slot || !(*slot = ds_facts_str(p->x, pl->name))) return false;
        }
    }
    return true;
}

/* The report named before offset `before` of sentence s: "a 2023 report
 * by InSight Crime" -> "2023 report by InSight Crime", "A 2023 United
 * Nations report" -> "2023 United Nations report"; empty when none. */
static strspan report_source(const char *s, size_t before)
{
    const char *r = ds_find_ci(s, before, " report");
    if (!r) return (strspan){NULL, 0};
    size_t end = (size_t)(r - s) + 7; /* past "report" */
    /* "report by NAME": the name's capitalised words */
    if (starts_ci(s + end, before - end, " by ")) {
        size_t k = end + 4;
        while (k < before && (isupper((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80)) {
            size_t w = k;
            while (w < before && s[w] != ' ' && s[w] != ',') w++;
            end = w;
            if (w >= before || s[w] != ' ') break;
            k = w + 1;
        }
    }
    /* back to the article that opens the phrase ("a", "A", "the") */
    size_t start = (size_t)(r - s);
    for (size_t k = 0; k < 5 && start; k++) {
        size_t ws = start;
        while (ws && s[ws - 1] == ' ') ws--;
        size_t w0 = ws;
        while (w0 && s[w0 - 1] != ' ') w0--;
        if (span_is(s, w0, ws, "a") || span_is(s, w0, ws, "an") || span_is(s, w0, ws, "the"))
            return trim(s + ws, end - ws);
        start = w0;
    }
    return (strspan){NULL, 0};
}

/* "estimated N fighters" -> strength, when no infobox gave one. */
static bool prose_strength(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    /* cue, and whether a head noun (fighters, members...) must follow the count */
    static const struct {
        const char *cue;
        bool noun;
    } cues[] = {{"estimated at ", false},
                {"estimated ", true},
                {"strength of ", false},
                {"numbering ", false},
                /* "is believed to number several thousand members" */
                {"to number ", true},
                {"fighters number ", false},
                {"members number ", false},
                {"fighters numbered ", false},
                {"to have ", true},
                {"has about ", true},
                {"has some ", true},
                {"has around ", true},
                {"has between ", true},
                {"has over ", true},
                {"has more than ", true},
                /* "It now has fewer than 1,000 fighters", "the group has no
                 * more than 100 fighters left" */
                {"has fewer than ", true},
                {"has no more than ", true},
                {"has less than ", true},
                {"has up to ", true},
                {"has nearly ", true},
                {"has approximately ", true},
                {"has roughly ", true},
                {"retains between ", true},
                {"retains about ", true},
                {"retains some ", true},
                {"has an estimated ", true},
                {"fields between ", true},
                {"fields about ", true},
                /* "put its membership at between 2,500 and 5,000 people", "put its
                 * strength at about 3,000"; "estimated in 2022 that the group had
                 * between 4,000 and 5,000 fighters" */
                {"membership at ", false},
                {"strength at ", false},
                /* "UN experts put the group's size at roughly 3,000 fighters" */
                {"size at ", false},
                /* "put the number of PKK fighters at about 5,000" */
                {"fighters at ", false},
                {"group had between ", true},
                {"group had about ", true},
                {"group had some ", true},
                {"it had between ", true},
                {"it had about ", true},
                /* "Estimates of its size range from 500 to 600 fighters" */
                {"range from ", true},
                {"ranges from ", true},
                /* "The group numbers around 800 fighters", "it commands
                 * roughly 1,200 fighters", "It can field up to 5,000 men" (not
                 * "with about": "troops clashed with about 15 members of the
                 * NPA" is a unit in a fight) */
                {"numbers ", true},
                {"commands ", true},
                /* "officials say the militias have about 10,000 armed members" */
                {"have about ", true},
                {"have some ", true},
                {"have around ", true},
                {"have between ", true},
                {"can field ", true}};
    static const char *nouns[] = {"fighters", "members", "militants", "combatants",
                                  "men",      "gunmen",  "cadres"};
    /* every cue starts with an anchor, and parse_count() needs a digit */
    if ((p->gate & (G_STRENGTH | G_DIGIT)) != (G_STRENGTH | G_DIGIT)) return true;
    for (size_t c = 0; c < sizeof cues / sizeof *cues; c++) {
        const char *at = pword(p, s, n, cues[c].cue);
        if (!at) continue;

        size_t from = (size_t)(at - s) + strlen(cues[c].cue);
        int64_t lo, hi;
        size_t used = parse_count(s + from, n - from, &lo, &hi);
        if (!used || lo < 10) continue;
        /* "estimated at 2015" is no count; "put its size at no more than
         * 2,000 fighters" is (a thousands comma, or its noun after it) */
        bool year_like =
            is_yearish(lo) && is_yearish(hi) && !cues[c].noun && !memchr(s + from, ',', used);
        size_t k = from + used;
        while (k < n && s[k] == ' ') k++;
        /* "about 800 active fighters", "several hundred armed cadres" */
        static const char *const adjs[] = {"active ",   "armed ",     "trained ",
                                           "hardcore ", "full-time ", NULL};
        for (const char *const *a = adjs; *a; a++)
            if (starts_ci(s + k, n - k, *a)) {
                k += strlen(*a);
                break;
            }
        bool noun_after = false;
        for (size_t i = 0; i < sizeof nouns / sizeof *nouns && !noun_after; i++)
            noun_after = starts_ci(s + k, n - k, nouns[i]);
        if (year_like && !noun_after) continue;
        /* "fighters number 300": the noun is in the cue */
        bool counted = noun_after || cues[c].cue[0] == 'f' || cues[c].cue[0] == 'm' ||
                       !strcmp(cues[c].cue, "strength at ") || !strcmp(cues[c].cue, "size at ");
        /* "Estimates of its membership range from 7,000 to 10,000": the
         * noun before the cue */
        if (!counted && cues[c].cue[0] == 'r') {
            size_t bn = (size_t)(at - s);
            counted = pword(p, s, bn, "membership") || pword(p, s, bn, "strength") ||
                      pword(p, s, bn, "size") || pword(p, s, bn, "fighters");
        }
        /* "estimated at 2,000" needs a fighting context before it (so does
         * "Its fighters are estimated to number between 2,000 and 4,000",
         * the noun before the verb) */
        if ((!cues[c].noun || !strcmp(cues[c].cue, "to number ")) && !counted && !year_like) {
            size_t pre = (size_t)(at - s);
            for (size_t i = 0; i < sizeof nouns / sizeof *nouns && !counted; i++)
                counted = pword(p, s, pre, nouns[i]) != NULL;
            counted = counted || pword(p, s, pre, "strength") || pword(p, s, pre, "size");
        }
        if (!counted) continue;
        /* "The group's strength was estimated at ..., making it larger than
         * JAS, which is thought to have about 1,500 men": the group named
         * before the cue (the subject for "the group's"), not one the
         * clause after it compares */
        uint32_t owner = actor_before(p, si, sen->span.start + (uint32_t)(at - s), ref_cursor);
        ds_actor *a = actor_at(p, owner);
        if (!a || a->has_strength) return true;
        a->has_strength = true;
        a->strength_min = lo, a->strength_max = hi;
        /* "an estimated 3,000 to 4,000 fighters (2023)", "... fighters in
         * 2023", "... members as of March 2024": the date the count is of,
         * right after its noun */
        while (k < n && isalpha((unsigned char)s[k])) k++;
        static const char *const whens[] = {" (", " in ", " as of ", NULL};
        for (const char *const *w = whens; *w; w++) {
            size_t m = strlen(*w);
            ds_date v;
            if (starts_ci(s + k, n - k, *w) && k + m < n && date_at(s, n, k + m, &v) &&
                is_yearish(v.year))
                ds_date_format(a->strength_as_of, v);
        }
        /* "..., according to a 2023 United Nations report", "According to a
         * 2023 UN report, the group has ..." */
        const char *acc = pword(p, s, n, "according to ");
        if (acc) {
            const char *src = acc + 13;
            size_t m = 0;
            while (src + m < s + n && src[m] != ',' && src[m] != ';' && src[m] != '[' &&
                   !(src[m] == '.' && (src + m + 1 == s + n || src[m + 1] == ' ')))
                m++;
            if (m > 2 && m < 120) {
                if (m > 2 && !strncmp(src, "a ", 2)) src += 2, m -= 2;
                if (m > 4 && !strncmp(src, "the ", 4)) src += 4, m -= 4;
                a->strength_source = ds_facts_strn(p->x, src, m);
                if (!a->strength_source) return false;
            }
        } else {
            /* "a 2023 report by InSight Crime put its membership at ...",
             * "A 2023 United Nations report estimated that ...": the report
             * the count comes from, as its words say it */
            strspan src = report_source(s, (size_t)(at - s));
            if (src.n && !(a->strength_source = ds_facts_strn(p->x, src.s, src.n))) return false;
        }
        return sentence_source(p, &a->sources, si);
    }
    return true;
}

/* "its", "their", "the group's": a word that gives a role to the document's subject */
static bool owner_word(const char *w, size_t n)
{
    /* (and the nouns of coalitions, gangs and cartels: "the coalition's
     * spokesman", "the cartel's leader") */
    static const char *const words[] = {
        "its",         "their",  "group's",    "organisation's", "organization's", "movement's",
        "coalition's", "gang's", "alliance's", "militia's",      "cartel's",       "front's"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (n == strlen(words[i]) && !strncasecmp(w, words[i], n)) return true;
    return false;
}

/* "Kony's": the possessive of the last name of a leader the document's
 * subject already has. */
static bool leader_possessive(const prof *p, const char *w, size_t n)
{
    if (n < 4 || p->subject == DS_NONE || strncmp(w + n - 2, "'s", 2) != 0) return false;
    const ds_actor *a = &p->x->actors.v[p->subject];
    for (uint32_t i = 0; i < a->leaders.n; i++) {
        const char *nm = a->leaders.v[i].name, *sp = strrchr(nm, ' ');
        const char *last = sp ? sp + 1 : nm;
        if (strlen(last) == n - 2 && !strncmp(last, w, n - 2)) return true;
    }
    return false;
}

/* A leader's role word ("emir", "spokesman"...) as the role it gives, or NULL */
static const char *role_word(const char *w, size_t n)
{
    static const char *const words[][2] = {{"wali", "wali"},
                                           {"emir", "emir"},
                                           {"amir", "emir"},
                                           {"leader", "leader"},
                                           {"commander", "commander"},
                                           /* "Its commander-in-chief is NAME" */
                                           {"commander-in-chief", "commander"},
                                           {"spokesman", "spokesman"},
                                           {"spokesperson", "spokesman"},
                                           {"founder", "founder"},
                                           /* "one of its founders, NAME, was
                                            * convicted" */
                                           {"founders", "founder"},
                                           {"co-founder", "founder"},
                                           {"chief", "leader"},
                                           {"head", "leader"},
                                           {"deputy", "deputy leader"},
                                           {"second-in-command", "deputy leader"},
                                           {"secretary-general", "secretary-general"},
                                           {"president", "president"}};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (n == strlen(words[i][0]) && !strncasecmp(w, words[i][0], n)) return words[i][1];
    return NULL;
}

/* Completes the tenure of leader `name` of actor `owner` where the text
 * tells it: start (a formatted date; open: still in office) and end (NULL
 * none), each only where not known yet, in every tenure of that name. */
static void complete_tenure(prof *p, uint32_t owner, strspan name, const char *start, bool open,
                            const ds_date *end)
{
    ds_actor *a = actor_at(p, owner);
    for (uint32_t k = 0; a && k < a->leaders.n; k++) {
        ds_leader *l = &a->leaders.v[k];
        if (!same_leader(l->name, strlen(l->name), name.s, name.n)) continue;
        /* (a tenure that ends is no current one: "succeeded Abu Hammam in
         * 2025" after "led from its founding by ...") */
        if (end && !l->end[0]) {
            ds_date_format(l->end, *end);
            if (l->status && !strcmp(l->status, "current")) l->status = NULL, l->open_end = false;
        }
        if (start && start[0] && !l->start[0]) {
            memcpy(l->start, start, sizeof l->start);
            if (open) {
                l->open_end = true;
                if (!l->status) l->status = "current";
            }
        }
    }
}

/* The last leader of actor `owner` whose tenure the text has ended ("He
 * was succeeded by ...": the successor starts there), NULL none. */
static const ds_leader *last_ended(prof *p, uint32_t owner)
{
    const ds_actor *a = actor_at(p, owner);
    const ds_leader *before = NULL;
    for (uint32_t k = 0; a && k < a->leaders.n; k++)
        if (a->leaders.v[k].end[0]) before = &a->leaders.v[k];
    return before;
}

/* A role word of prose_leaders' list as a leader's role: "amir" is
 * "emir", "chief" and "head" are "leader", "deputy" is "deputy leader";
 * NULL stays NULL. */
static const char *leader_role(const char *role)
{
    if (!role) return NULL;
    if (!strcmp(role, "amir")) return "emir";
    if (!strcmp(role, "chief") || !strcmp(role, "head")) return "leader";
    if (!strcmp(role, "deputy")) return "deputy leader";
    if (!strcmp(role, "general secretary")) return "secretary-general";
    return role;
}

/* A role that heads the group (leader, emir, wali, founder...), not one
 * beside its head (spokesman, deputy leader, commander). */
static bool heads_group(const char *role)
{
    return strcmp(role, "spokesman") != 0 && strcmp(role, "deputy leader") != 0 &&
           strcmp(role, "commander") != 0;
}

/* The first date of sentence text s[0, n) ("In August 2016, ..."). */
static bool first_date(const char *s, size_t n, ds_date *v)
{
    for (size_t j = 0; j < n; j++)
        if ((j == 0 || s[j - 1] == ' ') && date_at(s, n, j, v)) return true;
    return false;
}

/* A leader of actor `owner` from an appointment or a succession told in
 * sentence si (text s[0, n)): the tenure starts on the sentence's first
 * date, still open, and a new head ends the open tenure of the one before
 * there. False: out of memory. */
static bool new_tenure(prof *p, uint32_t owner, strspan name, const char *role, const char *s,
                       size_t n, uint32_t si)
{
    ds_date v = {0};
    bool got = first_date(s, n, &v);
    char from_s[11] = "";
    if (got) ds_date_format(from_s, v);
    ds_actor *a = actor_at(p, owner);
    bool head = heads_group(role);
    for (uint32_t l = 0; a && head && got && l < a->leaders.n; l++) {
        ds_leader *ld = &a->leaders.v[l];
        if (ld->end[0] || !ld->open_end || strcmp(ld->start, from_s) >= 0 ||
            ds_facts_same_name(ld->name, strlen(ld->name), name.s, name.n) ||
            !heads_group(ld->role))
            continue;
        memcpy(ld->end, from_s, sizeof ld->end);
        ld->open_end = false;
        if (ld->status && !strcmp(ld->status, "current")) ld->status = NULL;
    }
    /* "NAME returned as leader in 2021" after a tenure of his that ended
     * in 2019: a second tenure, not the first one completed */
    bool again = false;
    for (uint32_t l = 0; a && got && l < a->leaders.n && !again; l++) {
        const ds_leader *ld = &a->leaders.v[l];
        again = ld->end[0] && strcmp(from_s, ld->end) >= 0 &&
                ds_facts_same_name(ld->name, strlen(ld->name), name.s, name.n);
    }
    if (again) {
        ds_leader l = {0};
        l.name = ds_facts_strn(p->x, name.s, name.n);
        l.role = role;
        memcpy(l.start, from_s, sizeof l.start);
        l.open_end = true;
        l.status = "current";
        if (!l.name || !sentence_source(p, &l.sources, si)) return false;
        ds_leader *slot = ds_vec_push(p->x->arena, &a->leaders);
        if (!slot) return false;
        *slot = l;
        return true;
    }
    if (!add_leader(p, owner, name, role, NULL, false, DS_NONE, si, false)) return false;
    complete_tenure(p, owner, name, from_s, true, NULL);
    return true;
}

/* The armed group whose name starts at offset `at` of sentence si (an
 * x->actors index, *end the offset after its name), DS_NONE when none. */
static uint32_t group_at(prof *p, uint32_t si, uint32_t at, uint32_t *end, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.start < at) continue;
        if (r->span.start > at || r->type != DS_ACTOR_ARMED_GROUP || r->generic) break;
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        *end = r->span.end;
        return a ? (uint32_t)(a - p->x->actors.v) : DS_NONE;
    }
    return DS_NONE;
}

/* "(leader) of ISWAP": the armed group named right after " of " at offset
 * `at` of sentence si, as an x->actors index; DS_NONE when none. */
static uint32_t group_after_of(prof *p, uint32_t si, uint32_t at, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    if (at + 4 > doc->sentences.v[si].span.end || strncmp(doc->text + at, " of ", 4) != 0)
        return DS_NONE;
    at += 4;
    if (at + 4 <= doc->text_len && !strncasecmp(doc->text + at, "the ", 4)) at += 4;
    uint32_t end;
    return group_at(p, si, at, &end, ref_cursor);
}

/* Is the role word at s[role_at] someone else's than an armed group's: a
 * tribe's, clan's or village's ("the Marri tribal chief", "a clan elder"),
 * or that of a relative's kin ("a son of the ... chief", "the brother of
 * commander X")? Looks at the four words before it. */
static bool others_role(const char *s, size_t role_at)
{
    static const char *const bodies[] = {"tribal",      "tribe's",   "clan", "village",
                                         "traditional", "paramount", NULL};
    static const char *const kin[] = {"son",    "sons",   "daughter", "brother",
                                      "father", "nephew", "cousin",   "uncle",
                                      "widow",  "wife",   "grandson", NULL};
    size_t end = role_at, ws, we;
    for (int k = 0; k < 4 && word_before(s, end, &ws, &we); k++) {
        for (const char *const *b = bodies; k == 0 && *b; b++)
            if (span_is(s, ws, we, *b)) return true;
        /* "son of": the kin word followed by "of" */
        for (const char *const *w = kin; *w; w++)
            if (span_is(s, ws, we, *w) && starts_ci(s + we, 4, " of ")) return true;
        /* "is named after the Afghan mujahideen leader NAME": a namesake */
        if (span_is(s, ws, we, "after") && word_before(s, ws, &ws, &we) &&
            span_is(s, ws, we, "named"))
            return true;
        if (ws == 0 || s[ws - 1] == ',') break;
        end = ws;
    }
    return false;
}

/* Is w[0, n) ("army's") a word of the subject's name ("New People's
 * Army") before a possessive? */
static bool subject_word_possessive(const prof *p, const char *w, size_t n)
{
    if (n < 6 || p->subject == DS_NONE || strncmp(w + n - 2, "'s", 2) != 0) return false;
    const char *name = p->x->actors.v[p->subject].name;
    size_t m = n - 2, len = strlen(name);
    for (size_t i = 0; i + m <= len; i++)
        if ((i == 0 || name[i - 1] == ' ') && (i + m == len || name[i + m] == ' ') &&
            !strncasecmp(name + i, w, m))
            return true;
    return false;
}

/* The role of an apposition that starts at s[k] right after a person's
 * name and its comma, when it is the subject's: "its spokesman,", "the
 * group's top commander,", "the army's national spokesman," (an owner,
 * up to two more words, a role word, then a comma). *end is set to the
 * offset of that closing comma. NULL when it is none. */
static const char *role_after_name(const prof *p, const char *s, size_t n, size_t k, size_t *end)
{
    size_t close = k;
    while (close < n && close < k + 60 && s[close] != ',' && s[close] != '.' && s[close] != ';')
        close++;
    if (close >= n || s[close] != ',') return NULL;
    const char *words[6];
    size_t lens[6], nw = 0;
    for (size_t i = k; i < close && nw < 6;) {
        size_t j = i;
        while (j < close && s[j] != ' ') j++;
        words[nw] = s + i, lens[nw++] = j - i;
        i = j + 1;
    }
    size_t w = 0;
    if (nw && lens[0] == 3 && !strncasecmp(words[0], "the", 3)) w = 1;
    if (w >= nw ||
        !(owner_word(words[w], lens[w]) || subject_word_possessive(p, words[w], lens[w])))
        return NULL;
    if (nw - w < 2 || nw - w > 4) return NULL;
    const char *role = role_word(words[nw - 1], lens[nw - 1]);
    if (!role) return NULL;
    for (size_t i = w + 1; i + 1 < nw; i++)
        if (lens[i] == 6 && !strncasecmp(words[i], "deputy", 6) && strcmp(role, "spokesman"))
            role = "deputy leader";
    *end = close;
    return role;
}

/* Does the text before "led by NAME" (NAME at s[off]) name a new group by
 * an indefinite article: "a faction led by", "a breakaway faction led
 * by", "an armed group headed by"? Or other groups by a plural: "It has
 * clashed with bandit gangs led by Bello Turji" (their leader, not the
 * subject's)? */
static bool another_group_before(const char *s, size_t off)
{
    static const char *const verbs[] = {"led by", "headed by", "commanded by",
                                        "under the command of", NULL};
    size_t cue = off;
    for (const char *const *v = verbs; *v && cue == off; v++)
        if (off >= strlen(*v) + 1 && starts_ci(s + off - strlen(*v) - 1, strlen(*v), *v))
            cue = off - strlen(*v) - 1;
    static const char *const groups[] = {"faction", "group", "splinter", "wing", "offshoot",
                                         "cell",    "unit",  "branch",   NULL};
    size_t ws, we;
    if (cue == off) return false;
    /* "The party's Syrian branch, led by NAME, fought ...": the branch's
     * head (a possessive before the noun, past the comma) */
    while (cue && s[cue - 1] == ' ') cue--;
    bool comma = cue && s[cue - 1] == ',';
    if (comma) cue--;
    if (!word_before(s, cue, &ws, &we)) return false;
    /* "split into two factions, the other being led by NAME": the other
     * faction's head */
    if (span_is(s, ws, we, "being") && !word_before(s, ws, &ws, &we)) return false;
    if (span_is(s, ws, we, "other")) return true;
    bool noun = false;
    for (const char *const *g = groups; *g && !noun; g++) noun = span_is(s, ws, we, *g);
    static const char *const plurals[] = {"gangs",  "bandits", "militias",  "factions",
                                          "groups", "cells",   "splinters", NULL};
    for (const char *const *g = plurals; *g; g++)
        if (span_is(s, ws, we, *g)) return true;
    for (int k = 0; noun && k < 3 && word_before(s, ws, &ws, &we); k++) {
        if (span_is(s, ws, we, "a") || span_is(s, ws, we, "an")) return true;
        if (comma && k < 2 &&
            (span_is(s, ws, we, "its") || (we - ws > 2 && s[we - 2] == '\'' && s[we - 1] == 's')))
            return true;
    }
    return false;
}

/* "led by NAME" and people annotated with a leader role of an actor. */
/* Does the sentence text s end with the words w (as "led by ") right
 * before offset off? */
static bool by_verb(const char *s, size_t off, const char *w)
{
    size_t n = strlen(w) + 1; /* and the space after */
    return off >= n && ds_find_ci(s + off - n, n, w) != NULL;
}

/* "an umbrella of militant groups formed in December 2007 under NAME":
 * "under" right before the name (at s[off]), a founding verb within the
 * 40 bytes before it. */
static bool formed_under(const char *s, size_t off)
{
    if (off < 7 || !starts_ci(s + off - 7, 7, " under ")) return false;
    size_t from = off > 47 ? off - 47 : 0;
    return ds_find_ci(s + from, off - from, " formed ") ||
           ds_find_ci(s + from, off - from, " founded ") ||
           ds_find_ci(s + from, off - from, " established ");
}

/* "The faction has been led since 2002 by NAME", "The group was led from
 * its founding by NAME": a time between the verb and "by" (before offset
 * off, the name's). Returns the offset of the time's words (after "since"
 * or "from"), 0 when the words before the name are none of these. */
static size_t led_then_by(const char *s, size_t off)
{
    if (off < 16 || !starts_ci(s + off - 4, 4, " by ")) return 0;
    size_t from = off > 48 ? off - 48 : 0;
    static const char *const verbs[] = {"led since ", "led from ", "headed since ", "headed from ",
                                        NULL};
    for (const char *const *v = verbs; *v; v++) {
        const char *hit = ds_find_ci(s + from, off - 4 - from, *v);
        if (!hit || (hit > s && hit[-1] != ' ')) continue;
        size_t at = (size_t)(hit - s) + strlen(*v);
        if (!memchr(s + at, ',', off - 4 - at)) return at;
    }
    return 0;
}

/* Does the name ending at s[end] go on with another name of his that is
 * already a leader of the subject (", known as X", ", better known as X",
 * ", alias X")? */
static bool known_by_other_name(const prof *p, const char *s, size_t n, size_t end)
{
    static const char *const cues[] = {", known as ", ", better known as ", ", alias ",
                                       ", also known as ", NULL};
    size_t k = 0;
    for (const char *const *c = cues; *c && !k; c++)
        if (starts_ci(s + end, n - end, *c)) k = end + strlen(*c);
    if (!k) return false;
    while (k < n && (s[k] == '"' || s[k] == '\'')) k++;
    size_t e = k;
    while (e < n && s[e] != ',' && s[e] != '"' && s[e] != '.' && s[e] != ';' && s[e] != '(') e++;
    while (e > k && s[e - 1] == ' ') e--;
    const ds_actor *a = &p->x->actors.v[p->subject];
    for (uint32_t i = 0; i < a->leaders.n; i++)
        if (ds_facts_same_name(a->leaders.v[i].name, strlen(a->leaders.v[i].name), s + k, e - k))
            return true;
    return false;
}

/* The leader of actor `owner` named w[0, n) in full or by the last word
 * of his name ("Farooqi"), NULL when none (or when two share it). */
static const ds_leader *leader_by_name(prof *p, uint32_t owner, const char *w, size_t n)
{
    const ds_actor *a = actor_at(p, owner);
    const ds_leader *found = NULL;
    while (n && w[n - 1] == ' ') n--;
    if (!a || n < 3) return NULL;
    for (uint32_t i = 0; i < a->leaders.n; i++) {
        const char *nm = a->leaders.v[i].name, *sp = strrchr(nm, ' ');
        const char *last = sp ? sp + 1 : nm;
        if (ds_facts_same_name(nm, strlen(nm), w, n) ||
            (strlen(last) == n && !strncmp(last, w, n))) {
            if (found && strcmp(found->name, nm) != 0) return NULL;
            found = &a->leaders.v[i];
        }
    }
    return found;
}

static size_t cap_name_len(const char *s, size_t n, size_t k);

/* The leader's facts sentence si tells of person pe (annotated, or a
 * name found by unlisted_names): a role and its owner, a tenure, a
 * succession, an appointment, a death. False: out of memory. */
/* Does sentence si open with a group and tell its founding ("AQAP was
 * formed in January 2009 when ...", "The group was founded ...")? Sets
 * *owner to that group (the subject for "The group", "It"). */
static bool founding_opener(prof *p, uint32_t si, uint32_t *ref_cursor, uint32_t *owner)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start, at = 0;
    uint32_t who = DS_NONE;
    const ds_actor_ref *r = NULL;
    for (uint32_t i = *ref_cursor; i < doc->actor_refs.n && !r; i++)
        if (doc->actor_refs.v[i].sentence == si) r = &doc->actor_refs.v[i];
    if (r && r->span.start == sen->span.start && !r->generic) {
        at = r->span.end - sen->span.start;
        at = skip_paren(s, n, at);
    } else if (starts_ci(s, n, "the group ") || starts_ci(s, n, "it ")) {
        at = (size_t)(s[0] == 'I' || s[0] == 'i' ? 2 : 9);
        who = p->subject;
    } else {
        return false;
    }
    static const char *const founding[] = {" was formed", " was founded", " was established",
                                           " was created", NULL};
    bool told = false;
    for (const char *const *f = founding; *f && !told; f++) told = starts_ci(s + at, n - at, *f);
    if (!told) return false;
    if (who == DS_NONE) {
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        if (!a) return false;
        who = (uint32_t)(a - p->x->actors.v);
    }
    if (who == DS_NONE) return false;
    *owner = who;
    return true;
}

/* "NAME, was named by the group in 2022", "NAME, took over in March
 * 2024": when the clause after the name (from s[at]) tells an appointment,
 * its first date into start (left as it is otherwise). */
static void appointed_date(const char *s, size_t n, size_t at, char start[11])
{
    static const char *const cues[] = {
        " was named", " was appointed", " was chosen",    " was elected",
        " took over", " took command",  " was announced", NULL};
    size_t lim = n - at < 40 ? n - at : 40;
    bool cue = false;
    for (const char *const *c = cues; *c && !cue; c++) cue = ds_find_ci(s + at, lim, *c) != NULL;
    ds_date v = {0};
    for (size_t k = at + 1; cue && k < n && s[k] != ';'; k++)
        if (s[k - 1] == ' ' && date_at(s, n, k, &v)) {
            ds_date_format(start, v);
            return;
        }
}

/* The group named last in the sentences of si's paragraph before it (no
 * generic mention): in a report, "JNIM has besieged several towns ... Its
 * leader, NAME, could open talks" is JNIM's leader, not that of the group
 * the report is about. DS_NONE when none. */
static uint32_t paragraph_group(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    uint32_t c = *ref_cursor, block = doc->sentences.v[si].block;
    while (c < doc->actor_refs.n && doc->actor_refs.v[c].sentence < si) c++;
    while (c > 0 && doc->actor_refs.v[c - 1].sentence >= si) c--;
    /* the nearest sentence that opens with a group, else the group named
     * last: "JNIM ... was formed by the merger of ..., AQIM's Saharan
     * emirate. Its leader, NAME, ..." is JNIM's */
    const ds_actor_ref *last = NULL;
    for (uint32_t r = c; r-- > 0;) {
        const ds_actor_ref *ar = &doc->actor_refs.v[r];
        if (doc->sentences.v[ar->sentence].block != block) break;
        if (ar->type != DS_ACTOR_ARMED_GROUP || ar->generic) continue;
        if (!last) last = ar;
        uint32_t from = doc->sentences.v[ar->sentence].span.start;
        if (ar->span.start == from ||
            (ar->span.start == from + 4 && starts_ci(doc->text + from, 4, "the "))) {
            last = ar;
            break;
        }
    }
    ds_actor *a = last ? ds_facts_actor(p->x, p->ctx, doc, last->actor) : NULL;
    return a ? (uint32_t)(a - p->x->actors.v) : DS_NONE;
}

static bool person_leader(prof *p, uint32_t si, const ds_person *pe, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    /* "deputy" first: "its deputy commander" is a deputy's role */
    static const char *roles[] = {"deputy",
                                  /* "succeeded him as general secretary" */
                                  "general secretary", "wali", "emir", "amir", "leader",
                                  "commander", "spokesman", "founder", "chief", "head",
                                  "secretary-general", "president"};
    /* (a "continue" below ends what this person tells: the loop runs once) */
    do {
        strspan name = {doc->text + pe->name.start, pe->name.end - pe->name.start};
        const char *role = NULL;
        if (pe->role.end > pe->role.start) {
            const char *r = doc->text + pe->role.start;
            size_t rn = pe->role.end - pe->role.start;
            for (size_t k = 0; k < sizeof roles / sizeof *roles && !role; k++)
                if (ds_find_word(r, rn, roles[k])) role = roles[k];
            role = leader_role(role);
        }
        /* "Abdul Rahim Mullazadeh, known as Salahuddin Farooqui, ...": a
         * leader the subject has by his other name is not a second one */
        if (p->subject != DS_NONE && known_by_other_name(p, s, n, pe->span.end - sen->span.start))
            continue;
        /* "NAME, known as Comrade José, who has commanded it since 1999":
         * the nickname after "known as" or "alias" is the same person */
        {
            size_t at = pe->span.start - sen->span.start;
            if ((at >= 9 && starts_ci(s + at - 9, 9, "known as ")) ||
                (at >= 6 && starts_ci(s + at - 6, 6, "alias ")))
                continue;
        }
        /* "a son of the Marri tribal chief Khair Bakhsh Marri": a relative
         * of someone, or the head of a tribe, clan or village, is none of
         * the group's leaders */
        if (role && pe->role.end > pe->role.start &&
            others_role(s, pe->role.start - sen->span.start))
            continue;
        uint32_t owner = DS_NONE;
        size_t off = pe->span.start - sen->span.start;
        /* "Its leader is NAME", "The group's spokesman is NAME": the role's
         * owner is the document's subject, whatever group was named before */
        bool its = false;
        if (role && pe->role.end > pe->role.start) {
            size_t ps, pe2;
            bool got = word_before(s, pe->role.start - sen->span.start, &ps, &pe2);
            /* "when its then leader NAME pledged allegiance": past a word of
             * time before the role */
            if (got && (span_is(s, ps, pe2, "then") || span_is(s, ps, pe2, "former") ||
                        span_is(s, ps, pe2, "late") || span_is(s, ps, pe2, "current")))
                got = word_before(s, ps, &ps, &pe2);
            its = got && owner_word(s + ps, pe2 - ps) && p->subject != DS_NONE;
        }
        bool led_by = false, founder_led = false;
        size_t led_at = 0; /* "led since 2002 by NAME": the time's words */
        if (role && its) {
            owner = p->subject;
            uint32_t last = p->article ? DS_NONE : paragraph_group(p, si, ref_cursor);
            if (last != DS_NONE) owner = last;
        } else if (role && pe->actor != DS_NONE) {
            ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, pe->actor);
            if (!a) return false;
            owner = (uint32_t)(a - p->x->actors.v);
        } else if (!role &&
                   (by_verb(s, off, "led by") || by_verb(s, off, "headed by") ||
                    by_verb(s, off, "commanded by") || by_verb(s, off, "under the command of") ||
                    by_verb(s, off, "under the leadership of") ||
                    (led_at = led_then_by(s, off)) != 0 || formed_under(s, off))) {
            /* "led by NAME", "headed by NAME", "commanded by NAME", "its
             * operations in Ituri are under the command of NAME" */
            bool leadership =
                by_verb(s, off, "under the leadership of") || led_at || formed_under(s, off);
            role = leadership || by_verb(s, off, "led by") || by_verb(s, off, "headed by")
                       ? "leader"
                       : "commander";
            led_by = true;
            owner = actor_before(p, si, pe->span.start, ref_cursor);
            /* "AQAP was formed in January 2009 when the Yemeni and Saudi
             * branches of al-Qaeda merged under the leadership of NAME", "It
             * was formed in November 1997 by members of the Provisional IRA
             * ..., led by NAME": the group whose founding the sentence tells,
             * not the last one named, from the founding */
            founder_led = founding_opener(p, si, ref_cursor, &owner);
            /* "a faction led by Wilson Irategeka broke away": a new group's
             * leader (its indefinite article says so), not the subject's */
            if (another_group_before(s, off)) role = NULL, led_by = false, owner = DS_NONE;
            /* "tribal militias of the Union of Sinai Tribes led by NAME": a
             * name the lexicon lacks right before the verb (capitalised, no
             * actor's mention ends there), not the subject's: its leader */
            size_t ws, we, q = off >= 8 ? off - 8 : 0;
            /* (and "formed the Estado Mayor de Bloques y Frentes (EMBF), led
             * by NAME": past the comma and the acronym in brackets) */
            if (q >= 2 && s[q] == ' ' && s[q - 1] == ',' && s[q - 2] == ')') {
                const char *op = NULL;
                for (size_t k = q - 2; k-- > 0 && q - k < 16 && !op;)
                    if (s[k] == '(') op = s + k;
                if (op && op > s && op[-1] == ' ') q = (size_t)(op - s) - 1;
            }
            if (owner == p->subject && q && s[q] == ' ' && word_before(s, q, &ws, &we) &&
                isupper((unsigned char)s[ws])) {
                uint32_t name_end = sen->span.start + (uint32_t)we;
                /* (nor the subject's own name, which the lexicon may lack:
                 * "the Sahel Liberation Brigade led by NAME") */
                const ds_actor *sa = actor_at(p, p->subject);
                const char *sl = sa ? strrchr(sa->name, ' ') : NULL;
                sl = sl ? sl + 1 : sa ? sa->name : "";
                bool known = strlen(sl) == we - ws && !strncmp(sl, s + ws, we - ws);
                for (uint32_t r = 0; r < doc->actor_refs.n && !known; r++) {
                    const ds_actor_ref *ar = &doc->actor_refs.v[r];
                    if (ar->sentence > si) break;
                    known = ar->sentence == si && ar->span.end == name_end;
                }
                if (!known) role = NULL, led_by = false, owner = DS_NONE;
            }
        } else if (!role && p->subject != DS_NONE && by_verb(s, off, "founded by") &&
                   (starts_ci(s, n, "it was founded by ") ||
                    starts_ci(s, n, "the group was founded by ") ||
                    starts_ci(s, n, "the movement was founded by "))) {
            /* "It was founded by Fabio Vásquez Castaño and ...": its founder */
            role = "founder";
            owner = p->subject;
        } else if (!role && p->subject != DS_NONE) {
            /* "Its military commander, NAME, was killed": a role in apposition */
            size_t ps, pe2;
            bool apposed = off >= 6 && s[off - 2] == ',' && s[off - 1] == ' ' &&
                           word_before(s, off - 2, &ps, &pe2);
            /* "Its first military commander after the split, NAME, was
             * killed in 2020", "Its leader since 2019, NAME, ...": the role
             * before a time qualifier */
            if (apposed && off <= 100 && !role_word(s + ps, pe2 - ps)) {
                static const char *const quals[] = {" after ", " following ", " since ", NULL};
                for (const char *const *q = quals; *q; q++) {
                    const char *w = ds_find_ci(s, off - 2, *q);
                    size_t qs, qe;
                    if (w && word_before(s, (size_t)(w - s), &qs, &qe) &&
                        role_word(s + qs, qe - qs)) {
                        ps = qs, pe2 = qe;
                        break;
                    }
                }
            }
            if (apposed && ps <= 40) {
                role = role_word(s + ps, pe2 - ps);
                /* "Its chief of staff, NAME (2014-present), commands
                 * operations": its military commander */
                if (!role && span_is(s, ps, pe2, "staff") && ps >= 9 &&
                    starts_ci(s + ps - 9, 9, "chief of ")) {
                    role = "commander";
                    ps -= 9; /* the owner words end before "chief" */
                }
                size_t os = 0, oe = 0;
                bool subj = false;
                for (size_t k = 0; role && k < ps; k = oe + 1) {
                    os = k, oe = k;
                    while (oe < ps && s[oe] != ' ') oe++;
                    /* "Another senior commander, NAME,", "Kony's deputy, NAME,",
                     * "His deputy, NAME, oversees ..." (the leader's, told just
                     * before: the group's deputy leader) */
                    if (owner_word(s + os, oe - os) ||
                        (oe - os == 7 && !strncasecmp(s + os, "another", 7)) ||
                        leader_possessive(p, s + os, oe - os) ||
                        (!strcmp(role, "deputy leader") && k == 0 && oe - os == 3 &&
                         (!strncmp(s, "His", 3) || !strncmp(s, "Her", 3)) &&
                         !pfind(p, s, n, " succeeded him") && !pfind(p, s, n, " took over")))
                        subj = true;
                }
                if (role && subj)
                    owner = p->subject;
                else
                    role = NULL;
                /* (in a report, "Its leader, NAME," after a paragraph about
                 * another group: that group's) */
                if (role && !p->article && starts_ci(s, n, "its ")) {
                    uint32_t last = paragraph_group(p, si, ref_cursor);
                    if (last != DS_NONE) owner = last;
                }
                /* "Its deputy leader, NAME,": a deputy's role */
                size_t ds, de;
                if (role && strcmp(role, "spokesman") != 0 && word_before(s, ps, &ds, &de) &&
                    de - ds == 6 && !strncasecmp(s + ds, "deputy", 6))
                    role = "deputy leader";
            }
        }
        /* "Its current leader, Ata Abu Rashta, took over in 2003": the
         * tenure from the date after the verb */
        if (role && owner == p->subject && p->subject != DS_NONE && heads_group(role)) {
            size_t k = pe->span.end - sen->span.start;
            if (k < n && s[k] == ',') k++;
            static const char *const took[] = {" took over", " took charge",
                                               " assumed the leadership", " assumed leadership",
                                               NULL};
            bool taken = false;
            for (const char *const *t = took; *t && !taken; t++) {
                size_t v = k + strlen(*t);
                ds_date d;
                if (!starts_ci(s + k, n - k, *t) || !first_date(s + v, n - v, &d)) continue;
                strspan nm = {doc->text + pe->name.start, pe->name.end - pe->name.start};
                if (!new_tenure(p, p->subject, nm, role, s + v, n - v, si)) return false;
                taken = true;
            }
            if (taken) continue;
        }
        /* "Fuad Shukr, the group's top commander, was killed ...", "Jorge
         * Madlos, the army's national spokesman, ...": a role in apposition
         * after the name, the subject's (its, the group's, or a word of its
         * name before "'s"); app_end: the offset after the apposition */
        size_t app_end = 0;
        if (!role && p->subject != DS_NONE) {
            size_t k = pe->span.end - sen->span.start;
            const char *app_role = NULL;
            if (k + 2 < n && s[k] == ',' && s[k + 1] == ' ')
                app_role = role_after_name(p, s, n, k + 2, &app_end);
            if (app_role) role = app_role, owner = p->subject;
        }
        /* "His successor, Mustafa Badreddine, died near Damascus airport in
         * May 2016": the role of the leader whose tenure the text ended
         * last, from that end */
        char app_start[11] = "";
        if (!role && p->subject != DS_NONE && off == 15 &&
            (starts_ci(s, n, "his successor, ") || starts_ci(s, n, "her successor, "))) {
            const ds_leader *before = last_ended(p, p->subject);
            if (before && before->role) {
                /* (a founder's successor leads it: he founded nothing) */
                role = strcmp(before->role, "founder") ? before->role : "leader";
                owner = p->subject;
                memcpy(app_start, before->end, sizeof app_start);
                /* "His successor, NAME, was named by the group in 2022":
                 * his own start, where the sentence tells his choice */
                appointed_date(s, n, pe->span.end - sen->span.start, app_start);
            }
        }
        if (role && owner == DS_NONE && pe->role.end > pe->role.start)
            owner = actor_before(p, si, pe->span.start, ref_cursor);
        /* "He was succeeded by NAME": the tenure starts where the last one told ended */
        char succ_start[11] = "";
        const char *succ_role = NULL;
        if (!role && p->subject != DS_NONE && off >= 13 &&
            starts_ci(s + off - 13, 13, "succeeded by ")) {
            const ds_leader *before = last_ended(p, p->subject);
            if (before) {
                memcpy(succ_start, before->end, sizeof succ_start);
                succ_role = before->role;
            }
        }
        /* "Abubakar Shekau led the group until his death in May 2021", "X has
         * led it since 2014": the document's subject, with the tenure said */
        size_t past = pe->span.end - sen->span.start;
        static const char *const led[] = {
            " led the group", " has led the group", " led the movement", " has led the movement",
            " led the organization", " has led the organization", " led the organisation",
            " has led the organisation", " led it", " has led it",
            /* "Asahara led the cult from its founding" */
            " led the cult", " led the sect", " led the party", " led the militia",
            " led the cartel", " led the gang",
            /* "NAME headed the group until ..." */
            " headed the group", " has headed the group", " headed it", " has headed it",
            " headed the organisation", " headed the organization", " headed the movement",
            /* "..., who headed the party until he died in April 2003" */
            " headed the party", " has headed the party", " headed the militia",
            " has headed the militia", NULL};
        /* past the name's nickname and appositive: "Manuel Pérez Martínez,
         * a Spanish priest, led the group", "NAME (Gabino) led it" */
        size_t lp = past;
        if (lp + 2 < n && s[lp] == ' ' && s[lp + 1] == '(') {
            const char *cl = memchr(s + lp, ')', n - lp < 40 ? n - lp : 40);
            if (cl) lp = (size_t)(cl - s) + 1;
        }
        if (lp < n && s[lp] == ',') {
            size_t k = lp + 1;
            while (k < n && k < lp + 60 && s[k] != ',' && s[k] != '.' && s[k] != ';') k++;
            if (k < n && s[k] == ',') lp = k + 1;
        }
        /* "Doku Umarov proclaimed the emirate and led it until his death":
         * past the founding clause to "led it" (his tenure from the
         * founding) */
        bool founded_led = false;
        if (lp + 12 < n && s[lp] == ' ' && p->subject != DS_NONE) {
            static const char *const acts[] = {" proclaimed the ",  " founded the ",
                                               " formed the ",      " created the ",
                                               " established the ", NULL};
            for (const char *const *a = acts; *a && !founded_led; a++) {
                if (!starts_ci(s + lp, n - lp, *a)) continue;
                size_t k = lp + strlen(*a), lim = k + 40 < n ? k + 40 : n;
                const char *and_led = ds_find_ci(s + k, lim - k, " and led it");
                if (and_led && !memchr(s + k, ',', (size_t)(and_led - s) - k))
                    lp = (size_t)(and_led - s) + 4, founded_led = true;
            }
        }
        /* "Khalid Batarfi then led the group until his death": past an
         * adverb of time before the verb */
        /* (his tenure then starts where the last one told ended) */
        static const char *const thens[] = {" then", " later", " subsequently", NULL};
        bool then_led = false;
        /* (the first letter first: most names go on with a verb) */
        bool adverb = lp + 6 < n && s[lp] == ' ' &&
                      (s[lp + 1] == 't' || s[lp + 1] == 'l' || s[lp + 1] == 's');
        for (const char *const *t = thens; adverb && *t && !then_led; t++) {
            size_t m = strlen(*t);
            if (starts_ci(s + lp, n - lp, *t) && (starts_ci(s + lp + m, n - lp - m, " led ") ||
                                                  starts_ci(s + lp + m, n - lp - m, " headed ")))
                lp += m, then_led = true;
        }
        size_t led_len = 0;
        /* (a whole word: " led it" is not " led its fighters") */
        for (const char *const *l = led; *l && !led_len && !role; l++)
            if (starts_ci(s + lp, n - lp, *l) &&
                (lp + strlen(*l) >= n || !isalpha((unsigned char)s[lp + strlen(*l)])))
                led_len = strlen(*l);
        /* "Jaal Marroo has commanded the group since its split": its commander */
        /* (and "has commanded the group's military wing since 2013": the
         * wing's owner as "its" or the group's noun) */
        static const char *const commanded[] = {" has commanded ", " commanded ", NULL};
        static const char *const commanded_what[] = {"its armed wing",
                                                     "its military wing",
                                                     "the group's armed wing",
                                                     "the group's military wing",
                                                     "the movement's armed wing",
                                                     "the movement's military wing",
                                                     "the group",
                                                     "the movement",
                                                     "it",
                                                     NULL};
        const char *served_role = NULL;
        for (const char *const *l = commanded; *l && !led_len && !role; l++) {
            if (!starts_ci(s + lp, n - lp, *l)) continue;
            size_t k = lp + strlen(*l);
            for (const char *const *w = commanded_what; *w && !led_len; w++)
                if (starts_ci(s + k, n - k, *w) &&
                    (k + strlen(*w) >= n || !isalpha((unsigned char)s[k + strlen(*w)])))
                    led_len = k + strlen(*w) - lp, served_role = "commander";
        }
        /* "Jamil Mukulu ... led the ADF from ...": the group by a name of
         * the subject's */
        /* (and "Murat Karayilan has headed the People's Defence Forces
         * (HPG), the group's armed wing, since 2009": a name of the
         * subject's) */
        static const char *const led_name[] = {" led the ", " has led the ",    " led ",
                                               " has led ", " has headed the ", " headed the ",
                                               NULL};
        for (const char *const *l = led_name; *l && !led_len && !role && p->subject != DS_NONE;
             l++) {
            if (!starts_ci(s + lp, n - lp, *l)) continue;
            uint32_t end = 0;
            uint32_t at = sen->span.start + (uint32_t)(lp + strlen(*l));
            if (group_at(p, si, at, &end, ref_cursor) == p->subject)
                led_len = end - sen->span.start - lp;
        }
        /* "NAME served as its first commander until his capture in 1976",
         * "NAME served as the group's emir from 2004 to 2009": the role
         * is the subject's, its tenure told as after "led the group" */
        /* (and "NAME serves as its military spokesman": the same, now) */
        size_t has = starts_ci(s + lp, n - lp, " has served as ") ? 4 : 0;
        /* (and "NAME has been its secretary-general since September 2018") */
        bool been = starts_ci(s + lp, n - lp, " has been ");
        if (!led_len && !role && p->subject != DS_NONE &&
            (starts_ci(s + lp + has, n - lp - has, " served as ") ||
             starts_ci(s + lp, n - lp, " serves as ") || starts_ci(s + lp, n - lp, " acts as ") ||
             been)) {
            static const char *const owners[] = {"its ", "the group's ", "the movement's ",
                                                 "the organisation's ", "the organization's ",
                                                 "the coalition's ", "the gang's ",
                                                 "the alliance's ", "the cartel's ", "the party's ",
                                                 /* "has been the supreme leader
                                                  * since May 2016" (not "the
                                                  * leader of" another group) */
                                                 "the ", NULL};
            size_t k = been ? lp + 10
                            : lp + has + (starts_ci(s + lp, n - lp, " acts as ") ? 9 : 11),
                   k0 = k;
            for (const char *const *o = owners; *o && k == k0; o++)
                if (starts_ci(s + k, n - k, *o)) k += strlen(*o);
            if (k > k0) {
                bool bare_the = k - k0 == 4 && starts_ci(s + k0, n - k0, "the ");
                static const char *const adjs[] = {"first ",   "new ",      "last ",   "top ",
                                                   "chief ",   "military ", "senior ", "political ",
                                                   "supreme ", NULL};
                bool military = false;
                for (const char *const *a = adjs; *a; a++)
                    if (starts_ci(s + k, n - k, *a)) {
                        military |= **a == 'm';
                        k += strlen(*a);
                    }
                size_t ws = k, we = k; /* "secretary-general" */
                while (we < n && (isalpha((unsigned char)s[we]) || s[we] == '-')) we++;
                served_role = role_word(s + ws, we - ws);
                /* "served as its military chief": its commander (as the
                 * infobox's "Military leader") */
                if (military && served_role && !strcmp(served_role, "leader"))
                    served_role = "commander";
                /* "served as the party's general secretary from 2004" */
                if (!served_role && span_is(s, ws, we, "general") &&
                    starts_ci(s + we, n - we, " secretary"))
                    served_role = "secretary-general", we += 10;
                if (served_role && bare_the && !starts_ci(s + we, n - we, " since "))
                    served_role = NULL;
                if (served_role) led_len = we - lp;
            }
        }
        /* "Ignace Murwanashyaka was president of the FDLR from 2001 until
         * his arrest": a role of the subject named after it, with its
         * tenure as after "led the group" */
        if (!led_len && !role && p->subject != DS_NONE && starts_ci(s + lp, n - lp, " was ")) {
            size_t k = lp + 5;
            if (starts_ci(s + k, n - k, "the ")) k += 4;
            size_t we = k;
            while (we < n && (isalpha((unsigned char)s[we]) || s[we] == '-')) we++;
            const char *r = role_word(s + k, we - k);
            if (!r && span_is(s, k, we, "president")) r = "president";
            uint32_t end = 0;
            if (r && starts_ci(s + we, n - we, " of ")) {
                size_t g = we + 4;
                if (starts_ci(s + g, n - g, "the ")) g += 4;
                if (group_at(p, si, sen->span.start + (uint32_t)g, &end, ref_cursor) == p->subject)
                    served_role = r, led_len = end - sen->span.start - lp;
            }
        }
        if (led_len && p->subject != DS_NONE) {
            role = served_role ? served_role : "leader";
            owner = p->subject;
        }
        /* "founded in May 2015 by NAME, a former commander of X, who led it
         * until he was killed by French forces in August 2021", "..., who
         * served as its emir until his death in March 2014": the person led
         * the subject until that date */
        static const struct {
            const char *cue, *role;
        } who_led[] = {{"who led it until ", "leader"},
                       {"who led the group until ", "leader"},
                       {"who headed it until ", "leader"},
                       {"who headed the group until ", "leader"},
                       /* "He was succeeded by NAME, who headed the party
                        * until he died in April 2003" */
                       {"who led the party until ", "leader"},
                       {"who headed the party until ", "leader"},
                       {"who led the movement until ", "leader"},
                       {"who headed the movement until ", "leader"},
                       {"who led the organisation until ", "leader"},
                       {"who led the organization until ", "leader"},
                       {"who commanded it until ", "commander"},
                       {"who commanded the group until ", "commander"},
                       {"who served as its leader until ", "leader"},
                       {"who served as its emir until ", "emir"},
                       {"who served as emir until ", "emir"},
                       {"who served as its wali until ", "wali"},
                       {"who served as its commander until ", "commander"}};
        /* "Its best-known figures include Zemene Kassie, who leads units in
         * Gojjam": a commander of the subject's (not of another group named
         * after the verb) */
        if (!role && p->subject != DS_NONE && p->article &&
            (starts_ci(s + past, n - past, ", who leads ") ||
             starts_ci(s + past, n - past, ", who commands "))) {
            size_t v = past + (s[past + 7] == 'l' ? 12 : 15);
            if (starts_ci(s + v, n - v, "the ")) v += 4;
            uint32_t gend = 0;
            uint32_t other = group_at(p, si, sen->span.start + (uint32_t)v, &gend, ref_cursor);
            if (other == DS_NONE || other == p->subject) {
                strspan nm = {doc->text + pe->name.start, pe->name.end - pe->name.start};
                if (!add_leader(p, p->subject, nm, "commander", NULL, false, DS_NONE, si, false))
                    return false;
                continue;
            }
        }
        const char *until_at = NULL;
        size_t cue = 0;
        for (; cue < sizeof who_led / sizeof *who_led && !role && p->subject != DS_NONE; cue++)
            if ((until_at = pword(p, s + past, n - past, who_led[cue].cue)) != NULL) break;
        if (until_at) {
            size_t from = (size_t)(until_at - s) + strlen(who_led[cue].cue);
            ds_date v = {0};
            bool got = false;
            /* the first date within the clause: "he was killed ... in August 2021" */
            for (size_t k = from; k < n && k < from + 80 && !got && s[k] != ';'; k++)
                if ((k == from || s[k - 1] == ' ') && date_at(s, n, k, &v)) got = true;
            bool death = says_dead(s + from, n - from < 80 ? n - from : 80);
            strspan nm = {doc->text + pe->name.start, pe->name.end - pe->name.start};
            const char *r =
                succ_role && !strcmp(who_led[cue].role, "leader") ? succ_role : who_led[cue].role;
            if (!add_leader(p, p->subject, nm, r, NULL, false, DS_NONE, si, death)) return false;
            /* "founded in December 2016 by NAME, who led it until his death":
             * from the founding */
            char from_s[11];
            memcpy(from_s, succ_start, sizeof from_s);
            const ds_actor *sa = actor_at(p, p->subject);
            static const char *const founding[] = {"founded", "formed", "established", "created",
                                                   NULL};
            bool founded_here = false;
            for (const char *const *f = founding; *f && !founded_here; f++)
                founded_here = ds_find_word(s, off, *f) != NULL;
            if (!from_s[0] && founded_here && sa && sa->founded[0])
                memcpy(from_s, sa->founded, sizeof from_s);
            complete_tenure(p, p->subject, nm, from_s, false, got ? &v : NULL);
            continue;
        }
        /* "The group was founded by NAME, alias "Nino Guerrero", who has
         * led it since its creation": he leads it still, from the founding
         * (or the date told) */
        static const char *const who_since[] = {
            "who has led it since ", "who has led the group since ", "who has headed it since ",
            /* "The MPCP is led by NAME, known as
             * Comrade José, who has commanded it
             * since 1999" */
            "who has commanded it since ", "who has commanded the group since ", NULL};
        const char *since_at = NULL;
        size_t since_len = 0;
        for (const char *const *w = who_since; *w && !since_at && p->subject != DS_NONE; w++)
            if ((since_at = pfind(p, s + past, n - past < 120 ? n - past : 120, *w)) != NULL)
                since_len = strlen(*w);
        if (since_at) {
            size_t from = (size_t)(since_at - s) + since_len;
            const ds_actor *sa = actor_at(p, p->subject);
            char from_s[11] = "";
            ds_date v;
            if (date_at(s, n, from, &v))
                ds_date_format(from_s, v);
            else if (sa && sa->founded[0] &&
                     (starts_ci(s + from, n - from, "its creation") ||
                      starts_ci(s + from, n - from, "its founding") ||
                      starts_ci(s + from, n - from, "its foundation") ||
                      starts_ci(s + from, n - from, "its formation")))
                memcpy(from_s, sa->founded, sizeof from_s);
            strspan nm = {doc->text + pe->name.start, pe->name.end - pe->name.start};
            if (!add_leader(p, p->subject, nm, "leader", NULL, false, DS_NONE, si, false))
                return false;
            complete_tenure(p, p->subject, nm, from_s, true, NULL);
            ds_actor *wa = actor_at(p, p->subject);
            for (uint32_t l = 0; wa && l < wa->leaders.n; l++)
                if (ds_facts_same_name(wa->leaders.v[l].name, strlen(wa->leaders.v[l].name), nm.s,
                                       nm.n) &&
                    !wa->leaders.v[l].end[0] && !wa->leaders.v[l].status)
                    wa->leaders.v[l].status = "current", wa->leaders.v[l].open_end = true;
            continue;
        }
        if (succ_start[0] || succ_role) {
            /* "He was succeeded by Qasim al-Raymi, who was killed in early
             * 2020": his tenure ends with his death */
            static const char *const fates[] = {", who was killed ", ", who died ",
                                                ", who was assassinated ", NULL};
            bool died = false;
            for (const char *const *f = fates; *f && !died; f++)
                died = starts_ci(s + past, n - past, *f);
            ds_date v = {0};
            bool got = died && first_date(s + past, n - past < 60 ? n - past : 60, &v);
            if (!add_leader(p, p->subject, name, succ_role ? succ_role : "leader", NULL, false,
                            DS_NONE, si, died))
                return false;
            complete_tenure(p, p->subject, name, succ_start, false, got ? &v : NULL);
            continue;
        }
        /* "Nicolás Rodríguez Bautista (Gabino) succeeded him and led the ELN
         * until 2021": the tenure from where the last one told ended to
         * the date after "until" */
        if (!role && p->subject != DS_NONE &&
            starts_ci(s + lp, n - lp, " succeeded him and led ")) {
            const ds_leader *before = last_ended(p, p->subject);
            char start[11] = "";
            if (before) memcpy(start, before->end, sizeof start);
            size_t k = lp + 23;
            const char *u = pword(p, s + k, n - k < 40 ? n - k : 40, "until");
            ds_date v = {0};
            bool got = u && date_at(s, n, (size_t)(u - s) + 6, &v);
            /* "... until he was killed in a drone strike in November 2013":
             * the clause's first date, and his death */
            size_t uk = u ? (size_t)(u - s) + 6 : n;
            bool death = u && says_dead(s + uk, n - uk < 40 ? n - uk : 40);
            for (size_t q = uk + 1; death && !got && q < n && q < uk + 80 && s[q] != ';'; q++)
                if (s[q - 1] == ' ') got = date_at(s, n, q, &v);
            if (!add_leader(p, p->subject, name, "leader", NULL, false, DS_NONE, si, death))
                return false;
            complete_tenure(p, p->subject, name, start, false, got ? &v : NULL);
            continue;
        }
        /* "Abu al-Bara al-Sahrawi succeeded him as emir" */
        /* (past a nickname's clause: "NAME, known as Omega, succeeded him
         * as commander") */
        size_t sp = starts_ci(s + lp, n - lp, " succeeded ") ? lp : past;
        /* "Ba Idrisa replaced al-Barnawi in March 2019": as "succeeded" */
        size_t verb_len = starts_ci(s + sp, n - sp, " replaced ") ? 10 : 11;
        if (!role && p->subject != DS_NONE &&
            (starts_ci(s + sp, n - sp, " succeeded ") || verb_len == 10)) {
            const char *as = pword(p, s + sp, n - sp, "as ");
            /* "as the group's commander", "as its new emir" */
            static const char *const owners[] = {"the group's ", "its ", "the ", NULL};
            for (const char *const *o = owners; as && *o; o++)
                if (starts_ci(as + 3, (size_t)(s + n - as - 3), *o)) {
                    as += strlen(*o);
                    break;
                }
            if (as && starts_ci(as + 3, (size_t)(s + n - as - 3), "new ")) as += 4;
            for (size_t k = 0; as && k < sizeof roles / sizeof *roles && !role; k++)
                if (starts_ci(as + 3, (size_t)(s + n - as - 3), roles[k])) role = roles[k];
            role = leader_role(role);
            /* "Akhtar Mansour succeeded him and was killed in a US drone
             * strike in May 2016": no role said, the role of the one whose
             * tenure the text ended last */
            if (!role && !as && starts_ci(s + sp, n - sp, " succeeded him ")) {
                const ds_leader *prev = last_ended(p, p->subject);
                if (prev && prev->role && heads_group(prev->role)) role = prev->role;
                as = s + sp + 11;
            }
            /* "succeeded him": the tenure starts where the last one told ended */
            const ds_leader *before = role ? last_ended(p, p->subject) : NULL;
            char start[11] = "";
            if (before && starts_ci(s + sp, n - sp, " succeeded him "))
                memcpy(start, before->end, sizeof start);
            /* "... succeeded him as general secretary and was killed by
             * security forces in May 2025": his own end */
            const char *as_fate = NULL;
            static const char *const as_fates[] = {" and was killed", " and died",
                                                   " and was assassinated",
                                                   /* "... and was himself killed by a
                                                    * drone in April 2012" */
                                                   " and was himself killed", NULL};
            for (const char *const *f = as_fates; role && as && *f && !as_fate; f++)
                as_fate = pfind(p, as, (size_t)(s + n - as) < 60 ? (size_t)(s + n - as) : 60, *f);
            ds_date as_died = {0};
            bool as_got = as_fate && first_date(as_fate, (size_t)(s + n - as_fate), &as_died);
            if (role &&
                !add_leader(p, p->subject, name, role, NULL, false, DS_NONE, si, as_fate != NULL))
                return false;
            /* "Jafar Dicko succeeded Ibrahim Malam Dicko as emir in June
             * 2017": the tenure from the date after the role, the one
             * succeeded (named in full) in that role until then */
            ds_date as_when = {0};
            if (role && !start[0] && as && !as_fate && p->article &&
                !starts_ci(s + sp, n - sp, " succeeded him") &&
                first_date(as, (size_t)(s + n - as) < 40 ? (size_t)(s + n - as) : 40, &as_when)) {
                ds_date_format(start, as_when);
                size_t k0 = sp + verb_len, pn = cap_name_len(s, n, k0);
                if (pn && s + k0 + pn <= as && memchr(s + k0, ' ', pn)) {
                    strspan old = {s + k0, pn};
                    /* (one told before keeps the role the text gave him) */
                    const char *old_role =
                        leader_by_name(p, p->subject, old.s, old.n) ? NULL : role;
                    if (!add_leader(p, p->subject, old, old_role, NULL, false, DS_NONE, si, false))
                        return false;
                    complete_tenure(p, p->subject, old, NULL, false, &as_when);
                }
            }
            if (role) {
                complete_tenure(p, p->subject, name, start, !as_fate && start[0] && as_when.year,
                                as_got ? &as_died : NULL);
                continue;
            }
            /* "Azam Tariq succeeded Farooqi in 1997": the role of the leader
             * succeeded (by his name or surname), from the sentence's date,
             * which ends that leader's tenure */
            size_t k = sp + verb_len, e = k;
            while (e < n &&
                   (isalpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80 || s[e] == '-' ||
                    s[e] == ' ') &&
                   !starts_ci(s + e, n - e, " in ") && !starts_ci(s + e, n - e, " as "))
                e++;
            const ds_leader *pred = leader_by_name(p, p->subject, s + k, e - k);
            if (pred) {
                const char *pred_role = pred->role ? pred->role : "leader";
                ds_date v = {0};
                char from_s[11] = "";
                if (first_date(s + e, n - e, &v)) ds_date_format(from_s, v);
                ds_leader *pl = (ds_leader *)pred;
                if (from_s[0] && !pl->end[0]) {
                    memcpy(pl->end, from_s, sizeof pl->end);
                    pl->open_end = false;
                    if (pl->status && !strcmp(pl->status, "current")) pl->status = NULL;
                }
                /* "... in 1997 and was assassinated near Islamabad in October
                 * 2003": his own end */
                const char *fate = NULL;
                static const char *const fates[] = {
                    " and was killed",         " and was assassinated",
                    " and was shot dead",      " and died",
                    " and was himself killed", " and was himself executed",
                    " and was executed",       NULL};
                for (const char *const *f = fates; *f && !fate; f++)
                    fate = pfind(p, s + e, n - e, *f);
                ds_date died = {0};
                bool got_death = fate && first_date(fate, (size_t)(s + n - fate), &died);
                if (!add_leader(p, p->subject, name, pred_role, NULL, false, DS_NONE, si,
                                fate != NULL))
                    return false;
                complete_tenure(p, p->subject, name, from_s, !got_death, got_death ? &died : NULL);
                continue;
            }
            /* "Jafar Dicko succeeded Ibrahim Malam Dicko in June 2017" in an
             * article about the group, no tenure of the predecessor told
             * before: both the group's leaders, the tenure changing hands
             * on that date (a name of two capitalised words or more) */
            ds_date when = {0};
            size_t pn = cap_name_len(s, n, k);
            if (p->article && pn && pn <= e - k && memchr(s + k, ' ', pn) &&
                starts_ci(s + k + pn, n - k - pn, " in ") &&
                first_date(s + k + pn, n - k - pn, &when)) {
                char at_s[11];
                ds_date_format(at_s, when);
                strspan old = {s + k, pn};
                if (!add_leader(p, p->subject, old, "leader", NULL, false, DS_NONE, si, false) ||
                    !add_leader(p, p->subject, name, "leader", NULL, false, DS_NONE, si, false))
                    return false;
                complete_tenure(p, p->subject, old, NULL, false, &when);
                complete_tenure(p, p->subject, name, at_s, true, NULL);
                continue;
            }
        }
        /* "In August 2016, the Islamic State announced NAME as the
         * province's new leader": an appointment, the tenure starting on the
         * sentence's date */
        if (!role && p->subject != DS_NONE && starts_ci(s + past, n - past, " as ")) {
            static const char *const owners[] = {"its ",
                                                 "the group's ",
                                                 "the province's ",
                                                 "the movement's ",
                                                 "the organization's ",
                                                 "the organisation's ",
                                                 "the ",
                                                 NULL};
            static const char *const verbs[] = {"announced", "named",    "appointed", "declared",
                                                "chose",     "selected", "installed", NULL};
            size_t k = past + 4;
            for (const char *const *o = owners; *o; o++)
                if (starts_ci(s + k, n - k, *o)) {
                    k += strlen(*o);
                    break;
                }
            if (starts_ci(s + k, n - k, "new ")) k += 4;
            for (size_t r = 0; r < sizeof roles / sizeof *roles && !role; r++) {
                size_t m = strlen(roles[r]);
                if (starts_ci(s + k, n - k, roles[r]) &&
                    (k + m >= n || !isalpha((unsigned char)s[k + m])))
                    role = roles[r];
            }
            bool appointed = false;
            for (const char *const *v = verbs; *v && !appointed && role; v++)
                appointed = ds_find_word(s, off, *v) != NULL;
            if (role && appointed && strcmp(role, "founder") != 0) {
                /* "appointed NAME as the new leader of ISWAP": ISWAP's */
                uint32_t whose = group_after_of(
                    p, si, sen->span.start + (uint32_t)(k + strlen(role)), ref_cursor);
                if (whose == DS_NONE) whose = p->subject;
                if (!new_tenure(p, whose, name, leader_role(role), s, n, si)) return false;
                continue;
            }
            role = NULL;
        }
        /* "..., after which NAME became its leader", "NAME later emerged as
         * the leader of the faction", "NAME took over as emir": a tenure
         * starting on the sentence's date, the subject's unless the role
         * is "of" another group */
        if (!role && p->subject != DS_NONE) {
            static const char *const became[] = {
                " became its ", " became the group's ", " became the ", " later became the ",
                " emerged as the ", " later emerged as the ", " emerged as its ", " took over as ",
                " later took over as ", " was elected as ", " was elected ",
                /* "NAME was named president of the movement in March 2013" */
                " was named ", " was appointed ", " was appointed as ",
                /* "NAME returned as leader in 2021": another tenure */
                " returned as ",
                /* "Mullah Fazlullah then became emir" (a role word must
                 * follow) */
                " became ", NULL};
            /* "His younger brother, NAME, then took over as leader": past
             * the comma of an apposition and an adverb of time */
            size_t pv = past;
            /* "NAME, his deputy since 1991, was elected secretary-general":
             * past the apposition */
            if (pv < n && s[pv] == ',' && lp > pv) pv = lp;
            if (pv < n && s[pv] == ',') pv++;
            bool then = false;
            static const char *const adverbs[] = {" then", " subsequently", " eventually", NULL};
            for (const char *const *a = adverbs; *a && !then; a++)
                if (starts_ci(s + pv, n - pv, *a) && pv + strlen(*a) < n &&
                    s[pv + strlen(*a)] == ' ')
                    pv += strlen(*a), then = true;
            /* "Usman Ghazi took over in 2012": no role said, the role of the
             * one whose tenure the text ended last (a head's), from the
             * date after the verb */
            static const char *const took_in[] = {" took over in ", " took charge in ",
                                                  " took over the group in ", NULL};
            for (const char *const *t = took_in; *t; t++) {
                if (!starts_ci(s + pv, n - pv, *t)) continue;
                const ds_leader *prev = last_ended(p, p->subject);
                const char *r =
                    prev && prev->role && heads_group(prev->role) ? prev->role : "leader";
                size_t v = pv + strlen(*t) - 3; /* at "in " */
                const char *semi = memchr(s + v, ';', n - v);
                if (!new_tenure(p, p->subject, name, r, s + v, (semi ? (size_t)(semi - s) : n) - v,
                                si))
                    return false;
                role = r;
                break;
            }
            if (role) continue;
            size_t k = 0;
            for (const char *const *b = became; *b && !k; b++)
                if (starts_ci(s + pv, n - pv, *b)) k = pv + strlen(*b);
            then |= k && ds_find_word(s + pv, k - pv, "later");
            /* "NAME took over the leadership of the KLF in 2016", "assumed
             * the leadership of": its leader, "of" naming whose */
            static const char *const took_lead[] = {" took over the leadership",
                                                    " assumed the leadership", NULL};
            for (const char *const *t = took_lead; *t && !k && !role; t++)
                if (starts_ci(s + pv, n - pv, *t)) role = "leader", k = pv + strlen(*t);
            if (k && starts_ci(s + k, n - k, "the ")) k += 4;
            /* "NAME was named the group's new commander in March 2023" */
            if (k && (starts_ci(s + k, n - k, "group's ") ||
                      starts_ci(s + k, n - k, "group\xE2\x80\x99s ")))
                k += s[k + 5] == '\'' ? 8 : 10;
            /* "NAME was named its new emir the same month" */
            if (k && k >= 7 && starts_ci(s + k - 7, n - k + 7, " named ") &&
                starts_ci(s + k, n - k, "its "))
                k += 4;
            if (k && starts_ci(s + k, n - k, "new ")) k += 4;
            for (size_t r = 0; k && r < sizeof roles / sizeof *roles && !role; r++) {
                size_t m = strlen(roles[r]);
                if (starts_ci(s + k, n - k, roles[r]) &&
                    (k + m >= n || !isalpha((unsigned char)s[k + m])))
                    role = roles[r], k += m;
            }
            if (role && strcmp(role, "founder") != 0) {
                uint32_t whose = group_after_of(p, si, sen->span.start + (uint32_t)k, ref_cursor);
                if (whose == DS_NONE) whose = p->subject;
                /* the date of its own clause ("...; he was killed in 2006" is
                 * another's), else, after "then" or "later", of the sentence
                 * before ("Shekau died in May 2021. Bakura Doro later emerged
                 * as the leader") */
                const char *semi = memchr(s + k, ';', n - k);
                size_t clause = semi ? (size_t)(semi - s) : n;
                const char *ds = s;
                size_t dn = clause;
                ds_date probe;
                /* "... was elected secretary-general on 29 October 2024": the
                 * date after the verb first (not the apposition's "since 1991") */
                if (first_date(s + k, clause - k, &probe))
                    ds = s + k, dn = clause - k;
                else if (then && !first_date(s, clause, &probe) && si > 0) {
                    const ds_sentence *prev = &doc->sentences.v[si - 1];
                    ds = doc->text + prev->span.start, dn = prev->span.end - prev->span.start;
                }
                if (!new_tenure(p, whose, name, leader_role(role), ds, dn, si)) return false;
                /* "..., replacing Jean-Marie Runiga, who was dismissed": the
                 * one replaced held the role until the new tenure began */
                const char *rp = pword(p, s + k, clause - k, "replacing ");
                if (!rp) rp = pword(p, s + k, clause - k, "succeeding ");
                size_t rk = rp ? (size_t)(rp - s) + (*rp == 'r' || *rp == 'R' ? 10 : 11) : 0;
                size_t rlen = rp ? cap_name_len(s, clause, rk) : 0;
                ds_date began;
                if (rlen && first_date(ds, dn, &began)) {
                    strspan old = {s + rk, rlen};
                    if (!add_leader(p, whose, old, leader_role(role), NULL, false, DS_NONE, si,
                                    false))
                        return false;
                    complete_tenure(p, whose, old, NULL, false, &began);
                }
                /* "...; he was killed by soldiers on Jolo in September 2006":
                 * the tenure's end, by his death */
                static const char *const fates[] = {"; he was killed", "; he was executed",
                                                    "; he died", NULL};
                bool fate = false;
                for (const char *const *f = fates; *f && semi && !fate; f++)
                    fate = starts_ci(semi, (size_t)(s + n - semi), *f);
                /* "... returned as leader in 2021 and was reported killed in
                 * August 2021": the same clause goes on with his death */
                static const char *const and_fates[] = {" and was killed",
                                                        " and was reported killed", " and died",
                                                        " and was executed", NULL};
                const char *and_fate = NULL;
                for (const char *const *f = and_fates; *f && !semi && !and_fate; f++)
                    and_fate = pfind(p, s + k, n - k, *f);
                if (and_fate) semi = and_fate, fate = true;
                ds_date died;
                if (fate && first_date(semi, (size_t)(s + n - semi), &died)) {
                    complete_tenure(p, whose, name, NULL, false, &died);
                    ds_actor *wa = actor_at(p, whose);
                    for (uint32_t l = 0; wa && l < wa->leaders.n; l++)
                        if (ds_facts_same_name(wa->leaders.v[l].name, strlen(wa->leaders.v[l].name),
                                               name.s, name.n)) {
                            wa->leaders.v[l].status = "dead";
                            wa->leaders.v[l].open_end = false;
                        }
                }
                continue;
            }
            role = NULL;
        }
        if (!role || owner == DS_NONE) continue;
        /* "AQAP was formed in January 2009 when ... merged under the
         * leadership of NAME": his tenure starts with the founding (its end
         * is told later, if at all) */
        if (founder_led) {
            ds_date v = {0};
            char from_s[11] = "";
            if (first_date(s, off, &v)) ds_date_format(from_s, v);
            if (!add_leader(p, owner, name, role, NULL, false, DS_NONE, si, false)) return false;
            complete_tenure(p, owner, name, from_s, false, NULL);
            continue;
        }
        /* "The group was led by NAME from 1990 until his death in 1997":
         * the tenure after the name, as after "NAME led the group" */
        bool by_tenure =
            led_by && !led_len &&
            (starts_ci(s + lp, n - lp, " from ") || starts_ci(s + lp, n - lp, " until "));
        if (led_len || by_tenure) {
            size_t at = lp + led_len;
            /* (past its acronym: "the People's Defence Forces (HPG), the
             * group's armed wing, since 2009") */
            if (at + 2 < n && s[at] == ' ' && s[at + 1] == '(') at = skip_paren(s, n, at + 1);
            /* "its armed wing, the People's Defence Forces (HPG), since 2009":
             * past the wing's name */
            if (at < n && s[at] == ',') {
                const char *c = memchr(s + at + 1, ',', n - at - 1 < 80 ? n - at - 1 : 80);
                if (c) at = (size_t)(c - s) + 1;
            }
            while (at < n && s[at] == ' ') at++;
            /* "led the group from 1983 until his death in 1998" */
            ds_date start_d = {0};
            bool got_start = starts_ci(s + at, n - at, "from ") && date_at(s, n, at + 5, &start_d);
            /* "from its founding until ...": from the subject's founding date */
            const ds_actor *sa = actor_at(p, p->subject);
            if (!got_start && sa && sa->founded[0] &&
                (starts_ci(s + at, n - at, "from its founding ") ||
                 starts_ci(s + at, n - at, "from its foundation ") ||
                 starts_ci(s + at, n - at, "from its creation ") ||
                 starts_ci(s + at, n - at, "from its formation ")))
                got_start = parse_when1(sa->founded, strlen(sa->founded), &start_d, &(ds_date){0},
                                        &(bool){false});
            if (got_start) {
                const char *u = pword(p, s + at, n - at < 40 ? n - at : 40, "until");
                /* "from 2004 to 2009" */
                const char *to = u ? NULL : pfind(p, s + at, n - at < 24 ? n - at : 24, " to ");
                ds_date to_d;
                if (to && date_at(s, n, (size_t)(to - s) + 4, &to_d)) u = to + 1;
                at = u ? (size_t)(u - s) : n;
            }
            bool to_end = starts_ci(s + at, n - at, "to ");
            size_t cue_len = to_end ? 3 : 6; /* "to ", "until ", "since " */
            bool until = to_end || starts_ci(s + at, n - at, "until "),
                 since = starts_ci(s + at, n - at, "since ");
            /* "since its founding": from the subject's founding date */
            if (since && sa && sa->founded[0] &&
                (starts_ci(s + at, n - at, "since its founding") ||
                 starts_ci(s + at, n - at, "since its foundation") ||
                 starts_ci(s + at, n - at, "since its creation"))) {
                since = false;
                got_start = parse_when1(sa->founded, strlen(sa->founded), &start_d, &(ds_date){0},
                                        &(bool){false});
            }
            bool death = until && starts_ci(s + at + cue_len, n - at - cue_len, "his death in ");
            size_t from = at + (death ? cue_len + 13 : until || since ? cue_len : 0);
            /* "since about 2014": the year, at the precision given */
            static const char *const approx[] = {"about ", "around ", "circa ", "c. ", NULL};
            for (const char *const *a = approx; *a && since; a++)
                if (starts_ci(s + from, n - from, *a)) from += strlen(*a);
            ds_date v = {0};
            bool got = (until || since) && date_at(s, n, from, &v);
            /* "until his arrest in Tanzania in April 2015", "until he was
             * killed in 2016": the first date of the clause */
            for (size_t k = from + 1; until && !got && k < n && k < from + 80 && s[k] != ';'; k++)
                if (s[k - 1] == ' ' && date_at(s, n, k, &v)) got = true;
            size_t clause = from;
            while (clause < n && clause < from + 40 && s[clause] != ',' && s[clause] != ';')
                clause++;
            if (until && !death) death = says_dead(s + from, clause - from);
            strspan nm = {doc->text + pe->name.start, pe->name.end - pe->name.start};
            /* "NAME has served as its secretary-general since then": from
             * where the last tenure told ended */
            bool since_then = since && !got && starts_ci(s + from, n - from, "then");
            const ds_leader *before = then_led || since_then ? last_ended(p, owner) : NULL;
            char before_end[11] = "";
            if (before) memcpy(before_end, before->end, sizeof before_end);
            /* "established in December 2010 by NAME ... NAME led the group
             * until his death": the founder led it from the founding */
            const ds_actor *oa = actor_at(p, owner);
            for (uint32_t l = 0; !before && oa && oa->founded[0] && l < oa->leaders.n; l++) {
                const ds_leader *fl = &oa->leaders.v[l];
                if (fl->role && !strcmp(fl->role, "founder") && !fl->start[0] &&
                    ds_facts_same_name(fl->name, strlen(fl->name), nm.s, nm.n))
                    memcpy(before_end, oa->founded, sizeof before_end);
            }
            if (!add_leader(p, owner, nm, role, NULL, false, DS_NONE, si, death)) return false;
            char from_s[11] = "";
            if (got && since)
                ds_date_format(from_s, v);
            else if (got_start)
                ds_date_format(from_s, start_d);
            else if (founded_led && sa && sa->founded[0])
                memcpy(from_s, sa->founded, sizeof from_s);
            else
                memcpy(from_s, before_end, sizeof from_s);
            complete_tenure(p, owner, nm, from_s, !(got && until), got && until ? &v : NULL);
            continue;
        }
        size_t after = app_end ? app_end : pe->span.end - sen->span.start;
        if (after < n && s[after] == ',') after++;
        /* "..., known as Ka Oris, was killed": past a nickname's clause */
        if (starts_ci(s + after, n - after, " known as ") ||
            starts_ci(s + after, n - after, " also known as ")) {
            const char *c = memchr(s + after, ',', n - after);
            if (c) after = (size_t)(c - s) + 1;
        }
        /* "formed in December 2007 under NAME, who was killed by a US drone
         * strike in August 2009": his death ends the tenure */
        bool under = led_by && formed_under(s, off);
        if (under && starts_ci(s + after, n - after, " who")) after += 4;
        bool killed = (starts_ci(s + after, n - after, " was killed") ||
                       starts_ci(s + after, n - after, " was reported killed") ||
                       starts_ci(s + after, n - after, " died")) &&
                      !fate_undone(p, s + after, n - after);
        bool dead = pe->dead || killed;
        /* "under the command of NAME (2009–present)": the span after the
         * name is the tenure, as in an infobox */
        item paren = {0};
        if (past + 2 < n && s[past] == ' ' && s[past + 1] == '(') {
            const char *cl = memchr(s + past, ')', n - past < 40 ? n - past : 40);
            if (cl) {
                paren.note = (strspan){s + past + 2, (size_t)(cl - s - past - 2)};
                ds_date pv, pe_;
                bool po;
                if (!parse_when(paren.note.s, paren.note.n, &pv, &pe_, &po)) paren.note.n = 0;
            }
        }
        if (!add_leader(p, owner, name, role, paren.note.n ? &paren : NULL, paren.note.n != 0,
                        DS_NONE, si, dead))
            return false;
        /* "led by NAME since 2016": the tenure's start, still open; "NAME
         * was killed in an airstrike in 2022": its end */
        ds_date v = {0};
        bool since =
            led_by && starts_ci(s + after, n - after, " since ") && date_at(s, n, after + 7, &v);
        /* "The group is led by NAME, who has served as its interim
         * president since 2019" (or "who has been its leader since") */
        /* "Since June 2018 the TTP has been led by NAME": the time opens
         * the sentence */
        if (led_by && !since && starts_ci(s, n, "since ") && date_at(s, n, 6, &v)) since = true;
        bool since_founding = false;
        ds_actor *fl_owner = actor_at(p, owner);
        if (led_by && !since &&
            (starts_ci(s + after, n - after, " who has served as its ") ||
             starts_ci(s + after, n - after, " who has been its "))) {
            size_t lim = after + 70 < n ? after + 70 : n;
            const char *sn = ds_find_ci(s + after, lim - after, " since ");
            since = sn && !memchr(s + after + 1, ',', (size_t)(sn - s) - after - 1) &&
                    date_at(s, n, (size_t)(sn - s) + 7, &v);
            /* "..., who has been its emir since its founding": the role
             * named there, from the subject's founding */
            since_founding =
                sn && !since && starts_ci(sn, (size_t)(s + n - sn), " since its found");
            const char *its_at = ds_find_ci(s + after, lim - after, " its ");
            size_t w = its_at ? (size_t)(its_at - s) + 5 : n, we = w;
            while (we < n && s[we] != ' ') we++;
            const char *named = its_at && sn && its_at < sn ? role_word(s + w, we - w) : NULL;
            if (named && strcmp(named, "founder") != 0)
                for (uint32_t l = 0; fl_owner && l < fl_owner->leaders.n; l++)
                    if (ds_facts_same_name(fl_owner->leaders.v[l].name,
                                           strlen(fl_owner->leaders.v[l].name), name.s, name.n) &&
                        (!fl_owner->leaders.v[l].role ||
                         !strcmp(fl_owner->leaders.v[l].role, "leader")))
                        fl_owner->leaders.v[l].role = named;
        }
        bool ended = false;
        for (size_t k = after + 1; killed && k < n && k < after + 80 && !ended && s[k] != ';'; k++)
            if (s[k - 1] == ' ' && date_at(s, n, k, &v)) ended = true;
        char from_s[11] = "";
        if (since) ds_date_format(from_s, v);
        /* "led since 2002 by NAME"; "led from its founding by NAME": from
         * the subject's founding */
        ds_date lv;
        if (!from_s[0] && led_at && date_at(s, n, led_at, &lv)) ds_date_format(from_s, lv);
        const ds_actor *fa = actor_at(p, owner);
        if (!from_s[0] && led_at && fa && fa->founded[0] &&
            (starts_ci(s + led_at, n - led_at, "its founding") ||
             starts_ci(s + led_at, n - led_at, "its creation") ||
             starts_ci(s + led_at, n - led_at, "its formation")))
            memcpy(from_s, fa->founded, sizeof from_s);
        /* (formed under him: from the founding's date before his name) */
        if (!from_s[0] && under && first_date(s, off, &lv)) ds_date_format(from_s, lv);
        if (!from_s[0] && since_founding && fa && fa->founded[0])
            memcpy(from_s, fa->founded, sizeof from_s);
        if (!from_s[0]) memcpy(from_s, app_start, sizeof from_s);
        complete_tenure(p, owner, name, from_s, true, ended ? &v : NULL);
    } while (0);
    return true;
}

/* Is the name at doc offsets [a, b) of sentence si free: no person, actor
 * or place annotated over it? */
static bool name_free(const prof *p, uint32_t si, uint32_t a, uint32_t b)
{
    const ds_doc *doc = p->doc;
    for (uint32_t i = 0; i < doc->people.n; i++)
        if (doc->people.v[i].sentence == si && doc->people.v[i].span.start < b &&
            doc->people.v[i].span.end > a)
            return false;
    for (uint32_t i = 0; i < doc->actor_refs.n; i++)
        if (doc->actor_refs.v[i].sentence == si && doc->actor_refs.v[i].span.start < b &&
            doc->actor_refs.v[i].span.end > a)
            return false;
    for (uint32_t i = 0; i < doc->places.n; i++)
        if (doc->places.v[i].span.start < b && doc->places.v[i].span.end > a) return false;
    return true;
}

/* The run of two to four capitalised words at s[k] (a person's name of
 * any tradition: "Imad Mughniyeh", "Héctor Guerrero Flores"), ending
 * before a comma, a bracket or a space and a lower-case word; 0 when none. */
static size_t cap_name_len(const char *s, size_t n, size_t k)
{
    size_t words = 0, i = k;
    while (i < n && words < 5) {
        unsigned char c = (unsigned char)s[i];
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',') j++;
        /* a capitalised word, or past the first one "al-Shammari" */
        if (!isupper(c) && c < 0x80 && !(words && is_name_word(s + i, j - i))) break;
        j = i;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '(' && s[j] != '.') j++;
        /* a word of letters only (and hyphens, apostrophes) */
        for (size_t q = i; q < j; q++)
            if (isdigit((unsigned char)s[q])) return 0;
        words++;
        if (j >= n || s[j] != ' ') {
            i = j;
            break;
        }
        i = j + 1;
        size_t e = i;
        while (e < n && s[e] != ' ' && s[e] != ',') e++;
        if (i < n && !isupper((unsigned char)s[i]) && (unsigned char)s[i] < 0x80 &&
            !is_name_word(s + i, e - i)) {
            i = j;
            break;
        }
    }
    return words >= 2 && words <= 4 ? i - k : 0;
}

/* The span in the document's text of the full name of a leader of the
 * subject whose last word is w[0, n) ("Buscayno": "Bernabe Buscayno"), or
 * an empty span. */
static ds_span known_surname(const prof *p, const char *w, size_t n)
{
    ds_span none = {0, 0};
    if (n < 4 || p->subject == DS_NONE) return none;
    const ds_actor *a = &p->x->actors.v[p->subject];
    for (uint32_t i = 0; i < a->leaders.n; i++) {
        const char *nm = a->leaders.v[i].name, *sp = strrchr(nm, ' ');
        if (!sp || strlen(sp + 1) != n || strncasecmp(sp + 1, w, n) != 0) continue;
        const char *at = memmem(p->doc->text, p->doc->text_len, nm, strlen(nm));
        if (!at) return none;
        uint32_t start = (uint32_t)(at - p->doc->text);
        return (ds_span){start, start + (uint32_t)strlen(nm)};
    }
    return none;
}

/* In an article about a group, names no given-name list holds, where a
 * leader is told: at the sentence's start ("Murat Karayılan has led ...",
 * "Héctor Guerrero Flores, known as ..., has led the organisation since
 * 2014") and after an apposition's role ("Its senior military commander,
 * Imad Mughniyeh, was killed ..."). Each is read as an annotated person
 * is (person_leader). False: out of memory. */
static bool unlisted_names(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    size_t at[3], nat = 0;
    static const char *const stops[] = {
        "The ",   "In ",    "On ",    "At ",     "By ",       "After ", "Its ", "His ",
        "Her ",   "Their ", "Since ", "During ", "From ",     "A ",     "An ",  "This ",
        "These ", "Under ", "When ",  "While ",  "Although ", NULL};
    bool stop = false;
    for (const char *const *w = stops; *w && !stop; w++) stop = !strncmp(s, *w, strlen(*w));
    if (!stop) at[nat++] = 0;
    /* "Its senior military commander, NAME," */
    /* "His younger brother, NAME, then took over as leader": a relative
     * of the leader told before, named in apposition */
    bool his = starts_ci(s, n, "his ") || starts_ci(s, n, "her ");
    if (opens_possessive(s, n) || starts_ci(s, n, "the group's ") || his) {
        const char *c = memchr(s, ',', n < 60 ? n : 60);
        size_t ws, we;
        if (c && c + 2 < s + n && c[1] == ' ' && word_before(s, (size_t)(c - s), &ws, &we) &&
            (his || role_word(s + ws, we - ws)))
            at[nat++] = (size_t)(c - s) + 2;
    }
    /* "Under the command of Aurangzeb Farooqi (2009–present), ..." */
    const char *uc = ds_find_ci(s, n, "under the command of ");
    if (uc && nat < 3) at[nat++] = (size_t)(uc - s) + 21;
    /* "It was led by Yuldashev from 1998 until his death ...": the surname
     * of a leader the subject has (its founder, told in full before) */
    const char *lb = ds_find_ci(s, n, " led by ");
    if (lb) {
        size_t w0 = (size_t)(lb - s) + 8, w = w0;
        while (w < n && (isalpha((unsigned char)s[w]) || s[w] == '-')) w++;
        ds_span full = w > w0 && w < n && (s[w] == ' ' || s[w] == ',' || s[w] == '.')
                           ? known_surname(p, s + w0, w - w0)
                           : (ds_span){0, 0};
        uint32_t a = sen->span.start + (uint32_t)w0, b = sen->span.start + (uint32_t)w;
        if (full.end && name_free(p, si, a, b)) {
            ds_person pe = {0};
            pe.span.start = a, pe.span.end = b;
            pe.name = full;
            pe.sentence = si;
            pe.actor = DS_NONE;
            if (!person_leader(p, si, &pe, ref_cursor)) return false;
        }
    }
    for (size_t k = 0; k < nat; k++) {
        size_t len = cap_name_len(s, n, at[k]);
        ds_span full = {0, 0};
        if (!len && k == 0 && !stop) {
            /* "Buscayno served as its first commander ...": the surname of
             * a leader the subject has, in full where the text has it */
            size_t w = 0; /* "Buscayno", "Al-Kaabi" */
            while (w < n && (isalpha((unsigned char)s[w]) || s[w] == '-')) w++;
            full = w < n && (s[w] == ' ' || s[w] == ',') ? known_surname(p, s, w) : (ds_span){0, 0};
            if (full.end) len = w;
        }
        if (!len) continue;
        uint32_t a = sen->span.start + (uint32_t)at[k], b = a + (uint32_t)len;
        if (!name_free(p, si, a, b)) continue;
        /* a person's name goes on to a comma, a bracket or a verb */
        ds_person pe = {0};
        pe.span.start = pe.name.start = a;
        pe.span.end = pe.name.end = b;
        if (full.end) pe.name = full;
        pe.sentence = si;
        pe.actor = DS_NONE;
        pe.dead = b + 4 <= sen->span.end && !strncmp(doc->text + b, " \xE2\x80\xA0", 4);
        if (!person_leader(p, si, &pe, ref_cursor)) return false;
    }
    return true;
}

static bool prose_leaders(prof *p, uint32_t si, uint32_t *person_cursor, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    uint32_t i = *person_cursor;
    while (i < doc->people.n && doc->people.v[i].sentence < si) i++;
    *person_cursor = i;
    for (; i < doc->people.n && doc->people.v[i].sentence == si; i++) {
        const ds_person *pe = &doc->people.v[i];
        if (!person_leader(p, si, pe, ref_cursor)) return false;
        /* "led from its founding by Samir Hijazi, better known as Abu
         * Hammam al-Shami": the leader under the name he is known by (the
         * one the text goes on with), not two leaders */
        const char *t = doc->text + pe->span.end;
        if (i + 1 < doc->people.n && doc->people.v[i + 1].sentence == si &&
            doc->people.v[i + 1].span.start == pe->span.end + 18 &&
            !strncmp(t, ", better known as ", 18) && p->subject != DS_NONE) {
            ds_actor *a = actor_at(p, p->subject);
            const ds_person *known = &doc->people.v[i + 1];
            for (uint32_t l = 0; a && l < a->leaders.n; l++)
                if (ds_facts_same_name(a->leaders.v[l].name, strlen(a->leaders.v[l].name),
                                       doc->text + pe->name.start, pe->name.end - pe->name.start) &&
                    !(a->leaders.v[l].name = ds_facts_strn(p->x, doc->text + known->name.start,
                                                           known->name.end - known->name.start)))
                    return false;
        }
    }
    return p->subject == DS_NONE || !p->article || unlisted_names(p, si, ref_cursor);
}

/* Does a "but" clause in s[0, n) undo a reported death ("... but
 * reappeared in a video in February 2019")? */
static bool fate_undone(const prof *p, const char *s, size_t n)
{
    const char *but = pfind(p, s, n, " but ");
    if (!but) return false;
    size_t bk = (size_t)(but - s) + 5, bn = n - bk < 40 ? n - bk : 40;
    return pfind(p, s + bk, bn, "reappeared") || pfind(p, s + bk, bn, "resurfaced") ||
           pfind(p, s + bk, bn, "survived") || pfind(p, s + bk, bn, "alive") ||
           pfind(p, s + bk, bn, "proved false") || pfind(p, s + bk, bn, "denied");
}

/* Is the person the surname at doc offset `at` names (the last one named
 * before it with that last word, a bare surname itself excepted) leader l?
 * True when no such person is named. */
static bool namesake_is(const prof *p, uint32_t at, const ds_leader *l)
{
    const ds_doc *doc = p->doc;
    const char *sp = strrchr(l->name, ' ');
    const char *last = sp ? sp + 1 : l->name;
    size_t m = strlen(last);
    for (uint32_t i = doc->people.n; i-- > 0;) {
        const ds_person *pe = &doc->people.v[i];
        if (pe->name.end > at) continue;
        const char *nm = doc->text + pe->name.start;
        size_t nn = pe->name.end - pe->name.start;
        if (nn <= m + 1 || nm[nn - m - 1] != ' ' || strncasecmp(nm + nn - m, last, m) != 0)
            continue;
        return same_leader(l->name, strlen(l->name), nm, nn);
    }
    return true;
}

/* Does the full name of a leader of a other than l end at s[end] (and
 * run longer than l's surname)? */
static bool other_leader_ends(const ds_actor *a, const ds_leader *l, const char *s, size_t end)
{
    for (uint32_t k = 0; k < a->leaders.n; k++) {
        const char *nm = a->leaders.v[k].name;
        size_t m = strlen(nm);
        if (&a->leaders.v[k] == l || m > end || !strchr(nm, ' ')) continue;
        if (!strncasecmp(s + end - m, nm, m) &&
            !ds_facts_same_name(nm, m, l->name, strlen(l->name)))
            return true;
    }
    return false;
}

/* "Yusuf was killed in police custody in July 2009", "In May 2021, Shekau
 * died": a leader of the subject named by the last word of his name, dead;
 * his tenure ends on the sentence's date where it has no end yet. */
static void prose_deaths(prof *p, uint32_t si)
{
    ds_actor *a = actor_at(p, p->subject);
    if (!a || !a->leaders.n) return;
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    /* "He was the group's emir until his death in a US drone strike ...
     * in June 2025": the one leader of the subject the sentence before
     * named */
    if (si > 0 && (starts_ci(s, n, "he ") || starts_ci(s, n, "she "))) {
        const char *d = ds_find_ci(s, n, " until his death");
        if (!d) d = ds_find_ci(s, n, " until her death");
        const ds_sentence *ps = &p->doc->sentences.v[si - 1];
        const char *pt = p->doc->text + ps->span.start;
        size_t pn = ps->span.end - ps->span.start;
        ds_leader *only = NULL;
        int named = 0;
        for (uint32_t k = 0; d && k < a->leaders.n; k++) {
            const char *sp = strrchr(a->leaders.v[k].name, ' ');
            sp = sp ? sp + 1 : a->leaders.v[k].name;
            char last[64];
            size_t m = strlen(sp);
            if (m < 3 || m >= sizeof last) continue;
            for (size_t j = 0; j <= m; j++) last[j] = (char)tolower((unsigned char)sp[j]);
            if (ds_find_word(pt, pn, last)) named++, only = &a->leaders.v[k];
        }
        if (named == 1) {
            only->status = "dead";
            ds_date v = {0};
            if (!only->end[0] && first_date(d, (size_t)(s + n - d), &v)) {
                ds_date_format(only->end, v);
                only->open_end = false;
            }
        }
    }
    static const char *const fates[] = {" was killed",
                                        " died",
                                        " was executed",
                                        " was assassinated",
                                        " was shot dead",
                                        " was reported killed",
                                        " was reportedly killed",
                                        NULL};
    /* "Its founder and first leader was killed in a clash with the
     * police on Basilan in December 1998": the subject's founder */
    /* (or in a clause: "..., after the founder died of illness during a
     * military operation") */
    const char *fo = ds_find_ci(s, n, "founder ");
    bool clause = fo && fo - s >= 4 &&
                  (starts_ci(fo - 4, 4, "the ") || starts_ci(fo - 4, 4, "its ")) &&
                  (starts_ci(fo + 8, (size_t)(s + n - fo - 8), "died") ||
                   starts_ci(fo + 8, (size_t)(s + n - fo - 8), "was killed"));
    if (clause || ((starts_ci(s, n, "its founder ") || starts_ci(s, n, "the group's founder ")) &&
                   (ds_find_ci(s, n < 60 ? n : 60, " was killed") ||
                    ds_find_ci(s, n < 60 ? n : 60, " died"))))
        for (uint32_t k = 0; k < a->leaders.n; k++) {
            ds_leader *l = &a->leaders.v[k];
            if (!l->role || strcmp(l->role, "founder") != 0) continue;
            l->status = "dead";
            ds_date v = {0};
            if (!l->end[0] && first_date(s, n, &v)) {
                ds_date_format(l->end, v);
                l->open_end = false;
            }
        }
    for (uint32_t k = 0; k < a->leaders.n; k++) {
        ds_leader *l = &a->leaders.v[k];
        const char *sp = strrchr(l->name, ' ');
        sp = sp ? sp + 1 : l->name;
        char last[64]; /* ds_find_word's needle is lower case */
        size_t m = strlen(sp);
        if (m < 3 || m >= sizeof last) continue;
        for (size_t j = 0; j <= m; j++) last[j] = (char)tolower((unsigned char)sp[j]);
        for (const char *w = ds_find_word(s, n, last); w;
             w = ds_find_word(w + m, (size_t)(s + n - w - m), last)) {
            /* "After Aslam Baloch was killed": the full name of another
             * leader of the same surname (not "Jeeyand Baloch") */
            if (other_leader_ends(a, l, s, (size_t)(w - s) + m)) continue;
            /* "Khorasani was killed" after "... founded by Omar Khalid
             * Khorasani": the person of that surname named last */
            size_t ln = strlen(l->name), wend = (size_t)(w - s) + m;
            bool full = ln <= wend && !strncasecmp(s + wend - ln, l->name, ln);
            if (!full && !namesake_is(p, (uint32_t)(w - p->doc->text), l)) continue;
            size_t after = (size_t)(w - s) + m;
            /* "Ismael Abdulmalik, also known as Abu Turaifie, was reported
             * killed ... in 2023": past the comma closing an apposition */
            if (after < n && s[after] == ',') after++;
            bool fate = false;
            for (const char *const *f = fates; *f && !fate; f++)
                fate = starts_ci(s + after, n - after, *f);
            /* "Its leader, Abdelmalek Gouri, a former AQIM commander in the
             * Boumerdès area, was killed ...": past a second apposition (an
             * article opens it, a comma closes it) */
            if (!fate && s[after - 1] == ',' &&
                (starts_ci(s + after, n - after, " a ") ||
                 starts_ci(s + after, n - after, " an ") ||
                 starts_ci(s + after, n - after, " the "))) {
                size_t e = after + 1;
                while (e < n && e < after + 90 && s[e] != ',' && s[e] != '.' && s[e] != ';') e++;
                if (e < n && s[e] == ',')
                    for (const char *const *f = fates; *f && !fate; f++)
                        fate = starts_ci(s + e + 1, n - e - 1, *f);
            }
            /* "Ignace Murwanashyaka, its president, was convicted in
             * Germany in 2015 and died in prison in 2019": a death later in
             * the clause, dated by the date after it */
            const char *and_died = NULL;
            if (!fate && after < n && (s[after - 1] == ',' || s[after] == ' ')) {
                size_t lim = n - after < 140 ? n - after : 140;
                and_died = ds_find_ci(s + after, lim, " and died ");
                if (and_died && (memchr(s + after, ';', (size_t)(and_died - s) - after) ||
                                 pfind(p, s + after, (size_t)(and_died - s) - after, ". ")))
                    and_died = NULL;
                fate = and_died != NULL;
            }
            if (!fate) continue;
            /* "Koufa was reported killed by French forces in November 2018
             * but reappeared in a video in February 2019": alive */
            if (fate_undone(p, s + after, n - after)) break;
            l->status = "dead";
            ds_date v = {0};
            if (!l->end[0] && (and_died ? first_date(and_died, (size_t)(s + n - and_died), &v)
                                        : first_date(s, n, &v))) {
                ds_date_format(l->end, v);
                l->open_end = false;
            }
            break;
        }
    }
}

/* ---- entry -------------------------------------------------------------------- */

/* A heading block "Founded: 31 July 1959" whose label is a single-valued
 * infobox label (founding, dates of operation, size, headquarters, part
 * of): its value read as that field. 1: read, 0: no such label, -1: out of
 * memory. */
static int heading_field(prof *p, const ds_block *b)
{
    const char *t = p->doc->text + b->span.start;
    size_t n = b->span.end - b->span.start;
    const char *colon = n < 80 ? memchr(t, ':', n) : NULL;
    if (!colon || (size_t)(colon - t) + 2 >= n || colon[1] != ' ') return 0;
    const label_def *ld = label_of_text(t, (size_t)(colon - t));
    if (ld && ld->kind == LK_ALIAS) {
        /* "**Also known as:** BRN-Coordinate; National Revolutionary Front"
         * (a Markdown profile's bold label, read as a heading): aliases,
         * apart by semicolons (else commas) */
        ds_actor *a = actor_at(p, p->subject);
        size_t k = (size_t)(colon - t) + 2;
        char sep = memchr(t + k, ';', n - k) ? ';' : ',';
        while (a && k < n) {
            size_t e = k;
            while (e < n && t[e] != sep) e++;
            strspan al = trim(t + k, e - k);
            if (starts_ci(al.s, al.n, "the ")) al = trim(al.s + 4, al.n - 4);
            if (al.n && al.n <= 60 && !ds_facts_actor_alias(p->x, a, al.s, al.n)) return -1;
            k = e + 1;
        }
        return 1;
    }
    if (!ld || (ld->kind != LK_FOUNDED && ld->kind != LK_ACTIVE && ld->kind != LK_STRENGTH &&
                ld->kind != LK_HQ && ld->kind != LK_PARENT && ld->kind != LK_DISSOLVED))
        return 0;
    item it;
    bool ok = true;
    size_t off = (size_t)(colon - t) + 2;
    split_item(&it, t + off, n - off);
    /* "Part of: Autonomous Administration of North and East Syria" */
    if (it.name.n && ld->kind == LK_PARENT)
        ok = add_affiliation(p, p->subject, it.name, "parent", &it,
                             (uint32_t)(b - p->doc->blocks.v), DS_NONE);
    else if (it.name.n)
        classify_field(p, b, &it, ld->kind, &ok);
    return ok ? 1 : -1;
}

/* A line "aka A; B; C" (or "a.k.a."): aliases of the subject, split at
 * semicolons; a sanctions list's "A.k.a.: a) Fajr Movement b) HAF" (and its
 * former names, "F.k.a.: Sariyat al-Janub"), split at the lettered marks;
 * "na" (none) is no alias. False: out of memory. */
static bool aka_line(prof *p, const char *s, size_t n)
{
    size_t k = 0;
    if (starts_ci(s, n, "a.k.a.") || starts_ci(s, n, "f.k.a."))
        k = 6;
    else if (starts_ci(s, n, "aka") || starts_ci(s, n, "fka"))
        k = 3;
    else
        return true;
    if (k < n && s[k] == ':') k++;
    if (k >= n || s[k] != ' ') return true; /* not "Akaba" */
    k++;
    /* "a) X b) Y": an entry ends before " b) " */
    bool lettered = k + 2 < n && islower((unsigned char)s[k]) && s[k + 1] == ')' && s[k + 2] == ' ';
    ds_actor *a = actor_at(p, p->subject);
    while (a && k < n) {
        if (lettered && k + 2 < n && s[k + 1] == ')') k += 2;
        size_t e = k;
        while (e < n && s[e] != ';' &&
               !(lettered && e + 3 < n && s[e] == ' ' && islower((unsigned char)s[e + 1]) &&
                 s[e + 2] == ')' && s[e + 3] == ' '))
            e++;
        strspan al = trim(s + k, e - k);
        if (al.n && al.s[al.n - 1] == '.') al.n--;
        bool none = al.n == 2 && starts_ci(al.s, 2, "na");
        if (al.n && al.n <= 60 && !none && !ds_facts_actor_alias(p->x, a, al.s, al.n)) return false;
        k = e + 1;
    }
    return true;
}

/* A prose sentence of an article that opens with a leader's label, as a
 * sanctions list's "Other information" runs on: "Leader: Noor Wali Mehsud
 * since June 2018." The name up to its tenure ("since", "from", "until")
 * and the tenure as an infobox note. False: out of memory. */
static bool labelled_leader(prof *p, uint32_t si)
{
    const ds_sentence *sen = &p->doc->sentences.v[si];
    const char *s = p->doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    const char *colon = memchr(s, ':', n < 32 ? n : 32);
    if (!colon || (size_t)(colon - s) + 2 >= n || colon[1] != ' ') return true;
    const label_def *ld = label_of_text(s, (size_t)(colon - s));
    if (!ld || ld->kind != LK_LEADER) return true;
    const char *v = colon + 2, *end = s + n;
    if (end > v && end[-1] == '.') end--;
    const char *cut = end;
    static const char *const tenure[] = {" since ", " from ", " until ", NULL};
    for (const char *const *w = tenure; *w; w++) {
        const char *at = ds_find_ci(v, (size_t)(end - v), *w);
        if (at && at < cut) cut = at;
    }
    if (memchr(v, '(', (size_t)(cut - v)) || cut - v > 80) return true;
    char line[256];
    int m = snprintf(line, sizeof line, "%.*s (%.*s)", (int)(cut - v), v,
                     (int)(end - cut > 1 ? end - cut - 1 : 0), cut + 1);
    if (m <= 0 || (size_t)m >= sizeof line) return true;
    item it;
    split_item(&it, line, (size_t)m);
    return !it.name.n || !person_like(it.name) ||
           add_leader(p, p->subject, it.name, ld->role, &it, true, DS_NONE, si, it.dead);
}

/* A heading sentence si that is nothing but an armed group's name ("##
 * Kata'ib Hizballah" after "## Palestinian Islamic Jihad"): that group is
 * the subject from here on. False: out of memory. */
static bool section_subject(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    *ref_cursor = i;
    /* "UPC (Unité pour la Paix en Centrafrique)": the group's name and, in
     * brackets after it, its name in another language (maybe one more
     * mention of it) */
    const char *ht = doc->text + sen->span.start;
    size_t hn = sen->span.end - sen->span.start;
    uint32_t name_end = sen->span.end;
    if (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si && hn && ht[hn - 1] == ')') {
        size_t re = doc->actor_refs.v[i].span.end - sen->span.start;
        if (skip_paren(ht, hn, re) == hn) name_end = doc->actor_refs.v[i].span.end;
    }
    if (i + 1 < doc->actor_refs.n && doc->actor_refs.v[i + 1].sentence == si &&
        (name_end == sen->span.end || doc->actor_refs.v[i + 1].actor != doc->actor_refs.v[i].actor))
        return true;
    if (i >= doc->actor_refs.n || doc->actor_refs.v[i].sentence != si) {
        /* "National Action" over "National Action (NA) is a neo-Nazi group
         * that was established in 2013": a group the lexicon lacks, which
         * the heading names and the next sentence defines, opens its
         * section (its facts were the section before's group's) */
        strspan h = trim(doc->text + sen->span.start, sen->span.end - sen->span.start);
        if (h.n < 4 || h.n > 80 || !isupper((unsigned char)h.s[0]) || si + 1 >= doc->sentences.n ||
            doc->blocks.v[doc->sentences.v[si + 1].block].kind != DS_BLOCK_PROSE ||
            !defines_group(doc, si + 1, h))
            return true;
        ds_actor *a = ds_facts_actor_named(p->x, h.s, h.n, "armed_group");
        if (!a) return false;
        p->subject = (uint32_t)(a - p->x->actors.v);
        return lead_bracket_aliases(p, doc, si + 1, h);
    }
    const ds_actor_ref *r = &doc->actor_refs.v[i];
    uint32_t start = sen->span.start;
    if (r->span.start == start + 4 && starts_ci(doc->text + start, 4, "the ")) start += 4;
    if (r->generic || r->type != DS_ACTOR_ARMED_GROUP || r->span.start != start ||
        r->span.end != name_end)
        return true;
    ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
    if (!a) return false;
    p->subject = (uint32_t)(a - p->x->actors.v);
    return true;
}

/* A key-facts table row read as prose, "Leader, Amadou Koufa" (a label, a
 * comma, the value; one sentence without a full stop): its label, *skip set
 * to the value's offset; else NULL. */
static const label_def *table_row_label(const ds_doc *doc, const ds_block *b, size_t *skip)
{
    if (b->kind != DS_BLOCK_PROSE || b->nsentences != 1 || b->span.end - b->span.start >= 200 ||
        doc->text[b->span.end - 1] == '.')
        return NULL;
    const char *t = doc->text + b->span.start;
    size_t tn = b->span.end - b->span.start;
    const char *comma = memchr(t, ',', tn < 40 ? tn : 40);
    if (!comma || comma + 2 >= t + tn || comma[1] != ' ' || !isupper((unsigned char)t[0]))
        return NULL;
    const label_def *ld = label_of_text(t, (size_t)(comma - t));
    if (!ld || ld->kind == LK_IGNORE) return NULL;
    *skip = (size_t)(comma - t) + 2;
    return ld;
}

/* A designation notice of several groups: "The Department is also
 * designating Islamic State Hind Province (ISHP), ..." opens the part about
 * the group it names right after the verb, which is the subject from here
 * on. False: out of memory. */
static bool designated_subject(prof *p, uint32_t si, uint32_t *ref_cursor)
{
    const ds_doc *doc = p->doc;
    const ds_sentence *sen = &doc->sentences.v[si];
    const char *s = doc->text + sen->span.start;
    size_t n = sen->span.end - sen->span.start;
    if (!starts_ci(s, n, "the department ") && !starts_ci(s, n, "the secretary of state ") &&
        !starts_ci(s, n, "the state department "))
        return true;
    const char *d = ds_find_ci(s, n < 80 ? n : 80, " designating ");
    if (!d) return true;
    uint32_t at = sen->span.start + (uint32_t)(d - s) + 13;
    uint32_t i = *ref_cursor;
    while (i < doc->actor_refs.n && doc->actor_refs.v[i].sentence < si) i++;
    for (; i < doc->actor_refs.n && doc->actor_refs.v[i].sentence == si; i++) {
        const ds_actor_ref *r = &doc->actor_refs.v[i];
        if (r->span.start < at) continue;
        if (r->span.start > at + 4 || r->generic || r->type != DS_ACTOR_ARMED_GROUP) break;
        ds_actor *a = ds_facts_actor(p->x, p->ctx, doc, r->actor);
        if (!a) return false;
        p->subject = (uint32_t)(a - p->x->actors.v);
        break;
    }
    return true;
}

ds_status ds_extract_profiles(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx)
{
    prof p = {x, ctx, doc, docidx, DS_NONE, false, NULL, NULL, 0, 0, 0, false, false};
    const gate_index *gate_ix = gates();
    ds_status st = find_subject(&p);
    if (st != DS_OK) return st;

    /* the infobox: values under labels, and the unlabelled fields */
    if (p.subject != DS_NONE) {
        bool seen_infobox = false, past_infobox = false;
        const label_def *sub_ld = NULL;
        uint32_t sub_of = DS_NONE;
        for (uint32_t bi = 0; bi < doc->blocks.n; bi++) {
            const ds_block *b = &doc->blocks.v[bi];
            seen_infobox |= b->infobox;
            /* unlabelled values count only in the page's first infobox (before
             * the first section heading after it): later tables are not about
             * the subject's founding or size */
            /* "Founded: 31 July 1959" the text reader took for a heading (a
             * "Label: value" line before a bare "Leaders:" label, after the
             * lead): a field of a single-valued label, no section heading */
            /* "Part of" / "al-Qaeda in the Islamic Maghreb": a label line the
             * reader took for a heading (or for a value of the label
             * before), its value line for prose */
            if ((b->kind == DS_BLOCK_HEADING || b->kind == DS_BLOCK_FIELD) && p.article &&
                !past_infobox && value_line(doc, bi + 1)) {
                const label_def *vl =
                    label_of_text(doc->text + b->span.start, b->span.end - b->span.start);
                if (vl && vl->kind != LK_IGNORE) {
                    bool ok = true;
                    if (vl->kind == LK_FOUNDED || vl->kind == LK_ACTIVE ||
                        vl->kind == LK_STRENGTH || vl->kind == LK_HQ || vl->kind == LK_DISSOLVED) {
                        item it;
                        const ds_block *v = b + 1;
                        split_item(&it, doc->text + v->span.start, v->span.end - v->span.start);
                        if (it.name.n) classify_field(&p, v, &it, vl->kind, &ok);
                    } else {
                        ok = each_entry_at(&p, bi + 1, vl, 0);
                    }
                    if (!ok) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                    bi++;
                    continue;
                }
            }
            if (b->kind == DS_BLOCK_HEADING && p.article && !past_infobox) {
                int hf = heading_field(&p, b);
                if (hf < 0) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                if (hf > 0) continue;
            }
            if (b->kind == DS_BLOCK_HEADING && seen_infobox) past_infobox = true;
            /* a key-facts table without the infobox class, its rows read as
             * prose "Leader, Amadou Koufa" (a label, a comma, the value; no
             * full stop): fields of the article's subject */
            /* (its leaders after the prose's: the prose tells their order) */
            if (b->kind == DS_BLOCK_PROSE && p.article) {
                size_t skip = 0;
                const label_def *rl = table_row_label(doc, b, &skip);
                if (rl && rl->kind != LK_LEADER && rl->kind != LK_KNOWN &&
                    !each_entry_at(&p, bi, rl, skip))
                    return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                continue;
            }
            if (b->kind != DS_BLOCK_LIST_ITEM && b->kind != DS_BLOCK_FIELD) continue;
            const label_def *ld = label_lookup(doc, b->label);
            size_t skip = 0;
            if (!ld && b->kind == DS_BLOCK_LIST_ITEM && !past_infobox && p.article) {
                const label_def *il = inline_label(doc, b, &skip);
                if (il && il->kind != LK_IGNORE && !each_entry_at(&p, bi, il, skip))
                    return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                if (il) continue;
            }
            /* a sub-heading in the cell re-labels the entries after it */
            const label_def *sub = ld ? sub_label(doc, b) : NULL;
            if (sub) {
                sub_ld = sub, sub_of = b->label;
                /* its value the reader took for prose: a date, a count or a
                 * place under that label */
                if (bi + 1 < doc->blocks.n && short_prose_value(doc, b + 1) &&
                    (sub->kind == LK_STRENGTH || sub->kind == LK_FOUNDED || sub->kind == LK_HQ)) {
                    item it;
                    bool ok = true;
                    const ds_block *v = b + 1;
                    split_item(&it, doc->text + v->span.start, v->span.end - v->span.start);
                    if (it.name.n) classify_field(&p, v, &it, sub->kind, &ok);
                    if (!ok) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                }
                continue;
            }
            if (ld && sub_ld && sub_of == b->label) ld = sub_ld;
            if (!b->infobox && !ld) continue;
            if (!ld && past_infobox) continue;
            if (ld && ld->kind == LK_IGNORE) continue;
            if (!each_entry(&p, bi, ld)) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        }
        ds_actor *a = actor_at(&p, p.subject);
        if (a && !a->sources.n) {
            /* the profile's own source: the lead sentence */
            for (uint32_t si = 0; si < doc->sentences.n && si < 400; si++)
                if (doc->blocks.v[doc->sentences.v[si].block].kind == DS_BLOCK_PROSE) {
                    if (!sentence_source(&p, &a->sources, si))
                        return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                    break;
                }
        }
    }

    /* prose */
    uint32_t refs[7] = {0}, people = 0, places = 0, group_cursor = 0;
    bool group_before = false; /* the sentence before named a group */
    for (uint32_t si = 0; si < doc->sentences.n; si++) {
        const ds_sentence *s = &doc->sentences.v[si];
        const ds_block *b = &doc->blocks.v[s->block];
        /* a document of several profiles (a Country Reports on Terrorism
         * excerpt, a designation of several groups): a heading that is a
         * group's name opens that group's section */
        if (b->kind == DS_BLOCK_HEADING && p.subject != DS_NONE &&
            !section_subject(&p, si, &refs[0]))
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        size_t n = s->span.end - s->span.start;
        /* "aka PIJ; Harakat al-Jihad al-Islami fi Filastin; Saraya al-Quds":
         * a reference entry's line of aliases (first byte tested first); a
         * sanctions list's "A.k.a.: a) ... b) ..." the reader may take for a
         * heading */
        unsigned first = (unsigned char)doc->text[s->span.start] | 0x20;
        if ((first == 'a' || first == 'f') && p.subject != DS_NONE && !b->infobox &&
            (b->kind == DS_BLOCK_PROSE || b->kind == DS_BLOCK_LIST_ITEM ||
             b->kind == DS_BLOCK_HEADING) &&
            !aka_line(&p, doc->text + s->span.start, n))
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        if (b->infobox || (b->kind != DS_BLOCK_PROSE && b->kind != DS_BLOCK_LIST_ITEM)) continue;
        if (p.article && p.subject != DS_NONE && isupper((unsigned char)doc->text[s->span.start]) &&
            (!labelled_leader(&p, si) ||
             (doc->text[s->span.start] == 'T' && !designated_subject(&p, si, &refs[0]))))
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        p.low_base = doc->text + s->span.start;
        p.low_n = n;
        /* Without a subject and without a group (or "other" actor) named
         * in the sentence, every prose reader but prose_leaders (which
         * needs no gate) and prose_parent finds no owner and so does
         * nothing: actor_before() and first_group_before() return
         * DS_NONE without creating an actor, and actor_at(DS_NONE) is
         * NULL. prose_parent() alone has an effect then (the parent named
         * after its cue gets its actor entry), and only when a cue matches
         * and an actor is named after it: parent_cue_in() says exactly that
         * a cue matches, in the part of the sentence before the last actor
         * (parent_cue_room). Most notes' sentences are such: no scan by the
         * gate. */
        /* ... or a sentence that opens with "Its"/"Their" after one that
         * named a group ("Its media wing, al-Kataib, ..."): prose_outlets()
         * takes that group as the owner */
        bool named_any = false;
        bool named = p.subject == DS_NONE && names_group(doc, si, &group_cursor, &named_any);
        if (p.subject != DS_NONE || named || (group_before && opens_possessive(p.low_base, n)))
            p.gate = sentence_gate(gate_ix, p.low_base, n);
        else
            p.gate =
                named_any && parent_cue_in(gate_ix, p.low_base,
                                           parent_cue_room(doc, si, group_cursor, s->span.start, n))
                    ? G_PARENT
                    : 0;
        group_before = named;
        /* the lower-case copy only serves cue searches, which the gate
         * allows (most documents need none: no allocation then) */
        if (p.gate & ~(unsigned)G_DIGIT) {
            if (n + 1 > p.low_cap) {
                char *grown = realloc(p.low, 2 * n + 64);
                if (!grown) {
                    free(p.low);
                    return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
                }
                p.low = grown, p.low_cap = 2 * n + 64;
            }
            for (size_t i = 0; i < n; i++) {
                unsigned char c = (unsigned char)p.low_base[i];
                p.low[i] = (char)((unsigned)c - 'A' < 26u ? c + 32 : c);
            }
        } else {
            p.low_n = 0; /* pfind falls back to find_ci */
        }
        /* prose_strength() and prose_outlets() return true at once, having
         * done nothing, without their gate bits, and prose_leaders() when
         * no person is named in the sentence (its cursor moved here, as it
         * moves it): not called then (their set-up is most of what a
         * sentence costs them). Without any bit but G_DIGIT (most
         * sentences: no gate was run) so do all the others (prose_parent
         * through possessive_parent; prose_places moves its place cursor
         * first, which its next call moves as far): prose_leaders alone
         * may be called. */
        while (people < doc->people.n && doc->people.v[people].sentence < si) people++;
        bool person = people < doc->people.n && doc->people.v[people].sentence == si;
        bool ok;
        if (!(p.gate & ~(unsigned)G_DIGIT))
            ok = (!person && !p.article) || prose_leaders(&p, si, &people, &refs[3]);
        else
            ok = prose_parent(&p, si, &refs[0]) && prose_founded(&p, si, &refs[1]) &&
                 ((p.gate & (G_STRENGTH | G_DIGIT)) != (G_STRENGTH | G_DIGIT) ||
                  prose_strength(&p, si, &refs[2])) &&
                 ((!person && !p.article) || prose_leaders(&p, si, &people, &refs[3])) &&
                 (!(p.gate & G_OUTLET) || prose_outlets(&p, si, &refs[4])) &&
                 prose_platforms(&p, si, &refs[4]) && prose_relations(&p, si, &refs[5]) &&
                 prose_aka(&p, si, &refs[5]) && prose_sponsor(&p, si, &refs[5]) &&
                 prose_places(&p, si, &refs[6], &places);
        if (!ok) {
            free(p.low);
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        }
        if (p.subject != DS_NONE) prose_deaths(&p, si);
    }
    free(p.low);
    /* the leaders of a key-facts table read as prose, after the prose's */
    for (uint32_t bi = 0; p.article && p.subject != DS_NONE && bi < doc->blocks.n; bi++) {
        size_t skip = 0;
        const label_def *rl = table_row_label(doc, &doc->blocks.v[bi], &skip);
        if (rl && (rl->kind == LK_LEADER || rl->kind == LK_KNOWN) &&
            !each_entry_at(&p, bi, rl, skip))
            return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    }
    return DS_OK;
}
