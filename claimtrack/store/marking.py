"""The store's marks: claimtrack's own (:func:`claimtrack.contradictions`), recomputed over a bounded
neighbourhood of the articles just added.

Marks are not made pair by pair as claims arrive: the dispute rules work on a corpus (a denial linked to the
account it denies, figures compared like with like, places and days of events, the same speaker's update,
held-back wordings on a large corpus...).  So once articles are stored (each with ``marked = 0``), the days
they were published on are taken in order, a few at a time (:data:`SPAN`); for each group, the stored articles
published within :data:`WINDOW` days of it (stories are local in time) are read back with their stored
attributions (nothing is extracted again), :func:`~claimtrack.contradictions` runs on that corpus, and its marks
replace every stored mark between two articles of the neighbourhood.  Adding a day costs that day and its
neighbours, never the archive.

By design, a mark between articles published more than ``WINDOW`` days apart is not made (unless both fall in
one group of pending days), and a pair's mark is the one computed in the last neighbourhood that held both.
Undated articles are a day of their own: they are marked with every other undated article.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable

from ..contradiction import Mark, contradictions
from ..matching import Corpus
from ..models import article_of, id_order
from ..records import mark_to_dict
from .rows import article_from_row, attribution_from_dict

__all__ = ["SPAN", "WINDOW", "pending_days", "remark"]

WINDOW = 1  # days either side of the pending days whose stored articles are marked with them
SPAN = 3  # pending days at most this far apart are marked in one neighbourhood
_GROUP_MOST = 2000  # pending articles in one neighbourhood at most (a neighbourhood is held in memory)


def pending_days(db: sqlite3.Connection) -> list[tuple[str | None, int]]:
    """The publication days (ISO, None for undated) of stored articles not yet marked, with their counts."""
    return db.execute("SELECT published, COUNT(*) FROM articles WHERE marked = 0 GROUP BY published"
                      " ORDER BY published IS NULL, published").fetchall()


def remark(db: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Mark every stored article not yet marked (see the module), one transaction per neighbourhood; returns
    the number of marks stored.  ``progress(done, total)`` counts pending articles."""
    groups = _groups(pending_days(db))
    total = sum(n for group in groups for _, n in group)
    done = stored = 0
    for group in groups:
        days = [d for d, _ in group]
        db.execute("BEGIN IMMEDIATE")
        try:
            stored += _mark_neighbourhood(db, days)
            if days == [None]:
                db.execute("UPDATE articles SET marked = 1 WHERE marked = 0 AND published IS NULL")
            else:
                db.execute("UPDATE articles SET marked = 1 WHERE marked = 0 AND published BETWEEN ? AND ?",
                           (days[0], days[-1]))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        done += sum(n for _, n in group)
        if progress is not None:
            progress(done, total)
    return stored


def _groups(days: list[tuple[str | None, int]]) -> list[list[tuple[str | None, int]]]:
    """Pending days in groups of days at most :data:`SPAN` apart and :data:`_GROUP_MOST` articles (a single
    day may pass it); undated articles in a group of their own."""
    groups: list[list[tuple[str | None, int]]] = []
    for day, n in days:
        last = groups[-1] if groups else None
        if (last is not None and day is not None and last[0][0] is not None
                and (_date(day) - _date(last[0][0])).days <= SPAN and sum(k for _, k in last) + n <= _GROUP_MOST):
            last.append((day, n))
        else:
            groups.append([(day, n)])
    return groups


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso[:10])


def _mark_neighbourhood(db: sqlite3.Connection, days: list[str | None]) -> int:
    """Recompute the marks of the stored articles around ``days`` (inside the caller's transaction)."""
    first, last = days[0], days[-1]
    where, params = "published IS NULL", []
    if first is not None and last is not None:
        start = (_date(first) - dt.timedelta(days=WINDOW)).isoformat()
        end = (_date(last) + dt.timedelta(days=WINDOW)).isoformat()
        where, params = "published BETWEEN ? AND ?", [start, end]
    rows = db.execute("SELECT n, id, text, outlet, published, published_at, url, author, path FROM articles"
                      f" WHERE {where} ORDER BY n", params).fetchall()
    article_n = {row[1]: row[0] for row in rows}
    articles = [article_from_row(*row[1:]) for row in rows]
    db.execute("CREATE TEMP TABLE IF NOT EXISTS neighbourhood (n INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.neighbourhood")
    db.executemany("INSERT INTO temp.neighbourhood VALUES (?)", ((n,) for n in article_n.values()))
    records = db.execute("SELECT at.record FROM attributions at JOIN temp.neighbourhood h ON h.n = at.article"
                         " ORDER BY at.article, at.n").fetchall()
    attributions = [attribution_from_dict(json.loads(r)) for (r,) in records]
    corpus = Corpus.from_analysis(articles, attributions)  # clusters found again on the neighbourhood
    marks = sorted(contradictions(corpus), key=lambda m: (id_order(m.a), id_order(m.b)))
    db.execute("DELETE FROM marks WHERE article_a IN (SELECT n FROM temp.neighbourhood)"
               " AND article_b IN (SELECT n FROM temp.neighbourhood)")
    db.executemany("INSERT OR REPLACE INTO marks (a, b, article_a, article_b, kind, dispute, evidence, explanation)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (_row(m, article_n) for m in marks))
    return len(marks)


def _row(m: Mark, article_n: dict[str, int]) -> tuple[object, ...]:
    d = mark_to_dict(m)
    return (m.a, m.b, article_n[article_of(m.a)], article_n[article_of(m.b)], m.kind, m.dispute,
            json.dumps(d["evidence"], ensure_ascii=False), m.explanation)
