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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_diacritics_dashes_quotes),
        cmocka_unit_test(test_fold_invalid_and_overflow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
