"""Spans into the original text and maps from normalized positions back to it.

A :class:`Span` is half-open, ``[start, end)``, in code points of the article text exactly as decoded from
UTF-8 (leading BOM dropped, line endings kept).  Every record claimtrack emits carries spans of this kind,
so ``text[span.start:span.end]`` is always the record's text.

An :class:`OffsetMap` belongs to a normalized string.  It says, for each normalized character, which
characters of the original produced it, so any span found on normalized text can be turned into an exact
span of the original with :meth:`OffsetMap.to_original`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = ["OffsetMap", "Span"]


def int_tuple(values: Iterable[int]) -> tuple[int, ...]:
    """attrs converter: any iterable of ints as a tuple (typed, unlike the bare ``tuple``)."""
    return tuple(values)


def _check_span(instance: "Span", attribute: attrs.Attribute, value: int) -> None:
    if value < 0:
        raise ValueError(f"span {attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into an original text."""

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> "Span":
        return Span(self.start + offset, self.end + offset)

    def strip(self, text: str, chars: str | None = None) -> "Span":
        """Narrow the span so it starts and ends on a character not in ``chars`` (default: whitespace)."""
        start, end = self.start, self.end
        while start < end and (text[start].isspace() if chars is None else text[start] in chars):
            start += 1
        while end > start and (text[end - 1].isspace() if chars is None else text[end - 1] in chars):
            end -= 1
        return Span(start, end)


@attrs.frozen
class OffsetMap:
    """Positions of a normalized string mapped back to its original.

    ``starts[i]`` and ``ends[i]`` delimit the original characters that produced normalized character ``i``.
    Both sequences are monotonic (never decreasing), so mapped spans keep their order.
    """

    starts: tuple[int, ...] = attrs.field(converter=int_tuple)
    ends: tuple[int, ...] = attrs.field(converter=int_tuple)
    original_length: int

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls(range(length), range(1, length + 1), length)

    def __len__(self) -> int:
        return len(self.starts)

    def to_original(self, start: int, end: int | None = None) -> Span:
        """Map the normalized span ``[start, end)`` to the original span that produced it.

        An empty normalized span maps to an empty original span at the corresponding position.
        """
        if end is None:
            end = start
        n = len(self.starts)
        if not 0 <= start <= end <= n:
            raise ValueError(f"normalized span [{start}, {end}) is outside 0..{n}")
        if start == end:
            pos = self.starts[start] if start < n else self.original_length
            return Span(pos, pos)
        return Span(self.starts[start], self.ends[end - 1])

    def position(self, index: int) -> int:
        """Original position of normalized position ``index`` (``len(self)`` maps to the original end)."""
        return self.starts[index] if index < len(self.starts) else self.original_length

    def then(self, later: "OffsetMap") -> "OffsetMap":
        """Compose: ``later`` maps a second normalization back onto the text this map normalized."""
        if later.original_length != len(self.starts):
            raise ValueError("offset maps do not chain: lengths differ")
        starts = [self.starts[i] if i < len(self.starts) else self.original_length for i in later.starts]
        ends = [self.ends[j - 1] if j > 0 else self.position(0) for j in later.ends]
        return OffsetMap(starts, ends, self.original_length)


def spans_tile(spans: Sequence[Span], text: str, region: Span) -> bool:
    """True when ``spans`` are in order, do not overlap, lie in ``region`` and leave only whitespace."""
    pos = region.start
    for span in spans:
        if span.start < pos or span.end > region.end:
            return False
        if text[pos : span.start].strip():
            return False
        pos = span.end
    return not text[pos : region.end].strip()
