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

static int search_run(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_LIMIT, OPT_FORMAT, OPT_DATA };
    static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                             {"limit", required_argument, NULL, OPT_LIMIT},
                                             {"format", required_argument, NULL, OPT_FORMAT},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"text", "json", NULL};
    const char *db = NULL, *data_dir = NULL;
    int format = 0, limit = 20, c;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB:
            db = optarg;
            break;
        case OPT_LIMIT:
            limit = (int)strtol(optarg, &end, 10);
            if (*end || limit < 1)
                return cli_usage("search", "--limit takes a positive number, not '%s'", optarg);
            break;
        case OPT_FORMAT:
            if ((format = cli_pick(optarg, formats)) < 0)
                return cli_usage("search", "unknown format '%s'", optarg);
            break;
        case OPT_DATA:
            data_dir = optarg;
            break;
        default:
            return cli_usage("search", "unknown option");
        }
    }
    if (optind >= argc) return cli_usage("search", "no words to search for");
    size_t qlen = 1;
    for (int i = optind; i < argc; i++) qlen += strlen(argv[i]) + 1;
    char *q = malloc(qlen);
    if (!q) {
        cli_error("out of memory");
        return EXIT_RUNTIME;
    }
    q[0] = '\0';
    for (int i = optind; i < argc; i++) {
        if (i > optind) strcat(q, " ");
        strcat(q, argv[i]);
    }
    ds_ctx *ctx;
    ds_store *store;
    if (!cli_store_open(&ctx, &store, db, data_dir, false)) {
        free(q);
        return EXIT_RUNTIME;
    }
    char *out = NULL;
    int rc = EXIT_OK;
    ds_status st = ds_store_search(&out, NULL, store, ctx, q, limit);
    json_t *v = st == DS_OK ? cli_json_take(out) : NULL;
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(ctx));
        rc = cli_exit_for(st);
    } else if (!v) {
        rc = EXIT_RUNTIME;
    } else if (format == 1) {
        rc = cli_print_json(v) ? EXIT_OK : EXIT_RUNTIME;
    } else {
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
    json_decref(v);
    free(q);
    if (fflush(stdout) != 0) rc = EXIT_RUNTIME;
    cli_store_close(ctx, store);
    return rc;
}

const cli_cmd cli_search_cmd = {"search", "full-text search of the knowledge base", search_help,
                                search_run};
