/* cli.h - shared pieces of the `dossier` tool: exit codes (CONVENTIONS.md),
 * messages as "dossier: FILE:LINE: what happened", the subcommand table. */
#ifndef DS_CLI_H
#define DS_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "dossier/dossier.h"

enum {
    EXIT_OK = 0,
    EXIT_RUNTIME = 1, /* runtime failure */
    EXIT_USAGE = 2,   /* bad command line */
    EXIT_LIMIT = 3,   /* input over a limit */
    EXIT_PARTIAL = 4  /* some documents failed with --keep-going */
};

typedef struct cli_cmd {
    const char *name;
    const char *summary;
    const char *help; /* full text of `dossier help NAME` */
    int (*run)(int argc, char **argv);
} cli_cmd;

extern const cli_cmd cli_annotate_cmd;
extern const cli_cmd cli_extract_cmd;
extern const cli_cmd cli_ingest_cmd;
extern const cli_cmd cli_events_cmd;
extern const cli_cmd cli_actor_cmd;
extern const cli_cmd cli_timeline_cmd;
extern const cli_cmd cli_search_cmd;
extern const cli_cmd cli_sources_cmd;
extern const cli_cmd cli_export_cmd;

/* Prints "dossier: " + message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints a usage error and a hint to run `dossier help CMD`; returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* getopt_long's answer '?' (opterr is off: one message, ours): the option
 * it stopped at, by name ("unknown option '--bogus'", or one whose value is
 * missing); exit 2. */
int cli_bad_option(const char *cmd, char **argv);
/* Exit code for a failed library call. */
int cli_exit_for(ds_status st);
/* Creates the context (data dir from --data or the environment); prints the error. */
ds_ctx *cli_ctx_new(const char *data_dir);
/* Writes all bytes to stdout; false (with a message) on failure. */
bool cli_write(const char *s, size_t n);
/* Prints the document's diagnostics of at least `min` severity to stderr. */
void cli_print_diags(const ds_doc *doc, ds_severity min);
/* Parses a --format value against names; -1 when unknown. */
int cli_pick(const char *value, const char *const *names);

#endif
