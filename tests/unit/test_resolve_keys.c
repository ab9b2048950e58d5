/* test_resolve_keys.c - the name keys of resolve_actors.c: ASCII names take
 * a one-pass path and others go through ds_fold(), and both must agree;
 * alias lists keep distinct spellings (IS-KP and ISKP) but not the same
 * spelling twice, and never a name another actor owns. Names are invented.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "facts.h"

static bool same(const char *a, const char *b)
{
    return ds_facts_same_name(a, strlen(a), b, strlen(b));
}

static void test_same_name_keys(void **state)
{
    (void)state;
    assert_true(same("The Ridge Front – Coastal Province", "ridge front-coastal province"));
    assert_true(same("RF-CP", "RFCP"));
    assert_true(same("  the Ridge Front", "RIDGE FRONT"));
    /* a non-ASCII name folds through ds_fold: diacritics and dashes go */
    assert_true(same("Takhār Front", "TAKHAR FRONT"));
    assert_true(same("Jabhat al‑Wādī", "Jabhat al-Wadi"));
    assert_false(same("Ridge Front", "Ridge Fronts"));
    assert_false(same("Theta Group", "Ta Group")); /* "the" only as a word */
    assert_false(same("---", "..."));              /* no letters: no key */
}

/* Names longer than a key: the prefix decides, on both paths alike. */
static void test_long_names(void **state)
{
    (void)state;
    char a[700], b[700];
    memset(a, 'q', sizeof a - 1);
    a[sizeof a - 1] = '\0';
    memcpy(b, a, sizeof b);
    b[600] = 'Z'; /* past the keyed prefix */
    assert_true(same(a, b));
    b[10] = 'Z';
    assert_false(same(a, b));
    /* a non-ASCII byte late in a long name sends it through ds_fold */
    memcpy(b, a, sizeof b);
    memcpy(b + 650, "\xC3\xA9", 2);
    assert_true(same(a, b));
}

static bool alias(ds_extraction *x, ds_actor *a, const char *s)
{
    return ds_facts_actor_alias(x, a, s, strlen(s));
}

static void test_alias_spellings(void **state)
{
    (void)state;
    ds_extraction *x = calloc(1, sizeof *x);
    x->arena = ds_arena_new();
    ds_actor *a = ds_facts_actor_named(x, "Ridge Front – Coastal Province",
                                       strlen("Ridge Front – Coastal Province"), "armed_group");
    assert_non_null(a);
    assert_true(alias(x, a, "RF-CP"));
    assert_true(alias(x, a, "RFCP"));
    assert_true(alias(x, a, "rf-cp"));                        /* same spelling */
    assert_true(alias(x, a, "Ridge Front-Coastal Province")); /* its name */
    assert_int_equal(a->aliases.n, 2);
    assert_string_equal(a->aliases.v[0], "RF-CP");
    assert_string_equal(a->aliases.v[1], "RFCP");

    ds_actor *b = ds_facts_actor_named(x, "Delta Cells", strlen("Delta Cells"), "armed_group");
    assert_non_null(b);
    a = &x->actors.v[0];
    assert_true(alias(x, b, "RFCP")); /* owned by the first */
    assert_int_equal(b->aliases.n, 0);
    assert_ptr_equal(ds_facts_actor_find(x, "R.F.C.P.", strlen("R.F.C.P.")), a);
    assert_ptr_equal(ds_facts_actor_find(x, "delta cells", strlen("delta cells")), b);
    assert_null(ds_facts_actor_find(x, "Gamma Cells", strlen("Gamma Cells")));
    ds_extraction_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_name_keys),
        cmocka_unit_test(test_long_names),
        cmocka_unit_test(test_alias_spellings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
