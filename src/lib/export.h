/* export.h (private) - one writer per format; export.c dispatches. */
#ifndef DS_EXPORT_PRIV_H
#define DS_EXPORT_PRIV_H

#include "facts.h"
#include "util/buf.h"

ds_status ds_export_json(buf *out, const ds_extraction *x, bool pretty);
ds_status ds_export_stix(buf *out, const ds_extraction *x);
ds_status ds_export_acled(buf *out, const ds_extraction *x);
ds_status ds_export_geojson(buf *out, const ds_extraction *x);
/* export_acled.c: the ISO 3166-1 alpha-2 code of an alpha-3 code in its
 * country table (static), or NULL when the table lacks it. */
const char *ds_country_alpha2(const char *iso3);

#endif
