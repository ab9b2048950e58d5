/* test_tokenize.c - tokens (tokenize.c): words with internal hyphens,
 * apostrophes and abbreviation periods, possessives, numbers, symbols,
 * flags and folded norms. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "read_testdoc.h"

/* All token norms of a one-sentence document joined by '|'. */
static void expect_norms(const char *text, const char *want)
{
    ds_doc *d = rt_read(text, DS_FORMAT_TEXT);
    char got[1024] = "";
    size_t n = 0;
    for (uint32_t i = 0; i < d->tokens.n; i++)
        n += (size_t)snprintf(got + n, sizeof got - n, "%s%s", i ? "|" : "", d->tokens.v[i].norm);
    assert_string_equal(got, want);
    ds_doc_free(d);
}

static void test_words(void **state)
{
    (void)state;
    expect_norms("IS-KP's fighters reached Mazar-i-Sharif and the al-Azaim office.\n",
                 "is-kp|'s|fighters|reached|mazar-i-sharif|and|the|al-azaim|office|.");
    expect_norms("The U.S. and Gen. Said met at 5 a.m. on Jan. 5.\n",
                 "the|u.s.|and|gen.|said|met|at|5|a.m.|on|jan.|5|.");
    expect_norms("ISIS–K’s men, the militants' trucks and Jama'ath left.\n",
                 "isis-k|'s|men|,|the|militants|'|trucks|and|jama'ath|left|.");
    expect_norms("Takhār and Qal‘ah were hit.\n", "takhar|and|qalah|were|hit|.");
}

static void test_numbers_and_symbols(void **state)
{
    (void)state;
    expect_norms("They fired 107mm rockets, 3-4,000 shells and 1000-2000 rounds; 98% missed.\n",
                 "they|fired|107mm|rockets|,|3-4,000|shells|and|1000-2000|rounds|;|98|%|missed|.");
    expect_norms("Hafiz Khan † (2015 – Jul 2016) cost $1.5 million.\n",
                 "hafiz|khan|†|(|2015|-|jul|2016|)|cost|$|1.5|million|.");
}

static void test_flags_and_ranges(void **state)
{
    (void)state;
    ds_doc *d = rt_read("The TTP and Uzbek army fired 12 rockets.\n", DS_FORMAT_TEXT);
    assert_int_equal(d->tokens.n, 9);
    const ds_token *t = d->tokens.v;
    assert_true(t[0].flags & DS_TOK_WORD && t[0].flags & DS_TOK_CAP);
    assert_false(t[0].flags & DS_TOK_UPPER);
    assert_true(t[1].flags & DS_TOK_UPPER && t[1].flags & DS_TOK_CAP);
    assert_false(t[4].flags & DS_TOK_CAP);
    assert_true(t[6].flags & DS_TOK_NUMBER);
    assert_true(t[8].flags & DS_TOK_PUNCT);
    /* spans point at the original words; sentences own their token ranges */
    assert_memory_equal(d->text + t[1].span.start, "TTP", 3);
    assert_int_equal(d->sentences.v[0].first_token, 0);
    assert_int_equal(d->sentences.v[0].ntokens, 9);
    for (uint32_t i = 0; i < d->tokens.n; i++)
        assert_int_equal(strlen(d->tokens.v[i].norm), d->tokens.v[i].norm_len);
    ds_doc_free(d);
    /* an apostrophe after a wide space (U+2000, three bytes) at the end of
     * the text: its token is one byte, inside the text (a fuzzer found it
     * three bytes long, past the end) */
    d = rt_read("<p>He said&#x2000;'s</p>", DS_FORMAT_HTML);
    for (uint32_t i = 0; i < d->tokens.n; i++) assert_true(d->tokens.v[i].span.end <= d->text_len);
    assert_int_equal(
        d->tokens.v[d->tokens.n - 2].span.end - d->tokens.v[d->tokens.n - 2].span.start, 1);
    ds_doc_free(d);
}

static void test_token_limit(void **state)
{
    (void)state;
    ds_ctx *ctx = NULL;
    ds_ctx_opts o = DS_CTX_OPTS_INIT;
    o.limits.max_tokens = 5;
    char err[256];
    assert_int_equal(ds_ctx_new(&ctx, &o, err, sizeof err), DS_OK);
    ds_doc *d = NULL;
    const char *s = "one two three four five six seven.\n";
    assert_int_equal(ds_doc_read_mem(&d, ctx, s, strlen(s), "t", NULL), DS_ELIMIT);
    assert_null(d);
    assert_non_null(strstr(ds_ctx_errmsg(ctx), "tokens"));
    ds_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_numbers_and_symbols),
        cmocka_unit_test(test_flags_and_ranges),
        cmocka_unit_test(test_token_limit),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
