/* read_pdf.c - PDF -> text via poppler-glib (each page's text in reading
 * order, pages separated by a page break), then the plain-text clean-up of
 * read_text.c (page-break joins, furniture, footnote lists). First stage of
 * the pipeline. Offsets: PDF text has no byte position in the file, so the
 * map is 0 for every text byte (map[text_len] = file size); facts from a
 * PDF cite their sentence text, not a byte range.
 *
 * poppler-glib is loaded on the first PDF (dlopen of DS_POPPLER_SONAME, the
 * soname CMake read from the library it compiled against), not linked: with
 * its dependencies (cairo, NSS, X11, GLib; some 40 shared libraries) it cost
 * every run of the tool ~15 ms of dynamic loading at start-up, for a reader
 * most runs never use. A missing library is an error of the PDF read alone.
 */
#include "ctx.h"
#include "doc.h"
#include "read_util.h"

#include <dlfcn.h>
#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef DS_POPPLER_SONAME
#define DS_POPPLER_SONAME "libpoppler-glib.so.8"
#endif

/* The poppler-glib and GLib functions this reader calls, looked up once in
 * the library and its dependencies; all set, or `missing` names the first
 * one that could not be found. Loaded once per process, never unloaded. */
static struct {
    GBytes *(*bytes_new_static)(gconstpointer, gsize);
    void (*bytes_unref)(GBytes *);
    PopplerDocument *(*document_new_from_bytes)(GBytes *, const char *, GError **);
    int (*document_get_n_pages)(PopplerDocument *);
    PopplerPage *(*document_get_page)(PopplerDocument *, int);
    char *(*page_get_text)(PopplerPage *);
    void (*free)(gpointer);
    void (*object_unref)(gpointer);
    void (*error_free)(GError *);
    const char *missing; /* NULL when loaded; else what failed, for the message */
} pdf_api;
static char pdf_why[160];
static pthread_once_t pdf_once = PTHREAD_ONCE_INIT;

static void *pdf_sym(void *lib, const char *name)
{
    void *f = dlsym(lib, name);
    if (!f && !pdf_api.missing) {
        snprintf(pdf_why, sizeof pdf_why, "%s has no %s", DS_POPPLER_SONAME, name);
        pdf_api.missing = pdf_why;
    }
    return f;
}

static void pdf_load(void)
{
    void *lib = dlopen(DS_POPPLER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        pdf_api.missing = DS_POPPLER_SONAME " is not installed";
        return;
    }
    /* A data pointer to a function pointer through memcpy: ISO C has no cast
     * between them, POSIX guarantees dlsym's result converts. */
#define PDF_SYM(field, name)                                                                       \
    do {                                                                                           \
        void *f_ = pdf_sym(lib, name);                                                             \
        memcpy(&pdf_api.field, &f_, sizeof f_);                                                    \
    } while (0)
    PDF_SYM(bytes_new_static, "g_bytes_new_static");
    PDF_SYM(bytes_unref, "g_bytes_unref");
    PDF_SYM(document_new_from_bytes, "poppler_document_new_from_bytes");
    PDF_SYM(document_get_n_pages, "poppler_document_get_n_pages");
    PDF_SYM(document_get_page, "poppler_document_get_page");
    PDF_SYM(page_get_text, "poppler_page_get_text");
    PDF_SYM(free, "g_free");
    PDF_SYM(object_unref, "g_object_unref");
    PDF_SYM(error_free, "g_error_free");
#undef PDF_SYM
}

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
    pthread_once(&pdf_once, pdf_load);
    if (pdf_api.missing)
        return ds_ctx_fail(ctx, DS_EDATA,
                           "%s: cannot read PDFs: %s (install poppler-glib: make deps)", doc->path,
                           pdf_api.missing);

    bytes = pdf_api.bytes_new_static(doc->src, doc->src_len);
    pdf = pdf_api.document_new_from_bytes(bytes, NULL, &err);
    if (!pdf) {
        st = ds_ctx_fail(ctx, DS_EFORMAT, "%s: not a readable PDF (%s)", doc->path,
                         err && err->message ? err->message : "poppler could not open it");
        goto done;
    }
    int npages = pdf_api.document_get_n_pages(pdf);
    for (int p = 0; p < npages; p++) {
        PopplerPage *page = pdf_api.document_get_page(pdf, p);
        if (!page) continue;
        char *text = pdf_api.page_get_text(page);
        if (text) {
            size_t n = strlen(text);
            if (raw.len && !ds_tb_reserve(&raw, 1)) {
                pdf_api.free(text);
                pdf_api.object_unref(page);
                st = DS_ENOMEM;
                goto done;
            }
            if (raw.len) ds_tb_putc(&raw, '\f', 0);
            ds_tb_put(&raw, text, n, 0, false);
            pdf_api.free(text);
        }
        pdf_api.object_unref(page);
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
    if (err) pdf_api.error_free(err);
    if (pdf) pdf_api.object_unref(pdf);
    if (bytes) pdf_api.bytes_unref(bytes);
    return st;
}
