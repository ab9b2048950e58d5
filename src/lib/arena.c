/* arena.c - region allocator (see arena.h): a chain of blocks, bump
 * allocation, large requests get a block of their own. Blocks come from
 * malloc, not calloc: ds_arena_alloc clears what it hands out, so a small
 * document pays for the bytes it uses, not for a whole block. Blocks grow
 * from the first (sized by the caller) to 64 KiB. Ordinary blocks of a
 * freed arena are kept (up to 64 per thread, 4 MiB) for the next arena: a
 * batch makes two arenas a document and holds a group of 16 documents at
 * once, and malloc/free of their blocks cost more than reading a short note
 * (with 4 kept, glibc gave the pages back and faulted them in again: a
 * grouped batch ran at 0.6x).
 */
#include "arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

typedef struct ds_block_hdr {
    struct ds_block_hdr *next;
    size_t size;
    max_align_t align[]; /* payload */
} ds_block_hdr;

struct ds_arena {
    ds_arena_room room; /* the head block's free bytes (first: see arena.h) */
    ds_block_hdr *head;
    size_t total;
    size_t used;       /* bytes handed out before base */
    char *base;        /* where the head block's handed-out bytes begin */
    size_t next_block; /* size of the next ordinary block */
};

enum { DS_ARENA_BLOCK = 64 * 1024, DS_ARENA_MIN_BLOCK = 1024, DS_SPARE_BLOCKS = 64 };

/* The spare blocks of this thread. Thread-local storage, with a tss key whose
 * destructor frees them when a worker thread ends (the main thread's stay
 * reachable until exit). */
typedef struct spare_blocks {
    ds_block_hdr *v[DS_SPARE_BLOCKS];
    int n;
    bool registered;
} spare_blocks;

static _Thread_local spare_blocks spares;
static tss_t spare_key;
static bool spare_key_ok;
static once_flag spare_once = ONCE_FLAG_INIT;

static void spares_drop(void *arg)
{
    spare_blocks *s = arg;
    while (s->n > 0) free(s->v[--s->n]);
}

static void spare_key_init(void)
{
    spare_key_ok = tss_create(&spare_key, spares_drop) == thrd_success;
}

/* block_release for a block it does not simply keep: the thread's first
 * (its list registered first), or one that is too big or has no room. */
static __attribute__((noinline)) void block_release_slow(ds_block_hdr *b)
{
    if (b->size <= DS_ARENA_BLOCK && spares.n < DS_SPARE_BLOCKS) {
        if (!spares.registered) {
            call_once(&spare_once, spare_key_init);
            /* without a destructor a worker's blocks would leak at its exit */
            if (!spare_key_ok || tss_set(spare_key, &spares) != thrd_success) {
                free(b);
                return;
            }
            spares.registered = true;
        }
        spares.v[spares.n++] = b;
        return;
    }
    free(b);
}

/* Contract: keeps b for reuse when it is an ordinary block and there is
 * room; frees it otherwise. Inline for the common case, a push on the
 * thread's list (two a document). */
static inline void block_release(ds_block_hdr *b)
{
    if (b->size <= DS_ARENA_BLOCK && spares.n < DS_SPARE_BLOCKS && spares.registered)
        spares.v[spares.n++] = b;
    else
        block_release_slow(b);
}

/* A kept block of at least bs bytes, or NULL: the last one kept when it
 * fits, else the smallest that fits, so that a small document's block
 * does not take the 64 KiB one an extraction arena wants next. (A batch
 * makes a document's arena, then an extraction's, and frees them in the
 * other order: the last block kept is the one the same kind of arena had
 * before, and most often fits.) */
static ds_block_hdr *block_reuse(size_t bs)
{
    if (spares.n && spares.v[spares.n - 1]->size >= bs) return spares.v[--spares.n];
    int best = -1;
    for (int i = 0; i < spares.n; i++)
        if (spares.v[i]->size >= bs && (best < 0 || spares.v[i]->size < spares.v[best]->size))
            best = i;
    if (best < 0) return NULL;
    ds_block_hdr *b = spares.v[best];
    spares.v[best] = spares.v[--spares.n];
    return b;
}

ds_arena *ds_arena_new(void)
{
    return ds_arena_new_sized(DS_ARENA_BLOCK);
}

/* The arena's own record, rounded to the allocation unit. */
#define DS_ARENA_REC ((sizeof(ds_arena) + 15) & ~(size_t)15)

/* Contract: the record lives at the start of the first block (a kept one
 * when there is one that fits), so that an arena costs no malloc and free
 * of its own; NULL when out of memory. */
ds_arena *ds_arena_new_sized(size_t first)
{
    if (first < DS_ARENA_MIN_BLOCK) first = DS_ARENA_MIN_BLOCK;
    if (first > DS_ARENA_BLOCK) first = DS_ARENA_BLOCK;
    size_t bs = (first + 15) & ~(size_t)15;
    ds_block_hdr *b = block_reuse(bs);
    if (b)
        bs = b->size;
    else if (!(b = malloc(sizeof(ds_block_hdr) + bs)))
        return NULL;
    b->size = bs;
    b->next = NULL;
    ds_arena *a = (ds_arena *)(void *)b->align;
    a->head = b;
    a->total = bs;
    a->used = 0;
    a->base = a->room.cur = (char *)b->align + DS_ARENA_REC;
    a->room.end = (char *)b->align + bs;
    /* as when the first block was made on the first request */
    a->next_block = (first + 15) & ~(size_t)15;
    if (a->next_block < DS_ARENA_BLOCK) a->next_block *= 2;
    return a;
}

const void *ds_arena_first(const ds_arena *a)
{
    return (const char *)a + DS_ARENA_REC;
}

void ds_arena_free(ds_arena *a)
{
    if (!a) return;
    ds_block_hdr *b = a->head; /* a itself is in one of the blocks */
    while (b) {
        ds_block_hdr *next = b->next;
        block_release(b);
        b = next;
    }
}

/* Contract (ds_arena_alloc_slow_: the head block has no room for size,
 * rounded already): a new block, or for a big request a block of its own.
 * A request big enough for a block of its own gets it from calloc: large
 * blocks are fresh pages from the kernel, already zero, and only those the
 * caller touches become resident. */
void *ds_arena_alloc_slow_(ds_arena *a, size_t size, bool zero)
{
    ds_block_hdr *b = a->head;
    size_t bs = a->next_block;
    bool own = size > bs / 4; /* a big request: a block of its own */
    if (own) bs = size;
    ds_block_hdr *nb = own ? NULL : block_reuse(bs);
    if (nb)
        bs = nb->size; /* a kept block may be larger than asked */
    else if (own && zero)
        nb = calloc(1, sizeof(ds_block_hdr) + bs);
    else
        nb = malloc(sizeof(ds_block_hdr) + bs);
    if (!nb) return NULL;
    nb->size = bs;
    a->total += bs;
    if (own) {
        /* behind the current block, so that its spare room stays usable */
        nb->next = b->next;
        b->next = nb;
        a->used += size;
        return (char *)nb->align;
    }
    if (a->next_block < DS_ARENA_BLOCK) a->next_block *= 2;
    nb->next = b;
    a->head = nb;
    a->used += (size_t)(a->room.cur - a->base);
    a->base = (char *)nb->align;
    a->room.cur = a->base + size;
    a->room.end = a->base + bs;
    if (zero) memset(nb->align, 0, size);
    return (char *)nb->align;
}

/* arena.h's allocator, for the calls in this file */
static inline void *arena_alloc(ds_arena *a, size_t size, bool zero)
{
    return ds_arena_bump_(a, size, zero);
}

char *ds_arena_printf(ds_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = ds_arena_alloc_raw(a, (size_t)n + 1);
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

size_t ds_arena_used(const ds_arena *a)
{
    return a->used + (size_t)(a->room.cur - a->base);
}

bool ds_vec_grow_(ds_arena *a, void **v, uint32_t *n, uint32_t *cap, size_t elem)
{
    if (*cap > UINT32_MAX / 2) return false;
    uint32_t ncap = *cap ? *cap * 2 : 8;
    size_t bytes;
    if (__builtin_mul_overflow((size_t)ncap, elem, &bytes)) return false;
    void *nv = arena_alloc(a, bytes, false);
    if (!nv) return false;
    if (*n) memcpy(nv, *v, (size_t)*n * elem);
    *v = nv;
    *cap = ncap;
    return true;
}

void *ds_vec_failed_(void)
{
    return NULL;
}
