"""Candidate pairs for scoring: claims that share rare index terms, from inverted indexes (never all pairs).

Two indexes propose pairs: one over every claim's terms (stems, entities, figures), where a term found in too
many claims proposes nothing, and one over the terms of each speaker's claims (:func:`~.speaker_relation.identity_keys`
times a term), where the postings are short because they hold one speaker's claims only.  The second finds
the same wire copy carried by a dozen outlets, whose every word is common in a small corpus.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from .score import PERFORMATIVE, Claim
from .speaker_relation import identity_keys

__all__ = ["WINDOW_DAYS", "candidate_pairs", "candidate_positions", "iter_candidate_pairs"]

# Two claims are candidates only when their articles' dates are at most this many days apart: stories are local
# in time, and without a window the pairs a claim gets grow with the corpus (18 a claim at 16,000 real articles
# over nine days, 9 at 1,000; 10 with the window).  A claim whose article has no date is a candidate of every
# claim.  claimtrack.dask blocks its scoring tasks by the same window.
WINDOW_DAYS = 3
# A term found in at most this many claims is rare in any corpus: it proposes its pairs whatever their dates (a
# claim told again months later: seeds/000 and 001, May and September 2020; 500 more of 617,000 pairs at 16,000).
RARE_POSTING = 8

# A speaker's term found in more than this many of its claims proposes nothing (bounds the work per posting).
_SPEAKER_POSTING = 64
# A term found in more than this many claims proposes nothing, however large the corpus: a posting of n
# claims proposes n^2/2 pairs, so a share of the corpus would make the pairs grow as its square.  Above the
# share limit of every test corpus with gold clusters (suruc_bombing's 108 claims: 27).
MAX_POSTING = 64


def candidate_pairs(claims: Sequence[Claim], common_share: float, most: int = MAX_POSTING,
                    dates: "Sequence[int | None] | None" = None, window: int = WINDOW_DAYS) -> list[tuple[int, int]]:
    """The pairs of :func:`iter_candidate_pairs`, as a list."""
    return list(iter_candidate_pairs(claims, common_share, most, dates, window))


def candidate_positions(claims: Sequence[Claim], common_share: float, most: int = MAX_POSTING,
                        dates: "Sequence[int | None] | None" = None, window: int = WINDOW_DAYS) -> "array[int]":
    """The pairs of :func:`iter_candidate_pairs` in one flat array, two positions a pair (8 bytes a pair): all
    found before any is scored, so that the indexes that propose them (about 200 MB at 20,000 real articles)
    are gone before the scores are held."""
    flat = array("i")
    for pair in iter_candidate_pairs(claims, common_share, most, dates, window):
        flat.extend(pair)
    return flat


def iter_candidate_pairs(claims: Sequence[Claim], common_share: float, most: int = MAX_POSTING,
                         dates: "Sequence[int | None] | None" = None,
                         window: int = WINDOW_DAYS) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of ``claims`` sharing two index terms, in order: terms found in at most
    ``common_share`` of the claims (or 8) and in at most ``most``, or terms of one speaker found in at most 64
    of its claims.  With ``dates`` (each claim's day as an ordinal, None for none), only claims at most
    ``window`` days apart (or one of them undated) are paired, unless a term they share is in at most
    ``RARE_POSTING`` claims."""
    limit = min(max(8, int(common_share * len(claims))), most)
    canon: dict[str, str] = {}  # one string for each prefixed term ("e:", "q:", "c:"), however many claims have it
    postings = _postings((_terms(c, canon) for c in claims), limit)
    speakers: list[frozenset[str]] = []  # each claim's identity keys (one set for every claim of a speaker)
    of_speaker: dict[str, list[int]] = defaultdict(list)  # identity key -> its claims
    same: dict[frozenset[str], frozenset[str]] = {}
    for i, c in enumerate(claims):
        keys = identity_keys(c.speaker)
        speakers.append(same.setdefault(keys, keys))
        for k in speakers[i]:
            of_speaker[k].append(i)
    spoken = _speaker_postings(claims, of_speaker, canon)
    del same, of_speaker
    # Pair by pair from each claim's side (j > i), so only one claim's partners are held at a time.
    for i, c in enumerate(claims):
        day = dates[i] if dates is not None else None
        # (the window tested inline: at 16,000 real articles some 20 million partners are tested, most of them in
        # postings spread over more days than the window)
        low, high = (day - window, day + window) if day is not None else (0, 0)
        shared: dict[int, int] = defaultdict(int)
        mine_terms = _terms(c, canon)
        for f in mine_terms:
            items = postings.get(f)
            if items is not None:
                step = 2 if f.startswith("e:") else 1
                if day is None or len(items) <= RARE_POSTING:
                    for j in items[bisect_right(items, i):]:
                        shared[j] += step
                else:
                    for j in items[bisect_right(items, i):]:
                        if (d := dates[j]) is None or low <= d <= high:  # type: ignore[index]
                            shared[j] += step
        pairs = {j for j, n in shared.items() if n >= 2}
        # One speaker's claims sharing two terms (a term met under two keys of one speaker counts once).
        terms: dict[int, set[str]] = defaultdict(set)
        mine = [spoken[k] for k in speakers[i] if k in spoken]
        for f in _speaker_terms(c, mine_terms, canon) if mine else ():
            for items in (of_key[f] for of_key in mine if f in of_key):
                for j in items[bisect_right(items, i):]:
                    if day is None or (d := dates[j]) is None or low <= d <= high:  # type: ignore[index]
                        terms[j].add(f)
        pairs.update(j for j, fs in terms.items() if len(fs) >= 2)
        yield from ((i, j) for j in sorted(pairs))


def _terms(c: Claim, canon: dict[str, str]) -> set[str]:
    """A claim's index terms, one for each of its key's :attr:`~claimtrack.claims.ClaimKey.features`, as the
    indexes hold them: a stem is the key's own string (a stem has no colon, so it is never taken for a prefixed
    term; one that had would keep its "s:"), an entity or a figure its prefixed feature, one string (``canon``)
    for every claim that has it.  At 20,000 real articles the features' fresh "s:" strings held by the indexes
    took 140 MB."""
    key = c.key
    out = {s if ":" not in s else "s:" + s for s in key.stems}
    for t in [*("e:" + e for e in key.entities), *(f"q:{q.low:g}" for q in key.quantities if q.low == q.high)]:
        out.add(canon.setdefault(t, t))
    return out


def _postings(terms: Iterable[set[str]], limit: int) -> dict[str, tuple[int, ...]]:
    """Term -> the positions of the term sets of ``terms`` that hold it, in order, for the terms in 2 to ``limit``
    of them (the ones that propose pairs).  A term of one set (most terms at 20,000 real articles) holds its
    position alone until a second comes."""
    found: dict[str, "int | list[int]"] = {}
    for i, these in enumerate(terms):
        for f in these:
            was = found.get(f)
            if was is None:
                found[f] = i
            elif isinstance(was, int):
                found[f] = [was, i]
            else:
                was.append(i)
    return {f: tuple(items) for f, items in found.items() if not isinstance(items, int) and len(items) <= limit}


def _speaker_terms(c: Claim, terms: set[str], canon: dict[str, str]) -> set[str]:
    """The terms of a claim in the speaker index: its index terms (:func:`_terms`), and its act when it condemns or
    praises (one speaker's two condemnations of one object)."""
    stance = c.attribution.cue.stance
    if stance not in PERFORMATIVE:
        return terms
    act = "c:" + stance
    return terms | {canon.setdefault(act, act)}


def _speaker_postings(claims: Sequence[Claim], of_speaker: dict[str, list[int]],
                      canon: dict[str, str]) -> dict[str, dict[str, tuple[int, ...]]]:
    """Identity key -> term -> the claims of that key with that term (in order), only where a term proposes pairs:
    in 2 to ``_SPEAKER_POSTING`` of the key's claims.  Built one key at a time, so that the (key, term) postings
    of a single claim (2.5 of 3.7 million at 16,000 real articles; all of them held took 1 GB) are never kept;
    a claim's terms are found as they are needed, not held for every claim.  Each posting is a tuple and each
    term one string, however many keys hold it (at 20,000 real articles 1.7 million postings are kept)."""
    spoken: dict[str, dict[str, tuple[int, ...]]] = {}
    for k, mine in of_speaker.items():
        if len(mine) < 2:
            continue
        kept = _postings((_speaker_terms(claims[i], _terms(claims[i], canon), canon) for i in mine),
                         _SPEAKER_POSTING)
        if kept:
            spoken[k] = {f: tuple(mine[p] for p in items) for f, items in kept.items()}
    return spoken
