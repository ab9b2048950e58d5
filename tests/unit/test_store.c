/* test_store.c - the knowledge base (store_sqlite.c) on hand-built
 * extractions: ingest, idempotence, cross-document merge of actors and
 * events, replace-on-change with pruning, the questions (events, actor
 * dossier, timeline, search, sources) and the store read back as an
 * extraction. Also the hashes behind it (sha256 and uuid5 vectors). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ctx.h"
#include "facts.h"
#include "util/sha.h"

/* ---- hashes ------------------------------------------------------------ */

static void test_sha256_vectors(void **state)
{
    (void)state;
    char hex[65];
    sha256_hex(hex, "", 0);
    assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex(hex, "abc", 3);
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(hex, m, strlen(m));
    assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* longer than a block, not a multiple of one: the padding */
    char thousand[1000];
    memset(thousand, 'a', sizeof thousand);
    sha256_hex(hex, thousand, sizeof thousand);
    assert_string_equal(hex, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

static void test_uuid5_vectors(void **state)
{
    (void)state;
    /* RFC 4122 DNS namespace; Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") */
    static const uint8_t dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                    0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    char u[37];
    uuid5(u, dns, "python.org", 10);
    assert_string_equal(u, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    /* a name of more than one SHA-1 block */
    const char *name = "intrusion-set|Islamic State Khorasan Province Islamic State Khorasan "
                       "Province Islamic State Khorasan Province ";
    uuid5(u, dns, name, strlen(name));
    assert_string_equal(u, "0ea370e3-1c16-567d-8c29-4fa7786de1ed");
}

/* ---- hand-built extractions ------------------------------------------------ */

typedef struct fixture {
    ds_ctx *ctx;
    char dir[64];
    char db[128];
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    ds_ctx_opts o = DS_CTX_OPTS_INIT;
    char err[256];
    if (ds_ctx_new(&f->ctx, &o, err, sizeof err) != DS_OK) {
        free(f);
        return -1;
    }
    snprintf(f->dir, sizeof f->dir, "/tmp/ds_store_XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->db, sizeof f->db, "%s/kb.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0) return -1;
    ds_ctx_free(f->ctx);
    free(f);
    return 0;
}

static const char **str(ds_extraction *x, ds_str_vec *v, const char *s)
{
    const char **slot = ds_vec_push(x->arena, v);
    assert_non_null(slot);
    *slot = ds_facts_str(x, s);
    return slot;
}

static void source(ds_extraction *x, ds_source_vec *v, uint32_t doc, uint32_t start,
                   const char *text, const char *url)
{
    ds_source *s = ds_vec_push(x->arena, v);
    assert_non_null(s);
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

static ds_docinfo *add_doc(ds_extraction *x, const char *path, const char *sha, const char *date)
{
    ds_docinfo *d = ds_vec_push(x->arena, &x->docs);
    assert_non_null(d);
    d->id = ds_arena_printf(x->arena, "d%u", x->docs.n);
    d->path = ds_facts_str(x, path);
    d->title = ds_facts_str(x, "An invented report");
    snprintf(d->date, sizeof d->date, "%s", date);
    snprintf(d->sha256, sizeof d->sha256, "%s", sha);
    d->text = ds_facts_str(x, "The Northern Front raided a market town in the hills.");
    return d;
}

static ds_event *add_event(ds_extraction *x, uint32_t doc, const char *date, const char *country,
                           const char *actor1, const char *location, int32_t fatalities,
                           uint32_t at, const char *text)
{
    ds_event *e = ds_vec_push(x->arena, &x->events);
    assert_non_null(e);
    snprintf(e->id, sizeof e->id, "ev-%s-%s-%s", country, date, location);
    snprintf(e->date, sizeof e->date, "%s", date);
    snprintf(e->country, sizeof e->country, "%s", country);
    e->event_type = "Battles";
    e->sub_event_type = "Armed clash";
    e->actor1 = ds_facts_str(x, actor1);
    e->actor2 = ds_facts_str(x, "Military Forces of Kenya");
    e->location = ds_facts_str(x, location);
    e->latitude = 0.5;
    e->longitude = 37.5;
    e->has_coords = true;
    e->geo_precision = 1;
    e->fatalities = fatalities;
    e->injuries = DS_NULL_INT;
    e->attackers = DS_NULL_INT;
    e->claimed = 1;
    e->time_precision = strlen(date) == 10 ? 1 : 3;
    str(x, &e->denied_by, "Someone, \"quoted\"");
    source(x, &e->sources, doc, at, text, "https://example.org/note/1");
    return e;
}

/* The Northern Front (an invented group): profile with two leaders, an
 * affiliation and an outlet; one event; one assessment. */
static ds_extraction *northern_front(const char *path, const char *sha, bool with_event)
{
    ds_extraction *x = NULL;
    assert_int_equal(ds_extraction_new(&x, NULL), DS_OK);
    add_doc(x, path, sha, "2021-06-01");
    ds_actor *a = ds_vec_push(x->arena, &x->actors);
    a->name = ds_facts_str(x, "Northern Front");
    a->type = "armed_group";
    str(x, &a->aliases, "NF");
    str(x, &a->aliases, "Jabhat al-Shamal");
    snprintf(a->founded, sizeof a->founded, "2014-02");
    a->has_strength = true;
    a->strength_min = 300;
    a->strength_max = 500;
    source(x, &a->sources, 0, 0, "The Northern Front, or NF, formed in February 2014.", NULL);
    const char *names[] = {"Umar Khalid", "Said Rahimi"};
    const char *starts[] = {"2014", "2017-05"};
    const char *ends[] = {"2017-04", ""};
    for (int i = 0; i < 2; i++) {
        ds_leader *l = ds_vec_push(x->arena, &a->leaders);
        l->name = ds_facts_str(x, names[i]);
        l->role = "emir";
        snprintf(l->start, sizeof l->start, "%s", starts[i]);
        snprintf(l->end, sizeof l->end, "%s", ends[i]);
        l->status = i == 0 ? "dead" : "current";
        l->open_end = i == 1;
        source(x, &l->sources, 0, 60 + 40 * (uint32_t)i, "Its emir was named in a statement.",
               NULL);
    }
    ds_affiliation *af = ds_vec_push(x->arena, &a->affiliations);
    af->name = ds_facts_str(x, "Hill Brigade");
    af->relation = "subgroup";
    snprintf(af->start, sizeof af->start, "2015");
    source(x, &af->sources, 0, 200, "The Hill Brigade joined it in 2015.", NULL);
    ds_outlet *o = ds_vec_push(x->arena, &a->media_outlets);
    o->name = ds_facts_str(x, "Voice of the North");
    str(x, &o->languages, "Swahili");
    if (with_event)
        add_event(x, 0, "2021-03-04", "KEN", "NF", "Isiolo", 7, 300,
                  "NF fighters attacked an army post near Isiolo, killing seven soldiers.");
    ds_assessment *as = ds_vec_push(x->arena, &x->assessments);
    as->text = ds_facts_str(x, "The group will likely attempt further raids.");
    as->confidence = "likely";
    as->p_min = 0.55;
    as->p_max = 0.80;
    as->subject = ds_facts_str(x, "Northern Front");
    as->source.doc = 0;
    as->source.start = 400;
    as->source.end = 445;
    as->source.text = as->text;
    x->finished = true;
    return x;
}

static json_t *query(char *s)
{
    assert_non_null(s);
    json_error_t e;
    json_t *j = json_loads(s, JSON_DECODE_ANY, &e);
    if (!j) fail_msg("bad JSON (%s): %.300s", e.text, s);
    free(s);
    return j;
}

static json_t *stats(ds_store *s, ds_ctx *ctx)
{
    char *out = NULL;
    assert_int_equal(ds_store_stats(&out, NULL, s, ctx), DS_OK);
    return query(out);
}

static long long stat(json_t *st, const char *k)
{
    return json_integer_value(json_object_get(st, k));
}

static void test_ingest_is_idempotent(void **state)
{
    fixture *f = *state;
    ds_store *s = NULL;
    assert_int_equal(ds_store_open(&s, f->ctx, f->db), DS_OK);
    ds_extraction *x = northern_front("/r/one.txt", "aaaa", true);
    ds_ingest_result r;
    memset(&r, 0, sizeof r);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_ADDED);
    assert_int_equal(r.events_new, 1);
    json_t *a = stats(s, f->ctx);
    assert_int_equal(stat(a, "documents"), 1);
    assert_int_equal(stat(a, "events"), 1);
    assert_int_equal(stat(a, "leaders"), 2);
    assert_int_equal(stat(a, "assessments"), 1);
    /* actor1 "NF" resolved to the profile by alias; actor2 created */
    assert_int_equal(stat(a, "actors"), 2);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_UNCHANGED);
    json_t *b = stats(s, f->ctx);
    assert_true(json_equal(a, b));
    json_decref(a);
    json_decref(b);
    ds_extraction_free(x);
    ds_store_close(s);
    /* the file: WAL journal, schema at the latest migration, keys consistent */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    sqlite3_stmt *q = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(q, 0), "wal");
    sqlite3_finalize(q);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_true(sqlite3_column_int(q, 0) >= 2);
    sqlite3_finalize(q);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_DONE);
    sqlite3_finalize(q);
    sqlite3_close(db);
    /* reopening migrates nothing and keeps everything */
    assert_int_equal(ds_store_open(&s, f->ctx, f->db), DS_OK);
    b = stats(s, f->ctx);
    assert_int_equal(stat(b, "events"), 1);
    json_decref(b);
    ds_store_close(s);
}

static void test_cross_document_merge_and_questions(void **state)
{
    fixture *f = *state;
    ds_store *s = NULL;
    assert_int_equal(ds_store_open(&s, f->ctx, f->db), DS_OK);
    ds_extraction *x = northern_front("/r/one.txt", "aaaa", true);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, NULL), DS_OK);
    ds_extraction_free(x);
    /* a second report: same clash at month precision, by the group's full
     * name, another uid; plus a first strike in another country */
    assert_int_equal(ds_extraction_new(&x, NULL), DS_OK);
    add_doc(x, "/r/two.html", "bbbb", "2021-09");
    ds_event *e = add_event(x, 0, "2021-03", "KEN", "Northern Front", "Isiolo", DS_NULL_INT, 10,
                            "In March the Northern Front hit an army post in Isiolo.");
    snprintf(e->id, sizeof e->id, "other-uid");
    add_event(x, 0, "2021-08-20", "ETH", "Jabhat al-Shamal", "Moyale", 2, 90,
              "Fighters of Jabhat al-Shamal crossed into Ethiopia near Moyale.");
    x->finished = true;
    ds_ingest_result r;
    memset(&r, 0, sizeof r);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, &r), DS_OK);
    assert_int_equal(r.events_merged, 1);
    assert_int_equal(r.events_new, 1);
    ds_extraction_free(x);

    char *out = NULL;
    ds_event_filter flt = DS_EVENT_FILTER_INIT;
    flt.country = "ken";
    assert_int_equal(ds_store_events(&out, NULL, s, f->ctx, &flt), DS_OK);
    json_t *ev = query(out);
    assert_int_equal(json_array_size(ev), 1);
    json_t *e0 = json_array_get(ev, 0);
    assert_int_equal(json_integer_value(json_object_get(e0, "n_sources")), 2);
    assert_string_equal(json_string_value(json_object_get(e0, "date")), "2021-03-04");
    assert_int_equal(json_integer_value(json_object_get(e0, "fatalities")), 7);
    json_t *srcs = json_object_get(e0, "sources");
    assert_int_equal(json_array_size(srcs), 2);
    assert_string_equal(
        json_string_value(json_array_get(json_object_get(json_array_get(srcs, 0), "citations"), 0)),
        "https://example.org/note/1");
    const char *uid = json_string_value(json_object_get(e0, "id"));
    assert_int_equal(ds_store_sources(&out, NULL, s, f->ctx, uid), DS_OK);
    json_t *so = query(out);
    assert_int_equal(json_array_size(so), 2);
    json_decref(so);
    json_decref(ev);

    flt = (ds_event_filter)DS_EVENT_FILTER_INIT;
    flt.actor = "nf";
    flt.since = "2021-04-01";
    assert_int_equal(ds_store_events(&out, NULL, s, f->ctx, &flt), DS_OK);
    ev = query(out);
    assert_int_equal(json_array_size(ev), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 0), "country")),
                        "ETH");
    json_decref(ev);
    flt = (ds_event_filter)DS_EVENT_FILTER_INIT;
    flt.min_fatalities = 3;
    assert_int_equal(ds_store_events(&out, NULL, s, f->ctx, &flt), DS_OK);
    ev = query(out);
    assert_int_equal(json_array_size(ev), 1);
    json_decref(ev);

    /* the dossier, found by an alias in another spelling */
    assert_int_equal(ds_store_actor(&out, NULL, s, f->ctx, "JABHAT AL SHAMAL"), DS_OK);
    json_t *d = query(out);
    assert_string_equal(json_string_value(json_object_get(d, "name")), "Northern Front");
    json_t *leaders = json_object_get(d, "leaders");
    assert_int_equal(json_array_size(leaders), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(leaders, 0), "name")),
                        "Umar Khalid");
    assert_string_equal(json_string_value(json_object_get(json_array_get(leaders, 1), "start")),
                        "2017-05");
    assert_int_equal(json_array_size(json_object_get(d, "aliases")), 2);
    assert_int_equal(json_array_size(json_object_get(d, "affiliations")), 1);
    assert_int_equal(json_array_size(json_object_get(d, "media_outlets")), 1);
    json_t *exp = json_object_get(d, "expansion");
    assert_int_equal(json_array_size(exp), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(exp, 0), "country")),
                        "KEN");
    assert_string_equal(json_string_value(json_object_get(json_array_get(exp, 1), "country")),
                        "ETH");
    assert_int_equal(json_array_size(json_object_get(d, "assessments")), 1);
    json_decref(d);
    assert_int_equal(ds_store_actor(&out, NULL, s, f->ctx, "Nobody At All"), DS_OK);
    d = query(out);
    assert_true(json_is_null(d));
    json_decref(d);

    assert_int_equal(ds_store_timeline(&out, NULL, s, f->ctx, "NF", DS_BY_YEAR, true), DS_OK);
    json_t *t = query(out);
    assert_int_equal(json_array_size(t), 2);
    json_decref(t);
    assert_int_equal(ds_store_search(&out, NULL, s, f->ctx, "Moyale \"ethiopia", 5), DS_OK);
    json_t *sr = query(out);
    assert_int_equal(json_array_size(json_object_get(sr, "sentences")), 1);
    json_decref(sr);
    assert_int_equal(ds_store_search(&out, NULL, s, f->ctx, "market hills", 5), DS_OK);
    sr = query(out);
    assert_int_equal(json_array_size(json_object_get(sr, "documents")), 2);
    json_decref(sr);

    /* the whole store as an extraction */
    ds_extraction *back = NULL;
    assert_int_equal(ds_store_extraction(&back, s, f->ctx), DS_OK);
    assert_int_equal(back->docs.n, 2);
    assert_int_equal(back->events.n, 2);
    assert_int_equal(back->assessments.n, 1);
    bool found = false;
    for (uint32_t i = 0; i < back->actors.n; i++)
        if (!strcmp(back->actors.v[i].name, "Northern Front")) {
            found = true;
            assert_int_equal(back->actors.v[i].leaders.n, 2);
            assert_int_equal(back->actors.v[i].strength_max, 500);
        }
    assert_true(found);
    ds_extraction_free(back);
    ds_store_close(s);
}

static void test_changed_document_replaces_its_facts(void **state)
{
    fixture *f = *state;
    ds_store *s = NULL;
    assert_int_equal(ds_store_open(&s, f->ctx, f->db), DS_OK);
    ds_extraction *x = northern_front("/r/one.txt", "aaaa", true);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, NULL), DS_OK);
    ds_extraction_free(x);
    /* the same path with new content that no longer reports the clash */
    x = northern_front("/r/one.txt", "cccc", false);
    ds_ingest_result r;
    memset(&r, 0, sizeof r);
    assert_int_equal(ds_store_ingest(s, f->ctx, x, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_REPLACED);
    ds_extraction_free(x);
    json_t *st = stats(s, f->ctx);
    assert_int_equal(stat(st, "documents"), 1);
    assert_int_equal(stat(st, "events"), 0);
    assert_int_equal(stat(st, "leaders"), 2);
    /* the army, only known from the deleted event, went with it */
    assert_int_equal(stat(st, "actors"), 1);
    json_decref(st);
    ds_store_close(s);
}

static void test_ingest_file_hashes_content(void **state)
{
    fixture *f = *state;
    char path[200];
    snprintf(path, sizeof path, "%s/note.txt", f->dir);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("On 2 May 2021 gunmen attacked a police post in a northern town.\n", fp);
    fclose(fp);
    ds_store *s = NULL;
    assert_int_equal(ds_store_open(&s, f->ctx, f->db), DS_OK);
    ds_ingest_result r;
    assert_int_equal(ds_store_ingest_file(s, f->ctx, path, NULL, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_ADDED);
    assert_true(r.bytes > 10);
    assert_int_equal(ds_store_ingest_file(s, f->ctx, path, NULL, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_UNCHANGED);
    fp = fopen(path, "a");
    fputs("A second paragraph was added later.\n", fp);
    fclose(fp);
    assert_int_equal(ds_store_ingest_file(s, f->ctx, path, NULL, &r), DS_OK);
    assert_int_equal(r.outcome, DS_INGEST_REPLACED);
    json_t *st = stats(s, f->ctx);
    assert_int_equal(stat(st, "documents"), 1);
    json_decref(st);
    char *out = NULL;
    assert_int_equal(ds_store_search(&out, NULL, s, f->ctx, "paragraph", 5), DS_OK);
    json_t *sr = query(out);
    assert_int_equal(json_array_size(json_object_get(sr, "documents")), 1);
    json_decref(sr);
    assert_int_equal(ds_store_ingest_file(s, f->ctx, "/nonexistent/x.txt", NULL, &r), DS_EIO);
    ds_store_close(s);
}

static void test_open_rejects_garbage(void **state)
{
    fixture *f = *state;
    char path[200];
    snprintf(path, sizeof path, "%s/garbage.db", f->dir);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    for (int i = 0; i < 200; i++) fputs("this is not a database file at all\n", fp);
    fclose(fp);
    ds_store *s = NULL;
    assert_int_equal(ds_store_open(&s, f->ctx, path), DS_ESTORE);
    assert_null(s);
    assert_true(strlen(ds_ctx_errmsg(f->ctx)) > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_vectors),
        cmocka_unit_test(test_uuid5_vectors),
        cmocka_unit_test_setup_teardown(test_ingest_is_idempotent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cross_document_merge_and_questions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_changed_document_replaces_its_facts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ingest_file_hashes_content, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_rejects_garbage, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
