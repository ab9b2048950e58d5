/* arena.h - region allocator: one per document (and one per extraction).
 * Everything allocated from it is freed at once by ds_arena_free(). Memory
 * from ds_arena_alloc is zeroed (only the bytes handed out are cleared);
 * ds_arena_alloc_raw leaves them as they are, for storage the caller
 * overwrites at once (text, maps, token arrays). Also arena-backed growable
 * vectors (DS_VEC).
 */
#ifndef DS_ARENA_H
#define DS_ARENA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct ds_arena ds_arena;

/* The free bytes of an arena's current block: the first member of
 * struct ds_arena (arena.c), so that the inline allocators below bump it
 * without a call; the rest of the record is arena.c's. */
typedef struct ds_arena_room {
    char *cur, *end;
} ds_arena_room;

ds_arena *ds_arena_new(void);
/* An arena whose first block holds about `first` bytes (a document's arena
 * sized from its length: a 300-byte note must not take a 64 KiB block). */
ds_arena *ds_arena_new_sized(size_t first);
void ds_arena_free(ds_arena *a);
/* Where the arena's first allocation starts (right after its record in its
 * first block): a record kept in its own arena is there. */
const void *ds_arena_first(const ds_arena *a);
/* The allocation when the current block has no room for size (rounded
 * already): a new block (arena.c). */
void *ds_arena_alloc_slow_(ds_arena *a, size_t size, bool zero);

/* Contract: a pointer to size bytes (rounded up to 16), cleared when zero;
 * NULL on overflow or out of memory. Inline: the common case is a bump of
 * the current block (~50,000 allocations per 2,000 notes; a constant size
 * folds the rounding and makes the clearing a few stores). */
static inline void *ds_arena_bump_(ds_arena *a, size_t size, bool zero)
{
    ds_arena_room *r = (ds_arena_room *)(void *)a; /* its first member */
    if (size > SIZE_MAX / 2) return NULL;
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    /* the new end of the handed-out bytes against the block's end: one
     * compare, no room computed (as integers: a request past the block
     * makes no pointer beyond it; no wrap, the size being under half the
     * address space) */
    uintptr_t p = (uintptr_t)r->cur, q = p + size;
    if (q > (uintptr_t)r->end) return ds_arena_alloc_slow_(a, size, zero);
    r->cur = (char *)q;
    /* bytes of a block are never at address 0: told so, a caller's check
     * of the result for NULL is left to the slow path */
    if (!p) __builtin_unreachable();
    if (zero) memset((void *)p, 0, size);
    return (void *)p;
}

/* Zeroed, 16-byte aligned; NULL on overflow or out of memory. */
static inline void *ds_arena_alloc(ds_arena *a, size_t size)
{
    return ds_arena_bump_(a, size, true);
}
/* The same, not zeroed: for storage every byte of which is written before
 * it is read. */
static inline void *ds_arena_alloc_raw(ds_arena *a, size_t size)
{
    return ds_arena_bump_(a, size, false);
}
/* Room for n bytes: where an allocation of n bytes (or fewer) made now
 * would start, when the current block holds it without a new block; NULL
 * otherwise. A caller may write its result there before it knows how long
 * it is, then keep what it wrote with ds_arena_claim (no copy from a
 * scratch buffer). Nothing may allocate from the arena in between. */
static inline void *ds_arena_room_for(ds_arena *a, size_t n)
{
    const ds_arena_room *r = (const ds_arena_room *)(const void *)a;
    if (n > SIZE_MAX / 2) return NULL;
    return (size_t)(r->end - r->cur) >= ((n + 15) & ~(size_t)15) ? r->cur : NULL;
}
/* Makes the first n bytes of the room ds_arena_room_for(a, m) gave, n <= m,
 * an allocation (not zeroed: they hold what the caller wrote); returns
 * them, the pointer that call returned. */
static inline void *ds_arena_claim(ds_arena *a, size_t n)
{
    ds_arena_room *r = (ds_arena_room *)(void *)a;
    void *p = r->cur;
    r->cur += (n + 15) & ~(size_t)15; /* as ds_arena_bump_ rounds (within the room asked) */
    return p;
}
/* Copies n bytes and a NUL; NULL when out of memory. Inline, as is
 * ds_arena_strdup: ~11,000 copies per 2,000 notes (ids, names, sources),
 * most of a few bytes, where two calls cost as much as the copy. */
static inline char *ds_arena_strndup(ds_arena *a, const char *s, size_t n)
{
    char *p = ds_arena_alloc_raw(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
/* A copy of the C string s; NULL when out of memory. */
static inline char *ds_arena_strdup(ds_arena *a, const char *s)
{
    size_t n = strlen(s);
    char *p = ds_arena_alloc_raw(a, n + 1);
    if (p) memcpy(p, s, n + 1); /* its NUL with it */
    return p;
}
char *ds_arena_printf(ds_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Bytes obtained from the system so far (for memory reports). */
size_t ds_arena_bytes(const ds_arena *a);
/* Bytes handed out so far (after alignment). */
size_t ds_arena_used(const ds_arena *a);

/* A vector whose storage lives in an arena (growth copies; the old storage is
 * reclaimed with the arena). Use: DS_VEC(ds_token) tokens; then
 * ds_token *t = ds_vec_push(arena, &tokens); (NULL when out of memory).
 * The pushed element is zeroed; slots past n are not. */
#define DS_VEC(T)                                                                                  \
    struct {                                                                                       \
        T *v;                                                                                      \
        uint32_t n, cap;                                                                           \
    }
/* Inline but for the growth (a call to ds_vec_grow_): the slot's clearing
 * is a memset of a constant size, which the compiler makes a few stores
 * (~20,000 pushes per 2,000 notes, most of them a vector's first). vec is
 * evaluated more than once: pass no side effects. */
#define ds_vec_push(arena, vec) ds_vec_push_as_((arena), (vec), ds_vec_cleared_)
/* ds_vec_push for a caller that sets every field of the new element
 * itself ("*p = (T){...}"): the slot is not cleared first. */
#define ds_vec_push_raw(arena, vec) ds_vec_push_as_((arena), (vec), ds_vec_raw_)
#define ds_vec_push_as_(arena, vec, slot)                                                          \
    (((vec)->n < (vec)->cap ||                                                                     \
      ((vec)->cap == 0                                                                             \
           ? ((vec)->v = ds_arena_alloc_raw((arena), DS_VEC_FIRST * sizeof *(vec)->v)) != NULL &&  \
                 ((vec)->cap = DS_VEC_FIRST) != 0                                                  \
           : ds_vec_grow_((arena), (void **)&(vec)->v, &(vec)->n, &(vec)->cap, sizeof *(vec)->v))) \
         ? slot((vec)->v + (vec)->n++, sizeof *(vec)->v)                                           \
         : ds_vec_failed_())
/* A vector's first room, made inline (most vectors of a note get one to
 * three elements: the first push is the common growth), as ds_vec_grow_
 * would make it. */
#define DS_VEC_FIRST 8u
static inline void *ds_vec_cleared_(void *slot, size_t elem)
{
    memset(slot, 0, elem);
    return slot;
}
static inline void *ds_vec_raw_(void *slot, size_t elem)
{
    (void)elem;
    return slot;
}
/* Doubles a full vector's room (8 elements at first) into fresh arena
 * storage (the old one stays until the arena goes); false on overflow or
 * out of memory. */
bool ds_vec_grow_(ds_arena *a, void **v, uint32_t *n, uint32_t *cap, size_t elem);
/* NULL, from a call: a literal NULL in the macro would have the compiler
 * warn of writes through the slot where a caller (a test) does not check
 * it. */
void *ds_vec_failed_(void);

#endif
