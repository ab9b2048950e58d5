/* store_cli.h - pieces shared by the knowledge-base subcommands (ingest,
 * events, actor, timeline, search, sources, export): opening the store
 * named by --db (or the default in the user's data directory), parsing the
 * library's JSON answers, and printing tables. */
#ifndef DS_STORE_CLI_H
#define DS_STORE_CLI_H

#include <jansson.h>
#include <stdbool.h>

#include "cli.h"

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
