/* gazetteer.c - STUB: see gazetteer.h. */
#include "gazetteer.h"

#include <stdlib.h>

#include "ctx.h"
#include "doc.h"

struct ds_gazetteer {
    int unused;
};

ds_status ds_gazetteer_load(ds_gazetteer **out, const char *data_dir, char *err, size_t errlen)
{
    (void)data_dir, (void)err, (void)errlen;
    *out = calloc(1, sizeof **out);
    return *out ? DS_OK : DS_ENOMEM;
}

void ds_gazetteer_free(ds_gazetteer *gaz)
{
    free(gaz);
}

bool ds_gazetteer_get(const ds_gazetteer *gaz, uint32_t gaz_id, ds_gaz_place *out)
{
    (void)gaz, (void)gaz_id, (void)out;
    return false;
}

bool ds_gazetteer_country(const ds_gazetteer *gaz, const char *iso3, ds_gaz_place *out)
{
    (void)gaz, (void)iso3, (void)out;
    return false;
}

ds_status ds_annotate_places(ds_doc *doc, ds_ctx *ctx)
{
    (void)doc, (void)ctx;
    return DS_OK;
}
