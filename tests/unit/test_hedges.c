/* test_hedges.c - estimative language, attribution, claims and denials
 * (hedges.c) on the ICD 203 scale, on sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "entities_testdoc.h"
#include "hedges.h"

/* The hedges of a one-sentence document as "text:kind:icd" joined by '|'
 * (":neg" after a negated one, ":judged" after an analytic judgement). */
static const char *hedges_of(const char *text)
{
    static char out[1024];
    ds_doc *doc = test_doc(text);
    static const char *kinds[] = {"est", "attr", "claim", "deny"};
    out[0] = '\0';
    for (uint32_t i = 0; i < doc->hedges.n; i++) {
        const ds_hedge *h = &doc->hedges.v[i];
        const char *icd = ds_icd_name(h->icd);
        size_t n = strlen(out);
        snprintf(out + n, sizeof out - n, "%s%s:%s:%s%s%s", i ? "|" : "", span_text(doc, h->span),
                 kinds[h->kind], icd ? icd : "-", h->negated ? ":neg" : "",
                 h->judgement ? ":judged" : "");
    }
    ds_doc_free(doc);
    return out;
}

static void test_icd_scale(void **state)
{
    (void)state;
    assert_string_equal(hedges_of("The cell will likely move south.\n"), "likely:est:likely");
    assert_string_equal(hedges_of("The cell is very likely to move south.\n"),
                        "very likely:est:very_likely");
    assert_string_equal(hedges_of("The cell is almost certainly behind the raid.\n"),
                        "almost certainly:est:almost_certain");
    assert_string_equal(hedges_of("A truce is unlikely to hold.\n"), "unlikely:est:unlikely");
    assert_string_equal(hedges_of("A truce is highly improbable.\n"),
                        "highly improbable:est:very_unlikely");
    assert_string_equal(hedges_of("There is a roughly even chance of talks.\n"),
                        "roughly even chance:est:roughly_even");
    /* the UK PHIA yardstick's term */
    assert_string_equal(hedges_of("There is a realistic possibility of talks.\n"),
                        "realistic possibility:est:roughly_even");
    assert_string_equal(hedges_of("There is almost no chance of talks.\n"),
                        "almost no chance:est:almost_no_chance");
    assert_string_equal(hedges_of("The front probably collapsed.\n"), "probably:est:likely");
    /* an analytic judgement with no word of likelihood says it is likely */
    assert_string_equal(hedges_of("We assess with moderate confidence that the cell will move.\n"),
                        "We assess:est:likely:judged");
    assert_string_equal(hedges_of("The institute assesses that the cell will move.\n"),
                        "assesses that:est:likely:judged");
}

static void test_bare_modals_are_possible_but_not_the_month(void **state)
{
    (void)state;
    assert_string_equal(hedges_of("The militia may regroup in the hills.\n"), "may:est:possible");
    assert_string_equal(hedges_of("It is possible the convoy was a decoy.\n"),
                        "It is possible:est:possible");
    assert_string_equal(hedges_of("Rebels might strike again, or could wait.\n"),
                        "might:est:possible|could:est:possible");
    assert_string_equal(hedges_of("The attack took place in May 2021.\n"), "");
    assert_string_equal(hedges_of("May 3 saw heavy fighting near the dam.\n"), "");
    assert_string_equal(hedges_of("Troops could not reach the village.\n"), "");
    /* a comparative still carries the level */
    assert_string_equal(hedges_of("Local recruits are more likely than foreigners to stay.\n"),
                        "likely:est:likely");
}

static void test_attribution_claims_denials(void **state)
{
    (void)state;
    assert_string_equal(hedges_of("The shells reportedly hit a school.\n"), "reportedly:attr:-");
    assert_string_equal(hedges_of("According to police, two guards died.\n"),
                        "According to:attr:-");
    assert_string_equal(hedges_of("The front claimed responsibility for the blast.\n"),
                        "claimed responsibility:claim:-");
    assert_string_equal(hedges_of("No group claimed responsibility for the blast.\n"),
                        "No group claimed:claim:-:neg");
    assert_string_equal(hedges_of("The ministry denied that any shells landed.\n"),
                        "denied:deny:-");
    assert_string_equal(hedges_of("Officials rejected the claim outright.\n"),
                        "rejected the claim:deny:-");
}

static void test_several_per_sentence(void **state)
{
    (void)state;
    assert_string_equal(
        hedges_of("The unit allegedly fired first, but likely did not cause damage, and may "
                  "withdraw.\n"),
        "allegedly:attr:-|likely:est:likely|may:est:possible");
    assert_null(ds_icd_name(DS_ICD_NONE));
    assert_string_equal(ds_icd_name(DS_ICD_POSSIBLE), "possible");
}

/* The hedges of doc as the test of every token finds them, again: the
 * same as from the entity stage's list of the tokens a phrase may start at. */
static void test_listed_as_every_token(void **state)
{
    (void)state;
    assert_true(ds_hedge_list_complete());
    ds_doc *doc = test_doc(
        "We assess that the militia may regroup. It is possible that sources said the unit "
        "allegedly fired first; the ministry denied it and rejected the claims. No group claimed "
        "the blast, which is highly unlikely to be the last.\nREPORTED: the convoy could not pass "
        "in May, according to officials, and is believed to have turned back.\n");
    assert_true(doc->hedge_listed);
    uint32_t n = doc->hedges.n;
    assert_true(n >= 8);
    ds_hedge listed[32];
    assert_true(n <= 32);
    memcpy(listed, doc->hedges.v, n * sizeof *listed);
    doc->hedges.n = 0;
    doc->hedge_listed = false;
    assert_int_equal(ds_annotate_hedges(doc, test_ctx()), DS_OK);
    assert_int_equal(doc->hedges.n, n);
    assert_memory_equal(doc->hedges.v, listed, n * sizeof *listed);
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_icd_scale),
        cmocka_unit_test(test_bare_modals_are_possible_but_not_the_month),
        cmocka_unit_test(test_attribution_claims_denials),
        cmocka_unit_test(test_several_per_sentence),
        cmocka_unit_test(test_listed_as_every_token),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
