"""The kind of a source mention: person, official, organization, anonymous, document, media, collective or
unknown, from the mention's words (``data/sources.tsv``) and the alias table (``data/aliases.tsv``)."""

from __future__ import annotations

import functools

from ..lexicon.aliases import aliases
from ..lexicon.grammar import Grammar
from ..lexicon.morph import NISBA_ENDINGS_NO_DUAL
from ..normalize import fold
from .tokens import Token

__all__ = ["classify_source"]

_ALIAS_KINDS = {"org": "organization", "place": "organization", "person": "person"}



@functools.cache
def _alias_types() -> dict[str, str]:
    return {fold(a.alias): a.type for a in aliases()}


def classify_source(words: list[Token], g: Grammar) -> str:
    """Kind of a source mention from its words."""
    words = [w for w in words if w.is_word]
    if not words:
        return "unknown"
    kinds = [g.kind_of_word(w.key) or (g.kind_of_word(w.bare) if w.conj else None) for w in words]
    first = kinds[0]
    definite = words[0].definite
    if first == "official" and not definite and len(words) <= 4 and not any(k == "official" for k in kinds[1:]) \
            and all(not w.definite and _looks_adjective(w) for w in words[1:]):
        # "مسؤول عسكري أميركي"; not "وزير الدفاع الأمريكي", whose annexed noun makes it one named office
        return "anonymous"
    if "official" in kinds:
        return "official"
    if first:
        return first
    alias = _alias_types().get(" ".join(w.key for w in words)) or _alias_types().get(words[0].key)
    if alias:
        return _ALIAS_KINDS.get(alias, "organization")
    for k in kinds:
        if k:
            return k
    return "unknown"


def _looks_adjective(t: Token) -> bool:
    return t.unprefixed.endswith(NISBA_ENDINGS_NO_DUAL)
