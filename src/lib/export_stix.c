/* export_stix.c - STUB. */
#include "export.h"

ds_status ds_export_stix(buf *out, const ds_extraction *x)
{
    (void)out, (void)x;
    return DS_EINVAL;
}
