/* facts.h - the extraction model (private): what `ds_extraction` holds after
 * events.c, profile.c and assess.c have read the annotated documents and
 * resolve.c has merged mentions within and across documents. Its field
 * names follow ../shared/eval/CONTRACT.md; export_*.c and store_sqlite.c
 * read it. All strings live in x->arena (copied out of the documents, which
 * may be freed), except static codebook strings (event types).
 */
#ifndef DS_FACTS_H
#define DS_FACTS_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "doc.h"

#define DS_NULL_INT INT32_MIN /* an integer field the text does not give */

typedef struct ds_docinfo {
    const char *id; /* "d1", or the batch id */
    const char *path;
    const char *title; /* NULL when none */
    char date[11];     /* "" when none */
    const char *text;  /* the normalized text (for the store's FTS), may be NULL */
    char sha256[65];   /* hex digest of the original bytes ("" if not computed) */
} ds_docinfo;

/* A place in the text that backs a fact. */
typedef struct ds_source {
    uint32_t doc;           /* index into x->docs */
    uint32_t start, end;    /* byte span of the sentence in the original file */
    const char *text;       /* the sentence */
    const char **citations; /* resolved footnote URLs of the sentence */
    uint32_t ncitations;
} ds_source;

typedef DS_VEC(ds_source) ds_source_vec;
typedef DS_VEC(const char *) ds_str_vec;

/* A fatality figure as one source gave it, for conflicts ("two tolls"). */
typedef struct ds_toll {
    int32_t fatalities;
    uint32_t source; /* index into the event's sources */
} ds_toll;

typedef struct ds_event {
    char id[40];                /* stable: derived from canonical content */
    char date[11];              /* ISO at the text's precision; "" unknown */
    char date_end[11];          /* "" unless a span */
    const char *event_type;     /* ACLED event type (static string) */
    const char *sub_event_type; /* ACLED sub-event type or NULL */
    const char *disorder_type;  /* ACLED disorder type or NULL */
    int gtd_attack_type;        /* GTD attacktype1 code, 0 unknown */
    const char *cameo;          /* CAMEO root code ("18"), NULL unknown */
    const char *actor1;
    ds_str_vec assoc_actor1;
    const char *actor2;
    ds_str_vec assoc_actor2;
    char country[4]; /* ISO alpha-3 where it happened; "" unknown */
    const char *admin1, *admin2, *location;
    double latitude, longitude;
    bool has_coords;
    int geo_precision;      /* ACLED: 1 town, 2 district/near, 3 province/region */
    char origin_country[4]; /* cross-border: where it was launched from */
    const char *origin_admin1, *origin_location;
    int32_t fatalities; /* DS_NULL_INT when not given */
    int32_t injuries;
    bool hurt_unknown; /* "an unknown number were injured": not 0 for want of a figure */
    int32_t attackers;
    DS_VEC(ds_toll) tolls; /* every figure reported, with its source */
    const char *weapon;
    int claimed; /* -1 unknown, 0 not claimed, 1 claimed */
    const char *claimed_by;
    ds_str_vec denied_by;
    const char *attributed_to; /* attribution without a claim */
    int time_precision;        /* ACLED: 1 day, 2 week/range, 3 month or coarser */
    ds_source_vec sources;
    bool apart; /* told as another happening ("In a separate attack", "a second
                 * explosion"): never one with its document's other events */
    /* actor1 by convention when the text names none (an arrest: the
     * country's police): set by events.c, made actor1 by ds_resolve after
     * merging, so that it never keeps two mentions of one happening apart */
    const char *actor1_default;
    /* a village the text names after "in"/"near" that the gazetteer does
     * not know ("in Mazeze"): made the location of an event left without
     * one by ds_resolve after merging, like actor1_default */
    const char *unknown_town;
} ds_event;

typedef struct ds_leader {
    const char *name;
    const char *role; /* "wali", "emir", "leader", "spokesman"... */
    char start[11], end[11];
    bool open_end;      /* "– present" */
    const char *status; /* "dead", "current" or NULL */
    ds_source_vec sources;
} ds_leader;

typedef struct ds_affiliation {
    const char *name;
    const char *relation; /* subgroup, ally, parent, rival, opponent */
    char start[11], end[11];
    bool disputed;
    const char *note; /* "claimed by Tajik government; denied" */
    ds_source_vec sources;
} ds_affiliation;

typedef struct ds_outlet {
    const char *name;
    ds_str_vec languages;
    ds_str_vec platforms;
    ds_source_vec sources; /* the infobox line or sentences that name it */
} ds_outlet;

typedef struct ds_actor {
    const char *name;
    ds_str_vec aliases;
    const char *type; /* armed_group, state_force, government, ... */
    const char *parent;
    char country[4]; /* home country of state actors */
    char founded[11];
    char dissolved[11]; /* the group's end ("Dissolved: 2 May 2018"), or "" */
    bool has_strength;
    int64_t strength_min, strength_max;
    const char *strength_source;
    char strength_as_of[11]; /* the year the count is of ("3,000 (2023)"), or "" */
    const char *headquarters;
    ds_str_vec areas;
    DS_VEC(ds_leader) leaders;
    DS_VEC(ds_affiliation) affiliations;
    DS_VEC(ds_outlet) media_outlets;
    ds_str_vec opponents;
    ds_source_vec sources;
    bool in_lexicon; /* resolve_actors.c: named after a lexicon entry (its name wins a merge) */
} ds_actor;

typedef struct ds_assessment {
    const char *text;       /* the whole sentence */
    const char *confidence; /* ICD 203 term or "possible" */
    double p_min, p_max;    /* ICD 203 probability range */
    const char *subject;    /* the actor it is about, or NULL */
    const char *topic;      /* capability, intent, attribution, trend, or NULL */
    ds_source source;
} ds_assessment;

struct ds_extraction {
    ds_arena *arena;
    DS_VEC(ds_docinfo) docs;
    DS_VEC(ds_event) events;
    DS_VEC(ds_actor) actors;
    DS_VEC(ds_assessment) assessments;
    bool finished;
    struct ds_actor_index *actor_index; /* resolve_actors.c: name key -> actor (in arena) */
};

/* Copies a string into the extraction's arena (NULL stays NULL). */
const char *ds_facts_str(ds_extraction *x, const char *s);
const char *ds_facts_strn(ds_extraction *x, const char *s, size_t n);

/* Per-document extraction steps (called by ds_extraction_add in order). */
ds_status ds_extract_events(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx);
ds_status ds_extract_profiles(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx);
ds_status ds_extract_assessments(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t docidx);
/* resolve.c: merges duplicate events and actors, assigns ids, sorts. */
ds_status ds_resolve(ds_extraction *x, ds_ctx *ctx);

/* A source for sentence `sentence` of doc (span mapped to the original bytes,
 * text and resolved citation URLs copied). */
ds_status ds_source_from_sentence(ds_source *out, ds_extraction *x, const ds_doc *doc,
                                  uint32_t docidx, uint32_t sentence);

/* resolve_actors.c: finds or creates the x->actors entry of an annotated
 * actor (a lexicon index, or DS_DOC_ACTOR | i): name = the lexicon's
 * canonical name (else the document's), aliases = lexicon aliases + the
 * document-learnt ones, type, parent. Entries that share a name or alias
 * (folded, punctuation-blind) are one. The pointer is into x->actors.v and
 * is invalidated by the next call that adds an actor; NULL when actor_id is
 * out of range or memory ran out. */
ds_actor *ds_facts_actor(ds_extraction *x, ds_ctx *ctx, const ds_doc *doc, uint32_t actor_id);
/* The same for a bare name (no lexicon entry): found by name or alias, else
 * created with type `type` (a static string or NULL). */
ds_actor *ds_facts_actor_named(ds_extraction *x, const char *name, size_t len, const char *type);
/* The entry with that name or alias, or NULL (never creates one). */
ds_actor *ds_facts_actor_find(ds_extraction *x, const char *name, size_t len);
/* Adds an alias unless the actor (or another actor) already has that name;
 * false only when memory ran out. */
bool ds_facts_actor_alias(ds_extraction *x, ds_actor *a, const char *alias, size_t len);
/* Same-name test used for actors, leaders, affiliations and outlets: folded,
 * punctuation and spacing ignored, a leading "the" dropped. */
bool ds_facts_same_name(const char *a, size_t an, const char *b, size_t bn);
/* True for ACLED's names of a state's forces: "Military Forces of X (...)",
 * "Police Forces of X (...)"; false for NULL. */
bool ds_facts_state_force(const char *actor);
/* True when no perpetrator is known: NULL or ACLED's "Unidentified ...". */
bool ds_facts_unnamed(const char *actor);
/* The contract name of an actor type ("armed_group"...). */
const char *ds_actor_type_name(ds_actor_type t);
/* The keys resolve_actors.c indexes a name under (its name key, and the
 * dash-keeping key of its spelling), with their hashes: what
 * ds_facts_actor() would compute from the string, computed once. The
 * lexicon keeps one per name and alias of each entry (ds_lex_actor.keys),
 * so a lexicon actor's names are not rekeyed at every mention. */
typedef struct ds_name_keys {
    const char *k, *kd; /* name key, dash-keeping key (NUL-terminated) */
    uint32_t kn, kdn;   /* their lengths (kn 0: the name has no usable key) */
    uint64_t hk, hd;    /* their index hashes */
    bool acronym;       /* "NRF", "IS-KP": never joins two entries alone */
} ds_name_keys;
/* Fills *out for name s (n bytes); the keys are copied into arena. False
 * when memory ran out. */
bool ds_name_keys_of(ds_name_keys *out, ds_arena *arena, const char *s, size_t n);

/* resolve_actors.c: merges actors that share a name or alias (within and
 * across documents) with their leaders, affiliations and outlets, and sorts
 * them by name. Called by ds_resolve. */
ds_status ds_resolve_actors(ds_extraction *x, ds_ctx *ctx);

#endif
