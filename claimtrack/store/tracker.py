"""The tracker: articles, attributions, claims, stories and marks kept in one SQLite file, added to over time.

Adding an article extracts its attributions once and matches each claim against the stored ones through a
persisted candidate index (the rare terms of every stored claim), scoring candidates with the library's
own :func:`~claimtrack.matching.score.pair_score`; nothing stored is extracted or matched again.  A claim
that scores "same" with a stored one joins its claim; otherwise it opens a new one.  A new claim joins a
story when it follows its speaker's previous statement in the article, or when its topic terms are close
enough (:func:`~claimtrack.matching.stories.story_similarity`) to those of a stored claim of the same or a
neighbouring day (claim against claim: against a whole story's terms any short claim would look contained).

Ids never change once given: ``c<n>`` and ``s<n>`` count claims and stories in the order they were opened;
when a new claim joins two stored claims (or stories), the older id survives and the other becomes an alias.
Rarity weights come from real news (:mod:`claimtrack.lexicon.background`), not from the store, so what was
decided yesterday does not depend on what arrives today.

Each batch of articles is one transaction: a killed ingest leaves the store as it was after the last whole
batch, and the next ``add`` goes on from there (an article already stored, by the hash of its text, is
skipped).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from ..attribution import extract_attributions
from ..claims import claim_key
from ..contradiction.marks import side_of
from ..contradiction.rules import compare
from ..errors import InputError
from ..geography import claim_countries
from ..lexicon.background import background
from ..matching.corpus import content_words, topic_terms, idf, source_key
from ..matching.score import RELATED, SAME, Claim, PairScore, pair_score, with_speakers
from ..matching.speakers import Speaker, relation
from ..matching.stories import STORY_SAME, story_similarity
from ..models import Article, Attribution, Content, Cue, Mention, SaidOn, Source
from ..reader.parse import parse_article
from ..records import attribution_to_dict, mark_to_dict
from ..spans import Span
from .schema import migrate

__all__ = ["AddResult", "Tracker"]

# A term met in more than this many stored claims proposes no candidates (a fixed bound, so that a decision
# does not depend on how big the store has grown).
_POSTING_LIMIT = 200
# At most this many candidates (those sharing most terms) are scored per new claim.
_CANDIDATES = 8
_DAYS = 1  # stories are local in time (as in :mod:`claimtrack.matching.stories`)
_LINKAGE = 0.8  # as claimtrack.matching.clusters
BATCH = 50  # articles per transaction


@attrs.frozen
class AddResult:
    """What an :meth:`Tracker.add` call did: articles stored, articles already there, and those refused."""

    added: int = 0
    unchanged: int = 0
    refused: tuple[str, ...] = ()


def _weight() -> Callable[[str], float]:
    bg = background()
    cache: dict[str, float] = {}

    def weight(term: str) -> float:
        w = cache.get(term)
        if w is None:
            w = cache[term] = idf(bg.count(term), bg.documents)
        return w

    return weight


def _speaker_json(s: Speaker) -> str:
    return json.dumps([sorted(s.names), [list(r) for r in s.runs], sorted(s.titles), s.country, s.anonymous,
                       s.collective], ensure_ascii=False)


def _speaker(text: str) -> Speaker:
    names, runs, titles, country, anonymous, collective = json.loads(text)
    return Speaker(frozenset(names), tuple(tuple(r) for r in runs), frozenset(titles), country, anonymous, collective)


def _span(d: dict[str, Any]) -> Span:
    return Span(d["start"], d["end"])


def attribution_from_dict(d: dict[str, Any]) -> Attribution:
    """The inverse of :func:`claimtrack.records.attribution_to_dict`."""
    cue, src, content = d["cue"], d["source"], d["content"]
    return Attribution(
        d["id"], d["article"], d["outlet"], _span(d["sentence"]),
        Cue(cue["text"], _span(cue), cue["lemma"], cue["stance"]),
        Source(src["text"], _span(src), src["kind"], src["resolved"],
               [Mention(v["text"], _span(v)) for v in src["via"]]),
        Content(content["text"], _span(content), content["negated"], content["refers_to"]),
        d["quote"], [Mention(h["text"], _span(h)) for h in d["hedges"]], _said_on(d.get("said_on")))


def _said_on_columns(s: SaidOn | None) -> tuple[str | None, str | None, str | None, int | None, int | None]:
    if s is None:
        return None, None, None, None, None
    return (s.first.isoformat() if s.first else None, s.last.isoformat() if s.last else None, s.text, s.span.start,
            s.span.end)


def _said_on(d: dict[str, Any] | None) -> SaidOn | None:
    """A stored ``said_on`` (absent from records stored before it existed)."""
    if d is None:
        return None
    first, last = (dt.date.fromisoformat(v) if v else None for v in (d["from"], d["to"]))
    return SaidOn(d["text"], _span(d), first, last)


@attrs.frozen
class _Stored:
    """A stored attribution as matching needs it."""

    n: int
    claim: Claim
    cluster: int
    article: int


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
        self._weight = _weight()

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
            progress: Callable[[int, int], None] | None = None) -> AddResult:
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
                    outcome = self._add_one(article)
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
        return AddResult(added, unchanged, tuple(refused))

    def _add_one(self, article: Article) -> str:
        digest = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
        row = self.db.execute("SELECT id, hash FROM articles WHERE hash = ? OR id = ?", (digest, article.id)).fetchone()
        if row is not None:
            if row[1] == digest:
                return "unchanged"
            return f"{article.path or article.id}: article id {article.id!r} is stored already with another text"
        cur = self.db.execute(
            "INSERT INTO articles (id, hash, outlet, published, published_at, url, author, title, path, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, digest, article.outlet, article.published.isoformat() if article.published else None,
             article.published_at.isoformat() if article.published_at else None, article.url, article.author,
             article.headline, article.path, article.text))
        article_n = _rowid(cur)
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
        a = c.attribution
        reprint = hashlib.sha1(json.dumps(
            [list(content_words(c.key)), a.cue.stance, a.content.negated, bool(a.content.refers_to),
             sorted(c.source_key), a.source.kind == "anonymous", bool(a.hedges)], ensure_ascii=False
        ).encode("utf-8")).hexdigest()
        features = sorted(c.key.features)
        scored: list[tuple[PairScore, _Stored]] = []
        cluster: int | None = None
        row = self.db.execute("SELECT claim FROM attributions WHERE reprint = ? ORDER BY n LIMIT 1", (reprint,)).fetchone()
        if a.content.refers_to and a.content.refers_to in cluster_of:
            cluster = self._resolve_claim(cluster_of[a.content.refers_to])  # "ذلك": the claim it points back to
        elif row is not None:
            cluster = row[0]  # an identical reprint
        candidates = self._candidates(features)
        for stored in candidates:
            scored.append((self._score(c, stored.claim), stored))
        if cluster is None:
            joins = sorted({s.cluster for p, s in scored if p.kind == "same" and not p.identity_conflict
                            and s.claim.attribution.negative == a.negative})
            # average linkage (as :mod:`claimtrack.matching.clusters`): the claim must agree with the members of
            # the stored claim it was scored against, on the whole, and clash with none of their speakers
            joins = [j for j in joins if _links(c, [(p, s) for p, s in scored if s.cluster == j])]
            if joins:
                cluster = joins[0]  # the oldest survives
                for other in joins[1:]:
                    self._merge_claims(cluster, other)
        # the story: the claim's own, the previous statement's when one speaker goes on, or a close one
        # One story, never a merge of two here (merging whole stories on one link chained a day's news into
        # one story): the claim's own, else its speaker's previous statement's, else the closest in topic.
        stories: list[int] = []
        if cluster is not None:
            stories.append(self._story_of_claim(cluster))
        elif previous is not None and (bool(c.source_key & previous.source_key) or a.source.resolved == "carryover"):
            stories.append(self._story_of_claim(cluster_of[previous.id]))
        if not stories:
            found = self._close_story(c, article.published, [s for _, s in scored])
            if found is not None:
                stories.append(found)
        stories = sorted(set(self._resolve_story(s) for s in stories))
        if stories:
            story = stories[0]
            for other in stories[1:]:
                self._merge_stories(story, other)
        else:
            story = _rowid(self.db.execute("INSERT INTO stories (label) VALUES (?)", (_label(a.content.text),)))
        if cluster is None:
            cluster = _rowid(self.db.execute("INSERT INTO claims (label, story) VALUES (?, ?)",
                                             (_label(a.content.text), story)))
        elif self._story_of_claim(cluster) != story:
            self._move_claim(cluster, story)
        record = attribution_to_dict(a)
        n: Any = self.db.execute(
            "INSERT INTO attributions (id, article, claim, sentence_start, sentence_end, cue, cue_start, cue_end,"
            " lemma, stance, source, source_start, source_end, source_kind, resolved, content, content_start,"
            " content_end, negated, refers_to, quote, record, key_text, source_key, speaker, negative, reprint,"
            " said_on_from, said_on_to, said_on_text, said_on_start, said_on_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, article_n, cluster, a.sentence.start, a.sentence.end, a.cue.text, a.cue.span.start,
             a.cue.span.end, a.cue.lemma, a.cue.stance, a.source.text, a.source.span.start, a.source.span.end,
             a.source.kind, a.source.resolved, a.content.text, a.content.span.start, a.content.span.end,
             int(a.content.negated), a.content.refers_to, a.quote, json.dumps(record, ensure_ascii=False),
             c.key.text, json.dumps(sorted(c.source_key), ensure_ascii=False), _speaker_json(c.speaker),
             int(a.negative), reprint, *_said_on_columns(a.said_on)))
        n = _rowid(n)
        self.db.executemany("INSERT OR IGNORE INTO terms (term, attribution) VALUES (?, ?)", [(f, n) for f in features])
        self._marks(c, n, cluster, article.text, scored)
        return cluster

    # -- matching -----------------------------------------------------------------------------------

    def _candidates(self, features: list[str]) -> list[_Stored]:
        """Stored claims sharing two index terms (an entity counts twice) that are not too common, the
        ``_CANDIDATES`` that share the rarest."""
        shared: Counter[int] = Counter()
        rarity: dict[int, float] = {}
        for term in features:
            rows = self.db.execute("SELECT attribution FROM terms WHERE term = ? LIMIT ?", (term, _POSTING_LIMIT + 1)).fetchall()
            if len(rows) > _POSTING_LIMIT:
                continue  # too common to propose anything
            w = self._weight(term[2:] if term.startswith("s:") else term)
            for (n,) in rows:
                shared[n] += 2 if term.startswith("e:") else 1
                rarity[n] = rarity.get(n, 0.0) + w
        chosen = sorted((n for n, k in shared.items() if k >= 2), key=lambda n: (-rarity[n], n))[:_CANDIDATES]
        return [self._stored(n) for n in sorted(chosen)]

    def _stored(self, n: int) -> _Stored:
        record, key_text, skey, speaker, claim, article = self.db.execute(
            "SELECT record, key_text, source_key, speaker, claim, article FROM attributions WHERE n = ?", (n,)).fetchone()
        a = attribution_from_dict(json.loads(record))
        return _Stored(n, Claim(a, claim_key(key_text), frozenset(json.loads(skey)), _speaker(speaker)),
                       self._resolve_claim(claim), article)

    def _score(self, a: Claim, b: Claim) -> PairScore:
        """As :meth:`claimtrack.Corpus.score`, with rarity from real news."""
        s = pair_score(a.key, b.key, self._weight, bool(a.source_key & b.source_key),
                       (a.attribution.cue.stance == "deny", b.attribution.cue.stance == "deny"),
                       speaker=relation(a.speaker, b.speaker),
                       stances=(a.attribution.cue.stance, b.attribution.cue.stance))
        pa = claim_countries(a.key, a.attribution.source.text)
        pb = claim_countries(b.key, b.attribution.source.text)
        if s.kind == "same" and pa and pb and not (pa & pb):
            reasons = s.reasons + ("different places: " + "، ".join(sorted(pa | pb)),)
            return attrs.evolve(s, score=min(s.score, SAME - 0.05), reasons=reasons, place_conflict=tuple(sorted(pa | pb)))
        return s

    def _marks(self, c: Claim, n: int, cluster: int, text: str, scored: list[tuple[PairScore, _Stored]]) -> None:
        """Marks between the new claim and the stored ones it was scored against (as :func:`contradictions`)."""
        for s, stored in scored:
            other = stored.claim
            if s.score < RELATED or s.country_conflict:
                continue
            same_claim = stored.cluster == cluster
            opposed = s.kind == "same" and c.attribution.negative != other.attribution.negative \
                and "deny" in (c.attribution.cue.stance, other.attribution.cue.stance)
            apart = s.kind == "same" and bool(s.identity_conflict) and c.attribution.negative == other.attribution.negative
            if not (same_claim or opposed or apart):
                continue
            other_text = self.db.execute("SELECT text FROM articles WHERE n = ?", (stored.article,)).fetchone()[0]
            sx = attrs.evolve(side_of(other.attribution, other_text, None), source_key=other.source_key)
            sy = attrs.evolve(side_of(c.attribution, text, None), source_key=c.source_key)
            result = compare(sx, sy, s, same_claim=same_claim)
            if result is None:
                continue
            kind, evidence, why = result
            if kind == "agrees" and other.attribution.article == c.attribution.article \
                    and other.attribution.source.text == c.attribution.source.text:
                continue
            from ..contradiction.marks import Mark

            d = mark_to_dict(Mark(other.id, c.id, kind, tuple(evidence), why))
            self.db.execute("INSERT OR IGNORE INTO marks (a, b, kind, evidence, explanation) VALUES (?, ?, ?, ?, ?)",
                            (stored.n, n, kind, json.dumps(d["evidence"], ensure_ascii=False), why))

    # -- stories ------------------------------------------------------------------------------------

    def _close_story(self, c: Claim, day: dt.date | None, candidates: list[_Stored]) -> int | None:
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
            score = story_similarity(bag, Counter(topic_terms(stored.claim.key)), self._weight)
            if score >= STORY_SAME and (best is None or score > best[0]):
                best = (score, stored.cluster)
        return self._story_of_claim(best[1]) if best else None

    def _story_of_claim(self, cluster: int) -> int:
        return self.db.execute("SELECT story FROM claims WHERE n = ?", (self._resolve_claim(cluster),)).fetchone()[0]

    def _resolve_claim(self, n: int) -> int:
        """The live claim number for ``n`` (a claim merged away leads to the one it joined)."""
        row = self.db.execute("SELECT target FROM aliases WHERE alias = ?", (f"c{n}",)).fetchone()
        return int(row[0][1:]) if row else n

    def _resolve_story(self, n: int) -> int:
        row = self.db.execute("SELECT target FROM aliases WHERE alias = ?", (f"s{n}",)).fetchone()
        return int(row[0][1:]) if row else n

    def _merge_claims(self, keep: int, other: int) -> None:
        """Claim ``other`` joins the older ``keep``: its attributions move, its id becomes an alias."""
        keep_story, other_story = self._story_of_claim(keep), self._story_of_claim(other)
        self.db.execute("UPDATE attributions SET claim = ? WHERE claim = ?", (keep, other))
        self.db.execute("DELETE FROM claims WHERE n = ?", (other,))
        self._alias(f"c{other}", f"c{keep}")
        if keep_story != other_story:
            self._merge_stories(min(keep_story, other_story), max(keep_story, other_story))

    def _move_claim(self, cluster: int, story: int) -> None:
        old = self._story_of_claim(cluster)
        self._merge_stories(min(old, story), max(old, story))

    def _merge_stories(self, keep: int, other: int) -> None:
        if keep == other:
            return
        keep, other = min(keep, other), max(keep, other)
        self.db.execute("UPDATE claims SET story = ? WHERE story = ?", (keep, other))
        self.db.execute("DELETE FROM stories WHERE n = ?", (other,))
        self._alias(f"s{other}", f"s{keep}")

    def _alias(self, alias: str, target: str) -> None:
        self.db.execute("UPDATE aliases SET target = ? WHERE target = ?", (target, alias))
        self.db.execute("INSERT OR REPLACE INTO aliases (alias, target) VALUES (?, ?)", (alias, target))

    # -- rebuilding ---------------------------------------------------------------------------------

    def articles(self, ids: "Iterable[str] | None" = None) -> Iterator[Article]:
        """The stored articles (those of ``ids``, or all), rebuilt from their text, in the order they were added."""
        sql = "SELECT id, text, outlet, published, published_at, url, author, path FROM articles"
        wanted = None if ids is None else list(dict.fromkeys(ids))
        if wanted is not None:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.wanted")
            self.db.executemany("INSERT INTO temp.wanted VALUES (?)", ((i,) for i in wanted))
            sql += " WHERE id IN (SELECT id FROM temp.wanted)"
        rows = self.db.execute(sql + " ORDER BY n")
        for id_, text, outlet, published, published_at, url, author, path in rows.fetchall():
            yield parse_article(text, id=id_, outlet=outlet, published=published, path=path, url=url, author=author,
                                published_at=dt.datetime.fromisoformat(published_at) if published_at else None)

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

    # -- queries ------------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """``{"articles": n, "attributions": n, "claims": n, "stories": n, "marks": n}``."""
        return {table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("articles", "attributions", "claims", "stories", "marks")}

    def resolve(self, story_or_claim: str) -> str:
        """The live id for ``story_or_claim`` (an alias leads to the id it was merged into)."""
        row = self.db.execute("SELECT target FROM aliases WHERE alias = ?", (story_or_claim,)).fetchone()
        return row[0] if row else story_or_claim

    def stories(self, *, speaker: str | None = None, outlet: str | None = None, since: str | None = None,
                until: str | None = None, mark: str | None = None, text: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
        """Stories, most outlets first: id, label, first published, claim, attribution, article and outlet counts.
        Filters: a speaker or outlet (substring), a date range (ISO), a mark kind, words of the content."""
        where, params = _filters(speaker, outlet, since, until, mark, text)
        sql = (
            "SELECT c.story, COUNT(DISTINCT c.n), COUNT(DISTINCT at.n), COUNT(DISTINCT ar.n), COUNT(DISTINCT ar.outlet),"
            " MIN(COALESCE(ar.published_at, ar.published)), MAX(COALESCE(ar.published_at, ar.published)), s.label"
            " FROM attributions at JOIN claims c ON c.n = at.claim JOIN articles ar ON ar.n = at.article"
            " JOIN stories s ON s.n = c.story"
            f" WHERE c.story IN (SELECT c2.story FROM attributions at JOIN claims c2 ON c2.n = at.claim"
            f" JOIN articles ar ON ar.n = at.article WHERE {where})"
            " GROUP BY c.story ORDER BY COUNT(DISTINCT ar.outlet) DESC, COUNT(DISTINCT at.n) DESC, c.story")
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        for story, claims, attributions, articles, outlets, first, last, label in self.db.execute(sql, params):
            out.append({"id": f"s{story}", "label": label, "claims": claims, "attributions": attributions,
                        "articles": articles, "outlets": outlets, "first": first, "last": last})
        return out

    def claims(self, story: str | None = None) -> list[dict[str, Any]]:
        """The claims (of one story, or all): id, story, label, attributions, outlets, first published."""
        params: tuple[Any, ...] = ()
        where = "1"
        if story is not None:
            where, params = "c.story = ?", (_number(self.resolve(story), "s"),)
        rows = self.db.execute(
            "SELECT c.n, c.story, c.label, COUNT(at.n), GROUP_CONCAT(DISTINCT ar.outlet),"
            " MIN(COALESCE(ar.published_at, ar.published)) FROM claims c JOIN attributions at ON at.claim = c.n"
            f" JOIN articles ar ON ar.n = at.article WHERE {where} GROUP BY c.n ORDER BY 6, c.n", params)
        return [{"id": f"c{n}", "story": f"s{s}", "label": label, "attributions": k,
                 "outlets": sorted((outlets or "").split(",")) if outlets else [], "first": first}
                for n, s, label, k, outlets, first in rows]

    def timeline(self, story: str) -> list[dict[str, Any]]:
        """The story's attributions in time order, each with what it is in the story: ``first reported`` (the
        first report of its claim), ``echoed`` (its claim reported again), ``updated`` (a new claim of a
        speaker already heard in the story), ``denied`` (a denial), ``disputed`` (a contradicts mark).

        Time order is that of the statements: the first day of ``said_on`` when the sentence dates the statement
        ("قال أمس"), the article's publication time otherwise; then publication and insertion order.  Each row
        gives both: ``said_on`` (``{"from", "to", "text"}`` or ``None``) beside ``published``."""
        n = _number(self.resolve(story), "s")
        if self.db.execute("SELECT 1 FROM stories WHERE n = ?", (n,)).fetchone() is None:
            raise InputError(f"no story {story!r} in the store")
        rows = self.db.execute(
            "SELECT at.n, at.id, at.claim, ar.outlet, ar.id, ar.published, ar.published_at, at.source, at.cue,"
            " at.stance, at.negative, at.content, at.source_key, at.said_on_from, at.said_on_to, at.said_on_text"
            " FROM attributions at JOIN claims c ON c.n = at.claim"
            " JOIN articles ar ON ar.n = at.article WHERE c.story = ?"
            " ORDER BY COALESCE(at.said_on_from, ar.published_at, ar.published),"
            " COALESCE(ar.published_at, ar.published), ar.n, at.n", (n,)).fetchall()
        disputed = {r[0] for r in self.db.execute(
            "SELECT a FROM marks WHERE kind = 'contradicts' UNION SELECT b FROM marks WHERE kind = 'contradicts'")}
        seen_claims: set[int] = set()
        seen_speakers: set[str] = set()
        out = []
        for (an, aid, claim, outlet, article, published, published_at, source, cue, stance, negative, content, skey,
             said_from, said_to, said_text) in rows:
            if stance == "deny" and negative:
                event = "denied"
            elif an in disputed:
                event = "disputed"
            elif claim in seen_claims:
                event = "echoed"
            elif skey in seen_speakers and skey != "[]":
                event = "updated"
            else:
                event = "first reported"
            seen_claims.add(claim)
            seen_speakers.add(skey)
            said_on = {"from": said_from, "to": said_to, "text": said_text} if said_text is not None else None
            out.append({"event": event, "published": published_at or published, "said_on": said_on, "outlet": outlet,
                        "article": article, "attribution": aid, "claim": f"c{claim}", "source": source, "cue": cue,
                        "content": content})
        return out

    def export(self) -> Iterator[dict[str, Any]]:
        """Every attribution with its article, claim and story, in the order stored."""
        rows = self.db.execute(
            "SELECT at.record, c.n, c.story, ar.id, ar.outlet, ar.published, ar.published_at, ar.url, ar.title"
            " FROM attributions at JOIN claims c ON c.n = at.claim JOIN articles ar ON ar.n = at.article ORDER BY at.n")
        for record, claim, story, article, outlet, published, published_at, url, title in rows:
            d = json.loads(record)
            d.update({"claim": f"c{claim}", "story": f"s{story}", "published": published_at or published,
                      "url": url, "title": title})
            yield d


def _rowid(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _links(c: Claim, scored: list[tuple[PairScore, _Stored]]) -> bool:
    if any(p.identity_conflict or relation(c.speaker, s.claim.speaker) == "different" for p, s in scored):
        return False
    return sum(p.score for p, _ in scored) / len(scored) >= SAME * _LINKAGE


def _number(ident: str, prefix: str) -> int:
    if not ident.startswith(prefix) or not ident[1:].isdigit():
        raise InputError(f"{ident!r} is not a {'story' if prefix == 's' else 'claim'} id ({prefix}<number>)")
    return int(ident[1:])


def _filters(speaker: str | None, outlet: str | None, since: str | None, until: str | None, mark: str | None,
             text: str | None) -> tuple[str, list[Any]]:
    where, params = ["1"], []
    if speaker:
        where.append("at.source LIKE ?")
        params.append(f"%{speaker}%")
    if outlet:
        where.append("ar.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if since:
        where.append("ar.published >= ?")
        params.append(since)
    if until:
        where.append("ar.published <= ?")
        params.append(until)
    if mark:
        where.append("at.n IN (SELECT a FROM marks WHERE kind = ? UNION SELECT b FROM marks WHERE kind = ?)")
        params += [mark, mark]
    if text:
        where.append("at.content LIKE ?")
        params.append(f"%{text}%")
    return " AND ".join(where), params


def _label(text: str) -> str:
    from ..models import shorten

    return shorten(text.replace("\n", " "))

