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
    spoken: dict[tuple[str, str], list[int]] = defaultdict(list)
    keys: list[list[tuple[str, str]]] = []  # each claim's (speaker key, term) postings
    for i, c in enumerate(claims):
        features = c.key.features
        for f in features:
            postings[f].append(i)
        # a condemnation or a praise: its act is a term too (one speaker's two condemnations of one object)
        acts = {"c:" + c.attribution.cue.stance} if c.attribution.cue.stance in PERFORMATIVE else set()
        mine = [(k, f) for k in identity_keys(c.speaker) for f in features | acts]
        for key in mine:
            spoken[key].append(i)
        keys.append(mine)
    limit = min(max(8, int(common_share * len(claims))), most)
    # Pair by pair from each claim's side (j > i), so only one claim's partners are held at a time.
    for i, c in enumerate(claims):
        day = dates[i] if dates is not None else None
        near = (lambda j: True) if day is None else (
            lambda j: dates[j] is None or abs(dates[j] - day) <= window)  # type: ignore[index, operator]
        shared: dict[int, int] = defaultdict(int)
        for f in c.key.features:
            items = postings[f]
            if len(items) <= limit:
                anywhen = len(items) <= RARE_POSTING
                for j in items[bisect_right(items, i):]:
                    if anywhen or near(j):
                        shared[j] += 2 if f.startswith("e:") else 1
        pairs = {j for j, n in shared.items() if n >= 2}
        # One speaker's claims sharing two terms (a term met under two keys of one speaker counts once).
        terms: dict[int, set[str]] = defaultdict(set)
        for key in keys[i]:
            items = spoken[key]
            if len(items) <= _SPEAKER_POSTING:
                for j in items[bisect_right(items, i):]:
                    if near(j):
                        terms[j].add(key[1])
        pairs.update(j for j, fs in terms.items() if len(fs) >= 2)
        yield from ((i, j) for j in sorted(pairs))


