/* export_acled.c - events as CSV with the columns of ACLED's export (ACLED
 * Codebook 2023: event_id_cnty ... timestamp), RFC 4180 quoting and CRLF
 * line ends. inter codes, interaction, civilian_targeting, time and geo
 * precision follow the codebook; region, country name and the numeric ISO
 * code come from the small table below (ISO 3166-1; ACLED's regions).
 * Last stage of the pipeline. Deterministic: no clocks ("timestamp" is the
 * first source document's date as Unix time).
 */
#include "export.h"

#include "util/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct country_row {
    const char *iso3;
    const char *iso2;
    int numeric;
    const char *name;
    const char *region;
} country_row;

/* ISO 3166-1 alpha-3, alpha-2 and numeric codes and short names (public
 * standard); ACLED region names. Sorted by alpha-3. */
static const country_row COUNTRIES[] = {
    {"AFG", "AF", 4, "Afghanistan", "South Asia"},
    {"ARE", "AE", 784, "United Arab Emirates", "Middle East"},
    {"ARM", "AM", 51, "Armenia", "Caucasus and Central Asia"},
    {"AZE", "AZ", 31, "Azerbaijan", "Caucasus and Central Asia"},
    {"BDI", "BI", 108, "Burundi", "Eastern Africa"},
    {"BEL", "BE", 56, "Belgium", "Europe"},
    {"BEN", "BJ", 204, "Benin", "Western Africa"},
    {"BFA", "BF", 854, "Burkina Faso", "Western Africa"},
    {"BGD", "BD", 50, "Bangladesh", "South Asia"},
    {"BHR", "BH", 48, "Bahrain", "Middle East"},
    {"CAF", "CF", 140, "Central African Republic", "Middle Africa"},
    {"CHN", "CN", 156, "China", "East Asia"},
    {"CIV", "CI", 384, "Ivory Coast", "Western Africa"},
    {"CMR", "CM", 120, "Cameroon", "Middle Africa"},
    {"COD", "CD", 180, "Democratic Republic of Congo", "Middle Africa"},
    {"DEU", "DE", 276, "Germany", "Europe"},
    {"DZA", "DZ", 12, "Algeria", "Northern Africa"},
    {"EGY", "EG", 818, "Egypt", "Northern Africa"},
    {"ETH", "ET", 231, "Ethiopia", "Eastern Africa"},
    {"FRA", "FR", 250, "France", "Europe"},
    {"GBR", "GB", 826, "United Kingdom", "Europe"},
    {"GEO", "GE", 268, "Georgia", "Caucasus and Central Asia"},
    {"GHA", "GH", 288, "Ghana", "Western Africa"},
    {"IDN", "ID", 360, "Indonesia", "Southeast Asia"},
    {"IND", "IN", 356, "India", "South Asia"},
    {"IRN", "IR", 364, "Iran", "Middle East"},
    {"IRQ", "IQ", 368, "Iraq", "Middle East"},
    {"ISR", "IL", 376, "Israel", "Middle East"},
    {"JOR", "JO", 400, "Jordan", "Middle East"},
    {"KAZ", "KZ", 398, "Kazakhstan", "Caucasus and Central Asia"},
    {"KEN", "KE", 404, "Kenya", "Eastern Africa"},
    {"KGZ", "KG", 417, "Kyrgyzstan", "Caucasus and Central Asia"},
    {"KWT", "KW", 414, "Kuwait", "Middle East"},
    {"LBN", "LB", 422, "Lebanon", "Middle East"},
    {"LBY", "LY", 434, "Libya", "Northern Africa"},
    {"LKA", "LK", 144, "Sri Lanka", "South Asia"},
    {"MAR", "MA", 504, "Morocco", "Northern Africa"},
    {"MLI", "ML", 466, "Mali", "Western Africa"},
    {"MMR", "MM", 104, "Myanmar", "Southeast Asia"},
    {"MOZ", "MZ", 508, "Mozambique", "Southern Africa"},
    {"MRT", "MR", 478, "Mauritania", "Western Africa"},
    {"MYS", "MY", 458, "Malaysia", "Southeast Asia"},
    {"NER", "NE", 562, "Niger", "Western Africa"},
    {"NGA", "NG", 566, "Nigeria", "Western Africa"},
    {"NPL", "NP", 524, "Nepal", "South Asia"},
    {"OMN", "OM", 512, "Oman", "Middle East"},
    {"PAK", "PK", 586, "Pakistan", "South Asia"},
    {"PHL", "PH", 608, "Philippines", "Southeast Asia"},
    {"PSE", "PS", 275, "Palestine", "Middle East"},
    {"QAT", "QA", 634, "Qatar", "Middle East"},
    {"RUS", "RU", 643, "Russia", "Europe"},
    {"RWA", "RW", 646, "Rwanda", "Eastern Africa"},
    {"SAU", "SA", 682, "Saudi Arabia", "Middle East"},
    {"SDN", "SD", 729, "Sudan", "Northern Africa"},
    {"SEN", "SN", 686, "Senegal", "Western Africa"},
    {"SOM", "SO", 706, "Somalia", "Eastern Africa"},
    {"SSD", "SS", 728, "South Sudan", "Eastern Africa"},
    {"SYR", "SY", 760, "Syria", "Middle East"},
    {"TCD", "TD", 148, "Chad", "Middle Africa"},
    {"TGO", "TG", 768, "Togo", "Western Africa"},
    {"THA", "TH", 764, "Thailand", "Southeast Asia"},
    {"TJK", "TJ", 762, "Tajikistan", "Caucasus and Central Asia"},
    {"TKM", "TM", 795, "Turkmenistan", "Caucasus and Central Asia"},
    {"TUN", "TN", 788, "Tunisia", "Northern Africa"},
    {"TUR", "TR", 792, "Turkey", "Middle East"},
    {"TZA", "TZ", 834, "Tanzania", "Eastern Africa"},
    {"UGA", "UG", 800, "Uganda", "Eastern Africa"},
    {"UKR", "UA", 804, "Ukraine", "Europe"},
    {"USA", "US", 840, "United States", "North America"},
    {"UZB", "UZ", 860, "Uzbekistan", "Caucasus and Central Asia"},
    {"YEM", "YE", 887, "Yemen", "Middle East"},
};

static const country_row *country(const char *iso3)
{
    size_t lo = 0, hi = sizeof COUNTRIES / sizeof *COUNTRIES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(COUNTRIES[mid].iso3, iso3);
        if (c == 0) return &COUNTRIES[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const char *ds_country_alpha2(const char *iso3)
{
    const country_row *c = iso3 && *iso3 ? country(iso3) : NULL;
    return c ? c->iso2 : NULL;
}

/* One CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
static void field(buf *b, const char *s, bool last)
{
    if (s && *s) {
        if (strpbrk(s, ",\"\r\n")) {
            buf_putc(b, '"');
            for (const char *p = s; *p; p++) {
                if (*p == '"') buf_putc(b, '"');
                buf_putc(b, *p);
            }
            buf_putc(b, '"');
        } else {
            buf_puts(b, s);
        }
    }
    buf_puts(b, last ? "\r\n" : ",");
}

static void ifield(buf *b, long long v, bool present)
{
    if (present) buf_printf(b, "%lld", v);
    buf_putc(b, ',');
}

/* ACLED inter code of an actor type (Codebook: 1 state forces, 2 rebel
 * groups, 3 political militias, 4 identity militias, 5 rioters, 6
 * protesters, 7 civilians, 8 external/other forces); 0 unknown. */
static int inter_code(const ds_actor *a, const char *event_country)
{
    if (!a || !a->type) return 0;
    if (!strcmp(a->type, "state_force") || !strcmp(a->type, "government"))
        return a->country[0] && event_country[0] && strcmp(a->country, event_country) ? 8 : 1;
    if (!strcmp(a->type, "armed_group")) return 2;
    if (!strcmp(a->type, "party")) return 3;
    if (!strcmp(a->type, "protesters")) return 6;
    if (!strcmp(a->type, "civilians")) return 7;
    if (!strcmp(a->type, "international")) return 8;
    return 0;
}

static const ds_actor *find_actor(const ds_extraction *x, const strmap *index, const char *name)
{
    uint32_t i;
    if (name && strmap_get(index, name, strlen(name), &i)) return &x->actors.v[i];
    return NULL;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static const char COLUMNS[] =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
    "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
    "source_scale,notes,fatalities,tags,timestamp";

static void joined(buf *tmp, const ds_str_vec *v)
{
    buf_reset(tmp);
    for (uint32_t i = 0; i < v->n; i++) {
        if (i) buf_puts(tmp, "; ");
        buf_puts(tmp, v->v[i]);
    }
}

ds_status ds_export_acled(buf *out, const ds_extraction *x)
{
    strmap index = STRMAP_INIT;
    bool ok = true;
    for (uint32_t i = 0; i < x->actors.n && ok; i++) {
        const ds_actor *a = &x->actors.v[i];
        for (uint32_t k = 0; k < a->aliases.n && ok; k++)
            ok = strmap_put(&index, a->aliases.v[k], strlen(a->aliases.v[k]), i);
        if (a->name && ok) ok = strmap_put(&index, a->name, strlen(a->name), i);
    }
    buf_puts(out, COLUMNS);
    buf_puts(out, "\r\n");
    buf tmp = BUF_INIT;
    strmap seq = STRMAP_INIT; /* per-country event numbers */
    for (uint32_t i = 0; i < x->events.n && ok; i++) {
        const ds_event *e = &x->events.v[i];
        const char *cc = e->country[0] ? e->country : "XXX";
        uint32_t n = 0;
        strmap_get(&seq, cc, strlen(cc), &n);
        ok = strmap_put(&seq, cc, strlen(cc), ++n);
        buf_reset(&tmp);
        buf_printf(&tmp, "%s%u", cc, n);
        field(out, tmp.data, false);
        int y = 0, m = 1, d = 1;
        int parts = e->date[0] ? sscanf(e->date, "%4d-%2d-%2d", &y, &m, &d) : 0;
        buf_reset(&tmp);
        if (parts >= 1) buf_printf(&tmp, "%04d-%02d-%02d", y, m, d);
        field(out, tmp.data, false);
        ifield(out, y, parts >= 1);
        int tp = e->time_precision ? e->time_precision : parts == 3 ? 1 : parts ? 3 : 0;
        ifield(out, tp, tp != 0);
        field(out, e->disorder_type, false);
        field(out, e->event_type, false);
        field(out, e->sub_event_type, false);
        field(out, e->actor1, false);
        joined(&tmp, &e->assoc_actor1);
        field(out, tmp.data, false);
        int i1 = e->actor1 ? inter_code(find_actor(x, &index, e->actor1), e->country) : -1;
        ifield(out, i1, i1 >= 0);
        const country_row *c = e->country[0] ? country(e->country) : NULL;
        /* violence against civilians with no target named: ACLED codes its
         * victims "Civilians (Country)", inter 7 */
        bool victims = !e->actor2 && c && e->event_type &&
                       !strcmp(e->event_type, "Violence against civilians");
        buf_reset(&tmp);
        if (victims) buf_printf(&tmp, "Civilians (%s)", c->name);
        field(out, victims ? tmp.data : e->actor2, false);
        joined(&tmp, &e->assoc_actor2);
        field(out, tmp.data, false);
        int i2 = victims     ? 7
                 : e->actor2 ? inter_code(find_actor(x, &index, e->actor2), e->country)
                             : -1;
        ifield(out, i2, i2 >= 0);
        int inter = i1 < 0 ? -1 : i2 < 0 ? i1 * 10 : i1 < i2 ? i1 * 10 + i2 : i2 * 10 + i1;
        ifield(out, inter, inter >= 0);
        field(out, i2 == 7 ? "Civilian targeting" : NULL, false);
        ifield(out, c ? c->numeric : 0, c != NULL);
        field(out, c ? c->region : NULL, false);
        field(out, c ? c->name : e->country, false);
        field(out, e->admin1, false);
        field(out, e->admin2, false);
        field(out, NULL, false); /* admin3 */
        field(out, e->location, false);
        buf_reset(&tmp);
        if (e->has_coords) buf_printf(&tmp, "%.4f", e->latitude);
        field(out, tmp.data, false);
        buf_reset(&tmp);
        if (e->has_coords) buf_printf(&tmp, "%.4f", e->longitude);
        field(out, tmp.data, false);
        ifield(out, e->geo_precision, e->geo_precision != 0);
        buf_reset(&tmp);
        const char *first_date = NULL;
        for (uint32_t k = 0; k < e->sources.n; k++) {
            const ds_docinfo *di = &x->docs.v[e->sources.v[k].doc];
            bool seen = false;
            for (uint32_t j = 0; j < k && !seen; j++)
                seen = e->sources.v[j].doc == e->sources.v[k].doc;
            if (seen) continue;
            if (tmp.len) buf_puts(&tmp, "; ");
            buf_puts(&tmp, di->title && *di->title ? di->title : di->path);
            if (!first_date && di->date[0]) first_date = di->date;
        }
        field(out, tmp.data, false);
        field(out, NULL, false); /* source_scale */
        field(out, e->sources.n ? e->sources.v[0].text : NULL, false);
        ifield(out, e->fatalities, e->fatalities != DS_NULL_INT);
        buf_reset(&tmp);
        if (e->weapon) buf_printf(&tmp, "weapon: %s", e->weapon);
        if (e->claimed == 1)
            buf_printf(&tmp, "%sclaimed%s%s", tmp.len ? "; " : "", e->claimed_by ? " by " : "",
                       e->claimed_by ? e->claimed_by : "");
        field(out, tmp.data, false);
        int ty = 0, tm = 1, td = 1;
        int tparts = first_date ? sscanf(first_date, "%4d-%2d-%2d", &ty, &tm, &td) : 0;
        buf_reset(&tmp);
        if (tparts >= 1) buf_printf(&tmp, "%lld", days_from_civil(ty, tm, td) * 86400);
        field(out, tmp.data, true);
    }
    buf_free(&tmp);
    strmap_free(&seq);
    strmap_free(&index);
    return !ok || out->failed ? DS_ENOMEM : DS_OK;
}
