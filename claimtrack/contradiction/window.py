"""The date window of the worded-apart rules: a denial and the accounts it may deny, two figures of one measure,
two fates of one person are held against each other only when their articles are at most
:data:`~claimtrack.matching.candidates.WINDOW_DAYS` days apart (or one of them is undated), the window within which
matching proposes its candidate pairs.  News is local in time: without the window the pairs these rules weigh
grow as the square of an archive (every toll of a month against every other), with it as the archive.  Within it,
two speakers' figures disagree only when told at most :data:`DISAGREE_DAYS` apart (:func:`told_days_apart`).

Two claims further apart are still compared when matching paired them (a claim told again months later shares
rare words: :mod:`.marks` compares the pairs matching scored, whatever their dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator, Mapping, Sequence

from ..matching.candidates import WINDOW_DAYS
from .dating import named_dates

__all__ = ["DISAGREE_DAYS", "DayWindow", "told_days_apart"]


class DayWindow:
    """The publication days of a corpus's articles (``published``: article id -> date, None or absent for an
    undated article), and which of them are near enough to be compared."""

    def __init__(self, published: Mapping[str, object], window: int = WINDOW_DAYS) -> None:
        self.window = window
        self.days = {art: d.toordinal() for art, d in published.items() if isinstance(d, dt.date)}

    def near(self, a: str, b: str) -> bool:
        """Are articles ``a`` and ``b`` at most the window apart (or is either undated)?"""
        days = self.days_between(a, b)
        return days is None or days <= self.window

    def days_between(self, a: str, b: str) -> int | None:
        """How many days apart articles ``a`` and ``b`` are, None when either is undated."""
        da, db = self.days.get(a), self.days.get(b)
        return None if da is None or db is None else abs(da - db)

    def reach(self, article: str) -> "list[int | None] | None":
        """The days an article's statements are compared with (the undated too, as None), or None for every day
        when the article is undated."""
        day = self.days.get(article)
        if day is None:
            return None
        return [day + r for r in range(-self.window, self.window + 1)] + [None]

    def keyed_pairs(self, keys: Sequence[Collection[str]], articles: Sequence[str],
                    timeless: "Sequence[Collection[str]] | None" = None) -> Iterator[tuple[int, int]]:
        """The pairs ``(i, j)``, ``i < j``, of items that share one of their ``keys`` and whose ``articles`` are
        near, or share one of their ``timeless`` keys whatever their dates (a past event named by its written date),
        in order (by ``i``, then ``j``): an index of each key's items by day, so that only the days of the window
        are looked up, never every item of a key."""
        index: dict[tuple[str, int | None], list[int]] = {}
        key_days: dict[str, set[int | None]] = {}
        item_days = [self.days.get(art) for art in articles]
        reaches = {art: self.reach(art) for art in dict.fromkeys(articles)}
        timeless_index: dict[str, list[int]] = {}
        for i, ks in enumerate(timeless or ()):
            for k in ks:
                timeless_index.setdefault(k, []).append(i)
        for i, ks in enumerate(keys):
            day = item_days[i]
            for k in ks:
                index.setdefault((k, day), []).append(i)
                key_days.setdefault(k, set()).add(day)
        for i, ks in enumerate(keys):
            reach = reaches[articles[i]]
            found: set[int] = set()
            for k in ks:
                for d in key_days[k] if reach is None else reach:
                    found.update(j for j in index.get((k, d), ()) if j > i)
            for k in timeless[i] if timeless else ():
                found.update(j for j in timeless_index[k] if j > i)
            yield from ((i, j) for j in sorted(found))


# Two speakers' different figures of one quantity are told at most this many days apart to disagree.
DISAGREE_DAYS = 1


def told_days_apart(kind: str, days: int | None, a: str, b: str) -> bool:
    """Are two figures of two speakers (``kind`` "disagrees") told in articles ``days`` apart, more than
    :data:`DISAGREE_DAYS`, with no written date in common?  A figure told two or three days after another is a later
    count (a toll that rose: the Nile boat's 21 dead told by the police and medical sources, its 29 by the health
    ministry two days later) or the toll of another event of the kind, not a second account of the same count.  Of the
    archive's disagreements two or three days apart, 25 drawn at random and judged blind in the twenty-third session:
    1 a disagreement, 3 one source's toll revised (updates the speakers' names did not show as one), 21 no dispute;
    of those judged earlier, 1 of 14 (tests/data/day_judgments; between articles of one day, 137 of 203).  Two figures of a
    past event named by its date ("يوم 26 يونيو") are two accounts of it whatever the days between the articles
    (real_disputes D2-020).  ``days``: None when either article is undated."""
    return kind == "disagrees" and days is not None and days > DISAGREE_DAYS and not (named_dates(a) & named_dates(b))
