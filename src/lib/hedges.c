/* hedges.c - STUB. */
#include "ctx.h"
#include "doc.h"

ds_status ds_annotate_hedges(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}

const char *ds_icd_name(ds_icd icd)
{
    static const char *names[] = {NULL,          "almost_no_chance", "very_unlikely",
                                  "unlikely",    "roughly_even",     "likely",
                                  "very_likely", "almost_certain",   "possible"};
    return (unsigned)icd < sizeof names / sizeof *names ? names[icd] : NULL;
}
