/* test_assess.c - analyst judgements (assess.c) on a hand-built document:
 * ICD 203 term and range, subject, topic, and which sentences qualify
 * (prose only; attribution or claim alone is no judgement). Invented text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "profile_testdoc.h"

static const tline LINES[] = {
    {DS_BLOCK_TITLE, "Northern Front shifts tactics", -1, false},
    {DS_BLOCK_PROSE,
     "The Northern Front will likely try to expand into the river towns. Its capabilities may be "
     "growing despite the raids. Officials reportedly arrested two couriers. The group is "
     "unlikely to be able to hold the bridge. The bombing was almost certainly carried out by "
     "the Northern Front. The group claimed the attack on the depot. Rain could delay the "
     "offensive.",
     -1, false},
    {DS_BLOCK_LABEL, "Size", -1, true},
    {DS_BLOCK_FIELD, "perhaps 500 fighters", 2, true},
    {DS_BLOCK_HEADING, "What may come next", -1, false},
};

static const ds_assessment *find(const ds_extraction *x, const char *needle)
{
    for (uint32_t i = 0; i < x->assessments.n; i++)
        if (strstr(x->assessments.v[i].text, needle)) return &x->assessments.v[i];
    return NULL;
}

static void test_assessments(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, LINES, sizeof LINES / sizeof *LINES);
    uint32_t nf = tdoc_actor(doc, "Northern Front", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Northern Front", 1, nf, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Northern Front", 2, nf, DS_ACTOR_ARMED_GROUP);
    tdoc_hedge(doc, "likely", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    tdoc_hedge(doc, "may", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_POSSIBLE);
    tdoc_hedge(doc, "reportedly", 0, DS_HEDGE_ATTRIBUTION, DS_ICD_NONE);
    tdoc_hedge(doc, "unlikely", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_UNLIKELY);
    tdoc_hedge(doc, "almost certainly", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_ALMOST_CERTAIN);
    tdoc_hedge(doc, "claimed", 0, DS_HEDGE_CLAIM, DS_ICD_NONE);
    tdoc_hedge(doc, "could", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_POSSIBLE);
    tdoc_hedge(doc, "perhaps", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_POSSIBLE);
    tdoc_hedge(doc, "may", 1, DS_HEDGE_ESTIMATIVE, DS_ICD_POSSIBLE);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_assessments(x, ctx, doc, 0), DS_OK);
    assert_int_equal(x->assessments.n, 5);

    const ds_assessment *a = find(x, "will likely try to expand");
    assert_non_null(a);
    assert_string_equal(a->text,
                        "The Northern Front will likely try to expand into the river towns.");
    assert_string_equal(a->confidence, "likely");
    assert_true(a->p_min == 0.55 && a->p_max == 0.80);
    assert_string_equal(a->subject, "Northern Front");
    assert_string_equal(a->topic, "intent");
    assert_int_equal(a->source.start, doc->sentences.v[1].span.start);
    assert_int_equal(a->source.end, doc->sentences.v[1].span.end);

    a = find(x, "may be growing");
    assert_non_null(a);
    assert_string_equal(a->confidence, "possible");
    assert_true(a->p_min == 0.20 && a->p_max == 0.80);
    /* "Its ...": the group the document names most */
    assert_string_equal(a->subject, "Northern Front");
    assert_string_equal(a->topic, "capability");

    a = find(x, "unlikely to be able");
    assert_non_null(a);
    assert_string_equal(a->confidence, "unlikely");
    assert_string_equal(a->topic, "capability");

    a = find(x, "almost certainly");
    assert_non_null(a);
    assert_string_equal(a->confidence, "almost_certain");
    assert_true(a->p_min == 0.95 && a->p_max == 0.99);
    assert_string_equal(a->topic, "attribution");
    assert_string_equal(a->subject, "Northern Front");

    a = find(x, "Rain could");
    assert_non_null(a);
    assert_null(a->subject);
    assert_null(a->topic);
    assert_null(find(x, "reportedly"));
    assert_null(find(x, "claimed"));
    assert_null(find(x, "perhaps"));
    assert_null(find(x, "What may"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

static const tline TOPIC_LINES[] = {
    {DS_BLOCK_TITLE, "Northern Front outlook", -1, false},
    {DS_BLOCK_PROSE,
     "The Northern Front will likely exploit the floods to move south. The army probably cannot "
     "hold the ridge. Attacks will likely escalate before the vote. The group may retaliate "
     "against the chiefs. The raids will likely resume after the rains. Front cells likely "
     "conducted the raid on the depot.",
     -1, false},
};

/* what a judgement is about, from its verbs: exploit/retaliate (intent),
 * cannot (capability), escalate/resume (trend), "likely conducted"
 * (attribution) */
static void test_topics(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, TOPIC_LINES, sizeof TOPIC_LINES / sizeof *TOPIC_LINES);
    tdoc_hedge(doc, "likely", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    tdoc_hedge(doc, "probably", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    tdoc_hedge(doc, "likely", 1, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    tdoc_hedge(doc, "may", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_POSSIBLE);
    tdoc_hedge(doc, "likely", 2, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    tdoc_hedge(doc, "likely", 3, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_assessments(x, ctx, doc, 0), DS_OK);
    assert_int_equal(x->assessments.n, 6);
    static const char *const want[][2] = {{"exploit the floods", "intent"},
                                          {"cannot hold", "capability"},
                                          {"escalate", "trend"},
                                          {"retaliate", "intent"},
                                          {"resume after", "trend"},
                                          {"conducted the raid", "attribution"}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const ds_assessment *a = find(x, want[i][0]);
        assert_non_null(a);
        assert_non_null(a->topic);
        assert_string_equal(a->topic, want[i][1]);
    }
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* a judgement's own level ("assesses that": likely) yields to a word of
 * likelihood after it in the sentence ("very likely") */
static const tline JUDGED_LINES[] = {
    {DS_BLOCK_TITLE, "Northern Front outlook", -1, false},
    {DS_BLOCK_PROSE,
     "The institute assesses that the Northern Front very likely moved south. We assess that "
     "the army will hold the ridge.",
     -1, false},
};

static void test_judgements(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, JUDGED_LINES, sizeof JUDGED_LINES / sizeof *JUDGED_LINES);
    tdoc_hedge(doc, "assesses that", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    doc->hedges.v[doc->hedges.n - 1].judgement = true; /* as hedges.c marks it */
    tdoc_hedge(doc, "very likely", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_VERY_LIKELY);
    tdoc_hedge(doc, "We assess", 0, DS_HEDGE_ESTIMATIVE, DS_ICD_LIKELY);
    doc->hedges.v[doc->hedges.n - 1].judgement = true;
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_assessments(x, ctx, doc, 0), DS_OK);
    assert_int_equal(x->assessments.n, 2);
    const ds_assessment *a = find(x, "very likely moved");
    assert_non_null(a);
    assert_string_equal(a->confidence, "very_likely");
    a = find(x, "hold the ridge");
    assert_non_null(a);
    assert_string_equal(a->confidence, "likely");
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_assessments),
        cmocka_unit_test(test_topics),
        cmocka_unit_test(test_judgements),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
