/* files.h - the input files of a command line: files as given, folders
 * walked for the documents in them (ingest, extract, annotate). */
#ifndef DS_CLI_FILES_H
#define DS_CLI_FILES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cli_files {
    char **paths;  /* malloc'd, each malloc'd */
    size_t *sizes; /* bytes of each (0 when unknown: "-", a file not there) */
    size_t n, cap;
    size_t total; /* sum of sizes */
} cli_files;

/* Appends args[0, nargs) to l: a folder's .txt, .md, .markdown, .html, .htm
 * and .pdf files (hidden ones skipped, links not followed), sorted by path
 * within it; anything else as it is ("-", a file, a path that is not there:
 * its reader says what is wrong). Returns false after printing the error (a
 * folder that cannot be walked or holds no document, out of memory); l
 * keeps what was added and must be freed either way. */
bool cli_files_add(cli_files *l, char *const *args, int nargs);
void cli_files_free(cli_files *l);

#endif
