"""Candidate pairs for scoring: claims that share rare index terms, from inverted indexes (never all pairs).

Two indexes propose pairs: one over every claim's terms (stems, entities, figures), where a term found in too
many claims proposes nothing, and one over the terms of each speaker's claims (:func:`~.speakers.identity_keys`
times a term), where the postings are short because they hold one speaker's claims only.  The second finds
the same wire copy carried by a dozen outlets, whose every word is common in a small corpus.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence

from .score import PERFORMATIVE, Claim
from .speakers import identity_keys

__all__ = ["WINDOW_DAYS", "candidate_pairs", "iter_candidate_pairs"]

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


def iter_candidate_pairs(claims: Sequence[Claim], common_share: float, most: int = MAX_POSTING,
                         dates: "Sequence[int | None] | None" = None,
                         window: int = WINDOW_DAYS) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of ``claims`` sharing two index terms, in order: terms found in at most
    ``common_share`` of the claims (or 8) and in at most ``most``, or terms of one speaker found in at most 64
    of its claims.  With ``dates`` (each claim's day as an ordinal, None for none), only claims at most
    ``window`` days apart (or one of them undated) are paired, unless a term they share is in at most
    ``RARE_POSTING`` claims."""
    postings: dict[str, list[int]] = defaultdict(list)
    speakers: list[frozenset[str]] = []  # each claim's identity keys
    of_speaker: dict[str, list[int]] = defaultdict(list)  # identity key -> its claims
    for i, c in enumerate(claims):
        for f in c.key.features:
            postings[f].append(i)
        speakers.append(identity_keys(c.speaker))
        for k in speakers[i]:
            of_speaker[k].append(i)
    spoken = _speaker_postings(claims, of_speaker)
    limit = min(max(8, int(common_share * len(claims))), most)
    # Only the postings that propose pairs are kept while the pairs are found: a term of one claim proposes
    # none, nor one of too many (at 16,000 real articles most terms are in one claim).
    postings = {f: items for f, items in postings.items() if 2 <= len(items) <= limit}
    # Pair by pair from each claim's side (j > i), so only one claim's partners are held at a time.
    for i, c in enumerate(claims):
        day = dates[i] if dates is not None else None
        near = (lambda j: True) if day is None else (
            lambda j: dates[j] is None or abs(dates[j] - day) <= window)  # type: ignore[index, operator]
        shared: dict[int, int] = defaultdict(int)
        for f in c.key.features:
            items = postings.get(f)
            if items is not None:
                anywhen = len(items) <= RARE_POSTING
                for j in items[bisect_right(items, i):]:
                    if anywhen or near(j):
                        shared[j] += 2 if f.startswith("e:") else 1
        pairs = {j for j, n in shared.items() if n >= 2}
        # One speaker's claims sharing two terms (a term met under two keys of one speaker counts once).
        terms: dict[int, set[str]] = defaultdict(set)
        mine = [spoken[k] for k in speakers[i] if k in spoken]
        for f in _speaker_terms(c) if mine else ():
            for items in (of_key[f] for of_key in mine if f in of_key):
                for j in items[bisect_right(items, i):]:
                    if near(j):
                        terms[j].add(f)
        pairs.update(j for j, fs in terms.items() if len(fs) >= 2)
        yield from ((i, j) for j in sorted(pairs))


def _speaker_terms(c: Claim) -> frozenset[str]:
    """The terms of a claim in the speaker index: its features, and its act when it condemns or praises (one
    speaker's two condemnations of one object)."""
    stance = c.attribution.cue.stance
    return c.key.features | {"c:" + stance} if stance in PERFORMATIVE else c.key.features


def _speaker_postings(claims: Sequence[Claim], of_speaker: dict[str, list[int]]) -> dict[str, dict[str, list[int]]]:
    """Identity key -> term -> the claims of that key with that term (in order), only where a term proposes pairs:
    in 2 to ``_SPEAKER_POSTING`` of the key's claims.  Built one key at a time, so that the (key, term) postings
    of a single claim (2.5 of 3.7 million at 16,000 real articles; all of them held took 1 GB) are never kept;
    a claim's terms are found as they are needed, not held for every claim."""
    spoken: dict[str, dict[str, list[int]]] = {}
    for k, mine in of_speaker.items():
        if len(mine) < 2:
            continue
        found: dict[str, list[int]] = defaultdict(list)
        for i in mine:
            for f in _speaker_terms(claims[i]):
                found[f].append(i)
        kept = {f: items for f, items in found.items() if 2 <= len(items) <= _SPEAKER_POSTING}
        if kept:
            spoken[k] = kept
    return spoken
