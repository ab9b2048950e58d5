/* lexicon.h - the actor lexicon (data/actors.tsv): armed groups, state
 * forces, governments, parties, international bodies, media outlets, each
 * with a canonical name, type, parent, country and aliases (incl. the names
 * GTD and ACLED use). Loaded once per context, immutable, shared by threads.
 * Owner: lexicon.c (the matching of mentions is entities.c).
 */
#ifndef DS_LEXICON_H
#define DS_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct ds_lexicon ds_lexicon;

/* One actor of the lexicon. Strings live as long as the lexicon. */
typedef struct ds_lex_actor {
    const char *name;       /* canonical: "Islamic State – Khorasan Province" */
    const char *acled_name; /* the ACLED/GTD actor name if different, else NULL */
    ds_actor_type type;
    uint32_t parent;            /* lexicon index of the parent, or DS_NONE */
    char iso3[4];               /* state actors and national groups: their country; "" */
    const char *const *aliases; /* all other names, as written in the data file */
    uint32_t naliases;
} ds_lex_actor;

ds_status ds_lexicon_load(ds_lexicon **out, const char *data_dir, char *err, size_t errlen);
void ds_lexicon_free(ds_lexicon *lex);

/* Number of entries, and entry i (NULL when out of range). */
uint32_t ds_lexicon_count(const ds_lexicon *lex);
const ds_lex_actor *ds_lexicon_get(const ds_lexicon *lex, uint32_t i);
/* Finds an entry by any of its names (folded with ds_fold); DS_NONE if none. */
uint32_t ds_lexicon_find(const ds_lexicon *lex, const char *name, size_t len);

#endif
