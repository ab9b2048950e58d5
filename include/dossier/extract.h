/* extract.h - extraction of events, actor profiles and assessments from
 * annotated documents, merged within and across documents into one
 * extraction (the form of ../shared/eval/CONTRACT.md). Included by dossier.h.
 */
#ifndef DOSSIER_EXTRACT_H
#define DOSSIER_EXTRACT_H

typedef struct ds_extraction ds_extraction;

ds_status ds_extraction_new(ds_extraction **out, ds_ctx *ctx);
void ds_extraction_free(ds_extraction *x);

/* Annotates the document if needed, extracts its facts and merges them into
 * x (an event another document already reported gains a source, not a
 * duplicate). Everything kept is copied: the document may be freed after. */
ds_status ds_extraction_add(ds_extraction *x, ds_ctx *ctx, ds_doc *doc);

/* Final cross-document pass (merge, ids, sorting). Called by the exporters
 * when needed; idempotent. */
ds_status ds_extraction_finish(ds_extraction *x, ds_ctx *ctx);

size_t ds_extraction_event_count(const ds_extraction *x);
size_t ds_extraction_actor_count(const ds_extraction *x);
size_t ds_extraction_assessment_count(const ds_extraction *x);

#endif
