/* geokey.h - the transliteration-robust look-up key of a place name (the
 * "skeleton"), shared by the gazetteer compiler (tools/gazc.c) and the place
 * annotator (gazetteer.c) so that data and text fold the same way. Input is
 * text already folded by ds_fold (lower case, no diacritics).
 */
#ifndef DS_GEOKEY_H
#define DS_GEOKEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes the skeleton of the folded name s[0..n) to out (NUL-terminated) and
 * returns its length, or 0 when it is empty or does not fit in cap-1 bytes.
 * Words are split on anything but letters, digits and apostrophes (which are
 * dropped); ezafe connectors (-i-, -e-, -ye-, -y-, -u-) and "and" after the
 * first word are dropped; the words' codes are joined without separator so
 * "Lashkargah" = "Lashkar Gah"; in each word kh/x -> X, sh -> S, ch -> C, gh -> g, th -> t, dh ->
 * d, ph -> f, zh -> j, q/c -> k, v -> w; vowels are dropped (a word-initial vowel becomes 'a'); y
 * and w are vowels except before a vowel at the word start or (w) after a consonant; h after a
 * vowel or consonant is dropped; doubled consonants collapse. So "Mazar-i-Sharif" = "Mazār-e
 * Sharīf" = "mzrSrf", "Termez" = "Termiz" = "Tirmiz" = "trmz", "Khwaja Ghar" = "Khwājah Ghār". */
size_t ds_geo_key(char *out, size_t cap, const char *s, size_t n);
/* ds_geo_key, and the key's slot-hash state (gazbin.h: ds_gaz_key_more of
 * it from 0) in *state, made as the usual key (one plain word) is written. */
size_t ds_geo_key_state(char *out, size_t cap, const char *s, size_t n, uint64_t *state);

/* True for the ezafe and linking words a key drops after the first word:
 * i, e, y, u, ye, yi, and ("Sar-e Pol", "Mazar-i-Sharif", "Qala-ye Naw"). The
 * key of a name is the concatenation of its words' keys without these, so
 * keys of token n-grams can be assembled from keys of single tokens. */
bool ds_geo_is_connector(const char *w, size_t n);
/* The Arabic article in its romanizations ("al", "el", "ad", "ash" ...): a
 * name's leading one is not part of its key ("El Fasher" = "Fasher"). */
bool ds_geo_is_article(const char *w, size_t n);

/* The loose form: letters and digits only, words separated by one space,
 * apostrophes dropped ("Sar-e Pol" -> "sar e pol"); same return convention.
 * Two names with equal loose forms are spelt the same. */
size_t ds_geo_loose(char *out, size_t cap, const char *s, size_t n);

/* A byte of a word, lower-cased: ASCII letters lowered, digits and UTF-8
 * bytes as they are; 1 for the apostrophe; 0 for any other byte (a
 * separator). ds_geo_loose's table, and the actor lexicon's keys'. */
extern const unsigned char ds_geo_word_byte[256];

/* Number of symbols in a key. */
size_t ds_geo_key_weight(const char *key);

#endif
