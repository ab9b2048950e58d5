/* test_quantity.c - counts (quantity.c): numerals, number words, ranges,
 * vague amounts, qualifiers, percentages, head nouns, and what must not be
 * counted (years, dates, calibres, ordinals, times, names). The sentences
 * are invented for this file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "dossier/dossier.h"
#include "dossier/reader.h"
#include "doc.h"

static ds_ctx *g_ctx;

static int setup(void **state)
{
    (void)state;
    char err[256];
    return ds_ctx_new(&g_ctx, NULL, err, sizeof err) == DS_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ds_ctx_free(g_ctx);
    return 0;
}

static ds_doc *annotate(const char *text)
{
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.format = DS_FORMAT_TEXT;
    ds_doc *doc = NULL;
    assert_int_equal(ds_doc_read_mem(&doc, g_ctx, text, strlen(text), "q.txt", &o), DS_OK);
    assert_int_equal(ds_annotate_timex(doc, g_ctx), DS_OK);
    assert_int_equal(ds_annotate_quantities(doc, g_ctx), DS_OK);
    return doc;
}

static void dump(const ds_doc *doc)
{
    for (uint32_t i = 0; i < doc->quantities.n; i++) {
        const ds_quantity *q = &doc->quantities.v[i];
        fprintf(stderr, "  [%.*s] %g..%g qual=%d pct=%d noun=[%.*s]\n",
                (int)(q->span.end - q->span.start), doc->text + q->span.start, q->lo, q->hi,
                q->qual, q->percent, (int)(q->noun.end - q->noun.start), doc->text + q->noun.start);
    }
}

static const ds_quantity *find(const ds_doc *doc, const char *span)
{
    for (uint32_t i = 0; i < doc->quantities.n; i++) {
        const ds_quantity *q = &doc->quantities.v[i];
        size_t n = q->span.end - q->span.start;
        if (n == strlen(span) && memcmp(doc->text + q->span.start, span, n) == 0) return q;
    }
    return NULL;
}

/* noun NULL: no noun expected. */
static void expect(const ds_doc *doc, const char *span, double lo, double hi, ds_qualifier qual,
                   const char *noun)
{
    const ds_quantity *q = find(doc, span);
    if (!q) {
        dump(doc);
        fail_msg("no quantity '%s'", span);
    }
    size_t nl = q->noun.end - q->noun.start;
    bool noun_ok =
        noun ? (nl == strlen(noun) && memcmp(doc->text + q->noun.start, noun, nl) == 0) : nl == 0;
    if (q->lo != lo || q->hi != hi || q->qual != qual || !noun_ok) {
        dump(doc);
        fail_msg("'%s' -> %g..%g qual %d noun '%.*s', want %g..%g qual %d noun '%s'", span, q->lo,
                 q->hi, q->qual, (int)nl, doc->text + q->noun.start, lo, hi, qual,
                 noun ? noun : "");
    }
}

static void expect_none(const ds_doc *doc, const char *part)
{
    for (uint32_t i = 0; i < doc->quantities.n; i++) {
        const ds_quantity *q = &doc->quantities.v[i];
        size_t n = q->span.end - q->span.start, m = strlen(part);
        for (size_t k = 0; k + m <= n; k++)
            if (memcmp(doc->text + q->span.start + k, part, m) == 0) {
                dump(doc);
                fail_msg("unexpected quantity over '%s'", part);
            }
    }
}

static void test_numerals_and_qualifiers(void **state)
{
    (void)state;
    ds_doc *doc = annotate(
        "Insurgents launched twelve 122mm rockets at the base.\n"
        "The navy deployed at least 14 patrol boats and approximately 40 marines.\n"
        "More than 200 families fled; up to 60 vehicles and as many as 9 drones were lost.\n"
        "Some 25 detainees escaped, around 30 guards resigned and nearly 80 homes burned.\n"
        "Over 500 volunteers joined, roughly 7 teams formed and about 15 trucks left.\n");
    expect(doc, "twelve", 12, 12, DS_QUAL_EXACT, "rockets");
    expect_none(doc, "122");
    expect(doc, "at least 14", 14, 14, DS_QUAL_AT_LEAST, "boats");
    expect(doc, "approximately 40", 40, 40, DS_QUAL_APPROX, "marines");
    expect(doc, "More than 200", 200, 200, DS_QUAL_AT_LEAST, "families");
    expect(doc, "up to 60", 60, 60, DS_QUAL_UP_TO, "vehicles");
    expect(doc, "as many as 9", 9, 9, DS_QUAL_UP_TO, "drones");
    expect(doc, "Some 25", 25, 25, DS_QUAL_APPROX, "detainees");
    expect(doc, "around 30", 30, 30, DS_QUAL_APPROX, "guards");
    expect(doc, "nearly 80", 80, 80, DS_QUAL_APPROX, "homes");
    expect(doc, "Over 500", 500, 500, DS_QUAL_AT_LEAST, "volunteers");
    expect(doc, "roughly 7", 7, 7, DS_QUAL_APPROX, "teams");
    expect(doc, "about 15", 15, 15, DS_QUAL_APPROX, "trucks");
    ds_doc_free(doc);
}

static void test_ranges_words_vague(void **state)
{
    (void)state;
    ds_doc *doc = annotate(
        "The militia mustered 5-6,000 recruits and 300-400 horses.\n"
        "Observers counted two hundred tents, a dozen tanks and 2.5 million refugees.\n"
        "Dozens of villagers and scores of herders were displaced; hundreds of shops shut.\n"
        "Several pickups carried twenty-three guards and three to five snipers.\n"
        "Turnout fell to 41% and later to 12 percent.\n"
        "Between the raids, 8 - 14 herders went missing; the score was 2 - 1.\n");
    expect(doc, "5-6,000", 5000, 6000, DS_QUAL_EXACT, "recruits");
    expect(doc, "8 - 14", 8, 14, DS_QUAL_EXACT, "herders");
    expect_none(doc, "2 - 1");
    expect(doc, "300-400", 300, 400, DS_QUAL_EXACT, "horses");
    expect(doc, "two hundred", 200, 200, DS_QUAL_EXACT, "tents");
    expect(doc, "a dozen", 12, 12, DS_QUAL_EXACT, "tanks");
    expect(doc, "2.5 million", 2.5e6, 2.5e6, DS_QUAL_EXACT, "refugees");
    expect(doc, "Dozens", 12, 12, DS_QUAL_VAGUE, "villagers");
    expect(doc, "scores", 20, 20, DS_QUAL_VAGUE, "herders");
    expect(doc, "hundreds", 100, 100, DS_QUAL_VAGUE, "shops");
    expect(doc, "Several", 3, 3, DS_QUAL_VAGUE, "pickups");
    expect(doc, "twenty-three", 23, 23, DS_QUAL_EXACT, "guards");
    expect(doc, "three to five", 3, 5, DS_QUAL_EXACT, "snipers");
    const ds_quantity *p = find(doc, "41%");
    assert_non_null(p);
    assert_true(p->percent);
    assert_true(p->lo == 41);
    p = find(doc, "12 percent");
    assert_non_null(p);
    assert_true(p->percent);
    ds_doc_free(doc);
}

static void test_head_nouns(void **state)
{
    (void)state;
    ds_doc *doc = annotate(
        "Three Chechen IS-linked fighters stormed the hall, killing 19 and wounding 40 people.\n"
        "Police detained 6 Kyrgyz men, and 22 people, including five border guards, died.\n"
        "At least 9 killed and 4 injured.\n"
        "Then 7 unidentified armed men stopped between 5,000 and 10,000 travellers.\n");
    expect(doc, "Three", 3, 3, DS_QUAL_EXACT, "fighters");
    expect(doc, "19", 19, 19, DS_QUAL_EXACT, NULL);
    expect(doc, "40", 40, 40, DS_QUAL_EXACT, "people");
    expect(doc, "6", 6, 6, DS_QUAL_EXACT, "men");
    expect(doc, "22", 22, 22, DS_QUAL_EXACT, "people");
    expect(doc, "five", 5, 5, DS_QUAL_EXACT, "guards");
    expect(doc, "At least 9", 9, 9, DS_QUAL_AT_LEAST, NULL);
    expect(doc, "7", 7, 7, DS_QUAL_EXACT, "men");
    expect(doc, "5,000 and 10,000", 5000, 10000, DS_QUAL_EXACT, "travellers");
    ds_doc_free(doc);
}

static void test_not_counts(void **state)
{
    (void)state;
    ds_doc *doc = annotate("In 2019 the 3rd Brigade moved to Sector 7 at 10:30 on 4 June 2020.\n"
                           "A 15-year-old boy and an F-16 were seen; no one was hurt.\n"
                           "One of the guards said the Group of Seven met.\n"
                           "The first blast came at 6 p.m. and the second at 9 pm.\n"
                           "A two-year-old girl in ward (3) fasted for twelve consecutive days.\n");
    expect_none(doc, "2019");
    expect_none(doc, "3rd");
    expect_none(doc, "7");
    expect_none(doc, "10");
    expect_none(doc, "4 June");
    expect_none(doc, "15");
    expect_none(doc, "16");
    expect_none(doc, "one");
    expect_none(doc, "One");
    expect_none(doc, "Seven");
    expect_none(doc, "6 p");
    expect_none(doc, "9 pm");
    expect_none(doc, "two");
    expect_none(doc, "3");
    expect_none(doc, "twelve");
    assert_int_equal(doc->quantities.n, 0);
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numerals_and_qualifiers),
        cmocka_unit_test(test_ranges_words_vague),
        cmocka_unit_test(test_head_nouns),
        cmocka_unit_test(test_not_counts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
