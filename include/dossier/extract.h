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

/* Many documents, each into its own extraction: the same facts as calling
 * ds_extraction_add(xs[i], ctx, docs[i]) for i = 0 .. n-1, but done stage by
 * stage over the set (every document's time expressions, then every
 * document's places, ...), so that each stage's code and tables stay in the
 * processor's caches across documents: faster on streams of short notes
 * (`dossier extract --batch` hands groups of up to 16 lines). An extraction
 * given twice in xs gets its documents one after the other, as
 * ds_extraction_add would. n may be 0.
 * Errors: as ds_extraction_add's. It stops at the first failure and returns
 * its status; the context's message says what failed but not for which
 * document, and the extractions and documents are then in an unspecified
 * state: free them (redo the documents one at a time with
 * ds_extraction_add to learn which one fails). */
ds_status ds_extraction_add_each(ds_extraction *const *xs, ds_ctx *ctx, ds_doc *const *docs,
                                 size_t n);

/* Final cross-document pass (merge, ids, sorting). Called by the exporters
 * when needed; idempotent. */
ds_status ds_extraction_finish(ds_extraction *x, ds_ctx *ctx);

size_t ds_extraction_event_count(const ds_extraction *x);
size_t ds_extraction_actor_count(const ds_extraction *x);
size_t ds_extraction_assessment_count(const ds_extraction *x);

#endif
