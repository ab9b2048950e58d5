/* quantity.c - counts in running text: numerals, number words, ranges,
 * percentages and vague amounts ("dozens" = 12, "scores" = 20, "hundreds" =
 * 100, "several" = 3, following ACLED's fatality-coding convention), with
 * their qualifier (at least / approximately / up to) and the head noun they
 * count. Annotation stage, after timex.c: numbers inside time expressions,
 * calibres (107mm), ordinals, times, footnote markers and names are skipped.
 */
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "doc.h"
#include "timex.h"

typedef struct qt_num {
    double lo, hi;
    uint32_t next; /* lexeme after the number (and range, multiplier, '%') */
    bool vague, percent, word, one;
} qt_num;

static int word_index(const ds_lx *t, const char *const *set)
{
    if (t->kind != DS_LX_WORD || !t->len) return -1;
    for (int i = 0; set[i]; i++)
        if (set[i][0] == t->low[0] && strcmp(set[i], t->low) == 0) return i;
    return -1;
}

/* The value of a number word from "zero" to "nineteen", -1 for any other
 * lexeme; tens_index: a tens word's tens ("twenty" 2 ... "ninety" 9). By the
 * word's length and a compare or two (ds_lx_is), not a walk of word lists
 * with strcmp. */
static int units_index(const ds_lx *t)
{
    switch (t->len) {
    case 3:
        return ds_lx_is(t, "one")   ? 1
               : ds_lx_is(t, "two") ? 2
               : ds_lx_is(t, "six") ? 6
               : ds_lx_is(t, "ten") ? 10
                                    : -1;
    case 4:
        return ds_lx_is(t, "zero")   ? 0
               : ds_lx_is(t, "four") ? 4
               : ds_lx_is(t, "five") ? 5
               : ds_lx_is(t, "nine") ? 9
                                     : -1;
    case 5:
        return ds_lx_is(t, "three") ? 3 : ds_lx_is(t, "seven") ? 7 : ds_lx_is(t, "eight") ? 8 : -1;
    case 6:
        return ds_lx_is(t, "eleven") ? 11 : ds_lx_is(t, "twelve") ? 12 : -1;
    case 7:
        return ds_lx_is(t, "fifteen") ? 15 : ds_lx_is(t, "sixteen") ? 16 : -1;
    case 8:
        return ds_lx_is(t, "thirteen")   ? 13
               : ds_lx_is(t, "fourteen") ? 14
               : ds_lx_is(t, "eighteen") ? 18
               : ds_lx_is(t, "nineteen") ? 19
                                         : -1;
    case 9:
        return ds_lx_is(t, "seventeen") ? 17 : -1;
    default:
        return -1;
    }
}

static int tens_index(const ds_lx *t)
{
    switch (t->len) {
    case 5:
        return ds_lx_is(t, "forty") ? 4 : ds_lx_is(t, "fifty") ? 5 : ds_lx_is(t, "sixty") ? 6 : -1;
    case 6:
        return ds_lx_is(t, "twenty")   ? 2
               : ds_lx_is(t, "thirty") ? 3
               : ds_lx_is(t, "eighty") ? 8
               : ds_lx_is(t, "ninety") ? 9
                                       : -1;
    case 7:
        return ds_lx_is(t, "seventy") ? 7 : -1;
    default:
        return -1;
    }
}

static bool qt_punct(const ds_lx *t, char c)
{
    return t->kind == DS_LX_PUNCT && t->ch == c;
}

static double multiplier(const ds_lx *t)
{
    if (ds_lx_is(t, "hundred")) return 100;
    if (ds_lx_is(t, "thousand")) return 1e3;
    if (ds_lx_is(t, "million")) return 1e6;
    if (ds_lx_is(t, "billion")) return 1e9;
    return 0;
}

/* A number written in words from L[i]: "seven", "twenty-five", "two
 * hundred", "a dozen", "three thousand". 0 consumed when none. */
static uint32_t number_words(const ds_lx *L, uint32_t n, uint32_t i, double *value)
{
    uint32_t j = i;
    double v = 0;
    /* every number word but "zero" is DS_KW_QSTART, and "zero" leads
     * nowhere below either: most words ("a", "an") skip both lists */
    bool qstart = L[j].kind == DS_LX_WORD && (L[j].kw & DS_KW_QSTART);
    int u = qstart ? units_index(&L[j]) : -1;
    int tn = qstart && u < 0 ? tens_index(&L[j]) : -1;
    if (u >= 1) {
        v = u;
        j++;
    } else if (tn >= 2) {
        v = tn * 10;
        j++;
        if (j + 1 < n && qt_punct(&L[j], '-') && !L[j].space && !L[j + 1].space) {
            int u2 = units_index(&L[j + 1]);
            if (u2 >= 1 && u2 <= 9) {
                v += u2;
                j += 2;
            }
        }
    } else if ((ds_lx_is(&L[j], "a") || ds_lx_is(&L[j], "an")) && j + 1 < n &&
               (ds_lx_is(&L[j + 1], "dozen") || multiplier(&L[j + 1]) > 0)) {
        v = 1;
        j++;
    } else if (ds_lx_is(&L[j], "dozen")) {
        *value = 12;
        return 1;
    } else
        return 0;
    if (j < n && ds_lx_is(&L[j], "dozen")) {
        v *= 12;
        j++;
    }
    double m;
    while (j < n && (m = multiplier(&L[j])) > 0) {
        v *= m;
        j++;
    }
    *value = v;
    return j - i;
}

static uint32_t apply_multiplier(const ds_lx *L, uint32_t n, uint32_t j, double *lo, double *hi)
{
    double m;
    while (j < n && (m = multiplier(&L[j])) > 0) {
        *lo *= m;
        *hi *= m;
        j++;
    }
    return j;
}

/* Vague amounts: "dozens" 12, "scores (of)" 20, "hundreds" 100, "thousands"
 * 1000, "tens of thousands" 10000, "several" 3 (times a following
 * multiplier: "several hundred" 300). */
static uint32_t vague_amount(const ds_lx *L, uint32_t n, uint32_t i, double *value)
{
    const ds_lx *t = &L[i];
    const ds_lx *t1 = i + 1 < n ? &L[i + 1] : NULL;
    const ds_lx *t2 = i + 2 < n ? &L[i + 2] : NULL;
    if (ds_lx_is(t, "dozens")) return *value = 12, 1;
    if (ds_lx_is(t, "scores") && t1 && ds_lx_is(t1, "of")) return *value = 20, 1;
    if (ds_lx_is(t, "hundreds")) {
        if (t1 && t2 && ds_lx_is(t1, "of") && ds_lx_is(t2, "thousands")) return *value = 1e5, 3;
        return *value = 100, 1;
    }
    if (ds_lx_is(t, "thousands")) return *value = 1000, 1;
    if (ds_lx_is(t, "millions")) return *value = 1e6, 1;
    if (ds_lx_is(t, "tens") && t1 && t2 && ds_lx_is(t1, "of") && ds_lx_is(t2, "thousands"))
        return *value = 1e4, 3;
    if (ds_lx_is(t, "several")) {
        double m = t1 ? multiplier(t1) : 0;
        if (m > 0) return *value = 3 * m, 2;
        return *value = 3, 1;
    }
    return 0;
}

/* A numeral at i that is a free-standing count: not glued to letters
 * ("107mm", "5th", "F-16", "15-year-old"), not a time, fraction or id, not
 * a footnote marker, not a number after a capitalized name word
 * ("District 15"). */
static bool free_numeral(const ds_lx *L, uint32_t n, uint32_t i)
{
    const ds_lx *t = &L[i];
    const ds_lx *nx = i + 1 < n ? &L[i + 1] : NULL;
    const ds_lx *pv = i > 0 ? &L[i - 1] : NULL;
    if (nx && !nx->space) {
        if (nx->kind == DS_LX_WORD) return false;
        if (nx->kind == DS_LX_PUNCT &&
            (nx->ch == ':' || nx->ch == '/' || nx->ch == ']' || nx->ch == '?') && i + 2 < n &&
            !L[i + 2].space && L[i + 2].kind != DS_LX_PUNCT)
            return false;
        if (nx->kind == DS_LX_PUNCT && nx->ch == '-' && i + 2 < n && !L[i + 2].space &&
            L[i + 2].kind == DS_LX_WORD)
            return false;
    }
    /* clock times: "3 p.m.", "10 am", "0600 hrs", "5 GMT" */
    if (nx && nx->kind == DS_LX_WORD &&
        (ds_lx_is(nx, "am") || ds_lx_is(nx, "pm") || ds_lx_is(nx, "hrs") || ds_lx_is(nx, "gmt") ||
         ds_lx_is(nx, "utc") || ds_lx_is(nx, "o") ||
         ((ds_lx_is(nx, "a") || ds_lx_is(nx, "p")) && i + 3 < n && qt_punct(&L[i + 2], '.') &&
          ds_lx_is(&L[i + 3], "m"))))
        return false;
    if (pv && !t->space) {
        if (pv->kind != DS_LX_PUNCT) return false;
        if (pv->ch == '-' || pv->ch == '/' || pv->ch == ':' || pv->ch == '#' || pv->ch == '$' ||
            pv->ch == '?' || pv->ch == '.' || pv->ch == '[' || pv->ch == '&' || pv->ch == '+' ||
            pv->ch == '@' || pv->ch == '*')
            return false;
        /* "(1)", "(2)": list markers */
        if (pv->ch == '(' && nx && qt_punct(nx, ')') && !nx->space) return false;
    }
    if (pv && pv->kind == DS_LX_WORD && pv->cap && i >= 2) {
        static const char *const ok_cap[] = {
            "about", "around", "some", "over",   "nearly",  "approximately", "roughly", "almost",
            "least", "than",   "to",   "killed", "killing", "only",          NULL};
        if (word_index(pv, ok_cap) < 0) return false;
    }
    return true;
}

/* Parses a count at i. */
static bool parse_count(const ds_lx *L, uint32_t n, uint32_t i, qt_num *q)
{
    memset(q, 0, sizeof *q);
    const ds_lx *t = &L[i];
    double v;
    uint32_t c;
    if (t->kind == DS_LX_NUM) {
        if (!free_numeral(L, n, i)) return false;
        uint32_t j = i + 1;
        q->lo = q->hi = t->num;
        /* 3-4,000 / 1000-2000 / 2-3 */
        if (j + 1 < n && qt_punct(&L[j], '-') && !L[j].space && !L[j + 1].space &&
            L[j + 1].kind == DS_LX_NUM) {
            const ds_lx *nx = j + 2 < n ? &L[j + 2] : NULL;
            if (nx && !nx->space &&
                (nx->kind == DS_LX_WORD || qt_punct(nx, ':') || qt_punct(nx, '/') ||
                 qt_punct(nx, '-')))
                return false;
            double hi = L[j + 1].num, lo = t->num;
            if (!L[j + 1].plain && hi >= 1000 && t->plain && lo < 1000) {
                double s = 1;
                while (lo * s * 1000 <= hi && s < 1e9) s *= 1000;
                if (lo * s <= hi) lo *= s;
            }
            if (hi <= lo) return false;
            q->lo = lo;
            q->hi = hi;
            j += 2;
        } else if (j + 2 < n && qt_punct(&L[j], '-') && L[j].space && L[j + 1].space &&
                   L[j + 1].kind == DS_LX_NUM && L[j + 1].plain && t->plain &&
                   L[j + 1].num > t->num && L[j + 1].num < 1000 && L[j + 2].kind == DS_LX_WORD &&
                   L[j + 2].space) {
            /* ACLED's "5 - 9 villagers were killed": a range written with
             * spaces, a small count before the noun it counts */
            q->hi = L[j + 1].num;
            j += 2;
        } else if (j + 1 < n &&
                   (ds_lx_is(&L[j], "to") || ds_lx_is(&L[j], "or") ||
                    (ds_lx_is(&L[j], "and") && i > 0 && ds_lx_is(&L[i - 1], "between"))) &&
                   L[j + 1].kind == DS_LX_NUM && free_numeral(L, n, j + 1) &&
                   L[j + 1].num > t->num) {
            q->hi = L[j + 1].num;
            j += 2;
        }
        j = apply_multiplier(L, n, j, &q->lo, &q->hi);
        if (j < n && qt_punct(&L[j], '%') && !L[j].space) {
            q->percent = true;
            j++;
        } else if (j < n && ds_lx_is(&L[j], "percent")) {
            q->percent = true;
            j++;
        } else if (j + 1 < n && ds_lx_is(&L[j], "per") && ds_lx_is(&L[j + 1], "cent")) {
            q->percent = true;
            j += 2;
        }
        q->next = j;
        return true;
    }
    if (t->kind != DS_LX_WORD || !(t->kw & DS_KW_COUNT)) return false;
    if ((c = vague_amount(L, n, i, &v)) > 0) {
        q->lo = q->hi = v;
        q->vague = true;
        q->next = i + c;
        return true;
    }
    double v2;
    uint32_t c2;
    if ((c = number_words(L, n, i, &v)) > 0) {
        q->word = true;
        q->one = v == 1 && ds_lx_is(t, "one");
        q->lo = q->hi = v;
        uint32_t j = i + c;
        /* "two-year-old", "three-day": a compound adjective, not a count */
        if (j + 1 < n && qt_punct(&L[j], '-') && !L[j].space && !L[j + 1].space) return false;
        /* "between eight and nine" */
        if (i > 0 && ds_lx_is(&L[i - 1], "between") && j + 1 < n && ds_lx_is(&L[j], "and") &&
            (c2 = number_words(L, n, j + 1, &v2)) > 0 && v2 > v) {
            q->hi = v2;
            j += 1 + c2;
        }
        if (j + 1 < n && (ds_lx_is(&L[j], "to") || ds_lx_is(&L[j], "or")) &&
            (c2 = number_words(L, n, j + 1, &v2)) > 0 && v2 > v) {
            q->hi = v2;
            j += 1 + c2;
        }
        if (j < n && ds_lx_is(&L[j], "percent")) {
            q->percent = true;
            j++;
        }
        q->next = j;
        return true;
    }
    return false;
}

/* Whether t is a word that makes a count approximate before it:
 * "approximately", "about", "around", "some", "nearly", "roughly", "almost",
 * "estimated", "circa", "approx" (by length, as units_index). */
static bool approx_word(const ds_lx *t)
{
    switch (t->len) {
    case 4:
        return ds_lx_is(t, "some");
    case 5:
        return ds_lx_is(t, "about") || ds_lx_is(t, "circa");
    case 6:
        return ds_lx_is(t, "around") || ds_lx_is(t, "nearly") || ds_lx_is(t, "almost") ||
               ds_lx_is(t, "approx");
    case 7:
        return ds_lx_is(t, "roughly");
    case 9:
        return ds_lx_is(t, "estimated");
    case 13:
        return ds_lx_is(t, "approximately");
    default:
        return false;
    }
}

/* Qualifier words before i; first gets where the quantity's span starts. */
static ds_qualifier qualifier(const ds_lx *L, uint32_t i, uint32_t *first)
{
    *first = i;
    if (i == 0) return DS_QUAL_EXACT;
    const ds_lx *p1 = &L[i - 1];
    const ds_lx *p2 = i >= 2 ? &L[i - 2] : NULL;
    const ds_lx *p3 = i >= 3 ? &L[i - 3] : NULL;
    if (ds_lx_is(p1, "least") && p2 && ds_lx_is(p2, "at")) {
        *first = i - 2;
        return DS_QUAL_AT_LEAST;
    }
    if (ds_lx_is(p1, "than") && p2 && (ds_lx_is(p2, "more") || ds_lx_is(p2, "over"))) {
        *first = i - 2;
        return DS_QUAL_AT_LEAST;
    }
    if (ds_lx_is(p1, "than") && p2 && (ds_lx_is(p2, "less") || ds_lx_is(p2, "fewer"))) {
        *first = i - 2;
        return DS_QUAL_UP_TO;
    }
    if (ds_lx_is(p1, "of") && p2 && (ds_lx_is(p2, "upwards") || ds_lx_is(p2, "excess"))) {
        *first = p3 && ds_lx_is(p3, "in") ? i - 3 : i - 2;
        return DS_QUAL_AT_LEAST;
    }
    if (ds_lx_is(p1, "to") && p2 && ds_lx_is(p2, "up")) {
        *first = i - 2;
        return DS_QUAL_UP_TO;
    }
    if (ds_lx_is(p1, "to") && p2 && ds_lx_is(p2, "close")) {
        *first = i - 2;
        return DS_QUAL_APPROX;
    }
    if (ds_lx_is(p1, "as") && p2 && (ds_lx_is(p2, "many") || ds_lx_is(p2, "much")) && p3 &&
        ds_lx_is(p3, "as")) {
        *first = i - 3;
        return DS_QUAL_UP_TO;
    }
    if (ds_lx_is(p1, "over")) {
        *first = i - 1;
        return DS_QUAL_AT_LEAST;
    }
    if (ds_lx_is(p1, "under")) {
        *first = i - 1;
        return DS_QUAL_UP_TO;
    }
    if (ds_lx_is(p1, "estimated") && p2 && ds_lx_is(p2, "an")) {
        *first = i - 2;
        return DS_QUAL_APPROX;
    }
    /* an approx word ("close" only in "close to", above); every one but
     * "approx" is a DS_KW_QUALIFY keyword: any other word skips the tests */
    if (p1->kind == DS_LX_WORD && ((p1->kw & DS_KW_QUALIFY) || p1->len == 6) && approx_word(p1)) {
        *first = i - 1;
        return DS_QUAL_APPROX;
    }
    return DS_QUAL_EXACT;
}

/* A plural-looking noun ("trucks", "Afghans", "gunmen", "personnel"). */
static bool plural_like(const ds_lx *t)
{
    if (t->kind != DS_LX_WORD || t->len < 3 || t->upper) return false;
    const char *w = t->low;
    size_t n = t->len;
    if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') return true;
    if (n >= 3 && w[n - 3] == 'm' && w[n - 2] == 'e' && w[n - 1] == 'n') return true;
    /* the irregular plurals, by length (as units_index) */
    switch (n) {
    case 4:
        return ds_lx_is(t, "crew");
    case 5:
        return ds_lx_is(t, "staff") || ds_lx_is(t, "youth") || ds_lx_is(t, "sheep");
    case 6:
        return ds_lx_is(t, "people") || ds_lx_is(t, "police") || ds_lx_is(t, "clergy") ||
               ds_lx_is(t, "cattle");
    case 7:
        return ds_lx_is(t, "militia");
    case 8:
        return ds_lx_is(t, "aircraft") || ds_lx_is(t, "infantry") || ds_lx_is(t, "children");
    case 9:
        return ds_lx_is(t, "personnel");
    default:
        return false;
    }
}

/* In head_noun: whether L holds lexeme x; when it does not and L is the
 * head of a partial lexing (more set), *more is set: the phrase may go on
 * in lexemes not lexed, and the caller scans the sentence again whole. */
#define HAS(x) ((x) < n || (more && (*more = true, false)))

/* The head noun after a count: the last word of the phrase that follows
 * (adjectives, names and hyphenated words included) before a function word,
 * a verb form in -ed/-ing after the first word, an adverb in -ly or
 * punctuation. "four Tajik ISIS–K gunmen launched" -> gunmen. */
static ds_span head_noun(const ds_lx *L, uint32_t n, uint32_t j, bool partitive_ok, bool *more)
{
    ds_span none = {0, 0};
    /* "dozens of Hazara men", "two of the attackers" */
    if (partitive_ok && HAS(j) && ds_lx_is(&L[j], "of")) {
        j++;
        if (HAS(j) &&
            (ds_lx_is(&L[j], "the") || ds_lx_is(&L[j], "its") || ds_lx_is(&L[j], "their") ||
             ds_lx_is(&L[j], "these") || ds_lx_is(&L[j], "those")))
            j++;
    }
    /* a calibre or model glued to its number: "107mm rockets" */
    while (HAS(j + 1) && L[j].kind == DS_LX_NUM && !L[j + 1].space && L[j + 1].kind == DS_LX_WORD)
        j += 2;
    uint32_t words = 0;
    bool prev_verbish = false;
    ds_span head = none;
    while (HAS(j) && words < 5) {
        const ds_lx *t = &L[j];
        if (t->kind != DS_LX_WORD) break;
        if ((t->kw & DS_KW_STOP) && !t->upper) break;
        bool verbish = t->len >= 4 && !t->cap &&
                       ((t->low[t->len - 2] == 'e' && t->low[t->len - 1] == 'd') ||
                        (t->len >= 5 && t->low[t->len - 3] == 'i' && t->low[t->len - 2] == 'n' &&
                         t->low[t->len - 1] == 'g'));
        bool adverb =
            t->len >= 4 && !t->cap && t->low[t->len - 2] == 'l' && t->low[t->len - 1] == 'y';
        if (adverb) break;
        /* participles chain as adjectives ("unidentified armed men"), but
         * one after a noun is its verb ("1 militant attacked police") */
        if (verbish && words > 0 && !prev_verbish) break;
        uint32_t end = t->end, k = j + 1;
        /* hyphen- and apostrophe-joined parts ("ISIS–K", "pro-government") */
        while (HAS(k + 1) && (qt_punct(&L[k], '-') || qt_punct(&L[k], '\'')) && !L[k].space &&
               !L[k + 1].space && L[k + 1].kind != DS_LX_PUNCT) {
            end = L[k + 1].end;
            k += 2;
        }
        if (verbish && !(HAS(k) && L[k].kind == DS_LX_WORD && !(L[k].kw & DS_KW_STOP))) break;
        head = (ds_span){t->start, end};
        prev_verbish = verbish;
        words++;
        j = k;
        /* a plural ends the phrase: "15 trucks left", "border guards" */
        if (plural_like(&L[k - 1])) break;
    }
    return head;
}
#undef HAS

typedef struct qt_state {
    ds_doc *doc;
    uint32_t sentence;
    uint32_t tx; /* next timex to check */
} qt_state;

/* Whether [start, end) overlaps a time expression (timexes are in text
 * order; st->tx walks forward). */
static bool in_timex(qt_state *st, uint32_t start, uint32_t end)
{
    const ds_doc *doc = st->doc;
    while (st->tx < doc->timexes.n && doc->timexes.v[st->tx].span.end <= start) st->tx++;
    return st->tx < doc->timexes.n && doc->timexes.v[st->tx].span.start < end;
}

/* Scans L[from, limit) for counts (reading up to L[n - 1]). more: L is the
 * head of a partial lexing (ds_sentence_head_lexemes); then *more is set
 * when head_noun wanted a lexeme past it, at the count *stop, before which
 * the scan read nothing past the head: what it pushed stands, and a scan of
 * a longer head (or of the whole sentence) from *stop goes on as one scan
 * of the whole sentence would (in_timex's walk stays where it is). */
static ds_status scan(qt_state *st, const ds_lx *L, uint32_t from, uint32_t n, uint32_t limit,
                      uint32_t *stop, bool *more)
{
    uint32_t i = from;
    while (i < limit) {
        qt_num q;
        /* a count opens with a digit or a count word (parse_count's own test,
         * made before the timex check: most words are neither), so the rest
         * are skipped in a tight loop */
        while (i < limit && !(L[i].tag & (DS_TAG_NUM | DS_KW_COUNT))) i++;
        if (i >= limit) break;
        const ds_lx *t = &L[i];
        if (in_timex(st, t->start, t->end) || !parse_count(L, n, i, &q)) {
            i++;
            continue;
        }
        if (in_timex(st, t->start, L[q.next - 1].end)) {
            i = q.next;
            continue;
        }
        /* "no one", "one another", "one of" (a pronoun, not a count) */
        if (q.one &&
            ((i > 0 && ds_lx_is(&L[i - 1], "no")) ||
             (q.next < n && (ds_lx_is(&L[q.next], "another") || ds_lx_is(&L[q.next], "of"))))) {
            i = q.next;
            continue;
        }
        ds_span noun = {0, 0};
        if (!q.percent) {
            noun = head_noun(L, n, q.next, q.vague || q.word || t->kind == DS_LX_NUM, more);
            if (more && *more) break;
        }
        /* bare number words without a noun are too often pronouns or parts
         * of names ("the one", "Two Sheikhs" is caught by case) */
        if (q.word && !q.vague && noun.end == 0 && q.lo < 2) {
            i = q.next;
            continue;
        }
        if (q.word && t->cap && i > 0 &&
            (L[i - 1].kind == DS_LX_WORD || qt_punct(&L[i - 1], ','))) {
            i = q.next; /* "Revenge of the Two Sheikhs", "Group of Seven" */
            continue;
        }
        uint32_t first;
        ds_qualifier qual = qualifier(L, i, &first);
        if (q.vague) qual = DS_QUAL_VAGUE;
        /* ds_vec_push's usual case inline: the next slot, zeroed, when
         * there is room (as ds_vec_push_ gives it); else it grows */
        ds_quantity *qt = st->doc->quantities.n < st->doc->quantities.cap
                              ? memset(&st->doc->quantities.v[st->doc->quantities.n++], 0,
                                       sizeof *st->doc->quantities.v)
                              : ds_vec_push(st->doc->arena, &st->doc->quantities);
        if (!qt) return DS_ENOMEM;
        qt->span = (ds_span){L[first].start, L[q.next - 1].end};
        qt->sentence = st->sentence;
        qt->lo = q.lo;
        qt->hi = q.hi;
        qt->qual = qual;
        qt->percent = q.percent;
        qt->noun = noun;
        i = q.next;
    }
    *stop = i;
    return DS_OK;
}

/* QT_MORE: the lexemes a head is lexed on by when head_noun wants more
 * (its noun phrase goes on a word or two past the head, mostly; 2,000
 * notes: 4 cost 0.11M less than lexing the rest of the sentence, 8 0.09M,
 * 12 0.07M) */
enum { QT_WINDOW = 256, QT_LOOKAHEAD = 24, QT_MORE = 4 };

ds_status ds_annotate_quantities(ds_doc *doc, ds_ctx *ctx)
{
    (void)ctx;
    ds_lx L[QT_WINDOW];
    ds_status s = DS_OK;
    qt_state st = {doc, 0, 0};
    for (uint32_t si = 0; si < doc->sentences.n; si++) {
        const ds_sentence *sent = &doc->sentences.v[si];
        ds_block_kind k = doc->blocks.v[sent->block].kind;
        if (k == DS_BLOCK_FURNITURE || k == DS_BLOCK_FOOTNOTE) continue;
        if (!(ds_sentence_kw_cached(doc, si) & DS_KW_QSTART))
            continue; /* no digit, no count word */
        st.sentence = si;
        /* The usual sentence fits one window: as the timex stage lexed it,
         * perhaps only its head. Contract: the scan tries counts only at a
         * number or a DS_KW_COUNT word; past the last key lexeme p that is
         * "a" or "an", which parse_count takes only before "dozen" or a
         * multiplier (keys), so it fails there, absent or present; and a
         * count at or before p is read at most 3 lexemes past its last key
         * (free_numeral's "a.m.", "per cent", "-" and the word after a
         * number word, "another" or "of" after "one"), but for head_noun,
         * which tells when it wanted more than the head: the scan stops at
         * that count, and goes on from it over a longer head (what it read
         * before lay in the head, as it lies in the whole sentence; in_timex
         * only walks forward, and as far either way). */
        uint32_t whole = 0, wstop = 0, at = 0, nq = doc->quantities.n, tx = st.tx;
        bool partial = false, more = false;
        const ds_lx *W = ds_sentence_head_lexemes_cached(doc, si, L, QT_WINDOW, &whole, &partial);
        if (W && partial) {
            if ((s = scan(&st, W, 0, whole, whole, &wstop, &more)) != DS_OK) goto done;
            if (!more) continue;
            /* on from the count that wanted more (scan's contract), over
             * the head lexed QT_MORE lexemes further, then if need be over
             * the whole sentence (which was lexed whole and scanned again
             * from its start: 2,000 notes, 0.11M more) */
            at = wstop;
            W = ds_sentence_head_extend(doc, si, W, whole, L, QT_WINDOW, QT_MORE, &whole, &partial);
            if (W && partial) {
                more = false;
                if ((s = scan(&st, W, at, whole, whole, &wstop, &more)) != DS_OK) goto done;
                if (!more) continue;
                at = wstop;
            }
            if (!W || partial) W = ds_sentence_lexemes(doc, si, L, QT_WINDOW, &whole);
            if (!W) { /* too long: window by window from the start, as below */
                doc->quantities.n = nq;
                st.tx = tx;
            }
        }
        if (W) {
            if (whole && (s = scan(&st, W, at, whole, whole, &wstop, NULL)) != DS_OK) goto done;
            continue;
        }
        uint32_t pos = sent->span.start, end = sent->span.end;
        while (pos < end) {
            uint32_t n = ds_lex(L, QT_WINDOW, doc->text, pos, end), stop = 0;
            if (!n) break;
            bool full = n == QT_WINDOW && L[n - 1].end < end;
            if ((s = scan(&st, L, 0, n, full ? n - QT_LOOKAHEAD : n, &stop, NULL)) != DS_OK)
                goto done;
            if (!full) break;
            pos = stop < n ? L[stop].start : L[n - 1].end;
        }
    }
done:
    return s;
}
