/* fold.h - the matching form of text: lower case, diacritics removed (NFKD
 * then marks dropped, via utf8proc), every dash (‐ ‑ ‒ – — ― −) to '-',
 * curly and modifier quotes and ayn/hamza marks (’ ‘ ʼ ʻ ʿ ʾ `) to '\''
 * or dropped, so "Takhār" = "takhar", "ISIS–K" = "isis-k",
 * "Qal‘ah" = "qal'ah". Used by the tokenizer, gazetteer and lexicons alike so
 * that data files and text fold the same way.
 */
#ifndef DS_FOLD_H
#define DS_FOLD_H

#include <stddef.h>

#include "util/buf.h"

/* Appends the folded form of s[0..n) to out (not NUL-counted in len). Invalid
 * UTF-8 bytes become U+FFFD. Returns false when out failed (memory). */
bool ds_fold_append(buf *out, const char *s, size_t n);

/* Folds into a fixed array; returns the folded length, or (size_t)-1 when
 * it did not fit in cap-1 bytes. out is NUL-terminated when it fits. */
size_t ds_fold(char *out, size_t cap, const char *s, size_t n);

/* The first case-insensitive occurrence of needle (lower case) in s[0, n),
 * or NULL; ds_find_word only where it stands as a whole word. */
const char *ds_find_ci(const char *s, size_t n, const char *needle);
const char *ds_find_word(const char *s, size_t n, const char *needle);

#endif
