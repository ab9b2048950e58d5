/* test_segment.c - sentence splitting (segment.c): abbreviations, initials,
 * numbers, quotes, ellipses, glued sentences, units per block, limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>

#include "read_testdoc.h"

static void expect_sentences(const char *text, const char *const *want, uint32_t n)
{
    ds_doc *d = rt_read(text, DS_FORMAT_TEXT);
    char buf[512];
    for (uint32_t i = 0; i < n && i < d->sentences.n; i++)
        assert_string_equal(rt_sent(d, i, buf, sizeof buf), want[i]);
    assert_int_equal(d->sentences.n, n);
    ds_doc_free(d);
}

static void test_abbreviations(void **state)
{
    (void)state;
    static const char *const w[] = {
        "Gen. Tariq Aziz and Lt. Col. Bo Lind met Mr. Pak at St. Mary's on Jan. 4 at 9 a.m.",
        "They spoke with U.S. officials, e.g. envoys, vs. the No. 2 man.",
        "Dr. Iqbal left at 5 p.m.", "Nobody followed."};
    expect_sentences("Gen. Tariq Aziz and Lt. Col. Bo Lind met Mr. Pak at St. Mary's on Jan. 4 at "
                     "9 a.m. They spoke with U.S. officials, e.g. envoys, vs. the No. 2 man. Dr. "
                     "Iqbal left at 5 p.m. Nobody followed.\n",
                     w, 4);
}

/* A capital dotted form ("U.N.", "U.S.") ends a sentence when a
 * capitalised function word follows, not before a name it is part of. */
static void test_dotted_form_ends_sentence(void **state)
{
    (void)state;
    static const char *const w1[] = {"The delegation met officials of the U.N.",
                                     "The next day it left for the border.",
                                     "Aid came from the U.S.",
                                     "They said more would follow.",
                                     "Talks moved to Washington, D.C.",
                                     "On Monday both sides met."};
    expect_sentences("The delegation met officials of the U.N. The next day it left for the "
                     "border. Aid came from the U.S. They said more would follow. Talks moved "
                     "to Washington, D.C. On Monday both sides met.\n",
                     w1, 6);
    static const char *const w2[] = {
        "The U.N. Security Council and U.S. Army officers met U.K. Defence staff.",
        "A convoy of the U.S. Marine Corps left."};
    expect_sentences("The U.N. Security Council and U.S. Army officers met U.K. Defence staff. A "
                     "convoy of the U.S. Marine Corps left.\n",
                     w2, 2);
    /* titles and initials still never end a sentence */
    static const char *const w3[] = {"Gen. The Lord Dannatt and J. The Younger spoke."};
    expect_sentences("Gen. The Lord Dannatt and J. The Younger spoke.\n", w3, 1);
    /* the token keeps the form's period, the next sentence starts clean */
    ds_doc *d = rt_read("Troops left the U.S. In March they came back.\n", DS_FORMAT_TEXT);
    assert_int_equal(d->sentences.n, 2);
    const ds_sentence *s0 = &d->sentences.v[0];
    assert_string_equal(d->tokens.v[s0->first_token + s0->ntokens - 1].norm, "u.s.");
    assert_string_equal(d->tokens.v[d->sentences.v[1].first_token].norm, "in");
    ds_doc_free(d);
}

static void test_numbers_quotes_ellipsis(void **state)
{
    (void)state;
    static const char *const w[] = {"Fighters fired 107mm rockets and 3-4,000 rounds at 2.5 km.",
                                    "About 98% missed.",
                                    "He said \"we will return.\"",
                                    "(The claim was false.)",
                                    "Then silence…",
                                    "Nothing more came."};
    expect_sentences("Fighters fired 107mm rockets and 3-4,000 rounds at 2.5 km. About 98% "
                     "missed. He said \"we will return.\" (The claim was false.) Then silence… "
                     "Nothing more came.\n",
                     w, 6);
}

static void test_glued_and_initials(void **state)
{
    (void)state;
    static const char *const w[] = {
        "A gun battle broke out in Kabul.",
        "The police arrived late, said J. R. Smith of the U.N. mission.",
        "Schools closed in the Province.",
        "In particular, two shut.",
        "Only IS-KP.",
        "The rest stayed open."};
    expect_sentences(
        "A gun battle broke out in Kabul.The police arrived late, said J. R. Smith "
        "of the U.N. mission. Schools closed in the Province.In particular, two shut. Only "
        "IS-KP.The rest stayed open.\n",
        w, 6);
}

static void test_lower_case_continues(void **state)
{
    (void)state;
    /* a period before a lower-case word is not a sentence end */
    static const char *const w[] = {"The group (est. around 2015) grew fast.",
                                    "Why? nobody knows."};
    expect_sentences("The group (est. around 2015) grew fast. Why? nobody knows.\n", w, 2);
}

static void test_blocks_are_units(void **state)
{
    (void)state;
    ds_doc *d = rt_read("Coast Front\nThe group formed in 2010. It grew.\nLeaders:\n- Ana Vell "
                        "(2010 – 2012). Replaced.\nFounded 2010\n",
                        DS_FORMAT_TEXT);
    char buf[256];
    /* title; two prose sentences; label; list item split like prose; field */
    assert_int_equal(d->blocks.n, 5);
    assert_int_equal(d->blocks.v[2].kind, DS_BLOCK_LABEL);
    assert_int_equal(d->blocks.v[2].nsentences, 1);
    assert_string_equal(rt_sent(d, d->blocks.v[2].first_sentence, buf, sizeof buf), "Leaders:");
    assert_int_equal(d->blocks.v[3].kind, DS_BLOCK_LIST_ITEM);
    assert_string_equal(rt_sent(d, d->blocks.v[3].first_sentence, buf, sizeof buf),
                        "Ana Vell (2010 – 2012).");
    for (uint32_t i = 0; i < d->sentences.n; i++) {
        const ds_sentence *s = &d->sentences.v[i];
        const ds_block *b = &d->blocks.v[s->block];
        assert_true(s->span.start >= b->span.start && s->span.end <= b->span.end);
    }
    ds_doc_free(d);
}

static void test_furniture_has_no_sentences(void **state)
{
    (void)state;
    ds_doc *d = rt_read("Report Title\n\nThe attack happened on Monday in the valley town.\n\n"
                        "INSTITUTE FOR TESTING\n\n@TestInstitute  www.test.example\n\n7\n",
                        DS_FORMAT_TEXT);
    uint32_t furniture = 0;
    for (uint32_t i = 0; i < d->blocks.n; i++)
        if (d->blocks.v[i].kind == DS_BLOCK_FURNITURE) {
            furniture++;
            assert_int_equal(d->blocks.v[i].nsentences, 0);
        }
    assert_int_equal(furniture, 3);
    assert_int_equal(d->sentences.n, 2);
    ds_doc_free(d);
}

static void test_long_sentence_cut(void **state)
{
    (void)state;
    size_t n = 200000;
    char *s = malloc(n + 2);
    assert_non_null(s);
    for (size_t i = 0; i < n; i += 5) memcpy(s + i, "word ", 5);
    s[n] = '\n';
    s[n + 1] = '\0';
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    size_t max = rt_ctx->limits.max_sentence_bytes;
    assert_true(d->sentences.n >= n / max);
    for (uint32_t i = 0; i < d->sentences.n; i++)
        assert_true(d->sentences.v[i].span.end - d->sentences.v[i].span.start <= max);
    bool diag = false;
    for (uint32_t i = 0; i < d->diags.n; i++)
        if (!strcmp(d->diags.v[i].pub.code, "sentence-too-long")) diag = true;
    assert_true(diag);
    ds_doc_free(d);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_dotted_form_ends_sentence),
        cmocka_unit_test(test_numbers_quotes_ellipsis),
        cmocka_unit_test(test_glued_and_initials),
        cmocka_unit_test(test_lower_case_continues),
        cmocka_unit_test(test_blocks_are_units),
        cmocka_unit_test(test_furniture_has_no_sentences),
        cmocka_unit_test(test_long_sentence_cut),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
