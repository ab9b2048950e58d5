/* test_resolve.c - the merge of event mentions (resolve.c): one happening
 * told by two documents is one event with both sources; different places,
 * dates or countries stay apart; ids are stable and output is sorted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "ctx.h"
#include "dossier/extract.h"
#include "facts.h"

static ds_ctx *ctx;

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

static ds_extraction *new_x(void)
{
    ds_extraction *x = NULL;
    assert_int_equal(ds_extraction_new(&x, ctx), DS_OK);
    for (int i = 0; i < 2; i++) {
        ds_docinfo *d = ds_vec_push(x->arena, &x->docs);
        d->id = i ? "d2" : "d1";
        d->path = i ? "b.txt" : "a.txt";
    }
    return x;
}

static ds_event *add(ds_extraction *x, uint32_t doc, uint32_t start, const char *date,
                     const char *country, const char *type, const char *location, int32_t dead)
{
    ds_event *e = ds_vec_push(x->arena, &x->events);
    e->fatalities = dead;
    e->injuries = e->attackers = DS_NULL_INT;
    e->claimed = -1;
    snprintf(e->date, sizeof e->date, "%s", date);
    snprintf(e->country, sizeof e->country, "%s", country);
    e->event_type = type;
    e->location = location;
    e->geo_precision = location ? 1 : 3;
    ds_source *s = ds_vec_push(x->arena, &e->sources);
    s->doc = doc;
    s->start = start;
    s->end = start + 10;
    s->text = "a sentence";
    if (dead != DS_NULL_INT) {
        ds_toll *t = ds_vec_push(x->arena, &e->tolls);
        t->fatalities = dead;
        t->source = 0;
    }
    return e;
}

static const char *EXP = "Explosions/Remote violence";
static const char *VAC = "Violence against civilians";

static void test_two_documents_one_event(void **state)
{
    (void)state;
    ds_extraction *x = new_x();
    add(x, 0, 100, "2022-05-07", "TJK", EXP, NULL, 0);
    ds_event *b = add(x, 1, 200, "2022-05", "TJK", EXP, NULL, DS_NULL_INT);
    b->actor1 = "Desert Front";
    assert_int_equal(ds_resolve(x, ctx), DS_OK);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_string_equal(e->date, "2022-05-07"); /* the more precise date */
    assert_int_equal(e->sources.n, 2);
    assert_int_equal(e->fatalities, 0);
    assert_string_equal(e->actor1, "Desert Front");
    assert_true(strncmp(e->id, "ev-", 3) == 0);
    ds_extraction_free(x);
}

static void test_apart_when_place_date_or_country_differ(void **state)
{
    (void)state;
    ds_extraction *x = new_x();
    add(x, 0, 100, "2022-05-07", "AFG", EXP, "Kabul", 3);
    add(x, 1, 100, "2022-05-07", "AFG", EXP, "Kunduz", 4);    /* other city */
    add(x, 1, 300, "2022-05-08", "AFG", EXP, "Kabul", 5);     /* other day */
    add(x, 1, 400, "2022-05-07", "PAK", EXP, NULL, 6);        /* other country */
    add(x, 1, 500, "2022-05-07", "AFG", "Protests", NULL, 0); /* other kind */
    assert_int_equal(ds_resolve(x, ctx), DS_OK);
    assert_int_equal(x->events.n, 5);
    /* sorted by date then country */
    for (uint32_t i = 1; i < x->events.n; i++) {
        int c = strcmp(x->events.v[i - 1].date, x->events.v[i].date);
        assert_true(c < 0 ||
                    (c == 0 && strcmp(x->events.v[i - 1].country, x->events.v[i].country) <= 0));
    }
    ds_extraction_free(x);
}

static void test_conflicting_tolls_are_kept(void **state)
{
    (void)state;
    ds_extraction *x = new_x();
    add(x, 0, 100, "2021-08-26", "AFG", EXP, "Kabul", 182);
    add(x, 1, 900, "2021-08", "AFG", VAC, "Kabul", 170);
    assert_int_equal(ds_resolve(x, ctx), DS_OK);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_int_equal(e->fatalities, 182);
    assert_int_equal(e->tolls.n, 2);
    int32_t sum = 0;
    for (uint32_t i = 0; i < e->tolls.n; i++) {
        sum += e->tolls.v[i].fatalities;
        assert_true(e->tolls.v[i].source < e->sources.n);
    }
    assert_int_equal(sum, 182 + 170);
    assert_int_not_equal(e->tolls.v[0].source, e->tolls.v[1].source);
    assert_string_equal(e->event_type, EXP);
    ds_extraction_free(x);
}

static void test_ids_are_stable(void **state)
{
    (void)state;
    char first[40];
    for (int run = 0; run < 2; run++) {
        ds_extraction *x = new_x();
        if (run == 0) {
            add(x, 0, 100, "2020-01-02", "NGA", VAC, "Kano", 2);
            add(x, 0, 300, "2019-01-02", "NGA", VAC, "Jos", 1);
        } else {
            add(x, 0, 300, "2019-01-02", "NGA", VAC, "Jos", 1);
            add(x, 0, 100, "2020-01-02", "NGA", VAC, "Kano", 2);
        }
        assert_int_equal(ds_resolve(x, ctx), DS_OK);
        assert_int_equal(x->events.n, 2);
        assert_string_equal(x->events.v[0].location, "Jos");
        if (run == 0)
            snprintf(first, sizeof first, "%s", x->events.v[1].id);
        else
            assert_string_equal(first, x->events.v[1].id);
        assert_string_not_equal(x->events.v[0].id, x->events.v[1].id);
        ds_extraction_free(x);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_documents_one_event),
        cmocka_unit_test(test_apart_when_place_date_or_country_differ),
        cmocka_unit_test(test_conflicting_tolls_are_kept),
        cmocka_unit_test(test_ids_are_stable),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
