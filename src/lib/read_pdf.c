/* read_pdf.c - PDF -> text via poppler-glib (each page's text in reading
 * order, pages separated by a page break), then the plain-text clean-up of
 * read_text.c (page-break joins, furniture, footnote lists). First stage of
 * the pipeline. Offsets: PDF text has no byte position in the file, so the
 * map is 0 for every text byte (map[text_len] = file size); facts from a
 * PDF cite their sentence text, not a byte range.
 */
#include "ctx.h"
#include "doc.h"
#include "read_util.h"

#include <poppler.h>
#include <string.h>

ds_status ds_read_pdf(ds_doc *doc, ds_ctx *ctx)
{
    ds_status st = DS_OK;
    GBytes *bytes = NULL;
    PopplerDocument *pdf = NULL;
    GError *err = NULL;
    ds_tb raw = {0}, tb = {0};
    size_t head = doc->src_len < 1024 ? doc->src_len : 1024;
    if (!doc->src_len || !memmem(doc->src, head, "%PDF-", 5))
        return ds_ctx_fail(ctx, DS_EFORMAT, "%s: not a PDF (no %%PDF- header)", doc->path);

    bytes = g_bytes_new_static(doc->src, doc->src_len);
    pdf = poppler_document_new_from_bytes(bytes, NULL, &err);
    if (!pdf) {
        st = ds_ctx_fail(ctx, DS_EFORMAT, "%s: not a readable PDF (%s)", doc->path,
                         err && err->message ? err->message : "poppler could not open it");
        goto done;
    }
    int npages = poppler_document_get_n_pages(pdf);
    for (int p = 0; p < npages; p++) {
        PopplerPage *page = poppler_document_get_page(pdf, p);
        if (!page) continue;
        char *text = poppler_page_get_text(page);
        if (text) {
            size_t n = strlen(text);
            if (raw.len && !ds_tb_reserve(&raw, 1)) {
                g_free(text);
                g_object_unref(page);
                st = DS_ENOMEM;
                goto done;
            }
            if (raw.len) ds_tb_putc(&raw, '\f', 0);
            ds_tb_put(&raw, text, n, 0, false);
            g_free(text);
        }
        g_object_unref(page);
        if (raw.failed) {
            st = DS_ENOMEM;
            goto done;
        }
    }
    if (!raw.len) {
        st = ds_ctx_fail(ctx, DS_EEMPTY, "%s: the PDF holds no text (scanned images?)", doc->path);
        goto done;
    }
    if ((st = ds_decode_utf8(&tb, doc, ctx, raw.text, raw.len, 0)) != DS_OK) goto done;
    for (size_t i = 0; i < tb.len; i++) tb.map[i] = 0; /* see the file comment */
    /* diagnostics from decoding pointed into the extracted text: not file offsets */
    for (uint32_t i = 0; i < doc->diags.n; i++)
        doc->diags.v[i].pub.offset = 0, doc->diags.v[i].pub.line = 1;
    st = ds_layout_text(doc, ctx, &tb, false);
done:
    ds_tb_free(&raw);
    ds_tb_free(&tb);
    if (err) g_error_free(err);
    if (pdf) g_object_unref(pdf);
    if (bytes) g_bytes_unref(bytes);
    return st;
}
