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

typedef struct timeline_ask {
    const char *actor;
    int by;
    bool by_country;
} timeline_ask;

static ds_status ask_timeline(char **out, ds_store *store, ds_ctx *ctx, const void *arg)
{
    const timeline_ask *t = arg;
    return ds_store_timeline(out, NULL, store, ctx, t->actor, t->by ? DS_BY_YEAR : DS_BY_MONTH,
                             t->by_country);
}

static void show_timeline(json_t *v, int format, const void *arg)
{
    const timeline_ask *t = arg;
    static const char *const cols_c[] = {"period", "country", "events", "fatalities", NULL};
    static const char *const cols[] = {"period", "events", "fatalities", NULL};
    static const char *const heads_c[] = {"PERIOD", "COUNTRY", "EVENTS", "KILLED"};
    static const char *const heads[] = {"PERIOD", "EVENTS", "KILLED"};
    if (format == 2)
        cli_print_csv(stdout, v, t->by_country ? cols_c : cols);
    else
        cli_print_table(stdout, v, t->by_country ? cols_c : cols, t->by_country ? heads_c : heads,
                        NULL);
}

static int timeline_run(int argc, char **argv)
{
    enum { OPT_ACTOR = CLI_OPT_OWN, OPT_BY, OPT_BYC };
    static const struct option longopts[] = {CLI_STORE_LONGOPTS,
                                             {"actor", required_argument, NULL, OPT_ACTOR},
                                             {"by", required_argument, NULL, OPT_BY},
                                             {"by-country", no_argument, NULL, OPT_BYC},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"table", "json", "csv", NULL};
    static const char *const bys[] = {"month", "year", NULL};
    cli_store_opts o = {0};
    timeline_ask t = {NULL, 0, false};
    int c, rc;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "timeline", formats)) >= 0) {
            if (rc != EXIT_OK) return rc;
            continue;
        }
        switch (c) {
        case OPT_ACTOR:
            t.actor = optarg;
            break;
        case OPT_BY:
            if ((t.by = cli_pick(optarg, bys)) < 0)
                return cli_usage("timeline", "--by takes month or year, not '%s'", optarg);
            break;
        case OPT_BYC:
            t.by_country = true;
            break;
        default:
            return cli_bad_option("timeline", argv);
        }
    }
    if (optind < argc) return cli_usage("timeline", "unexpected argument '%s'", argv[optind]);
    return cli_store_answer(&o, ask_timeline, &t, show_timeline, "timeline", "");
}

const cli_cmd cli_timeline_cmd = {"timeline", "count events per month or year", timeline_help,
                                  timeline_run};
