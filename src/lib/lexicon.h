/* lexicon.h - the actor lexicon (data/actors.tsv): armed groups, state
 * forces, governments, parties, international bodies, media outlets, each
 * with a canonical name, type, parent, country and aliases (incl. the names
 * GTD and ACLED use). Loaded once per context. Owner: lexicon.c.
 * STUB until the lexicon lands.
 */
#ifndef DS_LEXICON_H
#define DS_LEXICON_H

#include <stddef.h>

#include "dossier/dossier.h"

typedef struct ds_lexicon ds_lexicon;

ds_status ds_lexicon_load(ds_lexicon **out, const char *data_dir, char *err, size_t errlen);
void ds_lexicon_free(ds_lexicon *lex);

#endif
