"""Whether two speakers' names meet: the last word of one name run (a surname, a body's distinctive word) standing in
a run of the other, spelt alike or with one letter more or less at the end (a transliterated name).  What
:func:`.speaker_relation.relation` and :func:`.speaker_relation.resolve_titles` ask of every pair of named speakers."""

from __future__ import annotations

import functools
from collections.abc import Sequence

__all__ = ["names_meeting", "person_words", "runs_meet", "word_in"]


def runs_meet(a: Sequence[tuple[str, ...]], b: Sequence[tuple[str, ...]]) -> bool:
    """Do two names meet: the last word of one (a surname, a body's distinctive word) stands in the other,
    spelt alike (داود أوغلو / أحمد أوغلو; الخرينج / مبارك بن بنيه الخرينج; تسفاي / برهانو تسفايي)?"""
    if len(a) * len(b) <= _FEW_RUN_PAIRS:
        return any(word_in(x[-1], y) or word_in(y[-1], x) for x in a for y in b)
    # A short name resolved against a large corpus takes the runs of every fuller mention it meets, so the pairs of
    # runs grow with the corpus (at 16,000 real articles 65 a candidate pair, 13 at 4,000: 20 times the calls for 4
    # times the articles): each side's last words are looked up in the other's words instead, as word_in would find
    # them in any one of its runs.
    words_a, shorter_a = _run_words(tuple(a))
    words_b, shorter_b = _run_words(tuple(b))
    return any(_word_among(x[-1], words_b, shorter_b) for x in a) or any(
        _word_among(y[-1], words_a, shorter_a) for y in b)


# Above this many pairs of runs, runs_meet looks words up in each side's words (_run_words) instead.
_FEW_RUN_PAIRS = 4


@functools.lru_cache(maxsize=4096)
def _run_words(runs: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Every word of ``runs``, and each such word of five letters or more without its last letter."""
    words = frozenset(w for r in runs for w in r)
    return words, frozenset(w[:-1] for w in words if len(w) >= 5)


def _word_among(word: str, words: frozenset[str], shorter: frozenset[str]) -> bool:
    """Does ``word`` stand in one of the runs whose words and shortened words (:func:`_run_words`) are given, as
    :func:`word_in` finds it in one run: itself, or one letter more or less at the end, both of four letters or
    more?"""
    return word in words or word in shorter or (len(word) >= 5 and word[:-1] in words)


def word_in(word: str, run: tuple[str, ...]) -> bool:
    """Does ``word`` stand in ``run``, as it is or spelt with one letter more or less at the end (تسفاي / تسفايي,
    دعاله / دعال: a transliterated name), both of four letters or more?  (Asked some 170 times a candidate pair
    on a large corpus: lengths are compared before any string.)"""
    if word in run:
        return True
    n = len(word)
    if n < 4:
        return False
    for w in run:
        m = len(w)
        if (m == n + 1 and w.startswith(word)) or (m == n - 1 and m >= 4 and word.startswith(w)):
            return True
    return False


def names_meeting(short: tuple[str, ...], runs: Sequence[tuple[str, ...]]) -> set[frozenset[str]]:
    """The names of ``runs`` (each as its set of words) that a short name stands in, or whose last word stands in it."""
    return {frozenset(r) for r in runs if word_in(short[-1], r) or word_in(r[-1], short)}


def person_words(short: tuple[str, ...], fuller: "Sequence[Sequence[tuple[str, ...]]]") -> frozenset[str] | None:
    """The words, besides its own, that every name of ``fuller`` (each a speaker's name runs) that a short name meets
    holds (:func:`names_meeting`): "فيصل" in "فيصل العمراني" and "الزوج فيصل العمراني والد الطالبة", which "العمراني"
    meets; None when it meets no name.  Empty when they are several people's: a first or a family name stands in many
    ("محمد": "بدر محمد"، "محمد رحيم"؛ "القحطاني": "ماجد القحطاني"، "مفلح القحطاني"), each of which meets the first
    (:func:`runs_meet`); taking them all, at 16,000 real articles one "محمد" took 934 name runs, the Houthis' and the
    UN's names among them, and was then "the same" speaker as any."""
    names = set().union(*(names_meeting(short, runs) for runs in fuller))
    return frozenset.intersection(*names) - set(short) if names else None
