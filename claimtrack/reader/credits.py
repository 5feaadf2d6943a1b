"""The wire agency an article credits: in the dateline ("جنيف (أ ف ب) -"), a byline ("الرياض - واس") or a
closing sign-off ("وام/مريم الحمادي"), named as ``data/wire_agencies.tsv`` names it."""

from __future__ import annotations

import regex

from ..lexicon.grammar import grammar
from ..models import Block
from ..normalize import fold

__all__ = ["credit_of", "is_signoff"]


def _agency_key(credit: str) -> str:
    """A credit as the wire table keys it: folded, dots and extra spaces gone ("أ.ف.ب" -> "أ ف ب")."""
    return " ".join(fold(credit).replace(".", " ").split())


def _signoff_agency(line: str) -> str:
    return _agency_key(regex.split(r"[/\\|]", line.strip().strip("()"), maxsplit=1)[0])


def is_signoff(line: str) -> bool:
    """A closing wire sign-off line: "وام/مريم الحمادي/أحمد النجار", "(أ ف ب)"."""
    return _signoff_agency(line) in grammar().wire


_CREDIT_RE = regex.compile(r"\(([^()\n]{1,25})\)|[-\u2013\u2014]\s*([^\n]{1,30})$")


def credit_of(text: str, blocks: list[Block]) -> str | None:
    """The wire agency credited in the dateline or a byline: "جنيف (أ ف ب) -", "الرياض - واس"."""
    wire = grammar().wire
    candidates = [b for b in blocks if b.kind == "byline"] + [b for b in blocks if b.kind == "body"][:1]
    for block in candidates:
        line = block.span.of(text)
        if block.kind == "byline" and is_signoff(line):
            return wire[_signoff_agency(line)]
        head = line[:60]
        for m in _CREDIT_RE.finditer(head):
            name = _agency_key(m.group(1) or m.group(2))
            if name in wire:
                return wire[name]
    return None

