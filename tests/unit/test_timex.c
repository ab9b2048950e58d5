/* test_timex.c - time expressions (timex.c): the infobox date parser, the
 * annotator on invented sentences (absolute, spans, relative, anchoring,
 * datelines) and the calendar helpers. Test sentences are written for this
 * file; none comes from ../shared. */
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
#include "timex.h"

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

static void iso(char out[11], ds_date d)
{
    ds_date_format(out, d);
}

/* ds_timex_parse: value and end as ISO ("" for none), open end. */
static void check_parse(const char *s, const char *want_value, const char *want_end, bool want_open)
{
    ds_date v, e;
    bool open;
    bool ok = ds_timex_parse(s, strlen(s), &v, &e, &open);
    char a[11], b[11];
    iso(a, v);
    iso(b, e);
    if (!want_value) {
        if (ok) fail_msg("'%s' parsed as %s..%s, want nothing", s, a, b);
        return;
    }
    if (!ok) fail_msg("'%s' did not parse", s);
    if (strcmp(a, want_value) || strcmp(b, want_end) || open != want_open)
        fail_msg("'%s' -> %s..%s open=%d, want %s..%s open=%d", s, a, b, open, want_value, want_end,
                 want_open);
}

static void test_parse_infobox_values(void **state)
{
    (void)state;
    check_parse("2012 – Sep 2014", "2012", "2014-09", false);
    check_parse("(Feb 2019 – present)", "2019-02", "", true);
    check_parse("Mar–Jun 2013", "2013-03", "2013-06", false);
    check_parse("Nov 2010 – Feb 2011", "2010-11", "2011-02", false);
    check_parse("Dec–Feb 2011", "2010-12", "2011-02", false);
    check_parse("3 October 2009", "2009-10-03", "", false);
    check_parse("2009–present", "2009", "", true);
    check_parse("(2011–2016)", "2011", "2016", false);
    check_parse("(since 2012)", "2012", "", true);
    check_parse("2013 – May 2018", "2013", "2018-05", false);
    check_parse("Formed in 2008", "2008", "", false);
    check_parse("october 3, 2009", "2009-10-03", "", false);
    check_parse("Jun–Aug", NULL, NULL, false);
    check_parse("500-900 (estimate)", NULL, NULL, false);
    check_parse("", NULL, NULL, false);
}

/* Reads text as a document and runs the annotator. */
static ds_doc *annotate(const char *text, const char *date)
{
    ds_read_opts o = DS_READ_OPTS_INIT;
    o.date = date;
    o.format = DS_FORMAT_TEXT;
    ds_doc *doc = NULL;
    assert_int_equal(ds_doc_read_mem(&doc, g_ctx, text, strlen(text), "t.txt", &o), DS_OK);
    assert_int_equal(ds_annotate_timex(doc, g_ctx), DS_OK);
    return doc;
}

/* The timex whose text is exactly `span`, or NULL. */
static const ds_timex *find(const ds_doc *doc, const char *span)
{
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        size_t n = t->span.end - t->span.start;
        if (n == strlen(span) && memcmp(doc->text + t->span.start, span, n) == 0) return t;
    }
    return NULL;
}

static void dump(const ds_doc *doc)
{
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        char a[11], b[11];
        iso(a, t->value);
        iso(b, t->end);
        fprintf(stderr, "  [%.*s] %s..%s kind=%d mod=%d anchor=%d\n",
                (int)(t->span.end - t->span.start), doc->text + t->span.start, a, b, t->kind,
                t->mod, t->anchor);
    }
}

static void expect(const ds_doc *doc, const char *span, const char *value, const char *end,
                   ds_timex_mod mod, ds_anchor anchor)
{
    const ds_timex *t = find(doc, span);
    if (!t) {
        dump(doc);
        fail_msg("no timex '%s'", span);
    }
    char a[11], b[11];
    iso(a, t->value);
    iso(b, t->end);
    if (strcmp(a, value) || strcmp(b, end ? end : "") || t->mod != mod || t->anchor != anchor) {
        dump(doc);
        fail_msg("'%s' -> %s..%s mod %d anchor %d, want %s..%s mod %d anchor %d", span, a, b,
                 t->mod, t->anchor, value, end ? end : "", mod, anchor);
    }
}

static void expect_none(const ds_doc *doc, const char *text_part)
{
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        const ds_timex *t = &doc->timexes.v[i];
        const char *s = doc->text + t->span.start;
        size_t n = t->span.end - t->span.start, m = strlen(text_part);
        for (size_t k = 0; k + m <= n; k++)
            if (memcmp(s + k, text_part, m) == 0) {
                dump(doc);
                fail_msg("unexpected timex over '%s'", text_part);
            }
    }
}

static void test_absolute_dates(void **state)
{
    (void)state;
    ds_doc *doc =
        annotate("Gunmen raided the checkpoint on 14 March 2019 and again on June 2, 2020.\n"
                 "The convoy was hit on Sept. 9, 2011, near the pass.\n"
                 "12/24/2018: A bomb exploded at a market.\n"
                 "The group was founded in 2010 and had 2015 fighters by the end.\n"
                 "Raids resumed in Oct 2016, in late 2017 and in early November 2018.\n"
                 "Attacks peaked in mid-February and declined during the 1980s.\n"
                 "The 2019 Jalalabad prison raid freed hundreds; it was dated 2019-08-02.\n",
                 NULL);
    expect(doc, "14 March 2019", "2019-03-14", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "June 2, 2020", "2020-06-02", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Sept. 9, 2011", "2011-09-09", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "12/24/2018", "2018-12-24", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "2010", "2010", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect_none(doc, "2015 fighters");
    expect(doc, "Oct 2016", "2016-10", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "late 2017", "2017", NULL, DS_MOD_LATE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "early November 2018", "2018-11", NULL, DS_MOD_EARLY, DS_ANCHOR_ABSOLUTE);
    /* no explicit month date in the document's prose but these: the
     * reference year is the most frequent of the month-precision years */
    expect(doc, "1980s", "1980", NULL, DS_MOD_DECADE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "2019", "2019", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "2019-08-02", "2019-08-02", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    const ds_timex *mid = find(doc, "mid-February");
    assert_non_null(mid);
    assert_int_equal(mid->mod, DS_MOD_MID);
    assert_int_equal(mid->value.month, 2);
    ds_doc_free(doc);
}

static void test_spans(void **state)
{
    (void)state;
    ds_doc *doc = annotate("The offensive lasted from June 3 to July 19, 2016, by most counts.\n"
                           "Shelling went on from March 1 to 12, 2021.\n"
                           "The front held between 2011 and 2014.\n"
                           "Its leader (Jan 2018 – present) replaced another (2014–2017).\n"
                           "Ceasefire talks ran Feb–Apr 2015 and 2009 – Aug 2010.\n"
                           "Recruitment has grown since at least October 2020.\n"
                           "In March and April 2023 the group struck twice.\n"
                           "Fighting raged 17-19 November 2015.\n"
                           "Convoys were hit on 3 and 5 May 2017.\n"
                           "Raids came in the first week of March 2021 and the last week of "
                           "February 2024.\n"
                           "Troops struck on the night of 16/17 May 2024.\n",
                           NULL);
    expect(doc, "from June 3 to July 19, 2016", "2016-06-03", "2016-07-19", DS_MOD_NONE,
           DS_ANCHOR_ABSOLUTE);
    expect(doc, "from March 1 to 12, 2021", "2021-03-01", "2021-03-12", DS_MOD_NONE,
           DS_ANCHOR_ABSOLUTE);
    expect(doc, "between 2011 and 2014", "2011", "2014", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Jan 2018 – present", "2018-01", "", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    assert_true(find(doc, "Jan 2018 – present")->open_end);
    expect(doc, "2014–2017", "2014", "2017", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Feb–Apr 2015", "2015-02", "2015-04", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "2009 – Aug 2010", "2009", "2010-08", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "since at least October 2020", "2020-10", "", DS_MOD_SINCE, DS_ANCHOR_ABSOLUTE);
    /* two months sharing a year: two DATE timexes */
    expect(doc, "March", "2023-03", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "April 2023", "2023-04", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "17-19 November 2015", "2015-11-17", "2015-11-19", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    /* a night across two days */
    expect(doc, "16/17 May 2024", "2024-05-16", "2024-05-17", DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "3", "2017-05-03", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "5 May 2017", "2017-05-05", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    /* a week of a month: its seven days (the leap year's last week too) */
    expect(doc, "first week of March 2021", "2021-03-01", "2021-03-07", DS_MOD_NONE,
           DS_ANCHOR_ABSOLUTE);
    expect(doc, "last week of February 2024", "2024-02-23", "2024-02-29", DS_MOD_NONE,
           DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
}

static void test_acled_gtd_openings(void **state)
{
    (void)state;
    ds_doc *doc = annotate("On Friday, 3 June 2022, a siege began; it lasted six hours.\n", NULL);
    expect(doc, "Friday, 3 June 2022", "2022-06-03", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    assert_int_equal(find(doc, "six hours")->kind, DS_TIMEX_DURATION);
    ds_doc_free(doc);
    doc = annotate("Around 9 May 2021 (as reported), a shopkeeper was shot.\n", NULL);
    expect(doc, "Around 9 May 2021", "2021-05-09", NULL, DS_MOD_APPROX, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    doc = annotate("On 30 June 2021, villagers protested in the district centre.\n", NULL);
    expect(doc, "30 June 2021", "2021-06-30", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    doc = annotate("07/04/2021: Assailants attacked a police post. Two officers died.\n", NULL);
    expect(doc, "07/04/2021", "2021-07-04", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    /* a leading "DATE:" is the document's date */
    assert_string_equal(doc->date, "2021-07-04");
    ds_doc_free(doc);
}

static void test_relative_with_document_date(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Militants shelled the town yesterday and a market on Tuesday.\n"
                           "Police said last week that arrests began last month.\n"
                           "Officials expect more attacks this year than last year.\n"
                           "Two weeks ago the road was cut; the governor spoke this morning.\n"
                           "The group has grown in recent months.\n",
                           "2022-03-10");
    /* 2022-03-10 is a Thursday */
    expect(doc, "yesterday", "2022-03-09", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Tuesday", "2022-03-08", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "last week", "2022-03-03", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect(doc, "last month", "2022-02", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "this year", "2022", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "last year", "2021", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Two weeks ago", "2022-02-24", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "this morning", "2022-03-10", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "in recent months", "2022-03", NULL, DS_MOD_BEFORE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "overnight" standing alone is the night ending on the report's day; a part of
     * a relative month keeps its modifier */
    doc = annotate("Overnight, rebels shelled the camp. Gunmen raided a farm late last month.\n"
                   "Troops repelled an overnight raid on Tuesday.\n",
                   "2022-03-10");
    expect(doc, "Overnight", "2022-03-10", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect(doc, "late last month", "2022-02", NULL, DS_MOD_LATE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Tuesday", "2022-03-08", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "overnight raid");
    ds_doc_free(doc);
    /* "Monday last week": that weekday of the calendar week before the
     * report's (it was the report's own week's Monday) */
    doc = annotate("On Monday last week, gunmen raided a farm. On Friday of last week, "
                   "rebels shelled a camp.\n",
                   "2022-03-10");
    expect(doc, "Monday last week", "2022-02-28", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Friday of last week", "2022-03-04", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "Overnight Saturday, ...": the weekday says which night (it was the
     * report's day) */
    doc = annotate("Overnight Saturday, gunmen raided a farm.\n", "2022-03-10");
    expect(doc, "Saturday", "2022-03-05", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "Overnight");
    ds_doc_free(doc);
    /* a fortnight is two weeks */
    doc = annotate("A fortnight ago, gunmen raided a farm.\n", "2022-03-10");
    expect(doc, "A fortnight ago", "2022-02-24", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
}

static void test_relative_narrative_and_unanchored(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Rebels took the airport on 5 August 2019. Three days later they lost "
                           "it, and the following day the army entered the city. Shortly "
                           "afterward, talks began.\n"
                           "Elsewhere a bridge was blown up yesterday.\n",
                           NULL);
    expect(doc, "Three days later", "2019-08-08", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "the following day", "2019-08-09", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "Shortly afterward", "2019-08-09", NULL, DS_MOD_AFTER, DS_ANCHOR_NARRATIVE);
    expect(doc, "yesterday", "", NULL, DS_MOD_NONE, DS_ANCHOR_NONE);
    ds_doc_free(doc);
}

static void test_year_anchoring(void **state)
{
    (void)state;
    /* no document date: a month-day takes the reference year (the most
     * frequent year of explicit month dates), or the year that puts it
     * nearest to an explicit month date earlier in the paragraph */
    ds_doc *doc = annotate("The cell first struck on June 12.\n"
                           "Its output has doubled since at least January 2021.\n"
                           "Raids in December 2020 failed. Its chief was shot on March 2.\n"
                           "By March 2021 the cell was quiet, and on May 5 it struck again.\n",
                           NULL);
    expect(doc, "June 12", "2021-06-12", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "March 2", "2021-03-02", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "May 5", "2021-05-05", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* with a document date, the nearest year looking back from it */
    doc = annotate("Gunmen attacked a bus on December 28, officials said.\n", "2022-01-04");
    expect(doc, "December 28", "2021-12-28", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* a year opening a sentence frames its paragraph; a year inside a
     * sentence or a citation year elsewhere does not */
    doc = annotate("In 2016, the front moved north. On 12 January the town fell.\n"
                   "The envoy cited Resolution 2216 (2015).\n"
                   "Gunmen attacked a bus on December 28.\n",
                   NULL);
    expect(doc, "12 January", "2016-01-12", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "December 28", "", NULL, DS_MOD_NONE, DS_ANCHOR_NONE);
    ds_doc_free(doc);
    /* a reference year older than a year the text told before: the later
     * one ("the first half of 2024" then "June 26", a "July 2023" after) */
    doc = annotate("The group conducted 20 attacks in the first half of 2024.\n"
                   "On June 26, its fighters ambushed a patrol.\n"
                   "Relations have soured since the July 2023 coup.\n",
                   NULL);
    expect(doc, "June 26", "2024-06-26", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* nothing to anchor on */
    doc = annotate("Gunmen attacked a bus on December 28.\n", NULL);
    expect(doc, "December 28", "", NULL, DS_MOD_NONE, DS_ANCHOR_NONE);
    ds_doc_free(doc);
}

static void test_datelines(void **state)
{
    (void)state;
    ds_doc *doc = annotate("HERAT, Afghanistan (Oct. 4, 2012) -- A roadside bomb struck a van "
                           "on Tuesday, killing six.\n",
                           NULL);
    assert_string_equal(doc->date, "2012-10-04");
    expect(doc, "Tuesday", "2012-10-02", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("KISMAYO, Somalia — April 7, 2023 — Two mortar rounds hit the port "
                   "yesterday.\n",
                   NULL);
    assert_string_equal(doc->date, "2023-04-07");
    expect(doc, "yesterday", "2023-04-06", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Press release\n\n12 September 2024\n\nThe ministry said the attack took "
                   "place last Friday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-09-12");
    expect(doc, "last Friday", "2024-09-06", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* an event date in running text is not a document date */
    doc = annotate("On 2 May 2020, fighters overran the post.\n", NULL);
    assert_string_equal(doc->date, "");
    ds_doc_free(doc);
    /* header lines: a byline with the date, a posting line, a press line */
    static const char *const headers[] = {
        "By Staff Reporter | March 25, 2024\n\nGunmen struck on Sunday.\n",
        "Posted on March 25, 2024 by admin\n\nGunmen struck on Sunday.\n",
        "Press release - 2024-03-25\n\nGunmen struck on Sunday.\n",
        "Maiduguri, 25 March 2024 - Gunmen struck a market on Sunday, police said.\n"};
    for (size_t i = 0; i < sizeof headers / sizeof *headers; i++) {
        doc = annotate(headers[i], NULL);
        assert_string_equal(doc->date, "2024-03-25");
        expect(doc, "Sunday", "2024-03-24", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
        ds_doc_free(doc);
    }
    /* a European d.m.yyyy line under a press release's heading; "the
     * night of 1 to 2 June" takes its year; a decimal stays a number */
    doc = annotate("MINISTRY OF DEFENCE - PRESS RELEASE\n03.06.2023\n\nOn the night of 1 to 2 "
                   "June, gunmen attacked a village. Prices rose 2.5 percent.\n",
                   NULL);
    assert_string_equal(doc->date, "2023-06-03");
    expect(doc, "1 to 2 June", "2023-06-01", "2023-06-02", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "2.5");
    ds_doc_free(doc);
    /* a weekend is its Saturday, approximately */
    doc = annotate("Press release\n\n25 March 2024\n\nClashes erupted over the weekend.\n", NULL);
    expect(doc, "the weekend", "2024-03-23", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "the weekend before last": a week before last weekend */
    doc = annotate("Press release\n\n28 March 2024\n\nThe weekend before last, rebels ambushed a "
                   "convoy near Abeche.\n",
                   NULL);
    expect(doc, "The weekend before last", "2024-03-16", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* French days without a year after a French dateline: "dans la nuit du
     * 10 au 11 mars" is a span, "le 4 mai" a day; "Mai-Mai" no date */
    doc = annotate("Niamey, le 12 mai 2024 - Des hommes armés ont attaqué Tiloa dans la nuit du 10 "
                   "au 11 mai. Les Mai-Mai ont tué deux civils le 4 mai.\n",
                   NULL);
    expect(doc, "10 au 11 mai", "2024-05-10", "2024-05-11", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "4 mai", "2024-05-04", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "Mai-Mai");
    ds_doc_free(doc);
    /* a wire's credit before the date: "N'DJAMENA (Reuters) 14 November
     * 2024 -" dates the report, so "on Sunday" is the 10th */
    doc = annotate(
        "N'DJAMENA (Reuters) 14 November 2024 - Gunmen killed three herders on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-11-14");
    expect(doc, "Sunday", "2024-11-10", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "on Tuesday last" is last Tuesday, not the report's Tuesday */
    doc = annotate("Press release, 10 September 2024\n\nGunmen attacked a village on Tuesday "
                   "last.\n",
                   NULL);
    expect(doc, "Tuesday last", "2024-09-03", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "ce" where "le" stands: "Bamako, ce 4 avril 2024 -" */
    doc = annotate("Bamako, ce 4 avril 2024 - Gunmen attacked a convoy near Douentza on Sunday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-04-04");
    expect(doc, "Sunday", "2024-03-31", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
}

static void test_not_dates(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Officials may resign. The rebels fired 1998 shells and 2,015 rounds.\n"
                           "Mar Elias church stood; Jan Kowalski reported it.\n"
                           "Students joined the vigil and March for Peace rallies.\n",
                           NULL);
    assert_int_equal(doc->timexes.n, 0);
    ds_doc_free(doc);
}

/* A sentence far longer than the lexer's window: every date is found once,
 * wherever the window boundaries fall. */
static void test_long_sentence(void **state)
{
    (void)state;
    char text[16384];
    size_t len = 0;
    int want = 0;
    for (int i = 0; i < 300; i++) {
        int n;
        if (i % 7 == 3) {
            n = snprintf(text + len, sizeof text - len, "on %d March 2011 and ", i % 28 + 1);
            want++;
        } else
            n = snprintf(text + len, sizeof text - len, "word%d, ", i);
        len += (size_t)n;
    }
    snprintf(text + len, sizeof text - len, "end.\n");
    ds_doc *doc = annotate(text, NULL);
    assert_int_equal(doc->timexes.n, want);
    for (uint32_t i = 0; i < doc->timexes.n; i++) {
        assert_int_equal(doc->timexes.v[i].value.year, 2011);
        assert_int_equal(doc->timexes.v[i].value.month, 3);
        if (i) assert_true(doc->timexes.v[i].span.start > doc->timexes.v[i - 1].span.start);
    }
    ds_doc_free(doc);
}

/* Lexeme a equals b: every field, or (space false) all but whether a space
 * comes before it, which a lexing resumed at a piece's start does not know. */
static void assert_same_lexeme(const ds_lx *a, const ds_lx *b, bool space)
{
    assert_int_equal(a->start, b->start);
    assert_int_equal(a->end, b->end);
    assert_int_equal(a->kind, b->kind);
    assert_int_equal(a->len, b->len);
    if (space) assert_int_equal(a->space, b->space);
    assert_int_equal(a->cap, b->cap);
    assert_int_equal(a->upper, b->upper);
    assert_int_equal(a->tag, b->tag);
    assert_int_equal(a->kw, b->kw);
    assert_int_equal(a->ch, b->ch);
    assert_true(a->num == b->num);
    assert_memory_equal(a->low, b->low, sizeof b->low);
}

/* detect_doc_date lexes a block only as far as its rules read, resuming
 * after cached or earlier lexemes: lexing in pieces must give the lexemes
 * of one pass (all but the space flag, which no rule reads). */
static void test_lex_resumes(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "MOGADISHU, Somalia — 14 March 2024 (Reuters) - Gunmen killed 3,000 goats.",
        "Internationalisation of São Tomé\xc2\xa0"
        "counter-insurgency: 1.5 km, 12,34 x",
        "ABCDEFGHIJKLMNOPQRS abcdefgh abcdefghijklmnop é\xe2\x80\x89Ża “q” …",
        "Kabul (Jan. 25, 2013) \xe2\x80\x94 2015\xe2\x80\x93present 107mm"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        const char *s = texts[t];
        uint32_t end = (uint32_t)strlen(s);
        ds_lx whole[64], piece[64];
        uint32_t n = ds_lex(whole, 64, s, 0, end);
        for (uint32_t step = 1; step <= 5; step++) {
            uint32_t m = 0, pos = 0, got;
            while (m < 64 && (got = ds_lex(piece + m, step, s, pos, end)) > 0) {
                m += got;
                pos = piece[m - 1].end;
            }
            assert_int_equal(m, n);
            for (uint32_t i = 0; i < n; i++) assert_same_lexeme(&piece[i], &whole[i], false);
        }
    }
}

/* Datelines opening long blocks (judged on the first lexemes only, most
 * from the first sentence's cached lexemes), one with a wire credit read
 * past the date. */
static void test_long_block_datelines(void **state)
{
    (void)state;
    static const struct {
        const char *text, *date;
    } cases[] = {
        {"NIAMEY, 12 March 2025 - Soldiers repelled an attack near the border on Sunday, the "
         "army said in a statement read on state television.\n",
         "2025-03-12"},
        {"MOGADISHU, Somalia, 14 March 2024 (Reuters) - Gunmen stormed a hotel in the capital "
         "on Wednesday, police said. The siege lasted hours.\n",
         "2024-03-14"},
        {"Maiduguri, 3 April 2024 - Insurgents attacked a camp for displaced people late on "
         "Tuesday. Residents said the fighters came on motorbikes.\n",
         "2024-04-03"},
        /* a date deep in a long block is no dateline */
        {"Fighters from the armed group attacked the village and burned the market before "
         "retreating, on 3 April 2024, witnesses said.\n",
         ""}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ds_doc *doc = annotate(cases[i].text, NULL);
        if (strcmp(doc->date, cases[i].date) != 0)
            fail_msg("case %zu: date '%s', want '%s'", i, doc->date, cases[i].date);
        ds_doc_free(doc);
    }
}

/* The sentence pre-filter (ds_sentence_may_hold) that lets timex.c and
 * quantity.c skip lexing: false for sentences with nothing to find, and
 * never false for a sentence where the annotators do find something. */
static void test_sentence_filter(void **state)
{
    (void)state;
    ds_doc *doc = annotate("The convoy reached the border crossing without incident.\n"
                           "Officials said the road had been reopened.\n"
                           "The talks resumed on Monday.\n"
                           "Fighting eased the following morning.\n"
                           "Dozens of families fled.\n"
                           "Some two hundred traders marched.\n"
                           "The 3rd brigade moved.\n"
                           "Mid-January was quiet.\n"
                           "A curfew was lifted shortly after.\n",
                           "2024-05-10");
    assert_int_equal(doc->sentences.n, 9);
    assert_int_equal(ds_annotate_quantities(doc, g_ctx), DS_OK);
    const unsigned tx = DS_KW_CAL | DS_KW_ANCHOR, qt = DS_KW_QSTART;
    bool want_tx[9] = {false, false, true, true, false, false, true, true, true};
    bool want_qt[9] = {false, false, false, false, true, true, true, true, false};
    for (uint32_t s = 0; s < 9; s++) {
        if (ds_sentence_may_hold(doc, s, tx) != want_tx[s])
            fail_msg("sentence %u: time filter %d", s, !want_tx[s]);
        if (ds_sentence_may_hold(doc, s, qt) != want_qt[s])
            fail_msg("sentence %u: count filter %d", s, !want_qt[s]);
    }
    for (uint32_t i = 0; i < doc->timexes.n; i++)
        assert_true(ds_sentence_may_hold(doc, doc->timexes.v[i].sentence, tx));
    for (uint32_t i = 0; i < doc->quantities.n; i++)
        assert_true(ds_sentence_may_hold(doc, doc->quantities.v[i].sentence, qt));
    assert_true(doc->timexes.n >= 3);
    assert_true(doc->quantities.n >= 2);
    /* the per-document cache agrees with the uncached filter and lexer */
    for (uint32_t s = 0; s < 9; s++) {
        unsigned kw = ds_sentence_kw(doc, s);
        assert_int_equal((kw & tx) != 0, ds_sentence_may_hold(doc, s, tx));
        assert_int_equal((kw & qt) != 0, ds_sentence_may_hold(doc, s, qt));
        const ds_sentence *se = &doc->sentences.v[s];
        ds_lx fresh[64], scratch[64];
        uint32_t n = ds_lex(fresh, 64, doc->text, se->span.start, se->span.end), m = 0;
        const ds_lx *kept = ds_sentence_lexemes(doc, s, scratch, 64, &m);
        assert_non_null(kept);
        assert_int_equal(m, n);
        for (uint32_t i = 0; i < n; i++) {
            assert_int_equal(kept[i].start, fresh[i].start);
            assert_int_equal(kept[i].end, fresh[i].end);
            assert_int_equal(kept[i].kind, fresh[i].kind);
            assert_int_equal(kept[i].kw, fresh[i].kw);
            assert_int_equal(kept[i].space, fresh[i].space);
            assert_memory_equal(kept[i].low, fresh[i].low, sizeof fresh[i].low);
        }
        uint32_t m2 = 0;
        assert_ptr_equal(ds_sentence_lexemes(doc, s, scratch, 64, &m2), kept);
        assert_int_equal(m2, m);
        /* more lexemes than the caller's window: NULL, it lexes window by window */
        if (n > 2) assert_null(ds_sentence_lexemes(doc, s, scratch, 2, &m2));
    }
    ds_doc_free(doc);
}

/* A partial lexing (ds_sentence_head_lexemes) is the exact head of the
 * whole lexing, every field, its lexemes after the key chunk included
 * (made from the tokens: capitalised, upper-case, long and keyword words,
 * punctuation touching or not). */
static void test_partial_heads(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "On 3 March 2024, Gunmen of the NSAG attacked a camp near the border , then fled.\n",
        "Around 31 March 2022 (as reported), the Counterinsurgencyoperations were said to pause.\n",
        "Eleven people (ALL civilians) were killed; Several MORE were hurt in the attack there.\n",
        "Police said 12 of them were arrested on Friday: The rest fled into the hills again.\n",
        "In June 2021 the U.S.-backed forces shelled the town and the villages around it.\n"};
    uint32_t partials = 0;
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        ds_doc *doc = annotate(texts[i], NULL);
        for (uint32_t s = 0; s < doc->sentences.n; s++) {
            const ds_sentence *se = &doc->sentences.v[s];
            ds_lx fresh[64], scratch[64];
            uint32_t n = ds_lex(fresh, 64, doc->text, se->span.start, se->span.end), m = 0;
            bool partial = false;
            const ds_lx *head = ds_sentence_head_lexemes(doc, s, scratch, 64, &m, &partial);
            assert_non_null(head);
            assert_true(m <= n);
            if (!partial) assert_int_equal(m, n);
            partials += partial;
            for (uint32_t k = 0; k < m; k++) assert_same_lexeme(&head[k], &fresh[k], true);
        }
        ds_doc_free(doc);
    }
    assert_true(partials >= 4); /* the heads this test is about */
}

/* Session 16 (invented sentences): French datelines of Sahel and Central
 * African reporting, a count left unsaid ("Days later"), a night over two
 * days ("In the night of Sunday to Monday"). */
static void test_french_and_nights(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Niamey, le 12 mars 2024 - In the night of Sunday to Monday, gunmen "
                           "attacked a post.\n\nDays later, an air strike hit their base.\n",
                           NULL);
    assert_string_equal(doc->date, "2024-03-12");
    expect(doc, "12 mars 2024", "2024-03-12", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Sunday to Monday", "2024-03-10", "2024-03-11", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Niamey, 14 March 2024 - Gunmen attacked Tera overnight Tuesday into "
                   "Wednesday.\n",
                   NULL);
    expect(doc, "Tuesday into Wednesday", "2024-03-12", "2024-03-13", DS_MOD_NONE,
           DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Niamey, le 12 mars 2024 - In the night of Sunday to Monday, gunmen "
                   "attacked a post.\n\nDays later, an air strike hit their base.\n",
                   NULL);
    /* (three days after the Monday, but not past the report's day) */
    expect(doc, "Days later", "2024-03-12", NULL, DS_MOD_APPROX, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* (with no report's day to bound it: undated) */
    doc = annotate("On 18 June 2024, gunmen attacked a post. Days later, the army arrested 12.\n",
                   NULL);
    expect(doc, "Days later", "", NULL, DS_MOD_APPROX, DS_ANCHOR_NONE);
    ds_doc_free(doc);
    doc = annotate("BAMAKO (Mali), 3 avril 2024 - Jihadists attacked a post on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-04-03");
    expect(doc, "Monday", "2024-04-01", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Bangui, le 1er février 2024. Rebels raided Bria on 28 janvier 2024. Hours "
                   "later, troops retook the town. The Mai-Mai 12 mai militia was not involved.\n",
                   NULL);
    expect(doc, "1er février 2024", "2024-02-01", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "28 janvier 2024", "2024-01-28", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Hours later", "2024-01-28", NULL, DS_MOD_AFTER, DS_ANCHOR_NARRATIVE);
    expect_none(doc, "12 mai");
    ds_doc_free(doc);
    /* table and header forms: "12-Mar-2024", "2024/03/12" */
    doc = annotate("Issued: 12-Mar-2024\n\nOn 2024/03/10, gunmen attacked Konduga. The "
                   "2023/24 season was dry.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-12");
    expect(doc, "2024/03/10", "2024-03-10", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect_none(doc, "2023/24");
    ds_doc_free(doc);
    /* a part of the report's month or year */
    doc = annotate("Nairobi, 14 June 2024 - At the start of the month, gunmen killed two "
                   "traders. By the end of last month, 40 people had fled.\n",
                   NULL);
    expect(doc, "the start of the month", "2024-06", NULL, DS_MOD_EARLY, DS_ANCHOR_NARRATIVE);
    expect(doc, "the end of last month", "2024-05", NULL, DS_MOD_LATE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Nairobi, 14 June 2024 - Since the beginning of the month, access to Mandera "
                   "has been cut.\n",
                   NULL);
    expect(doc, "Since the beginning of the month", "2024-06", NULL, DS_MOD_SINCE,
           DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* ... or of the story's, told in another year than the report's */
    doc = annotate("Nairobi, 14 June 2024\n\nIn January 2015, fighters seized Baga. By the end "
                   "of the year, the group had lost most of it.\n",
                   NULL);
    expect(doc, "the end of the year", "2015", NULL, DS_MOD_LATE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    doc = annotate("In March 2015, the group seized Baga. Later that year, it lost Damasak. On 3 "
                   "May 2016, police arrested two. Earlier that day, gunmen ambushed a patrol. "
                   "Earlier that month, troops retook Bama.\n",
                   NULL);
    expect(doc, "Later that year", "2015", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "Earlier that day", "2016-05-03", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "Earlier that month", "2016-05", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* a weekday and its date in parentheses: that date (not the report's week) */
    doc = annotate("Nairobi, 20 March 2024 - Militants shelled the camp on Tuesday (12 March).\n",
                   NULL);
    expect(doc, "Tuesday (12 March)", "2024-03-12", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* police English: "instant" this month, "ultimo" the month before */
    doc = annotate("Maiduguri, 12 March 2024\n\nOn the 9th instant at about 1900hrs, gunmen "
                   "attacked Konduga. On 28th ultimo, bandits abducted three farmers.\n",
                   NULL);
    expect(doc, "the 9th instant", "2024-03-09", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "28th ultimo", "2024-02-28", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* spans stated from a day or from the report's day */
    doc = annotate("Sahel update, 12 March 2024\n\nDuring the week of March 4, clashes killed 20. "
                   "In the past 72 hours, 30 people were killed.\n",
                   NULL);
    expect(doc, "March 4", "2024-03-04", "2024-03-10", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "72 hours", "2024-03-09", "2024-03-12", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* a weekly title's span places its weekdays, and dates no document */
    doc = annotate("Weekly conflict notes (8-14 April 2024)\n\nOn Tuesday, rebels shelled "
                   "a base. Fighting continued this week.\n",
                   NULL);
    assert_string_equal(doc->date, "");
    expect(doc, "Tuesday", "2024-04-09", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
}

/* Session 16b (invented sentences): a wire's dateline without its year,
 * slashed dates of a release outside the United States. */
static void test_wire_year_and_day_first(void **state)
{
    (void)state;
    /* the year from the story's dates; the dateline then dates the weekdays */
    ds_doc *doc =
        annotate("BANGKOK, Feb 7 (AP) - Insurgents detonated a bomb in Narathiwat on "
                 "Tuesday.\n\nThe blast came weeks after talks resumed on Jan 15, 2025.\n",
                 NULL);
    assert_string_equal(doc->date, "2025-02-07");
    expect(doc, "Tuesday", "2025-02-04", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* (looking back over the new year: December's story, January's report) */
    doc = annotate("LIMA, Jan 3 (Reuters) - Rebels ambushed a patrol on Monday. A similar "
                   "attack on Dec. 20, 2024 killed four.\n",
                   NULL);
    assert_string_equal(doc->date, "2025-01-03");
    ds_doc_free(doc);
    /* (a date years before it tells nothing of the report's year) */
    doc = annotate("KABUL, Feb 7 (Reuters) - A blast killed three on Tuesday. The Taliban took "
                   "power on Aug 15, 2021.\n",
                   NULL);
    assert_string_equal(doc->date, "");
    ds_doc_free(doc);
    /* no year anywhere: still undated */
    doc = annotate("BOGOTA, Sept 17 (Reuters) - Rebels killed four soldiers on Sunday.\n", NULL);
    assert_string_equal(doc->date, "");
    ds_doc_free(doc);
    /* a release's header date, day first; its weekdays follow */
    doc = annotate("PRESS RELEASE\nDate: 12/03/2024\n\nTroops repelled an attack on a base in "
                   "Marte on Sunday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-12");
    expect(doc, "Sunday", "2024-03-10", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* (unless the given date is the month-first reading) */
    doc = annotate("Date: 12/03/2024\n\nTroops repelled an attack on Sunday.\n", "2024-12-03");
    assert_string_equal(doc->date, "2024-12-03");
    expect(doc, "12/03/2024", "2024-12-03", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    doc = annotate("Ouagadougou, 04/05/2024\n\nOn 02/05/2024, gunmen attacked a village.\n", NULL);
    assert_string_equal(doc->date, "2024-05-04");
    expect(doc, "02/05/2024", "2024-05-02", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    /* month first where the text writes "March 4, 2024", or a GTD line */
    doc = annotate("Posted March 12, 2024\n\nOn 03/04/2024, gunmen attacked a village.\n", NULL);
    expect(doc, "03/04/2024", "2024-03-04", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    doc = annotate("03/04/2021: Assailants attacked a police post.\n", NULL);
    expect(doc, "03/04/2021", "2021-03-04", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    /* a French weekday before the dateline's date, with or without "le" */
    doc = annotate("Niamey, le mardi 12 mars 2024 - Gunmen attacked a post on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-03-12");
    expect(doc, "Sunday", "2024-03-10", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Bangui, jeudi 4 avril 2024 - Rebels attacked Bria on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-04-04");
    ds_doc_free(doc);
    /* a French month's abbreviation with its stop */
    doc = annotate("Conakry, 3 sept. 2024 - Police fired on protesters on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-09-03");
    expect(doc, "Sunday", "2024-09-01", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Bangui, le 12 oct. 2024 - Rebels attacked Bria on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-10-12");
    ds_doc_free(doc);
}

/* Session 17 (invented sentences): accented French month abbreviations
 * and datelines, the Congolese agency's ".-", a weekly title's "week of", a
 * log of dated entries, a night named after its first day. */
static void test_s17_datelines_and_nights(void **state)
{
    (void)state;
    ds_doc *doc = annotate("N'Djamena, le 9 f\xc3\xa9vr. 2024 - Gunmen attacked a post on "
                           "Tuesday.\n",
                           NULL);
    assert_string_equal(doc->date, "2024-02-09");
    expect(doc, "Tuesday", "2024-02-06", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Lom\xc3\xa9, 22 mai 2024 - Gunmen attacked a post on Friday.\n", NULL);
    assert_string_equal(doc->date, "2024-05-22");
    ds_doc_free(doc);
    /* (an abbreviation without its stop, before a year) */
    doc = annotate("YAOUNDE, Cameroun, 5 f\xc3\xa9vr 2024 - Gunmen attacked Mora.\n", NULL);
    assert_string_equal(doc->date, "2024-02-05");
    ds_doc_free(doc);
    doc = annotate("Kinshasa, 3 juin 2024 (ACP).- Rebels attacked a village on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-06-03");
    ds_doc_free(doc);
    /* the week, not the report's day: its 28 February is no date after it */
    doc = annotate("Myanmar notes, week of 26 February 2024\n\nFighters attacked Kani on 28 "
                   "February.\n",
                   NULL);
    assert_string_equal(doc->date, "");
    expect(doc, "28 February", "2024-02-28", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* a log: no entry's day is the report's; a weekday is its entry's */
    doc = annotate("Incident log, November 2024\n\nThailand, 4 Nov: A bomb exploded.\n\n"
                   "Ukraine, 8 Nov: In the night of Friday to Saturday, drones struck.\n",
                   NULL);
    assert_string_equal(doc->date, "");
    expect(doc, "Friday to Saturday", "2024-11-08", "2024-11-09", DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* told on a Friday, a Friday night into Saturday is the week before's */
    doc = annotate("Niamey, 15 March 2024 - Gunmen attacked a post on Friday night into "
                   "Saturday.\n",
                   NULL);
    expect(doc, "Friday night into Saturday", "2024-03-08", "2024-03-09", DS_MOD_NONE,
           DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
}

/* Session 18 (invented sentences): Spanish and Portuguese datelines, a
 * masthead line closed by its date, "mid-week". */
static void test_s18_iberian_masthead_midweek(void **state)
{
    (void)state;
    ds_doc *doc =
        annotate("BOGOT\xc3\x81, 4 de marzo de 2024 (EFE) - Guerrillas attacked a base on "
                 "Saturday.\n",
                 NULL);
    assert_string_equal(doc->date, "2024-03-04");
    expect(doc, "4 de marzo de 2024", "2024-03-04", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    expect(doc, "Saturday", "2024-03-02", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("MAPUTO, 5 de abril de 2024 - Insurgents raided Chiure on Wednesday.\n", NULL);
    assert_string_equal(doc->date, "2024-04-05");
    ds_doc_free(doc);
    doc = annotate("S\xc3\x83O PAULO, 3 de mar\xc3\xa7o de 2024 - Police raided a favela.\n", NULL);
    assert_string_equal(doc->date, "2024-03-03");
    ds_doc_free(doc);
    /* a Spanish wire's day and short month before its credit */
    doc = annotate("CIUDAD DE M\xc3\x89XICO, 12 mar (Reuters) - Gunmen killed six people on "
                   "Sunday.\n",
                   "2024-03-13");
    expect(doc, "12 mar", "2024-03-12", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "de" before no month is no date ("the 5 de ...") */
    doc = annotate("On 4 May 2024, 5 de facto officials resigned.\n", NULL);
    expect_none(doc, "5 de");
    ds_doc_free(doc);
    /* a full stop glued to a dash or a slash closes a dateline; a colon
     * after a place in capitals opens one */
    doc = annotate("Lima, 9 de enero de 2024.- Gunmen attacked a post on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-01-09");
    ds_doc_free(doc);
    doc = annotate("MOSCOW, May 3, 2024. /TASS/. Gunmen attacked a post on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-05-03");
    ds_doc_free(doc);
    doc = annotate("ISLAMABAD: March 3, 2024 - Gunmen attacked a post on Monday.\n", NULL);
    assert_string_equal(doc->date, "2024-03-03");
    ds_doc_free(doc);
    /* a date line with its clock time ("- 15:30" is no span to the 15th);
     * a line opened by a publishing word; a byline with "a.m." */
    doc = annotate("Security update\n\nMonday, March 11, 2024 - 15:30\n\nGunmen attacked a post "
                   "on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-11");
    expect(doc, "Monday, March 11, 2024", "2024-03-11", NULL, DS_MOD_NONE, DS_ANCHOR_ABSOLUTE);
    ds_doc_free(doc);
    doc = annotate("Security update\n\nIssued on 12 March 2024 by the Ministry of Defence\n\n"
                   "Gunmen attacked a post on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-12");
    ds_doc_free(doc);
    doc = annotate("Security update\n\nBy Jane Doe, Reuters | March 12, 2024 at 10:02 a.m.\n\n"
                   "Gunmen attacked a post on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-12");
    ds_doc_free(doc);
    /* a week's span on a header line under the title: its weekdays */
    doc = annotate("Security update\n\nWeekly Situation Report | 4 \xe2\x80\x93 10 March 2024\n\n"
                   "Gunmen attacked a post on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "");
    expect(doc, "Monday", "2024-03-04", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* a Spanish or Portuguese weekday before the date */
    doc = annotate("Bogot\xc3\xa1, lunes 4 de marzo de 2024 - Guerrillas attacked a base on "
                   "Saturday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-03-04");
    ds_doc_free(doc);
    doc = annotate("Maputo, sexta-feira, 5 de abril de 2024 - Insurgents raided Chiure on "
                   "Wednesday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-04-05");
    ds_doc_free(doc);
    /* the date in parentheses after the place's dash */
    doc = annotate("Manila, Philippines \xe2\x80\x94 (May 3, 2024) \xe2\x80\x94 Troops clashed "
                   "with rebels on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-05-03");
    ds_doc_free(doc);
    /* a masthead under the title */
    doc = annotate("Horn of Africa notes\n\nHorn Security Monitor, Weekly Brief No. 41, 12 October "
                   "2024\n\nFano fighters raided Dabat on Monday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-10-12");
    expect(doc, "Monday", "2024-10-07", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* the start or middle of the report's week, the start, middle or end
     * of the week before; not the end of this week (it may be to come) */
    doc = annotate("Kabul, 14 March 2024 - Rebels attacked at the start of the week. Police "
                   "clashed with protesters in the middle of last week. Troops left at the end of "
                   "last week. Talks resume at the end of the week.\n",
                   NULL);
    expect(doc, "the start of the week", "2024-03-11", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect(doc, "the middle of last week", "2024-03-06", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect(doc, "the end of last week", "2024-03-08", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "end of the week");
    ds_doc_free(doc);
    /* "the night before last": two days back */
    doc = annotate("Kabul, 14 March 2024 - A raid took place the night before last.\n", NULL);
    expect(doc, "the night before last", "2024-03-12", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "mid-week", "midweek": the Wednesday of the report's week */
    doc = annotate("Kabul, 10 May 2024 - Troops retook the post mid-week.\n", NULL);
    expect(doc, "mid-week", "2024-05-08", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Kabul, 10 May 2024 - Troops retook the post midweek.\n", NULL);
    expect(doc, "midweek", "2024-05-08", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
}

static void test_s19_items_spans_germanic(void **state)
{
    (void)state;
    /* an item's own dateline anchors its weekdays, not the report's date
     * (NARRATIVE since session 20: completed from a date the text gives) */
    ds_doc *doc = annotate("Regional notes, 30 June 2024\n\nYALA, Thailand, June 24 (Bernama) - A "
                           "bomb exploded on Sunday.\n\nOfficials met on Friday.\n",
                           NULL);
    assert_string_equal(doc->date, "2024-06-30");
    expect(doc, "Sunday", "2024-06-23", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "Friday", "2024-06-28", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* two consecutive days after "on" are a span */
    doc = annotate("Kabul, 10 May 2024 - Fighting raged on 5 and 6 May.\n", NULL);
    expect(doc, "5 and 6 May", "2024-05-05", "2024-05-06", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* two days that follow each other after "on", with suffixes or as
     * weekdays (the report's own Friday was taken for "Friday") */
    doc = annotate("Kabul, 10 May 2024 - Fighting raged on 3rd and 4th May. Troops moved in on "
                   "Friday and Saturday. Raids took place on Monday and Wednesday.\n",
                   NULL);
    expect(doc, "3rd and 4th May", "2024-05-03", "2024-05-04", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Friday and Saturday", "2024-05-03", "2024-05-04", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Monday", "2024-05-06", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* "from 3 until 6 May", "from Monday until Wednesday": spans */
    doc = annotate("Kabul, 10 May 2024 - Clashes went on from 3 until 6 May. Fighting continued "
                   "from Monday until Wednesday.\n",
                   NULL);
    expect(doc, "3 until 6 May", "2024-05-03", "2024-05-06", DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Monday until Wednesday", "2024-05-06", "2024-05-08", DS_MOD_NONE,
           DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* feasts by name: the last one on or before the report's day; not with
     * its year or in a name */
    doc = annotate("Lagos, 3 April 2024 - Gunmen attacked worshippers over the Easter weekend. A "
                   "bomb exploded on Good Friday. Police raided a house on Christmas Eve. It "
                   "recalled the 2009 Christmas Day plot.\n",
                   NULL);
    expect(doc, "Easter weekend", "2024-03-30", NULL, DS_MOD_APPROX, DS_ANCHOR_DOCUMENT);
    expect(doc, "Good Friday", "2024-03-29", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Christmas Eve", "2023-12-24", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect_none(doc, "Christmas Day");
    ds_doc_free(doc);
    doc = annotate("Kabul, 1 May 2025 - A bomb exploded on Easter Sunday.\n", NULL);
    expect(doc, "Easter Sunday", "2025-04-20", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* German and Dutch datelines; the German day's full stop ends no
     * sentence */
    doc = annotate("BERLIN, 6. Mai 2024 (dpa) - Police arrested two men on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-05-06");
    assert_int_equal(doc->sentences.n, 1);
    expect(doc, "Sunday", "2024-05-05", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    doc = annotate("Brussel, 6 mei 2024 - Police arrested two men on Sunday.\n", NULL);
    assert_string_equal(doc->date, "2024-05-06");
    ds_doc_free(doc);
    /* a publishing word before the date of a long title line */
    doc = annotate("Weekly roundup: Egypt, the Red Sea, Turkey and Europe (published 9 September "
                   "2024)\n\nTroops killed six militants on Tuesday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-09-09");
    ds_doc_free(doc);
}

static void test_calendar(void **state)
{
    (void)state;
    ds_date d = {2020, 2, 29};
    assert_int_equal(ds_date_days((ds_date){1970, 1, 1}), 0);
    ds_date r = ds_date_from_days(ds_date_days(d) + 1);
    assert_int_equal(r.year, 2020);
    assert_int_equal(r.month, 3);
    assert_int_equal(r.day, 1);
    r = ds_date_from_days(ds_date_days((ds_date){2021, 1, 1}) - 1);
    assert_int_equal(r.year, 2020);
    assert_int_equal(r.month, 12);
    assert_int_equal(r.day, 31);
}

static void test_s20_names_headers_iberian(void **state)
{
    (void)state;
    /* a weekday inside a name is no day; "On Monday President ..." is */
    ds_doc *doc = annotate("Hundreds marched on the anniversary of the 1998 Good Friday Agreement. "
                           "On Monday President Ruto said the talks had failed.\n",
                           "2024-05-08");
    assert_null(find(doc, "Friday"));
    expect(doc, "Monday", "2024-05-06", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    ds_doc_free(doc);
    /* a header line closing on a place and a date anchors the days under
     * it; an item's dateline, later than the report's, too */
    doc = annotate("Ministry of Internal Affairs, Makhachkala, 14 June 2024\n\nPolice detained "
                   "two men on Wednesday.\n\nArmed Forces of Armenia, Yerevan, 9 May 2024\n\n"
                   "Yesterday, shots were fired at Tegh.\n\nMADRID, 2024-05-20 - A march took "
                   "place on Saturday.\n",
                   NULL);
    assert_string_equal(doc->date, "2024-06-14");
    expect(doc, "Wednesday", "2024-06-12", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    expect(doc, "Yesterday", "2024-05-08", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    expect(doc, "Saturday", "2024-05-18", NULL, DS_MOD_NONE, DS_ANCHOR_NARRATIVE);
    ds_doc_free(doc);
    /* Spanish and Portuguese days without the year; a capitalised month
     * without it is a name ("1 de Maio", a neighbourhood) */
    doc = annotate("Quito, 20 de mayo de 2024.\n\nEl sábado 18 de mayo, agentes detuvieron a tres "
                   "hombres.\n\nMilitants attacked civilians in 1 de Maio.\n",
                   NULL);
    expect(doc, "18 de mayo", "2024-05-18", NULL, DS_MOD_NONE, DS_ANCHOR_DOCUMENT);
    assert_null(find(doc, "1 de Maio"));
    ds_doc_free(doc);
    /* a dateline between slashes (Armenpress) */
    doc = annotate("Yerevan/09.05.2024/Armenpress. Yesterday, shots were fired at Tegh.\n", NULL);
    assert_string_equal(doc->date, "2024-05-09");
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_infobox_values),
        cmocka_unit_test(test_absolute_dates),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_acled_gtd_openings),
        cmocka_unit_test(test_relative_with_document_date),
        cmocka_unit_test(test_relative_narrative_and_unanchored),
        cmocka_unit_test(test_year_anchoring),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_lex_resumes),
        cmocka_unit_test(test_long_block_datelines),
        cmocka_unit_test(test_sentence_filter),
        cmocka_unit_test(test_partial_heads),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_french_and_nights),
        cmocka_unit_test(test_wire_year_and_day_first),
        cmocka_unit_test(test_s17_datelines_and_nights),
        cmocka_unit_test(test_s18_iberian_masthead_midweek),
        cmocka_unit_test(test_s19_items_spans_germanic),
        cmocka_unit_test(test_s20_names_headers_iberian),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
