/* test_lexicon.c - the actor lexicon (lexicon.c, data/actors.tsv and
 * data/actor_countries.tsv): keys, look-ups by every kind of name,
 * parents, generated state actors, titles and given names. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "entities_testdoc.h"

static void check_key(const char *folded, const char *want)
{
    char out[128];
    size_t n = ds_lex_key(out, sizeof out, folded, strlen(folded));
    assert_true(n != (size_t)-1);
    assert_string_equal(out, want);
}

static void test_keys_ignore_dashes_and_apostrophes(void **state)
{
    (void)state;
    check_key("is-kp", "is kp");
    check_key("islamic state - khorasan province", "islamic state khorasan province");
    check_key("islamic state-khorasan province", "islamic state khorasan province");
    check_key("jama'ath", "jamaath");
    check_key("u.s.", "u s");
    check_key("(ttp)", "ttp");
    char tiny[4];
    assert_true(ds_lex_key(tiny, sizeof tiny, "abcdef", 6) == (size_t)-1);
}

static uint32_t find(const char *name)
{
    return ds_lexicon_find(test_lex(), name, strlen(name));
}

static void test_every_name_of_iskp_is_one_entry(void **state)
{
    (void)state;
    const char *names[] = {"Islamic State – Khorasan Province",
                           "Islamic State-Khorasan Province",
                           "Islamic State Khorasan Province",
                           "Khorasan Chapter of the Islamic State",
                           "Islamic State (Afghanistan)",
                           "IS-KP",
                           "ISIS–K",
                           "IS–K",
                           "ISKP",
                           "ISIS-K"};
    uint32_t id = find(names[0]);
    assert_int_not_equal(id, DS_NONE);
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) assert_int_equal(find(names[i]), id);
    const ds_lex_actor *a = ds_lexicon_get(test_lex(), id);
    assert_non_null(a);
    assert_int_equal(a->type, DS_ACTOR_ARMED_GROUP);
    assert_int_not_equal(a->parent, DS_NONE);
    assert_string_equal(ds_lexicon_get(test_lex(), a->parent)->name, "Islamic State");
    assert_int_not_equal(find("Islamic State"), id);
}

static void test_acled_names_of_dev_actors(void **state)
{
    (void)state;
    const char *acled[] = {"Taliban",
                           "Tehrik-i-Taliban Pakistan (TTP)",
                           "Pakistan Province of the Islamic State",
                           "Baloch Liberation Army",
                           "BLA: Baloch Liberation Army",
                           "Baloch Liberation Front (BLF)",
                           "Jaish al-Adl",
                           "Hafiz Gul Bahadur Group",
                           "National Resistance Front",
                           "Afghanistan Freedom Front",
                           "Sindhudesh Revolutionary Army (SRA)",
                           "Military Forces of Afghanistan (2021-)",
                           "Military Forces of Pakistan (2022-)",
                           "Military Forces of Pakistan",
                           "Police Forces of Pakistan (2022-)",
                           "Protesters (Pakistan)",
                           "Rioters (Kazakhstan)",
                           "Unidentified Armed Group",
                           "Amaq News Agency",
                           "al-Azaim Media Foundation",
                           "Radio Andalus",
                           "JUI-F",
                           "NRF",
                           "TTP"};
    for (size_t i = 0; i < sizeof acled / sizeof *acled; i++) {
        if (find(acled[i]) == DS_NONE) fail_msg("not in the lexicon: %s", acled[i]);
    }
    assert_int_equal(find("TTP"), find("Pakistani Taliban"));
    assert_int_not_equal(find("TTP"), find("Taliban"));
    assert_int_equal(ds_lexicon_get(test_lex(), find("Amaq"))->type, DS_ACTOR_MEDIA);
    assert_int_equal(find("no such armed group anywhere"), DS_NONE);
}

static void test_state_actors_generated_per_country(void **state)
{
    (void)state;
    const ds_lexicon *lex = test_lex();
    char key[64];
    size_t n = ds_lex_key(key, sizeof key, "uzbek", 5);
    uint32_t c = ds_lexicon_nation(lex, key, n);
    assert_int_not_equal(c, DS_NONE);
    assert_string_equal(ds_lexicon_country_iso3(lex, c), "UZB");
    uint32_t mil = ds_lexicon_state_actor(lex, c, DS_ROLE_MILITARY);
    const ds_lex_actor *a = ds_lexicon_get(lex, mil);
    assert_non_null(a);
    assert_int_equal(a->type, DS_ACTOR_STATE_FORCE);
    assert_string_equal(a->iso3, "UZB");
    assert_non_null(strstr(a->name, "Military Forces of Uzbekistan"));
    uint32_t pak = ds_lexicon_country(lex, "PAK");
    assert_int_equal(ds_lexicon_state_actor(lex, pak, DS_ROLE_POLICE),
                     find("Police Forces of Pakistan"));
    assert_int_equal(
        ds_lexicon_get(lex, ds_lexicon_state_actor(lex, pak, DS_ROLE_PROTESTERS))->type,
        DS_ACTOR_PROTESTERS);
    assert_int_equal(ds_lexicon_state_actor(lex, DS_NONE, DS_ROLE_MILITARY), DS_NONE);
}

static void test_titles_and_given_names(void **state)
{
    (void)state;
    bool keep = false;
    const char *canon = NULL;
    assert_int_equal(ds_lexicon_title(test_lex(), "mawlawi", 7, &keep, &canon), DS_TITLE_HONORIFIC);
    assert_true(keep);
    assert_int_equal(ds_lexicon_title(test_lex(), "lt gen", 6, &keep, &canon), DS_TITLE_RANK);
    assert_false(keep);
    assert_int_equal(ds_lexicon_title(test_lex(), "spokesman", 9, &keep, &canon), DS_TITLE_OFFICE);
    assert_int_equal(ds_lexicon_title(test_lex(), "rockets", 7, &keep, &canon), DS_TITLE_NONE);
    assert_true(ds_lexicon_given_name(test_lex(), "abdul", 5));
    assert_false(ds_lexicon_given_name(test_lex(), "province", 8));
}

static void test_missing_data_dir_is_a_data_error(void **state)
{
    (void)state;
    ds_lexicon *lex = NULL;
    char err[256] = "";
    assert_int_equal(ds_lexicon_load(&lex, "/nonexistent-dossier-data", err, sizeof err), DS_EDATA);
    assert_null(lex);
    assert_non_null(strstr(err, "actors.tsv"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_ignore_dashes_and_apostrophes),
        cmocka_unit_test(test_every_name_of_iskp_is_one_entry),
        cmocka_unit_test(test_acled_names_of_dev_actors),
        cmocka_unit_test(test_state_actors_generated_per_country),
        cmocka_unit_test(test_titles_and_given_names),
        cmocka_unit_test(test_missing_data_dir_is_a_data_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
