-- schema.sql - the knowledge base's SQLite schema, embedded into the library
-- at build time (cmake/store.cmake). Migrations are sections opened by a line
-- "-- migration N"; store_sqlite.c applies each N above PRAGMA user_version in
-- its own transaction and then sets user_version = N. Never edit a released
-- migration: append a new one. Field names follow facts.h / eval/CONTRACT.md;
-- event fields follow ACLED's codebook.

-- migration 1
CREATE TABLE document (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,          -- absolute path or URL
    title TEXT,
    date TEXT,                          -- ISO 8601 at its precision
    sha256 TEXT NOT NULL,               -- of the original bytes
    text TEXT,                          -- normalized text (FTS)
    bytes INTEGER NOT NULL DEFAULT 0
);

-- A span of a document that backs facts: a sentence, or the whole document
-- (start = end = 0, text NULL) for facts given without a sentence.
CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT,
    UNIQUE (document, start, "end")
);

CREATE TABLE citation (
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    PRIMARY KEY (source, url)
) WITHOUT ROWID;

CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm TEXT NOT NULL UNIQUE,          -- folded name
    type TEXT,                          -- armed_group, state_force, ...
    parent TEXT,
    country TEXT,
    founded TEXT,
    strength_min INTEGER,
    strength_max INTEGER,
    strength_source TEXT,
    headquarters TEXT
);

-- WITHOUT ROWID tables list their key columns first: SQLite 3.40's
-- integrity_check misreads NOT NULL columns declared before key columns.
CREATE TABLE alias (
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    norm TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (actor, norm)
) WITHOUT ROWID;
CREATE INDEX alias_norm ON alias(norm);

CREATE TABLE actor_source (
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (actor, source)
) WITHOUT ROWID;
CREATE INDEX actor_source_source ON actor_source(source);

CREATE TABLE alias_source (
    actor INTEGER NOT NULL,
    norm TEXT NOT NULL,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (actor, norm, source),
    FOREIGN KEY (actor, norm) REFERENCES alias(actor, norm) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX alias_source_source ON alias_source(source);

CREATE TABLE actor_area (
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    PRIMARY KEY (actor, area)
) WITHOUT ROWID;

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm TEXT NOT NULL UNIQUE
);

-- A leadership term: person led actor in role from start to end.
CREATE TABLE leadership (
    id INTEGER PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    person INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    open_end INTEGER NOT NULL DEFAULT 0,
    status TEXT,
    seq INTEGER NOT NULL DEFAULT 0,     -- order in which the sources listed it
    UNIQUE (actor, person, role)
);
CREATE TABLE leadership_source (
    leadership INTEGER NOT NULL REFERENCES leadership(id) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (leadership, source)
) WITHOUT ROWID;
CREATE INDEX leadership_source_source ON leadership_source(source);

CREATE TABLE affiliation (
    id INTEGER PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',  -- subgroup, ally, parent, rival, opponent
    start TEXT,
    "end" TEXT,
    disputed INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    seq INTEGER NOT NULL DEFAULT 0,
    UNIQUE (actor, norm, relation)
);
CREATE TABLE affiliation_source (
    affiliation INTEGER NOT NULL REFERENCES affiliation(id) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (affiliation, source)
) WITHOUT ROWID;
CREATE INDEX affiliation_source_source ON affiliation_source(source);

CREATE TABLE outlet (
    id INTEGER PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    norm TEXT NOT NULL,
    languages TEXT,                     -- JSON array
    platforms TEXT,                     -- JSON array
    seq INTEGER NOT NULL DEFAULT 0,
    UNIQUE (actor, norm)
);
CREATE TABLE outlet_source (
    outlet INTEGER NOT NULL REFERENCES outlet(id) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    PRIMARY KEY (outlet, source)
) WITHOUT ROWID;
CREATE INDEX outlet_source_source ON outlet_source(source);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,           -- the extraction's stable id
    date TEXT, date_end TEXT,
    date_lo TEXT, date_hi TEXT,         -- the day range the date covers (matching, filters)
    event_type TEXT, sub_event_type TEXT, disorder_type TEXT,
    gtd_attack_type INTEGER, cameo TEXT,
    actor1 TEXT, actor1_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    assoc_actor1 TEXT,                  -- JSON array
    actor2 TEXT, actor2_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    assoc_actor2 TEXT,
    country TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
    latitude REAL, longitude REAL, geo_precision INTEGER,
    origin_country TEXT, origin_admin1 TEXT, origin_location TEXT,
    fatalities INTEGER, injuries INTEGER, attackers INTEGER,
    weapon TEXT,
    claimed INTEGER,                    -- NULL unknown, 0, 1
    claimed_by TEXT,
    denied_by TEXT,                     -- JSON array
    attributed_to TEXT,
    time_precision INTEGER
);
CREATE INDEX event_match ON event(country, event_type, date_lo);
CREATE INDEX event_actor1 ON event(actor1_id);
CREATE TABLE event_source (
    event INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    fatalities INTEGER,                 -- the toll this source gave, if any
    PRIMARY KEY (event, source)
) WITHOUT ROWID;
CREATE INDEX event_source_source ON event_source(source);

CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    confidence TEXT,
    p_min REAL, p_max REAL,
    subject TEXT, topic TEXT,
    UNIQUE (source, text)
);

-- Full-text search: documents (title, text) and backing sentences.
CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='document', content_rowid='id');
CREATE TRIGGER document_ai AFTER INSERT ON document BEGIN
    INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER document_ad AFTER DELETE ON document BEGIN
    INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE VIRTUAL TABLE source_fts USING fts5(text, content='source', content_rowid='id');
CREATE TRIGGER source_ai AFTER INSERT ON source BEGIN
    INSERT INTO source_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER source_ad AFTER DELETE ON source BEGIN
    INSERT INTO source_fts(source_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- migration 2
-- The prune after a replaced document and the foreign key of event.actor2_id
-- look events up by their second actor.
CREATE INDEX event_actor2 ON event(actor2_id);

-- migration 3
-- Matching an incoming event reads only this index: the candidates are the
-- same country, type and first actor whose range starts at most a year
-- before the new one's (store_sqlite.c), so a match is a short index range,
-- not a scan of every earlier event of the country (quadratic on a big
-- store: bench/bench_query.sh).
DROP INDEX event_match;
CREATE INDEX event_match ON event(country, event_type, actor1_id, date_lo, date_hi);
