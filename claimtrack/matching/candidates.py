"""Candidate pairs for scoring: claims that share rare index terms, from inverted indexes (never all pairs).

Two indexes propose pairs: one over every claim's terms (stems, entities, figures), where a term found in too
many claims proposes nothing, and one over the terms of each speaker's claims (:func:`~.speakers.identity_keys`
times a term), where the postings are short because they hold one speaker's claims only.  The second finds
the same wire copy carried by a dozen outlets, whose every word is common in a small corpus.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence

from .score import PERFORMATIVE, Claim
from .speakers import identity_keys

__all__ = ["candidate_pairs"]

# A speaker's term found in more than this many of its claims proposes nothing (bounds the work per posting).
_SPEAKER_POSTING = 64
# A term found in more than this many claims proposes nothing, however large the corpus: a posting of n
# claims proposes n^2/2 pairs, so a share of the corpus would make the pairs grow as its square.  Above the
# share limit of every test corpus with gold clusters (suruc_bombing's 108 claims: 27).
MAX_POSTING = 64


def candidate_pairs(claims: Sequence[Claim], common_share: float, most: int = MAX_POSTING) -> list[tuple[int, int]]:
    """Index pairs (i < j) of ``claims`` sharing two index terms: terms found in at most ``common_share`` of
    the claims (or 8) and in at most ``most``, or terms of one speaker found in at most 64 of its claims."""
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
    pairs: set[tuple[int, int]] = set()
    for i, c in enumerate(claims):
        shared: dict[int, int] = defaultdict(int)
        for f in c.key.features:
            items = postings[f]
            if len(items) <= limit:
                for j in items[bisect_right(items, i):]:
                    shared[j] += 2 if f.startswith("e:") else 1
        pairs.update((i, j) for j, n in shared.items() if n >= 2)
        # One speaker's claims sharing two terms (a term met under two keys of one speaker counts once).
        terms: dict[int, set[str]] = defaultdict(set)
        for key in keys[i]:
            items = spoken[key]
            if len(items) <= _SPEAKER_POSTING:
                for j in items[bisect_right(items, i):]:
                    terms[j].add(key[1])
        pairs.update((i, j) for j, fs in terms.items() if len(fs) >= 2)
    return sorted(pairs)


