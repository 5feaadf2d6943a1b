"""Ids that stay put: merging stored claims and stories, and the aliases that lead to the survivors.

Ids never change once given: ``c<n>`` and ``s<n>`` count claims and stories in the order they were opened;
when a new claim joins two stored claims (or stories), the older id survives and the other becomes an alias
(the ``aliases`` table: alias -> target, always a live id).
"""

from __future__ import annotations

import sqlite3

__all__ = ["merge_claims", "merge_stories", "move_claim", "resolve", "resolve_claim", "resolve_story",
           "story_of_claim"]


def resolve(db: sqlite3.Connection, story_or_claim: str) -> str:
    """The live id for ``story_or_claim`` (an alias leads to the id it was merged into)."""
    row = db.execute("SELECT target FROM aliases WHERE alias = ?", (story_or_claim,)).fetchone()
    return row[0] if row else story_or_claim


def resolve_claim(db: sqlite3.Connection, n: int) -> int:
    """The live claim number for ``n`` (a claim merged away leads to the one it joined)."""
    row = db.execute("SELECT target FROM aliases WHERE alias = ?", (f"c{n}",)).fetchone()
    return int(row[0][1:]) if row else n


def resolve_story(db: sqlite3.Connection, n: int) -> int:
    """The live story number for ``n``."""
    row = db.execute("SELECT target FROM aliases WHERE alias = ?", (f"s{n}",)).fetchone()
    return int(row[0][1:]) if row else n


def story_of_claim(db: sqlite3.Connection, cluster: int) -> int:
    """The story of the (live claim of) stored claim ``cluster``."""
    return db.execute("SELECT story FROM claims WHERE n = ?", (resolve_claim(db, cluster),)).fetchone()[0]


def merge_claims(db: sqlite3.Connection, keep: int, other: int) -> None:
    """Claim ``other`` joins the older ``keep``: its attributions move, its id becomes an alias."""
    keep_story, other_story = story_of_claim(db, keep), story_of_claim(db, other)
    db.execute("UPDATE attributions SET claim = ? WHERE claim = ?", (keep, other))
    db.execute("DELETE FROM claims WHERE n = ?", (other,))
    _alias(db, f"c{other}", f"c{keep}")
    if keep_story != other_story:
        merge_stories(db, min(keep_story, other_story), max(keep_story, other_story))


def move_claim(db: sqlite3.Connection, cluster: int, story: int) -> None:
    """Claim ``cluster`` goes to ``story``: the two stories become one (the older survives)."""
    old = story_of_claim(db, cluster)
    merge_stories(db, min(old, story), max(old, story))


def merge_stories(db: sqlite3.Connection, keep: int, other: int) -> None:
    """The younger of two stories joins the older: its claims move, its id becomes an alias."""
    if keep == other:
        return
    keep, other = min(keep, other), max(keep, other)
    db.execute("UPDATE claims SET story = ? WHERE story = ?", (keep, other))
    db.execute("DELETE FROM stories WHERE n = ?", (other,))
    _alias(db, f"s{other}", f"s{keep}")


def _alias(db: sqlite3.Connection, alias: str, target: str) -> None:
    db.execute("UPDATE aliases SET target = ? WHERE target = ?", (target, alias))
    db.execute("INSERT OR REPLACE INTO aliases (alias, target) VALUES (?, ?)", (alias, target))
