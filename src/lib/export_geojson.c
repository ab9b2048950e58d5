/* export_geojson.c - events as a GeoJSON FeatureCollection (RFC 7946):
 * one Feature per event, a Point [longitude, latitude] (WGS 84) when the
 * event has coordinates, else a null geometry (RFC 7946 section 3.2), and
 * the ACLED-coded fields as properties. Last stage of the pipeline.
 */
#include "export.h"

static void prop_str(jw *w, const char *key, const char *s)
{
    jw_key(w, key);
    if (s && *s)
        jw_str(w, s);
    else
        jw_null(w);
}

static void prop_int(jw *w, const char *key, int32_t v)
{
    jw_key(w, key);
    if (v == DS_NULL_INT)
        jw_null(w);
    else
        jw_int(w, v);
}

ds_status ds_export_geojson(buf *out, const ds_extraction *x)
{
    jw w;
    jw_init(&w, out, true);
    jw_obj(&w);
    jw_key(&w, "type");
    jw_str(&w, "FeatureCollection");
    jw_key(&w, "features");
    jw_arr(&w);
    for (uint32_t i = 0; i < x->events.n; i++) {
        const ds_event *e = &x->events.v[i];
        jw_obj(&w);
        jw_key(&w, "type");
        jw_str(&w, "Feature");
        jw_key(&w, "id");
        jw_str(&w, e->id);
        jw_key(&w, "geometry");
        if (e->has_coords) {
            jw_obj(&w);
            jw_key(&w, "type");
            jw_str(&w, "Point");
            jw_key(&w, "coordinates");
            jw_arr(&w);
            jw_double(&w, e->longitude, 5);
            jw_double(&w, e->latitude, 5);
            jw_end_arr(&w);
            jw_end_obj(&w);
        } else {
            jw_null(&w);
        }
        jw_key(&w, "properties");
        jw_obj(&w);
        prop_str(&w, "date", e->date);
        prop_str(&w, "date_end", e->date_end);
        prop_str(&w, "event_type", e->event_type);
        prop_str(&w, "sub_event_type", e->sub_event_type);
        prop_str(&w, "disorder_type", e->disorder_type);
        prop_str(&w, "actor1", e->actor1);
        prop_str(&w, "actor2", e->actor2);
        prop_str(&w, "country", e->country);
        prop_str(&w, "admin1", e->admin1);
        prop_str(&w, "admin2", e->admin2);
        prop_str(&w, "location", e->location);
        jw_key(&w, "geo_precision");
        if (e->geo_precision)
            jw_int(&w, e->geo_precision);
        else
            jw_null(&w);
        jw_key(&w, "time_precision");
        if (e->time_precision)
            jw_int(&w, e->time_precision);
        else
            jw_null(&w);
        prop_int(&w, "fatalities", e->fatalities);
        prop_int(&w, "injuries", e->injuries);
        prop_str(&w, "weapon", e->weapon);
        jw_key(&w, "claimed");
        if (e->claimed < 0)
            jw_null(&w);
        else
            jw_bool(&w, e->claimed == 1);
        jw_key(&w, "sources");
        jw_arr(&w);
        for (uint32_t k = 0; k < e->sources.n; k++) {
            const ds_source *s = &e->sources.v[k];
            jw_obj(&w);
            jw_key(&w, "document");
            jw_str(&w, x->docs.v[s->doc].path);
            jw_key(&w, "start");
            jw_int(&w, s->start);
            jw_key(&w, "end");
            jw_int(&w, s->end);
            jw_key(&w, "text");
            jw_str(&w, s->text);
            jw_end_obj(&w);
        }
        jw_end_arr(&w);
        jw_end_obj(&w);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    buf_putc(out, '\n');
    return out->failed ? DS_ENOMEM : DS_OK;
}
