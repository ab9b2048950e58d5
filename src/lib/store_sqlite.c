/* store_sqlite.c - the knowledge base (store.h) on SQLite: the last stage of
 * `dossier ingest`, after extraction and resolve. One transaction per
 * document (WAL journal, so a crash at any moment leaves the previous commit
 * intact); facts are resolved against the store (actors by folded name or
 * alias, events by id or date overlap + country + ACLED type + actor1) and
 * keep every source that backs them. Schema and migrations: schema.sql.
 */
#include "ctx.h"
#include "facts.h"
#include "fold.h"
#include "util/buf.h"
#include "util/sha.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "schema_sql.h"

enum { STMT_CACHE = 64 };

struct ds_store {
    sqlite3 *db;
    struct {
        const char *sql; /* a string literal: cached by its address */
        sqlite3_stmt *stmt;
    } cache[STMT_CACHE];
    int ncache;
};

/* ---- helpers ------------------------------------------------------------ */

static ds_status db_fail(ds_store *s, ds_ctx *ctx, const char *what)
{
    return ds_ctx_fail(ctx, DS_ESTORE, "store: %s: %s", what, sqlite3_errmsg(s->db));
}

static ds_status exec(ds_store *s, ds_ctx *ctx, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &err) == SQLITE_OK) return DS_OK;
    ds_status st = ds_ctx_fail(ctx, DS_ESTORE, "store: %s", err ? err : "exec failed");
    sqlite3_free(err);
    return st;
}

static sqlite3_stmt *prep(ds_store *s, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &stmt, NULL) != SQLITE_OK) return NULL;
    return stmt;
}

/* The prepared statement of a literal SQL string, kept for the store's life
 * (ingest runs the same few dozen statements per document: preparing them
 * each time was most of its CPU). Reset with bindings cleared; the caller
 * must not finalize it. NULL when it does not prepare. */
static sqlite3_stmt *cached(ds_store *s, const char *sql)
{
    for (int i = 0; i < s->ncache; i++) {
        if (s->cache[i].sql != sql) continue;
        sqlite3_reset(s->cache[i].stmt);
        sqlite3_clear_bindings(s->cache[i].stmt);
        return s->cache[i].stmt;
    }
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
        return NULL;
    if (s->ncache == STMT_CACHE) { /* more statements than the cache holds: a bug */
        sqlite3_finalize(stmt);
        return NULL;
    }
    s->cache[s->ncache].sql = sql;
    s->cache[s->ncache++].stmt = stmt;
    return stmt;
}

/* Binds s as text, NULL or "" as SQL NULL. */
static void bind_str(sqlite3_stmt *st, int i, const char *s)
{
    if (s && *s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static void bind_int_or_null(sqlite3_stmt *st, int i, int32_t v)
{
    if (v == DS_NULL_INT)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_int(st, i, v);
}

static const char *col_str(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* The matching key of a name: folded, only letters and digits, a leading
 * "the " dropped ("The Islamic State–Khorasan" = "islamicstatekhorasan"). */
static void norm_key(buf *out, const char *name)
{
    buf f = BUF_INIT;
    buf_reset(out);
    if (!name) return;
    ds_fold_append(&f, name, strlen(name));
    const char *p = f.data ? f.data : "";
    if (strncmp(p, "the ", 4) == 0) p += 4;
    for (; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) buf_putc(out, (char)c);
    }
    if (!out->data) buf_puts(out, "");
    buf_free(&f);
}

/* The day range [lo, hi] an ISO date at its precision covers, as strings
 * that compare like dates ("2022-04" -> 2022-04-01 .. 2022-04-31). */
static void date_range(char lo[11], char hi[11], const char *date, const char *date_end)
{
    lo[0] = hi[0] = '\0';
    if (!date || !*date) return;
    size_t n = strlen(date);
    if (n == 4)
        snprintf(lo, 11, "%.4s-01-01", date);
    else if (n == 7)
        snprintf(lo, 11, "%.7s-01", date);
    else
        snprintf(lo, 11, "%.10s", date);
    const char *e = date_end && *date_end ? date_end : date;
    n = strlen(e);
    if (n == 4)
        snprintf(hi, 11, "%.4s-12-31", e);
    else if (n == 7)
        snprintf(hi, 11, "%.7s-31", e);
    else
        snprintf(hi, 11, "%.10s", e);
}

static char *json_str_array(const ds_str_vec *v)
{
    buf b = BUF_INIT;
    jw w;
    jw_init(&w, &b, false);
    jw_arr(&w);
    for (uint32_t i = 0; i < v->n; i++) jw_str(&w, v->v[i]);
    jw_end_arr(&w);
    return buf_take(&b, NULL);
}

/* ---- open / close --------------------------------------------------------- */

/* Applies the migrations of schema.sql above the current user_version, each
 * in its own transaction. */
static ds_status migrate(ds_store *s, ds_ctx *ctx)
{
    sqlite3_stmt *st = prep(s, "PRAGMA user_version");
    if (!st) return db_fail(s, ctx, "reading the schema version");
    int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    const char *marker = "-- migration ";
    int latest = 0;
    for (const char *p = strstr(ds_schema_sql, marker); p; p = strstr(p + 1, marker))
        latest = atoi(p + strlen(marker));
    if (version > latest)
        return ds_ctx_fail(ctx, DS_ESTORE,
                           "store: schema version %d is newer than this dossier's (%d)", version,
                           latest);
    for (const char *p = strstr(ds_schema_sql, marker); p;) {
        int n = atoi(p + strlen(marker));
        const char *body = strchr(p, '\n');
        const char *next = strstr(p + 1, marker);
        if (!body) break;
        if (n > version) {
            size_t blen = (size_t)((next ? next : body + strlen(body)) - body);
            buf sql = BUF_INIT;
            buf_puts(&sql, "BEGIN IMMEDIATE;");
            buf_put(&sql, body, blen);
            buf_printf(&sql, ";PRAGMA user_version=%d;COMMIT;", n);
            if (sql.failed) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
            ds_status rc = exec(s, ctx, sql.data);
            buf_free(&sql);
            if (rc != DS_OK) {
                sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
                return rc;
            }
        }
        p = next;
    }
    return DS_OK;
}

ds_status ds_store_open(ds_store **out, ds_ctx *ctx, const char *path)
{
    *out = NULL;
    ds_store *s = calloc(1, sizeof *s);
    if (!s) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    ds_status st;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        st = ds_ctx_fail(ctx, DS_ESTORE, "%s: cannot open store: %s", path,
                         s->db ? sqlite3_errmsg(s->db) : "out of memory");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    if ((st =
             exec(s, ctx,
                  "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")) !=
        DS_OK) {
        ds_ctx_fail(ctx, DS_ESTORE, "%s: not a dossier store (%s)", path, ds_ctx_errmsg(ctx));
        goto fail;
    }
    if ((st = migrate(s, ctx)) != DS_OK) goto fail;
    *out = s;
    return DS_OK;
fail:
    sqlite3_close(s->db);
    free(s);
    return st;
}

void ds_store_close(ds_store *store)
{
    if (!store) return;
    for (int i = 0; i < store->ncache; i++) sqlite3_finalize(store->cache[i].stmt);
    sqlite3_close_v2(store->db);
    free(store);
}

ds_status ds_store_default_path(char *out, size_t cap, bool mkdirs)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    char dir[4096];
    int n;
    if (xdg && *xdg)
        n = snprintf(dir, sizeof dir, "%s/dossier", xdg);
    else if (home && *home)
        n = snprintf(dir, sizeof dir, "%s/.local/share/dossier", home);
    else
        return DS_EINVAL;
    if (n < 0 || (size_t)n >= sizeof dir) return DS_EINVAL;
    int m = snprintf(out, cap, "%s/dossier.db", dir);
    if (m < 0 || (size_t)m >= cap) return DS_EINVAL;
    if (mkdirs) {
        for (char *p = dir + 1; *p; p++) {
            if (*p != '/') continue;
            *p = '\0';
            if (mkdir(dir, 0755) != 0 && errno != EEXIST) return DS_EIO;
            *p = '/';
        }
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) return DS_EIO;
    }
    return DS_OK;
}

/* ---- ingest --------------------------------------------------------------- */

/* The state of one document's transaction. */
typedef struct ingest {
    ds_store *s;
    ds_ctx *ctx;
    ds_extraction *x;
    uint32_t docidx;
    sqlite3_int64 doc_id;
    sqlite3_int64 doc_source; /* the whole-document source, 0 until needed */
    sqlite3_stmt *ins_source, *ins_cite, *find_actor, *ins_actor, *fill_actor, *ins_alias,
        *ins_alias_src, *ins_actor_src, *ins_area;
    buf key;
    ds_ingest_result *res;
} ingest;

static ds_status ing_fail(ingest *g, const char *what)
{
    return db_fail(g->s, g->ctx, what);
}

static sqlite3_int64 step_id(sqlite3_stmt *st)
{
    sqlite3_int64 id = 0;
    if (sqlite3_step(st) == SQLITE_ROW) id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return id;
}

static bool step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

/* The store id of a source of this document (inserted on first use). */
static sqlite3_int64 source_id(ingest *g, const ds_source *src)
{
    sqlite3_stmt *st = g->ins_source;
    sqlite3_bind_int64(st, 1, g->doc_id);
    sqlite3_bind_int64(st, 2, src ? src->start : 0);
    sqlite3_bind_int64(st, 3, src ? src->end : 0);
    bind_str(st, 4, src ? src->text : NULL);
    sqlite3_int64 id = step_id(st);
    if (!id || !src) return id;
    for (uint32_t i = 0; i < src->ncitations; i++) {
        sqlite3_bind_int64(g->ins_cite, 1, id);
        bind_str(g->ins_cite, 2, src->citations[i]);
        if (!step_done(g->ins_cite)) return 0;
    }
    return id;
}

static sqlite3_int64 doc_source(ingest *g)
{
    if (!g->doc_source) g->doc_source = source_id(g, NULL);
    return g->doc_source;
}

/* Source ids of v that belong to this document, into ids (at most cap);
 * the whole-document source when none does. Returns the count (0 = error). */
static uint32_t sources_of(ingest *g, const ds_source_vec *v, sqlite3_int64 *ids, uint32_t cap,
                           uint32_t *which)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < v->n && n < cap; i++) {
        if (v->v[i].doc != g->docidx) continue;
        if (!(ids[n] = source_id(g, &v->v[i]))) return 0;
        if (which) which[n] = i;
        n++;
    }
    if (n == 0) {
        if (!(ids[0] = doc_source(g))) return 0;
        if (which) which[0] = UINT32_MAX;
        n = 1;
    }
    return n;
}

static bool has_source_in(const ds_source_vec *v, uint32_t docidx)
{
    for (uint32_t i = 0; i < v->n; i++)
        if (v->v[i].doc == docidx) return true;
    return false;
}

/* The actor whose name or alias folds like name, or 0. */
static sqlite3_int64 find_actor(ingest *g, const char *name)
{
    norm_key(&g->key, name);
    if (!g->key.len) return 0;
    sqlite3_bind_text(g->find_actor, 1, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
    return step_id(g->find_actor);
}

static bool link_actor_sources(ingest *g, sqlite3_int64 actor, const sqlite3_int64 *src, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        sqlite3_bind_int64(g->ins_actor_src, 1, actor);
        sqlite3_bind_int64(g->ins_actor_src, 2, src[i]);
        if (!step_done(g->ins_actor_src)) return false;
    }
    return true;
}

/* Finds or creates the actor called name; a new one gets the sources given. */
static sqlite3_int64 actor_by_name(ingest *g, const char *name, const char *type,
                                   const sqlite3_int64 *src, uint32_t nsrc)
{
    if (!name || !*name) return 0;
    sqlite3_int64 id = find_actor(g, name);
    if (!id) {
        sqlite3_stmt *st = g->ins_actor;
        sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        bind_str(st, 3, type);
        if (!step_done(st)) return 0;
        id = sqlite3_last_insert_rowid(g->s->db);
        if (g->res) g->res->actors_new++;
    }
    if (!link_actor_sources(g, id, src, nsrc)) return 0;
    return id;
}

static ds_status ingest_actor(ingest *g, const ds_actor *a)
{
    sqlite3_int64 src[64];
    uint32_t nsrc = sources_of(g, &a->sources, src, 64, NULL);
    if (!nsrc) return ing_fail(g, "inserting a source");
    sqlite3_int64 id = find_actor(g, a->name);
    for (uint32_t i = 0; !id && i < a->aliases.n; i++) id = find_actor(g, a->aliases.v[i]);
    if (!id && !(id = actor_by_name(g, a->name, a->type, src, nsrc)))
        return ing_fail(g, "inserting an actor");
    if (!link_actor_sources(g, id, src, nsrc)) return ing_fail(g, "linking an actor");
    sqlite3_stmt *st = g->fill_actor;
    bind_str(st, 1, a->type);
    bind_str(st, 2, a->parent);
    bind_str(st, 3, a->country);
    bind_str(st, 4, a->founded);
    if (a->has_strength) {
        sqlite3_bind_int64(st, 5, a->strength_min);
        sqlite3_bind_int64(st, 6, a->strength_max);
    } else {
        sqlite3_bind_null(st, 5);
        sqlite3_bind_null(st, 6);
    }
    bind_str(st, 7, a->strength_source);
    bind_str(st, 8, a->headquarters);
    sqlite3_bind_int64(st, 9, id);
    if (!step_done(st)) return ing_fail(g, "updating an actor");
    /* the name itself, when it differs from the stored one, is an alias */
    for (uint32_t i = 0; i <= a->aliases.n; i++) {
        const char *al = i < a->aliases.n ? a->aliases.v[i] : a->name;
        norm_key(&g->key, al);
        if (!g->key.len) continue;
        sqlite3_bind_int64(g->ins_alias, 1, id);
        sqlite3_bind_text(g->ins_alias, 2, al, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(g->ins_alias, 3, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        if (!step_done(g->ins_alias)) return ing_fail(g, "inserting an alias");
        sqlite3_bind_int64(g->ins_alias_src, 1, id);
        sqlite3_bind_text(g->ins_alias_src, 2, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        sqlite3_bind_int64(g->ins_alias_src, 3, src[0]);
        if (!step_done(g->ins_alias_src)) return ing_fail(g, "linking an alias");
    }
    for (uint32_t i = 0; i < a->areas.n; i++) {
        sqlite3_bind_int64(g->ins_area, 1, id);
        bind_str(g->ins_area, 2, a->areas.v[i]);
        if (!step_done(g->ins_area)) return ing_fail(g, "inserting an area");
    }

    ds_status rc = DS_OK;
    sqlite3_stmt *ins_person =
        cached(g->s, "INSERT INTO person(name, norm) VALUES (?1, ?2) "
                     "ON CONFLICT(norm) DO UPDATE SET name=name RETURNING id");
    sqlite3_stmt *ins_lead = cached(
        g->s, "INSERT INTO leadership(actor, person, role, start, \"end\", open_end, status, seq) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(actor, person, role) DO UPDATE "
              "SET start=coalesce(start, excluded.start), \"end\"=coalesce(\"end\", "
              "excluded.\"end\"), open_end=max(open_end, excluded.open_end), "
              "status=coalesce(status, excluded.status) RETURNING id");
    sqlite3_stmt *lead_src =
        cached(g->s, "INSERT OR IGNORE INTO leadership_source VALUES (?1, ?2)");
    sqlite3_stmt *ins_aff = cached(
        g->s, "INSERT INTO affiliation(actor, name, norm, relation, start, \"end\", disputed, "
              "note, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(actor, norm, "
              "relation) DO UPDATE SET start=coalesce(start, excluded.start), "
              "\"end\"=coalesce(\"end\", excluded.\"end\"), disputed=max(disputed, "
              "excluded.disputed), note=coalesce(note, excluded.note) RETURNING id");
    sqlite3_stmt *aff_src =
        cached(g->s, "INSERT OR IGNORE INTO affiliation_source VALUES (?1, ?2)");
    sqlite3_stmt *ins_out =
        cached(g->s, "INSERT INTO outlet(actor, name, norm, languages, platforms, seq) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(actor, norm) DO UPDATE SET "
                     "languages=coalesce(languages, excluded.languages) RETURNING id");
    sqlite3_stmt *out_src = cached(g->s, "INSERT OR IGNORE INTO outlet_source VALUES (?1, ?2)");
    sqlite3_stmt *max_seq = cached(g->s, "SELECT coalesce(max(seq), 0) FROM leadership WHERE "
                                         "actor=?1 UNION ALL SELECT coalesce(max(seq), 0) FROM "
                                         "affiliation WHERE actor=?1 UNION ALL SELECT "
                                         "coalesce(max(seq), 0) FROM outlet WHERE actor=?1");
    if (!ins_person || !ins_lead || !lead_src || !ins_aff || !aff_src || !ins_out || !out_src ||
        !max_seq) {
        rc = ing_fail(g, "preparing");
        goto done;
    }
    /* new terms are numbered after those the store has, to keep source order */
    sqlite3_int64 seq[3] = {0, 0, 0};
    sqlite3_bind_int64(max_seq, 1, id);
    for (int k = 0; k < 3 && sqlite3_step(max_seq) == SQLITE_ROW; k++)
        seq[k] = sqlite3_column_int64(max_seq, 0);
    sqlite3_reset(max_seq);

    for (uint32_t i = 0; i < a->leaders.n; i++) {
        const ds_leader *l = &a->leaders.v[i];
        if (!l->name || !*l->name) continue;
        norm_key(&g->key, l->name);
        sqlite3_bind_text(ins_person, 1, l->name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins_person, 2, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        sqlite3_int64 pid = step_id(ins_person);
        if (!pid) {
            rc = ing_fail(g, "inserting a person");
            goto done;
        }
        sqlite3_bind_int64(ins_lead, 1, id);
        sqlite3_bind_int64(ins_lead, 2, pid);
        sqlite3_bind_text(ins_lead, 3, l->role ? l->role : "", -1, SQLITE_TRANSIENT);
        bind_str(ins_lead, 4, l->start);
        bind_str(ins_lead, 5, l->end);
        sqlite3_bind_int(ins_lead, 6, l->open_end);
        bind_str(ins_lead, 7, l->status);
        sqlite3_bind_int64(ins_lead, 8, seq[0] + i + 1);
        sqlite3_int64 lid = step_id(ins_lead);
        sqlite3_int64 ls[32];
        uint32_t nls = lid ? sources_of(g, &l->sources, ls, 32, NULL) : 0;
        for (uint32_t k = 0; k < nls; k++) {
            sqlite3_bind_int64(lead_src, 1, lid);
            sqlite3_bind_int64(lead_src, 2, ls[k]);
            if (!step_done(lead_src)) nls = 0;
        }
        if (!nls) {
            rc = ing_fail(g, "inserting a leadership term");
            goto done;
        }
    }
    for (uint32_t i = 0; i < a->affiliations.n; i++) {
        const ds_affiliation *f = &a->affiliations.v[i];
        if (!f->name || !*f->name) continue;
        norm_key(&g->key, f->name);
        sqlite3_bind_int64(ins_aff, 1, id);
        sqlite3_bind_text(ins_aff, 2, f->name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins_aff, 3, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins_aff, 4, f->relation ? f->relation : "", -1, SQLITE_TRANSIENT);
        bind_str(ins_aff, 5, f->start);
        bind_str(ins_aff, 6, f->end);
        sqlite3_bind_int(ins_aff, 7, f->disputed);
        bind_str(ins_aff, 8, f->note);
        sqlite3_bind_int64(ins_aff, 9, seq[1] + i + 1);
        sqlite3_int64 fid = step_id(ins_aff);
        sqlite3_int64 fs[32];
        uint32_t nfs = fid ? sources_of(g, &f->sources, fs, 32, NULL) : 0;
        for (uint32_t k = 0; k < nfs; k++) {
            sqlite3_bind_int64(aff_src, 1, fid);
            sqlite3_bind_int64(aff_src, 2, fs[k]);
            if (!step_done(aff_src)) nfs = 0;
        }
        if (!nfs) {
            rc = ing_fail(g, "inserting an affiliation");
            goto done;
        }
    }
    for (uint32_t i = 0; i < a->media_outlets.n; i++) {
        const ds_outlet *o = &a->media_outlets.v[i];
        if (!o->name || !*o->name) continue;
        norm_key(&g->key, o->name);
        char *langs = o->languages.n ? json_str_array(&o->languages) : NULL;
        char *plats = o->platforms.n ? json_str_array(&o->platforms) : NULL;
        sqlite3_bind_int64(ins_out, 1, id);
        sqlite3_bind_text(ins_out, 2, o->name, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins_out, 3, g->key.data, (int)g->key.len, SQLITE_TRANSIENT);
        bind_str(ins_out, 4, langs);
        bind_str(ins_out, 5, plats);
        sqlite3_bind_int64(ins_out, 6, seq[2] + i + 1);
        sqlite3_int64 oid = step_id(ins_out);
        free(langs);
        free(plats);
        /* its own sources; the actor's first when it has none here */
        sqlite3_int64 os[8];
        uint32_t nos = oid ? sources_of(g, &o->sources, os, 8, NULL) : 0;
        if (oid && !nos) os[nos++] = src[0];
        for (uint32_t k = 0; k < nos; k++) {
            sqlite3_bind_int64(out_src, 1, oid);
            sqlite3_bind_int64(out_src, 2, os[k]);
            if (!step_done(out_src)) nos = 0;
        }
        if (!nos) {
            rc = ing_fail(g, "inserting an outlet");
            goto done;
        }
    }
done:
    return rc;
}

#define EVENT_COLS                                                                                 \
    "uid, date, date_end, date_lo, date_hi, event_type, sub_event_type, disorder_type, "           \
    "gtd_attack_type, cameo, actor1, actor1_id, assoc_actor1, actor2, actor2_id, assoc_actor2, "   \
    "country, admin1, admin2, location, latitude, longitude, geo_precision, origin_country, "      \
    "origin_admin1, origin_location, fatalities, injuries, attackers, weapon, claimed, "           \
    "claimed_by, denied_by, attributed_to, time_precision"

/* Binds the event's columns (in EVENT_COLS order) from ?1. */
static void bind_event(sqlite3_stmt *st, const ds_event *e, sqlite3_int64 a1, sqlite3_int64 a2,
                       char **json_tmp)
{
    char lo[11], hi[11];
    date_range(lo, hi, e->date, e->date_end);
    int i = 1;
    bind_str(st, i++, e->id);
    bind_str(st, i++, e->date);
    bind_str(st, i++, e->date_end);
    bind_str(st, i++, lo);
    bind_str(st, i++, hi);
    bind_str(st, i++, e->event_type);
    bind_str(st, i++, e->sub_event_type);
    bind_str(st, i++, e->disorder_type);
    if (e->gtd_attack_type)
        sqlite3_bind_int(st, i++, e->gtd_attack_type);
    else
        sqlite3_bind_null(st, i++);
    bind_str(st, i++, e->cameo);
    bind_str(st, i++, e->actor1);
    if (a1)
        sqlite3_bind_int64(st, i++, a1);
    else
        sqlite3_bind_null(st, i++);
    json_tmp[0] = e->assoc_actor1.n ? json_str_array(&e->assoc_actor1) : NULL;
    bind_str(st, i++, json_tmp[0]);
    bind_str(st, i++, e->actor2);
    if (a2)
        sqlite3_bind_int64(st, i++, a2);
    else
        sqlite3_bind_null(st, i++);
    json_tmp[1] = e->assoc_actor2.n ? json_str_array(&e->assoc_actor2) : NULL;
    bind_str(st, i++, json_tmp[1]);
    bind_str(st, i++, e->country);
    bind_str(st, i++, e->admin1);
    bind_str(st, i++, e->admin2);
    bind_str(st, i++, e->location);
    if (e->has_coords) {
        sqlite3_bind_double(st, i++, e->latitude);
        sqlite3_bind_double(st, i++, e->longitude);
    } else {
        sqlite3_bind_null(st, i++);
        sqlite3_bind_null(st, i++);
    }
    if (e->geo_precision)
        sqlite3_bind_int(st, i++, e->geo_precision);
    else
        sqlite3_bind_null(st, i++);
    bind_str(st, i++, e->origin_country);
    bind_str(st, i++, e->origin_admin1);
    bind_str(st, i++, e->origin_location);
    bind_int_or_null(st, i++, e->fatalities);
    bind_int_or_null(st, i++, e->injuries);
    bind_int_or_null(st, i++, e->attackers);
    bind_str(st, i++, e->weapon);
    if (e->claimed < 0)
        sqlite3_bind_null(st, i++);
    else
        sqlite3_bind_int(st, i++, e->claimed);
    bind_str(st, i++, e->claimed_by);
    json_tmp[2] = e->denied_by.n ? json_str_array(&e->denied_by) : NULL;
    bind_str(st, i++, json_tmp[2]);
    bind_str(st, i++, e->attributed_to);
    if (e->time_precision)
        sqlite3_bind_int(st, i++, e->time_precision);
    else
        sqlite3_bind_null(st, i++);
}

static ds_status ingest_event(ingest *g, const ds_event *e, sqlite3_stmt *by_uid,
                              sqlite3_stmt *match, sqlite3_stmt *ins, sqlite3_stmt *fill,
                              sqlite3_stmt *link)
{
    sqlite3_int64 src[64];
    uint32_t which[64];
    uint32_t nsrc = sources_of(g, &e->sources, src, 64, which);
    if (!nsrc) return ing_fail(g, "inserting a source");
    sqlite3_int64 a1 = actor_by_name(g, e->actor1, NULL, src, nsrc);
    sqlite3_int64 a2 = actor_by_name(g, e->actor2, NULL, src, nsrc);
    sqlite3_bind_text(by_uid, 1, e->id, -1, SQLITE_TRANSIENT);
    sqlite3_int64 id = step_id(by_uid);
    if (!id && e->country[0] && e->date[0] && e->event_type) {
        char lo[11], hi[11];
        date_range(lo, hi, e->date, e->date_end);
        sqlite3_bind_text(match, 1, e->country, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(match, 2, e->event_type, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(match, 3, lo, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(match, 4, hi, -1, SQLITE_TRANSIENT);
        if (a1)
            sqlite3_bind_int64(match, 5, a1);
        else
            sqlite3_bind_null(match, 5);
        id = step_id(match);
    }
    char *tmp[3] = {NULL, NULL, NULL};
    sqlite3_stmt *st = id ? fill : ins;
    bind_event(st, e, a1, a2, tmp);
    if (id) sqlite3_bind_int64(st, 36, id);
    bool ok = step_done(st);
    free(tmp[0]);
    free(tmp[1]);
    free(tmp[2]);
    if (!ok) return ing_fail(g, id ? "updating an event" : "inserting an event");
    if (g->res) {
        if (id)
            g->res->events_merged++;
        else
            g->res->events_new++;
    }
    if (!id) id = sqlite3_last_insert_rowid(g->s->db);
    for (uint32_t k = 0; k < nsrc; k++) {
        int32_t toll = DS_NULL_INT;
        for (uint32_t t = 0; t < e->tolls.n; t++)
            if (e->tolls.v[t].source == which[k]) toll = e->tolls.v[t].fatalities;
        if (toll == DS_NULL_INT && e->tolls.n == 0 && nsrc == 1) toll = e->fatalities;
        sqlite3_bind_int64(link, 1, id);
        sqlite3_bind_int64(link, 2, src[k]);
        bind_int_or_null(link, 3, toll);
        if (!step_done(link)) return ing_fail(g, "linking an event");
    }
    return DS_OK;
}

static ds_status ingest_events(ingest *g)
{
    ds_status rc = DS_OK;
    sqlite3_stmt *ins = cached(
        g->s, "INSERT INTO event(" EVENT_COLS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
              "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)");
    /* a merged event keeps what it had and gains what it lacked */
    sqlite3_stmt *fill = cached(
        g->s,
        "UPDATE event SET date_end=coalesce(date_end, ?3), sub_event_type=coalesce(sub_event_type, "
        "?7), disorder_type=coalesce(disorder_type, ?8), gtd_attack_type=coalesce(gtd_attack_type, "
        "?9), cameo=coalesce(cameo, ?10), actor1=coalesce(actor1, ?11), actor1_id=coalesce("
        "actor1_id, ?12), assoc_actor1=coalesce(assoc_actor1, ?13), actor2=coalesce(actor2, ?14), "
        "actor2_id=coalesce(actor2_id, ?15), assoc_actor2=coalesce(assoc_actor2, ?16), "
        "admin1=coalesce(admin1, ?18), admin2=coalesce(admin2, ?19), location=coalesce(location, "
        "?20), latitude=coalesce(latitude, ?21), longitude=coalesce(longitude, ?22), "
        "geo_precision=coalesce(geo_precision, ?23), origin_country=coalesce(origin_country, ?24), "
        "origin_admin1=coalesce(origin_admin1, ?25), origin_location=coalesce(origin_location, "
        "?26), fatalities=coalesce(fatalities, ?27), injuries=coalesce(injuries, ?28), "
        "attackers=coalesce(attackers, ?29), weapon=coalesce(weapon, ?30), claimed=coalesce("
        "claimed, ?31), claimed_by=coalesce(claimed_by, ?32), denied_by=coalesce(denied_by, ?33), "
        "attributed_to=coalesce(attributed_to, ?34), time_precision=min(coalesce(time_precision, "
        "?35), coalesce(?35, time_precision)), date=CASE WHEN length(?2) > length(coalesce(date, "
        "'')) THEN ?2 ELSE date END, date_lo=CASE WHEN length(?2) > length(coalesce(date, '')) "
        "THEN ?4 ELSE date_lo END, date_hi=CASE WHEN length(?2) > length(coalesce(date, '')) THEN "
        "?5 ELSE date_hi END, uid=uid, event_type=coalesce(event_type, ?6), country=coalesce("
        "country, ?17), actor1=coalesce(actor1, ?11), uid=coalesce(uid, ?1) WHERE id=?36");
    sqlite3_stmt *by_uid = cached(g->s, "SELECT id FROM event WHERE uid=?1");
    sqlite3_stmt *match =
        cached(g->s, "SELECT id FROM event WHERE country=?1 AND event_type=?2 AND "
                     "actor1_id IS ?5 AND date_lo BETWEEN date(?3, '-366 days') AND ?4 "
                     "AND date_hi>=?3 "
                     "ORDER BY id LIMIT 1");
    sqlite3_stmt *link = cached(g->s, "INSERT INTO event_source(event, source, fatalities) VALUES "
                                      "(?1, ?2, ?3) ON CONFLICT DO UPDATE SET fatalities="
                                      "coalesce(fatalities, excluded.fatalities)");
    if (!ins || !fill || !by_uid || !match || !link) {
        rc = ing_fail(g, "preparing events");
        goto done;
    }
    for (uint32_t i = 0; i < g->x->events.n && rc == DS_OK; i++) {
        const ds_event *e = &g->x->events.v[i];
        if (g->x->docs.n > 1 && e->sources.n && !has_source_in(&e->sources, g->docidx)) continue;
        rc = ingest_event(g, e, by_uid, match, ins, fill, link);
    }
done:
    return rc;
}

static bool actor_in_doc(const ds_actor *a, uint32_t docidx, uint32_t ndocs)
{
    if (ndocs <= 1 || has_source_in(&a->sources, docidx)) return true;
    bool any = a->sources.n > 0;
    for (uint32_t i = 0; i < a->leaders.n; i++) {
        any |= a->leaders.v[i].sources.n > 0;
        if (has_source_in(&a->leaders.v[i].sources, docidx)) return true;
    }
    for (uint32_t i = 0; i < a->affiliations.n; i++) {
        any |= a->affiliations.v[i].sources.n > 0;
        if (has_source_in(&a->affiliations.v[i].sources, docidx)) return true;
    }
    return !any; /* an actor with no source at all belongs to every document */
}

static ds_status ingest_assessments(ingest *g)
{
    sqlite3_stmt *ins =
        cached(g->s, "INSERT OR IGNORE INTO assessment(source, text, confidence, "
                     "p_min, p_max, subject, topic) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                     "?7)");
    if (!ins) return ing_fail(g, "preparing assessments");
    ds_status rc = DS_OK;
    for (uint32_t i = 0; i < g->x->assessments.n && rc == DS_OK; i++) {
        const ds_assessment *a = &g->x->assessments.v[i];
        if (a->source.doc != g->docidx || !a->text) continue;
        sqlite3_int64 sid = source_id(g, &a->source);
        sqlite3_bind_int64(ins, 1, sid);
        sqlite3_bind_text(ins, 2, a->text, -1, SQLITE_TRANSIENT);
        bind_str(ins, 3, a->confidence);
        sqlite3_bind_double(ins, 4, a->p_min);
        sqlite3_bind_double(ins, 5, a->p_max);
        bind_str(ins, 6, a->subject);
        bind_str(ins, 7, a->topic);
        if (!sid || !step_done(ins)) rc = ing_fail(g, "inserting an assessment");
        if (g->res) g->res->assessments++;
    }
    return rc;
}

/* Before a document is replaced: the facts its sources back (kind 1 event,
 * 2 leadership, 3 affiliation, 4 outlet, 5 actor, 6 person) into the temp
 * table cand, so that the prune after the new version is stored looks at
 * those only, not at the whole store. %lld: the old document's id. */
static const char CANDIDATES_SQL[] =
    "CREATE TEMP TABLE IF NOT EXISTS cand(kind INTEGER, id INTEGER, PRIMARY KEY (kind, id)) "
    "WITHOUT ROWID; DELETE FROM temp.cand;"
    "INSERT OR IGNORE INTO temp.cand SELECT 1, x.event FROM event_source x JOIN source s ON "
    "s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 2, x.leadership FROM leadership_source x JOIN source s "
    "ON s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 3, x.affiliation FROM affiliation_source x JOIN "
    "source s ON s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 4, x.outlet FROM outlet_source x JOIN source s ON "
    "s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 5, x.actor FROM actor_source x JOIN source s ON "
    "s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 5, x.actor FROM alias_source x JOIN source s ON "
    "s.id=x.source WHERE s.document=%lld;"
    "INSERT OR IGNORE INTO temp.cand SELECT 5, l.actor FROM leadership l WHERE l.id IN (SELECT id "
    "FROM temp.cand WHERE kind=2) UNION SELECT 5, a.actor FROM affiliation a WHERE a.id IN (SELECT "
    "id FROM temp.cand WHERE kind=3) UNION SELECT 5, o.actor FROM outlet o WHERE o.id IN (SELECT "
    "id "
    "FROM temp.cand WHERE kind=4) UNION SELECT 5, e.actor1_id FROM event e WHERE e.id IN (SELECT "
    "id "
    "FROM temp.cand WHERE kind=1) AND e.actor1_id IS NOT NULL UNION SELECT 5, e.actor2_id FROM "
    "event "
    "e WHERE e.id IN (SELECT id FROM temp.cand WHERE kind=1) AND e.actor2_id IS NOT NULL;"
    "INSERT OR IGNORE INTO temp.cand SELECT 6, l.person FROM leadership l WHERE l.id IN (SELECT "
    "id FROM temp.cand WHERE kind=2);";

/* Deletes the candidate facts that no longer have a source (after a
 * document was replaced). Order matters: terms before their actors and
 * people. */
static const char PRUNE_SQL[] =
    "DELETE FROM event WHERE id IN (SELECT id FROM temp.cand WHERE kind=1) AND NOT EXISTS "
    "(SELECT 1 FROM event_source WHERE event=event.id);"
    "DELETE FROM leadership WHERE id IN (SELECT id FROM temp.cand WHERE kind=2) AND NOT EXISTS "
    "(SELECT 1 FROM leadership_source WHERE leadership=leadership.id);"
    "DELETE FROM affiliation WHERE id IN (SELECT id FROM temp.cand WHERE kind=3) AND NOT EXISTS "
    "(SELECT 1 FROM affiliation_source WHERE affiliation=affiliation.id);"
    "DELETE FROM outlet WHERE id IN (SELECT id FROM temp.cand WHERE kind=4) AND NOT EXISTS "
    "(SELECT 1 FROM outlet_source WHERE outlet=outlet.id);"
    "DELETE FROM alias WHERE actor IN (SELECT id FROM temp.cand WHERE kind=5) AND NOT EXISTS "
    "(SELECT 1 FROM alias_source s WHERE s.actor=alias.actor AND s.norm=alias.norm);"
    "DELETE FROM actor WHERE id IN (SELECT id FROM temp.cand WHERE kind=5) AND NOT EXISTS "
    "(SELECT 1 FROM actor_source WHERE actor=actor.id) AND NOT EXISTS (SELECT 1 FROM leadership "
    "WHERE actor=actor.id) AND NOT EXISTS (SELECT 1 FROM affiliation WHERE actor=actor.id) AND "
    "NOT EXISTS (SELECT 1 FROM outlet WHERE actor=actor.id) AND NOT EXISTS (SELECT 1 FROM event "
    "WHERE actor1_id=actor.id) AND NOT EXISTS (SELECT 1 FROM event WHERE actor2_id=actor.id);"
    "DELETE FROM person WHERE id IN (SELECT id FROM temp.cand WHERE kind=6) AND NOT EXISTS "
    "(SELECT 1 FROM leadership WHERE person=person.id);";

static void ingest_finalize(ingest *g)
{
    buf_free(&g->key);
}

/* Looks the path up: its id and whether its hash equals sha (0: absent). */
static sqlite3_int64 stored_doc(ds_store *s, const char *path, const char *sha, bool *same)
{
    *same = false;
    sqlite3_stmt *st = cached(s, "SELECT id, sha256 FROM document WHERE path=?1");
    if (!st) return -1;
    sqlite3_bind_text(st, 1, path, -1, SQLITE_TRANSIENT);
    sqlite3_int64 id = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        id = sqlite3_column_int64(st, 0);
        const char *h = col_str(st, 1);
        *same = h && strcmp(h, sha) == 0;
    }
    sqlite3_reset(st);
    return id;
}

/* Stores document docidx of x in one transaction (see ds_store_ingest). */
static ds_status ingest_doc(ds_store *s, ds_ctx *ctx, ds_extraction *x, uint32_t docidx,
                            ds_ingest_result *res)
{
    ds_docinfo *di = &x->docs.v[docidx];
    char sha[65];
    if (di->sha256[0])
        memcpy(sha, di->sha256, sizeof sha);
    else
        sha256_hex(sha, di->text ? di->text : di->path, strlen(di->text ? di->text : di->path));
    ingest g = {0};
    g.s = s;
    g.ctx = ctx;
    g.x = x;
    g.docidx = docidx;
    g.res = res;
    ds_status rc = exec(s, ctx, "BEGIN IMMEDIATE");
    if (rc != DS_OK) return rc;
    bool same;
    sqlite3_int64 old = stored_doc(s, di->path, sha, &same);
    if (old < 0) {
        rc = db_fail(s, ctx, "looking up a document");
        goto rollback;
    }
    if (old && same) {
        if (res) res->outcome = DS_INGEST_UNCHANGED;
        return exec(s, ctx, "COMMIT");
    }
    if (res) res->outcome = old ? DS_INGEST_REPLACED : DS_INGEST_ADDED;
    if (old) {
        char *cand = sqlite3_mprintf(CANDIDATES_SQL, (long long)old, (long long)old, (long long)old,
                                     (long long)old, (long long)old, (long long)old);
        rc = cand ? exec(s, ctx, cand) : ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        sqlite3_free(cand);
        if (rc != DS_OK) goto rollback;
        sqlite3_stmt *del = cached(s, "DELETE FROM document WHERE id=?1");
        if (del) sqlite3_bind_int64(del, 1, old);
        bool ok = del && step_done(del);
        if (!ok) {
            rc = db_fail(s, ctx, "deleting the old version");
            goto rollback;
        }
    }
    sqlite3_stmt *ins = cached(s, "INSERT INTO document(path, title, date, sha256, text, bytes) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (ins) {
        sqlite3_bind_text(ins, 1, di->path, -1, SQLITE_TRANSIENT);
        bind_str(ins, 2, di->title);
        bind_str(ins, 3, di->date);
        sqlite3_bind_text(ins, 4, sha, -1, SQLITE_TRANSIENT);
        bind_str(ins, 5, di->text);
        sqlite3_bind_int64(ins, 6, res ? (sqlite3_int64)res->bytes : 0);
    }
    bool ok = ins && step_done(ins);
    if (!ok) {
        rc = db_fail(s, ctx, "inserting a document");
        goto rollback;
    }
    g.doc_id = sqlite3_last_insert_rowid(s->db);
    g.ins_source = cached(s, "INSERT INTO source(document, start, \"end\", text) VALUES (?1, ?2, "
                             "?3, ?4) ON CONFLICT(document, start, \"end\") DO UPDATE SET "
                             "text=coalesce(text, excluded.text) RETURNING id");
    g.ins_cite = cached(s, "INSERT OR IGNORE INTO citation(source, url) VALUES (?1, ?2)");
    g.find_actor = cached(s, "SELECT id FROM actor WHERE norm=?1 UNION ALL SELECT actor FROM alias "
                             "WHERE norm=?1 LIMIT 1");
    g.ins_actor = cached(s, "INSERT INTO actor(name, norm, type) VALUES (?1, ?2, ?3)");
    g.fill_actor = cached(s, "UPDATE actor SET type=coalesce(type, ?1), parent=coalesce(parent, "
                             "?2), country=coalesce(country, ?3), founded=coalesce(founded, ?4), "
                             "strength_min=coalesce(strength_min, ?5), strength_max=coalesce("
                             "strength_max, ?6), strength_source=coalesce(strength_source, ?7), "
                             "headquarters=coalesce(headquarters, ?8) WHERE id=?9");
    g.ins_alias = cached(s, "INSERT OR IGNORE INTO alias(actor, name, norm) SELECT ?1, ?2, ?3");
    g.ins_alias_src = cached(s, "INSERT OR IGNORE INTO alias_source(actor, norm, source) VALUES "
                                "(?1, ?2, ?3)");
    g.ins_actor_src =
        cached(s, "INSERT OR IGNORE INTO actor_source(actor, source) VALUES (?1, ?2)");
    g.ins_area = cached(s, "INSERT OR IGNORE INTO actor_area(actor, area) VALUES (?1, ?2)");
    if (!g.ins_source || !g.ins_cite || !g.find_actor || !g.ins_actor || !g.fill_actor ||
        !g.ins_alias || !g.ins_alias_src || !g.ins_actor_src || !g.ins_area) {
        rc = db_fail(s, ctx, "preparing");
        goto rollback;
    }
    for (uint32_t i = 0; i < x->actors.n && rc == DS_OK; i++)
        if (actor_in_doc(&x->actors.v[i], docidx, x->docs.n))
            rc = ingest_actor(&g, &x->actors.v[i]);
    if (rc == DS_OK) rc = ingest_events(&g);
    if (rc == DS_OK) rc = ingest_assessments(&g);
    if (rc == DS_OK && old) rc = exec(s, ctx, PRUNE_SQL);
    if (rc != DS_OK) goto rollback;
    ingest_finalize(&g);
    return exec(s, ctx, "COMMIT");
rollback:
    ingest_finalize(&g);
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

ds_status ds_store_ingest(ds_store *store, ds_ctx *ctx, ds_extraction *x, ds_ingest_result *res)
{
    ds_status rc = ds_extraction_finish(x, ctx);
    if (rc != DS_OK) return rc;
    ds_ingest_result sum, one;
    memset(&sum, 0, sizeof sum);
    sum.outcome = DS_INGEST_UNCHANGED;
    for (uint32_t i = 0; i < x->docs.n; i++) {
        memset(&one, 0, sizeof one);
        if ((rc = ingest_doc(store, ctx, x, i, &one)) != DS_OK) return rc;
        if (one.outcome == DS_INGEST_REPLACED || sum.outcome == DS_INGEST_UNCHANGED)
            sum.outcome = one.outcome;
        sum.events_new += one.events_new;
        sum.events_merged += one.events_merged;
        sum.actors_new += one.actors_new;
        sum.assessments += one.assessments;
    }
    if (res) {
        sum.bytes = res->bytes;
        *res = sum;
    }
    return DS_OK;
}

ds_status ds_store_ingest_file(ds_store *store, ds_ctx *ctx, const char *path,
                               const ds_ingest_opts *opts, ds_ingest_result *res)
{
    ds_ingest_result local;
    if (!res) res = &local;
    memset(res, 0, sizeof *res);
    ds_ingest_opts defaults = DS_INGEST_OPTS_INIT;
    if (!opts) opts = &defaults;
    ds_status rc = DS_OK;
    char *bytes = NULL, *real = NULL;
    ds_doc *doc = NULL;
    ds_extraction *x = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) return ds_ctx_fail(ctx, DS_EIO, "%s: %s", path, strerror(errno));
    size_t cap = 1 << 16, n = 0, max = ds_ctx_limits(ctx)->max_doc_bytes;
    bytes = malloc(cap);
    while (bytes) {
        if (n == cap) {
            if (cap > max) break;
            char *nb = realloc(bytes, cap * 2);
            if (!nb) {
                free(bytes);
                bytes = NULL;
                break;
            }
            bytes = nb;
            cap *= 2;
        }
        size_t got = fread(bytes + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    bool err = ferror(f) != 0;
    fclose(f);
    if (!bytes) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    if (err) {
        rc = ds_ctx_fail(ctx, DS_EIO, "%s: read error", path);
        goto done;
    }
    if (n > max) {
        rc = ds_ctx_fail(ctx, DS_ELIMIT, "%s: over the limit of %zu bytes", path, max);
        goto done;
    }
    res->bytes = n;
    real = realpath(path, NULL);
    const char *key = real ? real : path;
    char sha[65];
    sha256_hex(sha, bytes, n);
    bool same;
    if (stored_doc(store, key, sha, &same) > 0 && same) {
        res->outcome = DS_INGEST_UNCHANGED;
        goto done;
    }
    ds_read_opts ro = DS_READ_OPTS_INIT;
    ro.format = opts->format;
    ro.date = opts->date;
    ro.title = opts->title;
    ro.id = "d1";
    if ((rc = ds_doc_read_mem(&doc, ctx, bytes, n, key, &ro)) != DS_OK) goto done;
    if ((rc = ds_extraction_new(&x, ctx)) != DS_OK) goto done;
    if ((rc = ds_extraction_add(x, ctx, doc)) != DS_OK) goto done;
    if ((rc = ds_extraction_finish(x, ctx)) != DS_OK) goto done;
    if (x->docs.n != 1) {
        rc = ds_ctx_fail(ctx, DS_EINVAL, "%s: extraction holds %u documents", path, x->docs.n);
        goto done;
    }
    ds_docinfo *di = &x->docs.v[0];
    memcpy(di->sha256, sha, sizeof sha);
    di->path = ds_facts_str(x, key);
    if (!di->text) di->text = ds_facts_strn(x, doc->text, doc->text_len);
    if (!di->path || !di->text) {
        rc = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        goto done;
    }
    rc = ingest_doc(store, ctx, x, 0, res);
done:
    ds_extraction_free(x);
    ds_doc_free(doc);
    free(real);
    free(bytes);
    return rc;
}

/* ---- questions ------------------------------------------------------------ */

static void jcol(jw *w, const char *key, sqlite3_stmt *st, int i)
{
    jw_key(w, key);
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL:
        jw_null(w);
        break;
    case SQLITE_INTEGER:
        jw_int(w, sqlite3_column_int64(st, i));
        break;
    case SQLITE_FLOAT:
        jw_double(w, sqlite3_column_double(st, i), 5);
        break;
    default:
        jw_str(w, col_str(st, i));
    }
}

/* A column holding a JSON array written by this file (or NULL: []). */
static void jcol_array(jw *w, const char *key, sqlite3_stmt *st, int i)
{
    jw_key(w, key);
    const char *s = col_str(st, i);
    jw_raw(w, s && *s == '[' ? s : "[]");
}

static ds_status finish_json(char **out, size_t *len, buf *b, ds_store *s, ds_ctx *ctx, int rc)
{
    size_t l = 0;
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
        buf_free(b);
        return db_fail(s, ctx, "query");
    }
    *out = buf_take(b, &l);
    if (len) *len = l;
    return *out ? DS_OK : ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
}

/* The sources of one fact: sql selects (document path, title, date, start,
 * end, text, source id, [fatalities]) for ?1 = the fact's id. */
static int write_sources(jw *w, ds_store *s, const char *sql, sqlite3_int64 id)
{
    /* cached: a listing calls this once per fact (preparing the two
     * statements each time was most of the time of `events` on a big store) */
    sqlite3_stmt *st = cached(s, sql);
    sqlite3_stmt *cit = cached(s, "SELECT url FROM citation WHERE source=?1 ORDER BY url");
    if (!st || !cit) return SQLITE_ERROR;
    sqlite3_bind_int64(st, 1, id);
    jw_arr(w);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        jw_obj(w);
        jcol(w, "document", st, 0);
        jcol(w, "title", st, 1);
        jcol(w, "date", st, 2);
        jcol(w, "start", st, 3);
        jcol(w, "end", st, 4);
        jcol(w, "text", st, 5);
        if (sqlite3_column_count(st) > 7) jcol(w, "fatalities", st, 7);
        jw_key(w, "citations");
        jw_arr(w);
        sqlite3_bind_int64(cit, 1, sqlite3_column_int64(st, 6));
        while (sqlite3_step(cit) == SQLITE_ROW) jw_str(w, col_str(cit, 0));
        sqlite3_reset(cit);
        jw_end_arr(w);
        jw_end_obj(w);
    }
    jw_end_arr(w);
    sqlite3_reset(st);
    return rc;
}

#define SRC_COLS "d.path, d.title, d.date, s.start, s.\"end\", s.text, s.id"
static const char EVENT_SOURCES_SQL[] =
    "SELECT " SRC_COLS ", es.fatalities FROM event_source es JOIN source s ON s.id=es.source "
    "JOIN document d ON d.id=s.document WHERE es.event=?1 ORDER BY d.date, d.path, s.start";

static void write_event_row(jw *w, ds_store *s, sqlite3_stmt *st)
{
    jw_obj(w);
    jcol(w, "id", st, 1);
    jcol(w, "store_id", st, 0);
    static const char *const names[] = {"date",           "date_end",      "event_type",
                                        "sub_event_type", "disorder_type", "actor1"};
    for (int i = 0; i < 6; i++) jcol(w, names[i], st, 2 + i);
    jcol_array(w, "assoc_actor1", st, 8);
    jcol(w, "actor2", st, 9);
    jcol_array(w, "assoc_actor2", st, 10);
    static const char *const more[] = {
        "country",        "admin1",          "admin2",          "location",   "latitude",
        "longitude",      "geo_precision",   "time_precision",  "fatalities", "injuries",
        "attackers",      "weapon",          "claimed",         "claimed_by", "attributed_to",
        "origin_country", "origin_location", "gtd_attack_type", "cameo"};
    for (int i = 0; i < 19; i++) {
        if (i == 12) { /* claimed: a boolean */
            jw_key(w, "claimed");
            if (sqlite3_column_type(st, 11 + i) == SQLITE_NULL)
                jw_null(w);
            else
                jw_bool(w, sqlite3_column_int(st, 11 + i) != 0);
            continue;
        }
        jcol(w, more[i], st, 11 + i);
    }
    jcol_array(w, "denied_by", st, 30);
    jcol(w, "n_sources", st, 31);
    jw_key(w, "sources");
    write_sources(w, s, EVENT_SOURCES_SQL, sqlite3_column_int64(st, 0));
    jw_end_obj(w);
}

static const char EVENT_SELECT[] =
    "SELECT e.id, e.uid, e.date, e.date_end, e.event_type, e.sub_event_type, e.disorder_type, "
    "e.actor1, e.assoc_actor1, e.actor2, e.assoc_actor2, e.country, e.admin1, e.admin2, "
    "e.location, e.latitude, e.longitude, e.geo_precision, e.time_precision, e.fatalities, "
    "e.injuries, e.attackers, e.weapon, e.claimed, e.claimed_by, e.attributed_to, "
    "e.origin_country, e.origin_location, e.gtd_attack_type, e.cameo, e.denied_by, "
    "(SELECT count(*) FROM event_source WHERE event=e.id) FROM event e ";

/* The ids of the actors named name (by name or alias) as an SQL subquery
 * bound to parameter ?N (a folded key). */
#define ACTOR_IDS(N)                                                                               \
    "(SELECT id FROM actor WHERE norm=?" #N " UNION SELECT actor FROM alias WHERE norm=?" #N ")"

ds_status ds_store_events(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                          const ds_event_filter *f)
{
    *out = NULL;
    ds_event_filter none = DS_EVENT_FILTER_INIT;
    if (!f) f = &none;
    buf sql = BUF_INIT, key = BUF_INIT, b = BUF_INIT;
    buf_puts(&sql, EVENT_SELECT);
    buf_puts(&sql, "WHERE 1");
    if (f->actor)
        buf_puts(&sql, " AND (e.actor1_id IN " ACTOR_IDS(1) " OR e.actor2_id IN " ACTOR_IDS(1) ")");
    if (f->country) buf_puts(&sql, " AND e.country=upper(?2)");
    if (f->since) buf_puts(&sql, " AND e.date_hi>=?3");
    if (f->until) buf_puts(&sql, " AND e.date_lo<=?4");
    if (f->type)
        buf_puts(&sql, " AND (e.event_type=?5 COLLATE NOCASE OR e.sub_event_type=?5 "
                       "COLLATE NOCASE)");
    if (f->min_fatalities >= 0) buf_puts(&sql, " AND e.fatalities>=?6");
    buf_puts(&sql, " ORDER BY e.date_lo IS NULL, e.date_lo, e.date, e.id");
    if (f->limit > 0) buf_printf(&sql, " LIMIT %d", f->limit);
    if (sql.failed) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    sqlite3_stmt *st = prep(store, sql.data);
    buf_free(&sql);
    if (!st) return db_fail(store, ctx, "events query");
    if (f->actor) {
        norm_key(&key, f->actor);
        sqlite3_bind_text(st, 1, key.data, (int)key.len, SQLITE_TRANSIENT);
    }
    if (f->country) bind_str(st, 2, f->country);
    if (f->since) bind_str(st, 3, f->since);
    if (f->until) {
        char lo[11], hi[11];
        date_range(lo, hi, f->until, NULL);
        bind_str(st, 4, hi);
    }
    if (f->type) bind_str(st, 5, f->type);
    if (f->min_fatalities >= 0) sqlite3_bind_int(st, 6, f->min_fatalities);
    jw w;
    jw_init(&w, &b, true);
    jw_arr(&w);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) write_event_row(&w, store, st);
    jw_end_arr(&w);
    buf_putc(&b, '\n');
    sqlite3_finalize(st);
    buf_free(&key);
    return finish_json(out, len, &b, store, ctx, rc);
}

/* Runs sql (bound ?1 = id) and writes each row as an object with the
 * column names as keys, into an array under key. */
static int rows_as_objects(jw *w, ds_store *s, const char *key, const char *sql, sqlite3_int64 id,
                           const char *sources_sql)
{
    sqlite3_stmt *st = prep(s, sql);
    if (!st) return SQLITE_ERROR;
    sqlite3_bind_int64(st, 1, id);
    jw_key(w, key);
    jw_arr(w);
    int rc, ncol = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        jw_obj(w);
        for (int i = sources_sql ? 1 : 0; i < ncol; i++) {
            const char *name = sqlite3_column_name(st, i);
            if (strcmp(name, "languages") == 0 || strcmp(name, "platforms") == 0)
                jcol_array(w, name, st, i);
            else
                jcol(w, name, st, i);
        }
        if (sources_sql) {
            jw_key(w, "sources");
            write_sources(w, s, sources_sql, sqlite3_column_int64(st, 0));
        }
        jw_end_obj(w);
    }
    jw_end_arr(w);
    sqlite3_finalize(st);
    return rc;
}

ds_status ds_store_actor(char **out, size_t *len, ds_store *store, ds_ctx *ctx, const char *name)
{
    *out = NULL;
    buf key = BUF_INIT, b = BUF_INIT;
    norm_key(&key, name);
    sqlite3_stmt *st = prep(store, "SELECT id, name, type, parent, country, founded, "
                                   "strength_min, strength_max, strength_source, headquarters "
                                   "FROM actor WHERE id IN " ACTOR_IDS(
                                       1) " ORDER BY "
                                          "(norm=?1) DESC, (SELECT count(*) FROM event WHERE "
                                          "actor1_id=actor.id) DESC, id LIMIT 1");
    if (!st) {
        buf_free(&key);
        return db_fail(store, ctx, "actor query");
    }
    sqlite3_bind_text(st, 1, key.data ? key.data : "", (int)key.len, SQLITE_TRANSIENT);
    buf_free(&key);
    jw w;
    jw_init(&w, &b, true);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) return db_fail(store, ctx, "actor query");
        buf_puts(&b, "null\n");
        return finish_json(out, len, &b, store, ctx, SQLITE_DONE);
    }
    sqlite3_int64 id = sqlite3_column_int64(st, 0);
    jw_obj(&w);
    jcol(&w, "name", st, 1);
    jcol(&w, "type", st, 2);
    jcol(&w, "parent", st, 3);
    jcol(&w, "country", st, 4);
    jcol(&w, "founded", st, 5);
    jw_key(&w, "strength");
    if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
        jw_obj(&w);
        jcol(&w, "min", st, 6);
        jcol(&w, "max", st, 7);
        jcol(&w, "source", st, 8);
        jw_end_obj(&w);
    } else {
        jw_null(&w);
    }
    jcol(&w, "headquarters", st, 9);
    sqlite3_finalize(st);
    rc = SQLITE_DONE;
    sqlite3_stmt *al = prep(store, "SELECT a.name FROM alias a JOIN actor t ON t.id=a.actor "
                                   "WHERE a.actor=?1 AND a.norm<>t.norm ORDER BY a.name");
    if (al) {
        sqlite3_bind_int64(al, 1, id);
        jw_key(&w, "aliases");
        jw_arr(&w);
        while ((rc = sqlite3_step(al)) == SQLITE_ROW) jw_str(&w, col_str(al, 0));
        jw_end_arr(&w);
        sqlite3_finalize(al);
    }
#define Q(key, sql, srcsql)                                                                        \
    if (rc == SQLITE_DONE) rc = rows_as_objects(&w, store, key, sql, id, srcsql)
    Q("leaders",
      "SELECT l.id, p.name, nullif(l.role, '') AS role, l.start, l.\"end\", l.open_end AS "
      "current_term, l.status FROM leadership l JOIN person p ON p.id=l.person WHERE "
      "l.actor=?1 ORDER BY l.start IS NULL, l.start, l.seq",
      "SELECT " SRC_COLS " FROM leadership_source x JOIN source s ON s.id=x.source JOIN "
      "document d ON d.id=s.document WHERE x.leadership=?1 ORDER BY d.path, s.start");
    Q("affiliations",
      "SELECT id, name, nullif(relation, '') AS relation, start, \"end\", disputed, note FROM "
      "affiliation WHERE actor=?1 ORDER BY seq, id",
      "SELECT " SRC_COLS " FROM affiliation_source x JOIN source s ON s.id=x.source JOIN "
      "document d ON d.id=s.document WHERE x.affiliation=?1 ORDER BY d.path, s.start");
    Q("media_outlets",
      "SELECT id, name, languages, platforms FROM outlet WHERE actor=?1 ORDER BY seq, id",
      "SELECT " SRC_COLS " FROM outlet_source x JOIN source s ON s.id=x.source JOIN document d "
      "ON d.id=s.document WHERE x.outlet=?1 ORDER BY d.path, s.start");
    Q("events_by_year",
      "SELECT substr(date_lo, 1, 4) AS year, count(*) AS events, sum(fatalities) AS fatalities "
      "FROM event WHERE (actor1_id=?1 OR actor2_id=?1) AND date_lo IS NOT NULL GROUP BY 1 "
      "ORDER BY 1",
      NULL);
    Q("events_by_country",
      "SELECT country, count(*) AS events, sum(fatalities) AS fatalities FROM event WHERE "
      "actor1_id=?1 AND country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
      NULL);
    /* the expansion view: where the group struck first, in date order */
    Q("expansion",
      "SELECT e.id, e.country, e.date, e.location, e.event_type, e.uid AS event FROM event e "
      "WHERE e.actor1_id=?1 AND e.country IS NOT NULL AND e.date_lo IS NOT NULL AND NOT "
      "EXISTS (SELECT 1 FROM event f WHERE f.actor1_id=?1 AND f.country=e.country AND "
      "(f.date_lo<e.date_lo OR (f.date_lo=e.date_lo AND f.id<e.id))) ORDER BY e.date_lo, e.id",
      EVENT_SOURCES_SQL);
    Q("assessments",
      "SELECT a.id, a.text, a.confidence, a.topic, d.path AS document, d.date FROM assessment a "
      "JOIN source s ON s.id=a.source JOIN document d ON d.id=s.document WHERE a.subject IN "
      "(SELECT name FROM alias WHERE actor=?1 UNION SELECT name FROM actor WHERE id=?1) "
      "ORDER BY d.date IS NULL, d.date DESC, a.id LIMIT 20",
      NULL);
    if (rc == SQLITE_DONE) {
        jw_key(&w, "sources");
        rc = write_sources(&w, store,
                           "SELECT " SRC_COLS " FROM actor_source x JOIN source s ON "
                           "s.id=x.source JOIN document d ON d.id=s.document WHERE x.actor=?1 "
                           "ORDER BY d.path, s.start LIMIT 50",
                           id);
    }
#undef Q
    jw_end_obj(&w);
    buf_putc(&b, '\n');
    return finish_json(out, len, &b, store, ctx, rc);
}

ds_status ds_store_timeline(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                            const char *actor, ds_timeline_by by, bool by_country)
{
    *out = NULL;
    buf sql = BUF_INIT, key = BUF_INIT, b = BUF_INIT;
    buf_printf(&sql,
               "SELECT substr(date_lo, 1, %d) AS period%s, count(*), sum(fatalities) FROM "
               "event WHERE date_lo IS NOT NULL",
               by == DS_BY_YEAR ? 4 : 7, by_country ? ", country" : "");
    if (actor)
        buf_puts(&sql, " AND (actor1_id IN " ACTOR_IDS(1) " OR actor2_id IN " ACTOR_IDS(1) ")");
    buf_printf(&sql, " GROUP BY period%s ORDER BY period%s", by_country ? ", country" : "",
               by_country ? ", country" : "");
    if (sql.failed) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    sqlite3_stmt *st = prep(store, sql.data);
    buf_free(&sql);
    if (!st) return db_fail(store, ctx, "timeline query");
    if (actor) {
        norm_key(&key, actor);
        sqlite3_bind_text(st, 1, key.data, (int)key.len, SQLITE_TRANSIENT);
        buf_free(&key);
    }
    jw w;
    jw_init(&w, &b, true);
    jw_arr(&w);
    int rc, c = by_country ? 1 : 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        jw_obj(&w);
        jcol(&w, "period", st, 0);
        if (by_country) jcol(&w, "country", st, 1);
        jcol(&w, "events", st, 1 + c);
        jcol(&w, "fatalities", st, 2 + c);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    buf_putc(&b, '\n');
    sqlite3_finalize(st);
    return finish_json(out, len, &b, store, ctx, rc);
}

/* Plain words -> an FTS5 query of quoted terms (all must occur), so that
 * punctuation in the user's text is never FTS syntax. */
static void fts_query(buf *q, const char *text)
{
    const char *p = text;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        if (!*p) break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n') p++;
        if (q->len) buf_putc(q, ' ');
        buf_putc(q, '"');
        for (const char *c = w; c < p; c++) {
            if (*c == '"') buf_putc(q, '"');
            buf_putc(q, *c);
        }
        buf_putc(q, '"');
    }
}

ds_status ds_store_search(char **out, size_t *len, ds_store *store, ds_ctx *ctx, const char *query,
                          int limit)
{
    *out = NULL;
    if (limit <= 0) limit = 20;
    buf q = BUF_INIT, b = BUF_INIT;
    fts_query(&q, query ? query : "");
    if (!q.len) buf_puts(&q, "\"\"");
    sqlite3_stmt *docs = prep(store, "SELECT d.path, d.title, d.date, snippet(document_fts, 1, "
                                     "'[', ']', '…', 16) FROM document_fts JOIN document d ON "
                                     "d.id=document_fts.rowid WHERE document_fts MATCH ?1 ORDER "
                                     "BY rank LIMIT ?2");
    sqlite3_stmt *sents = prep(
        store, "SELECT d.path, s.start, s.\"end\", s.text, (SELECT count(*) FROM event_source "
               "WHERE source=s.id) + (SELECT count(*) FROM actor_source WHERE source=s.id) + "
               "(SELECT count(*) FROM leadership_source WHERE source=s.id) + (SELECT count(*) "
               "FROM affiliation_source WHERE source=s.id) + (SELECT count(*) FROM assessment "
               "WHERE source=s.id) FROM source_fts JOIN source s ON s.id=source_fts.rowid JOIN "
               "document d ON d.id=s.document WHERE source_fts MATCH ?1 ORDER BY rank LIMIT ?2");
    int rc = SQLITE_ERROR;
    if (!docs || !sents) goto done;
    jw w;
    jw_init(&w, &b, true);
    jw_obj(&w);
    jw_key(&w, "documents");
    jw_arr(&w);
    sqlite3_bind_text(docs, 1, q.data, (int)q.len, SQLITE_TRANSIENT);
    sqlite3_bind_int(docs, 2, limit);
    while ((rc = sqlite3_step(docs)) == SQLITE_ROW) {
        jw_obj(&w);
        jcol(&w, "path", docs, 0);
        jcol(&w, "title", docs, 1);
        jcol(&w, "date", docs, 2);
        jcol(&w, "snippet", docs, 3);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    if (rc != SQLITE_DONE) goto done;
    jw_key(&w, "sentences");
    jw_arr(&w);
    sqlite3_bind_text(sents, 1, q.data, (int)q.len, SQLITE_TRANSIENT);
    sqlite3_bind_int(sents, 2, limit);
    while ((rc = sqlite3_step(sents)) == SQLITE_ROW) {
        jw_obj(&w);
        jcol(&w, "path", sents, 0);
        jcol(&w, "start", sents, 1);
        jcol(&w, "end", sents, 2);
        jcol(&w, "text", sents, 3);
        jcol(&w, "facts", sents, 4);
        jw_end_obj(&w);
    }
    jw_end_arr(&w);
    jw_end_obj(&w);
    buf_putc(&b, '\n');
done:
    sqlite3_finalize(docs);
    sqlite3_finalize(sents);
    buf_free(&q);
    if (rc != SQLITE_DONE) buf_free(&b);
    return finish_json(out, len, &b, store, ctx, rc);
}

ds_status ds_store_sources(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                           const char *event_id)
{
    *out = NULL;
    buf b = BUF_INIT;
    sqlite3_stmt *st =
        prep(store, "SELECT id FROM event WHERE uid=?1 OR (id=?2 AND ?2 > 0) ORDER BY uid=?1 DESC");
    if (!st) return db_fail(store, ctx, "sources query");
    char *end;
    long long n = strtoll(event_id, &end, 10);
    sqlite3_bind_text(st, 1, event_id, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, *end || end == event_id ? 0 : n);
    int rc = sqlite3_step(st);
    sqlite3_int64 id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(store, ctx, "sources query");
    if (!id) {
        buf_puts(&b, "null\n");
        return finish_json(out, len, &b, store, ctx, SQLITE_DONE);
    }
    jw w;
    jw_init(&w, &b, true);
    rc = write_sources(&w, store, EVENT_SOURCES_SQL, id);
    buf_putc(&b, '\n');
    return finish_json(out, len, &b, store, ctx, rc);
}

ds_status ds_store_stats(char **out, size_t *len, ds_store *store, ds_ctx *ctx)
{
    *out = NULL;
    static const char *const tables[] = {"document",   "source",      "event",      "actor",
                                         "leadership", "affiliation", "assessment", NULL};
    static const char *const keys[] = {"documents", "sources",      "events",     "actors",
                                       "leaders",   "affiliations", "assessments"};
    buf b = BUF_INIT;
    jw w;
    jw_init(&w, &b, false);
    jw_obj(&w);
    int rc = SQLITE_DONE;
    for (int i = 0; tables[i] && rc == SQLITE_DONE; i++) {
        char sql[64];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", tables[i]);
        sqlite3_stmt *st = prep(store, sql);
        if (!st || sqlite3_step(st) != SQLITE_ROW) {
            rc = SQLITE_ERROR;
        } else {
            jw_key(&w, keys[i]);
            jw_int(&w, sqlite3_column_int64(st, 0));
        }
        sqlite3_finalize(st);
    }
    jw_end_obj(&w);
    buf_putc(&b, '\n');
    return finish_json(out, len, &b, store, ctx, rc);
}

/* ---- the store as an extraction --------------------------------------------- */

typedef struct loader {
    ds_store *s;
    ds_extraction *x;
    sqlite3_stmt *cites;
    sqlite3_int64 *doc_ids; /* x->docs index -> document id */
} loader;

static const char *lstr(loader *l, sqlite3_stmt *st, int i)
{
    const char *s = col_str(st, i);
    return s ? ds_facts_str(l->x, s) : NULL;
}

static void lcpy(char *dst, size_t cap, sqlite3_stmt *st, int i)
{
    const char *s = col_str(st, i);
    snprintf(dst, cap, "%s", s ? s : "");
}

static uint32_t doc_index(loader *l, sqlite3_int64 id)
{
    for (uint32_t lo = 0, hi = l->x->docs.n; lo < hi;) {
        uint32_t mid = (lo + hi) / 2;
        if (l->doc_ids[mid] == id) return mid;
        if (l->doc_ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Loads the sources selected by sql (?1 = id; columns: document id, start,
 * end, text, source id, [fatalities]) into v; tolls (may be NULL) gets the
 * per-source fatality figures. */
static bool load_sources(loader *l, ds_source_vec *v, void *tolls_vec, const char *sql,
                         sqlite3_int64 id)
{
    DS_VEC(ds_toll) *tolls = tolls_vec;
    sqlite3_stmt *st = prep(l->s, sql);
    if (!st) return false;
    sqlite3_bind_int64(st, 1, id);
    bool ok = true;
    int rc;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        ds_source *src = ds_vec_push(l->x->arena, v);
        if (!src) {
            ok = false;
            break;
        }
        src->doc = doc_index(l, sqlite3_column_int64(st, 0));
        src->start = (uint32_t)sqlite3_column_int64(st, 1);
        src->end = (uint32_t)sqlite3_column_int64(st, 2);
        src->text = lstr(l, st, 3);
        if (tolls && sqlite3_column_type(st, 5) != SQLITE_NULL) {
            ds_toll *t = ds_vec_push(l->x->arena, tolls);
            if (!t)
                ok = false;
            else {
                t->fatalities = sqlite3_column_int(st, 5);
                t->source = v->n - 1;
            }
        }
        sqlite3_bind_int64(l->cites, 1, sqlite3_column_int64(st, 4));
        uint32_t n = 0;
        while (sqlite3_step(l->cites) == SQLITE_ROW) n++;
        sqlite3_reset(l->cites);
        if (!n) continue;
        src->citations = ds_arena_alloc(l->x->arena, n * sizeof *src->citations);
        if (!src->citations) {
            ok = false;
            break;
        }
        while (src->ncitations < n && sqlite3_step(l->cites) == SQLITE_ROW)
            src->citations[src->ncitations++] = lstr(l, l->cites, 0);
        sqlite3_reset(l->cites);
    }
    sqlite3_finalize(st);
    return ok;
}

/* A JSON array column into a string vector. */
static bool load_array(loader *l, ds_str_vec *v, sqlite3_stmt *st, int i)
{
    const char *s = col_str(st, i);
    if (!s) return true;
    json_t *arr = json_loads(s, 0, NULL);
    bool ok = true;
    for (size_t k = 0; arr && k < json_array_size(arr); k++) {
        const char *e = json_string_value(json_array_get(arr, k));
        const char **slot = e ? ds_vec_push(l->x->arena, v) : NULL;
        if (e && !slot) ok = false;
        if (slot) *slot = ds_facts_str(l->x, e);
    }
    json_decref(arr);
    return ok;
}

#define LSRC "SELECT s.document, s.start, s.\"end\", s.text, s.id"

static ds_status load_events(loader *l, ds_ctx *ctx)
{
    sqlite3_stmt *st = prep(l->s, EVENT_SELECT);
    if (!st) return db_fail(l->s, ctx, "loading events");
    int rc;
    bool ok = true;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        ds_event *e = ds_vec_push(l->x->arena, &l->x->events);
        if (!e) {
            ok = false;
            break;
        }
        lcpy(e->id, sizeof e->id, st, 1);
        lcpy(e->date, sizeof e->date, st, 2);
        lcpy(e->date_end, sizeof e->date_end, st, 3);
        e->event_type = lstr(l, st, 4);
        e->sub_event_type = lstr(l, st, 5);
        e->disorder_type = lstr(l, st, 6);
        e->actor1 = lstr(l, st, 7);
        ok &= load_array(l, &e->assoc_actor1, st, 8);
        e->actor2 = lstr(l, st, 9);
        ok &= load_array(l, &e->assoc_actor2, st, 10);
        lcpy(e->country, sizeof e->country, st, 11);
        e->admin1 = lstr(l, st, 12);
        e->admin2 = lstr(l, st, 13);
        e->location = lstr(l, st, 14);
        e->has_coords = sqlite3_column_type(st, 15) != SQLITE_NULL;
        e->latitude = sqlite3_column_double(st, 15);
        e->longitude = sqlite3_column_double(st, 16);
        e->geo_precision = sqlite3_column_int(st, 17);
        e->time_precision = sqlite3_column_int(st, 18);
        for (int k = 0; k < 3; k++) {
            int32_t v = sqlite3_column_type(st, 19 + k) == SQLITE_NULL
                            ? DS_NULL_INT
                            : sqlite3_column_int(st, 19 + k);
            if (k == 0) e->fatalities = v;
            if (k == 1) e->injuries = v;
            if (k == 2) e->attackers = v;
        }
        e->weapon = lstr(l, st, 22);
        e->claimed = sqlite3_column_type(st, 23) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 23);
        e->claimed_by = lstr(l, st, 24);
        e->attributed_to = lstr(l, st, 25);
        lcpy(e->origin_country, sizeof e->origin_country, st, 26);
        e->origin_location = lstr(l, st, 27);
        e->gtd_attack_type = sqlite3_column_int(st, 28);
        e->cameo = lstr(l, st, 29);
        ok &= load_array(l, &e->denied_by, st, 30);
        ok &= load_sources(l, &e->sources, &e->tolls,
                           LSRC ", es.fatalities FROM event_source es JOIN source s ON "
                                "s.id=es.source WHERE es.event=?1 ORDER BY s.document, s.start",
                           sqlite3_column_int64(st, 0));
        if (e->tolls.n < 2) e->tolls.n = 0; /* one figure is the event's own */
    }
    sqlite3_finalize(st);
    if (!ok) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    return rc == SQLITE_DONE ? DS_OK : db_fail(l->s, ctx, "loading events");
}

static ds_status load_actors(loader *l, ds_ctx *ctx)
{
    sqlite3_stmt *st = prep(l->s, "SELECT id, name, type, parent, country, founded, strength_min, "
                                  "strength_max, strength_source, headquarters FROM actor ORDER "
                                  "BY name, id");
    sqlite3_stmt *al = prep(l->s, "SELECT a.name FROM alias a JOIN actor t ON t.id=a.actor WHERE "
                                  "a.actor=?1 AND a.norm<>t.norm ORDER BY a.name");
    sqlite3_stmt *ar = prep(l->s, "SELECT area FROM actor_area WHERE actor=?1 ORDER BY area");
    sqlite3_stmt *ld = prep(l->s, "SELECT l.id, p.name, nullif(l.role, ''), l.start, l.\"end\", "
                                  "l.open_end, l.status FROM leadership l JOIN person p ON "
                                  "p.id=l.person WHERE l.actor=?1 ORDER BY l.start IS NULL, "
                                  "l.start, l.seq");
    sqlite3_stmt *af = prep(l->s, "SELECT id, name, nullif(relation, ''), start, \"end\", "
                                  "disputed, note FROM affiliation WHERE actor=?1 ORDER BY seq, "
                                  "id");
    sqlite3_stmt *ou = prep(l->s, "SELECT name, languages, platforms FROM outlet WHERE actor=?1 "
                                  "ORDER BY seq, id");
    ds_status rcs = DS_OK;
    bool ok = true;
    int rc = SQLITE_ERROR;
    if (!st || !al || !ar || !ld || !af || !ou) goto done;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(st, 0);
        ds_actor *a = ds_vec_push(l->x->arena, &l->x->actors);
        if (!a) {
            ok = false;
            break;
        }
        a->name = lstr(l, st, 1);
        a->type = lstr(l, st, 2);
        a->parent = lstr(l, st, 3);
        lcpy(a->country, sizeof a->country, st, 4);
        lcpy(a->founded, sizeof a->founded, st, 5);
        a->has_strength = sqlite3_column_type(st, 6) != SQLITE_NULL;
        a->strength_min = sqlite3_column_int64(st, 6);
        a->strength_max = sqlite3_column_int64(st, 7);
        a->strength_source = lstr(l, st, 8);
        a->headquarters = lstr(l, st, 9);
        sqlite3_stmt *lists[2] = {al, ar};
        ds_str_vec *vecs[2] = {&a->aliases, &a->areas};
        for (int k = 0; k < 2; k++) {
            sqlite3_bind_int64(lists[k], 1, id);
            while (sqlite3_step(lists[k]) == SQLITE_ROW) {
                const char **slot = ds_vec_push(l->x->arena, vecs[k]);
                if (!slot)
                    ok = false;
                else
                    *slot = lstr(l, lists[k], 0);
            }
            sqlite3_reset(lists[k]);
        }
        sqlite3_bind_int64(ld, 1, id);
        while (ok && sqlite3_step(ld) == SQLITE_ROW) {
            ds_leader *t = ds_vec_push(l->x->arena, &a->leaders);
            if (!t) {
                ok = false;
                break;
            }
            t->name = lstr(l, ld, 1);
            t->role = lstr(l, ld, 2);
            lcpy(t->start, sizeof t->start, ld, 3);
            lcpy(t->end, sizeof t->end, ld, 4);
            t->open_end = sqlite3_column_int(ld, 5) != 0;
            t->status = lstr(l, ld, 6);
            ok &= load_sources(l, &t->sources, NULL,
                               LSRC " FROM leadership_source x JOIN source s ON s.id=x.source "
                                    "WHERE x.leadership=?1 ORDER BY s.document, s.start",
                               sqlite3_column_int64(ld, 0));
        }
        sqlite3_reset(ld);
        sqlite3_bind_int64(af, 1, id);
        while (ok && sqlite3_step(af) == SQLITE_ROW) {
            ds_affiliation *f = ds_vec_push(l->x->arena, &a->affiliations);
            if (!f) {
                ok = false;
                break;
            }
            f->name = lstr(l, af, 1);
            f->relation = lstr(l, af, 2);
            lcpy(f->start, sizeof f->start, af, 3);
            lcpy(f->end, sizeof f->end, af, 4);
            f->disputed = sqlite3_column_int(af, 5) != 0;
            f->note = lstr(l, af, 6);
            ok &= load_sources(l, &f->sources, NULL,
                               LSRC " FROM affiliation_source x JOIN source s ON s.id=x.source "
                                    "WHERE x.affiliation=?1 ORDER BY s.document, s.start",
                               sqlite3_column_int64(af, 0));
        }
        sqlite3_reset(af);
        sqlite3_bind_int64(ou, 1, id);
        while (ok && sqlite3_step(ou) == SQLITE_ROW) {
            ds_outlet *o = ds_vec_push(l->x->arena, &a->media_outlets);
            if (!o) {
                ok = false;
                break;
            }
            o->name = lstr(l, ou, 0);
            ok &= load_array(l, &o->languages, ou, 1);
            ok &= load_array(l, &o->platforms, ou, 2);
        }
        sqlite3_reset(ou);
        ok &= load_sources(l, &a->sources, NULL,
                           LSRC " FROM actor_source x JOIN source s ON s.id=x.source WHERE "
                                "x.actor=?1 AND s.text IS NOT NULL ORDER BY s.document, s.start",
                           id);
    }
done:
    if (!ok)
        rcs = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    else if (rc != SQLITE_DONE)
        rcs = db_fail(l->s, ctx, "loading actors");
    sqlite3_finalize(st);
    sqlite3_finalize(al);
    sqlite3_finalize(ar);
    sqlite3_finalize(ld);
    sqlite3_finalize(af);
    sqlite3_finalize(ou);
    return rcs;
}

static ds_status load_assessments(loader *l, ds_ctx *ctx)
{
    sqlite3_stmt *st = prep(l->s, "SELECT a.text, a.confidence, a.p_min, a.p_max, a.subject, "
                                  "a.topic, s.document, s.start, s.\"end\", s.text, s.id FROM "
                                  "assessment a JOIN source s ON s.id=a.source ORDER BY "
                                  "s.document, s.start, a.id");
    if (!st) return db_fail(l->s, ctx, "loading assessments");
    int rc;
    bool ok = true;
    while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        ds_assessment *a = ds_vec_push(l->x->arena, &l->x->assessments);
        if (!a) {
            ok = false;
            break;
        }
        a->text = lstr(l, st, 0);
        a->confidence = lstr(l, st, 1);
        a->p_min = sqlite3_column_double(st, 2);
        a->p_max = sqlite3_column_double(st, 3);
        a->subject = lstr(l, st, 4);
        a->topic = lstr(l, st, 5);
        a->source.doc = doc_index(l, sqlite3_column_int64(st, 6));
        a->source.start = (uint32_t)sqlite3_column_int64(st, 7);
        a->source.end = (uint32_t)sqlite3_column_int64(st, 8);
        a->source.text = lstr(l, st, 9);
    }
    sqlite3_finalize(st);
    if (!ok) return ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
    return rc == SQLITE_DONE ? DS_OK : db_fail(l->s, ctx, "loading assessments");
}

ds_status ds_store_extraction(ds_extraction **out, ds_store *store, ds_ctx *ctx)
{
    *out = NULL;
    ds_extraction *x = NULL;
    ds_status rc = ds_extraction_new(&x, ctx);
    if (rc != DS_OK) return rc;
    loader l = {store, x, NULL, NULL};
    /* one read transaction: a consistent snapshot while ingest goes on */
    if ((rc = exec(store, ctx, "BEGIN")) != DS_OK) goto fail;
    sqlite3_stmt *st =
        prep(store, "SELECT id, path, title, date, sha256 FROM document ORDER BY id");
    l.cites = prep(store, "SELECT url FROM citation WHERE source=?1 ORDER BY url");
    sqlite3_stmt *cnt = prep(store, "SELECT count(*) FROM document");
    if (!st || !l.cites || !cnt || sqlite3_step(cnt) != SQLITE_ROW) {
        sqlite3_finalize(st);
        sqlite3_finalize(cnt);
        rc = db_fail(store, ctx, "loading documents");
        goto fail_tx;
    }
    sqlite3_int64 ndocs = sqlite3_column_int64(cnt, 0);
    sqlite3_finalize(cnt);
    l.doc_ids = ds_arena_alloc(x->arena, (size_t)(ndocs + 1) * sizeof *l.doc_ids);
    while (l.doc_ids && x->docs.n < ndocs && sqlite3_step(st) == SQLITE_ROW) {
        ds_docinfo *d = ds_vec_push(x->arena, &x->docs);
        if (!d) break;
        l.doc_ids[x->docs.n - 1] = sqlite3_column_int64(st, 0);
        d->id = ds_arena_printf(x->arena, "d%lld", (long long)sqlite3_column_int64(st, 0));
        d->path = lstr(&l, st, 1);
        d->title = lstr(&l, st, 2);
        lcpy(d->date, sizeof d->date, st, 3);
        lcpy(d->sha256, sizeof d->sha256, st, 4);
    }
    sqlite3_finalize(st);
    if (!l.doc_ids || x->docs.n != ndocs) {
        rc = ds_ctx_fail(ctx, DS_ENOMEM, "out of memory");
        goto fail_tx;
    }
    if ((rc = load_events(&l, ctx)) != DS_OK) goto fail_tx;
    if ((rc = load_actors(&l, ctx)) != DS_OK) goto fail_tx;
    if ((rc = load_assessments(&l, ctx)) != DS_OK) goto fail_tx;
    sqlite3_finalize(l.cites);
    exec(store, ctx, "COMMIT");
    x->finished = true;
    *out = x;
    return DS_OK;
fail_tx:
    sqlite3_finalize(l.cites);
    sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
fail:
    ds_extraction_free(x);
    return rc;
}
