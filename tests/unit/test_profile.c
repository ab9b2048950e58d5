/* test_profile.c - actor profiles (profile.c) and actor resolution
 * (resolve_actors.c) on hand-built documents: a flattened Wikipedia-style
 * infobox, an HTML-style infobox (label rows with value cells), prose-only
 * profiles, and merging across documents. All groups and facts are invented.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "profile_testdoc.h"

#define P DS_BLOCK_PROSE
#define T DS_BLOCK_TITLE
#define L DS_BLOCK_LABEL
#define I DS_BLOCK_LIST_ITEM
#define F DS_BLOCK_FIELD

static const tline FLAT[] = {
    /* 0 */ {T, "Wadi Front – Eastern Province", -1, false},
    /* 1 */
    {P,
     "The Wadi Front – Eastern Province[a] (WF–EP, WFEP) is a regional branch of the militant "
     "group Wadi Front (WF) operating in the eastern hills.",
     -1, false},
    /* 2 */ {L, "Emir:", -1, true},
    /* 3 */ {I, "Karim Nadir Hassan † (2011 – Mar 2013)", 2, true},
    /* 4 */ {I, "Yusuf Baraka † (May–Sep 2013)", 2, true},
    /* 5 */ {I, "Tariq Salim (Sep 2013 – present)", 2, true},
    /* 6 */ {L, "Known leader:", -1, true},
    /* 7 */ {I, "Sheikh Omar Dalil[4]", 6, true},
    /* 8 */ {I, "Hamid Qasir †", 6, true},
    /* 9 */ {F, "14 March 2011[2]", -1, true},
    /* 10 */ {F, "2011–present", -1, true},
    /* 11 */ {F, "Tal Harb District, Examplestan (reported, since 2012)", -1, true},
    /* 12 */ {F, "300-450 (regional police estimate) [3]", -1, true},
    /* 13 */ {L, "Subgroups", -1, true},
    /* 14 */ {I, "Desert Lions Battalion (since 2012)", 13, true},
    /* 15 */ {I, "Coastal Martyrs (2011–2014)", 13, true},
    /* 16 */ {L, "Groups", -1, true},
    /* 17 */
    {I, "People's Liberation Council (claimed by the interior ministry; denied)", 16, true},
    /* 18 */ {I, "Mountain Youth (Examplestan)[5]", 16, true},
    /* 19 */ {I, "Red Sand Movement (Jun 2012 – Feb 2014)", 16, true},
    /* 20 */ {L, "Non-state opponents", -1, true},
    /* 21 */ {I, "Valley Defence Units", 20, true},
    /* 22 */ {DS_BLOCK_HEADING, "Media", -1, false},
    /* 23 */
    {P,
     "The group publishes statements through the al-Minbar Media Foundation (Arabic: xx, "
     "romanized: yy) for Media Production. Earlier material came from several outlets including "
     "Sahm Media (responsible for videos) and Blue Banner (audio statements), until their merger. "
     "Its best known publications are Sada al-Wadi (lit. 'Echo of the Valley') magazine in "
     "Arabic, the Valley Voice magazine in English, and Shuaa (lit. 'Ray') in French.",
     -1, false},
};

static const ds_leader *leader(const ds_actor *a, const char *name)
{
    for (uint32_t i = 0; i < a->leaders.n; i++)
        if (!strcmp(a->leaders.v[i].name, name)) return &a->leaders.v[i];
    return NULL;
}

static const ds_affiliation *affiliation(const ds_actor *a, const char *name)
{
    for (uint32_t i = 0; i < a->affiliations.n; i++)
        if (!strcmp(a->affiliations.v[i].name, name)) return &a->affiliations.v[i];
    return NULL;
}

static bool has_outlet(const ds_actor *a, const char *name)
{
    for (uint32_t i = 0; i < a->media_outlets.n; i++)
        if (!strcmp(a->media_outlets.v[i].name, name)) return true;
    return false;
}

static bool has_alias(const ds_actor *a, const char *name)
{
    for (uint32_t i = 0; i < a->aliases.n; i++)
        if (!strcmp(a->aliases.v[i], name)) return true;
    return false;
}

static void check_flat_profile(const ds_actor *a)
{
    assert_non_null(a);
    assert_true(has_alias(a, "WF–EP"));
    assert_true(has_alias(a, "WFEP"));
    assert_string_equal(a->founded, "2011-03-14");
    assert_true(a->has_strength);
    assert_int_equal(a->strength_min, 300);
    assert_int_equal(a->strength_max, 450);
    assert_string_equal(a->strength_source, "regional police estimate");
    assert_string_equal(a->headquarters, "Tal Harb District, Examplestan");

    const ds_leader *l = leader(a, "Karim Nadir Hassan");
    assert_non_null(l);
    assert_string_equal(l->role, "emir");
    assert_string_equal(l->start, "2011");
    assert_string_equal(l->end, "2013-03");
    assert_string_equal(l->status, "dead");
    assert_true(l->sources.n == 1);
    l = leader(a, "Yusuf Baraka");
    assert_non_null(l);
    assert_string_equal(l->start, "2013-05");
    assert_string_equal(l->end, "2013-09");
    l = leader(a, "Tariq Salim");
    assert_non_null(l);
    assert_string_equal(l->start, "2013-09");
    assert_string_equal(l->end, "");
    assert_string_equal(l->status, "current");
    l = leader(a, "Sheikh Omar Dalil");
    assert_non_null(l);
    assert_string_equal(l->role, "leader");
    assert_string_equal(l->start, "");
    assert_null(l->status);
    l = leader(a, "Hamid Qasir");
    assert_non_null(l);
    assert_string_equal(l->status, "dead");
    assert_int_equal(a->leaders.n, 5);

    const ds_affiliation *f = affiliation(a, "Desert Lions Battalion");
    assert_non_null(f);
    assert_string_equal(f->relation, "subgroup");
    assert_string_equal(f->start, "2012");
    assert_string_equal(f->end, "");
    f = affiliation(a, "Coastal Martyrs");
    assert_non_null(f);
    assert_string_equal(f->start, "2011");
    assert_string_equal(f->end, "2014");
    f = affiliation(a, "People's Liberation Council");
    assert_non_null(f);
    assert_string_equal(f->relation, "ally");
    assert_true(f->disputed);
    f = affiliation(a, "Mountain Youth");
    assert_non_null(f);
    assert_false(f->disputed);
    assert_string_equal(f->start, "");
    assert_string_equal(f->note, "Examplestan");
    f = affiliation(a, "Red Sand Movement");
    assert_non_null(f);
    assert_string_equal(f->start, "2012-06");
    assert_string_equal(f->end, "2014-02");
    f = affiliation(a, "Valley Defence Units");
    assert_non_null(f);
    assert_string_equal(f->relation, "opponent");
    assert_int_equal(a->opponents.n, 1);
    f = affiliation(a, "Wadi Front");
    assert_non_null(f);
    assert_string_equal(f->relation, "parent");
    assert_string_equal(a->parent, "Wadi Front");

    assert_true(has_outlet(a, "al-Minbar Media Foundation"));
    assert_true(has_outlet(a, "Sahm Media"));
    assert_true(has_outlet(a, "Blue Banner"));
    assert_true(has_outlet(a, "Sada al-Wadi"));
    assert_true(has_outlet(a, "Valley Voice"));
    assert_true(has_outlet(a, "Shuaa"));
    assert_false(has_outlet(a, "Media Production"));
    assert_int_equal(a->media_outlets.n, 6);
}

static void test_flattened_infobox(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, FLAT, sizeof FLAT / sizeof *FLAT);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    check_flat_profile(tx_actor(x, "Wadi Front – Eastern Province"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* The same page when the entity annotator found the actors, and when the
 * reader carried the "Known leader" label over to the unlabelled fields. */
static void test_flattened_infobox_annotated(void **state)
{
    (void)state;
    tline lines[sizeof FLAT / sizeof *FLAT];
    memcpy(lines, FLAT, sizeof lines);
    for (int i = 9; i <= 12; i++) lines[i].label = 6;
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new("Wadi Front – Eastern Province", lines, sizeof lines / sizeof *lines);
    static const char *aliases[] = {"WF–EP", "WFEP", NULL};
    uint32_t wfep = tdoc_actor(doc, "Wadi Front – Eastern Province", aliases, DS_ACTOR_ARMED_GROUP);
    uint32_t wf = tdoc_actor(doc, "Wadi Front", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Wadi Front – Eastern Province", 1, wfep, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Wadi Front (WF)", 0, wf, DS_ACTOR_ARMED_GROUP);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    check_flat_profile(tx_actor(x, "Wadi Front – Eastern Province"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* An HTML infobox as the reader maps it: label rows with value cells, some
 * cells holding several comma-separated entries. */
static void test_html_style_infobox(void **state)
{
    (void)state;
    static const tline lines[] = {
        /* 0 */ {T, "Harakat Example", -1, false},
        /* 1 */ {L, "Leaders", -1, true},
        /* 2 */ {F, "Abu Sample (2014–2019), Musa Exemplar †", 1, true},
        /* 3 */ {L, "Founded", -1, true},
        /* 4 */ {F, "2014", 3, true},
        /* 5 */ {L, "Headquarters", -1, true},
        /* 6 */ {F, "Old Town, Examplestan", 5, true},
        /* 7 */ {L, "Size", -1, true},
        /* 8 */ {F, "2,000–3,000 fighters (2019)", 7, true},
        /* 9 */ {L, "Part of", -1, true},
        /* 10 */ {F, "Grand Example Alliance", 9, true},
        /* 11 */ {L, "Allies", -1, true},
        /* 12 */ {I, "Group Alpha", 11, true},
        /* 13 */ {I, "Group Beta (2015–2017)", 11, true},
        /* 14 */ {L, "Opponents", -1, true},
        /* 15 */ {F, "Examplestan Armed Forces, Northern Militia", 14, true},
        /* 16 */ {L, "Ideology", -1, true},
        /* 17 */ {F, "Example-ism, Sample Doctrine", 16, true},
        /* 18 */
        {P, "Harakat Example is an armed group. It was founded in 2012 by clerics.", -1, false},
        /* 19 */ {I, "Non-state allies:", 11, true},
        /* 20 */ {I, "Subgroups:", 11, true},
        /* 21 */ {I, "Delta Cell (2016–2018)", 11, true},
        /* 22 */ {I, "See the allies section", 11, true},
    };
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new("Harakat Example", lines, sizeof lines / sizeof *lines);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    const ds_actor *a = tx_actor(x, "Harakat Example");
    assert_non_null(a);
    const ds_leader *l = leader(a, "Abu Sample");
    assert_non_null(l);
    assert_string_equal(l->role, "leader");
    assert_string_equal(l->start, "2014");
    assert_string_equal(l->end, "2019");
    l = leader(a, "Musa Exemplar");
    assert_non_null(l);
    assert_string_equal(l->status, "dead");
    assert_int_equal(a->leaders.n, 2);
    assert_string_equal(a->founded, "2014"); /* the infobox wins over the prose */
    assert_string_equal(a->headquarters, "Old Town, Examplestan");
    assert_true(a->has_strength);
    assert_int_equal(a->strength_min, 2000);
    assert_int_equal(a->strength_max, 3000);
    assert_null(a->strength_source);
    assert_string_equal(a->parent, "Grand Example Alliance");
    assert_non_null(affiliation(a, "Group Alpha"));
    assert_string_equal(affiliation(a, "Group Beta")->end, "2017");
    assert_string_equal(affiliation(a, "Northern Militia")->relation, "opponent");
    assert_non_null(affiliation(a, "Examplestan Armed Forces"));
    assert_null(affiliation(a, "Sample Doctrine"));
    assert_null(affiliation(a, "Non-state allies"));
    assert_string_equal(affiliation(a, "Delta Cell")->relation, "subgroup");
    assert_int_equal(a->affiliations.n, 6); /* parent, two allies, subgroup, two opponents */
    assert_int_equal(a->opponents.n, 2);
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* A news-style document: no infobox; the profile comes from prose about the
 * actor the document is about. */
static void test_prose_profile(void **state)
{
    (void)state;
    static const tline lines[] = {
        {T, "Desert battalion grows in the south", -1, false},
        {P,
         "The Southern Martyrs Battalion is an affiliate of the Northern Caliphate. It was "
         "founded in 2016 by defectors. The Southern Martyrs Battalion is led by Ibrahim Tall. "
         "Officials estimated 800-1,000 fighters in the Southern Martyrs Battalion ranks.",
         -1, false},
        {P,
         "The Southern Martyrs Battalion is allied with the Red Hand and active in Lowland "
         "Province and Examplestan; it is based in Port Sample.",
         -1, false},
        {P,
         "Dune Lions, the Northern Caliphate’s Sahel branch, claimed the raid. The Blue Hand, a "
         "faction of the Red Hand, denied it.",
         -1, false},
    };
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, lines, 4);
    uint32_t smb = tdoc_actor(doc, "Southern Martyrs Battalion", NULL, DS_ACTOR_ARMED_GROUP);
    uint32_t nc = tdoc_actor(doc, "Northern Caliphate", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Southern Martyrs Battalion", 0, smb, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Northern Caliphate", 0, nc, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Southern Martyrs Battalion", 1, smb, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Southern Martyrs Battalion", 2, smb, DS_ACTOR_ARMED_GROUP);
    uint32_t rh = tdoc_actor(doc, "Red Hand", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Southern Martyrs Battalion", 3, smb, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Red Hand", 0, rh, DS_ACTOR_ARMED_GROUP);
    uint32_t dl = tdoc_actor(doc, "Dune Lions", NULL, DS_ACTOR_ARMED_GROUP);
    uint32_t bh = tdoc_actor(doc, "Blue Hand", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Dune Lions", 0, dl, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Northern Caliphate", 1, nc, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Blue Hand", 0, bh, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Red Hand", 1, rh, DS_ACTOR_ARMED_GROUP);
    static const char *places[] = {"Lowland Province", "Examplestan", "Port Sample"};
    for (int k = 0; k < 3; k++) {
        ds_place *pl = ds_vec_push(doc->arena, &doc->places);
        pl->span = tdoc_find(doc, places[k], 0);
        pl->sentence = tdoc_sentence_at(doc, pl->span.start);
        pl->name = places[k];
    }
    ds_person *pe = ds_vec_push(doc->arena, &doc->people);
    pe->span = pe->name = tdoc_find(doc, "Ibrahim Tall", 0);
    pe->sentence = tdoc_sentence_at(doc, pe->span.start);
    pe->actor = DS_NONE;
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    const ds_actor *a = tx_actor(x, "Southern Martyrs Battalion");
    assert_non_null(a);
    assert_string_equal(a->parent, "Northern Caliphate");
    assert_string_equal(a->founded, "2016");
    assert_true(a->has_strength);
    assert_int_equal(a->strength_min, 800);
    assert_int_equal(a->strength_max, 1000);
    const ds_leader *l = leader(a, "Ibrahim Tall");
    assert_non_null(l);
    assert_string_equal(l->role, "leader");
    assert_int_equal(l->sources.n, 1);
    assert_string_equal(affiliation(a, "Red Hand")->relation, "ally");
    assert_int_equal(a->areas.n, 2);
    assert_string_equal(a->areas.v[0], "Lowland Province");
    assert_string_equal(a->areas.v[1], "Examplestan");
    assert_string_equal(a->headquarters, "Port Sample");
    assert_string_equal(tx_actor(x, "Dune Lions")->parent, "Northern Caliphate");
    assert_string_equal(tx_actor(x, "Blue Hand")->parent, "Red Hand");
    /* the parent is in x->actors too (named in the text) */
    assert_non_null(tx_actor(x, "Northern Caliphate"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* An unlabelled one-word base with a history note, and a head count
 * given as "its fighters number N-M". */
static void test_base_note_and_fighters_number(void **state)
{
    (void)state;
    static const tline lines[] = {
        {T, "Reef Guard", -1, false},
        {P,
         "The Reef Guard (RG, also known as Harakat al-Shaab; Arabic: xx) is an invented group. "
         "Its fighters number 150–220.",
         -1, false},
        {L, "Leaders:", -1, true},
        {I, "Omar Pell (2018 – present)", 2, true},
        {I, "Saleh Dorr (2016–2018, killed in an air strike)", 2, true},
        {F, "2 June 2018", -1, true},
        {F, "Salt Harbour (originally)", -1, true},
        {F, "Reef doctrine", -1, true},
    };
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new("Reef Guard", lines, sizeof lines / sizeof *lines);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    const ds_actor *a = tx_actor(x, "Reef Guard");
    assert_non_null(a);
    assert_string_equal(a->headquarters, "Salt Harbour");
    assert_true(a->has_strength);
    assert_int_equal(a->strength_min, 150);
    assert_int_equal(a->strength_max, 220);
    assert_string_equal(a->founded, "2018-06-02");
    assert_true(has_alias(a, "RG"));
    assert_true(has_alias(a, "Harakat al-Shaab"));
    assert_int_equal(a->aliases.n, 2);
    const ds_leader *l = leader(a, "Saleh Dorr");
    assert_non_null(l);
    assert_string_equal(l->start, "2016");
    assert_string_equal(l->end, "2018");
    assert_string_equal(l->status, "dead");
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* Actors named differently in two documents are one entry once they share
 * an alias; the merge keeps leaders and affiliations of both, and sorts. */
static void test_resolve_actors(void **state)
{
    (void)state;
    static const tline l1[] = {
        {P, "The Wadi Front-Eastern Province (WF-EP) struck again.", -1, false}};
    static const tline l2[] = {{P, "WFEP and the Zeta Group clashed.", -1, false}};
    ds_ctx *ctx = tctx_new();
    ds_doc *d1 = tdoc_new(NULL, l1, 1), *d2 = tdoc_new(NULL, l2, 1);
    static const char *a1[] = {"WF-EP", NULL};
    uint32_t x1 = tdoc_actor(d1, "Wadi Front-Eastern Province", a1, DS_ACTOR_ARMED_GROUP);
    uint32_t x2 = tdoc_actor(d2, "WFEP", NULL, DS_ACTOR_ARMED_GROUP);
    uint32_t z = tdoc_actor(d2, "Zeta Group", NULL, DS_ACTOR_ARMED_GROUP);
    ds_extraction *x = tx_new();

    ds_actor *a = ds_facts_actor(x, ctx, d1, x1);
    assert_non_null(a);
    assert_string_equal(a->name, "Wadi Front-Eastern Province");
    assert_string_equal(a->type, "armed_group");
    /* "WFEP" = "WF-EP" once folded: the same entry */
    ds_actor *b = ds_facts_actor(x, ctx, d2, x2);
    assert_ptr_equal(a, b);
    assert_null(ds_facts_actor(x, ctx, d2, DS_DOC_ACTOR | 7));
    assert_non_null(ds_facts_actor(x, ctx, d2, z));
    assert_int_equal(x->actors.n, 2);

    /* two entries made apart, joined by an alias learnt later */
    ds_actor *c = ds_facts_actor_named(x, "Abu Group", 9, "armed_group");
    ds_leader *ld = ds_vec_push(x->arena, &c->leaders);
    ld->name = "Abu Kamal";
    ld->role = "leader";
    assert_non_null(ds_facts_actor_named(x, "Wadi Front – Eastern Province", 31, NULL));
    assert_int_equal(x->actors.n, 3); /* found by name */
    ds_actor *nw = ds_vec_push(x->arena, &x->actors);
    nw->name = "Abu-Group";
    nw->type = "armed_group";
    ds_leader *l2l = ds_vec_push(x->arena, &nw->leaders);
    l2l->name = "Abu Kamal";
    l2l->role = "emir";
    memcpy(l2l->start, "2019", 5);
    assert_int_equal(ds_resolve_actors(x, ctx), DS_OK);
    assert_int_equal(x->actors.n, 3);
    assert_string_equal(x->actors.v[0].name, "Abu Group");
    assert_string_equal(x->actors.v[1].name, "Wadi Front-Eastern Province");
    assert_string_equal(x->actors.v[2].name, "Zeta Group");
    assert_int_equal(x->actors.v[0].leaders.n, 1);
    assert_string_equal(x->actors.v[0].leaders.v[0].role, "emir");
    assert_string_equal(x->actors.v[0].leaders.v[0].start, "2019");
    /* the index is rebuilt after the merge */
    assert_ptr_equal(ds_facts_actor_named(x, "ABU GROUP", 9, NULL), &x->actors.v[0]);
    /* a shared acronym alone does not join two groups */
    static const char *nrf[] = {"NRF", NULL};
    uint32_t n1 = tdoc_actor(d1, "Northern Ridge Front", nrf, DS_ACTOR_ARMED_GROUP);
    uint32_t n2 = tdoc_actor(d2, "National Resistance Front", nrf, DS_ACTOR_ARMED_GROUP);
    ds_actor *r1 = ds_facts_actor(x, ctx, d1, n1);
    uint32_t i1 = (uint32_t)(r1 - x->actors.v);
    ds_actor *r2 = ds_facts_actor(x, ctx, d2, n2);
    assert_int_not_equal(i1, (uint32_t)(r2 - x->actors.v));
    assert_int_equal(ds_resolve_actors(x, ctx), DS_OK);
    assert_int_equal(x->actors.n, 5);
    assert_true(ds_facts_same_name("IS-KP", 5, "ISKP", 4));
    assert_false(ds_facts_same_name("IS-K", 4, "ISKP", 4));
    tx_free(x);
    tdoc_free(d1);
    tdoc_free(d2);
    free(ctx);
}

/* The Wikipedia seed, read by the real pipeline when it is there: the
 * infobox must give the leaders, affiliations and founding date. */
static void test_seed_when_present(void **state)
{
    (void)state;
    const char *shared = getenv("DS_SHARED");
    if (!shared) skip();
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/seeds/wikipedia-iskp.txt", shared);
    FILE *f = fopen(path, "rb");
    if (!f) skip();
    fclose(f);
    ds_ctx *ctx = NULL;
    char err[256];
    if (ds_ctx_new(&ctx, NULL, err, sizeof err) != DS_OK) skip();
    ds_doc *doc = NULL;
    assert_int_equal(ds_doc_read_file(&doc, ctx, path, NULL), DS_OK);
    ds_extraction *x = NULL;
    assert_int_equal(ds_extraction_new(&x, ctx), DS_OK);
    assert_int_equal(ds_extraction_add(x, ctx, doc), DS_OK);
    bool any_labels = false;
    for (uint32_t i = 0; i < doc->blocks.n; i++)
        any_labels |= doc->blocks.v[i].kind == DS_BLOCK_LABEL;
    if (any_labels) {
        /* some actor got the seven walis of the infobox */
        uint32_t most = 0;
        for (uint32_t i = 0; i < x->actors.n; i++)
            if (x->actors.v[i].leaders.n > most) most = x->actors.v[i].leaders.n;
        assert_true(most >= 7);
    }
    ds_extraction_free(x);
    ds_doc_free(doc);
    ds_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flattened_infobox),
        cmocka_unit_test(test_flattened_infobox_annotated),
        cmocka_unit_test(test_html_style_infobox),
        cmocka_unit_test(test_prose_profile),
        cmocka_unit_test(test_base_note_and_fighters_number),
        cmocka_unit_test(test_resolve_actors),
        cmocka_unit_test(test_seed_when_present),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
