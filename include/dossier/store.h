/* store.h - the knowledge base: an embedded SQLite store of documents,
 * sources, events, actors, leaders, affiliations and assessments, with
 * provenance, that grows document by document. Included by dossier.h.
 */
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

typedef struct ds_store ds_store;

/* Opens (creating and migrating as needed) the store at path. */
ds_status ds_store_open(ds_store **out, ds_ctx *ctx, const char *path);
void ds_store_close(ds_store *store);

#endif
