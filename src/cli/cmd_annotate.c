/* cmd_annotate.c - `dossier annotate`: what the reading layer and the
 * annotators found in each document, as JSON (or a short text summary). */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"

static const char annotate_help[] =
    "Usage: dossier annotate [OPTIONS] FILE|DIR...\n"
    "\n"
    "Reads each document and prints what was found in it: title, date,\n"
    "sentences with their byte offsets in the original file and their resolved\n"
    "citations, page furniture, footnotes, annotations (time expressions,\n"
    "quantities, places, actors, people, hedges) and diagnostics. A folder is\n"
    "read for its .txt .md .html .htm .pdf files, in path order.\n"
    "\n"
    "Options:\n"
    "  --format json|text  output form (default json: {\"documents\": [...]})\n"
    "  --tokens            include each sentence's tokens (folded form)\n"
    "  --blocks            include every block (paragraph, list item, label...)\n"
    "  --no-annotations    stop after reading and segmentation\n"
    "  --date YYYY-MM-DD   document date, anchors relative dates\n"
    "  --keep-going        go on after a document fails (exit 4 if any did)\n"
    "  --data DIR          runtime data directory (default: $DOSSIER_DATA)\n"
    "\n"
    "Example:\n"
    "  dossier annotate --format text examples/*.txt\n";

static int annotate_run(int argc, char **argv)
{
    enum { OPT_TOKENS = 256, OPT_BLOCKS, OPT_NOANN, OPT_DATE, OPT_KEEP, OPT_DATA, OPT_FORMAT };
    static const struct option longopts[] = {{"format", required_argument, NULL, OPT_FORMAT},
                                             {"tokens", no_argument, NULL, OPT_TOKENS},
                                             {"blocks", no_argument, NULL, OPT_BLOCKS},
                                             {"no-annotations", no_argument, NULL, OPT_NOANN},
                                             {"date", required_argument, NULL, OPT_DATE},
                                             {"keep-going", no_argument, NULL, OPT_KEEP},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"json", "text", NULL};
    unsigned flags = DS_JSON_SENTENCES | DS_JSON_ANNOTATIONS | DS_JSON_PRETTY;
    bool annotate = true, keep_going = false;
    int format = 0;
    const char *date = NULL, *data_dir = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_FORMAT:
            if ((format = cli_pick(optarg, formats)) < 0)
                return cli_usage("annotate", "unknown format '%s' (json or text)", optarg);
            break;
        case OPT_TOKENS:
            flags |= DS_JSON_TOKENS;
            break;
        case OPT_BLOCKS:
            flags |= DS_JSON_BLOCKS;
            break;
        case OPT_NOANN:
            annotate = false;
            break;
        case OPT_DATE:
            date = optarg;
            break;
        case OPT_KEEP:
            keep_going = true;
            break;
        case OPT_DATA:
            data_dir = optarg;
            break;
        default:
            return cli_bad_option("annotate", argv);
        }
    }
    if (optind >= argc) return cli_usage("annotate", "no input files");
    cli_files files = {0};
    ds_ctx *ctx = NULL;
    if (!cli_files_add(&files, argv + optind, argc - optind) || !(ctx = cli_ctx_new(data_dir))) {
        cli_files_free(&files);
        return EXIT_RUNTIME;
    }
    int rc = EXIT_OK, failed = 0;
    size_t written = 0; /* documents printed: a failed one (--keep-going) is not */
    if (format == 0) fputs("{\"documents\": [\n", stdout);
    for (size_t i = 0; i < files.n; i++) {
        const char *path = files.paths[i];
        ds_doc *doc = NULL;
        ds_read_opts ro = DS_READ_OPTS_INIT;
        ro.date = date;
        char id[32];
        snprintf(id, sizeof id, "d%zu", i + 1);
        ro.id = id;
        ds_status st = ds_doc_read_file(&doc, ctx, path, &ro);
        if (st == DS_OK && annotate) st = ds_doc_annotate(ctx, doc);
        if (st != DS_OK) {
            cli_error("%s", ds_ctx_errmsg(ctx));
            ds_doc_free(doc);
            failed++;
            if (!keep_going) {
                rc = cli_exit_for(st);
                break;
            }
            continue;
        }
        cli_print_diags(doc, DS_DIAG_WARNING);
        if (format == 0) {
            char *json = NULL;
            size_t len = 0;
            if ((st = ds_doc_to_json(&json, &len, doc, flags)) != DS_OK) {
                cli_error("%s: %s", path, ds_strerror(st));
                rc = EXIT_RUNTIME;
            } else {
                if (written++) fputs(",\n", stdout);
                if (!cli_write(json, len - 1)) rc = EXIT_RUNTIME;
            }
            free(json);
        } else {
            printf("%s: %s, title \"%s\", date %s, %zu sentences, %zu diagnostics\n", path,
                   ds_doc_format(doc) == DS_FORMAT_PDF    ? "pdf"
                   : ds_doc_format(doc) == DS_FORMAT_HTML ? "html"
                                                          : "text",
                   ds_doc_title(doc), ds_doc_date(doc)[0] ? ds_doc_date(doc) : "unknown",
                   ds_doc_sentence_count(doc), ds_doc_diag_count(doc));
        }
        ds_doc_free(doc);
        if (rc == EXIT_RUNTIME) break;
    }
    if (format == 0) fputs("\n]}\n", stdout);
    ds_ctx_free(ctx);
    cli_files_free(&files);
    if (fflush(stdout) != 0) {
        cli_error("writing output failed");
        return EXIT_RUNTIME;
    }
    /* --keep-going: the documents that failed make it partial (4), unless
     * output failed */
    return failed && keep_going && rc == EXIT_OK ? EXIT_PARTIAL : rc;
}

const cli_cmd cli_annotate_cmd = {"annotate", "show what the reader and annotators found",
                                  annotate_help, annotate_run};
