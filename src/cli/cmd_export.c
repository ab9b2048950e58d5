/* cmd_export.c - `dossier export`: the whole knowledge base in the formats
 * analysts' tools import (STIX 2.1 bundle, ACLED CSV, GeoJSON, the CONTRACT
 * JSON), through the same writers as `dossier extract --format`. */
#include "store_cli.h"

#include <getopt.h>
#include <stdlib.h>

static const char export_help[] =
    "Usage: dossier export [OPTIONS]\n"
    "\n"
    "Writes everything the knowledge base holds to standard output. The output\n"
    "is deterministic: the same knowledge base gives the same bytes (STIX ids\n"
    "are UUIDv5 over content, timestamps come from document dates).\n"
    "\n"
    "Options:\n"
    "  --format F   json (default), jsonl, stix (STIX 2.1 bundle), acled (CSV\n"
    "               with ACLED's columns), geojson (RFC 7946 FeatureCollection)\n"
    "  --db PATH    the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier export --format stix > kb.stix.json\n"
    "  dossier export --format acled > events.csv\n"
    "  dossier export --format geojson > events.geojson\n";

static int export_run(int argc, char **argv)
{
    static const struct option longopts[] = {CLI_STORE_LONGOPTS, {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"json", "jsonl", "stix", "acled", "geojson", NULL};
    cli_store_opts o = {0};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "export", formats)) < 0)
            return cli_bad_option("export", argv);
        if (rc != EXIT_OK) return rc;
    }
    if (optind < argc) return cli_usage("export", "unexpected argument '%s'", argv[optind]);
    ds_ctx *ctx;
    ds_store *store;
    if (!cli_store_open(&ctx, &store, o.db, o.data_dir, false)) return EXIT_RUNTIME;
    ds_extraction *x = NULL;
    char *out = NULL;
    size_t len = 0;
    rc = EXIT_OK;
    ds_status st = ds_store_extraction(&x, store, ctx);
    if (st == DS_OK) st = ds_export(&out, &len, x, ctx, (ds_export_format)o.format);
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(ctx)[0] ? ds_ctx_errmsg(ctx) : ds_strerror(st));
        rc = cli_exit_for(st);
    } else if (!cli_write(out, len) || fflush(stdout) != 0) {
        rc = EXIT_RUNTIME;
    }
    free(out);
    ds_extraction_free(x);
    cli_store_close(ctx, store);
    return rc;
}

const cli_cmd cli_export_cmd = {"export", "write the knowledge base as STIX, ACLED CSV, GeoJSON",
                                export_help, export_run};
