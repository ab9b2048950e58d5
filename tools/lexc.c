/* lexc - compiles the actor lexicon: `lexc OUT DATA_DIR` reads
 * DATA_DIR/actors.tsv, actor_countries.tsv, person_titles.tsv and
 * given_names.tsv as ds_lexicon_load does and writes OUT (lexicon.bin), the
 * loaded lexicon in one block that the library reads at start-up instead of
 * parsing the files (src/lib/lexicon.c, "the compiled lexicon"). Run at
 * build time (cmake/data.cmake).
 */
#include <stdio.h>

#include "lexicon.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: lexc OUT DATA_DIR\n");
        return 2;
    }
    char err[512];
    if (ds_lexicon_compile(argv[2], argv[1], err, sizeof err) != DS_OK) {
        fprintf(stderr, "lexc: %s\n", err[0] ? err : "failed");
        return 1;
    }
    return 0;
}
