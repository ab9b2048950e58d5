/* timex.h - time expressions (private): the date-grained lexer shared by
 * timex.c and quantity.c, and a date-string parser that profile extraction
 * reuses for infobox values ("2015 – Jul 2016", "(Apr 2020 – present)").
 * Values follow ISO 8601, no more precise than the text is (TimeML-style
 * modifiers in ds_timex_mod).
 */
#ifndef DS_TIMEX_H
#define DS_TIMEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"

/* A lexeme of the date/number grammar. The lexer splits finer than the
 * tokenizer on purpose ("2015–present" -> 2015 - present, "107mm" -> 107 mm,
 * "Jan." -> jan .) so both annotators see one shape whatever the tokenizer
 * groups; every dash folds to '-'. */
typedef enum ds_lx_kind { DS_LX_WORD = 0, DS_LX_NUM, DS_LX_PUNCT } ds_lx_kind;

typedef struct ds_lx {
    uint32_t start, end; /* byte span in the scanned text */
    double num;          /* DS_LX_NUM: value ("3,000" -> 3000, "1.5") */
    uint8_t kind;        /* ds_lx_kind */
    uint8_t len;         /* DS_LX_WORD: bytes in low (0 when longer than 15) */
    uint8_t ndig;        /* DS_LX_NUM: digits before any '.' */
    bool space;          /* whitespace (or the start) before it */
    bool cap;            /* DS_LX_WORD: starts with an upper-case ASCII letter */
    bool upper;          /* DS_LX_WORD: two or more letters, no lower-case ASCII one */
    uint8_t kw;          /* DS_LX_WORD: DS_KW_* flags of the (lower-case) word */
    bool plain;          /* DS_LX_NUM: digits only */
    char ch;             /* DS_LX_PUNCT: '-' (any dash), '/', ',', '(', ')', '%', ... */
    char low[16];        /* DS_LX_WORD: ASCII lower case, NUL-terminated */
    uint8_t tag;         /* DS_TAG_NUM for a number, else kw & (DS_KW_COUNT | DS_KW_CAL |
                          * DS_KW_ANCHOR | DS_KW_QSTART | DS_KW_START) */
} ds_lx;

/* Keyword classes, looked up once per word by the lexer (a hash table), so
 * that the annotators skip ordinary words without string compares. */
enum {
    DS_KW_TIMEX = 1,   /* may open a time expression ("since", "yesterday", "two") */
    DS_KW_COUNT = 2,   /* may open a count ("seven", "dozens", "several") */
    DS_KW_STOP = 4,    /* ends a counted noun phrase ("of", "were", "including") */
    DS_KW_QUALIFY = 8, /* qualifies a count ("least", "about", "up"...) */
    DS_KW_CAL = 16,    /* a month ("January", "Jan", "Sept") or weekday name */
    DS_KW_ANCHOR = 32, /* besides digits and DS_KW_CAL, a word every time expression
                        * without them holds: "days", "yesterday", "morning", "soon" */
    DS_KW_QSTART = 64, /* a word a count without digits holds: "seven", "dozens", "hundred" */
    DS_KW_START = 128, /* set by the lexer, not the table: a word a time expression may start
                        * at - DS_KW_TIMEX, or capitalised with DS_KW_COUNT or DS_KW_CAL */
};

/* ds_lx.tag: what the annotators' scans stop at (a number, or a word that
 * may open a count or a time expression, or a key word: DS_KW_CAL,
 * DS_KW_ANCHOR, DS_KW_QSTART), in one byte they test. DS_KW_TIMEX (1) is
 * never in it, so DS_TAG_NUM is a number's alone. */
enum { DS_TAG_NUM = 1 };

/* Lexes text[start, end) into out (at most cap lexemes; offsets are absolute
 * in text). Returns the number written. Never allocates. */
uint32_t ds_lex(ds_lx *out, uint32_t cap, const char *text, uint32_t start, uint32_t end);

/* Whether sentence s of doc may hold a digit or a word with one of the
 * kw_mask flags, judged from its bytes (digits) and its tokens' folded forms
 * (one table probe each; a token that is not plain lower-case ASCII letters
 * counts as a maybe). False means no lexeme of the sentence can have them,
 * so an annotator that needs one may skip lexing the sentence. */
bool ds_sentence_may_hold(const ds_doc *doc, uint32_t s, unsigned kw_mask);

/* One sentence's entry of doc->sent_lex. */
typedef struct ds_sent_lex {
    const ds_lx *v; /* its lexemes (arena), NULL when not lexed or too long */
    uint32_t n;
    uint8_t kw;    /* KW_KNOWN | what ds_sentence_kw returns */
    bool lexed;    /* v/n are set (v NULL: more lexemes than the window) */
    bool partial;  /* v holds the head ds_sentence_head_lexemes describes, not all */
    uint32_t most; /* partial: the sentence has at most this many lexemes */
} ds_sent_lex;

/* The same test as ds_sentence_may_hold for every kw_mask of the key flags
 * (DS_KW_CAL, DS_KW_ANCHOR, DS_KW_QSTART) at once, computed once per
 * sentence and kept in doc->sent_lex: those of them the sentence may hold
 * (all three when it holds a digit or a word the table cannot judge), no
 * other flag. */
unsigned ds_sentence_kw(ds_doc *doc, uint32_t s);

/* ds_sent_lex.kw: set once ds_sentence_kw has judged the sentence. */
enum { DS_SENT_KW_KNOWN = 0x80 };

/* ds_sentence_kw, its cached answer read inline when there is one (the
 * quantity stage asks of every sentence after the timex stage did). */
static inline unsigned ds_sentence_kw_cached(ds_doc *doc, uint32_t s)
{
    const ds_sent_lex *c = doc->sent_lex;
    if (c && doc->sent_lex_n == doc->sentences.n && (c[s].kw & DS_SENT_KW_KNOWN))
        return c[s].kw & (DS_KW_CAL | DS_KW_ANCHOR | DS_KW_QSTART);
    return ds_sentence_kw(doc, s);
}

/* All lexemes of sentence s (ds_lex over its span, absolute offsets), lexed
 * on first use (straight into the document's arena when its current block
 * has room, else into scratch, cap lexemes, and copied there) and kept, so
 * the next annotator gets them without lexing. NULL when the sentence
 * has cap lexemes or more before its end (the caller lexes it window by
 * window, as without the cache) or memory ran out. The lexemes live as
 * long as the document. */
const ds_lx *ds_sentence_lexemes(ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap,
                                 uint32_t *n);

/* Lexemes a partial lexing keeps after the whitespace-separated chunk that
 * holds the sentence's last key lexeme (a number, or a word with DS_KW_CAL,
 * DS_KW_ANCHOR or DS_KW_QSTART): the timex scan reads at most 4 lexemes
 * past the last key lexeme (the contract at scan_text in timex.c), the
 * quantity scan 3 but for head_noun (the contract in quantity.c). */
enum { DS_LX_TAIL = 4 };

/* As ds_sentence_lexemes, but the lexing may stop short of the sentence's
 * end (*partial set): then v[0, *n) is the exact head of the sentence's
 * lexemes (the lexemes ds_lex gives over the whole span, space flags
 * included), holding every key lexeme of the sentence and at least
 * DS_LX_TAIL lexemes after the last one, and the whole sentence has fewer
 * than cap lexemes (a caller scans it as one). A scan that reads no further
 * than DS_LX_TAIL lexemes past the last key lexeme, where it reads only
 * whether a lexeme is a key, finds in the head what it would find in the
 * whole sentence; ds_sentence_lexemes gives the rest. */
const ds_lx *ds_sentence_head_lexemes(ds_doc *doc, uint32_t s, ds_lx *scratch, uint32_t cap,
                                      uint32_t *n, bool *partial);

/* The head v[0, n) of sentence s (a partial lexing, n > 0) lexed on by at
 * least extra more lexemes into scratch (cap lexemes; v may be scratch):
 * again the exact head of the sentence's lexemes, *out_n of them, *partial
 * cleared when that is every lexeme. NULL when cap lexemes would not hold
 * it. The cache keeps the shorter head. */
const ds_lx *ds_sentence_head_extend(const ds_doc *doc, uint32_t s, const ds_lx *v, uint32_t n,
                                     ds_lx *scratch, uint32_t cap, uint32_t extra, uint32_t *out_n,
                                     bool *partial);

/* ds_sentence_head_lexemes, its cached answer read inline when there is one
 * (the quantity stage asks for the sentences the timex stage lexed). */
static inline const ds_lx *ds_sentence_head_lexemes_cached(ds_doc *doc, uint32_t s, ds_lx *scratch,
                                                           uint32_t cap, uint32_t *n, bool *partial)
{
    const ds_sent_lex *c = doc->sent_lex;
    if (c && doc->sent_lex_n == doc->sentences.n && c[s].lexed && c[s].v && c[s].n < cap &&
        !(c[s].partial && c[s].most >= cap)) {
        *n = c[s].n;
        *partial = c[s].partial;
        return c[s].v;
    }
    return ds_sentence_head_lexemes(doc, s, scratch, cap, n, partial);
}

/* True when the lexeme is the word w, a lower-case string literal (the
 * macro makes that a compile error otherwise): its length is a constant, so
 * the test is one length compare, which most lexemes fail, then an inlined
 * compare of that many bytes. */
#define ds_lx_is(t, w) ds_lx_is_n((t), "" w, sizeof(w) - 1)
static inline __attribute__((always_inline)) bool ds_lx_is_n(const ds_lx *t, const char *w,
                                                             size_t n)
{
    return n && t->kind == DS_LX_WORD && t->len == n && memcmp(t->low, w, n) == 0;
}

/* Parses the first time expression of s[0, n) - an infobox value such as
 * "2015 – Jul 2016", "Apr–Jul 2017", "(Apr 2020 – present)", "since 2015",
 * "26 January 2015" - with relaxed context (bare years count, month names in
 * any case). value gets the start (or the date), end the end of a span (year
 * 0 when none or open), open_end is set for "– present" and "since ...".
 * end and open_end may be NULL. False when no expression with a year is
 * found ("Apr–Jul" alone). */
bool ds_timex_parse(const char *s, size_t n, ds_date *value, ds_date *end, bool *open_end);

/* Days since 1970-01-01 of a full date, and back (proleptic Gregorian). */
int32_t ds_date_days(ds_date d);
ds_date ds_date_from_days(int32_t days);

/* An English month's name or abbreviation in w[0, n), any case ("March",
 * "mar", "Sept"): 1 to 12; 0 for any other word. */
int ds_month_name(const char *w, size_t n);

#endif
