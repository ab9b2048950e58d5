/* fuzz_read_pdf.c - libFuzzer target for the PDF reader (read_pdf.c on
 * poppler-glib, then citations, segmentation and tokens). Most mutations are
 * rejected as DS_EFORMAT; what reads must keep the document's invariants.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ds_doc *doc = fuzz_read(data, size, DS_FORMAT_PDF, NULL);
    if (!doc) return 0;
    fuzz_check_doc(doc);
    ds_doc_free(doc);
    return 0;
}
