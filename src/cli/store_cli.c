/* store_cli.c - helpers of the knowledge-base subcommands (see
 * store_cli.h): the store's path, JSON answers, tables and CSV (RFC 4180).
 * Front end only: sees include/dossier/ and src/util. */
#include "store_cli.h"

#include <stdlib.h>
#include <string.h>

bool cli_store_open(ds_ctx **ctx, ds_store **store, const char *db, const char *data_dir,
                    bool create)
{
    char path[4096];
    *store = NULL;
    if (!(*ctx = cli_ctx_new(data_dir))) return false;
    if (!db) {
        ds_status st = ds_store_default_path(path, sizeof path, create);
        if (st != DS_OK) {
            cli_error("no store: give --db PATH (%s for the default under $XDG_DATA_HOME or "
                      "$HOME/.local/share)",
                      ds_strerror(st));
            ds_ctx_free(*ctx);
            *ctx = NULL;
            return false;
        }
        db = path;
    }
    if (!create) {
        FILE *f = fopen(db, "rb");
        if (!f) {
            cli_error("%s: no knowledge base here yet; run 'dossier ingest --db %s FILE...' first",
                      db, db);
            ds_ctx_free(*ctx);
            *ctx = NULL;
            return false;
        }
        fclose(f);
    }
    ds_status st = ds_store_open(store, *ctx, db);
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(*ctx));
        ds_ctx_free(*ctx);
        *ctx = NULL;
        return false;
    }
    return true;
}

void cli_store_close(ds_ctx *ctx, ds_store *store)
{
    ds_store_close(store);
    ds_ctx_free(ctx);
}

int cli_store_opt(cli_store_opts *o, int c, const char *cmd, const char *const *formats)
{
    switch (c) {
    case CLI_OPT_DB:
        o->db = optarg;
        return EXIT_OK;
    case CLI_OPT_DATA:
        o->data_dir = optarg;
        return EXIT_OK;
    case CLI_OPT_FORMAT:
        if ((o->format = cli_pick(optarg, formats)) < 0)
            return cli_usage(cmd, "unknown format '%s'", optarg);
        return EXIT_OK;
    default:
        return -1;
    }
}

int cli_store_answer(const cli_store_opts *o, cli_store_ask ask, const void *arg,
                     cli_store_show show, const char *kind, const char *what)
{
    ds_ctx *ctx;
    ds_store *store;
    if (!cli_store_open(&ctx, &store, o->db, o->data_dir, false)) return EXIT_RUNTIME;
    char *out = NULL;
    int rc = EXIT_OK;
    ds_status st = ask(&out, store, ctx, arg);
    json_t *v = st == DS_OK ? cli_json_take(out) : NULL;
    if (st != DS_OK) {
        cli_error("%s", ds_ctx_errmsg(ctx)[0] ? ds_ctx_errmsg(ctx) : ds_strerror(st));
        rc = cli_exit_for(st);
    } else if (!v) {
        rc = EXIT_RUNTIME;
    } else if (json_is_null(v)) {
        cli_error("no %s '%s' in the knowledge base", kind, what);
        rc = EXIT_RUNTIME;
    } else if (o->format == 1) {
        rc = cli_print_json(v) ? EXIT_OK : EXIT_RUNTIME;
    } else {
        show(v, o->format, arg);
    }
    json_decref(v);
    if (fflush(stdout) != 0) rc = EXIT_RUNTIME;
    cli_store_close(ctx, store);
    return rc;
}

json_t *cli_json_take(char *s)
{
    json_error_t err;
    json_t *v = s ? json_loads(s, JSON_DECODE_ANY, &err) : NULL;
    if (s && !v) cli_error("internal: bad JSON from the store: %s", err.text);
    free(s);
    return v;
}

const char *cli_json_text(json_t *v, char *out, size_t cap)
{
    out[0] = '\0';
    if (json_is_string(v))
        snprintf(out, cap, "%s", json_string_value(v));
    else if (json_is_integer(v))
        snprintf(out, cap, "%lld", (long long)json_integer_value(v));
    else if (json_is_real(v))
        snprintf(out, cap, "%g", json_real_value(v));
    else if (json_is_boolean(v))
        snprintf(out, cap, "%s", json_is_true(v) ? "yes" : "no");
    else if (json_is_array(v)) {
        size_t n = 0;
        for (size_t i = 0; i < json_array_size(v) && n + 1 < cap; i++) {
            char item[256];
            cli_json_text(json_array_get(v, i), item, sizeof item);
            int w = snprintf(out + n, cap - n, "%s%s", i ? "; " : "", item);
            if (w < 0) break;
            n += (size_t)w;
        }
    }
    return out;
}

/* Display width of UTF-8 text (code points; good enough for tables). */
static int width(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Cuts s at max code points, ending with "…". */
static void clip(char *s, int max)
{
    if (max <= 0 || width(s) <= max) return;
    int n = 0;
    for (char *p = s; *p; p++) {
        if (((unsigned char)*p & 0xC0) != 0x80 && ++n == max) {
            strcpy(p, "\xE2\x80\xA6");
            return;
        }
    }
}

void cli_print_table(FILE *out, json_t *rows, const char *const *cols, const char *const *heads,
                     const int *widths)
{
    int ncols = 0;
    while (cols[ncols]) ncols++;
    int w[32] = {0};
    char cell[1024];
    for (int c = 0; c < ncols && c < 32; c++) w[c] = width(heads[c]);
    for (size_t r = 0; r < json_array_size(rows); r++)
        for (int c = 0; c < ncols && c < 32; c++) {
            cli_json_text(json_object_get(json_array_get(rows, r), cols[c]), cell, sizeof cell);
            clip(cell, widths ? widths[c] : 0);
            if (width(cell) > w[c]) w[c] = width(cell);
        }
    for (int c = 0; c < ncols && c < 32; c++)
        fprintf(out, "%s%-*s", c ? "  " : "", c == ncols - 1 ? 0 : w[c], heads[c]);
    fputc('\n', out);
    for (size_t r = 0; r < json_array_size(rows); r++) {
        for (int c = 0; c < ncols && c < 32; c++) {
            cli_json_text(json_object_get(json_array_get(rows, r), cols[c]), cell, sizeof cell);
            clip(cell, widths ? widths[c] : 0);
            int pad = c == ncols - 1 ? 0 : w[c] - width(cell);
            fprintf(out, "%s%s%*s", c ? "  " : "", cell, pad, "");
        }
        fputc('\n', out);
    }
}

static void csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void cli_print_csv(FILE *out, json_t *rows, const char *const *cols)
{
    char cell[8192];
    for (int c = 0; cols[c]; c++) {
        if (c) fputc(',', out);
        csv_field(out, cols[c]);
    }
    fputs("\r\n", out);
    for (size_t r = 0; r < json_array_size(rows); r++) {
        for (int c = 0; cols[c]; c++) {
            if (c) fputc(',', out);
            csv_field(out, cli_json_text(json_object_get(json_array_get(rows, r), cols[c]), cell,
                                         sizeof cell));
        }
        fputs("\r\n", out);
    }
}

bool cli_print_json(json_t *v)
{
    char *s = json_dumps(v, JSON_INDENT(2) | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
    bool ok = s && cli_write(s, strlen(s)) && cli_write("\n", 1);
    free(s);
    return ok;
}
