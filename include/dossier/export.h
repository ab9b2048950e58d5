/* export.h - writing an extraction in the formats analysts' tools import:
 * the CONTRACT JSON, one JSON line per document, STIX 2.1, ACLED CSV,
 * GeoJSON. Output is deterministic (sorted, stable ids, no clocks).
 * Included by dossier.h.
 */
#ifndef DOSSIER_EXPORT_H
#define DOSSIER_EXPORT_H

typedef enum ds_export_format {
    DS_EXPORT_JSON = 0, /* one object: documents, events, actors, assessments */
    DS_EXPORT_JSONL,    /* the same object on one line (for --batch) */
    DS_EXPORT_STIX,     /* STIX 2.1 bundle */
    DS_EXPORT_ACLED,    /* CSV with ACLED's columns */
    DS_EXPORT_GEOJSON   /* FeatureCollection of events */
} ds_export_format;

/* Writes x in the format asked for. *out is a NUL-terminated malloc'd string
 * the caller frees. Finishes x first (ds_extraction_finish). */
ds_status ds_export(char **out, size_t *len, ds_extraction *x, ds_ctx *ctx, ds_export_format fmt);

/* The DS_EXPORT_JSONL line of x with "id": id_json (id_len bytes of JSON
 * text, written as they are) as its first member: {"id":ID,"documents":...}
 * in one buffer (what extract --batch writes). *out as for ds_export. */
ds_status ds_export_jsonl_id(char **out, size_t *len, ds_extraction *x, ds_ctx *ctx,
                             const char *id_json, size_t id_len);

/* ds_export_jsonl_id into storage the caller keeps from one call to the
 * next (extract --batch -j 1 writes each line before the next document):
 * *storage (malloc'd, *cap bytes; NULL and 0 at first) is reused, grown as
 * needed, and on success holds the line (*len bytes and a NUL). The caller
 * frees *storage once done; on failure it is freed and NULL. */
ds_status ds_export_jsonl_id_reuse(char **storage, size_t *cap, size_t *len, ds_extraction *x,
                                   ds_ctx *ctx, const char *id_json, size_t id_len);

#endif
