/* fuzz_batch.c - libFuzzer target for one line of `dossier extract --batch`
 * (the JSON Lines filter of src/cli/cmd_extract.c, not reachable from the
 * library): jansson parses the line, its "text", "date" and "title" feed
 * ds_doc_read_mem, the document is extracted and exported as one JSON line,
 * as the CLI does. The output line must parse and hold no raw newline.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ds_ctx *ctx = fuzz_ctx();
    json_error_t jerr;
    json_t *root = json_loadb((const char *)data, size, JSON_DECODE_ANY, &jerr);
    if (!root) return 0;
    json_t *jtext = json_object_get(root, "text");
    json_t *jdate = json_object_get(root, "date");
    json_t *jtitle = json_object_get(root, "title");
    json_t *jid = json_object_get(root, "id");
    if (!json_is_object(root) || !json_is_string(jtext)) {
        json_decref(root);
        return 0;
    }
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.format = DS_FORMAT_TEXT;
    ro.id = json_is_string(jid) ? json_string_value(jid) : "line1";
    ro.date = json_is_string(jdate) && json_string_length(jdate) ? json_string_value(jdate) : NULL;
    ro.title = json_is_string(jtitle) ? json_string_value(jtitle) : NULL;
    ds_doc *doc = NULL;
    ds_extraction *x = NULL;
    char *out = NULL;
    size_t len = 0;
    ds_status st =
        ds_doc_read_mem(&doc, ctx, json_string_value(jtext), json_string_length(jtext), ro.id, &ro);
    if (st == DS_OK) st = ds_extraction_new(&x, ctx);
    if (st == DS_OK) st = ds_extraction_add(x, ctx, doc);
    if (st == DS_OK) st = ds_export(&out, &len, x, ctx, DS_EXPORT_JSONL);
    if (st == DS_OK) {
        if (len && memchr(out, '\n', len - 1)) {
            fprintf(stderr, "fuzz: a batch output line holds a newline\n");
            abort();
        }
        fuzz_check_json(out, len, "batch line");
    } else if (!ds_ctx_errmsg(ctx)[0] && st != DS_EINVAL) {
        fprintf(stderr, "fuzz: status %d without a message\n", (int)st);
        abort();
    }
    free(out);
    ds_extraction_free(x);
    ds_doc_free(doc);
    json_decref(root);
    return 0;
}
