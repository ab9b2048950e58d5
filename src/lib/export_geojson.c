/* export_geojson.c - STUB. */
#include "export.h"

ds_status ds_export_geojson(buf *out, const ds_extraction *x)
{
    (void)out, (void)x;
    return DS_EINVAL;
}
