/* bench_pipeline.c - times the pipeline stages in process: read (reader,
 * citations, segmentation, tokens), annotate, extract, export, over JSON Lines
 * corpora ({"id","text"} a line) and whole files. Sits beside the pipeline, not
 * in it: run by bench/run.sh (`make bench`). Prints MB/s (10^6 bytes of input
 * text a second), documents/s and peak RSS. Per-stage rows are wall clock;
 * the one-clock rows (and RESULT total_mbs) are CPU time of the thread.
 * --breakdown also times each private stage function of doc.h separately
 * (profiling aid, not the contract).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "dossier/dossier.h"
#include "doc.h"
#include "facts.h"

typedef struct bench_input {
    char *name;
    char *bytes;
    size_t len;
    ds_format format;
} bench_input;

typedef struct bench_set {
    bench_input *v;
    size_t n, cap;
    size_t bytes;
} bench_set;

enum {
    ST_READ,
    ST_ANNOTATE,
    ST_EXTRACT,
    ST_EXPORT,
    NSTAGES,
};
static const char *const stage_names[NSTAGES] = {"read", "annotate", "extract", "export"};

enum {
    BD_READER,
    BD_CITES,
    BD_SEGMENT,
    BD_ATTACH,
    BD_TOKENIZE,
    BD_TIMEX,
    BD_QUANTITY,
    BD_PLACES,
    BD_ENTITIES,
    BD_HEDGES,
    BD_EXTRACT,
    BD_EXPORT,
    NBREAKDOWN,
};
static const char *const breakdown_names[NBREAKDOWN] = {"reader (read_*.c)", "citations_extract",
                                                        "segment",           "citations_attach",
                                                        "tokenize",          "timex",
                                                        "quantities",        "places (gazetteer)",
                                                        "entities",          "hedges",
                                                        "extraction_add",    "export jsonl"};

/* Two clocks. Per-stage rows take about a dozen readings per document, so
 * they use CLOCK_MONOTONIC (vDSO, ~25 ns a reading): wall clock, which
 * counts the neighbours' time slices on a busy machine and agrees with CPU
 * time on an idle one. CLOCK_THREAD_CPUTIME_ID is a system call on this VM
 * (~1.2-1.4 us, as much as reading a quarter of a 260-byte note), so it is
 * read only twice a pass, around whole passes (the one-clock rows): CPU time
 * of this (single) thread, what a core does whatever the machine's load. */
static double wall_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) return -1;
    return ru.ru_maxrss;
}

static int add_input(bench_set *set, const char *name, const char *bytes, size_t len, ds_format fmt)
{
    if (set->n == set->cap) {
        size_t ncap = set->cap ? set->cap * 2 : 1024;
        bench_input *v = realloc(set->v, ncap * sizeof *v);
        if (!v) return -1;
        set->v = v;
        set->cap = ncap;
    }
    bench_input *in = &set->v[set->n];
    in->name = strdup(name);
    in->bytes = malloc(len + 1);
    if (!in->name || !in->bytes) {
        free(in->name);
        free(in->bytes);
        return -1;
    }
    memcpy(in->bytes, bytes, len);
    in->bytes[len] = '\0';
    in->len = len;
    in->format = fmt;
    set->n++;
    set->bytes += len;
    return 0;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *data = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (cap - n < 65536) {
            size_t ncap = cap ? cap * 2 : 1 << 20;
            char *p = realloc(data, ncap);
            if (!p) {
                free(data);
                fclose(f);
                return NULL;
            }
            data = p;
            cap = ncap;
        }
        size_t got = fread(data + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    *len = n;
    return data;
}

/* Loads FILE: a .jsonl file gives one input per line with a "text" string
 * (lines without one are skipped); any other file is one input. */
static int load_file(bench_set *set, const char *path)
{
    size_t len = 0;
    char *data = slurp(path, &len);
    if (!data) {
        fprintf(stderr, "bench_pipeline: %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t plen = strlen(path);
    int rc = 0;
    if (plen > 6 && strcmp(path + plen - 6, ".jsonl") == 0) {
        size_t lineno = 0;
        for (char *p = data, *end = data + len; p < end;) {
            char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t ll = nl ? (size_t)(nl - p) : (size_t)(end - p);
            lineno++;
            json_error_t jerr;
            json_t *root = json_loadb(p, ll, 0, &jerr);
            json_t *text = root ? json_object_get(root, "text") : NULL;
            if (json_is_string(text)) {
                char name[64];
                snprintf(name, sizeof name, "%s:%zu", path, lineno);
                if (add_input(set, name, json_string_value(text), json_string_length(text),
                              DS_FORMAT_TEXT) != 0)
                    rc = -1;
            }
            json_decref(root);
            if (rc) break;
            p += ll + 1;
        }
    } else {
        rc = add_input(set, path, data, len, DS_FORMAT_AUTO);
    }
    free(data);
    return rc;
}

/* The public API path, stage by stage: what `dossier extract --batch` does
 * for each line (less the JSON parsing of the line). */
static int run_public(ds_ctx *ctx, const bench_set *set, int repeat, double t[NSTAGES],
                      size_t *nevents, size_t *nfailed)
{
    for (int r = 0; r < repeat; r++) {
        for (size_t i = 0; i < set->n; i++) {
            const bench_input *in = &set->v[i];
            ds_doc *doc = NULL;
            ds_extraction *x = NULL;
            char *out = NULL;
            size_t len = 0;
            ds_read_opts ro = DS_READ_OPTS_INIT;
            ro.format = in->format;
            ro.id = "b1";
            double t0 = wall_s();
            ds_status st = ds_doc_read_mem(&doc, ctx, in->bytes, in->len, in->name, &ro);
            double t1 = wall_s();
            t[ST_READ] += t1 - t0;
            if (st == DS_OK) st = ds_doc_annotate(ctx, doc);
            double t2 = wall_s();
            t[ST_ANNOTATE] += t2 - t1;
            if (st == DS_OK) st = ds_extraction_new(&x, ctx);
            if (st == DS_OK) st = ds_extraction_add(x, ctx, doc);
            if (st == DS_OK) st = ds_extraction_finish(x, ctx);
            double t3 = wall_s();
            t[ST_EXTRACT] += t3 - t2;
            if (st == DS_OK) st = ds_export(&out, &len, x, ctx, DS_EXPORT_JSONL);
            t[ST_EXPORT] += wall_s() - t3;
            if (st == DS_OK && r == 0)
                *nevents += ds_extraction_event_count(x);
            else if (st != DS_OK && r == 0)
                (*nfailed)++;
            free(out);
            ds_extraction_free(x);
            ds_doc_free(doc);
        }
    }
    return 0;
}

/* How far run_one_clock goes. */
typedef enum pass_depth {
    PASS_READ,     /* ds_doc_read_mem */
    PASS_ANNOTATE, /* + ds_doc_annotate */
    PASS_EXPORT,   /* + extraction and JSONL export: the whole pipeline */
} pass_depth;

/* The pipeline up to `depth` over every document, timed with one CPU clock
 * for the whole pass: no per-document clock readings. Document set-up and
 * the frees are counted. Returns seconds (CPU of the thread). */
static double run_one_clock(ds_ctx *ctx, const bench_set *set, int repeat, pass_depth depth)
{
    double t0 = cpu_s();
    for (int r = 0; r < repeat; r++) {
        for (size_t i = 0; i < set->n; i++) {
            const bench_input *in = &set->v[i];
            ds_doc *doc = NULL;
            ds_extraction *x = NULL;
            char *out = NULL;
            size_t len = 0;
            ds_read_opts ro = DS_READ_OPTS_INIT;
            ro.format = in->format;
            ro.id = "b1";
            ds_status st = ds_doc_read_mem(&doc, ctx, in->bytes, in->len, in->name, &ro);
            if (depth >= PASS_ANNOTATE && st == DS_OK) st = ds_doc_annotate(ctx, doc);
            if (depth >= PASS_EXPORT) {
                if (st == DS_OK) st = ds_extraction_new(&x, ctx);
                if (st == DS_OK) st = ds_extraction_add(x, ctx, doc);
                if (st == DS_OK) st = ds_extraction_finish(x, ctx);
                if (st == DS_OK) (void)ds_export(&out, &len, x, ctx, DS_EXPORT_JSONL);
            }
            free(out);
            ds_extraction_free(x);
            ds_doc_free(doc);
        }
    }
    return cpu_s() - t0;
}

/* The same work through the private stage functions, each timed alone. It
 * builds the document as doc.c does for a text read (keep in step with
 * ds_doc_read_mem); only used for the breakdown table. */
static void run_breakdown(ds_ctx *ctx, const bench_set *set, double t[NBREAKDOWN])
{
    for (size_t i = 0; i < set->n; i++) {
        const bench_input *in = &set->v[i];
        ds_doc *doc = calloc(1, sizeof *doc);
        ds_extraction *x = NULL;
        char *out = NULL;
        size_t len = 0;
        if (!doc || !(doc->arena = ds_arena_new())) {
            free(doc);
            return;
        }
        doc->ctx = ctx;
        char *src = ds_arena_alloc(doc->arena, in->len + 1);
        if (!src) goto next;
        memcpy(src, in->bytes, in->len);
        doc->src = src;
        doc->src_len = in->len;
        doc->path = in->name;
        doc->id = "b1";
        doc->title = "";
        doc->format = in->format == DS_FORMAT_AUTO ? DS_FORMAT_TEXT : in->format;
        double t0 = wall_s(), t1;
        ds_status st = ds_read_text(doc, ctx, false);
#define STEP(slot, call)                                                                           \
    t1 = wall_s();                                                                                 \
    t[slot] += t1 - t0;                                                                            \
    t0 = t1;                                                                                       \
    if (st == DS_OK) st = (call)
        STEP(BD_READER, ds_citations_extract(doc, ctx));
        STEP(BD_CITES, ds_segment(doc, ctx));
        STEP(BD_SEGMENT, ds_citations_attach(doc, ctx));
        STEP(BD_ATTACH, ds_tokenize(doc, ctx));
        STEP(BD_TOKENIZE, ds_annotate_timex(doc, ctx));
        STEP(BD_TIMEX, ds_annotate_quantities(doc, ctx));
        STEP(BD_QUANTITY, ds_annotate_places(doc, ctx));
        STEP(BD_PLACES, ds_annotate_entities(doc, ctx));
        STEP(BD_ENTITIES, ds_annotate_hedges(doc, ctx));
        doc->annotated = st == DS_OK;
        STEP(BD_HEDGES, ds_extraction_new(&x, ctx));
        if (st == DS_OK) st = ds_extraction_add(x, ctx, doc);
        if (st == DS_OK) st = ds_extraction_finish(x, ctx);
        STEP(BD_EXTRACT, ds_export(&out, &len, x, ctx, DS_EXPORT_JSONL));
        t1 = wall_s();
        t[BD_EXPORT] += t1 - t0;
#undef STEP
    next:
        free(out);
        ds_extraction_free(x);
        ds_arena_free(doc->arena);
        free(doc);
    }
}

static void row(const char *name, double secs, size_t bytes, size_t docs, double total)
{
    double mbs = secs > 0 ? (double)bytes / 1e6 / secs : 0;
    double dps = secs > 0 ? (double)docs / secs : 0;
    printf("  %-34s %9.3f s %10.2f MB/s %12.0f docs/s %6.1f%%\n", name, secs, mbs, dps,
           total > 0 ? 100.0 * secs / total : 0.0);
}

static int usage(void)
{
    fputs("Usage: bench_pipeline [--repeat N] [--breakdown] [--data DIR] FILE...\n"
          "  FILE ending in .jsonl: one document per line ({\"text\": ...}); else one "
          "document.\n"
          "  Prints seconds, MB/s and docs/s per stage, peak RSS, and a line\n"
          "  'RESULT key=value...' for scripts.\n",
          stderr);
    return 2;
}

int main(int argc, char **argv)
{
    int repeat = 1, rc = 1;
    bool breakdown = false;
    const char *data_dir = NULL;
    bench_set set = {0};
    ds_ctx *ctx = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--breakdown"))
            breakdown = true;
        else if (!strcmp(argv[i], "--data") && i + 1 < argc)
            data_dir = argv[++i];
        else
            return usage();
    }
    if (i >= argc || repeat < 1) return usage();
    for (; i < argc; i++)
        if (load_file(&set, argv[i]) != 0) goto done;
    if (!set.n) {
        fprintf(stderr, "bench_pipeline: no documents\n");
        goto done;
    }

    char err[512] = "";
    ds_ctx_opts opts = DS_CTX_OPTS_INIT;
    opts.data_dir = data_dir;
    double c0 = wall_s();
    ds_status st = ds_ctx_new(&ctx, &opts, err, sizeof err);
    double ctx_ms = (wall_s() - c0) * 1e3;
    if (st != DS_OK) {
        fprintf(stderr, "bench_pipeline: context: %s\n", err[0] ? err : ds_strerror(st));
        goto done;
    }
    long rss_loaded = peak_rss_kb();

    double t[NSTAGES] = {0};
    size_t nevents = 0, nfailed = 0;
    run_public(ctx, &set, repeat, t, &nevents, &nfailed);
    size_t bytes = set.bytes * (size_t)repeat, docs = set.n * (size_t)repeat;
    double total = t[ST_READ] + t[ST_ANNOTATE] + t[ST_EXTRACT] + t[ST_EXPORT];

    printf("bench_pipeline: %zu documents, %.2f MB, x%d; context load %.1f ms; "
           "%zu events; %zu failed\n",
           set.n, (double)set.bytes / 1e6, repeat, ctx_ms, nevents, nfailed);
    printf("  per stage (wall clock; trust only on an idle machine):\n");
    for (int s = 0; s < NSTAGES; s++) row(stage_names[s], t[s], bytes, docs, total);
    row("total", total, bytes, docs, total);
    double t_read1 = run_one_clock(ctx, &set, repeat, PASS_READ);
    double t_ann1 = run_one_clock(ctx, &set, repeat, PASS_ANNOTATE);
    double t_all1 = run_one_clock(ctx, &set, repeat, PASS_EXPORT);
    printf("  one CPU clock per pass (no per-document timing; %% of the whole pipeline):\n");
    row("read only", t_read1, bytes, docs, t_all1);
    row("read + annotate", t_ann1, bytes, docs, t_all1);
    row("read + annotate + extract + export", t_all1, bytes, docs, t_all1);
    long rss = peak_rss_kb();
    printf("  peak RSS %.1f MB (after context load %.1f MB; inputs held in memory %.1f MB)\n",
           (double)rss / 1024, (double)rss_loaded / 1024, (double)set.bytes / 1048576);

    if (breakdown) {
        double b[NBREAKDOWN] = {0}, btotal = 0;
        run_breakdown(ctx, &set, b);
        for (int s = 0; s < NBREAKDOWN; s++) btotal += b[s];
        printf("breakdown (one pass, private stage functions, wall clock):\n");
        for (int s = 0; s < NBREAKDOWN; s++)
            row(breakdown_names[s], b[s], set.bytes, set.n, btotal);
    }
    /* total_mbs and docs_per_s: the one-clock whole pipeline (CPU time);
     * the per-stage *_mbs: the wall-clock stage rows. */
    double tot_mbs = t_all1 > 0 ? (double)bytes / 1e6 / t_all1 : 0;
    printf("RESULT docs=%zu bytes=%zu total_mbs=%.3f read_mbs=%.3f annotate_mbs=%.3f "
           "extract_mbs=%.3f export_mbs=%.3f docs_per_s=%.1f peak_rss_kb=%ld ctx_ms=%.2f "
           "failed=%zu\n",
           docs, bytes, tot_mbs, t[ST_READ] > 0 ? (double)bytes / 1e6 / t[ST_READ] : 0,
           t[ST_ANNOTATE] > 0 ? (double)bytes / 1e6 / t[ST_ANNOTATE] : 0,
           t[ST_EXTRACT] > 0 ? (double)bytes / 1e6 / t[ST_EXTRACT] : 0,
           t[ST_EXPORT] > 0 ? (double)bytes / 1e6 / t[ST_EXPORT] : 0,
           t_all1 > 0 ? (double)docs / t_all1 : 0, rss, ctx_ms, nfailed);
    rc = 0;
done:
    ds_ctx_free(ctx);
    for (size_t k = 0; k < set.n; k++) {
        free(set.v[k].name);
        free(set.v[k].bytes);
    }
    free(set.v);
    return rc;
}
