"""The tracker: articles, attributions, claims, stories and marks kept in one SQLite file, added to over time.

:class:`Tracker` is the face of the store; the work is done in one module per job:

- :mod:`.ingest`: adding articles, one transaction per batch; each claim placed in a stored claim and story;
- :mod:`.marking`: the marks of :func:`claimtrack.contradictions`, recomputed around the days just added;
- :mod:`.candidates`: the stored claims a new one is scored against, and the scores;
- :mod:`.aliases`: ids that stay put, merges of claims and stories;
- :mod:`.queries`: stats, stories, claims, timelines, the export and the stored articles;
- :mod:`.rows`: what records become in the tables, and the records rebuilt from them;
- :mod:`.schema`: the tables and their migrations.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import InputError
from ..models import Article
from . import queries
from .aliases import resolve
from .candidates import rarity_weight
from .ingest import BATCH, AddResult, Ingest
from .marking import remark
from .schema import migrate

__all__ = ["AddResult", "Tracker"]


class Tracker:
    """A claim tracker kept in the SQLite file ``path`` (created when missing).

    >>> with Tracker("news.db") as t:                        # doctest: +SKIP
    ...     t.add(articles)
    ...     t.stats()
    {'articles': 96, 'attributions': 503, 'claims': 410, 'stories': 120, 'marks': 14}
    """

    def __init__(self, path: "str | os.PathLike[str]", *, timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            migrate(self.db)
        except sqlite3.DatabaseError as err:
            raise InputError(f"{self.path}: not a claimtrack store: {err}") from err
        self._ingest = Ingest(self.db, rarity_weight())

    # -- life cycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Tracker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return self.db.execute("SELECT version FROM schema_version").fetchone()[0]

    # -- adding -------------------------------------------------------------------------------------

    def add(self, articles: Iterable[Article], *, batch: int = BATCH,
            progress: Callable[[int, int], None] | None = None,
            marking: Callable[[int, int], None] | None = None) -> AddResult:
        """Store ``articles`` (one transaction per ``batch`` of them); an article whose text is stored
        already is skipped, one whose id is stored with another text is refused.  ``progress(added, unchanged)``
        follows the storing, ``marking(done, total)`` the marks made after it (pending articles)."""
        return self._ingest.add(articles, batch=batch, progress=progress, marking=marking)

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> AddResult:
        """Extract and match every stored article again (after a library change), in the order they came."""
        articles = list(self.articles())
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for table in ("marks", "terms", "attributions", "claims",
                          "stories", "aliases", "articles"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return self.add(articles, progress=progress)

    def remark(self, *, every: bool = False, progress: Callable[[int, int], None] | None = None) -> int:
        """Mark the stored articles not yet marked (after a migration, or an ``add`` that was killed), or with
        ``every`` all of them again (after a change of the dispute rules), a few days at a time
        (:mod:`.marking`); returns the number of marks made."""
        if every:  # marks of earlier groupings of the days may pair articles no new group holds together
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute("DELETE FROM marks")
                self.db.execute("UPDATE articles SET marked = 0")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return remark(self.db, progress)

    # -- queries (:mod:`.queries`) ---------------------------------------------------------------------

    def articles(self, ids: "Iterable[str] | None" = None) -> Iterator[Article]:
        """The stored articles (those of ``ids``, or all), rebuilt from their text, in the order they were added."""
        return queries.stored_articles(self.db, ids)

    def stats(self) -> dict[str, int]:
        """``{"articles": n, "attributions": n, "claims": n, "stories": n, "marks": n}``."""
        return queries.stats(self.db)

    def resolve(self, story_or_claim: str) -> str:
        """The live id for ``story_or_claim`` (an alias leads to the id it was merged into)."""
        return resolve(self.db, story_or_claim)

    def stories(self, *, speaker: str | None = None, outlet: str | None = None, since: str | None = None,
                until: str | None = None, mark: str | None = None, text: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
        """Stories, most outlets first: id, label, first published, claim, attribution, article and outlet counts.
        Filters: a speaker or outlet (substring), a date range (ISO), a mark kind, words of the content."""
        return queries.stories(self.db, speaker=speaker, outlet=outlet, since=since, until=until, mark=mark,
                               text=text, limit=limit)

    def claims(self, story: str | None = None) -> list[dict[str, Any]]:
        """The claims (of one story, or all): id, story, label, attributions, outlets, first published."""
        return queries.claims(self.db, story)

    def timeline(self, story: str) -> list[dict[str, Any]]:
        """The story's attributions in time order, each marked ``first reported``, ``echoed``, ``updated``,
        ``denied`` or ``disputed`` (:func:`.queries.timeline`)."""
        return queries.timeline(self.db, story)

    def export(self) -> Iterator[dict[str, Any]]:
        """Every attribution with its article, claim and story, in the order stored."""
        return queries.export(self.db)
