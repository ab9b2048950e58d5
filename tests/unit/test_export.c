/* test_export.c - the STIX 2.1, ACLED CSV and GeoJSON writers on a
 * hand-built extraction (invented facts): object kinds and references,
 * deterministic ids and timestamps, RFC 4180 quoting, null geometry.
 * `test_export --write-stix FILE` writes the bundle for test_stix.sh to
 * validate against the OASIS schemas. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "facts.h"

static const char **push_str(ds_extraction *x, ds_str_vec *v, const char *s)
{
    const char **slot = ds_vec_push(x->arena, v);
    if (slot) *slot = ds_facts_str(x, s);
    return slot;
}

static void push_source(ds_extraction *x, ds_source_vec *v, uint32_t doc, uint32_t start,
                        const char *text, const char *url)
{
    ds_source *s = ds_vec_push(x->arena, v);
    s->doc = doc;
    s->start = start;
    s->end = start + (uint32_t)strlen(text);
    s->text = ds_facts_str(x, text);
    if (url) {
        s->citations = ds_arena_alloc(x->arena, sizeof *s->citations);
        s->citations[0] = ds_facts_str(x, url);
        s->ncitations = 1;
    }
}

/* Two invented reports on an invented group, the River Brigade. */
static ds_extraction *sample(void)
{
    ds_extraction *x = NULL;
    if (ds_extraction_new(&x, NULL) != DS_OK) return NULL;
    for (int i = 0; i < 2; i++) {
        ds_docinfo *d = ds_vec_push(x->arena, &x->docs);
        d->id = ds_arena_printf(x->arena, "d%d", i + 1);
        d->path = ds_arena_printf(x->arena, "/reports/r%d.txt", i + 1);
        d->title = i ? NULL : ds_facts_str(x, "River Brigade, a profile");
        snprintf(d->date, sizeof d->date, "%s", i ? "2020-11" : "2020-10-05");
    }
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    a->name = ds_facts_str(x, "River Brigade");
    a->type = "armed_group";
    push_str(x, &a->aliases, "RB");
    snprintf(a->founded, sizeof a->founded, "2012");
    push_source(x, &a->sources, 0, 0, "The River Brigade (RB) formed in 2012.", NULL);
    ds_leader *l = ds_vec_push(x->arena, &a->leaders);
    l->name = ds_facts_str(x, "Yusuf Dane");
    l->role = "commander";
    snprintf(l->start, sizeof l->start, "2012");
    snprintf(l->end, sizeof l->end, "2019-03");
    l->status = "dead";
    push_source(x, &l->sources, 0, 50, "Its first commander died in March 2019.", NULL);
    ds_affiliation *f = ds_vec_push(x->arena, &a->affiliations);
    f->name = ds_facts_str(x, "Delta Cells");
    f->relation = "ally";
    push_source(x, &f->sources, 1, 10, "It works with the Delta Cells.", NULL);
    ds_outlet *o = ds_vec_push(x->arena, &a->media_outlets);
    o->name = ds_facts_str(x, "River Voice");
    ds_actor *army = ds_vec_push(x->arena, &x->actors);
    army->name = ds_facts_str(x, "Military Forces of Niger");
    army->type = "state_force";
    snprintf(army->country, sizeof army->country, "NER");

    ds_event *e = ds_vec_push(x->arena, &x->events);
    snprintf(e->id, sizeof e->id, "ev-test-1");
    snprintf(e->date, sizeof e->date, "2020-09-14");
    snprintf(e->country, sizeof e->country, "NER");
    e->event_type = "Battles";
    e->sub_event_type = "Armed clash";
    e->disorder_type = "Political violence";
    e->actor1 = ds_facts_str(x, "RB");
    e->actor2 = ds_facts_str(x, "Military Forces of Niger");
    e->location = ds_facts_str(x, "Tillaberi, \"west\"");
    e->admin1 = ds_facts_str(x, "Tillaberi");
    e->latitude = 14.21;
    e->longitude = 1.45;
    e->has_coords = true;
    e->geo_precision = 1;
    e->time_precision = 1;
    e->fatalities = 12;
    e->injuries = DS_NULL_INT;
    e->attackers = DS_NULL_INT;
    e->claimed = 1;
    push_str(x, &e->denied_by, "Nobody");
    push_source(x, &e->sources, 0, 120,
                "RB fighters clashed with soldiers, killing 12, with a comma.",
                "https://example.org/a");
    push_source(x, &e->sources, 1, 300, "Twelve died in the clash near Tillaberi.", NULL);

    ds_event *g = ds_vec_push(x->arena, &x->events);
    snprintf(g->id, sizeof g->id, "ev-test-2");
    snprintf(g->date, sizeof g->date, "2020-10");
    snprintf(g->country, sizeof g->country, "NER");
    g->event_type = "Violence against civilians";
    g->actor1 = ds_facts_str(x, "Unknown gunmen");
    g->fatalities = DS_NULL_INT;
    g->injuries = DS_NULL_INT;
    g->attackers = DS_NULL_INT;
    g->claimed = -1;
    push_source(x, &g->sources, 1, 400, "Gunmen killed villagers\nin October.", NULL);

    ds_assessment *as = ds_vec_push(x->arena, &x->assessments);
    as->text = ds_facts_str(x, "The River Brigade very likely retains its rural bases.");
    as->confidence = "very_likely";
    as->p_min = 0.80;
    as->p_max = 0.95;
    as->subject = ds_facts_str(x, "River Brigade");
    as->source.doc = 0;
    as->source.start = 500;
    as->source.end = 560;
    as->source.text = as->text;
    x->finished = true;
    return x;
}

static json_t *stix_of(ds_extraction *x, char **text)
{
    buf b = BUF_INIT;
    assert_int_equal(ds_export_stix(&b, x), DS_OK);
    json_error_t err;
    json_t *j = json_loads(b.data, 0, &err);
    if (!j) fail_msg("bundle is not JSON: %s", err.text);
    *text = buf_take(&b, NULL);
    return j;
}

static json_t *find(json_t *objs, const char *type, const char *key, const char *value)
{
    for (size_t i = 0; i < json_array_size(objs); i++) {
        json_t *o = json_array_get(objs, i);
        if (strcmp(json_string_value(json_object_get(o, "type")), type)) continue;
        const char *v = key ? json_string_value(json_object_get(o, key)) : NULL;
        if (!key || (v && !strcmp(v, value))) return o;
    }
    return NULL;
}

static void test_stix_bundle(void **state)
{
    (void)state;
    ds_extraction *x = sample();
    char *t1, *t2;
    json_t *b = stix_of(x, &t1);
    json_decref(stix_of(x, &t2));
    assert_string_equal(t1, t2); /* deterministic */
    free(t2);
    assert_string_equal(json_string_value(json_object_get(b, "type")), "bundle");
    json_t *objs = json_object_get(b, "objects");
    json_t *ta = find(objs, "threat-actor", "name", "River Brigade");
    assert_non_null(ta);
    assert_string_equal(json_string_value(json_array_get(json_object_get(ta, "aliases"), 0)), "RB");
    assert_non_null(find(objs, "identity", "name", "Military Forces of Niger"));
    assert_non_null(find(objs, "identity", "name", "Yusuf Dane"));
    assert_non_null(find(objs, "identity", "name", "River Voice"));
    assert_non_null(find(objs, "location", "country", "NE")); /* ISO alpha-2 */
    json_t *inc = find(objs, "incident", NULL, NULL);
    assert_non_null(inc);
    /* fatalities in the extension defined in the bundle */
    json_t *def = find(objs, "extension-definition", NULL, NULL);
    assert_non_null(def);
    json_t *ext = json_object_get(json_object_get(inc, "extensions"),
                                  json_string_value(json_object_get(def, "id")));
    assert_int_equal(json_integer_value(json_object_get(ext, "fatalities")), 12);
    assert_string_equal(json_string_value(json_object_get(inc, "created")),
                        "2020-10-05T00:00:00.000Z");
    /* the incident is attributed to the threat actor (found by its alias) */
    json_t *rel = find(objs, "relationship", "relationship_type", "attributed-to");
    assert_non_null(rel);
    assert_string_equal(json_string_value(json_object_get(rel, "target_ref")),
                        json_string_value(json_object_get(ta, "id")));
    json_t *lead = find(objs, "relationship", "relationship_type", "x-leader-of");
    assert_non_null(lead);
    assert_string_equal(json_string_value(json_object_get(lead, "start_time")),
                        "2012-01-01T00:00:00.000Z");
    assert_string_equal(json_string_value(json_object_get(lead, "stop_time")),
                        "2019-03-01T00:00:00.000Z");
    json_t *note = find(objs, "note", NULL, NULL);
    assert_int_equal(json_integer_value(json_object_get(note, "confidence")), 88);
    /* one report per document, each listing what it backs */
    size_t reports = 0;
    for (size_t i = 0; i < json_array_size(objs); i++) {
        json_t *o = json_array_get(objs, i);
        if (strcmp(json_string_value(json_object_get(o, "type")), "report")) continue;
        reports++;
        bool has_inc = false;
        json_t *refs = json_object_get(o, "object_refs");
        for (size_t k = 0; k < json_array_size(refs); k++)
            has_inc |= !strcmp(json_string_value(json_array_get(refs, k)),
                               json_string_value(json_object_get(inc, "id")));
        assert_true(has_inc);
    }
    assert_int_equal(reports, 2);
    /* every id is unique */
    for (size_t i = 0; i < json_array_size(objs); i++)
        for (size_t k = i + 1; k < json_array_size(objs); k++)
            assert_string_not_equal(
                json_string_value(json_object_get(json_array_get(objs, i), "id")),
                json_string_value(json_object_get(json_array_get(objs, k), "id")));
    /* the citation URL is an external reference */
    assert_non_null(strstr(t1, "\"url\": \"https://example.org/a\""));
    free(t1);
    json_decref(b);
    ds_extraction_free(x);
}

static void test_acled_csv(void **state)
{
    (void)state;
    ds_extraction *x = sample();
    buf b = BUF_INIT;
    assert_int_equal(ds_export_acled(&b, x), DS_OK);
    const char *s = b.data;
    assert_true(strncmp(s, "event_id_cnty,event_date,year,time_precision,", 45) == 0);
    const char *row1 = strstr(s, "\r\n") + 2;
    assert_true(strncmp(row1,
                        "NER1,2020-09-14,2020,1,Political violence,Battles,Armed clash,RB,,2,"
                        "Military Forces of Niger,,1,12,,562,Western Africa,Niger,Tillaberi,,,"
                        "\"Tillaberi, \"\"west\"\"\",14.2100,1.4500,1,",
                        160) == 0);
    /* the second event: month precision, unknown actor type, quoted newline */
    const char *row2 = strstr(row1, "\r\nNER2,2020-10-01,2020,3,");
    assert_non_null(row2);
    assert_non_null(strstr(row2, "\"Gunmen killed villagers\nin October.\""));
    /* violence against civilians with no target named: ACLED's "Civilians
     * (Country)", inter 7, civilian targeting */
    assert_non_null(strstr(row2, ",Unknown gunmen,,0,Civilians (Niger),,7,7,Civilian targeting,"));
    buf_free(&b);
    ds_extraction_free(x);
}

static void test_geojson(void **state)
{
    (void)state;
    ds_extraction *x = sample();
    buf b = BUF_INIT;
    assert_int_equal(ds_export_geojson(&b, x), DS_OK);
    json_t *j = json_loads(b.data, 0, NULL);
    assert_non_null(j);
    json_t *fs = json_object_get(j, "features");
    assert_int_equal(json_array_size(fs), 2);
    json_t *c = json_object_get(json_object_get(json_array_get(fs, 0), "geometry"), "coordinates");
    assert_true(json_real_value(json_array_get(c, 0)) == 1.45); /* longitude first */
    assert_true(json_is_null(json_object_get(json_array_get(fs, 1), "geometry")));
    assert_int_equal(json_integer_value(json_object_get(
                         json_object_get(json_array_get(fs, 0), "properties"), "fatalities")),
                     12);
    json_decref(j);
    buf_free(&b);
    ds_extraction_free(x);
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "--write-stix")) {
        ds_extraction *x = sample();
        buf b = BUF_INIT;
        FILE *f = fopen(argv[2], "w");
        int rc = x && f && ds_export_stix(&b, x) == DS_OK && fwrite(b.data, 1, b.len, f) == b.len
                     ? 0
                     : 1;
        if (f && fclose(f) != 0) rc = 1;
        buf_free(&b);
        ds_extraction_free(x);
        return rc;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stix_bundle),
        cmocka_unit_test(test_acled_csv),
        cmocka_unit_test(test_geojson),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
