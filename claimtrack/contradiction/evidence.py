"""What a mark rests on: :class:`Evidence` (what was found, where, on each side) and :class:`Side` (one claim as
the rules compare it: its key, polarity, hedges and content); :func:`mention` points into an article."""

from __future__ import annotations

import attrs

from ..claims import ClaimKey
from ..models import Mention
from ..spans import Span

__all__ = ["Evidence", "Side", "mention"]


@attrs.frozen
class Evidence:
    """One piece of evidence for a mark: what it is and where, in the first and in the second claim."""

    kind: str  # "denial", "negation", "numbers", "antonyms", "actors", "hedge", "clarification", "agreement"
    a: Mention | None
    b: Mention | None
    note: str = ""

    def flipped(self) -> "Evidence":
        """The same evidence with its two sides swapped (the pair told the other way round)."""
        return Evidence(self.kind, self.b, self.a, self.note)


def mention(text: str, span: Span, offset: int = 0) -> Mention:
    """A mention of ``span`` of ``text``, its span shifted by ``offset`` (where ``text`` starts in its article)."""
    return Mention(span.of(text), span.shift(offset))


@attrs.frozen
class Side:
    """One claim as compared: its key, polarity, and how to point into its article."""

    key: ClaimKey
    negative: bool
    evidence: tuple[Evidence, ...]  # polarity evidence, with spans in the article
    hedged: tuple[Mention, ...]
    source: str
    clarifying: bool
    content: Mention
    source_key: frozenset[str] = frozenset()
    undenied: bool = False  # "ولم ينف الكرملين ...": a denial that was not made
