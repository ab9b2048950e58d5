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

#include "doc.h"

const char *ds_actor_name(const ds_doc *doc, uint32_t actor)
{
    if (actor & DS_DOC_ACTOR) {
        uint32_t i = actor & ~DS_DOC_ACTOR;
        return i < doc->doc_actors.n ? doc->doc_actors.v[i].name : NULL;
    }
    return NULL;
}
