"""Which speakers of many may be one speaker with a given one, without asking :func:`~.speaker_relation.relation` of
every one: an index of their names, name words and title heads.

:func:`~.speaker_relation.relation` calls two speakers the same only when a name meets (an entity or a portfolio in
common, or a run's last word standing in the other's run, spelt alike or with one letter more or less at the
end: تسفاي / تسفايي), or, when neither is named, when their titles' heads meet.  :class:`SpeakerIndex` keys each
speaker by exactly those things, so the speakers it proposes for a query are a superset of those
:func:`~.speaker_relation.relation` calls the same: the caller asks it of these alone, and finds what asking every speaker
finds.  On the whole archive (20,000 articles) a denial that names whose statements it calls false ("تصريحات
المالكي") was held against each of 100,000 claims; it now meets a few dozen.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .speakers import Speaker

__all__ = ["SpeakerIndex"]


class SpeakerIndex:
    """Positions of ``speakers`` by their names (``names``), by the spellings of their run words (every word
    of a run, and a run's last word apart) and by their titles' heads."""

    __slots__ = ("_names", "_words", "_last", "_heads")

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self._names: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] = {}  # a spelling of any word of a run -> positions
        self._last: dict[str, list[int]] = {}  # a spelling of a run's last word -> positions
        self._heads: dict[str, list[int]] = {}
        keyed: dict[Speaker, tuple[set[str], set[str], set[str]]] = {}  # (one speaker is many claims')
        for k, s in enumerate(speakers):
            for n in s.names:
                self._names.setdefault(n, []).append(k)
            if (keys := keyed.get(s)) is None:
                keys = keyed[s] = (_spellings(w for r in s.runs for w in r), _spellings(r[-1] for r in s.runs),
                                   {t.split()[0] for t in s.titles})
            words, last, heads = keys
            for w in words:
                self._words.setdefault(w, []).append(k)
            for w in last:
                self._last.setdefault(w, []).append(k)
            for h in heads:
                self._heads.setdefault(h, []).append(k)

    def maybe_same(self, s: Speaker) -> set[int]:
        """The positions of the speakers that may be the same as ``s`` (every one :func:`~.speaker_relation.relation`
        calls the same, and others it may not)."""
        found: set[int] = set()
        for n in s.names:
            found.update(self._names.get(n, ()))
        # one run's last word in the other's run: its last word's spellings against every word's of the others',
        # and every word's of its own against the others' last words'
        for w in _spellings(r[-1] for r in s.runs):
            found.update(self._words.get(w, ()))
        for w in _spellings(w for r in s.runs for w in r):
            found.update(self._last.get(w, ()))
        for t in s.titles:
            found.update(self._heads.get(t.split()[0], ()))
        return found


def _spellings(words: Iterable[str]) -> set[str]:
    """Each word and the word without its last letter: two words one of which is the other with one letter more
    at the end (:func:`~.name_runs.word_in`) share one of these, as two equal words do."""
    out: set[str] = set()
    for w in words:
        out.add(w)
        if len(w) > 1:
            out.add(w[:-1])
    return out
