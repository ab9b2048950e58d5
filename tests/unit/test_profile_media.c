/* test_profile_media.c - media outlets with their languages and platforms
 * (profile.c), and the per-sentence cue gate: cues in capitals, at the
 * start of a sentence or inside a longer word still reach their readers.
 * All groups, outlets and facts are invented.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "profile_testdoc.h"

#define P DS_BLOCK_PROSE
#define T DS_BLOCK_TITLE

static const ds_outlet *outlet(const ds_actor *a, const char *name)
{
    for (uint32_t i = 0; i < a->media_outlets.n; i++)
        if (!strcmp(a->media_outlets.v[i].name, name)) return &a->media_outlets.v[i];
    return NULL;
}

static bool has(const ds_str_vec *v, const char *s)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (!strcmp(v->v[i], s)) return true;
    return false;
}

static const tline MEDIA[] = {
    {T, "Amber Crescent Brigade", -1, false},
    {P,
     "The Amber Crescent Brigade is an invented armed group. Its media arm is the Reed Press "
     "Foundation, which prints Sahel Lantern magazine in Hausa and Fulfulde. The brigade also "
     "runs its Kanuri-language magazine Lake Echo. Dawn Radio, an English-language station, "
     "relays its media statements. The group's multimedia outlet, Amber Light, released a "
     "video. It also issues the Voice of Sahara newsletter. FOUNDED in 2014, the brigade "
     "grew quickly.",
     -1, false},
    {P,
     "Reed Press Foundation posts its issues on Telegram, X (formerly Twitter) and "
     "Rocket.Chat. Recruits in Sahara share clips on TikTok. Reed Press Foundation also "
     "uses Signal.",
     -1, false},
    {P,
     "Its older statements came from the az-Nur media foundation in Arabic and Bambara, "
     "and its claims from the Bright Dune station.",
     -1, false},
};

static const ds_actor *extract_media(ds_extraction *x, ds_ctx *ctx, ds_doc **docp)
{
    ds_doc *doc = tdoc_new("Amber Crescent Brigade", MEDIA, sizeof MEDIA / sizeof *MEDIA);
    uint32_t acb = tdoc_actor(doc, "Amber Crescent Brigade", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Amber Crescent Brigade", 1, acb, DS_ACTOR_ARMED_GROUP);
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    *docp = doc;
    return tx_actor(x, "Amber Crescent Brigade");
}

static void test_outlet_languages(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_extraction *x = tx_new();
    ds_doc *doc;
    const ds_actor *a = extract_media(x, ctx, &doc);
    assert_non_null(a);

    const ds_outlet *o = outlet(a, "Sahel Lantern");
    assert_non_null(o);
    assert_int_equal(o->languages.n, 2);
    assert_string_equal(o->languages.v[0], "Hausa");
    assert_string_equal(o->languages.v[1], "Fulfulde");

    /* the language before the name, across one head word */
    o = outlet(a, "Lake Echo");
    assert_non_null(o);
    assert_int_equal(o->languages.n, 1);
    assert_string_equal(o->languages.v[0], "Kanuri");

    /* the appositive after the name */
    o = outlet(a, "Dawn Radio");
    assert_non_null(o);
    assert_int_equal(o->languages.n, 1);
    assert_string_equal(o->languages.v[0], "English");

    o = outlet(a, "Reed Press Foundation");
    assert_non_null(o);
    assert_int_equal(o->languages.n, 0);
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* a lower-case head after the name ("the az-Nur media foundation in ..."),
 * with the languages after the head */
static void test_outlet_head_after(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_extraction *x = tx_new();
    ds_doc *doc;
    const ds_actor *a = extract_media(x, ctx, &doc);
    assert_non_null(a);
    const ds_outlet *o = outlet(a, "az-Nur");
    assert_non_null(o);
    assert_int_equal(o->languages.n, 2);
    assert_string_equal(o->languages.v[0], "Arabic");
    assert_string_equal(o->languages.v[1], "Bambara");
    /* its source is the sentence that names it, not the actor's first */
    assert_true(o->sources.n >= 1);
    assert_non_null(strstr(o->sources.v[0].text, "az-Nur media foundation"));
    assert_non_null(outlet(a, "Bright Dune"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

static void test_outlet_platforms(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_extraction *x = tx_new();
    ds_doc *doc;
    const ds_actor *a = extract_media(x, ctx, &doc);
    assert_non_null(a);
    const ds_outlet *o = outlet(a, "Reed Press Foundation");
    assert_non_null(o);
    /* in text order; the parenthesis is not another platform; "Signal"
     * alone (a common word) is none */
    assert_int_equal(o->platforms.n, 3);
    assert_string_equal(o->platforms.v[0], "Telegram");
    assert_string_equal(o->platforms.v[1], "X");
    assert_string_equal(o->platforms.v[2], "Rocket.Chat");
    assert_false(has(&o->platforms, "Twitter"));
    assert_false(has(&o->platforms, "Signal"));
    /* "Sahara" alone names a place there, not the Voice of Sahara */
    o = outlet(a, "Voice of Sahara");
    assert_non_null(o);
    assert_int_equal(o->platforms.n, 0);
    for (uint32_t i = 0; i < a->media_outlets.n; i++)
        assert_false(has(&a->media_outlets.v[i].platforms, "TikTok"));
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* The gate: a cue in capitals at a sentence start, and a media word inside
 * a longer word ("multimedia"), still reach their readers. */
static void test_gate_keeps_cues(void **state)
{
    (void)state;
    ds_ctx *ctx = tctx_new();
    ds_extraction *x = tx_new();
    ds_doc *doc;
    const ds_actor *a = extract_media(x, ctx, &doc);
    assert_non_null(a);
    assert_non_null(outlet(a, "Amber Light"));
    assert_string_equal(a->founded, "2014");
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

/* No cue word at all: nothing is read, whatever the sentence names. */
static void test_gate_quiet_sentence(void **state)
{
    (void)state;
    static const tline lines[] = {
        {P,
         "Gunmen of the Salt Road Group raided a market in Port Sample on 3 May 2021, and 40 "
         "people fled the Salt Road Group.",
         -1, false},
    };
    ds_ctx *ctx = tctx_new();
    ds_doc *doc = tdoc_new(NULL, lines, 1);
    uint32_t g = tdoc_actor(doc, "Salt Road Group", NULL, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Salt Road Group", 0, g, DS_ACTOR_ARMED_GROUP);
    tdoc_ref(doc, "Salt Road Group", 1, g, DS_ACTOR_ARMED_GROUP);
    ds_extraction *x = tx_new();
    assert_int_equal(ds_extract_profiles(x, ctx, doc, 0), DS_OK);
    const ds_actor *a = tx_actor(x, "Salt Road Group");
    assert_non_null(a);
    assert_false(a->has_strength);
    assert_string_equal(a->founded, "");
    assert_int_equal(a->media_outlets.n, 0);
    assert_int_equal(a->affiliations.n, 0);
    tx_free(x);
    tdoc_free(doc);
    free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outlet_languages),    cmocka_unit_test(test_outlet_head_after),
        cmocka_unit_test(test_outlet_platforms),    cmocka_unit_test(test_gate_keeps_cues),
        cmocka_unit_test(test_gate_quiet_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
