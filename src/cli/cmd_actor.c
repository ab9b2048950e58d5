/* cmd_actor.c - `dossier actor NAME`: the dossier of one armed group from
 * the knowledge base: names, founding, strength, leaders as a tenure
 * timeline, affiliations, media outlets, activity by year and country, the
 * expansion view (where it struck first, and when) and the latest
 * assessments, each fact with its source. */
#include "store_cli.h"

#include <getopt.h>
#include <string.h>

static const char actor_help[] =
    "Usage: dossier actor [OPTIONS] NAME\n"
    "\n"
    "Prints the dossier of one group, found by any of its names or aliases\n"
    "(case, accents and punctuation ignored): aliases, parent, founding date,\n"
    "strength; leaders in order with their tenures; affiliations; media\n"
    "outlets; events by year and by country; the countries in the order the\n"
    "group first struck them; the latest assessments. Every fact cites its\n"
    "document and byte span ([doc:start-end]).\n"
    "\n"
    "Options:\n"
    "  --format F   text (default) or json\n"
    "  --db PATH    the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier actor \"ISIS-K\"\n"
    "  dossier actor iskp --format json | jq '.leaders[].name'\n";

static const char *base(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* " [file:start-end, ...]" for a sources array. */
static void cites(json_t *sources)
{
    size_t n = json_array_size(sources);
    if (!n) return;
    printf("  [");
    for (size_t i = 0; i < n && i < 3; i++) {
        json_t *s = json_array_get(sources, i);
        const char *doc = json_string_value(json_object_get(s, "document"));
        json_int_t a = json_integer_value(json_object_get(s, "start"));
        json_int_t b = json_integer_value(json_object_get(s, "end"));
        if (a == 0 && b == 0)
            printf("%s%s", i ? ", " : "", base(doc ? doc : "?"));
        else
            printf("%s%s:%lld-%lld", i ? ", " : "", base(doc ? doc : "?"), (long long)a,
                   (long long)b);
    }
    if (n > 3) printf(", +%zu", n - 3);
    printf("]");
}

static const char *text(json_t *o, const char *key, char *buf, size_t cap)
{
    return cli_json_text(json_object_get(o, key), buf, cap);
}

static void print_dossier(json_t *d)
{
    char a[1024], b[256], c[256], e[256];
    printf("%s\n", text(d, "name", a, sizeof a));
    if (json_array_size(json_object_get(d, "aliases")))
        printf("  also known as: %s\n", text(d, "aliases", a, sizeof a));
    if (*text(d, "type", a, sizeof a)) printf("  type: %s\n", a);
    if (*text(d, "parent", a, sizeof a)) printf("  parent: %s\n", a);
    if (*text(d, "founded", a, sizeof a)) printf("  founded: %s\n", a);
    json_t *s = json_object_get(d, "strength");
    if (json_is_object(s)) {
        text(s, "source", c, sizeof c);
        printf("  strength: %s-%s%s%s%s\n", text(s, "min", a, sizeof a),
               text(s, "max", b, sizeof b), *c ? " (" : "", c, *c ? ")" : "");
    }
    if (*text(d, "headquarters", a, sizeof a)) printf("  headquarters: %s\n", a);

    json_t *v = json_object_get(d, "leaders");
    if (json_array_size(v)) printf("\nLeaders\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *l = json_array_get(v, i);
        text(l, "start", b, sizeof b);
        text(l, "end", c, sizeof c);
        bool current = json_is_true(json_object_get(l, "current_term")) ||
                       json_integer_value(json_object_get(l, "current_term")) == 1;
        printf("  %-10s - %-10s %s", *b ? b : "?",
               *c        ? c
               : current ? "present"
                         : "?",
               text(l, "name", a, sizeof a));
        if (*text(l, "role", e, sizeof e)) printf(" (%s)", e);
        if (!strcmp(text(l, "status", e, sizeof e), "dead")) printf(" \xE2\x80\xA0");
        cites(json_object_get(l, "sources"));
        printf("\n");
    }
    v = json_object_get(d, "affiliations");
    if (json_array_size(v)) printf("\nAffiliations\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *f = json_array_get(v, i);
        printf("  %-9s %s", text(f, "relation", b, sizeof b), text(f, "name", a, sizeof a));
        text(f, "start", b, sizeof b);
        text(f, "end", c, sizeof c);
        if (*b || *c) printf(" (%s-%s)", b, c);
        if (json_integer_value(json_object_get(f, "disputed"))) printf(" disputed");
        cites(json_object_get(f, "sources"));
        printf("\n");
    }
    v = json_object_get(d, "media_outlets");
    if (json_array_size(v)) printf("\nMedia outlets\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *o = json_array_get(v, i);
        printf("  %s", text(o, "name", a, sizeof a));
        if (json_array_size(json_object_get(o, "languages")))
            printf(" (%s)", text(o, "languages", b, sizeof b));
        cites(json_object_get(o, "sources"));
        printf("\n");
    }
    v = json_object_get(d, "events_by_year");
    if (json_array_size(v)) printf("\nEvents by year\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *y = json_array_get(v, i);
        printf("  %s  %4s events  %s killed\n", text(y, "year", a, sizeof a),
               text(y, "events", b, sizeof b), *text(y, "fatalities", c, sizeof c) ? c : "?");
    }
    v = json_object_get(d, "events_by_country");
    if (json_array_size(v)) printf("\nEvents by country\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *y = json_array_get(v, i);
        printf("  %s  %4s events  %s killed\n", text(y, "country", a, sizeof a),
               text(y, "events", b, sizeof b), *text(y, "fatalities", c, sizeof c) ? c : "?");
    }
    v = json_object_get(d, "expansion");
    if (json_array_size(v)) printf("\nExpansion (first event in each country)\n");
    for (size_t i = 0; i < json_array_size(v); i++) {
        json_t *x = json_array_get(v, i);
        printf("  %zu. %s  %-10s %s", i + 1, text(x, "country", a, sizeof a),
               text(x, "date", b, sizeof b), text(x, "location", c, sizeof c));
        cites(json_object_get(x, "sources"));
        printf("\n");
    }
    v = json_object_get(d, "assessments");
    if (json_array_size(v)) printf("\nLatest assessments\n");
    for (size_t i = 0; i < json_array_size(v) && i < 10; i++) {
        json_t *x = json_array_get(v, i);
        printf("  [%s] %s  (%s", text(x, "confidence", b, sizeof b), text(x, "text", a, sizeof a),
               base(text(x, "document", c, sizeof c)));
        if (*text(x, "date", e, sizeof e)) printf(", %s", e);
        printf(")\n");
    }
}

static ds_status ask_actor(char **out, ds_store *store, ds_ctx *ctx, const void *name)
{
    return ds_store_actor(out, NULL, store, ctx, name);
}

static void show_actor(json_t *v, int format, const void *name)
{
    (void)format;
    (void)name;
    print_dossier(v);
}

static int actor_run(int argc, char **argv)
{
    static const struct option longopts[] = {CLI_STORE_LONGOPTS, {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"text", "json", NULL};
    cli_store_opts o = {0};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "actor", formats)) < 0) return cli_bad_option("actor", argv);
        if (rc != EXIT_OK) return rc;
    }
    if (optind + 1 != argc) return cli_usage("actor", "give one NAME (quote it if it has spaces)");
    return cli_store_answer(&o, ask_actor, argv[optind], show_actor, "actor called", argv[optind]);
}

const cli_cmd cli_actor_cmd = {"actor", "show the dossier of an armed group", actor_help,
                               actor_run};
