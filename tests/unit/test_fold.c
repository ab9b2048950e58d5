/* test_fold.c - the matching form of text (fold.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "fold.h"

static void check(const char *in, const char *want)
{
    char out[256];
    size_t n = ds_fold(out, sizeof out, in, strlen(in));
    assert_true(n != (size_t)-1);
    assert_string_equal(out, want);
}

static void test_fold_diacritics_dashes_quotes(void **state)
{
    (void)state;
    check("Takhār", "takhar");
    check("ISIS–K", "isis-k");
    check("Mazār-e Sharīf", "mazar-e sharif");
    check("Qal‘ah-ye Kūf", "qalah-ye kuf");
    check("Khwājah Ghār", "khwajah ghar");
    check("IS-KP’s", "is-kp's");
    check("Şayād", "sayad");
    check("Straße", "strasse");
    check("ＩＳＫＰ", "iskp");
}

static void test_fold_invalid_and_overflow(void **state)
{
    (void)state;
    char out[8];
    assert_int_equal(ds_fold(out, sizeof out,
                             "a\xff"
                             "b",
                             3),
                     5); /* a U+FFFD b */
    assert_int_equal(ds_fold(out, sizeof out, "abcdefghij", 10), (size_t)-1);
}

/* The plain definition of ds_find_ci: the first i where s[i, i + m) lowered
 * (A-Z only: the C locale) is the needle. */
static const char *find_ci_ref(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++) {
        size_t k = 0;
        while (k < m &&
               (s[i + k] >= 'A' && s[i + k] <= 'Z' ? s[i + k] + 32 : s[i + k]) == needle[k])
            k++;
        if (k == m) return s + i;
    }
    return NULL;
}

static void test_find_ci_cases(void **state)
{
    (void)state;
    const char *s = "Security Forces, who fired on the CROWD near the border";
    size_t n = strlen(s);
    assert_ptr_equal(ds_find_ci(s, n, "security forces"), s);
    assert_ptr_equal(ds_find_ci(s, n, ", who "), s + 15);
    assert_ptr_equal(ds_find_ci(s, n, "crowd"), s + 34);
    assert_ptr_equal(ds_find_ci(s, n, "border"), s + n - 6);
    assert_null(ds_find_ci(s, n - 1, "border")); /* one byte short: not read past n */
    assert_null(ds_find_ci(s, n, "Security"));   /* the needle is lower case */
    assert_null(ds_find_ci(s, 3, "security"));
    /* a non-letter whose byte | 0x20 is another's: "\x0c" is no "," */
    assert_null(ds_find_ci("a\x0c"
                           "b",
                           3, ","));
    assert_ptr_equal(ds_find_word(s, n, "forces"), s + 9);
    assert_null(ds_find_word(s, n, "force"));
}

/* Against find_ci_ref over strings of a small alphabet (so that matches,
 * near matches and case pairs are frequent), of every length across the
 * 16-byte blocks, with needles at every offset. */
static void test_find_ci_matches_reference(void **state)
{
    (void)state;
    static const char alpha[] = "aAbB ,\x0c-";
    char s[80], needle[8];
    uint32_t x = 12345;
    for (int round = 0; round < 20000; round++) {
        x = x * 1103515245u + 12345u;
        size_t n = (x >> 8) % sizeof s, m = 1 + (x >> 20) % 4;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            s[i] = alpha[(x >> 16) % (sizeof alpha - 1)];
        }
        for (size_t k = 0; k < m; k++) {
            x = x * 1103515245u + 12345u;
            char c = alpha[(x >> 16) % (sizeof alpha - 1)];
            needle[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        needle[m] = '\0';
        assert_ptr_equal(ds_find_ci(s, n, needle), find_ci_ref(s, n, needle));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_diacritics_dashes_quotes),
        cmocka_unit_test(test_fold_invalid_and_overflow),
        cmocka_unit_test(test_find_ci_cases),
        cmocka_unit_test(test_find_ci_matches_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
