"""The stored claims a new one is scored against: a persisted index of every stored claim's rare terms
(the ``terms`` table), and the scores, with the library's own :func:`~claimtrack.matching.score.pair_score`.

Rarity weights come from real news (:mod:`claimtrack.lexicon.background`), not from the store, so what was
decided yesterday does not depend on what arrives today; for the same reason the bounds below are fixed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable

import attrs

from ..claims import claim_key
from ..geography import claim_countries
from ..lexicon.background import background
from ..matching.corpus import idf
from ..matching.score import SAME, Claim, PairScore, pair_score
from ..matching.speaker_relation import relation
from .aliases import resolve_claim
from .rows import attribution_from_dict, speaker_from_json

__all__ = ["StoredClaim", "find_candidates", "links", "rarity_weight", "score_pair"]

# A term met in more than this many stored claims proposes no candidates (a fixed bound, so that a decision
# does not depend on how big the store has grown).
_POSTING_LIMIT = 200
# At most this many candidates (those sharing most terms) are scored per new claim.
_CANDIDATES = 8
_LINKAGE = 0.8  # as claimtrack.matching.clusters


@attrs.frozen
class StoredClaim:
    """A stored attribution as matching needs it: its row, its claim, its (live) stored claim and article."""

    n: int
    claim: Claim
    cluster: int
    article: int


def rarity_weight() -> Callable[[str], float]:
    """A term's weight (its idf in real news), cached."""
    bg = background()
    cache: dict[str, float] = {}

    def weight(term: str) -> float:
        w = cache.get(term)
        if w is None:
            w = cache[term] = idf(bg.count(term), bg.documents)
        return w

    return weight


def find_candidates(db: sqlite3.Connection, weight: Callable[[str], float], features: list[str]) -> list[StoredClaim]:
    """Stored claims sharing two index terms (an entity counts twice) that are not too common, the
    ``_CANDIDATES`` that share the rarest."""
    shared: Counter[int] = Counter()
    rarity: dict[int, float] = {}
    for term in features:
        rows = db.execute("SELECT attribution FROM terms WHERE term = ? LIMIT ?", (term, _POSTING_LIMIT + 1)).fetchall()
        if len(rows) > _POSTING_LIMIT:
            continue  # too common to propose anything
        w = weight(term[2:] if term.startswith("s:") else term)
        for (n,) in rows:
            shared[n] += 2 if term.startswith("e:") else 1
            rarity[n] = rarity.get(n, 0.0) + w
    chosen = sorted((n for n, k in shared.items() if k >= 2), key=lambda n: (-rarity[n], n))[:_CANDIDATES]
    return [_stored(db, n) for n in sorted(chosen)]


def score_pair(weight: Callable[[str], float], a: Claim, b: Claim) -> PairScore:
    """As :meth:`claimtrack.Corpus.score`, with rarity from real news."""
    s = pair_score(a.key, b.key, weight, bool(a.source_key & b.source_key),
                   (a.attribution.cue.stance == "deny", b.attribution.cue.stance == "deny"),
                   speaker=relation(a.speaker, b.speaker),
                   stances=(a.attribution.cue.stance, b.attribution.cue.stance))
    pa = claim_countries(a.key, a.attribution.source.text)
    pb = claim_countries(b.key, b.attribution.source.text)
    if s.kind == "same" and pa and pb and not (pa & pb):
        reasons = s.reasons + ("different places: " + "، ".join(sorted(pa | pb)),)
        return attrs.evolve(s, score=min(s.score, SAME - 0.05), reasons=reasons, place_conflict=tuple(sorted(pa | pb)))
    return s


def links(c: Claim, scored: list[tuple[PairScore, StoredClaim]]) -> bool:
    """Average linkage (as :mod:`claimtrack.matching.clusters`): ``c`` agrees with the members of a stored claim
    it was scored against, on the whole, and clashes with none of their speakers."""
    if any(p.identity_conflict or relation(c.speaker, s.claim.speaker) == "different" for p, s in scored):
        return False
    return sum(p.score for p, _ in scored) / len(scored) >= SAME * _LINKAGE


def _stored(db: sqlite3.Connection, n: int) -> StoredClaim:
    record, key_text, skey, speaker, claim, article = db.execute(
        "SELECT record, key_text, source_key, speaker, claim, article FROM attributions WHERE n = ?", (n,)).fetchone()
    a = attribution_from_dict(json.loads(record))
    return StoredClaim(n, Claim(a, claim_key(key_text), frozenset(json.loads(skey)), speaker_from_json(speaker)),
                       resolve_claim(db, claim), article)
