/* test_entities.c - actor mentions, document-learnt aliases, generic
 * mentions and people (entities.c), on sentences written for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "entities_testdoc.h"

static void expect_ref(const ds_doc *doc, const char *text, const char *actor, bool generic)
{
    const ds_actor_ref *r = ref_with_text(doc, text);
    if (!r) fail_msg("no actor mention '%s'", text);
    assert_string_equal(ref_actor_name(doc, r), actor);
    assert_int_equal(r->generic, generic);
}

static void test_lexicon_mentions_fold_dashes_and_case(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Fighters of IS–KP shelled a border post near the river. "
                           "Officials blamed Tehreek-e-Taliban Pakistan and the Haqqani network "
                           "for the ambush. Al-Shabaab denied any role.\n");
    const char *iskp = "Islamic State – Khorasan Province";
    expect_ref(doc, "IS–KP", iskp, false);
    expect_ref(doc, "Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", false);
    expect_ref(doc, "Haqqani network", "Haqqani Network", false);
    expect_ref(doc, "Al-Shabaab", "Al-Shabaab", false);
    /* "is" in lower case is not the acronym IS */
    for (uint32_t i = 0; i < doc->actor_refs.n; i++)
        assert_string_not_equal(ref_actor_name(doc, &doc->actor_refs.v[i]), "Islamic State");
    ds_doc_free(doc);
}

static void test_aliases_defined_in_the_document(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("The Islamic State – Khorasan Province (ISK-P, IS/K) grew in 2016. "
                           "Later ISK-P lost ground. The Tora Bora Liberation Front (TBLF) "
                           "appeared in the east. TBLF fighters raided a police post.\n");
    expect_ref(doc, "ISK-P", "Islamic State – Khorasan Province", false);
    const ds_doc_actor *learnt = NULL, *unknown = NULL;
    for (uint32_t i = 0; i < doc->doc_actors.n; i++) {
        if (doc->doc_actors.v[i].lexicon != DS_NONE) learnt = &doc->doc_actors.v[i];
        if (doc->doc_actors.v[i].lexicon == DS_NONE) unknown = &doc->doc_actors.v[i];
    }
    assert_non_null(learnt);
    assert_int_equal(learnt->naliases, 2);
    assert_string_equal(learnt->aliases[0], "ISK-P");
    assert_non_null(unknown);
    assert_string_equal(unknown->name, "Tora Bora Liberation Front");
    assert_int_equal(unknown->type, DS_ACTOR_ARMED_GROUP);
    expect_ref(doc, "TBLF fighters", "Tora Bora Liberation Front", true);
    ds_doc_free(doc);
}

static void test_generic_mentions(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Jaish al-Adl ambushed a convoy in the mountains. "
                           "The group later posted photographs online. "
                           "Iranian border guards and Pakistani police sealed the crossing. "
                           "The Kazakh and Kyrgyz governments said nothing. "
                           "Unidentified gunmen fired at a checkpoint. Assailants fled.\n");
    expect_ref(doc, "The group", "Jaish al-Adl", true);
    const ds_actor_ref *r = ref_with_text(doc, "Iranian border guards");
    assert_non_null(r);
    assert_int_equal(r->type, DS_ACTOR_STATE_FORCE);
    assert_string_equal(r->iso3, "IRN");
    assert_true(r->generic);
    r = ref_with_text(doc, "Pakistani police");
    assert_non_null(r);
    assert_non_null(strstr(ref_actor_name(doc, r), "Police Forces of Pakistan"));
    unsigned govs = 0;
    for (uint32_t i = 0; i < doc->actor_refs.n; i++)
        govs += doc->actor_refs.v[i].type == DS_ACTOR_GOVERNMENT;
    assert_int_equal(govs, 2);
    expect_ref(doc, "Unidentified gunmen", "Unidentified Armed Group", false);
    expect_ref(doc, "Assailants", "Unidentified Armed Group", true);
    ds_doc_free(doc);
}

static void test_anaphora_needs_a_recent_group(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Boko Haram raided a village. It rained. The harvest was poor. "
                           "Farmers left. Prices rose. The group returned in the spring.\n");
    /* five sentences later: too far to resolve */
    assert_null(ref_with_text(doc, "The group"));
    ds_doc_free(doc);
    /* four sentences later: a press release names its group once */
    doc = test_doc("Boko Haram raided a village. It rained. The harvest was poor. "
                   "Farmers left. The group returned in the spring.\n");
    const ds_actor_ref *r = ref_with_text(doc, "The group");
    assert_non_null(r);
    assert_true(r->generic);
    ds_doc_free(doc);
}

static const ds_person *person_named(const ds_doc *doc, const char *name)
{
    for (uint32_t i = 0; i < doc->people.n; i++)
        if (strcmp(span_text(doc, doc->people.v[i].name), name) == 0) return &doc->people.v[i];
    return NULL;
}

static void test_people_titles_kunyas_roles_and_dagger(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("The Taliban governor for Kunduz Mawlawi Rahimullah Zaheer met "
                           "elders. Abu Yasir al-Somali spoke at the gathering. "
                           "Quds Force commander Esmail Qaani visited Kabul. "
                           "Gen. Tariq Nadeem inspected troops.\n"
                           "- Mohammad Usman Saberi † (2014 – 2016)\n");
    const ds_person *p = person_named(doc, "Mawlawi Rahimullah Zaheer");
    assert_non_null(p);
    assert_string_equal(p->title, "Mawlawi");
    assert_string_equal(span_text(doc, p->role), "governor for Kunduz");
    assert_non_null(ds_actor_name(doc, p->actor));
    assert_string_equal(ds_actor_name(doc, p->actor), "Taliban");
    assert_non_null(person_named(doc, "Abu Yasir al-Somali"));
    p = person_named(doc, "Esmail Qaani");
    assert_non_null(p);
    assert_string_equal(span_text(doc, p->role), "commander");
    assert_non_null(ds_actor_name(doc, p->actor));
    assert_string_equal(ds_actor_name(doc, p->actor), "Quds Force");
    p = person_named(doc, "Tariq Nadeem");
    assert_non_null(p);
    assert_string_equal(p->title, "Gen");
    p = person_named(doc, "Mohammad Usman Saberi");
    assert_non_null(p);
    assert_true(p->dead);
    /* organisations and places are not people */
    assert_null(person_named(doc, "Quds Force"));
    assert_null(person_named(doc, "Kabul"));
    ds_doc_free(doc);
}

static void test_protesters_take_the_country_of_the_place(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Shopkeepers protested in Lahore, Pakistan against new taxes.\n");
    const ds_actor_ref *r = ref_with_text(doc, "protested");
    if (r) {
        assert_string_equal(ref_actor_name(doc, r), "Protesters (Pakistan)");
        assert_int_equal(r->type, DS_ACTOR_PROTESTERS);
    } else {
        /* without places from the gazetteer no country is known */
        assert_int_equal(doc->places.n, 0);
    }
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_mentions_fold_dashes_and_case),
        cmocka_unit_test(test_aliases_defined_in_the_document),
        cmocka_unit_test(test_generic_mentions),
        cmocka_unit_test(test_anaphora_needs_a_recent_group),
        cmocka_unit_test(test_people_titles_kunyas_roles_and_dagger),
        cmocka_unit_test(test_protesters_take_the_country_of_the_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
