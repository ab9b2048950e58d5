/* read_pdf.c - PDF -> text via poppler-glib (each page's text in reading
 * order, pages separated by a page break), then the plain-text clean-up of
 * read_text.c (page-break joins, furniture, footnote lists). First stage of
 * the pipeline. Offsets: PDF text has no byte position in the file, so a
 * text byte maps to its offset in the text poppler extracts (the pages
 * joined by form feeds; map[text_len] = file size): a fact's source span
 * tells its sentence from the others and orders them, and its text is the
 * sentence itself. (They were all 0, and the mentions of one event in a
 * PDF, all at 0, collapsed into one source.)
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
#include <math.h>
#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
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
    /* optional (NULL: pages are read without paragraph breaks) */
    gboolean (*page_get_text_layout)(PopplerPage *, PopplerRectangle **, guint *);
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
    void *layout = dlsym(lib, "poppler_page_get_text_layout");
    memcpy(&pdf_api.page_get_text_layout, &layout, sizeof layout);
}

/* A page's line as its glyphs' boxes place it (-1: no glyph). */
typedef struct pline {
    double top, left, right;
    double first_w; /* the width of its first word */
} pline;

/* Appends a page's text to out with a blank line where the text layer's
 * line break is no wrap, which it gives for every line alike:
 * - a paragraph's end: the gap to the next line is wider (more than 1.6
 *   times the page's usual line pitch, its first quartile: a short page may
 *   have as many gaps as lines, 14, 28, 14, 28, 28);
 * - a line that stops short: the next line's first word would have fitted
 *   on it with room to spare (15% of the column's width: a flattened
 *   infobox's "Achin District, Afghanistan (de facto)" / "1000-2000"),
 *   against the right edge of the lines in its column (a left edge within
 *   40 points: two columns are told apart).
 * From the glyphs' boxes: rects[k] is the box of the text's code point k.
 * Without boxes that match the text, the text as it is. False when out of
 * memory. */
static bool put_page(ds_tb *out, const char *text, size_t n, const PopplerRectangle *rects,
                     guint nrects)
{
    size_t ncp = 0, nlines = 1;
    for (size_t i = 0; i < n; i++) {
        ncp += ((unsigned char)text[i] & 0xC0) != 0x80;
        nlines += text[i] == '\n';
    }
    pline *pl = rects && nrects == ncp && nlines > 2 ? malloc(nlines * sizeof *pl) : NULL;
    double *pitch = pl ? malloc(nlines * sizeof *pitch) : NULL;
    if (!pitch) {
        free(pl);
        ds_tb_put(out, text, n, 0, false);
        return !out->failed;
    }
    size_t line = 0, k = 0;
    bool in_first = true; /* still in the line's first word */
    double first_x = -1;
    pl[0] = (pline){-1, -1, -1, 0};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c & 0xC0) == 0x80) continue;
        const PopplerRectangle *r = &rects[k++];
        if (c == '\n') {
            pl[++line] = (pline){-1, -1, -1, 0};
            in_first = true;
            first_x = -1;
            continue;
        }
        if (c == ' ') {
            if (pl[line].top >= 0) in_first = false;
            continue;
        }
        if (r->y2 <= r->y1) continue;
        pline *p = &pl[line];
        if (p->top < 0 || r->y1 < p->top) p->top = r->y1;
        if (p->left < 0 || r->x1 < p->left) p->left = r->x1;
        if (r->x2 > p->right) p->right = r->x2;
        if (in_first) {
            if (first_x < 0) first_x = r->x1;
            p->first_w = r->x2 - first_x;
        }
    }
    size_t np = 0;
    for (size_t l = 0; l + 1 < nlines; l++)
        if (pl[l].top >= 0 && pl[l + 1].top > pl[l].top) pitch[np++] = pl[l + 1].top - pl[l].top;
    double usual = 0;
    if (np >= 3) {
        for (size_t a = 1; a < np; a++) /* a page's few dozen lines: insertion sort */
            for (size_t b = a; b > 0 && pitch[b - 1] > pitch[b]; b--) {
                double x = pitch[b];
                pitch[b] = pitch[b - 1], pitch[b - 1] = x;
            }
        usual = pitch[np / 4];
    }
    line = 0;
    size_t from = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && text[i] != '\n') continue;
        ds_tb_put(out, text + from, i - from, 0, false);
        if (i < n) ds_tb_putc(out, '\n', 0);
        const pline *a = &pl[line], *b = i < n ? &pl[line + 1] : NULL;
        bool brk = false;
        if (b && usual > 0 && a->top >= 0 && b->top >= 0) {
            double step = b->top - a->top;
            brk = step > 1.6 * usual;
            if (!brk && step > 0 && fabs(b->left - a->left) < 40) {
                double margin = a->right, lo = a->left;
                for (size_t l = 0; l < nlines; l++)
                    if (pl[l].top >= 0 && fabs(pl[l].left - a->left) < 40) {
                        if (pl[l].right > margin) margin = pl[l].right;
                        if (pl[l].left < lo) lo = pl[l].left;
                    }
                brk = a->right + b->first_w + 0.15 * (margin - lo) < margin;
            }
        }
        if (brk) ds_tb_putc(out, '\n', 0);
        from = i + 1;
        line++;
    }
    free(pl);
    free(pitch);
    return !out->failed;
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
            PopplerRectangle *rects = NULL;
            guint nrects = 0;
            if (pdf_api.page_get_text_layout &&
                !pdf_api.page_get_text_layout(page, &rects, &nrects))
                rects = NULL, nrects = 0;
            if (raw.len && !ds_tb_reserve(&raw, 1)) {
                pdf_api.free(text);
                pdf_api.free(rects);
                pdf_api.object_unref(page);
                st = DS_ENOMEM;
                goto done;
            }
            if (raw.len) ds_tb_putc(&raw, '\f', 0);
            put_page(&raw, text, n, rects, nrects);
            pdf_api.free(text);
            pdf_api.free(rects);
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
    /* offsets in the text layer (see the file comment), scaled down to the
     * file's size in the rare PDF whose text is the longer (compressed
     * streams): the map stays ordered and within the file */
    if (raw.len > doc->src_len)
        for (size_t i = 0; i < tb.len; i++)
            tb.map[i] = (uint32_t)((uint64_t)tb.map[i] * doc->src_len / raw.len);
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
