"""Places a text names: countries, cities and regions, by name or nisba adjective (روسيا، الليبي).

One copy of the place logic, below both matching and contradiction.
"""

from __future__ import annotations

__all__ = ["nisba_place"]


def nisba_place(word: str) -> str | None:
    """The place a folded word names, by name or nisba adjective (الروسي -> روسيا), or None."""
    from .claims import _nisba_place  # moved here in the restructuring

    return _nisba_place(word)
