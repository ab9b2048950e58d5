/* fuzz_citations.c - libFuzzer target for citation markers and footnote
 * resolution (citations.c: ds_citations_extract and ds_citations_attach as
 * the reader runs them), then ds_source_from_sentence for every sentence,
 * which follows cites to footnote URLs. The corpus holds marked-up prose
 * with note lists; the byte after a NUL (if any) picks HTML over text.
 */
#include "fuzz_common.h"
#include "facts.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    ds_format fmt =
        nul && (size_t)(nul - data) + 1 < size && (nul[1] & 1) ? DS_FORMAT_HTML : DS_FORMAT_TEXT;
    ds_doc *doc = fuzz_read(data, size, fmt, NULL);
    if (!doc) return 0;
    fuzz_check_doc(doc);
    ds_extraction *x = NULL;
    if (ds_extraction_new(&x, fuzz_ctx()) == DS_OK) {
        for (uint32_t s = 0; s < doc->sentences.n; s++) {
            ds_source src;
            if (ds_source_from_sentence(&src, x, doc, 0, s) != DS_OK) break;
            if (src.start > src.end || src.end > doc->src_len) {
                fprintf(stderr, "fuzz: sentence %u [%u,%u) maps to source [%u,%u) of %zu bytes\n",
                        s, doc->sentences.v[s].span.start, doc->sentences.v[s].span.end, src.start,
                        src.end, doc->src_len);
                abort();
            }
            for (uint32_t c = 0; c < src.ncitations; c++)
                if (!src.citations[c]) abort();
        }
    }
    ds_extraction_free(x);
    ds_doc_free(doc);
    return 0;
}
