"""The tracker's SQLite schema and its migrations.

``schema_version`` holds one row, the version the file is at; :func:`migrate` runs every step above it, each
in its own transaction, so a file written by an older claimtrack is brought up to date when opened.
"""

from __future__ import annotations

import sqlite3

__all__ = ["SCHEMA_VERSION", "migrate"]

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    n INTEGER PRIMARY KEY,             -- insertion order
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,         -- SHA-1 of the text: the same text is stored once
    outlet TEXT,
    published TEXT,                    -- ISO date
    published_at TEXT,                 -- ISO date and time, when the record gives one
    url TEXT,
    author TEXT,
    title TEXT,
    path TEXT,
    text TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE stories (
    n INTEGER PRIMARY KEY,
    label TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claims (
    n INTEGER PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    story INTEGER NOT NULL REFERENCES stories(n)
);
CREATE INDEX claims_story ON claims(story);
CREATE TABLE attributions (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,           -- "<article id>#<k>"
    article INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
    claim INTEGER NOT NULL REFERENCES claims(n),
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    cue TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, lemma TEXT, stance TEXT,
    source TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
    source_kind TEXT, resolved TEXT,
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    negated INTEGER NOT NULL, refers_to TEXT, quote TEXT,
    record TEXT NOT NULL,              -- the whole attribution as JSON (via and hedge spans included)
    key_text TEXT NOT NULL,            -- the text its claim key is built from (the referenced content for ذلك)
    source_key TEXT NOT NULL,          -- JSON list
    speaker TEXT NOT NULL,             -- JSON
    negative INTEGER NOT NULL,
    reprint TEXT NOT NULL              -- identical reprints share this key
);
CREATE INDEX attributions_article ON attributions(article);
CREATE INDEX attributions_claim ON attributions(claim);
CREATE INDEX attributions_reprint ON attributions(reprint);
CREATE TABLE terms (                   -- the candidate index: rare terms of each attribution's claim
    term TEXT NOT NULL,
    attribution INTEGER NOT NULL REFERENCES attributions(n) ON DELETE CASCADE,
    PRIMARY KEY (term, attribution)
) WITHOUT ROWID;

CREATE TABLE marks (
    n INTEGER PRIMARY KEY,
    a INTEGER NOT NULL REFERENCES attributions(n) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES attributions(n) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    evidence TEXT NOT NULL,            -- JSON
    explanation TEXT NOT NULL,
    UNIQUE (a, b)
);
CREATE TABLE aliases (                 -- ids merged away: "c12" -> "c3", "s40" -> "s7"
    alias TEXT PRIMARY KEY,
    target TEXT NOT NULL
) WITHOUT ROWID;
"""

# When each statement was made (Attribution.said_on): the days it names and the words, as in the record's JSON.
# Attributions stored before this version keep NULL here until `reindex` extracts them again.
_V2 = """
ALTER TABLE attributions ADD COLUMN said_on_from TEXT;     -- ISO date, or NULL (no date in the sentence, or
ALTER TABLE attributions ADD COLUMN said_on_to TEXT;       -- relative words in an article without one)
ALTER TABLE attributions ADD COLUMN said_on_text TEXT;
ALTER TABLE attributions ADD COLUMN said_on_start INTEGER;
ALTER TABLE attributions ADD COLUMN said_on_end INTEGER;
CREATE INDEX attributions_said_on ON attributions(said_on_from);
"""

# Marks are claimtrack's own (:func:`claimtrack.contradictions` over a neighbourhood, :mod:`.marking`): each keeps
# its dispute kind, and names its sides by id (an attribution, or an outlet's own sentence ``<article>#n<k>``,
# which is no stored attribution).  Marks of earlier versions were made pair by pair without the corpus's dispute
# rules: they are dropped, and every stored article is left to mark (``marked = 0``): the next ``track add`` or
# ``track remark`` marks them again, a few days at a time (:mod:`.marking`).
_V3 = """
ALTER TABLE articles ADD COLUMN marked INTEGER NOT NULL DEFAULT 0;  -- 1 once its neighbourhood was marked
CREATE INDEX articles_marked ON articles(marked);
DROP TABLE marks;
CREATE TABLE marks (
    n INTEGER PRIMARY KEY,
    a TEXT NOT NULL,                   -- attribution id, or "<article>#n<k>" for an outlet's own sentence
    b TEXT NOT NULL,
    article_a INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
    article_b INTEGER NOT NULL REFERENCES articles(n) ON DELETE CASCADE,
    kind TEXT NOT NULL,                -- contradicts, agrees, clarifies, framing
    dispute TEXT NOT NULL DEFAULT '',  -- of a contradicts mark: denies, updates, disagrees or contradicts
    evidence TEXT NOT NULL,            -- JSON
    explanation TEXT NOT NULL,
    UNIQUE (a, b)
);
CREATE INDEX marks_article_a ON marks(article_a);
CREATE INDEX marks_article_b ON marks(article_b);
"""

# version -> the SQL that brings a file from version - 1 to it
_MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3}
SCHEMA_VERSION = max(_MIGRATIONS)


def migrate(db: sqlite3.Connection) -> int:
    """Bring ``db`` to :data:`SCHEMA_VERSION`; returns the version it was at (0 for a new file)."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT version FROM schema_version").fetchone()
    start = row[0] if row else 0
    if start > SCHEMA_VERSION:
        from ..errors import InputError

        raise InputError(f"the store is at schema version {start}, newer than this claimtrack ({SCHEMA_VERSION})")
    for version in range(start + 1, SCHEMA_VERSION + 1):
        with db:
            db.execute("BEGIN")
            for statement in _MIGRATIONS[version].split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
    return start
