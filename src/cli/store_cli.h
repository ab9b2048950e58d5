/* store_cli.h - pieces shared by the knowledge-base subcommands (ingest,
 * events, actor, timeline, search, sources, export): opening the store
 * named by --db (or the default in the user's data directory), parsing the
 * library's JSON answers, and printing tables. */
#ifndef DS_STORE_CLI_H
#define DS_STORE_CLI_H

#include <jansson.h>
#include <stdbool.h>

#include "cli.h"

#include <getopt.h>

/* The options every knowledge-base command takes: --db, --data, --format.
 * A command puts CLI_STORE_LONGOPTS in its getopt_long table, numbers its
 * own options from CLI_OPT_OWN, and hands every option to cli_store_opt
 * first. format is the index of --format's value in the command's list. */
enum { CLI_OPT_DB = 256, CLI_OPT_DATA, CLI_OPT_FORMAT, CLI_OPT_OWN };
#define CLI_STORE_LONGOPTS                                                                         \
    {"db", required_argument, NULL, CLI_OPT_DB}, {"data", required_argument, NULL, CLI_OPT_DATA},  \
    {                                                                                              \
        "format", required_argument, NULL, CLI_OPT_FORMAT                                          \
    }
typedef struct cli_store_opts {
    const char *db;       /* NULL: the default store */
    const char *data_dir; /* NULL: DOSSIER_DATA or the build's data */
    int format;           /* 0: the first of formats */
} cli_store_opts;

/* Takes option c (getopt_long's answer, optarg set) if it is a shared one.
 * Returns -1 when c is not a shared option, EXIT_OK when taken, EXIT_USAGE
 * (message printed) when its value is wrong. */
int cli_store_opt(cli_store_opts *o, int c, const char *cmd, const char *const *formats);

/* One question to the store: the library call that writes the JSON answer
 * (malloc'd, to *out), and the printer of the non-JSON formats. */
typedef ds_status (*cli_store_ask)(char **out, ds_store *store, ds_ctx *ctx, const void *arg);
typedef void (*cli_store_show)(json_t *answer, int format, const void *arg);

/* Opens the store of o, asks, prints and closes: the library's error (exit
 * code by status); "no KIND 'WHAT' in the knowledge base" when the answer
 * is JSON null;
 * the JSON as it came when format is 1 (every question command lists "json"
 * second); else show(answer, format, arg). Returns the exit code. */
int cli_store_answer(const cli_store_opts *o, cli_store_ask ask, const void *arg,
                     cli_store_show show, const char *kind, const char *what);

/* Opens the context and the store at db (NULL: the default path, its folder
 * created). Prints the error and returns false on failure. */
bool cli_store_open(ds_ctx **ctx, ds_store **store, const char *db, const char *data_dir,
                    bool create);
void cli_store_close(ds_ctx *ctx, ds_store *store);

/* Parses a JSON answer of the library (takes ownership of s, frees it). NULL
 * (with a message) on failure. */
json_t *cli_json_take(char *s);

/* A scalar JSON value as text into out ("" for null/absent). */
const char *cli_json_text(json_t *v, char *out, size_t cap);

/* Prints rows as an aligned table: cols are the keys shown, heads their
 * headings, widths the maximum column widths (0: no limit). */
void cli_print_table(FILE *out, json_t *rows, const char *const *cols, const char *const *heads,
                     const int *widths);
/* Prints rows as RFC 4180 CSV with a header row of cols. */
void cli_print_csv(FILE *out, json_t *rows, const char *const *cols);

/* Writes the JSON answer as it came (pretty) to stdout. */
bool cli_print_json(json_t *v);

#endif
