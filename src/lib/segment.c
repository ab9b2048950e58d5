/* segment.c - sentence splitting within blocks. Runs after citation markers
 * are removed and before tokenization. Prose and list items are split at
 * . ! ? and ellipses (with closing quotes/brackets kept in the sentence),
 * except after abbreviations, initials and dotted forms ("Gen.", "U.S.",
 * "e.g.", "No. 5"); a glued "Province.In" splits. Titles, headings,
 * bylines, labels and fields are one unit each; furniture and footnote
 * blocks get no sentences. Sentences over limits.max_sentence_bytes are cut.
 * The document reader runs the same walk over the terminators a prose
 * block's tokens hold (ds_segment_block_terms, from tokenize.c's
 * ds_segment_tokenize) rather than over a scan of its text.
 */
#include "ctx.h"
#include "doc.h"
#include "read_util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Abbreviations, sorted (abbr_find is a binary search): ALWAYS never end a
 * sentence (titles, ranks), BEFORE_NUM only before a number (months, French
 * ones too: "3 avr. 2024", "5 juil."; the accented "févr.", "déc." are
 * accented_month_before's), LOWER only before a capital. */
typedef struct abbr {
    const char *word;
    ds_abbrev kind;
} abbr;
#define A DS_ABBR_ALWAYS
#define N DS_ABBR_BEFORE_NUM
#define L DS_ABBR_LOWER
static const abbr abbrs[] = {
    {"adm", A},  {"al", A},     {"amb", A},    {"approx", A}, {"apr", N}, {"art", N},  {"assn", A},
    {"aug", N},  {"avr", N},    {"brig", A},   {"bros", A},   {"ca", A},  {"capt", A}, {"cdr", A},
    {"cf", A},   {"ch", N},     {"cmdr", A},   {"cmdt", A},   {"co", L},  {"col", A},  {"cols", A},
    {"corp", L}, {"cpl", A},    {"dec", N},    {"dept", A},   {"dr", A},  {"esp", A},  {"etc", L},
    {"feb", N},  {"fevr", N},   {"fig", A},    {"fr", A},     {"ft", A},  {"gen", A},  {"gens", A},
    {"gov", A},  {"hon", A},    {"inc", L},    {"insp", A},   {"jan", N}, {"janv", N}, {"jr", A},
    {"juil", N}, {"jul", N},    {"jun", N},    {"lit", A},    {"lt", A},  {"ltd", L},  {"lts", A},
    {"maj", A},  {"mar", N},    {"messrs", A}, {"mlle", A},   {"mme", A}, {"mr", A},   {"mrs", A},
    {"ms", A},   {"mt", A},     {"no", N},     {"nos", N},    {"nov", N}, {"nr", N},   {"oct", N},
    {"op", N},   {"p", N},      {"para", N},   {"pfc", A},    {"pp", A},  {"pres", A}, {"prof", A},
    {"pvt", A},  {"rep", A},    {"ret", A},    {"rev", A},    {"sec", A}, {"sen", A},  {"sens", A},
    {"sep", N},  {"sept", N},   {"sgt", A},    {"sgts", A},   {"spc", A}, {"sr", A},   {"st", A},
    {"supt", A}, {"transl", A}, {"univ", A},   {"var", A},    {"vol", A}, {"vs", A}};
#undef A
#undef N
#undef L

/* The entry for low, or NULL: a binary search that settles most probes on
 * the first byte and calls strcmp only for the rest (bsearch with a strcmp
 * callback cost some 300 instructions a word). Unsigned bytes, as strcmp. */
static const abbr *abbr_find(const char *low)
{
    size_t lo = 0, hi = sizeof abbrs / sizeof *abbrs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *w = abbrs[mid].word;
        int c = (unsigned char)low[0] - (unsigned char)w[0];
        if (!c && low[0]) c = strcmp(low + 1, w + 1);
        if (!c) return &abbrs[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* The cheap test before the search: bit (z - 'a') of abbr_shape[n][a - 'a']
 * is set when an abbreviation of n bytes starts with a and ends with z.
 * Exact as a pre-filter: every entry sets its bit (abbr_shape_ok is
 * cleared when one is not made of a-z), so a word that fails it is none;
 * most words before a period ("day.", "area.") fail it. */
enum { ABBR_SHAPE_LEN = 8 };
static uint32_t abbr_shape[ABBR_SHAPE_LEN][26];
static bool abbr_shape_ok = true;
static pthread_once_t abbr_shape_once = PTHREAD_ONCE_INIT;
/* set (release) when abbr_shape is made: a caller that reads it set
 * (acquire) sees the table without a pthread_once call */
static atomic_bool abbr_shape_ready;

static void abbr_shape_init(void)
{
    for (size_t i = 0; i < sizeof abbrs / sizeof *abbrs; i++) {
        const char *w = abbrs[i].word;
        size_t n = strlen(w);
        for (size_t k = 0; k < n; k++)
            if ((unsigned)((unsigned char)w[k] - 'a') >= 26u) abbr_shape_ok = false;
        if (n == 0 || n >= ABBR_SHAPE_LEN) {
            abbr_shape_ok = false;
            continue;
        }
        abbr_shape[n][(unsigned char)w[0] - 'a'] |= 1u << ((unsigned char)w[n - 1] - 'a');
    }
    atomic_store_explicit(&abbr_shape_ready, true, memory_order_release);
}

ds_abbrev ds_abbrev_kind(const char *word, size_t n)
{
    if (n == 0 || n > 7) return DS_ABBR_NONE; /* none is longer ("U.S.S.R") */
    char low[16];
    bool dotted = false, upper_first = word[0] >= 'A' && word[0] <= 'Z';
    for (size_t i = 0; i < n; i++) dotted |= word[i] == '.';
    if (!dotted) return ds_abbrev_kind_undotted(word, n);
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
    low[n] = '\0';
    if (!strcmp(low, "e.g") || !strcmp(low, "i.e") || !strcmp(low, "viz")) return DS_ABBR_ALWAYS;
    /* "U.S", "U.N", "D.C": capital dotted forms stay inside sentences */
    return upper_first ? DS_ABBR_ALWAYS : DS_ABBR_LOWER;
}

ds_abbrev ds_abbrev_kind_undotted(const char *word, size_t n)
{
    if (n == 0 || n > 7) return DS_ABBR_NONE;
    char low[16];
    bool upper_first = word[0] >= 'A' && word[0] <= 'Z';
    if (n == 1) return upper_first ? DS_ABBR_ALWAYS : DS_ABBR_NONE; /* initials */
    if (!atomic_load_explicit(&abbr_shape_ready, memory_order_acquire))
        pthread_once(&abbr_shape_once, abbr_shape_init);
    if (abbr_shape_ok) {
        /* on the word's own bytes, before lowering it: | 0x20 lowers A-Z and
         * takes no other byte into a-z */
        unsigned a = ((unsigned char)word[0] | 0x20u) - 'a',
                 z = ((unsigned char)word[n - 1] | 0x20u) - 'a';
        if (a >= 26u || z >= 26u || !((abbr_shape[n][a] >> z) & 1u)) return DS_ABBR_NONE;
    }
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
    low[n] = '\0';
    const abbr *a = abbr_find(low);
    return a ? a->kind : DS_ABBR_NONE;
}

static bool is_closer(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
           cp == 0xBB || cp == 0x203A;
}

static bool is_opener(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 ||
           cp == 0xAB || cp == 0x2039;
}

/* The word (ASCII letters and internal dots) that ends just before text[i];
 * returns its start, or i when there is none (a digit, a bracket). */
static uint32_t word_before(const char *t, uint32_t lo, uint32_t i)
{
    uint32_t j = i;
    while (j > lo) {
        unsigned char c = (unsigned char)t[j - 1];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c == '.' && j < i)) {
            j--;
            continue;
        }
        break;
    }
    /* a word glued to a digit or other letters is not an abbreviation */
    if (j > lo) {
        unsigned char c = (unsigned char)t[j - 1];
        if (c >= 0x80 || (c >= '0' && c <= '9') || c == '-') return i;
    }
    while (j < i && t[j] == '.') j++;
    return j;
}

/* Whether the word that ends at the '.' at t[i] is an accented French
 * month abbreviation, "févr" or "déc" (either case of the é): "le 3 févr.
 * 2024", "Lomé, 5 DÉC. 2023". word_before reads ASCII letters only, so the
 * abbreviation table cannot hold them; the caller asks only before a digit. */
static bool accented_month_before(const char *t, uint32_t lo, uint32_t i)
{
    uint32_t s;
    if (i >= lo + 5 && (t[i - 1] | 0x20) == 'r' && (t[i - 2] | 0x20) == 'v' &&
        (t[i - 5] | 0x20) == 'f')
        s = i - 5, i -= 2;
    else if (i >= lo + 4 && (t[i - 1] | 0x20) == 'c' && (t[i - 4] | 0x20) == 'd')
        s = i - 4, i -= 1;
    else
        return false;
    /* i - 2, i - 1: the é (C3 A9) or É (C3 89) */
    unsigned char e1 = (unsigned char)t[i - 2], e2 = (unsigned char)t[i - 1];
    if (e1 != 0xC3 || (e2 != 0xA9 && e2 != 0x89)) return false;
    if (s == lo) return true;
    unsigned char c = (unsigned char)t[s - 1];
    return c < 0x80 && (unsigned)((c | 0x20) - 'a') >= 26u;
}

/* Appends the sentence [s, e) of block b with its tokens [first, first +
 * n) to doc. */
static inline ds_status push_sentence(ds_doc *doc, uint32_t b, uint32_t s, uint32_t e,
                                      uint32_t first, uint32_t n)
{
    ds_sentence *sn = ds_vec_push_raw(doc->arena, &doc->sentences);
    if (!sn) return DS_ENOMEM;
    *sn = (ds_sentence){{s, e}, b, first, n, 0, 0};
    return DS_OK;
}

/* text[*s, *e) without the white space (ds_is_space) at its ends */
static inline void trim_space(const char *t, uint32_t *s, uint32_t *e)
{
    /* the usual ends, a printable ASCII byte (0x21-0x7F: no space of
     * ds_is_space, no part of a multi-byte character), need no decoding */
    while (*s < *e && (unsigned char)(t[*s] - 0x21) >= 0x5F) {
        size_t l;
        int32_t cp = ds_u8_get(t, *e, *s, &l);
        if (!ds_is_space(cp)) break;
        *s += (uint32_t)l;
    }
    while (*e > *s && (unsigned char)(t[*e - 1] - 0x21) >= 0x5F) {
        size_t p = ds_u8_prev(t, *e), l;
        int32_t cp = ds_u8_get(t, *e, p, &l);
        if (!ds_is_space(cp)) break;
        *e = (uint32_t)p;
    }
}

static ds_status add_sentence(ds_doc *doc, ds_ctx *ctx, uint32_t b, uint32_t s, uint32_t e)
{
    const char *t = doc->text;
    trim_space(t, &s, &e);
    if (e <= s) return DS_OK;
    size_t max = ctx->limits.max_sentence_bytes ? ctx->limits.max_sentence_bytes : 65536;
    if (e - s > max) {
        /* one diagnostic per document: a run-on file must not flood them */
        bool seen = false;
        for (uint32_t i = 0; i < doc->diags.n && !seen; i++)
            seen = !strcmp(doc->diags.v[i].pub.code, "sentence-too-long");
        if (!seen)
            ds_doc_diag_add(doc, DS_DIAG_WARNING, "sentence-too-long", ds_doc_src_offset(doc, s),
                            "sentence of %u bytes cut at the limit of %zu (further cuts not "
                            "reported)",
                            e - s, max);
        while (e - s > max) {
            uint32_t cut = s + (uint32_t)max, c = cut;
            while (c > s + max / 2 && t[c] != ' ') c--;
            if (t[c] != ' ') {
                c = cut;
                while (c > s && ((unsigned char)t[c] & 0xC0) == 0x80) c--;
            }
            ds_status st = add_sentence(doc, ctx, b, s, c);
            if (st != DS_OK) return st;
            s = c;
        }
        return add_sentence(doc, ctx, b, s, e);
    }
    return push_sentence(doc, b, s, e, 0, 0);
}

/* Capitalised function words that begin a sentence and rarely continue a
 * name: after "U.S." / "U.N." they mean a new sentence ("... the U.N. The
 * next day"), unlike "U.S. Army" or "U.N. Security Council". Sorted. */
static const char *const opener_words[] = {
    "A",      "According", "After",     "Also", "An",   "As",      "At",   "Before", "But",
    "During", "Earlier",   "He",        "Her",  "His",  "However", "I",    "In",     "It",
    "Its",    "Later",     "Meanwhile", "On",   "She",  "Since",   "That", "The",    "Their",
    "Then",   "There",     "These",     "They", "This", "Those",   "We",   "When",   "While"};

static int opener_cmp(const void *key, const void *elem)
{
    return strcmp(key, *(const char *const *)elem);
}

/* Whether the word at t[k..hi) (ASCII letters, then a non-letter) is a
 * capitalised function word of opener_words. */
static bool function_word_at(const char *t, uint32_t k, uint32_t hi)
{
    char word[16];
    uint32_t n = 0;
    while (k + n < hi && n < sizeof word - 1 &&
           ((t[k + n] >= 'a' && t[k + n] <= 'z') || (t[k + n] >= 'A' && t[k + n] <= 'Z'))) {
        word[n] = t[k + n];
        n++;
    }
    if (!n || n == sizeof word - 1) return false;
    if (k + n < hi && (t[k + n] == '.' || t[k + n] == '-' || (unsigned char)t[k + n] >= 0x80))
        return false; /* "A.", "A-10", a longer non-ASCII word */
    word[n] = '\0';
    return bsearch(word, opener_words, sizeof opener_words / sizeof *opener_words,
                   sizeof *opener_words, opener_cmp) != NULL;
}

/* Whether the word at t[k..hi) is a weekday's or a month's name,
 * capitalised ("Tuesday", "March"). */
static bool calendar_word_at(const char *t, uint32_t k, uint32_t hi)
{
    static const char *const names[] = {"Monday",    "Tuesday", "Wednesday", "Thursday", "Friday",
                                        "Saturday",  "Sunday",  "January",   "February", "March",
                                        "April",     "May",     "June",      "July",     "August",
                                        "September", "October", "November",  "December", NULL};
    uint32_t n = 0;
    while (k + n < hi &&
           ((t[k + n] >= 'a' && t[k + n] <= 'z') || (t[k + n] >= 'A' && t[k + n] <= 'Z')))
        n++;
    for (int q = 0; names[q]; q++)
        if (strlen(names[q]) == n && !memcmp(t + k, names[q], n)) return true;
    return false;
}

/* Whether t[k..hi) opens with a German month's name, capitalised ("Mai",
 * "März"), then a space: "BERLIN, 6. Mai 2024 (dpa) -" writes the day as
 * an ordinal, its full stop no sentence's end. */
static bool german_month_at(const char *t, uint32_t k, uint32_t hi)
{
    static const char *const names[] = {"Januar",  "Februar",  "M\xc3\xa4rz", "Maerz",  "April",
                                        "Mai",     "Juni",     "Juli",        "August", "September",
                                        "Oktober", "November", "Dezember",    NULL};
    for (int q = 0; names[q]; q++) {
        size_t n = strlen(names[q]);
        if (k + n < hi && !memcmp(t + k, names[q], n) && t[k + n] == ' ') return true;
    }
    return false;
}

/* Whether the tokenizer found the word before a '.' no abbreviation, as
 * word_before and ds_abbrev_kind would (word and wt: sentence_end's): the
 * kind (ds_term.word) judges as none, and word_before, which walks back over
 * ASCII letters and finds no word when it meets a digit, '-' or a byte past
 * ASCII, finds that word (letters only) or none (a digit in it) when it
 * starts the block or follows no letter and no '.'. */
static inline bool no_abbrev_before(const char *t, uint32_t lo, uint8_t word, const ds_token *wt)
{
    if (word != DS_ABBR_NONE + 1 && word != DS_ABBR_LOWER + 1) return false;
    uint32_t ws = wt->span.start;
    unsigned char pc = ws > lo ? (unsigned char)t[ws - 1] : ' ';
    return pc != '.' && (unsigned)((pc | 0x20) - 'a') >= 26u;
}

/* "in Lurgan, Co. Armagh, on Sunday", "in Co. Down": is the '.' at t[i]
 * an Irish county's "Co." after a comma or "in"? It ends nothing (a firm's,
 * "Tata Steel Co. The ...", may). */
static bool county_co(const char *t, uint32_t lo, uint32_t i)
{
    if (i < lo + 2 || t[i - 1] != 'o' || t[i - 2] != 'C' || (i > lo + 2 && t[i - 3] != ' '))
        return false;
    uint32_t p = i - 2;
    while (p > lo && t[p - 1] == ' ') p--;
    return p > lo && (t[p - 1] == ',' || (p >= lo + 2 && t[p - 1] == 'n' && t[p - 2] == 'i' &&
                                          (p == lo + 2 || t[p - 3] == ' ')));
}

/* ACLED's crowd size tag at t[k] ("[size=around 300]") after a sentence's
 * '.': it belongs to the sentence before (0: no end at the '.'), and when
 * more text follows it ("[size=no report] 0 fatalities.", "[size=dozens]
 * There were no injuries."), that sentence ends after its ']' (the tag's
 * figure had been read with the words after it as a toll). */
static uint32_t size_tag_end(const char *t, uint32_t hi, uint32_t k)
{
    if (hi - k < 8 || memcmp(t + k + 1, "size=", 5) != 0) return 0;
    const char *r = memchr(t + k + 6, ']', (hi - k - 6) < 48 ? hi - k - 6 : 48);
    if (!r) return 0;
    uint32_t e = (uint32_t)(r - t) + 1, n = e;
    while (n < hi && (t[n] == ' ' || t[n] == '\t')) n++;
    return n < hi && n > e && t[n] != '[' ? e : 0;
}

/* Where the sentence that has a terminator at t[i] (of length tl) ends, or 0
 * when it does not end there. word, when not 0: the term's ds_term.word,
 * its word the token *wt. */
static uint32_t sentence_end(const char *t, uint32_t lo, uint32_t hi, uint32_t i, uint32_t tl,
                             uint8_t word, const ds_token *wt)
{
    /* The usual '.' and one space before an ASCII byte, judged as the
     * tests below judge them without their decodings: before a lower-case
     * letter, or an opener and one ("... (Oyam, Northern). [size=no
     * report]" ends every ACLED note), no sentence ends (no closer, one
     * space, the letter after an opener taken for it: lower case); before
     * a capital after eight ASCII letters or more ("were arrested. French
     * police"), it ends after the '.', whatever word_before finds: a word
     * of eight bytes or more, which no abbreviation is (ds_abbrev_kind: none
     * past seven), or none (a digit, '-' or a wider character glued before
     * it). */
    if (tl == 1 && t[i] == '.' && i + 3 < hi && t[i + 1] == ' ') {
        unsigned c = (unsigned char)t[i + 2];
        if (c - 'a' < 26u || ((c == '(' || c == '[' || c == '"' || c == '\'') &&
                              (unsigned)((unsigned char)t[i + 3] - 'a') < 26u)) {
            if (c == '[') return size_tag_end(t, hi, i + 2);
            return 0;
        }
        if (c - 'A' < 26u) {
            /* "at 10 p.m. Tuesday", "5 a.m. March 3" (wire style): a clock
             * time's "a.m."/"p.m." before a weekday or a month ends none */
            if (i >= lo + 3 && (t[i - 1] | 0x20) == 'm' && t[i - 2] == '.' &&
                ((t[i - 3] | 0x20) == 'a' || (t[i - 3] | 0x20) == 'p') &&
                (i == lo + 3 || !ds_is_letter((unsigned char)t[i - 4])) &&
                calendar_word_at(t, i + 2, hi))
                return 0;
            /* "6. Mai 2024": a day of one or two digits, then its month */
            if (i >= lo + 1 && (unsigned)(t[i - 1] - '0') < 10u &&
                (i == lo + 1 || (unsigned)(t[i - 2] - '0') < 10u || t[i - 2] == ' ') &&
                (i < lo + 3 || t[i - 2] == ' ' || t[i - 3] == ' ') && german_month_at(t, i + 2, hi))
                return 0;
            /* the tests below end it after the '.' too (one space, a letter:
             * no closer, no ellipsis, next neither lower case nor a digit)
             * unless word_before finds an abbreviation that never ends a
             * sentence (DS_ABBR_ALWAYS: then a function word may) */
            if (county_co(t, lo, i)) return 0;
            if (no_abbrev_before(t, lo, word, wt)) return i + 1;
            if (i >= lo + 8) {
                uint32_t b = i - 8;
                while (b < i && (unsigned)(((unsigned char)t[b] | 0x20) - 'a') < 26u) b++;
                if (b == i) return i + 1;
            }
            uint32_t w = word_before(t, lo, i);
            if (w == i || ds_abbrev_kind(t + w, i - w) != DS_ABBR_ALWAYS) return i + 1;
        }
    }
    uint32_t j = i + tl;
    size_t l;
    /* "?!", "..", "...": one terminator */
    while (j < hi && (t[j] == '.' || t[j] == '!' || t[j] == '?')) j++;
    bool ellipsis = tl == 3 || j - i >= 3;
    while (j < hi) {
        int32_t cp = ds_u8_get(t, hi, j, &l);
        if (!is_closer(cp)) break;
        j += (uint32_t)l;
    }
    if (j >= hi) return hi;
    int32_t next = ds_u8_get(t, hi, j, &l);
    if (!ds_is_space(next)) {
        /* glued: "Kabul.The Taliban", "Province.In particular" */
        if (t[i] != '.' || j != i + 1 || i == lo) return 0;
        size_t pl;
        size_t p = ds_u8_prev(t, i);
        int32_t prev = ds_u8_get(t, hi, p, &pl);
        if (!ds_is_letter(prev) || !ds_is_upper(next)) return 0;
        size_t l2;
        if (j + l >= hi) return 0;
        int32_t after = ds_u8_get(t, hi, j + l, &l2);
        if (!ds_is_lower(after)) return 0;
        uint32_t w = i;
        while (w > lo && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(') w--;
        if (i - w < 2 || memchr(t + w, '.', i - w) || ds_abbrev_kind(t + w, i - w) != DS_ABBR_NONE)
            return 0;
        /* domain names ("Example.Com") are rare in prose; accept */
        return j;
    }
    uint32_t k = j;
    while (k < hi) {
        int32_t cp = ds_u8_get(t, hi, k, &l);
        if (!ds_is_space(cp)) break;
        k += (uint32_t)l;
    }
    if (k >= hi) return hi;
    int32_t nc = ds_u8_get(t, hi, k, &l);
    if (is_opener(nc) && k + l < hi) {
        size_t l2;
        int32_t c2 = ds_u8_get(t, hi, k + l, &l2);
        if (ds_is_letter(c2) || (c2 >= '0' && c2 <= '9')) nc = c2;
    }
    bool next_lower = ds_is_lower(nc);
    bool next_digit = nc >= '0' && nc <= '9';
    if (next_lower) return 0;
    if (ellipsis) return ds_is_upper(nc) ? j : 0;
    if (t[i] != '.') return j;
    if (next_digit && accented_month_before(t, lo, i)) return 0;
    uint32_t w = no_abbrev_before(t, lo, word, wt) ? i : word_before(t, lo, i);
    if (w < i) {
        switch (ds_abbrev_kind(t + w, i - w)) {
        case DS_ABBR_ALWAYS:
            /* "officials of the U.N. The next day": a capital dotted form
             * ends the sentence when a capitalised function word follows */
            if (t[w] >= 'A' && t[w] <= 'Z' && memchr(t + w, '.', i - w) &&
                function_word_at(t, k, hi))
                return j;
            return 0;
        case DS_ABBR_BEFORE_NUM:
            if (next_digit) return 0;
            break;
        case DS_ABBR_LOWER:
        case DS_ABBR_NONE:
            break;
        }
    }
    if (!ds_is_letter(nc) && !next_digit && !is_opener(nc) && nc != 0x2014 && nc != '-' &&
        ds_superscript_digit(nc) < 0 && nc != '*')
        return 0;
    return j;
}

static ds_status split_block(ds_doc *doc, ds_ctx *ctx, uint32_t b)
{
    const ds_block *bl = &doc->blocks.v[b];
    const char *t = doc->text;
    uint32_t lo = bl->span.start, hi = bl->span.end, s = lo;
    ds_status st;
    if (bl->kind != DS_BLOCK_PROSE && bl->kind != DS_BLOCK_LIST_ITEM)
        return add_sentence(doc, ctx, b, lo, hi);
    static const bool lead[256] = {['.'] = true, ['!'] = true, ['?'] = true, [0xE2] = true};
    for (uint32_t i = lo; i < hi;) {
#if defined(__SSE2__)
        /* 16 bytes a step to the next . ! ? or non-ASCII byte */
        const __m128i dot = _mm_set1_epi8('.'), ex = _mm_set1_epi8('!'), qu = _mm_set1_epi8('?');
        while (i + 16 <= hi) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            __m128i h = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, ex)),
                                     _mm_cmpeq_epi8(x, qu));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(h, x));
            if (m) {
                i += (uint32_t)__builtin_ctz(m);
                goto scanned;
            }
            i += 16;
        }
        if (i < hi && hi >= 16) {
            /* the rest as the last 16 bytes of the text, the bytes before
             * i shifted out */
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + hi - 16));
            __m128i h = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, ex)),
                                     _mm_cmpeq_epi8(x, qu));
            unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(h, x)) >> (16 - (hi - i));
            i = m ? i + (uint32_t)__builtin_ctz(m) : hi;
            goto scanned;
        }
#endif
#ifdef DS_SWAR
        /* 8 bytes at a time to the next . ! ? or non-ASCII byte */
        while (i + 8 <= hi) {
            uint64_t x = ds_load8(t + i);
            uint64_t hit =
                ds_byte_eq(x, '.') | ds_byte_eq(x, '!') | ds_byte_eq(x, '?') | (x & DS_HIGH);
            if (hit) {
                i += ds_first_flag(hit);
                break;
            }
            i += 8;
        }
#endif
        while (i < hi && !lead[(unsigned char)t[i]]) i++;
#if defined(__SSE2__)
    scanned:
#endif
        if (i >= hi) break;
        unsigned char c = (unsigned char)t[i];
        uint32_t tl = 0;
        if (c == '.' || c == '!' || c == '?')
            tl = 1;
        else if (c == 0xE2 && i + 2 < hi && (unsigned char)t[i + 1] == 0x80 &&
                 (unsigned char)t[i + 2] == 0xA6)
            tl = 3; /* … */
        if (!tl) {
            i++;
            continue;
        }
        uint32_t e = sentence_end(t, lo, hi, i, tl, 0, NULL);
        if (e) {
            if ((st = add_sentence(doc, ctx, b, s, e)) != DS_OK) return st;
            s = e;
            i = e;
        } else {
            i += tl;
        }
    }
    return add_sentence(doc, ctx, b, s, hi);
}

ds_status ds_segment_block(ds_doc *doc, ds_ctx *ctx, uint32_t b)
{
    return split_block(doc, ctx, b);
}

/* add_sentence for ds_segment_block_terms, whose block is no longer than
 * the limit (no cut): the sentence, if it is one (not all white space),
 * with the tokens [k0, k1) */
static inline ds_status add_sentence_tokens(ds_doc *doc, uint32_t b, uint32_t s, uint32_t e,
                                            uint32_t k0, uint32_t k1)
{
    trim_space(doc->text, &s, &e);
    if (e <= s) return DS_OK;
    return push_sentence(doc, b, s, e, k0, k1 - k0);
}

ds_status ds_segment_block_terms(ds_doc *doc, ds_ctx *ctx, uint32_t b, const ds_token *tokens,
                                 uint32_t first, uint32_t end, const ds_term *terms,
                                 uint32_t nterms, bool *redo)
{
    (void)ctx; /* (no sentence is cut: the block is within the limit) */
    const ds_block *bl = &doc->blocks.v[b];
    const char *t = doc->text;
    uint32_t lo = bl->span.start, hi = bl->span.end, s = lo, from = lo, k = first;
    ds_status st;
    /* split_block's walk, over the terminators the tokens hold rather than
     * those a scan of the text finds: the others ('.' between digits, and
     * inside a dotted form before a letter and a '.') glue to a character
     * that is no space and no capital before a lower-case letter, where
     * sentence_end never ends a sentence */
    for (uint32_t c = 0; c < nterms; c++) {
        uint32_t i = terms[c].at;
        if (i < from) continue;
        uint32_t e =
            sentence_end(t, lo, hi, i, terms[c].len, terms[c].word, tokens + terms[c].tok - 1);
        if (!e) {
            from = i + terms[c].len;
            continue;
        }
        /* a sentence that ends with an abbreviation's or a dotted form's
         * period ("abc.Jan. 5": word_before saw "abc.Jan"): the tokenizer
         * may have kept the period in the word because of what follows the
         * sentence ("Jan. 5"), which it does not see when it tokenizes the
         * sentence alone: the caller does the block the usual way */
        uint32_t ke = terms[c].tok;
        if (tokens[ke].span.start < i) {
            *redo = true;
            return DS_OK;
        }
        /* the sentence's tokens end at the first one that starts at e or
         * after (the terminator's, or a closer's after it) */
        while (ke < end && tokens[ke].span.start < e) ke++;
        if ((st = add_sentence_tokens(doc, b, s, e, k, ke)) != DS_OK) return st;
        k = ke;
        s = from = e;
    }
    return add_sentence_tokens(doc, b, s, hi, k, end);
}

ds_status ds_segment_room(ds_doc *doc)
{
    if (!doc->sentences.cap) {
        /* the room ds_vec_push would make at the first sentence (8) */
        doc->sentences.v = ds_arena_alloc_raw(doc->arena, 8 * sizeof *doc->sentences.v);
        if (!doc->sentences.v) return DS_ENOMEM;
        doc->sentences.cap = 8;
    }
    return DS_OK;
}

ds_status ds_segment(ds_doc *doc, ds_ctx *ctx)
{
    ds_status st;
    if ((st = ds_segment_room(doc)) != DS_OK) return st;
    for (uint32_t b = 0; b < doc->blocks.n; b++) {
        ds_block *bl = &doc->blocks.v[b];
        bl->first_sentence = doc->sentences.n;
        bl->nsentences = 0;
        if (bl->kind == DS_BLOCK_FURNITURE || bl->kind == DS_BLOCK_FOOTNOTE) continue;
        if ((st = split_block(doc, ctx, b)) != DS_OK) return st;
        bl = &doc->blocks.v[b];
        bl->nsentences = doc->sentences.n - bl->first_sentence;
    }
    return DS_OK;
}
