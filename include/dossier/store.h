/* store.h - the knowledge base: an embedded SQLite store (one file, WAL
 * journal, foreign keys on, schema versioned by PRAGMA user_version) of
 * documents, sources (sentence spans with footnote URLs), events, actors
 * with aliases, people, leadership terms, affiliations, media outlets and
 * assessments, that grows document by document. Every fact keeps the
 * sources that back it; a fact left without a source is deleted.
 * Included by dossier.h.
 *
 * Error contract: as everywhere, calls return ds_status (DS_ESTORE for a
 * SQLite failure, the SQLite message in ds_ctx_errmsg(ctx)). A store is used
 * by one thread at a time. Strings handed to callbacks or returned as JSON
 * are owned as documented per call.
 */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <stdbool.h>

typedef struct ds_store ds_store;

/* Opens (creating and migrating as needed) the store at path; its folder
 * must exist. Fails with DS_ESTORE on a store written by a newer version
 * (user_version above the library's). */
ds_status ds_store_open(ds_store **out, ds_ctx *ctx, const char *path);
/* Closes the store (NULL is fine). */
void ds_store_close(ds_store *store);

/* The default store path: $XDG_DATA_HOME/dossier/dossier.db, else
 * $HOME/.local/share/dossier/dossier.db, written into out (NUL-terminated).
 * The folders are created when mkdirs is true. DS_EINVAL when neither
 * variable is set or the path does not fit; DS_EIO when a folder cannot be
 * created. */
ds_status ds_store_default_path(char *out, size_t cap, bool mkdirs);

/* ---- ingest -------------------------------------------------------------- */

typedef enum ds_ingest_outcome {
    DS_INGEST_ADDED = 0, /* a new document */
    DS_INGEST_UNCHANGED, /* same path and content hash: nothing done */
    DS_INGEST_REPLACED   /* same path, new content: old facts replaced */
} ds_ingest_outcome;

typedef struct ds_ingest_result {
    ds_ingest_outcome outcome;
    size_t bytes;           /* size of the original file */
    uint32_t events_new;    /* events created */
    uint32_t events_merged; /* events of the document found already in the store */
    uint32_t actors_new;
    uint32_t assessments;
} ds_ingest_result;

typedef struct ds_ingest_opts {
    ds_format format;  /* DS_FORMAT_AUTO: sniffed */
    const char *date;  /* document date (ISO); NULL: detected */
    const char *title; /* NULL: detected */
} ds_ingest_opts;

#define DS_INGEST_OPTS_INIT                                                                        \
    {                                                                                              \
        DS_FORMAT_AUTO, NULL, NULL                                                                 \
    }

/* Reads the file at path, and unless the store already holds it with the
 * same SHA-256, extracts its facts and commits them in one transaction:
 * the document, its sources, and its events and actors resolved against
 * what the store knows (an actor matched by name or alias, an event by its
 * id or by overlapping date + country + event type + actor1 gains the new
 * sources instead of a duplicate). A document stored before under the same
 * path with another hash is replaced (its sources deleted, facts left with
 * no source deleted) in the same transaction. The document is keyed by its
 * real path. res may be NULL. A failure rolls the transaction back. */
ds_status ds_store_ingest_file(ds_store *store, ds_ctx *ctx, const char *path,
                               const ds_ingest_opts *opts, ds_ingest_result *res);

/* Same for documents already extracted: each document of x (finished first
 * with ds_extraction_finish) is stored in its own transaction with the facts
 * that cite it, keyed by its path; the docinfo's sha256 decides whether it
 * changed (when empty, the hash of its text is used). res (may be NULL)
 * sums over the documents. */
ds_status ds_store_ingest(ds_store *store, ds_ctx *ctx, ds_extraction *x, ds_ingest_result *res);

/* ---- questions ----------------------------------------------------------- */

/* Every query writes one JSON value into *out (malloc'd, NUL-terminated,
 * freed by the caller; NULL on failure) of *len bytes (len may be NULL). */

typedef struct ds_event_filter {
    const char *actor;   /* a name or alias of actor1, actor2 or an associated actor */
    const char *country; /* ISO 3166-1 alpha-3 */
    const char *since;   /* ISO date: events whose period ends on or after it */
    const char *until;   /* ISO date: events whose period starts on or before it */
    const char *type;    /* ACLED event type or sub-event type (case-insensitive) */
    int min_fatalities;  /* < 0: no filter */
    int limit;           /* <= 0: all */
} ds_event_filter;

#define DS_EVENT_FILTER_INIT                                                                       \
    {                                                                                              \
        NULL, NULL, NULL, NULL, NULL, -1, 0                                                        \
    }

/* Events matching f, sorted by date, as a JSON array of objects in the
 * CONTRACT form plus "n_sources" and the stored "id". */
ds_status ds_store_events(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                          const ds_event_filter *f);

/* The dossier of one actor found by name or alias (folded): an object with
 * name, aliases, type, parent, country, founded, strength, leaders (tenure
 * timeline: in source order, each with start/end/status/sources),
 * affiliations, media_outlets, events_by_year, events_by_country,
 * expansion (the first event in each country, in date order),
 * assessments (latest documents first) and sources. `null` when no actor
 * matches. */
ds_status ds_store_actor(char **out, size_t *len, ds_store *store, ds_ctx *ctx, const char *name);

typedef enum ds_timeline_by { DS_BY_MONTH = 0, DS_BY_YEAR } ds_timeline_by;

/* Event counts and fatalities per period (and per country when by_country),
 * optionally for one actor: a JSON array of {"period","country"?,"events",
 * "fatalities"} sorted by period. */
ds_status ds_store_timeline(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                            const char *actor, ds_timeline_by by, bool by_country);

/* Full-text search (SQLite FTS5 query syntax; plain words are ANDed) over
 * documents and backing sentences: {"documents":[{path,title,date,snippet}],
 * "sentences":[{document,path,start,end,text,facts}]}, best first, at most
 * limit of each (<= 0: 20). */
ds_status ds_store_search(char **out, size_t *len, ds_store *store, ds_ctx *ctx, const char *query,
                          int limit);

/* The sources of one event (stored id or uid): a JSON array of {document,
 * path, title, date, start, end, text, citations, fatalities}. `null` when
 * there is no such event. */
ds_status ds_store_sources(char **out, size_t *len, ds_store *store, ds_ctx *ctx,
                           const char *event_id);

/* Counts of the stored objects: {"documents","sources","events","actors",
 * "leaders","affiliations","assessments"}. */
ds_status ds_store_stats(char **out, size_t *len, ds_store *store, ds_ctx *ctx);

/* Loads the whole store as an extraction (for ds_export: STIX, ACLED CSV,
 * GeoJSON, JSON from the knowledge base). The extraction is finished (no
 * resolve pass) and owned by the caller (ds_extraction_free). */
ds_status ds_store_extraction(ds_extraction **out, ds_store *store, ds_ctx *ctx);

#endif
