/* cmd_search.c - `dossier search TEXT`: full-text search (SQLite FTS5) over
 * the knowledge base's documents and the sentences that back its facts. */
#include "store_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char search_help[] =
    "Usage: dossier search [OPTIONS] WORD...\n"
    "\n"
    "Finds the documents and the fact-bearing sentences that contain all the\n"
    "words given (case and accents ignored; punctuation is not syntax), best\n"
    "matches first, with a snippet of each document.\n"
    "\n"
    "Options:\n"
    "  --limit N    at most N documents and N sentences (default 20)\n"
    "  --format F   text (default) or json\n"
    "  --db PATH    the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier search Termez rockets\n"
    "  dossier search --format json \"al-Azaim\" | jq '.sentences[].text'\n";

typedef struct search_ask {
    const char *query;
    int limit;
} search_ask;

static ds_status ask_search(char **out, ds_store *store, ds_ctx *ctx, const void *arg)
{
    const search_ask *q = arg;
    return ds_store_search(out, NULL, store, ctx, q->query, q->limit);
}

static void show_search(json_t *v, int format, const void *arg)
{
    (void)format;
    (void)arg;
    char a[2048], b[512], d[64];
    json_t *docs = json_object_get(v, "documents");
    printf("%zu document%s\n", json_array_size(docs), json_array_size(docs) == 1 ? "" : "s");
    for (size_t i = 0; i < json_array_size(docs); i++) {
        json_t *o = json_array_get(docs, i);
        cli_json_text(json_object_get(o, "path"), b, sizeof b);
        cli_json_text(json_object_get(o, "date"), d, sizeof d);
        printf("  %s%s%s%s\n    %s\n", b, *d ? " (" : "", d, *d ? ")" : "",
               cli_json_text(json_object_get(o, "snippet"), a, sizeof a));
    }
    json_t *sents = json_object_get(v, "sentences");
    printf("%zu sentence%s backing facts\n", json_array_size(sents),
           json_array_size(sents) == 1 ? "" : "s");
    for (size_t i = 0; i < json_array_size(sents); i++) {
        json_t *o = json_array_get(sents, i);
        cli_json_text(json_object_get(o, "path"), b, sizeof b);
        cli_json_text(json_object_get(o, "start"), d, sizeof d);
        printf("  %s:%s  %s\n", b, d, cli_json_text(json_object_get(o, "text"), a, sizeof a));
    }
}

static int search_run(int argc, char **argv)
{
    enum { OPT_LIMIT = CLI_OPT_OWN };
    static const struct option longopts[] = {
        CLI_STORE_LONGOPTS, {"limit", required_argument, NULL, OPT_LIMIT}, {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"text", "json", NULL};
    cli_store_opts o = {0};
    search_ask q = {NULL, 20};
    int c, rc;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "search", formats)) >= 0) {
            if (rc != EXIT_OK) return rc;
            continue;
        }
        if (c != OPT_LIMIT) return cli_bad_option("search", argv);
        q.limit = (int)strtol(optarg, &end, 10);
        if (*end || q.limit < 1)
            return cli_usage("search", "--limit takes a positive number, not '%s'", optarg);
    }
    if (optind >= argc) return cli_usage("search", "no words to search for");
    size_t qlen = 1;
    for (int i = optind; i < argc; i++) qlen += strlen(argv[i]) + 1;
    char *text = malloc(qlen);
    if (!text) {
        cli_error("out of memory");
        return EXIT_RUNTIME;
    }
    text[0] = '\0';
    for (int i = optind; i < argc; i++) {
        if (i > optind) strcat(text, " ");
        strcat(text, argv[i]);
    }
    q.query = text;
    rc = cli_store_answer(&o, ask_search, &q, show_search, "match for", text);
    free(text);
    return rc;
}

const cli_cmd cli_search_cmd = {"search", "full-text search of the knowledge base", search_help,
                                search_run};
