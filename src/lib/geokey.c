/* geokey.c - skeleton keys of place names (see geokey.h): one folding for
 * the many romanizations of Persian, Pashto, Arabic, Uzbek and Russian names
 * (BGN/PCGN, UN and ad-hoc press spellings) instead of a list of variants.
 * Used at gazetteer build time (tools/gazc.c) and for every token n-gram
 * at annotation time (gazetteer.c), so it is a single pass without allocation.
 */
#include "geokey.h"

#include <string.h>

#include "gazbin.h"

/* [a-zA-Z0-9] or a byte of a UTF-8 sequence: the bytes ds_geo_word_byte
 * keeps as themselves or lowered (above 1), by one load. */
static bool is_word_byte(unsigned char c)
{
    return ds_geo_word_byte[c] > 1;
}

static char lower(unsigned char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

/* The Arabic article in its romanizations (al, el and the assimilated ad,
 * ar, as, ash, at, az, an): "Salah al-Din" = "Salah ad Din", "Al Qamishli" =
 * "Qamishli", "Deir ez-Zor" = "Dayr az Zawr". */
bool ds_geo_is_article(const char *w, size_t n)
{
    if (n == 2 && (w[0] == 'a' || w[0] == 'e'))
        return w[1] == 'l' || w[1] == 'd' || w[1] == 'r' || w[1] == 's' || w[1] == 't' ||
               w[1] == 'z' || w[1] == 'n';
    return n == 3 && !memcmp(w, "ash", 3);
}

bool ds_geo_is_connector(const char *w, size_t n)
{
    return (n == 1 && (w[0] == 'i' || w[0] == 'e' || w[0] == 'y' || w[0] == 'u')) ||
           (n == 2 && w[0] == 'y' && (w[1] == 'e' || w[1] == 'i')) ||
           (n == 3 && !memcmp(w, "and", 3)) || ds_geo_is_article(w, n);
}

/* What encode_word does with a byte, by table: one load of its flags and,
 * for a consonant, one of its symbol, instead of a chain of comparisons per
 * letter of every capitalised token. A byte with no flag is neither a letter
 * nor a digit (its own symbol, but not a plain word: see ds_geo_key). */
enum {
    F_PLAIN = 1,   /* a consonant or digit without a rule: SYM (c, q -> k, x -> X) */
    F_VOWEL = 2,   /* a e i o u */
    F_Y = 4,       /* y: a vowel but before a vowel at the word start */
    F_W = 8,       /* w v: a vowel after a vowel, else 'w' */
    F_H = 16,      /* h: dropped but at the word start */
    F_DIGRAPH = 32 /* k s c g t d p z: DIGRAPH before an 'h' (kh -> X, sh -> S, ...) */
};

#define PLAIN_(c) [c] = F_PLAIN
static const unsigned char FLAGS[256] = {PLAIN_('0'),
                                         PLAIN_('1'),
                                         PLAIN_('2'),
                                         PLAIN_('3'),
                                         PLAIN_('4'),
                                         PLAIN_('5'),
                                         PLAIN_('6'),
                                         PLAIN_('7'),
                                         PLAIN_('8'),
                                         PLAIN_('9'),
                                         PLAIN_('b'),
                                         PLAIN_('f'),
                                         PLAIN_('j'),
                                         PLAIN_('l'),
                                         PLAIN_('m'),
                                         PLAIN_('n'),
                                         PLAIN_('r'),
                                         PLAIN_('x'),
                                         PLAIN_('q'),
                                         ['a'] = F_VOWEL,
                                         ['e'] = F_VOWEL,
                                         ['i'] = F_VOWEL,
                                         ['o'] = F_VOWEL,
                                         ['u'] = F_VOWEL,
                                         ['y'] = F_Y,
                                         ['w'] = F_W,
                                         ['v'] = F_W,
                                         ['h'] = F_H,
                                         ['k'] = F_PLAIN | F_DIGRAPH,
                                         ['s'] = F_PLAIN | F_DIGRAPH,
                                         ['c'] = F_PLAIN | F_DIGRAPH,
                                         ['g'] = F_PLAIN | F_DIGRAPH,
                                         ['t'] = F_PLAIN | F_DIGRAPH,
                                         ['d'] = F_PLAIN | F_DIGRAPH,
                                         ['p'] = F_PLAIN | F_DIGRAPH,
                                         ['z'] = F_PLAIN | F_DIGRAPH};
#undef PLAIN_

/* The symbol of a consonant or digit alone (F_PLAIN), of w and v, and of an
 * 'h' that starts a word. */
static const char SYM[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5',
    ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['b'] = 'b', ['f'] = 'f',
    ['j'] = 'j', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['r'] = 'r', ['x'] = 'X',
    ['q'] = 'k', ['k'] = 'k', ['s'] = 's', ['c'] = 'k', ['g'] = 'g', ['t'] = 't',
    ['d'] = 'd', ['p'] = 'p', ['z'] = 'z', ['w'] = 'w', ['v'] = 'w', ['h'] = 'h'};

/* The symbol of a digraph letter followed by 'h' (kh -> X, sh -> S, ch -> C,
 * gh -> g, th -> t, dh -> d, ph -> f, zh -> j). */
static const char DIGRAPH[256] = {['k'] = 'X', ['s'] = 'S', ['c'] = 'C', ['g'] = 'g',
                                  ['t'] = 't', ['d'] = 'd', ['p'] = 'f', ['z'] = 'j'};

/* What a byte after a word's first is to encode_word (a word's first byte
 * follows the rules of FLAGS): the symbol of a consonant or digit without
 * a rule (SYM), or one of these codes. After the first byte, y is a vowel
 * and h is silent or ends a digraph (never a symbol); w and v are vowels
 * after a vowel. */
enum { T_OTHER = 0, T_VOWEL = 1, T_H = 2, T_W = 3 };
static const char NEXT[256] = {
    ['0'] = '0',     ['1'] = '1',     ['2'] = '2',     ['3'] = '3',     ['4'] = '4',
    ['5'] = '5',     ['6'] = '6',     ['7'] = '7',     ['8'] = '8',     ['9'] = '9',
    ['b'] = 'b',     ['f'] = 'f',     ['j'] = 'j',     ['l'] = 'l',     ['m'] = 'm',
    ['n'] = 'n',     ['r'] = 'r',     ['x'] = 'X',     ['q'] = 'k',     ['k'] = 'k',
    ['s'] = 's',     ['c'] = 'k',     ['g'] = 'g',     ['t'] = 't',     ['d'] = 'd',
    ['p'] = 'p',     ['z'] = 'z',     ['a'] = T_VOWEL, ['e'] = T_VOWEL, ['i'] = T_VOWEL,
    ['o'] = T_VOWEL, ['u'] = T_VOWEL, ['y'] = T_VOWEL, ['h'] = T_H,     ['w'] = T_W,
    ['v'] = T_W,
    /* every other byte: T_OTHER (0) */
};

/* The symbol of a consonant or digit followed by 'h': DIGRAPH for the
 * digraph letters, its own (SYM) for the others (the 'h' is silent). */
static char hsym(unsigned char c)
{
    return DIGRAPH[c] ? DIGRAPH[c] : SYM[c];
}

/* Encodes one word (lower case, apostrophes removed) into out; returns the
 * number of bytes written (at least 1 for a non-empty word). With strict,
 * returns (size_t)-1 at the first byte that is not [a-z0-9] instead.
 * The first byte by FLAGS (its rules differ), the others by NEXT; an 'h'
 * after a consonant is passed over with it (a digraph, or silent as any
 * 'h' after the first byte). prev, the last symbol written, is 0 after a
 * vowel: the previous letter was a vowel exactly when prev is 0 past the
 * first byte. With hp, *hp is the hash state of the bytes before out
 * (ds_gaz_key_more) and is carried over the bytes written, as they are
 * written; always inline, so that the callers without (NULL) lose it. */
static inline __attribute__((always_inline)) size_t
encode_word_as(char *out, const char *w, size_t n, bool strict, uint64_t *hp)
{
    if (n == 0) {
        if (hp) *hp = ds_gaz_key_byte(*hp, 'a');
        return out[0] = 'a', 1;
    }
    uint64_t h = hp ? *hp : 0;
    size_t o = 0, i = 1;
    unsigned char c = (unsigned char)w[0];
    unsigned f = FLAGS[c];
    char prev; /* last emitted consonant symbol, 0 after a vowel */
    if (f & F_PLAIN) {
        prev = n > 1 && w[1] == 'h' ? hsym(c) : SYM[c];
    } else if (f & F_Y) {
        prev = n > 1 && (FLAGS[(unsigned char)w[1]] & F_VOWEL) ? 'y' : 0;
    } else if (f & (F_W | F_H)) {
        prev = SYM[c]; /* w v: no vowel before; h: the word's start */
    } else if (f & F_VOWEL) {
        prev = 0;
    } else {
        if (strict) return (size_t)-1;
        prev = (char)c;
    }
    out[o] = prev ? prev : 'a'; /* a word-initial vowel is 'a' */
    h = ds_gaz_key_byte(h, (unsigned char)out[o++]);
    for (; i < n; i++) {
        c = (unsigned char)w[i];
        char sym = NEXT[c];
        if ((unsigned char)sym > T_W) {
            if (i + 1 < n && w[i + 1] == 'h') {
                sym = hsym(c);
                i++;
            }
        } else if (sym == T_VOWEL) {
            prev = 0;
            continue;
        } else if (sym == T_H) {
            continue;
        } else if (sym == T_W) {
            if (prev == 0) continue; /* a vowel after a vowel */
            sym = 'w';
        } else {
            if (strict) return (size_t)-1;
            sym = (char)c;
        }
        if (sym != prev) { /* doubled consonants collapse */
            out[o++] = sym;
            h = ds_gaz_key_byte(h, (unsigned char)sym);
        }
        prev = sym;
    }
    if (hp) *hp = h;
    return o;
}

static size_t encode_word(char *out, const char *w, size_t n)
{
    return encode_word_as(out, w, n, false, NULL);
}

/* ds_geo_key for any input: its words one by one, each copied lower case
 * without its apostrophes, then encoded. Not inlined into ds_geo_key, whose
 * usual input (one plain word) then needs none of its registers or stack. */
static __attribute__((noinline)) size_t geo_key_words(char *out, size_t cap, const char *s,
                                                      size_t n)
{
    char word[128];
    size_t o = 0, nwords = 0, i = 0;
    while (i < n) {
        while (i < n && !is_word_byte((unsigned char)s[i])) i++;
        size_t wl = 0;
        while (i < n && (is_word_byte((unsigned char)s[i]) || s[i] == '\'')) {
            if (s[i] != '\'' && wl < sizeof word) word[wl++] = lower((unsigned char)s[i]);
            i++;
        }
        if (wl == 0) continue;
        if (nwords > 0 && ds_geo_is_connector(word, wl)) continue;
        if (nwords == 0 && ds_geo_is_article(word, wl)) { /* a leading article, if a word follows */
            size_t k = i;
            while (k < n && !is_word_byte((unsigned char)s[k])) k++;
            if (k < n) continue;
        }
        if (o + 2 * wl + 1 >= cap) return out[0] = '\0', 0;
        o += encode_word(out + o, word, wl);
        nwords++;
    }
    out[o] = '\0';
    return o;
}

size_t ds_geo_key(char *out, size_t cap, const char *s, size_t n)
{
    if (cap == 0) return 0;
    /* the usual input, one folded token of [a-z0-9]: encoded in place
     * (geo_key_words would copy it to its word unchanged); the encoder
     * gives up at the first other byte, for geo_key_words */
    if (n > 0 && n <= 128 && 2 * n + 1 < cap) {
        size_t o = encode_word_as(out, s, n, true, NULL);
        if (o != (size_t)-1) {
            out[o] = '\0';
            return o;
        }
    }
    return geo_key_words(out, cap, s, n);
}

size_t ds_geo_key_state(char *out, size_t cap, const char *s, size_t n, uint64_t *state)
{
    *state = 0;
    if (cap == 0) return 0;
    /* as ds_geo_key; a plain word's state made as its key is written */
    if (n > 0 && n <= 128 && 2 * n + 1 < cap) {
        size_t o = encode_word_as(out, s, n, true, state);
        if (o != (size_t)-1) {
            out[o] = '\0';
            return o;
        }
        *state = 0;
    }
    size_t o = geo_key_words(out, cap, s, n);
    *state = ds_gaz_key_more(0, out, o);
    return o;
}

/* What ds_geo_loose keeps of a byte: a word byte (is_word_byte) lower
 * case; 1 for the apostrophe (dropped); 0 for a separator (geokey.h). */
const unsigned char ds_geo_word_byte[256] = {
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
    0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
    0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
    0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
    0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
    0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
    0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

size_t ds_geo_loose(char *out, size_t cap, const char *s, size_t n)
{
    size_t o = 0;
    bool sep = false;
    if (cap == 0) return 0;
    size_t i = 0;
    /* a leading article before another word: "Al-Qamishli" = "Qamishli" */
    size_t w = 0;
    while (w < n && is_word_byte((unsigned char)s[w])) w++;
    if (w < n && w <= 3) {
        char a[3];
        for (size_t k = 0; k < w; k++) a[k] = lower((unsigned char)s[k]);
        size_t k = w;
        while (k < n && !is_word_byte((unsigned char)s[k])) k++;
        if (k < n && ds_geo_is_article(a, w)) i = k;
    }
    /* with room for all of s (o stays below i + 1), no test of room a byte */
    bool roomy = n + 3 <= cap;
    for (; i < n; i++) {
        unsigned char c = ds_geo_word_byte[(unsigned char)s[i]];
        if (c <= 1) {
            if (c == 0) sep = o > 0;
            continue;
        }
        if (!roomy && o + 3 >= cap) return out[0] = '\0', 0;
        if (sep) out[o++] = ' ';
        sep = false;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    return o;
}

size_t ds_geo_key_weight(const char *key)
{
    return strlen(key);
}
