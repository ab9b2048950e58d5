/* geokey.c - skeleton keys of place names (see geokey.h): one folding for
 * the many romanizations of Persian, Pashto, Arabic, Uzbek and Russian names
 * (BGN/PCGN, UN and ad-hoc press spellings) instead of a list of variants.
 * Used at gazetteer build time (tools/gazc.c) and for every token n-gram
 * at annotation time (gazetteer.c), so it is a single pass without allocation.
 */
#include "geokey.h"

#include <string.h>

static bool is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
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

/* The symbol of c followed by 'h' (kh -> X, sh -> S, ch -> C, gh -> g,
 * th -> t, dh -> d, ph -> f, zh -> j), 0 when c+h is no digraph. */
static char digraph(char c)
{
    switch (c) {
    case 'k':
        return 'X';
    case 's':
        return 'S';
    case 'c':
        return 'C';
    case 'g':
        return 'g';
    case 't':
        return 't';
    case 'd':
        return 'd';
    case 'p':
        return 'f';
    case 'z':
        return 'j';
    default:
        return 0;
    }
}

/* What encode_word does with a byte, by table: one load instead of a chain
 * of comparisons per letter of every capitalised token. K_PLAIN is any
 * other letter or digit (its own symbol), K_OTHER anything else (also its
 * own symbol, but not a plain word: see ds_geo_key). */
enum {
    K_OTHER = 0,
    K_PLAIN,
    K_VOWEL,   /* a e i o u */
    K_Y,       /* y */
    K_W,       /* w v */
    K_H,       /* h */
    K_DIGRAPH, /* k s c g t d p z: may take an 'h' */
    K_X,       /* x -> X */
    K_Q        /* q -> k */
};

static const unsigned char KIND[256] = {
    ['0'] = K_PLAIN,   ['1'] = K_PLAIN,   ['2'] = K_PLAIN,   ['3'] = K_PLAIN,   ['4'] = K_PLAIN,
    ['5'] = K_PLAIN,   ['6'] = K_PLAIN,   ['7'] = K_PLAIN,   ['8'] = K_PLAIN,   ['9'] = K_PLAIN,
    ['b'] = K_PLAIN,   ['f'] = K_PLAIN,   ['j'] = K_PLAIN,   ['l'] = K_PLAIN,   ['m'] = K_PLAIN,
    ['n'] = K_PLAIN,   ['r'] = K_PLAIN,   ['a'] = K_VOWEL,   ['e'] = K_VOWEL,   ['i'] = K_VOWEL,
    ['o'] = K_VOWEL,   ['u'] = K_VOWEL,   ['y'] = K_Y,       ['w'] = K_W,       ['v'] = K_W,
    ['h'] = K_H,       ['k'] = K_DIGRAPH, ['s'] = K_DIGRAPH, ['c'] = K_DIGRAPH, ['g'] = K_DIGRAPH,
    ['t'] = K_DIGRAPH, ['d'] = K_DIGRAPH, ['p'] = K_DIGRAPH, ['z'] = K_DIGRAPH, ['x'] = K_X,
    ['q'] = K_Q};

/* Encodes one word (lower case, apostrophes removed) into out; returns the
 * number of bytes written (at least 1 for a non-empty word). With strict,
 * returns (size_t)-1 at the first byte that is not [a-z0-9] instead. */
static inline size_t encode_word_as(char *out, const char *w, size_t n, bool strict)
{
    size_t o = 0;
    char prev = 0;           /* last emitted consonant symbol, 0 after a vowel */
    bool prev_vowel = false; /* the previous letter was a vowel */
    for (size_t i = 0; i < n; i++) {
        char c = w[i], sym = c;
        bool vowel = false;
        switch (KIND[(unsigned char)c]) {
        case K_OTHER:
            if (strict) return (size_t)-1;
            break;
        case K_PLAIN:
            break;
        case K_VOWEL:
            vowel = true;
            break;
        case K_Y:
            vowel = !(i == 0 && n > 1 && KIND[(unsigned char)w[1]] == K_VOWEL);
            break;
        case K_W:
            vowel = prev_vowel;
            sym = 'w';
            break;
        case K_H:
            if (i > 0) continue; /* after a vowel or a consonant: silent or a digraph */
            break;
        case K_DIGRAPH:
            if (i + 1 < n && w[i + 1] == 'h') {
                sym = digraph(c);
                i++;
            } else if (c == 'c') {
                sym = 'k';
            }
            break;
        case K_X:
            sym = 'X';
            break;
        case K_Q:
            sym = 'k';
            break;
        }
        if (vowel) {
            if (i == 0) out[o++] = 'a';
            prev = 0;
            prev_vowel = true;
            continue;
        }
        prev_vowel = false;
        if (sym == prev) continue; /* doubled consonant */
        out[o++] = sym;
        prev = sym;
    }
    if (o == 0) out[o++] = 'a';
    return o;
}

static size_t encode_word(char *out, const char *w, size_t n)
{
    return encode_word_as(out, w, n, false);
}

size_t ds_geo_key(char *out, size_t cap, const char *s, size_t n)
{
    char word[128];
    size_t o = 0, nwords = 0, i = 0;
    if (cap == 0) return 0;
    /* the usual input, one folded token of [a-z0-9]: encoded in place (the
     * loop below would copy it to word[] unchanged); the encoder gives up
     * at the first other byte, for the loop below */
    if (n > 0 && n <= sizeof word && 2 * n + 1 < cap) {
        o = encode_word_as(out, s, n, true);
        if (o != (size_t)-1) {
            out[o] = '\0';
            return o;
        }
        o = 0;
    }
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
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'') continue;
        if (!is_word_byte(c)) {
            sep = o > 0;
            continue;
        }
        if (o + 3 >= cap) return out[0] = '\0', 0;
        if (sep) out[o++] = ' ';
        sep = false;
        out[o++] = lower(c);
    }
    out[o] = '\0';
    return o;
}

size_t ds_geo_key_weight(const char *key)
{
    return strlen(key);
}
