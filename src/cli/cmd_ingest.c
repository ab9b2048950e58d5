/* cmd_ingest.c - `dossier ingest`: files and folders into the knowledge
 * base, one transaction per document (a kill at any moment leaves the store
 * consistent; running again resumes), unchanged files skipped by hash,
 * changed ones replaced. Progress (documents, MB/s, ETA) on a terminal. */
#include "store_cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "files.h"

static const char ingest_help[] =
    "Usage: dossier ingest [OPTIONS] FILE|DIR...\n"
    "\n"
    "Reads reports (text, Markdown, HTML, PDF), extracts their events, actor\n"
    "profiles and assessments, and adds them to the knowledge base, resolved\n"
    "against what it already holds: a group seen before (by name or alias) or an\n"
    "event reported before (same country, type, first actor, overlapping dates)\n"
    "gains the new source instead of a duplicate. Each document is committed in\n"
    "its own transaction. A file ingested before is skipped when its content\n"
    "(SHA-256) is unchanged and replaced when it changed. Folders are walked for\n"
    ".txt .md .html .htm .pdf files.\n"
    "\n"
    "Options:\n"
    "  --db PATH          the knowledge base (default:\n"
    "                     $XDG_DATA_HOME/dossier/dossier.db or\n"
    "                     ~/.local/share/dossier/dossier.db)\n"
    "  --date YYYY-MM-DD  document date for all files (anchors relative dates)\n"
    "  --keep-going       go on after a file fails (exit 4 if any did)\n"
    "  -q, --quiet        no progress or summary even on a terminal\n"
    "  --data DIR         runtime data directory (default: $DOSSIER_DATA)\n"
    "\n"
    "Examples:\n"
    "  dossier ingest --db kb.db reports/ wiki/isis-k.html\n"
    "  dossier ingest report.pdf && dossier actor \"ISIS-K\"\n"
    "  dossier ingest --db kb.db reports/      # again: only changed files are redone\n";

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int ingest_run(int argc, char **argv)
{
    enum { OPT_DB = 256, OPT_DATE, OPT_KEEP, OPT_DATA };
    static const struct option longopts[] = {
        {"db", required_argument, NULL, OPT_DB},     {"date", required_argument, NULL, OPT_DATE},
        {"keep-going", no_argument, NULL, OPT_KEEP}, {"quiet", no_argument, NULL, 'q'},
        {"data", required_argument, NULL, OPT_DATA}, {NULL, 0, NULL, 0}};
    const char *db = NULL, *date = NULL, *data_dir = NULL;
    bool keep_going = false, quiet = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "q", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_DB:
            db = optarg;
            break;
        case OPT_DATE:
            date = optarg;
            break;
        case OPT_KEEP:
            keep_going = true;
            break;
        case 'q':
            quiet = true;
            break;
        case OPT_DATA:
            data_dir = optarg;
            break;
        default:
            return cli_bad_option("ingest", argv);
        }
    }
    if (optind >= argc) return cli_usage("ingest", "no files or folders to ingest");

    int rc = EXIT_OK;
    cli_files files = {0};
    if (!cli_files_add(&files, argv + optind, argc - optind)) rc = EXIT_RUNTIME;
    ds_ctx *ctx = NULL;
    ds_store *store = NULL;
    if (rc != EXIT_OK || !cli_store_open(&ctx, &store, db, data_dir, true)) {
        if (rc == EXIT_OK) rc = EXIT_RUNTIME;
        goto done;
    }
    bool progress = !quiet && isatty(STDERR_FILENO);
    size_t added = 0, replaced = 0, unchanged = 0, failed = 0, done_bytes = 0;
    uint32_t ev_new = 0, ev_merged = 0;
    double t0 = now(), last = 0;
    ds_ingest_opts opts = DS_INGEST_OPTS_INIT;
    opts.date = date;
    for (size_t i = 0; i < files.n; i++) {
        ds_ingest_result r;
        ds_status st = ds_store_ingest_file(store, ctx, files.paths[i], &opts, &r);
        done_bytes += files.sizes[i];
        if (st != DS_OK) {
            if (progress) fputc('\n', stderr);
            cli_error("%s", ds_ctx_errmsg(ctx));
            failed++;
            rc = cli_exit_for(st);
            if (!keep_going) break;
            continue;
        }
        added += r.outcome == DS_INGEST_ADDED;
        replaced += r.outcome == DS_INGEST_REPLACED;
        unchanged += r.outcome == DS_INGEST_UNCHANGED;
        ev_new += r.events_new;
        ev_merged += r.events_merged;
        double t = now();
        if (progress && (t - last > 0.2 || i + 1 == files.n)) {
            last = t;
            double mbs = (double)done_bytes / 1e6 / (t - t0 > 1e-6 ? t - t0 : 1e-6);
            double eta = mbs > 0 ? (double)(files.total - done_bytes) / 1e6 / mbs : 0;
            const char *name = files.paths[i];
            size_t nlen = strlen(name);
            if (nlen > 40) name += nlen - 40; /* one line, so \r can redraw it */
            fprintf(stderr, "\r\033[K%zu/%zu documents  %.2f MB/s  ETA %.0fs  %s", i + 1, files.n,
                    mbs, eta, name);
        }
    }
    if (progress) {
        fprintf(stderr,
                "\n%zu added, %zu replaced, %zu unchanged, %zu failed; %u events new, %u "
                "merged into known ones (%.1fs)\n",
                added, replaced, unchanged, failed, ev_new, ev_merged, now() - t0);
    }
    if (failed && keep_going && rc != EXIT_OK) rc = EXIT_PARTIAL;
done:
    cli_store_close(ctx, store);
    cli_files_free(&files);
    return rc;
}

const cli_cmd cli_ingest_cmd = {"ingest", "add documents to the knowledge base", ingest_help,
                                ingest_run};
