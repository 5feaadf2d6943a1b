"""The scores of a corpus's candidate pairs, held compactly.

At 20,000 real articles a corpus scores 780,000 candidate pairs, nine in ten of them unrelated.  Of an
unrelated pair nothing reads more than its score and its identity conflict (the clusters' average-link check;
the marks skip it), so :class:`PairScores` keeps only those of it, in one record shared by all the pairs that
have both alike, instead of a whole :class:`~.score.PairScore` with its reasons (about a kilobyte a pair).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from .score import RELATED, PairScore

__all__ = ["PairScores"]


class PairScores(Mapping[tuple[str, str], PairScore]):
    """(claim id, claim id) -> :class:`~.score.PairScore`, in the order the pairs were scored.  An unrelated
    pair's score comes back with its score and identity conflict only (no reasons, numbers or conflicts), one
    record shared by every unrelated pair that has both alike (scores are rounded to four places)."""

    __slots__ = ("_scores", "_unrelated")

    def __init__(self, scored: Iterable[tuple[tuple[str, str], PairScore]] = ()) -> None:
        self._scores: dict[tuple[str, str], PairScore] = {}
        self._unrelated: dict[tuple[float, tuple[str, ...]], PairScore] = {}
        for pair, s in scored:
            self[pair] = s

    def __setitem__(self, pair: tuple[str, str], s: PairScore) -> None:
        if s.score < RELATED:
            slim = (s.score, s.identity_conflict)
            s = self._unrelated.get(slim) or self._unrelated.setdefault(
                slim, PairScore(s.score, (), identity_conflict=s.identity_conflict))
        self._scores[pair] = s

    def __getitem__(self, pair: tuple[str, str]) -> PairScore:
        return self._scores[pair]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._scores)

    def __len__(self) -> int:
        return len(self._scores)

    def __contains__(self, pair: object) -> bool:
        return pair in self._scores

    def __repr__(self) -> str:
        return f"PairScores({len(self)} pairs)"
