"""The outlet comparison of stored stories: :func:`compare_stored`, the report of ``claimtrack compare --db``.

Nothing is extracted or matched again: the articles are rebuilt from their stored text, the attributions
from their stored records, the claims are the store's (``c<n>``, as ``track show`` lists them) and the marks
are those the tracker made (claimtrack's own, :mod:`.marking`).  :func:`claimtrack.compare.compare_outlets` then does what it does for a
folder of articles, so the report (:func:`claimtrack.report.render_html`) is the same report.
"""

from __future__ import annotations

import json
from collections import defaultdict

from ..compare import Comparison, compare_outlets
from ..contradiction import Mark
from ..errors import InputError
from ..matching import Cluster, Corpus
from ..models import article_of
from .rows import attribution_from_dict, evidence_from_dict
from .tracker import Tracker

__all__ = ["TOP_STORIES", "compare_stored"]

TOP_STORIES = 10  # without a story: the stories carried by most outlets (as ``track stories`` lists them)


def compare_stored(tracker: Tracker, story: str | None = None, *, top: int = TOP_STORIES,
                   all_clusters: bool = False) -> Comparison:
    """The outlet comparison of one stored story (``s<n>``; an alias leads to the story it was merged into),
    or of the ``top`` stories carried by most outlets (0: every story).

    The comparison's articles are those that carry the stories, with all their attributions (so an outlet's
    sourcing figures are over whole articles); its claims are the stories' claims.
    """
    where, params = "1", []  # every story
    if story is not None:
        stories = [tracker.resolve(story)]
        if not tracker.claims(stories[0]):
            raise InputError(f"no story {story!r} in the store (claimtrack track stories lists them)")
    elif top:
        stories = [s["id"] for s in tracker.stories(limit=top)]
    if story is not None or top:
        params = [int(s[1:]) for s in stories]
        where = f"c.story IN ({','.join('?' * len(params))})"
    db = tracker.db
    members: dict[int, list[tuple[str, str, str]]] = defaultdict(list)  # claim -> (attribution, article, outlet)
    articles_of: dict[str, None] = {}
    for claim, aid, article, outlet in db.execute(
            "SELECT at.claim, at.id, ar.id, ar.outlet FROM attributions at JOIN articles ar ON ar.n = at.article"
            f" JOIN claims c ON c.n = at.claim WHERE {where} ORDER BY at.n", params):
        members[claim].append((aid, article, outlet or article))
        articles_of[article] = None
    claims = db.execute(f"SELECT c.n, c.label FROM claims c WHERE {where} ORDER BY c.n", params).fetchall()
    articles = list(tracker.articles(articles_of))
    rows = db.execute("SELECT n, record FROM attributions WHERE article IN (SELECT at.article FROM attributions at"
                      f" JOIN claims c ON c.n = at.claim WHERE {where}) ORDER BY n", params).fetchall()
    attributions = [attribution_from_dict(json.loads(record)) for _, record in rows]
    clusters = [Cluster(f"c{n}", label, [m[0] for m in members[n]], dict.fromkeys(m[1] for m in members[n]),
                        dict.fromkeys(m[2] for m in members[n])) for n, label in claims if members[n]]
    # the marks between the comparison's articles: an attribution, or an outlet's own sentence (``<article>#n<k>``)
    # on either side, as ``compare PATH...`` shows them
    marks = [Mark(a, b, kind, tuple(evidence_from_dict(e) for e in json.loads(evidence)), explanation, dispute)
             for a, b, kind, dispute, evidence, explanation in db.execute(
                 "SELECT a, b, kind, dispute, evidence, explanation FROM marks ORDER BY n")
             if article_of(a) in articles_of and article_of(b) in articles_of]
    corpus = Corpus.from_analysis(articles, attributions, clusters)
    return compare_outlets(corpus, all_clusters=all_clusters, marks=tuple(marks))

