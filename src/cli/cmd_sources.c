/* cmd_sources.c - `dossier sources EVENT-ID`: the sentences, documents and
 * footnote URLs that back one event of the knowledge base. */
#include "store_cli.h"

#include <getopt.h>
#include <string.h>

static const char sources_help[] =
    "Usage: dossier sources [OPTIONS] EVENT-ID\n"
    "\n"
    "Shows every source of one event: the document, the byte span of the\n"
    "sentence in the original file, the sentence, the fatality figure it gave\n"
    "and its footnote URLs. EVENT-ID is the id shown by 'dossier events'.\n"
    "\n"
    "Options:\n"
    "  --format F   text (default) or json\n"
    "  --db PATH    the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier events --country UZB          # note the ID column\n"
    "  dossier sources ev-d21b5097b6519c2a\n";

static int sources_run(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_FORMAT, OPT_DATA };
    static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                             {"format", required_argument, NULL, OPT_FORMAT},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"text", "json", NULL};
    const char *db = NULL, *data_dir = NULL;
    int format = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB:
            db = optarg;
            break;
        case OPT_FORMAT:
            if ((format = cli_pick(optarg, formats)) < 0)
                return cli_usage("sources", "unknown format '%s'", optarg);
            break;
        case OPT_DATA:
            data_dir = optarg;
            break;
        default:
            return cli_usage("sources", "unknown option");
        }
    }
    if (optind + 1 != argc) return cli_usage("sources", "give exactly one EVENT-ID");
    ds_ctx *ctx;
    ds_store *store;
    if (!cli_store_open(&ctx, &store, db, data_dir, false)) return EXIT_RUNTIME;
    char *out = NULL;
    int rc = EXIT_OK;
    ds_status st = ds_store_sources(&out, NULL, store, ctx, argv[optind]);
    json_t *v = st == DS_OK ? cli_json_take(out) : NULL;
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(ctx));
        rc = cli_exit_for(st);
    } else if (!v) {
        rc = EXIT_RUNTIME;
    } else if (json_is_null(v)) {
        cli_error("no event '%s' in the knowledge base", argv[optind]);
        rc = EXIT_RUNTIME;
    } else if (format == 1) {
        rc = cli_print_json(v) ? EXIT_OK : EXIT_RUNTIME;
    } else {
        char a[1024], b[64], k[64];
        for (size_t i = 0; i < json_array_size(v); i++) {
            json_t *s = json_array_get(v, i);
            printf("%s", cli_json_text(json_object_get(s, "document"), a, sizeof a));
            printf(" [%s-%s]", cli_json_text(json_object_get(s, "start"), b, sizeof b),
                   cli_json_text(json_object_get(s, "end"), k, sizeof k));
            if (*cli_json_text(json_object_get(s, "date"), b, sizeof b)) printf(" (%s)", b);
            if (*cli_json_text(json_object_get(s, "fatalities"), b, sizeof b))
                printf(" fatalities: %s", b);
            printf("\n  %s\n", cli_json_text(json_object_get(s, "text"), a, sizeof a));
            json_t *cits = json_object_get(s, "citations");
            for (size_t j = 0; j < json_array_size(cits); j++)
                printf("  <%s>\n", json_string_value(json_array_get(cits, j)));
        }
    }
    json_decref(v);
    if (fflush(stdout) != 0) rc = EXIT_RUNTIME;
    cli_store_close(ctx, store);
    return rc;
}

const cli_cmd cli_sources_cmd = {"sources", "show the sources of an event", sources_help,
                                 sources_run};
