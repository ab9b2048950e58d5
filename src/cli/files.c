/* files.c - the input files of a command line (see files.h). */
#include "files.h"

#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

static bool push_file(cli_files *l, const char *path, size_t size)
{
    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 64;
        char **np = realloc(l->paths, ncap * sizeof *np);
        if (!np) return false;
        l->paths = np;
        size_t *ns = realloc(l->sizes, ncap * sizeof *ns);
        if (!ns) return false;
        l->sizes = ns;
        l->cap = ncap;
    }
    if (!(l->paths[l->n] = strdup(path))) return false;
    l->sizes[l->n++] = size;
    l->total += size;
    return true;
}

/* A document by its extension, not hidden ("reports/.draft.txt"). */
static bool wanted(const char *path)
{
    static const char *const ext[] = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", NULL};
    const char *dot = strrchr(path, '.');
    const char *base = strrchr(path, '/');
    if (!dot || (base && dot < base) || (base ? base[1] : path[0]) == '.') return false;
    for (int i = 0; ext[i]; i++)
        if (strcasecmp(dot, ext[i]) == 0) return true;
    return false;
}

static cli_files *walk_list; /* nftw has no user pointer */
static bool walk_failed;

static int walk_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_F && S_ISREG(st->st_mode) && wanted(path) &&
        !push_file(walk_list, path, (size_t)st->st_size)) {
        walk_failed = true;
        return 1;
    }
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool cli_files_add(cli_files *l, char *const *args, int nargs)
{
    for (int i = 0; i < nargs; i++) {
        struct stat st;
        bool there = strcmp(args[i], "-") != 0 && stat(args[i], &st) == 0;
        if (!there || !S_ISDIR(st.st_mode)) {
            if (!push_file(l, args[i], there ? (size_t)st.st_size : 0)) {
                cli_error("out of memory");
                return false;
            }
            continue;
        }
        size_t first = l->n;
        walk_list = l;
        walk_failed = false;
        if (nftw(args[i], walk_one, 16, FTW_PHYS) != 0 || walk_failed) {
            cli_error("%s: cannot walk the folder", args[i]);
            return false;
        }
        if (l->n == first) {
            cli_error("%s: no documents in this folder (.txt, .md, .html, .htm, .pdf)", args[i]);
            return false;
        }
        qsort(l->paths + first, l->n - first, sizeof *l->paths, cmp_str);
    }
    return true;
}

void cli_files_free(cli_files *l)
{
    for (size_t i = 0; i < l->n; i++) free(l->paths[i]);
    free(l->paths);
    free(l->sizes);
    *l = (cli_files){0};
}
