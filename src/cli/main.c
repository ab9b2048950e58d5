/* main.c - the `dossier` tool: subcommand dispatch, --help, --version and
 * the shared CLI helpers. Front end only: sees include/dossier/ and src/util. */
#include "cli.h"
#include <getopt.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const cli_cmd *const commands[] = {&cli_annotate_cmd, &cli_extract_cmd, &cli_ingest_cmd,
                                          &cli_events_cmd,   &cli_actor_cmd,   &cli_timeline_cmd,
                                          &cli_sources_cmd,  &cli_search_cmd,  &cli_export_cmd};
enum { NCOMMANDS = sizeof commands / sizeof *commands };

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("dossier: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "dossier %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'dossier help %s'.\n", cmd);
    return EXIT_USAGE;
}

int cli_bad_option(const char *cmd, char **argv)
{
    const char *opt = optind > 0 ? argv[optind - 1] : "?";
    /* a short option's letter (the word holding it may hold others) */
    if (strncmp(opt, "--", 2) && optopt > ' ' && optopt < 0x7F)
        return cli_usage(cmd, "option '-%c' is unknown or needs a value", optopt);
    return cli_usage(cmd, "option '%s' is unknown or needs a value", opt);
}

int cli_exit_for(ds_status st)
{
    switch (st) {
    case DS_OK:
        return EXIT_OK;
    case DS_ELIMIT:
        return EXIT_LIMIT;
    case DS_EINVAL:
        return EXIT_USAGE;
    default:
        return EXIT_RUNTIME;
    }
}

ds_ctx *cli_ctx_new(const char *data_dir)
{
    ds_ctx_opts opts = DS_CTX_OPTS_INIT;
    char err[512] = "";
    ds_ctx *ctx = NULL;
    opts.data_dir = data_dir;
    ds_status st = ds_ctx_new(&ctx, &opts, err, sizeof err);
    if (st != DS_OK) {
        cli_error("cannot load runtime data: %s (%s); set DOSSIER_DATA or run `make`", err,
                  ds_strerror(st));
        return NULL;
    }
    return ctx;
}

bool cli_write(const char *s, size_t n)
{
    if (n && fwrite(s, 1, n, stdout) != n) {
        cli_error("writing output failed");
        return false;
    }
    return true;
}

void cli_print_diags(const ds_doc *doc, ds_severity min)
{
    static const char *sev[] = {"note", "warning", "error"};
    for (size_t i = 0; i < ds_doc_diag_count(doc); i++) {
        const ds_diag *d = ds_doc_diag(doc, i);
        if (d->severity < min) continue;
        fprintf(stderr, "dossier: %s:%zu: %s: %s [%s]\n", ds_doc_path(doc), d->line,
                sev[d->severity], d->message, d->code);
    }
}

int cli_pick(const char *value, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(value, names[i]) == 0) return i;
    return -1;
}

static void print_help(FILE *out)
{
    fprintf(out,
            "dossier %s - turns conflict reporting into a sourced knowledge base\n"
            "\n"
            "Usage: dossier COMMAND [OPTIONS] [FILE...]\n"
            "\n"
            "Commands:\n",
            ds_version());
    for (int i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
    fprintf(out, "  %-10s %s\n", "help", "show the help of a command");
    fprintf(out, "\n"
                 "Files may be plain text, Markdown, HTML or PDF; '-' reads standard input.\n"
                 "Examples:\n"
                 "  dossier extract report.txt article.html    one JSON object, events merged\n"
                 "  dossier annotate --format json report.pdf  what the reader and annotators saw\n"
                 "\n"
                 "Exit codes: 0 ok, 1 runtime failure, 2 usage, 3 input over a limit,\n"
                 "4 partial (some documents failed with --keep-going).\n"
                 "Environment: DOSSIER_DATA, the runtime data directory.\n"
                 "Run 'dossier help COMMAND' for a command's options.\n");
}

static const cli_cmd *find_command(const char *name)
{
    for (int i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i]->name, name) == 0) return commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return EXIT_USAGE;
    }
    opterr = 0; /* getopt's own messages: cli_bad_option words them, once */
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) {
        print_help(stdout);
        return EXIT_OK;
    }
    if (!strcmp(name, "--version") || !strcmp(name, "-V")) {
        printf("dossier %s\n", ds_version());
        return EXIT_OK;
    }
    if (!strcmp(name, "help")) {
        if (argc < 3) {
            print_help(stdout);
            return EXIT_OK;
        }
        const cli_cmd *c = find_command(argv[2]);
        if (!c) {
            cli_error("no command '%s'; see 'dossier --help'", argv[2]);
            return EXIT_USAGE;
        }
        fputs(c->help, stdout);
        return EXIT_OK;
    }
    const cli_cmd *c = find_command(name);
    if (!c) {
        cli_error("no command '%s'; see 'dossier --help'", name);
        return EXIT_USAGE;
    }
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--")) break;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(c->help, stdout);
            return EXIT_OK;
        }
    }
    return c->run(argc - 1, argv + 1);
}
