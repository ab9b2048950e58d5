/* fuzz_timex.c - libFuzzer target for the time-expression normalizer
 * (timex.c, ds_annotate_timex) on a text document. The first byte picks a
 * document date (none, or one of a few anchors incl. leap and year ends) so
 * that relative expressions are resolved too. Values must be calendar-valid
 * where they are set.
 */
#include "fuzz_common.h"

static void check_date(ds_date d)
{
    if (d.month > 12 || d.day > 31 || (d.day && !d.month)) {
        fprintf(stderr, "fuzz: timex value %d-%d-%d is not a date\n", d.year, d.month, d.day);
        abort();
    }
    char iso[11];
    ds_date_format(iso, d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {NULL,         "2022-05-08", "2020-02-29",
                                        "1999-12-31", "2022",       "2021-08"};
    if (size < 1) return 0;
    const char *date = dates[data[0] % (sizeof dates / sizeof *dates)];
    ds_doc *doc = fuzz_read(data + 1, size - 1, DS_FORMAT_TEXT, date);
    if (!doc) return 0;
    if (ds_annotate_timex(doc, fuzz_ctx()) == DS_OK) {
        fuzz_check_doc(doc);
        for (uint32_t i = 0; i < doc->timexes.n; i++) {
            check_date(doc->timexes.v[i].value);
            check_date(doc->timexes.v[i].end);
        }
    }
    ds_doc_free(doc);
    return 0;
}
