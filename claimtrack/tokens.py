"""Tokens of search-normalized text, keyed for lexicon lookups.

Attribution rules read tokens, not characters.  A :class:`Token` knows its span in the normalized text
(which an :class:`~claimtrack.spans.OffsetMap` turns into an original span), its text, and ``key``: the
"match" fold used for lookups, so أكد/اكد, ة/ه and ى/ي variants all find their lexicon entry.
"""

from __future__ import annotations

import attrs
import regex

from .normalize import fold

__all__ = ["Token", "tokenize"]

_TOKEN_RE = regex.compile(
    r"(?P<word>[\p{L}\p{M}]+(?:[-][\p{L}\p{M}\p{N}]+)*(?:[-]?\d+)?)"
    r"|(?P<num>\d+(?:[.,]\d+)*(?:[-+/]\d+)*%?)"
    r"|(?P<punct>[^\s\p{L}\p{M}\p{N}])"
)
WAW, FEH = "\u0648", "\u0641"


@attrs.frozen
class Token:
    """One word, number or punctuation mark of a normalized text."""

    i: int
    start: int
    end: int
    text: str
    kind: str  # "word", "num" or "punct"
    key: str
    # True when the word may carry the conjunction و/ف as its first letter.
    conj: bool = attrs.field(init=False)
    # ``key`` without a leading conjunction و/ف (which may be a root letter: callers try both).
    bare: str = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        conj = self.kind == "word" and len(self.key) > 2 and self.key[0] in (WAW, FEH)
        object.__setattr__(self, "conj", conj)
        object.__setattr__(self, "bare", self.key[1:] if conj else self.key)

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def unprefixed(self) -> str:
        """``bare`` without the article ال."""
        b = self.bare
        return b[2:] if b.startswith("\u0627\u0644") and len(b) > 3 else b

    @property
    def definite(self) -> bool:
        """Has the article ال ("الجيش", "والجيش"; not "والي", which is a word of its own)."""
        return self.key.startswith("\u0627\u0644") or (self.conj and len(self.bare) > 4 and self.bare.startswith("\u0627\u0644"))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with spans in ``text`` coordinates."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "punct"
        value = m.group()
        tokens.append(Token(len(tokens), m.start(), m.end(), value, kind, fold(value) if kind == "word" else value))
    return tokens
