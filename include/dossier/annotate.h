/* annotate.h - annotation of a read document: time expressions, quantities,
 * places (gazetteer), actors and people (lexicons), estimative language.
 * Included by dossier.h.
 */
#ifndef DOSSIER_ANNOTATE_H
#define DOSSIER_ANNOTATE_H

/* Runs every annotator on the document (idempotent: a second call does
 * nothing). Errors: DS_ENOMEM, DS_ELIMIT. */
ds_status ds_doc_annotate(ds_ctx *ctx, ds_doc *doc);

/* Which parts `ds_doc_to_json` writes. */
enum {
    DS_JSON_SENTENCES = 1u << 0,   /* sentences with offsets, text and citations */
    DS_JSON_TOKENS = 1u << 1,      /* tokens of each sentence */
    DS_JSON_ANNOTATIONS = 1u << 2, /* timex, quantities, places, actors, people, hedges */
    DS_JSON_BLOCKS = 1u << 3,      /* blocks, furniture included */
    DS_JSON_PRETTY = 1u << 4       /* indented */
};

/* The document as one JSON object (see docs/annotate-json.md). *out is a
 * NUL-terminated malloc'd string the caller frees; *len its length. */
ds_status ds_doc_to_json(char **out, size_t *len, const ds_doc *doc, unsigned flags);

#endif
