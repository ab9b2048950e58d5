/* fuzz_pipeline.c - libFuzzer target for the whole pipeline: read (format
 * sniffed), annotate, extract, merge, and every export format. The JSON
 * forms must parse; the document's invariants are checked after annotation.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ds_ctx *ctx = fuzz_ctx();
    ds_doc *doc = fuzz_read(data, size, DS_FORMAT_AUTO, "2022-05-08");
    if (!doc) return 0;
    ds_extraction *x = NULL;
    if (ds_doc_annotate(ctx, doc) == DS_OK) fuzz_check_doc(doc);
    if (ds_extraction_new(&x, ctx) == DS_OK && ds_extraction_add(x, ctx, doc) == DS_OK) {
        static const ds_export_format fmts[] = {DS_EXPORT_JSON, DS_EXPORT_JSONL, DS_EXPORT_STIX,
                                                DS_EXPORT_ACLED, DS_EXPORT_GEOJSON};
        for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++) {
            char *out = NULL;
            size_t len = 0;
            if (ds_export(&out, &len, x, ctx, fmts[f]) == DS_OK && fmts[f] != DS_EXPORT_ACLED)
                fuzz_check_json(out, len, "export");
            free(out);
        }
    }
    ds_extraction_free(x);
    ds_doc_free(doc);
    return 0;
}
