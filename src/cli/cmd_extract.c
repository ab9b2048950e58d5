/* cmd_extract.c - `dossier extract`: files in, one merged extraction out
 * (CONTRACT JSON, STIX, ACLED CSV, GeoJSON); or `--batch`, a pure JSON Lines
 * filter (one document in, one line out, in order) with -j worker threads. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char extract_help[] =
    "Usage: dossier extract [OPTIONS] FILE...\n"
    "       dossier extract --batch [-j N] < docs.jsonl > facts.jsonl\n"
    "\n"
    "Extracts events (who did what to whom, where, when, how many killed, claims\n"
    "and denials), actor profiles (aliases, leaders and tenures, affiliations,\n"
    "strength, media outlets) and assessments (estimative language on the ICD 203\n"
    "scale), each with the sentence and footnotes that back it. Mentions of one\n"
    "happening are merged within and across the files given.\n"
    "\n"
    "Options:\n"
    "  --format F         json (default), jsonl, stix, acled, geojson\n"
    "  --date YYYY-MM-DD  document date, anchors relative dates\n"
    "  --keep-going       go on after a file fails (exit 4 if any did)\n"
    "  --data DIR         runtime data directory (default: $DOSSIER_DATA)\n"
    "  --batch            read JSON Lines {\"id\",\"text\",\"date\"?,\"title\"?} on stdin,\n"
    "                     write one line {\"id\",\"events\",\"actors\",...} per document,\n"
    "                     in input order; a bad line yields {\"id\",\"error\"} (exit 4)\n"
    "  -j, --jobs N       worker threads for --batch (default 1)\n"
    "\n"
    "Examples:\n"
    "  dossier extract examples/*.txt > facts.json\n"
    "  dossier extract --format acled report.txt > events.csv\n"
    "  jq -c '{id,text}' notes.jsonl | dossier extract --batch -j 2 > out.jsonl\n";

/* ---- files ----------------------------------------------------------- */

static int extract_files(char **files, int nfiles, const char *date, const char *data_dir,
                         ds_export_format fmt, bool keep_going)
{
    int rc = EXIT_OK, failed = 0;
    ds_extraction *x = NULL;
    char *out = NULL;
    size_t len = 0;
    ds_ctx *ctx = cli_ctx_new(data_dir);
    if (!ctx) return EXIT_RUNTIME;
    ds_status st = ds_extraction_new(&x, ctx);
    if (st != DS_OK) goto fail;
    for (int i = 0; i < nfiles; i++) {
        ds_doc *doc = NULL;
        ds_read_opts ro = DS_READ_OPTS_INIT;
        char id[32];
        snprintf(id, sizeof id, "d%d", i + 1);
        ro.id = id;
        ro.date = date;
        st = ds_doc_read_file(&doc, ctx, files[i], &ro);
        if (st == DS_OK) {
            cli_print_diags(doc, DS_DIAG_WARNING);
            st = ds_extraction_add(x, ctx, doc);
        }
        ds_doc_free(doc);
        if (st != DS_OK) {
            cli_error("%s", ds_ctx_errmsg(ctx));
            failed++;
            rc = cli_exit_for(st);
            if (!keep_going) goto done;
        }
    }
    if ((st = ds_export(&out, &len, x, ctx, fmt)) != DS_OK) goto fail;
    if (!cli_write(out, len) || fflush(stdout) != 0)
        rc = EXIT_RUNTIME;
    else if (failed)
        rc = EXIT_PARTIAL;
    goto done;
fail:
    cli_error("%s", ds_ctx_errmsg(ctx)[0] ? ds_ctx_errmsg(ctx) : ds_strerror(st));
    rc = cli_exit_for(st);
done:
    free(out);
    ds_extraction_free(x);
    ds_ctx_free(ctx);
    return rc;
}

/* ---- batch ----------------------------------------------------------- */

typedef struct batch_item {
    char *line; /* input line (owned) */
    size_t lineno;
    char *output; /* one JSON line, '\n'-terminated (owned) */
    bool failed;
} batch_item;

typedef struct batch {
    batch_item *items;
    size_t n;
    size_t next; /* next item to take (under lock) */
    pthread_mutex_t lock;
    const char *default_date;
} batch;

/* The output line for an input line that could not be processed. */
static char *error_line(const char *id_json, size_t lineno, const char *what)
{
    json_t *o = json_object();
    json_object_set_new(o, "id",
                        id_json ? json_loads(id_json, JSON_DECODE_ANY, NULL) : json_null());
    char msg[600];
    snprintf(msg, sizeof msg, "line %zu: %s", lineno, what);
    json_object_set_new(o, "error", json_string(msg));
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    if (!s) return NULL;
    size_t n = strlen(s);
    char *r = realloc(s, n + 2);
    if (!r) {
        free(s);
        return NULL;
    }
    r[n] = '\n';
    r[n + 1] = '\0';
    return r;
}

/* Processes one line: parse, read, extract, export; sets item->output. */
static void batch_process(ds_ctx *ctx, batch_item *it, const char *default_date)
{
    json_error_t jerr;
    char *id_json = NULL;
    ds_doc *doc = NULL;
    ds_extraction *x = NULL;
    char *out = NULL;
    size_t len = 0;
    json_t *root = json_loads(it->line, JSON_DECODE_ANY, &jerr);
    if (!root || !json_is_object(root)) {
        char what[300];
        snprintf(what, sizeof what, "not a JSON object: %s", root ? "other JSON value" : jerr.text);
        it->output = error_line(NULL, it->lineno, what);
        it->failed = true;
        goto done;
    }
    json_t *jid = json_object_get(root, "id");
    json_t *jtext = json_object_get(root, "text");
    json_t *jdate = json_object_get(root, "date");
    json_t *jtitle = json_object_get(root, "title");
    id_json = jid ? json_dumps(jid, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    if (!json_is_string(jtext)) {
        it->output = error_line(id_json, it->lineno, "no \"text\" string");
        it->failed = true;
        goto done;
    }
    char idbuf[64];
    const char *id = idbuf;
    if (json_is_string(jid))
        id = json_string_value(jid);
    else if (json_is_integer(jid))
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(jid));
    else
        snprintf(idbuf, sizeof idbuf, "line%zu", it->lineno);
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.format = DS_FORMAT_TEXT;
    ro.id = id;
    ro.date = json_is_string(jdate) && json_string_length(jdate) ? json_string_value(jdate)
                                                                 : default_date;
    ro.title = json_is_string(jtitle) ? json_string_value(jtitle) : NULL;
    ds_status st =
        ds_doc_read_mem(&doc, ctx, json_string_value(jtext), json_string_length(jtext), id, &ro);
    if (st == DS_OK) st = ds_extraction_new(&x, ctx);
    if (st == DS_OK) st = ds_extraction_add(x, ctx, doc);
    if (st == DS_OK) st = ds_export(&out, &len, x, ctx, DS_EXPORT_JSONL);
    if (st != DS_OK) {
        it->output = error_line(id_json, it->lineno, ds_ctx_errmsg(ctx));
        it->failed = true;
        goto done;
    }
    /* {"documents":...} -> {"id":ID,"documents":...} */
    const char *idj = id_json ? id_json : "null";
    size_t idl = strlen(idj);
    it->output = malloc(len + idl + 8);
    if (it->output) {
        memcpy(it->output, "{\"id\":", 6);
        memcpy(it->output + 6, idj, idl);
        it->output[6 + idl] = ',';
        memcpy(it->output + 7 + idl, out + 1, len - 1);
        it->output[6 + idl + len] = '\0';
    }
done:
    free(out);
    ds_extraction_free(x);
    ds_doc_free(doc);
    free(id_json);
    json_decref(root);
}

typedef struct worker {
    pthread_t thread;
    ds_ctx *ctx;
    batch *b;
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->b->lock);
        size_t i = w->b->next++;
        pthread_mutex_unlock(&w->b->lock);
        if (i >= w->b->n) break;
        batch_process(w->ctx, &w->b->items[i], w->b->default_date);
    }
    return NULL;
}

static int extract_batch(int jobs, const char *date, const char *data_dir)
{
    enum { CHUNK_PER_JOB = 64 };
    int rc = EXIT_OK;
    bool any_failed = false;
    ds_ctx *ctx = cli_ctx_new(data_dir);
    if (!ctx) return EXIT_RUNTIME;
    size_t max_line = ds_ctx_limits(ctx)->max_batch_line;
    worker *workers = calloc((size_t)jobs, sizeof *workers);
    size_t chunk = (size_t)jobs * CHUNK_PER_JOB;
    batch b = {calloc(chunk, sizeof(batch_item)), 0, 0, PTHREAD_MUTEX_INITIALIZER, date};
    if (!workers || !b.items) {
        cli_error("out of memory");
        rc = EXIT_RUNTIME;
        goto done;
    }
    for (int j = 0; j < jobs; j++) {
        workers[j].b = &b;
        if (ds_ctx_dup(&workers[j].ctx, ctx) != DS_OK) {
            cli_error("out of memory");
            rc = EXIT_RUNTIME;
            goto done;
        }
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    bool eof = false;
    while (!eof && rc == EXIT_OK) {
        b.n = b.next = 0;
        while (b.n < chunk) {
            errno = 0;
            ssize_t got = getline(&line, &cap, stdin);
            if (got < 0) {
                if (errno) {
                    cli_error("-: reading standard input: %s", strerror(errno));
                    rc = EXIT_RUNTIME;
                }
                eof = true;
                break;
            }
            lineno++;
            while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r')) line[--got] = '\0';
            if (got == 0) continue;
            batch_item *it = &b.items[b.n++];
            memset(it, 0, sizeof *it);
            it->lineno = lineno;
            if ((size_t)got > max_line) {
                char what[128];
                snprintf(what, sizeof what, "%zd bytes, over the limit of %zu", got, max_line);
                it->output = error_line(NULL, lineno, what);
                it->failed = true;
                continue;
            }
            it->line = strdup(line);
            if (!it->line) {
                cli_error("out of memory");
                rc = EXIT_RUNTIME;
                break;
            }
        }
        if (jobs == 1) {
            for (size_t i = 0; i < b.n; i++)
                if (!b.items[i].output) batch_process(workers[0].ctx, &b.items[i], date);
        } else {
            int started = 0;
            for (int j = 0; j < jobs; j++) {
                if (pthread_create(&workers[j].thread, NULL, worker_main, &workers[j]) != 0) break;
                started++;
            }
            if (!started) worker_main(&workers[0]);
            for (int j = 0; j < started; j++) pthread_join(workers[j].thread, NULL);
        }
        for (size_t i = 0; i < b.n; i++) {
            batch_item *it = &b.items[i];
            if (it->failed) {
                any_failed = true;
                cli_error("-:%zu: document skipped (see its error line)", it->lineno);
            }
            if (!it->output) {
                cli_error("-:%zu: out of memory", it->lineno);
                rc = EXIT_RUNTIME;
            } else if (rc == EXIT_OK && !cli_write(it->output, strlen(it->output))) {
                rc = EXIT_RUNTIME;
            }
            free(it->output);
            free(it->line);
            it->output = it->line = NULL;
        }
        if (fflush(stdout) != 0) {
            cli_error("writing output failed");
            rc = EXIT_RUNTIME;
        }
    }
    free(line);
done:
    if (workers)
        for (int j = 0; j < jobs; j++) ds_ctx_free(workers[j].ctx);
    free(workers);
    free(b.items);
    ds_ctx_free(ctx);
    if (rc == EXIT_OK && any_failed) rc = EXIT_PARTIAL;
    return rc;
}

static int extract_run(int argc, char **argv)
{
    enum { OPT_FORMAT = 256, OPT_DATE, OPT_KEEP, OPT_DATA, OPT_BATCH };
    static const struct option longopts[] = {{"format", required_argument, NULL, OPT_FORMAT},
                                             {"date", required_argument, NULL, OPT_DATE},
                                             {"keep-going", no_argument, NULL, OPT_KEEP},
                                             {"data", required_argument, NULL, OPT_DATA},
                                             {"batch", no_argument, NULL, OPT_BATCH},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {NULL, 0, NULL, 0}};
    static const char *const formats[] = {"json", "jsonl", "stix", "acled", "geojson", NULL};
    int format = 0, jobs = 1, c;
    bool keep_going = false, batch_mode = false;
    const char *date = NULL, *data_dir = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:", longopts, NULL)) != -1) {
        switch (c) {
        case OPT_FORMAT:
            if ((format = cli_pick(optarg, formats)) < 0)
                return cli_usage("extract", "unknown format '%s'", optarg);
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
        case OPT_BATCH:
            batch_mode = true;
            break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || v < 1 || v > 256)
                return cli_usage("extract", "-j takes a number from 1 to 256, not '%s'", optarg);
            jobs = (int)v;
            break;
        }
        default:
            return cli_usage("extract", "unknown option");
        }
    }
    if (batch_mode) {
        if (optind < argc) return cli_usage("extract", "--batch reads standard input, not files");
        return extract_batch(jobs, date, data_dir);
    }
    if (optind >= argc) return cli_usage("extract", "no input files (or --batch)");
    return extract_files(argv + optind, argc - optind, date, data_dir, (ds_export_format)format,
                         keep_going);
}

const cli_cmd cli_extract_cmd = {"extract", "extract events, actor profiles and assessments",
                                 extract_help, extract_run};
