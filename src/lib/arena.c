/* arena.c - region allocator (see arena.h): a chain of blocks, bump
 * allocation, large requests get a block of their own. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct ds_block_hdr {
    struct ds_block_hdr *next;
    size_t size;
    size_t used;
    max_align_t align[]; /* payload */
} ds_block_hdr;

struct ds_arena {
    ds_block_hdr *head;
    size_t total;
};

enum { DS_ARENA_BLOCK = 64 * 1024 };

ds_arena *ds_arena_new(void)
{
    return calloc(1, sizeof(ds_arena));
}

void ds_arena_free(ds_arena *a)
{
    if (!a) return;
    ds_block_hdr *b = a->head;
    while (b) {
        ds_block_hdr *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *ds_arena_alloc(ds_arena *a, size_t size)
{
    if (size > SIZE_MAX / 2) return NULL;
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    ds_block_hdr *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bs = size > DS_ARENA_BLOCK / 4 ? size : DS_ARENA_BLOCK;
        ds_block_hdr *nb = calloc(1, sizeof(ds_block_hdr) + bs);
        if (!nb) return NULL;
        nb->size = bs;
        a->total += bs;
        if (b && bs != DS_ARENA_BLOCK) {
            /* a big block goes behind the current one so its spare room stays usable */
            nb->next = b->next;
            b->next = nb;
            nb->used = size;
            return (char *)nb->align;
        }
        nb->next = b;
        a->head = b = nb;
    }
    void *p = (char *)b->align + b->used;
    b->used += size;
    return p;
}

char *ds_arena_strndup(ds_arena *a, const char *s, size_t n)
{
    char *p = ds_arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ds_arena_strdup(ds_arena *a, const char *s)
{
    return ds_arena_strndup(a, s, strlen(s));
}

char *ds_arena_printf(ds_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = ds_arena_alloc(a, (size_t)n + 1);
    if (!p) return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t ds_arena_bytes(const ds_arena *a)
{
    return a->total;
}

void *ds_vec_push_(ds_arena *a, void **v, uint32_t *n, uint32_t *cap, size_t elem)
{
    if (*n == *cap) {
        if (*cap > UINT32_MAX / 2) return NULL;
        uint32_t ncap = *cap ? *cap * 2 : 8;
        void *nv = ds_arena_alloc(a, (size_t)ncap * elem);
        if (!nv) return NULL;
        if (*n) memcpy(nv, *v, (size_t)*n * elem);
        *v = nv;
        *cap = ncap;
    }
    void *slot = (char *)*v + (size_t)*n * elem;
    memset(slot, 0, elem);
    (*n)++;
    return slot;
}
