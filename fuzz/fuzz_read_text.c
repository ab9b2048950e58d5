/* fuzz_read_text.c - libFuzzer target for the text and Markdown reader
 * (read_text.c, then citations, segmentation and tokens as ds_doc_read_mem
 * runs them). The first byte picks Markdown (odd) or plain text (even); the
 * document's invariants and its annotate JSON are checked.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    ds_format fmt = (data[0] & 1) ? DS_FORMAT_MARKDOWN : DS_FORMAT_TEXT;
    ds_doc *doc = fuzz_read(data + 1, size - 1, fmt, NULL);
    if (!doc) return 0;
    fuzz_check_doc(doc);
    char *json = NULL;
    size_t len = 0;
    if (ds_doc_to_json(&json, &len, doc, DS_JSON_SENTENCES | DS_JSON_TOKENS | DS_JSON_BLOCKS) ==
        DS_OK)
        fuzz_check_json(json, len, "annotate JSON");
    free(json);
    ds_doc_free(doc);
    return 0;
}
