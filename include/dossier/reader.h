/* reader.h - the reading layer: bytes of a text, Markdown, HTML or PDF file
 * become a document: normalized UTF-8 text with a map back to the original
 * byte offsets, blocks (prose, headings, list items, infobox lines, page
 * furniture, footnotes), sentences with their resolved citations, tokens.
 * Included by dossier.h.
 */
#ifndef DOSSIER_READER_H
#define DOSSIER_READER_H

typedef struct ds_doc ds_doc;

typedef enum ds_format {
    DS_FORMAT_AUTO = 0, /* sniffed from the bytes, then the file name */
    DS_FORMAT_TEXT,
    DS_FORMAT_MARKDOWN,
    DS_FORMAT_HTML,
    DS_FORMAT_PDF
} ds_format;

typedef struct ds_read_opts {
    ds_format format;
    const char *id;    /* document id ("d1"); NULL: assigned by the caller later */
    const char *title; /* metadata title; NULL: detected from the text */
    const char *date;  /* metadata date, ISO 8601 (YYYY[-MM[-DD]]); NULL: detected */
    /* Nonzero: the caller has checked that every byte is printable ASCII
     * (0x20-0x7E, so no new line, tab or NUL), and a text or Markdown
     * reader skips its own check of the bytes (--batch's JSON parser sees
     * each byte of a note anyway). The caller vouches for it: set for other
     * bytes, the result is undefined. 0 (the default): the reader checks. */
    int plain_line;
} ds_read_opts;

#define DS_READ_OPTS_INIT                                                                          \
    {                                                                                              \
        DS_FORMAT_AUTO, NULL, NULL, NULL, 0                                                        \
    }

typedef enum ds_severity { DS_DIAG_INFO = 0, DS_DIAG_WARNING = 1, DS_DIAG_ERROR = 2 } ds_severity;

/* A diagnostic about the input (never a failure of the call). code is a
 * stable short identifier ("invalid-utf8", "footnote-missing", ...); offset is
 * a byte offset in the original file, line its 1-based line. */
typedef struct ds_diag {
    ds_severity severity;
    const char *code;
    const char *message;
    size_t offset;
    size_t line;
} ds_diag;

/* Reads and segments a file. path "-" reads standard input. The document
 * owns all it refers to; free it with ds_doc_free(). Errors: DS_EIO (cannot
 * open/read), DS_ELIMIT (over max_doc_bytes), DS_EFORMAT (declared format does
 * not match the bytes), DS_EEMPTY (no text), DS_ENOMEM. */
ds_status ds_doc_read_file(ds_doc **out, ds_ctx *ctx, const char *path, const ds_read_opts *opts);

/* Same from memory; bytes are copied. name is used in messages and as path. */
ds_status ds_doc_read_mem(ds_doc **out, ds_ctx *ctx, const char *bytes, size_t len,
                          const char *name, const ds_read_opts *opts);

void ds_doc_free(ds_doc *doc);

/* Accessors; returned strings are owned by the document and live as long as it. */
const char *ds_doc_path(const ds_doc *doc);
const char *ds_doc_id(const ds_doc *doc);
const char *ds_doc_title(const ds_doc *doc); /* "" when none */
const char *ds_doc_date(const ds_doc *doc);  /* ISO 8601 or "" */
ds_format ds_doc_format(const ds_doc *doc);
size_t ds_doc_sentence_count(const ds_doc *doc);
size_t ds_doc_diag_count(const ds_doc *doc);
/* The i-th diagnostic (i < ds_doc_diag_count); pointer valid while doc lives. */
const ds_diag *ds_doc_diag(const ds_doc *doc, size_t i);
/* Sets the id used in output (copied). */
ds_status ds_doc_set_id(ds_doc *doc, const char *id);

#endif
