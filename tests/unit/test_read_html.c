/* test_read_html.c - the HTML reader (read_html.c): blocks from headings,
 * paragraphs, lists and infobox rows; references as footnotes; chrome
 * dropped; offsets inside the source element; deep nesting bounded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

#include "read_testdoc.h"

static void test_structure_and_offsets(void **state)
{
    (void)state;
    const char *s =
        "<html><head><title>Test Page - Wikipedia</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Home page link</a></nav><h1>Valley Militia</h1>"
        "<table class='infobox'><tr><th>Leader</th><td>Omar Daud<br>Sami Aziz</td></tr>"
        "<tr><th>Allies</th><td><ul><li>Hill Brigade</li><li>Coast Front</li></ul></td></tr>"
        "</table><p>The militia &amp; its allies took the pass.<sup class='reference'>"
        "<a href='#cite_note-1'>[1]</a></sup></p>"
        "<h2>History<span class='mw-editsection'>[edit]</span></h2><ul><li>First item</li></ul>"
        "<script>document.write('no')</script>"
        "<ol class='references'><li id='cite_note-1'><span class='mw-cite-backlink'>^</span>"
        "<a class='external' href='https://example.org/pass'>Pass report</a></li></ol>"
        "</body></html>";
    ds_doc *d = rt_read(s, DS_FORMAT_HTML);
    char buf[256];
    assert_string_equal(d->title, "Valley Militia");
    static const ds_block_kind want[] = {DS_BLOCK_TITLE,     DS_BLOCK_LABEL,   DS_BLOCK_FIELD,
                                         DS_BLOCK_FIELD,     DS_BLOCK_LABEL,   DS_BLOCK_LIST_ITEM,
                                         DS_BLOCK_LIST_ITEM, DS_BLOCK_PROSE,   DS_BLOCK_HEADING,
                                         DS_BLOCK_LIST_ITEM, DS_BLOCK_FOOTNOTE};
    assert_int_equal(d->blocks.n, sizeof want / sizeof *want);
    for (uint32_t i = 0; i < d->blocks.n; i++) assert_int_equal(d->blocks.v[i].kind, want[i]);
    assert_string_equal(rt_block(d, 3, buf, sizeof buf), "Sami Aziz");
    assert_int_equal(d->blocks.v[3].label, 1);
    assert_int_equal(d->blocks.v[6].label, 4);
    assert_true(d->blocks.v[6].infobox);
    assert_string_equal(rt_block(d, 7, buf, sizeof buf), "The militia & its allies took the pass.");
    assert_string_equal(rt_block(d, 8, buf, sizeof buf), "History");
    assert_null(strstr(d->text, "Home page"));
    assert_null(strstr(d->text, "document.write"));
    /* the cite resolves to the reference list */
    assert_int_equal(d->cites.n, 1);
    assert_int_not_equal(d->cites.v[0].footnote, DS_NONE);
    assert_string_equal(d->footnotes.v[0].urls[0], "https://example.org/pass");
    /* offsets: block starts map to their text in the source */
    const ds_block *b = &d->blocks.v[2];
    assert_memory_equal(s + ds_doc_src_offset(d, b->span.start), "Omar Daud", 9);
    b = &d->blocks.v[7];
    assert_memory_equal(s + ds_doc_src_offset(d, b->span.start), "The militia", 11);
    ds_doc_free(d);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    size_t depth = 100000;
    size_t n = 64 + depth * 11;
    char *s = malloc(n);
    assert_non_null(s);
    size_t k = (size_t)sprintf(s, "<html><body><p>Top text.</p>");
    for (size_t i = 0; i < depth; i++) k += (size_t)sprintf(s + k, "<b>");
    k += (size_t)sprintf(s + k, "deep");
    ds_doc *d = NULL;
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.format = DS_FORMAT_HTML;
    assert_int_equal(ds_doc_read_mem(&d, rt_ctx, s, k, "deep.html", &o), DS_OK);
    assert_non_null(strstr(d->text, "Top text."));
    ds_doc_free(d);
    free(s);
}

static void test_publication_date(void **state)
{
    (void)state;
    ds_doc *d =
        rt_read("<html><head><title>Site name</title><meta property='article:published_time'"
                " content='2023-03-14T08:00:00Z'></head><body><article><h1>Blast at the "
                "Market</h1><p>A bomb went off yesterday in the market.</p></article>"
                "</body></html>",
                DS_FORMAT_HTML);
    assert_string_equal(d->date, "2023-03-14");
    assert_string_equal(d->title, "Blast at the Market");
    ds_doc_free(d);
    d = rt_read("<p>Gunmen raided a post.</p><time datetime='2021-11-02'>2 Nov</time>",
                DS_FORMAT_HTML);
    assert_string_equal(d->date, "2021-11-02");
    ds_doc_free(d);
}

/* Endnotes outside a Wikipedia reference list: Word's "_edn" notes (a div
 * around a paragraph, the URL as text) and a blog's "fn" list items (the URL
 * as a link, a backlink after it); each in-text link's number finds its note. */
static void test_endnotes(void **state)
{
    (void)state;
    ds_doc *d = rt_read(
        "<html><body><article><h1>Weekly Update</h1>"
        "<p>Militants burned a school.<sup><a href='#_edn1' id='_ednref1'>[1]</a></sup> The army "
        "retook the town.<a href='#fn2'>2</a></p><p>See the <a href='#top'>top</a> of page.</p>"
        "<hr><div id='_edn1'><p><a href='#_ednref1'>[1]</a> Local radio, "
        "https://radio.example.org/school.</p></div>"
        "<ol class='notes'><li id='fn2'><a href='https://news.example.com/town'>Town report</a>"
        " <a href='#fnref2'>&#8617;</a></li></ol></article></body></html>",
        DS_FORMAT_HTML);
    assert_int_equal(d->footnotes.n, 2);
    const ds_footnote *f1 = NULL, *f2 = NULL;
    for (uint32_t i = 0; i < d->footnotes.n; i++) {
        if (d->footnotes.v[i].number == 1) f1 = &d->footnotes.v[i];
        if (d->footnotes.v[i].number == 2) f2 = &d->footnotes.v[i];
    }
    assert_non_null(f1);
    assert_non_null(f2);
    assert_int_equal(f1->nurls, 1);
    assert_string_equal(f1->urls[0], "https://radio.example.org/school");
    assert_int_equal(f2->nurls, 1);
    assert_string_equal(f2->urls[0], "https://news.example.com/town");
    /* both in-text markers resolve; the notes are not prose */
    uint32_t resolved = 0, prose = 0;
    for (uint32_t i = 0; i < d->cites.n; i++) resolved += d->cites.v[i].footnote != DS_NONE;
    for (uint32_t i = 0; i < d->blocks.n; i++) prose += d->blocks.v[i].kind == DS_BLOCK_PROSE;
    assert_int_equal(resolved, 2);
    assert_int_equal(prose, 2);
    ds_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_structure_and_offsets),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_publication_date),
        cmocka_unit_test(test_endnotes),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
