/* cmd_events.c - `dossier events`: the knowledge base's events (ACLED
 * coding) filtered by actor, country, dates, type and fatalities, as a
 * table, JSON or CSV. */
#include "store_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char events_help[] =
    "Usage: dossier events [OPTIONS]\n"
    "\n"
    "Lists the events of the knowledge base, oldest first, with how many sources\n"
    "back each one.\n"
    "\n"
    "Options:\n"
    "  --actor A            events whose first or second actor is A (any alias)\n"
    "  --country C          ISO 3166-1 alpha-3 code (AFG, UZB, NGA...)\n"
    "  --since D, --until D dates (YYYY, YYYY-MM or YYYY-MM-DD); an event counts\n"
    "                       when its period overlaps\n"
    "  --type T             ACLED event or sub-event type (\"Battles\", \"Suicide bomb\")\n"
    "  --min-fatalities N   at least N killed\n"
    "  --limit N            at most N events\n"
    "  --format F           table (default), json (with sources), csv\n"
    "  --db PATH            the knowledge base (default: see 'dossier help ingest')\n"
    "\n"
    "Examples:\n"
    "  dossier events --country UZB\n"
    "  dossier events --actor ISKP --since 2021 --min-fatalities 10\n"
    "  dossier events --type \"Explosions/Remote violence\" --format csv > ev.csv\n"
    "  dossier sources EVENT-ID      # the sentences behind one event\n";

static ds_status ask_events(char **out, ds_store *store, ds_ctx *ctx, const void *filter)
{
    return ds_store_events(out, NULL, store, ctx, filter);
}

static void show_events(json_t *rows, int format, const void *filter)
{
    (void)filter;
    if (format == 2) {
        static const char *const csv_cols[] = {
            "id",         "date",    "date_end", "event_type", "sub_event_type", "actor1",
            "actor2",     "country", "admin1",   "location",   "latitude",       "longitude",
            "fatalities", "weapon",  "claimed",  "denied_by",  "n_sources",      NULL};
        cli_print_csv(stdout, rows, csv_cols);
        return;
    }
    static const char *const cols[] = {"id",     "date",   "country",    "location",  "event_type",
                                       "actor1", "actor2", "fatalities", "n_sources", NULL};
    static const char *const heads[] = {"ID",     "DATE",   "CTRY",   "LOCATION", "TYPE",
                                        "ACTOR1", "ACTOR2", "KILLED", "SOURCES"};
    static const int widths[] = {0, 10, 4, 18, 26, 30, 30, 6, 7};
    cli_print_table(stdout, rows, cols, heads, widths);
}

static int events_run(int argc, char **argv)
{
    enum {
        OPT_ACTOR = CLI_OPT_OWN,
        OPT_COUNTRY,
        OPT_SINCE,
        OPT_UNTIL,
        OPT_TYPE,
        OPT_MIN,
        OPT_LIMIT
    };
    static const struct option longopts[] = {CLI_STORE_LONGOPTS,
                                             {"actor", required_argument, NULL, OPT_ACTOR},
                                             {"country", required_argument, NULL, OPT_COUNTRY},
                                             {"since", required_argument, NULL, OPT_SINCE},
                                             {"until", required_argument, NULL, OPT_UNTIL},
                                             {"type", required_argument, NULL, OPT_TYPE},
                                             {"min-fatalities", required_argument, NULL, OPT_MIN},
                                             {"limit", required_argument, NULL, OPT_LIMIT},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"table", "json", "csv", NULL};
    ds_event_filter f = DS_EVENT_FILTER_INIT;
    cli_store_opts o = {0};
    int c, rc;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        if ((rc = cli_store_opt(&o, c, "events", formats)) >= 0) {
            if (rc != EXIT_OK) return rc;
            continue;
        }
        switch (c) {
        case OPT_ACTOR:
            f.actor = optarg;
            break;
        case OPT_COUNTRY:
            if (strlen(optarg) != 3)
                return cli_usage("events", "--country takes an ISO alpha-3 code, not '%s'", optarg);
            f.country = optarg;
            break;
        case OPT_SINCE:
            f.since = optarg;
            break;
        case OPT_UNTIL:
            f.until = optarg;
            break;
        case OPT_TYPE:
            f.type = optarg;
            break;
        case OPT_MIN:
            f.min_fatalities = (int)strtol(optarg, &end, 10);
            if (*end || f.min_fatalities < 0)
                return cli_usage("events", "--min-fatalities takes a number, not '%s'", optarg);
            break;
        case OPT_LIMIT:
            f.limit = (int)strtol(optarg, &end, 10);
            if (*end || f.limit < 1)
                return cli_usage("events", "--limit takes a positive number, not '%s'", optarg);
            break;
        default:
            return cli_bad_option("events", argv);
        }
    }
    if (optind < argc) return cli_usage("events", "unexpected argument '%s'", argv[optind]);
    return cli_store_answer(&o, ask_events, &f, show_events, "events", "");
}

const cli_cmd cli_events_cmd = {"events", "list the knowledge base's events", events_help,
                                events_run};
