"""Adding articles to the store: each claim is placed in a stored claim and story; then the new articles and
their neighbours in time are marked (:mod:`.marking`).

Adding an article extracts its attributions once and matches each claim against the stored ones it shares
rare terms with (:mod:`.candidates`); nothing stored is extracted again.  A claim that scores
"same" with a stored one joins its claim (the claims it joins are merged, :mod:`.aliases`); otherwise it
opens a new one.  A new claim joins a story when it follows its speaker's previous statement in the
article, or when its topic terms are close enough (:func:`~claimtrack.matching.stories.story_similarity`)
to those of a stored claim of the same or a neighbouring day (claim against claim: against a whole story's
terms any short claim would look contained).

Each batch of articles is one transaction: a killed ingest leaves the store as it was after the last whole
batch, and the next ``add`` goes on from there (an article already stored, by the hash of its text, is
skipped; articles stored but not yet marked are marked then).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from ..attribution import extract_attributions
from ..claims import claim_key
from ..matching.corpus import content_words, source_key, topic_terms
from ..matching.score import Claim, PairScore, with_speakers
from ..matching.stories import STORY_SAME, story_similarity
from ..models import Article
from .aliases import merge_claims, merge_stories, move_claim, resolve_claim, resolve_story, story_of_claim
from .candidates import StoredClaim, find_candidates, links, score_pair
from .marking import remark
from .rows import ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS, article_row, attribution_row, label

__all__ = ["BATCH", "AddResult", "Ingest"]

BATCH = 50  # articles per transaction
_DAYS = 1  # stories are local in time (as in :mod:`claimtrack.matching.stories`)


@attrs.frozen
class AddResult:
    """What an :meth:`Tracker.add` call did: articles stored, articles already there, and those refused."""

    added: int = 0
    unchanged: int = 0
    refused: tuple[str, ...] = ()


class Ingest:
    """Adds articles to the open store ``db``, with the term weights ``weight``."""

    def __init__(self, db: sqlite3.Connection, weight: Callable[[str], float]) -> None:
        self.db = db
        self.weight = weight

    def add(self, articles: Iterable[Article], *, batch: int = BATCH,
            progress: Callable[[int, int], None] | None = None,
            marking: Callable[[int, int], None] | None = None) -> AddResult:
        """Store ``articles`` (one transaction per ``batch`` of them); an article whose text is stored
        already is skipped, one whose id is stored with another text is refused."""
        added = unchanged = 0
        refused: list[str] = []
        pending: list[Article] = []

        def flush() -> None:
            nonlocal added, unchanged
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for article in pending:
                    outcome = self.add_article(article)
                    if outcome == "added":
                        added += 1
                    elif outcome == "unchanged":
                        unchanged += 1
                    else:
                        refused.append(outcome)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            pending.clear()
            if progress is not None:
                progress(added, unchanged)

        for article in articles:
            pending.append(article)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        remark(self.db, marking)  # the marks of what was added, and of its neighbourhood (:mod:`.marking`)
        return AddResult(added, unchanged, tuple(refused))

    def add_article(self, article: Article) -> str:
        """Store one article (inside the caller's transaction): ``"added"``, ``"unchanged"`` (its text is
        stored already), or why it was refused."""
        digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
        row = self.db.execute("SELECT id, hash FROM articles WHERE hash = ? OR id = ?", (digest, article.id)).fetchone()
        if row is not None:
            if row[1] == digest:
                return "unchanged"
            return f"{article.path or article.id}: article id {article.id!r} is stored already with another text"
        article_n = _insert(self.db, "articles", ARTICLE_COLUMNS, article_row(article, digest))
        attributions = extract_attributions(article)
        by_id = {a.id: a for a in attributions}
        claims = []
        for a in attributions:
            target = a
            while target.content.refers_to and target.content.refers_to in by_id:
                target = by_id[target.content.refers_to]
            claims.append(Claim(a, claim_key(target.content.text), source_key(a)))
        claims = list(with_speakers(claims))
        cluster_of: dict[str, int] = {}
        previous: Claim | None = None
        for c in claims:
            cluster = self._place_claim(c, article, article_n, cluster_of, previous)
            cluster_of[c.id] = cluster
            previous = c
        return "added"

    def _place_claim(self, c: Claim, article: Article, article_n: int, cluster_of: dict[str, int],
                     previous: Claim | None) -> int:
        db = self.db
        a = c.attribution
        reprint = _reprint(c)
        features = sorted(c.key.features)
        scored: list[tuple[PairScore, StoredClaim]] = []
        cluster: int | None = None
        row = db.execute("SELECT claim FROM attributions WHERE reprint = ? ORDER BY n LIMIT 1", (reprint,)).fetchone()
        if a.content.refers_to and a.content.refers_to in cluster_of:
            cluster = resolve_claim(db, cluster_of[a.content.refers_to])  # "ذلك": the claim it points back to
        elif row is not None:
            cluster = row[0]  # an identical reprint
        candidates = find_candidates(db, self.weight, features)
        for stored in candidates:
            scored.append((score_pair(self.weight, c, stored.claim), stored))
        if cluster is None:
            joins = sorted({s.cluster for p, s in scored if p.kind == "same" and not p.identity_conflict
                            and s.claim.attribution.negative == a.negative})
            # the claim must agree with the members of the stored claim it was scored against (links)
            joins = [j for j in joins if links(c, [(p, s) for p, s in scored if s.cluster == j])]
            if joins:
                cluster = joins[0]  # the oldest survives
                for other in joins[1:]:
                    merge_claims(db, cluster, other)
        # the story: the claim's own, the previous statement's when one speaker goes on, or a close one
        # One story, never a merge of two here (merging whole stories on one link chained a day's news into
        # one story): the claim's own, else its speaker's previous statement's, else the closest in topic.
        stories: list[int] = []
        if cluster is not None:
            stories.append(story_of_claim(db, cluster))
        elif previous is not None and (bool(c.source_key & previous.source_key) or a.source.resolved == "carryover"):
            stories.append(story_of_claim(db, cluster_of[previous.id]))
        if not stories:
            found = self._close_story(c, article.published, [s for _, s in scored])
            if found is not None:
                stories.append(found)
        stories = sorted(set(resolve_story(db, s) for s in stories))
        if stories:
            story = stories[0]
            for other in stories[1:]:
                merge_stories(db, story, other)
        else:
            story = _rowid(db.execute("INSERT INTO stories (label) VALUES (?)", (label(a.content.text),)))
        if cluster is None:
            cluster = _rowid(db.execute("INSERT INTO claims (label, story) VALUES (?, ?)",
                                        (label(a.content.text), story)))
        elif story_of_claim(db, cluster) != story:
            move_claim(db, cluster, story)
        n = _insert(db, "attributions", ATTRIBUTION_COLUMNS, attribution_row(c, article_n, cluster, reprint))
        db.executemany("INSERT OR IGNORE INTO terms (term, attribution) VALUES (?, ?)", [(f, n) for f in features])
        return cluster

    def _close_story(self, c: Claim, day: dt.date | None, candidates: list[StoredClaim]) -> int | None:
        """The story of the stored claim (among ``candidates``, those sharing the rarest terms) whose topic is
        closest to ``c``'s, when it reaches :data:`~claimtrack.matching.stories.STORY_SAME` and the two were
        published on the same or neighbouring days (:func:`~claimtrack.matching.stories.story_similarity`,
        claim against claim: against a whole story, a short claim would be contained in any big one)."""
        bag = Counter(topic_terms(c.key))
        best: tuple[float, int] | None = None
        for stored in candidates:
            if day is not None:
                other_day = self.db.execute("SELECT published FROM articles WHERE n = ?", (stored.article,)).fetchone()[0]
                if other_day and abs((day - dt.date.fromisoformat(other_day)).days) > _DAYS:
                    continue
            score = story_similarity(bag, Counter(topic_terms(stored.claim.key)), self.weight)
            if score >= STORY_SAME and (best is None or score > best[0]):
                best = (score, stored.cluster)
        return story_of_claim(self.db, best[1]) if best else None


def _reprint(c: Claim) -> str:
    """A hash of what makes two attributions the same report (an outlet reprinting another's)."""
    a = c.attribution
    return hashlib.sha1(json.dumps(
        [list(content_words(c.key)), a.cue.stance, a.content.negated, bool(a.content.refers_to),
         sorted(c.source_key), a.source.kind == "anonymous", bool(a.hedges)], ensure_ascii=False
    ).encode("utf-8")).hexdigest()


def _insert(db: sqlite3.Connection, table: str, columns: tuple[str, ...], values: tuple[object, ...]) -> int:
    return _rowid(db.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             values))


def _rowid(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None
    return cursor.lastrowid
