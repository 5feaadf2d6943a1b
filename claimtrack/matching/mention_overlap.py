"""Two source mentions that name one speaker in other words: the words of one all in the other, or nearly
("الوزراء البريطاني ديفيد كاميرون" / "رئيس الوزراء البريطاني ديفيد كاميرون").  Read from the mentions' words alone,
no :class:`~.speakers.Speaker` made: :mod:`claimtrack.contradiction.rules` asks it of a clarification and what it
clarifies."""

from __future__ import annotations

import regex

from ..lexicon.grammar import grammar
from ..lexicon.morph import WAW, without_article
from ..normalize import fold, normalize

__all__ = ["one_speaker"]

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


# How much of the shorter of two mentions the longer must hold to name one speaker with a title worded apart.
_SPEAKER_OVERLAP = 0.85


def one_speaker(x: str, y: str) -> bool:
    """Do two source mentions name one speaker worded apart: the words of one (no stopwords, ال and و aside)
    all in the other ("الوزراء البريطاني ديفيد كاميرون" / "رئيس الوزراء البريطاني ديفيد كاميرون"), or at least
    three and more than :data:`_SPEAKER_OVERLAP` of the shorter ("الدكتور عبدالله البرقان رئيس لجنة الاحتراف
    وأوضاع اللاعبين ..." / "... رئيس لجنة الاحتراف وعضو الاتحاد السعودي لكرة القدم"; SaudiNewsNet 2015-07-21,
    a9b3a20cc467b / a1fb876258319, ae65223a682df / ad1787dfcc01b).  Not "المتحدث باسم وزارة الداخلية التركية" /
    "... السعودية": one word in five apart."""
    wx, wy = _speaker_words(x), _speaker_words(y)
    if len(wx) > len(wy):
        wx, wy = wy, wx
    shared = len(wx & wy)
    return len(wx) >= 2 and (shared == len(wx) or (shared >= 3 and shared > _SPEAKER_OVERLAP * len(wx)))


def _speaker_words(text: str) -> frozenset[str]:
    stopwords = grammar().stopwords
    words = set()
    for m in _WORD_RE.finditer(normalize(text).text):
        w = fold(m.group())
        if w in stopwords:
            continue
        w = w[1:] if w[:1] == WAW and len(w) > 3 else w
        words.add(without_article(w))
    return frozenset(words)
