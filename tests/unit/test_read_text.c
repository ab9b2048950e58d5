/* test_read_text.c - the text reader (read_text.c) and document reading
 * (doc.c): Unicode clean-up, the offset map, page-break joins, furniture,
 * title and byline, infobox lines, empty and binary input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "read_testdoc.h"

static void test_unicode_cleanup_and_map(void **state)
{
    (void)state;
    /* BOM, CRLF, a decomposed e + acute (NFC), an invalid byte */
    const char s[] = "\xEF\xBB\xBF"
                     "Cafe\xCC\x81 owners met.\r\nA \xFF bad byte here.\r\n";
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    assert_null(strchr(d->text, '\r'));
    assert_non_null(strstr(d->text, "Caf\xC3\xA9 owners"));
    assert_non_null(strstr(d->text, "\xEF\xBF\xBD"));
    bool diag = false;
    for (uint32_t i = 0; i < d->diags.n; i++)
        if (!strcmp(d->diags.v[i].pub.code, "invalid-utf8")) diag = d->diags.v[i].pub.line == 2;
    assert_true(diag);
    /* the map is monotone and ends at the source length */
    for (uint32_t i = 0; i < d->text_len; i++) assert_true(d->map[i] <= d->map[i + 1]);
    assert_int_equal(d->map[d->text_len], sizeof s - 1);
    /* "owners" maps back to the same bytes */
    const char *o = strstr(d->text, "owners");
    assert_memory_equal(s + d->map[o - d->text], "owners", 6);
    ds_doc_free(d);
}

static void test_page_break_join_and_furniture(void **state)
{
    (void)state;
    const char *s = "Raids Spread to the North\n\nBy Ana Ruiz\n\n"
                    "The brigade attacked two villages on Sunday night and burned the grain "
                    "stores of the\n\nPAGE HEADER TEXT\n\n3\n\nfarmers who had refused to pay. "
                    "Police arrived at dawn.\n\nSecond paragraph starts here and ends here.\n";
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    char buf[512];
    assert_string_equal(d->title, "Raids Spread to the North");
    assert_int_equal(d->blocks.v[0].kind, DS_BLOCK_TITLE);
    assert_int_equal(d->blocks.v[1].kind, DS_BLOCK_BYLINE);
    bool joined = false;
    for (uint32_t i = 0; i < d->sentences.n; i++)
        if (!strcmp(rt_sent(d, i, buf, sizeof buf),
                    "The brigade attacked two villages on Sunday night and burned the grain "
                    "stores of the farmers who had refused to pay."))
            joined = true;
    assert_true(joined);
    uint32_t furniture = 0;
    for (uint32_t i = 0; i < d->blocks.n; i++)
        furniture += d->blocks.v[i].kind == DS_BLOCK_FURNITURE;
    assert_int_equal(furniture, 2);
    ds_doc_free(d);
}

static void test_flattened_infobox(void **state)
{
    (void)state;
    const char *s = "Coast Front\nThe Coast Front is an invented group on the coast of a sea.\n"
                    "Leaders:\n- Ilyas Marr \xE2\x80\xA0 (2010 \xE2\x80\x93 2015)\n- Dana Vell\n"
                    "12 April 2010\nAllies\n- Hill Brigade\nHistory[edit]\n"
                    "It began as a smuggling ring.\n";
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    char buf[256];
    static const ds_block_kind want[] = {
        DS_BLOCK_TITLE, DS_BLOCK_PROSE, DS_BLOCK_LABEL,     DS_BLOCK_LIST_ITEM, DS_BLOCK_LIST_ITEM,
        DS_BLOCK_FIELD, DS_BLOCK_LABEL, DS_BLOCK_LIST_ITEM, DS_BLOCK_HEADING,   DS_BLOCK_PROSE};
    assert_int_equal(d->blocks.n, sizeof want / sizeof *want);
    for (uint32_t i = 0; i < d->blocks.n; i++) assert_int_equal(d->blocks.v[i].kind, want[i]);
    assert_string_equal(rt_block(d, 3, buf, sizeof buf),
                        "Ilyas Marr \xE2\x80\xA0 (2010 \xE2\x80\x93 2015)");
    assert_int_equal(d->blocks.v[3].label, 2);
    assert_int_equal(d->blocks.v[7].label, 6);
    assert_true(d->blocks.v[5].infobox);
    assert_string_equal(rt_block(d, 8, buf, sizeof buf), "History");
    ds_doc_free(d);
}

static void test_hard_wrapped_paragraphs(void **state)
{
    (void)state;
    const char *s = "Gunmen stopped a bus on the northern highway late on Tuesday and\n"
                    "took eleven passengers from it. Police said the gunmen belonged to a\n"
                    "local faction that had split from the main group in the spring.\n\n"
                    "The passengers were freed two days later after talks with elders\n"
                    "from the district, officials said on Friday afternoon.\n";
    ds_doc *d = rt_read(s, DS_FORMAT_TEXT);
    char buf[512];
    assert_int_equal(d->blocks.n, 2);
    assert_int_equal(d->sentences.n, 3);
    assert_string_equal(rt_sent(d, 1, buf, sizeof buf),
                        "Police said the gunmen belonged to a local faction that had split from "
                        "the main group in the spring.");
    ds_doc_free(d);
}

static void test_bad_input(void **state)
{
    (void)state;
    ds_doc *d = NULL;
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, "", 0, "empty.txt", NULL), DS_EEMPTY);
    assert_null(d);
    assert_non_null(strstr(ds_ctx_errmsg(rt_ctx), "empty.txt"));
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, " \n\t\n", 4, "ws.txt", NULL), DS_EEMPTY);
    char bin[512];
    for (size_t i = 0; i < sizeof bin; i++) bin[i] = (char)(i % 7 == 0 ? 'a' : i % 5);
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, bin, sizeof bin, "bin.txt", NULL), DS_EFORMAT);
    assert_non_null(strstr(ds_ctx_errmsg(rt_ctx), "binary"));
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.format = DS_FORMAT_PDF;
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, "hello", 5, "x.pdf", &o), DS_EFORMAT);
    assert_non_null(strstr(ds_ctx_errmsg(rt_ctx), "not a PDF"));
    /* NUL bytes inside text are dropped, not fatal */
    const char nul[] = "The patrol\0 returned at noon.\n";
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, nul, sizeof nul - 1, "nul.txt", NULL), DS_OK);
    assert_non_null(strstr(d->text, "patrol returned"));
    ds_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unicode_cleanup_and_map),
        cmocka_unit_test(test_page_break_join_and_furniture),
        cmocka_unit_test(test_flattened_infobox),
        cmocka_unit_test(test_hard_wrapped_paragraphs),
        cmocka_unit_test(test_bad_input),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
