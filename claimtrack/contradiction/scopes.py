"""The words of place_scopes.tsv, by kind: what places a toll inside an event (a locality, a running total, a
party to a war, a compass point ...), read by :mod:`.places`, :mod:`.localities`, :mod:`.incidents`,
:mod:`.measured` and :mod:`.figures`."""

from __future__ import annotations

import functools

from ..claims import claim_key
from ..lexicon import read_rows
from ..normalize import fold

__all__ = ["place_scopes", "scope_terms", "scope_words"]


@functools.cache
def place_scopes() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_rows("place_scopes.tsv", 2)}


@functools.cache
def scope_words(*kinds: str) -> frozenset[str]:
    """The folded words of place_scopes.tsv of these kinds (locality, total, rise, past, part, side, event ...)."""
    return frozenset(w for w, kind in place_scopes().items() if kind in kinds)


@functools.cache
def scope_terms(kind: str) -> frozenset[str]:
    """The claim-key terms of the words of place_scopes.tsv of this kind (an actor "بوكو حرام" as its key terms)."""
    return frozenset(t for w in scope_words(kind) for t in claim_key(w).ordered)

