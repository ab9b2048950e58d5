/* test_events.c - event extraction (events.c) on documents whose
 * annotations are made by hand here, so that the rules are tested apart from
 * the annotators. All sentences are invented for these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "dossier/extract.h"
#include "dossier/reader.h"
#include "facts.h"
#include "gazetteer.h"

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

/* A document whose text is `text`, with sentences and tokens made here
 * (split at spaces; , ; : . ( ) are tokens of their own; a sentence ends at
 * '.' before a space or the end). */
static ds_doc *mkdoc(const char *text)
{
    ds_doc *doc = NULL;
    ds_read_opts ro = DS_READ_OPTS_INIT;
    assert_int_equal(ds_doc_read_mem(&doc, ctx, text, strlen(text), "t.txt", &ro), DS_OK);
    /* replace whatever the reader made with a plain, known segmentation */
    doc->text = ds_arena_strdup(doc->arena, text);
    doc->text_len = (uint32_t)strlen(text);
    doc->map = ds_arena_alloc(doc->arena, (doc->text_len + 1) * sizeof *doc->map);
    for (uint32_t i = 0; i <= doc->text_len; i++) doc->map[i] = i;
    doc->blocks.n = doc->sentences.n = doc->tokens.n = doc->cites.n = 0;
    doc->timexes.n = doc->quantities.n = doc->places.n = doc->actor_refs.n = 0;
    doc->doc_actors.n = doc->people.n = doc->hedges.n = 0;
    ds_sentence *s = NULL;
    uint32_t n = doc->text_len;
    for (uint32_t i = 0; i < n;) {
        if (text[i] == ' ') {
            i++;
            continue;
        }
        if (!s) {
            s = ds_vec_push(doc->arena, &doc->sentences);
            s->span.start = i;
            s->first_token = doc->tokens.n;
        }
        uint32_t j = i;
        bool punct = strchr(",;:.()", text[i]) != NULL;
        if (punct)
            j = i + 1;
        else
            while (j < n && text[j] != ' ' && !strchr(",;:()", text[j]) &&
                   !(text[j] == '.' && (j + 1 == n || text[j + 1] == ' ')))
                j++;
        ds_token *t = ds_vec_push(doc->arena, &doc->tokens);
        t->span.start = i;
        t->span.end = j;
        char *norm = ds_arena_strndup(doc->arena, text + i, j - i);
        for (char *c = norm; *c; c++)
            if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
        t->norm = norm;
        t->norm_len = (uint16_t)(j - i);
        t->flags = punct                                ? DS_TOK_PUNCT
                   : (text[i] >= '0' && text[i] <= '9') ? DS_TOK_NUMBER
                                                        : DS_TOK_WORD;
        if (text[i] >= 'A' && text[i] <= 'Z') t->flags |= DS_TOK_CAP;
        s->ntokens++;
        if (text[i] == '.' && (j == n || text[j] == ' ')) {
            s->span.end = j;
            s = NULL;
        }
        i = j;
    }
    if (s) s->span.end = n;
    doc->annotated = true;
    return doc;
}

static uint32_t sentence_of(const ds_doc *doc, uint32_t at)
{
    for (uint32_t i = 0; i < doc->sentences.n; i++)
        if (at >= doc->sentences.v[i].span.start && at < doc->sentences.v[i].span.end) return i;
    return 0;
}

/* The span of the nth (0-based) occurrence of needle. */
static ds_span find(const ds_doc *doc, const char *needle, int nth)
{
    const char *p = doc->text;
    for (;;) {
        p = strstr(p, needle);
        assert_non_null(p);
        if (nth-- == 0) break;
        p++;
    }
    ds_span sp = {(uint32_t)(p - doc->text), (uint32_t)(p - doc->text + strlen(needle))};
    return sp;
}

static void add_date(ds_doc *doc, const char *needle, int y, int m, int d)
{
    ds_timex *t = ds_vec_push(doc->arena, &doc->timexes);
    t->span = find(doc, needle, 0);
    t->sentence = sentence_of(doc, t->span.start);
    t->kind = DS_TIMEX_DATE;
    t->value.year = (int16_t)y;
    t->value.month = (uint8_t)m;
    t->value.day = (uint8_t)d;
}

static void add_number(ds_doc *doc, const char *needle, int nth, double v)
{
    ds_quantity *q = ds_vec_push(doc->arena, &doc->quantities);
    q->span = find(doc, needle, nth);
    q->sentence = sentence_of(doc, q->span.start);
    q->lo = q->hi = v;
}

static void add_place(ds_doc *doc, const char *needle, ds_feature f, const char *iso3,
                      const char *admin1)
{
    ds_place *p = ds_vec_push(doc->arena, &doc->places);
    p->span = find(doc, needle, 0);
    p->sentence = sentence_of(doc, p->span.start);
    p->feature = f;
    memcpy(p->iso3, iso3, 4);
    p->name = needle;
    p->admin1 = admin1;
    p->lat = 10.5, p->lon = 20.25;
    p->has_coords = true;
}

static void add_actor(ds_doc *doc, const char *needle, int nth, const char *name,
                      ds_actor_type type)
{
    uint32_t id = DS_NONE;
    for (uint32_t i = 0; i < doc->doc_actors.n; i++)
        if (!strcmp(doc->doc_actors.v[i].name, name)) id = i;
    if (id == DS_NONE) {
        ds_doc_actor *a = ds_vec_push(doc->arena, &doc->doc_actors);
        a->name = name;
        a->type = type;
        a->lexicon = DS_NONE;
        id = doc->doc_actors.n - 1;
    }
    ds_actor_ref *r = ds_vec_push(doc->arena, &doc->actor_refs);
    r->span = find(doc, needle, nth);
    r->sentence = sentence_of(doc, r->span.start);
    r->actor = DS_DOC_ACTOR | id;
    r->type = type;
}

static ds_extraction *extract(ds_doc *doc)
{
    ds_extraction *x = NULL;
    assert_int_equal(ds_extraction_new(&x, ctx), DS_OK);
    ds_docinfo *di = ds_vec_push(x->arena, &x->docs);
    di->id = "d1";
    di->path = "t.txt";
    assert_int_equal(ds_extract_events(x, ctx, doc, 0), DS_OK);
    assert_int_equal(ds_resolve(x, ctx), DS_OK);
    return x;
}

static bool has_str(const ds_str_vec *v, const char *s)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (!strcmp(v->v[i], s)) return true;
    return false;
}

static void test_cross_border_rockets_with_denial(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("Front militants fired six 122mm rockets from southern Kandahar toward "
                        "Quetta in Pakistan on March 3. The rockets reportedly hit an empty field "
                        "and caused no casualties. Pakistan denied that the attack happened.");
    add_actor(doc, "Front", 0, "Desert Front", DS_ACTOR_ARMED_GROUP);
    add_number(doc, "six", 0, 6);
    add_place(doc, "Kandahar", DS_FEAT_ADMIN1, "AFG", NULL);
    add_place(doc, "Quetta", DS_FEAT_CITY, "PAK", "Balochistan");
    add_place(doc, "Pakistan", DS_FEAT_COUNTRY, "PAK", NULL);
    add_date(doc, "March 3", 2023, 3, 3);
    add_place(doc, "Pakistan denied", DS_FEAT_COUNTRY, "PAK", NULL);
    doc->places.v[doc->places.n - 1].span.end = doc->places.v[doc->places.n - 1].span.start + 8;
    doc->places.v[doc->places.n - 1].name = "Pakistan";
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_string_equal(e->date, "2023-03-03");
    assert_string_equal(e->country, "PAK");
    assert_string_equal(e->location, "Quetta");
    assert_string_equal(e->admin1, "Balochistan");
    assert_string_equal(e->origin_country, "AFG");
    assert_string_equal(e->event_type, "Explosions/Remote violence");
    assert_string_equal(e->sub_event_type, "Shelling/artillery/missile attack");
    assert_string_equal(e->actor1, "Desert Front");
    assert_int_equal(e->fatalities, 0);
    assert_non_null(e->weapon);
    assert_string_equal(e->weapon, "122mm rockets");
    assert_true(has_str(&e->denied_by, "Pakistan"));
    assert_int_equal(e->sources.n, 3);
    assert_int_equal(e->gtd_attack_type, 3);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_casualty_groups_add_up(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 5 June 2022, gunmen attacked a wedding in Kano, killing 13 guests and "
                        "at least 20 villagers and wounding 7 others.");
    add_date(doc, "5 June 2022", 2022, 6, 5);
    add_place(doc, "Kano", DS_FEAT_CITY, "NGA", "Kano");
    add_number(doc, "13", 0, 13);
    add_number(doc, "20", 1, 20); /* the first "20" is in "2022" */
    add_number(doc, "7", 0, 7);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_int_equal(e->fatalities, 33);
    assert_int_equal(e->injuries, 7);
    assert_string_equal(e->event_type, "Violence against civilians");
    assert_string_equal(e->date, "2022-06-05");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_plans_and_habits_are_not_events(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("The group will continue to attack markets in Mogadishu in 2023. The "
                        "group has attacked convoys in Mali for years. Its attacks in Gao are "
                        "frequent.");
    add_place(doc, "Mogadishu", DS_FEAT_CITY, "SOM", "Banaadir");
    add_date(doc, "2023", 2023, 0, 0);
    add_place(doc, "Mali", DS_FEAT_COUNTRY, "MLI", NULL);
    add_place(doc, "Gao", DS_FEAT_CITY, "MLI", "Gao");
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 0);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_enumeration_gives_one_event_per_date(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("Its deadliest attacks include a bombing in May 2019 that killed 12 in "
                        "Gao, and a suicide bombing in July 2020 that killed 30 in Kidal.");
    add_date(doc, "May 2019", 2019, 5, 0);
    add_number(doc, "12", 0, 12);
    add_place(doc, "Gao", DS_FEAT_CITY, "MLI", "Gao");
    add_date(doc, "July 2020", 2020, 7, 0);
    add_number(doc, "30", 0, 30);
    add_place(doc, "Kidal", DS_FEAT_CITY, "MLI", "Kidal");
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 2);
    assert_string_equal(x->events.v[0].date, "2019-05");
    assert_int_equal(x->events.v[0].fatalities, 12);
    assert_string_equal(x->events.v[0].location, "Gao");
    assert_string_equal(x->events.v[1].date, "2020-07");
    assert_int_equal(x->events.v[1].fatalities, 30);
    assert_string_equal(x->events.v[1].sub_event_type, "Suicide bomb");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_note_with_unclaimed_killing(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 2 March 2021, assailants shot and killed a shopkeeper in Jalalabad, "
                        "Nangarhar, Afghanistan. No group has claimed the killing; however, "
                        "local sources attributed the shooting to the Front.");
    add_date(doc, "2 March 2021", 2021, 3, 2);
    add_place(doc, "Jalalabad", DS_FEAT_CITY, "AFG", "Nangarhar");
    add_place(doc, "Nangarhar", DS_FEAT_ADMIN1, "AFG", NULL);
    add_place(doc, "Afghanistan", DS_FEAT_COUNTRY, "AFG", NULL);
    add_actor(doc, "Front", 0, "Mountain Front", DS_ACTOR_ARMED_GROUP);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_int_equal(e->fatalities, 1);
    assert_int_equal(e->claimed, 0);
    assert_string_equal(e->actor1, "Mountain Front");
    assert_string_equal(e->location, "Jalalabad");
    assert_int_equal(e->sources.n, 2);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_protest_defaults(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 4 May 2022, nurses held a protest in Sukkur city (Sukkur, Sindh) over "
                        "unpaid salaries.");
    add_date(doc, "4 May 2022", 2022, 5, 4);
    add_place(doc, "Sukkur", DS_FEAT_CITY, "PAK", "Sindh");
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_string_equal(e->event_type, "Protests");
    assert_string_equal(e->sub_event_type, "Peaceful protest");
    assert_int_equal(e->fatalities, 0);
    ds_gaz_place gp;
    if (ds_gazetteer_country(ctx->shared->gazetteer, "PAK", &gp)) {
        assert_non_null(e->actor1);
        assert_true(strncmp(e->actor1, "Protesters (", 12) == 0);
    }
    assert_string_equal(e->cameo, "14");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_respectively_splits_dates_and_places(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("In June and July 2021, respectively, Front fighters fired rockets into "
                        "Chad and Niger.");
    add_date(doc, "June", 2021, 6, 0);
    add_date(doc, "July 2021", 2021, 7, 0);
    add_actor(doc, "Front", 0, "Lake Front", DS_ACTOR_ARMED_GROUP);
    add_place(doc, "Chad", DS_FEAT_COUNTRY, "TCD", NULL);
    add_place(doc, "Niger", DS_FEAT_COUNTRY, "NER", NULL);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 2);
    assert_string_equal(x->events.v[0].date, "2021-06");
    assert_string_equal(x->events.v[0].country, "TCD");
    assert_string_equal(x->events.v[1].date, "2021-07");
    assert_string_equal(x->events.v[1].country, "NER");
    assert_string_equal(x->events.v[1].sub_event_type, "Shelling/artillery/missile attack");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_celebrating_statement_claims_earlier_attack(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("Front fighters attacked a border post in Chad on June 2. Its magazine "
                        "published an article on June 20 that celebrated the attack on Chad.");
    add_actor(doc, "Front", 0, "Lake Front", DS_ACTOR_ARMED_GROUP);
    add_place(doc, "Chad", DS_FEAT_COUNTRY, "TCD", NULL);
    add_date(doc, "June 2", 2021, 6, 2);
    add_date(doc, "June 20", 2021, 6, 20);
    ds_place *p = ds_vec_push(doc->arena, &doc->places);
    p->span = find(doc, "Chad", 1);
    p->sentence = 1;
    p->feature = DS_FEAT_COUNTRY;
    memcpy(p->iso3, "TCD", 4);
    p->name = "Chad";
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_string_equal(x->events.v[0].date, "2021-06-02");
    assert_int_equal(x->events.v[0].claimed, 1);
    assert_int_equal(x->events.v[0].sources.n, 2);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_passive_victims_and_subsets(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 3 May 2021, soldiers were killed by Front fighters near Kano. At "
                        "least six people, including two soldiers and four farmers, were killed "
                        "and nine others were wounded.");
    add_date(doc, "3 May 2021", 2021, 5, 3);
    add_actor(doc, "soldiers", 0, "Military Forces of Nigeria", DS_ACTOR_STATE_FORCE);
    add_actor(doc, "Front", 0, "Lake Front", DS_ACTOR_ARMED_GROUP);
    add_place(doc, "Kano", DS_FEAT_CITY, "NGA", "Kano");
    add_number(doc, "six", 0, 6);
    add_number(doc, "two", 0, 2);
    add_number(doc, "four", 0, 4);
    add_number(doc, "nine", 0, 9);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    ds_event *e = &x->events.v[0];
    assert_string_equal(e->actor1, "Lake Front");
    assert_non_null(e->actor2);
    assert_string_equal(e->actor2, "Military Forces of Nigeria");
    assert_int_equal(e->fatalities, 6);
    assert_int_equal(e->injuries, 9);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

static void test_figures_joined_before_the_verb(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 9 May 2022, gunmen attacked a checkpoint in Kidal. At least seven "
                        "guards and 12 attackers were killed, and one guard was injured.");
    add_date(doc, "9 May 2022", 2022, 5, 9);
    add_place(doc, "Kidal", DS_FEAT_CITY, "MLI", "Kidal");
    add_number(doc, "At least seven", 0, 7);
    doc->quantities.v[doc->quantities.n - 1].qual = DS_QUAL_AT_LEAST;
    add_number(doc, "12", 0, 12);
    add_number(doc, "one", 0, 1);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_int_equal(x->events.v[0].fatalities, 19);
    assert_int_equal(x->events.v[0].injuries, 1);
    assert_int_equal(x->events.v[0].sources.n, 2);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* A one-sided attack (an ambush) is a battle when it hits soldiers and an
 * attack on civilians when it hits a convoy of traders. */
static void test_ambush_target_decides_the_type(void **state)
{
    (void)state;
    const char *texts[2] = {
        "On 4 April 2023, gunmen ambushed a convoy of civilian traders near Djibo, killing six "
        "traders.",
        "On 4 April 2023, gunmen ambushed an army patrol near Djibo, killing six soldiers."};
    const char *want[2][2] = {{"Violence against civilians", "Attack"}, {"Battles", "Armed clash"}};
    for (int k = 0; k < 2; k++) {
        ds_doc *doc = mkdoc(texts[k]);
        add_date(doc, "4 April 2023", 2023, 4, 4);
        add_place(doc, "Djibo", DS_FEAT_CITY, "BFA", "Sahel");
        add_number(doc, "six", 0, 6);
        ds_extraction *x = extract(doc);
        assert_int_equal(x->events.n, 1);
        assert_string_equal(x->events.v[0].event_type, want[k][0]);
        assert_string_equal(x->events.v[0].sub_event_type, want[k][1]);
        assert_int_equal(x->events.v[0].fatalities, 6);
        ds_extraction_free(x);
        ds_doc_free(doc);
    }
}

/* Two families fighting over land are a mob (ACLED Riots); an armed group
 * in the same fight makes it a battle. */
static void test_dispute_clash_is_mob_violence_without_armed_group(void **state)
{
    (void)state;
    for (int armed = 0; armed < 2; armed++) {
        ds_doc *doc =
            mkdoc(armed ? "On 2 May 2022, Front fighters clashed with two families over a "
                          "land dispute in Khar, injuring four people."
                        : "On 2 May 2022, two families clashed over a land dispute in "
                          "Khar, injuring four people.");
        add_date(doc, "2 May 2022", 2022, 5, 2);
        add_place(doc, "Khar", DS_FEAT_CITY, "PAK", "Khyber Pakhtunkhwa");
        add_number(doc, "four", 0, 4);
        if (armed) add_actor(doc, "Front", 0, "Desert Front", DS_ACTOR_ARMED_GROUP);
        ds_extraction *x = extract(doc);
        assert_int_equal(x->events.n, 1);
        ds_event *e = &x->events.v[0];
        assert_string_equal(e->event_type, armed ? "Battles" : "Riots");
        assert_string_equal(e->sub_event_type, armed ? "Armed clash" : "Mob violence");
        assert_int_equal(e->injuries, 4);
        if (!armed) assert_string_equal(e->actor1, "Rioters (Pakistan)");
        ds_extraction_free(x);
        ds_doc_free(doc);
    }
}

/* In a report (not a one-event note), arrests told right after a bombing
 * without a date are a second event on the bombing's date; "No group
 * claimed responsibility" reaches the last event. */
static void test_arrests_after_a_bombing_in_a_report(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("The town has seen quiet months. Markets reopened in spring. Schools "
                        "followed in summer. Traders returned from the coast. On 8 July 2024, a "
                        "bomb exploded at a market in Beledweyne, killing five people. No group "
                        "claimed responsibility. Police later arrested two suspects in Jowhar. "
                        "Residents held a vigil.");
    add_date(doc, "8 July 2024", 2024, 7, 8);
    add_place(doc, "Beledweyne", DS_FEAT_CITY, "SOM", "Hiiraan");
    add_place(doc, "Jowhar", DS_FEAT_CITY, "SOM", "Middle Shabelle");
    add_number(doc, "five", 0, 5);
    add_number(doc, "two", 0, 2);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 2);
    const ds_event *bomb = NULL, *arrest = NULL;
    for (uint32_t i = 0; i < x->events.n; i++) {
        const ds_event *e = &x->events.v[i];
        if (!strcmp(e->event_type, "Explosions/Remote violence")) bomb = e;
        if (e->sub_event_type && !strcmp(e->sub_event_type, "Arrests")) arrest = e;
    }
    assert_non_null(bomb);
    assert_non_null(arrest);
    assert_int_equal(bomb->fatalities, 5);
    assert_int_equal(bomb->claimed, 0);
    assert_string_equal(arrest->location, "Jowhar");
    assert_string_equal(arrest->date, "2024-07-08");
    assert_null(arrest->weapon);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* "Last week" gives a week: the event spans Monday to Sunday. */
static void test_relative_week_is_a_span(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("Last week, troops arrested four suspects in Monguno.");
    add_date(doc, "Last week", 2024, 5, 8); /* a Wednesday */
    doc->timexes.v[0].kind = DS_TIMEX_RELATIVE;
    doc->timexes.v[0].mod = DS_MOD_APPROX;
    doc->timexes.v[0].anchor = DS_ANCHOR_DOCUMENT;
    add_place(doc, "Monguno", DS_FEAT_CITY, "NGA", "Borno");
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_string_equal(x->events.v[0].date, "2024-05-06");
    assert_string_equal(x->events.v[0].date_end, "2024-05-12");
    assert_int_equal(x->events.v[0].time_precision, 2);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* A follow-up sentence's dead of the other side add up; a total across
 * several attacks does not. */
static void test_other_side_dead_add_up(void **state)
{
    (void)state;
    for (int total = 0; total < 2; total++) {
        ds_doc *doc = mkdoc(total ? "On 3 June 2024, soldiers killed 12 jihadists near Tera. Three "
                                    "soldiers were killed across all the clashes."
                                  : "On 3 June 2024, soldiers killed 12 jihadists near Tera. Three "
                                    "soldiers were killed in the clash.");
        add_date(doc, "3 June 2024", 2024, 6, 3);
        add_place(doc, "Tera", DS_FEAT_CITY, "NER", "Tillaberi");
        add_number(doc, "12", 0, 12);
        add_number(doc, "Three", 0, 3);
        ds_extraction *x = extract(doc);
        assert_int_equal(x->events.n, 1);
        assert_int_equal(x->events.v[0].fatalities, total ? 12 : 15);
        ds_extraction_free(x);
        ds_doc_free(doc);
    }
}

/* The nationality of the forces that strike is not where they strike; the
 * nationality of the target is. */
static void test_acting_forces_nationality_is_not_the_place(void **state)
{
    (void)state;
    for (int target = 0; target < 2; target++) {
        ds_doc *doc =
            mkdoc(target ? "On 3 June 2024, militants attacked Turkish soldiers, killing two."
                         : "On 3 June 2024, Turkish drones struck a car, killing two.");
        add_date(doc, "3 June 2024", 2024, 6, 3);
        add_place(doc, "Turkish", DS_FEAT_DEMONYM, "TUR", NULL);
        add_number(doc, "two", 0, 2);
        ds_extraction *x = extract(doc);
        assert_int_equal(x->events.n, 1);
        assert_string_equal(x->events.v[0].country, target ? "TUR" : "");
        ds_extraction_free(x);
        ds_doc_free(doc);
    }
}

/* "the village of X" that the gazetteer lacks is still the location. */
static void test_unknown_village_is_the_location(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 3 June 2024, gunmen attacked the village of Koulga in Mali, killing "
                        "seven villagers.");
    add_date(doc, "3 June 2024", 2024, 6, 3);
    add_place(doc, "Mali", DS_FEAT_COUNTRY, "MLI", NULL);
    add_number(doc, "seven", 0, 7);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_string_equal(x->events.v[0].country, "MLI");
    assert_non_null(x->events.v[0].location);
    assert_string_equal(x->events.v[0].location, "Koulga");
    assert_string_equal(x->events.v[0].event_type, "Violence against civilians");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* A figure right after the casualty verb is its dead, whatever follows; a
 * foiled bombing is a disrupted weapons use. */
static void test_verb_before_figure_and_foiled_bombing(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 5 March 2024, an airstrike near Kismayo killed three militants and "
                        "no civilians were injured.");
    add_date(doc, "5 March 2024", 2024, 3, 5);
    add_place(doc, "Kismayo", DS_FEAT_CITY, "SOM", "Lower Juba");
    add_number(doc, "three", 0, 3);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_int_equal(x->events.v[0].fatalities, 3);
    assert_string_equal(x->events.v[0].sub_event_type, "Air/drone strike");
    ds_extraction_free(x);
    ds_doc_free(doc);

    doc = mkdoc("On 11 March 2024, police foiled an attempted suicide bombing at a checkpoint in "
                "Beledweyne.");
    add_date(doc, "11 March 2024", 2024, 3, 11);
    add_place(doc, "Beledweyne", DS_FEAT_CITY, "SOM", "Hiiraan");
    x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_string_equal(x->events.v[0].event_type, "Strategic developments");
    assert_string_equal(x->events.v[0].sub_event_type, "Disrupted weapons use");
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* "two farmers and a police officer were killed" is three; "In addition to
 * the guard, one attacker was killed" holds the guard told before. */
static void test_and_a_person_counts_one_more(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("On 26 January 2024, a bomb exploded near a checkpoint in Tarin Kot. Two "
                        "farmers and a police officer were killed in the blast.");
    add_date(doc, "26 January 2024", 2024, 1, 26);
    add_place(doc, "Tarin Kot", DS_FEAT_CITY, "AFG", "Uruzgan");
    add_number(doc, "Two", 0, 2);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_int_equal(x->events.v[0].fatalities, 3);
    ds_extraction_free(x);
    ds_doc_free(doc);

    doc = mkdoc("On 19 May 2024, gunmen shot and killed a guard in Herat. In addition to the "
                "guard, one attacker was killed.");
    add_date(doc, "19 May 2024", 2024, 5, 19);
    add_place(doc, "Herat", DS_FEAT_CITY, "AFG", "Herat");
    add_number(doc, "one", 0, 1);
    x = extract(doc);
    assert_int_equal(x->events.n, 1);
    assert_int_equal(x->events.v[0].fatalities, 2);
    ds_extraction_free(x);
    ds_doc_free(doc);
}

/* "may have attacked" reports a past attack with a hedged author (not a
 * plan); its place is not borrowed from the event before: it is the town
 * named, which nothing in the text supports (in the event's country). */
static void test_hedged_author_is_still_an_event(void **state)
{
    (void)state;
    ds_doc *doc = mkdoc("Front fighters detonated a bomb near Kirkuk on 3 May 2024, killing two "
                        "soldiers. Front fighters may have attacked a position in Makhmour on 9 "
                        "May 2024, wounding four soldiers.");
    add_actor(doc, "Front", 0, "Desert Front", DS_ACTOR_ARMED_GROUP);
    add_actor(doc, "Front", 1, "Desert Front", DS_ACTOR_ARMED_GROUP);
    add_place(doc, "Kirkuk", DS_FEAT_CITY, "IRQ", "Kirkuk");
    add_date(doc, "3 May 2024", 2024, 5, 3);
    add_date(doc, "9 May 2024", 2024, 5, 9);
    add_number(doc, "two", 0, 2);
    add_number(doc, "four", 0, 4);
    ds_extraction *x = extract(doc);
    assert_int_equal(x->events.n, 2);
    for (uint32_t i = 0; i < 2; i++) {
        const ds_event *e = &x->events.v[i];
        if (!strcmp(e->date, "2024-05-09")) {
            assert_int_equal(e->injuries, 4);
            assert_string_equal(e->location, "Makhmour");
            assert_string_equal(e->country, "IRQ");
        } else {
            assert_string_equal(e->date, "2024-05-03");
            assert_int_equal(e->fatalities, 2);
            assert_int_equal(e->injuries, 0);
        }
    }
    ds_extraction_free(x);
    ds_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cross_border_rockets_with_denial),
        cmocka_unit_test(test_casualty_groups_add_up),
        cmocka_unit_test(test_plans_and_habits_are_not_events),
        cmocka_unit_test(test_enumeration_gives_one_event_per_date),
        cmocka_unit_test(test_note_with_unclaimed_killing),
        cmocka_unit_test(test_protest_defaults),
        cmocka_unit_test(test_respectively_splits_dates_and_places),
        cmocka_unit_test(test_celebrating_statement_claims_earlier_attack),
        cmocka_unit_test(test_passive_victims_and_subsets),
        cmocka_unit_test(test_figures_joined_before_the_verb),
        cmocka_unit_test(test_ambush_target_decides_the_type),
        cmocka_unit_test(test_dispute_clash_is_mob_violence_without_armed_group),
        cmocka_unit_test(test_arrests_after_a_bombing_in_a_report),
        cmocka_unit_test(test_relative_week_is_a_span),
        cmocka_unit_test(test_other_side_dead_add_up),
        cmocka_unit_test(test_acting_forces_nationality_is_not_the_place),
        cmocka_unit_test(test_unknown_village_is_the_location),
        cmocka_unit_test(test_verb_before_figure_and_foiled_bombing),
        cmocka_unit_test(test_and_a_person_counts_one_more),
        cmocka_unit_test(test_hedged_author_is_still_an_event),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
