/* lexicon.c - STUB: see lexicon.h. */
#include "lexicon.h"

#include <stdlib.h>

struct ds_lexicon {
    int unused;
};

ds_status ds_lexicon_load(ds_lexicon **out, const char *data_dir, char *err, size_t errlen)
{
    (void)data_dir, (void)err, (void)errlen;
    *out = calloc(1, sizeof **out);
    return *out ? DS_OK : DS_ENOMEM;
}

void ds_lexicon_free(ds_lexicon *lex)
{
    free(lex);
}

uint32_t ds_lexicon_count(const ds_lexicon *lex)
{
    (void)lex;
    return 0;
}

const ds_lex_actor *ds_lexicon_get(const ds_lexicon *lex, uint32_t i)
{
    (void)lex, (void)i;
    return NULL;
}

uint32_t ds_lexicon_find(const ds_lexicon *lex, const char *name, size_t len)
{
    (void)lex, (void)name, (void)len;
    return DS_NONE;
}

#include "doc.h"

const char *ds_actor_name(const ds_doc *doc, uint32_t actor)
{
    if (actor & DS_DOC_ACTOR) {
        uint32_t i = actor & ~DS_DOC_ACTOR;
        return i < doc->doc_actors.n ? doc->doc_actors.v[i].name : NULL;
    }
    return NULL;
}
