/* test_entities_regions.c - generalisation of the actor annotation
 * (entities.c, data/actors.tsv, data/actor_countries.tsv) beyond the
 * Afghanistan/Pakistan seeds: Sahel, Nigeria, Somalia, Iraq and Syria
 * groups, state forces named by demonym or acronym, and generic mentions,
 * on sentences invented for this test. Also the per-token facts of the
 * lexicon (ds_lexicon_key_tokens) against the slower per-map look-ups, and
 * the entity pass's keying (ds_lexicon_key_sentences) against them. */
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
    if (strcmp(ref_actor_name(doc, r), actor) != 0)
        fail_msg("'%s' is '%s', expected '%s'", text, ref_actor_name(doc, r), actor);
    assert_int_equal(r->generic, generic);
}

/* The state actor of a country (its canonical name starts with prefix). */
static void expect_state(const ds_doc *doc, const char *text, const char *prefix, const char *iso3)
{
    const ds_actor_ref *r = ref_with_text(doc, text);
    if (!r) fail_msg("no actor mention '%s'", text);
    const char *name = ref_actor_name(doc, r);
    if (strncmp(name, prefix, strlen(prefix)) != 0)
        fail_msg("'%s' is '%s', expected %s...", text, name, prefix);
    assert_string_equal(r->iso3, iso3);
}

static void test_sahel(void **state)
{
    (void)state;
    ds_doc *doc = test_doc(
        "JNIM fighters ambushed a FAMa patrol near Douentza on 4 May 2024 and killed six Malian "
        "soldiers. The group later released a video of the ambush. Militants of the Islamic State "
        "in the Greater Sahara raided two villages near Tillaberi, and IS Sahel claimed a third "
        "raid. Wagner mercenaries and the Malian army searched the area. Russia's Africa Corps "
        "arrived in the spring.\n");
    expect_ref(doc, "JNIM fighters", "Jama'at Nusrat al-Islam wal-Muslimin", true);
    expect_state(doc, "FAMa", "Military Forces of Mali", "MLI");
    expect_state(doc, "Malian soldiers", "Military Forces of Mali", "MLI");
    expect_ref(doc, "The group", "Jama'at Nusrat al-Islam wal-Muslimin", true);
    expect_ref(doc, "Islamic State in the Greater Sahara", "Islamic State Sahel Province", false);
    /* the group is named right after: not an unidentified one */
    assert_null(ref_with_text(doc, "Militants"));
    expect_ref(doc, "IS Sahel", "Islamic State Sahel Province", false);
    expect_ref(doc, "Wagner mercenaries", "Wagner Group", false);
    expect_state(doc, "Malian army", "Military Forces of Mali", "MLI");
    expect_ref(doc, "Africa Corps", "Wagner Group", false);
    ds_doc_free(doc);
}

static void test_nigeria(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("ISWAP insurgents overran a Nigerian Army outpost near Monguno. "
                           "The militants burned two trucks. Boko Haram (JAS) abducted twelve "
                           "traders on the road to Bama, and Ansaru was blamed for a kidnapping "
                           "near Kaduna. Nigerian troops freed four of the traders.\n");
    expect_ref(doc, "ISWAP insurgents", "Islamic State West Africa Province", true);
    expect_state(doc, "Nigerian Army", "Military Forces of Nigeria", "NGA");
    expect_ref(doc, "The militants", "Islamic State West Africa Province", true);
    expect_ref(doc, "Boko Haram (JAS)", "Boko Haram", false);
    expect_ref(doc, "Ansaru", "Ansaru", false);
    expect_state(doc, "Nigerian troops", "Military Forces of Nigeria", "NGA");
    ds_doc_free(doc);
}

static void test_somalia(void **state)
{
    (void)state;
    ds_doc *doc = test_doc(
        "Al-Shabaab militants stormed a hotel in Mogadishu. Somali troops and ATMIS forces "
        "retook the building after a siege. The Somali National Army said four of its "
        "soldiers died. AUSSOM replaced ATMIS at the start of 2025. Gunmen from al-Shabaab "
        "later attacked a checkpoint.\n");
    expect_ref(doc, "Al-Shabaab militants", "Al-Shabaab", true);
    expect_state(doc, "Somali troops", "Military Forces of Somalia", "SOM");
    expect_ref(doc, "ATMIS forces", "African Union Transition Mission in Somalia", true);
    expect_state(doc, "Somali National Army", "Military Forces of Somalia", "SOM");
    expect_ref(doc, "AUSSOM", "African Union Support and Stabilization Mission in Somalia", false);
    assert_null(ref_with_text(doc, "Gunmen"));
    expect_ref(doc, "al-Shabaab", "Al-Shabaab", false);
    ds_doc_free(doc);
}

static void test_iraq_syria(void **state)
{
    (void)state;
    ds_doc *doc = test_doc(
        "The Popular Mobilisation Forces clashed with Islamic State cells west of Kirkuk. "
        "In Hasakah the SDF detained ISIS members, and HTS fighters shelled positions of the "
        "Syrian Arab Army. Iraqi security forces closed the road. Unidentified gunmen shot a "
        "shopkeeper.\n");
    expect_ref(doc, "Popular Mobilisation Forces", "Popular Mobilization Forces", false);
    expect_ref(doc, "Islamic State cells", "Islamic State", true);
    expect_ref(doc, "SDF", "Syrian Democratic Forces", false);
    expect_ref(doc, "ISIS members", "Islamic State", true);
    expect_ref(doc, "HTS fighters", "Hayat Tahrir al-Sham", true);
    expect_state(doc, "Syrian Arab Army", "Military Forces of Syria", "SYR");
    expect_state(doc, "Iraqi security forces", "Military Forces of Iraq", "IRQ");
    expect_ref(doc, "Unidentified gunmen", "Unidentified Armed Group", false);
    ds_doc_free(doc);
}

/* The one-probe facts of every token agree with the per-map look-ups. */
static void test_token_facts_agree_with_lookups(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Gen. Abdul Rahim, the so-called emir of IS-KP's Uzbek cell, met "
                           "Sheikh Ahmed and Pakistani police in Kabul (Afghanistan); protesters "
                           "rallied, Jama'at fighters fled.\n");
    const ds_lexicon *lex = test_lex();
    uint32_t n = doc->tokens.n;
    assert_true(n > 10);
    const char **key = calloc(n, sizeof *key);
    uint16_t *key_len = calloc(n, sizeof *key_len);
    ds_lex_token *facts = calloc(n, sizeof *facts);
    char keys[4096];
    assert_non_null(key);
    assert_non_null(key_len);
    assert_non_null(facts);
    uint64_t words =
        ds_lexicon_key_tokens(lex, doc->tokens.v, n, key, key_len, facts, keys, sizeof keys);
    uint64_t all = 0;
    unsigned given = 0, titles = 0, nations = 0, starts = 0;
    for (uint32_t t = 0; t < n; t++) {
        const ds_token *k = &doc->tokens.v[t];
        char want[256];
        size_t wl = ds_lex_key(want, sizeof want, k->norm, k->norm_len);
        assert_int_equal(key_len[t], wl);
        assert_memory_equal(key[t], want, wl);
        size_t u = 0;
        unsigned units = wl > 0;
        while (u < wl && want[u] != ' ') u++;
        for (size_t i = 0; i < wl; i++) units += want[i] == ' ';
        assert_int_equal(facts[t].units, units);
        assert_int_equal(facts[t].most, wl ? ds_lexicon_starts(lex, want, u) : 0);
        bool g = wl && ds_lexicon_given_name(lex, want, wl);
        bool ti = wl && ds_lexicon_title_starts(lex, want, u);
        bool na = wl && ds_lexicon_nation_starts(lex, want, u);
        assert_int_equal((facts[t].flags & DS_LEXT_GIVEN) != 0, g);
        assert_int_equal((facts[t].flags & DS_LEXT_TITLE) != 0, ti);
        assert_int_equal((facts[t].flags & DS_LEXT_NATION) != 0, na);
        /* word-list bits: the folded token is in each list its bits name */
        for (unsigned l = 0; l < ds_entity_nword_lists; l++) {
            bool in = false;
            for (const char *const *w = ds_entity_word_lists[l]; *w && !in; w++)
                in = strlen(*w) == k->norm_len && memcmp(*w, k->norm, k->norm_len) == 0;
            assert_int_equal((facts[t].words >> l) & 1u, in);
        }
        all |= facts[t].words;
        given += g, titles += ti, nations += na, starts += facts[t].most > 0;
    }
    assert_true(words == all);
    /* the sentence exercises every kind of fact */
    assert_true(given >= 2 && titles >= 2 && nations >= 2 && starts >= 2 && words != 0);
    free(key);
    free(key_len);
    free(facts);
    ds_doc_free(doc);
}

/* ds_lexicon_key_sentences keys and reads every token as
 * ds_lexicon_key_tokens does, and lists each sentence's candidates and
 * unions as a walk over its tokens would. */
static void test_key_sentences_agree_with_key_tokens(void **state)
{
    (void)state;
    ds_doc *doc = test_doc("Gen. Abdul Rahim, the so-called emir of IS-KP's Uzbek cell, met "
                           "Sheikh Ahmed in Kabul (Afghanistan). Protesters rallied; Jama'at "
                           "fighters fled. \u2020 The army said al-Shabaab (AS) attacked.\n");
    const ds_lexicon *lex = test_lex();
    uint32_t n = doc->tokens.n, ns = doc->sentences.n;
    assert_true(n > 10 && ns >= 2);
    const char **key = calloc(n, sizeof *key), **key2 = calloc(n, sizeof *key2);
    uint16_t *key_len = calloc(n, sizeof *key_len), *key_len2 = calloc(n, sizeof *key_len2);
    ds_lex_token *facts = calloc(n, sizeof *facts), *facts2 = calloc(n, sizeof *facts2);
    uint32_t *cand = calloc(n, sizeof *cand);
    ds_lex_sentence_sum *sums = calloc(ns, sizeof *sums);
    char keys[4096];
    assert_true(key && key2 && key_len && key_len2 && facts && facts2 && cand && sums);
    const uint64_t cue = 1ull << 3 | 1ull << 7;
    const unsigned cue_flags = DS_TOK_CAP | DS_TOK_UPPER;
    uint64_t words =
        ds_lexicon_key_tokens(lex, doc->tokens.v, n, key, key_len, facts, keys, sizeof keys);
    uint64_t words2 =
        ds_lexicon_key_sentences(lex, doc->tokens.v, n, doc->sentences.v, ns, cue, cue_flags, key2,
                                 key_len2, facts2, doc->arena, cand, sums);
    assert_true(words == words2);
    for (uint32_t t = 0; t < n; t++) {
        assert_int_equal(key_len[t], key_len2[t]);
        assert_memory_equal(key[t], key2[t], key_len[t]);
        assert_true(facts[t].words == facts2[t].words);
        assert_int_equal(facts[t].next, facts2[t].next);
        assert_int_equal(facts[t].most, facts2[t].most);
        assert_int_equal(facts[t].flags, facts2[t].flags);
        assert_int_equal(facts[t].units, facts2[t].units);
        assert_int_equal(facts[t].nation, facts2[t].nation);
    }
    uint32_t c = 0;
    for (uint32_t s = 0; s < ns; s++) {
        const ds_sentence *se = &doc->sentences.v[s];
        uint64_t sw = 0;
        unsigned sl = 0, st = 0;
        for (uint32_t t = se->first_token; t < se->first_token + se->ntokens; t++) {
            unsigned fl = doc->tokens.v[t].flags;
            if (facts[t].most || (facts[t].words & cue) || (fl & cue_flags))
                assert_int_equal(cand[c++], t);
            sw |= facts[t].words, sl |= facts[t].flags, st |= fl;
        }
        assert_int_equal(sums[s].cand_end, c);
        assert_true(sums[s].words == sw);
        assert_int_equal(sums[s].lexflags, sl);
        assert_int_equal(sums[s].tokflags, st);
    }
    assert_true(c > 5);
    free(key), free(key2), free(key_len), free(key_len2), free(facts), free(facts2);
    free(cand), free(sums);
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sahel),
        cmocka_unit_test(test_nigeria),
        cmocka_unit_test(test_somalia),
        cmocka_unit_test(test_iraq_syria),
        cmocka_unit_test(test_token_facts_agree_with_lookups),
        cmocka_unit_test(test_key_sentences_agree_with_key_tokens),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
