"""A story's timeline in the comparison: who reported each claim first, who echoed it, who updated, denied or
disputed it, in the order the statements were made.

Each event is one attribution of a claim the comparison shows, with what it is in its story, by the rule the
tracker's timeline (``claimtrack track timeline``) follows too (:mod:`claimtrack.story_events`): ``denied``,
``updated``, ``disputed``, ``echoed`` or ``first reported``.  (The tracker also calls a denying cue that no mark
links ``denied``; the comparison does not yet: its output stays as it was.)

``against`` lists the attributions (or an outlet's own sentences, ``<article>#n<k>``) the event denies, updates
or disputes.  Order: the first day of ``said_on`` when the sentence dates the statement ("قال أمس"), the
publication time, or day, otherwise; then the publication time, the article's place and the attribution's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..compare import Comparison
from ..models import Attribution, id_order
from ..story_events import mark_events, statement_event

__all__ = ["story_timelines"]


def _published(a: Attribution, articles: dict) -> "dt.date | None":
    art = articles[a.article]
    return art.published_at or art.published


def _said_on(a: Attribution) -> "dict[str, Any] | None":
    s = a.said_on
    if s is None:
        return None
    return {"from": s.first.isoformat() if s.first else None, "to": s.last.isoformat() if s.last else None,
            "text": s.text}


def story_timelines(c: Comparison) -> list[dict[str, Any]]:
    """The events of every story the comparison shows, story by story (in the corpus's order), each story's in
    time order; a claim no story holds is a story of its own (its id)."""
    articles = {a.id: a for a in c.corpus.articles}
    place = {a.id: n for n, a in enumerate(c.corpus.articles)}
    by_id = {a.id: a for a in c.corpus.attributions}
    story_of = {cid: s.id for s in c.corpus.stories for cid in s.clusters}
    shown = [v.cluster for v in c.clusters]

    def when(aid: str) -> tuple[str, str, int, int]:
        a = by_id[aid]
        published = _published(a, articles)
        stamp = published.isoformat() if published else "9999"
        said = a.said_on.first.isoformat() if a.said_on and a.said_on.first else stamp
        return said, stamp, place[a.article], id_order(aid)[2]

    contradicts = [(m.a, m.b, m.dispute) for m in c.marks if m.kind == "contradicts"]
    did = mark_events(contradicts, by_id, when)
    groups: dict[str, list[str]] = {}
    claim_of: dict[str, str] = {}
    for cluster in shown:
        groups.setdefault(story_of.get(cluster.id, cluster.id), []).extend(cluster.claims)
        claim_of.update((aid, cluster.id) for aid in cluster.claims)
    out = []
    for story, members in groups.items():
        seen: set[str] = set()
        for aid in sorted(members, key=when):
            a = by_id[aid]
            claim = claim_of[aid]
            event, against = statement_event(did, aid, claim in seen, denial=a.cue.stance == "deny" and a.negative)
            seen.add(claim)
            published = _published(a, articles)
            out.append({"story": story, "event": event, "published": published.isoformat() if published else None,
                        "said_on": _said_on(a), "outlet": articles[a.article].outlet, "article": a.article,
                        "attribution": aid, "claim": claim, "source": a.source.text, "cue": a.cue.text,
                        "content": a.content.text, "against": sorted(dict.fromkeys(against), key=str)})
    return out
