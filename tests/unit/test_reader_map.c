/* test_reader_map.c - the offset map of the readers (read_html.c,
 * read_text.c, citations.c compaction): monotonic non-decreasing, ending at
 * the source length, so that no sentence maps to an inverted source span,
 * whatever the markup (misnested tags, invalid bytes, text repeated in an
 * attribute before it appears). Also replays the fuzz regression seeds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "read_testdoc.h"

/* Checks the map of d; returns the first offending text offset or -1. */
static long map_violation(const ds_doc *d)
{
    if (d->map[d->text_len] != d->src_len) return (long)d->text_len;
    for (uint32_t i = 0; i < d->text_len; i++)
        if (d->map[i] > d->map[i + 1] || d->map[i] > d->src_len) return (long)i;
    return -1;
}

static void assert_sound(const ds_doc *d)
{
    long v = map_violation(d);
    if (v >= 0)
        fail_msg("map goes back at text offset %ld: %u -> %u", v, d->map[v],
                 (uint32_t)v < d->text_len ? d->map[v + 1] : 0);
    for (uint32_t s = 0; s < d->sentences.n; s++) {
        ds_span sp = d->sentences.v[s].span;
        assert_true(ds_doc_src_offset(d, sp.start) <= ds_doc_src_offset(d, sp.end));
    }
}

static ds_doc *read_bytes(const char *s, size_t n, ds_format fmt)
{
    ds_doc *d = NULL;
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.format = fmt;
    if (ds_doc_read_mem(&d, rt_ctx, s, n, "t", &o) != DS_OK) return NULL;
    return d;
}

static void test_html_malformed_monotonic(void **state)
{
    (void)state;
    static const char *const docs[] = {
        /* misnested inline and block tags */
        "<p>Fighters <b>crossed <i>the river</b> at dawn.</i> Two were hurt.</p>"
        "<p>Later <span>the <p>patrol</span> withdrew.</p>",
        /* invalid UTF-8 inside text and tags (libxml2 re-encodes it: longer text) */
        "<p>Raid\xdb\xfa\xfa near \xdb\xdb\xdb the ridge.\xdb<s]p1[u>x/<up>"
        "\xdb\xdb\xdb\xdb. Attack.</p><ol>\\lih></ol>",
        /* the text of a link first occurs in its own href */
        "<p>See <a href='//village.example/raid'>village</a>. Then <a href='/x'>x</a>.</p>",
        /* unclosed tags, stray closers, entities */
        "<div><p>One &amp; two</div></p></p><li>three<li>four &lt; five</ul><p>six.",
        /* a reference list in the middle of the text */
        "<p>Claim.<sup>[1]</sup></p><ol class='references'><li>Note "
        "<a href='https://example.org/a'>a</a></li></ol><p>After the notes. Again.</p>"};
    for (size_t k = 0; k < sizeof docs / sizeof *docs; k++) {
        ds_doc *d = read_bytes(docs[k], strlen(docs[k]), DS_FORMAT_HTML);
        assert_non_null(d);
        assert_sound(d);
        ds_doc_free(d);
    }
}

/* A text node located after the tag that ends the previous one: the '.'
 * after </a> maps to the '.' in the source, not into the href. */
static void test_html_short_node_after_link(void **state)
{
    (void)state;
    const char *s = "<p>Seen near <a href='//hilltown.example/'>hilltown</a>. Quiet.</p>";
    ds_doc *d = read_bytes(s, strlen(s), DS_FORMAT_HTML);
    assert_non_null(d);
    assert_sound(d);
    const char *dot = strstr(d->text, "hilltown.");
    assert_non_null(dot);
    uint32_t at = (uint32_t)(dot - d->text);
    assert_memory_equal(s + d->map[at], "hilltown<", 9);
    assert_int_equal(s[d->map[at + 8]], '.');
    ds_doc_free(d);
}

/* A text node holding a line break before a block ("14:05 GMT\n<p>"): the
 * line libxml2 gives it is the one it ends on; its bytes map to where they
 * are, not to the line after (a live blog's time stamps were 1 byte long,
 * after themselves) */
static void test_html_text_node_over_a_line_end(void **state)
{
    (void)state;
    const char *s = "<html><body>\n<div class=\"post\">14:05 GMT\n<p>Shelling hit the "
                    "market.</p></div>\n<div>11:30 GMT<p>Calm.</p></div></body></html>\n";
    ds_doc *d = read_bytes(s, strlen(s), DS_FORMAT_HTML);
    assert_non_null(d);
    assert_sound(d);
    const char *stamp = strstr(d->text, "14:05 GMT");
    assert_non_null(stamp);
    uint32_t at = (uint32_t)(stamp - d->text);
    assert_memory_equal(s + d->map[at], "14:05 GMT\n", 10);
    assert_int_equal(d->map[at + 8], (uint32_t)(strstr(s, "GMT\n") - s) + 2);
    ds_doc_free(d);
}

/* Random tag soup from a fixed seed: every document's map is monotonic. */
static void test_html_tag_soup(void **state)
{
    (void)state;
    static const char *const parts[] = {"<p>",
                                        "</p>",
                                        "<b>",
                                        "</i>",
                                        "<a href='x.y'>",
                                        "</a>",
                                        "<table><tr><td>",
                                        "</td>",
                                        "<li>",
                                        "<ol class='references'>",
                                        "[3]",
                                        "Raid",
                                        " on ",
                                        "Hill Town",
                                        ". ",
                                        "\xdb\xfa",
                                        "&amp;",
                                        "<br>",
                                        "<!-- c > d -->",
                                        "\xe2\x80\x93",
                                        "x.y",
                                        "<sup>",
                                        "</sup>",
                                        "\n"};
    uint32_t rng = 12345;
    char buf[2048];
    for (int doc = 0; doc < 300; doc++) {
        size_t n = 0;
        for (int p = 0; p < 60; p++) {
            rng = rng * 1103515245u + 12345u;
            const char *part = parts[(rng >> 16) % (sizeof parts / sizeof *parts)];
            size_t l = strlen(part);
            if (n + l >= sizeof buf) break;
            memcpy(buf + n, part, l);
            n += l;
        }
        ds_doc *d = read_bytes(buf, n, DS_FORMAT_HTML);
        if (!d) continue; /* markup only: no text */
        long v = map_violation(d);
        if (v >= 0) fail_msg("soup %d: map goes back at %ld", doc, v);
        assert_sound(d);
        ds_doc_free(d);
    }
}

static void test_text_markers_monotonic(void **state)
{
    (void)state;
    const char *s = "Fighters attacked the post.\xc2\xb9 Two died [3] and one fled [a].\n\n"
                    "Caf\xc3\xa9 owners fled\xe2\x81\xb4\xc2\xb2. More later.\n\n"
                    "- \xc2\xb9 <https://example.org/one>\n";
    ds_doc *d = read_bytes(s, strlen(s), DS_FORMAT_TEXT);
    assert_non_null(d);
    assert_sound(d);
    assert_true(d->cites.n >= 2);
    ds_doc_free(d);
}

/* The regression seeds of the fuzz corpus (HTML when the byte after the
 * first NUL is odd, as fuzz_citations.c picks). */
static void test_fuzz_regressions(void **state)
{
    (void)state;
    const char *srcdir = getenv("DS_SOURCE_DIR");
    if (!srcdir) skip();
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/fuzz/corpus/citations", srcdir);
    DIR *dp = opendir(dir);
    if (!dp) skip();
    int seen = 0;
    struct dirent *e;
    while ((e = readdir(dp)) != NULL) {
        if (strncmp(e->d_name, "regress-html-map", 16) != 0) continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        char data[65536];
        size_t n = fread(data, 1, sizeof data, f);
        fclose(f);
        const char *nul = memchr(data, 0, n);
        assert_non_null(nul);
        ds_doc *d = read_bytes(data, n, DS_FORMAT_HTML);
        if (d) {
            assert_sound(d);
            ds_doc_free(d);
        }
        seen++;
    }
    closedir(dp);
    assert_true(seen >= 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_malformed_monotonic),
        cmocka_unit_test(test_html_short_node_after_link),
        cmocka_unit_test(test_html_text_node_over_a_line_end),
        cmocka_unit_test(test_html_tag_soup),
        cmocka_unit_test(test_text_markers_monotonic),
        cmocka_unit_test(test_fuzz_regressions),
    };
    return cmocka_run_group_tests(tests, rt_setup, rt_teardown);
}
