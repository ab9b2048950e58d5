/* hedges.h - what the hedge stage shares with the entity stage, which runs
 * before it: the first words of the hedge phrases, which entities.c has the
 * lexicon fold into its per-token facts (a word list) so that it lists the
 * tokens a phrase may start at (ds_doc.hedge_toks) while it keys them. */
#ifndef DS_HEDGES_H
#define DS_HEDGES_H

#include <stdbool.h>

/* The first word of every phrase of hedges.c, folded, NULL-terminated.
 * hedges.c checks at its first use that each phrase's first word is here,
 * and reads ds_doc.hedge_toks only then. */
extern const char *const ds_hedge_first_words[];

/* Whether every phrase's first word is in ds_hedge_first_words (so that
 * ds_annotate_hedges reads the entity stage's list): a phrase added without
 * its first word there is still found, by the slower test of every token. */
bool ds_hedge_list_complete(void);

#endif
