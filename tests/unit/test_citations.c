/* test_citations.c - citation markers and footnotes (citations.c):
 * superscript and bracketed markers removed from the text, attached to the
 * sentence they close, resolved to footnote URLs; letter notes dropped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "read_testdoc.h"

static bool has_diag(const ds_doc *d, const char *code)
{
    for (uint32_t i = 0; i < d->diags.n; i++)
        if (!strcmp(d->diags.v[i].pub.code, code)) return true;
    return false;
}

static void test_superscripts_and_footnote_list(void **state)
{
    (void)state;
    const char *s =
        "Militia Raids Spread\n\n"
        "Gunmen fired on a checkpoint near the river crossing on May 2.\xC2\xB9 "
        "Officials denied it.\xC2\xB2 Later reports said the gunmen had fled "
        "across the border into the hills.\xC2\xB9\xE2\x81\xB0 The area is calm.\xE2\x81\xB4\n\n"
        "- \xC2\xB9 <https://example.org/a>\n<https://example.org/b>\n"
        "- \xC2\xB2 [https://example.org/c\\(x\\)](https://example.org/c(x))\n"
        "- \xC2\xB9\xE2\x81\xB0 <https://example.org/ten>\n";
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    char buf[256];
    /* markers are gone from the text */
    assert_null(strstr(d->text, "2.\xC2\xB9"));
    assert_int_equal(d->footnotes.n, 3);
    assert_int_equal(d->footnotes.v[0].number, 1);
    assert_int_equal(d->footnotes.v[0].nurls, 2);
    assert_string_equal(d->footnotes.v[0].urls[1], "https://example.org/b");
    assert_string_equal(d->footnotes.v[1].urls[0], "https://example.org/c(x)");
    assert_int_equal(d->footnotes.v[2].number, 10);
    assert_int_equal(d->cites.n, 4);
    /* each cite closes its sentence */
    for (uint32_t i = 0; i < d->sentences.n; i++) {
        const ds_sentence *sn = &d->sentences.v[i];
        rt_sent(d, i, buf, sizeof buf);
        if (strstr(buf, "May 2.")) {
            assert_int_equal(sn->ncites, 1);
            const ds_cite *c = &d->cites.v[sn->first_cite];
            assert_int_equal(c->number, 1);
            assert_int_not_equal(c->footnote, DS_NONE);
            assert_string_equal(d->footnotes.v[c->footnote].urls[0], "https://example.org/a");
            /* the marker's source bytes are the superscript */
            assert_memory_equal(s + c->src_start, "\xC2\xB9", 2);
        } else if (strstr(buf, "hills.")) {
            assert_int_equal(d->cites.v[sn->first_cite].number, 10);
        } else if (strstr(buf, "calm.")) {
            assert_int_equal(d->cites.v[sn->first_cite].footnote, DS_NONE);
        }
    }
    /* the missing footnote 4 is reported; footnote blocks make no sentences */
    assert_true(has_diag(d, "footnote-missing"));
    for (uint32_t i = 0; i < d->blocks.n; i++)
        if (d->blocks.v[i].kind == DS_BLOCK_FOOTNOTE)
            assert_int_equal(d->blocks.v[i].nsentences, 0);
    ds_doc_free(d);
}

static void test_bracketed_and_letter_notes(void **state)
{
    (void)state;
    ds_doc *d = rt_read("The group[a] attacked diplomats from two states,[8][9] and a "
                        "consulate.[10] Nobody was hurt.[citation needed]\n",
                        DS_FORMAT_TEXT);
    char buf[256];
    assert_int_equal(d->sentences.n, 2);
    assert_string_equal(rt_sent(d, 0, buf, sizeof buf),
                        "The group attacked diplomats from two states, and a consulate.");
    assert_string_equal(rt_sent(d, 1, buf, sizeof buf), "Nobody was hurt.");
    assert_int_equal(d->cites.n, 3);
    assert_int_equal(d->sentences.v[0].ncites, 3);
    assert_true(d->cites.v[0].bracketed);
    assert_int_equal(d->cites.v[2].number, 10);
    /* no footnote list: unresolved, and no diagnostic flood */
    assert_int_equal(d->cites.v[0].footnote, DS_NONE);
    assert_false(has_diag(d, "footnote-missing"));
    /* the map still points into the source: the sentence's end is before "[10]" */
    uint32_t end = ds_doc_src_offset(d, d->sentences.v[0].span.end);
    assert_memory_equal(d->src + end, "[10]", 4);
    ds_doc_free(d);
}

static void test_markdown_notes(void **state)
{
    (void)state;
    ds_doc *d = rt_read("A ferry was attacked on 2 May.[1] The port closed.[2]\n\n"
                        "1. https://example.org/ferry\n2. https://example.org/port\n",
                        DS_FORMAT_MARKDOWN);
    assert_int_equal(d->footnotes.n, 2);
    assert_int_equal(d->cites.n, 2);
    for (uint32_t i = 0; i < d->cites.n; i++) {
        const ds_cite *c = &d->cites.v[i];
        assert_int_not_equal(c->footnote, DS_NONE);
        assert_int_equal(d->footnotes.v[c->footnote].number, c->number);
        assert_int_equal(c->sentence, i);
    }
    ds_doc_free(d);
}

static void test_units_are_not_markers(void **state)
{
    (void)state;
    ds_doc *d = rt_read("The camp covers 4 km\xC2\xB2 of desert.\n", DS_FORMAT_TEXT);
    assert_int_equal(d->cites.n, 0);
    assert_non_null(strstr(d->text, "km\xC2\xB2"));
    ds_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_superscripts_and_footnote_list),
        cmocka_unit_test(test_bracketed_and_letter_notes),
        cmocka_unit_test(test_markdown_notes),
        cmocka_unit_test(test_units_are_not_markers),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
