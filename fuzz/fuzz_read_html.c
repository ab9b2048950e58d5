/* fuzz_read_html.c - libFuzzer target for the HTML reader (read_html.c on
 * libxml2's HTML parser, then citations, segmentation and tokens). Checks the
 * document's invariants and that its annotate JSON parses.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ds_doc *doc = fuzz_read(data, size, DS_FORMAT_HTML, NULL);
    if (!doc) return 0;
    fuzz_check_doc(doc);
    char *json = NULL;
    size_t len = 0;
    if (ds_doc_to_json(&json, &len, doc, DS_JSON_SENTENCES | DS_JSON_BLOCKS) == DS_OK)
        fuzz_check_json(json, len, "annotate JSON");
    free(json);
    ds_doc_free(doc);
    return 0;
}
