"""The entity alias table (``data/aliases.tsv``), read once and typed.

Every way a news text names one entity (أفريكوم = القيادة العسكرية الأمريكية في إفريقيا = AFRICOM) maps to
its canonical name and a type.  Claim keys, place look-ups and source kinds all read the table through
:func:`aliases`, so it is parsed in one place and its types are checked on load: a typo in the type column
raises :class:`~claimtrack.errors.LexiconError` naming the file and line instead of switching a rule off.
"""

from __future__ import annotations

import functools

import attrs

from ..errors import LexiconError
from .files import check_choice, read_rows
from .schema import ALIAS_TYPES

__all__ = ["ALIAS_TYPES", "Alias", "aliases"]

_FILE = "aliases.tsv"


@attrs.frozen
class Alias:
    """One row of the alias table: a surface form (as written, not folded) of a canonical entity."""

    canonical: str
    alias: str
    type: str  # one of ALIAS_TYPES, the same for every row of one canonical
    line: int


@functools.cache
def aliases() -> tuple[Alias, ...]:
    """Every row of ``aliases.tsv`` in file order, its type checked against :data:`ALIAS_TYPES` and against
    the other rows of the same canonical name."""
    rows: list[Alias] = []
    type_of: dict[str, str] = {}
    for row in read_rows(_FILE, 3):
        kind = check_choice(_FILE, row, row[2], ALIAS_TYPES)
        first = type_of.setdefault(row[0], kind)
        if first != kind:
            raise LexiconError(f"{row.where(_FILE)}: {row[0]!r} is typed {kind!r} here "
                               f"but {first!r} on an earlier line; one canonical name has one type")
        rows.append(Alias(row[0], row[1], kind, row.line))
    return tuple(rows)
