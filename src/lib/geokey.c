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

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
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

/* Encodes one word (lower case, apostrophes removed) into out; returns the
 * number of bytes written (at least 1 for a non-empty word). */
static size_t encode_word(char *out, const char *w, size_t n)
{
    size_t o = 0;
    char prev = 0;           /* last emitted consonant symbol, 0 after a vowel */
    bool prev_vowel = false; /* the previous letter was a vowel */
    for (size_t i = 0; i < n; i++) {
        char c = w[i], nx = i + 1 < n ? w[i + 1] : 0, sym = 0;
        bool vowel = false;
        if (is_vowel(c)) {
            vowel = true;
        } else if (c == 'y') {
            vowel = !(i == 0 && is_vowel(nx));
            sym = 'y';
        } else if (c == 'w' || c == 'v') {
            vowel = prev_vowel;
            sym = 'w';
        } else if (c == 'h') {
            if (i > 0) continue; /* after a vowel or a consonant: silent or a digraph */
            sym = 'h';
        } else if (nx == 'h' && (sym = digraph(c)) != 0) {
            i++;
        } else if (c == 'x') {
            sym = 'X';
        } else if (c == 'q' || c == 'c') {
            sym = 'k';
        } else {
            sym = c;
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

size_t ds_geo_key(char *out, size_t cap, const char *s, size_t n)
{
    char word[128];
    size_t o = 0, nwords = 0, i = 0;
    if (cap == 0) return 0;
    /* the usual input, one folded token of plain lower-case letters: encoded
     * in place (the loop below would copy it to word[] unchanged) */
    bool plain = n > 0 && n <= sizeof word;
    for (size_t k = 0; k < n && plain; k++) plain = (unsigned)(s[k] - 'a') < 26u;
    if (plain) {
        if (2 * n + 1 >= cap) return out[0] = '\0', 0;
        o = encode_word(out, s, n);
        out[o] = '\0';
        return o;
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
