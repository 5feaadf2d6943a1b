"""The report's stories: the comparison's claims grouped by story, most disputed and most widely carried first.

A story's claims that one article carries and no other article disputes are its minor claims (one line
each); a story of very many claims is shown claim by claim.
"""

from __future__ import annotations

from collections import Counter

import attrs

from ..compare import ClusterView, Comparison, outlet_of
from ..contradiction import Mark
from ..models import Article, Attribution
from .page import sort_time

__all__ = ["Story", "group_stories"]

# A story of more claims than this is shown claim by claim (a day's stories can chain into one of thousands).
_MAX_STORY_CLAIMS = 40


@attrs.frozen
class Story:
    """A story as the report shows it: its claims (the clusters the comparison shows), marks and articles."""

    anchor: str
    label: str
    views: tuple[ClusterView, ...]
    minor: tuple[ClusterView, ...]  # claims one article carries and no other article disputes: one line each
    marks: tuple[Mark, ...]
    articles: tuple[Article, ...]
    outlets: tuple[str, ...]
    # disputes between two outlets' own sentences (<article>#n<k>), which no claim of the story holds
    loose: tuple[Mark, ...] = ()

    @property
    def disputes(self) -> Counter[str]:
        return Counter(m.dispute or "contradicts" for m in self.marks if m.kind == "contradicts")

    @property
    def rank(self) -> tuple[int, int, int, int]:
        d = self.disputes
        return (-sum(d.values()), -len(self.outlets), -len(self.articles), -len(self.views) - len(self.minor))


def group_stories(c: Comparison, articles: dict[str, Article], by_id: dict[str, Attribution]) -> list[Story]:
    """The comparison's clusters grouped by story, most disputed and most widely carried first."""
    views = {v.cluster.id: v for v in c.clusters}

    def major(v: ClusterView) -> bool:
        """Carried by more than one outlet, or disputed by another outlet."""
        return len(v.reportings) > 1 or any(
            m.kind == "contradicts" and outlet_of(articles[by_id[m.a].article]) != outlet_of(articles[by_id[m.b].article])
            for m in v.marks)

    grouped: list[tuple[str, str, list[ClusterView]]] = []
    placed: set[str] = set()
    for story in c.corpus.stories:
        members = [views[cid] for cid in story.clusters if cid in views and cid not in placed]
        if members:
            placed.update(v.cluster.id for v in members)
            grouped.append((story.id, story.label, members))
    for v in c.clusters:  # a cluster no story holds stands alone
        if v.cluster.id not in placed:
            grouped.append((v.cluster.id, v.cluster.label, [v]))
    split: list[tuple[str, str, list[ClusterView], list[ClusterView]]] = []
    for sid, label, members in grouped:
        full = [v for v in members if major(v)]
        minor = [v for v in members if not major(v)]
        if len(full) > _MAX_STORY_CLAIMS:
            split.extend((f"{sid}-{v.cluster.id}", v.cluster.label, [v], []) for v in full)
            if minor:
                split.append((sid, label, [], minor))
        else:
            split.append((sid, label, full, minor))
    out = []
    for sid, label, full, minor in split:
        members = full + minor
        marks = tuple(dict.fromkeys(m for v in members for m in v.marks))
        arts = {by_id[a].article for v in members for a in v.cluster.claims}
        ordered = tuple(sorted((articles[a] for a in arts), key=lambda a: (sort_time(a), outlet_of(a), a.id)))
        full.sort(key=lambda v: (-sum(m.kind == "contradicts" for m in v.marks), -len(v.reportings),
                                 -len(v.cluster.articles)))
        out.append(Story(f"st-{sid}", label, tuple(full), tuple(minor), marks, ordered,
                         tuple(dict.fromkeys(outlet_of(a) for a in ordered))))
    out = _with_loose_disputes(c, out, by_id)
    out.sort(key=lambda s: s.rank)
    return out


def _with_loose_disputes(c: Comparison, stories: list[Story], by_id: dict[str, Attribution]) -> list[Story]:
    """The stories, each with the disputes between outlets' own sentences that no claim holds (aawsat's "43
    مدنيا" against alweeam's "57 مدنيا", both told in the outlets' own words), given to the story that holds
    most of their two articles (the first such story).  Without them the report left these disputes out."""
    held = {m for s in stories for m in s.marks}
    loose: dict[int, list[Mark]] = {}
    for m in c.marks:
        if m.kind != "contradicts" or m in held or m.a not in by_id or m.b not in by_id:
            continue
        sides = {by_id[m.a].article, by_id[m.b].article}
        best = max(range(len(stories)), default=None,
                   key=lambda i: (len(sides & {a.id for a in stories[i].articles}), -i))
        if best is not None and sides & {a.id for a in stories[best].articles}:
            loose.setdefault(best, []).append(m)
    return [attrs.evolve(s, marks=s.marks + tuple(loose[i]), loose=tuple(loose[i])) if i in loose else s
            for i, s in enumerate(stories)]
