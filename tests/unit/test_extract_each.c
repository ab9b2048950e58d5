/* test_extract_each.c - ds_extraction_add_each (stage by stage over many
 * documents) gives exactly what ds_extraction_add gives document by
 * document: the same export, byte for byte, for distinct extractions and
 * for one extraction given several times. All notes are invented here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/dossier.h"

static ds_ctx *ctx;

/* Short notes of several kinds: an attack with a toll, a claim, a protest,
 * an air strike, a profile-like line, an assessment; the third and the
 * fourth report one happening, so that merging into one extraction shows. */
static const char *const notes[] = {
    "On 3 March 2024, gunmen killed 7 villagers in Tillaberi, Niger. No group claimed the attack.",
    "On 4 March 2024, al-Shabaab militants attacked a police station in Beledweyne, Somalia, "
    "killing 2 officers. The group claimed the attack.",
    "On 5 March 2024, about 300 teachers protested in Nairobi, Kenya, demanding unpaid wages.",
    "Teachers marched in Nairobi on 5 March 2024 over unpaid wages; police dispersed them.",
    "An air strike hit a market in Kidal, Mali, on 6 March 2024, killing 11 civilians. "
    "The group will likely continue attacks in the region.",
    "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) is led by Iyad Ag Ghaly since 2017.",
};
enum { NNOTES = sizeof notes / sizeof *notes };

static int setup(void **state)
{
    (void)state;
    ds_ctx_opts o = DS_CTX_OPTS_INIT;
    char err[256];
    if (ds_ctx_new(&ctx, &o, err, sizeof err) != DS_OK) {
        fprintf(stderr, "context: %s\n", err);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    ds_ctx_free(ctx);
    return 0;
}

static ds_doc *read_note(size_t i)
{
    ds_doc *doc = NULL;
    char id[16];
    snprintf(id, sizeof id, "n%zu", i);
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.id = id;
    assert_int_equal(ds_doc_read_mem(&doc, ctx, notes[i], strlen(notes[i]), id, &ro), DS_OK);
    return doc;
}

static char *export_json(ds_extraction *x)
{
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(ds_export(&out, &len, x, ctx, DS_EXPORT_JSON), DS_OK);
    assert_non_null(out);
    return out;
}

/* Each note into its own extraction: one at a time, then all at once. */
static void test_each_matches_one_by_one(void **state)
{
    (void)state;
    char *one[NNOTES];
    for (size_t i = 0; i < NNOTES; i++) {
        ds_extraction *x = NULL;
        ds_doc *doc = read_note(i);
        assert_int_equal(ds_extraction_new(&x, ctx), DS_OK);
        assert_int_equal(ds_extraction_add(x, ctx, doc), DS_OK);
        one[i] = export_json(x);
        ds_extraction_free(x);
        ds_doc_free(doc);
    }
    ds_extraction *xs[NNOTES];
    ds_doc *docs[NNOTES];
    for (size_t i = 0; i < NNOTES; i++) {
        docs[i] = read_note(i);
        assert_int_equal(ds_extraction_new(&xs[i], ctx), DS_OK);
    }
    assert_int_equal(ds_extraction_add_each(xs, ctx, docs, NNOTES), DS_OK);
    size_t events = 0;
    for (size_t i = 0; i < NNOTES; i++) {
        ds_doc_free(docs[i]); /* the extraction keeps copies */
        events += ds_extraction_event_count(xs[i]);
        char *each = export_json(xs[i]);
        assert_string_equal(each, one[i]);
        free(each);
        free(one[i]);
        ds_extraction_free(xs[i]);
    }
    assert_true(events >= 4); /* the notes do give events: the compare means something */
}

/* One extraction given for every note (the two Nairobi notes merge), and
 * one given twice among others: as ds_extraction_add in order. */
static void test_repeated_extraction_keeps_order(void **state)
{
    (void)state;
    ds_extraction *seq = NULL, *a = NULL, *b = NULL;
    assert_int_equal(ds_extraction_new(&seq, ctx), DS_OK);
    for (size_t i = 0; i < NNOTES; i++) {
        ds_doc *doc = read_note(i);
        assert_int_equal(ds_extraction_add(seq, ctx, doc), DS_OK);
        ds_doc_free(doc);
    }
    char *want = export_json(seq);
    ds_extraction_free(seq);

    assert_int_equal(ds_extraction_new(&a, ctx), DS_OK);
    assert_int_equal(ds_extraction_new(&b, ctx), DS_OK);
    ds_extraction *xs[NNOTES];
    ds_doc *docs[NNOTES];
    for (size_t i = 0; i < NNOTES; i++) {
        xs[i] = i == 1 ? b : a; /* a gets every note but the second */
        docs[i] = read_note(i);
    }
    assert_int_equal(ds_extraction_add_each(xs, ctx, docs, NNOTES), DS_OK);
    for (size_t i = 0; i < NNOTES; i++) ds_doc_free(docs[i]);
    /* b then holds note 1 alone; a all the others in order: rebuild that */
    ds_extraction *want_a = NULL;
    assert_int_equal(ds_extraction_new(&want_a, ctx), DS_OK);
    for (size_t i = 0; i < NNOTES; i++) {
        if (i == 1) continue;
        ds_doc *doc = read_note(i);
        assert_int_equal(ds_extraction_add(want_a, ctx, doc), DS_OK);
        ds_doc_free(doc);
    }
    char *got_a = export_json(a), *exp_a = export_json(want_a);
    assert_string_equal(got_a, exp_a);
    assert_true(ds_extraction_event_count(a) >= 3);
    assert_true(ds_extraction_event_count(b) >= 1);
    free(got_a);
    free(exp_a);
    free(want);
    ds_extraction_free(want_a);
    ds_extraction_free(a);
    ds_extraction_free(b);
}

/* Nothing to do is no error; an annotated document is not annotated twice. */
static void test_empty_and_already_annotated(void **state)
{
    (void)state;
    assert_int_equal(ds_extraction_add_each(NULL, ctx, NULL, 0), DS_OK);
    ds_doc *doc = read_note(0);
    assert_int_equal(ds_doc_annotate(ctx, doc), DS_OK);
    ds_extraction *x = NULL, *y = NULL;
    assert_int_equal(ds_extraction_new(&x, ctx), DS_OK);
    assert_int_equal(ds_extraction_new(&y, ctx), DS_OK);
    assert_int_equal(ds_extraction_add_each(&x, ctx, &doc, 1), DS_OK);
    ds_doc *fresh = read_note(0);
    assert_int_equal(ds_extraction_add(y, ctx, fresh), DS_OK);
    char *gx = export_json(x), *gy = export_json(y);
    assert_string_equal(gx, gy);
    free(gx);
    free(gy);
    ds_doc_free(fresh);
    ds_doc_free(doc);
    ds_extraction_free(x);
    ds_extraction_free(y);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_matches_one_by_one),
        cmocka_unit_test(test_repeated_extraction_keeps_order),
        cmocka_unit_test(test_empty_and_already_annotated),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
