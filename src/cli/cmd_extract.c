/* cmd_extract.c - `dossier extract`: files in, one merged extraction out
 * (CONTRACT JSON, STIX, ACLED CSV, GeoJSON); or `--batch`, a pure JSON Lines
 * filter (one document in, one line out, in order) with -j worker threads. */
#include "cli.h"
#include "files.h"
#include "util/buf.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char extract_help[] =
    "Usage: dossier extract [OPTIONS] FILE|DIR...\n"
    "       dossier extract --batch [-j N] < docs.jsonl > facts.jsonl\n"
    "\n"
    "Extracts events (who did what to whom, where, when, how many killed, claims\n"
    "and denials), actor profiles (aliases, leaders and tenures, affiliations,\n"
    "strength, media outlets) and assessments (estimative language on the ICD 203\n"
    "scale), each with the sentence and footnotes that back it. Mentions of one\n"
    "happening are merged within and across the files given. A folder is read\n"
    "for its .txt .md .html .htm .pdf files, in path order.\n"
    "\n"
    "Options:\n"
    "  --format F         json (default), jsonl, stix, acled, geojson\n"
    "  --date YYYY-MM-DD  document date: anchors \"on Tuesday\", \"June 9\"; by default\n"
    "                     the dateline or a dated line gives it, and without one\n"
    "                     such days stay undated (a date-unanchored warning)\n"
    "  --keep-going       go on after a file fails (exit 4 if any did)\n"
    "  --data DIR         runtime data directory (default: $DOSSIER_DATA)\n"
    "  --batch            read JSON Lines {\"id\",\"text\",\"date\"?,\"title\"?} on stdin,\n"
    "                     write one line {\"id\",\"events\",\"actors\",...} per document,\n"
    "                     in input order; a bad line yields {\"id\",\"error\"} (exit 4).\n"
    "                     A pure filter: answers are flushed whenever the input\n"
    "                     pauses, so a feed piped in line by line is answered\n"
    "                     line by line (under GNU parallel --pipe, Spark pipe())\n"
    "  -j, --jobs N       worker threads for --batch (default 1)\n"
    "\n"
    "Examples:\n"
    "  dossier extract examples/*.txt > facts.json\n"
    "  dossier extract reports/ > facts.json      # every document in the folder\n"
    "  dossier extract --format acled report.txt > events.csv\n"
    "  jq -c '{id,text}' notes.jsonl | dossier extract --batch -j 2 > out.jsonl\n";

/* ---- files ----------------------------------------------------------- */

static int extract_files(char *const *files, size_t nfiles, const char *date, const char *data_dir,
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
    /* many files on a terminal: "12/340 files  name", redrawn (cleared for a
     * warning, and at the end) */
    bool progress = nfiles > 1 && isatty(STDERR_FILENO);
    struct timespec last = {0, 0};
    for (size_t i = 0; i < nfiles; i++) {
        if (progress) {
            struct timespec now;
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (i == 0 || (now.tv_sec - last.tv_sec) * 1000000000L + (now.tv_nsec - last.tv_nsec) >
                              200000000L) {
                last = now;
                const char *name = files[i];
                size_t nlen = strlen(name);
                if (nlen > 50) name += nlen - 50;
                fprintf(stderr, "\r\033[K%zu/%zu files  %s", i + 1, nfiles, name);
            }
        }
        ds_doc *doc = NULL;
        ds_read_opts ro = DS_READ_OPTS_INIT;
        char id[32];
        snprintf(id, sizeof id, "d%zu", i + 1);
        ro.id = id;
        ro.date = date;
        st = ds_doc_read_file(&doc, ctx, files[i], &ro);
        if (st == DS_OK) {
            st = ds_extraction_add(x, ctx, doc);
            if (progress && ds_doc_diag_count(doc)) fputs("\r\033[K", stderr);
            cli_print_diags(doc, DS_DIAG_WARNING); /* the reader's and the annotators' */
        }
        ds_doc_free(doc);
        if (st != DS_OK) {
            if (progress) fputs("\r\033[K", stderr);
            cli_error("%s", ds_ctx_errmsg(ctx));
            failed++;
            rc = cli_exit_for(st);
            if (!keep_going) goto done;
        }
    }
    if (progress) fputs("\r\033[K", stderr);
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

/* Storage for the output lines, kept from one line to the next: at -j 1
 * one (each line is written before the next is made), at -j N one per
 * window slot (its line is written before the slot takes another). */
typedef struct out_storage {
    char *data; /* malloc'd, cap bytes, or NULL */
    size_t cap;
} out_storage;

/* A -j N window slot's buffers, kept while the batch runs: the input line's
 * copy and the output line's storage. A document then costs no malloc and
 * free of its own, nor a free on this thread of what a worker allocated
 * (which takes the worker's malloc arena lock). */
typedef struct slot_store {
    char *line; /* malloc'd, line_cap bytes, or NULL */
    size_t line_cap;
    out_storage out;
} slot_store;

typedef struct batch_item {
    char *line;      /* input line (owned, or the reader's buffer at -j 1) */
    size_t line_len; /* its length as read (a NUL byte may come before) */
    size_t lineno;
    char *output;      /* one JSON line, '\n'-terminated (owned unless borrowed) */
    size_t output_len; /* its length, or 0 when not known (strlen it) */
    bool failed;
    bool done;            /* output is final (under the batch lock at -j > 1) */
    out_storage *storage; /* the export writes here (NULL: a malloc'd line) */
    bool borrowed;        /* output is storage->data, not the item's to free */
} batch_item;

/* The -j > 1 window: a ring of `cap` items. The main thread reads lines in
 * at `tail` and writes outputs out, in input order, from `head`; workers
 * take items at `next`. head <= next <= tail <= head + cap; all three and
 * `done` flags change under `lock`. */
typedef struct batch {
    batch_item *ring;
    size_t cap;
    size_t head, next, tail;
    size_t wait_for; /* the item whose completion wakes the main thread */
    bool closed;     /* no more input */
    pthread_mutex_t lock;
    pthread_cond_t work; /* an item to take, or closed */
    pthread_cond_t done; /* item wait_for is done */
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

/* ---- the common line without jansson ---------------------------------- */

/* A line's fields as the fast parser found them. Strings point into the
 * line when they hold no escape, else into owned buffers. */
typedef struct line_fields {
    const char *id_raw; /* the id value's JSON text, or NULL when absent */
    size_t id_raw_len;
    bool id_string, id_integer;
    const char *id_str; /* string id: its value (no escapes) */
    size_t id_str_len;
    long long id_int;
    const char *text, *date, *title; /* NULL when absent or not a string */
    size_t text_len, date_len, title_len;
    bool text_plain; /* the text is printable ASCII (0x20-0x7E) as written: no escape */
    char *owned[3];  /* decoded text, date, title */
} line_fields;

typedef struct jscan {
    const char *p, *end;
} jscan;

/* JSON whitespace (' ', '\t', '\n', '\r') as bits of a mask over bytes
 * below 64: one test a byte */
#define JSON_WS_MASK (1ull << ' ' | 1ull << '\t' | 1ull << '\n' | 1ull << '\r')

static void jws(jscan *j)
{
    while (j->p < j->end && (unsigned char)*j->p <= ' ' &&
           (JSON_WS_MASK >> (unsigned char)*j->p & 1u))
        j->p++;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool hex4(const char *p, const char *end, unsigned *v)
{
    if (end - p < 4) return false;
    *v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[k]);
        if (h < 0) return false;
        *v = *v << 4 | (unsigned)h;
    }
    return true;
}

#if defined(__SSE2__)
/* printable_run's stops among the 16 bytes x */
static inline __m128i stop16(__m128i x, __m128i one, __m128i lim, __m128i q, __m128i bs)
{
    return _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(x, one), lim),
                        _mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)));
}
#endif

/* Length of the run at p[0, n) of printable ASCII (0x20-0x7E) other than
 * '"' and '\\': json_plain_run's run but that DEL stops it too, so that the
 * text's scan tells whether it is all printable ASCII (what the text
 * reader would check again: ds_read_opts.plain_line). Inline: one per note. */
static inline size_t printable_run(const char *p, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    if (n >= 16) {
        /* b + 1 < 0x21 (signed, wrapping) holds for the controls, DEL and
         * every byte from 0x80: one test for them */
        const __m128i one = _mm_set1_epi8(1), lim = _mm_set1_epi8(0x21), q = _mm_set1_epi8('"'),
                      bs = _mm_set1_epi8('\\');
#define STOP16(o) stop16(_mm_loadu_si128((const __m128i *)(const void *)(p + (o))), one, lim, q, bs)
        /* 64 bytes a step while none stops (most notes: up to the end) */
        for (; i + 64 <= n; i += 64)
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(STOP16(i), STOP16(i + 16)),
                                               _mm_or_si128(STOP16(i + 32), STOP16(i + 48)))))
                break;
        unsigned m;
        for (; i + 16 <= n; i += 16)
            if ((m = (unsigned)_mm_movemask_epi8(STOP16(i)))) return i + (size_t)__builtin_ctz(m);
        if (i == n) return n;
        /* the tail as the last 16 bytes, those before i known plain */
        m = (unsigned)_mm_movemask_epi8(STOP16(n - 16)) >> (i - (n - 16));
#undef STOP16
        return m ? i + (size_t)__builtin_ctz(m) : n;
    }
#endif
    while (i < n && (unsigned char)p[i] >= 0x20 && (unsigned char)p[i] < 0x7F && p[i] != '"' &&
           p[i] != '\\')
        i++;
    return i;
}

/* Length of the valid UTF-8 sequence at p (strict: no overlongs, no
 * surrogates, at most U+10FFFF), 0 when invalid. */
/* Scans a string at j->p ('"'); false for anything jansson might treat
 * differently (control bytes, invalid UTF-8, \u0000, lone surrogates). With
 * out, decodes into *out (malloc'd) unless there is no escape: then *val
 * points into the line. */
static inline __attribute__((always_inline)) bool
jstring_in(jscan *j, const char **val, size_t *len, char **out, bool *escaped, bool *printable)
{
    const char *p = j->p + 1, *end = j->end;
    const char *start = p;
    bool esc = false, other = false; /* other: a byte from 0x7F */
    while (p < end) {
        if (printable) {
            /* the text: its run stops at DEL too */
            p += printable_run(p, (size_t)(end - p));
        } else {
            /* plain ASCII needs no check but the terminator: skip it 16
             * bytes a step; the first 16 here (a key, an id ends in them),
             * the rest by json_plain_run, which finds the same first stop */
#if defined(__SSE2__)
            if (end - p >= 16) {
                __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
                unsigned m = (unsigned)_mm_movemask_epi8(json_stop16(x));
                p += m ? (size_t)__builtin_ctz(m)
                       : 16 + json_plain_run(p + 16, (size_t)(end - p) - 16);
            } else {
                p += json_plain_run(p, (size_t)(end - p));
            }
#else
            p += json_plain_run(p, (size_t)(end - p));
#endif
        }
        if (p >= end || *p == '"') break;
        unsigned char c = (unsigned char)*p;
        if (c < 0x20) return false;
        if (c == 0x7F) {
            other = true; /* JSON takes DEL as it is; the text reader does not */
            p++;
            continue;
        }
        if (c == '\\') {
            esc = true;
            if (p + 1 >= end) return false;
            char e = p[1];
            if (e == 'u') {
                unsigned v;
                if (!hex4(p + 2, end, &v) || v == 0 || (v >= 0xDC00 && v <= 0xDFFF)) return false;
                p += 6;
                if (v >= 0xD800 && v <= 0xDBFF) {
                    unsigned lo;
                    if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, end, &lo) ||
                        lo < 0xDC00 || lo > 0xDFFF)
                        return false;
                    p += 6;
                }
                continue;
            }
            if (!strchr("\"\\/bfnrt", e) || !e) return false;
            p += 2;
            continue;
        }
        if (c >= 0x80) {
            size_t l = utf8_valid_len((const unsigned char *)p, (size_t)(end - p));
            if (!l) return false;
            other = true;
            p += l;
            continue;
        }
        p++;
    }
    if (p >= end) return false;
    j->p = p + 1;
    if (escaped) *escaped = esc;
    if (printable) *printable = !esc && !other;
    if (!val || (esc && !out)) return true; /* validated only (the caller wanted no escapes) */
    if (!esc) {
        *val = start;
        *len = (size_t)(p - start);
        return true;
    }
    /* decode (validated above) */
    char *o = malloc((size_t)(p - start) + 1);
    if (!o) return false;
    size_t n = 0;
    for (const char *q = start; q < p;) {
        if (*q != '\\') {
            o[n++] = *q++;
            continue;
        }
        char e = q[1];
        if (e != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            o[n++] = to[strchr(from, e) - from];
            q += 2;
            continue;
        }
        unsigned v = 0, lo = 0;
        hex4(q + 2, p, &v);
        q += 6;
        if (v >= 0xD800 && v <= 0xDBFF) {
            hex4(q + 2, p, &lo);
            q += 6;
            v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        }
        if (v < 0x80) {
            o[n++] = (char)v;
        } else if (v < 0x800) {
            o[n++] = (char)(0xC0 | (v >> 6));
            o[n++] = (char)(0x80 | (v & 0x3F));
        } else if (v < 0x10000) {
            o[n++] = (char)(0xE0 | (v >> 12));
            o[n++] = (char)(0x80 | ((v >> 6) & 0x3F));
            o[n++] = (char)(0x80 | (v & 0x3F));
        } else {
            o[n++] = (char)(0xF0 | (v >> 18));
            o[n++] = (char)(0x80 | ((v >> 12) & 0x3F));
            o[n++] = (char)(0x80 | ((v >> 6) & 0x3F));
            o[n++] = (char)(0x80 | (v & 0x3F));
        }
    }
    o[n] = '\0';
    *out = o;
    *val = o;
    *len = n;
    return true;
}

/* jstring_in as a call, for the rare strings (other members, a key that
 * is not a field's): the text and the id, one of each a line, have it
 * inline with their constant arguments folded. */
static bool jstring(jscan *j, const char **val, size_t *len, char **out, bool *escaped,
                    bool *printable)
{
    return jstring_in(j, val, len, out, escaped, printable);
}

/* Scans a number; *integer when it has no fraction or exponent. Refuses
 * exponents and long digit runs (jansson reports overflow there). */
static bool jnumber(jscan *j, bool *integer)
{
    const char *p = j->p, *end = j->end;
    if (p < end && *p == '-') p++;
    const char *d = p;
    while (p < end && *p >= '0' && *p <= '9') p++;
    size_t nd = (size_t)(p - d);
    if (!nd || (nd > 1 && *d == '0')) return false;
    *integer = true;
    if (p < end && *p == '.') {
        *integer = false;
        p++;
        const char *f = p;
        while (p < end && *p >= '0' && *p <= '9') p++;
        if (p == f) return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) return false;
    if (*integer ? nd > 18 : nd > 300) return false;
    j->p = p;
    return true;
}

/* Skips any value, validating it; depth-bounded (deeper: the slow path). */
static bool jvalue(jscan *j, int depth)
{
    if (j->p >= j->end || depth > 32) return false;
    char c = *j->p;
    if (c == '"') return jstring(j, NULL, NULL, NULL, NULL, NULL);
    if (c == '-' || (c >= '0' && c <= '9')) {
        bool integer;
        return jnumber(j, &integer);
    }
    static const char *const lits[] = {"true", "false", "null"};
    for (int k = 0; k < 3; k++) {
        size_t l = strlen(lits[k]);
        if ((size_t)(j->end - j->p) >= l && !memcmp(j->p, lits[k], l)) {
            j->p += l;
            return true;
        }
    }
    if (c != '{' && c != '[') return false;
    char close = c == '{' ? '}' : ']';
    j->p++;
    jws(j);
    if (j->p < j->end && *j->p == close) {
        j->p++;
        return true;
    }
    for (;;) {
        if (c == '{') {
            if (j->p >= j->end || *j->p != '"' || !jstring(j, NULL, NULL, NULL, NULL, NULL))
                return false;
            jws(j);
            if (j->p >= j->end || *j->p != ':') return false;
            j->p++;
            jws(j);
        }
        if (!jvalue(j, depth + 1)) return false;
        jws(j);
        if (j->p >= j->end) return false;
        if (*j->p == close) {
            j->p++;
            return true;
        }
        if (*j->p != ',') return false;
        j->p++;
        jws(j);
    }
}

/* The member name at j->p ('"') when it is one of the four fields, spelt
 * without escapes (as every line spells them): its index (id 0, text 1,
 * date 2, title 3), j->p past its closing quote; else -1, j->p unmoved
 * (jstring reads it). A fixed compare instead of a string scan a key. */
static int known_key(jscan *j)
{
    static const struct {
        const char *quoted;
        size_t len;
    } keys[] = {{"\"id\"", 4}, {"\"text\"", 6}, {"\"date\"", 6}, {"\"title\"", 7}};
    size_t room = (size_t)(j->end - j->p);
    for (int k = 0; k < 4; k++)
        if (room >= keys[k].len && !memcmp(j->p, keys[k].quoted, keys[k].len)) {
            j->p += keys[k].len;
            return k;
        }
    return -1;
}

static void fields_free(line_fields *f)
{
    for (int k = 0; k < 3; k++) free(f->owned[k]);
}

/* Contract: parses a batch line that is a JSON object of the usual shape
 * (string or integer id, string text/date/title, any other members) exactly
 * as jansson would; false (f freed) when anything is unusual, and then the
 * caller parses with jansson, which also words the errors. */
static bool fast_line(const char *line, size_t line_len, line_fields *f)
{
    memset(f, 0, sizeof *f);
    /* the whole line as read, not up to a NUL byte: no strlen. A line with
     * a NUL byte fails here (a NUL is no JSON outside a string, and a raw
     * control byte inside one), and jansson, which reads the line up to
     * its NUL, decides; before, this parser read up to the NUL and, by its
     * contract, answered as jansson does on that text */
    jscan j = {line, line + line_len};
    jws(&j);
    if (j.p >= j.end || *j.p != '{') return false;
    j.p++;
    jws(&j);
    bool seen[4] = {false, false, false, false};
    if (j.p < j.end && *j.p == '}') {
        j.p++;
    } else {
        for (;;) {
            if (j.p >= j.end || *j.p != '"') goto slow;
            int which = known_key(&j);
            if (which < 0) {
                const char *key;
                size_t kl;
                bool esc;
                if (!jstring(&j, &key, &kl, NULL, &esc, NULL) || esc) goto slow;
                which = kl == 2 && !memcmp(key, "id", 2)      ? 0
                        : kl == 4 && !memcmp(key, "text", 4)  ? 1
                        : kl == 4 && !memcmp(key, "date", 4)  ? 2
                        : kl == 5 && !memcmp(key, "title", 5) ? 3
                                                              : -1;
            }
            jws(&j);
            if (j.p >= j.end || *j.p != ':') goto slow;
            j.p++;
            jws(&j);
            if (which >= 0) {
                if (seen[which]) goto slow; /* duplicates: jansson keeps the last */
                seen[which] = true;
            }
            const char *vstart = j.p;
            if (which >= 1 && j.p < j.end && *j.p == '"') {
                const char **val = which == 1 ? &f->text : which == 2 ? &f->date : &f->title;
                size_t *len = which == 1 ? &f->text_len : which == 2 ? &f->date_len : &f->title_len;
                if (!jstring_in(&j, val, len, &f->owned[which - 1], NULL,
                                which == 1 ? &f->text_plain : NULL))
                    goto slow;
            } else if (which == 0) {
                if (j.p < j.end && *j.p == '"') {
                    bool idesc;
                    if (!jstring_in(&j, &f->id_str, &f->id_str_len, NULL, &idesc, NULL) || idesc)
                        goto slow;
                    f->id_string = true;
                } else if (j.p < j.end && (*j.p == '-' || (*j.p >= '0' && *j.p <= '9'))) {
                    bool integer;
                    if (!jnumber(&j, &integer) || !integer) goto slow;
                    if (j.p - vstart == 2 && vstart[0] == '-' && vstart[1] == '0') goto slow;
                    f->id_integer = true;
                    f->id_int = strtoll(vstart, NULL, 10);
                } else if (!jvalue(&j, 1) || *vstart == '{' || *vstart == '[') {
                    goto slow;
                }
                f->id_raw = vstart;
                f->id_raw_len = (size_t)(j.p - vstart);
            } else if (!jvalue(&j, 1)) {
                goto slow;
            }
            jws(&j);
            if (j.p >= j.end) goto slow;
            if (*j.p == '}') {
                j.p++;
                break;
            }
            if (*j.p != ',') goto slow;
            j.p++;
            jws(&j);
        }
    }
    jws(&j);
    if (j.p != j.end || !f->text) goto slow;
    return true;
slow:
    fields_free(f);
    memset(f, 0, sizeof *f);
    return false;
}

/* Lines processed together (ds_extraction_add_each): a worker or -j 1 takes
 * up to this many lines that are already there, never waiting for more. */
enum { BATCH_GROUP = 16 };

/* A batch line on its way: parsed and read, waiting for its group's
 * extraction, then exported into its item's output. */
typedef struct pending {
    batch_item *it;
    ds_doc *doc;   /* NULL: it->output already says what went wrong */
    char *id_json; /* the id as JSON (id_buf or id_own), or NULL: none */
    char *id_own;  /* malloc'd */
    char id_buf[64];
} pending;

/* Reads the document given by its fields into p->doc, or sets the item's
 * error line. plain_line: the text is known to be printable ASCII on one
 * line (the reader need not check). */
static void batch_read_doc(ds_ctx *ctx, pending *p, const char *id, const char *text,
                           size_t text_len, bool plain_line, const char *date, const char *title)
{
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.format = DS_FORMAT_TEXT;
    ro.id = id;
    ro.date = date;
    ro.title = title;
    ro.plain_line = plain_line;
    if (ds_doc_read_mem(&p->doc, ctx, text, text_len, id, &ro) != DS_OK) {
        p->it->output = error_line(p->id_json, p->it->lineno, ds_ctx_errmsg(ctx));
        p->it->failed = true;
        ds_doc_free(p->doc);
        p->doc = NULL;
    }
}

/* The usual line: no jansson tree, no copies of plain strings. */
static bool batch_fast(ds_ctx *ctx, pending *p, const char *default_date)
{
    line_fields f;
    if (!fast_line(p->it->line, p->it->line_len, &f)) return false;
    /* the id as JSON and as a C string: in place when short (ACLED ids
     * are), so that a note costs no mallocs here */
    char idbuf[64];
    if (f.id_raw) {
        p->id_json =
            f.id_raw_len < sizeof p->id_buf ? p->id_buf : (p->id_own = malloc(f.id_raw_len + 1));
        if (!p->id_json) {
            fields_free(&f);
            return false;
        }
        memcpy(p->id_json, f.id_raw, f.id_raw_len);
        p->id_json[f.id_raw_len] = '\0';
    }
    char *id_own = NULL;
    const char *id = idbuf;
    if (f.id_string && f.id_str_len < sizeof idbuf && !memchr(f.id_str, '\0', f.id_str_len)) {
        memcpy(idbuf, f.id_str, f.id_str_len);
        idbuf[f.id_str_len] = '\0';
    } else if (f.id_string) {
        id = id_own = strndup(f.id_str, f.id_str_len);
        if (!id_own) goto fail;
    } else if (f.id_integer) {
        snprintf(idbuf, sizeof idbuf, "%lld", f.id_int);
    } else {
        snprintf(idbuf, sizeof idbuf, "line%zu", p->it->lineno);
    }
    /* date and title as C strings (the line is not NUL-terminated there) */
    char *date = f.date && f.date_len ? strndup(f.date, f.date_len) : NULL;
    char *title = f.title ? strndup(f.title, f.title_len) : NULL;
    if ((f.date && f.date_len && !date) || (f.title && !title)) {
        free(date);
        free(title);
        free(id_own);
        goto fail;
    }
    batch_read_doc(ctx, p, id, f.text, f.text_len, f.text_plain, date ? date : default_date, title);
    free(date);
    free(title);
    free(id_own);
    fields_free(&f);
    return true;
fail:
    free(p->id_own);
    p->id_own = p->id_json = NULL;
    fields_free(&f);
    return false;
}

/* Parses and reads one line into p (p->it set, the rest zeroed). */
static void batch_prepare(ds_ctx *ctx, pending *p, const char *default_date)
{
    if (batch_fast(ctx, p, default_date)) return;

    batch_item *it = p->it;
    json_error_t jerr;
    json_t *root = json_loads(it->line, JSON_DECODE_ANY, &jerr);
    if (!root || !json_is_object(root)) {
        char what[300];
        snprintf(what, sizeof what, "not a JSON object: %s", root ? "other JSON value" : jerr.text);
        it->output = error_line(NULL, it->lineno, what);
        it->failed = true;
        json_decref(root);
        return;
    }
    json_t *jid = json_object_get(root, "id");
    json_t *jtext = json_object_get(root, "text");
    json_t *jdate = json_object_get(root, "date");
    json_t *jtitle = json_object_get(root, "title");
    p->id_json = p->id_own = jid ? json_dumps(jid, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    if (!json_is_string(jtext)) {
        it->output = error_line(p->id_json, it->lineno, "no \"text\" string");
        it->failed = true;
        json_decref(root);
        return;
    }
    char idbuf[64];
    const char *id = idbuf;
    if (json_is_string(jid))
        id = json_string_value(jid);
    else if (json_is_integer(jid))
        snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(jid));
    else
        snprintf(idbuf, sizeof idbuf, "line%zu", it->lineno);
    batch_read_doc(ctx, p, id, json_string_value(jtext), json_string_length(jtext), false,
                   json_is_string(jdate) && json_string_length(jdate) ? json_string_value(jdate)
                                                                      : default_date,
                   json_is_string(jtitle) ? json_string_value(jtitle) : NULL);
    json_decref(root);
}

/* Sets the item's output: the JSONL line of x ({"id":ID,...}: the export
 * writes the id first), or the error line when st or the export failed. */
static void batch_export(ds_ctx *ctx, pending *p, ds_extraction *x, ds_status st)
{
    batch_item *it = p->it;
    const char *idj = p->id_json ? p->id_json : "null";
    char *out = NULL;
    size_t len = 0;
    if (st == DS_OK)
        st = it->storage ? ds_export_jsonl_id_reuse(&it->storage->data, &it->storage->cap, &len, x,
                                                    ctx, idj, strlen(idj))
                         : ds_export_jsonl_id(&out, &len, x, ctx, idj, strlen(idj));
    if (st != DS_OK) {
        it->output = error_line(p->id_json, it->lineno, ds_ctx_errmsg(ctx));
        it->failed = true;
        free(out);
        return;
    }
    if (it->storage) {
        it->output = it->storage->data;
        it->borrowed = true;
    } else {
        it->output = out;
    }
    it->output_len = len;
}

/* Processes n <= BATCH_GROUP lines (parse, read, extract, export) and sets
 * each item's output; items whose output is already set (a line over the
 * limit) are left alone. The extraction goes stage by stage over the group
 * (ds_extraction_add_each); should it fail, which document failed is not
 * known, so the group is redone a line at a time. */
static void batch_group(ds_ctx *ctx, batch_item *const *items, size_t n, const char *default_date)
{
    pending p[BATCH_GROUP];
    ds_doc *docs[BATCH_GROUP] = {NULL};
    ds_extraction *xs[BATCH_GROUP] = {NULL};
    size_t of[BATCH_GROUP], m = 0;
    for (size_t i = 0; i < n; i++) {
        memset(&p[i], 0, sizeof p[i]);
        p[i].it = items[i];
        if (items[i]->output) continue;
        batch_prepare(ctx, &p[i], default_date);
        if (!p[i].doc) continue;
        if (ds_extraction_new(&xs[m], ctx) != DS_OK) {
            batch_export(ctx, &p[i], NULL, DS_ENOMEM);
            continue;
        }
        docs[m] = p[i].doc;
        of[m++] = i;
    }
    ds_status st = ds_extraction_add_each(xs, ctx, docs, m);
    for (size_t k = 0; k < m; k++) {
        if (st == DS_OK || m == 1) batch_export(ctx, &p[of[k]], xs[k], st);
        ds_extraction_free(xs[k]);
        ds_doc_free(docs[k]);
    }
    for (size_t i = 0; i < n; i++) free(p[i].id_own);
    if (st != DS_OK && m > 1)
        for (size_t k = 0; k < m; k++) batch_group(ctx, &items[of[k]], 1, default_date);
}

typedef struct worker {
    pthread_t thread;
    ds_ctx *ctx;
    batch *b;
} worker;

/* Takes items in input order until the input is closed and drained, up to
 * BATCH_GROUP of those already read at a time (never waiting for more); no
 * barrier between groups, so a slow document or a preempted thread holds
 * back only its own group, not the other workers. */
static void *worker_main(void *arg)
{
    worker *w = arg;
    batch *b = w->b;
    pthread_mutex_lock(&b->lock);
    for (;;) {
        while (b->next == b->tail && !b->closed) pthread_cond_wait(&b->work, &b->lock);
        if (b->next == b->tail) break;
        size_t first = b->next, n = b->tail - first < BATCH_GROUP ? b->tail - first : BATCH_GROUP;
        b->next += n;
        batch_item *items[BATCH_GROUP];
        for (size_t k = 0; k < n; k++) items[k] = &b->ring[(first + k) % b->cap];
        pthread_mutex_unlock(&b->lock);
        batch_group(w->ctx, items, n, b->default_date);
        pthread_mutex_lock(&b->lock);
        bool wake = false;
        for (size_t k = 0; k < n; k++) {
            items[k]->done = true;
            wake |= first + k == b->wait_for;
        }
        if (wake) pthread_cond_signal(&b->done);
    }
    pthread_mutex_unlock(&b->lock);
    return NULL;
}

/* Standard input read in blocks by read(2), lines found with memchr and
 * handed out in place: the lines getline() gives (each up to and with its
 * '\n', the last one without when the input does not end with one; NUL
 * bytes and all), without stdio's locking and copy for each. A line is
 * valid until the next call; one without a '\n' has a NUL after it, one
 * with none (the caller's strip writes it over the '\n'). */
typedef struct line_reader {
    char *buf;         /* malloc'd, cap bytes, or NULL */
    size_t cap;        /* > end: the byte after the input read is ours */
    size_t start, end; /* the bytes read and not handed out yet */
    bool eof;
} line_reader;

enum { LINE_READ_BLOCK = 1 << 16 };

/* The next line in *line and its length, or -1 at the end of input (errno
 * 0) or after a read error (errno set), as getline() answers. */
static ssize_t read_line(line_reader *r, char **line)
{
    for (;;) {
        if (r->end > r->start) {
            char *at = r->buf + r->start;
            char *nl = memchr(at, '\n', r->end - r->start);
            if (nl || r->eof) {
                size_t n = nl ? (size_t)(nl - at) + 1 : r->end - r->start;
                if (!nl) at[n] = '\0'; /* at end: room past it */
                r->start += n;
                *line = at;
                return (ssize_t)n;
            }
        }
        if (r->eof) {
            errno = 0;
            return -1;
        }
        /* more input: the unread bytes to the front, room for a block */
        if (r->start) {
            memmove(r->buf, r->buf + r->start, r->end - r->start);
            r->end -= r->start, r->start = 0;
        }
        if (r->cap - r->end < LINE_READ_BLOCK + 1) {
            size_t cap = r->cap ? r->cap * 2 : LINE_READ_BLOCK + 1;
            while (cap - r->end < LINE_READ_BLOCK + 1) cap *= 2;
            char *nb = realloc(r->buf, cap);
            if (!nb) return -1; /* errno: ENOMEM */
            r->buf = nb, r->cap = cap;
        }
        ssize_t got = read(STDIN_FILENO, r->buf + r->end, LINE_READ_BLOCK);
        if (got < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (got == 0) r->eof = true;
        r->end += (size_t)got;
    }
}

/* Whether read_line would answer without reading input: a whole line is
 * buffered, or the input has ended. Lines handed out before stay valid
 * while this holds (read_line moves the buffer only to read more). */
static bool line_ready(const line_reader *r)
{
    return r->eof || (r->end > r->start && memchr(r->buf + r->start, '\n', r->end - r->start));
}

/* Reads the next non-empty line into *it (zeroed first): 1 when there is
 * one, 0 at the end of input, -1 after an error (reported); with
 * ready_only, 2 when no line is there without reading more input (nothing
 * is read then). A line over max_line gets its error output here. With own
 * (a window slot's buffers), it->line is a copy in own->line and the output
 * goes to own->out; else it is *line, valid until a call that reads input. */
static int batch_read(batch_item *it, line_reader *rd, size_t *lineno, size_t max_line,
                      slot_store *own, bool ready_only)
{
    for (;;) {
        if (ready_only && !line_ready(rd)) return 2;
        char *l;
        ssize_t got = read_line(rd, &l);
        if (got < 0) {
            if (!errno) return 0;
            cli_error("-: reading standard input: %s", strerror(errno));
            return -1;
        }
        ++*lineno;
        while (got > 0 && (l[got - 1] == '\n' || l[got - 1] == '\r')) l[--got] = '\0';
        if (got == 0) continue;
        memset(it, 0, sizeof *it);
        if (own) it->storage = &own->out;
        it->lineno = *lineno;
        it->line_len = (size_t)got;
        if ((size_t)got > max_line) {
            char what[128];
            snprintf(what, sizeof what, "%zd bytes, over the limit of %zu", got, max_line);
            it->output = error_line(NULL, *lineno, what);
            it->failed = true;
            return 1;
        }
        if (own && own->line_cap < (size_t)got + 1) {
            char *nl = malloc((size_t)got + 1);
            if (!nl) {
                cli_error("out of memory");
                return -1;
            }
            free(own->line);
            own->line = nl;
            own->line_cap = (size_t)got + 1;
        }
        it->line = own ? own->line : l;
        if (own) memcpy(it->line, l, (size_t)got + 1);
        return 1;
    }
}

/* Writes a finished item's line (unless output already failed) and frees
 * the item's buffers (not the line nor a borrowed output: they are kept);
 * a failed document is reported on stderr. */
static void batch_emit(batch_item *it, int *rc, bool *any_failed)
{
    if (it->failed) {
        *any_failed = true;
        cli_error("-:%zu: document skipped (see its error line)", it->lineno);
    }
    if (!it->output) {
        cli_error("-:%zu: out of memory", it->lineno);
        *rc = EXIT_RUNTIME;
    } else if (*rc == EXIT_OK &&
               !cli_write(it->output, it->output_len ? it->output_len : strlen(it->output))) {
        *rc = EXIT_RUNTIME;
    }
    if (!it->borrowed) free(it->output);
    it->output = it->line = NULL;
    it->output_len = 0;
    it->borrowed = false;
}

enum {
    BATCH_FLUSH_LINES = 64, /* output is flushed every this many lines (x jobs) */
    BATCH_WINDOW = 64,      /* lines in flight per worker */
    BATCH_WAKE = 32,        /* the main thread wakes for this many finished lines */
};

static void batch_flush(size_t written, size_t every, int *rc)
{
    if (written % every || *rc != EXIT_OK) return;
    if (fflush(stdout) != 0) {
        cli_error("writing output failed");
        *rc = EXIT_RUNTIME;
    }
}

/* Whether more input can be had without waiting: a line is buffered, the
 * input has ended, or standard input is readable now (always so for a
 * file). When not, the lines written so far are flushed before waiting, so
 * that a slow producer (a feed piped in line by line) gets each line's
 * answer before it sends the next, not 64 lines later. */
static bool input_waiting(const line_reader *r)
{
    if (line_ready(r)) return true;
    struct pollfd pf = {.fd = STDIN_FILENO, .events = POLLIN};
    return poll(&pf, 1, 0) != 0; /* an error: let read(2) report it */
}

static void flush_now(int *rc)
{
    if (*rc == EXIT_OK && fflush(stdout) != 0) {
        cli_error("writing output failed");
        *rc = EXIT_RUNTIME;
    }
}

/* -j 1: on this thread, read a line and those after it that are already
 * there (up to BATCH_GROUP: a slow input is not waited for), process them
 * together, write them. */
static int batch_serial(ds_ctx *ctx, const char *date, size_t max_line, bool *any_failed)
{
    int rc = EXIT_OK;
    line_reader rd = {NULL, 0, 0, 0, false};
    size_t lineno = 0, written = 0;
    batch_item items[BATCH_GROUP], *group[BATCH_GROUP];
    out_storage storage[BATCH_GROUP] = {{NULL, 0}};
    bool end = false;
    while (rc == EXIT_OK && !end) {
        size_t n = 0;
        bool read_failed = false;
        if (!input_waiting(&rd)) flush_now(&rc);
        while (n < BATCH_GROUP) {
            int got = batch_read(&items[n], &rd, &lineno, max_line, NULL, n > 0);
            if (got == 2) break;
            if (got <= 0) {
                read_failed = got < 0;
                end = true;
                break;
            }
            items[n].storage = &storage[n];
            group[n] = &items[n];
            n++;
        }
        /* the lines read before a read error are still written */
        batch_group(ctx, group, n, date);
        for (size_t k = 0; k < n; k++) {
            batch_emit(&items[k], &rc, any_failed);
            batch_flush(++written, BATCH_FLUSH_LINES, &rc);
        }
        if (read_failed) rc = EXIT_RUNTIME;
    }
    for (size_t k = 0; k < BATCH_GROUP; k++) free(storage[k].data);
    free(rd.buf);
    return rc;
}

/* -j N > 1: N workers; this thread reads ahead into the window and writes
 * finished lines in input order, sleeping until BATCH_WAKE of them are done
 * (one wake-up per BATCH_WAKE documents, not one per document). */
static int batch_parallel(worker *workers, int jobs, const char *date, size_t max_line,
                          bool *any_failed)
{
    int rc = EXIT_OK, started = 0;
    line_reader rd = {NULL, 0, 0, 0, false};
    size_t lineno = 0, written = 0;
    size_t window = (size_t)jobs * BATCH_WINDOW, flush_every = (size_t)jobs * BATCH_FLUSH_LINES;
    batch b = {.ring = calloc(window, sizeof(batch_item)),
               .cap = window,
               .wait_for = SIZE_MAX,
               .lock = PTHREAD_MUTEX_INITIALIZER,
               .work = PTHREAD_COND_INITIALIZER,
               .done = PTHREAD_COND_INITIALIZER,
               .default_date = date};
    slot_store *store = calloc(window, sizeof *store);
    if (!b.ring || !store) {
        free(b.ring);
        free(store);
        cli_error("out of memory");
        return EXIT_RUNTIME;
    }
    for (int j = 0; j < jobs; j++) {
        workers[j].b = &b;
        if (pthread_create(&workers[j].thread, NULL, worker_main, &workers[j]) != 0) break;
        started++;
    }
    if (!started) {
        free(b.ring);
        free(store);
        return batch_serial(workers[0].ctx, date, max_line, any_failed);
    }
    pthread_mutex_lock(&b.lock);
    for (;;) {
        while (b.head < b.tail && b.ring[b.head % window].done) {
            batch_item *it = &b.ring[b.head % window];
            pthread_mutex_unlock(&b.lock);
            batch_emit(it, &rc, any_failed);
            batch_flush(++written, flush_every, &rc);
            pthread_mutex_lock(&b.lock);
            b.head++;
        }
        /* input that would keep this thread waiting is read only once every
         * line before it is written and flushed (see input_waiting) */
        bool waiting =
            !b.closed && b.tail - b.head < window && b.head < b.tail && !input_waiting(&rd);
        if (!b.closed && b.tail - b.head < window && !waiting) {
            if (b.head == b.tail && !input_waiting(&rd)) flush_now(&rc);
            /* the slot at tail is free: no worker looks past tail */
            batch_item *it = &b.ring[b.tail % window];
            pthread_mutex_unlock(&b.lock);
            int got = rc == EXIT_OK
                          ? batch_read(it, &rd, &lineno, max_line, &store[b.tail % window], false)
                          : 0;
            pthread_mutex_lock(&b.lock);
            if (got > 0) {
                b.tail++;
                pthread_cond_signal(&b.work);
            } else {
                if (got < 0) rc = EXIT_RUNTIME;
                b.closed = true;
                pthread_cond_broadcast(&b.work);
            }
            continue;
        }
        if (b.head == b.tail) break; /* closed and drained */
        /* wait for the last unfinished line of the next BATCH_WAKE (head's is unfinished) */
        size_t k = b.tail - b.head < BATCH_WAKE ? b.tail - b.head : BATCH_WAKE;
        size_t w = b.head + k - 1;
        while (b.ring[w % window].done) w--;
        b.wait_for = w;
        while (!b.ring[w % window].done) pthread_cond_wait(&b.done, &b.lock);
        b.wait_for = SIZE_MAX;
    }
    pthread_mutex_unlock(&b.lock);
    for (int j = 0; j < started; j++) pthread_join(workers[j].thread, NULL);
    free(rd.buf);
    for (size_t k = 0; k < window; k++) free(store[k].line), free(store[k].out.data);
    free(store);
    free(b.ring);
    return rc;
}

static int extract_batch(int jobs, const char *date, const char *data_dir)
{
    int rc = EXIT_OK;
    bool any_failed = false;
    /* stdio's 4 KiB buffers cost a read or write system call every few
     * documents (23,000 writes for 70,000 notes); the output is still flushed
     * every BATCH_FLUSH_LINES lines, so it streams as before */
    static char in_buf[1 << 16], out_buf[1 << 18];
    setvbuf(stdin, in_buf, _IOFBF, sizeof in_buf);
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
    ds_ctx *ctx = cli_ctx_new(data_dir);
    if (!ctx) return EXIT_RUNTIME;
    size_t max_line = ds_ctx_limits(ctx)->max_batch_line;
    worker *workers = calloc((size_t)jobs, sizeof *workers);
    if (!workers) {
        cli_error("out of memory");
        rc = EXIT_RUNTIME;
        goto done;
    }
    for (int j = 0; j < jobs; j++) {
        if (ds_ctx_dup(&workers[j].ctx, ctx) != DS_OK) {
            cli_error("out of memory");
            rc = EXIT_RUNTIME;
            goto done;
        }
    }
    if (jobs == 1)
        rc = batch_serial(workers[0].ctx, date, max_line, &any_failed);
    else
        rc = batch_parallel(workers, jobs, date, max_line, &any_failed);
    if (fflush(stdout) != 0 && rc == EXIT_OK) {
        cli_error("writing output failed");
        rc = EXIT_RUNTIME;
    }
done:
    if (workers)
        for (int j = 0; j < jobs; j++) ds_ctx_free(workers[j].ctx);
    free(workers);
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
            return cli_bad_option("extract", argv);
        }
    }
    if (batch_mode) {
        if (optind < argc) return cli_usage("extract", "--batch reads standard input, not files");
        return extract_batch(jobs, date, data_dir);
    }
    if (optind >= argc) return cli_usage("extract", "no input files (or --batch)");
    cli_files files = {0};
    int rc = cli_files_add(&files, argv + optind, argc - optind)
                 ? extract_files(files.paths, files.n, date, data_dir, (ds_export_format)format,
                                 keep_going)
                 : EXIT_RUNTIME;
    cli_files_free(&files);
    return rc;
}

const cli_cmd cli_extract_cmd = {"extract", "extract events, actor profiles and assessments",
                                 extract_help, extract_run};
