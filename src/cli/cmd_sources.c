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

static ds_status ask_sources(char **out, ds_store *store, ds_ctx *ctx, const void *id)
{
    return ds_store_sources(out, NULL, store, ctx, id);
}

static void show_sources(json_t *v, int format, const void *id)
{
    (void)format;
    (void)id;
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

static int sources_run(int argc, char **argv)
{
    static const struct option longopts[] = {CLI_STORE_LONGOPTS, {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"text", "json", NULL};
    cli_store_opts o = {0};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "sources", formats)) < 0)
            return cli_bad_option("sources", argv);
        if (rc != EXIT_OK) return rc;
    }
    if (optind + 1 != argc) return cli_usage("sources", "give exactly one EVENT-ID");
    return cli_store_answer(&o, ask_sources, argv[optind], show_sources, "event", argv[optind]);
}

const cli_cmd cli_sources_cmd = {"sources", "show the sources of an event", sources_help,
                                 sources_run};
