/* cmd_timeline.c - `dossier timeline`: events and fatalities per month or
 * year (and country), for everyone or one actor, from the knowledge base. */
#include "store_cli.h"

#include <getopt.h>
#include <string.h>

static const char timeline_help[] =
    "Usage: dossier timeline [OPTIONS]\n"
    "\n"
    "Counts the knowledge base's events and their fatalities per period.\n"
    "\n"
    "Options:\n"
    "  --actor A       only events of actor A (any alias)\n"
    "  --by P          month (default) or year\n"
    "  --by-country    one row per period and country\n"
    "  --format F      table (default), json, csv\n"
    "  --db PATH       the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier timeline --actor ISKP --by year\n"
    "  dossier timeline --by-country --format csv > tempo.csv\n";

static int timeline_run(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_ACTOR, OPT_BY, OPT_BYC, OPT_FORMAT, OPT_DATA };
    static const struct option longopts[] = {{"db", required_argument, NULL, OPT_DB},
                                             {"actor", required_argument, NULL, OPT_ACTOR},
                                             {"by", required_argument, NULL, OPT_BY},
                                             {"by-country", no_argument, NULL, OPT_BYC},
                                             {"format", required_argument, NULL, OPT_FORMAT},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"table", "json", "csv", NULL};
    static const char *const bys[] = {"month", "year", NULL};
    const char *db = NULL, *data_dir = NULL, *actor = NULL;
    int format = 0, by = 0, c;
    bool by_country = false;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB:
            db = optarg;
            break;
        case OPT_ACTOR:
            actor = optarg;
            break;
        case OPT_BY:
            if ((by = cli_pick(optarg, bys)) < 0)
                return cli_usage("timeline", "--by takes month or year, not '%s'", optarg);
            break;
        case OPT_BYC:
            by_country = true;
            break;
        case OPT_FORMAT:
            if ((format = cli_pick(optarg, formats)) < 0)
                return cli_usage("timeline", "unknown format '%s'", optarg);
            break;
        case OPT_DATA:
            data_dir = optarg;
            break;
        default:
            return cli_usage("timeline", "unknown option");
        }
    }
    if (optind < argc) return cli_usage("timeline", "unexpected argument '%s'", argv[optind]);
    ds_ctx *ctx;
    ds_store *store;
    if (!cli_store_open(&ctx, &store, db, data_dir, false)) return EXIT_RUNTIME;
    char *out = NULL;
    int rc = EXIT_OK;
    ds_status st =
        ds_store_timeline(&out, NULL, store, ctx, actor, by ? DS_BY_YEAR : DS_BY_MONTH, by_country);
    json_t *v = st == DS_OK ? cli_json_take(out) : NULL;
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(ctx));
        rc = cli_exit_for(st);
    } else if (!v) {
        rc = EXIT_RUNTIME;
    } else if (format == 1) {
        rc = cli_print_json(v) ? EXIT_OK : EXIT_RUNTIME;
    } else {
        static const char *const cols_c[] = {"period", "country", "events", "fatalities", NULL};
        static const char *const cols[] = {"period", "events", "fatalities", NULL};
        static const char *const heads_c[] = {"PERIOD", "COUNTRY", "EVENTS", "KILLED"};
        static const char *const heads[] = {"PERIOD", "EVENTS", "KILLED"};
        if (format == 2)
            cli_print_csv(stdout, v, by_country ? cols_c : cols);
        else
            cli_print_table(stdout, v, by_country ? cols_c : cols, by_country ? heads_c : heads,
                            NULL);
    }
    json_decref(v);
    if (fflush(stdout) != 0) rc = EXIT_RUNTIME;
    cli_store_close(ctx, store);
    return rc;
}

const cli_cmd cli_timeline_cmd = {"timeline", "count events per month or year", timeline_help,
                                  timeline_run};
